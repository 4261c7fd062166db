"""What an alignment is made of: the unit, the shapes a unit may take, the score's weights."""

from __future__ import annotations

from dataclasses import dataclass

#: Unit shapes (Chinese segments, English segments) the DP may use.  Long
#: Chinese sentences are often split into many English ones, hence 1-4 to 1-6;
#: a translator who rewrites a passage gives 2-2, 2-3, 3-3 and 2-4 units.
SHAPES: tuple[tuple[int, int], ...] = (
    (1, 1), (1, 2), (2, 1), (1, 3), (3, 1), (2, 2),
    (1, 4), (4, 1), (2, 3), (3, 2), (1, 5), (5, 1), (3, 3), (2, 4), (4, 2), (1, 6), (6, 1),
    (1, 0), (0, 1),
)


@dataclass(frozen=True)
class AlignmentUnit:
    """Chinese segment indices aligned with English segment indices (0-based).

    ``score`` is the unit's own similarity (0 for a one-sided unit); ``margin``
    how much the best alignment of the whole text loses if this unit is
    forbidden (small: a close alternative exists; 99 when there is none);
    ``flagged`` marks a margin below the calibrated threshold.
    """

    zh: tuple[int, ...]
    en: tuple[int, ...]
    score: float
    flagged: bool
    margin: float = 0.0


@dataclass(frozen=True)
class AlignParams:
    """Weights of the score; tuned on MAC-Dev, kept few to avoid overfitting."""

    length_sigma: float = 0.6  # tolerance of log(length ratio), in natural-log units
    length_weight: float = 0.3  # share of the score given to the length agreement
    skip: float = -0.1  # score of an unaligned (1-0 / 0-1) segment
    member_weight: float = 0.5  # a unit joining Chinese segments loses this much per unit of cosine …
    member_floor: float = 0.15  # … that its weakest segment falls short of this with the unit's English
    quote_weight: float = 0.05  # units whose two sides end alike (closing a quotation or not) …
    mark_weight: float = 0.03  # … and with the same final ? or ! (or neither) score higher
    edge_terms: int = 5  # words at each end of a translation compared with the unit's first / last English segment
    edge_weight: float = 0.2  # a unit joining segments must also line up at both ends …
    edge_baseline: float = 0.1  # … scoring above this mean edge similarity to gain
    gloss_weight: float = 0.45  # share of the similarity taken from dictionary glosses, when given
    paragraph_weight: float = 0.05  # bonus for a unit ending where both sides end a paragraph (small: breaks move)
    join_gain: float = 0.13  # two neighbouring units become one (2-2, 2-3, …) when its own score beats both parts by more (MAC-Dev: .12–.15 help)
    flag_margin: float = 0.03  # flag units whose margin against the second-best path is below this (calibrated: best flag F1 on MAC-Dev)
