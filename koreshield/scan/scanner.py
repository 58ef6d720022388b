"""
The scanner: conversation in, verdict out.

test-case-name: tests.test_scan_scanner

For each text part of each message: expand it into views (normalised,
decoded, uncovered), match the rule cues, score it with the linear model,
combine by role, and look for secrets, personal data and blocklisted
phrases.  Results are cached per part (see L{koreshield.scan.cache}).

Pure and synchronous: no Twisted, no I/O after construction.  Thread-safe:
the compiled rules and the model are read-only and the cache locks.
"""

from __future__ import annotations

import functools
import hashlib
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any, Final

from koreshield.scan import features
from koreshield.scan.blocklist import Blocklist
from koreshield.scan.cache import VerdictCache, cache_key
from koreshield.scan.chunks import chunk_spans
from koreshield.scan.code import mostly_code
from koreshield.scan.cues import ADDRESSED, EVERY_ROLE_CUES, PASTED_CONTENT_CUES, THIRD_PARTY_MATCHED_CUES
from koreshield.scan.messages import TextPart, text_parts
from koreshield.scan.model import LinearModel, sigmoid
from koreshield.scan.normalise import unwrap_dump
from koreshield.scan.pasted import Span, pasted_spans
from koreshield.scan.patterns import TokenMatcher
from koreshield.scan.pii import PII_MATCHER
from koreshield.scan.policy import ScanPolicy, Sensitivity, check_sensitivity
from koreshield.scan.regexcache import save_compiled
from koreshield.scan.rules import CueHit, CueMatcher
from koreshield.scan.scoring import (
    CODE_CHECK_FROM,
    CODE_MODEL_WEIGHT,
    THIRD_PARTY,
    USER,
    Evidence,
    assess,
    role_group,
    weigh,
    weighs_alike,
)
from koreshield.scan.secrets import SECRET_MATCHER
from koreshield.scan.suffixes import SUFFIX_CONFIDENCE, suffix_after
from koreshield.scan.threats import BLOCKLIST, INDIRECT_INJECTION, JAILBREAK
from koreshield.scan.verdict import Finding, MessageResult, ScanVerdict
from koreshield.scan.views import View, expand

SCANNER_VERSION: Final = "koreshield-scan/38"
"""Bumped whenever rules or scoring change, so cached results are not reused."""


@functools.cache
def every_role_matcher() -> CueMatcher:
    """
    The compiled cues matched in every part (and the pasted-content cues, kept where they count), built once
    per process.

    Compiling the cue lists means parsing and compiling a few thousand
    regular expressions: seconds, far more than C{re}'s own cache holds. A
    L{CueMatcher} is read-only once built and depends on nothing but the
    constant cue lists, so every L{Scanner} of a process (the proxy's, a
    reloaded configuration's, the CLI's, each test's) shares this one
    instead of paying for it again.
    """
    matcher = CueMatcher(EVERY_ROLE_CUES + PASTED_CONTENT_CUES)
    save_compiled()
    return matcher


@functools.cache
def task_matcher() -> CueMatcher:
    """
    The compiled task cues and the other third-party-only ones (L{THIRD_PARTY_MATCHED_CUES}), matched in
    third-party parts only, shared like L{every_role_matcher}.
    """
    matcher = CueMatcher(THIRD_PARTY_MATCHED_CUES)
    save_compiled()
    return matcher


class Scanner:
    """
    Scans chat messages for prompt attacks, secrets, personal data and
    blocklisted phrases.

    @ivar policy: the settings it was built with.
    @ivar cache: the per-part verdict cache.
    @ivar version: the string that identifies its results (code, model and
        blocklist); part of every cache key.
    """

    def __init__(
        self,
        policy: ScanPolicy | None = None,
        model: LinearModel | None = None,
        cache: VerdictCache | None = None,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.policy = policy or ScanPolicy()
        self._model = model or LinearModel.load_shipped()
        self.cache = cache if cache is not None else VerdictCache(self.policy.cache_size)
        self._clock = clock
        self._cues = every_role_matcher()
        """
        Every part's cues, with the third-party cues that count inside content a user pastes: their hits are
        kept for third-party parts, and for a user's message only inside its pasted part (L{_kept}).  One
        matcher codes a text's tokens once; a second one for them cost a 4 KB prompt about 15 %.
        """
        self._task_cues = task_matcher()
        """Matched for third-party parts only: user prompts do not pay for cues that cannot count in them."""
        self._blocklist = Blocklist(self.policy.blocklist)
        self._data_matchers: tuple[TokenMatcher, ...] = (SECRET_MATCHER, PII_MATCHER)
        blocklist_digest = hashlib.sha256("\x00".join(self._blocklist.phrases).encode()).hexdigest()[:16]
        self.version = f"{SCANNER_VERSION}+{self._model.version}+{blocklist_digest}"

    def _sensitivity(self, override: str | None) -> Sensitivity:
        return self.policy.sensitivity if override is None else check_sensitivity(override)

    def scan_messages(self, messages: Any, sensitivity: str | None = None) -> ScanVerdict:
        """
        Scan every text part of every message.

        @param messages: OpenAI chat messages as parsed JSON.
        @param sensitivity: overrides the policy's for this call.
        """
        level = self._sensitivity(sensitivity)
        return self._scan_parts(text_parts(messages), level)

    def scan_text_parts(self, parts: list[TextPart], sensitivity: str | None = None) -> ScanVerdict:
        """
        L{scan_messages} for parts already taken from the messages with
        L{text_parts}: the screen takes them once to size the scan and then
        scans them, instead of walking the messages twice.
        """
        return self._scan_parts(parts, self._sensitivity(sensitivity))

    def scan_text(self, text: str, role: str = "user", sensitivity: str | None = None) -> ScanVerdict:
        """Scan a single text as if it were the content of a message with C{role}."""
        level = self._sensitivity(sensitivity)
        return self._scan_parts([TextPart(0, "content", role, text)], level)

    def message_keys(self, messages: Any, sensitivity: str | None = None) -> list[str]:
        """The cache keys of C{messages}' parts, in the order they are scanned."""
        level = self._sensitivity(sensitivity)
        return [cache_key(self.version, level, part.role, part.text) for part in text_parts(messages)]

    def estimated_cost(self, parts: list[TextPart]) -> int:
        """
        A cost estimate for scanning the text C{parts} of some messages
        (L{text_parts}): their total characters.

        Scanning is linear in size, so this lets the web layer send large
        requests to a thread pool instead of scanning on the reactor.  It
        takes the parts, not the messages, so that the screen takes them
        once, to size the scan and to scan them (L{scan_text_parts}).
        """
        return sum(len(part.text) for part in parts)

    def _scan_parts(self, parts: list[TextPart], sensitivity: Sensitivity) -> ScanVerdict:
        started = self._clock()
        findings: list[Finding] = []
        all_cached = bool(parts)
        # A cache that keeps nothing (C{cache_size: 0}: the benchmarks, the evaluation) is still asked, so its
        # counts stay the same, but under an empty key: hashing a 4 KB part cost about 11 us for nothing.
        caching = self.cache.size > 0
        for part in parts:
            key = cache_key(self.version, sensitivity, part.role, part.text) if caching else ""
            result = self.cache.get(key)
            if result is None:
                all_cached = False
                result = self.scan_part(part.text, part.role, sensitivity)
                self.cache.put(key, result)
            findings.extend(result.located(part.message_index, part.part))
        elapsed = (self._clock() - started) * 1000.0
        return ScanVerdict.from_findings(tuple(findings), elapsed, all_cached)

    def scan_part(self, text: str, role: str, sensitivity: Sensitivity) -> MessageResult:
        """
        Scan one text part, bypassing the cache.

        A text longer than L{koreshield.scan.chunks.CHUNK_CHARS} is scanned
        as overlapping pieces (L{chunk_spans}), which keeps the cost linear
        in its length; a finding in the stretch two pieces share is kept
        once, with the higher confidence.
        """
        spans = chunk_spans(text)
        if len(spans) == 1:
            return self._scan_piece(text, role, sensitivity)
        strongest: dict[tuple[str, int, int, str, str | None], Finding] = {}
        for start, end in spans:
            for finding in self._scan_piece(text[start:end], role, sensitivity).findings:
                placed = replace(finding, start=finding.start + start, end=finding.end + start)
                key = (placed.type, placed.start, placed.end, placed.detector, placed.subtype)
                if key not in strongest or placed.confidence > strongest[key].confidence:
                    strongest[key] = placed
        return MessageResult(tuple(sorted(strongest.values(), key=lambda f: (f.start, f.end))))

    def _scan_piece(self, text: str, role: str, sensitivity: Sensitivity) -> MessageResult:
        group = role_group(role)
        views = expand(unwrap_dump(text) if group == THIRD_PARTY else text)
        blocked: Finding | None = None
        hits_by_view = self._cues.match_views(views)
        pasted: list[Span] = []
        if group == THIRD_PARTY:
            for hits, more in zip(hits_by_view, self._task_cues.match_views(views), strict=True):
                hits.extend(more)
        else:
            hits_by_view, pasted = _kept(views, hits_by_view, group)
        # A clean prompt (no hit, one reading, no blocklist) calls none of these: each is code to fetch when
        # the CPU caches no longer hold it, as they seldom do when a request arrives.
        evidence = _weighed(views, hits_by_view, group, pasted) if any(hits_by_view) else []
        if len(views) > 1:
            evidence.extend(_smuggled_text(views))
        if group == USER and any(item.payload for item in evidence):
            evidence.extend(_suffix_frame(text, evidence))
        if self._blocklist.phrases:
            for view in views:
                found = self._blocklist.search(view.text)
                if found is not None:
                    start, end = view.source_span(found.start(), found.end())
                    blocked = Finding(BLOCKLIST, 0, start, end, "blocklist", 1.0, found.group())
                    break
        main = views[0]
        ascii_text = text.isascii()
        probability = sigmoid(self._model.logit_of_parts(features.feature_parts(main.tokens, ascii_text)))
        findings = _assessed(evidence, probability, group, sensitivity, text)
        if blocked is not None:
            findings.append(blocked)
        # The folded reading of an ASCII text is its lower case (L{fold}): the data shapes that look for
        # words whatever their case take it instead of lowering the text again.
        lowered = main.text if ascii_text else None
        for matcher in self._data_matchers:
            for match in matcher.find(text, sensitivity, folded=lowered, words=main.tokens.present):
                shape = match.pattern
                findings.append(
                    Finding(
                        shape.category,
                        0,
                        match.start,
                        match.end,
                        f"pattern:{shape.subtype}",
                        shape.confidence,
                        shape.subtype,
                    )
                )
        if len(findings) > 1:
            findings.sort(key=lambda f: (f.start, f.end))
        return MessageResult(tuple(findings))


def _assessed(
    evidence: list[Evidence], probability: float, group: str, sensitivity: Sensitivity, text: str
) -> list[Finding]:
    """
    L{assess} of a part whose model score is C{probability}, less on a text that is mostly code
    (L{CODE_MODEL_WEIGHT}, from L{CODE_CHECK_FROM}).

    A part without evidence (most prompts) is flagged by the model alone, when its score clears a threshold
    that does not depend on the score, and a smaller score clears it less (L{assess} takes
    C{noisy_or([weight * score, 0])}, which rounding keeps monotone): if the full score does not flag it, the
    weighted one would not either, so such a part is assessed without reading its lines for code
    (L{mostly_code}, about 3 % of an ordinary 2-4 KB prompt's scan: most of them score above
    L{CODE_CHECK_FROM}).
    """
    if probability < CODE_CHECK_FROM:
        return assess(evidence, probability, group, sensitivity, len(text))
    if not evidence:
        findings = assess(evidence, probability, group, sensitivity, len(text))
        if not findings:
            return findings
    if mostly_code(text):
        probability *= CODE_MODEL_WEIGHT
    return assess(evidence, probability, group, sensitivity, len(text))


SMUGGLED_LETTERS: Final = 8
"""
Letters a run of tag characters must decode to before it counts as smuggled
text.  The only other use of tag characters, the flags of England, Scotland
and Wales, spells a region code of at most six (U+1F3F4, "gbsct", U+E007F).
"""
SMUGGLED_CONFIDENCE: Final = 0.9


def _smuggled_text(views: list[View]) -> list[Evidence]:
    """
    Text written in Unicode tag characters, whatever it says, as evidence of
    injection: the characters are invisible, so a reader of the message never
    sees what the model is told ("ASCII smuggling").  What the hidden text
    says is weighed too, as a view of its own; this catches it when its words
    alone would pass ("never mind, disregard my first question").
    """
    found = []
    for view in views:
        if view.origin == "tags" and sum(char.isalpha() for char in view.text) >= SMUGGLED_LETTERS:
            start, end = view.source_span(0, len(view.text))
            found.append(Evidence(INDIRECT_INJECTION, SMUGGLED_CONFIDENCE, "hidden.tag_text", start, end))
    return found


def _suffix_frame(text: str, evidence: list[Evidence]) -> list[Evidence]:
    """
    An adversarial suffix after a harmful request, as the frame of its payload (L{koreshield.scan.suffixes}):
    looked for only in a user's text that names a payload, and only near the first few payloads, so other
    prompts pay nothing for it and a long template little.
    """
    for item in [item for item in evidence if item.payload][:MAX_PAYLOADS_READ]:
        span = suffix_after(text, item.start, item.end)
        if span is not None:
            return [
                Evidence(JAILBREAK, SUFFIX_CONFIDENCE, "jailbreak.adversarial_suffix", span[0], span[1], frame=True)
            ]
    return []


MAX_PAYLOADS_READ: Final = 3
"""Payloads near which a suffix is looked for: one request, whatever its template repeats."""


_PASTED_ONLY: Final = frozenset(cue.name for cue in PASTED_CONTENT_CUES)
"""The cues that count in a user's message only inside content the user pasted, and nowhere in the application's."""


def _kept(views: list[View], hits_by_view: list[list[CueHit]], group: str) -> tuple[list[list[CueHit]], list[Span]]:
    """
    The hits of a user's or the application's part that count there, and the spans of the original text that
    hold content a user pasted (none for the application, or when no hit is a note to the AI or an order about
    the answer: a prompt without such words pays nothing for finding its frame, L{pasted_spans}).  The cues of
    L{_PASTED_ONLY} count only inside those spans.
    """
    if not any(hits_by_view) or not any(hit.cue.kind == ADDRESSED for hits in hits_by_view for hit in hits):
        return hits_by_view, []
    pasted: list[Span] = []
    if group == USER:
        main = views[0]
        pasted = [main.source_span(start, end) for start, end in pasted_spans(main.text)]
    kept = [
        [
            hit
            for hit in hits
            if hit.cue.name not in _PASTED_ONLY or (pasted and _inside(pasted, view.source_span(hit.start, hit.end)))
        ]
        for view, hits in zip(views, hits_by_view, strict=True)
    ]
    return kept, pasted


def _inside(spans: list[Span], span: Span) -> bool:
    """Whether C{span} lies inside one of C{spans}."""
    start, end = span
    return any(outer_start <= start and end <= outer_end for outer_start, outer_end in spans)


def _weighed(views: list[View], hits_by_view: list[list[CueHit]], group: str, pasted: list[Span]) -> list[Evidence]:
    """
    Every view's hits weighed for role group C{group}, in order; a user's hits inside C{pasted} (spans of the
    original text that hold content the user pasted) are weighed as words in a document's.

    A reading aligned with the first view (L{View.like_first}) shares most
    of its hits with it; where weighing such a hit would read the same text
    as in the first view (L{weighs_alike}), it would add the same evidence
    again, which changes nothing in L{assess}, so it is not weighed twice.
    """
    main = views[0]
    first = {(id(hit.cue), hit.start, hit.end) for hit in hits_by_view[0]} if len(views) > 1 else set()
    evidence = []
    for view, hits in zip(views, hits_by_view, strict=True):
        for hit in hits:
            if view.like_first and (id(hit.cue), hit.start, hit.end) in first and weighs_alike(main, view, hit):
                continue
            inside = bool(pasted) and _inside(pasted, view.source_span(hit.start, hit.end))
            weighed = weigh(view, hit, group, pasted=inside)
            if weighed is not None:
                evidence.append(weighed)
    return evidence
