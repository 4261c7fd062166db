"""Sentence alignment of a Chinese text with an existing English translation.

The Chinese side reaches English through machine translation; the MT is then
compared with the human English (the idea behind Bleualign).  Each segment
becomes a TF-IDF weighted bag of stemmed English words; a unit joining several
segments is the sum of their bags, so its cosine with the other side can be
read in constant time from 2-D prefix sums of the segment-by-segment dot
products.  A unit's score adds to that cosine (optionally mixed with a second
bridge, dictionary glosses of the Chinese words):

* length agreement: Chinese characters against English characters, scaled by
  the ratio of the whole texts (so no language-pair constant);
* end agreement: both sides' last segments close a quotation, or end in ``?``
  or ``!``, or neither does;
* edge agreement, for units joining segments: the first words of the first
  translation match the first English segment, the last words the last one.

A dynamic programme over the allowed unit shapes then picks the monotone path
with the highest total score, every segment used exactly once.  Each unit
counts once whatever its size, and an unaligned segment costs a fixed amount.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

import numpy as np

#: Unit shapes (Chinese segments, English segments) the DP may use.  Long
#: Chinese sentences are often split into many English ones, hence 1-4 and 1-5.
SHAPES: tuple[tuple[int, int], ...] = (
    (1, 1), (1, 2), (2, 1), (1, 3), (3, 1), (2, 2),
    (1, 4), (4, 1), (2, 3), (3, 2), (1, 5), (5, 1), (1, 0), (0, 1),
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
    skip: float = -0.1  # score of an unaligned (1-0 / 0-1) segment
    quote_weight: float = 0.05  # units whose two sides end alike (closing a quotation or not) …
    mark_weight: float = 0.03  # … and with the same final ? or ! (or neither) score higher
    edge_terms: int = 5  # words at each end of a translation compared with the unit's first / last English segment
    edge_weight: float = 0.2  # a unit joining segments must also line up at both ends …
    edge_baseline: float = 0.1  # … scoring above this mean edge similarity to gain
    gloss_weight: float = 0.45  # share of the similarity taken from dictionary glosses, when given
    flag_below: float = 0.5  # flag units scoring below this share of the text's median unit score


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+(?:[.,]\d+)*")
_MARKS = re.compile(r"[?!？！]")
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


@lru_cache(maxsize=65536)
def _term(word: str) -> str:
    word = word.replace("’", "'").split("'")[0]
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def english_terms(text: str) -> list[str]:
    """Lower-cased, crudely stemmed words (number words as digits), then ``?`` and ``!`` marks.

    Function words stay: with IDF weighting they still help, as do the marks
    of questions and exclamations, which translators keep.
    """
    terms = [_term(match.group()) for match in _WORD.finditer(text.lower())]
    terms.extend("?" if mark in "?？" else "!" for mark in _MARKS.findall(text))
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
    idf = np.log1p((len(source) + len(target)) / df)
    return x * idf, y * idf


def _run_sums(values: np.ndarray, k: int) -> np.ndarray:
    """Sum of the k rows ending at each index i (defined for i >= k)."""
    prefix = np.concatenate([np.zeros((1, *values.shape[1:])), np.cumsum(values, axis=0)])
    return prefix[k:] - prefix[:-k or None]


def _shared_dots(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """``x @ y.T`` over the terms both sides use (the others add nothing)."""
    shared = x.any(axis=0) & y.any(axis=0)
    return x[:, shared] @ y[:, shared].T


def _cosine_matrix(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    denom = np.outer(np.linalg.norm(x, axis=1), np.linalg.norm(y, axis=1))
    return np.divide(_shared_dots(x, y), denom, out=np.zeros(denom.shape), where=denom > 0)


def _edge_similarities(mt: Sequence[str], target: list[list[str]], k: int) -> tuple[np.ndarray, np.ndarray]:
    """Cosine of the first and of the last k words of each translation with each English segment."""
    words = [english_terms(t) for t in mt]
    bags, english = _weighted_bags([w[:k] for w in words] + [w[-k:] for w in words], target)
    return _cosine_matrix(bags[: len(mt)], english), _cosine_matrix(bags[len(mt):], english)


def _run_norms(x: np.ndarray, sizes: Iterable[int]) -> dict[int, np.ndarray]:
    """Norm of the sum of every k consecutive rows of ``x`` (k in ``sizes``), from dot products of nearby rows.

    ``|x[s] + … + x[s+k-1]|²`` is the sum of ``x[p]·x[q]`` over the run; only the
    products of rows less than k apart are needed, so no n-by-n Gram matrix.
    """
    sizes = sorted(set(sizes))
    n = len(x)
    near = [np.einsum("ij,ij->i", x[: n - d], x[d:]) if d < n else np.zeros(0) for d in range(sizes[-1])]
    prefixes = [np.concatenate([[0.0], np.cumsum(g)]) for g in near]
    norms = {}
    for k in sizes:
        starts = np.arange(max(n - k + 1, 0))
        squared = sum((1 if d == 0 else 2) * (prefixes[d][starts + k - d] - prefixes[d][starts]) for d in range(k))
        norms[k] = np.sqrt(np.maximum(squared, 0.0))
    return norms


class _UnitScorer:
    """Scores of every unit shape at every position, as dense matrices."""

    def __init__(
        self,
        views: Sequence[tuple[np.ndarray, np.ndarray, float]],
        edges: tuple[np.ndarray, np.ndarray],
        source: _Side,
        target: _Side,
        params: AlignParams,
    ):
        self.params = params
        self.views = []
        for x, y, weight in views:
            dots = np.zeros((len(x) + 1, len(y) + 1))
            dots[1:, 1:] = np.cumsum(np.cumsum(_shared_dots(x, y), axis=0), axis=1)
            norms_x = _run_norms(x, (a for a, _ in SHAPES if a))
            norms_y = _run_norms(y, (b for _, b in SHAPES if b))
            self.views.append((dots, norms_x, norms_y, weight))
        self.n, self.m = len(source.lengths), len(target.lengths)
        self.len_y = target.lengths
        self.len_prefix_x = np.concatenate([[0.0], np.cumsum(source.lengths)])
        ratio = target.lengths.sum() / max(source.lengths.sum(), 1.0)
        self.log_ratio = math.log(ratio) if ratio > 0 else 0.0
        # A unit's last segments on the two sides should end alike: a turn of
        # dialogue closes its quotation in both languages.
        self.heads, self.tails = edges
        self.endings = (params.quote_weight * _agreement(source.closes_quote, target.closes_quote)
                        + params.mark_weight * _agreement(source.final_mark, target.final_mark))

    def block(self, lo: int, hi: int, a: int, b: int) -> np.ndarray:
        """Scores of the units x[i-a:i] ↔ y[j-b:j], rows i = lo … hi-1 (lo >= a >= 1), columns j = b … m."""
        p = self.params
        if b == 0:
            return np.full((hi - lo, self.m + 1), p.skip)
        cosine = sum(weight * _block_cosine(dots, nx[a][lo - a:hi - a], ny[b], lo, hi, a, b)
                     for dots, nx, ny, weight in self.views)
        lx = self.len_prefix_x[lo:hi] - self.len_prefix_x[lo - a:hi - a]
        ly = _run_sums(self.len_y, b)
        deviation = np.log(np.outer(1.0 / np.maximum(lx, 1), np.maximum(ly, 1))) - self.log_ratio
        length = np.exp(-0.5 * (deviation / p.length_sigma) ** 2)
        # One score per unit, whatever its size: merging is worth it only when the
        # joined segments match better than the parts would apart.
        similarity = (1 - p.length_weight) * cosine + p.length_weight * length * np.minimum(cosine * 4, 1)
        similarity += self.endings[lo - 1:hi - 1, b - 1:]
        if a > 1 or b > 1:
            # Joined segments must line up at the unit's edges: the opening words of
            # its first translation with its first English segment, the closing
            # words of its last translation with its last English segment.
            edge = (self.heads[lo - a:hi - a, : self.m + 1 - b] + self.tails[lo - 1:hi - 1, b - 1:]) / 2
            similarity += p.edge_weight * (edge - p.edge_baseline)
        return similarity


def _block_cosine(dot_prefix: np.ndarray, norms_x: np.ndarray, norms_y: np.ndarray,
                  lo: int, hi: int, a: int, b: int) -> np.ndarray:
    """Cosine of the runs x[i-a:i] (lo <= i < hi) with every b-segment run of the other side."""
    upper, lower = dot_prefix[lo:hi], dot_prefix[lo - a:hi - a]
    width = upper.shape[1]
    dot = (upper[:, b:] - lower[:, b:]) - (upper[:, : width - b] - lower[:, : width - b])
    denom = np.outer(norms_x, norms_y)
    return np.divide(dot, denom, out=np.zeros_like(dot), where=denom > 0)


#: Rows of unit scores computed at once: bounds memory on long texts, keeps numpy calls few.
_BLOCK_ROWS = 128


def _best_path(scorer: _UnitScorer, n: int, m: int) -> list[tuple[int, int, float]]:
    """Highest-scoring monotone path; returns (a, b, unit score) per unit.

    Unit scores are made a block of rows at a time, so memory grows with n·m
    only for the running totals, the choices and the dot-product prefixes.
    """
    total = np.full((n + 1, m + 1), -np.inf)
    choice = np.full((n + 1, m + 1), -1, dtype=np.int8)
    total[0, 0] = 0.0
    skip = scorer.params.skip
    skip_col = SHAPES.index((0, 1))
    steps = skip * np.arange(m + 1)
    for lo in range(0, n + 1, _BLOCK_ROWS):
        hi = min(lo + _BLOCK_ROWS, n + 1)
        blocks = {
            k: (max(lo, a), scorer.block(max(lo, a), hi, a, b))
            for k, (a, b) in enumerate(SHAPES)
            if a and b <= m and max(lo, a) < hi
        }
        for i in range(lo, hi):
            row = total[i].copy()
            row_choice = choice[i].copy()
            for k, (first, scores) in blocks.items():
                a, b = SHAPES[k]
                if i < first:
                    continue
                candidate = np.full(m + 1, -np.inf)
                candidate[b:] = total[i - a, : m + 1 - b] + scores[i - first, : m + 1 - b]
                better = candidate > row
                row[better] = candidate[better]
                row_choice[better] = k
            # 0-1 units chain along the row: best of (row[j], row[j'] + (j - j') * skip).
            via_skip = np.maximum.accumulate(row - steps) + steps
            better = via_skip > row + 1e-12
            row = np.where(better, via_skip, row)
            row_choice[better] = skip_col
            total[i], choice[i] = row, row_choice
    path = []
    i, j = n, m
    while i or j:
        a, b = SHAPES[int(choice[i, j])]
        score = scorer.block(i, i + 1, a, b)[0, j - b] if a and b else skip
        path.append((a, b, float(score)))
        i, j = i - a, j - b
    path.reverse()
    return path


def align_segments(
    zh: Sequence[str],
    mt: Sequence[str],
    en: Sequence[str],
    *,
    anchors: Iterable[tuple[str, str]] = (),
    glosses: Sequence[str] | None = None,
    params: AlignParams = AlignParams(),
) -> list[AlignmentUnit]:
    """Align Chinese segments with English ones, using ``mt[i]`` as the English of ``zh[i]``.

    ``anchors`` are (Chinese, English) glossary pairs: a name present on the
    Chinese side adds its English form to that segment's bag.  ``glosses[i]``,
    if given, is English from a dictionary for the words of ``zh[i]``: a second
    bridge, independent of the MT's word choices (only words that occur in the
    English text count).  Every segment of both sides appears in exactly one
    unit, in order.
    """
    if len(zh) != len(mt) or (glosses is not None and len(glosses) != len(zh)):
        raise ValueError(f"{len(zh)} Chinese segments but {len(mt)} translations")
    glossary = list(anchors)
    source = [english_terms(t) + chinese_anchors(z, glossary) for z, t in zip(zh, mt)]
    target = [english_terms(e) for e in en]
    views = [(*_weighted_bags(source, target), 1.0)]
    if glosses is not None:
        vocabulary = {term for terms in target for term in terms}
        glossed = [[t for t in english_terms(g) if t in vocabulary] for g in glosses]
        views = [(*views[0][:2], 1 - params.gloss_weight), (*_weighted_bags(glossed, target), params.gloss_weight)]
    scorer = _UnitScorer(views, _edge_similarities(mt, target, params.edge_terms), _Side.of(zh), _Side.of(en), params)
    path = [(a, b, score if a and b else 0.0) for a, b, score in _best_path(scorer, len(zh), len(en))]
    # How closely a translation follows its original varies from text to text,
    # so "low" is judged against this text's own typical unit.
    paired = [score for a, b, score in path if a and b]
    threshold = params.flag_below * float(np.median(paired)) if paired else 0.0
    units = []
    i = j = 0
    for a, b, score in path:
        units.append(
            AlignmentUnit(
                zh=tuple(range(i, i + a)),
                en=tuple(range(j, j + b)),
                score=round(score, 4),
                flagged=not (a and b) or score < threshold,
            )
        )
        i, j = i + a, j + b
    return units


def _offset(unit: AlignmentUnit, zh_start: int, en_start: int) -> AlignmentUnit:
    return AlignmentUnit(
        zh=tuple(zh_start + i for i in unit.zh),
        en=tuple(en_start + j for j in unit.en),
        score=unit.score,
        flagged=unit.flagged,
    )


def align_paragraphs(
    zh: Sequence[Sequence[str]],
    mt: Sequence[Sequence[str]],
    en: Sequence[Sequence[str]],
    *,
    anchors: Iterable[tuple[str, str]] = (),
    glosses: Sequence[Sequence[str]] | None = None,
    params: AlignParams = AlignParams(),
) -> list[AlignmentUnit]:
    """Align paragraphs first, then the sentences inside each aligned group of paragraphs.

    Each argument is a list of paragraphs, each a list of sentences (``mt``
    and ``glosses`` parallel to ``zh``).  The units returned index the sentences of each side
    counted through the whole text, as :func:`align_segments` would.
    """
    glossary = list(anchors)
    if len(zh) <= 1 and len(en) <= 1:  # nothing to choose between at paragraph level
        groups = [(tuple(range(len(zh))), tuple(range(len(en))))]
    else:
        paragraph_units = align_segments(
            ["".join(p) for p in zh], [" ".join(p) for p in mt], [" ".join(p) for p in en],
            anchors=glossary, glosses=None if glosses is None else [" ".join(p) for p in glosses], params=params,
        )
        groups = [(u.zh, u.en) for u in paragraph_units]
    units: list[AlignmentUnit] = []
    zh_start = en_start = 0
    for zh_group, en_group in groups:
        zh_sents = [s for p in zh_group for s in zh[p]]
        mt_sents = [s for p in zh_group for s in mt[p]]
        en_sents = [s for p in en_group for s in en[p]]
        gloss_sents = None if glosses is None else [s for p in zh_group for s in glosses[p]]
        inner = align_segments(zh_sents, mt_sents, en_sents, anchors=glossary, glosses=gloss_sents, params=params)
        units.extend(_offset(u, zh_start, en_start) for u in inner)
        zh_start += len(zh_sents)
        en_start += len(en_sents)
    return units


_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr mt ft gen col lt sgt capt gov sen rep rev hon pres "
    "no nos vol fig p pp ed eds vs etc approx inc ltd co corp dept univ est "
    "jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e a.m p.m u.s u.k u.n".split()
)
_ENGLISH_END = re.compile(r"""([.!?]+|…)(["'”’)\]]*)(\s+)(?=["'“‘(\[]*[A-Z0-9])""")


def split_english_sentences(text: str) -> list[str]:
    """Sentences of an English paragraph.

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or
    brackets after it) followed by space and a capital or digit, except after
    a known abbreviation (Mr., Dr., U.S.) or a single initial (J. Smith).
    Decimals never end a sentence, having no space after the point.
    """
    sentences = []
    start = 0
    for match in _ENGLISH_END.finditer(text):
        if match.group(1) == ".":
            word = re.search(r"([\w.]+)$", text[start:match.start()])
            stem = word.group(1).lower().rstrip(".") if word else ""
            if stem in _ABBREVIATIONS or (len(stem) == 1 and stem.isalpha()):
                continue
        end = match.end(2)
        if text[start:end].strip():
            sentences.append(text[start:end].strip())
        start = match.end()
    if text[start:].strip():
        sentences.append(text[start:].strip())
    return sentences
