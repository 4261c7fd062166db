"""``bitext batch``: a folder of articles → a folder of TEI (and HTML), resumable, in parallel."""

from __future__ import annotations

import argparse
import os
import sys

from ..terminal import printable
from .common import add_annotation_arguments, add_mt_arguments, add_quiet, annotate_options, show_progress
from .glossary import add_glossary_argument


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "batch",
        help="annotate every file of a folder, in parallel; re-runs skip what is done",
        description="Annotate every (non-hidden) file under IN_DIR into OUT_DIR, keeping the folder layout. "
        "OUT_DIR/manifest.jsonl records each file's input hash, outputs, status and error; a re-run skips "
        "files done before with the same input and options. A failing file does not stop the others. "
        "Exit code: 0 all files done, 1 some failed (see the manifest), 2 usage error, 65 bad input, "
        "69 no model or no Dask scheduler, 73 OUT_DIR not writable or in use by another batch, "
        "130 interrupted (run again to resume). "
        "See docs/batch.md.",
    )
    parser.add_argument("in_dir", metavar="IN_DIR", help="folder of articles (searched recursively)")
    parser.add_argument("out_dir", metavar="OUT_DIR", help="folder for the outputs and manifest.jsonl (created)")
    parser.add_argument("--format", default="tei", help="comma-separated output formats: tei, html (default: tei)")
    parser.add_argument("--jobs", "-j", type=_positive, default=len(os.sched_getaffinity(0)),
                        help="worker processes on this machine (default: one per core)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="run on a Dask distributed cluster (tcp://host:8786) instead of local processes")
    parser.add_argument("--force", action="store_true",
                        help="redo every file and overwrite outputs that an earlier run did not write")
    add_annotation_arguments(parser)
    add_mt_arguments(parser, what=" (the cache is shared by all workers)")
    add_glossary_argument(parser)
    add_quiet(parser)
    parser.set_defaults(run=run)


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number ≥ 1, got {value!r}")
    return int(value)


def run(args: argparse.Namespace) -> int:
    from ..batch.forkserver import forkserver_started

    # The workers' forkserver loads the dictionaries (~1.3 s) while this process imports and plans.
    with forkserver_started(args.jobs > 1 and not args.scheduler):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from ..batch import BatchOptions, run_batch
    from ..glossary import default_glossary_paths

    cache = None
    if args.mt == "argos" and not args.no_cache:
        from ..mt.cache import default_cache_path

        cache = str(args.cache or default_cache_path())
    options = BatchOptions(
        annotate=annotate_options(args),
        formats=tuple(f.strip() for f in args.format.split(",") if f.strip()),
        mt=args.mt,
        model=args.model,
        cache=cache,
        glossary=tuple(map(str, args.glossary or default_glossary_paths())),
    )
    summary = run_batch(args.in_dir, args.out_dir, options, jobs=args.jobs, scheduler=args.scheduler,
                        force=args.force, progress=show_progress(args))
    for result in summary.failed:
        print(f"bitext: failed: {printable(result.error)}", file=sys.stderr)
    print(f"bitext batch: {summary.describe()}; manifest: {printable(args.out_dir)}/manifest.jsonl", file=sys.stderr)
    return 1 if summary.failed else 0


