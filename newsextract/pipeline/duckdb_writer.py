"""A run as one DuckDB database: the six tables plus the joined views, for SQL-minded analysts.

``OUT/newsextract.duckdb`` is built from the Parquet tables a finished run wrote (never from
the rows in memory), so it holds exactly what ``newsextract.load`` reads, with the same column
types (lists stay lists, as ``VARCHAR[]``). The file is written beside itself and renamed into place, so a
reader never opens a half-written database and a rebuild replaces the old one whole.
Needs ``pip install 'newsextract[analysis]'`` (duckdb).
"""
from __future__ import annotations

import os
from pathlib import Path

from ..views import VIEWS, view_sql
from .tables import TABLES

DUCKDB_FILE = "newsextract.duckdb"


def write_duckdb(out_dir: str | Path, db_path: str | Path | None = None) -> Path:
    """Write the run in ``out_dir`` as a DuckDB file (default ``out_dir/newsextract.duckdb``).

    Returns the path written. Raises FileNotFoundError, naming what to run, when ``out_dir``
    is not a finished run, and ImportError, naming the extra to install, without duckdb.
    """
    try:
        import duckdb
    except ImportError as exc:  # an optional dependency: say which extra brings it
        raise ImportError("writing DuckDB needs duckdb: pip install 'newsextract[analysis]'") from exc
    out = Path(out_dir)
    missing = [name for name in TABLES if not (out / f"{name}.parquet").is_file()]
    if missing:
        raise FileNotFoundError(f"{out} is not a finished newsextract run ({', '.join(missing)} missing): "
                                f"run `newsextract extract ... --out {out}` first")
    target = Path(db_path) if db_path is not None else out / DUCKDB_FILE
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    try:
        con = duckdb.connect(str(partial))
        try:
            for name in TABLES:
                # DuckDB reads the Parquet file itself, streaming: a run larger than memory converts too.
                source = str((out / f"{name}.parquet").resolve()).replace("'", "''")
                con.execute(f"CREATE TABLE \"{name}\" AS SELECT * FROM read_parquet('{source}')")
            for name in VIEWS:
                con.execute(view_sql(name))
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
        Path(f"{partial}.wal").unlink(missing_ok=True)
    return target


__all__ = ["DUCKDB_FILE", "write_duckdb"]
