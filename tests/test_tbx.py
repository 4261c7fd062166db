"""TBX export (validated against the TBX v3 core structure schema) and the OmegaT glossary round trip."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from lxml import etree

from bitext.cli import main
from bitext.glossary import load_glossary
from bitext.tbx import from_omegat, to_omegat, to_tbx

ROOT = Path(__file__).resolve().parents[1]
TBX_SCHEMA = Path(os.environ.get("BITEXT_SHARED", ROOT.parent / "shared")) / "schemas" / "TBXcoreStructV03.rng"
TBX = "{urn:iso:std:iso:30042:ed-2}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def glossary(seed_glossary):
    return seed_glossary


@pytest.fixture(scope="module")
def tbx_root(glossary):
    return etree.fromstring(to_tbx(glossary))


@pytest.mark.skipif(not TBX_SCHEMA.exists(), reason=f"{TBX_SCHEMA} not present")
def test_tbx_validates_against_the_core_structure(tbx_root):
    schema = etree.RelaxNG(etree.parse(str(TBX_SCHEMA)))
    assert schema.validate(tbx_root.getroottree()), schema.error_log


def test_tbx_follows_tbx_basic_structure(tbx_root, glossary):
    assert tbx_root.get("type") == "TBX-Basic" and tbx_root.get("style") == "dca"
    concepts = tbx_root.findall(f"{TBX}text/{TBX}body/{TBX}conceptEntry")
    assert [c.get("id") for c in concepts] == list(glossary.entries)
    tokayev = next(c for c in concepts if c.get("id") == "tokayev")
    status = {}
    for lang_sec in tokayev.iter(f"{TBX}langSec"):
        for term_sec in lang_sec.iter(f"{TBX}termSec"):
            notes = {n.get("type"): n.text for n in term_sec.iter(f"{TBX}termNote")}
            status[lang_sec.get(XML_LANG), term_sec.findtext(f"{TBX}term")] = notes["administrativeStatus"]
    assert status == {
        ("en", "Kassym-Jomart Tokayev"): "preferredTerm-admn-sts",
        ("en", "Tokayev"): "admittedTerm-admn-sts",
        ("zh-Hans", "卡西姆-乔马尔特·托卡耶夫"): "preferredTerm-admn-sts",
        ("zh-Hans", "托卡耶夫"): "admittedTerm-admn-sts",
        ("zh-Hans", "托加耶夫"): "deprecatedTerm-admn-sts",
    }


def test_omegat_lines_are_chinese_english_comment(glossary):
    lines = to_omegat(glossary).splitlines()
    assert all(len(line.split("\t")) == 3 for line in lines)
    assert "托加耶夫\tTokayev\tid=tokayev; type=person; form=variant" in lines
    assert sum(len(e.forms) for e in glossary.entries.values()) == len(lines)


def test_omegat_round_trip_keeps_every_entry(glossary):
    rows = from_omegat(to_omegat(glossary).encode("utf-8"), "g.utf8")
    key = lambda e: (e.id, e.english, e.type, e.chinese, e.variants, e.short, e.note, e.chinese_short)
    assert [key(r.entry) for r in rows] == [key(e) for e in glossary.entries.values()]


def test_plain_omegat_glossary_groups_lines_by_english():
    data = "澤連斯基\tVolodymyr Zelensky\n澤倫斯基\tVolodymyr Zelensky\t\n蕭茲\tOlaf Scholz\tchancellor\n".encode()
    rows = {r.entry.id: r.entry for r in from_omegat(data, "plain.txt")}
    assert rows["volodymyr-zelensky"].chinese == "澤連斯基"
    assert rows["volodymyr-zelensky"].variants == ("澤倫斯基",)
    assert rows["olaf-scholz"].english == "Olaf Scholz"


def test_export_and_import_commands(tmp_path, capsys):
    exported = tmp_path / "g.utf8"
    tbx = tmp_path / "g.tbx"
    args = ["--glossary", str(ROOT / "glossary")]
    assert main(["glossary", "export", "--format", "omegat", "-o", str(exported), *args]) == 0
    assert main(["glossary", "export", "--format", "tbx", "-o", str(tbx), *args]) == 0
    etree.parse(str(tbx))
    imported = tmp_path / "imported.tsv"
    assert main(["glossary", "import", str(exported), "-o", str(imported)]) == 0
    assert load_glossary([imported]).entries.keys() == load_glossary([ROOT / "glossary"]).entries.keys()
    assert main(["glossary", "export", "--format", "omegat", "-o", str(tmp_path / "again.utf8"),
                 "--glossary", str(imported)]) == 0
    assert (tmp_path / "again.utf8").read_bytes() == exported.read_bytes()


def test_malformed_omegat_line_is_reported(capsys, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("普京\tPutin\n只有中文\n", encoding="utf-8")
    assert main(["glossary", "import", str(bad), "-o", str(tmp_path / "x.tsv")]) == 65
    assert "bad.txt:2:" in capsys.readouterr().err
