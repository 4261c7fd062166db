"""The glossary for CAT tools: TBX in both versions, read and written, and OmegaT's tab-separated glossary.

TBX, one concept per glossary entry (its id as the concept's ``id``), with an
English and a Chinese language section (two, ``zh-Hans`` and ``zh-Hant``,
when the entry mixes scripts); each form is a term with its
``partOfSpeech`` (``noun``: names are nouns, and TBX-Basic allows no
``properNoun``), ``termType`` (fullForm, shortForm, variant) and
``administrativeStatus`` (preferred for the main forms, admitted for short
forms, deprecated for variants); the entry type (``type: person``) and note
are concept-level ``note``s.  Two versions:

- ``tbx``: TBX-Basic, DCA style, ISO 30042:2019 (TBX v3): the TBX v3 core
  structure RELAX NG plus the TBX-Basic Schematron.
- ``tbx2``: ISO 30042:2008 (TBX v2, ``martif``, TBX-Default), the version
  translate-toolkit, OmegaT and most CAT tools read.

:func:`from_tbx` reads either version, from bitext or from a client:
``@id`` or an id made from the English, the preferred (or first) term of
each language as the main form, short and admitted forms as short forms,
deprecated and superseded ones as variants.

OmegaT: ``Chinese<TAB>English<TAB>comment``, one line per Chinese form; the
comment (``id=…; type=…; form=…; short=…; note=…``) lets :func:`from_omegat`
rebuild the entries.  Forms marked ``distinct`` are not exported: they are
not translations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .glossary import Glossary, GlossaryRow, add_entry, load_file, slug
from .io import InputError, decode_utf8, formula_safe, parse_xml, unquote_formula, write_atomic
from .model import GlossaryEntry, NameType
from .names import english_for, regularised_form
from .script import detect_script

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_STATUS = {"preferred": "preferredTerm-admn-sts", "short": "admittedTerm-admn-sts", "variant": "deprecatedTerm-admn-sts"}
_TERM_TYPE = {"preferred": "fullForm", "short": "shortForm", "variant": "variant"}
_TYPE_NOTE = "type: "


@dataclass(frozen=True)
class TbxVersion:
    """The element names of one TBX version: the two share their data categories, not their tags."""

    name: str
    namespace: str
    root: str
    header: str
    entry: str
    language: str
    term: str

    def tag(self, local: str) -> str:
        return f"{{{self.namespace}}}{local}" if self.namespace else local


TBX_BASIC = TbxVersion("tbx", "urn:iso:std:iso:30042:ed-2", "tbx", "tbxHeader", "conceptEntry", "langSec", "termSec")
TBX_V2 = TbxVersion("tbx2", "", "martif", "martifHeader", "termEntry", "langSet", "tig")
TBX_NS = TBX_BASIC.namespace


def _el(version: TbxVersion, parent, tag: str, text: str | None = None, **attrs) -> etree._Element:
    node = etree.SubElement(parent, version.tag(tag), attrs)
    if text is not None:
        node.text = text
    return node


def _term(version: TbxVersion, language, text: str, role: str) -> None:
    term = _el(version, language, version.term)
    _el(version, term, "term", text)
    _el(version, term, "termNote", "noun", type="partOfSpeech")
    _el(version, term, "termNote", _TERM_TYPE[role], type="termType")
    _el(version, term, "termNote", _STATUS[role], type="administrativeStatus")


def _language(version: TbxVersion, entry_node, lang: str, terms: list[tuple[str, str]]) -> None:
    if terms:
        language = _el(version, entry_node, version.language)
        language.set(XML_LANG, lang)
        for text, role in terms:
            _term(version, language, text, role)


def to_tbx(glossary: Glossary, version: TbxVersion = TBX_BASIC) -> bytes:
    """The glossary as TBX (UTF-8 bytes): TBX-Basic v3 by default, or ``TBX_V2``."""
    attrs = {"type": "TBX-Basic", "style": "dca"} if version is TBX_BASIC else {"type": "TBX"}
    nsmap = {None: version.namespace} if version.namespace else None
    root = etree.Element(version.tag(version.root), attrs, nsmap=nsmap)
    root.set(XML_LANG, "en")
    header = _el(version, root, version.header)
    file_desc = _el(version, header, "fileDesc")
    _el(version, _el(version, file_desc, "titleStmt"), "title", "bitext glossary: names and terms, Chinese–English")
    _el(version, _el(version, file_desc, "sourceDesc"), "p",
        "Exported by bitext from: " + ", ".join(f.path.name for f in glossary.files))
    if version is TBX_V2:
        _el(version, _el(version, header, "encodingDesc"), "p", "TBXXCSV02.xcs", type="XCSURI")
    body = _el(version, _el(version, root, "text"), "body")
    for entry in glossary.entries.values():
        concept = _el(version, body, version.entry, id=entry.id)
        _el(version, concept, "note", _TYPE_NOTE + entry.type.value)
        if entry.note:
            _el(version, concept, "note", entry.note)
        chinese = [(entry.chinese, "preferred"), *((f, "short") for f in entry.chinese_short),
                   *((f, "variant") for f in entry.variants)]
        for script in ("zh-Hans", "zh-Hant"):
            _language(version, concept, script, [(f, role) for f, role in chinese if detect_script(f) == script])
        english = [(entry.english, "preferred")]
        if entry.short and entry.short != entry.english:
            english.append((entry.short, "short"))
        _language(version, concept, "en", english)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


# -- reading TBX (either version) --------------------------------------------------


def _role(term_node, version: TbxVersion) -> str:
    """preferred, short, variant or "" from the term's status and type (DCA ``termNote``s or DCT elements)."""
    notes = {n.get("type"): (n.text or "").strip() for n in term_node.iter(version.tag("termNote"))}
    for node in term_node.iter(etree.Element):  # DCT style: <basic:administrativeStatus> and the like
        if etree.QName(node).localname in ("administrativeStatus", "termType"):
            notes.setdefault(etree.QName(node).localname, (node.text or "").strip())
    status, term_type = notes.get("administrativeStatus", ""), notes.get("termType", "")
    if status.startswith(("deprecated", "superseded")) or (not status and term_type == "variant"):
        return "variant"
    if status.startswith("preferred"):
        return "preferred"
    if status or term_type:
        return "short"
    return ""


def _terms(entry_node, version: TbxVersion, prefix: str) -> list[tuple[str, str]]:
    """(text, role) of every term in the entry's language sections whose language starts with ``prefix``."""
    terms = []
    for language in entry_node.iter(version.tag(version.language)):
        if not (language.get(XML_LANG) or "").lower().startswith(prefix):
            continue
        for term_node in language.iter(version.tag("term")):
            text = " ".join("".join(term_node.itertext()).split())
            if text:
                terms.append((text, _role(term_node.getparent(), version)))
    return terms


def _main_and_rest(terms: list[tuple[str, str]]) -> tuple[str, list[tuple[str, str]]]:
    """The preferred term (else the first that is not a variant, else the first) and the others."""
    ranked = sorted(range(len(terms)), key=lambda i: (terms[i][1] != "preferred", terms[i][1] == "variant", i))
    main = ranked[0]
    return terms[main][0], [t for i, t in enumerate(terms) if i != main]


def _entry(entry_node, version: TbxVersion, source: str) -> GlossaryEntry | None:
    chinese, english = _terms(entry_node, version, "zh"), _terms(entry_node, version, "en")
    if not chinese or not english:
        return None
    main_zh, other_zh = _main_and_rest(chinese)
    main_en, other_en = _main_and_rest(english)
    name_type, notes = NameType.TERM, []
    for note in entry_node.findall(version.tag("note")):
        text = " ".join("".join(note.itertext()).split())
        if text.startswith(_TYPE_NOTE) and text[len(_TYPE_NOTE):] in {t.value for t in NameType}:
            name_type = NameType(text[len(_TYPE_NOTE):])
        elif text:
            notes.append(text)
    return GlossaryEntry(
        id=entry_node.get("id") or slug(main_en), english=main_en, type=name_type, chinese=main_zh,
        variants=tuple(dict.fromkeys(t for t, role in other_zh if role == "variant")),
        short=next((t for t, role in other_en if role != "variant"), ""), note="; ".join(notes),
        source=f"{source}:{entry_node.sourceline}",
        chinese_short=tuple(dict.fromkeys(t for t, role in other_zh if role != "variant")),
    )


def from_tbx(data: bytes, source: str) -> tuple[list[GlossaryEntry], list[str]]:
    """Entries of a TBX file of either version, and one line per concept left out (no Chinese or no English)."""
    root = parse_xml(data, source)
    version = next((v for v in (TBX_BASIC, TBX_V2) if root.tag == v.tag(v.root)), None)
    if version is None:
        raise InputError(f"{source}: not TBX (root element {etree.QName(root).localname!r}; "
                         "expected tbx in the ISO 30042:2019 namespace, or martif)")
    entries, skipped = [], []
    for entry_node in root.iter(version.tag(version.entry)):
        entry = _entry(entry_node, version, source)
        if entry is None:
            skipped.append(f"{source}:{entry_node.sourceline}: concept {entry_node.get('id') or ''} "
                           "has no Chinese or no English term; left out")
        else:
            entries.append(entry)
    return entries, skipped


def merge_entries(glossary: Glossary, entries: list[GlossaryEntry], path: Path | None = None) -> list[str]:
    """Add each new entry as ``glossary add`` would (into ``path``, default the first file): all or nothing.

    An entry already in the glossary with the same forms is left alone; any
    refusal restores the target file as it was before the first addition.
    """
    target = glossary.file_for(path)
    before = target.path.read_bytes() if target.path.exists() else None
    items = list(target.items)
    done = []
    try:
        for entry in entries:
            known = glossary.entries.get(entry.id)
            if known is not None and _same(known, entry):
                done.append(f"{entry.id}: already in the glossary")
                continue
            row = add_entry(glossary, entry, target.path)
            done.append(f"{row.location}: added {entry.id}")
        if target.path.exists():
            load_file(target.path)  # what was written loads again
    except InputError:
        target.items[:] = items
        if before is None:
            target.path.unlink(missing_ok=True)
        else:
            write_atomic(target.path.resolve(), before)  # through a symlink, as the glossary edits write
        raise
    return done


def read_entries(data: bytes, source: str) -> tuple[list[GlossaryEntry], list[str]]:
    """Entries of a TBX file (either version) or an OmegaT glossary, told apart by their first character."""
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return from_tbx(data, source)
    return [row.entry for row in from_omegat(data, source)], []


def _same(a: GlossaryEntry, b: GlossaryEntry) -> bool:
    fields = lambda e: (e.english, e.type, e.chinese, e.short, e.chinese_short, e.variants)  # noqa: E731
    return fields(a) == fields(b)


# -- OmegaT tab-separated glossary -----------------------------------------------


def _clean(text: str) -> str:
    return re.sub(r"[\t\r\n]+", " ", text)


def omegat_lines(entry: GlossaryEntry) -> list[tuple[str, str, str]]:
    lines = []
    roles = [(entry.chinese, "preferred"), *((f, "short") for f in entry.chinese_short),
             *((f, "variant") for f in entry.variants)]
    for form, role in roles:
        english = english_for(entry, regularised_form(entry, form) if role == "variant" else form)
        comment = f"id={entry.id}; type={entry.type.value}; form={role}"
        if role == "preferred":
            comment += (f"; short={entry.short}" if entry.short else "") + (f"; note={entry.note}" if entry.note else "")
        lines.append((formula_safe(form), formula_safe(english), _clean(comment)))
    return lines


def to_omegat(glossary: Glossary) -> str:
    """Chinese, English and a comment per line: an OmegaT glossary (name it *.utf8 so OmegaT reads UTF-8).

    A spreadsheet opens it too: a cell that would start a formula gets a
    leading apostrophe (:func:`bitext.io.formula_safe`), which the import removes.
    """
    return "".join("\t".join(line) + "\n" for entry in glossary.entries.values() for line in omegat_lines(entry))


_COMMENT = re.compile(r"^id=(?P<id>[^;]+); type=(?P<type>[^;]+); form=(?P<form>preferred|short|variant)"
                      r"(?:; short=(?P<short>[^;]*))?(?:; note=(?P<note>.*))?$")


def from_omegat(data: bytes, source: str) -> list[GlossaryRow]:
    """Entries from an OmegaT glossary; lines without a bitext comment group by their English."""
    text = decode_utf8(data, source)
    entries: dict[str, dict] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 2 or not fields[0].strip() or not fields[1].strip():
            raise InputError(f"{source}:{number}: expected Chinese<TAB>English[<TAB>comment]")
        chinese, english = (unquote_formula(f.strip()) for f in fields[:2])
        meta = _COMMENT.match(fields[2].strip()) if len(fields) > 2 else None
        entry_id = meta["id"] if meta else slug(english)
        item = entries.setdefault(entry_id, {"id": entry_id, "line": number, "forms": [], "english": "",
                                             "short": "", "type": "term", "note": ""})
        role = meta["form"] if meta else ("preferred" if not item["forms"] else "variant")
        if meta:
            item["type"] = meta["type"]
        if role == "preferred":
            item.update(english=english, short=(meta["short"] or "") if meta else "",
                        note=(meta["note"] or "") if meta else "")
        item["forms"].append((chinese, role))
    return [_row(item, source) for item in entries.values()]


def _row(item: dict, source: str) -> GlossaryRow:
    preferred = [f for f, role in item["forms"] if role == "preferred"]
    if not preferred:
        raise InputError(f"{source}:{item['line']}: entry {item['id']!r} has no preferred Chinese form")
    try:
        name_type = NameType(item["type"])
    except ValueError:
        raise InputError(f"{source}:{item['line']}: type {item['type']!r} is not one of "
                         f"{', '.join(t.value for t in NameType)}") from None
    entry = GlossaryEntry(
        id=item["id"], english=item["english"], type=name_type, chinese=preferred[0],
        variants=tuple(f for f, role in item["forms"] if role == "variant"), short=item["short"],
        note=item["note"], source=f"{source}:{item['line']}",
        chinese_short=tuple(f for f, role in item["forms"] if role == "short"),
    )
    return GlossaryRow(entry, Path(source), item["line"])

