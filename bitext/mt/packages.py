"""Installed Argos Translate zh→en packages: list, install, remove.

Packages live where argostranslate keeps them (``argostranslate.settings``:
``$ARGOS_PACKAGES_DIR``, else ``$XDG_DATA_HOME/argos-translate/packages``),
so a package installed with ``argospm`` is found here and the reverse.
Only ``argostranslate.package`` and ``argostranslate.settings`` are used:
``argostranslate.translate`` (and with it stanza, spaCy and torch) is never
imported.  Installing unpacks the archive ourselves because argostranslate's
``install_from_path`` imports ``translate`` and accepts archives that break
every later package listing (a flat zip, a stray file at the top).
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..io import BitextError, InputError, process_alive, read_bounded

FROM_CODE, TO_CODE = "zh", "en"
#: Limits on what a package archive may unpack to (the real zh→en package is about 100 MB in a
#: few dozen files): a zip bomb stops here, counted on the bytes actually written.
MAX_PACKAGE_BYTES = 2_000_000_000
MAX_PACKAGE_FILES = 10_000
INSTALL_PREFIX = ".bitext-install-"  # + PID-RANDOM: the folder an archive is unpacked into, beside its place
INSTALL_HINT = (
    "install one with `bitext models install` (downloads the zh→en package from the Argos index) "
    "or `bitext models install --from FILE.argosmodel` (a package file you already have)"
)


class ModelNotInstalled(BitextError):
    """No zh→en Argos package is installed (or the one asked for is missing)."""

    exit_code = 69  # EX_UNAVAILABLE

    def __init__(self, detail: str = "no Chinese→English Argos Translate model is installed"):
        super().__init__(f"{detail}; {INSTALL_HINT}")
        self.detail = detail

    def with_alternative(self, alternative: str) -> "ModelNotInstalled":
        """The same error, with what the command can do without a model (each command has its own)."""
        error = ModelNotInstalled(self.detail)
        error.args = (f"{self}, {alternative}",)
        return error


class PackageError(BitextError):
    """A package file is not a usable Argos package, or cannot be fetched."""

    exit_code = 65


class IndexUnavailable(PackageError):
    """The package index cannot be fetched (offline) and no copy of it is kept."""

    exit_code = 69  # EX_UNAVAILABLE


@dataclass(frozen=True)
class InstalledPackage:
    name: str  # the folder name inside the packages directory
    version: str
    path: Path
    from_code: str
    to_code: str

    @property
    def model_dir(self) -> Path:
        return self.path / "model"

    @property
    def sentencepiece_model(self) -> Path:
        return self.path / "sentencepiece.model"


def _settings():
    from argostranslate import settings

    return settings


def packages_dir() -> Path:
    """Where new packages are installed (argostranslate's own setting)."""
    return Path(_settings().package_data_dir)


def installed_packages(from_code: str = FROM_CODE, to_code: str = TO_CODE) -> list[InstalledPackage]:
    """Every installed package for the language pair, newest version first."""
    from argostranslate.package import Package
    from packaging.version import InvalidVersion, Version

    found = []
    for directory in _settings().package_dirs:
        directory = Path(directory)
        if not directory.is_dir():
            continue
        for path in sorted(directory.iterdir()):
            if not (path / "metadata.json").is_file():
                continue
            try:
                pkg = Package(path)
            except (OSError, ValueError):
                continue
            if pkg.from_code == from_code and pkg.to_code == to_code and pkg.type == "translate":
                found.append(InstalledPackage(path.name, pkg.package_version or "0", path, pkg.from_code, pkg.to_code))

    def newest(pkg: InstalledPackage):
        try:
            return (1, Version(pkg.version))
        except InvalidVersion:
            return (0, Version("0"))

    return sorted(found, key=newest, reverse=True)


def find_package(name: str | Path | None = None) -> InstalledPackage:
    """The package to translate with: by name, by folder path (with a ``/``), or the newest installed."""
    if name is None:
        candidates = installed_packages()
        if not candidates:
            raise ModelNotInstalled()
        return candidates[0]
    if isinstance(name, Path) or "/" in name or name.startswith("."):
        return _package_at(Path(name))
    return _installed_named(name)


def _installed_named(name: str) -> InstalledPackage:
    for pkg in installed_packages():
        if name in (pkg.name, f"translate-{pkg.from_code}_{pkg.to_code}"):
            return pkg
    raise ModelNotInstalled(f"no installed zh→en Argos package is named {name!r}")


def _package_at(path: Path) -> InstalledPackage:
    try:
        metadata = json.loads((path / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise PackageError(f"{path}: not an Argos package (no readable metadata.json: {exc})") from None
    pkg = InstalledPackage(
        path.name, str(metadata.get("package_version") or "0"), path,
        str(metadata.get("from_code")), str(metadata.get("to_code")),
    )
    _check_pair(pkg.from_code, pkg.to_code, path)
    return pkg


def _check_pair(from_code: str, to_code: str, where) -> None:
    if (from_code, to_code) != (FROM_CODE, TO_CODE):
        raise PackageError(f"{where}: translates {from_code}→{to_code}, not zh→en")


def install_from_file(archive: str | Path) -> InstalledPackage:
    """Check and unpack a ``.argosmodel`` into argostranslate's packages directory.

    The archive must hold exactly one top-level folder with ``metadata.json``
    (zh→en), ``sentencepiece.model`` and ``model/model.bin``; at most
    :data:`MAX_PACKAGE_FILES` files and :data:`MAX_PACKAGE_BYTES` unpacked.
    It is unpacked next to its destination and checked there (the metadata's
    shape, the SentencePiece model opens, CTranslate2 loads the model), then
    renamed into place, so a failed install leaves no half package behind; an
    installed package of the same name is replaced only by one that loads.
    """
    import tempfile
    import zipfile

    archive = Path(archive)
    if archive.is_dir():
        raise PackageError(f"{archive}: is a folder; give the .argosmodel file")
    if not archive.is_file():  # missing, or a device or pipe (never read: /dev/zero has no end)
        raise PackageError(f"{archive}: " + ("not a regular file" if archive.exists() else "no such file"))
    if not zipfile.is_zipfile(archive):
        raise PackageError(f"{archive}: not an Argos package (not a zip archive)")
    try:
        with zipfile.ZipFile(archive) as zf:
            top = _single_top_folder(zf.namelist(), archive)
            names = set(zf.namelist())
            for required in ("metadata.json", "sentencepiece.model", "model/model.bin"):
                if f"{top}/{required}" not in names:
                    raise PackageError(f"{archive}: not an Argos zh→en package (no {top}/{required})")
            if len(names) > MAX_PACKAGE_FILES:
                raise PackageError(f"{archive}: {len(names):,} files, more than a package holds "
                                   f"(limit {MAX_PACKAGE_FILES:,})")
            _check_readable(zf, archive)
            _check_metadata(zf.read(f"{top}/metadata.json"), archive, top)
            dest_root = packages_dir()
            dest_root.mkdir(parents=True, exist_ok=True)
            _remove_stale_installs(dest_root)
            with tempfile.TemporaryDirectory(dir=dest_root, prefix=f"{INSTALL_PREFIX}{os.getpid()}-") as tmp:
                _extract_bounded(zf, Path(tmp), archive)
                _check_loads(Path(tmp, top), archive)
                target = dest_root / top
                if target.exists() or target.is_symlink():
                    _delete_install(target)
                Path(tmp, top).rename(target)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        raise PackageError(f"{archive}: damaged archive ({exc})") from None
    return _package_at(target)


def _remove_stale_installs(dest_root: Path) -> None:
    """Delete the half-unpacked folders of installs that were killed (SIGKILL, power cut)."""
    for folder in dest_root.glob(f"{INSTALL_PREFIX}*-*"):
        pid = folder.name[len(INSTALL_PREFIX):].split("-", 1)[0]
        if folder.is_dir() and pid.isdigit() and not process_alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _check_metadata(data: bytes, archive: Path, top: str) -> dict:
    """metadata.json is a JSON object naming zh→en, with text where argostranslate expects text."""
    try:
        metadata = json.loads(data)
    except ValueError:
        raise PackageError(f"{archive}: {top}/metadata.json is not JSON") from None
    if not isinstance(metadata, dict):
        raise PackageError(f"{archive}: {top}/metadata.json is not a JSON object")
    for key in ("from_code", "to_code", "package_version", "type", "from_name", "to_name"):
        if key in metadata and not isinstance(metadata[key], str):
            raise PackageError(f"{archive}: {top}/metadata.json: {key} is not text")
    _check_pair(metadata.get("from_code"), metadata.get("to_code"), archive)
    return metadata


#: Flag bits of a zip member Python's zipfile cannot unpack: encrypted (0), patched (5), strong encryption (6).
_UNREADABLE_FLAGS = 0x1 | 0x20 | 0x40


def _check_readable(zf, archive: Path) -> None:
    """Every member can be unpacked: no encryption, and a compression method this Python reads.

    Asked before anything is read, so such an archive gets one clear line
    instead of zipfile's exception from the middle of the install.
    """
    import zipfile

    methods = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
    for info in zf.infolist():
        if info.flag_bits & _UNREADABLE_FLAGS:
            raise PackageError(f"{archive}: {info.filename} is encrypted or patched; not an Argos package")
        if info.compress_type not in methods:
            raise PackageError(f"{archive}: {info.filename} uses zip compression method {info.compress_type}, "
                               "which cannot be unpacked here")


def _extract_bounded(zf, dest: Path, archive: Path) -> None:
    """Unpack every member, counting the bytes really written (declared sizes can lie)."""
    total = 0
    for info in zf.infolist():
        target = dest / info.filename
        if info.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        with zf.open(info) as src, open(target, "wb") as out:
            while chunk := src.read(1 << 20):
                total += len(chunk)
                if total > MAX_PACKAGE_BYTES:
                    raise PackageError(f"{archive}: unpacks to more than {MAX_PACKAGE_BYTES / 1e9:g} GB; "
                                       "not an Argos package (a zip bomb?)")
                out.write(chunk)


def _check_loads(folder: Path, archive: Path) -> None:
    """The unpacked package really loads: SentencePiece opens its model and CTranslate2 its model folder."""
    import ctranslate2
    import sentencepiece

    try:
        sentencepiece.SentencePieceProcessor(model_file=str(folder / "sentencepiece.model"))
    except Exception as exc:  # the library's own error types vary by what is wrong in the file
        raise PackageError(f"{archive}: sentencepiece.model does not load ({exc})") from None
    try:
        ctranslate2.Translator(str(folder / "model"), device="cpu", inter_threads=1, intra_threads=1)
    except Exception as exc:  # RuntimeError, IndexError (a missing variable), ValueError, …
        raise PackageError(f"{archive}: model/ is not a CTranslate2 model that loads ({exc})") from None


def _single_top_folder(names: list[str], archive: Path) -> str:
    tops = set()
    for name in names:
        parts = PurePosixPath(name).parts
        if not parts or name.startswith("/") or ".." in parts:
            raise PackageError(f"{archive}: unsafe path in archive: {name!r}")
        tops.add(parts[0] if len(parts) > 1 or name.endswith("/") else "")
    if len(tops) != 1 or "" in tops:
        raise PackageError(f"{archive}: an Argos package holds exactly one top-level folder")
    return tops.pop()


def install_from_index(progress: bool = False, timeout: float = 30.0) -> InstalledPackage:
    """Fetch the newest zh→en package through argostranslate's package index and install it."""
    from argostranslate import package

    settings = _settings()
    _update_index(settings, timeout)
    available = [p for p in package.get_available_packages() if (p.from_code, p.to_code) == (FROM_CODE, TO_CODE)]
    if not available:
        raise PackageError("the Argos package index lists no zh→en package")
    chosen = max(available, key=lambda p: _version_key(p.package_version))
    dest = Path(settings.downloads_dir) / f"{package.argospm_package_name(chosen)}.argosmodel"
    _download(chosen.links, dest, progress, timeout)
    try:
        return install_from_file(dest)
    finally:
        dest.unlink(missing_ok=True)


def _update_index(settings, timeout: float) -> None:
    """Refresh argostranslate's local copy of its index (what ``update_package_index`` does, with a timeout).

    Offline, an index fetched earlier is used; with none, the error says how
    to install from a file (argostranslate itself would recurse for a minute).
    """
    import urllib.request

    local = Path(settings.local_package_index)
    try:
        with urllib.request.urlopen(settings.remote_package_index, timeout=timeout) as response:
            data = read_bounded(response, settings.remote_package_index)  # an index is ~100 KB, not endless
        local.parent.mkdir(parents=True, exist_ok=True)
        tmp = local.with_suffix(".part")
        tmp.write_bytes(data)
        tmp.replace(local)
    except (OSError, InputError) as exc:
        if not local.is_file():
            raise IndexUnavailable(
                f"cannot reach the Argos package index ({settings.remote_package_index}: {exc}); "
                "offline? install a package file with `bitext models install --from FILE.argosmodel`"
            ) from None


def _version_key(version: str):
    from packaging.version import InvalidVersion, Version

    try:
        return Version(version)
    except InvalidVersion:
        return Version("0")


def _download(links: list[str], dest: Path, progress: bool, timeout: float) -> None:
    """Download the first link that answers into ``dest`` (via a temporary file)."""
    import urllib.request

    from tqdm import tqdm

    from ..terminal import printable

    errors = []
    dest.parent.mkdir(parents=True, exist_ok=True)
    for url in links:
        tmp = dest.with_suffix(".part")
        try:
            request = urllib.request.Request(url, headers={"User-Agent": "bitext"})
            with urllib.request.urlopen(request, timeout=timeout) as response, open(tmp, "wb") as out:
                total = int(response.headers.get("Content-Length") or 0) or None
                with tqdm(total=total, unit="B", unit_scale=True, desc=printable(dest.name),
                          disable=not progress) as bar:
                    while chunk := response.read(1 << 16):
                        out.write(chunk)
                        bar.update(len(chunk))
                        if out.tell() > MAX_PACKAGE_BYTES:
                            raise PackageError(f"{url}: more than {MAX_PACKAGE_BYTES / 1e9:g} GB; not a package")
            tmp.replace(dest)
            return
        except OSError as exc:
            errors.append(f"{url}: {exc}")
            tmp.unlink(missing_ok=True)
        except PackageError:
            tmp.unlink(missing_ok=True)
            raise
    raise PackageError("download failed: " + ("; ".join(errors) or "the index gives no link"))


def remove_package(name: str) -> InstalledPackage:
    """Delete an installed zh→en package by folder name (or argospm name); a linked one loses only its link."""
    pkg = _installed_named(name)
    _delete_install(pkg.path)
    return pkg


def _delete_install(path: Path) -> None:
    """Delete an installed package folder; a symbolic link (a package shared from elsewhere) loses only the link."""
    if path.is_symlink():
        path.unlink()
    else:
        shutil.rmtree(path)
