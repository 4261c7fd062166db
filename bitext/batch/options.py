"""What shapes a batch run's outputs, and the check that it can run at all (before anything is written)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from .. import __version__
from ..io import read_bytes
from ..pipeline import AnnotateOptions
from .errors import BatchUsageError

#: Output formats and the suffix each output file gets.
FORMAT_SUFFIX = {"tei": ".tei.xml", "html": ".html"}


@dataclass(frozen=True)
class BatchOptions:
    """Everything that shapes the outputs of a batch run (and so decides what is redone)."""

    annotate: AnnotateOptions = AnnotateOptions()
    formats: tuple[str, ...] = ("tei",)
    mt: str = "none"  # "argos" or "none"
    model: str | None = None  # Argos package name or folder (with mt="argos")
    cache: str | None = None  # translation cache file shared by all workers; None: no cache
    glossary: tuple[str, ...] = ()  # glossary files or folders; () for none
    glossary_sha256: str = ""  # of the glossary files' bytes, filled in by :func:`resolve`
    mt_identity: str = ""  # the model's files and decoding options, filled in by :func:`resolve`

    def fingerprint(self) -> str:
        """Hash of the options that change the outputs, with the bitext version.

        The cache path does not change what is written, so it is left out;
        the glossary and the model count by content, not by path.
        """
        record = asdict(self)
        del record["cache"], record["glossary"], record["model"]
        record["bitext"] = __version__
        return hashlib.sha256(json.dumps(record, sort_keys=True).encode()).hexdigest()


def check_formats(formats: tuple[str, ...]) -> None:
    unknown = [f for f in formats if f not in FORMAT_SUFFIX]
    if unknown or not formats:
        raise BatchUsageError(
            f"unknown output format {', '.join(unknown) or '(none)'}; expected {', '.join(FORMAT_SUFFIX)}")


def resolve(options: BatchOptions) -> BatchOptions:
    """Load the model and glossary once here, so a missing model or a malformed glossary stops
    the run before any worker starts, and fill in what identifies them for the skip logic."""
    check_formats(options.formats)
    if options.mt == "argos":
        from ..mt import load_translator
        from ..mt.packages import find_package

        package = find_package(options.model)
        options = replace(options, model=str(package.path.resolve()),
                          mt_identity=load_translator(package.path).identity)
    if options.glossary:
        from ..glossary import glossary_files, load_glossary

        load_glossary(list(options.glossary))
        digest = hashlib.sha256()
        for path in glossary_files(options.glossary):
            digest.update(str(path.name).encode() + b"\0" + read_bytes(path))
        options = replace(options, glossary=tuple(str(Path(g).resolve()) for g in options.glossary),
                          glossary_sha256=digest.hexdigest())
    return options
