"""Characters per second of ``annotate`` (no MT) against bare ``pypinyin.lazy_pinyin``.

Both run in the same process on the same text: the seed article's lines,
shuffled into a larger text (about 0.5 M characters by default).  The
ratio, not the absolute number, is the result to compare across machines;
each figure is the median of the repeats, CPU time first, wall time in
brackets.  The last line is the path ``bitext annotate`` takes: annotation
and TEI writing streamed together (:func:`bitext.pipeline.annotate_to_tei`).

    python benchmarks/annotate_speed.py [--chars 500000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

SEED = Path(__file__).resolve().parents[1] / "seeds" / "kazakhstan-russia-central-asia.zh.txt"


def build_text(chars: int, seed: int = 0) -> str:
    lines = SEED.read_text(encoding="utf-8").splitlines()[:55]  # without the boilerplate block
    rng = random.Random(seed)
    out, size = [], 0
    while size < chars:
        line = rng.choice(lines)
        out.append(line)
        size += len(line) + 1
    return "\n".join(out) + "\n"


def timed(repeat: int, func) -> tuple[float, float]:
    """Median CPU time and median wall time of ``repeat`` runs."""
    cpu, wall = [], []
    for _ in range(repeat):
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        func()
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start_wall)
    return statistics.median(cpu), statistics.median(wall)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chars", type=int, default=500_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from pypinyin import Style, lazy_pinyin

    from bitext.pipeline import annotate_bytes, annotate_to_tei
    from bitext.tei import to_tei

    text = build_text(args.chars)
    data = text.encode("utf-8")
    n = len(text)
    annotate_bytes(text[:2000].encode("utf-8"))  # warm up dictionaries and the segmenter
    print(f"load average: {os.getloadavg()}")

    base = timed(args.repeat, lambda: lazy_pinyin(text, style=Style.TONE))
    pipe = timed(args.repeat, lambda: annotate_bytes(data, "bench.txt"))
    doc = annotate_bytes(data, "bench.txt")
    tei = timed(args.repeat, lambda: to_tei(doc))
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bench.txt")
        with open(path, "wb") as out:
            out.write(data)
        with open(os.devnull, "wb") as sink:
            stream = timed(args.repeat, lambda: annotate_to_tei(path, sink))

    print(f"text: {n:,} characters (seed lines shuffled), median of {args.repeat}; CPU time (wall time)")
    rows = [
        ("baseline  pypinyin.lazy_pinyin(TONE)", base),
        ("bitext    annotate pipeline (no MT)", pipe),
        ("bitext    pipeline + to_tei", (pipe[0] + tei[0], pipe[1] + tei[1])),
        ("bitext    annotate_to_tei (the CLI path)", stream),
    ]
    for label, (cpu, wall) in rows:
        print(f"{label:<42} {n / cpu:>10,.0f} chars/s ({n / wall:>10,.0f})   ratio {base[0] / cpu:.2f}x "
              f"({base[1] / wall:.2f}x) baseline")
    print(f"load average: {os.getloadavg()}")


if __name__ == "__main__":
    main()
