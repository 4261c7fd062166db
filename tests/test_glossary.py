"""Loading, validating and editing the tab-separated glossary."""

from __future__ import annotations

from pathlib import Path

import pytest

from bitext.glossary import (
    COLUMNS,
    add_distinct,
    add_entry,
    add_variant,
    form_key,
    load_glossary,
)
from bitext.io import InputError
from bitext.model import GlossaryEntry, NameType

ROOT = Path(__file__).resolve().parents[1]
SEED_GLOSSARY = ROOT / "glossary"
HEADER = "id\ttype\tenglish\tchinese\tshort\tvariants\n"


def write(tmp_path: Path, text: str | bytes, name: str = "g.tsv") -> Path:
    path = tmp_path / name
    if isinstance(text, str):
        text = text.encode("utf-8")
    path.write_bytes(text)
    return path


def test_seed_glossary_names_every_referent_of_the_issue():
    entries = load_glossary([SEED_GLOSSARY]).entries
    english = {e.english for e in entries.values()}
    for name in ("Vladimir Putin", "Kassym-Jomart Tokayev", "Nargis Kassenova", "Temur Umarov", "Andrew D'Anieri",
                 "Dmitry Medvedev", "Angela Merkel", "Xi Jinping", "Kazakhstan", "Kharkiv", "Crimea", "Tashkent",
                 "Kremlin", "Shanghai Cooperation Organisation", "Belt and Road Initiative", "Atlantic Council",
                 "Carnegie Endowment for International Peace", "Harvard University"):
        assert name in english
    assert "上合组织" in entries["sco"].chinese_short
    assert entries["tokayev"].short == "Tokayev" and "托加耶夫" in entries["tokayev"].variants
    assert entries["putin"].type is NameType.PERSON and entries["sco"].type is NameType.ORGANISATION


def test_entries_remember_file_and_line(tmp_path):
    path = write(tmp_path, HEADER + "a\tperson\tAnna\t安娜\t\t\n\nb\tplace\tBern\t伯尔尼\t\t\n")
    entries = load_glossary([path]).entries
    assert entries["a"].source == f"{path}:2"
    assert entries["b"].source == f"{path}:4"


@pytest.mark.parametrize(
    "text, message",
    [
        ("id\ttype\tchinese\na\tperson\t安娜\n", ":1: missing column 'english'"),
        (HEADER + "\tperson\tAnna\t安娜\t\t\n", ":2: empty id"),
        (HEADER + "a\tperson\tAnna\t安娜\t\t\na\tplace\tAnn\t安\t\t\n", ":3: id 'a' already defined at line 2"),
        (HEADER + "a\tperson\tAnna\t安娜\t\n", ":2: 5 fields, the header has 6"),
        (HEADER + "a\thuman\tAnna\t安娜\t\t\n", ":2: type 'human' is not one of person"),
        (HEADER + "1a\tperson\tAnna\t安娜\t\t\n", ":2: id '1a' must start with a letter"),
        (HEADER + "a\tperson\t\t安娜\t\t\n", ":2: empty english"),
        (HEADER + "a\tperson\tAnna\tAnna\t\t\n", ":2: Chinese form 'Anna' has no Chinese character"),
        (HEADER + "a\tperson\tAnna\t安娜\t\t安·娜\n", ":2: form '安·娜' is listed twice"),
        ("id\ttype\tenglsh\tenglish\tchinese\n", ":1: unknown column 'englsh'"),
        ("", ":1: no header row"),
    ],
)
def test_malformed_glossaries_stop_with_file_and_line(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(InputError) as err:
        load_glossary([path])
    assert f"{path}{message}" in str(err.value)


def test_not_utf8_names_the_line(tmp_path):
    path = write(tmp_path, (HEADER + "a\tperson\tAnna\t安娜\t\t\n").encode("gb18030"))
    with pytest.raises(InputError, match=r"g\.tsv:2: not UTF-8"):
        load_glossary([path])


def test_spreadsheet_bom_and_windows_line_ends_read_as_plain_text(tmp_path):
    plain = HEADER + "a\tperson\tAnna\t安娜\tAnn\t安那\n"
    saved = b"\xef\xbb\xbf" + plain.replace("\n", "\r\n").encode("utf-8")
    expected = load_glossary([write(tmp_path, plain, "plain.tsv")]).entries["a"]
    entry = load_glossary([write(tmp_path, saved, "excel.tsv")]).entries["a"]
    assert (entry.english, entry.chinese, entry.short, entry.variants) == (
        expected.english, expected.chinese, expected.short, expected.variants)
    assert entry.variants == ("安那",)  # no stray \r on the last column


def test_folder_loads_every_tsv_in_name_order(tmp_path):
    write(tmp_path, HEADER + "b\tplace\tBern\t伯尔尼\t\t\n", "2.tsv")
    write(tmp_path, HEADER + "a\tperson\tAnna\t安娜\t\t\n", "1.tsv")
    write(tmp_path, "not a glossary", "readme.md")
    glossary = load_glossary([tmp_path])
    assert [f.path.name for f in glossary.files] == ["1.tsv", "2.tsv"]
    assert list(glossary.entries) == ["a", "b"]


def test_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such glossary"):
        load_glossary([tmp_path / "nope.tsv"])


def test_default_is_glossary_folder_when_present(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert load_glossary().files == []
    (tmp_path / "glossary").mkdir()
    write(tmp_path / "glossary", HEADER + "a\tperson\tAnna\t安娜\t\t\n")
    assert list(load_glossary().entries) == ["a"]


def test_comment_rows_survive_an_edit(tmp_path):
    text = "\t".join(COLUMNS) + "\n# people\t\t\t\t\t\t\t\t\na\tperson\tAnna\t安娜\t\t\t\t\t\n"
    path = write(tmp_path, text)
    glossary = load_glossary([path])
    add_variant(glossary, "a", "安那")
    after = path.read_text(encoding="utf-8").splitlines()
    assert after[1].startswith("# people")
    assert after[2].split("\t")[6] == "安那"


def test_edits_round_trip_through_the_file(tmp_path):
    path = write(tmp_path, HEADER + "a\tperson\tAnna\t安娜\t\t\n")
    glossary = load_glossary([path])
    add_variant(glossary, "a", "安那")
    add_distinct(glossary, "a", "安纳德")
    add_entry(glossary, GlossaryEntry("b", "Bern", NameType.PLACE, "伯尔尼", short="", variants=("伯恩",)))
    again = load_glossary([path])
    assert again.entries["a"].variants == ("安那",)
    assert again.rejected("a") == {form_key("安纳德")}
    assert again.entries["b"].variants == ("伯恩",) and again.entries["b"].type is NameType.PLACE
    # accepting a rejected form takes it out of the rejected list
    add_variant(again, "a", "安纳德")
    assert load_glossary([path]).rejected("a") == set()


def test_adding_a_known_id_or_rejecting_a_listed_form_fails(tmp_path):
    path = write(tmp_path, HEADER + "a\tperson\tAnna\t安娜\t\t安那\n")
    glossary = load_glossary([path])
    with pytest.raises(InputError, match="already defined"):
        add_entry(glossary, GlossaryEntry("a", "Ann", NameType.PERSON, "安"))
    with pytest.raises(InputError, match="already a listed form"):
        add_distinct(glossary, "a", "安那")
    with pytest.raises(InputError, match="no entry with id"):
        add_variant(glossary, "zzz", "安")


def test_form_key_ignores_script_and_name_joiners():
    assert form_key("弗拉基米爾·普京") == form_key("弗拉基米尔普京") == form_key("弗拉基米尔•普京")


def test_commands_stop_on_a_malformed_glossary_with_file_and_line(tmp_path, seed_path, capsys):
    from bitext.cli import main

    path = write(tmp_path, HEADER + "a\tperson\tAnna\t安娜\t\t\n\tplace\tBern\t伯尔尼\t\t\n")
    for argv in (["annotate", str(seed_path), "--mt", "none", "-o", str(tmp_path / "out.xml")],
                 ["review", str(seed_path), "--mt", "none"], ["glossary", "check"]):
        assert main([*argv, "--glossary", str(path)]) == 65
        assert f"{path}:3: empty id" in capsys.readouterr().err
    assert not (tmp_path / "out.xml").exists()


def test_check_command_reports_conflicts_across_files(tmp_path, capsys):
    from bitext.cli import main

    write(tmp_path, HEADER + "kyiv\tplace\tKyiv\t基辅\t\t\n", "a.tsv")
    write(tmp_path, HEADER + "kiev\tplace\tKiev\t基辅\t\t\n", "b.tsv")
    assert main(["glossary", "check", "--glossary", str(tmp_path / "a.tsv")]) == 0
    assert main(["glossary", "check", "--glossary", str(tmp_path)]) == 1
    assert "glossary_conflict" in capsys.readouterr().out
