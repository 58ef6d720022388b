"""
The built-in simulated provider: a canned answer, streamed like a model, and
deterministic embeddings.

test-case-name: tests.test_simulated

A fresh install has no provider configured and perhaps no network; it must
still answer, so the quick start works anywhere.  This is a small
OpenAI-compatible server that the proxy runs on a loopback port of its own
and forwards to exactly as it would to a real provider, so what a newcomer
sees (streaming, scanning, errors) is the real path, not a shortcut.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import struct
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


def _sse(event: dict[str, Any]) -> bytes:
    return b"data: " + json.dumps(event).encode("utf-8") + b"\n\n"


class _SimulatedEndpoint(Resource):
    """
    One simulated C{POST} endpoint: reads the JSON body (400 if it is not
    an object) and leaves the answer to L{answer}.
    """

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
        return self.answer(request, body, model, int(self._clock.seconds()))

    def answer(self, request: Any, body: dict[str, Any], model: str, created: int) -> bytes | int:
        raise NotImplementedError

    def _json(self, request: Any, document: dict[str, Any]) -> bytes:
        request.setHeader(b"Content-Type", b"application/json")
        return json.dumps(document).encode("utf-8")

    def _stream(self, request: Any, events: list[bytes], done: bool = True) -> int:
        """Stream C{events}, then C{[DONE]} (unless C{done} is false: the Responses API sends none)."""
        request.setHeader(b"Content-Type", b"text/event-stream")
        request.setHeader(b"Cache-Control", b"no-cache")
        tail = [b"data: [DONE]\n\n"] if done else []
        _EventPacer(request, self._clock, self._gap, [*events, *tail]).start()
        return NOT_DONE_YET


def _include_usage(body: dict[str, Any]) -> bool:
    return bool((body.get("stream_options") or {}).get("include_usage"))


class _SimulatedChat(_SimulatedEndpoint):
    """
    C{/v1/chat/completions}: the canned answer, streamed or not.  It stores
    no completion: the list of stored ones is empty, and one by id is
    OpenAI's 404.
    """

    def render_POST(self, request: Any) -> bytes | int:
        if request.postpath:  # an update of /chat/completions/{id}
            return self._not_stored(request)
        return super().render_POST(request)

    def render_GET(self, request: Any) -> bytes:
        if request.postpath:
            return self._not_stored(request)
        return self._json(request, {"object": "list", "data": [], "first_id": None, "last_id": None, "has_more": False})

    def render_DELETE(self, request: Any) -> bytes:
        return self._not_stored(request)

    def _not_stored(self, request: Any) -> bytes:
        request.setResponseCode(404)
        given = request.postpath[0].decode("utf-8", "replace") if request.postpath else ""
        message = f"Chat completion with id '{given}' not found (the simulated provider stores no completions)."
        return self._json(
            request, {"error": {"message": message, "type": "invalid_request_error", "code": None, "param": None}}
        )

    def answer(self, request: Any, body: dict[str, Any], model: str, created: int) -> bytes | int:
        pieces = _answer_pieces(CANNED_ANSWER)
        completion_id = _completion_id()
        usage = _usage(body.get("messages"), pieces)
        if not body.get("stream"):
            return self._json(
                request,
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
                },
            )

        def chunk(delta: dict[str, Any], finish: str | None) -> bytes:
            return _sse(
                {
                    "id": completion_id,
                    "object": "chat.completion.chunk",
                    "created": created,
                    "model": model,
                    "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
                }
            )

        events = [chunk({"role": "assistant", "content": ""}, None)]
        events += [chunk({"content": piece}, None) for piece in pieces]
        events.append(chunk({}, "stop"))
        if _include_usage(body):
            tail = {"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": model}
            events.append(_sse({**tail, "choices": [], "usage": usage}))
        return self._stream(request, events)


class _SimulatedCompletions(_SimulatedEndpoint):
    """The legacy C{/v1/completions}: the canned answer as C{choices[].text}."""

    def answer(self, request: Any, body: dict[str, Any], model: str, created: int) -> bytes | int:
        pieces = _answer_pieces(CANNED_ANSWER)
        head = {"id": "cmpl-sim" + os.urandom(8).hex(), "object": "text_completion", "created": created, "model": model}
        usage = _usage(body.get("prompt"), pieces)

        def choice(text: str, finish: str | None) -> dict[str, Any]:
            return {"text": text, "index": 0, "logprobs": None, "finish_reason": finish}

        if not body.get("stream"):
            return self._json(request, {**head, "choices": [choice(CANNED_ANSWER, "stop")], "usage": usage})
        events = [_sse({**head, "choices": [choice(piece, None)]}) for piece in pieces]
        events.append(_sse({**head, "choices": [choice("", "stop")]}))
        if _include_usage(body):
            events.append(_sse({**head, "choices": [], "usage": usage}))
        return self._stream(request, events)


class _SimulatedResponses(_SimulatedEndpoint):
    """
    The Responses API (C{/v1/responses}): the canned answer as one
    C{message} output item, or streamed as OpenAI streams it (typed events,
    one C{response.output_text.delta} per word, C{response.completed} with
    the usage last, no C{[DONE]}).
    """

    def render_POST(self, request: Any) -> bytes | int:
        if request.postpath:  # /responses/{id}/cancel
            return self._not_stored(request)
        return super().render_POST(request)

    def render_GET(self, request: Any) -> bytes:
        return self._not_stored(request)

    def render_DELETE(self, request: Any) -> bytes:
        return self._not_stored(request)

    def _not_stored(self, request: Any) -> bytes:
        """OpenAI's 404 for a stored response: the simulated provider keeps none."""
        request.setResponseCode(404)
        given = request.postpath[0].decode("utf-8", "replace") if request.postpath else ""
        message = f"Response with id '{given}' not found (the simulated provider stores no responses)."
        return self._json(
            request, {"error": {"message": message, "type": "invalid_request_error", "code": None, "param": None}}
        )

    def answer(self, request: Any, body: dict[str, Any], model: str, created: int) -> bytes | int:
        pieces = _answer_pieces(CANNED_ANSWER)
        prompt_tokens = _usage([body.get("instructions"), body.get("input")], pieces)["prompt_tokens"]
        usage = {
            "input_tokens": prompt_tokens,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens": len(pieces),
            "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": prompt_tokens + len(pieces),
        }
        message_id = "msg_sim" + os.urandom(8).hex()

        def message(text: str, status: str) -> dict[str, Any]:
            content = [{"type": "output_text", "text": text, "annotations": []}] if status == "completed" else []
            return {"id": message_id, "type": "message", "status": status, "role": "assistant", "content": content}

        def response(status: str, output: list[dict[str, Any]], usage: dict[str, Any] | None) -> dict[str, Any]:
            return {
                "id": "resp_sim" + message_id[7:],
                "object": "response",
                "created_at": created,
                "status": status,
                "error": None,
                "incomplete_details": None,
                "instructions": body.get("instructions"),
                "model": model,
                "output": output,
                "parallel_tool_calls": True,
                "tool_choice": "auto",
                "tools": [],
                "usage": usage,
            }

        if not body.get("stream"):
            return self._json(request, response("completed", [message(CANNED_ANSWER, "completed")], usage))
        where = {"item_id": message_id, "output_index": 0, "content_index": 0}
        part = {"type": "output_text", "text": "", "annotations": []}
        typed: list[dict[str, Any]] = [
            {"type": "response.created", "response": response("in_progress", [], None)},
            {"type": "response.in_progress", "response": response("in_progress", [], None)},
            {"type": "response.output_item.added", "output_index": 0, "item": message("", "in_progress")},
            {"type": "response.content_part.added", **where, "part": part},
            *({"type": "response.output_text.delta", **where, "delta": piece, "logprobs": []} for piece in pieces),
            {"type": "response.output_text.done", **where, "text": CANNED_ANSWER, "logprobs": []},
            {"type": "response.content_part.done", **where, "part": {**part, "text": CANNED_ANSWER}},
            {"type": "response.output_item.done", "output_index": 0, "item": message(CANNED_ANSWER, "completed")},
            {
                "type": "response.completed",
                "response": response("completed", [message(CANNED_ANSWER, "completed")], usage),
            },
        ]
        events = [
            f"event: {event['type']}\ndata: ".encode()
            + json.dumps({**event, "sequence_number": number}).encode()
            + b"\n\n"
            for number, event in enumerate(typed)
        ]
        return self._stream(request, events, done=False)


SIMULATED_EMBEDDING_DIMENSIONS = 16


def simulated_embedding(text: str, dimensions: int = SIMULATED_EMBEDDING_DIMENSIONS) -> list[float]:
    """
    A unit vector that depends on C{text} only: the same text always gets
    the same vector, different texts (almost surely) different ones, which
    is what code storing and comparing embeddings needs to run.  It means
    nothing: there is no model behind it.

    A lone surrogate (JSON's C{"\\ud800"} is valid JSON, and Python's
    decoder keeps it) is hashed as its code point: encoding it strictly
    raised, and the simulated provider answered 500.
    """
    stream = hashlib.shake_256(text.encode("utf-8", "surrogatepass")).digest(4 * dimensions)
    values = [int.from_bytes(stream[4 * i : 4 * i + 4], "big") / 2**31 - 1.0 for i in range(dimensions)]
    norm = math.sqrt(sum(v * v for v in values)) or 1.0
    return [v / norm for v in values]


def _as_base64(vector: list[float]) -> str:
    """OpenAI's C{encoding_format: base64}: little-endian float32s, base64-encoded."""
    return base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode("ascii")


class _SimulatedEmbeddings(_SimulatedEndpoint):
    """
    C{/v1/embeddings}: one L{simulated_embedding} per input (token ids are
    hashed as their JSON text), C{dimensions} honoured up to 4096.
    """

    def answer(self, request: Any, body: dict[str, Any], model: str, created: int) -> bytes | int:
        given = body.get("input")
        inputs = given if isinstance(given, list) and not all(isinstance(i, int) for i in given) else [given]
        dimensions = body.get("dimensions")
        if not isinstance(dimensions, int) or not 0 < dimensions <= 4096:
            dimensions = SIMULATED_EMBEDDING_DIMENSIONS
        encode = _as_base64 if body.get("encoding_format") == "base64" else list
        data = []
        for index, item in enumerate(inputs):
            text = item if isinstance(item, str) else json.dumps(item)
            data.append(
                {"object": "embedding", "index": index, "embedding": encode(simulated_embedding(text, dimensions))}
            )
        tokens = sum(max(1, len(item) // 4) if isinstance(item, str) else len(item or []) for item in inputs)
        usage = {"prompt_tokens": tokens, "total_tokens": tokens}
        return self._json(request, {"object": "list", "data": data, "model": model, "usage": usage})


class _SimulatedModerations(_SimulatedEndpoint):
    """C{/v1/moderations}: one result per input, nothing flagged."""

    def answer(self, request: Any, body: dict[str, Any], model: str, created: int) -> bytes | int:
        given = body.get("input")
        count = len(given) if isinstance(given, list) and all(isinstance(i, str) for i in given) else 1
        result = {"flagged": False, "categories": {}, "category_scores": {}, "category_applied_input_types": {}}
        moderation = {"id": "modr-sim" + os.urandom(8).hex(), "model": body.get("model") or "omni-moderation-latest"}
        return self._json(request, {**moderation, "results": [result] * count})


_TINY_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR4nGNgAAIAAAUAAXpeqz8AAAAASUVORK5CYII="
"""A 1x1 transparent PNG."""


class _SimulatedImages(_SimulatedEndpoint):
    """C{/v1/images/generations}: C{n} tiny PNGs, as C{b64_json} (the simulated provider serves no URLs)."""

    def answer(self, request: Any, body: dict[str, Any], model: str, created: int) -> bytes | int:
        n = body.get("n")
        count = n if isinstance(n, int) and not isinstance(n, bool) and 0 < n <= 10 else 1
        return self._json(request, {"created": created, "data": [{"b64_json": _TINY_PNG}] * count})


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
    The simulated provider's Site, serving C{/v1/chat/completions},
    C{/v1/completions}, C{/v1/embeddings}, C{/v1/responses}, C{/v1/moderations},
    C{/v1/images/generations} and C{/v1/models}.  Streamed
    answers send one word every C{gap} seconds.
    """
    root = Resource()
    v1 = Resource()
    chat = Resource()
    root.putChild(b"v1", v1)
    v1.putChild(b"chat", chat)
    chat.putChild(b"completions", _SimulatedChat(clock, gap))
    v1.putChild(b"completions", _SimulatedCompletions(clock, gap))
    v1.putChild(b"embeddings", _SimulatedEmbeddings(clock, gap))
    v1.putChild(b"responses", _SimulatedResponses(clock, gap))
    v1.putChild(b"moderations", _SimulatedModerations(clock, gap))
    images = Resource()
    v1.putChild(b"images", images)
    images.putChild(b"generations", _SimulatedImages(clock, gap))
    v1.putChild(b"models", _SimulatedModels())
    site = Site(root)
    site.log = lambda request: None  # type: ignore[method-assign]
    site.noisy = False
    return site
