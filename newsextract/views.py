"""Joined views over a run's tables: the merges analysts otherwise write by hand every time.

Each fact table (officials, dates, documents, figures) is keyed by ``article_id`` only; most
questions need the article's language, address or publication date beside the fact. The views
are declared once, as data (:data:`VIEWS`), and built two ways from that one declaration: as
pandas merges (:func:`joined_views`) and as SQL (:func:`view_sql`, used by the DuckDB writer), so
the DataFrames and the database views always have the same columns in the same order.

Every view keeps every row and column of its fact table, in the table's order, and appends the
article's columns after them (renamed where a fact column already has the name, e.g. a
document's own ``title``).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd


@dataclass(frozen=True)
class ViewSpec:
    """A fact table left-joined with its article (and optionally other tables) on a key."""

    fact: str
    # (table, key, {column in that table: column name in the view})
    joins: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...]


# The article columns a fact row usually needs: where it was said, when, and in which language.
ARTICLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("language", "article_language"), ("url", "url"), ("published", "published"),
    ("title", "article_title"), ("source", "article_source"),
)

VIEWS: dict[str, ViewSpec] = {
    "officials_with_article": ViewSpec("officials", (
        ("articles", "article_id", ARTICLE_COLUMNS),
        # How many articles name the person across the run, the first thing asked of an official.
        ("persons", "person_id", (("n_articles", "person_n_articles"),)),
    )),
    "dates_with_article": ViewSpec("dates", (("articles", "article_id", ARTICLE_COLUMNS),)),
    "documents_with_article": ViewSpec("documents", (("articles", "article_id", ARTICLE_COLUMNS),)),
    "figures_with_article": ViewSpec("figures", (("articles", "article_id", ARTICLE_COLUMNS),)),
}


def joined_views(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The views of :data:`VIEWS` as DataFrames, from the tables ``newsextract.load`` returns.

    A left join on a key that is unique in the joined table: each view has exactly the rows of its
    fact table, in the same order, whatever the joined tables hold.
    """
    views = {}
    for name, spec in VIEWS.items():
        view = tables[spec.fact].reset_index(drop=True)
        for table, key, columns in spec.joins:
            right = tables[table][[key, *(source for source, _ in columns)]]
            right = right.drop_duplicates(key).rename(columns=dict(columns))
            view = view.merge(right, on=key, how="left", validate="many_to_one")
        views[name] = view
    return views


def load_with_views(out_dir: str | Path) -> dict[str, pd.DataFrame]:
    """A run's six tables and its joined views in one dict, as ``newsextract.load`` reads the tables."""
    from .pipeline.writers import load

    tables = load(out_dir)
    return {**tables, **joined_views(tables)}


def view_sql(name: str) -> str:
    """``CREATE VIEW`` (DuckDB SQL) for one of :data:`VIEWS`, over tables named as the run's tables."""
    spec = VIEWS[name]
    selected = [f'"{spec.fact}".*']
    joins = []
    for table, key, columns in spec.joins:
        selected += [f'"{table}"."{source}" AS "{target}"' for source, target in columns]
        # The first row of each key, as in the pandas view: a repeated article_id is a later
        # record skipped as a duplicate, and must not double the fact rows.
        first = (f'(SELECT * FROM "{table}" QUALIFY row_number() OVER (PARTITION BY "{key}" ORDER BY rowid) = 1)')
        joins.append(f'LEFT JOIN {first} AS "{table}" ON "{table}"."{key}" = "{spec.fact}"."{key}"')
    return (f'CREATE VIEW "{name}" AS SELECT {", ".join(selected)} FROM "{spec.fact}" '
            + " ".join(joins))


__all__ = ["ARTICLE_COLUMNS", "VIEWS", "ViewSpec", "joined_views", "load_with_views", "view_sql"]
