"""The review notebook runs top to bottom on a real run."""
from __future__ import annotations

import json

from conftest import REPO

from newsextract.cli import main


def test_review_notebook_runs(tmp_path, sample_dir, monkeypatch) -> None:
    out = tmp_path / "run"
    texts = sorted((sample_dir / "texts").glob("*.txt"))[:4]
    assert main(["extract", *map(str, texts), "--out", str(out), "--quiet"]) == 0
    monkeypatch.setenv("NEWSEXTRACT_RUN", str(out))
    notebook = json.loads((REPO / "notebooks" / "review.ipynb").read_text(encoding="utf-8"))
    namespace: dict = {}
    code_cells = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    assert len(code_cells) >= 5
    for cell in code_cells:
        exec(compile("".join(cell["source"]), "review.ipynb", "exec"), namespace)
    assert "[[" in namespace["marked"](namespace["first_ok"])
