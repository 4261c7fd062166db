"""Read a plain-text article into a :class:`~bitext.model.Document`.

Decodes the bytes (UTF-8 with or without BOM, UTF-16/32 with BOM, GB18030,
Big5), splits paragraphs (one per line, or blocks separated by blank lines
when lines are hard-wrapped), and sorts paragraphs into sections: a short
line without sentence-final punctuation is a heading and starts a section;
a trailing "More Stories"-style block is boilerplate.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import re
import unicodedata

from .io import InputError
from .model import Document, Paragraph, ParagraphKind, Section
from .script import detect_script

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Lines that open a trailing block of unrelated links.
BOILERPLATE_MARKERS = re.compile(
    r"^\s*(more stories|related( stories| articles)?|read more|recommended|most read|"
    r"相关(阅读|新闻|文章|报道)|更多(新闻|文章|内容|报道)|延伸阅读|推荐阅读|热门(文章|新闻)|"
    r"相關(閱讀|新聞|文章|報導)|更多(新聞|內容|報導)|延伸閱讀|推薦閱讀|熱門(文章|新聞))\s*[:：]?\s*$",
    re.IGNORECASE,
)

#: Punctuation that ends a sentence.
SENTENCE_FINAL = "。！？!?…；;.．"
#: A line ending in any of these (or in sentence-final punctuation) is no heading.
CLAUSE_FINAL = "：:，,、"
#: Closing quotes and brackets that may follow the final punctuation.
CLOSERS = "”’」』）)】》〉\"'］]"
HEADING_MAX_CHARS = 40

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def decode(data: bytes, encoding: str | None = None, source: str = "-") -> tuple[str, str]:
    """Return ``(text, encoding)``; raise :class:`InputError` naming the cause."""
    if not data:
        raise InputError(f"{source}: empty file")
    if encoding:
        try:
            return _strip_bom(data.decode(encoding)), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise InputError(f"{source}: cannot decode as {encoding} ({exc})") from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(name), name
            except UnicodeDecodeError as exc:
                raise InputError(f"{source}: broken {name} after its byte-order mark ({exc.reason} at byte {exc.start})") from None
    if b"\x00" in data:
        raise InputError(f"{source}: binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if utf8_error.start >= len(data) - 3 and utf8_error.reason == "unexpected end of data":
        raise InputError(f"{source}: truncated inside a UTF-8 character at byte {utf8_error.start}") from None
    if data[utf8_error.start:utf8_error.start + 2] >= b"\xed\xa0" and data[utf8_error.start] == 0xED:
        raise InputError(
            f"{source}: lone UTF-16 surrogate encoded at byte {utf8_error.start} (invalid UTF-8, cannot appear in XML)"
        )
    if (line := _mixed_encoding_line(data)) is not None:
        raise InputError(
            f"{source}: mixed encodings: line {line} is not UTF-8 while other lines are; "
            "convert the file to one encoding"
        )
    candidates = []
    for name in ("gb18030", "big5"):
        try:
            candidates.append((_legacy_score(text := data.decode(name), name), text, name))
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise InputError(
            f"{source}: not UTF-8, UTF-16, GB18030 or Big5 text "
            f"(invalid byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start}); "
            "is it binary, or give --encoding"
        )
    score, text, name = max(candidates)
    if score < 0.5:
        raise InputError(f"{source}: not recognisable as Chinese text in GB18030 or Big5; give --encoding")
    return text, name


def _mixed_encoding_line(data: bytes) -> int | None:
    """The first line (1-based) that is not UTF-8 in a file whose other lines clearly are.

    Scraped files sometimes paste GB18030 text into UTF-8: decoding the whole
    file as either would garble half of it, so such a file is refused by line.
    "Clearly UTF-8" means at least two multi-byte characters on valid lines,
    which legacy-encoded Chinese almost never forms by chance.
    """
    bad, utf8_chars = None, 0
    for number, line in enumerate(data.split(b"\n"), 1):
        if line.isascii():
            continue
        try:
            utf8_chars += sum(1 for c in line.decode("utf-8") if ord(c) > 0x7F)
        except UnicodeDecodeError:
            bad = bad or number
    return bad if bad and utf8_chars >= 2 else None


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _legacy_score(text: str, encoding: str) -> float:
    """Share of Han characters that are common characters of that encoding.

    Bytes in the wrong legacy encoding still decode, but into rare
    characters: GB2312 level-1 (0xB0A1–0xD7FE) and Big5 frequent
    (0xA440–0xC67E) characters tell the two apart.
    """
    han = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if not han:
        return 1.0 if all(c.isprintable() or c.isspace() for c in text) else 0.0
    low, high = (b"\xb0\xa1", b"\xd7\xfe") if encoding == "gb18030" else (b"\xa4\x40", b"\xc6\x7e")
    common = 0
    for c in han:
        try:
            code = c.encode("gb2312" if encoding == "gb18030" else "big5")
        except UnicodeEncodeError:
            continue
        common += low <= code <= high
    return common / len(han)


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of the paragraphs, surrounding whitespace excluded.

    One paragraph per line, except that in a text of blank-line-separated
    blocks, a block whose lines are hard-wrapped (more than half of those
    before its last end mid-sentence) is one paragraph.  Decided block by
    block: one wrapped block, or one headline, must not merge a whole file of
    one-line paragraphs into a few huge ones.
    """
    lines = []  # (start, end) of every line, without its line break
    pos = 0
    for match in _LINE_BREAK.finditer(text):
        lines.append((pos, match.start()))
        pos = match.end()
    lines.append((pos, len(text)))

    blocks: list[list[tuple[int, int]]] = [[]]
    for start, end in lines:
        if not _is_blank(text, start, end):
            blocks[-1].append((start, end))
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    spans = []
    for block in blocks:
        if len(blocks) > 1 and _hard_wrapped(text, block):
            spans.append((block[0][0], block[-1][1]))
        else:
            spans.extend(block)
    return [_strip_span(text, s, e) for s, e in spans]


def _hard_wrapped(text: str, block: list[tuple[int, int]]) -> bool:
    inner = block[:-1]
    return 2 * sum(not _ends_sentence(text[s:e]) for s, e in inner) > len(inner)


#: Characters Python calls whitespace but XML 1.0 forbids: they stay in the
#: paragraphs so the TEI records them (as <gap/>) instead of dropping them silently.
_FORBIDDEN_SPACE = frozenset("\x0b\x0c\x1c\x1d\x1e\x1f")


def _is_space(char: str) -> bool:
    return char.isspace() and char not in _FORBIDDEN_SPACE


def _is_blank(text: str, start: int, end: int) -> bool:
    return all(_is_space(c) for c in text[start:end])


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and _is_space(text[start]):
        start += 1
    while end > start and _is_space(text[end - 1]):
        end -= 1
    return start, end


def _ends_sentence(line: str, marks: str = SENTENCE_FINAL) -> bool:
    line = line.rstrip().rstrip(CLOSERS)
    return bool(line) and line[-1] in marks


def is_heading(line: str) -> bool:
    """A short line with no sentence-final punctuation, possibly quoted."""
    line = line.strip()
    if not line or len(line) > HEADING_MAX_CHARS or _ends_sentence(line, SENTENCE_FINAL + CLAUSE_FINAL):
        return False
    inner = line.strip("“”‘’「」『』\"'")
    return bool(inner) and not any(c in "。！？!?；;" for c in inner) and any(
        unicodedata.category(c).startswith("L") for c in inner
    )


def _boilerplate_start(text: str, spans: list[tuple[int, int]]) -> int:
    """Index of the paragraph that opens a trailing boilerplate block, or len(spans)."""
    window = max(10, len(spans) // 3)
    for i in range(len(spans) - 1, max(-1, len(spans) - 1 - window), -1):
        if BOILERPLATE_MARKERS.match(text[spans[i][0]:spans[i][1]]):
            return i
    return len(spans)


def xml_root(data: bytes) -> str | None:
    """The root element of ``data`` as ``{namespace}name`` when it is XML, else None.

    XML is a file that declares itself so (``<?xml``, ``<!DOCTYPE``; root
    ``""`` when broken), whose root is in a namespace (TEI, TMX 2, XHTML),
    found however long the prolog; or one that parses whole (``<b>标题</b>``
    followed by text does not).  Entities, DTDs and the network stay off.
    """
    head = data[:256].lstrip(b"\xef\xbb\xbf \t\r\n")
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not (head.startswith(b"<") or utf16):
        return None
    from lxml import etree

    declared = head[:9].lower().startswith((b"<?xml", b"<!doctype")) or (utf16 and b"<\x00?\x00x\x00" in data[:16])
    root = None
    try:
        for _, element in etree.iterparse(io.BytesIO(data), events=("start",), resolve_entities=False,
                                          no_network=True, load_dtd=False, huge_tree=False):
            if root is None:
                root = element.tag
                if declared or root.startswith("{"):
                    return root
    except etree.XMLSyntaxError:  # broken, or past libxml2's limits (an attribute over 10 MB)
        return "" if declared or _XML_ROOT_TAG.match(head) else None
    return root


#: A first tag that only XML has: a namespace declaration, or the root of a format bitext reads or writes.
_XML_ROOT_TAG = re.compile(rb"<(?:[\w.-]+:)?(?:TEI|tmx|xliff|martif|tbx)\b|<[\w.:-]+\s[^>]*\bxmlns(?::[\w.-]+)?\s*=")


def refuse_xml(data: bytes, source: str) -> None:
    """Raise :class:`InputError` when ``data`` is XML: a TEI or a TMX is no article to annotate."""
    root = xml_root(data)
    if root is None:
        return
    from .tei import TEI_NS  # only for XML: the TEI writer and lxml are no part of reading an article

    name = root.rsplit("}", 1)[-1]
    if root.startswith(f"{{{TEI_NS}}}"):
        raise InputError(f"{source}: is a TEI file, not plain text; 'bitext html' reads it as it is, "
                         "or annotate the original text file")
    raise InputError(f"{source}: is XML (root element <{name or '?'}>), not plain text; give the article as text")


def read_document(data: bytes, source_name: str = "-", encoding: str | None = None) -> Document:
    """Decode ``data`` and build a document of sections and paragraphs (no sentences yet); XML is refused."""
    refuse_xml(data, source_name)
    text, used = decode(data, encoding, source_name)
    spans = [s for s in split_paragraphs(text) if s[1] > s[0]]
    if not spans:
        raise InputError(f"{source_name}: no text (only whitespace)")
    doc = Document(
        text=text,
        source_name=source_name,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=used,
    )
    doc.script = detect_script(text, doc.simplified)
    cut = _boilerplate_start(text, spans)
    section = Section()
    for start, end in spans[:cut]:
        kind = ParagraphKind.HEADING if is_heading(text[start:end]) else ParagraphKind.PARAGRAPH
        if kind is ParagraphKind.HEADING and section.paragraphs:
            doc.sections.append(section)
            section = Section()
        section.paragraphs.append(Paragraph(start, end, kind))
    if section.paragraphs:
        doc.sections.append(section)
    if cut < len(spans):
        doc.sections.append(
            Section([Paragraph(s, e, ParagraphKind.BOILERPLATE) for s, e in spans[cut:]], kind="boilerplate")
        )
    for n, section in enumerate(doc.sections, 1):
        section.id = f"d{n}"
    for n, paragraph in enumerate(doc.paragraphs(), 1):
        paragraph.id = f"p{n}"
    return doc
