"""Documents and figures take time linear in the article: hostile shapes at size n and 2n.

Each case builds one input at ``n`` and at ``2n`` and times the documents and the figures
extractor on both, as ``growth.py`` says (``t(2n) <= 3 * t(n)`` holds only for linear or
near-linear steps). The shapes are the ones that used to grow faster
than the text: many codes of one issuer in one sentence (each code scanned the sentence and
compared every hit with every reference), one number cited for many issuers (each mention
was compared with every kept one), a long run of figures, and ordinary articles joined
into one.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsextract.extractors.dates.extractor import find_dates
from newsextract.extractors.documents.extractor import find_documents
from newsextract.extractors.figures.extractor import find_figures

from growth import assert_linear_growth

TEXTS = Path(__file__).resolve().parent.parent / "newsextract" / "corpora"

def code_list(lang: str, n: int) -> str:
    """One sentence citing ``n`` decisions of the same issuer, the issuer named once after them."""
    if lang == "vi":
        codes = ", ".join(f"{i}/QĐ-UBND" for i in range(1, n + 1))
        return f"Theo các Quyết định số {codes} của UBND tỉnh, UBND tỉnh đã tặng bằng khen."
    if lang == "ar":
        codes = " ".join(f"و{i}/QĐ-UBND" for i in range(2, n + 1))
        return f"بموجب القرارات رقم 1/QĐ-UBND {codes} منحت اللجنة الشعبية الإقليمية شهادات تقدير."
    if lang == "ar_spaced":
        codes = " ".join(f"و {i}/QĐ-UBND" for i in range(2, n + 1))
        return f"بموجب القرارات رقم 1/QĐ-UBND {codes} منحت اللجنة الشعبية الإقليمية شهادات تقدير."
    codes = ", ".join(f"{i}/QĐ-UBND" for i in range(1, n + 1))
    return f"Σύμφωνα με τις αποφάσεις αριθ. {codes}, η Λαϊκή Επιτροπή της Επαρχίας απένειμε επαίνους."


def same_number_many_issuers(n: int) -> str:
    """One sentence citing decision 1 of ``n`` different issuers: mentions that never merge."""
    return "Theo các Quyết định " + ", ".join(f"số 1/QĐ-UB{i}" for i in range(n)) + "."


def native_list(lang: str, n: int) -> str:
    """One sentence citing ``n`` laws in their native numbering, one type word for the list and
    the issuer named once after it: every number is a list member that shares attributes."""
    if lang == "ar":
        numbers = " و".join(str(i) for i in range(2, n + 1))
        return f"صدرت القرارات، القرار رقم 1 و{numbers} لسنة 2023 الصادرين عن رئيس مجلس الوزراء."
    numbers = ", ".join(f"{i}/2023" for i in range(2, n + 1))
    return f"Σύμφωνα με τους ν. 1/2023, {numbers} της Βουλής ισχύει η ρύθμιση."


def figure_run(n: int) -> str:
    """One sentence of ``n`` changes and amounts with varying numbers."""
    parts = (f"tăng {i % 90 + 1}%, đạt {i % 900 + 1}.{(i * 37) % 1000:03d} tỷ đồng" for i in range(1, n + 1))
    return "Doanh thu " + ", ".join(parts) + "."


def corpus_articles(lang: str) -> list[str]:
    paths = sorted(TEXTS.glob(f"*/texts/{lang}_*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def joined_articles(lang: str, chars: int) -> str:
    """Corpus articles of ``lang`` joined into one text, cut to ``chars`` characters."""
    articles = corpus_articles(lang)
    parts: list[str] = []
    size, i = 0, 0
    while size < chars:
        parts.append(articles[i % len(articles)])
        size += len(parts[-1]) + 2
        i += 1
    return "\n\n".join(parts)[:chars]


@functools.lru_cache(maxsize=64)
def _records_before(text: str, lang: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The dates and documents records the extractors read, made once per input."""
    dates = find_dates(text, lang)
    return dates, find_documents(text, lang, dates)


def _extractor(name: str, text: str, lang: str) -> Callable[[], object]:
    """The extractor ``name`` on ``text`` with the records it reads (dates, documents) made beforehand."""
    dates, documents = _records_before(text, lang)
    if name == "documents":
        return lambda: find_documents(text, lang, dates)
    claimed = dates + documents
    return lambda: find_figures(text, lang, claimed)


def assert_linear(name: str, build: Callable[[int], str], lang: str, n: int) -> None:
    small, large = build(n), build(2 * n)
    run_small, run_large = _extractor(name, small, lang), _extractor(name, large, lang)
    assert_linear_growth(lambda _salt: run_small(), lambda _salt: run_large(),
                         f"{name} on {len(small)} → {len(large)} chars")


lang_of = {"vi": "vi", "ar": "ar", "ar_spaced": "ar", "el": "el"}


# (shape, extractor, n): n sized so that one run at n takes some milliseconds.
CODE_LISTS = [
    ("vi", "documents", 300), ("vi", "figures", 300),
    ("ar", "documents", 2000), ("ar", "figures", 500),
    ("ar_spaced", "documents", 300), ("ar_spaced", "figures", 300),
    ("el", "documents", 300), ("el", "figures", 300),
]


@pytest.mark.parametrize(("shape", "name", "n"), CODE_LISTS)
def test_code_list_of_one_issuer_grows_linearly(shape: str, name: str, n: int) -> None:
    assert_linear(name, lambda k: code_list(shape, k), lang_of[shape], n)


@pytest.mark.parametrize(("lang", "name", "n"), [("ar", "documents", 600), ("el", "documents", 600),
                                                 ("ar", "figures", 300), ("el", "figures", 300)])
def test_native_number_list_grows_linearly(lang: str, name: str, n: int) -> None:
    assert_linear(name, lambda k: native_list(lang, k), lang, n)


def test_mentions_of_one_number_by_many_issuers_grow_linearly() -> None:
    assert_linear("documents", same_number_many_issuers, "vi", 400)


@pytest.mark.parametrize(("name", "n"), [("documents", 1500), ("figures", 250)])
def test_run_of_figures_grows_linearly(name: str, n: int) -> None:
    assert_linear(name, figure_run, "vi", n)


@pytest.mark.parametrize("name", ["documents", "figures"])
@pytest.mark.parametrize("lang", ["ar", "el", "vi"])
def test_joined_articles_grow_linearly(name: str, lang: str) -> None:
    assert_linear(name, lambda k: joined_articles(lang, k), lang, 12_000)


def test_shapes_hold_what_they_are_meant_to() -> None:
    """The hostile inputs really cite every code and every figure (else they would test nothing)."""
    text = code_list("vi", 50)
    assert len(find_documents(text, "vi")) == 50
    assert len(find_documents(code_list("el", 50), "el")) == 50
    assert len(find_documents(code_list("ar_spaced", 50), "ar")) == 50
    assert len(find_documents(same_number_many_issuers(30), "vi")) == 30
    assert len(find_documents(native_list("ar", 30), "ar")) == 30
    assert len(find_documents(native_list("el", 30), "el")) == 30
    figures = find_figures(figure_run(20), "vi")
    assert sum(1 for r in figures if r["kind"] == "percent") == 20
    assert sum(1 for r in figures if r["kind"] == "money") == 20
    assert len(joined_articles("el", 12_000)) == 12_000
