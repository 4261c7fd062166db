"""Dictionary readings: every reading a character can have, and word readings.

Sources, all installed from PyPI: pypinyin's character table and phrase
table (MIT) and the CC-CEDICT phrase readings packaged by pypinyin-dict
(CC BY-SA 4.0 data, MIT code).  A word's readings come from both phrase
tables, pypinyin's first; CC-CEDICT adds the words pypinyin lacks, the
readings where they disagree, and the neutral tones pypinyin drops
(朋友 péngyou, 妈妈 māma).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

from bitext.pinyin.syllable import numbered

# Common words whose everyday sense carries a neutral tone that both tables
# either drop or list only beside the full tone.  The rarer full-tone sense
# usually lives in a longer word (东西方, 东西向) that the tables list itself.
NEUTRAL_TONE_WORDS = {
    "东西": ("dong1", "xi5"),
    "多少": ("duo1", "shao5"),
    "运气": ("yun4", "qi5"),
    "告诉": ("gao4", "su5"),  # CC-CEDICT's gàosù is "to press charges"
}
# The tables write the spoken tone change of 一 and 不 into words (一定 yídìng);
# bitext keeps the dictionary tone and marks the change only on request.
DICTIONARY_TONE = {("一", "yi2"): "yi1", ("一", "yi4"): "yi1", ("不", "bu2"): "bu4"}


@lru_cache(maxsize=65536)
def char_readings(char: str) -> tuple[str, ...]:
    """Every reading of ``char``, most common first; ``()`` for no Han character."""
    table = PINYIN_DICT.get(ord(char))
    if not table:
        return ()
    readings = []
    for marked in table.split(","):
        syllable = numbered(marked)
        if syllable not in readings:
            readings.append(syllable)
    return tuple(readings)


@cache
def _cedict_phrases() -> dict[str, list[list[str]]]:
    from pypinyin_dict.phrase_pinyin_data import cc_cedict

    return cc_cedict.phrases_dict


@cache
def cedict_names() -> frozenset[str]:
    """The Simplified headwords CC-CEDICT writes as proper names (capitalised pinyin: ``Ta3 shi2 gan1``).

    From the CC-CEDICT index the reading view and the name finder share
    (:func:`bitext.dictionary.cedict`), built once per process.
    """
    from bitext.builtcache import built

    return built("cedict_names", _build_cedict_names)


def _build_cedict_names() -> frozenset[str]:
    from bitext.dictionary import cedict

    proper = re.compile(r" \[[A-Z]")
    return frozenset(word for word, lines in cedict().simplified.items() if any(proper.search(line) for line in lines))


@lru_cache(maxsize=65536)
def agreed_readings(word: str) -> tuple[str | None, ...]:
    """Per character, the one reading both tables give it in ``word``, else ``None``.

    Where pypinyin's curated table and CC-CEDICT agree, the reading is taken
    as settled: on CPP dev the context model overruled such readings wrongly
    more often than rightly (着想 zhuóxiǎng, not zhexiǎng).  They also agree
    where CC-CEDICT writes the neutral tone pypinyin drops, and the neutral
    tone is the settled reading (衣服 yīfu, 认识 rènshi), as a dictionary
    writes it, though CPP and the context model write the full tone there.
    """
    ours, cedict = PHRASES_DICT.get(word), _cedict_phrases().get(word)
    if ours is None or cedict is None or not len(ours) == len(cedict) == len(word):
        return (None,) * len(word)
    return tuple(
        numbered(b[0]) if len(a) == 1 and len(b) == 1 and _same_but_neutral(numbered(a[0]), numbered(b[0])) else None
        for a, b in zip(ours, cedict)
    )


def _same_but_neutral(ours: str, cedict: str) -> bool:
    """The same reading, or CC-CEDICT's is the neutral tone of ours (头发 fà / fa)."""
    return ours == cedict or (cedict[-1] == "5" and ours[:-1] == cedict[:-1])


@lru_cache(maxsize=65536)
def name_readings(word: str) -> tuple[str, ...] | None:
    """The reading of a proper name: CC-CEDICT's first, whose name entries are curated (塔什干 Tǎshígān), else pypinyin's."""
    for table in (_cedict_phrases(), PHRASES_DICT):
        entry = table.get(word)
        if entry and len(entry) == len(word):
            return tuple(DICTIONARY_TONE.get((c, numbered(o[0])), numbered(o[0])) for c, o in zip(word, entry))
    return None


@lru_cache(maxsize=65536)
def word_readings(word: str) -> tuple[tuple[str, ...], ...] | None:
    """For each character of ``word``, the readings the tables give it in that word.

    ``None`` when neither table lists the word.  A character keeps more than
    one reading when the word has several senses (东西 xī / xi) or the two
    tables disagree (薄膜: pypinyin báo, CC-CEDICT bó); pypinyin's comes first,
    except in a word CC-CEDICT lists as a proper name, where only its own counts.
    """
    if word in NEUTRAL_TONE_WORDS:
        return tuple((s,) for s in NEUTRAL_TONE_WORDS[word])
    tables = [t for t in (PHRASES_DICT.get(word), _cedict_phrases().get(word)) if t and len(t) == len(word)]
    if not tables:
        return None
    if len(tables) == 2 and tables[0] != tables[1] and word in cedict_names():
        tables = tables[1:]  # a proper name: CC-CEDICT's curated reading (塔什干 gān, pypinyin gàn)
    result = []
    for k, char in enumerate(word):
        per_table = [[DICTIONARY_TONE.get((char, s), s) for s in map(numbered, t[k])] for t in tables]
        if len(per_table) == 2 and len(per_table[1]) == 1 and per_table[1][0][-1] == "5":
            if all(r[:-1] == per_table[1][0][:-1] for r in per_table[0]):
                # pypinyin drops neutral tones: CC-CEDICT's comes first when it has
                # nothing else (头发 tóufa), pypinyin's full tone stays as second choice.
                per_table.reverse()
        result.append(tuple(dict.fromkeys(r for readings in per_table for r in readings)))
    return tuple(result)


LONGEST_PART = 6


@lru_cache(maxsize=65536)
def readings_in_word(word: str) -> tuple[tuple[str, ...], ...]:
    """:func:`word_readings`, or for a word neither table lists, those of its listed parts.

    The segmenter makes words the tables lack (国家银行, 红衣服); their
    parts still carry dictionary readings.  A character outside every part
    gets ``()``.
    """
    whole = word_readings(word) if len(word) > 1 else None
    if whole is not None:
        return whole
    result: list[tuple[str, ...]] = []
    for start, end in listed_parts(word):
        part = word_readings(word[start:end])
        result.extend(part if part is not None else [()] * (end - start))
    return tuple(result)


@lru_cache(maxsize=65536)
def agreed_in_parts(word: str) -> tuple[str | None, ...]:
    """:func:`agreed_readings` of the listed parts of a word the tables lack (很着急 → 着急 zháojí)."""
    result: list[str | None] = []
    for start, end in listed_parts(word):
        result.extend(agreed_readings(word[start:end]) if end - start > 1 else (None,))
    return tuple(result)


@lru_cache(maxsize=65536)
def listed_parts(word: str) -> tuple[tuple[int, int], ...]:
    """Spans cutting ``word`` into parts the tables list (single characters where none fits).

    The parts are matched longest first from the right (红/衣服, not 红衣/服)
    unless matching from the left covers more characters.
    """
    from_left, from_right = _parts_from_left(word), _parts_from_right(word)
    covered = [sum(e - s for s, e in parts if e - s > 1) for parts in (from_left, from_right)]
    return from_left if covered[0] > covered[1] else from_right


def _parts_from_left(word: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    while start < len(word):
        end = start + 1
        for candidate in range(min(len(word), start + LONGEST_PART), start + 1, -1):
            if word[start:candidate] in _listed:
                end = candidate
                break
        spans.append((start, end))
        start = end
    return tuple(spans)


def _parts_from_right(word: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    end = len(word)
    while end > 0:
        start = end - 1
        for candidate in range(max(0, end - LONGEST_PART), end - 1):
            if word[candidate:end] in _listed:
                start = candidate
                break
        spans.append((start, end))
        end = start
    return tuple(reversed(spans))


class _Listed:
    """``word in _listed``: some table lists ``word`` (a set-like view of both phrase tables)."""

    def __contains__(self, word: str) -> bool:
        return word in NEUTRAL_TONE_WORDS or word in PHRASES_DICT or word in _cedict_phrases()


_listed = _Listed()
