"""The officials component's language data, loaded once per language and indexed for matching.

Three files per language under ``resources/<iso>/`` (same names for every language):

* ``syllables.tsv``: Vietnamese name syllables as the language's texts write them (Arabic
  or Greek transliterations, or the Latin spellings), with where in a name each is usual;
* ``titles.yaml``: the parts titles are made of (roles, qualifiers, organisations, levels);
* ``grammar.yaml``: honorifics, list words, words that end titles, role cue words.

Words are compared on their folded form (:func:`newsextract.textnorm.fold`), after removing
the language's proclitics, so one entry covers "الرفيق", "والرفيق" and "للرفيق"; an entry
ending in ``*`` matches any ending (Greek and Arabic inflection).
"""
from __future__ import annotations

import functools
import re
import sys
import unicodedata
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from ...resources import (
    SUPPORTED_LANGUAGES,
    check_language,
    load_tsv,
    load_yaml,
    resource_path,
)
from ...textnorm import fold

AREA = "extractors/officials"
REQUIRED_FILES: tuple[str, ...] = ("syllables.tsv", "titles.yaml", "grammar.yaml")
GRAMMAR_KEYS: tuple[str, ...] = (
    "honorifics", "group_honorifics", "weak_honorifics", "proclitics", "name_proclitics",
    "not_syllables", "not_person_before", "not_person_phrases", "title_order", "title_stops",
    "conjunctions", "bare_names", "latin_open", "name_scripts", "role_cues", "title_touches_name",
    "latin_letters", "first_names", "person_after", "names_when_capitalised", "last_syllables",
    "not_cues", "meeting_words", "plural_markers", "romanized_is_written", "ranks", "future_markers",
    "proxies",
)
TITLE_KEYS: tuple[str, ...] = ("group_heads", "roles", "qualifiers", "organisations", "levels")
ROLE_NAMES: tuple[str, ...] = ("chaired", "attended", "spoke", "mentioned")
# Cue kinds of role_cues: the roles, and "led" (chaired at a meeting, attended on a visit).
CUE_KINDS: tuple[str, ...] = (*ROLE_NAMES, "led")
# Places in a name (with a frequency rank), gendered given-name ranks, and the gender a middle
# syllable marks ("Thị" female, "Văn" male).
SYLLABLE_CLASSES: tuple[str, ...] = ("surname", "middle", "given", "given_f", "given_m", "female", "male")

# A word: letters and digits with the combining marks and tatweel Arabic text carries.
# A Latin letter or two and an apostrophe may open a name word ("H'Lan", Ê Đê names).
WORD_CHARACTER = r"[\w\u0610-\u061A\u064B-\u065F\u0670\u0640\u0300-\u036f]"
PLAIN_WORD_PATTERN = WORD_CHARACTER + "+"
WORD_PATTERN = r"(?:\b[A-Za-zΑ-Ωα-ω]{1,2}['’](?=[A-ZΑ-ΩΆΈΉΊΌΎΏ]))?" + PLAIN_WORD_PATTERN
WORD_RE = re.compile(WORD_PATTERN)
_PLAIN_WORD_RE = re.compile(PLAIN_WORD_PATTERN)
# Connector joining word parts: "Ủy-viên", "Bà Rịa-Vũng Tàu" are rare; keep words apart.
_T = TypeVar("_T")
_MEMO_LIMIT = 100_000   # entries of a word memo before it starts afresh (memory stays bounded)


@functools.lru_cache(maxsize=200_000)
def ascii_fold(text: str) -> str:
    """Plain Latin letters: tone and vowel marks removed, đ -> d (the romanized form)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=200_000)
def is_latin_word(word: str) -> bool:
    """True when the word is written in Latin script (with or without Vietnamese marks)."""
    plain = ascii_fold(word).replace("'", "").replace("’", "")
    return bool(plain) and plain.isascii() and plain.isalpha()


@functools.lru_cache(maxsize=200_000)
def fold_word(word: str, lang: str) -> str:
    """The folded (matching) form of one word."""
    return fold(word, lang).replace(" ", "")


def words(text: str) -> list[tuple[int, int, str]]:
    """Words of ``text`` with their offsets: ``(start, end, surface)``."""
    # without an apostrophe no word has a prefix: the plain pattern finds the same words, faster
    pattern = WORD_RE if "'" in text or "’" in text else _PLAIN_WORD_RE
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


class PhraseSet:
    """Phrases (sequences of folded words, ``*`` = any ending) matched over word stems.

    ``match(stems, i)`` returns the longest phrase starting at word ``i`` as
    ``(length, values)``: the values are every label the phrase was listed under.
    """

    def __init__(self, lang: str, stemmer: Stemmer) -> None:
        self.lang = lang
        self.stemmer = stemmer
        self.exact: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self.prefix: dict[str, list[tuple[tuple[str, ...], str]]] = {}   # by the first 2 letters
        # memo of the phrases whose first word matches a word (by its stems), and of word tests:
        # the same words recur in every article, so each is looked up once per process
        self._openers: dict[frozenset[str], tuple[tuple[tuple[str, ...], str], ...]] = {}
        self._word_memo: dict[tuple[frozenset[str], str], bool] = {}
        self._shapes: dict[frozenset[str], tuple[tuple[str, ...], ...]] = {}

    def add(self, phrase: str, value: str) -> None:
        parts = tuple(self._pattern(w) for w in _phrase_words(phrase, self.lang))
        if not parts:
            return
        self._openers.clear()
        self._shapes.clear()
        first = parts[0]
        if first.endswith("*"):
            for core in self.stemmer.stems(first[:-1]):
                bucket = self.prefix.setdefault(core[:2], [])
                if (parts, value) not in bucket:
                    bucket.append((parts, value))
        else:
            for stem in self.stemmer.stems(first):
                self.exact.setdefault(stem, []).append((parts, value))

    def _pattern(self, word: str) -> str:
        star = word.endswith("*")
        core = fold_word(word.rstrip("*"), self.lang)
        return core + ("*" if star else "")

    def _word_matches(self, stems: frozenset[str], pattern: str) -> bool:
        key = (stems, pattern)
        hit = self._word_memo.get(key)
        if hit is None:
            if pattern.endswith("*"):
                core = pattern[:-1]
                hit = any(s.startswith(c) for s in stems for c in self.stemmer.stems(core))
            else:
                hit = bool(stems & self.stemmer.stems(pattern))
            if len(self._word_memo) > _MEMO_LIMIT:
                self._word_memo.clear()
            self._word_memo[key] = hit
        return hit

    def _phrases_opening(self, stems: frozenset[str], remember: bool = True) -> tuple[tuple[tuple[str, ...], str], ...]:
        """Phrases whose first word matches a word of these stems, in lookup order, once each."""
        hit = self._openers.get(stems)
        if hit is not None:
            return hit
        candidates: list[tuple[tuple[str, ...], str]] = []
        for stem in stems:
            candidates.extend(self.exact.get(stem, ()))
        for key in {stem[:2] for stem in stems} | {stem[:1] for stem in stems}:
            candidates.extend(self.prefix.get(key, ()))
        result = tuple(dict.fromkeys(c for c in candidates if self._word_matches(stems, c[0][0])))
        if remember:
            if len(self._openers) > _MEMO_LIMIT:
                self._openers.clear()
            self._openers[stems] = result
        return result

    def match(self, stems: Sequence[frozenset[str]], i: int) -> tuple[int, list[str]]:
        """Longest phrase at word ``i``: (number of words, labels); (0, []) if none."""
        candidates = self._phrases_opening(stems[i])
        if not candidates:
            return 0, []
        best_len, values = 0, []
        total = len(stems)
        for parts, value in candidates:
            n = len(parts)
            if n < best_len or i + n > total:
                continue
            if n == 1 or all(self._word_matches(stems[i + k], parts[k]) for k in range(1, n)):
                if n > best_len:
                    best_len, values = n, [value]
                elif value not in values:
                    values.append(value)
        return best_len, values

    def lengths(self, stems: Sequence[frozenset[str]]) -> list[int]:
        """``match(stems, i)[0]`` for every word ``i``, in one pass (most words open no phrase)."""
        total = len(stems)
        out = [0] * total
        shapes_of = self._shapes
        word_matches = self._word_matches
        for i, word in enumerate(stems):
            shapes = shapes_of.get(word)
            if shapes is None:
                shapes = self._shapes_opening(word)
            for parts in shapes:   # longest first
                n = len(parts)
                if i + n <= total and (n == 1 or all(word_matches(stems[i + k], parts[k]) for k in range(1, n))):
                    out[i] = n
                    break
        return out

    def _shapes_opening(self, stems: frozenset[str], remember: bool = True) -> tuple[tuple[str, ...], ...]:
        """The distinct phrases a word opens, longest first (for lengths only).

        ``remember=False`` when the caller keeps the answer itself.
        """
        shapes = tuple(sorted(dict.fromkeys(parts for parts, _ in self._phrases_opening(stems, remember)),
                              key=len, reverse=True))
        if remember:
            if len(self._shapes) > _MEMO_LIMIT:
                self._shapes.clear()
            self._shapes[stems] = shapes
        return shapes

    def ends_at(self, stems: Sequence[frozenset[str]], end: int, max_len: int = 4) -> int:
        """Length of the longest phrase whose last word is word ``end - 1`` (0 if none)."""
        best = 0
        for n in range(1, max_len + 1):
            start = end - n
            if start < 0:
                break
            length, _ = self.match(stems, start)
            if length == n:
                best = n
        return best


def _phrase_words(phrase: str, lang: str) -> list[str]:
    out = []
    for part in str(phrase).split():
        core = part.rstrip("*")
        ws = [w for _, _, w in words(core)]
        if not ws:
            continue
        if part.endswith("*"):
            ws[-1] += "*"
        out.extend(ws)
    return out


class PhraseUnion(PhraseSet):
    """Several phrase sets matched as one (each keeps its own way of removing proclitics)."""

    def __init__(self, *sets: PhraseSet) -> None:
        super().__init__(sets[0].lang, sets[0].stemmer)
        self.sets = sets

    def lengths(self, stems: Sequence[frozenset[str]]) -> list[int]:
        return [max(found) for found in zip(*(phrases.lengths(stems) for phrases in self.sets))] \
            if stems else []

    def match(self, stems: Sequence[frozenset[str]], i: int) -> tuple[int, list[str]]:
        best_len, values = 0, []
        for phrases in self.sets:
            length, found = phrases.match(stems, i)
            if length > best_len:
                best_len, values = length, found
        return best_len, values


class Stemmer:
    """Folded word -> the set of forms it may stand for once proclitics are removed."""

    def __init__(self, lang: str, proclitics: Iterable[str]) -> None:
        self.lang = lang
        self.proclitics = sorted({fold_word(p, lang) for p in proclitics if p}, key=len, reverse=True)
        self._cache: dict[str, frozenset[str]] = {}

    def stems(self, folded: str) -> frozenset[str]:
        hit = self._cache.get(folded)
        if hit is not None:
            return hit
        out = {folded}
        frontier = [folded]
        for _ in range(2):
            nxt = []
            for form in frontier:
                for p in self.proclitics:
                    if form.startswith(p) and len(form) - len(p) >= 2:
                        rest = form[len(p):]
                        if rest not in out:
                            out.add(rest)
                            nxt.append(rest)
            frontier = nxt
        result = frozenset(out)
        self._cache[folded] = result
        return result


@dataclass(frozen=True)
class Syllable:
    """One reading of a written syllable: its romanized form and where in a name it is usual."""

    romanized: str
    classes: frozenset[str]
    rank: int
    class_rank: tuple[tuple[str, int], ...] = ()

    def rank_as(self, cls: str) -> int:
        """Frequency rank of this reading at a place in a name (large when unusual there)."""
        for name, rank in self.class_rank:
            if name == cls:
                return rank
        return 10_000 + self.rank


# What a word may open (Lexicon.phrases_opened): one-word phrases per set, the second words
# of its longer phrases, and those phrases' later words per set.
Opened = tuple[tuple[int, ...], frozenset[str],
               tuple[tuple[int, tuple[tuple[str, ...], ...], frozenset[str]], ...]]


@dataclass
class Lexicon:
    """Everything the officials engine knows about one language."""

    lang: str
    stemmer: Stemmer
    syllables: dict[str, list[Syllable]]          # folded script form -> readings
    latin: dict[str, list[Syllable]]              # lower-case plain Latin -> readings
    surnames: frozenset[str]                      # romanized surnames (lower case)
    honorifics: PhraseSet
    group_honorifics: PhraseSet
    weak_honorifics: PhraseSet
    ranks: PhraseSet                              # military and police ranks: honorifics that are also titles
    name_proclitics: tuple[str, ...]
    not_syllables: frozenset[str]
    names_when_capitalised: frozenset[str]        # not_syllables that are names when capitalised mid-sentence
    last_syllables: frozenset[str]                # common words that may end a name run ("منه" = Minh)
    not_cues: PhraseSet
    future_markers: PhraseSet                     # a cue right after one tells what will happen, not what did
    proxies: PhraseSet                            # right before a person: their office or envoy acts for them
    meeting_words: PhraseSet
    plural_markers: PhraseSet
    title_words: frozenset[str]                   # folded words of title-part phrases, as written
    not_person_before: PhraseSet
    not_person_phrases: tuple[str, ...]
    title_order: str
    title_stops: PhraseSet
    conjunctions: PhraseSet
    bare_names: bool
    latin_open: bool
    title_touches_name: bool
    latin_letters: dict[str, str]
    first_names: PhraseSet
    person_after: PhraseSet                       # words right after a name that only follow a person
    heads: PhraseSet                              # role or qualifier words that open a title
    group_heads: PhraseSet
    title_parts: dict[str, PhraseSet] = field(default_factory=dict)  # roles/qualifiers/organisations/levels
    any_part: PhraseSet | None = None             # roles, qualifiers and organisations together
    cues: PhraseSet | None = None
    qualifier_order: tuple[str, ...] = ()
    rank_openers: frozenset[str] = frozenset()    # folded first words of the ranks, as written

    _opened: dict[frozenset[str], Opened] = field(default_factory=dict, repr=False)
    _word_stems: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    # what the engine works out once per word, title or name of this lexicon (see memo())
    _memos: dict[str, dict[object, object]] = field(default_factory=dict, repr=False)

    def memo(self, kind: str) -> dict[object, object]:
        """A memo of this lexicon (answers depend on its data): emptied when it grows past the limit."""
        table = self._memos.get(kind)
        if table is None:
            table = self._memos[kind] = {}
        elif len(table) > _MEMO_LIMIT:
            table.clear()
        return table

    def remember(self, kind: str, key: Hashable, compute: Callable[[], _T]) -> _T:
        """``compute()``'s answer for ``key`` in the memo ``kind``, computed once per process
        (names, titles and words recur from article to article)."""
        try:
            return self._memos[kind][key]  # type: ignore[return-value]
        except KeyError:   # (the size limit is checked before an answer is added)
            hit = self.memo(kind)[key] = compute()
            return hit

    def word_stems(self, word: str) -> frozenset[str]:
        """The forms a written word may stand for (folded, proclitics removed), remembered per word."""
        hit = self._word_stems.get(word)
        if hit is None:
            if len(self._word_stems) > _MEMO_LIMIT:
                self._word_stems.clear()
            hit = self._word_stems[word] = self.stemmer.stems(fold_word(word, self.lang))
        return hit

    @functools.cached_property
    def article_sets(self) -> tuple[PhraseSet, ...]:
        """The phrase sets the engine reads at every word of an article (a union by its members)."""
        sets: dict[int, PhraseSet] = {}
        for phrases in (self.heads, self.group_heads, self.any_part, self.title_stops, self.honorifics,
                        self.group_honorifics, self.weak_honorifics, self.conjunctions, self.cues,
                        self.not_cues, self.not_person_before, self.first_names, self.person_after,
                        self.meeting_words, self.future_markers, self.proxies):
            for member in phrases.sets if isinstance(phrases, PhraseUnion) else (phrases,):
                sets.setdefault(id(member), member)
        return tuple(sets.values())

    @functools.cached_property
    def _continuation_index(self) -> tuple[dict[int, str], dict[str, set[str]], dict[str, set[str]]]:
        """Where the words after the first of the phrases of :attr:`article_sets` are found.

        Each such word pattern becomes a token naming it and the way its set removes
        proclitics (sets differ there): ``(token prefix per set, exact stem -> tokens,
        stem prefix -> tokens of the patterns ending in "*")``.
        """
        tags: dict[int, str] = {}
        stemmers: dict[int, str] = {}
        exact: dict[str, set[str]] = {}
        prefix: dict[str, set[str]] = {}
        for phrases in self.article_sets:
            tag = tags[id(phrases)] = stemmers.setdefault(id(phrases.stemmer), f"{len(stemmers)}\x00")
            for bucket in (*phrases.exact.values(), *phrases.prefix.values()):
                for parts, _ in bucket:
                    for pattern in parts[1:]:
                        if pattern.endswith("*"):
                            for core in phrases.stemmer.stems(pattern[:-1]):
                                prefix.setdefault(core, set()).add(sys.intern(tag + pattern))
                        else:
                            for stem in phrases.stemmer.stems(pattern):
                                exact.setdefault(stem, set()).add(sys.intern(tag + pattern))
        return tags, exact, prefix

    @functools.cached_property
    def _opening_index(self) -> tuple[dict[str, list[tuple[int, tuple[str, ...]]]],
                                      dict[str, list[tuple[int, tuple[str, ...]]]]]:
        """The phrases of :attr:`article_sets` by what their first word is (see :meth:`phrases_opened`).

        ``(stem -> (set index, phrase) of the phrases whose first word has that stem, stem ->
        those whose first word ends in "*" and starts with it)``: a word finds the phrases it
        opens, in every set at once, by its stems and their beginnings.
        """
        exact: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        prefix: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for index, phrases in enumerate(self.article_sets):
            for stem, entries in phrases.exact.items():
                exact.setdefault(stem, []).extend((index, parts) for parts, _ in entries)
            starred = dict.fromkeys(parts for entries in phrases.prefix.values() for parts, _ in entries)
            for parts in starred:
                for core in phrases.stemmer.stems(parts[0][:-1]):
                    prefix.setdefault(core, []).append((index, parts))
        return exact, prefix

    def opens(self, stems: frozenset[str], phrases: PhraseSet) -> bool:
        """A word of these stems opens a phrase of ``phrases`` (one of :attr:`article_sets`)."""
        one_word, _, longer = self.phrases_opened(stems)
        return id(phrases) in one_word or any(key == id(phrases) for key, _, _ in longer)

    def continuations(self, stems: frozenset[str]) -> frozenset[str]:
        """Tokens of the patterns a word of these stems matches after a phrase's first word.

        The same test as :meth:`PhraseSet._word_matches`, for every pattern at once: a word
        is looked up once per process and an article only tests membership.
        """
        _, exact, prefix = self._continuation_index
        lengths = self._key_lengths(id(prefix), prefix)
        found: set[str] = set()
        for stem in stems:
            found.update(exact.get(stem, ()))
            for end in lengths:   # (only the lengths some prefix has)
                if end > len(stem):
                    break
                found.update(prefix.get(stem[:end], ()))
        return frozenset(found)

    def _key_lengths(self, key: int, table: dict[str, object]) -> tuple[int, ...]:
        """The lengths of the keys of ``table`` (a prefix index), ascending: a word's beginnings of
        other lengths are no keys, so they are not looked up."""
        return self.remember("key_lengths", key, lambda: tuple(sorted({len(k) for k in table if k})))

    def phrases_opened(self, stems: frozenset[str]) -> Opened:
        """The phrases of :attr:`article_sets` a word of these stems may open, remembered per word.

        ``(one_word, seconds, longer)``: ``one_word`` the ids of the sets the word alone is a
        phrase of; ``seconds`` the tokens (see :meth:`continuations`) of the second words
        of its longer phrases; ``longer`` per set with such phrases ``(id of the set, the tokens
        of the later words of each, longest first, the tokens of their second words)``.
        """
        opened = self._opened.get(stems)
        if opened is None:
            tags = self._continuation_index[0]
            exact, prefix = self._opening_index
            lengths = self._key_lengths(id(prefix), prefix)
            by_set: dict[int, set[tuple[str, ...]]] = {}   # set index -> phrases the word opens
            for stem in stems:
                for index, parts in exact.get(stem, ()):
                    by_set.setdefault(index, set()).add(parts)
                for end in lengths:   # (only the lengths some prefix has)
                    if end > len(stem):
                        break
                    for index, parts in prefix.get(stem[:end], ()):
                        by_set.setdefault(index, set()).add(parts)
            one_word: list[int] = []
            seconds: set[str] = set()
            longer = []
            for index in sorted(by_set):
                p = self.article_sets[index]
                shapes = sorted(by_set[index], key=len, reverse=True)
                if any(len(parts) == 1 for parts in shapes):
                    one_word.append(id(p))
                tag = tags[id(p)]
                rests = tuple(tuple(sys.intern(tag + pattern) for pattern in parts[1:]) for parts in shapes if len(parts) > 1)
                if rests:
                    longer.append((id(p), rests, frozenset(rest[0] for rest in rests)))
                    seconds.update(rest[0] for rest in rests)
            opened = (tuple(one_word), frozenset(seconds), tuple(longer))
            if len(self._opened) > _MEMO_LIMIT:
                self._opened.clear()
            self._opened[stems] = opened
        return opened


def _syllable_table(lang: str) -> dict[str, list[Syllable]]:
    table: dict[str, list[Syllable]] = {}
    romanized_is_written = bool(load_yaml(AREA, lang, "grammar.yaml").get("romanized_is_written", False))
    for rank, row in enumerate(load_tsv(AREA, lang, "syllables.tsv")):
        class_rank = []
        for item in row["classes"].split(","):
            name, _, value = item.partition("=")
            if name.strip() and name.strip() not in SYLLABLE_CLASSES:
                raise ValueError(f"{lang}/syllables.tsv: unknown class {name.strip()!r} for {row['syllable']}")
            if name.strip():
                class_rank.append((name.strip(), int(value) if value.strip().isdigit() else 0))
        syl = Syllable(row["syllable"], frozenset(c for c, _ in class_rank), rank, tuple(class_rank))
        for written in row["written"].split("|"):
            written = written.strip()
            if not written:
                continue
            key = ascii_fold(written).lower() if is_latin_word(written) else fold_word(written, lang)
            readings = table.setdefault(key, [])
            if all(r.romanized != syl.romanized for r in readings):
                readings.append(syl)
        if romanized_is_written:
            readings = table.setdefault(syl.romanized.lower(), [])
            if all(r.romanized != syl.romanized for r in readings):
                readings.append(syl)
    return table


def _phrases(lang: str, stemmer: Stemmer, items: Iterable[str], value: str = "") -> PhraseSet:
    ps = PhraseSet(lang, stemmer)
    for item in items or ():
        ps.add(str(item), value or str(item))
    return ps


@functools.cache
def load_lexicon(lang: str) -> Lexicon:
    """The indexed officials data of ``lang`` (cached per process)."""
    check_language(lang)
    grammar = load_yaml(AREA, lang, "grammar.yaml")
    titles = load_yaml(AREA, lang, "titles.yaml")
    stemmer = Stemmer(lang, grammar.get("proclitics") or ())
    scripts = [s for s in grammar.get("name_scripts") or [lang]]
    syllables: dict[str, list[Syllable]] = {}
    latin: dict[str, list[Syllable]] = {}
    for script in scripts:
        table = _syllable_table(script)
        for key, readings in table.items():
            target = latin if key.isascii() else syllables
            target.setdefault(key, []).extend(r for r in readings if r not in target.get(key, []))
    surnames = frozenset(
        r.romanized.lower() for readings in list(syllables.values()) + list(latin.values())
        for r in readings if "surname" in r.classes
    )
    parts: dict[str, PhraseSet] = {}
    heads = PhraseSet(lang, stemmer)
    any_part = PhraseSet(lang, stemmer)
    for key in ("roles", "qualifiers", "organisations", "levels"):
        ps = PhraseSet(lang, stemmer)
        for value, phrases in (titles.get(key) or {}).items():
            for phrase in phrases or ():
                ps.add(str(phrase), str(value))
                if key != "levels":
                    any_part.add(str(phrase), f"{key}:{value}")
                if key in ("roles", "qualifiers"):
                    heads.add(str(phrase), f"{key}:{value}")
        parts[key] = ps
    cues = PhraseSet(lang, stemmer)
    for role, phrases in (grammar.get("role_cues") or {}).items():
        if role not in CUE_KINDS:
            raise ValueError(f"{lang}/grammar.yaml: unknown role {role!r} in role_cues")
        for phrase in phrases or ():
            cues.add(str(phrase), role)
    not_syllables = frozenset(fold_word(w, lang) for w in grammar.get("not_syllables") or ())
    title_words = frozenset(
        fold_word(w.rstrip("*"), lang)
        for key in ("roles", "qualifiers", "organisations")
        for phrases in (titles.get(key) or {}).values() for phrase in phrases or ()
        for w in _phrase_words(str(phrase), lang)
    ) | frozenset(fold_word(w.rstrip("*"), lang) for phrase in titles.get("group_heads") or ()
                  for w in _phrase_words(str(phrase), lang))
    title_stops = _phrases(lang, stemmer, grammar.get("title_stops"))
    for phrases in (grammar.get("role_cues") or {}).values():
        for phrase in phrases or ():
            title_stops.add(str(phrase), "cue")
    # ranks are matched as written but for a glued conjunction ("واللواء"): a rank without its
    # article is the rank as a noun ("رتبة عقيد", promoted to colonel), not a person's
    ranks = _phrases(lang, Stemmer(lang, grammar.get("name_proclitics") or ()), grammar.get("ranks"))
    return Lexicon(
        lang=lang,
        stemmer=stemmer,
        syllables=syllables,
        latin=latin,
        surnames=surnames,
        # a rank before a name stands where an honorific does ("Đại tá Thạch Văn A"), and is a title too
        honorifics=PhraseUnion(_phrases(lang, stemmer, grammar.get("honorifics")), ranks),
        ranks=ranks,
        group_honorifics=_phrases(lang, stemmer, grammar.get("group_honorifics")),
        weak_honorifics=_phrases(lang, stemmer, grammar.get("weak_honorifics")),
        name_proclitics=tuple(sorted((fold_word(p, lang) for p in grammar.get("name_proclitics") or ()),
                                     key=len, reverse=True)),
        not_syllables=not_syllables,
        names_when_capitalised=frozenset(fold_word(w, lang) for w in grammar.get("names_when_capitalised") or ()),
        last_syllables=frozenset(fold_word(w, lang) for w in grammar.get("last_syllables") or ()),
        not_cues=_phrases(lang, stemmer, grammar.get("not_cues")),
        future_markers=_phrases(lang, stemmer, grammar.get("future_markers")),
        proxies=_phrases(lang, stemmer, grammar.get("proxies")),
        meeting_words=_phrases(lang, stemmer, grammar.get("meeting_words")),
        plural_markers=_phrases(lang, stemmer, grammar.get("plural_markers")),
        title_words=title_words,
        not_person_before=_phrases(lang, stemmer, grammar.get("not_person_before")),
        not_person_phrases=tuple(fold(p, lang) for p in grammar.get("not_person_phrases") or ()),
        title_order=str(grammar.get("title_order", "after")),
        title_stops=title_stops,
        conjunctions=_phrases(lang, stemmer, grammar.get("conjunctions")),
        bare_names=bool(grammar.get("bare_names", False)),
        latin_open=bool(grammar.get("latin_open", False)),
        title_touches_name=bool(grammar.get("title_touches_name", True)),
        # names are matched whole: only the text's proclitics come off ("ومحمد"), never the name's
        first_names=_phrases(lang, Stemmer(lang, ()), grammar.get("first_names")),
        latin_letters={fold_word(str(k), lang): str(v) for k, v in (grammar.get("latin_letters") or {}).items()},
        person_after=_phrases(lang, stemmer, grammar.get("person_after")),
        heads=heads,
        group_heads=_phrases(lang, stemmer, titles.get("group_heads")),
        title_parts=parts,
        any_part=any_part,
        cues=cues,
        qualifier_order=tuple(str(q) for q in (titles.get("qualifiers") or {})),
        rank_openers=frozenset(fold_word(_phrase_words(str(r), lang)[0], lang)
                               for r in grammar.get("ranks") or () if _phrase_words(str(r), lang)),
    )


def resource_path_for(lang: str, name: str) -> Path:
    """Path of one of the officials resource files of ``lang``."""
    return resource_path(AREA, lang, name)


def all_languages() -> tuple[str, ...]:
    """Languages the officials component has data for (every supported language)."""
    return SUPPORTED_LANGUAGES
