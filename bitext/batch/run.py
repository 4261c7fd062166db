"""The coordinating process: check, plan, claim, hand out the work, record each result."""

from __future__ import annotations

import fcntl
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from .. import __version__
from ..io import OutputError
from .errors import BatchInterrupted, FolderBusy
from .layout import check_folders, discover, output_names, remove_stale_temporaries
from .manifest import MANIFEST, FileResult, append, read_manifest, save_manifest
from .options import BatchOptions, check_formats, resolve
from .work import Task

LOCK = ".bitext-batch.lock"


@dataclass
class BatchSummary:
    done: list[FileResult] = field(default_factory=list)
    skipped: list[FileResult] = field(default_factory=list)
    failed: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0

    def add(self, result: FileResult) -> None:
        {"done": self.done, "skipped": self.skipped, "failed": self.failed}[result.status].append(result)

    def describe(self) -> str:
        return (
            f"{len(self.done)} done, {len(self.skipped)} skipped (unchanged), "
            f"{len(self.failed)} failed, in {self.seconds:.1f} s"
        )


def sha256_file(path: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def is_current(record: FileResult | None, input_sha256: str, fingerprint: str, outputs: dict[str, str],
               out_dir: Path) -> bool:
    """Done before with the same input bytes, options and bitext version, into the outputs planned now,
    and those are still there."""
    return (
        record is not None
        and record.status == "done"
        and record.input_sha256 == input_sha256
        and record.options_sha256 == fingerprint
        and record.bitext == __version__
        and record.outputs == outputs
        and all((out_dir / p).is_file() for p in outputs.values())
    )


def plan(in_dir: Path, out_dir: Path, options: BatchOptions, records: dict[str, FileResult],
         force: bool = False) -> tuple[list[Task], list[FileResult]]:
    """Split the inputs into tasks to run and results known now (skipped, or blocked by a foreign file).

    An existing output may be overwritten only if the manifest names it (an
    earlier or interrupted run wrote it) or with ``force``; otherwise the
    file fails with exit code 73 and the output is kept.
    """
    claimed = {rel for record in records.values() for rel in record.outputs.values()}
    fingerprint = options.fingerprint()
    sources = discover(in_dir, out_dir)
    names = output_names(sources, options.formats)
    tasks, known = [], []
    for source in sources:
        key = source.as_posix()
        record = records.get(key)
        path = in_dir / source
        try:
            digest = sha256_file(path)
        except OSError:
            digest = ""  # the worker reports the read error
        if not force and digest and is_current(record, digest, fingerprint, names[source], out_dir):
            known.append(replace(record, status="skipped", seconds=0.0))  # the manifest keeps "done"
            continue
        foreign = [rel for rel in names[source].values() if rel not in claimed and (out_dir / rel).exists()]
        if foreign and not force:
            known.append(FileResult(input=key, input_sha256=digest, options_sha256=fingerprint, status="failed",
                                    exit_code=OutputError.exit_code,
                                    error=f"{out_dir / foreign[0]}: exists (use --force to overwrite)"))
            continue
        tasks.append(Task(key, str(path), str(out_dir), names[source]))
    return tasks, known


def run_batch(
    in_dir: str | Path,
    out_dir: str | Path,
    options: BatchOptions = BatchOptions(),
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    force: bool = False,
    progress: bool = False,
    on_result: Callable[[FileResult], None] | None = None,
) -> BatchSummary:
    """Process every file of ``in_dir`` into ``out_dir``; see the package docstring.

    ``force`` redoes every file and overwrites outputs not written by an
    earlier run.  Raises :class:`BatchInterrupted` on SIGINT/SIGTERM.  A run
    refused for its arguments, model, glossary or scheduler writes nothing,
    not even ``out_dir``.
    """
    started = time.perf_counter()
    in_dir, out_dir = Path(in_dir), Path(out_dir)
    check_formats(options.formats)
    check_folders(in_dir, out_dir)
    options = resolve(options)
    client = None
    if scheduler:
        from .cluster import connect

        client = connect(scheduler)
    try:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{out_dir}: cannot create the output folder ({exc.strerror})") from None
        if not os.access(out_dir, os.W_OK):
            raise OutputError(f"{out_dir}: permission denied")
        with _only_run(out_dir):
            summary = _run(in_dir.resolve(), out_dir.resolve(), options, jobs, client, force, progress, on_result)
    finally:
        if client is not None:
            client.close()
    summary.seconds = time.perf_counter() - started
    return summary


@contextmanager
def _only_run(out_dir: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``out_dir``: two runs appending to one manifest would lose records."""
    with open(out_dir / LOCK, "a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise FolderBusy(f"{out_dir}: another bitext batch is writing into this folder") from None
        yield


def _run(in_dir: Path, out_dir: Path, options: BatchOptions, jobs: int, client, force: bool,
         progress: bool, on_result: Callable[[FileResult], None] | None) -> BatchSummary:
    """The run itself, under the folder's lock: plan, claim, process, record."""
    manifest = out_dir / MANIFEST
    records = read_manifest(manifest)
    tasks, known = plan(in_dir, out_dir, options, records, force)
    remove_stale_temporaries(out_dir, {rel for r in records.values() for rel in r.outputs.values()}
                             | {rel for task in tasks for rel in task.outputs.values()})
    summary = BatchSummary()
    for result in known:
        summary.add(result)
        if result.status == "failed":
            records[result.input] = result
    for task in tasks:  # claimed before any is written: a resumed run may overwrite what this one left
        records[task.source] = FileResult(input=task.source, status="started", outputs=dict(task.outputs))
    save_manifest(manifest, records)  # compacted: torn or unreadable lines of a killed run are gone
    if client is not None:
        from .cluster import run_dask

        results = run_dask(client, tasks, options)
    else:
        from .pool import run_local

        results = run_local(tasks, options, jobs)
    bar = _progress_bar(len(tasks), progress)
    previous = _stop_on_sigterm()
    try:
        with open(manifest, "a", encoding="utf-8") as log:
            for result in results:
                records[result.input] = result  # first: a stop from here on saves the file as finished
                summary.add(result)
                append(log, [result])
                if on_result:
                    on_result(result)
                if bar is not None:
                    bar.update(1)
                    bar.set_postfix(failed=len(summary.failed), refresh=False)
    except KeyboardInterrupt:
        raise BatchInterrupted(
            f"interrupted: {len(summary.done)} files finished and recorded in {manifest}; "
            "run the same command again to resume"
        ) from None
    finally:
        results.close()  # stops the workers still busy
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        if bar is not None:
            bar.close()
        save_manifest(manifest, records)
    return summary


def _stop_on_sigterm():
    """SIGTERM stops the run the way Ctrl-C does (workers stopped, manifest saved)."""

    def handler(signum, frame):
        raise KeyboardInterrupt

    if threading.current_thread() is not threading.main_thread():
        return None  # signals reach only the main thread; its owner handles them
    return signal.signal(signal.SIGTERM, handler)


def _progress_bar(total: int, enabled: bool):
    if not enabled or not total:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="file", desc="bitext batch", file=sys.stderr)
