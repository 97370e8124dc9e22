"""Writing the tables to Parquet, and reading a run back with the project's dtypes.

:class:`TableFile` writes one table in row groups under a temporary name and renames it when
it is whole, so a table file under its final name is always complete. The engine
(:mod:`newsextract.pipeline.engine`) writes parts with it and assembles the final tables;
every table is written, with its schema, even when it has no rows.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .tables import TABLES, to_pandas


class TableFile:
    """One Parquet file written under a temporary name, renamed when closed without error."""

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self.path, self.schema = path, schema
        self.tmp = path.with_name(f".{path.name}.tmp")
        self.writer: pq.ParquetWriter | None = None

    def __enter__(self) -> "TableFile":
        self.writer = pq.ParquetWriter(self.tmp, self.schema, compression="zstd")
        return self

    def write(self, table: pa.Table) -> None:
        assert self.writer is not None
        if table.num_rows:
            self.writer.write_table(table.select(self.schema.names).cast(self.schema))

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        assert self.writer is not None
        self.writer.close()
        if exc_type is None:
            os.replace(self.tmp, self.path)
        else:
            self.tmp.unlink(missing_ok=True)


def load(out_dir: str | Path) -> dict[str, pd.DataFrame]:
    """Read a run's tables back: lists stay lists, language/kind/type are categoricals."""
    out = Path(out_dir)
    if not out.is_dir():
        raise FileNotFoundError(f"{out} is not a folder of newsextract tables (run `newsextract extract ... --out {out}`)")
    tables = {}
    for name in TABLES:
        path = out / f"{name}.parquet"
        if not path.exists():
            if (out / "_parts").exists():
                raise FileNotFoundError(f"{out} holds a run that has not finished: continue it with "
                                        f"`newsextract extract ... --out {out} --resume`")
            raise FileNotFoundError(f"{path} is missing: {out} is not a complete newsextract run")
        tables[name] = to_pandas(name, pq.read_table(path))
    return tables
