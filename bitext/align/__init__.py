"""Sentence alignment of a Chinese text with an existing English translation.

The Chinese side reaches English through a bridge, machine translation
and/or dictionary glosses, compared with the human English (the idea behind
Bleualign); without any bridge, lengths and sentence ends decide.  The
modules, in the order the work flows:

* :mod:`.terms`: the words a segment is compared by;
* :mod:`.similarity`: the score of every possible unit;
* :mod:`.dynamic`: the best monotone path and each unit's margin against
  the second-best path (the confidence flag);
* :mod:`.aligner`: one stretch of sentences, end to end;
* :mod:`.paragraphs`: paragraph breaks as soft anchors;
* :mod:`.english`: splitting an English text into sentences.
"""

from .aligner import align_segments
from .english import split_english_sentences
from .paragraphs import align_paragraphs
from .terms import chinese_anchors, english_terms
from .units import SHAPES, AlignmentUnit, AlignParams

__all__ = ["SHAPES", "AlignParams", "AlignmentUnit", "align_paragraphs", "align_segments", "chinese_anchors",
           "english_terms", "split_english_sentences"]
