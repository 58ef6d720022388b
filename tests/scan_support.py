"""
What the scanner's tests ask of it, defined once.

The C{test_scan_*} modules ask the same few questions (is this text flagged;
which cues does it meet; which detectors find it), each of one scanner at
C{medium} with no cache.  One definition keeps those questions one, so a test
in any module means what a test in another means.  The model's tests also
load the training scripts (L{script}).
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

from koreshield.scan import Scanner, ScanPolicy
from koreshield.scan.evaluation import is_flagged
from koreshield.scan.rules import CueMatcher
from koreshield.scan.views import expand

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"

SCANNER = Scanner(ScanPolicy(sensitivity="medium", cache_size=0))
"""The scanner at C{medium} (the default), with no cache: every scan is a scan."""

MATCHER = CueMatcher()
"""Every cue, of every role."""


def flagged(text: str, role: str = "user") -> bool:
    """Whether C{text}, the content of a message of C{role}, holds a prompt-attack finding at C{medium}."""
    return is_flagged(SCANNER.scan_text(text, role))


def detected(text: str, role: str = "user") -> bool:
    """
    Whether C{text}, the content of a message of C{role}, holds any finding at C{medium}, secrets and personal data
    too: what the held-out sets count (L{flagged} counts prompt attacks only).
    """
    return SCANNER.scan_text(text, role).threat_detected


def missed_attacks(groups: Iterable[tuple[str, Iterable[tuple[str, str]]]]) -> list[str]:
    """The texts of the C{(role, text)} rows of every group whose name ends in C{attacks} that are not L{detected}."""
    return [
        text for name, rows in groups if name.endswith("attacks") for role, text in rows if not detected(text, role)
    ]


def flagged_look_alikes(groups: Iterable[tuple[str, Iterable[tuple[str, str]]]]) -> list[str]:
    """The texts of the C{(role, text)} rows of every group whose name ends in C{benign} that are L{detected}."""
    return [text for name, rows in groups if name.endswith("benign") for role, text in rows if detected(text, role)]


class TuningSectionsCases:
    """
    The tuning half of a round's rows file written like C{benchmarks/planted_rows.md}: every row of its section
    C{Tuning: attacks} L{flagged} as a prompt attack at medium, none of C{Tuning: benign}.  Mixed into a
    C{SynchronousTestCase} that names the file as C{rows_file}.
    """

    rows_file: Path

    def _rows(self, section: str) -> list[tuple[str, str]]:
        from benchmarks.planted_rows import load_rows

        return [(role, text) for _language, role, text in load_rows(self.rows_file)[section]]

    def test_every_tuning_attack_is_caught(self) -> None:
        missed = [text for role, text in self._rows("Tuning: attacks") if not flagged(text, role)]
        self.assertEqual(missed, [])  # type: ignore[attr-defined]

    def test_no_tuning_look_alike_is_flagged(self) -> None:
        caught = [text for role, text in self._rows("Tuning: benign") if flagged(text, role)]
        self.assertEqual(caught, [])  # type: ignore[attr-defined]


def cue_names(text: str) -> set[str]:
    """The names of the cues C{text} meets, in any of its views (before scoring weighs them)."""
    return {hit.cue.name for view in expand(text) for hit in MATCHER.match(view)}


def detectors(text: str, role: str = "user") -> set[str]:
    """The detectors of the verdict's findings: a cue's raw hit that scoring drops is not among them."""
    return {finding.detector for finding in SCANNER.scan_text(text, role).findings}


def document_flagged(text: str, role: str = "document") -> bool:
    """L{flagged}, of a document by default: for the modules whose texts arrive as what a tool or a page brings."""
    return flagged(text, role)


def script(name: str) -> ModuleType:
    """
    C{scripts/<name>.py}, loaded afresh from its path (C{scripts} is no package), with C{scripts} on the import
    path as when it runs, so that it finds the siblings it imports by name (C{synthetic_rows}).
    """
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)  # a dataclass of the module's looks its module up while it is made
    spec.loader.exec_module(module)
    return module
