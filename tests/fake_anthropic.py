"""
A fake Anthropic Messages API, for tests: C{POST /v1/messages} streamed and
not, C{GET /v1/models}, Anthropic's auth headers and error format.

    fake = FakeAnthropic(api_key="test-key")
    fake.script(ScriptedFailure(429, "slow down", retry_after=7), ScriptedAnswer(text="Hi"))
    port = reactor.listenTCP(0, Site(fake), interface="127.0.0.1")
"""

from __future__ import annotations

import json
from typing import Any, ClassVar

from twisted.web.server import Request

from tests.fake_upstream import (
    FakeUpstream,
    ScriptedAnswer,
    ScriptedFailure,
    count_tokens,
    pieces,
)

_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    529: "overloaded_error",
}


def _event(name: str, data: dict[str, Any]) -> bytes:
    return f"event: {name}\ndata: {json.dumps(data)}\n\n".encode()


class FakeAnthropic(FakeUpstream):
    models_path = b"/v1/models"
    models_listing: ClassVar[dict[str, Any]] = {
        "data": [
            {
                "type": "model",
                "id": "claude-sonnet-4-5",
                "display_name": "Claude Sonnet 4.5",
                "created_at": "2025-09-29T00:00:00Z",
            },
            {
                "type": "model",
                "id": "claude-3-5-haiku-20241022",
                "display_name": "Claude Haiku 3.5",
                "created_at": "2024-10-22T00:00:00Z",
            },
        ],
        "has_more": False,
        "first_id": "claude-sonnet-4-5",
        "last_id": "claude-3-5-haiku-20241022",
    }

    def authorised(self, request: Request) -> ScriptedFailure | None:
        if request.getHeader(b"x-api-key") != self.api_key.encode():
            return ScriptedFailure(401, "invalid x-api-key")
        if request.getHeader(b"anthropic-version") is None:
            return ScriptedFailure(400, "anthropic-version: header is required")
        return None

    def error_body(self, status: int, message: str) -> dict[str, Any]:
        kind = _ERROR_TYPES.get(status, "api_error")
        return {"type": "error", "error": {"type": kind, "message": message}}

    def is_generation(self, request: Request) -> bool:
        return request.path == b"/v1/messages"

    def is_streamed(self, request: Request, body: Any) -> bool:
        return bool(body.get("stream"))

    def answer_body(self, request: Request, body: Any, answer: ScriptedAnswer) -> dict[str, Any]:
        content: list[dict[str, Any]] = []
        if answer.thinking:
            content.append(
                {
                    "type": "thinking",
                    "thinking": answer.thinking,
                    "signature": "c2lnbmF0dXJl",
                }
            )
        if answer.text:
            content.append({"type": "text", "text": answer.text})
        for number, call in enumerate(answer.tool_calls):
            content.append(
                {
                    "type": "tool_use",
                    "id": f"toolu_{number:02d}",
                    "name": call.name,
                    "input": call.arguments,
                }
            )
        return {
            "id": "msg_fake",
            "type": "message",
            "role": "assistant",
            "model": body["model"],
            "content": content,
            "stop_reason": self._stop_reason(answer),
            "stop_sequence": None,
            "usage": self._usage(body, answer),
        }

    def answer_events(self, request: Request, body: Any, answer: ScriptedAnswer) -> list[bytes]:
        start = self.answer_body(request, body, answer)
        start.update(content=[], stop_reason=None, usage={**start["usage"], "output_tokens": 1})
        events = [
            _event("message_start", {"type": "message_start", "message": start}),
            _event("ping", {"type": "ping"}),
        ]
        index = 0
        if answer.thinking:
            events += self._block(
                index,
                {"type": "thinking", "thinking": ""},
                [{"type": "thinking_delta", "thinking": piece} for piece in pieces(answer.thinking)]
                + [{"type": "signature_delta", "signature": "c2lnbmF0dXJl"}],
            )
            index += 1
        if answer.text:
            events += self._block(
                index,
                {"type": "text", "text": ""},
                [{"type": "text_delta", "text": piece} for piece in pieces(answer.text)],
            )
            index += 1
        for number, call in enumerate(answer.tool_calls):
            block = {
                "type": "tool_use",
                "id": f"toolu_{number:02d}",
                "name": call.name,
                "input": {},
            }
            arguments = ["", *pieces(json.dumps(call.arguments), 5)]
            events += self._block(
                index,
                block,
                [{"type": "input_json_delta", "partial_json": fragment} for fragment in arguments],
            )
            index += 1
        usage = {"output_tokens": self._usage(body, answer)["output_tokens"]}
        delta = {"stop_reason": self._stop_reason(answer), "stop_sequence": None}
        events.append(
            _event(
                "message_delta",
                {"type": "message_delta", "delta": delta, "usage": usage},
            )
        )
        events.append(_event("message_stop", {"type": "message_stop"}))
        return events

    def error_event(self, message: str) -> bytes:
        return _event(
            "error",
            {
                "type": "error",
                "error": {"type": "overloaded_error", "message": message},
            },
        )

    def _block(self, index: int, start: dict[str, Any], deltas: list[dict[str, Any]]) -> list[bytes]:
        return [
            _event(
                "content_block_start",
                {"type": "content_block_start", "index": index, "content_block": start},
            ),
            *(
                _event(
                    "content_block_delta",
                    {"type": "content_block_delta", "index": index, "delta": delta},
                )
                for delta in deltas
            ),
            _event("content_block_stop", {"type": "content_block_stop", "index": index}),
        ]

    def _stop_reason(self, answer: ScriptedAnswer) -> str:
        return answer.stop_reason or ("tool_use" if answer.tool_calls else "end_turn")

    def _usage(self, body: Any, answer: ScriptedAnswer) -> dict[str, int]:
        output = answer.thinking + answer.text + "".join(json.dumps(call.arguments) for call in answer.tool_calls)
        return {
            "input_tokens": count_tokens(json.dumps(body["messages"])),
            "cache_creation_input_tokens": 0,
            "cache_read_input_tokens": 0,
            "output_tokens": count_tokens(output),
        }
