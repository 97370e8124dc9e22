"""Per-language date grammar: the resource files of one language compiled into regex rules.

A language's knowledge is three files in ``resources/<iso>/``: ``months.yaml`` (month names),
``words.yaml`` (ordinals, spelled-out days, counts, first/last, year references, clitics, count
nouns, and the cue words the year scoring of ``years.py`` reads) and
``patterns.yaml`` (macros and rules). ``months.yaml`` may also list ``bound_months``: names
(abbreviations such as "Νοε", short forms such as "ماي") read only beside a day or a year,
never on their own, and ``words.yaml`` lists ``hijri_months`` (empty where unused). This
module reads them once, expands the ``{MACRO}`` placeholders, folds every literal the way
:func:`newsextract.textnorm.match_view` folds the text, and compiles the rules. Nothing here
knows any particular language.
"""
from __future__ import annotations

import functools
import re
from re import _constants, _parser  # the characters a rule can start with
from dataclasses import dataclass, field
from typing import Any

from ...resources import check_language, load_yaml
from ...textnorm import match_view, phrase_alternation

AREA = "extractors/dates"
REQUIRED_FILES: tuple[str, ...] = ("months.yaml", "words.yaml", "patterns.yaml")
WORD_KEYS: tuple[str, ...] = ("proclitic", "attached_prefixes", "numbers", "day_words", "quarter_words",
                              "half_words", "edge_words", "year_refs", "count_nouns", "target_cues",
                              "review_cues", "plan_cues", "comparison_cues", "since_cues",
                              "anniversary_cues", "duration_units", "report_cues", "future_cues",
                              "phone_cues", "hijri_months")
KINDS: frozenset[str] = frozenset({"day", "month", "year", "quarter", "half", "months", "interval"})

# Built-in number macros: a plausible year (YB: a year standing alone, without a year word:
# from 1945 on, as earlier four-digit numbers in this genre are counts, codes and phone
# prefixes such as "1900"), day of month and month number.
YEAR_RE = r"(?:1[89]|20)\d\d"
BARE_YEAR_RE = r"(?:194[5-9]|19[5-9]\d|20\d\d)"
DAY_RE = r"(?:3[01]|[12]\d|0?[1-9])"
# A two-digit year ("7/4/98", "3η Μαΐου '19"), read through TWO_DIGIT_YEAR_PIVOT in the
# extractor, and a year of the Hijri calendar as news writes it (1343-1500 AH is the range
# the Umm al-Qura tables of ``hijridate`` cover; outside it a date gives nothing).
SHORT_YEAR_RE = r"\d\d"
HIJRI_YEAR_RE = r"1[345]\d\d"
MONTH_NUMBER_RE = r"(?:1[0-2]|0?[1-9])"
# Evidence classes a rule may declare (kept in step with ``years.EVIDENCE_WEIGHTS``).
EVIDENCE_CLASSES: frozenset[str] = frozenset({"since_start", "span", "month", "year", "day", "horizon", "none"})
PHONE_WINDOW = 5  # non-letters between a phone word and its number ("hotline: 1900 ...")
_MACRO = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
# Where a rule may start: at a word start, or at a number not glued to a code or another
# number (a number may carry an attached clitic: "و2025").
RULE_START = r"(?:(?<!\w)(?!\d)|(?<![\d/.,:_-])(?=\d))"
_GROUP_DEFINITION = re.compile(r"\(\?P<([A-Za-z_]\w*)>")
_GROUP_REFERENCE = re.compile(r"\(\?P=([A-Za-z_]\w*)\)")


def fold_literal(text: str, lang: str) -> str:
    """Fold one word or phrase as the matching view folds running text, spaces collapsed."""
    return re.sub(r"\s+", " ", match_view(text, lang).folded).strip()


def fold_pattern(pattern: str, lang: str) -> str:
    """Fold the non-ASCII characters of a regex; ASCII (regex syntax, escapes) stays as written."""
    return "".join(ch if ch.isascii() else match_view(ch, lang).folded for ch in pattern)


def _alternation(words: list[str]) -> str:
    """A regex alternation of folded words, longest first, inner spaces matching any blank run.

    It matches as :func:`newsextract.textnorm.phrase_alternation` does, written as a trie:
    words sharing a beginning share its test, so a position where none of fifty month names
    starts costs a few character tests, not fifty. The words that can match at one position
    are beginnings of one another, and the trie tries them longest first, as the flat
    alternation does; words that differ at some character never both match."""
    phrases = sorted({w.strip() for w in words if w and w.strip()}, key=lambda w: (-len(w), w))
    if not phrases:
        return phrase_alternation(phrases)
    root: dict[str, dict] = {}
    for phrase in phrases:
        node = root
        for symbol in _symbols(phrase):
            node = node.setdefault(symbol, {})
        node[_END] = {}
    return "(?:" + _render(root) + ")"


_END = ""  # the trie key marking the end of a word
_BLANKS = r"\s+"


def _symbols(phrase: str) -> list[str]:
    """The regex atoms of one phrase: its characters, escaped, and one blank run between words."""
    symbols: list[str] = []
    for index, word in enumerate(phrase.split()):
        if index:
            symbols.append(_BLANKS)
        symbols.extend(re.escape(ch) for ch in word)
    return symbols


def _render(node: dict[str, dict]) -> str:
    """A trie node as a regex: its branches, the end of a word (the shortest) last."""
    branches = [symbol + _render(child) for symbol, child in node.items() if symbol != _END]
    if _END in node:
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


@dataclass(frozen=True)
class Rule:
    """One compiled pattern: what it finds (``kind``) and, when set, what class of evidence its
    year is about the year the article is about (``evidence``: "horizon" for "by 2030",
    "since_start" for "since the start of 2024"; see ``years.EVIDENCE_WEIGHTS``)."""

    name: str
    kind: str
    regex: re.Pattern[str]
    example: str
    evidence: str | None = None
    tag: str = ""  # the rule's group in :attr:`Grammar.scanner`


@dataclass(frozen=True)
class Grammar:
    """Everything the engine needs for one language, with lexicon keys already folded."""

    lang: str
    rules: tuple[Rule, ...]
    months: dict[str, int]
    numbers: dict[str, int]
    day_words: dict[str, int]
    quarter_words: dict[str, int]
    half_words: dict[str, int]
    edge_words: dict[str, str]
    year_refs: dict[str, int]
    attached_prefixes: frozenset[str]
    target_cue: re.Pattern[str]
    review_cue: re.Pattern[str]
    plan_cue: re.Pattern[str]
    comparison_cue: re.Pattern[str]
    since_cue: re.Pattern[str]
    anniversary_cue: re.Pattern[str]
    duration: re.Pattern[str]
    report_cue: re.Pattern[str]
    future_cue: re.Pattern[str]
    phone_cue: re.Pattern[str]
    macros: dict[str, str] = field(repr=False)
    hijri_months: dict[str, int] = field(default_factory=dict)
    scanner: re.Pattern[str] | None = field(default=None, repr=False)

    def rule_matches(self, folded: str) -> list[list[re.Match[str]]]:
        """Per rule, its match at every position where it matches, in text order.

        One pass of :attr:`scanner` finds which rules match where; only those rules are then
        run there, with ``rule.regex.match``, which gives the same match a search reaching
        that position would. Searching with each rule in turn costs far more: every rule
        tests every position's start conditions and its own leading words."""
        found: list[list[re.Match[str]]] = [[] for _ in self.rules]
        if self.scanner is None:
            return found
        tags = [(order, rule.tag, rule.regex) for order, rule in enumerate(self.rules)]
        for hit in self.scanner.finditer(folded):
            position = hit.start()
            for order, tag, regex in tags:
                if hit.start(tag) >= 0:
                    match = regex.match(folded, position)
                    if match is not None:
                        found[order].append(match)
        return found


def _folded_map(raw: dict[Any, Any] | None, lang: str, value_type: type) -> dict[str, Any]:
    return {fold_literal(str(k), lang): value_type(v) for k, v in (raw or {}).items()}


def _name_map(raw: dict[Any, Any] | None, lang: str) -> dict[str, int]:
    """Folded name -> number, from a YAML map ``{number: [name, ...]}``."""
    names: dict[str, int] = {}
    for number, written in (raw or {}).items():
        for name in written or []:
            names[fold_literal(str(name), lang)] = int(number)
    return names


def _expand(pattern: str, macros: dict[str, str], lang: str, depth: int = 0) -> str:
    if depth > 10:
        raise ValueError(f"{lang}: macro expansion too deep in {pattern!r}")

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in macros:
            raise KeyError(f"{lang}: unknown macro {{{name}}} in dates/resources/{lang}/patterns.yaml")
        return _expand(macros[name], macros, lang, depth + 1)

    return _MACRO.sub(sub, pattern)


@functools.cache
def load_grammar(lang: str) -> Grammar:
    """Read, fold and compile the date resources of ``lang`` (once per process)."""
    check_language(lang)
    months_data = load_yaml(AREA, lang, "months.yaml")
    words = load_yaml(AREA, lang, "words.yaml")
    patterns = load_yaml(AREA, lang, "patterns.yaml")
    missing = [k for k in WORD_KEYS if k not in words]
    if missing or "months" not in months_data or "rules" not in patterns:
        raise ValueError(f"dates resources for {lang!r} lack keys: {missing or 'months/rules'}")

    months = _name_map(months_data.get("months"), lang)
    # Names read only beside a day or a year ({MONTHB}); {MONTH} holds the free names.
    bound_months = _name_map(months_data.get("bound_months"), lang)
    free_months = list(months)
    months.update(bound_months)
    hijri_months = _name_map(words.get("hijri_months"), lang)
    numbers = _folded_map(words.get("numbers"), lang, int)
    day_words = _folded_map(words.get("day_words"), lang, int)
    quarter_words = _folded_map(words.get("quarter_words"), lang, int)
    half_words = _folded_map(words.get("half_words"), lang, int)
    edge_words = _folded_map(words.get("edge_words"), lang, str)
    year_refs = _folded_map(words.get("year_refs"), lang, int)
    count_nouns = [fold_literal(str(w), lang) for w in words.get("count_nouns") or []]

    macros: dict[str, str] = {
        "Y": YEAR_RE, "YB": BARE_YEAR_RE, "D": DAY_RE, "M": MONTH_NUMBER_RE,
        "YY": SHORT_YEAR_RE, "HY": HIJRI_YEAR_RE,
        "MONTH": _alternation(free_months),
        "MONTHB": _alternation(list(months)),
        "HMONTH": _alternation(list(hijri_months)),
        "DWORD": _alternation(list(day_words)),
        "NUM": "(?:" + _alternation(list(numbers)) + r"|\d{1,2})",
        "QWORD": "(?:" + _alternation(list(quarter_words)) + r"|[1-4])",
        "HWORD": "(?:" + _alternation(list(half_words)) + r"|[12])",
        "EDGE": _alternation(list(edge_words)),
        "YREF": _alternation(list(year_refs)),
        "COUNT_NOUNS": _alternation(count_nouns),
        "PRE": fold_pattern(str(words.get("proclitic") or ""), lang),
    }
    for name, value in (patterns.get("macros") or {}).items():
        macros[str(name)] = fold_pattern(str(value), lang)

    rules = []
    bodies = []
    for spec in patterns["rules"]:
        kind = spec["kind"]
        if kind not in KINDS:
            raise ValueError(f"{lang}: rule {spec.get('name')!r} has unknown kind {kind!r}")
        # A match never ends inside a word (the regex backtracks to a longer alternative instead)
        # and starts at a word start, or at a number not glued to a code or another number
        # (a number may carry an attached clitic: "و2025"). Starting positions are refused here,
        # inside the regex, so that a refused start never hides a valid match just after it.
        body = "(?:" + _expand(fold_pattern(str(spec["pattern"]), lang), macros, lang) + r")(?!\w)"
        evidence = spec.get("evidence")
        if evidence is not None and evidence not in EVIDENCE_CLASSES:
            raise ValueError(f"{lang}: rule {spec.get('name')!r} has unknown evidence {evidence!r}")
        regex = re.compile(RULE_START + body)
        tag = f"r{len(rules)}"
        rules.append(Rule(name=str(spec["name"]), kind=kind, regex=regex,
                          example=str(spec.get("example", "")), evidence=evidence, tag=tag))
        bodies.append(_tagged(body, tag))

    def cue_words(key: str) -> str:
        return _alternation([fold_literal(str(w), lang) for w in words.get(key) or []])

    target_cue = re.compile(r"(?<!\w)" + cue_words("target_cues") + r"(?!\w)")
    review_cue = re.compile(r"(?<!\w)" + cue_words("review_cues") + r"(?!\w)")
    plan_cue = re.compile(r"(?<!\w)" + cue_words("plan_cues") + r"(?!\w)")
    # Comparison and since cues stand right before the year: at most one word between
    # ("so với năm 2022", "مقارنة بعام 2022", "σε σύγκριση με το 2022").
    comparison_cue = re.compile(r"(?<!\w)" + cue_words("comparison_cues") + r"(?:\s+\S+)?\s*$")
    since_cue = re.compile(r"(?<!\w)" + cue_words("since_cues") + r"(?:\s+\S+)?\s*$")
    anniversary_cue = re.compile(r"(?<!\w)" + cue_words("anniversary_cues") + r"(?!\w)")
    duration = re.compile(r"(?<![\w.,/])(\d{1,3})\s+" + _alternation([fold_literal(str(w), lang)
                                                                for w in words.get("duration_units") or []])
                          + r"(?!\w)")
    # Result and future words are verbs and particles: a clitic may stick to them ("وبلغت").
    report_cue = re.compile(r"(?<!\w)" + macros["PRE"] + cue_words("report_cues") + r"(?!\w)")
    future_cue = re.compile(r"(?<!\w)" + macros["PRE"] + cue_words("future_cues") + r"(?!\w)")
    # A phone word shortly before a number makes it part of a phone number, never a year.
    phone_cue = re.compile(r"(?<!\w)" + cue_words("phone_cues") + r"(?!\w)[^\w\n]{0," + str(PHONE_WINDOW)
                           + r"}(?:\d[\d\s.()+-]*)?$")
    prefixes = frozenset(fold_literal(str(p), lang) for p in words.get("attached_prefixes") or [])
    return Grammar(lang=lang, rules=tuple(rules), months=months, numbers=numbers, day_words=day_words,
                   quarter_words=quarter_words, half_words=half_words, edge_words=edge_words,
                   year_refs=year_refs, attached_prefixes=prefixes, target_cue=target_cue,
                   review_cue=review_cue, plan_cue=plan_cue,
                   comparison_cue=comparison_cue, since_cue=since_cue, anniversary_cue=anniversary_cue,
                   duration=duration, report_cue=report_cue, future_cue=future_cue,
                   phone_cue=phone_cue, macros=macros, scanner=_scanner(bodies),
                   hijri_months=hijri_months)


def _tagged(body: str, tag: str) -> str:
    """A rule's body as one optional lookahead of the scanner, captured as ``<tag>``.

    The lookahead is guarded by the characters the body can start with, so that a rule whose
    leading words cannot start here costs one character test. The body's own groups are only
    kept (renamed ``<tag>_<name>``: names must be unique in the scanner) where a back-reference
    needs them; the rule's own regex reads the groups afterwards."""
    guard = first_chars(body)
    if _GROUP_REFERENCE.search(body):
        body = _GROUP_DEFINITION.sub(lambda m: f"(?P<{tag}_{m.group(1)}>", body)
        body = _GROUP_REFERENCE.sub(lambda m: f"(?P={tag}_{m.group(1)})", body)
    else:
        body = _GROUP_DEFINITION.sub("(?:", body)
    lookahead = f"(?=(?P<{tag}>{body}))"
    if guard is not None:
        lookahead = f"(?={guard})" + lookahead
    return f"(?:{lookahead}|)"


def _scanner(bodies: list[str]) -> re.Pattern[str] | None:
    """Every rule tried at every rule start in one pass. A lookahead finds the same first match
    as the rule's own regex at that position; a position where no rule matches is skipped by
    the final condition, so the scanner yields one (empty) match per position with a rule match."""
    if not bodies:
        return None
    any_rule = "(?!)"
    for index in reversed(range(len(bodies))):
        any_rule = f"(?(r{index})|{any_rule})"
    return re.compile(RULE_START + "".join(bodies) + any_rule)


# --- the characters a regex can start with -------------------------------------------------

_CATEGORY_CLASSES = {
    _constants.CATEGORY_DIGIT: r"\d", _constants.CATEGORY_WORD: r"\w", _constants.CATEGORY_SPACE: r"\s",
}
_ZERO_WIDTH = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT)
_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, getattr(_constants, "POSSESSIVE_REPEAT", None))


class _AnyChar(Exception):
    """The regex may start with any character: no guard."""


def first_chars(pattern: str) -> str | None:
    """A character class matching every character a match of ``pattern`` can start with
    (a superset), or None when that is any character or the pattern may match empty text."""
    try:
        parsed = _parser.parse(pattern)
        if parsed.state.flags & re.IGNORECASE:
            return None
        chars: set[str] = set()
        classes: set[str] = set()
        if _first(list(parsed), chars, classes):
            return None  # may match the empty string
    except (_AnyChar, re.error):
        return None
    if not chars and not classes:
        return None
    members = "".join(re.escape(ch) if ch not in "-]\\^" else "\\" + ch for ch in sorted(chars))
    return "[" + members + "".join(sorted(classes)) + "]"


def _first(items: list[tuple[Any, Any]], chars: set[str], classes: set[str]) -> bool:
    """Add the first characters of a sequence; True when the whole sequence may match empty."""
    for op, av in items:
        if not _first_of(op, av, chars, classes):
            return False
    return True


def _first_of(op: Any, av: Any, chars: set[str], classes: set[str]) -> bool:
    """Add the first characters of one item; True when it may match empty."""
    if op is _constants.LITERAL:
        chars.add(chr(av))
        return False
    if op is _constants.IN:
        for member, value in av:
            if member is _constants.LITERAL:
                chars.add(chr(value))
            elif member is _constants.RANGE and value[1] - value[0] < 512:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            elif member is _constants.CATEGORY and value in _CATEGORY_CLASSES:
                classes.add(_CATEGORY_CLASSES[value])
            else:
                raise _AnyChar
        return False
    if op is _constants.SUBPATTERN:
        if av[1] or av[2]:
            raise _AnyChar  # local flags
        return _first(list(av[3]), chars, classes)
    if op is _constants.ATOMIC_GROUP if hasattr(_constants, "ATOMIC_GROUP") else False:
        return _first(list(av), chars, classes)
    if op is _constants.BRANCH:
        empty = False
        for alternative in av[1]:
            empty = _first(list(alternative), chars, classes) or empty
        return empty
    if op in _REPEATS:
        low, _, item = av
        return _first(list(item), chars, classes) or low == 0
    if op in _ZERO_WIDTH:
        return True
    raise _AnyChar
