"""``bitext batch`` as a real process that holds still after its Nth recorded file, for signal tests.

    python tests/held_batch.py MARKER N batch IN_DIR OUT_DIR ...

After the Nth file is recorded in the manifest it creates MARKER and waits
there until a signal stops it, so a test can send SIGINT, SIGTERM or
SIGKILL at a known point instead of racing a run that may already be over.
Ctrl-C is restored even when the test runner was started with SIGINT
ignored (a child inherits that, and Python then leaves it ignored).
"""

from __future__ import annotations

import functools
import signal
import sys
import time
from pathlib import Path

import bitext.batch
from bitext.cli import main



def hold_after(marker: Path, count: int):
    recorded = []

    def hold(result) -> None:
        recorded.append(result)
        if len(recorded) == count:
            marker.touch()
            while True:
                time.sleep(1)  # a signal's handler raises here

    return hold


if __name__ == "__main__":  # worker processes import this module again (as __mp_main__)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    hold = hold_after(Path(sys.argv[1]), int(sys.argv[2]))
    bitext.batch.run_batch = functools.partial(bitext.batch.run_batch, on_result=hold)
    sys.exit(main(sys.argv[3:]))
