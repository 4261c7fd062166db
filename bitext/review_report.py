"""The review written for people (table, HTML) and programs (JSON, CSV), and the CSV read back.

The CSV has one row per form of each conflict.  A translator fills the
``decision`` column (``accept`` or ``reject``; blank leaves the row alone)
and, for an accepted ``unlisted_name``, the ``english``, ``new_id`` and
``new_type`` columns; :func:`apply_decisions` then changes the glossary.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections import Counter
from collections.abc import Sequence

from .glossary import Glossary, add_distinct, add_entry, add_variant, slug
from .io import InputError, decode_utf8
from .model import GlossaryEntry, NameType
from .review import KINDS, Conflict

FORMATS = ("table", "json", "csv", "html")
CSV_COLUMNS = ("conflict", "kind", "entry", "english", "form", "count", "status", "locations", "action",
               "decision", "new_id", "new_type")


def summary(conflicts: Sequence[Conflict]) -> dict[str, int]:
    counts = Counter(c.kind for c in conflicts)
    return {kind: counts[kind] for kind in KINDS}


def to_json(conflicts: Sequence[Conflict], source: str, glossary_files: Sequence[str]) -> str:
    report = {
        "input": source,
        "glossary": list(glossary_files),
        "summary": summary(conflicts),
        "conflicts": [c.as_dict() for c in conflicts],
    }
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def to_csv(conflicts: Sequence[Conflict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for c in conflicts:
        for form in c.forms:
            proposed = c.details.get("proposed", {})
            new_id = proposed.get("id") or (slug(c.english) if c.kind == "unlisted_name" and c.english else "")
            writer.writerow([
                c.id, c.kind, c.entry or "", c.english or "", form.text, form.count, form.status,
                "; ".join(loc.short() for loc in form.locations), c.action, "", new_id, proposed.get("type", ""),
            ])
    return out.getvalue()


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


def to_html(conflicts: Sequence[Conflict], source: str) -> str:
    e = html.escape
    rows = []
    for c in conflicts:
        forms = "".join(
            f"<li><b lang='zh'>{e(f.text)}</b> ×{f.count}{' (' + e(f.status) + ')' if f.status else ''}: "
            + ", ".join(
                f"<span title='{e(loc.context)}'>{e(loc.short())}</span>" for loc in f.locations
            ) + "</li>"
            for f in c.forms
        )
        rows.append(
            f"<tr class='{e(c.kind)}'><td>{e(c.kind)}</td><td>{e(c.entry or '')}</td><td>{e(c.english or '')}</td>"
            f"<td><ul>{forms}</ul></td><td>{e(c.action)}</td></tr>"
        )
    counts = ", ".join(f"{k}: {n}" for k, n in summary(conflicts).items() if n) or "none"
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<title>Glossary review: {e(source)}</title>"
        "<style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
        "padding:4px;vertical-align:top}ul{margin:0;padding-left:1em}</style></head><body>"
        f"<h1>Glossary review: {e(source)}</h1><p>Conflicts: {e(counts)}</p>"
        "<table><thead><tr><th>kind</th><th>entry</th><th>English</th><th>forms</th><th>action</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></body></html>\n"
    )


def render(conflicts: Sequence[Conflict], fmt: str, source: str, glossary_files: Sequence[str]) -> str:
    if fmt == "json":
        return to_json(conflicts, source, glossary_files)
    if fmt == "csv":
        return to_csv(conflicts)
    if fmt == "html":
        return to_html(conflicts, source)
    return to_table(conflicts)


# -- the translator's decisions, read back --------------------------------------


def read_decisions(data: bytes, source: str) -> list[tuple[int, dict[str, str]]]:
    """(line, row) for each row of an edited CSV report that carries a decision."""
    text = decode_utf8(data, source)
    reader = csv.DictReader(io.StringIO(text, newline=""))
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
        rows.append((reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}))
    return rows


def apply_decisions(glossary: Glossary, data: bytes, source: str) -> list[str]:
    """Change the glossary as the report's decisions say; return one line per change."""
    done: list[str] = []
    new_entries: dict[str, str] = {}  # conflict id → id of the entry its first accepted form created
    for line, row in read_decisions(data, source):
        kind, form, accept = row["kind"], row["form"], row["decision"] == "accept"
        if kind == "probable_variant":
            if accept:
                add_variant(glossary, row["entry"], form)
                done.append(f"{row['entry']}: added variant {form}")
            else:
                add_distinct(glossary, row["entry"], form)
                done.append(f"{row['entry']}: {form} recorded as a different name")
        elif kind == "unlisted_name" and accept:
            conflict = row.get("conflict", "")
            if conflict in new_entries:
                add_variant(glossary, new_entries[conflict], form)
                done.append(f"{new_entries[conflict]}: added variant {form}")
                continue
            english = row["english"]
            if not english:
                raise InputError(f"{source}:{line}: accepting {form} needs its English in the english column")
            entry_id = row.get("new_id") or slug(english)
            type_name = (row.get("new_type") or "person").lower()
            try:
                name_type = NameType(type_name)
            except ValueError:
                raise InputError(f"{source}:{line}: new_type {type_name!r} is not one of "
                                 f"{', '.join(t.value for t in NameType)}") from None
            add_entry(glossary, GlossaryEntry(entry_id, english, name_type, form))
            new_entries[conflict] = entry_id
            done.append(f"{entry_id}: new {name_type.value} entry {english} = {form}")
        else:
            done.append(f"{source}:{line}: {kind} needs a change in the text or the MT, not the glossary; skipped")
    return done
