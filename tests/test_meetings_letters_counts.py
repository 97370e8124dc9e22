"""Forms of real news of the genre that the rules once misread, table-driven per language.

The sentences are written for these tests; the error classes come from real pages:
- names: an Arabic name read after its title ends before "بزيارة" (on a visit); Greek "του Δικαίου"
  (of the Law) is no surname;
- roles at meetings: the partner of "met with" attended, "during the visit" (Greek "κατά την
  επίσκεψη") is no "according to" and gives nobody a speech, an announced act ("θα μιλήσει", "sẽ
  phát biểu", "من المقرر أن يحضر") gives no role yet, the guest of a welcome ceremony the
  host chaired attended it, and so did the side that received a delegation and the leader of
  a working session ("عمل الرفيق X ... مع");
- titles: a chain of titles joined by a comma leads to its name after a verb ("nghe Ủy viên ...,
  Chủ nhiệm ... X"); a Greek title ends at "στον" (to the), before the object of a verb; a text
  cut off in the middle of a title ("... أمين الل") leaves that title out;
- documents: official letters (Vietnamese "công văn") numbered in Arabic and Greek translation,
  and their codes, which name the issuer and its office but no type ("4748/UBND-TH");
- figures: a number word after "giữa" (between) or "cả" (both) names parties already known, and
  "ĐB"/"ĐBQH" count delegates.
"""
from __future__ import annotations

import pytest
from conftest import officials_by_name

from newsextract.extractors.documents.codes import parse_code
from newsextract.extractors.documents.extractor import find_documents
from newsextract.extractors.figures.extractor import find_figures

Officials = dict[str, tuple[list[str], list[str]]]



OFFICIALS: list[tuple[str, str, Officials]] = [
    # the partner of "met with" attended the meeting
    ("el", "Ο υπουργός Οικονομικών κ. Γιώργος Παπαδόπουλος συναντήθηκε χθες με τον πρέσβη του Βιετνάμ, κ. Le Van Hung.",
     {"Γιώργος Παπαδόπουλος": (["υπουργός Οικονομικών"], ["attended"]),
      "Le Van Hung": (["πρέσβη του Βιετνάμ"], ["attended"])}),
    ("el", "Με τον υπουργό Εξωτερικών του Βιετνάμ Bui Thanh Son συναντήθηκε ο υπουργός Νίκος Αλεξίου στη Ρώμη.",
     {"Bui Thanh Son": (["υπουργό Εξωτερικών του Βιετνάμ"], ["attended"]),
      "Νίκος Αλεξίου": (["υπουργός"], ["attended"])}),
    # "thanked" is a speech
    ("el", "Ο πρωθυπουργός Κώστας Ιωάννου ευχαρίστησε τους διοργανωτές για τη φιλοξενία.",
     {"Κώστας Ιωάννου": (["πρωθυπουργός"], ["spoke"])}),
    # "during the visit": an announced visit gives nobody a role
    ("el", "Κατά την επίσκεψή του στο Ανόι ο υπουργός Νίκος Αλεξίου θα γίνει δεκτός από τον Πρόεδρο Nguyen Van An.",
     {"Νίκος Αλεξίου": (["υπουργός"], ["mentioned"]), "Nguyen Van An": (["Πρόεδρο"], ["mentioned"])}),
    ("el", "Κατά την διάρκεια της περιοδείας ο υπουργός Νίκος Αλεξίου θα γίνει δεκτός από τον πρωθυπουργό Pham Van Tuan.",
     {"Νίκος Αλεξίου": (["υπουργός"], ["mentioned"]), "Pham Van Tuan": (["πρωθυπουργό"], ["mentioned"])}),
    # "according to" keeps its speech
    ("el", "Κατά τον υπουργό Νίκο Αλεξίου, η συνεργασία θα διευρυνθεί.",
     {"Νίκο Αλεξίου": (["υπουργό"], ["spoke"])}),
    # a Greek title ends before "στον" + the object of the verb
    ("el", "Ο πρωθυπουργός Κώστας Ιωάννου μίλησε χθες. Ο πρόεδρος της Βουλής απηύθυνε πρόσκληση στον Κώστα Ιωάννου.",
     {"Κώστας Ιωάννου": (["πρωθυπουργός"], ["spoke"])}),
    # the guest of a welcome ceremony the host chaired attended it
    ("ar", "ترأس الرئيس تو لام حفل الترحيب بالرئيس الروسي فلاديمير بوتين في القصر الرئاسي.",
     {"تو لام": (["الرئيس"], ["chaired"]), "فلاديمير بوتين": (["الرئيس الروسي"], ["attended"])}),
    # the leader of a working session attended it
    ("ar", "في صباح يوم 3 مارس، عمل الرفيق تران فان نام، أمين لجنة الحزب الإقليمية، مع قادة المنطقة.",
     {"تران فان نام": (["أمين لجنة الحزب الإقليمية"], ["attended"])}),
    # the side that received a delegation attended
    ("ar", "وكان في استقبال الوفد الرفيق تران فان نام، أمين لجنة الحزب الإقليمية.",
     {"تران فان نام": (["أمين لجنة الحزب الإقليمية"], ["attended"])}),
    # an announced act gives no role yet; the same act reported does
    ("el", "Αύριο ο υπουργός Νίκος Αλεξίου θα μιλήσει στη Βουλή.", {"Νίκος Αλεξίου": (["υπουργός"], ["mentioned"])}),
    ("el", "Χθες ο υπουργός Νίκος Αλεξίου μίλησε στη Βουλή.", {"Νίκος Αλεξίου": (["υπουργός"], ["spoke"])}),
    ("vi", "Đồng chí Nguyễn Văn Hòa, Bí thư Tỉnh ủy sẽ dự và phát biểu tại hội nghị.",
     {"Nguyễn Văn Hòa": (["Bí thư Tỉnh ủy"], ["mentioned"])}),
    ("vi", "Đồng chí Nguyễn Văn Hòa, Bí thư Tỉnh ủy dự và phát biểu tại hội nghị.",
     {"Nguyễn Văn Hòa": (["Bí thư Tỉnh ủy"], ["attended", "spoke"])}),
    ("ar", "ومن المقرر أن يحضر الرفيق تران فان نام، أمين لجنة الحزب الإقليمية، المؤتمر.",
     {"تران فان نام": (["أمين لجنة الحزب الإقليمية"], ["mentioned"])}),
    ("ar", "وحضر الرفيق تران فان نام، أمين لجنة الحزب الإقليمية، المؤتمر.",
     {"تران فان نام": (["أمين لجنة الحزب الإقليمية"], ["attended"])}),
    # a text cut off in the middle of a title leaves that title out
    ("ar", "وكان في استقبال الوفد الرفيق تران فان نام، عضو اللجنة المركزية للحزب، أمين الل",
     {"تران فان نام": (["عضو اللجنة المركزية للحزب"], ["attended"])}),
    ("el", "Παρών ήταν ο κ. Nguyen Van An, μέλος της Κεντρικής Επιτροπής του Κόμματος, Γραμματέας της Επαρχιακής Επιτ",
     {"Nguyen Van An": (["μέλος της Κεντρικής Επιτροπής του Κόμματος"], ["attended"])}),
    # a chain of titles joined by a comma after a verb keeps its first title
    ("vi", "Hội nghị nghe Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Văn Hòa trình bày báo cáo.",
     {"Nguyễn Văn Hòa": (["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"], ["spoke"])}),
    ("vi", "Quốc hội nghe Ủy viên Ủy ban Thường vụ Quốc hội, Chủ nhiệm Ủy ban Kinh tế Lê Văn Tâm trình bày tờ trình.",
     {"Lê Văn Tâm": (["Ủy viên Ủy ban Thường vụ Quốc hội", "Chủ nhiệm Ủy ban Kinh tế"], ["spoke"])}),
    # a plural title before the chain belongs to others
    ("vi", "Cùng dự có các Phó Chủ tịch UBND tỉnh, Chủ tịch UBND huyện Lê Văn Bình.",
     {"Lê Văn Bình": (["Chủ tịch UBND huyện"], ["attended"])}),
]


@pytest.mark.parametrize("lang, text, expected", OFFICIALS)
def test_roles_and_titles_at_meetings(lang: str, text: str, expected: Officials) -> None:
    assert officials_by_name(text, lang) == expected


# a name read from a title ends before "بزيارة" (on a visit)
NAMES: list[tuple[str, str, list[str]]] = [
    ("ar", "قام الرئيس الروسي فلاديمير بوتين بزيارة رسمية إلى فيتنام.", ["فلاديمير بوتين"]),
    ("ar", "وصل وزير الخارجية الفرنسي جان إيف لودريان بزيارة رسمية إلى هانوي.", ["جان إيف لودريان"]),
    # "Law" in the genitive after an article is no surname
    ("el", "Ο υπουργός Νίκος Αλεξίου αναφέρθηκε στην τήρηση του Δικαίου της Θάλασσας.", ["Νίκος Αλεξίου"]),
]


@pytest.mark.parametrize("lang, text, expected", NAMES)
def test_names_end_before_a_visit(lang: str, text: str, expected: list[str]) -> None:
    assert list(officials_by_name(text, lang)) == expected


# (type, number) of the documents a sentence cites, in text order
LETTERS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    ("ar", "عملاً بالرسالة الرسمية رقم 215/UBND-KT بتاريخ 3 مارس 2025 الصادرة عن اللجنة الشعبية الإقليمية.",
     [("other", "215")]),
    ("ar", "وأصدرت الإدارة الإرسالية الرسمية رقم 88/STC-NS إلى المناطق.", [("other", "88")]),
    ("ar", "وأرسلت الوزارة رسالة رسمية إلى المحافظات بشأن الميزانية.", []),   # no number: a letter in general
    ("el", "Η Λαϊκή Επιτροπή εξέδωσε την Επίσημη Επιστολή αριθ. 512/UBND-VX για τα σχολεία.", [("other", "512")]),
    ("el", "Με το επίσημο έγγραφο αριθ. 77/BTC-NSNN το υπουργείο ζήτησε στοιχεία.", [("other", "77")]),
    ("vi", "UBND tỉnh ban hành Công văn số 512/UBND-VX về công tác tuyển sinh.", [("other", "512")]),
]


@pytest.mark.parametrize("lang, text, expected", LETTERS)
def test_official_letters(lang: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(r["type"], r["number"]) for r in find_documents(text, lang)] == expected


# an official letter's code: its issuer and the issuer's office, no type letters
LETTER_CODES: list[tuple[str, tuple[str, str, str] | None]] = [
    ("3150/UBND-KT", ("3150", "other", "UBND")),
    ("77/HĐND-VP", ("77", "other", "HĐND")),
    ("0012/UBND-VX", ("12", "other", "UBND")),
    ("218/QĐ-TTg", ("218", "decision", "TTg")),   # type letters still decide
    ("45/ABC-XY", None),                            # neither type nor issuer: no code
]


@pytest.mark.parametrize("code, expected", LETTER_CODES)
def test_letter_codes(code: str, expected: tuple[str, str, str] | None) -> None:
    info = parse_code(code)
    assert (None if info is None else (info.number, info.type, info.issuer_code)) == expected


def test_letter_code_gives_date_and_issuer() -> None:
    text = "UBND tỉnh ban hành Công văn số 3150/UBND-KT ngày 5/3/2025 về việc chống hạn."
    [row] = find_documents(text, "vi")
    assert (row["type"], row["number"], row["code"], row["date"]) == ("other", "3150", "3150/UBND-KT", "2025-03-05")


# (value, unit) of the counts a sentence reports
COUNTS: list[tuple[str, str, list[tuple[float, str]]]] = [
    ("vi", "Hai bên nhấn mạnh quan hệ hữu nghị giữa hai nước và nhân dân hai địa phương.", []),
    ("vi", "Cả hai bên nhất trí đẩy mạnh hợp tác thương mại.", []),
    ("vi", "Tỉnh có hai xã đạt chuẩn nông thôn mới nâng cao.", [(2.0, "commune")]),
    ("vi", "Giữa năm, tỉnh có 3 xã được công nhận.", [(3.0, "commune")]),
    ("vi", "Có 452 ĐB tham gia biểu quyết.", [(452.0, "delegate")]),
    ("vi", "Hội trường có 470 ĐBQH dự phiên khai mạc.", [(470.0, "delegate")]),
]


@pytest.mark.parametrize("lang, text, expected", COUNTS)
def test_counts_and_back_references(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    rows = [r for r in find_figures(text, lang) if r["kind"] == "count"]
    assert [(r["value"], r["unit"]) for r in rows] == expected
