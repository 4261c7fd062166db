"""XLIFF 1.2 for the translator's post-editing loop: out to a CAT tool, back into the TEI.

Export: one ``trans-unit`` per Chinese sentence outside boilerplate, its id
the sentence's TEI ``xml:id`` (``p3-s1``), grouped by paragraph; the MT as
``target`` with ``state="needs-review-translation"`` (a human English as
``state="translated"``; no target when there is no English); the glossary
names of the sentence and the review's conflicts there as ``note``s.
XLIFF 1.2 is what OmegaT, Trados, memoQ, Phrase and translate-toolkit all
read.  The header records the source text's SHA-256, so that the import can
refuse a TEI of another text.

Import edits the TEI tree in place (lxml), so everything else stays
byte-identical: a unit whose target differs from the English ``<s>`` of its
sentence (``en-p3-s1``) gets the target as text and ``@resp`` pointing to
the translator's ``respStmt`` (added to the header when missing); the
English it replaces is kept in ``standOff`` as a ``note`` (``@target`` =
the sentence, ``@resp`` and ``@ana`` as the sentence had them) in a
``listAnnotation type="superseded-translation"``.  The glossary English of
each edited sentence is then checked again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from . import __version__
from .glossary import Glossary, GlossaryFile, GlossaryRow
from .io import InputError, parse_xml
from .model import Document, Sentence
from .review import Conflict
from .tei import HUMAN_RESP, TEI_NS, XML_ID, english_id, xml_safe

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
MT_STATE = "needs-review-translation"
SUPERSEDED = "superseded-translation"
_SOURCE_NOTE = re.compile(r"source text sha256 (?P<sha>[0-9a-f]{64})")


def _x(parent, tag: str, text: str | None = None, **attrs) -> etree._Element:
    node = etree.SubElement(parent, f"{{{XLIFF_NS}}}{tag}", {k: v for k, v in attrs.items() if v is not None})
    if text is not None:
        node.text = text
    return node


def glossary_of(doc: Document) -> Glossary:
    """The entries a TEI lists in its ``standOff``, as a glossary the review can use."""
    path = Path(doc.source_name or "-")
    return Glossary([GlossaryFile(path, [GlossaryRow(e, path, 0) for e in doc.entries.values()])])


def _notes_by_sentence(conflicts: list[Conflict]) -> dict[str, list[str]]:
    """Sentence id → one line per conflict there (the listed forms of a ``variant`` are no conflict)."""
    notes: dict[str, list[str]] = {}
    for c in conflicts:
        for form in c.forms:
            if c.kind == "variant" and form.status in ("preferred", "short"):
                continue
            for sentence in dict.fromkeys(loc.sentence for loc in form.locations if loc.sentence):
                notes.setdefault(sentence, []).append(f"{c.kind}: {form.text}: {c.action}")
    return notes


def _sentence_glossary(sentence: Sentence, doc: Document) -> list[str]:
    """One line per glossary name of the sentence: the form as written, the English the glossary wants."""
    from .names import english_for

    lines = []
    for name in sentence.names:
        entry = doc.entries.get(name.entry_id)
        if entry is None:
            continue
        written = name.form or doc.text[name.start:name.end]
        listed = f" (for {name.preferred})" if name.preferred and name.preferred != written else ""
        proposed = "; proposed, not yet in the glossary" if entry.proposed else ""
        line = f"glossary: {written}{listed} = {english_for(entry, name.preferred or written)} [{entry.id}{proposed}]"
        if line not in lines:
            lines.append(line)
    return lines


def to_xliff(doc: Document, conflicts: list[Conflict]) -> bytes:
    """XLIFF 1.2 bytes for ``doc`` (annotated, usually translated); same document, same bytes."""
    root = etree.Element(f"{{{XLIFF_NS}}}xliff", version="1.2", nsmap={None: XLIFF_NS})
    file = _x(root, "file", original=xml_safe(doc.source_name or "-"), datatype="plaintext",
              **{"source-language": doc.script, "target-language": "en", "tool-id": "bitext"})
    header = _x(file, "header")
    _x(header, "tool", **{"tool-id": "bitext", "tool-name": "bitext", "tool-version": __version__})
    _x(header, "note", f"bitext: source text sha256 {doc.sha256}; bring the edited targets back with "
       "bitext xliff import THIS.xlf --tei THE.tei.xml -o OUT.tei.xml", **{"from": "bitext"})
    body = _x(file, "body")
    notes = _notes_by_sentence(conflicts)
    for section in doc.sections:
        if section.kind == "boilerplate":
            continue
        for paragraph in section.paragraphs:
            group = _x(body, "group", id=paragraph.id, resname=paragraph.id)
            for sentence in paragraph.sentences:
                _trans_unit(group, sentence, doc, notes.get(sentence.id, []))
            if not len(group):
                body.remove(group)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _trans_unit(group, sentence: Sentence, doc: Document, conflict_notes: list[str]) -> None:
    source = doc.text[sentence.start:sentence.end].strip()
    if not source:
        return
    unit = _x(group, "trans-unit", id=sentence.id, resname=sentence.id, approved="no")
    unit.set(XML_SPACE, "preserve")
    _x(unit, "source", xml_safe(source)).set(XML_LANG, doc.script)  # the TEI's <gap/>s as U+FFFD
    translation = sentence.translation
    if translation is not None:
        machine = translation.resp == "mt"
        target = _x(unit, "target", translation.text, state=MT_STATE if machine else "translated",
                    **{"state-qualifier": "mt-suggestion" if machine else None})
        target.set(XML_LANG, "en")
    for text in _sentence_glossary(sentence, doc):
        _x(unit, "note", text, annotates="source", **{"from": "bitext-glossary"})
    for text in conflict_notes:
        _x(unit, "note", text, annotates="general", priority="2", **{"from": "bitext-review"})
    if translation is not None and translation.guards:
        _x(unit, "note", "MT guards fired: " + ", ".join(translation.guards), annotates="target",
           **{"from": "bitext-mt"})


# -- import ------------------------------------------------------------------------


@dataclass
class XliffImport:
    """What :func:`apply_xliff` did: the new TEI bytes, the sentences it changed, units left alone."""

    tei: bytes
    edited: list[str] = field(default_factory=list)
    unchanged: int = 0


def read_targets(data: bytes, source: str) -> tuple[dict[str, str], str | None]:
    """Unit id → target text of every unit with a non-empty target, and the source SHA-256 the file names."""
    root = parse_xml(data, source)
    if etree.QName(root).localname != "xliff" or etree.QName(root).namespace != XLIFF_NS:
        raise InputError(f"{source}: not XLIFF 1.2 (root element {etree.QName(root).localname!r} "
                         f"in namespace {etree.QName(root).namespace!r})")
    sha = None
    for note in root.iter(f"{{{XLIFF_NS}}}note"):
        match = _SOURCE_NOTE.search(note.text or "")
        if match and note.getparent().tag == f"{{{XLIFF_NS}}}header":
            sha = match["sha"]
    targets: dict[str, str] = {}
    for unit in root.iter(f"{{{XLIFF_NS}}}trans-unit"):
        unit_id = unit.get("id")
        target = unit.find(f"{{{XLIFF_NS}}}target")
        if not unit_id:
            raise InputError(f"{source}:{unit.sourceline}: trans-unit without id")
        if target is not None:
            text = "".join(target.itertext()).strip()
            if text:
                targets[unit_id] = text
    return targets, sha


def _tei(tag: str) -> str:
    return f"{{{TEI_NS}}}{tag}"


def _translator_resp(root, translator: str) -> None:
    """Make sure the header declares the human translator that ``@resp="#translator"`` points to."""
    title_stmt = root.find(f"{_tei('teiHeader')}/{_tei('fileDesc')}/{_tei('titleStmt')}")
    if title_stmt is None:
        raise InputError("TEI without teiHeader/fileDesc/titleStmt")
    if any(r.get(XML_ID) == HUMAN_RESP for r in title_stmt.iter(_tei("respStmt"))):
        return
    resp_stmt = etree.Element(_tei("respStmt"))
    resp_stmt.set(XML_ID, HUMAN_RESP)
    etree.SubElement(resp_stmt, _tei("resp")).text = "post-editing of the machine translation (XLIFF)"
    etree.SubElement(resp_stmt, _tei("name")).text = xml_safe(translator)
    last = [child for child in title_stmt if child.tag in (_tei("title"), _tei("respStmt"))][-1]
    resp_stmt.tail = last.tail
    last.addnext(resp_stmt)


def _superseded_list(root):
    stand_off = root.find(_tei("standOff"))
    if stand_off is None:
        raise InputError("TEI without standOff: it holds no machine translation to post-edit")
    for listing in stand_off.findall(_tei("listAnnotation")):
        if listing.get("type") == SUPERSEDED:
            return listing
    listing = etree.SubElement(stand_off, _tei("listAnnotation"), type=SUPERSEDED)
    listing.text = "\n"
    listing.tail = "\n"
    return listing


def _keep_superseded(root, node) -> None:
    """The English a translator replaced, as a note on the sentence in standOff (nothing when it was empty)."""
    old = "".join(node.itertext())
    if not old.strip():
        return
    human = node.get("resp") == f"#{HUMAN_RESP}"
    note = etree.SubElement(_superseded_list(root), _tei("note"), type="translation" if human else "machine-translation",
                            target=f"#{node.get(XML_ID)}")
    for attr in ("resp", "ana"):
        if node.get(attr):
            note.set(attr, node.get(attr))
    note.text = old
    note.tail = "\n"


def _serialise(original: bytes, root) -> bytes:
    """The edited tree between the original's own bytes before and after the root element."""
    start, end = original.find(b"<TEI"), original.rfind(b"</TEI>")
    prolog = original[:start] if start >= 0 else b'<?xml version="1.0" encoding="UTF-8"?>\n'
    epilog = original[end + len(b"</TEI>"):] if end >= 0 else b"\n"
    return prolog + etree.tostring(root, encoding="UTF-8") + epilog


def apply_xliff(tei: bytes, tei_source: str, targets: dict[str, str], source_sha: str | None,
                translator: str = "unknown translator") -> XliffImport:
    """The TEI with each post-edited target as the English of its sentence (see the module docstring)."""
    root = parse_xml(tei, tei_source)
    if root.tag != _tei("TEI"):
        raise InputError(f"{tei_source}: not a TEI document")
    sha = root.findtext(f".//{_tei('sourceDesc')}//{_tei('idno')}[@type='sha256']")
    if source_sha and sha and source_sha != sha:
        raise InputError(f"{tei_source}: a TEI of another text (sha256 {sha[:12]}…, the XLIFF was made from "
                         f"{source_sha[:12]}…)")
    english = {el.get(XML_ID): el for el in root.iter(_tei("s")) if el.get(XML_ID, "").startswith("en-")}
    chinese = {el.get(XML_ID) for el in root.iter(_tei("s"))} - set(english)
    result = XliffImport(b"")
    edits = []
    for unit_id, text in targets.items():
        if unit_id not in chinese:
            raise InputError(f"{tei_source}: no sentence {unit_id!r} (the XLIFF belongs to another TEI)")
        node = english.get(english_id(unit_id))
        if node is None:
            raise InputError(f"{tei_source}: sentence {unit_id!r} has no English <s> to replace; export the XLIFF "
                             "from a TEI annotated with MT")
        if "".join(node.itertext()) == text:
            result.unchanged += 1
        else:
            edits.append((unit_id, node, text))
    if edits:
        _translator_resp(root, translator)
        for unit_id, node, text in edits:
            _keep_superseded(root, node)
            for child in list(node):
                node.remove(child)
            node.text = text
            node.set("resp", f"#{HUMAN_RESP}")
            node.attrib.pop("ana", None)  # the MT guards were about the English now gone
            result.edited.append(unit_id)
    result.tei = _serialise(tei, root)
    return result


def glossary_check(tei: bytes, sentence_ids: list[str]) -> list[str]:
    """One line per glossary name whose English a (post-edited) sentence lacks."""
    from .names import check_translation_terms
    from .teiread import read_tei

    doc = read_tei(tei)
    check_translation_terms(doc)
    wanted = set(sentence_ids)
    lines = []
    for sentence in doc.sentences():
        if sentence.id in wanted and sentence.translation is not None:
            for entry_id in sentence.translation.missing_terms:
                entry = doc.entries[entry_id]
                english = entry.english + (f" (or {entry.short})" if entry.short else "")
                lines.append(f"{sentence.id}: glossary English {english} [{entry_id}] is not in the edited English")
    return lines
