"""Characters per second of ``annotate`` (no MT) against bare ``pypinyin.lazy_pinyin``.

Both run in the same process on the same text: the seed article's lines,
shuffled into a larger text (about 0.5 M characters by default).  The
ratio, not the absolute number, is the result to compare across machines.

    python benchmarks/annotate_speed.py [--chars 500000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
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


def best_of(repeat: int, func) -> float:
    """Best CPU time of the process over ``repeat`` runs (steadier than wall time on a busy machine)."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        func()
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chars", type=int, default=500_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from pypinyin import Style, lazy_pinyin

    from bitext.pipeline import annotate_bytes
    from bitext.tei import to_tei

    text = build_text(args.chars)
    data = text.encode("utf-8")
    n = len(text)
    annotate_bytes(text[:2000].encode("utf-8"))  # warm up dictionaries and the segmenter

    t_base = best_of(args.repeat, lambda: lazy_pinyin(text, style=Style.TONE))
    t_pipe = best_of(args.repeat, lambda: annotate_bytes(data, "bench.txt"))
    doc = annotate_bytes(data, "bench.txt")
    t_tei = best_of(args.repeat, lambda: to_tei(doc))

    print(f"text: {n:,} characters (seed lines shuffled), best CPU time of {args.repeat}")
    print(f"baseline  pypinyin.lazy_pinyin(TONE)   {n / t_base:>12,.0f} chars/s")
    print(f"bitext    annotate pipeline (no MT)     {n / t_pipe:>12,.0f} chars/s   ratio {t_base / t_pipe:.2f}x baseline")
    print(f"bitext    pipeline + TEI serialisation  {n / (t_pipe + t_tei):>12,.0f} chars/s   ratio {t_base / (t_pipe + t_tei):.2f}x baseline")


if __name__ == "__main__":
    main()
