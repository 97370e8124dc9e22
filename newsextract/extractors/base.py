"""What every extractor component shares: how records become ``Doc.spans`` and back.

An extractor finds *records*: plain dicts with at least ``text``, ``char_start`` and
``char_end`` (offsets into ``doc.text``, so ``doc.text[char_start:char_end] == text``) plus the
columns of its table. :func:`write_records` stores them as a span group named after the
field; the group's ``attrs["records"]`` keeps the dicts in the same order as the spans, and
each span carries its record as ``span._.record``. Records keep their exact character
offsets even where a span had to be widened to token boundaries.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Iterable

from spacy.tokens import Doc, Span, SpanGroup

FIELDS: tuple[str, ...] = ("dates", "documents", "figures", "officials")

if not Doc.has_extension("article"):
    # Article metadata the pipeline passes in: article_id, published (ISO date or None), language.
    Doc.set_extension("article", default=None)
if not Span.has_extension("record"):
    Span.set_extension("record", getter=lambda span: _record_of(span))


def _record_of(span: Span) -> dict[str, Any] | None:
    """The record of a span, through an index of every group built once per Doc (reading every
    span's record stays linear in the number of spans)."""
    groups = tuple((name, id(group), len(group)) for name, group in span.doc.spans.items())
    cached = span.doc.user_data.get(_RECORD_INDEX)
    if cached is None or cached[0] != groups:
        index: dict[tuple[int, int, int], dict[str, Any]] = {}
        for group in span.doc.spans.values():
            for candidate, record in zip(group, group.attrs.get("records") or ()):
                index.setdefault((candidate.start, candidate.end, candidate.label), record)
        cached = (groups, index)
        span.doc.user_data[_RECORD_INDEX] = cached
    return cached[1].get((span.start, span.end, span.label))


_RECORD_INDEX = "newsextract.record_index"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token's text on each ``doc.text``."""
    text = doc.user_data.get(DOC_TEXT)
    if text is None:
        text = doc.user_data[DOC_TEXT] = doc.text
    return text


DOC_TEXT = "newsextract.text"


def article_meta(doc: Doc) -> dict[str, Any]:
    """The article metadata set by the pipeline, or an empty dict for a bare ``nlp(text)``."""
    return doc._.article or {}


def published_date(doc: Doc) -> date | None:
    """The article's own publication date when the input gave one; never the clock."""
    value = article_meta(doc).get("published")
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def write_records(doc: Doc, field: str, records: Iterable[dict[str, Any]]) -> None:
    """Store ``records`` as ``doc.spans[field]``; records whose offsets don't match are dropped."""
    kept: list[dict[str, Any]] = []
    spans: list[Span] = []
    text = doc_text(doc)
    for record in sorted(records, key=lambda r: (r["char_start"], r["char_end"])):
        start, end = int(record["char_start"]), int(record["char_end"])
        if not (0 <= start < end <= len(text)) or text[start:end] != record["text"]:
            continue
        span = doc.char_span(start, end, label=str(record.get("label", field)), alignment_mode="expand")
        if span is None:
            continue
        kept.append(record)
        spans.append(span)
    doc.spans[field] = SpanGroup(doc, name=field, attrs={"records": kept}, spans=spans)


def get_records(doc: Doc, field: str) -> list[dict[str, Any]]:
    """Records an earlier component stored for ``field`` (empty if it did not run)."""
    if field not in doc.spans:
        return []
    return list(doc.spans[field].attrs.get("records", []))


def overlaps(start: int, end: int, others: Iterable[dict[str, Any]]) -> bool:
    """True if ``[start, end)`` overlaps any record's span."""
    return any(start < o["char_end"] and o["char_start"] < end for o in others)
