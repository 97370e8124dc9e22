"""Growth: the shared text path (tokenizer, language ID, dates) costs time linear in the text.

Each case builds a hostile input at size n and 2n and compares the best of three runs: a
linear step takes about twice as long on twice the text, a quadratic one four times. The
bound (3x) is generous so that a busy machine does not fail the test; n is chosen so that one
run takes a few tens of milliseconds, well above timer noise.
"""
from __future__ import annotations

import gc
import time
from typing import Callable

import pytest

from newsextract.pipeline.clean import clean
from newsextract.pipeline.langid import identify_language
from newsextract.pipeline.nlp import build_pipeline, load_pipeline

from conftest import SAMPLE

MAX_RATIO = 3.0
RUNS = 3

NAMES = {"ar": "محمد علي حسن", "el": "Νίκος Παπαδόπουλος", "vi": "Nguyễn Văn An"}
GREEK_LETTERS = "αβγδεζηθικλμνξοπρστυφχψω"


def seconds(run: Callable[[str], object], text: str) -> float:
    """CPU seconds of one run: other processes on the machine say nothing about its growth."""
    started = time.process_time()
    run(text)
    return time.process_time() - started


def growth(build: Callable[[int, int], str], run: Callable[[str], object], n: int) -> float:
    """t(2n) / t(n), each the best of :data:`RUNS` runs of ``run`` on what ``build(size, salt)``
    makes at that size; the sizes take turns, so a busy moment slows both alike. Each run gets
    its own salt, so that no cache (spaCy keeps the tokens of each run it saw) hides the cost."""
    run(build(n, RUNS))
    run(build(2 * n, RUNS))
    times_small, times_large = [], []
    # A collection pass over the whole heap (loaded pipelines included) says nothing about
    # how the step grows either: the collector is held off while the runs are timed.
    gc.collect()
    gc.disable()
    try:
        for salt in range(RUNS):
            small, large = build(n, salt), build(2 * n, salt)
            times_small.append(seconds(run, small))
            times_large.append(seconds(run, large))
    finally:
        gc.enable()
    ratio = min(times_large) / min(times_small)
    print(f"n={n}: {min(times_small) * 1000:.1f} ms, 2n: {min(times_large) * 1000:.1f} ms, ratio {ratio:.2f}")
    return ratio


def tokenize(lang: str) -> Callable[[str], object]:
    nlp = load_pipeline(lang)

    def run(text: str) -> object:
        doc = nlp.make_doc(text)
        assert doc.text == text
        return doc

    return run


# The salt goes where it leaves the hostile shape as it is: inside a word, after a number.


def nested_brackets(lang: str) -> Callable[[int, int], str]:
    def build(n: int, salt: int) -> str:
        first, rest = NAMES[lang].split(" ", 1)
        return "Ο " + "(" * n + f"{first}{salt} {rest}{salt}" + ")" * n + " ."
    return build


def dotted_number(n: int, salt: int) -> str:
    return f"Το ποσό ανήλθε σε {salt + 1}" + ".000" * (n // 4) + " ευρώ."


def greek_letter_run(n: int, salt: int) -> str:
    return "Ο " + GREEK_LETTERS[salt] + (GREEK_LETTERS * (n // len(GREEK_LETTERS) + 1))[:n] + " δήλωσε."


@pytest.mark.parametrize("lang", ["ar", "el", "vi"])
def test_nested_brackets_tokenize_in_linear_time(lang: str) -> None:
    assert growth(nested_brackets(lang), tokenize(lang), 6000) <= MAX_RATIO


@pytest.mark.parametrize("build", [dotted_number, greek_letter_run], ids=["dotted_number", "greek_letter_run"])
def test_long_runs_without_spaces_tokenize_in_linear_time(build: Callable[[int, int], str]) -> None:
    assert growth(build, tokenize("el"), 100000) <= MAX_RATIO


def test_over_long_runs_keep_the_text_and_the_tokens_around_them() -> None:
    nlp = load_pipeline("el")
    head, tail = "Ο κ. Παπαδόπουλος", "δήλωσε ότι το ποσό είναι 1.000 ευρώ, π.χ. σήμερα."
    text = f"{head} " + "(" * 600 + "Νίκος" + ")" * 600 + f" {tail}"
    doc = nlp.make_doc(text)
    assert doc.text == text
    spacy_tokens = nlp.tokenizer.tokenizer  # spaCy's own tokenizer, on the ordinary parts
    head_tokens = [t.text for t in spacy_tokens(head)]
    tail_tokens = [t.text for t in spacy_tokens(tail)]
    assert [t.text for t in doc[:len(head_tokens)]] == head_tokens
    assert [t.text for t in doc[-len(tail_tokens):]] == tail_tokens
    assert sum(t.text == "(" for t in doc) == 600


@pytest.mark.parametrize("shape", ["ab.", "1.000"])
def test_dotted_runs_through_language_detection_in_linear_time(shape: str) -> None:
    def build(n: int, salt: int) -> str:
        return f"Η επιτροπή συνεδρίασε. {salt}" + shape * (n // len(shape)) + " Τέλος."

    def run(text: str) -> object:
        return identify_language(clean(text).text)

    assert growth(build, run, 10000) <= MAX_RATIO


def corpus_text(lang: str) -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((SAMPLE / "texts").glob(f"{lang}_*.txt")))


@pytest.mark.parametrize("lang", ["ar", "el", "vi"])
def test_joined_articles_through_the_dates_component_in_linear_time(lang: str) -> None:
    nlp = build_pipeline(lang, fields=("dates",))
    article = corpus_text(lang)
    copies = max(1, 12000 // len(article))

    def build(n: int, salt: int) -> str:
        return f"{salt}\n\n" + "\n\n".join([article] * n)

    def run(text: str) -> object:
        doc = nlp(text)
        assert doc.spans["dates"]
        return doc

    assert growth(build, run, copies) <= MAX_RATIO
