"""Places, days and bodies that look like names: a filter on the name spans of :mod:`.mentions`,
and the words around titles that tell whose a title is (:mod:`.titles`).

A run of name syllables may spell a place ("Châu Đức", "فإن دونج ناي" = "so Dong Nai", "Ντονγκ
Ναϊ"), a day ("την Κυριακή") or a body ("Đoàn Ngoại giao"). The gazetteer
(``resources/vi/places.tsv``: Vietnamese provinces, districts and communes, before and after the
2025 mergers) is matched in every language: a word of Arabic or Greek script stands for the
syllables its syllable table reads it as, so "دونج ناي" and "Ντονγκ Ναϊ" are Đồng Nai without an
Arabic or Greek gazetteer (``resources/<iso>/places.tsv`` only adds renderings the tables do not
spell). Every place is filed under its syllables' keys joined by spaces; a candidate is looked
up with the few readings of each of its words: a dict lookup, remembered per name.

A candidate is not a person when (:func:`not_a_person`):

* it is a weekday (no honorific before it);
* it is part of a body's name (``not_names``: "Đoàn Ngoại giao", "الفريق الحكومي" the government team);
* it spells a province or district, whole or after a stray common word ("فإن" + Đồng Nai), unless an
  honorific stands before it, or a role before a name of three syllables ("Chủ tịch Hồ Chí Minh");
* it ends the name of a province or district that starts a word or two before it ("Buôn Ma Thuột");
* it spells a commune and a unit word stands before it ("xã", "مقاطعة", "επαρχία", "Huyện ủy");
  a full name (a surname and two syllables or more) is never taken for a commune here, as many
  wards are named after people;
* every word of it is a title word (a title fragment is never a name).

A name that runs into a province or district ends before it (:func:`trim_place`). Around titles
(``places.yaml``): a title preposition before a body or a place keeps them in the title
(:func:`title_goes_on`), a copula gives the title after it to the subject
(:func:`copula_before_title`), and a preposition glued to a title makes it an object's
(:func:`title_is_an_object`).
"""
from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from ...resources import load_tsv, load_yaml
from .lexicon import AREA, Lexicon, PhraseSet, ascii_fold, fold_word, is_latin_word, load_lexicon
from .names import readings, syllable_key
from .text import ArticleText, NameSpan

LEVELS: tuple[str, ...] = ("province", "district", "commune")
_HONORIFIC_GAP = re.compile(r"[\s.]*")


@dataclass(frozen=True)
class Gazetteer:
    """Places of one language's texts, filed by the keys of their syllables, and the words around them."""

    lang: str
    # keys are the words joined by spaces: plain strings, which the garbage collector never visits
    by_key: dict[str, str]                    # syllable keys -> level (the highest when several)
    by_plain: dict[str, str]                  # Latin spelling without marks -> level (names written in Latin)
    unit_words: PhraseSet
    weekdays: frozenset[str]
    not_names: PhraseSet
    title_prepositions: frozenset[str]
    object_proclitics: frozenset[str]
    copulas: PhraseSet
    longest: int


def _place_keys(name: str, lang: str) -> tuple[str, ...]:
    """The key of a place as written in the gazetteer (Latin) or in the language's own renderings."""
    parts = name.replace("-", " ").split()
    if all(is_latin_word(p) for p in parts):
        return tuple(syllable_key(p) for p in parts)
    return tuple(fold_word(p, lang) for p in parts)


def _higher(a: str | None, b: str) -> str:
    return b if a is None or LEVELS.index(b) < LEVELS.index(a) else a


@functools.cache
def _source_places(source: str) -> tuple[dict[str, str], dict[str, str], tuple[tuple[str, str], ...]]:
    """The places of ``<source>/places.tsv``, read once for every language: ``(keys of the names
    written in Latin letters -> level, their plain spellings -> level, the other names and levels)``.

    A name in Latin letters has the same keys in every language (its syllables'); the others
    are keyed by the folding of the language reading them (:func:`_place_keys`).
    """
    latin_keys: dict[str, str] = {}
    plain_keys: dict[str, str] = {}
    others: list[tuple[str, str]] = []
    for row in load_tsv(AREA, source, "places.tsv"):
        level = row["level"].strip()
        if level not in LEVELS:
            raise ValueError(f"{source}/places.tsv: unknown level {level!r} for {row['name']}")
        parts = row["name"].replace("-", " ").split()
        if not all(is_latin_word(p) for p in parts):
            others.append((row["name"], level))
            continue
        key = " ".join(syllable_key(p) for p in parts)
        if key:
            latin_keys[key] = _higher(latin_keys.get(key), level)
        plain = " ".join(ascii_fold(p).lower() for p in parts)
        if plain:
            plain_keys[plain] = _higher(plain_keys.get(plain), level)
    return latin_keys, plain_keys, tuple(others)


def _merge_levels(into: dict[str, str], levels: dict[str, str]) -> None:
    """Add ``levels`` to ``into``, a key listed in both keeping the higher level."""
    if not into:
        into.update(levels)
        return
    for key, level in levels.items():
        into[key] = _higher(into.get(key), level)


@functools.cache
def load_gazetteer(lang: str) -> Gazetteer:
    """The places (``vi/places.tsv`` and the language's own renderings) and place words of ``lang``."""
    lex = load_lexicon(lang)
    by_key: dict[str, str] = {}
    by_plain: dict[str, str] = {}
    sources = ("vi", lang) if lang != "vi" else ("vi",)
    for source in sources:
        latin_keys, plain_keys, others = _source_places(source)
        _merge_levels(by_key, latin_keys)
        _merge_levels(by_plain, plain_keys)
        for name, level in others:
            key = " ".join(_place_keys(name, lang))
            if key:
                by_key[key] = _higher(by_key.get(key), level)
    data = load_yaml(AREA, lang, "places.yaml")
    unit_words = PhraseSet(lang, lex.stemmer)
    for phrase in data.get("unit_words") or ():
        unit_words.add(str(phrase), "unit")
    not_names = PhraseSet(lang, lex.stemmer)
    for phrase in data.get("not_names") or ():
        not_names.add(str(phrase), "body")
    weekdays = frozenset(fold_word(str(w), lang) for w in data.get("weekdays") or ())
    prepositions = frozenset(fold_word(str(w), lang) for w in data.get("title_prepositions") or ())
    copulas = PhraseSet(lang, lex.stemmer)
    for phrase in data.get("copulas") or ():
        copulas.add(str(phrase), "copula")
    return Gazetteer(lang, by_key, by_plain, unit_words, weekdays, not_names, prepositions,
                     frozenset(fold_word(str(w), lang) for w in data.get("object_proclitics") or ()),
                     copulas, max((k.count(" ") + 1 for k in by_key), default=0))


def _word_keys(word: str, lang: str) -> tuple[str, ...]:
    """The keys a written word may stand for: its syllable readings (or letters), its own folded form."""
    lex = load_lexicon(lang)

    def compute() -> tuple[str, ...]:
        if is_latin_word(word):
            return (syllable_key(ascii_fold(word)),)
        # a word outside the syllable tables matches only the language's own renderings ("هانوي")
        keys = {syllable_key(r.romanized) for r in readings(word, lex)}
        keys.add(fold_word(word, lang))
        return tuple(sorted(keys))

    return lex.remember("place_word_keys", word, compute)


def place_level(words: tuple[str, ...], lang: str) -> str | None:
    """The level of the place these written words spell (``None`` when they spell none); remembered
    per run of words (the same runs are asked about in every article)."""
    return load_lexicon(lang).remember("place_level", words, lambda: _place_level(words, lang))


def _place_level(words: tuple[str, ...], lang: str) -> str | None:
    gaz = load_gazetteer(lang)
    if not words or len(words) > gaz.longest:
        return None
    level = None
    if all(is_latin_word(w) for w in words):   # written in Latin: the spelling itself, marks aside
        return gaz.by_plain.get(ascii_fold(" ".join(words)).lower())
    options = [_word_keys(w, lang) for w in words]
    if all(len(o) <= 6 for o in options):
        for key in itertools.product(*options):
            found = gaz.by_key.get(" ".join(key))
            if found is not None:
                level = _higher(level, found)
    return level


def phrase_at(art: ArticleText, phrases: PhraseSet, k: int) -> int:
    """Words of the longest phrase of ``phrases`` at word ``k`` (0 if none).

    For the sets read at a few words only: the phrases a word opens are remembered per word by
    the set, so no pass over the whole article is made (as :meth:`ArticleText.at` does).
    """
    if not 0 <= k < len(art.stems):
        return 0
    stems = art.stems[k]
    # (the dict's keys test the word's few stems: ``stems.isdisjoint(exact)`` would walk every key)
    if not phrases.prefix and phrases.exact.keys().isdisjoint(stems):
        return 0   # most words open no phrase of a small set: one set lookup per stem tells
    return phrases.match(art.stems, k)[0]


def phrase_before(art: ArticleText, phrases: PhraseSet, i: int, max_len: int = 4) -> int:
    """Words of the longest phrase of ``phrases`` ending right before word ``i``, spaces between."""
    if i <= 0 or not art.inline[i]:
        return 0
    return max((n for n in range(1, min(max_len, i) + 1) if phrase_at(art, phrases, i - n) == n), default=0)


def _role_before(art: ArticleText, first: int) -> bool:
    """A role word right before the name ("Chủ tịch Hồ Chí Minh", "الرئيس ..."): a person's title."""
    roles = art.lex.title_parts.get("roles")
    return roles is not None and bool(phrase_before(art, roles, first))


def _stray(art: ArticleText, k: int) -> bool:
    """Word ``k`` is a common word read as a syllable: a weak one, or a conjunction glued to a particle
    written with letters no syllable spelling has ("فإن": "ف" + "إن", read as Phan once folded)."""
    return art.weak[k] or art.lex.remember("stray_word", art.texts[k], lambda: _stray_word(art.texts[k], art.lex))


def _stray_word(text: str, lex: Lexicon) -> bool:
    """A conjunction glued to a particle (see :func:`_stray`), whatever the word's place."""
    folded = fold_word(text, lex.lang)
    for proclitic in lex.name_proclitics:
        rest = text[len(proclitic):]
        if folded.startswith(proclitic) and fold_word(rest, lex.lang) in lex.not_syllables \
                and rest != fold_word(rest, lex.lang):
            return True
    return False


def trim_place(art: ArticleText, first: int, last: int) -> int:
    """The end of a name that runs into a place ("نجوين فان سون بينه دونغ": a name, then Bình Dương).

    A run of five or more words whose last two to four spell a province or district, with a
    full name (three words or more) before them, ends before the place; otherwise ``last`` is
    returned. Four words are a name ("Phạm Thị Thanh Thủy", though Thanh Thủy is a district).
    """
    if last - first < 5:
        return last
    words = tuple(art.texts[k][art.glued[k]:] for k in range(first, last))
    for size in range(min(4, len(words) - 3), 1, -1):
        level = place_level(words[-size:], art.lang)
        if level is not None and level != "commune":
            return last - size
    return last


def not_a_person(art: ArticleText, span: NameSpan, first: int, last: int, strong: bool) -> bool:
    """Whether the candidate name in words ``[first, last)`` is a place, a day or a body (see module doc)."""
    gaz = load_gazetteer(art.lang)
    texts, glued = art.texts, art.glued
    # (most names carry no glued proclitic: their words are the article's words as they are)
    words = tuple(texts[k][glued[k]:] for k in range(first, last)) if any(glued[first:last]) \
        else tuple(texts[first:last])
    weekday, title_words = art.lex.remember("name_words", words, lambda: _name_words(words, art.lex, gaz))
    honorific = bool(art.before(art.lex.honorifics, first, _HONORIFIC_GAP))
    if not honorific and weekday:
        return True
    for k in (first - 1, first):   # the body's name may open with the word before ("الفريق الحكومي")
        if k >= 0 and k + phrase_at(art, gaz.not_names, k) > first:
            return True
    if title_words and not honorific:
        return True
    for back in (1, 2):   # the end of a place's name ("Buôn Ma Thuột", "Bắc Từ Liêm")
        start = first - back
        if start < 0 or art.clauses[start] != art.clauses[first] \
                or not art.inline[start + 1]:
            break
        if place_level(tuple(art.texts[start:last]), art.lang) in ("province", "district"):
            return True
    # a stray common word before a place ("فإن" + Đồng Nai); a surname there opens a name ("Nguyễn Nam Định")
    stray = _stray(art, first)
    for skip in (0, 1) if stray else (0,):
        if last - first - skip < 2:
            break
        level = place_level(words[skip:], art.lang)
        if level is None:
            continue
        if level == "commune" and last - first - skip >= 3 and art.surname[first + skip] \
                and not (stray and not skip):
            continue   # "Nguyễn Văn Cừ" is a ward and a man: a full name is left to the place words before it
        if not skip and phrase_before(art, gaz.unit_words, first):
            return True
        if level != "commune" and not (strong or honorific) \
                and not (last - first - skip >= 3 and _role_before(art, first)):
            return True
    return False


def _name_words(words: tuple[str, ...], lex: Lexicon, gaz: Gazetteer) -> tuple[bool, bool]:
    """What the words of a candidate name are, wherever they stand: ``(a weekday opens them,
    every one is a title word)``."""
    return (fold_word(words[0], lex.lang) in gaz.weekdays,
            all(fold_word(w, lex.lang) in lex.title_words for w in words))


def title_goes_on(art: ArticleText, k: int) -> bool:
    """Word ``k`` (a word that ends titles) joins the title to its body or place instead.

    A title preposition ("في") followed by a body, a level, a unit word or a place of the
    gazetteer ("المكتب السياسي", "المقاطعة", "دونج ناي"): "أمينة سر لجنة الحزب في المقاطعة" is
    one title.
    """
    gaz = load_gazetteer(art.lang)
    if art.stop_len(k) != 1 or k + 1 >= len(art.texts) or art.folded_at(k) \
            not in gaz.title_prepositions or art.clauses[k + 1] != art.clauses[k]:
        return False
    parts = art.lex.title_parts
    if phrase_at(art, parts["organisations"], k + 1) or phrase_at(art, parts["levels"], k + 1) \
            or phrase_at(art, gaz.unit_words, k + 1):
        return True
    following = tuple(art.texts[j] for j in range(k + 1, min(len(art.texts), k + 1 + gaz.longest))
                      if art.clauses[j] == art.clauses[k])
    return any(place_level(following[:length], art.lang) is not None for length in range(len(following), 0, -1))


def copula_before_title(art: ArticleText, s: int, b: int) -> int:
    """Words of a copula at word ``s`` right before a title word ("ήταν Επικεφαλής", "كان عضو"), else 0."""
    length = phrase_at(art, load_gazetteer(art.lang).copulas, s)   # (most words open no copula: one set lookup)
    return length if length and s + length < b and art.head_len[s + length] else 0


def title_is_an_object(art: ArticleText, s: int) -> bool:
    """The title at word ``s`` carries a glued preposition ("لعضو الحزب"): an object, the next person's."""
    glued = art.glued_head(s)
    return bool(glued) and fold_word(art.texts[s][:glued], art.lang) in load_gazetteer(art.lang).object_proclitics
