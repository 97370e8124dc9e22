"""Numbers as written in Arabic, Greek and Vietnamese news: digits, separators, scale words.

Reading a number takes three decisions that depend on the language, so they live in
``extractors/resources/<iso>/numbers.yaml``, not in code:

* **separators**: Arabic writes ``8,641`` for 8641 and ``8.8`` for 8.8, Greek and Vietnamese
  write ``8.641`` for 8641 and ``29,8`` for 29.8. The shape decides first (``1.234.567`` can
  only be grouping, ``29,8`` only a decimal); only a single mark followed by exactly three
  digits is settled by the convention, and the other reading is kept so that a caller who
  knows the number counts whole things can prefer it. The convention belongs to the article,
  not only to its language: a translation into Arabic may keep the Vietnamese ``58,7%`` and
  ``4.350 مليار``, a Greek text may be written with English marks. :func:`separator_convention`
  reads it from the article's unambiguous numbers and falls back to the language's
  ``decimal_mark`` / ``group_mark`` when they say nothing or disagree;
* **scale words** (``مليار``, ``εκατ.``, ``tỷ``) multiply; several multiply together
  (``nghìn tỷ``), and one scale word after a range applies to both ends (``7 و10 ملايين``);
* **number words** (``ثلاثة``, ``δύο``, ``hai``) stand for small counts.

Matching runs on the folded view of :func:`newsextract.textnorm.match_view` (Arabic-Indic
and Persian digits become ASCII, Arabic ``٫ ٬`` become ``. ,``); offsets are mapped back to
the stored text. Everything is compiled once per language.
"""
from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field

from ..resources import check_language, load_yaml
from ..textnorm import MatchView, ascii_digits, fold, match_view

__all__ = ["NumberGrammar", "NumberMatch", "SeparatorConvention", "article_view", "digit_readings", "find_numbers",
           "grammar", "parse_digits", "parse_number", "scan_numbers", "separator_convention"]

# A run of digits with inner "." / "," marks; never glued to a preceding digit or mark.
DIGITS = r"(?<![\d.,])\d+(?:[.,]\d+)*(?![\d])"
DIGITS_RE = re.compile(DIGITS)


@functools.lru_cache(maxsize=None)
def _char_folds(lang: str) -> tuple[dict[int, str], dict[int, str]]:
    """Per language, each character's fold and whether it survives folding ("\x01") or is
    dropped ("\x00"), filled as characters are met (``str.translate`` tables)."""
    return {}, {}


@functools.lru_cache(maxsize=8)
def article_view(text: str, lang: str) -> MatchView:
    """The folded view of an article (the same as :func:`newsextract.textnorm.match_view`),
    built once for all the extractors that read it in turn (documents, then figures).

    Where folding drops characters (Arabic diacritics, Greek accents written apart) and
    makes none into several, the index map is read from a mask of the kept characters in
    one pass of C code rather than character by character; where a character folds to
    several, ``match_view`` builds it.
    """
    folds, kept = _char_folds(lang)
    chars = set(text)
    for ch in chars:
        if ord(ch) not in folds:
            folds[ord(ch)] = match_view(ch, lang).folded  # every character folds on its own
            kept[ord(ch)] = "\x01" if folds[ord(ch)] else "\x00"
    lengths = {len(folds[ord(ch)]) for ch in chars}
    if lengths <= {1}:
        index: tuple[int, ...] = tuple(range(len(text) + 1))
    elif lengths == {0, 1}:
        mask = text.translate(kept).encode("latin-1")
        index = (*itertools.compress(range(len(text)), mask), len(text))
    else:
        return match_view(text, lang)  # a character folding to several
    return MatchView(text, text.translate(folds), index)


def _word_end(word: str) -> str:
    """A word ending in a letter must not run on into another letter ("و10" is fine)."""
    return "" if not word[-1:].isalnum() else r"(?![^\W\d_])"


@dataclass(frozen=True)
class NumberGrammar:
    """One language's number grammar, with its regexes compiled once."""

    lang: str
    decimal_mark: str
    group_mark: str
    scales: dict[str, float]
    number_words: dict[str, float]
    number_re: re.Pattern[str] = field(repr=False)
    scale_re: re.Pattern[str] = field(repr=False)
    scale_blocker_re: re.Pattern[str] | None = field(repr=False)
    connector_re: re.Pattern[str] = field(repr=False)


@functools.lru_cache(maxsize=None)
def grammar(lang: str) -> NumberGrammar:
    """The compiled number grammar of ``lang`` (read from ``numbers.yaml`` once)."""
    check_language(lang)
    data = load_yaml("extractors", lang, "numbers.yaml")
    scales = {fold(str(k), lang): float(v) for k, v in (data.get("scales") or {}).items()}
    words = {fold(str(k), lang): float(v) for k, v in (data.get("number_words") or {}).items()}
    blockers = [fold(str(b), lang) for b in data.get("scale_blockers") or []]
    connectors = [fold(str(c), lang) for c in data.get("range_connectors") or []]

    def words_pattern(items: list[str]) -> str:
        return "|".join(re.escape(w) + _word_end(w) for w in sorted(set(items), key=len, reverse=True))

    bare = {fold(str(w), lang) for w in data.get("bare_scales") or ()}
    for word in bare:
        words.setdefault(word, scales[word])
    number_alts = [DIGITS]
    if words:
        number_alts.append(r"(?<!\w)(?:" + words_pattern(list(words)) + ")")
    # A number begins with a digit or a number word's first letter: the lookahead lets the
    # engine skip to those characters (it changes no match).
    firsts = "".join(sorted({w[0] for w in words if w}))
    number_re = re.compile(rf"(?=[\d{re.escape(firsts)}])(?:" + "|".join(f"(?:{a})" for a in number_alts) + ")")
    scale_re = re.compile(r"\s*(?:" + words_pattern(list(scales)) + ")") if scales else re.compile(r"(?!)")
    blocker_re = re.compile(r"\s*(?:" + words_pattern(blockers) + ")") if blockers else None
    # A word connector needs a space or a digit on each side; "-" may touch both numbers.
    connector_re = re.compile(r"\s*(?:" + words_pattern(connectors) + r")\s*(?=\d|\w)") if connectors \
        else re.compile(r"(?!)")
    return NumberGrammar(lang, str(data.get("decimal_mark", ".")), str(data.get("group_mark", ",")),
                         scales, words, number_re, scale_re, blocker_re, connector_re)


def digit_readings(surface: str, lang: str, group_mark: str | None = None) -> tuple[float, ...]:
    """Possible values of a digit string, the convention's reading first; empty if malformed.

    ``group_mark`` is the article's thousands mark (see :func:`separator_convention`); by
    default the language's.

    ``"8,641"`` in Arabic -> ``(8641.0, 8.641)``; in Vietnamese -> ``(8.641, 8641.0)``;
    ``"29,8"`` -> ``(29.8,)`` everywhere; ``"1.234.567"`` -> ``(1234567.0,)``;
    ``"12.3.2024"`` (a date, not a number) -> ``()``.
    """
    s = surface.strip()
    if not s.isascii():  # ASCII text has no digits to rewrite
        s = ascii_digits(s)
    if not s or not s[0].isdigit() or not s[-1].isdigit():
        return ()
    marks = [c for c in s if c in ".,"]
    if not marks:
        return (float(s),)
    parts = re.split(r"[.,]", s)
    if len(set(marks)) == 2:
        # Both marks: the last one written is the decimal mark, the other groups thousands.
        last = max(s.rfind("."), s.rfind(","))
        head, tail = s[:last], s[last + 1:]
        group = "," if s[last] == "." else "."
        if s[last] in head:
            return ()
        groups = head.split(group)
        if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            return ()
        return (float("".join(groups) + "." + tail),)
    if len(marks) > 1:
        # One mark repeated can only group thousands ("1.234.567").
        if 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:]):
            return (float("".join(parts)),)
        return ()
    head, tail = parts
    as_decimal = float(head + "." + tail)
    if len(tail) != 3 or len(head) > 3 or head == "0":
        return (as_decimal,)
    as_grouped = float(head + tail)
    if marks[0] == (group_mark or grammar(lang).group_mark) or tail == "000":
        # Nobody writes "10,000" or "10.000" for ten: three zeros are always grouping.
        return (as_grouped, as_decimal)
    return (as_decimal, as_grouped)


def parse_digits(surface: str, lang: str, group_mark: str | None = None) -> float | None:
    """The value of a digit string in the conventions of ``lang`` (None if malformed)."""
    readings = digit_readings(surface, lang, group_mark)
    return readings[0] if readings else None


@dataclass(frozen=True)
class SeparatorConvention:
    """How one article writes numbers: its decimal and thousands marks, and why.

    ``source`` is ``"text"`` when the article's own unambiguous numbers decided, ``"language"``
    when they said nothing or disagreed and the language's default was taken.
    """

    decimal_mark: str
    group_mark: str
    source: str


# A digit string as evidence: not glued to a code ("24-KH", "QĐ/12"), not a heading ("1.2.").
EVIDENCE_RE = re.compile(r"(?=\d)(?<![\w/\-.,])(\d+(?:[.,]\d+)+)(?![\w/\-]|[.,]\d)(\s*[%٪])?")


def _decimal_vote(digits: str, marked: bool) -> str | None:
    """The decimal mark a digit string proves, or None when its shape leaves it open.

    Both marks: the last is the decimal mark. One mark repeated in groups of three: the other
    mark is the decimal mark. One mark followed by one or two, or by four or more, digits: it
    is the decimal mark, except that a short "1.2" or "10.30" proves nothing unless ``marked``
    (a percent sign or a scale word follows): it may be a heading, a version or a time.
    Three zeros after one mark show the thousands mark ("612.000"); any other three digits
    after one mark prove nothing.
    """
    marks = [c for c in digits if c in ".,"]
    parts = re.split(r"[.,]", digits)
    if len(set(marks)) == 2:
        last = digits[max(digits.rfind("."), digits.rfind(","))]
        head = digits[:max(digits.rfind("."), digits.rfind(","))]
        other = "," if last == "." else "."
        groups = head.split(other)
        if last in head or not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            return None
        return last
    if len(marks) > 1:
        if 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:]):
            return "," if marks[0] == "." else "."
        return None
    head, tail = parts
    if tail == "000" and head != "0":
        # Nobody writes "612.000" for 612: three zeros after one mark show it groups thousands.
        return "," if marks[0] == "." else "."
    if len(tail) == 3:
        return None
    if len(tail) <= 2 and not marked and len(head) <= 2 and marks[0] == ".":
        # "1.2" or "10.30" without a percent sign may be a heading, a version or a time.
        return None
    return marks[0]


def separator_convention(text: str, lang: str, folded: str | None = None) -> SeparatorConvention:
    """The decimal and thousands marks of one article, read from its unambiguous numbers.

    ``"58,7%"``, ``"2,35 tỷ"`` and ``"1.234.567"`` say the comma is the decimal mark;
    ``"8.8%"`` and ``"1,234,567"`` say the dot is. The majority decides; a text with no such
    number, or with as many of each, keeps the language's default. Only then is an
    ambiguous ``"4.350"`` read (4350 under a decimal comma, 4.35 under a decimal dot).
    ``folded`` is the text's :func:`match_view` folding when the caller already has it.

    >>> separator_convention("tăng 12.5%, đạt 1,234,567 lượt", "vi").decimal_mark
    '.'
    """
    g = grammar(lang)
    view = folded if folded is not None else match_view(text, lang).folded
    votes = {".": 0, ",": 0}
    for m in EVIDENCE_RE.finditer(view):
        marked = bool(m.group(2)) or g.scale_re.match(view, m.end(1)) is not None
        vote = _decimal_vote(m.group(1), marked)
        if vote is not None:
            votes[vote] += 1
    if votes["."] != votes[","]:
        decimal = "." if votes["."] > votes[","] else ","
        return SeparatorConvention(decimal, "," if decimal == "." else ".", "text")
    return SeparatorConvention(g.decimal_mark, g.group_mark, "language")



@dataclass
class NumberMatch:
    """A number phrase found in text: one value, or two for a range, after scale words.

    Offsets are into the text that was scanned (the folded view for :func:`scan_numbers`,
    the stored text for :func:`find_numbers`). For a range, ``second_start`` is where the
    upper end begins. ``readings`` keep the other digit reading(s) of each end (already
    scaled) for callers that can rule a reading out.
    """

    start: int
    end: int
    values: list[float]
    number_end: int                      # end of the (last) number, before any scale word
    scale: float = 1.0
    is_word: bool = False                # written as a word ("ثلاثة"), not digits
    total: float | None = None           # "185/261": the 261
    second_start: int | None = None
    readings: list[tuple[float, ...]] = field(default_factory=list)
    digits: list[str] = field(default_factory=list)

    @property
    def value(self) -> float:
        return self.values[0]

    @property
    def is_range(self) -> bool:
        return len(self.values) > 1


def _scaled(value: float, factor: float) -> float:
    """``value * factor`` without binary noise (66.1 * 1e9 is 66100000000, not ...99.99999)."""
    return float(f"{value * factor:.12g}")


def _read_number(view: str, pos: int, g: NumberGrammar, group_mark: str | None = None,
                 found: re.Match[str] | None = None) -> tuple[int, int, tuple[float, ...], bool] | None:
    """``(start, end, readings, is_word)`` of the number at ``pos``; ``found`` is its match when
    the caller's search has just made it."""
    m = found if found is not None else g.number_re.match(view, pos)
    if not m:
        return None
    text = m.group(0)
    if text[0].isdigit():
        readings = digit_readings(text, g.lang, group_mark)
        return (m.start(), m.end(), readings, False) if readings else None
    return m.start(), m.end(), (g.number_words[text],), True


def _read_scales(view: str, pos: int, g: NumberGrammar) -> tuple[float, int]:
    """Scale words right after ``pos`` (several multiply); returns (factor, end)."""
    factor, end = 1.0, pos
    while True:
        if g.scale_blocker_re is not None and g.scale_blocker_re.match(view, end):
            break
        m = g.scale_re.match(view, end)
        if not m:
            break
        factor *= g.scales[m.group(0).strip()]
        end = m.end()
    return factor, end


def scan_numbers(view: str, lang: str, group_mark: str | None = None) -> list[NumberMatch]:
    """Number phrases in an already folded text (see :func:`newsextract.textnorm.match_view`).

    Each phrase is a number (digits or a number word), then optionally ``/total``, a range's
    upper end, scale words, and a lower compound part ("1 tỷ 200 triệu"). ``group_mark`` is
    the article's thousands mark (:func:`separator_convention`); by default the language's.
    """
    g = grammar(lang)
    found: list[NumberMatch] = []
    pos = 0
    while True:
        m = g.number_re.search(view, pos)
        if not m:
            break
        first = _read_number(view, m.start(), g, group_mark, found=m)
        if first is None:
            pos = m.end()
            continue
        start, end, readings, is_word = first
        match = NumberMatch(start, end, [readings[0]], end, is_word=is_word, readings=[readings],
                            digits=[view[start:end]])
        # Ratio "185/261": the part after the slash is the whole.
        if not is_word and view.startswith("/", end):
            second = _read_number(view, end + 1, g, group_mark)
            if second and not second[3] and second[0] == end + 1:
                match.total = second[2][0]
                match.end = match.number_end = end = second[1]
        # Range "7 و10", "7-10", "7 đến 10": a second number, larger than the first.
        if match.total is None:
            c = g.connector_re.match(view, end)
            if c:
                second = _read_number(view, c.end(), g, group_mark)
                if second and second[0] == c.end() and second[3] == is_word and second[2][0] > readings[0]:
                    match.values.append(second[2][0])
                    match.readings.append(second[2])
                    match.digits.append(view[second[0]:second[1]])
                    match.second_start = second[0]
                    match.end = match.number_end = end = second[1]
        factor, scale_end = _read_scales(view, end, g)
        if factor != 1.0:
            match.scale = factor
            match.values = [_scaled(v, factor) for v in match.values]
            match.readings = [tuple(_scaled(r, factor) for r in rs) for rs in match.readings]
            match.end = end = scale_end
            # Compound "1 tỷ 200 triệu": a smaller scaled part right after adds on.
            tail = re.compile(r"\s+").match(view, end)
            if tail and not match.is_range:
                part = _read_number(view, tail.end(), g, group_mark)
                if part and not part[3]:
                    sub_factor, sub_end = _read_scales(view, part[1], g)
                    if 1.0 < sub_factor < factor and part[2][0] * sub_factor < factor:
                        extra = _scaled(part[2][0], sub_factor)
                        match.values = [match.values[0] + extra]
                        match.readings = [tuple(r + extra for r in match.readings[0])]
                        match.end = end = sub_end
        found.append(match)
        pos = max(end, m.end())
    return found


def find_numbers(text: str, lang: str, group_mark: str | None = None) -> list[NumberMatch]:
    """Number phrases in stored text, with offsets into ``text``.

    Pass ``group_mark=separator_convention(text, lang).group_mark`` to read ambiguous
    numbers by the article's own convention.
    """
    view = match_view(text, lang)
    out = []
    for m in scan_numbers(view.folded, lang, group_mark):
        m.start, m.end = view.span(m.start, m.end)
        m.number_end = view.span(0, m.number_end)[1] if m.number_end else 0
        if m.second_start is not None:
            m.second_start = view.index[m.second_start]
        out.append(m)
    return out


def parse_number(surface: str, lang: str, group_mark: str | None = None) -> float | None:
    """The value of a whole number phrase ("8,641 مليار", "1,5 εκατ.", "ba triệu"), or None."""
    view = match_view(surface.strip(), lang).folded
    matches = scan_numbers(view, lang, group_mark)
    if len(matches) != 1 or matches[0].start != 0 or matches[0].end != len(view):
        return None
    return matches[0].value
