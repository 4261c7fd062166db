"""File I/O shared by every command: bounded reads, safe output paths, atomic writes, safe XML.

Inputs larger than :data:`MAX_INPUT_BYTES` are refused before any work
(``/dev/zero`` too).  An output is checked before the work starts
(:func:`check_output`): never the input itself, never a device, pipe or
symbolic link, never an existing file without ``--force``.  Outputs go to a
temporary file in the target folder and are renamed over the target only
once complete, so a crash never leaves half a file and an earlier output
survives a failed run; the temporary file of a killed run is removed by the
next write to the same target.  XML is parsed with entity expansion, DTD
loading and network access switched off.
"""

from __future__ import annotations

import glob
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

#: The largest input any command reads (100 MB): a bigger file, or an endless one such as
#: ``/dev/zero``, is refused before the work instead of exhausting memory hours later.
MAX_INPUT_BYTES = 100_000_000


class BitextError(Exception):
    """An error a user can act on; the CLI prints it as one line, no traceback."""

    exit_code = 1


class UsageError(BitextError):
    """The command line asks for something that does not exist (a format, an option value)."""

    exit_code = 2  # as argparse's own usage errors


class InputError(BitextError):
    """The input cannot be read (missing, empty, binary, undecodable, hostile)."""

    exit_code = 65  # EX_DATAERR


class OutputError(BitextError):
    """The output cannot be written (missing folder, no permission, exists)."""

    exit_code = 73  # EX_CANTCREAT


def read_bytes(path: str | Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    """Read a whole input file, or standard input for ``-``; refuse one larger than ``limit`` bytes."""
    if str(path) == "-":
        return read_bounded(sys.stdin.buffer, "standard input", limit)
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise InputError(f"{path}: {_too_big(limit)} ({size:,} bytes)")
            return read_bounded(handle, path, limit)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def _too_big(limit: int) -> str:
    return f"larger than the input limit of {limit / 1e6:g} MB; split it into smaller files"


def read_bounded(handle, name: str | Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    """Read to the end, stopping as soon as more than ``limit`` bytes came (a device, a pipe)."""
    chunks, total = [], 0
    while chunk := handle.read(min(1 << 20, limit + 1 - total)):
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise InputError(f"{name}: {_too_big(limit)}")
    return b"".join(chunks)


#: What makes a spreadsheet read a cell as a formula (OWASP's list for CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(cell: str) -> str:
    """``cell`` as a spreadsheet shows it without running it: a leading apostrophe before a formula start.

    Every CSV or TSV a spreadsheet may open (the review CSV, the alignment TSV,
    the OmegaT glossary) writes its cells through this.
    """
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def unquote_formula(cell: str) -> str:
    """The cell as it was before :func:`formula_safe` (a spreadsheet may have dropped the apostrophe)."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell


def decode_utf8(data: bytes, source: str | Path) -> str:
    """UTF-8 text (a leading BOM dropped) of a file a person edits; a bad byte is named by its line."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(f"{source}:{line}: not UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8") from None


def check_output(path: str | Path, inputs: Iterable[str | Path] = (), *, force: bool = False) -> None:
    """Refuse, before any work, an output that would destroy something or could not be written.

    ``-`` (standard output) is always fine.  Refused: one of ``inputs`` (the
    same file under any name, hard links included, even with ``force``); a
    device, pipe or socket (``--force`` would replace ``/dev/null`` by a file);
    a symbolic link (neither the link nor the file it points to is replaced by
    surprise); a folder; an existing file unless ``force``; a missing folder.
    """
    if str(path) == "-":
        return
    target = Path(path)
    check_not_input(target, inputs)
    if target.is_symlink():
        raise OutputError(f"{target}: is a symbolic link; give the path of the file itself, or remove the link")
    if target.exists():
        mode = target.stat().st_mode
        if stat.S_ISDIR(mode):
            raise OutputError(f"{target}: is a folder; give a file name")
        if not stat.S_ISREG(mode):
            raise OutputError(f"{target}: not a regular file (a device, pipe or socket); "
                              "use -o - to write to standard output")
        if not force:
            raise OutputError(f"{target}: exists (use --force to overwrite)")
    if not target.parent.is_dir():
        raise OutputError(f"{target}: folder {target.parent} does not exist")


def check_not_input(target: str | Path, inputs: Iterable[str | Path]) -> None:
    """Refuse a file the command writes (an output, the translation cache) that is one of its inputs."""
    for source in inputs:
        if str(source) != "-" and _same_file(source, Path(target)):
            raise OutputError(f"{target}: is also the input {source}; write the output to another file")


def _same_file(a: str | Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet)
        return False


def write_atomic(path: str | Path, data: bytes, *, force: bool = True) -> None:
    """Write ``data`` to ``path`` (``-`` for standard output) all or nothing (see :func:`open_atomic`)."""
    with open_atomic(path, force=force) as out:
        out.write(data)


@contextmanager
def open_atomic(path: str | Path, *, force: bool = True) -> Iterator[BinaryIO]:
    """A binary file to write ``path`` (``-`` for standard output) bit by bit, all or nothing.

    For outputs too large to build in memory first (a streamed TEI) as well as
    small ones.  With ``force=False`` an existing file is kept and
    :class:`OutputError` raised; a symbolic link, a device, a pipe or a folder
    is never replaced.  The temporary file ``.NAME.PID-RANDOM.part`` lives
    beside the target so the final ``os.replace`` is atomic on POSIX file
    systems; an exception inside the block removes it and leaves an earlier
    output as it was; the leftovers of a process that was killed while writing
    the same target are removed first.  The new file gets the mode of the file
    it replaces, else ``0666`` less the umask.
    """
    if str(path) == "-":
        with _stdout_errors():
            yield sys.stdout.buffer
            sys.stdout.buffer.flush()
        return
    target = Path(path)
    check_output(target, force=force)
    folder = target.parent
    remove_stale_parts(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}-", suffix=".part", dir=folder)
    except PermissionError:
        raise OutputError(f"{target}: permission denied in {folder}") from None
    except OSError as exc:  # /proc, a read-only file system, …
        raise OutputError(f"{target}: cannot create a file in {folder} ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):  # disk full, quota, target is a folder: a user's problem, not a bug
            raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
        raise


@contextmanager
def _stdout_errors() -> Iterator[None]:
    """Standard output may be closed or a full device: that is exit 73, not a crash."""
    if sys.stdout is None:
        raise OutputError("standard output is closed; give an output file with -o")
    try:
        yield
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:  # ENOSPC (/dev/full), EBADF, a closed file object
        silence_stdout()
        raise OutputError(f"standard output: cannot write ({getattr(exc, 'strerror', None) or exc})") from None


def silence_stdout() -> None:
    """Point standard output at /dev/null, so the interpreter's own flush at exit cannot fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


_PART = re.compile(r"\.(?P<name>.+)\.(?P<pid>\d+)-[^.]+\.part")


def remove_stale_parts(target: Path) -> list[Path]:
    """Delete the temporary files of ``target`` left by a process that no longer runs (SIGKILL, power cut).

    The writer's process id is in the name, so the temporary file of a write
    still in progress (another process) is left alone.
    """
    removed = []
    try:
        candidates = list(target.parent.glob(f".{glob.escape(target.name)}.*.part"))
    except OSError:
        return removed
    for part in candidates:
        match = _PART.fullmatch(part.name)
        if match and match["name"] == target.name and not process_alive(int(match["pid"])):
            part.unlink(missing_ok=True)
            removed.append(part)
    return removed


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (on this machine): a temporary file it owns is not stale."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, someone else's
        return True
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def safe_xml_parser():
    """An lxml parser that expands no entities and fetches nothing."""
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=False,
    )


def parse_xml(data: bytes, source: str = "-"):
    """Parse untrusted XML bytes; refuse DTDs with entity declarations."""
    from lxml import etree

    try:
        root = etree.fromstring(data, safe_xml_parser())
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{source}: not well-formed XML ({exc})") from None
    docinfo = root.getroottree().docinfo
    dtd = docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise InputError(f"{source}: XML declares entities; refused for safety")
    return root
