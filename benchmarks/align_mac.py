"""Sentence-alignment quality and speed on MAC-Dev (Chinese novels vs their English translations).

Aligns each chapter with the provided machine translation, as ``bitext align
--mt-file --presplit`` does, in every mode: sentence mode; paragraph mode with
the English paragraph breaks as the Chinese ones (as-is), merged, split or
moved by one sentence (paragraphs made here from the gold units, as
translators do; MAC itself has none); dictionary-only (a blank MT file) and
no bridge at all (lengths only).  Scores are Vecalign's strict and lax
precision / recall / F1: a unit is a strict hit when it equals a gold unit, a
lax hit when it shares a sentence pair with one; gold units with an empty side
are left out of recall; counts are summed over all chapters.  Also printed:
many-to-many and unpaired units found, the low-confidence flags' precision and
recall (a flag is right when its unit is not a strict hit), CPU time with
the load average, and the CPU time of ``bitext align`` over the folders in one
call against one call per chapter.  Published strict F1 on MAC-Dev: Bleualign .641, Vecalign
.863, Bertalign .911.

Usage: python benchmarks/align_mac.py [--data DIR] [--modes a,b] [--repeat N] [--set name=value …]
                                     [--against name=value …]

``--against`` scores a second set of weights (the defaults with those
overrides, e.g. ``join_gain=99`` to turn the joining pass off) in the same
run, as the baseline.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import resource
import statistics
import subprocess
import tempfile
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = str(Path(__file__).resolve().parents[1])
sys.path.insert(0, ROOT)

from bitext.align import AlignParams  # noqa: E402
from bitext.alignment_formats import parse_ladder  # noqa: E402
from bitext.parallel import AlignOptions, align_texts  # noqa: E402

PUBLISHED_STRICT_F1 = {"Bleualign": 0.641, "Vecalign": 0.863, "Bertalign": 0.911}
VARIANTS = ("as-is", "merged", "split", "moved")

Unit = tuple[tuple[int, ...], tuple[int, ...]]


def default_data_dir() -> Path:
    env = os.environ.get("BITEXT_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[1].parent / "shared" / "data"


def _hits(reference: list[Unit], candidate: list[Unit]) -> tuple[int, int, int]:
    """(units, strict hits, lax hits) of ``candidate`` judged against ``reference``."""
    exact = set(reference)
    linked: dict[int, set[int]] = defaultdict(set)
    for src, tgt in reference:
        for s in src:
            linked[s].update(tgt)
    units = strict = lax = 0
    for src, tgt in candidate:
        if not src and not tgt:
            continue
        units += 1
        if (src, tgt) in exact:
            strict += 1
            lax += 1
        elif any(t in linked[s] for s in src for t in tgt):
            lax += 1
    return units, strict, lax


def score(gold: list[list[Unit]], test: list[list[Unit]]) -> dict[str, float]:
    """Strict / lax precision, recall and F1 over all chapters (Vecalign's definitions)."""
    p = [0, 0, 0]
    r = [0, 0, 0]
    for g, t in zip(gold, test):
        p = [u + v for u, v in zip(p, _hits(g, t))]
        r = [u + v for u, v in zip(r, _hits(t, [u for u in g if u[0] and u[1]]))]
    result = {}
    for kind, k in (("strict", 1), ("lax", 2)):
        precision = p[k] / p[0] if p[0] else 0.0
        recall = r[k] / r[0] if r[0] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result |= {f"{kind}_p": precision, f"{kind}_r": recall, f"{kind}_f1": f1}
    return result


def shapes_found(gold: list[list[Unit]], test: list[list[Unit]]) -> dict[str, tuple[int, int]]:
    """(found exactly, in gold) for 2-2, 2-3 and one-sided gold units."""
    kinds = {"2-2": lambda u: (len(u[0]), len(u[1])) == (2, 2),
             "2-3": lambda u: (len(u[0]), len(u[1])) == (2, 3),
             "unpaired": lambda u: not u[0] or not u[1]}
    counts = {}
    for name, is_kind in kinds.items():
        wanted = [(k, u) for k, g in enumerate(gold) for u in g if is_kind(u)]
        counts[name] = (sum(u in set(test[k]) for k, u in wanted), len(wanted))
    return counts


def paragraphs(units: list[Unit], rng: random.Random) -> tuple[list[int], list[int]]:
    """Paragraph sizes for both sides: runs of 1–6 gold units (breaks that line up)."""
    zh_sizes, en_sizes = [], []
    pos = 0
    while pos < len(units):
        run = units[pos: pos + rng.randint(1, 6)]
        zh_sizes.append(sum(len(u[0]) for u in run))
        en_sizes.append(sum(len(u[1]) for u in run))
        pos += len(run)
    return [s for s in zh_sizes if s], [s for s in en_sizes if s]


def vary(sizes: list[int], variant: str, rng: random.Random) -> list[int]:
    """English paragraph sizes after a translator's changes: breaks merged, split or moved by one sentence."""
    sizes = list(sizes)
    if variant == "merged":
        out = [sizes[0]]
        for size in sizes[1:]:
            if rng.random() < 0.4:
                out[-1] += size
            else:
                out.append(size)
        return out
    if variant == "split":
        out = []
        for size in sizes:
            if size > 1 and rng.random() < 0.4:
                cut = rng.randint(1, size - 1)
                out.extend([cut, size - cut])
            else:
                out.append(size)
        return out
    if variant == "moved":
        for k in range(len(sizes) - 1):
            if rng.random() < 0.4:
                shift = rng.choice((-1, 1))
                if sizes[k] + shift > 0 and sizes[k + 1] - shift > 0:
                    sizes[k] += shift
                    sizes[k + 1] -= shift
        return sizes
    return sizes


def layout(lines: list[str], sizes: list[int]) -> str:
    """One segment per line, a blank line between paragraphs."""
    out, pos = [], 0
    for size in sizes:
        out.append("\n".join(lines[pos: pos + size]))
        pos += size
    return "\n\n".join(out) + "\n"


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def load(root: Path) -> list[dict]:
    chapters = []
    for name in sorted(p.name for p in (root / "gold").iterdir()):
        gold = parse_ladder(_text(root / "gold" / name).splitlines())
        chapter = {"name": name, "zh": _text(root / "zh" / name), "en": _text(root / "en" / name),
                   "mt": _text(root / "trans" / name), "gold": gold}
        rng = random.Random(f"bitext-{name}")
        zh_sizes, en_sizes = paragraphs(gold, rng)
        zh_lines, en_lines = chapter["zh"].splitlines(), chapter["en"].splitlines()
        chapter["zh_paragraphs"] = layout(zh_lines, zh_sizes)
        for variant in VARIANTS:
            chapter[variant] = layout(en_lines, vary(en_sizes, variant, random.Random(f"{variant}-{name}")))
        chapters.append(chapter)
    return chapters


def run_mode(chapters: list[dict], mode: str, params: AlignParams) -> tuple[list[list[Unit]], list, float]:
    """Units per chapter, the units themselves (for the flags) and the CPU seconds of the mode."""
    tests, units = [], []
    start = time.process_time()
    for c in chapters:
        if mode in VARIANTS:
            zh, en, options = c["zh_paragraphs"], c[mode], AlignOptions(mt_text=c["mt"], presplit=True)
        else:
            zh, en = c["zh"], c["en"]
            mt = {"sentence": c["mt"], "dictionary-only": None, "no-bridge": None}[mode]
            options = AlignOptions(mt_text=mt, presplit=True, unit="sentence",
                                   bridge={"dictionary-only": "dictionary", "no-bridge": "none"}.get(mode, "mt+dictionary"))
        alignment = align_texts(zh, en, dataclasses.replace(options, params=params))
        units.append(alignment.units)
        tests.append([(u.zh, u.en) for u in alignment.units])
    return tests, units, time.process_time() - start


def flag_quality(gold: list[list[Unit]], units: list[list]) -> tuple[float, float, int]:
    """Precision and recall of the low-confidence flags as detectors of units that are not strict hits."""
    flagged = wrong = right = 0
    for g, us in zip(gold, units):
        exact = set(g)
        for u in us:
            bad = (u.zh, u.en) not in exact
            wrong += bad
            flagged += u.flagged
            right += bad and u.flagged
    return (right / flagged if flagged else 0.0), (right / wrong if wrong else 0.0), flagged


def _cli_cpu(commands: list[list[str]]) -> float:
    """CPU seconds (user + system) of running each command as a child process, one after the other."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    for command in commands:
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ | {"PYTHONPATH": ROOT}, cwd=ROOT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def corpus_timing(data: Path, repeat: int) -> None:
    """``bitext align`` over the folders in one call against one call per chapter (the baseline), CPU seconds."""
    root = data / "mac-dev"
    names = sorted(p.name for p in (root / "gold").iterdir())
    align = [sys.executable, "-m", "bitext", "align", "--presplit", "--unit", "sentence"]
    with tempfile.TemporaryDirectory() as tmp:
        per_chapter = [align + [str(root / "zh" / n), str(root / "en" / n), "--mt-file", str(root / "trans" / n),
                                "-o", str(Path(tmp) / f"{n}.ladder"), "--force"] for n in names]
        corpus = align + [str(root / "zh"), str(root / "en"), "--mt-file", str(root / "trans"),
                          "--out-dir", str(Path(tmp) / "corpus"), "--force"]
        one_call, separate = [], []
        for _ in range(repeat):
            one_call.append(_cli_cpu([corpus]))
            separate.append(_cli_cpu(per_chapter))
    for label, times in (("one call for all chapters", one_call), (f"{len(names)} calls, one per chapter", separate)):
        print(f"bitext align, {label}: CPU {statistics.median(times):.2f} s median of {len(times)} "
              f"(spread {min(times):.2f}–{max(times):.2f})")
    # k separate calls pay the start-up (imports, dictionary, segmenter) k times, one call once
    startup = (statistics.median(separate) - statistics.median(one_call)) / (len(names) - 1)
    per_chapter = (statistics.median(one_call) - startup) / len(names)
    print(f"  start-up {startup:.2f} s, {per_chapter:.3f} s a chapter: 24 chapters of this size in one call "
          f"≈ {startup + 24 * per_chapter:.1f} s CPU, as 24 calls ≈ {24 * (startup + per_chapter):.1f} s")
    print(f"load average {os.getloadavg()[0]:.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_dir(), help="folder holding mac-dev/")
    parser.add_argument("--modes", default="sentence,as-is,merged,split,moved,dictionary-only,no-bridge")
    parser.add_argument("--repeat", type=int, default=3, help="repeats of the corpus-mode timing (0: skip it)")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="override an AlignParams weight")
    parser.add_argument("--against", action="append", default=[], metavar="NAME=VALUE",
                        help="also score the default weights with this override, as a baseline in the same run")
    args = parser.parse_args(argv)
    params = AlignParams(**{k: float(v) for k, v in (s.split("=") for s in args.set)})
    baseline = AlignParams(**{k: float(v) for k, v in (s.split("=") for s in args.against)}) if args.against else None
    chapters = load(args.data / "mac-dev")
    golds = [c["gold"] for c in chapters]
    print(f"load average {os.getloadavg()[0]:.2f}; {len(chapters)} chapters, "
          f"{sum(len(c['zh'].splitlines()) for c in chapters)} zh / {sum(len(c['en'].splitlines()) for c in chapters)} en sentences")
    print(f"{'mode':16} {'strict P':>8} {'R':>6} {'F1':>6} {'lax P':>6} {'R':>6} {'F1':>6} "
          f"{'2-2':>6} {'2-3':>6} {'unpaired':>8} {'flag P':>6} {'R':>6} {'CPU s':>6}")
    runs = [(mode, mode, params) for mode in args.modes.split(",")]
    if baseline is not None:
        runs = [run for mode in args.modes.split(",") for run in
                ((mode, mode, params), (f"  {','.join(args.against)}"[:16], mode, baseline))]
    for label, mode, weights in runs:
        tests, units, cpu = run_mode(chapters, mode, weights)
        s = score(golds, tests)
        found = shapes_found(golds, tests)
        flag_p, flag_r, _ = flag_quality(golds, units)
        print(f"{label:16} {s['strict_p']:8.3f} {s['strict_r']:6.3f} {s['strict_f1']:6.3f} {s['lax_p']:6.3f} "
              f"{s['lax_r']:6.3f} {s['lax_f1']:6.3f} " + " ".join(f"{f'{a}/{b}':>6}" for a, b in
              (found["2-2"], found["2-3"])) + f" {'{}/{}'.format(*found['unpaired']):>8} "
              f"{flag_p:6.3f} {flag_r:6.3f} {cpu:6.2f}")
        if mode == "sentence" and weights is params:
            for name, f1 in PUBLISHED_STRICT_F1.items():
                print(f"  vs {name} (published strict F1 {f1:.3f}): {s['strict_f1'] - f1:+.3f}")
    if args.repeat:
        corpus_timing(args.data, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
