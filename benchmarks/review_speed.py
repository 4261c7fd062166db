"""CPU time of ``review`` on 1 MB of news, with the seed glossary and with a 10,000-entry glossary.

The text is the dev news texts (benchmarks/names_dev) and the seed article
repeated to about 1 MB, one paragraph per line; the big glossary is the seed
plus 10,000 entries made from the background lexicon's foreign names (real
transliterations, so the sound index is under real load).  Each measurement
runs in a fresh process, as a user's later runs do: the lexicon read from the
tree's own cache of built tables, filled by one unmeasured run first (the
first run ever builds it, about 1.5 s more).  With ``--baseline`` the two trees
run in turn within each repeat, so that the machine's load falls on both alike.
It prints the median of the repeats (and the range of the whole run's CPU),
CPU and wall time, and the load.

    python benchmarks/review_speed.py                          # this tree
    python benchmarks/review_speed.py --baseline /work/main    # and another tree, in the same run
    python benchmarks/review_speed.py --text news.txt          # another text
    python benchmarks/review_speed.py --distinct               # every news text here once: many distinct names

A text repeated to 1 MB holds few distinct names; ``--distinct`` measures the
other way a long text grows, in names (all the dev and held-out news texts
once each), where work that compares every name with every other shows.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_BYTES = 1_000_000

_CHILD = r"""
import json, sys, time
from pathlib import Path
cpu, wall = time.process_time(), time.perf_counter()
from bitext.glossary import load_glossary
from bitext.pipeline import AnnotateOptions, annotate_text
from bitext.review import review
glossary = load_glossary([sys.argv[2]])
text = Path(sys.argv[1]).read_text(encoding="utf-8")
annotated_cpu = time.process_time()
options = AnnotateOptions(pinyin=False) if "pinyin" in AnnotateOptions.__dataclass_fields__ else AnnotateOptions()
doc = annotate_text(text, options=options, glossary=glossary)  # as `bitext review` does (older trees: pinyin too)
review_cpu = time.process_time()
conflicts = review(doc, glossary)
print(json.dumps({"cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall,
                  "review_cpu": time.process_time() - review_cpu, "annotate_cpu": review_cpu - annotated_cpu,
                  "conflicts": len(conflicts)}))
"""


def make_text(folder: Path) -> Path:
    pieces = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "benchmarks" / "names_dev").glob("*.zh.txt"))]
    seed = ROOT.parent / "shared" / "seeds" / "000_36665d41d2d5dc20.txt"
    if seed.exists():
        pieces.append(seed.read_text(encoding="utf-8"))
    block = "\n".join(pieces)
    text = (block * (TARGET_BYTES // len(block.encode("utf-8")) + 1))
    path = folder / "news-1mb.txt"
    path.write_text(text, encoding="utf-8")
    return path


def make_distinct_text(folder: Path) -> Path:
    news = ROOT / "benchmarks" / "names_dev"
    pieces = [p.read_text(encoding="utf-8") for p in sorted(news.glob("*.zh.txt")) + sorted(news.glob("heldout/*.zh.txt"))]
    path = folder / "news-distinct.txt"
    path.write_text("\n".join(pieces), encoding="utf-8")
    return path


def make_big_glossary(folder: Path, size: int) -> Path:
    sys.path.insert(0, str(ROOT))
    from bitext.glossary import slug
    from bitext.names.lexicon import lexicon

    seed = (ROOT / "glossary" / "seed.tsv").read_text(encoding="utf-8")
    taken = {line.split("\t")[0] for line in seed.splitlines()}
    rows = []
    for name in sorted(lexicon().names.values(), key=lambda n: n.form):
        entry_id = f"lex-{slug(name.english)}-{len(rows)}"
        if name.foreign and entry_id not in taken:
            rows.append(f"{entry_id}\t{name.type.value}\t{name.english}\t{name.form}\t\t\t\t\t")
        if len(rows) == size:
            break
    path = folder / "big.tsv"
    path.write_text(seed + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def run_once(tree: Path, text: Path, glossary: Path, cache: Path) -> dict:
    """One fresh process of ``tree`` reviewing ``text``; ``cache`` is the tree's own cache of built tables: two trees
    sharing one would rebuild the lexicon on every run, as neither's files are the other's."""
    out = subprocess.run([sys.executable, "-c", _CHILD, str(text), str(glossary)], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(tree), "BITEXT_DATA_CACHE": str(cache)}, cwd=tree)
    if out.returncode:
        sys.exit(f"{tree}: {out.stderr.strip().splitlines()[-1]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(trees: list[Path], text: Path, glossary: Path, repeats: int, folder: Path) -> list[list[dict]]:
    """``repeats`` runs of each tree, the trees taken in turn within each repeat so that a change in the machine's
    load falls on all of them alike, after one unmeasured run each that fills its cache."""
    caches = [folder / f"cache-{n}" for n in range(len(trees))]
    for tree, cache in zip(trees, caches):
        run_once(tree, text, glossary, cache)
    runs: list[list[dict]] = [[] for _ in trees]
    for _ in range(repeats):
        for n, (tree, cache) in enumerate(zip(trees, caches)):
            runs[n].append(run_once(tree, text, glossary, cache))
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", type=Path, help="another bitext tree to measure in the same run, in turn")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--entries", type=int, default=10_000)
    texts = parser.add_mutually_exclusive_group()
    texts.add_argument("--text", type=Path, help="measure this text instead of the dev texts repeated to 1 MB")
    texts.add_argument("--distinct", action="store_true", help="measure every dev and held-out news text once instead")
    args = parser.parse_args()
    trees = [ROOT] + ([args.baseline.resolve()] if args.baseline else [])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        text = args.text.resolve() if args.text else make_distinct_text(folder) if args.distinct else make_text(folder)
        glossaries = {"seed": ROOT / "glossary" / "seed.tsv", f"seed+{args.entries}": make_big_glossary(folder, args.entries)}
        print(f"text: {text.stat().st_size / 1e6:.2f} MB; load {os.getloadavg()[0]:.1f}")
        for name, glossary in glossaries.items():
            for tree, runs in zip(trees, measure(trees, text, glossary, args.repeats, folder / name)):
                r = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
                cpus = sorted(run["cpu"] for run in runs)
                print(f"{tree.name:>10} {name:>12}: review {r['review_cpu']:.1f} s CPU, annotate {r['annotate_cpu']:.1f} s CPU, "
                      f"whole run {r['cpu']:.1f} s CPU ({cpus[0]:.1f}–{cpus[-1]:.1f}) / {r['wall']:.1f} s wall, "
                      f"{r['conflicts']:.0f} conflicts (median of {args.repeats}; load {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
