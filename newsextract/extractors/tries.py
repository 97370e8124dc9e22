"""Lists of words written as regex tries, shared by the extractors' lexicons.

A trie is a dict of characters (``" "`` stands for a run of white space) whose ``""`` key holds
the regex written where a word ends (``""`` for nothing more). Written as a regex, words sharing a
beginning share its branch, so the engine tests a few characters where none of them starts, not
every word in turn. It matches what the flat alternation (longest first) matches, the same way:
branches part on a character or on white space, so at most one goes on at a place, and a word
that ends where longer ones go on is tried after them.
"""
from __future__ import annotations

import re
from typing import Any


def trie_regex(node: dict[str, Any]) -> str:
    """The trie under ``node`` as a regex."""
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + trie_regex(child)
                for ch, child in sorted(node.items()) if ch]
    if "" in node:
        branches.append(node[""])  # the word ending here, after the longer ones
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def word_start_trie_regex(root: dict[str, Any], not_before: str) -> str:
    """The trie as a regex whose words start where no ``not_before`` character stands before them.

    Each first letter, the letters that alone follow it (a chain of single branches), then the
    test on the character before the word, as wide as the letters read (``(?<!X.)``,
    ``(?<!X..)``, ...), then the rest of the trie. The test says the same wherever it stands in
    the chain; made after the letters, it is made only where they all match, and a letter is
    checked faster than a lookbehind. (A pattern opening with a lookbehind is tried at every
    position of the text; one opening with a letter lets the engine skip to it.)
    """
    branches = []
    for ch, child in sorted(root.items()):
        if not ch:
            continue
        head, width, node = (r"\s+" if ch == " " else re.escape(ch)), 1, child
        while ch != " " and len(node) == 1 and next(iter(node)) not in ("", " "):
            (letter, node), = node.items()
            head, width = head + re.escape(letter), width + 1
        branches.append(head + "(?<!" + not_before + "." * width + ")" + trie_regex(node))
    if "" in root:
        branches.append(root[""])
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
