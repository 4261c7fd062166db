"""XLIFF 1.2: valid against the OASIS schema, loaded and edited with translate-toolkit, brought back into the TEI.

The OASIS XLIFF 1.2 strict XSD and the xml.xsd it imports come from Debian's
``php-symfony-translation`` package (``.ci/run`` installs it); the import of
xml.xsd is resolved to the local copy, never the network.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from lxml import etree
from translate.storage import xliff as tt_xliff

from bitext.cli import main
from bitext.glossary import load_glossary
from bitext.model import MTInfo, Translation
from bitext.names import check_translation_terms
from bitext.pipeline import annotate_file
from bitext.review import review
from bitext.tei import TEI_NS, XML_ID, to_tei
from bitext.xliff import MT_STATE, XLIFF_NS, to_xliff

ROOT = Path(__file__).resolve().parents[1]
XSD_DIR = Path(os.environ.get("BITEXT_XLIFF_XSD_DIR", "/usr/share/php/Symfony/Component/Translation/Resources/schemas"))
X = f"{{{XLIFF_NS}}}"
T = f"{{{TEI_NS}}}"


@pytest.fixture(scope="session")
def xliff_schema() -> etree.XMLSchema:
    strict = XSD_DIR / "xliff-core-1.2-strict.xsd"
    if not (strict.exists() and (XSD_DIR / "xml.xsd").exists()):
        message = f"{strict} or xml.xsd missing: apt-get install php-symfony-translation (or set BITEXT_XLIFF_XSD_DIR)"
        if os.environ.get("CI", "").lower() in ("true", "1"):
            pytest.fail(message)
        pytest.skip(message)
    tree = etree.parse(str(strict))
    for imported in tree.iter("{http://www.w3.org/2001/XMLSchema}import"):
        if imported.get("namespace") == "http://www.w3.org/XML/1998/namespace":
            imported.set("schemaLocation", (XSD_DIR / "xml.xsd").as_uri())
    return etree.XMLSchema(tree)


@pytest.fixture(scope="module")
def seed_tei(seed_path) -> bytes:
    """The seed article annotated with the project glossary, each sentence outside boilerplate with an English
    as the MT stage records it (the pipeline does not translate boilerplate)."""
    glossary = load_glossary([ROOT / "glossary"])
    doc = annotate_file(seed_path, glossary=glossary)
    sentences = [s for section in doc.sections if section.kind != "boilerplate"
                 for p in section.paragraphs for s in p.sentences]
    for number, sentence in enumerate(sentences):
        sentence.translation = Translation(f"Sentence {number} in English, with Tokayev & <Putin>.",
                                           guards=("repetition",) if number == 3 else ())
    doc.mt = MTInfo("argostranslate", "1.11.0", "translate-zh_en", "1.9", {"beam_size": "4"})
    check_translation_terms(doc)
    return to_tei(doc)


@pytest.fixture(scope="module")
def seed_xliff(seed_tei, tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("xliff")
    tei, xlf = folder / "seed.tei.xml", folder / "seed.xlf"
    tei.write_bytes(seed_tei)
    assert main(["xliff", "export", str(tei), "-o", str(xlf)]) == 0
    return tei, xlf


def test_export_is_valid_xliff_12(seed_xliff, xliff_schema):
    _, xlf = seed_xliff
    tree = etree.parse(str(xlf))
    assert xliff_schema.validate(tree), xliff_schema.error_log


def test_one_unit_per_chinese_sentence_outside_boilerplate(seed_xliff, seed_tei):
    _, xlf = seed_xliff
    tei = etree.fromstring(seed_tei)
    root = etree.parse(str(xlf)).getroot()
    units = root.findall(f".//{X}trans-unit")
    boilerplate = {s.get(XML_ID) for div in tei.iter(f"{T}div") if div.get("type") == "boilerplate"
                   for s in div.iter(f"{T}s")}
    chinese = [s.get(XML_ID) for s in tei.iter(f"{T}s") if not s.get(XML_ID).startswith("en-")]
    assert boilerplate and [u.get("id") for u in units] == [i for i in chinese if i not in boilerplate]
    assert all(u.find(f"{X}target").get("state") == MT_STATE for u in units)
    first = units[0]
    assert first.get("id") == "p1-s1" and first.findtext(f"{X}source").startswith("自俄罗斯总统弗拉基米尔·普京")
    assert first.findtext(f"{X}target") == "Sentence 0 in English, with Tokayev & <Putin>."


def test_notes_carry_the_glossary_and_the_conflicts(seed_xliff):
    _, xlf = seed_xliff
    units = {u.get("id"): u for u in etree.parse(str(xlf)).getroot().iter(f"{X}trans-unit")}
    notes = {i: [n.text for n in u.findall(f"{X}note")] for i, u in units.items()}
    assert "glossary: 弗拉基米尔·普京 = Vladimir Putin [putin]" in notes["p1-s1"]
    togayev = [n for n in notes["p3-s1"] if n.startswith("variant: 托加耶夫")]
    assert len(togayev) == 1 and "托卡耶夫" in togayev[0]
    assert not [n for n in notes["p2-s1"] if n.startswith("variant:")]  # the preferred form is no conflict
    kassenova = [i for i, ns in notes.items() if any(n.startswith("gloss_mismatch:") for n in ns)]
    assert len(kassenova) == 1
    assert "MT guards fired: repetition" in notes[list(units)[3]]


def test_translate_toolkit_reads_every_unit(seed_xliff):
    _, xlf = seed_xliff
    store = tt_xliff.xlifffile(xlf.read_bytes())
    units = [u for u in store.units if u.getid()]
    assert len(units) == len(etree.parse(str(xlf)).getroot().findall(f".//{X}trans-unit"))
    assert units[0].source.startswith("自俄罗斯总统") and units[0].target.endswith("<Putin>.")
    assert any("Vladimir Putin" in note for note in units[0].getnotes().splitlines())


def test_round_trip_through_translate_toolkit_changes_exactly_the_edited_sentences(
        seed_xliff, tmp_path, validate_tei, capsys):
    tei, xlf = seed_xliff
    store = tt_xliff.xlifffile(xlf.read_bytes())
    units = {u.getid().split("\x04")[-1]: u for u in store.units if u.getid()}
    edits = {"p3-s1": "At present, Mr Tokayev has vowed to look after them & keep them safe.",
             "p5-s1": "Unlike China and Belarus, no official has backed the war."}
    for unit_id, text in edits.items():
        units[unit_id].target = text
    units["p4-s1"].target = units["p4-s1"].target  # confirmed unchanged: not an edit
    edited = tmp_path / "edited.xlf"
    edited.write_bytes(bytes(store))
    out = tmp_path / "out.tei.xml"
    assert main(["xliff", "import", str(edited), "--tei", str(tei), "-o", str(out),
                 "--translator", "Ada Lovelace"]) == 0
    report = capsys.readouterr().out
    before = validate_tei(tei.read_bytes())
    root = validate_tei(out.read_bytes())
    english = lambda r: {s.get(XML_ID): (s.text, s.get("resp"), s.get("ana"))  # noqa: E731
                         for s in r.iter(f"{T}s") if s.get(XML_ID).startswith("en-")}
    old, new = english(before), english(root)
    changed = {i for i in old if old[i] != new[i]}
    assert changed == {f"en-{i}" for i in edits}
    for unit_id, text in edits.items():
        assert new[f"en-{unit_id}"] == (text, "#translator", None)
    # the Chinese and everything else untouched: the serialised Chinese text is byte-identical
    chinese = lambda r: etree.tostring(r.find(f"{T}text/{T}group/{T}text[@type='source']"))  # noqa: E731
    assert chinese(before) == chinese(root)
    # the translator is declared, the MT kept
    resp = root.find(f".//{T}titleStmt/{T}respStmt[@{XML_ID}='translator']")
    assert resp.findtext(f"{T}name") == "Ada Lovelace"
    kept = {n.get("target"): (n.text, n.get("resp")) for n in root.iter(f"{T}note")
            if n.getparent().get("type") == "superseded-translation"}
    assert kept == {f"#en-{i}": (old[f"en-{i}"][0], "#mt") for i in edits}
    # the glossary English of the edited sentences is checked again
    assert "p5-s1: glossary English Kazakhstan [kazakhstan] is not in the edited English" in report
    assert not [line for line in report.splitlines() if line.startswith("p3-s1: glossary")]
    assert "2 sentences edited" in report
    # reading it back: the edited sentences are the translator's
    from bitext.teiread import read_tei

    doc = read_tei(out.read_bytes())
    resp_of = {s.id: s.translation.resp for s in doc.sentences() if s.translation}
    assert resp_of["p3-s1"] == "human" and resp_of["p4-s1"] == "mt"


def test_importing_twice_changes_nothing_more(seed_xliff, tmp_path):
    tei, xlf = seed_xliff
    untouched = tmp_path / "untouched.tei.xml"
    assert main(["xliff", "import", str(xlf), "--tei", str(tei), "-o", str(untouched)]) == 0
    assert untouched.read_bytes() == tei.read_bytes()  # no edit, not one byte changed
    store = tt_xliff.xlifffile(xlf.read_bytes())
    next(u for u in store.units if u.getid()).target = "Edited once."
    edited, once, twice = tmp_path / "e.xlf", tmp_path / "1.tei.xml", tmp_path / "2.tei.xml"
    edited.write_bytes(bytes(store))
    assert main(["xliff", "import", str(edited), "--tei", str(tei), "-o", str(once)]) == 0
    assert main(["xliff", "import", str(edited), "--tei", str(once), "-o", str(twice)]) == 0
    assert once.read_bytes() == twice.read_bytes()


def test_import_refuses_another_texts_tei_and_unknown_units(seed_xliff, tmp_path, capsys):
    tei, xlf = seed_xliff
    other = tmp_path / "other.txt"
    other.write_text("普京说。\n", encoding="utf-8")
    other_tei = tmp_path / "other.tei.xml"
    assert main(["annotate", str(other), "--mt", "none", "-o", str(other_tei)]) == 0
    assert main(["xliff", "import", str(xlf), "--tei", str(other_tei), "-o", str(tmp_path / "x.xml")]) == 65
    assert "a TEI of another text" in capsys.readouterr().err
    # a TEI without English: units without target; a translated unit cannot go back (no English <s> yet)
    other_xlf = tmp_path / "other.xlf"
    assert main(["xliff", "export", str(other_tei), "-o", str(other_xlf)]) == 0
    store = tt_xliff.xlifffile(other_xlf.read_bytes())
    (unit,) = [u for u in store.units if u.getid()]
    assert unit.source == "普京说。" and not unit.target
    unit.target = "Putin said."
    other_xlf.write_bytes(bytes(store))
    assert main(["xliff", "import", str(other_xlf), "--tei", str(other_tei), "-o", str(tmp_path / "x.xml")]) == 65
    assert "has no English <s>" in capsys.readouterr().err
    data = xlf.read_bytes().replace(b'id="p3-s1"', b'id="p999-s1"')
    data = data.replace(b"source text sha256", b"source text")
    (tmp_path / "bad.xlf").write_bytes(data)
    assert main(["xliff", "import", str(tmp_path / "bad.xlf"), "--tei", str(tei), "-o", str(tmp_path / "x.xml")]) == 65
    assert "no sentence 'p999-s1'" in capsys.readouterr().err
    assert not (tmp_path / "x.xml").exists()
    (tmp_path / "not.xlf").write_text("<tmx version='1.4'/>")
    assert main(["xliff", "import", str(tmp_path / "not.xlf"), "--tei", str(tei), "-o", str(tmp_path / "x.xml")]) == 65
    assert "not XLIFF 1.2" in capsys.readouterr().err


def test_same_document_same_bytes(seed_tei):
    from bitext.teiread import read_tei
    from bitext.xliff import glossary_of

    doc = read_tei(seed_tei, "seed.tei.xml")
    conflicts = review(doc, glossary_of(doc))
    assert to_xliff(doc, conflicts) == to_xliff(doc, conflicts)


@pytest.mark.slow
def test_article_to_xliff_with_the_real_mt_stage(tmp_path, tiny_package_dir, xliff_schema):
    """An article straight to XLIFF: annotated and translated by a (tiny, real) Argos model."""
    article = tmp_path / "a.txt"
    article.write_text("普京访问了哈萨克斯坦。托加耶夫说。\n\n相关报道\n", encoding="utf-8")
    xlf = tmp_path / "a.xlf"
    assert main(["xliff", "export", str(article), "--model", str(tiny_package_dir), "--no-cache",
                 "--glossary", str(ROOT / "glossary"), "-o", str(xlf)]) == 0
    tree = etree.parse(str(xlf))
    assert xliff_schema.validate(tree), xliff_schema.error_log
    units = tree.getroot().findall(f".//{X}trans-unit")
    assert [u.findtext(f"{X}source") for u in units][:2] == ["普京访问了哈萨克斯坦。", "托加耶夫说。"]
    assert units[0].findtext(f"{X}target") == "Putin visited Kazakhstan."
    assert tree.getroot().find(f"{X}file").get("original") == "a.txt"


@pytest.mark.parametrize("name", ["xxe_file.xml", "billion_laughs.xml", "not_wellformed.xml"])
def test_hostile_xliff_is_refused_with_nothing_written(name, seed_xliff, tmp_path, capsys):
    tei, _ = seed_xliff
    hostile = Path(__file__).parent / "bad_inputs" / name
    out = tmp_path / "out.tei.xml"
    assert main(["xliff", "import", str(hostile), "--tei", str(tei), "-o", str(out)]) == 65
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and error[0].startswith(f"bitext: error: {hostile}: ") and "root:" not in error[0]
    assert not out.exists()
