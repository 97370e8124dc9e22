"""The run engine: resumable after SIGKILL or SIGINT, atomic, deterministic, isolated records, Dask.

Runs are compared as canonical tables (every row of every table, sorted; ``source`` left out
since it names the file a record came from), so "the same tables" means row for row,
``person_id`` and ``document_id`` included.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Iterator

import pyarrow.parquet as pq
import pytest

import newsextract
from newsextract.cli import main
from newsextract.pipeline.ingest import Record, UsageError
from newsextract.pipeline.run import extract_to, text_windows
from newsextract.pipeline.tables import TABLES

REPO = Path(__file__).resolve().parents[1]
CORPORA = [REPO / "newsextract" / "corpora" / "sample" / "texts", REPO / "newsextract" / "corpora" / "dev" / "texts"]
SURROGATE_LINE = '{"id": "bad-surrogate", "text": "Ngày 16/4/2024 \\ud800 hội nghị.", "title": "t\\udfff"}'


def _paragraphs() -> list[str]:
    """Short articles: the first paragraphs of the project's own corpora (all three languages)."""
    out = []
    for folder in CORPORA:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            out.append("\n".join(text.split("\n")[:3])[:600])
    return out


def write_dump(path: Path, n: int, surrogate_at: int | None = None) -> Path:
    """A JSONL dump of ``n`` records with distinct ids; one lone-surrogate record where asked."""
    paragraphs = _paragraphs()
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            if i == surrogate_at:
                fh.write(SURROGATE_LINE + "\n")
                continue
            fh.write(json.dumps({"id": f"a{i:05d}", "text": paragraphs[i % len(paragraphs)]},
                                ensure_ascii=False) + "\n")
    return path


def canonical(out: Path) -> dict[str, list[str]]:
    tables = {}
    for name in TABLES:
        rows = pq.read_table(out / f"{name}.parquet").to_pylist()
        for row in rows:
            row.pop("source", None)
        tables[name] = sorted(json.dumps(r, ensure_ascii=False, sort_keys=True, default=str) for r in rows)
    return tables


def in_memory_canonical(tables: dict[str, Any]) -> dict[str, list[str]]:
    """The DataFrames of :func:`newsextract.extract` in the form of :func:`canonical`."""
    import pandas as pd
    import pyarrow as pa

    from newsextract.pipeline.tables import SCHEMAS

    out = {}
    for name, df in tables.items():
        df = df.copy()
        for column in df.columns:
            if isinstance(df[column].dtype, pd.CategoricalDtype):
                df[column] = df[column].astype(object)
        rows = pa.Table.from_pandas(df, schema=SCHEMAS[name], preserve_index=False).to_pylist()
        for row in rows:
            row.pop("source", None)
        out[name] = sorted(json.dumps(r, ensure_ascii=False, sort_keys=True, default=str) for r in rows)
    return out


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsextract", "extract", *args]


def _wait_for(predicate, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the run")
        time.sleep(0.02)


def _done_parts(out: Path) -> int:
    done = out / "_parts" / "done"
    return len(list(done.glob("part-*.json"))) if done.is_dir() else 0


@pytest.fixture(scope="module")
def dump_1500(tmp_path_factory) -> Path:
    return write_dump(tmp_path_factory.mktemp("dump") / "dump.jsonl", 1500, surrogate_at=700)


@pytest.fixture(scope="module")
def clean_1500(dump_1500: Path, tmp_path_factory) -> dict[str, list[str]]:
    out = tmp_path_factory.mktemp("clean") / "out"
    extract_to([dump_1500], out, part_size=50, progress=False)
    return canonical(out)


def test_clean_run_keeps_every_record_around_a_surrogate(clean_1500: dict[str, list[str]]) -> None:
    articles = [json.loads(r) for r in clean_1500["articles"]]
    assert len(articles) == 1500
    by_id = {a["article_id"]: a for a in articles}
    assert by_id["a00699"]["status"] == "ok" and by_id["a00701"]["status"] == "ok"
    bad = by_id["bad-surrogate"]
    assert "\ud800" not in (bad["text"] or "") and "\udfff" not in (bad["title"] or "")
    assert sum(a["status"] == "ok" for a in articles) >= 1499


def test_sigkill_halfway_then_resume_gives_the_clean_tables(dump_1500: Path, clean_1500: dict,
                                                           tmp_path: Path) -> None:
    out = tmp_path / "out"
    kill_after_parts = 15   # of 30
    proc = subprocess.Popen(cli(str(dump_1500), "--out", str(out), "--part-size", "50", "--quiet"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_for(lambda: _done_parts(out) >= kill_after_parts or proc.poll() is not None)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    assert not (out / "articles.parquet").exists()
    with pytest.raises(FileNotFoundError, match="--resume"):
        newsextract.load(out)
    # Without --resume the folder is refused, naming both ways out.
    refused = subprocess.run(cli(str(dump_1500), "--out", str(out), "--part-size", "50", "--quiet"),
                             capture_output=True, text=True)
    assert refused.returncode == 2 and "--resume" in refused.stderr and "--overwrite" in refused.stderr
    resumed = subprocess.run(cli(str(dump_1500), "--out", str(out), "--part-size", "50", "--resume"),
                             capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert "from the run resumed" in resumed.stderr
    assert canonical(out) == clean_1500
    assert not list(out.rglob("*.tmp")) and not (out / "_parts").exists()


def test_sigkill_at_several_moments_never_loses_or_doubles_a_row(tmp_path: Path) -> None:
    dump = write_dump(tmp_path / "dump.jsonl", 160)
    clean_out = tmp_path / "clean"
    extract_to([dump], clean_out, part_size=10, progress=False)
    clean = canonical(clean_out)
    out = tmp_path / "out"
    for delay in (0.0, 0.5, 1.0, 1.5, 2.5):   # before the first part, between parts, during assembly
        proc = subprocess.Popen(cli(str(dump), "--out", str(out), "--part-size", "10", "--quiet", "--resume"),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.kill()
        proc.wait()
    final = subprocess.run(cli(str(dump), "--out", str(out), "--part-size", "10", "--quiet", "--resume"),
                           capture_output=True, text=True)
    assert final.returncode == 0, final.stderr
    assert canonical(out) == clean


def test_sigint_stops_cleanly_and_leaves_a_resumable_run(tmp_path: Path) -> None:
    dump = write_dump(tmp_path / "dump.jsonl", 160)
    out = tmp_path / "out"
    proc = subprocess.Popen(cli(str(dump), "--out", str(out), "--part-size", "10", "--workers", "2"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    _wait_for(lambda: _done_parts(out) >= 2 or proc.poll() is not None)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "--resume" in err
    assert (out / "_parts").is_dir() and not (out / "articles.parquet").exists()
    assert main(["extract", str(dump), "--out", str(out), "--part-size", "10", "--quiet", "--resume"]) == 0
    clean = tmp_path / "clean"
    extract_to([dump], clean, part_size=10, progress=False)
    assert canonical(out) == canonical(clean)


def test_an_existing_run_is_refused_unless_resume_or_overwrite(tmp_path: Path, capsys) -> None:
    dump = write_dump(tmp_path / "dump.jsonl", 6)
    out = tmp_path / "out"
    assert main(["extract", str(dump), "--out", str(out), "--quiet"]) == 0
    first = canonical(out)
    assert main(["extract", str(dump), "--out", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "--resume" in err and "--overwrite" in err
    assert main(["extract", str(dump), "--out", str(out), "--quiet", "--resume"]) == 0   # complete: nothing to do
    (out / "notes.txt").write_text("an analyst's file", encoding="utf-8")
    assert main(["extract", str(dump), "--out", str(out), "--quiet", "--overwrite"]) == 0
    assert canonical(out) == first and (out / "notes.txt").exists()
    assert main(["extract", str(dump), "--out", str(out), "--quiet", "--resume", "--overwrite"]) == 2


def test_resume_with_other_options_is_refused(tmp_path: Path) -> None:
    dump = write_dump(tmp_path / "dump.jsonl", 30)
    out = tmp_path / "out"
    proc = subprocess.Popen(cli(str(dump), "--out", str(out), "--part-size", "5", "--quiet"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_for(lambda: _done_parts(out) >= 1 or proc.poll() is not None)
    proc.kill()
    proc.wait()
    if proc.returncode != -signal.SIGKILL:
        pytest.skip("the run finished before it could be killed")
    with pytest.raises(UsageError, match="part_size"):
        extract_to([dump], out, part_size=7, resume=True, progress=False)


@pytest.mark.parametrize("field", ["id", "text", "title", "url", "published", "language"])
def test_a_lone_surrogate_in_any_field_sinks_nothing(tmp_path: Path, field: str) -> None:
    good = {"id": "good", "text": "Ngày 16/4/2024, tổng thu ngân sách đạt 1.250 tỷ đồng, tăng 12%."}
    bad = {"id": "bad", "text": "Ngày 17/4/2024 hội nghị tổng kết.", "title": "t", "url": "https://x.org/a",
           "published": "2024-04-17", "language": "vi"}
    line = json.dumps(bad, ensure_ascii=False).replace(
        json.dumps(bad[field], ensure_ascii=False), json.dumps(bad[field], ensure_ascii=False)[:-1] + '\\ud800"', 1)
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps(good, ensure_ascii=False) + "\n" + line + "\n"
                    + json.dumps({**good, "id": "after"}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(dump), "--out", str(out), "--quiet"]) == 0
    tables = newsextract.load(out)
    articles = tables["articles"].set_index("article_id")
    assert articles.loc["good", "status"] == "ok" and articles.loc["after", "status"] == "ok"
    assert len(articles) == 3
    assert set(tables["figures"]["article_id"]) >= {"good", "after"}
    assert not list(out.rglob("*.tmp"))


def test_one_person_has_one_id_in_memory_and_streamed(tmp_path: Path) -> None:
    texts = ["Đồng chí Nguyễn Văn Thành, Bí thư Tỉnh ủy, chủ trì hội nghị.",
             "وقال الرفيق نغوين فان ثانه، أمين لجنة الحزب الإقليمية، إن العمل جيد.",
             "Ο σύντροφος Νγκουγιέν Βαν Ταν, Γραμματέας της Επαρχιακής Επιτροπής, προήδρευσε."]
    memory = newsextract.extract(texts)
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    extract_to([folder], tmp_path / "out", progress=False)
    streamed = newsextract.load(tmp_path / "out")
    assert (sorted(memory["officials"]["person_id"]) == sorted(streamed["officials"]["person_id"]))
    assert memory["persons"]["person_id"].tolist() == streamed["persons"]["person_id"].tolist()


def test_workers_and_in_memory_give_identical_tables(tmp_path: Path) -> None:
    dump = write_dump(tmp_path / "dump.jsonl", 90)
    extract_to([dump], tmp_path / "one", workers=1, part_size=16, progress=False)
    extract_to([dump], tmp_path / "two", workers=2, part_size=7, progress=False)
    one, two = canonical(tmp_path / "one"), canonical(tmp_path / "two")
    assert one == two
    records = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()]
    memory = in_memory_canonical(newsextract.extract(records))
    # Row for row, but for where the text came from: in memory there are no bytes to decode.
    assert {**memory, "articles": None} == {**one, "articles": None}
    assert memory["articles"] == [r.replace('"encoding": "utf-8"', '"encoding": null') for r in one["articles"]]


@pytest.mark.parametrize("text, size, pieces", [
    ("a" * 10, 20, ["a" * 10]),
    ("para one.\npara two.\npara three.", 22, ["para one.\npara two.\n", "para three."]),
    ("one. two. three. four.", 12, ["one. two. ", "three. four."]),
    ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),
])
def test_text_windows_cut_at_natural_breaks(text: str, size: int, pieces: list[str]) -> None:
    windows = list(text_windows(text, size))
    assert [w for _, w in windows] == pieces
    assert all(text[offset:offset + len(w)] == w for offset, w in windows)


def test_a_text_over_spacys_limit_is_extracted_in_windows(tmp_path: Path) -> None:
    filler = "Các ngành chức năng tiếp tục triển khai nhiệm vụ trọng tâm của địa phương. " * 12
    paragraph = "Ngày 16/4/2024, tổng thu ngân sách đạt 1.250 tỷ đồng, tăng 12% so với cùng kỳ. " + filler + "\n"
    text = paragraph * (1_100_000 // len(paragraph) + 1)
    assert len(text) > 1_000_000
    tables = newsextract.extract([{"id": "long", "text": text}], language="vi", record_timeout=None)
    article = tables["articles"].iloc[0]
    assert article["status"] == "ok", article["error"]
    clean = article["text"]
    figures = tables["figures"]
    assert (figures["value"] == 12).sum() == text.count(paragraph)
    assert all(clean[s:e] == t for s, e, t in zip(figures.char_start, figures.char_end, figures.text))


def test_a_record_over_its_time_budget_is_skipped_and_the_run_goes_on(tmp_path: Path) -> None:
    dump = write_dump(tmp_path / "dump.jsonl", 4)
    out = tmp_path / "out"
    summary = extract_to([dump], out, progress=False, record_timeout=1e-6)
    articles = newsextract.load(out)["articles"]
    assert (articles["status"] == "skipped").all()
    assert articles["error"].str.contains("time budget").all()
    assert summary.status == {"skipped": 4}


def test_dask_local_cluster_gives_the_clean_tables(dump_1500: Path, clean_1500: dict, tmp_path: Path) -> None:
    """A real LocalCluster with two worker processes, on the 1,500-article dump with its surrogate record."""
    pytest.importorskip("distributed")
    summary = extract_to([dump_1500], tmp_path / "dask", part_size=50, progress=False, engine="dask", workers=2)
    assert summary.engine == "dask" and summary.articles == 1500
    assert canonical(tmp_path / "dask") == clean_1500


def test_a_record_that_kills_its_worker_process_is_one_error_row(tmp_path: Path, monkeypatch) -> None:
    """Worker processes are forked, so they run this patched extraction; one record ends its process."""
    import newsextract.pipeline.run as run_module

    real = run_module.process_record

    def deadly(record, *args, **kwargs):
        if record.article_id == "a00007":
            os._exit(3)
        return real(record, *args, **kwargs)

    monkeypatch.setattr(run_module, "process_record", deadly)
    dump = write_dump(tmp_path / "dump.jsonl", 30)
    extract_to([dump], tmp_path / "out", workers=2, part_size=8, progress=False)
    articles = newsextract.load(tmp_path / "out")["articles"].set_index("article_id")
    assert len(articles) == 30
    assert articles.loc["a00007", "status"] == "error"
    assert "worker process died" in articles.loc["a00007", "error"]
    assert (articles.drop(index="a00007")["status"] == "ok").all()


def test_loading_a_language_is_not_charged_to_its_first_record(monkeypatch) -> None:
    """Start-up work (grammars, lexicons) runs outside the budget: a slow load on a busy machine
    must not turn the first article of a language into a skipped row."""
    from newsextract.extractors.dates import extractor as dates_extractor
    from newsextract.pipeline import run

    real_load = dates_extractor.load_grammar
    loaded: set[str] = set()

    def slow_load(lang: str):
        if lang not in loaded:  # the first load of a language is slow, later ones come from memory
            time.sleep(1.5)
            loaded.add(lang)
        return real_load(lang)

    monkeypatch.setattr(dates_extractor, "load_grammar", slow_load)
    run.prepare_language.cache_clear()
    try:
        result = run.process_record(Record(article_id="a1", source="t", text="Ngày 19/4/2024, tỉnh họp."),
                                    record_timeout=1.0)
    finally:
        run.prepare_language.cache_clear()
    assert result.article["status"] == "ok", result.article["error"]
    assert [d["value"] for d in result.rows["dates"]] == ["2024-04-19"]


@pytest.mark.parametrize("lang", ["ar", "el", "vi"])
def test_every_field_loads_its_language_data_ahead(monkeypatch, lang: str) -> None:
    import importlib

    from newsextract.extractors import FIELDS, prepare_extractors

    called: list[tuple[str, str]] = []
    for field in FIELDS:
        module = importlib.import_module(f"newsextract.extractors.{field}.extractor")
        real = module.prepare
        monkeypatch.setattr(module, "prepare", lambda lg, f=field, r=real: (called.append((f, lg)), r(lg)))
    prepare_extractors(lang)
    assert called == [(field, lang) for field in FIELDS]


@pytest.mark.parametrize("before, inside", [
    ((700, 10, 10), 20_000),       # Python's default: raised for the batch
    ((50_000, 10, 10), 50_000),    # a caller's higher setting is never lowered
])
def test_batch_collector_raises_the_young_threshold_and_restores_it(before: tuple[int, int, int],
                                                                    inside: int) -> None:
    import gc

    from newsextract.pipeline.engine import batch_collector

    saved = gc.get_threshold()
    gc.set_threshold(*before)
    try:
        with batch_collector():
            assert gc.get_threshold() == (inside, *before[1:])
        assert gc.get_threshold() == before
        with pytest.raises(RuntimeError):
            with batch_collector():
                raise RuntimeError("a failing batch")
        assert gc.get_threshold() == before
    finally:
        gc.set_threshold(*saved)


@pytest.mark.parametrize("enabled_before", [True, False])
def test_collector_is_paused_while_a_language_loads_and_restored(enabled_before: bool) -> None:
    import gc

    from newsextract.pipeline.run import collector_paused

    saved = gc.isenabled()
    (gc.enable if enabled_before else gc.disable)()
    try:
        with collector_paused():
            assert not gc.isenabled()
            with collector_paused():  # nested: still paused, and left paused for the outer block
                assert not gc.isenabled()
            assert not gc.isenabled()
        assert gc.isenabled() == enabled_before
        with pytest.raises(RuntimeError):
            with collector_paused():
                raise RuntimeError("a failing load")
        assert gc.isenabled() == enabled_before
    finally:
        (gc.enable if saved else gc.disable)()


@pytest.mark.parametrize("frozen_before, loads_language, frozen_inside", [
    (False, True, True),     # a language loaded during the run: its objects are frozen
    (False, False, False),   # nothing loaded: nothing frozen
    (True, True, False),     # the caller froze objects itself: left as it was
])
def test_freezing_loaded_languages_freezes_for_the_run_only(monkeypatch: pytest.MonkeyPatch, frozen_before: bool,
                                                            loads_language: bool, frozen_inside: bool) -> None:
    import gc

    from newsextract.pipeline import engine, run

    class FakeCache:
        """Stands for ``prepare_language``: how many languages are loaded."""
        size = 0

        def cache_info(self) -> Any:
            return type("Info", (), {"currsize": self.size})()

    cache = FakeCache()
    monkeypatch.setattr(run, "prepare_language", cache)

    def pieces() -> Iterator[str]:
        if loads_language:
            cache.size = 1
        yield "first"
        yield "second"

    assert gc.get_freeze_count() == 0
    if frozen_before:
        gc.freeze()
    try:
        seen = []
        for piece in engine.freezing_loaded_languages(pieces()):
            seen.append((piece, gc.get_freeze_count() > 0))
        assert [piece for piece, _ in seen] == ["first", "second"]
        assert seen[-1][1] == (frozen_inside or frozen_before)
        assert (gc.get_freeze_count() > 0) == frozen_before   # handed back when the run ends
    finally:
        gc.unfreeze()
