"""Normalising: a reference's type, its stable id, its table row, and one row per document.

The type comes from the code when there is one (translations blur the type word: قرار and
Απόφαση stand for both Nghị quyết and Quyết định), else from the word, the issuer and the
language's defaults. ``document_id`` hashes a key that is the same wherever the document is
cited (type, number, year, issuer code; or plenum and term), so citations can be counted
across articles. One row is kept per document and article; later mentions fill in what the
first one lacked.
"""
from __future__ import annotations

import functools
import hashlib
import heapq
from collections.abc import Iterable
from typing import Any

from .issuers import folded
from .codes import ascii_code, parse_code
from .lexicon import AMBIGUOUS, Lexicon
from .reference import Reference
from .text import ArticleText

RES_DEC = frozenset({"resolution", "decision"})


def resolve_type(ref: Reference, lex: Lexicon) -> str:
    """The document's type: the code's when it has one, else the word's, res/dec settled by issuer."""
    word = ref.word_type
    if ref.code and ref.code.type:
        allowed = (ref.code.type,) + ref.code.also
        if word in allowed:
            return word
        return ref.code.type
    if word == AMBIGUOUS:
        if ref.assembly or (ref.issuer_entry and ref.issuer_entry.resolution):
            return "resolution"
        return lex.default_numbered if ref.number else lex.default_unnumbered
    return word or "other"


TYPE_CODE_OF = {"resolution": "NQ", "decision": "QD", "plan": "KH", "directive": "CT", "circular": "TT",
                "conclusion": "KL", "project": "DA", "program": "CTR", "law": "L", "regulation": "QYD",
                "instruction": "HD", "report": "BC", "other": "X"}


def document_key(doc_type: str, number: str | None, year: str | None, issuer_code: str | None,
                 plenum: int | None = None, term: int | None = None, fallback: str = "") -> str:
    """The normalised identity of a document, the same in every article and language that cites it."""
    issuer = ascii_code(issuer_code or "").upper()
    if number:
        return f"{TYPE_CODE_OF.get(doc_type, doc_type)}|{number}|{year or ''}|{issuer}"
    return f"{TYPE_CODE_OF.get(doc_type, doc_type)}|plenum={plenum or ''}|term={term or ''}|{issuer}|{fallback}"


@functools.lru_cache(maxsize=8192)
def document_id(key: str) -> str:
    """Stable id of a document key (``doc_`` + 12 hex digits of its SHA-1); remembered per key,
    as the same documents are cited in article after article."""
    return "doc_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def to_record(article: ArticleText, lex: Lexicon, ref: Reference) -> dict[str, Any]:
    """The ``documents`` table row of a reference, offsets in the stored text."""
    s, e = article.view.span(ref.start, ref.end)
    doc_type = resolve_type(ref, lex)
    code = ref.code
    issuer_code = (code.issuer_code if code else None) or (ref.issuer_entry.code if ref.issuer_entry else None) or None
    issuer_name = (ref.issuer_entry.name if ref.issuer_entry else None) or (code.issuer_name if code else None)
    year = (code.year if code else None) or ref.year
    fallback = "" if (ref.plenum or ref.term or issuer_code) else " ".join(
        folded(ref.extras.get("name") or ref.issuer or "", lex.lang).split())
    key = document_key(doc_type, ref.number, year, issuer_code, ref.plenum, ref.term, fallback)
    return {
        "text": article.text[s:e], "char_start": s, "char_end": e, "type": doc_type, "number": ref.number,
        "code": code.code if code else None, "issuer": ref.issuer, "date": ref.date or ref.year,
        "document_id": document_id(key), "type_code": code.type_code if code else None,
        "issuer_code": issuer_code, "issuer_normalized": issuer_name, "title": ref.title,
        "plenum": ref.plenum, "term": ref.term,
    }


MERGED = ("issuer", "date", "title", "issuer_code", "issuer_normalized", "plenum", "term", "code", "type_code")


def merge_mentions(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per document: the first mention, completed by later ones.

    Mentions of the same number and type class join when their issuer codes do not
    conflict (a later "Kế hoạch số 26" without issuer is the earlier one "của Tỉnh ủy").
    """
    kept: list[dict[str, Any]] = []
    index = _MentionIndex(kept)
    for rec in records:
        at = index.first_match(rec)
        if at is None:
            kept.append(dict(rec))
            index.add(len(kept) - 1)
            continue
        twin = kept[at]
        before = index.keys(twin)
        for col in MERGED:
            if twin.get(col) in (None, "") and rec.get(col) not in (None, ""):
                twin[col] = rec[col]
        if twin["type"] != rec["type"] and rec.get("code") and not twin.get("code"):
            twin["type"] = rec["type"]
        if index.keys(twin) != before:
            index.add(at)  # filed under its new keys; the old entries are dropped when met
    for rec in kept:  # the id follows the completed attributes
        if rec["number"]:
            year = None
            if rec.get("code"):
                info = parse_code(rec["code"])
                year = info.year if info else None
            rec["document_id"] = document_id(document_key(rec["type"], rec["number"], year, rec["issuer_code"]))
    return kept


class _MentionIndex:
    """The kept mentions filed by what makes a later mention the same document (see
    :func:`_same_document`), so that the first kept match is found without comparing the
    mention with every kept one.

    A mention matches a kept one with its id, or with its number and type class whose issuer
    code and code are each either missing or equal to the mention's. Kept mentions are filed
    under their number and class with their issuer code and code, with each alone, and with
    neither; each file is a heap of positions in ``kept``, so the first match is the smallest
    head among the files the mention may match.
    """

    def __init__(self, kept: list[dict[str, Any]]) -> None:
        self.kept = kept
        self.first_of_id: dict[str, int] = {}
        self.files: dict[tuple[Any, ...], list[int]] = {}

    @staticmethod
    def keys(rec: dict[str, Any]) -> tuple[tuple[Any, ...], ...]:
        """The files a kept mention belongs in (none without a number)."""
        if not rec["number"]:
            return ()
        base = (rec["number"], _type_class(rec["type"]))
        issuer, code = rec["issuer_code"] or None, rec["code"] or None
        return base + ("both", issuer, code), base + ("issuer", issuer), base + ("code", code), base + ("any",)

    def add(self, at: int) -> None:
        """File the kept mention at position ``at`` (again, after its attributes changed)."""
        rec = self.kept[at]
        self.first_of_id.setdefault(rec["document_id"], at)
        for key in self.keys(rec):
            heapq.heappush(self.files.setdefault(key, []), at)

    def first_match(self, rec: dict[str, Any]) -> int | None:
        """Position of the first kept mention of the same document as ``rec``, or None."""
        best = self.first_of_id.get(rec["document_id"])
        if not rec["number"]:
            return best
        base = (rec["number"], _type_class(rec["type"]))
        issuer, code = rec["issuer_code"] or None, rec["code"] or None
        if issuer and code:
            wanted = [("both", i, c) for i in (issuer, None) for c in (code, None)]
        elif issuer:
            wanted = [("issuer", issuer), ("issuer", None)]
        elif code:
            wanted = [("code", code), ("code", None)]
        else:
            wanted = [("any",)]
        for part in wanted:
            key = base + part
            file = self.files.get(key)
            while file and key not in self.keys(self.kept[file[0]]):
                heapq.heappop(file)  # filed before its attributes changed
            if file and (best is None or file[0] < best):
                best = file[0]
        return best


def _same_document(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two mentions in one article name the same document: same id, or same number and type
    class with no conflicting issuer code or registration code."""
    if a["document_id"] == b["document_id"]:
        return True
    if not a["number"] or a["number"] != b["number"] or _type_class(a["type"]) != _type_class(b["type"]):
        return False
    return all(not a[col] or not b[col] or a[col] == b[col] for col in ("issuer_code", "code"))


def _type_class(t: str) -> str:
    return "res/dec" if t in RES_DEC else t
