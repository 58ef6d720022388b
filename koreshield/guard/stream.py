"""
The output guard on a streamed answer: OpenAI C{chat.completion.chunk}
events in, guarded events out, as they come.

test-case-name: tests.test_guard_stream

Each text the stream carries gets its own L{TextGuard}: the content (and
refusal) of every choice, the arguments of every tool call, and the legacy
C{function_call} arguments; in a legacy completion's stream
(C{text_completion} events, C{POST /v1/completions}), each choice's
C{text}.  An event is rewritten only when the guard
changed one of its texts (something held back, released late, or
redacted), and then re-encoded as compact JSON; every other event (role,
usage, finish, comments, C{[DONE]}, and content the guard passed whole)
goes out byte for byte, in order.

Held text is released as soon as it is decided: inside the next event of
the same text, in the event that finishes its choice, or, when nothing
else carries it, in an event of its own written just before the event that
made it safe (a choice's C{finish_reason}, a later tool call, C{[DONE]}).

A block ends the stream: the text before the finding, then a last event
whose choices finish with C{content_filter} and which carries an C{error}
object (L{koreshield.errors.output_blocked_error}), then C{[DONE]}; the
relay closes the provider's connection (L{StreamCut}).

Text held with nothing new arriving for C{hold_timeout} seconds cuts the
stream the same way: time cannot make held text safe (it is held because
it might still become a secret), so the guard never releases it on a
timer; it stops waiting instead.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import Any, Final

from twisted.internet.interfaces import IDelayedCall, IReactorTime

from koreshield.errors import output_blocked_error
from koreshield.guard.cutting import Blocked, CuttableStream, Report
from koreshield.guard.text import GuardStep, OutputFinding, TextGuard
from koreshield.parse import encode_json
from koreshield.relay import StreamCut
from koreshield.sse import DONE_EVENT, encode_event, parse_events, split_events

HOLD_TIMEOUT: Final = "hold_timeout"
"""The subtype of a block made because held text waited too long."""

CONTENT: Final = "content"
REFUSAL: Final = "refusal"
TOOL_ARGUMENTS: Final = "tool_calls"
FUNCTION_ARGUMENTS: Final = "function_call"
TEXT: Final = "text"
"""A legacy completion choice's text: on the choice itself, not in a C{delta}."""

ChannelKey = tuple[int, str, int]
"""A text of the stream: choice index, field, tool call index (-1 for the others)."""

_MAY_CHANGE: Final = re.compile(rb'"(?:content|arguments|refusal|text)"|"finish_reason"\s*:\s*"')
"""An event without these has no text to guard and finishes no choice: it passes untouched."""
_ENVELOPE: Final = ("id", "object", "created", "model", "system_fingerprint")

_PLAIN_PAIR: Final = r'"(?!choices")[A-Za-z_]{1,64}":(?:"[^"\\\x00-\x1f]*"|-?(?:0|[1-9][0-9]{0,19})|null)'
_USUAL_HEAD: Final = re.compile(
    r"data: ?\{(?:" + _PLAIN_PAIR + r',)*"choices":\[\{"index":(0|[1-9][0-9]{0,8}),'
    r'"delta":\{(?:"role":"assistant",)?"content":"'
)
"""The head of the usual event, to its content's opening quote; the delta of a stream's first event names the role."""
_USUAL_TAIL: Final = re.compile(r'\},(?:"logprobs":null,)?"finish_reason":null\}\](?:,' + _PLAIN_PAIR + r")*\}\n\n")
_USUAL_MAX: Final = 64 * 1024
"""Longer events are rare and take the general path: the JSON decoder is as quick on them."""


def _usual_content(raw: bytes) -> tuple[int, str, bytes, bytes] | None:
    """
    The choice and the content of the usual event of a streamed chat answer,
    as OpenAI and this proxy's own translations write it: compact JSON, one
    choice whose delta is some content and nothing else (but the assistant's
    role, in a stream's first event), not finishing,
    beside plain envelope fields (and no other C{choices}).  Read without
    decoding the JSON: the head and the tail are matched, the string between
    them is read by the JSON decoder's own string scanner (which checks its
    escapes), and what all three accept is valid JSON.  L{None} for any other
    event, which takes the general path.

    Also the event's bytes before its content (up to the content's opening
    quote) and after it (from the closing quote): the next events of the
    stream usually repeat both (L{_Known}).
    """
    if len(raw) > _USUAL_MAX or not raw.startswith(b"data:"):
        return None
    try:
        event = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    head = _USUAL_HEAD.match(event)
    if head is None:
        return None
    try:
        text, end = scanstring(event, head.end(), True)
    except ValueError:
        return None
    if _USUAL_TAIL.fullmatch(event, end) is None:
        return None
    return int(head.group(1)), text, event[: head.end()].encode("utf-8"), event[end - 1 :].encode("utf-8")


_PLAIN_CONTENT: Final = re.compile(rb"[ !#-\[\]-~\x80-\xff]*")
"""
Content written as it is in a JSON string: printable ASCII or the bytes of
characters beyond it (UTF-8, checked when decoded), no quote, no backslash,
no control character (so nothing to unescape, and the string ends at the
first quote).
"""


_ROLE_CONTENT: Final = b'{"role":"assistant","content":"'
_CONTENT_ONLY: Final = b'{"content":"'


class _Known:
    """
    The head and the tail of the stream's last usual event (L{_usual_content}),
    to read the next ones cheaply: an event that starts with C{head}, ends with
    C{tail} and has only L{_PLAIN_CONTENT} between them is an event those
    regexes accept (they read the same bytes around a string they scan the
    same way), whose content is that text, for the text C{key}, guarded by
    C{channel} (forgotten when the stream lets go of that channel).

    When C{head} names the assistant's role (a stream's first event), the
    same head without it (C{roleless}) is what the stream's next events
    usually start with: L{_USUAL_HEAD} accepts it too (the role is optional
    there, just before the content), so the second event takes the quick road
    instead of the regexes, and its head becomes the one known.
    """

    __slots__ = ("channel", "head", "key", "least", "roleless", "tail")

    def __init__(self, head: bytes, tail: bytes, key: ChannelKey, channel: _Channel) -> None:
        self.head = head
        self.tail = tail
        self.key = key
        self.channel = channel
        self.least = len(head) + len(tail)
        self.roleless = head[: -len(_ROLE_CONTENT)] + _CONTENT_ONLY if head.endswith(_ROLE_CONTENT) else None
        """C{head} without the role, or L{None} when it names none."""

    def starts_roleless(self, events: bytes) -> bytes | None:
        """
        The role-less head, when C{events} starts with it and is long enough
        to end with the tail after it too: it becomes the known head.
        """
        roleless = self.roleless
        if roleless is None or len(events) < len(roleless) + len(self.tail) or not events.startswith(roleless):
            return None
        self.head, self.roleless = roleless, None
        self.least = len(roleless) + len(self.tail)
        return roleless


"""Told of every finding, with where it is (C{choices[0].content})."""


def where(key: ChannelKey) -> str:
    """The path of a stream's text in its choice, for logs."""
    choice, field, call = key
    if field == TOOL_ARGUMENTS:
        return f"choices[{choice}].tool_calls[{call}].function.arguments"
    if field == FUNCTION_ARGUMENTS:
        return f"choices[{choice}].function_call.arguments"
    return f"choices[{choice}].{field}"  # content, refusal, text


def _data_of(event: bytes) -> bytes | None:
    """The C{data} of one event (cheaply for the usual one-line event), or L{None}."""
    if event.startswith(b"data:"):
        line, _, rest = event.partition(b"\n")
        if not rest.strip():
            return line[5:].strip()
    for _, data in parse_events(event):
        return data.encode("utf-8")
    return None


_DECODER: Final = json.JSONDecoder()


def _encode(chunk: dict[str, Any]) -> bytes:
    return encode_event(encode_json(chunk))


class _Channel:
    __slots__ = ("fed_at", "guard")

    def __init__(self, guard: TextGuard, fed_at: float) -> None:
        self.guard = guard
        self.fed_at = fed_at


class StreamGuard(CuttableStream):
    """
    Guards one streamed answer.  Used by the relay as a stage after the
    provider's own translation: L{feed} takes complete events and returns
    what to write now; L{finish} is called at the provider's clean end.
    Both raise L{StreamCut} to end the stream.

    @param new_guard: makes the L{TextGuard} of each new text.
    @param report: told of every finding.
    @param clock: for C{hold_timeout}.
    @param hold_timeout: seconds held text may wait for more text before
        the stream is cut (0: no limit but the provider's idle timeout).
    """

    __slots__ = (
        "_channels",
        "_clock",
        "_envelope",
        "_finished",
        "_hold_timeout",
        "_holding",
        "_known",
        "_legacy",
        "_new_guard",
        "_prepared",
    )

    def __init__(
        self, new_guard: Callable[[], TextGuard], report: Report, clock: IReactorTime, hold_timeout: float
    ) -> None:
        self._new_guard = new_guard
        self._report = report
        self._clock = clock
        self._hold_timeout = hold_timeout
        self._channels: dict[ChannelKey, _Channel] = {}
        self._finished: dict[int, bool] = {}
        self._envelope = b""
        """The provider's last chunk (its event's bytes), decoded only when the guard writes an event itself."""
        self._known: _Known | None = None
        self._cut: Callable[[bytes], None] | None = None
        self._fault: Callable[[], None] | None = None
        self._timer: IDelayedCall | None = None
        self._holding = False
        self._ended = False
        self._legacy = False
        self._prepared: TextGuard | None = None

    def prepare(self) -> None:
        """
        Make the guard of the stream's first text now, while the provider
        works on the request, instead of when its first event arrives, on
        the way to the first token.  Whichever text comes first takes it
        (every text's guard is made alike); a stream without text leaves it
        unused.
        """
        if self._prepared is None:
            self._prepared = self._new_guard()

    def _text_guard(self) -> TextGuard:
        """The guard of a text not seen before: the one L{prepare} made, if it is still unused."""
        prepared = self._prepared
        if prepared is None:
            return self._new_guard()
        self._prepared = None
        return prepared

    def feed(self, events: bytes) -> bytes:
        """Guard a run of complete events; what to write now."""
        if self._ended:
            return b""
        try:
            written = self._quick(events)
        except Blocked as blocked:
            raise StreamCut(blocked.events) from None
        if written is None:
            # Several events (a read that brought more than one: its content has a line break, so the quick road
            # did not take them as one) are each read as they would be alone, the usual ones on the quick road.
            return self._feed_events(events, quick=0 <= events.find(b"\n\n") < len(events) - 2)
        if self._holding:
            self._arm_timer()
        return written

    def _quick(self, event: bytes) -> bytes | None:
        """
        The quick road: what to write for C{event} when it is the usual
        event, like the last one but for its content (L{_Known}), read in a
        few C calls and written as it came when its guard passes the content
        whole (most events of a stream); L{None} for any other, which takes
        the general path.  Raises L{Blocked}; the caller arms the hold timer.
        """
        known = self._known
        if known is None or len(event) > _USUAL_MAX:
            return None
        tail = known.tail
        head: bytes | None = known.head
        if known.least > len(event) or not event.startswith(known.head):
            head = known.starts_roleless(event)
        if head is None or not event.endswith(tail):
            return None
        content = event[len(head) : len(event) - len(tail)]
        try:
            text = content.decode()
        except UnicodeDecodeError:  # not text: the general path says what to do with it
            return None
        # Plain content (L{_PLAIN_CONTENT}): the usual text, printable (so no control character) with no quote or
        # backslash, is, as three C calls tell; the regex reads the rest (a separator beyond ASCII is plain but not
        # printable).
        if (
            not (text.isprintable() and '"' not in text and "\\" not in text)
            and _PLAIN_CONTENT.fullmatch(content) is None
        ):
            return None
        channel = known.channel
        step = channel.guard.feed_quick(text)
        if step is None:
            self._envelope = event
            return event
        return self._usual_step(event, known.key, channel, text, step)

    def _feed_events(self, events: bytes, quick: bool) -> bytes:
        """
        Guard C{events} one by one: each on the quick road when C{quick} and
        it can take it (a read of several events: each is read as it would be
        alone), else on the general path; the hold timer armed at the end.
        """
        written: list[bytes] = []
        try:
            for event in split_events(events):
                taken = self._quick(event) if quick else None
                if taken is None:
                    usual = _usual_content(event)
                    taken = self._event(event) if usual is None else self._usual_event(event, *usual)
                written.append(taken)
        except Blocked as blocked:
            raise StreamCut(b"".join(written) + blocked.events) from None
        self._arm_timer()
        return b"".join(written)

    def finish(self) -> bytes:
        """The provider ended cleanly: release whatever is still held."""
        if self._ended:
            return b""
        released: list[bytes] = []
        try:
            self._flush(list(self._channels), released)
        except Blocked as blocked:
            raise StreamCut(blocked.events) from None
        finally:
            self.close()
        return b"".join(released)

    # One event.

    def _event(self, raw: bytes) -> bytes:
        data = _data_of(raw)
        if data is None:
            return raw
        if data == b"[DONE]":
            released: list[bytes] = []
            self._flush(list(self._channels), released)
            return b"".join(released) + raw
        if _MAY_CHANGE.search(data) is None:
            return raw
        try:
            chunk = _DECODER.decode(data.decode("utf-8"))
        except ValueError:
            return raw
        if not isinstance(chunk, dict) or not isinstance(chunk.get("choices"), list):
            return raw
        self._envelope = raw  # its bytes, not the decoded chunk: a fifth of the memory for each open stream
        before: list[bytes] = []
        changed = False
        for choice in chunk["choices"]:
            if not isinstance(choice, dict):
                continue
            index = choice.get("index")
            index = index if isinstance(index, int) else 0
            self._finished.setdefault(index, False)
            delta = choice.get("delta")
            delta = delta if isinstance(delta, dict) else None
            if delta is not None:
                changed = self._guard_delta(index, delta, before) or changed
            elif isinstance(choice.get(TEXT), str):
                self._legacy = True
                delta = choice  # a legacy completion's choice carries its text itself
                changed = self._guard_slot(choice, TEXT, (index, TEXT, -1), before) or changed
            if choice.get("finish_reason") is not None:
                changed = self._finish_choice(index, delta, before) or changed
                self._finished[index] = True
        return b"".join(before) + (_encode(chunk) if changed else raw)

    def _guard_delta(self, index: int, delta: dict[str, Any], before: list[bytes]) -> bool:
        """Guard every text of one choice's delta, in place; whether any changed."""
        changed = False
        for field in (CONTENT, REFUSAL):
            if field in delta:
                changed = self._guard_slot(delta, field, (index, field, -1), before) or changed
        calls = delta.get("tool_calls") if "tool_calls" in delta else None
        if isinstance(calls, list):
            for call in calls:
                if not isinstance(call, dict):
                    continue
                position = call.get("index")
                position = position if isinstance(position, int) else 0
                self._flush([k for k in self._channels if k[:2] == (index, TOOL_ARGUMENTS) and k[2] < position], before)
                function = call.get("function")
                if isinstance(function, dict):
                    key = (index, TOOL_ARGUMENTS, position)
                    changed = self._guard_slot(function, "arguments", key, before) or changed
        legacy = delta.get("function_call") if "function_call" in delta else None
        if isinstance(legacy, dict):
            changed = self._guard_slot(legacy, "arguments", (index, FUNCTION_ARGUMENTS, -1), before) or changed
        return changed

    def _usual_event(self, raw: bytes, index: int, text: str, head: bytes, tail: bytes) -> bytes:
        """One event L{_usual_content} read: guarded as the general path would, decoded only if it changes."""
        key = (index, CONTENT, -1)
        self._finished.setdefault(index, False)
        if not text:
            self._envelope = raw
            return raw  # nothing to guard, and no guard made for it
        channel = self._channels.get(key)
        if channel is None:
            channel = self._channels[key] = _Channel(self._text_guard(), 0.0)
        known = self._known
        if known is None or known.channel is not channel or known.head != head or known.tail != tail:
            self._known = _Known(head, tail, key, channel)
        return self._usual_step(raw, key, channel, text, channel.guard.feed_quick(text))

    def _usual_step(self, raw: bytes, key: ChannelKey, channel: _Channel, text: str, step: GuardStep | None) -> bytes:
        """
        What to write for a usual event whose content C{text} its guard took
        (L{TextGuard.feed_quick}'s C{step}): the event as it came when the
        guard passed the text whole, else rewritten.
        """
        self._envelope = raw
        if step is None:
            return raw
        before: list[bytes] = []
        released = self._settle(key, step, before)
        if channel.guard.holding:  # only held text is timed (C{hold_timeout}): when it was last fed
            channel.fed_at = self._clock.seconds()
            self._holding = True
        if released == text:
            return b"".join(before) + raw if before else raw
        data = _data_of(raw)
        assert data is not None  # a usual event is one data line
        chunk = _DECODER.decode(data.decode("utf-8"))
        chunk["choices"][0]["delta"][CONTENT] = released
        return b"".join(before) + _encode(chunk)

    def _guard_slot(self, holder: dict[str, Any], name: str, key: ChannelKey, before: list[bytes]) -> bool:
        text = holder.get(name)
        if not isinstance(text, str):
            return False
        released = self._guard_text(key, text, before)
        if released == text:
            return False
        holder[name] = released
        return True

    def _guard_text(self, key: ChannelKey, text: str, before: list[bytes]) -> str:
        """Feed a piece of one text of the stream to its guard; the text to send in its place."""
        if not text:
            return text  # nothing to guard, and no guard made for it
        channel = self._channels.get(key)
        if channel is None:
            channel = self._channels[key] = _Channel(self._text_guard(), 0.0)
        released = self._settle(key, channel.guard.feed(text), before)
        if channel.guard.holding:  # only held text is timed (C{hold_timeout}): when it was last fed
            channel.fed_at = self._clock.seconds()
            self._holding = True
        return released

    def _finish_choice(self, index: int, delta: dict[str, Any] | None, before: list[bytes]) -> bool:
        """A choice finished: release its held texts, into this event's delta when it carries them."""
        changed = False
        self._known = None  # it may know one of them
        for key in [k for k in self._channels if k[0] == index]:
            text = self._settle(key, self._channels.pop(key).guard.finish(), before)
            if not text:
                continue
            if delta is not None and _append(delta, key, text):
                changed = True
            else:
                before.append(self._event_for(key, text))
        return changed

    def _flush(self, keys: list[ChannelKey], before: list[bytes]) -> None:
        """Finish the texts C{keys}: events carrying what they still held go to C{before}."""
        if keys:
            self._known = None  # it may know one of them
        for key in keys:
            text = self._settle(key, self._channels.pop(key).guard.finish(), before)
            if text:
                before.append(self._event_for(key, text))

    def _settle(self, key: ChannelKey, step: GuardStep, before: list[bytes]) -> str:
        """Report a step's findings; end the stream if it blocked; the text to send."""
        for finding in step.findings:
            self._report(finding, where(key))
        if step.blocked is not None:
            released = self._event_for(key, step.text) if step.text else b""
            raise Blocked(b"".join(before) + released + self._last_event(step.blocked, key[0]))
        return step.text

    # Events the guard writes itself.

    def _event_for(self, key: ChannelKey, text: str) -> bytes:
        """An event carrying C{text} for one text of the stream."""
        index, field, call = key
        delta: dict[str, Any]
        if field == TEXT:
            choice = {"index": index, "text": text, "logprobs": None, "finish_reason": None}
            return _encode({**self._head(), "choices": [choice]})
        if field == TOOL_ARGUMENTS:
            delta = {"tool_calls": [{"index": call, "function": {"arguments": text}}]}
        elif field == FUNCTION_ARGUMENTS:
            delta = {"function_call": {"arguments": text}}
        else:
            delta = {field: text}
        return _encode({**self._head(), "choices": [{"index": index, "delta": delta, "finish_reason": None}]})

    def _last_event(self, finding: OutputFinding, index: int) -> bytes:
        """The event that ends a blocked stream, and C{[DONE]}."""
        self.close()
        unfinished = sorted(i for i, done in self._finished.items() if not done) or [index]
        ending: dict[str, Any] = {"text": ""} if self._legacy else {"delta": {}}
        choices = [{"index": i, **ending, "finish_reason": "content_filter"} for i in unfinished]
        error = output_blocked_error(finding.category, finding.subtype)
        return _encode({**self._head(), "choices": choices, "error": error}) + DONE_EVENT

    def _head(self) -> dict[str, Any]:
        """The id, object, created and model of the events the guard writes: the provider's last."""
        data = _data_of(self._envelope) if self._envelope else None
        last = _DECODER.decode(data.decode("utf-8")) if data else {}
        head: dict[str, Any] = {key: last[key] for key in _ENVELOPE if key in last}
        head.setdefault("object", "text_completion" if self._legacy else "chat.completion.chunk")
        return head

    # Held text waiting too long.

    def _arm_timer(self) -> None:
        if not self._holding or self._hold_timeout <= 0 or self._cut is None or self._ended:
            return
        if self._timer is not None and self._timer.active():
            return
        waiting = [c.fed_at for c in self._channels.values() if c.guard.holding]
        self._holding = bool(waiting)
        if waiting:
            delay = max(0.0, min(waiting) + self._hold_timeout - self._clock.seconds())
            self._timer = self._clock.callLater(delay, self._timer_fired)

    def _held_too_long(self) -> None:
        self._timer = None
        if self._ended or self._cut is None:
            return
        now = self._clock.seconds()
        for key, channel in self._channels.items():
            if channel.guard.holding and now - channel.fed_at >= self._hold_timeout:
                finding = channel.guard.give_up(HOLD_TIMEOUT)
                self._report(finding, where(key))
                self._cut(self._last_event(finding, key[0]))
                return
        self._arm_timer()


def _append(delta: dict[str, Any], key: ChannelKey, text: str) -> bool:
    """Add released text to the slot of C{key} in C{delta}, if the delta carries that slot."""
    _, field, call = key
    if field in (CONTENT, REFUSAL, TEXT):
        holder: Any = delta
        name = field
    elif field == FUNCTION_ARGUMENTS:
        holder, name = delta.get("function_call"), "arguments"
    else:
        calls = delta.get("tool_calls")
        matching = (
            [c for c in calls if isinstance(c, dict) and c.get("index") == call] if isinstance(calls, list) else []
        )
        holder, name = (matching[0].get("function") if matching else None), "arguments"
    if not isinstance(holder, dict) or not isinstance(holder.get(name), str):
        return False
    holder[name] += text
    return True
