"""``python -m newsextract`` runs the command-line interface."""
from .cli import run

run()
