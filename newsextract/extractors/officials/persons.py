"""Persons: the mentions of one person joined, and titles without a name resolved (coreference).

Mentions of one name are one person, and so are mentions of one person in two scripts or
spellings (same :func:`~.names.name_key`; two Latin spellings must also agree without tone
marks). Every mention adds its roles; a person with no role is ``mentioned``. An honorific and
the given name alone ("ông Thắng") refer to the one person of that name named earlier. A title
with no name ("the Standing Deputy Secretary stressed") counts as a mention of the one person
named earlier who holds that position (when several fit, the one holding it written the same
way): it adds a role, never a title.
"""
from __future__ import annotations

import itertools
import re
from bisect import bisect_right, insort
from collections.abc import Sequence
from typing import Any

from .anchored import SurnameLinks, native_reading, native_roles, titles_of
from .lexicon import ascii_fold, fold_word, is_latin_word
from .mentions import Mention
from .names import name_key, readings, romanize, syllable_key
from .positions import add_title, drop_bare_titles, position, same_position, take_group_title
from .roles import RoleReader
from .text import ENDING_MAX, ArticleText
from .titles import Title

HONORIFIC_GAP = re.compile(r"[\s.]*")   # between an honorific (or a rank) and a name: "ο κ. X"


# the words with which a longer form of an Arabic name goes on ("... بن راشد" + "آل مكتوم")
_NAME_GOES_ON = frozenset({"آل", "بن", "بنت", "ابن", "أبو", "ابو"})


def find_persons(art: ArticleText, mentions: Sequence[Mention], orphans: Sequence[Title],
                 reader: RoleReader) -> list[dict[str, Any]]:
    """One record per person of the article (first mention's offsets), roles and titles joined."""
    lex = art.lex
    # one person per distinct name
    persons: list[dict[str, Any]] = []
    by_name: dict[str, int] = {}
    by_key = _PersonKeys()
    surnames = SurnameLinks(art.lang)
    firsts = sorted(m.first for m in mentions)
    for m in mentions:
        key = art.name_text(m)
        parts = [text[glued:] for text, glued in zip(art.texts[m.first:m.last], art.glued[m.first:m.last])]
        # a native name's later words keep every letter: "بري" (Berri) carries no preposition
        native = native_reading(art, m, [art.text[m.start:art.ends[m.first]], *art.texts[m.first + 1:m.last]]) \
            if m.native else None
        if native is not None:   # an Arab or Greek name: its own spelling, Greek cases linked
            (romanized, key), exact = native, False
            if key not in by_name and surnames.find(key) is not None:
                by_name[key] = surnames.find(key)   # type: ignore[assignment]
        else:
            romanized, exact = romanize(parts, lex)
            if art.lang in ("el", "ar") and m.last - m.first == 1 and key not in by_name \
                    and surnames.find(key) is not None:
                by_name[key] = surnames.find(key)   # type: ignore[assignment]  # "η κα Δημητρίου" after "Αννίτα Δημητρίου"
        if key not in by_name:
            same = by_key.same_person(persons, romanized, exact)
            if same is None and native is None:   # "Βου Τιεν Φουνγκ" read otherwise than "Vu Tien Phung"
                same = by_key.same_person_read_otherwise(persons, _reading_keys(parts, lex), exact)
            if same is not None:
                by_name[key] = same   # "لام فوك ثانه" and later "Lam Phuoc Thanh": one person
        if key not in by_name:
            by_name[key] = len(persons)
            by_key.add(len(persons), romanized)
            if not exact and native is None:
                by_key.add_readings(len(persons), _reading_keys(parts, lex))
            name = art.text[m.start:m.end]
            persons.append({
                "text": name, "name": name, "char_start": m.start, "char_end": m.end,
                "romanized": romanized, "exact": exact, "titles": [], "positions": [], "group_titles": [], "roles": set(),
                "mentions": 0, "first_word": m.first, "language": art.lang, "label": "PERSON",
            })
        p = persons[by_name[key]]
        if native is not None and art.lang == "ar" and m.end - m.start > p["char_end"] - p["char_start"] \
                and art.text[m.start:m.end].startswith(p["name"] + " ") \
                and art.text[m.start + len(p["name"]):m.end].split()[0] in _NAME_GOES_ON:
            # "محمد بن راشد" in a headline, "محمد بن راشد آل مكتوم" in the text: the full form names the person
            name = art.text[m.start:m.end]
            p.update(text=name, name=name, char_start=m.start, char_end=m.end, romanized=romanized)
        if exact and not p["exact"]:   # the Latin spelling is the romanized name as written
            by_key.move(by_name[key], p["romanized"], romanized)
            p["romanized"], p["exact"] = romanized, True
        m.person = by_name[key]
        surnames.add(key, by_name[key])
        p["mentions"] += 1
        k = bisect_right(firsts, m.first)
        p["roles"] |= native_roles(art, m, firsts[k] if k < len(firsts) else len(art.texts))
        rank = art.before(lex.ranks, m.first, HONORIFIC_GAP)
        if rank:   # "Đại tá Thạch Văn A": the rank is one of the person's titles
            add_title(p, _rank_text(art, m.first - rank, m.first), lex)
        for s, e in titles_of(art, m):
            add_title(p, art.text[s:e], lex)
        for s, e in m.group_titles:
            if art.text[s:e] not in p["group_titles"]:
                p["group_titles"].append(art.text[s:e])
    for p in persons:
        take_group_title(p, lex)
        drop_bare_titles(p, lex)
    # a group title's position comes after the person's own ones (positions[k] is titles[k]'s)
    for p in persons:
        for title in p["group_titles"]:
            pos = position(title, lex)
            if pos not in p["positions"]:
                p["positions"].append(pos)
    # "ông Thắng": an honorific and the given name alone refer to the one person of that name
    in_mention = {k for m in mentions for k in range(m.first, m.last)}
    last_word = {}
    for i, p in enumerate(persons):
        last_word.setdefault(fold_word(p["name"].split()[-1], art.lang), []).append(i)
    # only syllables right after an honorific are read (art.before is 0 elsewhere)
    honorific_lens, n = art.honorific_lens, len(art.texts)
    after_honorific = {j + honorific_lens[j] for j in art.word_starts(lex.honorifics) if honorific_lens[j] <= ENDING_MAX}
    syllable = art.syllable
    for k in sorted(k for k in after_honorific if k < n):   # few words follow an honorific
        if not syllable[k] or k in in_mention or not k \
                or not art.before(lex.honorifics, k, HONORIFIC_GAP):
            continue
        if k + 1 < len(art.texts) and art.syllable[k + 1] and art.inline[k + 1]:
            continue
        owners = last_word.get(art.folded_at(k), [])
        if len(owners) == 1 and persons[owners[0]]["char_start"] < art.starts[k]:
            p = persons[owners[0]]
            p["mentions"] += 1
            p["roles"].update(reader.role_for(k, k + 1, art.sentences[k]))
    # title-only mentions resolve to the one earlier person holding that position
    by_role: dict[str, list[int]] = {}   # persons by the roles of their positions (a position needs a role)
    for i, p in enumerate(persons):
        for role in dict.fromkeys(q.split("|")[0] for q in p["positions"]):
            if role:
                by_role.setdefault(role, []).append(i)
    for t in orphans:
        if t.group:
            continue
        pos = position(art.text[t.start:t.end], lex)
        holders = [i for i in by_role.get(pos.split("|")[0], ())
                   if persons[i]["char_start"] < t.start and any(same_position(pos, q) for q in persons[i]["positions"])]
        if len(holders) > 1:   # several fit: the one whose position is written in full the same way
            holders = [i for i in holders if pos in persons[i]["positions"]]
        if len(holders) != 1 or _head_read_otherwise(pos, holders[0], persons, t.start, lex):
            continue
        p = persons[holders[0]]
        p["mentions"] += 1
        p["roles"].update(reader.role_for(t.first, t.last, t.sentence))
    out = []
    for p in persons:
        roles = [r for r in ("chaired", "attended", "spoke") if r in p["roles"]] or ["mentioned"]
        record = dict(p)   # (a copy in C, then the two working fields out: the order of the rest is kept)
        del record["first_word"], record["exact"]
        record["roles"] = roles
        record["name_key"] = name_key(p["romanized"])
        record["romanized_exact"] = p["exact"]
        out.append(record)
    return out


def _head_read_otherwise(pos: str, holder: int, persons: Sequence[dict[str, Any]], before: int,
                         lex: Any) -> bool:
    """Does another person named before hold a title whose head word alone is this bare title?

    "الرئيس" after "رئيس الجمهورية X" and "رئيس مجلس الوزراء Y": the two titles read as two
    positions (a president, a chairman), and the bare one as the second, yet a writer may mean
    either; which one is unsure, so the mention goes to neither. Persons whose position the bare
    title fits were weighed already, and are left out here.
    """
    if pos.split("|")[1:] != ["", "", ""]:
        return False
    for i, person in enumerate(persons):
        if i == holder or person["char_start"] >= before \
                or any(same_position(pos, q) for q in person["positions"]):
            continue   # (a holder of the position was weighed already)
        for title in person["titles"]:
            words = title.split()
            if len(words) > 1 and same_position(pos, position(words[0], lex)):
                return True
    return False


class _PersonKeys:
    """Persons of an article by the transliteration-tolerant key of their romanized name."""

    def __init__(self) -> None:
        self._by_key: dict[str, list[int]] = {}
        self._by_reading: dict[str, list[int]] = {}   # every reading of a name written in another script

    def add_readings(self, person: int, keys: frozenset[str]) -> None:
        """File a person written in Arabic or Greek letters under every reading of their name."""
        for key in keys:
            insort(self._by_reading.setdefault(key, []), person)

    def same_person_read_otherwise(self, persons: Sequence[dict[str, Any]], keys: frozenset[str],
                                   exact: bool) -> int | None:
        """The person of the other script whose name has a reading in common with this one.

        Only across scripts: a Latin spelling (``exact``) and a transliteration, never two
        transliterations (two readings of two names may meet).
        """
        if exact:
            for key in keys:
                for i in self._by_reading.get(key, ()):
                    if not persons[i]["exact"]:
                        return i
            return None
        for key in keys:
            for i in self._by_key.get(key, ()):
                if persons[i]["exact"]:
                    return i
        return None

    def add(self, person: int, romanized: str) -> None:
        """File a person under the key of their romanized name."""
        insort(self._by_key.setdefault(name_key(romanized), []), person)

    def move(self, person: int, old: str, new: str) -> None:
        """The person's romanized name changed (a Latin spelling was read later)."""
        self._by_key[name_key(old)].remove(person)
        self.add(person, new)

    def same_person(self, persons: Sequence[dict[str, Any]], romanized: str, exact: bool) -> int | None:
        """The person already read whose name is this one in another script or spelling.

        Names match on the transliteration-tolerant key (:func:`name_key`); two exact (Latin)
        spellings must also agree without tone marks, so "Nguyễn Văn Thanh" and "Nguyễn Văn Tân"
        stay two people.
        """
        plain = None
        for i in self._by_key.get(name_key(romanized), ()):
            p = persons[i]
            if exact and p["exact"]:
                if plain is None:
                    plain = ascii_fold(romanized).lower()
                if ascii_fold(p["romanized"]).lower() != plain:
                    continue
            return i
        return None


def _reading_keys(parts: Sequence[str], lex: Any) -> frozenset[str]:
    """The keys of every reading of a written name (each syllable read every way its table allows).

    A Latin name has one reading; remembered per name, and at most 64 readings are tried.
    """
    memo = lex.memo("reading_keys")
    key = tuple(parts)
    hit = memo.get(key)
    if hit is None:
        options = []
        for part in parts:
            found = {syllable_key(r.romanized) for r in readings(part, lex)} if not is_latin_word(part) else set()
            options.append(sorted(found) or [syllable_key(ascii_fold(part)) if is_latin_word(part)
                                            else syllable_key(romanize([part], lex)[0])])
        total = 1
        for o in options:
            total *= len(o)
        hit = frozenset(" ".join(combo) for combo in itertools.product(*options)) if total <= 64 else frozenset()
        memo[key] = hit
    return hit  # type: ignore[return-value]


def _rank_text(art: ArticleText, first: int, last: int) -> str:
    """The rank written in words ``[first, last)``, without a conjunction glued to it ("واللواء")."""
    start = art.starts[first]
    word = art.texts[first]
    for proclitic in art.lex.name_proclitics:
        if fold_word(word, art.lang).startswith(proclitic) \
                and fold_word(word[len(proclitic):], art.lang) in art.lex.rank_openers:
            start += len(proclitic)
            break
    return art.text[start:art.ends[last - 1]]
