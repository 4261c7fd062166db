"""Peak memory and time of ``bitext annotate`` as the article grows (issue 16).

Each run is a separate ``python -m bitext annotate --mt none`` process (with
the project's glossary, as in the project folder), so its peak RSS is its
own.  Sizes are of the UTF-8 input: seed-article lines shuffled into 5, 20
and 50 MB, and one line of 5 MB without punctuation.  The baseline, in the
same run, is the whole-document API (``to_tei(annotate_file(...))``) on the
smallest text.  Targets: 50 MB within 2 GB and time linear in size; the
unpunctuated 5 MB line within 1 GB.

    python benchmarks/memory_scale.py [--sizes 5 20 50] [--line 5]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from annotate_speed import build_text  # noqa: E402

BASELINE = (
    "import sys; from bitext.pipeline import annotate_file; from bitext.glossary import load_glossary; "
    "from bitext.tei import to_tei; g = load_glossary(['glossary']); "
    "open(sys.argv[2], 'wb').write(to_tei(annotate_file(sys.argv[1], glossary=g)))"
)


def run(args: list[str]) -> tuple[float, float, float]:
    """(wall s, CPU s, peak RSS MB) of one child process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, *args], cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if status:
        print(f"  (exit status {status >> 8})")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=float, nargs="+", default=[5, 20, 50], help="article sizes in MB")
    parser.add_argument("--line", type=float, default=5, help="size in MB of the line without punctuation")
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args()
    print(f"load average at start: {os.getloadavg()}")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.tei.xml"
        cases = []
        for mb in args.sizes:
            text = build_text(int(mb * 1e6 / 3))  # about 3 UTF-8 bytes per character
            path = Path(tmp) / f"article-{mb:g}MB.txt"
            path.write_text(text, encoding="utf-8")
            cases.append((f"{mb:g} MB article", path))
        if args.line:
            chars = "".join(c for c in build_text(100_000) if "\u4e00" <= c <= "\u9fff")
            line = (chars * (int(args.line * 1e6 / 3) // len(chars) + 1))[: int(args.line * 1e6 / 3)]
            path = Path(tmp) / "one-line.txt"
            path.write_text(line + "\n", encoding="utf-8")
            cases.insert(1, (f"{args.line:g} MB line, no punctuation", path))
        print(f"{'input':<32} {'MB':>6} {'wall s':>8} {'CPU s':>8} {'CPU s/MB':>9} {'peak RSS MB':>12}")
        if not args.no_baseline:
            label, path = cases[0]
            wall, cpu, rss = run(["-c", BASELINE, str(path), str(out)])
            size = path.stat().st_size / 1e6
            print(f"{'baseline: whole document, ' + label:<32} {size:6.1f} {wall:8.1f} {cpu:8.1f} {cpu / size:9.2f} {rss:12.0f}")
        for label, path in cases:
            wall, cpu, rss = run(["-m", "bitext", "annotate", "--mt", "none", str(path), "-o", str(out), "--force"])
            size = path.stat().st_size / 1e6
            print(f"{'streaming: ' + label:<32} {size:6.1f} {wall:8.1f} {cpu:8.1f} {cpu / size:9.2f} {rss:12.0f}", flush=True)
    print(f"load average at end: {os.getloadavg()}")


if __name__ == "__main__":
    main()
