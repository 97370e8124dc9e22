"""The year an article is about, when it gives no date of its own: a small, explainable scoring.

A date written without its year ("Sáng 14/11", "مساء 18 ديسمبر") takes the year the article
settles. Without a publication date that year is read off the explicit years in the text:

* every explicit year is a piece of **evidence** of one class, weighted by
  :data:`EVIDENCE_WEIGHTS`: a part of a year reported on ("the first 9 months of 2023", "Q1
  2024", "since the start of 2024") says the year is under way and weighs most; a month of a
  year less; a year on its own ("the 2023 review") one; a full date (a document's, a past
  event's, an anniversary's) only breaks ties; horizons ("by 2030") and ranges
  ("2021-2025") nothing;
* a year just after a *comparison* cue ("compared with 2022"), a bare year just after a
  *since* cue ("since 2021") and a year in a clause opened by a *target* cue ("strive to ...
  in 2025") say nothing about the current year and weigh nothing;
* the first sentence of an article states its event, so evidence there counts
  :data:`LEAD_FACTOR` times;
* "N years of carrying out the directive of <date in year Y>" votes :data:`DURATION_WEIGHT`
  for Y + N, unless an anniversary cue opens it ("the 80th anniversary (1948-2028)");
* at the **turn of a year** Y -> Y + 1 a year-less period ending by March is in Y + 1 and any
  other in Y (the year under review). An article stands at a turn when its own year-less day
  (its first), if any, falls in October-March and either Y is reviewed and Y + 1 planned, both named as
  years, or Y is named after a review cue ("the 2023 review"), or -- for October-December --
  Y + 1 is named after a plan cue ("setting the tasks for 2024"); not when Y + 1 is already
  reported on past March, nor when Y is reported on only up to mid-year.

Otherwise the best-scored year wins (ties go to the later year).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .grammar import Grammar

# How much one mention of a year says about the year the article is about, by class.
EVIDENCE_WEIGHTS: dict[str, float] = {
    "since_start": 3.0,  # "since the start of 2024": the year is under way
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

_SENTENCE_END = re.compile(r"[.!?؟;؛\n](?!\d)")


@dataclass(frozen=True)
class Mention:
    """One explicit year in the text, as the scoring sees it (offsets in the folded text)."""

    year: int
    evidence: str          # a key of EVIDENCE_WEIGHTS
    last_month: int | None  # last month the expression covers (spans and months), else None
    start: int             # where the whole match starts
    year_start: int        # where its year is written
    is_range: bool = False  # a range of years: never a starting date of a duration


@dataclass(frozen=True)
class Evidence:
    """What one mention (or duration) contributes: a year, a class and a weight, with why."""

    year: int
    evidence: str
    weight: float
    last_month: int | None
    reason: str
    reviewed: bool = False  # a whole year after a review cue ("the 2023 review")
    planned: bool = False   # a whole year after a plan cue ("the tasks for 2024")


@dataclass(frozen=True)
class YearContext:
    """The year a year-less date takes: ``year`` (best scored) or, at a turn, Y or Y + 1."""

    year: int | None = None
    turn: int | None = None  # Y when the article stands at the turn of Y to Y + 1
    lead_month: int | None = None  # month of the article's own year-less day, if any

    @property
    def current(self) -> int | None:
        """The article's own year, which "this year" / "last year" count from."""
        if self.turn is not None and self.lead_month is not None:
            return self.year_for(self.lead_month)
        return self.year

    def year_for(self, last_month: int) -> int | None:
        """The year of a year-less period ending in ``last_month``."""
        if self.turn is not None:
            return self.turn + 1 if last_month <= TURN_LAST_MONTH else self.turn
        return self.year


def _clause_before(folded: str, start: int, width: int) -> str:
    """The text of the same sentence just before ``start`` (at most ``width`` characters)."""
    window = folded[max(0, start - width):start]
    ends = list(_SENTENCE_END.finditer(window))
    return window[ends[-1].end():] if ends else window


def collect_evidence(mentions: list[Mention], folded: str, grammar: Grammar) -> list[Evidence]:
    """The weighted evidence of every explicit year, and of durations counted from a date."""
    evidence: list[Evidence] = []
    first_end = _SENTENCE_END.search(folded)
    lead_end = first_end.start() if first_end else len(folded)
    for m in mentions:
        weight, reason = EVIDENCE_WEIGHTS[m.evidence], m.evidence
        if m.start < lead_end:
            weight, reason = weight * LEAD_FACTOR, f"{reason} (first sentence)"
        if weight and m.evidence != "since_start":
            # A cue stands right before the expression ("compared with the fourth quarter of
            # 2023") or right before its year inside it ("từ năm 2021").
            befores = (folded[max(0, m.start - CUE_WINDOW):m.start],
                       folded[max(0, m.year_start - CUE_WINDOW):m.year_start])
            if any(grammar.comparison_cue.search(b) for b in befores):
                weight, reason = 0.0, "comparison"
            elif m.evidence == "year" and any(grammar.since_cue.search(b) for b in befores):
                weight, reason = 0.0, "since"
            elif grammar.target_cue.search(_clause_before(folded, m.start, TARGET_WINDOW)):
                weight, reason = 0.0, "target"
        reviewed = bool(weight) and (m.evidence == "year" or (m.evidence == "span" and m.last_month == 12)) \
            and grammar.review_cue.search(_clause_before(folded, m.start, REVIEW_WINDOW)) is not None
        planned = bool(weight) and m.evidence == "year" \
            and grammar.plan_cue.search(_clause_before(folded, m.start, REVIEW_WINDOW)) is not None
        evidence.append(Evidence(m.year, m.evidence, weight, m.last_month, reason, reviewed, planned))
    explicit = [m.year for m in mentions if not m.is_range]
    if explicit:
        ceiling = max(explicit) + 1
        for d in grammar.duration.finditer(folded):
            if grammar.anniversary_cue.search(folded[max(0, d.start() - ANNIVERSARY_WINDOW):d.start()]):
                continue
            years = int(d.group(1))
            anchor = next((m for m in mentions if m.start >= d.end()), None)
            if anchor is None:
                continue
            between = folded[d.end():anchor.start]
            if len(between) <= ANCHOR_WINDOW and not _SENTENCE_END.search(between) \
                    and anchor.year + years <= ceiling:
                evidence.append(Evidence(anchor.year + years, "duration", DURATION_WEIGHT, None,
                                         f"{years} years from {anchor.year}"))
    return evidence


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
    return YearContext(best, turn, lead_month)
