"""The siblings of issue 15's bugs, tried on every command as a hostile or careless user would.

Each case runs ``bitext.cli.main`` in this process (no model, no training)
and expects either a result or one error line with the README's exit code
(2 usage, 65 bad input, 73 cannot write), no traceback, nothing written on
failure, control characters escaped on the terminal, XML read safely,
spreadsheet cells that cannot run, HTML that cannot run, and the same bytes
for the same input.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import shutil
from pathlib import Path

import pytest

from cli_runner import Outcome, run_cli

SEED_GLOSSARY = Path(__file__).resolve().parents[1] / "glossary" / "seed.tsv"
BAD = Path(__file__).parent / "bad_inputs"
ZH = "普京在莫斯科发表讲话。\n托卡耶夫表示欢迎。\n"
EN = "Putin spoke in Moscow.\nTokayev welcomed it.\n"
#: An ESC sequence and a byte that is not UTF-8, as a hostile file name carries them.
HOSTILE_NAME = os.fsdecode(b"n\x1b[31m\xe9.txt")


def run_capture(*argv) -> tuple[Outcome, bytes]:
    """``bitext ARGV`` in this process, with what it printed on standard output."""
    out = io.BytesIO()
    wrapper = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    with contextlib.redirect_stdout(wrapper):
        outcome = run_cli(*argv)
        wrapper.flush()
    return outcome, out.getvalue()


@pytest.fixture()
def work(tmp_path) -> Path:
    """A folder with an article, its English and a copy of the seed glossary."""
    (tmp_path / "a.txt").write_text(ZH, encoding="utf-8")
    (tmp_path / "a.en.txt").write_text(EN, encoding="utf-8")
    shutil.copy(SEED_GLOSSARY, tmp_path / "g.tsv")
    return tmp_path


@pytest.fixture()
def tei(work) -> Path:
    path = work / "a.xml"
    assert run_cli("annotate", "--mt", "none", "--glossary", work / "g.tsv", work / "a.txt", "-o", path).code == 0
    return path


@pytest.fixture()
def xliff(work, tei) -> Path:
    path = work / "a.xlf"
    assert run_cli("xliff", "export", "--glossary", work / "g.tsv", tei, "-o", path).code == 0
    return path


def _fails_cleanly(outcome: Outcome, code: int) -> str:
    assert outcome.code == code, outcome.stderr
    line = outcome.error_line  # one line, no traceback
    assert line.startswith("bitext: error: "), line
    assert "\x1b" not in outcome.stderr
    return line


# -- every input argument: a folder, an empty file, a binary file, a FIFO ------------------------------

#: command → argv with INPUT where the bad file goes (the other arguments are good).
READERS = {
    "annotate": ["annotate", "--mt", "none", "--glossary", "{g}", "INPUT", "-o", "{w}/out"],
    "html": ["html", "--mt", "none", "--glossary", "{g}", "INPUT", "-o", "{w}/out"],
    "review": ["review", "--mt", "none", "--glossary", "{g}", "INPUT", "-o", "{w}/out"],
    "align-zh": ["align", "--mt", "none", "--glossary", "{g}", "INPUT", "{w}/a.en.txt", "-o", "{w}/out"],
    "align-en": ["align", "--mt", "none", "--glossary", "{g}", "{w}/a.txt", "INPUT", "-o", "{w}/out"],
    "align-mt-file": ["align", "--mt-file", "INPUT", "--glossary", "{g}", "{w}/a.txt", "{w}/a.en.txt", "-o", "{w}/out"],
    "xliff-export": ["xliff", "export", "--mt", "none", "--glossary", "{g}", "INPUT", "-o", "{w}/out"],
    "xliff-import": ["xliff", "import", "INPUT", "--tei", "{w}/a.xml", "-o", "{w}/out"],
    "xliff-import-tei": ["xliff", "import", "{w}/a.xlf", "--tei", "INPUT", "-o", "{w}/out"],
    "glossary-import": ["glossary", "import", "INPUT", "-o", "{w}/out"],
    "glossary-apply": ["glossary", "apply", "INPUT", "--glossary", "{g}"],
    "glossary-check": ["glossary", "check", "--glossary", "INPUT"],
    "models-install": ["models", "install", "-q", "--from", "INPUT"],
}


def _argv(command: str, work: Path, bad: Path | str) -> list[str]:
    return [str(bad) if a == "INPUT" else a.format(w=work, g=work / "g.tsv") for a in READERS[command]]


def _bad_file(kind: str, work: Path) -> Path:
    path = work / ("bad-" + kind)
    if kind == "folder":
        path.mkdir()
        (path / "x.txt").write_text(ZH, encoding="utf-8")  # a folder that holds something (a glossary folder would)
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "binary":
        path.write_bytes((BAD / "image.png").read_bytes())
    elif kind == "missing":
        pass
    return path


@pytest.mark.parametrize("kind", ["folder", "empty", "binary", "missing"])
@pytest.mark.parametrize("command", sorted(READERS))
def test_a_bad_input_is_one_line_and_65(command, kind, work, xliff, argos_packages):
    if command == "glossary-check" and kind == "folder":
        pytest.skip("a glossary folder is a valid --glossary")
    bad = _bad_file(kind, work)
    outcome = run_cli(*_argv(command, work, bad))
    line = _fails_cleanly(outcome, 65)
    assert str(bad) in line or bad.name in line, line
    assert not (work / "out").exists()


@pytest.mark.parametrize("command", sorted(READERS))
def test_a_hostile_file_name_is_shown_escaped(command, work, xliff, argos_packages):
    bad = work / HOSTILE_NAME
    bad.write_bytes(b"")
    outcome = run_cli(*_argv(command, work, bad))
    line = _fails_cleanly(outcome, 65)
    assert "n\\x1b[31m\\xe9.txt" in line, line


def test_a_folder_of_glossaries_without_any_glossary_is_bad_input(work):
    empty = work / "empty"
    empty.mkdir()
    line = _fails_cleanly(run_cli("glossary", "check", "--glossary", empty), 65)
    assert str(empty) in line


def test_models_install_from_a_folder_says_it_is_a_folder(work, argos_packages):
    line = _fails_cleanly(run_cli("models", "install", "-q", "--from", work), 65)
    assert "folder" in line or "directory" in line, line


@pytest.mark.parametrize("source", ["fifo", "/dev/zero"])
def test_models_install_from_a_device_or_pipe_is_refused_unread(source, work, argos_packages):
    path = work / "pipe.argosmodel" if source == "fifo" else Path(source)
    if source == "fifo":
        os.mkfifo(path)  # opening it to read would wait for a writer forever
    line = _fails_cleanly(run_cli("models", "install", "-q", "--from", path), 65)
    assert "not a regular file" in line, line
    assert list(argos_packages.iterdir()) == []


# -- hostile XML in every XML reader ---------------------------------------------------------------------

TEI_NS = "http://www.tei-c.org/ns/1.0"
HOSTILE_XML = {
    "external-entity": (BAD / "external_entity_tei.xml").read_bytes(),
    "billion-laughs": (BAD / "billion_laughs.xml").read_bytes(),
    "parameter-entity": (BAD / "parameter_entity.xml").read_bytes(),
    "xinclude": (BAD / "xinclude.xml").read_bytes(),
    "huge-attribute": b'<TEI xmlns="' + TEI_NS.encode() + b'" n="' + b"a" * 11_000_000 + b'"/>',
    "deep-nesting": b'<TEI xmlns="' + TEI_NS.encode() + b'">' + b"<div>" * 5000 + b"</div>" * 5000 + b"</TEI>",
    "forbidden-character": (BAD / "forbidden_char_ref.xml").read_bytes(),
    "tmx": (BAD / "tmx_as_article.tmx").read_bytes(),
}
XML_READERS = ["annotate", "html", "review", "xliff-export", "xliff-import", "xliff-import-tei", "glossary-import",
               "align-zh"]


def _xml_cases():
    for command in XML_READERS:
        for payload in sorted(HOSTILE_XML):
            if payload == "huge-attribute" and command in ("annotate", "review", "align-zh"):
                continue  # 3 s each to read 11 MB; the other payloads show the same refusal
            yield pytest.param(command, payload, id=f"{command}-{payload}")


@pytest.mark.parametrize(("command", "payload"), list(_xml_cases()))
def test_hostile_xml_is_refused_or_read_safely(command, payload, work, xliff):
    bad = work / "hostile.xml"
    bad.write_bytes(HOSTILE_XML[payload])
    outcome, printed = run_capture(*_argv(command, work, bad))
    out = work / "out"
    written = (out.read_bytes() if out.exists() else b"") + printed
    assert b"root:" not in written  # /etc/passwd never read
    assert len(written) < 1_000_000  # nothing expanded
    if payload in ("tmx",) and command in ("annotate", "review", "align-zh", "html", "xliff-export"):
        _fails_cleanly(outcome, 65)  # an XML that is not TEI is not an article
    elif payload != "xinclude":
        _fails_cleanly(outcome, 65)
        assert not out.exists()
    else:
        assert outcome.code in (0, 65), outcome.stderr
        assert "Traceback" not in outcome.stderr


# -- outputs: onto an input, a symbolic link, a FIFO, a folder, a missing folder, an existing file --------

#: command → argv writing to OUT.
WRITERS = {
    "annotate": ["annotate", "--mt", "none", "--glossary", "{g}", "{w}/a.txt", "-o", "OUT"],
    "html": ["html", "--mt", "none", "--glossary", "{g}", "{w}/a.txt", "-o", "OUT"],
    "review": ["review", "--mt", "none", "--glossary", "{g}", "--format", "csv", "{w}/a.txt", "-o", "OUT"],
    "align": ["align", "--mt", "none", "--glossary", "{g}", "--format", "tsv", "{w}/a.txt", "{w}/a.en.txt", "-o", "OUT"],
    "xliff-export": ["xliff", "export", "--glossary", "{g}", "{w}/a.xml", "-o", "OUT"],
    "xliff-import": ["xliff", "import", "{w}/a.xlf", "--tei", "{w}/a.xml", "-o", "OUT"],
    "glossary-export": ["glossary", "export", "--glossary", "{g}", "-o", "OUT"],
    "glossary-import": ["glossary", "import", "{w}/a.omegat", "-o", "OUT"],
}
#: Each command's input files, as a careless user would name them for -o.
OWN_INPUTS = {
    "annotate": ["a.txt", "g.tsv"], "html": ["a.txt", "g.tsv"], "review": ["a.txt", "g.tsv"],
    "align": ["a.txt", "a.en.txt", "g.tsv"], "xliff-export": ["a.xml", "g.tsv"],
    "xliff-import": ["a.xlf", "a.xml"], "glossary-export": ["g.tsv"], "glossary-import": ["a.omegat"],
}


def _writer_argv(command: str, work: Path, out: Path | str) -> list[str]:
    return [str(out) if a == "OUT" else a.format(w=work, g=work / "g.tsv") for a in WRITERS[command]]


@pytest.fixture()
def omegat(work) -> Path:
    path = work / "a.omegat"
    path.write_text("普京\tVladimir Putin\n", encoding="utf-8")
    return path


def _snapshot(work: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in work.iterdir() if p.is_file() and not p.is_symlink()}


CASES = [(c, f) for c in sorted(WRITERS) for f in OWN_INPUTS[c]]


@pytest.mark.parametrize(("command", "own"), CASES)
def test_output_onto_an_input_is_refused_with_force(command, own, work, xliff, omegat):
    before = _snapshot(work)
    line = _fails_cleanly(run_cli(*_writer_argv(command, work, work / own), "--force"), 73)
    assert "input" in line
    assert _snapshot(work) == before


@pytest.mark.parametrize("target", ["symlink", "fifo", "folder", "missing-folder", "existing"])
@pytest.mark.parametrize("command", sorted(WRITERS))
def test_an_output_that_would_destroy_something_is_refused_first(command, target, work, xliff, omegat):
    out = work / "target"
    if target == "symlink":
        (work / "kept").write_text("kept", encoding="utf-8")
        out.symlink_to(work / "kept")
    elif target == "fifo":
        os.mkfifo(out)
    elif target == "folder":
        out.mkdir()
    elif target == "missing-folder":
        out = work / "missing" / "out"
    else:
        out.write_text("kept", encoding="utf-8")
    before = _snapshot(work)
    _fails_cleanly(run_cli(*_writer_argv(command, work, out)), 73)
    assert _snapshot(work) == before
    assert not [p for p in work.iterdir() if p.name.endswith(".part")]


# -- characters XML 1.0 forbids, in the text and in file names, reaching an XML output ------------------

FORBIDDEN = "\x01\ufffe\x1b"


@pytest.mark.parametrize("fmt", ["tmx", "tei"])
@pytest.mark.parametrize("side", ["zh", "en"])
def test_align_xml_outputs_take_forbidden_characters(side, fmt, work):
    from lxml import etree

    texts = {"zh": ZH, "en": EN}
    texts[side] = texts[side].replace("\n", FORBIDDEN + "\n", 1)
    for name, text in texts.items():
        (work / f"f.{name}.txt").write_text(text, encoding="utf-8")
    outcome = run_cli("align", "--mt", "none", "--glossary", work / "g.tsv", "--format", fmt, work / "f.zh.txt",
                      work / "f.en.txt", "-o", work / "out.xml")
    assert outcome.code == 0, outcome.stderr
    etree.fromstring((work / "out.xml").read_bytes())


@pytest.mark.parametrize("raw_name", [b"z\xe9.txt", b"z\x01.txt"], ids=["not-utf8", "control"])
@pytest.mark.parametrize("argv", [
    ["align", "--format", "tmx", "INPUT", "{w}/a.en.txt"],
    ["align", "--format", "tei", "INPUT", "{w}/a.en.txt"],
    ["xliff", "export", "INPUT"],
    ["annotate", "INPUT"],
    ["html", "INPUT"],
    ["review", "--format", "html", "INPUT"],
    ["review", "--format", "json", "INPUT"],
], ids=lambda argv: "-".join(a for a in argv if a.isalpha()))
def test_a_hostile_file_name_reaches_no_output_raw(argv, raw_name, work):
    source = work / os.fsdecode(raw_name)
    source.write_text(ZH, encoding="utf-8")
    options = ["--mt", "none", "--glossary", str(work / "g.tsv"), "-o", str(work / "out")]
    argv = [a for arg in argv for a in ([*options, str(source)] if arg == "INPUT" else [arg.format(w=work)])]
    outcome = run_cli(*argv)
    assert outcome.code == 0, outcome.stderr
    data = (work / "out").read_bytes()
    data.decode("utf-8")
    assert b"\x01" not in data


def test_xliff_export_of_a_forbidden_character_in_the_chinese(work):
    from lxml import etree

    (work / "f.txt").write_text("普京\x01说话。\n", encoding="utf-8")
    outcome = run_cli("xliff", "export", "--mt", "none", "--glossary", work / "g.tsv", work / "f.txt", "-o",
                      work / "f.xlf")
    assert outcome.code == 0, outcome.stderr
    etree.fromstring((work / "f.xlf").read_bytes())


def test_xliff_import_with_a_control_character_in_the_translator_name(work):
    from lxml import etree

    from bitext.model import Translation
    from bitext.pipeline import annotate_bytes
    from bitext.tei import to_tei

    doc = annotate_bytes(ZH.encode(), "a.txt")
    for sentence in doc.sentences():
        sentence.translation = Translation("Putin spoke in Moscow.")
    translated = work / "t.xml"
    translated.write_bytes(to_tei(doc))
    exported = work / "t.xlf"
    assert run_cli("xliff", "export", "--glossary", work / "g.tsv", translated, "-o", exported).code == 0
    edited = exported.read_text(encoding="utf-8").replace("Putin spoke in Moscow.</target>", "Putin spoke.</target>", 1)
    exported.write_text(edited, encoding="utf-8")
    outcome = run_cli("xliff", "import", exported, "--tei", translated, "--translator", "A.\x01\x1b[2J",
                      "-o", work / "edited.xml")
    assert outcome.code == 0, outcome.stderr
    etree.fromstring((work / "edited.xml").read_bytes())


# -- the glossary file an edit writes to -----------------------------------------------------------------


@pytest.mark.parametrize("target", ["fifo", "folder", "missing-folder", "device"])
def test_glossary_add_to_a_file_that_cannot_be_a_glossary(target, work):
    path = work / "target.tsv"
    if target == "fifo":
        os.mkfifo(path)  # reading it would wait forever for a writer
    elif target == "folder":
        path.mkdir()
    elif target == "missing-folder":
        path = work / "missing" / "new.tsv"
    else:
        path = Path("/dev/null")
    before = (work / "g.tsv").read_bytes()
    outcome = run_cli("glossary", "add", "--glossary", work / "g.tsv", "--to", path, "xi", "person", "Xi", "习近平")
    assert outcome.code in (65, 73)
    _fails_cleanly(outcome, outcome.code)
    assert (work / "g.tsv").read_bytes() == before


# -- models -------------------------------------------------------------------------------------------


def test_models_remove_of_a_linked_package_removes_the_link_only(argos_packages, tmp_path):
    import json

    shared = tmp_path / "shared" / "translate-zh_en-1_9"
    shared.mkdir(parents=True)
    (shared / "metadata.json").write_text(json.dumps({"from_code": "zh", "to_code": "en", "type": "translate",
                                                      "package_version": "1.9"}), encoding="utf-8")
    (argos_packages / shared.name).symlink_to(shared)
    outcome = run_cli("models", "remove", shared.name)
    assert outcome.code == 0, outcome.stderr
    assert not (argos_packages / shared.name).is_symlink()
    assert (shared / "metadata.json").is_file()  # another user's package is not deleted through the link


# -- determinism: same input, same bytes ---------------------------------------------------------------

DETERMINISTIC = {
    **WRITERS,
    "review-json": ["review", "--mt", "none", "--glossary", "{g}", "--format", "json", "{w}/a.txt", "-o", "OUT"],
    "review-html": ["review", "--mt", "none", "--glossary", "{g}", "--format", "html", "{w}/a.txt", "-o", "OUT"],
    "align-tmx": ["align", "--mt", "none", "--glossary", "{g}", "--format", "tmx", "{w}/a.txt", "{w}/a.en.txt", "-o", "OUT"],
    "align-tei": ["align", "--mt", "none", "--glossary", "{g}", "--format", "tei", "{w}/a.txt", "{w}/a.en.txt", "-o", "OUT"],
    "glossary-export-tbx2": ["glossary", "export", "--format", "tbx2", "--glossary", "{g}", "-o", "OUT"],
    "glossary-export-omegat": ["glossary", "export", "--format", "omegat", "--glossary", "{g}", "-o", "OUT"],
}


@pytest.mark.parametrize("command", sorted(DETERMINISTIC))
def test_same_input_same_bytes(command, work, xliff, omegat):
    outputs = []
    for name in ("one", "two"):
        argv = [str(work / name) if a == "OUT" else a.format(w=work, g=work / "g.tsv") for a in DETERMINISTIC[command]]
        assert run_cli(*argv).code == 0
        outputs.append((work / name).read_bytes())
    assert outputs[0] == outputs[1]


def test_corpus_outputs_are_the_same_bytes_on_a_second_run(work):
    for side, text in (("zh", ZH), ("en", EN)):
        (work / side).mkdir()
        (work / side / "c1.txt").write_text(text, encoding="utf-8")
    runs = []
    for name in ("one", "two"):
        assert run_cli("align", "--mt", "none", "--glossary", work / "g.tsv", "--format", "tmx", work / "zh",
                       work / "en", "--out-dir", work / name).code == 0
        runs.append((work / name / "c1.tmx").read_bytes())
    assert runs[0] == runs[1]


def test_an_mt_file_of_the_wrong_length_is_named(work):
    (work / "mt.txt").write_text("one line only\n", encoding="utf-8")
    (work / "z.txt").write_text("普京说话。\n托卡耶夫表示欢迎。\n俄罗斯。\n", encoding="utf-8")
    line = _fails_cleanly(run_cli("align", "--mt-file", work / "mt.txt", "--glossary", work / "g.tsv", work / "z.txt",
                                  work / "a.en.txt", "-o", work / "out"), 65)
    assert str(work / "mt.txt") in line and "1 lines of translation for 3" in line


# -- corpus mode ---------------------------------------------------------------------------------------


@pytest.fixture()
def corpus(work) -> Path:
    for side, text in (("zh", ZH), ("en", EN)):
        (work / side).mkdir()
        (work / side / "c1.txt").write_text(text, encoding="utf-8")
    return work


def test_a_failed_chapter_with_a_hostile_name_is_shown_escaped(corpus):
    (corpus / "zh" / HOSTILE_NAME).write_bytes(b"")
    (corpus / "en" / HOSTILE_NAME).write_bytes(b"")
    outcome = run_cli("align", "--mt", "none", "--glossary", corpus / "g.tsv", corpus / "zh", corpus / "en",
                      "--out-dir", corpus / "out")
    assert outcome.code == 1
    assert "\x1b" not in outcome.stderr
    assert "n\\x1b[31m\\xe9.txt" in outcome.stderr
    assert (corpus / "out" / "c1.ladder").exists()


@pytest.mark.parametrize("out_dir", ["zh", "en"])
def test_corpus_out_dir_inside_an_input_folder_is_refused(out_dir, corpus):
    before = sorted(p.name for p in (corpus / out_dir).iterdir())
    line = _fails_cleanly(run_cli("align", "--mt", "none", "--glossary", corpus / "g.tsv", corpus / "zh",
                                  corpus / "en", "--out-dir", corpus / out_dir / "aligned"), 73)
    assert "input" in line
    assert sorted(p.name for p in (corpus / out_dir).iterdir()) == before


def test_corpus_output_onto_an_input_file_is_refused_with_force(corpus):
    # --out-dir is the folder above zh/: chapter zh/x.txt would be written to zh/x.ladder, itself a chapter
    for side, text in (("zh", ZH), ("en", EN)):
        (corpus / side / "zh").mkdir()
        (corpus / side / "zh" / "x.txt").write_text(text, encoding="utf-8")
        (corpus / side / "x.ladder").write_text(text, encoding="utf-8")
    before = _snapshot(corpus / "zh")
    line = _fails_cleanly(run_cli("align", "--mt", "none", "--glossary", corpus / "g.tsv", corpus / "zh",
                                  corpus / "en", "--out-dir", corpus, "--force"), 73)
    assert "x.ladder" in line and "input" in line
    assert _snapshot(corpus / "zh") == before


def test_corpus_a_symlinked_output_is_a_failed_chapter_not_a_replaced_file(corpus):
    (corpus / "out").mkdir()
    (corpus / "kept").write_text("kept", encoding="utf-8")
    (corpus / "out" / "c1.ladder").symlink_to(corpus / "kept")
    outcome = run_cli("align", "--mt", "none", "--glossary", corpus / "g.tsv", corpus / "zh", corpus / "en",
                      "--out-dir", corpus / "out", "--force")
    assert outcome.code in (1, 73), outcome.stderr
    assert (corpus / "kept").read_text(encoding="utf-8") == "kept"
    assert (corpus / "out" / "c1.ladder").is_symlink()


# -- spreadsheets and HTML ---------------------------------------------------------------------------

FORMULA = "=HYPERLINK(\"http://x\",\"y\")"


def _hostile_glossary(work: Path) -> Path:
    path = work / "hostile.tsv"
    path.write_text(
        "id\ttype\tenglish\tchinese\tshort\tchinese_short\tvariants\tdistinct\tnote\n"
        f"putin\tperson\t{FORMULA}\t普京\t@SUM(1)\t\t\t\t<img src=x onerror=alert(1)> \"'&\n"
        "tokayev\tperson\t-2+3 <script>alert(1)</script>\t托卡耶夫\t+1\t\t\t\t=1+1\n",
        encoding="utf-8")
    return path


def _cells(text: str, delimiter: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text), delimiter=delimiter) for cell in row]


def test_omegat_export_has_no_formula_cell_and_reads_back(work):
    glossary = _hostile_glossary(work)
    assert run_cli("glossary", "export", "--format", "omegat", "--glossary", glossary, "-o", work / "g.utf8").code == 0
    text = (work / "g.utf8").read_text(encoding="utf-8")
    for line in text.splitlines():
        for cell in line.split("\t"):
            assert not cell.startswith(("=", "+", "-", "@")), line
    assert run_cli("glossary", "import", work / "g.utf8", "-o", work / "back.tsv").code == 0
    back = (work / "back.tsv").read_text(encoding="utf-8")
    assert FORMULA in back and "-2+3 <script>" in back


def test_align_tsv_has_no_formula_cell(work):
    (work / "f.en.txt").write_text("=1+1 Putin spoke.\n@SUM(A1) Tokayev welcomed it.\n", encoding="utf-8")
    assert run_cli("align", "--mt", "none", "--glossary", work / "g.tsv", "--format", "tsv", work / "a.txt",
                   work / "f.en.txt", "-o", work / "out.tsv").code == 0
    cells = _cells((work / "out.tsv").read_text(encoding="utf-8"), "\t")
    assert any(cell.startswith("'=1+1") for cell in cells)
    assert not [c for c in cells if c.startswith(("=", "+", "@"))]


def test_review_csv_has_no_formula_cell_from_a_hostile_glossary(work):
    glossary = _hostile_glossary(work)
    assert run_cli("review", "--mt", "none", "--glossary", glossary, "--format", "csv", work / "a.txt",
                   "-o", work / "r.csv").code == 0
    cells = _cells((work / "r.csv").read_text(encoding="utf-8-sig"), ",")
    assert cells and not [c for c in cells if c.startswith(("=", "+", "-", "@"))]


@pytest.mark.parametrize("argv", [
    ["review", "--format", "html"],
    ["html"],
])
def test_html_outputs_escape_glossary_values(argv, work):
    glossary = _hostile_glossary(work)
    (work / "h.txt").write_text("普京和托卡耶夫会谈。普金也来了。\n", encoding="utf-8")
    assert run_cli(*argv, "--mt", "none", "--glossary", glossary, work / "h.txt", "-o", work / "out.html").code == 0
    page = (work / "out.html").read_text(encoding="utf-8")
    assert "<img src=x" not in page and "<script>alert" not in page


def test_html_escapes_a_hostile_file_name(work):
    name = work / '"><script>alert(1)<\\script>.txt'
    name.write_text(ZH, encoding="utf-8")
    for argv in (["html"], ["review", "--format", "html"]):
        assert run_cli(*argv, "--mt", "none", "--glossary", work / "g.tsv", name, "-o", work / "o.html",
                       "--force").code == 0
        assert "<script>alert(1)" not in (work / "o.html").read_text(encoding="utf-8")


def test_html_from_a_tei_with_hostile_values_runs_nothing(work, tei):
    hostile = "&lt;img src=x onerror=alert(1)&gt;&quot;&apos;"
    data = tei.read_text(encoding="utf-8").replace("Vladimir Putin", hostile)
    assert hostile in data
    (work / "h.xml").write_text(data, encoding="utf-8")
    assert run_cli("html", work / "h.xml", "-o", work / "h.html").code == 0
    page = (work / "h.html").read_text(encoding="utf-8")
    assert "onerror=alert(1)" in page  # the value is shown …
    assert "<img src=x" not in page  # … as text, never as markup


# -- terminal output ----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_review_prints_hostile_glossary_values_escaped(fmt, work):
    glossary = work / "esc.tsv"
    glossary.write_text(
        "id\ttype\tenglish\tchinese\tshort\tchinese_short\tvariants\tdistinct\tnote\n"
        "putin\tperson\tVladimir Putin\u202e\t普京\t\t\t\t\tnote\u202e\n", encoding="utf-8")
    (work / "esc.txt").write_text("普京和普金会谈。\u202e\n", encoding="utf-8")
    outcome, printed = run_capture("review", "--mt", "none", "--glossary", glossary, "--format", fmt, work / "esc.txt")
    assert outcome.code in (0, 65), outcome.stderr
    assert "\u202e".encode() not in printed and b"\x1b" not in printed


def test_glossary_check_prints_a_hostile_id_escaped(work):
    glossary = work / "ids.tsv"
    glossary.write_text(
        "id\ttype\tenglish\tchinese\tshort\tchinese_short\tvariants\tdistinct\tnote\n"
        "a\u202eb\tperson\tVladimir Putin\t普京\t\t\t\t\t\n"
        "c\u202ed\tperson\tPutin Two\t普京\t\t\t\t\t\n", encoding="utf-8")
    outcome, printed = run_capture("glossary", "check", "--glossary", glossary)
    assert "\u202e" not in outcome.stderr and "\u202e".encode() not in printed
    assert outcome.code in (1, 65)


def test_batch_shows_a_hostile_file_name_escaped(work):
    (work / "in").mkdir()
    shutil.copy(work / "a.txt", work / "in" / "a.txt")
    (work / "in" / HOSTILE_NAME).write_bytes(b"")
    outcome = run_cli("batch", "--mt", "none", "-q", "--glossary", work / "g.tsv", work / "in", work / "out")
    assert outcome.code == 1, outcome.stderr
    assert "\x1b" not in outcome.stderr


# -- usage errors are 2 ---------------------------------------------------------------------------------


@pytest.mark.parametrize("argv", [
    ["review", "--format", "xlsx", "a.txt"],
    ["align", "--format", "csv", "a.txt", "b.txt"],
    ["glossary", "export", "--format", "csv"],
    ["models", "frobnicate"],
    ["annotate", "--pinyin", "ipa", "a.txt"],
])
def test_usage_errors_are_2(argv, work, monkeypatch):
    monkeypatch.chdir(work)
    outcome = run_cli(*argv)
    assert outcome.code == 2
    assert "Traceback" not in outcome.stderr
