"""Running the per-file work on a Dask ``distributed`` cluster.

Each Dask worker process gets a plugin that loads everything for the run's
options once, when the run starts (and on workers that join later); tasks
then find it loaded.  Workers must see ``IN_DIR`` and ``OUT_DIR`` at the
same paths (see docs/batch.md).
"""

from __future__ import annotations

import ctypes
import gc
import threading
from collections.abc import Iterator

from ..io import BitextError
from .errors import SchedulerUnreachable
from .manifest import FileResult
from .options import BatchOptions
from .work import Task, lost, prepare, process_file

#: Seconds to reach the scheduler and finish Dask's handshake.
CONNECT_TIMEOUT = 10.0
#: CTranslate2 threads per Dask worker process: run one single-threaded worker process per core.
DASK_MT_THREADS = 1
#: glibc's mallopt parameters (<malloc.h>).
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3
#: Most files in one Dask task (a worker lost with its task fails them all; the next run redoes them).
MAX_CHUNK = 8


def connect(address: str, timeout: float = CONNECT_TIMEOUT):
    """A Dask client for ``address``, or :class:`SchedulerUnreachable` within ``timeout`` seconds.

    Dask's own timeout covers the TCP connection but not its handshake: a
    port where something else listens would keep ``Client()`` waiting
    forever, so the attempt runs in a daemon thread and is abandoned.
    """
    try:
        from distributed import Client
    except ImportError:
        raise BitextError("--scheduler needs Dask: pip install 'bitext[dask]'") from None
    outcome: dict = {}

    def attempt() -> None:
        try:
            outcome["client"] = Client(address, timeout=f"{timeout}s")
        except Exception as exc:  # OSError, TimeoutError, ValueError for a malformed address, …
            outcome["error"] = exc

    thread = threading.Thread(target=attempt, name="bitext-dask-connect", daemon=True)
    thread.start()
    thread.join(timeout + 2)
    if "client" in outcome:
        return outcome["client"]
    cause = outcome.get("error") or f"no Dask answer within {timeout:.0f} s"
    raise SchedulerUnreachable(f"cannot reach the Dask scheduler at {address} ({cause})")


def _plugin(options: BatchOptions):
    from distributed.diagnostics.plugin import WorkerPlugin

    class LoadOnce(WorkerPlugin):
        """Loads the run's stages in the worker process before its first task, then keeps them out of the
        garbage collector's walks (what the pool's forkserver does with :func:`gc.freeze` too)."""

        idempotent = False  # a new run's options replace the last ones

        def setup(self, worker) -> None:
            relax_malloc()
            prepare(options, DASK_MT_THREADS)
            gc.freeze()  # as in the pool's forkserver: full collections no longer walk the loaded dictionaries

    return LoadOnce()


def process_files(tasks: list[Task], options: BatchOptions) -> list[FileResult]:
    """One Dask task: a few files, so Dask's own cost per task (about 10–20 ms of CPU) is shared."""
    return [process_file(task, options, DASK_MT_THREADS) for task in tasks]


def chunk_size(files: int, slots: int) -> int:
    """Files per Dask task: at least 8 tasks per worker thread (balance), at most 8 files per task."""
    return max(1, min(MAX_CHUNK, files // (8 * max(1, slots))))


def relax_malloc() -> None:
    """Undo Dask's allocator setting for this worker process.

    Dask starts workers with ``MALLOC_TRIM_THRESHOLD_=65536``, which also
    pins glibc's mmap threshold: annotation (many small and medium
    allocations) then costs about 15% more CPU, measured on the seed.  The
    thresholds set here are near glibc's own dynamic ones (a worker may keep
    up to 32 MB of freed memory instead of returning it at once).
    """
    try:
        libc = ctypes.CDLL(None)
        libc.mallopt(M_TRIM_THRESHOLD, 32 << 20)
        libc.mallopt(M_MMAP_THRESHOLD, 4 << 20)
    except (OSError, AttributeError):  # not glibc
        pass


def run_dask(client, tasks: list[Task], options: BatchOptions) -> Iterator[FileResult]:
    """Yield each file's result as Dask workers finish them; a lost task fails only its files."""
    from distributed import as_completed

    if not tasks:
        return
    client.register_plugin(_plugin(options), name="bitext-batch")
    slots = sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values())
    size = chunk_size(len(tasks), slots)
    chunks = [tasks[k:k + size] for k in range(0, len(tasks), size)]
    futures = client.map(process_files, chunks, options=options, pure=False)
    by_key = {f.key: chunk for f, chunk in zip(futures, chunks)}
    try:
        for future in as_completed(futures):
            try:
                results = future.result()
            except Exception as exc:  # the worker died or the task was lost
                results = [lost(task, f"Dask task failed ({type(exc).__name__}: {exc})") for task in by_key[future.key]]
            yield from results
    finally:
        client.cancel(futures)
