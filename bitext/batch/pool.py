"""Local worker processes that start once, work on one file at a time, and die with the coordinator.

Each worker is a long-lived process with its own pipe to the coordinator
(no shared queue, so a killed worker holds no lock the others need).  It
loads everything once, then works through its tasks in order, holding the
next one ready: when it dies (the OOM killer, a crash), only the file it was
working on fails, the next goes back to the queue and a fresh worker takes
its place.  Workers are forked from a forkserver that imported and warmed
the annotation modules (:mod:`bitext.batch.preload`), so a new worker is
ready in milliseconds and shares those pages with the others.  A worker
ends when its pipe closes (the coordinator is gone) and, on Linux, when
its parent dies (``PR_SET_PDEATHSIG``), so none outlives a killed run.
"""

from __future__ import annotations

import ctypes
import os
import signal
from collections import deque
from collections.abc import Iterator
from multiprocessing.connection import Connection, wait
from pathlib import Path

from ..io import remove_stale_parts
from .forkserver import worker_context
from .manifest import FileResult
from .options import BatchOptions
from .work import Task, lost, prepare, process_file

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
#: Tasks a worker holds at once: the one it works on and the next.
AHEAD = 2
#: Seconds a worker gets to finish its exit (temporary files removed) before it is killed.
STOP_GRACE = 10.0


def worker_threads(jobs: int) -> int:
    """CTranslate2 threads per worker: the cores shared out, so N workers never fight over them."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, cores // jobs)


class Worker:
    """One worker process and the tasks it holds, oldest (the one it is working on) first."""

    def __init__(self, context, options: BatchOptions, threads: int):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, options, threads), daemon=True,
                                       name="bitext-batch-worker")
        self.process.start()
        child.close()  # only the worker holds its end: its death is an EOF here
        self.tasks: deque[Task] = deque()

    def give(self, task: Task) -> bool:
        """Send a task; False when the worker is already gone."""
        try:
            self.conn.send(task)
        except OSError:  # BrokenPipeError: it died
            return False
        self.tasks.append(task)
        return True

    def stop(self, now: bool) -> None:
        """Ask the worker to finish (``now``: SIGTERM if busy; it removes its temporary files)."""
        if now and self.tasks:
            self.process.terminate()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass

    def join(self) -> None:
        """Wait for the worker to end (killed after :data:`STOP_GRACE`), then remove what it left half-written.

        A worker removes its own temporary files when stopped, unless it was
        killed first (out of memory, a stop that took longer than the grace
        on a loaded machine), so the files of the tasks it held are checked.
        """
        self.process.join(STOP_GRACE)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()
        for task in self.tasks:
            for output in task.outputs.values():
                remove_stale_parts(Path(task.out_dir) / output)


def run_local(tasks: list[Task], options: BatchOptions, jobs: int) -> Iterator[FileResult]:
    """Yield each task's result as it finishes, on ``jobs`` worker processes (in order for one job).

    Each worker holds up to :data:`AHEAD` tasks, so it starts the next one
    without waiting for the coordinator to record the last.  A worker
    answers its tasks in order: when it dies, the first task it still holds
    is the one it was working on (that file fails); the others never
    started and go back to the queue.  With more than one job even a
    single file goes to a worker: the coordinator never loads the
    annotation stages, and the forkserver may be loading them already
    (:func:`~bitext.batch.forkserver.forkserver_started`).
    """
    if jobs <= 1 or not tasks:
        for task in tasks:
            yield process_file(task, options, mt_threads=None)
        return
    count = min(jobs, len(tasks))
    context, threads = worker_context(), worker_threads(count)
    pending = deque(tasks)
    workers = [Worker(context, options, threads) for _ in range(count)]
    finished = False
    try:
        while pending or any(w.tasks for w in workers):
            for worker in list(workers):
                while pending and len(worker.tasks) < AHEAD:
                    if not worker.give(pending[0]):
                        if not worker.tasks:  # died idle: nothing lost, replace it
                            workers.remove(worker)
                            worker.join()
                            workers.append(Worker(context, options, threads))
                        break  # with tasks, its death is seen below
                    pending.popleft()
            busy = [w for w in workers if w.tasks]
            if not busy:
                continue  # every worker was replaced just now: give them tasks first
            ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy]))
            for worker in busy:
                if worker.conn not in ready and worker.process.sentinel not in ready:
                    continue
                try:
                    result = worker.conn.recv()
                except (EOFError, OSError):  # died: only the file it was working on fails
                    workers.remove(worker)
                    worker.join()
                    working, *unstarted = worker.tasks
                    pending.extendleft(reversed(unstarted))
                    if pending:
                        workers.append(Worker(context, options, threads))
                    yield lost(working, f"the worker process died ({_cause(worker.process.exitcode)})")
                    continue
                worker.tasks.popleft()
                if pending and worker.give(pending[0]):  # before the coordinator records: no idle gap
                    pending.popleft()
                yield result
        finished = True
    finally:
        for worker in workers:
            worker.stop(now=not finished)
        for worker in workers:
            worker.join()


def _cause(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        return f"killed by {signal.Signals(-exitcode).name}: out of memory or a crash"
    return f"exit code {exitcode}: out of memory or a crash"


# -- inside the worker process ---------------------------------------------------------------------


def _serve(conn: Connection, options: BatchOptions, threads: int) -> None:
    """The worker's life: load once, then one task at a time until told to stop or orphaned."""
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the coordinator's to handle
    signal.signal(signal.SIGTERM, _unwind)  # removes the temporary file being written, then exits
    prepare(options, threads)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):  # the coordinator is gone
            return
        if task is None:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)  # nothing left to clean up: exit quietly
            return
        result = process_file(task, options, threads)
        try:
            conn.send(result)
        except OSError:  # the coordinator is gone (BrokenPipeError): nobody to tell
            return


def _unwind(signum, frame) -> None:
    signal.signal(signum, signal.SIG_IGN)  # a second SIGTERM (the parent's death) must not cut the clean-up short
    raise SystemExit(128 + signum)


def _die_with_parent() -> None:
    """Ask Linux for SIGTERM when the parent dies (the forkserver dies with the coordinator)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: an orphan still ends at its pipe's EOF
        pass
