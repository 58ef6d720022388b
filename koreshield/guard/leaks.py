"""
Verbatim leaks of the request's own system prompt in its answer.

test-case-name: tests.test_guard_leaks

A leak is a run of at least C{min_words} consecutive words of a system
(or developer) message appearing in the answer in the same order.  Words
are runs of letters, digits and underscores, compared case-insensitively;
the spaces, punctuation and line breaks between them are ignored, so
re-wrapping or re-punctuating a prompt does not hide it.

The answer's words are followed through a suffix automaton of the prompt's
words (L{SystemPromptIndex}): after each word it knows the longest run of
the answer's last words that appears in the prompt, in constant amortised
time, so following an answer is linear in its length whatever the prompt's.
That run is also exactly what must be held back when leaks are blocked or
redacted: the words that might still grow into one.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Mapping, Sequence
from typing import Final

from koreshield.guard.detectors import Detection

WORD: Final = re.compile(r"\w+")
LEAK_SUBTYPE: Final = "system_prompt"


class SystemPromptIndex:
    """
    The words of a request's system prompts, as a suffix automaton.

    Each prompt is a sequence of its own: a run never spans two messages.

    @ivar min_words: how many consecutive words make a leak.
    """

    def __init__(self, prompts: Sequence[str], min_words: int) -> None:
        self.min_words = min_words
        self._ids: dict[str, int] = {}
        sequence: list[int] = []
        for number, prompt in enumerate(prompts):
            if number:
                sequence.append(-number)
            for word in WORD.findall(prompt):
                sequence.append(self._ids.setdefault(word.casefold(), len(self._ids)))
        self.words = sum(1 for item in sequence if item >= 0)
        self.beginnings = frozenset(word[:n] for word in self._ids for n in range(1, len(word) + 1))
        self._link = [-1]
        self._length = [0]
        self._next: list[dict[int, int]] = [{}]
        last = 0
        for item in sequence:
            last = self._extend(last, item)

    def _extend(self, last: int, item: int) -> int:
        link, length, following = self._link, self._length, self._next
        current = len(length)
        length.append(length[last] + 1)
        link.append(0)
        following.append({})
        state = last
        while state != -1 and item not in following[state]:
            following[state][item] = current
            state = link[state]
        if state != -1:
            known = following[state][item]
            if length[state] + 1 == length[known]:
                link[current] = known
            else:
                clone = len(length)
                length.append(length[state] + 1)
                link.append(link[known])
                following.append(dict(following[known]))
                while state != -1 and following[state].get(item) == known:
                    following[state][item] = clone
                    state = link[state]
                link[known] = clone
                link[current] = clone
        return current

    @property
    def word_ids(self) -> Mapping[str, int]:
        """The prompts' case-folded words, each with its id (for L{step})."""
        return self._ids

    def step(self, state: int, matched: int, item: int) -> tuple[int, int]:
        """
        After the word with id C{item} (L{word_ids}): the new state and the
        length of the longest run of the last words that appears in a prompt.
        """
        while state and item not in self._next[state]:
            state = self._link[state]
            matched = self._length[state]
        target = self._next[state].get(item)
        if target is None:
            return 0, 0
        return target, matched + 1


class LeakDetector:
    """Follows one answer text for leaks of the prompts of a L{SystemPromptIndex}."""

    category = "system_prompt_leak"

    def __init__(self, index: SystemPromptIndex) -> None:
        self._index = index
        self._cursor = 0
        self._state = 0
        self._matched = 0
        self._run: deque[int] = deque()
        self._leak: tuple[int, int] | None = None

    @property
    def keep_from(self) -> int:
        return self._cursor

    def settles_calmly(self, text: str, offset: int) -> bool:
        return False  # it follows words, cheaply: L{scan} is its quick path

    def scan(self, text: str, offset: int, complete: bool) -> tuple[list[Detection], int]:
        index = self._index
        end = len(text)
        found: list[Detection] = []
        partial: int | None = None
        run = self._run
        word_ids = index.word_ids
        for word in WORD.finditer(text, max(0, self._cursor - offset), end):
            if word.end() == end and not complete:
                partial = word.start()
                break
            item = word_ids.get(word.group().casefold())
            if item is None:
                # Most answer words are not the prompt's: what step() and the run would do, and only once for
                # a run of them (after the first, everything is already reset).
                if self._matched or self._leak is not None:
                    self._state = self._matched = 0
                    run.clear()
                    if self._leak is not None:
                        found.append(Detection(*self._leak, LEAK_SUBTYPE))
                        self._leak = None
                continue
            self._state, self._matched = index.step(self._state, self._matched, item)
            run.append(offset + word.start())
            while len(run) > self._matched:
                run.popleft()
            if self._leak is not None and (not run or run[0] >= self._leak[1]):
                found.append(Detection(*self._leak, LEAK_SUBTYPE))
                self._leak = None
            if self._matched >= index.min_words:
                leak_start = run[0] if self._leak is None else self._leak[0]
                self._leak = (leak_start, offset + word.end())
        if partial is None:
            self._cursor = offset + end
        else:
            self._cursor = offset + partial
        if complete:
            if self._leak is not None:
                found.append(Detection(*self._leak, LEAK_SUBTYPE))
                self._leak = None
            return found, offset + end
        return found, self._hold(text, offset, partial)

    def _hold(self, text: str, offset: int, partial: int | None) -> int:
        """The first word that might still be part of a leak: the current run's, or a word being written."""
        candidates = [offset + len(text)]
        if self._leak is not None:
            candidates.append(self._leak[0])
        if self._run:
            candidates.append(self._run[0])
        if partial is not None and text[partial:].casefold() in self._index.beginnings:
            candidates.append(offset + partial)
        return min(candidates)
