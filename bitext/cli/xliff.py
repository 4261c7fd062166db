"""``bitext xliff``: export sentences for post-editing in a CAT tool, and import the edited English."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..terminal import printable
from .common import add_annotation_arguments, add_mt_arguments, add_output, add_quiet, annotate_options
from .glossary import add_glossary_argument, load_from_args


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "xliff",
        help="XLIFF 1.2 for post-editing the MT in a CAT tool, and back into the TEI",
        description="export: one trans-unit per Chinese sentence with the MT as target and the glossary names "
        "and review conflicts as notes; import: the edited targets become the English of the TEI.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    export = actions.add_parser("export", help="write XLIFF 1.2 from an article (annotated and translated now) "
                                "or from a TEI written by bitext")
    export.add_argument("input", help="Chinese article or bitext TEI (- for stdin)")
    add_output(export)
    add_annotation_arguments(export)
    add_mt_arguments(export, what=" of an article (a TEI keeps its own English)")
    add_glossary_argument(export)
    add_quiet(export)
    export.set_defaults(run=run_export)

    imp = actions.add_parser("import", help="bring the post-edited targets of an XLIFF back into the TEI")
    imp.add_argument("xliff", help="the XLIFF, edited in a CAT tool")
    imp.add_argument("--tei", required=True, help="the TEI the XLIFF was exported from")
    imp.add_argument("--translator", default="unknown translator",
                     help="name of the translator, recorded in the TEI header (default: unknown translator)")
    add_output(imp)
    imp.set_defaults(run=run_import)


def run_export(args: argparse.Namespace) -> int:
    from ..io import read_bytes, write_atomic
    from ..review import review
    from ..teiread import is_tei, read_tei
    from ..xliff import glossary_of, to_xliff
    from .annotate import mt_stages

    data = read_bytes(args.input)
    name = "-" if args.input == "-" else Path(args.input).name  # a file name, not a path, in the output
    if is_tei(data):
        doc = read_tei(data, name)
        glossary = load_from_args(args) if args.glossary else glossary_of(doc)
    else:
        from ..pipeline import annotate_bytes

        glossary = load_from_args(args)
        doc = annotate_bytes(data, name, annotate_options(args), **mt_stages(args),
                             **({"glossary": glossary} if glossary.files else {}))
    write_atomic(args.output, to_xliff(doc, review(doc, glossary)), force=args.force or args.output == "-")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from ..io import read_bytes, write_atomic
    from ..xliff import apply_xliff, glossary_check, read_targets

    targets, source_sha = read_targets(read_bytes(args.xliff), args.xliff)
    result = apply_xliff(read_bytes(args.tei), args.tei, targets, source_sha, args.translator)
    write_atomic(args.output, result.tei, force=args.force or args.output == "-")
    out = sys.stderr if args.output == "-" else sys.stdout
    for sentence_id in result.edited:
        print(f"{printable(sentence_id)}: English replaced by the translator's", file=out)
    for line in glossary_check(result.tei, result.edited):
        print(printable(line), file=out)
    print(f"{len(result.edited)} sentences edited, {result.unchanged} unchanged", file=out)
    return 0
