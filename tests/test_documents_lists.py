"""Documents cited together: lists that share a date, an issuer or a year, duals, attributes in
brackets or in a following clause, a day written before the document, and codes of a list that
are each their own document.

Each table row is a sentence written after the grammar of real news, and the
``(type, number, date, issuer)`` rows the extractor must report, in text order.
"""
from __future__ import annotations

import pytest

from newsextract.extractors.documents.extractor import find_documents

Row = tuple[str, str | None, str | None, str | None]

VI: list[tuple[str, list[Row]]] = [
    ("Thực hiện các Quyết định số 101/QĐ-TTg, 102/QĐ-TTg và 103/QĐ-TTg ngày 2/6/2022 của Thủ tướng Chính phủ.",
     [("decision", "101", "2022-06-02", "Thủ tướng Chính phủ"), ("decision", "102", "2022-06-02", "Thủ tướng Chính phủ"),
      ("decision", "103", "2022-06-02", "Thủ tướng Chính phủ")]),
    ("Các Quyết định số 11/QĐ-UBND và 12/QĐ-UBND của UBND tỉnh ngày 5/1/2024 đã được công bố.",
     [("decision", "11", "2024-01-05", "UBND tỉnh"), ("decision", "12", "2024-01-05", "UBND tỉnh")]),
    ("Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.",
     [("resolution", "18", "2017-10-25", "Ban Chấp hành Trung ương"),
      ("resolution", "19", "2017-10-25", "Ban Chấp hành Trung ương")]),
    ("Các Kế hoạch số 24-KH/BCĐ, 25-KH/BCĐ của Ban Chỉ đạo tỉnh được triển khai.",
     [("plan", "24", None, "Ban Chỉ đạo tỉnh"), ("plan", "25", None, "Ban Chỉ đạo tỉnh")]),
    ("Ngày 3/5/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW về phát triển khoa học.",
     [("resolution", "57", "2024-05-03", "Bộ Chính trị")]),
    ("Ngày 3/5/2024, Bộ Chính trị ban hành các Nghị quyết số 57-NQ/TW và 59-NQ/TW.",
     [("resolution", "57", "2024-05-03", "Bộ Chính trị"), ("resolution", "59", "2024-05-03", "Bộ Chính trị")]),
    ("Quyết định số 12/QĐ-UBND (ban hành ngày 5/1/2024) của UBND tỉnh về việc khen thưởng.",
     [("decision", "12", "2024-01-05", "UBND tỉnh")]),
    ("Nghị quyết số 57-NQ/TW, ngày 22/12/2024, của Bộ Chính trị về đột phá.",
     [("resolution", "57", "2024-12-22", "Bộ Chính trị")]),
    ("Nghị quyết số 57-NQ/TW của Bộ Chính trị và Kế hoạch số 24-KH/BCĐ của Ban Chỉ đạo tỉnh.",
     [("resolution", "57", None, "Bộ Chính trị"), ("plan", "24", None, "Ban Chỉ đạo tỉnh")]),
    ("Chỉ thị số 05-CT/TW và Kết luận số 01-KL/TW của Bộ Chính trị được quán triệt.",
     [("directive", "5", None, "Bộ Chính trị"), ("conclusion", "1", None, "Bộ Chính trị")]),
    ("Kế hoạch số 5-KH/TU của Tỉnh ủy về triển khai nghị quyết.", [("plan", "5", None, "Tỉnh ủy")]),
    ("Theo các Quyết định số 1/QĐ-UBND, 2/QĐ-UBND, 3/QĐ-UBND của UBND huyện.",
     [("decision", "1", None, "UBND huyện"), ("decision", "2", None, "UBND huyện"),
      ("decision", "3", None, "UBND huyện")]),
    ("Thông tư số 05-TT/TU ngày 2/12/2021 và Chỉ thị số 35-CT/TW ngày 14/6/2024 đã được triển khai.",
     [("circular", "5", "2021-12-02", None), ("directive", "35", "2024-06-14", None)]),
    ("Quyết định số 218/QĐ-TTg ngày 4/3/2024 và Quyết định số 219/QĐ-TTg ngày 5/3/2024 của Thủ tướng.",
     [("decision", "218", "2024-03-04", "Thủ tướng"), ("decision", "219", "2024-03-05", "Thủ tướng")]),
    ("Ngày 10/6/2024, UBND tỉnh ban hành Kế hoạch số 87/KH-UBND về phòng chống thiên tai.",
     [("plan", "87", "2024-06-10", "UBND tỉnh")]),
    ("Nghị quyết số 01/2024/NQ-HĐND và 02/2024/NQ-HĐND của HĐND tỉnh về ngân sách.",
     [("resolution", "1", None, "HĐND tỉnh"), ("resolution", "2", None, "HĐND tỉnh")]),
    ("Theo Kết luận số 127-KL/TW ngày 28/2/2025 của Bộ Chính trị, Ban Bí thư.",
     [("conclusion", "127", "2025-02-28", "Bộ Chính trị, Ban Bí thư")]),
    ("Ngày 5/1/2024, UBND tỉnh ban hành Quyết định về việc công nhận 95 xã đạt chuẩn nông thôn mới.",
     [("decision", None, "2024-01-05", "UBND tỉnh")]),
    ("UBND tỉnh đã ban hành Quyết định số 12/QĐ-UBND và Quyết định số 13/QĐ-UBND ngày 1/2/2024.",
     [("decision", "12", "2024-02-01", "UBND tỉnh"), ("decision", "13", "2024-02-01", "UBND tỉnh")]),
    ("Hướng dẫn số 03-HD/BDVTW và Hướng dẫn số 04-HD/BDVTW của Ban Dân vận Trung ương.",
     [("instruction", "3", None, "Ban Dân vận Trung ương"), ("instruction", "4", None, "Ban Dân vận Trung ương")]),
    ("Quyết định số 1/QĐ-UBND, Quyết định số 2/QĐ-UBND ngày 3/1/2024 của UBND thành phố.",
     [("decision", "1", "2024-01-03", "UBND thành phố"), ("decision", "2", "2024-01-03", "UBND thành phố")]),
    ("Các Chương trình số 12-CTr/TU và 13-CTr/TU của Tỉnh ủy về chuyển đổi số.",
     [("program", "12", None, "Tỉnh ủy"), ("program", "13", None, "Tỉnh ủy")]),
    ("Ngày 28/2/2025, Bộ Chính trị ban hành Kết luận số 127-KL/TW và Kết luận số 128-KL/TW.",
     [("conclusion", "127", "2025-02-28", "Bộ Chính trị"), ("conclusion", "128", "2025-02-28", "Bộ Chính trị")]),
    ("Báo cáo số 45/BC-UBND và Báo cáo số 46/BC-UBND ngày 10/6/2024 của UBND huyện.",
     [("report", "45", "2024-06-10", "UBND huyện"), ("report", "46", "2024-06-10", "UBND huyện")]),
    ("Theo Quyết định số 356/QĐ-TTr và Quyết định số 357/QĐ-TTr ngày 12/3/2024 của Chánh Thanh tra tỉnh.",
     [("decision", "356", "2024-03-12", "Chánh Thanh tra tỉnh"), ("decision", "357", "2024-03-12", "Chánh Thanh tra tỉnh")]),
    ("Nghị quyết số 57-NQ/TW do Bộ Chính trị ban hành ngày 22/12/2024 về khoa học.",
     [("resolution", "57", "2024-12-22", "Bộ Chính trị")]),
    ("Nghị quyết 57-NQ/TW ngày 22-12-2024 của Bộ Chính trị về khoa học.",
     [("resolution", "57", "2024-12-22", "Bộ Chính trị")]),
    # negatives: counts and generic plurals
    ("Năm 2023, HĐND tỉnh ban hành 33 nghị quyết quan trọng.", []),
    ("Các nghị quyết, kết luận của Trung ương được quán triệt.", []),
    ("Hội nghị thông qua Chương trình làm việc của khóa họp.", []),
    ("Tỉnh đã thực hiện các Chương trình mục tiêu quốc gia.", []),
    ("Ủy ban đã ban hành nhiều quyết định quan trọng.", []),
]

AR: list[tuple[str, list[Row]]] = [
    ("ناقش المجلس القرارين رقم 18 و19 الصادرين عن مجلس الشعب.",
     [("resolution", "18", None, "مجلس الشعب"), ("resolution", "19", None, "مجلس الشعب")]),
    ("صدر القانونان رقم 5 و6 لسنة 2020 بعد المصادقة.", [("law", "5", "2020", None), ("law", "6", "2020", None)]),
    ("أصدر المكتب السياسي في 3 مايو 2024 القرار رقم 57-NQ/TW بشأن التنمية.",
     [("resolution", "57", "2024-05-03", "المكتب السياسي")]),
    ("القرار رقم 5 (بتاريخ 3 مارس 2024) الصادر عن وزير المالية.",
     [("decision", "5", "2024-03-03", "وزير المالية")]),
    ("القرار رقم 12 والقرار رقم 13 الصادرين عن وزير المالية.",
     [("decision", "12", None, "وزير المالية"), ("decision", "13", None, "وزير المالية")]),
    ("الخطة رقم 24-KH/BCĐ والخطة رقم 25-KH/BCĐ الصادرتين عن اللجنة التوجيهية الإقليمية.",
     [("plan", "24", None, "اللجنة التوجيهية الإقليمية"), ("plan", "25", None, "اللجنة التوجيهية الإقليمية")]),
    ("صدر القراران رقم 18 و19 لسنة 2023 بتخصيص الأراضي.",
     [("decision", "18", "2023", None), ("decision", "19", "2023", None)]),
    ("المرسومين رقم 5 و6 المتعلقين بالضرائب.", [("other", "5", None, None), ("other", "6", None, None)]),
    ("القرارات رقم 101/QĐ-TTg و102/QĐ-TTg و103/QĐ-TTg الصادرة عن رئيس الوزراء بتاريخ 2 يونيو 2022.",
     [("decision", "101", "2022-06-02", "رئيس الوزراء"), ("decision", "102", "2022-06-02", "رئيس الوزراء"),
      ("decision", "103", "2022-06-02", "رئيس الوزراء")]),
    ("القانون رقم 7 لسنة 2017 والقانون رقم 8 لسنة 2018 نظما الاستثمار.",
     [("law", "7", "2017", None), ("law", "8", "2018", None)]),
    ("قرار رئيس الجمهورية رقم 132 لسنة 2023 وقرار رقم 133 لسنة 2023.",
     [("decision", "132", "2023", "رئيس الجمهورية"), ("decision", "133", "2023", None)]),  # said once, for the first
    ("القرار رقم 18 و19 و20 الصادرة عن مجلس الوزراء.",
     [("decision", "18", None, "مجلس الوزراء"), ("decision", "19", None, "مجلس الوزراء"),
      ("decision", "20", None, "مجلس الوزراء")]),
    ("الخطة رقم 24-KH/BCĐ الصادرة عن اللجنة التوجيهية الإقليمية بتاريخ 12 مارس 2024.",
     [("plan", "24", "2024-03-12", "اللجنة التوجيهية الإقليمية")]),
    ("أصدرت اللجنة الشعبية الإقليمية في 5 يناير 2024 القرار رقم 12/QĐ-UBND.",
     [("decision", "12", "2024-01-05", "اللجنة الشعبية الإقليمية")]),
    ("التعميم رقم 05-TT/TU المؤرخ في 2 ديسمبر 2021 والتعميم رقم 06-TT/TU.",
     [("circular", "5", "2021-12-02", None), ("circular", "6", None, None)]),  # the date is the first one's
    ("القانون التنظيمي رقم 07.21 القاضي بتغيير القانون التنظيمي رقم 29.11 المتعلق بالأحزاب.",
     [("law", "7", "2021", None), ("law", "29", "2011", None)]),
    ("بموجب القرارين رقم 101/QĐ-UBND و102/QĐ-UBND منحت اللجنة الشعبية الإقليمية شهادات تقدير.",
     [("decision", "101", None, "اللجنة الشعبية الإقليمية"), ("decision", "102", None, "اللجنة الشعبية الإقليمية")]),
    ("الأمر الملكي رقم (أ / 90) والمرسوم الملكي رقم (م / 10).", [("other", "90", None, None), ("other", "10", None, None)]),
    ("الظهير الشريف رقم 1.11.91 والظهير الشريف رقم 1.14.139.",
     [("other", "91", "2011", None), ("other", "139", "2014", None)]),
    ("القرار رقم 45/2023 والقرار رقم 46/2023 الصادرين عن وزير الصحة.",
     [("decision", "45", "2023", "وزير الصحة"), ("decision", "46", "2023", "وزير الصحة")]),
    ("أصدر الرئيس القرارين رقم 20 و21 لسنة 2024 بتعيين المحافظين.",
     [("decision", "20", "2024", "الرئيس"), ("decision", "21", "2024", "الرئيس")]),
    ("مشروع القانون عدد 87/2024 ومشروع القانون عدد 88/2024.", [("law", "87", "2024", None), ("law", "88", "2024", None)]),
    ("القرار رقم 3 الصادر بتاريخ 1 أبريل 2024 عن محافظ البنك المركزي.",
     [("decision", "3", "2024-04-01", None)]),
    ("وافق المجلس على القرار رقم 9 والقرار رقم 10 المؤرخين في 4 يوليو 2023.",
     [("decision", "9", "2023-07-04", None), ("decision", "10", "2023-07-04", None)]),
    ("القانون رقم 18 لسنة 2022 الصادر عن مجلس النواب.", [("law", "18", "2022", "مجلس النواب")]),
    ("القرار رقم 57-NQ/TW الذي أصدره المكتب السياسي في 22 ديسمبر 2024 بشأن العلوم.",
     [("resolution", "57", "2024-12-22", "المكتب السياسي")]),
    ("وفي 22 ديسمبر 2024، أصدر المكتب السياسي القرار رقم 57-NQ/TW بشأن العلوم.",
     [("resolution", "57", "2024-12-22", "المكتب السياسي")]),
    ("القرار رقم 57-NQ/TW، الصادر بتاريخ 22 ديسمبر 2024 عن المكتب السياسي.",
     [("resolution", "57", "2024-12-22", "المكتب السياسي")]),
    ("أصدر خادم الحرمين الشريفين، الملك سلمان بن عبد العزيز، أمرا ملكيا بتعيين سفير جديد.",
     [("other", None, None, "الملك سلمان بن عبد العزيز")]),
    ("مواصلة تنفيذ التوجيه رقم 45 لسكرتارية اللجنة المركزية بشأن الغابات.",
     [("directive", "45", None, "سكرتارية اللجنة المركزية")]),
    # negatives: counts joined to a number, plural mentions, a verb that issued another document
    ("أصدرت المحكمة الدستورية قرارها القاضي بأن القانون التنظيمي رقم 07.21 مطابق للدستور.",
     [("law", "7", "2021", None)]),
    ("صدر القرار رقم 5 و3 أعضاء غائبون.", [("decision", "5", None, None)]),
    ("صدرت قرارات وقوانين كثيرة.", []),
    ("ارتفع العدد إلى 18 و19 ألفا.", []),
    ("اتخذ المجلس 12 قرارا مهما.", []),
    ("ومن بين القوانين قانونان جديدان.", []),
]

EL: list[tuple[str, list[Row]]] = [
    ("Σύμφωνα με τις διατάξεις των νόμων 4549/2018 και 4931/2022 ισχύει η ρύθμιση.",
     [("law", "4549", "2018", None), ("law", "4931", "2022", None)]),
    ("Με τις αποφάσεις αριθ. 101/QĐ-TTg, 102/QĐ-TTg και 103/QĐ-TTg της 2ας Ιουνίου 2022 του Πρωθυπουργού.",
     [("decision", "101", "2022-06-02", "Πρωθυπουργού"), ("decision", "102", "2022-06-02", "Πρωθυπουργού"),
      ("decision", "103", "2022-06-02", "Πρωθυπουργού")]),
    ("Η Απόφαση αριθ. 5 και η Απόφαση αριθ. 6 του Περιφερειάρχη δημοσιεύθηκαν.",
     [("decision", "5", None, "Περιφερειάρχη"), ("decision", "6", None, "Περιφερειάρχη")]),
    ("Σύμφωνα με το Πόρισμα Αρ. 127-KL/TW της 28ης Φεβρουαρίου 2025 του Πολιτικού Γραφείου.",
     [("conclusion", "127", "2025-02-28", "Πολιτικού Γραφείου")]),
    ("Με τον ν. 4412/2016 και τον ν. 4782/2021 ρυθμίζονται οι συμβάσεις.",
     [("law", "4412", "2016", None), ("law", "4782", "2021", None)]),
    ("Η ΚΥΑ 12345/2023 (ΦΕΚ Β' 2826/30.6.2023) ορίζει τη διαδικασία.",
     [("decision", "12345", "2023-06-30", None), ("other", "2826", "2023-06-30", None)]),
    ("Το Σχέδιο αριθ. 24-KH/BCĐ και το Σχέδιο αριθ. 25-KH/BCĐ της Διευθύνουσας Επιτροπής.",
     [("plan", "24", None, "Διευθύνουσας Επιτροπής"), ("plan", "25", None, "Διευθύνουσας Επιτροπής")]),
    ("Οι νόμοι 4808/2021, 4820/2021 και 4915/2022 τροποποιήθηκαν.",
     [("law", "4808", "2021", None), ("law", "4820", "2021", None), ("law", "4915", "2022", None)]),
    ("Η Απόφαση αριθ. 12/QĐ-UBND της 5ης Ιανουαρίου 2024 της Λαϊκής Επιτροπής της Επαρχίας.",
     [("decision", "12", "2024-01-05", "Λαϊκής Επιτροπής της Επαρχίας")]),
    ("Το Ψήφισμα αριθ. 57-NQ/TW και το Ψήφισμα αριθ. 59-NQ/TW του Πολιτικού Γραφείου.",
     [("resolution", "57", None, "Πολιτικού Γραφείου"), ("resolution", "59", None, "Πολιτικού Γραφείου")]),
    ("Με τα π.δ. 80/2016 και 18/2018 ορίστηκαν οι υπηρεσίες.",
     [("other", "80", "2016", None), ("other", "18", "2018", None)]),
    ("Στις 3 Μαΐου 2024 το Πολιτικό Γραφείο εξέδωσε το Ψήφισμα αριθ. 57-NQ/TW.",
     [("resolution", "57", "2024-05-03", "Πολιτικό Γραφείο")]),
    ("Οι ΚΥΑ 12345/2023 και 12346/2023 εκδόθηκαν μαζί.",
     [("decision", "12345", "2023", None), ("decision", "12346", "2023", None)]),
    ("Η Απόφαση αριθ. 7/2024 και η Απόφαση αριθ. 8/2024 της Επιτροπής Ανταγωνισμού.",
     [("decision", "7", "2024", "Επιτροπής Ανταγωνισμού"), ("decision", "8", "2024", "Επιτροπής Ανταγωνισμού")]),
    ("Σύμφωνα με τους ν. 4549/2018 και 4727/2020 ισχύει.",
     [("law", "4549", "2018", None), ("law", "4727", "2020", None)]),
    ("Η Απόφαση αριθ. 218/QĐ-TTg της 4ης Μαρτίου 2024 του Πρωθυπουργού εγκρίθηκε.",
     [("decision", "218", "2024-03-04", "Πρωθυπουργού")]),
    ("Τα Σχέδια αριθ. 11/KH-UBND και 12/KH-UBND της Λαϊκής Επιτροπής της Επαρχίας.",
     [("plan", "11", None, "Λαϊκής Επιτροπής της Επαρχίας"), ("plan", "12", None, "Λαϊκής Επιτροπής της Επαρχίας")]),
    ("Η Εγκύκλιος 12/2023 και η Εγκύκλιος 13/2023 του Υπουργείου Εσωτερικών.",
     [("circular", "12", "2023", "Υπουργείου Εσωτερικών"), ("circular", "13", "2023", "Υπουργείου Εσωτερικών")]),
    ("Το Συμπέρασμα αριθ. 45/KL-TTr και η Απόφαση αριθ. 112/QĐ-TTr της Επιθεώρησης.",
     [("conclusion", "45", None, "Επιθεώρησης"), ("decision", "112", None, "Επιθεώρησης")]),
    ("Ο ν. 5027/2023 (Α' 12) και ο ν. 5028/2023 (Α' 13) ψηφίστηκαν.",
     [("law", "5027", "2023", None), ("law", "5028", "2023", None)]),
    ("Η Οδηγία αριθ. 05-CT/TW και το Συμπέρασμα αριθ. 01-KL/TW του Πολιτικού Γραφείου.",
     [("directive", "5", None, "Πολιτικού Γραφείου"), ("conclusion", "1", None, "Πολιτικού Γραφείου")]),
    ("Με την υπ’ αριθ. 1234/2022 και την υπ’ αριθ. 1235/2022 απόφαση του Δημάρχου.",
     [("decision", "1235", "2022", "Δημάρχου")]),
    ("Σύμφωνα με τα Ψηφίσματα αριθ. 35-NQ/TW και 36-NQ/TW της Κεντρικής Επιτροπής.",
     [("resolution", "35", None, "Κεντρικής Επιτροπής"), ("resolution", "36", None, "Κεντρικής Επιτροπής")]),
    ("Η Απόφαση αριθ. 87/QĐ-UBND της 2ας Απριλίου 2024 και η Απόφαση αριθ. 88/QĐ-UBND της 3ης Απριλίου 2024.",
     [("decision", "87", "2024-04-02", None), ("decision", "88", "2024-04-03", None)]),
    ("Τα Σχέδια αριθ. 5-KH/TU και 6-KH/TU της Επαρχιακής Επιτροπής του Κόμματος.",
     [("plan", "5", None, "Επαρχιακής Επιτροπής του Κόμματος"), ("plan", "6", None, "Επαρχιακής Επιτροπής του Κόμματος")]),
    ("Το Ψήφισμα αριθ. 57-NQ/TW που εξέδωσε το Πολιτικό Γραφείο στις 22 Δεκεμβρίου 2024 για την επιστήμη.",
     [("resolution", "57", "2024-12-22", "Πολιτικό Γραφείο")]),
    ("Το Ψήφισμα αριθ. 57-NQ/TW του Πολιτικού Γραφείου, που εκδόθηκε στις 22 Δεκεμβρίου 2024, ισχύει.",
     [("resolution", "57", "2024-12-22", "Πολιτικού Γραφείου")]),
    ("Στις 28 Φεβρουαρίου 2025, το Πολιτικό Γραφείο και η Γραμματεία εξέδωσαν το Πόρισμα Αρ. 127-KL/TW.",
     [("conclusion", "127", "2025-02-28", "Πολιτικό Γραφείο και η Γραμματεία")]),
    ("Η Απόφαση αριθ. 5 που υπέγραψε ο Περιφερειάρχης στις 3 Μαρτίου 2024 ορίζει την επιτροπή.",
     [("decision", "5", "2024-03-03", "Περιφερειάρχης")]),
    # negatives: periods, counts, plural mentions
    ("Οι νόμοι και οι αποφάσεις της κυβέρνησης ψηφίστηκαν.", []),
    ("Το Πρόγραμμα 2021/2027 και το Ταμείο Ανάκαμψης.", []),
    ("Εκδόθηκαν 12 αποφάσεις και 5 εγκύκλιοι.", []),
    ("Η περίοδος 2014/2020 έκλεισε.", []),
    ("Ψηφίστηκαν πολλοί νόμοι το 2023.", []),
]


def rows(text: str, lang: str) -> list[Row]:
    """The extractor's ``(type, number, date, issuer)`` rows, in text order; every span is the text."""
    found = find_documents(text, lang)
    for rec in found:
        assert text[rec["char_start"]:rec["char_end"]] == rec["text"]
    return [(r["type"], r["number"], r["date"], r["issuer"]) for r in found]


@pytest.mark.parametrize("text,expected", VI)
def test_lists_vi(text: str, expected: list[Row]) -> None:
    assert rows(text, "vi") == expected


@pytest.mark.parametrize("text,expected", AR)
def test_lists_ar(text: str, expected: list[Row]) -> None:
    assert rows(text, "ar") == expected


@pytest.mark.parametrize("text,expected", EL)
def test_lists_el(text: str, expected: list[Row]) -> None:
    assert rows(text, "el") == expected


def test_tables_are_large_enough() -> None:
    """At least 25 documents' sentences and some negatives per language."""
    for table in (VI, AR, EL):
        assert sum(1 for _, want in table if want) >= 25
        assert sum(1 for _, want in table if not want) >= 4
