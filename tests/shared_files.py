"""Files from ``../shared`` (the TMX DTD, the TBX schema): beside the clone in CI, absent in a fresh clone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("BITEXT_SHARED", ROOT.parent / "shared"))


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def shared_path(relative: str) -> Path | None:
    """``../shared/RELATIVE``, or None when it is missing outside CI; under ``CI=true`` a missing file fails
    the test loudly instead of silently skipping a schema check."""
    path = SHARED / relative
    if path.exists():
        return path
    if in_ci():
        pytest.fail(f"{path} is missing: CI runs with ../shared beside the clone (or set BITEXT_SHARED)")
    return None


def require_shared(relative: str) -> Path:
    """Like :func:`shared_path`, but outside CI a missing file skips the test, saying why."""
    path = shared_path(relative)
    if path is None:
        pytest.skip(f"{SHARED / relative} not present (../shared is beside the clone in CI)")
    return path
