"""Reading issuers: the body that issued a document, as the article writes it.

After a reference an issuer follows a marker (``الصادر عن ...``, ``của ...``, ``του ...``), or
is glued to a preposition (``للمكتب السياسي`` → ``المكتب السياسي``), or is a known body named
right there; where names take a capital the name runs over capitalised words and joiners.
Before a reference, the body named with an issuing verb issued it ("Ban Thường vụ Tỉnh ủy
đã ban hành Kế hoạch...", "أصدرت اللجنة الدائمة الخطة..."). A document whose code names its
issuer (``-UBND``, ``-TTg``) but whose text does not takes that body as the same sentence
writes it, the nearest mention outside every reference (:class:`CodeIssuers`).
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable

from ...textnorm import fold
from .candidates import Candidates
from .codes import ascii_code
from .lexicon import Issuer, Lexicon, lexicon
from .reference import Reference
from .text import PUNCT_STOP, ArticleText, Coverage

TOKEN = re.compile(r"\S+")
WORD = re.compile(r"\w+")
LAST_LETTER = re.compile(r"\s(\w)$")   # a word's first letter alone at the end
TRAILING_PUNCT = "".join(PUNCT_STOP) + "\"'»”"  # stripped from a name's last word
ISSUER_WORDS = 12      # longest issuer name read
JOINT_ISSUERS = 3      # known bodies joined to an issuer name (joint issuers)
BACK_WORDS = 5         # words searched for an issuer before an issuing verb where no capitals mark names


def _last_word(f: str, start: int, end: int) -> tuple[str, int] | None:
    """The last word of ``f[start:end]`` (a run of non-space characters, spaces after it left
    out) and where it starts, or None if there is none: what ``(\\S+)\\s*$`` searched finds,
    without trying that pattern at every position."""
    stripped = f[start:end].rstrip()
    if not stripped:
        return None
    word = stripped.rsplit(None, 1)[-1]
    return word, start + len(stripped) - len(word)


@functools.lru_cache(maxsize=None)
def _issuer_forms(lang: str) -> tuple[re.Pattern[str], dict[str, Issuer], frozenset[str] | None]:
    """One pattern for every known body's forms, bodies in lexicon order (the first body with
    a form at a position wins, as a walk over the lexicon would find it), and the letters the
    forms open with (None if a form is empty: it matches anywhere)."""
    entry_of: dict[str, Issuer] = {}
    alternatives: list[str] = []
    for entry in lexicon(lang).issuers:
        for form in entry.forms:
            alternatives.append(re.escape(form))
            entry_of.setdefault(form, entry)
    firsts = None if "" in entry_of else frozenset(form[0] for form in entry_of)
    return re.compile("|".join(alternatives) or r"(?!x)x"), entry_of, firsts


@functools.lru_cache(maxsize=None)
def _issuers_with_code(lang: str, code: str) -> tuple[Issuer, ...]:
    """The known bodies whose issuer code is ``code`` (ASCII, upper case)."""
    return tuple(e for e in lexicon(lang).issuers if ascii_code(e.code).upper() == code)


@functools.lru_cache(maxsize=None)
def _form_pattern(form: str) -> re.Pattern[str]:
    """A body's form as a whole word. The test on the character before it is made after the
    form's letters (``(?<!\\w.{n})``), so that the engine skips through the text to them instead
    of trying a lookbehind at every position."""
    return re.compile(rf"{re.escape(form)}(?<!\w.{{{len(form)}}})(?!\w)", re.DOTALL)


@functools.lru_cache(maxsize=4096)
def _issuer_entry(issuer: str, lang: str) -> Issuer | None:
    """The known body an issuer name mentions, first in lexicon order; remembered per name, as the
    same bodies are named in article after article and the walk tests every form of every body."""
    span = folded(issuer, lang)
    for entry in lexicon(lang).issuers:
        if any(form in span for form in entry.forms):
            return entry
    return None


@functools.lru_cache(maxsize=4096)
def folded(text: str, lang: str) -> str:
    """:func:`fold` of a short string, cached: issuer names recur."""
    return fold(text, lang)


class IssuerReader:
    """Reads issuer names at positions of one article's folded view."""

    def __init__(self, article: ArticleText, lex: Lexicon, candidates: Candidates) -> None:
        self.lex, self.f = lex, article.f
        self.original, self.skip = article.original, article.skip
        self.is_upper, self.rstrip_end = article.is_upper, article.rstrip_end
        self.blocked = candidates.blocked
        self.blocked_between = candidates.blocked_between
        self.after_comma = False  # set while reading a tail: a body named after a comma starts a new clause

    def _issuer_start(self, pos: int) -> tuple[int, bool] | None:
        """Where an issuer name begins at ``pos`` (after its marker), and whether a proclitic is glued on."""
        lex, f = self.lex, self.f
        m = lex.issuer_marker.match(f, pos) if pos < len(f) and f[pos] in lex.issuer_marker_firsts else None
        if m:
            # (a line may break right after the marker, which never ends a sentence: "của\nỦy ban")
            q = self.skip(m.end(), " \t\u00a0\r\n")
            if "\n\n" in f[m.end():q]:
                return None
            if not lex.capitalised or self.is_upper(q) or self.known_issuer(q):
                return q, False
            return None
        word = WORD.match(f, pos)
        if word and self.unglued(word.group(0)) is not None:
            return pos, True
        if self.known_issuer(pos) and (not lex.capitalised or self.is_upper(pos)) and not self.after_comma:
            return pos, False
        return None

    def _reaches(self, end: int, ts: int) -> bool:
        """Whether only articles, joiners or commas stand between an issuer ending at ``end`` and
        the document at ``ts``: "أصدرت المحكمة الدستورية قرارها القاضي بأن القانون ..." names the
        court's own decision, not the law cited after it."""
        rest = self.f[end:ts].replace("،", " ").replace(",", " ").split()
        return all(w in self.lex.issuer_joiners or w in self.lex.plural_markers for w in rest)

    def _apposed_issuer(self, lo: int, hi: int) -> tuple[str, int, int] | None:
        """Verb first with the issuer set off by commas: "أصدر خادم الحرمين الشريفين، الملك سلمان
        بن عبد العزيز، أمرا ملكيا": the last comma-separated part that begins a body's name or a
        head word (الملك, رئيس) and runs to the document is the issuer."""
        between = self.f[lo:hi]
        if any(c in PUNCT_STOP and c not in ",،" for c in between):
            return None
        parts = [m for m in re.finditer(r"[^,،]+", between) if m.group(0).strip()]
        if len(parts) < 2 or self.f[lo + parts[-1].end():hi].strip(" ,،\t"):
            return None
        part = parts[-1] if len(parts[-1].group(0).split()) > 0 else None
        start = self.skip(lo + part.start())
        if not (self.known_issuer(start) or self._head_word(start)
                or (self.lex.capitalised and self.is_upper(start))):
            return None
        found = self.issuer_at(start, lo + part.end(), known_start=True)
        return found if found and found[2] <= hi else None

    def _starts_known(self, name: list[re.Match[str]]) -> bool:
        """Whether the tokens ``name``, after leading articles and joiners, begin a known body."""
        for tok in name:
            if tok.group(0) in self.lex.issuer_joiners and not self.is_upper(tok.start()):
                continue
            return self.known_issuer(tok.start()) is not None
        return False

    def _head_word(self, pos: int) -> bool:
        """Whether the word at ``pos`` heads a body's name (رئيس, الملك, المحكمة)."""
        word = WORD.match(self.f, pos)
        return bool(word) and word.group(0) in self.lex.issuer_heads

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
        pattern, entry_of, firsts = _issuer_forms(self.lex.lang)
        if firsts is not None and (pos >= len(self.f) or self.f[pos] not in firsts):
            return None
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
        stop = min(len(f), limit)
        while p < stop and words < ISSUER_WORDS:
            if words and ((f[p] in lex.issuer_stop_firsts and lex.issuer_stop.match(f, p)) or p in self.blocked):
                break
            m = TOKEN.match(f, p)
            if not m:
                break
            token = m.group(0)
            core = token.rstrip(TRAILING_PUNCT)
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
            last = _last_word(f, start, end)
            if last and last[0] in lex.issuer_joiners and not self.is_upper(last[1]):
                end = self.rstrip_end(last[1])
                words -= 1
            else:
                break
        while words > 1:  # "المكتب السياسي في 3 مايو": a date marker ends the name, it is not part of it
            last = _last_word(f, start, end)
            m = lex.date_marker.match(f, last[1]) if last and last[0][0] in lex.date_marker_firsts else None
            if m and m.end() == end:
                end = self.rstrip_end(last[1])
                words -= 1
            else:
                break
        if words > 1 and (end >= len(f) or f[end] == "\n") and (last := LAST_LETTER.search(f[start:end])):
            end = self.rstrip_end(start + last.start(1))  # "của Tỉnh ủy v" at a cut line: a word's first letter
            words -= 1
        if words == 0 or end <= start:
            return None
        for _ in range(JOINT_ISSUERS):  # "của Bộ Chính trị, Ban Bí thư", "του Πολιτικού Γραφείου και της Γραμματείας"
            joint = lex.list_joiner.match(f, end)
            if not joint or joint.end() >= limit or not self.known_issuer(joint.end()):
                break
            more = self.issuer_at(joint.end(), limit, known_start=True)
            if not more:
                break
            end = more[2]
        written = self.original(start, end).strip()
        if proclitic:
            first = re.match(r"\w+", written)
            undo = self.unglued(folded(first.group(0), lex.lang)) if first else None
            if undo:
                written = undo[1] + written[len(undo[0]):]
        return written, start, end

    def issuer_entry(self, issuer: str) -> Issuer | None:
        """The known body an issuer name mentions, first in lexicon order."""
        return _issuer_entry(issuer, self.lex.lang)

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
        if len(gap) > ISSUER_WORDS or self.blocked_between(verb.end(), ts):
            return None  # too far, or another document stands between: the verb issued that one
        if any(c in PUNCT_STOP for c in f[verb.end():ts]):
            return self._apposed_issuer(verb.end(), ts)
        if len(gap) > 1 or (gap and gap[0] not in lex.issuer_joiners):
            start = self.skip(verb.end())  # verb first: the issuer stands between verb and document
            if (lex.capitalised and not self.is_upper(start)) or (
                    not lex.capitalised and not self._issuer_start(start) and not self._head_word(start)):
                return None
            found = self.issuer_at(start, ts, known_start=True)
            return found if found and found[2] <= ts and self._reaches(found[2], ts) else None
        # issuer first: walk back from the verb over the name; verbs written in a row are one
        # ("ký ban hành": signed and issued), the name stands before the first
        verb_start = verb.start()
        for before in reversed(verbs[:-1]):
            if f[before.end():verb_start].strip():
                break
            verb_start = before.start()
        tokens = [m for m in TOKEN.finditer(f, max(0, verb_start - 160), verb_start)]
        name: list[re.Match[str]] = []
        for tok in reversed(tokens):
            word = tok.group(0)
            if any(c in PUNCT_STOP for c in word) or word[0].isdigit():
                break
            if word[0] in lex.issuer_stop_firsts and lex.issuer_stop.match(f, tok.start()):
                if word in lex.list_joiner_words and self._starts_known(name):
                    name.insert(0, tok)  # "το Πολιτικό Γραφείο και η Γραμματεία εξέδωσαν": joint issuers
                    continue
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


class CodeIssuers:
    """Finds, for references whose code names their issuer, that body in the same sentence."""

    def __init__(self, article: ArticleText, lex: Lexicon, candidates: Candidates, refs: list[Reference]) -> None:
        self.lex, self.f = lex, article.f
        self.skip, self.is_upper, self.original = article.skip, article.is_upper, article.original
        self.sentence_around = article.sentence_around
        self.blocked = candidates.blocked
        self.refs = refs
        self._hits: dict[tuple[int, int, str], list[tuple[Issuer, list[int], list[int]]]] = {}
        self._outside: Callable[[int, int], bool] | None = None

    def issuer_of_code(self, ref: Reference) -> tuple[str, Issuer] | None:
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
        for entry, starts, ends in self.code_issuer_hits(lo, hi, code):
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

    def code_issuer_hits(self, lo: int, hi: int, code: str) -> list[tuple[Issuer, list[int], list[int]]]:
        """Mentions in ``f[lo:hi]`` of the known bodies with issuer code ``code`` that lie outside
        every reference, per body and form in lexicon order (starts and ends ascending). Read
        once per sentence and code, however many references ask."""
        key = (lo, hi, code)
        if key not in self._hits:
            if self._outside is None:
                self._outside = self._outside_refs(self.refs)
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
            self._hits[key] = groups
        return self._hits[key]

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
