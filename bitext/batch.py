"""Annotate a whole folder of articles: in parallel, resumable, one bad file costs only itself.

``run_batch(in_dir, out_dir, options)`` finds every input file, skips those
already done (same input bytes, same options, same bitext version, outputs
still there), and runs :func:`process_file` on the rest, either in a pool of
local processes or on a Dask ``distributed`` cluster.  Each finished file
appends one JSON line to ``out_dir/manifest.jsonl`` (written only by the
coordinating process, flushed and fsynced per line), so a run killed at any
moment keeps the record of every file it finished; outputs are written by
temp file and rename, so no output is ever half-written.

SIGINT or SIGTERM stop a run: files not yet started are not started,
workers still busy are stopped (their temporary files removed), and
:class:`BatchInterrupted` is raised after the manifest is saved.  The next
run picks up where this one stopped.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from . import __version__
from .io import BitextError, InputError, OutputError, read_bytes, write_atomic
from .pipeline import AnnotateOptions

MANIFEST = "manifest.jsonl"
LOCK = ".bitext-batch.lock"
#: Output formats and the suffix each output file gets.
FORMAT_SUFFIX = {"tei": ".tei.xml", "html": ".html"}
#: Input suffix dropped from output names (``a/b.txt`` → ``a/b.tei.xml``).
TEXT_SUFFIX = ".txt"


class BatchInterrupted(BitextError):
    """The run was stopped by SIGINT/SIGTERM; finished files are recorded."""

    exit_code = 130


@dataclass(frozen=True)
class BatchOptions:
    """Everything that shapes the outputs of a batch run (and so decides what is redone)."""

    annotate: AnnotateOptions = AnnotateOptions()
    formats: tuple[str, ...] = ("tei",)
    mt: str = "none"  # "argos" or "none"
    model: str | None = None  # Argos package name or folder (with mt="argos")
    cache: str | None = None  # translation cache file shared by all workers; None: no cache
    glossary: tuple[str, ...] = ()  # glossary files or folders; () for none
    glossary_sha256: str = ""  # of the glossary files' bytes, filled in by :func:`resolve`
    mt_identity: str = ""  # the model's files and decoding options, filled in by :func:`resolve`

    def fingerprint(self) -> str:
        """Hash of the options that change the outputs, with the bitext version.

        The cache path does not change what is written, so it is left out;
        the glossary and the model count by content, not by path.
        """
        record = asdict(self)
        del record["cache"], record["glossary"], record["model"]
        record["bitext"] = __version__
        return hashlib.sha256(json.dumps(record, sort_keys=True).encode()).hexdigest()


@dataclass(frozen=True)
class Task:
    """One input file and where its outputs go (paths a worker on any machine can open)."""

    source: str  # path relative to the input folder: the name in the manifest and the TEI header
    input_path: str
    outputs: dict[str, str]  # format -> output path (overwritten: :func:`plan` checked they are ours)


@dataclass
class FileResult:
    """One manifest line."""

    input: str
    input_sha256: str = ""
    options_sha256: str = ""
    bitext: str = __version__
    status: str = "done"  # done | failed | started (claims its outputs; interrupted) | skipped (not written)
    outputs: dict[str, str] = field(default_factory=dict)  # format -> path relative to the output folder
    error: str = ""
    exit_code: int = 0
    seconds: float = 0.0

    def to_json(self) -> str:
        """One line; names with undecodable bytes (lone surrogates) are written as ``\\udcff`` escapes."""
        line = json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:
            line = json.dumps(asdict(self), sort_keys=True)
        return line


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


# -- discovery and the manifest --------------------------------------------------------------------


def discover(in_dir: Path, out_dir: Path | None = None) -> list[Path]:
    """Every regular, non-hidden file under ``in_dir``, sorted (relative paths).

    An output folder inside the input folder is left out: its TEI files are
    not articles.
    """
    if not in_dir.is_dir():
        raise InputError(f"{in_dir}: not a folder")
    if out_dir is not None and out_dir.resolve() == in_dir.resolve():
        raise BitextError(f"{out_dir}: the output folder must not be the input folder")
    found = []
    for folder, subdirs, files in os.walk(in_dir):
        subdirs[:] = sorted(
            d for d in subdirs if not d.startswith(".") and (out_dir is None or Path(folder, d).resolve() != out_dir.resolve())
        )
        for name in files:
            path = Path(folder, name)
            if not name.startswith(".") and path.is_file():
                found.append(path.relative_to(in_dir))
    return sorted(found)


def output_names(sources: Iterable[Path], formats: Iterable[str]) -> dict[Path, dict[str, str]]:
    """Output paths (relative) per input: ``.txt`` dropped, other names kept whole.

    ``a`` and ``a.txt`` would both give ``a.tei.xml``; the second gets a
    short hash of its path (``a-1f0e….tei.xml``), so no two inputs share an output.
    """
    taken: set[str] = set()
    names = {}
    for source in sources:
        stem = str(source.with_suffix("")) if source.suffix == TEXT_SUFFIX else str(source)
        if stem in taken:
            stem += "-" + hashlib.sha1(source.as_posix().encode()).hexdigest()[:8]
        taken.add(stem)
        names[source] = {fmt: stem + FORMAT_SUFFIX[fmt] for fmt in formats}
    return names


def read_manifest(path: Path) -> dict[str, FileResult]:
    """The latest record of each input; a torn last line (a killed run) is ignored."""
    records: dict[str, FileResult] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return records
    known = FileResult.__dataclass_fields__
    for line in lines:
        try:
            data = json.loads(line)
            records[data["input"]] = FileResult(**{k: v for k, v in data.items() if k in known})
        except (ValueError, KeyError, TypeError):
            continue
    return records


def save_manifest(path: Path, records: dict[str, FileResult]) -> None:
    """Rewrite the manifest with one line per input, sorted (atomic)."""
    text = "".join(records[name].to_json() + "\n" for name in sorted(records))
    write_atomic(path, text.encode("utf-8"))


def is_current(record: FileResult | None, input_sha256: str, fingerprint: str, out_dir: Path) -> bool:
    """Done before with the same input bytes, options and bitext version, and the outputs are still there."""
    return (
        record is not None
        and record.status == "done"
        and record.input_sha256 == input_sha256
        and record.options_sha256 == fingerprint
        and record.bitext == __version__
        and all((out_dir / p).is_file() for p in record.outputs.values())
    )


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def resolve(options: BatchOptions) -> BatchOptions:
    """Load the model and glossary once here, so a missing model or a malformed glossary stops
    the run before any worker starts, and fill in what identifies them for the skip logic."""
    if options.mt == "argos":
        from .mt import load_translator
        from .mt.packages import find_package

        package = find_package(options.model)
        options = replace(options, model=str(package.path.resolve()),
                          mt_identity=load_translator(package.path).identity)
    if options.glossary:
        from .glossary import glossary_files, load_glossary

        load_glossary(list(options.glossary))
        digest = hashlib.sha256()
        for path in glossary_files(options.glossary):
            digest.update(str(path.name).encode() + b"\0" + read_bytes(path))
        options = replace(options, glossary=tuple(str(Path(g).resolve()) for g in options.glossary),
                          glossary_sha256=digest.hexdigest())
    return options


# -- the per-file work (runs in a worker: local process or Dask) ----------------------------------


@lru_cache(maxsize=4)
def _stages(options: BatchOptions, mt_threads: int | None) -> dict:
    """Translator, cache and glossary, loaded once per worker process and reused for every file.

    ``mt_threads=1`` in pool workers: the processes are the parallelism, and
    N workers each using every core would fight over them.
    """
    stages: dict = {}
    if options.mt == "argos":
        from .mt import load_translator

        threads = {"inter_threads": mt_threads, "intra_threads": mt_threads} if mt_threads else {}
        stages["translator"] = load_translator(options.model, **threads)
        if options.cache:
            from .mt.cache import TranslationCache

            stages["cache"] = TranslationCache(options.cache)
    if options.glossary:
        from .glossary import load_glossary

        stages["glossary"] = load_glossary(list(options.glossary))
    return stages


def render(doc, fmt: str) -> bytes:
    if fmt == "tei":
        from .tei import to_tei

        return to_tei(doc)
    from .html import to_html

    return to_html(doc)


def process_file(task: Task, options: BatchOptions, mt_threads: int | None = 1) -> FileResult:
    """Annotate one file and write its outputs; every error becomes a failed result, never an exception.

    All outputs are rendered before the first is written, so a failure to
    read, annotate or render leaves none of them changed.
    """
    from .pipeline import annotate_bytes

    started = time.perf_counter()
    result = FileResult(input=task.source, options_sha256=options.fingerprint())
    try:
        data = read_bytes(task.input_path)
        result.input_sha256 = hashlib.sha256(data).hexdigest()
        doc = annotate_bytes(data, task.source, options.annotate, **_stages(options, mt_threads))
        rendered = {fmt: render(doc, fmt) for fmt in options.formats}
        for fmt, data in rendered.items():
            target = Path(task.outputs[fmt])
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise OutputError(f"{target}: cannot create its folder ({exc.strerror})") from None
            write_atomic(target, data)
            result.outputs[fmt] = task.outputs[fmt]  # even if a later one fails: ours to overwrite
    except BitextError as exc:
        result.status, result.error, result.exit_code = "failed", str(exc), exc.exit_code
    except MemoryError:
        result.status, result.error, result.exit_code = "failed", f"{task.source}: out of memory", 1
    except Exception as exc:  # a bug must cost this file only; the manifest keeps the details
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        result.status, result.exit_code = "failed", 70  # EX_SOFTWARE
        result.error = (
            f"{task.source}: internal error {type(exc).__name__}: {exc} "
            f"({Path(frame.filename).name}:{frame.lineno}; please report)"
        )
    result.seconds = round(time.perf_counter() - started, 3)
    return result


def _init_local_worker() -> None:
    """Workers leave Ctrl-C to the coordinator; SIGTERM unwinds so temporary files are removed."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _raise_exit)


def _raise_exit(signum, frame) -> None:
    raise SystemExit(128 + signum)


# -- backends ---------------------------------------------------------------------------------------

Backend = Callable[[list[Task], BatchOptions], Iterator[FileResult]]


def local_backend(jobs: int) -> Backend:
    """Run tasks in ``jobs`` local processes (spawn: no state inherited from the coordinator)."""

    def run(tasks: list[Task], options: BatchOptions) -> Iterator[FileResult]:
        if jobs <= 1:
            for task in tasks:
                yield process_file(task, options, mt_threads=None)
            return
        import multiprocessing

        pending = list(reversed(tasks))
        while pending:
            executor = ProcessPoolExecutor(
                max_workers=jobs, mp_context=multiprocessing.get_context("spawn"), initializer=_init_local_worker
            )
            running: dict = {}
            try:
                while pending or running:
                    while pending and len(running) < 2 * jobs:  # a short queue: an interrupt stops quickly
                        future = executor.submit(process_file, pending[-1], options)  # may raise: keep the task
                        running[future] = pending.pop()
                    finished, _ = wait(running, return_when=FIRST_COMPLETED)
                    for future in finished:
                        task = running.pop(future)
                        try:
                            yield future.result()
                        except BrokenProcessPool:
                            yield _lost(task, "the worker process died (out of memory or a crash)")
                break  # all done
            except BrokenProcessPool:
                continue  # start a fresh pool for what is left
            finally:
                _stop(executor)

    return run


def _lost(task: Task, cause: str) -> FileResult:
    """A file whose worker vanished; it may have written its outputs, so they stay claimed."""
    return FileResult(input=task.source, status="failed", exit_code=70, error=f"{task.source}: {cause}",
                      outputs=dict(task.outputs))


def _stop(executor: ProcessPoolExecutor) -> None:
    """Shut the pool down without waiting for busy workers: they get SIGTERM and clean up."""
    processes = list(getattr(executor, "_processes", {}).values())  # no public API before Python 3.14
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=10)


def dask_backend(address: str) -> Backend:
    """Run tasks on the Dask ``distributed`` scheduler at ``address`` (workers must see both folders)."""

    def run(tasks: list[Task], options: BatchOptions) -> Iterator[FileResult]:
        try:
            from distributed import Client, as_completed
        except ImportError:
            raise BitextError("--scheduler needs Dask: pip install 'bitext[dask]'") from None
        try:
            client = Client(address, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise BitextError(f"cannot reach the Dask scheduler at {address} ({exc})") from None
        futures = []
        try:
            futures = client.map(process_file, tasks, options=options, pure=False)
            by_key = {f.key: t for f, t in zip(futures, tasks)}
            for future in as_completed(futures):
                try:
                    yield future.result()
                except Exception as exc:  # the worker died or the task was lost
                    yield _lost(by_key[future.key], f"Dask task failed ({type(exc).__name__}: {exc})")
        finally:
            client.cancel(futures)
            client.close()

    return run


# -- the run ---------------------------------------------------------------------------------------


def plan(in_dir: Path, out_dir: Path, options: BatchOptions, force: bool = False) -> tuple[list[Task], list[FileResult], dict[str, FileResult]]:
    """Split the inputs into tasks to run and results known now (skipped, or blocked by a foreign file).

    An existing output may be overwritten only if the manifest names it (an
    earlier or interrupted run wrote it) or with ``force``; otherwise the
    file fails with exit code 73 and the output is kept.
    """
    records = read_manifest(out_dir / MANIFEST)
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
        if not force and digest and is_current(record, digest, fingerprint, out_dir):
            known.append(replace(record, status="skipped", seconds=0.0))  # the manifest keeps "done"
            continue
        foreign = [rel for rel in names[source].values() if rel not in claimed and (out_dir / rel).exists()]
        if foreign and not force:
            known.append(FileResult(input=key, input_sha256=digest, options_sha256=fingerprint, status="failed",
                                    exit_code=OutputError.exit_code,
                                    error=f"{out_dir / foreign[0]}: exists (use --force to overwrite)"))
            continue
        tasks.append(Task(key, str(path), {fmt: str(out_dir / rel) for fmt, rel in names[source].items()}))
    return tasks, known, records


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
    """Process every file of ``in_dir`` into ``out_dir``; see the module docstring.

    ``force`` redoes every file and overwrites outputs not written by an
    earlier run.  Raises :class:`BatchInterrupted` on SIGINT/SIGTERM.
    """
    started = time.perf_counter()
    in_dir, out_dir = Path(in_dir), Path(out_dir)
    unknown = [f for f in options.formats if f not in FORMAT_SUFFIX]
    if unknown or not options.formats:
        raise BitextError(f"unknown output format {', '.join(unknown) or '(none)'}; expected {', '.join(FORMAT_SUFFIX)}")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot create the output folder ({exc.strerror})") from None
    if not os.access(out_dir, os.W_OK):
        raise OutputError(f"{out_dir}: permission denied")
    with _only_run(out_dir):
        summary = _run(in_dir, out_dir, resolve(options), jobs, scheduler, force, progress, on_result)
    summary.seconds = time.perf_counter() - started
    return summary


@contextmanager
def _only_run(out_dir: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``out_dir``: two runs appending to one manifest would lose records."""
    with open(out_dir / LOCK, "a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BitextError(f"{out_dir}: another bitext batch is writing into this folder") from None
        yield


def _run(in_dir: Path, out_dir: Path, options: BatchOptions, jobs: int, scheduler: str | None, force: bool,
         progress: bool, on_result: Callable[[FileResult], None] | None) -> BatchSummary:
    """The run itself, under the folder's lock: plan, claim, process, record."""
    tasks, known, records = plan(in_dir.resolve(), out_dir.resolve(), options, force)
    remove_stale_temporaries(out_dir, tasks)
    summary = BatchSummary()
    for result in known:
        summary.add(result)
        if result.status == "failed":
            records[result.input] = result
    backend = dask_backend(scheduler) if scheduler else local_backend(min(jobs, len(tasks)))  # 1: in-process
    manifest = out_dir / MANIFEST
    bar = _progress_bar(len(tasks), progress)
    previous = _stop_on_sigterm()
    results = backend(tasks, options)
    try:
        with open(manifest, "a", encoding="utf-8") as log:
            _claim(log, tasks, out_dir, records)
            for result in results:
                result.outputs = {fmt: Path(p).resolve().relative_to(out_dir.resolve()).as_posix()
                                  for fmt, p in result.outputs.items()}
                log.write(result.to_json() + "\n")
                log.flush()
                os.fsync(log.fileno())
                records[result.input] = result
                summary.add(result)
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


def remove_stale_temporaries(out_dir: Path, tasks: list[Task]) -> None:
    """Delete the temporary files a killed worker (SIGKILL, power cut) left beside this run's outputs.

    :func:`~bitext.io.write_atomic` names them ``.NAME.<random>.part``; one walk
    over the output folder finds them, whatever the number of files.
    """
    ours = {Path(p) for task in tasks for p in task.outputs.values()}
    for folder, _, files in os.walk(out_dir):
        for name in files:
            if name.startswith(".") and name.endswith(".part"):
                original = Path(folder, name[1:-len(".part")].rsplit(".", 1)[0])
                if original.resolve() in ours:
                    Path(folder, name).unlink(missing_ok=True)


def _claim(log, tasks: list[Task], out_dir: Path, records: dict[str, FileResult]) -> None:
    """Record every task as started with its outputs, so a resumed run may overwrite what it left."""
    for task in tasks:
        outputs = {fmt: Path(p).relative_to(out_dir.resolve()).as_posix() for fmt, p in task.outputs.items()}
        records[task.source] = FileResult(input=task.source, status="started", outputs=outputs)
        log.write(records[task.source].to_json() + "\n")
    log.flush()
    os.fsync(log.fileno())


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
