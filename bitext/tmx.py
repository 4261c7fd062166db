"""TMX 1.4 export of a sentence alignment, for translation-memory tools (OmegaT, Trados).

One ``<tu>`` per alignment unit that has both sides, Chinese first
(``srclang="zh"``); ``tuid`` is the unit's number in the ladder (1-based), so
the numbers of left-out units are missing.  A 1-0 or 0-1 unit is no
translation pair: CAT tools read a ``<tu>`` with one ``<tuv>`` as an empty
segment (translate-toolkit even takes a lone English ``<tuv>`` as the
source), so it is left out and the header's ``x-one-sided-units`` property
counts what was left out.  The score and the low-confidence flag go into
``<prop>`` elements (``x-`` types, as TMX reserves unprefixed types).

No DOCTYPE: the TMX 1.4 DTD has no public identifier, and a relative system
identifier (``tmx14.dtd``) makes parsers that load DTDs fail; the output is
valid against the DTD when one validates it explicitly.  Segment text is
written as it is (a U+2028 inside a sentence stays one, as in the TEI), but
for the characters XML 1.0 forbids (U+0001, U+FFFE, …), which become U+FFFD.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Sequence

from lxml import etree

from . import __version__
from .align import AlignmentUnit
from .tei import xml_safe

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def tmx_date(moment: datetime) -> str:
    """TMX's date form: ``YYYYMMDDThhmmssZ`` in UTC."""
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _tuv(tu: etree._Element, lang: str, text: str) -> None:
    tuv = etree.SubElement(tu, "tuv", {_XML_LANG: lang})
    etree.SubElement(tuv, "seg").text = xml_safe(text)  # a control character XML cannot hold shows as U+FFFD


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
        etree.SubElement(header, "prop", type="x-source").text = xml_safe(source_name)
    one_sided = sum(1 for unit in units if not (unit.zh and unit.en))
    etree.SubElement(header, "prop", type="x-one-sided-units").text = str(one_sided)
    body = etree.SubElement(root, "body")
    for number, unit in enumerate(units, 1):
        if not (unit.zh and unit.en):
            continue
        tu = etree.SubElement(body, "tu", tuid=str(number))
        etree.SubElement(tu, "prop", type="x-score").text = f"{unit.score:.4f}"
        if unit.flagged:
            etree.SubElement(tu, "prop", type="x-flag").text = "low-confidence"
        _tuv(tu, "zh", "".join(zh[i] for i in unit.zh))
        _tuv(tu, "en", " ".join(en[j] for j in unit.en))
    return etree.tostring(etree.ElementTree(root), xml_declaration=True, encoding="UTF-8", pretty_print=True)
