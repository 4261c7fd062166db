"""The command line: help, stdin/stdout, exit codes, atomic output, light start-up."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bitext.cli import main


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bitext", *args], input=stdin, capture_output=True, timeout=120)


def test_help_does_not_import_heavy_libraries():
    code = (
        "import sys\n"
        "from bitext.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('torch', 'stanza', 'ctranslate2', 'argostranslate.translate', 'lxml', 'pypinyin') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip().splitlines()[-1] == "[]"
    assert "annotate" in result.stdout


def test_annotate_stdin_to_stdout():
    result = run("annotate", "-", "--mt", "none", stdin="托卡耶夫先生说。\n".encode())
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    assert "<w>先生</w>".encode() in result.stdout


def test_missing_input_is_one_line_exit_65(tmp_path, capsys):
    assert main(["annotate", str(tmp_path / "nope.txt"), "--mt", "none"]) == 65
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope.txt: no such file" in err


def test_existing_output_is_kept_without_force(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text("第一句。\n", encoding="utf-8")
    out = tmp_path / "a.xml"
    out.write_bytes(b"earlier output")
    assert main(["annotate", str(src), "--mt", "none", "-o", str(out)]) == 73
    assert out.read_bytes() == b"earlier output"
    assert "--force" in capsys.readouterr().err
    assert main(["annotate", str(src), "--mt", "none", "-o", str(out), "--force"]) == 0
    assert out.read_bytes().startswith(b"<?xml")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_failed_run_leaves_earlier_output_untouched(tmp_path):
    out = tmp_path / "a.xml"
    out.write_bytes(b"earlier output")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["annotate", str(empty), "--mt", "none", "-o", str(out), "--force"]) == 65
    assert out.read_bytes() == b"earlier output"


@pytest.mark.parametrize("args", [["--help"], ["annotate", "--help"]])
def test_help_exits_zero(args, capsys):
    with pytest.raises(SystemExit) as exc:
        main(args)
    assert exc.value.code == 0
    assert "usage: bitext" in capsys.readouterr().out
