"""TMX 1.4 export of a sentence alignment, for translation-memory tools (OmegaT, Trados).

One ``<tu>`` per alignment unit, Chinese first (``srclang="zh"``); a unit
with an empty side keeps only the ``<tuv>`` of the side it has.  The score
and the low-confidence flag go into ``<prop>`` elements (``x-`` types, as
TMX reserves unprefixed types).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Sequence

from lxml import etree

from . import __version__
from .align import AlignmentUnit

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def tmx_date(moment: datetime) -> str:
    """TMX's date form: ``YYYYMMDDThhmmssZ`` in UTC."""
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _tuv(tu: etree._Element, lang: str, text: str) -> None:
    tuv = etree.SubElement(tu, "tuv", {_XML_LANG: lang})
    etree.SubElement(tuv, "seg").text = text


def to_tmx(
    units: Sequence[AlignmentUnit],
    zh: Sequence[str],
    en: Sequence[str],
    *,
    created: datetime,
    source_name: str = "",
) -> bytes:
    """TMX 1.4 bytes; ``created`` becomes the header's creation date (pass a fixed one for reproducible output)."""
    root = etree.Element("tmx", version="1.4")
    header = etree.SubElement(
        root,
        "header",
        creationtool="bitext",
        creationtoolversion=__version__,
        segtype="sentence",
        **{"o-tmf": "bitext"},
        adminlang="en",
        srclang="zh",
        datatype="plaintext",
        creationdate=tmx_date(created),
    )
    if source_name:
        etree.SubElement(header, "prop", type="x-source").text = source_name
    body = etree.SubElement(root, "body")
    for number, unit in enumerate(units, 1):
        tu = etree.SubElement(body, "tu", tuid=str(number))
        etree.SubElement(tu, "prop", type="x-score").text = f"{unit.score:.4f}"
        if unit.flagged:
            etree.SubElement(tu, "prop", type="x-flag").text = "low-confidence"
        if unit.zh:
            _tuv(tu, "zh", "".join(zh[i] for i in unit.zh))
        if unit.en:
            _tuv(tu, "en", " ".join(en[j] for j in unit.en))
    return etree.tostring(
        etree.ElementTree(root),
        xml_declaration=True,
        encoding="UTF-8",
        pretty_print=True,
        doctype='<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    )
