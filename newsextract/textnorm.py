"""Script-wide text facts: digits, Unicode normalisation and a folded *matching view*.

Extractors match patterns against a folded copy of the text (Arabic alef forms, ta marbuta,
tatweel and diacritics unified; Greek accents optionally dropped; case folded) but report
offsets into the stored text. :class:`MatchView` keeps the index map between the two, so
the stored text itself is never altered. The per-language folding rules are data:
``newsextract/resources/<iso>/script.yaml``.
"""
from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from typing import Iterable, Sequence

from .resources import load_yaml

_EXTRA_DIGITS = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
DIGIT_TRANSLATION = str.maketrans(_EXTRA_DIGITS, "01234567890123456789")
# Arabic decimal separator and thousands separator become their Western forms.
SEPARATOR_TRANSLATION = str.maketrans({"٫": ".", "٬": ","})


# A lone surrogate (a JSON "\\ud800", an undecodable byte kept by "surrogateescape") is not text
# that can be stored as UTF-8.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_NON_ASCII_NUMERIC = re.compile("[" + _EXTRA_DIGITS + "٫٬]")


def ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits (and Arabic separators) to ASCII, length-preserving.

    Most texts have none: one search decides, and only those that do are translated.
    """
    if _NON_ASCII_NUMERIC.search(text) is None:
        return text
    return text.translate(DIGIT_TRANSLATION).translate(SEPARATOR_TRANSLATION)


def nfc(text: str) -> str:
    """Unicode NFC: the one normal form stored text is kept in."""
    return unicodedata.normalize("NFC", text)


@functools.lru_cache(maxsize=None)
def _script_rules(lang: str) -> tuple[dict[str, str], frozenset[str], bool]:
    data = load_yaml("", lang, "script.yaml") if lang else {}
    fold_map = {str(k): str(v) for k, v in (data.get("fold_map") or {}).items()}
    drop = frozenset((data.get("drop_chars") or ""))
    strip_accents = bool(data.get("strip_accents", False))
    return fold_map, drop, strip_accents


@dataclass(frozen=True)
class MatchView:
    """A folded copy of ``text`` with a map from each folded index to the original one."""

    original: str
    folded: str
    index: Sequence[int]  # index[i] = position in original of folded[i]; len(folded)+1 entries (a tuple, or a range)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets for a ``[start, end)`` span of the folded text."""
        if start >= end:
            pos = self.index[start]
            return pos, pos
        return self.index[start], self.index[end - 1] + 1


def _fold_char(ch: str, lang: str | None) -> str:
    """The matching form of one character ("" when the view drops it)."""
    fold_map, drop, strip_accents = _script_rules(lang) if lang else ({}, frozenset(), False)
    if ch in drop or (strip_accents and unicodedata.combining(ch)):
        return ""
    ch = fold_map.get(ch, ch)
    if strip_accents and not ch.isascii():
        decomposed = unicodedata.normalize("NFD", ch)
        ch = "".join(c for c in decomposed if not unicodedata.combining(c)) or ch
    return ascii_digits(ch).lower()


@functools.lru_cache(maxsize=None)
def _fold_table(lang: str | None) -> dict[int, str]:
    """Per-character folds for ``str.translate``, filled lazily, one entry per distinct character."""
    return {}


# Folded views of the last few long texts: the extractors of one Doc each ask for the view of
# the same text, which is then folded once. Short strings (lexicon keys) are folded anew.
_RECENT_VIEWS: OrderedDict[tuple[str, str | None], "MatchView"] = OrderedDict()
RECENT_VIEWS = 4
RECENT_MIN_CHARS = 256
_RECENT_LOCK = threading.Lock()


def match_view(text: str, lang: str | None = None) -> MatchView:
    """Fold ``text`` for matching: digits to ASCII, case folded, per-language letters unified.

    Every character folds on its own, without context, so the view is one ``str.translate``
    with a cached table; the index map is built from the positions of the characters that are
    dropped or become several, when there are any. The views of the last few long texts are
    kept, so the components of one pipeline fold a document once.
    """
    if len(text) < RECENT_MIN_CHARS:
        return _fold_view(text, lang)
    key = (text, lang)
    with _RECENT_LOCK:
        view = _RECENT_VIEWS.get(key)
        if view is not None:
            _RECENT_VIEWS.move_to_end(key)
            return view
    view = _fold_view(text, lang)
    with _RECENT_LOCK:
        _RECENT_VIEWS[key] = view
        while len(_RECENT_VIEWS) > RECENT_VIEWS:
            _RECENT_VIEWS.popitem(last=False)
    return view


def _fold_view(text: str, lang: str | None) -> MatchView:
    table = _fold_table(lang)
    chars = set(text)
    # the text's few characters are looked up in the table (not the whole table read per text)
    for ch in [ch for ch in chars if ord(ch) not in table]:
        table[ord(ch)] = _fold_char(ch, lang)
    folded = text.translate(table)
    uneven = sorted(ch for ch in chars if len(table[ord(ch)]) != 1)
    if not uneven:
        return MatchView(text, folded, range(len(text) + 1))  # one to one: a range, no tuple of ints to build
    positions: list[int] = []
    done = 0
    for m in re.finditer("[" + "".join(map(re.escape, uneven)) + "]", text):
        at = m.start()
        positions.extend(range(done, at))
        positions.extend([at] * len(table[ord(text[at])]))
        done = at + 1
    positions.extend(range(done, len(text) + 1))
    return MatchView(text, folded, tuple(positions))


def fold(text: str, lang: str | None = None) -> str:
    """Folded form of a short string (lexicon keys, comparisons)."""
    return re.sub(r"\s+", " ", match_view(text, lang).folded).strip()


NEVER = r"(?!x)x"  # a regex that matches nothing: the alternation of no phrases


def phrase_alternation(phrases: Iterable[str], sep: str = r"\s+") -> str:
    """A regex group matching any of ``phrases`` literally, longest first (so "nghìn tỷ" beats
    "nghìn"), with the spaces inside a phrase matching ``sep``; matches nothing when empty."""
    unique = sorted({p.strip() for p in phrases if p and p.strip()}, key=lambda p: (-len(p), p))
    if not unique:
        return NEVER
    return "(?:" + "|".join(sep.join(re.escape(part) for part in p.split()) for p in unique) + ")"

