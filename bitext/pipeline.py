"""The annotate pipeline: read → segment → pinyin → (names) → (MT).

This is the Python API the CLI is a thin layer over::

    from bitext.pipeline import annotate_file, annotate_to_tei
    doc = annotate_file("article.txt")          # the whole Document in memory
    tei_bytes = bitext.tei.to_tei(doc)
    with open("article.tei.xml", "wb") as out:  # the same bytes, in bounded memory
        annotate_to_tei("article.txt", out)

Every stage runs chunk by chunk (:func:`annotated_sentences`), so the
objects of one chunk of sentences, not of the whole article, are alive at once.
"""

from __future__ import annotations

import gc
from bisect import bisect_left
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import BinaryIO, Iterator

from .io import read_bytes
from .model import Document, Paragraph, Section, Sentence
from .reader import read_document
from .segment import SentenceMemo, segment_sentences, sentence_spans, spans_within

#: Libraries whose output shapes the document; their versions go into the TEI header.
RECORDED_TOOLS = ("bitext", "pypinyin", "opencc", "rjieba")


@dataclass(frozen=True)
class AnnotateOptions:
    """Everything that changes the annotation (and so belongs in the output's header)."""

    pinyin_style: str = "marks"  # marks | numbers | zhuyin
    tone_change: bool = False  # mark the spoken tone change of 一 and 不
    encoding: str | None = None  # None: detect
    regularize: bool = False  # record each variant name with its glossary's preferred form
    pinyin: bool = True  # False for a stage that reads no pinyin (review): about a sixth of the CPU time saved

    def as_record(self) -> dict[str, str]:
        record = {"pinyin": self.pinyin_style if self.pinyin else "none"}
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
    for paragraph, sentence in annotated_sentences(doc, options, translator=translator, cache=cache,
                                                   progress=progress, glossary=glossary):
        paragraph.sentences.append(sentence)
    return doc


def annotate_text(text: str, source_name: str = "-", options: AnnotateOptions = AnnotateOptions(), **stages) -> Document:
    """Same as :func:`annotate_bytes` for text already in memory."""
    # surrogatepass: a lone surrogate reaches the reader, which refuses it with a clear InputError.
    return annotate_bytes(text.encode("utf-8", "surrogatepass"), source_name, options, **stages)


def annotate_file(path: str | Path, options: AnnotateOptions = AnnotateOptions(), **stages) -> Document:
    """Annotate a file (``-`` reads standard input)."""
    return annotate_bytes(read_bytes(path), source_name(path), options, **stages)


def annotate_to_tei(
    path: str | Path, out: BinaryIO, options: AnnotateOptions = AnnotateOptions(), **stages
) -> Document:
    """Annotate a file and write its TEI to ``out`` as it goes, in bounded memory.

    The same bytes as ``to_tei(annotate_file(path, ...))``, but only a chunk
    of sentences (:data:`CHUNK_CHARS`) is held at a time: peak memory is set
    by the chunk, not by the article.  Returns the document without its
    sentences (the header fields, sections, paragraphs and named entries).
    """
    return annotate_bytes_to_tei(read_bytes(path), source_name(path), out, options, **stages)


def annotate_bytes_to_tei(
    data: bytes, source_name: str, out: BinaryIO, options: AnnotateOptions = AnnotateOptions(), **stages
) -> Document:
    """:func:`annotate_to_tei` for an article already read (``bitext batch`` hashes the bytes first)."""
    from .tei import write_tei

    doc = read_document(data, source_name, options.encoding)
    write_tei(doc, out, annotated_sentences(doc, options, **stages))
    return doc


#: Characters annotated together: enough sentences for the context model's batches,
#: few enough that the tokens and TEI elements of one chunk stay small (a few MB).
CHUNK_CHARS = 20_000


def annotated_sentences(
    doc: Document,
    options: AnnotateOptions = AnnotateOptions(),
    *,
    translator=None,
    cache=None,
    progress: bool = False,
    glossary=None,
) -> Iterator[tuple[Paragraph, Sentence]]:
    """Segment and annotate ``doc`` chunk by chunk; yield each (paragraph, sentence) in document order.

    The sentences are not stored in ``doc``: a caller that keeps them appends
    them to their paragraph, a streaming writer drops them once written.
    ``doc.entries`` collects the glossary entries named; the header fields
    (``tools``, ``options``, ``mt``) are set before the first sentence.
    """
    doc.tools = tool_versions()
    doc.options = options.as_record()
    if glossary is not None and glossary.files:
        doc.options["glossary"] = f"{', '.join(f.path.name for f in glossary.files)} ({len(glossary.entries)} entries)"
    else:  # said, so a reader of the header knows the names were not checked against one
        doc.options["glossary"] = "none"
    if translator is not None:
        doc.mt = translator.info
    return _annotate_chunks(doc, options, translator, cache, progress, glossary)


def _annotate_chunks(doc: Document, options: AnnotateOptions, translator, cache, progress: bool,
                     glossary) -> Iterator[tuple[Paragraph, Sentence]]:
    norm = doc.simplified
    with _cycle_collection_paused():
        names = _names_by_start(doc, norm, glossary)
    memo = SentenceMemo()
    with _translation_bar(doc, progress and translator is not None) as bar:
        for chunk in _chunks(doc):
            with _cycle_collection_paused():
                view = _annotate_chunk(doc, chunk, norm, options, translator, cache, bar, glossary,
                                       names.within(chunk[0][1][0][0], chunk[-1][1][-1][1]) if names else [], memo)
            doc.entries.update(view.entries)
            for (paragraph, _, _), part in zip(chunk, view.paragraphs()):
                for sentence in part.sentences:
                    yield paragraph, sentence


@contextmanager
def _cycle_collection_paused() -> Iterator[None]:
    """Python's cycle collector off while a stage builds its objects, on again after (never across a ``yield`` to
    the caller).  Its full passes go over every live object, the dictionaries' and the document's, as these grow:
    about a tenth of the CPU time of annotating 1 MB of news, for about a hundred objects of cyclic garbage found
    in all (reference counting frees the rest as before)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _translation_bar(doc: Document, enabled: bool):
    """One MT progress bar for the whole article, advanced chunk by chunk: one step per sentence to translate."""
    if not enabled:
        return nullcontext()  # no bar: translate_document keeps a disabled one per chunk
    from .mt.stage import TRANSLATED_KINDS, progress_bar

    return progress_bar(sum(len(sentence_spans(doc, p)) for p in doc.paragraphs() if p.kind in TRANSLATED_KINDS), True)


#: A run of sentences of one paragraph: (paragraph, sentence spans, number of the first sentence).
_Piece = tuple[Paragraph, list[tuple[int, int]], int]


def _chunks(doc: Document) -> Iterator[list[_Piece]]:
    """Runs of whole sentences of about :data:`CHUNK_CHARS` characters, a long paragraph cut between sentences."""
    chunk: list[_Piece] = []
    size = 0
    for paragraph in doc.paragraphs():
        spans = sentence_spans(doc, paragraph)
        first = 0
        for i, (start, end) in enumerate(spans):
            size += end - start
            if size >= CHUNK_CHARS:
                chunk.append((paragraph, spans[first:i + 1], first + 1))
                yield chunk
                chunk, size, first = [], 0, i + 1
        if first < len(spans):
            chunk.append((paragraph, spans[first:], first + 1))
    if chunk:
        yield chunk


class _NamesByStart:
    """The names of the whole article in text order, handed out chunk by chunk (bisection, no rescans)."""

    def __init__(self, matches: list) -> None:
        self.matches = matches
        self.starts = [m.start for m in matches]

    def within(self, start: int, end: int) -> list:
        return self.matches[bisect_left(self.starts, start):bisect_left(self.starts, end)]


def _names_by_start(doc: Document, norm: str, glossary) -> _NamesByStart | None:
    """Names are found once over the whole article, so what a name is does not depend on where chunks end
    (a surname is linked to a full name in another chunk) and the TEI agrees with ``review``."""
    if glossary is None:
        return None
    from .names import find_names

    return _NamesByStart(sorted(find_names(doc, norm, glossary), key=lambda m: m.start))


def _annotate_chunk(doc: Document, chunk: list[_Piece], norm: str, options: AnnotateOptions,
                    translator, cache, bar, glossary, matches: list, memo: SentenceMemo) -> Document:
    """Run every stage over one chunk, as a document of its own that shares ``doc``'s text."""
    parts = [Paragraph(spans[0][0], spans[-1][1], paragraph.kind, id=paragraph.id) for paragraph, spans, _ in chunk]
    view = Document(text=doc.text, source_name=doc.source_name, script=doc.script, sections=[Section(parts)])
    if matches:
        from .names import attach_names, keep_whole_spans
    keep_whole = keep_whole_spans(matches) if matches else []
    starts = [s for s, _ in keep_whole]
    for part, (_, spans, first) in zip(parts, chunk):  # each paragraph given its own names, not the chunk's
        part.sentences = segment_sentences(view, part, spans, norm, spans_within(keep_whole, starts, part.start, part.end),
                                           first_number=first, memo=memo)
    if matches:
        attach_names(view, matches)
    if options.pinyin:
        from .pinyin import add_document_pinyin  # imported when asked for: pypinyin's tables are a tenth of a second

        add_document_pinyin(view, options.pinyin_style, options.tone_change)
    if translator is not None:
        from .mt.stage import translate_document

        if glossary is None:
            translate_document(view, translator, cache=cache, bar=bar)
        else:
            from .names import check_translation_terms, sentence_terms

            translate_document(
                view, translator, cache=cache, bar=bar, terms=lambda s: sentence_terms(s, view)
            )
            check_translation_terms(view)
    return view


def source_name(path: str | Path) -> str:
    """What the output records as the input's name: the file name without its folders (``-`` for stdin)."""
    return "-" if str(path) == "-" else Path(path).name
