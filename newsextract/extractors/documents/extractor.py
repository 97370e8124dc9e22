"""Documents: references to resolutions, decisions, plans, directives... and their attributes.

A reference is anchored on a registration code (``24-KH/BCĐ``), on a number after a type
word (``الخطة رقم 26``, ``Kế hoạch số 12``, ``Απόφαση αριθ. 5``, ``مشروع 06``), or, without a
number, on a type word naming the resolution of a specific plenum or congress
(``قرار المؤتمر الثامن للجنة المركزية الثالثة عشرة``: plenum 8, term 13; a congress's ordinal is
its term), on a fixed name (national target programmes) or on a name after the type word
(``Luật Đất đai 2024``, ``قانون الأراضي``). Type words in plural or without such an anchor are
generic mentions and are not reported. Where document names take a capital, a bare number after a
lower-case type word is no document number ("kết luận 71 đảng viên": "concluded that 71 members");
a number before a counted noun never is, nor a type word inside another word (``kỷ luật``).

After the anchor, the text that follows is read in any order for the document's own date
(the ``dates`` component's day values), its issuer
(``الصادر عن ...``, ``للمكتب السياسي``, ``của ...``, ``του ...``), a term in brackets and the
subject (``بشأن ...``, ``về ...``, ``σχετικά με ...``) kept as ``title``.

A document whose code names its issuer (``-UBND``, ``-TTg``) but whose text does not takes the
issuer as the same sentence writes it ("Theo Quyết định số 12/QĐ-UBND, UBND tỉnh tặng...").

The type comes from the code when there is one (translations blur the type word: قرار and
Απόφαση stand for both Nghị quyết and Quyết định), else from the word, the issuer and the
language's defaults. ``document_id`` hashes a key that is the same wherever the document is
cited (type, number, year, issuer code; or plenum and term), so citations can be counted
across articles. One row is kept per document and article; later mentions fill in what the
first one lacked.
"""
from __future__ import annotations

import functools
import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from ...textnorm import MatchView, fold
from ..numbers import article_view
from ..base import get_records
from .codes import CodeInfo, ascii_code, find_codes, parse_code
from .lexicon import AMBIGUOUS, NAME_SEP, Issuer, Lexicon, lexicon

# Type words that name a specific document without a number when a plenum or congress follows.
UNNUMBERED_TYPES = frozenset({AMBIGUOUS, "resolution", "decision", "conclusion", "directive"})
RES_DEC = frozenset({"resolution", "decision"})
PUNCT_STOP = frozenset(".,;:،؛()[]\n!?؟")
SENTENCE_END = re.compile(r"[!?؟\n]|\.(?!\d)(?=\s|$)")
CLAUSE_END = re.compile(r"[;؛\n]|\.(?!\d)|$")
BARE_NUMBER = re.compile(r"\s+(\d{1,5})(?!\d)")  # right after a type word: مشروع 06, Đề án 06
TOKEN = re.compile(r"\S+")
WORD = re.compile(r"\w+")
NOT_A_DOC_NUMBER = re.compile(r"\s?[/.,:\-]\s?\d")  # 185/261, 8.8, 2021-2025: ratios, decimals, ranges
DIGIT_ORDINAL = re.compile(r"(\d{1,2})(?:[^\W\d]{1,3})?(?!\w)")
ROMAN = re.compile(r"[ivxlc]{1,7}(?!\w)")
TIMEX_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TITLE_WORD = re.compile(r"[^\s.,;:،؛()\"«»“”]+")
GAP_PIECE = re.compile(r"\s+|\S+")
WHITESPACE = re.compile(r"\s*")
GAP_WORDS = 4          # words allowed between a type word and its number marker
ISSUER_WORDS = 12      # longest issuer name read
BACK_WORDS = 5         # words searched for an issuer before an issuing verb where no capitals mark names
TITLE_CHARS = 250      # longest subject kept as title
TAIL_STEPS = 6         # attributes read after an anchor
NAME_WORDS = 8         # longest name of a document cited by name (Luật Tổ chức chính quyền địa phương)


@dataclass
class Reference:
    """One document reference while it is being read (offsets in the folded view)."""

    start: int
    end: int
    word_type: str | None = None
    number: str | None = None
    code: CodeInfo | None = None
    plenum: int | None = None
    term: int | None = None
    assembly: bool = False
    issuer: str | None = None
    issuer_entry: Issuer | None = None
    date: str | None = None
    title: str | None = None
    extras: dict[str, Any] = field(default_factory=dict)


def roman_value(s: str) -> int | None:
    """Value of a Roman numeral (``XIII`` → 13), None if ``s`` is not one."""
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    s = s.lower()
    if not s or any(c not in values for c in s):
        return None
    total = 0
    for i, c in enumerate(s):
        v = values[c]
        total += -v if i + 1 < len(s) and values[s[i + 1]] > v else v
    return total if 0 < total < 200 else None


class Coverage:
    """Which offsets of a text some span covers; marking and asking cost no scan of the spans."""

    def __init__(self, length: int) -> None:
        self._covered = bytearray(length + 1)

    def mark(self, start: int, end: int) -> None:
        if end > start:
            self._covered[start:end] = b"\x01" * (end - start)

    def covers(self, pos: int) -> bool:
        return 0 <= pos < len(self._covered) and self._covered[pos] == 1


class _DayIndex:
    """The day dates of the ``dates`` component by start offset, for reading a document's date."""

    def __init__(self, dates: list[dict[str, Any]]) -> None:
        days = []
        for order, rec in enumerate(dates):
            value = str(rec.get("value") or "")
            if TIMEX_DAY.match(value):
                days.append((int(rec["char_start"]), order, value, int(rec["char_end"])))
        days.sort()
        self._days = days
        self._starts = [d[0] for d in days]

    def first_between(self, lo: int, hi: int) -> tuple[str, int] | None:
        """``(value, char_end)`` of the first listed day starting within ``[lo, hi]``."""
        i, j = bisect_left(self._starts, lo), bisect_right(self._starts, hi)
        if i >= j:
            return None
        _, _, value, end = min(self._days[i:j], key=lambda d: d[1])
        return value, end


@functools.lru_cache(maxsize=None)
def _issuer_forms(lang: str) -> tuple[re.Pattern[str], dict[str, Issuer]]:
    """One pattern for every known body's forms, bodies in lexicon order (the first body with
    a form at a position wins, as a walk over the lexicon would find it)."""
    entry_of: dict[str, Issuer] = {}
    alternatives: list[str] = []
    for entry in lexicon(lang).issuers:
        for form in entry.forms:
            alternatives.append(re.escape(form))
            entry_of.setdefault(form, entry)
    return re.compile("|".join(alternatives) or r"(?!x)x"), entry_of


@functools.lru_cache(maxsize=None)
def _issuers_with_code(lang: str, code: str) -> tuple[Issuer, ...]:
    return tuple(e for e in lexicon(lang).issuers if ascii_code(e.code).upper() == code)


@functools.lru_cache(maxsize=None)
def _form_pattern(form: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(form)}(?!\w)")


@functools.lru_cache(maxsize=4096)
def _fold(text: str, lang: str) -> str:
    return fold(text, lang)


class _Reader:
    """Reads references out of one text; holds the folded view and the language's lexicon."""

    def __init__(self, text: str, lex: Lexicon, dates: list[dict[str, Any]]) -> None:
        self.text = text
        self.lex = lex
        self.view: MatchView = article_view(text, lex.lang)
        self.f = self.view.folded
        self.days = _DayIndex(dates)
        self.not_type_spans = [(m.start(), m.end()) for m in lex.not_types.finditer(self.f)]
        self._not_type_starts = [s for s, _ in self.not_type_spans]
        self.type_hits = [(m.start(), m.end(), m.start("word"), lex.type_of[" ".join(m.group("word").split())])
                          for m in lex.type_words.finditer(self.f)
                          if not self._in_not_type(m.start("word"), m.end())]
        self._type_ends = [h[1] for h in self.type_hits]  # increasing: the hits never overlap
        self._type_skip = list(range(len(self.type_hits)))  # union-find: nearest hit at or before not yet used
        self.named_hits = list(lex.named_words.finditer(self.f))
        self.type_starts = frozenset([h[0] for h in self.type_hits] + [m.start() for m in self.named_hits])
        self.blocked: set[int] = set()  # starts of anchors and type words: an attribute never runs over one
        self._blocked_sorted: list[int] = []
        self.after_comma = False
        self._sentence_marks: list[int] | None = None
        self._code_hits: dict[tuple[int, int, str], list[tuple[Issuer, list[int], list[int]]]] = {}
        self._outside: Callable[[int, int], bool] | None = None

    def inverse(self, pos: int) -> int:
        """The folded offset of an original offset: the first folded character at or after it."""
        return bisect_left(self.view.index, pos, 0, len(self.f))

    def _in_not_type(self, pos: int, end: int) -> bool:
        """Whether a word-holding span (kỷ luật) that names no document covers ``[pos, end)``;
        the spans never overlap, so only the last one starting at or before ``pos`` can."""
        i = bisect_right(self._not_type_starts, pos) - 1
        return i >= 0 and self.not_type_spans[i][1] >= end

    def _inside_not_type(self, pos: int) -> bool:
        i = bisect_right(self._not_type_starts, pos) - 1
        return i >= 0 and pos < self.not_type_spans[i][1]

    def rstrip_end(self, end: int) -> int:
        """``len(f[:end].rstrip())`` without copying the text before ``end``."""
        f = self.f
        while end > 0 and f[end - 1].isspace():
            end -= 1
        return end

    # --- small readers at a position of the folded view -------------------------------------
    def orig(self, pos: int) -> int:
        return self.view.index[min(pos, len(self.f))]

    def original(self, start: int, end: int) -> str:
        s, e = self.view.span(start, end)
        return self.text[s:e]

    def skip(self, pos: int, chars: str = " \t\u00a0") -> int:
        while pos < len(self.f) and self.f[pos] in chars:
            pos += 1
        return pos

    def is_upper(self, pos: int) -> bool:
        o = self.orig(pos)
        return o < len(self.text) and self.text[o].isupper()

    def ordinal(self, pos: int) -> tuple[int, int] | None:
        """``(value, end)`` of an ordinal at ``pos``: a word, a digit with suffix or a Roman numeral,
        possibly after prefix words (``lần thứ XIII``)."""
        q = pos
        for _ in range(3):
            m = self.lex.ordinal_word.match(self.f, q)
            if m:
                return self.lex.ordinal_of[" ".join(m.group(0).split())], m.end()
            m = DIGIT_ORDINAL.match(self.f, q)
            if m and not NOT_A_DOC_NUMBER.match(self.f, m.end(1)):
                return int(m.group(1)), m.end()
            m = ROMAN.match(self.f, q)
            if m and self.is_upper(q):
                value = roman_value(m.group(0))
                if value:
                    return value, m.end()
            m = self.lex.ordinal_prefix.match(self.f, q)
            if not m or m.end() == q:
                return None
            q = m.end()
        return None

    def day(self, pos: int, marker: int | None = None) -> tuple[str, int] | None:
        """A day date of the dates component at ``pos`` (or at the ``marker`` before it) as
        ``(YYYY-MM-DD, end)``; months, years and periods are not a document's date."""
        lo, hi = self.orig(pos if marker is None else marker), self.orig(pos) + 2
        found = self.days.first_between(lo, hi)
        return (found[0], self.inverse(found[1])) if found else None

    def date_at(self, pos: int) -> tuple[str, int] | None:
        m = self.lex.date_marker.match(self.f, pos)
        if m:
            found = self.day(self.skip(m.end()), marker=pos)
            if found:
                return found
        return self.day(pos)

    def term_at(self, pos: int) -> tuple[int, int] | None:
        q = self.skip(pos + 1) if pos < len(self.f) and self.f[pos] == "(" else pos
        m = self.lex.term_marker.match(self.f, q)
        if not m:
            return None
        found = self.ordinal(self.skip(m.end()))
        if not found:
            return None
        value, end = found
        end2 = self.skip(end)
        if q != pos and end2 < len(self.f) and self.f[end2] == ")":
            end = end2 + 1
        return value, end

    def subject_at(self, pos: int, limit: int) -> tuple[str, int] | None:
        m = self.lex.subject_marker.match(self.f, pos)
        if not m:
            return None
        start = self.skip(m.end())
        bound = min(start + TITLE_CHARS, limit)
        # The search stops one past the bound so that "." right before it sees the next character.
        clause = CLAUSE_END.search(self.f, start, max(bound, start) + 1)
        end = min(clause.start(), bound)
        title = self.original(start, end).strip(" \t\"'«»“”„,،")
        return (title, end) if title else None

    def _issuer_start(self, pos: int) -> tuple[int, bool] | None:
        """Where an issuer name begins at ``pos`` (after its marker), and whether a proclitic is glued on."""
        lex, f = self.lex, self.f
        m = lex.issuer_marker.match(f, pos)
        if m:
            q = self.skip(m.end())
            if not lex.capitalised or self.is_upper(q) or self.known_issuer(q):
                return q, False
            return None
        word = WORD.match(f, pos)
        if word and self.unglued(word.group(0)) is not None:
            return pos, True
        if self.known_issuer(pos) and (not lex.capitalised or self.is_upper(pos)) and not self.after_comma:
            return pos, False
        return None

    def unglued(self, word: str) -> tuple[str, str] | None:
        """``(prefix, spelling)`` undoing a preposition glued to ``word`` when the result starts
        an issuer name (للجنة → اللجنة, للمكتب → المكتب), else None."""
        for prefix, spellings in self.lex.issuer_proclitic:
            if word.startswith(prefix):
                for spelling in spellings:
                    if spelling + word[len(prefix):] in self.lex.issuer_heads:
                        return prefix, spelling
        return None

    def known_issuer(self, pos: int) -> Issuer | None:
        """The first known body (in lexicon order) one of whose forms starts at ``pos``."""
        pattern, entry_of = _issuer_forms(self.lex.lang)
        m = pattern.match(self.f, pos)
        return entry_of[m.group(0)] if m else None

    def issuer_at(self, pos: int, limit: int, known_start: bool = False) -> tuple[str, int, int] | None:
        """``(issuer as written, start, end)`` of an issuer name at ``pos``; with ``known_start``
        the caller has already established that a name begins at ``pos``."""
        found = self._issuer_start(pos)
        if not found and known_start:
            word = WORD.match(self.f, pos)
            found = (pos, bool(word and self.unglued(word.group(0))))
        if not found:
            return None
        start, proclitic = found
        lex, f = self.lex, self.f
        end = start
        p = start
        words = 0
        while p < min(len(f), limit) and words < ISSUER_WORDS:
            if words and (lex.issuer_stop.match(f, p) or p in self.blocked):
                break
            m = TOKEN.match(f, p)
            if not m:
                break
            token = m.group(0)
            core = token.rstrip("".join(PUNCT_STOP) + "\"'»”")
            if not core or core[0] in PUNCT_STOP or core[0].isdigit():
                break
            if (lex.capitalised and not lex.issuer_open and words and not self.is_upper(p)
                    and core not in lex.issuer_joiners):
                break
            end = p + len(core)
            words += 1
            if core != token.rstrip("\"'»”"):
                break  # punctuation after the word ends the name
            p = self.skip(m.end())
        while lex.capitalised and not lex.issuer_open and words:  # no trailing article or preposition
            last = re.search(r"(\S+)\s*$", f[start:end])
            if last and last.group(1) in lex.issuer_joiners and not self.is_upper(start + last.start(1)):
                end = self.rstrip_end(start + last.start(1))
                words -= 1
            else:
                break
        if words == 0 or end <= start:
            return None
        written = self.original(start, end).strip()
        if proclitic:
            first = re.match(r"\w+", written)
            undo = self.unglued(_fold(first.group(0), lex.lang)) if first else None
            if undo:
                written = undo[1] + written[len(undo[0]):]
        return written, start, end

    def issuer_entry(self, issuer: str) -> Issuer | None:
        span = _fold(issuer, self.lex.lang)
        for entry in self.lex.issuers:
            if any(form in span for form in entry.forms):
                return entry
        return None

    def issuer_before(self, ts: int) -> tuple[str, int, int] | None:
        """The issuer of a document named just before it with an issuing verb: "Ban Thường vụ
        Tỉnh ủy đã ban hành Kế hoạch...", "للجنة الدائمة لإصدار الخطة...", or verb first
        ("أصدرت اللجنة الدائمة الخطة...")."""
        lex, f = self.lex, self.f
        window_start = max(0, ts - 120)
        verbs = [m for m in lex.issue_verb.finditer(f, window_start, ts)
                 if (m.start() == 0 or not f[m.start() - 1].isalnum())]
        if not verbs:
            return None
        verb = verbs[-1]
        gap = f[verb.end():ts].split()
        if any(c in PUNCT_STOP for c in f[verb.end():ts]) or len(gap) > ISSUER_WORDS:
            return None
        nearest = bisect_left(self._blocked_sorted, verb.end())
        if nearest < len(self._blocked_sorted) and self._blocked_sorted[nearest] < ts:
            return None  # another document stands between: the verb issued that one
        if len(gap) > 1 or (gap and gap[0] not in lex.issuer_joiners):
            start = self.skip(verb.end())  # verb first: the issuer stands between verb and document
            if (lex.capitalised and not self.is_upper(start)) or (
                    not lex.capitalised and not self._issuer_start(start)):
                return None
            found = self.issuer_at(start, ts, known_start=True)
            return found if found and found[2] <= ts else None
        # issuer first: walk back from the verb over the name
        tokens = [m for m in TOKEN.finditer(f, max(0, verb.start() - 160), verb.start())]
        name: list[re.Match[str]] = []
        for tok in reversed(tokens):
            word = tok.group(0)
            if any(c in PUNCT_STOP for c in word) or word[0].isdigit() or lex.issuer_stop.match(f, tok.start()):
                break
            if lex.capitalised and not lex.issuer_open and not self.is_upper(tok.start()) \
                    and word not in lex.issuer_joiners:
                break
            name.insert(0, tok)
            if len(name) >= (ISSUER_WORDS if lex.capitalised else BACK_WORDS):
                break
        if lex.capitalised:  # a name starts with a capital that is no sentence-initial article
            while name and (not self.is_upper(name[0].start()) or name[0].group(0) in lex.issuer_joiners
                            or name[0].group(0) in lex.plural_markers):
                name.pop(0)
        else:
            heads = [i for i, tok in enumerate(name) if self._issuer_start(tok.start())]
            name = name[heads[0]:] if heads else []
        if not name:
            return None
        found = self.issuer_at(name[0].start(), name[-1].end(), known_start=True)
        return found

    # --- a reference's tail ---------------------------------------------------------------
    def read_tail(self, ref: Reference, limit: int) -> None:
        p = ref.end
        for _ in range(TAIL_STEPS):
            q = self.skip(p)
            p = self.skip(q, " \t\u00a0,،")
            self.after_comma = p != q  # a body named after a comma without a marker starts a new clause
            if p >= limit:
                break
            if ref.term is None and (t := self.term_at(p)):
                ref.term, p = t
                continue
            if ref.date is None and (d := self.date_at(p)):
                ref.date, p = d
                continue
            if ref.issuer is None and ref.plenum is None and ref.term is None and not ref.assembly:
                probe = Reference(start=ref.start, end=p)
                if self.read_assembly(probe, p) and probe.end <= limit:
                    # "Nghị quyết số 18-NQ/TW ... Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XII"
                    ref.plenum, ref.term, ref.issuer, ref.issuer_entry = probe.plenum, probe.term, probe.issuer, probe.issuer_entry
                    p = probe.end
                    continue
            if ref.issuer is None and (i := self.issuer_at(p, limit)):
                ref.issuer, s, p = i
                ref.issuer_entry = self.issuer_entry(ref.issuer)
                continue
            if ref.title is None and (s := self.subject_at(p, limit)):
                ref.title, p = s
            break

    # --- anchors ---------------------------------------------------------------------------
    def gap_ok(self, start: int, end: int, words: int) -> bool:
        """Whether ``f[start:end]`` holds at most ``words`` words and no punctuation, digit or
        quote; reads no further than the first such character or the word after the limit."""
        count = 0
        for m in GAP_PIECE.finditer(self.f, start, end):
            piece = m.group(0)
            if any(c in PUNCT_STOP or c.isdigit() or c in "\"«»“”" for c in piece):
                return False
            if not piece[0].isspace():
                count += 1
                if count > words:
                    return False
        return True

    def type_before(self, pos: int, used: set[int], words: int) -> tuple[int, int, int, str] | None:
        """The nearest unused type word ending before ``pos`` with at most ``words`` words between."""
        i = bisect_right(self._type_ends, pos) - 1
        if i < 0:
            return None
        best = self.type_hits[i]
        if best[0] in used or not self.gap_ok(best[1], pos, words):
            return None
        return best

    def use_type_word(self, hit: tuple[int, int, int, str], used: set[int]) -> None:
        """Mark a type word as the head of a reference."""
        used.add(hit[0])
        i = bisect_left(self._type_ends, hit[1])
        if i < len(self.type_hits) and self.type_hits[i] == hit:
            self._type_skip[i] = i - 1

    def _unused_at_or_before(self, i: int) -> int:
        """Index of the nearest type word at or before ``i`` not yet used (-1 if none)."""
        skip = self._type_skip
        root = i
        while root >= 0 and skip[root] != root:
            root = skip[root]
        while i >= 0 and skip[i] != i:  # path compression: later walks jump straight there
            skip[i], i = root, skip[i]
        return root

    def head_of_code(self, hit: tuple[int, int, int, str], info: CodeInfo,
                     used: set[int]) -> tuple[int, int, int, str] | None:
        """The type word of the code's own type right before ``hit``: "Thông báo kết luận số
        5-TB/TU" is a notice (TB) about a conclusion, named from "Thông báo"."""
        i = self._unused_at_or_before(bisect_right(self._type_ends, hit[0]) - 1)
        if i < 0:
            return None
        before = self.type_hits[i]
        if before[3] in (info.type, *info.also) and WHITESPACE.match(self.f, before[1], hit[0]).end() == hit[0]:
            return before
        return None

    def marker_before(self, pos: int) -> int | None:
        """Start of a number marker right before ``pos`` (``رقم``, ``số``, ``αριθ.``), if any."""
        window_start = max(0, pos - 40)
        m = self.lex.number_marker_end.search(self.f[window_start:pos])
        return window_start + m.start() if m else None

    def references(self) -> list[Reference]:
        lex, f = self.lex, self.f
        refs: list[Reference] = []
        used_words: set[int] = set()
        in_code = Coverage(len(f))
        anchors: list[tuple[int, int, str, CodeInfo | None, int | None]] = []
        for s, e, info in find_codes(self.text):
            fs, fe = self.inverse(s), self.inverse(e)
            in_code.mark(fs, fe)
            anchors.append((fs, fe, info.number, info, self.marker_before(fs)))
        for m in lex.marked_number.finditer(f):
            if in_code.covers(m.start(1)) or NOT_A_DOC_NUMBER.match(f, m.end(1)):
                continue
            anchors.append((m.start(), m.end(1), str(int(m.group(1))), None, m.start()))
        for ts, te, ws, _t in self.type_hits:
            m = BARE_NUMBER.match(f, te)
            if not m or in_code.covers(m.start(1)):
                continue
            if lex.bare_number_capitalised and not self.is_upper(ws):
                continue  # "kết luận 71 đảng viên": a verb or common noun before a count
            n = m.group(1)
            if (NOT_A_DOC_NUMBER.match(f, m.end(1)) or lex.not_a_number_after.match(f, m.end(1))
                    or (len(n) == 4 and 1900 <= int(n) <= 2100)):
                continue
            anchors.append((m.start(1), m.end(1), str(int(n)), None, None))
        anchors.sort(key=lambda a: (a[0], -a[1]))
        self.blocked = ({a[0] for a in anchors} | {a[4] for a in anchors if a[4] is not None}
                        | {h[0] for h in self.type_hits})
        self._blocked_sorted = sorted(self.blocked)
        in_ref = Coverage(len(f))
        for fs, fe, number, info, marker in anchors:
            if refs and fs < refs[-1].end:
                continue  # a marked number already read as part of a code's reference
            hit = self.type_before(marker if marker is not None else fs, used_words,
                                   GAP_WORDS if (marker is not None or info) else 0)
            if hit is None and info is None:
                continue
            if hit is not None and info is not None and info.type and hit[3] not in (info.type, *info.also):
                hit = self.head_of_code(hit, info, used_words) or hit
            if hit is not None:
                self.use_type_word(hit, used_words)
            start = hit[0] if hit else (marker if marker is not None else fs)
            refs.append(Reference(start=start, end=fe, word_type=hit[3] if hit else None,
                                  number=number, code=info))
            in_ref.mark(start, fe)
        for ts, te, ws, wtype in self.type_hits:
            if ts in used_words or wtype not in UNNUMBERED_TYPES:
                continue
            if in_ref.covers(ts):
                continue
            ref = self.assembly_reference(ts, te, ws, wtype)
            if ref:
                refs.append(ref)
                in_ref.mark(ref.start, ref.end)
        refs.extend(self.named_references(refs))
        refs.sort(key=lambda r: r.start)
        for i, ref in enumerate(refs):
            limit = refs[i + 1].start if i + 1 < len(refs) else len(f)
            self.read_tail(ref, limit)
            if ref.issuer is None and not ref.assembly:
                found = self.issuer_before(ref.start)
                if found:
                    ref.issuer = found[0]
                    ref.issuer_entry = self.issuer_entry(ref.issuer)
        for ref in refs:
            if ref.issuer is None and ref.code and ref.code.issuer_code:
                found = self.issuer_of_code(ref, refs)
                if found:
                    ref.issuer, ref.issuer_entry = found
        return refs

    def issuer_of_code(self, ref: Reference, refs: list[Reference]) -> tuple[str, Issuer] | None:
        """The body a document's code names (``-UBND``, ``-TTg``) as the same sentence writes it:
        "Theo Quyết định số 12/QĐ-UBND, UBND tỉnh tặng...", "منح رئيس اللجنة الشعبية، بموجب
        القرار رقم ...". The nearest mention of a known body with that code wins; on a tie the
        body and form listed first, then the earlier mention."""
        f = self.f
        code = ascii_code(ref.code.issuer_code or "").upper()
        if not _issuers_with_code(self.lex.lang, code):
            return None
        lo, hi = self.sentence_around(ref.start, ref.end)
        best: tuple[int, int, int, Issuer] | None = None
        for entry, starts, ends in self.code_issuer_hits(lo, hi, code, refs):
            i = bisect_left(starts, ref.start)
            for j in (i - 1, i):  # the nearest before and after; before wins a tie
                if 0 <= j < len(starts):
                    distance = abs(starts[j] - ref.start)
                    if best is None or distance < best[0]:
                        best = (distance, starts[j], ends[j], entry)
        if best is None:
            return None
        _, s, e, entry = best
        for _ in range(3):  # "UBND tỉnh Thái Bình", "Λαϊκή Επιτροπή της Επαρχίας", "اللجنة الشعبية الإقليمية"
            q = self.skip(e)
            m = self.lex.issuer_modifiers.match(f, q)
            if m and m.end() <= hi:
                e = m.end()
                continue
            word = WORD.match(f, q)
            if self.lex.capitalised and word and q < hi and self.is_upper(q) and q not in self.blocked:
                e = word.end()
                continue
            break
        return self.original(s, e).strip(), entry

    def sentence_around(self, start: int, end: int) -> tuple[int, int]:
        """``(lo, hi)``: the sentence holding ``[start, end)``, from just after the last sentence end
        before ``start`` to the first one at or after ``end``."""
        f = self.f
        if self._sentence_marks is None:
            self._sentence_marks = [m.start() for m in SENTENCE_END.finditer(f)]
        marks = self._sentence_marks
        # A sentence end right before ``start`` counts as one whatever follows ``start``.
        if start > 0 and f[start - 1] in ".!?؟\n":
            lo = start
        else:
            i = bisect_left(marks, start) - 1
            lo = marks[i] + 1 if i >= 0 else 0
        j = bisect_left(marks, end)
        hi = marks[j] if j < len(marks) else len(f)
        return lo, hi

    def code_issuer_hits(self, lo: int, hi: int, code: str,
                         refs: list[Reference]) -> list[tuple[Issuer, list[int], list[int]]]:
        """Mentions in ``f[lo:hi]`` of the known bodies with issuer code ``code`` that lie outside
        every reference, per body and form in lexicon order (starts and ends ascending). Read
        once per sentence and code, however many references ask."""
        key = (lo, hi, code)
        if key not in self._code_hits:
            if self._outside is None:
                self._outside = self._outside_refs(refs)
            outside = self._outside
            groups = []
            segment = self.f[lo:hi]
            for entry in _issuers_with_code(self.lex.lang, code):
                for form in entry.forms:
                    starts, ends = [], []
                    for m in _form_pattern(form).finditer(segment):
                        s, e = lo + m.start(), lo + m.end()
                        if outside(s, e):
                            starts.append(s)
                            ends.append(e)
                    groups.append((entry, starts, ends))
            self._code_hits[key] = groups
        return self._code_hits[key]

    def _outside_refs(self, refs: list[Reference]) -> Callable[[int, int], bool]:
        """A test that ``[s, e)`` overlaps no reference (starts neither inside one nor before
        one that starts within it)."""
        covered = Coverage(len(self.f))
        for r in refs:
            covered.mark(r.start, r.end)
        starts = sorted(r.start for r in refs)

        def outside(s: int, e: int) -> bool:
            if covered.covers(s):
                return False
            i = bisect_left(starts, s)
            return not (i < len(starts) and starts[i] < e)
        return outside

    def filler(self, pos: int) -> int | None:
        """End of one word that may stand inside a meeting's name (an adjective such as
        الإقليمي or Επαρχιακού), or None."""
        word = WORD.match(self.f, pos)
        if not word or word.group(0).isdigit() or self.lex.issuer_stop.match(self.f, pos):
            return None
        if self.lex.capitalised and not self.is_upper(pos):
            return None
        return pos + len(word.group(0))

    def assembly_reference(self, ts: int, te: int, ws: int, wtype: str) -> Reference | None:
        """A resolution of a named plenum or congress (no number), or None for a generic mention."""
        lex, f = self.lex, self.f
        if lex.capitalised and not self.is_upper(ws):
            return None
        before = f[max(0, ts - 20):ts].split()
        if before and before[-1] in lex.plural_markers:
            return None
        ref = Reference(start=ts, end=te, word_type=wtype, assembly=True)
        return ref if self.read_assembly(ref, self.skip(te)) else None

    def read_assembly(self, ref: Reference, p: int) -> bool:
        """Read a plenum or congress named at ``p`` into ``ref`` (plenum, term, issuer, end);
        False when there is none or nothing makes it specific."""
        lex, f = self.lex, self.f
        m = lex.issuer_marker.match(f, p)
        if m:
            p = self.skip(m.end())
        phrase_start = p
        pre = self.ordinal(p)
        if pre:
            p = self.skip(pre[1])
        kind, head = None, ""
        for _ in range(3):  # up to two words of the meeting's name before its head word
            for pattern, name in ((lex.congress_word, "congress"), (lex.plenum_word, "plenum")):
                m = pattern.match(f, p)
                if m:
                    kind, p, head = name, m.end(), m.group(0)
                    break
            if kind:
                break
            nxt = self.filler(p)
            if nxt is None:
                return False
            p = self.skip(nxt)
        if kind is None:
            return False
        end = p
        evidence = False
        if pre:
            evidence = True
            if kind == "plenum":
                ref.plenum = pre[0]
            else:
                ref.term = pre[0]
        expect_term = False
        cc_start = None
        skipped = 0
        for _ in range(14):
            q = self.skip(p)
            if q >= len(f) or f[q] in PUNCT_STOP or q in self.type_starts:
                break  # "قرار ... وقرار ...", "... και του Εθνικού Προγράμματος": the next document starts here
            if (o := self.ordinal(q)):
                value, p = o
                if kind == "plenum" and ref.plenum is None and not expect_term and cc_start is None:
                    ref.plenum = value
                elif ref.term is None:
                    ref.term = value
                expect_term, evidence, end, skipped = False, True, p, 0
                continue
            if (m := lex.central_committee.match(f, q)):
                cc_start = q if cc_start is None else cc_start
                p, end, evidence, skipped = m.end(), m.end(), True, 0
                continue
            if (m := lex.term_marker.match(f, q)):
                p, expect_term = m.end(), True
                if ref.term is not None:
                    end = p  # "της 13ης θητείας": the marker follows its ordinal
                continue
            if skipped == 0 and (m := lex.plenum_word.match(f, q) or lex.congress_word.match(f, q)):
                p = end = m.end()
                continue
            if evidence and (m := lex.issuer_modifiers.match(f, q)):
                p = end = m.end()  # "المؤتمر الوطني الثالث عشر للحزب"
                continue
            word = WORD.match(f, q)
            if not word:
                break
            if lex.capitalised and self.is_upper(q):
                p = end = q + len(word.group(0))
                evidence = True
                continue
            if word.group(0) in lex.issuer_joiners:
                p = q + len(word.group(0))
                continue
            if not lex.capitalised and skipped < 2 and self.filler(q):
                p, skipped = q + len(word.group(0)), skipped + 1
                continue
            break
        if not evidence:
            return False
        if kind == "plenum" and cc_start is None and ref.term is None and not lex.central_committee.search(head):
            # "قرار المؤتمر الثالث عشر للحزب": a numbered meeting of no committee is a congress
            ref.plenum, ref.term = None, ref.plenum
        ref.end = end
        found = self.issuer_at(cc_start, len(f)) if cc_start is not None else None
        if found:
            ref.issuer = found[0]
            ref.end = max(ref.end, found[2])
        else:
            ref.issuer = self.original(phrase_start, end).strip() or None
        if ref.issuer:
            ref.issuer_entry = self.issuer_entry(ref.issuer)
        return True

    def title_extent(self, pos: int, words: int = 16) -> int:
        """End of a document name that starts at ``pos`` (up to punctuation, digits, a stop word
        or ``words`` words)."""
        lex, f = self.lex, self.f
        end = p = last_start = pos
        for _ in range(words):
            q = self.skip(p)
            if q >= len(f) or f[q] in PUNCT_STOP or f[q] in "\"«»“”" or f[q].isdigit():
                break
            if q > pos and (lex.title_stop.match(f, q) or q in self.blocked):
                break
            word = TITLE_WORD.match(f, q)
            if not word:
                break
            p = end = q + len(word.group(0))
            last_start = q
        if lex.capitalised and not lex.issuer_open and end > pos and f[last_start:end] in lex.issuer_joiners:
            end = self.rstrip_end(last_start)  # no trailing article ("... περιοχών το 2024")
        return end

    def named_references(self, taken: list[Reference]) -> list[Reference]:
        """Unnumbered documents named by a fixed name (national target programmes) or, where the
        language marks titles with a capital (Vietnamese "Đề án xóa nhà tạm"), by a title."""
        lex, f = self.lex, self.f
        refs: list[Reference] = []
        claimed = Coverage(len(f))
        for r in taken:
            claimed.mark(r.start, r.end)

        def free(start: int) -> bool:
            return not claimed.covers(start)

        def add(ref: Reference) -> None:
            refs.append(ref)
            claimed.mark(ref.start, ref.end)

        for m in self.named_hits:
            before = f[max(0, m.start() - 20):m.start()].split()
            if not free(m.start()) or (before and before[-1] in lex.plural_markers):
                continue
            end = self.title_extent(m.end())
            if end <= m.end():
                continue  # a kind of programme without its subject is a generic mention
            add(Reference(start=m.start(), end=end, word_type=lex.named_of[" ".join(re.split(NAME_SEP, m.group("word")))],
                          extras={"name": self.original(m.start("word"), end)}))
        for ref in self.name_references(free):
            add(ref)
        if not lex.title_words:
            return refs
        used = {r.start for r in taken}
        for ts, te, ws, wtype in self.type_hits:
            word = " ".join(f[ws:te].split())
            if ts in used or word not in lex.title_words or not free(ts) or not self.is_upper(ws):
                continue
            prev_end = self.rstrip_end(ts)
            if not prev_end or f[prev_end - 1] in ".!?:;\n\"“«" or f[prev_end - 1].isdigit():
                continue  # a capital at the start of a sentence says nothing
            if self.is_upper(self.skip(te)):
                continue  # "Chương trình Mặt trận...": a name of its own, not a title
            end = self.title_extent(te)
            if len(f[te:end].split()) < 2:
                continue
            add(Reference(start=ts, end=end, word_type=wtype, extras={"name": self.original(ts, end)}))
        return refs

    def _name_start(self, pos: int) -> bool:
        """Whether a name begins at ``pos``: a capital where the script has them, else a word
        with one of the language's name prefixes (the article of a construct: قانون الأراضي)."""
        if self.lex.capitalised:
            return self.is_upper(pos)
        word = WORD.match(self.f, pos)
        return bool(word) and any(word.group(0).startswith(p) and len(word.group(0)) > len(p) + 1
                                  for p in self.lex.name_prefixes)

    def name_references(self, free: Callable[[int], bool]) -> list[Reference]:
        """Documents cited by their name without a number: "Luật Đất đai 2024", "قانون الأراضي",
        "Νόμος για τις Δημόσιες Επενδύσεις". The type word stands right before the name (or a
        linking preposition); a capital, or where there are none a construct, marks the name."""
        lex, f = self.lex, self.f
        refs: list[Reference] = []
        for m in lex.name_words.finditer(f):
            ws = m.start("word")
            if not free(m.start()) or self._inside_not_type(ws):
                continue
            if lex.capitalised and not self.is_upper(ws):
                continue  # "luật" in lower case is the law in general
            p = self.skip(m.end())
            link = lex.name_links.match(f, p)
            if link:
                p = link.end()
            if p >= len(f) or not self._name_start(p):
                continue
            end = self.title_extent(p, NAME_WORDS)
            if end <= p:
                continue
            year = lex.name_year.match(f, end)
            refs.append(Reference(start=m.start(), end=year.end() if year else end, word_type=lex.type_of.get(
                " ".join(m.group("word").split()), "law"), extras={"name": self.original(ws, end)}))
        return refs


def resolve_type(ref: Reference, lex: Lexicon) -> str:
    """The document's type: the code's when it has one, else the word's, res/dec settled by issuer."""
    word = ref.word_type
    if ref.code and ref.code.type:
        allowed = (ref.code.type,) + ref.code.also
        if word in allowed:
            return word
        return ref.code.type
    if word == AMBIGUOUS:
        if ref.assembly or (ref.issuer_entry and ref.issuer_entry.resolution):
            return "resolution"
        return lex.default_numbered if ref.number else lex.default_unnumbered
    return word or "other"


TYPE_CODE_OF = {"resolution": "NQ", "decision": "QD", "plan": "KH", "directive": "CT", "circular": "TT",
                "conclusion": "KL", "project": "DA", "program": "CTR", "law": "L", "regulation": "QYD",
                "instruction": "HD", "report": "BC", "other": "X"}


def document_key(doc_type: str, number: str | None, year: str | None, issuer_code: str | None,
                 plenum: int | None = None, term: int | None = None, fallback: str = "") -> str:
    """The normalised identity of a document, the same in every article and language that cites it."""
    issuer = ascii_code(issuer_code or "").upper()
    if number:
        return f"{TYPE_CODE_OF.get(doc_type, doc_type)}|{number}|{year or ''}|{issuer}"
    return f"{TYPE_CODE_OF.get(doc_type, doc_type)}|plenum={plenum or ''}|term={term or ''}|{issuer}|{fallback}"


def document_id(key: str) -> str:
    """Stable id of a document key (``doc_`` + 12 hex digits of its SHA-1)."""
    return "doc_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _record(reader: _Reader, ref: Reference) -> dict[str, Any]:
    s, e = reader.view.span(ref.start, ref.end)
    doc_type = resolve_type(ref, reader.lex)
    code = ref.code
    issuer_code = (code.issuer_code if code else None) or (ref.issuer_entry.code if ref.issuer_entry else None) or None
    issuer_name = (ref.issuer_entry.name if ref.issuer_entry else None) or (code.issuer_name if code else None)
    year = code.year if code else None
    fallback = "" if (ref.plenum or ref.term or issuer_code) else " ".join(
        _fold(ref.extras.get("name") or ref.issuer or "", reader.lex.lang).split())
    key = document_key(doc_type, ref.number, year, issuer_code, ref.plenum, ref.term, fallback)
    return {
        "text": reader.text[s:e], "char_start": s, "char_end": e, "type": doc_type, "number": ref.number,
        "code": code.code if code else None, "issuer": ref.issuer, "date": ref.date,
        "document_id": document_id(key), "type_code": code.type_code if code else None,
        "issuer_code": issuer_code, "issuer_normalized": issuer_name, "title": ref.title,
        "plenum": ref.plenum, "term": ref.term,
    }


MERGED = ("issuer", "date", "title", "issuer_code", "issuer_normalized", "plenum", "term", "code", "type_code")


def merge_mentions(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per document: the first mention, completed by later ones.

    Mentions of the same number and type class join when their issuer codes do not
    conflict (a later "Kế hoạch số 26" without issuer is the earlier one "của Tỉnh ủy").
    """
    kept: list[dict[str, Any]] = []
    # Only mentions sharing an id, or a number and type class, can be the same document:
    # index the kept ones by both so each mention is compared with those alone.
    by_id: dict[str, list[int]] = {}
    by_number: dict[tuple[str, str], list[int]] = {}
    for rec in records:
        candidates = by_id.get(rec["document_id"], []) + (
            by_number.get((rec["number"], _type_class(rec["type"])), []) if rec["number"] else [])
        at = next((i for i in sorted(set(candidates)) if _same_document(rec, kept[i])), None)
        if at is None:
            by_id.setdefault(rec["document_id"], []).append(len(kept))
            if rec["number"]:
                by_number.setdefault((rec["number"], _type_class(rec["type"])), []).append(len(kept))
            kept.append(dict(rec))
            continue
        twin = kept[at]
        for col in MERGED:
            if twin.get(col) in (None, "") and rec.get(col) not in (None, ""):
                twin[col] = rec[col]
        if twin["type"] != rec["type"] and rec.get("code") and not twin.get("code"):
            twin["type"] = rec["type"]
            if twin["number"]:
                by_number.setdefault((twin["number"], _type_class(twin["type"])), []).append(at)
    for rec in kept:  # the id follows the completed attributes
        if rec["number"]:
            year = None
            if rec.get("code"):
                info = parse_code(rec["code"])
                year = info.year if info else None
            rec["document_id"] = document_id(document_key(rec["type"], rec["number"], year, rec["issuer_code"]))
    return kept


def _same_document(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two mentions in one article name the same document: same id, or same number and type
    class with no conflicting issuer code or registration code."""
    if a["document_id"] == b["document_id"]:
        return True
    if not a["number"] or a["number"] != b["number"] or _type_class(a["type"]) != _type_class(b["type"]):
        return False
    return all(not a[col] or not b[col] or a[col] == b[col] for col in ("issuer_code", "code"))


def _type_class(t: str) -> str:
    return "res/dec" if t in RES_DEC else t


def find_documents(text: str, lang: str, dates: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Document references in ``text`` (``ar``, ``el`` or ``vi``), one record per document.

    ``dates`` are the ``dates`` component's records for the same text; when absent they are
    found here with that component's own finder, so date knowledge lives in one place.
    """
    if dates is None:
        from ..dates.extractor import find_dates

        dates = find_dates(text, lang)
    reader = _Reader(text, lexicon(lang), dates)
    return merge_mentions(_record(reader, ref) for ref in reader.references())


def extract(doc: Doc) -> list[dict[str, Any]]:
    """The documents component: reads ``doc.text`` and the ``dates`` records found before."""
    dates = get_records(doc, "dates") if "dates" in doc.spans else None
    return find_documents(doc.text, doc.lang_, dates)
