"""
Whether a text is mostly source code or configuration.

test-case-name: tests.test_scan_code

The linear model learnt its words from prose: attacks written as prose,
and benign prompts that are questions and requests.  Code has colons,
brackets and words like C{user}, C{password} and C{system} in every other
line, which the model reads as the formatting of a jailbreak ("DAN: ...")
or a request for a secret, so a pasted class or config file alone could be
flagged.  On a text that is mostly code, the scanner gives the model's
score less weight (L{koreshield.scan.scoring.CODE_MODEL_WEIGHT}); the cues,
which read instructions in comments and strings, weigh as before.
"""

from __future__ import annotations

import re
from typing import Final

_KEYWORDS: Final = (
    r"(?:def|class|import|from|return|elif|else|for|while|try|except|with|const|let|var|function|func|public|"
    r"private|protected|static|package|using|fn|impl|struct|enum|interface|if|print|SELECT|INSERT|UPDATE|DELETE|"
    r"CREATE)\b"
)
_CODE_LINE_START: Final = re.compile(
    r"[ \t]*" + _KEYWORDS + r"[^\n(:={;<\[]*[(:={;<\[]"  # a keyword, then code punctuation
    r"|[ \t]{2,}[^\n=(){};\[\]:]*[=(){};\[\]:]"  # indented, with code punctuation
    # An assignment of a literal, a call or a name (DB_HOST = 'localhost'), not of words (a = first sentence of ...).
    r"|[ \t]*[A-Za-z_][\w.]*[ \t]*[-+*/|:]?=[ \t]*(?:[\"'\[{(\d-]|[A-Za-z_][\w.]*(?:[(\[]|[ \t]*\Z))"
)
"""
Each branch is a run of one character class followed by a member of its
complement (or the line's end), so a line is matched in linear time.
"""
_STATEMENT_ENDS: Final = ("{", "}", ";", "(", "[", "],")
"""A line ending like a statement, or opening a block or a list."""
MIN_CODE_LINES: Final = 2
MAX_LINES: Final = 400
"""Lines looked at: the share of the first ones is the share of the text."""


def is_code_line(line: str) -> bool:
    """Whether one line (without its newline) looks like code."""
    return line.rstrip(" \t").endswith(_STATEMENT_ENDS) or _CODE_LINE_START.match(line) is not None


def mostly_code(text: str) -> bool:
    """
    Whether at least half of the text's non-blank lines, and two or more,
    look like code.  Lines are read until the answer is certain: most
    texts the model scores high are prose, and their first lines settle it.
    """
    lines = [line for line in text.split("\n", MAX_LINES)[:MAX_LINES] if line.strip()]
    if len(lines) < MIN_CODE_LINES:
        return False
    needed = max(MIN_CODE_LINES, (len(lines) + 1) // 2)
    allowed_prose = len(lines) - needed
    code = prose = 0
    for line in lines:
        if is_code_line(line):
            code += 1
            if code >= needed:
                return True
        else:
            prose += 1
            if prose > allowed_prose:
                return False
    return False
