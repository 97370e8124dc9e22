"""Positions: a title normalised to ``role|qualifier|organisation|level``, and a person's titles.

For example "Phó Bí thư Thường trực Tỉnh ủy" is ``secretary|standing deputy|party committee|provincial``,
read from the title-part lexicons (``resources/<iso>/titles.yaml``). Two positions are the same
when role and qualifiers agree and organisation and level do not disagree. A person's titles
keep one title per position; a bare title ("the Secretary X") that only refers back to one the
person also has in full is dropped.
"""
from __future__ import annotations

from typing import Any

from .lexicon import Lexicon, load_lexicon, words


def position(title: str, lex: Lexicon) -> str:
    """``role|qualifier|organisation|level`` of a title, from the title-part lexicons.

    Titles recur from article to article: each is read once per process.
    """
    return lex.remember("positions", title, lambda: _read_position(title, lex))


def _read_position(title: str, lex: Lexicon) -> str:
    ws = [w for _, _, w in words(title)]
    stems = [lex.word_stems(w) for w in ws]
    role = org = ""
    qualifiers: list[str] = []
    level = ""
    i = 0
    while i < len(ws):
        best_len, best_kind, best_vals = 0, "", []
        for kind in ("roles", "qualifiers", "organisations"):
            length, vals = lex.title_parts[kind].match(stems, i)
            if length > best_len:
                best_len, best_kind, best_vals = length, kind, vals
            elif length and length == best_len:
                best_vals = best_vals + [f"{kind}:{v}" for v in vals]
                best_kind = best_kind + "+" + kind
        if not best_len:
            i += 1
            continue
        kinds = best_kind.split("+")
        values = [v.split(":", 1)[-1] for v in best_vals]
        for kind, value in zip(kinds, values + values[-1:] * (len(kinds) - len(values))):
            if kind == "roles" and not role and not org:
                role = value
            elif kind == "qualifiers" and not org and value not in qualifiers:
                qualifiers.append(value)
            elif kind == "organisations" and not org and (role or qualifiers):
                org = value
        i += best_len
    for i in range(len(ws)):
        length, vals = lex.title_parts["levels"].match(stems, i)
        if length:
            level = vals[0]
            break
    if not role and qualifiers:
        role = "deputy" if qualifiers == ["deputy"] else ""
    order = {q: k for k, q in enumerate(lex.qualifier_order)}
    qualifiers.sort(key=lambda q: order.get(q, 99))
    return "|".join((role, " ".join(qualifiers), org, level))


def position_of(title: str, lang: str) -> str:
    """Normalised position of a title: ``role|qualifier|organisation|level``."""
    return position(title, load_lexicon(lang))


def same_position(a: str, b: str) -> bool:
    """One position written two ways: same role and qualifiers, organisation and level not in conflict."""
    ra, qa, oa, la = a.split("|")
    rb, qb, ob, lb = b.split("|")
    if not ra or ra != rb or qa != qb:
        return False
    if oa and ob and oa != ob:
        return False
    return not (la and lb and la != lb)


def add_title(person: dict[str, Any], title: str, lex: Lexicon) -> None:
    """Add a title and its position, unless the person already holds that position at a named body."""
    if not title:
        return
    pos = position(title, lex)
    if title in person["titles"]:
        return
    role, _, org, _ = pos.split("|")
    if role and org and any(same_position(pos, other) and other.split("|")[2] for other in person["positions"]):
        return
    person["titles"].append(title)
    person["positions"].append(pos)


def take_group_title(person: dict[str, Any], lex: Lexicon) -> None:
    """"các Phó Chủ tịch UBND tỉnh: A, B": a title made plural only by a marker word is each member's.

    A member the article gives no title of their own gets it, without the marker; a plural-form
    title ("members of"), or one before members with titles of their own, stays the group's.
    """
    if person["titles"]:
        return
    keep = []
    for title in person["group_titles"]:
        ws = words(title)
        stems = [lex.word_stems(w) for _, _, w in ws]
        marker = lex.plural_markers.match(stems, 0)[0] if stems else 0
        if marker and marker < len(ws) and lex.heads.match(stems, marker)[0]:
            add_title(person, title[ws[marker][0]:], lex)
        else:
            keep.append(title)
    person["group_titles"] = keep


def _is_bare(title: str, lex: Lexicon) -> bool:
    """A title made only of role and qualifier words ("the Secretary"), naming no body (once per title)."""
    return lex.remember("bare_titles", title, lambda: _read_bare(title, lex))


def _read_bare(title: str, lex: Lexicon) -> bool:
    stems = [lex.word_stems(w) for _, _, w in words(title)]
    i = 0
    while i < len(stems):
        length = lex.heads.match(stems, i)[0] or lex.weak_honorifics.match(stems, i)[0]
        if not length:
            return False
        i += length
    return bool(stems)


def drop_bare_titles(person: dict[str, Any], lex: Lexicon) -> None:
    """Drop a bare title ("the Secretary X") when the person also has that title in full.

    Such a title is a back-reference to the full one, not a position of its own.
    """
    keep_titles, keep_positions = [], []
    for title, pos in zip(person["titles"], person["positions"]):
        role, qualifier, org, level = pos.split("|")
        bare = role and not org and not level and _is_bare(title, lex)
        fuller = bare and any(
            other != pos and other.split("|")[0] == role and other.split("|")[2]
            and set(qualifier.split()) <= set(other.split("|")[1].split())
            for other in person["positions"])
        if not fuller:
            keep_titles.append(title)
            keep_positions.append(pos)
    person["titles"], person["positions"] = keep_titles, keep_positions
