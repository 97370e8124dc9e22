"""Orchestration: records → cleaned text → language → spaCy Doc → rows of the six tables.

One article flows one way and is processed independently of the others, so articles can
be spread over worker processes or a Dask cluster; what spans articles (``person_id``, the
``persons`` table) is computed once, after extraction, in :mod:`newsextract.pipeline.linking`.
A failure inside one article becomes that article's ``status=error`` row, an article over its
time budget a ``status=skipped`` row; the run goes on. Parts, resume and assembly are
:mod:`newsextract.pipeline.engine`'s.
"""
from __future__ import annotations

import functools
import gc
import signal
import sys
import threading
import time
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Mapping, Sequence

import pandas as pd
import pyarrow as pa

from ..extractors.base import DOC_TEXT, FIELDS, get_records
from ..resources import SUPPORTED_LANGUAGES
from .clean import clean
from .defaults import DEFAULT_PART_SIZE, DEFAULT_RECORD_TIMEOUT, ENGINES
from .engine import (PartCounts, RunFolder, RunInterrupted, RunOptions, batches, link_parts, numbered,
                     part_tables, progress_bar, interrupts_raise, run_local)
from .ingest import DEFAULT_MAX_RECORD_BYTES, Record, UsageError, iter_records, record_from_mapping
from .langid import identify_language
from .tables import TABLES, to_arrow, to_pandas

# Texts longer than this are extracted in windows (spaCy's own limit is 1,000,000 characters).
WINDOW_CHARS = 200_000


@dataclass
class ArticleRows:
    """Rows one article contributes to each per-article table."""

    article: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


@dataclass
class RunSummary(PartCounts):
    """What a run did: the counts of all its parts, and the time taken."""

    seconds: float = 0.0
    out_dir: str | None = None
    resumed_articles: int = 0
    engine: str = "local"

    def add(self, counts: PartCounts) -> None:
        """Add one part's counts."""
        self.articles += counts.articles
        for target, source in ((self.status, counts.status), (self.languages, counts.languages),
                               (self.rows, counts.rows)):
            for key, n in source.items():
                target[key] = target.get(key, 0) + n

    @property
    def failed(self) -> int:
        return self.status.get("error", 0)

    def as_dict(self) -> dict[str, Any]:
        return {"articles": self.articles, "status": self.status, "languages": self.languages,
                "rows": self.rows, "seconds": round(self.seconds, 3), "engine": self.engine,
                "resumed_articles": self.resumed_articles}

    def format(self) -> str:
        """A short human summary, printed at the end of ``newsextract extract``."""
        new = self.articles - self.resumed_articles
        rate = new / self.seconds if self.seconds else 0.0
        parts = [f"{self.articles} articles in {self.seconds:.1f}s ({rate:.1f} articles/s)"
                 + (f", {self.resumed_articles} of them from the run resumed" if self.resumed_articles else ""),
                 "status: " + ", ".join(f"{k}={v}" for k, v in sorted(self.status.items())),
                 "languages: " + ", ".join(f"{k}={v}" for k, v in sorted(self.languages.items())),
                 "rows: " + ", ".join(f"{k}={self.rows.get(k, 0)}" for k in TABLES if k != "articles")]
        if self.failed:
            parts.append(f"{self.failed} articles failed: see articles.status/error")
        skipped = self.status.get("skipped", 0)
        if skipped:
            parts.append(f"{skipped} articles skipped: see articles.status/error")
        if self.out_dir:
            parts.append(f"tables written to {self.out_dir}")
        return "\n".join(parts)


def process_record(record: Record, language: str | None = None,
                   record_timeout: float | None = DEFAULT_RECORD_TIMEOUT) -> ArticleRows:
    """Clean, identify and extract one record; never raises (errors become the row's status).

    ``record_timeout`` is the time budget in seconds per 100,000 characters (at least one such
    unit per record): a record that exceeds it becomes ``status=skipped`` with the reason.
    """
    result = record_rows(record)
    article = result.article
    if not record.ok:
        return result
    budget = None
    if record_timeout:
        budget = record_timeout * max(1.0, len(record.text or "") / 100_000)
    try:
        with time_budget(budget):
            cleaned = clean(record.text or "")
            article.update(text=cleaned.text, n_chars=len(cleaned.text), authors=cleaned.authors,
                           url=record.url or cleaned.url)
            guess = identify_language(cleaned.text, hint=language or record.language)
            article.update(language=guess.lang, language_score=guess.score)
        if not cleaned.text.strip():
            article.update(status="skipped", error="no text left after removing page furniture")
        elif guess.lang not in SUPPORTED_LANGUAGES:
            article.update(status="skipped", error=f"language {guess.lang!r} is not supported "
                                                   f"(supported: {', '.join(SUPPORTED_LANGUAGES)})")
        else:
            prepare_language(guess.lang)  # once per process, outside any record's budget
            with time_budget(budget):
                result.rows, errors = extract_rows(cleaned.text, guess.lang, record.article_id,
                                                   record.published)
            if errors:
                article.update(status="error", error="extractor failed: " + "; ".join(errors))
    except RecordTimeout:
        article.update(status="skipped", error=f"extraction took longer than the time budget of {budget:.1f}s "
                                               f"(--record-timeout {record_timeout:g}s per 100,000 characters)")
        result.rows = {name: [] for name in FIELDS}
    except Exception as exc:  # one article's failure must not stop the run
        article.update(status="error", error=f"{type(exc).__name__}: {exc} "
                                            f"[{traceback.extract_tb(exc.__traceback__)[-1].name}]")
        result.rows = {name: [] for name in FIELDS}
    return result


# A short text with a date, a percentage and a number: running it once makes every component
# load its language data (grammars, lexicons, gazetteers), whatever the language.
WARM_UP_TEXT = "1/1/2024 10% 2024."


@functools.lru_cache(maxsize=None)
def prepare_language(lang: str) -> None:
    """Build ``lang``'s pipeline and load its data once per process, so that the first article of
    a language is not charged seconds of start-up against its time budget (on a loaded machine
    that start-up alone can exceed it)."""
    from ..extractors import prepare_extractors

    with collector_paused():
        prepare_extractors(lang)
        extract_rows(WARM_UP_TEXT, lang, "warm-up")


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block without the cycle collector (as it was before, after).

    Why: loading a language allocates hundreds of thousands of objects that live as long as
    the process; each time they pass the collector's thresholds it walks everything alive (the
    other languages, spaCy) and finds next to no garbage: four full collections took a fifth
    of loading the three languages. The runs collect once after loading anyway, before they
    freeze what is loaded or fork their workers."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def record_rows(record: Record) -> ArticleRows:
    """The ``articles`` row of a record as read (status and reason from ingest), no field rows yet."""
    article: dict[str, Any] = {
        "article_id": record.article_id, "source": record.source, "language": "und", "language_score": 0.0,
        "url": record.url, "authors": [], "n_chars": 0, "status": record.status, "error": record.error,
        "title": record.title, "published": record.published, "encoding": record.encoding, "text": None,
        "repairs": list(getattr(record, "repairs", None) or []),
    }
    return ArticleRows(article=article, rows={name: [] for name in FIELDS})


def failed_record(record: Record, reason: str) -> ArticleRows:
    """The rows of a record whose extraction failed outside :func:`process_record`: an error row."""
    result = record_rows(record)
    result.article.update(status="error", error=reason)
    return result


class RecordTimeout(Exception):
    """One record's extraction exceeded its time budget."""


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise :class:`RecordTimeout` in the block after ``seconds`` (main thread of a Unix process only).

    Elsewhere (a thread of a Dask worker, Windows) the block runs without a budget.
    """
    usable = (seconds is not None and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise RecordTimeout()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_rows(text: str, lang: str, article_id: str,
                 published: str | None = None) -> tuple[dict[str, list[dict]], list[str]]:
    """Run the language's pipeline on cleaned text: rows per field table, and extractor failures.

    A text longer than :data:`WINDOW_CHARS` is read in windows cut at paragraph ends (else at
    sentence ends, else at spaces), each window's offsets moved back into the whole text; one
    person named in several windows stays one officials row.
    """
    rows: dict[str, list[dict]] = {name: [] for name in FIELDS}
    errors: list[str] = []
    for offset, window in text_windows(text, WINDOW_CHARS):
        window_rows, window_errors = _extract_window(window, lang, article_id, published)
        errors += window_errors
        for name in FIELDS:
            for row in window_rows[name]:
                if offset:
                    row["char_start"] += offset
                    row["char_end"] += offset
                rows[name].append(row)
    if len(rows["officials"]) > 1 and len(text) > WINDOW_CHARS:
        rows["officials"] = _merge_officials(rows["officials"])
    return rows, errors


def _extract_window(text: str, lang: str, article_id: str,
                    published: str | None) -> tuple[dict[str, list[dict]], list[str]]:
    from ..extractors import extraction_errors
    from .nlp import load_pipeline

    nlp = load_pipeline(lang)
    doc = nlp.make_doc(text)
    doc.user_data[DOC_TEXT] = text   # the tokenizer keeps the text exactly; no need to join it again
    doc._.article = {"article_id": article_id, "published": published, "language": lang}
    doc = nlp(doc)
    rows = {name: [{**record, "article_id": article_id, "language": lang} for record in get_records(doc, name)]
            for name in FIELDS}
    return rows, extraction_errors(doc)


def text_windows(text: str, size: int) -> Iterator[tuple[int, str]]:
    """``(offset, window)`` pieces of at most ``size`` characters, cut at the latest natural break."""
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = -1
        for breaker in ("\n", ". ", " "):
            cut = text.rfind(breaker, start + size // 2, end)
            if cut != -1:
                cut += len(breaker)
                break
        if cut == -1:
            cut = end
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


def _merge_officials(rows: list[dict]) -> list[dict]:
    """One row per person of a windowed article: later windows add titles, roles and mentions."""
    merged: dict[tuple[Any, Any], dict] = {}
    for row in rows:
        key = (row.get("name_key") or row.get("romanized"), row.get("romanized"))
        first = merged.get(key)
        if first is None:
            merged[key] = row
            continue
        for column in ("titles", "roles", "group_titles"):
            values = list(first.get(column) or [])
            values += [v for v in row.get(column) or [] if v not in values]
            first[column] = values
        positions = list(first.get("positions") or [])
        first["positions"] = positions + [p for p in row.get("positions") or [] if p not in positions]
        first["mentions"] = int(first.get("mentions") or 1) + int(row.get("mentions") or 1)
    return list(merged.values())


def extract_to(inputs: Sequence[str | Path], out_dir: str | Path, fmt: str | None = None,
               language: str | None = None, workers: int = 1,
               max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES, progress: bool | None = None,
               stdin: IO[bytes] | None = None, part_size: int | None = None, resume: bool = False,
               overwrite: bool = False, record_timeout: float | None = DEFAULT_RECORD_TIMEOUT,
               engine: str = "local", scheduler: str | None = None,
               ner_backend: str | None = None, ner_model: str | None = None) -> RunSummary:
    """Extract every article of ``inputs`` and write the six tables to ``out_dir``.

    Records are extracted in parts written as they finish, so memory stays flat on dumps of
    millions of articles and a run stopped at any moment continues with ``resume=True``.
    An ``out_dir`` that holds a run is refused unless ``resume`` or ``overwrite`` is given.
    ``engine="dask"`` extracts the parts on a Dask cluster (``scheduler`` address, or a local
    cluster of ``workers`` processes). Progress goes to stderr when it is a terminal.
    """
    started = time.perf_counter()
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
    if resume and overwrite:
        raise UsageError("--resume and --overwrite exclude each other: continue the run, or replace it")
    if progress is None:
        progress = sys.stderr.isatty()
    options = RunOptions(inputs=[str(i) if str(i) == "-" else str(Path(i).resolve()) for i in inputs],
                         fmt=fmt, language=language, max_record_bytes=max_record_bytes,
                         part_size=part_size or DEFAULT_PART_SIZE, record_timeout=record_timeout,
                         ner_backend=ner_backend, ner_model=ner_model)
    summary = RunSummary(out_dir=str(out_dir), engine=engine)
    records = iter_records(inputs, fmt=fmt, max_record_bytes=max_record_bytes, stdin=stdin)
    first = next(records, None)  # surface usage errors (missing input) before touching out_dir
    folder = RunFolder(out_dir)
    if resume and folder.is_complete():
        folder.remove_leftover_parts()
        summary.__dict__.update(_completed_summary(folder))
        summary.resumed_articles = summary.articles
        return summary
    done = folder.prepare(options, resume=resume, overwrite=overwrite)
    for part in sorted(done):
        summary.add(folder.counts(part))
    summary.resumed_articles = summary.articles
    stream = records if first is None else _chain(first, records)
    items = numbered(stream, options.part_size, done)
    bar = progress_bar(progress, sys.stderr, initial=summary.articles)
    try:
        with interrupts_raise():
            if engine == "dask":
                from .dask_engine import run_dask
                written = run_dask(batches(items, options.part_size), folder, options, workers=workers,
                                   scheduler=scheduler, on_part=bar.update if bar is not None else None)
            else:
                written = run_local(items, folder, options, workers,
                                    on_articles=bar.update if bar is not None else None)
    finally:
        if bar is not None:
            bar.close()
    for counts in written:
        summary.add(counts)
    summary.seconds = time.perf_counter() - started
    summary.rows["persons"] = folder.assemble(summary.as_dict())
    return summary


def _completed_summary(folder: RunFolder) -> dict[str, Any]:
    import json

    data = json.loads((folder.out / "_run.json").read_text(encoding="utf-8"))
    rows = dict(data.get("rows") or {})
    rows["persons"] = data.get("persons", rows.get("persons", 0))
    return {"articles": data.get("articles", 0), "status": data.get("status") or {},
            "languages": data.get("languages") or {}, "rows": rows, "seconds": 0.0}


def _chain(first: Record, rest: Iterator[Record]) -> Iterator[Record]:
    yield first
    yield from rest


def extract(texts_or_records: Iterable[str | Mapping[str, Any]] | pd.DataFrame | str,
            language: str | None = None, published: str | None = None,
            record_timeout: float | None = DEFAULT_RECORD_TIMEOUT) -> dict[str, pd.DataFrame]:
    """Extract from texts or records in memory; returns the six tables as DataFrames.

    Accepts a string, a list of strings (ids ``0``, ``1``, ...), a list of dicts with ``id``
    and ``text`` (and optional ``url``, ``title``, ``published``, ``language``), or a
    DataFrame with those columns. ``language`` forces the language of every article;
    ``published`` gives every article without its own date this publication date. The rows
    are those :func:`extract_to` writes for the same records (one linking step serves both).
    """
    if isinstance(texts_or_records, str):
        texts_or_records = [texts_or_records]
    if isinstance(texts_or_records, pd.DataFrame):
        texts_or_records = texts_or_records.to_dict("records")
    records = []
    for i, item in enumerate(texts_or_records):
        obj = {"id": str(i), "text": item} if isinstance(item, str) else dict(item)
        if published and not obj.get("published"):
            obj["published"] = published
        records.append(record_from_mapping(obj, source=f"<input {i}>", fallback_id=str(i)))
    results = [process_record(record, language, record_timeout=record_timeout)
               for _, record in numbered(records, part_size=max(1, len(records)), done=set())]
    tables = part_tables(results)
    linked: list[pa.Table] = []
    tables["persons"] = link_parts([tables["officials"]], lambda table, columns=None:
                                   table.select(columns) if columns else table, linked.append)
    tables["officials"] = pa.concat_tables(linked)
    return {name: to_pandas(name, tables[name]) for name in TABLES}


__all__ = ["extract", "extract_to", "process_record", "RunSummary", "RunInterrupted", "to_arrow"]
