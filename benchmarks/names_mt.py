"""How often the MT carries the glossary's English for the names of a sentence, by term mode.

Translates sentences whose names are glossary forms (some of them variant
spellings the model never saw: 托加耶夫 for 托卡耶夫, 泽伦斯基 for 泽连斯基) four
ways: no terms (the baseline, measured in the same run), ``nbest`` (the
hypothesis of the beam that holds every English form), ``inline`` (the
English form written into the source), all three reading the names as written, and
``regularised+nbest`` (bitext's default: the MT reads each variant in its preferred
Chinese form, then n-best).  Prints, for each mode, the share of
name mentions whose English (or short form) is in the translation, as
:func:`bitext.names.check_translation_terms` judges it, and the ratio to the
baseline.

    python benchmarks/names_mt.py                     # the tests' tiny trained package (built, ~20 s)
    python benchmarks/names_mt.py --package PATH      # an installed Argos zh→en package
    python benchmarks/names_mt.py --package PATH --text seeds/kazakhstan-russia-central-asia.zh.txt
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

GLOSSARY = (
    "id\ttype\tenglish\tchinese\tshort\tchinese_short\tvariants\n"
    "putin\tperson\tVladimir Putin\t弗拉基米尔·普京\tPutin\t普京\t普丁\n"
    "tokayev\tperson\tKassym-Jomart Tokayev\t卡西姆-乔马尔特·托卡耶夫\tTokayev\t托卡耶夫\t托加耶夫\n"
    "zelensky\tperson\tVolodymyr Zelensky\t弗拉基米尔·泽连斯基\tZelensky\t泽连斯基\t泽伦斯基\n"
    "lukashenko\tperson\tAlexander Lukashenko\t亚历山大·卢卡申科\tLukashenko\t卢卡申科\t卢卡森科\n"
    "russia\tplace\tRussia\t俄罗斯\t\t\t\n"
    "kazakhstan\tplace\tKazakhstan\t哈萨克斯坦\t\t\t\n"
    "ukraine\tplace\tUkraine\t乌克兰\t\t\t\n"
)
VARIANTS = {"托卡耶夫": "托加耶夫", "泽连斯基": "泽伦斯基", "卢卡申科": "卢卡森科", "普京": "普丁"}


def test_sentences() -> list[str]:
    """Template sentences of the tiny model, half of them with a name respelled."""
    from argos_fixture import template_pairs

    sentences = []
    for i, (zh, _) in enumerate(template_pairs()[::3]):
        if i % 2:
            for listed, variant in VARIANTS.items():
                zh = zh.replace(listed, variant)
        sentences.append(zh)
    return sentences


def tiny_package(folder: Path) -> Path:
    from argos_fixture import build_tiny_trained_package

    archive = build_tiny_trained_package(folder)
    with zipfile.ZipFile(archive) as z:
        z.extractall(folder / "unpacked")
        top = z.namelist()[0].split("/")[0]
    return folder / "unpacked" / top


def read_as_written(doc) -> None:
    """Undo bitext's default of letting the MT read a variant name in its preferred form."""
    for sentence in doc.sentences():
        for name in sentence.names:
            name.preferred = name.form


def measure(package: Path, text: str, glossary_path: Path) -> None:
    from bitext.glossary import load_glossary
    from bitext.mt import load_translator
    from bitext.mt.stage import translate_document
    from bitext.names import check_translation_terms, sentence_terms
    from bitext.pipeline import annotate_text

    glossary = load_glossary([glossary_path])
    baseline = None
    for mode in ("none", "nbest", "inline", "regularised+nbest"):
        translator = load_translator(package, term_mode="inline" if mode == "inline" else "nbest")
        doc = annotate_text(text, glossary=glossary)
        variant = {id(n): n.form != n.preferred for s in doc.sentences() for n in s.names}
        if not mode.startswith("regularised"):
            read_as_written(doc)
        started = time.perf_counter()
        terms = None if mode == "none" else (lambda s, doc=doc: sentence_terms(s, doc))
        translate_document(doc, translator, terms=terms)
        seconds = time.perf_counter() - started
        check_translation_terms(doc)
        counts = {"listed": [0, 0], "variant": [0, 0]}  # [present, mentions]
        for sentence in doc.sentences():
            if sentence.translation is None:
                continue
            for name in {n.entry_id: n for n in sentence.names}.values():
                bucket = counts["variant" if variant[id(name)] else "listed"]
                bucket[1] += 1
                bucket[0] += name.entry_id not in sentence.translation.missing_terms
        present = sum(c[0] for c in counts.values())
        mentions = sum(c[1] for c in counts.values())
        share = present / mentions if mentions else 0.0
        baseline = share if baseline is None else baseline
        ratio = f"{share / baseline:.2f}×" if baseline else "n/a"
        detail = ", ".join(f"{k} {c[0]}/{c[1]}" for k, c in counts.items())
        print(f"{mode:17s} names with their English: {present}/{mentions} = {share:.1%} ({detail})  "
              f"vs no terms: {ratio}  {seconds:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--package", help="Argos package folder or name (default: build the tests' tiny one)")
    parser.add_argument("--text", help="article to translate (default: template sentences with respelled names)")
    parser.add_argument("--glossary", help="glossary (default: a small one for the template sentences)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        package = Path(args.package) if args.package else tiny_package(folder)
        text = Path(args.text).read_text(encoding="utf-8") if args.text else "\n".join(test_sentences()) + "\n"
        glossary = Path(args.glossary) if args.glossary else folder / "g.tsv"
        if not args.glossary:
            glossary.write_text(GLOSSARY, encoding="utf-8")
        measure(package, text, glossary)


if __name__ == "__main__":
    main()
