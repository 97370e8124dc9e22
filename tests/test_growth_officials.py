"""Officials: time grows with the article, not with pairs of mentions.

Each hostile shape is built at size n and 2n and timed as ``growth.py`` says: at 2n it must
take at most about three times what it takes at n (linear work gives ~2x, quadratic ~4x). Names are
made from the syllable tables, articles from the package's own corpora.
"""
from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import pytest

from newsextract.extractors.officials.extractor import find_officials
from newsextract.resources import load_tsv

from growth import assert_linear_growth

CORPORA = Path(__file__).resolve().parents[1] / "newsextract" / "corpora"


def _names(lang: str, count: int) -> list[str]:
    """``count`` distinct three-syllable names (surname, middle, given) as ``lang`` writes them."""
    rows = load_tsv("extractors/officials", lang, "syllables.tsv")

    def written(cls: str) -> list[str]:
        """The usual syllables of one place in a name, most common first, each written once."""
        ranked = []
        for row in rows:
            ranks = dict(item.split("=") for item in row["classes"].split(",") if "=" in item)
            if cls in ranks:
                forms = row["written"].split("|")
                # a Vietnamese row lists the plain spelling first: write the marked one
                form = next((f for f in forms if f != row["syllable"]), forms[0]) if lang == "vi" else forms[0]
                ranked.append((int(ranks[cls]), form))
        return list(dict.fromkeys(form for _, form in sorted(ranked)))

    combos = itertools.product(written("given")[:60], written("middle")[:8], written("surname")[:12])
    names = [f"{surname} {middle} {given}" for given, middle, surname in itertools.islice(combos, count)]
    assert len(set(names)) == count
    return names


def arabic_speakers(count: int) -> tuple[str, str]:
    """One long sentence of speakers, each with a title and a speech verb."""
    return " ".join(f"وقال الرفيق {name}، رئيس اللجنة الشعبية للمقاطعة، إن العمل يسير وفق الخطة،"
                    for name in _names("ar", count)) + ".", "ar"


def vietnamese_attendees(count: int) -> tuple[str, str]:
    """A list of attendees with titles after one cue."""
    return "Dự hội nghị có các đồng chí: " + "; ".join(
        f"{name}, Phó Chủ tịch UBND tỉnh" for name in _names("vi", count)) + ".", "vi"


def vietnamese_chairs(count: int) -> tuple[str, str]:
    """A list of people after one chair cue: each is told from the cue along the list."""
    return "Chủ trì hội nghị có các đồng chí: " + "; ".join(
        f"{name}, Phó Chủ tịch UBND tỉnh" for name in _names("vi", count)) + ".", "vi"


def joined_articles(lang: str) -> Callable[[int], tuple[str, str]]:
    """Ordinary articles of ``lang`` from the corpora, joined into one of about ``size`` characters."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPORA.glob("*/texts/*.txt"))
             if p.name.startswith(f"{lang}_") or f"_{lang}_" in p.name]
    assert texts

    def build(size: int) -> tuple[str, str]:
        out: list[str] = []
        length = 0
        for text in itertools.cycle(texts):
            out.append(text)
            length += len(text) + 2
            if length >= size:
                return "\n\n".join(out), lang
        raise AssertionError("unreachable")

    return build


@pytest.mark.parametrize(("shape", "build", "n"), [
    ("Arabic report of many speakers", arabic_speakers, 150),
    ("Vietnamese list of attendees", vietnamese_attendees, 500),
    ("Vietnamese list of chairs", vietnamese_chairs, 500),
    ("Arabic articles joined", joined_articles("ar"), 25_000),
    ("Greek articles joined", joined_articles("el"), 25_000),
    ("Vietnamese articles joined", joined_articles("vi"), 25_000),
])
def test_officials_time_grows_linearly(shape: str, build: Callable[[int], tuple[str, str]], n: int) -> None:
    small_text, lang = build(n)
    large_text, _ = build(2 * n)
    assert len(large_text) >= 1.8 * len(small_text)
    assert_linear_growth(lambda _salt: find_officials(small_text, lang),
                         lambda _salt: find_officials(large_text, lang), shape)


def test_hostile_shapes_find_every_person() -> None:
    """The shapes are what they claim: every name is read as a person, with its role."""
    text, lang = arabic_speakers(20)
    records = find_officials(text, lang)
    assert len(records) == 20
    assert all(r["roles"] == ["spoke"] for r in records)
    text, lang = vietnamese_attendees(20)
    records = find_officials(text, lang)
    assert len(records) == 20
    assert all(r["roles"] == ["attended"] for r in records)
    text, lang = vietnamese_chairs(20)
    records = find_officials(text, lang)
    assert len(records) == 20
    assert all(r["roles"] == ["chaired"] for r in records)
