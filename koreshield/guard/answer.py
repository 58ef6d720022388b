"""
The output guard on a non-streamed answer: the same guard, on each whole text.

test-case-name: tests.test_guard_answer

Each text of each choice's message (content, refusal, every tool call's
arguments, the legacy C{function_call} arguments) goes through its own
L{TextGuard} in one piece, so it is treated exactly as the same text
streamed; so does each choice's C{text} in a legacy completion
(C{text_completion}, C{POST /v1/completions}).  A redaction rewrites the text; a block cuts that choice's
message just before the finding (its later texts emptied), sets its
C{finish_reason} to C{content_filter} and adds the C{error} object a
blocked stream ends with.  A body that is not a chat completion, or that
needs no change, is returned as it came.

An image generation's answer carries text a model wrote too: each image's
C{revised_prompt} (the model's rewrite of the prompt, which apps show) is
guarded the same way (L{guard_image_answer}); the images themselves pass.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from koreshield.errors import output_blocked_error
from koreshield.guard.cutting import Report
from koreshield.guard.text import OutputFinding, TextGuard, whole_text_steps
from koreshield.parse import encode_json

Slots = list[tuple[dict[str, Any], str, str]]
"""The texts of one item of an answer, in order: C{(holder, key, path)}."""


def guard_answer(body: bytes, new_guard: Callable[[], TextGuard], report: Report) -> bytes:
    """The answer C{body} guarded (the same bytes when nothing changed)."""
    return _guard_items(body, "choices", _choice_texts, new_guard, report, _stopped_choice)


def guard_image_answer(body: bytes, new_guard: Callable[[], TextGuard], report: Report) -> bytes:
    """
    An image generation's answer C{body} with each image's C{revised_prompt}
    guarded as one text (the same bytes when nothing changed).  A block cuts
    that prompt before the finding and adds the C{error} object; the images
    are kept: they are not text the guard can read.
    """
    return _guard_items(body, "data", _image_texts, new_guard, report, _nothing_more)


def _choice_texts(position: int, choice: dict[str, Any]) -> tuple[Slots, str] | None:
    index = choice.get("index", position)
    if isinstance(choice.get("message"), dict):
        return _slots(choice["message"]), f"choices[{index}].message"
    if isinstance(choice.get("text"), str):
        return [(choice, "text", "text")], f"choices[{index}]"
    return None


def _stopped_choice(choice: dict[str, Any]) -> None:
    choice["finish_reason"] = "content_filter"


def _image_texts(position: int, image: dict[str, Any]) -> tuple[Slots, str] | None:
    return [(image, "revised_prompt", "revised_prompt")], f"data[{position}]"


def _nothing_more(image: dict[str, Any]) -> None:
    """A cut image prompt says so in the answer's C{error} alone."""


def _guard_items(
    body: bytes,
    key: str,
    texts_of: Callable[[int, dict[str, Any]], tuple[Slots, str] | None],
    new_guard: Callable[[], TextGuard],
    report: Report,
    on_block: Callable[[dict[str, Any]], None],
) -> bytes:
    """C{body} with the texts of each item of its list C{key} guarded (the same bytes when nothing changed)."""
    try:
        document = json.loads(body)
    except ValueError:
        return body
    if not isinstance(document, dict) or not isinstance(document.get(key), list):
        return body
    changed = False
    blocked: OutputFinding | None = None
    for position, item in enumerate(document[key]):
        if not isinstance(item, dict):
            continue
        texts = texts_of(position, item)
        if texts is None:
            continue
        item_changed, item_blocked = _guard_texts(*texts, new_guard, report)
        changed = changed or item_changed
        if item_blocked is not None:
            on_block(item)
            blocked = blocked or item_blocked
    if not changed:
        return body
    if blocked is not None:
        document["error"] = output_blocked_error(blocked.category, blocked.subtype)
    return encode_json(document)


def _slots(message: dict[str, Any]) -> Slots:
    """The texts of a message, in order: C{(holder, key, path)}."""
    slots = [(message, name, name) for name in ("content", "refusal")]
    calls = message.get("tool_calls")
    if isinstance(calls, list):
        for number, call in enumerate(calls):
            function = call.get("function") if isinstance(call, dict) else None
            if isinstance(function, dict):
                slots.append((function, "arguments", f"tool_calls[{number}].function.arguments"))
    legacy = message.get("function_call")
    if isinstance(legacy, dict):
        slots.append((legacy, "arguments", "function_call.arguments"))
    return slots


def _guard_texts(
    slots: Slots, path: str, new_guard: Callable[[], TextGuard], report: Report
) -> tuple[bool, OutputFinding | None]:
    """Guard the texts of one choice in place: whether any changed, and the block that cut them."""
    changed = False
    for number, (holder, key, slot) in enumerate(slots):
        text = holder.get(key)
        if not isinstance(text, str) or not text:
            continue
        steps = whole_text_steps(new_guard, text)
        for step in steps:
            for finding in step.findings:
                report(finding, f"{path}.{slot}")
        released = "".join(step.text for step in steps)
        if released != text:
            holder[key] = released
            changed = True
        blocked = steps[-1].blocked
        if blocked is not None:
            for later, later_key, _ in slots[number + 1 :]:
                if isinstance(later.get(later_key), str):
                    later[later_key] = ""
            return True, blocked
    return changed, None
