"""Scoring extracted tables against gold annotations (the gold format of the sample corpus).

Conventions, per article:
- officials: one gold person matches one predicted row with the same name or the same
  romanized form (case-, accent-, honorific-insensitive); titles match when their word
  overlap F1 is at least 0.6; roles are compared as sets;
- dates: scored as the set of distinct values; ``alternatives`` also count;
- documents: matched by number, or (unnumbered) by type class and word overlap of the text
  (>= 0.5); ``resolution`` and ``decision`` form one class; type, code, date and issuer are
  then scored as accuracies;
- figures: per mention, by kind and value (relative tolerance 1e-6); unit accuracy on matches;
- items marked ``optional`` are neither rewarded nor penalised.
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from .pipeline.tables import TABLES

SCORED_FIELDS = ("officials", "titles", "roles", "dates", "documents", "figures", "authors")
ATTRIBUTES = ("romanized", "doc_type", "doc_code", "doc_date", "doc_issuer", "figure_unit", "language")
HONORIFICS = ("الرفيق", "الرفيقة", "السيد", "السيدة", "ο", "η", "κ.", "đồng", "chí", "ông", "bà")
SAME_CLASS_TYPES = {"resolution": "resolution/decision", "decision": "resolution/decision"}
UNIT_SYNONYMS = ({"team", "group"}, {"individual", "person", "people"}, {"commune", "town", "ward"},
                 {"province", "city"}, {"model", "example"}, {"visitor", "tourist", "visit"})
TITLE_MATCH = 0.6
TEXT_MATCH = 0.5
ISSUER_MATCH = 0.5
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_LETTER_FOLDS = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ى", "ي"), ("ة", "ه"))


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def fold_text(value: Any) -> str:
    """Comparison form: digits ASCII, no accents or tatweel, lower case, punctuation as space."""
    if _missing(value):
        return ""
    text = unicodedata.normalize("NFKD", str(value).translate(_DIGITS))
    text = "".join(ch for ch in text if not unicodedata.combining(ch) and ch != "\u0640")
    text = text.replace("đ", "d").replace("Đ", "D").lower()
    for src, dst in _LETTER_FOLDS:
        text = text.replace(src, dst)
    return " ".join(re.sub(r"[^\w\s/%-]", " ", text).split())


_HONORIFIC_KEYS = frozenset(fold_text(h) for h in HONORIFICS)


def person_key(name: Any) -> str:
    """A name without honorifics, folded."""
    return " ".join(w for w in fold_text(name).split() if w not in _HONORIFIC_KEYS)


def overlap_f1(a: Any, b: Any) -> float:
    """Word-overlap F1 of two strings (multiset), after folding."""
    wa, wb = fold_text(a).split(), fold_text(b).split()
    if not wa or not wb:
        return 0.0
    common = sum(min(wa.count(w), wb.count(w)) for w in set(wa))
    if not common:
        return 0.0
    precision, recall = common / len(wa), common / len(wb)
    return 2 * precision * recall / (precision + recall)


def as_list(value: Any) -> list:
    """A list-valued cell as a list (None, NaN, a string or an array all accepted)."""
    if _missing(value):
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [v for v in list(value) if v is not None and str(v) != ""]


def number_key(value: Any) -> str:
    """A document number without leading zeros, for comparison."""
    if _missing(value):
        return ""
    text = str(value).translate(_DIGITS).strip()
    match = re.match(r"^0*(\d+)", text)
    return match.group(1) if match else fold_text(text)


def same_unit(a: Any, b: Any) -> bool:
    """Units agree, allowing plural -s and the listed synonyms."""
    fa, fb = fold_text(a), fold_text(b)
    if fa == fb or fa.rstrip("s") == fb.rstrip("s"):
        return True
    return any(fa in group and fb in group for group in UNIT_SYNONYMS)


def _type_class(kind: Any) -> Any:
    return SAME_CLASS_TYPES.get(kind, kind)


@dataclass
class Counts:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def report(self) -> dict[str, Any]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else (0.0 if self.fn else 1.0)
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"p": round(precision, 3), "r": round(recall, 3), "f1": round(f1, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Accuracy:
    """Share of matched items whose attribute is right."""

    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += bool(ok)

    def report(self) -> dict[str, Any]:
        return {"acc": round(self.right / self.total, 3) if self.total else None, "n": self.total}


def _pair_up(gold: list[dict], pred: list[dict], same) -> list[tuple[dict, int]]:
    """Greedy one-to-one matching in gold order: each gold item takes the first free prediction."""
    taken: set[int] = set()
    pairs = []
    for g in gold:
        for i, p in enumerate(pred):
            if i not in taken and same(g, p):
                taken.add(i)
                pairs.append((g, i))
                break
    return pairs


class _Scorer:
    """Counts of one article; attribute accuracies accumulate across articles."""

    def __init__(self, attrs: dict[str, Accuracy]) -> None:
        self.counts: dict[str, Counts] = {f: Counts() for f in SCORED_FIELDS}
        self.attrs = attrs

    def officials(self, gold: list[dict], pred: list[dict]) -> None:
        def same(g: dict, p: dict) -> bool:
            name, rom = person_key(p.get("name")), person_key(p.get("romanized"))
            return bool(name and name == person_key(g["name"])) or bool(rom and rom == person_key(g["romanized"]))

        pairs = _pair_up(gold, pred, same)
        required = [(g, i) for g, i in pairs if not g.get("optional")]
        claimed = {i for _, i in pairs}
        n_required = sum(1 for g in gold if not g.get("optional"))
        self.counts["officials"].add(tp=len(required), fp=len(pred) - len(pairs), fn=n_required - len(required))
        matched_gold = {id(g) for g, _ in required}
        for g in gold:
            if not g.get("optional") and id(g) not in matched_gold:
                self.counts["titles"].add(fn=len(g.get("titles", [])))
                self.counts["roles"].add(fn=len(set(g.get("roles", []))))
        for i, p in enumerate(pred):
            if i not in claimed:
                self.counts["titles"].add(fp=len(as_list(p.get("titles"))))
                self.counts["roles"].add(fp=len(set(as_list(p.get("roles")))))
        for g, i in required:
            p = pred[i]
            self.attrs["romanized"].add(person_key(p.get("romanized")) == person_key(g["romanized"]))
            gold_titles, pred_titles = g.get("titles", []), as_list(p.get("titles"))
            found = sum(any(overlap_f1(t, q) >= TITLE_MATCH for q in pred_titles) for t in gold_titles)
            right = sum(any(overlap_f1(q, t) >= TITLE_MATCH for t in gold_titles) for q in pred_titles)
            self.counts["titles"].add(tp=found, fp=len(pred_titles) - right, fn=len(gold_titles) - found)
            gold_roles, pred_roles = set(g.get("roles", [])), set(as_list(p.get("roles")))
            self.counts["roles"].add(tp=len(gold_roles & pred_roles), fp=len(pred_roles - gold_roles),
                                     fn=len(gold_roles - pred_roles))

    def dates(self, gold: list[dict], pred: list[dict]) -> None:
        owner: dict[str, dict] = {}
        for g in sorted(gold, key=lambda item: not item.get("optional")):  # required items win shared values
            for value in (g["value"], *g.get("alternatives", [])):
                owner[value] = g
        predicted = {str(p.get("value")) for p in pred if not _missing(p.get("value")) and p.get("value") != ""}
        credited = {owner[v]["value"] for v in predicted if v in owner and not owner[v].get("optional")}
        required = {g["value"] for g in gold if not g.get("optional")}
        self.counts["dates"].add(tp=len(credited), fp=sum(1 for v in predicted if v not in owner),
                                 fn=len(required - credited))

    def documents(self, gold: list[dict], pred: list[dict]) -> None:
        def same(g: dict, p: dict) -> bool:
            if g.get("number"):
                return number_key(p.get("number")) == number_key(g["number"])
            return (not number_key(p.get("number")) and _type_class(p.get("type")) == _type_class(g["type"])
                    and overlap_f1(p.get("text"), g["text"]) >= TEXT_MATCH)

        pairs = _pair_up(gold, pred, same)
        required = [(g, pred[i]) for g, i in pairs if not g.get("optional")]
        n_required = sum(1 for g in gold if not g.get("optional"))
        self.counts["documents"].add(tp=len(required), fp=len(pred) - len(pairs), fn=n_required - len(required))
        for g, p in required:
            self.attrs["doc_type"].add(p.get("type") == g["type"])
            if g.get("code"):
                self.attrs["doc_code"].add(fold_text(p.get("code")).replace(" ", "") == fold_text(g["code"]).replace(" ", ""))
            if g.get("date"):
                self.attrs["doc_date"].add(str(p.get("date")) == g["date"])
            if g.get("issuer"):
                self.attrs["doc_issuer"].add(overlap_f1(p.get("issuer"), g["issuer"]) >= ISSUER_MATCH)

    def figures(self, gold: list[dict], pred: list[dict]) -> None:
        def same(g: dict, p: dict) -> bool:
            if p.get("kind") != g["kind"]:
                return False
            try:
                value = float(p.get("value"))
            except (TypeError, ValueError):
                return False
            return abs(value - g["value"]) <= 1e-6 * max(1.0, abs(g["value"]))

        pairs = _pair_up(gold, pred, same)
        required = [(g, pred[i]) for g, i in pairs if not g.get("optional")]
        n_required = sum(1 for g in gold if not g.get("optional"))
        self.counts["figures"].add(tp=len(required), fp=len(pred) - len(pairs), fn=n_required - len(required))
        for g, p in required:
            self.attrs["figure_unit"].add(same_unit(p.get("unit"), g["unit"]))

    def authors(self, gold: list[str], predicted: Iterable[Any]) -> None:
        g = {person_key(a) for a in gold}
        p = {person_key(a) for a in predicted}
        self.counts["authors"].add(tp=len(g & p), fp=len(p - g), fn=len(g - p))


def _read_tables(pred_dir: Path) -> dict[str, dict[str, list[dict]]]:
    grouped: dict[str, dict[str, list[dict]]] = {}
    for name in TABLES:
        path = pred_dir / f"{name}.parquet"
        rows = pd.read_parquet(path).to_dict("records") if path.exists() else []
        by_article: dict[str, list[dict]] = defaultdict(list)
        for row in rows:
            if "article_id" in row:
                by_article[str(row["article_id"])].append(row)
        grouped[name] = by_article
    return grouped


def evaluate(gold_dir: str | Path, pred_dir: str | Path) -> dict[str, Any]:
    """P/R/F1 per field for all articles and per language, plus attribute accuracies."""
    tables = _read_tables(Path(pred_dir))
    per_scope: dict[str, dict[str, Counts]] = defaultdict(lambda: {f: Counts() for f in SCORED_FIELDS})
    attributes = {a: Accuracy() for a in ATTRIBUTES}
    missing = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        article_id, lang = gold["article_id"], gold.get("language", "und")
        article = tables["articles"].get(article_id)
        if not article:
            missing.append(article_id)
        scorer = _Scorer(attributes)
        scorer.attrs["language"].add(bool(article) and article[0].get("language") == lang)
        scorer.authors(gold.get("authors", []), as_list(article[0].get("authors")) if article else [])
        scorer.officials(gold.get("officials", []), tables["officials"].get(article_id, []))
        scorer.dates(gold.get("dates", []), tables["dates"].get(article_id, []))
        scorer.documents(gold.get("documents", []), tables["documents"].get(article_id, []))
        scorer.figures(gold.get("figures", []), tables["figures"].get(article_id, []))
        for scope in ("all", lang):
            for field, counts in scorer.counts.items():
                per_scope[scope][field].add(counts.tp, counts.fp, counts.fn)
    result: dict[str, Any] = {scope: {f: c.report() for f, c in counts.items()} for scope, counts in per_scope.items()}
    result["attributes"] = {a: acc.report() for a, acc in attributes.items()}
    result["missing_articles"] = missing
    return result


def format_report(result: dict[str, Any]) -> str:
    """The result as a table of F1 per scope and field, then attribute accuracies."""
    lines = [f"{'scope':<6}" + "".join(f"{f:>11}" for f in SCORED_FIELDS) + "   (F1)"]
    for scope in sorted(k for k in result if k not in ("attributes", "missing_articles")):
        lines.append(f"{scope:<6}" + "".join(f"{result[scope][f]['f1']:>11.3f}" for f in SCORED_FIELDS))
    lines.append("attributes (accuracy on matched items): " + ", ".join(
        f"{k}={v['acc']}/{v['n']}" for k, v in result["attributes"].items()))
    if result["missing_articles"]:
        lines.append("articles missing from the articles table: " + ", ".join(result["missing_articles"]))
    return "\n".join(lines)
