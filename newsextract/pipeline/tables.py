"""The six output tables: their explicit pyarrow schemas, in one place.

Columns required by ``OUTPUT_CONTRACT.md`` come first in each schema and are never renamed
or dropped; the columns after them add detail. ``docs/schema.md`` is the data dictionary.
Every run writes every table; a table with no rows still has its schema.
"""
from __future__ import annotations

from typing import Any, Iterable

import pandas as pd
import pyarrow as pa

from ..textnorm import LONE_SURROGATE

STR = pa.string()
LIST_STR = pa.list_(pa.string())

ARTICLES = pa.schema([
    ("article_id", STR), ("source", STR), ("language", STR), ("language_score", pa.float64()),
    ("url", STR), ("authors", LIST_STR), ("n_chars", pa.int64()), ("status", STR), ("error", STR),
    ("title", STR), ("published", STR), ("encoding", STR), ("text", STR), ("repairs", LIST_STR),
])

OFFICIALS = pa.schema([
    ("article_id", STR), ("person_id", STR), ("name", STR), ("romanized", STR), ("titles", LIST_STR),
    ("roles", LIST_STR), ("char_start", pa.int64()), ("char_end", pa.int64()),
    ("language", STR), ("positions", LIST_STR), ("mentions", pa.int64()), ("name_key", STR),
    ("group_titles", LIST_STR), ("romanized_exact", pa.bool_()),
])

PERSONS = pa.schema([
    ("person_id", STR), ("romanized", STR), ("names", LIST_STR), ("n_articles", pa.int64()),
    ("languages", LIST_STR), ("article_ids", LIST_STR), ("titles", LIST_STR),
])

DATES = pa.schema([
    ("article_id", STR), ("text", STR), ("value", STR), ("granularity", STR), ("period_start", STR),
    ("period_end", STR), ("year_inferred", pa.bool_()), ("char_start", pa.int64()), ("char_end", pa.int64()),
    ("language", STR),
])

DOCUMENTS = pa.schema([
    ("article_id", STR), ("text", STR), ("type", STR), ("number", STR), ("code", STR), ("issuer", STR),
    ("date", STR), ("char_start", pa.int64()), ("char_end", pa.int64()),
    ("language", STR), ("document_id", STR), ("type_code", STR), ("issuer_code", STR),
    ("issuer_normalized", STR), ("title", STR), ("plenum", pa.int64()), ("term", pa.int64()),
])

FIGURES = pa.schema([
    ("article_id", STR), ("text", STR), ("value", pa.float64()), ("kind", STR), ("unit", STR),
    ("approx", STR), ("char_start", pa.int64()), ("char_end", pa.int64()),
    ("language", STR), ("unit_text", STR), ("unit_known", pa.bool_()), ("total", pa.float64()),
    ("change", pa.float64()), ("change_unit", STR), ("basis", STR), ("measure", STR),
    ("value_low", pa.float64()), ("value_high", pa.float64()),
])

SCHEMAS: dict[str, pa.Schema] = {
    "articles": ARTICLES, "officials": OFFICIALS, "persons": PERSONS,
    "dates": DATES, "documents": DOCUMENTS, "figures": FIGURES,
}
TABLES: tuple[str, ...] = tuple(SCHEMAS)
# Columns read back as pandas categoricals by newsextract.load().
CATEGORICAL = {
    "articles": ("language", "status"), "officials": ("language",), "dates": ("granularity", "language"),
    "documents": ("type", "language"), "figures": ("kind", "approx", "language"),
}


def to_arrow(name: str, rows: Iterable[dict[str, Any]]) -> pa.Table:
    """Rows (dicts) to a table of the named schema; missing keys are null, extra keys ignored.

    A string that is not valid Unicode (a lone surrogate that slipped past ingest) cannot be
    stored in Parquet; rather than lose the batch, such characters become U+FFFD.
    """
    schema = SCHEMAS[name]
    rows = list(rows)
    try:   # rows of the right types (nearly always): converted in one call
        return _nan_to_null(pa.Table.from_pylist(rows, schema=schema))
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, UnicodeEncodeError, OverflowError):
        pass
    columns = {}
    for f in schema:
        coerce, native = _coercer(f.type)
        values = [r.get(f.name) for r in rows]
        # Values already of the column's Python type (nearly all) are kept as they are.
        columns[f.name] = [v if v.__class__ is native else coerce(v) for v in values]
    try:
        return pa.Table.from_pydict(columns, schema=schema)
    except (UnicodeEncodeError, pa.ArrowInvalid, pa.ArrowTypeError):
        columns = {k: [_valid_unicode(v) for v in values] for k, values in columns.items()}
        return pa.Table.from_pydict(columns, schema=schema)


def _nan_to_null(table: pa.Table) -> pa.Table:
    """NaN in a float column is a missing value: null, as the coercing path gives it."""
    import pyarrow.compute as pc

    for i, column in enumerate(table.schema):
        if pa.types.is_floating(column.type) and table.num_rows:
            values = table.column(i)
            nan = pc.is_nan(values)
            if pc.any(nan).as_py():
                table = table.set_column(i, column, pc.if_else(nan, pa.scalar(None, column.type), values))
    return table


def _valid_unicode(value: Any) -> Any:
    if isinstance(value, str):
        return LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_valid_unicode(v) for v in value]
    return value


def _coercer(typ: pa.DataType) -> tuple[Any, type]:
    """How to coerce a value to a column of ``typ``, and the Python type that needs nothing."""
    if pa.types.is_list(typ):
        return _to_list, type(None)
    if pa.types.is_string(typ):
        return _nullable(str), str
    if pa.types.is_integer(typ):
        return _nullable(int), int
    if pa.types.is_floating(typ):
        return _nullable(float), type(None)   # a float may be NaN: always checked
    if pa.types.is_boolean(typ):
        return _nullable(bool), bool
    return (lambda v: None if _is_missing(v) else v), type(None)


def _is_missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)   # None or NaN


def _nullable(cast: Any) -> Any:
    return lambda value: None if _is_missing(value) else cast(value)


def _to_list(value: Any) -> Any:
    return None if _is_missing(value) else [str(v) for v in value]


def to_pandas(name: str, table: pa.Table) -> pd.DataFrame:
    """An arrow table as a DataFrame with the project's dtypes (lists stay lists, categoricals)."""
    df = table.to_pandas()
    for column in table.schema:
        if pa.types.is_list(column.type):  # arrow gives numpy arrays; analysts expect lists
            df[column.name] = [list(v) if v is not None else [] for v in df[column.name]]
    for col in CATEGORICAL.get(name, ()):
        if col in df.columns:
            df[col] = df[col].astype("category")
    return df
