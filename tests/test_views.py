"""Joined views (pandas) and the DuckDB file: same rows as the fact tables, the article's columns beside them."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from conftest import SAMPLE, needs, run_on_records

from newsextract import load
from newsextract.views import VIEWS, joined_views




def sample_text(name: str) -> str:
    return (SAMPLE / "texts" / name).read_text(encoding="utf-8")


# One article per language with what the views carry over, and a repeated id whose record is
# skipped as a duplicate: its url must never reach a view.
RECORDS = [
    {"id": "ar-1", "text": sample_text("ar_01_nam-dinh-dan-van-h1.txt"), "url": "https://example.org/ar-1",
     "published": "2024-07-10", "title": "عنوان"},
    {"id": "el-1", "text": sample_text("el_02_lao-cai-kinh-te-h1.txt"), "url": "https://example.org/el-1",
     "published": "2024-07-02", "title": "Τίτλος"},
    {"id": "vi-1", "text": sample_text("vi_02_kinh-te-6-thang.txt"), "url": "https://example.org/vi-1",
     "published": "2024-07-05", "title": "Tiêu đề"},
    {"id": "ar-1", "text": "نص آخر", "url": "https://example.org/duplicate", "published": "1999-01-01"},
]


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return run_on_records(tmp_path_factory.mktemp("views"), RECORDS)


@pytest.fixture(scope="module")
def tables(run_dir: Path) -> dict[str, pd.DataFrame]:
    return load(run_dir)


def test_the_run_has_rows_for_every_view_and_a_skipped_duplicate(tables: dict[str, pd.DataFrame]) -> None:
    articles = tables["articles"]
    assert list(articles["status"]) == ["ok", "ok", "ok", "skipped"]
    for spec in VIEWS.values():
        assert set(tables[spec.fact]["article_id"]) == {"ar-1", "el-1", "vi-1"}, spec.fact


@pytest.mark.parametrize("view, fact, appended", [
    ("officials_with_article", "officials",
     ["article_language", "url", "published", "article_title", "article_source", "person_n_articles"]),
    ("dates_with_article", "dates", ["article_language", "url", "published", "article_title", "article_source"]),
    ("documents_with_article", "documents",
     ["article_language", "url", "published", "article_title", "article_source"]),
    ("figures_with_article", "figures", ["article_language", "url", "published", "article_title", "article_source"]),
])
def test_view_is_its_fact_table_with_the_article_columns_appended(tables: dict[str, pd.DataFrame], view: str,
                                                                  fact: str, appended: list[str]) -> None:
    joined = joined_views(tables)[view]
    facts = tables[fact]
    assert list(joined.columns) == [*facts.columns, *appended]
    pd.testing.assert_frame_equal(joined[list(facts.columns)], facts.reset_index(drop=True))
    expected = {r["id"]: r for r in RECORDS[:3]}  # the first record of each id
    for row in joined.itertuples():
        record = expected[row.article_id]
        assert (row.url, row.published, row.article_title) == (record["url"], record["published"], record["title"])
        assert row.article_language == row.language == row.article_id[:2]


def test_officials_view_counts_the_articles_naming_each_person(tables: dict[str, pd.DataFrame]) -> None:
    joined = joined_views(tables)["officials_with_article"]
    persons = tables["persons"].set_index("person_id")["n_articles"]
    assert len(joined) > 0
    assert (joined["person_n_articles"] == joined["person_id"].map(persons)).all()
    assert (joined["person_n_articles"] >= 1).all()


def test_load_with_views_gives_tables_and_views(run_dir: Path) -> None:
    from newsextract.views import load_with_views

    loaded = load_with_views(run_dir)
    assert list(loaded) == ["articles", "officials", "persons", "dates", "documents", "figures", *VIEWS]
    assert len(loaded["figures_with_article"]) == len(loaded["figures"]) > 0


def test_views_of_empty_tables_are_empty_with_their_columns(tables: dict[str, pd.DataFrame]) -> None:
    empty = {name: df.iloc[0:0] for name, df in tables.items()}
    for name, view in joined_views(empty).items():
        assert len(view) == 0 and "article_language" in view.columns, name


def test_duckdb_holds_the_tables_and_the_views(run_dir: Path, tables: dict[str, pd.DataFrame],
                                               tmp_path: Path) -> None:
    duckdb = needs("duckdb")
    from newsextract.pipeline.duckdb_writer import write_duckdb

    path = write_duckdb(run_dir, tmp_path / "run.duckdb")
    assert path == tmp_path / "run.duckdb" and not list(tmp_path.glob("*.partial"))
    con = duckdb.connect(str(path), read_only=True)
    try:
        for name, df in tables.items():
            assert con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] == len(df), name
        # List columns stay lists, not strings.
        titles = con.execute("SELECT titles FROM officials WHERE len(titles) > 0 LIMIT 1").fetchone()[0]
        assert isinstance(titles, list) and titles and all(isinstance(t, str) for t in titles)
        # Each SQL view has the pandas view's columns and rows.
        for name, expected in joined_views(tables).items():
            got = con.execute(f'SELECT * FROM "{name}"').df()
            assert list(got.columns) == list(expected.columns), name
            assert len(got) == len(expected), name
            keys = ["article_id", "char_start", "char_end"]
            got = got.sort_values(keys).reset_index(drop=True)
            expected = expected.sort_values(keys).reset_index(drop=True)
            for column in ("article_id", "url", "published", "article_title", "article_language"):
                assert list(got[column].astype(object)) == list(expected[column].astype(object)), (name, column)
        # A question answered by the database alone: officials per language, with the article's url.
        per_language = dict(con.execute(
            "SELECT article_language, count(DISTINCT url) FROM officials_with_article GROUP BY ALL").fetchall())
        assert per_language == {"ar": 1, "el": 1, "vi": 1}
        assert con.execute("SELECT count(*) FROM dates_with_article WHERE url LIKE '%duplicate%'").fetchone()[0] == 0
    finally:
        con.close()


def test_duckdb_default_path_and_rebuild_replaces_the_file(run_dir: Path) -> None:
    duckdb = needs("duckdb")
    from newsextract.pipeline.duckdb_writer import DUCKDB_FILE, write_duckdb

    first = write_duckdb(run_dir)
    assert first == run_dir / DUCKDB_FILE
    second = write_duckdb(run_dir)  # a second write must not fail on the existing tables
    con = duckdb.connect(str(second), read_only=True)
    try:
        names = {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    finally:
        con.close()
    assert names == {"articles", "officials", "persons", "dates", "documents", "figures", *VIEWS}


def test_duckdb_reads_a_run_whose_folder_name_has_a_quote(run_dir: Path, tmp_path: Path) -> None:
    duckdb = needs("duckdb")
    import shutil

    from newsextract.pipeline.duckdb_writer import write_duckdb

    quoted = tmp_path / "it's a run"
    shutil.copytree(run_dir, quoted)
    con = duckdb.connect(str(write_duckdb(quoted)), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == len(RECORDS)
    finally:
        con.close()


def test_duckdb_refuses_a_folder_that_is_not_a_run(tmp_path: Path) -> None:
    needs("duckdb")
    from newsextract.pipeline.duckdb_writer import write_duckdb

    with pytest.raises(FileNotFoundError, match="newsextract extract"):
        write_duckdb(tmp_path)
    assert not list(tmp_path.iterdir())


# -- the end-of-run report ------------------------------------------------------------------------

def _write_run(folder: Path, rows: dict[str, list[dict]]) -> Path:
    import pyarrow.parquet as pq

    from newsextract.pipeline.tables import TABLES, to_arrow

    folder.mkdir()
    for name in TABLES:
        pq.write_table(to_arrow(name, rows.get(name, [])), folder / f"{name}.parquet")
    return folder


def test_run_summary_counts_per_table_and_language_and_lists_failures(tmp_path: Path) -> None:
    from newsextract.summary import format_run_summary

    articles = ([{"article_id": f"ar-{i}", "language": "ar", "status": "ok"} for i in range(3)]
                + [{"article_id": "el-0", "language": "el", "status": "ok"}]
                + [{"article_id": f"bad-{i}", "language": "vi", "status": "error", "error": f"extractor dates failed: {i}"}
                   for i in range(7)]
                + [{"article_id": "ar-0", "language": "und", "status": "skipped",
                    "error": "duplicate article_id (first read from a.jsonl:1)"},
                   {"article_id": "ar-1", "language": "und", "status": "skipped",
                    "error": "duplicate article_id (first read from a.jsonl:2)"},
                   {"article_id": "en-0", "language": "en", "status": "skipped",
                    "error": "language 'en' is not supported (supported: ar, el, vi)"}])
    rows = {"articles": articles,
            "officials": [{"article_id": "ar-0", "language": "ar"}] * 2 + [{"article_id": "el-0", "language": "el"}],
            "dates": [{"article_id": "el-0", "language": "el"}] * 5,
            "persons": [{"person_id": "p1"}, {"person_id": "p2"}]}
    out = _write_run(tmp_path / "my run", rows)
    report = format_run_summary(out, seconds=12.34, max_listed=5)
    lines = report.splitlines()
    assert lines[0] == f"14 articles extracted to {out} in 12.3 s"
    table = {line.split()[0]: line.split()[1:] for line in lines[2:9]}
    assert lines[2].split() == ["articles", "officials", "dates", "documents", "figures"]
    for label, expected in [("ar", ["3", "2", "0", "0", "0"]), ("el", ["1", "1", "5", "0", "0"]),
                            ("en", ["1", "0", "0", "0", "0"]), ("und", ["2", "0", "0", "0", "0"]),
                            ("vi", ["7", "0", "0", "0", "0"]), ("total", ["14", "3", "5", "0", "0"])]:
        assert table[label] == expected, label
    assert "persons (linked across articles): 2" in report
    assert "status: ok=4, error=7, skipped=3" in report
    assert "errors (7):" in report and "  bad-0: extractor dates failed: 0" in report
    assert "bad-4" in report and "bad-5" not in report and "... and 2 more" in report
    assert "skipped (3):" in report
    assert "       2  duplicate article_id" in report and "       1  language 'en' is not supported" in report
    # The commands to look at the run, with the folder quoted for a shell.
    assert f"  newsextract review '{out}' --html '{out / 'review.html'}'" in report
    assert f"  newsextract summary '{out}'" in report


def test_run_summary_of_a_clean_run_has_no_failure_lines(run_dir: Path) -> None:
    from newsextract.summary import format_run_summary

    report = format_run_summary(run_dir)
    assert report.splitlines()[0] == f"4 articles extracted to {run_dir}"
    assert "errors (" not in report and "skipped (1):" in report and "1  duplicate article_id" in report
    assert f"newsextract review {run_dir} --html {run_dir / 'review.html'}" in report


def test_summary_counts_documents_by_document_id() -> None:
    from newsextract.pipeline.tables import SCHEMAS, to_arrow, to_pandas
    from newsextract.summary import summarize

    documents = [{"article_id": "a", "type": "resolution", "document_id": "doc_1"},
                 {"article_id": "b", "type": "resolution", "document_id": "doc_2"},
                 {"article_id": "a", "type": "plan", "number": "45", "code": "45-KH/TU", "document_id": "doc_3"},
                 {"article_id": "b", "type": "plan", "number": "45", "code": "45-KH/TU", "document_id": "doc_3"}]
    tables = {name: to_pandas(name, to_arrow(name, documents if name == "documents" else []))
              for name in SCHEMAS}
    cited = summarize(tables).split("documents most cited:\n")[1].splitlines()
    assert [line.split() for line in cited] == [["45-KH/TU", "2"], ["resolution", "1"], ["resolution", "1"]]


def test_cli_writes_duckdb_and_review_page(tmp_path: Path, capsys) -> None:
    """`extract --duckdb` leaves a database that answers SQL; `review` writes the page it announces."""
    import duckdb

    from newsextract.cli import main

    text = tmp_path / "vi.txt"
    text.write_text("Ngày 16/4/2024, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, chủ trì hội nghị. "
                    "Tổng thu ngân sách đạt 1.250 tỷ đồng, tăng 12%.", encoding="utf-8")
    out = tmp_path / "run"
    assert main(["extract", str(text), "--out", str(out), "--duckdb"]) == 0
    assert "newsextract review" in capsys.readouterr().err
    with duckdb.connect(str(out / "newsextract.duckdb"), read_only=True) as con:
        n = con.execute("SELECT count(*) FROM figures_with_article WHERE article_language = 'vi'").fetchone()[0]
    assert n >= 2
    assert main(["review", str(out)]) == 0
    page = (out / "review.html").read_text(encoding="utf-8")
    assert "Nguyễn Văn An" in page
    import newsextract
    assert "officials_with_article" in newsextract.load(out)
