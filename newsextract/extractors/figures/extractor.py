"""Figures: percentages (minimal version)."""
from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from ...textnorm import ascii_digits

PERCENT = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s?[%٪]")


def extract(doc: Doc) -> list[dict[str, Any]]:
    text = ascii_digits(doc.text)
    return [{"text": doc.text[m.start():m.end()], "char_start": m.start(), "char_end": m.end(),
             "value": float(m.group(1).replace(",", ".")), "kind": "percent", "unit": "percent",
             "approx": "exact"} for m in PERCENT.finditer(text)]
