"""The SQLite translation cache: reuse, resume after interruption, concurrent writers."""

from __future__ import annotations

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


def test_unusable_cache_file_is_a_clear_error(tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(CacheError, match="--no-cache"):
        TranslationCache(junk)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(CacheError):
        TranslationCache(blocker / "cache.sqlite3")
