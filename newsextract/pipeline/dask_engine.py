"""The Dask engine: the same parts as the local engine, extracted on a Dask cluster.

This process reads the inputs lazily, cuts the numbered records into the run's parts and
submits each part as one task; a worker extracts its records and sends back the part's
tables, which this process writes exactly as the local engine does (so inputs need not be
on the workers' disks and the out folder need not be shared). At most a few parts per
worker are in flight, so memory stays bounded however large the dump. Linking and assembly
run once, here, at the end (:meth:`newsextract.pipeline.engine.RunFolder.assemble`).

``scheduler`` is the address of a running scheduler (``tcp://host:8786``); without one a
``LocalCluster`` of ``workers`` processes is started for the run. The per-record time budget
needs a process's main thread, so on Dask workers (which run tasks in threads) records have
none; the cluster's own limits apply.
"""
from __future__ import annotations

import os
from typing import Any, Callable, Iterable

import pyarrow as pa

from .engine import PartCounts, RunFolder, RunOptions, extract_records
from .ingest import Record, UsageError


def extract_part(part: int, items: list[tuple[int, Record]], options: RunOptions) -> tuple[int, dict[str, pa.Table]]:
    """Run on a worker: extract one part's records; returns the part's tables."""
    if options.ner_backend:
        os.environ["NEWSEXTRACT_NER_BACKEND"] = options.ner_backend
    if options.ner_model:
        os.environ["NEWSEXTRACT_NER_MODEL"] = options.ner_model
    return part, extract_records((record for _, record in items), options.language, options.record_timeout)


def run_dask(parts: Iterable[tuple[int, list[tuple[int, Record]]]], folder: RunFolder, options: RunOptions,
             workers: int = 2, scheduler: str | None = None,
             on_part: Callable[[int], Any] | None = None) -> list[PartCounts]:
    """Extract every part on the cluster and write each as it comes back; returns their counts."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as exc:
        raise UsageError("--engine dask needs Dask: pip install 'newsextract[dask]'") from exc

    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout="30s")
        except OSError as exc:
            raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    written: list[PartCounts] = []
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        limit = 2 * n_workers
        pending = as_completed()
        source = iter(parts)

        def submit_next() -> bool:
            item = next(source, None)
            if item is None:
                return False
            part, items = item
            pending.add(client.submit(extract_part, part, items, options, pure=False))
            return True

        for _ in range(limit):
            if not submit_next():
                break
        for future in pending:
            part, tables = future.result()
            future.release()
            counts = folder.write_part(part, tables)
            written.append(counts)
            if on_part is not None:
                on_part(counts.articles)
            submit_next()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return written
