"""Language data: every supported language ships the same files with the same keys."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from newsextract.resources import PACKAGE_ROOT, SUPPORTED_LANGUAGES, UnsupportedLanguage, check_language

AREAS = sorted({p.parent.parent for p in PACKAGE_ROOT.rglob("resources/*/*") if p.parent.name in SUPPORTED_LANGUAGES})


def test_every_area_is_found() -> None:
    names = {str(a.relative_to(PACKAGE_ROOT)) for a in AREAS}
    for area in ("resources", "pipeline/resources", "extractors/dates/resources", "extractors/figures/resources",
                 "extractors/documents/resources", "extractors/officials/resources"):
        assert area in names


@pytest.mark.parametrize("area", AREAS, ids=lambda a: str(a.relative_to(PACKAGE_ROOT)))
def test_same_files_for_every_language(area: Path) -> None:
    files = {lang: sorted(p.name for p in (area / lang).glob("*") if p.is_file()) for lang in SUPPORTED_LANGUAGES}
    reference = sorted(set().union(*files.values()))
    for lang, names in files.items():
        assert names == reference, f"{area}/{lang} lacks {sorted(set(reference) - set(names))}"


def _resource_files() -> list[tuple[Path, str]]:
    return [(area, name) for area in AREAS
            for name in sorted({p.name for lang in SUPPORTED_LANGUAGES for p in (area / lang).glob("*") if p.is_file()})]


@pytest.mark.parametrize("area, name", _resource_files(), ids=lambda x: x if isinstance(x, str) else x.parent.name)
def test_files_have_a_header_and_the_same_keys(area: Path, name: str) -> None:
    keys = {}
    for lang in SUPPORTED_LANGUAGES:
        path = area / lang / name
        text = path.read_text(encoding="utf-8")
        assert text.startswith("#"), f"{path} must start with a header comment saying what it holds"
        if name.endswith((".yaml", ".yml")):
            data = yaml.safe_load(text)
            keys[lang] = sorted(data) if isinstance(data, dict) else type(data).__name__
        elif name.endswith(".tsv"):
            header = next(line for line in text.splitlines() if line and not line.startswith("#"))
            keys[lang] = header.split("\t")
    assert len({str(v) for v in keys.values()}) <= 1, f"{name} differs across languages: {keys}"


@pytest.mark.parametrize("lang, ok", [("ar", True), ("el", True), ("vi", True), ("en", False), ("", False)])
def test_check_language(lang: str, ok: bool) -> None:
    if ok:
        assert check_language(lang) == lang
    else:
        with pytest.raises(UnsupportedLanguage, match="supported languages are ar, el, vi"):
            check_language(lang)
