"""The document model every stage reads and enriches.

A :class:`Document` holds the decoded input text exactly as read; every
element below it (section, paragraph, sentence, token, name) carries
``start``/``end`` character offsets into ``Document.text`` so that any
annotation maps back to the characters that were read
(``doc.text[tok.start:tok.end] == tok.text``).

Stages (reader, segmenter, pinyin, names, MT, aligner) are functions that
fill in fields; exporters (TEI, HTML, TMX, review) only read them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Iterator


#: The letters that start a Latin token (``TokenKind.LATIN``).
LATIN_LETTERS = "A-Za-z\u00c0-\u024f\u1e00-\u1effＡ-Ｚａ-ｚ"


class TokenKind(str, Enum):
    """What a token is; decides its TEI element and whether it gets pinyin."""

    HAN = "han"  # a Chinese word (one or more Han characters)
    LATIN = "latin"  # a run of Latin letters (possibly with ' - .)
    NUMBER = "number"  # digits, with decimal point or separators
    PUNCT = "punct"  # punctuation
    SYMBOL = "symbol"  # other visible characters: emoji, symbols, other scripts
    SPACE = "space"  # whitespace inside a paragraph
    INVALID = "invalid"  # characters XML 1.0 forbids; written as a <gap/> note


class ParagraphKind(str, Enum):
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    BOILERPLATE = "boilerplate"


class NameType(str, Enum):
    PERSON = "person"
    PLACE = "place"
    ORGANISATION = "organisation"
    TERM = "term"


@dataclass(frozen=True)
class GlossaryEntry:
    """One real-world referent: its English form and every Chinese form."""

    id: str
    english: str
    type: NameType
    chinese: str  # the preferred Chinese form (Simplified)
    variants: tuple[str, ...] = ()  # other Chinese forms seen for the same referent
    short: str = ""  # short English form for running text ("Tokayev")
    note: str = ""
    source: str = ""  # file:line the entry was read from
    chinese_short: tuple[str, ...] = ()  # accepted short Chinese forms (普京, 上合组织); not variants
    proposed: bool = False  # not in any glossary file: proposed by the name finder, for a translator to accept

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.chinese, *self.chinese_short, *self.variants)


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str  # as written in the input
    kind: TokenKind
    norm: str = ""  # OpenCC-normalised Simplified form, used for look-ups
    pinyin: tuple[str, ...] | None = None  # one syllable per Han character

    @property
    def is_han(self) -> bool:
        return self.kind is TokenKind.HAN


@dataclass(slots=True)
class Span:
    """A run of tokens ``tokens[first:last]`` inside one sentence."""

    first: int
    last: int


@dataclass(slots=True)
class ForeignSpan(Span):
    """Text in another language inside Chinese text (``[in Ukraine]``)."""

    lang: str = "en"


@dataclass(slots=True)
class NameSpan(Span):
    """A proper name found in the text and linked to a glossary entry."""

    entry_id: str = ""
    type: NameType = NameType.PERSON
    form: str = ""  # the form as written
    preferred: str = ""  # the entry's preferred Chinese form
    # "" when the form is listed in the glossary (a firm link); otherwise how sure the
    # name finder is: "medium" (a probable variant of a listed entry), "low" (an unlisted name
    # linked to a proposed entry). Written as TEI @cert.
    cert: str = ""


@dataclass(slots=True)
class Translation:
    """An English rendering of one Chinese sentence."""

    text: str
    resp: str = "mt"  # who made it: "mt" (machine) or "human"
    guards: tuple[str, ...] = ()  # MT safety guards that fired, e.g. "repetition"
    missing_terms: tuple[str, ...] = ()  # glossary entry ids whose English is absent


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)
    id: str = ""
    foreign: list[ForeignSpan] = field(default_factory=list)
    names: list[NameSpan] = field(default_factory=list)
    translation: Translation | None = None


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    kind: ParagraphKind = ParagraphKind.PARAGRAPH
    sentences: list[Sentence] = field(default_factory=list)
    id: str = ""

    @property
    def translation(self) -> str | None:
        """The English of the paragraph: its sentences' translations joined."""
        parts = [s.translation.text for s in self.sentences if s.translation]
        return " ".join(parts) if parts else None


@dataclass
class Section:
    paragraphs: list[Paragraph] = field(default_factory=list)
    id: str = ""
    kind: str = "section"  # "section" or "boilerplate"

    @property
    def heading(self) -> Paragraph | None:
        if self.paragraphs and self.paragraphs[0].kind is ParagraphKind.HEADING:
            return self.paragraphs[0]
        return None


@dataclass
class TargetSentence:
    """A sentence of an existing (human) English translation."""

    id: str
    text: str


@dataclass
class TargetParagraph:
    id: str
    sentences: list[TargetSentence] = field(default_factory=list)


@dataclass
class AlignmentLink:
    """One alignment unit: Chinese ids ↔ English ids (either side may be empty)."""

    source: tuple[str, ...]
    target: tuple[str, ...]
    score: float | None = None
    flagged: bool = False  # low confidence: a reviewer should look


@dataclass
class MTInfo:
    """Which engine made the machine translation, for the TEI header."""

    engine: str  # e.g. "argostranslate"
    engine_version: str
    package: str  # e.g. "translate-zh_en"
    package_version: str
    options: dict[str, str] = field(default_factory=dict)


@dataclass
class Document:
    text: str  # the decoded input, exactly as read (BOM removed)
    source_name: str = "-"
    sha256: str = ""  # of the input bytes
    encoding: str = "utf-8"
    script: str = "zh-Hans"  # zh-Hans or zh-Hant
    sections: list[Section] = field(default_factory=list)
    mt: MTInfo | None = None
    tools: dict[str, str] = field(default_factory=dict)  # tool name -> version
    options: dict[str, str] = field(default_factory=dict)  # options that shaped the output
    entries: dict[str, GlossaryEntry] = field(default_factory=dict)  # entries named in the text
    # An existing English translation aligned to the text (``bitext align``);
    # when empty, the English is the MT in ``Sentence.translation``.
    target: list[TargetParagraph] = field(default_factory=list)
    links: list[AlignmentLink] = field(default_factory=list)

    @property
    def simplified(self) -> str:
        """:attr:`text` in Simplified characters, of the same length (what dictionaries are looked up in): made
        once per text, as telling the script, annotating and reviewing each need it (a tenth of a second for 1 MB)."""
        from .script import to_simplified

        made = self.__dict__.get("_simplified")
        if made is None or made[0] is not self.text:  # a reader that sets the text later gets its own
            made = self.__dict__["_simplified"] = (self.text, to_simplified(self.text))
        return made[1]

    def paragraphs(self) -> Iterator[Paragraph]:
        for section in self.sections:
            yield from section.paragraphs

    def sentences(self) -> Iterator[Sentence]:
        for paragraph in self.paragraphs():
            yield from paragraph.sentences

    def tokens(self) -> Iterator[Token]:
        for sentence in self.sentences():
            yield from sentence.tokens

    @property
    def languages(self) -> list[str]:
        """Languages used in the document, the Chinese script first.

        English when the text has Latin letters (a Latin token) or there is
        English; told from the text and header, so it is known before any
        sentence is annotated (a streaming writer needs it first).
        """
        langs = [self.script]
        if self.mt or self.target or re.search(f"[{LATIN_LETTERS}]", self.text) or any(
            s.translation for s in self.sentences()
        ):
            langs.append("en")
        return langs
