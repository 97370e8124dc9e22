"""``ner.underthesea.v1``: offsets of the tagger's words, and the evidence that confirms a span.

The confirmation rules are tested with a stand-in tagger (a function with underthesea's output
shape: ``(word, pos, chunk, ner_tag)`` tuples), so they are exercised whether or not the
package is installed; one test runs the real CRF model shipped in underthesea's wheel."""
from __future__ import annotations

import pytest

from newsextract.models import ner
from newsextract.models.underthesea_ner import UnderTheSeaNER, name_evidence

from conftest import needs


def tagger_from(tags: dict[str, str]):
    """A stand-in tagger: words split on spaces, except the multi-syllable keys of ``tags``,
    each tagged as given (other words ``O``)."""
    def tag(sentence: str) -> list[tuple[str, str, str, str]]:
        out: list[tuple[str, str, str, str]] = []
        rest = sentence
        while rest.strip():
            rest = rest.lstrip()
            for phrase, label in sorted(tags.items(), key=lambda kv: -len(kv[0])):
                if rest.startswith(phrase):
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
    ("Tay vợt Roger Federer thắng trận mở màn.", {"Roger Federer": "B-PER"}, ["Roger Federer"]),
    # a reporting verb after the span
    ("Katie Meade cho biết cô sẽ tham gia.", {"Katie Meade": "B-PER"}, ["Katie Meade"]),
    # Vietnamese name syllables, no cue needed
    ("Hôm qua Trần Thị Mai về thăm quê.", {"Trần Thị Mai": "B-PER"}, ["Trần Thị Mai"]),
    # a company before a reporting verb: not a person
    ("Công ty Becamex khẳng định sẽ hoàn thành.", {"Becamex": "B-PER"}, []),
    # a title run into the span is taken off its left edge
    ("Hôm qua Chủ tịch Trần Văn Nam phát biểu.", {"Chủ tịch Trần Văn Nam": "B-PER"}, ["Trần Văn Nam"]),
    # a place word inside the span
    ("Đoàn đã đến Tỉnh Gia Lai hôm qua.", {"Tỉnh Gia Lai": "B-PER"}, []),
    # a product name with no evidence
    ("Mẫu Galaxy Note được bán từ tháng Chín.", {"Galaxy Note": "B-PER"}, []),
    # digits and capitals are not names
    ("Dòng Xperia XZ1 được bán từ tháng Chín.", {"Xperia XZ1": "B-PER"}, []),
    # a repeat of a name confirmed elsewhere in the text is kept
    ("Ông Ray Dalio nói vậy. Sau đó Dalio rời đi.", {"Ray Dalio": "B-PER", "Dalio": "B-PER"},
     ["Ray Dalio", "Dalio"]),
    # a lower-case span is never a name
    ("Theo ông hùng thì kế hoạch đã xong.", {"hùng": "B-PER"}, []),
]


@pytest.mark.parametrize("text, tags, names", CASES)
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


def test_real_model_finds_a_name_the_lexicon_does_not_know() -> None:
    needs("underthesea")
    backend = ner.get_backend("ner.underthesea.v1")
    text = "Tay vợt Roger Federer cho biết anh sẽ tham dự giải năm nay."
    assert ner.get_backend("ner.lexicon.v1").person_spans(text, "vi") == []
    assert [text[s:e] for s, e in backend.person_spans(text, "vi")] == ["Roger Federer"]
