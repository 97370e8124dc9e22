"""Finding: every place where a document may be cited, before anything is read around it.

One pass over the folded view (the word lists together, :class:`~.lexicon.WordLists`) gives
the type words (``قرار``, ``Απόφαση``, ``Kế hoạch``; not inside words that name no document
such as ``kỷ luật``), the fixed names of unnumbered documents, and the anchors of numbered ones: registration codes
(``24-KH/BCĐ``), numbers after a number marker (``رقم 26``, ``số 12``, ``αριθ. 5``) and bare
numbers right after a type word (``مشروع 06``). Where document names take a capital, a bare
number after a lower-case type word is no document number ("kết luận 71 đảng viên"), nor is a
ratio, decimal, range or year.

The starts of anchors, markers and type words are *blocked*: the attribute readers never run
an issuer name or a title over one.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Iterator, NamedTuple

from .codes import CodeInfo, find_codes
from .lexicon import Lexicon, every_match, lexicon, may_occur
from .reference import Anchor, TypeHit
from .text import ArticleText, Coverage

BARE_NUMBER = re.compile(r"\s+(\d{1,5})(?!\d)")  # right after a type word: مشروع 06, Đề án 06
NOT_A_DOC_NUMBER = re.compile(r"\s?[/.,:\-]\s?\d")  # 185/261, 8.8, 2021-2025: ratios, decimals, ranges
MARKER_WINDOW = 40     # characters searched for a number marker before a code


@dataclass(frozen=True)
class Candidates:
    """What finding yields for one article (folded offsets, each list in text order)."""

    type_hits: list[TypeHit]
    named_hits: list[re.Match[str]]       # fixed names (groups pre, word)
    not_type_spans: list[tuple[int, int]]
    name_word_hits: list[re.Match[str]]   # name words (groups word, and pre with proclitics)
    anchors: list[Anchor]                 # by start, longer first
    type_starts: frozenset[int]           # where a type word or fixed name starts: the next document
    blocked: frozenset[int]
    blocked_sorted: list[int]

    def inside_not_type(self, pos: int) -> bool:
        """Whether ``pos`` lies in a word that names no document (kỷ luật)."""
        return _inside(self.not_type_spans, pos)

    def blocked_between(self, lo: int, hi: int) -> bool:
        """Whether a blocked start lies in ``[lo, hi)``."""
        i = bisect_left(self.blocked_sorted, lo)
        return i < len(self.blocked_sorted) and self.blocked_sorted[i] < hi


def _inside(spans: list[tuple[int, int]], pos: int, end: int | None = None) -> bool:
    """Whether one of the sorted, non-overlapping ``spans`` holds ``pos`` (and reaches ``end``):
    only the last span starting at or before ``pos`` can."""
    i = bisect_right(spans, (pos, float("inf"))) - 1
    if i < 0:
        return False
    return spans[i][1] >= end if end is not None else pos < spans[i][1]


def find_type_hits(lex: Lexicon, type_words: list[re.Match[str]], not_types: list[re.Match[str]]
                   ) -> tuple[list[TypeHit], list[tuple[int, int]]]:
    """Type words (matches of :attr:`Lexicon.type_words`) outside the words that name no document
    (of :attr:`Lexicon.not_types`), and those words' spans."""
    not_type_spans = [(m.start(), m.end()) for m in not_types]
    hits = [TypeHit(m.start(), m.end(), m.start("word"), _type_of(lex.lang, m.group("word")))
            for m in type_words
            if not not_type_spans or not _inside(not_type_spans, m.start("word"), m.end())]
    return hits, not_type_spans


@functools.lru_cache(maxsize=4096)
def _type_of(lang: str, written: str) -> str:
    """The type of a type word as the folded text writes it (spaces as they stand), remembered
    per spelling."""
    return lexicon(lang).type_of[" ".join(written.split())]


def marker_before(article: ArticleText, lex: Lexicon, pos: int) -> int | None:
    """Start of a number marker right before ``pos`` (``رقم``, ``số``, ``αριθ.``), if any."""
    window_start = max(0, pos - MARKER_WINDOW)
    m = lex.number_marker_end.search(article.f[window_start:pos])
    return window_start + m.start() if m else None


YEAR_PIVOT = 50        # a two-digit year below it is 20yy, else 19yy (1.11.91 is of 2011, 70-20 of 1970)
PLAIN_NUMBER = re.compile(r"(\d{1,5})(?!\d)")


class NumberForm(NamedTuple):
    """A native numbering form read at a position: its end, the number, its year and day."""

    end: int
    number: str
    year: str | None
    date: str | None
    code: tuple[int, int] | None = None   # a code written with the number ("(ΓΛ/02/2022)"), folded span
    swap: tuple[str, str, bool] | None = None  # two two-digit parts: the other reading (number, year, order unsure)


def form_code(article: ArticleText, form: NumberForm) -> CodeInfo | None:
    """The code a number form writes, as written ("ΓΛ/02/2022"), without type or issuer parts."""
    if form.code is None:
        return None
    return CodeInfo(code=article.original(*form.code), number=form.number, year=form.year, type_code=None,
                    issuer_code=None, type=None, also=(), issuer_name=None)


def read_number_form(f: str, lex: Lexicon, pos: int) -> NumberForm | None:
    """The first of the language's number forms at ``pos`` (``5027/2023``, ``(م / 10)``,
    ``1.11.91``, ``2826/30.6.2021``); a year range (``2021/2027``) is none."""
    if lex.number_form_any is not None and not lex.number_form_any.match(f, pos):
        return None  # none of the forms is written here
    for pattern in lex.number_forms:
        m = pattern.match(f, pos)
        if not m:
            continue
        parts = m.groupdict()
        number = int(parts["number"])
        year = parts.get("year")
        if year is None and parts.get("yy"):
            yy = int(parts["yy"])
            year = str(2000 + yy if yy < YEAR_PIVOT else 1900 + yy)
        if year and 1900 <= number <= 2100 and 0 < int(year) - number <= 10:
            return None  # "2021/2027": a period, not a number of a year
        date = None
        date_year = parts.get("dyear") or year
        if date_year and parts.get("day") and parts.get("month"):
            day, month = int(parts["day"]), int(parts["month"])
            if not (1 <= day <= 31 and 1 <= month <= 12):
                return None
            date = f"{date_year}-{month:02d}-{day:02d}"
        code = (m.start("code"), m.end("code")) if parts.get("code") else None
        return NumberForm(m.end(), str(number), year, date, code, _other_reading(parts, year)) if number else None
    return None


def _other_reading(parts: dict[str, str | None], year: str | None) -> tuple[str, str, bool] | None:
    """The reading with the two parts swapped, where both are two digits ("70 / 20", "18-11"):
    the number may be the year and the year the number (Algerian ordinances are numbered
    year first, court decisions number first). The document's own date decides later; the
    form's ``unsure`` group says its order is no convention of the language."""
    written, yy = parts["number"], parts.get("yy")
    if not yy or year is None or len(written) != 2 or int(yy) == 0:
        return None
    other_year = int(written)
    other_year += 2000 if other_year < YEAR_PIVOT else 1900
    return str(int(yy)), str(other_year), parts.get("unsure") is not None


def listed_numbers(f: str, lex: Lexicon, end: int, with_form: bool, in_code: Coverage) -> list[Anchor]:
    """The later numbers of a list after a document number ending at ``end`` ("القرارين رقم 18
    و19", "ν. 4549/2018 και 4931/2022"): each its own document, written in the same shape."""
    found: list[Anchor] = []
    while True:
        m = lex.list_joiner.match(f, end)
        if not m or m.end() == end or in_code.covers(m.end()):
            return found
        q = m.end()
        form = read_number_form(f, lex, q)
        if with_form:
            if not form:
                return found
            found.append(Anchor(q, form.end, form.number, None, None, form.year, form.date, True, form.swap))
            end = form.end
            continue
        n = PLAIN_NUMBER.match(f, q)
        if (form or not n or NOT_A_DOC_NUMBER.match(f, n.end(1)) or lex.not_a_number_after.match(f, n.end(1))
                or lex.year_marker.match(f, q)):
            return found
        found.append(Anchor(q, n.end(1), str(int(n.group(1))), None, None, listed=True))
        end = n.end(1)


def _leftmost_first(matches: list[re.Match[str]]) -> Iterator[re.Match[str]]:
    """What ``finditer`` yields, from :func:`.lexicon.every_match`'s list of non-empty matches: each next
    match is the first starting at or after the end of the one before."""
    resume = 0
    for m in matches:
        if m.start() >= resume:
            yield m
            resume = m.end()


def _marked_numbers(lex: Lexicon, f: str, markers: list[re.Match[str]]) -> Iterator[re.Match[str]]:
    """``lex.marked_number.finditer(f)``, tried only where a marker starts (``markers``: every
    match of ``lex.marker_at``, which opens with the same marker and always matches after it)
    instead of searched through the whole text a second time."""
    resume = 0
    pattern = lex.marked_number
    for marker in markers:
        if marker.start() >= resume and (m := pattern.match(f, marker.start())):
            yield m
            resume = m.end()


def find_anchors(article: ArticleText, lex: Lexicon, type_hits: list[TypeHit],
                 markers: list[re.Match[str]] | None = None) -> list[Anchor]:
    """Codes, marked numbers, native number forms and bare numbers after a type word, and the
    later numbers of their lists, by start (longer first). ``markers`` are every match of
    ``lex.marker_at`` where the caller has them (:class:`~.lexicon.WordLists`)."""
    f = article.f
    in_code = Coverage(len(f))
    anchors: list[Anchor] = []
    for s, e, info in find_codes(article.text):
        fs, fe = article.inverse(s), article.inverse(e)
        in_code.mark(fs, fe)
        anchors.append(Anchor(fs, fe, info.number, info, marker_before(article, lex, fs)))
    with_form: set[int] = set()
    if markers is None:
        markers = every_match(lex.marker_at, f)
    if lex.number_forms:
        for m in _leftmost_first(markers):
            if in_code.covers(m.end()):
                continue
            form = read_number_form(f, lex, m.end())
            if form:
                with_form.add(m.start())
                in_code.mark(m.end(), form.end)
                anchors.append(Anchor(m.start(), form.end, form.number, form_code(article, form), m.start(),
                                      form.year, form.date, swap=form.swap))
                anchors += listed_numbers(f, lex, form.end, True, in_code)
    for m in _marked_numbers(lex, f, markers):
        if m.start() in with_form or in_code.covers(m.start(1)) or NOT_A_DOC_NUMBER.match(f, m.end(1)):
            continue
        anchors.append(Anchor(m.start(), m.end(1), str(int(m.group(1))), None, m.start()))
        anchors += listed_numbers(f, lex, m.end(1), False, in_code)
    for hit in type_hits:
        q = article.skip(hit.end)
        if lex.number_forms and (q > hit.end or f[hit.end - 1] == ".") and not in_code.covers(q):
            form = read_number_form(f, lex, q)
            if form:  # "ν. 5027/2023", "ΦΕΚ Β' 2826/30.6.2021": the form is evidence enough
                in_code.mark(q, form.end)
                anchors.append(Anchor(q, form.end, form.number, form_code(article, form), None, form.year, form.date,
                                      swap=form.swap))
                anchors += listed_numbers(f, lex, form.end, True, in_code)
                continue
        m = BARE_NUMBER.match(f, hit.end)
        if not m or in_code.covers(m.start(1)):
            continue
        if lex.bare_number_capitalised and not article.is_upper(hit.word_start):
            continue  # "kết luận 71 đảng viên": a verb or common noun before a count
        n = m.group(1)
        if (NOT_A_DOC_NUMBER.match(f, m.end(1)) or lex.not_a_number_after.match(f, m.end(1))
                or (len(n) == 4 and 1900 <= int(n) <= 2100)):
            continue
        anchors.append(Anchor(m.start(1), m.end(1), str(int(n)), None, None))
    anchors.sort(key=lambda a: (a.start, -a.end))
    return anchors


def find_named(article: ArticleText, lex: Lexicon) -> list[re.Match[str]]:
    """Fixed names of unnumbered documents (:attr:`Lexicon.named_words`) found on their own; most
    articles hold none of their words, and a substring test on those spares the search over the
    whole text. :func:`find_candidates` finds them with the other word lists instead."""
    f = article.f
    if not may_occur(f, lex.named_needles):
        return []
    return list(lex.named_words.finditer(f))


def find_candidates(article: ArticleText, lex: Lexicon) -> Candidates:
    """Type words, fixed names and anchors of one article."""
    # One scan finds the words of the type, no-document, name and number-marker lists and fixed names.
    type_words, not_types, name_word_hits, markers, named_hits = lex.word_lists.find(article.f)
    type_hits, not_type_spans = find_type_hits(lex, type_words, not_types)
    anchors = find_anchors(article, lex, type_hits, markers)
    blocked = frozenset({a.start for a in anchors} | {a.marker for a in anchors if a.marker is not None}
                        | {h.start for h in type_hits})
    return Candidates(
        type_hits=type_hits, named_hits=named_hits, not_type_spans=not_type_spans, name_word_hits=name_word_hits,
        anchors=anchors,
        type_starts=frozenset([h.start for h in type_hits] + [m.start() for m in named_hits]),
        blocked=blocked, blocked_sorted=sorted(blocked))
