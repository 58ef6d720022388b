"""
A fake OpenAI-compatible provider in plain asyncio, cheap enough to share two cores with the proxy.

test-case-name: tests.test_benchmark_tools

It speaks HTTP/1.1 with keep-alive and answers ``POST /v1/chat/completions`` the way a real
provider does: a streamed answer is ``text/event-stream`` in chunked transfer-encoding, one chunk
per ``chat.completion.chunk`` event, then an optional usage chunk and ``data: [DONE]``; a
non-streamed answer is one ``chat.completion`` JSON body.  The request body's ``"bench"`` field (a
L{ResponsePlan}) sets the timing, sizes and injected failure.  ``GET /health`` answers 200.

Every event's bytes are encoded once per (model, size, position) and reused: at ten thousand
streams the provider must not spend the proxy's CPU on ``json.dumps``.

Run it as ``python -m benchmarks.fake_provider --port 0``; it prints the port it bound.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import socket
import struct
import sys
from functools import lru_cache
from typing import Any

from benchmarks.fd_limit import raise_open_file_limit
from benchmarks.http_wire import MessageHead, MessageReader, ProtocolError
from benchmarks.plan import ResponsePlan

CREATED = 1700000000
COMPLETION_ID = "chatcmpl-bench"
CONTENT_FILLER = "Simmer the sauce gently and stir it now and then. "


def _content(size: int) -> str:
    return (CONTENT_FILLER * (size // len(CONTENT_FILLER) + 1))[:size]


def _chunked(payload: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(payload), payload)


@lru_cache(maxsize=1024)
def stream_event(model: str, chunk_bytes: int, first: bool, last: bool) -> bytes:
    """One content event of a streamed answer, framed as an HTTP chunk."""
    delta: dict[str, str] = {"content": _content(chunk_bytes)}
    if first:
        delta = {"role": "assistant", **delta}
    chunk = {
        "id": COMPLETION_ID,
        "object": "chat.completion.chunk",
        "created": CREATED,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": "stop" if last else None}],
    }
    return _chunked(b"data: " + json.dumps(chunk, separators=(",", ":")).encode() + b"\n\n")


@lru_cache(maxsize=256)
def stream_trailer(model: str, prompt_tokens: int, completion_tokens: int, include_usage: bool) -> bytes:
    """The optional usage event, ``data: [DONE]`` and the last (empty) HTTP chunk."""
    out = b""
    if include_usage:
        usage_chunk = {
            "id": COMPLETION_ID,
            "object": "chat.completion.chunk",
            "created": CREATED,
            "model": model,
            "choices": [],
            "usage": _usage(prompt_tokens, completion_tokens),
        }
        out += _chunked(b"data: " + json.dumps(usage_chunk, separators=(",", ":")).encode() + b"\n\n")
    return out + _chunked(b"data: [DONE]\n\n") + b"0\r\n\r\n"


MALFORMED_EVENT = _chunked(b'data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","choices":[\n\n')


def _usage(prompt_tokens: int, completion_tokens: int) -> dict[str, int]:
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }


@lru_cache(maxsize=256)
def completion_body(model: str, content_bytes: int, prompt_tokens: int) -> bytes:
    """A whole non-streamed ``chat.completion`` body."""
    completion_tokens = max(1, content_bytes // 4)
    body = {
        "id": COMPLETION_ID,
        "object": "chat.completion",
        "created": CREATED,
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": _content(content_bytes)},
                "finish_reason": "stop",
            }
        ],
        "usage": _usage(prompt_tokens, completion_tokens),
    }
    return json.dumps(body, separators=(",", ":")).encode()


STREAM_HEAD = (
    b"HTTP/1.1 200 OK\r\n"
    b"Content-Type: text/event-stream; charset=utf-8\r\n"
    b"Cache-Control: no-cache\r\n"
    b"Transfer-Encoding: chunked\r\n"
    b"\r\n"
)


def simple_response(status: str, content_type: str, body: bytes) -> bytes:
    return f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body


def error_response(status: str, message: str) -> bytes:
    body = json.dumps({"error": {"message": message, "type": "invalid_request_error"}}).encode()
    return simple_response(status, "application/json", body)


class StreamedAnswer:
    """
    Writes one streamed answer on a schedule: event ``i`` at ``ttft + i * gap`` after the request.

    Times are absolute (``loop.call_at``) so that a late callback does not delay every later event.
    With no gap, events are written as fast as the transport accepts them and paused while its
    buffer is above the high-water mark, so a slow reader slows the provider as TCP would.
    """

    def __init__(
        self,
        connection: FakeProviderProtocol,
        plan: ResponsePlan,
        model: str,
        prompt_tokens: int,
        include_usage: bool,
    ) -> None:
        self._connection = connection
        self._plan = plan
        self._model = model
        self._prompt_tokens = prompt_tokens
        self._include_usage = include_usage
        self._loop = asyncio.get_running_loop()
        self._next = 0
        self._delay = 0.0
        self._timer: asyncio.TimerHandle | None = None
        self._started = self._loop.time()

    def start(self) -> None:
        self._connection.write(STREAM_HEAD)
        self._schedule()

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def resume(self) -> None:
        """The transport has drained: carry on with a fast stream."""
        if self._plan.gap_ms == 0 and self._timer is None and self._next < self._plan.events:
            self._schedule()

    def _due(self, index: int) -> float:
        plan = self._plan
        return self._started + (plan.ttft_ms + index * plan.gap_ms) / 1000.0 + self._delay

    def _schedule(self) -> None:
        self._timer = self._loop.call_at(self._due(self._next), self._send_due)

    def _send_due(self) -> None:
        self._timer = None
        plan = self._plan
        while self._next < plan.events:
            index = self._next
            if plan.failure is not None and index == plan.fail_after:
                if plan.failure == "reset":
                    self._connection.reset()
                    return
                if plan.failure == "stall" and self._delay == 0 and plan.stall_ms > 0:
                    self._delay = plan.stall_ms / 1000.0
                    self._schedule()
                    return
            if plan.failure == "malformed" and index == plan.fail_after:
                event = MALFORMED_EVENT
            else:
                event = stream_event(self._model, plan.chunk_bytes, index == 0, index == plan.events - 1)
            self._connection.write(event)
            self._next += 1
            if self._next == plan.events:
                break
            if plan.gap_ms > 0:
                self._schedule()
                return
            if self._connection.paused:
                return
        completion_tokens = max(1, plan.content_bytes // 4)
        self._connection.write(stream_trailer(self._model, self._prompt_tokens, completion_tokens, self._include_usage))
        self._connection.answer_finished()


class FakeProviderProtocol(asyncio.Protocol):
    """One client connection: requests are read one at a time and answered in order."""

    def __init__(self) -> None:
        self._transport: asyncio.Transport | None = None
        self._reader = MessageReader("none", self._on_head, self._on_body, self._on_end)
        self._head: MessageHead | None = None
        self._body: list[bytes] = []
        self._pending: list[tuple[MessageHead, bytes]] = []
        self._answer: StreamedAnswer | None = None
        self._busy = False
        self._close_after = False
        self.paused = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        try:
            self._reader.feed(data)
        except ProtocolError as error:
            self.write(error_response("400 Bad Request", str(error)))
            self._close()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._answer is not None:
            self._answer.cancel()
            self._answer = None
        self._transport = None
        self._reader.detach()

    def pause_writing(self) -> None:
        self.paused = True

    def resume_writing(self) -> None:
        self.paused = False
        if self._answer is not None:
            self._answer.resume()

    def write(self, data: bytes) -> None:
        if self._transport is not None:
            self._transport.write(data)

    def reset(self) -> None:
        """Abort the connection with a TCP RST, as a crashed upstream would."""
        if self._transport is None:
            return
        sock = self._transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self._transport.abort()

    def answer_finished(self) -> None:
        self._answer = None
        self._busy = False
        if self._close_after:
            self._close()
        elif self._pending:
            self._respond(*self._pending.pop(0))

    def _close(self) -> None:
        if self._transport is not None:
            self._transport.close()

    def _on_head(self, head: MessageHead) -> None:
        self._head = head
        self._body = []

    def _on_body(self, piece: bytes) -> None:
        self._body.append(piece)

    def _on_end(self) -> None:
        assert self._head is not None
        request = (self._head, b"".join(self._body))
        self._head, self._body = None, []
        if self._busy:
            self._pending.append(request)
        else:
            self._respond(*request)

    def _respond(self, head: MessageHead, body: bytes) -> None:
        self._busy = True
        self._close_after = head.wants_close
        method, target = head.start_line[0], head.start_line[1]
        if method == "GET" and target in ("/health", "/v1/health"):
            self.write(simple_response("200 OK", "text/plain", b"ok"))
            self.answer_finished()
            return
        if method == "POST" and target == COLLECT_PATH:
            collected = collect_garbage()
            self.write(simple_response("200 OK", "text/plain", b"%d" % collected))
            self.answer_finished()
            return
        if method != "POST" or not target.endswith("/chat/completions"):
            self.write(error_response("404 Not Found", f"no route for {method} {target}"))
            self.answer_finished()
            return
        try:
            request = json.loads(body)
            plan = ResponsePlan.from_json(request.get("bench"))
            model = str(request.get("model", "bench-model"))
        except (ValueError, TypeError, AttributeError) as error:
            self.write(error_response("400 Bad Request", f"bad request body: {error}"))
            self.answer_finished()
            return
        prompt_tokens = max(1, len(body) // 4)
        if request.get("stream"):
            options: Any = request.get("stream_options") or {}
            include_usage = bool(isinstance(options, dict) and options.get("include_usage"))
            self._answer = StreamedAnswer(self, plan, model, prompt_tokens, include_usage)
            self._answer.start()
        else:
            asyncio.get_running_loop().call_later(
                plan.ttft_ms / 1000.0, self._send_completion, plan, model, prompt_tokens
            )

    def _send_completion(self, plan: ResponsePlan, model: str, prompt_tokens: int) -> None:
        if plan.failure == "reset":
            self.reset()
            return
        body = completion_body(model, plan.content_bytes, prompt_tokens)
        self.write(simple_response("200 OK", "application/json", body))
        self.answer_finished()


async def start_fake_provider(host: str = "127.0.0.1", port: int = 0) -> asyncio.Server:
    """Start listening; the caller reads the bound port from ``server.sockets[0]``."""
    loop = asyncio.get_running_loop()
    return await loop.create_server(FakeProviderProtocol, host, port, backlog=4096, reuse_address=True)


async def _serve(host: str, port: int) -> None:
    server = await start_fake_provider(host, port)
    bound = server.sockets[0].getsockname()[1]
    sys.stdout.write(f"{bound}\n")
    sys.stdout.flush()
    await server.serve_forever()


COLLECT_PATH = "/bench/collect-garbage"


def collect_garbage() -> int:
    """
    Run the cyclic garbage collector now, between measurements, and freeze what survives.

    The provider runs with automatic collection off: at ten thousand connections a full
    collection paused it for up to 400 ms, which showed up as stalls in every target's figures.
    The runner calls this (``POST /bench/collect-garbage``) before each measurement instead.
    """
    collected = gc.collect()
    gc.freeze()
    return collected


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port (printed on stdout)")
    args = parser.parse_args(argv)
    raise_open_file_limit()
    gc.disable()
    try:
        asyncio.run(_serve(args.host, args.port))
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
