"""The forkserver local workers are forked from, and starting it before the coordinator's own imports.

The forkserver imports and warms the annotation modules (:mod:`.preload`:
about 1.3 s CPU) before it forks the first worker.  ``bitext batch --jobs N``
starts it first thing, so that loading runs on another core while the
coordinator imports the pipeline, checks the model and glossary and hashes
the inputs, instead of after all that.  This module imports nothing of
bitext: importing it must not cost what it is meant to overlap.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager

PRELOAD = ["bitext.batch.preload"]


def worker_context():
    """A forkserver whose imports and dictionaries are loaded once (spawn where there is none)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)  # no effect once the server runs: still correct
    return context


@contextmanager
def forkserver_started(wanted: bool = True) -> Iterator[None]:
    """Start the forkserver now (when ``wanted`` and none runs) and end it with the block if this started it.

    Ending it matters when the run forked no worker (every file already
    done, a refused option): the server would otherwise finish its loading
    after the command has returned, for nothing.
    """
    server = _server() if wanted and worker_context().get_start_method() == "forkserver" else None
    if server is None or server._forkserver_pid is not None:
        yield  # nothing to start, or a long-lived process already has its warm server: keep it
        return
    server.ensure_running()
    try:
        yield
    finally:
        _stop(server)


def _server():
    """multiprocessing's forkserver object (None where its internals differ from CPython 3.9–3.13's)."""
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    return server if all(hasattr(server, a) for a in ("_forkserver_pid", "ensure_running", "_stop")) else None


def _stop(server) -> None:
    """End the server even in the middle of its loading (it reads the coordinator's goodbye only after)."""
    pid = server._forkserver_pid
    if pid is None:
        return
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    try:
        server._stop()  # reaps it and forgets it: the next run starts a fresh one
    except ChildProcessError:  # reaped already (by a SIGCHLD handler of the caller's)
        pass
