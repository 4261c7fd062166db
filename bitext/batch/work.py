"""The per-file work, run in a worker (a local process, a Dask worker, or the coordinator for one job).

What is slow to load (dictionaries, the segmenter, the polyphone model, the
MT model, the glossary) is loaded once per worker process and kept for
every file it is given: :func:`warm_up` loads the annotation side,
:func:`load_stages` the translator, cache and glossary.
"""

from __future__ import annotations

import hashlib
import time
import traceback
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..io import BitextError, OutputError, open_atomic, read_bytes, write_atomic
from .manifest import FileResult
from .options import BatchOptions

#: Enough text to load everything annotation needs: sentences, a polyphone (行), a name-like run, and a
#: name the two phrase tables read differently (塔什干), which loads CC-CEDICT's name index (~0.3 s): left to
#: the first article, every pool worker would load it again instead of sharing the forkserver's.
WARM_UP_TEXT = "银行行长说，他们很重要。\n普京访问了哈萨克斯坦和塔什干。\n"


@dataclass(frozen=True)
class Task:
    """One input file and where its outputs go (paths a worker on any machine can open)."""

    source: str  # path relative to the input folder: the name in the manifest and the TEI header
    input_path: str
    out_dir: str
    outputs: dict[str, str]  # format -> path relative to out_dir (overwritten: the plan checked they are ours)


@lru_cache(maxsize=4)
def load_stages(options: BatchOptions, mt_threads: int | None) -> dict:
    """Translator, cache and glossary, loaded once per worker process and reused for every file.

    ``mt_threads``: CTranslate2 threads for this worker (None: the
    translator's default, every core); pool workers get their share of the cores.
    """
    stages: dict = {}
    if options.mt == "argos":
        from ..mt import load_translator

        threads = {"inter_threads": mt_threads, "intra_threads": 1} if mt_threads else {}
        stages["translator"] = load_translator(options.model, **threads)
        if options.cache:
            from ..mt.cache import TranslationCache

            stages["cache"] = TranslationCache(options.cache)
    if options.glossary:
        from ..glossary import load_glossary

        stages["glossary"] = load_glossary(list(options.glossary))
    return stages


def warm_up(formats: tuple[str, ...] = ("tei",)) -> None:
    """Load the dictionaries, segmenter, polyphone model and names lexicon now, not during the first article."""
    from ..names.extents import long_names_by_beginning
    from ..names.finder import name_characters_class, regional_matcher
    from ..names.glosses import sense_texts, verbs
    from ..names.grouping import lexicon_block_arrays
    from ..names.phonetic import cost_tables, mandarin_table
    from ..pipeline import annotate_text

    regional_matcher()  # for runs with a glossary: the names lexicon (read back from bitext.builtcache) and its table
    name_characters_class()
    long_names_by_beginning()
    verbs()  # review's bodies' names (CC-CEDICT's verbs, read back from bitext.builtcache)
    sense_texts()  # and names that translate their gloss (CC-CEDICT's senses, read back the same way)
    mandarin_table()  # the names' sounds
    cost_tables()  # and their costs, for comparing many at once
    lexicon_block_arrays()  # and the lexicon's foreign names by sound, which review proposes English from
    doc = annotate_text(WARM_UP_TEXT)
    for fmt in formats:
        render(doc, fmt)


def prepare(options: BatchOptions, mt_threads: int | None) -> None:
    """Everything a worker needs for ``options``, loaded before its first file."""
    load_stages(options, mt_threads)
    warm_up(options.formats)


def render(doc, fmt: str) -> bytes:
    if fmt == "tei":
        from ..tei import to_tei

        return to_tei(doc)
    from ..html import to_html

    return to_html(doc)


def process_file(task: Task, options: BatchOptions, mt_threads: int | None = 1) -> FileResult:
    """Annotate one file and write its outputs; every error becomes a failed result, never an exception.

    TEI alone is streamed as it is annotated (memory bounded by a chunk, not
    the article; the bytes of ``bitext annotate``).  The HTML page needs the
    whole document: with it, every format is rendered before the first is
    written.  Either way a failure to read, annotate or render leaves no
    output changed (each is written to a temporary file and renamed).
    """
    from ..pipeline import annotate_bytes, annotate_bytes_to_tei

    started = time.perf_counter()
    result = FileResult(input=task.source, options_sha256=options.fingerprint())
    try:
        data = read_bytes(task.input_path)
        result.input_sha256 = hashlib.sha256(data).hexdigest()
        stages = load_stages(options, mt_threads)
        if options.formats == ("tei",):
            with open_atomic(output_path(task, "tei")) as out:
                annotate_bytes_to_tei(data, task.source, out, options.annotate, **stages)
            result.outputs["tei"] = task.outputs["tei"]
        else:
            doc = annotate_bytes(data, task.source, options.annotate, **stages)
            rendered = {fmt: render(doc, fmt) for fmt in options.formats}
            for fmt, output in rendered.items():
                write_atomic(output_path(task, fmt), output)
                result.outputs[fmt] = task.outputs[fmt]  # even if a later one fails: ours to overwrite
    except BitextError as exc:
        result.status, result.error, result.exit_code = "failed", str(exc), exc.exit_code
    except MemoryError:
        result.status, result.error, result.exit_code = "failed", f"{task.source}: out of memory", 1
    except Exception as exc:  # a bug must cost this file only; the manifest keeps the details
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        result.status, result.exit_code = "failed", 70  # EX_SOFTWARE
        result.error = (
            f"{task.source}: internal error {type(exc).__name__}: {exc} "
            f"({Path(frame.filename).name}:{frame.lineno}; please report)"
        )
    result.seconds = round(time.perf_counter() - started, 3)
    return result


def output_path(task: Task, fmt: str) -> Path:
    """Where ``task``'s output in ``fmt`` goes, its folder created."""
    target = Path(task.out_dir, task.outputs[fmt])
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{target}: cannot create its folder ({exc.strerror})") from None
    return target


def lost(task: Task, cause: str) -> FileResult:
    """A file whose worker vanished; it may have written its outputs, so they stay claimed."""
    return FileResult(input=task.source, status="failed", exit_code=70, error=f"{task.source}: {cause}",
                      outputs=dict(task.outputs))
