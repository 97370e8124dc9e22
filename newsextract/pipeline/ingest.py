"""Reading article dumps into :class:`Record` objects, one per input article.

Supported inputs: a folder (searched recursively for the formats below), ``.txt`` files
(``article_id`` = file stem), JSONL and JSONL.gz, CSV and CSV.gz, Parquet (fields ``id``,
``text`` and optional ``url``, ``title``, ``published``, ``language``; ``article_id``/``doc_id``
and ``content``/``body`` also serve; names match without regard to case), and ``-`` for JSONL
on stdin.

Every record is read on its own: nothing a record holds can stop the reading of its file or the
run. A bad record yields exactly one :class:`Record` with ``status`` ``error`` or ``skipped`` and
the reason in ``error``; when its own id cannot be used, its id is ``<file name>:<line>``
(``<file name>:<row>`` for Parquet, ``<stdin>:<line>`` for stdin), and reading goes on with the
next record. A file that cannot be opened is one error row named after the file; a file that
breaks off (a truncated gzip) or a Parquet row group that cannot be decoded is one error row
naming the line or rows where reading stopped. Reading is lazy: memory is bounded by one record
(one Parquet batch of a row group), never by the file.

Rules, the same for every format:

- Size: a record larger than ``max_record_bytes`` (``--max-record-mb``) is ``skipped`` with the
  fallback id. The size is that of the record as stored: the file (txt), the line (JSONL), the
  row without its final line break (CSV), the sum of its cells (Parquet). Over-long records are
  passed over, not read into memory whole (a Parquet row group is, by the Parquet library).
- Decoding: the encoding comes from a BOM, else strict UTF-8, else the legacy code pages of
  Arabic, Greek and Vietnamese (:func:`decode_bytes`). JSONL decides per line. CSV decides from
  its first 64 KB (UTF-8 when most of its non-ASCII lines are UTF-8), and a text cell that is
  not valid in that encoding is decoded on its own, as are Parquet binary cells and string
  cells that are not valid UTF-8. A line, file or cell that cannot be decoded at all (a BOM
  followed by bytes invalid in its encoding) is an ``error`` row.
- ``id`` must be a string or an integer. A float with an integral value (``1.0``, as JSON and
  Parquet typing produce) becomes ``"1"``; CSV ids are strings and kept as written; NaN, null
  and ``""`` count as missing (``error``: no id). Any other type (list, dict, bool, ``1.5``),
  or a string with control characters or lone surrogates, makes the record an ``error`` row
  with the fallback id: an id is a key and is never altered.
- ``text`` must be a string (bytes are decoded as above), else ``error``. Lone surrogates (a
  JSON ``"\\ud800"``, an undecodable CSV byte) are replaced with U+FFFD and control characters
  other than tab, line feed and carriage return (NUL included) are removed; the record stays
  ``ok`` and :attr:`Record.repairs` says what was changed. A text that is more than 5 %
  control characters or U+FFFD (at least 9) is ``skipped`` as binary; an empty one is
  ``skipped``.
- Metadata (``url``, ``title``, ``published``, ``language``): strings are repaired like the
  text; integers and integral floats become strings, dates their ``str``; any other type
  (list, dict, bool) is dropped (``None``) and noted in :attr:`Record.repairs`; the record
  stays ``ok``.
- JSONL: a line that cannot be decoded, is not JSON, is not an object, is nested too deeply or
  holds an integer too long to convert is one ``error`` row for that line.
- CSV is streamed line by line. The delimiter (``,`` ``;`` tab ``|``) is the one whose header
  has a text column; without one, the file is one ``error`` row naming the header found. A
  quote that is never closed, or a quoted field spanning lines that a stray quote breaks, is
  one ``error`` row for the line where its record began. The lines after that line are then
  read again: those that do not read as rows (another number of fields than the header, or an
  id with spaces) belong to the broken record and are counted in its error; the rows after
  them are kept.
"""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import gzip
import json
import math
import numbers
import re
import sys
import tempfile
import unicodedata
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from ..textnorm import LONE_SURROGATE

DEFAULT_MAX_RECORD_BYTES = 5 * 1024 * 1024
FORMATS = ("txt", "jsonl", "csv", "parquet")
_SUFFIXES = {".txt": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv",
             ".parquet": "parquet", ".pq": "parquet"}
# Legacy code pages of the supported languages, tried when a file is not valid UTF-8.
LEGACY_ENCODINGS = ("cp1256", "iso8859_7", "cp1253", "cp1258", "cp1252")
ID_FIELDS = ("id", "article_id", "doc_id")
TEXT_FIELDS = ("text", "content", "body")
META_FIELDS = ("url", "title", "published", "language")
CSV_DELIMITERS = (",", ";", "\t", "|")
_KNOWN_FIELDS = frozenset(ID_FIELDS + TEXT_FIELDS + META_FIELDS)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ID_FORBIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_TO_REPAIR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
# Marks of binary content: controls other than tab, newlines, \f and \v; U+FFFD; lone surrogates.
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\ufffd\ud800-\udfff]")
# Either of the two: a text without any is neither binary nor in need of repair (one scan).
_SUSPECT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd\ud800-\udfff]")
_CSV_SNIFF_BYTES = 1 << 16
_PARQUET_BATCH_ROWS = 256


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
    # What reading changed in an ``ok`` record (surrogates replaced, controls removed, fields dropped).
    repairs: list[str] = field(default_factory=list)

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


def _printable(name: str) -> str:
    """``name`` with control characters and lone surrogates (undecodable file-name bytes) escaped."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"),
                            name)


def read_file(path: Path, fmt: str, max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES) -> Iterator[Record]:
    """Records of one file; a file that cannot be read becomes one error record."""
    source = _printable(str(path))
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
        yield Record(article_id=_printable(path.stem), source=source, status="error",
                     error=f"cannot read {fmt} file: {type(exc).__name__}: {exc}")


def _read_txt(path: Path, max_record_bytes: int) -> Record:
    article_id, source = _printable(path.stem), _printable(str(path))
    size = path.stat().st_size
    if size > max_record_bytes:
        return Record(article_id=article_id, source=source, status="skipped",
                      error=f"file of {size} bytes exceeds the record limit of {max_record_bytes} bytes")
    data = path.read_bytes()
    try:
        text, encoding = decode_bytes(data)
    except UnicodeDecodeError as exc:
        return Record(article_id=article_id, source=source, status="error",
                      error=f"file cannot be decoded: {_decode_problem(exc, data)}")
    return _checked_text(Record(article_id=article_id, source=source, encoding=encoding), text)


def _decode_problem(exc: UnicodeDecodeError, data: bytes) -> str:
    """What is wrong with the bytes, naming a byte order mark that promised another encoding."""
    boms = ((codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"), (codecs.BOM_UTF8, "UTF-8"),
            (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16"))
    bom = next((name for mark, name in boms if data.startswith(mark)), None)
    lead = f"starts with a {bom} byte order mark but is not valid {bom}: " if bom else ""
    return f"{lead}invalid {exc.encoding} at byte {exc.start} ({exc.reason})"


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
    low = len(sample) - len(sample.translate(None, _LOW_BYTES))
    return low > len(sample) // 8


_LOW_BYTES = bytes(range(0x09)) + bytes(range(0x0E, 0x20))   # control bytes that plain text does not use


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


def _error(article_id: str, source: str, reason: str, status: str = "error") -> Record:
    return Record(article_id=article_id, source=source, status=status, error=reason)


def _jsonl_lines(fh: IO[bytes], source: str, max_record_bytes: int) -> Iterator[Record]:
    """One record per non-blank line; a line that cannot be read is one error row, and reading goes on."""
    name = Path(source).name
    lineno = 0
    while True:
        try:
            raw = fh.readline(max_record_bytes + 1)
            over_long = len(raw) > max_record_bytes and not raw.endswith(b"\n")
            while raw and not raw.endswith(b"\n") and len(raw) > max_record_bytes:  # drain, never hold it
                raw = fh.readline(max_record_bytes + 1)
        except Exception as exc:  # truncated gzip, I/O error: nothing after this point can be read
            yield _error(f"{name}:{lineno + 1}", f"{source}:{lineno + 1}",
                         f"cannot read past line {lineno}: {type(exc).__name__}: {exc}")
            return
        if not raw and not over_long:
            return
        lineno += 1
        ref, fallback_id = f"{source}:{lineno}", f"{name}:{lineno}"
        if over_long:
            yield _error(fallback_id, ref, f"record larger than the limit of {max_record_bytes} bytes", "skipped")
            continue
        if not raw.strip():
            continue
        try:
            yield _jsonl_record(raw, lineno, ref, fallback_id, max_record_bytes)
        except Exception as exc:  # whatever a line holds, it costs only that line
            yield _error(fallback_id, ref, f"line {lineno} cannot be read: {type(exc).__name__}: {exc}")


def _jsonl_record(raw: bytes, lineno: int, ref: str, fallback_id: str, max_record_bytes: int) -> Record:
    try:
        text, encoding = decode_bytes(raw)
    except UnicodeDecodeError as exc:
        return _error(fallback_id, ref, f"line {lineno} cannot be decoded: {_decode_problem(exc, raw)}")
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        return _error(fallback_id, ref, f"invalid JSON on line {lineno}: {exc.msg} (column {exc.colno})")
    except RecursionError:
        return _error(fallback_id, ref, f"line {lineno} is JSON nested too deeply to read")
    except ValueError as exc:
        if "integer string conversion" in str(exc):
            return _error(fallback_id, ref, f"line {lineno} holds an integer too long to read "
                                            f"(more than {sys.get_int_max_str_digits()} digits)")
        return _error(fallback_id, ref, f"line {lineno} cannot be read as JSON: {exc}")
    if not isinstance(obj, dict):
        return _error(fallback_id, ref, f"line {lineno} is JSON {type(obj).__name__}, "
                                        "expected an object with 'id' and 'text'")
    return record_from_mapping(obj, ref, fallback_id=fallback_id, encoding=encoding,
                               max_record_bytes=max_record_bytes)


# CSV --------------------------------------------------------------------------------------------
# Records are split with a small quote-state scanner over each line's bytes (quote and delimiter
# are ASCII, so this holds for UTF-8 and the single-byte code pages; UTF-16/32 files are first
# transcoded to a temporary UTF-8 file), then each record alone is parsed by the csv module.
_START, _UNQUOTED, _QUOTED, _QUOTE_IN_QUOTED = range(4)
_QUOTE = 0x22


def _scan_csv(chunk: bytes, state: int, delimiter: int) -> tuple[int, bool]:
    """Quote state after ``chunk`` (the csv module's lenient rules), and whether RFC 4180 quoting broke.

    A quote inside an unquoted field, or anything but a delimiter or line end after a closing
    quote, is tolerated by the csv module but is the mark of a quote that was never closed.
    """
    pos, end, stray = 0, len(chunk), False
    while pos < end:
        if state == _START:
            if chunk[pos] == _QUOTE:
                state, pos = _QUOTED, pos + 1
            else:
                state = _UNQUOTED
        elif state == _UNQUOTED:
            cut = chunk.find(delimiter, pos)
            if chunk.find(b'"', pos, end if cut < 0 else cut) >= 0:
                stray = True
            if cut < 0:
                pos = end
            else:
                state, pos = _START, cut + 1
        elif state == _QUOTED:
            cut = chunk.find(b'"', pos)
            if cut < 0:
                pos = end
            else:
                state, pos = _QUOTE_IN_QUOTED, cut + 1
        else:
            byte = chunk[pos]
            if byte == _QUOTE:
                state, pos = _QUOTED, pos + 1
            elif byte == delimiter:
                state, pos = _START, pos + 1
            else:
                stray = stray or byte not in (0x0A, 0x0D)
                state = _UNQUOTED
    return state, stray


class _Lines:
    """Physical lines of a binary file in pieces of at most ``piece_bytes``, with push-back and seek."""

    def __init__(self, fh: IO[bytes], piece_bytes: int) -> None:
        self.fh, self.piece_bytes = fh, piece_bytes
        self.lineno, self.mid_line = 0, False
        self.pending: deque[tuple[int, bytes, bool, int]] = deque()

    def next(self) -> tuple[int, bytes, bool, int] | None:
        """``(line number, piece, piece ends the line, file position after it)``, or None at the end."""
        if self.pending:
            return self.pending.popleft()
        piece = self.fh.readline(self.piece_bytes)
        if not piece:
            return None
        if not self.mid_line:
            self.lineno += 1
        complete = piece.endswith(b"\n") or len(piece) < self.piece_bytes
        self.mid_line = not complete
        return self.lineno, piece, complete, self.fh.tell() if complete else -1

    def push_back(self, items: list[tuple[int, bytes, bool, int]]) -> None:
        self.pending.extendleft(reversed(items))

    def seek(self, position: int, lineno: int) -> None:
        """Read on from ``position``, the start of line ``lineno``."""
        self.pending.clear()
        self.fh.seek(position)
        self.lineno, self.mid_line = lineno - 1, False


def _stream_encoding(head: bytes) -> tuple[str, str]:
    """(codec to read with, encoding to report) decided from a file's first block."""
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if head.startswith(bom):
            return name, name
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8", "utf-8-sig"
    if _looks_like_utf16(head):
        even = head[: len(head) - len(head) % 2]
        scored = [(_implausibility(even.decode(name, "replace")), name) for name in ("utf-16-le", "utf-16-be")]
        name = min(scored)[1]
        return name, name
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=len(head) < _CSV_SNIFF_BYTES)
        return "utf-8", "utf-8"
    except UnicodeDecodeError:
        pass
    # A UTF-8 file with a few rows in a code page: UTF-8, and those fields are decoded on their own.
    lines = head.split(b"\n")[: -1 if len(head) == _CSV_SNIFF_BYTES else None]
    non_ascii = [line for line in lines if not line.isascii()]
    if sum(1 for line in non_ascii if _is_utf8(line)) * 2 > len(non_ascii):
        return "utf-8", "utf-8"
    _, name = _decode_legacy(head)
    return ("utf-8", name) if name.startswith("utf-8") else (name, name)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _read_csv(path: Path, max_record_bytes: int) -> Iterator[Record]:
    opener = gzip.open if path.suffix.lower() == ".gz" else open
    with opener(path, "rb") as fh:
        head = fh.read(_CSV_SNIFF_BYTES)
        fh.seek(0)
        codec, encoding = _stream_encoding(head)
        if codec.startswith(("utf-16", "utf-32")):
            with tempfile.TemporaryFile() as spool:
                reader = codecs.getreader(codec)(fh, errors="replace")
                while chunk := reader.read(1 << 20):
                    spool.write(chunk.encode("utf-8", "replace"))
                spool.seek(0)
                yield from _csv_file(_Lines(spool, max_record_bytes + 1), path, "utf-8", encoding, max_record_bytes)
        elif b"\r" in head and b"\n" not in head:  # lines ended by a carriage return alone (old Mac files)
            with tempfile.TemporaryFile() as spool:
                while block := fh.read(1 << 20):
                    spool.write(block.replace(b"\r", b"\n"))
                spool.seek(0)
                yield from _csv_file(_Lines(spool, max_record_bytes + 1), path, codec, encoding, max_record_bytes)
        else:
            yield from _csv_file(_Lines(fh, max_record_bytes + 1), path, codec, encoding, max_record_bytes)


def _csv_file(lines: _Lines, path: Path, codec: str, encoding: str, max_record_bytes: int) -> Iterator[Record]:
    """The records of a CSV file; a read failure (truncated gzip) names the line where reading stopped."""
    try:
        yield from _csv_records(lines, path, codec, encoding, max_record_bytes)
    except Exception as exc:
        where = lines.lineno + 1
        yield _error(f"{_printable(path.name)}:{where}", f"{_printable(str(path))}:{where}",
                     f"cannot read past line {lines.lineno}: {type(exc).__name__}: {exc}")


def _csv_header(line: str) -> tuple[str, list[str]] | None:
    """Delimiter and lower-cased column names: the delimiter whose header has a text column."""
    best: tuple[tuple[bool, bool, int], str, list[str]] | None = None
    for delimiter in CSV_DELIMITERS:
        if delimiter != "," and delimiter not in line:
            continue
        names = [n.strip().lstrip("\ufeff").lower() for n in next(csv.reader([line], delimiter=delimiter), [])]
        score = (any(n in TEXT_FIELDS for n in names), any(n in ID_FIELDS for n in names), len(names))
        if best is None or score > best[0]:
            best = (score, delimiter, names)
    if best is None or not best[0][0]:
        return None
    return best[1], best[2]


def _csv_records(lines: _Lines, path: Path, codec: str, encoding: str, max_record_bytes: int) -> Iterator[Record]:
    name, source = _printable(path.name), _printable(str(path))
    csv.field_size_limit(max(csv.field_size_limit(), max_record_bytes * 4))
    header: str | None = None
    while header is None:
        item = lines.next()
        if item is None:
            return
        lineno, piece, complete, _ = item
        if not complete:
            yield _error(name, source, f"the CSV header (line {lineno}) is longer than {max_record_bytes} bytes")
            return
        if piece.strip():
            header = piece.decode(codec, "replace").rstrip("\r\n")
    found = _csv_header(header)
    if found is None:
        shown = header if len(header) <= 200 else header[:200] + "..."
        yield _error(name, source, f"no text column ({', '.join(TEXT_FIELDS)}) in the CSV header {shown!r} "
                                   "with any delimiter of , ; tab |")
        return
    delimiter, columns = found
    delimiter_byte = delimiter.encode("ascii")[0]
    record_lines: list[bytes] | None
    record: Record
    broken_at, recover_until = 0, 0  # lines re-read after a broken quote must read as rows
    broken: Record | None = None  # the error row of a broken record, held while the lines that belong to it are taken
    taken = 0
    while (item := lines.next()) is not None:
        start, piece, complete, position = item
        state, stray = _scan_csv(piece, _START, delimiter_byte)
        lines_seen = 1
        if complete and state != _QUOTED:  # the common case: a record on one line
            if not piece.strip(b"\r\n"):
                continue
            record, is_row = _csv_record(piece, start, name, source, codec, encoding, delimiter, columns,
                                         max_record_bytes, broken_at if start <= recover_until else 0)
        else:  # a record that goes on past its first line (or a line longer than the limit)
            record_lines, buffered, size = [piece], [], len(piece)
            if size > max_record_bytes + 2:  # (+2: the line break, not counted)
                record_lines = None
            after_start = position if complete else -1
            line_done, problem, ended = complete, "", False
            if complete and stray:
                problem = f"a quote in line {start} is not where quotes may stand"
            while not problem:
                item = lines.next()
                if item is None:  # end of file
                    ended = state != _QUOTED
                    if not ended:
                        problem = f"the quote opened in the record starting on line {start} is never closed"
                    break
                lineno, piece, complete, position = item
                if line_done:
                    lines_seen += 1
                state, stray_here = _scan_csv(piece, state, delimiter_byte)
                stray = stray or stray_here
                size += len(piece)
                if record_lines is not None:
                    buffered.append(item)
                    record_lines.append(piece)
                    if size > max_record_bytes + 2:
                        record_lines = None  # over-long: follow it to its end without holding it
                if after_start < 0 and complete:
                    after_start = position
                line_done = complete
                if complete:
                    if stray and lines_seen > 1:
                        problem = (f"the quoted field of the record starting on line {start} is broken by a "
                                   f"stray quote on line {lineno}: a quote was probably never closed")
                    elif state != _QUOTED:
                        ended = True
                        break
            if not ended:  # broken quoting: one error row, then the lines after its first line are read again
                if broken is not None:
                    yield _taken(broken, taken)
                broken, taken = _error(f"{name}:{start}", f"{source}:{start}", problem), 0
                broken_at, recover_until = start, max(recover_until, lines.lineno)
                if record_lines is not None:
                    lines.push_back([entry for entry in buffered if entry[0] > start])
                elif after_start >= 0:
                    lines.seek(after_start, start + 1)
                continue
            if record_lines is None:
                record, is_row = _error(f"{name}:{start}", f"{source}:{start}",
                                        f"record larger than the limit of {max_record_bytes} bytes", "skipped"), True
            else:
                record, is_row = _csv_record(b"".join(record_lines), start, name, source, codec, encoding,
                                             delimiter, columns, max_record_bytes,
                                             broken_at if start <= recover_until else 0)
        if not is_row and broken is not None:
            taken += lines_seen
            continue
        if broken is not None:
            yield _taken(broken, taken)
            broken = None
        yield record
    if broken is not None:
        yield _taken(broken, taken)


def _taken(broken: Record, taken: int) -> Record:
    """The error row of a broken record, saying how many of the lines after it belong to it."""
    if taken:
        broken.error = (f"{broken.error}; the {taken} line(s) after it do not read as rows and belong to it, "
                        "the lines after those are read as records of their own")
    else:
        broken.error = f"{broken.error}; the lines after it are read as records of their own"
    return broken


def _csv_record(data: bytes, lineno: int, name: str, source: str, codec: str, encoding: str, delimiter: str,
                columns: list[str], max_record_bytes: int, broken_at: int = 0) -> tuple[Record, bool]:
    """One row, and whether it reads as a row.

    After a broken quote (``broken_at``), a line reads as a row only when it has the header's
    number of fields and an id without spaces; else it is most likely text of the broken record.
    """
    ref, fallback_id = f"{source}:{lineno}", f"{name}:{lineno}"
    if len(data.rstrip(b"\r\n")) > max_record_bytes:  # the row as stored, without its line break
        return _error(fallback_id, ref, f"record larger than the limit of {max_record_bytes} bytes", "skipped"), True
    try:
        text = data.decode(codec, "surrogateescape")
        fields = next(csv.reader([text], delimiter=delimiter))
        if broken_at:
            id_column = next((c for c in ID_FIELDS if c in columns), None)
            if len(fields) != len(columns):
                return _error(fallback_id, ref, f"line {lineno} has {len(fields)} fields where the header has "
                                                f"{len(columns)}: probably text of the record broken on line "
                                                f"{broken_at}"), False
            if id_column and any(ch.isspace() for ch in fields[columns.index(id_column)].strip()):
                return _error(fallback_id, ref, f"line {lineno} reads as text, not as a row (its id has spaces): "
                                                f"probably text of the record broken on line {broken_at}"), False
        row: dict[str, Any] = {}
        for column, value in zip(columns, fields):
            if column in TEXT_FIELDS and codec == "utf-8" and LONE_SURROGATE.search(value):
                row.setdefault(column, value.encode("utf-8", "surrogateescape"))  # decoded on its own
            else:
                row.setdefault(column, value)
        return record_from_mapping(row, ref, fallback_id=fallback_id, encoding=encoding,
                                   max_record_bytes=max_record_bytes), True
    except Exception as exc:  # csv.Error and anything else: this row only
        return _error(fallback_id, ref,
                      f"row on line {lineno} cannot be read as CSV: {type(exc).__name__}: {exc}"), not broken_at


# Parquet ----------------------------------------------------------------------------------------
class _Unreadable:
    """A cell the Parquet reader could not turn into a Python value."""

    def __init__(self, reason: str) -> None:
        self.reason = reason


def _read_parquet(path: Path, max_record_bytes: int) -> Iterator[Record]:
    import pyarrow.parquet as pq

    name, source = _printable(path.name), _printable(str(path))
    parquet = pq.ParquetFile(path)
    columns: dict[str, str] = {}
    for column in parquet.schema_arrow.names:
        columns.setdefault(column.strip().lower(), column)
    columns = {low: column for low, column in columns.items() if low in _KNOWN_FIELDS}
    if not any(low in TEXT_FIELDS for low in columns):
        yield _error(name, source, f"no text column ({', '.join(TEXT_FIELDS)}) among the Parquet columns "
                                   f"{parquet.schema_arrow.names}")
        return
    rowno = 0
    metadata = parquet.metadata
    for group in range(metadata.num_row_groups):
        group_end = rowno + metadata.row_group(group).num_rows
        try:
            for batch in parquet.iter_batches(batch_size=_PARQUET_BATCH_ROWS, row_groups=[group],
                                              columns=list(columns.values())):
                for row, too_big in _parquet_rows(batch, columns, max_record_bytes):
                    rowno += 1
                    ref, fallback_id = f"{source}:{rowno}", f"{name}:{rowno}"
                    if too_big:
                        yield _error(fallback_id, ref, f"record larger than the limit of {max_record_bytes} bytes",
                                     "skipped")
                    else:
                        yield _parquet_record(row, rowno, ref, fallback_id, max_record_bytes)
        except Exception as exc:  # a corrupt row group: say which rows are lost, read the next group
            if rowno < group_end:
                yield _error(f"{name}:{rowno + 1}", f"{source}:{rowno + 1}",
                             f"rows {rowno + 1}-{group_end} (row group {group}) cannot be read: "
                             f"{type(exc).__name__}: {exc}")
            rowno = group_end


def _parquet_rows(batch: Any, columns: dict[str, str],
                  max_record_bytes: int) -> Iterator[tuple[dict[str, Any], bool]]:
    """Rows of a batch as dicts, and whether each is over the size limit (its cells then not read)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    sizes = np.zeros(batch.num_rows, dtype=np.int64)
    arrays = {low: batch.column(column) for low, column in columns.items()}
    for array in arrays.values():
        if pa.types.is_string(array.type) or pa.types.is_large_string(array.type) or \
                pa.types.is_binary(array.type) or pa.types.is_large_binary(array.type):
            sizes += pc.binary_length(array).fill_null(0).to_numpy(zero_copy_only=False)
    too_big = sizes > max_record_bytes
    values = {}
    for low, array in arrays.items():
        if too_big.any():  # over-long rows are skipped: their cells need not become Python strings
            try:
                array = pc.if_else(pa.array(too_big), pa.nulls(len(array), array.type), array)
            except (pa.ArrowNotImplementedError, pa.ArrowInvalid, pa.ArrowTypeError):
                pass
        values[low] = _parquet_values(array)
    for i in range(batch.num_rows):
        yield {low: cells[i] for low, cells in values.items()}, bool(too_big[i])


def _parquet_values(array: Any) -> list[Any]:
    """Python values of a column; a cell that cannot be converted is one :class:`_Unreadable`."""
    import pyarrow as pa

    try:
        return array.to_pylist()
    except Exception:
        pass
    if pa.types.is_string(array.type) or pa.types.is_large_string(array.type):
        raw = array.view(pa.large_binary() if pa.types.is_large_string(array.type) else pa.binary())
        cells: list[Any] = []
        for cell in raw.to_pylist():
            try:
                cells.append(None if cell is None else cell.decode("utf-8"))
            except UnicodeDecodeError:
                cells.append(cell)  # invalid UTF-8: decoded on its own, like bytes
        return cells
    cells = []
    for i in range(len(array)):
        try:
            cells.append(array[i].as_py())
        except Exception as exc:
            cells.append(_Unreadable(f"{type(exc).__name__}: {exc}"))
    return cells


def _parquet_record(row: dict[str, Any], rowno: int, ref: str, fallback_id: str, max_record_bytes: int) -> Record:
    try:
        repairs = []
        for low, cell in list(row.items()):
            if isinstance(cell, _Unreadable):
                if low in ID_FIELDS or low in TEXT_FIELDS:
                    return _error(fallback_id, ref, f"column {low!r} of row {rowno} cannot be read: {cell.reason}")
                row[low] = None
                repairs.append(f"{low!r} cannot be read ({cell.reason}): dropped")
        record = record_from_mapping(row, ref, fallback_id=fallback_id, encoding=None,
                                     max_record_bytes=max_record_bytes)
        record.repairs[:0] = repairs
        return record
    except Exception as exc:
        return _error(fallback_id, ref, f"row {rowno} cannot be read: {type(exc).__name__}: {exc}")


# Fields -----------------------------------------------------------------------------------------
class _Fields:
    """Field lookup in a record's mapping: exact names first, then without regard to case."""

    def __init__(self, obj: dict[str, Any]) -> None:
        self.obj = obj
        self.folded: dict[str, Any] | None = None

    def get(self, names: tuple[str, ...], skip_missing: bool = False) -> tuple[str | None, Any]:
        """(name, value) of the first of ``names`` present (and, with ``skip_missing``, not empty)."""
        for key in names:
            if key in self.obj and not (skip_missing and _missing(self.obj[key])):
                return key, self.obj[key]
        if self.folded is None:
            self.folded = {}
            for key in self.obj:
                self.folded.setdefault(str(key).lower(), key)
        for key in names:
            actual = self.folded.get(key)
            if actual is not None and actual != key and not (skip_missing and _missing(self.obj[actual])):
                return key, self.obj[actual]
        return None, None


def _missing(value: Any) -> bool:
    """None, "", NaN, and pandas' NA and NaT."""
    return value is None or (isinstance(value, str) and value == "") or \
        (isinstance(value, float) and math.isnan(value)) or type(value).__name__ in ("NAType", "NaTType")


def _article_id(value: Any) -> tuple[str | None, str | None]:
    """(id, problem): strings without controls or surrogates, integers, integral floats."""
    if isinstance(value, bytes):
        try:
            value = value.decode("utf-8")
        except UnicodeDecodeError:
            return None, "'id' is bytes that are not valid UTF-8"
    if isinstance(value, str):
        if _ID_FORBIDDEN.search(value):
            return None, "'id' contains control characters or lone surrogates"
        return value, None
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        return None, f"'id' is {type(value).__name__}, expected a string or an integer"
    if isinstance(value, numbers.Integral):
        try:
            return str(int(value)), None
        except ValueError:
            return None, "'id' is an integer too long to write out"
    if math.isfinite(value) and float(value).is_integer():
        return str(int(value)), None
    return None, f"'id' is the number {value!r}, expected a string or an integer"


def _repaired(value: str, label: str, repairs: list[str]) -> str:
    """``value`` as valid Unicode without control characters; what changed goes to ``repairs``."""
    if not _TO_REPAIR.search(value):
        return value
    value, surrogates = LONE_SURROGATE.subn("\ufffd", value)
    if surrogates:
        repairs.append(f"{label}: {surrogates} lone surrogate(s) or undecodable byte(s) replaced with U+FFFD")
    value, controls = _CONTROL.subn("", value)
    if controls:
        repairs.append(f"{label}: {controls} control character(s) removed")
    return value


def _metadata(name: str, value: Any, repairs: list[str]) -> str | None:
    if _missing(value):
        return None
    if isinstance(value, bytes):
        try:
            value = value.decode("utf-8")
        except UnicodeDecodeError:
            repairs.append(f"{name!r} is not valid UTF-8: dropped")
            return None
    if isinstance(value, str):
        return _repaired(value, repr(name), repairs) or None
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        try:
            return str(int(value))
        except ValueError:
            pass
    elif isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(int(value))
    elif isinstance(value, (dt.date, dt.time)):
        return str(value)
    repairs.append(f"{name!r} is {type(value).__name__}, expected a string: dropped")
    return None


def record_from_mapping(obj: dict[str, Any], source: str, fallback_id: str, encoding: str | None = None,
                        max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES) -> Record:
    """A record from a JSON object, CSV row or Parquet row (fields ``id``, ``text``, metadata).

    Never raises for what a field holds: the rules of the module docstring decide.
    """
    repairs: list[str] = []
    fields = _Fields(obj)
    _, id_value = fields.get(ID_FIELDS, skip_missing=True)
    meta = {k: _metadata(k, fields.get((k,))[1], repairs) for k in META_FIELDS}
    record = Record(article_id=fallback_id, source=source, encoding=encoding, repairs=repairs, **meta)
    if id_value is None:
        record.status, record.error = "error", "record has no 'id' field (missing, empty or NaN)"
        return record
    article_id, problem = _article_id(id_value)
    if article_id is None:
        record.status, record.error = "error", problem
        return record
    record.article_id = article_id
    text_field, text = fields.get(TEXT_FIELDS)
    if text_field is None or text is None or (not isinstance(text, str) and _missing(text)):
        record.status, record.error = "error", "record has no 'text' field"
        return record
    if isinstance(text, (bytes, bytearray, memoryview)):
        text = bytes(text)
        if len(text) > max_record_bytes:
            record.status, record.error = "skipped", f"record larger than the limit of {max_record_bytes} bytes"
            return record
        try:
            text, record.encoding = decode_bytes(text)
        except UnicodeDecodeError as exc:
            record.status, record.error = "error", f"'text' cannot be decoded: {_decode_problem(exc, text)}"
            return record
    if not isinstance(text, str):
        record.status, record.error = "error", f"'text' is {type(text).__name__}, expected a string"
        return record
    if len(text) * 4 > max_record_bytes and len(text.encode("utf-8", "surrogatepass")) > max_record_bytes:
        record.status, record.error = "skipped", f"record larger than the limit of {max_record_bytes} bytes"
        return record
    return _checked_text(record, text)


def _checked_text(record: Record, text: str) -> Record:
    """Store ``text`` repaired; empty and binary texts are skipped, with the reason."""
    if not text or text.isspace():
        record.status, record.error = "skipped", "empty text"
    elif _SUSPECT.search(text) is None:
        record.text = text
    elif _looks_binary(text):
        record.status, record.error = "skipped", "binary content (control bytes or undecodable text), not text"
    else:
        record.text = _repaired(text, "text", record.repairs)
    return record


def _looks_binary(text: str) -> bool:
    """Mostly control characters or undecodable text: a stray NUL in an article does not make it binary."""
    sample = text[:4096]
    return len(_NOT_TEXT.findall(sample)) > max(8, len(sample) // 20)
