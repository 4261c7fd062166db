"""``bitext align``: a Chinese text and its English translation → sentence alignment (or two folders of them)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..terminal import printable
from .common import add_output
from .glossary import add_glossary_argument, load_from_args

FORMATS = ("ladder", "tsv", "tmx", "tei")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "align",
        help="align a Chinese text with an existing English translation (ladder, TSV, TMX or TEI)",
        description="Align a Chinese text with its English translation, using machine translation of the "
        "Chinese and dictionary glosses as the bridge (--mt none: the dictionary alone). Every segment of both "
        "sides appears in exactly one unit, in order; units are 1-1 to 1-6, 2-1 to 6-1, 2-2, 2-3, 3-2, 3-3, "
        "2-4, 4-2, 1-0 or 0-1. Given two folders, aligns every pair of files with the same name in one run "
        "and writes one output per chapter and a manifest into --out-dir.",
    )
    parser.add_argument("zh", help="the Chinese text (UTF-8/16, GB18030 or Big5), or a folder of chapters")
    parser.add_argument("en", help="the English translation, or a folder with the same file names")
    parser.add_argument("--mt", choices=["argos", "none"], default="argos",
                        help="argos: translate the Chinese with the installed Argos zh→en model (default); "
                        "none: no MT, dictionary glosses (and lengths) only")
    parser.add_argument("--mt-file", help="machine translation of the Chinese, one line per Chinese segment "
                        "(a folder of them with folders)")
    parser.add_argument("--model", help="Argos package name or folder (with --mt argos)")
    parser.add_argument("--no-dictionary", action="store_true",
                        help="no dictionary glosses: the MT alone, or with --mt none lengths and sentence ends only")
    parser.add_argument("--unit", choices=["paragraph", "sentence"], default="paragraph",
                        help="use paragraph breaks as soft anchors (default), or ignore them")
    parser.add_argument("--presplit", action="store_true",
                        help="both files already hold one segment per line (blank lines separate paragraphs)")
    parser.add_argument("--format", choices=FORMATS, default="ladder",
                        help="ladder: [0,1]:[0] per unit (default); tsv: texts side by side with score; tmx: TMX 1.4; "
                        "tei: the annotated Chinese with the human English, linked unit by unit")
    parser.add_argument("--encoding", help="encoding of the input files (default: detect)")
    parser.add_argument("--out-dir", help="with two folders: where the outputs and manifest.jsonl go")
    add_glossary_argument(parser)
    add_output(parser)
    parser.set_defaults(run=run)


def _bridge(args: argparse.Namespace) -> str:
    if args.mt == "none" and not args.mt_file:
        return "none" if args.no_dictionary else "dictionary"
    return "mt" if args.no_dictionary else "mt+dictionary"


def run(args: argparse.Namespace) -> int:
    from ..align_output import ChapterFiles, render_chapter
    from ..io import write_atomic
    from ..parallel import AlignOptions, glossary_anchors

    folders = os.path.isdir(args.zh) and os.path.isdir(args.en)
    if folders != (args.out_dir is not None):
        print("bitext: error: --out-dir goes with two folders (Chinese and English), and two folders need --out-dir",
              file=sys.stderr)
        return 2
    bridge = _bridge(args)
    translator = None
    if bridge.startswith("mt") and not args.mt_file:
        from ..mt import load_translator

        translator = load_translator(args.model)
    anchors = glossary_anchors(load_from_args(args).entries.values())
    options = AlignOptions(translator=translator, unit=args.unit, presplit=args.presplit, anchors=anchors,
                           bridge=bridge)
    if folders:
        from ..corpus import align_corpus

        summary = align_corpus(Path(args.zh), Path(args.en), Path(args.out_dir), options, args.format,
                               mt_dir=Path(args.mt_file) if args.mt_file else None, encoding=args.encoding,
                               force=args.force)
        for failed in summary.failed:
            print(f"bitext: {printable(failed.chapter)}: {printable(failed.error)}", file=sys.stderr)
        print(summary.describe(), file=sys.stderr)
        return 1 if summary.failed else 0
    data, _, _ = render_chapter(ChapterFiles(args.zh, args.en, args.mt_file), args.format, options, args.encoding)
    write_atomic(args.output, data, force=args.force or args.output == "-")
    return 0
