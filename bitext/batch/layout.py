"""Which files are inputs, what their outputs are called, and the temporary files a killed run left.

Output names are planned for the whole corpus at once so that no two inputs
ever share an output, and no output takes the name of a folder another
output needs.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from ..io import InputError
from .errors import BatchUsageError
from .manifest import MANIFEST
from .options import FORMAT_SUFFIX

#: Input suffix dropped from output names (``a/b.txt`` → ``a/b.tei.xml``).
TEXT_SUFFIX = ".txt"
#: :func:`bitext.io.write_atomic`'s temporary files: ``.NAME.<8 random characters>.part``, or
#: ``.NAME.<pid>-<8 random characters>.part`` when the writer's process id is in the name.
TEMPORARY = re.compile(r"\.(?P<name>.+)\.(?:\d+-)?[a-z0-9_]{8}\.part")


def check_folders(in_dir: Path, out_dir: Path) -> None:
    if not in_dir.is_dir():
        raise InputError(f"{in_dir}: not a folder")
    if out_dir.resolve() == in_dir.resolve():
        raise BatchUsageError(f"{out_dir}: the output folder must not be the input folder")


def discover(in_dir: Path, out_dir: Path | None = None) -> list[Path]:
    """Every regular, non-hidden file under ``in_dir``, sorted (relative paths).

    An output folder inside the input folder is left out: its TEI files are
    not articles.
    """
    skip = out_dir.resolve() if out_dir is not None else None
    found = []
    for folder, subdirs, files in os.walk(in_dir):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith(".") and Path(folder, d).resolve() != skip)
        for name in files:
            path = Path(folder, name)
            if not name.startswith(".") and path.is_file():
                found.append(path.relative_to(in_dir))
    return sorted(found)


def output_names(sources: Iterable[Path], formats: Iterable[str]) -> dict[Path, dict[str, str]]:
    """Output paths (relative, POSIX) per input: ``.txt`` dropped, other names kept whole.

    ``a`` and ``a.txt`` would both give ``a.tei.xml``; the later one in sorted
    order gets a short hash of its path (``a-1f0e….tei.xml``), and again with
    a counter if even that name is taken (an input called ``a-1f0e….txt``),
    so no two inputs share an output and no output is a folder's name.
    """
    sources = sorted(sources)
    formats = list(formats)
    folders = {parent.as_posix() for source in sources for parent in source.parents}
    taken: set[str] = set()
    names = {}
    for source in sources:
        natural = (source.with_suffix("") if source.suffix == TEXT_SUFFIX else source).as_posix()
        stem, attempt = natural, 0
        while stem in taken or any(stem + FORMAT_SUFFIX[f] in folders for f in formats):
            label = source.as_posix() + (f"#{attempt}" if attempt else "")
            stem = natural + "-" + hashlib.sha1(label.encode("utf-8", "surrogateescape")).hexdigest()[:8]
            attempt += 1
        taken.add(stem)
        names[source] = {fmt: stem + FORMAT_SUFFIX[fmt] for fmt in formats}
    return names


def remove_stale_temporaries(out_dir: Path, ours: set[str]) -> int:
    """Delete the temporary files a killed run (SIGKILL, power cut) left beside files batch writes.

    ``ours`` are output paths relative to ``out_dir`` (this run's and every
    one the manifest names); the manifest's own are included.  Each folder
    that holds one of them is listed once (a symlinked subfolder too), so
    the cost is one listing per output folder.  Returns how many were removed.
    """
    ours = ours | {MANIFEST}
    removed = 0
    for folder in sorted({PurePosixPath(rel).parent for rel in ours}):
        try:
            entries = list(os.scandir(out_dir / folder))
        except (FileNotFoundError, NotADirectoryError):
            continue
        for entry in entries:
            match = TEMPORARY.fullmatch(entry.name)
            if match and (folder / match["name"]).as_posix() in ours:
                Path(entry.path).unlink(missing_ok=True)
                removed += 1
    return removed
