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
from re import _compiler, _constants, _parser  # a big trie compiled from its parsed form
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


# A parsed item, as ``re``'s parser writes it: (operation code, argument).
Item = tuple[Any, Any]


def compile_trie_group(before: str, name: str, root: dict[str, Any], after: str) -> re.Pattern[str]:
    """``re.compile(before + "(?P<name>" + trie_regex(root) + ")" + after)``, the same regex (the
    same compiled code), built without writing the trie as text for ``re`` to parse again: for
    a lexicon of a thousand words, parsing that text costs several times compiling it.
    ``before`` and ``after`` (short, without groups of their own) are parsed as usual."""
    state = _parser.State()
    state.flags = re.UNICODE.value  # as the parser sets it for a str pattern without flags
    group = state.opengroup(name)
    body = _parser.SubPattern(state, trie_items(root, state, {}))
    state.closegroup(group, body)
    items = (_parsed(before) + [(_constants.SUBPATTERN, (group, 0, 0, body))] + _parsed(after))
    return _compiler.compile(_parser.SubPattern(state, items), 0)


def _parsed(pattern: str) -> list[Item]:
    """The items of a short pattern with no groups of its own (they keep their own numbers)."""
    parsed = _parser.parse(pattern)
    if parsed.state.groups > 1 or parsed.state.flags & ~re.UNICODE.value:
        raise ValueError(f"not a plain pattern part: {pattern!r}")
    return list(parsed)


def trie_items(node: dict[str, Any], state: Any, ends: dict[str, list[Item]]) -> list[Item]:
    """The parsed items of :func:`trie_regex` of ``node``, as ``re``'s parser reads that text:
    one item per character (a run of blanks for ``" "``), the regex at each word end parsed
    once (``ends``: those parsed so far), and each branch point as the parser leaves
    ``(?:a|b|...)`` in a sequence (:func:`_alternation`)."""
    branches = []
    for ch, child in sorted(node.items()):
        if ch:
            branches.append(_character(ch) + trie_items(child, state, ends))
    if "" in node:
        end = node[""]
        if end not in ends:
            ends[end] = _parsed(end)
        branches.append(list(ends[end]))
    if len(branches) == 1:
        return branches[0]
    return _alternation(branches, state)


_BLANK_RUN: list[Item] = []


def _character(ch: str) -> list[Item]:
    """``re.escape(ch)`` parsed (``" "``: ``\\s+``)."""
    if ch != " ":
        return [(_constants.LITERAL, ord(ch))]
    if not _BLANK_RUN:
        _BLANK_RUN.extend(_parsed(r"\s+"))
    return list(_BLANK_RUN)


def _alternation(branches: list[list[Item]], state: Any) -> list[Item]:
    """``(?:a|b|...)`` of parsed ``branches`` as it stands in a parsed sequence: the parser's
    alternation (``re._parser._parse_sub``: a first item all branches share taken out in front;
    branches of one character each made a character set) with the group unpacked."""
    prefix: list[Item] = []
    while all(branches) and all(branch[0] == branches[0][0] for branch in branches[1:]):
        prefix.append(branches[0][0])
        branches = [branch[1:] for branch in branches]
    characters: list[Item] = []
    for branch in branches:
        if len(branch) != 1:
            break
        op, av = branch[0]
        if op is _constants.LITERAL:
            characters.append((op, av))
        elif op is _constants.IN and av[0][0] is not _constants.NEGATE:
            characters.extend(av)
        else:
            break
    else:
        return prefix + [(_constants.IN, list(dict.fromkeys(characters)))]
    return prefix + [(_constants.BRANCH, (None, [_parser.SubPattern(state, branch) for branch in branches]))]
