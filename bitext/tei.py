"""Write a :class:`~bitext.model.Document` as TEI P5 XML.

Only reads the model.  Layout (valid against ``tei_all.rng``), the same
with and without English:

* ``<text><group>`` holding the Chinese ``<text type="source">`` (a ``<div>``
  per section) and the English ``<text type="translation">`` (a note saying
  there is none), and ``<standOff>`` with a ``<linkGrp type="translation">``
  pairing every Chinese paragraph and sentence with its English;
* ``xml:space="preserve"`` on every paragraph: its whitespace is the
  article's, so a pretty-printer must not add any between Chinese words;
* words as ``<ruby><rb><w>着想</w></rb><rt>zhuó xiǎng</rt></ruby>``;
* names as ``persName|placeName|orgName|term`` with ``@ref`` to entries
  listed in ``<standOff>``.
"""

from __future__ import annotations

import io
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from itertools import chain, groupby
from pathlib import Path, PurePath
from typing import BinaryIO, NamedTuple

from lxml import etree

from .model import Document, NameSpan, NameType, Paragraph, ParagraphKind, Sentence, Span, Token, TokenKind, Translation
from .script import detect_script

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_LANG = f"{{{XML_NS}}}lang"
XML_ID = f"{{{XML_NS}}}id"
XML_SPACE = f"{{{XML_NS}}}space"

NAME_ELEMENT = {
    NameType.PERSON: "persName",
    NameType.PLACE: "placeName",
    NameType.ORGANISATION: "orgName",
    NameType.TERM: "term",
}
#: Where the entries of each type are listed in <standOff>.
LIST_ELEMENT = {
    NameType.PERSON: ("listPerson", "person"),
    NameType.PLACE: ("listPlace", "place"),
    NameType.ORGANISATION: ("listOrg", "org"),
    NameType.TERM: ("listObject", "object"),
}

GUARD_DESCRIPTIONS = {
    "repetition": "the output looped and was decoded again with repeated 4-grams blocked",
    "length_cap": "the output reached the length cap set from the input length",
    "split_long_input": "the input was too long for the model and was translated in parts",
    "empty_output": "the model produced no output",
}

#: An entry the name finder proposed (``GlossaryEntry.proposed``): its list item gets
#: ``@cert="low"`` and this note, so a reader of the TEI sees that no glossary file lists it.
PROPOSED_CERT = "low"
PROPOSED_NOTE = "proposed by the bitext name finder; not in any glossary file"

MT_RESP = "mt"
HUMAN_RESP = "translator"


def _el(parent, tag: str, text: str | None = None, **attrs) -> etree._Element:
    """A child element; elements carry no namespace (the root's default namespace applies when written)."""
    node = etree.SubElement(parent, tag, {k: v for k, v in attrs.items() if v is not None})
    if text is not None:
        node.text = text
    return node


_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` with each character XML 1.0 forbids as U+FFFD.

    For metadata such as file names (``a\x01b.txt``, or undecodable bytes
    that Python keeps as lone surrogates); the article's own text keeps
    them as recorded <gap/>s instead.
    """
    return _XML_FORBIDDEN.sub("\ufffd", text)


def file_name(path: str) -> str:
    """The name a TEI header records for an input: the file name, never its folders (``-`` for stdin)."""
    return xml_safe(PurePath(path).name or path) if path != "-" else "-"


def english_id(xml_id: str) -> str:
    """The id of the English counterpart of a Chinese paragraph or sentence."""
    return f"en-{xml_id}"


def to_tei(doc: Document) -> bytes:
    """Serialise ``doc``; the same document always gives the same bytes."""
    out = io.BytesIO()
    write_tei(doc, out)
    return out.getvalue()


def write_tei(doc: Document, out: BinaryIO, sentences: Iterable[tuple[Paragraph, Sentence]] | None = None) -> None:
    """Write ``doc`` as TEI to ``out``, one sentence at a time.

    ``sentences`` gives the (paragraph, sentence) pairs in document order;
    by default those held in ``doc``.  A streaming caller passes a generator
    that annotates as it goes (:func:`bitext.pipeline.annotate_to_tei`):
    only the English (a few words per sentence) and the names are kept
    until the end, for the English ``<text>`` and the ``<standOff>``.

    Layout, the same with and without English: ``<text><group>`` holding
    the Chinese ``<text type="source">`` and the English ``<text
    type="translation">`` (a note when there is no English).
    """
    if sentences is None:
        sentences = ((p, s) for p in doc.paragraphs() for s in p.sentences)
    section_of = {id(p): section for section in doc.sections for p in section.paragraphs}
    english: list[_EnglishParagraph] = []
    out.write(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(_start_tag("TEI", {XML_LANG: doc.script}, namespace=TEI_NS) + b"\n")
    out.write(_fragment(_header(doc)))
    out.write(b"<text>\n<group>\n")
    out.write(_start_tag("text", {"type": "source", XML_LANG: doc.script}) + b"\n<body>\n")
    regularize = doc.options.get("regularize") == "yes"
    for _, in_section in groupby(sentences, key=lambda pair: id(section_of[id(pair[0])])):
        first_paragraph, first_sentence = next(in_section)
        section = section_of[id(first_paragraph)]
        kind = "boilerplate" if section.kind == "boilerplate" else "section"
        out.write(_start_tag("div", {"type": kind, XML_ID: section.id}) + b"\n")
        first = True
        for _, in_paragraph in groupby(chain([(first_paragraph, first_sentence)], in_section),
                                       key=lambda pair: id(pair[0])):
            paragraph, sentence = next(in_paragraph)
            # <head> must come first in its <div>
            tag = "head" if paragraph.kind is ParagraphKind.HEADING and first else "p"
            out.write(_start_tag(tag, {XML_ID: paragraph.id, XML_SPACE: "preserve"}))
            translated = []
            for _, sentence in chain([(paragraph, sentence)], in_paragraph):
                out.write(_sentence(sentence, doc, regularize))
                if sentence.translation and section.kind != "boilerplate":
                    translated.append((sentence.id, sentence.translation))
            out.write(f"</{tag}>\n".encode())
            if translated:
                english.append(_EnglishParagraph(section.id, paragraph.id, tag == "head", translated))
            first = False
        out.write(b"</div>\n")
    out.write(b"</body>\n</text>\n")
    out.write(_fragment(_english_text(doc, english)))
    out.write(b"</group>\n</text>\n")
    stand_off = _stand_off(doc, english)
    if stand_off is not None:
        out.write(_fragment(stand_off))
    out.write(b"</TEI>\n")


class _EnglishParagraph(NamedTuple):
    """The English of one Chinese paragraph, kept while the Chinese is written."""

    section_id: str
    paragraph_id: str
    heading: bool
    sentences: list[tuple[str, Translation]]  # (Chinese sentence id, its English)


def _start_tag(tag: str, attrs: dict[str, str], namespace: str | None = None) -> bytes:
    """``<tag a="v">`` with the values escaped by lxml."""
    if namespace:
        element = etree.Element(f"{{{namespace}}}{tag}", attrs, nsmap={None: namespace})
    else:
        element = etree.Element(tag, attrs)
    return etree.tostring(element, encoding="UTF-8", xml_declaration=False)[:-2] + b">"


def _fragment(element) -> bytes:
    """One finished subtree, its element-only parts broken into lines, and a line break."""
    _break_lines(element)
    return etree.tostring(element, encoding="UTF-8", xml_declaration=False) + b"\n"


def _sentence(sentence: Sentence, doc: Document, regularize: bool) -> bytes:
    """``<s>`` with its words, written as text: a tree of lxml elements per word cost more than the annotation."""
    out = [f'<s xml:id="{_attr(sentence.id)}">']
    spans: list[Span] = sorted(
        [*sentence.foreign, *sentence.names], key=lambda sp: (sp.first, -(sp.last - sp.first))
    )
    _write_tokens(out, sentence.tokens, 0, len(sentence.tokens), spans, doc, regularize)
    out.append("</s>")
    return "".join(out).encode("utf-8")


#: Escapes as lxml writes them: ``\r`` as a reference, else a parser reads it as ``\n``.
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTR_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                               "\r": "&#13;", "\n": "&#10;", "\t": "&#9;"})


def _text(text: str) -> str:
    return text.translate(_TEXT_ESCAPES)


def _attr(value: str) -> str:
    return value.translate(_ATTR_ESCAPES)


#: Elements with element-only content: a line break between their children
#: changes no text and makes the file readable and diff-friendly.
_ELEMENT_ONLY = (
    "TEI teiHeader fileDesc titleStmt publicationStmt sourceDesc bibl encodingDesc appInfo editorialDecl "
    "profileDesc langUsage text group body div standOff linkGrp listPerson listPlace listOrg listObject "
    "person place org object interpGrp"
).split()


def _break_lines(root) -> None:
    for node in root.iter(*_ELEMENT_ONLY):
        if len(node):
            node.text = "\n"
            for child in node:
                child.tail = "\n"
    root.tail = None


# -- header -------------------------------------------------------------------


def _header(doc: Document):
    header = etree.Element("teiHeader")
    file_desc = _el(header, "fileDesc")
    title_stmt = _el(file_desc, "titleStmt")
    _el(title_stmt, "title", f"{file_name(doc.source_name)}: annotated Chinese text with pinyin"
        + (" and English translation" if doc.mt or any(s.translation for s in doc.sentences()) else ""))
    if doc.mt:
        resp = _el(title_stmt, "respStmt")
        resp.set(XML_ID, MT_RESP)
        _el(resp, "resp", "machine translation")
        _el(resp, "name", f"{doc.mt.engine} {doc.mt.engine_version}, package {doc.mt.package} {doc.mt.package_version}")
    if doc.target or any(s.translation and s.translation.resp == "human" for s in doc.sentences()):
        resp = _el(title_stmt, "respStmt")
        resp.set(XML_ID, HUMAN_RESP)
        _el(resp, "resp", "translation (human, aligned by bitext)")
        _el(resp, "name", "unknown translator")
    pub = _el(file_desc, "publicationStmt")
    _el(pub, "p", "Generated by bitext; not published.")
    source = _el(file_desc, "sourceDesc")
    bibl = _el(source, "bibl")
    _el(bibl, "idno", file_name(doc.source_name), type="filename")
    _el(bibl, "idno", doc.sha256, type="sha256")
    _el(bibl, "idno", doc.encoding, type="encoding")

    encoding = _el(header, "encodingDesc")
    app_info = _el(encoding, "appInfo")
    for name, version in sorted(doc.tools.items()):
        app = _el(app_info, "application", ident=name, version=version)
        _el(app, "label", name)
    if doc.mt:
        app = _el(app_info, "application", ident=doc.mt.engine, version=doc.mt.engine_version)
        app.set(XML_ID, "mt-engine")
        _el(app, "label", doc.mt.engine)
        options = "; ".join(f"{k}={v}" for k, v in sorted(doc.mt.options.items()))
        _el(app, "desc", f"model package {doc.mt.package} {doc.mt.package_version}; decoding: {options}")
    if doc.options:
        decl = _el(encoding, "editorialDecl")
        for key, value in sorted(doc.options.items()):
            _el(decl, "p", f"{key}: {value}")

    profile = _el(header, "profileDesc")
    usage = _el(profile, "langUsage")
    names = {"zh-Hans": "Chinese (Simplified script)", "zh-Hant": "Chinese (Traditional script)", "en": "English"}
    for lang in doc.languages:
        _el(usage, "language", names.get(lang, lang), ident=lang)
    return header


# -- Chinese sentences --------------------------------------------------------


def _write_tokens(out: list[str], tokens: Sequence[Token], first: int, last: int, spans: Sequence[Span], doc,
                  regularize) -> None:
    """Write ``tokens[first:last]``; ``spans`` are sorted by (first, longest first).

    The spans nested in a span follow it in that order, so each span looks
    only at the run of spans that start inside it (linear, not quadratic, in
    the number of spans: a sentence alternating 中a中a… has thousands).
    """
    starts = [sp.first for sp in spans]
    i = first
    for k, span in enumerate(spans):
        if span.first < i or span.last > last:
            continue  # overlaps a span already written: keep the outer one
        _write_plain(out, tokens[i:span.first])
        inner = [sp for sp in spans[k + 1:bisect_left(starts, span.last, k + 1)] if sp.last <= span.last]
        _write_span(out, tokens, span, inner, doc, regularize)
        i = span.last
    _write_plain(out, tokens[i:last])


def _write_span(out: list[str], tokens, span: Span, inner, doc: Document, regularize: bool) -> None:
    if isinstance(span, NameSpan):
        tag = NAME_ELEMENT[span.type]
        ref = f' ref="#{_attr(span.entry_id)}"' if span.entry_id in doc.entries else ""
        cert = f' cert="{_attr(span.cert)}"' if span.cert else ""
        out.append(f"<{tag}{ref}{cert}>")
        if regularize and span.preferred and span.form != span.preferred:
            out.append("<choice><orig>")
            _write_tokens(out, tokens, span.first, span.last, inner, doc, regularize)
            out.append(f"</orig><reg>{_text(span.preferred)}</reg></choice></{tag}>")
            return
    else:
        tag = "foreign"
        out.append(f'<foreign xml:lang="{_attr(getattr(span, "lang", "en"))}">')
    _write_tokens(out, tokens, span.first, span.last, inner, doc, regularize)
    out.append(f"</{tag}>")


#: The element of each kind of token that is one element with its text.
_PLAIN_TAG = {TokenKind.PUNCT: "pc", TokenKind.NUMBER: "num", TokenKind.LATIN: "w"}


def _write_plain(out: list[str], tokens: Iterable[Token]) -> None:
    for token in tokens:
        kind = token.kind
        if kind is TokenKind.HAN:
            if token.pinyin:
                # Erhua words give 儿 an empty syllable: 哪儿 → "nǎr".
                reading = unicodedata.normalize("NFC", " ".join(p for p in token.pinyin if p))
                out.append(f"<ruby><rb><w>{_text(token.text)}</w></rb><rt>{_text(reading)}</rt></ruby>")
            else:
                out.append(f"<ruby><rb><w>{_text(token.text)}</w></rb></ruby>")
        elif kind is TokenKind.SPACE:
            out.append(_text(token.text))
        elif (tag := _PLAIN_TAG.get(kind)) is not None:
            out.append(f"<{tag}>{_text(token.text)}</{tag}>")
        elif kind is TokenKind.INVALID:
            out.append(f'<gap reason="forbidden-character"><desc>U+{ord(token.text):04X} at offset {token.start}, '
                       "not allowed in XML 1.0</desc></gap>")
        else:
            out.append(f'<c type="symbol">{_text(token.text)}</c>')


# -- English body and links ----------------------------------------------------


#: What the English <text> holds when there is no English (annotated with ``--mt none``).
NO_ENGLISH = "no English: the text was annotated without machine translation and no translation was aligned"


def _english_text(doc: Document, english: Sequence[_EnglishParagraph]):
    """The English <text>: an aligned translation, else the MT by section and paragraph, else a note."""
    text = etree.Element("text", {"type": "translation", XML_LANG: "en"})
    body = _el(text, "body")
    if doc.target:
        _target_body(body, doc)
        return text
    if not english:
        _el(_el(body, "div", type="no-translation"), "note", NO_ENGLISH)
        return text
    for section_id, paragraphs in groupby(english, key=lambda e: e.section_id):
        div = _el(body, "div", type="section", corresp=f"#{section_id}")
        div.set(XML_ID, english_id(section_id))
        for paragraph in paragraphs:
            node = _el(div, "head" if paragraph.heading and not len(div) else "p")
            node.set(XML_ID, english_id(paragraph.paragraph_id))
            node.set(XML_SPACE, "preserve")
            for sentence_id, tr in paragraph.sentences:
                if len(node):
                    node[-1].tail = " "
                guards = " ".join(f"#guard-{g}" for g in tr.guards) or None
                s = _el(node, "s", tr.text, resp=f"#{MT_RESP if tr.resp == 'mt' else HUMAN_RESP}", ana=guards)
                s.set(XML_ID, english_id(sentence_id))
    return text


def _target_body(body, doc: Document) -> None:
    """An existing English translation, paragraph by paragraph, as it was read."""
    div = _el(body, "div", type="translation")
    div.set(XML_ID, "en-text")
    for paragraph in doc.target:
        node = _el(div, "p")
        node.set(XML_ID, paragraph.id)
        node.set(XML_SPACE, "preserve")
        for sentence in paragraph.sentences:
            if len(node):
                node[-1].tail = " "
            _el(node, "s", sentence.text, resp=f"#{HUMAN_RESP}").set(XML_ID, sentence.id)


def _alignment_links(stand_off, doc: Document) -> None:
    """One <link> per alignment unit with both sides; flagged units point to an interp."""
    if any(link.flagged for link in doc.links):
        grp = _el(stand_off, "interpGrp", type="alignment")
        _el(grp, "interp", "low-confidence alignment: check by hand").set(XML_ID, "align-low")
    links = _el(stand_off, "linkGrp", type="alignment")
    for link in doc.links:
        if not (link.source and link.target):
            continue  # a segment without counterpart stays in its text, unlinked
        cert = f"{link.score:.3f}" if link.score is not None and 0 <= link.score <= 1 else None
        targets = " ".join(f"#{i}" for i in (*link.source, *link.target))
        _el(links, "link", target=targets, cert=cert, ana="#align-low" if link.flagged else None)


def _stand_off(doc: Document, english: Sequence[_EnglishParagraph]):
    """Entries named in the text, MT guard notes and the links; None when there is none of them."""
    entries = sorted(doc.entries.values(), key=lambda e: e.id)
    guards = sorted({g for paragraph in english for _, tr in paragraph.sentences for g in tr.guards})
    if not (entries or english or doc.target):
        return None
    stand_off = etree.Element("standOff")
    for name_type, (list_tag, item_tag) in LIST_ELEMENT.items():
        typed = [e for e in entries if e.type is name_type]
        if not typed:
            continue
        listing = _el(stand_off, list_tag)
        for entry in typed:
            item = _el(listing, item_tag, cert=PROPOSED_CERT if entry.proposed else None)
            item.set(XML_ID, entry.id)
            _entry_names(item, entry, name_type)
    if guards:
        interp_grp = _el(stand_off, "interpGrp", type="mt-guard")
        for guard in guards:
            interp = _el(interp_grp, "interp", GUARD_DESCRIPTIONS.get(guard, guard))
            interp.set(XML_ID, f"guard-{guard}")
    if doc.target:
        _alignment_links(stand_off, doc)
    elif english:
        links = _el(stand_off, "linkGrp", type="translation")
        for paragraph in english:
            _el(links, "link", target=f"#{paragraph.paragraph_id} #{english_id(paragraph.paragraph_id)}")
            for sentence_id, _ in paragraph.sentences:
                _el(links, "link", target=f"#{sentence_id} #{english_id(sentence_id)}")
    return stand_off if len(stand_off) else None


def _entry_names(item, entry, name_type: NameType) -> None:
    if name_type is NameType.TERM:
        ident = _el(item, "objectIdentifier")
        _el(ident, "objectName", entry.english).set(XML_LANG, "en")
        _el(ident, "objectName", entry.chinese, type="preferred").set(XML_LANG, detect_script(entry.chinese))
        for short in entry.chinese_short:
            _el(ident, "objectName", short, type="short").set(XML_LANG, detect_script(short))
        for variant in entry.variants:
            _el(ident, "objectName", variant, type="variant").set(XML_LANG, detect_script(variant))
        if entry.note:
            _el(item, "p", entry.note)
        if entry.proposed:
            _el(item, "note", PROPOSED_NOTE, type="proposed")
        return
    tag = NAME_ELEMENT[name_type]
    if entry.english:  # a name found with no English yet (人权律师|徐雄) has only its Chinese forms
        _el(item, tag, entry.english, type="full").set(XML_LANG, "en")
    if entry.short and entry.short != entry.english:
        _el(item, tag, entry.short, type="short").set(XML_LANG, "en")
    _el(item, tag, entry.chinese, type="preferred").set(XML_LANG, detect_script(entry.chinese))
    for short in entry.chinese_short:
        _el(item, tag, short, type="short").set(XML_LANG, detect_script(short))
    for variant in entry.variants:
        _el(item, tag, variant, type="variant").set(XML_LANG, detect_script(variant))
    if entry.note:
        _el(item, "note", entry.note)
    if entry.proposed:
        _el(item, "note", PROPOSED_NOTE, type="proposed")


#: The XSLT 1.0 stylesheet that renders bitext's TEI as HTML with ruby, English and names.
STYLESHEET = Path(__file__).with_name("xslt") / "tei-to-html.xsl"


def render_html(tei: bytes) -> bytes:
    """A plain reading page of a bitext TEI by :data:`STYLESHEET` (what a TEI user's XSLT processor gives)."""
    from .io import parse_xml

    transform = etree.XSLT(etree.parse(str(STYLESHEET)))
    return etree.tostring(transform(parse_xml(tei).getroottree()), method="html", encoding="UTF-8", doctype="<!DOCTYPE html>")
