"""Documents in native Arabic and Greek news: numbering forms whose parts may be read either
way, repeat mentions of one unnumbered bill, law marks written close to their number,
documents named by an indefinite word after an issuing verb, letterhead decisions and bills
voted on without a title.

Each table row is a sentence written after the grammar of real news and official texts, and the
``(type, number, date)`` rows the extractor must report, in text order. ``date`` is the
document's own day where written, else the year its number carries.
"""
from __future__ import annotations

import pytest

from newsextract.extractors.documents.extractor import find_documents

Row = tuple[str, str | None, str | None]

# Two two-digit parts: the document's own date says which is its year; without one, a
# slash form gives no number (an Algerian ordinance is numbered year first, a court decision
# number first), while the hyphen form keeps its fixed year-first order.
NUMBER_ORDER: list[tuple[str, list[Row]]] = [
    ("يعدل المشروع الأمر رقم ٧٠ / ٢٠ المؤرخ في ١٩ فيفري ١٩٧٠ المتعلق بالحالة المدنية.",
     [("other", "20", "1970-02-19")]),
    ("يعدل المشروع الأمر رقم 70 / 20 المؤرخ في 19 فبراير 1970.", [("other", "20", "1970-02-19")]),
    ("بموجب الأمر رقم 21/12 المؤرخ في 3 ماي 2021.", [("other", "12", "2021-05-03")]),
    ("بموجب الأمر رقم 12/21 المؤرخ في 3 ماي 2021.", [("other", "12", "2021-05-03")]),
    ("بموجب الأمر رقم 12/21 الصادر عن رئيس الجمهورية.", [("other", None, None)]),
    ("بموجب القرار رقم 117/21 الصادر عن المحكمة.", [("decision", "117", "2021")]),
    ("صدر القانون رقم 18-11 المؤرخ في 2 يوليو 2018.", [("law", "11", "2018-07-02")]),
    ("صدر القانون رقم 18-11 المؤرخ في 2 يوليو 2011.", [("law", "18", "2011-07-02")]),
    ("صدر القانون رقم 18-11 المؤرخ في 2 يوليو 2015.", [("law", None, "2015-07-02")]),
    ("طبقا للأمر رقم 70-20 المتعلق بالحالة المدنية.", [("other", "20", "1970")]),
    ("يعدل القانون الأمر رقم 66 - 155 المؤرخ في 8 يونيو 1966.", [("other", "155", "1966-06-08")]),
    ("صادق البرلمان على القانون رقم 18 - 11 المتعلق بالصحة.", [("law", "11", "2018")]),
    ("يعدل القانون الأمر رقم 75 - 58 المؤرخ في 26 سبتمبر 1958.", [("other", "75", "1958-09-26")]),
]

# A bill cited again by its name (with or without its year, with or without the article or a
# word naming no other bill) is one document, kept where its year is written; a name ends where
# a definite construct gives way to an indefinite word (the verb's complement).
REPEATS: list[tuple[str, list[tuple[str, str]]]] = [
    ("صادق المجلس على مشروع قانون المالية لسنة 2026. وقدم الوزير عرضا حول مشروع قانون المالية 2026.",
     [("law", "مشروع قانون المالية لسنة 2026")]),
    ("تحدث الوزير عن مشروع قانون المالية، ثم صادق المجلس على مشروع قانون المالية لسنة 2026.",
     [("law", "مشروع قانون المالية لسنة 2026")]),
    ("أقر المجلس مشروع قانون موازنة العام 2016 ثم أحال مشروع قانون الموازنة الاتحادية لعام 2016 إلى البرلمان.",
     [("law", "مشروع قانون موازنة العام 2016")]),
    ("أقر المجلس قانون المالية لسنة 2024 ثم ناقش قانون المالية لسنة 2025.",
     [("law", "قانون المالية لسنة 2024"), ("law", "قانون المالية لسنة 2025")]),
    ("أقر المجلس قانون المالية ثم ناقش قانون المالية التكميلي.",
     [("law", "قانون المالية"), ("law", "قانون المالية التكميلي")]),
    ("ويتعلق الفصل الأول من مشروع قانون المالية بتحصيل موارد قدرها 40 مليون دينار.",
     [("law", "مشروع قانون المالية")]),
    ("ناقش النواب مشروع قانون الموازنة العامة للدولة عن السنة المالية 2026 في جلسة عامة.",
     [("law", "مشروع قانون الموازنة العامة للدولة عن السنة المالية 2026")]),
    ("ناقش النواب مشروع قانون حماية المستهلك الجديد.", [("law", "مشروع قانون حماية المستهلك الجديد")]),
]

# An abbreviation's period ends the type word before a digit: "ν.2946/2001" reads as "ν. 2946/2001".
CLOSE_MARKS: list[tuple[str, list[Row]]] = [
    ("Σύμφωνα με τις διατάξεις του ν.2946/2001 ισχύει η ρύθμιση.", [("law", "2946", "2001")]),
    ("Όπως ορίζει ο Ν.3852/2010 για τους δήμους.", [("law", "3852", "2010")]),
    ("Σύμφωνα με το άρθρο 5 του ν.4412/2016 η σύμβαση ακυρώνεται.", [("law", "4412", "2016")]),
    ("Σύμφωνα με τον ν. 1892/1990 ισχύει.", [("law", "1892", "1990")]),
    ("Κατά το π.δ.80/2016 εκδόθηκε η πράξη.", [("other", "80", "2016")]),
    ("Ο ν.Αττικής έχει πολλούς κατοίκους.", []),
]

# An indefinite accusative document word after an issuing verb, with its content ("يقضي ب..."),
# is a document; an amount in its subject stays outside its text (a figure).
ISSUED: list[tuple[str, list[tuple[str, str]]]] = [
    ("أصدر رئيس الحكومة، فلان الفلاني، قرارا يقضي بتخصيص مبلغ 5 ملايين دينار للبلديات.",
     [("resolution", "قرارا يقضي بتخصيص مبلغ")]),
    ("أصدر وزير الداخلية قرارا يقضي بمنع التجول ليلا.", [("resolution", "قرارا يقضي بمنع التجول ليلا")]),
    ("اتخذ المجلس قرارا يقضي بتأجيل الانتخابات.", [("resolution", "قرارا يقضي بتأجيل الانتخابات")]),
    ("وأصدر الرئيس مرسوما يقضي بحل البرلمان.", [("other", "مرسوما يقضي بحل البرلمان")]),
    ("اتخذت الحكومة قرارا صعبا.", []),
    ("واتخذ الوزير إجراءات بشأن الملف.", []),
]

# Letterheads: a decision-number label numbers a decision; a protocol number does so only where a
# line holds nothing but a decision's heading, and takes the day of its header block.
LETTERHEADS: list[tuple[str, list[Row]]] = [
    ("ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ\nΝΟΜΟΣ ΧΑΛΚΙΔΙΚΗΣ\nΔΗΜΟΣ ΠΟΛΥΓΥΡΟΥ\nΑΡΙΘΜ. ΑΠΟΦ: 312\n\nΑπόσπασμα από το πρακτικό.\n",
     [("decision", "312", None)]),
    ("ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ      Αθήνα 3 Μαρτίου 2015\nΥΠΟΥΡΓΕΙΟ ΟΙΚΟΝΟΜΙΚΩΝ       Αριθμ. Πρωτ.: 2231\n"
     "ΘΕΜΑ: Κατανομή ποσού.\nΑΠΟΦΑΣΗ\nΟ ΥΠΟΥΡΓΟΣ ΟΙΚΟΝΟΜΙΚΩΝ\nΈχοντας υπόψη:\n", [("decision", "2231", "2015-03-03")]),
    ("Αθήνα, 3 Απριλίου 2015\n\nΥΠΟΥΡΓΕΙΟ ΟΙΚΟΝΟΜΙΚΩΝ\nΑρ. Πρωτ.: 2231\nΑΠΟΦΑΣΙΖΕΙ\n",
     [("decision", "2231", None)]),
    ("ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ      Αθήνα 3 Μαρτίου 2015\nΥΠΟΥΡΓΕΙΟ ΟΙΚΟΝΟΜΙΚΩΝ       Αριθμ. Πρωτ.: 2231\n"
     "ΠΡΟΣ: Όλους τους Δήμους\nΘΕΜΑ: Οδηγίες για την απόφαση.\n", []),
]

# A bill named only by its word and article, next to a vote verb, is the law voted on (one
# document however often it is named); without the verb or with another determiner it is none.
VOTED: list[tuple[str, list[Row]]] = [
    ("Υπερψηφίστηκε το πολυνομοσχέδιο\n\nΜετά τη συνεδρίαση, το πολυνομοσχέδιο υπερψηφίστηκε με 160 ψήφους.",
     [("law", None, None)]),
    ("Το νομοσχέδιο ψηφίστηκε από την πλειοψηφία.", [("law", None, None)]),
    ("Κάθε νομοσχέδιο ψηφίζεται από την Ολομέλεια.", []),
    ("Η κυβέρνηση κατέθεσε το νομοσχέδιο στη Βουλή.", []),
]

# A day opening with its weekday, written after a document, is when something happened to it
# (a vote, a session), not the document's own date; a marked day still is.
EVENT_DAYS: list[tuple[str, str, list[Row]]] = [
    ("ar", "صادق البرلمان على مشروع قانون المالية لسنة 2026، يوم الأربعاء 3 ديسمبر 2025، بالأغلبية.",
     [("law", None, None)]),
    ("ar", "صدر القانون رقم 12 المؤرخ في 26 نوفمبر 2024.", [("law", "12", "2024-11-26")]),
    ("ar", "صدر القانون رقم 12 الصادر يوم الثلاثاء 26 نوفمبر 2024.", [("law", "12", "2024-11-26")]),
    ("el", "Ψηφίστηκε ο ν. 4412/2016, την Τρίτη 8 Αυγούστου 2016.", [("law", "4412", "2016")]),
    ("el", "Η απόφαση αριθ. 5/2016 της 8ης Αυγούστου 2016 ισχύει.", [("decision", "5", "2016-08-08")]),
]

# The definite bill followed by a participle naming its content is one bill, up to a comma or the
# next document; a preposition after it is the verb's ("يتمحور مشروع القانون حول ...").
CONTENT_BILLS: list[tuple[str, list[tuple[str, str]]]] = [
    ("درس المجلس وصادق على مشروع القانون المحدد لقائمة الوظائف العليا في الدولة، وهي وظائف كثيرة.",
     [("law", "مشروع القانون المحدد لقائمة الوظائف العليا في الدولة")]),
    ("ناقش النواب مشروع القانون المتعلق بالانتخابات ومشروع القانون المتعلق بالأحزاب.",
     [("law", "مشروع القانون المتعلق بالانتخابات"), ("law", "ومشروع القانون المتعلق بالأحزاب")]),
    ("ويتمحور مشروع القانون حول دعم الاستثمار.", []),
]


def rows(text: str, lang: str) -> list[Row]:
    """The extractor's ``(type, number, date)`` rows, in text order; every span is the text."""
    found = find_documents(text, lang)
    for rec in found:
        assert text[rec["char_start"]:rec["char_end"]] == rec["text"]
    return [(r["type"], r["number"], r["date"]) for r in found]


@pytest.mark.parametrize("text,expected", NUMBER_ORDER)
def test_number_order_ar(text: str, expected: list[Row]) -> None:
    assert rows(text, "ar") == expected


@pytest.mark.parametrize("text,expected", REPEATS)
def test_repeated_names_ar(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_documents(text, "ar")
    assert [(r["type"], r["text"]) for r in found] == expected
    assert len({r["document_id"] for r in found}) == len(found)


@pytest.mark.parametrize("text,expected", CLOSE_MARKS)
def test_close_marks_el(text: str, expected: list[Row]) -> None:
    assert rows(text, "el") == expected


@pytest.mark.parametrize("text,expected", ISSUED)
def test_issued_indefinite_ar(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r["type"], r["text"]) for r in find_documents(text, "ar")] == expected


def test_amount_in_subject_is_a_figure() -> None:
    from newsextract.extractors.dates.extractor import find_dates
    from newsextract.extractors.figures.extractor import find_figures

    text = "أصدر وزير المالية قرارا يقضي بتخصيص مبلغ 7 ملايين دينار للمستشفيات."
    exclude = find_dates(text, "ar") + find_documents(text, "ar")
    assert [f["value"] for f in find_figures(text, "ar", exclude)] == [7_000_000]


@pytest.mark.parametrize("text,expected", LETTERHEADS)
def test_letterheads_el(text: str, expected: list[Row]) -> None:
    assert rows(text, "el") == expected


@pytest.mark.parametrize("text,expected", VOTED)
def test_voted_bills_el(text: str, expected: list[Row]) -> None:
    assert rows(text, "el") == expected


@pytest.mark.parametrize("lang,text,expected", EVENT_DAYS)
def test_event_days(lang: str, text: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize("text,expected", CONTENT_BILLS)
def test_content_bills_ar(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_documents(text, "ar")
    assert [(r["type"], r["text"]) for r in found] == expected
    assert len({r["document_id"] for r in found}) == len(found)
