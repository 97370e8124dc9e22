"""Word tries written as regexes match what the flat alternation (longest first) matches."""
from __future__ import annotations

import re

import pytest

from newsextract.extractors.tries import trie_regex, word_start_trie_regex


def _trie(words: list[str]) -> dict:
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = ""
    return root


WORDS = ["luật", "luật số", "nghị quyết", "nghị định", "quy định", "قرار", "قرارات", "νόμος", "νόμου"]


@pytest.mark.parametrize("text", [
    "theo luật số 5 và nghị định 10",
    "ban hành quy định mới, nghị quyết 12",
    "صدر قرار ثم قرارات أخرى",
    "ο νόμος και του νόμου 4412",
    "không có từ nào",
])
def test_trie_matches_the_flat_alternation(text: str) -> None:
    flat = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(WORDS, key=len, reverse=True))
    assert [m.span() for m in re.finditer(trie_regex(_trie(WORDS)), text)] == \
        [m.span() for m in re.finditer(flat, text)]


@pytest.mark.parametrize("text, found", [
    ("theo luật số 5", ["luật số"]),
    ("điều luật khác", ["luật"]),
    ("điềuluật", []),                  # preceded by a letter: no word start
    ("xluật", []),
    ("(nghị định 10)", ["nghị định"]),
    ("صدر قرار", ["قرار"]),
])
def test_word_start_trie_tests_the_character_before(text: str, found: list[str]) -> None:
    pattern = word_start_trie_regex(_trie(WORDS), r"\w") + r"(?!\w)"
    assert [m.group() for m in re.finditer(pattern, text)] == found
