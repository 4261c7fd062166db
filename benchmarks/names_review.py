"""How well ``bitext review`` finds and groups names on news it has never seen, and how quiet it is on prose.

Scores the review (with ``glossary/seed.tsv``) of the hand-written news texts
in ``benchmarks/names_dev/`` against their ``gold.tsv`` (one row per
referent: its forms as written, its seed entry if the seed lists it):

* pair recall: pairs of spellings of one referent (and, for a listed
  referent, each spelling with its entry) that the review links to the same
  entry or reports in the same group;
* unlisted recall: people and places the seed does not list that the review
  reports as ``unlisted_name`` (and how many of them its proposed entry types right);
  organisations are not in this recall, but those reported are counted with how
  many the proposed entry types as organisations (a proposal typed as a person
  would tag the company as a ``persName`` once accepted);
* group precision: reported groups (``probable_variant``, ``unlisted_name``)
  whose forms are whole spellings of one referent (and of the entry named);
  fragments, merges of referents and non-names are errors;
* fragments: reported forms that are part of a gold name but not a name
  (亚铅 of 高丽亚铅); a part that is a name of its own (伦敦 of 伦敦证券交易所:
  a gold form of another text, or a proper noun in CC-CEDICT) is counted
  apart, as a nested name: the gold lists only the outer name, and a
  translator loses nothing by accepting the inner one.  Both are still
  errors of group precision.

With ``--prose DIR`` it also reviews each chapter of a novel (MAC-Dev's
Chinese chapters) and prints every reported name; the share not listed in
``names_dev/prose_names.txt`` (forms judged to be names by reading them) is the
share of reported names that are not names.

    python benchmarks/names_review.py                       # dev texts
    python benchmarks/names_review.py --texts dev7,dev8     # a subset of the dev texts
    python benchmarks/names_review.py --heldout             # held-out texts (read while tuning, since)
    python benchmarks/names_review.py --fresh               # texts written last, to measure once on unread news
    python benchmarks/names_review.py --fresh fresh2        # the second such set, written the round after
    python benchmarks/names_review.py --fresh fresh3        # the third, scored only at the round's start and end
    python benchmarks/names_review.py --fresh fresh4        # the fourth: scored unread at its round's start, then read
    python benchmarks/names_review.py --fresh fresh5        # the fifth: scored unread at its round's start and end
    python benchmarks/names_review.py --fresh fresh6        # the sixth: scored unread at its round's start, mid-round and end
    python benchmarks/names_review.py --fresh fresh7        # the seventh: scored unread at its round's start and end
    python benchmarks/names_review.py --fresh fresh8        # the eighth: scored unread at its round's start, half read
    python benchmarks/names_review.py --fresh fresh9        # the ninth: scored unread at its round's start, half read
    python benchmarks/names_review.py --fresh fresh10       # the tenth: likewise
    python benchmarks/names_review.py --fresh fresh11       # the eleventh: likewise
    python benchmarks/names_review.py --fresh fresh12       # the twelfth: written mid-round, half read since
    python benchmarks/names_review.py --fresh fresh13       # the thirteenth: scored unread at its round's start, half read
    python benchmarks/names_review.py --fresh fresh14       # the fourteenth: written mid-round, scored unread then
    python benchmarks/names_review.py --fresh fresh15       # the fifteenth: sailing, salmon, Alpine tunnels, rally, Booker, flowers, darts, jazz
    python benchmarks/names_review.py --fresh fresh16       # the sixteenth: carnival, Finnish design, tea, chocolate, games, murals, Ballon d'Or, Cannes Lions
    python benchmarks/names_review.py --fresh fresh17       # the seventeenth: e-Estonia, maple syrup, cork, Aussie rules, amber, spas, hurling, truffles
    python benchmarks/names_review.py --fresh fresh18       # the eighteenth: tango, Moroccan solar, Greek shipowners, Kenyan flowers, flamenco, wind turbines, sprinting, whiskey
    python benchmarks/names_review.py --fresh fresh19       # the nineteenth: Icelandic fishing, Swiss glaciers, Philippine basketball, Nazaré surf, Uruguayan beef, Finnish sauna, Bolivian lithium, Scottish ferries
    python benchmarks/names_review.py --fresh fresh20       # the twentieth: Namibian hydrogen, Baltic choirs, Sri Lankan tea, Dutch cycling, Colombian coffee, Hungarian baths, Naadam, Welsh rugby
    python benchmarks/names_review.py --fresh fresh21       # the twenty-first: Gdańsk shipyards, Madagascar vanilla, Venice's flood barriers, Bohemian glass, Indonesian nickel, Nollywood, Dublin data centres, Moldovan wine
    python benchmarks/names_review.py --fresh fresh22       # the twenty-second: Greenland mining, Peruvian anchovy, Romanian IT, Belgian ports, Kenyan geothermal, Portuguese lithium, Vietnamese coffee, Georgian wine
    python benchmarks/names_review.py --fresh fresh23       # the twenty-third: Lithuanian lasers, Chilean salmon, Ghanaian cocoa, Swedish forestry, Tunisian olive oil, Nepalese hydropower, Malaysian palm oil, Filipino seafarers
    python benchmarks/names_review.py --fresh fresh24       # the twenty-fourth: Uzbek cotton, Croatian tourism, Zambian copper, Paraguayan soy and Itaipu, Senegalese fishing, Serbian raspberries, Armenian brandy, Ecuadorian bananas and shrimp
    python benchmarks/names_review.py --fresh fresh25       # the twenty-fifth: Mauritanian iron ore, the Laos railway, Tajikistan's Rogun dam and aluminium, Faroese fishing, Bhutan's hydropower and tourism, Oman's Duqm port, Fijian rugby, Tanzanian tanzanite
    python benchmarks/names_review.py --prose ../shared/data/mac-dev/zh
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "benchmarks" / "names_dev"
REPORTED = ("probable_variant", "unlisted_name")


def load_gold(folder: Path) -> dict[str, list[dict]]:
    gold: dict[str, list[dict]] = defaultdict(list)
    with (folder / "gold.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            row["forms"] = row["forms"].split("|")
            gold[row["text"]].append(row)
    return gold


def forms_never_apart(text: str, referents: list[dict]) -> list[tuple[str, str]]:
    """Gold forms the text writes only inside a longer form of the same referent (洛伦索 of 若昂·洛伦索): no
    review can report them apart, so a pair with them could never be found."""
    never = []
    for row in referents:
        for form in row["forms"]:
            inside = set()
            for longer in (f for f in row["forms"] if form in f and f != form):
                for m in re.finditer(re.escape(longer), text):
                    inside.update(range(m.start(), m.end()))
            if inside and all(set(range(m.start(), m.end())) <= inside for m in re.finditer(re.escape(form), text)):
                never.append((row["referent"], form))
    return never


def review_text(text: str, glossary):
    from bitext.names import find_names
    from bitext.pipeline import annotate_text
    from bitext.review import review
    from bitext.script import to_simplified

    doc = annotate_text(text, glossary=glossary)
    matches = find_names(doc, to_simplified(doc.text), glossary)
    return matches, review(doc, glossary)


def labels_of(matches, conflicts) -> tuple[dict[str, str], list]:
    """Form key → the entry it is linked to (``e:id``) or the reported group it is in (``g:n``)."""
    from bitext.glossary import form_key

    labels = {form_key(m.form): f"e:{m.entry.id}" for m in matches if not getattr(m, "cert", "")}
    groups = [c for c in conflicts if c.kind in REPORTED]
    for n, conflict in enumerate(groups):
        label = f"e:{conflict.entry}" if conflict.kind == "probable_variant" else f"g:{n}"
        for form in conflict.forms:
            labels.setdefault(form_key(form.text), label)
    return labels, groups


def proper_in_cedict(form: str) -> bool:
    """CC-CEDICT has ``form`` as a proper noun (its pinyin capitalised): a name, by a dictionary the review
    does not write."""
    from bitext.dictionary import cedict

    return any(line[line.find("[") + 1:line.find("[") + 2].isupper() for line in cedict().simplified.get(form, ()))


def score_text(referents: list[dict], matches, conflicts, names_elsewhere: frozenset = frozenset()) -> dict:
    from bitext.glossary import form_key

    labels, groups = labels_of(matches, conflicts)
    owners: dict[str, set[str]] = defaultdict(set)  # a bare surname two people share (埃格德) belongs to both
    for r in referents:
        for f in r["forms"]:
            owners[form_key(f)].add(r["referent"])
    entry_of = {r["referent"]: r["entry"] for r in referents}
    result = defaultdict(int)
    result["misses"] = []
    result["errors"] = []
    for r in referents:
        nodes = {f"e:{r['entry']}": f"e:{r['entry']}"} if r["entry"] else {}
        nodes.update({form_key(f): labels.get(form_key(f)) for f in r["forms"]})
        for (a, la), (b, lb) in combinations(nodes.items(), 2):
            result["pairs"] += 1
            if la is not None and la == lb:
                result["pairs_found"] += 1
            else:
                result["misses"].append(f"pair {a}/{b}")
        said = "" if r["entry"] else _proposed_type(r, labels, groups)
        if not r["entry"] and r["type"] in ("person", "place"):
            result["unlisted"] += 1
            if said:
                result["unlisted_found"] += 1
                if said == r["type"]:
                    result["typed_right"] += 1
                else:
                    result["misses"].append(f"type {r['forms'][0]}: {said}, not {r['type']}")
            else:
                result["misses"].append(f"unlisted {r['forms'][0]}")
        elif said and r["type"] in ("organisation", "org"):
            result["orgs_found"] += 1
            result["orgs_typed_right"] += said == "organisation"
    for conflict in groups:
        result["groups"] += 1
        keys = [form_key(f.text) for f in conflict.forms]
        inside = [k for k in keys if k not in owners and any(k in g for g in owners)]
        fragments = [k for k in inside if k not in names_elsewhere and not proper_in_cedict(k)]
        result["fragments"] += len(fragments)
        result["nested"] += len(inside) - len(fragments)
        unknown = any(k not in owners for k in keys)
        shared = set.intersection(*(owners[k] for k in keys)) if keys and not unknown else set()
        wrong_entry = conflict.kind == "probable_variant" and not any(entry_of[r] == conflict.entry for r in shared)
        if unknown or not shared or wrong_entry:
            why = "fragment" if fragments else "nested name" if inside else "non-name" if unknown else (
                "merge" if not shared else "wrong entry")
            result["errors"].append(f"{why}: {conflict.kind} {conflict.entry or ''} {'/'.join(keys)}")
        else:
            result["groups_right"] += 1
    return result


def _proposed_type(referent: dict, labels: dict[str, str], groups: list) -> str:
    """The type the review proposes for a referent it reports as unlisted (its first reported form's group), else ""."""
    from bitext.glossary import form_key

    label = next((labels[k] for f in referent["forms"] if (labels.get(k := form_key(f)) or "").startswith("g:")), "")
    return groups[int(label[2:])].details["proposed"]["type"] if label else ""


def ratio(a: int, b: int) -> str:
    return f"{a / b:.2f} ({a}/{b})" if b else "n/a"


def score_folder(folder: Path, glossary, verbose: bool, only: list[str] | None = None) -> None:
    from bitext.glossary import form_key

    gold = load_gold(folder)
    totals = defaultdict(int)
    for name, referents in sorted(gold.items()):
        if only and not any(name.startswith(prefix) for prefix in only):
            continue
        text = (folder / f"{name}.zh.txt").read_text(encoding="utf-8")
        for referent, form in forms_never_apart(text, referents):
            print(f"gold: {name} {referent}: {form} is written only inside a longer form", file=sys.stderr)
        elsewhere = frozenset(form_key(f) for other, rows in gold.items() if other != name for r in rows
                              for f in r["forms"])
        result = score_text(referents, *review_text(text, glossary), elsewhere)
        for key, value in result.items():
            if isinstance(value, int):
                totals[key] += value
        print(f"{name}: pairs {ratio(result['pairs_found'], result['pairs'])}, "
              f"unlisted {ratio(result['unlisted_found'], result['unlisted'])} "
              f"(typed right {ratio(result['typed_right'], result['unlisted_found'])}), "
              f"groups {ratio(result['groups_right'], result['groups'])}, fragments {result['fragments']} "
              f"(nested names {result['nested']})")
        if verbose:
            for line in result["misses"] + result["errors"]:
                print("   ", line)
    print(f"ALL {folder.name}: pair recall {ratio(totals['pairs_found'], totals['pairs'])}; "
          f"unlisted referents reported {ratio(totals['unlisted_found'], totals['unlisted'])} "
          f"(type right {ratio(totals['typed_right'], totals['unlisted_found'])}); "
          f"organisations reported {totals['orgs_found']} (type right {ratio(totals['orgs_typed_right'], totals['orgs_found'])}); "
          f"reported-group precision {ratio(totals['groups_right'], totals['groups'])}; "
          f"fragment suggestions {totals['fragments']} (and {totals['nested']} names nested in a gold name)")


def score_prose(folder: Path, glossary, verbose: bool) -> None:
    from bitext.glossary import form_key

    judged = {form_key(line.strip()) for line in (DEV / "prose_names.txt").read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")}
    reported, not_names = 0, []
    for chapter in sorted(p for p in folder.iterdir() if p.is_file()):
        text = chapter.read_text(encoding="utf-8")
        _, conflicts = review_text(text, glossary)
        forms = sorted({f.text for c in conflicts if c.kind in REPORTED for f in c.forms})
        reported += len(forms)
        wrong = [f for f in forms if form_key(f) not in judged]
        not_names += wrong
        if verbose:
            print(f"  {chapter.name}: {' '.join(forms)}")
    print(f"prose: {reported} reported names, not names: {ratio(len(not_names), reported)} {' '.join(not_names)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--heldout", action="store_true", help="score the held-out texts instead of the dev texts")
    parser.add_argument("--fresh", nargs="?", const="fresh", choices=("fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                                                                 "fresh6", "fresh7", "fresh8", "fresh9",
                                                                 "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20",
                                                                 "fresh21", "fresh22", "fresh23", "fresh24", "fresh25"),
                        help="score a set of fresh texts (names_dev/fresh … fresh25), each scored first unread")
    parser.add_argument("--prose", type=Path, help="a folder of novel chapters (MAC-Dev zh) to count non-names on")
    parser.add_argument("--glossary", type=Path, default=ROOT / "glossary" / "seed.tsv")
    parser.add_argument("--texts", help="comma-separated prefixes of the texts to score (dev7,dev8): a subset")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each missed pair and wrong group")
    args = parser.parse_args()
    sys.path.insert(0, os.environ.get("PYTHONPATH") or str(ROOT))
    from bitext.glossary import load_glossary

    glossary = load_glossary([args.glossary])
    started, cpu = time.perf_counter(), time.process_time()
    score_folder(DEV / "heldout" if args.heldout else DEV / args.fresh if args.fresh else DEV, glossary, args.verbose,
                 args.texts.split(",") if args.texts else None)
    if args.prose:
        score_prose(args.prose, glossary, args.verbose)
    print(f"({time.perf_counter() - started:.1f} s wall, {time.process_time() - cpu:.1f} s CPU, "
          f"load {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
