"""Person-name backends for the officials component, in one registry of versioned names.

* ``ner.lexicon.v1`` (default): the officials grammar itself: Vietnamese name syllables as
  each script writes them, honorifics, titles and lists (``extractors/officials``). Needs
  nothing beyond the package.
* ``ner.transformers.v1``: a token-classification model the user already has on disk
  (``model_dir``: a folder saved with ``save_pretrained``); nothing is downloaded. Its
  person spans are added to the lexicon's, so it raises recall on names the syllable tables
  do not cover. Needs ``transformers`` and ``torch``.
* ``ner.underthesea.v1``: Vietnamese names from underthesea's CRF tagger (its model ships in
  its wheel), confirmed by the text (cues, name syllables, the tagger's confidence, the other
  mentions in the article) and added to the lexicon's; other languages are left to the lexicon. Needs ``underthesea`` (``models/underthesea_ner.py``).

``get_backend(name, **options)`` builds a backend; ``default_backend()`` is the one the
officials component uses: ``ner.lexicon.v1`` unless ``NEWSEXTRACT_NER_BACKEND`` names another
(with ``NEWSEXTRACT_NER_MODEL`` as the transformers model folder).
"""
from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from ..extractors.officials.mentions import person_spans as officials_person_spans

Span = tuple[int, int]


class NERBackend(Protocol):
    """Finds person-name spans (character offsets) in a text of a given language."""

    name: str
    adds_spans: bool  # True when the officials component should add these spans to its own

    def person_spans(self, text: str, lang: str) -> list[Span]: ...


class LexiconNER:
    """Names found by the officials grammar (syllable tables + honorifics, titles, lists)."""

    name = "ner.lexicon.v1"
    adds_spans = False  # the officials component already is this backend

    def person_spans(self, text: str, lang: str) -> list[Span]:
        return officials_person_spans(text, lang)


class TransformersNER:
    """Person spans from a local token-classification model (``save_pretrained`` folder).

    Labels are read from the model's ``id2label``; a label is a person label when, without its
    ``B-``/``I-``/``E-``/``S-`` prefix, it is one of ``person_labels``. Offsets come from the fast
    tokenizer's offset mapping, so they index the original text.
    """

    name = "ner.transformers.v1"
    adds_spans = True

    def __init__(self, model_dir: str | os.PathLike[str], person_labels: tuple[str, ...] = ("PER", "PERSON"),
                 max_length: int = 512, device: str = "cpu") -> None:
        path = Path(model_dir)
        if not path.is_dir():
            raise FileNotFoundError(
                f"NER model folder {path} not found: pass a local folder saved with save_pretrained "
                "(models are never downloaded)")
        try:
            import torch  # noqa: F401
            from transformers import AutoModelForTokenClassification, AutoTokenizer
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("ner.transformers.v1 needs the 'transformers' and 'torch' packages") from exc
        self.tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
        if not getattr(self.tokenizer, "is_fast", False):
            raise ValueError(f"{path}: a fast tokenizer (tokenizer.json) is needed for character offsets")
        self.model = AutoModelForTokenClassification.from_pretrained(str(path), local_files_only=True)
        self.model.eval()
        self.model.to(device)
        self.device = device
        self.max_length = max_length
        self.person_labels = {p.upper() for p in person_labels}
        self.id2label = {int(k): str(v) for k, v in self.model.config.id2label.items()}

    def _is_person(self, label: str) -> tuple[bool, str]:
        prefix, _, body = label.partition("-")
        if not body:
            return label.upper() in self.person_labels, "I"
        return body.upper() in self.person_labels, prefix.upper()

    def person_spans(self, text: str, lang: str) -> list[Span]:
        import torch

        if not text.strip():
            return []
        enc = self.tokenizer(text, return_offsets_mapping=True, truncation=True,
                             max_length=self.max_length, return_tensors="pt")
        offsets = enc.pop("offset_mapping")[0].tolist()
        with torch.no_grad():
            logits = self.model(**{k: v.to(self.device) for k, v in enc.items()}).logits[0]
        labels = logits.argmax(-1).tolist()
        spans: list[list[int]] = []
        prev_end = -1
        for (s, e), label_id in zip(offsets, labels):
            if e <= s:  # special tokens
                prev_end = -1
                continue
            is_person, prefix = self._is_person(self.id2label.get(label_id, "O"))
            if not is_person:
                prev_end = -1
                continue
            same_word = spans and prev_end == s
            continues = spans and prev_end >= 0 and prefix not in ("B", "S")
            if same_word or continues:
                spans[-1][1] = e
            else:
                spans.append([s, e])
            prev_end = e
        return [(s, e) for s, e in (_trim(text, s, e) for s, e in spans) if e > s]


def _trim(text: str, s: int, e: int) -> Span:
    while s < e and not text[s].isalnum():
        s += 1
    while e > s and not text[e - 1].isalnum():
        e -= 1
    return s, e


def _underthesea(**options: Any) -> NERBackend:
    from .underthesea_ner import UnderTheSeaNER  # imported on demand: an optional package

    return UnderTheSeaNER(**options)


REGISTRY: dict[str, Callable[..., NERBackend]] = {
    LexiconNER.name: LexiconNER,
    TransformersNER.name: TransformersNER,
    "ner.underthesea.v1": _underthesea,
}


def get_backend(name: str = LexiconNER.name, **options: Any) -> NERBackend:
    """Build the backend registered under ``name`` (e.g. ``"ner.transformers.v1"``)."""
    try:
        factory = REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown NER backend {name!r}; known: {', '.join(sorted(REGISTRY))}") from None
    return factory(**options)


@functools.cache
def _cached_backend(name: str, model_dir: str) -> NERBackend:
    return get_backend(name, model_dir=model_dir) if model_dir else get_backend(name)


def default_backend() -> NERBackend:
    """The backend the officials component uses (see module doc for the environment variables)."""
    name = os.environ.get("NEWSEXTRACT_NER_BACKEND", LexiconNER.name)
    return _cached_backend(name, os.environ.get("NEWSEXTRACT_NER_MODEL", ""))
