"""TBX in both versions and the OmegaT glossary: valid, read by the real readers, and imported back.

TBX-Basic (v3): the TBX v3 core structure RELAX NG (``../shared``) and, where
a copy is at hand, the TBX-Basic Schematron run by SchXslt in Saxon-HE
(``BITEXT_TBX_BASIC_SCH`` = ``DCA/TBX-Basic_DCA.sch`` of LTAC-Global/TBX-Basic_dialect,
``BITEXT_SCHXSLT`` = SchXslt's ``xslt/2.0`` folder; no registry package ships
either, so CI checks the dialect's rules that bitext's output touches in
``test_tbx_basic_dialect_rules`` instead).  TBX v2: translate-toolkit.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from lxml import etree
from translate.storage import tbx as tt_tbx

from bitext.cli import main
from bitext.glossary import load_glossary
from bitext.tbx import TBX_V2, from_omegat, from_tbx, to_omegat, to_tbx
from shared_schemas import shared_schema

ROOT = Path(__file__).resolve().parents[1]
TBX = "{urn:iso:std:iso:30042:ed-2}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
HEADER = "id\ttype\tenglish\tchinese\tshort\tchinese_short\tvariants\tdistinct\tnote\n"


def entry_key(e):
    return e.id, e.english, e.type, e.chinese, e.variants, e.short, e.note, e.chinese_short


@pytest.fixture(scope="module")
def glossary(seed_glossary):
    return seed_glossary


@pytest.fixture(scope="module")
def tbx_root(glossary):
    return etree.fromstring(to_tbx(glossary))


def test_tbx_validates_against_the_core_structure(tbx_root):
    schema = etree.RelaxNG(etree.parse(str(shared_schema("TBXcoreStructV03.rng"))))
    assert schema.validate(tbx_root.getroottree()), schema.error_log


def test_tbx_basic_schematron_with_schxslt(glossary):
    """The dialect's own Schematron (XPath 2), run by a real engine: no failed assertion."""
    sch, schxslt = os.environ.get("BITEXT_TBX_BASIC_SCH"), os.environ.get("BITEXT_SCHXSLT")
    if not (sch and schxslt and Path(sch).exists() and Path(schxslt, "pipeline-for-svrl.xsl").exists()):
        pytest.skip("TBX-Basic Schematron or SchXslt not at hand (set BITEXT_TBX_BASIC_SCH and BITEXT_SCHXSLT); "
                    "test_tbx_basic_dialect_rules checks its rules instead")
    saxonche = pytest.importorskip("saxonche")
    with saxonche.PySaxonProcessor(license=False) as processor:
        xslt = processor.new_xslt30_processor()
        compiled = xslt.compile_stylesheet(stylesheet_file=str(Path(schxslt, "pipeline-for-svrl.xsl")))
        validator = xslt.compile_stylesheet(stylesheet_text=compiled.transform_to_string(source_file=sch))
        svrl = validator.transform_to_string(xdm_node=processor.parse_xml(xml_text=to_tbx(glossary).decode()))
    report = etree.fromstring(svrl.encode())
    failed = report.findall("{http://purl.oclc.org/dsdl/svrl}failed-assert")
    assert not failed, [f.findtext("{http://purl.oclc.org/dsdl/svrl}text") for f in failed[:5]]
    assert report.findall("{http://purl.oclc.org/dsdl/svrl}fired-rule")  # the rules did run


#: TBX-Basic DCA's picklists and termNote types (TBX-Basic_DCA.sch, module.min / module.basic patterns).
TBX_BASIC_PICKLISTS = {
    "partOfSpeech": {"adjective", "noun", "other", "verb", "adverb"},
    "termType": {"fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"},
    "administrativeStatus": {"admittedTerm-admn-sts", "deprecatedTerm-admn-sts", "supersededTerm-admn-sts",
                             "preferredTerm-admn-sts"},
}
TBX_BASIC_TERM_NOTES = {"administrativeStatus", "partOfSpeech", "geographicalUsage", "grammaticalGender",
                        "termLocation", "termType"}


def test_tbx_basic_dialect_rules(tbx_root, glossary):
    """What CI can check without the Schematron: the dialect name, DCA style, picklists, placement."""
    assert tbx_root.get("type") == "TBX-Basic" and tbx_root.get("style") == "dca"
    assert all(etree.QName(el).namespace == TBX[1:-1] for el in tbx_root.iter(etree.Element))
    notes = list(tbx_root.iter(f"{TBX}termNote"))
    assert len(notes) == 3 * sum(len(e.forms) + (1 + bool(e.short and e.short != e.english))
                                 for e in glossary.entries.values())
    for note in notes:
        assert note.getparent().tag == f"{TBX}termSec"
        assert note.get("type") in TBX_BASIC_TERM_NOTES
        assert note.text in TBX_BASIC_PICKLISTS[note.get("type")], (note.get("type"), note.text)


def test_tbx_structure_and_status(tbx_root, glossary):
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


def test_traditional_forms_get_their_own_zh_hant_section(tmp_path):
    (tmp_path / "g.tsv").write_text(HEADER + "scholz\tperson\tOlaf Scholz\t朔尔茨\tScholz\t\t蕭茲\t\t\n",
                                    encoding="utf-8")
    root = etree.fromstring(to_tbx(load_glossary([tmp_path / "g.tsv"])))
    langs = {s.get(XML_LANG): [t.text for t in s.iter(f"{TBX}term")] for s in root.iter(f"{TBX}langSec")}
    assert langs == {"zh-Hans": ["朔尔茨"], "zh-Hant": ["蕭茲"], "en": ["Olaf Scholz", "Scholz"]}


def test_tbx2_is_read_by_translate_toolkit(glossary):
    data = to_tbx(glossary, TBX_V2)
    root = etree.fromstring(data)
    assert root.tag == "martif" and root.find("martifHeader") is not None and b"<!DOCTYPE" not in data
    store = tt_tbx.tbxfile(data)
    assert len(store.units) == len(glossary.entries)
    pairs = {(unit.getid(), unit.source, unit.target) for unit in store.units}
    assert {(e.id, e.chinese, e.english) for e in glossary.entries.values()} == pairs
    terms = {t.text for t in root.iter("term")}
    assert {"托加耶夫", "Tokayev"} <= terms


@pytest.mark.parametrize("version", ["tbx", "tbx2"])
def test_export_then_import_into_an_empty_glossary_gives_the_same_entries(version, glossary, tmp_path):
    exported, imported = tmp_path / f"g.{version}", tmp_path / "imported.tsv"
    assert main(["glossary", "export", "--format", version, "-o", str(exported),
                 "--glossary", str(ROOT / "glossary")]) == 0
    assert main(["glossary", "import", str(exported), "-o", str(imported)]) == 0
    again = load_glossary([imported]).entries
    assert [entry_key(e) for e in again.values()] == [entry_key(e) for e in glossary.entries.values()]


def test_a_client_tbx_without_bitext_notes_is_read(tmp_path):
    """A TBX v2 as CAT tools write it: no ids, no status on some terms, zh-CN, an entry without Chinese."""
    client = tmp_path / "client.tbx"
    client.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>client</p></sourceDesc></fileDesc>
</martifHeader><text><body>
<termEntry><descrip type="definition">the upper house</descrip>
  <langSet xml:lang="en-US"><tig><term>Senate</term></tig></langSet>
  <langSet xml:lang="zh-CN"><tig><term>参议院</term></tig>
    <ntig><termGrp><term>上院</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
    </termGrp></ntig></langSet></termEntry>
<termEntry id="only-en"><langSet xml:lang="en"><tig><term>Orphan</term></tig></langSet></termEntry>
</body></text></martif>""", encoding="utf-8")
    entries, left_out = from_tbx(client.read_bytes(), str(client))
    (senate,) = entries
    assert (senate.id, senate.english, senate.chinese, senate.variants) == ("senate", "Senate", "参议院", ("上院",))
    assert len(left_out) == 1 and "left out" in left_out[0]


def test_a_dct_style_tbx_basic_is_read():
    """TBX-Basic in DCT style names its data categories as elements of the module's namespace."""
    data = """<tbx xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic"
        xmlns:min="http://www.tbxinfo.net/ns/min" type="TBX-Basic" style="dct" xml:lang="en"><tbxHeader/>
      <text><body><conceptEntry id="kharkiv">
        <langSec xml:lang="zh"><termSec><term>哈尔科夫</term><min:partOfSpeech>noun</min:partOfSpeech></termSec>
          <termSec><term>哈爾科夫</term><basic:termType>variant</basic:termType></termSec></langSec>
        <langSec xml:lang="en"><termSec><term>Kharkiv</term>
          <min:administrativeStatus>preferredTerm-admn-sts</min:administrativeStatus></termSec>
          <termSec><term>Kharkov</term><min:administrativeStatus>deprecatedTerm-admn-sts</min:administrativeStatus>
          </termSec></langSec>
      </conceptEntry></body></text></tbx>""".encode()
    ((kharkiv,), left_out) = from_tbx(data, "dct.tbx")
    assert (kharkiv.english, kharkiv.chinese, kharkiv.variants, kharkiv.short) == ("Kharkiv", "哈尔科夫", ("哈爾科夫",), "")
    assert left_out == []


def test_import_merges_with_the_checks_of_add_and_writes_nothing_on_refusal(tmp_path, capsys):
    glossary_file = tmp_path / "g.tsv"
    original = HEADER + "putin\tperson\tVladimir Putin\t弗拉基米尔·普京\tPutin\t普京\t\t\t\n"
    glossary_file.write_text(original, encoding="utf-8")
    exported = tmp_path / "seed.tbx"
    assert main(["glossary", "export", "-o", str(exported), "--glossary", str(ROOT / "glossary")]) == 0
    # the seed's putin has a note, ours does not: same forms, so it is left alone
    assert main(["glossary", "import", str(exported), "--glossary", str(glossary_file)]) == 0
    merged = load_glossary([glossary_file]).entries
    assert len(merged) == len(load_glossary([ROOT / "glossary"]).entries)
    assert "putin: already in the glossary" in capsys.readouterr().out
    # an entry whose id is taken by a different referent is refused, and nothing is added
    glossary_file.write_text(original.replace("Vladimir Putin", "Someone Else"), encoding="utf-8")
    before = glossary_file.read_bytes()
    assert main(["glossary", "import", str(exported), "--glossary", str(glossary_file)]) == 65
    assert "'putin' already defined" in capsys.readouterr().err
    assert glossary_file.read_bytes() == before
    bad = tmp_path / "bad.tbx"
    bad.write_text('<martif type="TBX"><text><body><termEntry id="1x"><langSet xml:lang="zh"><tig><term>中'
                   '</term></tig></langSet><langSet xml:lang="en"><tig><term>x</term></tig></langSet>'
                   '</termEntry></body></text></martif>', encoding="utf-8")
    assert main(["glossary", "import", str(bad), "--glossary", str(glossary_file)]) == 65
    assert glossary_file.read_bytes() == before


def test_import_refuses_xml_with_entities_and_non_tbx(tmp_path, capsys):
    bomb = tmp_path / "bomb.tbx"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY a "aaaa">]><martif>&a;</martif>')
    assert main(["glossary", "import", str(bomb), "-o", str(tmp_path / "x.tsv")]) == 65
    assert "entities" in capsys.readouterr().err
    other = tmp_path / "other.xml"
    other.write_text("<tmx version='1.4'/>")
    assert main(["glossary", "import", str(other), "-o", str(tmp_path / "x.tsv")]) == 65
    assert "not TBX" in capsys.readouterr().err and not (tmp_path / "x.tsv").exists()


def test_omegat_lines_are_chinese_english_comment(glossary):
    lines = to_omegat(glossary).splitlines()
    assert all(len(line.split("\t")) == 3 for line in lines)
    assert "托加耶夫\tTokayev\tid=tokayev; type=person; form=variant" in lines
    assert sum(len(e.forms) for e in glossary.entries.values()) == len(lines)


def test_omegat_round_trip_keeps_every_entry(glossary):
    rows = from_omegat(to_omegat(glossary).encode("utf-8"), "g.utf8")
    assert [entry_key(r.entry) for r in rows] == [entry_key(e) for e in glossary.entries.values()]


def test_plain_omegat_glossary_groups_lines_by_english():
    data = "澤連斯基\tVolodymyr Zelensky\n澤倫斯基\tVolodymyr Zelensky\t\n蕭茲\tOlaf Scholz\tchancellor\n".encode()
    rows = {r.entry.id: r.entry for r in from_omegat(data, "plain.txt")}
    assert rows["volodymyr-zelensky"].chinese == "澤連斯基"
    assert rows["volodymyr-zelensky"].variants == ("澤倫斯基",)
    assert rows["olaf-scholz"].english == "Olaf Scholz"


def test_omegat_export_and_import_commands(tmp_path, capsys):
    exported = tmp_path / "g.utf8"
    args = ["--glossary", str(ROOT / "glossary")]
    assert main(["glossary", "export", "--format", "omegat", "-o", str(exported), *args]) == 0
    imported = tmp_path / "imported.tsv"
    assert main(["glossary", "import", str(exported), "-o", str(imported)]) == 0
    assert load_glossary([imported]).entries.keys() == load_glossary([ROOT / "glossary"]).entries.keys()
    assert main(["glossary", "export", "--format", "omegat", "-o", str(tmp_path / "again.utf8"),
                 "--glossary", str(imported)]) == 0
    assert (tmp_path / "again.utf8").read_bytes() == exported.read_bytes()
    assert main(["glossary", "import", str(exported), "-o", str(imported)]) == 73  # exists, no --force


def test_malformed_omegat_line_is_reported(capsys, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("普京\tPutin\n只有中文\n", encoding="utf-8")
    assert main(["glossary", "import", str(bad), "-o", str(tmp_path / "x.tsv")]) == 65
    assert "bad.txt:2:" in capsys.readouterr().err
