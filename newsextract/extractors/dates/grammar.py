"""Per-language date grammar: the resource files of one language compiled into regex rules.

A language's knowledge is three files in ``resources/<iso>/``: ``months.yaml`` (month names),
``words.yaml`` (ordinals, spelled-out days, counts, first/last, year references, clitics, count
nouns, and the cue words the year scoring of ``years.py`` reads) and
``patterns.yaml`` (macros and rules). ``months.yaml`` may also list ``bound_months``: names
(abbreviations such as "Νοε", short forms such as "ماي") read only beside a day or a year,
never on their own, and ``words.yaml`` lists ``hijri_months`` (empty where unused). This
module reads them once, expands the ``{MACRO}`` placeholders, folds every literal the way
:func:`newsextract.textnorm.match_view` folds the text, and compiles the rules. Each rule also
gets an *anchor*, read off its compiled pattern: a part every match contains (digits, a month
name, a period word), or for a rule no part anchors the digits or words every match starts
with, and how far before it a match may start, so that rules are tried only near their
anchors (:class:`RuleGroup`). Nothing here knows any particular language.
"""
from __future__ import annotations

import functools
import re
from re import _compiler, _constants, _parser  # the characters a rule can start with, its anchors
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterator

from ...resources import check_language, load_yaml
from ...textnorm import match_view, phrase_alternation

AREA = "extractors/dates"
REQUIRED_FILES: tuple[str, ...] = ("months.yaml", "words.yaml", "patterns.yaml")
WORD_KEYS: tuple[str, ...] = ("proclitic", "attached_prefixes", "numbers", "day_words", "quarter_words",
                              "half_words", "edge_words", "year_refs", "count_nouns", "target_cues",
                              "review_cues", "plan_cues", "comparison_cues", "same_period_cues", "since_cues",
                              "anniversary_cues", "duration_units", "report_cues", "future_cues",
                              "phone_cues", "hijri_months", "coordinators", "decade_cues", "weekdays")
# The cue words whose presence in a clause :attr:`Grammar.clause_cue` tests at once.
CLAUSE_CUE_KEYS: tuple[str, ...] = ("plan_cues", "future_cues", "review_cues", "report_cues", "target_cues")
# ... and :attr:`Grammar.near_cue`, the cues right before a year.
NEAR_CUE_KEYS: tuple[str, ...] = ("same_period_cues", "comparison_cues", "since_cues")
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
EVIDENCE_CLASSES: frozenset[str] = frozenset({"dateline", "same_period", "since_start", "span", "month", "year", "day", "horizon", "none"})
PHONE_WINDOW = 5  # non-letters between a phone word and its number ("hotline: 1900 ...")
_MACRO = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
# Where a rule may start: at a word start, or at a number not glued to a code or another
# number (a number may carry an attached clitic: "و2025").
RULE_START = r"(?:(?<!\w)(?!\d)|(?<![\d/.,:_-])(?=\d))"
_RULE_STARTS = re.compile(RULE_START)
# RULE_START read one character later, as lookbehinds: a pattern written as a character
# class followed by this matches that character at a rule start, and a search for it skips
# to the characters of the class instead of trying every position.
_RULE_START_BEHIND = r"(?:(?<=\D)(?<!\w[\s\S])|(?<=\d)(?<![\d/.,:_-][\s\S]))"
_GROUP_DEFINITION = re.compile(r"\(\?P<([A-Za-z_]\w*)>")
_GROUP_REFERENCE = re.compile(r"\(\?P=([A-Za-z_]\w*)\)")


def fold_literal(text: str, lang: str) -> str:
    """Fold one word or phrase as the matching view folds running text, spaces collapsed."""
    return re.sub(r"\s+", " ", match_view(text, lang).folded).strip()


def fold_pattern(pattern: str, lang: str) -> str:
    """Fold the non-ASCII characters of a regex; ASCII (regex syntax, escapes) stays as written."""
    return "".join(ch if ch.isascii() else match_view(ch, lang).folded for ch in pattern)


# ``(?<!\w)`` checked after a word's first character: a cue pattern then starts with the
# words themselves, and a search skips to their first letters instead of trying every position.
_AFTER_WORD_START = r"(?<!\w[\s\S])"


def _word_start_alternation(words: list[str]) -> str:
    """A word start followed by :func:`_alternation` of ``words``, written to start with a letter."""
    return _alternation(words, after_first=_AFTER_WORD_START)


def _alternation(words: list[str], after_first: str = "") -> str:
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
    if after_first:
        root = {symbol + after_first: child for symbol, child in root.items()}
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
    tag: str = ""  # the rule's group in the scanner of its :class:`RuleGroup`


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
    same_period_cue: re.Pattern[str] = field(default=re.compile(r"(?!)"), repr=False)
    # A decade word right before a year ("τη δεκαετία του 1990", "thập niên 1990"): a decade, no year.
    decade_cue: re.Pattern[str] = field(default=re.compile(r"(?!)"), repr=False)
    # Weekday names (folded) -> ISO weekday, and a pattern finding one (group 1) in a date's text.
    weekdays: dict[str, int] = field(default_factory=dict)
    weekday_word: re.Pattern[str] = field(default=re.compile(r"(?!)"), repr=False)
    # What may stand between two year-less periods that share a year: blanks, a comma, a
    # conjunction ("quý II và quý III", "الربع الثاني والربع الثالث").
    coordination: re.Pattern[str] = field(default=re.compile(r"[\s,،]*"), repr=False)
    groups: tuple["RuleGroup", ...] = field(default=(), repr=False)
    anchor_scan: "AnchorScan | None" = field(default=None, repr=False)
    # Any plan, future, review, result or target word, wherever it stands (no word bounds, no
    # clitic): where it finds nothing, none of those cues is in a clause, nor in its tail.
    # Three clauses in four hold none; one search then spares the four of the cues.
    clause_cue: re.Pattern[str] = field(default=re.compile(""), repr=False)
    # The same for the cues that stand right before a year: same period, comparison, since.
    near_cue: re.Pattern[str] = field(default=re.compile(""), repr=False)

    def rule_matches(self, folded: str,
                     accept: Callable[[int, re.Match[str]], int] | None = None) -> list[list[re.Match[str]]]:
        """Per rule, its match at every position where it matches, in text order.

        With ``accept``, each match is handed to it instead, with its rule's order, each rule's
        in text order; it answers where that rule's next match must start, and the rule is
        not tried before that (a caller that skips the matches starting inside one it keeps
        spares their tries: one start in six of a text's windows).

        Each anchored rule is a :class:`RuleGroup` of its own, with its anchors (digits, a
        month name, a period word), found for all rules at once (:meth:`AnchorScan.spans`), and
        is run, with ``rule.regex.match``, only at the rule starts of the stretches where it can
        start: the few words before each of its anchors (:meth:`RuleGroup.windows`). That gives
        the same match a search reaching that position would. Rules without an anchor form one
        group whose scanner tries them all at once at every rule start; it says which rules
        match there, and only those are then run. Trying every rule at every word start costs
        several times more: most words of a text are far from any anchor."""
        found: list[list[re.Match[str]]] = [[] for _ in self.rules]
        if not self.groups:
            return found
        reversed_text = folded[::-1]
        # Groups whose gate is not in the text (a part every match holds): not tried, and
        # their anchors are not searched for them.
        shut = {index for index, group in enumerate(self.groups)
                if group.gate is not None and group.gate.search(folded) is None}
        anchor_spans = self.anchor_scan.spans(folded, shut) if self.anchor_scan is not None else None
        for index, group in enumerate(self.groups):
            if index in shut:
                continue
            spans_of_group = anchor_spans[index] if anchor_spans is not None else None
            if spans_of_group is not None and not spans_of_group and group.anchors:
                continue  # none of its anchors in the text: no window (most rules, most texts)
            probes, starts = group.probes, group.starts.finditer
            if len(probes) == 1:
                # One rule: its own regex says at once whether and how it matches.
                order, _, regex = probes[0]
                matches_of_rule, match_rule = found[order], regex.match
                if accept is None:
                    for first, last in group.windows(folded, reversed_text, spans_of_group):
                        for start in starts(folded, first, last + 1):
                            match = match_rule(folded, start.start())
                            if match is not None:
                                matches_of_rule.append(match)
                    continue
                next_start = 0
                for first, last in group.windows(folded, reversed_text, spans_of_group):
                    if last < next_start:
                        continue
                    for start in starts(folded, first if first > next_start else next_start, last + 1):
                        at = start.start()
                        if at >= next_start:
                            match = match_rule(folded, at)
                            if match is not None:
                                next_start = accept(order, match)
                continue
            scan = group.scanner.match
            for first, last in group.windows(folded, reversed_text, spans_of_group):
                for start in starts(folded, first, last + 1):
                    hit = scan(folded, start.start())
                    if hit is None:
                        continue
                    position = hit.start()
                    spans = hit.regs  # one tuple for all tags, not one call per tag
                    for order, index, regex in probes:
                        if spans[index][0] >= 0:
                            match = regex.match(folded, position)
                            if match is not None:
                                found[order].append(match)
        if accept is not None:  # the matches of rules tried together, handed over in the same way
            for order, matches in enumerate(found):
                next_start = 0
                for match in matches:
                    if match.start() >= next_start:
                        next_start = accept(order, match)
                matches.clear()
        return found


@dataclass(frozen=True)
class RuleGroup:
    """Rules tried together, with the anchors that tell where they can match: every match of
    a member contains a match of one of ``anchors`` (a run of digits, a month name, a period
    word) and starts at most :attr:`back` non-blank characters before it (blanks are not
    counted: a rule may allow any run of them). An anchored rule is a group of its own (no
    ``scanner``); ``anchors`` is empty for the group of the rules without an anchor: they are
    tried at every rule start of the text."""

    anchors: tuple[re.Pattern[str], ...]
    back: int
    scanner: re.Pattern[str] | None  # several members: all of them tried at one start
    members: tuple[tuple[int, str, re.Pattern[str]], ...]  # (rule order, scanner tag, rule regex)
    # The rule starts where a member can start: a match is a character some member can
    # start with, at a rule start (the scanner refuses the others, but each call costs).
    starts: re.Pattern[str] = field(default=_RULE_STARTS, repr=False)
    behind: re.Pattern[str] = field(init=False, repr=False)
    # (rule order, number of its tag group in the scanner, rule regex): a hit's spans are
    # read as one tuple and indexed, cheaper than asking for each tag by name.
    probes: tuple[tuple[int, int, re.Pattern[str]], ...] = field(init=False, repr=False)
    # A part every match of the group's one rule holds, led by one character (:func:`_gate`),
    # for a rule anchored on runs of digits: without it in the text the rule cannot match,
    # and none of the windows around the numbers of the text is tried.
    gate: re.Pattern[str] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        # Read on the reversed text: up to ``back`` non-blank characters before a position.
        object.__setattr__(self, "behind", re.compile(r"(?:\s*\S){0,%d}\s*" % self.back))
        object.__setattr__(self, "probes", tuple(
            (order, self.scanner.groupindex[tag] if self.scanner is not None else 0, regex)
            for order, tag, regex in self.members))

    def windows(self, folded: str, reversed_text: str,
                found: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
        """``(first, last)`` stretches, in text order, outside which no member can start
        (``found``: the spans of the group's anchors in ``folded``, in text order, as
        :meth:`AnchorScan.spans` gives them; searched here when not given)."""
        size = len(folded)
        if not self.anchors:
            return [(0, size)]
        if found is None:
            found = sorted(anchor.span() for pattern in self.anchors for anchor in pattern.finditer(folded))
        spans: list[tuple[int, int]] = []
        behind = self.behind.match
        # The window open so far (none yet: no position is at or before last + 1).
        window_first, last = 0, -2
        for at, anchor_end in found:
            # An anchor starting inside the window of one before it adds no start before
            # its own: the window runs on to its end.
            if at <= last + 1:  # its window starts at or before ``at``
                if anchor_end > last:
                    last = anchor_end
                continue
            first = size - behind(reversed_text, size - at).end()
            if first <= last + 1:
                if anchor_end > last:
                    last = anchor_end
            else:
                if last >= 0:
                    spans.append((window_first, last))
                window_first, last = first, anchor_end
        if last >= 0:
            spans.append((window_first, last))
        return spans


# (an anchor regex, the numbers of the groups it anchors)
_Searched = tuple[re.Pattern[str], tuple[int, ...]]


@dataclass(frozen=True)
class AnchorScan:
    """The anchors of all the groups of a grammar, found in a few passes over a text.

    Word anchors (a month name, a period word, a day before a month name) are found by the
    regexes of ``scans``: one per character (letter, digit or mark) that leads some of them,
    the alternation of those as one trie. A search of a regex led by one character skips to
    that character's next occurrence, where one search for all must try the trie at every
    character of the set they start with (most letters of a text are one of them; for digits
    and marks, a test of the set at every character costs more than a pass per character
    leading some anchor). Each search starts one
    character after the last anchor found, so that an anchor starting inside another is
    found too. At each position found the anchor regexes of its character (kept with the
    scan) tell which groups it anchors and where it ends. Runs of digits and anchors not led by a
    character (``searched``) are searched on their own."""

    size: int  # the number of groups
    searched: tuple[_Searched, ...]
    scans: tuple[tuple[re.Pattern[str], tuple[_Searched, ...]], ...]  # with the anchor regexes of its character

    def spans(self, folded: str, shut: set[int] | frozenset[int] = frozenset()) -> list[list[tuple[int, int]]]:
        """Per group, the spans of its anchors in ``folded``, in text order: every position
        where a word anchor matches, and the runs of digits a search finds (not searched when
        they anchor only groups of ``shut``, which are not tried: their spans may be missing)."""
        per_group: list[list[tuple[int, int]]] = [[] for _ in range(self.size)]
        for pattern, indices in self.searched:
            if shut and shut.issuperset(indices):
                continue
            found = [anchor.span() for anchor in pattern.finditer(folded)]
            for index in indices:
                per_group[index] += found
        for scan, anchors in self.scans:
            search = scan.search
            hit = search(folded)
            while hit is not None:
                at = hit.start()
                for regex, indices in anchors:
                    anchor = hit if regex is scan else regex.match(folded, at)  # (the same match)
                    if anchor is not None:
                        span = anchor.span()
                        for index in indices:
                            per_group[index].append(span)
                hit = search(folded, at + 1)  # the next anchor may start inside this one
        for spans in per_group:
            spans.sort()  # the passes found them out of text order
        return per_group


def _anchor_scan(words_by_group: list[list[list[tuple[Any, Any]]]]) -> AnchorScan:
    """The :class:`AnchorScan` of groups whose word anchors are ``words_by_group`` (parsed
    alternatives, as :func:`_words_regexes` takes them) and whose digit anchors are added
    to ``searched`` by the caller."""
    by_char: dict[str, dict[int, _Searched]] = {}
    searched: dict[int, _Searched] = {}
    led: dict[Any, dict[tuple[str, ...], list[tuple[Any, Any]]]] = {}  # first item -> its alternatives, by written form
    for index, words in enumerate(words_by_group):
        for first, members in _by_first(words).items():
            regex = _words_regex(members)
            if first is None:
                table = searched
            else:
                table = by_char.setdefault(chr(first[1]), {})
                for member in members:
                    led.setdefault(first, {}).setdefault(tuple([_item_key(item) for item in member]), member)
            known = table.get(id(regex), (regex, ()))
            table[id(regex)] = (regex, known[1] + (index,))
    scans = tuple((_words_regex(list(alternatives.values())), tuple(by_char[chr(first[1])].values()))
                  for first, alternatives in led.items())
    return AnchorScan(len(words_by_group), tuple(searched.values()), scans)


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
    guards: list[str | None] = []
    anchors = []
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
        # Parsed once more here, for the analyses below (re keeps no parse of what it compiles).
        parsed = _parser.parse(regex.pattern)
        tag = f"r{len(rules)}"
        rules.append(Rule(name=str(spec["name"]), kind=kind, regex=regex,
                          example=str(spec.get("example", "")), evidence=evidence, tag=tag))
        guard = _first_chars_of(list(parsed)[_RULE_START_ITEMS:], parsed.state.flags)  # first_chars(body)
        guards.append(guard)
        bodies.append(_tagged(body, tag, guard))
        anchors.append(_anchor(regex, parsed))

    def cue_words(key: str) -> str:
        return _alternation([fold_literal(str(w), lang) for w in words.get(key) or []])

    def cue_start(key: str) -> str:
        """A word start and the cue words of ``key``."""
        return _word_start_alternation([fold_literal(str(w), lang) for w in words.get(key) or []])

    target_cue = re.compile(cue_start("target_cues") + r"(?!\w)")
    review_cue = re.compile(cue_start("review_cues") + r"(?!\w)")
    plan_cue = re.compile(cue_start("plan_cues") + r"(?!\w)")
    # Comparison and since cues stand right before the year: at most one word between
    # ("so với năm 2022", "مقارنة بعام 2022", "σε σύγκριση με το 2022").
    comparison_cue = re.compile(cue_start("comparison_cues") + r"(?:\s+\S+)?\s*$")
    since_cue = re.compile(cue_start("since_cues") + r"(?:\s+\S+)?\s*$")
    same_period_cue = re.compile(cue_start("same_period_cues") + r"(?:\s+\S+)?\s*$")
    anniversary_cue = re.compile(cue_start("anniversary_cues") + r"(?!\w)")
    # "(?<![\w.,/])(\d{1,3})" written to start with a digit, so that a search skips to digits.
    duration = re.compile(r"(\d(?<![\w.,/]\d)\d{0,2})\s+" + _alternation([fold_literal(str(w), lang)
                                                                    for w in words.get("duration_units") or []])
                          + r"(?!\w)")
    # Result and future words are verbs and particles: a clitic may stick to them ("وبلغت").
    if macros["PRE"]:
        report_cue = re.compile(r"(?<!\w)" + macros["PRE"] + cue_words("report_cues") + r"(?!\w)")
        future_cue = re.compile(r"(?<!\w)" + macros["PRE"] + cue_words("future_cues") + r"(?!\w)")
    else:
        report_cue = re.compile(cue_start("report_cues") + r"(?!\w)")
        future_cue = re.compile(cue_start("future_cues") + r"(?!\w)")
    # A phone word shortly before a number makes it part of a phone number, never a year.
    phone_cue = re.compile(cue_start("phone_cues") + r"(?!\w)[^\w\n]{0," + str(PHONE_WINDOW)
                           + r"}(?:\d[\d\s.()+-]*)?$")
    decade_cue = re.compile(cue_start("decade_cues") + r"(?!\w)\W*(?:\w+\W+)?$") if words.get("decade_cues") \
        else re.compile(r"(?!)")
    weekdays = _name_map(words.get("weekdays"), lang)
    weekday_word = re.compile(r"(?<!\w)" + macros["PRE"] + "(" + _alternation(list(weekdays)) + r")(?!\w)") \
        if weekdays else re.compile(r"(?!)")
    clause_cue = re.compile(_alternation([fold_literal(str(w), lang) for key in CLAUSE_CUE_KEYS
                                          for w in words.get(key) or []]))
    near_cue = re.compile(_alternation([fold_literal(str(w), lang) for key in NEAR_CUE_KEYS
                                        for w in words.get(key) or []]))
    prefixes = frozenset(fold_literal(str(p), lang) for p in words.get("attached_prefixes") or [])
    groups, anchor_scan = _groups(rules, bodies, guards, anchors)
    _ITEM_KEYS.clear()  # the items of this grammar's anchors: not met again
    return Grammar(lang=lang, rules=tuple(rules), months=months, numbers=numbers, day_words=day_words,
                   quarter_words=quarter_words, half_words=half_words, edge_words=edge_words,
                   year_refs=year_refs, attached_prefixes=prefixes, target_cue=target_cue,
                   review_cue=review_cue, plan_cue=plan_cue,
                   comparison_cue=comparison_cue, since_cue=since_cue, anniversary_cue=anniversary_cue,
                   duration=duration, report_cue=report_cue, future_cue=future_cue,
                   phone_cue=phone_cue, macros=macros, groups=groups, anchor_scan=anchor_scan,
                   hijri_months=hijri_months, same_period_cue=same_period_cue, decade_cue=decade_cue,
                   weekdays=weekdays, weekday_word=weekday_word, clause_cue=clause_cue, near_cue=near_cue,
                   coordination=re.compile(r"[\s,،]*(?:" + (cue_words("coordinators") or "(?!)") + r"\s*)?"))


def _tagged(body: str, tag: str, guard: str | None) -> str:
    """A rule's body as one optional lookahead of the scanner, captured as ``<tag>``.

    The lookahead is guarded by the characters the body can start with, so that a rule whose
    leading words cannot start here costs one character test. The body's own groups are only
    kept (renamed ``<tag>_<name>``: names must be unique in the scanner) where a back-reference
    needs them; the rule's own regex reads the groups afterwards. ``guard``: the
    :func:`first_chars` of the body."""
    if _GROUP_REFERENCE.search(body):
        body = _GROUP_DEFINITION.sub(lambda m: f"(?P<{tag}_{m.group(1)}>", body)
        body = _GROUP_REFERENCE.sub(lambda m: f"(?P={tag}_{m.group(1)})", body)
    else:
        body = _GROUP_DEFINITION.sub("(?:", body)
    lookahead = f"(?=(?P<{tag}>{body}))"
    if guard is not None:
        lookahead = f"(?={guard})" + lookahead
    return f"(?:{lookahead}|)"


def _scanner(bodies: list[str], tags: list[str]) -> re.Pattern[str]:
    """Several rules tried at one rule start at once. A rule's lookahead finds the same first
    match as the rule's own regex at that position, and sets the group named by its tag; the
    final condition refuses a position where no rule matches, so the scanner matches (empty)
    exactly where some rule does."""
    any_rule = "(?!)"
    for tag in reversed(tags):
        any_rule = f"(?({tag})|{any_rule})"
    return re.compile(RULE_START + "".join(bodies) + any_rule)


# --- anchors: a part every match of a rule contains, and how far a match runs around it ----

# A rule part starting with a digit lies in a run of digits: of ASCII digits where the part
# starts with one (the folded view writes Arabic-Indic digits as ASCII), else of any digits.
DIGIT_ANCHOR = r"\d\d*"  # the same runs as "\d+", searched faster
ASCII_DIGIT_ANCHOR = r"[0-9][0-9]*"  # the same runs as "[0-9]+", searched faster
_DIGITS = frozenset("0123456789")
_UNBOUNDED = float("inf")
# Rough chance that an item matches at a position of running text, to choose the anchor
# with the fewest windows: a character, a run of digits, a blank.
_LETTER_CHANCE, _DIGITS_CHANCE, _BLANK_CHANCE = 1 / 25, 1 / 50, 1 / 6


@dataclass(frozen=True)
class _Anchor:
    digits: str       # a run of digits: "" none, "ascii" led by an ASCII digit, "any" by any digit
    words: tuple[list[tuple[Any, Any]], ...]  # or (also): parsed alternatives, each led by a letter
    back: float       # non-blank characters a match may run before it (unbounded: no anchor)


_NO_ANCHOR = _Anchor("", (), _UNBOUNDED)


def _anchor(regex: re.Pattern[str], parsed: Any = None) -> _Anchor:
    """The rule's cheapest anchor: among the runs of consecutive parts every match has, the
    one with the fewest expected windows (its chance x the width of the window before it).
    ``parsed``: ``regex.pattern`` parsed, when the caller has it."""
    if parsed is None:
        parsed = _parser.parse(regex.pattern)
    if parsed.state.flags & ~re.UNICODE.value:
        return _NO_ANCHOR  # an anchor is searched without the rule's flags (case, dot, lines)
    items = _dereferenced(list(parsed), parsed.state)
    # Read once per part, not once per run of parts that holds it.
    references = [_has_reference(item) for item in items]
    nonempty = [_parser.SubPattern(parsed.state, [item]).getwidth()[0] >= 1 for item in items]
    plain = _uncaptured(items)
    chances = [_chance([item]) for item in items]
    candidates: list[tuple[float, int, _Anchor]] = []
    for first, last, before in _runs(items):
        if any(references[first:last]) or not any(nonempty[first:last]):
            continue  # refers to a group outside the run, or may match empty text
        candidate = _anchor_of(items[first:last], plain[first:last], chances[first:last], before)
        if candidate is not None:
            chance, anchor = candidate
            candidates.append((chance * (before + 4), len(candidates), anchor))
    return _cheapest(candidates) or _led_anchor(items, plain, references) or _NO_ANCHOR


def _dereferenced(items: list[tuple[Any, Any]], state: Any) -> list[tuple[Any, Any]]:
    """``items`` with each back-reference to a group of plain characters (no lookaround, no
    reference: the separator of "12/3/2024" written again) replaced by that group's pattern.
    Whatever text the group took, the pattern matches it again anywhere, so a run holding
    the reference anchors the rule as well ("/2024" rather than every year)."""
    groups: dict[int, list[tuple[Any, Any]]] = {}
    for op, av in items:
        if op is _constants.SUBPATTERN and av[0] is not None and not (av[1] or av[2]) \
                and all(_is_plain(item) for item in av[3]):
            groups[av[0]] = list(av[3])
    return [(_constants.SUBPATTERN, (None, 0, 0, _parser.SubPattern(state, _uncaptured(groups[av]))))
            if op is _constants.GROUPREF and av in groups else (op, av) for op, av in items]


def _is_plain(item: tuple[Any, Any]) -> bool:
    """Does ``item`` read characters only (no lookaround, position test or group)?"""
    op, av = item
    if op in (_constants.LITERAL, _constants.NOT_LITERAL, _constants.ANY, _constants.IN):
        return True
    if op is _constants.BRANCH:
        return all(_is_plain(i) for alternative in av[1] for i in alternative)
    if op in _REPEATS:
        return all(_is_plain(i) for i in av[2])
    return False


def _runs(items: list[tuple[Any, Any]]) -> Iterator[tuple[int, int, float]]:
    """``(first, last, before)`` for each run ``items[first:last]`` of at most ``_ANCHOR_ITEMS``
    parts, with the widest text the parts before it can match; none once that is unbounded."""
    widths: dict[int, float] = {}
    before = 0.0
    for first in range(len(items)):
        if before == _UNBOUNDED:
            return
        for last in range(first + 1, min(len(items), first + _ANCHOR_ITEMS) + 1):
            yield first, last, before
        before += _width([items[first]], widths)


def _cheapest(candidates: list[tuple[float, int, _Anchor]]) -> _Anchor | None:
    """The candidate of least cost (the first of equal ones) whose words compile into one
    regex; compiling is the costly part of choosing, so only the winner is compiled."""
    for _, _, anchor in sorted(candidates, key=lambda candidate: candidate[:2]):
        if not anchor.words or _compiles(anchor.words):
            return anchor
    return None


def _compiles(words: tuple[list[tuple[Any, Any]], ...]) -> bool:
    """Do ``words`` compile into one regex? Asked of the regexes of their leading characters
    (:func:`_words_regexes`), which the anchor's group then searches with: the trie of all the
    words is a branch of exactly those, and a parsed pattern fails to compile only for a part
    that fails on its own (a lookbehind of varying width, a reference to no group), so both
    compile or neither does; the whole trie is never used, and need not be compiled."""
    try:
        _words_regexes(list(words))
    except (re.error, TypeError, ValueError, IndexError, AttributeError):
        return False
    return True


def _led_anchor(items: list[tuple[Any, Any]], plain: list[tuple[Any, Any]],
                references: list[bool]) -> _Anchor | None:
    """A rule no single part anchors (its day may follow an optional list of days of any
    length, "13, 14 and 15 July"): the cheapest run of parts every match has whose match
    starts with a digit or with one of a few spelled-out words (:func:`_led`), each such
    start lying in a run of digits or a match of those words."""
    candidates: list[tuple[float, int, _Anchor]] = []
    factors: dict[int, float] = {}
    for first, last, before in _runs(items):
        if any(references[first:last]):
            continue
        led = _led(plain[first:last])
        if led is None:
            continue
        digits, words, offset = led
        chance = (_DIGITS_CHANCE if digits else 0.0) + _words_chance(words, factors)
        candidates.append((chance * (before + offset + 4), len(candidates),
                           _Anchor(digits, tuple(words), before + offset)))
    return _cheapest(candidates)


def _words_chance(words: list[list[tuple[Any, Any]]], factors: dict[int, float]) -> float:
    """``min(1.0, sum(_chance(word) for word in words))``, each part's factor read once
    (``factors``, by part: the alternatives share their tails) and the sum stopped at 1."""
    total = 0.0
    for word in words:
        chance = 1.0
        for item in word:
            factor = factors.get(id(item))
            if factor is None:
                factor = factors[id(item)] = _chance([item])
            chance *= factor
        total += chance
        if total >= 1.0:
            return 1.0
    return total


_DIGIT_KINDS = ("", "ascii", "any")  # the digits a match may start with, fewest first


# An optional part at most this many non-blank characters wide (a clitic, an article: "وال",
# "το ") is passed over by an anchor, which then starts after it: searching for words led
# by the most frequent letters of a text costs more than a slightly wider window.
_SKIPPED_WIDTH = 4


def _led(items: list[tuple[Any, Any]], offset: float = 0) -> tuple[str, list[list[tuple[Any, Any]]], float] | None:
    """How every match of ``items`` starts: with a digit (the first value: "ascii" when
    always an ASCII one, "any", or "" for never) or with one of the returned alternatives,
    each led by one literal character, at most the third value of non-blank characters
    after the match's start (``offset`` so far: the short optional parts passed over);
    None when a match may start otherwise or be empty. A digit written out (a literal, a
    class of digits) leads an alternative like a letter, with what follows it ("3/" of
    "3/2024"); only a repeated digit class makes a run of digits. Lookbehinds in front are
    passed over (the anchor found is then a superset); a lookahead in front tells how every
    match starts as well as the parts after it do, and the cheaper of the two is taken."""
    if not items:
        return None
    (op, av), rest = items[0], list(items[1:])
    if op is _constants.LITERAL:
        return "", [list(items)], offset
    if op is _constants.IN:
        digits, words = "", []
        for member, value in av:
            if member is _constants.LITERAL:
                words.append([(_constants.LITERAL, value)] + rest)
            elif member is _constants.CATEGORY and value is _constants.CATEGORY_DIGIT:
                digits = "any"
            elif member is _constants.RANGE and all(chr(c) in _DIGITS for c in value):
                words += [[(_constants.LITERAL, c)] + rest for c in range(value[0], value[1] + 1)]
            else:
                return None
        return digits, words, offset
    if op is _constants.SUBPATTERN:
        return None if av[1] or av[2] else _led(list(av[3]) + rest, offset)
    if op is _constants.ASSERT and av[0] == 1:
        ahead, after = _led(list(av[1]), offset), _led(rest, offset)
        if ahead is None or after is None:
            return ahead or after
        return min((ahead, after), key=lambda led: (_DIGITS_CHANCE if led[0] else 0.0) + _words_chance(led[1], {}))
    if op in _ZERO_WIDTH:
        return _led(rest, offset)
    choices: list[list[tuple[Any, Any]]]
    if op is _constants.BRANCH:
        choices = [list(alternative) + rest for alternative in av[1]]
    elif op in _REPEATS and av[0] == 0 and av[1] == 1:
        width = _width(list(av[2]), {})
        if width <= _SKIPPED_WIDTH:
            return _led(rest, offset + width)
        choices = [list(av[2]) + rest, rest]
    elif op in _REPEATS and av[0] >= 1:
        chars: set[str] = set()
        classes: set[str] = set()
        try:
            if _first(list(av[2]), chars, classes):
                return None
        except _AnyChar:
            return None
        if not (chars or classes) or not chars <= _DIGITS or not classes <= {r"\d"}:
            return None
        return "any" if classes else "ascii", [], offset
    else:
        return None
    digits, words, widest = "", [], offset
    for choice in choices:
        led = _led(choice, offset)
        if led is None:
            return None
        digits = max(digits, led[0], key=_DIGIT_KINDS.index)
        words += led[1]
        widest = max(widest, led[2])
        if len(words) > _ANCHOR_ALTERNATIVES:
            return None
    return digits, words, widest


_ANCHOR_ITEMS = 8  # the longest run of parts tried as an anchor
_ANCHOR_ALTERNATIVES = 256  # the most alternatives an anchor is spelled out in


def _anchor_of(items: list[tuple[Any, Any]], plain: list[tuple[Any, Any]], chances: list[float],
               back: float) -> tuple[float, _Anchor] | None:
    """``items`` (a run that cannot match empty text nor refers to a group; ``plain``: the
    same without capturing groups, ``chances``: the chance of each) as an anchor, with
    their chance; None when they cannot anchor: they do not start with a digit or with
    letters a text search skips to (the caller checks that their words compile)."""
    chars: set[str] = set()
    classes: set[str] = set()
    try:
        if _first(items[:1], chars, classes) or not (chars or classes):
            return None
    except _AnyChar:
        return None
    numeric = chars <= _DIGITS and classes <= {r"\d"}
    words = _letter_led(plain)
    if words and len(words) <= _ANCHOR_ALTERNATIVES:  # "20\d\d" is rarer than "\d+"
        chance = 1.0
        for factor in chances:  # as _chance(items) multiplies them
            chance *= factor
        return chance, _Anchor("", tuple(words), back)
    if numeric and len(items) == 1:
        # a run of digits anchors them all
        return _DIGITS_CHANCE, _Anchor("any" if classes else "ascii", (), back)
    return None


def _uncaptured(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """``items`` with their groups made non-capturing (anchors of several rules are joined)."""
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is _constants.SUBPATTERN:
            av = (None, av[1], av[2], _parser.SubPattern(av[3].state, _uncaptured(list(av[3]))))
        elif op is _constants.BRANCH:
            av = (av[0], [_parser.SubPattern(alternative.state, _uncaptured(list(alternative)))
                          for alternative in av[1]])
        elif op in _REPEATS:
            av = (av[0], av[1], _parser.SubPattern(av[2].state, _uncaptured(list(av[2]))))
        elif op in (_constants.ASSERT, _constants.ASSERT_NOT):
            av = (av[0], _parser.SubPattern(av[1].state, _uncaptured(list(av[1]))))
        elif op is getattr(_constants, "ATOMIC_GROUP", None):
            av = _parser.SubPattern(av.state, _uncaptured(list(av)))
        out.append((op, av))
    return out


def _letter_led(items: list[tuple[Any, Any]]) -> list[list[tuple[Any, Any]]] | None:
    """``items`` as alternatives that each start with one literal character (so that a
    search of their alternation skips to those characters), or None."""
    if not items:
        return None
    (op, av), rest = items[0], list(items[1:])
    if op is _constants.LITERAL:
        return [list(items)]
    if op is _constants.IN:
        if not all(member is _constants.LITERAL for member, _ in av):
            return None
        return [[(_constants.LITERAL, value)] + rest for _, value in av]
    if op is _constants.SUBPATTERN and not (av[1] or av[2]):
        return _letter_led(list(av[3]) + rest)
    if op is _constants.BRANCH:
        alternatives: list[list[tuple[Any, Any]]] = []
        for alternative in av[1]:
            led = _letter_led(list(alternative) + rest)
            if led is None:
                return None
            alternatives += led
            if len(alternatives) > _ANCHOR_ALTERNATIVES:
                return None
        return alternatives
    return None


# Word anchors compiled so far, by the written form of their parsed alternatives: groups
# whose rules share an anchor (a year, a month name) get the same pattern object, so that
# :meth:`Grammar.rule_matches` searches a text for it once, not once per group.
_WORDS_REGEXES: dict[tuple[tuple[str, ...], ...], re.Pattern[str]] = {}
# The written form of each parsed item met so far, by identity (the item is kept with it, so
# that its id is not reused): the alternatives of anchors share most of their items (the
# parts after a leading character), each then written once, not once per alternative.
_ITEM_KEYS: dict[int, tuple[tuple[Any, Any], str]] = {}


def _item_key(item: tuple[Any, Any]) -> str:
    """``repr(item)``, written once per item object (see ``_ITEM_KEYS``)."""
    known = _ITEM_KEYS.get(id(item))
    if known is None:
        known = _ITEM_KEYS[id(item)] = (item, repr(item))
    return known[1]


def _words_regex(alternatives: list[list[tuple[Any, Any]]]) -> re.Pattern[str]:
    """One regex for the alternation of parsed ``alternatives``, as a trie of their leading
    characters (a search then tests each character against a few branches, not all); the
    same object for the same alternatives (the same written items, in the same order)."""
    key = tuple([tuple([_item_key(item) for item in alternative]) for alternative in alternatives])
    regex = _WORDS_REGEXES.get(key)
    if regex is None:
        state = _parser.State()
        state.flags = re.UNICODE.value
        regex = _WORDS_REGEXES[key] = _compiler.compile(
            _parser.SubPattern(state, _trie(alternatives, state)), 0)
    return regex


def _words_regexes(alternatives: list[list[tuple[Any, Any]]]) -> list[re.Pattern[str]]:
    """The alternation of ``alternatives`` as one regex per leading character (and one for
    those not led by a character). Each then starts with a literal, and a search for it skips
    to the next occurrence of that literal (or of its whole shared lead: "thang", "20"), where
    one regex for all must try a match at every character of the set they start with: the
    frequent letters of the language. A position where the alternation matches is where the
    regex of its leading character matches: their matches together anchor the same windows."""
    return [_words_regex(members) for members in _by_first(alternatives).values()]


def _by_first(alternatives: list[list[tuple[Any, Any]]]) -> dict[Any, list[list[tuple[Any, Any]]]]:
    """``alternatives`` by their leading literal (None for those not led by one)."""
    by_first: dict[Any, list[list[tuple[Any, Any]]]] = {}
    for alternative in alternatives:
        first = alternative[0] if alternative and alternative[0][0] is _constants.LITERAL else None
        by_first.setdefault(first, []).append(alternative)
    return by_first


def _trie(alternatives: list[list[tuple[Any, Any]]], state: Any) -> list[tuple[Any, Any]]:
    """The alternation of ``alternatives`` with the leading characters they share factored out."""
    by_first: dict[Any, list[list[tuple[Any, Any]]]] = {}
    for alternative in alternatives:
        first = alternative[0] if alternative and alternative[0][0] is _constants.LITERAL else None
        by_first.setdefault(first, []).append(alternative)
    branches: list[list[tuple[Any, Any]]] = []
    for first, members in by_first.items():
        if first is None or len(members) == 1:
            branches += members
        else:
            branches.append([first] + _trie([member[1:] for member in members], state))
    if len(branches) == 1:
        return branches[0]
    return [(_constants.BRANCH, (None, [_parser.SubPattern(state, branch) for branch in branches]))]


def _has_reference(item: tuple[Any, Any]) -> bool:
    """Does ``item`` refer to a group (a back-reference, a conditional)?"""
    op, av = item
    if op in (_constants.GROUPREF, _constants.GROUPREF_EXISTS):
        return True
    if op is _constants.SUBPATTERN:
        return any(_has_reference(i) for i in av[3])
    if op is _constants.BRANCH:
        return any(_has_reference(i) for alternative in av[1] for i in alternative)
    if op in _REPEATS:
        return any(_has_reference(i) for i in av[2])
    if op in (_constants.ASSERT, _constants.ASSERT_NOT):
        return any(_has_reference(i) for i in av[1])
    if op is getattr(_constants, "ATOMIC_GROUP", None):
        return any(_has_reference(i) for i in av)
    return False


def _width(items: list[tuple[Any, Any]], groups: dict[int, float]) -> float:
    """The most non-blank characters ``items`` can read, lookaheads included (``groups``
    collects the widths of the numbered groups, for back-references)."""
    return sum(_item_width(op, av, groups) for op, av in items)


def _item_width(op: Any, av: Any, groups: dict[int, float]) -> float:
    if op is _constants.LITERAL:
        return 0 if chr(av).isspace() else 1
    if op is _constants.IN:
        blank = all((member is _constants.CATEGORY and value is _constants.CATEGORY_SPACE)
                    or (member is _constants.LITERAL and chr(value).isspace()) for member, value in av)
        return 0 if blank else 1
    if op in (_constants.NOT_LITERAL, _constants.ANY):
        return 1
    if op is _constants.SUBPATTERN:
        width = _width(list(av[3]), groups)
        if av[0] is not None:
            groups[av[0]] = width
        return width
    if op is getattr(_constants, "ATOMIC_GROUP", None):
        return _width(list(av), groups)
    if op is _constants.BRANCH:
        return max(_width(list(alternative), groups) for alternative in av[1])
    if op in _REPEATS:
        low, high, item = av
        width = _width(list(item), groups)
        if width == 0:
            return 0
        return _UNBOUNDED if high is _constants.MAXREPEAT else high * width
    if op is _constants.AT:
        return 0
    if op in (_constants.ASSERT, _constants.ASSERT_NOT):
        direction, item = av
        return _width(list(item), groups) if direction > 0 else 0
    if op is _constants.GROUPREF:
        return groups.get(av, _UNBOUNDED)
    if op is _constants.GROUPREF_EXISTS:
        _, yes, no = av
        return max(_width(list(yes), groups), _width(list(no), groups) if no else 0)
    return _UNBOUNDED


def _chance(items: list[tuple[Any, Any]]) -> float:
    """A rough chance that ``items`` match at a position of running text."""
    chance = 1.0
    for op, av in items:
        if op is _constants.LITERAL:
            chance *= _BLANK_CHANCE if chr(av).isspace() else _LETTER_CHANCE
        elif op is _constants.IN:
            chance *= min(1.0, len(av) * _LETTER_CHANCE)
        elif op is _constants.SUBPATTERN:
            chance *= _chance(list(av[3]))
        elif op is _constants.BRANCH:
            chance *= min(1.0, sum(_chance(list(alternative)) for alternative in av[1]))
        elif op in _REPEATS and av[0] >= 1:
            chance *= _chance(list(av[2])) ** av[0]
    return chance


def _groups(rules: list[Rule], bodies: list[str], guards: list[str | None],
            anchors: list[_Anchor]) -> tuple[tuple[RuleGroup, ...], AnchorScan]:
    """Each anchored rule as a group of its own, with its anchors and the width of the window
    before them; rules without an anchor form one group, with its scanner, tried at every
    rule start. With them, the :class:`AnchorScan` of their anchors.

    A rule is tried only near its own anchors and only as far before them as it can start:
    grouped with others, it would be tried near theirs too, and as far back as the widest
    needs, several times the starts for one scanner call each (and a second call, the rule's
    own, for each hit); its windows are computed on their own, but cheaply."""
    buckets: dict[int, list[int]] = {}  # -1: the rules without an anchor
    for order, anchor in enumerate(anchors):
        buckets.setdefault(-1 if anchor.back == _UNBOUNDED else order, []).append(order)
    groups = []
    words_by_group: list[list[list[tuple[Any, Any]]]] = []
    digits_by_group: dict[str, list[int]] = {}
    for key, orders in sorted(buckets.items()):
        scanner = _scanner([bodies[order] for order in orders], [rules[order].tag for order in orders]) \
            if len(orders) > 1 else None
        members = tuple((order, rules[order].tag, rules[order].regex) for order in orders)
        starts = _starts([guards[order] for order in orders])
        words = [alternative for order in orders for alternative in anchors[order].words] if key >= 0 else []
        words_by_group.append(words)
        if key < 0:
            groups.append(RuleGroup((), 0, scanner, members, starts))
            continue
        digits = {anchors[order].digits for order in orders}
        digit_anchor = DIGIT_ANCHOR if "any" in digits else ASCII_DIGIT_ANCHOR if "ascii" in digits else None
        patterns = [re.compile(digit_anchor)] if digit_anchor else []
        if digit_anchor:
            digits_by_group.setdefault(digit_anchor, []).append(len(groups))
        if words:
            patterns += _words_regexes(words)
        back = max(anchors[order].back for order in orders)
        gate = _gate(rules[orders[0]].regex) if digit_anchor and len(orders) == 1 else None
        groups.append(RuleGroup(tuple(patterns), int(back), scanner, members, starts, gate))
    scan = _anchor_scan(words_by_group)
    digit_runs = tuple((re.compile(digit_anchor), tuple(indices)) for digit_anchor, indices in digits_by_group.items())
    return tuple(groups), replace(scan, searched=digit_runs + scan.searched)


def _gate(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """The rarest run of parts every match of ``regex`` holds that starts with one written
    character (a search for it skips to that character), as a regex of its own; None when
    there is none. A rule anchored on runs of digits has a window at every number of a text;
    where the run this returns is nowhere in the text, no window can hold a match.

    Unlike an anchor, the run may follow parts of any width ("\\d+/..."): only whether it
    occurs is asked, not where. Its groups are uncaptured and a back-reference to a group of
    plain characters is read as that group's pattern (as for anchors): at the place where a
    match holds the run, the regex matches the same text."""
    parsed = _parser.parse(regex.pattern)
    if parsed.state.flags & ~re.UNICODE.value:
        return None
    items = _dereferenced(list(parsed), parsed.state)
    plain = _uncaptured(items)
    best: tuple[float, int, int] | None = None
    for first in range(len(items)):
        if items[first][0] is not _constants.LITERAL:
            continue
        chance = 1.0
        for last in range(first + 1, min(len(items), first + _ANCHOR_ITEMS) + 1):
            if _has_reference(items[last - 1]):
                break
            chance *= _chance([items[last - 1]])
            if best is None or chance < best[0]:
                best = (chance, first, last)
    if best is None:
        return None
    state = _parser.State()
    state.flags = re.UNICODE.value
    return _compiler.compile(_parser.SubPattern(state, plain[best[1]:best[2]]), 0)


def _starts(guards: list[str | None]) -> re.Pattern[str]:
    """Rule starts followed by a character one of the rules can start with (``guards``: the
    :func:`first_chars` of each; every rule start when one may start with any character)."""
    if any(guard is None for guard in guards):
        return _RULE_STARTS
    return re.compile("[" + "".join(guard[1:-1] for guard in guards) + "]" + _RULE_START_BEHIND)


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
    except re.error:
        return None
    return _first_chars_of(list(parsed), parsed.state.flags)


# RULE_START parsed: its items, which the items of a rule's body follow in the rule's parse.
_RULE_START_ITEMS = len(_parser.parse(RULE_START))


def _first_chars_of(items: list[tuple[Any, Any]], flags: int) -> str | None:
    """:func:`first_chars` of a pattern parsed as ``items`` with ``flags``."""
    if flags & re.IGNORECASE:
        return None
    chars: set[str] = set()
    classes: set[str] = set()
    try:
        if _first(items, chars, classes):
            return None  # may match the empty string
    except _AnyChar:
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
