"""Officials: who is named in an article, with the titles the article gives them and what they did.

The engine is one grammar for every language; what differs per language is data
(``resources/<iso>/``: syllables, title parts, grammar words). One article is read in stages,
each a module with its own records (:mod:`.text` is the article as every stage reads it):

1. **Name spans** (:mod:`.mentions`). Words that are Vietnamese name syllables (in the
   article's script, or in Latin letters) are grouped into runs; a run becomes a person when
   the text gives evidence: an honorific before it (removed from the name), a title next to it,
   a place in a list of people, words that only follow a person ("sinh năm 1990"), or (three
   syllables or more) a surname first. A run after a place or organisation word ("منطقة",
   "tỉnh", "Περιφέρειας") is not a person, nor is a run that is a title phrase ("Trưởng
   Đoàn"); an acronym ("ĐBQH") is never part of a name.
   Officials of Arab countries, Greece and Cyprus (native names, outside the syllable
   tables) are read by :mod:`.anchored` after a title, an honorific, a nationality or a speech
   verb, from given names and in lists after a plural title; they replace the fragments the
   tables made of them, never a Vietnamese name the tables read whole. Their romanized form
   comes from :mod:`.greek_names` (the nominative, ELOT 743 with press conventions) and
   :mod:`.arabic_names` (press spellings of common name parts, else a transliteration).
2. **Titles** (:mod:`.titles`). Each clause (a stretch between sentence ends, semicolons,
   colons and brackets) is cut at commas and conjunctions into segments; a segment that starts
   with a title word, or ends right before a name, is a title. A title goes to the name it
   touches, else to the name on the side the language usually puts titles. A plural title
   before a colon ("members of the standing committee: A ...; B ...") is the group's: it goes
   to every member's ``group_titles``, not to their own ``titles``. A bare title ("the
   Secretary X") is dropped when the person also has that title in full: it only refers back.
3. **Roles** (:mod:`.roles`). Cue words (chaired / attended / spoke) give their role to the
   nearest person in their sentence (titles and honorifics between do not count); a cue verb
   after a name is also that person's, the subject of the clause ("A, title, đánh trống ... và
   trao ..."), unless a speech verb stands before it (what follows "said that" was said); a cue
   right before a person introduces that person and the list after it ("وبحضور الرفيق B", "Το
   προεδρείο ...: A· B"), not the subject before it. A cue listed under two roles gives both
   ("dự và phát biểu"); a "led by" cue is chaired in a sentence about a meeting or an
   inspection, attended on a visit.
4. **Persons and coreference** (:mod:`.persons`). Every mention adds its roles (attended, then
   spoke later); mentions of one person in two scripts or spellings are one person; a person
   with no role is ``mentioned``. A title with no name ("the Standing Deputy Secretary
   stressed") counts as a mention of the one person named earlier in the article who holds
   that position (when several fit, the one holding it at the same level); it adds a role,
   never a title.

Each position is also normalised (:mod:`.positions`) to ``role|qualifier|organisation|level``
(for example ``secretary|standing deputy|party committee|provincial``) from the title-part
lexicons.

Every stage looks things up through indexes (phrase lengths per word, mentions and cues per
sentence and clause, persons per name key), never by comparing each mention with every other:
the time grows with the article, not with the number of people in it
(``tests/test_growth_officials.py``).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc

from ..base import article_meta, doc_text
from .anchored import native_data
from .mentions import Mention, find_mentions
from .persons import find_persons
from .positions import position_of
from .roles import RoleReader, WordSpan, filler_words, find_cues, headed_lists, proxied_mentions
from .text import ArticleText
from .titles import assign_titles, find_titles

__all__ = ["extract", "find_officials", "position_of"]


# A short run of words in typographic quotes: some newsrooms quote every name they print
# ("ترأس الدكتور “سامي خليل”، رئيس مجلس الوزراء").
_QUOTED_SHORT = re.compile(r"“([^“”\n]{1,40})”")
_QUOTED_MAX_WORDS = 4


def unquote_short_spans(text: str) -> str:
    """``text`` with the quote marks around short quoted runs (a name, at most four words) made spaces.

    Why: a quoted name is still a name, and its title follows after the closing mark; blanking the
    marks keeps every offset (the stored text is not changed, only the copy the rules read).
    """
    if "“" not in text:
        return text
    def blank(m: re.Match[str]) -> str:
        inner = m.group(1)
        if len(inner.split()) > _QUOTED_MAX_WORDS or inner != inner.strip():
            return m.group(0)
        return " " + inner + " "
    return _QUOTED_SHORT.sub(blank, text)


def drop_cut_off(text: str, lang: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without one that ends the text where the text stops inside a word (one letter,
    "8- سعد ب"; a letter no word of the language ends with, "... κ. Καχρ") or that runs into an
    excerpt's cut mark ("κ. Καχρ[..]"). An excerpt cut off in the middle of a name leaves no name to read."""
    # "κ. Καχρ[..]": an excerpt's cut mark
    cut_at = {m.end() for m in _CUT_MARK.finditer(text)} if "[" in text else set()
    last = last_word(text)
    if last is not None and (len(last.group()) == 1 or not _can_end_a_word(last.group(), lang)):
        cut_at.add(last.end())
    if not cut_at:
        return mentions
    return [m for m in mentions if not any(m.start < end <= m.end for end in cut_at)]


_LAST_WORD = re.compile(r"\w+\Z")
_LAST_WORD_REACH = 64


def last_word(text: str) -> re.Match[str] | None:
    """The run of word characters that ends ``text`` (but for spaces after it), or None.

    Why: searched from the start, the pattern is tried at every word of the article; read from a
    short tail it costs the same for any length (the whole text is read only when the tail is one word).
    """
    end = len(text.rstrip())
    start = max(0, end - _LAST_WORD_REACH)
    found = _LAST_WORD.search(text, start, end)
    if found is not None and found.start() == start and start > 0:
        found = _LAST_WORD.search(text, 0, end)
    return found
_CUT_MARK = re.compile(r"\w(?=\[\.{2,}\]|\[…\])")


def _can_end_a_word(word: str, lang: str) -> bool:
    finals = native_data(lang).final_letters
    return not finals or word.lower()[-1] in finals   # (lowered whole: a final capital Σ is ς)


def find_officials(text: str, lang: str, extra_person_spans: Iterable[tuple[int, int]] = ()) -> list[dict[str, Any]]:
    """Officials of one article: one record per person (first mention's offsets).

    ``extra_person_spans`` are person spans from another NER backend, accepted as names.
    """
    art = ArticleText(unquote_short_spans(text), lang)
    mentions = drop_cut_off(art.text, lang, find_mentions(art, extra_person_spans))
    if not mentions:
        return []
    titles = find_titles(art, mentions)
    orphans = assign_titles(art, mentions, titles)
    blocked = [(m.start, m.end) for m in mentions] + [(t.start, t.end) for t in titles]
    spans = [WordSpan(m.first, m.last, m.sentence) for m in mentions]
    filler = filler_words(art, [(t.first, t.last) for t in titles])
    proxied = proxied_mentions(art, spans, filler)
    for m in mentions:
        m.proxied = m.first in proxied
    reader = RoleReader(find_cues(art, blocked), spans, filler, proxied)
    for m in mentions:
        m.roles.update(reader.role_for(m.first, m.last, m.sentence))
    headed = headed_lists(art, reader.cues)   # "Παρόντες:" and a list of lines below it
    if headed:
        by_start = sorted(mentions, key=lambda m: m.start)
        starts = [m.start for m in by_start]
        for cue, start, end in headed:
            for m in by_start[bisect_left(starts, start):bisect_left(starts, end)]:
                if not m.roles and not m.proxied:
                    m.roles.update(cue.roles)
    # every cue also gives its role to the person it stands nearest ("A, ..., dự và ... cam kết"):
    # a person is the subject of each verb of their clause, not only of the nearest one
    for cue in reader.cues:
        owner = reader.owner(cue)
        if owner is not None:
            mentions[owner].roles.update(cue.roles)
    return find_persons(art, mentions, orphans, reader)


def extract(doc: Doc) -> list[dict[str, Any]]:
    """spaCy component entry point: officials of ``doc`` (language from ``doc.lang_``)."""
    from ...models.ner import default_backend

    lang = doc.lang_
    meta = article_meta(doc)
    backend = default_backend()
    extra = backend.person_spans(doc_text(doc), lang) if backend.adds_spans else []
    records = find_officials(doc_text(doc), lang, extra)
    for r in records:
        r["article_id"] = meta.get("article_id")
        r["person_id"] = None
    return records


def prepare(lang: str) -> None:
    """Load ``lang``'s title lexicon and place gazetteer now (the gazetteer keys ~7,600 places), and
    list the word characters the article's words are split by."""
    from .lexicon import load_lexicon
    from .places import load_gazetteer
    from .text import bmp_word_split_re

    load_lexicon(lang)
    load_gazetteer(lang)
    bmp_word_split_re()
