"""How `bitext batch` scales: corpus size (1, 10, 100 articles) × worker processes (1, 2).

Articles are copies of the seed with varied content (paragraphs rotated,
numbers changed), so no two are the same.  Each run writes into a fresh
output folder; a last run repeats the largest corpus to time the skip path.
The baseline is one job: the script prints the speed-up of each other job
count against it, and how the time grows with the corpus.

    python benchmarks/batch_scale.py                 # --mt none
    python benchmarks/batch_scale.py --mt tiny       # the tiny test Argos model (built first, ~20 s)
    python benchmarks/batch_scale.py --sizes 1 10 --jobs 1 2
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SEED = ROOT / "seeds" / "kazakhstan-russia-central-asia.zh.txt"


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the pool workers, once joined)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def make_corpus(folder: Path, count: int) -> Path:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    folder.mkdir(parents=True)
    for n in range(count):
        shift = n % len(lines)
        varied = [line.replace("2", str(n % 10)) for line in lines[shift:] + lines[:shift]]
        (folder / f"article{n:03d}.txt").write_text("\n".join(varied) + "\n", encoding="utf-8")
    return folder


def mt_options(kind: str, work: Path):
    from bitext.batch import BatchOptions

    if kind == "none":
        return BatchOptions()
    sys.path.insert(0, str(ROOT / "tests"))
    from argos_fixture import build_tiny_trained_package, extract_package

    package = extract_package(build_tiny_trained_package(work / "build"), work / "model")
    return BatchOptions(mt="argos", model=str(package), cache=None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--mt", choices=["none", "tiny"], default="none")
    args = parser.parse_args()

    from bitext.batch import run_batch

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        options = mt_options(args.mt, work)
        run_batch(make_corpus(work / "warm", 1), work / "warm-out", options, jobs=1)  # imports, dictionaries
        chars = len(SEED.read_text(encoding="utf-8"))
        print(f"bitext batch, --mt {args.mt}, articles of {chars:,} characters; the parent is warm, "
              f"pool workers start cold (spawn); {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} "
              "(other work on the machine skews the speed-up)")
        print(f"{'articles':>8} {'jobs':>4} {'seconds':>8} {'articles/s':>10} {'chars/s':>9} "
              f"{'median file s':>13} {'sum file s':>10} {'cpu s':>6} {'speed-up vs 1 job':>17}")
        seconds: dict[tuple[int, int], float] = {}
        for size in args.sizes:
            corpus = make_corpus(work / f"in{size}", size)
            for jobs in args.jobs:
                out = work / f"out{size}-{jobs}"
                started, cpu = time.perf_counter(), cpu_seconds()
                summary = run_batch(corpus, out, options, jobs=jobs)
                elapsed = seconds[size, jobs] = time.perf_counter() - started
                cpu = cpu_seconds() - cpu
                assert len(summary.done) == size and not summary.failed, summary.describe()
                median = statistics.median(r.seconds for r in summary.done)
                base = seconds.get((size, args.jobs[0]))
                print(f"{size:>8} {jobs:>4} {elapsed:>8.2f} {size / elapsed:>10.2f} {size * chars / elapsed:>9,.0f} "
                      f"{median:>13.3f} {sum(r.seconds for r in summary.done):>10.2f} {cpu:>6.1f} {base / elapsed:>16.2f}×")
        biggest = max(args.sizes)
        started = time.perf_counter()
        again = run_batch(work / f"in{biggest}", work / f"out{biggest}-{args.jobs[-1]}", options, jobs=args.jobs[-1])
        print(f"re-run of {biggest} unchanged articles: {len(again.skipped)} skipped in "
              f"{time.perf_counter() - started:.2f} s")
        sizes = sorted(args.sizes)
        for jobs in args.jobs:
            for small, big in zip(sizes, sizes[1:]):
                ratio = seconds[big, jobs] / seconds[small, jobs]
                print(f"jobs={jobs}: {big} articles take {ratio:.1f}× the time of {small} "
                      f"({big / small:.0f}× the articles)")


if __name__ == "__main__":
    main()
