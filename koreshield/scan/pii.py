"""
Personal data: e-mail addresses, phone numbers, payment cards, IBANs and
national identifiers, as data.

test-case-name: tests.test_scan_pii

Bare digit runs are everywhere in ordinary prompts (amounts, dates, maths),
so every numeric shape here needs either a checksum (cards, IBANs, Spanish
DNI) or a distinctive layout (C{+} prefix, C{(555) 123-4567},
C{AAA-GG-SSSS}).
"""

from __future__ import annotations

import string
from typing import Final

from koreshield.scan.checksums import iban_valid, luhn_valid, spanish_dni_valid, us_ssn_valid
from koreshield.scan.patterns import TokenMatcher, TokenPattern

_CARD_PREFIXES: Final = (
    "4",
    "51",
    "52",
    "53",
    "54",
    "55",
    "22",
    "23",
    "24",
    "25",
    "26",
    "27",
    "34",
    "37",
    "6011",
    "644",
    "645",
    "646",
    "647",
    "648",
    "649",
    "65",
    "35",
    "36",
    "38",
    "300",
    "301",
    "302",
    "303",
    "304",
    "305",
    "62",
)


def _card_valid(value: str) -> bool:
    digits = value.replace(" ", "").replace("-", "")
    return 13 <= len(digits) <= 19 and len(set(digits)) > 1 and digits.startswith(_CARD_PREFIXES) and luhn_valid(digits)


def _phone_valid(value: str) -> bool:
    digits = sum(c.isdigit() for c in value)
    return 8 <= digits <= 15 and value.count("(") == value.count(")") <= 1


_LOCAL_PART: Final = string.ascii_letters + string.digits + "._%+-"
"""The characters of an e-mail address's local part (the pattern's C{[A-Za-z0-9._%+\\-]})."""


def _email_valid(value: str) -> bool:
    domain = value.rsplit("@", 1)[1]
    tld = domain.rsplit(".", 1)[-1]
    return tld.isalpha() and len(tld) >= 2 and not value.startswith(".")


PII_PATTERNS: Final[tuple[TokenPattern, ...]] = (
    TokenPattern(
        "email",
        "pii",
        charset="A-Za-z0-9._%+@\\-",
        min_length=5,
        max_length=640,
        pattern=r"[A-Za-z0-9._%+\-](?<![A-Za-z0-9._%+\-].)[A-Za-z0-9._%+\-]{0,63}@[A-Za-z0-9\-]{1,63}"
        r"(?:\.[A-Za-z0-9\-]{1,63}){1,8}(?![A-Za-z0-9\-])",
        validator=_email_valid,
        confidence=0.95,
        starts="A-Za-z0-9_%+\\-",
        partial=r"[A-Za-z0-9._%+\-]{1,64}(?:@(?:[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{0,63}){0,8})?)?",
        behind="A-Za-z0-9._%+\\-",
        anchors=("@",),
        reach=64,
        anchor_run=_LOCAL_PART,
    ),
    TokenPattern(
        "credit_card",
        "pii",
        charset="\\d \\-",
        min_length=13,
        max_length=37,
        # Not the decimals of a number (0.6511772622175621 passes Luhn): no digit and point or comma before.
        pattern=r"\d(?<![\d\-]\d)(?<!\d[.,]\d)(?:[ \-]?\d){12,18}(?![\d\-])",
        validator=_card_valid,
        min_run=13,
        confidence=0.95,
        starts="\\d",
        partial=r"\d(?:[ \-]?\d){0,18}[ \-]?",
        behind="\\d\\-",
        min_digits=13,
    ),
    TokenPattern(
        "iban",
        "pii",
        charset="A-Z\\d ",
        min_length=15,
        max_length=44,
        pattern=r"[A-Z](?<![A-Za-z0-9].)[A-Z]\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])",
        validator=iban_valid,
        min_run=12,
        confidence=0.95,
        starts="A-Z",
        partial=r"[A-Z](?:[A-Z](?:\d{1,2}[A-Z0-9 ]{0,40})?)?",
        behind="A-Za-z0-9",
        min_digits=6,
        shape_needs=(b"UUdd",),
    ),
    TokenPattern(
        "us_ssn",
        "pii",
        charset="\\d\\-",
        min_length=11,
        max_length=11,
        pattern=r"\d(?<![\d\-]\d)\d{2}-\d{2}-\d{4}(?![\d\-])",
        validator=us_ssn_valid,
        min_run=11,
        confidence=0.85,
        starts="\\d",
        partial=r"\d{1,3}(?:-\d{0,2}(?:-\d{0,4})?)?",
        behind="\\d\\-",
        min_digits=9,
        shape_needs=(b"dd-dd-dddd",),
    ),
    TokenPattern(
        "uk_nino",
        "pii",
        charset="A-Z\\d ",
        min_length=9,
        max_length=13,
        pattern=r"[A-CEGHJ-PR-TW-Z](?<![A-Za-z0-9].)[A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])",
        min_run=6,
        confidence=0.85,
        starts="A-Z",
        partial=r"[A-Z]{1,2}[\d ]{0,10}[A-D]?",
        behind="A-Za-z0-9",
        min_digits=6,
        shape_needs=(b"UUdd", b"UU dd"),
    ),
    TokenPattern(
        "es_dni",
        "pii",
        charset="A-Z\\d\\-",
        min_length=9,
        max_length=11,
        pattern=r"[XYZ0-9](?<![A-Za-z0-9].)\d{6,7}\d?-?[A-Z](?![A-Za-z0-9])",
        validator=spanish_dni_valid,
        min_run=7,
        confidence=0.85,
        starts="XYZ0-9",
        partial=r"[XYZ0-9]\d{0,8}-?[A-Z]?",
        behind="A-Za-z0-9",
        min_digits=7,
        shape_needs=(b"ddddddU", b"dddddd-U"),
    ),
    TokenPattern(
        "phone",
        "pii",
        prefixes=("+",),
        charset="\\d .()\\-",
        min_length=7,
        max_length=22,
        pattern=r"\+(?<![\w+]\+)\d[\d .()\-]{6,20}\d(?![\w])",
        validator=_phone_valid,
        confidence=0.75,
        behind="A-Za-z0-9_+",
        min_digits=8,
        shape_needs=(b"+d",),
    ),
    TokenPattern(
        "phone",
        "pii",
        charset="\\d .()\\-",
        min_length=12,
        max_length=14,
        pattern=r"[(\d](?<![\w+.\-][(\d])(?:(?<=\()\d{3}\) ?|(?<=\d)\d{2}[\-.])\d{3}[\-.]\d{4}(?![\w\-])",
        min_run=8,
        confidence=0.75,
        starts="\\d(",
        partial=r"[(\d][\d ().\-]{0,13}",
        behind="A-Za-z0-9_+.\\-",
        min_digits=10,
        shape_needs=(b"ddd-dddd", b"ddd.dddd"),
    ),
)
"""Every personal-data shape, most specific first."""

PII_MATCHER: Final = TokenMatcher(PII_PATTERNS)
