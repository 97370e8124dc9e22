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

:class:`PersonLinker` is the one linking step of every path: the in-memory API gives it one
batch of rows, a streamed or distributed run gives it its parts twice (first to learn the
spellings of every group, then to assign ids and build ``persons``), so memory holds one
entry per distinct spelling and per person, never every row.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..extractors.officials.lexicon import ascii_fold, is_latin_word
from ..extractors.officials.names import name_key as make_name_key

SpellingKey = tuple[str, str, bool]   # (name_key, plain romanized, spelled exactly)


def _plain(romanized: str) -> str:
    return " ".join(ascii_fold(romanized or "").lower().split())


def _is_exact(row: dict[str, Any]) -> bool:
    if row.get("romanized_exact") is not None:
        return bool(row["romanized_exact"])
    name = str(row.get("name") or "")
    return all(is_latin_word(w) for w in name.split()) if name.strip() else False


def spelling_key(row: dict[str, Any]) -> SpellingKey:
    """What linking needs of one officials row: its group, its plain spelling, whether it is exact."""
    key = row.get("name_key") or make_name_key(str(row.get("romanized") or row.get("name") or ""))
    return key, _plain(str(row.get("romanized") or "")), _is_exact(row)


def person_id_for(cluster_key: str) -> str:
    """Deterministic id of a person from its cluster key."""
    return "p_" + hashlib.sha1(cluster_key.encode("utf-8")).hexdigest()[:12]


@dataclass
class _Person:
    exact_names: Counter = field(default_factory=Counter)
    other_names: Counter = field(default_factory=Counter)
    names: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    languages: set[str] = field(default_factory=set)
    titles: list[str] = field(default_factory=list)
    positions: set[str] = field(default_factory=set)
    added: set[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=set)


# The officials columns each pass reads: the first a row's spelling, the second also what
# persons accumulate. Both passes take columns (lists of the same length), not row dicts: a
# dump of a million articles holds millions of officials rows, and building a dict per row
# would cost more than the linking itself.
LEARN_COLUMNS = ["name_key", "romanized", "romanized_exact", "name"]
ACCUMULATED_COLUMNS = ["article_id", "language", "titles", "positions"]
ASSIGN_COLUMNS = [*LEARN_COLUMNS, *ACCUMULATED_COLUMNS]

Columns = dict[str, Sequence[Any]]


def rows_to_columns(rows: Iterable[dict[str, Any]], names: Sequence[str]) -> Columns:
    """Row dicts as the columns ``names`` (a missing key is ``None``)."""
    rows = list(rows)
    return {name: [row.get(name) for row in rows] for name in names}


class PersonLinker:
    """Two passes over officials rows: :meth:`learn` every row, then :meth:`assign` every row."""

    def __init__(self) -> None:
        self._spellings: dict[str, set[tuple[str, bool]]] = defaultdict(set)
        self._cluster: dict[SpellingKey, str] | None = None
        self._persons: dict[str, _Person] = defaultdict(_Person)
        # spelling_key per distinct (name_key, romanized, romanized_exact, name): a dump names
        # the same officials in article after article, and both passes ask for each row's key
        self._keys: dict[tuple[Any, Any, Any, Any], SpellingKey] = {}

    def _spelling_key(self, seen: tuple[Any, Any, Any, Any]) -> SpellingKey:
        key = self._keys.get(seen)
        if key is None:
            key = self._keys[seen] = spelling_key(dict(zip(LEARN_COLUMNS, seen)))
        return key

    def learn(self, rows: Iterable[dict[str, Any]]) -> None:
        """First pass over row dicts (see :meth:`learn_columns`)."""
        self.learn_columns(rows_to_columns(rows, LEARN_COLUMNS))

    def learn_columns(self, columns: Columns) -> None:
        """First pass: note each group's spellings (call for every batch before any assign).

        ``columns`` holds at least :data:`LEARN_COLUMNS`."""
        if self._cluster is not None:
            raise RuntimeError("learn() after assign(): every row must be learnt first")
        for seen in set(zip(*(columns[name] for name in LEARN_COLUMNS))):
            key, plain, exact = self._spelling_key(seen)
            self._spellings[key].add((plain, exact))

    def _clusters(self) -> dict[SpellingKey, str]:
        if self._cluster is None:
            self._cluster = {}
            for key, spellings in self._spellings.items():
                exact = sorted({plain for plain, is_exact in spellings if is_exact})
                for plain, is_exact in spellings:
                    if is_exact or plain in exact:
                        ckey = "=" + plain
                    elif len(exact) == 1:
                        ckey = "=" + exact[0]
                    elif not exact:
                        ckey = "~" + key
                    else:
                        ckey = "~" + plain
                    self._cluster[(key, plain, is_exact)] = person_id_for(ckey)
        return self._cluster

    def assign(self, rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
        """Second pass: copies of ``rows`` with ``person_id`` and ``name_key``; persons accumulate."""
        rows = [dict(row) for row in rows]
        for row, (name_key, pid) in zip(rows, self.assign_columns(rows_to_columns(rows, ASSIGN_COLUMNS))):
            row["name_key"], row["person_id"] = name_key, pid
        return rows

    def assign_columns(self, columns: Columns) -> list[tuple[str, str]]:
        """Second pass: each row's ``(name_key, person_id)``; persons accumulate.

        Why columns: a streamed run sets the two columns on the stored table instead of
        rebuilding it; ``columns`` holds at least :data:`ASSIGN_COLUMNS`."""
        clusters = self._clusters()
        # what a spelling resolves to, and the title lists already added to a person: a dump
        # names the same officials, with the same titles, in article after article
        resolved: dict[tuple[Any, Any, Any, Any], tuple[str, str, _Person, Counter, str]] = {}
        out = []
        for seen, article_id, language, titles, positions in zip(
                zip(*(columns[name] for name in LEARN_COLUMNS)), *(columns[name] for name in ACCUMULATED_COLUMNS)):
            hit = resolved.get(seen)
            if hit is None:
                skey = self._spelling_key(seen)
                pid = clusters[skey]
                person = self._persons[pid]
                hit = resolved[seen] = (skey[0], pid, person, person.exact_names if skey[2] else person.other_names,
                                        str(seen[3]))
            name_key, pid, person, spellings, name = hit
            spellings[seen[1]] += 1
            person.names.add(name)
            if article_id is not None:
                person.articles.add(str(article_id))
            if language:
                person.languages.add(str(language))
            if titles:
                added = (tuple(titles), tuple(positions or ()))
                if added not in person.added:   # adding the same titles again changes nothing
                    person.added.add(added)
                    self._add_titles(person, titles, list(positions or []))
            out.append((name_key, pid))
        return out

    @staticmethod
    def _add_titles(person: _Person, titles: Sequence[str], positions: list[str]) -> None:
        for k, title in enumerate(titles):
            pos = positions[k] if k < len(positions) else ""
            role, _, org = (pos.split("|") + ["", "", ""])[:3]
            if title in person.titles or (role and org and pos in person.positions):
                continue   # the same position written another way
            person.titles.append(title)
            if pos:
                person.positions.add(pos)

    def persons(self) -> list[dict[str, Any]]:
        """The persons table, one row per ``person_id``, sorted by id."""
        rows = []
        for pid in sorted(self._persons):
            person = self._persons[pid]
            counts = person.exact_names or person.other_names
            romanized = min(counts, key=lambda r: (-counts[r], r)) if counts else None
            rows.append({
                "person_id": pid, "romanized": romanized, "names": sorted(person.names),
                "n_articles": len(person.articles), "languages": sorted(person.languages),
                "article_ids": sorted(person.articles), "titles": list(person.titles),
            })
        return rows


def link_persons(officials_rows: Iterable[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Fill ``person_id`` in officials rows and build the persons table.

    Returns ``(officials_rows, persons_rows)``; the input dicts are copied, not changed.
    """
    rows = list(officials_rows)
    linker = PersonLinker()
    linker.learn(rows)
    linked = linker.assign(rows)
    return linked, linker.persons()
