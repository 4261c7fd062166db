"""Render a :class:`~bitext.model.Document` as one self-contained HTML reading page.

The page is a single file a learner opens from disk: CSS, script and the
dictionary entries it uses are inlined, and a Content-Security-Policy forbids
every fetch and runs only the page's own script (by its hash).  Each Han word
is a group of per-character ``<ruby>``; the pinyin is drawn from a ``data-p``
attribute by CSS, so find-in-page and copying see the characters alone.  Both
scripts are computed here with OpenCC so the page can switch between them;
English sits beside or under its paragraph, paired through the same ids as
the TEI links (``p3`` ↔ ``en-p3``).  Only reads the model; same document →
same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import json
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from html import escape
from importlib import resources

from .. import __version__
from ..dictionary import Cedict, attribution, cedict
from ..model import Document, ForeignSpan, NameSpan, Paragraph, ParagraphKind, Section, Sentence, Span, Token, TokenKind
from ..script import to_simplified, to_traditional
from ..tei import xml_safe
from .hsk import BANDS, hsk_bands
from .layout import EnglishSentence, english_layout

SCRIPTS = ("as-written", "simplified", "traditional")
LANGS = ("zh-Hans", "zh-Hant")
TONE_LEGEND = ((1, "ā 1", "first"), (2, "á 2", "second"), (3, "ǎ 3", "third"), (4, "à 4", "fourth"), (5, "a 0", "neutral"))
NAME_LEGEND = (("person", "person"), ("place", "place"), ("organisation", "organisation"), ("term", "term"))
TEXT_SIZES = (("s", "small"), ("m", "medium"), ("l", "large"), ("xl", "extra large"))
# punctuation that must not start a line (closing) or end one (opening), kept with its word
CLOSING = frozenset("，。、；：？！…‥」』）》〉】〕〗〙〛”’,.;:?!)]}%·")
OPENING = frozenset("「『（《〈【〔〖〘〚“‘([{")
_GLUED_TOKENS = 10  # a longer run (an English phrase) keeps its own line breaks

_TONE_MARKS = {"\u0304": 1, "\u0301": 2, "\u030c": 3, "\u0300": 4}
_ZHUYIN_TONES = {"ˊ": 2, "ˇ": 3, "ˋ": 4, "˙": 5}


def tone_of(syllable: str) -> int | None:
    """Tone 1–5 of a syllable written with marks (``zhōng``), numbers (``zhong1``) or zhuyin (``ㄓㄨㄥ``)."""
    if not syllable:
        return None
    if syllable[-1] in "12345":
        return int(syllable[-1])
    for char in syllable:
        if char in _ZHUYIN_TONES:
            return _ZHUYIN_TONES[char]
    if any("\u3100" <= c <= "\u312f" for c in syllable):
        return 1  # zhuyin leaves the first tone unmarked
    for char in unicodedata.normalize("NFD", syllable):
        if char in _TONE_MARKS:
            return _TONE_MARKS[char]
    return 5


def _asset(name: str) -> str:
    return resources.files("bitext").joinpath("html_assets", name).read_text(encoding="utf-8")


def _inline(name: str) -> str:
    """The exact text between the tags of an inlined asset (what the policy's hash covers)."""
    return f"\n{_asset(name)}"


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


@cache
def content_security_policy() -> str:
    """No fetch of any kind; only the page's own style and script run (no ``'unsafe-inline'``)."""
    return (f"default-src 'none'; style-src {_sha256(_inline('reader.css'))}; "
            f"script-src {_sha256(_inline('reader.js'))}; base-uri 'none'; form-action 'none'")


def _e(text: object) -> str:
    """Any value as HTML text or a quoted attribute value; characters HTML cannot carry become U+FFFD."""
    return escape(xml_safe(str(text)), quote=True)


def to_html(doc: Document, script: str = "as-written", dictionary: Cedict | None = None) -> bytes:
    """The reading page for ``doc``; ``script`` picks the characters shown first."""
    if script not in SCRIPTS:
        raise ValueError(f"unknown script {script!r}; expected one of {SCRIPTS}")
    return _Page(doc, script, dictionary or cedict()).render().encode("utf-8")


@dataclass
class _Unit:
    """An outermost piece of a sentence (a token, or a whole name) and how it joins its neighbours."""

    html: str
    tokens: int
    glue_left: bool = False  # closing punctuation: stays on the line before
    glue_right: bool = False  # opening punctuation: stays on the line after


class _Page:
    def __init__(self, doc: Document, script: str, dictionary: Cedict) -> None:
        self.doc = doc
        self.script = script
        self.dictionary = dictionary
        lang = {"simplified": "zh-Hans", "traditional": "zh-Hant"}.get(script, doc.script)
        self.shown = lang if lang in LANGS else "zh-Hans"  # a TEI's xml:lang is input, not trusted
        self.keys: set[str] = set()  # dictionary look-ups the page needs
        self.refs: Counter[str] = Counter()  # glossary entries mentioned, with their mention counts
        self.english = english_layout(doc)
        self.bilingual = bool(self.english.rows)
        self.bands = hsk_bands()

    # -- page ------------------------------------------------------------------

    def render(self) -> str:
        article = self._article()  # first: it collects the keys and names the data needs
        title = self._title()
        script = "hant" if self.shown == "zh-Hant" else "hans"
        settings = {"pinyin": "on", "tones": "on", "marks": "on", "script": script,
                    "en": "side" if self.bilingual else "none", "hsk": "0", "size": "m", "bigpy": "off",
                    "palette": "off"}
        body = " ".join(f'data-{k}="{_e(v)}"' for k, v in settings.items())
        heading = "p" if self._opens_with_heading() else "h1"
        return "".join([
            "<!DOCTYPE html>\n",
            '<html lang="en">\n<head>\n<meta charset="utf-8">\n',
            f'<meta http-equiv="Content-Security-Policy" content="{_e(content_security_policy())}">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            '<meta name="referrer" content="no-referrer">\n',
            f'<meta name="generator" content="bitext {_e(__version__)}">\n',
            f"<title>{_e(title)}</title>\n<style>{_inline('reader.css')}</style>\n</head>\n",
            f"<body {body}>\n",
            self._toolbar(script),
            f'<main lang="{_e(self.shown)}">\n<{heading} class="docname" lang="en">{_e(self.doc.source_name)}</{heading}>\n',
            article,
            self._names_list(),
            "</main>\n",
            '<div id="popup" role="dialog" aria-label="Dictionary" lang="en" hidden></div>\n',
            self._footer(),
            f'<script type="application/json" id="bitext-data">{self._data()}</script>\n',
            f"<script>{_inline('reader.js')}</script>\n</body>\n</html>\n",
        ])

    def _opens_with_heading(self) -> bool:
        first = next(self.doc.paragraphs(), None)
        return first is not None and first.kind is ParagraphKind.HEADING

    def _title(self) -> str:
        """The article's own title (a heading that opens it), else the file name."""
        if self._opens_with_heading():
            return f"{self._plain(next(self.doc.paragraphs()))} · {self.doc.source_name}"
        return self.doc.source_name

    def _plain(self, paragraph: Paragraph) -> str:
        return "".join(self._shown(t) for s in paragraph.sentences for t in s.tokens).strip()

    def _scripts(self, token: Token) -> tuple[str, str]:
        """Simplified and Traditional forms of a word.

        Converted word by word: OpenCC's own longest match across word
        boundaries errs (先生发誓 → 先生髮誓, "hair") where jieba's words do not.
        """
        if not token.is_han:
            return token.text, token.text
        return self._key(token), to_traditional(token.text)

    def _shown(self, token: Token) -> str:
        hans, hant = self._scripts(token)
        return {"simplified": hans, "traditional": hant}.get(self.script, token.text)

    def _toolbar(self, script: str) -> str:
        def radio(name: str, value: str, label: str, checked: bool) -> str:
            return (f'<label><input type="radio" name="{name}" value="{value}"{" checked" if checked else ""}>'
                    f" {label}</label>")

        def select(name: str, label: str, options: tuple[tuple[object, str], ...], default: object) -> str:
            choices = "".join(f'<option value="{_e(v)}"{" selected" if v == default else ""}>{_e(text)}</option>'
                              for v, text in options)
            return f'<label>{label} <select name="{name}" id="opt-{name}">{choices}</select></label>\n'

        def checkbox(name: str, label: str, checked: bool = True) -> str:
            return (f'<label><input type="checkbox" name="{name}" id="opt-{name}"{" checked" if checked else ""}>'
                    f" {label}</label>\n")

        tones = "".join(f'<span class="sw t{n}" title="{name} tone">{mark}</span>' for n, mark, name in TONE_LEGEND)
        names = "".join(f'<span class="nm {cls}">{label}</span>' for cls, label in NAME_LEGEND)
        english = ("" if not self.bilingual else
                   f'<fieldset id="opt-en"><legend>English</legend>{radio("en", "side", "beside", True)}'
                   f'{radio("en", "under", "under", False)}{radio("en", "none", "hidden", False)}</fieldset>\n')
        hsk = ((0, "every word"), *((n, f"words beyond {label}") for n, label in BANDS))
        return (
            '<header class="toolbar">\n<form id="controls" autocomplete="off" aria-label="Reading options">\n'
            + checkbox("pinyin", "Pinyin") + checkbox("tones", "Tone colours")
            + f'<fieldset id="opt-script"><legend>Characters</legend>{radio("script", "hans", "简 Simplified", script == "hans")}'
            f'{radio("script", "hant", "繁 Traditional", script == "hant")}</fieldset>\n'
            + english
            + '<details id="settings"><summary>Settings</summary><div class="panel">\n'
            + select("hsk", "Pinyin over", hsk, 0)
            + select("size", "Text size", TEXT_SIZES, "m")
            + checkbox("bigpy", "Larger pinyin", False)
            + checkbox("marks", "Tone marks where pinyin is hidden")
            + checkbox("palette", "Colour-blind-safe tone colours", False)
            + "</div></details>\n"
            '<button type="button" id="export" disabled>Export saved words (<span id="saved-count">0</span>)</button>\n'
            '</form>\n<div class="legend" aria-label="Legend">'
            f'<span class="tones">Tones {tones}</span><span>Names {names}</span></div>\n</header>\n'
        )

    # -- article ---------------------------------------------------------------

    def _article(self) -> str:
        parts = []
        first = next(self.doc.paragraphs(), None)
        for section in self.doc.sections:
            boilerplate = section.kind == "boilerplate"
            if boilerplate:
                parts.append(f'<aside class="boilerplate" id="{_e(section.id)}" aria-label="Not part of the article">\n'
                             '<p class="boilerplate-note" lang="en">Not part of the article: links that followed it</p>\n')
            else:
                parts.append(f'<section id="{_e(section.id)}">\n')
            for paragraph in section.paragraphs:
                tag = "p"
                if paragraph.kind is ParagraphKind.HEADING:
                    tag = "h1" if paragraph is first else "h2"
                parts.append(self._row(paragraph, tag, section))
            parts.append("</aside>\n" if boilerplate else "</section>\n")
        return "".join(parts)

    def _row(self, paragraph: Paragraph, tag: str, section: Section) -> str:
        english = self.english.rows.get(paragraph.id, [])
        cell = self.english.cell_id.get(paragraph.id, "")
        align = f' data-align="{_e(cell)}"' if english else ""
        zh = (f'<{tag} class="para zh" id="{_e(paragraph.id)}" tabindex="0"{align}>'
              + "".join(self._sentence(s) for s in paragraph.sentences) + f"</{tag}>")
        if english:
            sentences = " ".join(self._english_sentence(s) for s in english)
            en = (f'<{tag} class="para en" lang="en" id="{_e(cell)}" tabindex="0" '
                  f'data-align="{_e(paragraph.id)}">{sentences}</{tag}>')
        else:
            en = '<div class="en" aria-hidden="true"></div>' if self.bilingual and section.kind != "boilerplate" else ""
        return f'<div class="row">{zh}{en}</div>\n'

    @staticmethod
    def _english_sentence(sentence: EnglishSentence) -> str:
        guard = f' title="machine translation guard: {_e(", ".join(sentence.guards))}"' if sentence.guards else ""
        cls = "s guard" if sentence.guards else "s"
        align = f' data-align="{_e(" ".join(sentence.aligned))}"' if sentence.aligned else ""
        return f'<span class="{cls}" id="{_e(sentence.id)}"{align}{guard}>{_e(sentence.text)}</span>'

    def _sentence(self, sentence: Sentence) -> str:
        aligned = self.english.of_sentence.get(sentence.id)
        align = f' data-align="{_e(" ".join(aligned))}"' if aligned else ""
        return f'<span class="s" id="{_e(sentence.id)}"{align}>{self._glued(self._units(sentence))}</span>'

    def _units(self, sentence: Sentence) -> list[_Unit]:
        """The sentence as outermost pieces: a token outside every span, or a whole (nested) span."""
        spans: list[Span] = sorted([*sentence.foreign, *sentence.names], key=lambda sp: (sp.first, -(sp.last - sp.first)))
        units: list[_Unit] = []
        parts: list[str] = []
        open_spans: list[Span] = []
        pending = iter(spans)
        span = next(pending, None)
        start = 0
        for i, token in enumerate(sentence.tokens):
            while open_spans and open_spans[-1].last <= i:
                open_spans.pop()
                parts.append("</span>")
            if not open_spans and parts:
                units.append(_Unit("".join(parts), i - start))
                parts, start = [], i
            while span is not None and span.first <= i:
                if span.first == i and span.last > i and (not open_spans or span.last <= open_spans[-1].last):
                    parts.append(self._open_span(sentence, span))
                    open_spans.append(span)
                span = next(pending, None)  # spans that overlap one already open are dropped, as in the TEI
            parts.append(self._token(token))
            if not open_spans:
                text = token.text.strip()
                closing = token.kind is not TokenKind.HAN and bool(text) and text[0] in CLOSING
                opening = token.kind is not TokenKind.HAN and bool(text) and text[-1] in OPENING
                units.append(_Unit("".join(parts), 1, closing, opening))
                parts, start = [], i + 1
        if parts:
            units.append(_Unit("".join(parts) + "</span>" * len(open_spans), len(sentence.tokens) - start))
        return units

    @staticmethod
    def _glued(units: list[_Unit]) -> str:
        """Units joined, each closing/opening punctuation mark in one unbreakable group with its word.

        Words do not wrap inside (``white-space: nowrap``); ``<wbr>`` marks
        where a line may break, between words and groups.
        """
        out: list[str] = []
        group: list[_Unit] = []

        def flush() -> None:
            if out and group:
                out.append("<wbr>")
            if len(group) > 1:
                out.append('<span class="nb">' + "".join(u.html for u in group) + "</span>")
            elif group:
                out.append(group[0].html)
            group.clear()

        for unit in units:
            joins = group and (unit.glue_left or group[-1].glue_right)
            if not joins or sum(u.tokens for u in group) + unit.tokens > _GLUED_TOKENS:
                flush()
            group.append(unit)
        flush()
        return "".join(out)

    def _open_span(self, sentence: Sentence, span: Span) -> str:
        if isinstance(span, ForeignSpan):
            return f'<span class="foreign" lang="{_e(span.lang)}">'
        assert isinstance(span, NameSpan)
        key = "".join(self._key(t) for t in sentence.tokens[span.first:span.last] if t.is_han)
        self.keys.add(key)
        ref = span.entry_id if span.entry_id in self.doc.entries else ""
        if ref:
            self.refs[ref] += 1
        kind = _e(span.type.value)
        return f'<span class="name {kind}" data-type="{kind}" data-ref="{_e(ref)}" data-k="{_e(key)}">'

    def _key(self, token: Token) -> str:
        return token.norm or to_simplified(token.text)

    def _token(self, token: Token) -> str:
        if token.kind is TokenKind.HAN:
            return self._word(token)
        if token.kind is TokenKind.INVALID:
            return f'<span class="invalid" title="U+{ord(token.text[0]):04X}, not shown">\ufffd</span>'
        return _e(token.text)

    def _word(self, token: Token) -> str:
        hans, hant = self._scripts(token)
        shown = self._shown(token)
        key = self._key(token)
        self.keys.add(key)
        band = self.bands.get(key)
        cls = f"w h{band}" if band else "w"
        scripts = f' data-hans="{_e(hans)}" data-hant="{_e(hant)}"' if hans != hant else ""
        syllables = token.pinyin or ()
        if syllables and len(syllables) == len(shown):
            rubies = "".join(self._ruby(char, syllable) for char, syllable in zip(shown, syllables))
        else:  # no reading, or readings that do not pair with the characters
            reading = " ".join(s for s in syllables if s)
            rubies = f'<ruby>{_e(shown)}<rt data-p="{_e(reading)}"></rt></ruby>' if reading else f"<ruby>{_e(shown)}</ruby>"
        return f'<span class="{cls}" data-k="{_e(key)}"{scripts}>{rubies}</span>'

    @staticmethod
    def _ruby(char: str, syllable: str) -> str:
        tone = tone_of(syllable)
        cls = f' class="t{tone}"' if tone else ""
        return f'<ruby{cls}>{_e(char)}<rt data-p="{_e(syllable)}"></rt></ruby>'

    # -- names, footer, data ---------------------------------------------------

    def _names_list(self) -> str:
        if not self.refs:
            return ""
        entries = sorted((self.doc.entries[ref] for ref in self.refs), key=lambda e: (e.type.value, e.english.lower()))
        items = "".join(
            f'<li id="n-{_e(e.id)}"><span class="nm {_e(e.type.value)}">{_e(e.english)}</span> '
            f'<span class="zhn" lang="zh-Hans">{_e(e.chinese)}</span>'
            f'<span class="count">{_e(e.type.value)}, {self.refs[e.id]}×</span></li>'
            for e in entries
        )
        return f'<section class="names" lang="en" aria-label="Names">\n<h2>Names in this article</h2>\n<ul>{items}</ul>\n</section>\n'

    def _footer(self) -> str:
        credit = attribution()
        lines = [
            f'Dictionary: <a href="{_e(credit["url"])}">{_e(credit["name"])}</a> ({_e(credit["publisher"])}, '
            f'release {_e(credit["date"])}), licensed <a href="{_e(credit["license_url"])}">{_e(credit["license"])}</a>; '
            f"the entries this page uses, from the PyPI package {_e(credit['package'])}. "
            "HSK 3.0 word lists from the same package.",
        ]
        mt = self.doc.mt
        if self.doc.target:
            lines.append("English: an existing translation, aligned sentence by sentence by bitext.")
        elif mt:
            lines.append(f"English: machine translation by {_e(mt.engine)} {_e(mt.engine_version)}, model "
                         f"{_e(mt.package)} {_e(mt.package_version)}; it can be wrong.")
        elif self.bilingual:
            kinds = {s.translation.resp for s in self.doc.sentences() if s.translation}
            lines.append({frozenset({"mt"}): "English: machine translation; it can be wrong.",
                          frozenset({"human"}): "English: a human translation."}.get(
                frozenset(kinds), "English: partly human, partly machine translation."))
        tools = ", ".join(f"{_e(k)} {_e(v)}" for k, v in sorted(self.doc.tools.items()) if k != "bitext")
        keys = ("Keyboard: Tab to a paragraph, ←/→ through its words, ↓ to the word's buttons"
                + (", Enter to show its English" if self.bilingual else "") + ", Esc to close.")
        lines.append(f"Made with bitext {_e(__version__)}" + (f" ({tools})" if tools else "") + ". " + keys)
        lines.append("Saved words, known words and settings stay in this browser (local storage); nothing is sent.")
        return '<footer class="about" lang="en">\n' + "".join(f"<p>{line}</p>\n" for line in lines) + "</footer>\n"

    def _data(self) -> str:
        dictionary = {}
        for key in sorted(self.keys):
            dictionary[key] = [
                [piece, [[e.traditional, e.simplified, e.pinyin_marks, list(e.senses)] for e in entries]]
                for piece, entries in self.dictionary.pieces(key)
            ]
        names = {
            ref: {"en": e.english, "type": e.type.value, "zh": e.chinese, "note": e.note}
            for ref, e in sorted(self.doc.entries.items()) if ref in self.refs
        }
        text = json.dumps({"dict": dictionary, "names": names, "doc": self.doc.source_name, "hsk": dict(BANDS)},
                          ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        # never "</script>" inside the script element; no character HTML cannot carry
        return xml_safe(text.replace("<", "\\u003c"))
