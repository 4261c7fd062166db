"""How whole the review's names are in the phrasings news wraps them in, on names it knows from its lexicon.

The dev texts hold a few thousand names, each in one phrasing; a boundary rule
that fails on a common phrasing the texts happen to lack (制药商礼来, a maker
and its name) scores nothing there.  This probe writes short sentences from
templates instead: a name the background lexicon knows (CC-CEDICT's foreign
people, places and bodies, sampled with a fixed seed) inside phrasings news
uses, and checks the review (empty glossary) reports that name exactly.

Families (each prints ok / longer / fragment / missing per template):

* ``glossed-body``: a body's name and its English in parentheses after a
  country, a trade's word (芯片商, 药企, 汽车制造商), a kind of company (科技公司)
  or a verb;
* ``glossed-person``: a person's name and English after titles and verbs;
* ``body-after-trade``: a body of two characters after a trade's word, no gloss
  (芯片商腾讯宣布), which two characters alone never vouch for;
* ``route``: three places on a route (从…经…到…);
* ``variant``: a person's name and the same with one character written as
  another region writes it (柯/科, 士/斯, 臣/森): the share grouped;
* ``unglossed``: people and places without a gloss, in news clauses (前总统…与
  现任总统…通电话, …市长…说, …曾于2019年访问…, lists with 、 and 和).

A name reported inside a longer one (药企辉瑞公司) is "longer"; only a part of it,
"fragment"; not at all, "missing" (often a name the lexicon knows but the text
gives no reason to report, as a single unglossed mention).  Synthetic phrasings
may read oddly (药企 before a party's name); compare runs, not absolute rates.

    python benchmarks/names_probe.py                   # every family, 60 names each
    python benchmarks/names_probe.py --names 150 --seed 2
    python benchmarks/names_probe.py --family route
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bitext.glossary import load_glossary  # noqa: E402
from bitext.names.lexicon import NameType, lexicon  # noqa: E402
from bitext.pipeline import annotate_text  # noqa: E402
from bitext.review import review  # noqa: E402
from bitext.script import to_simplified  # noqa: E402

BODY_CONTEXTS = ("", "美国", "美国制药商", "芯片商", "药企", "汽车制造商", "矿业巨头", "能源公司", "科技公司", "与", "宣布收购", "由")
PERSON_CONTEXTS = ("", "总统", "美国总统", "前总理", "歌手", "与", "会见了", "由", "球星", "其妻子")
TRADES = ("芯片商", "药企", "车企", "游戏商", "软件商", "零售商")
#: Clauses of news with people ({a}, {b}) and places ({p}, {q}), unglossed.
UNGLOSSED = ("前总统{a}与现任总统{b}通电话。", "{p}总统{a}周二表示。", "{a}曾于2019年访问{p}。", "{p}市长{a}说，交通将改善。",
             "{a}抵达{p}后表示。", "{a}、{b}和{p}代表出席了会议。", "{p}和{q}两国签署协议。", "位于{p}北部的工厂关闭。")
#: One character and another a region writes for the same sound (Hong Kong's 士 for 斯, 臣 for 森).
REGIONAL = {"克": "柯", "科": "柯", "娜": "纳", "丽": "莉", "伊": "依", "维": "韦", "特": "德", "德": "特", "斯": "士",
            "夫": "甫", "基": "吉", "卡": "加", "里": "利", "利": "里", "亚": "雅", "萨": "沙", "蒂": "迪", "迪": "蒂",
            "罗": "洛", "洛": "罗", "森": "臣", "顿": "登", "奇": "契", "西": "锡", "莫": "摩"}


def reported(text: str, glossary) -> list[set[str]]:
    """The review's groups of ``text``, each as the Simplified forms it holds."""
    doc = annotate_text(text, glossary=glossary)
    return [{to_simplified(f.text) for f in c.forms} for c in review(doc, glossary)
            if c.kind in ("unlisted_name", "probable_variant")]


def verdict(form: str, groups: list[set[str]]) -> str:
    forms = set().union(*groups) if groups else set()
    if form in forms:
        return "ok"
    if any(form in f for f in forms):
        return "longer"
    if any(f in form for f in forms if len(f) >= 2 and all("\u3400" <= c <= "\u9fff" for c in f)):
        return "fragment"
    return "missing"


def foreign(kind: NameType, shortest: int, longest: int) -> list[str]:
    lex = lexicon()
    return sorted(f for f, n in lex.names.items() if n.type is kind and n.foreign and shortest <= len(f) <= longest
                  and n.english.isascii() and f not in lex.words)


def probe(name: str, rng: random.Random, n: int, glossary) -> dict[str, Counter]:
    lex, out = lexicon(), {}
    if name in ("glossed-body", "glossed-person"):
        kind, contexts = ((NameType.ORGANISATION, BODY_CONTEXTS) if name == "glossed-body"
                          else (NameType.PERSON, PERSON_CONTEXTS))
        for form in rng.sample(foreign(kind, 2, 6), n):
            for context in contexts:
                text = f"据报道，{context}{form}（{lex.names[form].english}）周二表示。"
                out.setdefault(context or "(none)", Counter())[verdict(form, reported(text, glossary))] += 1
    elif name == "body-after-trade":
        for form in rng.sample(foreign(NameType.ORGANISATION, 2, 2), n):
            trade = rng.choice(TRADES)
            text = f"据报道，{trade}{form}宣布裁员，{form}股价下跌。"
            out.setdefault("trade", Counter())[verdict(form, reported(text, glossary))] += 1
    elif name == "route":
        places = foreign(NameType.PLACE, 2, 5)
        for _ in range(n):
            route = rng.sample(places, 3)
            groups = reported("从{}经{}到{}的铁路明年通车。".format(*route), glossary)
            for form in route:
                out.setdefault("route", Counter())[verdict(form, groups)] += 1
    elif name == "unglossed":
        people, places = foreign(NameType.PERSON, 2, 6), foreign(NameType.PLACE, 3, 6)
        for template in UNGLOSSED:
            for _ in range(n // 2):
                (a, b), (p, q) = rng.sample(people, 2), rng.sample(places, 2)
                groups = reported(template.format(a=a, b=b, p=p, q=q), glossary)
                for key, form in (("{a}", a), ("{b}", b), ("{p}", p), ("{q}", q)):
                    if key in template:
                        out.setdefault(template, Counter())[verdict(form, groups)] += 1
    elif name == "variant":
        people = [f for f in foreign(NameType.PERSON, 3, 5) if any(c in REGIONAL for c in f[1:])]
        for form in rng.sample(people, n):
            at = rng.choice([i for i, c in enumerate(form) if c in REGIONAL and i > 0])
            other = form[:at] + REGIONAL[form[at]] + form[at + 1:]
            if other in lex.names:
                continue
            groups = reported(f"外长{form}周二表示，两国关系良好。{other}说，他将访问巴黎。", glossary)
            together = any(form in g and other in g for g in groups)
            out.setdefault("variant", Counter())["grouped" if together else "apart"] += 1
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    families = ("glossed-body", "glossed-person", "body-after-trade", "route", "variant", "unglossed")
    parser.add_argument("--family", choices=families, action="append")
    parser.add_argument("--names", type=int, default=60, help="names sampled per family (default 60)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    glossary = load_glossary([])
    for family in args.family or families:
        results = probe(family, random.Random(args.seed), args.names, glossary)
        total = sum(results.values(), Counter())
        print(f"{family}: " + ", ".join(f"{k} {v}" for k, v in sorted(total.items())))
        if len(results) > 1:
            for context, counts in results.items():
                print(f"    {context}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
