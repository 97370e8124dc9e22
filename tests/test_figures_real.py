"""Figures as native news writes them: currency subunits, an amount sharing the currency of the
one before it, compound thousands, signed percent words, numbers set against a count, parliament
units, and the negatives that must give nothing (an unsettled coin, a number over a year, a word
cut off at the end of the text)."""
from __future__ import annotations

import pytest

from newsextract.extractors.figures.extractor import find_figures

# (sentence, expected figures as (value, kind, unit)), in order of appearance.
AR_CASES = [
    ("ارتفع سعر الرغيف إلى 125 قرشًا بدلا من 5 قروش.", [(1.25, "money", "EGP"), (0.05, "money", "EGP")]),
    ("يبلغ سعر الكيلو في عمّان 50 قرشا وفق وزارة الصناعة الأردنية.", [(0.5, "money", "JOD")]),
    ("بلغ الدعم 3 ملايين دينار كويتي، وزاد سعر اللتر 20 فلسا.", [(3e6, "money", "KWD"), (0.02, "money", "KWD")]),
    ("أصبح سعر اللتر 95 هللة.", [(0.95, "money", "SAR")]),
    ("كلف المشروع 2 مليار سنتيم حسب ولاية الجزائر.", [(2e7, "money", "DZD")]),
    ("بلغت الميزانية 13 ألف و786 مليار دينار جزائري.", [(13786e9, "money", "DZD")]),
    ("ارتفع عدد الزوار إلى 5 آلاف و200 شخص.", [(5200, "count", "person")]),
    ("بلغت النفقات 1927،20 مليار دج.", [(1927.2e9, "money", "DZD")]),
    ("ارتفعت النفقات (40،67+بالمائة مقارنة بالعام الماضي).", [(40.67, "percent", "percent")]),
    ("رصدت الحكومة 300 مليون دينار أردني للرواتب، و37 مليوناً للمكافآت.",
     [(3e8, "money", "JOD"), (3.7e7, "money", "JOD")]),
    ("وافق المجلس بأغلبية 90 صوتا مقابل 20.", [(90, "count", "vote"), (20, "count", "vote")]),
    ("صوت 112 نائبا من 6 كتل نيابية.", [(112, "count", "MP"), (6, "count", "bloc")]),
    ("تمت زراعة 644.24 فدان.", [(644.24, "count", "feddan")]),
    ("أصبح سعر الكيلو 3 جنيهات و50 قرشا.", [(3.5, "money", "EGP")]),
    ("يتكون مشروع القانون من 8 مواد.", [(8, "count", "article")]),
    ("وزعت الجمعية 300 مواد غذائية.", [(300, "count", "foodstuff")]),
    ("بلغت الكلفة 7 ملايين جنيه و50 قرشا.", [(7e6, "money", "EGP"), (0.5, "money", "EGP")]),
]
# (sentence, a value no figure may have)
AR_NEGATIVES = [
    ("ارتفع السعر 50 فلسا.", 50),                           # a fils of which dinar or dirham: unsettled
    ("ارتفع السعر 50 فلسا.", 0.05),
    ("ناقش المجلس القانون (عدد 87/2024) المتعلق بالمالية.", 87),  # a document's number over its year
    ("بلغت 300 مليون دولار. و37 مليون", 37e6),              # another sentence: no shared currency
    ("وفي ملف عدد: 031/22 قضت المحكمة بالبراءة.", 31),       # a file number after "عدد:"
    ("وفي الملف 031/22 قضت المحكمة بالبراءة.", 31),          # a leading zero: a code
]

EL_CASES = [
    ('Με 158 ψήφους "ναι", έναντι 142 "όχι", κυρώθηκε ο προϋπολογισμός.', [(158, "count", "vote"), (142, "count", "vote")]),
    ("Έλαβαν 249 θετικές ψήφους έναντι 51 αρνητικές.", [(249, "count", "vote"), (51, "count", "vote")]),
    ("Ψηφίσθηκαν από 159 βουλευτές, έναντι 140 που ψήφισαν «όχι».", [(159, "count", "MP"), (140, "count", "MP")]),
    ("Συμμετείχαν 48 βουλευτές.", [(48, "count", "MP")]),
    ("Η τιμή αυξήθηκε κατά 50 λεπτά του ευρώ.", [(0.5, "money", "EUR")]),
    ("Διατέθηκαν 5 εκατ. ευρώ για τα σχολεία και 3 εκατ. για τα νοσοκομεία.",
     [(5e6, "money", "EUR"), (3e6, "money", "EUR")]),
    ("Η τιμή έπεσε στα 20 λεπτά ευρώ ανά λίτρο.", [(0.2, "money", "EUR")]),
    ("Το εισιτήριο κοστίζει 2 ευρώ και 50 λεπτά του ευρώ.", [(2.5, "money", "EUR")]),
    ("Το κόστος ανήλθε σε 75.210,40 €.", [(75210.4, "money", "EUR")]),
    ("Το κονδύλι ήταν 2.500.000,00 € για το έργο.", [(2500000.0, "money", "EUR")]),
    ("Η πρόταση συγκέντρωσε 120 ψήφους έναντι 60.", [(120, "count", "vote"), (60, "count", "vote")]),
]
EL_NEGATIVES = [
    ("Η συνεδρίαση διήρκεσε 50 λεπτά.", 50),                   # minutes, not cents
    ("Η συνεδρίαση διήρκεσε 50 λεπτά.", 0.5),
    ("Αναφέρθηκε σε απώλειες της τάξης του 1 εκατομμυρ", 1),   # a word cut off where the text ends
    ("Αυξήθηκαν κατά 5% έναντι 3 πέρυσι.", 3),                 # set against a percent, not a count
]

VI_CASES = [
    ("Giá vé là 50 xu Mỹ.", [(0.5, "money", "USD")]),
    ("Doanh thu đạt 3 nghìn 500 tỷ đồng.", [(3.5e12, "money", "VND")]),
    ("Kim ngạch đạt 20 triệu USD, mỗi sản phẩm giá 99 cent.", [(2e7, "money", "USD"), (0.99, "money", "USD")]),
    ("Tổng vốn đạt 3 nghìn tỷ đồng.", [(3e12, "money", "VND")]),
    ("Khen thưởng 05 đồng chí và 02 học sinh.", [(5, "count", "official"), (2, "count", "student")]),
    ("Thực hiện 46 cuộc tuần tra, thu thập 300 nguồn tin.",
     [(46, "count", "patrol"), (300, "count", "piece of information")]),
]
VI_NEGATIVES = [
    ("Mỗi sản phẩm giá 99 cent.", 99),                 # a cent of which currency: unsettled
    ("Mỗi sản phẩm giá 99 cent.", 0.99),
]


def _got(text: str, lang: str) -> list[tuple[float, str, str | None]]:
    return [(round(r["value"], 6), r["kind"], r["unit"]) for r in find_figures(text, lang)]


@pytest.mark.parametrize("lang,text,expected", [("ar", t, e) for t, e in AR_CASES] + [("el", t, e) for t, e in EL_CASES]
                         + [("vi", t, e) for t, e in VI_CASES])
def test_native_figures(lang: str, text: str, expected: list[tuple[float, str, str]]) -> None:
    assert _got(text, lang) == [(round(float(v), 6), k, u) for v, k, u in expected]


@pytest.mark.parametrize("lang,text,value", [("ar", *c) for c in AR_NEGATIVES] + [("el", *c) for c in EL_NEGATIVES]
                         + [("vi", *c) for c in VI_NEGATIVES])
def test_native_negatives_give_no_figure(lang: str, text: str, value: float) -> None:
    assert [r for r in find_figures(text, lang) if abs(r["value"] - value) < 1e-9] == []


# Settling and counting from the rest of the sentence or article.
CONTEXT_CASES = [
    ("ar", "رفع الأمر إلى صاحب السمو أمير البلاد. وتبلغ الإيرادات 18.231 مليار دينار.", [(18231e6, "money", "KWD")]),
    ("ar", "رصدت الجزائر 2 مليار دينار، و500 مليون للصحة.", [(2e9, "money", "DZD"), (5e8, "money", "DZD")]),
    ("el", "Ο συνολικός αριθμός διεθνών επισκεπτών ξεπέρασε τα 1,4 εκατομμύρια.", [(1.4e6, "count", "visitor")]),
    ("el", "Με τους τρεις τομείς να αυξάνονται κατά 3,83%.", [(3.83, "percent", "percent")]),
    ("el", "Ψηφίστηκαν με 239 «ναι» έναντι 61 «όχι».", [(239, "count", "vote"), (61, "count", "vote")]),
    ("el", "Εξελέγησαν τρεις νέοι βουλευτές.", [(3, "count", "MP")]),
    ("el", "Οι διεθνείς επισκέπτες ξεπέρασαν τα 10,6 εκατομμύρια, σημειώνοντας άνοδο.", [(10.6e6, "count", "visitor")]),
    ("el", "Οι εξαγωγές ξεπέρασαν τα 10 δισ.", []),  # no counted noun named before: nothing
]


@pytest.mark.parametrize("lang,text,expected", CONTEXT_CASES)
def test_figures_settled_by_context(lang: str, text: str, expected: list[tuple[float, str, str]]) -> None:
    assert _got(text, lang) == [(round(float(v), 6), k, u) for v, k, u in expected]
