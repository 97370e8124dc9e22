"""Orchestration: records → cleaned text → language → spaCy Doc → rows of the six tables.

One article flows one way and is processed independently of the others, so articles can
be spread over worker processes; what spans articles (``person_id``, the ``persons``
table) is computed once, after extraction, in :mod:`newsextract.pipeline.linking`.
A failure inside one article becomes that article's ``status=error`` row; the run goes on.
"""
from __future__ import annotations

import multiprocessing
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Mapping, Sequence

import pandas as pd

from ..extractors.base import FIELDS, get_records
from ..resources import SUPPORTED_LANGUAGES
from .clean import clean
from .ingest import DEFAULT_MAX_RECORD_BYTES, Record, iter_records, record_from_mapping
from .langid import identify_language
from .tables import TABLES, to_arrow, to_pandas
from .writers import TableWriter


@dataclass
class ArticleRows:
    """Rows one article contributes to each per-article table."""

    article: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


@dataclass
class RunSummary:
    """What a run did: counts per status and language, rows per table, time taken."""

    articles: int = 0
    status: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    out_dir: str | None = None

    def add(self, result: ArticleRows) -> None:
        self.articles += 1
        status = result.article["status"]
        self.status[status] = self.status.get(status, 0) + 1
        lang = result.article.get("language") or "und"
        self.languages[lang] = self.languages.get(lang, 0) + 1
        for name, rows in result.rows.items():
            self.rows[name] = self.rows.get(name, 0) + len(rows)

    @property
    def failed(self) -> int:
        return self.status.get("error", 0)

    def format(self) -> str:
        """A short human summary, printed at the end of ``newsextract extract``."""
        rate = self.articles / self.seconds if self.seconds else 0.0
        parts = [f"{self.articles} articles in {self.seconds:.1f}s ({rate:.1f} articles/s)",
                 "status: " + ", ".join(f"{k}={v}" for k, v in sorted(self.status.items())),
                 "languages: " + ", ".join(f"{k}={v}" for k, v in sorted(self.languages.items())),
                 "rows: " + ", ".join(f"{k}={self.rows.get(k, 0)}" for k in TABLES if k != "articles")]
        if self.failed:
            parts.append(f"{self.failed} articles failed: see articles.status/error")
        if self.out_dir:
            parts.append(f"tables written to {self.out_dir}")
        return "\n".join(parts)


def process_record(record: Record, language: str | None = None) -> ArticleRows:
    """Clean, identify and extract one record; never raises (errors become the row's status)."""
    article: dict[str, Any] = {
        "article_id": record.article_id, "source": record.source, "language": "und", "language_score": 0.0,
        "url": record.url, "authors": [], "n_chars": 0, "status": record.status, "error": record.error,
        "title": record.title, "published": record.published, "encoding": record.encoding, "text": None,
    }
    result = ArticleRows(article=article, rows={name: [] for name in FIELDS})
    if not record.ok:
        return result
    try:
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
            result.rows, errors = extract_rows(cleaned.text, guess.lang, record.article_id, record.published)
            if errors:
                article.update(status="error", error="extractor failed: " + "; ".join(errors))
    except Exception as exc:  # one article's failure must not stop the run
        article.update(status="error", error=f"{type(exc).__name__}: {exc} "
                                            f"[{traceback.extract_tb(exc.__traceback__)[-1].name}]")
        result.rows = {name: [] for name in FIELDS}
    return result


def extract_rows(text: str, lang: str, article_id: str,
                 published: str | None = None) -> tuple[dict[str, list[dict]], list[str]]:
    """Run the language's pipeline on cleaned text: rows per field table, and extractor failures."""
    from ..extractors import extraction_errors
    from .nlp import load_pipeline

    nlp = load_pipeline(lang)
    doc = nlp.make_doc(text)
    doc._.article = {"article_id": article_id, "published": published, "language": lang}
    doc = nlp(doc)
    rows: dict[str, list[dict]] = {}
    for name in FIELDS:
        rows[name] = [{**record, "article_id": article_id, "language": lang} for record in get_records(doc, name)]
    return rows, extraction_errors(doc)


def _process_star(args: tuple[Record, str | None]) -> ArticleRows:
    return process_record(*args)


def process_all(records: Iterable[Record], language: str | None = None, workers: int = 1,
                chunksize: int = 8) -> Iterator[ArticleRows]:
    """Process records in order, in this process or in ``workers`` processes."""
    seen: dict[str, str] = {}

    def dedup(stream: Iterable[Record]) -> Iterator[tuple[Record, str | None]]:
        for record in stream:
            first = seen.get(record.article_id)
            if first is not None and record.ok:
                record.status, record.error = "skipped", f"duplicate article_id (first read from {first})"
            seen.setdefault(record.article_id, record.source)
            yield record, language

    if workers <= 1:
        for item in dedup(records):
            yield _process_star(item)
        return
    ctx = multiprocessing.get_context("spawn" if sys.platform == "darwin" else "fork")
    with ctx.Pool(workers) as pool:
        yield from pool.imap(_process_star, dedup(records), chunksize=chunksize)


def _progress(iterable: Iterable[ArticleRows], enabled: bool, stream: IO[str]) -> Iterable[ArticleRows]:
    if not enabled:
        return iterable
    from tqdm import tqdm
    return tqdm(iterable, desc="articles", unit=" art", file=stream, dynamic_ncols=True, mininterval=0.5)


def extract_to(inputs: Sequence[str | Path], out_dir: str | Path, fmt: str | None = None,
               language: str | None = None, workers: int = 1,
               max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES, progress: bool | None = None,
               stdin: IO[bytes] | None = None, flush_every: int = 2000) -> RunSummary:
    """Extract every article of ``inputs`` and write the six tables to ``out_dir``.

    Tables are streamed to Parquet in batches of ``flush_every`` articles, so memory stays
    flat on dumps of millions of articles. Progress goes to stderr when it is a terminal
    (or when ``progress=True``).
    """
    started = time.perf_counter()
    if progress is None:
        progress = sys.stderr.isatty()
    summary = RunSummary(out_dir=str(out_dir))
    records = iter_records(inputs, fmt=fmt, max_record_bytes=max_record_bytes, stdin=stdin)
    first = next(records, None)  # surface usage errors (missing input) before creating out_dir
    with TableWriter(out_dir, flush_every=flush_every) as writer:
        stream = records if first is None else _chain(first, records)
        for result in _progress(process_all(stream, language, workers), progress, sys.stderr):
            summary.add(result)
            writer.add(result.article, result.rows)
    summary.rows["persons"] = writer.n_persons
    summary.seconds = time.perf_counter() - started
    return summary


def _chain(first: Record, rest: Iterator[Record]) -> Iterator[Record]:
    yield first
    yield from rest


def extract(texts_or_records: Iterable[str | Mapping[str, Any]] | pd.DataFrame | str,
            language: str | None = None, published: str | None = None) -> dict[str, pd.DataFrame]:
    """Extract from texts or records in memory; returns the six tables as DataFrames.

    Accepts a string, a list of strings (ids ``0``, ``1``, ...), a list of dicts with ``id``
    and ``text`` (and optional ``url``, ``title``, ``published``, ``language``), or a
    DataFrame with those columns. ``language`` forces the language of every article;
    ``published`` gives every article without its own date this publication date.
    """
    from .linking import link_persons
    from .writers import article_rows_to_tables

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
    results = list(process_all(records, language))
    tables = article_rows_to_tables(results, link_persons)
    return {name: to_pandas(name, tables[name]) for name in TABLES}


__all__ = ["extract", "extract_to", "process_record", "RunSummary", "to_arrow"]
