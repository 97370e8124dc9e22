"""Cleaning: normal form, and page furniture moved out of the text into metadata.

News-site dumps end with furniture: a byline ("ماي لان - ترونج جيانج"), a source line
("مصدر", "Πηγή: <url>", "Nguồn"), comment counters ("تعليق (0)") and ad placeholders
("[διαφήμιση_2]"). They are taken out of the text (the byline becomes ``authors``, a source
URL becomes ``url``) so that extractors never see them; every offset in every table points
into the cleaned text this module returns. The furniture words are data:
``newsextract/pipeline/resources/<iso>/furniture.yaml``.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from ..resources import SUPPORTED_LANGUAGES, load_yaml
from ..textnorm import phrase_alternation

URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'«»]+", re.IGNORECASE)
BARE_DOMAIN = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/\S*)?$", re.IGNORECASE)
PHONE_LINE = re.compile(r"^[^\d:]{0,40}[:：]\s*\+?[\d][\d .\-()]{6,}$")
MAX_ATTRIBUTION_CHARS = 60
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]")
_BYLINE_SPLIT = re.compile(r"\s+[-–—/]\s+|\s*[,،;؛]\s*")
_SENTENCE_MARKS = set(".!?…:؟«»\"“”()[]{}")
MAX_BYLINE_CHARS = 100
MAX_BYLINE_NAME_WORDS = 4


@dataclass
class Cleaned:
    """Cleaned text plus what was taken out of it."""

    text: str
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Furniture:
    source: re.Pattern[str]
    comment: re.Pattern[str]
    ad: re.Pattern[str]
    byline_label: re.Pattern[str]
    trailer: re.Pattern[str]
    attribution: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def _furniture() -> _Furniture:
    """Furniture patterns from every supported language: cleaning runs before language ID."""
    words: dict[str, set[str]] = {"source_words": set(), "comment_words": set(), "ad_words": set(),
                                  "byline_labels": set(), "trailer_words": set(), "attribution_words": set()}
    for lang in SUPPORTED_LANGUAGES:
        data = load_yaml("pipeline", lang, "furniture.yaml")
        for key in words:
            words[key].update(data.get(key) or [])

    def alternation(key: str) -> str:
        return phrase_alternation(words[key], sep=" ")

    return _Furniture(
        source=re.compile(rf"^(?:{alternation('source_words')})\s*(?P<colon>[:：])?\s*(?P<rest>.*)$", re.IGNORECASE),
        comment=re.compile(rf"^(?:{alternation('comment_words')})\s*\(\s*\d+\s*\)$", re.IGNORECASE),
        ad=re.compile(rf"^\[\s*(?:{alternation('ad_words')})[\s_]*\d*\s*\]$", re.IGNORECASE),
        byline_label=re.compile(rf"^(?:{alternation('byline_labels')})\s*[:：]\s*", re.IGNORECASE),
        trailer=re.compile(rf"^(?:{alternation('trailer_words')})(?!\w)", re.IGNORECASE),
        attribution=re.compile(rf"^(?:{alternation('attribution_words')})\s+\w"),
    )


def normalize_text(text: str) -> str:
    """NFC, Unix newlines, no control characters other than tab and newline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def clean(raw: str) -> Cleaned:
    """Normalise ``raw`` and move its page furniture (source, counters, ads, byline) to metadata."""
    furniture = _furniture()
    result = Cleaned(text="")
    lines = [line.rstrip() for line in normalize_text(raw).split("\n")]
    kept = []
    for line in lines:  # ad placeholders can stand anywhere
        if furniture.ad.match(line.strip()):
            result.furniture.append(line.strip())
        else:
            kept.append(line)
    lines = kept
    _strip_trailing_furniture(lines, result, furniture)
    if lines and _is_byline(lines[-1], lines[:-1], furniture):
        byline = lines.pop().strip()
        result.furniture.append(byline)
        names = furniture.byline_label.sub("", byline)
        result.authors = [_author_name(part) for part in _BYLINE_SPLIT.split(names) if _author_name(part)]
        _strip_trailing_furniture(lines, result, furniture)
    result.text = "\n".join(lines).strip()
    return result


def _strip_trailing_furniture(lines: list[str], result: Cleaned, furniture: _Furniture) -> None:
    while lines:
        line = lines[-1].strip()
        source = furniture.source.match(line)
        if not line:
            lines.pop()
        elif furniture.comment.match(line):
            result.furniture.append(lines.pop().strip())
        elif source and (not source.group("rest") or URL.fullmatch(source.group("rest").strip())
                         or (source.group("colon") and len(source.group("rest")) < 80)):
            result.furniture.append(lines.pop().strip())
            url = URL.search(source.group("rest") or "")
            if url and result.url is None:
                result.url = url.group(0).rstrip(".,;)")
        elif URL.fullmatch(line):
            result.furniture.append(lines.pop().strip())
            result.url = result.url or line
        elif (BARE_DOMAIN.match(line) or PHONE_LINE.match(line) or furniture.trailer.match(line)
              or (furniture.attribution.match(line) and len(line) <= MAX_ATTRIBUTION_CHARS
                  and line[-1] not in ".!?…:؟")):
            result.furniture.append(lines.pop().strip())  # a domain, a hotline, related links, a newspaper
        else:
            return


_INITIAL = re.compile(r"(?<!\w)\w\.(?=\s)")  # "N. Lan", "ن. لان": an initial's dot is no sentence mark


def _author_name(part: str) -> str:
    return re.sub(r"\s*\([^)]*\)\s*$", "", part).strip()


def _is_byline(line: str, before: list[str], furniture: _Furniture) -> bool:
    """A short last line of 1-4-word names, with no sentence punctuation, after a finished paragraph
    (or after a byline label such as "Bài, ảnh:")."""
    line = line.strip()
    label = furniture.byline_label.match(line)
    if label:
        line = line[label.end():]
    if not line or len(line) > MAX_BYLINE_CHARS or any(ch.isdigit() for ch in line):
        return False
    names = [_author_name(p) for p in _BYLINE_SPLIT.split(line)]
    if not all(names) or any(len(n.split()) > MAX_BYLINE_NAME_WORDS for n in names):
        return False
    if any(ch in _SENTENCE_MARKS for name in names for ch in _INITIAL.sub("", name)):
        return False
    previous = next((b.strip() for b in reversed(before)
                     if b.strip() and not PHONE_LINE.match(b.strip()) and not furniture.trailer.match(b.strip())), "")
    if not previous:
        return False
    if len(names) >= 2 or label:
        return True
    # A single name: only after a paragraph that ended a sentence, and with capitalised words
    # where the script has case.
    ends_sentence = previous[-1] in ".!?…؟\"»”)"
    cased = [w for w in names[0].split() if w[:1].isalpha() and w[:1].lower() != w[:1].upper()]
    return ends_sentence and all(w[:1].isupper() for w in cased)
