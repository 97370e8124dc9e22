"""Documents: Vietnamese registration codes (minimal version)."""
from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

CODE = re.compile(r"(?<![\w/-])(\d+)(?:-|/)([A-ZĐ]+)(?:/|-)([A-Za-zĐđ]+)(?![\w/])")
TYPES = {"KH": "plan", "QĐ": "decision", "QD": "decision", "NQ": "resolution", "CT": "directive",
         "TT": "circular", "KL": "conclusion"}


def extract(doc: Doc) -> list[dict[str, Any]]:
    return [{"text": m.group(0), "char_start": m.start(), "char_end": m.end(),
             "type": TYPES.get(m.group(2), "other"), "number": str(int(m.group(1))), "code": m.group(0),
             "issuer": None, "date": None} for m in CODE.finditer(doc.text)]
