"""Officials: roles from the structure of a clause, one row per person, places and title edges.

Table-driven per language; the sentences are written for these tests (invented people, the
genre of the dumps). Every row checks ``text[char_start:char_end] == name``.
"""
from __future__ import annotations

import pytest

from newsextract.extractors.officials.extractor import find_officials


def _by_name(text: str, lang: str) -> dict[str, dict]:
    records = find_officials(text, lang)
    for r in records:
        assert text[r["char_start"]:r["char_end"]] == r["name"] == r["text"]
    return {r["name"]: r for r in records}


# ------------------------------------------------------------------ roles
# a past holder, or the signer of a document the article cites, is only mentioned
@pytest.mark.parametrize(("lang", "text", "roles"), [
    ("vi", ("Dự hội nghị có đồng chí Lê Văn Hùng, Phó Chủ tịch UBND tỉnh. Theo Quyết định số 12/QĐ-UBND do ông "
            "Trần Văn Lâm, nguyên Chủ tịch UBND tỉnh ký năm 2020, dự án được phê duyệt."),
     {"Lê Văn Hùng": ["attended"], "Trần Văn Lâm": ["mentioned"]}),
    ("ar", ("وحضر المؤتمر الرفيق لي فان هونغ، نائب رئيس اللجنة الشعبية. ووفقا للقرار الذي وقعه الرفيق تران فان لام، "
            "الرئيس السابق للجنة الشعبية، عام 2020، تمت الموافقة على المشروع."),
     {"لي فان هونغ": ["attended"], "تران فان لام": ["mentioned"]}),
    ("el", ("Παρευρέθηκε ο κ. Λε Βαν Χουνγκ, Αντιπρόεδρος της Λαϊκής Επιτροπής. Σύμφωνα με την απόφαση που υπέγραψε "
            "ο κ. Τραν Βαν Λαμ, πρώην Πρόεδρος της Λαϊκής Επιτροπής, το 2020, το έργο εγκρίθηκε."),
     {"Λε Βαν Χουνγκ": ["attended"], "Τραν Βαν Λαμ": ["mentioned"]}),
    # "according to" a person is still what the person said
    ("ar", "ووفقا للرفيق تران فان لام، فإن المشروع يسير وفق الخطة.", {"تران فان لام": ["spoke"]}),
    ("el", "Σύμφωνα με τον κ. Τραν Βαν Λαμ, το έργο προχωρά.", {"Τραν Βαν Λαμ": ["spoke"]}),
])
def test_authors_of_documents_and_past_holders_are_mentioned(lang: str, text: str, roles: dict[str, list[str]]) -> None:
    found = _by_name(text, lang)
    assert {name: found[name]["roles"] for name in roles} == roles



@pytest.mark.parametrize(("lang", "text", "roles"), [
    # listed as attending, later the subject of a speech verb: attended and spoke
    ("vi", ("Dự hội nghị có các đồng chí: Đinh Văn Lực, Phó Chủ tịch UBND tỉnh; Hà Thị Nguyệt, Giám đốc Sở Tài chính. "
            "Đồng chí Đinh Văn Lực cho rằng cần đẩy nhanh tiến độ."),
     {"Đinh Văn Lực": ["attended", "spoke"], "Hà Thị Nguyệt": ["attended"]}),
    ("vi", ("Tham dự buổi lễ có ông Lâm Quốc Thịnh, Giám đốc Công ty Phú An. "
            "Ông Lâm Quốc Thịnh cam kết hoàn thành dự án trong năm nay."),
     {"Lâm Quốc Thịnh": ["attended", "spoke"]}),
    # the subject of every verb of the clause: "X, title, đánh trống ... và trao ..."; "Cũng tại buổi ..., X ... cam kết"
    ("vi", ("Tại Trường Tiểu học Hòa Bình, ông Tạ Văn Đông, Phó Chủ tịch UBND huyện, đánh trống khai giảng. "
            "Phát biểu tại buổi lễ, ông Tạ Văn Đông đề nghị các trường bảo đảm an toàn."),
     {"Tạ Văn Đông": ["attended", "spoke"]}),
    ("vi", ("Cũng tại buổi công bố, đồng chí Mạc Thị Hồng, Chủ tịch UBND huyện tiếp thu kết luận và cam kết "
            "hoàn thành trước ngày 31/12."),
     {"Mạc Thị Hồng": ["attended", "spoke"]}),
    ("el", ("Παρευρέθηκαν ο κ. Φαμ Κουόκ Χουνγκ, Διευθυντής του Τμήματος Υγείας. "
            "Ο Φαμ Κουόκ Χουνγκ δεσμεύτηκε να ολοκληρώσει το έργο."),
     {"Φαμ Κουόκ Χουνγκ": ["attended", "spoke"]}),
    ("ar", ("وحضر الحفل الرفيق فام كووك هونغ، مدير إدارة الصحة. "
            "وتعهد الرفيق فام كووك هونغ بإنجاز المشروع."),
     {"فام كووك هونغ": ["attended", "spoke"]}),
    # a presiding board: chaired for every member of the list
    ("el", ("Το προεδρείο αποτελούνταν από τους: Φαμ Βαν Λονγκ, Γραμματέα της Επιτροπής του Κόμματος· "
            "Λε Τι Χονγκ, Πρόεδρο της Λαϊκής Επιτροπής."),
     {"Φαμ Βαν Λονγκ": ["chaired"], "Λε Τι Χονγκ": ["chaired"]}),
    ("vi", "Đoàn Chủ tịch hội nghị gồm các đồng chí: Vi Văn Sơn, Bí thư Huyện ủy; Lò Thị Mai, Chủ tịch UBND huyện.",
     {"Vi Văn Sơn": ["chaired"], "Lò Thị Mai": ["chaired"]}),
    ("ar", "وترأس المؤتمر كل من الرفيق فام فان لونغ، أمين لجنة الحزب، والرفيقة لي ثي هونغ، رئيسة اللجنة الشعبية.",
     {"فام فان لونغ": ["chaired"], "لي ثي هونغ": ["chaired"]}),
    # a preposition-like cue right before the next person introduces that person, not the subject before it
    ("ar", ("وترأس الحفل سكرتير اتحاد الشباب الإقليمي، الرفيق دو فان هوا، وبحضور الرفيق فام فان لونغ، "
            "نائب رئيس اللجنة الشعبية."),
     {"دو فان هوا": ["chaired"], "فام فان لونغ": ["attended"]}),
    # what follows a speech verb is what was said: its cues are not the speaker's
    ("ar", "وقال الرفيق دو فان هوا إن الحملة تستمر شهرين، بمشاركة أكثر من ألف عضو.",
     {"دو فان هوا": ["spoke"]}),
    ("vi", "Ông Tạ Văn Đông cho biết chương trình có sự tham dự của 300 học sinh.", {"Tạ Văn Đông": ["spoke"]}),
    # "tăng trưởng" (growth) is no title: no title-only mention of a head
    ("vi", ("Dự hội nghị có bà Hà Thị Nguyệt, Trưởng Ban Dân vận Tỉnh ủy. "
            "Báo cáo cho biết tăng trưởng kinh tế đạt 7%."),
     {"Hà Thị Nguyệt": ["attended"]}),
])
def test_roles_from_clause_structure(lang: str, text: str, roles: dict[str, list[str]]) -> None:
    found = _by_name(text, lang)
    assert {name: found[name]["roles"] for name in roles} == roles


# ------------------------------------------------------- one row per person
@pytest.mark.parametrize(("lang", "text", "first", "romanized"), [
    ("ar", "وحضر الحفل الدكتور لام فوك ثانه، مدير المركز. وقال Lam Phuoc Thanh إن الحملة بدأت.",
     "لام فوك ثانه", "Lam Phuoc Thanh"),
    ("el", "Παρευρέθηκε ο κ. Λαμ Φουόκ Ταν, Διευθυντής του Κέντρου. Ο Lam Phuoc Thanh δήλωσε ότι η εκστρατεία ξεκίνησε.",
     "Λαμ Φουόκ Ταν", "Lam Phuoc Thanh"),
    ("vi", "Dự lễ có ông Lâm Phước Thành, Giám đốc Trung tâm. Ông Lam Phuoc Thanh cho biết chiến dịch đã bắt đầu.",
     "Lâm Phước Thành", "Lam Phuoc Thanh"),
])
def test_one_person_in_two_scripts_is_one_row(lang: str, text: str, first: str, romanized: str) -> None:
    records = find_officials(text, lang)
    assert [r["name"] for r in records] == [first]
    r = records[0]
    assert text[r["char_start"]:r["char_end"]] == first
    assert r["romanized"] == romanized
    assert r["roles"] == ["attended", "spoke"]


def test_two_exact_spellings_with_one_key_stay_two_people() -> None:
    text = "Dự lễ có ông Nguyễn Văn Thanh, Giám đốc Sở Y tế và ông Nguyễn Văn Tân, Giám đốc Sở Tài chính."
    assert set(_by_name(text, "vi")) == {"Nguyễn Văn Thanh", "Nguyễn Văn Tân"}


# ------------------------------------------------- ethnic-minority names
@pytest.mark.parametrize(("lang", "text", "name", "romanized"), [
    ("ar", "وترأس الحفل الرفيق كسور هـ بلوم، سكرتير اتحاد الشباب الإقليمي.", "كسور هـ بلوم", "Ksor H'Blom"),
    ("ar", "وحضر الحفل السيد ري ماه تين، نائب رئيس اللجنة الشعبية للمنطقة.", "ري ماه تين", None),
    ("el", "Παρόντες ήταν: η κα Ksor H'Bơ Khăp, Αντιπρόεδρος της Επαρχιακής Λαϊκής Επιτροπής.",
     "Ksor H'Bơ Khăp", "Ksor H'Bo Khap"),
    ("el", "Παρόντες ήταν: η κα Ρτσομ Χ'Λαν, Διευθύντρια του σχολείου.", "Ρτσομ Χ'Λαν", None),
    ("vi", "Phó Chủ tịch UBND tỉnh Rơ Chăm Hbiăk chủ trì cuộc họp.", "Rơ Chăm Hbiăk", "Ro Cham Hbiak"),
])
def test_ethnic_minority_names(lang: str, text: str, name: str, romanized: str | None) -> None:
    found = _by_name(text, lang)
    assert name in found, list(found)
    if romanized is not None:
        assert found[name]["romanized"] == romanized


# ------------------------------------------------- places named after people
@pytest.mark.parametrize(("lang", "text", "place"), [
    ("vi", "Tại Trường THPT Trần Văn Ơn, ông Tạ Văn Đông dự lễ khai giảng.", "Trần Văn Ơn"),
    ("vi", "Trường có trụ sở tại số 12 Lê Văn Tám, ông Tạ Văn Đông cho biết.", "Lê Văn Tám"),
    ("vi", "Ông Hồ Quốc Hưng, Bí thư Thành Đoàn Cần Thơ dự lễ.", "Cần Thơ"),
    ("vi", "Ông Hồ Quốc Hưng, Bí thư Tỉnh Đoàn Lâm Đồng dự lễ.", "Lâm Đồng"),
    ("ar", "وحضر الرفيق فام فان لونغ الحفل في شارع لي فان تام.", "لي فان تام"),
    ("el", "Παρευρέθηκε ο κ. Φαμ Βαν Λονγκ στην οδό Λε Βαν Ταμ.", "Λε Βαν Ταμ"),
    # a list joined to a place word is all places
    ("ar", "وحضر الرفيق فام فان لونغ مع ممثلين عن مقاطعات لاو كاي وها جيانغ وكاو بانغ.", "كاو بانغ"),
    ("ar", "وحضر الرفيق فام فان لونغ مع ممثلين عن مقاطعات لاو كاي وها جيانغ وكاو بانغ.", "ها جيانغ"),
    ("vi", "Ông Tạ Văn Đông cùng đại diện các tỉnh Lào Cai, Hà Giang và Cao Bằng dự lễ.", "Cao Bằng"),
])
def test_a_name_after_a_place_word_is_a_place(lang: str, text: str, place: str) -> None:
    found = _by_name(text, lang)
    assert not any(place in name or name in place for name in found), list(found)
    assert found, "the official of the sentence is still found"


# ------------------------------------------------------------------ titles
@pytest.mark.parametrize(("lang", "text", "name", "title"), [
    ("vi", "Dự lễ có ông Hồ Quốc Hưng, Bí thư Thành Đoàn Cần Thơ.", "Hồ Quốc Hưng", "Bí thư Thành Đoàn Cần Thơ"),
    ("vi", "Dự hội nghị có bà Võ Thị Hạnh, Tổ trưởng Tổ biên tập văn kiện.", "Võ Thị Hạnh",
     "Tổ trưởng Tổ biên tập văn kiện"),
    ("el", "Παρευρέθηκε ο Πρέσβης της Ιαπωνίας κ. Sato Kenji.", "Sato Kenji", "Πρέσβης της Ιαπωνίας"),
    ("el", "Την ανακοίνωση προήδρευσε ο Αναπληρωτής Επικεφαλής Επιθεωρητής της πόλης, κ. Τραν Βαν Κόα.",
     "Τραν Βαν Κόα", "Αναπληρωτής Επικεφαλής Επιθεωρητής της πόλης"),
    ("el", "Στην τελετή, ο Γραμματέας της Επαρχιακής Κομματικής Επιτροπής, ο κ. Χο Βαν Λονγκ, χτύπησε το τύμπανο.",
     "Χο Βαν Λονγκ", "Γραμματέας της Επαρχιακής Κομματικής Επιτροπής"),
])
def test_titles_across_honorifics_and_bodies(lang: str, text: str, name: str, title: str) -> None:
    found = _by_name(text, lang)
    assert title in found[name]["titles"], found[name]["titles"]


def test_a_title_after_a_name_stays_with_it_across_the_next_honorific() -> None:
    text = ("Παρόντες ήταν ο κ. Νγκουγιέν Βαν Ντε, Διευθυντής του Τμήματος Γεωργίας, "
            "η κα Φαν Τι Μάι Λαν, Αντιπρόεδρος του Μετώπου Πατρίδας.")
    found = _by_name(text, "el")
    assert found["Νγκουγιέν Βαν Ντε"]["titles"] == ["Διευθυντής του Τμήματος Γεωργίας"]
    assert found["Φαν Τι Μάι Λαν"]["titles"] == ["Αντιπρόεδρος του Μετώπου Πατρίδας"]


def test_a_person_after_a_place_list_with_an_honorific_is_a_person() -> None:
    text = "وحضر ممثلون عن مقاطعات لاو كاي وها جيانغ والرفيق فام فان لونغ، نائب رئيس اللجنة الشعبية."
    found = _by_name(text, "ar")
    assert "فام فان لونغ" in found
    assert "ها جيانغ" not in found
