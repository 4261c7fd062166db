"""Which English goes beside which Chinese paragraph of the reading page, and which sentences pair up."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Document
from ..tei import english_id


@dataclass
class EnglishSentence:
    id: str
    text: str
    aligned: tuple[str, ...]  # the Chinese sentence ids of its alignment unit
    guards: tuple[str, ...] = ()


@dataclass
class EnglishLayout:
    rows: dict[str, list[EnglishSentence]] = field(default_factory=dict)  # Chinese paragraph id → English
    cell_id: dict[str, str] = field(default_factory=dict)  # Chinese paragraph id → id of its English cell
    of_sentence: dict[str, tuple[str, ...]] = field(default_factory=dict)  # Chinese sentence id → English ids


def english_layout(doc: Document) -> EnglishLayout:
    """The MT (one English sentence per Chinese sentence) or an existing translation with n-m units.

    An existing translation is placed by its alignment: each English sentence
    goes beside the paragraph of the first Chinese sentence of its unit, and
    an unaligned one stays beside the English before it.
    """
    layout = EnglishLayout()
    if not doc.target:
        for paragraph in doc.paragraphs():
            for sentence in paragraph.sentences:
                if tr := sentence.translation:
                    en = english_id(sentence.id)
                    layout.rows.setdefault(paragraph.id, []).append(EnglishSentence(en, tr.text, (sentence.id,), tr.guards))
                    layout.of_sentence[sentence.id] = (en,)
            if paragraph.id in layout.rows:
                layout.cell_id[paragraph.id] = english_id(paragraph.id)
        return layout
    source_of: dict[str, tuple[str, ...]] = {}
    for link in doc.links:
        if link.source and link.target:
            for en in link.target:
                source_of[en] = link.source
            for zh in link.source:
                layout.of_sentence[zh] = (*layout.of_sentence.get(zh, ()), *link.target)
    paragraph_of = {s.id: p.id for p in doc.paragraphs() for s in p.sentences}
    row = next((p.id for p in doc.paragraphs()), "")
    for target_paragraph in doc.target:
        for sentence in target_paragraph.sentences:
            source = source_of.get(sentence.id, ())
            row = paragraph_of.get(source[0], row) if source else row
            layout.rows.setdefault(row, []).append(EnglishSentence(sentence.id, sentence.text, source))
    layout.cell_id = {pid: f"en-of-{pid}" for pid in layout.rows}
    return layout
