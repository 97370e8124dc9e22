"""The array sentence splitter sets exactly the sentence starts of spaCy's sentencizer."""
from __future__ import annotations

from pathlib import Path

import pytest
from spacy.pipeline import Sentencizer

from newsextract.pipeline.nlp import SENTENCE_PUNCT, load_pipeline

CORPORA = Path(__file__).resolve().parents[1] / "newsextract" / "corpora"

SHAPES = {
    "ar": ["", ".", "...!", "قال الوزير. ثم غادر", "؟؟ بدأ الاجتماع؟ نعم.", "(الرئيس). «قال» ، ثم"],
    "el": ["", ";", "Ο υπουργός είπε; Ναι.", ". . . αρχή", "Τέλος.\n\nΝέα παράγραφος…ακόμη"],
    "vi": ["", "!", "Ông nói. Bà đáp!", "...Mở đầu (câu). \"Trích dẫn.\" Kết", "24-KH/BCĐ. 218/QĐ-TTg; tiếp"],
}


def _spacy_starts(lang: str, text: str) -> list[bool]:
    nlp = load_pipeline(lang)
    doc = nlp.make_doc(text)
    sentencizer = Sentencizer(punct_chars=SENTENCE_PUNCT)
    return [bool(t.is_sent_start) for t in sentencizer(doc)]


def _our_starts(lang: str, text: str) -> list[bool]:
    nlp = load_pipeline(lang)
    doc = nlp.get_pipe("newsextract_sentences")(nlp.make_doc(text))
    return [bool(t.is_sent_start) for t in doc]


@pytest.mark.parametrize("lang,text", [(lang, text) for lang, texts in SHAPES.items() for text in texts])
def test_same_starts_as_spacy_on_edge_shapes(lang: str, text: str) -> None:
    assert _our_starts(lang, text) == _spacy_starts(lang, text)


@pytest.mark.parametrize("lang", ["ar", "el", "vi"])
def test_same_starts_as_spacy_on_bundled_articles(lang: str) -> None:
    paths = [p for p in sorted(CORPORA.glob("*/texts/*.txt")) if lang in p.stem.split("_")]
    assert paths
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert _our_starts(lang, text) == _spacy_starts(lang, text), path.name


def test_sentences_reach_the_doc() -> None:
    doc = load_pipeline("vi")("Ông An phát biểu. Bà Bình tham dự hội nghị.")
    assert [s.text for s in doc.sents] == ["Ông An phát biểu.", "Bà Bình tham dự hội nghị."]


@pytest.mark.parametrize("lang", ["ar", "el", "vi"])
def test_walk_over_punctuation_sets_the_array_starts(lang: str) -> None:
    """The walk over punctuation tokens (every mark is punctuation) and the whole-Doc array rule
    set the same starts."""
    nlp = load_pipeline(lang)
    splitter = nlp.get_pipe("newsextract_sentences")
    assert splitter._marks_are_punct
    texts = SHAPES[lang] + [p.read_text(encoding="utf-8") for p in sorted(CORPORA.glob("*/texts/*.txt"))
                            if lang in p.stem.split("_")][:20]
    for text in texts:
        walked = [bool(t.is_sent_start) for t in splitter(nlp.make_doc(text))]
        splitter._marks_are_punct = False
        try:
            arrays = [bool(t.is_sent_start) for t in splitter(nlp.make_doc(text))]
        finally:
            splitter._marks_are_punct = True
        assert walked == arrays, text[:40]
