"""Officials: each stage on its own (text, names, titles, roles, persons, positions).

Sentences are written for these tests (invented people). The role reader is also checked
against a direct reading of its rules (every cue against every mention) on random layouts.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from newsextract.extractors.officials.lexicon import load_lexicon
from newsextract.extractors.officials.mentions import find_mentions, person_spans
from newsextract.extractors.officials.persons import find_persons
from newsextract.extractors.officials.positions import position, same_position
from newsextract.extractors.officials.roles import (
    INTRODUCER_REACH,
    LIST_GAP,
    SUBJECT_REACH,
    Cue,
    RoleReader,
    WordSpan,
    filler_words,
    find_cues,
)
from newsextract.extractors.officials.lexicon import WORD_CHARACTER, words
from newsextract.extractors.officials.text import ArticleText, bmp_word_split_re
from newsextract.extractors.officials.titles import assign_titles, find_titles

CORPORA = Path(__file__).resolve().parents[1] / "newsextract" / "corpora"


def _names(art: ArticleText, spans) -> list[str]:
    return [art.text[s.start:s.end] for s in spans]


# ------------------------------------------------------------------ text
def test_sentences_and_clauses_are_numbered() -> None:
    art = ArticleText("Ông A đến; bà B trở lại. Hôm nay (thứ hai) mưa.", "vi")
    by_word = {w.text: (w.sentence, w.clause) for w in art.words}
    assert by_word["Ông"] == (0, 0)
    assert by_word["bà"] == (0, 1)          # a semicolon opens a clause
    assert by_word["Hôm"] == (1, 2)         # a full stop opens a sentence and a clause
    assert by_word["thứ"] == (1, 3)         # so does a bracket
    assert art.sentence_words(1) == (7, len(art.words))
    # a full stop after a short word is an abbreviation's ("TP. Huế"), not a sentence end
    assert ArticleText("Về TP. Huế", "vi").words[2].sentence == 0


@pytest.mark.parametrize("lang", ["ar", "el", "vi"])
def test_phrase_lengths_of_the_whole_article_agree_with_matching_one_word(lang: str) -> None:
    text = next(p for p in sorted(CORPORA.glob("*/texts/*.txt")) if f"{lang}_" in p.name).read_text(encoding="utf-8")
    art = ArticleText(text, lang)
    lex = art.lex
    for phrases in (lex.honorifics, lex.heads, lex.cues, lex.title_stops, lex.conjunctions, lex.any_part):
        assert art.at(phrases) == [phrases.match(art.stems, i)[0] for i in range(len(art.words))]


@pytest.mark.parametrize(("lang", "text", "syllables"), [
    ("vi", "gặp Nguyễn Văn Hùng và UBND tỉnh", {"Nguyễn", "Văn", "Hùng"}),   # an acronym is no syllable
    ("ar", "وقال الرفيق نغوين فان هونغ", {"نغوين", "فان", "هونغ"}),
    ("el", "Ο κ. Νγκουγιέν Βαν Χουνγκ είπε", {"Νγκουγιέν", "Βαν", "Χουνγκ"}),
])
def test_name_syllables_are_marked(lang: str, text: str, syllables: set[str]) -> None:
    art = ArticleText(text, lang)
    assert {w.text for w in art.words if w.syllable} == syllables


# ------------------------------------------------------------------ names
@pytest.mark.parametrize(("lang", "text", "names"), [
    ("vi", "Dự hội nghị có đồng chí Lê Văn Hùng, Phó Chủ tịch UBND tỉnh.", ["Lê Văn Hùng"]),
    # a run after a place word is a place
    ("vi", "Đoàn đã đến thành phố Buôn Ma Thuột hôm qua.", []),
    ("ar", "وحضر الرفيق فام فان لونغ، أمين لجنة الحزب.", ["فام فان لونغ"]),
    ("el", "Παρευρέθηκε ο κ. Λε Βαν Χουνγκ, Αντιπρόεδρος της Λαϊκής Επιτροπής.", ["Λε Βαν Χουνγκ"]),
])
def test_names_are_found_with_evidence(lang: str, text: str, names: list[str]) -> None:
    art = ArticleText(text, lang)
    assert _names(art, find_mentions(art)) == names
    assert [text[s:e] for s, e in person_spans(text, lang)] == names


def test_extra_spans_are_names_whatever_the_context() -> None:
    text = "Hôm nay Mai Anh Tuấn đến."
    art = ArticleText(text, "vi")
    start = text.index("Mai")
    found = find_mentions(art, [(start, start + len("Mai Anh Tuấn"))])
    assert _names(art, found) == ["Mai Anh Tuấn"]


# ------------------------------------------------------------------ titles
def test_a_title_goes_to_the_name_it_follows() -> None:
    text = "Ông Trần Văn Lâm, Chủ tịch UBND tỉnh, và bà Hà Thị Nguyệt, Giám đốc Sở Tài chính, dự họp."
    art = ArticleText(text, "vi")
    mentions = find_mentions(art)
    titles = find_titles(art, mentions)
    orphans = assign_titles(art, mentions, titles)
    assert orphans == []
    assert {art.text[m.start:m.end]: [text[s:e] for s, e in m.titles] for m in mentions} == {
        "Trần Văn Lâm": ["Chủ tịch UBND tỉnh"], "Hà Thị Nguyệt": ["Giám đốc Sở Tài chính"]}


def test_a_plural_title_before_a_colon_is_the_groups() -> None:
    text = "Dự có các Ủy viên Ban Thường vụ Tỉnh ủy: Vi Văn Sơn; Lò Thị Mai."
    art = ArticleText(text, "vi")
    mentions = find_mentions(art)
    assign_titles(art, mentions, find_titles(art, mentions))
    assert [[text[s:e] for s, e in m.group_titles] for m in mentions] == [["các Ủy viên Ban Thường vụ Tỉnh ủy"]] * 2
    assert all(not m.titles for m in mentions)


def test_a_title_in_a_clause_without_a_name_is_left_for_coreference() -> None:
    text = "Ông Trần Văn Lâm, Phó Bí thư Thường trực Tỉnh ủy, dự họp. Phó Bí thư Thường trực Tỉnh ủy nhấn mạnh."
    art = ArticleText(text, "vi")
    mentions = find_mentions(art)
    orphans = assign_titles(art, mentions, find_titles(art, mentions))
    assert [text[t.start:t.end] for t in orphans] == ["Phó Bí thư Thường trực Tỉnh ủy"]
    assert orphans[0].sentence == 1


# ------------------------------------------------------------------ roles
def test_cues_are_read_outside_names_and_titles() -> None:
    text = "Ông Trần Văn Lâm chủ trì hội nghị. Bà Hà Thị Nguyệt phát biểu."
    art = ArticleText(text, "vi")
    cues = find_cues(art, [])
    assert [(art.words[c.word].text, c.sentence, c.roles) for c in cues] == [
        ("chủ", 0, ("chaired",)), ("phát", 1, ("spoke",))]
    assert [c.length for c in cues] == [2, 2]


def test_titles_and_honorifics_are_filler() -> None:
    art = ArticleText("Ông Trần Văn Lâm, Chủ tịch UBND tỉnh, dự họp.", "vi")
    filler = filler_words(art, [(4, 8)])
    assert [w.text for w, f in zip(art.words, filler) if f] == ["Ông", "Chủ", "tịch", "UBND", "tỉnh"]


@pytest.mark.parametrize(("cues", "mentions", "asked", "roles"), [
    # the nearest cue of the sentence
    ([Cue(0, 1, 0, ("attended",)), Cue(5, 1, 0, ("spoke",))], [WordSpan(2, 5, 0)], (2, 5, 0), ("spoke",)),
    # at equal distance the cue before wins
    ([Cue(0, 1, 0, ("attended",)), Cue(6, 1, 0, ("spoke",))], [WordSpan(2, 5, 0)], (2, 5, 0), ("attended",)),
    # another person between sets a cue far apart
    ([Cue(0, 1, 0, ("chaired",)), Cue(9, 1, 0, ("spoke",))], [WordSpan(2, 4, 0), WordSpan(5, 8, 0)], (2, 4, 0),
     ("chaired",)),
    # a cue of another sentence gives nothing
    ([Cue(0, 1, 1, ("spoke",))], [WordSpan(2, 4, 0)], (2, 4, 0), ()),
    # a chair cue reaches past a person along a list right after it ("ترأس A، و B") ...
    ([Cue(0, 1, 0, ("chaired",))], [WordSpan(1, 3, 0), WordSpan(4, 6, 0)], (4, 6, 0), ("chaired",)),
    # ... not past a clause of its own ("ترأس A الاجتماع ... ومهنئا B")
    ([Cue(0, 1, 0, ("chaired",))], [WordSpan(1, 3, 0), WordSpan(7, 9, 0)], (7, 9, 0), ()),
    # an attendance cue reaches every person of its sentence
    ([Cue(0, 1, 0, ("attended",))], [WordSpan(1, 3, 0), WordSpan(7, 9, 0)], (7, 9, 0), ("attended",)),
])
def test_role_of_the_nearest_cue(cues: list[Cue], mentions: list[WordSpan], asked: tuple[int, int, int],
                                 roles: tuple[str, ...]) -> None:
    reader = RoleReader(cues, mentions, [False] * 12)
    assert reader.role_for(*asked) == roles


def test_a_cue_before_a_person_introduces_them_and_a_verb_after_one_is_theirs() -> None:
    mentions = [WordSpan(0, 3, 0), WordSpan(6, 9, 0)]
    introducer, verb = Cue(4, 1, 0, ("attended",)), Cue(10, 1, 0, ("spoke",))
    reader = RoleReader([introducer, verb], mentions, [False] * 12)
    assert reader.owner(introducer) == 1    # "A، وبحضور B": the cue is B's
    assert reader.owner(verb) == 1          # "B ... cam kết": B is the subject


def _reference_role(first: int, last: int, sentence: int, cues: list[Cue], mentions: list[WordSpan],
                    filler: list[bool]) -> tuple[str, ...]:
    """The rule as written: every cue of the sentence against every other mention."""
    def between(lo: int, hi: int) -> int:
        return sum(1 for k in range(lo, hi) if not filler[k])

    others = [(m.first, m.last) for m in mentions if (m.first, m.last) != (first, last)]
    sentences = {m.first: m.sentence for m in mentions}

    def sentence_of(word: int) -> int:
        return sentences[word]

    best = None
    for cue in cues:
        idx = cue.word
        if cue.sentence != sentence:
            continue
        if idx < first:
            dist, lo, hi = first - idx, idx, first
        else:
            dist, lo, hi = idx - last + 1, last, idx
        if any(lo <= o < hi for o, _ in others):
            dist += 100
            if idx < first and "attended" not in cue.roles:
                # a chair or speaker cue reaches past a person only along a list right after it
                chain = sorted([(o, e) for o, e in others if idx < o < first and sentence_of(o) == sentence]
                               + [(first, last)])
                if any(between(a_end, b_start) > LIST_GAP for (_, a_end), (b_start, _) in zip(chain, chain[1:])):
                    continue
        if idx >= last and any(o > idx and between(idx + cue.length, o) <= INTRODUCER_REACH for o, _ in others):
            dist += 100
        dist -= sum(1 for k in range(lo + 1 if idx < first else lo, hi) if filler[k])
        key = (dist, idx > first)
        if best is None or key < best[0]:
            best = (key, cue.roles)
    return best[1] if best else ()


def _reference_owner(cue: Cue, cues: list[Cue], mentions: list[WordSpan], filler: list[bool]) -> int | None:
    def between(lo: int, hi: int) -> int:
        return sum(1 for k in range(lo, hi) if not filler[k])

    after = [k for k, m in enumerate(mentions) if m.sentence == cue.sentence and m.first > cue.word]
    introduced = None
    if after:
        k = min(after, key=lambda k: mentions[k].first)
        introduced = k if between(cue.word + cue.length, mentions[k].first) <= INTRODUCER_REACH else None
    before = [k for k, m in enumerate(mentions) if m.sentence == cue.sentence and m.last <= cue.word]
    subject = None
    if before and introduced is None:
        k = max(before, key=lambda k: mentions[k].last)
        m = mentions[k]
        speech = any(m.first - 3 <= c.word < cue.word and "spoke" in c.roles for c in cues
                     if c.sentence == cue.sentence and not (m.first <= c.word < m.last))
        if not speech and between(m.last, cue.word) <= SUBJECT_REACH:
            subject = k
    return subject if subject is not None else introduced


@pytest.mark.parametrize("seed", range(40))
def test_role_reader_agrees_with_the_rule_as_written(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(20, 80)
    filler = [rng.random() < 0.3 for _ in range(n)]
    sentence_of = []
    sentence = 0
    for _ in range(n):
        sentence += rng.random() < 0.08
        sentence_of.append(sentence)
    mentions, cues, k = [], [], 0
    while k < n:
        draw = rng.random()
        if draw < 0.15 and k + 2 <= n and sentence_of[k] == sentence_of[k + 1]:
            length = rng.choice((2, 3)) if k + 3 <= n and sentence_of[k] == sentence_of[k + 2] else 2
            mentions.append(WordSpan(k, k + length, sentence_of[k]))
            k += length
        elif draw < 0.3:
            roles = rng.choice((("attended",), ("spoke",), ("chaired",), ("attended", "spoke")))
            cues.append(Cue(k, 1 + (rng.random() < 0.2 and k + 1 < n), sentence_of[k], roles))
            k += cues[-1].length
        else:
            k += 1
    reader = RoleReader(cues, mentions, filler)
    for m in mentions:
        assert reader.role_for(m.first, m.last, m.sentence) == \
            _reference_role(m.first, m.last, m.sentence, cues, mentions, filler)
    for word in range(n):   # a one-word mention outside the names ("ông Thắng")
        assert reader.role_for(word, word + 1, sentence_of[word]) == \
            _reference_role(word, word + 1, sentence_of[word], cues, mentions + [WordSpan(-9, -8, -1)], filler)
    for cue in cues:
        assert reader.owner(cue) == _reference_owner(cue, cues, mentions, filler)


# ------------------------------------------------------------------ persons
def _persons(text: str, lang: str) -> dict[str, dict]:
    art = ArticleText(text, lang)
    mentions = find_mentions(art)
    titles = find_titles(art, mentions)
    orphans = assign_titles(art, mentions, titles)
    reader = RoleReader(find_cues(art, []), [WordSpan(m.first, m.last, m.sentence) for m in mentions],
                        filler_words(art, [(t.first, t.last) for t in titles]))
    for m in mentions:
        m.roles.update(reader.role_for(m.first, m.last, m.sentence))
    return {p["name"]: p for p in find_persons(art, mentions, orphans, reader)}


def test_one_person_per_name_with_every_mention() -> None:
    persons = _persons("Ông Trần Văn Lâm dự họp. Ông Trần Văn Lâm phát biểu. Sau đó ông Lâm kết luận.", "vi")
    assert list(persons) == ["Trần Văn Lâm"]
    assert persons["Trần Văn Lâm"]["mentions"] == 3      # the honorific and the given name too
    assert persons["Trần Văn Lâm"]["roles"] == ["attended", "spoke"]


def test_a_title_without_a_name_is_the_earlier_holder() -> None:
    persons = _persons("Ông Trần Văn Lâm, Phó Bí thư Thường trực Tỉnh ủy, dự họp. "
                       "Phó Bí thư Thường trực Tỉnh ủy phát biểu.", "vi")
    assert persons["Trần Văn Lâm"]["mentions"] == 2
    assert "spoke" in persons["Trần Văn Lâm"]["roles"]


def test_two_spellings_of_one_name_are_one_person() -> None:
    persons = _persons("Ο κ. Λαμ Φουόκ Θαν (Lâm Phước Thanh) μίλησε.", "el")
    assert len(persons) == 1
    assert next(iter(persons.values()))["romanized"] == "Lam Phuoc Thanh"


# ------------------------------------------------------------------ positions
@pytest.mark.parametrize(("lang", "title", "expected"), [
    ("vi", "Phó Bí thư Thường trực Tỉnh ủy", "secretary|standing deputy|party committee|provincial"),
    ("vi", "Chủ tịch UBND tỉnh", "chairman||people's committee|provincial"),
])
def test_positions_are_normalised(lang: str, title: str, expected: str) -> None:
    assert position(title, load_lexicon(lang)) == expected


@pytest.mark.parametrize(("a", "b", "same"), [
    ("secretary|deputy|party committee|provincial", "secretary|deputy||provincial", True),
    ("secretary|deputy|party committee|provincial", "secretary|deputy|party committee|district", False),
    ("secretary|deputy||", "secretary|standing deputy||", False),
    ("|deputy||", "|deputy||", False),   # no role: no position to be the same
])
def test_same_position(a: str, b: str, same: bool) -> None:
    assert same_position(a, b) is same


# ------------------------------------------------------------------ structure
def test_the_ner_backends_use_only_public_names_of_the_officials_stages() -> None:
    """models/ner.py reads names through the names stage, never the extractor or a private name."""
    import ast

    import newsextract.models.ner as ner

    tree = ast.parse(Path(ner.__file__).read_text(encoding="utf-8"))
    imported = [(node.module or "", alias.name) for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                for alias in node.names]
    from_officials = [(module, name) for module, name in imported if "officials" in module]
    assert from_officials == [("extractors.officials.mentions", "person_spans")]
    text = "Ông Trần Văn Lâm dự họp."
    assert ner.LexiconNER().person_spans(text, "vi") == person_spans(text, "vi") == [(4, 16)]


# ------------------------------------------------------------------ words
def test_listed_word_characters_are_the_word_characters_of_the_basic_plane() -> None:
    """The ranges the article is split by (texts without characters past U+FFFF) hold exactly the
    characters WORD_CHARACTER matches: every code point of the plane is tried."""
    listed = re.compile(bmp_word_split_re().pattern[1:].split("]")[0] + "]")
    plain = re.compile(WORD_CHARACTER)
    assert [c for c in range(0x10000) if bool(listed.fullmatch(chr(c))) != bool(plain.fullmatch(chr(c)))] == []


@pytest.mark.parametrize(("lang", "text"), [
    ("vi", "Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, dự hội nghị."),
    ("ar", "وحضر الرفيق لي فان هونغ، نائبُ رئيس اللجنة الشعبية."),
    ("el", "Ο κ. Λε Βαν Χουνγκ, Αντιπρόεδρος της Επιτροπής, μίλησε."),
    ("el", "Ο κ. Λε Βαν Χουνγκ 𝐀𝐁 μίλησε 😀 σήμερα."),   # letters and a sign past U+FFFF
    ("vi", "Ông Trần Văn Lâm (phải) trao quà cho H'Lan và Y'Moan."),   # apostrophes: the other split
])
def test_article_words_are_the_words_of_the_text(lang: str, text: str) -> None:
    art = ArticleText(text, lang)
    assert [(s, e, w) for s, e, w in zip(art.starts, art.ends, art.texts)] == words(text)
    assert "".join(g + w for g, w in zip(art.gaps, art.texts)) + text[art.ends[-1]:] == text
