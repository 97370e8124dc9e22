"""Person-name recall and precision of the NER backends on public gold NER sentences.

Reads ../shared/peers/*.jsonl at run time (ANERcorp ar, elNER-4 el, VLSP 2018 vi; never
copied into the repository) and compares each backend's person spans with the gold ``PER``
entities, per language:

* **exact**: same start and end;
* **lenient**: the spans overlap and differ only by a clitic or honorific at the edges (ANERcorp
  keeps proclitics such as ``و`` in its spans: ``وأسامة``), counted as overlap.

Precision is the share of predicted spans that match a gold ``PER`` span (exact / overlapping).
A backend that adds spans (``ner.transformers.v1``, ``ner.underthesea.v1``) is measured together
with the lexicon grammar, as the officials component uses it.

The backends read whole articles, as in the pipeline: the sentences of one article (the VLSP ids
share the part before ``#``; ANERcorp and elNER ids name single sentences) are joined with
newlines, tagged once, and each span is mapped back to its sentence. A name confirmed at one
place of an article then counts at its other mentions (``ner.underthesea.v1``), and the lexicon
grammar carries a name through the article as it does in the pipeline. ``--per-sentence`` reads
each sentence alone instead.

Recall is measured on all gold PER entities; the Vietnamese-name subset (gold PER spans whose
every word is a known Vietnamese name syllable, the names this project's texts are about) is
also reported. These sentences are general news (Arab, Greek and world figures): the lexicon
backend reads them with the native-name rules (``extractors/officials/anchored.py``: titles,
honorifics, nationalities, speech verbs, given names), not with the Vietnamese syllable tables,
so the numbers say how far those rules reach on names of every origin.

    .venv/bin/python benchmarks/bench_peers_ner.py [--limit N] [--backend NAME] [--model-dir DIR] [--per-sentence]
"""
from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from newsextract.extractors.officials.lexicon import load_lexicon
from newsextract.extractors.officials.names import readings
from newsextract.models import ner

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSEXTRACT_SHARED", REPO.parent / "shared"))
LEXICON = ner.get_backend("ner.lexicon.v1")
PEER_FILES = {"ar": "ar_anercorp.jsonl", "el": "el_elner4.jsonl", "vi": "vi_vlsp2018.jsonl"}


def load_sentences(lang: str, limit: int | None) -> list[dict]:
    path = SHARED / "peers" / PEER_FILES[lang]
    if not path.exists():
        raise SystemExit(f"{path} not found: set NEWSEXTRACT_SHARED to the folder holding peers/")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows[:limit] if limit else rows


def vietnamese_name(text: str, lang: str) -> bool:
    lex = load_lexicon(lang)
    parts = text.split()
    return len(parts) >= 2 and all(readings(p, lex) for p in parts)


def predict(backend: ner.NERBackend, text: str, lang: str) -> list[tuple[int, int]]:
    """The person spans the officials component would use with ``backend``: a backend that adds
    spans is used together with the lexicon grammar, as in ``extractors/officials``."""
    spans = set(backend.person_spans(text, lang))
    if backend.adds_spans:
        spans |= set(LEXICON.person_spans(text, lang))
    return sorted(spans)


def article_of(sentence: dict) -> str:
    """The article a peers sentence comes from: its id before ``#``."""
    return str(sentence["id"]).split("#", 1)[0]


def predict_per_article(backend: ner.NERBackend, sentences: list[dict], lang: str) -> list[list[tuple[int, int]]]:
    """Each sentence's spans when the backend reads whole articles, as the pipeline does: the
    sentences of one article (consecutive rows with the same id prefix) are joined with newlines,
    tagged once, and each span is mapped back to its sentence (a span across a newline is dropped)."""
    out: list[list[tuple[int, int]]] = []
    i = 0
    while i < len(sentences):
        j = i
        while j < len(sentences) and article_of(sentences[j]) == article_of(sentences[i]):
            j += 1
        starts, pos = [], 0
        for s in sentences[i:j]:
            starts.append(pos)
            pos += len(s["text"]) + 1
        text = "\n".join(s["text"] for s in sentences[i:j])
        spans = predict(backend, text, lang)
        for k, s in enumerate(sentences[i:j]):
            lo, hi = starts[k], starts[k] + len(s["text"])
            out.append(sorted((a - lo, b - lo) for a, b in spans if lo <= a and b <= hi))
        i = j
    return out


def score(lang: str, sentences: list[dict], backend: ner.NERBackend, per_article: bool = False) -> dict:
    tp_exact = tp_lenient = n_pred = n_gold = pred_exact = pred_lenient = 0
    vn_gold = vn_hit = 0
    started = time.perf_counter()
    if per_article:
        predictions = predict_per_article(backend, sentences, lang)
    else:
        predictions = [predict(backend, s["text"], lang) for s in sentences]
    seconds = time.perf_counter() - started
    for s, pred in zip(sentences, predictions):
        gold = [(e["start"], e["end"]) for e in s["entities"] if e["label"] == "PER"]
        n_gold += len(gold)
        n_pred += len(pred)
        for g in gold:
            exact = g in pred
            lenient = exact or any(p[0] < g[1] and g[0] < p[1] for p in pred)
            tp_exact += exact
            tp_lenient += lenient
            if vietnamese_name(s["text"][g[0]:g[1]], lang):
                vn_gold += 1
                vn_hit += lenient
        for p in pred:
            pred_exact += p in gold
            pred_lenient += any(p[0] < g[1] and g[0] < p[1] for g in gold)

    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:.1f}" if b else "n/a"
    return {
        "lang": lang, "sentences": len(sentences), "gold PER": n_gold, "predicted": n_pred,
        "recall exact": pct(tp_exact, n_gold), "recall lenient": pct(tp_lenient, n_gold),
        "precision exact": pct(pred_exact, n_pred), "precision lenient": pct(pred_lenient, n_pred),
        "Vietnamese names": f"{pct(vn_hit, vn_gold)} (n={vn_gold})",
        "sentences/s": f"{len(sentences) / seconds:.0f}" if seconds else "n/a",
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="first N sentences per language")
    ap.add_argument("--backend", default="ner.lexicon.v1")
    ap.add_argument("--model-dir", default=None, help="local model folder for ner.transformers.v1")
    ap.add_argument("--per-sentence", action="store_true",
                    help="tag each sentence alone instead of each article's sentences together")
    args = ap.parse_args(argv)
    options = {"model_dir": args.model_dir} if args.model_dir else {}
    backend = ner.get_backend(args.backend, **options)
    rows = [score(lang, load_sentences(lang, args.limit), backend, per_article=not args.per_sentence)
            for lang in PEER_FILES]
    cols = list(rows[0])
    unit = "sentence" if args.per_sentence else "article"
    print(f"backend `{args.backend}`, read per {unit}\n")
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for r in rows:
        print("| " + " | ".join(str(r[c]) for c in cols) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
