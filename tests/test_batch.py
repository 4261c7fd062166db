"""``bitext batch``: every file processed, bad ones recorded, re-runs skip, stops cleanly, Dask backend."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from lxml import etree

from bitext.batch import MANIFEST, BatchInterrupted, BatchOptions, output_names, read_manifest, run_batch
from bitext.pipeline import AnnotateOptions
from cli_runner import ROOT, run_cli, run_process

BAD = Path(__file__).parent / "bad_inputs"
HELD = Path(__file__).parent / "held_batch.py"


def make_corpus(folder: Path, seed_path: Path, copies: int = 3, bad: tuple[str, ...] = ("empty.txt", "image.png")) -> Path:
    """Articles that differ (paragraphs rotated), in a subfolder too, plus some bad files."""
    lines = seed_path.read_text(encoding="utf-8").splitlines()
    (folder / "sub").mkdir(parents=True)
    for n in range(copies):
        rotated = lines[n:] + lines[:n]
        target = folder / ("sub" if n % 2 else "") / f"article{n}.txt"
        target.write_text("\n".join(rotated) + "\n", encoding="utf-8")
    for name in bad:
        (folder / "sub" / name).write_bytes((BAD / name).read_bytes())
    (folder / ".hidden.txt").write_text("不处理。")
    return folder


def manifest_lines(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / MANIFEST).read_text(encoding="utf-8").splitlines()]


def test_batch_processes_every_file_and_records_failures(tmp_path, seed_path, validate_tei):
    corpus = make_corpus(tmp_path / "in", seed_path)
    out = tmp_path / "out"
    outcome = run_cli("batch", corpus, out, "--mt", "none", "--jobs", "2", "--quiet")
    assert outcome.code == 1  # some files failed
    err = outcome.stderr.splitlines()
    assert "bitext: failed: sub/empty.txt: empty file" in err
    assert any(line.startswith("bitext: failed: sub/image.png: binary file") for line in err)
    assert err[-1].startswith("bitext batch: 3 done, 0 skipped (unchanged), 2 failed")

    records = {r["input"]: r for r in manifest_lines(out)}
    assert sorted(records) == ["article0.txt", "article2.txt", "sub/article1.txt", "sub/empty.txt", "sub/image.png"]
    for name, record in records.items():
        assert record["input_sha256"] == hashlib.sha256((corpus / name).read_bytes()).hexdigest()
        assert record["bitext"] and record["options_sha256"]
    assert records["sub/empty.txt"]["status"] == "failed" and records["sub/empty.txt"]["exit_code"] == 65
    assert records["sub/article1.txt"]["outputs"] == {"tei": "sub/article1.tei.xml"}
    validate_tei((out / "sub" / "article1.tei.xml").read_bytes())
    assert sorted(p.name for p in out.rglob("[!.]*") if p.is_file()) == [
        "article0.tei.xml", "article1.tei.xml", "article2.tei.xml", MANIFEST]


@pytest.mark.parametrize("glossary", ["default", "none"])
def test_batch_output_equals_annotate_output(glossary, tmp_path, seed_path, monkeypatch):
    """Same bytes as ``bitext annotate``, with the default ./glossary or without one."""
    corpus = make_corpus(tmp_path / "in", seed_path, copies=1, bad=())
    if glossary == "none":
        monkeypatch.chdir(tmp_path)
    assert run_cli("batch", corpus, tmp_path / "out", "--mt", "none", "--jobs", "1").code == 0
    assert run_cli("annotate", "--mt", "none", corpus / "article0.txt", "-o", tmp_path / "single.xml").code == 0
    assert (b'ref="#putin"' in (tmp_path / "single.xml").read_bytes()) == (glossary == "default")
    assert (tmp_path / "out" / "article0.tei.xml").read_bytes() == (tmp_path / "single.xml").read_bytes()


def test_tei_of_a_long_article_is_streamed_with_the_bytes_of_annotate(tmp_path, seed_path, monkeypatch):
    """An article of several chunks (a long paragraph cut between sentences): never the whole document, same bytes."""
    import bitext.pipeline

    lines = seed_path.read_text(encoding="utf-8").splitlines()
    corpus = tmp_path / "in"
    corpus.mkdir()
    text = "".join(f"第{n}段。{line}\n" for n in range(20) for line in lines) + "".join(lines) + "\n"
    assert len(text) > 2 * bitext.pipeline.CHUNK_CHARS
    (corpus / "long.txt").write_text(text, encoding="utf-8")
    whole = []
    real = bitext.pipeline.annotate_bytes
    monkeypatch.setattr(bitext.pipeline, "annotate_bytes", lambda *a, **k: whole.append(a[1]) or real(*a, **k))
    assert run_cli("batch", corpus, tmp_path / "out", "--mt", "none", "--jobs", "1").code == 0
    assert "long.txt" not in whole
    assert run_cli("annotate", "--mt", "none", corpus / "long.txt", "-o", tmp_path / "single.xml").code == 0
    assert (tmp_path / "out" / "long.tei.xml").read_bytes() == (tmp_path / "single.xml").read_bytes()
    assert not list((tmp_path / "out").glob(".*.part"))
    # the HTML page needs the whole document; its TEI is the same bytes
    assert run_cli("batch", corpus, tmp_path / "both", "--mt", "none", "--jobs", "1", "--format", "tei,html").code == 0
    assert whole == ["long.txt"]
    assert (tmp_path / "both" / "long.tei.xml").read_bytes() == (tmp_path / "single.xml").read_bytes()


def test_rerun_skips_what_is_done_and_redoes_what_changed(tmp_path, seed_path):
    corpus = make_corpus(tmp_path / "in", seed_path, copies=3, bad=("empty.txt",))
    out = tmp_path / "out"
    first = run_batch(corpus, out, BatchOptions(), jobs=1)
    assert (len(first.done), len(first.skipped), len(first.failed)) == (3, 0, 1)
    written = {p: p.stat().st_mtime_ns for p in out.rglob("*.tei.xml")}

    second = run_batch(corpus, out, BatchOptions(), jobs=1)
    assert (len(second.done), len(second.skipped), len(second.failed)) == (0, 3, 1)  # failures are retried
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.tei.xml")} == written

    (corpus / "article0.txt").write_text("改过的文章。\n", encoding="utf-8")
    (corpus / "sub" / "empty.txt").write_text("现在有内容了。\n", encoding="utf-8")
    (out / "article2.tei.xml").unlink()  # an output lost since: redone
    third = run_batch(corpus, out, BatchOptions(), jobs=1)
    assert sorted(r.input for r in third.done) == ["article0.txt", "article2.txt", "sub/empty.txt"]
    assert [r.input for r in third.skipped] == ["sub/article1.txt"]

    numbers = BatchOptions(annotate=AnnotateOptions(pinyin_style="numbers"))
    fourth = run_batch(corpus, out, numbers, jobs=1)  # other options: everything again
    assert len(fourth.done) == 4 and not fourth.skipped
    assert all(r["status"] == "done" for r in manifest_lines(out))
    assert len(manifest_lines(out)) == 4  # compacted: one line per input


def test_outputs_not_written_by_batch_are_kept_unless_force(tmp_path, seed_path):
    corpus = make_corpus(tmp_path / "in", seed_path, copies=1, bad=())
    out = tmp_path / "out"
    out.mkdir()
    (out / "article0.tei.xml").write_text("someone else's file")
    summary = run_batch(corpus, out, BatchOptions(), jobs=1)
    assert summary.failed[0].exit_code == 73 and "exists (use --force" in summary.failed[0].error
    assert (out / "article0.tei.xml").read_text() == "someone else's file"
    assert len(run_batch(corpus, out, BatchOptions(), jobs=1, force=True).done) == 1


def test_output_folder_inside_the_input_folder_is_not_read_as_input(tmp_path, seed_path):
    corpus = make_corpus(tmp_path / "in", seed_path, copies=2, bad=())
    assert len(run_batch(corpus, corpus / "annotated", BatchOptions(), jobs=1).done) == 2
    again = run_batch(corpus, corpus / "annotated", BatchOptions(), jobs=1)
    assert (len(again.done), len(again.skipped), len(again.failed)) == (0, 2, 0)
    outcome = run_cli("batch", corpus, corpus, "--mt", "none")
    assert outcome.code == 2 and "must not be the input folder" in outcome.error_line


def test_file_names_that_are_not_utf8_or_hold_control_characters(tmp_path, seed_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for name in (b"a\x01b.txt", b"c\xff.txt"):
        (corpus / os.fsdecode(name)).write_bytes(seed_path.read_bytes())
    assert len(run_batch(corpus, tmp_path / "out", BatchOptions(), jobs=1).done) == 2
    assert len(run_batch(corpus, tmp_path / "out", BatchOptions(), jobs=1).skipped) == 2


@pytest.mark.slow
def test_a_killed_worker_costs_only_the_file_it_held(tmp_path, seed_path):
    """A worker killed (as by the OOM killer) mid-run: at most its one file fails, a fresh worker does the
    rest, every worker is gone when the run returns (none left waiting on a lock), and a re-run redoes it."""
    import multiprocessing

    corpus = make_corpus(tmp_path / "in", seed_path, copies=10, bad=())
    killed = []

    def kill_a_worker(result):
        if not killed:
            killed.append(multiprocessing.active_children()[0])
            for n in range(10):  # what it would leave half-written, whichever file it was on
                folder = tmp_path / "out" / ("sub" if n % 2 else "")
                folder.mkdir(exist_ok=True)
                (folder / f".article{n}.tei.xml.{killed[0].pid}-abcd1234.part").write_bytes(b"<TEI")
            os.kill(killed[0].pid, signal.SIGKILL)

    first = run_batch(corpus, tmp_path / "out", BatchOptions(), jobs=2, on_result=kill_a_worker)
    assert killed and len(first.done) + len(first.failed) == 10 and len(first.failed) <= 1
    assert all("the worker process died (killed by SIGKILL" in r.error and r.exit_code == 70 for r in first.failed)
    for record in first.failed:  # nothing rewrites the failed file: the run itself removes what its worker left
        folder = (tmp_path / "out" / record.input).parent
        assert not list(folder.glob(f".{Path(record.input).stem}.tei.xml.*.part"))
    assert multiprocessing.active_children() == []
    again = run_batch(corpus, tmp_path / "out", BatchOptions(), jobs=2)
    assert (len(again.done), len(again.skipped), len(again.failed)) == (len(first.failed), len(first.done), 0)


@pytest.mark.slow
def test_local_workers_start_once_and_end_with_the_run(tmp_path, seed_path):
    import multiprocessing

    seen = set()
    corpus = make_corpus(tmp_path / "in", seed_path, copies=8, bad=())
    summary = run_batch(corpus, tmp_path / "out", BatchOptions(), jobs=2,
                        on_result=lambda result: seen.update(p.pid for p in multiprocessing.active_children()))
    assert len(summary.done) == 8 and len(seen) == 2
    assert multiprocessing.active_children() == []


@pytest.mark.slow
def test_workers_do_not_outlive_a_killed_coordinator(tmp_path, seed_path):
    corpus = make_corpus(tmp_path / "in", seed_path, copies=12, bad=())
    process = held_batch(tmp_path / "held", 1, "batch", corpus, tmp_path / "out", "--mt", "none", "--jobs", "2")
    family = descendants(process.pid)
    assert len(family) >= 2  # the workers (and the forkserver they come from)
    process.kill()
    process.communicate(timeout=60)
    for _ in range(1200):  # up to 120 s of polls
        if not (alive := [pid for pid in family if running(pid)]):
            break
        time.sleep(0.1)
    assert not alive, f"still running after the coordinator was killed: {alive}"


def descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (from /proc)."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_temporary_files_left_by_a_killed_run_are_removed_by_the_next(tmp_path, seed_path):
    """SIGKILL mid-write leaves ``.NAME.xxxxxxxx.part``: the next run removes those beside its outputs, beside
    outputs the manifest names (even of an input deleted since) and the manifest's own; others are kept."""
    corpus = make_corpus(tmp_path / "in", seed_path, copies=2, bad=())
    out = tmp_path / "out"
    assert len(run_batch(corpus, out, BatchOptions(), jobs=1).done) == 2
    (corpus / "sub" / "article1.txt").unlink()
    stale = [out / ".article0.tei.xml.k3j_x9a2.part", out / "sub" / ".article1.tei.xml.abcd1234.part",
             out / f".{MANIFEST}.q0w9e8r7.part", out / ".article0.tei.xml.4242-abcd_123.part"]
    unrelated = [out / ".notes.txt.abcdefgh.part", out / "sub" / ".article1.tei.xml.part"]
    for path in stale + unrelated:
        path.write_text("<TEI><text>half")
    again = run_batch(corpus, out, BatchOptions(), jobs=1)
    assert [r.input for r in again.skipped] == ["article0.txt"]
    assert [p.name for p in stale if p.exists()] == []
    assert all(p.exists() for p in unrelated)


def test_a_second_run_into_the_same_folder_is_refused_while_one_runs(tmp_path, seed_path):
    import fcntl

    corpus = make_corpus(tmp_path / "in", seed_path, copies=1, bad=())
    (tmp_path / "out").mkdir()
    with open(tmp_path / "out" / ".bitext-batch.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as a running batch holds it
        outcome = run_cli("batch", corpus, tmp_path / "out", "--mt", "none")
    assert outcome.code == 73 and "another bitext batch is writing into this folder" in outcome.error_line
    assert run_cli("batch", corpus, tmp_path / "out", "--mt", "none").code == 0


def test_torn_manifest_line_from_a_killed_run_is_ignored(tmp_path, seed_path):
    corpus = make_corpus(tmp_path / "in", seed_path, copies=2, bad=())
    out = tmp_path / "out"
    run_batch(corpus, out, BatchOptions(), jobs=1)
    with open(out / MANIFEST, "a", encoding="utf-8") as log:
        log.write('{"input": "article0.txt", "status": "do')
    assert len(read_manifest(out / MANIFEST)) == 2
    assert len(run_batch(corpus, out, BatchOptions(), jobs=1).skipped) == 2


def test_manifest_torn_inside_a_utf8_character_is_ignored(tmp_path, seed_path):
    corpus = make_corpus(tmp_path / "in", seed_path, copies=2, bad=())
    out = tmp_path / "out"
    run_batch(corpus, out, BatchOptions(), jobs=1)
    with open(out / MANIFEST, "ab") as log:
        log.write('{"input": "article0.txt", "error": "中'.encode()[:-1])  # cut inside 中
    assert len(read_manifest(out / MANIFEST)) == 2
    assert len(run_batch(corpus, out, BatchOptions(), jobs=1).skipped) == 2
    (out / MANIFEST).read_text(encoding="utf-8")  # compacted: readable again
    assert len(run_batch(corpus, out, BatchOptions(), jobs=1).skipped) == 2


@pytest.mark.parametrize("broken", [
    {"input": 5}, {"input": "article0.txt", "outputs": "article0.tei.xml"},
    {"input": "article0.txt", "outputs": {"tei": 3}}, {"input": "article0.txt", "outputs": {"tei": "../x.tei.xml"}},
    {"input": "article0.txt", "seconds": "fast"}, {"input": "article0.txt", "exit_code": "0"},
    {"input": "article0.txt", "status": ["done"]}, {"input": "article0.txt", "status": "finished"},
    {"input": "article0.txt", "input_sha256": None}, ["article0.txt"], "done",
])
def test_wrong_value_types_in_a_hand_edited_manifest_are_ignored(broken, tmp_path, seed_path):
    """A record that cannot be trusted is left out: its file is done again (its output, now unclaimed, needs
    --force), the other records still count."""
    corpus = make_corpus(tmp_path / "in", seed_path, copies=2, bad=())
    out = tmp_path / "out"
    run_batch(corpus, out, BatchOptions(), jobs=1)
    with open(out / MANIFEST, "a", encoding="utf-8") as log:
        log.write(json.dumps(broken) + "\n")
    kept = read_manifest(out / MANIFEST)
    assert sorted(kept) == ["article0.txt", "sub/article1.txt"] and kept["article0.txt"].status == "done"
    again = run_batch(corpus, out, BatchOptions(), jobs=1)
    assert (len(again.done), len(again.skipped), len(again.failed)) == (0, 2, 0)


def test_a_stop_while_a_finished_file_is_recorded_keeps_it_done(tmp_path, seed_path, monkeypatch):
    """Ctrl-C arriving while a finished file's line is being synced must not leave it at "started"."""
    import bitext.batch.run

    real = bitext.batch.run.append

    def append_then_stop(log, results):
        real(log, results)
        raise KeyboardInterrupt  # as if Ctrl-C came during the fsync

    corpus = make_corpus(tmp_path / "in", seed_path, copies=3, bad=())
    monkeypatch.setattr(bitext.batch.run, "append", append_then_stop)
    with pytest.raises(BatchInterrupted, match="1 files finished"):
        run_batch(corpus, tmp_path / "out", BatchOptions(), jobs=1)
    records = read_manifest(tmp_path / "out" / MANIFEST)
    assert [r.status for r in records.values()] == ["done", "started", "started"]
    monkeypatch.undo()
    again = run_batch(corpus, tmp_path / "out", BatchOptions(), jobs=1)
    assert (len(again.done), len(again.skipped)) == (2, 1)


def test_a_symlinked_subfolder_of_the_output_folder_is_written_through(tmp_path, seed_path):
    corpus = make_corpus(tmp_path / "in", seed_path, copies=2, bad=())
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "sub").symlink_to(elsewhere)
    first = run_batch(corpus, tmp_path / "out", BatchOptions(), jobs=1)
    assert (len(first.done), len(first.failed)) == (2, 0)
    assert (elsewhere / "article1.tei.xml").is_file()
    assert len(run_batch(corpus, tmp_path / "out", BatchOptions(), jobs=1).skipped) == 2


def test_inputs_whose_names_collide_keep_their_own_outputs(tmp_path, seed_path, validate_tei):
    """``a``, ``a.txt`` and ``a-<hash of a.txt>.txt``: three inputs, three outputs, each naming its source."""
    corpus = tmp_path / "in"
    corpus.mkdir()
    clash = "a-" + hashlib.sha1(b"a.txt").hexdigest()[:8] + ".txt"
    names = ["a", "a.txt", clash]
    for name in names:
        (corpus / name).write_bytes(seed_path.read_bytes())
    summary = run_batch(corpus, tmp_path / "out", BatchOptions(), jobs=1)
    assert len(summary.done) == 3
    outputs = {r.input: r.outputs["tei"] for r in summary.done}
    assert len(set(outputs.values())) == 3
    for name in names:
        tei = (tmp_path / "out" / outputs[name]).read_bytes()
        validate_tei(tei)
        assert f'<idno type="filename">{name}</idno>'.encode() in tei
    assert len(run_batch(corpus, tmp_path / "out", BatchOptions(), jobs=1).skipped) == 3


def test_a_new_input_that_takes_an_output_name_does_not_leave_a_stale_record(tmp_path, seed_path):
    """``a.txt`` done as ``a.tei.xml``; then ``a`` appears and takes that name: ``a.txt`` is redone elsewhere."""
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text("普京说。\n", encoding="utf-8")
    run_batch(corpus, tmp_path / "out", BatchOptions(), jobs=1)
    (corpus / "a").write_text("托卡耶夫说。\n", encoding="utf-8")
    again = run_batch(corpus, tmp_path / "out", BatchOptions(), jobs=1)
    assert sorted(r.input for r in again.done) == ["a", "a.txt"]
    records = read_manifest(tmp_path / "out" / MANIFEST)
    for name in ("a", "a.txt"):
        tei = (tmp_path / "out" / records[name].outputs["tei"]).read_bytes()
        assert f'<idno type="filename">{name}</idno>'.encode() in tei


def test_an_output_never_takes_the_name_of_a_folder_another_needs(tmp_path):
    names = output_names([Path("a.tei.xml/b.txt"), Path("a.txt")], ["tei"])
    assert names[Path("a.txt")]["tei"] != "a.tei.xml" and names[Path("a.tei.xml/b.txt")]["tei"] == "a.tei.xml/b.tei.xml"


def test_a_glossary_edit_redoes_the_files(tmp_path, seed_path):
    corpus = make_corpus(tmp_path / "in", seed_path, copies=1, bad=())
    glossary = tmp_path / "glossary.tsv"
    glossary.write_bytes((ROOT / "glossary" / "seed.tsv").read_bytes())
    options = BatchOptions(glossary=(str(glossary),))
    out = tmp_path / "out" / "article0.tei.xml"
    assert len(run_batch(corpus, tmp_path / "out", options, jobs=1).done) == 1
    assert b'ref="#putin"' in out.read_bytes()
    rows = glossary.read_text(encoding="utf-8").splitlines(keepends=True)
    glossary.write_text("".join(r for r in rows if not r.startswith("putin\t")), encoding="utf-8")
    again = run_batch(corpus, tmp_path / "out", options, jobs=1)
    assert len(again.done) == 1
    assert b'ref="#putin"' not in out.read_bytes() and b'ref="#tokayev"' in out.read_bytes()


def test_control_characters_in_file_names_are_printed_escaped(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "\x1b]0;owned\x07\x1b[31mred.txt").write_bytes(b"")
    outcome = run_cli("batch", corpus, tmp_path / "out", "--mt", "none", "--quiet")
    assert outcome.code == 1
    assert "\x1b" not in outcome.stderr and "\x07" not in outcome.stderr
    assert "bitext: failed: \\x1b]0;owned\\x07\\x1b[31mred.txt: empty file" in outcome.stderr.splitlines()


@pytest.mark.parametrize("case", ["no model", "bad glossary", "bad format", "same folder", "no input"])
def test_a_refused_run_writes_nothing(case, tmp_path, seed_path, argos_packages):
    corpus = make_corpus(tmp_path / "in", seed_path, copies=1, bad=())
    out = tmp_path / "out"
    (tmp_path / "bad.tsv").write_text("id\ttype\tenglish\tchinese\nx\tperson\t\t\n", encoding="utf-8")
    args, code = {
        "no model": (["--mt", "argos", "--model", "translate-zh_en"], 69),
        "bad glossary": (["--mt", "none", "--glossary", tmp_path / "bad.tsv"], 65),
        "bad format": (["--mt", "none", "--format", "pdf"], 2),
        "same folder": (["--mt", "none"], 2),
        "no input": (["--mt", "none"], 65),
    }[case]
    source = tmp_path / "missing" if case == "no input" else corpus
    target = corpus if case == "same folder" else out
    outcome = run_cli("batch", source, target, *args)
    assert outcome.code == code, outcome.stderr
    assert outcome.error_line.startswith("bitext: error: ")
    assert not out.exists() and not (corpus / ".bitext-batch.lock").exists()


@pytest.mark.slow
def test_a_successful_parallel_run_prints_only_its_summary(tmp_path, seed_path):
    """No stray traceback from a worker stopped at the end (once: ``SystemExit: 143``)."""
    corpus = make_corpus(tmp_path / "in", seed_path, copies=6, bad=())
    outcome = run_process("batch", corpus, tmp_path / "out", "--mt", "none", "--jobs", "2")
    assert outcome.code == 0
    assert outcome.error_line.startswith("bitext batch: 6 done, 0 skipped (unchanged), 0 failed")


def test_a_bug_on_one_file_costs_only_that_file(tmp_path, seed_path, monkeypatch):
    import bitext.tei

    real = bitext.tei.write_tei

    def fails_on_article1(doc, out, sentences=None):
        if doc.source_name.endswith("article1.txt"):
            raise RuntimeError("simulated bug")
        return real(doc, out, sentences)

    monkeypatch.setattr(bitext.tei, "write_tei", fails_on_article1)
    summary = run_batch(make_corpus(tmp_path / "in", seed_path, bad=()), tmp_path / "out", BatchOptions(), jobs=1)
    assert len(summary.done) == 2
    [failed] = summary.failed
    assert failed.exit_code == 70 and "internal error RuntimeError: simulated bug" in failed.error


def test_output_names_never_collide():
    names = output_names([Path("a"), Path("a.txt"), Path("b.md"), Path("d/c.txt")], ["tei", "html"])
    assert names[Path("a")]["tei"] == "a.tei.xml" and names[Path("b.md")]["tei"] == "b.md.tei.xml"
    assert len({n["tei"] for n in names.values()}) == 4  # a.txt got another name
    assert names[Path("d/c.txt")] == {"tei": "d/c.tei.xml", "html": "d/c.html"}


def test_progress_bar_counts_the_files(tmp_path, seed_path, capsys):
    corpus = make_corpus(tmp_path / "in", seed_path, copies=2, bad=("empty.txt",))
    run_batch(corpus, tmp_path / "out", BatchOptions(), jobs=1, progress=True)
    bar = capsys.readouterr().err
    assert "bitext batch" in bar and "3/3" in bar and "failed=1" in bar


def test_html_format(tmp_path, seed_path):
    corpus = make_corpus(tmp_path / "in", seed_path, copies=1, bad=())
    summary = run_batch(corpus, tmp_path / "out", BatchOptions(formats=("tei", "html")), jobs=1)
    assert summary.done[0].outputs == {"tei": "article0.tei.xml", "html": "article0.html"}
    assert (tmp_path / "out" / "article0.html").read_bytes().lstrip().lower().startswith(b"<!doctype html")


def test_bad_arguments_are_one_line_errors(tmp_path, seed_path):
    outcome = run_cli("batch", tmp_path / "missing", tmp_path / "out", "--mt", "none")
    assert outcome.code == 65 and "not a folder" in outcome.error_line
    outcome = run_cli("batch", tmp_path, tmp_path / "out", "--mt", "none", "--format", "tei,pdf")
    assert outcome.code == 2 and "unknown output format pdf" in outcome.error_line
    assert run_cli("batch", tmp_path, tmp_path / "out", "--jobs", "0").code == 2


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_interrupted_batch_resumes(signum, tmp_path, seed_path):
    """A stop mid-run: exit 130; every recorded output is whole; no temp files; the next run does the rest.

    The run is held after its second recorded file, so the signal lands mid-run however loaded the machine.
    """
    corpus = make_corpus(tmp_path / "in", seed_path, copies=12, bad=())
    out = tmp_path / "out"
    process = held_batch(tmp_path / "held", 2, "batch", corpus, out, "--mt", "none", "--jobs", "2", "--quiet")
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert stderr.strip().splitlines()[-1].startswith("bitext: error: interrupted: 2 files finished")
    _check_resume(corpus, out, 12, "--mt", "none")


def held_batch(marker: Path, count: int, *argv) -> subprocess.Popen:
    """``bitext ARGV`` as a process held still after its ``count``-th recorded file (see held_batch.py)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    process = subprocess.Popen([sys.executable, str(HELD), str(marker), str(count), *map(str, argv)], cwd=ROOT,
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for _ in range(6000):  # polls, not a clock: up to about 5 minutes on a busy machine
        if marker.exists():
            return process
        if process.poll() is not None:
            break
        time.sleep(0.05)
    process.kill()
    raise AssertionError(f"the batch did not reach its file {count}: {process.communicate()[1]}")


def _check_resume(corpus: Path, out: Path, total: int, *args: str) -> None:
    records = read_manifest(out / MANIFEST)
    done = [r for r in records.values() if r.status == "done"]
    assert 0 < len(done) < total
    for record in done:
        etree.parse(str(out / record.outputs["tei"]))  # whole, well-formed
    assert not [p for p in out.rglob("*") if p.name.endswith(".part")]
    outcome = run_cli("batch", corpus, out, "--jobs", "2", "--quiet", *args)
    assert outcome.code == 0, outcome.stderr
    assert f"{total - len(done)} done, {len(done)} skipped (unchanged), 0 failed" in outcome.stderr


@pytest.mark.slow
def test_interrupted_batch_with_mt_keeps_the_cache_consistent(tmp_path, seed_path, tiny_package_dir):
    """With the tiny Argos model and a shared cache: SIGINT mid-run, the SQLite cache is intact and reused."""
    corpus = make_corpus(tmp_path / "in", seed_path, copies=12, bad=())
    out, cache = tmp_path / "out", tmp_path / "cache.sqlite3"
    process = held_batch(tmp_path / "held", 1, "batch", corpus, out, "--mt", "argos", "--model", tiny_package_dir,
                         "--cache", cache, "--jobs", "2", "--quiet")
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    with sqlite3.connect(cache) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        cached = db.execute("SELECT count(*) FROM translation").fetchone()[0]
    assert cached > 0
    _check_resume(corpus, out, 12, "--mt", "argos", "--model", tiny_package_dir, "--cache", cache)
    record = next(iter(read_manifest(out / MANIFEST).values()))
    assert b'resp="#mt"' in (out / record.outputs["tei"]).read_bytes()


@pytest.mark.slow
def test_dask_backend_on_a_local_cluster(tmp_path, seed_path):
    """The same run on a Dask LocalCluster with two worker processes: same outputs, same manifest."""
    distributed = pytest.importorskip("distributed")
    corpus = make_corpus(tmp_path / "in", seed_path, copies=4, bad=("empty.txt",))
    local = run_batch(corpus, tmp_path / "local", BatchOptions(), jobs=1)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as cluster:  # any free port: None still binds 8787, which
        # another suite running at once may hold
        summary = run_batch(corpus, tmp_path / "dask", BatchOptions(), scheduler=cluster.scheduler_address)
        again = run_batch(corpus, tmp_path / "dask", BatchOptions(), scheduler=cluster.scheduler_address)

        seen = []

        def interrupt_after_two(result):
            seen.append(result)
            if len(seen) == 2:
                raise KeyboardInterrupt  # what Ctrl-C raises in the coordinating process

        with pytest.raises(BatchInterrupted, match="2 files finished"):
            run_batch(corpus, tmp_path / "stopped", BatchOptions(), scheduler=cluster.scheduler_address,
                      on_result=interrupt_after_two)
        done_before = sum(r.status == "done" for r in read_manifest(tmp_path / "stopped" / MANIFEST).values())
        resumed = run_batch(corpus, tmp_path / "stopped", BatchOptions(), scheduler=cluster.scheduler_address)
        with distributed.Client(cluster) as client:  # each worker loaded its stages once, for all four runs
            loads = client.run(lambda: __import__("bitext.batch.work").batch.work.load_stages.cache_info().misses)
            frozen = client.run(lambda: __import__("gc").get_freeze_count())
    assert list(loads.values()) == [1, 1]
    # what each worker loaded is out of the collector's reach, as in the pool's forkserver (a full
    # collection walking the dictionaries cost the Dask workers a quarter more CPU per article)
    assert all(count > 100_000 for count in frozen.values()), frozen
    assert (len(summary.done), len(summary.failed)) == (4, 1)
    assert (len(again.done), len(again.skipped)) == (0, 4)
    assert (len(resumed.skipped), len(resumed.done)) == (done_before, 4 - done_before)
    for result in local.done:
        path = result.outputs["tei"]
        assert (tmp_path / "dask" / path).read_bytes() == (tmp_path / "local" / path).read_bytes()
    strip = lambda records: {k: (r.status, r.input_sha256, r.outputs, r.error) for k, r in records.items()}
    assert strip(read_manifest(tmp_path / "dask" / MANIFEST)) == strip(read_manifest(tmp_path / "local" / MANIFEST))


@pytest.mark.slow
def test_unreachable_scheduler_is_a_one_line_error_and_writes_nothing(tmp_path, seed_path):
    pytest.importorskip("distributed")
    corpus = make_corpus(tmp_path / "in", seed_path, copies=1, bad=())
    outcome = run_cli("batch", corpus, tmp_path / "out", "--mt", "none", "--scheduler", "tcp://127.0.0.1:9")
    assert outcome.code == 69 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in outcome.error_line
    assert not (tmp_path / "out").exists()


@pytest.mark.slow
def test_a_port_where_no_dask_listens_times_out(tmp_path, seed_path):
    """Something else listens on the port and never answers Dask's handshake: a one-line error, not a hang."""
    pytest.importorskip("distributed")
    corpus = make_corpus(tmp_path / "in", seed_path, copies=1, bad=())
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        accepted = []
        threading.Thread(target=lambda: accepted.append(server.accept()), daemon=True).start()
        outcome = run_process("batch", corpus, tmp_path / "out", "--mt", "none",
                              "--scheduler", f"tcp://127.0.0.1:{server.getsockname()[1]}", timeout=180)
    assert accepted, "the batch never connected"
    assert outcome.code == 69 and "no Dask answer within 10 s" in outcome.error_line
    assert not (tmp_path / "out").exists()


def test_mt_workers_share_the_cores(tiny_package_dir):
    """N pool workers get cores ÷ N CTranslate2 threads each (one job: the translator's own default, all)."""
    from bitext.batch import resolve
    from bitext.batch.pool import worker_threads
    from bitext.batch.work import load_stages

    cores = len(os.sched_getaffinity(0))
    assert worker_threads(1) == cores and worker_threads(cores) == 1 and worker_threads(4 * cores) == 1
    options = resolve(BatchOptions(mt="argos", model=str(tiny_package_dir)))
    assert load_stages(options, worker_threads(cores))["translator"].inter_threads == 1
    assert load_stages(options, None)["translator"].inter_threads == min(cores, 4)


#: Run in a fresh process: every once-per-process loader (a ``functools.cache`` without a size limit) of
#: bitext, with the calls that missed it, after the batch warm-up and again after a real article.
LOADER_MISSES = """
import functools, inspect, json, sys
from bitext.batch import BatchOptions, Task, process_file
from bitext.batch.work import warm_up

def misses():  # of bitext's loaders: cached functions of no argument (a per-character memo is not one)
    found = {}
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] != "bitext":
            continue
        for attr, value in list(vars(module).items()):
            if hasattr(value, "cache_info") and not inspect.signature(value.__wrapped__).parameters:
                found[f"{name}.{attr}"] = value.cache_info().misses
    return found

warm_up(("tei",))
before = misses()
options = BatchOptions(glossary=tuple(sys.argv[3:]))
result = process_file(Task("seed.txt", sys.argv[1], sys.argv[2], {"tei": "seed.tei.xml"}), options)
print(json.dumps([result.status, before, misses()]))
"""


@pytest.mark.parametrize("glossary", [[], [str(ROOT / "glossary")]], ids=["no glossary", "glossary"])
def test_warm_up_loads_everything_an_article_needs(tmp_path, seed_path, glossary):
    """What the forkserver loads before forking is shared by every worker; what an article still
    loads lazily is loaded again by each (the CC-CEDICT name index alone was ~0.3 s CPU per worker,
    the names lexicon of a run with a glossary as much again)."""
    done = subprocess.run([sys.executable, "-c", LOADER_MISSES, str(seed_path), str(tmp_path), *glossary], check=True,
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300)
    status, before, after = json.loads(done.stdout)
    assert status == "done" and before, done.stderr
    loaded_late = {name for name in after if after[name] != before.get(name)}
    assert not loaded_late, f"loaded by the first article, not by warm_up: {sorted(loaded_late)}"


FORKSERVER_LIFE = """
import json, os, sys
from bitext.batch.forkserver import _server, forkserver_started

light = "bitext.pipeline" not in sys.modules
with forkserver_started():
    pid = _server()._forkserver_pid
    during = os.path.exists(f"/proc/{pid}")
print(json.dumps([light, pid, during, os.path.exists(f"/proc/{pid}")]))
"""


def test_the_forkserver_starts_before_the_pipeline_is_imported_and_ends_with_the_command():
    """``bitext batch --jobs N`` starts the workers' forkserver before its own imports, so the two load
    side by side; a run that forks no worker (nothing to do) must not leave it loading after it returns."""
    done = subprocess.run([sys.executable, "-c", FORKSERVER_LIFE], check=True, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    light, pid, during, after = json.loads(done.stdout)
    assert light, "importing bitext.batch.forkserver imported the pipeline: nothing left to overlap"
    assert pid and during and not after
