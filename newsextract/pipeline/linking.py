"""One person, one ``person_id``: officials rows linked across articles and scripts.

Runs once, after every article has been extracted, so workers stay independent and a
distributed run gives the same ids as a local one: a ``person_id`` is derived from the
person's matching key only (``p_`` + 12 hex digits of its SHA-1), never from row order.

Rows are grouped by ``name_key`` (the romanized name made tolerant of what transliteration
loses: Thanh -> Ταν, Khoa -> Κόα). Inside a group, names spelled exactly (Latin script:
Vietnamese text, or a Latin name inside Greek or Arabic text) are one person per distinct
romanized spelling, so "Nguyễn Văn Thanh" and "Nguyễn Văn Tân" stay two people. A name
transliterated into Arabic or Greek joins the exact spelling it was romanized to, else the
only exact spelling of its group; when the group has several and none is its own, it stays
a person of its own rather than being merged with the wrong one.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from ..extractors.officials.lexicon import ascii_fold, is_latin_word
from ..extractors.officials.names import name_key as make_name_key


def _plain(romanized: str) -> str:
    return " ".join(ascii_fold(romanized or "").lower().split())


def _is_exact(row: dict[str, Any]) -> bool:
    if "romanized_exact" in row and row["romanized_exact"] is not None:
        return bool(row["romanized_exact"])
    name = str(row.get("name") or "")
    return all(is_latin_word(w) for w in name.split()) if name.strip() else False


def person_id_for(cluster_key: str) -> str:
    """Deterministic id of a person from its cluster key."""
    return "p_" + hashlib.sha1(cluster_key.encode("utf-8")).hexdigest()[:12]


def link_persons(officials_rows: Iterable[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Fill ``person_id`` in officials rows and build the persons table.

    Returns ``(officials_rows, persons_rows)``; the input dicts are copied, not changed.
    """
    rows = [dict(r) for r in officials_rows]
    groups: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        key = r.get("name_key") or make_name_key(str(r.get("romanized") or r.get("name") or ""))
        r["name_key"] = key
        groups[key].append(i)
    cluster_of: dict[int, str] = {}
    for key, members in groups.items():
        exact = sorted({_plain(rows[i]["romanized"]) for i in members if _is_exact(rows[i])})
        for i in members:
            plain = _plain(rows[i]["romanized"])
            if _is_exact(rows[i]) or plain in exact:
                cluster_of[i] = "=" + plain
            elif len(exact) == 1:
                cluster_of[i] = "=" + exact[0]
            elif not exact:
                cluster_of[i] = "~" + key
            else:
                cluster_of[i] = "~" + plain
    clusters: dict[str, list[int]] = defaultdict(list)
    for i, ckey in cluster_of.items():
        pid = person_id_for(ckey)
        rows[i]["person_id"] = pid
        clusters[pid].append(i)
    persons = []
    for pid in sorted(clusters):
        members = [rows[i] for i in clusters[pid]]
        exact_names = [m["romanized"] for m in members if _is_exact(m)]
        pool = exact_names or [m["romanized"] for m in members]
        counts = Counter(pool)
        romanized = min(counts, key=lambda r: (-counts[r], r))
        titles: list[str] = []
        seen_positions: set[str] = set()
        for m in members:
            positions = list(m.get("positions") or [])
            for k, t in enumerate(m.get("titles") or []):
                pos = positions[k] if k < len(positions) else ""
                role, _, org = (pos.split("|") + ["", "", ""])[:3]
                if t in titles or (role and org and pos in seen_positions):
                    continue   # the same position written another way
                titles.append(t)
                if pos:
                    seen_positions.add(pos)
        persons.append({
            "person_id": pid,
            "romanized": romanized,
            "names": sorted({str(m["name"]) for m in members}),
            "n_articles": len({m.get("article_id") for m in members}),
            "languages": sorted({str(m.get("language")) for m in members if m.get("language")}),
            "article_ids": sorted({str(m.get("article_id")) for m in members if m.get("article_id") is not None}),
            "titles": titles,
        })
    return rows, persons
