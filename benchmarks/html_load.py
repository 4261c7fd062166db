"""Load time of the reading page of a long article in headless Chromium, against the page before the rework.

The article is the seed's lines repeated to about 69,000 characters (no MT,
no glossary).  Both pages are rendered from the same document in this run:
the current ``bitext.html`` and, as the baseline, ``bitext/html.py`` with its
assets as they were at ``--baseline-rev`` (read with ``git show``).  Each page
is loaded ``--repeat`` times in a fresh tab; a load counts until the first
frame after the load event.  Printed: the median and spread of wall time,
the renderer main thread's busy time (CDP ``TaskDuration``, its CPU time),
the time of one switch to Traditional characters, and the machine's load.

    python benchmarks/html_load.py [--chars 69000] [--repeat 5] [--phone] [--baseline-rev c5c7916]

``--phone`` also loads both at 390 px with the CPU slowed 4× (as DevTools' "mid-tier mobile").
Needs /usr/bin/chromium and /usr/bin/chromedriver.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
SEED = ROOT / "seeds" / "kazakhstan-russia-central-asia.zh.txt"

FIRST_FRAME = """
    const done = arguments[arguments.length - 1];
    const finish = () => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now())));
    if (document.readyState === "complete") finish(); else addEventListener("load", finish);"""
SWITCH = """
    const done = arguments[arguments.length - 1];
    const start = performance.now();
    document.querySelector("input[name=script][value=hant]").click();
    requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));"""


def long_text(chars: int) -> str:
    lines = SEED.read_text(encoding="utf-8").splitlines()[:55]  # without the trailing headlines
    out, size = [], 0
    while size < chars:
        for line in lines:
            out.append(line)
            size += len(line) + 1
            if size >= chars:
                break
    return "\n".join(out) + "\n"


def baseline_renderer(rev: str):
    """``to_html`` of ``bitext/html.py`` at ``rev``, with that revision's CSS and script."""
    def show(path: str) -> str:
        return subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:{path}"], check=True,
                              capture_output=True, text=True).stdout

    source = show("bitext/html.py")
    assets = {name: show(f"bitext/html_assets/{name}") for name in ("reader.css", "reader.js")}
    spec = importlib.util.spec_from_loader("bitext._html_baseline", loader=None)
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "bitext"
    sys.modules[spec.name] = module  # its dataclasses look their module up
    exec(compile(source, f"{rev}:bitext/html.py", "exec"), module.__dict__)
    module._asset = assets.__getitem__
    return module.to_html


def measure(driver, path: Path, repeat: int) -> dict[str, list[float]]:
    results: dict[str, list[float]] = {"wall": [], "cpu": [], "switch": []}
    driver.execute_cdp_cmd("Performance.enable", {})
    for _ in range(repeat):
        driver.get("about:blank")
        before = task_duration(driver)
        driver.get(path.as_uri())
        wall = driver.execute_async_script(FIRST_FRAME)
        results["cpu"].append((task_duration(driver) - before) * 1000)
        results["wall"].append(wall)
        results["switch"].append(driver.execute_async_script(SWITCH))
    return results


def task_duration(driver) -> float:
    metrics = driver.execute_cdp_cmd("Performance.getMetrics", {})["metrics"]
    return next(m["value"] for m in metrics if m["name"] == "TaskDuration")


def report(label: str, results: dict[str, list[float]]) -> None:
    def cell(values):
        return f"{statistics.median(values):7.0f} ms ({min(values):.0f}–{max(values):.0f})"

    print(f"{label:<28} load {cell(results['wall'])}   renderer CPU {cell(results['cpu'])}   "
          f"script switch {cell(results['switch'])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=69_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--phone", action="store_true", help="also at phone width with the CPU slowed 4×")
    parser.add_argument("--baseline-rev", default="c5c7916", help="git revision of the page before the rework")
    args = parser.parse_args()

    import chromium
    from bitext.html import to_html
    from bitext.pipeline import annotate_text

    text = long_text(args.chars)
    started = time.process_time()
    doc = annotate_text(text, "long.zh.txt")
    print(f"article: {len(text):,} characters, annotated in {time.process_time() - started:.1f} s CPU")
    with tempfile.TemporaryDirectory() as folder:
        pages = {"baseline": Path(folder) / "baseline.html", "current": Path(folder) / "current.html"}
        pages["baseline"].write_bytes(baseline_renderer(args.baseline_rev)(doc))
        pages["current"].write_bytes(to_html(doc))
        for name, path in pages.items():
            print(f"{name} page: {path.stat().st_size / 1e6:.2f} MB")
        setups = [("desktop 1200 px", 1200, False, 1)] + ([("phone 390 px, CPU 4× slower", 390, True, 4)] if args.phone else [])
        for label, width, mobile, slowdown in setups:
            driver = chromium.start(width, 900, mobile=mobile)
            try:
                driver.execute_cdp_cmd("Emulation.setCPUThrottlingRate", {"rate": slowdown})
                driver.set_script_timeout(600)  # the baseline's script switch on a slowed CPU takes minutes
                print(f"{label}, median of {args.repeat} (min–max), load average {os.getloadavg()[0]:.2f}:")
                for name, path in pages.items():  # interleaved machines' load affects both alike
                    report(f"  {name}", measure(driver, path, args.repeat))
            finally:
                driver.quit()
    print(f"load average after: {', '.join(f'{v:.2f}' for v in os.getloadavg())}")


if __name__ == "__main__":
    main()
