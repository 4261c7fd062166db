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

from __future__ import annotations

import importlib

#: Where each public name lives.  Imported on first use, so ``bitext batch --jobs N`` can start the
#: forkserver (:mod:`.forkserver`) before it imports the pipeline: importing a submodule runs this file.
_EXPORTS = {
    "BatchInterrupted": "errors", "BatchUsageError": "errors", "FolderBusy": "errors",
    "SchedulerUnreachable": "errors",
    "discover": "layout", "output_names": "layout", "remove_stale_temporaries": "layout",
    "MANIFEST": "manifest", "FileResult": "manifest", "read_manifest": "manifest", "save_manifest": "manifest",
    "FORMAT_SUFFIX": "options", "BatchOptions": "options", "resolve": "options",
    "LOCK": "run", "BatchSummary": "run", "plan": "run", "run_batch": "run",
    "Task": "work", "process_file": "work",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
