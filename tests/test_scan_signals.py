"""
Specifications of the one-pass signals that decide which detectors run.
"""

from __future__ import annotations

from twisted.trial.unittest import SynchronousTestCase

from koreshield.scan.signals import (
    Base64Runs,
    NumericRuns,
    base64_mask,
    base64_runs,
    base64_runs_of,
    count_digits,
    has_binary_run,
    has_morse_run,
    has_numeric_run,
    longest_numeric_run,
    mixes_letters_and_leet,
    numeric_mask,
    shape_mask,
    utf8,
)


class SignalTests(SynchronousTestCase):
    def test_base64_run_needs_sixteen_alphabet_characters(self) -> None:
        self.assertEqual(list(base64_runs(base64_mask("x aGVsbG8gd29ybGQgaGk= y"))), [(2, 21)])
        self.assertEqual(list(base64_runs(base64_mask("short words only, nothing long here"))), [])

    def test_base64_runs_are_maximal_and_in_order(self) -> None:
        text = "a" * 20 + " " + "b" * 15 + " " + "c" * 16
        self.assertEqual(list(base64_runs(base64_mask(text))), [(0, 20), (37, 53)])

    def test_non_ascii_characters_break_a_run(self) -> None:
        self.assertEqual(list(base64_runs(base64_mask("abcdefgh\u00e9ijklmnop"))), [])

    def test_key_like_run_needs_a_digit(self) -> None:
        self.assertTrue(Base64Runs("key sk-proj-Ab3dEf6hIj9kLm2nOp").key_like())
        self.assertFalse(Base64Runs("state-of-the-art-approaches").key_like())

    def test_a_key_like_run_after_non_ascii_text_is_found(self) -> None:
        """Runs are found in UTF-8 bytes: their digits must be looked for there too, not in the str."""
        self.assertTrue(Base64Runs("鍵を共有しないでください。" * 4 + " Ab3dEfGhIjKlMnOpQrStUv").key_like())
        self.assertFalse(Base64Runs("鍵は" * 10 + " abcdefghijklmnopqrstuvwx, then 1, 2 and 3 go in.").key_like())

    def test_runs_after_non_ascii_text_are_placed_in_characters(self) -> None:
        runs = Base64Runs("鍵は " + "Ab3dEfGhIjKlMnOpQr" + " and " + "x" * 16)
        self.assertEqual(runs.spans(), [(3, 21), (26, 42)])
        self.assertEqual(runs.joined(), b"Ab3dEfGhIjKlMnOpQr " + b"x" * 16)

    def test_digits_are_counted(self) -> None:
        self.assertEqual(count_digits("a1b22c333 \u0661"), 6)

    def test_numeric_run_spans_separators(self) -> None:
        mask = numeric_mask("card 4111 1111 1111 1111 ok")
        self.assertTrue(has_numeric_run(mask, 19))
        self.assertFalse(has_numeric_run(numeric_mask("in 1999 and 2024"), 13))

    def test_the_longest_numeric_run_asked_about_answers_every_length(self) -> None:
        """A run of a length holds a run of every shorter one: the longest present of those asked answers all."""
        lengths = [6, 7, 8, 11, 12, 13]
        for text in ("no numbers", "call 555 1234", "card 4111 1111 1111 1111 ok", "id 12345678 x", "  12  x"):
            mask = numeric_mask(text)
            longest = longest_numeric_run(NumericRuns(text), lengths)
            self.assertEqual([n <= longest for n in lengths], [has_numeric_run(mask, n) for n in lengths], text)
        self.assertEqual(longest_numeric_run(NumericRuns("id 12345678 x"), lengths), 8)
        self.assertEqual(longest_numeric_run(NumericRuns("no numbers"), lengths), 0)
        self.assertEqual(longest_numeric_run(NumericRuns("1234567"), []), 0)

    def test_the_last_two_encodings_outside_ascii_are_kept(self) -> None:
        """Asked again for one of the last two texts, the same bytes; a third one (a lone surrogate) is encoded."""
        text, folded, other = "Clé " * 100, "clé " * 100, "日本 \ud800 x"
        first, second = utf8(text), utf8(folded)
        self.assertIs(utf8(text), first)
        self.assertIs(utf8(folded), second)
        self.assertEqual(utf8(other), other.encode("utf-8", "surrogatepass"))
        self.assertEqual(utf8(text), text.encode("utf-8"))
        self.assertEqual(utf8("plain ascii"), b"plain ascii")

    def test_morse_and_binary_runs(self) -> None:
        self.assertTrue(has_morse_run(".. --. -. --- .-. ."))
        self.assertFalse(has_morse_run("Wait... what - really?"))
        self.assertTrue(has_binary_run("01101000 01101001 01101000 01101001"))
        self.assertFalse(has_binary_run("10 011 1"))

    def test_leetspeak_needs_a_letter_beside_a_symbol(self) -> None:
        self.assertTrue(mixes_letters_and_leet("1gn0r3"))
        self.assertFalse(mixes_letters_and_leet("room 101 at 5 pm"))

    def test_shape_mask_shows_capitals_digits_and_number_punctuation(self) -> None:
        self.assertEqual(shape_mask("IBAN GB82-1 (x)+"), b"UUUU UUdd-d (_)+")

    def test_shape_mask_keeps_ascii_neighbours_of_other_scripts(self) -> None:
        self.assertEqual(shape_mask("\u00e9GB82"), b"__UUdd")

    def test_shape_mask_refuses_texts_with_digits_of_other_scripts(self) -> None:
        self.assertIsNone(shape_mask("GB\u0668\u0662 0000"))


class SharedRunsTests(SynchronousTestCase):
    """The decoder and the secret shapes share a text's base64 runs: the same runs as finding them anew."""

    def test_the_runs_of_a_text_are_found_once_and_are_its_own(self) -> None:
        key = "token ghp_A1b2C3d4E5f6G7h8A1b2C3d4E5f6 and a blob QWxhZGRpbjpvcGVuIHNlc2FtZQ== here"
        other = "".join(["token ghp_A1b2C3d4E5f6G7h8A1b2C3d4E5f6", " and nothing else"])
        shared = base64_runs_of(key)
        self.assertIs(base64_runs_of(key), shared)
        self.assertEqual(shared.runs, Base64Runs(key).runs)
        self.assertEqual(base64_runs_of(other).runs, Base64Runs(other).runs)
        self.assertEqual(base64_runs_of(key).runs, Base64Runs(key).runs)
        self.assertEqual(base64_runs_of("plain words").runs, [])
