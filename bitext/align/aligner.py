"""Sentence alignment of one stretch of text: bridges → unit scores → best path → units with margins."""

from __future__ import annotations

from typing import Iterable, Sequence

import numpy as np

from .dynamic import best_path
from .refine import join_units
from .similarity import edge_similarities, lexical_bridges, unit_similarities
from .terms import chinese_anchors, english_terms
from .units import SHAPES, AlignmentUnit, AlignParams


def align_segments(
    zh: Sequence[str],
    mt: Sequence[str] | None,
    en: Sequence[str],
    *,
    anchors: Iterable[tuple[str, str]] = (),
    glosses: Sequence[str] | None = None,
    params: AlignParams = AlignParams(),
    paragraph_ends: tuple[Sequence[bool], Sequence[bool]] | None = None,
) -> list[AlignmentUnit]:
    """Align Chinese segments with English ones, using ``mt[i]`` as the English of ``zh[i]``.

    ``anchors`` are (Chinese, English) glossary pairs: a name present on the
    Chinese side adds its English form to that segment's bag.  ``glosses[i]``,
    if given, is English from a dictionary for the words of ``zh[i]``: a second
    bridge, independent of the MT's word choices (only words that occur in the
    English text count).  With ``mt=None`` the glosses are the only bridge
    (dictionary-only mode); with neither, lengths and sentence ends decide.
    ``paragraph_ends`` marks the segments of each side that end a paragraph:
    a unit ending where both sides end one scores a little more.  Every
    segment of both sides appears in exactly one unit, in order.
    """
    if (mt is not None and len(mt) != len(zh)) or (glosses is not None and len(glosses) != len(zh)):
        raise ValueError(f"{len(zh)} Chinese segments but {len(mt if mt is not None else glosses)} translations")
    glossary = list(anchors)
    target = [english_terms(e) for e in en]
    vocabulary = {term for terms in target for term in terms}
    translated = None if mt is None else [english_terms(t) for t in mt]
    source = None if mt is None else [t + chinese_anchors(z, glossary) for z, t in zip(zh, translated)]
    glossed = None if glosses is None else [[t for t in english_terms(g) if t in vocabulary] for g in glosses]
    bridges = lexical_bridges(source, glossed, target, params.gloss_weight)
    bridge_words = translated if translated is not None else glossed
    edges = None if bridge_words is None else edge_similarities(bridge_words, target, params.edge_terms)
    sims, even = unit_similarities(bridges, edges, zh, en, params)
    values = sims
    if paragraph_ends is not None:
        paired = np.array([a > 0 and b > 0 for a, b in SHAPES])
        zh_ends, en_ends = (np.concatenate([[True], np.asarray(e, dtype=bool)]) for e in paragraph_ends)
        values = sims + paired[:, None, None] * (params.paragraph_weight * np.outer(zh_ends, en_ends))
    path = best_path(values, params.skip)
    if mt is not None:  # joining is judged on the MT's words; with glosses alone it joined wrongly more often (dev)
        path = join_units(path, even, params.join_gain)
    units = []
    for step in path:
        a, b = SHAPES[step.shape]
        i, j = step.zh_end, step.en_end
        units.append(AlignmentUnit(
            zh=tuple(range(i - a, i)),
            en=tuple(range(j - b, j)),
            score=round(float(sims[step.shape, i, j]), 4) if a and b else 0.0,
            flagged=step.margin < params.flag_margin,
            margin=round(min(step.margin, 99.0), 4),
        ))
    return units
