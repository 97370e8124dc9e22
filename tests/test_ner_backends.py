"""NER backends: the registry, the default lexicon backend, and a local transformers model."""
from __future__ import annotations

import pytest

from newsextract.extractors.officials.extractor import find_officials
from newsextract.models import ner


def test_registry_has_versioned_names() -> None:
    assert {"ner.lexicon.v1", "ner.transformers.v1"} <= set(ner.REGISTRY)
    with pytest.raises(KeyError, match="unknown NER backend"):
        ner.get_backend("ner.nothing.v0")


def test_default_backend_is_the_lexicon(monkeypatch) -> None:
    monkeypatch.delenv("NEWSEXTRACT_NER_BACKEND", raising=False)
    assert ner.default_backend().name == "ner.lexicon.v1"


@pytest.mark.parametrize("lang, text, names", [
    ("ar", "ترأس الاجتماع الرفيق ماي فان نام، رئيس مجلس الشعب الإقليمي.", ["ماي فان نام"]),
    ("el", "Παρευρέθηκε ο σύντροφος Ντιν Βαν Χόα, Γραμματέας της Επιτροπής του Κόμματος.", ["Ντιν Βαν Χόα"]),
    ("vi", "Đồng chí Phạm Văn Hậu, Chủ tịch HĐND tỉnh chủ trì hội nghị.", ["Phạm Văn Hậu"]),
])
def test_lexicon_backend_spans(lang: str, text: str, names: list[str]) -> None:
    spans = ner.get_backend("ner.lexicon.v1").person_spans(text, lang)
    assert [text[s:e] for s, e in spans] == names


def test_transformers_backend_needs_a_local_folder(tmp_path) -> None:
    with pytest.raises(FileNotFoundError, match="never downloaded"):
        ner.get_backend("ner.transformers.v1", model_dir=tmp_path / "missing")


# ---------------------------------------------------------------- transformers, tiny model
PERSON_WORDS = ["جون", "سميث", "Γιάννης", "Παπαδόπουλος", "أنطونيو", "غوتيريش"]
OTHER_WORDS = ["قال", "إن", "الأمين", "العام", "δήλωσε", "ότι", "ο", "Πρόεδρος", "زار", "هانوي", "και"]


@pytest.fixture(scope="module")
def tiny_model_dir(tmp_path_factory):
    """A word-level tokenizer and a 0-layer BERT whose embeddings mark person words.

    Person words get an embedding pointing at the ``I-PER`` class, other words at ``O``,
    so the model's output is known in advance and the test checks the backend's offsets.
    """
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    pytest.importorskip("tokenizers")
    from tokenizers import Tokenizer, models, pre_tokenizers

    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    vocab = {w: i for i, w in enumerate(specials + PERSON_WORDS + OTHER_WORDS)}
    tok = Tokenizer(models.WordLevel(vocab=vocab, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Sequence([pre_tokenizers.Whitespace()])
    from tokenizers.processors import TemplateProcessing
    tok.post_processor = TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])])
    fast = transformers.PreTrainedTokenizerFast(
        tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]",
        sep_token="[SEP]", mask_token="[MASK]")
    config = transformers.BertConfig(
        vocab_size=len(vocab), hidden_size=4, num_hidden_layers=0, num_attention_heads=1,
        intermediate_size=4, max_position_embeddings=64, num_labels=2,
        id2label={0: "O", 1: "I-PER"}, label2id={"O": 0, "I-PER": 1},
        hidden_dropout_prob=0.0, attention_probs_dropout_prob=0.0)
    model = transformers.BertForTokenClassification(config)
    with torch.no_grad():
        emb = model.bert.embeddings
        emb.position_embeddings.weight.zero_()
        emb.token_type_embeddings.weight.zero_()
        emb.word_embeddings.weight.copy_(torch.tensor([[-1.0, 1.0, -1.0, 1.0]] * len(vocab)))
        for w in PERSON_WORDS:
            emb.word_embeddings.weight[vocab[w]] = torch.tensor([1.0, -1.0, 1.0, -1.0])
        model.classifier.weight.copy_(torch.tensor([[0.0, 1.0, 0.0, 0.0], [1.0, 0.0, 0.0, 0.0]]))
        model.classifier.bias.zero_()
    out = tmp_path_factory.mktemp("tiny-ner")
    model.save_pretrained(out)
    fast.save_pretrained(out)
    return out


@pytest.mark.parametrize("text, names", [
    ("قال الأمين العام أنطونيو غوتيريش إن", ["أنطونيو غوتيريش"]),
    ("زار جون سميث هانوي", ["جون سميث"]),
    ("ο Πρόεδρος Γιάννης Παπαδόπουλος δήλωσε ότι", ["Γιάννης Παπαδόπουλος"]),
    ("ο Γιάννης και ο Παπαδόπουλος", ["Γιάννης", "Παπαδόπουλος"]),
    ("δήλωσε ότι", []),
])
def test_transformers_backend_offsets(tiny_model_dir, text: str, names: list[str]) -> None:
    backend = ner.get_backend("ner.transformers.v1", model_dir=tiny_model_dir)
    spans = backend.person_spans(text, "ar")
    assert [text[s:e] for s, e in spans] == names


def test_transformers_spans_become_officials(tiny_model_dir) -> None:
    backend = ner.get_backend("ner.transformers.v1", model_dir=tiny_model_dir)
    text = "قال الأمين العام أنطونيو غوتيريش إن"
    records = find_officials(text, "ar", backend.person_spans(text, "ar"))
    assert [r["name"] for r in records] == ["أنطونيو غوتيريش"]
    assert records[0]["roles"] == ["spoke"]
    assert text[records[0]["char_start"]:records[0]["char_end"]] == records[0]["name"]
