"""Native names: Arab, Greek and Cypriot officials, read without the Vietnamese syllable tables.

The syllable tables read Vietnamese names; officials of Arab countries, Greece and Cyprus are
read here from what stands around them, with per-language data in ``resources/<iso>/native.yaml``:

* **after a title** (``title_heads``): the title's complement is passed over (Arabic: definite
  words and the nouns of bodies, "وزير المالية", "رئيس مجلس النواب"; Greek: articles, the
  words of ministries and regions, words after an article, "ο υπουργός Οικονομικών",
  "του Προέδρου της Βουλής"), then the name;
* **after an honorific or a rank** (``honorifics``: "د.", "الشيخ", "سمو", "ο κ."), several
  in a row ("سمو الشيخ");
* **in a list after a plural title** (``group_heads``: "بحضور الوزراء أ وب", "των υπουργών Α,
  Β και Γ"), items joined by commas and "و" / "και";
* **from a given name** (``given_names``) followed by more name words, and (Greek) a
  capitalised word with a surname ending after an article, or a name after a speech verb
  and an article ("δήλωσε ο Χ").

A name is 2-9 words in Arabic (particles بن / بنت / آل / أبو / عبد join the words around
them; a conjunction or preposition glued before the first word is left out: "ود. سامي" is
"سامي"), stopping at a verb, a preposition, punctuation or another title; 1-4 capitalised
words or initials ("Στ. Πέτσας") in Greek, stopping at a word in lower case. Honorifics are
never part of a name.

Gate (the home genre is untouched): a span whose words are all Vietnamese name syllables
opening with a surname is left to the syllable tables; elsewhere a native span replaces the
fragments the tables made of it. Every lookup is a set or dictionary hit on one word, and each
anchor reads a bounded window after it: the time grows with the article.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter
from typing import Any, Protocol

from ...resources import load_yaml
from .greek_names import given_name_nominative, is_given_name, nominative, romanize_greek
from .arabic_names import romanize_arabic
from .lexicon import fold_word
from .text import ArticleText, is_cased

AREA = "extractors/officials"
MAX_SKIP = 8          # words of a title's complement passed over before the name
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a\u064e-\u065f\u0670\u0671-\u06d3\u0640]+$")   # letters, harakat but no tanwin (an indefinite word is no name)
_LIST_GAP = re.compile(r"\s*[,،]\s*|\s+")
_PERSIAN = str.maketrans({"ی": "ي", "ک": "ك"})
_ADJECTIVE_END = re.compile(r"(ικοσ|ικο|ικου|ακοσ|ακο|ακου|ινοσ|ινο|ιοσ|ιο|αιοσ|αιο|ειο)$")
_STRESSED_END = re.compile(r"[άέήίόύώ]ς?$")
_FUTURE_PREFIXES = ("سي", "ست", "سن", "سا")   # "ستخصص": the future prefix before a verb
_UNKNOWN_ENDINGS = ("ه", "ون", "ين", "ات", "وا")
_CONJUNCTION_LETTERS = ("و", "ف")   # glued conjunctions ("ووزير"); ب and ل are prepositions
_PLURAL_NISBA_ENDINGS = ("يين", "يون")   # "اللبنانيين", "السوريون": people of a place or trade
_PROCLITIC_ARTICLES = ("لل", "وال", "بال", "فال", "كال", "ولل")
_DEFINITE_PREFIXES = ("ال", *_PROCLITIC_ARTICLES)


@dataclass(frozen=True)
class NativeData:
    """The words ``resources/<iso>/native.yaml`` lists, folded for lookup."""

    title_heads: frozenset[str]
    honorifics: frozenset[str]
    group_heads: frozenset[str]
    untitled_group_heads: frozenset[str]   # group heads that open a list but give its members no title
    complement: frozenset[str]
    stop: frozenset[str]
    particles: frozenset[str]
    given: frozenset[str]
    common: frozenset[str]
    common_not_before: frozenset[str]
    articles: dict[str, tuple[str, str]]
    verbs_before: frozenset[str]
    surname_endings: tuple[str, ...]
    title_honorifics: frozenset[str]
    role_cues: dict[str, str]   # folded cue word -> role
    final_letters: frozenset[str] = frozenset()   # letters a word may end with (empty: any)
    complement_links: frozenset[str] = frozenset()   # words inside a complement ("سفير X لدى Y"), as keyed
    stop_spellings: frozenset[str] = frozenset()   # the stop words as spelt (lower case, accents kept)
    all_honorifics: frozenset[str] = frozenset()   # honorifics and title honorifics
    compound_seconds: frozenset[str] = frozenset()   # second words of compound given names ("الدين")
    dual_heads: frozenset[str] = frozenset()   # dual title heads shared by two names ("وزيرا")

    @property
    def active(self) -> bool:
        """The language has native-name data (Vietnamese has none)."""
        return bool(self.title_heads)


@functools.cache
def native_data(lang: str) -> NativeData:
    """Native-name data of ``lang``, loaded and folded once per process."""
    raw: dict[str, Any] = load_yaml(AREA, lang, "native.yaml")

    def folded(key: str) -> frozenset[str]:
        return frozenset(fold_word(str(w), lang) for w in raw.get(key) or [] if str(w).strip())

    given = raw.get("given_names") or []
    return NativeData(
        title_heads=folded("title_heads"), honorifics=folded("honorifics"),
        group_heads=frozenset(" ".join(fold_word(p, lang) for p in str(w).split()) for w in raw.get("group_heads") or []),
        untitled_group_heads=frozenset(" ".join(fold_word(p, lang) for p in str(w).split())
                                       for w in raw.get("untitled_group_heads") or []),
        complement=folded("complement_words"), stop=folded("stop_words") | folded("demonyms"),
        particles=folded("particles"),
        given=frozenset(fold_word(str(w), lang) for w in given),
        common=folded("common_word_names"), common_not_before=folded("common_word_not_before"),
        articles={fold_word(k, lang): (str(v[0]), str(v[1])) for k, v in (raw.get("articles") or {}).items()},
        verbs_before=folded("verbs_before"), title_honorifics=folded("title_honorifics"),
        role_cues={fold_word(str(w), lang): role for role, cues in (raw.get("role_cues") or {}).items() for w in cues},
        surname_endings=tuple(sorted({fold_word(e, lang) for e in raw.get("surname_endings") or []}, key=len, reverse=True)),
        final_letters=frozenset(str(raw.get("final_letters") or "").lower()),
        complement_links=frozenset(str(w) for w in raw.get("complement_links") or []) | folded("complement_links"),
        stop_spellings=frozenset(str(w).lower() for w in raw.get("stop_words") or []),
        all_honorifics=folded("honorifics") | folded("title_honorifics"),
        compound_seconds=folded("compound_given_seconds"), dual_heads=folded("dual_heads"),
    )


@dataclass
class NativeSpan:
    """A native name: words ``[first, last)``, characters of a proclitic glued to the first word,
    and the case and gender the text gives it (Greek)."""

    first: int
    last: int
    glued: int = 0
    case: str = ""
    gender: str = ""
    titles: list[tuple[int, int]] = field(default_factory=list)   # character spans of the anchor title(s)
    again: bool = False   # a family name alone after a verb: a person named in full before
    surname_first: bool = False   # a name in capitals written surname first ("ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΑΝΝΗΣ")


class _Made(Protocol):
    first: int
    last: int
    strong: bool
    native: bool
    grammar: tuple[str, str]


# ---------------------------------------------------------------- Arabic

@functools.lru_cache(maxsize=200_000)
def _arabic_key(text: str) -> str:
    """A word's lookup key: folded, Persian letter forms (ی, ک) written for ي and ك read as those.

    "على" (a preposition) and "علي" (a name) fold alike: a word written with a final ى that
    folds to a stop word keeps its spelling, and only that spelling is a stop word (folded
    keys never end in ى: a key that does is such a stop word).
    """
    key = fold_word(text.translate(_PERSIAN), "ar")
    if text.endswith("ى") and key in native_data("ar").stop:
        _KEPT_SPELLINGS.add(text)
        return text
    return key


# every key _arabic_key kept as written: an article's are the ones among its keys
_KEPT_SPELLINGS: set[str] = set()


@functools.cache
def _press_parts() -> frozenset[str]:
    """Folded words of ``press_parts`` (words of names that look like a preposition and a word)."""
    return frozenset(fold_word(str(k), "ar") for k in load_yaml(AREA, "ar", "native.yaml").get("press_parts") or {})


@dataclass(frozen=True)
class _ArabicSets:
    title_words: frozenset[str]
    known: frozenset[str]
    stop: frozenset[str]              # the stop words that are not given names
    after_conjunction: frozenset[str]  # what may follow a glued conjunction: known, stop words, verbs
    anchors: frozenset[str]           # the single words that may anchor a name
    group_firsts: frozenset[str]      # the first words of the group heads of several words


@functools.cache
def _arabic_sets() -> _ArabicSets:
    """The unions of native word lists the Arabic reader looks words up in, built once."""
    data = native_data("ar")
    group_words = frozenset(w for phrase in data.group_heads for w in phrase.split())
    known = data.title_heads | data.honorifics | data.given | data.complement | data.particles | group_words
    stop = data.stop - data.given
    return _ArabicSets(title_words=data.title_heads | data.honorifics | data.complement, known=known,
                       stop=stop, after_conjunction=known | stop | data.verbs_before,
                       anchors=data.group_heads | data.title_heads | data.honorifics | data.verbs_before | data.given,
                       group_firsts=frozenset(phrase.split(" ", 1)[0] for phrase in data.group_heads if " " in phrase))


@functools.lru_cache(maxsize=200_000)
def _strip_key(key: str, lists: bool) -> tuple[int, str]:
    """:meth:`_ArabicReader.stripped` of a key (see there), worked out once per key."""
    sets = _arabic_sets()
    if key in sets.known or key in sets.stop or key.endswith("ى"):   # (a word keeping its ى is a stop word)
        return 0, key
    for p in ("و", "ف", "ب", "ل"):
        if key.startswith(p) and len(key) > 1:
            rest = key[1:]
            if rest.startswith("ل") and p in "لب" and not rest.startswith("ال"):
                rest = "ا" + rest   # "للشوون" -> "الشوون"
            # a preposition (ب, ل) only before a title word ("لوزير"): "لجان" is committees
            known = sets.after_conjunction if p in "وف" else sets.title_words
            if rest in known or (lists and p == "و" and len(rest) > 2) \
                    or p in "لب" and len(rest) >= 4 and rest in native_data("ar").given:
                return 1, rest
    return 0, key


@functools.lru_cache(maxsize=200_000)
def _may_open_arabic(key: str) -> bool:
    """A key whose word may anchor a name in :meth:`_ArabicReader.spans` (a group or single title,
    an honorific, a nationality, a speech verb, a given name); others are passed over."""
    d = native_data("ar")
    stripped = _strip_key(key, False)[1]
    nationality = len(stripped) >= 5 and stripped.startswith(("ال", *_PROCLITIC_ARTICLES)) \
        and stripped.endswith(("ي", "يه"))
    return (stripped in _arabic_sets().anchors or nationality or _glued_title_head(stripped)
            or any(phrase.startswith(stripped + " ") for phrase in d.group_heads))


def _glued_title_head(key: str) -> bool:
    """A title head with a preposition glued to it that is kept whole as a complement word
    ("لرئيس": "مستشار لرئيس الجمهورية"); standing on its own it opens a title ("بيان لرئيس الوزراء X")."""
    return key[:1] in ("ل", "ب") and key[1:] in native_data("ar").title_heads


def _arabic_word(text: str) -> tuple[str, bool, tuple[int, str], bool]:
    """A word's :func:`_arabic_key`, whether it may anchor a name (:func:`_may_open_arabic`),
    the key stripped outside lists (:func:`_strip_key`) and whether it is written in Arabic
    letters only (:data:`_ARABIC_WORD`: only such a word is part of a name)."""
    key = _arabic_key(text)
    return key, _may_open_arabic(key), _strip_key(key, False), _ARABIC_WORD.match(text) is not None


_KEY, _MAY_OPEN, _STRIPPED, _LETTERS = itemgetter(0), itemgetter(1), itemgetter(2), 3


@functools.lru_cache(maxsize=1024)
def _stop_words_with(kept: frozenset[str]) -> frozenset[str]:
    """The stop words and an article's kept spellings (the same few recur: "على", "إلى")."""
    return _arabic_sets().stop | kept


class _ArabicReader:
    def __init__(self, art: ArticleText, data: NativeData, relaxed: bool = False) -> None:
        self.art = art
        self.data = data
        self.relaxed = relaxed
        self.words = art.native_words   # (see word_facts)
        self.keys = art.native_column(0)   # (_KEY of each word's facts: see _arabic_key)
        self.opens = art.native_column(1)   # (_MAY_OPEN of each word's facts)
        sets = _arabic_sets()
        kept = _KEPT_SPELLINGS.intersection(self.keys)
        self.stop = _stop_words_with(frozenset(kept)) if kept else sets.stop
        self.parts = _press_parts()
        self.title_words = sets.title_words
        self.title_honorifics = data.title_honorifics
        self.known = sets.known
        self.group_firsts = sets.group_firsts

    def stripped(self, k: int, lists: bool = False) -> tuple[int, str]:
        """The word's key without a glued conjunction or preposition when the rest is a known word
        (any rest in a list: "وسامر")."""
        return _strip_key(self.keys[k], True) if lists else self.words[k][2]

    def definite(self, key: str) -> bool:
        """A word with the article, maybe after a proclitic ("الشوون", "للشوون", "والاستثمار")."""
        return len(key) > 3 and key.startswith(_DEFINITE_PREFIXES)

    def inline(self, k: int) -> bool:
        return k < len(self.art.texts) and self.art.sentences[k] == self.art.sentences[k - 1] \
            and self.art.inline[k]

    def dual_second(self, k: int) -> NativeSpan | None:
        """After the first name of a dual title ("وزيرا الإعلام جمال الجراح"), word ``k`` glued to
        "و" opens the second holder's complement ("والدولة لشؤون الاستثمار عادل افيوني"): the
        second name, with that complement as written for its title."""
        n = len(self.keys)
        key = self.keys[k] if k < n else ""
        if k >= n or not self.inline(k) or key[:1] != "و" or not self.complement_word(key[1:]):
            return None
        j = self.after_anchor(k, 1, complement=True)
        if j is None:
            return None
        span = self.name(j, need_given=False, single_ok=True, titled=True)
        if span is not None:
            span.titles = [(self.art.starts[k] + 1, self.art.ends[j - 1])]
        return span

    def title_after(self, k: int) -> bool:
        """Word ``k`` opens a name of two or three words followed by a comma and a title head:
        a given name that is also a common word is a name there ("أن عزيز أخنوش، رئيس الحكومة")."""
        n = len(self.keys)
        j = k + 1
        while j < n and j - k <= 3 and self.inline(j):
            j += 1
        if j - k < 2 or j >= n or self.art.gaps[j].strip() not in (",", "،") \
                or self.art.sentences[j] != self.art.sentences[k]:
            return False
        return self.stripped(j)[1] in self.data.title_heads

    def son_of_next(self, k: int) -> bool:
        """Word ``k`` is followed by "بن" and a given name: a given name that is also a common word
        ("حسن", "علي") opens a lineage name ("حسن بن عبدالله بن غانم")."""
        n = len(self.keys)
        return k + 2 < n and self.inline(k + 1) and self.inline(k + 2) \
            and self.keys[k + 1] in _LINEAGE_WORDS and self.stripped(k + 2)[1] in self.data.given

    def after_verb(self, k: int) -> bool:
        """Word ``k`` follows a verb of saying in its clause: a nationality word there is the
        country that speaks ("أعلنت السعودية ..."), not an adjective before a person's name."""
        if k == 0 or not self.inline(k):
            return False
        key = self.stripped(k - 1)[1]
        verbs = self.data.verbs_before
        return key in verbs or key.endswith("ت") and key[:-1] in verbs   # (its feminine: أعلنت)

    def after_place(self, k: int) -> bool:
        """Word ``k`` follows a place word in its clause: a nationality word there describes the
        place ("العاصمة الإسبانية مدريد"), and the name after it is the place's."""
        if k == 0 or not self.inline(k):
            return False
        places = _place_words(self.art.lang)
        return self.stripped(k - 1)[1] in places or self.art.folded_at(k - 1) in places

    def bad_first(self, key: str) -> bool:
        d = self.data
        return (key in self.stop or key in d.title_heads or key in d.honorifics or key in d.complement
                or key in d.group_heads or key in d.particles and key not in ("عبد", "ابو")
                or (self.definite(key) and key not in d.given) or len(key) < 2)

    def name(self, j: int, need_given: bool, lists: bool = False, single_ok: bool = False,
             allow_unknown: bool = False, titled: bool = False) -> NativeSpan | None:
        """The name starting at word ``j`` (see module doc), or None.

        ``single_ok``: one word is a name when a clause ends after it ("وقال ليبرمان إن");
        ``allow_unknown``: outside the home genre, a list item may open outside the tables.
        """
        art, d = self.art, self.data
        facts = self.words
        n = len(facts)
        if j >= n or not facts[j][_LETTERS]:
            return None
        glued, key = _strip_key(self.keys[j], True) if lists else facts[j][2]
        anchored_unknown = self.relaxed and (not need_given and not lists or allow_unknown)
        if key not in d.given and key not in ("عبد", "ابو") and not anchored_unknown:
            return None   # a name opens with a given name of the tables (or عبد / أبو)
        if self.bad_first(key):
            return None
        if key not in d.given and (key.startswith("ي") and len(key) >= 4 or key.startswith("ت") and len(key) >= 5):
            return None   # an imperfect verb ("يستعرض")
        unknown = key not in d.given and key not in d.particles
        if unknown and _VERBAL_NOUN_IV.match(key):
            return None   # "وزيرة إعداد التراب الوطني": a verbal noun (إعداد, إنتاج) opens a complement
        if unknown and not glued and (key.startswith("و") or key[:2] in _FUTURE_PREFIXES
                                      or key.endswith(_UNKNOWN_ENDINGS)):
            return None   # a conjunction or future prefix ("ودعمنا", "ستخصص"); a feminine or plural noun
        if need_given and key in d.common and not self.son_of_next(j) and not self.title_after(j):
            return None   # a given name that is also a common word needs a title before it (or a lineage)
        if key in d.common and j + 1 < n and self.keys[j + 1] in d.common_not_before:
            return None   # "صباح اليوم": this morning, not a man named Sabah
        if not glued and key.startswith(("ب", "ل", "ف", "ك")) and key not in d.given and key not in self.parts \
                and (key[1:].startswith(("ا", "ت", "م", "ل")) or len(key) < 5 or not self.relaxed):
            return None   # "بتغيير", "لاستخدامها": a preposition before a verbal noun, not "ليبرمان"
        if not glued and key[:1] in ("ب", "ل") and key[1:] in self.stop:
            return None   # "لجميع", "لفيتنام": a preposition before a word that is never a name's
        k, words, open_particle, definites = j + 1, 1, key in d.particles, 0
        after_abd = key == "عبد"
        lineage = False   # the name is written with "بن" (Gulf names: generations, family, tribe)
        while k < n and words < 9 and self.inline(k):   # Gulf names: four generations, family, nisba
            kk = self.keys[k]
            family_honorific = kk in d.honorifics and self.definite(kk) and kk not in d.title_heads \
                and self.clause_ends(k + 1)   # "رازي الحاج،": a family name that is also an honorific
            if open_particle and facts[k][_LETTERS] and not kk.startswith("و"):
                open_particle = after_abd = kk == "عبد"   # "آل ثاني", "بن علي": the word after a particle is the name's
                k += 1
                words += 1
                continue
            if not facts[k][_LETTERS] or kk in self.stop or kk in d.title_heads \
                    or kk in d.honorifics and not family_honorific or kk in d.group_heads or kk in d.complement \
                    or kk in d.role_cues or kk.startswith(_PROCLITIC_ARTICLES):
                break   # a cue word ("كلمة") or a word with a preposition and the article ("بالقرار")
            if kk.startswith("و") and kk not in d.given and kk not in self.parts \
                    or kk.startswith("ف") and (kk[1:] in self.known or kk[1:] in self.stop):
                break   # "وسامي", "وحضور": the next item of a list or clause ("فيشر" is a name)
            if kk not in d.given and not open_particle and (
                    kk.startswith("ي") and len(kk) >= 4 or kk.startswith("ت") and len(kk) >= 5
                    or kk.startswith("ا") and kk.endswith("ا") and len(kk) >= 5):
                break   # an imperfect verb ("يستعرض"), a verbal noun in the accusative ("اجتماعا")
            if kk in d.particles:
                lineage = lineage or kk in _LINEAGE_WORDS
                k += 1
                words += 1
                open_particle = not self.definite(kk)
                after_abd = kk == "عبد"
                continue
            if kk[:1] in ("ب", "ل") and kk[1:2] in ("م", "ت") and len(kk) >= 5 and kk not in d.given \
                    and kk not in self.parts and not open_particle:
                break   # "بمناسبة", "لتعزيز": a preposition before a noun ends the name
            if not self.definite(kk) and kk.endswith("ات") and len(kk) >= 6 and kk not in d.given \
                    and k + 1 < n and self.inline(k + 1) and self.definite(self.keys[k + 1]):
                break   # "علي حسن خليل مقررات الجلسة": a plural noun before a definite one is an object
            if self.definite(kk) and kk.endswith(_PLURAL_NISBA_ENDINGS):
                break   # "ميشال عون اللبنانيين": a plural of relation is the verb's object, no family name
            if k == j + 1 and kk in d.compound_seconds:
                k += 1   # "فاطمة الزهراء", "نور الدين": the given name is two words
                words += 1
                continue
            if definites and not after_abd and not (lineage and definites == 1 and kk.endswith("ي")
                                                   and self.clause_ends(k + 1)):
                break   # the family name with the article ends the name ("الحبيني لعدم"); a lineage
                #         ends on its tribe after a grandfather's name ("... بن أحمد الحسن المهندي.")
            if self.definite(kk) and not after_abd:
                definites += 1
            open_particle = after_abd = False
            k += 1
            words += 1
        while k > j + 1 and self.keys[k - 1] in d.particles and not self.definite(self.keys[k - 1]):
            k -= 1
        if k - j < 2 and not (single_ok and self.relaxed and self.single_name(key) and self.clause_ends(k)):
            return None
        if unknown and (k - j > 3 or definites and not titled):
            return None   # a name opening outside the tables after a nationality: 2-3 words, no article
        return NativeSpan(j, k, glued)

    def complement_word(self, key: str) -> bool:
        """A word of a title's complement: bodies, words with the article, nouns in -a ("رئاسة")."""
        d = self.data
        return key in d.complement or key not in d.given and (
            self.definite(key) or key.endswith("ه") and len(key) > 3 or verbal_noun(key))

    def family_name_again(self, j: int, found: Sequence[NativeSpan]) -> NativeSpan | None:
        """Word ``j`` alone when it is the family name, with its article, that ends a name of
        several words read earlier ("أنور المضف ... وصرح المضف"): the same person again."""
        key = self.keys[j]
        if not self.definite(key) or len(key) < 5 or not self.clause_ends(j + 1) and self.inline(j + 1) \
                and self.keys[j + 1] not in self.stop:
            return None
        if any(span.last - span.first >= 2 and self.keys[span.last - 1] == key for span in found):
            return NativeSpan(j, j + 1, again=True)
        return None

    def single_name(self, key: str) -> bool:
        """A word that may be a name on its own: listed, or long enough and not shaped like a
        verb ("ارتفع", "أسفرت"), an adverb or object in the accusative ("ابتداء", "عسكريا")."""
        if key in self.data.given or key in self.parts:
            return True
        return len(key) >= 4 and not key.endswith(("ا", "ت", "ه", "ء")) and not key.startswith(("ا", "أ", "إ"))

    def anchor_titles(self, k: int, glued: int, j: int) -> list[tuple[int, int]]:
        """The title(s) written in words ``[k, j)`` before a name: honorifics left out, except those
        that are titles ("الأمير", "الملك", "النائب"); two positions in a row are two titles
        ("وزيرة المالية وزيرة الدولة ...": a title word after a word with the article)."""
        art, d = self.art, self.data
        starts, ends = art.starts, art.ends
        out: list[tuple[int, int]] = []
        start = -1
        after_honorific = False   # what follows an honorific is its rank ("الفريق أول") or another honorific
        for i in range(k, j):
            key = self.stripped(i)[1]
            offset = starts[i] + (glued if i == k else 0)
            if key in d.honorifics and not (key in d.title_heads and start < 0 and i == k and i + 1 < j):
                if start >= 0:
                    out.append((start, ends[i - 1]))
                    start = -1
                if key in self.title_honorifics and not (i == k and glued):   # "للملك": not "لملك"
                    out.append((offset, ends[i]))
                after_honorific = True
                continue
            if after_honorific:
                continue
            if start >= 0 and key in d.title_heads and self.definite(self.keys[i - 1]):
                out.append((start, ends[i - 1]))
                start = -1
            if start < 0:
                start = offset
        if start >= 0:
            out.append((start, ends[j - 1]))
        return out

    def clause_ends(self, k: int) -> bool:
        """Nothing of the name's clause follows word ``k - 1``: punctuation, the end, a stop word
        or a conjunction ("ليبرمان، ", "مبارك وهو", "ليبرمان إن")."""
        if k >= len(self.art.texts) or not self.inline(k):
            return True
        key = self.keys[k]
        return key in self.stop or key.startswith("و") and len(key) > 2

    def after_anchor(self, k: int, length: int, complement: bool) -> int | None:
        """The first word after an anchor and its complement (titles) or honorific chain, or None."""
        art, d = self.art, self.data
        n = len(art.texts)
        j = k + length
        for _ in range(MAX_SKIP):
            if j >= n or art.sentences[j] != art.sentences[k]:
                return None
            if not art.inline[j]:   # (an inline gap is no full stop and no comma)
                gap = art.gaps[j]
                abbreviation = len(self.stripped(j - 1)[1]) == 1 and gap.strip() == "."   # "د. سامي", "ود. سامي"
                # "الرئيس الجزائري، عبد المجيد تبون" (not "X، وزير ...، ومحسن Y": the next item of a list)
                comma = j > k + length and gap.strip() in (",", "،") \
                    and not (self.stripped(j)[0] and self.keys[j][:1] in _CONJUNCTION_LETTERS)
                # "رئيس التحرير: جابر سالم الحرمي" (a masthead); after a colon a quote may open too,
                # so only a given name that is no common word is a name there
                colon = j > k + length and gap.strip() == ":" and self.stripped(j)[1] in d.given \
                    and self.stripped(j)[1] not in d.common
                if comma or colon:
                    return j
                if not abbreviation:
                    return None
            glued, key = self.stripped(j)
            if glued:
                return None
            if complement and j > k + length and key in d.complement_links and j + 1 < n \
                    and self.inline(j + 1):
                j += 1   # "سفير فرنسا لدى لبنان X": the complement goes on
                continue
            if key in d.honorifics or key in d.title_heads and complement:
                j += 1
                continue
            if complement and self.complement_word(key):
                j += 1
                continue
            return j
        return None

    def spans(self) -> list[NativeSpan]:
        art, d = self.art, self.data
        found: list[NativeSpan] = []
        taken = -1
        n = len(art.texts)
        opens = self.opens
        if n and "" in d.group_heads:
            opens[-1] = True
        words, keys, group_firsts = self.words, self.keys, self.group_firsts
        for k in compress(range(n), opens):   # the words that may anchor a name (the rest open nothing)
            if k < taken:
                continue
            glued, key = words[k][2]   # (self.stripped(k))
            if not glued and _glued_title_head(key) and key not in d.title_heads:
                glued, key = 1, key[1:]   # "بيان لرئيس الوزراء X" (not inside a title: see _glued_title_head)
            if k + 1 >= n:
                two = ""
            elif key in group_firsts:
                two = key + " " + keys[k + 1]
            else:
                two = None   # no group head of two words opens with this word
            span = None
            if two in d.group_heads or key in d.group_heads:
                span = self.read_list(k + (2 if two in d.group_heads else 1), k + (1 if two in d.group_heads else 0))
                if span and (two if two in d.group_heads else key) in d.untitled_group_heads:
                    for member in span:   # "كل من: أ، ب": each of them, with no title
                        member.titles = []
                if span:
                    found.extend(span)
                    taken = span[-1].last
                continue
            if key in d.title_heads or key in d.honorifics:
                j = self.after_anchor(k, 1, complement=key in d.title_heads)
                if j is not None:
                    span = self.name(j, need_given=False, single_ok=True, titled=True)
                    if span is not None:
                        span.titles = self.anchor_titles(k, glued, span.first)
                        honorific_at = next((i for i in range(k + 1, span.first)
                                             if self.stripped(i)[1] in d.honorifics), -1)
                        if found and found[-1].last == k and self.inline(k) and honorific_at > 0 \
                                and self.stripped(honorific_at)[1] not in d.title_honorifics:
                            # "تميم بن حمد آل ثاني أمير البلاد سعادة السفير X": the title before the
                            # honorifics closes the name before it (not before a title honorific:
                            # "الملك X ولي العهد الأمير Y" is the crown prince Y)
                            cut = art.starts[honorific_at]
                            found[-1].titles = [*found[-1].titles, *(t for t in span.titles if t[1] <= cut)]
                            span.titles = [t for t in span.titles if t[0] >= cut]
            elif len(key) >= 5 and key.startswith(_DEFINITE_PREFIXES) and key.endswith(("ي", "يه")) \
                    and key not in self.stop and not self.after_verb(k) and not self.after_place(k):
                # (a definite word: see definite)
                if k + 1 < n and (self.relaxed and _is_nationality(key) or self.stripped(k + 1)[1] in d.given
                                  or self.stripped(k + 1)[1] in ("عبد", "ابو")) and self.inline(k + 1) \
                        and words[k + 1][_LETTERS] and not self.bad_first(words[k + 1][2][1]):
                    # "الروسية ماريا ...": a nationality (of the grammar's list: any name after it outside the home genre;
                    # in it, only a given name, or عبد / أبو, opens one: see name, whose first
                    # tests, on the word alone, are made here: most words after a nationality fail them)
                    span = self.name(k + 1, need_given=not self.relaxed, single_ok=True)
            elif key in d.verbs_before and self.relaxed:
                if self.inline(k + 1) if k + 1 < n else False:
                    span = self.name(k + 1, need_given=False, single_ok=True) \
                        or self.family_name_again(k + 1, found)   # "وقال ليبرمان إن", "وصرح المضف"
            elif key in d.given and (key not in d.common or self.son_of_next(k) or self.title_after(k)) \
                    and (k == 0 or not self.inline(k)
                                                             or self.keys[k - 1] not in d.particles):
                span = self.name(k, need_given=True)
            dual = key in d.dual_heads and span is not None
            while span is not None:
                found.append(span)
                taken = span.last
                # "أ وب": a second name joined by "و" (outside the home genre)
                nxt = span.last
                span = None
                if dual:   # "وزيرا الإعلام X والدولة لشؤون ... Y": the second of two ministers
                    dual = False
                    span = self.dual_second(nxt)
                    if span is not None:
                        continue
                if self.relaxed and nxt < n and self.inline(nxt) and self.keys[nxt].startswith("و") \
                        and len(self.keys[nxt]) > 3:
                    span = self.name(nxt, need_given=False, lists=True)
        self.add_trailing_titles(found)
        return found

    def add_trailing_titles(self, found: list[NativeSpan]) -> None:
        """A title written right after a name ("نورة الفصام وزيرة الدولة للشؤون الاقتصادية") is the
        name's, unless it is the title another name was read after."""
        anchors = sorted((s, e) for span in found for s, e in span.titles)
        starts = [s for s, _ in anchors]
        art, d = self.art, self.data
        n = len(art.texts)
        for span in found:
            k = span.last
            if k >= n or not (self.inline(k) or art.gaps[k].strip() in (",", "،")):
                continue
            glued, key = self.stripped(k)
            if glued or key not in d.title_heads or key in d.honorifics and key not in d.title_heads:
                continue
            for first, last in self._title_chain(k):
                s, e = art.starts[first], art.ends[last - 1]
                i = bisect_left(starts, s)
                if any(a < e and s < b for a, b in anchors[max(0, i - 1):i + 2]):
                    break   # the title of the next name
                span.titles = [*span.titles, (s, e)]

    def _title_chain(self, k: int) -> list[tuple[int, int]]:
        """The titles written one after another from word ``k`` (a title head), as word ranges:
        "نائب رئيس الدولة رئيس مجلس الوزراء" is two. A title runs over its complement (definite
        words, body nouns); a title head right after another head belongs to it ("نائب رئيس"),
        one after a complement opens the next title."""
        art, d = self.art, self.data
        n = len(art.texts)
        chain: list[tuple[int, int]] = []
        first, j, after_head = k, k + 1, True
        title_stops = art.stops   # (a stop inside a body's name is the body's: "ديوان الرئاسة")
        while j < n and j - first < MAX_SKIP and self.inline(j):
            kk = self.keys[j]
            if title_stops[j]:
                break   # "وزيرة المالية والوفد المرافق": the delegation is no part of the title
            if _glued_honorific(art, j, kk, d):
                break   # "المدير العام للمؤسسة والسيد X": the next person of a list
            if kk in d.title_heads and kk not in d.honorifics:
                if not after_head:
                    chain.append((first, j))
                    first = j
                after_head = True
                j += 1
            elif self.complement_word(kk):
                after_head = False
                j += 1
            else:
                break
        chain.append((first, j))
        return chain

    def read_list(self, j: int, head_first: int) -> list[NativeSpan]:
        """Names after a plural title (words ``[head_first, j)``): "النواب: أ، ب وج"."""
        art = self.art
        out: list[NativeSpan] = []
        n = len(art.texts)
        if j < n and re.fullmatch(r"\s*:?\s*", art.gaps[j]) is None:
            return out
        head = (art.starts[head_first], art.ends[j - 1])
        if j < n and ":" not in art.gaps[j]:
            # "والسادة النواب من أعضاء اللجنة: أ، ب": a qualifier, then the colon
            for i in range(j + 1, min(n, j + 8)):
                if art.sentences[i] != art.sentences[j] or re.search(r"[,،.]", art.gaps[i]):
                    break
                if ":" in art.gaps[i]:
                    j = i
                    break
        while j < n and len(out) < 40:
            span = self.name(j, need_given=False, lists=bool(out))
            if span is None:
                break
            span.titles = [head]   # "السادة النواب: ..." every member is one of "النواب"
            out.append(span)
            j = span.last
            if j >= n or art.sentences[j] != art.sentences[span.first] \
                    or _LIST_GAP.fullmatch(art.gaps[j]) is None:
                break
            if not re.search(r"[,،]", art.gaps[j]) and not self.keys[j].startswith("و"):
                break
        return out


# ---------------------------------------------------------------- Greek

@functools.lru_cache(maxsize=200_000)
def _capitalised_greek(t: str) -> bool:
    """A word written with a capital, not all in capitals, not opening with a Latin letter."""
    return is_cased(t[0]) and t[0].isupper() and not (len(t) > 1 and t.isupper()) \
        and not ("a" <= t[0].lower() <= "z")


@functools.lru_cache(maxsize=200_000)
def _greek_name_opener(text: str) -> bool:
    """A capitalised word :meth:`_GreekReader.spans` may read a name from without an anchor
    before it (a given name, or surname-shaped): worked out once per word."""
    return _capitalised_greek(text) and (is_given_name(text) or _surname_shaped_greek(text))


@functools.cache
def _greek_anchors() -> frozenset[str]:
    """The words a Greek name may be read after: group and single titles, honorifics, speech verbs."""
    d = native_data("el")
    return d.group_heads | d.title_heads | d.honorifics | d.verbs_before


@functools.lru_cache(maxsize=200_000)
def _surname_shaped_greek(text: str) -> bool:
    """A word with a surname ending, not stressed on it, outside the complement words (the
    capital is tested by the caller): worked out once per word."""
    key = fold_word(text, "el")
    data = native_data("el")
    return key.endswith(data.surname_endings) and len(key) > 5 and not _STRESSED_END.search(text) \
        and key not in data.complement


def _greek_word(text: str, lang: str) -> tuple[bool, bool, bool]:
    """What :class:`_GreekReader` asks of a word alone: capitalised (:func:`_capitalised_greek`);
    a given name, a surname (:func:`_greek_name_opener`) or an anchor (:func:`_greek_anchors`);
    an article."""
    key = fold_word(text, lang)   # (the reader's keys: the words folded for the article's language)
    return _capitalised_greek(text), _greek_name_opener(text) or key in _greek_anchors(), \
        key in native_data(lang).articles


_CAPITALISED, _OPENS_NAME, _IS_ARTICLE = itemgetter(0), itemgetter(1), itemgetter(2)


@functools.lru_cache(maxsize=4096)
def _greek_stop_word(text: str) -> bool:
    """A word whose folded form is a stop word; where that form is also a given name's, the
    accent decides: "Χριστός" (Christ) is a stop word, "Χρίστος" and "Χρίστου" (a Cypriot given
    name and surname) are not. A word written without its accent (capitals) stays a stop word."""
    if not is_given_name(text):
        return True
    return text.lower() in native_data("el").stop_spellings \
        or not _STRESS_MARKS.intersection(unicodedata.normalize("NFD", text))


_STRESS_MARKS = frozenset("\u0301\u0344")   # acute (tonos) and dialytika-tonos, decomposed


class _GreekReader:
    def __init__(self, art: ArticleText, data: NativeData, relaxed: bool = False) -> None:
        self.art = art
        self.data = data
        self.relaxed = relaxed
        self.keys = art.folded   # the words folded for Greek (the article's language)
        self.words = art.native_words   # (see word_facts)
        self.caps = art.native_column(0)   # (_CAPITALISED of each word's facts)
        self.capitals_names = set(self._names_in_capitals())
        for k in self.capitals_names:
            self.caps[k] = self.caps[k + 1] = True

    def _names_in_capitals(self) -> list[int]:
        """Words opening a name written in capitals ("ΕΥΑΓΓΕΛΟΣ ΛΑΜΠΡΟΠΟΥΛΟΣ" under a signature,
        "ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΑΝΝΗΣ" in a list): two words in capitals on one line, exactly one of them a
        given name (where both may be, "ΝΙΚΟΛΑΟΥ ΜΑΡΙΑ", which is the surname is not known). Other
        words in capitals are acronyms and headlines, as before."""
        art = self.art
        texts, n = art.texts, len(art.texts)
        found = []
        # (words in capitals are few: only they are looked at)
        for k in compress(range(n - 1), map(str.isupper, texts)):
            a, b = texts[k], texts[k + 1]
            if len(a) >= 3 and len(b) >= 3 and b.isupper() and a.isalpha() and b.isalpha() \
                    and is_cased(a[0]) and not ("A" <= a[0] <= "Z") and not ("A" <= b[0] <= "Z") \
                    and art.inline[k + 1] and is_given_name(a) != is_given_name(b) \
                    and self.keys[k] not in self.data.stop and self.keys[k + 1] not in self.data.stop:
                found.append(k)
        return found

    def written_surname_first(self, k: int) -> bool:
        """Of a name in capitals at words ``k, k + 1``: the given name is second ("ΣΠΑΝΟΣ ΑΘΑΝΑΣΙΟΣ"),
        or the first is a man's given name in the genitive, which as a first word is a surname
        ("ΠΕΤΡΟΥ ΡΗΓΑΣ")."""
        first, second = self.art.texts[k], self.art.texts[k + 1]
        given = given_name_nominative(first)
        folded = fold_word(first, "el")
        # (a man's given name in the genitive is a surname: "Πέτρου"; "ΕΛΕΝΗΣ ΣΒΟΡΩΝΟΥ" is "of Eleni")
        return is_given_name(second) or given is not None and fold_word(given, "el") != folded \
            and folded.endswith("ου")

    def signature_below(self, j: int) -> bool:
        """Word ``j`` opens a line that holds only a name in capitals (a signature)."""
        art = self.art
        n = len(art.texts)
        return j in self.capitals_names and "\n" in art.gaps[j] \
            and (j + 2 >= n or "\n" in art.gaps[j + 2] or not art.gaps[j + 2].strip(" .,"))

    def capitalised(self, k: int) -> bool:
        return self.caps[k]

    def initial(self, k: int) -> bool:
        t = self.art.texts[k]
        n = len(self.art.texts)
        return 1 <= len(t) <= 3 and t[0].isupper() and k + 1 < n and self.art.gaps[k + 1].startswith(".")

    def initial_after_honorific(self, k: int) -> bool:
        """"κ. Κ. Κούτουκας": a capital initial spelt like the honorific right before it is the
        name's initial (two honorifics in a row are written "κ.κ.")."""
        return k > 0 and self.initial(k) and (self.keys[k - 1] in self.data.honorifics
                                              or self._title_head_before(k))

    def _title_head_before(self, k: int) -> bool:
        """"στη Δήμαρχο Κ. Μαϊχόσογλου": right after a title head, a capital initial (the honorific
        is written lower case there, "ο Δήμαρχος κ. Ζορμπάς") opens the name."""
        return self.art.texts[k][:1].isupper() and self.keys[k - 1] in self.data.title_heads \
            and self.art.inline[k]

    def surname_shaped(self, k: int) -> bool:
        """A capitalised word with a surname ending, stressed before its last syllable
        ("Πιερρακάκης"; not "Επαρχιακής", an adjective stressed on its ending)."""
        return self.caps[k] and _surname_shaped_greek(self.art.texts[k])

    def name_word(self, k: int) -> bool:
        d = self.data
        key = self.keys[k]
        return (self.capitalised(k) or self.initial(k)) and key not in d.complement and key not in d.title_heads \
            and not _HAS_DIGIT.search(self.art.texts[k]) \
            and (key not in d.honorifics or self.initial_after_honorific(k)) \
            and (key not in d.stop or not _greek_stop_word(self.art.texts[k])) \
            and key not in d.articles \
            and key not in d.group_heads and not self.art.at(self.art.lex.not_person_before)[k]

    def name(self, j: int) -> NativeSpan | None:
        art = self.art
        n = len(art.texts)
        if j >= n or not self.name_word(j):
            return None
        k = j + 1
        while k < n and k - j < 4 and art.sentences[k] == art.sentences[j]:
            gap = art.gaps[k]
            after_initial = self.initial(k - 1) and gap.startswith(".")
            if not (art.inline[k] or gap == "-" or after_initial and gap.strip() == "."):
                break
            if k - j >= 2 and is_given_name(art.texts[k]) and is_given_name(art.texts[j]):
                break   # "Δημήτρης Δημητρίου Ευανθία Σάββα": a given name after a full name opens the next one
            if self.name_word(k):
                k += 1
            elif self.keys[k] in self.data.particles:
                after = k + 1   # "φον ντερ Λάιεν": one or two particles before the next name word
                if after < n and self.keys[after] in self.data.particles and art.inline[after]:
                    after += 1
                if after < n and art.inline[after] and self.name_word(after):
                    k = after + 1
                else:
                    break
            else:
                break
        if self.initial(k - 1):   # an initial ends nothing: "Γ." alone is no name
            k -= 1
        if all(self.initial(i) or len(self.keys[i]) < 2 for i in range(j, k)):
            return None   # initials alone ("Κ.Υ.Α.", an abbreviation's letters) are no name
        if k <= j or k == j + 1 and is_given_name(art.texts[j]):
            return None   # a given name alone is no official's name ("Γεωργίας" is also "of agriculture")
        return NativeSpan(j, k)

    def inner_genitive_head(self, k: int, first: int) -> int | None:
        """A title head in the genitive inside the title opened at word ``k`` when the name at
        ``first`` is in the genitive too: "σύμβουλος του Περιφερειάρχη Γιώργου Χατζημάρκου" names
        the governor (the name agrees with "του Περιφερειάρχη"), whose adviser is someone else;
        "ο σύμβουλος του Πρωθυπουργού Γιάννης Χ." names the adviser (the name agrees with "ο")."""
        d, folded = self.data, self.keys[first]
        given = given_name_nominative(self.art.texts[first])
        if given is None or fold_word(given, "el") == folded or not folded.endswith(("ου", "ας", "ης")):
            return None   # the name is no given name written in the genitive
        for h in range(first - 1, k, -1):
            if self.keys[h] in d.title_heads and self.grammar_before(h)[0] == "gen":
                return h
        return None

    def grammar_before(self, k: int) -> tuple[str, str]:
        """Case and gender of the article right before word ``k`` (or "", "")."""
        if k > 0:
            hit = self.data.articles.get(self.keys[k - 1])
            if hit and self.art.inline[k]:
                return hit
        return "", ""

    def after_title(self, k: int) -> int | None:
        art, d = self.art, self.data
        n = len(art.texts)
        j = k + 1
        after_article = comma = False
        caps = self.caps
        run = -1   # outside the home genre: the capitalised words that close the title are the name
        for _ in range(MAX_SKIP):
            if j >= n or art.sentences[j] != art.sentences[k]:
                if j < n and self.signature_below(j):
                    return j   # "Ο Δήμαρχος\nΓΙΑΝΝΗΣ ΠΑΠΑΔΟΠΟΥΛΟΣ": the title's holder signs below it
                return self.closing_run(run, j)
            if not art.inline[j]:
                gap = art.gaps[j]
                if re.fullmatch(r"\s*,\s*", gap) and not comma:
                    closed = self.closing_run(run, j)
                    if closed is not None and not any(self.keys[w].endswith("ων") for w in range(closed, j)):
                        # "ο υπουργός Οικονομικών Φίλιπ Χάμοντ, μια από ...": the run was the name (no
                        # word of a name is a genitive plural: "του Κινήματος Δημοκρατών Σοσιαλιστών,")
                        return closed
                    comma = True
                elif self.keys[j - 1] in d.honorifics and gap.strip() == ".":
                    pass
                else:
                    return self.closing_run(run, j)
            key = self.keys[j]
            if key in d.honorifics and not self.initial_after_honorific(j):
                run = -1   # the name follows the honorific
                j += 1
                continue
            # (a capitalised given name or surname-shaped word, or an initial: the name)
            if caps[j] and (is_given_name(art.texts[j]) or _surname_shaped_greek(art.texts[j])) or self.initial(j):
                return j
            if comma:
                return None
            if key in d.articles or key == "και" or key in d.title_heads:
                after_article = after_article or key in d.articles
                run = -1
                j += 1
                continue
            if not caps[j]:
                return self.closing_run(run, j)
            if key in d.complement or self.art.at(self.art.lex.not_person_before)[j] or self.art.part_lens[j] \
                    or self.keys[j - 1] in d.articles:
                run = -1   # a body, or a word after an article ("της Ιαπωνίας"): the complement
            elif run < 0:
                run = j
            j += 1   # a capitalised word of the complement ("Οικονομικών", "Βουλής")
        return None

    def closing_run(self, run: int, end: int) -> int | None:
        """"της Επιτροπής Οικονομικών Χριστιάνα Ερωτοκρίτου δήλωσε": two or three capitalised words
        outside the complement lists close the title; outside the home genre they are the name."""
        if self.relaxed and run >= 0 and 2 <= end - run <= 3:
            return run
        return None

    def spans(self) -> list[NativeSpan]:
        art, d = self.art, self.data
        n = len(art.texts)
        found: list[NativeSpan] = []
        taken = -1
        # a name is read from an anchor word or a capitalised word: only those are looked at
        # a capitalised word opens a name by itself only as a given name or a surname
        opens = self.art.native_column(1)   # (_OPENS_NAME of each word's facts)
        caps = self.caps
        for k in self.capitals_names:
            opens[k] = True
        if self.relaxed:   # and any capitalised word after an article (a masculine one: see below)
            for k in compress(range(1, n), map(_IS_ARTICLE, self.words)):   # (word k - 1 is an article)
                if caps[k]:
                    opens[k] = True
        for k in compress(range(n), opens):
            if k < taken:
                continue
            key = self.keys[k]
            span = None
            grammar = ("", "")
            if key in d.group_heads:
                items = self.read_list(k + 1)
                for item in items:   # "οι βουλευτές Α και Β": each is one of "βουλευτές"
                    item.titles = [(art.starts[k], art.ends[k])]
                if items:
                    found.extend(items)
                    taken = items[-1].last
                continue
            if key in d.title_heads:
                j = self.after_title(k)
                if j is not None:
                    span = self.name(j)
                    grammar = self.grammar_before(j) if self.grammar_before(j)[0] else self.grammar_before(k)
                    end = j
                    while end > k + 1 and (self.keys[end - 1] in d.honorifics or self.keys[end - 1] in d.articles):
                        end -= 1
                    if span is not None:   # "τον Πρόεδρο της Βουλής": the title the name was read after
                        inner = self.inner_genitive_head(k, span.first)
                        if inner is not None:   # "σύμβουλος του Περιφερειάρχη Γιώργου Χ.": the governor's
                            grammar = self.grammar_before(inner)
                        span.titles = [(art.starts[k if inner is None else inner], art.ends[end - 1])]
            elif key in d.honorifics and k + 1 < n and (art.inline[k + 1]
                                                        or art.gaps[k + 1].strip() == "."):
                span = self.name(k + 1)
                grammar = self.grammar_before(k)
            elif key in d.verbs_before and k + 2 < n and key not in d.articles:
                grammar = self.grammar_before(k + 2)
                if grammar[0] and self.capitalised(k + 2):
                    span = self.name(k + 2)
            elif caps[k] and (is_given_name(art.texts[k]) or k in self.capitals_names) and k + 1 < n:
                span = self.name(k)
                if span is not None and span.last - span.first < 2:
                    span = None
                grammar = self.grammar_before(k)
            else:
                before = self.grammar_before(k)   # (read once: the tests below ask it up to three times)
                if caps[k] and _surname_shaped_greek(art.texts[k]) and before[0]:   # (self.surname_shaped(k))
                    span = self.name(k)
                    grammar = before
                elif self.relaxed and before[1] == "m" and before[0] != "gen" \
                        and caps[k] and not _ADJECTIVE_END.search(key):
                    # "ο Μπόουι", "τον Σαμαρά": a capitalised word after a masculine article (places are
                    # mostly feminine or neuter; clubs are adjectives: "ο Ολυμπιακός")
                    span = self.name(k)
                    grammar = before
            if span is not None:
                span.case, span.gender = grammar
                if k in self.capitals_names and span.first == k and span.last == k + 2:
                    span.surname_first = self.written_surname_first(k)
                found.append(span)
                taken = span.last
        return found

    def read_list(self, j: int) -> list[NativeSpan]:
        """Names after a plural title: "των υπουργών Α, Β και Γ"."""
        art = self.art
        out: list[NativeSpan] = []
        n = len(art.texts)
        if j >= n or re.fullmatch(r"[ \t]*:?[ \t]*", art.gaps[j]) is None:
            return out
        while j < n and len(out) < 40:
            while j < n and self.keys[j] in self.data.honorifics:
                j += 1
            span = self.name(j)
            if span is None:
                break
            out.append(span)
            j = span.last
            if j >= n:
                break
            gap = art.gaps[j]
            if re.fullmatch(r"\s*,\s*", gap):
                continue
            if art.inline[j] and self.keys[j] == "και":
                j += 1
                continue
            break
        return out


# ---------------------------------------------------------------- engine hooks

def word_facts(word: str, lang: str) -> tuple[Any, ...] | None:
    """What the native-name reader of ``lang`` asks of a written word alone (:func:`_arabic_word`,
    :func:`_greek_word`; None without native data). Kept with the word's other answers
    (:attr:`ArticleText.native_words`): worked out once per word, read in one pass per article."""
    if not native_data(lang).active:
        return None
    return _arabic_word(word) if lang == "ar" else _greek_word(word, lang)


def native_spans(art: ArticleText, relaxed: bool = False) -> list[NativeSpan]:
    """Native name spans of the article (empty for a language without native data).

    ``relaxed``: the article names no Vietnamese person (not the home genre): a name after a
    title or a nationality may open with a given name outside the tables, and (Greek) a
    capitalised word after a masculine article is a name.
    """
    data = native_data(art.lang)
    if not data.active or not art.texts:
        return []
    reader = _ArabicReader(art, data, relaxed) if art.lang == "ar" else _GreekReader(art, data, relaxed)
    return reader.spans()


def _lexicon_reads(art: ArticleText, span: NativeSpan) -> bool:
    """The span is a Vietnamese name the syllable tables read (left to them)."""
    return span.last > span.first and art.surname[span.first] and all(art.syllable[span.first:span.last])


def _vietnamese(art: ArticleText, c: Any) -> bool:
    """A candidate of the syllable tables that is a whole Vietnamese name (surname first)."""
    return c.last - c.first >= 2 and art.surname[c.first] and all(art.syllable[c.first:c.last])


def _body_word(art: ArticleText, span: NativeSpan) -> bool:
    """A word of the span is a title or a body ("جبهة", "تعاونية", "Επιτροπής"): not a name.

    A span whose first two words are clear of them ends before the first such word instead
    ("انجلينا جولي المركز": the name ends before "المركز").
    """
    heads, parts, groups = art.head_len, art.part_lens, art.group_len
    places = art.at(art.lex.not_person_before)
    given = native_data(art.lang).given
    for k in range(span.first, span.last):
        if (heads[k] or parts[k] or groups[k] or places[k]) \
                and not (k > span.first and art.folded_at(k) in given):   # "محمد امين"
            if k - span.first >= 2:
                span.last = k
                return False
            return True
    return False


def names_a_place(art: ArticleText, first: int) -> bool:
    """The name opening at word ``first`` names a place after a person ("مطار الملك خالد", "جامعة
    الملك سعود", "πλατεία Γεωργίου"): a place word (``not_person_before``), then none, one or two
    honorifics, then the name, all in one run of words. Nobody there takes part."""
    honorifics = native_data(art.lang).all_honorifics
    k, hops = first - 1, 0
    while k >= 0 and hops < 2 and art.folded_at(k) in honorifics and art.inline[k + 1]:
        k, hops = k - 1, hops + 1
    if k < 0 or not art.inline[k + 1]:
        return False
    word, places = art.folded_at(k), _place_words(art.lang)
    # the place word as written, or after a glued conjunction or preposition ("بقاعة", "وجامعة")
    return word in places or word[1:] in places and word[:1] in _GLUED_BEFORE_PLACE


@functools.cache
def _arabic_nationalities() -> frozenset[str]:
    """The folded nationality adjectives of the Arabic grammar's ``not_syllables`` (definite nisba
    words: "الروسية", "المصري"): only after one of them may any word open a name; after another
    word of that shape ("الميزانية", "الحكومية") only a given name does."""
    words = (fold_word(str(w), "ar") for w in load_yaml(AREA, "ar", "grammar.yaml").get("not_syllables") or [])
    return frozenset(w for w in words if w.startswith("ال") and w.endswith(("ي", "يه")))


def _is_nationality(key: str) -> bool:
    """A nationality adjective (:func:`_arabic_nationalities`), maybe after a glued conjunction
    ("والأميركية جويس كارول أوتس")."""
    nationalities = _arabic_nationalities()
    return key in nationalities or key[:1] in ("و", "ف") and key[1:] in nationalities


_GLUED_BEFORE_PLACE = ("و", "ف", "ب", "ل")
_HAS_DIGIT = re.compile(r"\d")   # a word with a digit is a code ("Δ12γ/ΓΠ"), never a name's
_VERBAL_NOUN_IV = re.compile(r"ا\w\wا\w$")   # (folded) إفعال: إعداد, إنتاج, إصلاح, إسكان
# verbal nouns that name a ministry's field ("وزيرة إعداد التراب", "وزير تطوير ..."): إفعال, تفعيل
_VERBAL_NOUN = re.compile(_VERBAL_NOUN_IV.pattern + r"|ت\w\wي\w$")


def verbal_noun(key: str) -> bool:
    """A folded Arabic word shaped like a verbal noun of forms II and IV (تنسيق, إعداد): a word of
    a body's or a task's name, never a person's."""
    return _VERBAL_NOUN.match(key) is not None
_LINEAGE_WORDS = frozenset({"بن", "ابن", "بنت"})   # (folded: ابن for ابن and إبن)


@functools.lru_cache(maxsize=None)
def _place_words(lang: str) -> frozenset[str]:
    """The folded one-word ``not_person_before`` entries of the language (places, bodies, works)."""
    words = load_yaml(AREA, lang, "grammar.yaml").get("not_person_before") or []
    return frozenset(fold_word(str(w), lang) for w in words if " " not in str(w).strip())


def merge_native(art: ArticleText, candidates: list[Any], make: Callable[[ArticleText, int, int], Any]) -> list[Any]:
    """The candidates with native names added: a native name replaces the fragments of it the
    syllable tables made, unless the tables read it whole as a Vietnamese name (the gate)."""
    home = any(_vietnamese(art, c) for c in candidates)   # the tables read Vietnamese names here
    spans = [s for s in native_spans(art, relaxed=not home)
             if not _lexicon_reads(art, s) and not _body_word(art, s) and not names_a_place(art, s.first)]
    if not spans:
        return candidates
    # every anchor title of the article: a title after one name that opens the next is not the first's
    art.native_anchor_titles = [t for s in spans for t in s.titles]  # type: ignore[attr-defined]
    owner = [-1] * len(art.texts)
    for i, c in enumerate(candidates):
        for k in range(c.first, c.last):
            owner[k] = i
    dropped: set[int] = set()
    added = []
    for s in spans:
        inside = {owner[k] for k in range(s.first, s.last) if owner[k] >= 0}
        if any(_vietnamese(art, candidates[i]) for i in inside):
            continue   # the tables read a Vietnamese name there: theirs
        if any(candidates[i].first == s.first and candidates[i].last == s.last for i in inside) and not s.glued:
            for i in inside:
                candidates[i].native, candidates[i].grammar, candidates[i].strong = True, (s.case, s.gender), True
                candidates[i].anchor_titles = s.titles
                candidates[i].again = s.again
                candidates[i].surname_first = s.surname_first
            continue
        m = make(art, s.first, s.last)
        if m is None:
            continue
        if s.glued:
            m.start = art.starts[s.first] + s.glued
        m.strong, m.native, m.grammar = True, True, (s.case, s.gender)
        m.anchor_titles = s.titles
        m.again = s.again
        m.surname_first = s.surname_first
        dropped |= inside
        added.append(m)
    return [c for i, c in enumerate(candidates) if i not in dropped] + added


def native_reading(art: ArticleText, m: Any, parts: Sequence[str]) -> tuple[str, str] | None:
    """``(romanized, key)`` of a native name: Greek in the nominative (the key links its cases),
    Arabic by :func:`~.arabic_names.romanize_arabic`; None for a name the syllable tables read."""
    if not getattr(m, "native", False):
        return None
    words = [p for p in parts if p]
    if art.lang == "el":
        if getattr(m, "surname_first", False):   # a list's nominatives: the given name leads in Latin
            written = art.text[m.start:m.end].split()
            ordered = [*written[1:], written[0]]
            return romanize_greek(ordered), fold_word("_".join(ordered), "el")
        case, gender = m.grammar
        nom = nominative(art.text[m.start:m.end].split(), case, gender)   # initials keep their full stop
        return romanize_greek(nom), fold_word("_".join(nom), "el")
    if art.lang == "ar":
        return romanize_arabic(words), art.name_text(m)
    return None


class SurnameLinks:
    """Later mentions of a native person by part of the name are that person, when exactly one
    earlier person fits: Greek by the surname (in the nominative: "ο κ. Πιερρακάκης"); Arabic by
    the given or the family name alone ("الملك سلمان", "وأكد معيط") or by a shorter or longer form
    ("مشعل بن ماجد بن عبد العزيز" / "مشعل بن ماجد بن عبدالعزيز آل سعود")."""

    def __init__(self, lang: str = "el") -> None:
        self.lang = lang
        self._by_part: dict[str, list[int]] = {}
        self._names: dict[str, list[tuple[tuple[str, ...], int]]] = {}   # Arabic: by first word

    @staticmethod
    def _words(key: str) -> tuple[str, ...]:
        return tuple(key.replace("عبد_", "عبد").split("_"))

    def add(self, key: str, person: int) -> None:
        """File a person of several words under the part later mentions use."""
        words = self._words(key)
        if len(words) < 2:
            return
        for part in (words[0], words[-1]) if self.lang == "ar" else (words[-1],):
            owners = self._by_part.setdefault(part, [])
            if person not in owners:
                owners.append(person)
        if self.lang == "ar":
            names = self._names.setdefault(words[0], [])
            if (words, person) not in names:
                names.append((words, person))

    def find(self, key: str) -> int | None:
        """The one earlier person this key is part of, else None."""
        words = self._words(key)
        if len(words) == 1:
            owners = self._by_part.get(words[0], [])
            return owners[0] if len(owners) == 1 else None
        if self.lang != "ar" or len(words) < 3:
            return None
        fits = {person for other, person in self._names.get(words[0], ())
                if other[:len(words)] == words or words[:len(other)] == other}
        return fits.pop() if len(fits) == 1 else None


def titles_of(art: ArticleText, m: Any) -> list[tuple[int, int]]:
    """The titles of a mention: for a native name read after its title, that title (split where
    two positions follow one another) and the titles the title stage found after the name, cut
    before a conjunction glued to an honorific ("... ود"); otherwise the title stage's titles."""
    anchor = getattr(m, "anchor_titles", None)
    data = native_data(art.lang)
    if not getattr(m, "native", False) or not anchor:
        titles = list(m.titles)
        if getattr(m, "again", False):
            # a family name again after a verb ("... قال الظواهري"): a title before the verb is another's
            titles = [(s, e) for s, e in titles if s >= m.end]
        if not data.active:
            return titles
        return [(s, e) for s, e in (_before_glued_honorific(art, s, e, data) for s, e in titles) if e > s]
    out = list(anchor)
    others = getattr(art, "native_anchor_titles", [])
    chain = list(getattr(m, "chain_titles", ()))
    # "ο Πρόεδρος της ΕΝΠΕ και Περιφερειάρχης Αττικής X": a title joined by a conjunction to the anchor
    first_anchor = min(a for a, _ in anchor)
    j = bisect_right(art.starts, first_anchor) - 1   # the anchor's first word
    if j >= 2 and art.starts[j] == first_anchor and art.conjunction_lens[j - 1] == 1 \
            and art.inline[j - 1] and art.inline[j]:
        chain += [(s, e) for s, e in m.titles if e == art.ends[j - 2]]
    elif j >= 1 and art.glued_head(j) and first_anchor == art.starts[j] + art.glued_head(j) and art.inline[j] \
            and art.texts[j][:1] in _CONJUNCTION_LETTERS:
        chain += [(s, e) for s, e in m.titles if e == art.ends[j - 1]]   # "... ووزير الخارجية X"
    for s, e in m.titles:
        if s < m.end and (s, e) not in chain or any(a < e and s < b for a, b in [*anchor, *others]):
            continue
        s, e = _before_glued_honorific(art, s, e, data)
        if e > s:
            out.append((s, e))
    return out


def _before_glued_honorific(art: ArticleText, s: int, e: int, data: NativeData) -> tuple[int, int]:
    """A title ``[s, e)`` cut before a conjunction glued to an honorific ("المدير العام والسيد"):
    the next person of a list starts there."""
    for k in range(bisect_left(art.starts, s), bisect_left(art.starts, e)):
        if art.starts[k] > s and _glued_honorific(art, k, art.folded_at(k), data):
            return s, max(s, art.text.rfind(" ", s, art.starts[k]))
    return s, e


def _glued_honorific(art: ArticleText, k: int, key: str, data: NativeData) -> bool:
    """Word ``k`` (folded ``key``) is a conjunction glued to an honorific ("والسيد", "ود.") or to a
    given name that is no common word ("وفاطمة الزهراء المنصوري، وزيرة ..."): the next person of a
    list starts there."""
    return key[:1] in _CONJUNCTION_LETTERS and (
        key[1:] in data.honorifics or bool(art.honorific_lens[k])
        or key[1:] in data.given and key[1:] not in data.common and len(key) > 3)


_ROLE_WINDOW = 4   # words looked at before a native name's title, and after the name
_INTRODUCED_WITHIN = 6   # words from a cue to the next name (its title between) it stands before
_OPENING_VERB_REACH = 25   # words from a sentence's opening verb to a person it governs


def _opening_verb_role(art: ArticleText, first: int, cues: Any) -> set[str]:
    """"التقى X، اليوم، الدكتور Y": a sentence that opens with a meeting verb (verb first, its subject
    and its object after it) gives every person in its first words that verb's role. Only
    attendance: a speech verb's object is what was said."""
    sentence = art.sentences[first]
    lo = bisect_left(art.sentences, sentence)
    if first - lo > _OPENING_VERB_REACH:
        return set()
    role = _cue_role(art, lo, cues)
    return {role} if role == "attended" else set()


def native_roles(art: ArticleText, m: Any, next_person: int | None = None) -> set[str]:
    """The roles of a native mention: the title stage's, corrected by the cue words of
    ``role_cues`` right before its title or right after the name (same sentence; a list's
    title glued to "و" continues the sentence before it: "وحضور ...\nوالسادة النواب: ...").
    A cue after the next person's name (``next_person``: its first word) is that person's.

    A chair cue makes the person the chair ("برئاسة رئيس المجلس X", "υπό τον Πρόεδρο X");
    an attendance cue makes them attend, an absence cue takes chairing and attending away; a
    speech cue adds ``spoke``.
    """
    roles = set(m.roles)
    if not getattr(m, "native", False):
        return roles
    cues = native_data(art.lang).role_cues
    if not cues:
        return roles
    anchor = getattr(m, "anchor_titles", None)
    start = min([m.start, *(a for a, _ in anchor or [])])
    first = bisect_left(art.starts, start)
    texts, sentences = art.texts, art.sentences
    if m.proxied:
        return roles   # "أعلن مكتب رئيس الوزراء X": the office did it; X is named (roles.proxied_mentions)
    found: set[str] = set()
    sentence = sentences[first] if first < len(texts) else -1
    continues = any(art.folded_at(k).startswith("و")
                    for k in range(max(0, first - 1), min(first + 1, len(texts))) if sentences[k] == sentence)
    # "με τον Υπουργό X", "مع الوزير X": a companion of the person named before shares the cue
    companion = any(art.folded_at(k) in _COMPANION for k in range(max(0, first - 2), first))
    window = _ROLE_WINDOW * (3 if continues else 4 if companion else 1)
    for k in range(first - 1, max(-1, first - 1 - window), -1):
        if sentences[k] != sentence and not (continues and sentences[k] == sentence - 1):
            break
        role = _cue_role(art, k, cues)
        if role:
            found.add(role)
            break
    lists = art.__dict__.setdefault("_native_list_roles", {})   # group title start -> the role its list took
    head = anchor[0][0] if anchor else -1
    if anchor and len(anchor) == 1 and anchor[0][1] - anchor[0][0] < 40 and first < len(texts):
        if found:
            lists.setdefault(head, set(found))
        elif continues:   # "والسادة النواب من خارج اللجنة: ..." continues the list before it
            earlier = [h for h in lists if h < head]
            if earlier:
                found |= lists[max(earlier)]
                lists.setdefault(head, set(found))
    if not found:
        found |= _bullet_role(art, m.start, cues)
    if not found and art.lang == "ar":
        found |= _opening_verb_role(art, first, cues)
    for k in range(m.last, min(len(texts), m.last + _ROLE_WINDOW,
                               next_person if next_person is not None and next_person >= m.last else len(texts))):
        if sentences[k] != sentences[m.first]:
            break
        role = _cue_role(art, k, cues)
        if role:
            # an absence after a name is the next person's ("X, ενώ απουσίαζε ο Y"), and so is a
            # cue opening a phrase of its own a few words before the next name ("X، بهذا الشأن،
            # وبحضور وكيل الوزارة Y"); a verb's object shares it ("X πραγματοποίησε συνάντηση με Y")
            if role != "mentioned" and not (next_person is not None and next_person - k <= _INTRODUCED_WITHIN
                                             and _after_comma(art.text, art.starts[k])):
                found.add(role)
            break
    if "chaired" in found:
        roles = (roles & {"spoke"}) | {"chaired"}
    elif "attended" in found:
        roles = (roles - {"chaired"}) | {"attended"}
    elif "mentioned" in found:
        roles -= {"chaired", "attended"}   # "غاب منهم الوزير X", "απουσίαζε ο X": absent
    if "spoke" in found:
        roles.add("spoke")
    return roles


_COMPANION = frozenset({"με", "مع", "ومع"})


def _after_comma(text: str, start: int) -> bool:
    """Is the word at ``start`` right after a comma (blanks between)?"""
    k = start - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k >= 0 and text[k] in ",،"
_BULLET = re.compile(r"\s*[-–•*·]\s*")


def _bullet_role(art: ArticleText, start: int, cues: dict[str, str]) -> set[str]:
    """A name on a bulleted line takes the role of the cue in the line that introduces the
    bullets with a colon ("كما حضر الجلسة:" / "- وزير المالية X")."""
    text = art.text
    line_start = text.rfind("\n", 0, start) + 1
    if _BULLET.match(text, line_start) is None:
        return set()
    memo = art.__dict__.setdefault("_native_bullet_roles", {})
    hit = memo.get(line_start)
    if hit is None:
        hit = set()
        pos = line_start - 1
        for _ in range(60):   # the bullets of one list, back to the line that opens it
            prev_start = text.rfind("\n", 0, max(pos, 0)) + 1
            line = text[prev_start:pos].strip()
            if line and _BULLET.match(line) is None:
                if line.endswith(":"):
                    lo, hi = bisect_left(art.starts, prev_start), bisect_left(art.starts, pos)
                    hit = {r for r in (_cue_role(art, k, cues) for k in range(lo, hi)) if r}
                break
            if prev_start == 0:
                break
            pos = prev_start - 1
        memo[line_start] = hit
    return set(hit)


def _cue_role(art: ArticleText, k: int, cues: dict[str, str]) -> str:
    key = art.folded_at(k)
    role = cues.get(key)
    if role is None and len(key) > 3 and key[0] in "وب":
        role = cues.get(key[1:])
    return role or ""
