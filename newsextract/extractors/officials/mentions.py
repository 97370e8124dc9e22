"""Names: the spans of an article that are people (the first stage of the officials engine).

Words that are Vietnamese name syllables (in the article's script, or in Latin letters) are
grouped into runs; a run becomes a person when the text gives evidence: an honorific before
it (removed from the name), a title next to it, a place in a list of people, words that only
follow a person ("sinh năm 1990"), or (three syllables or more) a surname first. A run after
a place or organisation word ("منطقة", "tỉnh", "Περιφέρειας") is not a person, nor is a run
that is a title phrase ("Trưởng Đoàn"); an acronym ("ĐBQH") is never part of a name. Names
outside the syllable tables are read after an honorific ("ο κ. Μητσοτάκης"). Places, weekdays
and bodies that read as names are taken out, and a name that runs into a place is cut before it
(:mod:`.places`).

:func:`find_mentions` gives :class:`Mention` records (word and character offsets, sorted,
never overlapping); :func:`person_spans` only their character offsets.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress

from ...textnorm import fold
from .anchored import merge_native, names_a_place, native_data, verbal_noun
from .lexicon import is_latin_word
from .places import not_a_person, trim_place
from .text import COMMA, MAX_SYLLABLES, SEPARATOR_GAP, ArticleText, is_cased

HONORIFIC_GAP = re.compile(r"[\s.]*")         # "ο κ. X", "ông X"
GROUP_GAP = re.compile(r"\s*[:：]?\s*")        # "các đồng chí: X"
# (compiled once: they are tried at every candidate name)
_ENDS_UNKNOWN = re.compile(r"\s*[,،;؛.]|\s*$")   # what may follow an unknown last syllable (Arabic)
_PERSON_AFTER_GAP = re.compile(r"\s*[,،(]?\s*")
_BYLINE_REST = re.compile(r"[\s\-–—,/&|·.]*")
_LIST_GAP = re.compile(r"[;؛:]")


@dataclass
class Mention:
    """One name in the article, with what later stages learn about it (titles, roles, person)."""

    first: int              # word indexes [first, last)
    last: int
    start: int              # character offsets of the name (honorific and proclitic excluded)
    end: int
    sentence: int
    clause: int
    strong: bool = False    # an honorific stood before it
    native: bool = False    # a native (Arab, Greek) name read by .anchored, not by the syllable tables
    grammar: tuple[str, str] = ("", "")   # case and gender the text gives a native name (Greek)
    anchor_titles: list[tuple[int, int]] = field(default_factory=list)   # the title a native name was read after
    again: bool = False     # a native family name alone after a verb, naming a person read in full before
    person: int = -1
    titles: list[tuple[int, int]] = field(default_factory=list)
    chain_titles: list[tuple[int, int]] = field(default_factory=list)   # titles before it, through a chain of titles
    group_titles: list[tuple[int, int]] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    proxied: bool = False   # an office or envoy stands for the person ("مكتب رئيس الوزراء X"): no role


@dataclass
class _Accepted:
    """Mentions accepted so far: the words they cover, their sentences and their names."""

    cover: list[bool]
    sentences: set[int]
    names: set[str]

    def add(self, m: Mention, name: str) -> None:
        """Record an accepted mention and its name."""
        for k in range(m.first, m.last):
            self.cover[k] = True
        self.sentences.add(m.sentence)
        self.names.add(name)


def _mark(covered: list[bool], opens: list[bool], m: Mention) -> None:
    for k in range(m.first, m.last):
        covered[k] = True
    opens[m.first] = True


def _runs(art: ArticleText) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    n = len(art.texts)
    syllable, glued, weak, inline, gaps = art.syllable, art.glued, art.weak, art.inline, art.gaps
    j = 0
    for i in compress(range(n), syllable):   # a run opens at a syllable after the last run
        if i < j:
            continue
        j = i + 1
        while j < n and syllable[j] and not glued[j] and not weak[j] and inline[j] and gaps[j] != "-":
            j += 1   # (a hyphen joins the parts of a place, "Χονγκ-Κονγκ", never a name's syllables)
        runs.append((i, j))
    return runs


def _split_run(art: ArticleText, a: int, b: int) -> list[tuple[int, int]]:
    """The name(s) inside a run of syllables (a place name may run into a person's name)."""
    length = b - a
    if length < 2:
        return []
    if art.surname[a] and length <= MAX_SYLLABLES:
        return [(a, b)]
    best = None
    for pref in (3, 4, 2):
        for j in range(a + 1, b - 1):
            if art.surname[j] and b - j == pref:
                best = (j, b)
                break
        if best:
            break
    if best:
        return [best]
    if length <= MAX_SYLLABLES:
        return [(a, b)]
    return []


def find_mentions(art: ArticleText, extra_spans: Iterable[tuple[int, int]] = ()) -> list[Mention]:
    """Name spans of the article that the text gives evidence are people, sorted, never overlapping.

    ``extra_spans`` (character offsets from another NER backend) are people whatever the context.
    """
    lex = art.lex
    candidates: list[Mention] = []
    honorific_gap, group_gap = HONORIFIC_GAP, GROUP_GAP
    spans: list[tuple[int, int]] = []
    place_tails: set[tuple[int, int]] = set()   # two syllables cut from the end of a run after a place word
    native_honorifics = native_data(art.lang).all_honorifics
    for a, b in _runs(art):
        while a < b and (art.honorific_lens[a] == 1 or art.folded_at(a) in native_honorifics) and b - a > 2:
            a += 1   # "Ông Nguyễn Văn A": the honorific is also a syllable ("الدكتور سامي الصالح" too)
        if b - a == MAX_SYLLABLES + 1 and art.surname[a] and not art.weak[a] \
                and (art.before(art.lex.honorifics, a, honorific_gap)
                     or b < len(art.texts) and SEPARATOR_GAP.fullmatch(art.gaps[b]) and art.head_len[b]):
            # "bà Tôn Nữ Thị Ngọc Hân" / "Tôn Nữ Thị Ngọc Hân, Phó Giám đốc": a long name is whole
            spans.append((a, b))
        elif 2 <= b - a <= MAX_SYLLABLES and not art.weak[a] \
                and art.before(art.lex.honorifics, a, honorific_gap):
            spans.append((a, b))   # "السيد ري ماه تين": after an honorific the whole run is the name
        else:
            for first, last in _split_run(art, a, b):
                spans.append((first, last))
                if first > a and last - first == 2 and art.before(lex.not_person_before, a):
                    place_tails.add((first, last))   # "thành phố Buôn Ma Thuột": all a place
        if art.weak[a] and b - a >= 3:
            spans.extend(_split_run(art, a + 1, b))   # the same name without its weak opener
    ends_honorific = art.ending_lengths(lex.honorifics)
    ends_weak = art.ending_lengths(lex.weak_honorifics)
    ends_group = art.ending_lengths(lex.group_honorifics)
    for first, last in spans:
        while last - first >= 2 and art.part_len(first) >= 2:
            first += art.part_len(first)   # "Trưởng Đoàn ĐBQH": a title, not a name
        cut = first
        while first < last and art.part_cover(first):
            first += 1   # "Thành Đoàn Cần Thơ": the name of a body ("Thành Đoàn") runs into the run
        if first > cut:
            continue     # what follows the body's name is its place, not a person
        if last - first < 2:
            continue
        last = _extend_unknown(art, first, last)
        if last < len(art.texts) and last - first >= 2 and art.inline[last] \
                and art.folded_at(last) in lex.last_syllables \
                and art.clauses[last] == art.clauses[first]:
            last += 1
        m = _mention(art, first, last)
        if m is None:
            continue
        if (first, last) in place_tails and not art.before(lex.honorifics, first, honorific_gap):
            continue
        if not art.glued[first]:   # (art.before is 0 where no phrase ends: those words are passed over)
            weak = ends_weak[first] and art.before(lex.weak_honorifics, first)
            hon = ends_honorific[first - weak] and art.before(lex.honorifics, first - weak, honorific_gap) or \
                ends_honorific[first] and art.before(lex.honorifics, first, honorific_gap)
            group = ends_group[first] and art.before(lex.group_honorifics, first, group_gap)
            m.strong = bool(hon or group)
        if not m.strong and (_place_before(art, first) or last - first <= 2 and _in_place_list(art, first)) \
                and not _title_place_name(art, m):
            continue
        if _excluded(art, m) or _byline(art, m):
            continue
        candidates.append(m)
    candidates = merge_native(art, candidates, _mention)   # Arab and Greek names outside the tables
    # extra spans from another NER backend: persons whatever the context
    n = len(art.texts)
    covered, opens = [False] * n, [False] * n
    for c in candidates:
        _mark(covered, opens, c)
    for s, e in extra_spans:
        lo, hi = bisect_left(art.starts, s), bisect_right(art.ends, e)
        if lo < hi and not (covered[lo] or any(opens[lo:hi])):
            m = _mention(art, lo, hi)
            if m is not None:
                m.strong = True
                candidates.append(m)
                _mark(covered, opens, m)
    candidates.extend(_open_names(art, candidates, honorific_gap))
    # places, weekdays and bodies that read as names ("فإن دونج ناي", "την Κυριακή", "Đoàn Ngoại giao")
    for c in candidates:
        last = trim_place(art, c.first, c.last)
        if last < c.last:   # "نجوين فان سون بينه دونغ": the name ends before the place
            c.last, c.end = last, art.ends[last - 1]
    candidates = [c for c in candidates if not not_a_person(art, c, c.first, c.last, c.strong)]
    candidates.sort(key=lambda m: m.start)
    accepted: list[Mention] = []
    so_far = _Accepted([False] * n, set(), set())
    pending = list(candidates)
    for _ in range(3):
        still = []
        for m in pending:
            if _accept(art, m, so_far):
                accepted.append(m)
                so_far.add(m, art.name_text(m))
            else:
                still.append(m)
        if len(still) == len(pending):
            break
        pending = still
    accepted.sort(key=lambda m: (m.start, -m.end))
    kept: list[Mention] = []
    for m in accepted:
        # kept mentions do not overlap and are sorted: only the last one can reach this one
        if not kept or kept[-1].end <= m.start:
            kept.append(m)
    return kept


def _place_before(art: ArticleText, first: int) -> bool:
    """A place or organisation word before the name, maybe across an acronym or a number.

    "Trường THPT Châu Văn Liêm" (a school), "số 6 Lý Tự Trọng" (a street address).
    """
    k = first
    while k > 0 and first - k < 2 and art.inline[k]:
        prev = art.texts[k - 1]
        if not (prev.isdigit() or (len(prev) >= 2 and prev.isupper() and is_cased(prev[0]))):
            break
        k -= 1
    return bool(art.before(art.lex.not_person_before, k))


def _in_place_list(art: ArticleText, first: int) -> bool:
    """A name joined by "and" or a comma to places ("مقاطعات باك نينه وهونغ ين وهوا بينه")."""
    k = first
    for _ in range(4):
        if art.glued[k]:
            j = k                                     # "وهوا": the conjunction is glued on
        elif k > 0 and art.inline[k] and art.conjunction_lens[k - 1] == 1:
            j = k - 1
        elif k > 0 and COMMA.search(art.gaps[k]) and len(art.gaps[k].strip()) == 1:
            j = k
        else:
            return False
        i = j
        while i > 0 and j - i < MAX_SYLLABLES and art.syllable[i - 1] \
                and (i == j or art.inline[i]):
            i -= 1
        if i == j:
            return False
        if _place_before(art, i):
            return True
        k = i
    return False


def _extend_unknown(art: ArticleText, first: int, last: int) -> int:
    """Take in a last syllable missing from the tables ("نغوين فان X،"), when it looks like one.

    In a cased script the word must be capitalised; in Arabic it must be short, without the
    article, and be followed by a comma, semicolon or the end of the sentence.
    """
    n = len(art.texts)
    lex = art.lex
    while last < n and last - first < MAX_SYLLABLES and not art.syllable[last] \
            and art.inline[last] and art.clauses[last] == art.clauses[first]:
        text = art.texts[last]
        folded = art.folded_at(last)
        if not text.isalpha() or folded in lex.not_syllables or art.head_len[last] or art.group_len[last] \
                or art.stop_len(last) or art.cue_lens[last] \
                or art.at(lex.not_person_before)[last] or art.conjunction_lens[last]:
            break
        if is_cased(text[0]):
            if not text[0].isupper() or is_latin_word(text) != is_latin_word(art.texts[first]):
                break
        else:
            after = art.text[art.ends[last]:art.ends[last] + 2]
            if len(folded) > 6 or folded.startswith("ال") or not _ENDS_UNKNOWN.match(after):
                break
        last += 1
    return last


def _open_names(art: ArticleText, candidates: Sequence[Mention], honorific_gap: re.Pattern[str]) -> list[Mention]:
    """Names outside the syllable tables right after an honorific ("ο κ. Μητσοτάκης")."""
    lex = art.lex
    n = len(art.texts)
    covered = {k for c in candidates for k in range(c.first, c.last)}
    found: list[Mention] = []
    honorifics, first_names = art.honorific_lens, art.at(lex.first_names)
    honorific_words = native_data(art.lang).all_honorifics
    for i in sorted({*art.word_starts(lex.honorifics), *art.word_starts(lex.first_names)}):   # few words open either
        length = honorifics[i]
        first_name = not length and first_names[i] == 1 \
            and _open_name_word(art, i) and i not in covered
        if not length and not first_name:
            continue
        if first_name and (names_a_place(art, i) or i > 0 and art.inline[i]
                           and art.folded_at(i - 1) in native_data(art.lang).particles):
            continue   # "مطار الملك خالد": a place named after a person; "آل محمود": the end of a name
        j = i + length
        while not first_name and j < n and art.folded_at(j) in honorific_words and art.inline[j]:
            j += 1   # "السفير الدكتور سامي الصالح": more honorifics before the name
        if first_name:
            k = i + 1
            while k < n and k - i < 3 and _open_name_word(art, k) and art.clauses[k] == art.clauses[i] \
                    and art.inline[k] and k not in covered:
                k += 1
            m = _mention(art, i, k)
            if m is not None:
                m.strong = True
                found.append(m)
            continue
        if j >= n or j in covered or art.syllable[j] or "\n" in art.gaps[j] \
                or not honorific_gap.fullmatch(art.gaps[j]):
            continue
        k = j
        while k < n and k - j < 3 and _open_name_word(art, k) and art.clauses[k] == art.clauses[j] \
                and (k == j or art.inline[k]):
            k += 1
        if k > j:
            m = _mention(art, j, k)
            if m is not None:
                m.strong = True
                found.append(m)
    return found


def _open_name_word(art: ArticleText, k: int) -> bool:
    text = art.texts[k]
    lex = art.lex
    if not text[0].isalpha() or art.head_len[k] or art.group_len[k]:
        return False
    if is_cased(text[0]):
        return text[0].isupper() and not text.isupper()
    folded = art.folded_at(k)
    if folded in lex.not_syllables:
        return False
    native = native_data(art.lang)
    if folded[:1] in ("و", "ف", "ب", "ل") and (folded[1:] in native.all_honorifics or folded[1:] in native.group_heads
                                                or verbal_noun(folded[1:])):
        return False   # "والسادة": the next people of a list; "بتنسيق": a preposition before a verbal noun
    if (folded in native.stop or folded in native.complement) \
            and not (k > 0 and art.folded_at(k - 1) in native.particles):
        # "سفير جمهورية ...", "الدولي": never a word of a name in the language's own news (but
        # after a particle it is the name's: "آل ثاني")
        return False
    return not (art.stop_len(k) or art.cue_lens[k]
                or art.honorific_lens[k] or art.conjunction_lens[k]
                or art.at(lex.not_person_before)[k])


def _mention(art: ArticleText, first: int, last: int) -> Mention | None:
    start = art.starts[first] + art.glued[first]
    end = art.ends[last - 1]
    if end <= start:
        return None
    return Mention(first, last, start, end, art.sentences[first], art.clauses[first])


def _excluded(art: ArticleText, m: Mention) -> bool:
    """Inside a fixed expression that is not a person ("العم هو", "Bác Hồ")."""
    lex = art.lex
    memo = lex.memo("excluded_phrases")
    written = art.text[m.start:m.end]
    phrases = memo.get(written)
    if phrases is None:   # the expressions this name is part of, or that are part of it: once per name
        name = fold(written, art.lang)
        phrases = memo[written] = tuple(p for p in lex.not_person_phrases if name in p or p in name)
    if not phrases:
        return False
    lo = art.starts[max(0, m.first - 2)]
    window = fold(art.text[lo:m.end], art.lang)
    return any(phrase in window for phrase in phrases)


def _title_after(art: ArticleText, m: Mention) -> bool:
    """A title right after the name: "Name, Title" / "Name Title"."""
    n = len(art.texts)
    j = m.last
    if j < n and art.clauses[j] == m.clause and SEPARATOR_GAP.fullmatch(art.gaps[j]):
        j = art.skip_weak(j)
        if j < n and (art.head_len[j] or art.glued_head(j)):
            return True
    return False


def _person_after(art: ArticleText, m: Mention) -> bool:
    """Words that follow only a person right after the name ("X, sinh năm 1990", "X (sinh năm")."""
    j = m.last
    return j < len(art.texts) and art.sentences[j] == m.sentence \
        and _PERSON_AFTER_GAP.fullmatch(art.gaps[j]) is not None \
        and bool(art.at(art.lex.person_after)[j])


def _title_place_name(art: ArticleText, m: Mention) -> bool:
    """"Chủ tịch UBND tỉnh Trần Văn A": a full name right after a title ending in a place word."""
    if m.last - m.first < 3 or not art.surname[m.first]:
        return False
    for k in range(m.first - 1, max(-1, m.first - 12), -1):
        if art.clauses[k] != m.clause:
            return False
        if art.head_len[k]:
            return True
    return False


def _byline(art: ArticleText, m: Mention) -> bool:
    """A line made only of names and dashes is the article's byline, not officials."""
    lo = art.text.rfind("\n", 0, m.start) + 1
    hi = art.text.find("\n", m.end)
    hi = len(art.text) if hi < 0 else hi
    if hi - lo > 120:
        return False
    line = art.text[lo:hi]
    first, last = bisect_left(art.starts, lo), bisect_left(art.starts, hi)
    if first >= last or not all(art.syllable[first:last]):
        return False
    rest = line
    for text in art.texts[first:last]:
        rest = rest.replace(text, " ")
    return _BYLINE_REST.fullmatch(rest) is not None


def _accept(art: ArticleText, m: Mention, accepted: _Accepted) -> bool:
    if m.strong or _person_after(art, m):
        return True
    if not art.surname[m.first]:
        return False
    if art.weak[m.first]:
        # an opener that is also a common word ("ما"): a title next to a full name
        return _title_after(art, m) or (m.last - m.first >= 3 and _title_before(art, m, accepted))
    if art.name_text(m) in accepted.names:
        return True
    if _title_after(art, m) or _title_before(art, m, accepted):
        return True
    # an item of a list of people
    gap = art.gaps[m.first]
    listed = bool(_LIST_GAP.search(gap)) or art.glued[m.first] or (
        m.first > 0 and art.conjunction_lens[m.first - 1] == 1)
    if listed and m.sentence in accepted.sentences:
        return True
    return art.lex.bare_names and m.last - m.first >= 3


def _title_before(art: ArticleText, m: Mention, accepted: _Accepted) -> bool:
    """A title right before: "Title, Name" (and "Title Name" where the language writes it)."""
    before_gap = art.gaps[m.first] if m.first > 0 else ""
    if not (m.first > 0 and SEPARATOR_GAP.fullmatch(before_gap) and (
            art.lex.title_touches_name or COMMA.search(before_gap) or _role_touches(art, m.first))):
        return False
    k = m.first - 1
    steps = 0
    while k >= 0 and art.clauses[k] == m.clause and steps < 25:
        if accepted.cover[k]:
            return False
        if art.head_len[k]:
            return True
        k -= 1
        steps += 1
    return False


def _role_touches(art: ArticleText, first: int) -> bool:
    """A role word right before the name ("Ο Γενικός Γραμματέας To Lam"), where titles do not
    usually touch names: a run after a role is its holder (places were taken out before)."""
    return bool(art.before(art.lex.heads, first))


def person_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Character offsets of the names in ``text`` that the text gives evidence are people."""
    return [(m.start, m.end) for m in find_mentions(ArticleText(text, lang))]
