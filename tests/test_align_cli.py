"""``bitext align`` end to end: plain and presplit input, MT file or translator, every format."""

from __future__ import annotations

import json
import os
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


def _tmx_dtd() -> Path:
    """The TMX 1.4 DTD beside the repository (``../shared``); skipped without it, but never in CI."""
    path = Path(__file__).resolve().parents[1].parent / "shared" / "schemas" / "tmx14.dtd"
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI must validate TMX against the DTD in ../shared")
        pytest.skip(f"{path} is missing (../shared is not beside this clone)")
    return path


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


def test_tsv_cells_a_spreadsheet_would_run_are_neutralised():
    units = [AlignmentUnit((0,), (0,), 0.5, False, 0.25), AlignmentUnit((1,), (1,), 0.1, True, 0.01)]
    rows = format_tsv(units, ["=1+1", "他说：“好。”"], ["-2+3 was his answer", "@home\tand\nthere"]).splitlines()
    assert rows[0].split("\t") == ["zh", "en", "score", "flag", "margin"]
    assert rows[1].split("\t") == ["'=1+1", "'-2+3 was his answer", "0.5000", "", "0.2500"]
    assert rows[2].split("\t") == ["他说：“好。”", "'@home and there", "0.1000", "low", "0.0100"]


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
    assert etree.DTD(str(_tmx_dtd())).validate(etree.parse(str(out1)))
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


@pytest.mark.parametrize("fmt", ["ladder", "tsv", "tmx", "tei"])
def test_a_line_separator_inside_a_line_is_handled_alike_in_every_format(fmt, files, tmp_path):
    zh = tmp_path / "ls.zh"
    zh.write_text("王先生七点\u2028起床。\n他喝了一杯热咖啡。\n火车晚点了。\n他在站台上等了45分钟。\n", encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    args = ["align", str(zh), str(files["en"]), "--presplit", "--mt-file", str(files["mt"]), "--format", fmt, "-o", str(out)]
    assert main(args) == 0
    if fmt == "ladder":
        units = parse_ladder(out.read_text().splitlines())
        assert [i for u in units for i in u[0]] == [0, 1, 2, 3]  # four Chinese segments, not five


@pytest.mark.parametrize("fmt", ["ladder", "tmx"])
@pytest.mark.parametrize("which", ["zh", "en", "mt"])
def test_output_onto_an_input_is_refused_and_the_input_kept(fmt, which, files, capsys):
    before = files[which].read_bytes()
    args = ["align", str(files["zh"]), str(files["en"]), "--mt-file", str(files["mt"]), "--format", fmt,
            "-o", str(files[which]), "--force"]
    assert main(args) == 73
    assert "input" in capsys.readouterr().err
    assert files[which].read_bytes() == before


def test_dictionary_only_mode_needs_no_mt(files, capsys):
    assert main(["align", str(files["zh"]), str(files["en"]), "--mt", "none"]) == 0
    assert parse_ladder(capsys.readouterr().out.splitlines()) == EXPECTED


def test_no_bridge_at_all_still_aligns_every_sentence_once(files, capsys):
    assert main(["align", str(files["zh"]), str(files["en"]), "--mt", "none", "--no-dictionary"]) == 0
    units = parse_ladder(capsys.readouterr().out.splitlines())
    assert [i for u in units for i in u[0]] == [0, 1, 2, 3] and [j for u in units for j in u[1]] == [0, 1, 2]


def test_a_corpus_of_folders_is_aligned_in_one_call_with_a_manifest(files, tmp_path, capsys):
    folders = {side: tmp_path / side for side in ("zh", "en", "mt")}
    for side, folder in folders.items():
        (folder / "book").mkdir(parents=True)
        for name in ("001.txt", "book/002.txt"):
            (folder / name).write_bytes(files[side].read_bytes())
    (folders["zh"] / "003.txt").write_text("没有英文的一章。\n", encoding="utf-8")  # no English counterpart
    out = tmp_path / "out"
    args = ["align", str(folders["zh"]), str(folders["en"]), "--mt-file", str(folders["mt"]), "--out-dir", str(out)]
    assert main(args) == 1  # one chapter failed, the others are done
    assert "003.txt" in capsys.readouterr().err
    manifest = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    assert [(r["chapter"], r["status"], r["output"]) for r in manifest] == [
        ("001.txt", "done", "001.ladder"), ("003.txt", "failed", ""), ("book/002.txt", "done", "book/002.ladder")]
    assert manifest[0]["units"] == len(EXPECTED)
    for name in ("001.ladder", "book/002.ladder"):
        assert parse_ladder((out / name).read_text().splitlines()) == EXPECTED
    assert main(args) == 73  # outputs exist: refused before any work …
    assert main(args + ["--force"]) == 1  # … unless forced


def test_corpus_mode_needs_an_output_folder_and_two_folders(files, tmp_path, capsys):
    assert main(["align", str(tmp_path), str(tmp_path), "--mt", "none"]) == 2
    assert main(["align", str(files["zh"]), str(files["en"]), "--mt", "none", "--out-dir", str(tmp_path)]) == 2
    assert main(["align", str(tmp_path), str(tmp_path), "--mt", "none", "--out-dir", str(tmp_path)]) == 73
