"""Align a corpus in one call: folders of chapter pairs, one output per chapter, a manifest.

``align_corpus(zh_dir, en_dir, out_dir, …)`` pairs every file of the Chinese
folder with the file of the same relative path in the English folder (and in
the MT folder, when there is one), aligns each in this process, so the
dictionary, the segmenter and any MT model are loaded once, and writes
``out_dir/<name><suffix>`` plus ``out_dir/manifest.jsonl``: one JSON line per
chapter with its status, output, unit counts and error.  A chapter that
fails costs only itself.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .align_output import FORMAT_SUFFIX, ChapterFiles, render_chapter
from .io import BitextError, InputError, OutputError, write_atomic
from .parallel import AlignOptions

MANIFEST = "manifest.jsonl"
#: Input suffix dropped from output names (``a/b.txt`` → ``a/b.tmx``).
TEXT_SUFFIX = ".txt"


@dataclass
class ChapterResult:
    """One manifest line."""

    chapter: str  # path relative to the Chinese folder
    status: str = "done"  # done | failed
    output: str = ""  # relative to the output folder
    units: int = 0
    flagged: int = 0
    error: str = ""
    seconds: float = 0.0


@dataclass
class CorpusSummary:
    results: list[ChapterResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> list[ChapterResult]:
        return [r for r in self.results if r.status == "failed"]

    def describe(self) -> str:
        done = len(self.results) - len(self.failed)
        return f"{done} chapters aligned, {len(self.failed)} failed, in {self.seconds:.1f} s"


def chapter_names(zh_dir: Path) -> list[str]:
    """Relative paths of the Chinese folder's files, hidden ones left out, sorted."""
    names = [p.relative_to(zh_dir).as_posix() for p in zh_dir.rglob("*") if p.is_file()]
    return sorted(n for n in names if not any(part.startswith(".") for part in n.split("/")))


def _output_name(chapter: str, fmt: str) -> str:
    stem = chapter[: -len(TEXT_SUFFIX)] if chapter.endswith(TEXT_SUFFIX) else chapter
    return stem + FORMAT_SUFFIX[fmt]


def _check_folders(zh_dir: Path, en_dir: Path, mt_dir: Path | None, out_dir: Path) -> None:
    for name, folder in (("Chinese", zh_dir), ("English", en_dir), ("MT", mt_dir)):
        if folder is not None and not folder.is_dir():
            raise InputError(f"{folder}: the {name} folder does not exist")
    for folder in (zh_dir, en_dir, mt_dir):  # inside an input folder, the outputs are chapters of the next run
        if folder is not None and out_dir.resolve().is_relative_to(folder.resolve()):
            raise OutputError(f"{out_dir}: is also an input folder, or inside one; write the alignments elsewhere")
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"{out_dir}: exists and is not a folder")


def _check_not_inputs(outputs: Iterable[Path], inputs: Iterable[Path]) -> None:
    """No output is one of the input files (the same file under any name), even with ``force``."""
    def identity(path: Path) -> tuple[int, int] | None:
        try:
            status = path.stat()
        except OSError:  # missing: cannot be an input
            return None
        return status.st_dev, status.st_ino

    read = {identity(p): p for p in inputs}
    read.pop(None, None)
    for output in outputs:
        source = read.get(identity(output))
        if source is not None:
            raise OutputError(f"{output}: is also the input {source}; write the alignments elsewhere")


def align_corpus(
    zh_dir: Path,
    en_dir: Path,
    out_dir: Path,
    options: AlignOptions,
    fmt: str = "ladder",
    *,
    mt_dir: Path | None = None,
    encoding: str | None = None,
    force: bool = False,
) -> CorpusSummary:
    """Align every chapter pair of two folders; see the module docstring."""
    _check_folders(zh_dir, en_dir, mt_dir, out_dir)
    chapters = chapter_names(zh_dir)
    if not chapters:
        raise InputError(f"{zh_dir}: no files to align")
    outputs = {c: out_dir / _output_name(c, fmt) for c in chapters}
    existing = [str(p) for p in outputs.values() if p.exists()]
    _check_not_inputs(outputs.values(), [folder / c for folder in (zh_dir, en_dir, mt_dir) if folder for c in chapters])
    if existing and not force:  # refused before any work
        raise OutputError(f"{existing[0]}: exists (use --force to overwrite; {len(existing)} outputs exist)")
    summary = CorpusSummary()
    start = time.perf_counter()
    out_dir.mkdir(parents=True, exist_ok=True)
    for chapter in chapters:
        result = ChapterResult(chapter, output=outputs[chapter].relative_to(out_dir).as_posix())
        began = time.perf_counter()
        files = ChapterFiles(str(zh_dir / chapter), str(en_dir / chapter),
                             None if mt_dir is None else str(mt_dir / chapter))
        try:
            for side, path in (("English", files.en), ("MT", files.mt)):
                if path is not None and not Path(path).is_file():
                    raise InputError(f"{path}: no {side} file for this chapter")
            data, result.units, result.flagged = render_chapter(files, fmt, options, encoding)
            outputs[chapter].parent.mkdir(parents=True, exist_ok=True)
            write_atomic(outputs[chapter], data)
        except BitextError as exc:
            result.status, result.output, result.error = "failed", "", str(exc)
        result.seconds = round(time.perf_counter() - began, 3)
        summary.results.append(result)
    summary.seconds = time.perf_counter() - start
    lines = "".join(json.dumps(asdict(r), ensure_ascii=False, sort_keys=True) + "\n" for r in summary.results)
    write_atomic(out_dir / MANIFEST, lines.encode("utf-8", "backslashreplace"))
    return summary
