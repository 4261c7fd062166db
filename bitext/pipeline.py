"""The annotate pipeline: read → segment → pinyin → (names) → (MT).

This is the Python API the CLI is a thin layer over::

    from bitext.pipeline import annotate_file, AnnotateOptions
    doc = annotate_file("article.txt", options=AnnotateOptions(mt=None))
    tei_bytes = bitext.tei.to_tei(doc)
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from .io import read_bytes
from .model import Document
from .pinyin import add_document_pinyin
from .reader import read_document
from .script import to_simplified
from .segment import segment_document

#: Libraries whose output shapes the document; their versions go into the TEI header.
RECORDED_TOOLS = ("bitext", "pypinyin", "opencc", "rjieba")


@dataclass(frozen=True)
class AnnotateOptions:
    """Everything that changes the annotation (and so belongs in the output's header)."""

    pinyin_style: str = "marks"  # marks | numbers | zhuyin
    tone_change: bool = False  # mark the spoken tone change of 一 and 不
    encoding: str | None = None  # None: detect
    regularize: bool = False  # record each variant name with its glossary's preferred form

    def as_record(self) -> dict[str, str]:
        record = {"pinyin": self.pinyin_style}
        if self.tone_change:
            record["tone change of 一 and 不"] = "marked"
        if self.regularize:
            record["regularize"] = "yes"
        return record


def tool_versions() -> dict[str, str]:
    versions = {}
    for name in RECORDED_TOOLS:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return versions


def annotate_bytes(
    data: bytes,
    source_name: str = "-",
    options: AnnotateOptions = AnnotateOptions(),
    *,
    translator=None,
    cache=None,
    progress: bool = False,
    glossary=None,
) -> Document:
    """Read, segment and annotate one article given as bytes.

    ``translator`` (from :func:`bitext.mt.load_translator`) adds the English;
    ``cache`` (a :class:`bitext.mt.cache.TranslationCache`) skips sentences
    translated before.  ``glossary`` (from :func:`bitext.glossary.load_glossary`)
    tags the names it lists and checks their English in the MT.
    """
    doc = read_document(data, source_name, options.encoding)
    norm = to_simplified(doc.text)
    matches = []
    if glossary is not None:
        from .names import attach_names, find_names, keep_whole_spans

        matches = find_names(doc, norm, glossary)
    segment_document(doc, norm, keep_whole=keep_whole_spans(matches) if matches else ())
    if matches:
        attach_names(doc, matches)
    add_document_pinyin(doc, options.pinyin_style, options.tone_change)
    if translator is not None:
        from .mt.stage import translate_document

        if glossary is None:
            translate_document(doc, translator, cache=cache, progress=progress)
        else:
            from .names import check_translation_terms, sentence_terms

            translate_document(
                doc, translator, cache=cache, progress=progress, terms=lambda s: sentence_terms(s, doc)
            )
            check_translation_terms(doc)
    doc.tools = tool_versions()
    doc.options = options.as_record()
    if glossary is not None and glossary.files:
        doc.options["glossary"] = f"{', '.join(f.path.name for f in glossary.files)} ({len(glossary.entries)} entries)"
    return doc


def annotate_text(text: str, source_name: str = "-", options: AnnotateOptions = AnnotateOptions(), **stages) -> Document:
    """Same as :func:`annotate_bytes` for text already in memory."""
    # surrogatepass: a lone surrogate reaches the reader, which refuses it with a clear InputError.
    return annotate_bytes(text.encode("utf-8", "surrogatepass"), source_name, options, **stages)


def annotate_file(path: str | Path, options: AnnotateOptions = AnnotateOptions(), **stages) -> Document:
    """Annotate a file (``-`` reads standard input)."""
    name = "-" if str(path) == "-" else Path(path).name
    return annotate_bytes(read_bytes(path), name, options, **stages)
