"""How the context model and the dictionary are combined, measured on held-out halves of CPP dev.

bitext reads a polyphone the g2pM BiLSTM scores (``bitext.pinyin.sentence``)
by :func:`~bitext.pinyin.sentence.combined_reading`: the best model
log-probability, a reading the word's dictionary entry gives getting a
bonus of 6 (the model must be about 99.75% sure to overrule the
dictionary).  This script swaps that rule for few-parameter alternatives
and scores each through the whole annotate path:

- ``bonus B``: the same rule with another bonus (a margin gate: the
  dictionary wins unless the model's log-probability margin exceeds B);
- ``max-prob gate T``: the dictionary reading wins whenever the model's
  top probability is below T, the model wins at or above it;
- ``char prior M``: where the word gives the character no reading, the
  character's most common reading (pypinyin's first) wins when the model's
  margin between its two best readings is below M (log units);
- ``longest match L, bonus B``: where the word gives the character no
  reading, the readings of the longest listed word of 2..L characters
  spanning it in the sentence (maximum matching over both phrase tables,
  across the segmenter's word boundaries) get bonus B.

Protocol: each family's parameter is chosen by the strict accuracy on the
first half of the split (lines 1-4947, ties to the mildest change, listed
first) and judged on the second half (lines 4948-9893); no other tuning.
Each row also gives the lenient figures (``pinyin_cpp.lenient_right``),
the learner suite (``tests/data/learner_pinyin.tsv``, through the test's
own reader) and the CPU speed of that one annotate run: warm (the same
text was read before, so the per-word caches are full; ``pinyin_cpp.py``
gives the cold figure), one run per rule, so identical rules can differ
by 15% on a busy machine (the load average is printed).

Usage: python benchmarks/pinyin_combination.py [--data DIR] (or BITEXT_DATA=DIR)
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from pinyin_cpp import bitext_readings, default_data_dir, halves, lenient_right, load_split  # noqa: E402
from test_learner_pinyin import SPOKEN_TONES, load_cases, target_readings  # noqa: E402

from bitext.pinyin import sentence  # noqa: E402
from bitext.pinyin.lexicon import _listed, word_readings  # noqa: E402
from bitext.pipeline import annotate_text  # noqa: E402

# rule(plan, index in the sentence, candidate readings, the word's readings, model log-probabilities) -> reading
Rule = Callable[[object, int, Sequence[str], Sequence[str], Sequence[float]], str]
OVERWHELMING = 1e6  # a bonus no model score can overcome (finite: -inf + inf would be nan)


def with_bonus(bonus: float) -> Rule:
    return lambda plan, index, candidates, in_word, scores: sentence.combined_reading(candidates, in_word, scores, bonus)


def max_prob_gate(threshold: float) -> Rule:
    def rule(plan, index, candidates, in_word, scores):
        sure = math.exp(max(scores)) >= threshold
        return sentence.combined_reading(candidates, in_word, scores, 0.0 if sure else OVERWHELMING)

    return rule


def margin(scores: Sequence[float]) -> float:
    """Log-probability of the model's best reading minus its second best (infinite with one reading)."""
    top = sorted((s for s in scores if s > -math.inf), reverse=True)
    return top[0] - top[1] if len(top) > 1 else math.inf


def char_prior(threshold: float) -> Rule:
    def rule(plan, index, candidates, in_word, scores):
        if not in_word and scores[0] > -math.inf and margin(scores) < threshold:
            return candidates[0]
        return sentence.combined_reading(candidates, in_word, scores)

    return rule


def longest_listed(context: str, at: int, longest: int) -> tuple[str, ...]:
    """The readings of ``context[at]`` in the longest listed words of 2..``longest`` characters that span it."""
    for size in range(longest, 1, -1):
        readings: dict[str, None] = {}
        for start in range(max(0, at - size + 1), min(at, len(context) - size) + 1):
            word = context[start : start + size]
            entry = word_readings(word) if word in _listed else None
            if entry is not None:
                readings.update(dict.fromkeys(entry[at - start]))
        if readings:
            return tuple(readings)
    return ()


def longest_match(longest: int, bonus: float) -> Rule:
    def rule(plan, index, candidates, in_word, scores):
        if not in_word:
            found = tuple(r for r in longest_listed(plan.context, plan.at[index], longest) if r in candidates)
            if found:
                return sentence.combined_reading(candidates, found, scores, bonus)
        return sentence.combined_reading(candidates, in_word, scores)

    return rule


FAMILIES: dict[str, list[tuple[str, Rule]]] = {
    "1 margin gate (the bonus)": [(f"bonus {b}", with_bonus(b)) for b in (6, 5, 7, 4, 8, 3)],
    "1 max-probability gate": [(f"max-prob gate {t}", max_prob_gate(t)) for t in (0.9975, 0.999, 0.9999, 0.99)],
    "2 longest dictionary match": [
        (f"longest match {n}, bonus {b}", longest_match(n, b)) for n, b in ((4, 6), (4, 2), (3, 6), (3, 2))
    ],
    "3 character prior": [(f"char prior {m}", char_prior(m)) for m in (0.25, 0.5, 1.0)],
}


@contextmanager
def rule_in_place(rule: Rule) -> Iterator[None]:
    """Every polyphone the model scores is read by ``rule`` instead of :func:`combined_reading`.

    The plan's own ``resolve`` still runs (erhua merge included): it asks
    ``combined_reading`` once per target in the order of ``plan.targets``,
    and is handed the rule's decisions in that order.
    """
    original_resolve, original_combined = sentence._Plan.resolve, sentence.combined_reading

    def resolve(plan, logp):
        decided = [rule(plan, i, candidates, in_word, logp[i]) for i, (candidates, in_word) in plan.targets.items()]
        decisions = iter(decided)
        sentence.combined_reading = lambda *_: next(decisions)
        try:
            return original_resolve(plan, logp)
        finally:
            sentence.combined_reading = original_combined

    sentence._Plan.resolve = resolve
    try:
        yield
    finally:
        sentence._Plan.resolve = original_resolve


def learner_accuracy() -> float:
    """Share of the learner suite's cases read as expected (the test's own reader and tone-change split)."""
    cases = load_cases()
    right = 0
    for spoken in (False, True):
        chosen = [case for case in cases if (case[0] in SPOKEN_TONES) == spoken]
        readings = target_readings([c[1] for c in chosen], [c[2] for c in chosen], spoken)
        right += sum(reading == case[3] for case, reading in zip(chosen, readings))
    return 100 * right / len(cases)


def measure(items, rule: Rule | None) -> tuple[list[str], float, float]:
    """Readings of the CPP items, CPU seconds of that annotate run, learner-suite accuracy."""
    with rule_in_place(rule) if rule else nullcontext():
        readings, clock = bitext_readings(items)
        return readings, clock.cpu, learner_accuracy()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="folder holding cpp/ (default ../shared/data)")
    args = parser.parse_args()
    items = load_split((args.data or default_data_dir()) / "cpp", "dev", None)
    gold = [label for _, _, label in items]
    chars = sum(len(s) for s, _, _ in items)
    words: list[tuple[str, int]] = []
    annotate_text("热身。", "warm-up")
    print("load average (1, 5, 15 min) before: " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    shipped, _ = bitext_readings(items, words)

    def row(name: str, readings: list[str], cpu: float, learner: float) -> list[float]:
        strict = halves([r == g for r, g in zip(readings, gold)])
        lenient = halves([lenient_right(r, g, w, k) for r, g, (w, k) in zip(readings, gold, words)])
        cells = " | ".join(f"{s:6.2f} {le:6.2f}" for (_, s), (_, le) in zip(strict, lenient))
        print(f"{name:28} | {cells} | {learner:6.2f} | {chars / cpu:8.0f}")
        return [s for _, s in strict]

    labels = [label for label, _ in halves([True] * len(items))]
    print(f"CPP dev, {len(items)} items; strict and lenient accuracy (%) per half; learner suite (%); chars/s CPU")
    print(f"{'rule':28} | " + " | ".join(f"{label:>13}" for label in labels) + " | learner | chars/s")
    readings, cpu, learner = measure(items, None)
    assert readings == shipped
    current = row("as shipped", readings, cpu, learner)
    summary = []
    for family, rules in FAMILIES.items():
        print(f"-- {family}")
        results = []
        for name, rule in rules:
            readings, cpu, learner = measure(items, rule)
            if name == "bonus 6":
                assert readings == shipped, "the rule swap changed the shipped rule's readings"
            results.append((name, row(name, readings, cpu, learner)))
        name, (first, second, whole) = max(results, key=lambda r: r[1][0])  # first best on the first half
        summary.append(
            f"  {family:28} chose {name!r} on lines {labels[0][6:]}: {first - current[0]:+.2f} there, "
            f"{second - current[1]:+.2f} on lines {labels[1][6:]} (held out), {whole - current[2]:+.2f} on all"
        )
    print("each family's parameter chosen on the first half, judged on the second (points against as shipped):")
    print("\n".join(summary))
    print(f"one item is {100 / (len(items) // 2):.3f} points of a half")
    print("load average (1, 5, 15 min) after: " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
