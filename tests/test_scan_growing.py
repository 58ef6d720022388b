"""
Specifications of matching in a growing text (koreshield.scan.growing):
what is settled stays settled, and what is held covers every match to come.

Every key below is made up for these tests.
"""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st
from twisted.trial.unittest import SynchronousTestCase

from koreshield.scan.growing import _FOLDS_TO_ASCII, GrowingTextMatcher, TokenFollower
from koreshield.scan.patterns import CONTEXT_WINDOW, CompiledShape, TokenMatch
from koreshield.scan.pii import PII_PATTERNS
from koreshield.scan.secrets import SECRET_PATTERNS

ALL_SHAPES = SECRET_PATTERNS + PII_PATTERNS
SECRETS = GrowingTextMatcher(SECRET_PATTERNS, "medium")
EVERYTHING = GrowingTextMatcher(ALL_SHAPES, "high")

PEM = (
    "-----BEGIN RSA PRIVATE KEY-----\n"
    "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n"
    "VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n"
    "-----END RSA PRIVATE KEY-----"
)
SAMPLES = (
    "AKIAZ7QX3N5PLM2RTV8W",
    "sk-proj-Zq3Rx9Lm2Vb8Nc4Tw7Yp1Ks6Hd0Fg5Ja",
    "ghp_R8kz2Lq9Xw4Nt7Vb1Mc6Jh3Pd5Sf0Gy8Aa2E",
    "xoxb-2938475610-8473625190-Zq3Rx9Lm2Vb8Nc4Tw7Yp1Ks6",
    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJlc2lnbmF0dXJl",
    "password: S3cure!Pass",
    "aws_secret_access_key = wJ7rXUtnFEMI9K7MDENGbPxRfiCYz3xq4Ex0mpl8",
    "session token Qm9vbGVhbk5vdEFLZXlCdXRSYW5kb20xMjM0NTY3ODk",
    "Bearer Zq3Rx9Lm2Vb8Nc4Tw7Yp1Ks6Hd0Fg5Ja",
    "jo.doe+news@mail.example.org",
    "4539 1488 0343 6467",
    "DE89 3704 0044 0532 0130 00",
    "219-09-9999",
    "AB123456C",
    "12345678Z",
    "+44 20 7946 0958",
    "(212) 555-0147",
    PEM,
)
FILLER = ("Hello", "the", "key", "sk", "AK", "pass", "word", "4539", "@", "SG.", "eyJ", "-----BEGIN ", "Bearer")
SEPARATORS = (" ", "\n", ".", ":", "=", "-", "+", ",", "/", "_", "\r\n")


def _fragments() -> st.SearchStrategy[str]:
    whole = st.sampled_from(SAMPLES)
    cut = st.tuples(st.sampled_from(SAMPLES), st.integers(0, 80), st.integers(1, 80)).map(
        lambda t: t[0][t[1] : t[1] + t[2]]
    )
    extended = st.tuples(st.sampled_from(SAMPLES), st.sampled_from("9-A. a@=/")).map("".join)
    small = st.text(alphabet="aA0zZ9 .-_@+=:/\n", min_size=1, max_size=4)
    return st.one_of(whole, cut, extended, st.sampled_from(FILLER), st.sampled_from(SEPARATORS), small)


texts = st.lists(_fragments(), min_size=1, max_size=8).map("".join)


def outcome(compiled: CompiledShape, text: str, position: int) -> tuple[int, int] | None:
    """What the shape reports for an attempt at C{position} of C{text}."""
    match = compiled.regex.match(text, position)
    return None if match is None else compiled.reported_span(text, match)


def whole_text_matches(matcher: GrowingTextMatcher, text: str) -> list[tuple[str, int, int]]:
    found, _ = matcher.follow().scan(text, 0, complete=True)
    return spans(found)


def spans(found: list[TokenMatch]) -> list[tuple[str, int, int]]:
    return sorted((m.pattern.subtype, m.start, m.end) for m in found)


def fed_in_pieces(matcher: GrowingTextMatcher, text: str, cuts: list[int]) -> list[TokenMatch]:
    """Feed C{text} cut at C{cuts}, keeping only the text the follower still needs, then end it."""
    follower: TokenFollower = matcher.follow()
    found: list[TokenMatch] = []
    offset = 0
    for cut in [*sorted(set(cuts)), len(text)]:
        offset = max(offset, follower.keep_from)
        found.extend(follower.scan(text[offset:cut], offset)[0])
    offset = max(offset, follower.keep_from)
    found.extend(follower.scan(text[offset:], offset, complete=True)[0])
    return found


class SettledAttemptTests(SynchronousTestCase):
    @settings(max_examples=300, deadline=None)
    @given(texts, st.data())
    def test_an_attempt_not_open_on_a_prefix_has_the_same_outcome_on_the_whole_text(
        self, text: str, data: st.DataObject
    ) -> None:
        cut = data.draw(st.integers(0, len(text)))
        prefix = text[:cut]
        for growing in EVERYTHING.shapes:
            for position in range(cut):
                if growing.open_at(prefix, position, cut):
                    continue
                self.assertEqual(
                    outcome(growing.compiled, prefix, position),
                    outcome(growing.compiled, text, position),
                    f"{growing.shape.subtype} at {position} of {text!r} cut at {cut}",
                )


class FollowerTests(SynchronousTestCase):
    def test_a_complete_key_followed_by_a_boundary_is_settled(self) -> None:
        found, hold = SECRETS.follow().scan("id=AKIAZ7QX3N5PLM2RTV8W;", 0)
        self.assertEqual(spans(found), [("aws_access_key", 3, 23)])
        self.assertEqual(hold, 24)

    def test_a_complete_key_at_the_end_is_held_until_the_next_character(self) -> None:
        found, hold = SECRETS.follow().scan("id=AKIAZ7QX3N5PLM2RTV8W", 0)
        self.assertEqual((found, hold), ([], 3))

    def test_the_beginning_of_a_prefix_is_held(self) -> None:
        self.assertEqual(SECRETS.follow().scan("my key is AKI", 0), ([], 10))

    def test_a_word_that_cannot_start_a_secret_is_not_held(self) -> None:
        self.assertEqual(SECRETS.follow().scan("tok3 ", 0), ([], 5))
        self.assertEqual(SECRETS.follow().scan("Simmer the sauce gently", 0), ([], 23))

    def test_a_password_keyword_is_never_held_only_its_value(self) -> None:
        self.assertEqual(SECRETS.follow().scan("your password", 0)[1], 13)
        self.assertEqual(SECRETS.follow().scan("password: hunt", 0)[1], 10)

    def test_a_private_key_block_is_held_until_its_end_line(self) -> None:
        body_end = PEM.index("-----END")
        _, hold = SECRETS.follow().scan("key:\n" + PEM[: body_end + 10], 0)
        self.assertEqual(hold, 5)
        found, _ = SECRETS.follow().scan("key:\n" + PEM + "\nThat is all.", 0)
        self.assertEqual(spans(found), [("private_key", 5, 5 + len(PEM))])

    def test_an_encrypted_key_header_line_is_part_of_the_block(self) -> None:
        pem = PEM.replace("-----\n", "-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,3F17F5316E2BAC89\n\n", 1)
        found, _ = SECRETS.follow().scan(pem + "\n", 0, complete=True)
        self.assertEqual(spans(found), [("private_key", 0, len(pem))])

    def test_a_public_certificate_is_not_held_once_its_header_says_so(self) -> None:
        text = "-----BEGIN CERTIFICATE-----\nMIIDdz"
        self.assertEqual(SECRETS.follow().scan(text, 0)[1], len(text))

    def test_the_end_of_the_text_settles_everything(self) -> None:
        found, hold = SECRETS.follow().scan("id=AKIAZ7QX3N5PLM2RTV8W", 0, complete=True)
        self.assertEqual(spans(found), [("aws_access_key", 3, 23)])
        self.assertEqual(hold, 23)

    @settings(max_examples=300, deadline=None)
    @given(texts, st.lists(st.integers(0, 400), max_size=12))
    def test_matches_are_the_same_however_the_text_is_cut(self, text: str, cuts: list[int]) -> None:
        cuts = [c for c in cuts if c < len(text)]
        found = fed_in_pieces(EVERYTHING, text, cuts)
        self.assertEqual(spans(found), whole_text_matches(EVERYTHING, text))

    @settings(max_examples=300, deadline=None)
    @given(texts, st.lists(st.integers(0, 400), max_size=12))
    def test_no_match_starts_before_a_hold_that_was_given_earlier(self, text: str, cuts: list[int]) -> None:
        cuts = sorted({c for c in cuts if c < len(text)})
        follower = EVERYTHING.follow()
        settled: list[TokenMatch] = []
        for cut in cuts:
            found, hold = follower.scan(text[:cut], 0)
            settled.extend(found)
            known = {(m.pattern.subtype, m.start, m.end) for m in settled}
            for match in whole_text_matches(EVERYTHING, text):
                if match not in known:
                    self.assertGreaterEqual(match[1], hold, f"{match} of {text!r}, held from {hold} at {cut}")

    def test_a_context_anchored_at_its_window_is_found_anywhere_in_a_text(self) -> None:
        token = "Qm9vbGVhbk5vdEFLZXlCdXRSYW5kb20xMjM0NTY3ODk"
        text = "x" * 80 + " session token " + token
        found, _ = SECRETS.follow().scan(text, 0, complete=True)
        self.assertEqual(spans(found), [("high_entropy_token", len(text) - len(token), len(text))])


def prefix_occurrences_by_brute_force(matcher: GrowingTextMatcher, text: str, low: int) -> dict[int, list[int]]:
    """Every position from C{low} where a shape's prefix starts, tried one by one (case-folded for keyword prefixes)."""
    found: dict[int, list[int]] = {}
    for index, growing in enumerate(matcher.shapes):
        shape = growing.shape
        for prefix in shape.prefixes:
            wanted = prefix.lower() if shape.ignore_case else prefix
            for start in range(low, len(text) - len(prefix) + 1):
                piece = text[start : start + len(prefix)]
                if (piece.lower() if shape.ignore_case else piece) == wanted:
                    found.setdefault(index, []).append(start)
    return {index: sorted(positions) for index, positions in found.items()}


class PrefixFinderTests(SynchronousTestCase):
    """The prefix finder matches at each prefix's rarest character: it must still find every occurrence."""

    prefix_texts = st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "sk-",
                    "sk-proj-",
                    "ghp_",
                    "xoxb-",
                    "eyJ",
                    "AKIA",
                    "-----BEGIN ",
                    "Bearer ",
                    "hooks.slack",
                    "https://hooks.slack.com/services/",
                    "api_key",
                    "API_KEY",
                    "Password",
                    "passwd",
                    "pwd",
                    "secretkey",
                ]
            ),
            st.text(alphabet="skeyJAKIpaswordgh_-xb ", max_size=6),
            st.sampled_from(["İ", "\u212a", "\u017f", "ß", " "]),  # Kelvin sign, long s: they case-fold to ASCII
        ),
        max_size=10,
    ).map("".join)

    @settings(max_examples=400, deadline=None)
    @given(prefix_texts, st.integers(0, 40))
    def test_every_prefix_occurrence_is_found(self, text: str, low: int) -> None:
        low = min(low, len(text))
        for matcher in (SECRETS, EVERYTHING):
            found = {index: sorted(set(p)) for index, p in matcher._prefixes.occurrences(text, low, len(text)).items()}
            expected = {
                index: sorted(set(p)) for index, p in prefix_occurrences_by_brute_force(matcher, text, low).items()
            }
            self.assertEqual(found, expected, repr(text))

    def test_overlapping_prefixes_are_all_found(self) -> None:
        text = "xoxb-sk-proj-ghp_"
        found = SECRETS._prefixes.occurrences(text, 0, len(text))
        self.assertEqual(sorted({p for positions in found.values() for p in positions}), [0, 5, 13])


SECRETS_WITHOUT_CALM_TEST = GrowingTextMatcher(SECRET_PATTERNS, "medium", calm_test=False)
PROSE = "Simmer the sauce for ten minutes, then stir in the butter and serve it warm. "
BEYOND_ASCII = st.sampled_from(
    [
        "caf\u00e9 ",
        "\u2019",
        " \u2014 ",
        "na\u00efve",
        "\u00dcber",
        "\u03a3\u039f\u03a3 ",
        "\u65e5\u672c\u8a9e",
        "\U0001f600",
        *"\u00df\u0130\u0131\u017f\u212a\ufb00\ufb01",  # the characters whose case mappings reach ASCII
        "\u212aey: ",
        "pa\u017f\u017fword: ",
        "\u0130",
    ]
)
"""Text beyond ASCII: typographic marks, accents, other scripts, and the characters that fold to ASCII."""


def pieces(
    matcher: GrowingTextMatcher, text: str, cuts: list[int], calmly_first: bool = False
) -> list[tuple[list[tuple[str, int, int]], int]]:
    """
    What a follower answers after each piece of C{text} (cut at C{cuts}),
    then at its end; with C{calmly_first}, asked L{TokenFollower.settles_calmly}
    before each piece, as the output guard does (C{True}: nothing found, nothing held).
    """
    follower = matcher.follow()
    answers = []
    for cut in [*sorted(set(cuts)), len(text)]:
        if calmly_first and follower.settles_calmly(text[:cut], 0):
            answers.append(([], len(text[:cut])))
            continue
        found, hold = follower.scan(text[:cut], 0)
        answers.append((spans(found), hold))
    found, hold = follower.scan(text, 0, complete=True)
    return [*answers, (spans(found), hold)]


class CalmTextTests(SynchronousTestCase):
    """
    The quick test that skips following plain prose must never change an
    answer: after every piece, the same matches and the same hold as the
    full path.
    """

    def setUp(self) -> None:
        calm = SECRETS._calm
        assert calm is not None
        self.calm = calm

    @settings(max_examples=400, deadline=None)
    @given(
        st.lists(
            st.one_of(
                _fragments(),
                _fragments().map(str.upper),
                PrefixFinderTests.prefix_texts,
                st.sampled_from([PROSE, "Password: S3cure!Pass ", "API_KEY=Zq3Rx9Lm2Vb8Nc4 ", "AWS Secret "]),
                BEYOND_ASCII,
            ),
            min_size=1,
            max_size=8,
        ).map("".join),
        st.lists(st.integers(0, 400), max_size=12),
    )
    def test_every_piece_gets_the_answer_of_the_full_path(self, text: str, cuts: list[int]) -> None:
        self.assertEqual(pieces(SECRETS, text, cuts), pieces(SECRETS_WITHOUT_CALM_TEST, text, cuts), repr(text))

    @settings(max_examples=300, deadline=None)
    @given(
        st.lists(
            st.one_of(
                _fragments(),
                PrefixFinderTests.prefix_texts,
                st.sampled_from([PROSE, "Password: S3cure!Pass "]),
                BEYOND_ASCII,
            ),
            min_size=1,
            max_size=8,
        ).map("".join),
        st.lists(st.integers(0, 400), max_size=12),
    )
    def test_asking_first_whether_a_piece_settles_calmly_changes_no_answer(self, text: str, cuts: list[int]) -> None:
        self.assertEqual(pieces(SECRETS, text, cuts, calmly_first=True), pieces(SECRETS_WITHOUT_CALM_TEST, text, cuts))

    def test_a_piece_that_does_not_settle_calmly_leaves_the_follower_as_it_was(self) -> None:
        follower, untouched = SECRETS.follow(), SECRETS.follow()
        text = PROSE + "key: AKIAIOSFODNN7EXAMPLE "
        self.assertFalse(follower.settles_calmly(text, 0))
        self.assertEqual(spans(follower.scan(text, 0)[0]), spans(untouched.scan(text, 0)[0]))

    def test_a_case_blind_string_reaching_past_the_calm_text_is_seen_in_its_shorter_window(self) -> None:
        """
        A text found calm grows: the case-blind prefixes and context words are
        looked for from C{folded_reach} characters before the new part (not the
        exact prefixes' longer C{reach}). Every such string, in any case, cut
        anywhere between the calm text and the next piece, is still seen: the
        same answers as the full path, piece by piece.
        """
        calm = self.calm
        self.assertLess(calm.folded_reach, calm.reach)
        strings = [*SECRETS._prefixes.folded_strings, "aws secret", "token", "credential", "auth", "passw"]
        for string in strings:
            for variant in (string, string.upper(), string.title()):
                text = PROSE + variant + " Zq3Rx9Lm2Vb8Nc4Tw7Yp5Kd8Hs6Jf1Gq0Wz3Xc5V done. "
                for cut in range(len(PROSE) + 1, len(PROSE) + len(variant)):
                    with self.subTest(variant=variant, cut=cut):
                        self.assertEqual(
                            pieces(SECRETS, text, [len(PROSE), cut], calmly_first=True),
                            pieces(SECRETS_WITHOUT_CALM_TEST, text, [len(PROSE), cut]),
                        )

    def test_prose_beyond_ascii_is_calm(self) -> None:
        text = (PROSE + "Caf\u00e9 cr\u00e8me \u2014 it\u2019s na\u00efve. ") * 3
        self.assertTrue(self.calm.is_calm(text, len(text) - 16, len(text)))

    def test_a_character_that_folds_to_ascii_makes_prose_not_calm(self) -> None:
        for char in "\u0130\u0131\u017f\u212a\u00df":
            text = PROSE * 3 + char + " and serve."
            self.assertFalse(self.calm.is_calm(text, len(text) - 16, len(text)), repr(char))

    def test_the_characters_that_fold_to_ascii_are_all_listed(self) -> None:
        """Every character beyond ASCII whose case mappings reach ASCII (or change its length) is in the list."""
        ascii_any_case = re.compile("[\x00-\x7f]", re.IGNORECASE)
        for point in range(0x80, sys.maxunicode + 1):
            char = chr(point)
            lower = char.lower()
            if len(lower) != 1 or lower.isascii() or char.upper().isascii() or ascii_any_case.fullmatch(char):
                self.assertIsNotNone(_FOLDS_TO_ASCII.fullmatch(char), hex(point))

    def test_plain_prose_is_calm(self) -> None:
        text = PROSE * 3
        self.assertTrue(self.calm.is_calm(text, len(text) - 16, len(text)))

    def test_prose_ending_where_a_keyword_may_begin_is_not_calm(self) -> None:
        text = PROSE + "Then type your pass"
        self.assertFalse(self.calm.is_calm(text, len(text) - 4, len(text)))

    def test_a_context_word_in_the_window_before_makes_prose_not_calm(self) -> None:
        text = PROSE + "Here is the token you asked for, "
        self.assertFalse(self.calm.is_calm(text + "as promised", len(text), len(text) + 11))
        later = text + PROSE
        self.assertTrue(self.calm.is_calm(later, len(later) - 16, len(later)))

    def test_text_found_calm_as_it_grew_is_looked_at_again_only_near_its_new_part(self) -> None:
        text = PROSE + "Here is the token you asked for, as promised. " + "Simmer the sauce"
        low = len(text) - 16
        self.assertTrue(self.calm.reach < low - text.index("token") <= CONTEXT_WINDOW)  # in the window, not near low
        self.assertFalse(self.calm.is_calm(text, low, len(text)))
        self.assertTrue(self.calm.is_calm(text, low, len(text), calm_before=True))

    def test_a_word_reaching_into_the_new_part_is_seen_when_calm_before(self) -> None:
        text = PROSE + "the secret of it all, and then much more prose to follow it. "
        low = len(PROSE + "the sec")
        self.assertFalse(self.calm.is_calm(text, low, len(text), calm_before=True))

    def test_a_follower_finds_a_key_after_a_long_calm_run(self) -> None:
        follower = SECRETS.follow()
        text = ""
        for _ in range(20):
            text += PROSE
            self.assertEqual(follower.scan(text, 0), ([], len(text)))
        text += "key: AKIAIOSFODNN7EXAMPLE and more prose. "
        found, _ = follower.scan(text, 0, complete=True)
        self.assertEqual([m.pattern.subtype for m in found], ["aws_access_key"])

    def test_shapes_found_by_their_run_alone_have_no_calm_test(self) -> None:
        self.assertIsNone(GrowingTextMatcher(PII_PATTERNS, "medium")._calm)
