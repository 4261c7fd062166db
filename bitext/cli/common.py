"""Options shared by several commands."""

from __future__ import annotations

import argparse
import sys


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
