"""Word tries written as regexes match what the flat alternation (longest first) matches; built
as parsed items, they are what the parser reads from the written trie."""
from __future__ import annotations

import re
from re import _parser  # the parsed form a trie is compiled from

import pytest

from newsextract.extractors.tries import compile_trie_group, trie_items, trie_regex, word_start_trie_regex


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


ENDS = ["", r"(?![^\W\d_])", r"\b", "x"]


@pytest.mark.parametrize("words", [
    WORDS,
    ["a", "b", "c"],                      # one character each: a character set
    ["ab", "ac", "a"],                     # a set after a shared letter, the shorter word last
    ["km", "km2", "m2", "m²", "m"],
    ["ty đồng", "tỷ", "tỷ đồng", "triệu", "triệu đồng", "đồng"],
    ["مليون", "مليار", "مليارات", "ملايين", "دولار", "دولارا"],
    ["εκατ.", "εκατομμύρια", "ευρώ", "δισ."],
])
@pytest.mark.parametrize("end", ENDS)
def test_parsed_trie_is_what_the_parser_reads(words: list[str], end: str) -> None:
    root = _trie(words)
    for node in _ends(root):
        node[""] = end
    state = _parser.State()
    built = _parser.SubPattern(state, trie_items(root, state, {}))
    assert repr(built) == repr(_parser.parse(trie_regex(root)))


def _ends(node: dict) -> list[dict]:
    return ([node] if "" in node else []) + [end for ch, child in node.items() if ch for end in _ends(child)]


@pytest.mark.parametrize("text", [
    "theo luật số 5 và nghị định 10",
    "ο νόμος και του νόμου 4412",
    "صدر قرار ثم قرارات أخرى",
    "không có từ nào",
])
def test_compiled_trie_group_matches_as_the_written_pattern(text: str) -> None:
    before, after = r"(?<!\w)(?=[lnqνق])", r"(?:ات)?(?!\w)"
    written = re.compile(before + "(?P<w>" + trie_regex(_trie(WORDS)) + ")" + after)
    built = compile_trie_group(before, "w", _trie(WORDS), after)
    assert built.groupindex == written.groupindex == {"w": 1}
    assert [(m.span(), m.group("w")) for m in built.finditer(text)] == \
        [(m.span(), m.group("w")) for m in written.finditer(text)]
    assert (built.search(text) is None) == text.startswith("không")
