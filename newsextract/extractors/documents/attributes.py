"""Reading a reference's attributes: date, issuer, term, subject, and meetings.

After the anchor, the text that follows is read in any order for the document's own date
(the ``dates`` component's day values), its issuer (``الصادر عن ...``, ``للمكتب السياسي``,
``của ...``, ``του ...``), a term in brackets and the subject (``بشأن ...``, ``về ...``,
``σχετικά με ...``) kept as ``title``. A reference without an issuer there takes the body
named just before it with an issuing verb ("Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch...").
Issuer names themselves are read by :mod:`.issuers`.

A type word without a number names a specific resolution when a plenum or congress follows
(``قرار المؤتمر الثامن للجنة المركزية الثالثة عشرة``: plenum 8, term 13; a congress's
ordinal is its term).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any, NamedTuple

from .candidates import Candidates
from .issuers import IssuerReader
from .lexicon import Lexicon
from .reference import Reference, TypeHit
from .text import PUNCT_STOP, ArticleText

CLAUSE_END = re.compile(r"[;؛\n]|\.(?!\d)|$")
WORD = re.compile(r"\w+")
NOT_A_DOC_NUMBER = re.compile(r"\s?[/.,:\-]\s?\d")  # 185/261, 8.8, 2021-2025: ratios, decimals, ranges
DIGIT_ORDINAL = re.compile(r"(\d{1,2})(?:[^\W\d]{1,3})?(?!\w)")
ROMAN = re.compile(r"[ivxlc]{1,7}(?!\w)")
ROMAN_LETTERS = frozenset("ivxlc")  # what ROMAN opens with
TIMEX_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TERM_YEARS = re.compile(r"(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d(?!\d)")
TITLE_CHARS = 250      # longest subject kept as title
TAIL_STEPS = 6         # attributes read after an anchor
MEETING_FILLERS = 3    # words of a meeting's name read before its ordinal where no capitals mark names (مؤتمر اتحاد الشباب الإقليمي الحادي عشر)
MARKED_DAY_CHARS = 48  # how far after a date marker a day in brackets is looked for
MARKED_DAY_END = re.compile(r"[;؛\n،,]|\.(?!\d)")
FIRST_DIGIT = re.compile(r"\d")
CLAUSE_COMMA = re.compile(r"[,،]")
BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
SUBJECT_VERB_CHARS = 120  # how far before a type word its issuing verb is looked for
SUBJECT_VERB_WORDS = 12   # longest issuer between that verb and the type word
SENTENCE_STOP = frozenset(".;:؛\n!?؟()")
BEFORE_WORDS = 16      # longest clause between a day and the document it dates


class MeetingHead(NamedTuple):
    """Where a meeting's name was read up to its head word: its kind (plenum or congress), the
    head's end and text, where the name starts and the ordinal before it (value, end), if any."""

    kind: str
    end: int
    head: str
    phrase_start: int
    ordinal: tuple[int, int] | None


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


class DayIndex:
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

    def last_between(self, lo: int, hi: int) -> tuple[str, int] | None:
        """``(value, char_end)`` of the last day starting within ``[lo, hi)``."""
        j = bisect_left(self._starts, hi)
        if j == 0 or self._starts[j - 1] < lo:
            return None
        _, _, value, end = self._days[j - 1]
        return value, end


class AttributeReader:
    """Reads attributes at positions of one article's folded view."""

    def __init__(self, article: ArticleText, lex: Lexicon, candidates: Candidates,
                 dates: list[dict[str, Any]]) -> None:
        self.lex, self.f, self.text = lex, article.f, article.text
        self.orig, self.original, self.skip = article.orig, article.original, article.skip
        self.is_upper, self.rstrip_end, self.inverse = article.is_upper, article.rstrip_end, article.inverse
        self.sentence_around = article.sentence_around
        self.days = DayIndex(dates)
        self.blocked = candidates.blocked
        self.blocked_between = candidates.blocked_between
        self.type_starts = candidates.type_starts
        self.issuers = IssuerReader(article, lex, candidates)
        self.issuer_at, self.issuer_entry = self.issuers.issuer_at, self.issuers.issuer_entry
        self.issuer_before = self.issuers.issuer_before

    def ordinal(self, pos: int) -> tuple[int, int] | None:
        """``(value, end)`` of an ordinal at ``pos``: a word, a digit with suffix or a Roman numeral,
        possibly after prefix words (``lần thứ XIII``). Each form is tried only where the character
        at the position can open it."""
        lex, f = self.lex, self.f
        n = len(f)
        q = pos
        for _ in range(3):
            c = f[q] if q < n else ""
            if c in lex.ordinal_firsts and (m := lex.ordinal_word.match(f, q)):
                return lex.ordinal_of[" ".join(m.group(0).split())], m.end()
            if c.isdigit():
                m = DIGIT_ORDINAL.match(f, q)
                if m and not NOT_A_DOC_NUMBER.match(f, m.end(1)):
                    return int(m.group(1)), m.end()
            elif c in ROMAN_LETTERS:
                m = ROMAN.match(f, q)
                if m and self.is_upper(q):
                    value = roman_value(m.group(0))
                    if value:
                        return value, m.end()
            if c not in lex.ordinal_prefix_firsts:
                return None
            m = lex.ordinal_prefix.match(f, q)
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
        """``(YYYY-MM-DD, end)`` of the document's date at ``pos``, after a date marker or without one;
        a day opening with its weekday is the day of an event of the sentence."""
        lex, f = self.lex, self.f
        c = f[pos] if pos < len(f) else ""
        if c in lex.event_day_firsts and lex.event_day.match(f, pos):
            return None  # "مشروع قانون المالية، يوم الثلاثاء 26 نوفمبر": the day of the vote, not the bill's
        m = lex.date_marker.match(f, pos) if c in lex.date_marker_firsts else None
        if m:
            found = self.day(self.skip(m.end()), marker=pos)
            if found:
                return found
            # "بتاريخ 27 من شعبان 1432 (29 يوليو 2011)": the day the dates component read, in brackets
            clause = MARKED_DAY_END.search(self.f, m.end(), min(len(self.f), m.end() + MARKED_DAY_CHARS))
            hi = clause.start() if clause else min(len(self.f), m.end() + MARKED_DAY_CHARS)
            if "(" in self.f[m.end():hi]:
                found = self.days.first_between(self.orig(m.end()), self.orig(hi))
                if found:
                    return found[0], self.inverse(found[1])
        return self.day(pos)

    def term_at(self, pos: int) -> tuple[int, int] | None:
        """``(term, end)`` of a term at ``pos`` (``khóa XIII``, ``(الدورة 13)``), brackets included."""
        q = self.skip(pos + 1) if pos < len(self.f) and self.f[pos] == "(" else pos
        if q >= len(self.f) or self.f[q] not in self.lex.term_marker_firsts:
            return None
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
        """``(subject as written, end)`` after a subject marker at ``pos`` (``về``, ``بشأن``), up to
        the clause end."""
        lex = self.lex
        c = self.f[pos] if pos < len(self.f) else ""
        m = lex.subject_marker.match(self.f, pos) if c in lex.subject_marker_firsts else None
        if m:
            start = self.skip(m.end())
        elif c in lex.subject_noun_firsts and lex.subject_noun.match(self.f, pos):
            start = pos  # "بتعيين الأمير ...": the verbal noun belongs to the subject
        else:
            return None
        bound = min(start + TITLE_CHARS, limit)
        # The search stops one past the bound so that "." right before it sees the next character.
        clause = CLAUSE_END.search(self.f, start, max(bound, start) + 1)
        end = min(clause.start(), bound)
        title = self.original(start, end).strip(" \t\"'«»“”„,،")
        return (title, end) if title else None

    def read_tail(self, ref: Reference, limit: int) -> None:
        """Read the attributes written after ``ref`` (up to ``limit``, the next reference) in any order."""
        p = ref.end
        for _ in range(TAIL_STEPS):
            q = self.skip(p)
            p = self.skip(q, " \t\u00a0,،()")  # "(بتاريخ ...)", "(ban hành ngày ...)": brackets hold attributes too
            self.issuers.after_comma = p != q  # a body named after a comma without a marker starts a new clause
            if p >= limit:
                break
            if ref.term is None and (t := self.term_at(p)):
                ref.term, p = t
                continue
            if ref.date is None and (d := self.date_at(p)):
                ref.date, p = d
                continue
            if (ref.year is None and ref.number and self.f[p] in self.lex.year_marker_firsts
                    and (y := self.lex.year_marker.match(self.f, p))):
                ref.year, p = y.group(1), y.end()  # "قرار رقم 132 لسنة 2023"
                continue
            if (ref.issuer is None and ref.plenum is None and ref.term is None and not ref.assembly
                    and (meeting := self.meeting_head(p))):
                probe = Reference(start=ref.start, end=p)
                if self.read_assembly(probe, p, meeting) and probe.end <= limit:
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

    def issuer_in_gap(self, lo: int, hi: int) -> tuple[str, int, int] | None:
        """The issuer named between a type word and its number marker ("قرار رئيس الجمهورية رقم 12",
        "Απόφαση του Περιφερειάρχη αριθ. 5"): after an issuer marker, or a body's head word."""
        p = self.skip(lo)
        found = self.issuer_at(p, hi)
        if not found:
            word = WORD.match(self.f, p)
            if word and word.group(0) in self.lex.issuer_heads:
                found = self.issuer_at(p, hi, known_start=True)
        return found if found and found[2] <= hi else None

    def letterhead_date(self, ref: Reference) -> str | None:
        """The day a letter's header writes before its protocol number ("Αθήνα 17 Ιανουαρίου 2014
        ... Αριθμ. Πρωτ.: 1677"): the last day in the header block, which no blank line breaks."""
        blank = None
        for blank in BLANK_LINE.finditer(self.f, 0, ref.start):
            pass
        found = self.days.last_between(self.orig(blank.end() if blank else 0), self.orig(ref.start))
        return found[0] if found else None

    def date_before(self, ref: Reference, lo: int) -> str | None:
        """The day written before a document in its sentence, with an issuing verb between them
        ("Ngày 3/5, Bộ Chính trị ban hành Nghị quyết số 12", "On 3 May the Politburo issued ..."):
        the last day in ``[lo, ref.start)`` followed by such a verb and no other document."""
        found = self.days.last_between(self.orig(lo), self.orig(ref.start))
        if not found:
            return None
        value, end = found
        end = self.inverse(end)
        if end >= ref.start or self.blocked_between(end, ref.start) or len(self.f[end:ref.start].split()) > BEFORE_WORDS:
            return None
        if not self.f[end:ref.start].strip(" \t\u00a0,،"):
            # "أصدر المكتب السياسي في 3 مايو 2024 القرار رقم ...": the day right before, after the verb
            lo_verb = max(lo, ref.start - SUBJECT_VERB_CHARS)
            return value if self.lex.issue_verb.search(self.f, lo_verb, ref.start) and not any(
                c in SENTENCE_STOP for c in self.f[lo_verb:ref.start]) else None
        if any(c in ";؛\n" for c in self.f[end:ref.start]):
            return None
        verb = None
        for verb in self.lex.issue_verb.finditer(self.f, end, ref.start):
            pass  # the last issuing verb before the document
        if verb is None:
            return None
        between = self.f[verb.end():ref.start].split()
        if len(between) > 1:  # verb first: only the issuer may stand between verb and document
            named = self.issuer_at(self.skip(verb.end()), ref.start, known_start=True)
            if not named or self.skip(named[2], " \t\u00a0,،") < ref.start:
                return None
        return value

    def subject_reference(self, hit: TypeHit) -> Reference | None:
        """A document without a number named by its subject right after an issuing verb: "ban
        hành quyết định về việc công nhận ...", "أصدر ... أمرا ملكيا بتعيين ...", "εξέδωσε
        απόφαση για την ...". A count or plural marker before the type word ("33 nghị quyết",
        "các quyết định") makes it no document; so does a missing verb or subject, except for a
        bill named by its content ("مشروع القانون المتعلق بـ...", see ``content_bills``). The
        subject ends with the sentence, looked up only for a type word that passes those tests."""
        f, lex = self.f, self.lex
        before = f[max(0, hit.start - 20):hit.start].split()
        if before and (before[-1] in lex.plural_markers or before[-1][-1].isdigit()):
            return None
        word = " ".join(f[hit.word_start:hit.end].split())
        by_content = word in lex.content_bill_words and bool(lex.content_marker.match(f, self.skip(hit.end)))
        if not by_content and (f[hit.start:hit.word_start][:1] in lex.list_joiner_words
                               or (before and before[-1] in lex.list_joiner_words)):
            return None  # "وثائق القيادة والتوجيه بشأن": coordinated with a noun, not what the verb issued
        if not by_content and not self._issued_before(hit):
            return None  # "مشروع القانون المتعلق بـ...": only a bill named by its content needs no verb
        found = self.subject_at(self.skip(hit.end), self.sentence_around(hit.start, hit.end)[1])
        if not found:
            return None
        title, end = found
        if by_content:  # a comma or another document ends its content: "...، وهي المسؤوليات التي" is another clause
            comma = CLAUSE_COMMA.search(f, hit.end, end)
            cut = min((p for p in self.type_starts if hit.end <= p < end), default=comma.start() if comma else end)
            cut = min(cut, comma.start()) if comma else cut
            if cut < end:
                marker = lex.subject_marker.match(f, self.skip(hit.end))
                start = self.skip(marker.end()) if marker else self.skip(hit.end)
                end = self.rstrip_end(cut)
                title = self.original(start, end).strip() if end > start else title
            return Reference(start=hit.start, end=self.rstrip_end(end), word_type=hit.type, title=title,
                             extras={"name": self.original(hit.word_start, self.rstrip_end(end))})
        digit = FIRST_DIGIT.search(f, hit.end, end)
        if digit:  # "قرارا يقضي بتخصيص مبلغ 10 مليون دينار": the amount is a figure, not the document's text
            end = digit.start()
        return Reference(start=hit.start, end=self.rstrip_end(end), word_type=hit.type, title=title)

    def _issued_before(self, hit: TypeHit) -> bool:
        """Whether an issuing verb stands shortly before the type word in its sentence, with at
        most an issuer between them."""
        f, lex = self.f, self.lex
        verb = None
        for verb in lex.issue_verb.finditer(f, max(0, hit.start - SUBJECT_VERB_CHARS), hit.start):
            pass
        if verb is None or (verb.start() > 0 and f[verb.start() - 1].isalnum()):
            return False
        between = f[verb.end():hit.start]
        return not (any(c in SENTENCE_STOP for c in between) or len(between.split()) > SUBJECT_VERB_WORDS
                    or self.blocked_between(verb.end(), hit.start))

    def clause_reference(self, hit: TypeHit) -> Reference | None:
        """A document without a number followed by a clause naming who issued it: "νέα Κοινή
        Υπουργική Απόφαση που υπέγραψε ο Υπουργός ...", "القرار الذي أصدره مجلس الوزراء". The
        clause must hold an issuing verb; where names take a capital the type word must too, and
        a count, plural marker or coordination before it makes it no document. The issuer's name
        ends with the sentence."""
        f, lex = self.f, self.lex
        if lex.capitalised and not self.is_upper(hit.word_start):
            return None
        before = f[max(0, hit.start - 20):hit.start].split()
        if before and (before[-1] in lex.plural_markers or before[-1][-1].isdigit()
                       or before[-1] in lex.list_joiner_words):
            return None
        p = self.skip(hit.end)
        marker = lex.issuer_marker.match(f, p)
        if not marker or not lex.issue_verb.search(f, marker.start(), marker.end()):
            return None
        found = self.issuer_at(p, self.sentence_around(hit.start, hit.end)[1])
        if not found:
            return None
        return Reference(start=hit.start, end=self.rstrip_end(hit.end), word_type=hit.type,
                         issuer=found[0], issuer_entry=self.issuer_entry(found[0]))

    def filler(self, pos: int) -> int | None:
        """End of one word that may stand inside a meeting's name (an adjective such as
        الإقليمي or Επαρχιακού), or None."""
        word = WORD.match(self.f, pos)
        if (not word or (self.lex.capitalised and not self.is_upper(pos)) or word.group(0).isdigit()
                or (self.f[pos] in self.lex.issuer_stop_firsts and self.lex.issuer_stop.match(self.f, pos))):
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

    def meeting_head(self, p: int) -> MeetingHead | None:
        """The head word of a plenum or congress named at ``p`` (after an issuer marker, an
        ordinal and up to two words of the meeting's name), or None where none is named."""
        lex, f = self.lex, self.f
        m = lex.issuer_marker.match(f, p) if p < len(f) and f[p] in lex.issuer_marker_firsts else None
        if m:
            p = self.skip(m.end())
        phrase_start = p
        pre = self.ordinal(p)
        if pre:
            p = self.skip(pre[1])
        firsts, n = lex.meeting_firsts, len(f)
        for _ in range(3):  # up to two words of the meeting's name before its head word
            # A head word opens with one of these letters; a congress's is tried before a plenum's.
            if p < n and f[p] in firsts and (m := lex.meeting_word.match(f, p)):
                return MeetingHead(m.lastgroup or "", m.end(), m.group(0), phrase_start, pre)
            nxt = self.filler(p)
            if nxt is None:
                return None
            p = self.skip(nxt)
        return None

    def read_assembly(self, ref: Reference, p: int, meeting: MeetingHead | None = None) -> bool:
        """Read a plenum or congress named at ``p`` into ``ref`` (plenum, term, issuer, end);
        False when there is none or nothing makes it specific. ``meeting`` is its head, where the
        caller has found it already."""
        lex, f = self.lex, self.f
        meeting = meeting or self.meeting_head(p)
        if meeting is None:
            return False
        kind, p, head, phrase_start, pre = meeting
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
        name_end: int | None = None  # where the meeting's name ends before its term's years
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
                years = TERM_YEARS.match(f, self.skip(m.end()))
                if years:
                    if ref.term is not None or ref.plenum is not None or evidence:
                        break  # "... التاسع عشر للفترة 2020-2025": the ordinal already names it
                    name_end = self.rstrip_end(q)
                    p = end = years.end()  # "مؤتمر الحزب الإقليمي للفترة 2020-2025": the term by its years
                    evidence, skipped = True, 0
                    continue
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
            if not lex.capitalised and skipped < MEETING_FILLERS and self.filler(q):
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
            ref.issuer = self.original(phrase_start, name_end or end).strip() or None
        if ref.issuer:
            ref.issuer_entry = self.issuer_entry(ref.issuer)
        return True
