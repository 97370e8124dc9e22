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
* **number words** are read as a whole or not at all: a run of number words is found by one
  compiled pattern and read by the language's ``number_word_rules`` ("خمسمائة وخمسة وعشرون",
  "εκατόν είκοσι δύο", "hai trăm linh năm"); a run that does not make exactly one number
  ("mười năm" is ten years) gives none, never a part of it;
* **signs**: "-1,2%", "−5%" and a sign word ("âm 5%", "μείον", "سالب") make a number negative.

Matching runs on the folded view of :func:`newsextract.textnorm.match_view` (Arabic-Indic
and Persian digits become ASCII, Arabic ``٫ ٬`` become ``. ,``); offsets are mapped back to
the stored text. Everything is compiled once per language.
"""
from __future__ import annotations

import dataclasses
import functools
import math
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, NamedTuple, Sequence

from ..resources import check_language, load_yaml
from ..textnorm import MatchView, ascii_digits, fold, match_view
from .tries import trie_regex

__all__ = ["NumberGrammar", "NumberMatch", "SeparatorConvention", "WordNumber", "WordRules", "article_view",
           "digit_readings", "find_numbers", "grammar", "parse_digits", "parse_number", "read_number_words",
           "scan_numbers", "separator_convention"]

# A run of digits with inner "." / "," marks; never glued to a preceding digit or mark.
DIGITS = r"(?<![\d.,])\d+(?:[.,]\d+)*(?![\d])"
DIGITS_RE = re.compile(DIGITS)


class _CharFolds(NamedTuple):
    """One language's character folds, filled as characters are met: each character's fold
    (a ``str.translate`` table), the characters already seen, dropped, and folding to several,
    and the folds of the space-separated pieces of text already met (see :func:`article_view`),
    with the pieces among them holding a character that folding drops or makes several."""

    folds: dict[int, str]
    seen: set[str]
    dropped: set[str]
    several: set[str]
    pieces: dict[str, str]
    dropping_pieces: set[str]
    widening_pieces: set[str]


@functools.lru_cache(maxsize=None)
def _char_folds(lang: str) -> _CharFolds:
    folds = _CharFolds({}, set(), set(), set(), {}, set(), set())
    _fold_piece(" ", lang, folds)  # the space that joins the pieces
    return folds


# What a piece of text holds, as bits: a character that folding drops, one that folds to several.
_HAS_DROPPED, _HAS_SEVERAL = 1, 2
MAX_REMEMBERED_PIECES = 200_000  # the memo of pieces is emptied when it grows past this


def _fold_piece(piece: str, lang: str, cf: _CharFolds) -> tuple[str, int]:
    """The fold of one space-separated piece and what it holds (bits), remembered."""
    chars = set(piece)
    for ch in chars.difference(cf.seen):
        fold_ = match_view(ch, lang).folded  # every character folds on its own
        cf.folds[ord(ch)] = fold_
        if not fold_:
            cf.dropped.add(ch)
        elif len(fold_) > 1:
            cf.several.add(ch)
        cf.seen.add(ch)
    holds = (0 if chars.isdisjoint(cf.dropped) else _HAS_DROPPED) | (0 if chars.isdisjoint(cf.several) else _HAS_SEVERAL)
    if len(cf.pieces) >= MAX_REMEMBERED_PIECES:
        cf.pieces.clear()
        cf.dropping_pieces.clear()
        cf.widening_pieces.clear()
    folded = cf.pieces[piece] = piece.translate(cf.folds)
    if holds & _HAS_DROPPED:
        cf.dropping_pieces.add(piece)
    if holds & _HAS_SEVERAL:
        cf.widening_pieces.add(piece)
    return folded, holds


@functools.lru_cache(maxsize=8)
def article_view(text: str, lang: str) -> MatchView:
    """The folded view of an article (the same as :func:`newsextract.textnorm.match_view`),
    built once for all the extractors that read it in turn (dates, documents, then figures).

    Every character folds on its own, so the fold of the text is the folds of its
    space-separated pieces joined by spaces; the pieces (words with their marks) recur from
    article to article and are folded once per process, which spares ``str.translate`` its
    lookup per character. The pieces are looked up, and tested against the remembered pieces
    that drop a character or fold one to several, by loops in C (``map``, set tests), not one
    Python step per piece. Where folding drops characters (Arabic diacritics, Greek accents
    written apart) and makes none into several, the index map is made of the ranges between
    the runs of dropped characters, found by one regex, not character by character; where a
    character folds to several, ``match_view`` builds it. Which characters do either is known
    per language from the characters met before.
    """
    cf = _char_folds(lang)
    if cf.folds[ord(" ")] != " ":
        return match_view(text, lang)  # pieces could not be joined by a space
    pieces = text.split(" ")
    folded_pieces = list(map(cf.pieces.get, pieces))
    # Read before any piece is folded below: folding one may empty the memo and these sets.
    holds = (0 if cf.dropping_pieces.isdisjoint(pieces) else _HAS_DROPPED) \
        | (0 if cf.widening_pieces.isdisjoint(pieces) else _HAS_SEVERAL)
    if None in folded_pieces:
        for index, found in enumerate(folded_pieces):
            if found is None:
                folded_pieces[index], piece_holds = _fold_piece(pieces[index], lang, cf)
                holds |= piece_holds
    if holds & _HAS_SEVERAL:
        return match_view(text, lang)  # a character folding to several
    if not holds & _HAS_DROPPED:
        index: Sequence[int] = range(len(text) + 1)  # one to one: no tuple of thousands of ints to build
    else:
        kept: list[int] = []
        done = 0
        for m in _dropped_re(frozenset(cf.dropped)).finditer(text):
            kept.extend(range(done, m.start()))
            done = m.end()
        kept.extend(range(done, len(text) + 1))
        index = tuple(kept)
    return MatchView(text, " ".join(folded_pieces), index)


@functools.lru_cache(maxsize=16)
def _dropped_re(dropped: frozenset[str]) -> re.Pattern[str]:
    """Runs of characters that folding drops (the set grows as characters are met)."""
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(dropped)) + "]+")


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
    number_words: dict[str, float]       # every number word with its value alone or in a compound
    number_re: re.Pattern[str] = field(repr=False)
    scale_re: re.Pattern[str] = field(repr=False)
    scale_blocker_re: re.Pattern[str] | None = field(repr=False)
    connector_re: re.Pattern[str] = field(repr=False)
    words: WordRules = field(repr=False)             # number words by class and how they combine
    half_re: re.Pattern[str] | None = field(repr=False)  # "rưỡi", "ونصف" after a scale word
    sign_words: frozenset[str]
    range_joiner_re: re.Pattern[str] | None = field(repr=False)  # "سبعة وعشرة": a range joined on the word
    compound_tail_res: tuple[re.Pattern[str], ...] = field(repr=False)  # between "3 ملايين" and "و500 ألف"
    bare_scale_not_after_re: re.Pattern[str] | None = field(repr=False)  # "ثلث" before a lone "مليار"
    level_from_re: re.Pattern[str] | None = field(repr=False)        # "από τα" right before the old level
    level_connector_re: re.Pattern[str] | None = field(repr=False)   # "στα" between the old and the new level
    # Anything that may go on a number written in digits where it ends (a ratio's slash, a range
    # connector, a level connector, a scale word): most numbers have none, and one test says so.
    digits_follow_re: re.Pattern[str] = field(repr=False)
    # A scale word written again after a run of number words that ends on the half ("مليار ونصف المليار").
    half_again_re: re.Pattern[str] | None = field(default=None, repr=False)


# A minus sign before digits: not after a word, a digit or a mark ("24-KH", "2023-2024"), and
# "-" not at the start of a line, where it is a list bullet. The test on the character before is
# made after the sign (on the pair): the engine drops a branch opening with a character that is
# not there without running its lookbehind, and a number is tried at every candidate place.
SIGN_BEFORE_DIGITS = r"(?:-(?<![\w.,\-\u2212\n]-)|\u2212(?<![\w.,\-\u2212]\u2212))(?=\d)"


@functools.lru_cache(maxsize=None)
def grammar(lang: str) -> NumberGrammar:
    """The compiled number grammar of ``lang`` (read from ``numbers.yaml`` once)."""
    check_language(lang)
    data = load_yaml("extractors", lang, "numbers.yaml")
    scales = {fold(str(k), lang): float(v) for k, v in (data.get("scales") or {}).items()}
    blockers = [fold(str(b), lang) for b in data.get("scale_blockers") or []]
    connectors = [fold(str(c), lang) for c in data.get("range_connectors") or []]
    signs = [fold(str(w), lang) for w in data.get("sign_words") or []]

    def words_pattern(items: list[str]) -> str:
        return "|".join(re.escape(w) + _word_end(w) for w in sorted(set(items), key=len, reverse=True))

    bare = {fold(str(w), lang) for w in data.get("bare_scales") or ()}
    rules = _word_rules(data, lang, scales, bare)
    words: dict[str, float] = {}
    for table in (rules.fractions, rules.alone, rules.hundreds, rules.teens, rules.units_after_tens, rules.tens,
                  rules.units, rules.zero):
        words.update(table)
    word_blockers = [fold(str(b), lang) for b in (data.get("number_word_rules") or {}).get("blockers") or []]
    sign = r"(?P<sign>" + SIGN_BEFORE_DIGITS
    if signs:
        # at the start of a word, tested after its first letter (as the minus sign above)
        sign += r"|(?P<sign_word>" + "|".join(re.escape(w[0]) + r"(?<![^\W\d_]" + re.escape(w[0]) + ")"
                                              + re.escape(w[1:]) + _word_end(w)
                                              for w in sorted(set(signs), key=len, reverse=True)) + r")\s+"
    sign += ")?"
    # A number begins with a digit, a sign or, at the start of a word, a number word's (or a
    # proclitic's) first letter: the lookahead lets the engine skip other places (it changes no match).
    # One class of all those characters is tested first, the start of a word only after it: a
    # letter right after a letter is no start (one lookbehind, cheaper than "a digit, or no letter before").
    firsts = "".join(sorted({w[0] for w in list(words) + list(rules.words) + signs if w} | set(rules.proclitics)))
    letters = "".join(c for c in firsts if not re.match(r"[\d\-\u2212]", c))
    at_start = r"(?<![^\W\d_](?=[" + re.escape(letters) + r"]))" if letters else ""
    # A run of words opening the number begins with one of ``letters``, so ``at_start`` has tested
    # the start of the word; after a sign, the sign or the space before the run is no letter.
    run_firsts = {w[0] for w in list(words) + list(rules.words) if w} | set(rules.proclitics)
    run = _run_pattern(rules, blockers + word_blockers, word_start_tested=run_firsts <= set(letters))
    # A decimal written fraction first, as some news wires do ("3ر568" is 568.3).
    reversed_mark = str(data.get("reversed_decimal_mark") or "")
    reversed_digits = r"(?<![\d.,])\d+" + re.escape(reversed_mark) + r"\d+(?![\d.,]\d)" if reversed_mark else r"(?!)"
    # Where a word starts with a letter of ``firsts``, its first letters must begin a sign word or,
    # after proclitics, a number word: a test made before the alternatives of a number are tried,
    # which most words fail at their second or third letter (it changes no match).
    clitic = "[" + re.escape(rules.proclitics) + "]{0,%d}" % MAX_PROCLITICS if rules.proclitics else ""
    opening_forms = list(words) + list(rules.words) + list(rules.only_before)  # every form a run may open with
    gate = r"(?=[\d\-\u2212]|" + clitic + _prefix_alternation(opening_forms, GATE_WIDTH) \
        + (("|" + _prefix_alternation(signs, GATE_WIDTH)) if signs else "") + ")"
    number_re = re.compile(r"(?=[\d\-\u2212" + re.escape(firsts) + r"])" + at_start + gate + sign
                           + r"(?:(?P<reversed>" + reversed_digits + r")|(?P<digits>" + DIGITS + r")|(?P<words>" + run + "))")
    scale_re = re.compile(r"\s*(?:" + words_pattern(list(scales)) + ")") if scales else re.compile(r"(?!)")
    blocker_re = re.compile(r"\s*(?:" + words_pattern(blockers) + ")") if blockers else None
    # A word connector needs a space or a digit on each side; "-" may touch both numbers.
    connector_re = re.compile(r"\s*(?:" + words_pattern(connectors) + r")\s*(?=\d|\w)") if connectors \
        else re.compile(r"(?!)")
    joiner = r"(?:" + re.escape(rules.joiner) + r"\s*)" if rules.joiner else ""
    # "مليار ونصف المليار": the scale may be written again after the half, with the article
    article = fold(str(data.get("half_scale_article") or ""), lang)
    again = r"\s+(?:" + re.escape(article) + r")?(?:" + words_pattern(list(scales)) + r")(?!\w)" if scales else ""
    half_re = re.compile(r"\s+" + joiner + "(?P<half>" + words_pattern(list(rules.half_after_scale)) + ")"
                         + (f"(?:{again})?" if again else "")) if rules.half_after_scale else None
    half_again_re = re.compile(again) if again and rules.half_after_scale else None
    # The joiner of number words is also a range connector where the language says so ("و").
    range_joiner_re = re.compile(r"\s+(?=" + re.escape(rules.joiner) + ")") \
        if rules.joiner and rules.joiner in connectors and rules.joiner in rules.proclitics else None
    # A lower part of a compound follows after white space ("وخمسمائة ألف" is read with its
    # proclitic), or after the joiner before digits ("و500 ألف").
    # A language whose number words take no joiner may still join a smaller scaled part to a
    # scaled amount with a word of its own ("1 δισ. και 200 εκατ.").
    compound_joiners = [fold(str(w), lang) for w in data.get("compound_joiners") or []]
    compound_tails = (re.compile(r"\s+"),) + ((re.compile(r"\s+" + joiner + r"(?=\d)"),) if rules.joiner else ()) \
        + ((re.compile(r"\s+(?:" + words_pattern(compound_joiners) + r")\s+"),) if compound_joiners else ())
    # A scale word standing alone after a fraction the grammar does not read ("ثلث مليار") is not one of it.
    not_one_after = [fold(str(w), lang) for w in data.get("bare_scale_not_after") or []]
    not_one_after_re = re.compile(r"(?:^|\s)(?:" + words_pattern(not_one_after) + r")\s+\Z") if not_one_after else None
    level_from_re, level_connector_re = _level_patterns(data, lang)
    follow = ["/", connector_re.pattern, scale_re.pattern] + ([level_connector_re.pattern] if level_connector_re else [])
    return NumberGrammar(lang, str(data.get("decimal_mark", ".")), str(data.get("group_mark", ",")),
                         scales, words, number_re, scale_re, blocker_re, connector_re, rules, half_re,
                         frozenset(signs), range_joiner_re, compound_tails, not_one_after_re,
                         level_from_re, level_connector_re, re.compile("|".join("(?:" + f + ")" for f in follow)),
                         half_again_re)


GATE_WIDTH = 4  # letters of a word tested before a number is tried at it


def _prefix_alternation(forms: Iterable[str], width: int) -> str:
    """A pattern matching the first ``width`` characters of any of ``forms`` (a shorter form
    whole), with no test where the form ends: a condition every match of one of them meets."""
    prefixes = {f[:width] for f in forms if f}
    root: dict[str, Any] = {}
    for prefix in sorted(prefixes):
        if any(prefix[:k] in prefixes for k in range(1, len(prefix))):
            continue  # a shorter prefix already lets it through
        node = root
        for ch in prefix:
            node = node.setdefault(ch, {})
        node[""] = ""
    return "(?:" + trie_regex(root) + ")" if root else "(?!)"


def _level_patterns(data: dict[str, Any], lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The words of "from X to Y" where X and Y are an old and a new level ("από τα 62,1 στα 65,6
    δισ.", "từ 5,2 lên 6,1 tỷ"): the "from" before X, the connector between them."""
    levels = data.get("levels") or {}
    froms = [fold(str(w), lang) for w in levels.get("from") or []]
    connectors = [fold(str(w), lang) for w in levels.get("connectors") or []]
    if not froms or not connectors:
        return None, None
    return (re.compile(r"(?<![^\W\d_])" + _alternation(froms) + r"\s+\Z"),
            re.compile(r"\s+" + _alternation(connectors) + r"\s+(?=\d)"))


def digit_readings(surface: str, lang: str, group_mark: str | None = None) -> tuple[float, ...]:
    """Possible values of a digit string, the convention's reading first; empty if malformed.

    ``group_mark`` is the article's thousands mark (see :func:`separator_convention`); by
    default the language's.

    ``"8,641"`` in Arabic -> ``(8641.0, 8.641)``; in Vietnamese -> ``(8.641, 8641.0)``;
    ``"29,8"`` -> ``(29.8,)`` everywhere; ``"1.234.567"`` -> ``(1234567.0,)``;
    ``"12.3.2024"`` (a date, not a number) -> ``()``.
    """
    return _digit_readings(surface, lang, group_mark)


@functools.lru_cache(maxsize=4096)
def _digit_readings(surface: str, lang: str, group_mark: str | None) -> tuple[float, ...]:
    """:func:`digit_readings`, kept for the digit strings met again (years, small counts)."""
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
# The test on the character before is made after the first digit (on the pair), so that the
# pattern begins with a digit and the engine skips to digits.
EVIDENCE_RE = re.compile(r"(\d(?<![\w/\-.,]\d)\d*(?:[.,]\d+)+)(?![\w/\-]|[.,]\d)(\s*[%٪])?")
# A mark between two digits, which every match of EVIDENCE_RE holds; each pattern opens with its mark.
MARK_BETWEEN_DIGITS_RES = (re.compile(r"\.(?<=\d\.)(?=\d)"), re.compile(r",(?<=\d,)(?=\d)"))


def _evidence_matches(view: str) -> list[re.Match[str]]:
    """The matches of ``EVIDENCE_RE.finditer(view)``, found from the marks between two digits.

    Why: the pattern opens with a digit, a class the engine tests at every character; a pattern
    opening with one literal mark is searched with a fast loop. A match starts where a run of
    digits and marks starts (a digit after a digit or a mark is no start), so each run holding a
    mark between digits is matched once, at its start; other runs hold no match.
    """
    dot_re, comma_re = MARK_BETWEEN_DIGITS_RES
    marks = [m.start() for m in dot_re.finditer(view)] + [m.start() for m in comma_re.finditer(view)]
    if not marks:
        return []
    marks.sort()
    matches: list[re.Match[str]] = []
    run_end = -1
    for at in marks:
        if at < run_end:
            continue  # a mark of a run already matched
        start, run_end = at - 1, at + 1
        while start > 0 and (view[start - 1].isdecimal() or view[start - 1] in ".,"):  # ``\d`` is isdecimal
            start -= 1
        while run_end < len(view) and (view[run_end].isdecimal() or view[run_end] in ".,"):
            run_end += 1
        m = EVIDENCE_RE.match(view, start)
        if m is not None:
            matches.append(m)
    return matches


@functools.lru_cache(maxsize=4096)
def _decimal_vote(digits: str, marked: bool) -> str | None:
    """The decimal mark a digit string proves, or None when its shape leaves it open (remembered:
    the same digit strings come back from article to article).

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
    for m in _evidence_matches(view):
        marked = bool(m.group(2)) or g.scale_re.match(view, m.end(1)) is not None
        vote = _decimal_vote(m.group(1), marked)
        if vote is not None:
            votes[vote] += 1
    if votes["."] != votes[","]:
        decimal = "." if votes["."] > votes[","] else ","
        return SeparatorConvention(decimal, "," if decimal == "." else ".", "text")
    return SeparatorConvention(g.decimal_mark, g.group_mark, "language")



# --- numbers written in words ------------------------------------------------------------------
# A run of number words is found by one compiled pattern per language, then read as a whole by
# the rules of ``number_word_rules``; a run that does not read as exactly one number gives none.

@dataclass(frozen=True)
class WordRules:
    """One language's number words by class and the rules that combine them (folded forms)."""

    zero: dict[str, float]
    units: dict[str, float]
    units_after_tens: dict[str, float]
    tens: dict[str, float]
    teens: dict[str, float]
    hundreds: dict[str, float]
    alone: dict[str, float]
    fractions: dict[str, float]
    scales: dict[str, float]
    hundred_multipliers: frozenset[str]
    ten_multipliers: frozenset[str]
    teen_tails: frozenset[str]
    teen_only: frozenset[str]
    compound_only: frozenset[str]   # units only before a ten ("أحد عشر", "أحد وعشرون"), never bare
    units_first: bool
    joiner: str
    proclitics: str
    fillers: frozenset[str]
    half_after_scale: dict[str, float]
    decimal_words: frozenset[str]
    singular_before_joiner: frozenset[str]  # a dual that, before the joiner, is the scale once ("ألفاً وخمسمائة")
    not_alone: frozenset[str]
    only_before: dict[str, frozenset[str]]
    not_after_tens: frozenset[str]
    hundreds_after_scale: bool
    words: frozenset[str]           # every form a run may hold (after a joiner is taken off)
    only_before_re: dict[str, re.Pattern[str]] = field(repr=False)  # what may follow an only_before word


@dataclass(frozen=True)
class _Token:
    form: str
    joined: bool                    # written after the joiner ("وعشرون", "و عشرون")
    start: int                      # offsets in the scanned view
    end: int


@dataclass(frozen=True)
class WordNumber:
    """The reading of a run of number words.

    ``value`` is the whole number. When the run is one group followed only by scale words
    ("ba triệu", "δύο χιλιάδες"), ``head`` is that group's value and ``head_end`` the offset
    where it ends, so that a range before it can share the scale ("hai đến ba triệu"); else
    ``head`` is None. ``scale`` is the largest scale word inside a multi-part number.
    """

    value: float
    head: float | None
    head_end: int
    scale: float


def _folded_values(mapping: Any, lang: str) -> dict[str, float]:
    return {fold(str(k), lang): float(v) for k, v in (mapping or {}).items()}


def _folded_set(items: Any, lang: str) -> frozenset[str]:
    return frozenset(fold(str(w), lang) for w in items or ())


def _word_rules(data: dict[str, Any], lang: str, scales: dict[str, float],
                bare: set[str]) -> WordRules:
    words = data.get("number_words") or {}
    rules = data.get("number_word_rules") or {}
    alone = _folded_values(words.get("alone"), lang)
    for word in bare:
        alone.setdefault(word, scales[word])
    kinds = {key: _folded_values(words.get(key), lang)
             for key in ("zero", "units", "units_after_tens", "tens", "teens", "hundreds", "fractions")}
    joiner = fold(str(rules.get("joiner") or ""), lang)
    multipliers = _folded_set(rules.get("hundred_multipliers"), lang)
    wr = WordRules(
        **kinds, alone=alone, scales={k: v for k, v in scales.items() if k not in multipliers},
        hundred_multipliers=multipliers,
        ten_multipliers=_folded_set(rules.get("ten_multipliers"), lang),
        teen_tails=_folded_set(rules.get("teen_tails"), lang),
        teen_only=_folded_set(rules.get("teen_only"), lang),
        compound_only=_folded_set(rules.get("compound_only"), lang),
        units_first=rules.get("order", "tens_first") == "units_first",
        joiner=joiner,
        proclitics=fold(str(rules.get("proclitics") or ""), lang),
        fillers=_folded_set(rules.get("fillers"), lang),
        half_after_scale=_folded_values(rules.get("half_after_scale"), lang),
        decimal_words=_folded_set(rules.get("decimal_words"), lang),
        singular_before_joiner=_folded_set(rules.get("singular_before_joiner"), lang),
        not_alone=_folded_set(rules.get("not_alone"), lang),
        only_before={fold(str(k), lang): _folded_set(v, lang) for k, v in (rules.get("only_before") or {}).items()},
        not_after_tens=_folded_set(rules.get("not_after_tens"), lang),
        hundreds_after_scale=rules.get("group_after_scale", "any") == "hundreds_or_filler",
        words=frozenset(),
        only_before_re={},
    )
    every = (set(wr.zero) | set(wr.units) | set(wr.units_after_tens) | set(wr.tens) | set(wr.teens)
             | set(wr.hundreds) | set(wr.alone) | set(wr.fractions) | set(wr.scales) | wr.hundred_multipliers
             | wr.ten_multipliers | wr.teen_tails | wr.fillers | set(wr.half_after_scale) | wr.decimal_words)
    # The word after an only_before word may lie past the run ("năm phần trăm").
    following = {form: re.compile(r"\s+(?:" + _alternation(nexts) + ")") for form, nexts in wr.only_before.items()}
    return dataclasses.replace(wr, words=frozenset(every), only_before_re=following)


def _alternation(forms: Iterable[str]) -> str:
    """A pattern matching any of ``forms``, the longest that fits first, none running on into a
    letter; matches nothing when empty.

    Written as a trie (forms sharing a beginning share its branch), so that the engine tries
    a handful of letters at a word, not every form of the lexicon in turn.
    """
    trie: dict[str, Any] = {}
    for form in {f for f in forms if f}:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = form
    return _trie_pattern(trie) if trie else "(?!x)x"


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if "" in node:
        branches.append(_word_end(node[""]))  # the form ends here: after any longer one
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def _run_pattern(wr: WordRules, blockers: list[str], word_start_tested: bool = False) -> str:
    """The pattern of a run of number words: a first word (a proclitic may be attached), then
    more words after white space, the joiner, a filler or a decimal word.

    Restricted words are placed by the pattern itself, so that a run never takes in a word
    that cannot belong to it: a word of ``units_after_tens`` only right after a ten ("hai
    mươi lăm"), a word of ``only_before`` only before one of its words or after a filler or a
    decimal word ("năm mươi", "linh năm"), fillers, decimal words and "half after a scale"
    only inside a run. ``word_start_tested``: the caller's pattern has already made sure the run
    begins a word, so the test is not repeated.
    """
    restricted = set(wr.units_after_tens) - set(wr.units) | set(wr.only_before) | wr.fillers | wr.decimal_words \
        | (set(wr.half_after_scale) - set(wr.fractions))
    free = wr.words - restricted
    tens_words = set(wr.tens) | wr.ten_multipliers
    # A phrase that starts like a number word but is not one ("tỷ lệ", "tư vấn") ends the run.
    block = r"(?!(?:" + _alternation(blockers) + "))" if blockers else ""
    parts = []
    after_tens = set(wr.units_after_tens) - set(wr.units)
    if after_tens:
        parts.append(r"(?:" + _alternation(tens_words) + r")\s+" + block + "(?:" + _alternation(after_tens) + ")")
    for form, nexts in wr.only_before.items():
        parts.append(re.escape(form) + r"(?=\s+(?:" + _alternation(nexts) + "))")
    parts.append(_alternation(free))
    token = block + "(?:" + "|".join(parts) + ")"
    digits = set(wr.units) | set(wr.zero)
    inner = []
    if wr.fillers or wr.decimal_words:
        inner.append(r"(?:" + _alternation(wr.fillers | wr.decimal_words) + r")\s+(?:" + _alternation(digits) + "|"
                     + token + ")")
    if wr.half_after_scale:
        inner.append(_alternation(wr.half_after_scale))
    inner.append(token)
    joiner = r"(?:" + re.escape(wr.joiner) + r"\s*)?" if wr.joiner else ""
    clitic = "[" + re.escape(wr.proclitics) + "]{0,%d}" % MAX_PROCLITICS if wr.proclitics else ""
    return (("" if word_start_tested else r"(?<![^\W\d_])") + clitic + token + r"(?:\s+" + joiner + "(?:" + "|".join(inner) + "))*")


def _tokens(view: str, start: int, end: int, wr: WordRules) -> list[_Token] | None:
    """The words of a run with their joiner marks; None if a word is not a number word."""
    out: list[_Token] = []
    pending = False
    for m in NON_SPACE_RE.finditer(view, start, end):
        word, ws = m.group(0), m.start()
        if wr.joiner and word == wr.joiner:
            if pending:
                return None
            pending = True
            continue
        # After the first word, a leading joiner is the joiner ("وأحد عشر" folds like "واحد").
        if wr.joiner and out and not pending and word.startswith(wr.joiner) and word[len(wr.joiner):] in wr.words:
            out.append(_Token(word[len(wr.joiner):], True, ws + len(wr.joiner), m.end()))
        elif word in wr.words:
            out.append(_Token(word, pending, ws, m.end()))
        elif not out and not pending and wr.proclitics and _clitics_off(word, wr) is not None:
            cut = _clitics_off(word, wr) or 0
            out.append(_Token(word[cut:], False, ws + cut, m.end()))
        else:
            return None
        pending = False
    return out if out and not pending else None


NON_SPACE_RE = re.compile(r"\S+")
MAX_PROCLITICS = 2  # "ولثلاثة": and + for


def _clitics_off(word: str, wr: WordRules) -> int | None:
    """How many proclitic letters start ``word`` before a number word, or None."""
    for cut in range(1, MAX_PROCLITICS + 1):
        if all(c in wr.proclitics for c in word[:cut]) and word[cut:] in wr.words:
            return cut
    return None


class _WordParser:
    """Reads a list of number-word tokens as one number by a language's :class:`WordRules`."""

    def __init__(self, tokens: list[_Token], wr: WordRules, view: str = "") -> None:
        self.t = tokens
        self.wr = wr
        self.n = len(tokens)
        self.view = view            # the text the tokens were read from, to look past the run

    def form(self, i: int) -> str | None:
        return self.t[i].form if i < self.n else None

    def linked(self, i: int, joined: bool) -> bool:
        """Token ``i`` exists and carries the joiner exactly when the language asks for it."""
        return i < self.n and self.t[i].joined == (joined and bool(self.wr.joiner))

    def unit(self, i: int) -> float | None:
        f = self.form(i)
        return self.wr.units.get(f) if f is not None else None

    def below_hundred(self, i: int) -> tuple[float, int] | None:
        """A number 1-99 at ``i``: ``(value, next index)``, or None when there is none.
        (Where an ``only_before`` word may stand was checked by :meth:`read`.)"""
        wr, f = self.wr, self.form(i)
        if f is None:
            return None
        if f in wr.teens:
            return wr.teens[f], i + 1
        if wr.units_first:
            u = self.unit(i)
            if u is not None and u > 0:
                if self.form(i + 1) in wr.teen_tails and self.linked(i + 1, False):
                    return 10 + u, i + 2
                if f in wr.teen_only:
                    return None
                t = wr.tens.get(self.form(i + 1) or "")
                if t is not None and t >= 20 and self.linked(i + 1, True):
                    return t + u, i + 2
                return None if f in wr.compound_only else (u, i + 1)
            if f in wr.tens:
                return wr.tens[f], i + 1
            return None
        ten, j = None, i
        if f in wr.tens:
            ten, j = wr.tens[f], i + 1
        elif self.unit(i) is not None and self.form(i + 1) in wr.ten_multipliers and self.linked(i + 1, False):
            u = self.unit(i)
            if u is None or u < 2:
                return None
            ten, j = u * 10, i + 2
        if ten is not None:
            g = self.form(j)
            if g is not None and g not in wr.not_after_tens and self.linked(j, True) \
                    and (g in wr.units_after_tens or g in wr.units) and g not in wr.teen_only | wr.compound_only:
                return ten + wr.units_after_tens.get(g, wr.units.get(g, 0.0)), j + 1
            return ten, j
        u = self.unit(i)
        if u is not None and f not in wr.teen_only and f not in wr.compound_only:
            return u, i + 1
        return None

    def group(self, i: int, after_scale: bool) -> tuple[float, int, bool] | None:
        """A number 1-999 at ``i``: ``(value, next index, starts with hundreds or a filler)``."""
        wr, f = self.wr, self.form(i)
        if f is None or not self.linked(i, after_scale):
            return None
        value, j, hundreds = 0.0, i, False
        digit = wr.units.get(f, wr.zero.get(f))
        if digit is not None and f not in wr.teen_only | wr.compound_only \
                and self.form(i + 1) in wr.hundred_multipliers and self.linked(i + 1, False) \
                and (digit > 0 or after_scale):
            value, j, hundreds = digit * 100, i + 2, True
        elif f in wr.hundreds:
            value, j, hundreds = wr.hundreds[f], i + 1, True
        if hundreds:
            nxt = self.form(j)
            if nxt in wr.fillers and self.linked(j, False):
                u = self.unit(j + 1)
                if u is None or u == 0 or not self.linked(j + 1, False):
                    return None
                return value + u, j + 2, True
            if nxt is not None and self.linked(j, True) and nxt not in wr.scales and nxt not in wr.alone:
                rest = self.below_hundred(j)
                if rest is not None and wr.fillers and rest[0] < 10:
                    return None  # "hai trăm hai" is said for 220 too: a unit there takes "linh"
                if rest is not None:
                    return value + rest[0], rest[1], True
            return (value, j, True) if value > 0 else None
        if f in wr.fillers:
            if not after_scale:
                return None
            rest = self.below_hundred(i + 1) if self.linked(i + 1, False) else None
            return (rest[0], rest[1], True) if rest else None
        if f in wr.fractions and not after_scale:
            return wr.fractions[f], i + 1, False
        rest = self.below_hundred(i)
        return (rest[0], rest[1], False) if rest else None

    def scales_at(self, i: int) -> tuple[float, int]:
        """Scale words at ``i`` (several multiply when each is larger: "nghìn tỷ")."""
        factor, j = 1.0, i
        while j < self.n and self.t[j].form in self.wr.scales and self.linked(j, False):
            s = self.wr.scales[self.t[j].form]
            if factor > 1.0 and s <= factor:
                break
            factor, j = factor * s, j + 1
        return factor, j

    def integer(self, stop: int) -> WordNumber | None:
        """Tokens ``[0, stop)`` as a whole number (groups times descending scales)."""
        wr, t = self.wr, self.t
        if stop == 1 and t[0].form in wr.zero and not wr.only_before.get(t[0].form):
            return WordNumber(0.0, None, t[0].end, 1.0)
        total, last, i, top, parts = 0.0, math.inf, 0, 1.0, 0
        head: tuple[float, int] | None = None
        while i < stop:
            after = last != math.inf
            if after and t[i].form in wr.half_after_scale and i == stop - 1 and self.linked(i, True):
                total += wr.half_after_scale[t[i].form] * last
                head, i, parts = None, i + 1, parts + 1
                break
            g = self.group(i, after)
            if g is None or g[1] > stop:
                f = t[i].form
                if f in wr.alone and self.linked(i, after):
                    value = wr.alone[f]
                    if f in wr.singular_before_joiner and i + 1 < stop and t[i + 1].joined:
                        value = wr.scales[f]  # "ألفاً وخمسمائة" is 1500: a dual is never followed by the joiner
                    level = 10.0 ** (3 * int(math.log10(value) // 3))
                    if level >= last:
                        return None
                    total, last, top, i, parts = total + value, level, max(top, level), i + 1, parts + 1
                    continue
                return None
            value, j, starts_hundreds = g
            factor, k = self.scales_at(j)
            k = min(k, stop)
            if factor > 1.0:
                if value <= 0:
                    return None
                if factor >= last:
                    if factor <= top or total <= 0:
                        return None
                    # "ألف وثلاثمائة واثني عشر مليارًا": a scale larger than every one before
                    # multiplies the whole sum read so far (1,312 billion), as "nghìn tỷ" does
                    total, last, top, i, parts = (total + value) * factor, factor, factor, k, parts + 1
                    head = None
                    continue
                if i == 0 and k == stop:
                    head = (value, t[j - 1].end)
                total, last, top, i, parts = total + value * factor, factor, max(top, factor), k, parts + 1
                continue
            if j != stop or (after and wr.hundreds_after_scale and not starts_hundreds):
                return None
            if value != int(value) and (after or j != stop):
                return None
            total, i, parts = total + value, j, parts + 1
        if i != stop:
            return None
        if head is not None:
            return WordNumber(total, head[0], head[1], 1.0)
        return WordNumber(total, None, t[stop - 1].end, top if parts > 1 else 1.0)

    def fraction(self, i: int, stop: int) -> float | None:
        """The digits after a decimal word: one digit word each ("không năm"), or one group."""
        wr = self.wr
        forms = [t.form for t in self.t[i:stop]]
        if not forms or self.t[i].joined:
            return None
        digits = [wr.units.get(f, wr.zero.get(f)) for f in forms]
        if len(forms) > 1 and not any(t.joined for t in self.t[i:stop]) and all(
                d is not None and f not in wr.teen_only | wr.compound_only for d, f in zip(digits, forms)):
            return float("0." + "".join(str(int(d)) for d in digits if d is not None))
        if len(forms) == 1 and digits[0] is not None:
            return float("0." + str(int(digits[0])))
        g = self.group(i, False)
        if g is None or g[1] != stop:
            return None
        return float("0." + str(int(g[0])))

    def read(self) -> WordNumber | None:
        wr, t, n = self.wr, self.t, self.n
        if n == 1 and t[0].form in wr.not_alone:
            return None
        for k, tok in enumerate(t):
            allowed = wr.only_before.get(tok.form)
            if not allowed:
                continue
            after_place_word = k > 0 and (t[k - 1].form in wr.fillers or t[k - 1].form in wr.decimal_words)
            before_allowed = self.form(k + 1) in allowed if k + 1 < n else \
                wr.only_before_re[tok.form].match(self.view, tok.end) is not None
            if not (before_allowed or after_place_word):
                return None
        marks = [k for k, tok in enumerate(t) if tok.form in wr.decimal_words]
        if not marks:
            return self.integer(n)
        if len(marks) > 1 or marks[0] == 0:
            return None
        d = marks[0]
        stop = n
        while stop > d + 1 and t[stop - 1].form in wr.scales and not t[stop - 1].joined:
            stop -= 1
        whole = WordNumber(0.0, None, 0, 1.0) if d == 1 and t[0].form in wr.zero else self.integer(d)
        if whole is None or whole.head is not None or whole.scale != 1.0 or whole.value >= 1000:
            return None
        frac = self.fraction(d + 1, stop)
        if frac is None:
            return None
        value = float(f"{whole.value + frac:.12g}")
        if stop == n:
            return WordNumber(value, None, t[-1].end, 1.0)
        factor, k = self.scales_at(stop)
        if k != n:
            return None
        return WordNumber(_scaled(value, factor), value, t[stop - 1].end, 1.0)


def read_number_words(view: str, start: int, end: int, lang: str) -> WordNumber | None:
    """The one number the number words ``view[start:end]`` make (folded text), or None.

    Whole or nothing: a run that reads as two numbers, or as a number and more ("τρία τριάντα",
    "mười năm" is ten years, not fifteen), has no reading.
    """
    wr = grammar(lang).words
    tokens = _tokens(view, start, end, wr)
    if tokens is None:
        return None
    return _WordParser(tokens, wr, view).read()


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
    levels: bool = False                 # the two values are an old and a new level, not a range's ends

    @property
    def value(self) -> float:
        return self.values[0]

    @property
    def is_range(self) -> bool:
        return len(self.values) > 1


def _scaled(value: float, factor: float) -> float:
    """``value * factor`` without binary noise (66.1 * 1e9 is 66100000000, not ...99.99999)."""
    return float(f"{value * factor:.12g}")


class _Read(NamedTuple):
    """One number read at a position: offsets, readings (signed), and for words the scale
    already applied inside them (``scale``) and where the digits or words begin."""

    start: int
    end: int
    readings: tuple[float, ...]
    is_word: bool
    scale: float = 1.0
    body_start: int = 0


def _read_number(view: str, pos: int, g: NumberGrammar, group_mark: str | None = None,
                 found: re.Match[str] | None = None) -> _Read | None:
    """The number at ``pos`` (digits or a whole run of number words); ``found`` is its match
    when the caller's search has just made it. A run of words that makes no single number
    gives None; so does one that is a range joined by a word the language also uses inside
    numbers ("سبعة وعشرة"), whose first end alone is then returned."""
    m = found if found is not None else g.number_re.match(view, pos)
    if not m:
        return None
    sign_text, digits, reversed_digits = m.group("sign", "digits", "reversed")
    signed = sign_text is not None
    sign = -1.0 if signed else 1.0
    if reversed_digits is not None:
        fraction, whole = re.split(r"\D", reversed_digits, maxsplit=1)
        return _Read(m.start(), m.end(), (sign * float(whole + "." + fraction),), False, 1.0, m.start("reversed"))
    if digits is not None:
        readings = _digit_readings(digits, g.lang, group_mark)
        if not readings:
            return None
        if signed:
            readings = tuple(-r for r in readings)
        # most numbers are digits: the tuple is made without the named tuple's Python-level __new__
        return _new_read(_Read, (m.start(), m.end(), readings, False, 1.0, m.start("digits")))
    ws, we = m.span("words")
    tokens = _tokens(view, ws, we, g.words)
    if tokens is None:
        return None
    word = _WordParser(tokens, g.words, view).read()
    if word is None:
        word = _range_start(tokens, g, view)
        if word is None:
            return None
    # A proclitic ("بخمسة") is not part of the number; a sign is.
    start = m.start() if sign_text else tokens[0].start
    if word.head is not None:
        return _Read(start, word.head_end, (sign * word.head,), True, 1.0, tokens[0].start)
    return _Read(start, word.head_end, (sign * word.value,), True, word.scale, tokens[0].start)


_new_read = tuple.__new__


def _range_start(tokens: list[_Token], g: NumberGrammar, view: str) -> WordNumber | None:
    """The lower end of a range written with a joiner that is also a range connector
    ("بين سبعة وعشرة ملايين"): one group before the joiner and a larger number after it, each
    read whole. Returned as a number ending before the joiner."""
    wr = g.words
    if g.range_joiner_re is None:
        return None
    splits = []
    for k in range(1, len(tokens)):
        if not tokens[k].joined:
            continue
        low = _WordParser(tokens[:k], wr, view).read()
        if low is None or low.head is not None or low.scale != 1.0 or low.value < 1 or low.value != int(low.value):
            continue
        # The upper end is one group too, a scale word after it applying to both ends.
        if tokens[k].form in wr.alone or tokens[k].form in wr.scales:
            continue
        high = _WordParser([dataclasses.replace(tokens[k], joined=False)] + tokens[k + 1:], wr, view).read()
        if high is None or high.scale != 1.0 or (high.head is None and high.value >= 1000):
            continue
        if (high.head if high.head is not None else high.value) > low.value:
            splits.append(low)
    return splits[0] if len(splits) == 1 else None  # two ways to cut it: no reading


def _ends_on_joined_half(run: str, g: NumberGrammar) -> bool:
    """A run of number words ends on the half joined to what comes before ("مليار ونصف"; not "نصف"
    alone, which the scale after it multiplies)."""
    joiner = g.words.joiner
    return bool(joiner) and any(run.endswith(half) and run[:-len(half)].rstrip().endswith(joiner) and len(run) > len(half) + len(joiner)
               for half in g.words.half_after_scale)


def _read_scales(view: str, pos: int, g: NumberGrammar) -> tuple[float, int]:
    """Scale words right after ``pos`` (several multiply); returns (factor, end)."""
    factor, end = 1.0, pos
    while True:
        m = g.scale_re.match(view, end)  # most numbers have none: the blocker is tested only then
        if not m or (g.scale_blocker_re is not None and g.scale_blocker_re.match(view, end)):
            break
        factor *= g.scales[m.group(0).strip()]
        end = m.end()
    return factor, end


def scan_numbers(view: str, lang: str, group_mark: str | None = None) -> list[NumberMatch]:
    """Number phrases in an already folded text (see :func:`newsextract.textnorm.match_view`).

    Each phrase is a number (digits, with a sign, or a whole run of number words), then
    optionally ``/total``, a range's upper end, scale words, half of the scale ("3 triệu
    rưỡi") or a lower compound part ("1 tỷ 200 triệu"). A run of number words that makes no
    single number is skipped whole. ``group_mark`` is the article's thousands mark
    (:func:`separator_convention`); by default the language's.
    """
    g = grammar(lang)
    found: list[NumberMatch] = []
    pos = 0
    # bound once: called for every number
    search, connector_match, scale_match = g.number_re.search, g.connector_re.match, g.scale_re.match
    level_connector_re, digits_follow = g.level_connector_re, g.digits_follow_re.match
    while True:
        m = search(view, pos)
        if not m:
            break
        sign_text, digits = m.group("sign", "digits")
        if digits is not None:
            # Most numbers are digits with nothing after them that goes on the number: read here,
            # without the general reader, and kept as they are.
            readings = _digit_readings(digits, lang, group_mark)
            if not readings:
                pos = m.end()
                continue
            if sign_text is not None:
                readings = tuple(-r for r in readings)
            start, end = m.span()
            if digits_follow(view, end) is None:
                found.append(NumberMatch(start, end, [readings[0]], end, 1.0, False, None, None, [readings], [digits]))
                pos = end
                continue
            first = _new_read(_Read, (start, end, readings, False, 1.0, m.start("digits")))
        else:
            first = _read_number(view, m.start(), g, group_mark, found=m)
        if first is None:
            pos = m.end()
            continue
        start, end, readings, is_word, first_scale, body_start = first
        if is_word and g.half_again_re is not None and _ends_on_joined_half(view[start:end], g):
            again = g.half_again_re.match(view, end)   # "مليار ونصف المليار": the scale once more
            if again is not None:
                end = again.end()
        match = NumberMatch(start, end, [readings[0]], end, first_scale, is_word, None, None,
                            [readings], [view[body_start:end]])
        # Ratio "185/261": the part after the slash is the whole.
        if not is_word and view.startswith("/", end):
            second = _read_number(view, end + 1, g, group_mark)
            if second and not second.is_word and second.start == end + 1 and second.start == second.body_start:
                match.total = second.readings[0]
                match.end = match.number_end = end = second.end
        # Range "7 و10", "7-10", "7 đến 10": a second number, larger than the first.
        if match.total is None and first_scale == 1.0:
            c = connector_match(view, end)
            at = c.end() if c else -1
            if c is None and is_word and g.range_joiner_re is not None:
                # "سبعة وعشرة": the joiner is written on the word and read there as a proclitic.
                c = g.range_joiner_re.match(view, end)
                at = c.end() + len(g.words.joiner) if c else -1
            levels = False
            if c is None and not is_word and level_connector_re is not None:
                # "από τα 62,1 στα 65,6 δισ.": an old and a new level, either larger (the connector
                # after the number is looked for first: it is one match where the number ends)
                level = level_connector_re.match(view, end)
                if level is not None and g.level_from_re.search(view, max(0, start - 16), start):
                    c, at, levels = level, level.end(), True
            if c:
                second = _read_number(view, c.end(), g, group_mark)
                if second and second.start == at and second.is_word == is_word and second.scale == 1.0 \
                        and (levels or second.readings[0] > readings[0]):
                    match.levels = levels
                    match.values.append(second.readings[0])
                    match.readings.append(second.readings)
                    match.digits.append(view[second.body_start:second.end])
                    match.second_start = second.start
                    match.end = match.number_end = end = second.end
        # most numbers have no scale word: the loop of several is entered only after one
        factor, scale_end = _read_scales(view, end, g) if first_scale == 1.0 and scale_match(view, end) \
            else (1.0, end)
        half = None
        top = factor  # the scale a smaller compound part must stay under
        if factor != 1.0:
            match.scale = factor
            match.values = [_scaled(v, factor) for v in match.values]
            match.readings = [tuple(_scaled(r, factor) for r in rs) for rs in match.readings]
            match.end = end = scale_end
            # "3 triệu rưỡi", "مليون ونصف": half of the last scale adds on.
            half = g.half_re.match(view, end) if g.half_re is not None and not match.is_range else None
            if half:
                extra = _scaled(g.words.half_after_scale[half.group("half")], factor) * (1 if readings[0] >= 0 else -1)
                match.values = [match.values[0] + extra]
                match.readings = [tuple(r + extra for r in match.readings[0])]
                match.end = end = half.end()
        elif is_word and not match.is_range:
            lone = _lone_scale_word(view, first, g)
            if lone is not None:
                before = view[max(0, start - 40):start]
                if (g.bare_scale_not_after_re is not None and g.bare_scale_not_after_re.search(before)) \
                        or _BRACKETED_AMOUNT_BEFORE.search(before):
                    # "ثلث مليار": a part of the scale this grammar cannot read; "(1,312,800) ألف":
                    # the scale of the amount in brackets, not one of it.
                    pos = end if end > m.end() else m.end()
                    continue
                top = lone
        if top != 1.0 and not match.is_range and not half:
            end = _add_compound_part(view, match, first, top, end, g, group_mark)
        found.append(match)
        pos = end if end > m.end() else m.end()
    return found


_BRACKETED_AMOUNT_BEFORE = re.compile(r"\(\s*\d[\d.,\s]*\)\s*\Z")


def _lone_scale_word(view: str, first: _Read, g: NumberGrammar) -> float | None:
    """The scale of a number written as one scale word alone ("مليار", "مليارين"), else None."""
    words = view[first.body_start:first.end].split()
    if len(words) != 1:
        return None
    value = g.words.alone.get(words[0])
    if value is None or value < 1000:
        return None
    return 10.0 ** (3 * int(math.log10(value) // 3))


def _add_compound_part(view: str, match: NumberMatch, first: _Read, factor: float, end: int,
                       g: NumberGrammar, group_mark: str | None) -> int:
    """Compound "1 tỷ 200 triệu", "3 triệu hai trăm nghìn", "3 ملايين و500 ألف", "مليار و50 مليون",
    "1 δισ. και 200 εκατ.": a smaller scaled part right after a scaled amount adds on to it
    (``match`` is updated); returns where the number now ends."""
    for tail_re in g.compound_tail_res:
        tail = tail_re.match(view, end)
        part = _read_number(view, tail.end(), g, group_mark) if tail else None
        if not (part and view[tail.end():part.start] in ("", g.words.joiner) and part.start == part.body_start
                and part.scale == 1.0):
            continue
        sub_factor, sub_end = _read_scales(view, part.end, g)
        joined = (bool(g.words.joiner) and g.words.joiner in view[end:part.start]) or tail_re is not g.compound_tail_res[0]
        # the number so far: its readings as written, its value and readings with the scale applied
        readings, value, scaled = first.readings, match.values[0], match.readings[0]
        if first.is_word and joined and view[first.body_start:first.end] in g.words.singular_before_joiner:
            # "ملياراً و200 مليون": before the joiner the form is the scale once, not the dual.
            readings = scaled = (float(factor),)
            value = float(factor)
        if factor == 1000.0 and sub_factor == 1.0 and joined and 0 < part.readings[0] < factor \
                and part.readings[0] == int(part.readings[0]):
            # "5 آلاف و200 شخص": thousands and a smaller number joined to them (5200).
            extra = part.readings[0] * (1 if readings[0] >= 0 else -1)
            match.values, match.readings = [value + extra], [tuple(r + extra for r in scaled)]
            match.end = part.end
            return part.end
        if factor == 1000.0 and sub_factor > factor and 0 < part.readings[0] < 1000.0 \
                and all(r == int(r) and 0 < r < 1000.0 for r in readings):
            # "13 ألف و786 مليار": thousands of the larger scale after them (13 786 billion).
            match.values = [_scaled(readings[0] * factor + part.readings[0], sub_factor)]
            match.readings = [tuple(_scaled(r * factor + part.readings[0], sub_factor) for r in readings)]
            match.scale = sub_factor
            match.end = sub_end
            return sub_end
        if 1.0 < sub_factor < factor and 0 < part.readings[0] * sub_factor < factor:
            extra = _scaled(part.readings[0], sub_factor) * (1 if readings[0] >= 0 else -1)
            match.values, match.readings = [value + extra], [tuple(r + extra for r in scaled)]
            match.end = sub_end
            return sub_end
    return end


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
