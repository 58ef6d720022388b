"""
Specifications of the check-digit algorithms.
"""

from __future__ import annotations

from twisted.trial.unittest import SynchronousTestCase

from koreshield.scan.checksums import iban_valid, luhn_valid, spanish_dni_valid, us_ssn_valid


class ChecksumTests(SynchronousTestCase):
    def test_luhn_accepts_a_valid_number(self) -> None:
        self.assertTrue(luhn_valid("79927398713"))

    def test_luhn_rejects_a_changed_digit(self) -> None:
        self.assertFalse(luhn_valid("79927398714"))

    def test_luhn_rejects_non_digits(self) -> None:
        self.assertFalse(luhn_valid("7992-7398"))

    def test_iban_accepts_a_valid_iban_with_spaces(self) -> None:
        self.assertTrue(iban_valid("GB82 WEST 1234 5698 7654 32"))

    def test_iban_rejects_a_wrong_length_for_its_country(self) -> None:
        self.assertFalse(iban_valid("GB82WEST123456987654"))

    def test_iban_rejects_a_bad_check(self) -> None:
        self.assertFalse(iban_valid("GB83WEST12345698765432"))

    def test_ssn_rejects_unissued_areas(self) -> None:
        self.assertFalse(us_ssn_valid("900-12-3456"))

    def test_dni_checks_the_control_letter(self) -> None:
        self.assertTrue(spanish_dni_valid("X1234567L"))
        self.assertFalse(spanish_dni_valid("12345678A"))
