"""``ner.underthesea.v1``: Vietnamese person names from underthesea's CRF tagger.

underthesea (Apache-2.0, on PyPI) ships a CRF named-entity model inside its wheel, so it runs
offline. It finds names that the syllable tables of the officials grammar do not know, but on
its own about half of its person spans are not people (products, firms, teams, title words run
into a name). The tagger runs one sentence at a time; its spans are then judged with what the
whole text says (the officials component passes whole articles):

1. **Repaired** (:meth:`NameEvidence.repaired`): a span holding a list is split at "và", commas
   and spaced dashes; a title or an occupation at its left edge ("HLV", "Chủ tịch"), a form of
   address before a name of two words or more ("Cụ") and a country ("Thái Lan") are taken off,
   the title counting as a cue.
2. **Refused** (:meth:`NameEvidence.verdict` False) when it is not written like a name (a word in
   lower case, in capitals or with a digit; a title or a place word inside: ``not_in_names``),
   holds a firm's, a team's, a brand's or an event's word (``not_in_person_names``: "Group",
   "Post", "CTCP", "Tết"), follows a word of a firm, a place or a thing (``non_person_cues_before``:
   "Công ty", "huyện", "công nghệ", "TNHH"), has a model number after it ("Nova 8"), a place's unit
   in brackets ("X (huyện Y)"), or is a country or a world city (``world_places``) with no form of
   address before it. A form refused once is refused everywhere in the text, and so is a form the
   text writes after a firm's or a place's word elsewhere, or one the tagger tags more often as
   another kind of name than as a person's, unless it is a name of Vietnamese syllables
   confirmed at one place (the tagger often takes those for a song's or a work's title). A
   firm's name written elsewhere in the text with "Group", "Corp" ... after it is refused
   without that word too, syllables or not ("X Group" -> X).
3. **Confirmed** (:meth:`NameEvidence.verdict` true) when all its words (two or more) are
   Vietnamese name syllables the officials lexicon knows and, where they spell a province or a
   district, a form of address stands before it (after a title it is a body's: "Bí thư Thành
   Đoàn X"); or a word that announces a person stands right before it (ông, bà, Tổng thống, ca sĩ ...:
   ``person_cues_before``) or a reporting verb right after it (nói, cho biết ...:
   ``person_cues_after``); or it is two words inside a sentence (not at its start, where every
   word is capitalised) and the CRF's probability that each word belongs to a person's name
   (its ``B-PER`` + ``I-PER`` marginals, read from underthesea-core's tagger) is at least
   ``CONFIDENCE``; three-word spans and sentence openings are mostly teams and firms.
4. **Carried through the text**: the other mentions of a confirmed name are names, tagged or
   not (a capitalised run of the same words), and so is the last word of a confirmed foreign name
   written alone (a surname), and two words ending in that surname ("Ann Harlow" after
   "Harlow"); a Vietnamese given name alone is also a common word ("An") and needs its own cue.
   A form of two words or more that the tagger tags as a person's ``REPEATS`` times in the text
   and never as anything else is a name, and so is a single non-Vietnamese word it also took
   for the surname of a longer person span.

The word lists are data (``models/resources/vi/name_stopwords.yaml``). Other languages get no
spans: the model is Vietnamese only. Optional: ``pip install newsextract[underthesea]``; with a
version of underthesea whose tagger gives no marginals, step 3 has no confidence to use.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..extractors.officials.lexicon import load_lexicon
from ..extractors.officials.names import readings
from ..extractors.officials.places import place_level
from ..resources import load_yaml

Span = tuple[int, int]
PERSON_TAGS = ("B-PER", "I-PER")
# Sentences are tagged one at a time (the tagger's features are sentence-local).
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)", re.M)
_MAX_PHRASE_WORDS = 3
# What confirms a span (:meth:`NameEvidence.verdict`).
SYLLABLES, CUE, CONFIDENT = "syllables", "cue", "confident"
# The lowest per-word person probability of the CRF at which a two-word span inside a sentence
# is a name without a cue (three-word spans and sentence openings are mostly teams, firms, titles).
CONFIDENCE = 0.6
# How many person tags of one form in a text make it a name without other evidence.
REPEATS = 3
# Where a tagged span holds two names: a comma, a semicolon, "và" (and), "&", a spaced dash.
_SEPARATOR = re.compile(r"\s*(?:[,;&]|\s[-–]\s)\s*|\s+và\s+")
# A number right after a name makes it a product's model ("Vega Nova 8", "Orion 835");
# a score, a date or a range ("6-3", "5/1") does not.
_MODEL_NUMBER = re.compile(r" \d+(?![\d/:.,-]\d)")
# A place's unit in brackets right after it: "X (huyện Y)", "X (tỉnh Y)".
_PLACE_NOTE = re.compile(r" ?\((?:huyện|tỉnh|xã|phường|quận|thị xã|thành phố|TP)\b", re.I)
# A word of a name: letters, with inner hyphens and apostrophes.
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# A word: letters, with inner hyphens and apostrophes.
_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*(?![\w'’-])")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


@dataclass(frozen=True)
class NameEvidence:
    """The word lists that confirm or refuse a tagged span (loaded once)."""

    not_in_names: frozenset[str]
    cues_before: frozenset[str]
    cues_after: frozenset[str]
    non_person_before: frozenset[str]
    non_person_words: frozenset[str]
    titles: frozenset[str]
    world_places: frozenset[str]
    address_cues: frozenset[str]

    def written_as_name(self, surface: str) -> bool:
        """Every word capitalised and of letters (an inner hyphen or apostrophe allowed: "Min-ho",
        "O'Neil"), and no title or place word inside."""
        words = surface.split()
        if not words or len(words) > 6:
            return False
        for word in words:
            if not word[:1].isupper() or (word.isupper() and len(word) > 1):
                return False
            if not _NAME_WORD.fullmatch(word):
                return False
        return not _contains_phrase(_fold(surface).split(), self.not_in_names)

    def titled_prefix(self, words: Sequence[str]) -> int:
        """How many words at the start of a tagged span are not part of the name: a title or an
        occupation ("HLV", "CEO", "Chủ tịch"), a form of address before a name of two words or
        more ("Cụ", "Bé"; "Anh Thư" stays a name), a country before a name of two words or more
        ("Thái Lan")."""
        folded = [_fold(w) for w in words]
        lexicon = load_lexicon("vi")
        cut = 0
        while cut < len(words) - 1:
            for n in range(min(_MAX_PHRASE_WORDS, len(words) - 1 - cut), 0, -1):
                phrase = " ".join(folded[cut:cut + n])
                rest = len(words) - cut - n
                if phrase in self.not_in_names or phrase in self.world_places and rest >= 2 \
                        or phrase in self.titles and (n > 1 or rest >= 2 or not readings(words[cut], lexicon)):
                    cut += n
                    break
            else:
                break
        return cut

    def repaired(self, text: str, candidate: _Candidate) -> list[_Candidate]:
        """The names inside a tagged span: split where a list joins two names ("A và B", "A, B")
        and without a title run into its left edge ("HLV A" -> "A", announced by the title)."""
        out: list[_Candidate] = []
        piece_start = candidate.start
        for sep in [*_SEPARATOR.finditer(text, candidate.start, candidate.end), None]:
            piece_end = sep.start() if sep else candidate.end
            words = list(re.finditer(r"\S+", text[piece_start:piece_end]))
            if words:
                cut = self.titled_prefix([w.group(0) for w in words])
                start = piece_start + words[cut].start()
                out.append(_Candidate(start, piece_start + words[-1].end(), candidate.kind,
                                      candidate.confidence, candidate.titled or cut > 0))
            if sep:
                piece_start = sep.end()
        return out

    def verdict(self, text: str, candidate: _Candidate) -> str | bool | None:
        """``SYLLABLES`` or ``CUE`` (what confirms it) when the span is a person's, False when the
        text says it is not, None when only a confirmed mention of the same name elsewhere in the
        text can tell (module doc)."""
        surface = text[candidate.start:candidate.end]
        if not self.written_as_name(surface):
            return False
        words = surface.split()
        folded = _fold(surface).split()
        if _contains_phrase(folded, self.non_person_words):
            return False
        before_words = _words_before(text, candidate.start)
        if self.context_refuses(text, candidate.start, candidate.end):
            return False
        if " ".join(folded) in self.world_places and not _ends_with_phrase(before_words, self.address_cues):
            return False
        cue = candidate.titled or _ends_with_phrase(before_words, self.cues_before) \
            or _starts_with_phrase(_words_after(text, candidate.end), self.cues_after)
        lexicon = load_lexicon("vi")
        if len(words) >= 2 and all(readings(w, lexicon) for w in words):
            if place_level(tuple(words), "vi") is None:
                return SYLLABLES
            # a province's or a district's name after a title is a body's ("Bí thư Tỉnh ủy X")
            return SYLLABLES if _ends_with_phrase(before_words, self.address_cues) else None
        if cue:
            return CUE
        if (len(words) == 2 and candidate.confidence is not None and candidate.confidence >= CONFIDENCE
                and not _opens_sentence(text, candidate.start)):
            return CONFIDENT
        return None

    def context_refuses(self, text: str, start: int, end: int) -> bool:
        """Whether the words around a span say it is not a person's: a firm's, a place's or a
        thing's word before it, a model number or a place's unit in brackets after it."""
        return _ends_with_phrase(_words_before(text, start), self.non_person_before) \
            or bool(_MODEL_NUMBER.match(text, end) or _PLACE_NOTE.match(text, end))

    def may_repeat(self, form: str, votes: _Votes) -> bool:
        """Whether a form the tagger takes for a person's name again and again may be taken for
        one on that ground: a name of two words or more, or a single word the tagger also read
        as a surname after a given name, and not a Vietnamese syllable (a given name alone is
        also a common word: "An", "Quốc")."""
        words = form.split()
        if len(words) > 1:
            return True
        return votes.surname > 0 and not readings(words[0], load_lexicon("vi"))

    def non_person_forms(self, text: str) -> set[str]:
        """Folded forms the text writes right after a firm's, a place's or a work's word
        ("Công ty X", "sông X"): the capitalised run after it, and its first word."""
        forms: set[str] = set()
        for s, e in _capitalised_runs(text):
            if _ends_with_phrase(_words_before(text, s), self.non_person_before):
                words = _fold(text[s:e]).split()
                forms.add(" ".join(words))
                forms.add(words[0])
        return forms

    def firm_short_forms(self, text: str) -> set[str]:
        """Folded forms of a firm's or a team's name without its last word, where the text also
        writes it with that word ("Kim Long Group" -> "Kim Long"): a firm's even when its words
        are name syllables."""
        forms: set[str] = set()
        for s, e in _capitalised_runs(text):
            words = _fold(text[s:e]).split()
            while len(words) > 1 and words[-1] in self.non_person_words:
                words.pop()
                forms.add(" ".join(words))
        return forms

    def known_forms(self, text: str, kept: Sequence[_Candidate]) -> set[str]:
        """The folded forms under which confirmed names may be mentioned again: the whole name,
        and, for a foreign name, its last word alone (the surname). A Vietnamese given name alone
        is also a common word ("An", "Quốc"): it needs its own cue (a form of address before it)."""
        lexicon = load_lexicon("vi")
        known: set[str] = set()
        for c in kept:
            words = _fold(text[c.start:c.end]).split()
            known.add(" ".join(words))
            if len(words) > 1 and not readings(words[-1], lexicon):
                known.add(words[-1])
        return known

    def untagged_mentions(self, text: str, known: set[str], taken: set[Span],
                          common: set[str]) -> list[Span]:
        """Mentions of a confirmed name that the tagger left untagged: the same words, capitalised,
        as a run of capitalised words of its own (not part of a longer name or a firm's; the
        first word of a sentence aside when the text also writes it in lower case: ``common``), or
        two words ending in a confirmed foreign surname, where the words around do not refuse it
        (:meth:`context_refuses`)."""
        if not known:
            return []
        found: list[Span] = []
        for s, e in _capitalised_runs(text):
            if _fold(text[s:e]) not in known and _opens_sentence(text, s) and " " in text[s:e] \
                    and _fold(text[s:text.index(" ", s)]) in common:
                s = text.index(" ", s) + 1   # a common word opening the sentence
            form = _fold(text[s:e])
            if any(a < e and s < b for a, b in taken):
                continue
            if form not in known and not _with_known_surname(form, known, common):
                continue
            if self.context_refuses(text, s, e):
                continue
            found.append((s, e))
        return found


@functools.cache
def name_evidence() -> NameEvidence:
    """The Vietnamese word lists of ``name_stopwords.yaml``."""
    data = load_yaml("models", "vi", "name_stopwords.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(_fold(str(w)) for w in data.get(key) or [])

    return NameEvidence(words("not_in_names"), words("person_cues_before"), words("person_cues_after"),
                        words("non_person_cues_before"), words("not_in_person_names"),
                        words("person_cues_before") | words("not_in_names"), words("world_places"),
                        words("address_cues"))


def _with_known_surname(form: str, known: set[str], common: set[str]) -> bool:
    """Whether a two-word form ends in a confirmed foreign surname after a word that is not a
    common word of the text nor a country: the same person with a given name ("Ann Harlow"
    after "Harlow"), or another of the family, a person all the same."""
    words = form.split()
    return len(words) == 2 and words[1] in known and words[0] not in common \
        and words[0] not in name_evidence().world_places and not readings(words[1], load_lexicon("vi"))


def _words_before(text: str, start: int) -> list[str]:
    """The folded words of the sentence before ``start`` (a few), an opening bracket or quote
    taken off each: "(huyện X" reads "huyện" before X; a comma after a word keeps it apart."""
    before = re.split(r"[.!?\n]", text[max(0, start - 40):start])[-1]
    return [w for w in (w.lstrip("(\"'“‘«[") for w in _fold(before).split()) if w]


def _words_after(text: str, end: int) -> list[str]:
    """The folded words of the sentence after ``end`` (a few)."""
    return _fold(re.split(r"[.!?\n]", text[end:end + 40])[0]).split()


def _opens_sentence(text: str, start: int) -> bool:
    """Whether only spaces, quotes, a dash or a colon stand between ``start`` and the start of
    its sentence (a capital there says nothing of a name)."""
    before = text[:start].rstrip(" \t\"'“‘(«-–—")
    return not before or before[-1] in ".!?:\n…"


def _capitalised_runs(text: str) -> list[Span]:
    """Runs of capitalised words joined by single spaces."""
    runs: list[list[int]] = []
    for m in _WORD.finditer(text):
        if not m.group(0)[0].isupper():
            continue
        if runs and text[runs[-1][1]:m.start()] == " ":
            runs[-1][1] = m.end()
        else:
            runs.append([m.start(), m.end()])
    return [(s, e) for s, e in runs]


def _contains_phrase(words: Sequence[str], phrases: frozenset[str]) -> bool:
    return any(" ".join(words[i:i + n]) in phrases
               for n in range(1, _MAX_PHRASE_WORDS + 1) for i in range(len(words) - n + 1))


def _ends_with_phrase(words: Sequence[str], phrases: frozenset[str]) -> bool:
    return any(" ".join(words[-n:]) in phrases for n in range(1, min(_MAX_PHRASE_WORDS, len(words)) + 1))


def _starts_with_phrase(words: Sequence[str], phrases: frozenset[str]) -> bool:
    return any(" ".join(words[:n]) in phrases for n in range(1, min(_MAX_PHRASE_WORDS, len(words)) + 1))


def _tagger() -> Callable[[str], list[tuple[Any, ...]]]:
    """underthesea's NER, each word with the CRF's probability that it is part of a person's name
    (the marginals of ``B-PER`` and ``I-PER``) as a fifth item where the installed version gives
    marginals; older versions give the plain ``ner`` tuples."""
    try:
        from underthesea import chunk, ner
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("ner.underthesea.v1 needs the 'underthesea' package "
                          "(pip install newsextract[underthesea])") from exc
    try:
        from underthesea.pipeline.ner.model_crf import CRFNERPredictor
        predictor = CRFNERPredictor.Instance()
        labels = list(predictor.model.labels())
        person = [labels.index(t) for t in PERSON_TAGS]
        predictor.model.marginals  # noqa: B018 - present from underthesea-core 3 on
    except Exception:  # noqa: BLE001 - another layout: the plain tagger, without confidence
        return ner

    def tag(sentence: str) -> list[tuple[Any, ...]]:
        # what underthesea.ner does (chunk, then the CRF), keeping the marginals
        chunked = chunk(sentence)
        if not chunked:
            return []
        rows = [(w[0], w[1], w[2], "X") for w in chunked]
        features = predictor.transformer.transform([rows])[0][0]
        tags = predictor.model.tag(features)
        marginals = predictor.model.marginals(features)
        return [(w[0], w[1], w[2], t, sum(m[k] for k in person)) for w, t, m in zip(chunked, tags, marginals)]
    return tag


@dataclass
class _Candidate:
    """A tagged entity span: its kind (``PER``, ``ORG``, ``LOC``, ``MISC``), the CRF's lowest
    per-word person probability over it (None when the tagger gives none), and whether a title
    stripped off its left edge announced it."""

    start: int
    end: int
    kind: str = "PER"
    confidence: float | None = None
    titled: bool = False


class UnderTheSeaNER:
    """Person spans from underthesea's CRF tagger that the text confirms (module doc)."""

    name = "ner.underthesea.v1"
    adds_spans = True

    def __init__(self, tagger: Callable[[str], list[tuple[Any, ...]]] | None = None) -> None:
        self._ner = tagger or _tagger()
        self._evidence = name_evidence()

    def person_spans(self, text: str, lang: str) -> list[Span]:
        if lang != "vi" or not text.strip():
            return []
        evidence = self._evidence
        entities: list[_Candidate] = []
        for m in _SENTENCE.finditer(text):
            if m.group(0).strip():
                for c in self._tagged_spans(m.group(0)):
                    c.start += m.start()
                    c.end += m.start()
                    entities.extend(evidence.repaired(text, c) if c.kind == "PER" else [c])
        candidates = [c for c in entities if c.kind == "PER"]
        forms = [_fold(text[c.start:c.end]) for c in candidates]
        verdicts = [evidence.verdict(text, c) for c in candidates]
        # what the whole text says of each form: written after a firm's or a place's word, or
        # tagged as another kind of name more often than as a person's -> never a person here
        refused = {f for f, v in zip(forms, verdicts) if v is False}
        # a name of Vietnamese syllables confirmed at one place of the text is not refused at
        # another by what the text or the tagger says elsewhere (the tagger often takes such a
        # name for another kind in the title of a song or a work; "báo" also means "report")
        syllable_names = {f for f, v in zip(forms, verdicts) if v == SYLLABLES} - refused
        votes = _kind_votes(text, entities)
        refused |= (evidence.non_person_forms(text) | {f for f, v in votes.items() if v.other >= v.person}) \
            - syllable_names
        firms = evidence.firm_short_forms(text)
        refused |= firms
        kept = [c for c, f, v in zip(candidates, forms, verdicts)
                if v and f not in firms and (f not in refused or v == SYLLABLES)]
        open_ = [(c, f) for c, f, v in zip(candidates, forms, verdicts) if v is None and f not in refused]
        # a form the tagger takes for a person's name at several places of the text, never for
        # another kind, is a name
        repeated = {f for f, v in votes.items() if v.person >= REPEATS and v.other == 0
                    and evidence.may_repeat(f, v)}
        known = (evidence.known_forms(text, kept) | repeated) - refused
        # words the text also writes in lower case are common words (capitalised at the start
        # of a sentence), not given names
        common = {_fold(m.group(0)) for m in _WORD.finditer(text) if m.group(0).islower()}
        while True:  # a name confirmed anywhere in the text confirms its other mentions
            grown = [(c, f) for c, f in open_ if f in known or _with_known_surname(f, known, common)]
            if not grown:
                break
            kept.extend(c for c, _ in grown)
            open_ = [(c, f) for c, f in open_ if all(c is not g for g, _ in grown)]
            known = (evidence.known_forms(text, kept) | repeated) - refused
        spans = {(c.start, c.end) for c in kept}
        spans |= set(evidence.untagged_mentions(text, known, spans, common))
        return sorted(spans)

    def _tagged_spans(self, sentence: str) -> list[_Candidate]:
        """Entity spans the tagger gives one sentence, with offsets found by walking its words
        through the sentence (the tagger returns words, not offsets)."""
        try:
            tagged = self._ner(sentence)
        except Exception:  # noqa: BLE001 - a tagger failure costs this sentence's names only
            return []
        spans: list[_Candidate] = []
        pos = 0
        previous = ""
        for item in tagged:
            word, tag = str(item[0]), str(item[3] if len(item) > 4 else item[-1])
            confidence = float(item[4]) if len(item) > 4 else None
            start = _find_word(sentence, word, pos)
            if start < 0:
                previous = ""
                continue
            end = start + len(word)
            pos = end
            prefix, _, kind = tag.partition("-")
            if not kind:
                previous = ""
                continue
            if prefix == "I" and previous == kind and spans:
                last = spans[-1]
                last.end = end
                if confidence is not None and last.confidence is not None:
                    last.confidence = min(last.confidence, confidence)
            else:
                spans.append(_Candidate(start, end, kind, confidence if kind == "PER" else None))
            previous = kind
        return spans


@dataclass
class _Votes:
    """How the tagger took one folded form across a text."""

    person: int = 0    # as a person's name, alone or as the last word of a longer person span
    other: int = 0     # as a firm's, a place's or another kind of name
    surname: int = 0   # as the last word of a longer person span


def _kind_votes(text: str, entities: Sequence[_Candidate]) -> dict[str, _Votes]:
    """For each folded form the tagger tagged in the text, how it took it (:class:`_Votes`)."""
    votes: dict[str, _Votes] = {}
    for c in entities:
        words = _fold(text[c.start:c.end]).split()
        if not words:
            continue
        form = votes.setdefault(" ".join(words), _Votes())
        if c.kind != "PER":
            form.other += 1
            continue
        form.person += 1
        if len(words) > 1:
            last = votes.setdefault(words[-1], _Votes())
            last.person += 1
            last.surname += 1
    return votes


def _find_word(sentence: str, word: str, pos: int) -> int:
    """Where ``word`` starts in ``sentence`` at or after ``pos``, with nothing but spaces and
    punctuation skipped; -1 when the tagger changed the word."""
    found = sentence.find(word, pos)
    if found >= 0 and not any(ch.isalnum() for ch in sentence[pos:found]):
        return found
    return -1
