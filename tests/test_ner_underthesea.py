"""``ner.underthesea.v1``: offsets of the tagger's words, and the evidence that confirms a span.

The confirmation rules are tested with a stand-in tagger (a function with underthesea's output
shape: ``(word, pos, chunk, ner_tag)`` tuples), so they are exercised whether or not the
package is installed; one test runs the real CRF model shipped in underthesea's wheel."""
from __future__ import annotations

from typing import Any

import pytest

from newsextract.models import ner
from newsextract.models.underthesea_ner import UnderTheSeaNER, name_evidence

from conftest import needs


def tagger_from(tags: dict[str, Any]):
    """A stand-in tagger: words split on spaces, except the multi-syllable keys of ``tags``,
    each tagged as given (other words ``O``). A label is a tag ("B-PER"), a (tag, person
    probability) pair (the fifth item the real tagger gives), or a list of either, one per
    occurrence in turn."""
    seen: dict[str, int] = {}

    def tag(sentence: str) -> list[tuple[Any, ...]]:
        out: list[tuple[Any, ...]] = []
        rest = sentence
        while rest.strip():
            rest = rest.lstrip()
            for phrase, label in sorted(tags.items(), key=lambda kv: -len(kv[0])):
                if rest.startswith(phrase):
                    if isinstance(label, list):
                        label = label[seen.get(phrase, 0) % len(label)]
                        seen[phrase] = seen.get(phrase, 0) + 1
                    if isinstance(label, tuple):
                        out.append((phrase, "Np", "B-NP", label[0], label[1]))
                    else:
                        out.append((phrase, "Np", "B-NP", label))
                    rest = rest[len(phrase):]
                    break
            else:
                word, _, rest = rest.partition(" ")
                out.append((word, "N", "B-NP", "O"))
        return out
    return tag


# sentence, tagged span -> label, names kept
CASES = [
    # a form of address before the span
    ("Theo ông Sơn Minh Thắng, kế hoạch đã xong.", {"Sơn Minh Thắng": "B-PER"}, ["Sơn Minh Thắng"]),
    # an occupation before a foreign name
    ("Tay vợt Peter Lindqvist thắng trận mở màn.", {"Peter Lindqvist": "B-PER"}, ["Peter Lindqvist"]),
    # a reporting verb after the span
    ("Laura Moss cho biết cô sẽ tham gia.", {"Laura Moss": "B-PER"}, ["Laura Moss"]),
    # Vietnamese name syllables, no cue needed
    ("Hôm qua Trần Thị Mai về thăm quê.", {"Trần Thị Mai": "B-PER"}, ["Trần Thị Mai"]),
    # a company before a reporting verb: not a person
    ("Công ty Becotel khẳng định sẽ hoàn thành.", {"Becotel": "B-PER"}, []),
    # a title run into the span is taken off its left edge
    ("Hôm qua Chủ tịch Trần Văn Nam phát biểu.", {"Chủ tịch Trần Văn Nam": "B-PER"},
     ["Trần Văn Nam"]),
    # a place word inside the span
    ("Đoàn đã đến Tỉnh Gia Lai hôm qua.", {"Tỉnh Gia Lai": "B-PER"}, []),
    # a product name with no evidence
    ("Mẫu Vega Nova được bán từ tháng Chín.", {"Vega Nova": "B-PER"}, []),
    # digits and capitals are not names
    ("Dòng Vega NX1 được bán từ tháng Chín.", {"Vega NX1": "B-PER"}, []),
    # a repeat of a name confirmed elsewhere in the text is kept
    ("Ông Ray Dunmore nói vậy. Sau đó Dunmore rời đi.", {"Ray Dunmore": "B-PER", "Dunmore": "B-PER"},
     ["Ray Dunmore", "Dunmore"]),
    # a lower-case span is never a name
    ("Theo ông hùng thì kế hoạch đã xong.", {"hùng": "B-PER"}, []),
]


# Spans repaired before they are judged
REPAIRS = [
    # a title run into the left edge is taken off, and announces the name
    ("Đội bóng do HLV Tom Harding dẫn dắt.", {"HLV Tom Harding": "B-PER"}, ["Tom Harding"]),
    # two names joined by "và" in one span are two names (the second confirmed by the verb after it)
    ("Ông Mark Olsen và Peter Lind cho biết sẽ dự họp.", {"Mark Olsen và Peter Lind": "B-PER"},
     ["Mark Olsen", "Peter Lind"]),
    # two names joined by a comma
    ("Các ca sĩ Lê Thu Hà, Trần Minh Khôi sẽ biểu diễn.", {"Lê Thu Hà, Trần Minh Khôi": "B-PER"},
     ["Lê Thu Hà", "Trần Minh Khôi"]),
    # a form of address before a name of two words or more is not part of it
    ("Cụ Đặng Văn Lâm năm nay đã 90 tuổi.", {"Cụ Đặng Văn Lâm": "B-PER"}, ["Đặng Văn Lâm"]),
    # ... but a name of two words that opens with one stays whole
    ("Ca sĩ Anh Thư vừa ra mắt album mới.", {"Anh Thư": "B-PER"}, ["Anh Thư"]),
    # a country run into the left edge of a name
    ("Võ sĩ Thái Lan Somchai Prasert thắng trận.", {"Thái Lan Somchai Prasert": "B-PER"},
     ["Somchai Prasert"]),
]

# The CRF's own confidence (the per-word person probability of the real tagger)
CONFIDENCE_CASES = [
    # a confident two-word span inside a sentence needs no cue
    ("Trận đấu có sự góp mặt của Daniel Brooks ở hiệp hai.", {"Daniel Brooks": ("B-PER", 0.9)},
     ["Daniel Brooks"]),
    # an unsure one does
    ("Trận đấu có sự góp mặt của Daniel Brooks ở hiệp hai.", {"Daniel Brooks": ("B-PER", 0.3)}, []),
    # a capital opening a sentence says nothing: no name without a cue there
    ("Daniel Brooks ghi hai bàn trong hiệp hai.", {"Daniel Brooks": ("B-PER", 0.9)}, []),
    # three words are mostly a team or a firm ("San Diego Padres")
    ("Họ thua trước Golden Bay Rovers ở hiệp hai.", {"Golden Bay Rovers": ("B-PER", 0.9)}, []),
    # a plain tagger without probabilities: no confidence, a cue is needed
    ("Trận đấu có sự góp mặt của Daniel Brooks ở hiệp hai.", {"Daniel Brooks": "B-PER"}, []),
]

# Evidence that a span is not a person's
REFUSALS = [
    # a firm's word inside the span, even before a reporting verb
    ("Đại diện Kim Long Group cho biết lợi nhuận giảm.", {"Kim Long Group": "B-PER"}, []),
    # ... but a word that is also a given name or a surname is not a firm's word
    ("Tay đua Max Keller và HLV Park Min-ho cho biết vậy.", {"Max Keller": "B-PER", "Park Min-ho": "B-PER"},
     ["Max Keller", "Park Min-ho"]),
    # a province's name after a title is a body's, with the body's word run into it or not
    ("Ông Bảo, Bí thư Thành Đoàn Cần Thơ, dự lễ.", {"Thành Đoàn Cần Thơ": "B-PER"}, []),
    ("Đoàn công tác của Tỉnh ủy Hà Nam đã về.", {"Hà Nam": "B-PER"}, []),
    # ... after a form of address it is a person's
    ("Hôm qua ông Hà Nam đã về quê.", {"Hà Nam": "B-PER"}, ["Hà Nam"]),
    # a model number after it: a product
    ("Người dùng chờ đợi Vega Nova 9 từ lâu.", {"Vega Nova": ("B-PER", 0.9)}, []),
    # ... but a score after a player's name is not a model number
    ("Trận đấu có sự góp mặt của Daniel Brooks 6-3 ở hiệp hai.", {"Daniel Brooks": ("B-PER", 0.9)},
     ["Daniel Brooks"]),
    # a place's unit in brackets after it
    ("Đoạn đường tới Ngọc Sơn (huyện Đông Hải) đã xong.", {"Ngọc Sơn": ("B-PER", 0.9)}, []),
    # a country after a title is a country
    ("Tổng thống Nga cho biết sẽ tới thăm.", {"Nga": "B-PER"}, []),
    # ... after a form of address it is a given name
    ("Chị Nga cho biết sẽ về quê ăn Tết.", {"Nga": "B-PER"}, ["Nga"]),
    # the legal form of a firm between its kind and its name
    ("Ông Lê Văn Tâm (Công ty TNHH MTV Minh Phát) nhận giải.", {"Minh Phát": "B-PER"}, []),
    # a technique named after a brand
    ("Tủ lạnh dùng công nghệ Linear Cool hiện đại.", {"Linear Cool": ("B-PER", 0.9)}, []),
]

# What the whole text says of a name
ARTICLE_CASES = [
    # a name written after a firm's word once is a firm's everywhere in the text
    ("Công ty Solanex báo lãi lớn. Tổng giám đốc Solanex cho biết sẽ mở rộng.",
     {"Solanex": "B-PER"}, []),
    # a firm's name written without its "Group" elsewhere in the text is still the firm's
    ("Kim Long Group vừa công bố kết quả. Lãi của Kim Long giảm, Kim Long cho biết.",
     {"Kim Long": "B-PER"}, []),
    # a form the tagger takes more often for a firm's name than a person's is a firm's
    ("Solvia tăng trưởng mạnh. Giám đốc Solvia cho biết vậy. Cổ phiếu Solvia tăng giá.",
     {"Solvia": ["B-ORG", "B-PER", "B-ORG"]}, []),
    # ... but not a name of Vietnamese syllables confirmed at one place (songs are tagged MISC)
    ("Bài hát của Thu Hằng được yêu thích. Khán giả gọi Thu Hằng là họa mi. Thu Hằng nói vậy.",
     {"Thu Hằng": ["B-PER", "B-MISC", "B-MISC"]}, ["Thu Hằng", "Thu Hằng", "Thu Hằng"]),
    # a two-word form tagged as a person three times, never as anything else, is a name
    ("Trận này Kelvin Marsh ghi bàn. Sau đó Kelvin Marsh lại ghi bàn. Phút cuối Kelvin Marsh ghi thêm.",
     {"Kelvin Marsh": "B-PER"}, ["Kelvin Marsh", "Kelvin Marsh", "Kelvin Marsh"]),
    # twice is not enough
    ("Trận này Kelvin Marsh ghi bàn. Sau đó Kelvin Marsh lại ghi bàn.", {"Kelvin Marsh": "B-PER"}, []),
    # a foreign surname alone, untagged, after its full name was confirmed
    ("Tay vợt Nick Harlow thắng dễ. Sau trận, Harlow nghỉ ngơi.", {"Nick Harlow": "B-PER"},
     ["Nick Harlow", "Harlow"]),
    # ... also where a common word opens the sentence before it
    ("Tay vợt Nick Harlow thắng theo cách dễ dàng. Theo Harlow, trận đấu khó.", {"Nick Harlow": "B-PER"},
     ["Nick Harlow", "Harlow"]),
    # two words ending in a confirmed foreign surname, tagged or not
    ("Tay vợt Nick Harlow thắng dễ. Sau đó Tom Harlow và Ann Harlow dự tiệc.", {"Nick Harlow": "B-PER"},
     ["Nick Harlow", "Tom Harlow", "Ann Harlow"]),
    # ... not after a country, nor where the words around refuse it
    ("Tay vợt Nick Harlow thắng dễ. Đội tuyển Mỹ Harlow thua, mẫu Ann Harlow 9 ra mắt.",
     {"Nick Harlow": "B-PER"}, ["Nick Harlow"]),
    # a Vietnamese given name alone is also a common word: not carried over
    ("Ông Trần Văn An phát biểu. Ủy ban An toàn giao thông họp.",
     {"Trần Văn An": "B-PER", "An": "B-PER"}, ["Trần Văn An"]),
]


@pytest.mark.parametrize("text, tags, names", CASES + REPAIRS + CONFIDENCE_CASES + REFUSALS + ARTICLE_CASES)
def test_confirmed_spans(text: str, tags: dict[str, str], names: list[str]) -> None:
    backend = UnderTheSeaNER(tagger=tagger_from(tags))
    spans = backend.person_spans(text, "vi")
    assert [text[s:e] for s, e in spans] == names


def test_other_languages_get_no_spans() -> None:
    backend = UnderTheSeaNER(tagger=tagger_from({"Ντιν": "B-PER"}))
    assert backend.person_spans("Ο Ντιν μίλησε.", "el") == []


def test_words_the_tagger_changed_are_skipped_not_misplaced() -> None:
    def tag(sentence: str):
        return [("Ong", "N", "B-NP", "O"), ("Lò Văn Puông", "Np", "B-NP", "B-PER"), ("nói", "V", "B-VP", "O")]
    text = "Ông Lò Văn Puông nói."   # the tagger returned "Ong" for "Ông": its span is found after it
    spans = UnderTheSeaNER(tagger=tag).person_spans(text, "vi")
    assert all(text[s:e] == "Lò Văn Puông" for s, e in spans)


def test_word_lists_are_data() -> None:
    evidence = name_evidence()
    assert "ông" in evidence.cues_before and "cho biết" in evidence.cues_after
    assert "công ty" in evidence.non_person_before and "chủ tịch" in evidence.not_in_names
    assert "thị" not in evidence.not_in_names   # a middle name, never refused


def test_registered() -> None:
    assert "ner.underthesea.v1" in ner.REGISTRY


def test_real_tagger_gives_person_probabilities() -> None:
    needs("underthesea")
    from newsextract.models.underthesea_ner import _tagger
    rows = _tagger()("Tay vợt Peter Lindqvist cho biết anh sẽ tham dự giải năm nay.")
    assert rows and all(len(r) == 5 and 0.0 <= r[4] <= 1.0 for r in rows)
    assert max(r[4] for r in rows if r[3] in ("B-PER", "I-PER")) > max(r[4] for r in rows if r[3] == "O")


def test_real_model_finds_a_name_the_lexicon_does_not_know() -> None:
    needs("underthesea")
    backend = ner.get_backend("ner.underthesea.v1")
    text = "Tay vợt Peter Lindqvist cho biết anh sẽ tham dự giải năm nay."
    assert ner.get_backend("ner.lexicon.v1").person_spans(text, "vi") == []
    assert [text[s:e] for s, e in backend.person_spans(text, "vi")] == ["Peter Lindqvist"]
