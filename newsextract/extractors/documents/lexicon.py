"""Per-language document lexicons, loaded from ``resources/<iso>/`` and compiled once.

Every language folder holds the same files (:data:`REQUIRED_FILES`) with the same keys
(:data:`REQUIRED_KEYS`); the engine (:mod:`.extractor` and its stages) has no per-language
code paths. Words are folded with :func:`newsextract.textnorm.fold`, so they match the folded view of
an article (Arabic letter variants, Greek accents and case are ignored).
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

try:  # the standard library's own regex parser (sre_parse before Python 3.11)
    from re import _constants as _sre_constants, _parser as _sre_parser
except ImportError:  # pragma: no cover
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parser  # type: ignore[no-redef]

from ...resources import check_language, load_yaml
from ...textnorm import NEVER, fold, phrase_alternation
from ..tries import trie_regex, word_start_trie_regex

AREA = "extractors/documents"
REQUIRED_FILES: tuple[str, ...] = ("types.yaml", "grammar.yaml", "issuers.yaml", "ordinals.yaml")
REQUIRED_KEYS: dict[str, tuple[str, ...]] = {
    "types.yaml": ("types", "named", "named_dated"),
    "grammar.yaml": ("proclitics", "number_markers", "not_a_number_after", "plural_markers", "date_markers",
                     "issuer_markers", "issuer_proclitic", "issuer_heads", "issuer_stop_words",
                     "issuer_capitalised", "issuer_open", "issuer_joiners", "issue_verbs", "subject_markers", "term_markers",
                     "plenum_words", "congress_words", "central_committee", "title_words", "title_stop_words",
                     "ordinal_prefixes", "bare_number_capitalised", "not_types", "name_words", "name_proclitics", "name_links",
                     "name_prefixes", "name_year_words", "issuer_modifiers", "ambiguous_default",
                     "number_forms", "year_markers", "list_joiners", "suffix_forms", "caps_ambiguous", "free_name_words", "gazette_words", "subject_nouns",
                     "dated_name_words"),
    "issuers.yaml": ("issuers",),
    "ordinals.yaml": ("ordinals",),
}
AMBIGUOUS = "res/dec"  # a word standing for both resolution (Nghị quyết) and decision (Quyết định)


def _alternation(words: list[str], lang: str, sep: str = r"\s+") -> str:
    """A regex alternation of folded words, longest first, spaces matching ``sep`` (any whitespace).

    With spaces as ``\\s+`` it is written as a trie (:func:`_trie_alternation`), which matches
    what the flat alternation matches, the same way, whatever follows it: a match at a position
    follows the letters there instead of trying every word in turn."""
    if sep == r"\s+":
        return _trie_alternation(words, lang)
    return phrase_alternation((fold(str(w), lang) for w in words), sep)


NAME_SEP = r"(?:\s*[-‐–]\s*|\s+)"  # fixed names are also written hyphenated (Πρόγραμμα-Στόχος)


def needles(words: Iterable[str], lang: str) -> tuple[tuple[str, ...], ...]:
    """The words of each of ``words`` (folded phrases), longest first: a pattern built from them by
    :func:`_alternation` or :func:`_word_start_trie` holds every word of a phrase literally, so it
    matches only in a text holding all the words of one phrase; a text that holds none needs no search.
    A phrase whose words hold those of a shorter one each ("πολυνομοσχέδιο" holds "νομοσχέδιο") is
    left out: a text holding its words holds the shorter one's, which :func:`may_occur` tests."""
    phrases = sorted({tuple(sorted(set(parts), key=lambda w: (-len(w), w)))
                      for parts in (fold(str(w), lang).split() for w in words) if parts},
                     key=lambda p: (sum(map(len, p)), p))
    kept: list[tuple[str, ...]] = []
    for phrase in phrases:
        if not any(all(any(w in v for v in phrase) for w in shorter) for shorter in kept):
            kept.append(phrase)
    return tuple(sorted(kept))


def may_occur(text: str, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether all the words of one of ``phrases`` (see :func:`needles`) occur in ``text``; each
    word is looked for once, however many phrases hold it (a missing word is missing for all)."""
    found: dict[str, bool] = {}
    for words in phrases:
        for w in words:
            present = found.get(w)
            if present is None:
                present = found[w] = w in text
            if not present:
                break
        else:
            return True
    return False


def required_literals(pattern: str) -> tuple[str, ...]:
    """Strings every match of ``pattern`` holds: the runs of literal characters at its top level
    (outside groups, alternations and repeats). A text lacking one of them has no match, and a
    test ``in`` the text spares a search that would try the pattern at every position. Empty when
    the pattern sets flags (a case-insensitive literal is no plain substring)."""
    parsed = _sre_parser.parse(pattern)
    if parsed.state.flags & (re.IGNORECASE | re.LOCALE):
        return ()
    runs: list[str] = []
    current: list[str] = []
    for op, arg in list(parsed) + [(None, None)]:
        if op is _sre_constants.LITERAL:
            current.append(chr(arg))
            continue
        if current:
            runs.append("".join(current))
        current = []
    return tuple(runs)


def any_of(patterns: list[str]) -> re.Pattern[str] | None:
    """One pattern that matches at a position where one of ``patterns`` does: their alternation,
    groups made plain (names may repeat across them). One failing test then spares trying each
    in turn where none matches. None when there are none, or when a pattern refers to a group."""
    if not patterns or any("(?P=" in p or "(?(" in p or "\\(?P" in p or re.search(r"\\\d", p) for p in patterns):
        return None  # a group referred to, or a bracket written before "?P<", which the renaming would break
    return re.compile("|".join(f"(?:{re.sub(r'[(][?]P<[^>]*>', '(?:', p)})" for p in patterns))


def _first_chars(words: list[str], lang: str, proclitics: str = "") -> str:
    """A lookahead on the characters a match can begin with: the first letters of ``words``
    and the letters of ``proclitics``. It changes no match; it lets the regex engine skip to
    those characters instead of trying every position. Empty (no lookahead) when
    ``proclitics`` is more than letters in optional groups and classes."""
    if re.search(r"\\|\.|\w-\w", proclitics or ""):
        return ""
    firsts = {fold(str(w), lang)[:1] for w in words} | set(re.sub(r"[^\w]", "", proclitics or ""))
    firsts.discard("")
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])" if firsts else ""


# The end of a whole word; an abbreviation's period also ends it before a digit ("ν.2946/2001").
WORD_END = r"(?:(?!\w)|(?<=\.)(?=\d))"


def _voted_bill(data: dict[str, list[str]] | None, lang: str) -> re.Pattern[str]:
    """Pattern for ``finditer``: an article and a bill word (group ``bill``, or ``bill_first``
    where it comes first) right after or before a vote verb ("Υπερψηφίστηκε το νομοσχέδιο", "το νομοσχέδιο ψηφίστηκε")."""
    if not data:
        return NEVER_RE
    bill = rf"(?:{_alternation(data['articles'], lang)})\s+(?:{_alternation(data['words'], lang)})(?!\w)"
    verb = rf"(?<!\w)(?:{_alternation(data['verbs'], lang)})(?!\w)"
    return re.compile(rf"{verb}\s+(?P<bill>{bill})|(?<!\w)(?P<bill_first>{bill})\s+{verb}")


def _label(words: list[str] | None, lang: str) -> re.Pattern[str]:
    """Pattern for ``finditer``: one of the label ``words`` as a whole word, then an optional
    period and colon and the number (group 1)."""
    if not words:
        return NEVER_RE
    # The label's words as a word-start trie (:func:`_word_start_trie`): the engine skips to their
    # first letters instead of testing the character before at every position.
    return re.compile(rf"{_word_start_trie(words, lang)}\.?\s*:?\s*(\d{{1,7}})(?![\d/.,-]\d|\d)")


def _at_word_start(words: list[str], lang: str, group: str | None = None) -> re.Pattern[str]:
    """Pattern for ``finditer``: one of ``words`` as a whole word (in ``group`` when given).

    The same matches as ``(?<!\\w)(?:alternation)(?!\\w)``, written so that the engine can skip
    through the text on the words' first letters: the alternation is a trie whose first-level
    branches each begin with their letter, and the test on the character before the word is made
    after that letter (``(?<!\\w.)``), as a pattern opening with a lookaround is tried at every
    position. The trie matches what the flat alternation (longest first) matches, the same way:
    branches part on a character or on white space, so at most one goes on at a place, and a
    word that ends where longer ones go on is tried after them.
    """
    if not _trie_of(words, lang):
        return NEVER_RE
    body = _word_start_trie(words, lang)
    return re.compile((f"(?P<{group}>{body})" if group else body) + WORD_END)


def _word_start_trie(words: list[str], lang: str) -> str:
    """``(?<!\\w)(?:alternation of words)`` written as in :func:`_at_word_start` (a trie, the
    test on the character before made after the first letters:
    :func:`~newsextract.extractors.tries.word_start_trie_regex`); matches nothing when empty."""
    root = _trie_of(words, lang)
    return "(?:" + word_start_trie_regex(root, r"\w") + ")" if root else NEVER


def _trie_of(words: list[str], lang: str) -> dict[str, Any]:
    """The folded ``words`` as a trie of characters ("" marks where a word ends)."""
    root: dict[str, Any] = {}
    for phrase in {" ".join(fold(str(w), lang).split()) for w in words} - {""}:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = ""
    return root


def first_letters(words: Iterable[str], lang: str) -> frozenset[str]:
    """The characters a match of ``words`` as :func:`_alternation` writes them (spaces as ``\\s+``)
    opens with: the first letters of the folded words. Tested on the character at a position, it
    spares a regex call where no word can start."""
    return frozenset(phrase[0] for phrase in (" ".join(fold(str(w), lang).split()) for w in words) if phrase)


def _trie_alternation(words: list[str], lang: str) -> str:
    """:func:`_alternation` (spaces matching ``\\s+``) written as a trie (see :func:`_at_word_start`)."""
    root = _trie_of(words, lang)
    return "(?:" + trie_regex(root) + ")" if root else NEVER


# A pattern that matches nothing and is searched fast: it opens with one character, which the
# engine looks for like a substring, not by trying the pattern at every position of the text.
NEVER_RE = re.compile(r"\x00(?!)")


def _at(words: list[str], lang: str) -> re.Pattern[str]:
    """Pattern matching one of ``words`` as whole words at a position (use with ``.match``)."""
    return re.compile(rf"(?:{_alternation(words, lang)})(?!\w)")


@dataclass(frozen=True)
class WordScan:
    """``pattern.finditer`` for a pattern ``(?<!\\w)(?P<pre>PRE)(?P<word>WORDS)(?!\\w)`` (words after
    optional glued proclitics), found through the words alone.

    A pattern opening with lookarounds is tried at every position of the text. Every match holds
    ``WORDS(?!\\w)`` at its word's start, and that pattern opens with the words' letters, which the
    engine skips to; so the words are searched at every position they occur (overlapping ones
    too), and the pattern is tried only up to the proclitics' greatest width before each, in text
    order, each next match starting at or after the end of the one before, as ``finditer`` does."""

    pattern: re.Pattern[str]
    words: re.Pattern[str]     # WORDS(?!\w)
    pre_width: int             # the most characters PRE matches

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``pattern`` in ``text``, as ``pattern.finditer(text)`` yields them."""
        starts: set[int] = set()
        search, width = self.words.search, self.pre_width
        m = search(text)
        while m:
            w = m.start()
            starts.update(range(max(0, w - width), w + 1))
            m = search(text, w + 1)
        resume = 0
        match = self.pattern.match
        for start in sorted(starts):
            if start >= resume and (found := match(text, start)):
                yield found
                resume = found.end()


@dataclass(frozen=True)
class WordLists:
    """The matches of several word-list patterns of one language (type words, words that name no
    document, name words, number markers), found through one scan of the text instead of one
    scan each.

    ``probe`` matches wherever a word of any of the lists begins (and, for a list whose pattern
    requires it, ends): all their words as one trie (after a word start, where no list takes
    proclitics; where one does, the probe finds the word itself, and each pattern is tried up to
    its proclitics' greatest width before it). A pattern matches nowhere else, so it is tried at
    those places alone, in text order: each next match starting at or after the end of the one
    before, which is what its ``finditer`` yields, or every match (overlapping ones too)."""

    probe: re.Pattern[str]
    # (pattern, greatest width of its proclitics (None: none, it is searched on its own), every
    # match rather than those of finditer)
    patterns: tuple[tuple[re.Pattern[str], int | None, bool], ...]

    def find(self, text: str) -> list[list[re.Match[str]]]:
        """For each pattern, its ``finditer`` matches (or every match) in ``text``."""
        search = self.probe.search
        places: list[int] = []
        m = search(text)
        while m:
            places.append(m.start())
            m = search(text, m.start() + 1)
        found: list[list[re.Match[str]]] = []
        widest = max((width or 0 for _, width, _ in self.patterns), default=0)
        word_starts: list[int] | None = None
        for pattern, width, every in self.patterns:
            matches: list[re.Match[str]] = []
            found.append(matches)
            if width is None:  # proclitics of no greatest width: the pattern is searched through the text
                matches.extend(every_match(pattern, text) if every else pattern.finditer(text))
                continue
            if pattern is NEVER_RE or not places:
                continue
            if width:
                # A pattern with proclitics opens with ``(?<!\w)`` (:func:`_proclitic_words`): of the
                # places up to its width before a word, only those at a word's start can hold a match.
                if word_starts is None:
                    word_starts = sorted({s for w in places for s in range(max(0, w - widest), w + 1)
                                          if s == 0 or not (text[s - 1].isalnum() or text[s - 1] == "_")})
                starts = [s for s in word_starts if _within(s, places, width)] if width < widest else word_starts
            else:
                starts = places
            match = pattern.match
            resume = 0
            for start in starts:
                if start >= resume and (hit := match(text, start)):
                    matches.append(hit)
                    if not every:
                        resume = hit.end()
        return found


def _within(start: int, places: list[int], width: int) -> bool:
    """Whether one of the ascending ``places`` lies in ``[start, start + width]``."""
    i = bisect_left(places, start)
    return i < len(places) and places[i] <= start + width


def every_match(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The match of ``pattern`` at every position where it matches, overlapping ones included
    (the text is searched once from left to right)."""
    found: list[re.Match[str]] = []
    m = pattern.search(text)
    while m:
        found.append(m)
        m = pattern.search(text, m.start() + 1)
    return found


def _word_lists(lists: list[tuple[re.Pattern[str] | WordScan, list[str], bool, bool]], lang: str) -> WordLists:
    """:class:`WordLists` of the patterns of ``lists``: ``(pattern, words every match opens with,
    every match, open end)``. A pattern made with :func:`_at_word_start` or :func:`_proclitic_words`
    of the words requires their end (:data:`WORD_END`, or ``(?!\\w)``); where the words are only
    where matches begin (the first words of fixed names) or the pattern reads on after them (the
    markers), no end is required (``open end``), and neither does the probe there."""
    patterns = tuple((scan.pattern, scan.pre_width, every) if isinstance(scan, WordScan)
                     else (scan, None if "(?P<pre>" in scan.pattern else 0, every) for scan, _, every, _ in lists)
    root: dict[str, Any] = {}
    for _, words, _, open_end in lists:
        end = "" if open_end else WORD_END
        for phrase in {" ".join(fold(str(w), lang).split()) for w in words} - {""}:
            node = root
            for ch in phrase:
                node = node.setdefault(ch, {})
            if end == "" or "" not in node:  # an open end admits more than a word's end does
                node[""] = end
    if not root:
        return WordLists(NEVER_RE, patterns)
    after_proclitics = any(width is None or width for _, width, _ in patterns)
    body = trie_regex(root) if after_proclitics else word_start_trie_regex(root, r"\w")
    return WordLists(re.compile(f"(?:{body})"), patterns)


def _proclitic_words(pre: str, words: str, lookahead: str = "") -> re.Pattern[str] | WordScan:
    """The pattern of ``words`` (a regex) as whole words after the optional proclitics ``pre``
    (groups ``pre`` and ``word``), as a :class:`WordScan` when the proclitics have a greatest
    width; ``lookahead`` (:func:`_first_chars`) opens the pattern."""
    pattern = re.compile(rf"{lookahead}(?<!\w)(?P<pre>{pre})(?P<word>{words})(?!\w)")
    _, high = _sre_parser.parse(pre).getwidth() if pre else (0, 0)
    if high >= _sre_constants.MAXREPEAT:
        return pattern
    return WordScan(pattern, re.compile(rf"(?:{words})(?!\w)"), high)


@dataclass(frozen=True)
class Issuer:
    """A known issuing body: folded surface forms, its code and English name."""

    forms: tuple[str, ...]
    code: str
    name: str
    resolution: bool


@dataclass(frozen=True)
class Lexicon:
    """Compiled patterns and tables of one language."""

    lang: str
    type_words: re.Pattern[str] | WordScan  # finditer over the folded text; group word (and pre, with proclitics)
    type_of: dict[str, str]              # folded type word -> type
    number_marker: re.Pattern[str]       # match at a position: a marker then the number
    number_marker_end: re.Pattern[str]   # search in the text before a number: a marker ending there
    marked_number: re.Pattern[str]       # a marker and the number after it (group 1); opens as marker_at does
    not_a_number_after: re.Pattern[str]
    plural_markers: frozenset[str]
    date_marker: re.Pattern[str]
    issuer_marker: re.Pattern[str]
    # The letters matches of the patterns above and below open with (:func:`first_letters`): where
    # the character at a position is none of them, the pattern is not tried there.
    date_marker_firsts: frozenset[str]
    issuer_marker_firsts: frozenset[str]
    issuer_proclitic: tuple[tuple[str, tuple[str, ...]], ...]  # glued preposition -> undoing spellings
    issuer_heads: frozenset[str]
    issuer_stop: re.Pattern[str]
    issuer_stop_firsts: frozenset[str]
    capitalised: bool
    issuer_open: bool
    issuer_joiners: frozenset[str]
    issue_verb: re.Pattern[str]          # finditer: verbs of issuing that may follow the issuer's name
    subject_marker: re.Pattern[str]
    subject_marker_firsts: frozenset[str]
    term_marker: re.Pattern[str]
    term_marker_firsts: frozenset[str]
    plenum_word: re.Pattern[str]
    congress_word: re.Pattern[str]
    meeting_firsts: frozenset[str]       # the letters plenum and congress words open with (:func:`first_letters`)
    meeting_word: re.Pattern[str]        # match: a congress word (group congress), else a plenum word (group plenum)
    central_committee: re.Pattern[str]
    ordinal_word: re.Pattern[str]
    ordinal_of: dict[str, int]
    ordinal_prefix: re.Pattern[str]     # words before a numeric or Roman ordinal (lần thứ)
    ordinal_firsts: frozenset[str]      # the letters ordinal words open with
    ordinal_prefix_firsts: frozenset[str]  # ... and the words before an ordinal
    issuers: tuple[Issuer, ...]
    named_words: re.Pattern[str] | WordScan  # finditer: fixed names of specific unnumbered documents
    named_of: dict[str, str]             # folded name -> type
    named_needles: tuple[tuple[str, ...], ...]     # :func:`needles` of the fixed names: one occurs wherever they match
    title_words: frozenset[str]          # folded type words that, capitalised mid-sentence, start a title
    title_stop: re.Pattern[str]
    bare_number_capitalised: bool        # a type word with a bare number (no marker, no code) must be capitalised
    not_types: re.Pattern[str]           # finditer: words holding a type word that name no document (kỷ luật)
    name_words: re.Pattern[str] | WordScan  # finditer: type words that, before a name, make a specific document
    word_lists: WordLists                # type_words, not_types, name_words, marker_at and named_words found together
    dated_name_type: dict[str, str]      # folded name words that make a document only with a year closing the name -> type
    name_links: re.Pattern[str]          # match: words between such a type word and the name (για τις)
    name_prefixes: tuple[str, ...]       # folded starts of a name's first word where no capital marks it (ال)
    name_year: re.Pattern[str]           # match: a year closing a name (2024, năm 2024, لعام 2022)
    issuer_modifiers: re.Pattern[str]    # match: words after a known body's name that belong to it (tỉnh, الإقليمية)
    default_numbered: str
    default_unnumbered: str
    number_forms: tuple[re.Pattern[str], ...]  # match right after a type word or marker: 5027/2023, (م / 10), 1.11.91
    number_form_any: re.Pattern[str] | None  # match: where one of the number forms does (:func:`any_of`)
    marker_at: re.Pattern[str]           # finditer: a number marker and what may separate it from its number
    year_marker: re.Pattern[str]         # match: a year given after the number (لسنة 2022, του 2019)
    year_marker_firsts: frozenset[str]
    list_joiner_words: frozenset[str]    # folded list joiners as words (و, và, και)
    list_joiner: re.Pattern[str]         # match: a joiner before the next number of a list (, و 19 / και 20)
    suffix_forms: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]  # finditer: documents whose type
    # word comes last, with the pattern's required literals (:func:`required_literals`)
    caps_ambiguous: frozenset[str]       # folded type words that, written all in capitals, may be other words
    free_name_words: frozenset[str]      # folded name words after which any word starts the name (مشروع قانون)
    gazette_words: frozenset[str]        # folded type words of a gazette issue, whose date dates what it publishes
    named_dated: re.Pattern[str]         # finditer: fixed names specific only with a year after them (budgets)
    named_dated_of: dict[str, str]       # folded name -> type
    named_dated_needles: tuple[tuple[str, ...], ...]  # :func:`needles` of the dated names
    subject_noun: re.Pattern[str]        # match: a verbal noun opening a subject and part of it (بتعيين)
    subject_noun_firsts: frozenset[str]
    year_first_types: frozenset[str] = frozenset()  # types whose "70 / 20" may be numbered year first
    definite_word: re.Pattern[str] | None = None  # match: a word made definite by its article (المالية, للدولة)
    name_neutral_words: frozenset[str] = frozenset()  # folded words of a name that change no identity (الاتحادية)
    decision_label: re.Pattern[str] = NEVER_RE  # finditer: a decision-number label and its number (ΑΡΙΘΜ. ΑΠΟΦ: 269)
    protocol_label: re.Pattern[str] = NEVER_RE  # finditer: a protocol-number label and its number (Αριθμ. Πρωτ.: 1677)
    voted_bill: re.Pattern[str] = NEVER_RE  # finditer: "το νομοσχέδιο" next to a vote verb (group bill)
    # :func:`needles` of the bill words and of the vote verbs: every match of voted_bill holds one of each
    # (the bill words first: they are fewer, and most texts hold none)
    voted_bill_needles: tuple[tuple[tuple[str, ...], ...], ...] = ()
    event_day: re.Pattern[str] = NEVER_RE  # match: a weekday opening a day (يوم الثلاثاء, την Τρίτη)
    event_day_firsts: frozenset[str] = frozenset()
    content_bill_words: frozenset[str] = frozenset()  # folded bill words named by their content alone
    content_marker: re.Pattern[str] = NEVER_RE  # match: a participle naming such a bill's content (المتعلق)
    decision_heading: re.Pattern[str] = NEVER_RE  # match at a line start: the line holds only a decision's heading (ΑΠΟΦΑΣΗ)
    decision_heading_word: re.Pattern[str] = NEVER_RE  # search: a heading's words anywhere (they open with letters)


def check_resources(lang: str) -> None:
    """Raise if a language folder lacks a required file or key (the engine needs all of them)."""
    for name, keys in REQUIRED_KEYS.items():
        data = load_yaml(AREA, lang, name)
        missing = [k for k in keys if k not in data]
        if missing:
            raise KeyError(f"{AREA}/resources/{lang}/{name} lacks {', '.join(missing)}")


@functools.cache
def lexicon(lang: str) -> Lexicon:
    """The compiled lexicon of ``lang`` (``ar``, ``el`` or ``vi``), built once."""
    check_language(lang)
    check_resources(lang)
    types = load_yaml(AREA, lang, "types.yaml")["types"]
    g = load_yaml(AREA, lang, "grammar.yaml")
    dated_name_type = {fold(str(w), lang): t for t, words in (g["dated_name_words"] or {}).items() for w in words}
    name_words = list(g["name_words"] or []) + [w for words in (g["dated_name_words"] or {}).values() for w in words]
    type_of = {fold(str(w), lang): t for t, words in types.items() for w in words}
    named_of = {fold(str(w), lang): t for t, words in (load_yaml(AREA, lang, "types.yaml")["named"] or {}).items()
                for w in words}
    pre = g["proclitics"] or ""
    dated_of = {fold(str(w), lang): t for t, words in (load_yaml(AREA, lang, "types.yaml")["named_dated"] or {}).items()
                for w in words}
    type_words = _proclitic_words(pre, _trie_alternation(list(type_of), lang), _first_chars(list(type_of), lang, pre)) \
        if pre else _at_word_start(list(type_of), lang, "word")
    ordinals = {fold(str(k), lang): int(v) for k, v in load_yaml(AREA, lang, "ordinals.yaml")["ordinals"].items()}
    issuers = tuple(
        Issuer(forms=tuple(sorted({fold(str(f), lang) for f in row["forms"]}, key=len, reverse=True)),
               code=str(row.get("code") or ""), name=str(row["name"]), resolution=bool(row.get("resolution")))
        for row in load_yaml(AREA, lang, "issuers.yaml")["issuers"])
    not_types = _at_word_start(g["not_types"] or [], lang)
    marker_at = re.compile(rf"{_word_start_trie(g['number_markers'], lang)}\s*:?\s*")
    named_scan = _proclitic_words(pre, _alternation(list(named_of), lang, NAME_SEP), _first_chars(list(named_of), lang, pre))
    name_scan = _proclitic_words(g["name_proclitics"], _alternation(name_words, lang),
                                 _first_chars(name_words, lang, g["name_proclitics"])) if g["name_proclitics"] \
        else _at_word_start(name_words, lang, "word")
    stop = list(g["issuer_stop_words"]) + list(g["subject_markers"])
    joiners = frozenset(part for w in g["issuer_joiners"] for part in fold(str(w), lang).split())
    default = g["ambiguous_default"]
    return Lexicon(
        lang=lang, type_words=type_words, type_of=type_of,
        number_marker=re.compile(rf"(?:{_alternation(g['number_markers'], lang)})\s*:?\s*(?=\d)"),
        number_marker_end=re.compile(rf"(?<!\w)(?:{_alternation(g['number_markers'], lang)})\s*:?\s*$"),
        marked_number=re.compile(rf"{_word_start_trie(g['number_markers'], lang)}\s*:?\s*(\d{{1,5}})(?!\d)"),
        not_a_number_after=re.compile(rf"\s*(?:{_alternation(g['not_a_number_after'], lang)})(?!\w)"),
        plural_markers=frozenset(fold(str(w), lang) for w in g["plural_markers"]),
        date_marker=_at(g["date_markers"], lang),
        date_marker_firsts=first_letters(g["date_markers"], lang),
        issuer_marker=_at(g["issuer_markers"], lang),
        issuer_marker_firsts=first_letters(g["issuer_markers"], lang),
        issuer_proclitic=tuple(sorted(((fold(str(k), lang), tuple(fold(str(v), lang) for v in vs))
                                      for k, vs in (g["issuer_proclitic"] or {}).items()),
                                     key=lambda kv: len(kv[0]), reverse=True)),
        issuer_heads=frozenset(fold(str(w), lang) for w in g["issuer_heads"]),
        issuer_stop=_at(stop, lang),
        issuer_stop_firsts=first_letters(stop, lang),
        capitalised=bool(g["issuer_capitalised"]),
        issuer_open=bool(g["issuer_open"]),
        issuer_joiners=joiners,
        issue_verb=re.compile(rf"(?:{_alternation(g['issue_verbs'], lang)})(?!\w)"),
        subject_marker=_at(g["subject_markers"], lang),
        subject_marker_firsts=first_letters(g["subject_markers"], lang),
        term_marker=_at(g["term_markers"], lang),
        term_marker_firsts=first_letters(g["term_markers"], lang),
        plenum_word=_at(g["plenum_words"], lang),
        congress_word=_at(g["congress_words"], lang),
        meeting_firsts=first_letters([*g["plenum_words"], *g["congress_words"]], lang),
        meeting_word=re.compile(rf"(?P<congress>{_at(g['congress_words'], lang).pattern})"
                                rf"|(?P<plenum>{_at(g['plenum_words'], lang).pattern})"),
        central_committee=_at(g["central_committee"], lang),
        ordinal_word=_at(list(ordinals), lang),
        ordinal_of=ordinals,
        ordinal_prefix=re.compile(rf"(?:{_alternation(g['ordinal_prefixes'], lang)})\s+"),
        ordinal_firsts=first_letters(list(ordinals), lang),
        ordinal_prefix_firsts=first_letters(g["ordinal_prefixes"], lang),
        issuers=issuers,
        named_words=named_scan,
        named_of=named_of,
        named_needles=needles(named_of, lang),
        title_words=frozenset(fold(str(w), lang) for w in (g["title_words"] or ())),
        title_stop=_at(list(g["title_stop_words"]), lang),
        bare_number_capitalised=bool(g["bare_number_capitalised"]),
        not_types=not_types,
        name_words=name_scan,
        word_lists=_word_lists([(type_words, list(type_of), False, False), (not_types, g["not_types"] or [], False, False),
                                (name_scan, name_words, False, False), (marker_at, g["number_markers"], True, True),
                                (named_scan, [fold(str(w), lang).split()[0] for w in named_of if str(w).strip()],
                                 False, True)], lang),
        dated_name_type=dated_name_type,
        name_links=re.compile(rf"(?:{_alternation(g['name_links'] or [], lang)})\s+"),
        name_prefixes=tuple(fold(str(w), lang) for w in (g["name_prefixes"] or ())),
        name_year=re.compile(rf"\s*(?:(?:{_alternation(g['name_year_words'] or [], lang)})\s*)?(?:19|20)\d\d(?!\d)"),
        issuer_modifiers=_at(g["issuer_modifiers"] or [], lang),
        default_numbered=str(default["numbered"]),
        default_unnumbered=str(default["unnumbered"]),
        number_forms=tuple(re.compile(str(p)) for p in (g["number_forms"] or ())),
        number_form_any=any_of([str(p) for p in (g["number_forms"] or ())]),
        marker_at=marker_at,
        year_marker=re.compile(rf"(?:{_alternation(g['year_markers'] or [], lang)})\s*((?:19|20)\d\d)(?!\d)"
                               if g["year_markers"] else r"(?!x)x"),
        year_marker_firsts=first_letters(g["year_markers"] or [], lang),
        list_joiner_words=frozenset(fold(str(w), lang) for w in (g["list_joiners"] or ())),
        list_joiner=re.compile(rf"\s*(?:[,،]\s*(?:(?:{_alternation(g['list_joiners'] or [], lang)})\s*)?"
                               rf"|\s(?:{_alternation(g['list_joiners'] or [], lang)})\s*"
                               rf"|(?<=\s)(?:{_alternation(g['list_joiners'] or [], lang)})(?=\d))"
                               if g["list_joiners"] else r"\s*[,،]\s*"),
        suffix_forms=tuple((re.compile(str(row["pattern"])), str(row["type"]), required_literals(str(row["pattern"])))
                           for row in (g["suffix_forms"] or ())),
        caps_ambiguous=frozenset(fold(str(w), lang) for w in (g["caps_ambiguous"] or ())),
        free_name_words=frozenset(fold(str(w), lang) for w in (g["free_name_words"] or ())),
        gazette_words=frozenset(fold(str(w), lang) for w in (g["gazette_words"] or ())),
        named_dated=(re.compile(rf"(?<!\w)(?P<pre>{pre})(?P<word>{_alternation(list(dated_of), lang)})(?!\w)")
                     if pre else _at_word_start(list(dated_of), lang, "word")) if dated_of else NEVER_RE,
        named_dated_of=dated_of,
        named_dated_needles=needles(dated_of, lang),
        subject_noun=_at(g["subject_nouns"], lang) if g["subject_nouns"] else re.compile(r"(?!x)x"),
        subject_noun_firsts=first_letters(g["subject_nouns"] or [], lang),
        year_first_types=frozenset(str(t) for t in (g.get("year_first_types") or ())),
        definite_word=re.compile(str(g["definite_word"])) if g.get("definite_word") else None,
        name_neutral_words=frozenset(fold(str(w), lang) for w in (g.get("name_neutral_words") or ())),
        decision_label=_label(g.get("decision_labels"), lang),
        voted_bill=_voted_bill(g.get("voted_bills"), lang),
        voted_bill_needles=(needles(g["voted_bills"]["words"], lang), needles(g["voted_bills"]["verbs"], lang))
        if g.get("voted_bills") else (),
        content_bill_words=frozenset(fold(str(w), lang) for w in ((g.get("content_bills") or {}).get("words") or ())),
        content_marker=_at(list(g["content_bills"]["markers"]), lang) if g.get("content_bills") else NEVER_RE,
        event_day=_at(list(g["event_day_words"]), lang) if g.get("event_day_words") else NEVER_RE,
        event_day_firsts=first_letters(g.get("event_day_words") or [], lang),
        protocol_label=_label(g.get("protocol_labels"), lang),
        decision_heading=re.compile(rf"^[ \t]*(?:{_alternation(g['decision_headings'], lang)})[ \t]*$", re.M)
        if g.get("decision_headings") else NEVER_RE,
        decision_heading_word=re.compile(_alternation(g["decision_headings"], lang))
        if g.get("decision_headings") else NEVER_RE,
    )
