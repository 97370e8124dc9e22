"""Titles: the positions an article gives its people (the second stage of the officials engine).

Each clause (a stretch between sentence ends, semicolons, colons and brackets) is cut at
commas and conjunctions into segments; a segment that starts with a title word, or ends right
before a name, is a title. A title goes to the name it touches, else to the name on the side
the language usually puts titles. A plural title before a colon ("members of the standing
committee: A ...; B ...") is the group's: it goes to every member's ``group_titles``, not to
their own ``titles``. A title in a clause with no name is left for coreference (``floating``).

:func:`find_titles` reads :class:`Title` records; :func:`assign_titles` gives them to
mentions and returns the ones without a person.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import islice

from .lexicon import fold_word
from .mentions import Mention
from .places import copula_before_title, phrase_at, title_goes_on, title_is_an_object
from .text import COMMA, SEPARATOR_GAP, ArticleText, is_cased, is_lower


@dataclass
class Title:
    """A title phrase: word and character offsets, where it stands, and the mention it went to."""

    first: int
    last: int
    start: int
    end: int
    clause: int
    sentence: int
    group: bool = False
    plural: bool = False         # a plural head ("members of"): the title of a group, not of one person
    before_colon: bool = False
    touches_next: bool = False   # only spaces between the title and the next word, a name
    floating: bool = False       # inside a clause with no name: only a title-only mention
    owner: int = -1              # mention index
    introduced: bool = False     # after a cue that introduces people ("كان هناك ..."): the next person's
    subject: bool = False        # after a copula ("ο κ. X ήταν Επικεφαλής ..."): the person before's


class _Positions:
    """Mentions (sorted, not overlapping) grouped by sentence or clause, searched by offset."""

    def __init__(self, mentions: Sequence[Mention], group: Callable[[Mention], int]) -> None:
        self._index: dict[int, list[int]] = {}
        for idx, m in enumerate(mentions):
            self._index.setdefault(group(m), []).append(idx)
        self._starts = {g: [mentions[i].start for i in ids] for g, ids in self._index.items()}
        self._ends = {g: [mentions[i].end for i in ids] for g, ids in self._index.items()}

    def starting_after(self, group: int, offset: int) -> list[int]:
        """Mentions of the group starting after character ``offset``."""
        ids = self._index.get(group, [])
        return ids[bisect_right(self._starts.get(group, []), offset):]

    def first_starting_from(self, group: int, offset: int) -> int | None:
        """The first mention of the group starting at or after ``offset``."""
        ids = self._index.get(group, [])
        k = bisect_left(self._starts.get(group, []), offset)
        return ids[k] if k < len(ids) else None

    def last_ending_by(self, group: int, offset: int) -> int | None:
        """The last mention of the group ending at or before ``offset``."""
        ids = self._index.get(group, [])
        k = bisect_right(self._ends.get(group, []), offset)
        return ids[k - 1] if k else None


def find_titles(art: ArticleText, mentions: Sequence[Mention]) -> list[Title]:
    """The titles of the article, in text order (see module doc); honorifics before names are no part of one."""
    lex = art.lex
    n = len(art.texts)
    in_name = [-1] * n
    for idx, m in enumerate(mentions):
        for k in range(m.first, m.last):
            in_name[k] = idx
    # honorifics before names are not part of titles
    blocked: set[int] = set()
    # (art.ending_at of each set, read from its lengths by word end: most names follow none)
    endings = [art.ending_lengths(phrases) for phrases in (lex.honorifics, lex.group_honorifics, lex.weak_honorifics)]
    for m in mentions:
        first = m.first
        for ending in endings:
            length = ending[first]
            if length:
                blocked.update(range(first - length, first))
    titles: list[Title] = []
    if not n:
        return titles
    # segments: maximal stretches of non-name words inside one clause, cut at commas, at a
    # title word after a conjunction and at a conjunction glued to a title word; a segment
    # runs from one cut to the next, and the cuts are few: only they are looked at
    named = sorted({k for m in mentions for k in range(m.first, m.last)})
    hard = set(named)
    hard.update(blocked)
    cuts = hard | art.clause_starts_set | art.comma_gaps
    cuts.update(k + 1 for k in hard if k + 1 < n)   # a segment starts again right after a name
    cuts.update(art.glued_head_words)
    conjunctions, weak = art.conjunction_lens, art.weak_lens
    # (a conjunction before a title word is the word before it, or one before a weak honorific)
    cuts.update(i for i in art.head_words
                if i and (conjunctions[i - 1] == 1 or weak[i - 1] == 1) and _conjunction_before(art, i))
    cuts.add(0)
    events = sorted(cuts)
    events.append(n)
    segments = [(p, q) for p, q in zip(events, islice(events, 1, None)) if p not in hard]
    name_words: dict[int, list[int]] = {}   # clause -> its words inside names, in order
    for k in named:
        name_words.setdefault(art.clauses[k], []).append(k)
    for a, b in _merge_enumerations(art, segments):
        title = _title_in(art, a, b, in_name, name_words)
        if title is not None:
            titles.append(title)
    return titles


def _holding(segments: Sequence[tuple[int, int]], starts: Sequence[int], words: Sequence[int]) -> set[int]:
    """Indexes of the segments (sorted, apart) that hold one of ``words``."""
    found = set()
    for k in words:
        idx = bisect_right(starts, k) - 1
        if idx >= 0 and k < segments[idx][1]:
            found.add(idx)
    return found


def _merge_enumerations(art: ArticleText, segments: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The segments that may hold a title, with the comma-cut parts of one body's name joined
    ("Sở Văn hóa, Thể thao và Du lịch").

    After a segment holding a title word, the segments that follow it comma by comma and
    read as parts of a name (see :meth:`_enumeration_part`) belong to it up to the one
    holding the conjunction. A segment without a head, group head or glued head holds no
    title: it is left out (only the few segments with one are read).
    """
    out: list[tuple[int, int]] = []
    starts = [a for a, _ in segments]
    with_head = _holding(segments, starts, art.head_words)
    resume = 0   # the segment after the last one joined
    for i in sorted(_holding(segments, starts, art.title_words)):
        if i < resume:
            continue
        a, b = segments[i]
        end = i
        if i in with_head:
            j = i + 1
            while j < len(segments) and segments[j][0] == segments[j - 1][1] \
                    and art.clauses[segments[j][0]] == art.clauses[a]:
                ok, joins, stopped = _enumeration_part(art, *segments[j])
                if not ok:
                    break
                if joins:
                    end = j
                    for k in joins:   # "và" inside the body's name no longer ends the title
                        art.join_conjunction(k)
                    break
                if stopped:
                    break
                j += 1
        out.append((a, segments[end][1]))
        resume = end + 1
    return out


def _enumeration_part(art: ArticleText, a: int, b: int) -> tuple[bool, list[int], bool]:
    """Whether words ``[a, b)`` open with a part of a body's name; its conjunctions; stopped early.

    A part has no title word, is short, and (in a cased script) each item is capitalised
    ("Thể thao và Du lịch", "Αθλητισμού και Τουρισμού"); it ends at a stop or cue word.
    Unicase scripts give no such evidence: their parts are left apart.
    """
    joins: list[int] = []
    item_start = True
    k = a
    while k < b:
        text = art.texts[k]
        if art.head_len[k] or art.group_len[k] or art.glued_head(k):
            return False, [], False
        if k > a and art.conjunction_lens[k]:
            joins.append(k)
            item_start = True
            k += 1
            continue
        if art.stop_len(k) or art.cue_lens[k]:
            break
        if item_start and not (is_cased(text[0]) and text[0].isupper()):
            return False, [], False
        item_start = False
        k += 1
    ok = a < k <= a + 6 and not item_start
    return ok, joins if ok else [], k < b


def _glued_group(art: ArticleText, j: int) -> bool:
    glued = art.glued_head(j)
    rest = art.lex.word_stems(art.texts[j][glued:])
    return bool(art.lex.group_heads.match([rest, *art.stems[j + 1:j + 6]], 0)[0])


def _conjunction_before(art: ArticleText, i: int) -> bool:
    k = i - 1
    while k >= 0 and art.weak_lens[k] == 1 and k > i - 3:
        k -= 1
    return k >= 0 and art.conjunction_lens[k] == 1 and k < i


def _title_in(art: ArticleText, a: int, b: int, in_name: list[int], name_words: dict[int, list[int]]) -> Title | None:
    """The title inside segment ``[a, b)`` of words, if any.

    A segment that starts with a title word holds a title up to the first word that ends
    titles; a segment right before a name holds one from its last title word run; a
    segment in a clause without names may hold a title-only mention (``floating``).
    """
    n = len(art.texts)
    s = art.skip_weak(a)
    if s >= b:
        return None
    opened = s
    s = _past_introducer(art, s, b)
    copula = copula_before_title(art, s, b) if s == opened and s + 1 < b and not art.head_len[s] else 0
    s += copula
    if s >= b:
        return None
    group = bool(art.group_len[s]) or bool(art.glued_head(s) and _glued_group(art, s))
    plural = group
    named = b
    while named < n and in_name[named] < 0 and named - b < 3 and (
            art.honorific_lens[named] or art.weak_lens[named]):
        named += 1   # ", κ. Trần Văn Khoa": an honorific between the title and the name
    next_is_name = named < n and in_name[named] >= 0 and art.clauses[b] == art.clauses[b - 1] \
        and SEPARATOR_GAP.fullmatch(art.gaps[b]) is not None
    if s > opened and not copula and not (next_is_name or b < n and (
            art.glued_head(b) or COMMA.search(art.gaps[b]) and art.head_len[b])):
        s = opened   # an introduced title ends at a name or at the next title of the chain
    after_segment = art.text[art.ends[b - 1]:art.starts[b]] if b < n else ""
    floating = False
    if art.head_len[s] or art.glued_head(s) or group or _level_opens(art, s, b):
        start_word, end_word = s, _title_end(art, s, b)
    elif ":" in after_segment[:3] and any(art.group_len[k] or art.head_len[k] for k in range(s, b)):
        # a title shared by the list that follows the colon
        start_word = -1
        k = s
        stops = art.stops   # (art.stop_len of every word)
        while k < b:
            length = stops[k]
            if length:
                start_word = -1
                k += length
                continue
            if start_word < 0 and (art.head_len[k] or art.group_len[k]):
                start_word = k
            k += 1
        if start_word < 0:
            return None
        end_word, group = b, True
        plural = plural or bool(art.group_len[start_word])
    else:
        clause = art.clauses[a]
        names_here = name_words.get(clause, [])
        lonely = bisect_left(names_here, max(0, a - 60)) == bisect_left(names_here, min(n, b + 60))
        # "برئاسة عضو المكتب السياسي ورئيس الوزراء X": a chain of titles glued by "و" leads to the name;
        # "nghe Ủy viên Ủy ban thường vụ Quốc hội, Chủ nhiệm Ủy ban pháp luật X": so does a comma
        comma_chained = b < n and art.clauses[b] == art.clauses[b - 1] and not art.glued_head(b) \
            and bool(COMMA.search(art.gaps[b]) and art.head_len[b])
        # "ο Πρόεδρος της ΕΝΠΕ και Περιφερειάρχης Αττικής X": a title word right after a conjunction word
        and_chained = b < n and art.clauses[b] == art.clauses[b - 1] and bool(art.head_len[b]) \
            and art.conjunction_lens[b - 1] == 1 and b - 1 > a
        chained = comma_chained or and_chained \
            or (b < n and bool(art.glued_head(b)) and art.clauses[b] == art.clauses[b - 1])
        if not (next_is_name or chained or lonely):
            return None
        floating = not (next_is_name or chained)
        start_word = -1
        k = a
        stops, heads = art.stops, art.head_len   # (art.stop_len of every word)
        while k < b:
            length = stops[k]
            if length:
                if not floating:
                    start_word = -1
                k += length
                continue
            # a title-only mention is written capitalised: "tăng trưởng" (growth) is no head
            if start_word < 0 and heads[k] and not (floating and is_lower(art.texts[k])):
                start_word = k
            k += 1
        if start_word < 0:
            return None
        if comma_chained and not next_is_name and (
                art.group_len[start_word] or art.ending_at(art.lex.plural_markers, start_word)):
            return None   # "các Phó Chủ tịch UBND tỉnh, Chủ tịch UBND huyện X": the plural title is others'
        end_word = _title_end(art, start_word, b) if floating else b
    if end_word <= start_word:
        return None
    head_end = start_word + max(1, art.head_len[start_word])
    while head_end < end_word and art.head_len[head_end]:   # "phó giám đốc": a qualifier, then the role
        head_end += art.head_len[head_end]
    if not next_is_name and head_end < end_word and phrase_at(art, art.lex.plural_markers, head_end):
        return None   # "trưởng, phó các ban xây dựng Đảng": deputies of several bodies, others' title
    if end_word == n and art.text.rstrip()[-1:].isalnum():
        return None   # "... أمين الل": a text cut off in the middle of a title leaves no title to read
    while end_word - 1 > start_word and art.conjunction_lens[end_word - 1] == 1:
        end_word -= 1   # "βουλευτής Λάρνακας και πρώην ...": the conjunction opens the next title
    start = art.starts[start_word] + art.glued_head(start_word)
    end = art.ends[end_word - 1]
    end = start + len(art.text[start:end].rstrip(" .,،:;؛-–—"))
    if end <= start:
        return None
    after = art.text[end:art.starts[end_word]] if end_word < n else art.text[end:]
    touches = end_word == b and b < n and in_name[b] >= 0 and art.inline[b] and not _conjoined_name(art, b)
    return Title(
        first=start_word, last=end_word, start=start, end=end,
        clause=art.clauses[start_word], sentence=art.sentences[start_word],
        group=group, plural=plural, before_colon=after.strip()[:1] in (":", "："),
        touches_next=bool(touches), floating=floating,
        introduced=not copula and (s > opened or (not floating and start_word > a and not next_is_name)
                                   or title_is_an_object(art, start_word)),
        subject=bool(copula),
    )


def _level_opens(art: ArticleText, s: int, b: int) -> bool:
    """A level word right before a role opens the title ("Επαρχιακός Γραμματέας του Κόμματος")."""
    length = phrase_at(art, art.lex.title_parts["levels"], s)
    return bool(length) and s + length < b and bool(art.head_len[s + length]) \
        and (not is_cased(art.texts[s][0]) or art.texts[s][0].isupper())


def _body_name_goes_on(art: ArticleText, k: int, b: int) -> bool:
    """A conjunction inside the name of a body ("Sở Kế hoạch và Đầu tư", "Nông nghiệp và Môi trường").

    In a cased script, a conjunction followed by capitalised words that are neither a title word
    nor a name, up to the end of the segment or a word that ends titles, joins two parts of one
    name: a second title would open with a title word, a second person with a name.
    """
    if not art.conjunction_lens[k] or k + 1 >= b:
        return False
    for j in range(k + 1, b):
        first_letter = art.texts[j][0]
        if j > k + 1 and (art.stop_len(j) or art.cue_lens[j]):
            return True   # the name ends where the sentence goes on ("... và Môi trường cho biết")
        if not is_cased(first_letter) or art.head_len[j] or art.group_len[j] or art.glued_head(j) \
                or (j == k + 1 and not first_letter.isupper()) or art.stop_len(j) or art.cue_lens[j] \
                or j - k > 4:
            return False
    return True


def _past_introducer(art: ArticleText, s: int, b: int) -> int:
    """Word ``s`` moved past a cue right before a title ("كان هناك عضو ...", "وألقى عضو ..."): the
    title opens after it (:func:`_title_in` keeps it only when it ends at a name or at the next
    title of a chain: "قال رئيس اللجنة إن ..." may refer back to someone named earlier)."""
    length = art.stop_len(s)
    if not length or s + length >= b or not art.head_len[s + length]:
        return s
    cue_length, roles = art.lex.cues.match(art.stems, s)
    return s + length if cue_length == length and roles else s


def _title_end(art: ArticleText, start_word: int, b: int) -> int:
    """First word after a title's head that ends it (a stop word or cue), else ``b``."""
    k = start_word + max(1, art.head_len[start_word])
    stops = art.stops   # (art.stop_len of every word)
    while k < b:
        if stops[k]:
            if title_goes_on(art, k) or _body_name_goes_on(art, k, b):
                # "العضو السابق في المكتب السياسي", "Sở Kế hoạch và Đầu tư": its body belongs to it
                k += art.stop_len(k)
                continue
            return k
        k += 1
    return b


def assign_titles(art: ArticleText, mentions: Sequence[Mention], titles: Sequence[Title]) -> list[Title]:
    """Give each title to its person; return the titles left without one."""
    orphans: list[Title] = []
    order = art.lex.title_order
    # mentions are sorted and do not overlap: their starts and ends rise together
    in_sentence = _Positions(mentions, lambda m: m.sentence)
    in_clause = _Positions(mentions, lambda m: m.clause)
    previous: Title | None = None
    titled: set[int] | None = None   # the words inside titles, gathered when first needed (seldom)
    for i, t in enumerate(titles):
        if t.floating:
            orphans.append(t)
            continue
        chained_ahead = previous
        chained_to = previous if previous is not None and previous.owner >= 0 and previous.last == t.first \
            and previous.clause == t.clause and art.glued_head(t.first) and not t.group \
            and art.inline[t.first] else None
        previous = t
        if chained_to is not None:
            # "نائب سكرتير ... ورئيس لجنة الشعب ...": a title glued by "و" to the one before is its holder's
            t.owner = chained_to.owner
            mentions[t.owner].titles.append((t.start, t.end))
            continue
        if chained_ahead is not None and chained_ahead.owner >= 0 and mentions[chained_ahead.owner].start >= t.end \
                and chained_ahead.sentence == t.sentence \
                and SEPARATOR_GAP.fullmatch(art.text[chained_ahead.end:t.start]) is not None:
            # "και η αντιπρόεδρος ..., βουλευτής ... B": the next title of a chain before B is B's too
            t.owner = chained_ahead.owner
            mentions[t.owner].titles.append((t.start, t.end))
            mentions[t.owner].chain_titles.append((t.start, t.end))
            continue
        if t.group:
            if t.before_colon:
                for idx in in_sentence.starting_after(t.sentence, t.end):
                    m = mentions[idx]
                    if t.plural:
                        m.group_titles.append((t.start, t.end))
                    else:
                        m.titles.insert(0, (t.start, t.end))
            continue
        prev_m = in_clause.last_ending_by(t.clause, t.start)
        next_m = in_clause.first_starting_from(t.clause, t.end)
        # a title belongs to a neighbour only if no other title's person stands between
        if t.introduced:
            owner = next_m   # "وحضرها رئيس مجلس ... X": never the person before the cue
        elif t.subject:
            owner = prev_m   # "ο κ. X ήταν Επικεφαλής ...": the subject's
        elif t.touches_next and next_m is not None and art.lex.title_touches_name:
            owner = next_m
        elif order == "before" and prev_m is not None and _opens_conjunct(art, mentions[prev_m].end, t.first):
            # "A και η αντιπρόεδρος ..., βουλευτής ... B": the next conjunct's, never A's
            if next_m is None and titled is None:
                titled = {k for title in titles for k in range(title.first, title.last)}
            owner = next_m if next_m is not None else _next_past_titles(art, mentions, in_sentence, t, titled)
            if owner is not None:
                mentions[owner].chain_titles.append((t.start, t.end))
        elif order == "before":
            # honorifics may stand between a title and its name, unless the title already
            # follows a name of its own ("ο κ. A, Διευθυντής ..., η κα B")
            after_name = prev_m is not None and SEPARATOR_GAP.fullmatch(art.text[mentions[prev_m].end:t.start])
            owner = next_m if next_m is not None and _adjacent(art, t.end, mentions[next_m].start, not after_name) \
                else prev_m
            if owner == prev_m and not after_name and next_m is not None and i + 1 < len(titles) \
                    and _joined_by_conjunction(art, t, titles[i + 1]) \
                    and _adjacent(art, titles[i + 1].end, mentions[next_m].start, True):
                # "ο Πρόεδρος της ΕΝΠΕ και Περιφερειάρχης Αττικής X": two titles joined before one name
                owner = next_m
                mentions[owner].chain_titles.append((t.start, t.end))
        else:
            owner = prev_m if prev_m is not None else next_m
            if owner == prev_m and next_m is not None and _WORDS_ONLY.fullmatch(art.text[t.end:mentions[next_m].start]) \
                    and _adjacent(art, t.end, mentions[next_m].start, True):
                # "..., معالي وزيرة الخارجية ... السيدة X": a title run on by an honorific into a name is
                # that name's (after a comma or a semicolon the honorific opens the next person)
                owner = next_m
        if owner is None:
            orphans.append(t)
            continue
        t.owner = owner
        mentions[owner].titles.append((t.start, t.end))
    return orphans


def _opens_conjunct(art: ArticleText, name_end: int, first: int) -> bool:
    """Only a conjunction, and articles or weak honorifics after it, stand between a name ending
    at ``name_end`` and word ``first``: a title there opens the next person of a list."""
    k = bisect_left(art.starts, name_end)
    if k >= first or art.conjunction_lens[k] != 1:
        return False
    k += 1
    while k < first and art.weak_lens[k] == 1:
        k += 1
    return k == first


def _joined_by_conjunction(art: ArticleText, first: Title, second: Title) -> bool:
    """Only one conjunction word stands between two titles ("... της ΕΝΠΕ και Περιφερειάρχης ...")."""
    return second.first == first.last + 1 and art.conjunction_lens[first.last] == 1 \
        and art.inline[first.last] and art.inline[second.first]


def _next_past_titles(art: ArticleText, mentions: Sequence[Mention], in_sentence: _Positions, t: Title,
                      titled: set[int]) -> int | None:
    """The next mention of the sentence when only titles, conjunctions, articles and commas stand
    between it and title ``t`` (a chain of titles before one name), else None."""
    idx = in_sentence.first_starting_from(t.sentence, t.end)
    if idx is None or _CHAIN_BREAK.search(art.text, t.end, mentions[idx].start):
        return None
    for k in range(t.last, bisect_left(art.starts, mentions[idx].start)):
        if k not in titled and not art.conjunction_lens[k] and not art.weak_lens[k]:
            return None
    return idx


_CHAIN_BREAK = re.compile(r"[^\w\s,،\-–]")


_WORDS_ONLY = re.compile(r"\s+\w[\w\s]*")   # one word or more between blanks, no punctuation


def _conjoined_name(art: ArticleText, k: int) -> bool:
    """Word ``k`` is a conjunction glued to a given name ("وفاطمة"): the next item of a list, which
    the title before it does not touch ("وزير الصناعة والتجارة وفاطمة الزهراء المنصوري")."""
    from .anchored import native_data   # (anchored reads this package's mentions)

    text = art.texts[k]
    given = native_data(art.lang).given
    return len(text) > 3 and text[0] in ("و", "ف") and given and fold_word(text[1:], art.lang) in given


def _adjacent(art: ArticleText, start: int, end: int, honorifics: bool = False) -> bool:
    """Only a comma or spaces between a title and a name; or honorifics ("ο Πρέσβης ..., ο κ. X")."""
    gap = art.text[start:end]
    if SEPARATOR_GAP.fullmatch(gap) is not None:
        return True
    if not honorifics:
        return False
    idx = list(range(bisect_left(art.starts, start), bisect_right(art.ends, end)))
    if not idx or len(idx) > 3 or re.search(r"[^\w\s.,،]", gap):
        return False
    k, last = idx[0], idx[-1] + 1
    while k < last:
        length = art.honorific_lens[k] or art.weak_lens[k]
        if not length:
            return False
        k += length
    return True
