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
    # rivals[side][s, first]: best path using a shape-s unit that covers segment ``first`` of that side
    rivals = (_window_max(by_row, 0), _window_max(by_col, 1))
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
        side, size, end = (0, a, i) if a else (1, b, j)
        first = end - size
        own = through[k, i].copy() if a else through[k, :, j].copy()  # same shape and end: other columns (rows)
        own[j if a else i] = -np.inf
        by_end = by_row if a else by_col
        rival = max(own.max(), np.delete(rivals[side][:, first], k).max(), by_end[k, first + 1:end].max(initial=-np.inf))
        path.append(PathUnit(k, i, j, float(best - rival) if np.isfinite(rival) else float("inf")))
    return path


def _window_max(best_by_end: np.ndarray, side: int) -> np.ndarray:
    """``out[s, p]``: the largest ``best_by_end[s, e]`` over the ends e of shape-s units covering segment p."""
    count = best_by_end.shape[1] - 1
    out = np.full((len(SHAPES), max(count, 0)), -np.inf)
    for s, shape in enumerate(SHAPES):
        for e in range(1, shape[side] + 1):  # a unit covering p ends at p + 1 … p + size
            out[s, : max(count + 1 - e, 0)] = np.maximum(out[s, : max(count + 1 - e, 0)], best_by_end[s, e:])
    return out
