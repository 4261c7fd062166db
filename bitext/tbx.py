"""The glossary for CAT tools: TBX-Basic (ISO 30042:2019, TBX v3, DCA style) and OmegaT's tab-separated glossary.

TBX: one ``conceptEntry`` per glossary entry (its id as ``@id``), an English
and a Chinese ``langSec``; each form is a ``termSec`` with its
``administrativeStatus`` (preferred for the main forms, admitted for short
forms, deprecated for variants) and ``termType`` (fullForm, shortForm,
variant).  The structure follows ``TBXcoreStructV03.rng``.

OmegaT: ``Chinese<TAB>English<TAB>comment``, one line per Chinese form; the
comment (``id=…; type=…; form=…; short=…; note=…``) lets :func:`from_omegat`
rebuild the entries.  Forms marked ``distinct`` are not exported: they are
not translations.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from .glossary import Glossary, GlossaryRow, slug
from .io import InputError, decode_utf8
from .model import GlossaryEntry, NameType
from .names import english_for, regularised_form

TBX_NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_STATUS = {"preferred": "preferredTerm-admn-sts", "short": "admittedTerm-admn-sts", "variant": "deprecatedTerm-admn-sts"}
_TERM_TYPE = {"preferred": "fullForm", "short": "shortForm", "variant": "variant"}


def _el(parent, tag: str, text: str | None = None, **attrs) -> etree._Element:
    node = etree.SubElement(parent, f"{{{TBX_NS}}}{tag}", attrs)
    if text is not None:
        node.text = text
    return node


def _term(lang_sec, text: str, role: str, proper: bool) -> None:
    term_sec = _el(lang_sec, "termSec")
    _el(term_sec, "term", text)
    _el(term_sec, "termNote", "properNoun" if proper else "noun", type="partOfSpeech")
    _el(term_sec, "termNote", _TERM_TYPE[role], type="termType")
    _el(term_sec, "termNote", _STATUS[role], type="administrativeStatus")


def to_tbx(glossary: Glossary) -> bytes:
    """The glossary as a TBX-Basic document (UTF-8 bytes)."""
    root = etree.Element(f"{{{TBX_NS}}}tbx", {"type": "TBX-Basic", "style": "dca"}, nsmap={None: TBX_NS})
    root.set(XML_LANG, "en")
    header = _el(root, "tbxHeader")
    file_desc = _el(header, "fileDesc")
    title_stmt = _el(file_desc, "titleStmt")
    _el(title_stmt, "title", "bitext glossary: names and terms, Chinese–English")
    source = _el(file_desc, "sourceDesc")
    _el(source, "p", "Exported by bitext from: " + ", ".join(f.path.name for f in glossary.files))
    body = _el(_el(root, "text"), "body")
    for entry in glossary.entries.values():
        concept = _el(body, "conceptEntry", id=entry.id)
        _el(concept, "note", f"type: {entry.type.value}")
        if entry.note:
            _el(concept, "note", entry.note)
        proper = entry.type is not NameType.TERM
        english = _el(concept, "langSec")
        english.set(XML_LANG, "en")
        _term(english, entry.english, "preferred", proper)
        if entry.short and entry.short != entry.english:
            _term(english, entry.short, "short", proper)
        chinese = _el(concept, "langSec")
        chinese.set(XML_LANG, "zh-Hans")
        _term(chinese, entry.chinese, "preferred", proper)
        for form in entry.chinese_short:
            _term(chinese, form, "short", proper)
        for form in entry.variants:
            _term(chinese, form, "variant", proper)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


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
        lines.append((form, english, _clean(comment)))
    return lines


def to_omegat(glossary: Glossary) -> str:
    """Chinese, English and a comment per line: an OmegaT glossary (name it *.utf8 so OmegaT reads UTF-8)."""
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
        chinese, english = fields[0].strip(), fields[1].strip()
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

