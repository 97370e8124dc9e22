"""The extract command's process imports spaCy without PyTorch, which stays importable."""
from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

CHECK = """
import sys
from newsextract.pipeline.startup import import_spacy_lean
import_spacy_lean()
import spacy
print("spacy" in sys.modules, "torch" in sys.modules)
nlp = spacy.blank("el")
print(len(nlp("Ο υπουργός είπε.")))
try:
    import torch
    print("torch", torch.tensor([1, 2]).sum().item())
except ImportError:
    print("torch missing")
"""


def _run(code: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.split("\n")


def test_spacy_loads_without_torch_and_torch_stays_importable() -> None:
    lines = _run(CHECK)
    assert lines[0] == "True False"
    assert lines[1] == "4"
    if importlib.util.find_spec("torch") is not None:
        assert lines[2] == "torch 3"
    else:
        assert lines[2] == "torch missing"


@pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="PyTorch is not installed")
def test_torch_already_imported_is_left_alone() -> None:
    lines = _run("import torch, sys\nfrom newsextract.pipeline.startup import import_spacy_lean\n"
                 "import_spacy_lean()\nimport thinc.compat\nprint(thinc.compat.has_torch)")
    assert lines[0] == "True"
