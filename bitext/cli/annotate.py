"""``bitext annotate``: plain-text article → TEI P5."""

from __future__ import annotations

import argparse

from .common import add_annotation_arguments, add_mt_arguments, add_output, add_quiet, annotate_options, show_progress
from .glossary import add_glossary_argument, glossary_stage


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "annotate",
        help="write the article as TEI P5 with pinyin (and English MT)",
        description="Read a Chinese article (UTF-8/16, GB18030 or Big5; - for stdin) and write TEI P5 XML.",
    )
    parser.add_argument("input", help="the article, one paragraph per line or blank-line separated; - for stdin")
    add_output(parser)
    add_annotation_arguments(parser)
    add_mt_arguments(parser)
    add_glossary_argument(parser)
    add_quiet(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..io import open_atomic
    from ..pipeline import annotate_to_tei

    stages = {**mt_stages(args), **glossary_stage(args)}
    with open_atomic(args.output, force=args.force or args.output == "-") as out:
        annotate_to_tei(args.input, out, annotate_options(args), **stages)
    return 0


def mt_stages(args: argparse.Namespace) -> dict:
    """The translator and cache that ``--mt``, ``--model`` and ``--cache`` ask for."""
    if args.mt == "none":
        return {}
    from ..mt import load_translator
    from ..mt.cache import TranslationCache, default_cache_path

    translator = load_translator(args.model)
    cache = None if args.no_cache else TranslationCache(args.cache or default_cache_path())
    return {"translator": translator, "cache": cache, "progress": show_progress(args)}
