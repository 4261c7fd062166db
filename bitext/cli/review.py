"""``bitext review``: where the text, the glossary and the MT disagree."""

from __future__ import annotations

import argparse
import sys

from ..terminal import printable, printable_json, printable_lines
from .common import add_mt_arguments, add_output, add_quiet
from .glossary import add_glossary_argument

#: The report formats read in a terminal, made safe to show there: the table with its control
#: characters escaped, JSON with them as ``\u001b``-style escapes (the same values).  CSV and HTML escape their own.
TERMINAL_SAFE = {"table": printable_lines, "json": printable_json}


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "review",
        help="report name conflicts between the text, the glossary and the MT",
        description="Annotate INPUT and list every variant, probable variant, unlisted name, gloss mismatch, "
                    "glossary conflict and name missing from the MT (JSON schema in docs/glossary.md).",
    )
    parser.add_argument("input", help="the article; - for stdin")
    add_glossary_argument(parser)
    parser.add_argument("--format", choices=["table", "json", "csv", "html"], default="table")
    parser.add_argument("--strict", action="store_true", help="exit with status 1 when any conflict is found")
    add_output(parser)
    parser.add_argument("--encoding", help="input encoding (default: detect)")
    add_mt_arguments(parser, default=None)
    add_quiet(parser)
    parser.set_defaults(run=run)


def _mt_stages(args: argparse.Namespace) -> dict:
    """The MT stage asked for; by default the installed model, or none (with a note) when there is none."""
    from ..io import BitextError
    from .annotate import mt_stages

    if args.mt is not None:
        return mt_stages(args)
    args.mt = "argos"
    try:
        return mt_stages(args)
    except (BitextError, ImportError) as exc:
        print(f"bitext review: no MT checked ({printable(exc)}); use --mt none to silence this", file=sys.stderr)
        return {}


def run(args: argparse.Namespace) -> int:
    from ..io import write_atomic
    from ..pipeline import AnnotateOptions, annotate_file
    from ..review import review
    from ..review_report import render
    from .glossary import load_from_args

    glossary = load_from_args(args)
    doc = annotate_file(args.input, AnnotateOptions(encoding=args.encoding, pinyin=False), glossary=glossary,
                        **_mt_stages(args))
    conflicts = review(doc, glossary)
    text = render(conflicts, args.format, doc.source_name, [str(f.path) for f in glossary.files])
    text = TERMINAL_SAFE.get(args.format, str)(text)
    write_atomic(args.output, text.encode("utf-8"), force=args.force or args.output == "-")
    return 1 if args.strict and conflicts else 0
