"""A translation cache in SQLite, shared safely by concurrent processes.

Keys hash the model identity (its files and decoding options), the exact
source sentence and its glossary terms, so a changed model, option or term
never returns a stale English.  Each batch is stored in its own transaction
as soon as it is translated: an interrupted run keeps what it finished and
the next run resumes.  WAL journaling lets readers and one writer work at
once; writers wait for each other (``busy_timeout``) instead of failing.

A damaged cache (truncated, overwritten, another program's database, a row
that is not ours) never stops a run: the file is moved aside as
``NAME.damaged-N``, a new cache is started, and stderr says both names.  A
single unreadable row is dropped and translated again.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sqlite3
import sys
import time
from pathlib import Path
from typing import Iterable, Sequence

from ..io import BitextError
from ..model import Translation
from ..terminal import printable

COLUMNS = ["key", "text", "guards", "missing_terms"]
SCHEMA = """
CREATE TABLE IF NOT EXISTS translation (
    key TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    guards TEXT NOT NULL,
    missing_terms TEXT NOT NULL
) WITHOUT ROWID
"""


class CacheError(BitextError):
    exit_code = 73  # EX_CANTCREAT: like an output that cannot be written


class NotOurs(sqlite3.DatabaseError):
    """A database that is not (or no longer) a translation cache: foreign tables, failed integrity check."""


def _looks_like_a_cache(path: Path) -> bool:
    """Only a file that is (or was meant to be) a database is moved aside: SQLite's header or a database name."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(16)
    except OSError:
        return False
    return header == b"SQLite format 3\x00" or path.suffix in (".sqlite3", ".sqlite", ".db")


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    """A file to move aside, as opposed to one that is busy or read-only."""
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(exc, NotOurs) or code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def default_cache_path() -> Path:
    """``$BITEXT_CACHE``, else ``$XDG_CACHE_HOME/bitext/translations.sqlite3`` (``~/.cache`` by default)."""
    if os.environ.get("BITEXT_CACHE"):
        return Path(os.environ["BITEXT_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "bitext" / "translations.sqlite3"


def cache_key(identity: str, source: str, terms: Sequence[Sequence[str]] = ()) -> str:
    payload = json.dumps([identity, source, [list(t) for t in terms]], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class TranslationCache:
    def __init__(self, path: str | os.PathLike, timeout: float = 60.0):
        self.path = Path(path)
        self.timeout = timeout
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise self._unusable(exc) from None
        try:
            self._db = self._open()
        except sqlite3.DatabaseError as exc:  # not a database, truncated, another program's tables
            if not _is_damage(exc):  # locked by another process past the timeout, read-only, …
                raise self._unusable(exc) from None
            if not _looks_like_a_cache(self.path):  # `--cache notes.txt`: someone's file, not a damaged cache
                raise self._unusable(f"not an SQLite database: {exc}") from None
            aside = self._move_aside()
            print(f"bitext: translation cache {printable(self.path)} is damaged ({printable(exc)}); "
                  f"moved it to {printable(aside.name)} "
                  "and started a new one", file=sys.stderr)
            try:
                self._db = self._open()
            except (OSError, sqlite3.Error) as again:
                raise self._unusable(again) from None
        except OSError as exc:
            raise self._unusable(exc) from None

    def _open(self) -> sqlite3.Connection:
        """Connect, and wait while another process is setting up the same new file.

        SQLite answers SQLITE_BUSY at once, without waiting out ``busy_timeout``,
        when connections switch a new file to WAL or create its table together:
        two batch workers starting on a fresh cache made one of them fail.
        """
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                return self._connect()
            except sqlite3.OperationalError as exc:
                busy = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
                if not busy or time.monotonic() >= deadline:
                    raise
                time.sleep(random.uniform(0.005, 0.05))

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        try:
            db.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
            # Checked before anything is written, so a file that is not ours is moved aside unchanged.
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if tables - {"translation"}:
                raise NotOurs(f"tables {', '.join(sorted(tables))} are not a translation cache's")
            columns = [row[1] for row in db.execute("PRAGMA table_info(translation)")]
            if tables and columns != COLUMNS:
                raise NotOurs(f"table translation has columns {', '.join(columns)}, not {', '.join(COLUMNS)}")
            if db.execute("PRAGMA quick_check").fetchone() != ("ok",):
                raise NotOurs("integrity check failed")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute(SCHEMA)
        except BaseException:
            db.close()
            raise
        return db

    def _move_aside(self) -> Path:
        """Rename the damaged file (and its WAL files) to the first free ``NAME.damaged-N``."""
        n = 1
        while (aside := self.path.with_name(f"{self.path.name}.damaged-{n}")).exists():
            n += 1
        try:
            os.replace(self.path, aside)
        except FileNotFoundError:  # another process moved it first
            pass
        except OSError as exc:
            raise self._unusable(exc) from None
        for suffix in ("-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        return aside

    def _unusable(self, exc: BaseException) -> "CacheError":
        return CacheError(f"{self.path}: cannot use as translation cache ({exc}); "
                          "give another file with --cache, or --no-cache")

    def get_many(self, keys: Iterable[str]) -> dict[str, Translation]:
        keys = list(dict.fromkeys(keys))
        found: dict[str, Translation] = {}
        damaged: list[str] = []
        for start in range(0, len(keys), 500):  # stay under SQLite's bound-parameter limit
            chunk = keys[start:start + 500]
            rows = self._db.execute(
                f"SELECT key, text, guards, missing_terms FROM translation WHERE key IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            for key, text, guards, missing in rows:
                try:
                    found[key] = Translation(text=str(text), guards=_strings(guards), missing_terms=_strings(missing))
                except (TypeError, ValueError):
                    damaged.append(key)
        if damaged:
            print(f"bitext: translation cache {printable(self.path)}: {len(damaged)} unreadable row(s) dropped; "
                  "those sentences are translated again", file=sys.stderr)
            self._db.executemany("DELETE FROM translation WHERE key = ?", [(k,) for k in damaged])
        return found

    def put_many(self, items: Iterable[tuple[str, Translation]]) -> None:
        rows = [(k, t.text, json.dumps(list(t.guards)), json.dumps(list(t.missing_terms))) for k, t in items]
        if not rows:
            return
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._db.executemany("INSERT OR REPLACE INTO translation VALUES (?, ?, ?, ?)", rows)
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def __len__(self) -> int:
        return self._db.execute("SELECT count(*) FROM translation").fetchone()[0]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "TranslationCache":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _strings(cell) -> tuple[str, ...]:
    """A JSON list of strings as stored; anything else is a damaged row (ValueError)."""
    value = json.loads(cell)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"not a list of strings: {cell!r}")
    return tuple(value)
