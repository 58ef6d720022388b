"""
Benign filler prompts of a chosen size.

test-case-name: tests.test_benchmark_tools

The proxy answers prompts that look like attacks with 403, so the benchmark sends plain English
(a recipe and some weather) that no detector should flag.  Every request gets a different variant:
a proxy that caches scan verdicts must not be measured on a cache that real traffic would miss.
The text holds no quotes, backslashes or control characters, so it can sit inside a JSON string
as it is.
"""

from __future__ import annotations

import json
from typing import Any

FILLER = (
    "Warm the oven to a moderate heat and butter a round tin. "
    "Whisk two eggs with a cup of sugar until the mixture turns pale. "
    "Fold in the flour, a pinch of salt and the zest of one lemon. "
    "Pour the batter into the tin and bake it until a skewer comes out clean. "
    "Let the cake cool on a rack before you slice it. "
    "The morning was grey, with light rain over the hills and a cool wind from the west. "
    "By noon the clouds had thinned and the river path was dry enough for a long walk. "
    "Please summarise these notes in three short sentences for a family newsletter. "
)


def prompt_text(size: int, variant: int) -> str:
    """
    Filler text of exactly ``size`` characters, different for each ``variant``.

    The variant number leads the text and the filler starts at a variant-dependent offset.
    """
    head = f"Note {variant}. "
    offset = (variant * 37) % len(FILLER)
    rotated = FILLER[offset:] + FILLER[:offset]
    repeats = size // len(rotated) + 2
    return (head + rotated * repeats)[:size]


def chat_body(
    model: str,
    prompt: str,
    *,
    stream: bool,
    include_usage: bool,
    bench: dict[str, Any],
) -> bytes:
    """The JSON body of one chat-completions request, carrying the fake provider's plan."""
    body: dict[str, Any] = {
        "model": model,
        "messages": [
            {
                "role": "system",
                "content": "You are a helpful assistant for a cooking club.",
            },
            {"role": "user", "content": prompt},
        ],
        "stream": stream,
        "bench": bench,
    }
    if stream and include_usage:
        body["stream_options"] = {"include_usage": True}
    return json.dumps(body, separators=(",", ":")).encode("ascii")
