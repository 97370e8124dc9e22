"""Dates in the shape of real web news pages: date lines glued to a source label, a page's date
line at the top, "this year" and "the same period of last year", year-less days placed by the
article's own date, and the codes and cut-off ranges that must not become dates.

Each case is a made-up mini-article (no publication date given) -> the set of date values."""
from __future__ import annotations

import pytest

from newsextract.extractors.dates.extractor import find_dates

VI_CASES = [
    # a date line glued to the source label: a full date after a capitalised word
    ("Báo Hà TĩnhBáo Hà Tĩnh12/03/2025", {"2025-03-12"}),
    ("Sáng 11/3, hội nghị khai mạc.\nBáo Hà TĩnhBáo Hà Tĩnh12/03/2025", {"2025-03-11", "2025-03-12"}),
    ("Chiều 28/9, đại hội bế mạc.\nTạp chí Cộng SảnTạp chí Cộng Sản30/09/2024", {"2024-09-28", "2024-09-30"}),
    # an acronym label standing alone is a label too
    ("TTXVN07/08/2025\nSáng 6/8, đoàn công tác làm việc.", {"2025-08-07", "2025-08-06"}),
    # codes: the letters before the date are part of a document number
    ("Quyết định số 12/QĐ-UBND07/08/2025 của tỉnh", set()),
    ("mã hồ sơ HS-ABC07/08/2025", set()),
    ("số hiệu 2024KH07/08/2025", set()),
    # a page's month date line settles a year-less day against a plan year mentioned later
    ("date 2023-12 Kỳ họp\n\nChiều nay (07/12), kỳ họp thảo luận kế hoạch năm 2024.",
     {"2023-12", "2023-12-07", "2024"}),
    ("date 2025-11 Hội nghị\n\nSáng 5/11, tỉnh triển khai kế hoạch năm 2026.", {"2025-11", "2025-11-05", "2026"}),
    # the page's date line written in full places a day of the previous year next to it
    ("date 2025-01-03 Tổng kết\n\nNgày 28/12, tỉnh tổng kết năm.", {"2025-01-03", "2024-12-28"}),
    # "the same period of 2024": the article is in 2025
    ("Trong tháng 6, lượng khách tăng 20% so với cùng kỳ năm 2024.", {"2025-06", "2024"}),
    # "this year" with only a year in passing: not that year; with a part of a year reported on, it
    ("6 tháng đầu năm nay, doanh thu vượt tổng doanh thu của cả năm 2016.", {"XXXX-H1", "2016"}),
    ("Quý I năm nay, doanh thu tăng 10% so với cùng kỳ năm 2024.", {"2025-Q1", "2024"}),
    ("Trong 9 tháng năm 2025 tỉnh đạt kết quả tốt; tháng 10 năm nay tiếp tục tăng so với năm 2016.",
     {"2025-01/2025-09", "2025-10", "2016"}),
    # a range cut off at the end of a truncated line is no date
    ("> Tin tức > Kỳ họp thứ Chín, nhiệm kỳ 2021 -\nKỳ họp thường lệ cuối năm 2022.", {"2022"}),
    ("nhiệm kỳ 2021 - 2026", {"2021/2026"}),
    # results asked for at a session of next year do not put the article in that year
    ("Chiều 11-12, HĐND tỉnh chất vấn. Năm 2025 tỉnh được giao 3.400 tỷ đồng. Chủ tịch HĐND đề nghị UBND tỉnh "
     "khẩn trương khắc phục hạn chế, báo cáo kết quả tại kỳ họp giữa năm 2026.",
     {"2025-12-11", "2025", "2026"}),
    # periods joined by a conjunction share a year; "December and January" do not
    # ("tăng cường", to strengthen, is no "tăng", an increase reported)
    ("Sáng 19/3, hai bên ký kết quy chế phối hợp năm 2026. Hai bên thống nhất tăng cường tuần tra trong tháng 4 "
     "và quý III.", {"2026-03-19", "2026", "2026-04", "2026-Q3"}),
    ("date 2025-11 Kế hoạch\nLễ hội diễn ra từ ngày 30/12 và 2/1.", {"2025-11", "2025-12-30", "2026-01-02"}),
    # "16/10 vừa qua" (just past): the latest one before the article's date, unknown without it
    ("date 2025-06-02 Tin\nNgày 16/10 vừa qua, tỉnh họp.", {"2025-06-02", "2024-10-16"}),
    ("date 2025-06-02 Tin\nNgày 16/10, tỉnh sẽ họp.", {"2025-06-02", "2025-10-16"}),
    ("Ngày 16/10 vừa qua, tỉnh họp.", {"XXXX-10-16"}),
    # a plan or budget for next year being discussed puts a late-year day in the year before
    ("Ngày 5/11, UBND tỉnh họp bàn kế hoạch năm 2026.", {"2025-11-05", "2026"}),
    ("Kỳ họp diễn ra từ ngày 8/12 đến 10/12 để thông qua kế hoạch phát triển kinh tế - xã hội năm 2026.",
     {"2025-12-08", "2025-12-10", "2026"}),
    # a range of two days of one month: both days, whatever follows
    ("Hội nghị diễn ra từ ngày 8/12 đến 10/12/2025 để tổng kết.", {"2025-12-08", "2025-12-10"}),
    ("từ 10/12 đến 8/12/2025", {"2025-12-08"}),  # not a forward range: only the day surely read
    # a day and month with dots after a time of day; not a decimal amount
    ("date 2025-03 Lễ hội\nTối 12.3, lễ hội diễn ra.", {"2025-03", "2025-03-12"}),
    ("Sáng 12.3 tỷ đồng được giải ngân.", set()),
    ("tăng 12.3% so với", set()),
]

AR_CASES = [
    ("Báo Đồng NaiBáo Đồng Nai07/08/2025", {"2025-08-07"}),
    ("في صباح يوم 29 سبتمبر، انعقد المؤتمر.\n\nSở Công thương tỉnh Lào CaiSở Công thương tỉnh Lào Cai28/09/2025",
     {"2025-09-29", "2025-09-28"}),
    ("مساء يوم 6 أغسطس، عقدت اللجنة اجتماعا لمناقشة خطة عام 2026.\nBáo Đồng NaiBáo Đồng Nai07/08/2025",
     {"2025-08-06", "2026", "2025-08-07"}),
    ("date 2024-03 مؤتمر\n\nصباح يوم 5 مارس، افتتح المؤتمر لمناقشة خطة 2025.", {"2024-03", "2024-03-05", "2025"}),
    # results asked for at a session of next year do not put the article in that year
    ("مساء يوم 9 ديسمبر، عقد المجلس جلسته. وفي عام 2025 نفذت المحافظة 11 مشروعا. ودعا رئيس المجلس اللجنة إلى "
     "تقديم تقرير عن النتائج قبل الدورة الأولى لعام 2026.",
     {"2025-12-09", "2025", "2026"}),
    # "16 October last": the latest one before the article's date, unknown without it
    ("date 2023-02-10 أخبار\nشهدت الجلسة سجالا بشأن مضبطة جلسة 16 أكتوبر الماضي.", {"2023-02-10", "2022-10-16"}),
    ("date 2023-11-10 أخبار\nفي أكتوبر الماضي، ارتفعت الصادرات.", {"2023-11-10", "2023-10"}),
    ("شهدت الجلسة سجالا بشأن مضبطة جلسة 16 أكتوبر الماضي.", {"XXXX-10-16"}),
    # a draft budget for next year puts a late-year day in the year before
    ("يوم 5 نوفمبر، ناقش المجلس مشروع موازنة عام 2026.", {"2025-11-05", "2026"}),
    ("تناقش اللجنة مشروع قانون الموازنة العامة للسنة المالية 2026 يوم 14 ديسمبر.", {"2026", "2025-12-14"}),
    # periods joined by a conjunction share a year
    ("يومي 18 و19 مارس، عقد الجانبان اجتماع تقييم عام 2025 وخطة عام 2026. واتفق الجانبان على تعزيز "
     "الدوريات المشتركة في الربع الثاني والربع الثالث.", {"2026-03-18", "2026-03-19", "2025", "2026", "2026-Q2", "2026-Q3"}),
    # the same period of the year before
    ("ارتفعت الصادرات في يونيو بنسبة 12% مقارنة بنفس الفترة من عام 2024.", {"2025-06", "2024"}),
    ("ارتفعت الإيرادات في الربع الأول بنسبة 5% مقارنة بالفترة المماثلة من 2023.", {"2024-Q1", "2023"}),
    # "this year" with only a year in passing: not that year
    ("في النصف الأول من هذا العام تجاوزت الأرباح أرباح عام 2016.", {"XXXX-H1", "2016"}),
    ("في يونيو من العام الجاري تجاوزت الأرباح أرباح عام 2016.", {"XXXX-06", "2016"}),
    # a source label in Arabic script glued to the page's date
    ("صباح يوم 11 مارس، افتتح المعرض.\nصحيفة الأهرام12/03/2025", {"2025-03-11", "2025-03-12"}),
    # year, month, day with slashes (Gulf usage)
    ("المقرر بدء العمل بها بتاريخ 2025/4/1، يأتي", {"2025-04-01"}),
    ("للسنة المالية 2022/2023", {"2022/2023"}),
    # codes are not dates
    ("القرار رقم 12/QĐ-UBND07/08/2025", set()),
    # a weekday makes a day/month a date
    ("date 2025-03 جلسة\nالثلاثاء 11/3 عقد المجلس جلسته.", {"2025-03", "2025-03-11"}),
    ("الكود ABC-XYZ07/08/2025", set()),
]

EL_CASES = [
    ("Báo Đồng NaiBáo Đồng Nai07/08/2025", {"2025-08-07"}),
    ("Το πρωί της 2ας Οκτωβρίου άνοιξε το Συνέδριο.\nBáo Nghệ AnBáo Nghệ An03/10/2025", {"2025-10-02", "2025-10-03"}),
    # the same period of the year before; an earlier "same period" reaches further back
    ("Κατά τους πρώτους 6 μήνες του τρέχοντος έτους οι επισκέπτες αυξήθηκαν 20% σε σχέση με την ίδια "
     "περίοδο το 2024 και 25% σε σχέση με την ίδια περίοδο το 2019. Τον Ιούνιο ξεπέρασαν το σύνολο του 2016.",
     {"2025-H1", "2024", "2019", "2025-06", "2016"}),
    ("Τον Μάιο οι εξαγωγές αυξήθηκαν 8% σε σχέση με το αντίστοιχο διάστημα του 2023.", {"2024-05", "2023"}),
    # "this year" with only a year in passing: not that year
    ("Κατά τους πρώτους 6 μήνες του τρέχοντος έτους οι αφίξεις ξεπέρασαν όλο το 2016.", {"XXXX-H1", "2016"}),
    ("Τον Ιούνιο του τρέχοντος έτους οι αφίξεις ξεπέρασαν όλο το 2016.", {"XXXX-06", "2016"}),
    ("Τον Μάρτιο του προηγούμενου έτους, σε σχέση με την ίδια περίοδο του 2024, οι αφίξεις αυξήθηκαν.",
     {"2024-03", "2024"}),
    # the page's date line at the top: a weekday and day without year next to it, not the budget year
    ("date 2025-11-20 Κατατέθηκε ο προϋπολογισμός για το 2026.\nΗ ψήφιση θα γίνει το Σάββατο 13 Δεκεμβρίου.",
     {"2025-11-20", "2026", "2025-12-13"}),
    ("date 2025-11-20 Στις 13 Δεκεμβρίου θα ψηφιστεί ο προϋπολογισμός για το 2026.",
     {"2025-11-20", "2025-12-13", "2026"}),
    ("date 2025-11-20 Το Σάββατο 10 Ιανουαρίου θα ψηφιστεί ο προϋπολογισμός για το 2026.",
     {"2025-11-20", "2026-01-10", "2026"}),
    ("date 2025-11 Προϋπολογισμός\nΚατατέθηκε ο προϋπολογισμός του 2026. Η ψήφιση θα γίνει την Πέμπτη 18 Δεκεμβρίου.",
     {"2025-11", "2026", "2025-12-18"}),
    # results asked for before a session of next year do not put the article in that year
    ("Στις 9 Δεκεμβρίου συνεδρίασε το Συμβούλιο. Το 2025 η επαρχία ολοκλήρωσε 11 έργα. Ο Πρόεδρος ζήτησε από την "
     "Επιτροπή να υποβάλει έκθεση για τα αποτελέσματα πριν από την πρώτη σύνοδο του 2026.",
     {"2025-12-09", "2025", "2026"}),
    # periods joined by a conjunction share a year
    ("Στις 19 Μαρτίου υπογράφηκε το σχέδιο για το 2026. Συμφωνήθηκαν κοινές περιπολίες τον Απρίλιο και το τρίτο "
     "τρίμηνο.", {"2026-03-19", "2026", "2026-04", "2026-Q3"}),
    # the budget for next year puts a late-year day in the year before
    ("Κατατέθηκε ο προϋπολογισμός για το 2026. Η ψήφιση θα γίνει το Σάββατο 13 Δεκεμβρίου.", {"2026", "2025-12-13"}),
    ("Το σχέδιο προϋπολογισμού του 2026 ψηφίζεται στις 18 Δεκεμβρίου.", {"2026", "2025-12-18"}),
    ("Τον Μάιο η εκτέλεση του προϋπολογισμού του 2025 έδειξε πλεόνασμα.", {"2025-05", "2025"}),
    # "last October": the latest one before the article's date
    ("date 2025-06-02 Είδηση\nΤον περασμένο Οκτώβριο η Βουλή ψήφισε.", {"2025-06-02", "2024-10"}),
    ("date 2025-06-02 Είδηση\nΤον Οκτώβριο η Βουλή θα ψηφίσει.", {"2025-06-02", "2025-10"}),
    # a gazette issue or protocol number with its date
    ("(ΦΕΚ Β' 3290/18.05.2023)", {"2023-05-18"}),
    ("με αρ. πρωτ. 512/03.04.2024 απόφαση", {"2024-04-03"}),
    # codes and decimals are not dates
    # a weekday makes a day/month a date whatever follows
    ("date 2025-03 Βουλή\nΤην Τρίτη 11/3 η Βουλή ψήφισε.", {"2025-03", "2025-03-11"}),
    ("ο κωδικός ΚΑΕ07/08/2025-Α", set()),
    ("ποσοστό 18.05.2023%", set()),
    ("νόμος 4412/2016", set()),  # a year inside a document number
]


def _values(text: str, lang: str) -> set[str]:
    return {r["value"] for r in find_dates(text, lang)}


@pytest.mark.parametrize("text,expected", VI_CASES)
def test_vi_real_pages(text: str, expected: set[str]) -> None:
    assert _values(text, "vi") == expected


@pytest.mark.parametrize("text,expected", AR_CASES)
def test_ar_real_pages(text: str, expected: set[str]) -> None:
    assert _values(text, "ar") == expected


@pytest.mark.parametrize("text,expected", EL_CASES)
def test_el_real_pages(text: str, expected: set[str]) -> None:
    assert _values(text, "el") == expected


def test_glued_date_line_is_the_article_date() -> None:
    """A date line glued to its label places a year-less day of the previous year next to it."""
    text = "Chiều 30/12, tỉnh tổng kết công tác năm.\nBáo Lào CaiBáo Lào Cai02/01/2025"
    assert _values(text, "vi") == {"2024-12-30", "2025-01-02"}
