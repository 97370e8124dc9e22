"""The documentation matches the code: every column of every table is in the data dictionary."""
from __future__ import annotations

import re

import pytest

from newsextract.pipeline.tables import SCHEMAS
from conftest import REPO

SCHEMA_DOC = (REPO / "docs" / "schema.md").read_text(encoding="utf-8")


def _documented(table: str) -> set[str]:
    section = SCHEMA_DOC.split(f"## {table} ")[1].split("\n## ")[0]
    names: set[str] = set()
    for line in section.splitlines():
        if line.startswith("| ") and not line.startswith(("| column", "| ---")):
            names.update(n.strip() for n in line.split("|")[1].split(","))
    return names


@pytest.mark.parametrize("table", sorted(SCHEMAS))
def test_every_column_is_documented(table: str) -> None:
    assert _documented(table) == set(SCHEMAS[table].names)


def test_readme_has_the_two_setup_commands() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    setup = readme.split("## Set-up")[1].split("\n## ")[0]
    assert re.findall(r"^make (\w+)", setup, flags=re.M) == ["demo", "test"]
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:", makefile, flags=re.M) and re.search(r"^test:", makefile, flags=re.M)
