"""Forms of native Arabic and Greek news that the rules once misread, table-driven per language.

The sentences are written for these tests; the error classes come from real pages:
- names: harakat inside a name ("حسَّان"); a word with tanwin is no name ("مخفضاً"); a name in
  typographic quotes keeps the title after it; long Gulf names of four generations with the
  family and the nisba; the full form after a headline's short form ("X بن Y" then "X بن Y آل Z"); a ruler's honorifics ("حضرة صاحب الجلالة", "السلطان") and epithets
  ("المعظم"); Greek and Cypriot given names after a party acronym ("της ΕΔΕΚ Μαρίνος ..."); two Greek
  full names written one after the other are two people; "η κα X" after a woman's full name is her;
- roles: "حضرة" (His Highness) is no "attended"; "κατά την 1η ψηφοφορία" (during the first vote)
  is no "according to"; the partner of "our meeting with" attended;
- figures: Gulf amounts with bracketed numerals ("(11) مليارا و(10) ملايين ريال عُماني"), while a
  bracketed list number ("(1) تقرير") stays none; a currency sign ends its amount at a line break;
- documents: decrees in the indefinite accusative and numbered "(1 / 2024)"; Greek gazette issues
  with a tonos for the series mark ("ΦΕΚ Α΄ 112/13-7-2010") or the series glued ("ΦΕΚ 1746Β / 19.05.2017");
- dates: a year range ending in the era letter ("2026 – 2030م");
- bylines: a page opening with "كتب: X".
"""
from __future__ import annotations

import pytest
from conftest import officials_by_name

from newsextract.extractors.dates.extractor import find_dates
from newsextract.extractors.documents.extractor import find_documents
from newsextract.extractors.figures.extractor import find_figures
from newsextract.extractors.officials.extractor import find_officials
from newsextract.pipeline.clean import clean

Officials = dict[str, tuple[list[str], list[str]]]



OFFICIALS: list[tuple[str, str, Officials]] = [
    # harakat inside a name
    ("ar", "قرر مجلس الوزراء في جلسته اليوم، برئاسة رئيس الوزراء الدكتور سامي حسَّان، الموافقة على الخطة.",
     {"سامي حسَّان": (["رئيس الوزراء"], ["chaired"])}),
    # a name in typographic quotes keeps the title written after it
    ("ar", "ترأس الدكتور “سامي خليل”، رئيس مجلس الوزراء، اجتماع الحكومة اليوم.",
     {"سامي خليل": (["رئيس مجلس الوزراء"], ["chaired"])}),
    ("ar", "وتقدم الوزير بالتهنئة لوزير العدل، “ماهر عادل”، بمناسبة تخريج الدفعة الجديدة.",
     {"ماهر عادل": (["وزير العدل"], ["mentioned"])}),
    # a ruler's honorifics: "حضرة" is no attendance, "السلطان" is a title, "المعظم" no name
    ("ar", "أصدر حضرةُ صاحبِ الجلالةِ السُّلطان فيصل بن سالم المعظّم، حفظه الله، اليوم مرسوما.",
     {"فيصل بن سالم": (["السُّلطان"], ["mentioned"])}),
    ("ar", "أصدر حضرة صاحب السمو الشيخ حمد بن خالد آل نايف أمير البلاد المفدى، اليوم، قرارا.",
     {"حمد بن خالد آل نايف": (["أمير البلاد المفدى"], ["mentioned"])}),
    # a Gulf name of four generations with family and nisba is one name
    ("ar", "ونص القرار على تعيين السادة الآتية أسماؤهم أعضاء في مجلس الشورى: 1- يوسف بن سالم بن علي آل راشد "
           "الكعبي. 2- محمد بن يوسف بن عبدالرحمن المانع.",
     {"يوسف بن سالم بن علي آل راشد الكعبي": ([], ["mentioned"]),
      "محمد بن يوسف بن عبدالرحمن المانع": ([], ["mentioned"])}),
    # "revealed" is a speech act of the minister it stands before
    ("ar", "كشف وزير المالية الدكتور سامي خليل عن عجز في الحساب الختامي.",
     {"سامي خليل": (["وزير المالية"], ["spoke"])}),
    # the full form of a name after its headline short form names the person; "حاكم" (ruler) is a title
    ("ar", "برئاسة محمد بن سالم.. المجلس يعتمد الميزانية\nترأس الشيخ محمد بن سالم آل حمدان، رئيس مجلس الوزراء، "
           "حاكم الشارقة، اجتماع المجلس.",
     {"محمد بن سالم آل حمدان": (["رئيس مجلس الوزراء", "حاكم الشارقة"], ["chaired"])}),
    # Cypriot party leaders after their party's acronym; "during the 1st vote" gives no speech
    ("el", "Κατά την 1η ψηφοφορία υποψηφιότητα υπέβαλαν ο πρόεδρος της ΕΔΕΚ Μαρίνος Ιωάννου "
           "και ο πρόεδρος του ΔΗΚΟ Νικόλας Αντωνίου.",
     {"Μαρίνος Ιωάννου": (["πρόεδρος της ΕΔΕΚ"], ["mentioned"]),
      "Νικόλας Αντωνίου": (["πρόεδρος του ΔΗΚΟ"], ["mentioned"])}),
    # "according to" still speaks
    ("el", "Κατά τον υπουργό Νίκο Αλεξίου, η συνεργασία θα διευρυνθεί.",
     {"Νίκο Αλεξίου": (["υπουργό"], ["spoke"])}),
    # the partner of "our meeting with" attended
    ("el", "Στη συνάντησή μας σήμερα με τον Υφυπουργό Οικονομικών κ. Γιώργο Παππά, συζητήσαμε το πρόγραμμα.",
     {"Γιώργο Παππά": (["Υφυπουργό Οικονομικών"], ["attended"])}),
    # titles written one after another after a name: a head after a head belongs to it ("نائب رئيس"),
    # a head after a complement opens the next title
    ("ar", "وأكد الشيخ سيف بن راشد آل مكتوم نائب رئيس الدولة رئيس مجلس الوزراء أن الخطة ستنفذ.",
     {"سيف بن راشد آل مكتوم": (["نائب رئيس الدولة", "رئيس مجلس الوزراء"], ["spoke"])}),
    ("ar", "وقال عمر بن خالد الزهراني مستشار رئيس الجمهورية إن المحادثات مستمرة.",
     {"عمر بن خالد الزهراني": (["مستشار رئيس الجمهورية"], ["spoke"])}),
    # "كل من" (each of) opens a list but is no title; "أمر" (an order) is no commander
    ("ar", "وحضر الاجتماع كل من: خالد بن سعد المطيري، ويوسف بن أحمد الكندي.",
     {"خالد بن سعد المطيري": ([], ["attended"]), "يوسف بن أحمد الكندي": ([], ["attended"])}),
    ("ar", "صدر أمر ملكي بتعيين كل من: خالد بن سعد المطيري، ويوسف بن أحمد الكندي، أعضاء في المجلس.",
     {"خالد بن سعد المطيري": ([], ["mentioned"]), "يوسف بن أحمد الكندي": ([], ["mentioned"])}),
]


@pytest.mark.parametrize("lang,text,expected", OFFICIALS, ids=[f"{o[0]}-{i}" for i, o in enumerate(OFFICIALS)])
def test_officials(lang: str, text: str, expected: Officials) -> None:
    assert officials_by_name(text, lang) == expected


NAMES: list[tuple[str, str, set[str]]] = [
    # two full names in a row (a table's two columns): a given name after a given name and a
    # surname opens the next person
    ("el", "Στη συνεδρία μίλησαν οι βουλευτές Δημήτρης Ιωάννου Ευανθία Σάββα για το νομοσχέδιο.",
     {"Δημήτρης Ιωάννου", "Ευανθία Σάββα"}),
    # a later "η κα" + surname alone is the woman named in full before
    ("el", "Η Μαρία Ιωάννου είναι η νέα πρόεδρος της Βουλής. Η κα Ιωάννου εξελέγη με 25 ψήφους.", {"Μαρία Ιωάννου"}),
    # a given name and a surname alone stay one name
    ("el", "Στη συνεδρία μίλησε ο βουλευτής Δημήτρης Ιωάννου για το νομοσχέδιο.", {"Δημήτρης Ιωάννου"}),
]


@pytest.mark.parametrize("lang,text,names", NAMES, ids=[f"{o[0]}-{i}" for i, o in enumerate(NAMES)])
def test_names(lang: str, text: str, names: set[str]) -> None:
    assert set(officials_by_name(text, lang)) == names


NOT_NAMES: list[tuple[str, str, str]] = [
    # a word with tanwin (an indefinite adverb or adjective) opens no name
    ("ar", "وجاء بند الحماية الاجتماعية مخفضاً مقارنةً بالميزانية في العام الماضي.", "مخفض"),
    ("ar", "لافتاً إلى أن الميزانية رُسِمت بناءً على 80 دولاراً كسعر لبرميل النفط.", "رُسِمت"),
]


@pytest.mark.parametrize("lang,text,word", NOT_NAMES, ids=[f"{o[0]}-{i}" for i, o in enumerate(NOT_NAMES)])
def test_not_names(lang: str, text: str, word: str) -> None:
    assert not any(word in r["name"] for r in find_officials(text, lang))


FIGURES: list[tuple[str, str, list[tuple[float, str, str]]]] = [
    # bracketed numerals of a Gulf amount, percentage and price
    ("ar", "تبلغ الإيرادات نحو (12) مليارا و(40) مليون ريال عُماني بارتفاع نسبته (3.5) بالمائة.",
     [(12040000000.0, "money", "OMR"), (3.5, "percent", "percent")]),
    ("ar", "على أساس متوسط سعر النفط (70) دولارا أمريكيا للبرميل.", [(70.0, "money", "USD")]),
    ("ar", "ويقدر العجز بنحو (520) مليون ريال عُماني.", [(520000000.0, "money", "OMR")]),
    # a bracketed list number after a colon counts nothing
    ("ar", "ناقش المجلس البنود التالية: (1) تقرير اللجنة المالية؛ (2) تقرير الحكومة.", []),
    # a euro sign ends its amount at the line break: the next list number is no money
    ("el", "με συνολικό ποσό πράξης: 250.000 €\n\n2. Η ανακαίνιση του σχολείου, με ποσό: 80.000 €\n\n3. Το έργο",
     [(250000.0, "money", "EUR"), (80000.0, "money", "EUR")]),
]


@pytest.mark.parametrize("lang,text,expected", FIGURES, ids=[f"{o[0]}-{i}" for i, o in enumerate(FIGURES)])
def test_figures(lang: str, text: str, expected: list[tuple[float, str, str]]) -> None:
    records = find_figures(text, lang)
    for r in records:
        assert text[r["char_start"]:r["char_end"]] == r["text"]
    assert [(r["value"], r["kind"], r["unit"]) for r in records] == expected


DOCUMENTS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    ("ar", "أصدر السلطان اليوم مرسوما سلطانيا رقم (7 / 2023) بالتصديق على الميزانية.", [("other", "7")]),
    ("ar", "أصدر السلطان اليوم مرسوما رقم 15 بإنشاء الهيئة.", [("other", "15")]),
    # a gazette issue whose series mark is a tonos, or whose series letter is glued after the number
    ("el", "Σύμφωνα με το ν. 4000/2012 (ΦΕΚ Α΄ 250/21-8-2012) ισχύει.", [("law", "4000"), ("other", "250")]),
    ("el", "Δημοσιεύθηκε στο ΦΕΚ 2100Β / 12.06.2018 η απόφαση.", [("other", "2100")]),
    # a number in brackets before its year, after a type with an adjective or a body
    ("ar", "وذلك تطبيقا للقانون رقم (9) لسنة 2019 وتعديلاته.", [("law", "9")]),
    ("ar", "نشر المرسوم بقانون اتحادي رقم (21) لسنة 2020 في الجريدة.", [("law", "21")]),
    ("ar", "وجاء ذلك في قرار مجلس الوزراء رقم (64) لسنة 2022.", [("resolution", "64")]),
    # a royal series letter before the number, without brackets
    ("ar", "استنادا إلى المرسوم الملكي رقم م/42 الصادر حديثا.", [("other", "42")]),
    ("ar", "صدر الأمر الملكي رقم أ/19 بتعيين عدد من المسؤولين.", [("other", "19")]),
    # a body's name of several words between the type word and its number
    ("ar", "واستند الإجراء إلى قرار المجلس الأعلى لشؤون التخطيط والتنمية الاقتصادية رقم 17 لسنة 2020.",
     [("res/dec", "17")]),
    ("ar", "وذلك تنفيذا لقرار ديوان الخدمة المدنية في الحكومة الاتحادية رقم (8) لسنة 2024.", [("res/dec", "8")]),
    # a long gap that does not open with a body's name is no gap: the number is another thing's
    ("ar", "وناقش القرار مع أعضاء اللجنة في القاعة الكبرى رقم 3 بالمبنى.", []),
    # a regulation cited by its name and year; without the year نظام is a system
    ("ar", "وأقر مجلس الوزراء نظاما معدلا لنظام الرسوم الجامعية لسنة 2025.", [("regulation", None)]),
    ("ar", "وبدأ العمل بنظام التقاعد المبكر لسنة 2023 مطلع الشهر.", [("regulation", None)]),
    ("ar", "ووافق المجلس على الأسباب الموجبة لنظام تنظيم مكاتب السفر لسنة 2025م.", [("regulation", None)]),
    ("ar", "وتعمل الوزارة على تطوير نظام النقل العام في العاصمة.", []),
]


@pytest.mark.parametrize("lang,text,expected", DOCUMENTS, ids=[f"{o[0]}-{i}" for i, o in enumerate(DOCUMENTS)])
def test_documents(lang: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    # قرار is a resolution or a decision by who issued it; the scorer matches the two as one class
    def kind(doc_type: str) -> str:
        return "res/dec" if doc_type in ("resolution", "decision") else doc_type
    assert [(kind(r["type"]), r["number"]) for r in find_documents(text, lang)] == \
        [(kind(t), n) for t, n in expected]


DATES: list[tuple[str, str, list[str]]] = [
    ("ar", "وافق المجلس على الخطة الوطنية للأعوام 2026 – 2030م وتعميمها على الوزارات.", ["2026/2030"]),
    ("ar", "للفترة 2021-2025 فقط.", ["2021/2025"]),
]


@pytest.mark.parametrize("lang,text,expected", DATES, ids=[f"{o[0]}-{i}" for i, o in enumerate(DATES)])
def test_dates(lang: str, text: str, expected: list[str]) -> None:
    assert [r["value"] for r in find_dates(text, lang)] == expected


BYLINES: list[tuple[str, list[str], str]] = [
    ("كتب :سامي خليل\nترأس رئيس الوزراء اجتماع الحكومة اليوم في العاصمة.", ["سامي خليل"], "ترأس"),
    ("كتبت: نادية حسن\nترأس رئيس الوزراء اجتماع الحكومة اليوم.", ["نادية حسن"], "ترأس"),
    # a first line that only opens with the word is the article
    ("كتب الوزير في رسالته أن الحكومة ماضية في الإصلاح.\nوأضاف أن الميزانية متوازنة.", [], "كتب"),
]


@pytest.mark.parametrize("raw,authors,opens", BYLINES, ids=[f"byline-{i}" for i in range(len(BYLINES))])
def test_opening_byline(raw: str, authors: list[str], opens: str) -> None:
    cleaned = clean(raw)
    assert cleaned.authors == authors
    assert cleaned.text.startswith(opens)
