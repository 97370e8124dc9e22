"""Figures: counts, money and percentages reported as facts, with value, unit and context.

A figure is a number phrase (see :mod:`newsextract.extractors.numbers`: digits or number
words, separators read by language, scale words, ranges, ratios) followed by its *head*:
a percent sign or word, a currency, or the counted noun. Per-language lexicons under
``figures/resources/<iso>/`` say what each head means:

* ``units.yaml``: counted nouns -> English singular keys (``نموذجًا``, ``μοντέλων``,
  ``mô hình`` -> ``model``), time words, which make a number a date or a duration, and
  rating words, which make it a rating or a rank ("4 sao", "5 نجوم", "10 πρώτες"): neither
  is a figure;
* ``currencies.yaml``: currency words, signs and abbreviations -> ISO 4217 codes, written after
  the amount ("5 ملايين دولار", "500 ر.س", "5 €") or, for signs and codes, before it ("$5",
  "VN$1000", "US$ 3 triệu"); a currency noun joined to its country ("جنيهات مصرية", "καναδικά
  δολάρια", "đô la Úc"); words several states use ("ريال", "δηνάρια", "dinar"), whose code the
  article settles (the same word with its country elsewhere, or the name of exactly one of those
  countries) or else stays empty; coin words ("125 قرشًا" = 1.25 EGP, "50 فلسا", "λεπτά του
  ευρώ"), settled the same way and scaled by what one coin is worth in the settled currency (an
  unsettled coin gives nothing; coins joined to a plain amount add to it: "3 جنيهات و50 قرشا" =
  3.50); and scale abbreviations read only next to a currency ("10K đồng", "5 tr đồng", "2 εκ. ευρώ");
* ``qualifiers.yaml``: approximation (``حوالي``, ``πάνω από``, ``hơn``), percent words, change
  words (``بزيادة``, ``tăng``) and comparison bases (``so với cùng kỳ``);
* ``context.yaml``: words that make a following number a reference (``رقم``, ``số``), words
  that never are counted nouns, the words that open a measured quantity (``إجمالي``,
  ``tổng thu``), clause breaks, words that make a bare number refer back (``عددها``,
  ``منها``, ``trong đó``), "the number of" (``عدد``, ``số lượng``), street words of addresses
  and contact words before phone numbers.

Four readings pick the counted noun when it is not right after the number: a classifier
that is also a unit yields to a known noun after it ("326 lượt công dân" counts citizens, "2,45
triệu lượt" visits); adjectives, also coordinated ones, may stand before the noun ("12 νέοι
συνεταιρισμοί", "1.200 μικρές και μεσαίες επιχειρήσεις"); a part of a whole ("19 από τους 22
κύριους στόχους", "16 من أصل 17 بلدية") is one count, 19, whose ``total`` is 22 and whose unit is
the noun after the whole; and a bare number that refers back ("البلديات ... البالغ عددها 155",
"1280 منها", "20 xã, trong đó có 15 đạt chuẩn") counts the noun named before it in the sentence
(the first of coordinated nouns), as does one ending a clause that opens with "the number of"
a noun ("بلغ عدد المشاركين 300", "số hộ nghèo còn 300"). Inflectional endings may sit on inner words of a multi-word
noun ("مترًا مربعًا"). Ambiguous "4.350" is read by the article's own separator convention
(:func:`newsextract.extractors.numbers.separator_convention`), not only its language's.

A number that borrows from the figure just before it in the sentence: a scaled amount with no
currency of its own joined by a coordinator to an amount of money shares its currency ("300 مليون
دينار ...، و37 مليوناً"); a number set against a count ("158 ψήφους έναντι 142", "90 صوتا مقابل
20") counts the same thing. Millions with no noun of their own take the one currency the other
amounts of their sentence name ("400 مليون شيقل ...، ما بين 250 و300 مليون منها"); a word with a
preposition written on it is never their counted noun ("2.4 مليون لوزارة الاقتصاد").

Numbers that are not quantities are dropped: dates and years, durations, ordinals, ratings
and ranks, document numbers and codes, house numbers ("45 đường Trần Phú", "οδός Ερμού 45")
and phone numbers ("ĐT: 0912 345 678"), a number over a year ("87/2024") or written with a leading
zero ("031/22") when no known noun follows, numbers inside short quoted titles (a quote of reported
speech, after a speech verb or "that", is read), the number of an outlet's name ("فرانس 24"), numbers
after letterhead and address labels ("Αριθμ. Πρωτ.:", "Τ.Κ.", "ص.ب"), the rest of a list that opens
with a reference ("الفصول 3 و4 و5", "των άρθρων 1, 6 και 259"), and anything the ``dates`` and
``documents`` components already claimed. A counted noun is never read across a line break (a
heading on the next line), and a sign ends a figure even when a word is glued to it ("60%أعلن"). A number right after a definite noun
labels it ("الفوج 22") unless a known noun follows, it carries a scale word, or its noun is
marked indefinite ("المعرض 180 جناحًا"). A count whose noun is not in the lexicon is kept
with the noun as written and ``unit_known=False``.

Each record has the ``figures`` table columns: ``value`` (after scale words; a range gives
two records, one per end, the first covering the whole range, both with ``value_low`` and
``value_high``), ``kind``, ``unit``, ``approx``, ``unit_text`` (the head as written),
``unit_known``, ``total`` (the 261 of "185/261"), ``change`` (signed: "giảm 2,1%" is -2.1, copied
onto the amount it qualifies) with ``change_unit``, ``basis`` ("so với cùng kỳ", "من التقديرات")
and ``measure`` ("إجمالي إيرادات السياحة"), the last two as written.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from spacy.tokens import Doc

from ...resources import check_language, load_yaml
from ...textnorm import MatchView, fold, phrase_alternation
from ..base import doc_text, get_records
from ..numbers import NumberMatch, article_view, grammar, scan_numbers, separator_convention
from ..tries import compile_trie_group, trie_regex, word_start_trie_regex

AREA = "extractors/figures"
RESOURCE_FILES: tuple[str, ...] = ("units.yaml", "currencies.yaml", "qualifiers.yaml", "context.yaml")

LETTER = r"[^\W\d_]"
NON_SPACE_RE = re.compile(r"\S+")
TITLE_MAX_CHARS = 160          # a quoted span longer than this is speech, not a title
LOOKBACK = 60                  # characters searched before a number for qualifiers
MEASURE_MAX_WORDS = 12
YEAR_RANGE = (1900, 2100)
TRIM = " \t\n,.:;،؛\"'«»“”()-"
QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“", "‘": "’"}


def _phrase(form: str) -> str:
    """A literal phrase whose inner spaces match any run of white space."""
    return r"\s+".join(re.escape(part) for part in form.split())


def _end(form: str) -> str:
    return r"(?![^\W\d_])" if form[-1:].isalnum() else ""


def _words_regex(forms: Iterable[str]) -> str:
    """Any of ``forms``, longest first, none running on into a letter (see :func:`_trie`)."""
    return _trie([(f, _end(f)) for f in sorted(set(forms), key=len, reverse=True) if f])


def _trie(alternatives: list[tuple[str, str]]) -> str:
    """The alternation ``_phrase(form) + tail | ...`` of ``(form, tail)`` pairs, in their order,
    written as a trie: forms sharing a beginning share its branch, so the engine tries a few
    letters where a number ends, not every form of a lexicon in turn.

    It matches what the flat alternation matches, the same way: branches part on a letter (or
    on white space, which no letter is), so at most one can go on at a place, and a form that
    ends where longer ones go on is tried after them, as the flat list (longest first) does.
    Forms with irregular spacing, or listed shorter before longer, keep the flat alternation.
    """
    root = _trie_root(alternatives)
    return trie_regex(root) if root is not None else "|".join(_phrase(f) + tail for f, tail in alternatives)


def _trie_root(alternatives: list[tuple[str, str]]) -> dict[str, Any] | None:
    """The trie :func:`_trie` writes (see :mod:`newsextract.extractors.tries`), or None where
    it keeps the flat alternation."""
    forms = [f for f, _ in alternatives]
    if not alternatives or any(f != " ".join(f.split()) for f in forms) \
            or any(len(a) < len(b) for a, b in zip(forms, forms[1:])):
        return None
    root: dict[str, Any] = {}
    for form, tail in alternatives:
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node.setdefault("", tail)  # a repeated form: the first one's tail
    return root


def _unique_phrases(phrases: Iterable[str]) -> list[str]:
    """The phrases, stripped, once each, longest first."""
    return sorted({p.strip() for p in phrases if p and p.strip()}, key=lambda p: (-len(p), p))


def _phrases_regex(phrases: Iterable[str]) -> str:
    """:func:`newsextract.textnorm.phrase_alternation` (longest first) written as a trie."""
    unique = _unique_phrases(phrases)
    return "(?:" + _trie([(p, "") for p in unique]) + ")" if unique else phrase_alternation(())


def _phrases_group(before: str, name: str, phrases: Iterable[str], after: str) -> re.Pattern[str]:
    """``re.compile(before + "(?P<name>" + _phrases_regex(phrases) + ")" + after)``: the same
    regex, its trie compiled from its parsed form (:func:`~newsextract.extractors.tries.compile_trie_group`)
    instead of written out and parsed again, which costs most of the time of a lexicon of heads."""
    unique = _unique_phrases(phrases)
    root = _trie_root([(p, "") for p in unique])
    if root is None:
        return re.compile(before + "(?P<" + name + ">" + _phrases_regex(unique) + ")" + after)
    return compile_trie_group(before, name, root, after)


def _at_word_start(forms: Iterable[str]) -> str | None:
    """``(?<![^\\W\\d_])`` then :func:`_words_regex` of ``forms``, written so that the engine can
    skip through the text on the forms' first letters: the test on the character before is made
    after the first letter of each first-level branch of the trie (``(?<![^\\W\\d_].)``), since
    a pattern opening with a lookaround is tried at every position. None where the forms keep
    the flat alternation (see :func:`_trie`) or one begins with white space or a line break."""
    unique = sorted(set(forms), key=len, reverse=True)
    unique = [f for f in unique if f]
    if not unique or any(f != " ".join(f.split()) for f in unique):
        return None
    root: dict[str, Any] = {}
    for form in unique:
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node.setdefault("", _end(form))
    return "(?:" + word_start_trie_regex(root, r"[^\W\d_]") + ")"


def _first_chars(forms: Iterable[str], clitics: str = "") -> str:
    """A lookahead on the characters a match of ``forms`` (after an optional clitic) can begin
    with; it changes no match but lets the engine skip to them."""
    firsts = {f[0] for f in forms if f} | set(clitics)
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])" if firsts else ""


def _norm(s: str) -> str:
    """White space runs as one space, none at the ends (``str.split`` and ``\\s`` know the same spaces)."""
    return " ".join(s.split())


@functools.lru_cache(maxsize=4096)
def _fold(word: str, lang: str) -> str:
    return fold(word, lang)


@dataclass(frozen=True)
class Head:
    """What follows a number: ``category`` is percent, currency, unit or time."""

    category: str
    key: str


@dataclass(frozen=True)
class FigureLexicon:
    """One language's figure lexicons, folded and compiled once."""

    lang: str
    heads: dict[str, Head]
    head_re: re.Pattern[str]
    sign_head_re: re.Pattern[str] | None   # heads with no letter ("%", "€"), which need no word end
    classifier_re: re.Pattern[str] | None
    classifiers: frozenset[str]
    ambiguous_modifiers: frozenset[str]
    total_re: re.Pattern[str] | None
    modifiers_before: int
    modifier_endings: tuple[str, ...]
    modifier_links: frozenset[str]
    partitive_re: re.Pattern[str] | None
    symbols_before: dict[str, str]
    symbol_re: re.Pattern[str] | None
    approx_before: dict[str, str]
    approx_before_re: re.Pattern[str] | None
    approx_after: dict[str, str]
    approx_after_re: re.Pattern[str] | None
    change: dict[str, int]
    change_re: re.Pattern[str] | None
    basis_re: re.Pattern[str] | None
    not_after_re: re.Pattern[str] | None
    ordinal_before_re: re.Pattern[str] | None
    label_after_prefix: tuple[str, ...]
    change_blocker_re: re.Pattern[str] | None
    change_from_re: re.Pattern[str] | None
    not_units: frozenset[str]
    not_unit_starts: frozenset[str]   # no counted noun when first after the number; may sit inside one
    measure_re: re.Pattern[str] | None
    measure_end_re: re.Pattern[str] | None
    clause_break_re: re.Pattern[str]
    last_clause_break_re: re.Pattern[str]   # a greedy run to the last clause break (see :func:`_clause_start`)
    clitics: str
    percent_before: frozenset[str]
    unknown_unit_words: int
    unknown_unit_not_prefix: tuple[str, ...]
    outlet_re: re.Pattern[str] | None   # names of news outlets written with a number ("فرانس 24")
    outlet_hint_re: re.Pattern[str] | None  # the names alone, which every match of outlet_re holds, found fast
    outlet_words: tuple[tuple[str, ...], ...] | None  # the words of each name: a text lacking one of each has none
    speech_before: frozenset[str]   # words before a quote that make it reported speech
    title_before: frozenset[str]    # words before a quote that make it a name
    preposition_clitics: tuple[str, ...]   # a word so begun after a scale word is no counted noun ("مليون لوزارة")
    indefinite_marks: tuple[str, ...]
    indefinite_endings: tuple[str, ...]
    word_numbers_any_noun: bool
    adverb_endings: tuple[str, ...]
    coordinators: frozenset[str]
    refer_back_before_re: re.Pattern[str] | None
    refer_back_after_re: re.Pattern[str] | None
    address_after_re: re.Pattern[str] | None
    address_before: frozenset[str]
    contact_re: re.Pattern[str] | None
    contact_hint_re: re.Pattern[str] | None  # what every match of contact_re holds, found fast (no lookaround first)
    contact_words: tuple[tuple[str, ...], ...] | None  # the words of each contact form (see :func:`_may_hold_one`)
    count_of_re: re.Pattern[str] | None
    versus_re: re.Pattern[str] | None
    definite_before_re: re.Pattern[str] | None
    endings: tuple[str, ...]
    ambiguous_codes: dict[str, tuple[str, ...]]
    ambiguous_defaults: dict[str, str]
    subunit_factors: dict[str, dict[str, float]]
    country_hint_re: re.Pattern[str] | None
    country_hints: dict[str, str]
    money_scales: dict[str, float]
    money_scale_re: re.Pattern[str] | None


def _folded_map(groups: dict[Any, Iterable[str]] | None, lang: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, forms in (groups or {}).items():
        for form in forms or ():
            out[fold(str(form), lang)] = key
    return out


# Patterns of words that must end right before a number ("khoảng 5", "tăng 13%"), with the last
# word of each of their forms: where the word before the number ends with none of them, the
# pattern cannot match and is not searched for. Keyed by the pattern's id (hashing a compiled
# pattern hashes its code); each entry holds its pattern, so no other pattern takes that id.
_LAST_WORDS: dict[int, tuple[re.Pattern[str], tuple[str, ...]]] = {}
TRAILING_MARKS = "\"'«“"  # may stand between such a word and the number


def _ending_in(pattern: re.Pattern[str], forms: Iterable[str]) -> re.Pattern[str]:
    """Register the last words of ``pattern``'s forms (see :func:`_may_end_before`)."""
    words = [f.split()[-1] for f in forms if f and f.split()]
    if all(not (w[-1] in TRAILING_MARKS or w[-1].isspace()) for w in words):
        _LAST_WORDS[id(pattern)] = (pattern, tuple(sorted(set(words))))
    return pattern


def _may_end_before(view: str, pos: int, pattern: re.Pattern[str]) -> bool:
    """False when no form of ``pattern`` can end right before ``pos`` (past spaces and quote
    marks): the word there ends with none of the forms' last words. A cheap test that saves
    most searches; True whenever the pattern might match."""
    entry = _LAST_WORDS.get(id(pattern))
    return entry is None or entry[0] is not pattern or _word_before(view, pos).endswith(entry[1])


# The words before positions of the view last asked about: (view, {position: word}), replaced whole.
_words_before: tuple[str | None, dict[int, str]] = (None, {})


def _word_before(view: str, pos: int) -> str:
    """The run of non-space characters before ``pos``, past spaces and quote marks. Several
    qualifiers ask about the same number, first for each number in turn, then again for each
    figure's changes: the answers for the article are kept."""
    global _words_before
    memo_view, memo = _words_before
    if memo_view is not view:
        memo = {}
        _words_before = (view, memo)
    else:
        known = memo.get(pos)
        if known is not None:
            return known
    # Read with string methods in a window before ``pos``; character by character only when
    # the word or the space before it may reach past the window.
    lo = max(0, pos - WORD_BEFORE_WINDOW)
    trimmed = view[lo:pos]
    while True:
        shorter = trimmed.rstrip().rstrip(TRAILING_MARKS)
        if len(shorter) == len(trimmed):
            break
        trimmed = shorter
    parts = trimmed.rsplit(None, 1)
    word = parts[-1] if parts else ""
    if lo > 0 and len(word) == len(trimmed):
        end = pos
        while end > 0 and (view[end - 1].isspace() or view[end - 1] in TRAILING_MARKS):
            end -= 1
        start = end
        while start > 0 and not view[start - 1].isspace():
            start -= 1
        word = view[start:end]
    memo[pos] = word
    return word


def _possible_endings(pattern: re.Pattern[str] | None) -> tuple[str, ...]:
    """What the word before a number ends with wherever ``pattern`` may match right before it
    (see :func:`_may_end_before`): nothing when there is no pattern, anything ("") when its forms
    were not registered. Read once per article, tested for each number with ``str.endswith``."""
    if pattern is None:
        return ()
    entry = _LAST_WORDS.get(id(pattern))
    return entry[1] if entry is not None and entry[0] is pattern else ("",)


WORD_BEFORE_WINDOW = 64


@functools.lru_cache(maxsize=None)
def lexicon(lang: str) -> FigureLexicon:
    """The compiled figure lexicons of ``lang``."""
    check_language(lang)
    units = load_yaml(AREA, lang, "units.yaml")
    money = load_yaml(AREA, lang, "currencies.yaml")
    quals = load_yaml(AREA, lang, "qualifiers.yaml")
    ctx = load_yaml(AREA, lang, "context.yaml")

    heads: dict[str, Head] = {}
    for form, key in _folded_map(units.get("time_units"), lang).items():
        heads[form] = Head("time", str(key))
    for form, key in _folded_map(units.get("ratings"), lang).items():
        heads[form] = Head("rating", str(key))
    for form, key in _folded_map(units.get("units"), lang).items():
        heads[form] = Head("unit", str(key))
    for form, key in _folded_map(currency_forms(money), lang).items():
        heads[form] = Head("currency", str(key))
    ambiguous_codes: dict[str, tuple[str, ...]] = {}
    ambiguous_defaults: dict[str, str] = {}
    for group in money.get("ambiguous") or ():
        codes = tuple(str(c) for c in group["codes"])
        default = group.get("default")
        if default is not None and str(default) not in codes:
            raise ValueError(f"{lang}: ambiguous currency default {default!r} is not one of {codes}")
        for form in group["forms"]:
            folded = fold(str(form), lang)
            if folded not in heads:  # a form with its country is never ambiguous
                ambiguous_codes[folded] = codes
                heads[folded] = Head("currency", AMBIGUOUS)
                if default is not None:
                    ambiguous_defaults[folded] = str(default)
    # "125 قرشًا": a coin word; its currency is settled like an ambiguous word, then scaled.
    subunit_factors: dict[str, dict[str, float]] = {}
    for group in money.get("subunits") or ():
        factors = {str(c): float(f) for c, f in group["factors"].items()}
        default = group.get("default")
        if default is not None and str(default) not in factors:
            raise ValueError(f"{lang}: subunit default {default!r} is not one of {tuple(factors)}")
        for form in group["forms"]:
            folded = fold(str(form), lang)
            heads[folded] = Head("currency", AMBIGUOUS)
            ambiguous_codes[folded] = tuple(factors)
            subunit_factors[folded] = factors
            if default is not None:
                ambiguous_defaults[folded] = str(default)
    for form in quals.get("percent") or ():
        heads[fold(str(form), lang)] = Head("percent", "percent")
    endings = tuple(fold(str(e), lang) for e in units.get("endings") or ())
    ending_alt = "|".join(re.escape(e) for e in endings) or "(?!)"
    # An ending may also sit on an inner word of a multi-word noun ("مترًا مربعًا", "عضوًا في الحزب").
    for form, head in list(heads.items()):
        for variant in _inner_ending_variants(form, endings):
            heads.setdefault(variant, head)
    # Longest form first; an inflectional ending may follow; a form may not run on into a letter.
    # The lookahead on the heads' first letters spares trying every form after most words.
    head_re = _phrases_group(r"\s*" + _first_chars(heads), "h", heads, r"(?:" + ending_alt + r")?(?![^\W\d_])")
    signs = [h for h, head in heads.items() if head.category in ("percent", "currency") and not any(
        ch.isalnum() for ch in h)]
    classifiers = [fold(str(c), lang) for c in units.get("classifiers") or ()]
    clitics = fold(str(quals.get("clitics") or ""), lang)
    clitic_class = f"[{re.escape(clitics)}]?" if clitics else ""

    def before_re(forms: Iterable[str]) -> re.Pattern[str] | None:
        forms = list(forms)
        alt = _words_regex(forms)
        if not alt:
            return None
        fast = None if clitic_class else _at_word_start(forms)
        words = r"(?P<q>" + fast + ")" if fast else r"(?<![^\W\d_])" + clitic_class + r"(?P<q>" + alt + ")"
        return _ending_in(re.compile(words + r"[\s\"'«“]*$"), forms)

    approx_before = {k: v for k, v in _folded_map(quals.get("approx"), lang).items()}
    approx_after = {k: v for k, v in _folded_map(quals.get("approx_after"), lang).items()}
    change = {k: int(v) for k, v in _folded_map(quals.get("change"), lang).items()}
    basis = [fold(str(b), lang) for b in quals.get("basis") or ()]
    symbols = {fold(str(k), lang): str(v) for k, v in (money.get("symbols_before") or {}).items()}
    hints = _folded_map(money.get("country_hints"), lang)
    money_scales = {fold(str(k), lang): float(v) for k, v in (money.get("money_scales") or {}).items()}
    not_after = [fold(str(w), lang) for w in ctx.get("not_after") or ()]
    measure = [fold(str(w), lang) for w in ctx.get("measure") or ()]
    measure_end = ([fold(str(w), lang) for w in ctx.get("measure_end") or ()] + list(approx_before) + list(change)
                   + [fold(str(w), lang) for w in quals.get("change_blockers") or ()])
    breaks = [fold(str(w), lang) for w in ctx.get("clause_breaks") or ()]
    address = [fold(str(w), lang) for w in ctx.get("address_words") or ()]
    contacts = [fold(str(w), lang) for w in ctx.get("contact_words") or ()]
    break_chars = "".join(re.escape(b) for b in breaks if len(b) == 1 and not b.isalnum())
    return FigureLexicon(
        lang=lang,
        heads=heads,
        head_re=head_re,
        sign_head_re=re.compile(r"[^\S\n]*(?P<h>" + "|".join(re.escape(h) for h in sorted(signs, key=len, reverse=True))
                                + ")") if signs else None,
        classifier_re=re.compile(r"\s*(?:" + _words_regex(classifiers) + r")(?=\s)") if classifiers else None,
        classifiers=frozenset(classifiers),
        ambiguous_modifiers=frozenset(fold(str(w), lang) for w in units.get("ambiguous_modifiers") or ()),
        total_re=re.compile(r"\s+(?:" + _words_regex(fold(str(w), lang) for w in units["total_links"]) + r")\s+(?=\d)")
        if units.get("total_links") else None,
        modifiers_before=int(units.get("modifiers_before") or 0),
        modifier_endings=tuple(fold(str(e), lang) for e in units.get("modifier_endings") or ()),
        partitive_re=_partitive_re(units, lang),
        modifier_links=frozenset(fold(str(e), lang) for e in units.get("modifier_links") or ()),
        symbols_before=symbols,
        symbol_re=_ending_in(re.compile(r"(?P<q>" + "|".join(re.escape(s) for s in sorted(symbols, key=len, reverse=True))
                                        + r")[^\S\n]*$"), symbols) if symbols else None,
        approx_before=approx_before,
        approx_before_re=before_re(approx_before),
        approx_after=approx_after,
        approx_after_re=re.compile(r"\s*(?P<q>" + _words_regex(approx_after) + ")") if approx_after else None,
        change=change,
        change_re=_ending_in(re.compile(r"(?<![^\W\d_])" + clitic_class + r"(?P<q>" + _words_regex(change) + r")\s*"
                                        r"(?:" + (_words_regex(approx_before) or "(?!)") + r")?\s*$"),
                             list(change) + list(approx_before)) if change else None,
        basis_re=re.compile(r"[\s,،]*(?P<q>" + _words_regex(basis) + ")") if basis else None,
        not_after_re=before_re(not_after),
        ordinal_before_re=before_re(fold(str(w), lang) for w in ctx.get("ordinal_before") or ()),
        label_after_prefix=tuple(fold(str(p), lang) for p in ctx.get("label_after_prefix") or ()),
        change_blocker_re=before_re(fold(str(w), lang) for w in quals.get("change_blockers") or ()),
        change_from_re=_change_from_re(quals.get("change_from") or {}, lang, clitic_class),
        not_units=frozenset([fold(str(w), lang) for w in ctx.get("not_units") or ()]
                            + [w.split()[0] for w in list(approx_before) + list(change) + list(approx_after)]),
        not_unit_starts=frozenset(fold(str(w), lang) for w in ctx.get("not_unit_starts") or ()),
        measure_re=re.compile(r"(?P<q>" + _at_word_start(measure) + ")") if measure and not clitics
        and _at_word_start(measure) else
        re.compile(_first_chars(measure, clitics) + r"(?<![^\W\d_])" + clitic_class + r"(?P<q>"
                   + _words_regex(measure) + ")")
        if measure else None,
        measure_end_re=re.compile(r"(?:^|\s)" + clitic_class + r"(?:" + _words_regex(measure_end) + r")\s*$")
        if measure_end else None,
        clause_break_re=re.compile("[" + (break_chars or ".") + "]"),
        last_clause_break_re=re.compile(".*[" + (break_chars or ".") + "]", re.DOTALL),
        clitics=clitics,
        percent_before=frozenset(str(p) for p in quals.get("percent_before") or ()),
        unknown_unit_words=int(units.get("unknown_unit_words") or 1),
        unknown_unit_not_prefix=tuple(fold(str(p), lang) for p in units.get("unknown_unit_not_prefix") or ()),
        outlet_re=re.compile(r"(?<![^\W\d_])" + clitic_class + r"(?:" + _words_regex(
            fold(str(w), lang) for w in ctx["outlet_names"]) + r")(?![\d,.]\d)") if ctx.get("outlet_names") else None,
        outlet_hint_re=re.compile(_words_regex(fold(str(w), lang) for w in ctx["outlet_names"]))
        if ctx.get("outlet_names") else None,
        outlet_words=_words_of_forms(fold(str(w), lang) for w in ctx.get("outlet_names") or ()),
        speech_before=frozenset(fold(str(w), lang) for w in ctx.get("speech_before") or ()),
        title_before=frozenset(fold(str(w), lang) for w in ctx.get("title_before") or ()),
        preposition_clitics=tuple(fold(str(p), lang) for p in units.get("preposition_clitics") or ()),
        indefinite_marks=tuple(str(m) for m in units.get("indefinite_marks") or ()),
        indefinite_endings=tuple(str(m) for m in units.get("indefinite_endings") or ()),
        word_numbers_any_noun=bool(units.get("word_numbers_any_noun", False)),
        adverb_endings=tuple(str(m) for m in units.get("adverb_endings") or ()),
        coordinators=frozenset(fold(str(w), lang) for w in units.get("coordinators") or ()),
        definite_before_re=before_re(fold(str(w), lang) for w in ctx.get("definite_articles") or ()),
        versus_re=before_re(fold(str(w), lang) for w in ctx.get("versus") or ()),
        refer_back_before_re=before_re(fold(str(w), lang) for w in ctx.get("refer_back_before") or ()),
        refer_back_after_re=re.compile(r"\s*(?:" + _words_regex(fold(str(w), lang) for w in ctx["refer_back_after"])
                                       + r")(?![^\W\d_])") if ctx.get("refer_back_after") else None,
        address_after_re=re.compile(r"[ \t]+(?:" + _words_regex(address) + r")[ \t]+(?=(?P<next>\w))")
        if address else None,
        address_before=frozenset(address),
        count_of_re=re.compile((_at_word_start(fold(str(w), lang) for w in ctx["count_of"])
                                or _first_chars(fold(str(w), lang) for w in ctx["count_of"]) + r"(?<![^\W\d_])(?:"
                                + _words_regex(fold(str(w), lang) for w in ctx["count_of"]) + ")")
                               + r"\s+(?:(?:" + "|".join(re.escape(fold(str(a), lang))
                                                       for a in units.get("partitive_articles") or ()) + r")\s+)?")
        if ctx.get("count_of") else None,
        contact_re=re.compile(_first_chars(contacts, clitics) + r"(?<![^\W\d_])" + clitic_class + r"(?:"
                              + _words_regex(contacts) + r")\.?[ \t]*[:：]?[ \t]*(?P<n>\+?\d[\d \t.()\-]*\d)")
        if contacts else None,
        contact_hint_re=re.compile(_words_regex(contacts) + r"\.?[ \t]*[:：]?[ \t]*\+?\d") if contacts else None,
        contact_words=_words_of_forms(contacts),
        endings=endings,
        ambiguous_codes=ambiguous_codes,
        ambiguous_defaults=ambiguous_defaults,
        subunit_factors=subunit_factors,
        country_hint_re=re.compile(r"(?<![^\W\d_])" + clitic_class + r"(?:" + "|".join(re.escape(p) for p in
                                                                             _glued_articles(ctx, lang)) + r")?(?P<q>"
                                   + _words_regex(hints) + ")") if hints else None,
        country_hints={_norm(k): str(v) for k, v in hints.items()},
        money_scales=money_scales,
        money_scale_re=re.compile(r"[ \t]*(?P<s>" + _words_regex(money_scales) + ")") if money_scales else None,
    )


AMBIGUOUS = ""  # the key of a currency word several states use; settled per article


def _change_from_re(data: dict[str, Any], lang: str, clitic_class: str) -> re.Pattern[str] | None:
    """A verb of change, up to ``gap_words`` words (its subject), then "from", ending right before a
    number: "زاد من 57", "ارتفع الدعم من 57", "αυξήθηκε από 3"."""
    verbs = [fold(str(v), lang) for v in data.get("verbs") or ()]
    froms = [fold(str(f), lang) for f in data.get("from") or ()]
    if not verbs or not froms:
        return None
    gap = int(data.get("gap_words") or 0)
    return _ending_in(re.compile(r"(?<![^\W\d_])" + clitic_class + r"(?P<q>" + _words_regex(verbs)
                                 + r")(?:\s+[^\s\d.,;:!?،؛]+){0," + str(gap) + r"}\s+(?:" + _words_regex(froms)
                                 + r")\s*$"), froms)


GATE_MIN_WORD = 4  # a form with no word this long has only short words, too common to test for first


def _words_of_forms(forms: Iterable[str]) -> tuple[tuple[str, ...], ...] | None:
    """The words of each form, longest first (see :func:`_may_hold_one`); a form whose words hold
    those of a form already kept ("الهاتف" holds "هاتف") is left out, as the kept one is then there too.
    None (no test) when a form has only short words ("đt", "tel"), which most texts hold anyway."""
    kept: list[tuple[str, ...]] = []
    for words in sorted({tuple(sorted(set(f.split()), key=len, reverse=True)) for f in forms if f.split()},
                        key=lambda ws: (sum(map(len, ws)), ws)):
        if not any(all(any(w in x for x in words) for w in other) for other in kept):
            kept.append(words)
    if any(len(words[0]) < GATE_MIN_WORD for words in kept):
        return None
    return tuple(kept)


def _may_hold_one(view: str, words_of_forms: tuple[tuple[str, ...], ...] | None) -> bool:
    """False when no form can occur in ``view``: each lacks one of its words there (True with no words to test).

    Why: a pattern of a few rare phrases is searched on their first letters, tested at every
    character; ``str`` containment of a word (the longest, likely the rarest, first) is a faster
    loop. A form matches its words as written (inner white space aside), so this changes no match.
    """
    if words_of_forms is None:
        return True
    for words in words_of_forms:
        for word in words:
            if word not in view:
                break
        else:
            return True
    return False


def _glued_articles(ctx: dict[str, Any], lang: str) -> list[str]:
    """Articles that may be glued to a country word ("السعودية" is also "بالسعودية")."""
    return [fold(str(p), lang) for p in ctx.get("label_after_prefix") or ()]


def currency_forms(money: dict[str, Any]) -> dict[str, list[str]]:
    """Every currency form of ``currencies.yaml``: the listed ones, and each noun of
    ``country_forms`` joined to each country word written after it (``countries``, ``after``)
    or before it (``before``)."""
    forms: dict[str, list[str]] = {str(k): [str(f) for f in v or ()] for k, v in (money.get("currencies") or {}).items()}
    for code, spec in (money.get("country_forms") or {}).items():
        out = forms.setdefault(str(code), [])
        for noun in spec.get("nouns") or ():
            for country in list(spec.get("countries") or ()) + list(spec.get("after") or ()):
                out.append(f"{noun} {country}")
            for adjective in spec.get("before") or ():
                out.append(f"{adjective} {noun}")
    return forms


def _inner_ending_variants(form: str, endings: tuple[str, ...], max_words: int = 4) -> list[str]:
    """Spellings of a multi-word form with an ending added to some of its inner words."""
    words = form.split()
    if not endings or not 1 < len(words) <= max_words:
        return []
    inner = len(words) - 1
    variants = []
    for mask in range(1, 2 ** inner):
        for ending in endings:
            variants.append(" ".join(w + ending if i < inner and mask >> i & 1 else w for i, w in enumerate(words)))
    return variants


def _partitive_re(units: dict[str, Any], lang: str) -> re.Pattern[str] | None:
    """ "45 ألفًا من الشباب": link word, then an article (attached or not), then the noun."""
    links = [fold(str(w), lang) for w in units.get("partitive_links") or ()]
    if not links:
        return None
    articles = "|".join(re.escape(fold(str(a), lang)) for a in units.get("partitive_articles") or ())
    return re.compile(r"\s+(?:" + _words_regex(links) + r")\s+(?:(?:" + (articles or "(?!)") + r")\s*)?")


QUOTE_CHARS = "\"" + "".join(sorted(set(QUOTE_PAIRS) | set(QUOTE_PAIRS.values())))


def _quote_marks(view: str) -> list[tuple[int, str]]:
    """(position, mark) of every quote mark of ``view``, in order. Each mark is looked for with
    ``str.find``, a faster loop than a pattern testing a class of the marks at every character."""
    marks: list[tuple[int, str]] = []
    for mark in QUOTE_CHARS:
        at = view.find(mark)
        while at != -1:
            marks.append((at, mark))
            at = view.find(mark, at + 1)
    marks.sort()
    return marks


def _title_spans(view: str, lex: FigureLexicon) -> list[tuple[int, int]]:
    """Short quoted spans (book titles, slogans): numbers inside them are not figures.

    Straight quotes pair up in order within a line; typographic ones nest. Only the quote
    marks of the text are visited. A quote that reports speech (see
    :func:`_reports_speech`) is no title: its numbers are read.
    """
    spans: list[tuple[int, int]] = []
    straight_open: int | None = None
    stack: list[tuple[str, int]] = []
    last = 0
    for i, ch in _quote_marks(view):
        # quotes never pair across lines: a line break since the last quote closes what is open
        if (straight_open is not None or stack) and view.find("\n", last, i) != -1:
            straight_open, stack = None, []
        last = i
        if ch == '"':
            if straight_open is None:
                straight_open = i
            else:
                spans.append((straight_open, i))
                straight_open = None
        elif ch in QUOTE_PAIRS and not (ch == "“" and stack and stack[-1][0] == "„"):
            stack.append((ch, i))
        elif stack and ch == QUOTE_PAIRS[stack[-1][0]]:
            _, a = stack.pop()
            spans.append((a, i))
    return [(a, b) for a, b in spans if b - a <= TITLE_MAX_CHARS and not _reports_speech(view, a, b, lex)]


SPEECH_WINDOW_WORDS = 4   # words before a quote searched for a speech verb or "that"
SPEECH_AFTER_WORDS = 2    # words after a quote searched for a speech verb ("«...», δήλωσε ο υπουργός")
SPEECH_MIN_WORDS = 3      # a quoted clause; a title after "قال إن" is a name of one or two words
SPEECH_BREAK_RE = re.compile(r"[.!?؛;\n«»“”\"]")


def _reports_speech(view: str, start: int, end: int, lex: FigureLexicon) -> bool:
    """Whether the quote ``view[start:end]`` (from its opening mark) is reported speech rather than a title.

    Speech follows a speech verb or a "that" (``speech_before``: "قال", "ان", "δήλωσε", "ότι") among
    the few words before it in the sentence, or is followed by the verb ("ان الموازنة \"تبلغ 123 تريليون دينار\"") and is a clause
    of a few words; a quote right after a naming word (``title_before``: "برنامج", "حملة",
    "πρόγραμμα") names something, whatever stands before it.
    """
    if not lex.speech_before or len(view[start + 1:end].split()) < SPEECH_MIN_WORDS:
        return False
    lo = max(0, start - 80)
    before = view[lo:start]
    cut = None
    for cut in SPEECH_BREAK_RE.finditer(before):
        pass
    if cut is not None:
        before = before[cut.end():]
    words = [w.strip(",،:") for w in before.split()][-SPEECH_WINDOW_WORDS:]
    words = [w for w in words if w]
    if words and _bare_word(words[-1], lex) in lex.title_before:
        return False
    # The verb may follow the quote instead: "«... 400 εκατομμύρια ευρώ» σημείωσε η πρόεδρος".
    after = view[end + 1:end + 80]
    stop = SPEECH_BREAK_RE.search(after)
    words_after = [w.strip(",،:") for w in (after[:stop.start()] if stop else after).split()][:SPEECH_AFTER_WORDS]
    return any(_bare_word(w, lex) in lex.speech_before for w in words + [w for w in words_after if w])


def _bare_word(word: str, lex: FigureLexicon) -> str:
    """A word without the one-letter clitic written on it ("وقال" -> "قال"), when only so is it known."""
    if word in lex.speech_before or word in lex.title_before or not lex.clitics:
        return word
    return word[1:] if len(word) > 2 and word[0] in lex.clitics else word


# The word after a classifier.
NEXT_WORD_RE = re.compile(r"\s*(" + LETTER + r"[\w-]*)")
# A word as written, with its marks, up to white space or punctuation.
WRITTEN_WORD_RE = re.compile(r"[^\s.,،؛:;!?\"'()«»“”]+")


@dataclass
class _Head:
    """What was read after a number, in folded offsets."""

    kind: str | None            # count / money / percent; None = not a figure
    unit: str | None
    unit_known: bool
    start: int                  # folded offsets of the head words (== end when absent)
    end: int
    reject: bool = False        # a time word: the number is a date or a duration
    refers_back: bool = False   # "1280 منها": counts a noun named before the number
    currency_word: str = ""     # a currency word several states use, folded ("ريال"): settled later


def _match_head(view: str, pos: int, lex: FigureLexicon, attached: bool) -> tuple[Head, int, int] | None:
    m = lex.head_re.match(view, pos)
    if not m:
        # "بنسبة 60%أعلن": a sign (no letter) ends the figure even when a word follows unspaced.
        m = lex.sign_head_re.match(view, pos) if lex.sign_head_re is not None else None
        if not m:
            return None
    form = _norm(m.group("h"))
    head = lex.heads.get(form)
    if head is None:
        return None
    if attached and m.start("h") != pos and head.category != "percent":
        return None
    return head, m.start("h"), m.end()


MODIFIER_WORD_RE = re.compile(r"(?P<sep>[ \t]*,)?[ \t]+(?P<w>" + LETTER + r"[\w-]*)")


def _after_modifiers(view: str, pos: int, lex: FigureLexicon) -> tuple[Head, int, int] | None:
    """A known counted noun (or time word) after adjectives or link verbs ("421 νέα μοντέλα").

    Adjectives may be coordinated ("1.200 μικρές και μεσαίες επιχειρήσεις", "80 πολιτιστικές,
    αθλητικές και εμπορικές εκδηλώσεις"): a comma or a coordinator may join two adjectives,
    but the noun must follow an adjective or a link verb, never a comma or a coordinator
    ("35 ομπρέλες και δώρα" counts no gifts).
    """
    adjectives, end, last = 0, pos, None
    while adjectives < lex.modifiers_before:
        m = MODIFIER_WORD_RE.match(view, end)
        if not m:
            break
        word = m.group("w")
        if m.group("sep") and last != "adjective":
            break
        if word in lex.coordinators:
            if last != "adjective" or m.group("sep"):
                break
            end, last = m.end(), "coordinator"
            continue
        # A link verb may sit there; an adjective only where the language has endings for it.
        if word in lex.modifier_links and last is None:
            kind = "link"
        elif word not in lex.not_units and lex.modifier_endings and word.endswith(lex.modifier_endings):
            kind = "adjective"
        else:
            break
        adjectives += 1
        end, last = m.end(), kind
        cand = _match_head(view, end, lex, False)
        if cand and cand[0].category in ("unit", "time", "rating"):
            return cand  # a time word ("οκτώ δύσκολα χρόνια") makes the number a duration
    return None


_KIND_OF_HEAD = {"percent": "percent", "currency": "money", "unit": "count"}


def _read_head(mv: MatchView, nm: NumberMatch, lex: FigureLexicon) -> _Head:
    view = mv.folded
    pos = nm.end
    if view.startswith(("+", "-"), pos):
        # "(40،67+بالمائة)": a sign between the number and the percent word.
        signed = _match_head(view, pos + 1, lex, False)
        if signed is not None and signed[0].category == "percent":
            return _Head("percent", "percent", True, signed[1], signed[2])
    attached = pos < len(view) and view[pos].isalnum() and not view[pos].isdecimal()  # a letter (see _glued_to_code)
    found = _match_head(view, pos, lex, attached)
    if found is None and view.startswith(")", pos) and nm.start > 0 and view[nm.start - 1] == "(":
        # "بمبلغ (165,400,000,000) ريال": an amount written in brackets, its currency after them
        after = _match_head(view, len(view) - len(view[pos + 1:].lstrip(" ")), lex, False)
        if after is not None and after[0].category in ("currency", "percent"):
            found = after
    # the head as written, asked about only where a classifier or an adjective may stand first
    found_form = _norm(view[found[1]:found[2]]) if found and not attached \
        and (lex.classifier_re is not None or lex.modifiers_before) else None
    # "326 lượt công dân": a classifier that is also a unit ("lượt") yields to the noun after it.
    if not attached and lex.classifier_re is not None and (found is None or found_form in lex.classifiers):
        c = lex.classifier_re.match(view, pos)
        if c:
            cand = _match_head(view, c.end(), lex, False)
            if cand and cand[0].category == "unit":
                found = cand
            elif found is None:
                word = NEXT_WORD_RE.match(view, c.end())
                if word:
                    first = c.start() + len(c.group(0)) - len(c.group(0).lstrip())
                    return _Head("count", None, False, first, word.end())
    if found is None and not attached and lex.partitive_re is not None:
        p = lex.partitive_re.match(view, pos)
        if p:
            cand = _match_head(view, p.end(), lex, False)
            if cand and cand[0].category in ("unit", "currency") \
                    and not view[cand[2]:cand[2] + 2].lstrip()[:1].isdigit():  # "5 مليارات من الدولارات"
                found = cand   # (not the sign before the next number: "€1,023 δισ. από €1,037 δισ.")
    if not attached and lex.modifiers_before and (found is None or found_form in lex.ambiguous_modifiers):
        # "12 νέοι συνεταιρισμοί": a unit form that is also an adjective yields to a noun after it.
        cand = _after_modifiers(view, pos, lex)
        if cand is not None:
            found = cand
    if found is not None and found[0].category == "unit" and "\n" in view[pos:found[1]]:
        # "Πρωτ.: 1677\nΔΙΕΥΘΥΝΣΗ": a noun on the next line (a heading) is counted by no number.
        found = None
    if found is not None:
        head, hs, he = found
        if head.category in ("time", "rating"):
            return _Head(None, head.key, True, hs, he, reject=True)
        kind = _KIND_OF_HEAD[head.category]
        word = _norm(view[hs:he]) if head.category == "currency" and head.key == AMBIGUOUS else ""
        return _Head(kind, head.key, True, hs, he, currency_word=word)
    if attached:
        return _Head(None, None, False, pos, pos, reject=True)
    if lex.refer_back_after_re is not None and lex.refer_back_after_re.match(view, pos):
        return _Head("count", None, False, pos, pos, refers_back=True)
    if _may_count_unknown_noun(mv, nm, lex):
        unknown = _unknown_noun(mv, pos, lex)
        if unknown is not None and not (nm.scale != 1.0 and _prepositional_phrase(view, unknown, lex)):
            return _Head("count", None, False, unknown[0], unknown[1])
    return _Head(None, None, False, pos, pos)

WORD_RE = re.compile(r"[ \t\u00a0]*(" + LETTER + r"+(?:-" + LETTER + r"+)*)")


def _prepositional_phrase(view: str, word: tuple[int, int], lex: FigureLexicon) -> bool:
    """Whether an unknown word opens a prepositional phrase: a one-letter preposition written on
    it and a definite noun after it ("2.4 مليون لوزارة الاقتصاد": for the ministry of economy).
    After a scale word the counted noun is indefinite and stands alone ("2 مليون كمامة طبية"); known
    nouns that begin with the same letters ("مليون لتر") were read before."""
    start, end = word
    if not lex.preposition_clitics or not view.startswith(lex.preposition_clitics, start) or end - start < 3:
        return False
    after = WORD_RE.match(view, end)
    return after is not None and after.group(1).startswith(lex.label_after_prefix) \
        if lex.label_after_prefix else False


def _unknown_noun(mv: MatchView, pos: int, lex: FigureLexicon) -> tuple[int, int] | None:
    """The noun after a number when the lexicon does not know it: a few words, as written.

    Function words, capitalised words (names: "iPhone 8 Plus") and, in Arabic, words with the
    article (counted nouns are indefinite) are not counted nouns.
    """
    view = mv.folded
    start = end = None
    for _ in range(lex.unknown_unit_words):
        m = WORD_RE.match(view, end if end is not None else pos)
        if not m:
            break
        word = m.group(1)
        if mv.original[mv.index[m.start(1)]].isupper():
            break
        if word in lex.not_units or (start is None and word in lex.not_unit_starts):
            break
        if any(word.startswith(p) for p in lex.unknown_unit_not_prefix) and not _indefinite_ending(word, lex):
            break
        if lex.clitics and len(word) > 1 and word[0] in lex.clitics and word[1:] in lex.not_units:
            break
        if m.end(1) == len(view):
            break  # a word cut off where the text ends ("1 εκατομμυρ")
        if start is None:
            start = m.start(1)
        end = m.end(1)
    return (start, end) if start is not None else None


PREV_WORD_RE = re.compile(r"(?:^|(?<=[\s(]))(\S+)[ \t\u00a0]+$")


def _after_name(mv: MatchView, start: int) -> bool:
    """A number right after a capitalised word inside a sentence is part of a name ("Note 7")."""
    s = mv.index[start]
    before = mv.original[max(0, s - 60):s]
    m = PREV_WORD_RE.search(before)
    if not m or not m.group(1)[:1].isupper():
        return False
    rest = before[:m.start(1)].rstrip()
    return bool(rest) and rest[-1] not in ".!?:;\n\"«“»”"


def _after_label_word(view: str, start: int, lex: FigureLexicon) -> bool:
    """A number right after a definite noun ("الفوج 22") labels it rather than counting."""
    if not lex.label_after_prefix:
        return False
    m = PREV_WORD_RE.search(view, max(0, start - 40), start)
    if not m or m.group(1) in lex.not_units:
        return False
    word = m.group(1)
    return any(word.startswith(p) and len(word) > len(p) + 1 for p in lex.label_after_prefix)


def _counted_after_label(mv: MatchView, nm: NumberMatch, head: _Head, lex: FigureLexicon) -> bool:
    """A number after a definite noun still counts when it carries a scale word ("الصحة 75 ألف
    جرعة": labels are never scaled), is written in words, or its noun is marked indefinite
    ("المعرض 180 جناحًا", or by its ending where the mark is left out: "الورشة 16 وزيرا")."""
    if nm.scale != 1.0 or nm.is_word:   # a label is written in digits ("الفوج 22"), never in words
        return True
    if head.end <= head.start or not (lex.indefinite_marks or lex.indefinite_endings):
        return False
    # Read as written: the folded view drops the marks; an adverb ("عالميًا") carries one too.
    written = WRITTEN_WORD_RE.match(mv.original, mv.span(head.start, head.end)[0])
    word = written.group(0) if written else ""
    if lex.adverb_endings and word.endswith(lex.adverb_endings):
        return False
    if _indefinite_ending(word, lex, longer_than=2):
        return True
    return any(mark in word for mark in lex.indefinite_marks)


def _indefinite_ending(word: str, lex: FigureLexicon, longer_than: int = 3) -> bool:
    """A word ending as an indefinite accusative noun does ("وزيرا": a noun starting with the
    letter of the conjunction, not "and" + a word), adverbs aside."""
    return bool(lex.indefinite_endings) and len(word) > longer_than and word.endswith(lex.indefinite_endings) \
        and not (lex.adverb_endings and word.endswith(lex.adverb_endings))


def _may_count_unknown_noun(mv: MatchView, nm: NumberMatch, lex: FigureLexicon) -> bool:
    """Digits count any noun after them; a number in words only in a language whose number
    words are no common words (``word_numbers_any_noun``: "τρεις υπουργοί", "ستة عشر وزيرا");
    elsewhere (Vietnamese "ba", "năm", "tư") only a noun the lexicon knows."""
    return not nm.is_word or lex.word_numbers_any_noun


def _is_yearlike(nm: NumberMatch) -> bool:
    if nm.scale != 1.0 or nm.is_word:
        return False
    for d in nm.digits:
        if len(d) == 4 and d.isdigit() and YEAR_RANGE[0] <= int(d) <= YEAR_RANGE[1]:
            return True
    return False


def _glued_to_code(view: str, nm: NumberMatch, clitics: str) -> bool:
    """Digits glued to letters, slashes or dashes: a code ("24-KH/BCĐ"), an ordinal, a time.

    Characters are tested with string methods, not patterns (a letter, ``[^\\W\\d_]``, is alphanumeric
    and no decimal digit; a word character, ``\\w``, is alphanumeric or "_"): asked for every figure."""
    s, e = nm.start, nm.number_end
    if s:
        before = view[s - 1]
        if before.isalnum() and not before.isdecimal():
            # Arabic one-letter proclitics ("و13", "ب5") are fine when they stand alone.
            if not (before in clitics and (s < 2 or not (view[s - 2].isalnum() or view[s - 2] == "_"))):
                return True
        elif before in "-/_:" and s >= 2 and (view[s - 2].isalnum() or view[s - 2] == "_"):
            return True
    if e + 1 < len(view):
        after, next_char = view[e], view[e + 1]
        if after in "-/:_.–" and (next_char.isalnum() or next_char == "_") \
                and not (after == "." and not next_char.isdigit()):
            return True
    return False


def _looks_like_date(nm: NumberMatch) -> bool:
    """"12/3" (day/month) or "6/2024" (month/year) written like a ratio."""
    if nm.total is None or not float(nm.value).is_integer():
        return False
    if YEAR_RANGE[0] <= nm.total <= YEAR_RANGE[1]:
        return nm.value <= 12
    return nm.value <= 31 and nm.total <= 12


def _qualifier(view: str, pos: int, regex: re.Pattern[str] | None, table: dict[str, Any]) -> tuple[Any, int] | None:
    if regex is None:
        return None
    entry = _LAST_WORDS.get(id(regex))  # :func:`_may_end_before`, written out: called for every number
    if entry is not None and entry[0] is regex and not _word_before(view, pos).endswith(entry[1]):
        return None
    m = regex.search(view, max(0, pos - LOOKBACK), pos)
    if not m:
        return None
    return table.get(_norm(m.group("q"))), m.start("q")


def _pick_reading(nm: NumberMatch, kind: str) -> list[float]:
    """A count of whole things with no scale word cannot be 1.635: prefer the integer reading."""
    if kind != "count" or nm.scale != 1.0:
        return nm.values
    out = []
    for value, readings in zip(nm.values, nm.readings):
        if not float(value).is_integer():
            whole = [r for r in readings if float(r).is_integer()]
            value = whole[0] if whole else value
        out.append(value)
    return out


def _clause_start(view: str, pos: int, lex: FigureLexicon, floor: int) -> int:
    """Where the clause ending at ``pos`` begins: after the last clause break within 200
    characters (not before ``floor``). One match of a greedy run that backs off from ``pos`` to
    the last break, not a list of the article's breaks (commas and dots are many)."""
    start = max(floor, pos - 200)
    last = lex.last_clause_break_re.match(view, start, pos)
    return last.end() if last else start


def _measure(text: str, view_obj: MatchView, lex: FigureLexicon, start: int, floor: int) -> str | None:
    """The measured quantity named before a figure ("إجمالي إيرادات السياحة"), as written."""
    if lex.measure_re is None:
        return None
    view = view_obj.folded
    clause = _clause_start(view, start, lex, floor)
    m = lex.measure_re.search(view, clause, start)
    if not m:
        return None
    ms = m.start("q")
    segment = view[ms:start]
    # Trim linking verbs, qualifiers and prepositions from the end, repeatedly.
    while True:
        segment = segment.rstrip(TRIM)
        t = lex.measure_end_re.search(segment) if lex.measure_end_re else None
        if t is None:
            break
        segment = segment[:t.start()]
    # A bare trigger word ("نسبة", "tổng") names nothing.
    if not segment or len(segment.split()) > MEASURE_MAX_WORDS or (
            _norm(segment) == _norm(m.group("q")) and " " not in _norm(segment)):
        return None
    s, e = view_obj.span(ms, ms + len(segment))
    return text[s:e]


def _is_address(mv: MatchView, nm: NumberMatch, lex: FigureLexicon) -> bool:
    """A house number: "45 đường Trần Phú", "số 12 phố Huế", "οδός Ερμού 45", "12 شارع الحرية".

    The number is followed by a street word and a name (capitalised, or with the article), or
    follows a street word and its capitalised name.
    """
    view = mv.folded
    if lex.address_after_re is not None:
        a = lex.address_after_re.match(view, nm.end)
        if a:
            nxt = a.start("next")
            if mv.original[mv.index[nxt]].isupper() or view.startswith(lex.label_after_prefix, nxt):
                return True
    if not lex.address_before:
        return False
    s = mv.index[nm.start]
    lo = max(0, s - 80)
    if not _last_word_capitalised(mv.original, lo, s):
        return False  # no name before the number, so no street word before a name
    words = NON_SPACE_RE.findall(mv.original, lo, s)
    names = 0
    while words and words[-1][:1].isupper() and names < 4:
        words.pop()
        names += 1
    return names > 0 and bool(words) and _fold(words[-1], lex.lang) in lex.address_before


def _last_word_capitalised(text: str, lo: int, end: int) -> bool:
    """Whether the last word of ``text[lo:end]`` starts with a capital."""
    words = text[lo:end].rsplit(None, 1)
    return bool(words) and words[-1][0].isupper()


def _contact_spans(view: str, lex: FigureLexicon) -> list[tuple[int, int]]:
    """Phone and fax numbers: digits after a contact word ("ĐT: 0912 345 678"), and digit runs
    shaped like a phone number anywhere ("0239.3875.210", "+84 912 345 678")."""
    # A contact word before digits is rare: a pattern opening on its letters (which the engine skips
    # to), run only where the words of a contact form occur, tells whether to run the full one; every
    # match of the full one holds a match of it after at most a clitic, so the search starts there.
    hint = lex.contact_hint_re.search(view) if lex.contact_hint_re is not None \
        and _may_hold_one(view, lex.contact_words) else None
    spans = [(m.start("n"), m.end("n")) for m in lex.contact_re.finditer(view, max(0, hint.start() - 1))] \
        if hint is not None else []
    for m in _phone_matches(view):
        if len(re.sub(r"\D", "", m.group(0))) >= PHONE_MIN_DIGITS:
            spans.append((m.start(), m.end()))
    return spans


def _phone_matches(view: str) -> list[re.Match[str]]:
    """The matches of ``PHONE_RE.finditer(view)``, found by its two openings searched apart.

    Why: a pattern opening with one literal character ("+", "0") is searched for that character
    by a fast loop of the engine; a pattern opening with either of two is tested against a class
    at every character. Each opening's next match is kept while it starts past the last match
    taken; the earlier of the two is taken next, as the one pattern takes the leftmost.
    """
    plus_re, zero_re = PHONE_OPENINGS
    matches: list[re.Match[str]] = []
    plus, zero = plus_re.search(view), zero_re.search(view)
    while plus is not None or zero is not None:
        m = plus if zero is None or (plus is not None and plus.start() < zero.start()) else zero
        matches.append(m)
        end = m.end()
        if plus is not None and plus.start() < end:
            plus = plus_re.search(view, end)
        if zero is not None and zero.start() < end:
            zero = zero_re.search(view, end)
    return matches


# A trunk "0" or a "+country" prefix, then groups of digits split by spaces, dots or dashes.
# The test on the character before is made after the "+" or "0" (on the pair), so that the
# pattern begins with them and the engine skips to them.
PHONE_OPENING_FORMS = (r"\+(?<![\w.,+]\+)\d{1,3}[ .\-]?", r"0(?<![\w.,+]0)")
PHONE_GROUPS = r"\d{2,4}(?:[ .\-]\d{2,4}){1,4}(?![\w]|[.,]\d)"
PHONE_RE = re.compile(r"(?:" + "|".join(PHONE_OPENING_FORMS) + ")" + PHONE_GROUPS)
PHONE_OPENINGS = tuple(re.compile(opening + PHONE_GROUPS) for opening in PHONE_OPENING_FORMS)  # see _phone_matches
PHONE_MIN_DIGITS = 9


def _antecedent(view: str, start: int, lex: FigureLexicon, floor: int) -> str | None:
    """The counted noun a bare number refers back to ("البلديات ... البالغ عددها 155").

    The nearest known counted noun before the number in the same sentence (an article or a
    one-letter clitic may be attached to it); when it is the later conjunct of a coordination
    ("البلديات والأحياء والمدن", "xã, phường và thị trấn"), the first conjunct names the count.
    """
    stop = max(floor, start - ANTECEDENT_WINDOW)
    for m in re.finditer(r"[!?\n]|\.(?!\d)", view[stop:start]):
        floor = stop + m.end()
    stop = max(floor, stop)
    words = [(stop + m.start(), stop + m.end()) for m in re.finditer(r"[^\W\d_][\w-]*", view[stop:start])]
    i = len(words) - 1
    while i >= 0 and _unit_at_word(view, words[i][0], lex) is None:
        i -= 1
    if i < 0:
        return None
    key, clitic = _unit_at_word(view, words[i][0], lex)  # type: ignore[misc]
    while i > 0:
        j = i - 1
        joined = clitic or _norm(view[words[j][1]:words[i][0]]) == ","
        if not joined and view[words[j][0]:words[j][1]] in lex.coordinators and j > 0 \
                and not _norm(view[words[j - 1][1]:words[j][0]]):
            joined, j = True, j - 1
        before = _unit_at_word(view, words[j][0], lex) if joined else None
        if before is None:
            break
        (key, clitic), i = before, j
    return key


ANTECEDENT_WINDOW = 240


def _count_of(view: str, start: int, lex: FigureLexicon, floor: int) -> str | None:
    """The counted noun of "the number of X" opening the clause a bare number ends."""
    if lex.count_of_re is None:
        return None
    key = None
    for m in lex.count_of_re.finditer(view, _clause_start(view, start, lex, floor), start):
        unit = _unit_at_word(view, m.end(), lex)
        if unit is None and m.end() > m.start() and view[m.end() - 1].isspace():
            # "ο συνολικός αριθμός διεθνών επισκεπτών": adjectives before the noun.
            after = _after_modifiers(view, m.end() - 1, lex)
            unit = (after[0].key, False) if after is not None and after[0].category == "unit" \
                and after[2] <= start else None
        key = unit[0] if unit else None
    return key


def _unit_at_word(view: str, ws: int, lex: FigureLexicon) -> tuple[str, bool] | None:
    """The counted noun starting at a word (past a clitic and an article), and whether a
    coordinating clitic ("و") was stripped to find it."""
    starts = [(ws, False)]
    if lex.clitics and view[ws] in lex.clitics:
        starts.append((ws + 1, view[ws] in lex.coordinators))
    for offset, coord in list(starts):
        for prefix in lex.label_after_prefix:
            if view.startswith(prefix, offset):
                starts.append((offset + len(prefix), coord))
    for offset, coord in starts:
        m = _match_head(view, offset, lex, False)
        if m and m[1] == offset and m[0].category == "unit":
            return m[0].key, coord
    return None


# A small number in brackets right before a word: Gulf agencies bracket the digits of an amount
# ("بنحو (11) مليارا و(10) ملايين ريال", "بنسبة (9.5) بالمائة", "(60) دولارا").
# Inside a phrase only (after a word: "بنحو (11)", "و(10)"); "sau: (1) Báo cáo" numbers a list.
# The test on the characters before is made after the bracket (on the bracket too), so that the
# pattern begins with "(" and the engine skips to brackets instead of trying every position.
_BRACKETED_NUMBER = re.compile(r"\((?:(?<=[^\W\d_]\()|(?<=[^\W\d_][ \u00a0]\())(\d{1,4}(?:[.,٫]\d{1,3})?)\)"
                               r"(?=[ \u00a0]*[^\W\d_])")


def unbracket_small_numbers(text: str) -> str:
    """``text`` with the brackets around a small number before a word made spaces (offsets kept).

    Why: "(11) مليارا" is "11 مليارا" written with the digits set apart; the rules read numbers
    followed by their scale word and unit. Long amounts in brackets ("(1,312,800,000,000)") are a
    restatement beside the words and stay as they are.
    """
    if "(" not in text:
        return text
    return _BRACKETED_NUMBER.sub(lambda m: " " + m.group(1) + " ", text)


def find_figures(text: str, lang: str, exclude: Iterable[dict[str, Any]] = ()) -> list[dict[str, Any]]:
    """Figures in ``text`` as records (offsets into ``text``), skipping spans in ``exclude``.

    >>> [(r["value"], r["unit"]) for r in find_figures("tăng 13% so với cùng kỳ", "vi")]
    [(13.0, 'percent')]
    """
    lex = lexicon(lang)
    mv = article_view(unbracket_small_numbers(text), lang)
    view = mv.folded
    claimed = [(int(o["char_start"]), int(o["char_end"])) for o in exclude]
    excluded = _SpanIndex(claimed) if claimed else None
    in_title = _SpanIndex(_title_spans(view, lex))
    # Ambiguous "4.350" is read by this article's own convention, not only its language's.
    numbers = scan_numbers(view, lang, separator_convention(text, lang, view).group_mark)
    if lex.money_scale_re is not None:
        money_scale_at = lex.money_scale_re.match  # tested here first: most numbers have none after them
        numbers = [_with_money_scale(view, nm, lex) if not nm.is_word and nm.scale == 1.0
                   and money_scale_at(view, nm.end) is not None else nm for nm in numbers]
    # What follows each number is read when first asked for: the numbers a date or a document
    # claimed are skipped before it is, unless a neighbour's range or whole asks about them.
    heads: list[_Head | None] = [None] * len(numbers)

    def head_at(i: int) -> _Head:
        head = heads[i]
        if head is None:
            head = heads[i] = _read_head(mv, numbers[i], lex)
        return head

    # A range's two ends, by position in ``numbers``: "7 و10 ملايين" is one number phrase, "7 triệu -
    # 10 triệu đồng" two joined by a connector.
    ranges: dict[int, tuple[float, float]] = {}
    # "7 triệu - 10 triệu đồng": a number joined to the next by a range connector borrows its head.
    # (The tests on the two numbers and the text between them come first: they read no head.)
    connector_match = grammar(lang).connector_re.match
    for i in range(len(numbers) - 1):
        nm, nxt = numbers[i], numbers[i + 1]
        if nxt.value <= nm.value:  # (tested before the connector: a comparison is cheaper than a match)
            continue
        c = connector_match(view, nm.end)
        if c is None or c.end() != nxt.start or _is_yearlike(nm):
            continue
        head, nhead = head_at(i), head_at(i + 1)
        if head.kind is None and not head.reject and nhead.kind is not None and nhead.unit_known:
            heads[i] = dataclasses.replace(nhead, start=nm.end, end=nm.end)
            # "زاد من 57 مليارا إلى 68 مليار جنيه": the old and the new level of a change, no range.
            if not nm.is_range and not nxt.is_range \
                    and _qualifier(view, nm.start, lex.change_from_re, {}) is None:
                ranges[i] = ranges[i + 1] = (nm.value, nxt.value)
    settle = _CurrencySettler(view, lex, lambda: [head_at(i) for i in range(len(numbers))])

    # "19 από τους 22 κύριους στόχους": a part of a whole; the noun after the whole is what is counted.
    if lex.total_re is not None:
        total_match = lex.total_re.match
        for i in range(len(numbers) - 1):
            nm, nxt = numbers[i], numbers[i + 1]
            if nm.total is not None or nxt.value <= nm.value or nm.is_range or nxt.is_range:
                continue
            t = total_match(view, nm.end)
            if t is None or t.end() != nxt.start or _is_yearlike(nxt):
                continue
            head, nhead = head_at(i), head_at(i + 1)
            if head.kind is not None or head.reject or nhead.reject or nhead.kind not in (None, "count"):
                continue
            numbers[i] = dataclasses.replace(nm, total=nxt.value, end=nxt.end)
            heads[i] = nhead if nhead.kind else _Head(None, None, False, nxt.end, nxt.end)
            heads[i + 1] = _Head(None, None, False, nxt.end, nxt.end, reject=True)

    contact_spans = _contact_spans(view, lex)
    contacts = _SpanIndex(contact_spans) if contact_spans else None  # most articles have none
    # A web address's digits ("%D8%A8...", "/2030%2C") are no figures: percent-encoding reads as "9%";
    # nor is the number in an outlet's name ("تلقت أخبار ليبيا 24 نسخة منه").
    named_spans = _web_address_spans(view)
    # (The outlet pattern opens with a lookbehind, tried at every position: it is run only where
    # the names alone, which the engine skips to on their first letters, occur.)
    outlet = lex.outlet_hint_re.search(view) if lex.outlet_re is not None and lex.outlet_hint_re is not None \
        and _may_hold_one(view, lex.outlet_words) else None
    if outlet is not None:  # every match holds a name after at most a clitic: searched from the first name
        named_spans += [m.span() for m in lex.outlet_re.finditer(view, max(0, outlet.start() - 1))]
    names_and_addresses = _SpanIndex(named_spans) if named_spans else None
    # The qualifiers before a number are searched only where the word before it may end one.
    refer_back_ends, symbol_ends, versus_ends = (_possible_endings(lex.refer_back_before_re),
                                                 _possible_endings(lex.symbol_re), _possible_endings(lex.versus_re))
    definite_ends, not_after_ends = _possible_endings(lex.definite_before_re), _possible_endings(lex.not_after_re)
    ordinal_ends, approx_ends = _possible_endings(lex.ordinal_before_re), _possible_endings(lex.approx_before_re)
    records: list[dict[str, Any]] = []
    prev_end = 0
    # The last number of a list of references, once one begins: (how it was named, where it ends).
    list_of_references: tuple[str, int] | None = None
    original_at = mv.index  # ``mv.span`` written out in the claimed-span test, made for every number
    for index, nm in enumerate(numbers):
        first = nm.start
        if (contacts is not None and contacts.holds(first)) or (names_and_addresses is not None and names_and_addresses.holds(first)):
            continue
        if excluded is not None:
            claim_start = original_at[first]
            if excluded.overlaps(claim_start, original_at[nm.number_end - 1] + 1 if first < nm.number_end else claim_start):
                continue  # a number a date or a document claimed is theirs, however it would be read
        head = head_at(index)
        word_before = _word_before(view, first)
        yearlike = _is_yearlike(nm)
        known_head = head.unit_known and head.kind is not None
        if list_of_references is not None and not nm.is_word and nm.scale == 1.0 \
                and not (known_head and head.kind in ("money", "percent")) \
                and _continues_list(view, list_of_references, nm.start, lex):
            # "الفصول 3 و4 و5 و6 و7 ضمن", "των άρθρων 1, 6 και 259": the rest of a list of references.
            list_of_references = (list_of_references[0], nm.end)
            continue
        list_of_references = None
        if not known_head and not nm.is_word:
            strength = _reference_before(view, nm, word_before, lex, not_after_ends, ordinal_ends)
            if strength is not None:
                list_of_references = (strength, nm.end)
        if nm.is_word and index > 0 and not numbers[index - 1].is_word \
                and STRAY_GAP_RE.fullmatch(view, numbers[index - 1].end, nm.start):
            continue  # "101.8% مليار جنيه": a number word right after digits is a garbled figure, not one
        if head.kind is None and not head.reject and nm.total is None and not nm.is_word \
                and word_before.endswith(refer_back_ends) \
                and _qualifier(view, nm.start, lex.refer_back_before_re, {}) is not None:
            # "البالغ عددها 155", "trong đó có 155": a bare number counting a noun named before.
            head = _Head("count", None, False, nm.end, nm.end, refers_back=True, reject=True)
        if head.kind is None and not head.reject and nm.total is None and not nm.is_word \
                and not yearlike:
            # "بلغ عدد المشاركين 300", "số hộ nghèo còn 300": the number of a noun named in the clause.
            key = _count_of(view, nm.start, lex, prev_end)
            if key is not None:
                head = _Head("count", key, True, nm.end, nm.end)
        if head.refers_back:
            # "ο αριθμός των σχολείων ... έφτασε τα 402": "the number of" a noun in the clause names
            # the count before any nearer noun does.
            key = (_count_of(view, nm.start, lex, prev_end) if not nm.is_word else None) \
                or _antecedent(view, nm.start, lex, 0)
            if key is not None:
                head = _Head("count", key, True, nm.end, nm.end)
            else:
                # With no noun to refer to, "1280 منها" still counts something; a number after
                # "البالغ عددها" (marked reject until a noun is found) is dropped.
                # The refer-back word itself ("منها") is no noun: without one the number is dropped,
                # unless millions are the money of their sentence (see below).
                unknown = None if head.reject else _unknown_noun(mv, nm.end, lex)
                if unknown is None:
                    if head.reject or nm.scale < MONEY_CONTEXT_SCALE:
                        continue
                    head = _Head(None, None, False, nm.end, nm.end)
                else:
                    head = _Head("count", None, False, unknown[0], unknown[1])
        if not (head.unit_known and head.kind) and not head.reject and nm.start > 0 \
                and view[nm.start - 1] in lex.percent_before:
            # "%13": the sign written before the number.
            first = nm.start - 1
            head = _Head("percent", "percent", True, first, nm.start)
        if not head.reject and head.kind not in ("money", "percent"):
            # "$5", "US$ 20 triệu": a currency sign or code written before the number; what
            # follows it is then what the amount is per ("€5 ανά άτομο").
            sym = _qualifier(view, nm.start, lex.symbol_re, lex.symbols_before) \
                if word_before.endswith(symbol_ends) else None
            if sym is not None and sym[0]:
                first = sym[1]
                head = _Head("money", sym[0], True, sym[1], nm.start)
        if not head.reject and not (head.kind and head.unit_known) and head.kind != "percent" and records \
                and records[-1]["kind"] == "count" and records[-1]["unit_known"] \
                and 0 <= nm.start - records[-1]["_fe"] <= VERSUS_WINDOW \
                and not CARRY_BREAK_RE.search(view[records[-1]["_fe"]:nm.start]) and word_before.endswith(versus_ends) \
                and _qualifier(view, nm.start, lex.versus_re, {}) is not None:
            # "158 ψήφους «ναι», έναντι 142 «όχι»": the number set against a count counts the same.
            head = _Head("count", records[-1]["unit"], True, nm.end, max(nm.end, head.end))
        if not head.reject and not (head.kind and head.unit_known) and _shares_currency(view, nm, records, lex):
            # "300 مليون دينار لبيع ...، و37 مليوناً لصرف ...": a scaled amount joined to the money
            # before it in the same sentence is in the same currency.
            head = _Head("money", records[-1]["unit"], True, nm.end, nm.end)
        if not head.reject and head.kind is None and nm.scale >= MONEY_CONTEXT_SCALE and nm.total is None:
            # "400 مليون شيقل ...، تستهلك ما بين 250 و300 مليون منها": millions with no noun of their own
            # count the one currency their sentence names.
            code = _sentence_currency(view, index, numbers, head_at, settle)
            if code is not None:
                head = _Head("money", code, True, nm.end, nm.end)
        if head.reject or head.kind is None:
            if nm.total is None or head.reject:
                continue
            head = _Head("count", None, False, nm.end, nm.end)
        known = head.unit_known and head.kind is not None
        if _glued_to_code(view, nm, lex.clitics) and not (known and head.kind in ("percent", "money")):
            continue
        if yearlike and not known:
            continue
        if not known and nm.digits and LEADING_ZERO_RE.match(nm.digits[0]):
            continue  # "031/22": a number written with a leading zero is a code
        if nm.total is not None and not known and YEAR_RANGE[0] <= nm.total <= YEAR_RANGE[1] \
                and nm.total == int(nm.total):
            continue  # "(عدد 87/2024)": a number of a year is a document's, not a part of a whole
        if _looks_like_date(nm) and not known:
            continue
        if nm.is_word and not known and not (head.kind == "count" and _may_count_unknown_noun(mv, nm, lex)):
            continue
        if nm.is_word and nm.scale == 1.0 and head.kind == "count" and word_before.endswith(definite_ends) \
                and _qualifier(view, nm.start, lex.definite_before_re, {}) is not None:
            continue  # "με τους τρεις τομείς": the three sectors named before, not a new count
        if not known and (_after_name(mv, nm.start) or (_after_label_word(view, nm.start, lex)
                                                         and not _counted_after_label(mv, nm, head, lex))):
            continue
        if in_title.holds(nm.start, inclusive_start=False):
            continue
        if (not known or yearlike) and word_before.endswith(not_after_ends) \
                and _qualifier(view, nm.start, lex.not_after_re, {}) is not None:
            continue  # "số 24", "năm 2024 đồng yên" (the yen, in the year 2024)
        if word_before.endswith(ordinal_ends) and _qualifier(view, nm.start, lex.ordinal_before_re, {}) is not None:
            continue
        kind, unit = head.kind, head.unit
        coin = 1.0
        if kind == "money" and unit == AMBIGUOUS:
            unit = settle(head)
            if settle.is_subunit(head):
                factor = settle.subunit_factor(head, unit)
                if factor is None:
                    continue  # "50 فلسا" in an article naming no currency: its worth is unknown
                coin = factor
            elif unit is None and settle.other_sense(head):
                continue  # "5 أوقية من الذهب": an ounce, unless the article settles the currency
        if _is_address(mv, nm, lex):
            continue  # tested after the cheaper tests above (all of them only drop the number)
        end = max(nm.end, head.end)
        approx = "exact"
        q = _qualifier(view, nm.start, lex.approx_before_re, lex.approx_before) \
            if word_before.endswith(approx_ends) else None
        if q is not None and q[0]:
            approx = q[0]
        elif lex.approx_after_re is not None:
            qa = lex.approx_after_re.match(view, end)
            if qa:
                approx = lex.approx_after.get(_norm(qa.group("q")), approx)
        values = _pick_reading(nm, kind)
        if coin != 1.0:
            values = [float(f"{v * coin:.12g}") for v in values]
            prev = records[-1] if records else None
            if prev is not None and len(values) == 1 and 0 < values[0] < 1 and prev["kind"] == "money" \
                    and prev["unit"] == unit and not prev["_scaled"] and not prev["_coins"] and prev["value_low"] is None \
                    and _joined(view[prev["_fe"]:first], lex):
                # "3 جنيهات و50 قرشا": coins, less than one whole, add to the plain amount before them.
                prev["value"] = float(f"{prev['value'] + values[0]:.12g}")
                fs, fe = mv.span(prev["_fs"], end)
                prev.update(text=text[fs:fe], char_start=fs, char_end=fe, _fe=end)
                prev_end = end
                continue
        unit_text = None
        if head.end > head.start:
            us, ue = mv.span(head.start, head.end)
            unit_text = text[us:ue].strip()
        if not head.unit_known and unit_text is not None:
            unit = unit_text
        low, high = (nm.values[0], nm.values[1]) if nm.is_range else ranges.get(index, (None, None))
        if nm.levels or (nm.is_range and _qualifier(view, nm.start, lex.change_from_re, {}) is not None):
            low = high = None   # "ارتفع من 57 إلى 68 مليار": an old and a new level, no range
        base = {"kind": kind, "unit": unit, "approx": approx, "unit_text": unit_text,
                "unit_known": bool(head.unit_known) and unit is not None, "total": nm.total, "language": lang,
                "value_low": low, "value_high": high}
        measure = _measure(text, mv, lex, nm.start, prev_end)
        starts = [first] + ([nm.second_start] if nm.second_start is not None else [])
        for value, fstart in zip(values, starts):
            fs, fe = mv.span(fstart, end)
            rec = dict(base, text=text[fs:fe], char_start=fs, char_end=fe, value=float(value), measure=measure,
                       change=None, change_unit=None, basis=None, _fs=fstart, _fe=end, _scaled=nm.scale != 1.0,
                       _coins=coin != 1.0)
            records.append(rec)
        prev_end = end
    _attach_changes(records, view, text, mv, lex)
    for r in records:
        if r["char_start"] > 0 and text[r["char_start"] - 1] == "(" and ")" in r["text"]:
            r["char_start"] -= 1   # a bracketed number: its text opens with the bracket, as written
            r["text"] = text[r["char_start"]:r["char_end"]]
        r.pop("_fs", None)
        r.pop("_fe", None)
        r.pop("_scaled", None)
        r.pop("_coins", None)
    return records


SENTENCE_BREAK_RE = re.compile(r"[.!?;؛\n]")
LEADING_ZERO_RE = re.compile(r"0\d")
STRAY_GAP_RE = re.compile(r"[\s%٪]*")
WEB_ADDRESS_RE = re.compile(r"(?:https?://|ftp://|www\.)\S+", re.IGNORECASE)
WWW_RE = re.compile(r"[wW][wW][wW]\.")  # "www." in any case ("w" folds to no other letter)


def _web_address_spans(view: str) -> list[tuple[int, int]]:
    """Spans of web addresses (``WEB_ADDRESS_RE.finditer``), tried only where one can begin: 3, 4
    or 5 characters before a "://" ("ftp", "http", "https"), or at a "www." in any case."""
    starts: list[int] = []
    at = view.find("://")
    while at != -1:
        starts.extend(p for p in (at - 5, at - 4, at - 3) if p >= 0)
        at = view.find("://", at + 1)
    # "www." in any case: only "W" lowers to "w" (and no character lowers to "."), so a text with no
    # "W" has it as written; only a text with a "W" is lowered to look, which costs more than the tests
    if "www." in view or ("W" in view and "www." in view.lower()):
        starts.extend(m.start() for m in WWW_RE.finditer(view))
    spans: list[tuple[int, int]] = []
    end = 0
    for start in sorted(set(starts)):
        if start < end:
            continue
        m = WEB_ADDRESS_RE.match(view, start)
        if m:
            spans.append(m.span())
            end = m.end()
    return spans
VERSUS_WINDOW = 40  # characters between a count and the number set against it ("έναντι")
CARRY_WINDOW = 80   # characters between an amount and a later one that borrows its currency
CARRY_BREAK_RE = re.compile(r"[!?;؛\n]|\.(?!\d)")


def _reference_before(view: str, nm: NumberMatch, word_before: str, lex: FigureLexicon,
                      not_after_ends: tuple[str, ...], ordinal_ends: tuple[str, ...]) -> str | None:
    """How the word before a number names it a reference: "word" after a reference word
    ("المادة", "των άρθρων", "رقم"), "label" after a definite noun ("الفصول 3"), else None."""
    if (word_before.endswith(not_after_ends) and _qualifier(view, nm.start, lex.not_after_re, {}) is not None) \
            or (word_before.endswith(ordinal_ends) and _qualifier(view, nm.start, lex.ordinal_before_re, {}) is not None):
        return "word"
    return "label" if _after_label_word(view, nm.start, lex) else None



def _continues_list(view: str, previous: tuple[str, int], start: int, lex: FigureLexicon) -> bool:
    """Whether a number goes on the list of references ending at ``previous``: only a comma or a
    coordinator between them ("3 و4", "1, 6 και 259"); after a definite noun only a coordinator,
    since "الفوج 22، و300 ..." may go on to a count."""
    strength, end = previous
    between = view[end:start]
    words = between.replace("،", " ").replace(",", " ").split()
    comma = "," in between or "،" in between
    if strength == "label" and comma:
        return False
    if not words:
        return comma
    return len(words) == 1 and words[0] in lex.coordinators


MONEY_CONTEXT_SCALE = 1e6  # "ألف" alone often counts people; bare millions in a money sentence are money


def _sentence_currency(view: str, index: int, numbers: list[NumberMatch], head_at: Callable[[int], _Head],
                       settle: Callable[[_Head], str | None]) -> str | None:
    """The one currency the other amounts of the sentence holding ``numbers[index]`` name (an
    ambiguous word settled by the article), or None where they name none or several."""
    nm = numbers[index]
    codes: set[str | None] = set()
    for step in (-1, 1):
        j, edge = index + step, nm.start if step < 0 else nm.end
        while 0 <= j < len(numbers):
            other = numbers[j]
            gap = view[other.end:edge] if step < 0 else view[edge:other.start]
            if CARRY_BREAK_RE.search(gap):
                break
            head = head_at(j)
            if head.kind == "money":
                codes.add(settle(head) if head.unit == AMBIGUOUS else head.unit)
            edge = other.start if step < 0 else other.end
            j += step
    return codes.pop() if len(codes) == 1 and None not in codes else None


def _joined(between: str, lex: FigureLexicon) -> bool:
    """Only a coordinator (a word, or a clitic written on the next number) between two amounts."""
    words = between.split()
    return len(words) == 1 and words[0] in lex.coordinators and (between[-1].isspace() or len(words[0]) == 1)


def _shares_currency(view: str, nm: NumberMatch, records: list[dict[str, Any]], lex: FigureLexicon) -> bool:
    """A number with a scale word and no currency of its own, joined by a coordinator to the
    amount of money just before it in the same sentence, counts the same currency."""
    if nm.scale <= 1.0 or nm.is_range or nm.total is not None or not records:
        return False
    prev = records[-1]
    if prev["kind"] != "money" or not prev["unit"] or prev["_fe"] > nm.start or nm.start - prev["_fe"] > CARRY_WINDOW:
        return False
    between = view[prev["_fe"]:nm.start]
    if CARRY_BREAK_RE.search(between):
        return False
    before = between.rstrip()
    if before.endswith((",", "،")):
        return True
    if lex.clitics and before and before[-1] in lex.coordinators and before == between:
        return True  # "و37 مليونا": the coordinator written on the number
    last = before.rsplit(None, 1)[-1] if before.split() else ""
    return last in lex.coordinators


def _with_money_scale(view: str, nm: NumberMatch, lex: FigureLexicon) -> NumberMatch:
    """The number scaled by a money-only abbreviation after it ("10K đồng", "5 tr đồng", "$5K"):
    read only where a currency follows the abbreviation or a currency sign stands before the
    number, since "tr" or "K" alone may mean something else."""
    if lex.money_scale_re is None or nm.is_word or nm.scale != 1.0:
        return nm
    m = lex.money_scale_re.match(view, nm.end)
    if m is None:
        return nm
    after = _match_head(view, m.end(), lex, False)
    if not (after and after[0].category == "currency"):
        sym = _qualifier(view, nm.start, lex.symbol_re, lex.symbols_before)
        if sym is None or not sym[0]:
            return nm
    factor = lex.money_scales[_norm(m.group("s"))]

    def scaled(value: float) -> float:  # without binary noise: 1.2 * 1e6 is 1200000, not ...0.0002
        return float(f"{value * factor:.12g}")

    return dataclasses.replace(nm, end=m.end(), scale=factor, values=[scaled(v) for v in nm.values],
                               readings=[tuple(scaled(r) for r in rs) for rs in nm.readings])


class _CurrencySettler:
    """The code of a currency word several states use ("ريال", "δηνάρια", "dinar"), settled by
    the article: the one candidate it names with its country elsewhere ("ريال سعودي"), else the
    one candidate whose country it names (``country_hints``); where it names none, the group's
    ``default`` if the data gives one; otherwise None. The article is read
    for hints only when an ambiguous word occurs."""

    def __init__(self, view: str, lex: FigureLexicon, heads: Callable[[], Iterable[_Head]]) -> None:
        self._view, self._lex = view, lex
        self._heads = heads  # the heads of all the article's numbers, read on the first question
        self._named_codes: set[str] | None = None
        self._hinted: set[str] | None = None

    @property
    def _named(self) -> set[str]:
        """The codes the article names with their country (money heads with a settled code)."""
        if self._named_codes is None:
            self._named_codes = {h.unit for h in self._heads()
                                 if h.kind == "money" and h.unit and h.unit != AMBIGUOUS}
        return self._named_codes

    def _form(self, head: _Head) -> str:
        word = head.currency_word
        return word if word in self._lex.ambiguous_codes else _strip_ending(word, self._lex)

    def _codes(self, head: _Head) -> tuple[str, ...]:
        return self._lex.ambiguous_codes.get(self._form(head), ())

    def subunit_factor(self, head: _Head, code: str | None) -> float | None:
        """What one coin of a subunit word is worth in ``code`` (None: not a subunit, or unsettled)."""
        factors = self._lex.subunit_factors.get(self._form(head))
        return factors.get(code) if factors is not None and code is not None else None

    def is_subunit(self, head: _Head) -> bool:
        return self._form(head) in self._lex.subunit_factors

    def other_sense(self, head: _Head) -> bool:
        """A word with a single candidate currency has another sense ("أوقية": an ounce)."""
        return len(self._codes(head)) == 1

    def __call__(self, head: _Head) -> str | None:
        codes = set(self._codes(head))
        named = codes & self._named
        if named:
            return named.pop() if len(named) == 1 else None
        if self._hinted is None:
            regex = self._lex.country_hint_re
            self._hinted = {self._lex.country_hints[_norm(m.group("q"))] for m in regex.finditer(self._view)} \
                if regex is not None else set()
        hinted = codes & self._hinted
        if not hinted:
            # Nothing in the article says which: the press's default, where the data gives one
            # (a bare "جنيه" is the Egyptian pound), else no code.
            return self._lex.ambiguous_defaults.get(self._form(head))
        return hinted.pop() if len(hinted) == 1 else None


def _strip_ending(form: str, lex: FigureLexicon) -> str:
    """A head as written without the inflectional ending it may carry ("ريالا" -> "ريال")."""
    form = _norm(form)
    for ending in lex.endings:
        if ending and form.endswith(ending) and form[:-len(ending)] in lex.ambiguous_codes:
            return form[:-len(ending)]
    return form


class _SpanIndex:
    """Spans ``[start, end)`` asked about by position or overlap without scanning them all.

    Spans are sorted by start; a running maximum of ends answers "does a span starting at or
    before x reach past y" by bisection.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]
        reach, best = [], -1
        for _, e in self._spans:
            best = max(best, e)
            reach.append(best)
        self._reach = reach

    # Whether one of the first ``count`` spans ends after ``pos``: ``count > 0 and
    # self._reach[count - 1] > pos``, written out in the two tests asked for every number.

    def holds(self, pos: int, inclusive_start: bool = True) -> bool:
        """Whether a span holds ``pos`` (``start <= pos < end``; ``start < pos`` when not inclusive)."""
        if not self._starts:  # most articles have no contacts, web addresses or titles
            return False
        count = bisect_right(self._starts, pos) if inclusive_start else bisect_left(self._starts, pos)
        return count > 0 and self._reach[count - 1] > pos

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a span (``s < end and start < e``)."""
        count = bisect_left(self._starts, end)
        return count > 0 and self._reach[count - 1] > start


def _attach_changes(records: list[dict[str, Any]], view: str, text: str, mv: MatchView,
                    lex: FigureLexicon) -> None:
    """Mark changes ("بزيادة قدرها 13%"), their basis, and copy them onto the figure they qualify."""
    change_ends = _possible_endings(lex.change_re)  # :func:`_may_end_before`, read once for the article
    for i, rec in enumerate(records):
        fs, fe = rec["_fs"], rec["_fe"]
        basis = None
        if lex.basis_re is not None:
            b = lex.basis_re.match(view, fe)
            if b:
                bs = b.start("q")
                stop = lex.clause_break_re.search(view, b.end("q"), min(len(view), b.end("q") + 40))
                be = stop.start() if stop else b.end("q")
                seg = view[bs:be].rstrip()
                s, e = mv.span(bs, bs + len(seg))
                basis = text[s:e]
        sign = None
        # "tăng 13%" is a change; "giảm còn 2,5%" gives the new level.
        if lex.change_re is not None and _word_before(view, fs).endswith(change_ends) \
                and _qualifier(view, fs, lex.change_blocker_re, {}) is None:
            m = lex.change_re.search(view, max(0, fs - LOOKBACK), fs)
            if m:
                sign = lex.change.get(_norm(m.group("q")))
        if basis is not None:
            rec["basis"] = basis
        if sign is None:
            continue
        rec["change"] = sign * rec["value"]
        rec["change_unit"] = rec["unit"]
        # The figure this change qualifies: the nearest earlier count or amount in the same sentence.
        for j in range(i - 1, -1, -1):
            prev = records[j]
            if fs - prev["_fe"] > 120 or SENTENCE_BREAK_RE.search(view, prev["_fe"], fs):
                break
            if prev["kind"] == "percent":
                continue
            if prev.get("change") is None:
                prev["change"] = rec["change"]
                prev["change_unit"] = rec["change_unit"]
                if basis is not None and prev.get("basis") is None:
                    prev["basis"] = basis
            break


def extract(doc: Doc) -> list[dict[str, Any]]:
    """Figures of a Doc; numbers claimed by the dates and documents components are skipped."""
    lang = doc.lang_
    exclude = get_records(doc, "dates") + get_records(doc, "documents")
    return find_figures(doc_text(doc), lang, exclude)


def prepare(lang: str) -> None:
    """Load ``lang``'s figure lexicon now (its unit and measure patterns are compiled once)."""
    lexicon(lang)
