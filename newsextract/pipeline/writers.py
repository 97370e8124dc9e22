"""Writing the tables to Parquet, and reading a run back with the project's dtypes.

:class:`TableWriter` streams per-article rows to ``DIR/<table>.parquet`` in batches, so a run
over millions of articles keeps memory flat. Officials are held back in a temporary file
until the end, when :func:`newsextract.pipeline.linking.link_persons` assigns ``person_id``
across all articles and builds ``persons``. Every table is written, with its schema, even
when it has no rows. Files appear under their final names only when the run completes.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable, Iterable

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..extractors.base import FIELDS
from .tables import SCHEMAS, TABLES, to_arrow, to_pandas

LinkPersons = Callable[[list[dict[str, Any]]], tuple[list[dict[str, Any]], list[dict[str, Any]]]]
STREAMED = ("articles", "dates", "documents", "figures")
PER_ARTICLE = ("articles", *FIELDS)  # tables filled article by article; persons comes from linking
PARTIAL_OFFICIALS = ".officials.partial.parquet"


class TableWriter:
    """Collects rows per article and flushes them to Parquet every ``flush_every`` articles."""

    def __init__(self, out_dir: str | Path, flush_every: int = 2000) -> None:
        self.out_dir = Path(out_dir)
        self.flush_every = flush_every
        self._pending: dict[str, list[dict[str, Any]]] = {name: [] for name in PER_ARTICLE}
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._articles_since_flush = 0
        self.n_persons = 0

    def __enter__(self) -> "TableWriter":
        self.out_dir.mkdir(parents=True, exist_ok=True)
        return self

    def _tmp(self, name: str) -> Path:
        return self.out_dir / (PARTIAL_OFFICIALS if name == "officials" else f".{name}.parquet.tmp")

    def add(self, article: dict[str, Any], rows: dict[str, list[dict[str, Any]]]) -> None:
        """Queue one article's rows; flush when the batch is full."""
        self._pending["articles"].append(article)
        for name in FIELDS:
            self._pending[name].extend(rows.get(name, []))
        self._articles_since_flush += 1
        if self._articles_since_flush >= self.flush_every:
            self.flush()

    def flush(self) -> None:
        """Write queued rows to the temporary files."""
        for name, rows in self._pending.items():
            if not rows:
                continue
            schema = SCHEMAS[name]
            if name not in self._writers:
                self._writers[name] = pq.ParquetWriter(self._tmp(name), schema, compression="zstd")
            self._writers[name].write_table(to_arrow(name, rows))
            rows.clear()
        self._articles_since_flush = 0

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc_type is not None:
            self._close_writers()
            return
        self.flush()
        self._close_writers()
        for name in STREAMED:
            tmp = self._tmp(name)
            final = self.out_dir / f"{name}.parquet"
            if tmp.exists():
                os.replace(tmp, final)
            else:
                pq.write_table(to_arrow(name, []), final)
        self._finish_officials()

    def _close_writers(self) -> None:
        for writer in self._writers.values():
            writer.close()
        self._writers.clear()

    def _finish_officials(self) -> None:
        from .linking import link_persons

        tmp = self._tmp("officials")
        rows = pq.read_table(tmp).to_pylist() if tmp.exists() else []
        officials, persons = link_persons(rows)
        self.n_persons = len(persons)
        pq.write_table(to_arrow("officials", officials), self.out_dir / "officials.parquet")
        pq.write_table(to_arrow("persons", persons), self.out_dir / "persons.parquet")
        if tmp.exists():
            tmp.unlink()


def article_rows_to_tables(results: Iterable[Any], link_persons: LinkPersons) -> dict[str, pa.Table]:
    """In-memory counterpart of :class:`TableWriter`, for :func:`newsextract.extract`."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in PER_ARTICLE}
    for result in results:
        rows["articles"].append(result.article)
        for name in FIELDS:
            rows[name].extend(result.rows.get(name, []))
    officials, persons = link_persons(rows["officials"])
    rows["officials"], rows["persons"] = officials, persons
    return {name: to_arrow(name, rows[name]) for name in TABLES}


def load(out_dir: str | Path) -> dict[str, pd.DataFrame]:
    """Read a run's tables back: lists stay lists, language/kind/type are categoricals."""
    out = Path(out_dir)
    if not out.is_dir():
        raise FileNotFoundError(f"{out} is not a folder of newsextract tables (run `newsextract extract ... --out {out}`)")
    tables = {}
    for name in TABLES:
        path = out / f"{name}.parquet"
        if not path.exists():
            raise FileNotFoundError(f"{path} is missing: {out} is not a complete newsextract run")
        tables[name] = to_pandas(name, pq.read_table(path))
    return tables
