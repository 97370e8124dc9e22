"""Start-up of an extraction process: spaCy imported without the deep-learning stack it probes.

On import, spaCy's machine-learning library (thinc) tries to import PyTorch to register its
GPU and tensor bridges. A blank pipeline with rule-based components never uses them, yet
where PyTorch is installed (it is for the optional transformers NER backend) the import costs
about two seconds and a few hundred MB in every extraction process. :func:`import_spacy_lean`
imports spaCy with PyTorch hidden for that moment only, so PyTorch can still be imported later
(the transformers backend does). It is used by the ``newsextract extract`` command, which owns its
process; the library API leaves a caller's imports alone.
"""
from __future__ import annotations

import sys

# Modules thinc probes with ``import`` at start-up and that rule-based pipelines never use.
PROBED_BY_THINC = ("torch", "cupy", "tensorflow", "mxnet")


def import_spacy_lean() -> None:
    """Import spaCy without letting thinc import PyTorch and the like (no-op once spaCy is loaded)."""
    if "spacy" in sys.modules:
        return
    hidden = [name for name in PROBED_BY_THINC if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # "import name" now fails at once
    try:
        import spacy  # noqa: F401
        import spacy.language  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]
