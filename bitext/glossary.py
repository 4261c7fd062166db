"""The glossary: one tab-separated row per real-world referent, edited by translators.

A glossary file is UTF-8 text with a header row naming its columns; a
spreadsheet or a text editor both edit it, and one changed entry is one
changed line in a diff.  Required columns: ``id``, ``type``, ``english``,
``chinese``; optional: ``short`` (English for running text), ``chinese_short``
(accepted short Chinese forms), ``variants`` (other spellings of the same
referent, regularised to a preferred form), ``distinct`` (forms that sound
alike but are someone else: never proposed again), ``note``.  Several forms
in one cell are separated by ``|``.  Rows whose id starts with ``#`` are
comments.

Loading never guesses: a malformed row stops the load with ``file:line:
cause``.  A byte-order mark and Windows line ends (what spreadsheets save)
are read as the text they stand for.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from .io import InputError, decode_utf8, read_bytes, write_atomic
from .model import GlossaryEntry, NameType
from .script import to_simplified

REQUIRED_COLUMNS = ("id", "type", "english", "chinese")
OPTIONAL_COLUMNS = ("short", "chinese_short", "variants", "distinct", "note")
COLUMNS = (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS)
SEPARATOR = "|"
DEFAULT_PATH = Path("glossary")
SUFFIXES = (".tsv", ".txt")

#: Characters that join the parts of a transliterated name: 弗拉基米尔·普京, 卡西姆-乔马尔特.
NAME_JOINERS = "·•‧・･‐‑‒–—-－ "
_XML_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9._-]*$")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


@lru_cache(maxsize=65536)
def form_key(form: str) -> str:
    """What two spellings of a Chinese form must share to be the same form: Simplified, no joiners."""
    return "".join(c for c in to_simplified(form) if c not in NAME_JOINERS)


@dataclass
class GlossaryRow:
    """One entry as read, with the forms its translators rejected and where it came from."""

    entry: GlossaryEntry
    path: Path
    line: int
    distinct: tuple[str, ...] = ()

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass
class GlossaryFile:
    """A glossary file kept in order (comment rows included) so that saving changes only edited lines."""

    path: Path
    items: list[GlossaryRow | list[str]] = field(default_factory=list)

    @property
    def rows(self) -> list[GlossaryRow]:
        return [item for item in self.items if isinstance(item, GlossaryRow)]

    def to_text(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(COLUMNS)
        for item in self.items:
            writer.writerow(row_fields(item) if isinstance(item, GlossaryRow) else item)
        return out.getvalue()

    def save(self) -> None:
        write_atomic(self.path, self.to_text().encode("utf-8"))


@dataclass
class Glossary:
    """Every row of every file in load order; the first definition of an id wins for look-ups."""

    files: list[GlossaryFile] = field(default_factory=list)

    @property
    def rows(self) -> list[GlossaryRow]:
        return [row for f in self.files for row in f.rows]

    @property
    def entries(self) -> dict[str, GlossaryEntry]:
        entries: dict[str, GlossaryEntry] = {}
        for row in self.rows:
            entries.setdefault(row.entry.id, row.entry)
        return entries

    def row(self, entry_id: str) -> GlossaryRow:
        for row in self.rows:
            if row.entry.id == entry_id:
                return row
        raise InputError(f"glossary: no entry with id {entry_id!r}")

    def rejected(self, entry_id: str) -> set[str]:
        """Form keys translators said are not this entry."""
        return {form_key(f) for row in self.rows if row.entry.id == entry_id for f in row.distinct}

    def entries_by_form(self) -> dict[str, list[GlossaryEntry]]:
        """Form key → the entries listing that form, in load order (first definitions only)."""
        index: dict[str, list[GlossaryEntry]] = {}
        for entry in self.entries.values():
            for form in entry.forms:
                bucket = index.setdefault(form_key(form), [])
                if entry not in bucket:
                    bucket.append(entry)
        return index

    def file_for(self, path: Path | None) -> GlossaryFile:
        """The loaded file at ``path`` (default: the first), or a new empty one there."""
        if path is None:
            if not self.files:
                raise InputError("glossary: no glossary file given (use --glossary FILE)")
            return self.files[0]
        for f in self.files:
            if f.path.resolve() == Path(path).resolve():
                return f
        new = GlossaryFile(Path(path))
        self.files.append(new)
        return new


def row_fields(row: GlossaryRow) -> list[str]:
    e = row.entry
    return [
        e.id, e.type.value, e.english, e.chinese, e.short, SEPARATOR.join(e.chinese_short),
        SEPARATOR.join(e.variants), SEPARATOR.join(row.distinct), e.note,
    ]


def default_glossary_paths() -> list[Path]:
    """``./glossary`` when it exists, else nothing."""
    return [DEFAULT_PATH] if DEFAULT_PATH.exists() else []


def glossary_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders into their glossary files (sorted by name)."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(f for f in p.iterdir() if f.suffix in SUFFIXES and f.is_file()))
        elif p.exists():
            files.append(p)
        else:
            raise InputError(f"{p}: no such glossary file or folder")
    return files


def load_glossary(paths: Sequence[str | Path] | None = None) -> Glossary:
    """Load glossary files and folders (default: ``./glossary`` if present); stop at the first malformed row."""
    chosen = default_glossary_paths() if paths is None else paths
    return Glossary([load_file(f) for f in glossary_files(chosen)])


def load_file(path: Path) -> GlossaryFile:
    text = decode_utf8(read_bytes(path), path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter="\t")
    header = next(reader, None)
    if not header or not any(h.strip() for h in header):
        raise InputError(f"{path}:1: no header row (expected columns: {', '.join(COLUMNS)})")
    columns = [h.strip().lower() for h in header]
    _check_header(columns, path)
    result = GlossaryFile(path)
    seen: dict[str, int] = {}
    while True:
        line = reader.line_num + 1
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise InputError(f"{path}:{line}: {exc}") from None
        if not any(f.strip() for f in fields) or fields[0].lstrip().startswith("#"):
            result.items.append(fields)
            continue
        if len(fields) != len(columns):
            raise InputError(
                f"{path}:{line}: {len(fields)} fields, the header has {len(columns)} ({', '.join(columns)}); "
                "check for a missing or extra tab"
            )
        row = _parse_row(dict(zip(columns, (f.strip() for f in fields))), path, line)
        if row.entry.id in seen:
            raise InputError(f"{path}:{line}: id {row.entry.id!r} already defined at line {seen[row.entry.id]}")
        seen[row.entry.id] = line
        result.items.append(row)
    return result


def _check_header(columns: list[str], path: Path) -> None:
    for name in columns:
        if name not in COLUMNS:
            raise InputError(f"{path}:1: unknown column {name!r} (known: {', '.join(COLUMNS)})")
        if columns.count(name) > 1:
            raise InputError(f"{path}:1: column {name!r} appears twice")
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise InputError(f"{path}:1: missing column {', '.join(map(repr, missing))} (the header has: {', '.join(columns)})")


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(SEPARATOR) if part.strip())


def _parse_row(cells: dict[str, str], path: Path, line: int) -> GlossaryRow:
    where = f"{path}:{line}"
    entry_id = cells["id"]
    if not entry_id:
        raise InputError(f"{where}: empty id")
    if not _XML_NAME.match(entry_id):
        raise InputError(f"{where}: id {entry_id!r} must start with a letter and use only letters, digits, . _ -")
    try:
        name_type = NameType(cells["type"].lower())
    except ValueError:
        allowed = ", ".join(t.value for t in NameType)
        raise InputError(f"{where}: type {cells['type']!r} is not one of {allowed}") from None
    for column in ("english", "chinese"):
        if not cells[column]:
            raise InputError(f"{where}: empty {column}")
    chinese_short = _split(cells.get("chinese_short", ""))
    variants = _split(cells.get("variants", ""))
    distinct = _split(cells.get("distinct", ""))
    forms = (cells["chinese"], *chinese_short, *variants, *distinct)
    keys: dict[str, str] = {}
    for form in forms:
        if not _HAN.search(form):
            raise InputError(f"{where}: Chinese form {form!r} has no Chinese character")
        key = form_key(form)
        if key in keys:
            raise InputError(f"{where}: form {form!r} is listed twice (also as {keys[key]!r})")
        keys[key] = form
    entry = GlossaryEntry(
        id=entry_id,
        english=cells["english"],
        type=name_type,
        chinese=cells["chinese"],
        variants=variants,
        short=cells.get("short", ""),
        note=cells.get("note", ""),
        source=where,
        chinese_short=chinese_short,
    )
    return GlossaryRow(entry, path, line, distinct)


# -- edits (the translator's loop) --------------------------------------------


def add_variant(glossary: Glossary, entry_id: str, form: str) -> GlossaryRow:
    """Record ``form`` as a variant of the entry (and forget an earlier rejection of it)."""
    row = glossary.row(entry_id)
    key = form_key(form)
    if key in {form_key(f) for f in row.entry.forms}:
        return row
    row.entry = replace(row.entry, variants=(*row.entry.variants, form))
    row.distinct = tuple(f for f in row.distinct if form_key(f) != key)
    _save_row_file(glossary, row)
    return row


def add_distinct(glossary: Glossary, entry_id: str, form: str) -> GlossaryRow:
    """Record that ``form`` is not this entry, so the review stops proposing it."""
    row = glossary.row(entry_id)
    key = form_key(form)
    if key in {form_key(f) for f in row.entry.forms}:
        raise InputError(f"glossary: {form!r} is already a listed form of {entry_id!r}; edit {row.location} to remove it")
    if key not in {form_key(f) for f in row.distinct}:
        row.distinct = (*row.distinct, form)
        _save_row_file(glossary, row)
    return row


def add_entry(glossary: Glossary, entry: GlossaryEntry, path: Path | None = None) -> GlossaryRow:
    """Append a new entry to ``path`` (default: the first glossary file)."""
    if entry.id in glossary.entries:
        raise InputError(f"glossary: id {entry.id!r} already defined at {glossary.row(entry.id).location}")
    if not _XML_NAME.match(entry.id):
        raise InputError(f"glossary: id {entry.id!r} must start with a letter and use only letters, digits, . _ -")
    target = glossary.file_for(path)
    row = GlossaryRow(entry, target.path, len(target.items) + 2)
    target.items.append(row)
    target.save()
    return row


def _save_row_file(glossary: Glossary, row: GlossaryRow) -> None:
    for f in glossary.files:
        if any(r is row for r in f.rows):
            f.save()
            return


def slug(english: str) -> str:
    """An id made from an English name: "Nargis Kassenova" → "nargis-kassenova"."""
    ascii_words = re.findall(r"[a-z0-9]+", english.lower().replace("’", "").replace("'", ""))
    text = "-".join(ascii_words) or "entry"
    return text if text[0].isalpha() else f"e-{text}"
