"""``bitext glossary``: check, edit, export and import the glossary; ``--glossary`` for other commands."""

from __future__ import annotations

import argparse
import sys

from ..terminal import printable, printable_lines
from .common import add_output, show_progress


def add_glossary_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--glossary", action="append", metavar="PATH",
                        help="glossary file or folder (repeatable; default: ./glossary and "
                             "$XDG_CONFIG_HOME/bitext/glossary, ~/.config/bitext/glossary, when they exist)")


def load_from_args(args: argparse.Namespace):
    """The glossary ``--glossary`` names (default: the project's and the user's folders).

    Every command but ``glossary`` itself says which glossary it uses on
    stderr: always when it found none (names would silently go untagged),
    else when a person watches the terminal (as the progress bar does).
    """
    from ..glossary import describe, load_glossary

    glossary = load_glossary(args.glossary)
    if args.command != "glossary" and (not glossary.files or show_progress(args)):
        print(f"bitext: glossary: {printable(describe(glossary))}", file=sys.stderr)
    return glossary


def glossary_stage(args: argparse.Namespace) -> dict:
    """``{"glossary": ...}`` for the pipeline, or nothing when no glossary is given or found."""
    glossary = load_from_args(args)
    return {"glossary": glossary} if glossary.files else {}


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "glossary",
        help="check, edit, export or import the glossary",
        description="The glossary is tab-separated text in glossary/ (see docs/glossary.md).",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    check = actions.add_parser("check", help="load the glossary, report malformed rows and conflicts")
    add_glossary_argument(check)
    check.set_defaults(run=run_check)

    accept = actions.add_parser("accept", help="record FORM as a variant spelling of entry ID")
    reject = actions.add_parser("reject", help="record that FORM is not entry ID (the review stops proposing it)")
    for sub, run in ((accept, run_accept), (reject, run_reject)):
        sub.add_argument("id", help="entry id")
        sub.add_argument("form", help="Chinese form")
        add_glossary_argument(sub)
        sub.set_defaults(run=run)

    add = actions.add_parser("add", help="add a new entry")
    add.add_argument("id", help="stable id (letters, digits, . _ -)")
    add.add_argument("type", choices=["person", "place", "organisation", "term"])
    add.add_argument("english", help="the English form")
    add.add_argument("chinese", help="the preferred Chinese form")
    add.add_argument("--short", default="", help="short English form for running text")
    add.add_argument("--chinese-short", default="", help="accepted short Chinese forms, |-separated")
    add.add_argument("--variant", default="", help="variant Chinese forms, |-separated")
    add.add_argument("--note", default="")
    add.add_argument("--to", help="glossary file to add to (default: the first one loaded)")
    add_glossary_argument(add)
    add.set_defaults(run=run_add)

    apply = actions.add_parser("apply", help="apply the decisions of an edited review CSV report")
    apply.add_argument("report", help="CSV written by bitext review --format csv, with the decision column filled")
    add_glossary_argument(apply)
    apply.set_defaults(run=run_apply)

    export = actions.add_parser("export", help="write the glossary as TBX (ISO 30042) or an OmegaT glossary")
    export.add_argument("--format", choices=["tbx", "tbx2", "omegat"], default="tbx",
                        help="tbx: TBX-Basic (ISO 30042:2019, TBX v3); tbx2: TBX v2 (ISO 30042:2008, martif), what "
                        "translate-toolkit, OmegaT and most CAT tools read; omegat: tab-separated Chinese, English, comment")
    add_output(export)
    add_glossary_argument(export)
    export.set_defaults(run=run_export)

    imp = actions.add_parser("import", help="merge a TBX (v2 or v3) or OmegaT glossary into the glossary",
                             description="Each entry gets the checks of 'glossary add'; nothing is written unless "
                             "every entry passes. Entries already there with the same forms are left alone.")
    imp.add_argument("source", help="TBX file (ISO 30042, either version) or OmegaT glossary")
    imp.add_argument("--to", help="glossary file to add to (default: the first one loaded)")
    imp.add_argument("-o", "--output", help="write the entries to this new glossary file instead of merging")
    imp.add_argument("--force", action="store_true", help="with -o: overwrite an existing file")
    add_glossary_argument(imp)
    imp.set_defaults(run=run_import)


def run_check(args: argparse.Namespace) -> int:
    from ..review import glossary_conflicts
    from ..review_report import to_table

    from ..glossary import describe

    glossary = load_from_args(args)
    if not glossary.files:
        print(f"bitext: glossary: {printable(describe(glossary))}", file=sys.stderr)
        return 2
    conflicts = glossary_conflicts(glossary)
    print(f"{len(glossary.entries)} entries in {len(glossary.files)} file(s)")
    if conflicts:
        sys.stdout.write(printable_lines(to_table(conflicts)))
    return 1 if conflicts else 0


def run_accept(args: argparse.Namespace) -> int:
    from ..glossary import add_variant

    row = add_variant(load_from_args(args), args.id, args.form)
    print(printable(f"{row.location}: {args.id} variants: {'|'.join(row.entry.variants)}"))
    return 0


def run_reject(args: argparse.Namespace) -> int:
    from ..glossary import add_distinct

    row = add_distinct(load_from_args(args), args.id, args.form)
    print(printable(f"{row.location}: {args.id} distinct: {'|'.join(row.distinct)}"))
    return 0


def run_add(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..glossary import SEPARATOR, add_entry
    from ..model import GlossaryEntry, NameType

    def split(cell: str) -> tuple[str, ...]:
        return tuple(p.strip() for p in cell.split(SEPARATOR) if p.strip())

    entry = GlossaryEntry(args.id, args.english, NameType(args.type), args.chinese, split(args.variant),
                          args.short, args.note, chinese_short=split(args.chinese_short))
    row = add_entry(load_from_args(args), entry, Path(args.to) if args.to else None)
    print(printable(f"{row.path}: added {entry.id}"))
    return 0


def run_apply(args: argparse.Namespace) -> int:
    from ..glossary import load_glossary
    from ..io import read_bytes
    from ..review_report import apply_decisions

    glossary = load_from_args(args)
    for line in apply_decisions(glossary, read_bytes(args.report), args.report):
        print(printable(line))
    load_glossary([f.path for f in glossary.files])  # what was written loads again
    return 0


def run_export(args: argparse.Namespace) -> int:
    from ..io import write_atomic
    from ..tbx import TBX_BASIC, TBX_V2, to_omegat, to_tbx

    glossary = load_from_args(args)
    if args.format == "omegat":
        data = to_omegat(glossary).encode("utf-8")
    else:
        data = to_tbx(glossary, TBX_V2 if args.format == "tbx2" else TBX_BASIC)
    write_atomic(args.output, data, force=args.force or args.output == "-")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..glossary import Glossary
    from ..io import InputError, OutputError, read_bytes
    from ..tbx import merge_entries, read_entries

    entries, left_out = read_entries(read_bytes(args.source), args.source)
    if not entries:  # an empty file, or every entry left out: importing nothing is a mistake, not success
        raise InputError(f"{args.source}: no glossary entries to import"
                         + (f" ({len(left_out)} left out: {left_out[0]})" if left_out else ""))
    if args.output:
        if Path(args.output).exists() and not args.force:
            raise OutputError(f"{args.output}: exists (use --force to overwrite)")
        glossary, target = Glossary(), Path(args.output)
    else:
        glossary, target = load_from_args(args), Path(args.to) if args.to else None
    for line in left_out:
        print(printable(line), file=sys.stderr)
    for line in merge_entries(glossary, entries, target):
        print(printable(line))
    return 0
