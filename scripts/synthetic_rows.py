"""
What the synthetic-data scripts share: how a training row is written, and a sentence's first letter raised.

Its siblings import it by name: they run with C{scripts/} on the import path (C{python scripts/...} puts it
there; C{train_scanner.py} and the tests put it there before importing them).
"""

from __future__ import annotations

from collections.abc import Callable


def capitalised(text: str) -> str:
    """C{text} with its first character in upper case, as a sentence starts; the rest as written."""
    return text[:1].upper() + text[1:]


def row_maker(source: str) -> Callable[[str, str, str], dict[str, str]]:
    """What writes a training row of C{(text, label, kind)}, marked as made by C{source} (a script's C{SOURCE})."""

    def row(text: str, label: str, kind: str) -> dict[str, str]:
        return {"text": text, "label": label, "kind": kind, "source": source}

    return row
