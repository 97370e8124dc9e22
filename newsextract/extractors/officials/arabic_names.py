"""Arabic names: a Latin spelling for names of Arab officials (not Vietnamese names).

The English-press spelling of an Arabic name cannot be derived from its letters (short vowels
are not written, and each country has its own habits: Mohamed / Mohammed / Mohammad). So
:func:`romanize_arabic` spells a name part by part:

1. a part (or two parts, "عبد الله") found in the tables of ``resources/ar/native.yaml``
   (``given_names`` and ``press_parts``: very common given names, family names of heads of
   state, particles) takes its usual press spelling (Egyptian press habits where countries
   differ: Mohamed, Ahmed, Abdel);
2. a family name with the article ("الأنصاري") is written ``Al-`` + the rest;
3. any other part is transliterated letter by letter by a simplified ALA-LC scheme without
   diacritics (ح h, خ kh, ذ dh, ش sh, ص s, ض d, ط t, ظ z, ء dropped, ع a where it opens a syllable, غ gh, ق q, ة a;
   ا / و / ي are the long vowels a / u / i, or w / y next to another vowel), with no short vowels
   (they are not written): it is a transliteration, not the press spelling.
"""
from __future__ import annotations

import functools

from ...resources import load_yaml
from .lexicon import fold_word

AREA = "extractors/officials"

_LETTERS = {"ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h",
            "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d",
            "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
            "ه": "h", "ة": "a", "و": "u", "ي": "i", "ى": "a", "ء": "", "ؤ": "", "ئ": "", "پ": "p", "ڤ": "v",
            "گ": "g", "چ": "ch", "ی": "i", "ک": "k"}
_VOWEL_LETTERS = {"ا", "و", "ي", "ى", "أ", "إ", "آ"}


def _key(word: str) -> str:
    return fold_word(word, "ar")   # (remembered per word)


@functools.cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    data = load_yaml(AREA, "ar", "native.yaml")
    given = {_key(k): str(v) for k, v in (data.get("given_names") or {}).items()}
    parts = {_key(k): str(v) for k, v in (data.get("press_parts") or {}).items()}
    return given, parts


def press_spelling(part: str) -> str | None:
    """The usual press spelling of one name part (or two written apart: "عبد الله"), else None."""
    given, parts = _tables()
    k = _key(part)
    return given.get(k) or parts.get(k)


@functools.lru_cache(maxsize=100_000)
def transliterate(word: str) -> str:
    """Letter-by-letter Latin spelling of one Arabic word (simplified ALA-LC, see module doc);
    remembered per word (the same names recur from article to article)."""
    letters = [ch for ch in word if ch in _LETTERS or ch == "\u0651"]
    out: list[str] = []
    for i, ch in enumerate(letters):
        if ch == "\u0651":   # shadda: the consonant is doubled
            if out:
                out.append(out[-1][-1:])
            continue
        prev = letters[i - 1] if i else ""
        nxt = letters[i + 1] if i + 1 < len(letters) else ""
        if ch == "ع":   # dropped, but an "a" where it opens a syllable ("علاطي" -> "alati")
            out.append("a" if (i == 0 or prev in _VOWEL_LETTERS) and nxt not in _VOWEL_LETTERS else "")
        elif ch == "ى" and len(letters) >= 5:   # a long final nisba in Egyptian spelling ("الأنصارى")
            out.append("i")
        elif ch == "و" and (i == 0 or prev in _VOWEL_LETTERS or nxt in _VOWEL_LETTERS):
            out.append("w")
        elif ch == "ي" and (i == 0 or nxt in _VOWEL_LETTERS):
            out.append("y")
        else:
            out.append(_LETTERS[ch])
    latin = "".join(out)
    return latin[:1].upper() + latin[1:]


def romanize_arabic(words: list[str]) -> str:
    """Latin spelling of an Arabic name (see module doc): press spellings from the tables where
    a part is listed, ``Al-`` for the article of a family name, else a transliteration."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if i + 1 < len(words) and _key(words[i]) != "ال":   # "آل ثاني" is Al Thani, not "الثاني"
            pair = press_spelling(words[i] + " " + words[i + 1])
            if pair is not None:
                out.append(pair)
                i += 2
                continue
        if i + 1 < len(words) and _key(words[i]) == "عبد" and _key(words[i + 1]).startswith("ال") \
                and len(_key(words[i + 1])) > 3:
            # "عبد العاطي" written apart, as "عبدالعاطي" written as one word: Abdelati
            out.append("Abdel" + transliterate(words[i + 1][2:]).lower())
            i += 2
            continue
        w = words[i]
        spelled = press_spelling(w)
        if spelled is None:
            k = _key(w)
            if k.startswith("ال") and len(k) > 3:
                rest = w[2:] if w.startswith("ال") else w[k.index("ال") + 2:]
                spelled = "Al-" + (press_spelling(rest) or transliterate(rest))
            elif k.startswith("عبد") and len(k) > 4:   # "عبدالحكيم" written as one word
                rest = w[3:]
                spelled = "Abdel" + (transliterate(rest[2:]).lower() if rest.startswith("ال") else transliterate(rest).lower())
            else:
                spelled = transliterate(w)
        out.append(spelled)
        i += 1
    return " ".join(p for p in out if p)
