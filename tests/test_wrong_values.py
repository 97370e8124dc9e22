"""Wrong values found on real news, by class: each case is a made-up sentence of the same shape
and what must (or must not) come out of it. A value that is silently wrong is worse than none,
so most cases assert that nothing, or less, is read.

Classes: the digits of a web address read as percentages; a verb or preposition after a number
read as what it counts; the old and new level of a change read as a range; a number word right
after digits (a garbled figure) read as one more amount; abbreviations' initials and a
preposition glued to a quantifier or a country read as a person's name.
"""
from __future__ import annotations

import pytest

from newsextract.extractors.figures.extractor import find_figures
from newsextract.extractors.officials.extractor import find_officials

# (language, sentence, expected figures as (value, kind, unit)), in order of appearance.
FIGURE_CASES = [
    # a web address: percent-encoding ("%D8%A8") and paths ("/2030%2C") are no figures
    ("ar", "المصدر: https://example.com/%D8%A8%D8%A3-90-%D9%86%D8%A7 وارتفع النمو 5%.",
     [(5.0, "percent", "percent")]),
    ("el", "Δείτε www.example.gr/%CE%B1%CF%85-2030%2C-12 για 3% αύξηση.", [(3.0, "percent", "percent")]),
    ("vi", "Nguồn: http://example.vn/tang-truong-2030%2C-tam-nhin tăng 6,2%.", [(6.2, "percent", "percent")]),
    # a verb or preposition after a number counts nothing: the number alone gives no figure
    ("ar", "صوت 89 نائبا من أصل 114 كانوا حاضرين للجلسة.", [(89.0, "count", "MP")]),
    ("ar", "زاد الدعم من 800 مليون لى المزارعين.", []),
    # "rose from X to Y": the two levels of a change, each with the currency, no range
    ("ar", "ودعم الكهرباء زاد من 57 مليار إلى 68 مليار جنيه.",
     [(57e9, "money", "EGP"), (68e9, "money", "EGP")]),
    # a number word right after digits and a percent sign: a garbled figure, not "one billion"
    ("ar", "وأكد أن الدعم ارتفع إلى 12.5% مليار جنيه هذا العام.", [(12.5, "percent", "percent")]),
]

# (language, sentence): the pairs must stay a range (the fix above must not undo ranges)
RANGE_CASES = [
    ("ar", "تتراوح الكلفة بين 57 إلى 68 مليار جنيه.", (57e9, 68e9)),
    ("ar", "تتراوح الكلفة من 57 مليار إلى 68 مليار جنيه.", (57e9, 68e9)),
    ("el", "Η δαπάνη κυμαίνεται από 3 έως 5 δισ. ευρώ.", (3e9, 5e9)),
    ("vi", "Dự kiến tăng từ 5 - 7 tỷ đồng.", (5e9, 7e9)),   # a rise of 5 to 7 billion: a range
]


@pytest.mark.parametrize("lang, sentence, expected", FIGURE_CASES)
def test_figures_without_wrong_values(lang: str, sentence: str, expected: list[tuple[float, str, str]]) -> None:
    got = [(r["value"], r["kind"], r["unit"]) for r in find_figures(sentence, lang)]
    assert got == expected


# (language, sentence, values): "rose from X to Y" gives both levels and no range
CHANGE_LEVEL_CASES = [
    ("ar", "ودعم الكهرباء زاد من 57 مليار إلى 68 مليار جنيه.", [57e9, 68e9]),
    ("ar", "ارتفع الدعم من 57 إلى 68 مليار جنيه.", [57e9, 68e9]),
    ("ar", "ارتفعت مخصصات الصحة العامة من 19 إلى 25 مليار جنيه.", [19e9, 25e9]),
    ("el", "Ο προϋπολογισμός αυξήθηκε από 3 έως 5 δισ. ευρώ.", [3e9, 5e9]),
]


@pytest.mark.parametrize("lang, sentence, values", CHANGE_LEVEL_CASES)
def test_change_levels_are_no_range(lang: str, sentence: str, values: list[float]) -> None:
    records = find_figures(sentence, lang)
    assert [r["value"] for r in records] == values
    assert all(r["value_low"] is None and r["value_high"] is None for r in records)


@pytest.mark.parametrize("lang, sentence, bounds", RANGE_CASES)
def test_ranges_stay_ranges(lang: str, sentence: str, bounds: tuple[float, float]) -> None:
    records = find_figures(sentence, lang)
    assert records and all((r["value_low"], r["value_high"]) == bounds for r in records)


# (language, sentence, names that must not come out as officials)
NOT_PERSON_CASES = [
    ("ar", "وأشار إلى مخاطبة وزارة المالية لجميع جهات الدولة لسؤالها عن احتياجاتها.", ["لجميع جهات"]),
    ("ar", "ارتفع الناتج المحلي الإجمالي لفيتنام بنسبة 7.4 بالمائة في الربع الثالث.",
     ["لفيتنام بنسبة", "لفيتنام"]),
    ("ar", "وتمت الموافقة على الميزانية الإضافية لكافة الوزارات.", ["لكافة الوزارات"]),
    ("ar", "عقد الاجتماع بمنزل السفير المصري في الرياض.", ["المصري"]),
    ("ar", "وحضر اللقاء السفير الأردني لدى فيتنام.", ["الأردني"]),
    ("el", "Κ.Υ.Α. 16092/2023 Επιχορήγηση σε πληγείσες επιχειρήσεις από τις πυρκαγιές.", ["Υ", "Κ", "Α"]),
    ("el", "Η Κ.Υ.Α. δημοσιεύθηκε χθες στο ΦΕΚ.", ["Υ", "Κ", "Α"]),
]

# (language, sentence, a name that must still come out): the rules above keep real names
PERSON_CASES = [
    ("el", "Δήλωσε ο υπουργός Οικονομικών Κ. Χατζηδάκης ότι το έλλειμμα μειώθηκε.", "Χατζηδάκης"),
    ("ar", "قال وزير المالية محمد العسعس إن العجز تراجع.", "محمد العسعس"),
]


@pytest.mark.parametrize("lang, sentence, not_names", NOT_PERSON_CASES)
def test_no_official_that_is_not_a_person(lang: str, sentence: str, not_names: list[str]) -> None:
    names = [o["name"] for o in find_officials(sentence, lang)]
    assert not set(names) & set(not_names), names


@pytest.mark.parametrize("lang, sentence, name", PERSON_CASES)
def test_real_names_are_kept(lang: str, sentence: str, name: str) -> None:
    names = [o["name"] for o in find_officials(sentence, lang)]
    assert any(name in n for n in names), names


# (sentence, issuer): the verbs of signing and issuing ("vừa ký ban hành") are no part of the issuer
VI_ISSUER_CASES = [
    ("Phó Chủ tịch UBND tỉnh Nguyễn Văn An ký ban hành Quyết định số 1520/QĐ-UBND về việc giao vốn.",
     "Phó Chủ tịch UBND tỉnh Nguyễn Văn An"),
    ("Chủ tịch UBND tỉnh vừa ký ban hành Quyết định số 1200/QĐ-UBND về việc phê duyệt dự án.", "UBND tỉnh"),
]


@pytest.mark.parametrize("sentence, issuer", VI_ISSUER_CASES)
def test_issuer_without_signing_verbs(sentence: str, issuer: str) -> None:
    from newsextract.extractors.documents.extractor import find_documents

    docs = find_documents(sentence, "vi")
    assert [d["issuer"] for d in docs] == [issuer]


# (sentence, document text): a law's title ends before who heard or chaired it
AR_TITLE_CASES = [
    ("عرض الوزير مشروع قانون الاستثمار الجديد أمام النواب أمس.", "مشروع قانون الاستثمار الجديد"),
    ("ناقش المجلس مشروع قانون الموازنة الاتحادية برئاسة رئيس المجلس.", "مشروع قانون الموازنة الاتحادية"),
    ("بدأت مناقشة مشروع قانون الاستثمار بحضور وزير المالية.", "مشروع قانون الاستثمار"),
]


@pytest.mark.parametrize("sentence, text", AR_TITLE_CASES)
def test_title_stops_before_who_heard_it(sentence: str, text: str) -> None:
    from newsextract.extractors.documents.extractor import find_documents

    assert [d["text"] for d in find_documents(sentence, "ar")] == [text]
