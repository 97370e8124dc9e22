"""Reading numbered references: each anchor takes the type word that names it.

A number marker or a code names the type word at most :data:`GAP_WORDS` words before it
("Kế hoạch số 26", "القرار رقم 12", "Απόφαση του Περιφερειάρχη αριθ. 5"); a bare number only
the word right before it. A type word heads one reference at most. When the code's own type
differs from the word found, the word of the code's type just before wins: "Thông báo kết
luận số 5-TB/TU" is a notice (TB), named from "Thông báo". An anchor with a code but no type
word is still a reference; one without either is not.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right

from .codes import CodeInfo
from .lexicon import Lexicon, lexicon
from .reference import Reference, TypeHit
from .candidates import Candidates
from .text import PUNCT_STOP, ArticleText, Coverage

GAP_WORDS = 4          # words allowed between a type word and its number marker
ISSUER_GAP_WORDS = 8   # ... when those words begin with a body's name ("قرار المجلس الرئاسي لحكومة ... رقم 234")
GAP_PIECE = re.compile(r"\s+|\S+")
WHITESPACE = re.compile(r"\s*")


@functools.lru_cache(maxsize=16384)
def _stops_gap(piece: str) -> bool:
    """Whether a word or space run holds punctuation, a digit or a quote; remembered per piece,
    as the same words stand between type words and markers in article after article."""
    return any(c in PUNCT_STOP or c.isdigit() or c in "\"«»“”" for c in piece)


class TypeWords:
    """The type words of an article, found by position, each usable as a head once."""

    def __init__(self, article: ArticleText, hits: list[TypeHit]) -> None:
        self.f = article.f
        self.hits = hits
        self.used: set[int] = set()            # starts of type words already heading a reference
        self._ends = [h.end for h in hits]     # increasing: the hits never overlap
        self._skip = list(range(len(hits)))    # union-find: nearest hit at or before not yet used

    def gap_ok(self, start: int, end: int, words: int) -> bool:
        """Whether ``f[start:end]`` holds at most ``words`` words and no punctuation, digit or
        quote; reads no further than the first such character or the word after the limit."""
        count = 0
        for m in GAP_PIECE.finditer(self.f, start, end):
            piece = m.group(0)
            if _stops_gap(piece):
                return False
            if not piece[0].isspace():
                count += 1
                if count > words:
                    return False
        return True

    def before(self, pos: int, words: int) -> TypeHit | None:
        """The nearest unused type word ending before ``pos`` with at most ``words`` words between."""
        i = bisect_right(self._ends, pos) - 1
        if i < 0:
            return None
        best = self.hits[i]
        if best.start in self.used or not self.gap_ok(best.end, pos, words):
            return None
        return best

    def at(self, pos: int) -> TypeHit | None:
        """The unused type word starting at ``pos``, if any."""
        i = bisect_right(self._ends, pos)
        if i < len(self.hits) and self.hits[i].start == pos and pos not in self.used:
            return self.hits[i]
        return None

    def use(self, hit: TypeHit) -> None:
        """Mark a type word as the head of a reference."""
        self.used.add(hit.start)
        i = bisect_left(self._ends, hit.end)
        if i < len(self.hits) and self.hits[i] == hit:
            self._skip[i] = i - 1

    def _unused_at_or_before(self, i: int) -> int:
        """Index of the nearest type word at or before ``i`` not yet used (-1 if none)."""
        skip = self._skip
        root = i
        while root >= 0 and skip[root] != root:
            root = skip[root]
        while i >= 0 and skip[i] != i:  # path compression: later walks jump straight there
            skip[i], i = root, skip[i]
        return root

    def head_of_code(self, hit: TypeHit, info: CodeInfo) -> TypeHit | None:
        """The type word of the code's own type right before ``hit``: "Thông báo kết luận số
        5-TB/TU" is a notice (TB) about a conclusion, named from "Thông báo"."""
        i = self._unused_at_or_before(bisect_right(self._ends, hit.start) - 1)
        if i < 0:
            return None
        before = self.hits[i]
        only_space = WHITESPACE.match(self.f, before.end, hit.start).end() == hit.start
        if before.type in (info.type, *info.also) and only_space:
            return before
        return None


def numbered_references(article: ArticleText, candidates: Candidates) -> tuple[list[Reference], TypeWords]:
    """References made from the anchors, in text order, and the type words (with those used)."""
    words = TypeWords(article, candidates.type_hits)
    lex = lexicon(article.lang)
    refs: list[Reference] = []
    for anchor in candidates.anchors:
        fs, fe, number, info, marker = anchor.start, anchor.end, anchor.number, anchor.code, anchor.marker
        if refs and fs < refs[-1].end:
            continue  # a marked number already read as part of a code's reference
        if anchor.listed:
            joined = lex.list_joiner.match(article.f, refs[-1].end) if refs else None
            if joined and joined.end() == fs and refs[-1].word_type:  # "القرارين رقم 18 و19": one type word names each
                refs.append(Reference(start=fs, end=fe, word_type=refs[-1].word_type, number=number,
                                      year=anchor.year, date=anchor.date, swap=anchor.swap))
            continue
        hit = words.before(marker if marker is not None else fs, GAP_WORDS if (marker is not None or info) else 0)
        if hit is None and marker is not None and lex.issuer_heads:
            hit = words.before(marker, ISSUER_GAP_WORDS)
            gap = article.f[hit.end:marker].split() if hit is not None else []
            if gap and gap[0] not in lex.issuer_heads:
                hit = None
        after = None
        if hit is None and info is None and marker is not None and anchor.year:
            after = words.at(article.skip(fe))  # "υπ' αριθ. 1234/2022 απόφαση του Δημάρχου": the type word follows
            if after is not None:
                words.use(after)
                gazette = " ".join(article.f[after.word_start:after.end].split()) in lex.gazette_words
                refs.append(Reference(start=marker, end=after.end, word_type=after.type, number=number,
                                      year=anchor.year, date=anchor.date, extras={"gazette": True} if gazette else {},
                                      swap=anchor.swap))
                continue
        if hit is None and info is None:
            continue
        if hit is not None and info is not None and info.type and hit.type not in (info.type, *info.also):
            hit = words.head_of_code(hit, info) or hit
        if hit is not None:
            words.use(hit)
        start = hit.start if hit else (marker if marker is not None else fs)
        gap = (_issuer_head_in(article, lex, hit), marker) if hit is not None and marker is not None else None
        word = " ".join(article.f[hit.word_start:hit.end].split()) if hit else ""
        refs.append(Reference(start=start, end=fe, word_type=hit.type if hit else None, number=number, code=info,
                              year=anchor.year, date=anchor.date, gap=gap if gap and gap[1] > gap[0] else None,
                              extras={"gazette": True} if word in lex.gazette_words else {}, swap=anchor.swap))
    return refs, words


def _issuer_head_in(article: ArticleText, lex: Lexicon, hit: TypeHit) -> int:
    """Where an issuer named between a type word and its number may begin: the type word's end,
    or its last word when that word heads a body's name ("قرار مجلس الوزراء رقم 5")."""
    words = article.f[hit.word_start:hit.end].split()
    if len(words) > 1 and words[-1] in lex.issuer_heads:
        return hit.end - len(words[-1])
    return hit.end


def claimed(length: int, refs: list[Reference]) -> Coverage:
    """The offsets the given references cover."""
    cover = Coverage(length)
    for r in refs:
        cover.mark(r.start, r.end)
    return cover


def bracketed_numbers(article: ArticleText, candidates: Candidates, refs: list[Reference], taken: Coverage) -> None:
    """Give a document named without a number the number written in brackets after its name
    in the same sentence: "مشروع قانون يتعلّق بتطبيق ... (عدد 87/2024)". Only a marked number
    with its year (a native form) counts, and only when no reference stands between.
    ``taken`` holds the spans of ``refs``; a reference that takes a number is marked to its end."""
    starts = [r.start for r in refs]
    for anchor in candidates.anchors:
        if anchor.marker is None or anchor.code is not None or anchor.year is None or anchor.listed:
            continue
        if taken.covers(anchor.start):
            continue
        before = article.rstrip_end(anchor.marker)
        if before == 0 or article.f[before - 1] != "(":
            continue
        i = bisect_right(starts, anchor.start) - 1
        if i < 0:
            continue
        ref = refs[i]
        if ref.number or ref.end > anchor.start or article.sentence_around(ref.start, ref.end)[1] < anchor.start:
            continue
        ref.number, ref.year = anchor.number, ref.year or anchor.year
        close = article.skip(anchor.end)
        ref.end = close + 1 if close < len(article.f) and article.f[close] == ")" else anchor.end
        taken.mark(ref.start, ref.end)
