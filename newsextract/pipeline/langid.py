"""The pipeline's language step: an input's own ``language`` field, else detection.

Detection backends live in :mod:`newsextract.models.langid`; this step only decides
whether to trust a language the input already states.
"""
from __future__ import annotations

import re

from ..models.langid import LanguageGuess, detect_language

_ISO_639_1 = re.compile(r"^[a-z]{2}$")


def identify_language(text: str, hint: str | None = None) -> LanguageGuess:
    """Language of ``text``: the input's ISO 639-1 ``hint`` when it has one, else detected."""
    if hint:
        code = hint.strip().lower().replace("_", "-").split("-")[0]
        if _ISO_639_1.match(code):
            return LanguageGuess(code, 1.0)
    return detect_language(text)
