"""Romanizing Vietnamese names and the cross-script matching key.

A name written in Arabic or Greek letters is romanized syllable by syllable through the
language's ``syllables.tsv``; a written form with several readings ("فان": Van or Phan) takes
the reading usual at its place in the name (surname first, middle, given name last). A name
in Latin script is romanized by removing tone and vowel marks.

:func:`name_key` is deliberately lossy where transliteration loses letters (Thanh -> Ταν,
Khoa -> Κόα, Phuong -> فونغ), so the same person written in two scripts gets one key;
:mod:`newsextract.pipeline.linking` keeps people apart when exact spellings tell them apart.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .lexicon import Lexicon, Syllable, ascii_fold, fold_word, is_latin_word

# Letter groups transliteration does not keep apart (applied in order, on one syllable).
_KEY_RULES: tuple[tuple[str, str], ...] = (
    (r"^ngh", "ng"), (r"^gh", "g"), (r"^gi", "z"), (r"^d", "z"), (r"^th", "t"), (r"^kh", "k"),
    (r"^ph", "f"), (r"^v", "f"), (r"^tr", "j"), (r"^ch", "j"), (r"^q", "k"), (r"^c", "k"),
    (r"^x", "s"), (r"^r", "z"), (r"nh$", "n"), (r"ch$", "k"), (r"c$", "k"),
    (r"y", "i"),
)
# The same, compiled once: a syllable is not looked up in re's cache eighteen times.
_KEY_RULES_COMPILED: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), r) for p, r in _KEY_RULES)


@functools.lru_cache(maxsize=100_000)
@functools.lru_cache(maxsize=200_000)
def syllable_key(syllable: str) -> str:
    """Lossy form of one romanized syllable (see module doc); remembered per syllable."""
    s = ascii_fold(syllable).lower()
    for pattern, repl in _KEY_RULES_COMPILED:
        s = pattern.sub(repl, s)
    return s or ascii_fold(syllable).lower()


@functools.lru_cache(maxsize=100_000)
def name_key(romanized: str) -> str:
    """The cross-article matching key of a romanized name."""
    return " ".join(syllable_key(s) for s in romanized.split())


def readings(word: str, lex: Lexicon) -> list[Syllable]:
    """Readings of one written syllable (empty when it is not a known syllable).

    A name word with a prefix before an apostrophe ("H'Lan", the Ê Đê women's prefix) reads as
    its syllable after the apostrophe, with the prefix kept; it opens a name as a surname does.
    """
    head, sep, rest = word.rpartition("'") if "'" in word else word.rpartition("’")
    if sep and 1 <= len(head) <= 2 and rest:
        # the prefix has its own spelling in latin_letters ("χ'" -> "h'"), else letter by letter
        prefix = ascii_fold(head) if is_latin_word(head) else _letters_to_latin(head + "'", lex).rstrip("'’")
        options = readings(rest, lex)
        if options and not is_latin_word(rest):
            # the names that take the prefix are mostly outside the Vietnamese syllables
            # ("Χ'Λιν" is H'Lin, not H'Linh): spelled letter by letter unless that is a reading
            letters = _letters_to_latin(rest, lex)
            if letters.isascii() and letters.isalpha() \
                    and all(r.romanized.lower() != letters.lower() for r in options):
                options = [Syllable(_capitalised(letters), options[0].classes, options[0].rank, options[0].class_rank)]
        return [Syllable(f"{_capitalised(prefix)}'{r.romanized}", r.classes | {"surname"}, r.rank,
                         r.class_rank) for r in options]
    if is_latin_word(word):
        return lex.latin.get(ascii_fold(word).lower(), [])
    return lex.syllables.get(fold_word(word, lex.lang), [])


def _capitalised(word: str) -> str:
    """"nguyen" -> "Nguyen"; "h'lan" -> "H'Lan" (each part after an apostrophe)."""
    return re.sub(r"(^|['’])(\w)", lambda m: m.group(1) + m.group(2).upper(), word.lower())


# Where a reading is looked for, in order, at each place of a name: a middle name is most often
# a given-name syllable when it is not a usual middle one; a gendered given name first.
_PLACE_CLASSES: dict[str, tuple[str, ...]] = {
    "surname": ("surname",),
    "middle": ("middle", "given"),
    "given": ("given",),
    "given_f": ("given_f", "given"),
    "given_m": ("given_m", "given"),
}


def _place_rank(option: Syllable, place: str) -> tuple[int, int]:
    for k, cls in enumerate(_PLACE_CLASSES[place]):
        if cls in option.classes:
            return k, option.rank_as(cls)
    return len(_PLACE_CLASSES[place]), option.rank


def _preferred(options: Sequence[Syllable], position: int, length: int, gender: str = "") -> Syllable:
    place = "surname" if position == 0 else ("given" if position == length - 1 else "middle")
    if place == "given" and gender:
        place = f"given_{gender[0]}"
    return min(options, key=lambda s: (_place_rank(s, place), s.rank))


def _gender(parts: Sequence[str], lex: Lexicon) -> str:
    """``female`` / ``male`` when a middle syllable marks it ("Thị", "Văn"), else ``""``."""
    for i, part in enumerate(parts[1:-1], start=1):
        options = readings(part, lex)
        if options:
            middle = _preferred(options, i, len(parts))
            for cue in ("female", "male"):
                if cue in middle.classes:
                    return cue
    return ""


def romanize(parts: Sequence[str], lex: Lexicon) -> tuple[str, bool]:
    """Romanized name for written syllables, and whether the spelling was exact.

    Latin-script syllables are exact (marks removed); others take the reading usual at their
    place in the name, and are marked inexact. Names recur: each is romanized once per process.
    """
    return lex.remember("romanized", tuple(parts), lambda: _romanize(parts, lex))


def _romanize(parts: Sequence[str], lex: Lexicon) -> tuple[str, bool]:
    out: list[str] = []
    exact = True
    gender = _gender(parts, lex)
    for i, part in enumerate(parts):
        if is_latin_word(part):
            out.append(_capitalised(ascii_fold(part)))
            continue
        exact = False
        options = readings(part, lex)
        if options:
            out.append(_preferred(options, i, len(parts), gender).romanized)
        else:
            out.append(_letters_to_latin(part, lex))
    # a name prefix written apart ("هـ بلوم", the Ê Đê H') joins the syllable after it
    return re.sub(r"(?<=['’]) ", "", " ".join(out)), exact


def _letters_to_latin(word: str, lex: Lexicon) -> str:
    """Letter-by-letter Latin spelling of a name outside the syllable tables (best effort)."""
    if not lex.latin_letters:
        return word
    folded = fold_word(word, lex.lang)
    keys = sorted(lex.latin_letters, key=len, reverse=True)
    out, i = [], 0
    while i < len(folded):
        for key in keys:
            if folded.startswith(key, i):
                out.append(lex.latin_letters[key])
                i += len(key)
                break
        else:
            out.append(folded[i])
            i += 1
    latin = "".join(out)
    return latin[:1].upper() + latin[1:] if latin.isascii() and latin else word
