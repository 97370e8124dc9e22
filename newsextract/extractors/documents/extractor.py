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

Types, ``document_id`` and the merging of mentions are :mod:`.records`'s (see its docstring).

The work runs in stages, each a module with a small typed interface and its own tests:

* :mod:`.text`: the folded view of the article and facts about positions;
* :mod:`.candidates`: find type words, fixed names and anchors (codes, marked and bare numbers);
* :mod:`.numbered` and :mod:`.names`: make references (each anchor takes its type word;
  documents cited by a name), with the meetings' resolutions of :mod:`.attributes`;
* :mod:`.attributes` and :mod:`.issuers`: read each reference's date, issuer, term and subject;
* :mod:`.records`: type, id and table row, one row per document.

They hand each other :class:`.reference.TypeHit`, :class:`.reference.Anchor` and
:class:`.reference.Reference`. Each stage reads the article in time linear in its length.
"""
from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from ..base import doc_text, get_records
from .attributes import AttributeReader, roman_value
from .candidates import Candidates, find_candidates
from .issuers import CodeIssuers, folded
from .lexicon import AMBIGUOUS, NEVER_RE, Lexicon, lexicon, may_occur
from .names import NameReader
from .numbered import bracketed_numbers, claimed, numbered_references
from .records import document_id, document_key, merge_mentions, resolve_type, to_record
from .reference import Reference
from .text import ArticleText, Coverage

__all__ = ["document_id", "document_key", "extract", "find_documents", "merge_mentions", "read_references",
           "resolve_type", "roman_value"]

# Type words that name a specific document without a number when a plenum or congress follows.
UNNUMBERED_TYPES = frozenset({AMBIGUOUS, "resolution", "decision", "conclusion", "directive"})


def heading_line(f: str, lex: Lexicon) -> bool:
    """Whether a line of ``f`` holds only a decision's heading (``lex.decision_heading``). The
    anchored pattern, searched, is tried at every line start and space; it is tried only at the
    start of the lines where a heading's words occur, which are found through their letters."""
    word = lex.decision_heading_word.search(f)
    while word:
        if lex.decision_heading.match(f, f.rfind("\n", 0, word.start()) + 1):
            return True
        word = lex.decision_heading_word.search(f, word.start() + 1)
    return False


def letterhead_references(article: ArticleText, lex: Lexicon, taken: Coverage) -> list[Reference]:
    """Decisions numbered in a letterhead: a decision-number label ("ΑΡΙΘΜ. ΑΠΟΦ: 269"), or a
    protocol number ("Αριθμ. Πρωτ.: 1677") where a line of the text is the heading of a decision
    (ΑΠΟΦΑΣΗ): the letter is that decision. Spans other references hold (``taken``, where the
    references found here are marked too) are left alone."""
    f = article.f
    # A language without such labels (their patterns match nothing) has nothing to look for.
    labels = [lex.decision_label] if lex.decision_label is not NEVER_RE else []
    if lex.protocol_label is not NEVER_RE and heading_line(f, lex):
        labels.append(lex.protocol_label)
    if not labels:
        return []
    found: list[Reference] = []
    for label in labels:
        for m in label.finditer(f):
            if taken.covers(m.start()) or taken.covers(m.end(1) - 1) or not int(m.group(1)):
                continue
            found.append(Reference(start=m.start(), end=m.end(1), word_type=AMBIGUOUS, number=str(int(m.group(1))),
                                   extras={"letterhead": label is lex.protocol_label}))
            taken.mark(m.start(), m.end(1))
    return found


def voted_bill_references(article: ArticleText, lex: Lexicon, taken: Coverage) -> list[Reference]:
    """A bill named only by its word, next to a vote verb ("Υπερψηφίστηκε το πολυνομοσχέδιο"): the
    law the house voted on, outside the spans of ``taken`` (where it is marked). Its mentions share
    one name, so they are one document.
    The pattern opens with a lookbehind, so it is tried at every position: it is searched only in
    texts holding a bill word and a vote verb, which few do (and not at all in a language without
    voted bills, which has no needles)."""
    if not lex.voted_bill_needles or not all(may_occur(article.f, words) for words in lex.voted_bill_needles):
        return []
    found: list[Reference] = []
    for m in lex.voted_bill.finditer(article.f):
        group = "bill" if m.group("bill") else "bill_first"
        start, end = m.span(group)
        if taken.covers(start) or taken.covers(end - 1):
            continue
        word = article.f[start:end].split()[-1]
        found.append(Reference(start=start, end=end, word_type="law", extras={"name": word}))
        taken.mark(start, end)
    return found


def assembly_references(candidates: Candidates, reader: AttributeReader, used: set[int],
                        taken: Coverage) -> list[Reference]:
    """Resolutions of a named plenum or congress: unused unnumbered type words outside the spans
    of ``taken`` (where the resolutions found are marked)."""
    found: list[Reference] = []
    for ts, te, ws, wtype in candidates.type_hits:
        if ts in used or wtype not in UNNUMBERED_TYPES or taken.covers(ts):
            continue
        ref = reader.assembly_reference(ts, te, ws, wtype)
        if ref:
            found.append(ref)
            taken.mark(ref.start, ref.end)
    return found


def subject_references(article: ArticleText, candidates: Candidates, reader: AttributeReader, used: set[int],
                       taken: Coverage) -> list[Reference]:
    """Unnumbered documents named by their subject after an issuing verb, or followed by a clause
    naming who issued them, outside the spans of ``taken`` (where they are marked)."""
    found: list[Reference] = []
    for hit in candidates.type_hits:
        if hit.start in used or taken.covers(hit.start) or taken.covers(hit.end - 1):
            continue
        ref = reader.subject_reference(hit) or reader.clause_reference(hit)
        if ref and not any(taken.covers(p) for p in (ref.end - 1,)):
            found.append(ref)
            taken.mark(ref.start, ref.end)
    return found


def read_references(article: ArticleText, lex: Lexicon, dates: list[dict[str, Any]]) -> list[Reference]:
    """Every document reference of an article with its attributes, in text order."""
    candidates = find_candidates(article, lex)
    refs, type_words = numbered_references(article, candidates)
    # The spans of the references found so far: each stage below looks outside them and marks
    # the references it adds, so one coverage serves them all.
    taken = claimed(len(article.f), refs)
    refs += letterhead_references(article, lex, taken)
    reader = AttributeReader(article, lex, candidates, dates)
    refs += assembly_references(candidates, reader, type_words.used, taken)
    names = NameReader(article, lex, candidates)
    refs += names.references(refs, taken)
    refs += subject_references(article, candidates, reader, type_words.used, taken)
    refs += voted_bill_references(article, lex, taken)
    refs += names.suffix_references(taken)
    refs.sort(key=lambda r: r.start)
    bracketed_numbers(article, candidates, refs, taken)
    for ref in refs:
        if ref.gap and ref.issuer is None and (found := reader.issuer_in_gap(*ref.gap)):
            ref.issuer, ref.issuer_entry = found[0], reader.issuer_entry(found[0])
    for i, ref in enumerate(refs):
        limit = refs[i + 1].start if i + 1 < len(refs) else len(article.f)
        reader.read_tail(ref, limit)
        if ref.issuer is None and not ref.assembly:
            found = reader.issuer_before(ref.start)
            if found:
                ref.issuer = found[0]
                ref.issuer_entry = reader.issuer_entry(ref.issuer)
    code_issuers = CodeIssuers(article, lex, candidates, refs)
    for ref in refs:
        if ref.issuer is None and ref.code and ref.code.issuer_code:
            named = code_issuers.issuer_of_code(ref)
            if named:
                ref.issuer, ref.issuer_entry = named
    for ref in refs:
        if ref.date is None and ref.extras.get("letterhead"):
            ref.date = reader.letterhead_date(ref)
        if ref.date is None and not ref.assembly:
            ref.date = reader.date_before(ref, article.sentence_around(ref.start, ref.end)[0])
    share_list_attributes(article, lex, refs)
    date_from_gazette(article, refs)
    for ref in refs:
        settle_number_order(ref, lex)
    return join_repeated_names(article, lex, refs)


YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _name_words(lex: Lexicon, name: str) -> tuple[str, ...]:
    """The words that tell one named document from another: the folded name without its
    article (ال), without the words that change no identity (الاتحادية) and without a
    trailing year word (لسنة)."""
    words = name.split()
    while words and lex.name_year.fullmatch(f"{words[-1]} 2000"):
        words.pop()
    prefixes = lex.name_prefixes
    out = []
    for w in words:
        if w in lex.name_neutral_words:
            continue
        for p in prefixes:
            if w.startswith(p) and len(w) > len(p) + 1:
                w = w[len(p):]
                break
        out.append(w)
    return tuple(out)


def _repeats(words: tuple[str, ...], year: str | None, earlier: tuple[str, ...], earlier_year: str | None) -> bool:
    """Whether a later name (``words``, ``year``) cites the earlier one: the same words and no
    other year. A shorter name is no repeat: "Πρόγραμμα Δημοσίων Επενδύσεων" may be the right
    reading of a name cut too long before."""
    return len(words) > 1 and words == earlier and not (year and earlier_year and year != earlier_year)


def join_repeated_names(article: ArticleText, lex: Lexicon, refs: list[Reference]) -> list[Reference]:
    """One reference per unnumbered document cited by name: a later mention whose name, once its
    year, articles and words naming no other document are left out, equals an earlier one's
    ("لمشروع قانون المالية" after "مشروع قانون المالية لسنة 2025", "مشروع قانون الموازنة الاتحادية
    لعام 2015" after "مشروع قانون موازنة العام 2015"), of the same type and no other year, is a
    repeat of it.
    The mention that writes the year is kept, else the first; attributes the kept one lacks come
    from the repeat."""
    kept: list[Reference] = []
    named: list[tuple[Reference, tuple[str, ...], str | None]] = []
    for ref in refs:
        name = ref.extras.get("name")
        if ref.number or ref.code or ref.plenum or ref.term or ref.assembly or not name:
            kept.append(ref)
            continue
        words = _name_words(lex, folded(name, lex.lang))
        year = ref.year or next((m.group(0) for m in YEAR.finditer(article.f, ref.start, ref.end)), None)
        twin = next((i for i, (k, kw, ky) in enumerate(named) if k.word_type == ref.word_type
                     and _repeats(words, year, kw, ky)), None)
        if twin is None:
            if year and any(k.word_type == ref.word_type and kw == words and ky and ky != year for k, kw, ky in named):
                ref.extras = {**ref.extras, "name": f"{name} {year}"}  # the law of another year: another id
            kept.append(ref)
            named.append((ref, words, year))
            continue
        first, first_words, first_year = named[twin]
        for col in ("date", "issuer", "issuer_entry", "title"):
            if getattr(first, col) is None and getattr(ref, col) is not None:
                setattr(first, col, getattr(ref, col))
        if year and not first_year:  # the repeat writes the year: it is the fuller mention
            first.start, first.end, first.extras, first.year = ref.start, ref.end, ref.extras, ref.year
            named[twin] = (first, first_words, year)
    kept.sort(key=lambda r: r.start)
    return kept


def settle_number_order(ref: Reference, lex: Lexicon) -> None:
    """Choose which of two two-digit parts is the number ("الأمر رقم 70 / 20" of 1970 is
    number 20, "117/21" needs no choice): the part the document's own date's year ends with is
    the year. A date that agrees with neither, or a form whose order is unsure for the
    document's type and no date, gives no number and no year: a wrong number is worse than none."""
    if ref.swap is None or ref.number is None:
        return
    other_number, other_year, unsure = ref.swap
    dated = (ref.date or "")[:4]
    if dated and dated == ref.year:
        return
    if dated and dated == other_year:
        ref.number, ref.year = other_number, other_year
    elif dated or (unsure and ref.word_type in lex.year_first_types):
        ref.number = ref.year = None


LISTED = ("date", "year", "issuer")


def share_list_attributes(article: ArticleText, lex: Lexicon, refs: list[Reference]) -> None:
    """Documents cited in a list share what is written once for all of them: "các Quyết định số
    101/QĐ-TTg, 102/QĐ-TTg và 103/QĐ-TTg ngày 2/6/2022 của Thủ tướng", "القرارين رقم 18 و19
    الصادرين عن ...". Consecutive numbered references joined only by a comma or a list joiner form
    a list; an attribute that one member has, and no member contradicts, goes to every member of
    the same kind (type; for the issuer also the same issuer code): "Ψήφισμα 29-NQ/TW και Σχέδιο
    2145/KH-UBND της 12ης Αυγούστου 2024" dates the plan alone."""
    f = article.f
    i = 0
    while i < len(refs):
        j = i
        while (j + 1 < len(refs) and refs[j + 1].number and refs[j].number
               and _joined(f, lex, refs[j].end, refs[j + 1].start)):
            j += 1
        if j > i:
            group = refs[i:j + 1]
            for col in LISTED:
                values = {getattr(r, col) for r in group} - {None}
                if len(values) != 1:
                    continue
                source = next(r for r in group if getattr(r, col) is not None)
                for r in group:
                    if getattr(r, col) is None and (_same_kind(r, source) or (
                            col == "issuer" and _same_issuer_code(r, source))):
                        setattr(r, col, getattr(source, col))
                        if col == "issuer":
                            r.issuer_entry = source.issuer_entry
        i = j + 1


def _kind(r: Reference) -> str | None:
    t = (r.code.type if r.code and r.code.type else None) or r.word_type
    return "res/dec" if t in ("resolution", "decision", AMBIGUOUS) else t


def _same_kind(a: Reference, b: Reference) -> bool:
    """Whether two references name documents of one kind: one type, and one issuer code where
    both codes name one."""
    codes = {r.code.issuer_code for r in (a, b) if r.code and r.code.issuer_code}
    return _kind(a) == _kind(b) and len(codes) <= 1


def _same_issuer_code(a: Reference, b: Reference) -> bool:
    """Whether both references carry codes naming the same issuer (05-CT/TW, 01-KL/TW)."""
    return bool(a.code and b.code and a.code.issuer_code and a.code.issuer_code == b.code.issuer_code)


GAZETTE_GAP = re.compile(r"[\s(\[,–-]*")


def date_from_gazette(article: ArticleText, refs: list[Reference]) -> None:
    """A gazette issue cited right after a document ("την ΚΥΑ 12345/2023 (ΦΕΚ Β' 2826/30.6.2021)")
    published it: the issue's date is the document's where the document has none."""
    for prev, ref in zip(refs, refs[1:]):
        if not ref.extras.get("gazette") or not ref.date or prev.date or prev.extras.get("gazette"):
            continue
        if prev.year and ref.date[:4] < prev.year:
            continue  # an issue older than the document published something else
        if GAZETTE_GAP.match(article.f, prev.end).end() >= ref.start:
            prev.date = ref.date


def _joined(f: str, lex: Lexicon, end: int, start: int) -> bool:
    """Whether only a comma or a list joiner stands between two references."""
    m = lex.list_joiner.match(f, end)
    return bool(m) and m.end() == start or (start > end and not f[end:start].strip())


def find_documents(text: str, lang: str, dates: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Document references in ``text`` (``ar``, ``el`` or ``vi``), one record per document.

    ``dates`` are the ``dates`` component's records for the same text; when absent they are
    found here with that component's own finder, so date knowledge lives in one place.
    """
    if dates is None:
        from ..dates.extractor import find_dates

        dates = find_dates(text, lang)
    lex = lexicon(lang)
    article = ArticleText(text, lang)
    return merge_mentions(to_record(article, lex, ref) for ref in read_references(article, lex, dates))


def extract(doc: Doc) -> list[dict[str, Any]]:
    """The documents component: reads ``doc.text`` and the ``dates`` records found before."""
    dates = get_records(doc, "dates") if "dates" in doc.spans else None
    return find_documents(doc_text(doc), doc.lang_, dates)


def prepare(lang: str) -> None:
    """Load ``lang``'s document lexicon now."""
    lexicon(lang)
