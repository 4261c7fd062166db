"""Run the ``bitext`` command line in-process or as a real process, for the error tests."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Outcome:
    code: int
    stderr: str

    @property
    def error_line(self) -> str:
        """The error as printed; asserts it is exactly one line and no traceback."""
        lines = self.stderr.strip().splitlines()
        assert "Traceback" not in self.stderr, self.stderr
        assert len(lines) == 1, self.stderr
        return lines[0]


def run_cli(*argv: str) -> Outcome:
    """``bitext ARGV`` in this process (fast); argparse usage errors give code 2."""
    from bitext.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            code = main([str(a) for a in argv])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
    return Outcome(code, err.getvalue())


def bitext_process(*argv: str, **popen) -> subprocess.Popen:
    """``python -m bitext ARGV`` as a child process (real exit codes and signals)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.Popen([sys.executable, "-m", "bitext", *map(str, argv)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)


def run_process(*argv: str, timeout: float = 120) -> Outcome:
    process = bitext_process(*argv)
    _, stderr = process.communicate(timeout=timeout)
    return Outcome(process.returncode, stderr)
