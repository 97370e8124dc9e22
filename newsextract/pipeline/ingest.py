"""Reading article dumps into :class:`Record` objects, one per input article.

Supported inputs: a folder (searched recursively for the formats below), ``.txt`` files
(``article_id`` = file stem), JSONL and JSONL.gz, CSV, Parquet (fields ``id``, ``text`` and
optional ``url``, ``title``, ``published``, ``language``), and ``-`` for JSONL on stdin.

Nothing is lost: an unreadable file, an invalid JSON line, an empty or binary record, or a
record larger than ``max_record_bytes`` still yields a :class:`Record`, with ``status``
``error`` or ``skipped`` and the reason, and reading goes on with the next one.
"""
from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

DEFAULT_MAX_RECORD_BYTES = 5 * 1024 * 1024
FORMATS = ("txt", "jsonl", "csv", "parquet")
_SUFFIXES = {".txt": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv",
             ".parquet": "parquet", ".pq": "parquet"}
# Legacy code pages of the supported languages, tried when a file is not valid UTF-8.
LEGACY_ENCODINGS = ("cp1256", "iso8859_7", "cp1253", "cp1258", "cp1252")
ID_FIELDS = ("id", "article_id", "doc_id")
TEXT_FIELDS = ("text", "content", "body")
META_FIELDS = ("url", "title", "published", "language")


class UsageError(ValueError):
    """Wrong usage (missing input, unknown format): the message says what to do."""


@dataclass
class Record:
    """One input article as read, before cleaning."""

    article_id: str
    source: str
    text: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = None
    encoding: str | None = None
    status: str = "ok"
    error: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def detect_format(path: Path) -> str:
    """Input format from a file name (``.jsonl.gz`` counts as jsonl)."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    fmt = _SUFFIXES.get(suffixes[-1] if suffixes else "")
    if fmt is None:
        raise UsageError(f"cannot tell the format of {path}: use one of .txt, .jsonl, .jsonl.gz, .csv, "
                         f".parquet, or pass --format {{{','.join(FORMATS)}}}")
    return fmt


def iter_records(inputs: Iterable[str | Path], fmt: str | None = None,
                 max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
                 stdin: IO[bytes] | None = None) -> Iterator[Record]:
    """Every article of every input, in input order (folders in sorted path order)."""
    inputs = list(inputs)
    if not inputs:
        raise UsageError("no input given: name one or more files or folders, or '-' for JSONL on stdin")
    if fmt is not None and fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    for item in inputs:
        if str(item) == "-":
            yield from _jsonl_lines(stdin or sys.stdin.buffer, "<stdin>", max_record_bytes)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _is_input_file(p))
            if not files:
                raise UsageError(f"no .txt, .jsonl(.gz), .csv or .parquet files in folder {path}")
            for file in files:
                yield from read_file(file, fmt or detect_format(file), max_record_bytes)
        elif path.is_file():
            yield from read_file(path, fmt or detect_format(path), max_record_bytes)
        else:
            raise UsageError(f"input {path} does not exist: name an existing file or folder")


def _is_input_file(path: Path) -> bool:
    if path.name.startswith("."):
        return False
    try:
        detect_format(path)
    except UsageError:
        return False
    return True


def read_file(path: Path, fmt: str, max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES) -> Iterator[Record]:
    """Records of one file; a file that cannot be read becomes one error record."""
    source = str(path)
    try:
        if fmt == "txt":
            yield _read_txt(path, max_record_bytes)
        elif fmt == "jsonl":
            opener = gzip.open if path.suffix.lower() == ".gz" else open
            with opener(path, "rb") as fh:
                yield from _jsonl_lines(fh, source, max_record_bytes)
        elif fmt == "csv":
            yield from _read_csv(path, max_record_bytes)
        elif fmt == "parquet":
            yield from _read_parquet(path, max_record_bytes)
        else:
            raise UsageError(f"unknown format {fmt!r}")
    except UsageError:
        raise
    except Exception as exc:  # unreadable file: one row says why, the run goes on
        yield Record(article_id=path.stem, source=source, status="error",
                     error=f"cannot read {fmt} file: {type(exc).__name__}: {exc}")


def _read_txt(path: Path, max_record_bytes: int) -> Record:
    size = path.stat().st_size
    if size > max_record_bytes:
        return Record(article_id=path.stem, source=str(path), status="skipped",
                      error=f"file of {size} bytes exceeds the record limit of {max_record_bytes} bytes")
    text, encoding = decode_bytes(path.read_bytes())
    return _checked(Record(article_id=path.stem, source=str(path), text=text, encoding=encoding))


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode bytes of unknown encoding; returns the text and the encoding's name.

    BOMs decide first; then strict UTF-8; then UTF-16 without BOM; then the legacy code
    pages of Arabic, Greek and Vietnamese, chosen by charset-normalizer and checked for
    plausibility (ISO-8859-7 and Windows-1253 differ in a few letters).
    """
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                      (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name), name
    if _looks_like_utf16(data):
        decoded = []
        for name in ("utf-16-le", "utf-16-be"):
            try:
                text = data[: len(data) - len(data) % 2].decode(name)
            except UnicodeDecodeError:
                continue
            decoded.append((_implausibility(text), name, text))
        if decoded:
            _, name, text = min(decoded)
            return text, name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data)


def _looks_like_utf16(data: bytes) -> bool:
    """Many NUL or low control bytes: text in UTF-16 without a BOM (Arabic UTF-16 is ASCII-valid)."""
    sample = data[:4096]
    if len(sample) < 4:
        return False
    low = sum(1 for b in sample if b < 0x09 or 0x0E <= b < 0x20)
    return low > len(sample) // 8


def _decode_legacy(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    candidates: list[str] = []
    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is not None:
        candidates.append(best.encoding)
    candidates += [e for e in LEGACY_ENCODINGS if e not in candidates]
    scored = []
    for rank, name in enumerate(candidates):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        scored.append((_implausibility(text), rank, name, text))
    if not scored:
        return data.decode("utf-8", errors="replace"), "utf-8 (with replacements)"
    _, _, name, text = min(scored)
    return text, name


def _implausibility(text: str) -> float:
    """Share of characters unlikely in news text (symbols, controls, letters of a second script)."""
    if not text:
        return 0.0
    odd = 0
    scripts: dict[str, int] = {}
    for ch in text:
        cat = unicodedata.category(ch)
        if cat in ("So", "Sk", "Co", "Cn") or (cat == "Cc" and ch not in "\n\r\t"):
            odd += 1
        elif ch in "¶¦¤§©®°±µ¬¯":
            odd += 1
        elif cat.startswith("L") and not ch.isascii():
            script = unicodedata.name(ch, "X").split(" ")[0]
            scripts[script] = scripts.get(script, 0) + 1
    mixed = sum(scripts.values()) - max(scripts.values(), default=0)
    return (odd + mixed) / len(text)


def _jsonl_lines(fh: IO[bytes], source: str, max_record_bytes: int) -> Iterator[Record]:
    lineno = 0
    while True:
        raw = fh.readline(max_record_bytes + 1)
        if not raw:
            return
        lineno += 1
        ref = f"{source}:{lineno}"
        if len(raw) > max_record_bytes and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # drain the rest of the over-long line
                raw = fh.readline(max_record_bytes)
            yield Record(article_id=f"{Path(source).name}:{lineno}", source=ref, status="skipped",
                         error=f"record larger than the limit of {max_record_bytes} bytes")
            continue
        if not raw.strip():
            continue
        text, encoding = decode_bytes(raw)
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Record(article_id=f"{Path(source).name}:{lineno}", source=ref, status="error",
                         error=f"invalid JSON on line {lineno}: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield Record(article_id=f"{Path(source).name}:{lineno}", source=ref, status="error",
                         error=f"line {lineno} is JSON {type(obj).__name__}, expected an object with 'id' and 'text'")
            continue
        yield record_from_mapping(obj, ref, fallback_id=f"{Path(source).name}:{lineno}", encoding=encoding,
                                  max_record_bytes=max_record_bytes)


def _read_csv(path: Path, max_record_bytes: int) -> Iterator[Record]:
    text, encoding = decode_bytes(path.read_bytes())
    csv.field_size_limit(max(csv.field_size_limit(), max_record_bytes * 4))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    for rowno, row in enumerate(reader, start=2):
        yield record_from_mapping(row, f"{path}:{rowno}", fallback_id=f"{path.name}:{rowno}",
                                  encoding=encoding, max_record_bytes=max_record_bytes)


def _read_parquet(path: Path, max_record_bytes: int) -> Iterator[Record]:
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    rowno = 0
    for batch in parquet.iter_batches(batch_size=1024):
        for row in batch.to_pylist():
            rowno += 1
            yield record_from_mapping(row, f"{path}:{rowno}", fallback_id=f"{path.name}:{rowno}",
                                      encoding=None, max_record_bytes=max_record_bytes)


def record_from_mapping(obj: dict[str, Any], source: str, fallback_id: str, encoding: str | None = None,
                        max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES) -> Record:
    """A record from a JSON object, CSV row or Parquet row (fields ``id``, ``text``, metadata)."""
    article_id = next((str(obj[k]) for k in ID_FIELDS if obj.get(k) not in (None, "")), None)
    text = next((obj[k] for k in TEXT_FIELDS if k in obj), None)
    meta = {k: (None if obj.get(k) in (None, "") else str(obj[k])) for k in META_FIELDS}
    record = Record(article_id=article_id or fallback_id, source=source, encoding=encoding, **meta)
    if article_id is None:
        record.status, record.error = "error", "record has no 'id' field"
        return record
    if text is None:
        record.status, record.error = "error", "record has no 'text' field"
        return record
    if isinstance(text, bytes):
        text, record.encoding = decode_bytes(text)
    if not isinstance(text, str):
        record.status, record.error = "error", f"'text' is {type(text).__name__}, expected a string"
        return record
    if len(text.encode("utf-8", errors="surrogatepass")) > max_record_bytes:
        record.status, record.error = "skipped", f"record larger than the limit of {max_record_bytes} bytes"
        return record
    record.text = text
    return _checked(record)


def _checked(record: Record) -> Record:
    """Mark empty and binary texts as skipped, with the reason."""
    text = record.text or ""
    if not text.strip():
        record.status, record.error = "skipped", "empty text"
    elif _looks_binary(text):
        record.status, record.error = "skipped", "binary content (NUL or control bytes), not text"
    return record


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f\v") or ch == "\ufffd")
    return "\x00" in sample or controls > max(8, len(sample) // 20)
