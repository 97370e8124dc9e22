"""Cleaning: normal form, and page furniture moved out of the text into metadata.

News-site dumps end with furniture: a byline ("ماي لان - ترونج جيانج"), a source line
("مصدر", "Πηγή: <url>", "Nguồn"), comment counters ("تعليق (0)"), related links, sharing
buttons, hotlines, copyright lines and ad placeholders ("[διαφήμιση_2]"). They are taken out of
the text (the byline becomes ``authors``, a source URL becomes ``url``) so that extractors never
see them; every offset in every table points into the cleaned text this module returns.

A line is furniture only as a whole: a furniture word alone, or followed by one of a few shapes
(a counter "(0)", platform names, a phone number, a URL, a colon and a short title that reads as no
sentence). A line that merely starts with such a word ("شارك في الاجتماع 45 مندوبا.", "Chia sẻ
với báo chí, ông ...") is a sentence of the article and stays. The words are data:
``newsextract/pipeline/resources/<iso>/furniture.yaml``.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from ..resources import SUPPORTED_LANGUAGES, load_yaml
from ..textnorm import phrase_alternation

URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'«»]+", re.IGNORECASE)
BARE_DOMAIN = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/\S*)?$", re.IGNORECASE)
_PHONE = r"\+?\(?\d[\d .\-()]{5,}\d\)?"
PHONE_NUMBERS = re.compile(rf"^{_PHONE}(?:\s*[,;/–-]\s*{_PHONE})*$")
MAX_ATTRIBUTION_CHARS = 60
MAX_ATTRIBUTION_NAME_WORDS = 6
MAX_SOURCE_NAME_CHARS = 80
MAX_TITLE_WORDS = 12
MIN_SENTENCE_WORDS = 3
_FINAL_MARKS = ".!?…؟"
_NAME_BREAKS = set(".,;:!?…؟،؛\"«»“”")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]")
_BYLINE_SPLIT = re.compile(r"\s+[-–—/]\s+|\s*[,،;؛]\s*")
_SENTENCE_MARKS = set(".!?…:؟«»\"“”()[]{}")
_NO_LETTER_AFTER = r"(?![^\W\d_])"  # a furniture word ends where no letter follows ("Nguồn:", not "Nguồnvốn")
_COLON = r"[:：]"
_COUNTER = re.compile(r"^(?:\(\s*\d+\s*\)|\d+)$")  # "(0)", or a bare count ("Bình luận: 3")
_LEADING_COLON = re.compile(r"^[:：]\s*")
_DECORATION = re.compile(r"^[\s:：|»›>→\-–—]*$")
_YEARS = re.compile(r"^(?:(?:©|\([cC]\)|\d{4}(?:\s*[-–]\s*\d{4})?)\s*)+")
MAX_BYLINE_CHARS = 100
MAX_BYLINE_NAME_WORDS = 4

FURNITURE_KEYS = ("source_words", "comment_words", "ad_words", "byline_labels", "label_words", "platform_names",
                  "platform_links", "hotline_words", "copyright_words", "copyright_links", "attribution_prefixes",
                  "newspaper_words", "byline_prefixes")


@dataclass
class Cleaned:
    """Cleaned text plus what was taken out of it."""

    text: str
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Furniture:
    source: re.Pattern[str]
    comment: re.Pattern[str]
    ad: re.Pattern[str]
    byline_label: re.Pattern[str]
    byline_prefix: re.Pattern[str]
    label: re.Pattern[str]
    platforms: re.Pattern[str]
    hotline: re.Pattern[str]
    copyright: re.Pattern[str]
    copyright_link: re.Pattern[str]
    attribution: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def furniture_words() -> dict[str, frozenset[str]]:
    """Every furniture word list, united over the supported languages: cleaning runs before language ID."""
    words: dict[str, set[str]] = {key: set() for key in FURNITURE_KEYS}
    for lang in SUPPORTED_LANGUAGES:
        data = load_yaml("pipeline", lang, "furniture.yaml")
        for key in words:
            words[key].update(w.strip() for w in data.get(key) or [] if w and w.strip())
    return {key: frozenset(values) for key, values in words.items()}


@functools.lru_cache(maxsize=1)
def _furniture() -> _Furniture:
    words = furniture_words()

    def alternation(key: str) -> str:
        return phrase_alternation(words[key], sep=r"\s+")

    def starts_with(key: str) -> str:
        return rf"^(?:{alternation(key)}){_NO_LETTER_AFTER}\s*(?P<rest>.*)$"

    platform = alternation("platform_names") + _NO_LETTER_AFTER
    return _Furniture(
        source=re.compile(rf"^(?:{alternation('source_words')}){_NO_LETTER_AFTER}"
                          rf"\s*(?P<colon>{_COLON})?\s*(?P<rest>.*)$", re.IGNORECASE),
        comment=re.compile(starts_with("comment_words"), re.IGNORECASE),
        ad=re.compile(rf"^\[\s*(?:{alternation('ad_words')})[\s_]*\d*\s*\]$", re.IGNORECASE),
        byline_label=re.compile(rf"^(?:{alternation('byline_labels')})\s*{_COLON}\s*", re.IGNORECASE),
        byline_prefix=re.compile(rf"^(?:{alternation('byline_prefixes')}){_NO_LETTER_AFTER}\s+(?P<rest>\S.*)$"),
        label=re.compile(starts_with("label_words"), re.IGNORECASE),
        platforms=re.compile(rf"^{_COLON}?\s*(?:(?:{alternation('platform_links')})\s+)?{platform}"
                             rf"(?:\s*[,|/·•\-–]?\s*{platform})*$", re.IGNORECASE),
        hotline=re.compile(starts_with("hotline_words"), re.IGNORECASE),
        copyright=re.compile(starts_with("copyright_words"), re.IGNORECASE),
        copyright_link=re.compile(rf"^(?:{alternation('copyright_links')}){_NO_LETTER_AFTER}\s*", re.IGNORECASE),
        attribution=re.compile(rf"^(?:(?P<prefix>{alternation('attribution_prefixes')})|"
                               rf"(?P<paper>{alternation('newspaper_words')})){_NO_LETTER_AFTER}\s*(?P<rest>.*)$",
                               re.IGNORECASE),
    )


def reads_as_sentence(text: str) -> bool:
    """True when ``text`` says something: several words closed by a full stop, figures among words,
    or more words than a title. A furniture word is followed by nothing, a counter, a name or a short
    title; whatever reads as a sentence after it makes the line part of the article."""
    text = text.strip()
    if not text:
        return False
    words = text.split()
    if len(words) >= MIN_SENTENCE_WORDS and text[-1] in _FINAL_MARKS:
        return True
    letter_words = [w for w in words if any(ch.isalpha() for ch in w)]
    if any(ch.isdigit() for ch in text) and len(letter_words) >= 2:
        return True
    return len(words) > MAX_TITLE_WORDS


def _is_short_name(name: str, max_words: int) -> bool:
    """A name (newspaper, agency, author): a few words, no figures, no punctuation, capitalised where
    the script has case ("Báo Kiên Giang", not "báo cáo của Sở")."""
    words = name.split()
    if not words or len(words) > max_words or any(ch.isdigit() or ch in _NAME_BREAKS for ch in name):
        return False
    first = words[0][:1]
    return not (first.isalpha() and first.lower() != first.upper() and not first.isupper())


def _label_tail_is_furniture(rest: str, furniture: _Furniture, titled: bool) -> bool:
    """What may follow a label word: nothing, a counter, platform names, or (``titled``) a colon and a
    short title that is no sentence ("Xem thêm: Báo Tuyên Quang")."""
    rest = rest.strip()
    if _DECORATION.match(rest) or _COUNTER.match(rest.lstrip(":：").strip()) or furniture.platforms.match(rest):
        return True
    if titled and rest[:1] in ":：":
        title = rest[1:].strip()
        return bool(title) and not reads_as_sentence(title)
    return False


def _furniture_kind(line: str, furniture: _Furniture) -> str | None:
    """Which kind of trailing furniture the whole ``line`` is (a source, a URL, a comment counter, a
    label, a hotline, a copyright line, a newspaper attribution), or None for a line of the article."""
    if not line:
        return None
    source = furniture.source.match(line)
    if source:
        rest = source.group("rest").strip()
        if (not rest or URL.fullmatch(rest) or BARE_DOMAIN.match(rest)
                or (source.group("colon") and len(rest) < MAX_SOURCE_NAME_CHARS and not reads_as_sentence(rest))):
            return "source"
    if URL.fullmatch(line) or BARE_DOMAIN.match(line):
        return "url"
    comment = furniture.comment.match(line)
    if comment and _label_tail_is_furniture(comment.group("rest"), furniture, titled=False):
        return "comment"
    label = furniture.label.match(line)
    if label and _label_tail_is_furniture(label.group("rest"), furniture, titled=True):
        return "label"
    hotline = furniture.hotline.match(line)
    if hotline and PHONE_NUMBERS.match(_LEADING_COLON.sub("", hotline.group("rest").strip())):
        return "hotline"
    copyright_line = furniture.copyright.match(line)
    if copyright_line and _copyright_tail_is_furniture(copyright_line.group("rest"), furniture):
        return "copyright"
    attribution = furniture.attribution.match(line)
    if attribution and len(line) <= MAX_ATTRIBUTION_CHARS:
        if _is_short_name(attribution.group("rest"), MAX_ATTRIBUTION_NAME_WORDS):
            return "attribution"
    return None


def _copyright_tail_is_furniture(rest: str, furniture: _Furniture) -> bool:
    """After a copyright word: nothing, "©"/years, then optionally a link word and a short name
    ("Bản quyền thuộc Báo Hải Dương", "© 2024 Báo Hải Dương")."""
    rest = rest.strip().lstrip(":：").strip()
    if not rest:
        return True
    years = _YEARS.match(rest)
    link = furniture.copyright_link.match(rest[years.end():] if years else rest)
    if not years and not link:
        return False
    name = rest[years.end():] if years else rest
    name = name[link.end():] if link else name
    return not name.strip() or (_is_short_name(name.rstrip("."), MAX_ATTRIBUTION_NAME_WORDS + 2)
                                and not reads_as_sentence(name))


def normalize_text(text: str) -> str:
    """NFC, Unix newlines, no control characters other than tab and newline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def clean(raw: str) -> Cleaned:
    """Normalise ``raw`` and move its page furniture (source, counters, ads, byline) to metadata."""
    furniture = _furniture()
    result = Cleaned(text="")
    lines = [line.rstrip() for line in normalize_text(raw).split("\n")]
    kept = []
    for line in lines:  # ad placeholders can stand anywhere
        if furniture.ad.match(line.strip()):
            result.furniture.append(line.strip())
        else:
            kept.append(line)
    lines = kept
    _strip_trailing_furniture(lines, result, furniture)
    if lines and _is_byline(lines[-1], lines[:-1], furniture):
        byline = lines.pop().strip()
        result.furniture.append(byline)
        names = furniture.byline_label.sub("", byline)
        result.authors = [_author_name(part) for part in _BYLINE_SPLIT.split(names) if _author_name(part)]
        _strip_trailing_furniture(lines, result, furniture)
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if not result.authors and first is not None and _is_leading_byline(lines[first], furniture):
        byline = lines.pop(first).strip()   # "كتب: X" opening the page
        result.furniture.append(byline)
        names = furniture.byline_label.sub("", byline)
        result.authors = [_author_name(part) for part in _BYLINE_SPLIT.split(names) if _author_name(part)]
    if not result.authors:
        _pop_prefixed_byline(lines, result, furniture)
    result.text = "\n".join(lines).strip()
    return result


# A byline written "By X" without a colon ("Από antwnio") stands on its own line among the first ones
# (after the headline and the date).
LEADING_BYLINE_LINES = 6
MAX_PREFIXED_BYLINE_CHARS = 50


def _pop_prefixed_byline(lines: list[str], result: Cleaned, furniture: _Furniture) -> None:
    """Move a "By X" line near the top (a byline prefix, then one to three name words) to ``authors``.

    Why: the prefix also opens sentences ("Από την Αθήνα ..."); only a short line whose words are all
    names (capitalised, or a site's lower-case Latin user name) is a byline."""
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > LEADING_BYLINE_LINES:
            return
        m = furniture.byline_prefix.match(line.strip())
        if m is None or len(line.strip()) > MAX_PREFIXED_BYLINE_CHARS:
            continue
        words = m.group("rest").split()
        if 1 <= len(words) <= 3 and all(_name_word(w) for w in words):
            result.furniture.append(lines.pop(i).strip())
            result.authors = [" ".join(words)]
            return


def _name_word(word: str) -> bool:
    """A word of a byline name: capitalised in a cased script (any word in a caseless one), or a
    lower-case Latin user name."""
    core = word.rstrip(".")
    if not core.isalpha():
        return False
    if core[:1].isupper() or core[:1].lower() == core[:1].upper() and len(core) >= 2:
        return True
    return core.isascii() and core.islower() and len(core) >= 3


def _strip_trailing_furniture(lines: list[str], result: Cleaned, furniture: _Furniture) -> None:
    while lines:
        line = lines[-1].strip()
        if not line:
            lines.pop()
            continue
        kind = _furniture_kind(line, furniture)
        if kind is None:
            return
        result.furniture.append(lines.pop().strip())
        if kind in ("source", "url") and result.url is None:
            url = URL.search(line)
            if url:
                result.url = url.group(0).rstrip(".,;)")


_INITIAL = re.compile(r"(?<!\w)\w\.(?=\s)")  # "N. Lan", "ن. لان": an initial's dot is no sentence mark


def _author_name(part: str) -> str:
    return re.sub(r"\s*\([^)]*\)\s*$", "", part).strip()


def _is_leading_byline(line: str, furniture: _Furniture) -> bool:
    """A first line made of a byline label and 1-4-word names ("كتب: X", "Κείμενο: X και Y").

    Why: some pages open with their byline; only a label says so, as a name alone could be a heading.
    """
    line = line.strip()
    label = furniture.byline_label.match(line)
    if not label:
        return False
    rest = line[label.end():]
    if not rest or len(rest) > MAX_BYLINE_CHARS or any(ch.isdigit() for ch in rest):
        return False
    names = [_author_name(p) for p in _BYLINE_SPLIT.split(rest)]
    return all(names) and all(len(n.split()) <= MAX_BYLINE_NAME_WORDS for n in names) \
        and not any(ch in _SENTENCE_MARKS for name in names for ch in _INITIAL.sub("", name))


def _is_byline(line: str, before: list[str], furniture: _Furniture) -> bool:
    """A short last line of 1-4-word names, with no sentence punctuation, after a finished paragraph
    (or after a byline label such as "Bài, ảnh:")."""
    line = line.strip()
    label = furniture.byline_label.match(line)
    if label:
        line = line[label.end():]
    if not line or len(line) > MAX_BYLINE_CHARS or any(ch.isdigit() for ch in line):
        return False
    names = [_author_name(p) for p in _BYLINE_SPLIT.split(line)]
    if not all(names) or any(len(n.split()) > MAX_BYLINE_NAME_WORDS for n in names):
        return False
    if any(ch in _SENTENCE_MARKS for name in names for ch in _INITIAL.sub("", name)):
        return False
    previous = next((b.strip() for b in reversed(before)
                     if b.strip() and _furniture_kind(b.strip(), furniture) is None), "")
    if not previous:
        return False
    if len(names) >= 2 or label:
        return True
    # A single name: only after a paragraph that ended a sentence, and with capitalised words
    # where the script has case.
    ends_sentence = previous[-1] in ".!?…؟\"»”)"
    words = names[0].split()
    cased = [w for w in words if w[:1].isalpha() and w[:1].lower() != w[:1].upper()]
    if not cased:
        # A script without case (Arabic) cannot show a name by its capitals: a lone word, or a
        # one-letter word without an initial's dot, is more likely a sentence cut off mid-word.
        return ends_sentence and len(words) >= 2 and all(len(w) >= 2 for w in words)
    return ends_sentence and all(w[:1].isupper() for w in cased)
