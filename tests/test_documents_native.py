"""Documents in native Arabic, Greek and Vietnamese phrasing: laws, decrees, decisions and their
numbering forms, years, gazette issues, bills and issuers named with the type word.

Each table row is a sentence written after the grammar of real news and official texts, and the
``(type, number, date, issuer)`` rows the extractor must report, in text order. ``date`` is
the document's own day where written, else the year its number carries ("5027/2023", "لسنة
2022"); a document's number is never a figure.
"""
from __future__ import annotations

import pytest

from newsextract.extractors.dates.extractor import find_dates
from newsextract.extractors.documents.extractor import find_documents
from newsextract.extractors.figures.extractor import find_figures

Row = tuple[str, str | None, str | None, str | None]

AR: list[tuple[str, list[Row]]] = [
    # "تاريخ" / "وتاريخ" without a preposition dates the document (Lebanese and Saudi usage)
    ("وصدر المرسوم رقم 1234 تاريخ 12/5/2021 القاضي بتعيين أعضاء اللجنة.", [("other", "1234", "2021-05-12", None)]),
    # an issuer after an indefinite "issued by" between the type and the number
    ("بموجب قرار صادر عن مجلس الوزراء رقم 12 لسنة 2019.", [("decision", "12", "2019", "مجلس الوزراء")]),
    ("صدر القانون رقم 18 لسنة 2022 بشأن تنظيم الاستثمار.", [("law", "18", "2022", None)]),
    ("وافق المجلس على القانون رقم 5 لسنة 2019 في جلسته.", [("law", "5", "2019", None)]),
    ("بموجب قانون رقم 7 لسنة 2017 تم إنشاء الهيئة.", [("law", "7", "2017", None)]),
    ("نص قرار رئيس الجمهورية رقم 123 لسنة 2024 على تخصيص الأراضي.",
     [("decision", "123", "2024", "رئيس الجمهورية")]),
    ("وصدر قرار رئيس مجلس الوزراء رقم 45 لسنة 2021 بشأن اللائحة.",
     [("decision", "45", "2021", "رئيس مجلس الوزراء")]),
    ("أصدر رئيس مجلس الوزراء القرار رقم 1200 لسنة 2023 بتشكيل لجنة.",
     [("decision", "1200", "2023", "رئيس مجلس الوزراء")]),
    ("ونشر قرار وزير المالية رقم 300 لسنة 2022 في الجريدة.", [("decision", "300", "2022", "وزير المالية")]),
    ("قرار المحكمة الدستورية رقم 98/22 م.د", [("decision", "98", "2022", "المحكمة الدستورية")]),
    ("بناء على المرسوم الملكي رقم (م / 10) وتعديلاته.", [("other", "10", None, None)]),
    ("الصادر بالأمر الملكي رقم (أ / 90) والأنظمة.", [("other", "90", None, None)]),
    ("الظهير الشريف رقم 1.11.91 الصادر في 29 يوليو 2011", [("other", "91", "2011-07-29", None)]),
    ("الظهير الشريف رقم 1.14.139 بتاريخ 16 من شوال 1435 (13 أغسطس 2014)", [("other", "139", "2014-08-13", None)]),
    # a Moroccan decree is numbered like a dahir, with 2 first
    ("مرسوم رقم 2.11.473 صادر في 15 من شوال 1432 (14 سبتمبر 2011) بشأن النظام الأساسي.", [("other", "473", "2011-09-14", None)]),
    ("أحال المجلس القانون التنظيمي رقم 04.20 المتعلق بالجماعات.", [("law", "4", "2020", None)]),
    ("صادق البرلمان على القانون العضوي رقم 12-04 المتعلق بالانتخابات.", [("law", "4", "2012", None)]),
    ("طبقا للأمر رقم 70-20 المتعلق بالحالة المدنية.", [("other", "20", "1970", None)]),
    ("صدر المرسوم التشريعي رقم 5 لعام 2023 الخاص بالضرائب.", [("other", "5", "2023", None)]),
    ("ناقش النواب مشروع القانون عدد 55/2024 المتعلق بالمالية.", [("law", "55", "2024", None)]),
    ("ضمن مشروع القانون الوارد بالمرسوم رقم 1478 المتعلق بالموازنة.", [("other", "1478", None, None)]),
    ("صدر المرسوم الأميري رقم 12 لسنة 2020 بتعيين الوزراء.", [("other", "12", "2020", None)]),
    ("وأقر المجلس القرار الوزاري رقم 45/2023 بشأن الرسوم.", [("decision", "45", "2023", None)]),
    ("صدر القانون رقم ١٨ لسنة ٢٠٢٢ بعد الموافقة عليه.", [("law", "18", "2022", None)]),
    ("وفق المرسوم السلطاني رقم 35/2021 تم إنشاء الوزارة.", [("other", "35", "2021", None)]),
    ("ناقش مجلس النواب مشروع قانون حماية المستهلك.", [("law", None, None, None)]),
    ("أقر مجلس النواب مشروع قانون الموازنة العامة للدولة لعام 2025 بالأغلبية.", [("law", None, None, None)]),
    ("أصدر الملك أمرا ملكيا بتعيين سفير جديد.", [("other", None, None, "الملك")]),
    ("قرار رقم: 117/21 م.د", [("decision", "117", "2021", None)]),
    ("ملف عدد: 070/21", [("other", "70", "2021", None)]),
    # negatives: counts, verbs and generic mentions
    ("بلغ عدد الطلاب 5000 طالب هذا العام.", []),
    ("قرر المجلس تأجيل الجلسة إلى الأسبوع المقبل.", []),
    ("صدرت قرارات عديدة خلال العام الماضي.", []),
    ("وهو الأمر الذي أثار جدلا واسعا.", []),
    ("سجل الاقتصاد نموا في الموسم 2021/2022.", []),
    ("وتمت مناقشة مشاريع قوانين عدة.", []),
]

EL: list[tuple[str, list[Row]]] = [
    # abbreviated decrees: "π.δ/τος" (of the presidential decree), "ν.δ." (legislative decree)
    ("Το εδάφιο του άρθρου 4 του π.δ/τος 323/1989 αντικαθίσταται.", [("other", "323", "1989", None)]),
    ("Σύμφωνα με το ν.δ. 356/1974 ισχύουν τα εξής.", [("other", "356", "1974", None)]),
    ("Σύμφωνα με το άρθρο 5 του ν. 4412/2016 η σύμβαση ακυρώνεται.", [("law", "4412", "2016", None)]),
    ("Με τον Ν. 5027/2023 θεσπίστηκε το νέο πλαίσιο.", [("law", "5027", "2023", None)]),
    ("Οι διατάξεις του νόμου 4549/2018 εφαρμόζονται.", [("law", "4549", "2018", None)]),
    ("Ο νόμος 4808/2021 για την προστασία της εργασίας ψηφίστηκε.", [("law", "4808", "2021", None)]),
    ("Ο Νόμος 4820/2021 τροποποιήθηκε.", [("law", "4820", "2021", None)]),
    ("Το π.δ. 80/2016 ορίζει τις δαπάνες.", [("other", "80", "2016", None)]),
    ("Σύμφωνα με το Π.Δ. 18/2018 συστάθηκε η υπηρεσία.", [("other", "18", "2018", None)]),
    ("Η ΚΥΑ 12345/2023 δημοσιεύθηκε χθες.", [("decision", "12345", "2023", None)]),
    ("Εκδόθηκε η Κ.Υ.Α. Α12/ΓΠ 3456/2023 για την αποζημίωση.", [("decision", "3456", "2023", None)]),
    ("Η υπουργική απόφαση 4748/2018 καθορίζει τη διαδικασία.", [("decision", "4748", "2018", None)]),
    ("Δημοσιεύθηκε στο ΦΕΚ Β' 2826/30.6.2021 η ρύθμιση.", [("other", "2826", "2021-06-30", None)]),
    ("Η ΚΥΑ 12345/2023 (ΦΕΚ Β' 2826/30.6.2023) ισχύει.",
     [("decision", "12345", "2023-06-30", None), ("other", "2826", "2023-06-30", None)]),
    ("Ψηφίστηκε ο περί Φόρου Εισοδήματος (Τροποποιητικός) Νόμος του 2020 από τη Βουλή.",
     [("law", None, "2020", None)]),
    ("Τροποποιείται ο περί Δημοσίων Συμβάσεων (Αρ. 3) Νόμος του 2019 για τις προσφορές.",
     [("law", "3", "2019", None)]),
    ("Με την Απόφαση του Υπουργού Οικονομικών αριθ. 12/2023 ορίστηκαν οι όροι.",
     [("decision", "12", "2023", "Υπουργού Οικονομικών")]),
    ("Σύμφωνα με την Απόφαση του Περιφερειάρχη αριθ. 45 ορίστηκε η επιτροπή.",
     [("decision", "45", None, "Περιφερειάρχη")]),
    ("Με την υπ’ αριθ. 1234/2022 απόφαση του Δημάρχου ορίστηκαν οι αντιδήμαρχοι.",
     [("decision", "1234", "2022", "Δημάρχου")]),
    ("Η Εγκύκλιος 12/2023 του Υπουργείου Εσωτερικών διευκρινίζει τα βήματα.",
     [("circular", "12", "2023", "Υπουργείου Εσωτερικών")]),
    ("Με το άρθρο 65 του ν. 4931/2022 τροποποιήθηκε το άρθρο 21.", [("law", "4931", "2022", None)]),
    ("Εφαρμόζεται ο ν. 4727/2020 «Ψηφιακή Διακυβέρνηση».", [("law", "4727", "2020", None)]),
    ("Η ΚΥΑ οικ. 5678/2024 ρυθμίζει τις επιδοτήσεις.", [("decision", "5678", "2024", None)]),
    ("Δημοσιεύθηκε το ΦΕΚ B' 3290/18.05.2023 με την απόφαση.", [("other", "3290", "2023-05-18", None)]),
    # a longer type phrase opening with a name word gives its own type
    ("Εγκρίθηκε από τη Βουλή η Πράξη Νομοθετικού Περιεχομένου για τις αλλαγές στην ΕΥΠ.", [("law", None, None, None)]),
    ("Ξεκινά η Πράξη Αναβάθμιση Σχολείων στην περιοχή.", [("project", None, None, None)]),
    # a protocol number before the type word
    ("Ήδη εκδόθηκε και η Αρ.Πρωτ.: 861/14-02-2023 Κοινή Υπουργική Απόφαση (ΚΥΑ) του Υπουργού.",
     [("decision", "861", "2023-02-14", None)]),
    ("Εκδόθηκε η με αρ. πρωτ. 861/2023 απόφαση του Δημάρχου.", [("decision", "861", "2023", "Δημάρχου")]),
    # the issue letter of a gazette is no issuer, spaced or glued
    ("Τι προβλέπει το ΦΕΚ 2487/28-06-2018 του Β΄ τεύχους.", [("other", "2487", "2018-06-28", None)]),
    ("Τι προβλέπει το ΦΕΚ 2487/28-06-2018 του Β΄τεύχους.", [("other", "2487", "2018-06-28", None)]),
    ("Η κυβέρνηση εξέδωσε απόφαση για την αναστολή των πτήσεων.", [("resolution", None, None, None)]),
    ("Η Βουλή ενέκρινε το Πρόγραμμα Δημοσίων Επενδύσεων της Περιφέρειας.", [("program", None, None, "Περιφέρειας")]),
    ("Με τον ν. 4412/2016 και το π.δ. 80/2016 ρυθμίζονται οι δαπάνες.",
     [("law", "4412", "2016", None), ("other", "80", "2016", None)]),
    ("Η Απόφαση αριθ. 7/2024 της Επιτροπής Ανταγωνισμού δημοσιεύθηκε.",
     [("decision", "7", "2024", "Επιτροπής Ανταγωνισμού")]),
    # negatives: prefectures in capitals, periods, counts and generic mentions
    ("ΝΟΜΟΣ ΛΕΣΒΟΥ ΣΥΝΟΛΙΚΗΣ ΔΑΠΑΝΗΣ", []),
    ("ΝΟΜΟ ΛΕΣΒΟΥ συνολικής δαπάνης 2 εκατ. ευρώ", []),
    ("Το Πρόγραμμα 2021/2027 χρηματοδοτεί έργα.", []),
    ("Οι νόμοι της αγοράς δεν αλλάζουν.", []),
    ("Η απόφαση ελήφθη ομόφωνα.", []),
    ("Το ποσοστό ήταν 12/2023 σε σχέση με πέρυσι.", []),
]

VI: list[tuple[str, list[Row]]] = [
    # a line broken right after "của" (hard-wrapped text): the issuer is on the next line
    ("Quyết định số 08/2022/QĐ-UBND, ngày 19/4/2022 của\nỦy ban nhân dân tỉnh về ban hành Quy định thi đua.",
     [("decision", "8", "2022-04-19", "Ủy ban nhân dân tỉnh")]),
    ("Luật số 15/2023/QH15 có hiệu lực từ năm 2024.", [("law", "15", None, None)]),
    ("Nghị định số 100/2019/NĐ-CP quy định xử phạt.", [("other", "100", None, None)]),
    ("Quyết định số 218/QĐ-TTg ngày 4/3/2024 của Thủ tướng Chính phủ.",
     [("decision", "218", "2024-03-04", "Thủ tướng Chính phủ")]),
    ("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về khoa học.",
     [("resolution", "57", "2024-12-22", "Bộ Chính trị")]),
    ("Kế hoạch số 24-KH/BCĐ ngày 12/3/2024 của Ban Chỉ đạo tỉnh.",
     [("plan", "24", "2024-03-12", "Ban Chỉ đạo tỉnh")]),
    ("Chỉ thị số 05-CT/TW của Bộ Chính trị tiếp tục được thực hiện.",
     [("directive", "5", None, "Bộ Chính trị")]),
    ("Thông tư số 12/2023/TT-BTC hướng dẫn thu phí.", [("circular", "12", None, None)]),
    ("Kết luận số 12-KL/TU của Ban Thường vụ Tỉnh ủy.", [("conclusion", "12", None, "Ban Thường vụ Tỉnh ủy")]),
    ("Ngày 3/5/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW về phát triển.",
     [("resolution", "57", "2024-05-03", "Bộ Chính trị")]),
    ("UBND tỉnh ban hành Quyết định số 12/QĐ-UBND ngày 5/1/2024 về việc công nhận xã.",
     [("decision", "12", "2024-01-05", "UBND tỉnh")]),
    ("Theo Quyết định số 356/QĐ-TTr ngày 12/3/2024 của Chánh Thanh tra tỉnh.",
     [("decision", "356", "2024-03-12", "Chánh Thanh tra tỉnh")]),
    ("Nghị quyết số 01/2024/NQ-HĐND của HĐND tỉnh về ngân sách.",
     [("resolution", "1", None, "HĐND tỉnh")]),
    ("Chương trình số 12-CTr/TU của Tỉnh ủy về chuyển đổi số.",
     [("program", "12", None, "Tỉnh ủy")]),
    ("Hướng dẫn số 03-HD/BDVTW của Ban Dân vận Trung ương.",
     [("instruction", "3", None, "Ban Dân vận Trung ương")]),
    ("Báo cáo số 45/BC-UBND ngày 10/6/2024 của UBND huyện.",
     [("report", "45", "2024-06-10", "UBND huyện")]),
    ("Đề án số 15-ĐA/TU của Tỉnh ủy được triển khai.", [("project", "15", None, "Tỉnh ủy")]),
    ("Quy định số 105-QĐ/TW ngày 19/12/2017 của Ban Chấp hành Trung ương.",
     [("regulation", "105", "2017-12-19", "Ban Chấp hành Trung ương")]),
    ("Thông báo số 5-TB/TU về kết luận của Thường trực Tỉnh ủy.", [("other", "5", None, "Tỉnh ủy")]),
    ("Luật Đất đai 2024 có hiệu lực từ ngày 1/8/2024.", [("law", None, None, None)]),
    ("Kế hoạch số 87/KH-UBND ngày 2/4/2024 của UBND tỉnh về phòng chống thiên tai.",
     [("plan", "87", "2024-04-02", "UBND tỉnh")]),
    ("Nghị quyết số 18-NQ/TW ngày 25/10/2017 về sắp xếp tổ chức bộ máy.",
     [("resolution", "18", "2017-10-25", None)]),
    ("Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ.",
     [("decision", "1719", "2021-10-14", "Thủ tướng Chính phủ")]),
    ("Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội.",
     [("directive", "35", "2024-06-14", "Bộ Chính trị")]),
    ("Kết luận số 127-KL/TW ngày 28/2/2025 của Bộ Chính trị.",
     [("conclusion", "127", "2025-02-28", "Bộ Chính trị")]),
    ("Thông tư số 05-TT/TU ngày 2/12/2021 của Tỉnh ủy.", [("circular", "5", "2021-12-02", "Tỉnh ủy")]),
    # negatives: verbs, counts and plural mentions
    ("Năm 2023, tỉnh ban hành 33 nghị quyết về phát triển.", []),
    ("Ủy ban kết luận 45 đảng viên có vi phạm.", []),
    ("Các cấp ủy đã triển khai các Chương trình mục tiêu quốc gia.", []),
    ("Hội nghị thông qua Chương trình làm việc.", []),
    ("Các cấp đã thi hành kỷ luật 12 trường hợp.", []),
]


def rows(text: str, lang: str) -> list[Row]:
    """The extractor's ``(type, number, date, issuer)`` rows, in text order; every span is the text."""
    found = find_documents(text, lang)
    for rec in found:
        assert text[rec["char_start"]:rec["char_end"]] == rec["text"]
    return [(r["type"], r["number"], r["date"], r["issuer"]) for r in found]


@pytest.mark.parametrize("text,expected", AR)
def test_native_ar(text: str, expected: list[Row]) -> None:
    assert rows(text, "ar") == expected


@pytest.mark.parametrize("text,expected", EL)
def test_native_el(text: str, expected: list[Row]) -> None:
    assert rows(text, "el") == expected


@pytest.mark.parametrize("text,expected", VI)
def test_native_vi(text: str, expected: list[Row]) -> None:
    assert rows(text, "vi") == expected


def test_tables_are_large_enough() -> None:
    """At least 25 documents' sentences and some negatives per language."""
    for table in (AR, EL, VI):
        assert sum(1 for _, want in table if want) >= 25
        assert sum(1 for _, want in table if not want) >= 5


NOT_FIGURES = [
    ("ar", "بموجب القانون رقم 18 لسنة 2022 وقرار رقم: 117/21 م.د صدر الحكم.", ("18", "117", "21")),
    ("ar", "ناقش المجلس مشروع القانون عدد 87/2024 في جلسته.", ("87",)),
    ("ar", "الصادر بالمرسوم الملكي رقم (م / 10) والظهير الشريف رقم 1.11.91.", ("10", "91")),
    ("el", "Σύμφωνα με το άρθρο 21 του ν. 4549/2018 και την Κ.Υ.Α. Δ12γ/ΓΠ 49481/2023 ισχύει.",
     ("4549", "49481")),
    ("el", "Δημοσιεύθηκε στο ΦΕΚ Β' 2826/30.6.2021 και τον ν. 5027/2023.", ("2826", "5027")),
]


@pytest.mark.parametrize("lang,text,numbers", NOT_FIGURES)
def test_document_numbers_are_not_figures(lang: str, text: str, numbers: tuple[str, ...]) -> None:
    """The figures extractor, given the documents' spans to leave out, reports none of their numbers."""
    exclude = find_dates(text, lang) + find_documents(text, lang)
    values = {f"{rec['value']:g}" for rec in find_figures(text, lang, exclude)}
    assert not values & set(numbers)
