"""``bitext align``: a Chinese text and its English translation → sentence alignment."""

from __future__ import annotations

import argparse
import os
from datetime import datetime, timezone
from pathlib import Path

from .common import add_output
from .glossary import add_glossary_argument, load_from_args

FORMATS = ("ladder", "tsv", "tmx", "tei")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "align",
        help="align a Chinese text with an existing English translation (ladder, TSV or TMX)",
        description="Align a Chinese text with its English translation, using machine translation of the "
        "Chinese as the bridge. Every segment of both sides appears in exactly one unit, in order; "
        "units are 1-1, 1-2, 2-1, 1-3, 3-1, 2-2, 1-4, 4-1, 2-3, 3-2, 1-5, 5-1, 1-0 or 0-1.",
    )
    parser.add_argument("zh", help="the Chinese text (UTF-8/16, GB18030 or Big5)")
    parser.add_argument("en", help="the English translation")
    bridge = parser.add_mutually_exclusive_group()
    bridge.add_argument("--mt", choices=["argos"], default="argos",
                        help="translate the Chinese with the installed Argos zh→en model (default)")
    bridge.add_argument("--mt-file", help="machine translation of the Chinese, one line per Chinese segment")
    parser.add_argument("--model", help="Argos package name or folder (with --mt argos)")
    parser.add_argument("--unit", choices=["paragraph", "sentence"], default="paragraph",
                        help="align paragraphs first, then sentences inside them (default), or all sentences at once")
    parser.add_argument("--presplit", action="store_true",
                        help="both files already hold one segment per line (blank lines separate paragraphs)")
    parser.add_argument("--format", choices=FORMATS, default="ladder",
                        help="ladder: [0,1]:[0] per unit (default); tsv: texts side by side with score; tmx: TMX 1.4; "
                        "tei: the annotated Chinese with the human English, linked unit by unit")
    parser.add_argument("--encoding", help="encoding of the input files (default: detect)")
    add_glossary_argument(parser)
    add_output(parser)
    parser.set_defaults(run=run)


def _creation_time(paths: list[str]) -> datetime:
    """SOURCE_DATE_EPOCH if set, else the newest input's modification time: same inputs, same bytes."""
    if epoch := os.environ.get("SOURCE_DATE_EPOCH"):
        return datetime.fromtimestamp(int(epoch), timezone.utc)
    times = [Path(p).stat().st_mtime for p in paths if p != "-"]
    return datetime.fromtimestamp(int(max(times)), timezone.utc) if times else datetime.now(timezone.utc)


def run(args: argparse.Namespace) -> int:
    from ..alignment_formats import format_ladder, format_tsv
    from ..io import read_bytes, write_atomic
    from ..parallel import AlignOptions, align_document, align_texts, glossary_anchors
    from ..reader import decode

    def text(path: str) -> str:
        return decode(read_bytes(path), args.encoding, path)[0]

    translator = None
    mt_text = None
    if args.mt_file:
        mt_text = text(args.mt_file)
    else:
        from ..mt import load_translator

        translator = load_translator(args.model)
    anchors = glossary_anchors(load_from_args(args).entries.values())
    options = AlignOptions(mt_text=mt_text, translator=translator, unit=args.unit, presplit=args.presplit,
                           anchors=anchors)
    if args.format == "tei":
        from ..pipeline import AnnotateOptions, annotate_bytes
        from ..tei import to_tei

        doc = annotate_bytes(read_bytes(args.zh), args.zh, AnnotateOptions(encoding=args.encoding))
        align_document(doc, text(args.en), options)
        write_atomic(args.output, to_tei(doc), force=args.force or args.output == "-")
        return 0
    alignment = align_texts(text(args.zh), text(args.en), options)
    if args.format == "ladder":
        data = format_ladder(alignment.units).encode()
    elif args.format == "tsv":
        data = format_tsv(alignment.units, alignment.zh, alignment.en).encode()
    else:
        from ..tmx import to_tmx

        inputs = [args.zh, args.en] + ([args.mt_file] if args.mt_file else [])
        data = to_tmx(alignment.units, alignment.zh, alignment.en,
                      created=_creation_time(inputs), source_name=Path(args.zh).name)
    write_atomic(args.output, data, force=args.force or args.output == "-")
    return 0
