"""
The output guard on the Responses API's answers (C{POST /v1/responses}),
streamed and not.

test-case-name: tests.test_guard_responses

A Responses answer keeps its texts in C{output} items: a C{message} item's
content parts (C{output_text}'s C{text}, C{refusal}'s C{refusal}), a
C{function_call} item's C{arguments}, and a C{reasoning} item's summary
parts (C{summary_text}'s C{text}: a reasoning model's summary of its
thinking may quote the system prompt).  Each gets its own L{TextGuard}, as
a chat choice's content and tool-call arguments do.

Not streamed (L{guard_response}): each text is guarded whole; a block cuts
the answer just before the finding (later texts emptied), marks the
response C{incomplete} for C{content_filter} and adds the C{error} object a
blocked chat answer carries.

Streamed (L{ResponsesStreamGuard}): the texts arrive as typed events
(C{response.output_text.delta}, C{response.refusal.delta},
C{response.function_call_arguments.delta},
C{response.reasoning_summary_text.delta}); each delta is fed to its
text's guard and rewritten when the guard changed it (held back, released
late, redacted).  The stream repeats every text whole in its closing events
(C{....done}, C{response.content_part.done}, C{response.reasoning_summary_part.done},
C{response.output_item.done},
C{response.completed}): those are rewritten to the text the client was
actually sent, so a redacted secret does not come back in the snapshot; a
text those events carry that no delta did is guarded whole there.  Held
text is released in a delta event of its own just before the text's
C{....done} event; text held with nothing new arriving for
C{hold_timeout} seconds cuts the stream, as on chat streams.  A block ends the stream: the text before the finding,
then an C{error} event carrying the blocked error (the OpenAI SDKs raise
an C{APIError} from it), and the relay closes the provider's connection.
Every other event goes out byte for byte.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any, Final

from twisted.internet.interfaces import IDelayedCall, IReactorTime

from koreshield.errors import output_blocked_error
from koreshield.guard.cutting import Blocked, CuttableStream, Report
from koreshield.guard.stream import HOLD_TIMEOUT
from koreshield.guard.text import GuardStep, OutputFinding, TextGuard, whole_text_steps
from koreshield.parse import encode_json
from koreshield.relay import StreamCut
from koreshield.sse import parse_events, split_events

TextKey = tuple[int, int, str]
"""One text of the answer: output index, content (or summary) index (-1 for arguments), kind."""

OUTPUT_TEXT: Final = "output_text"
REFUSAL: Final = "refusal"
ARGUMENTS: Final = "arguments"
SUMMARY: Final = "summary_text"

_DELTAS: Final = {
    "response.output_text.delta": OUTPUT_TEXT,
    "response.refusal.delta": REFUSAL,
    "response.function_call_arguments.delta": ARGUMENTS,
    "response.reasoning_summary_text.delta": SUMMARY,
}
_DONES: Final = {
    "response.output_text.done": (OUTPUT_TEXT, "text"),
    "response.refusal.done": (REFUSAL, "refusal"),
    "response.function_call_arguments.done": (ARGUMENTS, "arguments"),
    "response.reasoning_summary_text.done": (SUMMARY, "text"),
}
_SNAPSHOTS: Final = frozenset(
    {
        "response.content_part.done",
        "response.output_item.done",
        "response.completed",
        "response.incomplete",
        "response.failed",
    }
)
_MAY_CHANGE: Final = re.compile(
    rb'"type"\s*:\s*"response\.(?:output_text|refusal|function_call_arguments|content_part'
    rb"|output_item|completed|incomplete|failed|reasoning_summary_text|reasoning_summary_part)"
)


def where(key: TextKey) -> str:
    """The path of one text in the response, for logs."""
    output, content, kind = key
    if kind == ARGUMENTS:
        return f"output[{output}].arguments"
    if kind == SUMMARY:
        return f"output[{output}].summary[{content}].text"
    field = "refusal" if kind == REFUSAL else "text"
    return f"output[{output}].content[{content}].{field}"


def _item_slots(output: int, item: Any) -> list[tuple[dict[str, Any], str, TextKey]]:
    """The texts of one output item, in order: C{(holder, field, key)}."""
    if not isinstance(item, dict):
        return []
    if item.get("type") == "function_call" and isinstance(item.get("arguments"), str):
        return [(item, "arguments", (output, -1, ARGUMENTS))]
    if item.get("type") == "reasoning" and isinstance(item.get("summary"), list):
        return [
            (part, "text", (output, number, SUMMARY))
            for number, part in enumerate(item["summary"])
            if isinstance(part, dict) and part.get("type") == SUMMARY and isinstance(part.get("text"), str)
        ]
    if item.get("type") != "message" or not isinstance(item.get("content"), list):
        return []
    slots = []
    for number, part in enumerate(item["content"]):
        slot = _part_slot(output, number, part)
        if slot is not None:
            slots.append(slot)
    return slots


def _part_slot(output: int, number: int, part: Any) -> tuple[dict[str, Any], str, TextKey] | None:
    if isinstance(part, dict) and part.get("type") == OUTPUT_TEXT and isinstance(part.get("text"), str):
        return part, "text", (output, number, OUTPUT_TEXT)
    if isinstance(part, dict) and part.get("type") == REFUSAL and isinstance(part.get("refusal"), str):
        return part, "refusal", (output, number, REFUSAL)
    return None


def _guard_whole(text: str, new_guard: Callable[[], TextGuard], key: TextKey, report: Report) -> GuardStep:
    """One whole text through a new guard: what may be sent, and the block that cut it."""
    steps = whole_text_steps(new_guard, text)
    findings = tuple(finding for step in steps for finding in step.findings)
    for finding in findings:
        report(finding, where(key))
    return GuardStep("".join(step.text for step in steps), findings, steps[-1].blocked)


def guard_response(body: bytes, new_guard: Callable[[], TextGuard], report: Report, structured: bool = False) -> bytes:
    """
    A non-streamed Responses answer C{body} guarded (the same bytes when nothing changed).

    @param structured: the request asked for JSON text (C{text.format}
        C{json_schema} or C{json_object}); an answer that echoes such a
        format is taken as structured too.
    """
    try:
        document = json.loads(body)
    except ValueError:
        return body
    if not isinstance(document, dict) or not isinstance(document.get("output"), list):
        return body
    slots = [slot for position, item in enumerate(document["output"]) for slot in _item_slots(position, item)]
    changed = False
    blocked: OutputFinding | None = None
    cut: list[dict[str, Any]] = []
    for holder, field, key in slots:
        text = holder[field]
        if blocked is not None:
            changed = changed or bool(text)
            holder[field] = ""
            cut.append(holder)
            continue
        if not text:
            continue
        step = _guard_whole(text, new_guard, key, report)
        if step.text != text:
            holder[field] = step.text
            changed = True
        blocked = step.blocked
        if blocked is not None:
            cut.append(holder)
    if not changed and blocked is None:
        return body
    if blocked is not None:
        error = output_blocked_error(blocked.category, blocked.subtype)
        _leave_no_half_parsed_texts(document, cut, error["message"], structured or asks_for_json(document))
        document["status"] = "incomplete"
        document["incomplete_details"] = {"reason": "content_filter"}
        document["error"] = error
    return encode_json(document)


def asks_for_json(body: Any) -> bool:
    """Whether a Responses request (or an answer echoing its C{text}) asks for JSON text."""
    text = body.get("text") if isinstance(body, dict) else None
    form = text.get("format") if isinstance(text, dict) else None
    return isinstance(form, dict) and form.get("type") in ("json_schema", "json_object")


def _leave_no_half_parsed_texts(
    document: dict[str, Any], cut: list[dict[str, Any]], said: str, structured: bool
) -> None:
    """
    Reshape a blocked answer so the SDKs' C{responses.parse} reads it: they
    parse every function call's C{arguments} of a strict tool, and, when
    the request asked for JSON, every C{output_text}; a text cut before the
    finding (or emptied after it) is no JSON, and the SDK would raise
    instead of handing the app the C{incomplete} response.  So a function
    call whose arguments were cut or emptied is left out (a call never to
    be run half-way), and, for JSON, the first cut C{output_text} part
    becomes a C{refusal} part saying why (the blocked error's message, as
    the OpenAI API says a structured answer it withheld), the later ones
    are left out.  Plain text keeps the text before the finding, as chat does.
    """
    cut_ids = {id(holder) for holder in cut}
    output: list[Any] = []
    said_once = False
    for item in document["output"]:
        if isinstance(item, dict) and item.get("type") == "function_call" and id(item) in cut_ids:
            continue
        if structured and isinstance(item, dict) and isinstance(item.get("content"), list):
            content: list[Any] = []
            for part in item["content"]:
                if id(part) in cut_ids and isinstance(part, dict) and part.get("type") == OUTPUT_TEXT:
                    if not said_once:
                        content.append({"type": REFUSAL, "refusal": said})
                        said_once = True
                    continue
                content.append(part)
            item["content"] = content
        output.append(item)
    document["output"] = output


def _encode(name: str, data: dict[str, Any]) -> bytes:
    return b"event: " + name.encode() + b"\ndata: " + encode_json(data) + b"\n\n"


class ResponsesStreamGuard(CuttableStream):
    """
    Guards one streamed Responses answer: a stage of the relay, like
    L{koreshield.guard.StreamGuard}.  L{feed} takes complete events and
    returns what to write now; L{finish} is called at the provider's clean
    end.  Both raise L{StreamCut} to end the stream.

    @param clock: for C{hold_timeout}.
    @param hold_timeout: seconds held text may wait for more text before
        the stream is cut (0: no limit but the provider's idle timeout).
    @param resumed: the stream starts after its beginning (a stored
        response retrieved with C{starting_after}): a text's first deltas
        went to the client in an earlier stream, so a closing event's copy
        of it keeps the part no delta of this stream carried (guarded whole)
        before what this stream sent.
    """

    def __init__(
        self,
        new_guard: Callable[[], TextGuard],
        report: Report,
        clock: IReactorTime | None = None,
        hold_timeout: float = 0.0,
        resumed: bool = False,
    ) -> None:
        self._new_guard = new_guard
        self._received: dict[TextKey, int] | None = {} if resumed else None
        """How many characters of each text this stream's deltas carried (only for a resumed stream)."""
        self._report = report
        self._clock = clock
        self._hold_timeout = hold_timeout if clock is not None else 0.0
        self._fed_at: dict[TextKey, float] = {}
        """When each held text was last fed."""
        self._timer: IDelayedCall | None = None
        self._cut: Callable[[bytes], None] | None = None
        self._fault: Callable[[], None] | None = None
        self._guards: dict[TextKey, TextGuard] = {}
        self._sent: dict[TextKey, list[str]] = {}
        """What the client was sent of each text, for the closing events that repeat it."""
        self._ids: dict[TextKey, dict[str, Any]] = {}
        """The fields naming each text in its deltas (item id, indexes), for the deltas the guard writes."""
        self._sequence: int | None = None
        """The last sequence number the provider sent (the guard's own events repeat it)."""
        self._ended = False

    def feed(self, events: bytes) -> bytes:
        if self._ended:
            return b""
        written: list[bytes] = []
        try:
            for event in split_events(events):
                written.append(self._event(event))
        except Blocked as blocked:
            self.close()
            raise StreamCut(b"".join(written) + blocked.events) from None
        self._arm_timer()
        return b"".join(written)

    def finish(self) -> bytes:
        if self._ended:
            return b""
        before: list[bytes] = []
        try:
            for key in list(self._guards):
                self._finish_text(key, before)
        except Blocked as blocked:
            raise StreamCut(b"".join(before) + blocked.events) from None
        finally:
            self.close()
        return b"".join(before)

    def _event(self, raw: bytes) -> bytes:
        if _MAY_CHANGE.search(raw) is None:
            return raw
        parsed = _name_and_data(raw)
        if parsed is None:
            return raw
        try:
            data = json.loads(parsed[1])
        except ValueError:
            return raw
        if not isinstance(data, dict):
            return raw
        kind = data.get("type")
        if not isinstance(kind, str):  # no event of OpenAI's: nothing to guard in it
            return raw
        name = parsed[0] or kind
        if isinstance(data.get("sequence_number"), int):
            self._sequence = data["sequence_number"]
        if kind in _DELTAS:
            return self._delta(raw, name, data, _DELTAS[kind])
        before: list[bytes] = []
        changed = False
        if kind in _DONES:
            text_kind, field = _DONES[kind]
            key = self._key(data, text_kind)
            if key in self._guards:
                self._finish_text(key, before)
            changed = self._settle_snapshot(data, field, key, before)
        elif kind == "response.content_part.done":
            slot = _part_slot(_int(data.get("output_index")), _int(data.get("content_index")), data.get("part"))
            if slot is not None:
                changed = self._settle_snapshot(*slot, before)
        elif kind == "response.reasoning_summary_part.done":
            part = data.get("part")
            if isinstance(part, dict) and part.get("type") == SUMMARY and isinstance(part.get("text"), str):
                key = (_int(data.get("output_index")), _int(data.get("summary_index")), SUMMARY)
                changed = self._settle_snapshot(part, "text", key, before)
        elif kind == "response.output_item.done":
            for slot in _item_slots(_int(data.get("output_index")), data.get("item")):
                changed = self._settle_snapshot(*slot, before) or changed
        elif kind in _SNAPSHOTS and isinstance(data.get("response"), dict):
            output = data["response"].get("output")
            if isinstance(output, list):
                for position, item in enumerate(output):
                    for slot in _item_slots(position, item):
                        changed = self._settle_snapshot(*slot, before) or changed
        return b"".join(before) + (_encode(name, data) if changed else raw)

    def _key(self, data: dict[str, Any], kind: str) -> TextKey:
        if kind == ARGUMENTS:
            return _int(data.get("output_index")), -1, kind
        position = data.get("summary_index") if kind == SUMMARY else data.get("content_index")
        return _int(data.get("output_index")), _int(position), kind

    def _delta(self, raw: bytes, name: str, data: dict[str, Any], kind: str) -> bytes:
        text = data.get("delta")
        if not isinstance(text, str) or not text:
            return raw
        key = self._key(data, kind)
        if self._received is not None:
            self._received[key] = self._received.get(key, 0) + len(text)
        guard = self._guards.get(key)
        if guard is None:
            guard = self._guards[key] = self._new_guard()
            self._sent[key] = []
            self._ids[key] = {
                k: data[k] for k in ("item_id", "output_index", "content_index", "summary_index") if k in data
            }
        step = guard.feed(text)
        self._settle(key, step, [])
        if guard.holding and self._hold_timeout > 0:
            self._fed_at[key] = self._clock.seconds()  # type: ignore[union-attr]
        else:
            self._fed_at.pop(key, None)
        if step.text == text:
            return raw
        data["delta"] = step.text
        return _encode(name, data)

    def _finish_text(self, key: TextKey, before: list[bytes]) -> None:
        """The text C{key} ended: what its guard still held goes out in a delta event of its own."""
        guard = self._guards.pop(key)
        self._fed_at.pop(key, None)
        step = guard.finish()
        self._settle(key, step, before)
        if step.text:
            before.append(self._delta_event(key, step.text))

    def _settle(self, key: TextKey, step: GuardStep, before: list[bytes]) -> None:
        """Report a step's findings, note what is sent; end the stream if it blocked."""
        for finding in step.findings:
            self._report(finding, where(key))
        self._sent.setdefault(key, []).append(step.text)
        if step.blocked is not None:
            released = self._delta_event(key, step.text) if step.text else b""
            raise Blocked(b"".join(before) + released + _blocked_event(step.blocked))

    def _settle_snapshot(self, holder: dict[str, Any], field: str, key: TextKey, before: list[bytes]) -> bool:
        """A closing event's copy of one text, made what the client was sent; whether it changed."""
        text = holder.get(field)
        if not isinstance(text, str):
            return False
        sent = self._sent.get(key)
        if sent is None:
            if not text:
                return False
            step = _guard_whole(text, self._new_guard, key, self._report)
            self._sent[key] = [step.text]
            if step.blocked is not None:
                raise Blocked(b"".join(before) + _blocked_event(step.blocked))
            sent = self._sent[key]
        elif self._received is not None and len(text) > self._received.get(key, 0):
            unseen = text[: len(text) - self._received.get(key, 0)]  # sent by an earlier stream
            step = _guard_whole(unseen, self._new_guard, key, self._report)
            if step.blocked is not None:
                raise Blocked(b"".join(before) + _blocked_event(step.blocked))
            sent.insert(0, step.text)
            self._received[key] = len(text)
        whole = "".join(sent)
        if whole == text:
            return False
        holder[field] = whole
        return True

    def _delta_event(self, key: TextKey, text: str) -> bytes:
        """
        A delta event of the guard's own, carrying C{text}: shaped as the
        provider's (its item id and indexes, the last sequence number seen,
        an empty C{logprobs} for output text) for SDKs that read those.
        """
        kind = key[2]
        name = next(event for event, slot in _DELTAS.items() if slot == kind)
        event: dict[str, Any] = {"type": name, **self._ids.get(key, {}), "delta": text}
        if kind == OUTPUT_TEXT:
            event["logprobs"] = []
        if self._sequence is not None:
            event["sequence_number"] = self._sequence
        return _encode(name, event)

    # Held text waiting too long.

    def _arm_timer(self) -> None:
        if not self._fed_at or self._cut is None or self._ended or self._clock is None:
            return
        if self._timer is not None and self._timer.active():
            return
        delay = max(0.0, min(self._fed_at.values()) + self._hold_timeout - self._clock.seconds())
        self._timer = self._clock.callLater(delay, self._timer_fired)

    def _held_too_long(self) -> None:
        self._timer = None
        if self._ended or self._cut is None or self._clock is None:
            return
        now = self._clock.seconds()
        for key, fed_at in self._fed_at.items():
            if now - fed_at >= self._hold_timeout:
                finding = self._guards[key].give_up(HOLD_TIMEOUT)
                self._report(finding, where(key))
                cut = self._cut
                self.close()
                cut(_blocked_event(finding))
                return
        self._arm_timer()


def _name_and_data(raw: bytes) -> tuple[str | None, str | bytes] | None:
    """
    The name and data of one event: the usual two lines (C{event:}, then
    one C{data:} line) read by slicing, anything else by the SSE parser.
    """
    if raw.startswith(b"event: ") and raw.endswith(b"\n\n") and raw.count(b"\n") == 3:
        end = raw.find(b"\n")
        if raw.startswith(b"data: ", end + 1):
            return raw[7:end].decode("utf-8", "replace"), raw[end + 7 : -2]
    return next(parse_events(raw), None)


def _blocked_event(finding: OutputFinding) -> bytes:
    """The event that ends a blocked stream: an C{error} the SDKs raise from."""
    error = output_blocked_error(finding.category, finding.subtype)
    return _encode("error", {"type": "error", "code": error["code"], "message": error["message"], "error": error})


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
