"""
The C{koreshield} command line: C{scan} a text, C{eval}uate the scanner.

test-case-name: tests.test_scan_cli

Subcommands are registered in L{build_parser}; each is a function taking the
parsed arguments and an output stream and returning an exit status, so tests
call them without a subprocess.  No Twisted here: the scanner is pure.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from koreshield.scan.policy import SENSITIVITIES


def _read_text(args: argparse.Namespace, stdin: TextIO) -> str:
    if args.file is not None:
        return Path(args.file).read_text(encoding="utf-8")
    if args.text == "-" or (args.text is None and not stdin.isatty()):
        return stdin.read()
    if args.text is None:
        raise SystemExit("koreshield scan: give a TEXT, '-' for standard input, or -f FILE")
    return str(args.text)


def run_scan(args: argparse.Namespace, out: TextIO, stdin: TextIO = sys.stdin) -> int:
    """Print the verdict JSON for one text; exit status 1 when a threat is found."""
    from koreshield.scan import Scanner, ScanPolicy

    scanner = Scanner(ScanPolicy(sensitivity=args.sensitivity, blocklist=tuple(args.block), cache_size=0))
    verdict = scanner.scan_text(_read_text(args, stdin), role=args.role)
    out.write(json.dumps(verdict.to_json(), indent=2, ensure_ascii=False) + "\n")
    return 1 if verdict.threat_detected else 0


def run_eval(args: argparse.Namespace, out: TextIO) -> int:
    """Print the evaluation table and the latency table."""
    from koreshield.scan import Scanner, ScanPolicy
    from koreshield.scan.evaluation import (
        DEVELOPMENT_FILES,
        evaluate,
        format_evaluation,
        format_latency,
        load_rows,
        measure_latency,
    )

    directory = Path(args.directory)
    rows = load_rows(directory)
    if not rows:
        out.write(f"koreshield eval: no known data files in {directory}\n")
        return 2
    scanner = Scanner(ScanPolicy(cache_size=0))

    def scan(text: str, role: str, sensitivity: str) -> object:
        return scanner.scan_text(text, role=role, sensitivity=sensitivity)

    sensitivities = tuple(args.sensitivity or SENSITIVITIES)
    evaluation = evaluate(scan, rows, sensitivities)  # type: ignore[arg-type]
    out.write(format_evaluation(evaluation, sensitivities) + "\n")
    if args.errors:
        out.write(f"\nErrors at medium ({len(evaluation.errors)}):\n")
        for row, what in evaluation.errors:
            out.write(f"  [{row.split}] {what:11} {row.file} {row.kind}: {row.text[:160]!r}\n")
    if not args.no_latency:
        latency_rows = [row for row in rows if row.file in DEVELOPMENT_FILES]
        latency = measure_latency(lambda text: scanner.scan_text(text, sensitivity="medium"), latency_rows)
        out.write("\nScan latency at medium (one text of each size, built from development rows, no cache):\n")
        out.write(format_latency(latency) + "\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(prog="koreshield", description="KoreShield security proxy tools.")
    commands = parser.add_subparsers(dest="command", required=True)

    scan = commands.add_parser("scan", help="scan a text and print the verdict JSON")
    scan.add_argument(
        "text",
        nargs="?",
        help="the text to scan, or '-' to read standard input (read too when none is given and it is a pipe or file)",
    )
    scan.add_argument("-f", "--file", help="read the text from FILE")
    scan.add_argument("--sensitivity", choices=SENSITIVITIES, default="medium")
    scan.add_argument(
        "--role", default="user", choices=("user", "system", "developer", "assistant", "tool", "document")
    )
    scan.add_argument("--block", action="append", default=[], metavar="PHRASE", help="a blocklisted phrase")
    scan.set_defaults(handler=run_scan)

    evaluate = commands.add_parser("eval", help="evaluate the scanner on a labelled data folder")
    evaluate.add_argument("directory", help="folder of *.jsonl files (see its SOURCES.md)")
    evaluate.add_argument("--sensitivity", action="append", choices=SENSITIVITIES, help="only these levels")
    evaluate.add_argument("--errors", action="store_true", help="list the rows misclassified at medium")
    evaluate.add_argument("--no-latency", action="store_true", help="skip the latency measurement")
    evaluate.set_defaults(handler=run_eval)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO = sys.stdout) -> int:
    """Entry point of the C{koreshield} console script."""
    args = build_parser().parse_args(argv)
    status: int = args.handler(args, out)
    return status


if __name__ == "__main__":
    sys.exit(main())
