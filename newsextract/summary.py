"""A printable overview of a run's tables, for a first look before opening pandas."""
from __future__ import annotations

import pandas as pd

TOP = 8


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
        label = documents["code"].fillna(documents["type"].astype(str) + " " + documents["number"].fillna(""))
        for name, n in label.str.strip().value_counts().head(top).items():
            lines.append(f"  {name:<28} {n}")
    figures = tables["figures"]
    if len(figures):
        lines.append("\nfigures by kind and unit:")
        counts = figures.groupby(["kind", "unit"], observed=True).size().sort_values(ascending=False)
        for (kind, unit), n in counts.head(top).items():
            lines.append(f"  {kind:<8} {unit:<20} {n}")
    return "\n".join(lines)
