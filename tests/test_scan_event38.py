"""
Round event38: the output guard's calm test looks for the exact key prefixes
only where the full path would try one.

test-case-name: tests.test_scan_event38
"""

from __future__ import annotations

import re._constants as sre_constants
import re._parser as sre_parse

from twisted.trial.unittest import SynchronousTestCase

from koreshield.scan.growing import GrowingTextMatcher
from koreshield.scan.pii import PII_PATTERNS
from tests.test_scan_growing import PROSE, SECRETS, SECRETS_WITHOUT_CALM_TEST, pieces

EXACT_PREFIXES = tuple(prefix for prefix, folded in SECRETS._prefixes._owners if not folded)
"""The case-sensitive key prefixes of the default secret shapes (C{sk-}, C{AKIA}, C{ghp_}, ...)."""


class ExactPrefixWindowTests(SynchronousTestCase):
    """
    The full path (L{GrowingTextMatcher.scan}) tries prefixes only where they
    start at or after the point it has settled; one that starts before it
    and reaches past it was either an open attempt at the previous end (the
    calm test said so by the text's ending) or cannot match (the character
    before it rules a match out).  So the calm test needs no look-back for
    the exact prefixes: it searches them from the new part on.
    """

    def setUp(self) -> None:
        calm = SECRETS.calm
        assert calm is not None
        self.calm = calm

    def test_a_prefix_inside_a_word_before_the_new_part_leaves_the_text_calm(self) -> None:
        for inside in ("xsk-proj ", "THEAKIARUNS "):
            text = PROSE + inside + PROSE[:16]
            low = len(text) - 16
            with self.subTest(inside=inside):
                self.assertLess(low - text.index(inside), self.calm.reach)  # in the window the test used to read
                self.assertTrue(self.calm.is_calm(text, low, len(text), calm_before=True))
                self.assertEqual(
                    pieces(SECRETS, text, [low], calmly_first=True), pieces(SECRETS_WITHOUT_CALM_TEST, text, [low])
                )

    def test_a_prefix_in_the_new_part_is_still_seen(self) -> None:
        for prefix in EXACT_PREFIXES:
            text = PROSE + " " + prefix
            with self.subTest(prefix=prefix):
                self.assertFalse(self.calm.is_calm(text, len(PROSE), len(text), calm_before=True))

    def test_every_exact_prefix_cut_anywhere_gets_the_answer_of_the_full_path(self) -> None:
        """
        Each exact prefix after a calm text, behind a character that allows
        a match and behind one that does not, cut at every point from just
        before it to just after it, then a key's body: the same answers
        piece by piece as the full path.
        """
        for prefix in EXACT_PREFIXES:
            for before in (" ", "x", "Z", "_"):
                text = PROSE + before + prefix + "Zq3Rx9Lm2Vb8Nc4Tw7Yp5Kd8Hs6Jf1Gq0Wz3Xc5V done. "
                first = len(PROSE) + 1
                for cut in range(first, first + len(prefix) + 2):
                    with self.subTest(prefix=prefix, before=before, cut=cut):
                        self.assertEqual(
                            pieces(SECRETS, text, [len(PROSE), cut], calmly_first=True),
                            pieces(SECRETS_WITHOUT_CALM_TEST, text, [len(PROSE), cut]),
                        )


class PivotGroupTests(SynchronousTestCase):
    """
    The finders of key prefixes (and of the calm test's case-blind keywords
    and context words) test one branch per pivot character where the text
    has one, and find the same occurrences as before.
    """

    def test_each_pivot_character_heads_one_branch(self) -> None:
        calm = SECRETS.calm
        assert calm is not None and calm.exact is not None and calm.folded is not None
        for finder in (calm.exact, calm.folded, SECRETS._prefixes.folded):
            assert finder is not None
            (kind, (_, branches)), *rest = sre_parse.parse(finder.pattern)
            self.assertEqual((kind, rest), (sre_constants.BRANCH, []))
            firsts = [branch[0] for branch in branches]
            with self.subTest(pattern=finder.pattern):
                self.assertTrue(all(op == sre_constants.LITERAL for op, _ in firsts))
                self.assertEqual(len({value for _, value in firsts}), len(firsts))

    def test_overlapping_keywords_are_all_found(self) -> None:
        text = "the api_key and apikey, a secret_key: privatekey, passwd or password"
        found = SECRETS._prefixes.occurrences(text.upper(), 0, len(text))
        expected = sorted(
            {
                start
                for prefix in SECRETS._prefixes.folded_strings
                for start in range(len(text))
                if text.startswith(prefix, start)
            }
        )
        self.assertEqual(sorted({p for positions in found.values() for p in positions}), expected)


class RunEndingTests(SynchronousTestCase):
    """
    A text asks the run regexes of the shapes without prefixes (personal
    data: e-mail addresses, card and phone numbers) only for the shapes whose
    run can end with its last character, when that is ASCII.
    """

    def setUp(self) -> None:
        self.matcher = GrowingTextMatcher(PII_PATTERNS, "medium")
        self.asking_all = GrowingTextMatcher(PII_PATTERNS, "medium")
        self.asking_all._runs_ending_with = {}  # no table: every run regex asked, as before

    def test_prose_ending_in_a_letter_asks_only_the_shapes_whose_run_takes_letters(self) -> None:
        ending = self.matcher._runs_ending_with["e"]
        self.assertTrue(ending)
        self.assertLess(len(ending), len(self.matcher._runs))
        self.assertEqual(self.matcher._runs_ending_with["~"], frozenset())

    def test_every_ascii_ending_gets_the_answers_of_every_run_asked(self) -> None:
        starts = ("Call me on +44 20 7946 09", "card 4111 1111 1111 11", "mail bob.smith@exam", PROSE, "ssn 078-05-11")
        for start in starts:
            for point in range(128):
                text = start + chr(point) + " and then 0207 946 0958 or ann@example.org."
                cuts = [len(start) - 3, len(start), len(start) + 1]
                with self.subTest(start=start, point=point):
                    self.assertEqual(pieces(self.matcher, text, cuts), pieces(self.asking_all, text, cuts))
