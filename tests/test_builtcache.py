"""Tables kept on disk between runs: read back only when safe, rebuilt whenever in doubt, never an error."""

from __future__ import annotations

import importlib
import os

import pytest

from bitext import builtcache


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("BITEXT_DATA_CACHE", str(tmp_path / "built"))
    return tmp_path / "built"


class Builder:
    """Counts the builds, so a test sees whether a table was read back or built."""

    def __init__(self, table):
        self.table, self.calls = table, 0

    def __call__(self):
        self.calls += 1
        return self.table


def kept_file(folder):
    (path,) = folder.glob("table-*.pickle")
    return path


def test_a_table_is_built_once_then_read_back(folder):
    build = Builder({"普京": ("Putin", 1)})
    assert builtcache.built("table", build) == {"普京": ("Putin", 1)}
    assert builtcache.built("table", build) == {"普京": ("Putin", 1)}
    assert build.calls == 1
    assert kept_file(folder).stat().st_mode & 0o777 == 0o600
    assert not list(folder.glob(".*.part"))  # written whole, then renamed


@pytest.mark.parametrize("damage", [b"", b"\x80\x05garbage", b"not a pickle at all"])
def test_a_torn_or_foreign_file_is_rebuilt_and_replaced(folder, damage):
    build = Builder([1, 2, 3])
    builtcache.built("table", build)
    kept_file(folder).write_bytes(damage)
    assert builtcache.built("table", build) == [1, 2, 3]
    assert build.calls == 2
    assert builtcache.built("table", build) == [1, 2, 3] and build.calls == 2  # the good copy is back


def test_a_file_others_can_write_is_not_read(folder):
    """It is a pickle: one that another user could have written is never loaded."""
    build = Builder("built here")
    builtcache.built("table", build)
    path = kept_file(folder)
    os.chmod(path, 0o666)
    assert builtcache.built("table", build) == "built here"
    assert build.calls == 2


def test_a_symlink_in_the_cache_is_not_followed_nor_written_through(folder, tmp_path, monkeypatch):
    monkeypatch.setattr(builtcache, "_digest", lambda: "fixed")
    folder.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    (folder / "table-fixed.pickle").symlink_to(victim)
    build = Builder({"a": 1})
    assert builtcache.built("table", build) == {"a": 1}
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not (folder / "table-fixed.pickle").is_symlink()


def test_an_unusable_cache_folder_only_costs_a_build(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("BITEXT_DATA_CACHE", str(blocker / "built"))
    build = Builder(42)
    assert builtcache.built("table", build) == 42 and builtcache.built("table", build) == 42
    assert build.calls == 2


def test_off_keeps_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("BITEXT_DATA_CACHE", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    build = Builder(7)
    assert builtcache.built("table", build) == 7 and builtcache.built("table", build) == 7
    assert build.calls == 2 and not any(tmp_path.iterdir())


def test_a_new_build_of_the_code_replaces_the_old_file(folder, monkeypatch):
    monkeypatch.setattr(builtcache, "_digest", lambda: "old")
    builtcache.built("table", Builder("old"))
    builtcache.built("table_two", Builder("other table"))
    monkeypatch.setattr(builtcache, "_digest", lambda: "new")
    assert builtcache.built("table", Builder("new")) == "new"
    assert sorted(p.name for p in folder.iterdir()) == ["table-new.pickle", "table_two-old.pickle"]


def test_the_names_lexicon_read_back_is_the_one_built(folder):
    """The kept lexicon answers as the freshly built one does, so output does not depend on the cache."""
    module = importlib.import_module("bitext.names.lexicon")

    module.lexicon.cache_clear()
    try:
        fresh = module.lexicon()  # built and kept
        module.lexicon.cache_clear()
        again = module.lexicon()  # read back
    finally:
        module.lexicon.cache_clear()
    assert list(folder.glob("names_lexicon-*.pickle"))
    assert again is not fresh and again == fresh
    assert again.names["普京"] == fresh.names["普京"]
