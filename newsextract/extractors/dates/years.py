"""The year an article is about, when it gives no date of its own: a small, explainable scoring.

A date written without its year ("Sáng 14/11", "مساء 18 ديسمبر") takes the year the article
settles. Without a publication date that year is read off the explicit years in the text:

* every explicit year is a piece of **evidence** of one class, weighted by
  :data:`EVIDENCE_WEIGHTS`: a part of a year reported on ("the first 9 months of 2023", "Q1
  2024", "since the start of 2024") says the year is under way and weighs most; a month of a
  year less; a year on its own ("the 2023 review") one; a full date (a document's, a past
  event's, an anniversary's) only breaks ties; horizons ("by 2030") and ranges
  ("2021-2025") nothing;
* a year just after a *same period* cue ("compared with the same period of 2024") votes
  :data:`EVIDENCE_WEIGHTS` ``same_period`` for the year after it, the article's own (the
  latest such year only: an earlier one reaches further back);
* a year just after a *comparison* cue ("compared with 2022"), a bare year just after a
  *since* cue ("since 2021") and a year in a clause opened by a *target* cue ("strive to ...
  in 2025") say nothing about the current year and weigh nothing;
* the first sentence of an article states its event, so evidence there counts
  :data:`LEAD_FACTOR` times;
* "N years of carrying out the directive of <date in year Y>" votes :data:`DURATION_WEIGHT`
  for Y + N, unless an anniversary cue opens it ("the 80th anniversary (1948-2028)");
* at the **turn of a year** Y -> Y + 1 (used when the article has no year-less day of its
  own, and for the proposal the timeline below checks) a year-less period ending by March is
  in Y + 1 and any other in Y (the year under review). An article stands at a turn when its
  own year-less day (its first), if any, falls in October-March and either Y is reviewed and
  Y + 1 planned, both named as years, or Y is named after a review cue ("the 2023 review"),
  or -- for October-December -- Y + 1 is named after a plan cue ("setting the tasks for
  2024"); not when Y + 1 is already reported on past March, nor when Y is reported on only
  up to mid-year.

Otherwise the best-scored year wins (ties go to the later year).

When the article has a year-less day of its own (its first, the **meeting**), that day must
also fit a consistent **timeline** (:func:`settle_meeting`). Each explicit period gets a
**role** from the cue words of its clause (:func:`period_role`): *reported* (a result word:
"đạt", "بلغ", "ανήλθαν"), *reviewed* (a review cue), *planned* (a plan cue), *aimed* (a goal,
future or request word: "phấn đấu", "sẽ", "θα", "سوف"), *begun* ("since 2021"). A role
constrains where the meeting can stand (:func:`violates`, grace periods as named constants):
reported parts of a year are over by then, a year reported on as a whole has run a quarter,
a reviewed period ends around it, a planned period starts around or after it, an aimed one
is not over. Among the candidate years (the scoring's proposal, its best year, and the years
either side) the meeting takes the one that breaks fewest constraints; the scoring decides
among equals. The other year-less periods are then placed around the meeting, their own
roles allowing: next to it when close, else by the turn rule or in the meeting's year
(:meth:`YearContext.place`); so are they when the article's first date is its own day
written in full ("5 July 2024, ...").
"""
from __future__ import annotations

import bisect
import calendar
import functools
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .grammar import Grammar

# How much one mention of a year says about the year the article is about, by class.
EVIDENCE_WEIGHTS: dict[str, float] = {
    "dateline": 6.0,     # the page's own date line at its top ("date 2023-12"): its year
    "since_start": 3.0,  # "since the start of 2024": the year is under way
    "same_period": 2.0,  # "compared with the same period of 2024": the article is in 2025
    "span": 3.0,         # a reported part of a year: quarter, half, first N months
    "month": 2.0,        # one month of a year: often the current one, sometimes an event ahead
    "year": 1.0,         # a year on its own
    "day": 0.25,         # a full date: documents and past events; breaks ties only
    "horizon": 0.0,      # "by 2030", "vision to 2045"
    "none": 0.0,         # ranges of years
}
DURATION_WEIGHT = 2.0      # "10 years of carrying out the plan of 15 August 2014" -> 2024
LEAD_FACTOR = 2.0          # the first sentence states the event: its years count double
TARGET_WINDOW = 60         # characters before a year searched for a target cue (same clause)
REVIEW_WINDOW = 100        # characters before a year searched for a review cue (same clause)
ANCHOR_WINDOW = 150        # characters after "N years of" searched for the starting date
CUE_WINDOW = 40            # characters before a year searched for a comparison/since cue
ANNIVERSARY_WINDOW = 25    # characters before "N years" searched for an anniversary cue
TURN_LAST_MONTH = 3        # at the turn of Y to Y+1, periods ending by March are in Y+1
TURN_FIRST_MONTH = 10      # ... and an article dated October-March can stand at a turn
REVIEW_FIRST_LATE_MONTH = 9  # a year reported only up to before September is not under review
REQUEST_WINDOW = 160       # characters before a result word searched for a request governing it (same clause)
REPORT_WINDOW = 60         # characters either side of a period searched for a result word (same clause)

# Where a period may stand relative to the meeting, by role (days; see :func:`violates`).
REPORTED_PART_END_GRACE = 31    # a reported part of a year (quarter, N months, a day) is over
REPORTED_YEAR_MIN_ELAPSED = 90  # a year reported on as a whole has run for a quarter at least
REVIEW_END_GRACE = 92           # a reviewed period ends at most a quarter after the meeting
PLAN_START_GRACE = 92           # a planned period starts at most a quarter before the meeting
AIMED_END_GRACE = 31            # an estimate or goal may still be about a period just over
                                # ("growth in the third quarter will reach ...", said in October)
# Classes of evidence that state a year under way: enough to say which year "this year" is.
CURRENT_YEAR_EVIDENCE = frozenset({"dateline", "same_period", "since_start", "span", "month", "duration"})
NEAR_MEETING_DAYS = 92          # a year-less period this close to the meeting is placed next to it

# Roles of a period in the article's timeline, from the cue words of its clause.
REPORTED, REVIEWED, PLANNED, AIMED, BEGUN = "reported", "reviewed", "planned", "aimed", "begun"

_SENTENCE_END = re.compile(r"[.!?؟;؛\n](?!\d)")


@dataclass(slots=True)
class Mention:
    """One explicit year in the text, as the scoring sees it (offsets in the folded text).

    Not frozen, as :class:`Evidence`: both are built for each year of an article and never
    changed, and a frozen dataclass sets each field through ``object.__setattr__``."""

    year: int
    evidence: str          # a key of EVIDENCE_WEIGHTS
    last_month: int | None  # last month the expression covers (spans and months), else None
    start: int             # where the whole match starts
    year_start: int        # where its year is written
    is_range: bool = False  # a range of years: never a starting date of a duration
    end: int | None = None  # where the whole match ends
    period: tuple[date, date] | None = None  # first and last day the expression covers
    floor: int = 0          # where the date written before it ends


@dataclass(slots=True)
class Evidence:
    """What one mention (or duration) contributes: a year, a class and a weight, with why."""

    year: int
    evidence: str
    weight: float
    last_month: int | None
    reason: str
    reviewed: bool = False  # a whole year after a review cue ("the 2023 review")
    planned: bool = False   # a whole year after a plan cue ("the tasks for 2024")
    role: str | None = None  # its place in the timeline (REPORTED, PLANNED, ...), if any
    period: tuple[date, date] | None = None  # first and last day it covers


@dataclass(frozen=True)
class YearContext:
    """The year a year-less date takes: ``year`` (best scored) or, at a turn, Y or Y + 1."""

    year: int | None = None
    turn: int | None = None  # Y when the article stands at the turn of Y to Y + 1
    lead_month: int | None = None  # month of the article's own year-less day, if any
    meeting: date | None = None  # the article's own year-less day, its year settled
    firm: bool = False  # is ``year`` stated as under way (:data:`CURRENT_YEAR_EVIDENCE`)?

    @property
    def settled(self) -> int | None:
        """:attr:`current` when the text settles it: by the article's own day, or by evidence
        that ``year`` is under way (a part of it reported on, a month of it, "the same period of
        last year"); whole years and full dates alone say which years the text talks about,
        not which one is "this year" ("this year's arrivals exceeded all of 2016")."""
        if self.meeting is not None or self.firm:
            return self.current
        return None

    @property
    def current(self) -> int | None:
        """The article's own year, which "this year" / "last year" count from."""
        if self.meeting is not None:
            return self.meeting.year
        if self.turn is not None and self.lead_month is not None:
            return self.year_for(self.lead_month)
        return self.year

    def place(self, span: tuple[int, int, int | None, int | None], role: str | None = None) -> int | None:
        """The year of a year-less period ``(first month, last month, first day, last day)``.

        Around a settled meeting the period takes, among the meeting's year and the years
        either side, one its ``role`` allows: the placement nearest the meeting when it lies
        within :data:`NEAR_MEETING_DAYS` of it ("on 20 December ... in January" is next
        January), else the turn rule when the article stands at a turn, else the meeting's
        own year. Without a meeting, :meth:`year_for`.
        """
        if self.meeting is None:
            return self.year_for(span[1])
        meeting = self.meeting
        options = []
        for order, year in enumerate((meeting.year, meeting.year - 1, meeting.year + 1)):
            period = period_of(year, *span)
            if period is None:
                continue
            start, end = period
            gap = 0 if start <= meeting <= end else min(abs((start - meeting).days), abs((end - meeting).days))
            if role is None or not violates(role, False, period, meeting):
                options.append((gap, order, year))
        if not options:
            return self.year_for(span[1]) if self.turn is not None else meeting.year
        gap, _, nearest = min(options)
        allowed = {year for _, _, year in options}
        if gap <= NEAR_MEETING_DAYS:
            return nearest
        if self.turn is not None and self.year_for(span[1]) in allowed:
            return self.year_for(span[1])
        return meeting.year if meeting.year in allowed else nearest

    def year_for(self, last_month: int) -> int | None:
        """The year of a year-less period ending in ``last_month``, by the turn rule."""
        if self.turn is not None:
            return self.turn + 1 if last_month <= TURN_LAST_MONTH else self.turn
        return self.year


def _clause_before(folded: str, start: int, width: int) -> str:
    """The text of the same sentence just before ``start`` (at most ``width`` characters)."""
    window = folded[max(0, start - width):start]
    last_end = 0
    for end in _SENTENCE_END.finditer(window):  # the last one (no list of them all)
        last_end = end.end()
    return window[last_end:]


def _clause_after(folded: str, end: int, width: int) -> str:
    """The text of the same sentence just after ``end`` (at most ``width`` characters)."""
    window = folded[end:end + width]
    stop = _SENTENCE_END.search(window)
    return window[:stop.start()] if stop else window


def _last_cue(pattern: re.Pattern[str], text: str) -> int:
    """Where the last cue of ``pattern`` in ``text`` ends, or -1."""
    last_end = -1
    for m in pattern.finditer(text):  # the last one (no list of them all)
        last_end = m.end()
    return last_end


def period_role(folded: str, start: int, end: int, grammar: Grammar, floor: int = 0) -> str | None:
    """The role of the period written at ``folded[start:end]`` in the article's timeline.

    A plan or goal/future word just before it in its clause rules the result words after it
    ("phấn đấu tăng 10% trong năm 2025" is aimed at); otherwise the nearest cue before it in
    its clause decides (plan or future word, review, result word); failing that, a result
    word just after it ("năm 2024 đạt ...", "το 2024 η επαρχία προσέλκυσε"). None when its
    clause says nothing. A review or result word before ``floor`` (the end of the date written
    before this one) belongs to that date ("the 2023 review and the launch for 2024").
    """
    return _role_in_clause(folded, _clause_before(folded, start, REVIEW_WINDOW), start, end, grammar, floor)


def _role_in_clause(folded: str, before: str, start: int, end: int, grammar: Grammar, floor: int,
                    cued: bool | None = None) -> str | None:
    """:func:`period_role` with ``before``, the clause before ``start`` (:data:`REVIEW_WINDOW` wide);
    ``cued``: whether :attr:`Grammar.clause_cue` finds a cue word in it (searched when None)."""
    if cued is None:
        cued = grammar.clause_cue.search(before) is not None
    if not cued:  # no cue before: only a result word after it can say
        return REPORTED if grammar.report_cue.search(_clause_after(folded, end, REPORT_WINDOW)) else None
    origin = start - len(before)  # offsets below are inside ``before``

    def last(pattern: re.Pattern[str], width: int) -> int:
        tail = before[-width:]
        found = _last_cue(pattern, tail)
        return len(before) - len(tail) + found if found >= 0 else -1

    ahead = [(last(grammar.plan_cue, REVIEW_WINDOW), PLANNED), (last(grammar.future_cue, TARGET_WINDOW), AIMED)]
    position, role = max(ahead)
    if position >= max(0, len(before) - TARGET_WINDOW):
        return role
    looked_back = [(last(grammar.review_cue, REVIEW_WINDOW), REVIEWED), (last(grammar.report_cue, REPORT_WINDOW), REPORTED)]
    if looked_back[1][0] > max(p for p, _ in looked_back[:1] + ahead):
        # Result words after a request or future word are what is asked for: "requested the
        # committee to report the results before the first session of 2026".
        wide = _clause_before(folded, start, REQUEST_WINDOW)
        report_at = len(wide) - (len(before) - looked_back[1][0])
        requests = [(_last_cue(grammar.future_cue, wide[:report_at]), AIMED),
                    (_last_cue(grammar.plan_cue, wide[:report_at]), PLANNED)]
        position, role = max(requests)
        if position >= 0 and not _SENTENCE_END.search(wide[position:report_at]):
            return role
    position, role = max(ahead + [(p, r) for p, r in looked_back if p > floor - origin])
    if position >= 0:
        return role
    if grammar.report_cue.search(_clause_after(folded, end, REPORT_WINDOW)):
        return REPORTED
    return None


@functools.lru_cache(maxsize=65536)
def period_of(year: int, first_month: int, last_month: int, first_day: int | None = None,
              last_day: int | None = None) -> tuple[date, date] | None:
    """First and last day of a period of ``year``; None for a day the year lacks (29 February).

    Remembered: the same few periods (a month, a quarter of the years around an article's)
    are asked for again and again, and each answer costs several calendar look-ups."""
    if first_day is not None and first_day > calendar.monthrange(year, first_month)[1]:
        return None
    start = date(year, first_month, first_day or 1)
    end_day = last_day if last_day is not None else calendar.monthrange(year, last_month)[1]
    if end_day > calendar.monthrange(year, last_month)[1]:
        return None
    return start, date(year, last_month, end_day)


def violates(role: str, whole_year: bool, period: tuple[date, date], meeting: date) -> bool:
    """Does a period in ``role`` break the timeline of an article whose meeting is ``meeting``?"""
    start, end = period
    if role == REPORTED:
        if whole_year:
            return meeting < start + timedelta(days=REPORTED_YEAR_MIN_ELAPSED)
        return end > meeting + timedelta(days=REPORTED_PART_END_GRACE)
    if role == REVIEWED:
        return end > meeting + timedelta(days=REVIEW_END_GRACE)
    if role == PLANNED:
        return start < meeting - timedelta(days=PLAN_START_GRACE) or end < meeting
    if role == AIMED:
        return end < meeting - timedelta(days=AIMED_END_GRACE)
    if role == BEGUN:
        return start > meeting
    return False


def first_sentence_end(folded: str) -> int:
    """Where the first sentence, which states the article's event, ends."""
    first_end = _SENTENCE_END.search(folded)
    return first_end.start() if first_end else len(folded)


def collect_evidence(mentions: list[Mention], folded: str, grammar: Grammar) -> list[Evidence]:
    """The weighted evidence of every explicit year, and of durations counted from a date."""
    evidence: list[Evidence] = []
    lead_end = first_sentence_end(folded)
    for m in mentions:
        weight, reason = EVIDENCE_WEIGHTS[m.evidence], m.evidence
        clause = _clause_before(folded, m.start, REVIEW_WINDOW)
        cued = grammar.clause_cue.search(clause) is not None  # else no target, review or plan cue in it
        if m.start < lead_end:
            weight, reason = weight * LEAD_FACTOR, f"{reason} (first sentence)"
        if weight and m.evidence != "since_start":
            # A cue stands right before the expression ("compared with the fourth quarter of
            # 2023") or right before its year inside it ("từ năm 2021").
            befores = (folded[max(0, m.start - CUE_WINDOW):m.start],) if m.year_start == m.start else (
                folded[max(0, m.start - CUE_WINDOW):m.start], folded[max(0, m.year_start - CUE_WINDOW):m.year_start])
            # Most years have none of these cues before them: one search says so for the three.
            near = any(map(grammar.near_cue.search, befores))
            if near and any(map(grammar.same_period_cue.search, befores)):
                # "the same period of 2024" is the year before the article's own.
                factor = LEAD_FACTOR if m.start < lead_end else 1.0
                evidence.append(Evidence(m.year + 1, "same_period", EVIDENCE_WEIGHTS["same_period"] * factor,
                                         None, f"same period of {m.year}"))
            if near and any(map(grammar.comparison_cue.search, befores)):
                weight, reason = 0.0, "comparison"
            elif near and m.evidence == "year" and any(map(grammar.since_cue.search, befores)):
                weight, reason = 0.0, "since"
            # The clause of TARGET_WINDOW characters is the end of the wider one.
            elif cued and grammar.target_cue.search(clause[-TARGET_WINDOW:]):
                weight, reason = 0.0, "target"
        reviewed = bool(weight) and (m.evidence == "year" or (m.evidence == "span" and m.last_month == 12)) \
            and cued and grammar.review_cue.search(clause) is not None
        planned = bool(weight) and m.evidence == "year" \
            and cued and grammar.plan_cue.search(clause) is not None
        evidence.append(Evidence(m.year, m.evidence, weight, m.last_month, reason, reviewed, planned,
                                 _timeline_role(m, reason, folded, grammar, clause, cued),
                                 m.period))
    # Only the latest "same period" compares with the year before; an earlier one reaches
    # further back ("... and 25% above the same period of 2019, before the pandemic").
    same = [e.year for e in evidence if e.evidence == "same_period"]
    if same:
        evidence = [e for e in evidence if e.evidence != "same_period" or e.year == max(same)]
    explicit = [m.year for m in mentions if not m.is_range]
    if explicit:
        ceiling = max(explicit) + 1
        starts = [m.start for m in mentions]
        if any(a > b for a, b in zip(starts, starts[1:])):
            starts = None  # not in text order: looked up one by one
        for d in grammar.duration.finditer(folded):
            if grammar.anniversary_cue.search(folded[max(0, d.start() - ANNIVERSARY_WINDOW):d.start()]):
                continue
            years = int(d.group(1))
            anchor = _first_mention_from(mentions, starts, d.end())
            if anchor is None:
                continue
            between = folded[d.end():anchor.start]
            if len(between) <= ANCHOR_WINDOW and not _SENTENCE_END.search(between) \
                    and anchor.year + years <= ceiling:
                evidence.append(Evidence(anchor.year + years, "duration", DURATION_WEIGHT, None,
                                         f"{years} years from {anchor.year}"))
    return evidence


def _first_mention_from(mentions: list[Mention], starts: list[int] | None, position: int) -> Mention | None:
    """The first mention (in list order) starting at or after ``position``; by bisection when
    ``starts`` (the mentions' starts, ascending) is given."""
    if starts is None:
        return next((m for m in mentions if m.start >= position), None)
    index = bisect.bisect_left(starts, position)
    return mentions[index] if index < len(mentions) else None


def _timeline_role(m: Mention, reason: str, folded: str, grammar: Grammar, clause: str,
                   cued: bool | None = None) -> str | None:
    """The role of an explicit year in the timeline: by its cue class, else by its clause
    (``clause``: the one before it, :data:`REVIEW_WINDOW` wide; ``cued``: as for
    :func:`_role_in_clause`)."""
    if m.is_range or m.period is None:
        return None
    if reason == "comparison":
        return REPORTED   # "compared with 2023": a period already over
    if reason == "since" or m.evidence == "since_start":
        return BEGUN
    if m.evidence == "horizon":
        return AIMED
    return _role_in_clause(folded, clause, m.start, m.end if m.end is not None else m.year_start + 4, grammar,
                           m.floor, cued)


def _in_turn_window(month: int) -> bool:
    return month >= TURN_FIRST_MONTH or month <= TURN_LAST_MONTH


def _is_turn(year: int, evidence: list[Evidence], lead_month: int | None) -> bool:
    """Does the article, dated ``lead_month`` if known, review ``year`` and plan ``year + 1``?"""
    if lead_month is not None and not _in_turn_window(lead_month):
        return False
    live = [e for e in evidence if e.weight > 0]
    reviewed = any(e.year == year and e.evidence in ("year", "span", "month", "since_start") for e in live)
    planned = any(e.year == year + 1 and e.evidence == "year" for e in live)
    # A year reviewed as a whole puts an article dated October-March at its turn even when
    # the next year goes unnamed ("on 10 January the 2023 review was held").
    closed = lead_month is not None and any(e.year == year and e.reviewed for e in live)
    # A year planned as a whole puts an article dated October-December in the year before
    # ("on 20 December the tasks for 2024 were set").
    opened = lead_month is not None and lead_month >= TURN_FIRST_MONTH \
        and any(e.year == year + 1 and e.planned for e in live)
    if not ((reviewed and (planned or closed)) or opened):
        return False
    for e in live:
        if e.year == year + 1 and (e.evidence == "since_start"
                                   or (e.evidence == "span" and (e.last_month or 12) > TURN_LAST_MONTH)):
            return False  # the next year is already reported on past its first quarter
    ends = [e.last_month for e in live if e.year == year and e.evidence in ("span", "month") and e.last_month]
    return not ends or max(ends) >= REVIEW_FIRST_LATE_MONTH


def settle_year(evidence: list[Evidence], lead_month: int | None = None) -> YearContext:
    """Add the weights per year; the best year, and the turn of a year when there is one.

    ``lead_month`` is the month of the article's own year-less day (its first), if any.
    """
    scores: Counter[int] = Counter()
    for e in evidence:
        scores[e.year] += e.weight
    positive = {y: s for y, s in scores.items() if s > 0}
    if not positive:
        return YearContext()
    best = max(positive.items(), key=lambda kv: (kv[1], kv[0]))[0]
    turns = [y for y in (best - 1, best) if _is_turn(y, evidence, lead_month)]
    turn = max(turns, key=lambda y: (scores[y] + scores[y + 1], y)) if turns else None
    firm = any(e.year == best and e.weight > 0 and e.evidence in CURRENT_YEAR_EVIDENCE for e in evidence)
    return YearContext(best, turn, lead_month, firm=firm)


def timeline_violations(evidence: list[Evidence], meeting: date) -> list[Evidence]:
    """The pieces of evidence whose role the meeting date ``meeting`` contradicts."""
    return [e for e in evidence if e.role is not None and e.period is not None
            and violates(e.role, e.evidence in ("year", "since_start"), e.period, meeting)]


def settle_meeting(evidence: list[Evidence], lead: tuple[int, int] | None = None,
                   dated_lead: date | None = None) -> YearContext:
    """The year of the article and of its own year-less day ``lead`` = (month, day), if any.

    ``dated_lead`` is the article's own day when its first sentence writes it with its year:
    the meeting is then known and only the scoring's year is computed.

    The scoring of :func:`settle_year` proposes a year; when another candidate (the best-scored
    year, the proposal, or a year either side of them) breaks fewer timeline constraints, the
    fewest win, then the higher score, then the year nearest the proposal.
    """
    if dated_lead is not None:
        return replace(settle_year(evidence, dated_lead.month), meeting=dated_lead)
    context = settle_year(evidence, lead[0] if lead else None)
    if lead is None or context.year is None:
        return context
    month, day = lead
    proposed = context.year_for(month)
    scores: Counter[int] = Counter()
    for e in evidence:
        scores[e.year] += e.weight
    # The candidates stay next to what the scoring says: a far year (an anniversary's, a
    # document's) that happens to break nothing never wins on that alone.
    candidates = {y + d for y in (context.year, proposed) for d in (-1, 0, 1)}

    def cost(year: int) -> int | None:
        if day > calendar.monthrange(year, month)[1]:
            return None
        return len(timeline_violations(evidence, date(year, month, day)))

    costs = {y: c for y in candidates if (c := cost(y)) is not None}
    if not costs:
        return context
    fewest = min(costs.values())
    year = proposed if costs.get(proposed) == fewest else \
        max((y for y, c in costs.items() if c == fewest), key=lambda y: (scores[y], -abs(y - proposed), y))
    return replace(context, meeting=date(year, month, day))
