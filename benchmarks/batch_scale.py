"""How `bitext batch` scales with worker processes: one job, two jobs, and a 2-worker Dask LocalCluster.

Baseline and contenders run in the same invocation, on the same corpus
(copies of the seed with paragraphs rotated and digits changed, so no two
are the same), each into a fresh output folder, ``--repeats`` times; the
script prints the median and the spread of wall time and CPU time (of every
process involved: this one, the forkserver and its workers, the Dask
workers), and the load average before and after.  Two settings:

* warm: one long-lived process runs every repeat (as a service or a notebook
  would).  One job runs in this process; two jobs fork their workers from
  the warmed forkserver; Dask workers were warmed by the run's plugin.
* cold (first): what a user waits for: each run is ``python -m bitext batch``
  in a fresh process, 1 and 2 jobs taking turns, so start-up (imports,
  dictionaries) is paid every time; then the start-up alone (one article),
  which is serial however many jobs run, and the speed-up it leaves
  possible (Amdahl's law).

    python benchmarks/batch_scale.py                  # 100 articles, --mt none, 3 repeats
    python benchmarks/batch_scale.py --articles 10 --repeats 5 --no-dask
    python benchmarks/batch_scale.py --mt tiny        # the tiny test Argos model (built first, ~20 s)
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SEED = ROOT / "seeds" / "kazakhstan-russia-central-asia.zh.txt"
TICK = os.sysconf("SC_CLK_TCK")


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


def proc_cpu(pid: int, children: bool = False) -> float:
    """CPU seconds of a live process from /proc (``children``: of its reaped children instead)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    first = 13 if children else 11  # cutime, cstime | utime, stime (0-based after the command name)
    return (int(fields[first]) + int(fields[first + 1])) / TICK


def forkserver_pid() -> int | None:
    from multiprocessing import forkserver

    return getattr(forkserver._forkserver, "_forkserver_pid", None)


def tree_cpu(extra_pids: list[int]) -> float:
    """This process and its reaped children, the forkserver's reaped workers, and ``extra_pids`` (Dask)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    server = forkserver_pid()
    if server:
        total += proc_cpu(server) + proc_cpu(server, children=True)
    return total + sum(proc_cpu(pid) for pid in extra_pids)


def load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def summary(label: str, walls: list[float], cpus: list[float], articles: int, base: float | None,
            busy: list[float] | None = None) -> float:
    """One row; ``busy``: per repeat, the summed seconds of the files over (workers × wall), so a low
    speed-up can be told apart: idle workers (low), or workers starved of CPU by other work (near 100%)."""
    wall = statistics.median(walls)
    ratio = f"{base / wall:5.2f}×" if base else "  1.00× (baseline)"
    occupancy = f"{statistics.median(busy):10.0%}" if busy else f"{'':10}"
    print(f"{label:<34}{wall:8.2f} s [{min(walls):.2f}–{max(walls):.2f}]{statistics.median(cpus):9.1f} s"
          f"{articles / wall:10.1f}{occupancy}   {ratio}")
    return wall


def warm_runs(args, work: Path, options, corpus: Path) -> None:
    from bitext.batch import run_batch

    def measure(label: str, base: float | None, pids: list[int] | None = None, workers: int = 1, **how) -> float:
        walls, cpus, busy = [], [], []
        for repeat in range(args.repeats):
            out = work / f"out-{label.replace(' ', '-')}-{repeat}"
            cpu, started = tree_cpu(pids or []), time.perf_counter()
            result = run_batch(corpus, out, options, **how)
            walls.append(time.perf_counter() - started)
            time.sleep(0.2)  # let the forkserver reap its workers, so their CPU is counted
            cpus.append(tree_cpu(pids or []) - cpu)
            assert len(result.done) == args.articles and not result.failed, result.describe()
            busy.append(sum(r.seconds for r in result.done) / (workers * walls[-1]))
        return summary(label, walls, cpus, args.articles, base, busy)

    print("\nwarm: one process for every repeat        wall median [min–max]  CPU median  articles/s  "
          "busy   vs 1 job")
    base = measure("1 job (in this process)", None, jobs=1)
    pool = measure("2 jobs (forked from a warm server)", base, workers=2, jobs=2)
    if args.dask:
        from distributed import Client, LocalCluster

        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            pids = list(client.run(os.getpid).values())
            run_batch(make_corpus(work / "dask-warm", 2), work / "dask-warm-out", options,
                      scheduler=cluster.scheduler_address)  # the plugin loads the workers once
            dask = measure("Dask LocalCluster, 2 workers", base, pids, workers=2, scheduler=cluster.scheduler_address)
        print(f"  Dask / 2-job pool (wall medians): {dask / pool:.2f} (target: at most 1.10)")
    started = time.perf_counter()
    again = run_batch(corpus, work / "out-2-jobs-(forked-from-a-warm-server)-0", options, jobs=2)
    print(f"re-run of {args.articles} unchanged articles: {len(again.skipped)} skipped in "
          f"{time.perf_counter() - started:.2f} s")


def reap_orphans() -> None:
    """Wait for the descendants a run left (its forkserver, its resource tracker), re-parented to this
    process by :func:`adopt_orphans`, so their CPU time is counted in ``RUSAGE_CHILDREN``."""
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def adopt_orphans() -> None:
    """Make this process the child subreaper (Linux): a run's forkserver outlives the ``bitext`` process."""
    import ctypes

    ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER


def cli_run(corpus: Path, out: Path, jobs: int, work: Path) -> tuple[float, float]:
    """Wall time of one ``python -m bitext batch`` call as a user runs it, and the CPU of every process it started."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    command = [sys.executable, "-m", "bitext", "batch", str(corpus), str(out), "--mt", "none", "--jobs", str(jobs), "-q"]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=work, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True)
    wall = time.perf_counter() - started
    assert done.returncode == 0, done.stderr
    reap_orphans()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def cold_runs(args, work: Path, corpus: Path) -> None:
    """The command a user waits for: a fresh ``bitext batch`` per run, start-up included (1 and 2 jobs
    take turns, so both meet the same load); then the start-up alone (one article), which no number of
    jobs shortens, and the speed-up it leaves possible (Amdahl)."""
    print(f"\ncold: `python -m bitext batch IN OUT --mt none --jobs N`, a fresh process per run "
          f"(start-up included)\n{'':34}wall median [min–max]  CPU median  articles/s")
    one = make_corpus(work / "cold-one", 1)
    runs = {(size, jobs): ([], []) for size in (args.articles, 1) for jobs in (1, 2)}
    for repeat in range(args.repeats):
        for (size, jobs), (walls, cpus) in runs.items():
            wall, cpu = cli_run(corpus if size > 1 else one, work / f"cold-{size}-{jobs}-{repeat}", jobs, work)
            walls.append(wall)
            cpus.append(cpu)
    base = summary("1 job", *runs[args.articles, 1], args.articles, None)
    summary("2 jobs", *runs[args.articles, 2], args.articles, base)
    serial1 = summary("start-up: 1 article, 1 job", *runs[1, 1], 1, None)
    serial2 = summary("start-up: 1 article, 2 jobs", *runs[1, 2], 1, serial1)
    rest = base - serial1
    print(f"  Amdahl: the start-up (Python, imports, dictionaries, one article) is serial. With the 1-job run's "
          f"other {rest:.2f} s\n  halved, 2 jobs can be at most {base / (serial2 + rest / 2):.2f}× one job on "
          f"{args.articles} articles; 1.8× would need the 2-job start-up under "
          f"{base / 1.8 - rest / 2:.2f} s.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--mt", choices=["none", "tiny"], default="none")
    parser.add_argument("--no-dask", dest="dask", action="store_false")
    parser.add_argument("--no-cold", dest="cold", action="store_false")
    args = parser.parse_args()

    from bitext.batch import run_batch

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = make_corpus(work / "in", args.articles)
        chars = len(SEED.read_text(encoding="utf-8"))
        print(f"bitext batch, {args.articles} articles of {chars:,} characters, {args.repeats} repeats; "
              f"{len(os.sched_getaffinity(0))} cores; load average (1/5/15 min) {load()}")
        if args.cold and args.mt == "none":
            adopt_orphans()
            cold_runs(args, work, corpus)  # first: before this process starts a forkserver of its own
        options = mt_options(args.mt, work)
        run_batch(make_corpus(work / "warm", 2), work / "warm-out", options, jobs=1)  # this process: warm
        run_batch(work / "warm", work / "warm-out-2", options, jobs=2)  # starts and warms the forkserver
        print(f"\n--mt {args.mt}; load average now {load()}")
        warm_runs(args, work, options, corpus)
        print(f"\nload average at the end: {load()} (other work on the machine lowers every speed-up)")


if __name__ == "__main__":
    main()
