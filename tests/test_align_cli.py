"""``bitext align`` end to end: plain and presplit input, MT file or translator, every format."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree

from bitext.align import AlignmentUnit
from bitext.alignment_formats import format_ladder, format_tsv, parse_ladder
from bitext.cli import main
from bitext.io import InputError
from bitext.model import GlossaryEntry, NameType
from bitext.parallel import AlignOptions, align_texts, glossary_anchors

ZH_TEXT = "王先生七点起床。他喝了一杯热咖啡。\n\n火车晚点了。他在站台上等了45分钟。\n"
MT_LINES = ["Mr. Wang got up at seven.", "He drank a cup of hot coffee.",
            "The train was late.", "He waited 45 minutes on the platform."]
EN_TEXT = "Mr. Wang rose at seven and drank a cup of hot coffee.\n\nThe train was late. He waited on the platform for 45 minutes.\n"
EXPECTED = [((0, 1), (0,)), ((2,), (1,)), ((3,), (2,))]


@dataclass
class _Rendering:
    text: str


class FakeTranslator:
    """Stands in for ``bitext.mt.load_translator()``: looks sentences up in a table."""

    def __init__(self, table: dict[str, str]):
        self.table = table
        self.calls: list[list[str]] = []

    def translate(self, sentences: list[str]) -> list[_Rendering]:
        self.calls.append(list(sentences))
        return [_Rendering(self.table[s]) for s in sentences]


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {"zh": tmp_path / "a.zh.txt", "en": tmp_path / "a.en.txt", "mt": tmp_path / "a.mt.txt"}
    paths["zh"].write_text(ZH_TEXT, encoding="utf-8")
    paths["en"].write_text(EN_TEXT, encoding="utf-8")
    paths["mt"].write_text("\n".join(MT_LINES) + "\n", encoding="utf-8")
    return paths


@pytest.mark.parametrize("unit", ["paragraph", "sentence"])
def test_plain_text_is_split_and_aligned(unit):
    alignment = align_texts(ZH_TEXT, EN_TEXT, AlignOptions(mt_text="\n".join(MT_LINES), unit=unit))
    assert len(alignment.zh) == 4 and len(alignment.en) == 3
    assert [(u.zh, u.en) for u in alignment.units] == EXPECTED


def test_translator_gets_every_chinese_sentence_once():
    zh_sentences = ["王先生七点起床。", "他喝了一杯热咖啡。", "火车晚点了。", "他在站台上等了45分钟。"]
    translator = FakeTranslator(dict(zip(zh_sentences, MT_LINES)))
    alignment = align_texts(ZH_TEXT, EN_TEXT, AlignOptions(translator=translator))
    assert translator.calls == [zh_sentences]
    assert alignment.mt == MT_LINES
    assert [(u.zh, u.en) for u in alignment.units] == EXPECTED


def test_mt_file_with_the_wrong_number_of_lines_is_an_input_error():
    with pytest.raises(InputError, match="3 lines of translation for 4 Chinese segments"):
        align_texts(ZH_TEXT, EN_TEXT, AlignOptions(mt_text="\n".join(MT_LINES[:3])))


def test_ladder_round_trips_and_tsv_shows_both_sides():
    alignment = align_texts(ZH_TEXT, EN_TEXT, AlignOptions(mt_text="\n".join(MT_LINES)))
    ladder = format_ladder(alignment.units)
    assert ladder.splitlines()[0] == "[0,1]:[0]"
    assert parse_ladder(ladder.splitlines()) == EXPECTED
    rows = format_tsv(alignment.units, alignment.zh, alignment.en).splitlines()
    assert rows[1].split("\t")[:2] == ["王先生七点起床。他喝了一杯热咖啡。", "Mr. Wang rose at seven and drank a cup of hot coffee."]
    assert len(rows) == 1 + len(alignment.units)


def test_empty_side_in_ladder_is_written_as_empty_brackets():
    units = [AlignmentUnit((), (0,), 0.0, True), AlignmentUnit((0, 1), (1, 2), 0.5, False), AlignmentUnit((2,), (), 0.0, True)]
    ladder = format_ladder(units)
    assert ladder == "[]:[0]\n[0,1]:[1,2]\n[2]:[]\n"
    assert parse_ladder(ladder.splitlines()) == [(u.zh, u.en) for u in units]


def test_cli_presplit_tmx_is_valid_and_reproducible(files, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    zh = tmp_path / "p.zh"
    zh.write_text("\n".join(["王先生七点起床。", "他喝了一杯热咖啡。", "火车晚点了。", "他在站台上等了45分钟。"]) + "\n")
    en = tmp_path / "p.en"
    en.write_text("Mr. Wang rose at seven and drank a cup of hot coffee.\nThe train was late.\nHe waited on the platform for 45 minutes.\n")
    out1, out2 = tmp_path / "1.tmx", tmp_path / "2.tmx"
    for out in (out1, out2):
        args = ["align", str(zh), str(en), "--presplit", "--mt-file", str(files["mt"]), "--format", "tmx", "-o", str(out)]
        assert main(args) == 0
    assert out1.read_bytes() == out2.read_bytes()
    dtd_path = Path(__file__).resolve().parents[1].parent / "shared" / "schemas" / "tmx14.dtd"
    if dtd_path.exists():
        assert etree.DTD(str(dtd_path)).validate(etree.parse(str(out1)))
    assert b'creationdate="20260101T000000Z"' in out1.read_bytes()
    assert out1.read_bytes().count(b"<tu ") == 3


def test_cli_ladder_to_stdout(files, capsys):
    assert main(["align", str(files["zh"]), str(files["en"]), "--mt-file", str(files["mt"])]) == 0
    assert parse_ladder(capsys.readouterr().out.splitlines()) == EXPECTED


def test_cli_reports_a_bad_mt_file_as_bad_input(files, capsys):
    files["mt"].write_text("only one line\n", encoding="utf-8")
    assert main(["align", str(files["zh"]), str(files["en"]), "--mt-file", str(files["mt"])]) == 65
    assert "Chinese segments" in capsys.readouterr().err


@pytest.mark.slow
def test_tei_output_links_the_human_english_unit_by_unit(files, tmp_path, validate_tei):
    out = tmp_path / "a.tei.xml"
    assert main(["align", str(files["zh"]), str(files["en"]), "--mt-file", str(files["mt"]),
                 "--format", "tei", "-o", str(out)]) == 0
    root = validate_tei(out.read_bytes())
    ns = {"tei": "http://www.tei-c.org/ns/1.0"}
    english = root.xpath("//tei:text[@type='translation']//tei:s/text()", namespaces=ns)
    assert english == ["Mr. Wang rose at seven and drank a cup of hot coffee.", "The train was late.",
                       "He waited on the platform for 45 minutes."]
    links = [link.get("target").split() for link in root.xpath("//tei:linkGrp[@type='alignment']/tei:link", namespaces=ns)]
    assert links == [["#p1-s1", "#p1-s2", "#en-s1"], ["#p2-s1", "#en-s2"], ["#p2-s2", "#en-s3"]]


@pytest.mark.slow
def test_cli_translates_with_an_argos_package_when_no_mt_file_is_given(tmp_path, tiny_package_dir, capsys):
    zh = tmp_path / "news.zh.txt"
    zh.write_text("普京访问了哈萨克斯坦。托卡耶夫会见了普京。\n中国支持白俄罗斯。拜登批评了俄罗斯。\n", encoding="utf-8")
    en = tmp_path / "news.en.txt"
    en.write_text("Putin went to Kazakhstan, where Tokayev met Putin.\n"
                  "China backs Belarus. Biden was critical of Russia.\n", encoding="utf-8")
    assert main(["align", str(zh), str(en), "--model", str(tiny_package_dir)]) == 0
    assert parse_ladder(capsys.readouterr().out.splitlines()) == [((0, 1), (0,)), ((2,), (1,)), ((3,), (2,))]


def test_glossary_names_raise_the_score_of_their_units(tmp_path, capsys):
    header = "id\ttype\tenglish\tchinese\tshort\tchinese_short\tvariants\tdistinct\tnote\n"
    names = tmp_path / "names.tsv"
    names.write_text(header + "tokayev\tperson\tKassym-Jomart Tokayev\t卡西姆-乔马尔特·托卡耶夫\tTokayev\t托卡耶夫\t托加耶夫\t\t\n",
                     encoding="utf-8")
    other = tmp_path / "other.tsv"
    other.write_text(header + "putin\tperson\tVladimir Putin\t弗拉基米尔·普京\tPutin\t普京\t\t\t\n", encoding="utf-8")
    files = {"z.txt": "托加耶夫发表了讲话。\n", "e.txt": "Tokayev gave an address.\n", "m.txt": "Tuojiayefu gave a speech.\n"}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    args = ["align", str(tmp_path / "z.txt"), str(tmp_path / "e.txt"), "--mt-file", str(tmp_path / "m.txt"),
            "--presplit", "--format", "tsv", "--glossary"]
    scores = []
    for glossary in (names, other):
        assert main(args + [str(glossary)]) == 0
        scores.append(float(capsys.readouterr().out.splitlines()[1].split("\t")[2]))
    assert scores[0] > scores[1]


def test_glossary_anchors_pair_every_chinese_form_with_both_english_forms():
    entry = GlossaryEntry("putin", "Vladimir Putin", NameType.PERSON, "弗拉基米尔·普京", variants=("普丁",),
                          short="Putin", chinese_short=("普京",))
    assert set(glossary_anchors([entry])) == {
        ("弗拉基米尔·普京", "Vladimir Putin Putin"), ("普京", "Vladimir Putin Putin"), ("普丁", "Vladimir Putin Putin")}
