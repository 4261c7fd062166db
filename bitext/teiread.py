"""Read a TEI file written by :func:`bitext.tei.to_tei` back into a :class:`~bitext.model.Document`.

The TEI is the source of truth for the exporters that start from it (the
HTML reading view): words, readings, names, English and links are taken as
written, nothing is re-segmented or re-read.  What the TEI does not hold is
rebuilt: ``Document.text`` is the paragraphs joined by line breaks (the
original spacing between paragraphs is not recorded), offsets point into
that text, and ``Token.norm`` is its OpenCC Simplified form.  Alignment
units with an empty side are not in the TEI either: they come back as one
unit per unlinked sentence, flagged when the TEI declares a low-confidence
mark that no written link uses.  Also not in the TEI: ``Translation.missing_terms``, ``GlossaryEntry.source``, a ``short`` equal to ``english`` (read back empty) and the
empty syllable an erhua 儿 gets (``哪儿`` reads back as one syllable).
"""

from __future__ import annotations

import re
from pathlib import Path

from .io import InputError, parse_xml, read_bytes
from .model import (
    AlignmentLink,
    Document,
    ForeignSpan,
    GlossaryEntry,
    MTInfo,
    NameSpan,
    NameType,
    Paragraph,
    ParagraphKind,
    Section,
    Sentence,
    TargetParagraph,
    TargetSentence,
    Token,
    TokenKind,
    Translation,
)
from .reader import xml_root
from .script import to_simplified
from .segment import tokenize
from .tei import HUMAN_RESP, LIST_ELEMENT, NAME_ELEMENT, TEI_NS, XML_ID, XML_LANG

_NAME_TYPE = {tag: name_type for name_type, tag in NAME_ELEMENT.items()}
_LIST_TYPE = {list_tag: name_type for name_type, (list_tag, _) in LIST_ELEMENT.items()}
#: Elements whose text is not the article's: notes, readings, apparatus.
_NOT_TEXT = {"rt", "note", "desc", "reg", "corr", "expan", "interp", "certainty", "index"}
_PLAIN_KIND = {"pc": TokenKind.PUNCT, "num": TokenKind.NUMBER, "w": TokenKind.LATIN, "c": TokenKind.SYMBOL}
_GAP_CHAR = re.compile(r"U\+([0-9A-F]{4,6})")
_GAP_OFFSET = re.compile(r"at offset (\d{1,12})\b")
#: What a <gap/> of bitext's stands for: a character XML 1.0 forbids (anything else comes back as U+FFFD).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_MT_DESC = re.compile(r"model package (?P<package>.*) (?P<version>\S+); decoding: ?(?P<options>.*)", re.DOTALL)


def _tag(name: str) -> str:
    return f"{{{TEI_NS}}}{name}"


def _local(node) -> str:
    return node.tag.rsplit("}", 1)[-1] if isinstance(node.tag, str) else ""


def is_tei(data: bytes) -> bool:
    """True for XML whose root is in the TEI namespace, however long its prolog (how ``bitext html`` tells TEI from text)."""
    return (xml_root(data) or "").startswith(f"{{{TEI_NS}}}")


def read_tei_file(path: str | Path) -> Document:
    """Read a TEI file (``-`` for standard input)."""
    name = "-" if str(path) == "-" else Path(path).name
    return read_tei(read_bytes(path), name)


def read_tei(data: bytes, source: str = "-") -> Document:
    """Parse TEI bytes written by ``to_tei``; :class:`InputError` for anything else."""
    root = parse_xml(data, source)
    if root.tag != _tag("TEI"):
        raise InputError(f"{source}: not a TEI document (root element {root.tag})")
    doc = Document(text="", script=root.get(XML_LANG) or "zh-Hans")
    _read_header(root, doc)
    texts = root.find(_tag("text"))
    if texts is None:
        raise InputError(f"{source}: TEI without <text>")
    group = texts.find(_tag("group"))
    if group is None:
        zh_body, en_body = texts.find(_tag("body")), None
    else:
        zh_body = group.find(f"{_tag('text')}[@type='source']/{_tag('body')}")
        en_body = group.find(f"{_tag('text')}[@type='translation']/{_tag('body')}")
    if zh_body is None:
        raise InputError(f"{source}: TEI without a Chinese <body>")
    _ChineseReader(doc).read(zh_body)
    stand_off = root.find(_tag("standOff"))
    if stand_off is not None:
        doc.entries = _read_entries(stand_off)
        _resolve_names(doc)
    if en_body is not None and en_body.find(f"{_tag('div')}[@type='translation']") is not None:
        _read_target(doc, en_body, stand_off)
    elif en_body is not None:
        _read_english(doc, en_body, stand_off)
    return doc


# -- header -------------------------------------------------------------------


def _read_header(root, doc: Document) -> None:
    header = root.find(_tag("teiHeader"))
    if header is None:
        return
    for idno in header.iter(_tag("idno")):
        value = idno.text or ""
        if idno.get("type") == "filename":
            doc.source_name = value
        elif idno.get("type") == "sha256":
            doc.sha256 = value
        elif idno.get("type") == "encoding":
            doc.encoding = value
    for app in header.iter(_tag("application")):
        if app.get(XML_ID) == "mt-engine":
            doc.mt = _mt_info(app)
        elif ident := app.get("ident") or (app.findtext(_tag("label")) or "").strip():
            doc.tools[ident] = app.get("version") or ""
    for decl in header.iter(_tag("editorialDecl")):
        for p in decl.iter(_tag("p")):
            key, _, value = (p.text or "").partition(": ")
            doc.options[key] = value


def _mt_info(app) -> MTInfo:
    desc = app.findtext(_tag("desc")) or ""
    match = _MT_DESC.fullmatch(desc)
    info = MTInfo(engine=app.get("ident") or (app.findtext(_tag("label")) or "").strip(),
                  engine_version=app.get("version") or "", package="", package_version="")
    if match:
        info.package, info.package_version = match["package"], match["version"]
        for pair in filter(None, match["options"].split("; ")):
            key, _, value = pair.partition("=")
            info.options[key] = value
    return info


# -- Chinese body -------------------------------------------------------------


class _ChineseReader:
    """Walks the Chinese body, appending every token's text to the rebuilt document text."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.parts: list[str] = []
        self.pos = 0
        self.paragraph = Paragraph(0, 0)
        self.paragraph_part = 0  # index in ``parts`` of the current paragraph's first character

    def read(self, body) -> None:
        for div in body.iterchildren(_tag("div")):
            boilerplate = div.get("type") == "boilerplate"
            section = Section(id=div.get(XML_ID) or "", kind="boilerplate" if boilerplate else "section")
            for node in div.iterchildren(_tag("head"), _tag("p")):
                if _local(node) == "head":
                    kind = ParagraphKind.HEADING
                else:
                    kind = ParagraphKind.BOILERPLATE if boilerplate else ParagraphKind.PARAGRAPH
                section.paragraphs.append(self._paragraph(node, kind))
            self.doc.sections.append(section)
        self.doc.text = "".join(self.parts)
        norm = to_simplified(self.doc.text)
        for token in self.doc.tokens():
            token.norm = norm[token.start:token.end]

    def _paragraph(self, node, kind: ParagraphKind) -> Paragraph:
        if self.parts:
            self._emit("\n")
        paragraph = self.paragraph = Paragraph(self.pos, self.pos, kind, id=node.get(XML_ID) or "")
        self.paragraph_part = len(self.parts)
        # A paragraph written without <s> (by hand) is read as one sentence.
        for s in node.iterchildren(_tag("s")) if node.find(_tag("s")) is not None else [node]:
            sentence = Sentence(self.pos, self.pos, id=(s.get(XML_ID) or "") if s is not node else f"{paragraph.id}-s1")
            paragraph.sentences.append(sentence)
            self._content(s, sentence)
            sentence.end = self.pos
        paragraph.end = self.pos
        return paragraph

    def _move_paragraph_to(self, offset: int) -> None:
        """Start the current paragraph later, so that the next character is at ``offset``.

        A <gap/> note gives its character's offset in the input; the space
        between paragraphs (a blank line, CRLF, leading spaces) is not in the
        TEI, so the rebuilt text is padded with line breaks to put it back.
        """
        shift = offset - self.pos
        if shift <= 0:
            return
        self.parts.insert(self.paragraph_part, "\n" * shift)
        self.paragraph_part += 1
        self.pos += shift
        self.paragraph.start += shift
        for sentence in self.paragraph.sentences:
            sentence.start += shift
            for token in sentence.tokens:
                token.start += shift
                token.end += shift

    def _emit(self, text: str) -> tuple[int, int]:
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        return start, self.pos

    def _token(self, sentence: Sentence, text: str, kind: TokenKind, pinyin=None) -> None:
        start, end = self._emit(text)
        sentence.tokens.append(Token(start, end, text, kind, pinyin=pinyin))

    def _content(self, parent, sentence: Sentence) -> None:
        """Tokens and spans of ``parent``'s children, in document order."""
        if parent.text:
            self._text(sentence, parent.text)
        for child in parent:
            self._element(child, sentence)
            if child.tail:
                self._text(sentence, child.tail)

    def _text(self, sentence: Sentence, text: str) -> None:
        """Character data between elements: bitext writes only whitespace there; a hand-edited file may hold words."""
        if text.isspace():
            self._token(sentence, text, TokenKind.SPACE)
            return
        start, _ = self._emit(text)
        sentence.tokens.extend(tokenize(text, to_simplified(text), start))

    def _element(self, node, sentence: Sentence) -> None:
        tag = _local(node)
        if tag == "ruby":
            rt = node.findtext(_tag("rt"))
            word = node.findtext(f"{_tag('rb')}/{_tag('w')}") or ""
            self._token(sentence, word, TokenKind.HAN, tuple(rt.split(" ")) if rt else None)
        elif tag in _PLAIN_KIND:
            self._token(sentence, node.text or "", _PLAIN_KIND[tag])
        elif tag == "gap":
            desc = node.findtext(_tag("desc")) or ""
            if (at := _GAP_OFFSET.search(desc)) is not None:
                self._move_paragraph_to(int(at[1]))
            char = _gap_character(desc)
            self._token(sentence, char, TokenKind.INVALID if char != "\ufffd" else TokenKind.SYMBOL)
        elif tag in _NAME_TYPE:
            self._name(node, sentence, _NAME_TYPE[tag])
        elif tag == "foreign":
            first = len(sentence.tokens)
            sentence.foreign.append(span := ForeignSpan(first, first, lang=node.get(XML_LANG) or "en"))
            self._content(node, sentence)
            span.last = len(sentence.tokens)
        elif tag not in _NOT_TEXT:
            self._content(node, sentence)  # an element bitext does not write (<hi>, <seg>, …): its text is kept

    def _name(self, node, sentence: Sentence, name_type: NameType) -> None:
        first = len(sentence.tokens)
        ref = node.get("ref") or ""
        span = NameSpan(first, first, entry_id=ref.removeprefix("#"), type=name_type, cert=node.get("cert") or "")
        sentence.names.append(span)
        choice = node.find(_tag("choice"))
        if choice is not None:
            written = next(choice.iterchildren(_tag("orig"), _tag("sic"), _tag("abbr"), _tag("reg")), choice)
            self._content(written, sentence)
            span.preferred = choice.findtext(_tag("reg")) or ""
        else:
            self._content(node, sentence)
        span.last = len(sentence.tokens)
        span.form = "".join(t.text for t in sentence.tokens[first:span.last])


def _gap_character(desc: str) -> str:
    """The character a gap note names when it is one XML forbids; U+FFFD (a symbol) for any other gap."""
    match = _GAP_CHAR.search(desc)
    char = chr(int(match[1], 16)) if match and int(match[1], 16) <= 0x10FFFF else "\ufffd"
    return char if _FORBIDDEN.fullmatch(char) else "\ufffd"


def _resolve_names(doc: Document) -> None:
    """A name written without ``<choice>`` is in its preferred form, or its entry's."""
    for sentence in doc.sentences():
        for name in sentence.names:
            if not name.preferred:
                entry = doc.entries.get(name.entry_id)
                name.preferred = entry.chinese if entry else name.form


# -- stand-off entries and English ---------------------------------------------


def _read_entries(stand_off) -> dict[str, GlossaryEntry]:
    entries = {}
    for listing in stand_off:
        name_type = _LIST_TYPE.get(_local(listing))
        if name_type is None:
            continue
        for item in listing:
            if not item.get(XML_ID):
                continue  # nothing can point at it
            forms: dict[str, list[str]] = {}
            for name in item.iter():
                if name is not item and name.text and _local(name) in (*NAME_ELEMENT.values(), "objectName"):
                    kind = name.get("type") or "full"
                    if kind == "short" and (name.get(XML_LANG) or "").startswith("zh"):
                        kind = "chinese_short"
                    forms.setdefault(kind, []).append(name.text)
            note = next((n.text or "" for n in item.iterchildren(_tag("note"), _tag("p")) if n.get("type") is None), "")
            english = forms.get("full", [""])[0]
            entry = GlossaryEntry(
                id=item.get(XML_ID),
                english=english,
                type=name_type,
                chinese=forms.get("preferred", [""])[0],
                variants=tuple(forms.get("variant", ())),
                short=forms.get("short", [""])[0],
                chinese_short=tuple(forms.get("chinese_short", ())),
                note=note,
                proposed=item.find(f"{_tag('note')}[@type='proposed']") is not None,
            )
            entries[entry.id] = entry
    return entries


def _read_english(doc: Document, en_body, stand_off) -> None:
    """Give each Chinese sentence the English sentence the translation links pair it with."""
    english = {s.get(XML_ID): s for s in en_body.iter(_tag("s"))}
    sentences = {s.id: s for s in doc.sentences()}
    links = stand_off.iterfind(f"{_tag('linkGrp')}[@type='translation']/{_tag('link')}") if stand_off is not None else ()
    for link in links:
        ends = [t.removeprefix("#") for t in (link.get("target") or "").split()]
        if len(ends) < 2:
            continue
        sentence, node = sentences.get(ends[0]), english.get(ends[1])
        if sentence is None or node is None:
            continue
        guards = tuple(g.removeprefix("#guard-") for g in (node.get("ana") or "").split())
        resp = "human" if node.get("resp") == f"#{HUMAN_RESP}" else "mt"
        sentence.translation = Translation("".join(node.itertext()), resp=resp, guards=guards)


def _probability(cert: str | None) -> float | None:
    """A link's @cert as bitext writes it (0.000–1.000); None for TEI's words (high, medium, low, unknown)."""
    try:
        value = float(cert or "")
    except ValueError:
        return None
    return value if 0 <= value <= 1 else None


def _read_target(doc: Document, en_body, stand_off) -> None:
    """An existing English translation and its n-m alignment units (``bitext align``)."""
    for p in en_body.iter(_tag("p")):
        doc.target.append(TargetParagraph(
            p.get(XML_ID) or "", [TargetSentence(s.get(XML_ID) or "", "".join(s.itertext())) for s in p.iter(_tag("s"))]))
    english = {s.id for p in doc.target for s in p.sentences}
    linked: set[str] = set()
    if stand_off is not None:
        for link in stand_off.iterfind(f"{_tag('linkGrp')}[@type='alignment']/{_tag('link')}"):
            ids = [t.removeprefix("#") for t in (link.get("target") or "").split()]
            doc.links.append(AlignmentLink(
                tuple(i for i in ids if i not in english), tuple(i for i in ids if i in english),
                score=_probability(link.get("cert")), flagged=bool(link.get("ana"))))
            linked.update(ids)
    declared = stand_off is not None and stand_off.find(f"{_tag('interpGrp')}[@type='alignment']") is not None
    flag = declared and not any(link.flagged for link in doc.links)
    doc.links += [AlignmentLink((s.id,), (), flagged=flag) for s in doc.sentences() if s.id not in linked]
    doc.links += [AlignmentLink((), (i,), flagged=flag) for p in doc.target for s in p.sentences
                  if (i := s.id) not in linked]
