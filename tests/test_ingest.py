"""Ingest: every input format, every encoding, and every kind of bad input."""
from __future__ import annotations

import gzip
import io
import json
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from newsextract.pipeline.ingest import UsageError, decode_bytes, iter_records

AR = "عقدت اللجنة الشعبية الإقليمية مؤتمرا لمراجعة عمل الربع الأول من عام 2024 بحضور ممثلي الإدارات."
EL = "Η Επιτροπή του Κόμματος της Επαρχίας πραγματοποίησε συνέδριο για τον απολογισμό του α' τριμήνου."
VI = "Sáng 19/4, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận quý I năm 2024."


def cp1258_bytes(text: str) -> bytes:
    """Vietnamese in Windows-1258: base letters precomposed, tone marks as combining characters."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    clusters: list[list[str]] = []
    for ch in unicodedata.normalize("NFD", text):
        if clusters and unicodedata.combining(ch):
            clusters[-1].append(ch)
        else:
            clusters.append([ch])
    out = []
    for base, *marks in clusters:  # circumflex, breve and horn stay on the letter; tones follow it
        out.append(unicodedata.normalize("NFC", base + "".join(m for m in marks if m not in tones)))
        out.extend(m for m in marks if m in tones)
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize("encoding, text, expected", [
    ("utf-8", AR, "utf-8"),
    ("utf-8-sig", EL, "utf-8-sig"),
    ("utf-16", VI, "utf-16"),
    ("utf-16-le", AR, "utf-16-le"),
    ("cp1256", AR, "cp1256"),
    ("iso8859_7", "Άλλη απόφαση της Ένωσης. " + EL.replace("'", ""), "iso8859_7"),
    ("cp1253", EL, "cp1253"),
    ("cp1258", VI, "cp1258"),
])
def test_decode_bytes_recovers_text_and_names_encoding(encoding: str, text: str, expected: str) -> None:
    text = " ".join([text] * 3)
    data = cp1258_bytes(text) if encoding == "cp1258" else text.encode(encoding)
    decoded, name = decode_bytes(data)
    assert unicodedata.normalize("NFC", decoded) == text
    assert name == expected


def test_greek_iso_and_windows_pages_told_apart_by_accented_capitals() -> None:
    text = "Άρειος Πάγος: Άλλη μία απόφαση για την Ένωση."
    for encoding in ("iso8859_7", "cp1253"):
        decoded, _ = decode_bytes(text.encode(encoding) * 4)
        assert decoded == text * 4


def test_txt_folder_uses_file_stem_as_id_and_records_encoding(tmp_path: Path) -> None:
    (tmp_path / "a1.txt").write_bytes(AR.encode("cp1256"))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "v1.txt").write_bytes(cp1258_bytes(VI))
    (tmp_path / "ignored.md").write_text("not an input")
    records = list(iter_records([tmp_path]))
    assert [(r.article_id, r.encoding, r.status) for r in records] == [("a1", "cp1256", "ok"), ("v1", "cp1258", "ok")]
    assert unicodedata.normalize("NFC", records[1].text) == VI


def test_jsonl_and_gzip_read_all_fields(tmp_path: Path) -> None:
    rows = [{"id": "x1", "text": EL, "url": "https://example.org/a", "title": "T", "published": "2024-03-01",
             "language": "el"}, {"id": 7, "text": VI}]
    payload = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"
    (tmp_path / "a.jsonl").write_text(payload, encoding="utf-8")
    with gzip.open(tmp_path / "b.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(payload)
    for name in ("a.jsonl", "b.jsonl.gz"):
        records = list(iter_records([tmp_path / name]))
        assert [r.article_id for r in records] == ["x1", "7"]
        assert records[0].url == "https://example.org/a" and records[0].published == "2024-03-01"
        assert records[0].language == "el" and records[1].text == VI


def test_csv_and_parquet(tmp_path: Path) -> None:
    df = pd.DataFrame({"id": ["c1", "c2"], "text": [AR, EL], "url": [None, "https://example.org/b"]})
    df.to_csv(tmp_path / "a.csv", index=False)
    df.to_parquet(tmp_path / "a.parquet")
    for name in ("a.csv", "a.parquet"):
        records = list(iter_records([tmp_path / name]))
        assert [(r.article_id, r.text, r.url) for r in records] == [("c1", AR, None), ("c2", EL, "https://example.org/b")]


def test_stdin_jsonl() -> None:
    stdin = io.BytesIO((json.dumps({"id": "s1", "text": VI}, ensure_ascii=False) + "\n").encode("utf-8"))
    records = list(iter_records(["-"], stdin=stdin))
    assert [(r.article_id, r.source, r.text) for r in records] == [("s1", "<stdin>:1", VI)]


@pytest.mark.parametrize("line, status, reason", [
    ('{"id": "a", "text": ', "error", "invalid JSON on line 1"),
    ('["a", "b"]', "error", "expected an object"),
    ('{"text": "no id here"}', "error", "no 'id'"),
    ('{"id": "b"}', "error", "no 'text'"),
    ('{"id": "c", "text": "   "}', "skipped", "empty text"),
    ('{"id": "d", "text": 12}', "error", "'text' is int"),
    ('{"id": "e", "text": "\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\u0008\\u000e\\u000f\\u0010"}',
     "skipped", "binary content"),
])
def test_bad_jsonl_records_become_rows_with_reason(tmp_path: Path, line: str, status: str, reason: str) -> None:
    good = json.dumps({"id": "ok", "text": AR}, ensure_ascii=False)
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n" + good + "\n", encoding="utf-8")
    bad, ok = list(iter_records([path]))
    assert (bad.status, ok.status, ok.article_id) == (status, "ok", "ok")
    assert reason in bad.error


def test_oversized_records_are_skipped_without_reading_them_whole(tmp_path: Path) -> None:
    big = json.dumps({"id": "big", "text": "ا" * 5000})
    small = json.dumps({"id": "small", "text": AR}, ensure_ascii=False)
    with gzip.open(tmp_path / "bomb.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(big + "\n" + small + "\n")
    (tmp_path / "big.txt").write_text("ا" * 5000, encoding="utf-8")
    records = list(iter_records([tmp_path], max_record_bytes=2000))
    by_status = {(r.article_id, r.status) for r in records}
    assert ("big", "skipped") in by_status and ("small", "ok") in by_status
    assert any(r.source.endswith("bomb.jsonl.gz:1") and "limit of 2000 bytes" in r.error for r in records)


@pytest.mark.parametrize("payload", [b"", b"\n"])
def test_oversized_last_line_is_skipped_with_or_without_line_break(tmp_path: Path, payload: bytes) -> None:
    small = json.dumps({"id": "small", "text": AR}, ensure_ascii=False).encode()
    path = tmp_path / "tail.jsonl"
    path.write_bytes(small + b"\n" + b'{"id": "big", "text": "' + b"a" * 2100 + b'"}' + payload)
    records = list(iter_records([path], max_record_bytes=2000))
    assert [(r.article_id, r.status) for r in records] == [("small", "ok"), ("tail.jsonl:2", "skipped")]


def test_unreadable_file_becomes_error_row(tmp_path: Path) -> None:
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 not really parquet")
    (tmp_path / "fine.txt").write_text(VI, encoding="utf-8")
    records = list(iter_records([tmp_path]))
    assert [(r.article_id, r.status) for r in records] == [("broken", "error"), ("fine", "ok")]
    assert "cannot read parquet file" in records[0].error


def test_binary_txt_file_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 4)
    [record] = list(iter_records([tmp_path]))
    assert record.status == "skipped" and "binary" in record.error


@pytest.mark.parametrize("inputs, fmt, message", [
    ([], None, "no input given"),
    (["/nonexistent/path"], None, "does not exist"),
    (["{tmp}/data.xml"], None, "cannot tell the format"),
    (["{tmp}"], "docx", "unknown format"),
])
def test_wrong_usage_raises_with_what_to_do(tmp_path: Path, inputs: list[str], fmt: str | None, message: str) -> None:
    (tmp_path / "data.xml").write_text("<a/>")
    with pytest.raises(UsageError, match=message):
        list(iter_records([i.format(tmp=tmp_path) for i in inputs], fmt=fmt))
