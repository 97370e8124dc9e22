"""References to unnumbered documents cited by a name.

A fixed name (national target programmes: "Chương trình mục tiêu quốc gia ...") or, where the
language marks titles with a capital, a type word followed by a title ("Đề án xóa nhà tạm")
names a specific document; so does a type word right before a name, possibly after a linking
preposition ("Luật Đất đai 2024", "قانون الأراضي", "Νόμος για τις Δημόσιες Επενδύσεις"). A
plural or lower-case type word is a generic mention.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .candidates import Candidates
from .lexicon import NAME_SEP, Lexicon, may_occur
from .reference import Reference
from .text import PUNCT_STOP, ArticleText, Coverage

NAME_WORDS = 8         # longest name of a document cited by name (Luật Tổ chức chính quyền địa phương)
TITLE_WORD = re.compile(r"[^\s.,;:،؛()\"«»“”]+")
WORD = re.compile(r"\w+")
QUOTED_NAME = re.compile(r"«[^«»\n]{3,150}»|“[^“”\n]{3,150}”")  # a name in quotes right after the type word


class NameReader:
    """Reads the named references of one article."""

    def __init__(self, article: ArticleText, lex: Lexicon, candidates: Candidates) -> None:
        self.lex, self.f = lex, article.f
        self.skip, self.is_upper, self.original = article.skip, article.is_upper, article.original
        self.rstrip_end = article.rstrip_end
        self.blocked = candidates.blocked
        self.named_hits, self.type_hits = candidates.named_hits, candidates.type_hits
        self.name_word_hits = candidates.name_word_hits
        self._inside_not_type = candidates.inside_not_type

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

    def references(self, taken: list[Reference], claimed: Coverage) -> list[Reference]:
        """Unnumbered documents named by a fixed name (national target programmes) or, where the
        language marks titles with a capital (Vietnamese "Đề án xóa nhà tạm"), by a title; outside
        the spans ``claimed`` of the references ``taken``, where those found are marked."""
        lex, f = self.lex, self.f
        refs: list[Reference] = []

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
        for m in lex.named_dated.finditer(f) if may_occur(f, lex.named_dated_needles) else ():
            year = lex.name_year.match(f, m.end())
            if year and free(m.start()):  # "του κρατικού προϋπολογισμού για το 2026": the budget law of a year
                add(Reference(start=m.start(), end=year.end(), word_type=lex.named_dated_of[" ".join(m.group("word").split())],
                              extras={"name": self.original(m.start("word"), year.end())}))
        if not lex.title_words:
            return refs
        used = {r.start for r in taken}
        named_starts = {m.start() for m in self.named_hits}
        for ts, te, ws, wtype in self.type_hits:
            word = " ".join(f[ws:te].split())
            if ts in used or word not in lex.title_words or not free(ts) or not self.is_upper(ws):
                continue
            prev_end = self.rstrip_end(ts)
            if not prev_end or f[prev_end - 1] in ".!?:;\n\"“«" or f[prev_end - 1].isdigit():
                continue  # a capital at the start of a sentence says nothing
            before = f[max(0, ts - 20):ts].split()
            if ts in named_starts or (before and before[-1] in lex.plural_markers):
                continue  # "các Chương trình mục tiêu quốc gia": a kind of programme, or several
            if self.is_upper(self.skip(te)):
                continue  # "Chương trình Mặt trận...": a name of its own, not a title
            end = self.title_extent(te)
            if len(f[te:end].split()) < 2:
                continue
            add(Reference(start=ts, end=end, word_type=wtype, extras={"name": self.original(ts, end)}))
        return refs

    def definite_end(self, start: int, end: int) -> int:
        """End of a name at ``[start, end)`` cut before the first word that is not definite after a
        definite one, where the language marks definiteness with an article: "قانون المالية
        باستخلاص ..." names the finance law; what follows is the verb's complement. A name closed by a
        year is whole ("مشروع قانون الموازنة العامة للدولة عن السنة المالية 2025")."""
        definite = self.lex.definite_word
        if definite is None or self.lex.name_year.match(self.f, end):
            return end
        seen_definite = False
        for word in TITLE_WORD.finditer(self.f, start, end):
            is_definite = bool(definite.match(self.f, word.start()))
            if seen_definite and not is_definite and not self.lex.name_year.match(self.f, self.rstrip_end(word.start())):
                return self.rstrip_end(word.start())
            seen_definite = seen_definite or is_definite
        return end

    def _all_capitals(self, start: int, end: int) -> bool:
        """Whether the stored word at ``[start, end)`` is written all in capitals."""
        word = self.original(start, end)
        return len(word) > 1 and word.isupper()

    def suffix_references(self, claimed: Coverage) -> list[Reference]:
        """Documents whose type word follows their name, as the language's suffix forms read
        them: "Ο περί Φόρου Προστιθέμενης Αξίας (Τροποποιητικός) (Αρ. 5) Νόμος του 2019" is law
        5 of 2019 on value added tax; spans already taken by another reference (``claimed``, where
        those found are marked) are left alone."""
        refs: list[Reference] = []
        for pattern, doc_type, literals in self.lex.suffix_forms:
            if not all(literal in self.f for literal in literals):
                continue  # a text lacking a literal of the pattern holds no match
            for m in pattern.finditer(self.f):
                if claimed.covers(m.start()) or claimed.covers(m.end() - 1):
                    continue
                parts = m.groupdict()
                title = self.original(m.start("title"), m.end("title")).strip() if parts.get("title") else None
                number = str(int(parts["number"])) if parts.get("number") and int(parts["number"]) else None
                refs.append(Reference(start=m.start(), end=m.end(), word_type=doc_type, number=number,
                                      year=parts.get("year"), title=title,
                                      extras={"name": self.original(m.start(), m.end())}))
                claimed.mark(m.start(), m.end())
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
        for m in self.name_word_hits:
            ws = m.start("word")
            if not free(m.start()) or self._inside_not_type(ws):
                continue
            word = " ".join(m.group("word").split())
            quoted = QUOTED_NAME.match(f, self.skip(m.end()))
            if quoted and free(quoted.start()):
                # "της δράσης «Ανακυκλώνω – Αλλάζω Θερμοσίφωνα»": a quoted name makes it specific
                refs.append(Reference(start=m.start(), end=quoted.end(), word_type=lex.type_of.get(
                    word, "other"), extras={"name": self.original(quoted.start(), quoted.end())}))
                continue
            if lex.capitalised and not self.is_upper(ws):
                continue  # "luật" in lower case is the law in general
            if word in lex.caps_ambiguous and self._all_capitals(ws, m.end()):
                continue  # "ΝΟΜΟ ΛΕΣΒΟΥ": without accents νόμος (law) is also νομός (prefecture)
            p = self.skip(m.end())
            link = lex.name_links.match(f, p)
            if link:
                p = link.end()
            # A bill is named by what it does (مشروع قانون فتح اعتماد); a name closed by a year may
            # start with any word too (نظام ترخيص خدمة التأجير لسنة 2026).
            free_name = word in lex.free_name_words or word in lex.dated_name_type
            if p >= len(f) or not (self._name_start(p) or (free_name and WORD.match(f, p)
                                                           and not lex.title_stop.match(f, p))):
                continue
            end = self.definite_end(p, self.title_extent(p, NAME_WORDS))
            if end <= p:
                continue
            year = lex.name_year.match(f, end)
            if word in lex.dated_name_type and not year:
                continue  # "نظام التعليم" is a system; "نظام الخدمة المدنية لسنة 2024" a regulation
            refs.append(Reference(start=m.start(), end=year.end() if year else end,
                                  word_type=lex.dated_name_type.get(word) or lex.type_of.get(word, "law"),
                                  extras={"name": self.original(ws, end)}))
        return refs
