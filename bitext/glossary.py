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
are read as the text they stand for.  One line is one row and a tab always
separates cells, so a stray quote cannot swallow the rows after it: a cell
is unquoted only when it is wholly quoted (``"..."`` with inner quotes
doubled, as spreadsheets save it), else read as written.  Control
characters are refused in every cell.  Every edit is checked with the
loader's own rules before the file is written, so an edit never leaves a
file that no longer loads; a glossary file that is a symbolic link is
written through to the file it points to.

Without ``--glossary`` the glossary is ``./glossary`` and the user's own
folder, :func:`user_glossary_dir` (``$XDG_CONFIG_HOME/bitext/glossary``,
``~/.config/bitext/glossary`` by default), each when it exists.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from .io import InputError, check_output, decode_utf8, read_bytes, write_atomic
from .model import GlossaryEntry, NameType
from .script import to_simplified

REQUIRED_COLUMNS = ("id", "type", "english", "chinese")
OPTIONAL_COLUMNS = ("short", "chinese_short", "variants", "distinct", "note")
COLUMNS = (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS)
SEPARATOR = "|"
DEFAULT_PATH = Path("glossary")
SUFFIXES = (".tsv", ".txt")

#: Characters that join the parts of a transliterated name: 弗拉基米尔·普京, 卡西姆-乔马尔特.
NAME_JOINERS = "·•‧・･．‐‑‒–—-－ "
_XML_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9._-]*$")
#: What no cell may hold: controls (a tab separates cells, a newline rows), DEL, C1 controls, non-characters,
#: and the bidi embeddings, overrides and isolates, which make a cell display as other text than it holds
#: (a reversed name in the review); the marks U+200E/U+200F stay allowed for right-to-left notes.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff]")
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
        rows = [COLUMNS, *(row_fields(item) if isinstance(item, GlossaryRow) else item for item in self.items)]
        return "".join("\t".join(map(_quote, fields)) + "\n" for fields in rows)

    def save(self) -> None:
        """Write the file, after checking it loads again to the same rows (else nothing is written).

        A symbolic link stays a link: the file it points to is replaced, atomically.
        """
        text = self.to_text()
        reread = parse_text(text, self.path)  # the loader's own rules: a bad edit stops here
        for before, after in zip(self.rows, reread.rows):
            if (before.entry.id, before.entry.forms, before.distinct) != (after.entry.id, after.entry.forms,
                                                                          after.distinct):
                raise InputError(f"{before.location}: {before.entry.id!r} would not read back as written "
                                 f"(a form holding {SEPARATOR!r}?); nothing written")
        write_atomic(self.path.resolve(), text.encode("utf-8"))


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
        """The loaded file at ``path`` (default: the first), an existing file there loaded, or a new empty one."""
        if path is None:
            if not self.files:
                raise InputError("glossary: no glossary file given (use --glossary FILE)")
            return self.files[0]
        for f in self.files:
            if f.path.resolve() == Path(path).resolve():
                return f
        check_output(Path(path).resolve(), force=True)  # a FIFO would hang the read, a device cannot be the file
        new = load_file(Path(path)) if Path(path).exists() else GlossaryFile(Path(path))
        self.files.append(new)
        return new


def row_fields(row: GlossaryRow) -> list[str]:
    e = row.entry
    return [
        e.id, e.type.value, e.english, e.chinese, e.short, SEPARATOR.join(e.chinese_short),
        SEPARATOR.join(e.variants), SEPARATOR.join(row.distinct), e.note,
    ]


def user_glossary_dir() -> Path:
    """The user's own glossary folder: ``$XDG_CONFIG_HOME/bitext/glossary`` (``~/.config/bitext/glossary``)."""
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / "bitext" / "glossary"


def default_glossary_paths() -> list[Path]:
    """``./glossary`` and :func:`user_glossary_dir`, each when it exists (the project's glossary first)."""
    return [path for path in (DEFAULT_PATH, user_glossary_dir()) if path.exists()]


def describe(glossary: "Glossary") -> str:
    """Which glossary a command used, for stderr and the TEI header: files and entry count, or none."""
    if not glossary.files:
        return (f"none (no --glossary, and neither ./{DEFAULT_PATH} nor {user_glossary_dir()} exists): "
                "names are not tagged from a glossary")
    return f"{', '.join(str(f.path) for f in glossary.files)} ({len(glossary.entries)} entries)"


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
    files = glossary_files(chosen)
    if paths and not files:  # named on purpose: an empty folder is a mistake, not "no glossary"
        raise InputError(f"{', '.join(map(str, paths))}: no glossary file ({' or '.join(SUFFIXES)}) in it")
    return Glossary([load_file(f) for f in files])


def load_file(path: Path) -> GlossaryFile:
    return parse_text(decode_utf8(read_bytes(path), path), path)


def parse_text(text: str, path: Path) -> GlossaryFile:
    """The rows of a glossary file's text; a malformed row stops with ``file:line: cause``."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    header = _cells(lines[0], path, 1, ()) if lines else []
    if not header or not any(h.strip() for h in header):
        raise InputError(f"{path}:1: no header row (expected columns: {', '.join(COLUMNS)})")
    columns = [h.strip().lower() for h in header]
    _check_header(columns, path)
    result = GlossaryFile(path)
    seen: dict[str, int] = {}
    for line, text_line in enumerate(lines[1:], start=2):
        fields = _cells(text_line, path, line, columns)
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


def _cells(line: str, path: Path, number: int, columns: Sequence[str]) -> list[str]:
    """The cells of one line: split at tabs, a wholly quoted cell unquoted, control characters refused."""
    if line.endswith("\r"):
        line = line[:-1]
    cells = line.split("\t")
    for i, cell in enumerate(cells):
        if bad := _CONTROL.search(cell):
            column = columns[i] if i < len(columns) else f"{i + 1}"
            raise InputError(f"{path}:{number}: control character U+{ord(bad.group()):04X} in column {column}; "
                             "remove it")
    return [_unquote(cell.strip()) for cell in cells]


def _unquote(cell: str) -> str:
    """A wholly quoted cell (inner quotes doubled) is unquoted; any other cell is taken as written."""
    inner = cell[1:-1]
    if len(cell) >= 2 and cell[0] == cell[-1] == '"' and '"' not in inner.replace('""', ""):
        return inner.replace('""', '"')
    return cell


def _quote(cell: str) -> str:
    """A cell as written: quoted (inner quotes doubled) only when it starts with a quote, so it reads back."""
    return f'"{cell.replace(chr(34), chr(34) * 2)}"' if cell.startswith('"') else cell


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
    if SEPARATOR in cells["chinese"]:
        raise InputError(f"{where}: chinese {cells['chinese']!r} holds {SEPARATOR!r}: it is the one preferred "
                         "form; put the others in variants or chinese_short")
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


def check_form(form: str) -> str:
    """A Chinese form a translator typed, checked with the loader's rules before it is written."""
    if SEPARATOR in form:
        raise InputError(f"glossary: form {form!r} holds {SEPARATOR!r}, which separates forms; give one form")
    if bad := _CONTROL.search(form):
        raise InputError(f"glossary: form {form!r} holds the control character U+{ord(bad.group()):04X}")
    if not _HAN.search(form):
        raise InputError(f"glossary: Chinese form {form!r} has no Chinese character")
    return form.strip()


def add_variant(glossary: Glossary, entry_id: str, form: str) -> GlossaryRow:
    """Record ``form`` as a variant of the entry (and forget an earlier rejection of it)."""
    form = check_form(form)
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
    form = check_form(form)
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
    target = glossary.file_for(path)
    row = GlossaryRow(entry, target.path, len(target.items) + 2)
    fields = row_fields(row)
    for column, cell in zip(COLUMNS, fields):
        if bad := _CONTROL.search(cell):
            raise InputError(f"glossary: {column} {cell!r} holds the control character U+{ord(bad.group()):04X}")
    _parse_row(dict(zip(COLUMNS, fields)), target.path, row.line)  # the loader's rules, before any write
    target.items.append(row)
    try:
        target.save()
    except BaseException:
        target.items.remove(row)
        raise
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
