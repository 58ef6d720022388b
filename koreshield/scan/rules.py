"""
Matching the rule cues against a view of a text.

test-case-name: tests.test_scan_rules

The cues of L{koreshield.scan.cues} are compiled once.  A phrase cue's
sequences are gated by L{koreshield.scan.gates} (a key of neighbouring
words or rare words, then every gate as one bit), so an ordinary prompt
usually stops after a few set operations; the sequences left are searched
as regexes over the view's tokens coded one character each
(L{koreshield.scan.tokencodes}), and the tokens of a hit are located in the
text by L{koreshield.scan.tokens.WordLocator}.

Regex cues (chat markup, quotes, unspaced scripts) run only when one of
their needed words (or word pairs) is among the text's tokens, their
required characters are in it (one C{memchr} each), and an anchor literal
is in it (a substring search costs about a nanosecond per character here,
so these come last, each only when its own first character is in the text,
and compared at that character's places when it occurs only a few times:
L{koreshield.scan.windows.present_anchors}); and then only in windows
around the anchors (L{koreshield.scan.windows}).  A second reading aligned
with the first takes the first's search of every window it spells alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, groupby, pairwise
from operator import attrgetter, itemgetter
from typing import Final

from koreshield.scan.cues import ALL_CUES, LISTS, Cue
from koreshield.scan.gates import GateIndex
from koreshield.scan.leads import LeadSearch
from koreshield.scan.normalise import fold_phrase
from koreshield.scan.phrases import compile_pattern, phrase_tokens
from koreshield.scan.regexcache import compile_regex
from koreshield.scan.regexparse import consumed_one_of, reach_behind, reads_alike
from koreshield.scan.tokencodes import CodedSequence, TokenCodes
from koreshield.scan.tokens import SHORT_TOKENS, Pair, Tokens, WordLocator, deciding_tokens
from koreshield.scan.variants import CueAlphabets, differing
from koreshield.scan.views import RESPELLED, RESPELLINGS, View
from koreshield.scan.windows import AnchorGroup, anchor_windows, anchors_by_first, other_text, present_anchors

CHUNK_TOKENS: Final = 1024
OVERLAP_TOKENS: Final = 64
"""
Long texts are matched in chunks of tokens (overlapping by more than any
pattern's reach), each with its own token and pair sets: in a megabyte every
word is present somewhere, so only per-chunk gates stay selective, and the
work grows linearly.
"""

WINDOW: Final = 240
"""How far from an anchor literal a regex cue's match may reach, either way."""
CHUNK: Final = 4096
"""
A window longer than this (an anchor so frequent that the whole text is one
window) is searched in overlapping chunks, so no regex ever runs over more
than a prompt-sized stretch at once.
"""


@dataclass(frozen=True, slots=True)
class CueHit:
    """A cue that matched C{view.text[start:end]}."""

    cue: Cue
    start: int
    end: int


@dataclass(slots=True)
class _PhraseRun:
    """
    The phrase cues' first matches in one chunk of a view's tokens: C{(cue
    number, (start, end))} in the chunk's token indices, and the chunk's
    coded tokens (empty when no sequence was possible, so none were coded).
    """

    coded: str
    spans: list[tuple[int, tuple[int, int]]]
    met: int | None
    """The bits of the gates the chunk meets, when selecting worked them out (L{GateIndex.select_met})."""
    keyed: frozenset[int]
    """The sequences whose key the chunk meets."""
    pairs: frozenset[Pair] | None
    """
    The distinct pairs of the chunk's neighbouring tokens spelled as their
    codes (L{TokenCodes.spell}), when its gates were met by its codes (see
    L{SHORT_TOKENS}).
    """
    selected: list[int]
    """The sequences (by number, in order) whose every gate the chunk meets."""


@dataclass(slots=True)
class _Chunk:
    """
    The phrase cues' results in one chunk of a view's tokens (all of them
    in a text of one chunk; see L{CHUNK_TOKENS}): where it starts, its
    tokens, its run and the run's hits (one per span, in order, placed in
    the view's text).
    """

    offset: int
    words: list[str]
    run: _PhraseRun
    hits: list[CueHit]


@dataclass(slots=True)
class _FirstReading:
    """
    What a second reading aligned with the first view may take from it
    (L{CueMatcher.match_views}): the phrase results chunk by chunk, the
    first view's tokens and text, and every regex search made in it,
    C{(regex cue number, start, end)} -> the match's span or C{None}.
    """

    chunks: list[_Chunk]
    tokens: Tokens
    text: str
    searches: dict[tuple[int, int, int], tuple[int, int] | None]
    needs_met: dict[int, bool]
    """Regex cue number -> whether the first view holds one of the words or pairs it needs."""
    windows: dict[int, list[tuple[int, int]]]
    """
    Regex cue number -> the windows searched for it in the first view (none
    when no anchor is there), for the cues that passed their needed words
    and required characters.
    """
    regex_hits: dict[int, CueHit]
    """Regex cue number -> its hit in the first view, for the cues that have one."""


@dataclass(frozen=True, slots=True)
class _RegexCue:
    cue: Cue
    regex: re.Pattern[str]
    anchors: tuple[str, ...]
    groups: tuple[AnchorGroup, ...]
    ascii_anchors: tuple[str, ...]
    ascii_groups: tuple[AnchorGroup, ...]
    """Its anchors that begin with an ASCII character, the only ones an ASCII text can hold, and their groups."""
    needs: frozenset[str]
    pairs: frozenset[Pair]
    coded_pairs: frozenset[Pair]
    """L{pairs} spelled as their codes (L{TokenCodes.spell})."""
    coded_needs: tuple[str, ...]
    """L{needs} as their codes."""
    coded_runs: tuple[str, ...]
    """L{pairs} as their codes joined: where the pair stands in a text, these two characters do in its coding."""
    named: frozenset[str]
    ascii: bool
    other_firsts: frozenset[str] | None
    """
    When every anchor begins outside ASCII (the cues of unspaced scripts),
    their first characters: a text whose few characters outside ASCII
    (L{other_characters}) are none of these holds no anchor, which one set
    operation says instead of a Python step per group of anchors (a dozen
    such cues cost about 20 us per 4 KB text with an emoji or an accent).
    """
    chars: str
    behind: int
    lead: LeadSearch | None
    blind: bool
    """
    Whether its anchors and required characters hold none of the characters
    in which an aligned reading may differ from the first
    (L{koreshield.scan.views.RESPELLED}): they then occur at the same places
    in both, and so do its windows.
    """
    deaf: bool
    """
    Whether, besides being L{blind}, its pattern cannot tell a character of
    the first reading from the one an aligned reading has in its place
    (L{reads_alike}; the cues of unspaced scripts, whose gaps are C{.}): it
    then finds the same match in both readings' windows, which are the same.
    """
    one_of: str = ""
    """
    Characters one of which every match consumes (L{consumed_one_of}), when
    neither its required characters nor every anchor already say so: a text
    without any of them is skipped before its anchors and windows.  None is
    a character an aligned reading may spell otherwise
    (L{koreshield.scan.views.RESPELLED}), so such a reading holds them at
    the same places, and a L{blind} cue stays blind.
    """

    def search(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The span of the first match in C{text[start:end]} (see L{LeadSearch}), or C{None}."""
        if self.lead is not None:
            return self.lead.search(text, start, end)
        found = self.regex.search(text, start, end)
        return None if found is None else found.span()


class CueMatcher:
    """Compiled cues: phrase sequences gated and coded, regex cues with their anchors."""

    def __init__(self, cues: Iterable[Cue] = ALL_CUES) -> None:
        self._regex: list[_RegexCue] = []
        compiled = [(cue, tuple(s for p in cue.phrases for s in compile_pattern(p, LISTS))) for cue in cues]
        sequences = [s for _, cue_sequences in compiled for s in cue_sequences]
        needed = [(cue, [phrase_tokens(w) for w in cue.needs]) for cue, _ in compiled if cue.pattern]
        self._codes = TokenCodes(sequences, {word for _, needs in needed for words in needs for word in words})
        self._gates = GateIndex(sequences)
        self._coded_gates = GateIndex(sequences, self._codes.codes, many_pairs=0, like=self._gates)
        self._alphabets = CueAlphabets(
            self._codes.codes, (cue_sequences for _, cue_sequences in compiled if cue_sequences)
        )
        self._phrase_cues: list[Cue] = []
        self._sequences: list[tuple[int, CodedSequence]] = []
        self._cue_of: list[int] = []
        """Every sequence's cue, by number (L{_phrase_cues})."""
        self._by_cue: list[range] = []
        for cue, cue_sequences in compiled:
            if cue_sequences:
                own = [(len(self._phrase_cues), self._codes.compile(s)) for s in cue_sequences]
                self._by_cue.append(range(len(self._sequences), len(self._sequences) + len(own)))
                self._sequences.extend(own)
                self._cue_of.extend(number for number, _ in own)
                self._phrase_cues.append(cue)
        for cue, needs in needed:
            anchors = tuple(fold_phrase(a) for a in cue.anchors)
            ascii_anchors = tuple(anchor for anchor in anchors if anchor[0].isascii())
            blind = RESPELLED.isdisjoint(cue.chars + "".join(anchors))
            words = frozenset(w[0] for w in needs if len(w) == 1)
            pairs = frozenset((w[0], w[1]) for w in needs if len(w) == 2)
            regex = compile_regex(cue.pattern)
            self._regex.append(
                _RegexCue(
                    cue,
                    regex,
                    anchors,
                    anchors_by_first(anchors),
                    ascii_anchors,
                    anchors_by_first(ascii_anchors),
                    words,
                    pairs,
                    frozenset((self._codes.codes[one], self._codes.codes[other]) for one, other in pairs),
                    tuple(sorted(self._codes.codes[word] for word in words)),
                    tuple(sorted(self._codes.codes[one] + self._codes.codes[other] for one, other in pairs)),
                    words.union(*pairs),
                    any(a.isascii() for a in anchors),
                    frozenset(a[0] for a in anchors) if anchors and all(a[0] >= "\x80" for a in anchors) else None,
                    cue.chars,
                    reach_behind(cue.pattern),
                    LeadSearch.of(regex),
                    blind,
                    blind and reads_alike(cue.pattern, RESPELLINGS),
                    _one_of(cue.pattern, cue.chars, anchors),
                )
            )
        self._needers = _NeedIndex(self._regex)

    def match(self, view: View) -> list[CueHit]:
        """The first match of every cue in C{view}."""
        chunks = self._chunks(view.tokens)
        hits = [hit for chunk in chunks for hit in chunk.hits]
        if self._regex:
            hits.extend(self._match_regexes(view, coded_pairs=_coded_pairs(chunks)))
        return hits

    def match_views(self, views: list[View]) -> list[list[CueHit]]:
        """
        L{match} of every view of one text, in order.

        A view L{View.like_first} takes the first view's phrase hits for the
        cues that name none of the words it spells otherwise, and searches
        only for the others (L{koreshield.scan.variants}); it takes the
        first view's regex searches for the windows whose text (and what a
        look-behind can see before them) it spells alike.
        """
        results = []
        first: _FirstReading | None = None
        aligned = any(map(_LIKE_FIRST, views))
        for index, view in enumerate(views):
            if first is not None and view.like_first and len(view.tokens.words) == len(first.tokens.words):
                hits, changed, codings = self._match_like(view.tokens, first)
                if self._regex:
                    hits.extend(self._match_regexes(view, earlier=first, changed=changed, codings=codings))
            elif index == 0:
                chunks = self._chunks(view.tokens)
                hits = list(chain.from_iterable(map(_HITS, chunks)))
                if aligned:
                    first = _FirstReading(chunks, view.tokens, view.text, {}, {}, {}, {})
                if self._regex:
                    hits.extend(self._match_regexes(view, record=first, coded_pairs=_coded_pairs(chunks)))
            else:
                hits = self.match(view)
            results.append(hits)
        return results

    def _chunks(self, tokens: Tokens) -> list[_Chunk]:
        """
        The phrase cues' first matches in C{tokens}, chunk by chunk: a cue
        found in a chunk is not searched for in the later ones.
        """
        words = tokens.words
        if len(words) <= CHUNK_TOKENS + OVERLAP_TOKENS:
            sets = (tokens.present, tokens.pairs) if len(words) <= SHORT_TOKENS else None
            run = self._phrase_run(words, set(), sets)
            hits = []
            if run.spans:
                locator = WordLocator(tokens, run.coded, self._codes.codes)
                hits = [CueHit(self._phrase_cues[number], *locator.span(*span)) for number, span in run.spans]
            return [_Chunk(0, words, run, hits)]
        locator = WordLocator(tokens)
        chunks = []
        found: set[str] = set()
        for offset in range(0, len(words), CHUNK_TOKENS):
            chunk = words[offset : offset + CHUNK_TOKENS + OVERLAP_TOKENS]
            run = self._phrase_run(chunk, found, (frozenset(chunk), frozenset(pairwise(chunk))))
            hits = [
                CueHit(self._phrase_cues[number], *locator.span(start + offset, end + offset))
                for number, (start, end) in run.spans
            ]
            found.update(hit.cue.name for hit in hits)
            chunks.append(_Chunk(offset, chunk, run, hits))
        return chunks

    def _phrase_run(
        self, words: list[str], skip: set[str], sets: tuple[frozenset[str], frozenset[Pair]] | None = None
    ) -> _PhraseRun:
        """
        The first matches, in token indices, of the phrase cues not in
        C{skip} in a chunk of tokens: met with its distinct words and pairs
        of words (C{sets}) when given, else with its tokens' codes (see
        L{SHORT_TOKENS}).
        """
        pairs: frozenset[Pair] | None = None
        held: frozenset[str] | None = None
        if sets is not None:
            selected, met, keyed = self._gates.select_met(*sets)
            if not selected:
                return _PhraseRun("", [], met, keyed, None, selected)
            coded = self._codes.encode(words)
        else:
            spelled = self._codes.spell(words)
            pairs = frozenset(pairwise(spelled))
            held = frozenset(spelled)
            selected, met, keyed = self._coded_gates.select_met(held, pairs)
            if not selected:
                return _PhraseRun("", [], met, keyed, pairs, selected)
            coded = "".join(spelled)
        possible = [self._sequences[number] for number in selected]
        return _PhraseRun(coded, self._first_spans(possible, coded, words, skip, held), met, keyed, pairs, selected)

    def _match_like(self, tokens: Tokens, first: _FirstReading) -> tuple[list[CueHit], set[str], list[str]]:
        """
        The phrase hits of C{tokens}, aligned one for one with the first
        reading's words, the words the two differ in (in either spelling)
        among those coded, and its tokens coded chunk by chunk.

        Chunk by chunk, the words of the two are compared (L{differing}),
        this reading is coded from the first's coding and the words it
        spells otherwise (L{TokenCodes.recode}), and the cues that name a
        word whose code differs anywhere are I{affected}.  A kept cue has the first reading's results in
        every chunk, and so is skipped in the same later chunks.  Its hit is
        the first reading's own when the tokens that decide its place
        (L{deciding_tokens}) are the same words in both: an aligned reading
        only lengthens or respells words, so a word spelled alike sits at
        the same place.  So is an affected cue's hit when its search finds
        the first reading's span again.

        The sequences of the affected cues are gated by the gates the first
        reading's chunk meets and those the respelled words and their pairs
        meet: more than this reading alone may meet (a respelled word may
        have met a gate), which costs at most a search that fails, and no
        set of this reading's tokens or pairs is built.  When selecting in
        the first reading did not work out the gates it meets (it keyed a
        few sequences only), by their keys alone, met by the first reading
        or by a respelled word or pair: a key is one of the gates.
        """
        words = tokens.words
        first_words = first.tokens.words
        single = len(first.chunks) == 1
        codings = []
        affected: frozenset[int] = frozenset()
        changed: set[str] = set()
        for chunk in first.chunks:
            own = words if single else words[chunk.offset : chunk.offset + len(chunk.words)]
            first_coded = chunk.run.coded or self._codes.encode(chunk.words)
            word_places = differing(chunk.words, own)
            coded = self._codes.recode(first_coded, own, word_places)
            places = [place for place in word_places if coded[place] != first_coded[place]]
            if places:
                affected |= self._alphabets.affected(first_coded, coded, places)
                changed.update(chunk.words[place] for place in places)
                changed.update(own[place] for place in places)
            codings.append((own, coded, places))
        locator: WordLocator | None = None
        hits: list[CueHit] = []
        names: set[str] = set()
        for chunk, (own, coded, places) in zip(first.chunks, codings, strict=True):
            offset = chunk.offset
            found: list[tuple[int, CueHit]] = []
            first_hits: dict[int, tuple[tuple[int, int], CueHit]] = {}
            for (number, span), hit in zip(chunk.run.spans, chunk.hits, strict=True):
                if number in affected:
                    first_hits[number] = (span, hit)
                    continue
                placed = (span[0] + offset, span[1] + offset)
                if words is not first_words and not _placed_alike(words, first_words, placed):
                    locator = locator or self._locator(tokens, coded if single else "")
                    hit = CueHit(hit.cue, *locator.span(*placed))
                found.append((number, hit))
            if affected:
                respelled = [own[place] for place in places]
                around = [pair for place in places for pair in pairwise(own[max(0, place - 1) : place + 2])]
                met = chunk.run.met
                more = 0 if met is None else self._gates.met_by(respelled, around)
                keyed = self._gates.keyed_by(respelled, around)
                if met is not None and not more & ~met and keyed <= chunk.run.keyed:
                    # The respelled words and pairs meet no gate the first
                    # reading did not (a gate only ever a key has no bit, so
                    # the keys they meet are compared too): the affected
                    # cues' sequences allowed are those the first reading
                    # selected (every gate met), a few dozen to filter
                    # instead of a mask test for each of the hundreds of
                    # sequences of 60-100 affected cues.
                    cue_of = self._cue_of
                    allowed = [number for number in chunk.run.selected if cue_of[number] in affected]
                else:
                    keyed |= chunk.run.keyed
                    candidates = [number for cue in sorted(affected) for number in self._by_cue[cue] if number in keyed]
                    allowed = candidates if met is None else self._gates.allowed(candidates, met | more)
                possible = [self._sequences[number] for number in allowed]
                spans = self._first_spans(possible, coded, own, names)
                for number, span in spans:
                    placed = (span[0] + offset, span[1] + offset)
                    span_and_hit = first_hits.get(number)
                    if (
                        span_and_hit is not None
                        and span_and_hit[0] == span
                        and _placed_alike(words, first_words, placed)
                    ):
                        found.append((number, span_and_hit[1]))
                        continue
                    locator = locator or self._locator(tokens, coded if single else "")
                    found.append((number, CueHit(self._phrase_cues[number], *locator.span(*placed))))
                if spans:
                    found.sort(key=itemgetter(0))
            hits.extend(hit for _, hit in found)
            if not single:
                names.update(hit.cue.name for _, hit in found)
        return hits, changed, [coded for _, coded, _ in codings]

    def _locator(self, tokens: Tokens, coded: str) -> WordLocator:
        """A L{WordLocator} for C{tokens}, counting words on C{coded}, their coding, when given."""
        return WordLocator(tokens, coded, self._codes.codes) if coded else WordLocator(tokens)

    def _first_spans(
        self,
        possible: list[tuple[int, CodedSequence]],
        coded: str,
        words: list[str],
        skip: set[str],
        held: frozenset[str] | None = None,
    ) -> list[tuple[int, tuple[int, int]]]:
        """
        The first match, in token indices, of every cue of C{possible} not in C{skip}, by cue number (C{held}:
        the codes C{coded} holds, if known, L{CodedSequence.first_match}).
        """
        spans = []
        for number, sequences in groupby(possible, key=itemgetter(0)):
            if self._phrase_cues[number].name in skip:
                continue
            found = _first_match(sequences, coded, words, held)
            if found is not None:
                spans.append((number, found))
        return spans

    def _match_regexes(
        self,
        view: View,
        record: _FirstReading | None = None,
        earlier: _FirstReading | None = None,
        changed: set[str] | None = None,
        coded_pairs: frozenset[Pair] | None = None,
        codings: list[str] | None = None,
    ) -> list[CueHit]:
        """
        The regex cues' first matches in C{view}.

        @param record: the first reading, C{view}, to note in it whether
            each cue's needed words are there and every search made, for
            L{match_views}.
        @param earlier: the first reading, when C{view} is aligned with it
            character for character: a search of a window the first
            reading searched, whose text from L{_RegexCue.behind} before it
            is the same, has its result; a cue whose anchors and required
            characters hold none of the characters the two readings may
            differ in (L{_RegexCue.blind}) and whose needed words are
            answered alike has the first reading's windows, and its hit
            too when its pattern cannot tell those characters apart
            (L{_RegexCue.deaf}).
        @param changed: with C{earlier}, the words its tokens and C{view}'s
            differ in, in either spelling (all coded, needed words among
            them): a cue whose needed words are none of these needs them
            in C{view} exactly when it did in the first reading.
        @param coded_pairs: C{view}'s token pairs spelled as their codes,
            when the phrase cues' gates have made them (L{_PhraseRun.pairs}):
            a needed pair is looked for there, and C{view}'s own pairs of
            words are not built.
        @param codings: with C{earlier}, C{view}'s tokens coded chunk by
            chunk (chunks overlap, so every pair of neighbours lies within
            one): a needed word or pair is looked for as its code or pair
            of codes there (every needed word is coded), and C{view}'s own
            sets of words and pairs, each word hashed anew, are not built.
        """
        text = view.text
        tokens = view.tokens
        ascii_text = text.isascii()
        others: frozenset[str] | None = frozenset()
        others_text: str | None = ""
        others_known = ascii_text
        hits = []
        screened = earlier is None and codings is None
        numbers: Iterable[int]
        if screened:
            # Which cues need none of the text's words or pairs is one set
            # operation each, not a step and a set of its own per cue (32
            # of an ASCII text's 38 name words, and a clean prompt holds
            # those of one or two): the same answers, met by the same sets.
            numbers = self._needers.to_search(tokens, coded_pairs, ascii_text, record)
        else:
            numbers = range(len(self._regex))
        for number in numbers:
            compiled = self._regex[number]
            if ascii_text and not compiled.ascii:
                continue
            needs_as_before = True
            if compiled.named and not screened:
                known = None
                if earlier is not None and changed is not None and compiled.named.isdisjoint(changed):
                    known = earlier.needs_met.get(number)
                if known is None:
                    if codings is not None:
                        known = any(code in coded for coded in codings for code in compiled.coded_needs) or any(
                            pair in coded for coded in codings for pair in compiled.coded_runs
                        )
                    else:
                        known = not compiled.needs.isdisjoint(tokens.present) or (
                            not compiled.pairs.isdisjoint(tokens.pairs)
                            if coded_pairs is None
                            else not compiled.coded_pairs.isdisjoint(coded_pairs)
                        )
                    needs_as_before = earlier is not None and earlier.needs_met.get(number) == known
                if record is not None:
                    record.needs_met[number] = known
                if not known:
                    continue
            if earlier is not None and compiled.blind and needs_as_before:
                windows = earlier.windows.get(number)
                if windows is None:
                    continue
                if compiled.deaf:
                    hit = earlier.regex_hits.get(number)
                    if hit is not None:
                        hits.append(hit)
                    continue
            else:
                # map of the text's own test: no generator, no code of its own to fetch.
                if compiled.chars and not all(map(text.__contains__, compiled.chars)):
                    continue
                if compiled.one_of and not any(map(text.__contains__, compiled.one_of)):
                    continue
                if ascii_text:
                    anchors = present_anchors(text, compiled.ascii_anchors, compiled.ascii_groups)
                else:
                    if not others_known:
                        others_text, others_known = other_text(text), True
                        others = None if others_text is None else frozenset(others_text)
                    if (
                        others is not None
                        and compiled.other_firsts is not None
                        and others.isdisjoint(compiled.other_firsts)
                    ):
                        anchors = []
                    else:
                        anchors = present_anchors(text, compiled.anchors, compiled.groups, others, others_text)
                windows = list(_chunked(anchor_windows(text, anchors, WINDOW, WINDOW))) if anchors else []
                if record is not None:
                    record.windows[number] = windows
            for start, end in windows:
                if earlier is not None and self._spelled_alike(earlier, number, text, start, end):
                    span = earlier.searches[number, start, end]
                else:
                    span = compiled.search(text, start, end)
                    if record is not None:
                        record.searches[number, start, end] = span
                if span is not None:
                    hit = CueHit(compiled.cue, *span)
                    hits.append(hit)
                    if record is not None:
                        record.regex_hits[number] = hit
                    break
        return hits

    def _spelled_alike(self, earlier: _FirstReading, number: int, text: str, start: int, end: int) -> bool:
        """Whether C{earlier} searched this window of regex cue C{number} and C{text} reads there as it did."""
        seen = max(0, start - self._regex[number].behind)
        return (number, start, end) in earlier.searches and text[seen:end] == earlier.text[seen:end]


class _NeedIndex:
    """
    The regex cues by the words and pairs of words they need
    (L{_RegexCue.needs}, L{_RegexCue.pairs}): the cues a text's tokens
    leave possible, in order, from one intersection of its words and one
    of its pairs, instead of a set operation per cue.
    """

    def __init__(self, regex: list[_RegexCue]) -> None:
        words: dict[str, list[int]] = {}
        pairs: dict[Pair, list[int]] = {}
        coded_pairs: dict[Pair, list[int]] = {}
        for number, compiled in enumerate(regex):
            for word in compiled.needs:
                words.setdefault(word, []).append(number)
            for pair in compiled.pairs:
                pairs.setdefault(pair, []).append(number)
            for pair in compiled.coded_pairs:
                coded_pairs.setdefault(pair, []).append(number)
        self._words = words
        self._pairs = pairs
        self._coded_pairs = coded_pairs
        self._word_set = frozenset(words)
        self._pair_set = frozenset(pairs)
        self._coded_pair_set = frozenset(coded_pairs)
        self._unnamed = (
            frozenset(n for n, c in enumerate(regex) if not c.named),
            frozenset(n for n, c in enumerate(regex) if not c.named and c.ascii),
        )
        self._named = (
            frozenset(n for n, c in enumerate(regex) if c.named),
            frozenset(n for n, c in enumerate(regex) if c.named and c.ascii),
        )

    def to_search(
        self, tokens: Tokens, coded_pairs: frozenset[Pair] | None, ascii_text: bool, record: _FirstReading | None
    ) -> list[int]:
        """
        The numbers, in order, of the regex cues a text with C{tokens} may
        hold (all of them in an ASCII text, C{ascii_text}, are L{_RegexCue.ascii}):
        those that need no word, and those that need one of its words or
        pairs (C{coded_pairs}: its pairs spelled as their codes, when made;
        else its pairs of words).  Whether each cue that needs words has
        them is noted in C{record}, as L{CueMatcher._match_regexes} does.
        """
        met: set[int] = set()
        for word in self._word_set.intersection(tokens.present):
            met.update(self._words[word])
        if coded_pairs is None:
            for pair in self._pair_set.intersection(tokens.pairs):
                met.update(self._pairs[pair])
        else:
            for pair in self._coded_pair_set.intersection(coded_pairs):
                met.update(self._coded_pairs[pair])
        named = self._named[ascii_text]
        if record is not None:
            record.needs_met.update(dict.fromkeys(named, False))
            record.needs_met.update(dict.fromkeys(named.intersection(met), True))
        return sorted(self._unnamed[ascii_text].union(named.intersection(met)))


_LIKE_FIRST: Final = attrgetter("like_first")
_HITS: Final = attrgetter("hits")


def _one_of(pattern: str, chars: str, anchors: tuple[str, ...]) -> str:
    """
    The characters of L{_RegexCue.one_of} for a regex cue: those of
    L{consumed_one_of}, unless one of them is a required character or every
    anchor holds one (the anchors' own search then says as much).
    """
    found = consumed_one_of(pattern, RESPELLED)
    if not found or not found.isdisjoint(chars) or all(not found.isdisjoint(anchor) for anchor in anchors):
        return ""
    return "".join(sorted(found))


def _coded_pairs(chunks: list[_Chunk]) -> frozenset[Pair] | None:
    """A view's token pairs spelled as their codes, when it is one chunk that was spelled (else C{None})."""
    return chunks[0].run.pairs if len(chunks) == 1 else None


def _placed_alike(words: list[str], first_words: list[str], span: tuple[int, int]) -> bool:
    """
    Whether the tokens that decide where C{span} lies in the text
    (L{deciding_tokens}) are the same words in two aligned token lists: an
    aligned reading only lengthens or respells words, so then the hit lies
    at the same place in both texts.
    """
    one, other = deciding_tokens(words, *span)
    return words[one : one + 1] == first_words[one : one + 1] and words[other] == first_words[other]


def _first_match(
    sequences: Iterable[tuple[int, CodedSequence]], coded: str, words: list[str], held: frozenset[str] | None
) -> tuple[int, int] | None:
    """The first match of the first of C{sequences} that matches."""
    for _, sequence in sequences:
        found = sequence.first_match(coded, words, held)
        if found is not None:
            return found
    return None


def _chunked(windows: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """C{windows}, with any longer than L{CHUNK} cut into overlapping chunks."""
    for start, end in windows:
        while end - start > CHUNK + 2 * WINDOW:
            yield start, start + CHUNK + 2 * WINDOW
            start += CHUNK
        yield start, end
