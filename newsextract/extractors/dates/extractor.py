"""Dates: years written with four digits (minimal version)."""
from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from ...textnorm import ascii_digits

YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")


def extract(doc: Doc) -> list[dict[str, Any]]:
    text = ascii_digits(doc.text)
    return [{"text": doc.text[m.start():m.end()], "char_start": m.start(), "char_end": m.end(),
             "value": m.group(1), "granularity": "year", "period_start": f"{m.group(1)}-01-01",
             "period_end": f"{m.group(1)}-12-31", "year_inferred": False} for m in YEAR.finditer(text)]
