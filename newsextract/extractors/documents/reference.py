"""The small records the documents stages hand each other.

:class:`TypeHit` and :class:`Anchor` come out of finding (:mod:`.candidates`); a
:class:`Reference` is made from them (:mod:`.numbered`, :mod:`.names`, :mod:`.attributes`),
filled in by reading its attributes (:mod:`.attributes`) and turned into a table row
(:mod:`.records`). Offsets are in the folded view of :class:`.text.ArticleText`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .codes import CodeInfo
from .lexicon import Issuer


class TypeHit(NamedTuple):
    """A document type word: where it starts (with its proclitic), ends, where the word itself
    starts, and the type it names."""

    start: int
    end: int
    word_start: int
    type: str


class Anchor(NamedTuple):
    """Evidence of a numbered document: a registration code, a number after a marker or a
    bare number after a type word; ``marker`` is where its number marker starts, if any."""

    start: int
    end: int
    number: str
    code: CodeInfo | None
    marker: int | None
    year: str | None = None          # written with the number (5027/2023, 1.11.91, 07.21)
    date: str | None = None          # a day written with the number (ΦΕΚ 2826/30.6.2021)
    listed: bool = False             # a later number of a list (القرارين رقم 18 و19): takes the type word before
    swap: tuple[str, str, bool] | None = None  # "70 / 20": the other order's (number, year, order unsure)


@dataclass
class Reference:
    """One document reference while it is being read (offsets in the folded view)."""

    start: int
    end: int
    word_type: str | None = None
    number: str | None = None
    code: CodeInfo | None = None
    plenum: int | None = None
    term: int | None = None
    assembly: bool = False
    issuer: str | None = None
    issuer_entry: Issuer | None = None
    date: str | None = None
    year: str | None = None            # the document's year, where no day is known
    title: str | None = None
    gap: tuple[int, int] | None = None   # words between the type word and the number marker
    extras: dict[str, Any] = field(default_factory=dict)
    swap: tuple[str, str, bool] | None = None  # see :attr:`Anchor.swap`; settled by the document's date
