"""The exploration notebook runs top to bottom, in a real kernel, on a run of the sample corpus."""
from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import pytest

from conftest import REPO, SAMPLE, needs

from newsextract.pipeline.run import extract_to

NOTEBOOK = REPO / "notebooks" / "explore.ipynb"




def test_committed_notebook_has_no_outputs() -> None:
    notebook = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code_cells = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]
    assert len(code_cells) >= 6
    for cell in code_cells:
        assert cell["outputs"] == [] and cell["execution_count"] is None, "".join(cell["source"])[:60]
    assert "NEWSEXTRACT_RUN" in "".join(notebook["cells"][0]["source"])


def test_notebook_runs_on_a_sample_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nbformat = needs("nbformat")
    nbclient = needs("nbclient")
    needs("ipykernel")
    needs("matplotlib")
    out = tmp_path / "run"
    extract_to([SAMPLE / "texts"], out, progress=False)
    # The kernel is a child process: it reads the run and this checkout's package from the environment.
    monkeypatch.setenv("NEWSEXTRACT_RUN", str(out))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3",
                                     resources={"metadata": {"path": str(tmp_path)}})
    client.execute()  # raises CellExecutionError, with the cell and traceback, if any cell fails

    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert f"run: {out.resolve()}" in text and "rows per table: articles=12" in text
    assert "[[" in text and "|officials: " in text  # the marked article
    images = [base64.b64decode(o.data["image/png"]) for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) == 5  # languages, timeline, officials, figures, documents
    assert all(image[:8] == b"\x89PNG\r\n\x1a\n" and len(image) > 5_000 for image in images)
    tables_shown = [o.data["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any("person_id" in html and "Pham Quang Minh" in html for html in tables_shown)
    assert any("document_id" in html for html in tables_shown)
