"""The command line's end of robustness: output paths, glossaries, hostile XML, signals, bugs.

Each failure is one line on stderr naming the file and the cause, with a
meaningful exit code (65 bad input, 70 internal error, 73 cannot write,
130 interrupted); ``--debug`` adds the traceback.
"""

from __future__ import annotations

import http.server
import os
import signal
import threading
from pathlib import Path

import pytest

from cli_runner import Outcome, bitext_process, run_cli, run_process, wait_until_busy

BAD = Path(__file__).parent / "bad_inputs"
SAMPLE = "哈萨克斯坦总统发表演讲。\n俄罗斯一直寻求保持影响力。\n"


@pytest.fixture()
def article(tmp_path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    return path


def annotate(article: Path, output, *extra) -> object:
    return run_cli("annotate", "--mt", "none", article, "-o", output, *extra)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


# -- output paths ----------------------------------------------------------------------------------


def test_output_in_a_missing_folder(article, tmp_path):
    outcome = annotate(article, tmp_path / "missing" / "out.xml")
    assert outcome.code == 73
    assert "folder" in outcome.error_line and "does not exist" in outcome.error_line


def test_output_without_write_permission(article, tmp_path):
    if os.geteuid() == 0:  # root writes anywhere it can chmod; /sys refuses even root
        target = Path("/sys/bitext-test.xml")
    else:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o555)
        target = locked / "out.xml"
    outcome = annotate(article, target)
    assert outcome.code == 73
    assert str(target) in outcome.error_line and "permission denied" in outcome.error_line
    assert not target.exists()


def test_output_that_is_a_folder(article, tmp_path):
    outcome = annotate(article, tmp_path, "--force")
    assert outcome.code == 73 and "is a folder" in outcome.error_line


# The output may never destroy an input, a device or what a link points to: refused before the work.
OUTPUT_IS_INPUT = [
    ("annotate", "--mt", "none", "{zh}", "-o", "{zh}", "--force"),
    ("html", "--mt", "none", "{zh}", "-o", "{zh}", "--force"),
    ("review", "--mt", "none", "{zh}", "-o", "{zh}", "--force"),
    ("align", "{zh}", "{en}", "--mt-file", "{en}", "-o", "{en}", "--force"),
    ("align", "{zh}", "{en}", "--mt-file", "{en}", "--format", "tei", "-o", "{zh}", "--force"),
    ("annotate", "--mt", "none", "{zh}", "--glossary", "{glossary}", "-o", "{glossary}", "--force"),
    ("glossary", "export", "--glossary", "{glossary}", "--format", "omegat", "-o", "{glossary}", "--force"),
    ("glossary", "import", "{zh}", "-o", "{zh}", "--force"),
    ("annotate", "--mt", "none", "{zh}", "-o", "{hardlink}", "--force"),
]


@pytest.mark.parametrize("argv", OUTPUT_IS_INPUT, ids=lambda argv: " ".join(argv[:2]) + " " + argv[-2])
def test_output_that_is_an_input_is_refused_even_with_force(argv, article, tmp_path):
    english = tmp_path / "article.en.txt"
    english.write_text("The president spoke.\nRussia kept its influence.\n", encoding="utf-8")
    glossary = tmp_path / "g.tsv"
    glossary.write_text("id\ttype\tenglish\tchinese\nrussia\tplace\tRussia\t俄罗斯\n", encoding="utf-8")
    os.link(article, tmp_path / "hardlink.txt")
    files = {"zh": article, "en": english, "glossary": glossary, "hardlink": tmp_path / "hardlink.txt"}
    before = {path: path.read_bytes() for path in files.values()}
    outcome = run_cli(*(arg.format(**files) for arg in argv))
    assert outcome.code == 73
    assert "is also the input" in outcome.error_line
    assert {path: path.read_bytes() for path in files.values()} == before


def test_output_onto_a_device_is_refused_even_with_force(article, tmp_path):
    """--force once replaced a device node by a file; the test makes its own node (never /dev/null) when it may."""
    import stat

    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # what /dev/null is
    except PermissionError:  # not root: only the check itself, on the real /dev/null, which it never writes
        from bitext.io import OutputError, check_output

        with pytest.raises(OutputError, match="not a regular file"):
            check_output("/dev/null", force=True)
        pytest.skip("creating a device node needs root")
    outcome = annotate(article, device, "--force")
    assert outcome.code == 73 and "not a regular file" in outcome.error_line
    assert stat.S_ISCHR(device.stat().st_mode)


def test_output_that_is_a_fifo_is_refused(article, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    outcome = annotate(article, fifo, "--force")  # writing would block for a reader; replacing would lose the pipe
    assert outcome.code == 73 and "not a regular file" in outcome.error_line
    assert fifo.is_fifo()


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_output_through_a_symbolic_link_is_refused(force, article, tmp_path):
    precious = tmp_path / "precious.txt"
    precious.write_text("someone's notes")
    link = tmp_path / "out.xml"
    link.symlink_to(precious)
    dangling = tmp_path / "dangling.xml"
    dangling.symlink_to(tmp_path / "nowhere" / "x.xml")
    for target in (link, dangling):
        outcome = annotate(article, target, *force)
        assert outcome.code == 73 and "symbolic link" in outcome.error_line
        assert target.is_symlink()
    assert precious.read_text() == "someone's notes"


@pytest.mark.parametrize("command", ["annotate", "html", "review"])
def test_existing_output_is_refused_before_the_work(command, article, tmp_path, monkeypatch):
    """Without --force an existing output stops the command at once: no translation is lost to it."""
    import bitext.pipeline

    calls = []
    monkeypatch.setattr(bitext.pipeline, "annotate_bytes", lambda *a, **k: calls.append(a))
    out = tmp_path / "out"
    out.write_text("earlier result")
    outcome = run_cli(command, "--mt", "none", article, "-o", out)
    assert outcome.code == 73 and "exists (use --force" in outcome.error_line
    assert calls == [] and out.read_text() == "earlier result"


def test_an_existing_output_is_refused_before_the_model_loads(article, tmp_path, monkeypatch):
    import bitext.mt

    monkeypatch.setattr(bitext.mt, "load_translator", lambda *a, **k: pytest.fail("model loaded"))
    out = tmp_path / "out.xml"
    out.write_text("earlier result")
    outcome = run_cli("annotate", article, "-o", out)
    assert outcome.code == 73 and out.read_text() == "earlier result"


def test_written_files_respect_the_umask(article, tmp_path):
    """Outputs are 0666 less the umask (0644 usually), not the 0600 of a temporary file."""
    previous = os.umask(0o022)
    try:
        assert annotate(article, tmp_path / "a.xml").code == 0
        assert run_cli("html", "--mt", "none", article, "-o", tmp_path / "a.html").code == 0
        os.umask(0o002)
        assert annotate(article, tmp_path / "b.xml").code == 0
    finally:
        os.umask(previous)
    assert (tmp_path / "a.xml").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "a.html").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "b.xml").stat().st_mode & 0o777 == 0o664
    (tmp_path / "b.xml").chmod(0o640)  # an existing file keeps its mode when replaced
    assert annotate(article, tmp_path / "b.xml", "--force").code == 0
    assert (tmp_path / "b.xml").stat().st_mode & 0o777 == 0o640


KILLED_WRITER = """
import os, signal, sys
import bitext.io
os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)  # killed in the middle of the write
bitext.io.write_atomic(sys.argv[1], b"half")
"""


def test_the_temporary_file_of_a_killed_write_is_removed_by_the_next_run(article, tmp_path):
    import subprocess
    import sys

    out = tmp_path / "out.xml"
    killed = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(out)], cwd=Path(__file__).parents[1],
                            timeout=60)
    assert killed.returncode == -signal.SIGKILL
    assert len(leftovers(tmp_path)) == 1 and not out.exists()
    busy = tmp_path / f".out.xml.{os.getpid()}-inprogress.part"  # a live writer's file is left alone
    busy.write_bytes(b"")
    assert annotate(article, out).code == 0
    assert leftovers(tmp_path) == [busy.name]
    assert out.read_bytes().startswith(b"<?xml")


def test_control_characters_in_a_file_name_are_shown_escaped(tmp_path):
    name = tmp_path / "\x1b]0;owned\x07\x1b[2Jarticle\nbitext: ok\u202e.txt"
    outcome = run_cli("annotate", "--mt", "none", name, "-o", tmp_path / "out.xml")
    assert outcome.code == 65
    line = outcome.error_line  # one line: the newline in the name cannot fake a second message
    assert "\x1b" not in line and "\x07" not in line and "\u202e" not in line
    assert "\\x1b]0;owned\\x07\\x1b[2Jarticle\\nbitext: ok\\u202e.txt: no such file" in line


def test_an_undecodable_file_name_is_shown_by_its_bytes(tmp_path):
    name = os.fsdecode(bytes(tmp_path) + b"/caf\xe9.txt")
    outcome = run_cli("annotate", "--mt", "none", name, "-o", tmp_path / "out.xml")
    assert outcome.code == 65 and "caf\\xe9.txt: no such file" in outcome.error_line


# -- inputs: bounded --------------------------------------------------------------------------------


def test_an_input_over_the_limit_is_refused_before_reading(tmp_path):
    from bitext.io import MAX_INPUT_BYTES

    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:  # sparse: no disk used
        handle.truncate(MAX_INPUT_BYTES + 1)
    outcome = run_cli("annotate", "--mt", "none", big, "-o", tmp_path / "out.xml")
    assert outcome.code == 65 and "larger than the input limit of 100 MB" in outcome.error_line


def test_an_endless_input_is_read_only_up_to_the_limit():
    from bitext.io import InputError, read_bytes

    with pytest.raises(InputError, match="/dev/zero: larger than the input limit"):
        read_bytes("/dev/zero", limit=1_000_000)
    assert read_bytes(__file__, limit=10**6) == Path(__file__).read_bytes()


@pytest.mark.slow
def test_annotate_dev_zero_is_refused(tmp_path):
    outcome = run_process("annotate", "--mt", "none", "/dev/zero", "-o", tmp_path / "out.xml")
    assert outcome.code == 65 and outcome.error_line.endswith("/dev/zero: larger than the input limit of 100 MB; "
                                                              "split it into smaller files")


@pytest.mark.parametrize("stdout", ["/dev/full", "closed"])
def test_standard_output_that_cannot_be_written_is_73(stdout, article):
    import subprocess
    import sys

    command = [sys.executable, "-m", "bitext", "annotate", "--mt", "none", str(article)]
    if stdout == "closed":
        run = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=120,
                             cwd=Path(__file__).parents[1], pass_fds=(), preexec_fn=lambda: os.close(1))
    else:
        with open(stdout, "wb") as full:
            run = subprocess.run(command, stdout=full, stderr=subprocess.PIPE, text=True, timeout=120,
                                 cwd=Path(__file__).parents[1])
    assert run.returncode == 73, run.stderr
    assert Outcome(run.returncode, run.stderr).error_line.startswith("bitext: error: standard output")


def test_printed_output_to_a_full_device_is_73(tmp_path):
    glossary = tmp_path / "g.tsv"
    glossary.write_text("id\ttype\tenglish\tchinese\nrussia\tplace\tRussia\t俄罗斯\n", encoding="utf-8")
    with open("/dev/full", "wb") as full:
        process = bitext_process("glossary", "check", "--glossary", glossary, stdout=full)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 73
    assert Outcome(73, stderr).error_line == "bitext: error: output: cannot write (No space left on device)"


# -- no model: each command says what it can do without one ------------------------------------------


@pytest.mark.parametrize(
    "argv, alternative",
    [
        (["annotate", "{zh}"], "bitext annotate --mt none"),
        (["html", "{zh}"], "bitext html --mt none"),
        (["review", "--mt", "argos", "{zh}"], "bitext review --mt none"),
        (["align", "{zh}", "{zh}"], "bitext align --mt-file FILE"),
        (["batch", "{folder}", "{out}"], "bitext batch --mt none"),
    ],
    ids=lambda v: v[0] if isinstance(v, list) else "",
)
def test_no_model_hint_names_the_command(argv, alternative, argos_packages, article, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SAMPLE, encoding="utf-8")
    outcome = run_cli(*(a.format(zh=article, folder=folder, out=tmp_path / "out") for a in argv))
    assert outcome.code == 69
    line = outcome.error_line
    assert alternative in line and "bitext models install --from FILE.argosmodel" in line
    other = {"annotate", "html", "review", "align", "batch"} - {argv[0]}
    assert not any(f"bitext {name} " in line for name in other), line


def test_existing_output_is_kept_unless_force(article, tmp_path):
    out = tmp_path / "out.xml"
    out.write_text("earlier result")
    outcome = annotate(article, out)
    assert outcome.code == 73 and "exists (use --force" in outcome.error_line
    assert out.read_text() == "earlier result"
    assert annotate(article, out, "--force").code == 0
    assert out.read_bytes().startswith(b"<?xml") and leftovers(tmp_path) == []


def test_failed_write_never_half_overwrites(article, tmp_path, monkeypatch):
    """The disk fills up while writing: the earlier file survives whole and no temp file stays."""
    out = tmp_path / "out.xml"
    out.write_text("earlier result")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    outcome = annotate(article, out, "--force")
    assert outcome.code == 73 and "No space left on device" in outcome.error_line
    assert out.read_text() == "earlier result"
    assert leftovers(tmp_path) == []


# -- glossaries (the loader's own tests are in the glossary helper's files) -------------------------


@pytest.mark.parametrize(
    "name, line",
    [
        ("glossary_missing_column.tsv", "glossary_missing_column.tsv:1: missing column 'chinese'"),
        ("glossary_empty_id.tsv", "glossary_empty_id.tsv:2: empty id"),
        ("glossary_duplicate_ids.tsv", "glossary_duplicate_ids.tsv:3: id 'putin' already defined at line 2"),
        ("glossary_control_char.tsv", "glossary_control_char.tsv:2: control character U+001B in column english"),
    ],
)
def test_malformed_glossary_is_one_line_with_file_and_line(name, line, article, tmp_path):
    outcome = annotate(article, tmp_path / "out.xml", "--glossary", BAD / name)
    assert outcome.code == 65
    assert line in outcome.error_line
    assert not (tmp_path / "out.xml").exists()


@pytest.mark.parametrize("name", ["glossary_bom.tsv", "glossary_crlf.tsv"])
def test_glossary_with_bom_or_windows_line_ends_is_read(name, tmp_path, seed_path):
    out = tmp_path / "out.xml"
    assert annotate(seed_path, out, "--glossary", BAD / name).code == 0
    assert b'ref="#putin"' in out.read_bytes()


def test_an_unclosed_quote_in_a_glossary_swallows_no_row(tmp_path, seed_path):
    out = tmp_path / "out.xml"
    assert annotate(seed_path, out, "--glossary", BAD / "glossary_unclosed_quote.tsv").code == 0
    assert b'ref="#tokayev"' in out.read_bytes()  # the row after the quote is read


# -- hostile XML: nothing fetched ---------------------------------------------------------------------


@pytest.fixture()
def http_server():
    """A local web server that counts the requests it gets."""
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'<!ENTITY leak "fetched">')

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", requests
    server.shutdown()


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE TEI SYSTEM "{url}/tei.dtd">',  # external DTD
        '<!DOCTYPE TEI [<!ENTITY % ext SYSTEM "{url}/param.dtd"> %ext;]>',  # external parameter entity
        '<!DOCTYPE TEI [<!ENTITY remote SYSTEM "{url}/entity.xml">]>',  # external general entity
    ],
)
def test_xml_input_fetches_nothing(doctype, http_server, article, tmp_path):
    url, requests = http_server
    tei = tmp_path / "article.xml"
    assert annotate(article, tei).code == 0
    data = tei.read_bytes().replace(b"?>\n", b"?>\n" + doctype.format(url=url).encode() + b"\n", 1)
    hostile = tmp_path / "hostile.xml"
    hostile.write_bytes(data)
    outcome = run_cli("html", "--mt", "none", hostile, "-o", tmp_path / "out.html")
    assert requests == []
    assert outcome.code in (0, 65)
    if outcome.code:
        assert outcome.error_line.startswith("bitext: error: hostile.xml: ")
    else:
        assert b"fetched" not in (tmp_path / "out.html").read_bytes()


# -- bugs and --debug ------------------------------------------------------------------------------


def test_debug_shows_the_traceback_of_an_input_error(tmp_path):
    outcome = run_cli("--debug", "annotate", "--mt", "none", BAD / "empty.txt", "-o", tmp_path / "o.xml")
    assert outcome.code == 65
    assert "Traceback" in outcome.stderr and outcome.stderr.strip().endswith("empty.txt: empty file")


def test_an_unexpected_exception_is_one_line_exit_70(article, tmp_path, monkeypatch):
    import bitext.tei

    def broken(*args):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(bitext.tei, "write_tei", broken)  # what annotate streams through
    outcome = annotate(article, tmp_path / "out.xml")
    assert outcome.code == 70
    assert "internal error: RuntimeError: simulated bug" in outcome.error_line
    with pytest.raises(RuntimeError):
        run_cli("--debug", "annotate", "--mt", "none", article, "-o", tmp_path / "out.xml")


# -- signals ---------------------------------------------------------------------------------------


#: Copies of the seed in the text the signal tests interrupt: about 20 s of CPU for ``annotate --mt none``, signalled
#: after 2 s.  With 200 copies (4 s of CPU) one run of the whole suite on a loaded machine saw the child die of SIGINT
#: (-2, not 130), most likely because it had finished its work and was exiting when the test's own process, slowed by
#: the load, sent the signal; 18 s of work left after the signal leaves no such race.
_BUSY_COPIES = 1000


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_annotate_writes_nothing(signum, tmp_path, seed_path):
    """Stopped mid-run (model loaded, pipeline busy): exit 130, one line, no output, no temp file."""
    big = tmp_path / "big.txt"
    big.write_text(seed_path.read_text(encoding="utf-8") * _BUSY_COPIES, encoding="utf-8")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    process = bitext_process("annotate", "--mt", "none", big, "-o", out_dir / "big.xml")
    wait_until_busy(process, cpu=2.0)
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert stderr.strip().splitlines() == ["bitext: interrupted; no partial output was written"]
    assert list(out_dir.iterdir()) == []


@pytest.mark.slow
def test_sigint_stops_the_command_even_when_the_test_runner_ignores_it(tmp_path, seed_path):
    """pytest started from a script with SIGINT ignored: the child still stops on SIGINT with exit 130."""
    big = tmp_path / "big.txt"
    big.write_text(seed_path.read_text(encoding="utf-8") * _BUSY_COPIES, encoding="utf-8")
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        process = bitext_process("annotate", "--mt", "none", big, "-o", tmp_path / "big.xml")
    finally:
        signal.signal(signal.SIGINT, previous)
    wait_until_busy(process, cpu=2.0)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert not (tmp_path / "big.xml").exists()


@pytest.mark.parametrize("action", ["apply", "import"])
def test_edited_files_that_are_not_utf8_name_their_line(tmp_path, action):
    edited = tmp_path / "edited.csv"
    edited.write_bytes("conflict,kind\n".encode() + "托加耶夫\n".encode("gb18030"))
    glossary = tmp_path / "g.tsv"
    glossary.write_text("id\ttype\tenglish\tchinese\n", encoding="utf-8")
    extra = ["--glossary", glossary] if action == "apply" else ["-o", tmp_path / "out.tsv"]
    outcome = run_cli("glossary", action, edited, *extra)
    assert outcome.code == 65
    assert outcome.error_line.endswith(f"{edited}:2: not UTF-8 (byte 0xcd); save the file as UTF-8")


# -- terminal escapes: what a command prints shows control characters escaped -----------------------

HOSTILE_GLOSSARY = "id\ttype\tenglish\tchinese\nkassenova\tperson\tNargis Kassenova\t卡泽诺娃\n"
HOSTILE_TEXT = "卡泽诺娃说。\n卡塞诺娃\x1b]0;owned\x07\x1b[2J\u202e说。\n"


def test_review_shows_terminal_escapes_from_the_text_escaped(tmp_path):
    import json

    article = tmp_path / "a.txt"
    article.write_text(HOSTILE_TEXT, encoding="utf-8")
    glossary = tmp_path / "g.tsv"
    glossary.write_text(HOSTILE_GLOSSARY, encoding="utf-8")
    for fmt in ("table", "json"):
        out = tmp_path / f"review.{fmt}"
        assert run_cli("review", "--mt", "none", article, "--glossary", glossary, "--format", fmt, "-o", out).code == 0
        text = out.read_text(encoding="utf-8")
        assert "卡塞诺娃" in text  # the probable variant is reported, with its context
        assert not any(c in text for c in "\x1b\x07\u202e"), repr(text)
    assert "\\x1b]0;owned\\x07" in (tmp_path / "review.table").read_text(encoding="utf-8")
    contexts = []
    json.loads((tmp_path / "review.json").read_text(encoding="utf-8"), object_hook=lambda o: contexts.append(o) or o)
    assert any("\x1b]0;owned\x07" in str(o.get("context")) for o in contexts)  # JSON: escaped, the same value


def test_glossary_commands_print_forms_escaped(tmp_path, capsys):
    from bitext.cli import main

    glossary = tmp_path / "g.tsv"
    glossary.write_text(HOSTILE_GLOSSARY, encoding="utf-8")
    outcome = run_cli("glossary", "accept", "kassenova", "卡塞诺娃\x1b[2J", "--glossary", glossary)
    assert outcome.code == 65 and "\\x1b[2J" in outcome.error_line  # refused (a control character), shown escaped
    assert main(["glossary", "reject", "kassenova", "卡塞诺娃", "--glossary", str(glossary)]) == 0
    assert "\x1b" not in capsys.readouterr().out


def test_models_list_shows_a_hostile_package_name_escaped(argos_packages, tiny_package_dir, capsys):
    import shutil

    from bitext.cli import main

    shutil.copytree(tiny_package_dir, argos_packages / "evil\x1b]0;owned\x07")
    assert main(["models", "list"]) == 0
    out = capsys.readouterr().out
    assert "evil\\x1b]0;owned\\x07" in out and "\x1b" not in out

