"""Invariants under any input: no exception escapes, and every row's offsets give its surface."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsextract

SURFACE = {"officials": "name", "dates": "text", "documents": "text", "figures": "text"}
# Pieces that steer random text towards what the extractors react to.
PIECES = ["٢٠٢٤", "2024", "12 مارس", "تعليق (0)", "مصدر", "%", "٪", "مليار دونج", "8,641", "29,8", "8.641",
          "quý I/2024", "ngày 19/4", "tỷ đồng", "24-KH/BCĐ", "218/QĐ-TTg", "رقم 217", "Απόφαση αριθ. 5",
          "4 Μαρτίου 2024", "τοις εκατό", "đồng chí Lê Văn A, Phó Bí thư", "الرفيق ماي فان توات، رئيس",
          "ο Αναπληρωτής Επικεφαλής , Ντιν Βαν Κόα,", "\u200f", "\u200b", "\u202e", "\u0640", "\x00", "\x1b",
          "\ufeff", "\r\n", "\n", " - ", "؛", "،", "«", "»", "(", ")", "/", "-"]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=30).map("".join)


@pytest.mark.parametrize("language", ["ar", "el", "vi", None])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_any_text_gives_consistent_rows(language: str | None, text: str) -> None:
    tables = newsextract.extract([text], language=language)
    article = tables["articles"].iloc[0]
    assert article["status"] in ("ok", "skipped", "error")
    if article["status"] == "error":  # an extractor failure is a bug, not an input problem
        pytest.fail(f"extraction failed on {text!r}: {article['error']}")
    cleaned = article["text"] if isinstance(article["text"], str) else ""
    for table, column in SURFACE.items():
        for row in tables[table].itertuples():
            assert cleaned[row.char_start:row.char_end] == getattr(row, column)
