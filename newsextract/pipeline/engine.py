"""The run engine: records in parts, each part written atomically, a run resumable at any moment.

A run numbers its input records in input order (ordinal 0, 1, 2, ...) and cuts them into
*parts* of ``part_size`` records: part ``k`` holds ordinals ``k*part_size`` up to the next
part. Each finished part is written to ``OUT/_parts/<table>/part-<k>.parquet`` under a
temporary name and renamed when complete; then a marker ``OUT/_parts/done/part-<k>.json``
(with the part's counts) is renamed into place. A part without its marker is not finished,
whatever files it left.

``--resume`` reads the same inputs again, skips the records of finished parts (still counting
their ids, so a later duplicate is still a duplicate) and extracts the rest; SIGKILL at any
moment therefore loses at most the parts under way, never a finished one, and never writes a
row twice. When every part is done, the tables are assembled in part order into
``OUT/<table>.parquet`` (persons linked across every article once, here), ``OUT/_run.json``
records the run, and ``_parts`` is removed.

The local engine (:func:`run_local`) and the Dask engine (:mod:`.dask_engine`) differ only in
where a part's records are extracted; parts, assembly and linking are this module's, so both
give the same tables, row for row.
"""
from __future__ import annotations

import gc
import json
import os
import shutil
import signal
import sys
import threading
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator, Sequence

import pyarrow as pa
import pyarrow.parquet as pq

from ..extractors.base import FIELDS
from .defaults import DEFAULT_PART_SIZE
from .ingest import Record, UsageError
from .linking import ASSIGN_COLUMNS, LEARN_COLUMNS, PersonLinker
from .tables import SCHEMAS, TABLES, to_arrow
from .writers import TableFile

PER_ARTICLE = ("articles", *FIELDS)   # tables filled article by article; persons comes from linking
STREAMED = ("articles", "dates", "documents", "figures")
PARTS = "_parts"
RUN_FILE = "_run.json"


class RunInterrupted(Exception):
    """SIGINT or SIGTERM stopped the run; finished parts are kept for ``--resume``."""


@dataclass
class RunOptions:
    """What decides a run's rows: a resumed run must be given the same."""

    inputs: list[str]
    fmt: str | None = None
    language: str | None = None
    max_record_bytes: int = 5 * 1024 * 1024
    part_size: int = DEFAULT_PART_SIZE
    record_timeout: float | None = None
    ner_backend: str | None = None
    ner_model: str | None = None

    def identity(self) -> dict[str, Any]:
        """The options a resumed run must share with the run it continues."""
        return {"inputs": self.inputs, "fmt": self.fmt, "language": self.language,
                "max_record_bytes": self.max_record_bytes, "part_size": self.part_size,
                "ner_backend": self.ner_backend, "ner_model": self.ner_model}


@dataclass
class PartCounts:
    """What one part holds: articles per status and language, rows per table."""

    articles: int = 0
    status: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, tables: dict[str, pa.Table]) -> "PartCounts":
        articles = tables["articles"]
        counts = cls(articles=articles.num_rows)
        for column, target in (("status", counts.status), ("language", counts.languages)):
            for value in articles.column(column).to_pylist():
                key = value or "und"
                target[key] = target.get(key, 0) + 1
        counts.rows = {name: tables[name].num_rows for name in FIELDS}
        return counts


# --- the parts of one article batch ---------------------------------------------------------

def part_tables(results: Iterable[Any]) -> dict[str, pa.Table]:
    """The per-article tables of a batch of :class:`~.run.ArticleRows` (officials not yet linked)."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in PER_ARTICLE}
    for result in results:
        rows["articles"].append(result.article)
        for name in FIELDS:
            rows[name].extend(result.rows.get(name, []))
    return {name: to_arrow(name, rows[name]) for name in PER_ARTICLE}


def numbered(records: Iterable[Record], part_size: int, done: set[int]) -> Iterator[tuple[int, Record]]:
    """``(ordinal, record)`` in input order, duplicates marked, records of ``done`` parts left out."""
    seen: dict[str, str] = {}
    for ordinal, record in enumerate(records):
        first = seen.get(record.article_id)
        if first is not None and record.ok:
            record.status, record.error = "skipped", f"duplicate article_id (first read from {first})"
        seen.setdefault(record.article_id, record.source)
        if ordinal // part_size not in done:
            yield ordinal, record


def batches(items: Iterable[tuple[int, Any]], part_size: int) -> Iterator[tuple[int, list[tuple[int, Any]]]]:
    """Numbered items (records, or their results) grouped by part: ``(part, [(ordinal, item), ...])``."""
    current = -1
    batch: list[tuple[int, Any]] = []
    for ordinal, item in items:
        part = ordinal // part_size
        if part != current and batch:
            yield current, batch
            batch = []
        current = part
        batch.append((ordinal, item))
    if batch:
        yield current, batch


# --- the out folder ---------------------------------------------------------------------------

class RunFolder:
    """The files of one run in ``out_dir``: parts, done markers, final tables."""

    def __init__(self, out_dir: str | Path) -> None:
        self.out = Path(out_dir)
        self.parts = self.out / PARTS

    def holds_run(self) -> bool:
        return (self.parts.exists() or (self.out / RUN_FILE).exists()
                or any((self.out / f"{name}.parquet").exists() for name in TABLES))

    def is_complete(self) -> bool:
        """Assembly finished (``_run.json`` is written last but one: only leftover parts may follow)."""
        return (self.out / RUN_FILE).exists()

    def remove_leftover_parts(self) -> None:
        if self.parts.exists():
            shutil.rmtree(self.parts)

    def prepare(self, options: RunOptions, resume: bool, overwrite: bool) -> set[int]:
        """Create or reopen the folder; returns the finished parts to skip."""
        if self.out.exists() and not self.out.is_dir():
            raise UsageError(f"--out {self.out} is a file: name a folder")
        if self.holds_run() and not (resume or overwrite):
            raise UsageError(f"{self.out} already holds a run: add --resume to continue it, or --overwrite "
                             f"to replace it")
        if overwrite and not resume:
            self.remove_run()
        if resume and (self.parts / "run.json").exists():
            stored = json.loads((self.parts / "run.json").read_text(encoding="utf-8"))
            if stored != options.identity():
                changed = sorted(k for k in stored.keys() | options.identity().keys()
                                 if stored.get(k) != options.identity().get(k))
                raise UsageError(f"--resume: {self.out} holds a run with other {', '.join(changed)}; "
                                 f"give the same inputs and options, or use --overwrite")
            self._drop_unfinished()
            return set(self.done_parts())
        if resume and self.is_complete():
            return set()
        self.remove_run()
        for name in PER_ARTICLE:
            (self.parts / name).mkdir(parents=True, exist_ok=True)
        (self.parts / "done").mkdir(parents=True, exist_ok=True)
        _atomic_write_text(self.parts / "run.json", json.dumps(options.identity(), ensure_ascii=False, indent=1))
        return set()

    def remove_run(self) -> None:
        """Delete what a run writes (and nothing else the folder holds)."""
        if self.parts.exists():
            shutil.rmtree(self.parts)
        for name in TABLES:
            for path in (self.out / f"{name}.parquet", self.out / f".{name}.parquet.tmp"):
                if path.is_dir():
                    shutil.rmtree(path)
                elif path.exists():
                    path.unlink()
        (self.out / RUN_FILE).unlink(missing_ok=True)
        (self.out / "newsextract.duckdb").unlink(missing_ok=True)

    def done_parts(self) -> list[int]:
        return sorted(int(p.stem.split("-")[1]) for p in (self.parts / "done").glob("part-*.json"))

    def counts(self, part: int) -> PartCounts:
        data = json.loads((self.parts / "done" / f"part-{part:06d}.json").read_text(encoding="utf-8"))
        return PartCounts(**data)

    def _drop_unfinished(self) -> None:
        done = {f"part-{k:06d}.parquet" for k in self.done_parts()}
        for path in self.parts.rglob("*"):
            if path.is_file() and path.parent.name in PER_ARTICLE and path.name not in done:
                path.unlink()   # a part under way when the run stopped, or its temporary file

    def part_path(self, name: str, part: int) -> Path:
        return self.parts / name / f"part-{part:06d}.parquet"

    def write_part(self, part: int, tables: dict[str, pa.Table]) -> PartCounts:
        """Write one part's tables, each renamed into place when whole, then its done marker."""
        for name in PER_ARTICLE:
            final = self.part_path(name, part)
            tmp = final.with_name(final.name + ".tmp")
            pq.write_table(tables[name], tmp, compression="zstd")
            os.replace(tmp, final)
        counts = PartCounts.of(tables)
        _atomic_write_text(self.parts / "done" / f"part-{part:06d}.json", json.dumps(asdict(counts)))
        return counts

    def assemble(self, summary: dict[str, Any]) -> int:
        """Every part into ``OUT/<table>.parquet``, persons linked once; returns the number of persons."""
        from concurrent.futures import ThreadPoolExecutor

        parts = self.done_parts()

        def copy_streamed() -> None:
            for name in STREAMED:
                with TableFile(self.out / f"{name}.parquet", SCHEMAS[name]) as sink:
                    for part in parts:
                        sink.write(pq.read_table(self.part_path(name, part)))

        # The streamed tables are only read and written again (Arrow's native code, which lets
        # other threads run): that goes on in a thread while officials are linked in this one.
        with ThreadPoolExecutor(1) as pool:
            copied = pool.submit(copy_streamed)
            with TableFile(self.out / "officials.parquet", SCHEMAS["officials"]) as sink:
                persons = link_parts([self.part_path("officials", p) for p in parts],
                                     lambda path, columns=None: pq.read_table(path, columns=columns), sink.write)
            copied.result()
        with TableFile(self.out / "persons.parquet", SCHEMAS["persons"]) as sink:
            sink.write(persons)
        n_persons = persons.num_rows
        _atomic_write_text(self.out / RUN_FILE, json.dumps({**summary, "complete": True, "persons": n_persons},
                                                           ensure_ascii=False, indent=1))
        shutil.rmtree(self.parts)
        return n_persons


def link_parts(parts: Sequence[Any], read: Callable[..., pa.Table],
               emit: Callable[[pa.Table], Any]) -> pa.Table:
    """Link officials across parts: learn every spelling, then assign ids part by part.

    ``read(part, columns=None)`` gives a part's officials; each part's linked officials go to
    ``emit`` in part order. Returns the persons table.
    """
    linker = PersonLinker()
    for part in parts:
        linker.learn_columns(_columns(read(part, columns=LEARN_COLUMNS), LEARN_COLUMNS))
    for part in parts:
        table = read(part)
        emit(_with_person_ids(table, linker.assign_columns(_columns(table, ASSIGN_COLUMNS))))
    return to_arrow("persons", linker.persons())


def _columns(table: pa.Table, names: Sequence[str]) -> dict[str, list[Any]]:
    """Columns of ``table`` as Python lists (a list per column is far cheaper than a dict per row)."""
    return {name: table.column(name).to_pylist() for name in names}


def _with_person_ids(table: pa.Table, ids: list[tuple[str, str]]) -> pa.Table:
    """An officials part with its ``name_key`` and ``person_id`` columns set (the rest as stored)."""
    schema = SCHEMAS["officials"]
    table = table.select(schema.names).cast(schema)
    for name, values in (("name_key", [k for k, _ in ids]), ("person_id", [p for _, p in ids])):
        i = schema.get_field_index(name)
        table = table.set_column(i, schema.field(i), pa.array(values, type=schema.field(i).type))
    return table


def _atomic_write_text(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


# --- the local engine -------------------------------------------------------------------------

# Records sent to a worker process in one task. A task's results come back as Arrow tables, so
# the main process (which also reads the input and writes the parts) does per chunk, not per
# article, the work of handing records out and taking rows back: with two workers on two cores
# it would otherwise take a share of a core from them. Each chunk's six tables are built, pickled
# and read back whole: at 64 records the main process spends about a tenth less and two workers
# extract about 5% more articles per second than at 16 (128 gains nothing more).
CHUNK_SIZE = 64

Chunk = list[tuple[int, Record]]


@dataclass
class Piece:
    """The tables of consecutive records of one part, extracted together."""

    part: int
    articles: int
    tables: dict[str, pa.Table]


def extract_records(records: Iterable[Record], language: str | None,
                    record_timeout: float | None) -> dict[str, pa.Table]:
    """Extract records in this process: the per-article tables of all of them, in order."""
    from .run import process_record

    with batch_collector():
        return part_tables(process_record(record, language, record_timeout=record_timeout) for record in records)


# Allocations between two young-generation collections while records are extracted. Python's
# default (700) suits interactive programs; extraction allocates millions of short-lived
# objects per second, nearly all freed by reference counting, and at the default the cycle
# collector takes about 6% of a run's time. At this threshold it takes well under 2%; the
# garbage it finds later is a few thousand small objects at most.
BATCH_GC_THRESHOLD = 20_000


@contextmanager
def batch_collector(threshold: int = BATCH_GC_THRESHOLD) -> Iterator[None]:
    """Run the block with the cycle collector's young generation at ``threshold`` allocations
    (never lowered), then restore the previous setting."""
    previous = gc.get_threshold()
    gc.set_threshold(max(threshold, previous[0]), *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def chunked(items: Iterable[tuple[int, Record]], part_size: int, size: int = CHUNK_SIZE) -> Iterator[Chunk]:
    """Numbered records in runs of at most ``size`` consecutive ones, none across a part boundary."""
    chunk: Chunk = []
    for ordinal, record in items:
        if chunk and (len(chunk) >= size or ordinal // part_size != chunk[0][0] // part_size):
            yield chunk
            chunk = []
        chunk.append((ordinal, record))
    if chunk:
        yield chunk


def _extract_chunk(chunk: Chunk, part_size: int, language: str | None, record_timeout: float | None) -> Piece:
    return Piece(chunk[0][0] // part_size, len(chunk),
                 extract_records((record for _, record in chunk), language, record_timeout))


def _init_worker() -> None:
    """Set up a forked worker process."""
    # The parent decides what an interrupt means; workers just stop when it terminates them.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # What was inherited (loaded pipelines and language data) lives as long as the process: the
    # collector leaves it alone, so its pages are not written to, and stay shared with the parent.
    gc.freeze()


def run_local(items: Iterable[tuple[int, Record]], folder: RunFolder, options: RunOptions, workers: int,
              on_articles: Callable[[int], Any] | None = None) -> list[PartCounts]:
    """Extract numbered records in this process or ``workers`` processes, writing each part as it ends."""
    extract = partial(_extract_chunk, part_size=options.part_size, language=options.language,
                      record_timeout=options.record_timeout)
    chunks = chunked(items, options.part_size)
    if workers <= 1:
        pieces: Iterable[Piece] = freezing_loaded_languages(map(extract, chunks))
    else:
        _prepare_before_fork(options.language)
        pieces = pool_results(chunks, extract, workers, options.part_size)
    return _write_in_parts(pieces, folder, on_articles)


def freezing_loaded_languages(pieces: Iterable[Piece]) -> Iterator[Piece]:
    """``pieces`` as they come; after a piece for which a language was loaded, what is alive is
    collected once and frozen until the run ends.

    Why: a language's pipelines and data (millions of objects) live as long as the process; left
    to the cycle collector, every full collection walks them again (about 2% of a run's time).
    Workers freeze what they inherit (:func:`_init_worker`). In this process the objects are handed
    back to the collector when the run ends, and nothing is frozen where something already was.
    """
    from .run import prepare_language

    if gc.get_freeze_count():
        yield from pieces
        return
    loaded = prepare_language.cache_info().currsize
    try:
        for piece in pieces:
            now = prepare_language.cache_info().currsize
            if now != loaded:
                loaded = now
                gc.collect()
                gc.freeze()
            yield piece
    finally:
        gc.unfreeze()


def _prepare_before_fork(language: str | None) -> None:
    """Load the languages' pipelines and data here, once, before the worker processes are forked:
    the workers share those pages instead of each loading its own copy (less memory, less
    processor time, a warmer shared cache)."""
    from ..resources import SUPPORTED_LANGUAGES
    from .run import prepare_language

    for lang in [language] if language in SUPPORTED_LANGUAGES else SUPPORTED_LANGUAGES:
        prepare_language(lang)
    gc.collect()  # what the workers inherit holds no garbage for their collectors to find


def pool_results(chunks: Iterable[Chunk], extract: Callable[[Chunk], Piece], workers: int,
                 part_size: int) -> Iterator[Piece]:
    """``extract`` over ``chunks`` in worker processes, results in input order, a bounded number in flight.

    A worker process that dies (killed, out of memory, a crash in native code) takes no run
    down: the records it may have held are extracted again one at a time in a fresh process,
    and the one that kills its process becomes an error row.
    """
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    ctx = multiprocessing.get_context("spawn" if sys.platform == "darwin" else "fork")
    limit = workers * 4

    def new_pool(size: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(size, mp_context=ctx, initializer=_init_worker)

    source = iter(chunks)
    pending: deque = deque()
    pool = new_pool(workers)
    try:
        while True:
            while len(pending) < limit:
                chunk = next(source, None)
                if chunk is None:
                    break
                pending.append((chunk, pool.submit(extract, chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                yield future.result()
            except BrokenProcessPool:
                _stop(pool)
                suspects = [item for queued, _ in [(chunk, future), *pending] for item in queued]
                pending.clear()
                for suspect in suspects:
                    yield _extract_alone(suspect, extract, new_pool, part_size)
                pool = new_pool(workers)
    finally:
        _stop(pool)


def _extract_alone(item: tuple[int, Record], extract: Callable[[Chunk], Piece],
                   new_pool: Callable[[int], Any], part_size: int) -> Piece:
    """One record in a process of its own; the record that ends its process becomes an error row."""
    from concurrent.futures.process import BrokenProcessPool

    from .run import failed_record

    pool = new_pool(1)
    try:
        return pool.submit(extract, [item]).result()
    except BrokenProcessPool:
        ordinal, record = item
        row = failed_record(record, "the worker process died while extracting this record "
                                    "(killed, out of memory, or a crash in native code)")
        return Piece(ordinal // part_size, 1, part_tables([row]))
    finally:
        _stop(pool)


def _stop(pool: Any) -> None:
    """Shut a process pool down now: queued work cancelled, its processes ended."""
    processes = list(getattr(pool, "_processes", {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)


def _write_in_parts(pieces: Iterable[Piece], folder: RunFolder,
                    on_articles: Callable[[int], Any] | None) -> list[PartCounts]:
    """Join the pieces of each part (they come in input order) and write the part when it ends."""
    written: list[PartCounts] = []
    current: list[Piece] = []

    def flush() -> None:
        tables = {name: pa.concat_tables([piece.tables[name] for piece in current]) for name in PER_ARTICLE}
        written.append(folder.write_part(current[0].part, tables))
        current.clear()

    for piece in pieces:
        if current and piece.part != current[0].part:
            flush()
        current.append(piece)
        if on_articles is not None:
            on_articles(piece.articles)
    if current:
        flush()
    return written


class interrupts_raise:
    """SIGINT and SIGTERM raise :class:`RunInterrupted` in the main thread while a run is going."""

    def __enter__(self) -> None:
        self._previous: dict[int, Any] = {}
        if threading.current_thread() is not threading.main_thread():
            return
        for sig in (signal.SIGINT, signal.SIGTERM):
            self._previous[sig] = signal.signal(sig, self._raise)

    @staticmethod
    def _raise(signum: int, frame: Any) -> None:
        raise RunInterrupted(signal.Signals(signum).name)

    def __exit__(self, *exc: Any) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)


def progress_bar(enabled: bool, stream: IO[str], initial: int = 0) -> Any:
    """A tqdm bar of articles (or ``None``)."""
    if not enabled:
        return None
    from tqdm import tqdm
    return tqdm(desc="articles", unit=" art", file=stream, dynamic_ncols=True, mininterval=0.5, initial=initial)
