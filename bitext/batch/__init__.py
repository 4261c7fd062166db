"""Annotate a whole folder of articles: in parallel, resumable, one bad file costs only itself.

``run_batch(in_dir, out_dir, options)`` finds every input file, skips those
already done (same input bytes, same options, same bitext version, outputs
still there), and runs :func:`process_file` on the rest, either in local
worker processes that load everything once (:mod:`.pool`) or on a Dask
``distributed`` cluster (:mod:`.cluster`).  Each finished file appends one
JSON line to ``out_dir/manifest.jsonl`` (:mod:`.manifest`; written only by
the coordinating process, flushed and fsynced per line), so a run killed at
any moment keeps the record of every file it finished; outputs are written
by temp file and rename, so no output is ever half-written.

SIGINT or SIGTERM stop a run: files not yet started are not started,
workers still busy are stopped (their temporary files removed), and
:class:`BatchInterrupted` is raised after the manifest is saved.  The next
run picks up where this one stopped.
"""

from .errors import BatchInterrupted, BatchUsageError, FolderBusy, SchedulerUnreachable
from .layout import discover, output_names, remove_stale_temporaries
from .manifest import MANIFEST, FileResult, read_manifest, save_manifest
from .options import FORMAT_SUFFIX, BatchOptions, resolve
from .run import LOCK, BatchSummary, plan, run_batch
from .work import Task, process_file

__all__ = [
    "FORMAT_SUFFIX", "LOCK", "MANIFEST", "BatchInterrupted", "BatchOptions", "BatchSummary", "BatchUsageError",
    "FileResult", "FolderBusy", "SchedulerUnreachable", "Task", "discover", "output_names", "plan",
    "process_file", "read_manifest", "remove_stale_temporaries", "resolve", "run_batch", "save_manifest",
]
