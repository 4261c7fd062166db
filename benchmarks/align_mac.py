"""Sentence-alignment quality and speed on MAC-Dev (Chinese novels vs their English translations).

Runs ``bitext.parallel.align_texts`` on each chapter with the provided machine
translation, exactly as ``bitext align --mt-file --presplit`` does, and scores it
with Vecalign's strict and lax precision / recall / F1: a unit is a strict hit
when it equals a gold unit, a lax hit when it shares at least one sentence pair
with one; gold units with an empty side are left out of recall; counts are
summed over all chapters before dividing.  Published strict F1 on MAC-Dev is
printed beside ours for comparison (Bleualign .641, Vecalign .863, Bertalign .911).

Usage: python benchmarks/align_mac.py [--data DIR]   (or BITEXT_DATA=DIR)
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bitext.alignment_formats import parse_ladder  # noqa: E402
from bitext.align import align_paragraphs  # noqa: E402
from bitext.parallel import AlignOptions, align_texts, presplit_segments, translation_lines  # noqa: E402

PUBLISHED_STRICT_F1 = {"Bleualign": 0.641, "Vecalign": 0.863, "Bertalign": 0.911}

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


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_dir(), help="folder holding mac-dev/")
    args = parser.parse_args(argv)
    root = args.data / "mac-dev"
    chapters = sorted(p.name for p in (root / "gold").iterdir())
    inputs = [
        (_text(root / "zh" / c), _text(root / "trans" / c), _text(root / "en" / c),
         parse_ladder(_text(root / "gold" / c).splitlines()))
        for c in chapters
    ]
    golds, tests, times, sizes = [], [], [], []
    cpu_start = time.process_time()
    for zh, mt, en, gold in inputs:
        start = time.perf_counter()
        alignment = align_texts(zh, en, AlignOptions(mt_text=mt, presplit=True))
        times.append(time.perf_counter() - start)
        sizes.append((len(alignment.zh), len(alignment.en)))
        golds.append(gold)
        tests.append([(u.zh, u.en) for u in alignment.units])
    print(f"{'chapter':8} {'zh':>4} {'en':>4} {'strict P':>8} {'R':>6} {'F1':>6} {'lax F1':>7} {'time s':>7}")
    for name, (n_zh, n_en), g, t, secs in zip(chapters, sizes, golds, tests, times):
        s = score([g], [t])
        print(f"{name:8} {n_zh:4} {n_en:4} {s['strict_p']:8.3f} {s['strict_r']:6.3f} "
              f"{s['strict_f1']:6.3f} {s['lax_f1']:7.3f} {secs:7.2f}")
    total = score(golds, tests)
    print(f"all chapters: strict P {total['strict_p']:.3f} R {total['strict_r']:.3f} F1 {total['strict_f1']:.3f}; "
          f"lax P {total['lax_p']:.3f} R {total['lax_r']:.3f} F1 {total['lax_f1']:.3f}; "
          f"wall time {sum(times):.2f} s, CPU time {time.process_time() - cpu_start:.2f} s "
          "(the first chapter includes loading the dictionary)")
    for name, f1 in PUBLISHED_STRICT_F1.items():
        print(f"  vs {name} (published strict F1 {f1:.3f}): {total['strict_f1'] / f1:.2f}x")
    start = time.perf_counter()
    mt_only = [_mt_only(zh, mt, en) for zh, mt, en, _ in inputs]
    ablation = score(golds, mt_only)
    print(f"ablation, MT bridge only (no dictionary glosses): strict F1 {ablation['strict_f1']:.3f}, "
          f"lax F1 {ablation['lax_f1']:.3f}, {time.perf_counter() - start:.2f} s")
    return 0


def _mt_only(zh: str, mt: str, en: str) -> list[Unit]:
    """The same DP with the machine translation as the only bridge."""
    zh_segments = presplit_segments(zh)
    units = align_paragraphs(zh_segments, translation_lines(mt, zh_segments), presplit_segments(en))
    return [(u.zh, u.en) for u in units]


if __name__ == "__main__":
    raise SystemExit(main())
