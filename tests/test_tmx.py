"""TMX 1.4 export: valid against the DTD, read by translate-toolkit, two-sided units only, reproducible."""

from __future__ import annotations

import xml.sax
from datetime import datetime, timezone
from xml.sax.handler import feature_external_ges

import pytest
from lxml import etree
from translate.storage import tmx as tt_tmx

from bitext.align import AlignmentUnit
from bitext.tmx import to_tmx
from shared_schemas import shared_schema

CREATED = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
ZH = ["他来了。", "天很冷。", "风很大。", "没有译文的句子。", "第一行\u2028第二行。"]
EN = ["He came.", "It was cold & windy <outside>.", "A sentence only in English.", "Line one\u2028line two."]
UNITS = [
    AlignmentUnit((0,), (0,), 0.91, False),
    AlignmentUnit((1, 2), (1,), 0.4, False),
    AlignmentUnit((3,), (), 0.0, True),
    AlignmentUnit((), (2,), 0.0, True),
    AlignmentUnit((4,), (3,), 0.7, True),
]
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def tmx_bytes() -> bytes:
    return to_tmx(UNITS, ZH, EN, created=CREATED, source_name="story.zh.txt")


def test_output_is_valid_tmx_14(tmx_bytes):
    dtd = etree.DTD(str(shared_schema("tmx14.dtd")))
    tree = etree.fromstring(tmx_bytes)
    assert dtd.validate(tree), dtd.error_log.filter_from_errors()
    header = tree.find("header")
    assert tree.get("version") == "1.4"
    assert header.get("srclang") == "zh" and header.get("creationtool") == "bitext"
    assert header.get("creationdate") == "20260102T030405Z"


def test_a_parser_that_loads_dtds_reads_it_without_a_dtd_file(tmx_bytes, tmp_path):
    """Like a plain Java parser: external entities on, no tmx14.dtd beside the file."""
    (tmp_path / "out.tmx").write_bytes(tmx_bytes)
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    seen = []
    handler = xml.sax.ContentHandler()
    handler.startElement = lambda name, attrs: seen.append(name)
    parser.setContentHandler(handler)
    parser.parse(str(tmp_path / "out.tmx"))
    assert seen.count("tu") == 3


def test_one_tu_per_two_sided_unit_numbered_as_in_the_ladder(tmx_bytes):
    tree = etree.fromstring(tmx_bytes)
    tus = tree.findall("body/tu")
    assert [tu.get("tuid") for tu in tus] == ["1", "2", "5"]
    sides = [{tuv.get(XML_LANG): tuv.findtext("seg") for tuv in tu.findall("tuv")} for tu in tus]
    assert sides[1] == {"zh": "天很冷。风很大。", "en": "It was cold & windy <outside>."}
    assert all(list(side) == ["zh", "en"] for side in sides)
    assert tree.findtext("header/prop[@type='x-one-sided-units']") == "2"
    assert [tu.findtext("prop[@type='x-flag']") for tu in tus] == [None, None, "low-confidence"]
    assert [float(tu.findtext("prop[@type='x-score']")) for tu in tus] == [0.91, 0.4, 0.7]


def test_translate_toolkit_reads_every_pair_with_its_text(tmx_bytes):
    store = tt_tmx.tmxfile(tmx_bytes, sourcelanguage="zh", targetlanguage="en")
    pairs = [(unit.source, unit.target) for unit in store.units]
    assert pairs == [
        ("他来了。", "He came."),
        ("天很冷。风很大。", "It was cold & windy <outside>."),
        ("第一行\u2028第二行。", "Line one\u2028line two."),  # U+2028 kept, as in the TEI
    ]


def test_same_input_gives_the_same_bytes():
    assert to_tmx(UNITS, ZH, EN, created=CREATED) == to_tmx(UNITS, ZH, EN, created=CREATED)
