"""Defaults of a run, in a module that imports nothing heavy, so the command line starts fast."""
from __future__ import annotations

# Articles per part written: a stopped run loses at most the parts under way.
DEFAULT_PART_SIZE = 1000
# Seconds of extraction allowed per 100,000 characters of a record (at least one such unit).
DEFAULT_RECORD_TIMEOUT = 10.0
ENGINES = ("local", "dask")
