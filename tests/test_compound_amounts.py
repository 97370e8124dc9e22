"""Compound amounts and levels: a smaller scaled part joined to a scaled amount is one number,
never two; an old and a new level written "from X to Y billion" are both in billions.

Read apart, "مليار و50 مليون دينار" gave a figure of 50 million with the currency (the billion,
without a unit, was dropped): a wrong value, where the whole is 1.05 billion. Tables per language
give the phrase and its value, the phrases that must stay apart or unread, and sentences with
the figures they must give.
"""
from __future__ import annotations

import pytest

from newsextract.extractors.figures.extractor import find_figures
from newsextract.extractors.numbers import find_numbers, parse_number

K, M, B = 1_000, 1_000_000, 1_000_000_000

VALUES = [
    # a scale word alone, then the joiner and a smaller scaled part
    ("ar", "مليار و50 مليون", B + 50 * M),
    ("ar", "مليار و 50 مليون", B + 50 * M),
    ("ar", "مليون و200 ألف", M + 200 * K),
    ("ar", "ألف و200", 1200),
    # the dual, and the accusative singular that folds like it: before the joiner it is the singular
    ("ar", "مليارين و300 مليون", 2 * B + 300 * M),
    ("ar", "ملياراً و200 مليون", B + 200 * M),
    ("ar", "مليونا و500 ألف", M + 500 * K),
    ("ar", "ألفاً وخمسمائة", 1500),
    ("ar", "ألفا وخمسمائة", 1500),
    ("ar", "مليارا", 2 * B),       # alone, the construct dual ("مليارا دولار")
    # a quarter of a scale
    ("ar", "ربع مليار", 250 * M),
    ("ar", "ربع مليون", 250 * K),
    ("ar", "نصف مليار", 500 * M),
    # digits then scales, unchanged
    ("ar", "3 مليارات و400 مليون", 3 * B + 400 * M),
    # Greek joins a scaled part with "και", in digits or in words
    ("el", "1 δισ. και 200 εκατ.", B + 200 * M),
    ("el", "1 δισεκατομμύριο και 200 εκατομμύρια", B + 200 * M),
    ("el", "ένα δισεκατομμύριο και διακόσια εκατομμύρια", B + 200 * M),
    ("el", "2 εκατ. και 500 χιλιάδες", 2 * M + 500 * K),
    ("el", "3 δισ. 200 εκατ.", 3 * B + 200 * M),
    ("vi", "1 tỷ 200 triệu", B + 200 * M),
    ("vi", "2 nghìn tỷ", 2 * K * B),
]


@pytest.mark.parametrize("lang,surface,value", VALUES)
def test_compound_value(lang: str, surface: str, value: float) -> None:
    assert parse_number(surface, lang) == pytest.approx(value, rel=1e-12)


# The parts stay apart: a range or a list of two amounts of the same scale, a larger part after
# a smaller one.
APART = [
    ("el", "μεταξύ 1 δισ. και 2 δισ.", [B, 2 * B]),
    ("el", "200 εκατ. και 1 δισ.", [200 * M, B]),
    ("ar", "50 مليون و1 مليار", [50 * M, B]),
    ("vi", "200 triệu và 1 tỷ", [200 * M, B]),
]


@pytest.mark.parametrize("lang,text,values", APART)
def test_parts_that_stay_apart(lang: str, text: str, values: list[float]) -> None:
    assert [m.value for m in find_numbers(text, lang)] == [pytest.approx(v) for v in values]


# A scale word after a fraction the grammar does not read is no amount at all.
@pytest.mark.parametrize("lang,text", [
    ("ar", "ثلث مليار"), ("ar", "ثلثي مليون"), ("ar", "أعشار مليون"),
])
def test_scale_after_an_unread_fraction_gives_nothing(lang: str, text: str) -> None:
    assert [m.value for m in find_numbers(text, lang) if m.value >= K] == []


# Sentences -> (figure text, value, unit).
FIGURES = [
    ("ar", "بلغت الإيرادات مليار و50 مليون دولار خلال العام.", [("مليار و50 مليون دولار", B + 50 * M, "USD")]),
    ("ar", "بلغت قيمة المشروع مليارين و300 مليون درهم إماراتي.",
     [("مليارين و300 مليون درهم إماراتي", 2 * B + 300 * M, "AED")]),
    ("ar", "وبلغت الاستثمارات ربع مليار دولار.", [("ربع مليار دولار", 250 * M, "USD")]),
    ("ar", "وبلغت الاستثمارات ثلث مليار دولار.", []),
    ("ar", "وشارك في الفعالية ألف و200 شخص.", [("ألف و200 شخص", 1200, "person")]),
    # a scale word after an amount in brackets is that amount's scale, not one of it
    ("ar", "بلغت المخصصات (1,312,800,000) ألف دينار عراقي.", []),
    ("el", "Ο προϋπολογισμός ανέρχεται σε 1 δισ. και 200 εκατ. ευρώ.", [("1 δισ. και 200 εκατ. ευρώ", B + 200 * M, "EUR")]),
    ("el", "Διατέθηκαν ένα δισεκατομμύριο και διακόσια εκατομμύρια ευρώ.",
     [("ένα δισεκατομμύριο και διακόσια εκατομμύρια ευρώ", B + 200 * M, "EUR")]),
    # two amounts, each with its currency: two figures
    ("el", "Διατέθηκαν 2 δισ. ευρώ και 300 εκατ. ευρώ.", [("2 δισ. ευρώ", 2 * B, "EUR"), ("300 εκατ. ευρώ", 300 * M, "EUR")]),
    ("vi", "Tổng vốn đạt 1 tỷ 200 triệu đồng.", [("1 tỷ 200 triệu đồng", B + 200 * M, "VND")]),
]


@pytest.mark.parametrize("lang,text,expected", FIGURES)
def test_compound_figures(lang: str, text: str, expected: list[tuple[str, float, str]]) -> None:
    got = [(r["text"], r["value"], r["unit"]) for r in find_figures(text, lang)]
    assert got == [(s, pytest.approx(v), u) for s, v, u in expected]


# "from X to Y" of an old and a new level: the scale after Y is X's too; each is a figure of its
# own, with no range (value_low/value_high) between them.
LEVELS = [
    ("el", "Τα έσοδα αυξάνονται από τα 41,2 στα 44,8 δισ. ευρώ.", [(41.2 * B, "EUR"), (44.8 * B, "EUR")]),
    ("el", "Οι δαπάνες μειώθηκαν από 9,5 σε 8,7 δισ. ευρώ.", [(9.5 * B, "EUR"), (8.7 * B, "EUR")]),
    ("vi", "Kim ngạch tăng từ 3,4 lên 4,1 tỷ USD.", [(3.4 * B, "USD"), (4.1 * B, "USD")]),
    ("vi", "Chi phí giảm từ 12 xuống 9 triệu đồng.", [(12 * M, "VND"), (9 * M, "VND")]),
]


@pytest.mark.parametrize("lang,text,expected", LEVELS)
def test_old_and_new_level_share_the_scale(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    records = find_figures(text, lang)
    assert [(r["value"], r["unit"]) for r in records] == [(pytest.approx(v), u) for v, u in expected]
    assert all(r["value_low"] is None and r["value_high"] is None for r in records)


# A range stays a range: "from X to Y" with the range connector.
@pytest.mark.parametrize("lang,text,low,high", [
    ("el", "Η ενίσχυση κυμαίνεται από 2 έως 3 εκατ. ευρώ.", 2 * M, 3 * M),
    ("vi", "Mức hỗ trợ từ 200 đến 300 triệu đồng.", 200 * M, 300 * M),
])
def test_a_range_keeps_its_ends(lang: str, text: str, low: float, high: float) -> None:
    records = find_figures(text, lang)
    assert {(r["value_low"], r["value_high"]) for r in records} == {(low, high)}
