"""
The code examples of one README section, for tests that run them as a
reader would copy them.
"""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
SDK_SECTION = "## Scan API and client SDKs"
EXAMPLE_ORIGIN = "http://localhost:8000"
"""The proxy address the examples name; tests put their own proxy's in its place."""


def section(heading: str, readme: Path = README) -> str:
    """The text from C{heading} (a whole line) to the next heading of the same level."""
    text = readme.read_text()
    start = text.index("\n" + heading + "\n")
    level = heading.split(" ", 1)[0]
    following = re.search(rf"^{level} ", text[start + len(heading) + 2 :], flags=re.MULTILINE)
    end = start + len(heading) + 2 + following.start() if following else len(text)
    return text[start:end]


def code_blocks(heading: str, language: str, readme: Path = README) -> list[str]:
    """The fenced C{language} blocks of a section, in order."""
    return re.findall(rf"^```{language}\n(.*?)^```", section(heading, readme), flags=re.DOTALL | re.MULTILINE)
