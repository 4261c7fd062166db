"""Schemas that live beside the repository in ``../shared/schemas`` (or ``$BITEXT_SHARED/schemas``).

A fresh clone without ``../shared`` skips the tests that need them; CI
(``CI=true``), where ``../shared`` is laid beside the clone, fails loudly
instead, so a missing schema never passes in silence.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("BITEXT_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def shared_schema(name: str) -> Path:
    """The path of ``schemas/name``; skip (or fail under CI) when it is missing."""
    path = SHARED / "schemas" / name
    if not path.exists():
        message = f"{path} is missing: the schema check cannot run (set BITEXT_SHARED to the shared folder)"
        if os.environ.get("CI", "").lower() in ("true", "1"):
            pytest.fail(message)
        pytest.skip(message)
    return path
