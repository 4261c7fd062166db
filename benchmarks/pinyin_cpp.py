"""Polyphone accuracy and speed of bitext's pinyin on CPP, with the baselines in the same run.

CPP (Chinese Polyphones with Pinyin, Apache-2.0) marks one polyphonic
character per sentence with U+2581 on both sides and gives its gold reading
(numbered, 5 = neutral, ``u:`` = ü).  All sentences, marks removed, are
annotated as one document, one paragraph per line, through
``bitext.pipeline.annotate_text`` -- the code path of ``bitext annotate``;
the syllable of the marked character is read from the token that covers it.
A second row swaps the pipeline's pinyin step for
``bitext.pinyin.add_document_pinyin`` (all sentences in one batched call,
each sentence's full text as context).
An erhua 儿 merged into the syllable before it (``""``) counts as CPP's
``r5``, and that syllable is compared without its ``r``.

A second line scores bitext leniently: a neutral tone counts as right
where the gold has the same syllable with its full tone and CC-CEDICT or
pypinyin lists the word holding the character with the neutral tone
(认识 rènshi, 衣服 yīfu: bitext writes what a dictionary and a teacher
write, CPP the citation tone).  The strict figure is the one quoted.

Both lines are also given for the two halves of the split by line number:
a rule tuned by looking at errors of the first half is honestly measured
only on the second, and the gap between the halves shows how much of a
gain was fitted to the items it was found on.

Baselines, measured here on the same sentences: pypinyin ``lazy_pinyin``
(TONE3, neutral tone 5), pypinyin with pypinyin-dict's CC-CEDICT phrases, and
g2pM when it is installed.  Speeds are characters of input per second on one
process, by the wall clock and by the process's CPU time (the figure to
trust on a shared machine).  ``--traditional`` first turns every sentence
into Traditional characters with OpenCC (s2t), as a Traditional article
would come in, and measures the same methods on that.

``--compare DIR`` measures, in the same run, the annotate path of another
checkout of bitext (``../main``, say: the before of a change), each tree
``--repeats`` times in turn, each run in a fresh process of its own (no
cache carried over from a previous repeat); the speed is the median.  The load average is
printed before and after, since other work on the machine slows the wall
clock (the CPU figure much less).

Usage: python benchmarks/pinyin_cpp.py [--data DIR] [--split dev] [--limit N] [--traditional]
       [--compare DIR] [--repeats N] (or BITEXT_DATA=DIR)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bitext.model import TokenKind  # noqa: E402
from bitext.pipeline import AnnotateOptions, annotate_text  # noqa: E402

MARK = "\u2581"
PUBLISHED_TEST = {"pypinyin 0.36": 86.13, "g2pC": 84.45, "g2pM": 97.31, "g2pW (BERT)": 99.08}


def default_data_dir() -> Path:
    env = os.environ.get("BITEXT_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[1].parent / "shared" / "data"


def load_split(folder: Path, split: str, limit: int | None) -> list[tuple[str, int, str]]:
    """(sentence without marks, index of the marked character, gold reading) per line."""
    sentences = (folder / f"{split}.sent").read_text(encoding="utf-8").splitlines()
    labels = (folder / f"{split}.lb").read_text(encoding="utf-8").splitlines()
    items = []
    for marked, gold in list(zip(sentences, labels))[:limit]:
        index = marked.index(MARK)
        items.append((marked.replace(MARK, ""), index, gold.strip()))
    return items


def to_cpp(syllable: str) -> str:
    return syllable.replace("ü", "u:").replace("v", "u:")


class Clock:
    """Wall-clock and CPU seconds of a block."""

    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def bitext_readings(
    items: list[tuple[str, int, str]], words: list[tuple[str, int]] | None = None
) -> tuple[list[str], Clock]:
    """The reading bitext gives each marked character, and the time annotate took.

    ``words``, when given, receives per item the word (Han token) holding
    the marked character and its index in it.
    """
    text = "\n".join(sentence for sentence, _, _ in items)
    with Clock() as clock:
        doc = annotate_text(text, "cpp", AnnotateOptions(pinyin_style="numbers"))
    syllable_at: dict[int, str] = {}
    word_at: dict[int, tuple[str, int]] = {}
    for token in doc.tokens():
        if token.kind is TokenKind.HAN and token.pinyin:
            for k, syllable in enumerate(token.pinyin):
                syllable_at[token.start + k] = syllable
                word_at[token.start + k] = (token.norm or token.text, k)
    line_starts, offset = [], 0
    for sentence, _, _ in items:
        line_starts.append(offset)
        offset += len(sentence) + 1
    readings = []
    for start, (_, index, _) in zip(line_starts, items):
        syllable = syllable_at.get(start + index, "")
        following = syllable_at.get(start + index + 1)
        if syllable == "" and (start + index) in syllable_at:
            syllable = "r5"  # a merged erhua 儿
        elif following == "" and len(syllable) > 2 and syllable[-2] == "r":
            syllable = syllable[:-2] + syllable[-1]
        readings.append(to_cpp(syllable))
        if words is not None:
            words.append(word_at.get(start + index, ("", 0)))
    return readings, clock


def neutral_in_tables(word: str, k: int, reading: str) -> bool:
    """True when CC-CEDICT or pypinyin reads ``word[k]`` (or the listed part of ``word`` holding it) as ``reading``, a neutral tone.

    The parts are those :func:`bitext.pinyin.lexicon.listed_parts` cuts a
    word neither table lists into (知识产权 → 知识 产权).
    """
    from pypinyin.constants import PHRASES_DICT
    from pypinyin_dict.phrase_pinyin_data.cc_cedict import phrases_dict

    from bitext.pinyin.lexicon import listed_parts
    from bitext.pinyin.syllable import numbered

    spans = [(0, len(word))] + [s for s in listed_parts(word) if s[1] - s[0] > 1]
    for start, end in spans:
        if not start <= k < end:
            continue
        for table in (PHRASES_DICT, phrases_dict):
            entry = table.get(word[start:end])
            if entry and len(entry) == end - start and reading in {to_cpp(numbered(r)) for r in entry[k - start]}:
                return True
    return False


def lenient_right(reading: str, gold: str, word: str, k: int) -> bool:
    """The lenient rule: right, or a neutral tone where gold has the full tone and a table lists the neutral one.

    bitext writes the neutral tone a dictionary gives a word (认识 rènshi,
    衣服 yīfu); CPP's gold writes the citation tone (rènshí).  Counted right
    here when ``reading`` is ``gold``'s syllable in tone 5, ``gold`` is a
    reading the character has on its own (its citation tone) and CC-CEDICT
    or pypinyin lists the word holding the character with that neutral tone.
    """
    if reading == gold:
        return True
    from bitext.pinyin.lexicon import char_readings

    if not (reading[-1:] == "5" and gold[-1:] in "1234" and reading[:-1] == gold[:-1]):
        return False
    citation = gold in {to_cpp(r) for r in char_readings(word[k])}  # a full tone the character has
    return citation and neutral_in_tables(word, k, reading)


def halves(right: list[bool]) -> list[tuple[str, float]]:
    """(label, accuracy in %) of the first half of the items (by line), the second half and all."""
    middle = (len(right) + 1) // 2
    parts = [(f"lines 1-{middle}", right[:middle]), (f"lines {middle + 1}-{len(right)}", right[middle:]), ("all", right)]
    return [(label, 100 * sum(part) / len(part)) for label, part in parts if part]


def median_of(runs: list[tuple[list[str], Clock]]) -> tuple[list[str], Clock]:
    """The readings of the first run and the median wall and CPU time of all."""
    clock = runs[0][1]
    clock.wall = statistics.median(c.wall for _, c in runs)
    clock.cpu = statistics.median(c.cpu for _, c in runs)
    return runs[0][0], clock


def other_tree(tree: Path, args: argparse.Namespace) -> tuple[list[str], Clock]:
    """The readings and median times of the bitext in ``tree``, measured in a process of its own."""
    code = (
        "import json, sys, importlib.util\n"
        f"sys.path.insert(0, {str(tree.resolve())!r})\n"
        "import bitext.pipeline\n"  # the other tree's package, before this file puts its own first
        f"spec = importlib.util.spec_from_file_location('bench', {str(Path(__file__).resolve())!r})\n"
        "bench = importlib.util.module_from_spec(spec); spec.loader.exec_module(bench)\n"
        "bitext.pipeline.annotate_text('热身。', 'warm-up')\n"
        f"items = bench.load_split(bench.Path({str(args.folder)!r}), {args.split!r}, {args.limit!r})\n"
        f"if {args.traditional!r}: items = bench.traditional(items)\n"
        "readings, clock = bench.bitext_readings(items)\n"
        "print(json.dumps([readings, clock.wall, clock.cpu, bitext.pipeline.__file__]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    readings, wall, cpu, where = json.loads(out.splitlines()[-1])
    if not where.startswith(str(tree.resolve())):
        raise SystemExit(f"--compare {tree}: measured the bitext at {where} instead")
    clock = Clock()
    clock.wall, clock.cpu = wall, cpu
    return readings, clock


def per_char(convert, items) -> tuple[list[str], Clock]:
    with Clock() as clock:
        readings = [to_cpp(convert(sentence)[index]) for sentence, index, _ in items]
    return readings, clock


def traditional(items: list[tuple[str, int, str]]) -> list[tuple[str, int, str]]:
    """The items in Traditional characters; the few whose length OpenCC changes are left out."""
    import opencc

    converter = opencc.OpenCC("s2t")
    converted = [(converter.convert(sentence), index, gold) for sentence, index, gold in items]
    return [c for c, original in zip(converted, items) if len(c[0]) == len(original[0])]


def pypinyin_sentence(sentence: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(sentence, style=Style.TONE3, neutral_tone_with_five=True, errors=lambda chars: list(chars))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="folder holding cpp/ (default ../shared/data)")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--limit", type=int, default=None, help="only the first N items")
    parser.add_argument("--errors", type=int, default=0, help="print the N most frequent confusions")
    parser.add_argument("--traditional", action="store_true", help="convert the sentences to Traditional first")
    parser.add_argument("--compare", type=Path, default=None, help="another bitext checkout to measure in the same run")
    parser.add_argument("--repeats", type=int, default=1, help="timed runs of bitext (median)")
    args = parser.parse_args()
    folder = args.folder = (args.data or default_data_dir()) / "cpp"
    items = load_split(folder, args.split, args.limit)
    if args.traditional:
        items = traditional(items)
    chars = sum(len(sentence) for sentence, _, _ in items)
    gold = [label for _, _, label in items]
    script = "Traditional (OpenCC s2t)" if args.traditional else "as published"
    print(f"CPP {args.split}, {script}: {len(items)} items, {chars} characters")

    print("load average (1, 5, 15 min) before: " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    annotate_text("热身。", "warm-up")  # load dictionaries and model before timing
    ours, other = [], []
    words: list[tuple[str, int]] = []
    if args.compare:
        bitext_readings(items, words)  # the words for the lenient line; untimed
    for repeat in range(args.repeats):  # the two trees in turn, so that a change of load weighs on both
        if args.compare:
            # Each tree in a fresh process, so that neither runs on caches a previous repeat filled.
            ours.append(other_tree(ROOT, args))
            other.append(other_tree(args.compare, args))
        else:
            ours.append(bitext_readings(items, words if repeat == 0 else None))
    results = {"bitext (annotate path)": median_of(ours)}
    if other:
        results[f"bitext in {args.compare}"] = median_of(other)
    results["pypinyin"] = per_char(pypinyin_sentence, items)
    try:
        from g2pM import G2pM
    except ImportError:
        print("g2pM not installed: baseline skipped")
    else:
        model = G2pM()
        results["g2pM"] = per_char(lambda s: model(s, char_split=True), items)
    # Last: pypinyin-dict changes pypinyin's tables for the rest of the process.
    from pypinyin_dict.phrase_pinyin_data import cc_cedict

    cc_cedict.load()
    results["pypinyin + CC-CEDICT phrases"] = per_char(pypinyin_sentence, items)

    accuracy = {name: 100 * sum(r == g for r, g in zip(readings, gold)) / len(gold) for name, (readings, _) in results.items()}
    print(f"{'method':32} {'accuracy':>9} {'chars/s wall':>13} {'chars/s CPU':>12}")
    for name, (_, clock) in results.items():
        print(f"{name:32} {accuracy[name]:8.2f}% {chars / clock.wall:13.0f} {chars / clock.cpu:12.0f}")
    ours, clock = results["bitext (annotate path)"]
    strict = [r == g for r, g in zip(ours, gold)]
    lenient = [lenient_right(r, g, w, k) for r, g, (w, k) in zip(ours, gold, words)]
    print(
        f"{'bitext, lenient neutral tones':32} {100 * sum(lenient) / len(gold):8.2f}%"
        f"   ({sum(lenient) - sum(strict)} neutral tones a table lists counted right;"
        " the strict figure above is the one to quote)"
    )
    for rule, right in (("strict", strict), ("lenient", lenient)):
        print(f"  bitext {rule:8} by halves: " + " | ".join(f"{label} {value:.2f}%" for label, value in halves(right)))
    ours_error = 100 - accuracy["bitext (annotate path)"]
    print("each baseline against bitext: its error rate / bitext's, bitext's CPU speed / its")
    for name, (_, base) in list(results.items())[1:]:
        print(f"  {name:30} errors x{(100 - accuracy[name]) / ours_error:5.2f}   speed x{base.cpu / clock.cpu:5.2f}")
    print("published test-set accuracy: " + ", ".join(f"{k} {v}%" for k, v in PUBLISHED_TEST.items()))
    print("load average (1, 5, 15 min) after: " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    if args.errors:
        confusions = Counter(
            (sentence[index], g, r) for (sentence, index, g), r in zip(items, ours) if r != g
        )
        for (char, g, r), n in confusions.most_common(args.errors):
            print(f"  {char} gold {g} got {r} x{n}")


if __name__ == "__main__":
    main()
