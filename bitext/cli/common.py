"""Options shared by several commands."""

from __future__ import annotations

import argparse
import sys

#: Arguments that name a file the command reads (an output must never be one of them).
INPUT_ARGUMENTS = ("input", "zh", "en", "mt_file", "source", "report", "xliff", "tei")


def add_output(parser: argparse.ArgumentParser, default: str = "-") -> None:
    parser.add_argument("-o", "--output", default=default, help=f"output file, - for standard output (default: {default})")
    parser.add_argument("--force", action="store_true", help="overwrite an existing output file")


def add_quiet(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")


def show_progress(args: argparse.Namespace) -> bool:
    """Progress bars only for a person watching a terminal."""
    return not getattr(args, "quiet", False) and sys.stderr.isatty()


def add_mt_arguments(parser: argparse.ArgumentParser, default: str | None = "argos", what: str = "") -> None:
    """``--mt``, ``--model``, ``--cache``, ``--no-cache``: the MT stage of every command that translates."""
    default_text = "an installed Argos zh→en model (default), or none" if default else \
        "argos: an installed Argos zh→en model, none: no MT (default: argos when a model is installed)"
    parser.add_argument("--mt", choices=["argos", "none"], default=default, help=f"machine translation{what}: {default_text}")
    parser.add_argument("--model", help="Argos package name or folder (default: the installed zh→en package)")
    parser.add_argument("--cache", help="translation cache file (default: in the user cache folder)")
    parser.add_argument("--no-cache", action="store_true", help="translate every sentence afresh")


def add_annotation_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of the annotation itself: input encoding, pinyin style, 一/不 tone change, name regularisation."""
    parser.add_argument("--encoding", help="input encoding (default: detect)")
    parser.add_argument("--pinyin", choices=["marks", "numbers", "zhuyin"], default="marks",
                        help="how to write readings: tone marks (default), tone numbers or zhuyin")
    parser.add_argument("--tone-change", action="store_true",
                        help="write the spoken tone of 一 and 不 (yí gè, bú shì) instead of the dictionary tone")
    parser.add_argument("--regularize", action="store_true",
                        help="record each variant spelling of a name with its glossary's preferred form (<choice>)")


def annotate_options(args: argparse.Namespace):
    """:class:`~bitext.pipeline.AnnotateOptions` from the arguments of :func:`add_annotation_arguments`."""
    from ..pipeline import AnnotateOptions

    return AnnotateOptions(pinyin_style=args.pinyin, tone_change=args.tone_change, encoding=args.encoding,
                           regularize=args.regularize)


def check_output_args(args: argparse.Namespace) -> None:
    """The output check of every command that writes, before any work (called by :func:`bitext.cli.main`).

    Neither the output nor the translation cache may be one of the command's
    inputs (the article, the English, the glossary files), nor the output the
    cache; the output may not be a device, pipe, symbolic link or folder, or
    an existing file without ``--force``: see :func:`bitext.io.check_output`.
    """
    from ..io import check_not_input, check_output

    inputs = input_files(args)
    if getattr(args, "cache", None):
        check_not_input(args.cache, inputs)
    output = getattr(args, "output", None)
    if output is not None:
        check_output(output, inputs + ([args.cache] if getattr(args, "cache", None) else []),
                     force=getattr(args, "force", False))


def input_files(args: argparse.Namespace) -> list[str]:
    """Every file the command's arguments name for reading (glossary folders expanded)."""
    from ..glossary import default_glossary_paths, glossary_files
    from ..io import InputError

    files = [str(getattr(args, name)) for name in INPUT_ARGUMENTS if getattr(args, name, None)]
    if hasattr(args, "glossary"):
        try:
            files += map(str, glossary_files(args.glossary or default_glossary_paths()))
        except InputError:  # a missing glossary: the command itself says so
            pass
    return files
