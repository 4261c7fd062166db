"""Read the Chinese text back out of a TEI file, for tests that compare it with the input."""

from __future__ import annotations

import re

from lxml import etree

from bitext.tei import TEI_NS

TEI = {"t": TEI_NS}


def zh_paragraphs(root) -> list[str]:
    """The characters of each Chinese paragraph and heading, in order: pinyin left out, each <gap> restored from its note."""
    body = root.find(".//t:text[@type='source']/t:body", TEI)
    if body is None:
        body = root.find("t:text/t:body", TEI)
    return [_characters(p) for p in body.iter(f"{{{TEI_NS}}}p", f"{{{TEI_NS}}}head")]


def _characters(node) -> str:
    local = etree.QName(node).localname
    if local == "rt":
        return ""
    if local == "gap":
        return chr(int(re.search(r"U\+([0-9A-F]+)", node.findtext("t:desc", namespaces=TEI)).group(1), 16))
    return (node.text or "") + "".join(_characters(child) + (child.tail or "") for child in node)
