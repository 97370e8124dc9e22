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


def syllable_key(syllable: str) -> str:
    """Lossy form of one romanized syllable (see module doc)."""
    s = ascii_fold(syllable).lower()
    for pattern, repl in _KEY_RULES:
        s = re.sub(pattern, repl, s)
    return s or ascii_fold(syllable).lower()


def name_key(romanized: str) -> str:
    """The cross-article matching key of a romanized name."""
    return " ".join(syllable_key(s) for s in romanized.split())


def readings(word: str, lex: Lexicon) -> list[Syllable]:
    """Readings of one written syllable (empty when it is not a known syllable)."""
    if is_latin_word(word):
        return lex.latin.get(ascii_fold(word).lower(), [])
    return lex.syllables.get(fold_word(word, lex.lang), [])


def _preferred(options: Sequence[Syllable], position: int, length: int) -> Syllable:
    wanted = "surname" if position == 0 else ("given" if position == length - 1 else "middle")
    return min(options, key=lambda s: (s.rank_as(wanted), s.rank))


def romanize(parts: Sequence[str], lex: Lexicon) -> tuple[str, bool]:
    """Romanized name for written syllables, and whether the spelling was exact.

    Latin-script syllables are exact (marks removed); others take the reading usual at their
    place in the name, and are marked inexact.
    """
    out: list[str] = []
    exact = True
    for i, part in enumerate(parts):
        if is_latin_word(part):
            out.append(ascii_fold(part).capitalize())
            continue
        exact = False
        options = readings(part, lex)
        if options:
            out.append(_preferred(options, i, len(parts)).romanized)
        else:
            out.append(_letters_to_latin(part, lex))
    return " ".join(out), exact


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
