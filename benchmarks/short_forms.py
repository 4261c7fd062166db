"""Every short form the name finder attaches to a long form, on the dev, held-out and prose texts, for reading.

A short form is false when it is not the long form's referent; the prose (MAC-Dev's
novel chapters) should give next to none.

    python benchmarks/short_forms.py                                  # dev and held-out texts
    python benchmarks/short_forms.py --prose ../shared/data/mac-dev/zh
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "benchmarks" / "names_dev"


def short_forms_of(text: str, glossary) -> list[str]:
    from bitext.names.finder import find_candidates
    from bitext.names.spans import SortedSpans
    from bitext.names.listed import find_listed
    from bitext.names.short_forms import find_short_forms
    from bitext.pipeline import annotate_text
    from bitext.script import to_simplified

    doc = annotate_text(text, glossary=glossary)
    norm = to_simplified(doc.text)
    listed = find_listed(doc, norm, glossary)
    found = find_candidates(doc, norm, SortedSpans((m.start, m.end) for m in listed))
    short = find_short_forms(doc, norm, [(m.start, m.end) for m in listed], [(c.start, c.end) for c in found])
    return sorted({f"{s.form}→{s.long}" for s in short.shorts} | {f"+{c.form}" for c in short.long_forms})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--prose", type=Path, help="a folder of novel chapters (MAC-Dev zh) instead of the news texts")
    args = parser.parse_args()
    sys.path.insert(0, os.environ.get("PYTHONPATH") or str(ROOT))
    from bitext.glossary import load_glossary

    glossary = load_glossary([ROOT / "glossary" / "seed.tsv"])
    started, cpu = time.perf_counter(), time.process_time()
    paths = sorted(p for p in args.prose.iterdir() if p.is_file()) if args.prose else sorted(
        [*DEV.glob("*.zh.txt"), *(DEV / "heldout").glob("*.zh.txt")])
    total = 0
    for path in paths:
        found = short_forms_of(path.read_text(encoding="utf-8"), glossary)
        total += sum(1 for f in found if not f.startswith("+"))
        print(f"{path.name}: {' '.join(found)}")
    print(f"{total} short forms (short→long; +: a long form added), "
          f"({time.perf_counter() - started:.1f} s wall, {time.process_time() - cpu:.1f} s CPU, "
          f"load {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
