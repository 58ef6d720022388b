"""
Specifications of the personal-data shapes.  All data below is made up.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from twisted.trial.unittest import SynchronousTestCase

from koreshield.scan.patterns import CompiledShape, numeric_run_windows
from koreshield.scan.pii import PII_MATCHER
from koreshield.scan.signals import numeric_runs_of, shape_mask


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


MASK_PIECES = (
    "GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432", "AB 12 34 56 C", "AB123456C", "QQ12", "123-45-6789",
    "12345678Z", "X1234567L", "(555) 123-4567", "555-123-4567", "555.123.4567", "AB", "Q", "C", "1", "12", "-", " ",
    ".", "(", ")", "+", "x", "\n", "DE", "89", "3704", "0044", "é", "\u2019", "日本", "😀",
)  # fmt: skip


def _shapes_searched_in_mask_windows() -> list[CompiledShape]:
    return [compiled for compiled in PII_MATCHER._compiled if compiled.mask_reach]


class MaskWindowTests(SynchronousTestCase):
    """
    The shapes without anchors run their regex only around the places of their C{shape_needs} in a text's
    shape mask, and find there what a search of the whole text finds.
    """

    def test_the_shapes_without_anchors_have_a_reach(self) -> None:
        reaches = {compiled.shape.subtype: compiled.mask_reach for compiled in _shapes_searched_in_mask_windows()}
        self.assertEqual(set(reaches), {"iban", "us_ssn", "uk_nino", "es_dni", "phone"})
        for compiled in _shapes_searched_in_mask_windows():
            self.assertGreater(compiled.mask_reach, compiled.shape.max_length)

    def test_a_number_far_from_the_need_is_outside_every_window(self) -> None:
        nino = next(c for c in PII_MATCHER._compiled if c.shape.subtype == "uk_nino")
        text = "x " * 100 + "AB 12 34 56 C" + " y" * 100 + " 12 34 56"
        self.assertEqual(nino.matches(text, mask=shape_mask(text)), [(200, 213)])
        mask = shape_mask(text)
        assert mask is not None
        ((_low, high),) = nino._windows(text, None, None, mask)
        self.assertLess(high, len(text) - 20)

    def test_places_in_text_outside_ascii_are_counted_in_characters(self) -> None:
        nino = next(c for c in PII_MATCHER._compiled if c.shape.subtype == "uk_nino")
        text = "é日😀" * 50 + " AB 12 34 56 C " + "é" * 100
        ((low, high),) = nino._windows(text, None, None, shape_mask(text))
        self.assertEqual((low, high), (151 - nino.mask_reach, 151 + nino.mask_reach))
        self.assertEqual(nino.matches(text, mask=shape_mask(text)), [(151, 164)])

    @settings(max_examples=500, deadline=None)
    @given(st.lists(st.sampled_from(MASK_PIECES), max_size=40))
    def test_windows_find_what_the_whole_text_holds(self, pieces: list[str]) -> None:
        text = "".join(pieces)
        mask = shape_mask(text)
        for compiled in _shapes_searched_in_mask_windows():
            whole = [
                span
                for match in compiled.regex.finditer(text)
                if (span := compiled.reported_span(text, match)) is not None
            ]
            self.assertEqual(compiled.matches(text, mask=mask), whole, compiled.shape.subtype)

    def test_the_matcher_finds_the_same_with_and_without_windows(self) -> None:
        text = "Call (555) 123-4567 or write to GB82 WEST 1234 5698 7654 32, ref AB 12 34 56 C and 123-45-6789."
        windowed = [(m.pattern.subtype, m.start, m.end) for m in PII_MATCHER.find(text, "high")]
        whole = [(m.pattern.subtype, m.start, m.end) for m in PII_MATCHER.find(text + "\u0661", "high")]
        self.assertEqual(windowed, whole)
        self.assertEqual({subtype for subtype, _, _ in windowed}, {"phone", "iban", "uk_nino", "us_ssn"})


NUMBER_PIECES = (
    "4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "5500 0000 0000 0004", "0.6511772622175621",
    "4222222222222", "378282246310005", "3782 822463 10005",
    "1", "12", "1234", " ", "-", ".", ",", "(", "/", "x", "\n", "é", "日本", "v", "1.2.", "\u0661",
)  # fmt: skip


class NumericRunWindowTests(SynchronousTestCase):
    """
    The card shape, made of digits and separators only, runs its regex only over the numeric runs long enough to
    hold a match, and finds there what a search of the whole text finds.
    """

    def test_only_the_card_shape_is_searched_in_runs(self) -> None:
        self.assertEqual({c.shape.subtype for c in PII_MATCHER._compiled if c.run_length}, {"credit_card"})

    def test_a_run_and_the_character_after_it_are_a_window(self) -> None:
        text = "Call 555 1234 or pay with 4111 1111 1111 1111, thanks"
        mask = numeric_runs_of(text).mask
        self.assertEqual(numeric_run_windows(text, mask, 13), [(25, 46)])

    def test_runs_outside_ascii_are_counted_in_characters(self) -> None:
        text = "日本é " * 30 + "4111 1111 1111 1111 ok"
        start = text.index("4111")
        self.assertEqual(numeric_run_windows(text, numeric_runs_of(text).mask, 13), [(start - 1, start + 21)])

    @settings(max_examples=500, deadline=None)
    @given(st.lists(st.sampled_from(NUMBER_PIECES), max_size=30))
    def test_run_windows_find_what_the_whole_text_holds(self, pieces: list[str]) -> None:
        text = "".join(pieces)
        for compiled in PII_MATCHER._compiled:
            if not compiled.run_length:
                continue
            whole = [
                span
                for match in compiled.regex.finditer(text)
                if (span := compiled.reported_span(text, match)) is not None
            ]
            self.assertEqual(compiled.matches(text), whole)


EMAIL_PIECES = (
    "@", "@@", "jo.doe", "x", "a" * 12, "a" * 52, "_%+-", ".", "..", "-", "mail", "example.org", ".com", ".c", " ",
    "\n", ",", "<", ">", "(", "é", "日本", "😀", "1", "@x.org", "me@", "Bob",
)  # fmt: skip


_ADDRESSES = st.builds(
    lambda length, domain: "b" * length + "@" + domain,
    st.integers(min_value=0, max_value=70),
    st.sampled_from(["x.org", "mail.example.org", "x", "x.c", "-.-", ""]),
)
"""Local parts of every length around the longest a match may have (64), with or without a domain."""


def _email_shape() -> CompiledShape:
    return next(c for c in PII_MATCHER._compiled if c.shape.subtype == "email")


class AnchorRunTests(SynchronousTestCase):
    """
    The e-mail shape tries its regex only where the run of local-part characters before each C{@} begins (every
    match begins there), not at every character of the window around the C{@}, and finds what a search of the
    whole text finds.
    """

    def test_only_the_email_shape_starts_at_the_run_before_its_anchor(self) -> None:
        self.assertEqual({c.shape.subtype for c in PII_MATCHER._compiled if c.shape.anchor_run}, {"email"})

    def test_the_run_before_each_at_sign_is_where_a_match_may_begin(self) -> None:
        text = "write to jo.doe+x@mail.example.org or @bob, then a@b"
        self.assertEqual(_email_shape().anchor_run_starts(text, 0, len(text)), [9, text.index("a@b")])

    def test_a_run_is_looked_back_at_no_further_than_the_window_or_the_reach(self) -> None:
        text = "see " + "a" * 70 + "@mail.example.org"
        email = _email_shape()
        self.assertEqual(email.anchor_run_starts(text, 0, len(text)), [74 - 64])
        self.assertEqual(email.anchor_run_starts(text, 40, len(text)), [40])
        self.assertEqual(email.matches(text), [])

    @settings(max_examples=800, deadline=None)
    @given(st.lists(st.one_of(st.sampled_from(EMAIL_PIECES), _ADDRESSES), max_size=30))
    def test_run_starts_find_what_the_whole_text_holds(self, pieces: list[str]) -> None:
        text = "".join(pieces)
        email = _email_shape()
        whole = [span for match in email.regex.finditer(text) if (span := email.reported_span(text, match)) is not None]
        self.assertEqual(email.matches(text), whole)
