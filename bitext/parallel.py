"""A Chinese text and its English translation, cut into segments and aligned.

This is the ``bitext align`` workflow as an API: split both texts (or take
them one segment per line), obtain the English bridge for the Chinese side
(lines of an MT file or a translator, plus dictionary glosses; glosses alone
in dictionary-only mode; none at all, lengths only), and align, either all
sentences at once or with paragraph breaks as soft anchors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Iterable, Protocol, Sequence

from .align import AlignmentUnit, AlignParams, align_paragraphs, split_english_sentences
from .io import InputError
from .model import AlignmentLink, Document, GlossaryEntry, TargetParagraph, TargetSentence
from .reader import split_paragraphs
from .segment import default_jieba, split_sentences


class Translator(Protocol):
    """What the aligner needs from the MT stage (``bitext.mt.load_translator()``)."""

    def translate(self, sentences: list[str]) -> Sequence: ...  # items have ``.text``


@dataclass
class Alignment:
    """Both sides as flat segment lists, the English bridge of the Chinese, and the units."""

    zh: list[str]
    en: list[str]
    mt: list[str]
    units: list[AlignmentUnit]


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def split_lines(text: str) -> list[str]:
    """Lines as the reader sees them: only CR, LF and CRLF end a line.

    ``str.splitlines`` also breaks at U+2028, U+0085, form feeds and other
    separators the annotator keeps inside a line, which would make the
    Chinese, its MT file and the TEI disagree on the number of segments.
    """
    return _LINE_BREAK.split(text)


def presplit_segments(text: str) -> list[list[str]]:
    """Paragraphs of one-segment-per-line text: blank lines separate paragraphs."""
    paragraphs: list[list[str]] = [[]]
    for line in split_lines(text):
        if line.strip():
            paragraphs[-1].append(line.strip())
        elif paragraphs[-1]:
            paragraphs.append([])
    return [p for p in paragraphs if p]


def chinese_segments(text: str) -> list[list[str]]:
    """Paragraphs of Chinese sentences, split with the annotator's own splitter."""
    paragraphs = []
    for start, end in split_paragraphs(text):
        paragraph = text[start:end]
        sentences = [paragraph[s:e].strip() for s, e in split_sentences(paragraph)]
        paragraphs.append([s for s in sentences if s])
    return [p for p in paragraphs if p]


def english_segments(text: str) -> list[list[str]]:
    """Paragraphs of English sentences."""
    paragraphs = [split_english_sentences(text[start:end]) for start, end in split_paragraphs(text)]
    return [p for p in paragraphs if p]


def _reshape(flat: Sequence[str], like: Sequence[Sequence[str]]) -> list[list[str]]:
    shaped, pos = [], 0
    for paragraph in like:
        shaped.append(list(flat[pos: pos + len(paragraph)]))
        pos += len(paragraph)
    return shaped


def translation_lines(text: str, zh: Sequence[Sequence[str]], source: str = "MT file") -> list[list[str]]:
    """The MT file's lines, one per Chinese segment, grouped like ``zh``.

    Blank lines are dropped when that makes the counts agree (a file laid out
    in blank-line-separated paragraphs, like the Chinese).
    """
    wanted = sum(len(p) for p in zh)
    lines = split_lines(text)
    if lines and not lines[-1]:
        lines.pop()  # the final line break ends the last line, it does not start another
    if len(lines) != wanted:
        lines = [line for line in lines if line.strip()]
    if len(lines) != wanted:
        raise InputError(f"{source}: {len(lines)} lines of translation for {wanted} Chinese segments")
    return _reshape([line.strip() for line in lines], zh)


def machine_translation(zh: Sequence[Sequence[str]], translator: Translator) -> list[list[str]]:
    """Translate every Chinese segment in one call, grouped like ``zh``."""
    flat = [s for p in zh for s in p]
    return _reshape([t.text for t in translator.translate(flat)], zh)


#: Dictionary senses that name no English word for the headword.
_NON_SENSES = ("CL:", "variant of", "old variant", "see ", "surname ", "abbr. for", "used in ")
_GLOSS_FILLERS = frozenset("to a an the of sb sth sb's sth's one oneself one's something someone etc".split())


@cache
def _sense_words(word: str) -> str:
    from .dictionary import cedict

    senses = [s for entry in cedict().lookup(word) for s in entry.senses if not s.startswith(_NON_SENSES)]
    words = re.findall(r"[A-Za-z']+", re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", " ".join(senses)))
    return " ".join(dict.fromkeys(w for w in words if w.lower() not in _GLOSS_FILLERS))


def dictionary_glosses(sentence: str) -> str:
    """English senses (CC-CEDICT) of every word of a Chinese sentence; a word
    the dictionary lacks contributes the senses of its characters."""
    glosses = []
    for word in default_jieba().cut(sentence):
        senses = _sense_words(word)
        if not senses and len(word) > 1:
            senses = " ".join(_sense_words(char) for char in word)
        glosses.append(senses)
    return " ".join(g for g in glosses if g)


def glossary_anchors(entries: Iterable[GlossaryEntry]) -> tuple[tuple[str, str], ...]:
    """(Chinese form, English) for every form of every entry, in a stable order.

    The English is the full form and the short form together, since a
    translation may use either.
    """
    pairs = {
        (form, " ".join(dict.fromkeys(e for e in (entry.english, entry.short) if e)))
        for entry in entries
        for form in entry.forms
        if form
    }
    return tuple(sorted(pairs, key=lambda pair: (-len(pair[0]), pair)))


#: Where the English bridge of the Chinese comes from: MT and dictionary glosses, one of them, or nothing.
BRIDGES = ("mt+dictionary", "mt", "dictionary", "none")


@dataclass(frozen=True)
class AlignOptions:
    """Where the English bridge comes from and how the texts are cut.

    ``bridge="mt+dictionary"``: ``mt_text`` (one line per Chinese segment) or
    else ``translator``, mixed with dictionary glosses; ``"mt"``: MT only;
    ``"dictionary"``: glosses only, no MT at all; ``"none"``: lengths and
    sentence ends only.
    ``unit="paragraph"`` uses paragraph breaks as soft anchors; ``"sentence"``
    ignores them.  ``presplit``: both texts hold one segment per line.
    ``anchors``: (Chinese, English) glossary pairs.
    """

    mt_text: str | None = None
    mt_source: str = "MT file"  # the file mt_text came from, for the error message
    translator: Translator | None = None
    unit: str = "paragraph"
    presplit: bool = False
    anchors: tuple[tuple[str, str], ...] = ()
    bridge: str = "mt+dictionary"
    params: AlignParams = AlignParams()


def align_texts(zh_text: str, en_text: str, options: AlignOptions) -> Alignment:
    """Align a Chinese text with its English translation."""
    split = presplit_segments if options.presplit else None
    zh = (split or chinese_segments)(zh_text)
    en = (split or english_segments)(en_text)
    return align_segmented(zh, en, options)


def _bridge(zh: list[list[str]], options: AlignOptions) -> list[list[str]] | None:
    if options.bridge not in BRIDGES:
        raise ValueError(f"bridge must be one of {BRIDGES}, not {options.bridge!r}")
    if not options.bridge.startswith("mt"):
        return None
    if options.mt_text is not None:
        return translation_lines(options.mt_text, zh, options.mt_source)
    if options.translator is not None:
        return machine_translation(zh, options.translator)
    raise ValueError("aligning with the MT bridge needs mt_text or a translator")


def align_segmented(zh: list[list[str]], en: list[list[str]], options: AlignOptions) -> Alignment:
    """:func:`align_texts` for texts already cut into paragraphs of segments."""
    mt = _bridge(zh, options)
    if options.unit == "sentence":
        zh, en = ([[s for p in side for s in p]] for side in (zh, en))
        mt = None if mt is None else [[s for p in mt for s in p]]
    elif options.unit != "paragraph":
        raise ValueError(f"unit must be 'paragraph' or 'sentence', not {options.unit!r}")
    glosses = None if options.bridge in ("none", "mt") else [[dictionary_glosses(s) for s in p] for p in zh]
    units = align_paragraphs(zh, mt, en, anchors=options.anchors, glosses=glosses, params=options.params)
    flat = [[s for p in side for s in p] for side in (zh, en)]
    return Alignment(zh=flat[0], en=flat[1], mt=[] if mt is None else [s for p in mt for s in p], units=units)


def align_document(doc: Document, en_text: str, options: AlignOptions) -> Alignment:
    """Align an annotated Chinese document with its English translation, for the TEI.

    Fills ``doc.target`` (the English, paragraph by paragraph, ids ``en-pN`` and
    ``en-sN``) and ``doc.links`` (one link per unit, Chinese sentence ids ↔
    English sentence ids).  The Chinese segments are the document's sentences,
    or with ``presplit`` its lines (a line's sentences then share its links).
    """
    paragraphs = [p for p in doc.paragraphs() if p.sentences]
    if options.presplit:  # a segment is a line, which the reader made a paragraph; no paragraph breaks left
        groups = [[p.sentences for p in paragraphs]]
    else:
        groups = [[[s] for s in p.sentences] for p in paragraphs]
    zh = [[doc.text[segment[0].start:segment[-1].end].strip() for segment in group] for group in groups]
    en = presplit_segments(en_text) if options.presplit else english_segments(en_text)
    alignment = align_segmented(zh, en, options)
    zh_ids = [tuple(s.id for s in segment) for group in groups for segment in group]
    en_ids = []
    doc.target = []
    for k, paragraph in enumerate(en, 1):
        sentences = [TargetSentence(f"en-s{len(en_ids) + j}", text) for j, text in enumerate(paragraph, 1)]
        en_ids.extend(s.id for s in sentences)
        doc.target.append(TargetParagraph(f"en-p{k}", sentences))
    doc.links = [
        AlignmentLink(
            source=tuple(i for z in u.zh for i in zh_ids[z]),
            target=tuple(en_ids[j] for j in u.en),
            score=u.score,
            flagged=u.flagged,
        )
        for u in alignment.units
    ]
    return alignment
