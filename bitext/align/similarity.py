"""How well a run of Chinese segments matches a run of English ones: the unit score.

Each segment becomes a TF-IDF weighted bag of stemmed English words (from its
bridge: machine translation, dictionary glosses or both); a unit joining
several segments is the sum of their bags, so its cosine with the other side
is read in constant time from 2-D prefix sums of the segment-by-segment dot
products.  To that cosine the score adds:

* length agreement: Chinese characters against English characters, scaled by
  the ratio of the whole texts (so no language-pair constant).  It counts in
  proportion to the lexical evidence, except for a Chinese run with no bridge
  words at all, where length is all there is to go on;
* end agreement: both sides' last segments close a quotation, or end in ``?``
  or ``!``, or neither does;
* edge agreement, for units joining segments: the first words of the first
  translation match the first English segment, the last words the last one;
* member agreement, for units joining Chinese segments: each of them must
  share something with the unit's English, so a sentence the translator left
  out is not absorbed by its neighbour's unit.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np

from .units import SHAPES, AlignParams

_CLOSING_QUOTES = "”」』’'\""
_FINAL_MARKS = {"?": 1.0, "？": 1.0, "!": 2.0, "！": 2.0}


@dataclass(frozen=True)
class _Side:
    """What the scorer needs of one side besides its bags: lengths and how each segment ends."""

    lengths: np.ndarray
    closes_quote: np.ndarray  # 1.0 where the segment's last visible character closes a quotation
    final_mark: np.ndarray  # 1.0 question, 2.0 exclamation, 0.0 anything else (quotes aside)

    @classmethod
    def of(cls, segments: Sequence[str]) -> _Side:
        ends = [text.rstrip() for text in segments]
        marks = [end.rstrip(_CLOSING_QUOTES).rstrip()[-1:] for end in ends]
        return cls(
            lengths=np.array([max(len(text), 1) for text in segments], dtype=float),
            closes_quote=np.array([float(end[-1:] in tuple(_CLOSING_QUOTES)) for end in ends]),
            final_mark=np.array([_FINAL_MARKS.get(mark, 0.0) for mark in marks]),
        )


def _agreement(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """+1 where both carry the same mark, -1 where they differ, 0 where neither has one."""
    same = (x[:, None] == y[None, :]) & (x[:, None] > 0)
    return same.astype(float) - (x[:, None] != y[None, :])


@dataclass(frozen=True)
class Bags:
    """Sparse TF-IDF bags: one entry per (segment, term) with its weight, ``size`` segments.

    Sparse because a chapter's vocabulary runs to thousands of terms of which
    a sentence uses a dozen, and because dense products go through BLAS,
    whose threads spin on a busy machine: the pair sums below use one core.
    """

    rows: np.ndarray
    terms: np.ndarray
    weights: np.ndarray
    size: int

    def norms(self) -> np.ndarray:
        return np.sqrt(np.bincount(self.rows, weights=self.weights ** 2, minlength=self.size))


def _counts(docs: Sequence[Sequence[str]], vocab: dict[str, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows, terms, counts = [], [], []
    for row, doc in enumerate(docs):
        for term, count in Counter(doc).items():
            rows.append(row)
            terms.append(vocab.setdefault(term, len(vocab)))
            counts.append(count)
    return np.array(rows, dtype=np.int64), np.array(terms, dtype=np.int64), np.array(counts, dtype=float)


def _weighted_bags(source: Sequence[Sequence[str]], target: Sequence[Sequence[str]]) -> tuple[Bags, Bags]:
    """TF-IDF bags over a shared vocabulary (IDF over both sides' segments)."""
    vocab: dict[str, int] = {}
    x, y = _counts(source, vocab), _counts(target, vocab)
    df = np.bincount(x[1], minlength=len(vocab)) + np.bincount(y[1], minlength=len(vocab))
    idf = np.log1p((len(source) + len(target)) / np.maximum(df, 1))
    return (Bags(x[0], x[1], x[2] * idf[x[1]], len(source)), Bags(y[0], y[1], y[2] * idf[y[1]], len(target)))


#: Entry pairs summed at once by :func:`_dots`: bounds its memory (about 40 bytes a pair).
_PAIRS_AT_ONCE = 1 << 20


def _dots(x: Bags, y: Bags) -> np.ndarray:
    """The dense matrix of dot products ``x[i] · y[j]``, summed term by term over the entries both share."""
    order = np.argsort(y.terms, kind="stable")
    y_terms, y_rows, y_weights = y.terms[order], y.rows[order], y.weights[order]
    vocabulary = int(max(x.terms.max(initial=-1), y.terms.max(initial=-1))) + 1
    per_term = np.bincount(y_terms, minlength=vocabulary)
    first = np.concatenate([[0], np.cumsum(per_term)[:-1]])
    partners = per_term[x.terms] if len(x.terms) else np.zeros(0, dtype=np.int64)
    dots = np.zeros(x.size * y.size)
    ends = np.cumsum(partners)
    lo = 0
    while lo < len(partners):  # x entries in chunks of about _PAIRS_AT_ONCE pairs
        hi = max(int(np.searchsorted(ends, (ends[lo - 1] if lo else 0) + _PAIRS_AT_ONCE, side="right")), lo + 1)
        reps = partners[lo:hi]
        entry = np.repeat(np.arange(lo, hi), reps)
        offset = np.arange(len(entry)) - np.repeat(np.cumsum(reps) - reps, reps)
        partner = first[x.terms[entry]] + offset
        dots += np.bincount(x.rows[entry] * y.size + y_rows[partner], weights=x.weights[entry] * y_weights[partner],
                            minlength=len(dots))
        lo = hi
    return dots.reshape(x.size, y.size)


def _cosine_matrix(x: Bags, y: Bags) -> np.ndarray:
    denom = np.outer(x.norms(), y.norms())
    return np.divide(_dots(x, y), denom, out=np.zeros(denom.shape), where=denom > 0)


def _run_norms(x: Bags, sizes: Iterable[int]) -> dict[int, np.ndarray]:
    """Norm of the sum of every k consecutive rows of ``x`` (k in ``sizes``), from dot products of nearby rows.

    ``|x[s] + … + x[s+k-1]|²`` is the sum of ``x[p]·x[q]`` over the run; only the
    products of rows less than k apart are needed.
    """
    sizes = sorted(set(sizes))
    n = x.size
    gram = _dots(x, x)
    near = [np.diagonal(gram, d) for d in range(min(sizes[-1], max(n, 1)))]
    near += [np.zeros(0)] * (sizes[-1] - len(near))
    prefixes = [np.concatenate([[0.0], np.cumsum(g)]) for g in near]
    norms = {}
    for k in sizes:
        starts = np.arange(max(n - k + 1, 0))
        squared = sum((1 if d == 0 else 2) * (prefixes[d][starts + k - d] - prefixes[d][starts]) for d in range(k))
        norms[k] = np.sqrt(np.maximum(squared, 0.0))
    return norms


def _run_lengths(lengths: np.ndarray, k: int) -> np.ndarray:
    """Total length of every run of k consecutive segments, indexed by the run's end (k … n)."""
    prefix = np.concatenate([[0.0], np.cumsum(lengths)])
    return prefix[k:] - prefix[:-k]


@dataclass(frozen=True)
class Bridge:
    """One way of reaching English from the Chinese: bags of both sides and this view's share of the cosine."""

    source: Bags
    target: Bags
    weight: float


def unit_similarities(
    bridges: Sequence[Bridge],
    edges: tuple[np.ndarray, np.ndarray] | None,
    zh: Sequence[str],
    en: Sequence[str],
    params: AlignParams,
) -> tuple[np.ndarray, np.ndarray]:
    """Similarity of every unit of every shape: ``sims[k, i, j]`` for x[i-a:i] ↔ y[j-b:j], (a, b) = SHAPES[k].

    Cells where the unit does not fit are ``-inf``; one-sided shapes hold ``params.skip``.
    Also returned, in the same layout: the score with the edge agreement counted for 1-1
    units too (the path counts it only for joined ones), so that a joined unit and
    its parts can be compared on equal terms.
    """
    source, target = _Side.of(zh), _Side.of(en)
    n, m = len(zh), len(en)
    sims = np.full((len(SHAPES), n + 1, m + 1), -np.inf)
    even = np.full_like(sims, -np.inf)
    views = []
    for bridge in bridges:
        dots = np.zeros((n + 1, m + 1))
        dots[1:, 1:] = np.cumsum(np.cumsum(_dots(bridge.source, bridge.target), axis=0), axis=1)
        views.append((dots, _run_norms(bridge.source, (a for a, _ in SHAPES if a)),
                      _run_norms(bridge.target, (b for _, b in SHAPES if b)), bridge.weight))
    ratio = target.lengths.sum() / max(source.lengths.sum(), 1.0)
    log_ratio = math.log(ratio) if ratio > 0 else 0.0
    # A unit's last segments on the two sides should end alike: a turn of
    # dialogue closes its quotation in both languages.
    endings = (params.quote_weight * _agreement(source.closes_quote, target.closes_quote)
               + params.mark_weight * _agreement(source.final_mark, target.final_mark))
    singles: dict[int, np.ndarray] = {}  # English run size → cosines of single Chinese segments with runs
    for k, (a, b) in enumerate(SHAPES):
        if a > n or b > m:
            continue
        if not a or not b:
            sims[k, a:, b:] = params.skip
            continue
        cosine = np.zeros((n + 1 - a, m + 1 - b))
        bridged = np.zeros(n + 1 - a, dtype=bool)
        for dots, norms_x, norms_y, weight in views:
            cosine += weight * _block_cosine(dots, norms_x[a], norms_y[b], a, b)
            bridged |= norms_x[a] > 0
        deviation = np.log(np.outer(1.0 / _run_lengths(source.lengths, a), _run_lengths(target.lengths, b))) - log_ratio
        length = np.exp(-0.5 * (deviation / params.length_sigma) ** 2)
        gate = np.where(bridged[:, None], np.minimum(cosine * 4, 1), 1.0)
        similarity = (1 - params.length_weight) * cosine + params.length_weight * length * gate
        similarity += endings[a - 1:, b - 1:]
        edge_term = 0.0
        if edges is not None:
            # Joined segments must line up at the unit's edges: the opening words of
            # its first translation with its first English segment, the closing
            # words of its last translation with its last English segment.
            heads, tails = edges
            edge = (heads[: n + 1 - a, : m + 1 - b] + tails[a - 1:, b - 1:]) / 2
            edge_term = params.edge_weight * (edge - params.edge_baseline)
        if a > 1 or b > 1:
            similarity += edge_term
        if a > 1 and views:
            if b not in singles:
                singles[b] = _single_cosines(views, b, n, m)
            weakest = _weakest_member(singles[b], a, n)
            similarity -= params.member_weight * np.maximum(0.0, params.member_floor - weakest)
        sims[k, a:, b:] = similarity
        even[k, a:, b:] = similarity if a > 1 or b > 1 else similarity + edge_term
    return sims, even


def _single_cosines(views, b: int, n: int, m: int) -> np.ndarray:
    """Cosine of every single Chinese segment (rows) with every English run of b segments (by run end).

    A segment without bridge words says nothing: its row is ``inf``, never the weakest.
    """
    cosine = np.zeros((n, m + 1 - b))
    known = np.zeros(n, dtype=bool)
    for dots, norms_x, norms_y, weight in views:
        cosine += weight * _block_cosine(dots, norms_x[1], norms_y[b], 1, b)
        known |= norms_x[1] > 0
    return np.where(known[:, None], cosine, np.inf)


def _weakest_member(single: np.ndarray, a: int, n: int) -> np.ndarray:
    """For every unit of a Chinese segments: the lowest cosine of one of them with the unit's English run."""
    return np.minimum.reduce([single[t: n + 1 - a + t] for t in range(a)])


def _block_cosine(dot_prefix: np.ndarray, norms_x: np.ndarray, norms_y: np.ndarray, a: int, b: int) -> np.ndarray:
    """Cosine of every a-segment run of one side with every b-segment run of the other, by run ends."""
    upper, lower = dot_prefix[a:], dot_prefix[:-a]
    dot = (upper[:, b:] - lower[:, b:]) - (upper[:, :-b] - lower[:, :-b])
    denom = np.outer(norms_x, norms_y)
    return np.divide(dot, denom, out=np.zeros_like(dot), where=denom > 0)


def lexical_bridges(
    source: Sequence[Sequence[str]] | None,
    glossed: Sequence[Sequence[str]] | None,
    target: Sequence[Sequence[str]],
    gloss_weight: float,
) -> list[Bridge]:
    """The bridges available: MT terms, dictionary-gloss terms, both (mixed by ``gloss_weight``) or none."""
    bridges = []
    if source is not None:
        bridges.append(Bridge(*_weighted_bags(source, target), 1.0 if glossed is None else 1 - gloss_weight))
    if glossed is not None:
        bridges.append(Bridge(*_weighted_bags(glossed, target), 1.0 if source is None else gloss_weight))
    return bridges


def edge_similarities(words: Sequence[Sequence[str]], target: list[list[str]], k: int) -> tuple[np.ndarray, np.ndarray]:
    """Cosine of the first and of the last k terms of each translation with each English segment."""
    bags, english = _weighted_bags([w[:k] for w in words] + [w[-k:] for w in words], target)
    n = len(words)
    head = bags.rows < n
    heads = Bags(bags.rows[head], bags.terms[head], bags.weights[head], n)
    tails = Bags(bags.rows[~head] - n, bags.terms[~head], bags.weights[~head], n)
    return _cosine_matrix(heads, english), _cosine_matrix(tails, english)
