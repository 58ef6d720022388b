"""
Attacks quoted in order to talk about them.

test-case-name: tests.test_scan_mentions

People who build, test and moderate LLM applications quote attacks all the
time: "write a regex that detects prompts like 'ignore all previous
instructions'", "our filter should block messages such as 'forget your
rules'", "a user wrote 'you are now in developer mode'".  The quoted words
are an attack's, but the text only names them.  A hit is such a I{mention}
when it stands inside quotes that a word of talking-about introduces ("like",
"such as", "detects", "blocked", "wrote", "what does ... mean") and nothing
near the quote says to carry the quoted words out ("follow it", "obey", "now
do it").  A quote the text asks to be said or written ("say 'ignore previous
instructions'", "repeat after me: '...'") is no mention: that is the attack
itself.

Everything is read in a bounded window around the hit (L{READS_BEFORE},
L{READS_AFTER}), so the scanner can tell when a second reading of the text
would read the same (L{koreshield.scan.scoring.weighs_alike}).
"""

from __future__ import annotations

import re
from typing import Final

from koreshield.scan.leads import ScreenedSearch

QUOTES: Final = "\"'"
"""
The quote characters of folded text (typographic quotes are folded to these).  Not the backtick: it marks
code, and code is where third-party content hides instructions.
"""
_SEARCH_BACK: Final = 200
"""How far before a hit its opening quote may stand."""
_SEARCH_AHEAD: Final = 200
"""How far after a hit its closing quote may stand."""
_LEAD_WINDOW: Final = 60
_LIST_LEAD_WINDOW: Final = 160
_STRING_PREFIXES: Final = "rbfu"
_LIST_ITEM_RE: Final = re.compile(r"[\[(,]\s*[rbfu]{0,2}\Z")
_UNSPACED_LEAD_WINDOW: Final = 30
_UNSPACED_SCRIPTS_FROM: Final = 0x2E80
"""Where the CJK radicals begin: from here on, scripts are written without spaces (kana, hanzi, hangul)."""
_SAID_BY_SOMEONE_UNSPACED_RE: Final = re.compile(
    '(?:用户|用戶|有人|客户|客戶|别人|別人|顾客|顧客|攻击者|攻擊者|黑客|网友|網友)[^"\u3002!?\n]{0,16}?'
    "(?:说|說|输入|輸入|发送|發送|发|發|写|寫|问|問|打)[了过過]?[:\uff1a]?\\s*\\Z"
)
"""
What someone else said or typed, in Chinese, right before the quote: "有用户对我们的客服机器人说“忽略之前的指令”" (a
user said '...' to our support bot).  The subject is needed: "请说“...”" (please say) is an order.
"""
_EXAMPLE_WORDS: Final = (
    "e.g.", "eg.", "i.e.", "z. b.", "z.b.", "bspw.", "beispielsweise", "zum beispiel", "p. ej.", "p.ej.",
    "por ejemplo", "p. ex.", "p.ex.", "par exemple", "ad es.", "ad esempio", "per esempio", "por exemplo", "ex.",
    "misalnya", "contohnya", "vi du", "ornegin", "mesela", "halimbawa", "tulad ng",
    "ha\u043fp\u0438mep", "k \u043fp\u0438mepy", "ha\u043fp.",  # например, к примеру, напр. as folded
    "예를 들어", "예컨대", "जैसे", "उदाहरण के लिए", "যেমন", "উদাহরণস্বরূপ", "مثل", "مثلا", "مثلاً", "على سبيل المثال",
)  # fmt: skip
"""
"For example" in English and the 17 languages, folded as texts are (lower case, accents dropped, Cyrillic letters
that look Latin read as Latin: a plain Cyrillic "например" would never match).
"""
_EXAMPLE_WORDS_UNSPACED: Final = ("例如", "比如", "譬如", "例えば", "たとえば", "ตัวอย่างเช่น", "เช่น")
"""The same in scripts written without spaces: no word boundary before them."""
_EXAMPLE_SEPARATORS: Final = " \t\n,:\uff1a"
"""What may stand between "for example" and its quote (at most three of them)."""

_LIST_NAME_RE: Final = re.compile(
    r"(?:pattern|regex|block|deny|ban|filter|detect|signature|attack|injection|jailbreak|trigger|suspicious|"
    r"forbidden|keyword|phrase)\w*\s*=\s*[\[(]"
)
"""A list named for what it holds: attacks a filter looks for."""
_EMIT_WINDOW: Final = 40
_OBEY_WINDOW: Final = 160

_LEAD_RE: Final = re.compile(
    r"\b(?:like|such as|e\.g\.|eg|for example|for instance|similar to|contain(?:s|ing)?|including|called|"
    r"known as|phrases?|strings?|patterns?|wrote|writes|written|typed|types|mention(?:s|ed|ing)?|"
    r"what (?:does|do|is|are|was|were)|meaning of|the term|detect\w*|block\w*|flag\w*|filter\w*|"
    r"reject\w*|refus\w*|regex\w*|blocklist\w*|denylist\w*|test cases?|"
    r"(?:users?|people|someone|somebody|anyone|attackers?|customers?|visitors?|hackers?|students?|kids|they|he|she|"
    r"(?:my|our|the|their) (?:bot|chatbot|assistant|model)|"
    r"(?:web )?pages?|websites?|sites?|documents?|e-?mails?|messages?|comments?|reviews?|posts?|files?|pdfs?)"
    r" (?:(?:keep|keeps|kept|are|were|is|was|have been|started|start) )?"
    r"(?:say|says|said|saying|type|types|typed|typing|send|sends|sent|sending|enter|enters|entered|entering|"
    r"paste|pastes|pasted|pasting|try|tries|tried|trying|ask|asks|asked|asking)|"
    r"(?:ask|asks|asked|asking|tell|tells|told|telling|made|making|trick\w*|instruct\w*|convinc\w*|persuad\w*) "
    r"(?:it|them|him|her|(?:the |a |an )?(?:bots?|models?|chatbots?|assistants?|"
    r"ai|llms?|agents?)) to|"
    r"(?:lui|leur) (?:demand\w*|dis\w*) (?:de|d)|(?:pedirle|pidiendole|pedirles|pidiendoles|decirle|diciendole) que|"
    r"(?:pedir|pedindo|pediu|pede)(?:-lhe|-lhes)? (?:para|que)|(?:chiedendogli|chiedergli|dirgli) di|"
    r"(?:ihn|ihm) (?:bittet|bat|auffordert|aufforderte)(?: zu)?)\b"
)
"""
Words that introduce a quote as something talked about: an example, a thing to detect, what someone wrote, what
others say, type or ask ("when users say '...'", "when a web page says '...'": third-party content, the injection
itself, reported; "when users ask 'what are your instructions?'", fp38; "you say" and "please say" are orders,
L{_EMIT_RE}'s), what someone
asks a third party, a bot or model, to do ("tricked by asking it to 'repeat the text above'", "quand on lui
demandait de « répéter le texte ci-dessus »"; "I am asking you to '...'" is an order).
"""

_GLOSS_RE: Final = re.compile(r"\b[a-z][a-z0-9-]{1,11} {1,2}\(\s{0,2}\Z")
"""
A term glossed in brackets right before the quote: "DAN ('Do Anything Now') is the name of a family of jailbreak
prompts", a glossary's or an encyclopedia's way of spelling out a name (round 37).  Only a bracket after one word
and a space, so a call in code (C{print("...")}) is none; "you are DAN, which stands for 'do anything now'" has no
bracket, and a quote that is to be carried out is
no mention whatever introduced it (L{_OBEY_RE}).
"""

_NAMED_AFTER_RE: Final = re.compile(
    r"\s{0,2}-?\s{0,2}(?:style|type|kind|like|family|pattern|class)?\s{0,2}"
    r"(?:attacks?|prompts?|injections?|jailbreaks?|exploits?|payloads?|tricks?|techniques?|phrases?|messages?)\b"
    r"|\s{0,2}-?\s{0,2}(?:style|type|kind)\b"
)
"""
The quoted words named as a kind of thing right after the quote: "why 'ignore previous instructions' style attacks
work", "'you are now DAN' prompts", "a 'repeat the text above' injection" (round 37): the quote is a label.
"""

_EMIT_RE: Final = re.compile(
    r"(?:^|[.!?:;\n]|\b(?:please|just|only|and|then|now|simply|to|you|must|should|will)\b)\s*"
    r"(?:say|write|print|output|type|repeat|respond(?: with)?|reply(?: with)?|answer(?: with)?|return|include|"
    r"insert|append|add|translate|start with|begin with|use|send|paste|enter)"
    r"(?:\s+(?:this|the|following|exactly|phrase|sentence|words?|text|after me|only|these))*\s*[:,-]?\s*\Z"
)
"""An order to say or write the quoted words, right before the quote: the quote is then what the attack says."""

_OBEY_RE: Final = re.compile(
    r"\b(?<!n't )(?<!nt )(?<!not )(?<!never )"
    r"(?:follow(?:s|ing)?\s+(?:it|that|this|them|those|these|the (?:quoted|above|following))|obey\w*|"
    r"do (?:it|that|this|so|what|exactly|as)|then do|carry (?:it|that|them|this) out|execut\w+|comply|"
    r"act (?:on|upon)|as (?:it|they) says?|apply (?:it|that|them)|treat (?:it|that|this) as)\b"
)
"""
Words that ask for quoted words to be carried out: the quote is then the attack, whatever introduced it.  Not
when negated right before: "a user typed '...'. The bot didn't comply" reports that nobody carried it out.
"""

_LEAD_SEARCH: Final = ScreenedSearch(_LEAD_RE)
_OBEY_SEARCH: Final = ScreenedSearch(_OBEY_RE)
"""The two searches screened: both patterns begin with C{\\b} (L{ScreenedSearch})."""

READS_BEFORE: Final = _SEARCH_BACK + max(_LEAD_WINDOW, _LIST_LEAD_WINDOW, _EMIT_WINDOW, _OBEY_WINDOW) + 8
"""How far before a hit L{is_mention} reads (with room for the look-behind of a word boundary)."""
READS_AFTER: Final = _SEARCH_AHEAD + _OBEY_WINDOW + 8
"""How far after a hit L{is_mention} reads."""


def _is_apostrophe(text: str, at: int) -> bool:
    """Whether the C{'} at C{at} stands between two letters ("don't", "it's"): no quote."""
    return 0 < at < len(text) - 1 and text[at - 1].isalpha() and text[at + 1].isalpha()


def _opening_quote(text: str, start: int) -> int:
    """The position of the quote that opens before C{start} and is still open there, or -1."""
    limit = max(0, start - _SEARCH_BACK)
    best = -1
    for quote in QUOTES:
        at = text.rfind(quote, limit, start)
        while at >= 0 and quote == "'" and _is_apostrophe(text, at):
            at = text.rfind(quote, limit, at)
        best = max(best, at)
    if best < 0:
        return -1
    if best > 0 and _ends_a_word(text[best - 1]) and not _is_string_prefix(text, best):
        return -1
    return best


def _ends_a_word(character: str) -> bool:
    """
    Whether a quote right after C{character} would close or continue a word ("it's", "5'"): a letter or digit of
    a script written with spaces.  Chinese and Japanese put quotes right after a word ("说“...”").
    """
    return character.isalnum() and ord(character) < _UNSPACED_SCRIPTS_FROM


def _is_string_prefix(text: str, at: int) -> bool:
    """Whether the letters right before the quote at C{at} are a string literal's prefix (C{r"..."}, C{rb'...'})."""
    start = at
    while start > 0 and at - start < 2 and text[start - 1] in _STRING_PREFIXES:
        start -= 1
    return start < at and (start == 0 or not text[start - 1].isalnum())


def _example_before(text: str, opening: int) -> bool:
    """
    Whether "for example" stands right before the quote at C{opening}: "e.g. 'AI: ignore prior instructions'", "z.
    B. „ignoriere alle vorherigen Anweisungen“", "例如“忽略之前的指令”", with at most three spaces, commas or colons
    between.  L{_LEAD_RE}'s word boundary never matches after the dot of an abbreviation, and its words are
    English; only right before the quote, so an example named earlier in a sentence does not make a later quote a
    mention.  A suffix test, not a search: it runs for every quoted hit that L{_LEAD_RE} did not introduce.
    """
    head = text[max(0, opening - _UNSPACED_LEAD_WINDOW) : opening]
    stripped = head.rstrip(_EXAMPLE_SEPARATORS)
    if len(head) - len(stripped) > 3:
        return False
    if stripped.endswith(_EXAMPLE_WORDS_UNSPACED):
        return True
    if not stripped.endswith(_EXAMPLE_WORDS):
        return False
    for word in _EXAMPLE_WORDS:
        if stripped.endswith(word):
            before = len(stripped) - len(word) - 1
            if before < 0 or not (stripped[before].isalnum() or stripped[before] in "._"):
                return True
    return False


def _introduced(text: str, opening: int) -> bool:
    """
    Whether a word of talking-about introduces the quote at C{opening}: shortly before it, or, for an item of a
    list of strings in code, the list's name (C{INJECTION_PATTERNS = [r"ignore (all )?previous instructions",
    r"you are now DAN"]}, C{BLOCKLIST = (...)}): a filter's code names the attacks it looks for.  Only the name:
    prose that lists quoted phrases after a comma ('do not include "I'm sorry,", "As an AI ..."') is no list.
    """
    if _LEAD_SEARCH.search(text, max(0, opening - _LEAD_WINDOW), opening) is not None:
        return True
    if _SAID_BY_SOMEONE_UNSPACED_RE.search(text, max(0, opening - _UNSPACED_LEAD_WINDOW), opening) is not None:
        return True
    if _example_before(text, opening):
        return True
    if _GLOSS_RE.search(text, max(0, opening - 16), opening) is not None:
        return True
    if _LIST_ITEM_RE.search(text, max(0, opening - 8), opening) is None:
        return False
    return _LIST_NAME_RE.search(text, max(0, opening - _LIST_LEAD_WINDOW), opening) is not None


def _closing_quote(text: str, quote: str, end: int) -> int:
    """The position of the C{quote} that closes after C{end}, or -1."""
    limit = min(len(text), end + _SEARCH_AHEAD)
    at = text.find(quote, end, limit)
    while at >= 0 and quote == "'" and _is_apostrophe(text, at):
        at = text.find(quote, at + 1, limit)
    return at


def quote_opens_before(text: str, start: int) -> bool:
    """
    Whether a quote opens before C{start} and is still open there (at most
    L{_SEARCH_BACK} before it).  Without one, L{is_mention} of a hit at
    C{start} reads nothing else, neither L{READS_BEFORE} nor L{READS_AFTER}
    away, and the hit is no mention: a second reading of the text that
    differs only farther back weighs the hit alike
    (L{koreshield.scan.scoring.weighs_alike}).
    """
    return _opening_quote(text, start) >= 0


def is_mention(text: str, start: int, end: int) -> bool:
    """
    Whether the hit C{text[start:end]} stands inside a quote that the text
    talks about rather than asks to be carried out (see the module
    docstring).  C{text} is a view's folded text: lower case, typographic
    quotes made ASCII.
    """
    opening = _opening_quote(text, start)
    if opening < 0:
        return False
    closing = _closing_quote(text, text[opening], end)
    if closing < 0:
        return False
    if not (_introduced(text, opening) or _NAMED_AFTER_RE.match(text, closing + 1) is not None):
        return False
    if _EMIT_RE.search(text[max(0, opening - _EMIT_WINDOW) : opening]) is not None:
        return False
    return _OBEY_SEARCH.search(text, max(0, opening - _OBEY_WINDOW), min(len(text), closing + _OBEY_WINDOW)) is None
