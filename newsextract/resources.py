"""Per-language knowledge files: found, parsed and cached in one place.

Language data lives beside the code that uses it, as
``newsextract/<area>/resources/<iso>/<name>.{yaml,tsv}``. Each file starts with a header
comment saying what it holds; TSV files have a column-name line after the comments.
Files are read once per process (``functools.lru_cache``), so components can call
:func:`load_yaml` / :func:`load_tsv` freely.
"""
from __future__ import annotations

import csv
import functools
import io
from pathlib import Path
from typing import Any

import yaml

PACKAGE_ROOT = Path(__file__).resolve().parent
SUPPORTED_LANGUAGES: tuple[str, ...] = ("ar", "el", "vi")


class UnsupportedLanguage(ValueError):
    """Raised when a caller asks for a language the project has no data for."""

    def __init__(self, lang: str) -> None:
        super().__init__(
            f"language {lang!r} is not supported; supported languages are "
            f"{', '.join(SUPPORTED_LANGUAGES)} (anything else is reported as 'und')"
        )
        self.lang = lang


def check_language(lang: str) -> str:
    """Return ``lang`` if supported, else raise :class:`UnsupportedLanguage`."""
    if lang not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguage(lang)
    return lang


def resource_path(area: str, lang: str, name: str) -> Path:
    """Path of a resource file, e.g. ``resource_path("extractors/dates", "ar", "months.yaml")``."""
    return PACKAGE_ROOT / area / "resources" / lang / name


# libyaml's parser when PyYAML was built with it (about 7x faster at start-up), the same safe
# constructor either way
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.lru_cache(maxsize=None)
def load_yaml(area: str, lang: str, name: str) -> Any:
    """Parse a YAML resource once; a missing file is an error that names the path."""
    path = resource_path(area, lang, name)
    if not path.exists():
        raise FileNotFoundError(f"missing language resource {path}")
    with path.open(encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=_SAFE_LOADER)
    return {} if data is None else data


@functools.lru_cache(maxsize=None)
def load_tsv(area: str, lang: str, name: str) -> tuple[dict[str, str], ...]:
    """Parse a TSV resource (``#`` comment lines, then a header row) into row dicts."""
    path = resource_path(area, lang, name)
    if not path.exists():
        raise FileNotFoundError(f"missing language resource {path}")
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple({k: (v or "").strip() for k, v in row.items()} for row in reader)
