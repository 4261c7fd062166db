"""Run the ``bitext`` command line in-process or as a real process, for the error tests."""

from __future__ import annotations

import contextlib
import io
import os
import signal
import subprocess
import sys
import time
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


def default_signals() -> None:
    """In the child, before Python starts: SIGINT and SIGTERM as a shell gives them.

    A child inherits an ignored SIGINT (pytest started from a script, ``nohup``,
    a CI runner), and Python then installs no KeyboardInterrupt handler, so
    the SIGINT tests would see a child that never stops.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def bitext_process(*argv: str, **popen) -> subprocess.Popen:
    """``python -m bitext ARGV`` as a child process (real exit codes and signals)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    options = {"cwd": ROOT, "env": env, "stdout": subprocess.PIPE, "stderr": subprocess.PIPE, "text": True,
               "preexec_fn": default_signals, **popen}
    return subprocess.Popen([sys.executable, "-m", "bitext", *map(str, argv)], **options)


def cpu_seconds(process: subprocess.Popen) -> float:
    """CPU time (user + system) a running child has used so far, from /proc; 0 once it has ended."""
    try:
        fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_until_busy(process: subprocess.Popen, cpu: float, cap: float = 300.0) -> None:
    """Poll until the child has used ``cpu`` seconds of CPU (imports done, work under way): at most ``cap`` s of polls."""
    for _ in range(int(cap / 0.05)):
        if cpu_seconds(process) >= cpu:
            return
        assert process.poll() is None, "finished before it was busy: make the input bigger"
        time.sleep(0.05)
    raise AssertionError(f"not {cpu} s of CPU after {cap} s of polls")


def run_process(*argv: str, timeout: float = 120) -> Outcome:
    process = bitext_process(*argv)
    _, stderr = process.communicate(timeout=timeout)
    return Outcome(process.returncode, stderr)
