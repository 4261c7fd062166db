"""The MT stage: give every heading and paragraph sentence its English.

Boilerplate is left untranslated.  The source is the sentence's Simplified
form (``Token.norm``, or OpenCC over the text), so Traditional input reaches
the model in the script it was trained on.  Sentences are translated longest
with longest (fewer padded steps) in batches; each batch goes to the cache as
soon as it is done.
"""

from __future__ import annotations

import sys
from typing import Callable, Sequence

from ..model import Document, ParagraphKind, Sentence, Translation
from .cache import TranslationCache, cache_key

TRANSLATED_KINDS = (ParagraphKind.HEADING, ParagraphKind.PARAGRAPH)
TermsOf = Callable[[Sentence], Sequence[Sequence[str]]]


def source_text(doc: Document, sentence: Sentence) -> str:
    """The Simplified Chinese the model sees for one sentence (variant names in their preferred form)."""
    if sentence.tokens:
        from ..names import mt_source

        text = mt_source(sentence)
    else:
        from ..script import to_simplified

        text = to_simplified(doc.text[sentence.start:sentence.end])
    return " ".join(text.split())


def translate_document(
    doc: Document,
    translator,
    *,
    cache: TranslationCache | None = None,
    progress: bool = False,
    terms: TermsOf | None = None,
    bar=None,
) -> int:
    """Set ``Sentence.translation`` and ``doc.mt``; return how many distinct sentences the model translated.

    ``translator`` is a :class:`~bitext.mt.translator.Translator`; ``terms``
    gives a sentence's glossary (Chinese, English[, id]) pairs.  ``progress``
    shows a bar of this document's sentences; a caller translating an article
    chunk by chunk passes its own ``bar`` (from :func:`progress_bar`) instead,
    which is advanced by one per sentence and left open.
    """
    sentences = [s for p in doc.paragraphs() if p.kind in TRANSLATED_KINDS for s in p.sentences]
    if bar is None:
        with progress_bar(len(sentences), progress) as own:
            return translate_document(doc, translator, cache=cache, terms=terms, bar=own)
    jobs = []  # (sentence, source, terms, key)
    for sentence in sentences:
        source = source_text(doc, sentence)
        if not source:
            continue
        sentence_terms = [tuple(t) for t in terms(sentence)] if terms else []
        jobs.append((sentence, source, sentence_terms, cache_key(translator.identity, source, sentence_terms)))
    found = cache.get_many(job[3] for job in jobs) if cache is not None else {}
    todo = list({job[3]: job for job in jobs if job[3] not in found}.values())  # each distinct source once
    todo.sort(key=lambda job: len(job[1]), reverse=True)
    bar.update(len(sentences) - len(todo))  # empty, cached or repeated: nothing for the model to do
    step = translator.batch_size * translator.inter_threads * 2
    for start in range(0, len(todo), step):
        batch = todo[start:start + step]
        results = translator.translate([job[1] for job in batch], [job[2] for job in batch])
        new = {job[3]: result for job, result in zip(batch, results)}
        if cache is not None:
            cache.put_many(new.items())
        found.update(new)
        bar.update(len(batch))
    for sentence, _, _, key in jobs:
        cached = found[key]
        sentence.translation = Translation(text=cached.text, guards=cached.guards, missing_terms=cached.missing_terms)
    doc.mt = translator.info
    return len(todo)


def progress_bar(total: int, enabled: bool):
    """The translation progress bar on stderr: ``total`` sentences, shown only when ``enabled``."""
    from tqdm import tqdm

    return tqdm(total=total, unit="sent", desc="translating", file=sys.stderr,
                disable=not enabled or total == 0, leave=False)
