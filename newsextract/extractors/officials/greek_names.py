"""Greek names: the nominative of a name written in another case, and its Latin spelling.

Greek writes a name in the case of its place in the sentence: "ο Κυριάκος Πιερρακάκης",
"του Κυριάκου Πιερρακάκη", "τον Τάκη Θεοδωρικάκο". :func:`nominative` brings every word back
to the nominative (the form that links mentions of one person, and the one the press
romanizes), from the case and gender the article before the name gives (``articles`` in
``resources/el/native.yaml``), else from the given name (``given_names``):

* masculine, genitive or accusative: -η -> -ης, -α -> -ας, -ο -> -ος, -ού -> -ός (stressed
  ending: "Αγοραστού" -> "Αγοραστός"), -ους -> -ος; an unstressed -ου is kept ("Αδάμου",
  "Αλεξίου" are nominatives) unless the word is a given name ("Κυριάκου" -> "Κυριάκος");
* feminine, genitive: -ας -> -α, -ης -> -η (surnames of women do not decline).

:func:`romanize_greek` spells the nominative in Latin letters by ELOT 743 (the Greek standard
transcription, type 2) with the Greek press conventions for consonant clusters: μπ / ντ / γκ
are b / d / g at the start of a word and mb / nt / ng inside it, γγ is ng, αυ / ευ / ηυ are
av / ev / iv before a vowel or voiced consonant and af / ef / if otherwise, ου is ou, χ is ch,
υ is y, η and ι are i ("Κυριάκος Πιερρακάκης" -> "Kyriakos Pierrakakis").
"""
from __future__ import annotations

import functools
import unicodedata

from ...textnorm import fold
from ...resources import load_yaml

AREA = "extractors/officials"

_ACUTE = "\u0301"
_DIAERESIS = "\u0308"


def _plain(word: str) -> str:
    """Lower case without stress marks (the diaeresis kept)."""
    decomposed = unicodedata.normalize("NFD", word.lower()).replace(_ACUTE, "")
    return unicodedata.normalize("NFC", decomposed)


@functools.cache
def _given_names() -> dict[str, str]:
    """Folded case forms of the Greek given names -> their nominative as written in the table."""
    data = load_yaml(AREA, "el", "native.yaml")
    forms: dict[str, str] = {}
    for name in data.get("given_names") or []:
        f = fold(name, "el")
        forms.setdefault(f, name)
        for nom_end, oblique in (("οσ", ("ου", "ο", "ε")), ("ησ", ("η",)), ("ασ", ("α",)),
                                 ("α", ("ασ",)), ("η", ("ησ",)), ("ων", ("ωνα",))):
            if f.endswith(nom_end):
                for end in oblique:
                    forms.setdefault(f[: len(f) - len(nom_end)] + end, name)
    return forms


@functools.lru_cache(maxsize=200_000)
def _folded(word: str) -> str:
    """The Greek folded form of a word, remembered per word (the readers ask for the same words
    many times per article)."""
    return fold(word, "el")


def given_name_nominative(word: str) -> str | None:
    """The nominative of a Greek given name in any case ("Κυριάκου" -> "Κυριάκος"), else None."""
    return _given_names().get(_folded(word))


def is_given_name(word: str) -> bool:
    """A Greek (or foreign, written in Greek) given name in any case."""
    return _folded(word) in _given_names()


def _gender_of_given(nominative: str) -> str:
    f = _folded(nominative)
    if f.endswith(("οσ", "ησ", "ασ", "ων", "ευσ")):
        return "m"
    if f.endswith(("α", "η", "ω", "ου", "ι")):
        return "f"
    return ""


def _word_nominative(word: str, case: str, gender: str, surname: bool = False) -> str:
    """One word of a name in the nominative (see module doc); unchanged when unsure.

    ``surname``: the last word of a name of several words is not read as a given name
    ("Αδάμο Αδάμου": the surname Αδάμου is a nominative).
    """
    given = None if surname else given_name_nominative(word)
    if given is not None and given != word and _folded(given) != _folded(word):
        # a given name's nominative is in the table; keep it only if the case allows it
        if case != "nom" and (not gender or gender == _gender_of_given(given)):
            return given
    if case in ("", "nom") or len(word) < 3:
        return word
    if gender == "f":
        if case == "gen":
            if word.endswith(("ας", "άς")):
                return word[:-1]
            if word.endswith(("ης", "ής")):
                return word[:-1]
        return word
    # masculine (or unknown gender in an oblique case: the masculine rules are the safe ones,
    # feminine surnames end in -η/-α/-ου and are left alone below when no article says so)
    if gender != "m":
        return word
    if word.endswith("ού"):
        return word[:-2] + "ός"
    if word.endswith("ους") and len(word) > 4:
        return word[:-3] + "ος"
    if word.endswith("ου"):
        return word   # "Αδάμου": a nominative (unstressed -ου)
    if word.endswith(("η", "ή")):
        return word + "ς"
    if word.endswith(("α", "ά")):
        return word + "ς"
    if word.endswith(("ο", "ό")):
        return word + "ς"
    return word


def nominative(words: list[str], case: str = "", gender: str = "") -> list[str]:
    """The words of a Greek name in the nominative, given the case and gender the text shows.

    ``case`` is ``nom``, ``gen``, ``acc`` or ``""`` (unknown); ``gender`` ``m``, ``f`` or ``""``.
    With no article, a given name in an oblique form tells both ("Κυριάκου Πιερρακάκη").
    """
    if not gender:
        for w in words:
            given = given_name_nominative(w)
            if given is not None:
                gender = _gender_of_given(given)
                if not case and _folded(given) != _folded(w):
                    case = "gen" if _folded(w).endswith(("ου", "ασ", "ησ")) else "acc"
                break
    if not case and gender == "m":
        case = "acc" if any(given_name_nominative(w) not in (None, w) for w in words) else ""
    last = len(words) - 1
    return [w if w.endswith(".") or len(w) <= 2 else _word_nominative(w, case, gender, surname=k == last and k > 0)
            for k, w in enumerate(words)]


# ELOT 743 with the press conventions (see module doc): longest groups first
_VOWELS = set("αεηιουω")
_VOICELESS = set("θκξπστφχψ")
_SINGLE = {"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
           "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
           "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o"}
_PAIRS = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "υι": "yi", "γγ": "ng", "γξ": "nx", "γχ": "nch",
          "τσ": "ts", "τζ": "tz"}
_CLUSTERS = {"μπ": ("b", "mb"), "ντ": ("d", "nt"), "γκ": ("g", "ng")}


@functools.lru_cache(maxsize=100_000)
def _romanize_word(word: str) -> str:
    """ELOT 743 and press conventions for one word; remembered per word (names recur)."""
    s = unicodedata.normalize("NFD", word.lower()).replace(_ACUTE, "")
    out: list[str] = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == _DIAERESIS:
            i += 1
            continue
        pair = s[i:i + 2]
        separated = i + 1 < len(s) and i + 2 < len(s) + 1 and s[i + 2:i + 3] == _DIAERESIS
        if pair in _CLUSTERS:
            # opening a word, or after its own nasal ("Άνγκελα" -> Angela): b / d / g
            after_nasal = bool(out) and out[-1].endswith(("n", "m"))
            out.append(_CLUSTERS[pair][0 if i == 0 or after_nasal else 1])
            i += 2
            continue
        if pair[:1] in "αεη" and pair[1:] == "υ" and not separated:
            nxt = s[i + 2:i + 3]
            base = {"α": "a", "ε": "e", "η": "i"}[ch]
            out.append(base + ("f" if (not nxt or nxt in _VOICELESS) else "v"))
            i += 2
            continue
        if pair in _PAIRS and not separated:
            out.append(_PAIRS[pair])
            i += 2
            continue
        out.append(_SINGLE.get(ch, ch))
        i += 1
    latin = "".join(out)
    return "-".join(part[:1].upper() + part[1:] for part in latin.split("-"))


def romanize_greek(words: list[str]) -> str:
    """Latin spelling of a Greek name (its words already in the nominative): ELOT 743 + press
    conventions (see module doc). An initial keeps its full stop ("Γ." -> "G.")."""
    return " ".join(_romanize_word(w) for w in words)
