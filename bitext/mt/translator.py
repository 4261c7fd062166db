"""Sentence translation with CTranslate2 and SentencePiece over an Argos package.

argostranslate's own ``translate()`` decodes one paragraph per call (its
sentences in one small batch) and has no guard against the failure modes of
small NMT models.  Here every sentence of a document goes through
``translate_batch`` in length-sorted batches spread over the CPU cores, with
the same decoding options as argostranslate (beam 4, length penalty 0.2,
``_`` → space), so with the guards silent the English is the same text.

Guards (each one that fires is named in ``Translation.guards``):

``split_long_input``
    the source is longer than ``max_source_tokens``: it is cut at commas or
    semicolons (else at the limit) and the pieces are translated apart,
    instead of the model silently truncating it.
``repetition``
    the output repeats an n-gram or never ended: it is decoded again with
    ``no_repeat_ngram_size`` and a repetition penalty.
``length_cap``
    decoding reached the cap (``max_length_ratio`` × source length + 10
    pieces) without ending; the output is cut there.
``empty_output``
    the model gave no text for a non-empty source: it is decoded again with a
    minimum length and the first non-empty hypothesis of the beam is kept
    (the text stays empty, with the guard named, if there is none).

Glossary terms (``terms``: per sentence, (Chinese form, English form[, entry
id]) tuples; the id, else the English, is what ``missing_terms`` lists):

``term_mode="nbest"`` (default)
    beam search already holds ``beam_size`` hypotheses; for a sentence with
    terms all of them are returned and the best-scoring one that contains
    every English form wins, else the 1-best.  It costs nothing and never
    makes the English worse, but it only helps when the model can produce the
    name at all: a model that garbles a name in every hypothesis keeps its
    1-best and the term is reported missing.
``term_mode="inline"``
    the English form is written into the Chinese source in place of the
    Chinese form.  Marian/OPUS-MT models usually copy Latin names through, so
    this should suit the public zh→en package, but it is not measured here
    (no real model offline); a model that never saw Latin input, like the
    tiny one, garbles it.  Either way the output is checked and misses listed.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import asdict, dataclass, field, replace
from typing import Sequence

from ..model import MTInfo, Translation
from .packages import InstalledPackage, find_package

Term = tuple[str, ...]  # (Chinese form, English form[, glossary entry id])
END = "</s>"
CLAUSE_BREAK = re.compile(r"(?<=[，,；;：:、])")


@dataclass(frozen=True)
class DecodingOptions:
    """What shapes the English; all of it is part of the cache key."""

    beam_size: int = 4
    length_penalty: float = 0.2
    guards: bool = True
    max_length_ratio: float = 3.0  # cap = ratio × source pieces + 10 (at most 256)
    max_source_tokens: int = 200  # longer sources are split at clause boundaries
    no_repeat_ngram_size: int = 4  # used when decoding again after a repetition
    repetition_penalty: float = 1.2
    term_mode: str = "nbest"  # or "inline"

    def as_strings(self) -> dict[str, str]:
        return {k: str(v) for k, v in asdict(self).items()}


def default_threads() -> tuple[int, int]:
    """(inter_threads, intra_threads): one decoding replica per core, measured fastest on 2 cores."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    inter = max(1, min(cores, 4))
    return inter, max(1, cores // inter)


@dataclass
class _Unit:
    """One call's worth of source: a sentence or a piece of a split one."""

    owner: int
    pieces: list[str]
    terms: list[Term] = field(default_factory=list)


class Translator:
    """Translate Simplified Chinese sentences to English with one Argos package."""

    def __init__(
        self,
        package: InstalledPackage,
        options: DecodingOptions = DecodingOptions(),
        *,
        inter_threads: int | None = None,
        intra_threads: int | None = None,
        batch_size: int = 8,  # with one replica per core; measured best of 8/16/32 on 2 busy cores
        compute_type: str = "auto",
    ):
        import ctranslate2
        import sentencepiece

        inter, intra = default_threads()
        self.package = package
        self.options = options
        self.batch_size = batch_size
        self.inter_threads = inter_threads or inter
        self._sp = sentencepiece.SentencePieceProcessor(model_file=str(package.sentencepiece_model))
        self._model = ctranslate2.Translator(
            str(package.model_dir), device="cpu", compute_type=compute_type,
            inter_threads=self.inter_threads, intra_threads=intra_threads or intra,
        )
        self.identity = self._identity()

    def _identity(self) -> str:
        """Model identity for cache keys: the package's files, hashed, with the options."""
        digest = hashlib.sha256()
        for path in (self.package.model_dir / "model.bin", self.package.sentencepiece_model,
                     self.package.model_dir / "config.json"):
            with open(path, "rb") as fh:
                while chunk := fh.read(1 << 20):
                    digest.update(chunk)
        return json.dumps({"model": digest.hexdigest(), "options": self.options.as_strings()}, sort_keys=True)

    @property
    def info(self) -> MTInfo:
        from importlib import metadata

        return MTInfo(
            engine="argostranslate",
            engine_version=metadata.version("argostranslate"),
            package=self.package.name,
            package_version=self.package.version,
            options={**self.options.as_strings(), "ctranslate2": metadata.version("ctranslate2")},
        )

    # --- public --------------------------------------------------------------------------

    def translate(self, sources: Sequence[str], terms: Sequence[Sequence[Term]] | None = None) -> list[Translation]:
        """One :class:`Translation` per source sentence, in order."""
        terms = [list(t) for t in terms] if terms is not None else [[] for _ in sources]
        guards: list[set[str]] = [set() for _ in sources]
        units: list[_Unit] = []
        for i, (source, sentence_terms) in enumerate(zip(sources, terms)):
            text = self._inline_terms(source, sentence_terms)
            pieces = self._sp.encode(text.strip(), out_type=str)
            chunks = self._split(text.strip(), pieces)
            if len(chunks) > 1:
                guards[i].add("split_long_input")
            units.extend(_Unit(i, p, sentence_terms) for p in chunks)
        outputs = self._decode_units(units, guards)
        texts: list[list[str]] = [[] for _ in sources]
        for unit, text in zip(units, outputs):
            texts[unit.owner].append(text)
        results = []
        for i, parts in enumerate(texts):
            text = " ".join(p for p in parts if p)
            missing = tuple(t[2] if len(t) > 2 else t[1] for t in terms[i] if not _has_term(text, t[1]))
            results.append(Translation(text=text, guards=tuple(sorted(guards[i])), missing_terms=missing))
        return results

    # --- steps ---------------------------------------------------------------------------

    def _inline_terms(self, source: str, terms: list[Term]) -> str:
        if self.options.term_mode != "inline":
            return source
        for term in terms:
            source = source.replace(term[0], f" {term[1]} ")
        return source

    def _split(self, text: str, pieces: list[str]) -> list[list[str]]:
        """Pieces of an over-long source, cut at clause punctuation where possible."""
        limit = self.options.max_source_tokens
        if not self.options.guards or len(pieces) <= limit:
            return [pieces]
        groups: list[str] = []
        size = 0
        for clause in CLAUSE_BREAK.split(text):
            clause_size = len(self._sp.encode(clause))
            if groups and size + clause_size <= limit:
                groups[-1] += clause
                size += clause_size
            else:
                groups.append(clause)
                size = clause_size
        chunks = []
        for group in groups:
            group_pieces = self._sp.encode(group.strip(), out_type=str)
            chunks += [group_pieces[k:k + limit] for k in range(0, len(group_pieces), limit)]  # a clause too long: cut hard
        return [c for c in chunks if c]

    def _cap(self, length: int) -> int:
        if not self.options.guards:
            return 256
        return min(256, int(self.options.max_length_ratio * length) + 10)

    def _decode_units(self, units: list[_Unit], guards: list[set[str]]) -> list[str]:
        order = sorted(range(len(units)), key=lambda k: len(units[k].pieces))
        outputs: list[str] = [""] * len(units)
        group = self.batch_size * self.inter_threads
        for start in range(0, len(order), group):
            chosen = order[start:start + group]
            batch = [units[k] for k in chosen]
            for k, text in zip(chosen, self._decode_batch(batch, guards)):
                outputs[k] = text
        return outputs

    def _decode_batch(self, batch: list[_Unit], guards: list[set[str]]) -> list[str]:
        """Decode units of similar length; decode again the ones a guard catches."""
        opts = self.options
        cap = self._cap(max(len(u.pieces) for u in batch))
        hypotheses = self._run([u.pieces for u in batch], cap, n_best=any(u.terms for u in batch))
        chosen = [self._choose(h, u.terms) for h, u in zip(hypotheses, batch)]
        if not opts.guards:
            return [self._detok(tokens) for tokens, _ in chosen]
        retry_rep = [k for k, (tokens, ended) in enumerate(chosen) if not ended or _runaway(tokens)]
        if retry_rep:
            again = self._run([batch[k].pieces for k in retry_rep], cap, n_best=False,
                              no_repeat_ngram_size=opts.no_repeat_ngram_size,
                              repetition_penalty=opts.repetition_penalty)
            for k, hyps in zip(retry_rep, again):
                guards[batch[k].owner].add("repetition")
                chosen[k] = hyps[0]
        for k, (tokens, ended) in enumerate(chosen):
            if not ended:
                guards[batch[k].owner].add("length_cap")
        texts = [self._detok(tokens) for tokens, _ in chosen]
        retry_empty = [k for k, text in enumerate(texts) if not text.strip() and "".join(batch[k].pieces).strip("▁")]
        if retry_empty:
            again = self._run([batch[k].pieces for k in retry_empty], cap, n_best=True, min_decoding_length=2)
            for k, hyps in zip(retry_empty, again):
                guards[batch[k].owner].add("empty_output")
                texts[k] = next((t for t in (self._detok(tokens) for tokens, _ in hyps) if t), "")
        return texts

    def _run(self, sources: list[list[str]], cap: int, n_best: bool, **extra) -> list[list[tuple[list[str], bool]]]:
        """translate_batch → per source, its hypotheses as (tokens, ended)."""
        beam = self.options.beam_size
        results = self._model.translate_batch(
            sources,
            beam_size=beam,
            num_hypotheses=beam if n_best else 1,
            length_penalty=self.options.length_penalty,
            max_decoding_length=cap,
            # Enough sub-batches for every replica to have one, however few the sources.
            max_batch_size=min(self.batch_size, -(-len(sources) // self.inter_threads)),
            replace_unknowns=True,
            return_end_token=True,
            **extra,
        )
        out = []
        for result in results:
            hyps = []
            for tokens in result.hypotheses:
                ended = bool(tokens) and tokens[-1] == END
                hyps.append((tokens[:-1] if ended else tokens, ended))
            out.append(hyps)
        return out

    def _choose(self, hyps: list[tuple[list[str], bool]], terms: list[Term]) -> tuple[list[str], bool]:
        if not terms or self.options.term_mode != "nbest":
            return hyps[0]
        for tokens, ended in hyps:
            text = self._detok(tokens)
            if all(_has_term(text, t[1]) for t in terms):
                return tokens, ended
        return hyps[0]

    def _detok(self, tokens: list[str]) -> str:
        """argostranslate's detokenisation: SentencePiece decode, ``_`` and ``▁`` → space."""
        return self._sp.decode_pieces(tokens).replace("▁", " ").replace("_", " ").strip()


def _has_term(text: str, english: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(english) + r"(?!\w)", text, re.IGNORECASE) is not None


def _runaway(tokens: list[str], n: int = 4, times: int = 3) -> bool:
    """A decoding loop: one piece four times in a row, or an n-gram ``times`` times.

    Loose enough that English which names the same thing twice passes.
    """
    run = 1
    for a, b in zip(tokens, tokens[1:]):
        run = run + 1 if a == b else 1
        if run >= 4:
            return True
    counts: dict[tuple[str, ...], int] = {}
    for i in range(len(tokens) - n + 1):
        gram = tuple(tokens[i:i + n])
        counts[gram] = counts.get(gram, 0) + 1
        if counts[gram] >= times:
            return True
    return False


def load_translator(package: str | os.PathLike | None = None, **options) -> Translator:
    """The translator for an installed zh→en package (the newest one by default).

    ``options`` are :class:`DecodingOptions` fields plus ``inter_threads``,
    ``intra_threads``, ``batch_size`` and ``compute_type``.  Raises
    :class:`~bitext.mt.packages.ModelNotInstalled` when there is no package.
    """
    engine_keys = {"inter_threads", "intra_threads", "batch_size", "compute_type"}
    engine = {k: v for k, v in options.items() if k in engine_keys}
    decoding = replace(DecodingOptions(), **{k: v for k, v in options.items() if k not in engine_keys})
    return Translator(find_package(package), decoding, **engine)
