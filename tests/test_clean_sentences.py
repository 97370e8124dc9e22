"""Cleaning keeps sentences: a line is furniture only as a whole, never because it starts with a
furniture word ("شارك" share / took part, "Chia sẻ" share / said, "Πηγή" source / source of)."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsextract.pipeline.clean import clean, furniture_words, normalize_text, reads_as_sentence

BODY = {
    "ar": "ترأس المؤتمر رئيس اللجنة الشعبية الإقليمية.\nوشارك في المؤتمر ممثلو الإدارات.",
    "el": "Στο συνέδριο παρευρέθηκαν στελέχη της περιφέρειας.\nΗ συνεδρίαση έληξε το μεσημέρι.",
    "vi": "Hội nghị do đồng chí Chủ tịch UBND tỉnh chủ trì.\nDự hội nghị có lãnh đạo các sở, ngành.",
}
# A byline with two names, a bare source line and a comment counter, as news sites end articles.
TAIL = {
    "ar": ("\nماي لان - ترونج جيانج\nمصدر\nتعليق (0)", ["ماي لان", "ترونج جيانج"]),
    "el": ("\nΜινχ Χανγκ - Τουάν Αν\nΠηγή\nΣχόλιο (0)", ["Μινχ Χανγκ", "Τουάν Αν"]),
    "vi": ("\nMinh Ngọc - Đức Lâm\nNguồn\nBình luận (0)", ["Minh Ngọc", "Đức Lâm"]),
}

FURNITURE_LINES = [
    # (language, a whole line of site furniture)
    ("ar", "شارك"),
    ("ar", "شارك عبر فيسبوك تويتر واتساب"),
    ("ar", "شارك: Facebook Twitter"),
    ("ar", "مشاركة (5)"),
    ("ar", "شارك هذا المقال على فيسبوك"),
    ("ar", "تعليق (3)"),
    ("ar", "التعليقات"),
    ("ar", "أخبار ذات صلة"),
    ("ar", "اقرأ أيضا"),
    ("ar", "اقرأ أيضا: مقاطعة كوانغ بينه تستقبل الزوار"),
    ("ar", "كلمات مفتاحية: التعبئة الجماهيرية، كوانغ بينه"),
    ("ar", "الخط الساخن: 1900 9095"),
    ("ar", "للاستفسار: 0216.3852.468"),
    ("ar", "حقوق النشر محفوظة لصحيفة هاي دونغ"),
    ("ar", "جميع الحقوق محفوظة"),
    ("ar", "© 2024 صحيفة هاي دونغ"),
    ("ar", "نقلا عن صحيفة نهان دان"),
    ("ar", "صحيفة نهان دان"),
    ("ar", "مصدر"),
    ("ar", "المصدر: وكالة الأنباء الفيتنامية"),
    ("ar", "مصدر: news.example.org"),
    ("el", "Κοινοποίηση"),
    ("el", "Κοινοποίηση: Facebook Twitter Viber"),
    ("el", "Μοιραστείτε στο Facebook"),
    ("el", "Μοιραστείτε το άρθρο"),
    ("el", "Σχόλια (4)"),
    ("el", "Σχόλια"),
    ("el", "Διαβάστε επίσης"),
    ("el", "Διαβάστε επίσης: Η επαρχία Λαμ Ντονγκ υποδέχεται τουρίστες"),
    ("el", "Σχετικά άρθρα"),
    ("el", "Ετικέτες: οικονομία, τουρισμός"),
    ("el", "Τηλέφωνο επικοινωνίας: 210 3812345"),
    ("el", "Πνευματικά δικαιώματα © 2024 Εφημερίδα Νέα"),
    ("el", "Σύμφωνα με την εφημερίδα Καθημερινή"),
    ("el", "Εφημερίδα Καθημερινή"),
    ("el", "Πηγή"),
    ("el", "Πηγή: ΑΠΕ-ΜΠΕ"),
    ("vi", "Chia sẻ"),
    ("vi", "Chia sẻ: Facebook Zalo"),
    ("vi", "Chia sẻ qua Facebook"),
    ("vi", "Chia sẻ (12)"),
    ("vi", "Chia sẻ bài viết lên Facebook"),
    ("vi", "Bình luận: 3"),
    ("vi", "Bình luận (12)"),
    ("vi", "Gửi bình luận"),
    ("vi", "Tin liên quan"),
    ("vi", "Xem thêm"),
    ("vi", "Xem thêm: Báo Tuyên Quang"),
    ("vi", "Từ khóa: dân vận khéo, Quảng Trị"),
    ("vi", "Đường dây nóng: 0220.3855.123"),
    ("vi", "Hotline: 0912 345 678"),
    ("vi", "Bản quyền thuộc Báo Hải Dương"),
    ("vi", "© 2024 Báo Hải Dương"),
    ("vi", "Theo Báo Kiên Giang"),
    ("vi", "Theo TTXVN"),
    ("vi", "Báo Sơn La điện tử"),
    ("vi", "Nguồn"),
    ("vi", "Nguồn: TTXVN"),
]

SENTENCES = [
    # (language, a sentence of the article that starts with a furniture word)
    ("ar", "شارك في الاجتماع 45 مندوبا من الإدارات والفروع."),
    ("ar", "شارك في المؤتمر ممثلو الإدارات والفروع"),
    ("ar", "مصدر مطلع قال إن المشروع سيكتمل في نهاية العام."),
    ("ar", "المصدر الرئيسي للدخل في البلدية هو زراعة الأرز."),
    ("ar", "مصدر: وزارة المالية أعلنت أن الإيرادات بلغت 120 مليار دونج."),
    ("ar", "تعليق على النتائج، أكد رئيس اللجنة أهمية العمل الجماهيري."),
    ("ar", "اقرأ أيضا التقرير الكامل على موقع اللجنة الشعبية للمقاطعة."),
    ("ar", "صحيفة نهان دان نشرت تقريرا عن المؤتمر."),
    ("ar", "للاستفسار، يرجى الاتصال على الرقم 0220.3852.417."),
    ("ar", "الخط الساخن للمقاطعة استقبل 120 اتصالا خلال العطلة."),
    ("ar", "حقوق النشر مسألة تناقشها اللجنة في دورتها المقبلة."),
    ("ar", "تقرير اللجنة قدم 12 توصية إلى المؤتمر."),
    ("el", "Κοινοποίηση των αποτελεσμάτων έγινε στις 12 Μαΐου."),
    ("el", "Κοινοποίηση: η επιτροπή ενημέρωσε τους πολίτες για το σχέδιο."),
    ("el", "Πηγή εσόδων για την επαρχία αποτελεί ο τουρισμός."),
    ("el", "Πηγή: η Στατιστική Υπηρεσία κατέγραψε αύξηση 5% το 2024."),
    ("el", "Σχόλια έκαναν 15 αντιπρόσωποι κατά τη συνεδρίαση."),
    ("el", "Διαβάστε επίσης την έκθεση της επιτροπής για το 2024."),
    ("el", "Εφημερίδα της περιφέρειας δημοσίευσε την απόφαση."),
    ("el", "Μοιραστείτε τις ιδέες σας με την επιτροπή, κάλεσε ο πρόεδρος."),
    ("el", "Τηλέφωνο επικοινωνίας διέθεσε η επιτροπή για τους πολίτες."),
    ("el", "Πνευματικά δικαιώματα προστατεύονται από τον νόμο 2121/1993."),
    ("vi", "Chia sẻ với báo chí, ông Nguyễn Văn An cho biết tỉnh đạt 45 chỉ tiêu."),
    ("vi", "Chia sẻ tại hội nghị, đồng chí Bí thư nhấn mạnh vai trò của công tác dân vận."),
    ("vi", "Chia sẻ bài viết của mình, tác giả cho biết đã mất 3 năm để hoàn thành."),
    ("vi", "Chia sẻ: nhiều hộ dân đã được hỗ trợ xây nhà mới trong năm qua."),
    ("vi", "Xem thêm các quy định tại Nghị định số 45/2024/NĐ-CP."),
    ("vi", "Tin liên quan đến dự án được công bố trên cổng thông tin điện tử."),
    ("vi", "Bình luận về kết quả này, lãnh đạo Sở cho rằng còn nhiều khó khăn."),
    ("vi", "Nguồn vốn đầu tư được bố trí kịp thời cho các dự án"),
    ("vi", "Nguồn: Sở Y tế cho biết có 45 ca mắc mới."),
    ("vi", "Theo kế hoạch, tỉnh sẽ tổ chức tổng kết vào cuối năm."),
    ("vi", "Theo Báo cáo số 45/BC-UBND, tổng thu ngân sách tăng 12%."),
    ("vi", "Báo cáo của Sở Tài chính"),
    ("vi", "Đường dây nóng của tỉnh tiếp nhận 120 cuộc gọi."),
    ("vi", "Bản quyền tác giả được bảo hộ theo quy định của pháp luật."),
    ("vi", "Từ khóa của năm là chuyển đổi số."),
]


@pytest.mark.parametrize("lang, line", FURNITURE_LINES)
def test_furniture_lines_go(lang: str, line: str) -> None:
    cleaned = clean(BODY[lang] + "\n" + line)
    assert cleaned.text == BODY[lang]
    assert cleaned.furniture == [line]


@pytest.mark.parametrize("lang, line", FURNITURE_LINES)
def test_furniture_lines_go_among_trailers(lang: str, line: str) -> None:
    tail, authors = TAIL[lang]
    cleaned = clean(BODY[lang] + tail + "\n" + line)
    assert cleaned.text == BODY[lang]
    assert cleaned.authors == authors


@pytest.mark.parametrize("lang, sentence", SENTENCES)
def test_sentence_as_last_line_stays(lang: str, sentence: str) -> None:
    tail, authors = TAIL[lang]
    cleaned = clean(BODY[lang] + "\n" + sentence + tail)
    assert cleaned.text == BODY[lang] + "\n" + sentence
    assert cleaned.authors == authors


@pytest.mark.parametrize("lang, sentence", SENTENCES)
def test_one_line_article_stays(lang: str, sentence: str) -> None:
    cleaned = clean(sentence)
    assert cleaned.text == sentence
    assert cleaned.furniture == []


@pytest.mark.parametrize("sentence", [
    "شارك في الاجتماع 45 مندوبا من الإدارات والفروع في المقاطعة.",
    "Κοινοποίηση των αποτελεσμάτων έγινε στις 12 Μαΐου από την επαρχιακή επιτροπή.",
    "Chia sẻ với báo chí, ông Nguyễn Văn An cho biết tỉnh đạt 45 chỉ tiêu trong năm.",
])
def test_one_line_article_is_extracted_not_skipped(sentence: str) -> None:
    from newsextract.pipeline.ingest import Record
    from newsextract.pipeline.run import process_record

    article = process_record(Record(article_id="one-line", source="test", text=sentence)).article
    assert article["status"] == "ok", article.get("error")
    assert article["text"] == sentence


@pytest.mark.parametrize("text, expected", [
    ("وكالة الأنباء الفيتنامية", False),
    ("Báo Tuyên Quang", False),
    ("Η επαρχία Λαμ Ντονγκ υποδέχεται τουρίστες", False),
    ("0220.3855.123", False),
    ("TTXVN.", False),  # one word closed by a dot is a name, not a sentence
    ("المشروع سيكتمل في نهاية العام.", True),  # words closed by a full stop
    ("Sở Y tế ghi nhận 45 ca mắc mới", True),  # figures among words
    ("Η επιτροπή ενημέρωσε τους πολίτες για το σχέδιο σε όλες τις κοινότητες της επαρχίας", True),  # too long
])
def test_reads_as_sentence(text: str, expected: bool) -> None:
    assert reads_as_sentence(text) is expected


# --- every furniture word at the start of a real sentence of every bundled and seed text ---

SAMPLE_TEXTS = Path(__file__).resolve().parents[1] / "newsextract" / "corpora" / "sample" / "texts"
DEV_TEXTS = SAMPLE_TEXTS.parent.parent / "dev" / "texts"
SEPARATORS = (" ", ": ")


def _all_furniture_words() -> list[str]:
    return sorted({word for words in furniture_words().values() for word in words})


def _last_sentence_line(text: str) -> str:
    """The last line of ``text`` that is a sentence closed by a full stop (or, in an excerpt cut
    off mid-sentence that has none, the last line that reads as a sentence)."""
    lines = [line.strip() for line in text.split("\n")]
    closed = [line for line in lines if reads_as_sentence(line) and line[-1] in ".!?…؟"]
    return closed[-1] if closed else [line for line in lines if reads_as_sentence(line)][-1]


def _replace_last_line(text: str, old: str, new: str) -> str:
    lines = text.split("\n")
    index = max(i for i, line in enumerate(lines) if line.strip() == old)
    lines[index] = new
    return "\n".join(lines)


def _check_every_word_keeps_sentences(path: Path) -> None:
    raw = normalize_text(path.read_text(encoding="utf-8"))
    original = clean(raw)
    sentence = _last_sentence_line(original.text)
    lost = []
    for word in _all_furniture_words():
        for separator in SEPARATORS:
            changed = word + separator + sentence
            # in place: the sentence now starts with the word, the site's trailers still follow it
            cleaned = clean(_replace_last_line(raw, sentence, changed))
            expected = _replace_last_line(original.text, sentence, changed)
            if cleaned.text != expected or cleaned.authors != original.authors:
                lost.append(("in place", changed))
            # alone: a one-line article made of that sentence
            if clean(changed).text != changed:
                lost.append(("alone", changed))
    assert not lost, f"{path.name}: {lost[:5]} ({len(lost)} lost)"


@pytest.mark.parametrize("path", sorted(SAMPLE_TEXTS.glob("*.txt")) + sorted(DEV_TEXTS.glob("*.txt")),
                         ids=lambda p: p.name)
def test_furniture_word_before_a_corpus_sentence_keeps_it(path: Path) -> None:
    _check_every_word_keeps_sentences(path)


def test_furniture_word_before_a_seed_sentence_keeps_it(shared_dir: Path) -> None:
    seeds = sorted((shared_dir / "seeds").glob("*.txt"))
    assert seeds
    for path in seeds:
        _check_every_word_keeps_sentences(path)


def test_corpus_fixtures_cover_the_bundled_texts(sample_dir: Path) -> None:
    assert sample_dir / "texts" == SAMPLE_TEXTS
    assert len(list(SAMPLE_TEXTS.glob("*.txt"))) > 0 and len(list(DEV_TEXTS.glob("*.txt"))) > 0
