"""
The built-in simulated provider: a canned answer, streamed like a model.

test-case-name: tests.test_simulated

A fresh install has no provider configured and perhaps no network; it must
still answer, so the quick start works anywhere.  This is a small
OpenAI-compatible server that the proxy runs on a loopback port of its own
and forwards to exactly as it would to a real provider, so what a newcomer
sees (streaming, scanning, errors) is the real path, not a shortcut.
"""

from __future__ import annotations

import json
import os
from typing import Any

from twisted.internet.interfaces import IDelayedCall, IReactorTime
from twisted.web.resource import Resource
from twisted.web.server import NOT_DONE_YET, Site

CANNED_ANSWER = (
    "Hello! This is KoreShield's simulated provider: no upstream provider is configured, "
    "so this canned answer stands in for a model. Configure `providers` in koreshield.yaml "
    "to reach a real one."
)
SIMULATED_MODELS = ("koreshield-simulated",)


def _answer_pieces(text: str) -> list[str]:
    """The answer cut into word-sized deltas, as a model would stream it."""
    words = text.split(" ")
    return [words[0]] + [" " + w for w in words[1:]]


def _completion_id() -> str:
    return "chatcmpl-sim" + os.urandom(8).hex()


def _usage(prompt: Any, pieces: list[str]) -> dict[str, int]:
    prompt_tokens = max(1, len(json.dumps(prompt)) // 4)
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": len(pieces),
        "total_tokens": prompt_tokens + len(pieces),
    }


class _SimulatedChat(Resource):
    isLeaf = True

    def __init__(self, clock: IReactorTime, gap: float) -> None:
        super().__init__()
        self._clock = clock
        self._gap = gap

    def render_POST(self, request: Any) -> bytes | int:
        try:
            body = json.loads(request.content.read())
            model = str(body.get("model", SIMULATED_MODELS[0]))
        except (ValueError, AttributeError):
            request.setResponseCode(400)
            return b'{"error":{"message":"invalid JSON","type":"invalid_request_error","code":null,"param":null}}'
        pieces = _answer_pieces(CANNED_ANSWER)
        created = int(self._clock.seconds())
        completion_id = _completion_id()
        usage = _usage(body.get("messages"), pieces)
        if not body.get("stream"):
            request.setHeader(b"Content-Type", b"application/json")
            return json.dumps(
                {
                    "id": completion_id,
                    "object": "chat.completion",
                    "created": created,
                    "model": model,
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": CANNED_ANSWER},
                            "finish_reason": "stop",
                        }
                    ],
                    "usage": usage,
                }
            ).encode("utf-8")
        include_usage = bool((body.get("stream_options") or {}).get("include_usage"))

        def chunk(delta: dict[str, Any], finish: str | None) -> bytes:
            event = {
                "id": completion_id,
                "object": "chat.completion.chunk",
                "created": created,
                "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            }
            return b"data: " + json.dumps(event).encode("utf-8") + b"\n\n"

        events = [chunk({"role": "assistant", "content": ""}, None)]
        events += [chunk({"content": piece}, None) for piece in pieces]
        events.append(chunk({}, "stop"))
        if include_usage:
            tail = {
                "id": completion_id,
                "object": "chat.completion.chunk",
                "created": created,
                "model": model,
                "choices": [],
                "usage": usage,
            }
            events.append(b"data: " + json.dumps(tail).encode("utf-8") + b"\n\n")
        events.append(b"data: [DONE]\n\n")
        request.setHeader(b"Content-Type", b"text/event-stream")
        request.setHeader(b"Cache-Control", b"no-cache")
        _EventPacer(request, self._clock, self._gap, events).start()
        return NOT_DONE_YET


class _EventPacer:
    """Writes prepared events one per C{gap} seconds; stops if the reader leaves."""

    def __init__(self, request: Any, clock: IReactorTime, gap: float, events: list[bytes]) -> None:
        self._request = request
        self._clock = clock
        self._gap = gap
        self._events = events
        self._next = 0
        self._call: IDelayedCall | None = None
        request.notifyFinish().addErrback(self._reader_gone)

    def start(self) -> None:
        self._send_next()

    def _send_next(self) -> None:
        self._call = None
        self._request.write(self._events[self._next])
        self._next += 1
        if self._next == len(self._events):
            self._request.finish()
        else:
            self._call = self._clock.callLater(self._gap, self._send_next)

    def _reader_gone(self, reason: object) -> None:
        if self._call is not None and self._call.active():
            self._call.cancel()
        self._call = None


class _SimulatedModels(Resource):
    isLeaf = True

    def render_GET(self, request: Any) -> bytes:
        request.setHeader(b"Content-Type", b"application/json")
        data = [{"id": m, "object": "model", "created": 0, "owned_by": "koreshield"} for m in SIMULATED_MODELS]
        return json.dumps({"object": "list", "data": data}).encode("utf-8")


def simulated_provider_site(clock: IReactorTime, gap: float = 0.02) -> Site:
    """
    The simulated provider's Site, serving C{/v1/chat/completions} and
    C{/v1/models}.  Streamed answers send one word every C{gap} seconds.
    """
    root = Resource()
    v1 = Resource()
    chat = Resource()
    root.putChild(b"v1", v1)
    v1.putChild(b"chat", chat)
    chat.putChild(b"completions", _SimulatedChat(clock, gap))
    v1.putChild(b"models", _SimulatedModels())
    site = Site(root)
    site.log = lambda request: None  # type: ignore[method-assign]
    site.noisy = False
    return site
