"""The learner-case suite: everyday sentences whose polyphones a beginner meets in week one.

``tests/data/learner_pinyin.tsv`` holds the sentences (written for this
suite), the target characters in brackets and their expected reading.  All
of them go through ``annotate_text`` -- the code path of ``bitext annotate``
-- as one document, a sentence per line; the 一/不 category with
``--tone-change``.  The test prints the accuracy per category and fails
below 97% overall, listing every miss (``pytest -s`` shows the report).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from bitext.pipeline import AnnotateOptions, annotate_text

SUITE = Path(__file__).parent / "data" / "learner_pinyin.tsv"
TARGET = re.compile(r"\[([^\]]+)\]")
SPOKEN_TONES = {"yi-bu"}  # categories read with --tone-change
REQUIRED = 0.97


def load_cases() -> list[tuple[str, str, list[tuple[int, int]], str]]:
    """(category, sentence without brackets, target spans in it, expected syllables) per line."""
    cases = []
    for line in SUITE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        category, marked, expected = line.split("\t")
        spans, plain, last = [], "", 0
        for match in TARGET.finditer(marked):
            plain += marked[last : match.start()]
            spans.append((len(plain), len(plain) + len(match.group(1))))
            plain += match.group(1)
            last = match.end()
        plain += marked[last:]
        assert spans, f"no [target] in {marked!r}"
        cases.append((category, plain, spans, expected))
    return cases


def target_readings(sentences: list[str], spans: list[list[tuple[int, int]]], tone_change: bool) -> list[str]:
    """The syllables bitext gives each sentence's targets (``--pinyin numbers``), merged 儿 left out."""
    doc = annotate_text("\n".join(sentences), "learner.txt", AnnotateOptions("numbers", tone_change))
    syllable_at = {}
    for token in doc.tokens():
        for k, syllable in enumerate(token.pinyin or ()):
            syllable_at[token.start + k] = syllable
    readings, line_start = [], 0
    for sentence, targets in zip(sentences, spans):
        syllables = [syllable_at.get(line_start + i, "?") for start, end in targets for i in range(start, end)]
        readings.append(" ".join(s for s in syllables if s))
        line_start += len(sentence) + 1
    return readings


def test_learner_cases_at_least_97_percent():
    cases = load_cases()
    assert len(cases) >= 150
    got: list[str] = [""] * len(cases)
    for spoken in (False, True):
        chosen = [i for i, case in enumerate(cases) if (case[0] in SPOKEN_TONES) == spoken]
        readings = target_readings([cases[i][1] for i in chosen], [cases[i][2] for i in chosen], spoken)
        for i, reading in zip(chosen, readings):
            got[i] = reading
    total, right = Counter(), Counter()
    misses = []
    for (category, sentence, spans, expected), reading in zip(cases, got):
        total[category] += 1
        if reading == expected:
            right[category] += 1
        else:
            targets = "".join(sentence[s:e] for s, e in spans)
            misses.append(f"{category}: {sentence} {targets} expected {expected}, got {reading}")
    accuracy = sum(right.values()) / len(cases)
    print(f"\nlearner suite: {sum(right.values())}/{len(cases)} = {accuracy:.1%}")
    for category in total:
        print(f"  {category:12} {right[category]}/{total[category]}")
    print("\n".join(f"  miss  {m}" for m in misses))
    assert accuracy >= REQUIRED, "\n".join(misses)


@pytest.mark.parametrize("category", sorted({c for c, _, _, _ in load_cases()}))
def test_every_category_has_cases(category):
    """The issue's categories are each covered by several sentences."""
    assert sum(c == category for c, _, _, _ in load_cases()) >= 10
