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


# -- a glossary a user made is never lost, reversed or left unloadable ---------------------------------

FULL_HEADER = "\t".join(COLUMNS) + "\n"
ANNA = "a\tperson\tAnna\t安娜\t\t\t\t\t\n"


@pytest.mark.parametrize("decision", ["Accept", "ACCEPT", " accept "])
def test_apply_reads_decisions_case_insensitively(decision, tmp_path):
    """"Accept" once passed the check and was then applied as a rejection (the variant recorded as someone else)."""
    from bitext.cli import main

    path = write(tmp_path, FULL_HEADER + ANNA)
    report = write(tmp_path, f"kind,entry,english,form,decision\nProbable_Variant,a,,安那,{decision}\n", "r.csv")
    assert main(["glossary", "apply", str(report), "--glossary", str(path)]) == 0
    [row] = load_glossary([path]).rows
    assert row.entry.variants == ("安那",) and row.distinct == ()


@pytest.mark.parametrize(
    "line, message",
    [
        ("unknown_kind,a,,安那,accept", "r.csv:3: kind 'unknown_kind' is not one of"),
        ("probable_variant,nobody,,安那,accept", "r.csv:3: no entry with id 'nobody'"),
        ("probable_variant,a,,Anna,accept", "r.csv:3: Chinese form 'Anna' has no Chinese character"),
        ("probable_variant,a,,安那|安纳,reject", "r.csv:3: form '安那|安纳' holds '|'"),
        ("unlisted_name,,,白求恩,accept", "r.csv:3: accepting 白求恩 needs its English"),
    ],
)
def test_apply_names_the_row_it_does_not_understand_and_changes_nothing(line, message, tmp_path, capsys):
    from bitext.cli import main

    path = write(tmp_path, FULL_HEADER + ANNA)
    before = path.read_bytes()
    report = write(tmp_path, f"kind,entry,english,form,decision\nprobable_variant,a,,安纳,accept\n{line}\n", "r.csv")
    assert main(["glossary", "apply", str(report), "--glossary", str(path)]) == 65
    assert message in capsys.readouterr().err
    assert path.read_bytes() == before  # the good row 2 was not applied either


@pytest.mark.parametrize(
    "argv, message",
    [
        (["accept", "a", "Anna2"], "has no Chinese character"),
        (["accept", "a", "安那|安纳"], "holds '|'"),
        (["reject", "a", "安那\x1b"], "control character U+001B"),
        (["add", "b", "person", "", "白求恩"], "empty english"),
        (["add", "b", "person", "Bethune", "Bethune"], "has no Chinese character"),
        (["add", "b", "person", "Bethune", "白求恩", "--variant", "白求恩"], "listed twice"),
        (["add", "b", "person", "Beth\tune", "白求恩"], "control character U+0009"),
        (["add", "b", "person", "Bethune", "白求恩", "--note", "line\nbreak"], "control character U+000A"),
        (["add", "9b", "person", "Bethune", "白求恩"], "must start with a letter"),
        (["add", "b", "person", "Bethune", "白求恩|白大夫"], "holds '|'"),
    ],
)
def test_edits_that_would_not_load_are_refused_before_writing(argv, message, tmp_path, capsys):
    """accept/reject/add once wrote rows the loader refused: every later command exited 65."""
    from bitext.cli import main

    path = write(tmp_path, FULL_HEADER + ANNA)
    before = path.read_bytes()
    assert main(["glossary", *argv, "--glossary", str(path)]) == 65
    assert message in capsys.readouterr().err
    assert path.read_bytes() == before
    load_glossary([path])


def test_glossary_add_writes_a_row_that_loads(tmp_path, capsys):
    from bitext.cli import main

    path = write(tmp_path, FULL_HEADER + ANNA)
    other = write(tmp_path, FULL_HEADER + "c\tplace\tChina\t中国\t\t\t\t\t\n", "other.tsv")
    assert main(["glossary", "add", "bethune", "person", "Norman Bethune", "白求恩", "--short", "Bethune",
                 "--variant", "白求恩大夫 | 白裘恩", "--chinese-short", "白大夫", "--note", '"Dr" Bethune',
                 "--glossary", str(path)]) == 0
    assert f"{path}: added bethune" in capsys.readouterr().out
    entry = load_glossary([path]).entries["bethune"]
    assert (entry.english, entry.short, entry.type) == ("Norman Bethune", "Bethune", NameType.PERSON)
    assert entry.variants == ("白求恩大夫", "白裘恩") and entry.chinese_short == ("白大夫",)
    assert entry.note == '"Dr" Bethune'
    # --to an existing file that was not loaded: added to it, nothing of it lost
    assert main(["glossary", "add", "d", "place", "Dalian", "大连", "--to", str(other),
                 "--glossary", str(path)]) == 0
    assert list(load_glossary([other]).entries) == ["c", "d"]
    assert main(["glossary", "add", "a", "person", "Anna", "安那", "--glossary", str(path)]) == 65  # id taken


@pytest.mark.parametrize(
    "note, read_as",
    [
        ('"unclosed quote and the rest', '"unclosed quote and the rest'),
        ('"Ukraine" spelling', '"Ukraine" spelling'),
        ('"wholly quoted, ""inner"" doubled"', 'wholly quoted, "inner" doubled'),
        ('say "hi"', 'say "hi"'),
    ],
)
def test_a_quote_in_a_cell_never_swallows_the_rows_after_it(note, read_as, tmp_path, capsys):
    from bitext.cli import main

    rows = [f"a\tperson\tAnna\t安娜\t\t\t\t\t{note}", "b\tperson\tBob\t鲍勃\t\t\t\t\t", "c\tplace\tChina\t中国\t\t\t\t\t"]
    path = write(tmp_path, FULL_HEADER + "\n".join(rows) + "\n")
    glossary = load_glossary([path])
    assert list(glossary.entries) == ["a", "b", "c"]
    assert glossary.entries["a"].note == read_as
    assert main(["glossary", "check", "--glossary", str(path)]) == 0
    assert capsys.readouterr().out.startswith("3 entries")
    add_variant(glossary, "b", "鲍伯")  # written and read back: the note unchanged
    again = load_glossary([path])
    assert again.entries["a"].note == read_as and again.entries["b"].variants == ("鲍伯",)


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x0b", "\x85", "\r", "\ufffe", "\u202e", "\u2067"])
def test_check_refuses_a_control_character_in_any_cell(char, tmp_path, capsys):
    """A control character passed `check` and then crashed `annotate`."""
    from bitext.cli import main

    path = write(tmp_path, FULL_HEADER + ANNA + f"b\tperson\tBob{char}by\t鲍勃\t\t\t\t\t\n")
    assert main(["glossary", "check", "--glossary", str(path)]) == 65
    assert f"g.tsv:3: control character U+{ord(char):04X} in column english" in capsys.readouterr().err


def test_every_command_loads_what_check_accepts(tmp_path, seed_path, validate_tei):
    """A glossary `check` passes annotates to valid TEI and exports (odd but legal cells included)."""
    from bitext.cli import main

    odd = FULL_HEADER + 'q\tterm\t<b>&"quoted"\t"引号"\t\t\t\t\t\u200fRTL note\n' + ANNA
    path = write(tmp_path, odd)
    assert main(["glossary", "check", "--glossary", str(path)]) == 0
    text = write(tmp_path, "安娜说“引号”很重要。\n", "t.txt")
    assert main(["annotate", "--mt", "none", str(text), "--glossary", str(path), "-o", str(tmp_path / "o.xml")]) == 0
    validate_tei((tmp_path / "o.xml").read_bytes())
    assert main(["glossary", "export", "--glossary", str(path), "-o", str(tmp_path / "g.tbx")]) == 0


def test_a_symlinked_glossary_is_edited_through_the_link(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    real = write(shared, FULL_HEADER + ANNA)
    folder = tmp_path / "project"
    folder.mkdir()
    link = folder / "g.tsv"
    link.symlink_to(real)
    add_variant(load_glossary([folder]), "a", "安那")
    assert link.is_symlink() and link.resolve() == real
    assert load_glossary([real]).entries["a"].variants == ("安那",)
    assert [p.name for p in shared.iterdir()] == ["g.tsv"]  # no temporary file left


def test_user_glossary_folder_is_a_default(tmp_path, monkeypatch):
    from bitext.glossary import user_glossary_dir

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert user_glossary_dir() == tmp_path / "config" / "bitext" / "glossary"
    user_glossary_dir().mkdir(parents=True)
    write(user_glossary_dir(), FULL_HEADER + ANNA)
    assert list(load_glossary().entries) == ["a"]
    (tmp_path / "glossary").mkdir()
    write(tmp_path / "glossary", FULL_HEADER + "b\tperson\tBob\t鲍勃\t\t\t\t\t\n")
    assert list(load_glossary().entries) == ["b", "a"]  # the project's glossary first
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert user_glossary_dir() == tmp_path / "home" / ".config" / "bitext" / "glossary"


def test_commands_say_which_glossary_they_used(tmp_path, seed_path, monkeypatch):
    """Outside the project folder the glossary disappeared without a word: now stderr says so."""
    from cli_runner import run_cli

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    for command in ("annotate", "html", "review"):
        outcome = run_cli(command, "--mt", "none", seed_path, "-o", tmp_path / f"out.{command}")
        assert outcome.code == 0
        assert outcome.stderr.startswith("bitext: glossary: none (no --glossary, and neither ./glossary nor "
                                         f"{tmp_path / 'config' / 'bitext' / 'glossary'} exists)")
    outcome = run_cli("annotate", "--mt", "none", seed_path, "-o", tmp_path / "with.xml", "--glossary", SEED_GLOSSARY)
    assert outcome.code == 0 and outcome.stderr == ""  # not a terminal: only the missing glossary is worth a line
    assert "<p>glossary: seed.tsv (" in (tmp_path / "with.xml").read_text(encoding="utf-8")


class RecordingTranslator:
    """The real tiny translator, recording the glossary terms each sentence reaches it with."""

    def __init__(self, inner):
        self.inner, self.received = inner, {}
        self.identity, self.batch_size, self.inter_threads, self.info = (
            inner.identity, inner.batch_size, inner.inter_threads, inner.info)

    def translate(self, sources, terms=None):
        self.received.update(zip(sources, [tuple(map(tuple, t)) for t in terms or [[]] * len(sources)]))
        return self.inner.translate(sources, terms)


def test_glossary_terms_reach_the_mt(tiny_translator, seed_glossary):
    """Through the real pipeline and MT stage: each sentence's listed names go to the model with their English."""
    from bitext.pipeline import annotate_text

    recorder = RecordingTranslator(tiny_translator)
    doc = annotate_text("托卡耶夫会见了普京。俄罗斯很大。天气很好。", glossary=seed_glossary, translator=recorder)
    terms = {source: {t[0]: t[1] for t in received} for source, received in recorder.received.items()}
    tokayev, putin = seed_glossary.entries["tokayev"], seed_glossary.entries["putin"]
    [meeting] = [s for s in terms if "托卡耶夫" in s]
    assert terms[meeting]["托卡耶夫"] in (tokayev.english, tokayev.short)
    assert terms[meeting]["普京"] in (putin.english, putin.short)
    [weather] = [s for s in terms if "天气" in s]
    assert terms[weather] == {}
    assert all(s.translation is not None for s in doc.sentences())

