"""
Specifications of the personal-data shapes.  All data below is made up.
"""

from __future__ import annotations

from twisted.trial.unittest import SynchronousTestCase

from koreshield.scan.pii import PII_MATCHER


def found(text: str) -> list[tuple[str, str]]:
    return [(m.pattern.subtype, text[m.start : m.end]) for m in PII_MATCHER.find(text, "medium")]


class PiiTests(SynchronousTestCase):
    def test_email_address(self) -> None:
        self.assertEqual(found("Mail jo.doe+news@mail.example.org today"), [("email", "jo.doe+news@mail.example.org")])

    def test_at_sign_without_a_domain_is_not_an_email(self) -> None:
        self.assertEqual(found("meet @ noon, ping @bob"), [])

    def test_card_number_with_valid_luhn(self) -> None:
        self.assertEqual(found("card 4539 1488 0343 6467 exp"), [("credit_card", "4539 1488 0343 6467")])

    def test_card_shaped_number_failing_luhn_is_ignored(self) -> None:
        self.assertEqual(found("order 4539 1488 0343 6468"), [])

    def test_the_decimals_of_a_number_are_not_a_card_though_they_pass_luhn(self) -> None:
        self.assertEqual(found("loss 0.6511772622175621 after one epoch"), [])
        self.assertEqual(found("pi ~ 3.4111111111111111, or 3,4111111111111111 in German"), [])

    def test_a_card_right_after_a_full_stop_or_a_version_is_still_a_card(self) -> None:
        self.assertEqual(found("Paid.4111111111111111"), [("credit_card", "4111111111111111")])
        self.assertEqual(found("v1.2 4111111111111111"), [("credit_card", "4111111111111111")])

    def test_iban_with_valid_checksum(self) -> None:
        self.assertEqual(found("IBAN DE89 3704 0044 0532 0130 00."), [("iban", "DE89 3704 0044 0532 0130 00")])

    def test_iban_with_bad_checksum_is_ignored(self) -> None:
        self.assertEqual(found("IBAN DE89 3704 0044 0532 0130 01"), [])

    def test_us_social_security_number(self) -> None:
        self.assertEqual(found("SSN 219-09-9999 on file"), [("us_ssn", "219-09-9999")])

    def test_impossible_ssn_is_ignored(self) -> None:
        self.assertEqual(found("ref 000-12-3456 and 666-12-3456"), [])

    def test_uk_national_insurance_number(self) -> None:
        self.assertEqual(found("NI AB123456C"), [("uk_nino", "AB123456C")])

    def test_spanish_dni_with_control_letter(self) -> None:
        self.assertEqual(found("DNI 12345678Z"), [("es_dni", "12345678Z")])

    def test_phone_numbers(self) -> None:
        self.assertEqual(
            found("call +44 20 7946 0958 or (212) 555-0147"),
            [("phone", "+44 20 7946 0958"), ("phone", "(212) 555-0147")],
        )

    def test_arithmetic_and_amounts_are_not_pii(self) -> None:
        self.assertEqual(found("She paid $1,250.75 for 12 items; 365 * 24 = 8760 and 2023-2024 totals."), [])
