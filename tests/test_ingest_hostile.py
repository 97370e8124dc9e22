"""Hostile dumps: every bad record is one row with its reason, and nothing after it is lost.

Each case puts one bad record between good ones (two before, two after) and checks that the
good ones come out ``ok`` with their text, the bad one as exactly one record with the expected
status, a ``<file>:<line>`` id and a reason, in input order.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newsextract.pipeline.ingest import Record, iter_records, record_from_mapping

GOOD_TEXTS = [
    "عقدت اللجنة الشعبية الإقليمية مؤتمرا لمراجعة عمل الربع الأول من عام 2024.",
    "Η Επιτροπή του Κόμματος της Επαρχίας πραγματοποίησε συνέδριο.",
    "Sáng 19/4, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận quý I năm 2024.",
    "Ngày 17/4/2024, Ủy ban nhân dân tỉnh ban hành Quyết định số 218/QĐ-UBND.",
]
LIMIT = 300_000  # max_record_bytes of these tests


@dataclass
class Expect:
    """What the bad record must become."""

    status: str
    reason: str = ""           # a part of Record.error (or of a repair note when status is ok)
    article_id: str | None = None  # None: the fallback "<file>:<line>"
    text: str | None = None    # for records that stay ok


def _check(records: list[Record], expect: Expect, bad_ref: str, bad_source: str | None = None) -> None:
    """Two good records, the bad one, two good records: in that order, nothing lost.

    ``bad_ref`` is the fallback id (``<file>:<line>``), the bad record's id when its own cannot be
    used; its source always ends with ``bad_source`` (the same by default).
    """
    assert len(records) == 5, [(r.article_id, r.status, r.error) for r in records]
    goods = records[:2] + records[3:]
    assert [(r.article_id, r.status, r.text) for r in goods] == [
        (f"g{i}", "ok", text) for i, text in enumerate(GOOD_TEXTS)]
    bad = records[2]
    assert bad.source.endswith(bad_source or bad_ref), bad.source
    assert bad.status == expect.status, (bad.status, bad.error)
    assert bad.article_id == (expect.article_id or bad_ref)
    if expect.status == "ok":
        assert bad.text == expect.text and bad.error is None
        assert expect.reason in " ".join(bad.repairs)
        bad.text.encode("utf-8")  # valid Unicode: the Parquet writer can store it
    else:
        assert bad.error and expect.reason in bad.error, bad.error
        assert bad.text is None


# JSONL, JSONL.gz and stdin ----------------------------------------------------------------------
JSONL_CASES: dict[str, tuple[bytes, Expect]] = {
    "lone surrogate in text": (b'{"id": "b", "text": "Ng\\u00e0y 16/4/2024 \\ud800 h\\u1ed9i ngh\\u1ecb."}',
                               Expect("ok", "lone surrogate", "b", "Ngày 16/4/2024 \ufffd hội nghị.")),
    "lone surrogates in metadata": (b'{"id": "m", "text": "t", "title": "\\udfff", "url": "\\ud83d"}',
                                    Expect("ok", "'url': 1 lone surrogate", "m", "t")),
    "NUL in text": (b'{"id": "n", "text": "An article\\u0000 with a NUL\\u0007."}',
                    Expect("ok", "2 control character(s) removed", "n", "An article with a NUL.")),
    "metadata of wrong types": (b'{"id": "w", "text": "t", "title": ["a"], "url": {"a": 1}, "published": true}',
                                Expect("ok", "'title' is list, expected a string: dropped", "w", "t")),
    "integral float id": (b'{"id": 3.0, "text": "t"}', Expect("ok", "", "3", "t")),
    "keys in capitals": (b'{"ID": "c", "Text": "t"}', Expect("ok", "", "c", "t")),
    "lone surrogate in id": (b'{"id": "\\ud800", "text": "t"}', Expect("error", "lone surrogates")),
    "control character in id": (b'{"id": "a\\u0001b", "text": "t"}', Expect("error", "control characters")),
    "list id": (b'{"id": [1, 2], "text": "t"}', Expect("error", "'id' is list")),
    "dict id": (b'{"id": {"a": 1}, "text": "t"}', Expect("error", "'id' is dict")),
    "fractional float id": (b'{"id": 1.5, "text": "t"}', Expect("error", "'id' is the number 1.5")),
    "bool id": (b'{"id": true, "text": "t"}', Expect("error", "'id' is bool")),
    "NaN id": (b'{"id": NaN, "text": "t"}', Expect("error", "no 'id'")),
    "number text": (b'{"id": "t1", "text": 12.5}', Expect("error", "'text' is float", "t1")),
    "list text": (b'{"id": "t2", "text": ["a"]}', Expect("error", "'text' is list", "t2")),
    "dict text": (b'{"id": "t3", "text": {"a": "b"}}', Expect("error", "'text' is dict", "t3")),
    "UTF-8 BOM then invalid UTF-8": (b'\xef\xbb\xbf{"id": "x\xff", "text": "t"}',
                                     Expect("error", "starts with a UTF-8 byte order mark")),
    "UTF-32 BOM": (b'\xff\xfe\x00\x00{"id": "u", "text": "t"}', Expect("error", "UTF-32 byte order mark")),
    "nested 100,000 deep": (b'{"id": "d", "text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
                            Expect("error", "nested too deeply")),
    "integer of 5,000 digits": (b'{"id": ' + b"7" * 5000 + b', "text": "t"}', Expect("error", "integer too long")),
    "invalid JSON": (b'{"id": "j", "text": ', Expect("error", "invalid JSON")),
    "JSON array": (b'["a", "b"]', Expect("error", "expected an object")),
    "empty text": (b'{"id": "e", "text": "  "}', Expect("skipped", "empty text", "e")),
    "binary text": (b'{"id": "z", "text": "' + b"\\u0000\\u0001\\u0002" * 10 + b'"}',
                    Expect("skipped", "binary content", "z")),
    "over-long line": (b'{"id": "big", "text": "' + b"a" * LIMIT + b'"}', Expect("skipped", "limit of 300000 bytes")),
}


def _jsonl_dump(bad_line: bytes) -> bytes:
    good = [json.dumps({"id": f"g{i}", "text": t}, ensure_ascii=False).encode() for i, t in enumerate(GOOD_TEXTS)]
    return b"\n".join(good[:2] + [bad_line] + good[2:]) + b"\n"


@pytest.mark.parametrize("fmt", ["jsonl", "jsonl.gz", "stdin"])
@pytest.mark.parametrize("case", list(JSONL_CASES))
def test_jsonl_bad_line_is_one_row_and_reading_goes_on(tmp_path: Path, fmt: str, case: str) -> None:
    bad_line, expect = JSONL_CASES[case]
    data = _jsonl_dump(bad_line)
    if fmt == "stdin":
        records = list(iter_records(["-"], stdin=io.BytesIO(data), max_record_bytes=LIMIT))
        _check(records, expect, "<stdin>:3")
        return
    path = tmp_path / f"dump.{fmt}"
    path.write_bytes(gzip.compress(data) if fmt.endswith(".gz") else data)
    _check(list(iter_records([path], max_record_bytes=LIMIT)), expect, f"{path.name}:3")


def test_truncated_gzip_names_the_line_where_reading_stopped(tmp_path: Path) -> None:
    data = gzip.compress(_jsonl_dump(b'{"id": "b", "text": "t"}') * 50)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    records = list(iter_records([path]))
    assert records[-1].status == "error" and "cannot read past line" in records[-1].error
    assert records[-1].article_id == f"cut.jsonl.gz:{len(records)}"
    assert all(r.ok for r in records[:-1]) and len(records) > 1


# CSV --------------------------------------------------------------------------------------------
def _csv_row(i: int) -> bytes:
    return f'g{i},"{GOOD_TEXTS[i]}"\n'.encode()


CSV_CASES: dict[str, tuple[bytes, Expect]] = {
    "quote never closed": (b'b,"never closed, the text runs on\n', Expect("error", "never closed")),
    "quote closed by a later row": (b'b,"never closed\n', Expect("error", "stray quote")),
    "stray quote in a multi-line field": (b'b,"first line\nsecond" line"\n', Expect("error", "stray quote")),
    "multi-line field": (b'm,"first line\nsecond line, with ""quotes"""\n',
                         Expect("ok", "", "m", 'first line\nsecond line, with "quotes"')),
    "row over the limit": (b'big,"' + b"a" * LIMIT + b'"\n', Expect("skipped", "limit of 300000 bytes")),
    "multi-line row over the limit": (b'big,"' + (b"a" * 999 + b"\n") * (LIMIT // 1000 + 1) + b'"\n',
                                      Expect("skipped", "limit of 300000 bytes")),
    "over-long quote never closed": (b'big,"' + (b"a" * 999 + b"\n") * (LIMIT // 1000 + 1),
                                     Expect("error", "never closed")),
    "invalid UTF-8 in a UTF-8 file": ("w,".encode() + "عقدت اللجنة".encode("cp1256") + b"\n",
                                      Expect("ok", "", "w", "عقدت اللجنة")),
    "NUL in text": (b"n,an article\x00 with a NUL\n", Expect("ok", "control character", "n", "an article with a NUL")),
    "empty id": (b',some text\n', Expect("error", "no 'id'")),
    "control character in id": (b'a\x01b,some text\n', Expect("error", "control characters")),
    "empty text": (b'e,\n', Expect("skipped", "empty text", "e")),
    "bare carriage return": (b'r,one\rtwo\n', Expect("error", "cannot be read as CSV")),
}


@pytest.mark.parametrize("case", list(CSV_CASES))
def test_csv_bad_row_is_one_row_and_reading_goes_on(tmp_path: Path, case: str) -> None:
    bad_row, expect = CSV_CASES[case]
    path = tmp_path / "dump.csv"
    path.write_bytes(b"id,text\n" + _csv_row(0) + _csv_row(1) + bad_row + _csv_row(2) + _csv_row(3))
    _check(list(iter_records([path], max_record_bytes=LIMIT)), expect, "dump.csv:4")


def test_csv_lines_of_a_broken_record_are_not_taken_for_articles(tmp_path: Path) -> None:
    path = tmp_path / "dump.csv"
    path.write_bytes(b"id,text\n" + _csv_row(0) + b'b,"broken\nSecond paragraph, with a comma\nThird\n'
                     + _csv_row(1))
    records = list(iter_records([path]))
    assert [(r.article_id, r.status) for r in records] == [("g0", "ok"), ("dump.csv:3", "error"), ("g1", "ok")]
    assert "never closed" in records[1].error and "the 2 line(s) after it" in records[1].error


@pytest.mark.parametrize("header, delimiter", [
    (b"id,text", b","), (b"ID,Text", b","), (b"Id;TEXT", b";"), (b"id\ttext", b"\t"), (b"id|text|title", b"|"),
    (b"\xef\xbb\xbfid,text", b","), (b"article_id;Content", b";"),
])
def test_csv_header_matched_without_case_and_delimiter_detected(tmp_path: Path, header: bytes,
                                                                delimiter: bytes) -> None:
    path = tmp_path / "d.csv"
    path.write_bytes(header + b"\n" + b"1" + delimiter + b"one, two\n2" + delimiter + b'"x\ny"\n')
    records = list(iter_records([path]))
    assert [(r.article_id, r.status) for r in records] == [("1", "ok"), ("2", "ok")]
    assert records[1].text == "x\ny"
    if delimiter != b",":
        assert records[0].text == "one, two"


def test_csv_without_text_column_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_bytes(b"foo,bar\n1,2\n3,4\n")
    [record] = list(iter_records([path]))
    assert record.status == "error" and "no text column" in record.error and "'foo,bar'" in record.error


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "cp1253"])
def test_csv_encoding_decided_from_first_block_and_streamed(tmp_path: Path, encoding: str) -> None:
    rows = "".join(f'{i},"Η Επιτροπή {i}\nσυνέδριο"\n' for i in range(3000))
    path = tmp_path / "d.csv"
    path.write_bytes(("id,text\n" + rows).encode(encoding))
    records = list(iter_records([path]))
    assert len(records) == 3000 and all(r.ok for r in records)
    assert records[-1].text == "Η Επιτροπή 2999\nσυνέδριο" and records[0].encoding == encoding


def test_csv_with_lines_ended_by_carriage_returns(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(b'id,text\r1,one\r2,"two\rlines"\r3,three\r')
    records = list(iter_records([path]))
    assert [(r.article_id, r.text) for r in records] == [("1", "one"), ("2", "two\nlines"), ("3", "three")]


def test_gzipped_csv(tmp_path: Path) -> None:
    path = tmp_path / "d.csv.gz"
    path.write_bytes(gzip.compress(b"id,text\n" + _csv_row(0) + b'b,"never closed\n' + _csv_row(1)))
    records = list(iter_records([path]))
    assert [(r.article_id, r.status) for r in records] == [("g0", "ok"), ("d.csv.gz:3", "error"), ("g1", "ok")]


# Parquet ----------------------------------------------------------------------------------------
def _invalid_utf8_strings(values: list[bytes]) -> pa.Array:
    """A string column whose cells are not checked for valid UTF-8 (as some writers produce)."""
    offsets = [0]
    for value in values:
        offsets.append(offsets[-1] + len(value))
    return pa.Array.from_buffers(pa.string(), len(values), [None, pa.array(offsets, pa.int32()).buffers()[1],
                                                            pa.py_buffer(b"".join(values))])


def _parquet_table(bad_id: Any, bad_text: Any, id_type: pa.DataType, text_type: pa.DataType | str) -> pa.Table:
    goods = [(f"g{i}", t) for i, t in enumerate(GOOD_TEXTS)]
    rows = goods[:2] + [(bad_id, bad_text)] + goods[2:]
    if text_type == "invalid utf-8":
        texts = _invalid_utf8_strings([t.encode() if isinstance(t, str) else t for _, t in rows])
    else:
        binary = pa.types.is_binary(text_type)
        texts = pa.array([t.encode() if binary and isinstance(t, str) else t for _, t in rows], text_type)
    return pa.table({"ID": pa.array([i for i, _ in rows], id_type), "Text": texts})


PARQUET_CASES: dict[str, tuple[Callable[[], pa.Table], Expect]] = {
    "binary cell in a legacy code page": (
        lambda: _parquet_table("b", "Καλή μέρα".encode("cp1253"), pa.string(), pa.binary()),
        Expect("ok", "", "b", "Καλή μέρα")),
    "binary cell that cannot be decoded": (
        lambda: _parquet_table("b", b"\xef\xbb\xbf\xff\xfe", pa.string(), pa.binary()),
        Expect("error", "'text' cannot be decoded", "b")),
    "string cell with invalid UTF-8": (
        lambda: _parquet_table("b", "عقدت".encode("cp1256"), pa.string(), "invalid utf-8"),
        Expect("ok", "", "b", "عقدت")),
    "string cell with a BOM and invalid UTF-8": (
        lambda: _parquet_table("b", b"\xef\xbb\xbf\xff", pa.string(), "invalid utf-8"),
        Expect("error", "UTF-8 byte order mark", "b")),
    "control characters in a string cell": (
        lambda: _parquet_table("b", "a\x00b", pa.string(), pa.string()), Expect("ok", "control", "b", "ab")),
    "cell over the limit": (lambda: _parquet_table("b", "a" * (LIMIT + 1), pa.string(), pa.string()),
                            Expect("skipped", "limit of 300000 bytes")),
    "null id": (lambda: _parquet_table(None, "t", pa.string(), pa.string()), Expect("error", "no 'id'")),
    "null text": (lambda: _parquet_table("b", None, pa.string(), pa.string()), Expect("error", "no 'text'", "b")),
    "list text": (lambda: pa.table({"id": [f"g{i}" for i in (0, 1)] + ["b"] + [f"g{i}" for i in (2, 3)],
                                    "text": [[t] for t in GOOD_TEXTS[:2]] + [["x"]] + [[t] for t in GOOD_TEXTS[2:]]}),
                  None),  # every row is an error: checked below
}


@pytest.mark.parametrize("case", [c for c, (_, e) in PARQUET_CASES.items() if e is not None])
def test_parquet_bad_row_is_one_row_and_reading_goes_on(tmp_path: Path, case: str) -> None:
    make, expect = PARQUET_CASES[case]
    path = tmp_path / "dump.parquet"
    pq.write_table(make(), path, row_group_size=2)
    _check(list(iter_records([path], max_record_bytes=LIMIT)), expect, "dump.parquet:3")


@pytest.mark.parametrize("ids, expected", [
    ([0.0, 1.0, 2.5, 3.0, 4.0], ["0", "1", "dump.parquet:3", "3", "4"]),
    ([0.0, 1.0, float("nan"), 3.0, 4.0], ["0", "1", "dump.parquet:3", "3", "4"]),
    ([[0], [1], [2], [3], [4]], ["dump.parquet:1", "dump.parquet:2", "dump.parquet:3", "dump.parquet:4",
                                 "dump.parquet:5"]),
])
def test_parquet_ids_must_be_strings_or_integers(tmp_path: Path, ids: list[Any], expected: list[str]) -> None:
    path = tmp_path / "dump.parquet"
    pq.write_table(pa.table({"id": ids, "text": ["t"] * 5}), path)
    records = list(iter_records([path]))
    assert [r.article_id for r in records] == expected
    assert [r.ok for r in records] == [not e.startswith("dump") for e in expected]


def test_parquet_list_text_is_an_error_per_row(tmp_path: Path) -> None:
    path = tmp_path / "dump.parquet"
    pq.write_table(PARQUET_CASES["list text"][0](), path)
    records = list(iter_records([path]))
    assert [(r.status, r.error) for r in records] == [("error", "'text' is list, expected a string")] * 5


def test_parquet_without_text_column_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "dump.parquet"
    pq.write_table(pa.table({"id": ["a"], "body_html": ["<p>"]}), path)
    [record] = list(iter_records([path]))
    assert record.status == "error" and "no text column" in record.error and "body_html" in record.error


# txt --------------------------------------------------------------------------------------------
TXT_CASES: dict[str, tuple[bytes, Expect]] = {
    "binary file": (bytes(range(256)) * 4, Expect("skipped", "binary content", "c_bad")),
    "file over the limit": ("ا".encode() * LIMIT, Expect("skipped", "exceeds the record limit", "c_bad")),
    "UTF-8 BOM then invalid UTF-8": (b"\xef\xbb\xbfabc \xff\xfe", Expect("error", "UTF-8 byte order mark", "c_bad")),
    "empty file": (b"", Expect("skipped", "empty text", "c_bad")),
    "stray NUL": ("Ngày 16/4/2024\x00 hội nghị.".encode(),
                  Expect("ok", "control", "c_bad", "Ngày 16/4/2024 hội nghị.")),
}


@pytest.mark.parametrize("case", list(TXT_CASES))
def test_txt_bad_file_is_one_row_and_reading_goes_on(tmp_path: Path, case: str) -> None:
    data, expect = TXT_CASES[case]
    for name, text in zip(("a", "b", "d", "e"), GOOD_TEXTS):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "c_bad.txt").write_bytes(data)
    records = list(iter_records([tmp_path], max_record_bytes=LIMIT))
    for record, name in zip(records[:2] + records[3:], ("a", "b", "d", "e")):
        record.article_id = f"g{'abde'.index(name)}"  # txt ids are file stems
    _check(records, expect, "c_bad", "c_bad.txt")


@pytest.mark.skipif(os.name != "posix", reason="needs a file system that takes any bytes as a name")
def test_file_name_that_is_not_utf8_gives_a_printable_id(tmp_path: Path) -> None:
    name = os.fsdecode(b"art\xff.txt")
    try:
        (tmp_path / name).write_text(GOOD_TEXTS[0], encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("the file system refuses the name")
    [record] = list(iter_records([tmp_path]))
    assert record.ok and record.article_id == "art\\udcff"
    record.source.encode("utf-8")


# record_from_mapping (the API path) --------------------------------------------------------------
@pytest.mark.parametrize("obj, status, article_id, text", [
    ({"id": 7, "text": "t"}, "ok", "7", "t"),
    ({"id": 7.0, "text": "t"}, "ok", "7", "t"),
    ({"id": float("inf"), "text": "t"}, "error", "f:1", None),
    ({"id": b"x", "text": b"t"}, "ok", "x", "t"),
    ({"id": "x", "text": "a\ud800b"}, "ok", "x", "a\ufffdb"),
    ({"Id": "x", "CONTENT": "t"}, "ok", "x", "t"),
])
def test_record_from_mapping_rules(obj: dict[str, Any], status: str, article_id: str, text: str | None) -> None:
    record = record_from_mapping(obj, source="f:1", fallback_id="f:1")
    assert (record.status, record.article_id, record.text) == (status, article_id, text)


# Whole CLI --------------------------------------------------------------------------------------
def test_cli_writes_every_table_when_a_record_has_lone_surrogates(tmp_path: Path) -> None:
    import pandas as pd

    from newsextract.cli import main
    from newsextract.pipeline.tables import TABLES

    lines = [json.dumps({"id": "a", "text": "Sáng 19/4/2024, Ban Thường vụ Tỉnh ủy tổ chức hội nghị. Đồng chí "
                                            "Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì hội nghị."}, ensure_ascii=False),
             '{"id": "b", "text": "Ng\\u00e0y 16/4/2024 \\ud800 h\\u1ed9i ngh\\u1ecb.", "title": "\\udfff"}',
             '{"id": "\\udc80", "text": "Ngày 17/4/2024."}',
             json.dumps({"id": "c", "text": "Ngày 17/4/2024, Ủy ban nhân dân tỉnh ban hành Quyết định số "
                                            "218/QĐ-UBND."}, ensure_ascii=False)]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(path), "--out", str(out), "--quiet"]) == 0
    assert all((out / f"{name}.parquet").exists() for name in TABLES)
    articles = pd.read_parquet(out / "articles.parquet").set_index("article_id")
    assert list(articles.index) == ["a", "b", "dump.jsonl:3", "c"]
    assert list(articles["status"]) == ["ok", "ok", "error", "ok"]
    dates = pd.read_parquet(out / "dates.parquet")
    assert {"a", "b", "c"} <= set(dates["article_id"])


# Growth: hostile shapes cost linear time -------------------------------------------------------
def _growth(run_n: Callable[[], Any], run_2n: Callable[[], Any]) -> tuple[float, float]:
    """Best of 3 runs at n and at 2n, interleaved so a burst of load on the machine hits both sizes;
    measured once more if the ratio looks superlinear, to tell noise from growth."""
    best = [float("inf"), float("inf")]
    for attempt in range(2):
        for _ in range(3):
            for i, run in enumerate((run_n, run_2n)):
                started = time.perf_counter()
                run()
                best[i] = min(best[i], time.perf_counter() - started)
        if best[1] <= 3 * best[0]:
            break
    return best[0], best[1]


CSV_SHAPES: dict[str, tuple[int, Callable[[int], bytes]]] = {
    # a quote never closed near the top, then n plain rows to recover
    "one quote never closed": (4000, lambda n: b'id,text\nb,"never closed\n' + b"".join(b"%d,plain row\n" % i
                                                                                       for i in range(n))),
    # every line closes and reopens a quote: each record is broken on its first line
    "every line reopens a quote": (8000, lambda n: b'id,text\nb,"open\n' + b'x",y,"z\n' * n),
    # many broken multi-line records, each closed by the next row's quote
    "many quotes closed by the next row": (3000, lambda n: b"id,text\n" + b'b,"broken\nc,"good, text"\n' * n),
    # a quote never closed, its record over the limit and ended by a stray quote: read again from the record
    "over-long records broken by a stray quote": (
        200, lambda n: b"id,text\n" + (b'b,"' + b"a" * 60 + b"\n" + b"a\n" * 20 + b'x" y\n' + b"c,ok\n") * n),
}


@pytest.mark.parametrize("shape", list(CSV_SHAPES))
def test_csv_hostile_shapes_read_in_linear_time(tmp_path: Path, shape: str) -> None:
    n, make = CSV_SHAPES[shape]
    paths = [tmp_path / "n.csv", tmp_path / "2n.csv"]
    paths[0].write_bytes(make(n))
    paths[1].write_bytes(make(2 * n))
    t_n, t_2n = _growth(*(lambda p=p: sum(1 for _ in iter_records([p], max_record_bytes=64)) for p in paths))
    assert t_2n <= 3 * t_n, (t_n, t_2n)


@pytest.mark.parametrize("name, row", [
    ("d.csv", b'%d,"' + "Ngày 16/4/2024, hội nghị.\n".encode() + "Ngày 16/4/2024, hội nghị. ".encode() * 20 + b'"\n'),
    ("d.jsonl", b'{"id": %d, "text": "' + "Ngày 16/4/2024, hội nghị. ".encode() * 20 + b'"}\n'),
])
def test_reading_is_lazy_memory_bounded_by_a_record(tmp_path: Path, name: str, row: bytes) -> None:
    import tracemalloc

    path = tmp_path / name
    header = b"id,text\n" if name.endswith(".csv") else b""
    path.write_bytes(header + b"".join(row % i for i in range(3000)))  # ~2 MB
    assert path.stat().st_size > 1_500_000
    tracemalloc.start()
    try:
        count = sum(1 for record in iter_records([path], max_record_bytes=65536) if record.ok)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 3000 and peak < 500_000, peak


def test_jsonl_hostile_lines_read_in_linear_time(tmp_path: Path) -> None:
    bad = [b'{"id": "d", "text": ' + b"[" * 2000 + b"]" * 2000 + b"}", b'\xef\xbb\xbf\xff', b'{"id": [1]}',
           b'{"id": "s", "text": "\\ud800 x"}']
    dumps = [b"\n".join(bad * n) + b"\n" for n in (150, 300)]
    t_n, t_2n = _growth(*(lambda d=d: sum(1 for _ in iter_records(["-"], stdin=io.BytesIO(d))) for d in dumps))
    assert t_2n <= 3 * t_n, (t_n, t_2n)
