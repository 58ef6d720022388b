"""
A fake Gemini API, for tests: C{POST /v1beta/models/{model}:generateContent}
and C{:streamGenerateContent?alt=sse}, C{GET /v1beta/models}, Gemini's key
header and error format.  Its SSE events end in CRLF, as Gemini's do.

    fake = FakeGemini(api_key="test-key")
    port = reactor.listenTCP(0, Site(fake), interface="127.0.0.1")
    # the API base is http://127.0.0.1:{port}/v1beta
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

_STATUSES = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    503: "UNAVAILABLE",
}

_PREFIX = b"/v1beta/models/"


def _event(data: dict[str, Any]) -> bytes:
    return f"data: {json.dumps(data)}\r\n\r\n".encode()


class FakeGemini(FakeUpstream):
    models_path = b"/v1beta/models"
    models_listing: ClassVar[dict[str, Any]] = {
        "models": [
            {
                "name": "models/gemini-2.5-flash",
                "displayName": "Gemini 2.5 Flash",
                "inputTokenLimit": 1048576,
                "outputTokenLimit": 65536,
                "supportedGenerationMethods": [
                    "generateContent",
                    "countTokens",
                    "createCachedContent",
                ],
            },
            {
                "name": "models/text-embedding-004",
                "displayName": "Text Embedding 004",
                "supportedGenerationMethods": ["embedContent"],
            },
        ]
    }

    def authorised(self, request: Request) -> ScriptedFailure | None:
        if request.getHeader(b"x-goog-api-key") != self.api_key.encode():
            return ScriptedFailure(403, "Method doesn't allow unregistered callers. Please use an API key.")
        return None

    def error_body(self, status: int, message: str) -> dict[str, Any]:
        return {
            "error": {
                "code": status,
                "message": message,
                "status": _STATUSES.get(status, "UNKNOWN"),
            }
        }

    def is_generation(self, request: Request) -> bool:
        return request.path.startswith(_PREFIX) and request.path.endswith(
            (b":generateContent", b":streamGenerateContent")
        )

    def is_streamed(self, request: Request, body: Any) -> bool:
        alt = request.args.get(b"alt") if request.args else None
        return request.path.endswith(b":streamGenerateContent") and alt == [b"sse"]

    def answer_body(self, request: Request, body: Any, answer: ScriptedAnswer) -> dict[str, Any]:
        parts: list[dict[str, Any]] = []
        if answer.thinking:
            parts.append({"text": answer.thinking, "thought": True})
        if answer.text:
            parts.append({"text": answer.text})
        parts.extend(self._calls(answer))
        return self._response(
            request,
            [self._candidate(parts, self._finish(answer))],
            self._usage(body, answer),
        )

    def answer_events(self, request: Request, body: Any, answer: ScriptedAnswer) -> list[bytes]:
        usage = self._usage(body, answer)
        partial = {
            "promptTokenCount": usage["promptTokenCount"],
            "totalTokenCount": usage["promptTokenCount"],
        }
        events = []
        if answer.thinking:
            events.append(
                self._response(
                    request,
                    [self._candidate([{"text": answer.thinking, "thought": True}])],
                    partial,
                )
            )
        for piece in pieces(answer.text):
            events.append(self._response(request, [self._candidate([{"text": piece}])], partial))
        final = self._candidate(self._calls(answer), self._finish(answer))
        events.append(self._response(request, [final], usage))
        return [_event(event) for event in events]

    def error_event(self, message: str) -> bytes:
        return _event(self.error_body(503, message))

    def _calls(self, answer: ScriptedAnswer) -> list[dict[str, Any]]:
        calls: list[dict[str, Any]] = [
            {"functionCall": {"name": call.name, "args": call.arguments}} for call in answer.tool_calls
        ]
        if calls:
            calls[0]["thoughtSignature"] = "c2lnbmF0dXJl"
        return calls

    def _candidate(self, parts: list[dict[str, Any]], finish: str | None = None) -> dict[str, Any]:
        candidate: dict[str, Any] = {
            "content": {"role": "model", "parts": parts},
            "index": 0,
        }
        if finish:
            candidate["finishReason"] = finish
        return candidate

    def _response(self, request: Request, candidates: list[dict[str, Any]], usage: dict[str, int]) -> dict[str, Any]:
        model = request.path[len(_PREFIX) :].split(b":")[0].decode()
        return {
            "candidates": candidates,
            "usageMetadata": usage,
            "modelVersion": model,
            "responseId": "fake-response",
        }

    def _finish(self, answer: ScriptedAnswer) -> str:
        return answer.stop_reason or "STOP"

    def _usage(self, body: Any, answer: ScriptedAnswer) -> dict[str, int]:
        prompt = count_tokens(json.dumps(body["contents"]))
        output = count_tokens(answer.text + "".join(json.dumps(call.arguments) for call in answer.tool_calls))
        thoughts = count_tokens(answer.thinking) if answer.thinking else 0
        usage = {
            "promptTokenCount": prompt,
            "candidatesTokenCount": output,
            "totalTokenCount": prompt + output + thoughts,
        }
        if thoughts:
            usage["thoughtsTokenCount"] = thoughts
        return usage
