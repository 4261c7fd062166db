"""Simplified/Traditional script: detection and length-preserving normalisation.

Dictionaries (pinyin, glossary, MT) are consulted on Simplified text, while
the output keeps the characters as written.  :func:`to_simplified` therefore
returns a string of exactly the same length as its input, so offsets into
the normalised text are offsets into the original.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=None)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


def _convert_same_length(text: str, config: str) -> str:
    converted = _convert_lines(text, config)
    if len(converted) == len(text):
        return converted
    # A phrase rule changed the length: fall back to character by character.
    convert = _converter(config).convert
    return "".join(c if len(o := convert(c)) != 1 else o for c in text)


def _convert_lines(text: str, config: str) -> str:
    """OpenCC's conversion of ``text``, each distinct line converted once: no phrase of its dictionaries holds a line
    break, so a line converts alike wherever it stands, and a long text repeats lines (datelines, credits, an
    article quoted again; the 1 MB of the review benchmark converted to Traditional in a quarter of a second,
    its 241 distinct lines in a fiftieth)."""
    convert = _converter(config).convert
    if "\n" not in text:
        return convert(text)
    done: dict[str, str] = {}
    return "".join([done[line] if line in done else done.setdefault(line, convert(line))
                    for line in text.splitlines(keepends=True)])


def to_simplified(text: str) -> str:
    """OpenCC Traditional→Simplified, same length as ``text``.

    ``tw2s`` rather than ``t2s``: it also maps Taiwan variant characters, so
    著想 becomes 着想 (zhuóxiǎng), as a Simplified dictionary expects.
    """
    return _short_simplified(text) if len(text) <= SHORT else _convert_same_length(text, "tw2s")


#: The longest text :func:`to_simplified` keeps the answer for: a name, asked again and again (its sounds, its key,
#: its surname: three times per form of a glossary of 10,000 entries, and again per text), not a document.
SHORT = 32


@lru_cache(maxsize=65536)
def _short_simplified(text: str) -> str:
    return _convert_same_length(text, "tw2s")


def to_traditional(text: str) -> str:
    """OpenCC Simplified→Traditional (Taiwan standard characters: 為, not 爲), same length as ``text``."""
    return _convert_same_length(text, "s2tw")


def detect_script(text: str, simplified: str | None = None) -> str:
    """``zh-Hant`` when OpenCC would change more characters to Simplified than to Traditional (``simplified``:
    ``to_simplified(text)`` when the caller has it)."""
    simplified = to_simplified(text) if simplified is None else simplified
    return "zh-Hant" if _changed(text, simplified) > _changed(text, to_traditional(text)) else "zh-Hans"


def _changed(text: str, converted: str, block: int = 1 << 20) -> int:
    """How many characters differ between two strings of the same length.

    Compared as code point arrays a block at a time: fast, and a few MB at most for any text.
    """
    import numpy as np

    def codes(s: str):
        return np.frombuffer(s.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)

    return sum(int(np.count_nonzero(codes(text[i:i + block]) != codes(converted[i:i + block])))
               for i in range(0, len(text), block))
