#!/usr/bin/env python3
"""
The walks over a text that one scan makes: a report, not a test.

    python benchmarks/scan_walks.py [DATA_DIR] [--size 4096] [--offset N] [--bench] [--all]

Every C{str} or C{bytes} method called on an object at least half as long as
the scanned text (a C{translate}, C{encode}, C{split}, C{find}, C{lower},
C{isascii}, ...) and every compiled regex's C{search}/C{match}/C{finditer}/C{sub}
(whose argument the profiler cannot see: the call site tells) is counted per call
site, through C{sys.setprofile}'s C{c_call} events.  C{in} tests on a string are
no calls and are not seen; they are memchr passes, listed by hand in docs/scanner.md.

C{--bench} scans the TTFT benchmark's prompt (C{benchmarks/prompts.py}, 2 KB);
otherwise the first clean ordinary development text of C{--size} from
C{--offset} on (C{scan_latency.py}'s texts).  C{--all} lists the short calls too.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.prompts import prompt_text
from benchmarks.scan_latency import ORDINARY_FILES
from koreshield.scan import Scanner, ScanPolicy
from koreshield.scan import views as views_module
from koreshield.scan.evaluation import DEVELOPMENT_FILES, load_rows, sample_text
from koreshield.scan.views import expand

_REGEX_METHODS = frozenset({"search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"})


def _site(frame: Any) -> str:
    return f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno} {frame.f_code.co_name}"


def walks(scanner: Scanner, text: str, show_all: bool) -> collections.Counter[str]:
    """The C calls of one scan of C{text} (as a user's message), by call site."""
    size = len(text)
    counts: collections.Counter[str] = collections.Counter()

    class Counted(str):
        """A text whose C{in} tests are counted."""

        def __contains__(self, part: object) -> bool:
            counts[f"in {part!r:.12} @ {_site(sys._getframe(1))}"] += 1
            return str.__contains__(self, part)  # type: ignore[operator]

    fold = views_module.fold

    def counted_fold(original: str) -> Any:
        folded, offsets = fold(original)
        return Counted(folded), offsets

    def profile(frame: Any, event: str, arg: Any) -> None:
        if event != "c_call":
            return
        owner = getattr(arg, "__self__", None)
        name = getattr(arg, "__name__", "?")
        if name == "isascii" or name == "__contains__":
            return
        site = _site(frame)
        if isinstance(owner, str | bytes | bytearray):
            if show_all or len(owner) * 2 >= size:
                counts[f"{type(owner).__name__}.{name} ({len(owner)}) @ {site}"] += 1
        elif isinstance(owner, re.Pattern) and name in _REGEX_METHODS:
            counts[f"re.{name} {str(owner.pattern)[:40]!r} @ {site}"] += 1
        elif show_all:
            counts[f"{name} @ {site}"] += 1

    scanner.cache._entries.clear()
    views_module.fold = counted_fold  # type: ignore[assignment]
    sys.setprofile(profile)
    try:
        scanner.scan_text(Counted(text), "user")
    finally:
        sys.setprofile(None)
        views_module.fold = fold
    return counts


_MEMCHR = frozenset({"in", "find", "rfind", "count", "index", "rindex", "startswith", "endswith"})


def summary(counts: collections.Counter[str], texts: int = 1) -> str:
    """
    The counts by kind: substring searches (a C{memchr} or a skip search, a fraction of a microsecond per 4 KB,
    often stopping early), passes that build a new text-size object (C{translate}, C{encode}, C{decode},
    C{replace}, C{split}, C{lower}: a byte or character at a time, and an allocation), and regex calls (over the
    text, a mask of it, or the coded tokens).
    """
    kinds: collections.Counter[str] = collections.Counter()
    for site, count in counts.items():
        call = site.split(" @ ")[0]
        if call.startswith("re."):
            kinds["regex"] += count
        elif call.startswith("in ") or call.split(" ")[0].rsplit(".", 1)[-1] in _MEMCHR:
            kinds["search"] += count
        else:
            kinds["transform"] += count
    per = f" per text over {texts}" if texts > 1 else ""
    return (
        f"total {sum(counts.values()) / texts:.1f}{per}: searches {kinds['search'] / texts:.1f}, "
        f"transforming passes {kinds['transform'] / texts:.1f}, regex calls {kinds['regex'] / texts:.1f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="?", type=Path, default=Path("/work/shared/eval/data"))
    parser.add_argument("--size", type=int, default=4096)
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--bench", action="store_true", help="the TTFT benchmark's 2 KB prompt")
    parser.add_argument("--all", action="store_true", help="list calls on short objects and other C calls too")
    parser.add_argument("--texts", type=int, default=0, help="sum over this many texts of all development rows")
    args = parser.parse_args()
    scanner = Scanner(ScanPolicy())
    if args.texts:
        rows = load_rows(args.data, DEVELOPMENT_FILES)
        total: collections.Counter[str] = collections.Counter()
        for offset in range(args.texts):
            text = sample_text(rows, args.size, offset)
            scanner.scan_text(text + " ")
            total.update(walks(scanner, text, args.all))
        for site, count in sorted(total.items(), key=lambda item: -item[1]):
            print(f"{count / args.texts:7.2f}  {site}")
        print(summary(total, args.texts))
        return
    if args.bench:
        text = prompt_text(2048, 1)
    else:
        rows = [r for r in load_rows(args.data, DEVELOPMENT_FILES) if r.file in ORDINARY_FILES]
        offset = args.offset
        while True:
            text = sample_text(rows, args.size, offset)
            if len(expand(text)) == 1 and not scanner.scan_text(text).findings:
                break
            offset += 1
        print(f"offset {offset}, ascii {text.isascii()}")
    scanner.scan_text(text + " ")  # warm
    counts = walks(scanner, text, args.all)
    for site, count in sorted(counts.items(), key=lambda item: item[0].split(" @ ")[1]):
        print(f"{count:4d}  {site}")
    print(summary(counts))


if __name__ == "__main__":
    main()
