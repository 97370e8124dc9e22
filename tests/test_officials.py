"""Officials: names, titles, roles and romanization, table-driven per language.

Sentences here are written for these tests (same genre as the dumps, different people).
Every row checks ``text[char_start:char_end] == name``.
"""
from __future__ import annotations

import pytest

from newsextract.extractors.officials.extractor import find_officials
from newsextract.extractors.officials.lexicon import (
    GRAMMAR_KEYS,
    REQUIRED_FILES,
    TITLE_KEYS,
    load_lexicon,
    resource_path_for,
)
from newsextract.extractors.officials.names import name_key, romanize, syllable_key
from newsextract.resources import SUPPORTED_LANGUAGES, load_yaml


def _by_name(text: str, lang: str) -> dict[str, dict]:
    records = find_officials(text, lang)
    for r in records:
        assert text[r["char_start"]:r["char_end"]] == r["name"] == r["text"]
    return {r["name"]: r for r in records}


# ---------------------------------------------------------------- resources
@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
@pytest.mark.parametrize("name", REQUIRED_FILES)
def test_every_language_has_every_file_with_a_header(lang: str, name: str) -> None:
    path = resource_path_for(lang, name)
    assert path.exists(), path
    assert path.read_text(encoding="utf-8").startswith("#"), f"{path} needs a header comment"


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_every_language_has_every_key(lang: str) -> None:
    grammar = load_yaml("extractors/officials", lang, "grammar.yaml")
    titles = load_yaml("extractors/officials", lang, "titles.yaml")
    assert set(GRAMMAR_KEYS) <= set(grammar), set(GRAMMAR_KEYS) - set(grammar)
    assert set(TITLE_KEYS) <= set(titles), set(TITLE_KEYS) - set(titles)
    assert set(grammar["role_cues"]) == {"chaired", "attended", "spoke", "mentioned", "led"}


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_syllable_tables_are_broad(lang: str) -> None:
    lex = load_lexicon(lang)
    table = lex.syllables if lang != "vi" else lex.latin
    romanized = {r.romanized for readings in table.values() for r in readings}
    assert len(romanized) >= 300
    assert len(lex.surnames) >= 60


# ---------------------------------------------------------------- transliteration
@pytest.mark.parametrize("lang, parts, expected", [
    ("ar", ["نجوين", "فان", "ثانه"], "Nguyen Van Thanh"),
    ("ar", ["نغوين", "ثي", "هوا"], "Nguyen Thi Hoa"),
    ("ar", ["هوانج", "فان", "نام"], "Hoang Van Nam"),
    ("ar", ["هوانغ", "مينه", "دوك"], "Hoang Minh Duc"),
    ("ar", ["فان", "فان", "كاي"], "Phan Van Khai"),        # same letters: surname first, middle name
    ("ar", ["لي", "ثي", "هوا"], "Le Thi Hoa"),
    ("ar", ["تران", "كوك", "فونغ"], "Tran Quoc Phuong"),
    ("el", ["Νγκουγιέν", "Βαν", "Χιέου"], "Nguyen Van Hieu"),
    ("el", ["Τραν", "Τι", "Λαν"], "Tran Thi Lan"),
    ("el", ["Λε", "Μινχ", "Χουνγκ"], "Le Minh Hung"),
    ("el", ["Φαμ", "Ντουκ", "Τοάν"], "Pham Duc Toan"),
    ("el", ["Βου", "Χονγκ", "Σον"], "Vu Hong Son"),
    ("vi", ["Nguyễn", "Thị", "Thu", "Hà"], "Nguyen Thi Thu Ha"),
    ("vi", ["Đặng", "Quốc", "Khánh"], "Dang Quoc Khanh"),
    ("el", ["Pham", "Van", "Dong"], "Pham Van Dong"),        # Latin letters inside Greek text
])
def test_romanize(lang: str, parts: list[str], expected: str) -> None:
    assert romanize(parts, load_lexicon(lang))[0] == expected


@pytest.mark.parametrize("a, b, same", [
    ("Thanh", "Tan", True),      # Ταν
    ("Khoa", "Koa", True),       # Κόα
    ("Trung", "Chung", True),
    ("Hoang", "Hang", False),
    ("Phuong", "Phung", False),
    ("Anh", "Hoang", False),
])
def test_syllable_key_tolerates_transliteration_losses_only(a: str, b: str, same: bool) -> None:
    assert (syllable_key(a) == syllable_key(b)) is same


def test_name_key_is_per_syllable() -> None:
    assert name_key("Nguyen Van Thanh") == name_key("Nguyen Van Tan")
    assert name_key("Tran Song Tung") != name_key("Tran Son Tung")


# ---------------------------------------------------------------- names, titles, roles
AR_CASES = [
    ("ترأس الاجتماع الرفيق هوانغ فان نام، أمين لجنة الحزب الإقليمية، رئيس مجلس الشعب الإقليمي.",
     "هوانغ فان نام", "Hoang Van Nam", ["أمين لجنة الحزب الإقليمية", "رئيس مجلس الشعب الإقليمي"], ["chaired"]),
    ("وحضر المؤتمر الرفاق: فام فان هاي، عضو اللجنة المركزية للحزب؛ ولي ثي هوا، نائبة رئيس اللجنة الشعبية الإقليمية.",
     "لي ثي هوا", "Le Thi Hoa", ["نائبة رئيس اللجنة الشعبية الإقليمية"], ["attended"]),
    ("وقال السيد دانغ كوك خانه، مدير إدارة الزراعة، إن المحصول تحسن.",
     "دانغ كوك خانه", "Dang Quoc Khanh", ["مدير إدارة الزراعة"], ["spoke"]),
    ("وشارك في الاجتماع نائب رئيس اللجنة الشعبية الإقليمية نجوين فان ثانه.",
     "نجوين فان ثانه", "Nguyen Van Thanh", ["نائب رئيس اللجنة الشعبية الإقليمية"], ["attended"]),
    ("زار الوفد مزرعة السيدة تران ثي ماي في بلدية ين لاك.",
     "تران ثي ماي", "Tran Thi Mai", [], ["mentioned"]),
    # a title right after the name, with no comma between them
    ("وقال فام كوانغ مينه رئيس اللجنة الشعبية إن الخطة نفذت.",
     "فام كوانغ مينه", "Pham Quang Minh", ["رئيس اللجنة الشعبية"], ["spoke"]),
]

EL_CASES = [
    ("Ο κ. Τραν Βαν Χιέου, Πρόεδρος της Επαρχιακής Λαϊκής Επιτροπής, δήλωσε ότι η οικονομία αναπτύσσεται.",
     "Τραν Βαν Χιέου", "Tran Van Hieu", ["Πρόεδρος της Επαρχιακής Λαϊκής Επιτροπής"], ["spoke"]),
    ("Στη συνεδρίαση παρευρέθηκε ο Γραμματέας της Επαρχιακής Επιτροπής του Κόμματος, Λε Μινχ Χουνγκ, και ηγέτες τμημάτων.",
     "Λε Μινχ Χουνγκ", "Le Minh Hung", ["Γραμματέας της Επαρχιακής Επιτροπής του Κόμματος"], ["attended"]),
    ("Τη συνεδρίαση προήδρευσε η σύντροφος Φαμ Τι Χόα, Αντιπρόεδρος του Επαρχιακού Λαϊκού Συμβουλίου.",
     "Φαμ Τι Χόα", "Pham Thi Hoa", ["Αντιπρόεδρος του Επαρχιακού Λαϊκού Συμβουλίου"], ["chaired"]),
    ("Ο Διευθυντής του Τμήματος Γεωργίας, Nguyen Van Binh, ανέφερε τα αποτελέσματα.",
     "Nguyen Van Binh", "Nguyen Van Binh", ["Διευθυντής του Τμήματος Γεωργίας"], ["spoke"]),
]

VI_CASES = [
    ("Đồng chí Trần Hồng Quân, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị.",
     "Trần Hồng Quân", "Tran Hong Quan", ["Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"], ["chaired"]),
    ("Bí thư Tỉnh ủy Đoàn Minh Huấn phát biểu chỉ đạo hội nghị.",
     "Đoàn Minh Huấn", "Doan Minh Huan", ["Bí thư Tỉnh ủy"], ["spoke"]),
    ("Dự hội nghị có Chủ tịch UBND tỉnh Ninh Bình Phạm Quang Ngọc.",
     "Phạm Quang Ngọc", "Pham Quang Ngoc", ["Chủ tịch UBND tỉnh Ninh Bình"], ["attended"]),
    ("Ông Nguyễn Văn Thanh, Giám đốc Sở Nông nghiệp cho biết năng suất lúa tăng.",
     "Nguyễn Văn Thanh", "Nguyen Van Thanh", ["Giám đốc Sở Nông nghiệp"], ["spoke"]),
    ("Các đại biểu thăm mô hình của bà Lê Thị Hồng Vân ở xã Yên Lạc.",
     "Lê Thị Hồng Vân", "Le Thi Hong Van", [], ["mentioned"]),
]


@pytest.mark.parametrize("lang, text, name, romanized, titles, roles", [
    *[("ar", *c) for c in AR_CASES], *[("el", *c) for c in EL_CASES], *[("vi", *c) for c in VI_CASES],
])
def test_official(lang: str, text: str, name: str, romanized: str, titles: list[str], roles: list[str]) -> None:
    found = _by_name(text, lang)
    assert name in found, sorted(found)
    rec = found[name]
    assert rec["romanized"] == romanized
    assert rec["titles"] == titles
    assert rec["roles"] == roles
    assert len(rec["positions"]) == len(rec["titles"]) + len(rec["group_titles"])


@pytest.mark.parametrize("lang, text, expected_names", [
    ("ar", ("وحضر الرفاق: فو فان هاي، عضو اللجنة الدائمة للحزب الإقليمي؛ وتران ثي لان، رئيسة الاتحاد النسائي؛ "
           "ونغوين دوك مينه، مدير إدارة المالية."), {"فو فان هاي", "تران ثي لان", "نغوين دوك مينه"}),
    ("el", ("Παρόντες ήταν οι σύντροφοι: Λε Βαν Τουάν, Γραμματέας της Επιτροπής του Κόμματος· Φαμ Τι Λαν, "
           "Πρόεδρος της Λαϊκής Επιτροπής."), {"Λε Βαν Τουάν", "Φαμ Τι Λαν"}),
    ("vi", ("Dự hội nghị có các đồng chí: Hoàng Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy; Lý Thị Mai, "
           "Phó Chủ tịch UBND tỉnh."), {"Hoàng Văn Bình", "Lý Thị Mai"}),
])
def test_lists_of_attendees(lang: str, text: str, expected_names: set[str]) -> None:
    found = _by_name(text, lang)
    assert set(found) == expected_names
    assert all(r["roles"] == ["attended"] for r in found.values())


@pytest.mark.parametrize("lang, text, members, shared, column", [
    # a plural title ("members of ...") is the group's: kept apart from the member's own titles
    ("ar", ("وحضر أيضا أعضاء اللجنة الدائمة للحزب الإقليمي: لي فان هونغ، رئيس لجنة التفتيش؛ وفام ثي ثو، "
           "رئيسة لجنة الدعاية."), ["لي فان هونغ", "فام ثي ثو"], "أعضاء اللجنة الدائمة للحزب الإقليمي",
     "group_titles"),
    ("el", ("Παρευρέθηκαν τα μέλη της Μόνιμης Επιτροπής της Επαρχιακής Επιτροπής του Κόμματος: Φαμ Βαν Λονγκ, "
            "Πρόεδρος της Επιτροπής Ελέγχου· Ντο Τι Χα, Επικεφαλής του Τμήματος Προπαγάνδας."),
     ["Φαμ Βαν Λονγκ", "Ντο Τι Χα"], "μέλη της Μόνιμης Επιτροπής της Επαρχιακής Επιτροπής του Κόμματος",
     "group_titles"),
    ("vi", ("Dự hội nghị có các Ủy viên Ban Thường vụ Tỉnh ủy: Đặng Văn Cường, Trưởng Ban Tổ chức Tỉnh ủy; "
            "Lê Thị Nga, Trưởng Ban Tuyên giáo Tỉnh ủy."), ["Đặng Văn Cường", "Lê Thị Nga"],
     "các Ủy viên Ban Thường vụ Tỉnh ủy", "group_titles"),
    # a singular title before the list is each person's own
    ("vi", "Cùng dự có các đồng chí Phó Chủ tịch UBND tỉnh: Trần Văn Sơn và Lê Thị Hà.",
     ["Trần Văn Sơn", "Lê Thị Hà"], "Phó Chủ tịch UBND tỉnh", "titles"),
    # made plural only by "các", before members with no title of their own: each member's, without "các"
    ("vi", "Cùng dự có các Phó Chủ tịch UBND huyện: Đinh Văn Toản, Hà Thị Liên; lãnh đạo các phòng.",
     ["Đinh Văn Toản", "Hà Thị Liên"], "Phó Chủ tịch UBND huyện", "titles"),
])
def test_title_shared_by_a_list(lang: str, text: str, members: list[str], shared: str, column: str) -> None:
    found = _by_name(text, lang)
    other = "titles" if column == "group_titles" else "group_titles"
    for name in members:
        rec = found[name]
        assert shared in rec[column]
        assert shared not in rec[other]
        # the group's position is still known (after the person's own ones)
        assert len(rec["positions"]) == len(rec["titles"]) + len(rec["group_titles"])
        if column == "group_titles":
            assert rec["positions"][-1] == "member||standing committee|provincial"


@pytest.mark.parametrize("lang, text, name, role", [
    ("ar", ("ترأس الاجتماع الرفيق دو فان لونغ، نائب الأمين الدائم للجنة الحزب الإقليمية.\n"
           "وفي ختام الاجتماع أكد نائب الأمين العام الدائم للجنة الحزب الإقليمية على أهمية العمل."),
     "دو فان لونغ", "spoke"),
    ("vi", ("Dự hội nghị có đồng chí Hoàng Thị Thu, Trưởng Ban Dân vận Tỉnh ủy.\n"
           "Phát biểu tại hội nghị, đồng chí Trưởng Ban Dân vận Tỉnh ủy cho biết kết quả đạt khá."),
     "Hoàng Thị Thu", "spoke"),
    ("el", ("Παρευρέθηκε ο Γραμματέας της Επαρχιακής Επιτροπής του Κόμματος, Τραν Ντουκ Λονγκ.\n"
           "Ο Γραμματέας της Επαρχιακής Επιτροπής του Κόμματος τόνισε τη σημασία της εργασίας."),
     "Τραν Ντουκ Λονγκ", "spoke"),
])
def test_title_only_mention_resolves_to_its_holder(lang: str, text: str, name: str, role: str) -> None:
    found = _by_name(text, lang)
    assert role in found[name]["roles"]
    assert found[name]["mentions"] == 2


@pytest.mark.parametrize("lang, text", [
    ("ar", "وفي ختام المؤتمر أكد نائب الأمين العام الدائم للجنة الحزب الإقليمية على النتائج."),  # nobody named
    ("ar", "وأطلقت المقاطعة مهرجان \"ممتنون للأبد للعم هو\" لزراعة الأشجار في منطقة كيم سون."),
    ("ar", "زار الوفد شركة باو سون للأغذية في بلدية هونغ تيان ومنطقة ين مو."),
    ("el", "Η Επιτροπή του Κόμματος της Περιφέρειας Ταν Τρι οργάνωσε συνέδριο στην πόλη Χάι Ντουόνγκ."),
    ("vi", "Phát động Tết trồng cây \"Đời đời nhớ ơn Bác Hồ\" tại huyện Kim Sơn, tỉnh Ninh Bình."),
    ("vi", "Hợp tác xã Hải Ba và Công ty Bảo Sơn đạt doanh thu cao."),
    ("vi", "Minh Châu - Quốc Tuấn"),
    ("ar", "ماي لان - ترونج جيانج - آنه تو"),
])
def test_not_officials(lang: str, text: str) -> None:
    assert find_officials(text, lang) == []


@pytest.mark.parametrize("lang, title, position", [
    ("ar", "نائب الأمين الدائم للجنة الحزب الإقليمية", "secretary|standing deputy|party committee|provincial"),
    ("ar", "نائب رئيس اللجنة الشعبية الإقليمية", "chairman|deputy|people's committee|provincial"),
    ("ar", "عضو اللجنة الدائمة للحزب الإقليمي", "member||standing committee|provincial"),
    ("el", "Μόνιμος Αναπληρωτής Γραμματέας της Επιτροπής του Κόμματος της Περιφέρειας",
     "secretary|standing deputy|party committee|district"),
    ("el", "Πρόεδρος της Επαρχιακής Λαϊκής Επιτροπής", "chairman||people's committee|provincial"),
    ("vi", "Phó Bí thư Thường trực Tỉnh ủy", "secretary|standing deputy|party committee|provincial"),
    ("vi", "Phó Chủ tịch UBND tỉnh", "chairman|deputy|people's committee|provincial"),
    ("vi", "Trưởng Ban Dân vận Huyện ủy", "head||mass mobilisation commission|district"),
])
def test_positions(lang: str, title: str, position: str) -> None:
    from newsextract.extractors.officials.extractor import position_of
    assert position_of(title, lang) == position


def test_two_mentions_one_person_titles_not_repeated() -> None:
    text = ("ترأس الاجتماع الرفيق نغو فان هاي، نائب الأمين الدائم للجنة الحزب الإقليمية.\n"
            "وفي الختام قال الرفيق نغو فان هاي، نائب السكرتير الدائم للجنة الحزب الإقليمية، إن العمل جيد.")
    found = _by_name(text, "ar")
    rec = found["نغو فان هاي"]
    assert rec["mentions"] == 2
    assert rec["titles"] == ["نائب الأمين الدائم للجنة الحزب الإقليمية"]
    assert rec["roles"] == ["chaired", "spoke"]


def test_component_writes_span_group(nlp_vi) -> None:
    doc = nlp_vi("Đồng chí Trần Hồng Quân, Phó Bí thư Tỉnh ủy chủ trì hội nghị.")
    spans = doc.spans["officials"]
    assert [s.text for s in spans] == ["Trần Hồng Quân"]
    record = spans.attrs["records"][0]
    assert record["roles"] == ["chaired"] and record["language"] == "vi"


@pytest.mark.parametrize("lang, text, name, titles", [
    ("vi", "Đồng chí Nguyễn Văn An - Phó Chủ tịch UBND tỉnh phát biểu tại hội nghị.",
     "Nguyễn Văn An", ["Phó Chủ tịch UBND tỉnh"]),
    ("ar", "وقال الرفيق فو دوك هاي - مدير إدارة المالية - إن الإيرادات زادت.",
     "فو دوك هاي", ["مدير إدارة المالية"]),
])
def test_dash_separates_name_and_title(lang: str, text: str, name: str, titles: list[str]) -> None:
    assert _by_name(text, lang)[name]["titles"] == titles


def test_given_name_with_honorific_refers_back() -> None:
    text = "Dự hội nghị có ông Trần Văn Thắng, Giám đốc Sở Tài chính. Theo ông Thắng, thu ngân sách tăng."
    rec = _by_name(text, "vi")["Trần Văn Thắng"]
    assert rec["roles"] == ["attended", "spoke"]
    assert rec["mentions"] == 2


@pytest.mark.parametrize("lang, text, name, romanized", [
    ("el", "Ο κ. Κυριάκος Μητσοτάκης δήλωσε ότι η κυβέρνηση στηρίζει το σχέδιο.",
     "Κυριάκος Μητσοτάκης", "Kyriakos Mitsotakis"),
    ("ar", "واستقبل الوفد السيد سونساي سيفاندون، رئيس وزراء لاوس.", "سونساي سيفاندون", "Sunsai Sifandun"),
])
def test_names_outside_the_syllable_tables_after_an_honorific(lang: str, text: str, name: str,
                                                              romanized: str) -> None:
    rec = _by_name(text, lang)[name]
    assert rec["romanized"] == romanized
    assert rec["romanized_exact"] is False


@pytest.mark.parametrize("lang, text", [
    ("el", "Συζητήθηκαν θέματα οργάνωσης, προσωπικού κ.λπ. στη συνεδρίαση."),
    ("ar", "وأكد السيد الرئيس أهمية العمل."),
])
def test_honorific_without_a_name(lang: str, text: str) -> None:
    assert find_officials(text, lang) == []


@pytest.mark.parametrize("lang, text, name", [
    ("el", "Παρευρέθηκε ο σύντροφος Λε Βαν Τσουέτ, Γραμματέας της Επιτροπής του Κόμματος.", "Λε Βαν Τσουέτ"),
    ("ar", "ترأس الاجتماع الرفيق نغوين فان شويت، رئيس مجلس الشعب الإقليمي.", "نغوين فان شويت"),
])
def test_a_last_syllable_missing_from_the_tables_stays_in_the_name(lang: str, text: str, name: str) -> None:
    assert name in _by_name(text, lang)


def test_an_arabic_word_after_a_name_is_not_taken_for_a_syllable() -> None:
    found = _by_name("وحضر الرفيق نغوين فان ثانه المؤتمر الذي عقد في المقاطعة.", "ar")
    assert list(found) == ["نغوين فان ثانه"]


# ---------------------------------------------------------------- back-references, variants, roles
@pytest.mark.parametrize("lang, text, name, titles", [
    ("ar", ("ترأس الاجتماع الرفيق دانغ كوك فيت، أمين لجنة الحزب الإقليمية.\n"
            "وفي ختام الاجتماع، طلب الأمين دانغ كوك فيت من جميع القطاعات العمل."),
     "دانغ كوك فيت", ["أمين لجنة الحزب الإقليمية"]),
    ("el", ("Του συνεδρίου προήδρευσε ο Βου Μινχ Ταμ, Γραμματέας της Επαρχιακής Επιτροπής του Κόμματος.\n"
            "Κλείνοντας, ο Γραμματέας Βου Μινχ Ταμ ζήτησε από τα τμήματα να εργαστούν."),
     "Βου Μινχ Ταμ", ["Γραμματέας της Επαρχιακής Επιτροπής του Κόμματος"]),
    ("el", ("Του συνεδρίου προήδρευσε η Λε Τι Λαν, Αντιπρόεδρος της Λαϊκής Επιτροπής της Επαρχίας.\n"
            "Κλείνοντας, η Αντιπρόεδρος Λε Τι Λαν ζήτησε να συνεχιστεί η προσπάθεια."),
     "Λε Τι Λαν", ["Αντιπρόεδρος της Λαϊκής Επιτροπής της Επαρχίας"]),
    ("vi", ("Đồng chí Vũ Minh Tâm, Bí thư Tỉnh ủy chủ trì hội nghị.\n"
            "Kết luận hội nghị, Bí thư Vũ Minh Tâm yêu cầu các sở tiếp tục cố gắng."),
     "Vũ Minh Tâm", ["Bí thư Tỉnh ủy"]),
    # a bare title is kept when it is the only one the person has
    ("el", "Κλείνοντας, ο Γραμματέας Βου Μινχ Ταμ ζήτησε από τα τμήματα να εργαστούν.",
     "Βου Μινχ Ταμ", ["Γραμματέας"]),
])
def test_a_bare_title_back_reference_adds_no_title(lang: str, text: str, name: str, titles: list[str]) -> None:
    rec = _by_name(text, lang)[name]
    assert rec["titles"] == titles
    assert "spoke" in rec["roles"]


@pytest.mark.parametrize("lang, text", [
    ("ar", "ما هي النتائج التي تحققت؟ ما تم إنجازه كبير."),
    ("vi", "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ."),
])
def test_common_words_that_are_also_surnames_open_no_name(lang: str, text: str) -> None:
    assert find_officials(text, lang) == []


@pytest.mark.parametrize("lang, text, name, romanized, title", [
    # spelling variants of common syllables (Nguyễn, Hữu) met in machine translations
    ("ar", "وقال نويين هوو تاي، مدير إدارة الزراعة، إن الإنتاج ارتفع.",
     "نويين هوو تاي", "Nguyen Huu Tai", "مدير إدارة الزراعة"),
    ("el", "Της συνεδρίασης προήδρευσε ο Νγκουγέν Χουού Ταμ, Πρόεδρος της Λαϊκής Επιτροπής της Επαρχίας.",
     "Νγκουγέν Χουού Ταμ", "Nguyen Huu Tam", "Πρόεδρος της Λαϊκής Επιτροπής της Επαρχίας"),
    # surnames and given names of ethnic minorities (Tày Ma, Hmong Sùng/Giàng + A, Khmer Thạch, Ê Đê H'/Niê)
    ("ar", "برئاسة الرفيقة ما ثي لوان، نائبة رئيس مجلس الشعب الإقليمي، زار الوفد المنطقة.",
     "ما ثي لوان", "Ma Thi Loan", "نائبة رئيس مجلس الشعب الإقليمي"),
    ("ar", "وقال ما فان تشين، رئيس التعاونية، إن الإنتاج ارتفع.", "ما فان تشين", "Ma Van Chien", "رئيس التعاونية"),
    ("ar", "وترأس الاجتماع الرفيق Giàng A Páo، رئيس اللجنة الشعبية للمنطقة.",
     "Giàng A Páo", "Giang A Pao", "رئيس اللجنة الشعبية للمنطقة"),
    ("el", "Ο Σουνγκ Α Πάο, Πρόεδρος του Συνεταιρισμού, δήλωσε ότι η παραγωγή αυξήθηκε.",
     "Σουνγκ Α Πάο", "Sung A Pao", "Πρόεδρος του Συνεταιρισμού"),
    ("el", "Η Διευθύντρια αναφέρθηκε στο παράδειγμα του κ. Sùng A Páo, προέδρου του Συνεταιρισμού.",
     "Sùng A Páo", "Sung A Pao", "προέδρου του Συνεταιρισμού"),
    ("el", "Παρευρέθηκε ο Thạch Sa Rin, Αντιπρόεδρος της Λαϊκής Επιτροπής της Επαρχίας.",
     "Thạch Sa Rin", "Thach Sa Rin", "Αντιπρόεδρος της Λαϊκής Επιτροπής της Επαρχίας"),
    ("vi", "Dự hội nghị có bà H'Yim Niê, Phó Chủ tịch HĐND tỉnh.", "H'Yim Niê", "H'Yim Nie",
     "Phó Chủ tịch HĐND tỉnh"),
    ("vi", "Sùng Thị Mỷ, Phó Chủ tịch UBND xã, cho biết năm nay thu hoạch khá.", "Sùng Thị Mỷ", "Sung Thi My",
     "Phó Chủ tịch UBND xã"),
    ("vi", "H'Hoa Niê, Phó Chủ tịch UBND huyện, cho biết năm nay thu hoạch khá.", "H'Hoa Niê", "H'Hoa Nie",
     "Phó Chủ tịch UBND huyện"),
    ("ar", "وقالت رئيسة وفد الرقابة ما ثي لوان إن النتائج جيدة.", "ما ثي لوان", "Ma Thi Loan", "رئيسة وفد الرقابة"),
    ("el", "Η επικεφαλής της αντιπροσωπείας Μα Τι Λοάν δήλωσε ότι τα αποτελέσματα είναι καλά.", "Μα Τι Λοάν",
     "Ma Thi Loan", "επικεφαλής της αντιπροσωπείας"),
    ("vi", "Hội nghị có sự tham gia của ông Thạch Sa Rin, Phó Chủ tịch UBND huyện.", "Thạch Sa Rin",
     "Thach Sa Rin", "Phó Chủ tịch UBND huyện"),
    ("vi", "Đồng chí Hà Minh Quân, Tỉnh ủy viên, Giám đốc Sở Y tế phát biểu.", "Hà Minh Quân", "Ha Minh Quan",
     "Tỉnh ủy viên"),
])
def test_variant_and_minority_names(lang: str, text: str, name: str, romanized: str, title: str) -> None:
    found = _by_name(text, lang)
    assert name in found, sorted(found)
    assert found[name]["romanized"] == romanized
    assert title in found[name]["titles"]


@pytest.mark.parametrize("lang, parts, expected", [
    # one spelling, several syllables: the reading usual at that place, the middle name telling gender
    ("ar", ["نغوين", "ثي", "هونغ"], "Nguyen Thi Hong"),
    ("ar", ["تران", "فان", "هونغ"], "Tran Van Hung"),
    ("ar", ["دانغ", "ترونغ", "كين"], "Dang Trong Kien"),
    ("ar", ["لي", "فان", "تيان"], "Le Van Tien"),
    ("ar", ["تران", "لوك", "ثانه"], "Tran Loc Thanh"),
    ("ar", ["فام", "فان", "لوك"], "Pham Van Loc"),
    ("el", ["Λε", "Τι", "Χουνγκ"], "Le Thi Huong"),
    ("el", ["Λε", "Βαν", "Χουνγκ"], "Le Van Hung"),
    ("el", ["Βου", "Τι", "Χουέ"], "Vu Thi Hue"),
    ("el", ["Νγκουγέν", "Χουού", "Ταμ"], "Nguyen Huu Tam"),
    ("vi", ["H'Yim", "Niê"], "H'Yim Nie"),
    ("vi", ["Giàng", "A", "Páo"], "Giang A Pao"),
    # Arabic لو is Lu (Lưu is ليو/لوو), هينه is Hinh (Huỳnh is هوينه); منه ends a name as Minh
    ("ar", ["لو", "ثي", "هوا"], "Lu Thi Hoa"),
    ("ar", ["ليو", "فان", "نام"], "Luu Van Nam"),
    ("ar", ["بوي", "دوك", "هينه"], "Bui Duc Hinh"),
    ("ar", ["هوينه", "فان", "نام"], "Huynh Van Nam"),
    ("ar", ["لي", "فان", "منه"], "Le Van Minh"),
    ("ar", ["تران", "فان", "تيب"], "Tran Van Tiep"),     # ت is T (Thiệp is ثيب)
    ("ar", ["بارك", "جي", "هون"], "Park Ji Huan"),       # a Korean surname, not letter by letter "Bark"
    ("el", ["Λε", "Βαν", "Τιέπ"], "Le Van Tiep"),        # Tiệp more usual than Thiệp
    ("el", ["Μπαρκ", "Μιν"], "Park Minh"),
    # Ê Đê women's prefix H' in Greek (Χ'), the name after it spelled letter by letter
    ("el", ["Χ'Ριν", "Νιέ"], "H'Rin Nie"),
    ("el", ["Χ'Λαν", "Μπια"], "H'Lan Bya"),
])
def test_romanize_ambiguous_spellings(lang: str, parts: list[str], expected: str) -> None:
    assert romanize(parts, load_lexicon(lang))[0] == expected


@pytest.mark.parametrize("lang, text, roles", [
    ("vi", ("Đoàn công tác của Tỉnh ủy do đồng chí Lò Văn Pản, Phó Bí thư Tỉnh ủy làm trưởng đoàn "
            "đã làm việc với huyện."), {"Lò Văn Pản": ["chaired"]}),
    ("vi", "Đoàn công tác do Phó Chủ tịch UBND tỉnh Hà Thị Nga dẫn đầu đã kiểm tra tiến độ.",
     {"Hà Thị Nga": ["chaired"]}),
    ("ar", ("حضر الاجتماع الرفيق لي فان دونغ، نائب رئيس اللجنة الشعبية الإقليمية.\n"
            "وبعد ذلك ترأس الرفيق لي فان دونغ جلسة النقاش."), {"لي فان دونغ": ["chaired", "attended"]}),
    ("ar", ("وحضر المؤتمر الرفيق فام فان كوانغ، رئيس اللجنة الشعبية الإقليمية.\n"
            "وفي كلمته، أكد الرفيق فام فان كوانغ على أهمية العمل."), {"فام فان كوانغ": ["attended", "spoke"]}),
    ("el", ("Της συνόδου προήδρευσαν ο Τραν Βαν Λαμ, Πρόεδρος του Λαϊκού Συμβουλίου της Επαρχίας, και η "
            "Βου Τι Χουέ, Αντιπρόεδρος του Λαϊκού Συμβουλίου της Επαρχίας."),
     {"Τραν Βαν Λαμ": ["chaired"], "Βου Τι Χουέ": ["chaired"]}),
    ("el", ("Στη συνεδρίαση παρευρέθηκε ο Λε Βαν Φουκ, Πρόεδρος της Λαϊκής Επιτροπής της Επαρχίας.\n"
            "Μιλώντας στη συνεδρίαση, ο Λε Βαν Φουκ τόνισε τη σημασία της εργασίας."),
     {"Λε Βαν Φουκ": ["attended", "spoke"]}),
    ("vi", ("Dự kỳ họp có ông Lê Văn Phúc, Chủ tịch UBND tỉnh.\n"
            "Báo cáo tại kỳ họp, ông Lê Văn Phúc cho biết kinh tế tăng trưởng khá."),
     {"Lê Văn Phúc": ["attended", "spoke"]}),
    ("vi", "Tiếp đoàn có đồng chí Đỗ Văn Hòa, Bí thư Huyện ủy.", {"Đỗ Văn Hòa": ["attended"]}),
])
def test_roles_led_by_attended_and_spoke(lang: str, text: str, roles: dict[str, list[str]]) -> None:
    found = _by_name(text, lang)
    assert {name: found[name]["roles"] for name in roles} == roles


def test_a_title_back_reference_goes_to_the_holder_at_that_level() -> None:
    text = ("وحضر المؤتمر الرفيق فام فان كوانغ، رئيس لجنة التعبئة الجماهيرية للجنة الحزب الإقليمية.\n"
            "وأفادت الرفيقة لي ثي ثو، رئيسة لجنة التعبئة الجماهيرية للجنة الحزب في المنطقة، بأن العمل جيد.\n"
            "وفي كلمته أشاد رئيس لجنة التعبئة الجماهيرية للجنة الحزب الإقليمية بالنتائج.")
    found = _by_name(text, "ar")
    assert found["فام فان كوانغ"]["roles"] == ["attended", "spoke"]
    assert found["فام فان كوانغ"]["mentions"] == 2
    assert found["لي ثي ثو"]["mentions"] == 1


@pytest.mark.parametrize("text, names", [
    ("Bài hát do nhạc sĩ Đỗ Minh sáng tác năm 2010.", ["Đỗ Minh"]),
    ("Đó là câu chuyện của Ngọc Trâm (sinh năm 1995) ở Hà Tĩnh.", ["Ngọc Trâm"]),
    ("Thầy Lê Quang Vinh dạy học ở xã Tân Phú.", ["Lê Quang Vinh"]),
    # negatives: a place or an organisation before the same words
    ("Công ty Minh Phát sinh năm lãi lớn.", []),
    ("Đoàn đã thăm xã Tân Phú và huyện Minh Long.", []),
    ("Hội Nhà báo Việt Nam và Hội Nhà văn Việt Nam tổ chức lễ kỷ niệm.", []),
])
def test_vietnamese_names_after_occupations_and_before_birth_years(text: str, names: list[str]) -> None:
    assert list(_by_name(text, "vi")) == names


# ---------------------------------------------------------------- native Vietnamese runs, acronyms, title words
@pytest.mark.parametrize("lang, text, name, romanized, titles, roles, mentions", [
    # "Quý" is a quarter in lower case, a name syllable when capitalised inside a sentence
    ("vi", ("Đoàn công tác do ông Lê Văn Quý, Phó Chủ tịch UBND huyện làm trưởng đoàn đã đến thăm gia đình "
            "chính sách. Ông Lê Văn Quý đề nghị xã quan tâm."),
     "Lê Văn Quý", "Le Van Quy", ["Phó Chủ tịch UBND huyện"], ["attended", "spoke"], 2),
    # ethnic-minority names: syllables outside the tables, after a title ending in a place word
    ("vi", "Chủ tịch UBND tỉnh Y Bhin Êban chủ trì phiên họp.",
     "Y Bhin Êban", "Y Bhin Eban", ["Chủ tịch UBND tỉnh"], ["chaired"], 1),
    ("vi", "Phó Chủ tịch UBND tỉnh Rah Lan Thanh chủ trì hội nghị.",
     "Rah Lan Thanh", "Rah Lan Thanh", ["Phó Chủ tịch UBND tỉnh"], ["chaired"], 1),
    ("vi", "Dự có ông Ksor Văn Thạch, Phó Giám đốc Sở Y tế.",
     "Ksor Văn Thạch", "Ksor Van Thach", ["Phó Giám đốc Sở Y tế"], ["attended"], 1),
    # five syllables after an honorific or before ", <title>" are one name
    ("vi", "Dự có bà Tôn Nữ Thị Ngọc Hân, Phó Giám đốc Sở Y tế.",
     "Tôn Nữ Thị Ngọc Hân", "Ton Nu Thi Ngoc Han", ["Phó Giám đốc Sở Y tế"], ["attended"], 1),
    ("vi", "Dự có Tôn Nữ Thị Ngọc Hân, Phó Giám đốc Sở Y tế.",
     "Tôn Nữ Thị Ngọc Hân", "Ton Nu Thi Ngoc Han", ["Phó Giám đốc Sở Y tế"], ["attended"], 1),
    # a title phrase of capitalised surname-like words ("Trưởng Đoàn") and an acronym are no name
    ("vi", "Dự có Lê Thị Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh.",
     "Lê Thị Hạnh", "Le Thi Hanh", ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Đoàn ĐBQH tỉnh"], ["attended"], 1),
    # a comma list inside the name of a body stays in the title
    ("vi", "Ông Lý Văn Hòa, Giám đốc Sở Văn hóa, Thể thao và Du lịch cho biết lượng khách tăng.",
     "Lý Văn Hòa", "Ly Van Hoa", ["Giám đốc Sở Văn hóa, Thể thao và Du lịch"], ["spoke"], 1),
    ("el", "Στη συνεδρίαση συμμετείχε η Διευθύντρια του Τμήματος Γεωργίας, Αλιείας και Δασών, Φαμ Τι Νγκα.",
     "Φαμ Τι Νγκα", "Pham Thi Nga", ["Διευθύντρια του Τμήματος Γεωργίας, Αλιείας και Δασών"], ["attended"], 1),
    # "منه" (also "from him") ends a name run as Minh
    ("ar", "وقال الرفيق لي فان منه، رئيس اللجنة الشعبية الإقليمية، إن العمل جيد.",
     "لي فان منه", "Le Van Minh", ["رئيس اللجنة الشعبية الإقليمية"], ["spoke"], 1),
    # "وزير" is minister, not the conjunction و before "زير"; "ووزير" is
    ("ar", "وحضر السيد فو دوك لام، نائب وزير الزراعة والتنمية الريفية.",
     "فو دوك لام", "Vu Duc Lam", ["نائب وزير الزراعة والتنمية الريفية"], ["attended"], 1),
    ("ar", "وحضر الرفيق هو دوك فوك، عضو اللجنة المركزية للحزب ووزير المالية.",
     "هو دوك فوك", "Ho Duc Phuc", ["عضو اللجنة المركزية للحزب", "وزير المالية"], ["attended"], 1),
])
def test_name_runs_and_title_words(lang: str, text: str, name: str, romanized: str, titles: list[str],
                                   roles: list[str], mentions: int) -> None:
    found = _by_name(text, lang)
    assert list(found) == [name], sorted(found)
    rec = found[name]
    assert (rec["romanized"], rec["titles"], rec["roles"], rec["mentions"]) == (romanized, titles, roles, mentions)


@pytest.mark.parametrize("lang, text", [
    ("vi", "Quý IV/2024 tỉnh Đắk Lắk tăng trưởng khá. Trong quý III, thu ngân sách tăng."),
    ("vi", "Ý kiến xin gửi về Văn phòng Đoàn ĐBQH và HĐND tỉnh."),
    ("vi", "Trưởng Đoàn ĐBQH tỉnh phát biểu tại kỳ họp."),
    # the last two syllables of a place name after a place word ("Ma" is also a surname)
    ("vi", "Chủ tịch UBND thành phố Buôn Ma Thuột cho biết lượng khách tăng."),
    ("ar", "وجاء جزء منه في التقرير."),
    ("el", "Η Επιτροπή ΗĐND της Επαρχίας συνεδρίασε."),
])
def test_quarters_acronyms_and_title_phrases_are_no_names(lang: str, text: str) -> None:
    assert find_officials(text, lang) == []


@pytest.mark.parametrize("lang, text, roles", [
    # "led by": the leader of a visit attended, of a meeting or an inspection chaired
    ("vi", ("Đoàn công tác của tỉnh do ông Lê Văn Quý, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã đến thăm, "
            "tặng quà các gia đình chính sách."), {"Lê Văn Quý": ["attended"]}),
    ("vi", "Đoàn kiểm tra do bà Hà Thị Lan, Phó Chủ tịch HĐND tỉnh dẫn đầu đã kiểm tra tiến độ.",
     {"Hà Thị Lan": ["chaired"]}),
    ("el", ("Αντιπροσωπεία της επαρχίας με επικεφαλής την κα Λε Τι Χονγκ, Αντιπρόεδρο του Λαϊκού Συμβουλίου "
            "της Επαρχίας, επισκέφθηκε και πρόσφερε δώρα σε οικογένειες."), {"Λε Τι Χονγκ": ["attended"]}),
    ("el", "Αντιπροσωπεία ελέγχου με επικεφαλής τον κ. Φαμ Βαν Λονγκ επιθεώρησε το έργο.",
     {"Φαμ Βαν Λονγκ": ["chaired"]}),
    ("ar", ("زار وفد المقاطعة بقيادة الرفيق دو فان هوا، نائب رئيس اللجنة الشعبية الإقليمية، الأسر الفقيرة "
            "وقدم الهدايا."), {"دو فان هوا": ["attended"]}),
    ("ar", "وعقدت اللجنة اجتماعا بقيادة الرفيق دو فان هوا، نائب رئيس اللجنة الشعبية الإقليمية.",
     {"دو فان هوا": ["chaired"]}),
    # a cue word inside the name of a body ("Ban Chỉ đạo") is no cue
    ("vi", "Đồng chí Vi Văn Sơn, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị.",
     {"Vi Văn Sơn": ["chaired"]}),
    # a report presented by a person: attended and spoke
    ("vi", "Theo báo cáo của ông Lý Văn Hòa, Giám đốc Sở Xây dựng, tiến độ đạt 90%.",
     {"Lý Văn Hòa": ["attended", "spoke"]}),
    # handing over awards or gifts at the event: attended
    ("vi", "Nhân dịp này, bà Trần Thị Thu, Phó Chủ tịch UBND tỉnh trao Bằng khen cho 5 tập thể.",
     {"Trần Thị Thu": ["attended"]}),
    ("vi", "Tiếp và làm việc với đoàn có đồng chí Y Ngông Niê Kđăm, Phó Chủ tịch HĐND tỉnh.",
     {"Y Ngông Niê Kđăm": ["attended"]}),
    ("el", "Ο κ. Φαμ Βαν Χάι πρόσφερε δώρα σε φτωχά νοικοκυριά.", {"Φαμ Βαν Χάι": ["attended"]}),
    ("ar", "وقام الرفيق دو فان هوا بتسليم الأوسمة لعشرة أفراد.", {"دو فان هوا": ["attended"]}),
    # one cue, two roles
    ("vi", "Đồng chí Lê Văn Khải, Bí thư Tỉnh ủy dự và phát biểu chỉ đạo hội nghị.",
     {"Lê Văn Khải": ["attended", "spoke"]}),
    # "رأس مال" is capital, not "headed"
    ("ar", "ومنحت السيدة فو ثي لان شهادات لمشاريع برأس مال 3 مليارات دولار.", {"فو ثي لان": ["mentioned"]}),
])
def test_led_by_and_cue_exceptions(lang: str, text: str, roles: dict[str, list[str]]) -> None:
    found = _by_name(text, lang)
    assert {name: found[name]["roles"] for name in roles} == roles


# ---------------------------------------------------------------- military and police ranks
@pytest.mark.parametrize("lang, text, name, titles", [
    ("vi", "Đại tá Hoàng Văn Khải, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh phát biểu.",
     "Hoàng Văn Khải", ["Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"]),
    ("vi", "Buổi lễ có sự tham dự của Thiếu tướng Đinh Quang Tùng.", "Đinh Quang Tùng", ["Thiếu tướng"]),
    ("vi", "Thượng úy Lò Thị Mai cho biết đơn vị đã hoàn thành nhiệm vụ.", "Lò Thị Mai", ["Thượng úy"]),
    ("ar", "قال العقيد لي فان كوانغ، عضو اللجنة الدائمة للحزب الإقليمي، إن العمل مستمر.",
     "لي فان كوانغ", ["العقيد", "عضو اللجنة الدائمة للحزب الإقليمي"]),
    ("ar", "حضر الاجتماع الرفيق دو فان هوا واللواء فام فان توان.", "فام فان توان", ["اللواء"]),
    ("el", "Ο Συνταγματάρχης Λε Βαν Κουάνγκ, διοικητής της συνοριοφυλακής της επαρχίας, δήλωσε ότι το έργο συνεχίζεται.",
     "Λε Βαν Κουάνγκ", ["Συνταγματάρχης", "διοικητής της συνοριοφυλακής της επαρχίας"]),
    ("el", "Στην τελετή παρευρέθηκε ο Υποστράτηγος Φαμ Βαν Τουάν.", "Φαμ Βαν Τουάν", ["Υποστράτηγος"]),
])
def test_a_rank_before_a_name_is_a_title_not_part_of_the_name(lang: str, text: str, name: str,
                                                              titles: list[str]) -> None:
    persons = _by_name(text, lang)
    assert name in persons, persons.keys()
    assert persons[name]["titles"] == titles
    assert not any(t in n for n in persons for t in titles[:1])


@pytest.mark.parametrize("lang, text", [
    ("vi", "Năm ngoái, đơn vị có ba sĩ quan được thăng quân hàm đại tá."),
    ("ar", "وتمت ترقية ثلاثة ضباط إلى رتبة عقيد العام الماضي."),
    ("el", "Πέρυσι τρεις αξιωματικοί προήχθησαν στον βαθμό του συνταγματάρχη."),
])
def test_a_rank_without_a_name_makes_no_official(lang: str, text: str) -> None:
    assert find_officials(text, lang) == []


@pytest.mark.parametrize("lang, text, names", [
    ("vi", "Hội nghị do đồng chí Vũ Đức Thắng và Trung tá Ngô Thị Hạnh đồng chủ trì.",
     ["Vũ Đức Thắng", "Ngô Thị Hạnh"]),
    ("ar", "شارك في رئاسة المؤتمر الرفيق فو دوك ثانغ والعقيد نغو ثي هانه.", ["فو دوك ثانغ", "نغو ثي هانه"]),
    ("el", "Συμπροήδρευσαν ο σύντροφος Βου Ντουκ Τανγκ και ο Ταγματάρχης Νγκο Τι Χαν.",
     ["Βου Ντουκ Τανγκ", "Νγκο Τι Χαν"]),
])
def test_co_chaired_gives_each_person_the_chair(lang: str, text: str, names: list[str]) -> None:
    persons = _by_name(text, lang)
    for name in names:
        assert name in persons, persons.keys()
        assert persons[name]["roles"] == ["chaired"]
