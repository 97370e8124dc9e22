"""Dates: days, months, quarters, halves, years and intervals, as TIMEX3-style values.

Three stages, each testable on its own:

1. **Find** (:func:`find_candidates`): the language's rules (``resources/<iso>/patterns.yaml``)
   run over the folded matching view of the text; overlapping matches are resolved longest
   first, and numbers glued to codes, decimals or percentages are refused.
2. **Read** (:func:`read_parts`): the named groups become numbers (day, month, quarter, ...)
   through the language's word lists.
3. **Interpret** (:func:`interpret`): a year the text leaves out comes from the article's
   publication date when known (the nearest such period), else from the year the article
   is about (:func:`topic_year`, scored in :mod:`.years`); calendar days are checked against
   the calendar (:func:`calendar_date`, which answers as ``dateparser`` does on the complete
   expression, :func:`parse_calendar`, at a fraction of its cost), never against the clock. The value follows
   ``gold/README.md``: ``2024-03-12``, ``2024-01``, ``2024``, ``2024-Q1``, ``2024-H1``,
   ``2021/2025``, ``2024-01/2024-03``, ``XXXX-02-01``. A day range ("19-21/9", "from the 19th
   to the 21st of September") gives a row for its first and last day, a list of days ("13, 14
   and 15 July") one per day listed, a Hijri date the Gregorian day it denotes (one row with
   the Gregorian date it restates), and a pair of months one row per month; a range of
   months is one interval, its year written or inferred ("from June to August" ->
   ``2024-06/2024-08``). A four-digit number in a phone number is never a year.
"""
from __future__ import annotations

import bisect
import calendar
import functools
import operator
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

import dateparser
from hijridate import Hijri
from spacy.tokens import Doc

from ...textnorm import MatchView
from ..base import doc_text, published_date
from ..numbers import article_view
from .grammar import Grammar, Rule, load_grammar
from .years import (
    Mention,
    YearContext,
    collect_evidence,
    first_sentence_end,
    period_of,
    period_role,
    settle_meeting,
)

MIN_YEAR, MAX_YEAR = 1800, 2100
# A two-digit year below the pivot is in this century, from it on in the last ("7/4/98" ->
# 1998, "3/5/19" -> 2019): news writes short years for recent dates and for the late 1900s.
TWO_DIGIT_YEAR_PIVOT = 50
# Characters that glue a number to a code, a decimal or another number ("218/QĐ", "2024.5").
_GLUE_BEFORE = set("/.,-_:")
_GLUE_AFTER = set("/.,-_:")
# Characters beside which a match always has its boundaries (:func:`_boundaries_ok` passes
# without a test): blanks, brackets and stops, neither word characters nor glue; and glue
# that is no word character, when one of those follows it ("2024, ", "2024.\n").
_FREE_EDGES = frozenset(" \t\n()[]\"«»;،؛!?؟")
_LOOSE_GLUE = frozenset(_GLUE_AFTER - {"_"})
# A digit group next to a year's digits makes them part of a phone number ("1900 6789").
_DIGIT_GROUP_AFTER = re.compile(r"[ \t]+\d{3,4}(?![\d.,]\d)")
_DIGIT_GROUP_BEFORE = re.compile(r"\d{2,}[ \t]+$")
# The label a page's date line opens with ("date 2025-11-20 ..."), folded.
DATE_LABEL = "date"
# A year followed by a dash and the end of its line is a range cut off ("nhiệm kỳ 2021 -" in a
# truncated breadcrumb): its end is unknown, so it is no date.
_CUT_RANGE = re.compile(r"[ \t]*[-–][ \t]*(?:\n|$)")
_PHONE_LOOKBACK = 40  # characters before a year searched for a phone word and its digits
_DECADE_LOOKBACK = 40  # characters before a year searched for a decade word (and one word after it)
# dateparser must never fall back to the current date: a fixed base and required parts.
_RELATIVE_BASE = datetime(2000, 1, 1)


@dataclass(slots=True)
class Candidate:
    """A rule match: offsets into the original text plus the folded text of each named group.

    Not frozen (never changed once built, though): a dozen are built per article, and a frozen
    dataclass sets each field through ``object.__setattr__``, several times the cost."""

    start: int
    end: int
    folded_start: int
    folded_end: int
    rule: Rule
    groups: dict[str, str]
    group_spans: dict[str, tuple[int, int]]
    folded_groups: dict[str, tuple[int, int]]
    dateline: bool = False  # the page's own date line (:func:`is_dateline`)


@dataclass(frozen=True)
class Parts:
    """The numbers a match states; ``year`` is None when the text leaves it out."""

    kind: str
    year: int | None = None
    year2: int | None = None
    month: int | None = None
    month2: int | None = None
    day: int | None = None
    day0: int | None = None  # first day of a range ("19-20/4", "30/4-1/5")
    month0: int | None = None  # month of that first day when written ("30/4-1/5"), or the
    #                            first month of a pair ("April and May")
    middle_days: tuple[int, ...] = ()  # the days listed between day0 and day ("13, 14 and 15")
    quarter: int | None = None
    half: int | None = None
    count: int | None = None
    edge: str = "first"
    year_offset: int | None = None  # set when the year is a reference ("the year", "last year")
    past: bool = False  # "16 October last": the latest such day before the article's own


# --------------------------------------------------------------------------- find

def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _boundaries_ok(folded: str, start: int, end: int, grammar: Grammar) -> bool:
    """Refuse matches that start or end inside a word, a code, a decimal or a percentage."""
    first, last = folded[start], folded[end - 1]
    if start > 0:
        prev = folded[start - 1]
        if first.isdigit():
            if prev.isdigit() or (prev in _GLUE_BEFORE and start > 1 and _is_word_char(folded[start - 2])):
                return False
            if _is_word_char(prev):
                word_start = start - 1
                while word_start > 0 and _is_word_char(folded[word_start - 1]):
                    word_start -= 1
                if folded[word_start:start] not in grammar.attached_prefixes:
                    return False
        elif _is_word_char(first) and _is_word_char(prev):
            return False
    if end < len(folded):
        nxt = folded[end]
        if last.isdigit():
            if nxt.isdigit() or nxt in "%٪":
                return False
            if nxt in _GLUE_AFTER and end + 1 < len(folded) and _is_word_char(folded[end + 1]):
                return False
            if nxt.isalpha():
                return False
        elif _is_word_char(last) and _is_word_char(nxt):
            return False
    return True


def _free_edges(folded: str, start: int, end: int, size: int) -> bool:
    """Does ``folded[start:end]`` stand between characters that pass :func:`_boundaries_ok`
    whatever the match (most matches: after a blank, before a blank or a comma)?"""
    if start and folded[start - 1] not in _FREE_EDGES:
        return False
    if end == size:
        return True
    nxt = folded[end]
    return nxt in _FREE_EDGES or (nxt in _LOOSE_GLUE and (end + 1 == size or folded[end + 1] in _FREE_EDGES))


def _word_before(view: MatchView, start: int) -> str:
    """The original spelling of the letters glued right before folded position ``start``."""
    folded = view.folded
    word_start = start
    while word_start > 0 and _is_word_char(folded[word_start - 1]):
        word_start -= 1
    if word_start == start:
        return ""
    first, last = view.span(word_start, start)
    return view.original[first:last]


def glued_dateline(view: MatchView, start: int, end: int, match: re.Match[str], grammar: Grammar) -> bool:
    """Is a match refused only for the letters glued before it a full date after a label?

    Web pages print a source label and the page's date with no space between them ("Báo Hà
    TĩnhBáo Hà Tĩnh12/03/2025"): a complete numeric day with its four-digit year right after a
    capitalised word (or a word of a script without case) is that date line. An acronym counts
    only as a word of its own: at the end of a code ("QĐ-UBND07/08/2025") it is refused, as is a
    number glued to digits.
    """
    if start == 0 or not view.folded[start].isdigit() or not view.folded[start - 1].isalpha():
        return False
    groups = match.groupdict()
    if not (groups.get("day") and groups.get("month") and groups.get("year")):
        return False
    word = _word_before(view, start)
    caseless = not word[:1].isupper() and not word[:1].islower()  # a script without case (Arabic)
    if len(word) < 2 or not word.isalpha() or not (word[0].isupper() or caseless):
        return False
    if word.isupper():
        # An acronym is a label only standing as a word of its own ("TTXVN07/08/2025"), not
        # the end of a code ("QĐ-UBND07/08/2025").
        if not _label_start(view, start):
            return False
    # Only the start was in question: the end must still be a boundary.
    return _end_ok(view.folded, end)


def _label_start(view: MatchView, start: int) -> bool:
    """Does the word glued before folded ``start`` begin a line or follow a blank?"""
    folded = view.folded
    word_start = start
    while word_start > 0 and _is_word_char(folded[word_start - 1]):
        word_start -= 1
    return word_start == 0 or folded[word_start - 1] in " \t\n"


def is_dateline(folded: str, start: int, end: int, glued: bool) -> bool:
    """Is the match at ``folded[start:end]`` the page's own date line: a date after a "date"
    label opening its line, or a date ending its line, glued after a source label (``glued``)
    or alone on it?"""
    line_start = folded.rfind("\n", 0, start) + 1
    before = folded[line_start:start].strip()
    if before == DATE_LABEL:
        return True
    line_end = folded.find("\n", end)
    if folded[end:len(folded) if line_end < 0 else line_end].strip():
        return False
    return glued or not before


def _end_ok(folded: str, end: int) -> bool:
    """The end test of :func:`_boundaries_ok` for a match ending in a digit."""
    if end >= len(folded):
        return True
    nxt = folded[end]
    if nxt.isdigit() or nxt in "%٪" or nxt.isalpha():
        return False
    return not (nxt in _GLUE_AFTER and end + 1 < len(folded) and _is_word_char(folded[end + 1]))


def find_candidates(view: MatchView, grammar: Grammar) -> list[Candidate]:
    """Every rule's matches, overlaps resolved: longer first, then the earlier rule.

    Each rule reads its matches left to right as repeated searches would: after a kept match
    the next one starts at its end, after a refused one at the next position."""
    folded = view.folded
    size = len(folded)
    found: list[tuple[int, int, int, re.Match[str], bool]] = []
    rules = grammar.rules

    def take(order: int, m: re.Match[str]) -> int:
        """Keep or refuse the next match of a rule; where that rule's next match may start."""
        s, e = m.span()
        # Trailing blanks and commas a pattern may have eaten are not part of the date.
        while e > s and folded[e - 1] in " \t\n,،":
            e -= 1
        glued = False
        if e > s and not _free_edges(folded, s, e, size) and not _boundaries_ok(folded, s, e, grammar):
            glued = glued_dateline(view, s, e, m, grammar)
            if not glued:
                e = s
        if e <= s or (rules[order].kind == "year" and _CUT_RANGE.match(folded, e)):
            return m.start() + 1  # a refused match must not hide one that starts inside it
        found.append((s, e, order, m, glued))
        return max(m.end(), m.start() + 1)

    grammar.rule_matches(folded, take)
    found.sort(key=lambda f: (-(f[1] - f[0]), f[2], f[0]))
    # Spans taken so far, disjoint, kept in text order: a new span overlaps one of them
    # exactly when the first taken span ending after its start begins before its end.
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    chosen: list[Candidate] = []
    index = view.index  # the original offset of each folded one (MatchView.span, inlined)
    for s, e, order, m, glued in found:
        after = bisect.bisect_right(taken_ends, s)
        if after < len(taken_starts) and taken_starts[after] < e:
            continue
        taken_starts.insert(after, s)
        taken_ends.insert(after, e)
        # The named groups that took part, read from the match's spans in one pass (in the
        # order of groupdict()): their folded text, folded span and original span.
        groups: dict[str, str] = {}
        folded_spans: dict[str, tuple[int, int]] = {}
        spans: dict[str, tuple[int, int]] = {}
        regs = m.regs
        for name, number in m.re.groupindex.items():
            span = regs[number]
            first, last = span
            if first >= 0:
                groups[name] = folded[first:last]
                folded_spans[name] = span
                spans[name] = (index[first], index[first]) if first >= last else (index[first], index[last - 1] + 1)
        start, end = view.span(s, e)
        dateline = {"day", "month", "year"} <= groups.keys() and is_dateline(folded, s, e, glued)
        chosen.append(Candidate(start, end, s, e, grammar.rules[order], groups, spans, folded_spans, dateline))
    chosen.sort(key=_START)
    return chosen


_START = operator.attrgetter("start")


def in_phone_number(folded: str, candidate: Candidate, grammar: Grammar) -> bool:
    """Is the year of ``candidate`` part of a phone number: next to another digit group
    ("1900 6789", "0912 2024 678") or shortly after a phone word ("hotline: 1900 ...")?"""
    if "year" not in candidate.folded_groups:
        return False
    start, end = candidate.folded_groups["year"]
    before = folded[max(0, start - _PHONE_LOOKBACK):start]
    # A year word or date written with the number ("năm 2024 120 hộ") keeps it a year: the
    # digit groups around it are looked for only when it stands bare.
    if start == candidate.folded_start and (_DIGIT_GROUP_AFTER.match(folded, end)
                                            or _DIGIT_GROUP_BEFORE.search(before)):
        return True
    return grammar.phone_cue.search(before) is not None


def after_decade_word(folded: str, candidate: Candidate, grammar: Grammar) -> bool:
    """Is ``candidate`` a year alone right after a decade word ("τη δεκαετία του 1990", "thập niên
    1990")? That names a decade, which is no year."""
    if candidate.rule.kind != "year" or "year" not in candidate.folded_groups:
        return False
    start = candidate.folded_groups["year"][0]
    return grammar.decade_cue.search(folded, max(0, start - _DECADE_LOOKBACK), start) is not None


# --------------------------------------------------------------------------- read

def _number(text: str, words: dict[str, int]) -> int | None:
    key = " ".join(text.split())
    if key.isdigit():
        return int(key)
    return words.get(key)


def _short_year(digits: str) -> int:
    """A two-digit year as a full year, by :data:`TWO_DIGIT_YEAR_PIVOT`."""
    short = int(digits)
    return (2000 if short < TWO_DIGIT_YEAR_PIVOT else 1900) + short


def hijri_to_gregorian(year: int, month: int | None, day: int) -> date | None:
    """The Gregorian day of a Hijri (Umm al-Qura) date, or None when the calendar lacks it
    (day 30 of a 29-day month) or ``hijridate`` does not cover the year."""
    if month is None:
        return None
    try:
        gregorian = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(gregorian.year, gregorian.month, gregorian.day)


# What a rule kind reads in the texts of its groups, per language: the same spellings ("ngày
# 15/3", "2024") recur from article to article and are read once per process.
_REMEMBERED_PARTS: dict[tuple[str, str, tuple[tuple[str, str], ...]], "Parts | None"] = {}
MAX_REMEMBERED_PARTS = 100_000  # the memo is emptied when it grows past this


def read_parts(candidate: Candidate, grammar: Grammar) -> Parts | None:
    """The numbers a candidate states, or None if they do not make a date (month 13, Q5)."""
    if grammar is not load_grammar(grammar.lang):
        return _read_parts(candidate.groups, candidate.rule.kind, grammar)  # a grammar built elsewhere
    key = (grammar.lang, candidate.rule.kind, tuple(candidate.groups.items()))
    try:
        return _REMEMBERED_PARTS[key]
    except KeyError:
        pass
    if len(_REMEMBERED_PARTS) >= MAX_REMEMBERED_PARTS:
        _REMEMBERED_PARTS.clear()
    parts = _REMEMBERED_PARTS[key] = _read_parts(candidate.groups, candidate.rule.kind, grammar)
    return parts


def _read_parts(g: dict[str, str], kind: str, grammar: Grammar) -> Parts | None:
    """:func:`read_parts` of the group texts ``g`` of a rule of ``kind``."""
    months = grammar.months

    def month_of(key: str) -> int | None:
        return _number(g[key], months) if key in g else None

    year = int(g["year"]) if "year" in g else _short_year(g["yy"]) if "yy" in g else None
    year2 = int(g["year2"]) if "year2" in g else None
    month = month_of("month")
    if "monthalt" in g and month_of("monthalt") != month:
        return None  # "March/April" is not one month restated in two names
    day = int(g["day"]) if "day" in g else grammar.day_words.get(" ".join(g.get("dayword", "").split()))
    if "hmonth" in g and month is None:
        # A Hijri date on its own: the Gregorian day it denotes. Beside a Gregorian date
        # ("... الموافق 16 صفر 1447هـ") the Gregorian date as written is read instead.
        gregorian = hijri_to_gregorian(int(g["hyear"]), _number(g["hmonth"], grammar.hijri_months),
                                       int(g["hday"]))
        if gregorian is None:
            return None
        year, month, day = gregorian.year, gregorian.month, gregorian.day
    parts = Parts(
        kind=kind,
        year=year, year2=year2,
        month=month, month2=month_of("month2"),
        day=day,
        day0=int(g["day0"]) if "day0" in g else None,
        middle_days=tuple(int(d) for d in re.findall(r"\d+", g.get("daylist", ""))),
        month0=month_of("month0"),
        quarter=_number(g["quarter"], grammar.quarter_words) if "quarter" in g else None,
        half=_number(g["half"], grammar.half_words) if "half" in g else None,
        count=_number(g["count"], grammar.numbers) if "count" in g else None,
        edge=grammar.edge_words.get(" ".join(g["edge"].split()), "first") if "edge" in g else "first",
        year_offset=grammar.year_refs.get(" ".join(g["yref"].split())) if "yref" in g else None,
        past="past" in g,
    )
    for y in (parts.year, parts.year2):
        if y is not None and not MIN_YEAR <= y <= MAX_YEAR:
            return None
    kind = parts.kind
    if kind in ("day", "month") and not (parts.month and 1 <= parts.month <= 12):
        return None
    if kind == "day" and not (parts.day and 1 <= parts.day <= 31):
        return None
    if kind == "month" and parts.month0 is not None:
        if not 1 <= parts.month0 < (parts.month or 0):
            parts = replace(parts, month0=None)
    elif parts.month0 is not None:
        if not (parts.day0 and 1 <= parts.day0 <= 31
                and (1 <= parts.month0 < (parts.month or 0)
                     or (parts.month0 == parts.month and parts.day is not None and parts.day0 < parts.day))):
            parts = replace(parts, day0=None, month0=None)
    elif parts.day0 is not None and not (parts.day and 1 <= parts.day0 < parts.day):
        return None  # "March 3-1" is a score, not a range: neither number is surely the day
    if parts.middle_days:
        listed = (parts.day0, *parts.middle_days, parts.day)
        if parts.month0 is not None or any(a >= b for a, b in zip(listed, listed[1:])):
            return None  # a list of days runs forward within one month
    if kind == "quarter" and not (parts.quarter and 1 <= parts.quarter <= 4):
        return None
    if kind == "half" and not (parts.half and 1 <= parts.half <= 2):
        return None
    if kind == "months" and not (parts.count and 1 <= parts.count <= 12):
        return None
    if kind == "year" and parts.year is None:
        return None
    if kind == "interval":
        if parts.month is not None or parts.month2 is not None:
            if not (parts.month and parts.month2 and 1 <= parts.month < parts.month2 <= 12):
                return None
        elif parts.year is None or parts.year2 is None or parts.year == parts.year2 \
                or abs(parts.year2 - parts.year) > 50:
            return None
    return parts


# --------------------------------------------------------------------------- interpret

_DAY_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY",
                 "RELATIVE_BASE": _RELATIVE_BASE, "PREFER_DATES_FROM": "current_period"}
_MONTH_SETTINGS = {"REQUIRE_PARTS": ["month", "year"], "DATE_ORDER": "DMY",
                   "RELATIVE_BASE": _RELATIVE_BASE, "PREFER_DAY_OF_MONTH": "first"}


@functools.lru_cache(maxsize=65536)
def parse_calendar(expression: str, lang: str, day: int | None, month: int, year: int) -> date | None:
    """A checked calendar date for a complete day or month expression, or None if impossible.

    dateparser reads the expression as written with its own language data; where that data
    lacks a form (Levantine month names, Greek accusatives) or reads it otherwise, the
    canonical middle form "D M YYYY" is parsed instead. Results are cached per expression.
    """
    settings = _DAY_SETTINGS if day is not None else _MONTH_SETTINGS
    want = (year, month, day if day is not None else 1)
    if expression:
        try:
            parsed = dateparser.parse(expression, languages=[lang], settings=settings)
        except (ValueError, OverflowError):
            parsed = None
        if parsed is not None and (parsed.year, parsed.month, parsed.day) == want:
            return parsed.date()
    canonical = f"{day} {month} {year}" if day is not None else f"{month} {year}"
    parsed = dateparser.parse(canonical, languages=["en"], settings=settings)
    if parsed is None or (parsed.year, parsed.month, parsed.day) != want:
        return None
    return parsed.date()


def calendar_date(day: int | None, month: int, year: int) -> date | None:
    """The day (the first of the month when ``day`` is None) if the calendar has it, else None.

    This is :func:`parse_calendar`'s answer for every expression: dateparser returns the
    wanted date or nothing, and reads the canonical "D M YYYY" of every real day (the tests
    check both agree), so extraction asks the calendar instead of parsing each match.
    """
    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        return None
    if day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day if day is not None else 1)


def _evidence_class(rule: Rule, parts: Parts) -> str:
    """What a match's year says about the article's year: the rule's own class, else by kind."""
    if rule.evidence is not None:
        return rule.evidence
    if parts.kind == "interval":
        return "span" if parts.month is not None else "none"
    return {"day": "day", "month": "month", "year": "year"}.get(parts.kind, "span")


def mentions_of(read: list[tuple[Candidate, Parts]]) -> list[Mention]:
    """The explicit years of the matches, for :mod:`.years`."""
    mentions = []
    previous_end = 0
    for cand, parts in read:
        floor, previous_end = previous_end, cand.folded_end
        if parts.year is None:
            continue
        cls = "dateline" if cand.dateline and parts.kind == "day" else _evidence_class(cand.rule, parts)
        last = _month_span(parts)[1] if cls in ("span", "month") else None
        year_start = cand.folded_groups.get("year", (cand.folded_start, cand.folded_start))[0]
        is_range = parts.kind == "interval" and parts.month is None
        mentions.append(Mention(parts.year, cls, last, cand.folded_start, year_start, is_range=is_range,
                                end=cand.folded_end, period=None if is_range else _period(parts),
                                floor=floor))
    return mentions


def _period(parts: Parts) -> tuple[date, date] | None:
    """First and last day of an expression with its year (a whole year for year kinds)."""
    if parts.kind == "year":
        return date(parts.year, 1, 1), date(parts.year, 12, 31)
    return period_of(parts.year, *_month_span(_as_period(parts)))


def _as_period(parts: Parts) -> Parts:
    """A pair of months as the stretch it covers, for the timeline (a day range: its last day)."""
    if parts.kind == "month" and parts.month0 is not None:
        return replace(parts, kind="interval", month=parts.month0, month2=parts.month, month0=None)
    return parts


def topic_year(read: list[tuple[Candidate, Parts]], folded: str, grammar: Grammar) -> YearContext:
    """The year a year-less date takes in this text (see :mod:`.years`)."""
    lead_end = first_sentence_end(folded)
    days = [(c, p) for c, p in read if p.kind == "day" and p.year_offset is None]
    yearless = [(c, p) for c, p in days if p.year is None]
    dated = [(c, p) for c, p in days if p.year is not None and c.folded_start < lead_end]
    # The article's own day: a year-less day of its first sentence, else a day written in full
    # as the first date of the text, in its first sentence, else its first year-less day.
    dated_lead = None
    if dated and dated[0][0] is read[0][0] and not (yearless and yearless[0][0].folded_start < lead_end):
        period = _period(dated[0][1])
        dated_lead = period[1] if period else None
    lead = (yearless[0][1].month, yearless[0][1].day) if yearless else None
    return settle_meeting(collect_evidence(mentions_of(read), folded, grammar), lead, dated_lead)


def _month_span(parts: Parts) -> tuple[int, int, int | None, int | None]:
    """(first month, last month, first day, last day) a year-less expression covers."""
    kind = parts.kind
    if kind == "day":
        return parts.month, parts.month, parts.day, parts.day
    if kind == "month":
        return parts.month, parts.month, None, None
    if kind == "quarter":
        return 3 * parts.quarter - 2, 3 * parts.quarter, None, None
    if kind == "half":
        return 6 * parts.half - 5, 6 * parts.half, None, None
    if kind == "months":
        count = parts.count or 1
        return (1, count, None, None) if parts.edge == "first" else (13 - count, 12, None, None)
    return parts.month or 1, parts.month2 or parts.month or 12, None, None


def _nearest_year(parts: Parts, published: date) -> int:
    """The year (published year or one either side) whose period lies closest to the article date."""
    m1, m2, d1, d2 = _month_span(parts)
    best, best_gap = published.year, None
    for y in (published.year, published.year - 1, published.year + 1):
        if d1 and d1 > calendar.monthrange(y, m1)[1]:
            continue  # 29 February only in leap years
        start = date(y, m1, min(d1 or 1, calendar.monthrange(y, m1)[1]))
        end = date(y, m2, min(d2, calendar.monthrange(y, m2)[1])) if d2 else _month_end(y, m2)
        gap = 0 if start <= published <= end else min(abs((start - published).days), abs((end - published).days))
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def _latest_year_before(parts: Parts, reference: date) -> int:
    """The year of the latest such period starting by ``reference`` ("16 October last")."""
    first_month, _, first_day, _ = _month_span(parts)
    if (first_month, first_day or 1) <= (reference.month, reference.day):
        return reference.year
    return reference.year - 1


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _record(value: str, granularity: str, start: date | None, end: date | None,
            inferred: bool) -> dict[str, Any]:
    return {"value": value, "granularity": granularity,
            "period_start": start.isoformat() if start else None,
            "period_end": end.isoformat() if end else None, "year_inferred": inferred}


# The fields of dates written with their year, by their parts: they depend on nothing else,
# and the same dates recur from article to article.
_REMEMBERED_FIELDS: dict[Parts, dict[str, Any] | None] = {}


def interpret(parts: Parts, context: YearContext, published: date | None,
              role: str | None = None) -> dict[str, Any] | None:
    """Value, granularity, period and year_inferred for one match (``role``: its place in the
    article's timeline, :func:`.years.period_role`, for a year the text leaves out)."""
    if parts.year is None:
        return _interpret(parts, context, published, role)
    try:
        fields = _REMEMBERED_FIELDS[parts]
    except KeyError:
        if len(_REMEMBERED_FIELDS) >= MAX_REMEMBERED_PARTS:
            _REMEMBERED_FIELDS.clear()
        fields = _REMEMBERED_FIELDS[parts] = _interpret(parts, context, published, role)
    return dict(fields) if fields is not None else None  # the caller may add to its copy


def _interpret(parts: Parts, context: YearContext, published: date | None,
               role: str | None) -> dict[str, Any] | None:
    """:func:`interpret`, computed."""
    kind = parts.kind
    year, inferred = parts.year, False
    if year is None and kind != "interval" or (kind == "interval" and parts.month is not None and year is None):
        if parts.year_offset is not None:
            # "this year" is the article's year: never a year the text only mentions.
            base = published.year if published else context.settled
            year = base + parts.year_offset if base is not None else None
        elif parts.past:
            # "last October": the latest one before the article's own day; unknown without it.
            reference = published or context.meeting
            year = _latest_year_before(parts, reference) if reference is not None else None
        elif published is not None:
            year = _nearest_year(parts, published)
        else:
            year = context.place(_month_span(parts), role)
        inferred = year is not None

    if kind == "year":
        return _record(f"{year:04d}", "year", date(year, 1, 1), date(year, 12, 31), False)
    if kind == "interval" and parts.month is None:
        y1, y2 = sorted((parts.year, parts.year2))
        return _record(f"{y1}/{y2}", "interval", date(y1, 1, 1), date(y2, 12, 31), False)

    if kind == "months":
        count = parts.count
        if count == 3:
            kind, quarter = "quarter", (1 if parts.edge == "first" else 4)
            parts = Parts(kind="quarter", quarter=quarter)
        elif count == 6:
            kind = "half"
            parts = Parts(kind="half", half=1 if parts.edge == "first" else 2)
        else:
            first, last = (1, count) if parts.edge == "first" else (13 - count, 12)
            parts = Parts(kind="interval", month=first, month2=last)
            kind = "interval"

    y = f"{year:04d}" if year is not None else "XXXX"
    if kind == "day":
        check_year = year if year is not None else 2000  # a leap year: 29 February stays valid
        if calendar_date(parts.day, parts.month, check_year) is None:
            return None
        value = f"{y}-{parts.month:02d}-{parts.day:02d}"
        day = date(year, parts.month, parts.day) if year is not None else None
        return _record(value, "day", day, day, inferred)
    if kind == "month":
        if year is not None and calendar_date(None, parts.month, year) is None:
            return None
        value = f"{y}-{parts.month:02d}"
        if year is None:
            return _record(value, "month", None, None, False)
        return _record(value, "month", date(year, parts.month, 1), _month_end(year, parts.month), inferred)
    if kind == "quarter":
        q = parts.quarter
        value = f"{y}-Q{q}"
        if year is None:
            return _record(value, "quarter", None, None, False)
        return _record(value, "quarter", date(year, 3 * q - 2, 1), _month_end(year, 3 * q), inferred)
    if kind == "half":
        h = parts.half
        value = f"{y}-H{h}"
        if year is None:
            return _record(value, "half", None, None, False)
        return _record(value, "half", date(year, 6 * h - 5, 1), _month_end(year, 6 * h), inferred)
    if kind == "interval":  # a run of months within one year
        m1, m2 = parts.month, parts.month2
        value = f"{y}-{m1:02d}/{y}-{m2:02d}"
        if year is None:
            return _record(value, "interval", None, None, False)
        return _record(value, "interval", date(year, m1, 1), _month_end(year, m2), inferred)
    return None


def _readings(parts: Parts) -> list[Parts]:
    """The dates one match names: itself, or each day/month of a range, list or pair."""
    if parts.kind == "day" and parts.day0 is not None:
        first = replace(parts, day=parts.day0, month=parts.month0 or parts.month, day0=None, month0=None,
                        middle_days=())
        middle = [replace(first, day=day) for day in parts.middle_days]
        return [first, *middle, parts]
    if parts.kind == "month" and parts.month0 is not None:
        return [replace(parts, month=parts.month0, month0=None), parts]
    return [parts]


# --------------------------------------------------------------------------- API

def find_dates(text: str, lang: str, published: date | str | None = None) -> list[dict[str, Any]]:
    """Date records for ``text``: text, value, granularity, period, year_inferred, offsets.

    ``published`` is the article's own date (ISO string or ``date``); without it a missing
    year comes from the year the article is about, and ``XXXX`` when nothing settles it.
    """
    if isinstance(published, str):
        try:
            published = date.fromisoformat(published[:10])
        except ValueError:
            published = None
    grammar = load_grammar(lang)
    view = article_view(text, lang)  # folded once for the components that read it after this one
    read: list[tuple[Candidate, Parts]] = []
    for cand in find_candidates(view, grammar):
        parts = read_parts(cand, grammar)
        if parts is not None and not in_phone_number(view.folded, cand, grammar) \
                and not after_decade_word(view.folded, cand, grammar):
            read.append((cand, parts))
    if published is None:
        # The page's own date line is the article's date: year-less days are placed next to it.
        published = next((_period(p)[0] for c, p in read
                          if c.dateline and p.kind == "day" and p.year is not None and p.day0 is None
                          and _period(p) is not None), None)
    # With the article's own date a year the text leaves out is placed next to it: the year
    # the article is about is not needed; nor is it when every date writes its year.
    context = topic_year(read, view.folded, grammar) \
        if published is None and any(parts.year is None for _, parts in read) else YearContext()
    records = []
    previous_end = 0
    joined: tuple[int, int] | None = None  # (year, last month) of the year-less period just before
    for cand, parts in read:
        # A day range and a pair of months give one row per named day or month, on the same
        # span ("19-20/4", "April and May"); a run of months is one interval ("from June to
        # August"), its year written or inferred.
        readings = _readings(parts)
        role = period_role(view.folded, cand.folded_start, cand.folded_end, grammar, previous_end) \
            if parts.year is None and published is None else None
        coordinated = joined if joined is not None and grammar.coordination.fullmatch(
            view.folded, previous_end, cand.folded_start) else None
        previous_end = cand.folded_end
        joined = None
        end = cand.end
        glued = _GLUED_YEAR.match(text, cand.end) if parts.kind == "day" and parts.year is None \
            and parts.year_offset is None and parts.year2 is None else None
        if glued is not None:
            # "12 Μαΐου 2017ΤΕΥΧΟΣ": the year is written but run into the next word, so no rule
            # read it; placing the day in another year would be silently wrong.
            readings = [replace(reading, year=int(glued.group(1))) for reading in readings]
            end = glued.end()
        for reading in readings:
            shared = _shared_year(reading, coordinated) if published is None else None
            fields = interpret(reading if shared is None else replace(reading, year=shared), context, published, role)
            if fields is None:
                continue
            if shared is not None:
                fields["year_inferred"] = True
            records.append({"text": text[cand.start:end], "char_start": cand.start, "char_end": end,
                            "language": lang, **fields})
            if reading.year is None and reading.year_offset is None and fields["period_start"]:
                joined = (int(fields["period_start"][:4]), _month_span(reading)[1])
    return records


# A four-digit year right after a year-less day, run into the next word without a space.
_GLUED_YEAR = re.compile(r"[ \u00a0]?((?:1[89]|20)\d\d)(?=[^\W\d_])")


def _shared_year(reading: Parts, previous: tuple[int, int] | None) -> int | None:
    """The year a year-less period joined to the one before it ("the second and the third
    quarter") shares with it: the same year when it runs on from it (it starts no earlier than
    the month that one ends); None otherwise (a period of its own, or "December and January")."""
    if previous is None or reading.year is not None or reading.year_offset is not None:
        return None
    if reading.kind == "interval" and reading.month is None:
        return None
    year, last_month = previous
    return year if _month_span(reading)[0] >= last_month else None


def extract(doc: Doc) -> list[dict[str, Any]]:
    """The dates component: :func:`find_dates` on the document, with its publication date."""
    return find_dates(doc_text(doc), doc.lang_, published_date(doc))


def prepare(lang: str) -> None:
    """Load ``lang``'s date grammar now (compiling it takes a fraction of a second)."""
    load_grammar(lang)
