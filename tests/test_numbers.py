"""Shared number parsing: digits and separators by language, scale words, number words, ranges.

The middle form is tested on its own: a digit string -> its readings (the language's first),
then a whole number phrase -> one value, then phrases found in running text with offsets.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from newsextract.extractors.numbers import (digit_readings, find_numbers, grammar, parse_digits, parse_number,
                                           separator_convention)
from newsextract.resources import SUPPORTED_LANGUAGES, load_yaml

DIGITS = [
    # Arabic: "," groups thousands, "." is the decimal mark; Arabic-Indic digits and ٫ ٬ too.
    ("ar", "8,641", 8641.0),
    ("ar", "8.8", 8.8),
    ("ar", "1.647", 1.647),
    ("ar", "100,000", 100000.0),
    ("ar", "1,234,567", 1234567.0),
    ("ar", "29,8", 29.8),
    ("ar", "٨٬٦٤١", 8641.0),
    ("ar", "١٢٫٥", 12.5),
    ("ar", "۱۵", 15.0),
    ("ar", "١٠٠", 100.0),
    ("ar", "1,234.5", 1234.5),
    ("ar", "8.000", 8000.0),
    # Greek and Vietnamese: "." groups thousands, "," is the decimal mark.
    ("el", "8.641", 8641.0),
    ("el", "29,8", 29.8),
    ("el", "1,647", 1.647),
    ("el", "1.234.567", 1234567.0),
    ("el", "1.234,5", 1234.5),
    ("el", "10,000", 10000.0),
    ("vi", "8.641", 8641.0),
    ("vi", "29,8", 29.8),
    ("vi", "1,647", 1.647),
    ("vi", "1.000.000", 1000000.0),
    ("vi", "7,12", 7.12),
    ("vi", "0,125", 0.125),
    ("vi", "1234,567", 1234.567),
]


@pytest.mark.parametrize("lang,surface,value", DIGITS)
def test_parse_digits(lang: str, surface: str, value: float) -> None:
    assert parse_digits(surface, lang) == pytest.approx(value)


@pytest.mark.parametrize("lang,surface,readings", [
    ("ar", "8,641", (8641.0, 8.641)),
    ("vi", "8,641", (8.641, 8641.0)),
    ("el", "8.641", (8641.0, 8.641)),
    ("ar", "29,8", (29.8,)),
    ("vi", "1.234.567", (1234567.0,)),
])
def test_ambiguous_shape_keeps_the_other_reading(lang: str, surface: str, readings: tuple[float, ...]) -> None:
    assert digit_readings(surface, lang) == pytest.approx(readings)


@pytest.mark.parametrize("surface", ["12.3.2024", "1.2.3", "1,23,456", "1.23.456", "12.345,6.7"])
def test_malformed_digit_strings_have_no_value(surface: str) -> None:
    for lang in SUPPORTED_LANGUAGES:
        assert parse_digits(surface, lang) is None


PHRASES = [
    ("ar", "8,641 مليار", 8641e9),
    ("ar", "770 ألف", 770e3),
    ("ar", "5 مليارات", 5e9),
    ("ar", "10 ملايين", 10e6),
    ("ar", "١٫٢ مليون", 1.2e6),
    ("ar", "ثلاثة", 3.0),
    ("ar", "خمسة آلاف", 5000.0),
    ("ar", "37ألف", 37000.0),
    ("el", "8.641 δισεκατομμύρια", 8641e9),
    ("el", "1,5 εκατ.", 1.5e6),
    ("el", "2 δισ.", 2e9),
    ("el", "770 χιλιάδες", 770e3),
    ("el", "1 εκατομμυρίου", 1e6),
    ("el", "δύο", 2.0),
    ("el", "τρία εκατομμύρια", 3e6),
    ("vi", "8.641 tỷ", 8641e9),
    ("vi", "770 nghìn", 770e3),
    ("vi", "12 ngàn", 12e3),
    ("vi", "6 tỉ", 6e9),
    ("vi", "1 nghìn tỷ", 1e12),
    ("vi", "1 tỷ 200 triệu", 1.2e9),
    ("vi", "66,1 tỷ", 66.1e9),
    ("vi", "hai", 2.0),
    ("vi", "ba triệu", 3e6),
    # a scale larger than every one before multiplies the whole sum read so far
    ("ar", "ألف وثلاثمائة واثني عشر مليارًا وثمانمائة مليون", 1312.8e9),
    ("ar", "ثلاثة آلاف وخمسمائة مليون", 3.5e9),
    ("el", "δύο χιλιάδες πεντακόσια εκατομμύρια", 2.5e9),
    ("vi", "hai nghìn năm trăm tỷ", 2.5e12),
]


@pytest.mark.parametrize("lang,surface,value", PHRASES)
def test_parse_number_phrase(lang: str, surface: str, value: float) -> None:
    assert parse_number(surface, lang) == value


@pytest.mark.parametrize("lang,text,values", [
    ("ar", "بين 7 و10 ملايين دونج", [7e6, 10e6]),
    ("ar", "بين 7 و 10 ملايين", [7e6, 10e6]),
    ("el", "μεταξύ 7 και 10 εκατ.", [7e6, 10e6]),
    ("el", "7 έως 9 εκατομμύρια", [7e6, 9e6]),
    ("vi", "từ 7-10 triệu đồng", [7e6, 10e6]),
    ("vi", "7 đến 9 triệu", [7e6, 9e6]),
])
def test_scale_word_after_a_range_applies_to_both_ends(lang: str, text: str, values: list[float]) -> None:
    (match,) = find_numbers(text, lang)
    assert match.values == values
    assert match.is_range


def test_a_falling_pair_is_not_a_range() -> None:
    matches = find_numbers("10-3", "vi")
    assert all(not m.is_range for m in matches)


def test_ratio_total() -> None:
    (match,) = find_numbers("185/261 μοντέλα", "el")
    assert (match.value, match.total) == (185.0, 261.0)


@pytest.mark.parametrize("lang,text", [("vi", "năm 2024 tỷ lệ hộ nghèo"), ("vi", "2 triệu tập"),
                                       ("vi", "5 tỷ phú")])
def test_scale_blockers(lang: str, text: str) -> None:
    assert all(m.scale == 1.0 for m in find_numbers(text, lang))


@pytest.mark.parametrize("lang,text,surface", [
    ("ar", "بلغت ٨٬٦٤١ مليار دونج", "٨٬٦٤١ مليار"),
    ("el", "έσοδα 1,5 εκατ. ευρώ", "1,5 εκατ."),
    ("vi", "đạt 8.641 tỷ đồng", "8.641 tỷ"),
])
def test_offsets_point_into_the_stored_text(lang: str, text: str, surface: str) -> None:
    (match,) = find_numbers(text, lang)
    assert text[match.start:match.end] == surface


NUMBER_KEYS = {"decimal_mark", "group_mark", "scales", "scale_blockers", "bare_scales", "number_words",
               "number_word_rules", "sign_words", "range_connectors", "compound_joiners", "bare_scale_not_after",
               "levels", "half_scale_article"}
NUMBER_WORD_CLASSES = {"zero", "units", "units_after_tens", "tens", "teens", "hundreds", "alone", "fractions"}
NUMBER_WORD_RULES = {"hundred_multipliers", "ten_multipliers", "teen_tails", "teen_only", "compound_only", "order",
                     "joiner", "proclitics", "fillers", "half_after_scale", "singular_before_joiner", "decimal_words",
                     "not_alone", "only_before",
                     "not_after_tens", "group_after_scale", "blockers"}


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_numbers_resource_has_every_key(lang: str) -> None:
    data = load_yaml("extractors", lang, "numbers.yaml")
    assert NUMBER_KEYS <= set(data), sorted(NUMBER_KEYS - set(data))
    assert set(data["number_words"]) == NUMBER_WORD_CLASSES, sorted(set(data["number_words"]) ^ NUMBER_WORD_CLASSES)
    assert set(data["number_word_rules"]) == NUMBER_WORD_RULES, \
        sorted(set(data["number_word_rules"]) ^ NUMBER_WORD_RULES)
    assert data["number_word_rules"]["order"] in ("units_first", "tens_first")
    assert data["number_word_rules"]["group_after_scale"] in ("any", "hundreds_or_filler")
    assert {data["decimal_mark"], data["group_mark"]} == {".", ","}
    path = Path(__file__).resolve().parents[1] / "newsextract/extractors/resources" / lang / "numbers.yaml"
    assert path.read_text(encoding="utf-8").startswith("#")
    g = grammar(lang)
    assert g.scales and g.number_words


# --- the separator convention of one article ------------------------------------------------
# Whole short texts -> the decimal mark the article uses, and where it was read from. A decimal
# comma is shown by "58,7%", "2,35 tỷ", "0,1234" or "1.234.567"; a decimal dot by "8.8%" or
# "1,234,567". No evidence, or as much of each, leaves the language's default.
CONVENTIONS = [
    # Arabic translated from Vietnamese keeps the Vietnamese marks.
    ("ar", "ارتفع الإنتاج 58,7% وبلغت الإيرادات 4.350 مليار دونج.", ",", "text"),
    ("ar", "بلغ عدد السكان 1.234.567 نسمة.", ",", "text"),
    ("ar", "وبلغت القيمة 2,35 مليار دونج.", ",", "text"),
    # Arabic with English marks (the language's own default, read from the text).
    ("ar", "بلغت القيمة 8,641 مليار دونج، بزيادة 8.8%.", ".", "text"),
    ("ar", "استقبلت 1,234,567 زائرًا.", ".", "text"),
    # No evidence: the default.
    ("ar", "بلغت الإيرادات 4.350 مليار دونج.", ".", "language"),
    # Conflicting evidence: the default.
    ("ar", "ارتفع 12,5% ثم 8.8%.", ".", "language"),
    # Greek written with English marks.
    ("el", "αύξηση 12.5% και έσοδα 3,250 δισ. ευρώ.", ".", "text"),
    ("el", "υποδέχθηκε 2,345,678 επισκέπτες.", ".", "text"),
    ("el", "ποσοστό 29,8% του σχεδίου.", ",", "text"),
    ("el", "έσοδα 8.641 δισ. ευρώ.", ",", "language"),
    ("el", "κόστος 1.234,5 ευρώ.", ",", "text"),
    # Vietnamese written with English marks.
    ("vi", "tăng 12.5%, đạt 3,250 tỷ đồng.", ".", "text"),
    ("vi", "đạt 0,1234 điểm và 7,12%.", ",", "text"),
    ("vi", "đạt 3.250 tỷ đồng.", ",", "language"),
    # A short "1.5" proves a decimal dot when a scale word follows it.
    ("vi", "vốn 1.5 tỷ đồng.", ".", "text"),
    ("el", "κόστος 2.5 εκατ. ευρώ.", ".", "text"),
    ("ar", "بقيمة ١٫٥ مليون دولار.", ".", "text"),
    # A heading "1.2", an "4.0" or a time "10.30" proves nothing; neither do phone numbers.
    ("vi", "1.2. Kết quả: Cách mạng công nghiệp 4.0, lúc 10.30, đạt 3.250 tỷ đồng.", ",", "language"),
    ("vi", "Điện thoại 0912.345.678; đạt 3.250 tỷ đồng.", ",", "language"),
    # Three digits after one mark prove nothing: "4.350" and "8,641" are the ambiguous ones ...
    ("el", "έσοδα 4.350 και 8,641.", ",", "language"),
    # ... unless they are three zeros: "612.000" groups thousands with a dot.
    ("ar", "وبلغت الإيرادات 4.350 مليار دونج وتم توزيع 612.000 هدية.", ",", "text"),
    ("vi", "thu hút 25,000 lượt khách.", ".", "text"),
]


@pytest.mark.parametrize("lang,text,decimal,source", CONVENTIONS)
def test_separator_convention_of_an_article(lang: str, text: str, decimal: str, source: str) -> None:
    convention = separator_convention(text, lang)
    assert (convention.decimal_mark, convention.source) == (decimal, source)
    assert {convention.decimal_mark, convention.group_mark} == {".", ","}


# The convention decides the ambiguous numbers of the same text.
AMBIGUOUS_BY_ARTICLE = [
    ("ar", "ارتفع الإنتاج 58,7% وبلغت الإيرادات 4.350 مليار دونج.", "4.350 مليار", 4350e9),
    ("ar", "بلغت الإيرادات 4.350 مليار دونج.", "4.350 مليار", 4.35e9),
    ("ar", "بلغت القيمة 8,641 مليار دونج، بزيادة 8.8%.", "8,641 مليار", 8641e9),
    ("el", "αύξηση 12.5% και έσοδα 3,250 δισ. ευρώ.", "3,250 δισ.", 3250e9),
    ("el", "έσοδα 3,250 δισ. ευρώ.", "3,250 δισ.", 3.25e9),
    ("vi", "tăng 12.5%, đạt 3,250 tỷ đồng.", "3,250 tỷ", 3250e9),
    ("vi", "đạt 3,250 tỷ đồng.", "3,250 tỷ", 3.25e9),
]


@pytest.mark.parametrize("lang,text,surface,value", AMBIGUOUS_BY_ARTICLE)
def test_ambiguous_numbers_follow_the_article(lang: str, text: str, surface: str, value: float) -> None:
    group = separator_convention(text, lang).group_mark
    (match,) = [m for m in find_numbers(text, lang, group) if text[m.start:m.end] == surface]
    assert match.value == pytest.approx(value)


# ---------------------------------------------------------------------------------------------
# The article view shared by documents and figures is the textnorm view, built faster.
def _corpus_texts(lang: str) -> list[str]:
    root = Path(__file__).resolve().parent.parent / "newsextract" / "corpora"
    return [p.read_text(encoding="utf-8") for p in sorted(root.glob(f"*/texts/{lang}_*.txt"))]


@pytest.mark.parametrize("lang,text", [
    ("ar", "القرارُ رقم ٥ بِنِسبة ١٢٫٥٪"),       # diacritics dropped, digits and separators rewritten
    ("el", "Η ΑΠΌΦΑΣΗ αριθ. 5 και ΐ ϊ ΰ"),      # accents and case folded
    ("vi", "Quyết định số 12/QĐ-UBND İ"),       # İ folds to two characters
    ("ar", ""),
    ("vi", "ّ"),
])
def test_article_view_is_the_match_view(lang: str, text: str) -> None:
    from newsextract.extractors.numbers import article_view
    from newsextract.textnorm import match_view

    assert article_view.__wrapped__(text, lang) == match_view(text, lang)


@pytest.mark.parametrize("lang", ["ar", "el", "vi"])
def test_article_view_matches_on_the_corpus(lang: str) -> None:
    from newsextract.extractors.numbers import article_view
    from newsextract.textnorm import match_view

    texts = _corpus_texts(lang)
    assert texts
    for text in texts:
        assert article_view.__wrapped__(text, lang) == match_view(text, lang)
    assert article_view(texts[0], lang) is article_view(texts[0], lang)  # built once per article
