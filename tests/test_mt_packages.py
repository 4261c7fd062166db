"""Installing, finding and removing Argos packages, with no network."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from argos_fixture import isolated_env
from bitext.cli import main
from bitext.mt import ModelNotInstalled, PackageError, load_translator
from bitext.mt.packages import install_from_file, install_from_index, installed_packages

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "kazakhstan-russia-central-asia.zh.txt"


def rezip(archive: Path, dest: Path, rename=lambda name: name, metadata=None) -> Path:
    """A copy of ``archive`` with its member names (and optionally metadata) changed."""
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(dest, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if metadata is not None and info.filename.endswith("metadata.json"):
                data = json.dumps({**json.loads(data), **metadata}).encode()
            if (name := rename(info.filename)):
                out.writestr(name, data)
    return dest


def test_install_list_remove(argos_packages, tiny_argos_archive, capsys):
    assert main(["models", "install", "--from", str(tiny_argos_archive)]) == 0
    [pkg] = installed_packages()
    assert pkg.path.parent == argos_packages and (pkg.path / "model" / "model.bin").is_file()
    assert main(["models", "list"]) == 0
    out = capsys.readouterr().out
    assert f"{pkg.name}\t0.1\t{pkg.path}" in out
    assert main(["models", "remove", pkg.name]) == 0
    assert installed_packages() == [] and list(argos_packages.iterdir()) == []
    assert main(["models", "remove", pkg.name]) == 69


def test_install_over_a_linked_package_replaces_the_link_not_its_target(argos_packages, tiny_argos_archive, tmp_path):
    shared = tmp_path / "shared"
    install_from_file(tiny_argos_archive)
    [pkg] = installed_packages()
    pkg.path.rename(shared)
    pkg.path.symlink_to(shared)
    assert main(["models", "install", "-q", "--from", str(tiny_argos_archive)]) == 0
    assert not pkg.path.is_symlink() and (pkg.path / "model" / "model.bin").is_file()
    assert (shared / "model" / "model.bin").is_file()


def test_argostranslate_sees_our_install_and_we_see_its(argos_packages, tiny_argos_archive, tmp_path):
    from argostranslate import package

    install_from_file(tiny_argos_archive)
    [theirs] = package.get_installed_packages()
    assert (theirs.from_code, theirs.to_code, theirs.package_version) == ("zh", "en", "0.1")
    # The reverse: a package unpacked the way argospm's install_from_path does it.
    other = rezip(tiny_argos_archive, tmp_path / "other.argosmodel",
                  rename=lambda n: n.replace("translate-zh_en-tiny", "translate-zh_en-1_9", 1),
                  metadata={"package_version": "1.9"})
    with zipfile.ZipFile(other) as zf:
        zf.extractall(argos_packages)
    assert [p.name for p in installed_packages()] == ["translate-zh_en-1_9", "translate-zh_en-tiny"]
    assert load_translator().package.version == "1.9"  # the newest is the default


@pytest.mark.parametrize(
    "rename, metadata, message",
    [
        (lambda n: n.split("/", 1)[1] if "/" in n else None, None, "exactly one top-level folder"),
        (lambda n: n, {"from_code": "en", "to_code": "zh"}, "not zh→en"),
        (lambda n: None if n.endswith("sentencepiece.model") else n, None, "sentencepiece.model"),
        (lambda n: n.replace("translate-zh_en-tiny/", "../evil/", 1), None, "unsafe path"),
    ],
    ids=["flat", "wrong-pair", "no-sentencepiece", "path-traversal"],
)
def test_bad_archives_are_refused_and_leave_nothing(argos_packages, tiny_argos_archive, tmp_path, rename, metadata,
                                                    message):
    bad = rezip(tiny_argos_archive, tmp_path / "bad.argosmodel", rename=rename, metadata=metadata)
    with pytest.raises(PackageError, match=message):
        install_from_file(bad)
    assert list(argos_packages.iterdir()) == []


def test_not_a_zip(argos_packages, tmp_path):
    junk = tmp_path / "junk.argosmodel"
    junk.write_bytes(b"not a zip")
    assert main(["models", "install", "--from", str(junk)]) == 65


def serve_index(archive: Path, tmp_path: Path, monkeypatch) -> None:
    """An Argos package index listing ``archive``, served from file:// URLs so that no test touches the network."""
    from argostranslate import settings

    index = tmp_path / "index.json"
    index.write_text(json.dumps([{
        "type": "translate", "code": "translate-zh_en", "from_code": "zh", "to_code": "en",
        "from_name": "Chinese", "to_name": "English", "package_version": "0.1", "argos_version": "1.11",
        "links": [archive.as_uri()],
    }]))
    monkeypatch.setattr(settings, "remote_package_index", index.as_uri())
    monkeypatch.setattr(settings, "local_package_index", tmp_path / "local-index.json")
    monkeypatch.setattr(settings, "downloads_dir", tmp_path / "downloads")


def test_install_from_index_through_argostranslate(argos_packages, tiny_argos_archive, tmp_path, monkeypatch):
    """The online path."""
    serve_index(tiny_argos_archive, tmp_path, monkeypatch)
    pkg = install_from_index()
    assert pkg.name == "translate-zh_en-tiny" and installed_packages() == [pkg]
    assert list((tmp_path / "downloads").iterdir()) == []  # the download is removed after installing


def test_install_from_index_offline(argos_packages, tmp_path, monkeypatch):
    from argostranslate import settings

    monkeypatch.setattr(settings, "remote_package_index", (tmp_path / "unreachable.json").as_uri())
    monkeypatch.setattr(settings, "local_package_index", tmp_path / "local-index.json")
    with pytest.raises(PackageError, match="--from FILE.argosmodel") as err:
        install_from_index()
    assert err.value.exit_code == 69


def test_no_model_error_names_both_install_forms(argos_packages):
    with pytest.raises(ModelNotInstalled) as err:
        load_translator()
    assert "bitext models install`" in str(err.value) and "--from FILE.argosmodel" in str(err.value)
    assert err.value.exit_code == 69


def test_annotate_without_model_fails_cleanly(tmp_path):
    env = isolated_env(tmp_path)
    out = tmp_path / "out.tei.xml"
    run = subprocess.run([sys.executable, "-m", "bitext", "annotate", str(SEED), "-o", str(out)],
                         env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 69
    assert "bitext models install --from FILE.argosmodel" in run.stderr and "Traceback" not in run.stderr
    assert not out.exists() and list(tmp_path.glob("*.tmp")) == []
    monolingual = subprocess.run([sys.executable, "-m", "bitext", "annotate", str(SEED), "-o", str(out),
                                  "--mt", "none"], env=env, capture_output=True, text=True, timeout=120)
    assert monolingual.returncode == 0, monolingual.stderr
    assert 'resp="#mt"' not in out.read_text(encoding="utf-8")  # no machine-translated sentence


def _rewrite(archive: Path, dest: Path, suffix: str, data: bytes) -> Path:
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info.filename, data if info.filename.endswith(suffix) else src.read(info))
    return dest


@pytest.mark.parametrize(
    "suffix, data, message",
    [
        ("sentencepiece.model", b"not a sentencepiece model", "sentencepiece.model does not load"),
        ("model/model.bin", b"\0" * 64, "not a CTranslate2 model that loads"),
        ("metadata.json", b"[1, 2]", "metadata.json is not a JSON object"),
        ("metadata.json", b'{"from_code": "zh", "to_code": "en", "package_version": 1.9}', "package_version is not text"),
    ],
    ids=["bad-sentencepiece", "bad-ctranslate2", "metadata-not-object", "metadata-wrong-type"],
)
def test_a_package_that_does_not_load_is_not_installed(suffix, data, message, argos_packages, tiny_argos_archive,
                                                        tmp_path):
    install_from_file(tiny_argos_archive)  # a working package of the same name is kept, not replaced
    bad = _rewrite(tiny_argos_archive, tmp_path / "bad.argosmodel", suffix, data)
    with pytest.raises(PackageError, match=message):
        install_from_file(bad)
    assert [p.name for p in argos_packages.iterdir()] == ["translate-zh_en-tiny"]
    load_translator()


def patched_headers(archive: Path, out: Path, flag: int = 0, method: int | None = None) -> Path:
    """``archive`` with every member's general-purpose flag or compression method changed in both its headers."""
    data = bytearray(archive.read_bytes())
    for signature, flag_at, method_at in ((b"PK\x03\x04", 6, 8), (b"PK\x01\x02", 8, 10)):
        start = data.find(signature)
        while start != -1:
            data[start + flag_at] |= flag
            if method is not None:
                data[start + method_at:start + method_at + 2] = method.to_bytes(2, "little")
            start = data.find(signature, start + 4)
    out.write_bytes(bytes(data))
    return out


@pytest.mark.parametrize("flag, method, message", [
    (0x1, None, "is encrypted or patched"),  # zipfile raised RuntimeError: a traceback
    (0x40, None, "is encrypted or patched"),
    (0, 99, "compression method 99"),  # zipfile raised NotImplementedError mid-install
])
def test_an_archive_zipfile_cannot_unpack_gets_one_clear_line(argos_packages, tiny_argos_archive, tmp_path,
                                                              flag, method, message):
    odd = patched_headers(tiny_argos_archive, tmp_path / "odd.argosmodel", flag, method)
    with pytest.raises(PackageError, match=message):
        install_from_file(odd)
    assert list(argos_packages.iterdir()) == []
    assert main(["models", "install", "--from", str(odd)]) == 65


def test_a_zip_bomb_stops_at_the_size_limit(argos_packages, tiny_argos_archive, tmp_path, monkeypatch):
    """A 204 KB archive once unpacked until the disk was full: the bytes written are counted."""
    import bitext.mt.packages as packages

    bomb = tmp_path / "bomb.argosmodel"
    with zipfile.ZipFile(tiny_argos_archive) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info.filename, src.read(info))
        out.writestr("translate-zh_en-tiny/padding.bin", b"\0" * 50_000_000)
    assert bomb.stat().st_size < 2_000_000  # 50 MB of padding in under 1 MB
    monkeypatch.setattr(packages, "MAX_PACKAGE_BYTES", 20_000_000)
    with pytest.raises(PackageError, match="unpacks to more than 0.02 GB"):
        install_from_file(bomb)
    assert list(argos_packages.iterdir()) == []


def test_too_many_files_are_refused_before_unpacking(argos_packages, tiny_argos_archive, tmp_path, monkeypatch):
    import bitext.mt.packages as packages

    many = tmp_path / "many.argosmodel"
    with zipfile.ZipFile(tiny_argos_archive) as src, zipfile.ZipFile(many, "w") as out:
        for info in src.infolist():
            out.writestr(info.filename, src.read(info))
        for i in range(200):
            out.writestr(f"translate-zh_en-tiny/stray/{i}.txt", b"")
    monkeypatch.setattr(packages, "MAX_PACKAGE_FILES", 100)
    with pytest.raises(PackageError, match="more than a package holds"):
        install_from_file(many)
    assert list(argos_packages.iterdir()) == []


def test_a_killed_install_leaves_nothing_after_the_next_one(argos_packages, tiny_argos_archive):
    """SIGKILL while unpacking left a hidden folder in the packages directory for ever."""
    import subprocess

    code = ("import os, signal, sys, bitext.mt.packages as p\n"
            "p._check_loads = lambda folder, archive: os.kill(os.getpid(), signal.SIGKILL)\n"
            "p.install_from_file(sys.argv[1])\n")
    killed = subprocess.run([sys.executable, "-c", code, str(tiny_argos_archive)], cwd=ROOT, timeout=120,
                            env=isolated_env(argos_packages.parent) | {"ARGOS_PACKAGES_DIR": str(argos_packages)})
    assert killed.returncode == -9
    assert [p.name.startswith(".bitext-install-") for p in argos_packages.iterdir()] == [True]
    install_from_file(tiny_argos_archive)
    assert [p.name for p in argos_packages.iterdir()] == ["translate-zh_en-tiny"]


def test_an_oversized_download_stops_at_the_limit(argos_packages, tiny_argos_archive, tmp_path, monkeypatch):
    """Like the unpacked size, the download is bounded: an endless or huge link cannot fill the disk."""
    import bitext.mt.packages as packages

    serve_index(tiny_argos_archive, tmp_path, monkeypatch)
    monkeypatch.setattr(packages, "MAX_PACKAGE_BYTES", 100_000)
    with pytest.raises(PackageError, match="more than 0.0001 GB"):
        install_from_index()
    assert list((tmp_path / "downloads").iterdir()) == [] and list(argos_packages.iterdir()) == []
