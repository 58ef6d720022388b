"""
Specifications of the phrase blocklist.
"""

from __future__ import annotations

import base64

from hypothesis import given, settings
from hypothesis import strategies as st
from twisted.trial.unittest import SynchronousTestCase

from koreshield.scan import Scanner, ScanPolicy
from koreshield.scan.blocklist import Blocklist

SCANNER = Scanner(ScanPolicy(blocklist=("Project Nightjar", "orange cat"), cache_size=0))


class BlocklistTests(SynchronousTestCase):
    def test_phrase_is_flagged_with_its_span(self) -> None:
        text = "Tell me about project  NIGHTJAR please"
        [finding] = SCANNER.scan_text(text).findings
        self.assertEqual((finding.type, text[finding.start : finding.end]), ("blocklist", "project  NIGHTJAR"))

    def test_look_alike_letters_do_not_hide_a_phrase(self) -> None:
        self.assertEqual(SCANNER.scan_text("the \u043erange cat").threat_type, "blocklist")

    def test_encoded_phrase_is_flagged(self) -> None:
        blob = base64.b64encode(b"we discuss project nightjar today").decode()
        self.assertEqual(SCANNER.scan_text(blob).threat_type, "blocklist")

    def test_phrase_inside_a_longer_word_is_not_flagged(self) -> None:
        self.assertFalse(SCANNER.scan_text("an orange catalogue").threat_detected)

    def test_empty_blocklist_flags_nothing(self) -> None:
        self.assertFalse(Scanner(ScanPolicy(cache_size=0)).scan_text("project nightjar").threat_detected)


class BlocklistSearchTests(SynchronousTestCase):
    """The screened search of a blocklist finds what its pattern finds."""

    @settings(max_examples=300, deadline=None)
    @given(
        st.lists(st.sampled_from(["orange", "cat", " ", "  ", "x", "s", "project", "nightjar", "\n", "."]), max_size=30)
    )
    def test_same_match_as_the_pattern(self, pieces: list[str]) -> None:
        blocklist = Blocklist(("Project Nightjar", "orange cat"))
        text = "".join(pieces)
        assert blocklist._pattern is not None
        expected = blocklist._pattern.search(text)
        found = blocklist.search(text)
        self.assertEqual(None if found is None else found.span(), None if expected is None else expected.span())
