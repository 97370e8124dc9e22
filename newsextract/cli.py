"""Command line: ``newsextract extract`` and ``newsextract evaluate``, thin over the API."""
from __future__ import annotations

import argparse
import atexit
import importlib.util
import json
import os
import sys
from pathlib import Path
from typing import Sequence

from . import __version__
from .pipeline.defaults import DEFAULT_PART_SIZE, DEFAULT_RECORD_TIMEOUT, ENGINES
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
                     help="files or folders (.txt, .jsonl, .jsonl.gz, .csv, .csv.gz, .parquet), or - for JSONL on "
                          "stdin; field names in any case, the CSV delimiter detected")
    inp.add_argument("--format", choices=FORMATS, help="input format, when file names do not tell it")
    inp.add_argument("--max-record-mb", type=float, default=DEFAULT_MAX_RECORD_BYTES / 2**20,
                     help="records larger than this are skipped (default: %(default)s)")
    proc = ex.add_argument_group("processing")
    proc.add_argument("--language", choices=SUPPORTED_LANGUAGES,
                      help="treat every article as this language instead of detecting it")
    proc.add_argument("--workers", type=int, default=1,
                      help="worker processes (default: %(default)s; with --engine dask and no --scheduler, the "
                           "local cluster's worker processes)")
    proc.add_argument("--record-timeout", type=float, default=DEFAULT_RECORD_TIMEOUT, metavar="SECONDS",
                      help="time budget of one record, in seconds per 100,000 characters (at least one such unit); "
                           "a record over it is skipped with the reason; 0 for none (default: %(default)s)")
    proc.add_argument("--engine", choices=ENGINES, default="local",
                      help="local: this machine's processes; dask: a Dask cluster (needs "
                           "pip install 'newsextract[dask]') (default: %(default)s)")
    proc.add_argument("--scheduler", metavar="ADDRESS",
                      help="with --engine dask, the address of a running scheduler (tcp://host:8786); "
                           "without it a local cluster of --workers processes is started")
    proc.add_argument("--ner-backend", choices=("ner.lexicon.v1", "ner.transformers.v1", "ner.underthesea.v1"),
                      help="person-name backend of the officials extractor (default: ner.lexicon.v1; "
                           "ner.underthesea.v1 adds Vietnamese names from underthesea's tagger)")
    proc.add_argument("--ner-model", type=Path, metavar="DIR",
                      help="local folder of a transformers token-classification model (with --ner-backend "
                           "ner.transformers.v1); nothing is downloaded")
    outg = ex.add_argument_group("output")
    outg.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder for the Parquet tables")
    outg.add_argument("--resume", action="store_true",
                      help="continue the run in DIR that was stopped: finished parts are kept, the rest is extracted")
    outg.add_argument("--overwrite", action="store_true", help="replace the run DIR holds")
    outg.add_argument("--part-size", type=int, default=DEFAULT_PART_SIZE, metavar="N",
                      help="articles per part written (a stopped run loses at most the parts under way) "
                           "(default: %(default)s)")
    outg.add_argument("--duckdb", action="store_true",
                      help="also write DIR/newsextract.duckdb: the tables and joined views for SQL "
                           "(needs pip install 'newsextract[analysis]')")
    outg.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary")
    outg.add_argument("--progress", action="store_true", help="show progress even when stderr is not a terminal")

    sm = sub.add_parser("summary", help="print an overview of the tables of a run",
                        description="Row counts and the most frequent persons, documents and figure units.")
    sm.add_argument("out", type=Path, metavar="DIR", help="folder of tables written by `extract`")

    rv = sub.add_parser("review", help="write an HTML page to review a run's extractions",
                        description="One self-contained page: each article's text with its officials, dates, "
                                    "documents and figures highlighted, filters by language and type.")
    rv.add_argument("out", type=Path, metavar="DIR", help="folder of tables written by `extract`")
    rv.add_argument("--html", type=Path, metavar="FILE", help="the page to write (default: DIR/review.html)")
    rv.add_argument("--max-articles", type=int, default=1000, metavar="N",
                    help="show the first N articles; 0 for all (default: %(default)s)")

    ev = sub.add_parser("evaluate", help="score extracted tables against gold annotations",
                        description="P/R/F1 per field and language, in the conventions of the gold format.")
    ev.add_argument("--gold", required=True, type=Path, help="folder of gold JSON files")
    ev.add_argument("--pred", required=True, type=Path, help="folder of tables written by `extract`")
    ev.add_argument("--json", action="store_true", help="print the whole result as JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit code (2 for wrong usage)."""
    try:
        return _main(argv)
    except BrokenPipeError:
        # the reader of our output went away (``... | head``): no traceback, no second error at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def run() -> None:
    """The ``newsextract`` command: :func:`main`, then the process exits without freeing its heap.

    Why: an extraction process holds hundreds of MB of language data and caches, and freeing
    them object by object at interpreter exit takes about half a second after every table is
    already written and closed. The exit handlers still run and the output streams are flushed;
    only that teardown is skipped.
    """
    code = main()
    try:
        atexit._run_exitfuncs()
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass  # the reader went away, or the stream was closed: nothing left to say
    finally:
        os._exit(code)


def _main(argv: Sequence[str] | None) -> int:
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
        if args.command == "review":
            return _review(args)
        return _evaluate(args)
    except UsageError as exc:
        print(f"newsextract {args.command}: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"newsextract {args.command}: {exc}", file=sys.stderr)
        return 2


def _extract(args: argparse.Namespace) -> int:
    from .pipeline.startup import import_spacy_lean

    import_spacy_lean()
    from .pipeline.run import RunInterrupted, extract_to

    if args.workers < 1:
        raise UsageError("--workers must be 1 or more")
    if args.part_size < 1:
        raise UsageError("--part-size must be 1 or more")
    if args.record_timeout < 0:
        raise UsageError("--record-timeout must be 0 (no budget) or more")
    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    if args.duckdb:
        if importlib.util.find_spec("duckdb") is None:
            raise UsageError("--duckdb needs DuckDB: pip install 'newsextract[analysis]'")
    if args.max_record_mb <= 0:
        raise UsageError("--max-record-mb must be positive")
    if args.ner_backend == "ner.transformers.v1" and not (args.ner_model and args.ner_model.is_dir()):
        raise UsageError("--ner-backend ner.transformers.v1 needs --ner-model DIR, a local model folder")
    if args.ner_backend == "ner.underthesea.v1" and importlib.util.find_spec("underthesea") is None:
        raise UsageError("--ner-backend ner.underthesea.v1 needs the underthesea package: "
                         "pip install 'newsextract[underthesea]'")
    if args.ner_backend:  # read by the officials extractor, in this process and in workers
        os.environ["NEWSEXTRACT_NER_BACKEND"] = args.ner_backend
    if args.ner_model:
        os.environ["NEWSEXTRACT_NER_MODEL"] = str(args.ner_model.resolve())
    progress = False if args.quiet else (True if args.progress else None)
    try:
        summary = extract_to(args.inputs, args.out, fmt=args.format, language=args.language, workers=args.workers,
                             max_record_bytes=int(args.max_record_mb * 2**20), progress=progress,
                             stdin=sys.stdin.buffer if "-" in args.inputs else None, part_size=args.part_size,
                             resume=args.resume, overwrite=args.overwrite,
                             record_timeout=args.record_timeout or None, engine=args.engine,
                             scheduler=args.scheduler, ner_backend=args.ner_backend,
                             ner_model=str(args.ner_model.resolve()) if args.ner_model else None)
    except RunInterrupted as exc:
        print(f"newsextract extract: stopped by {exc}; the finished parts are kept in {args.out}: run the same "
              f"command with --resume to continue", file=sys.stderr)
        return 130
    if args.duckdb:
        from .pipeline.duckdb_writer import write_duckdb
        write_duckdb(args.out)
    if not args.quiet:
        from .summary import format_run_summary

        if summary.resumed_articles:
            print(summary.format().split("\n")[0], file=sys.stderr)
        print(format_run_summary(args.out, seconds=summary.seconds), file=sys.stderr)
    return 0


def _review(args: argparse.Namespace) -> int:
    from .review import write_review

    if args.max_articles < 0:
        raise UsageError("--max-articles must be 0 (all) or more")
    path = write_review(args.out, args.html, max_articles=args.max_articles or None)
    print(f"review page written to {path}: open {path.resolve().as_uri()} in a browser")
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
