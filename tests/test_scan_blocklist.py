"""
Specifications of the phrase blocklist.
"""

from __future__ import annotations

import base64

from twisted.trial.unittest import SynchronousTestCase

from koreshield.scan import Scanner, ScanPolicy

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
