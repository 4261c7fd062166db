"""End to end: the seed through ``bitext annotate`` with an installed package; start-up stays light."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from argos_fixture import extract_package, isolated_env, template_pairs

ROOT = Path(__file__).resolve().parents[1]
TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def bitext(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bitext", *args], env=env, capture_output=True, text=True,
                          timeout=300, cwd=ROOT)


@pytest.mark.slow
def test_seed_every_chinese_sentence_has_one_english_sentence(tiny_argos_archive, seed_path, tmp_path, validate_tei):
    env = isolated_env(tmp_path)
    assert bitext("models", "install", "--from", str(tiny_argos_archive), env=env).returncode == 0
    out = tmp_path / "out.tei.xml"
    run = bitext("annotate", str(seed_path), "-o", str(out), env=env)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""  # no progress bar when stderr is not a terminal
    root = validate_tei(out.read_bytes())

    zh_text, en_text = root.findall(f".//{TEI}text/{TEI}group/{TEI}text")
    ids = {el.get(XML_ID): el for el in root.iter(f"{TEI}s")}
    zh_sentences = [s for s in zh_text.iter(f"{TEI}s") if "boilerplate" not in _div_types(s)]
    en_sentences = list(en_text.iter(f"{TEI}s"))
    linked = Counter()
    for link in root.iter(f"{TEI}link"):
        ends = [t.lstrip("#") for t in link.get("target").split()]
        if all(e in ids for e in ends):
            linked.update(ends)
    assert zh_sentences and len(en_sentences) == len(zh_sentences)
    assert all(linked[s.get(XML_ID)] == 1 for s in zh_sentences + en_sentences)
    assert all((s.text or "").strip() for s in en_sentences)

    again = bitext("annotate", str(seed_path), "-o", str(tmp_path / "again.xml"), env=env)
    assert again.returncode == 0 and (tmp_path / "again.xml").read_bytes() == out.read_bytes()


def _div_types(element) -> set[str]:
    return {a.get("type") for a in element.iterancestors() if a.get("type")}


IMPORTS = r"""
import re, sys
import bitext, bitext.mt, bitext.cli
from bitext.cli import build_parser
build_parser()
heavy = sorted(m for m in ("torch", "stanza", "spacy", "argostranslate.translate", "ctranslate2") if m in sys.modules)
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent (pytest, with torch loaded) across exec.
peak_kb = int(re.search(r"VmHWM:\s+(\d+)", open("/proc/self/status").read()).group(1))
print(heavy, peak_kb)
"""


def test_import_and_help_do_not_load_torch():
    run = subprocess.run([sys.executable, "-c", IMPORTS], capture_output=True, text=True, timeout=60, cwd=ROOT)
    heavy, max_rss_kb = run.stdout.rsplit(" ", 1)
    assert heavy == "[]", run.stdout
    assert int(max_rss_kb) < 150_000  # start-up time is benchmarked, not asserted: a busy machine slows it
    assert "models" in subprocess.run([sys.executable, "-m", "bitext", "--help"], capture_output=True, text=True,
                                      timeout=60, cwd=ROOT).stdout


TRANSLATE_WITHOUT_TORCH = """
import sys
from bitext.mt import load_translator
print(load_translator(sys.argv[1]).translate(["普京说。"])[0].text)
print(sorted(m for m in ("torch", "stanza", "spacy", "argostranslate.translate") if m in sys.modules))
"""


def test_translating_does_not_load_torch(tiny_package_dir):
    run = subprocess.run([sys.executable, "-c", TRANSLATE_WITHOUT_TORCH, str(tiny_package_dir)],
                         capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert run.stdout.splitlines() == ["Putin said.", "[]"], run.stderr


SAME_AS_ARGOS = """
import json, sys
from argostranslate import translate
print(json.dumps([translate.translate(p, "zh", "en") for p in json.loads(sys.argv[1])]))
"""


@pytest.mark.slow
def test_same_english_as_argostranslate(tiny_argos_archive, tiny_translator, tmp_path):
    """With guards silent, bitext's sentence batches give argostranslate's paragraph English."""
    env = {**isolated_env(tmp_path), "ARGOS_COMPUTE_TYPE": "float32"}  # as tiny_translator: like with like
    extract_package(tiny_argos_archive, tmp_path / "packages")
    zh = [zh for zh, _ in template_pairs()]
    paragraphs = ["".join(zh[i:i + 3]) for i in range(0, 60, 3)]
    run = subprocess.run([sys.executable, "-c", SAME_AS_ARGOS, json.dumps(paragraphs)], env=env,
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    theirs = json.loads(run.stdout)
    ours = [" ".join(t.text for t in tiny_translator.translate(zh[i:i + 3])) for i in range(0, 60, 3)]
    assert ours == theirs
