"""Cleaning: page furniture out of the text and into metadata, per language."""
from __future__ import annotations

import pytest

from newsextract.pipeline.clean import clean

BODY = {
    "ar": "ترأس المؤتمر رئيس اللجنة الشعبية الإقليمية.\nوشارك في المؤتمر ممثلو الإدارات.",
    "el": "Στο συνέδριο παρευρέθηκαν στελέχη της περιφέρειας.\nΗ συνεδρίαση έληξε το μεσημέρι.",
    "vi": "Hội nghị do đồng chí Chủ tịch UBND tỉnh chủ trì.\nDự hội nghị có lãnh đạo các sở, ngành.",
}

CASES = [
    # (language, furniture appended to BODY, expected url, expected authors, furniture removed)
    ("ar", "\nماي لان - ترونج جيانج - آنه تو\nمصدر\n\n\n\nتعليق (0)", None,
     ["ماي لان", "ترونج جيانج", "آنه تو"], 3),
    ("ar", "\nمصدر: https://example.org/ar/1.html\nتعليق (12)", "https://example.org/ar/1.html", [], 2),
    ("ar", "\n[إعلان_1]\nهوانج آنه", None, ["هوانج آنه"], 2),
    ("el", "\n[διαφήμιση_2]\nΠηγή: https://example.org/el/2.html\nΣχόλιο (0)", "https://example.org/el/2.html", [], 3),
    ("el", "\nΜινχ Χανγκ - Τουάν Αν\nΠηγή: https://example.org/el/3\nΣχόλια (4)", "https://example.org/el/3",
     ["Μινχ Χανγκ", "Τουάν Αν"], 3),
    ("vi", "\nMinh Ngọc - Đức Lâm\nNguồn: https://example.org/vi/4.html\nBình luận (0)",
     "https://example.org/vi/4.html", ["Minh Ngọc", "Đức Lâm"], 3),
    ("vi", "\nThu Hằng (TTXVN)\nNguồn\nBình luận (3)", None, ["Thu Hằng"], 3),
    ("vi", "\n[quảng cáo_3]", None, [], 1),
    ("vi", "\nBài, ảnh: Minh Châu\nNguồn", None, ["Minh Châu"], 2),
    ("vi", "\nTin và ảnh: Lan Anh - Hoàng Long", None, ["Lan Anh", "Hoàng Long"], 1),
    ("el", "\nΚείμενο και φωτογραφίες: Μινχ Τσάου\nΣχόλιο (0)", None, ["Μινχ Τσάου"], 2),
    ("ar", "\nتقرير وتصوير: مينه تشاو", None, ["مينه تشاو"], 1),
    # site trailers after the byline: related links, sharing, copyright, hotlines, the newspaper's name
    ("vi", "\nHoài Nam\nTin liên quan\nĐường dây nóng: 0220.3855.123\nBản quyền thuộc Báo Hải Dương", None,
     ["Hoài Nam"], 4),
    ("vi", "\nThu Trang\nTheo Báo Hà Giang\nChia sẻ\nGửi bình luận", None, ["Thu Trang"], 4),
    ("vi", "\nMinh Đức\nBáo Lào Cai điện tử\nTin cùng chuyên mục", None, ["Minh Đức"], 3),
    ("vi", "\nLan Hương - Văn Tú\nBình luận (0)\nXem thêm: Báo Tuyên Quang", None, ["Lan Hương", "Văn Tú"], 3),
    ("ar", "\nللاستفسار: 0216.3852.468\nهونغ ثانه\nمصدر", None, ["هونغ ثانه"], 3),
    ("ar", "\nن. لان\nمصدر: example.org\nتعليق (0)", None, ["ن. لان"], 3),
    ("ar", "\nترونغ ثاو\nexample.org", None, ["ترونغ ثاو"], 2),
    ("el", "\nΛόνγκ Μιν\nΔιαβάστε επίσης\nΣχόλιο (0)", None, ["Λόνγκ Μιν"], 3),
]


@pytest.mark.parametrize("lang, furniture, url, authors, n_removed", CASES)
def test_furniture_becomes_metadata(lang: str, furniture: str, url: str | None, authors: list[str],
                                    n_removed: int) -> None:
    cleaned = clean(BODY[lang] + furniture)
    assert cleaned.text == BODY[lang]
    assert cleaned.url == url
    assert cleaned.authors == authors
    assert len(cleaned.furniture) == n_removed


@pytest.mark.parametrize("text", [
    # A last body line is not a byline: it ends a sentence, has digits or is too long.
    "Hội nghị bế mạc.\nTổng thu ngân sách đạt 8.641 tỷ đồng.",
    "Hội nghị bế mạc.\nNguồn vốn đầu tư được bố trí kịp thời cho các dự án trọng điểm của tỉnh",
    "انتهى الاجتماع.\nوأكد المشاركون أهمية التعبئة الجماهيرية في المرحلة المقبلة",
    "Το συνέδριο έληξε.\nΗ περιφέρεια θα συνεχίσει να υλοποιεί το πρόγραμμα στο μέλλον",
    # a body line that starts like a newspaper attribution but is a sentence stays
    "Hội nghị bế mạc.\nTheo kế hoạch, tỉnh sẽ tổ chức tổng kết vào cuối năm và khen thưởng các tập thể.",
])
def test_body_lines_are_kept(text: str) -> None:
    cleaned = clean(text)
    assert cleaned.text == text
    assert cleaned.authors == [] and cleaned.furniture == []


def test_ad_placeholder_in_the_middle_is_removed() -> None:
    cleaned = clean("Πρώτη παράγραφος.\n[διαφήμιση_1]\nΔεύτερη παράγραφος.")
    assert cleaned.text == "Πρώτη παράγραφος.\nΔεύτερη παράγραφος."


def test_normal_form_newlines_and_controls() -> None:
    decomposed = "Nguye\u0302\u0303n Va\u0306n\r\nA\x07"
    assert clean(decomposed).text == "Nguyễn Văn\nA"


def test_shared_seeds_furniture(shared_dir) -> None:
    import json

    for path in sorted((shared_dir / "seeds").glob("*.txt")):
        gold = json.loads((shared_dir / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        cleaned = clean(path.read_text(encoding="utf-8"))
        assert cleaned.url == gold["url"], path.name
        assert cleaned.authors == gold["authors"], path.name
        tail = cleaned.text[-200:]
        assert "(0)" not in tail and not cleaned.text.rstrip().endswith(("مصدر", "Πηγή"))


# A last line in a script without case: a byline only when it has the shape of names.
@pytest.mark.parametrize("last_line, authors", [
    ("ثو هانغ", ["ثو هانغ"]),                       # two-word name
    ("ماي لان - ترونج جيانج", ["ماي لان", "ترونج جيانج"]),
    ("وأشاد م", []),                                 # a sentence cut off after one letter
    ("وبع", []),                                     # one cut-off word
])
def test_caseless_byline_shape(last_line: str, authors: list[str]) -> None:
    text = "عقد المجلس اجتماعه الدوري لمناقشة الموازنة.\n" + last_line
    assert clean(text).authors == authors


# A byline written "By X" without a colon, on its own line among the first ones.
@pytest.mark.parametrize("text, authors, first_kept_line", [
    ("Τίτλος άρθρου\n12/05/2024\nΑπό antwnio\nΟ πρωθυπουργός δήλωσε σήμερα ότι.", ["antwnio"], "Τίτλος άρθρου"),
    ("Τίτλος\nΓράφει ο Νίκος Παπαδόπουλος\nΚείμενο του άρθρου.", ["Νίκος Παπαδόπουλος"], "Τίτλος"),
    ("عنوان الخبر\nبقلم محمد علي\nنص المقال هنا.", ["محمد علي"], "عنوان الخبر"),
    # the same word opening a sentence, or a line of lower-case words, stays
    ("Τίτλος\nΑπό την Αθήνα ξεκίνησε η περιοδεία του πρωθυπουργού.", [], "Τίτλος"),
    ("Τίτλος\nΑπό σήμερα\nΚείμενο του άρθρου.", [], "Τίτλος"),
])
def test_a_leading_byline_without_a_colon(text: str, authors: list[str], first_kept_line: str) -> None:
    cleaned = clean(text)
    assert cleaned.authors == authors
    assert cleaned.text.split("\n")[0] == first_kept_line
    assert (len(cleaned.text.split("\n")) < len(text.split("\n"))) == bool(authors)
