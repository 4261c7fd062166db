"""A translation cache in SQLite, shared safely by concurrent processes.

Keys hash the model identity (its files and decoding options), the exact
source sentence and its glossary terms, so a changed model, option or term
never returns a stale English.  Each batch is stored in its own transaction
as soon as it is translated: an interrupted run keeps what it finished and
the next run resumes.  WAL journaling lets readers and one writer work at
once; writers wait for each other (``busy_timeout``) instead of failing.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path
from typing import Iterable, Sequence

from ..io import BitextError
from ..model import Translation

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
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
            self._db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.execute(SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise CacheError(f"{self.path}: cannot use as translation cache ({exc}); "
                             "give another file with --cache, or --no-cache") from None

    def get_many(self, keys: Iterable[str]) -> dict[str, Translation]:
        keys = list(dict.fromkeys(keys))
        found: dict[str, Translation] = {}
        for start in range(0, len(keys), 500):  # stay under SQLite's bound-parameter limit
            chunk = keys[start:start + 500]
            rows = self._db.execute(
                f"SELECT key, text, guards, missing_terms FROM translation WHERE key IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            for key, text, guards, missing in rows:
                found[key] = Translation(text=text, guards=tuple(json.loads(guards)),
                                         missing_terms=tuple(json.loads(missing)))
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
