"""Vietnamese registration codes: find them in text and decode their parts.

A code names a document's number, type and issuer in one token: party documents write
``number-TYPE/ISSUER`` (``24-KH/BCĐ``, ``35-NQ/TW``), state documents ``number[/year]/TYPE-ISSUER``
(``218/QĐ-TTg``, ``01/2024/NQ-HĐND``), laws ``number/year/QH15``. Translations keep the code
in Latin script while blurring the type word, so the code is the most reliable evidence of a
document's type. The letter parts are decoded with ``resources/common/codes.yaml``.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ...resources import load_yaml
from ...textnorm import DIGIT_TRANSLATION, SEPARATOR_TRANSLATION

AREA = "extractors/documents"
COMMON = "common"

_LETTER = "A-Za-zĐđ"
_TAIL = rf"(?:[-.][{_LETTER}0-9]{{1,12}})*"
# Where a code begins: after no letter, digit, slash, dot or dash, or after the Arabic
# conjunction و glued to it in a list ("رقم 101/QĐ-TTg و102/QĐ-TTg").
_CODE_BEGIN = r"(?:(?<![\w/.\-])|(?<=\sو))"
# Party style: 24-KH/BCĐ, 217-QĐ/TW, 05-TT/BDVTU.
PARTY_CODE = re.compile(
    rf"{_CODE_BEGIN}(\d{{1,5}})\s?-\s?([A-ZĐ][{_LETTER}]{{0,5}})\s?/\s?([A-ZĐ][{_LETTER}0-9]{{0,11}}{_TAIL})(?!\w)")
# State style: 218/QĐ-TTg, 01/2024/NQ-HĐND, 123/QĐ-UBND.VX.
STATE_CODE = re.compile(
    rf"{_CODE_BEGIN}(\d{{1,5}})\s?/\s?(?:(\d{{4}})\s?/\s?)?([A-ZĐ][{_LETTER}]{{0,5}})\s?-\s?"
    rf"([A-ZĐ][{_LETTER}0-9]{{0,11}}{_TAIL})(?!\w)")
# Year style without a type part: 15/2023/QH15 (a law of the 15th National Assembly).
YEAR_CODE = re.compile(rf"{_CODE_BEGIN}(\d{{1,5}})/(\d{{4}})/([A-ZĐ][{_LETTER}]{{1,6}})(\d{{0,2}})(?![\w/\-])")


# Characters ascii_digits rewrites; most articles have none, and then the text is used as it is.
_FOREIGN_DIGIT_MAP = {chr(k): (v if isinstance(v, str) else chr(v))
                      for table in (DIGIT_TRANSLATION, SEPARATOR_TRANSLATION) for k, v in table.items()}
_FOREIGN_DIGIT = re.compile("[" + re.escape("".join(_FOREIGN_DIGIT_MAP)) + "]")


def _ascii_digits(text: str) -> str:
    """:func:`newsextract.textnorm.ascii_digits`, rewriting only where a foreign digit or separator stands."""
    if not _FOREIGN_DIGIT.search(text):
        return text
    return _FOREIGN_DIGIT.sub(lambda m: _FOREIGN_DIGIT_MAP[m.group(0)], text)


# Every code holds a slash with a capital letter after it, or a space and one: the type or issuer
# part ("24-KH/BCĐ", "218/QĐ-TTg", "01/2024/NQ-HĐND", "15/2023/QH15"); dates and ratios hold none.
SLASH_CAPITAL = re.compile(r"/\s?[A-ZĐ]")
# Where a code can begin: a digit after no letter, digit, slash, dot or dash (the codes' own lookbehind).
CODE_START = re.compile(r"\d(?:(?<![\w/.\-]\d)|(?<=\sو\d))")
# Every code's slash before a capital (:data:`SLASH_CAPITAL`) stands at most 15 characters after its
# first digit ("12345 - ABCDEF /" in the party style, "12345 / 2024 /" in the state style): code starts
# are looked for only that far before such a slash, not before every slash of the text (dates hold many).
CODE_HEAD_MAX = 16
# How far before a code's start its patterns look back (``(?<=\sو)`` before the digit), with room.
LOOK_BACK = 4


def _code_starts(digits: str, slashes: list[int]) -> list[int]:
    """Where a code can begin (:data:`CODE_START`), looked for only in the stretches before each
    slash followed by a capital (``slashes``, ascending) that a code's beginning can lie in."""
    starts: list[int] = []
    done = 0
    for slash in slashes:
        starts.extend(m.start() for m in CODE_START.finditer(digits, max(done, slash - CODE_HEAD_MAX), slash))
        done = slash
    return starts


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that can only begin at one of ``starts``: tried
    there alone instead of at every character."""
    resume = 0
    for start in starts:
        if start < resume:
            continue
        m = pattern.match(text, start)
        if m:
            yield m
            resume = m.end()


def ascii_code(s: str) -> str:
    """A code part in ASCII (Đ → D), the form used for lookups and keys."""
    return s.replace("Đ", "D").replace("đ", "d")


@dataclass(frozen=True)
class CodeInfo:
    """What a registration code says about its document."""

    code: str                   # as written
    number: str                 # without leading zeros
    year: str | None            # state codes with a year part
    type_code: str | None       # lexicon spelling (QĐ, KH, NQ...), None when the code has none
    issuer_code: str | None     # lexicon spelling when known, else as written
    type: str | None            # gold type the type code stands for
    also: tuple[str, ...]       # other types written with the same type code
    issuer_name: str | None     # English name of the issuer, when the lexicon knows it

    @property
    def key(self) -> str:
        """Normalised identity of the code (ASCII, upper case, no leading zeros)."""
        return "|".join([ascii_code(self.type_code or "").upper(), self.number, self.year or "",
                         ascii_code(self.issuer_code or "").upper()])


@functools.cache
def _lexicon() -> tuple[dict[str, tuple[str, dict]], dict[str, tuple[str, dict]], dict[str, str]]:
    data = load_yaml(AREA, COMMON, "codes.yaml")
    types: dict[str, tuple[str, dict]] = {}
    issuers: dict[str, tuple[str, dict]] = {}
    for table, source in ((types, data["type_codes"]), (issuers, data["issuer_codes"])):
        for key, value in source.items():
            for alias in (key, ascii_code(key)):
                table.setdefault(alias, (key, value))
        for key, value in source.items():  # case-insensitive fallback, exact spellings first
            for alias in (key.upper(), ascii_code(key).upper()):
                table.setdefault(alias, (key, value))
    suffixes = {ascii_code(k).upper(): v for k, v in data.get("issuer_suffixes", {}).items()}
    return types, issuers, suffixes


def _lookup(table: dict[str, tuple[str, dict]], part: str) -> tuple[str, dict] | None:
    return table.get(part) or table.get(ascii_code(part)) or table.get(ascii_code(part).upper())


def decode_type(part: str) -> tuple[str, dict] | None:
    """Lexicon entry ``(spelling, {type, also, name})`` of a type code such as ``QD``, or None."""
    return _lookup(_lexicon()[0], part)


def decode_issuer(part: str) -> tuple[str, str | None]:
    """``(issuer_code, English name or None)`` of an issuer code such as ``BCD`` or ``BDVTU``."""
    issuers, suffixes = _lexicon()[1], _lexicon()[2]
    found = _lookup(issuers, part)
    if found:
        return found[0], found[1]["name"]
    base = re.split(r"[.\-]", part)[0]  # UBND.VX, QĐ-UBND-KT: the office's unit comes after
    found = _lookup(issuers, base) or _lookup(issuers, base.rstrip("0123456789"))
    if found:
        return found[0], found[1]["name"]
    upper = ascii_code(base).upper()
    for suffix, phrase in suffixes.items():
        if upper.endswith(suffix) and len(upper) > len(suffix):
            office = _lookup(issuers, base[: len(base) - len(suffix)])
            if office:
                return base, f"{office[1]['name']} {phrase}"
    return base, None


@functools.lru_cache(maxsize=4096)
def _info(code: str, number: str, year: str | None, type_part: str | None, issuer_part: str) -> CodeInfo | None:
    """What a code's parts say, or None for letters that are no document type; remembered per
    spelling, as the same codes are cited in article after article."""
    entry = decode_type(type_part) if type_part else None
    if type_part and entry is None:
        office = _lookup(_lexicon()[1], type_part)
        if office is None:
            return None  # letters that are no known document type: not a registration code
        # "4748/UBND-TH": an official letter (công văn) is numbered by its issuer and the
        # issuer's office, with no type letters
        return CodeInfo(code=code, number=str(int(number)), year=year, type_code=None, issuer_code=office[0],
                        type="other", also=(), issuer_name=office[1]["name"])
    issuer_code, issuer_name = decode_issuer(issuer_part)
    return CodeInfo(code=code, number=str(int(number)), year=year,
                    type_code=entry[0] if entry else None, issuer_code=issuer_code,
                    type=entry[1]["type"] if entry else None,
                    also=tuple(entry[1].get("also", ())) if entry else (), issuer_name=issuer_name)


@functools.lru_cache(maxsize=4096)
def parse_code(code: str) -> CodeInfo | None:
    """Decode one registration code (``"218/QD-TTg"``); None if it is not one (remembered: the
    same codes are decoded again for every mention)."""
    found = next(find_codes(code.strip()), None)
    if found is None or found[1] - found[0] != len(code.strip()):
        return None
    return found[2]


def find_codes(text: str) -> Iterator[tuple[int, int, CodeInfo]]:
    """Every registration code in ``text`` as ``(start, end, info)``, in text order."""
    if "/" not in text:
        return
    slashes = [m.start() for m in SLASH_CAPITAL.finditer(text)]
    if not slashes:
        return  # every code holds a slash with a capital after it
    # No code starts before the first such slash's reach, and digits there are read by none:
    # only the text after it is rewritten in ASCII digits (the same length, so offsets hold).
    head = max(0, slashes[0] - CODE_HEAD_MAX - LOOK_BACK)
    rest = text[head:]
    converted = _ascii_digits(rest)
    digits = text if converted is rest else text[:head] + converted
    found: list[tuple[int, int, CodeInfo]] = []
    taken = bytearray(len(digits))  # 1 where an earlier code lies: a later pattern may not overlap it
    starts = _code_starts(digits, slashes)
    for pattern in (STATE_CODE, PARTY_CODE, YEAR_CODE):
        for m in _matches_at(pattern, digits, starts):
            if 1 in taken[m.start():m.end()]:
                continue
            written = text[m.start():m.end()]
            if pattern is PARTY_CODE:
                info = _info(written, m.group(1), None, m.group(2), m.group(3))
            elif pattern is STATE_CODE:
                info = _info(written, m.group(1), m.group(2), m.group(3), m.group(4))
            else:
                info = _info(written, m.group(1), m.group(2), None, m.group(3))
            if info is not None:
                found.append((m.start(), m.end(), info))
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    yield from sorted(found, key=lambda item: item[0])
