"""File I/O shared by every command: atomic writes and safe XML parsing.

Outputs go to a temporary file in the target folder and are renamed over
the target only once complete, so a crash never leaves half a file and an
earlier output survives a failed run.  XML is parsed with entity
expansion, DTD loading and network access switched off.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


class BitextError(Exception):
    """An error a user can act on; the CLI prints it as one line, no traceback."""

    exit_code = 1


class InputError(BitextError):
    """The input cannot be read (missing, empty, binary, undecodable, hostile)."""

    exit_code = 65  # EX_DATAERR


class OutputError(BitextError):
    """The output cannot be written (missing folder, no permission, exists)."""

    exit_code = 73  # EX_CANTCREAT


def read_bytes(path: str | Path) -> bytes:
    """Read a whole input file, or standard input for ``-``."""
    if str(path) == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def decode_utf8(data: bytes, source: str | Path) -> str:
    """UTF-8 text (a leading BOM dropped) of a file a person edits; a bad byte is named by its line."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(f"{source}:{line}: not UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8") from None


def write_atomic(path: str | Path, data: bytes, *, force: bool = True) -> None:
    """Write ``data`` to ``path`` (``-`` for standard output) all or nothing (see :func:`open_atomic`)."""
    with open_atomic(path, force=force) as out:
        out.write(data)


@contextmanager
def open_atomic(path: str | Path, *, force: bool = True) -> Iterator[BinaryIO]:
    """A binary file to write ``path`` (``-`` for standard output) bit by bit, all or nothing.

    For outputs too large to build in memory first (a streamed TEI).  With
    ``force=False`` an existing file is kept and :class:`OutputError`
    raised.  The temporary file lives beside the target so the final
    ``os.replace`` is atomic on POSIX file systems; an exception inside the
    block removes it and leaves an earlier output as it was.
    """
    if str(path) == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    target = Path(path)
    if not force and target.exists():
        raise OutputError(f"{target}: exists (use --force to overwrite)")
    folder = target.parent
    if not folder.is_dir():
        raise OutputError(f"{target}: folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
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
