"""Officials: minimal version, finds nothing until the lexicon backend lands."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc


def extract(doc: Doc) -> list[dict[str, Any]]:
    return []
