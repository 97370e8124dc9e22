"""The review page: spans nest whatever their overlaps, everything is escaped, and a real browser renders it.

The browser tests drive Debian's headless Chromium through chromedriver (selenium). They skip
where Chromium is not installed, except under CI (``CI=true``), where they fail instead: there a
missing browser means the page was never looked at.
"""
from __future__ import annotations

import gc
import os
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable, Iterator

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SAMPLE, needs, run_on_records

from newsextract import load
from newsextract.review import CSP, SPAN_TYPES, Highlight, render_review, render_text, write_review

CHROMIUM = Path(os.environ.get("NEWSEXTRACT_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("NEWSEXTRACT_CHROMEDRIVER", "/usr/bin/chromedriver"))
UNDER_CI = os.environ.get("CI", "").lower() == "true"


def h(start: int, end: int, kind: str = "dates", anchor: str = "") -> Highlight:
    return Highlight(start, end, kind, f"v{start}-{end}", f"{kind} {start}-{end}", anchor or f"s{start}-{end}-{kind}")


def tags(markup: str) -> str:
    """The markup with each opening tag reduced to ``<kind`` (``<kind+`` for a continuation piece)."""
    out, i = [], 0
    while i < len(markup):
        if markup.startswith("<span", i):
            end = markup.index(">", i)
            tag = markup[i:end]
            kind = tag.split('data-type="')[1].split('"')[0]
            out.append(f"<{kind}{'+' if ' cont' in tag else ''}>")
            i = end + 1
        elif markup.startswith("</span>", i):
            out.append("</>")
            i += len("</span>")
        else:
            out.append(markup[i])
            i += 1
    return "".join(out)


@pytest.mark.parametrize("text, spans, expected", [
    ("abcdef", [], "abcdef"),
    ("abcdef", [h(1, 3)], "a<dates>bc</>def"),
    ("abcdef", [h(0, 2), h(4, 6, "figures")], "<dates>ab</>cd<figures>ef</>"),
    # nested: a date inside a document reference
    ("abcdef", [h(0, 6, "documents"), h(2, 4)], "<documents>ab<dates>cd</>ef</>"),
    # the same offsets twice: both kept, the earlier listed outside
    ("abcdef", [h(1, 3, "figures"), h(1, 3)], "a<figures><dates>bc</></>def"),
    # shared start: the longer one outside, whatever the listing order
    ("abcdef", [h(0, 2), h(0, 5, "documents")], "<documents><dates>ab</>cde</>f"),
    # shared end
    ("abcdef", [h(0, 4, "documents"), h(2, 4)], "<documents>ab<dates>cd</></>ef"),
    # crossing: the second span is split where the first ends
    ("abcdef", [h(0, 3, "officials"), h(2, 5)], "<officials>ab<dates>c</></><dates+>de</>f"),
    # out of range clipped, empty and inverted dropped
    ("abc", [h(-2, 1), h(2, 9, "figures"), h(1, 1, "officials"), h(2, 1)], "<dates>a</>b<figures>c</>"),
    # markup in the text is escaped inside and outside the spans
    ("<b>&'\"", [h(0, 3)], "<dates>&lt;b&gt;</>&amp;&#x27;&quot;"),
])
def test_render_text_nests_every_overlap(text: str, spans: list[Highlight], expected: str) -> None:
    assert tags(render_text(text, spans)) == expected


class _Coverage(HTMLParser):
    """Which highlight types cover each character of rendered text; checks that tags balance."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.chars: list[frozenset[str]] = []
        self.text: list[str] = []
        self.first_pieces: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        assert tag == "span"
        self.open.append(attributes["data-type"] or "")
        if "cont" not in (attributes["class"] or ""):
            self.first_pieces.append(attributes["id"] or "")

    def handle_endtag(self, tag: str) -> None:
        assert tag == "span" and self.open
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        self.chars.extend(frozenset(self.open) for _ in data)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ab<&\u0627\u03b1", min_size=0, max_size=30),
       st.lists(st.tuples(st.integers(-2, 32), st.integers(-2, 32), st.sampled_from(SPAN_TYPES)), max_size=8))
def test_render_text_keeps_the_text_and_covers_exactly_the_spans(text: str, raw: list[tuple[int, int, str]]) -> None:
    spans = [h(start, end, kind, anchor=f"s{i}") for i, (start, end, kind) in enumerate(raw)]
    parser = _Coverage()
    parser.feed(render_text(text, spans))
    parser.close()
    assert parser.open == []
    assert "".join(parser.text) == text
    expected = [frozenset(s.kind for s in spans if max(0, s.start) <= i < min(len(text), s.end))
                for i in range(len(text))]
    assert parser.chars == expected
    kept = [s.anchor for s in spans if min(len(text), s.end) > max(0, s.start)]
    assert sorted(parser.first_pieces) == sorted(kept)  # one first piece (with the id) per span


class _Elements(HTMLParser):
    """The element names, attribute names and link targets of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)
        self.hrefs.extend(value or "" for name, value in attrs if name == "href")


# -- a run with Arabic, Greek and Vietnamese articles and one whose text is markup ----------------

HOSTILE = ('Ngày 19/4/2024, <script>window.__pwned = "script"</script> Ban Chấp hành ban hành '
           'Nghị quyết số 18-NQ/TW <img src=x onerror="window.__pwned = \'img\'"> với 1.250 mô hình '
           '"><iframe src="https://example.org/"></iframe> & đạt 15%.')
RECORDS = [
    {"id": "ar-1", "text": (SAMPLE / "texts" / "ar_01_nam-dinh-dan-van-h1.txt").read_text(encoding="utf-8"),
     "url": "https://example.org/ar-1", "published": "2024-07-10"},
    {"id": "el-1", "text": (SAMPLE / "texts" / "el_02_lao-cai-kinh-te-h1.txt").read_text(encoding="utf-8"),
     "url": "javascript:window.__pwned='url'"},
    {"id": "<b>vi-1</b>", "text": HOSTILE, "language": "vi", "title": '"><script>window.__pwned="title"</script>'},
]


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return run_on_records(tmp_path_factory.mktemp("review"), RECORDS)


@pytest.fixture(scope="module")
def tables(run_dir: Path) -> dict[str, pd.DataFrame]:
    return load(run_dir)


@pytest.fixture(scope="module")
def page(run_dir: Path) -> Path:
    return write_review(run_dir)


def test_the_run_has_spans_of_every_type_in_the_hostile_article(tables: dict[str, pd.DataFrame]) -> None:
    assert list(tables["articles"]["status"]) == ["ok", "ok", "ok"]
    for kind in ("dates", "documents", "figures"):
        assert "<b>vi-1</b>" in set(tables[kind]["article_id"]), kind


def test_page_escapes_every_value_and_loads_nothing(page: Path) -> None:
    markup = page.read_text(encoding="utf-8")
    assert page.name == "review.html"
    assert f'<meta http-equiv="Content-Security-Policy" content="{CSP.replace(chr(39), "&#x27;")}">' in markup
    assert markup.count("<script") == 1  # the page's own, at the end
    for raw in ("<img", "<iframe", "<b>vi-1", 'href="javascript:', "onerror=\"window"):
        assert raw not in markup, raw
    for escaped in ("&lt;script&gt;window.__pwned", "&lt;img src=x onerror=", "&lt;b&gt;vi-1&lt;/b&gt;",
                    "&lt;iframe src="):
        assert escaped in markup, escaped
    # Nothing that a browser would fetch or run: only these elements, no src, no handlers, links
    # within the page or out to the article's http(s) address, no url() in the styles.
    parser = _Elements()
    parser.feed(markup)
    assert parser.tags <= {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "div",
                           "label", "input", "main", "table", "thead", "tbody", "tr", "th", "td", "a", "article",
                           "span", "details", "summary", "script"}, parser.tags
    assert not [a for a in parser.attributes if a.startswith("on") or a in ("src", "srcset", "action", "style")]
    assert all(href.startswith("#") or href.startswith("https://example.org/") for href in parser.hrefs)
    assert "url(" not in markup and "@import" not in markup


def test_page_marks_arabic_right_to_left_and_links_every_article(page: Path, tables: dict[str, pd.DataFrame]) -> None:
    markup = page.read_text(encoding="utf-8")
    assert '<article id="a0" class="doc lang-0" data-lang="ar" lang="ar" dir="rtl">' in markup
    assert '<div class="text" dir="rtl">' in markup
    assert '<article id="a1" class="doc lang-1" data-lang="el" lang="el" dir="ltr">' in markup
    for i in range(len(tables["articles"])):
        assert f'<a href="#a{i}">' in markup
    for kind in SPAN_TYPES:
        assert markup.count(f'class="hl hl-{kind}" id=') == len(tables[kind]), kind


def test_render_review_shows_at_most_max_articles(tables: dict[str, pd.DataFrame]) -> None:
    markup = render_review(tables, max_articles=1)
    assert "the first 1 of 3 articles" in markup and markup.count("<article ") == 1
    assert render_review(tables, max_articles=None).count("<article ") == 3


def test_render_review_of_failed_articles_and_stray_offsets() -> None:
    from newsextract.pipeline.tables import SCHEMAS, to_arrow, to_pandas

    rows = {"articles": [{"article_id": "broken", "language": "und", "status": "error", "error": "unreadable <bytes>"},
                         {"article_id": "short", "language": "ar", "status": "ok", "text": "نص قصير"}],
            "dates": [{"article_id": "short", "text": "x", "value": "2024", "char_start": 3, "char_end": 99},
                      {"article_id": "short", "text": "y", "value": "2025", "char_start": None, "char_end": None}]}
    tables = {name: to_pandas(name, to_arrow(name, rows.get(name, []))) for name in SCHEMAS}
    markup = render_review(tables)
    assert '<p class="error">unreadable &lt;bytes&gt;</p>' in markup
    assert '<div class="text" dir="ltr"></div>' in markup  # no text, no failure
    assert 'نص <span class="hl hl-dates" id="a1-dates-0"' in markup and "قصير</span>" in markup
    assert "a1-dates-1" not in markup  # a row without offsets has nothing to highlight


def test_render_review_of_an_empty_run_is_a_page() -> None:
    from newsextract.pipeline.tables import SCHEMAS, to_pandas

    empty = {name: to_pandas(name, schema.empty_table()) for name, schema in SCHEMAS.items()}
    markup = render_review(empty)
    assert "0 articles" in markup and markup.rstrip().endswith("</html>")


# -- in a real browser -------------------------------------------------------------------------

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                  "--window-size=1280,1400")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """Headless Chromium under chromedriver, with a fresh profile; nothing is downloaded."""
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        reason = f"{' and '.join(missing)} missing (apt-get install chromium chromium-driver)"
        if UNDER_CI:
            pytest.fail(f"{reason}: CI must render the review page")
        pytest.skip(reason)
    needs("selenium")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SE_OFFLINE", "true")  # with both paths given selenium looks nothing up; and never online
        driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
        try:
            yield driver
        finally:
            driver.quit()


def _displayed(driver: object, selector: str) -> list[bool]:
    return [e.is_displayed() for e in driver.find_elements("css selector", selector)]  # type: ignore[attr-defined]


def test_browser_renders_spans_rtl_and_filters(browser: object, page: Path, tables: dict[str, pd.DataFrame],
                                               tmp_path: Path) -> None:
    driver = browser
    driver.get(page.as_uri())  # type: ignore[attr-defined]
    script: Callable[..., object] = driver.execute_script  # type: ignore[attr-defined]

    # Spans of every type were rendered, in each language's article.
    for kind in SPAN_TYPES:
        assert len(driver.find_elements("css selector", f".hl-{kind}[id]")) == len(tables[kind]), kind
    for lang in ("ar", "el", "vi"):
        assert driver.find_elements("css selector", f'article[data-lang="{lang}"] .text .hl'), lang
    # Arabic reads right to left, Greek left to right.
    direction = "return getComputedStyle(document.querySelector(arguments[0])).direction"
    assert script(direction, 'article[data-lang="ar"] .text') == "rtl"
    assert script(direction, 'article[data-lang="el"] .text') == "ltr"
    # The hostile article is inert text: no element from it, no script run, nothing fetched.
    hostile = driver.find_element("css selector", 'article[data-lang="vi"] .text')
    assert "<script>window.__pwned" in hostile.text and "<img src=x onerror=" in hostile.text
    assert not hostile.find_elements("css selector", "script, img, iframe, b")
    assert script("return window.__pwned === undefined") is True
    assert script("return document.querySelectorAll('img, iframe, link, object, embed').length") == 0
    assert script("return performance.getEntriesByType('resource').length") == 0
    assert driver.find_element("css selector", 'tr[data-lang="vi"] a').text == "<b>vi-1</b>"
    # The normalised value is on hover.
    first_date = driver.find_element("css selector", ".hl-dates[id]")
    assert first_date.get_attribute("title").startswith("date: ")
    driver.save_screenshot(str(tmp_path / "review-before-filters.png"))  # type: ignore[attr-defined]

    # A language filter hides that language's articles and summary rows, and only those.
    driver.find_element("css selector", 'input[data-lang="el"]').click()
    assert _displayed(driver, 'article[data-lang="el"]') == [False]
    assert _displayed(driver, 'tr[data-lang="el"]') == [False]
    assert _displayed(driver, 'article[data-lang="ar"]') == [True]
    assert _displayed(driver, 'article[data-lang="vi"]') == [True]

    # A type filter takes the highlight off that type and hides its rows, leaving the others.
    driver.find_element("css selector", 'input[data-type="dates"]').click()
    background = "return getComputedStyle(document.querySelector(arguments[0])).backgroundColor"
    assert script(background, 'article[data-lang="ar"] .hl-dates') == "rgba(0, 0, 0, 0)"
    assert script(background, 'article[data-lang="ar"] .hl-officials') != "rgba(0, 0, 0, 0)"
    driver.find_element("css selector", 'article[data-lang="ar"] details summary').click()
    assert not any(_displayed(driver, 'article[data-lang="ar"] tr.fact-dates'))
    assert all(_displayed(driver, 'article[data-lang="ar"] tr.fact-officials'))

    # Both filters undone, everything is back.
    driver.find_element("css selector", 'input[data-lang="el"]').click()
    driver.find_element("css selector", 'input[data-type="dates"]').click()
    assert _displayed(driver, 'article[data-lang="el"]') == [True]
    assert script(background, 'article[data-lang="ar"] .hl-dates') != "rgba(0, 0, 0, 0)"

    # Values beside the spans, on demand.
    after = "return getComputedStyle(document.querySelector(arguments[0]), '::after').content"
    assert script(after, ".hl-dates[id]") in ("none", "normal")
    driver.find_element("id", "inline-values").click()
    assert first_date.get_attribute("data-value") in script(after, ".hl-dates[id]")

    # A summary link leads to its article.
    driver.find_element("css selector", 'tr[data-lang="el"] a').click()
    assert driver.current_url.endswith("#a1")  # type: ignore[attr-defined]

    shot = tmp_path / "review.png"
    assert driver.save_screenshot(str(shot))  # type: ignore[attr-defined]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


# -- growth: render time stays linear in the number of spans, whatever their shape -----------------

def _best_of_three(run: Callable[[], object]) -> float:
    """The best of three timings, with the garbage collector off while timing (as timeit does)."""
    best = float("inf")
    collecting = gc.isenabled()
    gc.disable()
    try:
        for _ in range(3):
            start = time.perf_counter()
            run()
            best = min(best, time.perf_counter() - start)
    finally:
        if collecting:
            gc.enable()
    return best


def _disjoint(n: int) -> tuple[str, list[Highlight]]:
    return "ab " * n, [h(3 * i, 3 * i + 2, SPAN_TYPES[i % 4]) for i in range(n)]


def _concentric(n: int) -> tuple[str, list[Highlight]]:
    return "x" * (2 * n), [h(i, 2 * n - i, SPAN_TYPES[i % 4]) for i in range(n)]


def _crossing_chain(n: int) -> tuple[str, list[Highlight]]:
    # each span crosses the next: [0,3) [1,4) [2,5) ...
    return "y" * (n + 3), [h(i, i + 3, SPAN_TYPES[i % 4]) for i in range(n)]


def _long_crossing_chain(n: int) -> tuple[str, list[Highlight]]:
    # each span crosses the next 50: about 25 pieces per span, but as many at n as at 2n
    return "z" * (n + 51), [h(i, i + 51, SPAN_TYPES[i % 4]) for i in range(n)]


def _same_offsets(n: int) -> tuple[str, list[Highlight]]:
    return "w" * 10, [h(2, 8, SPAN_TYPES[i % 4]) for i in range(n)]


@pytest.mark.parametrize("shape, n", [(_disjoint, 6_000), (_concentric, 6_000), (_crossing_chain, 5_000),
                                      (_long_crossing_chain, 1_000), (_same_offsets, 10_000)])
def test_render_text_grows_linearly(shape: Callable[[int], tuple[str, list[Highlight]]], n: int) -> None:
    small, large = shape(n), shape(2 * n)
    # A busy machine can slow one measurement; a quadratic renderer (4x) fails every attempt.
    for _ in range(3):
        t_small = _best_of_three(lambda: render_text(*small))
        t_large = _best_of_three(lambda: render_text(*large))
        if t_large <= 3 * t_small:
            break
    assert t_small > 0.005, "input too small to measure"
    assert t_large <= 3 * t_small, f"{shape.__name__}: {t_small * 1000:.1f} ms at n, {t_large * 1000:.1f} ms at 2n"

