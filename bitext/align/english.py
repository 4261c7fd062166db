"""English sentence splitting, for a translation given as running text."""

from __future__ import annotations

import re

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr mt ft gen col lt sgt capt gov sen rep rev hon pres "
    "no nos vol fig p pp ed eds vs etc approx inc ltd co corp dept univ est "
    "jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e a.m p.m u.s u.k u.n".split()
)
_ENGLISH_END = re.compile(r"""([.!?]+|…)(["'”’)\]]*)(\s+)(?=["'“‘(\[]*[A-Z0-9])""")


def split_english_sentences(text: str) -> list[str]:
    """Sentences of an English paragraph.

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or
    brackets after it) followed by space and a capital or digit, except after
    a known abbreviation (Mr., Dr., U.S.) or a single initial (J. Smith).
    Decimals never end a sentence, having no space after the point.
    """
    sentences = []
    start = 0
    for match in _ENGLISH_END.finditer(text):
        if match.group(1) == ".":
            word = re.search(r"([\w.]+)$", text[start:match.start()])
            stem = word.group(1).lower().rstrip(".") if word else ""
            if stem in _ABBREVIATIONS or (len(stem) == 1 and stem.isalpha()):
                continue
        end = match.end(2)
        if text[start:end].strip():
            sentences.append(text[start:end].strip())
        start = match.end()
    if text[start:].strip():
        sentences.append(text[start:].strip())
    return sentences
