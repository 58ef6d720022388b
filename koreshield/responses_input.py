"""
The body of C{POST /v1/responses} (OpenAI's Responses API): validated, and
seen as chat messages by the scanner.

test-case-name: tests.test_responses_input

The Responses API carries the prompt in two fields: C{instructions} (the
system prompt) and C{input}, a string (one user message) or a list of
items.  The items the scanner reads become one chat message each, so the
policy that guards chat guards them the same way:

  - a message item (C{type} C{message}, or no C{type} but a C{role}): its
    role (C{user}, C{system}, C{developer}, C{assistant}) and its content,
    a string or a list of parts whose C{input_text}/C{output_text} texts
    the scanner reads (images and files are not text: they pass unread, as
    they do on the chat endpoint);
  - a C{function_call_output} item (and the C{custom_tool_call_output} and
    C{local_shell_call_output} items): its C{output} as a C{tool}
    message's content, as the chat path scans tool results;
  - a C{function_call} item: its C{arguments} as an assistant's tool call,
    as the chat path scans tool-call arguments (and a C{custom_tool_call}
    item's C{input} the same way);
  - the values of C{prompt.variables} (a stored prompt's template
    variables, which the model reads as text) that are strings or
    C{input_text} parts: one user message each.

Other items (reasoning, item references, built-in tool calls) carry no text
the client wrote and pass unread.  Each message remembers where it came
from (L{ResponsesRequest.locations}: C{instructions}, C{input[3]}), so a
finding names the item, and a redaction is written back into that item.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

from koreshield.errors import bad_request
from koreshield.parse import (
    CHAT_FIELD_CHECKS,
    FieldCheck,
    JSONObject,
    check_optional_fields,
    encode_json,
    parse_json_object,
    parse_model,
    parse_stream,
)

MESSAGE_ROLES = frozenset({"user", "system", "developer", "assistant"})
OTHER_TOOL_OUTPUTS = frozenset({"custom_tool_call_output", "local_shell_call_output"})
"""Other items whose C{output} is a tool's result the client sends back: read as C{function_call_output}'s is."""

INSTRUCTIONS = "instructions"
INPUT = "input"
VARIABLES = "prompt.variables"


@dataclasses.dataclass(frozen=True)
class Location:
    """
    Where one scanned message came from in the body.

    @ivar field: L{INSTRUCTIONS}, L{INPUT} or L{VARIABLES}.
    @ivar key: the item's index in C{input} (L{None} when C{input} is a
        string, or for C{instructions}); the variable's name.
    @ivar kind: how the message holds the text: C{content} (a message item,
        C{instructions}, a string C{input}, a variable), C{part} (a variable
        given as an C{input_text} part: the message's one content part),
        C{output} (a function call's output), C{arguments} (a function
        call; C{input} for a custom tool call).
    """

    field: str
    key: int | str | None = None
    kind: str = "content"

    def __str__(self) -> str:
        if self.field == INPUT and self.key is not None:
            return f"input[{self.key}]"
        if self.field == VARIABLES:
            return f"prompt.variables.{self.key}"
        return self.field


@dataclasses.dataclass(frozen=True)
class ResponsesRequest:
    """
    A validated Responses API body.

    @ivar raw: the body exactly as the client sent it.
    @ivar messages: the texts to scan, as chat messages, in order.
    @ivar locations: where each of L{messages} came from, index for index.
    """

    raw: bytes
    body: JSONObject
    model: str
    messages: list[JSONObject]
    locations: tuple[Location, ...]
    stream: bool = False
    user: str | None = None

    def location(self, message_index: int) -> str | None:
        """Where the message C{message_index} came from (C{input[2]}), for findings."""
        if 0 <= message_index < len(self.locations):
            return str(self.locations[message_index])
        return None

    def with_messages(self, messages: list[JSONObject]) -> ResponsesRequest:
        """
        The same request with the texts of C{messages} (a redacted copy of
        L{messages}) written back where they came from, re-encoded.
        """
        body = dict(self.body)
        items = copy.copy(body.get(INPUT)) if isinstance(body.get(INPUT), list) else None
        variables: dict[str, Any] | None = None
        for message, location in zip(messages, self.locations, strict=True):
            if location.field == INSTRUCTIONS:
                body[INSTRUCTIONS] = message["content"]
            elif location.field == VARIABLES:
                if variables is None:
                    variables = dict(body["prompt"]["variables"])
                    body["prompt"] = {**body["prompt"], "variables": variables}
                content = message["content"]
                variables[str(location.key)] = content[0] if location.kind == "part" else content
            elif location.key is None:
                body[INPUT] = message["content"]
            else:
                assert items is not None and isinstance(location.key, int)
                item = dict(items[location.key])
                if location.kind in ("arguments", "input"):
                    item[location.kind] = message["tool_calls"][0]["function"]["arguments"]
                elif location.kind == "output":
                    item["output"] = message["content"]
                else:
                    item["content"] = message["content"]
                items[location.key] = item
        if items is not None:
            body[INPUT] = items
        return dataclasses.replace(self, raw=encode_json(body), body=body, messages=messages)

    def with_body(self, body: JSONObject) -> ResponsesRequest:
        """The same request with another body (same text), re-encoded."""
        return dataclasses.replace(self, raw=encode_json(body), body=body)


def _item_message(index: int, item: Any) -> tuple[JSONObject, Location] | None:
    """
    The chat message the scanner reads for one C{input} item, or L{None}
    for an item without client text.

    @raise APIError: 400 for an item that is not an object, or a message
        item with an unknown role or content of the wrong type.
    """
    if not isinstance(item, dict):
        raise bad_request(f"Invalid type for 'input[{index}]': expected an object.", f"input[{index}]")
    kind = item.get("type")
    if kind == "message" or (kind is None and "role" in item):
        role = item.get("role")
        if role not in MESSAGE_ROLES:
            raise bad_request(
                f"Invalid value for 'input[{index}].role': expected one of 'user', 'system', 'developer', 'assistant'.",
                f"input[{index}].role",
            )
        content = item.get("content")
        if not isinstance(content, (str, list)):
            raise bad_request(
                f"Invalid type for 'input[{index}].content': expected a string or a list of content parts.",
                f"input[{index}].content",
            )
        return {"role": role, "content": content}, Location(INPUT, index)
    if kind == "function_call_output":
        output = item.get("output")
        if not isinstance(output, (str, list)):
            raise bad_request(
                f"Invalid type for 'input[{index}].output': expected a string or a list of content parts.",
                f"input[{index}].output",
            )
        return {"role": "tool", "content": output}, Location(INPUT, index, "output")
    if kind in OTHER_TOOL_OUTPUTS and isinstance(item.get("output"), (str, list)):
        return {"role": "tool", "content": item["output"]}, Location(INPUT, index, "output")
    if kind in ("function_call", "custom_tool_call"):
        field = "arguments" if kind == "function_call" else "input"
        arguments = item.get(field)
        if not isinstance(arguments, str):
            raise bad_request(
                f"Invalid type for 'input[{index}].{field}': expected a string.", f"input[{index}].{field}"
            )
        call = {"type": "function", "function": {"name": item.get("name"), "arguments": arguments}}
        return {"role": "assistant", "content": None, "tool_calls": [call]}, Location(INPUT, index, field)
    return None


def _scanned(body: JSONObject) -> tuple[list[JSONObject], tuple[Location, ...]]:
    """
    The messages to scan and where each came from.

    @raise APIError: 400 when C{instructions} or C{input} has the wrong type.
    """
    messages: list[JSONObject] = []
    locations: list[Location] = []
    instructions = body.get(INSTRUCTIONS)
    if instructions is not None:
        if not isinstance(instructions, str):
            raise bad_request("Invalid type for 'instructions': expected a string.", INSTRUCTIONS)
        messages.append({"role": "system", "content": instructions})
        locations.append(Location(INSTRUCTIONS))
    given = body.get(INPUT)
    if isinstance(given, str):
        messages.append({"role": "user", "content": given})
        locations.append(Location(INPUT))
    elif isinstance(given, list):
        for index, item in enumerate(given):
            found = _item_message(index, item)
            if found is not None:
                messages.append(found[0])
                locations.append(found[1])
    elif given is not None:
        raise bad_request("Invalid type for 'input': expected a string or a list of input items.", INPUT)
    prompt = body.get("prompt")
    variables = prompt.get("variables") if isinstance(prompt, dict) else None
    if isinstance(variables, dict):
        for name, value in variables.items():
            if isinstance(value, str):
                messages.append({"role": "user", "content": value})
                locations.append(Location(VARIABLES, name))
            elif isinstance(value, dict) and value.get("type") == "input_text":
                messages.append({"role": "user", "content": [value]})
                locations.append(Location(VARIABLES, name, "part"))
    return messages, tuple(locations)


RESPONSES_FIELD_CHECKS: dict[str, FieldCheck] = {
    **{name: CHAT_FIELD_CHECKS[name] for name in ("temperature", "top_p", "user", "stream_options")},
    "max_output_tokens": (lambda v: isinstance(v, int) and not isinstance(v, bool), "an integer"),
    "previous_response_id": (lambda v: isinstance(v, str), "a string"),
    "store": (lambda v: isinstance(v, bool), "a boolean"),
    "prompt": (lambda v: isinstance(v, dict), "an object"),
}


def parse_responses_request(raw: bytes, decoded: JSONObject | None = None) -> ResponsesRequest:
    """
    Validate a Responses API body.

    @param decoded: C{raw} already decoded by L{parse_json_object}, if it was.
    @raise APIError: 400 naming the parameter at fault.
    """
    body = parse_json_object(raw) if decoded is None else decoded
    model = parse_model(body)
    stream = parse_stream(body)
    check_optional_fields(body, RESPONSES_FIELD_CHECKS)
    messages, locations = _scanned(body)
    user = body.get("user")
    return ResponsesRequest(raw, body, model, messages, locations, stream, user if isinstance(user, str) else None)
