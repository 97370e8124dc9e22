"""One article as the documents stages read it: the folded view and facts about positions.

Every stage matches on the folded view (:func:`newsextract.extractors.numbers.article_view`,
built once per article) and reports offsets in it; :class:`ArticleText` maps them back to the
stored text and answers the small questions asked at a position (is the letter there a
capital, where does the sentence around a span begin and end) without copying the text.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ...textnorm import MatchView
from ..numbers import article_view

PUNCT_STOP = frozenset(".,;:،؛()[]\n!?؟")
# "!", "?", "؟", a line break, or a dot not before a digit and before a space or the end. Written to
# open with the class of those characters (the engine skips to them), the dot's condition after it.
SENTENCE_END = re.compile(r"[!?؟\n.](?:(?<!\.)|(?!\d)(?=\s|$))")
SENTENCE_LOOK_BACK = (128, 512)  # characters searched for a sentence's end before (and after) a span


class Coverage:
    """Which offsets of a text some span covers; marking and asking cost no scan of the spans."""

    def __init__(self, length: int) -> None:
        self._covered = bytearray(length + 1)

    def mark(self, start: int, end: int) -> None:
        """Mark ``[start, end)`` as covered."""
        if end > start:
            self._covered[start:end] = b"\x01" * (end - start)

    def covers(self, pos: int) -> bool:
        """Whether a marked span holds ``pos``."""
        return 0 <= pos < len(self._covered) and self._covered[pos] == 1


class ArticleText:
    """The stored text of an article, its folded view ``f`` and readers at a position of ``f``."""

    def __init__(self, text: str, lang: str) -> None:
        self.text = text
        self.lang = lang
        self.view: MatchView = article_view(text, lang)
        self.f = self.view.folded
        self._index = self.view.index
        self._sentence_marks: list[int] | None = None

    def inverse(self, pos: int) -> int:
        """The folded offset of an original offset: the first folded character at or after it."""
        return bisect_left(self.view.index, pos, 0, len(self.f))

    def orig(self, pos: int) -> int:
        """The original offset of a folded one."""
        return self._index[min(pos, len(self.f))]

    def original(self, start: int, end: int) -> str:
        """The stored text of a folded span."""
        s, e = self.view.span(start, end)
        return self.text[s:e]

    def skip(self, pos: int, chars: str = " \t\u00a0") -> int:
        """The first position at or after ``pos`` holding none of ``chars``."""
        f = self.f
        n = len(f)
        while pos < n and f[pos] in chars:
            pos += 1
        return pos

    def is_upper(self, pos: int) -> bool:
        """Whether the stored letter at a folded position is a capital (the view is lower case)."""
        o = self._index[min(pos, len(self.f))]
        text = self.text
        return o < len(text) and text[o].isupper()

    def rstrip_end(self, end: int) -> int:
        """``len(f[:end].rstrip())`` without copying the text before ``end``."""
        f = self.f
        while end > 0 and f[end - 1].isspace():
            end -= 1
        return end

    def sentence_around(self, start: int, end: int) -> tuple[int, int]:
        """``(lo, hi)``: the sentence holding ``[start, end)``, from just after the last sentence end
        before ``start`` to the first one at or after ``end``. Both are looked for in a stretch
        next to the span first (an article asks about a few spans only, most in sentences of
        ordinary length); past it, in the list of every sentence end, made once per article, so
        that the spans of one long sentence do not each read all of it."""
        f = self.f
        # A sentence end right before ``start`` counts as one whatever follows ``start``.
        if start > 0 and f[start - 1] in ".!?؟\n":
            lo = start
        else:
            # The stretch ends at ``start``: only the character before it could take that end for
            # the text's, and it is no sentence end.
            last = None
            for width in SENTENCE_LOOK_BACK:
                lo = max(0, start - width)
                for last in SENTENCE_END.finditer(f, lo, start):
                    pass
                if last is not None or lo == 0:
                    break
            if last is not None:
                lo = last.start() + 1
            elif lo > 0:
                marks = self._marks()
                i = bisect_left(marks, start) - 1
                lo = marks[i] + 1 if i >= 0 else 0
        # This stretch reaches one character further, which the last one's lookahead reads.
        reach = end + SENTENCE_LOOK_BACK[-1]
        m = SENTENCE_END.search(f, end, reach + 1)
        if m and m.start() < reach:
            return lo, m.start()
        if reach >= len(f):
            return lo, len(f)
        marks = self._marks()
        j = bisect_left(marks, end)
        return lo, (marks[j] if j < len(marks) else len(f))

    def _marks(self) -> list[int]:
        """Where every sentence end of the text stands (:data:`SENTENCE_END`), listed once."""
        if self._sentence_marks is None:
            self._sentence_marks = [m.start() for m in SENTENCE_END.finditer(self.f)]
        return self._sentence_marks
