"""The SQLite translation cache: reuse, resume after interruption, concurrent writers."""

from __future__ import annotations

import multiprocessing
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bitext.model import Translation
from bitext.mt.cache import CacheError, TranslationCache, cache_key, default_cache_path
from bitext.mt.stage import translate_document
from bitext.pipeline import AnnotateOptions, annotate_text

ROOT = Path(__file__).resolve().parents[1]


def english(doc) -> list[str | None]:
    return [s.translation.text if s.translation else None for s in doc.sentences()]


def test_second_run_translates_nothing(tiny_translator, seed_path, tmp_path):
    text = seed_path.read_text(encoding="utf-8")
    with TranslationCache(tmp_path / "cache.sqlite3") as cache:
        first = annotate_text(text, options=AnnotateOptions())
        n_first = translate_document(first, tiny_translator, cache=cache)
        second = annotate_text(text, options=AnnotateOptions())
        assert translate_document(second, tiny_translator, cache=cache) == 0
    assert n_first > 50
    assert english(first) == english(second)


class Interrupting:
    """A translator that stops (as Ctrl-C would) after ``batches`` calls."""

    def __init__(self, inner, batches: int):
        self.inner, self.left = inner, batches
        self.identity, self.batch_size, self.inter_threads, self.info = (
            inner.identity, 2, 1, inner.info)

    def translate(self, sources, terms=None):
        if self.left == 0:
            raise KeyboardInterrupt
        self.left -= 1
        return self.inner.translate(sources, terms)


def test_interrupted_run_resumes(tiny_translator, seed_path, tmp_path):
    text = seed_path.read_text(encoding="utf-8")
    path = tmp_path / "cache.sqlite3"
    with TranslationCache(path) as cache:
        with pytest.raises(KeyboardInterrupt):
            translate_document(annotate_text(text, options=AnnotateOptions()), Interrupting(tiny_translator, 3),
                               cache=cache)
        assert len(cache) == 3 * 2 * 1 * 2  # three batches of batch_size × inter_threads × 2 sentences
        doc = annotate_text(text, options=AnnotateOptions())
        resumed = translate_document(doc, tiny_translator, cache=cache)
    full = annotate_text(text, options=AnnotateOptions())
    fresh = translate_document(full, tiny_translator)
    assert resumed == fresh - 12
    assert english(doc) == english(full)


def test_key_covers_model_options_source_and_terms():
    keys = {
        cache_key("model-a", "普京说。"), cache_key("model-b", "普京说。"), cache_key("model-a", "普京說。"),
        cache_key("model-a", "普京说。", [("普京", "Putin")]),
    }
    assert len(keys) == 4


WRITER = """
import sys
from bitext.model import Translation
from bitext.mt.cache import TranslationCache
cache = TranslationCache(sys.argv[1], timeout=60)
for batch in range(40):
    cache.put_many((f"k{batch}-{i}", Translation(text=f"{sys.argv[2]} {batch} {i}")) for i in range(25))
    cache.get_many(f"k{batch}-{i}" for i in range(25))
"""


def test_two_processes_share_one_cache(tmp_path):
    path = tmp_path / "shared.sqlite3"
    TranslationCache(path).close()
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), name], cwd=ROOT, stderr=subprocess.PIPE)
             for name in ("a", "b")]
    for proc in procs:
        assert proc.wait(timeout=120) == 0, proc.stderr.read().decode()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    rows = db.execute("SELECT key, text FROM translation").fetchall()
    assert len(rows) == 40 * 25
    assert all(text.split()[1:] == key[1:].split("-") for key, text in rows)


def _open_and_put(path: Path, name: str, start) -> None:
    start.wait()
    with TranslationCache(path) as cache:
        cache.put_many([(name, Translation(text=name))])


def test_processes_starting_together_on_a_new_cache_all_open_it(tmp_path):
    """Batch workers open a cache file nobody has created yet at the same moment (a CI failure: one got 'locked')."""
    context = multiprocessing.get_context("fork")
    for n in range(25):
        path = tmp_path / f"new-{n}.sqlite3"
        start = context.Event()
        procs = [context.Process(target=_open_and_put, args=(path, f"k{i}", start)) for i in range(3)]
        for proc in procs:
            proc.start()
        start.set()
        for proc in procs:
            proc.join(timeout=120)
        assert [proc.exitcode for proc in procs] == [0, 0, 0]
        with sqlite3.connect(path) as db:
            assert db.execute("SELECT count(*) FROM translation").fetchone()[0] == 3
    assert not list(tmp_path.glob("*.damaged-*"))


def test_round_trip_keeps_guards_and_missing_terms(tmp_path):
    item = Translation(text="Putin said.", guards=("length_cap", "repetition"), missing_terms=("putin",))
    with TranslationCache(tmp_path / "c.sqlite3") as cache:
        cache.put_many([("k", item)])
        assert cache.get_many(["k", "other"]) == {"k": item}


def test_default_path_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("BITEXT_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_path() == tmp_path / "bitext" / "translations.sqlite3"
    monkeypatch.setenv("BITEXT_CACHE", str(tmp_path / "x.db"))
    assert default_cache_path() == tmp_path / "x.db"


def test_unusable_cache_path_is_a_clear_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(CacheError, match="--no-cache"):
        TranslationCache(blocker / "cache.sqlite3")


def _truncated(path: Path) -> None:
    with TranslationCache(path) as cache:
        cache.put_many((f"k{i}", Translation(text="English " * 100)) for i in range(400))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _random_bytes(path: Path) -> None:
    import random

    path.write_bytes(random.Random(15).randbytes(20_000))


def _foreign_schema(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE translation (source TEXT, english TEXT)")
    db.commit()
    db.close()


def _foreign_tables(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE invoices (id INTEGER)")
    db.commit()
    db.close()


@pytest.mark.parametrize("damage", [_truncated, _random_bytes, _foreign_schema, _foreign_tables])
def test_a_damaged_cache_is_moved_aside_and_the_run_goes_on(damage, tiny_package_dir, tmp_path):
    """A damaged cache stopped every MT run with an error that did not name the file."""
    from cli_runner import run_cli

    cache = tmp_path / "cache.sqlite3"
    damage(cache)
    damaged = cache.read_bytes()
    article = tmp_path / "a.txt"
    article.write_text("普京说。\n", encoding="utf-8")
    outcome = run_cli("annotate", article, "--model", tiny_package_dir, "--cache", cache, "-o", tmp_path / "a.xml")
    assert outcome.code == 0, outcome.stderr
    assert f"translation cache {cache} is damaged" in outcome.stderr
    assert "moved it to cache.sqlite3.damaged-1 and started a new one" in outcome.stderr
    assert (tmp_path / "cache.sqlite3.damaged-1").read_bytes() == damaged  # kept for the user, not deleted
    assert b'resp="#mt"' in (tmp_path / "a.xml").read_bytes()
    with TranslationCache(cache) as fresh:
        assert len(fresh) == 1


def test_an_unreadable_row_is_dropped_and_translated_again(tiny_translator, tmp_path, capsys):
    path = tmp_path / "cache.sqlite3"
    doc = annotate_text("普京说。", options=AnnotateOptions())
    with TranslationCache(path) as cache:
        assert translate_document(doc, tiny_translator, cache=cache) == 1
    db = sqlite3.connect(path)
    db.execute("UPDATE translation SET guards = '{not json'")
    db.commit()
    db.close()
    again = annotate_text("普京说。", options=AnnotateOptions())
    with TranslationCache(path) as cache:
        assert translate_document(again, tiny_translator, cache=cache) == 1
        assert english(again) == english(doc)
        assert translate_document(annotate_text("普京说。", options=AnnotateOptions()), tiny_translator,
                                  cache=cache) == 0
    assert f"translation cache {path}: 1 unreadable row(s) dropped" in capsys.readouterr().err


def test_a_busy_cache_is_never_taken_for_a_damaged_one(tmp_path):
    path = tmp_path / "cache.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)  # a rollback journal: an exclusive lock stops readers
    holder.execute("CREATE TABLE translation (key TEXT PRIMARY KEY, text TEXT NOT NULL, guards TEXT NOT NULL, "
                   "missing_terms TEXT NOT NULL) WITHOUT ROWID")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(CacheError, match="locked"):
            TranslationCache(path, timeout=0.1)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not list(tmp_path.glob("*.damaged-*"))


def test_changed_decoding_options_never_reuse_stale_english(tiny_package_dir, tiny_translator, seed_path, tmp_path):
    """Through the MT stage: a cache keyed by the package name alone would give the beam-4 English to beam 1."""
    from bitext.mt import load_translator

    text = seed_path.read_text(encoding="utf-8")
    greedy = load_translator(tiny_package_dir, beam_size=1, guards=False)
    assert greedy.package.name == tiny_translator.package.name
    with TranslationCache(tmp_path / "cache.sqlite3") as cache:
        n = translate_document(annotate_text(text, options=AnnotateOptions()), tiny_translator, cache=cache)
        assert translate_document(annotate_text(text, options=AnnotateOptions()), greedy, cache=cache) == n
        assert translate_document(annotate_text(text, options=AnnotateOptions()), greedy, cache=cache) == 0
        assert len(cache) == 2 * n


def test_changed_glossary_terms_never_reuse_stale_english(tiny_translator, tmp_path):
    """The same sentence with a new glossary English for a name is translated again, not read from the cache."""
    with TranslationCache(tmp_path / "cache.sqlite3") as cache:
        for terms, expected in (([], 1), ([("普京", "Putin", "putin")], 1), ([("普京", "V. Putin", "putin")], 1),
                                ([("普京", "V. Putin", "putin")], 0)):
            doc = annotate_text("普京说。", options=AnnotateOptions())
            assert translate_document(doc, tiny_translator, cache=cache, terms=lambda s: terms) == expected
        doc = annotate_text("普京说。", options=AnnotateOptions())
        translate_document(doc, tiny_translator, cache=cache, terms=lambda s: [("普京", "V. Putin", "putin")])
        assert doc.sentences().__next__().translation.missing_terms in ((), ("putin",))


def test_a_cache_path_that_is_someone_s_file_is_never_moved(tmp_path):
    """`--cache notes.txt` (a slip): refused, the file left where it is, not taken for a damaged cache."""
    notes = tmp_path / "notes.txt"
    notes.write_text("我的笔记\n" * 100, encoding="utf-8")
    with pytest.raises(CacheError, match="not an SQLite database"):
        TranslationCache(notes)
    assert notes.read_text(encoding="utf-8") == "我的笔记\n" * 100
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_the_cache_may_not_be_the_input(tmp_path):
    from cli_runner import run_cli

    article = tmp_path / "a.txt"
    article.write_text("普京说。\n", encoding="utf-8")
    outcome = run_cli("annotate", article, "--cache", article, "-o", tmp_path / "a.xml")
    assert outcome.code == 73 and "is also the input" in outcome.error_line
    assert article.read_text(encoding="utf-8") == "普京说。\n"
