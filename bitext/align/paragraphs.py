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
#: ``8 · len(SHAPES) · 3`` bytes per cell, some 120 MB.
WINDOW_CELLS = 250_000


def _flat(paragraphs: Sequence[Sequence[str]] | None, group: Sequence[int]) -> list[str] | None:
    return None if paragraphs is None else [s for p in group for s in paragraphs[p]]


def _ends(paragraphs: Sequence[Sequence[str]], group: Sequence[int]) -> list[bool]:
    return [k == len(paragraphs[p]) - 1 for p in group for k in range(len(paragraphs[p]))]


def _windows(zh, mt, en, glossary, glosses, params) -> list[tuple[list[int], list[int]]]:
    """Groups of paragraphs (Chinese, English) small enough to align in one table."""
    def size(group: Sequence[int], side) -> int:
        return sum(len(side[p]) for p in group)

    everything = (list(range(len(zh))), list(range(len(en))))
    if size(everything[0], zh) * size(everything[1], en) <= WINDOW_CELLS:
        return [everything]
    units = align_segments(
        ["".join(p) for p in zh], None if mt is None else [" ".join(p) for p in mt], [" ".join(p) for p in en],
        anchors=glossary, glosses=None if glosses is None else [" ".join(p) for p in glosses], params=params,
    )
    windows: list[tuple[list[int], list[int]]] = [([], [])]
    for unit in units:
        window = windows[-1]
        window[0].extend(unit.zh)
        window[1].extend(unit.en)
        cells = size(window[0], zh) * size(window[1], en)
        confident = len(unit.zh) == 1 and len(unit.en) == 1 and not unit.flagged
        if (cells > WINDOW_CELLS // 4 and confident) or cells > WINDOW_CELLS // 2:  # the latter: no choice left
            windows.append(([], []))
    return [w for w in windows if w[0] or w[1]]


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
    units: list[AlignmentUnit] = []
    zh_start = en_start = 0
    for zh_group, en_group in _windows(zh, mt, en, glossary, glosses, params):
        zh_sents, en_sents = _flat(zh, zh_group), _flat(en, en_group)
        inner = align_segments(zh_sents, _flat(mt, zh_group), en_sents, anchors=glossary,
                               glosses=_flat(glosses, zh_group), params=params,
                               paragraph_ends=(_ends(zh, zh_group), _ends(en, en_group)))
        units.extend(AlignmentUnit(tuple(zh_start + i for i in u.zh), tuple(en_start + j for j in u.en),
                                   u.score, u.flagged, u.margin) for u in inner)
        zh_start += len(zh_sents)
        en_start += len(en_sents)
    return units


