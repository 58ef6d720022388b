"""
Per-event cost of the provider translators, the work they add to TTFT and to
each streamed token.  Run by hand:

    python -m benchmarks.bench_provider_translation

Each figure is the median over several rounds of the mean time per call,
including the one json.dumps of each chunk that the relay does.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable

from koreshield.providers.anthropic import AnthropicStreamTranslator, anthropic_request
from koreshield.providers.gemini import GeminiStreamTranslator, gemini_request

ROUNDS = 7
CALLS = 20_000

ANTHROPIC_DELTA = json.dumps(
    {
        "type": "content_block_delta",
        "index": 0,
        "delta": {"type": "text_delta", "text": "Hello, wor"},
    }
)
GEMINI_EVENT = json.dumps(
    {
        "candidates": [
            {
                "content": {"role": "model", "parts": [{"text": "Hello, wor"}]},
                "index": 0,
            }
        ],
        "usageMetadata": {"promptTokenCount": 12, "totalTokenCount": 12},
        "modelVersion": "gemini-2.5-flash",
        "responseId": "abc",
    }
)
REQUEST = {
    "model": "alias",
    "messages": [
        {"role": "system", "content": "You are a helpful assistant." * 4},
        {"role": "user", "content": "What is the weather in Paris? " * 10},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {
                        "name": "get_weather",
                        "arguments": '{"city":"Paris"}',
                    },
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": "18C and sunny"},
    ],
    "tools": [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "parameters": {
                    "type": "object",
                    "properties": {"city": {"type": "string"}},
                },
            },
        }
    ],
    "temperature": 0.5,
    "max_tokens": 500,
    "stream": True,
}


def per_call_microseconds(call: Callable[[], object]) -> float:
    rounds = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for _ in range(CALLS):
            call()
        rounds.append((time.perf_counter() - start) / CALLS * 1e6)
    return statistics.median(rounds)


def main() -> None:
    anthropic = AnthropicStreamTranslator(model="m", completion_id="chatcmpl-x", created=0, include_usage=True)
    gemini = GeminiStreamTranslator(model="m", completion_id="chatcmpl-x", created=0, include_usage=True)
    figures = {
        "anthropic text_delta event -> chunk -> json": lambda: [
            json.dumps(chunk) for chunk in anthropic.event("content_block_delta", ANTHROPIC_DELTA)
        ],
        "gemini text event -> chunk -> json": lambda: [json.dumps(chunk) for chunk in gemini.event(None, GEMINI_EVENT)],
        "anthropic_request (4 messages, 1 tool)": lambda: anthropic_request(REQUEST, model="claude", stream=True),
        "gemini_request (4 messages, 1 tool)": lambda: gemini_request(REQUEST),
    }
    for name, call in figures.items():
        print(f"{name:48s} {per_call_microseconds(call):7.2f} us/call")


if __name__ == "__main__":
    main()
