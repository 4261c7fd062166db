"""``bitext html``: a plain-text article or a TEI file → one offline HTML reading page."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import add_annotation_arguments, add_mt_arguments, add_output, add_quiet, annotate_options
from .glossary import add_glossary_argument, glossary_stage


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "html",
        help="write a self-contained HTML reading view (pinyin, tones, popups, English)",
        description="Render an article (plain text, annotated as by 'bitext annotate') or a TEI file that "
                    "'bitext annotate' wrote (read as it is, nothing recomputed) as one offline HTML page.",
    )
    parser.add_argument("input", help="the article (.txt) or TEI; - for stdin; TEI is recognised by its namespace")
    add_output(parser)
    parser.add_argument("--script", choices=["as-written", "simplified", "traditional"], default="as-written",
                        help="characters shown when the page opens (the page can switch)")
    add_annotation_arguments(parser)
    add_mt_arguments(parser, what=" (text input)")
    add_glossary_argument(parser)
    add_quiet(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..html import to_html
    from ..io import read_bytes, write_atomic
    from ..pipeline import annotate_bytes
    from ..teiread import is_tei, read_tei
    from .annotate import mt_stages

    data = read_bytes(args.input)
    name = "-" if args.input == "-" else Path(args.input).name  # undecodable bytes become U+FFFD on the page
    if is_tei(data):
        if args.pinyin != "marks" or args.tone_change:
            print("bitext html: --pinyin and --tone-change apply to text input; a TEI is shown with the readings "
                  "it holds (annotate the text again to change them)", file=sys.stderr)
        doc = read_tei(data, name)
    else:
        doc = annotate_bytes(data, name, annotate_options(args),
                             **mt_stages(args), **glossary_stage(args))
    write_atomic(args.output, to_html(doc, args.script), force=args.force or args.output == "-")
    return 0
