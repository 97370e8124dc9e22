"""A static HTML page to review a run: every article's text with its extractions highlighted.

Reviewers read the extractions where they were found. :func:`write_review` writes one
self-contained file: the text of each article with the officials, dates, documents and
figures marked in it (the normalised value on hover, and in a table beside the text),
Arabic right to left, filters by language and by type, and a summary table linking to each
article. Nothing is loaded from the network: the styles and the few lines of script are
inline, and a Content-Security-Policy forbids anything else. Every piece of text from the
run (article text, values, ids, urls) is HTML-escaped, so an article quoting markup shows
it as text.

Spans of different types may overlap (a date inside a document reference, a figure inside a
measure): they are drawn as nested elements, a span that crosses another's boundary being
split into pieces that nest (see :func:`render_text`).
"""
from __future__ import annotations

import html
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

import pandas as pd

SPAN_TYPES: tuple[str, ...] = ("officials", "dates", "documents", "figures")
# The column of each table that holds the span's surface text.
SURFACE_COLUMN = {"officials": "name", "dates": "text", "documents": "text", "figures": "text"}
TYPE_LABEL = {"officials": "official", "dates": "date", "documents": "document", "figures": "figure"}
# Scripts written right to left, among the languages a run may report.
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "yi"})
REVIEW_FILE = "review.html"
# A page a browser opens comfortably (a few MB); a larger run is reviewed in samples or by language.
MAX_ARTICLES = 1000
# Only the page's own inline style and script: no request of any kind leaves the page.
CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src 'none'; "
       "base-uri 'none'; form-action 'none'")


@dataclass(frozen=True)
class Highlight:
    """One extracted span of an article's text, with what the review shows about it."""

    start: int
    end: int
    kind: str  # one of SPAN_TYPES
    value: str  # the normalised value, short
    detail: str  # every field worth a look, one per line (the hover text)
    anchor: str  # the element id of the span's first piece


def escape(value: Any) -> str:
    """Text or attribute content, HTML-escaped (quotes included); missing values are empty."""
    return html.escape(value if isinstance(value, str) else _text(value), quote=True)


def render_text(text: str, highlights: Sequence[Highlight]) -> str:
    """``text`` as HTML with every highlight wrapped in ``<span class="hl hl-<kind>">``.

    Spans that nest become nested elements. A span that crosses another's boundary is closed
    there and reopened (a continuation piece, class ``cont``), so the markup always nests. When
    pieces are reopened, the one ending soonest goes innermost, so chains of overlapping spans
    cost a constant number of tags per boundary rather than one per open span. Spans outside
    the text are clipped; empty ones are dropped.
    """
    size = len(text)
    spans = sorted(((max(0, h.start), min(size, h.end), i, h) for i, h in enumerate(highlights)
                    if min(size, h.end) > max(0, h.start)), key=lambda s: (s[0], -s[1], s[2]))
    boundaries = sorted({0, size, *(s[0] for s in spans), *(s[1] for s in spans)})
    out: list[str] = []
    stack: list[tuple[int, int, int, Highlight]] = []  # open spans, outermost first
    open_ends: dict[int, int] = {}  # end offset -> number of open spans ending there
    position = 0
    following = 0  # index of the next span to open
    for boundary in boundaries:
        out.append(escape(text[position:boundary]))
        position = boundary
        if open_ends.get(boundary):
            reopen = []
            while open_ends.get(boundary):
                span = stack.pop()
                out.append("</span>")
                open_ends[span[1]] -= 1
                if span[1] != boundary:
                    reopen.append(span)
            for span in sorted(reopen, key=lambda s: (-s[1], s[0], s[2])):
                out.append(_open_tag(span[3], first=False))
                stack.append(span)
                open_ends[span[1]] += 1
        while following < len(spans) and spans[following][0] == boundary:
            span = spans[following]
            following += 1
            out.append(_open_tag(span[3], first=True))
            stack.append(span)
            open_ends[span[1]] = open_ends.get(span[1], 0) + 1
    out.append(escape(text[position:]))
    return "".join(out)


def _open_tag(h: Highlight, first: bool) -> str:
    classes = f"hl hl-{h.kind}" + ("" if first else " cont")
    anchor = f' id="{escape(h.anchor)}"' if first else ""
    return (f'<span class="{classes}"{anchor} data-type="{h.kind}" data-value="{escape(h.value)}" '
            f'title="{escape(h.detail)}">')


def article_highlights(rows: dict[str, pd.DataFrame | list[dict[str, Any]]], article_index: int) -> list[Highlight]:
    """The highlights of one article from its rows of each span table (``{type: DataFrame or records}``)."""
    highlights = []
    for kind in SPAN_TYPES:
        frame = rows.get(kind)
        if frame is None:
            continue
        records = _records(frame) if isinstance(frame, pd.DataFrame) else frame
        for i, row in enumerate(records):
            start, end = _int(row.get("char_start")), _int(row.get("char_end"))
            if start is None or end is None:
                continue
            value, detail = DESCRIBE[kind](row)
            highlights.append(Highlight(start, end, kind, value, detail, f"a{article_index}-{kind}-{i}"))
    return highlights


def render_review(tables: dict[str, pd.DataFrame], title: str = "newsextract review",
                  max_articles: int | None = MAX_ARTICLES) -> str:
    """The review page of a run's tables (as ``newsextract.load`` returns them), as one HTML string.

    Only the first ``max_articles`` articles are shown (all with ``None``); the page says so.
    """
    all_articles = tables["articles"]
    articles = all_articles.reset_index(drop=True)
    if max_articles is not None:
        articles = articles.iloc[:max(0, max_articles)]
    shown = (f"{len(articles)} articles" if len(articles) == len(all_articles)
             else f"the first {len(articles)} of {len(all_articles)} articles")
    by_article: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for kind in SPAN_TYPES:
        groups = by_article[kind] = {}
        for row in _records(tables[kind]) if kind in tables else []:
            groups.setdefault(_text(row.get("article_id")), []).append(row)
    languages = sorted({_text(lang) or "und" for lang in articles["language"]})
    lang_class = {lang: f"lang-{i}" for i, lang in enumerate(languages)}
    seen: set[str] = set()
    summary_rows, sections = [], []
    for index, article in enumerate(_records(articles)):
        article_id = _text(article.get("article_id"))
        first = article_id not in seen  # a repeated id is a skipped duplicate: it has no rows of its own
        seen.add(article_id)
        rows = {kind: groups[article_id] for kind, groups in by_article.items()
                if first and article_id in groups}
        highlights = article_highlights(rows, index)
        lang = _text(article.get("language")) or "und"
        summary_rows.append(_summary_row(index, article, lang, lang_class[lang], highlights))
        sections.append(_article_section(index, article, lang, lang_class[lang], highlights))
    shown_ids = set(articles["article_id"])
    counts = {kind: sum(len(g) for key, g in by_article.get(kind, {}).items() if key in shown_ids)
              for kind in SPAN_TYPES}
    return _PAGE.format(
        csp=escape(CSP), title=escape(title), style=_STYLE, script=_SCRIPT,
        shown=escape(shown),
        totals=", ".join(f"{counts[k]} {k}" for k in SPAN_TYPES),
        language_filters="".join(
            f'<label><input type="checkbox" checked data-filter="{lang_class[lang]}" data-lang="{escape(lang)}"> '
            f'{escape(lang)} ({int((articles["language"].astype(object).fillna("und") == lang).sum())})</label>'
            for lang in languages),
        type_filters="".join(
            f'<label class="swatch hl-{kind}"><input type="checkbox" checked data-filter="type-{kind}" '
            f'data-type="{kind}"> {kind} ({counts[kind]})</label>' for kind in SPAN_TYPES),
        hide_rules="\n".join(
            [f"body.hide-{c} .{c} {{ display: none; }}" for c in lang_class.values()]
            + [f"body.hide-type-{k} .hl-{k} {{ background: none; border-color: transparent; }}\n"
               f"body.hide-type-{k} tr.fact-{k} {{ display: none; }}" for k in SPAN_TYPES]),
        summary_rows="\n".join(summary_rows),
        sections="\n".join(sections),
    )


def write_review(out_dir: str | Path, html_path: str | Path | None = None,
                 max_articles: int | None = MAX_ARTICLES) -> Path:
    """Write the review page of the run in ``out_dir`` (default ``out_dir/review.html``); returns its path.

    The file is written beside itself and renamed into place, so a browser never shows half a page.
    ``max_articles`` bounds the page (see :func:`render_review`).
    """
    from .pipeline.writers import load

    out = Path(out_dir)
    target = Path(html_path) if html_path is not None else out / REVIEW_FILE
    page = render_review(load(out), title=f"newsextract review: {out.resolve().name}", max_articles=max_articles)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        partial.write_text(page, encoding="utf-8")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


# -- what each type of span shows ---------------------------------------------------------------

def _describe_official(row: dict[str, Any]) -> tuple[str, str]:
    value = _text(row.get("romanized")) or _text(row.get("name"))
    return value, _lines(("official", value), ("positions", _list(row.get("positions"), " ; ")),
                         ("titles", _list(row.get("titles"), " ; ")), ("roles", _list(row.get("roles"))),
                         ("mentions", row.get("mentions")), ("person", row.get("person_id")))


def _describe_date(row: dict[str, Any]) -> tuple[str, str]:
    value = _text(row.get("value"))
    start, end = _text(row.get("period_start")), _text(row.get("period_end"))
    period = f"{start} – {end}" if start and end and start != end else start
    return value, _lines(("date", value), ("granularity", row.get("granularity")), ("period", period),
                         ("year inferred", "yes" if row.get("year_inferred") is True else ""))


def _describe_document(row: dict[str, Any]) -> tuple[str, str]:
    kind, number, code = _text(row.get("type")), _text(row.get("number")), _text(row.get("code"))
    value = code or " ".join(part for part in (kind, number) if part)
    return value, _lines(("document", kind), ("number", number), ("code", code),
                         ("issuer", _text(row.get("issuer_normalized")) or _text(row.get("issuer"))),
                         ("date", row.get("date")), ("subject", row.get("title")),
                         ("plenum", row.get("plenum")), ("term", row.get("term")), ("id", row.get("document_id")))


def _describe_figure(row: dict[str, Any]) -> tuple[str, str]:
    unit = _text(row.get("unit"))
    approx = _text(row.get("approx"))
    number = _number(row.get("value"))
    value = " ".join(part for part in ("~" if approx == "about" else ">" if approx == "more_than"
                                       else "<" if approx == "less_than" else "", number, unit) if part)
    change = _number(row.get("change"))
    return value, _lines(("figure", value), ("kind", row.get("kind")), ("approx", approx),
                         ("of total", _number(row.get("total"))),
                         ("change", f"{change} {_text(row.get('change_unit'))}".strip() if change else ""),
                         ("against", row.get("basis")), ("measure", row.get("measure")))


DESCRIBE = {"officials": _describe_official, "dates": _describe_date, "documents": _describe_document,
            "figures": _describe_figure}


# -- page parts -----------------------------------------------------------------------------------

def _summary_row(index: int, article: dict[str, Any], lang: str, lang_css: str,
                 highlights: Iterable[Highlight]) -> str:
    counts = {kind: 0 for kind in SPAN_TYPES}
    for h in highlights:
        counts[h.kind] += 1
    status = _text(article.get("status"))
    cells = "".join(f'<td class="n fact-count-{kind}">{counts[kind]}</td>' for kind in SPAN_TYPES)
    return (f'<tr class="{lang_css}" data-lang="{escape(lang)}"><td><a href="#a{index}">{escape(article.get("article_id"))}'
            f'</a></td><td>{escape(lang)}</td><td class="status-{escape(status)}">{escape(status)}</td>'
            f'<td class="n">{escape(_int(article.get("n_chars")))}</td>{cells}'
            f'<td dir="auto">{escape(article.get("title"))}</td><td>{escape(article.get("error"))}</td></tr>')


def _article_section(index: int, article: dict[str, Any], lang: str, lang_css: str,
                     highlights: Sequence[Highlight]) -> str:
    direction = "rtl" if lang in RTL_LANGUAGES else "ltr"
    url = _text(article.get("url"))
    link = (f'<a href="{escape(url)}" rel="noreferrer noopener">{escape(url)}</a>'
            if url.startswith(("https://", "http://")) else escape(url))
    meta = " · ".join(part for part in (
        escape(lang), escape(article.get("status")), f"{escape(_int(article.get('n_chars')))} chars",
        f"published {escape(article.get('published'))}" if _text(article.get("published")) else "",
        link, escape(article.get("source"))) if part)
    error, title = _text(article.get("error")), _text(article.get("title"))
    notes = ((f'<p class="error">{escape(error)}</p>' if error else "")
             + (f'<p class="title" dir="auto">{escape(title)}</p>' if title else ""))
    facts = "\n".join(
        f'<tr class="fact-{h.kind}"><td><a href="#{escape(h.anchor)}">{TYPE_LABEL[h.kind]}</a></td>'
        f'<td dir="auto">{escape(_surface(article, h))}</td><td dir="auto">{escape(h.value)}</td>'
        f'<td dir="auto" class="detail">{escape(h.detail)}</td></tr>'
        for h in sorted(highlights, key=lambda h: (h.start, SPAN_TYPES.index(h.kind))))
    return f"""<article id="a{index}" class="doc {lang_css}" data-lang="{escape(lang)}" lang="{escape(lang)}" dir="{direction}">
<header dir="ltr"><h2>{escape(article.get("article_id"))}</h2><p class="meta">{meta} · <a href="#top">summary</a></p>
{notes}</header>
<div class="text" dir="{direction}">{render_text(_text(article.get("text")), highlights)}</div>
<details dir="ltr"><summary>{len(highlights)} extractions</summary>
<table class="facts"><thead><tr><th>type</th><th>as written</th><th>value</th><th>details</th></tr></thead>
<tbody>{facts}</tbody></table></details>
</article>"""


def _surface(article: dict[str, Any], h: Highlight) -> str:
    return _text(article.get("text"))[max(0, h.start):max(0, h.end)]


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as dicts, column by column (far faster than ``DataFrame.to_dict("records")``)."""
    columns = [str(c) for c in frame.columns]
    values = [frame[c].tolist() for c in frame.columns]
    return [dict(zip(columns, row)) for row in zip(*values)]


# -- value formatting ---------------------------------------------------------------------------

def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    try:
        if pd.isna(value) is True:
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


def _int(value: Any) -> int | None:
    text = _text(value)
    try:
        return int(float(text)) if text else None
    except ValueError:
        return None


def _number(value: Any) -> str:
    text = _text(value)
    if not text:
        return ""
    try:
        number = float(text)
    except ValueError:
        return text
    if number.is_integer() and abs(number) < 1e18:
        return f"{int(number):,}"
    return f"{number:,.4f}".rstrip("0").rstrip(".")


def _list(value: Any, separator: str = ", ") -> str:
    if value is None or isinstance(value, (str, float)):
        return _text(value)
    return separator.join(_text(v) for v in value)


def _lines(*pairs: tuple[str, Any]) -> str:
    return "\n".join(f"{name}: {_text(value)}" for name, value in pairs if _text(value))


_STYLE = """
:root { --officials: #f9a825; --dates: #0288d1; --documents: #2e7d32; --figures: #c2185b; }
body { font-family: "Noto Sans", "DejaVu Sans", system-ui, sans-serif; margin: 0 auto; max-width: 72rem;
       padding: 0 1rem 4rem; color: #222; background: #fafafa; line-height: 1.5; }
header.page { position: sticky; top: 0; background: #fafafa; padding: .5rem 0; border-bottom: 1px solid #ccc; z-index: 1; }
.filters label { margin-inline-end: 1rem; white-space: nowrap; }
.filters .group { margin: .2rem 0; }
table { border-collapse: collapse; font-size: .9rem; }
th, td { border: 1px solid #ddd; padding: .15rem .4rem; vertical-align: top; text-align: start; }
td.n { text-align: end; }
.status-error { color: #b71c1c; font-weight: bold; }
.status-skipped { color: #795548; }
article.doc, .hl { scroll-margin-top: 11rem; }
article.doc { background: #fff; border: 1px solid #ddd; border-radius: 4px; margin: 1.5rem 0; padding: .5rem 1rem; }
article.doc h2 { font-size: 1.1rem; margin: .2rem 0; }
.meta { color: #555; font-size: .85rem; margin: 0; overflow-wrap: anywhere; }
.error { color: #b71c1c; }
.text { white-space: pre-wrap; font-size: 1.05rem; line-height: 1.9; margin: .75rem 0; }
.text[dir="rtl"] { font-size: 1.2rem; }
.hl { border-bottom: 3px solid; padding: 1px 0; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.hl .hl { padding-bottom: 4px; }
.hl-officials { background: rgba(249, 168, 37, .30); border-color: var(--officials); }
.hl-dates { background: rgba(2, 136, 209, .20); border-color: var(--dates); }
.hl-documents { background: rgba(46, 125, 50, .20); border-color: var(--documents); }
.hl-figures { background: rgba(194, 24, 91, .18); border-color: var(--figures); }
body.inline-values .hl:not(.cont)::after { content: " \\27e8" attr(data-value) "\\27e9"; font-size: .7em;
       color: #333; unicode-bidi: isolate; direction: ltr; }
label.swatch { border-bottom: 3px solid; padding: 0 .2rem; }
table.facts td.detail { white-space: pre-line; font-size: .8rem; color: #444; }
"""

_SCRIPT = """
(function () {
  "use strict";
  function apply(box) {
    document.body.classList.toggle("hide-" + box.getAttribute("data-filter"), !box.checked);
  }
  var boxes = document.querySelectorAll("input[data-filter]");
  for (var i = 0; i < boxes.length; i++) {
    boxes[i].addEventListener("change", function (event) { apply(event.target); });
    apply(boxes[i]);
  }
  var inline = document.getElementById("inline-values");
  inline.addEventListener("change", function () {
    document.body.classList.toggle("inline-values", inline.checked);
  });
})();
"""

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{style}
{hide_rules}
</style>
</head>
<body>
<header class="page" id="top">
<h1>{title}</h1>
<p>{shown}; {totals}. Hover a highlighted span for its normalised value.</p>
<div class="filters">
<div class="group" id="language-filters">Languages: {language_filters}</div>
<div class="group" id="type-filters">Types: {type_filters}</div>
<div class="group"><label><input type="checkbox" id="inline-values"> show values beside the spans</label></div>
</div>
</header>
<main>
<table class="summary" id="summary">
<thead><tr><th>article</th><th>language</th><th>status</th><th>chars</th><th>officials</th><th>dates</th>
<th>documents</th><th>figures</th><th>title</th><th>error</th></tr></thead>
<tbody>
{summary_rows}
</tbody>
</table>
{sections}
</main>
<script>{script}</script>
</body>
</html>
"""

__all__ = ["CSP", "DESCRIBE", "Highlight", "MAX_ARTICLES", "REVIEW_FILE", "RTL_LANGUAGES", "SPAN_TYPES", "article_highlights",
           "escape", "render_review", "render_text", "write_review"]
