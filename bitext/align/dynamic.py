"""The dynamic programme: the best monotone path of units, and each unit's margin against the second best.

``values[k, i, j]`` is what the unit of shape ``SHAPES[k]`` ending after
Chinese segment ``i`` and English segment ``j`` adds to a path (``-inf``
where it does not fit).  The forward pass gives the best total reaching each
cell, the backward pass the best total from each cell to the end; their sum
through a unit is the best total of any path using it.  Every path covers a
given segment with exactly one unit, so the best path *without* a unit is the
best path using another unit over that unit's first segment: the margin.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .units import SHAPES

_SKIP_EN = SHAPES.index((0, 1))
#: Shapes that consume Chinese segments (all but 0-1, which chains along a row).
_ROW_SHAPES = [(k, a, b) for k, (a, b) in enumerate(SHAPES) if a]


@dataclass(frozen=True)
class PathUnit:
    """One unit of the best path: its shape index and where it ends (exclusive segment counts)."""

    shape: int
    zh_end: int
    en_end: int
    margin: float


def _forward(values: np.ndarray, skip: float) -> tuple[np.ndarray, np.ndarray]:
    _, rows, cols = values.shape
    total = np.full((rows, cols), -np.inf)
    choice = np.full((rows, cols), -1, dtype=np.int8)
    steps = skip * np.arange(cols)
    for i in range(rows):
        row = np.full(cols, -np.inf)
        row_choice = np.full(cols, -1, dtype=np.int8)
        if i == 0:
            row[0] = 0.0
        for k, a, b in _ROW_SHAPES:
            if a > i or b >= cols:
                continue
            candidate = total[i - a, : cols - b] + values[k, i, b:]
            better = candidate > row[b:]
            row[b:][better] = candidate[better]
            row_choice[b:][better] = k
        # 0-1 units chain along the row: best of (row[j], row[j'] + (j - j') * skip).
        via_skip = np.maximum.accumulate(row - steps) + steps
        better = via_skip > row + 1e-12
        total[i] = np.where(better, via_skip, row)
        row_choice[better] = _SKIP_EN
        choice[i] = row_choice
    return total, choice


def _backward(values: np.ndarray, skip: float) -> np.ndarray:
    _, rows, cols = values.shape
    total = np.full((rows, cols), -np.inf)
    steps = skip * np.arange(cols)
    for i in range(rows - 1, -1, -1):
        row = np.full(cols, -np.inf)
        if i == rows - 1:
            row[-1] = 0.0
        for k, a, b in _ROW_SHAPES:
            if i + a >= rows or b >= cols:
                continue
            np.maximum(row[: cols - b], values[k, i + a, b:] + total[i + a, b:], out=row[: cols - b])
        via_skip = np.maximum.accumulate((row + steps)[::-1])[::-1] - steps
        total[i] = np.maximum(row, via_skip)
    return total


def best_path(values: np.ndarray, skip: float) -> list[PathUnit]:
    """The highest-scoring monotone path from (0, 0) to the last cell, each unit with its margin."""
    _, rows, cols = values.shape
    forward, choice = _forward(values, skip)
    backward = _backward(values, skip)
    through = np.full(values.shape, -np.inf)  # best total of a path using each unit
    for k, (a, b) in enumerate(SHAPES):
        if a < rows and b < cols:
            through[k, a:, b:] = forward[: rows - a, : cols - b] + values[k, a:, b:] + backward[a:, b:]
    by_row, by_col = through.max(axis=2), through.max(axis=1)
    best = forward[-1, -1]
    ends = []
    i, j = rows - 1, cols - 1
    while i or j:
        k = int(choice[i, j])
        ends.append((k, i, j))
        a, b = SHAPES[k]
        i, j = i - a, j - b
    path = []
    for k, i, j in reversed(ends):
        a, b = SHAPES[k]
        if a:  # units over its first Chinese segment end at rows i - a + 1 … i - a + a'
            first, others, own = i - a, by_row, through[k, i].copy()
            own[j] = -np.inf
            size_of, end = (lambda s: SHAPES[s][0]), i
        else:
            first, others, own = j - b, by_col, through[k, :, j].copy()
            own[i] = -np.inf
            size_of, end = (lambda s: SHAPES[s][1]), j
        rival = own.max()
        for s in range(len(SHAPES)):
            size = size_of(s)
            if size:
                lo, hi = first + 1, min(first + size, others.shape[1] - 1)
                span = [e for e in range(lo, hi + 1) if not (s == k and e == end)]
                if span:
                    rival = max(rival, others[s, span].max())
        path.append(PathUnit(k, i, j, float(best - rival) if np.isfinite(rival) else float("inf")))
    return path
