"""Command line: ``newsextract extract`` and ``newsextract evaluate``, thin over the API."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Sequence

from . import __version__
from .pipeline.ingest import DEFAULT_MAX_RECORD_BYTES, FORMATS, UsageError
from .resources import SUPPORTED_LANGUAGES


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsextract",
        description="Extract officials, dates, documents and figures from Arabic, Greek and Vietnamese "
                    "news into Parquet tables.")
    parser.add_argument("--version", action="version", version=f"newsextract {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ex = sub.add_parser("extract", help="extract tables from article files, folders or stdin",
                        description="Read articles and write articles, officials, persons, dates, documents "
                                    "and figures as DIR/<table>.parquet.")
    inp = ex.add_argument_group("input")
    inp.add_argument("inputs", nargs="+", metavar="INPUT",
                     help="files or folders (.txt, .jsonl, .jsonl.gz, .csv, .parquet), or - for JSONL on stdin")
    inp.add_argument("--format", choices=FORMATS, help="input format, when file names do not tell it")
    inp.add_argument("--max-record-mb", type=float, default=DEFAULT_MAX_RECORD_BYTES / 2**20,
                     help="records larger than this are skipped (default: %(default)s)")
    proc = ex.add_argument_group("processing")
    proc.add_argument("--language", choices=SUPPORTED_LANGUAGES,
                      help="treat every article as this language instead of detecting it")
    proc.add_argument("--workers", type=int, default=1, help="worker processes (default: %(default)s)")
    proc.add_argument("--ner-backend", choices=("ner.lexicon.v1", "ner.transformers.v1"),
                      help="person-name backend of the officials extractor (default: ner.lexicon.v1)")
    proc.add_argument("--ner-model", type=Path, metavar="DIR",
                      help="local folder of a transformers token-classification model (with --ner-backend "
                           "ner.transformers.v1); nothing is downloaded")
    outg = ex.add_argument_group("output")
    outg.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder for the Parquet tables")
    outg.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary")
    outg.add_argument("--progress", action="store_true", help="show progress even when stderr is not a terminal")

    sm = sub.add_parser("summary", help="print an overview of the tables of a run",
                        description="Row counts and the most frequent persons, documents and figure units.")
    sm.add_argument("out", type=Path, metavar="DIR", help="folder of tables written by `extract`")

    ev = sub.add_parser("evaluate", help="score extracted tables against gold annotations",
                        description="P/R/F1 per field and language, in the conventions of the gold format.")
    ev.add_argument("--gold", required=True, type=Path, help="folder of gold JSON files")
    ev.add_argument("--pred", required=True, type=Path, help="folder of tables written by `extract`")
    ev.add_argument("--json", action="store_true", help="print the whole result as JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit code (2 for wrong usage)."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "summary":
            return _summary(args)
        return _evaluate(args)
    except UsageError as exc:
        print(f"newsextract {args.command}: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"newsextract {args.command}: {exc}", file=sys.stderr)
        return 2


def _extract(args: argparse.Namespace) -> int:
    from .pipeline.run import extract_to

    if args.workers < 1:
        raise UsageError("--workers must be 1 or more")
    if args.max_record_mb <= 0:
        raise UsageError("--max-record-mb must be positive")
    if args.ner_backend == "ner.transformers.v1" and not (args.ner_model and args.ner_model.is_dir()):
        raise UsageError("--ner-backend ner.transformers.v1 needs --ner-model DIR, a local model folder")
    if args.ner_backend:  # read by the officials extractor, in this process and in workers
        os.environ["NEWSEXTRACT_NER_BACKEND"] = args.ner_backend
    if args.ner_model:
        os.environ["NEWSEXTRACT_NER_MODEL"] = str(args.ner_model.resolve())
    progress = False if args.quiet else (True if args.progress else None)
    summary = extract_to(args.inputs, args.out, fmt=args.format, language=args.language, workers=args.workers,
                         max_record_bytes=int(args.max_record_mb * 2**20), progress=progress,
                         stdin=sys.stdin.buffer if "-" in args.inputs else None)
    if not args.quiet:
        print(summary.format(), file=sys.stderr)
    return 0


def _summary(args: argparse.Namespace) -> int:
    from .pipeline.writers import load
    from .summary import summarize

    print(summarize(load(args.out)))
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_report

    if not args.gold.is_dir():
        raise UsageError(f"--gold {args.gold} is not a folder of gold JSON files")
    if not args.pred.is_dir():
        raise UsageError(f"--pred {args.pred} is not a folder of tables: run `newsextract extract ... --out DIR` first")
    result = evaluate(args.gold, args.pred)
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else format_report(result))
    return 0
