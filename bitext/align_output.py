"""One chapter pair → the bytes of one alignment output (ladder, TSV, TMX or TEI).

Shared by ``bitext align`` on two files and on two folders, so a chapter
aligned alone and inside a corpus gives the same bytes.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .io import read_bytes
from .parallel import AlignOptions, align_document, align_texts

#: Output formats and the suffix of each in corpus mode.
FORMAT_SUFFIX = {"ladder": ".ladder", "tsv": ".tsv", "tmx": ".tmx", "tei": ".tei.xml"}


@dataclass(frozen=True)
class ChapterFiles:
    """The files of one chapter: Chinese, English and, optionally, its MT (one line per Chinese segment)."""

    zh: str
    en: str
    mt: str | None = None


def creation_time(paths: list[str]) -> datetime:
    """SOURCE_DATE_EPOCH if set, else the newest input's modification time: same inputs, same bytes."""
    if epoch := os.environ.get("SOURCE_DATE_EPOCH"):
        return datetime.fromtimestamp(int(epoch), timezone.utc)
    times = [Path(p).stat().st_mtime for p in paths if p != "-"]
    return datetime.fromtimestamp(int(max(times)), timezone.utc) if times else datetime.now(timezone.utc)


def read_text(path: str, encoding: str | None) -> str:
    """A text input, decoded as the annotator decodes (BOM, UTF-16, GB18030, Big5 detected); XML is refused."""
    from .reader import decode, refuse_xml

    data = read_bytes(path)
    refuse_xml(data, path)
    return decode(data, encoding, path)[0]


def render_chapter(files: ChapterFiles, fmt: str, options: AlignOptions, encoding: str | None = None) -> tuple[bytes, int, int]:
    """The output bytes of one chapter, with its number of units and of flagged units."""
    if files.mt is not None:
        options = dataclasses.replace(options, mt_text=read_text(files.mt, encoding), mt_source=files.mt)
    if fmt == "tei":
        from .pipeline import AnnotateOptions, annotate_bytes
        from .tei import to_tei, xml_safe

        doc = annotate_bytes(read_bytes(files.zh), files.zh, AnnotateOptions(encoding=encoding))
        alignment = align_document(doc, xml_safe(read_text(files.en, encoding)), options)  # TEI cannot hold U+0001
        return to_tei(doc), len(alignment.units), sum(u.flagged for u in alignment.units)
    alignment = align_texts(read_text(files.zh, encoding), read_text(files.en, encoding), options)
    if fmt == "ladder":
        from .alignment_formats import format_ladder

        data = format_ladder(alignment.units).encode()
    elif fmt == "tsv":
        from .alignment_formats import format_tsv

        data = format_tsv(alignment.units, alignment.zh, alignment.en).encode()
    elif fmt == "tmx":
        from .tmx import to_tmx

        inputs = [files.zh, files.en] + ([files.mt] if files.mt else [])
        data = to_tmx(alignment.units, alignment.zh, alignment.en,
                      created=creation_time(inputs), source_name=Path(files.zh).name)
    else:
        raise ValueError(f"format must be one of {tuple(FORMAT_SUFFIX)}, not {fmt!r}")
    return data, len(alignment.units), sum(u.flagged for u in alignment.units)
