"""The seed article as the reading page shows it: glossary names and English for its first paragraphs.

No Argos model can be downloaded where this was written, so the English of
the first paragraphs is a translation written by hand for the tests and the
README screenshot (marked as a human translation on the page).
"""

from __future__ import annotations

from pathlib import Path

from bitext.glossary import load_glossary
from bitext.html import to_html
from bitext.model import Document, Translation
from bitext.pipeline import annotate_file

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "kazakhstan-russia-central-asia.zh.txt"
ENGLISH = {
    "p1-s1": "Since President Vladimir Putin put Russia into partial mobilisation, more than 100,000 Russians "
             "have entered Kazakhstan.",
    "p2-s1": "In a speech last week, Kazakhstan's President Kassym-Jomart Tokayev described the plight of those "
             "fleeing as \u201chopeless\u201d.",
    "p3-s1": "For now, Mr Tokayev has vowed to \u201ctake care of them and ensure their safety\u201d.",
    "p4-s1": "Kazakhstan has traditionally been an ally of the Kremlin, but analysts say the open support for "
             "people Moscow considers criminals is another sign that it is slipping out of Russia's orbit.",
    "p5-s1": "Unlike its other allies China and Belarus, no Kazakh official has voiced support for Putin's war, "
             "and Tokayev has taken an increasingly harsh tone towards it.",
    "p6-s1": "He has vowed not to recognise Russia's territorial claims to eastern Ukraine or Crimea, and not to "
             "help Russia break sanctions.",
    "p7-s1": "Even though, amid the widespread unrest in January, Mr Tokayev and his government were in effect "
             "sidelined by a Russian-led military operation.",
    "p8-s1": "Could Ukraine's blitz around Kharkiv lead not only to the collapse of the Russian army but also of "
             "its standing as the regional power in Central Asia?",
    "p9-s1": "Could Russia's loss be China's chance to build stronger ties with its neighbours?",
    "p10-s1": "\u201cWe can imagine the same scenario\u201d",
    "p11-s1": "Since the Soviet Union broke up in 1991, Russia has sought to keep its influence over the 15 "
              "now-independent states.",
    "p12-s1": "Twenty years ago Mr Putin declared the former Soviet republics to be within Russia's "
              "\u201csphere of influence\u201d.",
    "p13-s1": "Kazakhstan is economically and geographically the largest former Soviet republic in Central Asia, "
              "and a large share of its population is Russian, especially in the north.",
    "p14-s1": "Although the two countries have long been on friendly terms, Kazakhstan's relations with Russia are "
              "complicated today.",
}


def seed_document() -> Document:
    doc = annotate_file(SEED, glossary=load_glossary([ROOT / "glossary"]))
    for sentence in doc.sentences():
        if sentence.id in ENGLISH:
            sentence.translation = Translation(ENGLISH[sentence.id], resp="human")
    return doc


def seed_page() -> bytes:
    return to_html(seed_document())
