"""``OUT_DIR/manifest.jsonl``: one JSON line per input, appended as files finish, compacted at each end.

Only the coordinating process writes it.  Reading never fails: a line that
is torn (a killed run, even inside a UTF-8 character), not JSON, or has a
value of the wrong type (a hand edit) is ignored, so that file is simply
done again.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import PurePosixPath
from typing import IO

from .. import __version__
from ..io import write_atomic

MANIFEST = "manifest.jsonl"
STATUSES = ("done", "failed", "started")  # "skipped" is a run's summary only, never written


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

    @classmethod
    def from_json(cls, data: object) -> FileResult | None:
        """The record a manifest line holds, or None when any value has the wrong type or shape."""
        if not isinstance(data, dict) or not isinstance(data.get("input"), str):
            return None
        kept = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        text_fields = ("input_sha256", "options_sha256", "bitext", "status", "error")
        if not all(isinstance(kept.get(k, ""), str) for k in text_fields):
            return None
        if kept.get("status", "done") not in STATUSES:
            return None
        number = kept.get("seconds", 0.0)
        code = kept.get("exit_code", 0)
        if isinstance(number, bool) or not isinstance(number, (int, float)):
            return None
        if isinstance(code, bool) or not isinstance(code, int):
            return None
        outputs = kept.get("outputs", {})
        if not isinstance(outputs, dict) or not all(
                isinstance(k, str) and isinstance(v, str) and _inside(v) for k, v in outputs.items()):
            return None
        return cls(**kept)


def _inside(relative: str) -> bool:
    """A path that stays inside the output folder (a hand edit must not claim files elsewhere)."""
    path = PurePosixPath(relative)
    return bool(relative) and not path.is_absolute() and ".." not in path.parts


def read_manifest(path: str | os.PathLike) -> dict[str, FileResult]:
    """The latest valid record of each input; lines that cannot be read are skipped."""
    records: dict[str, FileResult] = {}
    try:
        with open(path, "rb") as handle:
            lines = handle.read().split(b"\n")
    except FileNotFoundError:
        return records
    for line in lines:
        try:
            record = FileResult.from_json(json.loads(line.decode("utf-8")))
        except ValueError:  # not UTF-8 (torn inside a character) or not JSON
            continue
        if record is not None:
            records[record.input] = record
    return records


def save_manifest(path: str | os.PathLike, records: dict[str, FileResult]) -> None:
    """Rewrite the manifest with one line per input, sorted (atomic)."""
    text = "".join(records[name].to_json() + "\n" for name in sorted(records))
    write_atomic(path, text.encode("utf-8"))


def append(log: IO[str], results: list[FileResult]) -> None:
    """Append records and make them durable before going on (a power cut keeps them)."""
    log.write("".join(r.to_json() + "\n" for r in results))
    log.flush()
    os.fsync(log.fileno())
