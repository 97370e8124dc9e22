"""`newsextract evaluate`: the gold conventions on hand-made cases, and agreement with the shared scorer."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsextract.cli import main
from newsextract.evaluate import evaluate, fold_text, overlap_f1, person_key, same_unit
from newsextract.pipeline.tables import to_arrow


def write_run(out: Path, tables: dict[str, list[dict]]) -> Path:
    import pyarrow.parquet as pq

    out.mkdir(parents=True, exist_ok=True)
    for name in ("articles", "officials", "persons", "dates", "documents", "figures"):
        pq.write_table(to_arrow(name, tables.get(name, [])), out / f"{name}.parquet")
    return out


def write_gold(folder: Path, gold: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{gold['article_id']}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return folder


GOLD = {
    "article_id": "a1", "language": "ar", "url": None, "authors": ["ماي لان"],
    "officials": [
        {"name": "ماي فان توات", "romanized": "Mai Van Tuat", "titles": ["رئيس مجلس الشعب الإقليمي"],
         "roles": ["chaired", "spoke"]},
        {"name": "دو فيت آنه", "romanized": "Do Viet Anh", "titles": ["عضو اللجنة الدائمة"], "roles": ["attended"]},
    ],
    "dates": [{"text": "عام ٢٠٢٤", "value": "2024"}, {"text": "الربع الثالث", "value": "2024-Q3",
                                                     "alternatives": ["XXXX-Q3"]},
              {"text": "10 سنوات", "value": "P10Y", "optional": True}],
    "documents": [{"text": "القرار رقم 218/QD-TTg", "type": "decision", "number": "218", "code": "218/QD-TTg",
                   "date": "2024-03-04", "issuer": "رئيس الوزراء"},
                  {"text": "قرار المؤتمر الثامن للجنة المركزية", "type": "resolution", "number": None, "code": None,
                   "date": None, "issuer": None}],
    "figures": [{"text": "8,641 مليار دونج", "value": 8641000000000, "kind": "money", "unit": "VND"},
                {"text": "40 عاملًا", "value": 40, "kind": "count", "unit": "worker"},
                {"text": "6 أشهر", "value": 6, "kind": "count", "unit": "month", "optional": True}],
}

PRED = {
    "articles": [{"article_id": "a1", "language": "ar", "authors": ["ماي لان", "آنه تو"], "status": "ok"}],
    "officials": [
        {"article_id": "a1", "name": "الرفيق ماي فان توات", "romanized": "Mai Van Tuat",
         "titles": ["رئيس مجلس الشعب الإقليمي", "عضو"], "roles": ["chaired"]},
        {"article_id": "a1", "name": "دو فيت انه", "romanized": "Do Viet Anh", "titles": [], "roles": ["attended"]},
        {"article_id": "a1", "name": "لجنة", "romanized": "Lajna", "titles": ["x"], "roles": ["mentioned"]},
    ],
    "dates": [{"article_id": "a1", "value": "2024"}, {"article_id": "a1", "value": "XXXX-Q3"},
              {"article_id": "a1", "value": "P10Y"}, {"article_id": "a1", "value": "2200"}],
    "documents": [{"article_id": "a1", "text": "القرار 218/QĐ-TTg", "type": "resolution", "number": "0218",
                   "code": "218/QĐ-TTg", "date": "2024-03-04", "issuer": "الصادر عن رئيس الوزراء"},
                  {"article_id": "a1", "text": "قرار المؤتمر الثامن للجنة المركزية الثالثة عشرة", "type": "decision",
                   "number": None}],
    "figures": [{"article_id": "a1", "value": 8641000000000.0, "kind": "money", "unit": "VND"},
                {"article_id": "a1", "value": 40.0, "kind": "percent", "unit": "percent"},
                {"article_id": "a1", "value": 6.0, "kind": "count", "unit": "month"}],
}


@pytest.fixture()
def scored(tmp_path: Path) -> dict:
    return evaluate(write_gold(tmp_path / "gold", GOLD), write_run(tmp_path / "out", PRED))


@pytest.mark.parametrize("field, expected", [
    ("officials", {"tp": 2, "fp": 1, "fn": 0}),       # honorific and hamza folded away; the organisation is spurious
    ("titles", {"tp": 1, "fp": 2, "fn": 1}),
    ("roles", {"tp": 2, "fp": 1, "fn": 1}),
    ("dates", {"tp": 2, "fp": 1, "fn": 0}),            # alternative accepted, optional neutral, 2200 spurious
    ("documents", {"tp": 2, "fp": 0, "fn": 0}),        # 0218 = 218; resolution and decision are one class
    ("figures", {"tp": 1, "fp": 1, "fn": 1}),          # 40 counted as a percent matches nothing
    ("authors", {"tp": 1, "fp": 1, "fn": 0}),
])
def test_counts_follow_the_gold_conventions(scored: dict, field: str, expected: dict) -> None:
    assert {k: scored["ar"][field][k] for k in expected} == expected
    assert scored["all"][field] == scored["ar"][field]


def test_attribute_accuracies(scored: dict) -> None:
    attrs = scored["attributes"]
    assert attrs["doc_type"] == {"acc": 0.0, "n": 2}  # exact type is scored apart
    assert attrs["doc_code"]["acc"] == 1.0 and attrs["doc_date"]["acc"] == 1.0 and attrs["doc_issuer"]["acc"] == 1.0
    assert attrs["romanized"] == {"acc": 1.0, "n": 2}
    assert attrs["figure_unit"] == {"acc": 1.0, "n": 1}
    assert attrs["language"] == {"acc": 1.0, "n": 1}


def test_missing_article_is_reported(tmp_path: Path) -> None:
    result = evaluate(write_gold(tmp_path / "gold", GOLD), write_run(tmp_path / "out", {}))
    assert result["missing_articles"] == ["a1"]
    assert result["all"]["officials"]["fn"] == 2 and result["all"]["officials"]["f1"] == 0.0


@pytest.mark.parametrize("a, b, expected", [
    ("Nguyễn Văn", "nguyen van", True), ("إجمالي", "اجمالي", True), ("٢٠٢٤", "2024", True),
    ("Αναπληρωτής", "αναπληρωτης", True), ("Đồng", "dong", True), ("ماي", "مای", False),
])
def test_fold_text(a: str, b: str, expected: bool) -> None:
    assert (fold_text(a) == fold_text(b)) is expected


@pytest.mark.parametrize("a, b, expected", [
    ("đồng chí Phạm Văn Hậu", "Pham Van Hau", "pham van hau"), ("ο Ντιν Βαν Κόα", "Ντιν Βαν Κόα", "ντιν βαν κοα"),
])
def test_person_key_drops_honorifics(a: str, b: str, expected: str) -> None:
    assert person_key(a) == person_key(b) == expected


@pytest.mark.parametrize("a, b, expected", [
    ("team", "group", True), ("models", "model", True), ("tourist", "visitor", True), ("model", "worker", False),
])
def test_same_unit(a: str, b: str, expected: bool) -> None:
    assert same_unit(a, b) is expected


def test_overlap_f1_is_symmetric_and_bounded() -> None:
    assert overlap_f1("a b c", "a b c") == 1.0
    assert overlap_f1("a b", "c d") == 0.0
    assert overlap_f1("a b c d", "a b") == pytest.approx(2 / 3)


def test_agrees_with_shared_scorer_on_seeds(shared_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "seeds"
    assert main(["extract", str(shared_dir / "seeds"), "--out", str(out), "--quiet"]) == 0
    ours = evaluate(shared_dir / "gold", out)
    proc = subprocess.run([sys.executable, str(shared_dir / "eval" / "score.py"), "--gold", str(shared_dir / "gold"),
                           "--pred", str(out), "--json"], capture_output=True, text=True, timeout=300, check=True)
    assert ours == json.loads(proc.stdout)


def test_agrees_with_shared_scorer_on_hand_made_case(shared_dir: Path, tmp_path: Path) -> None:
    gold, out = write_gold(tmp_path / "gold", GOLD), write_run(tmp_path / "out", PRED)
    proc = subprocess.run([sys.executable, str(shared_dir / "eval" / "score.py"), "--gold", str(gold),
                           "--pred", str(out), "--json"], capture_output=True, text=True, timeout=300, check=True)
    assert evaluate(gold, out) == json.loads(proc.stdout)
