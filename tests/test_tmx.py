"""TMX 1.4 export: valid against the DTD, one <tu> per unit, reproducible."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from lxml import etree

from bitext.align import AlignmentUnit
from bitext.tmx import to_tmx

DTD_PATH = Path(__file__).resolve().parents[1].parent / "shared" / "schemas" / "tmx14.dtd"
CREATED = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
ZH = ["他来了。", "天很冷。", "风很大。", "没有译文的句子。"]
EN = ["He came.", "It was cold & windy <outside>.", "A sentence only in English."]
UNITS = [
    AlignmentUnit((0,), (0,), 0.91, False),
    AlignmentUnit((1, 2), (1,), 0.4, False),
    AlignmentUnit((3,), (), 0.0, True),
    AlignmentUnit((), (2,), 0.0, True),
]


@pytest.fixture(scope="module")
def dtd() -> etree.DTD:
    if not DTD_PATH.exists():
        pytest.skip(f"{DTD_PATH} not present")
    return etree.DTD(str(DTD_PATH))


def test_output_is_valid_tmx_14(dtd):
    tree = etree.fromstring(to_tmx(UNITS, ZH, EN, created=CREATED, source_name="story.zh.txt"))
    assert dtd.validate(tree), dtd.error_log.filter_from_errors()
    header = tree.find("header")
    assert tree.get("version") == "1.4"
    assert header.get("srclang") == "zh" and header.get("creationtool") == "bitext"
    assert header.get("creationdate") == "20260102T030405Z"


def test_one_tu_per_unit_with_the_texts_of_each_side():
    tree = etree.fromstring(to_tmx(UNITS, ZH, EN, created=CREATED))
    tus = tree.findall("body/tu")
    assert len(tus) == len(UNITS)
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    sides = [{tuv.get(lang): tuv.findtext("seg") for tuv in tu.findall("tuv")} for tu in tus]
    assert sides[1] == {"zh": "天很冷。风很大。", "en": "It was cold & windy <outside>."}
    assert sides[2] == {"zh": "没有译文的句子。"} and sides[3] == {"en": "A sentence only in English."}
    flags = [tu.findtext("prop[@type='x-flag']") for tu in tus]
    assert flags == [None, None, "low-confidence", "low-confidence"]
    assert [float(tu.findtext("prop[@type='x-score']")) for tu in tus] == [u.score for u in UNITS]


def test_same_input_gives_the_same_bytes():
    assert to_tmx(UNITS, ZH, EN, created=CREATED) == to_tmx(UNITS, ZH, EN, created=CREATED)
