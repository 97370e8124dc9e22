"""End to end: inputs of every format through `newsextract extract` into the six tables."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

import newsextract
from newsextract.cli import main
from newsextract.pipeline.tables import SCHEMAS, TABLES

VI = ("Sáng ngày 19/4/2024, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận quý I/2024. "
      "Đồng chí Lê Văn Bình, Phó Bí thư Thường trực Tỉnh ủy, chủ trì hội nghị. Tổng thu ngân sách đạt "
      "1.250 tỷ đồng, tăng 12% so với cùng kỳ; toàn tỉnh có 320 mô hình dân vận khéo.\n"
      "Thanh Hà - Quốc Việt\nNguồn: https://example.org/vi/1.html\nBình luận (0)")
AR = ("في صباح يوم 3 أبريل 2024، عقدت اللجنة الشعبية الإقليمية مؤتمرا لتنفيذ الخطة رقم 45-KH/UBND. "
      "وبلغت الإيرادات 2,300 مليار دونج، بزيادة قدرها 9% عن نفس الفترة.\nمصدر\nتعليق (0)")
EL = ("Το 2024, η περιφέρεια υλοποίησε 85 μοντέλα μαζικής κινητοποίησης, φτάνοντας το 70%. "
      "Στις 5 Μαρτίου 2024 εκδόθηκε η Απόφαση αριθ. 12/QĐ-UBND.\nΠηγή: https://example.org/el/2.html\nΣχόλιο (0)")


@pytest.fixture()
def dump(tmp_path: Path) -> Path:
    """A folder mixing formats, with broken and empty records among good ones."""
    folder = tmp_path / "dump"
    folder.mkdir()
    (folder / "vi-1.txt").write_text(VI, encoding="utf-8")
    (folder / "ar-1.txt").write_bytes(AR.encode("cp1256"))
    lines = [json.dumps({"id": "el-1", "text": EL, "published": "2024-03-06"}, ensure_ascii=False),
             '{"id": "broken", "text": ', json.dumps({"id": "empty", "text": ""})]
    (folder / "more.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    pd.DataFrame({"id": ["csv-1"], "text": ["12345 67890"]}).to_csv(folder / "rows.csv", index=False)
    return folder


def run_cli(*args: str) -> int:
    return main(["extract", *args])


def test_extract_writes_every_table_with_its_schema(dump: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    assert run_cli(str(dump), "--out", str(out)) == 0
    summary = capsys.readouterr().err
    assert "6 articles" in summary and "errors (1):" in summary
    for name in TABLES:
        table = pq.read_table(out / f"{name}.parquet")
        assert table.schema.equals(SCHEMAS[name], check_metadata=False), name
    tables = newsextract.load(out)
    articles = tables["articles"].set_index("article_id")
    assert articles.loc["vi-1", "language"] == "vi" and articles.loc["vi-1", "status"] == "ok"
    assert articles.loc["ar-1", "encoding"] == "cp1256" and articles.loc["ar-1", "language"] == "ar"
    assert articles.loc["el-1", "url"] == "https://example.org/el/2.html"
    assert articles.loc["vi-1", "authors"] == ["Thanh Hà", "Quốc Việt"]
    assert articles.loc["more.jsonl:2", "status"] == "error" and "invalid JSON" in articles.loc["more.jsonl:2", "error"]
    assert articles.loc["empty", "status"] == "skipped"
    assert articles.loc["csv-1", "language"] == "und" and articles.loc["csv-1", "status"] == "skipped"
    assert not articles.loc["vi-1", "text"].endswith("Bình luận (0)")
    assert articles.loc["vi-1", "n_chars"] == len(articles.loc["vi-1", "text"])


def test_rows_point_into_cleaned_text(dump: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_cli(str(dump), "--out", str(out), "--quiet") == 0
    tables = newsextract.load(out)
    texts = tables["articles"].set_index("article_id")["text"]
    surface = {"officials": "name", "dates": "text", "documents": "text", "figures": "text"}
    found = 0
    for name, column in surface.items():
        for row in tables[name].itertuples():
            assert texts[row.article_id][row.char_start:row.char_end] == getattr(row, column)
            found += 1
    assert found >= 8  # the three good articles hold dates, documents and figures
    assert {"vi-1", "ar-1", "el-1"} <= set(tables["figures"]["article_id"])


def test_load_gives_lists_and_categoricals(dump: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_cli(str(dump), "--out", str(out), "--quiet")
    tables = newsextract.load(out)
    assert isinstance(tables["articles"].loc[0, "authors"], list)
    assert isinstance(tables["articles"]["language"].dtype, pd.CategoricalDtype)
    assert isinstance(tables["figures"]["kind"].dtype, pd.CategoricalDtype)
    assert isinstance(tables["documents"]["type"].dtype, pd.CategoricalDtype)
    assert tables["figures"]["value"].dtype == "float64"


def test_empty_input_still_writes_every_table(tmp_path: Path) -> None:
    src = tmp_path / "empty.jsonl"
    src.write_text("\n", encoding="utf-8")
    out = tmp_path / "out"
    assert run_cli(str(src), "--out", str(out), "--quiet") == 0
    for name in TABLES:
        assert pq.read_table(out / f"{name}.parquet").num_rows == 0


@pytest.mark.parametrize("args, message", [
    (["extract", "/no/such/dir", "--out", "{out}"], "does not exist"),
    (["extract", "{src}", "--out", "{out}", "--workers", "0"], "--workers"),
    (["extract", "{src}", "--out", "{out}", "--ner-backend", "ner.transformers.v1"], "needs --ner-model"),
    (["evaluate", "--gold", "/no/such/gold", "--pred", "{out}"], "not a folder"),
    (["summary", "/no/such/out"], "not a folder"),
])
def test_wrong_usage_exits_2_with_message(tmp_path: Path, capsys, args: list[str], message: str) -> None:
    src = tmp_path / "a.txt"
    src.write_text(VI, encoding="utf-8")
    argv = [a.format(out=tmp_path / "out", src=src) for a in args]
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_module_entry_point_reads_stdin(tmp_path: Path) -> None:
    out = tmp_path / "out"
    payload = json.dumps({"id": "s1", "text": VI}, ensure_ascii=False) + "\n"
    proc = subprocess.run([sys.executable, "-m", "newsextract", "extract", "-", "--out", str(out), "--progress"],
                          input=payload.encode("utf-8"), capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()
    stderr = proc.stderr.decode()
    assert "art/s" in stderr or "s/ art" in stderr  # the progress bar's rate
    assert "1 articles" in stderr
    assert pd.read_parquet(out / "articles.parquet")["article_id"].tolist() == ["s1"]


@pytest.mark.parametrize("args,code,message", [
    (["extract", "{missing}", "--out", "{out}"], 2, "does not exist"),
    (["extract", "{src}", "--out", "{out}", "--quiet"], 0, ""),
])
def test_module_entry_point_exit_code_and_flushed_messages(tmp_path: Path, args: list[str], code: int,
                                                         message: str) -> None:
    # The command ends its process without tearing the heap down: the exit code and every
    # message must still come through, and the tables be complete.
    src = tmp_path / "a.txt"
    src.write_text(VI, encoding="utf-8")
    argv = [a.format(missing=tmp_path / "nope", out=tmp_path / "out", src=src) for a in args]
    proc = subprocess.run([sys.executable, "-m", "newsextract", *argv], capture_output=True, timeout=300)
    assert proc.returncode == code, proc.stderr.decode()
    assert message in proc.stderr.decode()
    if code == 0:
        assert pd.read_parquet(tmp_path / "out" / "articles.parquet")["status"].tolist() == ["ok"]


def test_quiet_prints_nothing(tmp_path: Path, capsys) -> None:
    src = tmp_path / "a.txt"
    src.write_text(VI, encoding="utf-8")
    assert run_cli(str(src), "--out", str(tmp_path / "out"), "--quiet", "--progress") == 0
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out == ""


def test_workers_give_the_same_tables(dump: Path, tmp_path: Path) -> None:
    run_cli(str(dump), "--out", str(tmp_path / "one"), "--quiet")
    run_cli(str(dump), "--out", str(tmp_path / "two"), "--quiet", "--workers", "2")
    one, two = newsextract.load(tmp_path / "one"), newsextract.load(tmp_path / "two")
    for name in TABLES:
        pd.testing.assert_frame_equal(one[name], two[name])


def test_python_api_on_strings_and_records() -> None:
    tables = newsextract.extract([VI, {"id": "el-x", "text": EL, "published": "2024-03-06"}])
    assert set(tables) == set(TABLES)
    assert tables["articles"]["article_id"].tolist() == ["0", "el-x"]
    assert tables["articles"]["language"].tolist() == ["vi", "el"]
    assert len(tables["figures"]) >= 3 and set(tables["figures"]["article_id"]) == {"0", "el-x"}
    forced = newsextract.extract("12345", language="vi")
    assert forced["articles"].loc[0, "language"] == "vi"


def test_seeds_language_url_and_authors(shared_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "seeds"
    assert run_cli(str(shared_dir / "seeds"), "--out", str(out), "--quiet") == 0
    proc = subprocess.run([sys.executable, str(shared_dir / "eval" / "score.py"), "--gold", str(shared_dir / "gold"),
                           "--pred", str(out), "--json"], capture_output=True, text=True, timeout=300)
    result = json.loads(proc.stdout)
    assert result["attributes"]["language"]["acc"] == 1.0
    assert result["all"]["authors"]["f1"] == 1.0
    articles = newsextract.load(out)["articles"]
    gold_urls = {json.loads(p.read_text(encoding="utf-8"))["article_id"]: json.loads(p.read_text(encoding="utf-8"))["url"]
                 for p in (shared_dir / "gold").glob("*.json")}
    for row in articles.itertuples():
        assert (row.url if isinstance(row.url, str) else None) == gold_urls[row.article_id]



def test_output_read_by_a_closed_pipe_ends_quietly(tmp_path) -> None:
    """``newsextract evaluate ... | head``: when the reader goes away the command ends without a traceback."""
    import shutil

    sample = Path(__file__).resolve().parents[1] / "newsextract" / "corpora" / "sample"
    gold = tmp_path / "gold"
    gold.mkdir()
    first = sorted((sample / "gold").glob("*.json"))[0]
    shutil.copy(first, gold / first.name)
    texts = tmp_path / "texts"
    texts.mkdir()
    shutil.copy(sample / "texts" / f"{first.stem}.txt", texts / f"{first.stem}.txt")
    subprocess.run([sys.executable, "-m", "newsextract", "extract", str(texts), "--out", str(tmp_path / "out"),
                    "--quiet"], check=True)
    proc = subprocess.Popen([sys.executable, "-m", "newsextract", "evaluate", "--gold", str(gold),
                             "--pred", str(tmp_path / "out")], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader is gone before the report is written
    _, err = proc.communicate(timeout=300)
    assert b"Traceback" not in err, err.decode()
    assert proc.returncode == 0
