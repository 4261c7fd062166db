"""Plain-text alignment formats: the ladder (``[0,1]:[0]``) and side-by-side TSV."""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from .align import AlignmentUnit
from .io import formula_safe

_LADDER_LINE = re.compile(r"^\[([\d,\s]*)\]:\[([\d,\s]*)\]")


def _indices(field: str) -> tuple[int, ...]:
    return tuple(int(part) for part in field.split(",") if part.strip())


def parse_ladder(lines: Iterable[str]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Read ladder lines (``[0,1]:[0]``, 0-based, ``[]`` for an empty side); anything after the pair is ignored."""
    units = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        match = _LADDER_LINE.match(line.strip())
        if not match:
            raise ValueError(f"line {number}: not a ladder line: {line!r}")
        units.append((_indices(match.group(1)), _indices(match.group(2))))
    return units


def _ladder_side(indices: tuple[int, ...]) -> str:
    return "[" + ",".join(str(i) for i in indices) + "]"


def format_ladder(units: Sequence[AlignmentUnit]) -> str:
    """One unit per line, ``[zh indices]:[en indices]``."""
    return "".join(f"{_ladder_side(u.zh)}:{_ladder_side(u.en)}\n" for u in units)


def _tsv_cell(text: str) -> str:
    """One line of text; a cell a spreadsheet would run as a formula gets a leading apostrophe."""
    return formula_safe(" ".join(text.split()))


def format_tsv(units: Sequence[AlignmentUnit], zh: Sequence[str], en: Sequence[str]) -> str:
    """Chinese, English, score, a ``low`` flag and the margin, tab-separated, one unit per line."""
    rows = ["zh\ten\tscore\tflag\tmargin\n"]
    for u in units:
        zh_text = _tsv_cell("".join(zh[i] for i in u.zh))
        en_text = _tsv_cell(" ".join(en[j] for j in u.en))
        rows.append(f"{zh_text}\t{en_text}\t{u.score:.4f}\t{'low' if u.flagged else ''}\t{u.margin:.4f}\n")
    return "".join(rows)
