"""The bundled corpora (sample and dev): every gold file annotates an article that is there, in its own words.

A gold item whose `text` is not in the article can never be matched by an extractor, so it
would silently lower every score; these tests keep the corpus and its gold in step.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

CORPORA = Path(__file__).resolve().parents[1] / "newsextract" / "corpora"
SAMPLE = CORPORA / "sample"
CORPUS_DIRS = (SAMPLE, CORPORA / "dev")
GOLD_FILES = sorted(p for corpus in CORPUS_DIRS for p in (corpus / "gold").glob("*.json"))
LANGUAGES = ("ar", "el", "vi")
DOCUMENT_TYPES = {"resolution", "decision", "plan", "directive", "circular", "conclusion", "project",
                  "program", "law", "regulation", "instruction", "report", "other"}
ROLES = {"chaired", "attended", "spoke", "mentioned"}
FIGURE_KINDS = {"count", "money", "percent"}
DATE_VALUE = re.compile(
    r"^(?:\d{4}|XXXX)(?:-(?:\d{2}(?:-\d{2})?|Q[1-4]|H[12]))?$"  # day, month, year, quarter, half
    r"|^\d{4}(?:-\d{2})?/\d{4}(?:-\d{2})?$"  # interval of years or months
)
REQUIRED_KEYS = {"article_id", "language", "url", "authors", "officials", "dates", "documents", "figures"}


def _load(path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text_path = path.parent.parent / "texts" / f"{path.stem}.txt"
    text = text_path.read_text(encoding="utf-8") if text_path.exists() else ""
    return gold, text


def _ids(paths: list[Path]) -> list[str]:
    return [p.stem for p in paths]


def test_corpus_is_not_empty() -> None:
    assert GOLD_FILES, f"no gold files under {SAMPLE / 'gold'}"


def test_at_least_three_articles_per_language(sample_dir: Path) -> None:
    languages = Counter(json.loads(p.read_text(encoding="utf-8"))["language"]
                        for p in sorted((sample_dir / "gold").glob("*.json")))
    for lang in LANGUAGES:
        assert languages[lang] >= 3, f"{lang}: {languages[lang]} articles"


@pytest.mark.parametrize("corpus", CORPUS_DIRS, ids=lambda c: c.name)
def test_every_text_has_gold(corpus: Path) -> None:
    texts = {p.stem for p in (corpus / "texts").glob("*.txt")}
    assert texts and texts == {p.stem for p in (corpus / "gold").glob("*.json")}


@pytest.mark.parametrize("path", GOLD_FILES, ids=_ids(GOLD_FILES))
def test_gold_header(path: Path) -> None:
    gold, text = _load(path)
    assert REQUIRED_KEYS <= set(gold), REQUIRED_KEYS - set(gold)
    assert gold["article_id"] == path.stem
    assert (path.parent.parent / "texts" / f"{path.stem}.txt").exists(), "article text missing"
    assert gold["language"] in LANGUAGES
    # a written article names its source in a trailer line; a real excerpt's address is its page's
    real_excerpt = path.stem.startswith(("r1_", "r2_", "n1_", "n2_", "n3_")) and str(gold["url"]).startswith(("https://", "http://"))
    assert gold["url"] is None or gold["url"] in text or real_excerpt
    for author in gold["authors"]:
        assert author in text, author


@pytest.mark.parametrize("path", GOLD_FILES, ids=_ids(GOLD_FILES))
def test_officials_occur_in_text(path: Path) -> None:
    gold, text = _load(path)
    for person in gold["officials"]:
        assert person["name"] in text, person["name"]
        assert person["romanized"] and person["romanized"].isascii(), person["romanized"]
        assert set(person["roles"]) <= ROLES, person["roles"]
        assert person["name"] not in gold["authors"]


@pytest.mark.parametrize("path", GOLD_FILES, ids=_ids(GOLD_FILES))
def test_dates_occur_in_text(path: Path) -> None:
    gold, text = _load(path)
    values = [d["value"] for d in gold["dates"]]
    assert len(values) == len(set(values)), "a date value is listed twice"
    for date in gold["dates"]:
        assert date["text"] in text, date["text"]
        assert DATE_VALUE.match(date["value"]), date["value"]


@pytest.mark.parametrize("path", GOLD_FILES, ids=_ids(GOLD_FILES))
def test_documents_occur_in_text(path: Path) -> None:
    gold, text = _load(path)
    for doc in gold["documents"]:
        assert doc["text"] in text, doc["text"]
        assert doc["type"] in DOCUMENT_TYPES, doc["type"]
        if doc["number"] is not None:
            assert doc["number"].isdigit() and not doc["number"].startswith("0"), doc["number"]
        if doc["code"]:
            assert doc["code"] in text, doc["code"]


@pytest.mark.parametrize("path", GOLD_FILES, ids=_ids(GOLD_FILES))
def test_figures_occur_in_text(path: Path) -> None:
    gold, text = _load(path)
    listed = Counter(f["text"] for f in gold["figures"])
    for surface, n in listed.items():
        # each mention is one gold item, so a surface cannot be listed more often than it is written
        assert text.count(surface) >= n, surface
    for figure in gold["figures"]:
        assert figure["kind"] in FIGURE_KINDS, figure["kind"]
        assert isinstance(figure["value"], (int, float)) and figure["value"] >= 0
        if figure["kind"] == "percent":
            assert figure["unit"] == "percent"
        if figure["kind"] == "money":
            assert re.fullmatch(r"[A-Z]{3}", figure["unit"]), figure["unit"]
