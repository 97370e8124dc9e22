"""Joined views (pandas) and the DuckDB file: same rows as the fact tables, the article's columns beside them."""
from __future__ import annotations

import importlib
import json
import os
from pathlib import Path
from types import ModuleType

import pandas as pd
import pytest

from conftest import SAMPLE

from newsextract import load
from newsextract.pipeline.run import extract_to
from newsextract.views import VIEWS, joined_views


def needs(module: str) -> ModuleType:
    """An optional module of the ``analysis`` extra: skip without it, but fail under CI."""
    try:
        return importlib.import_module(module)
    except ImportError:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{module} is missing: CI installs the 'analysis' extra")
        pytest.skip(f"{module} not installed (pip install 'newsextract[analysis]')")


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
    folder = tmp_path_factory.mktemp("views")
    source = folder / "records.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    extract_to([source], folder / "run", progress=False)
    return folder / "run"


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


def test_duckdb_refuses_a_folder_that_is_not_a_run(tmp_path: Path) -> None:
    needs("duckdb")
    from newsextract.pipeline.duckdb_writer import write_duckdb

    with pytest.raises(FileNotFoundError, match="newsextract extract"):
        write_duckdb(tmp_path)
    assert not list(tmp_path.iterdir())
