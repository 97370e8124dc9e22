"""Growth: the shared text path (tokenizer, language ID, dates) costs time linear in the text.

Each case builds a hostile input at size n and 2n and times both as ``growth.py`` says: a
linear step takes about twice as long on twice the text, a quadratic one four times.
"""
from __future__ import annotations

from typing import Callable

import pytest

from newsextract.pipeline.clean import clean
from newsextract.pipeline.langid import identify_language
from newsextract.pipeline.nlp import build_pipeline, load_pipeline

from conftest import SAMPLE
from growth import assert_linear_growth

NAMES = {"ar": "محمد علي حسن", "el": "Νίκος Παπαδόπουλος", "vi": "Nguyễn Văn An"}
GREEK_LETTERS = "αβγδεζηθικλμνξοπρστυφχψω"


def growth(build: Callable[[int, int], str], run: Callable[[str], object], n: int) -> None:
    """Fail when ``run`` on what ``build(2n, salt)`` makes takes more than about twice what it
    takes at ``n``; each call gets its own salt, so that no cache hides the cost."""
    assert_linear_growth(lambda salt: run(build(n, salt)), lambda salt: run(build(2 * n, salt)),
                         f"{build.__name__} at n={n}")


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
    head = GREEK_LETTERS[salt % 24] + GREEK_LETTERS[salt // 24 % 24]
    return "Ο " + head + (GREEK_LETTERS * (n // len(GREEK_LETTERS) + 1))[:n] + " δήλωσε."


@pytest.mark.parametrize("lang", ["ar", "el", "vi"])
def test_nested_brackets_tokenize_in_linear_time(lang: str) -> None:
    growth(nested_brackets(lang), tokenize(lang), 6000)


@pytest.mark.parametrize("build", [dotted_number, greek_letter_run], ids=["dotted_number", "greek_letter_run"])
def test_long_runs_without_spaces_tokenize_in_linear_time(build: Callable[[int, int], str]) -> None:
    growth(build, tokenize("el"), 100000)


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

    growth(build, run, 10000)


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

    growth(build, run, copies)
