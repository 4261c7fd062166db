"""Linear time on big inputs: seconds for an input and for ten times that input, and their ratio.

The tests check the same three workloads by counting function calls (a
count cannot flake on a busy machine); this script keeps the time guarantee:
a ratio near 10 is linear, near 100 quadratic.  Each size is run ``--repeat``
times; the median wall and CPU times are printed with the load average.

    python benchmarks/input_scaling.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

SEED = Path(__file__).resolve().parents[1] / "seeds" / "kazakhstan-russia-central-asia.zh.txt"


def one_line(size: int) -> bytes:
    """``size`` bytes of the seed article on one line."""
    article = SEED.read_text(encoding="utf-8").replace("\n", " ")
    data = (article * (size // len(article.encode()) + 1)).encode()[:size]
    return data.decode("utf-8", "ignore").encode()


def read_and_segment(data: bytes) -> None:
    from bitext.reader import read_document
    from bitext.segment import segment_document

    segment_document(read_document(data, "line.txt"))


def annotate_and_write(data: bytes) -> None:
    from bitext.pipeline import annotate_bytes
    from bitext.tei import to_tei

    to_tei(annotate_bytes(data, "bench.txt"))


def words(count: int) -> bytes:
    return " ".join(f"word{i % 97} 中{i % 7}" for i in range(count)).encode()


def lines(count: int) -> bytes:
    return b"".join(b"line %d ok.\n" % i for i in range(count))


WORKLOADS = {
    "one line, read + segment (1 MB vs 10 MB)": (read_and_segment, one_line(1_000_000), one_line(10_000_000)),
    "long line of words, full pipeline (3k vs 30k pairs)": (annotate_and_write, words(3_000), words(30_000)),
    "short lines, full pipeline (5k vs 50k lines)": (annotate_and_write, lines(5_000), lines(50_000)),
}


def timed(work, data: bytes, repeat: int) -> tuple[float, float]:
    """Median (wall, CPU) seconds over ``repeat`` runs."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        work(data)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    annotate_and_write("预热。".encode())  # load dictionaries and the segmenter once
    print(f"load average before: {os.getloadavg()}")
    for name, (work, small, big) in WORKLOADS.items():
        small_wall, small_cpu = timed(work, small, args.repeat)
        big_wall, big_cpu = timed(work, big, args.repeat)
        print(f"{name}: {small_wall:.2f}s → {big_wall:.2f}s wall ({big_wall / small_wall:.1f}×), "
              f"{small_cpu:.2f}s → {big_cpu:.2f}s CPU ({big_cpu / small_cpu:.1f}×); linear is 10×")
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
