"""``bitext annotate``: plain-text article → TEI P5."""

from __future__ import annotations

import argparse

from .common import add_output, add_quiet


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
    add_quiet(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..io import write_atomic
    from ..pipeline import AnnotateOptions, annotate_file
    from ..tei import to_tei

    options = AnnotateOptions(pinyin_style=args.pinyin, tone_change=args.tone_change, encoding=args.encoding)
    doc = annotate_file(args.input, options)
    write_atomic(args.output, to_tei(doc), force=args.force or args.output == "-")
    return 0
