"""
Pulling the scannable text parts out of OpenAI chat messages.

test-case-name: tests.test_scan_messages

Messages arrive as parsed JSON from any client, so nothing about their shape
is trusted: unknown roles are scanned as C{user} text (the most suspicious
reading), non-dict messages and non-text content parts are skipped, and
numbers are scanned as their decimal text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

KNOWN_ROLES: Final = frozenset({"system", "developer", "user", "assistant", "tool", "function", "document"})


@dataclass(frozen=True, slots=True)
class TextPart:
    """
    One text to scan.

    @ivar message_index: index of its message in the list.
    @ivar part: where in the message, e.g. C{"content"}, C{"content[1]"},
        C{"tool_calls[0].function.arguments"}, C{"name"}.
    @ivar role: the message's role, normalised (see L{KNOWN_ROLES}).
    @ivar text: the text itself, as sent.
    """

    message_index: int
    part: str
    role: str
    text: str


def _as_text(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _content_parts(index: int, role: str, content: Any) -> list[TextPart]:
    text = _as_text(content)
    if text is not None:
        return [TextPart(index, "content", role, text)]
    if not isinstance(content, list):
        return []
    parts = []
    for position, item in enumerate(content):
        if isinstance(item, dict) and item.get("type") in ("text", "input_text", "output_text", None):
            text = _as_text(item.get("text"))
        else:
            text = _as_text(item)
        if text is not None:
            parts.append(TextPart(index, f"content[{position}]", role, text))
    return parts


def _call_arguments(index: int, role: str, message: dict[str, Any]) -> list[TextPart]:
    parts = []
    calls = message.get("tool_calls")
    if isinstance(calls, list):
        for position, call in enumerate(calls):
            function = call.get("function") if isinstance(call, dict) else None
            arguments = _as_text(function.get("arguments")) if isinstance(function, dict) else None
            if arguments is not None:
                parts.append(TextPart(index, f"tool_calls[{position}].function.arguments", role, arguments))
    legacy = message.get("function_call")
    if isinstance(legacy, dict):
        arguments = _as_text(legacy.get("arguments"))
        if arguments is not None:
            parts.append(TextPart(index, "function_call.arguments", role, arguments))
    return parts


def text_parts(messages: Any) -> list[TextPart]:
    """
    Every scannable text of C{messages}, in message order.

    @param messages: a list of OpenAI chat message dicts; anything else
        yields no parts.
    """
    if not isinstance(messages, (list, tuple)):
        return []
    parts: list[TextPart] = []
    for index, message in enumerate(messages):
        if not isinstance(message, dict):
            continue
        role = message.get("role")
        role = role if isinstance(role, str) and role in KNOWN_ROLES else "user"
        content = message.get("content")
        if type(content) is str:
            # The usual message, one string and no calls: no helper called,
            # no code of theirs to fetch (the same part L{_content_parts}
            # makes, and L{_call_arguments} finds nothing without its keys).
            parts.append(TextPart(index, "content", role, content))
        else:
            parts.extend(_content_parts(index, role, content))
        if "tool_calls" in message or "function_call" in message:
            parts.extend(_call_arguments(index, role, message))
        if "name" in message:
            # Providers that take free text here (vLLM, Ollama, many chat templates) show it to the model.
            name = message["name"]
            if isinstance(name, str):
                parts.append(TextPart(index, "name", role, name))
    return parts
