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
import time
from pathlib import Path

import pytest

from cli_runner import bitext_process, run_cli

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
    assert outcome.code == 73 and "cannot write" in outcome.error_line


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


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_annotate_writes_nothing(signum, tmp_path, seed_path):
    """Stopped mid-run (model loaded, pipeline busy): exit 130, one line, no output, no temp file."""
    big = tmp_path / "big.txt"
    big.write_text(seed_path.read_text(encoding="utf-8") * 200, encoding="utf-8")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    process = bitext_process("annotate", "--mt", "none", big, "-o", out_dir / "big.xml")
    time.sleep(4)
    assert process.poll() is None, "finished before the signal: make the input bigger"
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert stderr.strip().splitlines() == ["bitext: interrupted; no partial output was written"]
    assert list(out_dir.iterdir()) == []


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
