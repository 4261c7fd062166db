"""A second pass over the best path: join two neighbouring units into one many-to-many unit when it clearly fits better.

The path sums unit scores, so two units of half the evidence each outscore
one unit of all of it: a 2-2 passage comes out as two 1-1 units.  Here a pair
of neighbouring units is judged by the joined unit's *own* score (cosine of
the concatenations, length, edges) against each of the two: joining wins only
when the whole clearly matches better than either part (Vecalign's and
Bertalign's refinement idea).  Two true 1-1 units do not pass, since the
cosine of their concatenations is about the mean of theirs.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .dynamic import PathUnit
from .units import SHAPES

_SHAPE_INDEX = {shape: k for k, shape in enumerate(SHAPES)}


@dataclass(frozen=True)
class _Span:
    zh: int
    en: int
    zh_end: int
    en_end: int
    margin: float

    @property
    def shape(self) -> tuple[int, int]:
        return self.zh, self.en


def join_units(path: list[PathUnit], sims: np.ndarray, threshold: float) -> list[PathUnit]:
    """The path with neighbouring paired units joined while the joined unit outscores both by ``threshold``.

    Only joins giving a unit with several segments on both sides (2-2, 2-3, …)
    in :data:`SHAPES` are tried; the best join goes first.  A joined unit's
    margin is the smaller of its parts' margins.
    """
    spans = []
    for step in path:
        a, b = SHAPES[step.shape]
        spans.append(_Span(a, b, step.zh_end, step.en_end, step.margin))

    def gain(left: _Span, right: _Span) -> float:
        shape = (left.zh + right.zh, left.en + right.en)
        if not (left.zh and left.en and right.zh and right.en) or min(shape) < 2 or shape not in _SHAPE_INDEX:
            return -np.inf
        joined = sims[_SHAPE_INDEX[shape], right.zh_end, right.en_end]
        parts = max(sims[_SHAPE_INDEX[left.shape], left.zh_end, left.en_end],
                    sims[_SHAPE_INDEX[right.shape], right.zh_end, right.en_end])
        return float(joined - parts)

    while len(spans) > 1:
        gains = [gain(left, right) for left, right in zip(spans, spans[1:])]
        best = int(np.argmax(gains))
        if gains[best] <= threshold:
            break
        left, right = spans[best], spans[best + 1]
        spans[best: best + 2] = [_Span(left.zh + right.zh, left.en + right.en, right.zh_end, right.en_end,
                                       min(left.margin, right.margin))]
    return [PathUnit(_SHAPE_INDEX[s.shape], s.zh_end, s.en_end, s.margin) for s in spans]
