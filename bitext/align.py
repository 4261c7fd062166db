"""Sentence alignment of a Chinese text with an existing English translation.

The Chinese side reaches English through machine translation; the MT is then
compared with the human English (the idea behind Bleualign).  Each segment
becomes a TF-IDF weighted bag of stemmed English words; a unit joining several
segments is the sum of their bags, so its similarity to the other side can be
read in constant time from 2-D prefix sums of the segment-by-segment dot
products.  A dynamic programme over the allowed unit shapes then picks the
monotone path with the highest total score, every segment used exactly once.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np

#: Unit shapes (Chinese segments, English segments) the DP may use.
SHAPES: tuple[tuple[int, int], ...] = (
    (1, 1), (1, 2), (2, 1), (1, 3), (3, 1), (2, 2),
    (1, 4), (4, 1), (2, 3), (3, 2), (1, 0), (0, 1),
)


@dataclass(frozen=True)
class AlignmentUnit:
    """Chinese segment indices aligned with English segment indices (0-based)."""

    zh: tuple[int, ...]
    en: tuple[int, ...]
    score: float
    flagged: bool


@dataclass(frozen=True)
class AlignParams:
    """Weights of the score; tuned on MAC-Dev, kept few to avoid overfitting."""

    length_sigma: float = 0.6  # tolerance of log(length ratio), in natural-log units
    length_weight: float = 0.3  # share of the score given to the length agreement
    skip: float = -0.2  # score of an unaligned (1-0 / 0-1) segment
    merge_penalty: float = 0.0  # cost per extra segment in a unit
    flag_below: float = 0.15  # units scoring below this are flagged
    size_power: float = 0.0  # unit weight = (segments in unit) ** size_power
    margin: float = 0.0  # share of the mean similarity to all other positions subtracted


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+(?:[.,]\d+)*")
_SUFFIXES = ("ingly", "edly", "ing", "ies", "ied", "ed", "es", "ly", "s")

_NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUMBER_WORDS |= {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70",
                  "eighty": "80", "ninety": "90", "hundred": "100", "thousand": "1000"}


def english_terms(text: str) -> list[str]:
    """Lower-cased, crudely stemmed words; number words become digits."""
    terms = []
    for match in _WORD.finditer(text.lower()):
        word = match.group().replace("’", "'")
        word = word.split("'")[0] if "'" in word else word
        if word in _NUMBER_WORDS:
            terms.append(_NUMBER_WORDS[word])
            continue
        for suffix in _SUFFIXES:
            if len(word) > len(suffix) + 2 and word.endswith(suffix):
                word = word[: -len(suffix)]
                break
        terms.append(word)
    return terms


def chinese_anchors(text: str, glossary: Iterable[tuple[str, str]] = ()) -> list[str]:
    """Terms a Chinese segment shares with any English version of it.

    Latin words and digits are kept as written; every glossary pair whose
    Chinese form occurs contributes its English form's terms.
    """
    terms = english_terms(" ".join(_LATIN_OR_DIGIT.findall(text)))
    for chinese, english in glossary:
        if chinese and chinese in text:
            terms.extend(english_terms(english))
    return terms


def _bags(docs: Sequence[Sequence[str]], vocab: dict[str, int]) -> np.ndarray:
    bags = np.zeros((len(docs), len(vocab)))
    for row, terms in enumerate(docs):
        for term in terms:
            bags[row, vocab[term]] += 1.0
    return bags


def _weighted_bags(source: list[list[str]], target: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
    """TF-IDF bags over a shared vocabulary (IDF over both sides' segments)."""
    vocab: dict[str, int] = {}
    for terms in (*source, *target):
        for term in terms:
            vocab.setdefault(term, len(vocab))
    x, y = _bags(source, vocab), _bags(target, vocab)
    df = (x > 0).sum(axis=0) + (y > 0).sum(axis=0)
    idf = np.log((len(source) + len(target) + 1) / (df + 1))
    return x * idf, y * idf


def _block_sums(prefix: np.ndarray, a: int, b: int) -> np.ndarray:
    """Sum over the a-by-b block ending at each (i, j) of a 2-D prefix array."""
    return prefix[a:, b:] - prefix[:-a or None, b:] - prefix[a:, : -b or None] + prefix[:-a or None, : -b or None]


def _run_sums(values: np.ndarray, k: int) -> np.ndarray:
    """Sum of the k rows ending at each index i (defined for i >= k)."""
    prefix = np.concatenate([np.zeros((1, *values.shape[1:])), np.cumsum(values, axis=0)])
    return prefix[k:] - prefix[:-k or None]


class _UnitScorer:
    """Scores of every unit shape at every position, as dense matrices."""

    def __init__(self, x: np.ndarray, y: np.ndarray, len_x: np.ndarray, len_y: np.ndarray, params: AlignParams):
        self.params = params
        dots = np.zeros((len(x) + 1, len(y) + 1))
        dots[1:, 1:] = np.cumsum(np.cumsum(x @ y.T, axis=0), axis=1)
        self.dot_prefix = dots
        self.x, self.y = x, y
        self.len_x, self.len_y = len_x, len_y
        ratio = len_y.sum() / max(len_x.sum(), 1.0)
        self.log_ratio = math.log(ratio) if ratio > 0 else 0.0

    def score(self, a: int, b: int) -> np.ndarray:
        """Matrix S with S[i, j] = score of the unit x[i-a:i] ↔ y[j-b:j]."""
        p = self.params
        n, m = len(self.x), len(self.y)
        full = np.full((n + 1, m + 1), -np.inf)
        if a == 0 or b == 0:
            full[a:, b:] = p.skip
            return full
        dot = _block_sums(self.dot_prefix, a, b)
        norm_x = np.linalg.norm(_run_sums(self.x, a), axis=1)
        norm_y = np.linalg.norm(_run_sums(self.y, b), axis=1)
        denom = np.outer(norm_x, norm_y)
        cosine = np.divide(dot, denom, out=np.zeros_like(dot), where=denom > 0)
        if p.margin:
            cosine = cosine - p.margin * 0.5 * (cosine.mean(axis=1, keepdims=True) + cosine.mean(axis=0, keepdims=True))
        lx = _run_sums(self.len_x, a)
        ly = _run_sums(self.len_y, b)
        deviation = np.log(np.outer(1.0 / np.maximum(lx, 1), np.maximum(ly, 1))) - self.log_ratio
        length = np.exp(-0.5 * (deviation / p.length_sigma) ** 2)
        similarity = (1 - p.length_weight) * cosine + p.length_weight * length * np.minimum(cosine * 4, 1)
        full[a:, b:] = (a + b) ** p.size_power * similarity - p.merge_penalty * (a + b - 2)
        return full


def _best_path(scorer: _UnitScorer, n: int, m: int) -> list[tuple[int, int, float]]:
    """Highest-scoring monotone path; returns (a, b, unit score) per unit."""
    scores = [scorer.score(a, b) for a, b in SHAPES]
    total = np.full((n + 1, m + 1), -np.inf)
    choice = np.full((n + 1, m + 1), -1, dtype=np.int8)
    total[0, 0] = 0.0
    skip_col = SHAPES.index((0, 1))
    for i in range(n + 1):
        row = total[i].copy()
        row_choice = choice[i].copy()
        for k, (a, b) in enumerate(SHAPES):
            if a == 0 or a > i:
                continue
            candidate = np.full(m + 1, -np.inf)
            candidate[b:] = total[i - a, : m + 1 - b] + scores[k][i, b:]
            better = candidate > row
            row[better] = candidate[better]
            row_choice[better] = k
        # 0-1 units chain along the row: best of (row[j], row[j'] + (j - j') * skip).
        skip = scorer.params.skip
        shifted = row - skip * np.arange(m + 1)
        running = np.maximum.accumulate(shifted)
        via_skip = running + skip * np.arange(m + 1)
        better = via_skip > row + 1e-12
        row = np.where(better, via_skip, row)
        row_choice[better] = skip_col
        total[i], choice[i] = row, row_choice
    path = []
    i, j = n, m
    while i or j:
        k = int(choice[i, j])
        a, b = SHAPES[k]
        path.append((a, b, float(scores[k][i, j])))
        i, j = i - a, j - b
    path.reverse()
    return path


def align_segments(
    zh: Sequence[str],
    mt: Sequence[str],
    en: Sequence[str],
    *,
    anchors: Iterable[tuple[str, str]] = (),
    params: AlignParams = AlignParams(),
) -> list[AlignmentUnit]:
    """Align Chinese segments with English ones, using ``mt[i]`` as the English of ``zh[i]``.

    ``anchors`` are (Chinese, English) glossary pairs: a name present on the
    Chinese side adds its English form to that segment's bag.  Every segment of
    both sides appears in exactly one unit, in order.
    """
    if len(zh) != len(mt):
        raise ValueError(f"{len(zh)} Chinese segments but {len(mt)} translations")
    glossary = list(anchors)
    source = [english_terms(t) + chinese_anchors(z, glossary) for z, t in zip(zh, mt)]
    target = [english_terms(e) for e in en]
    x, y = _weighted_bags(source, target)
    len_x = np.array([max(len(t), 1) for t in mt], dtype=float)
    len_y = np.array([max(len(e), 1) for e in en], dtype=float)
    scorer = _UnitScorer(x, y, len_x, len_y, params)
    units = []
    i = j = 0
    for a, b, score in _best_path(scorer, len(zh), len(en)):
        per_segment = score / (a + b) if a and b else 0.0
        units.append(
            AlignmentUnit(
                zh=tuple(range(i, i + a)),
                en=tuple(range(j, j + b)),
                score=round(per_segment, 4),
                flagged=per_segment < params.flag_below,
            )
        )
        i, j = i + a, j + b
    return units
