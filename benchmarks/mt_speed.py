"""Translation speed: argostranslate paragraph by paragraph (baseline) vs bitext, one run.

Both translate the same sentences with the same model and beam size.  The
model is a randomly initialised Transformer-base (6+6 layers, d_model 512,
8 heads, FFN 2048, int8) built here as a real Argos package (its SentencePiece
model is trained on the benchmark text); random weights give meaningless
English but the exact cost of a real model of that size.  Left alone, random
weights loop until the 256-piece limit; one position dimension is wired to
the ``</s>`` logit so that outputs end after about as many pieces as the
source has, as real translations do.  Both sides split
paragraphs into sentences the same way (the package's MiniSBD splitter ends
a sentence after 。！？!?; checked below), so the English must be the same:
with guards off bitext uses argostranslate's decoding options exactly, and
the outputs are compared paragraph by paragraph.

Every contender runs ``--repeats`` times, interleaved with the baseline in
the same process; the script prints the median and the spread (min–max) of
wall time and of CPU time (all threads of this process: CTranslate2's
included), the ratio of the medians, and the load average before and after
(other work on the machine lowers every figure; quote a quiet machine's).

The cost of the guards is measured on a real small model, the tests' tiny
trained one (``tests/argos_fixture.py``, built here in about 20 s), whose
outputs end properly like a real model's: guards off against guards on on
the same sentences, with how many sentences a guard fired on.  (On the random
model guards are not comparable: it loops until the length cap.)

Usage: python benchmarks/mt_speed.py [--text FILE] [--limit N] [--mac] [--beam 4] [--repeats 3]
(``--mac`` adds the MAC-Dev Chinese sentences from ../shared/data, or BITEXT_DATA).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from argos_fixture import (  # noqa: E402
    SENTENCE_END, ModelShape, build_package, build_tiny_trained_package, extract_package, template_pairs)

SEED = ROOT / "seeds" / "kazakhstan-russia-central-asia.zh.txt"
TRANSFORMER_BASE = ModelShape(layers=6, d_model=512, heads=8, ffn=2048)


def default_data_dir() -> Path:
    env = os.environ.get("BITEXT_DATA")
    return Path(env) if env else ROOT.parent / "shared" / "data"


def split_sentences(paragraph: str) -> list[str]:
    """The splitter's rule: a sentence ends after each of 。！？!? (spaces trimmed)."""
    parts = re.split(f"(?<=[{SENTENCE_END}])", paragraph)
    return [p.strip() for p in parts if p.strip()]


def paragraphs(args) -> list[str]:
    lines = [line.strip() for line in args.text.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    if args.mac:
        for path in sorted((args.data / "mac-dev" / "zh").iterdir()):
            lines += [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines[: args.limit] if args.limit else lines


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


class Timings:
    """Wall and CPU seconds of repeated runs of one contender."""

    def __init__(self, label: str):
        self.label, self.wall, self.cpu, self.result = label, [], [], None

    def run(self, fn) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        self.result = fn()
        self.wall.append(time.perf_counter() - wall)
        self.cpu.append(time.process_time() - cpu)

    def row(self, n: int, base: "Timings") -> str:
        wall, cpu = statistics.median(self.wall), statistics.median(self.cpu)
        return (f"{self.label:38}{wall:8.2f} [{min(self.wall):.2f}–{max(self.wall):.2f}]{cpu:8.2f} "
                f"[{min(self.cpu):.2f}–{max(self.cpu):.2f}]{n / wall:9.1f}{statistics.median(base.wall) / wall:8.2f}×"
                f"{statistics.median(base.cpu) / cpu:8.2f}×")


def table(n: int, rows: list[Timings]) -> None:
    print(f"{'':38}{'wall s median [min–max]':>23}{'CPU s median [min–max]':>23}{'sent/s':>9}"
          f"{'wall ×':>8}{'CPU ×':>8}")
    for timings in rows:
        print(timings.row(n, rows[0]))


def load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text", type=Path, default=SEED, help="Chinese text, one paragraph per line")
    parser.add_argument("--mac", action="store_true", help="add the MAC-Dev Chinese chapters")
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--limit", type=int, default=0, help="first N paragraphs only")
    parser.add_argument("--beam", type=int, default=4)
    parser.add_argument("--inter-threads", type=int, default=None)
    parser.add_argument("--intra-threads", type=int, default=None)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--stop-threshold", type=float, default=5.0,
                        help="makes the random model end after ~8×N pieces (5: about as long as the source)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bitext-mt-speed-") as tmp:
        return run(args, Path(tmp))


def run(args, work: Path) -> int:
    os.environ["ARGOS_PACKAGES_DIR"] = str(work / "packages")  # before argostranslate is imported
    os.environ["ARGOS_BEAM_SIZE"] = str(args.beam)
    pars = paragraphs(args)
    sentences = [s for p in pars for s in split_sentences(p)]

    archive, build_s = timed(lambda: build_package(
        work, name="translate-zh_en-random-base", pairs=[], extra_lines=pars, vocab_size=8000,
        shape=TRANSFORMER_BASE, quantization="int8", stop_threshold=args.stop_threshold))
    package_dir = extract_package(archive, work / "packages")
    print(f"model: random Transformer-base 6+6, d_model 512, int8, built in {build_s:.1f} s "
          f"({archive.stat().st_size / 1e6:.0f} MB); {len(pars)} paragraphs, {len(sentences)} sentences, "
          f"beam {args.beam}, {os.cpu_count()} CPUs")

    from bitext.mt import load_translator

    engine = {"inter_threads": args.inter_threads, "intra_threads": args.intra_threads,
              "batch_size": args.batch_size}
    same = load_translator(package_dir, beam_size=args.beam, guards=False, **engine)

    from argostranslate import translate
    from argostranslate.sbd import MiniSBDSentencizer

    translation = translate.get_translation_from_codes("zh", "en")
    splitter = MiniSBDSentencizer(getattr(translation, "underlying", translation).pkg)
    mismatched_split = [p for p in pars if splitter.split_sentences(p) != split_sentences(p)]
    translate.translate("预热。", "zh", "en")  # load the model outside the timing, as bitext's was
    same.translate(["预热。"])

    theirs = Timings("argostranslate.translate (baseline)")
    ours = Timings("bitext, argos options (guards off)")
    print(f"load average (1/5/15 min) before: {load()}; {args.repeats} repeats, interleaved")
    for _ in range(args.repeats):
        theirs.run(lambda: [translate.translate(p, "zh", "en") for p in pars])
        ours.run(lambda: same.translate(sentences))
    table(len(sentences), [theirs, ours])

    i = 0
    exact = squashed = 0
    for paragraph, english in zip(pars, theirs.result):
        n = len(split_sentences(paragraph))
        joined = " ".join(t.text for t in ours.result[i:i + n])
        i += n
        exact += joined == english
        squashed += squash(joined) == squash(english)
    print(f"same English (guards off vs baseline), per paragraph: {squashed}/{len(pars)} ignoring spaces, "
          f"{exact}/{len(pars)} exactly; sentence splits that differ: {len(mismatched_split)}")
    print("(spaces differ where sentences meet: argostranslate decodes a paragraph's pieces as one string; "
          "a rare word differs with the thread split, which changes float rounding near ties of a random model)")
    print(f"threads inter={same.inter_threads}, batch={same.batch_size}")
    guard_cost(args, work, sentences)
    print(f"load average (1/5/15 min) after: {load()}")
    return 1 if mismatched_split else 0  # the comparison is only fair on the same sentences


def guard_cost(args, work: Path, seed_sentences: list[str]) -> None:
    """Guards on against off on the tests' tiny trained model (outputs that end, as a real model's do)."""
    from bitext.mt import load_translator

    archive, build_s = timed(lambda: build_tiny_trained_package(work / "tiny"))
    package = extract_package(archive, work / "tiny")
    sources = ([zh for zh, _ in template_pairs()] + seed_sentences) * 5  # enough work to time
    off = load_translator(package, beam_size=args.beam, guards=False)
    on = load_translator(package, beam_size=args.beam)
    off.translate(["预热。"]), on.translate(["预热。"])
    unguarded, guarded = Timings("tiny model, guards off (baseline)"), Timings("tiny model, guards on")
    for _ in range(args.repeats):
        unguarded.run(lambda: off.translate(sources))
        guarded.run(lambda: on.translate(sources))
    fired = sum(bool(t.guards) for t in guarded.result)
    print(f"\nguard cost on the tests' tiny trained model (built in {build_s:.0f} s): {len(sources)} sentences "
          f"(5 × ({len(template_pairs())} it learnt + {len(seed_sentences)} from the text, unseen)); "
          f"a guard fired on {fired}")
    table(len(sources), [unguarded, guarded])


if __name__ == "__main__":
    sys.exit(main())
