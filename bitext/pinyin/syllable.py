"""One syllable in the three notations a reader can choose.

Inside bitext a syllable is numbered pinyin with ``v`` for ü and ``5`` for
the neutral tone (``lv3``, ``de5``); an erhua syllable carries its ``r``
before the tone digit (``nar3``).  Everything shown to a reader goes
through :func:`convert_syllable`.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from pypinyin import Style
from pypinyin.contrib.tone_convert import to_tone, to_tone3
from pypinyin.style import convert

STYLES = ("marks", "numbers", "zhuyin")


@lru_cache(maxsize=8192)
def convert_syllable(numbered: str, style: str = "marks") -> str:
    """``numbered`` (``lv3``, ``nar3``, ``de5``) as tone marks, numbers or zhuyin.

    ``marks`` gives NFC Unicode (``lǚ``, ``nǎr``, ``de``); ``numbers`` gives
    ``lü3``/``de5``; ``zhuyin`` gives bopomofo with the erhua ``ㄦ`` last.
    The empty string (a 儿 merged into the syllable before it) stays empty.
    """
    if not numbered:
        return ""
    if style == "numbers":
        return numbered.replace("v", "ü")
    if style == "marks":
        return unicodedata.normalize("NFC", to_tone(numbered))
    if style == "zhuyin":
        erhua = is_erhua(numbered)
        base = numbered[:-2] + numbered[-1] if erhua else numbered
        text = convert(to_tone(base), Style.BOPOMOFO, strict=True)
        return text + "ㄦ" if erhua else text
    raise ValueError(f"unknown pinyin style {style!r}; expected one of {STYLES}")


def is_erhua(numbered: str) -> bool:
    """True for a syllable with a merged 儿 (``nar3``), not for ``er2`` itself."""
    return len(numbered) > 2 and numbered[-2] == "r" and numbered[:-1] not in ("er",)


@lru_cache(maxsize=8192)
def numbered(marked: str) -> str:
    """A pypinyin tone-marked syllable in bitext's numbered form."""
    return to_tone3(marked, neutral_tone_with_five=True)


def tone(numbered_syllable: str) -> int:
    return int(numbered_syllable[-1])


def with_tone(numbered_syllable: str, new_tone: int) -> str:
    return f"{numbered_syllable[:-1]}{new_tone}"
