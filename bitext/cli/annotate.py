"""``bitext annotate``: plain-text article → TEI P5."""

from __future__ import annotations

import argparse

from .common import add_output, add_quiet, show_progress
from .glossary import add_glossary_argument, glossary_stage


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "annotate",
        help="write the article as TEI P5 with pinyin (and English MT)",
        description="Read a Chinese article (UTF-8/16, GB18030 or Big5; - for stdin) and write TEI P5 XML.",
    )
    parser.add_argument("input", help="the article, one paragraph per line or blank-line separated; - for stdin")
    add_output(parser)
    parser.add_argument("--encoding", help="input encoding (default: detect)")
    parser.add_argument("--pinyin", choices=["marks", "numbers", "zhuyin"], default="marks",
                        help="how to write readings: tone marks (default), tone numbers or zhuyin")
    parser.add_argument("--tone-change", action="store_true",
                        help="write the spoken tone of 一 and 不 (yí gè, bú shì) instead of the dictionary tone")
    parser.add_argument("--mt", choices=["argos", "none"], default="argos",
                        help="machine translation: an installed Argos zh→en model (default), or none for Chinese only")
    parser.add_argument("--model", help="Argos package name or folder to use (default: the installed zh→en package)")
    parser.add_argument("--cache", help="translation cache file (default: in the user cache folder)")
    parser.add_argument("--no-cache", action="store_true", help="translate every sentence afresh")
    add_glossary_argument(parser)
    parser.add_argument("--regularize", action="store_true",
                        help="record each variant spelling of a name with its glossary's preferred form (<choice>)")
    add_quiet(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..io import write_atomic
    from ..pipeline import AnnotateOptions, annotate_file
    from ..tei import to_tei

    options = AnnotateOptions(pinyin_style=args.pinyin, tone_change=args.tone_change, encoding=args.encoding,
                              regularize=args.regularize)
    doc = annotate_file(args.input, options, **mt_stages(args), **glossary_stage(args))
    write_atomic(args.output, to_tei(doc), force=args.force or args.output == "-")
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
