"""Paragraph mode: paragraph breaks as soft anchors, never as a chain the sentences must follow.

Translators merge, split and move paragraph breaks, so paragraphs are not
aligned first.  The sentences of the whole text are aligned at once; a unit
that ends where both sides end a paragraph gains a little, so matching breaks
help and moved ones cost nothing but the bonus.  Only a text too large for
one table of unit scores is cut into windows, at paragraph units that are
1-1 and confident in a first, paragraph-level alignment (or, failing one, at
any paragraph unit before the window outgrows the table).
"""

from __future__ import annotations

from typing import Iterable, Sequence

from .aligner import align_segments
from .units import AlignmentUnit, AlignParams

#: Cells (Chinese × English segments) of the largest window aligned in one table: about
#: ``8 · len(SHAPES) · 4`` bytes per cell, some 150 MB.
WINDOW_CELLS = 250_000

#: With windows, paragraphs longer than this many (Chinese) sentences are cut for the paragraph pass.
PIECE_SENTENCES = 20


def _pieces(paragraphs: Sequence[Sequence[str]], limit: int) -> list[tuple[int, int]]:
    """Spans of the flat sentence list: each paragraph, cut into runs of at most ``limit`` sentences."""
    spans, start = [], 0
    for paragraph in paragraphs:
        end = start + len(paragraph)
        spans.extend((lo, min(lo + limit, end)) for lo in range(start, end, limit))
        start = end
    return spans


def _windows(zh, mt, en, glossary, glosses, params) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Spans of sentences (Chinese, English) small enough to align in one table, cut between paragraphs.

    A paragraph too long for a window is cut into pieces (the Chinese of
    :data:`PIECE_SENTENCES` sentences, the English in proportion) for the
    paragraph pass only; its breaks stay where the translator put them.
    """
    n, m = (sum(len(p) for p in side) for side in (zh, en))
    if n * m <= WINDOW_CELLS:
        return [((0, n), (0, m))]
    zh_spans = _pieces(zh, PIECE_SENTENCES)
    en_spans = _pieces(en, max(1, round(PIECE_SENTENCES * m / max(n, 1))))
    flat = [None if side is None else [s for p in side for s in p] for side in (zh, mt, en, glosses)]

    def joined(side: list[str] | None, spans, glue: str) -> list[str] | None:
        return None if side is None else [glue.join(side[lo:hi]) for lo, hi in spans]

    units = align_segments(joined(flat[0], zh_spans, ""), joined(flat[1], zh_spans, " "), joined(flat[2], en_spans, " "),
                           anchors=glossary, glosses=joined(flat[3], zh_spans, " "), params=params)
    windows = []
    zh_lo = en_lo = zh_hi = en_hi = 0
    for unit in units:
        zh_hi = zh_spans[unit.zh[-1]][1] if unit.zh else zh_hi
        en_hi = en_spans[unit.en[-1]][1] if unit.en else en_hi
        cells = (zh_hi - zh_lo) * (en_hi - en_lo)
        confident = len(unit.zh) == 1 and len(unit.en) == 1 and not unit.flagged
        if (cells > WINDOW_CELLS // 4 and confident) or cells > WINDOW_CELLS // 2:  # the latter: no choice left
            windows.append(((zh_lo, zh_hi), (en_lo, en_hi)))
            zh_lo, en_lo = zh_hi, en_hi
    if (zh_lo, en_lo) != (n, m):
        windows.append(((zh_lo, n), (en_lo, m)))
    return windows


def _paragraph_ends(paragraphs: Sequence[Sequence[str]]) -> list[bool]:
    return [k == len(p) - 1 for p in paragraphs for k in range(len(p))]


def align_paragraphs(
    zh: Sequence[Sequence[str]],
    mt: Sequence[Sequence[str]] | None,
    en: Sequence[Sequence[str]],
    *,
    anchors: Iterable[tuple[str, str]] = (),
    glosses: Sequence[Sequence[str]] | None = None,
    params: AlignParams = AlignParams(),
) -> list[AlignmentUnit]:
    """Align the sentences of two texts given as paragraphs, breaks as soft anchors.

    Each argument is a list of paragraphs, each a list of sentences (``mt``
    and ``glosses`` parallel to ``zh``; ``mt=None`` for dictionary-only).  The
    units index the sentences of each side counted through the whole text.
    """
    glossary = list(anchors)
    flat = [None if side is None else [s for p in side for s in p] for side in (zh, mt, en, glosses)]
    zh_ends, en_ends = _paragraph_ends(zh), _paragraph_ends(en)
    units: list[AlignmentUnit] = []
    for (zh_lo, zh_hi), (en_lo, en_hi) in _windows(zh, mt, en, glossary, glosses, params):
        def part(side: list[str] | None) -> list[str] | None:
            return None if side is None else side[zh_lo:zh_hi]

        inner = align_segments(part(flat[0]), part(flat[1]), flat[2][en_lo:en_hi], anchors=glossary,
                               glosses=part(flat[3]), params=params,
                               paragraph_ends=(zh_ends[zh_lo:zh_hi], en_ends[en_lo:en_hi]))
        units.extend(AlignmentUnit(tuple(zh_lo + i for i in u.zh), tuple(en_lo + j for j in u.en),
                                   u.score, u.flagged, u.margin) for u in inner)
    return units
