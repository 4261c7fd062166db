"""The review written for people (table, HTML) and programs (JSON, CSV), and the CSV read back.

The CSV has one row per form of each conflict.  A translator fills the
``decision`` column (``accept`` or ``reject``; blank leaves the row alone)
and, for an accepted ``unlisted_name``, the ``english``, ``new_id`` and
``new_type`` columns; :func:`apply_decisions` then changes the glossary.
It starts with a UTF-8 byte-order mark (Excel reads the Chinese only with
one) and no cell can start a formula: a cell beginning with ``= + - @`` (or
a tab or carriage return) gets a leading apostrophe, which
:func:`read_decisions` removes again.

The JSON carries :data:`JSON_VERSION`; ``docs/review-report.schema.json``
describes it.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import io
import json
from collections import Counter
from collections.abc import Sequence

from .glossary import Glossary, add_distinct, add_entry, add_variant, check_form, slug
from .io import InputError, decode_utf8, formula_safe, unquote_formula
from .model import GlossaryEntry, NameType
from .review import KINDS, Conflict, Form, Location
from .terminal import printable

FORMATS = ("table", "json", "csv", "html")
#: Version of the JSON report's shape (``docs/review-report.schema.json``): a new member raises the minor
#: number, a removed or changed one the major number.
JSON_VERSION = "1.0"
CSV_COLUMNS = ("conflict", "kind", "entry", "english", "form", "count", "status", "locations", "action",
               "decision", "new_id", "new_type", "context", "translation")


def summary(conflicts: Sequence[Conflict]) -> dict[str, int]:
    counts = Counter(c.kind for c in conflicts)
    return {kind: counts[kind] for kind in KINDS}


def to_json(conflicts: Sequence[Conflict], source: str, glossary_files: Sequence[str]) -> str:
    report = {
        "version": JSON_VERSION,
        "input": source,
        "glossary": list(glossary_files),
        "summary": summary(conflicts),
        "conflicts": [c.as_dict() for c in conflicts],
    }
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def _translations(form: Form) -> str:
    """The MT of each sentence where the form is missing its English, one line per sentence."""
    lines = dict.fromkeys(f"{loc.sentence}: {loc.translation}" for loc in form.locations
                          if loc.translation is not None)
    return "\n".join(lines)


def to_csv(conflicts: Sequence[Conflict]) -> str:
    """One row per form (RFC 4180), BOM first, formula-safe cells; ``context`` and ``translation`` are the
    first location's context and, for ``mt_term_missing``, the MT of each sentence."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180: a CR or LF inside a cell is then quoted
    writer.writerow(CSV_COLUMNS)
    for c in conflicts:
        for form in c.forms:
            proposed = c.details.get("proposed", {})
            new_id = proposed.get("id") or (slug(c.english) if c.kind == "unlisted_name" and c.english else "")
            context = form.locations[0].context if form.locations else ""
            writer.writerow([formula_safe(str(cell)) for cell in (
                c.id, c.kind, c.entry or "", c.english or "", form.text, form.count, form.status,
                "; ".join(loc.short() for loc in form.locations), c.action, "", new_id, proposed.get("type", ""),
                context, _translations(form),
            )])
    return "\ufeff" + out.getvalue()


def to_table(conflicts: Sequence[Conflict]) -> str:
    lines = []
    for c in conflicts:
        head = f"{c.kind}  {c.entry or '(no entry)'}"
        if c.english:
            head += f"  {c.english}"
        if "similarity" in c.details:
            head += f"  ~{c.details['similar_to']} ({c.details['similarity']:.2f})"
        lines.append(head)
        for form in c.forms:
            where = ", ".join(loc.short() for loc in form.locations[:6]) + (" …" if form.count > 6 else "")
            status = f" [{form.status}]" if form.status else ""
            lines.append(f"    {form.text} ×{form.count}{status}  {where}")
            if form.locations and form.locations[0].context:
                lines.append(f"        “{form.locations[0].context}”")
            if form.locations and form.locations[0].translation is not None:
                lines.append(f"        MT: {form.locations[0].translation}")
        lines.append(f"    → {c.action}")
    counts = summary(conflicts)
    lines.append(f"{len(conflicts)} conflicts: " + ", ".join(f"{k} {n}" for k, n in counts.items() if n))
    return "\n".join(lines) + "\n"


def _html_text(value: str) -> str:
    """A value for the page: HTML-escaped (attributes too), control characters shown escaped as on a terminal."""
    return html.escape(printable(value))


def _html_location(loc: Location) -> str:
    """A location with its context (and the MT of its sentence) visible, not hidden in a tooltip."""
    e = _html_text
    if loc.file:
        return f"<li><code>{e(loc.short())}</code></li>"
    item = f"<li><code>{e(loc.short())}</code> <q lang='zh'>{e(loc.context)}</q>"
    if loc.translation is not None:
        guards = f" <small>(guards: {e(', '.join(loc.guards))})</small>" if loc.guards else ""
        item += f"<br><span class='mt'>MT: <q lang='en'>{e(loc.translation)}</q></span>{guards}"
    return item + "</li>"


#: The review page's only style; the page runs no script, and its policy allows nothing else.
HTML_STYLE = ("body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
              "padding:4px;vertical-align:top}ul{margin:0;padding-left:1em}q{color:#444}.mt{color:#702}")
HTML_POLICY = ("default-src 'none'; style-src 'sha256-"
               + base64.b64encode(hashlib.sha256(HTML_STYLE.encode()).digest()).decode()
               + "'; base-uri 'none'; form-action 'none'")


def to_html(conflicts: Sequence[Conflict], source: str) -> str:
    """A page for reading the review; every value escaped, and a policy that runs no script even if one slipped in."""
    e = _html_text
    rows = []
    for c in conflicts:
        forms = "".join(
            f"<li><b lang='zh'>{e(f.text)}</b> ×{f.count}{' (' + e(f.status) + ')' if f.status else ''}"
            f"<ul class='locations'>{''.join(_html_location(loc) for loc in f.locations)}</ul></li>"
            for f in c.forms
        )
        rows.append(
            f"<tr class='{e(c.kind)}'><td>{e(c.kind)}</td><td>{e(c.entry or '')}</td><td>{e(c.english or '')}</td>"
            f"<td><ul>{forms}</ul></td><td>{e(c.action)}</td></tr>"
        )
    counts = ", ".join(f"{k}: {n}" for k, n in summary(conflicts).items() if n) or "none"
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<meta http-equiv='Content-Security-Policy' content=\"{HTML_POLICY}\">"
        f"<title>Glossary review: {e(source)}</title><style>{HTML_STYLE}</style>"
        "</head><body>"
        f"<h1>Glossary review: {e(source)}</h1><p>Conflicts: {e(counts)}</p>"
        "<table><thead><tr><th>kind</th><th>entry</th><th>English</th><th>forms</th><th>action</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></body></html>\n"
    )


def render(conflicts: Sequence[Conflict], fmt: str, source: str, glossary_files: Sequence[str]) -> str:
    """The report in ``fmt``; file names whose bytes are not UTF-8 are shown with U+FFFD for those bytes."""
    source, glossary_files = _file_name(source), [_file_name(f) for f in glossary_files]
    if fmt == "json":
        return to_json(conflicts, source, glossary_files)
    if fmt == "csv":
        return to_csv(conflicts)
    if fmt == "html":
        return to_html(conflicts, source)
    return to_table(conflicts)


def _file_name(name: str) -> str:
    """A file name as text any output can carry: undecodable bytes (kept by Python as lone surrogates) → U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


# -- the translator's decisions, read back --------------------------------------


def read_decisions(data: bytes, source: str) -> list[tuple[int, dict[str, str]]]:
    """(line, row) for each row of an edited CSV report that carries a decision."""
    text = decode_utf8(data, source)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    reader.fieldnames = [name.lstrip("\ufeff").strip() for name in reader.fieldnames or []]
    missing = [c for c in ("kind", "entry", "english", "form", "decision") if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(f"{source}:1: not a review report (missing column {', '.join(missing)})")
    rows = []
    for row in reader:
        decision = (row.get("decision") or "").strip().lower()
        if not decision:
            continue
        if decision not in ("accept", "reject"):
            raise InputError(f"{source}:{reader.line_num}: decision {decision!r} is not accept or reject")
        rows.append((reader.line_num, {k: unquote_formula((v or "").strip()).strip() for k, v in row.items() if k}))
    return rows


def apply_decisions(glossary: Glossary, data: bytes, source: str) -> list[str]:
    """Change the glossary as the report's decisions say; return one line per change.

    Decisions and kinds are read case-insensitively; every row is checked
    before the first change, so a report with one bad row changes nothing; an
    error names the row.
    """
    decisions = [(line, {**row, "decision": row["decision"].lower(), "kind": row["kind"].lower()})
                 for line, row in read_decisions(data, source)]  # "Accept", "ACCEPT": read as written
    for line, row in decisions:
        try:
            _check_decision(glossary, row, f"{source}:{line}")
        except InputError as exc:
            message = str(exc).removeprefix("glossary: ")
            raise InputError(message if message.startswith(source) else f"{source}:{line}: {message}") from None
    done: list[str] = []
    new_entries: dict[str, str] = {}  # conflict id → id of the entry its first accepted form created
    for line, row in decisions:
        try:
            done.append(_apply_decision(glossary, row, new_entries, f"{source}:{line}"))
        except InputError as exc:
            raise InputError(f"{source}:{line}: {str(exc).removeprefix('glossary: ')}") from None
    return done


def _check_decision(glossary: Glossary, row: dict[str, str], where: str) -> None:
    """Raise what applying ``row`` would raise, before anything is written."""
    kind, accept = row["kind"], row["decision"] == "accept"
    if kind not in KINDS:
        raise InputError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    if kind == "probable_variant":
        check_form(row["form"])
        glossary.row(row["entry"])
    elif kind == "unlisted_name" and accept:
        check_form(row["form"])
        if not row["english"]:
            raise InputError(f"{where}: accepting {row['form']} needs its English in the english column")
        type_name = (row.get("new_type") or "person").lower()
        if type_name not in {t.value for t in NameType}:
            raise InputError(f"{where}: new_type {type_name!r} is not one of {', '.join(t.value for t in NameType)}")


def _apply_decision(glossary: Glossary, row: dict[str, str], new_entries: dict[str, str], where: str) -> str:
    kind, form, accept = row["kind"], row["form"], row["decision"] == "accept"
    if kind == "probable_variant":
        if accept:
            add_variant(glossary, row["entry"], form)
            return f"{row['entry']}: added variant {form}"
        add_distinct(glossary, row["entry"], form)
        return f"{row['entry']}: {form} recorded as a different name"
    if kind == "unlisted_name" and accept:
        conflict = row.get("conflict", "")
        if conflict in new_entries:
            add_variant(glossary, new_entries[conflict], form)
            return f"{new_entries[conflict]}: added variant {form}"
        name_type = NameType((row.get("new_type") or "person").lower())
        entry_id = row.get("new_id") or slug(row["english"])
        add_entry(glossary, GlossaryEntry(entry_id, row["english"], name_type, form))
        new_entries[conflict] = entry_id
        return f"{entry_id}: new {name_type.value} entry {row['english']} = {form}"
    return f"{where}: {kind} needs a change in the text or the MT, not the glossary; skipped"
