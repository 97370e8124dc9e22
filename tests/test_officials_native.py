"""Officials of native Arabic and Greek news: names read after titles, honorifics and given
names without the Vietnamese syllable tables (``extractors/officials/anchored.py``), their
romanized form (Greek nominative by ELOT 743 with press conventions; Arabic press spellings
and transliteration), titles and roles. Sentences are made up, in the shape of the news.

Each case: sentence -> the expected persons, each ``(name, romanized, title, roles)`` where
``romanized``, ``title`` (one of the person's titles contains it) and ``roles`` (the exact set)
are checked when not None. ``ONLY`` cases also require that no other person is found.
"""
from __future__ import annotations

from collections.abc import Iterable

import pytest

from newsextract.extractors.officials.arabic_names import romanize_arabic, transliterate
from newsextract.extractors.officials.extractor import find_officials, last_word
from newsextract.extractors.officials.greek_names import nominative, romanize_greek

Expected = tuple[str, "str | None", "str | None", "set[str] | None"]

AR_CASES: list[tuple[str, list[Expected], bool]] = [
    ("قال وزير المالية محمد حسين إن العجز تراجع هذا العام.",
     [("محمد حسين", "Mohamed Hussein", "وزير المالية", {"spoke"})], True),
    ("وحضر الاجتماع وزيرة التضامن الاجتماعي نادية خليل.",
     [("نادية خليل", "Nadia Khalil", "وزيرة التضامن الاجتماعي", {"attended"})], True),
    ("شارك في اللقاء محافظ الشرقية أحمد سمير ود. سامي فؤاد وزير الري.",
     [("أحمد سمير", "Ahmed Samir", "محافظ الشرقية", None), ("سامي فؤاد", "Sami Fouad", None, None)], True),
    ("استقبل الأمير فيصل بن خالد بن سلطان آل سعود الوفد الزائر.",
     [("فيصل بن خالد بن سلطان آل سعود", "Faisal bin Khaled bin Sultan Al Saud", "الأمير", None)], True),
    ("عقدت الجلسة برئاسة رئيس مجلس النواب أحمد الصفدي.",
     [("أحمد الصفدي", "Ahmed Al-Safadi", "رئيس مجلس النواب", {"chaired"})], True),
    ("وذلك بحضور الوزراء أحمد عادل وسمير حسن ومحمد فؤاد.",
     [("أحمد عادل", None, "الوزراء", {"attended"}), ("سمير حسن", None, None, {"attended"}),
      ("محمد فؤاد", None, None, {"attended"})], True),
    ("وقال الرئيس الجزائري، عبد المجيد تبون، إن البلاد ماضية في الإصلاح.",
     [("عبد المجيد تبون", "Abdelmadjid Tebboune", "الرئيس الجزائري", {"spoke"})], True),
    ("وقال رئيس الوزراء هاني الملقي إن الحكومة ملتزمة بالموازنة.",
     [("هاني الملقي", "Hani Al-Mulki", "رئيس الوزراء", {"spoke"})], True),
    ("أصدر الملك عبد الله الثاني أمرا بتعيين الحكومة الجديدة.",
     [("عبد الله الثاني", "Abdullah II", "الملك", None)], True),
    ("وأشاد رئيس مجلس الوزراء سمو الشيخ أحمد نواف الأحمد بجهود الفريق.",
     [("أحمد نواف الأحمد", "Ahmed Nawaf Al-Ahmed", "رئيس مجلس الوزراء", None)], True),
    ("وشهد الاحتفال د. اشرف صبحى وزير الشباب والرياضة.",
     [("اشرف صبحى", "Ashraf Sobhy", None, None)], True),
    ("والسادة النواب من أعضاء اللجنة: فؤاد سليم، جهاد خليل، سليم عون وغادة أيوب.",
     [("فؤاد سليم", None, "النواب", None), ("جهاد خليل", None, "النواب", None),
      ("سليم عون", None, "النواب", None), ("غادة أيوب", None, "النواب", None)], True),
    ("وأوضح وزير الاقتصاد عبد اللطيف بن عمر أن النمو تحسن.",
     [("عبد اللطيف بن عمر", "Abdellatif bin Omar", "وزير الاقتصاد", {"spoke"})], True),
    ("ألقى السفير جورج خوري كلمة في الحفل.",
     [("جورج خوري", None, None, None)], True),
    ("وقالت وزيرة المالية نورة الفصام إن الإيرادات ارتفعت.",
     [("نورة الفصام", "Noura Al-Fsam", "وزيرة المالية", {"spoke"})], True),
    ("وقالت وزيرة المالية نورة الفصام وزيرة الدولة للشؤون الاقتصادية إن العجز تراجع.",
     [("نورة الفصام", None, "وزيرة الدولة للشؤون الاقتصادية", None)], True),
    ("ترأس الاجتماع وزير الداخلية الشيخ ثامر علي الصباح.",
     [("ثامر علي الصباح", None, "وزير الداخلية", None)], True),
    ("وأكد النائب علي فياض أن اللجنة ستواصل عملها.",
     [("علي فياض", "Ali Fyad", "النائب", None)], True),
    ("وتحدث مدير عام وزارة المالية جورج معلوف عن الإيرادات.",
     [("جورج معلوف", None, "مدير عام وزارة المالية", None)], True),
    ("وأعلن رئيس مجلس الأمة صالح عيسى أن الدورة ستفتتح غدا.",
     [("صالح عيسى", "Saleh Issa", "رئيس مجلس الأمة", None)], True),
    ("ووقع الاتفاقية ومدیر دیوان رئاسة الجمهورية عبد العزيز خلف.",
     [("عبد العزيز خلف", "Abdulaziz Khlf", "مدیر دیوان رئاسة الجمهورية", None)], True),
    ("قال مستشار الأمن الوطني العراقي موفق الربيعي إن الوضع تحسن.",
     [("موفق الربيعي", None, None, {"spoke"})], True),
    ("وفاز الروسي ميخائيل كوزنتسوف على منافسه.",
     [("ميخائيل كوزنتسوف", None, None, None)], True),
    ("وقال ليبرمان إن الحملة مستمرة.",
     [("ليبرمان", None, None, None)], True),
    ("ورحبت الأميركية كوندوليزا رايس بالقرار.",
     [("كوندوليزا رايس", "Condoleezza Rice", None, None)], True),
    ("كما حضر الجلسة:\n- معالي وزير المالية سامي خليل.\n- مدير عام الوزارة جورج حداد.",
     [("سامي خليل", None, "وزير المالية", {"attended"}), ("جورج حداد", None, "مدير عام الوزارة", {"attended"})], True),
    ("عقدت اللجنة جلستها وحضور النائب علي فياض،\nوالسادة النواب من أعضاء اللجنة: فؤاد سليم وغادة أيوب.\n"
     "والسادة النواب من خارج اللجنة: ملحم خلف وطه ناجي.",
     [("علي فياض", None, "النائب", {"attended"}), ("فؤاد سليم", None, "النواب", {"attended"}),
      ("غادة أيوب", None, "النواب", {"attended"}), ("ملحم خلف", None, "النواب", {"attended"}),
      ("طه ناجي", None, "النواب", {"attended"})], True),
    ("قال وزير المالية محمد معيط إن العجز تراجع. وأكد معيط أن الدين سينخفض.",
     [("محمد معيط", "Mohamed Maait", "وزير المالية", {"spoke"})], True),
    ("صدر أمر بتعيين الأمير مشعل بن ماجد بن عبدالعزيز آل سعود مستشارا. وهنأ الأمير مشعل بن ماجد بن عبد العزيز الجميع.",
     [("مشعل بن ماجد بن عبدالعزيز آل سعود", "Mishaal bin Majed bin Abdulaziz Al Saud", "الأمير", None)], True),
    ("وحضر الاجتماع محمد امين مستشار رئيس الجمهورية.",
     [("محمد امين", "Mohamed Amin", None, None)], True),
    ("استقبل صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد سعادة السفير جون سميث.",
     [("تميم بن حمد آل ثاني", "Tamim bin Hamad Al Thani", "أمير البلاد", None),
      ("جون سميث", "John Smith", "السفير", None)], True),
    # negatives: no person, or only the one named
    ("قال وزير المالية إن الموازنة ستعرض على المجلس.", [], True),
    ("رئيس مجلس الوزراء يفتتح المعرض اليوم.", [], True),
    ("وتتعاون لجان التعبئة مع السكان في المنطقة.", [], True),
    ("على الرغم من ذلك قال المسؤول إن العمل مستمر.", [], True),
    ("القانون التنظيمي القاضي بتغيير القانون السابق.", [], True),
    ("وارتفعت الأرقام الرسمية إلى مستوى قياسي.", [], True),
    ("أكدت روسيا أنها ستواصل المفاوضات.", [], True),
    # the home genre: a Vietnamese name stays the syllable tables' (its own romanization)
    ("وحضر الاجتماع السيد نغوين فان آنه نائب رئيس اللجنة الشعبية الإقليمية.",
     [("نغوين فان آنه", "Nguyen Van Anh", None, None)], True),
]

EL_CASES: list[tuple[str, list[Expected], bool]] = [
    ("Ο υπουργός Οικονομικών Κυριάκος Πιερρακάκης δήλωσε ότι ο προϋπολογισμός είναι ισοσκελισμένος.",
     [("Κυριάκος Πιερρακάκης", "Kyriakos Pierrakakis", "υπουργός Οικονομικών", {"spoke"})], True),
    ("Σύμφωνα με τον υπουργό Οικονομικών Κυριάκο Πιερρακάκη, τα έσοδα αυξήθηκαν. Ο κ. Πιερρακάκης πρόσθεσε ότι η ανάπτυξη συνεχίζεται.",
     [("Κυριάκο Πιερρακάκη", "Kyriakos Pierrakakis", None, None)], True),
    ("Η συνάντηση έγινε με τον Τάκη Θεοδωρικάκο στο υπουργείο.",
     [("Τάκη Θεοδωρικάκο", "Takis Theodorikakos", None, None)], True),
    ("Με τη συμμετοχή των υπουργών Γιώργου Παπαδάκη, Νίκου Αλεξίου και Κώστα Μαυρίδη πραγματοποιήθηκε η σύσκεψη.",
     [("Γιώργου Παπαδάκη", "Giorgos Papadakis", None, {"attended"}),
      ("Νίκου Αλεξίου", "Nikos Alexiou", None, {"attended"}),
      ("Κώστα Μαυρίδη", "Kostas Mavridis", None, {"attended"})], True),
    ("Η συνεδρίαση έγινε υπό τον Πρόεδρο της Βουλής Αδάμο Αδάμου.",
     [("Αδάμο Αδάμου", "Adamos Adamou", "Πρόεδρο της Βουλής", {"chaired"})], True),
    ("Ο Περιφερειάρχης Αττικής Γιώργος Σταυρίδης επισκέφθηκε το νοσοκομείο.",
     [("Γιώργος Σταυρίδης", "Giorgos Stavridis", "Περιφερειάρχης Αττικής", None)], True),
    ("Η υφυπουργός Παιδείας Μαρία Κωνσταντίνου μίλησε στους μαθητές.",
     [("Μαρία Κωνσταντίνου", "Maria Konstantinou", None, None)], True),
    ("Η πρόταση της Ντόρας Μπακογιάννη έγινε δεκτή.",
     [("Ντόρας Μπακογιάννη", "Dora Bakogianni", None, None)], True),
    ("Ο Περιφερειάρχης είχε συνάντηση με τον Αναπληρωτή Υπουργό Οικονομίας Αλέξη Χαρίτση.",
     [("Αλέξη Χαρίτση", "Alexis Charitsis", "Αναπληρωτή Υπουργό Οικονομίας", {"attended"})], True),
    ("Ο δήμαρχος Θεσσαλονίκης Στέλιος Αγγελούδης τόνισε ότι τα έργα προχωρούν.",
     [("Στέλιος Αγγελούδης", "Stelios Angeloudis", None, {"spoke"})], True),
    ("Ο Ευκλείδης Τσακαλώτος παρουσίασε το σχέδιο.",
     [("Ευκλείδης Τσακαλώτος", "Efkleidis Tsakalotos", None, None)], True),
    ("Ο εκπρόσωπος της κυβέρνησης Παύλος Μαρινάκης απάντησε στις ερωτήσεις.",
     [("Παύλος Μαρινάκης", "Pavlos Marinakis", None, None)], True),
    ("Στη σύσκεψη μίλησε ο Στ. Πέτσας για τους δήμους.",
     [("Στ. Πέτσας", "St. Petsas", None, None)], True),
    ("Με εισήγηση του Περιφερειάρχη Θεσσαλίας Κώστα Αγοραστού εγκρίθηκε το πρόγραμμα.",
     [("Κώστα Αγοραστού", "Kostas Agorastos", None, {"spoke"})], True),
    ("Την ομιλία έκανε ο Πρόεδρος της Δημοκρατίας Νίκος Χριστοδουλίδης.",
     [("Νίκος Χριστοδουλίδης", "Nikos Christodoulidis", "Πρόεδρος της Δημοκρατίας", None)], True),
    ("Ο Γενικός Ελεγκτής Οδυσσέας Μιχαηλίδης κατέθεσε την έκθεση.",
     [("Οδυσσέας Μιχαηλίδης", "Odysseas Michailidis", None, None)], True),
    ("Το σχέδιο του Νικήτα Κακλαμάνη συζητήθηκε στη Βουλή.",
     [("Νικήτα Κακλαμάνη", "Nikitas Kaklamanis", None, None)], True),
    ("Η κα Αναστασία Ιωάννου ανέλαβε καθήκοντα.",
     [("Αναστασία Ιωάννου", "Anastasia Ioannou", None, None)], True),
    ("Ο βουλευτής Ηρακλείου Λευτέρης Αυγενάκης κατέθεσε ερώτηση.",
     [("Λευτέρης Αυγενάκης", "Lefteris Avgenakis", None, None)], True),
    ("Όπως δήλωσε ο Σαμαράς, η κυβέρνηση θα συνεχίσει.",
     [("Σαμαράς", "Samaras", None, None)], True),
    ("Η σύμβαση του Σπύρου Κρίμπαλη λήγει το καλοκαίρι.",
     [("Σπύρου Κρίμπαλη", "Spyros Krimbalis", None, None)], True),
    ("Ο Ευάγγελος Μπαλτάκος και ο Ανδρέας Γεωργίου συναντήθηκαν χθες.",
     [("Ευάγγελος Μπαλτάκος", "Evangelos Baltakos", None, None),
      ("Ανδρέας Γεωργίου", "Andreas Georgiou", None, None)], True),
    ("Η καγκελάριος Άνγκελα Μέρκελ είπε ότι η Ευρώπη πρέπει να ενωθεί.",
     [("Άνγκελα Μέρκελ", "Angela Merkel", None, None)], True),
    ("Ο αναπληρωτής υπουργός Γ. Πατούλης ενημέρωσε τη Βουλή.",
     [("Γ. Πατούλης", "G. Patoulis", None, None)], True),
    ("Όπως έκανε γνωστό ο πρόεδρος της Βουλής Κώστας Τασούλας, η συζήτηση θα ολοκληρωθεί σήμερα.",
     [("Κώστας Τασούλας", "Kostas Tasoulas", "πρόεδρος της Βουλής", {"spoke"})], True),
    ("Η Πρόεδρος της Επιτροπής Οικονομικών Χριστιάνα Ερωτοκρίτου δήλωσε ότι η έκθεση θα συζητηθεί.",
     [("Χριστιάνα Ερωτοκρίτου", "Christiana Erotokritou", "Πρόεδρος της Επιτροπής Οικονομικών", {"spoke"})], True),
    ("Ο Περιφερειάρχης Νοτίου Αιγαίου Μάνος Κόνσολας επισκέφθηκε τη Ρόδο.",
     [("Μάνος Κόνσολας", "Manos Konsolas", "Περιφερειάρχης Νοτίου Αιγαίου", None)], True),
    ("Στη συνεδρίαση συμμετείχαν οι βουλευτές Άννα Διαμαντοπούλου και Χάρης Καστανίδης.",
     [("Άννα Διαμαντοπούλου", "Anna Diamantopoulou", "βουλευτές", {"attended"}),
      ("Χάρης Καστανίδης", "Charis Kastanidis", "βουλευτές", {"attended"})], True),
    # negatives
    ("Ο υπουργός Οικονομικών δήλωσε ότι ο προϋπολογισμός θα κατατεθεί σύντομα.", [], True),
    ("Παρευρέθηκε ο Πρέσβης της Ιαπωνίας στην τελετή.", [], True),
    ("Τον Σεπτέμβριο ο δήμος θα ανακοινώσει τα έργα.", [], True),
    ("Ο Γερμανός υπουργός είπε ότι η συμφωνία είναι κοντά.", [], True),
    ("Ο Ολυμπιακός κέρδισε τον αγώνα.", [], True),
    ("Ο Διευθυντής του Τμήματος Γεωργίας και Αγροτικής Ανάπτυξης μίλησε.", [], True),
    ("Ο Γραμματέας της Επαρχιακής Επιτροπής του Κόμματος άνοιξε τη συνεδρίαση.", [], True),
    ("Συμμετείχαν 48 βουλευτές.\nΠαρουσιάζοντας την έκθεση, ο εισηγητής μίλησε για την οικονομία.", [], True),
    # the home genre: a Vietnamese name stays the syllable tables'
    ("Ο Πρόεδρος της Λαϊκής Επιτροπής της Επαρχίας Νγκουγιέν Βαν Ταν χαιρέτισε τους συμμετέχοντες.",
     [("Νγκουγιέν Βαν Ταν", None, None, None)], True),
]


def _check(sentence: str, lang: str, expected: list[Expected], only: bool) -> None:
    found = find_officials(sentence, lang)
    by_name = {r["name"]: r for r in found}
    for name, romanized, title, roles in expected:
        assert name in by_name, f"{name!r} not found in {sorted(by_name)}"
        record = by_name[name]
        if romanized is not None:
            assert record["romanized"] == romanized
        if title is not None:
            assert any(title in t for t in record["titles"]), record["titles"]
        if roles is not None:
            assert set(record["roles"]) == roles, record["roles"]
    if only:
        assert sorted(by_name) == sorted(e[0] for e in expected)


@pytest.mark.parametrize("sentence, expected, only", AR_CASES, ids=[f"ar{i}" for i in range(len(AR_CASES))])
def test_arabic_officials(sentence: str, expected: list[Expected], only: bool) -> None:
    _check(sentence, "ar", expected, only)


@pytest.mark.parametrize("sentence, expected, only", EL_CASES, ids=[f"el{i}" for i in range(len(EL_CASES))])
def test_greek_officials(sentence: str, expected: list[Expected], only: bool) -> None:
    _check(sentence, "el", expected, only)


@pytest.mark.parametrize("words, case, gender, expected", [
    ("Κυριάκου Πιερρακάκη", "gen", "m", "Κυριάκος Πιερρακάκης"),
    ("Τάκη Θεοδωρικάκο", "acc", "m", "Τάκης Θεοδωρικάκος"),
    ("Κώστα Αγοραστού", "", "", "Κώστας Αγοραστός"),
    ("Αδάμο Αδάμου", "acc", "m", "Αδάμος Αδάμου"),
    ("Ντόρας Μπακογιάννη", "gen", "f", "Ντόρα Μπακογιάννη"),
    ("Ελένης Ράπτη", "gen", "f", "Ελένη Ράπτη"),
    ("Σαμαρά", "acc", "m", "Σαμαράς"),
    ("Στ. Πέτσας", "nom", "m", "Στ. Πέτσας"),
])
def test_greek_nominative(words: str, case: str, gender: str, expected: str) -> None:
    assert " ".join(nominative(words.split(), case, gender)) == expected


@pytest.mark.parametrize("name, expected", [
    ("Κυριάκος Πιερρακάκης", "Kyriakos Pierrakakis"),
    ("Κωνσταντίνος Μουτζούρης", "Konstantinos Moutzouris"),   # ντ inside a word: nt
    ("Ντόρα Μπακογιάννη", "Dora Bakogianni"),                # μπ / ντ opening a word: b / d
    ("Στέλιος Αγγελούδης", "Stelios Angeloudis"),            # γγ: ng
    ("Ευκλείδης Ευαγγέλου", "Efkleidis Evangelou"),          # ευ: ef before a voiceless consonant, ev before a vowel
    ("Γιώργος Γκίκας", "Giorgos Gikas"),
    ("Χαράλαμπος Ψυχάρης", "Charalambos Psycharis"),     # μπ inside a word: mb
])
def test_greek_romanization(name: str, expected: str) -> None:
    assert romanize_greek(name.split()) == expected


@pytest.mark.parametrize("name, expected", [
    ("محمد معيط", "Mohamed Maait"),                         # both parts in the tables
    ("عبد الفتاح السيسي", "Abdel Fattah el-Sisi"),           # two words that are one part
    ("سلمان بن عبد العزيز", "Salman bin Abdulaziz"),         # particles
    ("هاني الملقي", "Hani Al-Mulki"),
    ("سعد عقلة العلاطي", "Saad Aqla Al-Alati"),             # transliterated: ع opening a syllable is a
    ("مشعل بن ماجد آل سعود", "Mishaal bin Majed Al Saud"),
])
def test_arabic_romanization(name: str, expected: str) -> None:
    assert romanize_arabic(name.split()) == expected


@pytest.mark.parametrize("word, expected", [("شنقريحة", "Shnqriha"), ("بوغالي", "Bughali"), ("الأنصارى", "Alansari")])
def test_arabic_transliteration(word: str, expected: str) -> None:
    assert transliterate(word) == expected


# A list of party leaders, each title before its name: a Cypriot given name spelt like a stop
# word by its letters ("Χρίστος", not "Χριστός"), an abbreviated title (ΓΓ), and a chain of
# titles opened by "και η" that belongs to the name after it, not to the one before.
GREEK_LIST_CASES: list[tuple[str, dict[str, list[str]]]] = [
    ("Στη σύσκεψη ήταν ο πρόεδρος του ΕΛΑΜ Χρίστος Χρίστου και ο πρόεδρος του ΔΗΚΟ Νίκος Σάββα.",
     {"Χρίστος Χρίστου": ["πρόεδρος του ΕΛΑΜ"], "Νίκος Σάββα": ["πρόεδρος του ΔΗΚΟ"]}),
    ("Δήλωση έκανε ο ΓΓ του ΑΚΕΛ Στέφανος Στεφάνου.",
     {"Στέφανος Στεφάνου": ["ΓΓ του ΑΚΕΛ"]}),
    ("Παρέστησαν ο ΓΓ του ΑΚΕΛ Στέφανος Στεφάνου και η αντιπρόεδρος του ΔΗΣΥ, βουλευτής Λάρνακας "
     "και πρώην γραμματέας της Βουλής Ελένη Μαύρου.",
     {"Στέφανος Στεφάνου": ["ΓΓ του ΑΚΕΛ"],
      "Ελένη Μαύρου": ["γραμματέας της Βουλής", "αντιπρόεδρος του ΔΗΣΥ", "βουλευτής Λάρνακας"]}),
    ("Παρέστησαν ο Στέφανος Στεφάνου και η αντιπρόεδρος του κόμματος.",   # no name after: no owner
     {"Στέφανος Στεφάνου": []}),
    ("Η γιορτή του Χριστού Παπαδόπουλος.", {}),   # Christ, a stop word
]


@pytest.mark.parametrize("sentence, expected", GREEK_LIST_CASES, ids=[f"el-list{i}" for i in range(len(GREEK_LIST_CASES))])
def test_greek_lists_of_titled_names(sentence: str, expected: dict[str, list[str]]) -> None:
    found = {r["name"]: r["titles"] for r in find_officials(sentence, "el")}
    assert found == expected


# The family name alone, with its article, after a speech verb: the person named in full earlier
# (mentions counted, the verb's role kept); a definite word that ends no earlier name stays none.
ARABIC_FAMILY_AGAIN: list[tuple[str, dict[str, tuple[set[str], int]]]] = [
    ("كان وزير المالية الدكتور سامي الحربي في الكويت أمس.\nوصرح الحربي خلال لقاء مع التلفزيون أن العجز تراجع.",
     {"سامي الحربي": ({"spoke"}, 2)}),
    ("كان وزير المالية الدكتور سامي الحربي في الكويت أمس.\nوأكد الحربي في المؤتمر أن العجز تراجع.\nوذكر الحربي أن الدين ثابت.",
     {"سامي الحربي": ({"spoke"}, 3)}),
    ("كان وزير المالية الدكتور سامي الحربي في الكويت أمس.\nوأكد المتحدث أن العجز تراجع.",
     {"سامي الحربي": ({"mentioned"}, 1)}),
    # a title before the verb is not the person's
    ("كان وزير المالية الدكتور سامي الحربي في الكويت أمس.\nوفيما يتعلق بالرئيس الأميركي قال الحربي إن العلاقات جيدة.",
     {"سامي الحربي": ({"spoke"}, 2)}),
]


@pytest.mark.parametrize("text, expected", ARABIC_FAMILY_AGAIN, ids=[f"ar-again{i}" for i in range(len(ARABIC_FAMILY_AGAIN))])
def test_arabic_family_name_after_a_speech_verb(text: str, expected: dict[str, tuple[set[str], int]]) -> None:
    records = find_officials(text, "ar")
    assert {r["name"]: (set(r["roles"]), r["mentions"]) for r in records} == expected
    assert all(r["titles"] == ["وزير المالية"] for r in records)


@pytest.mark.parametrize("sentence, name, title, position", [
    ("من جانبها، أكدت وكيلة وزارة المالية أسيل خالد أن العجز تراجع.", "أسيل خالد", "وكيلة وزارة المالية",
     "undersecretary|||"),
    ("وقال وكيل وزارة الصحة الدكتور خالد السعيد إن الحملة بدأت.", "خالد السعيد", "وكيل وزارة الصحة",
     "undersecretary|||"),
])
def test_arabic_undersecretary(sentence: str, name: str, title: str, position: str) -> None:
    record = next(r for r in find_officials(sentence, "ar") if r["name"] == name)
    assert record["titles"] == [title] and record["positions"] == [position]


# Absence cues ("غاب", "απουσίαζε", "vắng mặt") take attendance away from the people after them
# only; a plural of relation after a name is the verb's object; regnal ordinals; a Greek initial
# spelt like the honorific before it. Each: lang, sentence -> {name: (romanized, titles, roles)}.
NATIVE_MORE: list[tuple[str, str, dict[str, tuple[str, list[str], list[str]]]]] = [
    ("ar", "وعقدت الجلسة بحضور رئيس الوزراء سامي الحربي، والوزراء الذين غاب منهم وزير الاعلام خالد النمر.",
     {"سامي الحربي": ("Sami Al-Hrbi", ["رئيس الوزراء"], ["attended"]),
      "خالد النمر": ("Khaled Al-Nmr", ["وزير الاعلام"], ["mentioned"])}),
    ("el", "Παρέστησαν ο Δήμαρχος Γιώργος Παπαδόπουλος, η αντιδήμαρχος Μαρία Νικολάου, ενώ απουσίαζε ο "
           "αντιδήμαρχος Νίκος Σάββα.",
     {"Γιώργος Παπαδόπουλος": ("Giorgos Papadopoulos", ["Δήμαρχος"], ["attended"]),
      "Μαρία Νικολάου": ("Maria Nikolaou", ["αντιδήμαρχος"], ["attended"]),
      "Νίκος Σάββα": ("Nikos Savva", ["αντιδήμαρχος"], ["mentioned"])}),
    ("vi", "Dự hội nghị có đồng chí Nguyễn Văn An, đồng chí Lê Văn Cường; vắng mặt đồng chí Trần Văn Bình.",
     {"Nguyễn Văn An": ("Nguyen Van An", [], ["attended"]), "Lê Văn Cường": ("Le Van Cuong", [], ["attended"]),
      "Trần Văn Bình": ("Tran Van Binh", [], ["mentioned"])}),
    ("ar", "ودعا الرئيس ميشال عون اللبنانيين إلى الوحدة.",
     {"ميشال عون": ("Michel Aoun", ["الرئيس"], ["spoke"])}),
    ("ar", "ترأس الملك محمد السادس مجلسا وزاريا بالقصر الملكي.",
     {"محمد السادس": ("Mohamed VI", ["الملك"], ["chaired"])}),
    ("el", "Στη συνεδρίαση μίλησε ο Δήμαρχος κ. Κ. Κούτουκας για το έργο.",
     {"Κ. Κούτουκας": ("K. Koutoukas", ["Δήμαρχος"], ["spoke"])}),
    # a city or emirate without the article completes the title before it, never a name
    ("ar", "وقال حاكم دبي الشيخ محمد بن راشد إن المشروع سيكتمل.",
     {"محمد بن راشد": ("Mohamed bin Rashid", ["حاكم دبي"], ["spoke"])}),
    ("ar", "وشدد رئيس بلدية بيروت عبد الله درويش على ضرورة الإسراع في الأعمال.",
     {"عبد الله درويش": ("Abdullah Drwish", ["رئيس بلدية بيروت"], ["spoke"])}),
    ("ar", "والتقى محافظ كربلاء نصيف الخطابي وفدا من الوزارة.",
     {"نصيف الخطابي": ("Nsif Al-Khtabi", ["محافظ كربلاء"], ["attended"])}),
    # a given name of the tables that starts like a conjunction is read whole ("وسام", not "و" + "سام")
    ("ar", "وقال محافظ بابل وسام الحسيني إن العمل مستمر.",
     {"وسام الحسيني": ("Wissam Al-Hsini", ["محافظ بابل"], ["spoke"])}),
    # the meeting a person chaired is the verb's object, not a family name
    ("ar", "ورأس رئيس الحكومة عادل عبد المهدي الاجتماع بحضور الوزراء.",
     {"عادل عبد المهدي": ("Adel Abdelmhdi", ["رئيس الحكومة"], ["chaired"])}),
    # a place named after a person (an airport, a hall) names nobody taking part
    ("ar", "وحضر المراسم في مطار الملك خالد الدولي نائب وزير الخارجية وليد الخريجي.",
     {"وليد الخريجي": ("Walid Al-Khriji", ["نائب وزير الخارجية"], ["attended"])}),
    # a title's complement may name a republic or a royal title: no word of it is a person
    ("ar", "وحضر سفير جمهورية مصر العربية لدى المملكة أحمد فاروق.",
     {"أحمد فاروق": ("Ahmed Farouk", ["سفير جمهورية مصر العربية لدى المملكة"], ["attended"])}),
    ("ar", "وحضر سفير خادم الحرمين الشريفين لدى مصر أسامة نقلي.",
     {"أسامة نقلي": ("Osama Nqli", ["سفير خادم الحرمين الشريفين لدى مصر"], ["attended"])}),
    # a family name after a particle is the name's end, never a new name ("بن زيد آل محمود")
    ("ar", "وألقى محاضرة بقاعة الشيخ عبدالله بن زيد آل محمود في الدوحة.", {}),
    # a title after a name ends where "و" glued to an honorific opens the next person of a list
    ("ar", "وحضر اللقاء السيد علي السويدي المدير العام للمؤسسة والسيد هاشم العوضي نائب المدير العام.",
     {"علي السويدي": ("Ali Al-Swidi", ["المدير العام للمؤسسة"], ["attended"]),
      "هاشم العوضي": ("Hashem Al-Udi", ["نائب المدير العام"], ["attended"])}),
    # a sentence opening with a meeting verb: its object attended too, however far from the verb
    ("ar", "التقى وزير الخارجية فيصل بن فرحان، اليوم الإثنين في الرياض، وزير الخارجية السوري فيصل المقداد.",
     {"فيصل بن فرحان": ("Faisal bin Frhan", ["وزير الخارجية"], ["attended"]),
      "فيصل المقداد": ("Faisal Al-Mqdad", ["وزير الخارجية السوري"], ["attended"])}),
    # a given name that is also a common word, before a time word, is the common word ("صباح اليوم")
    ("ar", "يرأس الدكتور كمال الجنزوري رئيس مجلس الوزراء صباح اليوم الاجتماع الثاني للمحافظين.",
     {"كمال الجنزوري": ("Kamal Al-Jnzuri", ["رئيس مجلس الوزراء"], ["chaired"])}),
    ("ar", "وقالت وزيرة الثقافة صباح الأحمد إن المهرجان ناجح.",
     {"صباح الأحمد": ("Sabah Al-Ahmed", ["وزيرة الثقافة"], ["spoke"])}),
    # a verbal noun after a name opens what is stressed ("أكد X أهمية ..."), not the name's next word
    ("ar", "وأكد وزير الخارجية سعيد علي أهمية التعاون بين البلدين.",
     {"سعيد علي": ("Said Ali", ["وزير الخارجية"], ["spoke"])}),
]


@pytest.mark.parametrize("lang, sentence, expected", NATIVE_MORE, ids=[f"more{i}" for i in range(len(NATIVE_MORE))])
def test_absence_objects_regnal_numbers_and_initials(lang: str, sentence: str,
                                                      expected: dict[str, tuple[str, list[str], list[str]]]) -> None:
    found = {r["name"]: (r["romanized"], r["titles"], r["roles"]) for r in find_officials(sentence, lang)}
    assert found == expected


@pytest.mark.parametrize("lang, text, names", [
    ("el", "Παρέστησαν ο Δήμαρχος Γιώργος Παπαδόπουλος και ο Περιφερειάρχης Ηπείρου κ. Καχρ", ["Γιώργος Παπαδόπουλος"]),
    ("ar", "تعيين كل من: 1- محمد أحمد الكواري. 2- سعد ب", ["محمد أحمد الكواري"]),
    ("el", "Παρέστησαν ο Δήμαρχος Γιώργος Παπαδόπουλος και ο Περιφερειάρχης Ηπείρου κ. Μαυρ[..]\nΣχόλια",
     ["Γιώργος Παπαδόπουλος"]),
    # a text ending with a whole name, without a full stop, keeps it
    ("el", "Μίλησε ο Δήμαρχος Γιώργος Παπαδόπουλος", ["Γιώργος Παπαδόπουλος"]),
    ("vi", "Dự hội nghị có đồng chí Nguyễn Văn An", ["Nguyễn Văn An"]),
])
def test_a_name_cut_off_at_the_end_of_the_text_is_dropped(lang: str, text: str, names: list[str]) -> None:
    assert [r["name"] for r in find_officials(text, lang)] == names


@pytest.mark.parametrize("text, romanized", [
    ("Παρόντες: ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΑΝΝΗΣ, ΚΑΛΟΓΕΡΑΚΗ ΔΗΜΗΤΡΑ.", ["Giannis Papadopoulos", "Dimitra Kalogeraki"]),
    # a given name's genitive first is a surname ("Πέτρου"), not a given name to put in the nominative
    ("Παρόντες: ΠΕΤΡΟΥ ΡΗΓΑΣ, ΣΠΑΝΟΣ ΑΘΑΝΑΣΙΟΣ.", ["Rigas Petrou", "Athanasios Spanos"]),
    ("Ο Δήμαρχος\nΓΙΑΝΝΗΣ ΠΑΠΑΔΟΠΟΥΛΟΣ", ["Giannis Papadopoulos"]),
    # a woman's given name in the genitive leads ("of Eleni Svoronou"), put in the nominative
    ("Η ομιλία της ΕΛΕΝΗΣ ΣΒΟΡΩΝΟΥ ήταν σημαντική.", ["Eleni Svoronou"]),
])
def test_greek_names_in_capitals_are_romanized_given_name_first(text: str, romanized: list[str]) -> None:
    assert [r["romanized"] for r in find_officials(text, "el")] == romanized


@pytest.mark.parametrize("text, word", [
    ("κ. Καχρ", "Καχρ"),
    ("2- سعد ب  \n", "ب"),
    ("Nguyễn Văn An.", None),          # a full stop ends the text, not a word
    ("", None),
    ("   ", None),
    # a last word longer than the tail that is read first is still read whole
    ("a " + "x" * 100, "x" * 100),
    ("x" * 100, "x" * 100),
])
def test_last_word_of_a_text(text: str, word: str | None) -> None:
    found = last_word(text)
    assert (found.group() if found else None) == word


@pytest.mark.parametrize("sentence, expected", [
    # feminine and genitive title heads, a teleconference partner attends, "κατά την οποία" is no "according to"
    ("Έγινε παρουσία του Αντιπεριφερειάρχη Ηρακλείου Νίκου Συριγωνάκη και της Γενικής Διευθύντριας της "
     "Περιφέρειας Κρήτης Μαρίας Ραπτάκη, κατά την οποία συζητήθηκαν θέματα.",
     {"Νίκου Συριγωνάκη": (["Αντιπεριφερειάρχη Ηρακλείου"], ["attended"]),
      "Μαρίας Ραπτάκη": (["Γενικής Διευθύντριας της Περιφέρειας Κρήτης"], ["attended"])}),
    ("Προηγήθηκε τηλεδιάσκεψη με τον Γενικό Γραμματέα Οικονομικής Πολιτικής Χρήστο Τριαντόπουλο.",
     {"Χρήστο Τριαντόπουλο": (["Γενικό Γραμματέα Οικονομικής Πολιτικής"], ["attended"])}),
    # a capital initial right after a title head opens the name (the honorific is written "κ.")
    ("Η πρόταση έγινε στη Δήμαρχο Κ. Μαϊχόσογλου στις αρχές Ιανουαρίου.",
     {"Κ. Μαϊχόσογλου": (["Δήμαρχο"], ["mentioned"])}),
    # an abbreviated body word glued to the next ("Δημ.Συμβουλίου") is no initial and no name
    ("Την πρόσκληση υπογράφει ο Πρόεδρος του Δημ.Συμβουλίου.", {}),
    # a signature: the title on one line, the holder's name in capitals on the next (a final capital
    # Σ is no cut-off word)
    ("Η συνεδρίαση θα γίνει την Τετάρτη.\nΟ Πρόεδρος του Δημοτικού Συμβουλίου\nΕΥΑΓΓΕΛΟΣ ΛΑΜΠΡΟΠΟΥΛΟΣ",
     {"ΕΥΑΓΓΕΛΟΣ ΛΑΜΠΡΟΠΟΥΛΟΣ": (["Πρόεδρος του Δημοτικού Συμβουλίου"], ["mentioned"])}),
    # names in capitals in a list, surname first: exactly one word is a given name
    ("Παρόντες: ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΑΝΝΗΣ, ΚΑΛΟΓΕΡΑΚΗ ΔΗΜΗΤΡΑ.",
     {"ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΑΝΝΗΣ": ([], ["attended"]), "ΚΑΛΟΓΕΡΑΚΗ ΔΗΜΗΤΡΑ": ([], ["attended"])}),
    # a headline in capitals holds no name
    ("ΠΡΩΤΑ Η ΣΥΖΗΤΗΣΗ ΓΙΑ ΤΟΝ ΑΠΟΛΟΓΙΣΜΟ ΚΑΙ ΜΕΤΑ ΟΠΟΙΟΔΗΠΟΤΕ ΑΛΛΟ ΘΕΜΑ", {}),
    # two regions joined by a hyphen are one complement of the title
    ("Η υπουργός συναντήθηκε με τον Συντονιστή της Αποκεντρωμένης Διοίκησης Ηπείρου-Δυτικής Μακεδονίας, "
     "Δρ. Νικόλαο Παππά, στα Ιωάννινα.",
     {"Νικόλαο Παππά": (["Συντονιστή της Αποκεντρωμένης Διοίκησης Ηπείρου-Δυτικής Μακεδονίας"], ["attended"])}),
])
def test_greek_meeting_partners(sentence: str, expected: dict[str, tuple[list[str], list[str]]]) -> None:
    assert {r["name"]: (r["titles"], r["roles"]) for r in find_officials(sentence, "el")} == expected


@pytest.mark.parametrize("lang, sentence, expected", [
    # a spokesperson "باسم" a body; a preposition before a noun ends a name
    ("ar", "وقال المتحدث باسم الحكومة سامي خليل إن الاجتماع انتهى.",
     {"سامي خليل": (["المتحدث باسم الحكومة"], ["spoke"])}),
    ("ar", "وقال الناطق باسم وزارة الخارجية أحمد أبو زيد إن الاجتماع انتهى.",
     {"أحمد أبو زيد": (["الناطق باسم وزارة الخارجية"], ["spoke"])}),
    ("ar", "وقدم التهنئة لوزير الداخلية محمود توفيق بمناسبة التخرج.",
     {"محمود توفيق": (["وزير الداخلية"], ["spoke"])}),
    # a vote is cast by someone present
    ("el", "Ο βουλευτής Γιώργος Παπαδόπουλος καταψήφισε τελικά το άρθρο 37.",
     {"Γιώργος Παπαδόπουλος": (["βουλευτής"], ["attended"])}),
    ("el", "Υπερψήφισε το νομοσχέδιο ο βουλευτής Νίκος Νικολάου.",
     {"Νίκος Νικολάου": (["βουλευτής"], ["attended"])}),
])
def test_spokespeople_name_ends_and_votes(lang: str, sentence: str, expected: dict[str, tuple[list[str], list[str]]]) -> None:
    assert {r["name"]: (r["titles"], r["roles"]) for r in find_officials(sentence, lang)} == expected


@pytest.mark.parametrize("lang, sentence, name, titles", [
    # two titles joined by a conjunction before one name are both that person's
    ("el", "Στη συνάντηση μίλησε ο Πρόεδρος της ΕΝΠΕ και Περιφερειάρχης Αττικής Γιάννης Σγουρός.",
     "Γιάννης Σγουρός", ["Περιφερειάρχης Αττικής", "Πρόεδρος της ΕΝΠΕ"]),
    ("ar", "وقال نائب رئيس الوزراء ووزير الخارجية محمد علي إن الخطة جاهزة.",
     "محمد علي", ["وزير الخارجية", "نائب رئيس الوزراء"]),
    ("ar", "وقال نائب رئيس الوزراء و وزير الخارجية محمد علي إن الخطة جاهزة.",
     "محمد علي", ["وزير الخارجية", "نائب رئيس الوزراء"]),
    # a name between them keeps them apart
    ("ar", "التقى وزير الدفاع أحمد سعيد ووزير الخارجية محمد علي.", "محمد علي", ["وزير الخارجية"]),
])
def test_titles_joined_before_one_name(lang: str, sentence: str, name: str, titles: list[str]) -> None:
    record = next(r for r in find_officials(sentence, lang) if r["name"] == name)
    assert record["titles"] == titles


@pytest.mark.parametrize("sentence, expected", [
    # a rank is a title; chairing written as a verbal noun; congratulating and reading out are speech;
    # a plural noun before a definite one is the verb's object, not a family name
    ("هنأ رئيس الجمهورية العماد ميشال عون اللبنانيين خلال ترؤسه الجلسة.",
     {"ميشال عون": (["العماد", "رئيس الجمهورية"], ["chaired", "spoke"])}),
    ("وتلا وزير المال علي حسن خليل مقررات الجلسة.", {"علي حسن خليل": (["وزير المال"], ["spoke"])}),
])
def test_arabic_cabinet_session(sentence: str, expected: dict[str, tuple[list[str], list[str]]]) -> None:
    assert {r["name"]: (r["titles"], r["roles"]) for r in find_officials(sentence, "ar")} == expected


@pytest.mark.parametrize("sentence, expected", [
    # a foreign name closing a title, then a comma: the name; a body's genitive plural before a comma is none
    ("Ο υπουργός Οικονομικών Φίλιπ Χάμοντ, μια από τις φωνές των ευρωπαϊστών, δήλωσε ότι θα παραμείνει.",
     {"Φίλιπ Χάμοντ": (["υπουργός Οικονομικών"], ["spoke"])}),
    ("Ο επικεφαλής του Κινήματος Δημοκρατών Σοσιαλιστών, Γιώργος Παπανδρέου, μίλησε.",
     {"Γιώργος Παπανδρέου": (["επικεφαλής του Κινήματος Δημοκρατών Σοσιαλιστών"], ["spoke"])}),
])
def test_greek_title_closed_by_a_foreign_name(sentence: str, expected: dict[str, tuple[list[str], list[str]]]) -> None:
    assert {r["name"]: (r["titles"], r["roles"]) for r in find_officials(sentence, "el")} == expected


@pytest.mark.parametrize("sentence, expected", [
    # a country after "ambassador" is the title's complement, never the first word of a name
    ("وقال سفير الهند محمد علي إن الاجتماع انتهى.", {"محمد علي": (["سفير الهند"], ["spoke"])}),
    ("وقال سفير الصين لي وي إن الاجتماع انتهى.", {"لي وي": (["سفير الصين"], ["spoke"])}),
    # "prime minister of X": the ministers' plural and a country are the complement, a foreign name follows
    ("وقال رئيس وزراء الهند ناريندرا مودي إن العلاقات قوية.", {"ناريندرا مودي": (["رئيس وزراء الهند"], ["spoke"])}),
    ("وقال رئيس وزراء باكستان شهباز شريف إن العلاقات قوية.", {"شهباز شريف": (["رئيس وزراء باكستان"], ["spoke"])}),
    # "ambassador of X to Y": the complement runs over لدى
    ("وقال سفير فرنسا لدى لبنان هيرفي ماغرو إن الاجتماع انتهى.",
     {"هيرفي ماغرو": (["سفير فرنسا لدى لبنان"], ["spoke"])}),
    ("وقال سفير مصر لدى السعودية أحمد فاروق إن الاجتماع انتهى.",
     {"أحمد فاروق": (["سفير مصر لدى السعودية"], ["spoke"])}),
    ("وقال الوزير لدى وصوله إلى المطار إن الزيارة مهمة.", {}),
])
def test_a_country_after_an_ambassador_is_no_name(sentence: str, expected: dict[str, tuple[list[str], list[str]]]) -> None:
    assert {r["name"]: (r["titles"], r["roles"]) for r in find_officials(sentence, "ar")} == expected


def test_an_accompanying_delegation_is_no_part_of_a_title() -> None:
    records = find_officials("وبحضور السيدة سلمى خالد الخالدي وزيرة المالية والوفد المرافق لها.", "ar")
    assert [(r["name"], r["titles"]) for r in records] == [("سلمى خالد الخالدي", ["وزيرة المالية"])]


@pytest.mark.parametrize("sentence, name, romanized", [
    # a later word of a name keeps its first letter even where it looks like a preposition (ب, ل)
    ("من جانبه، قال رئيس مجلس النواب اللبناني نبيه بري إن الجلسة ستعقد غدا.", "نبيه بري", "Nabih Berri"),
    ("وقال اللاعب وليد بني ياسين إن الفريق جاهز.", "وليد بني ياسين", "Walid Bni Yassin"),
])
def test_arabic_later_name_words_keep_their_first_letter(sentence: str, name: str, romanized: str) -> None:
    record = next(r for r in find_officials(sentence, "ar") if r["name"] == name)
    assert record["romanized"] == romanized


@pytest.mark.parametrize("lang, sentence, name, titles, positions", [
    ("el", "Ο εκπρόσωπος της κυβέρνησης Παύλος Μαρινάκης δήλωσε ότι η κυβέρνηση θα προχωρήσει.",
     "Παύλος Μαρινάκης", ["εκπρόσωπος της κυβέρνησης"], ["spokesperson||government|"]),
    ("el", "Σύμφωνα με τη δήλωση του εκπροσώπου της κυβέρνησης Παύλου Μαρινάκη, η κυβέρνηση θα προχωρήσει.",
     "Παύλου Μαρινάκη", ["εκπροσώπου της κυβέρνησης"], ["spokesperson||government|"]),
    ("ar", "وقال المتحدث باسم الحكومة سامي خليل إن الاجتماع انتهى.",
     "سامي خليل", ["المتحدث باسم الحكومة"], ["spokesperson||government|"]),
])
def test_spokespeople(lang: str, sentence: str, name: str, titles: list[str], positions: list[str]) -> None:
    record = next(r for r in find_officials(sentence, lang) if r["name"] == name)
    assert (record["titles"], record["positions"]) == (titles, positions)


@pytest.mark.parametrize("sentence, name, romanized, titles", [
    # a given name that starts like a preposition (ب, ل, ف, ك), read after its title
    ("وأشاد وزير الخارجية المصري بدر عبد العاطي بالجهود المبذولة.", "بدر عبد العاطي", "Badr Abdelati",
     ["وزير الخارجية المصري"]),
    ("وقال النائب فارس محمد إن القرار مهم.", "فارس محمد", "Fares Mohamed", ["النائب"]),
])
def test_arabic_given_names_that_start_like_a_preposition(sentence: str, name: str, romanized: str,
                                                         titles: list[str]) -> None:
    assert [(r["name"], r["romanized"], r["titles"]) for r in find_officials(sentence, "ar")] == [(name, romanized, titles)]


def test_a_common_word_given_name_needs_a_title() -> None:
    assert find_officials("وشهدت الليلة بدر التمام في السماء.", "ar") == []


@pytest.mark.parametrize("sentence, expected", [
    # a title right before a title honorific is the next person's ("the crown prince, Prince Y")
    ("التقى الملك عبدالله الثاني ولي العهد الأمير الحسين بن عبدالله الثاني.",
     {"عبدالله الثاني": ["الملك"], "الحسين بن عبدالله الثاني": ["ولي العهد", "الأمير"]}),
    # before a plain honorific it closes the name before it
    ("أصدر حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد سعادة السفير محمد علي.",
     {"تميم بن حمد آل ثاني": ["أمير البلاد"], "محمد علي": ["السفير"]}),
])
def test_a_title_between_two_names(sentence: str, expected: dict[str, list[str]]) -> None:
    assert {r["name"]: r["titles"] for r in find_officials(sentence, "ar")} == expected


@pytest.mark.parametrize("sentence, name", [
    # the object of "issued", "took", "sent" (a decree, a decision, a letter) ends the name before it
    ("وأصدر الرئيس عبد المجيد تبون مرسوما رئاسيا يقضي بتعيين الوزراء.", "عبد المجيد تبون"),
    ("واتخذ رئيس الحكومة عزيز أخنوش قرارا بتأجيل الموعد.", "عزيز أخنوش"),
    ("ووجه الرئيس محمود عباس رسالة إلى الأمين العام.", "محمود عباس"),
])
def test_a_document_after_a_name_is_no_part_of_it(sentence: str, name: str) -> None:
    assert [r["name"] for r in find_officials(sentence, "ar")] == [name]


@pytest.mark.parametrize("lang, sentence, expected", [
    # the day of the event after a speaker's title ends the title
    ("ar", "أعلن طارق سليم وزير البترول اليوم الخميس أن الدعم هبط.", {"طارق سليم": ["وزير البترول"]}),
    ("ar", "وقال محافظ الفيوم أحمد سعيد إن العمل بدأ.", {"أحمد سعيد": ["محافظ الفيوم"]}),
    # a country after a verb of saying is who speaks, not an adjective before a name
    ("ar", "أعلنت السعودية أضخم ميزانية في تاريخها.", {}),
    ("ar", "وأعلن الأمريكي جون كيري أن الاتفاق قريب.", {"جون كيري": []}),
    # a body in the genitive after an adjective of the title; particles of a foreign name
    ("el", "Θα έχει συνάντηση με την πρόεδρο του Ευρωπαϊκού Κοινοβουλίου Ρομπέρτα Μέτσολα.",
     {"Ρομπέρτα Μέτσολα": ["πρόεδρο του Ευρωπαϊκού Κοινοβουλίου"]}),
    ("el", "Θα συναντηθεί με την πρόεδρο της Ευρωπαϊκής Επιτροπής Ούρσουλα φον ντερ Λάιεν.",
     {"Ούρσουλα φον ντερ Λάιεν": ["πρόεδρο της Ευρωπαϊκής Επιτροπής"]}),
    # a title run on by an honorific into a name is that name's, not the earlier person's
    ("ar", "استقبل الأمير فيصل بن فرحان وزير الخارجية، في مقر الوزارة، معالي وزيرة الخارجية بمملكة ليسوتو السيدة متسيبو راماكواي.",
     {"فيصل بن فرحان": ["الأمير", "وزير الخارجية"], "متسيبو راماكواي": ["وزيرة الخارجية بمملكة ليسوتو"]}),
    # two honorifics before a name; an honorific ends the title before it
    ("ar", "حضر الاستقبال مساعد وزير الدولة للشؤون الإفريقية السفير الدكتور سامي الصالح.",
     {"سامي الصالح": ["مساعد وزير الدولة للشؤون الإفريقية", "السفير"]}),
    ("ar", "بحث وزير الخارجية وشؤون المغتربين الدكتور شائع محسن الزنداني سبل التعاون.",
     {"شائع محسن الزنداني": ["وزير الخارجية وشؤون المغتربين"]}),
    # a nationality word after a place word describes the place
    ("ar", "عقد الاجتماع الوزاري في العاصمة الإسبانية مدريد.", {}),
    # a place named after a person
    ("el", "Η εκδήλωση θα γίνει στην πλατεία Γεωργίου.", {}),
    # a title head with a glued preposition opens a title where it is no complement
    ("ar", "واشار بيان للمكتب الاعلامي لرئيس الوزراء حيدر العبادي، ان المجلس وافق.", {"حيدر العبادي": ["رئيس الوزراء"]}),
    ("ar", "وقال مستشار لرئيس الجمهورية محمد علي إن الخطة جاهزة.", {"محمد علي": ["مستشار لرئيس الجمهورية"]}),
    # lineage names: a common-word given name before "بن", a tribe after a grandfather's name
    ("ar", "والأعضاء هم: 4- أحمد بن حمد بن أحمد الحسن المهندي. 5- حسن بن عبدالله بن غانم الغانم.",
     {"أحمد بن حمد بن أحمد الحسن المهندي": [], "حسن بن عبدالله بن غانم الغانم": []}),
    ("ar", "اعتمد على بن سعيد في ذلك.", {}),
    # after a title and a colon only a given name that is no common word opens a name
    ("ar", "المدير العام: محمد أحمد السيد", {"محمد أحمد السيد": ["المدير العام"]}),
    ("ar", "وقال وزير الخارجية: نحن ندعم الحل.", {}),
    # a given name that looks like a preposition and a word (ب + شر); a body holding a cue word
    ("ar", "استقبل الملك اليوم رئيس الوزراء الدكتور بشر الخصاونة.", {"بشر الخصاونة": ["رئيس الوزراء"]}),
    ("ar", "وقال محمد علي رئيس ديوان الرئاسة، إن العمل بدأ.", {"محمد علي": ["رئيس ديوان الرئاسة"]}),
    # a definite word of nisba shape that is no nationality ("الميزانية") opens no name but a given one
    ("ar", "وأكد الوزير أن الميزانية تعكس التزام الحكومة.", {}),
    # a name in the genitive holds the title head in the genitive inside the title, not the outer one
    ("el", "Ο Χρήστος Ευστρατίου, σύμβουλος του Περιφερειάρχη Γιώργου Χατζημάρκου, απέστειλε πρόσκληση.",
     {"Χρήστος Ευστρατίου": [], "Γιώργου Χατζημάρκου": ["Περιφερειάρχη"]}),
    ("el", "Ο σύμβουλος του Πρωθυπουργού Γιάννης Παπαδόπουλος δήλωσε ότι συμφωνεί.",
     {"Γιάννης Παπαδόπουλος": ["σύμβουλος του Πρωθυπουργού"]}),
    # a list of ministers: a name glued to "و" opens the next item, which no title before it reaches;
    # a compound given name; a ministry named by a verbal noun
    ("ar", "وحضره رياض مزور، وزير الصناعة والتجارة وفاطمة الزهراء المنصوري، وزيرة إعداد التراب الوطني والتعمير.",
     {"رياض مزور": ["وزير الصناعة والتجارة"], "فاطمة الزهراء المنصوري": ["وزيرة إعداد التراب الوطني والتعمير"]}),
    ("ar", "وحضره يونس السكوري، وزير الإدماج الاقتصادي، ومحسن الجزولي، الوزير المنتدب لدى رئيس الحكومة.",
     {"يونس السكوري": ["وزير الإدماج الاقتصادي"], "محسن الجزولي": ["الوزير المنتدب"]}),
    # a given name that is also a common word, followed by a comma and a title
    ("ar", "علم الموقع أن عزيز أخنوش، رئيس الحكومة، سيترأس اجتماعا.", {"عزيز أخنوش": ["رئيس الحكومة"]}),
    # a dual title: the second holder's title is the complement after "و", as written
    ("ar", "وشارك وزيرا الخارجية محمد علي والداخلية أحمد سعيد في الاجتماع.",
     {"محمد علي": ["وزيرا الخارجية"], "أحمد سعيد": ["الداخلية"]}),
    # after an honorific: a preposition glued to a verbal noun ends the name; an honorific glued to
    # "و" opens the next people, it is no name
    ("ar", "وتم تكليف الرفيق الستيتو لحسن بتنسيق أشغالها.", {"الستيتو لحسن": []}),
    ("ar", "وحضرت السيدة والسادة أعضاء المكتب.", {}),
    # a code with digits is no name ("Κ.Υ.Α. Δ12γ/ΓΠ")
    ("el", "Εκδόθηκε η Κ.Υ.Α. Δ12γ/ΓΠ 49481/2023 για την αποζημίωση.", {}),
    # a short given name (Θάνος) after the title and a comma
    ("el", "Συνάντηση με τον Υπουργό Μετανάστευσης, Θάνο Πλεύρη, θα έχει αύριο ο Πρωθυπουργός.",
     {"Θάνο Πλεύρη": ["Υπουργό Μετανάστευσης"]}),
])
def test_days_countries_bodies_and_particles(lang: str, sentence: str, expected: dict[str, list[str]]) -> None:
    assert {r["name"]: r["titles"] for r in find_officials(sentence, lang)} == expected


def _roles_of(lang: str, text: str, names: Iterable[str]) -> dict[str, list[str] | None]:
    """The roles of each of ``names`` as read from ``text`` (None for a name not read)."""
    roles = {r["name"]: r["roles"] for r in find_officials(text, lang)}
    return {name: roles.get(name) for name in names}


# A bare title ("الرئيس", "ο Πρόεδρος") after two people whose titles open with its word but
# read as two positions (a president, a chairman): either may be meant, so it goes to neither.
# With one such person it still goes to that one.
BARE_TITLE_OF_TWO: list[tuple[str, str, dict[str, list[str]]]] = [
    ("ar", "هنأ رئيس الجمهورية العماد ميشال عون اللبنانيين خلال ترؤسه الجلسة. وعقدت الجلسة بحضور رئيس "
           "مجلس الوزراء سعد الحريري. وقال وزير المال علي حسن خليل إن الرئيس افتتح الجلسة بكلمة.",
     {"ميشال عون": ["chaired", "spoke"], "سعد الحريري": ["attended"], "علي حسن خليل": ["spoke"]}),
    ("el", "Ο Πρόεδρος της Δημοκρατίας Κωνσταντίνος Τασούλας συναντήθηκε με τον Πρόεδρο της Βουλής "
           "Νικήτα Κακλαμάνη. Στη συνάντηση ο Πρόεδρος δήλωσε ότι η χώρα είναι έτοιμη.",
     {"Κωνσταντίνος Τασούλας": ["attended"], "Νικήτα Κακλαμάνη": ["attended"]}),
    ("el", "Ο Πρόεδρος της Βουλής Νικήτα Κακλαμάνη συναντήθηκε με τον υπουργό Γιώργο Γεραπετρίτη. "
           "Στη συνάντηση ο Πρόεδρος δήλωσε ότι η χώρα είναι έτοιμη.",
     {"Νικήτα Κακλαμάνη": ["attended", "spoke"], "Γιώργο Γεραπετρίτη": ["attended"]}),
]


@pytest.mark.parametrize("lang, text, expected", BARE_TITLE_OF_TWO, ids=[f"bare{i}" for i in range(len(BARE_TITLE_OF_TWO))])
def test_a_bare_title_two_positions_open_with_goes_to_neither(lang: str, text: str,
                                                               expected: dict[str, list[str]]) -> None:
    assert _roles_of(lang, text, expected) == expected


# An office or an envoy right before a person (titles aside) did what the sentence says; the
# person is only named. Inside a title ("مدير مكتب رئيس الوزراء X", "ممثل الأمين العام X") the
# same words name the person's own position.
PROXIES: list[tuple[str, str, dict[str, list[str]]]] = [
    ("ar", "وأعلن مكتب رئيس الوزراء مصطفى الكاظمي أن الزيارة ستتم غدا.", {"مصطفى الكاظمي": ["mentioned"]}),
    ("ar", "واشار بيان للمكتب الاعلامي لرئيس الوزراء حيدر العبادي، ان المجلس وافق على المشروع.",
     {"حيدر العبادي": ["mentioned"]}),
    ("ar", "وحضر الاجتماع وزير الخارجية سامي النمر وممثل عن وزير الدفاع خالد العلي.",
     {"سامي النمر": ["attended"], "خالد العلي": ["mentioned"]}),
    ("ar", "وقال رئيس الوزراء مصطفى الكاظمي إن الزيارة ستتم غدا.", {"مصطفى الكاظمي": ["spoke"]}),
    ("ar", "وحضر ممثل الأمين العام للأمم المتحدة يان كوبيش الاجتماع.", {"يان كوبيش": ["attended"]}),
    ("ar", "وقال مدير مكتب رئيس الوزراء سامي النمر إن الزيارة ستتم.", {"سامي النمر": ["spoke"]}),
    ("el", "Το γραφείο του πρωθυπουργού Κυριάκου Μητσοτάκη ανακοίνωσε ότι η συνάντηση θα γίνει αύριο.",
     {"Κυριάκου Μητσοτάκη": ["mentioned"]}),
    ("el", "Στην τελετή παρέστη εκ μέρους του υπουργού Άμυνας Νίκου Δένδια ο υφυπουργός Γιάννης Κεφαλογιάννης.",
     {"Νίκου Δένδια": ["mentioned"], "Γιάννης Κεφαλογιάννης": ["attended"]}),
    ("el", "Ο κυβερνητικός εκπρόσωπος Παύλος Μαρινάκης δήλωσε ότι η συνάντηση θα γίνει αύριο.",
     {"Παύλος Μαρινάκης": ["spoke"]}),
]


@pytest.mark.parametrize("lang, text, expected", PROXIES, ids=[f"proxy{i}" for i in range(len(PROXIES))])
def test_an_office_or_envoy_acts_for_the_person_named(lang: str, text: str, expected: dict[str, list[str]]) -> None:
    assert _roles_of(lang, text, expected) == expected


# A cue after the next person's name is that person's, not the one before ("أدار ... X، والثاني Y،
# وحضرها Z": X chaired, Z attended).
CUE_OF_THE_NEXT: list[tuple[str, str, dict[str, list[str]]]] = [
    ("ar", "وأدار جزءا من الجلسة النائب الأول مصطفى الخصاونة، والثاني أحمد هميسات، وحضرها رئيس الوزراء "
           "جعفر حسان.",
     {"مصطفى الخصاونة": ["chaired"], "جعفر حسان": ["attended"]}),
    # a cue opening a phrase of its own (after a comma) right before the next name is that name's
    ("ar", "واطلع المجلس على العرض المقدم من وزيرة المالية نورة الفصام، بهذا الشأن، وبحضور وكيل وزارة "
           "المالية أسيل المنيفي.",
     {"نورة الفصام": ["spoke"], "أسيل المنيفي": ["attended"]}),
    # ... but a verb's object shares the verb's cue with its subject
    ("el", "Στο πλαίσιο της περιοδείας, ο υπουργός Γιώργος Καραβίας πραγματοποίησε συνάντηση με τον "
           "περιφερειάρχη Πελοποννήσου, Πέτρο Τατούλη.",
     {"Γιώργος Καραβίας": ["attended"], "Πέτρο Τατούλη": ["attended"]}),
]


@pytest.mark.parametrize("lang, text, expected", CUE_OF_THE_NEXT, ids=[f"next{i}" for i in range(len(CUE_OF_THE_NEXT))])
def test_a_cue_after_the_next_name_is_not_the_earlier_persons(lang: str, text: str,
                                                               expected: dict[str, list[str]]) -> None:
    assert _roles_of(lang, text, expected) == expected


# A cue standing alone on its line as a heading gives its role to the names of the lines after it,
# up to a blank line, though each line is a sentence of its own; a name after that is not in it.
HEADED_LISTS: list[tuple[str, str, dict[str, list[str]]]] = [
    ("el", "Πρακτικό συνεδρίασης\n\nΠαρόντες:\nΓιώργος Παπαδόπουλος, δήμαρχος\nΜαρία Νικολάου\n\n"
           "Η συνεδρίαση ξεκίνησε. Ο Νίκος Σάββα δεν ήρθε.",
     {"Γιώργος Παπαδόπουλος": ["attended"], "Μαρία Νικολάου": ["attended"], "Νίκος Σάββα": ["mentioned"]}),
    ("ar", "الحضور:\nالسيد أحمد العلي، وزير المالية\nالسيد خالد النمر، وزير الصحة\n\nوتناول الاجتماع ملف الوزير سامي الحربي.",
     {"أحمد العلي": ["attended"], "خالد النمر": ["attended"], "سامي الحربي": ["mentioned"]}),
]


@pytest.mark.parametrize("lang, text, expected", HEADED_LISTS, ids=[f"headed{i}" for i in range(len(HEADED_LISTS))])
def test_a_heading_cue_gives_its_role_to_the_list_below(lang: str, text: str, expected: dict[str, list[str]]) -> None:
    assert _roles_of(lang, text, expected) == expected
