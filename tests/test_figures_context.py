"""Figures read from their sentence: numbers that are names, labels or lists of references give
nothing; reported speech in quotes is read while short quoted names are not; millions with no noun
of their own take the one currency of their sentence; a sign ends a figure even when a word is
glued to it. Each row: a sentence and every figure expected in it, as (value, kind, unit)."""
from __future__ import annotations

import pytest

from newsextract.extractors.figures.extractor import find_figures

M = 1_000_000
B = 1_000_000_000

# Numbers that are no quantities: an outlet's name, letterhead and address labels, lists of article
# numbers, a "counted noun" that is a heading on the next line.
NOT_QUANTITIES = [
    ("ar", "وحصل موقع أخبار ليبيا 24 نسخة من البيان الختامي.", []),
    ("ar", "وقال لقناة فرانس 24 إن 30 شخصا أصيبوا.", [(30, "count", "person")]),
    ("ar", "صادق المجلس على الفصول 3 و4 و5 ضمن مشروع القانون.", []),
    ("ar", "عدلت اللجنة المواد 12 و13 و14 مكرر من النظام.", []),
    ("ar", "للمراسلة: ص.ب 1234 عمان", []),
    ("ar", "للمراسلة: ص.ب 25 مكتب البريد المركزي", []),
    ("ar", "هاتف: 0123456789 فاكس: 0123456780", []),
    ("ar", "وتسلمت الوزارة 24 سيارة إسعاف.", [(24, "count", "vehicle")]),
    ("el", "Αριθμ. Πρωτ.: 1677\nΔΙΕΥΘΥΝΣΗ ΟΙΚΟΝΟΜΙΚΩΝ", []),
    ("el", "Ταχ. Κώδικας: 10183 ΑΘΗΝΑ\nΠληροφορίες: Γ. Παπαδόπουλος", []),
    ("el", "Τ.Κ. 54636, Θεσσαλονίκη", []),
    ("el", "Τηλ.: 2131364733, FAX: 2131364000", []),
    ("el", "FAX 210 5239 μέλη", []),
    ("el", "Εφαρμόζονται οι διατάξεις των άρθρων 1, 6 και 259 του Κώδικα.", []),
    ("el", "Σύνολο παρόντων: 12\nΔΗΜΟΤΙΚΟΙ ΣΥΜΒΟΥΛΟΙ", []),
    ("el", "Στη συνεδρίαση συμμετείχαν 12 μέλη του συμβουλίου.", [(12, "count", "member")]),
]

# Quotes: speech after a speech verb or "that" is read; a name after a naming word, or a quote of one
# or two words, is not.
QUOTES = [
    ("ar", 'وقال الوزير إن الموازنة "تبلغ 50 مليار دولار، والعجز 5 مليارات".', [(50 * B, "money", "USD"),
                                                                           (5 * B, "money", "USD")]),
    ("ar", 'وأفاد بأن "العجز الكلي يصل إلى 73 مليار جنيه مصري".', [(73 * B, "money", "EGP")]),
    ("ar", 'وأضاف: "وزعنا 500 سلة غذائية على الأسر".', [(500, "count", "سلة")]),
    ("ar", 'وقال إن حملة "مليون شجرة لكل مدينة" حققت أهدافها.', []),
    ("ar", 'وأكد أن "ألف مدرسة" افتتحت.', []),
    ("el", "Ο υπουργός δήλωσε ότι «θα διατεθούν 5 εκατ. ευρώ στα σχολεία».", [(5 * M, "money", "EUR")]),
    ("el", "Ξεκινά το πρόγραμμα «100 νέα σχολεία για όλους» στην περιφέρεια.", []),
    ("el", "«Θα δοθούν 400 εκατομμύρια ευρώ στους πληγέντες» σημείωσε ο υπουργός.", [(400 * M, "money", "EUR")]),
    ("el", "«Ζητάμε 20 νέους γιατρούς για το νοσοκομείο», δήλωσε ο δήμαρχος.", [(20, "count", "doctor")]),
    ("el", "«Μετά από οκτώ δύσκολα χρόνια έχουμε 3 νέα νοσοκομεία» ανέφερε ο υπουργός.", [(3, "count", "hospital")]),
    ("el", "Το πρόγραμμα «Ανακαινίζω 2.000 κατοικίες στην ύπαιθρο», δήλωσε ο υπουργός, ξεκινά.", []),
]

# Millions with no noun of their own: the one currency their sentence names, else nothing.
MONEY_FROM_SENTENCE = [
    ("ar", "بلغت الإيرادات 400 مليون شيقل، تذهب ما بين 250 و300 مليون منها للديون.",
     [(400 * M, "money", "ILS"), (250 * M, "money", "ILS"), (300 * M, "money", "ILS")]),
    ("ar", "يبلغ الدخل 400 مليون شيكل شهريا، ويتبقى منه ما بين 100 و150 مليون فقط.",
     [(400 * M, "money", "ILS"), (100 * M, "money", "ILS"), (150 * M, "money", "ILS")]),
    ("ar", "خصصت الحكومة مبالغ منها 2.4 مليون لوزارة الصحة، و7.6 مليون دينار ليبي للرواتب.",
     [(2.4 * M, "money", "LYD"), (7.6 * M, "money", "LYD")]),
    ("ar", "بلغت الكلفة 5 ملايين دولار و3 ملايين يورو، ويتبقى 2 مليون فقط.",
     [(5 * M, "money", "USD"), (3 * M, "money", "EUR")]),
    ("ar", "بكلفة 5 ملايين دولار لإنتاج 2 مليون كمامة.", [(5 * M, "money", "USD"), (2 * M, "count", "كمامة")]),
    ("ar", "ويتبقى ما بين 100 و150 مليون فقط.", []),
    ("ar", "خصصت مبالغ منها 2.4 مليون لوزارة الصحة.", []),
    ("ar", "وتم قبول 300 منها.", []),
    ("el", "Διατέθηκαν 10 εκατ. ευρώ στους δήμους και άλλα 2 εκατ. στις περιφέρειες.",
     [(10 * M, "money", "EUR"), (2 * M, "money", "EUR")]),
]

# A sign ends a figure even when the next word is glued to it (a headline running into the lead).
GLUED_SIGNS = [
    ("ar", "الرواتب الاثنين بنسبة 60%أعلن الوزير أن الصرف سيبدأ.", [(60, "percent", "percent")]),
    ("el", "Αύξηση μισθών κατά 5%Η κυβέρνηση ανακοίνωσε τα μέτρα.", [(5, "percent", "percent")]),
]

# Halves before a scale word are amounts; centuries, decades and years (a fraction of one too) are
# durations, no figures.
HALVES_AND_DURATIONS = [
    ("el", "Η κυβέρνηση διέθεσε μισό εκατομμύριο ευρώ για τα σχολεία.", [(0.5 * M, "money", "EUR")]),
    ("vi", "Tỉnh hỗ trợ nửa triệu đồng mỗi hộ nghèo.", [(0.5 * M, "money", "VND")]),
    ("ar", "ومنذ نصف قرن تأسست الجمعية في المدينة.", []),
    ("ar", "ومنذ خمسة قرون تأسست المدينة.", []),
    ("el", "Πριν από δύο αιώνες ιδρύθηκε το σχολείο.", []),
    ("el", "Μετά από ενάμισι χρόνο ολοκληρώθηκε το έργο.", []),
    ("vi", "Sau hai thập kỷ, diện mạo của tỉnh đã thay đổi.", []),
    # longer abbreviations of the Greek scale words
    ("el", "Το ποσό των 2,5 δισεκατ. ευρώ διατέθηκε στην υγεία.", [(2.5 * B, "money", "EUR")]),
    ("el", "Διατέθηκαν 300 εκατομ. ευρώ για τα σχολεία.", [(300 * M, "money", "EUR")]),
]

ROWS = NOT_QUANTITIES + QUOTES + MONEY_FROM_SENTENCE + GLUED_SIGNS + HALVES_AND_DURATIONS


def _got(text: str, lang: str) -> list[tuple[float, str, str | None]]:
    records = find_figures(text, lang)
    for r in records:
        assert text[r["char_start"]:r["char_end"]] == r["text"]
    return [(round(r["value"], 6), r["kind"], r["unit"]) for r in records]


@pytest.mark.parametrize("lang,text,expected", ROWS, ids=[f"{r[0]}-{i:02d}" for i, r in enumerate(ROWS)])
def test_figures_read_from_their_sentence(lang: str, text: str, expected: list[tuple[float, str, str]]) -> None:
    assert _got(text, lang) == [(round(float(v), 6), k, u) for v, k, u in expected]
