"""Dictionary readings: every reading a character can have, and word readings.

Sources, all installed from PyPI: pypinyin's character table and phrase
table (MIT) and the CC-CEDICT phrase readings packaged by pypinyin-dict
(CC BY-SA 4.0 data, MIT code).  pypinyin's phrase table is consulted first:
it is curated for Mandarin as spoken today; CC-CEDICT adds the words it lacks
and the neutral tones pypinyin drops (朋友 péngyou, 妈妈 māma).
"""

from __future__ import annotations

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


@lru_cache(maxsize=65536)
def word_readings(word: str) -> tuple[tuple[str, ...], ...] | None:
    """For each character of ``word``, the readings a dictionary gives it in that word.

    ``None`` when neither table lists the word.  A character can keep more
    than one reading when the word has several senses (东西 xī / xi).
    """
    if word in NEUTRAL_TONE_WORDS:
        return tuple((s,) for s in NEUTRAL_TONE_WORDS[word])
    entry = PHRASES_DICT.get(word)
    cedict = _cedict_phrases().get(word)
    if entry is None:
        entry = cedict
    if entry is None or len(entry) != len(word):
        return None
    result = []
    for k, options in enumerate(entry):
        char = word[k]
        readings = tuple(dict.fromkeys(DICTIONARY_TONE.get((char, s), s) for s in map(numbered, options)))
        if cedict is not None and cedict is not entry and len(cedict) == len(word):
            # pypinyin drops neutral tones: take CC-CEDICT's when it has nothing else.
            other = [numbered(m) for m in cedict[k]]
            if len(readings) == 1 and len(other) == 1 and other[0] == readings[0][:-1] + "5":
                readings = (other[0],)
        result.append(readings)
    return tuple(result)
