"""
A second linear model for text in other languages, with its own bar (round
seventeen, lang17).

test-case-name: tests.test_scan_lang_model

The shipped model (L{koreshield.scan.model}) reads whole words: in languages
written without spaces a short attack is one unknown token, and in inflected
ones every form of a word is a word of its own, so its scores there are
modest and it must reach 0.95 alone.  This model reads character n-grams of
each word of the folded text instead (3-grams of the word between boundary
marks, and 2-grams inside scripts written without spaces or in syllable
blocks), trained on non-English rows only by C{scripts/train_lang17.py} and
shipped as C{lang_model.json.gz} in the format of the first model, so the same
L{LinearModel} scores it.

It runs only on a user's part that reads as another language
(L{reads_foreign}): English text pays one intersection of a few dozen words
with its token set, and the English model, its bar and every verdict of an
English prompt are unchanged.
"""

from __future__ import annotations

from typing import Final

from koreshield.scan.model import LinearModel
from koreshield.scan.tokens import Tokens

LANG_MODEL_RESOURCE: Final = "lang_model.json.gz"

LANG_THRESHOLDS: Final[dict[str, float]] = {"low": 0.99, "medium": 0.98, "high": 0.95}
"""
What the second model must reach to flag a foreign user's part on its own.  Chosen on rows it was never trained
on (C{benchmarks/model15_rows.md}, the held-out rows of C{scripts/synthetic_docs15.py}: the lowest bar that
flags at most one of their 268 benign rows, 0.97 at C{medium}), then raised to 0.98 because at 0.97 it flagged a
developer probe (a French user taking back what they had said about a budget, 0.974); see C{docs/scanner.md},
round seventeen.
"""


def _words(text: str) -> frozenset[str]:
    """The words of C{text}, a list written as one string."""
    return frozenset(text.split())


ENGLISH_WORDS: Final = _words(
    "the and you your is are of to with what this that please for it be have not from can how do"
)
"""Function words of English: a part holding more than a couple of them is read by the English model alone."""

LATIN_WORDS: Final = _words(
    # Spanish, Portuguese
    "que el los las del por para una uno con como es se lo mi tu su sus al esta este esto ahora dime"
    " ao nao da os em voce eu uma um sobre seu sua meu minha isso agora pode"
    # Italian, French
    " di che non della per sono il gli ti mi ci questa questo tutte tutti dimmi"
    " le les des et est pas je vous nous il tes ton ta ce cette dans sur avec pour moi toi"
    # German
    " und der den das ist nicht ich du sie mit zu ein eine einen mir mich dich dein deine deinen alle von auf fur"
    " bitte wie wir"
    # Turkish, Tagalog, Indonesian (folded: accents and dots removed)
    " bir ve bu icin ile ne ben sen bana sana beni seni tum lutfen simdi mi misin nasil"
    " ang ng mga sa ko mo ako ito na ka po ay mong kung"
    " yang dan ini itu saya untuk dengan tidak anda kamu aku ke dari apa bagaimana tolong kepada bisa sudah"
    " paano ano lang naman"
    # Vietnamese
    " cua va cho toi la khong nay cac nhung mot ban hay"
)
"""Function words of the Latin-script languages among the 17 of machine-translated attacks, as folded."""

FOREIGN_SHARE: Final = 0.3
"""Extra UTF-8 bytes per character of the original text (outside ASCII) from which it reads as another script."""
ENGLISH_AT_MOST: Final = 2
LATIN_AT_LEAST: Final = 2

_BOUNDARY: Final = "\x02"
_UNSPACED_FROM: Final = 0x0E00
"""Thai, Lao, CJK, kana and Hangul lie above this: words there are runs, read by character pairs too."""
_MAX_WORD: Final = 256


def reads_foreign(original: str, tokens: Tokens) -> bool:
    """
    Whether a part reads as a language other than English: at most a couple of English function words, and
    either a script outside Latin (its characters take 2-3 bytes in UTF-8: the original text's extra bytes are
    a share of its length) or more function words of the Latin-script languages than of English (one is
    enough in a text with a letter outside ASCII and no English function word).

    @param original: the part's text as sent (folding maps Cyrillic look-alikes to Latin).
    @param tokens: the main view's tokens.
    """
    present = tokens.present
    english = len(ENGLISH_WORDS & present)
    if english > ENGLISH_AT_MOST:
        return False
    if not original.isascii() and len(original.encode("utf-8")) - len(original) >= FOREIGN_SHARE * len(original):
        return True
    latin = len(LATIN_WORDS & present)
    if latin >= LATIN_AT_LEAST and latin > english:
        return True
    # One such word, none of English and a letter with an accent: a short sentence of Spanish, French, Turkish...
    return latin == 1 and not english and not original.isascii()


def lang_features(tokens: Tokens) -> set[str]:
    """
    The second model's features of a text: character 3-grams of each distinct word between boundary marks,
    the word itself when short, and character pairs of words in scripts written without spaces.
    """
    found: set[str] = set()
    add = found.add
    for word in tokens.present:
        if len(word) < 2 or not word.strip("0"):
            continue
        word = word[:_MAX_WORD]
        bounded = _BOUNDARY + word + _BOUNDARY
        found.update(bounded[i : i + 3] for i in range(len(bounded) - 2))
        if len(word) <= 12:
            add("=" + word)
        if ord(word[0]) >= _UNSPACED_FROM:
            found.update(word[i : i + 2] for i in range(len(word) - 1))
    return found


def foreign_probability(model: LinearModel, tokens: Tokens) -> float:
    """The second model's score of a text: one bag of its words' n-grams, like the first model's bag of words."""
    return model.probability(lang_features(tokens))


def load_lang_model() -> LinearModel:
    """The shipped second model."""
    return LinearModel.load_shipped(LANG_MODEL_RESOURCE)
