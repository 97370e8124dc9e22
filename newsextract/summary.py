"""Printable overviews of a run: the end-of-run report, and a first look at the tables before pandas.

:func:`format_run_summary` is what ``newsextract extract`` prints when a run finishes: what was
extracted per table and language, what failed and why, where the output is and the commands to
look at it. It reads only the few columns it counts, so it stays cheap on runs of millions of
articles. :func:`summarize` (``newsextract summary OUT``) shows the most frequent values.
"""
from __future__ import annotations

import shlex
from collections import Counter
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

TOP = 8
FACT_TABLES = ("officials", "dates", "documents", "figures")
# Reasons shown in full before the rest are counted; reasons are cut at this many characters.
MAX_LISTED = 5
MAX_REASON = 120


def summarize(tables: dict[str, pd.DataFrame], top: int = TOP) -> str:
    """Row counts per table, then the most frequent values an analyst asks about first."""
    articles = tables["articles"]
    lines = ["rows per table: " + ", ".join(f"{name}={len(df)}" for name, df in tables.items())]
    if len(articles):
        lines.append("articles by language and status: " + ", ".join(
            f"{lang}/{status}={n}" for (lang, status), n in
            articles.groupby(["language", "status"], observed=True).size().items()))
    persons = tables["persons"]
    if len(persons):
        lines.append("\npersons named in most articles:")
        for row in persons.sort_values(["n_articles", "romanized"], ascending=[False, True]).head(top).itertuples():
            lines.append(f"  {row.romanized or '?':<28} {row.n_articles} article(s)  {', '.join(row.names)}")
    dates = tables["dates"]
    if len(dates):
        lines.append("\ndates by granularity: " + ", ".join(
            f"{k}={v}" for k, v in dates["granularity"].value_counts().items() if v))
    documents = tables["documents"]
    if len(documents):
        lines.append("\ndocuments most cited:")
        # One document is one document_id: two unnumbered resolutions are two documents, not one.
        label = documents["code"].fillna(documents["type"].astype(str) + " " + documents["number"].fillna(""))
        cited = (documents.assign(label=label.str.strip(), key=documents["document_id"].fillna(label))
                 .groupby("key", sort=False).agg(label=("label", "first"), n=("label", "size"))
                 .sort_values(["n", "label"], ascending=[False, True]))
        for row in cited.head(top).itertuples():
            lines.append(f"  {row.label:<28} {row.n}")
    figures = tables["figures"]
    if len(figures):
        lines.append("\nfigures by kind and unit:")
        counts = figures.groupby(["kind", "unit"], observed=True).size().sort_values(ascending=False)
        for (kind, unit), n in counts.head(top).items():
            lines.append(f"  {kind:<8} {unit:<20} {n}")
    return "\n".join(lines)


def format_run_summary(out_dir: str | Path, seconds: float | None = None, max_listed: int = MAX_LISTED) -> str:
    """The end-of-run report of the run in ``out_dir``: rows per table and language, failures, next commands.

    Errors are listed one per article (the first ``max_listed``), skipped articles counted per
    reason, so a reader sees at once whether a run needs a second look and where to find it.
    """
    out = Path(out_dir)
    articles = pq.read_table(out / "articles.parquet", columns=["article_id", "language", "status", "error"]).to_pandas()
    articles["language"] = articles["language"].fillna("und").astype(str)
    facts = {name: pq.read_table(out / f"{name}.parquet", columns=["language"]).column("language").to_pylist()
             for name in FACT_TABLES}
    n_persons = pq.read_metadata(out / "persons.parquet").num_rows
    languages = sorted(set(articles["language"]) | {str(lang) for rows in facts.values() for lang in rows if lang})
    counts = {"articles": Counter(articles["language"]),
              **{name: Counter(str(lang or "und") for lang in rows) for name, rows in facts.items()}}

    took = f" in {seconds:.1f} s" if seconds is not None else ""
    lines = [f"{len(articles)} articles extracted to {out}{took}", ""]
    columns = ("articles", *FACT_TABLES)
    width = max([8, *(len(lang) for lang in languages)])
    lines.append(" " * (width + 2) + "".join(f"{name:>11}" for name in columns))
    for lang in languages:
        lines.append(f"  {lang:<{width}}" + "".join(f"{counts[name][lang]:>11}" for name in columns))
    lines.append(f"  {'total':<{width}}" + "".join(f"{sum(counts[name].values()):>11}" for name in columns))
    lines.append(f"  persons (linked across articles): {n_persons}")

    status = Counter(articles["status"].fillna("error").astype(str))
    lines += ["", "status: " + ", ".join(f"{name}={status.get(name, 0)}" for name in ("ok", "error", "skipped"))]
    errors = articles[articles["status"] == "error"]
    if len(errors):
        lines.append(f"errors ({len(errors)}):")
        for row in errors.head(max_listed).itertuples():
            lines.append(f"  {row.article_id}: {_reason(row.error)}")
        if len(errors) > max_listed:
            lines.append(f"  ... and {len(errors) - max_listed} more")
    skipped = articles[articles["status"] == "skipped"]
    if len(skipped):
        lines.append(f"skipped ({len(skipped)}):")
        reasons = Counter(_reason_kind(error) for error in skipped["error"])
        for reason, n in reasons.most_common(max_listed):
            lines.append(f"  {n:>6}  {reason}")
        if len(reasons) > max_listed:
            lines.append(f"  ... and {len(reasons) - max_listed} other reasons")
    if len(errors) or len(skipped):
        lines.append("every reason is in articles.error (status 'error' or 'skipped')")

    quoted = shlex.quote(str(out))
    lines += ["", "look at it:",
              f"  newsextract summary {quoted}",
              f"  newsextract review {quoted} --html {shlex.quote(str(out / 'review.html'))}",
              f"  python: newsextract.load({str(out)!r})"]
    return "\n".join(lines)


def _reason(error: object) -> str:
    text = " ".join(str(error or "no reason given").split())
    return text if len(text) <= MAX_REASON else text[:MAX_REASON - 1] + "…"


def _reason_kind(error: object) -> str:
    """A skip reason without its particulars ("duplicate article_id (first read from a.txt)" → "duplicate article_id")."""
    return _reason(error).split(" (", 1)[0].split(": ", 1)[0]


__all__ = ["FACT_TABLES", "format_run_summary", "summarize"]
