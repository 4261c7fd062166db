"""How alike two Chinese transliterations sound, by transliteration habits rather than spelling.

Translators render one foreign sound with several characters (韦/维 both
*wei*) and freely swap voiced and voiceless consonants (托卡耶夫/托加耶夫,
卡泽诺娃/卡塞诺娃, 德/特).  A form's *sound key* reads it with pypinyin
(no tones), folds each consonant into its transliteration class and each
final into its vowel core; :func:`similarity` compares two keys by an edit
distance in which vowels weigh half as much as consonants.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..script import to_simplified

#: Initials that transliterate the same foreign consonant: voiced/voiceless pairs merged.
_INITIAL_CLASS = {
    "b": "P", "p": "P", "d": "T", "t": "T", "g": "K", "k": "K", "j": "K", "q": "K",
    "z": "S", "c": "S", "s": "S", "zh": "S", "ch": "S", "sh": "S", "x": "S",
    "f": "F", "h": "H", "l": "L", "r": "L", "m": "M", "n": "N", "w": "W", "y": "Y",
}
_INITIAL = re.compile(r"^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(.*)$")
#: Finals folded to the vowel core a transliterator hears (诺 nuo = "no", 涅 nie = "ne", 加 jia = "ga").
_FINAL = (("iang", "an"), ("uang", "an"), ("ian", "en"), ("uan", "an"), ("ong", "on"), ("eng", "en"), ("ing", "in"), ("ang", "an"),
          ("uo", "o"), ("ie", "e"), ("ia", "a"), ("ai", "e"), ("ei", "e"), ("ui", "e"), ("ao", "o"),
          ("ou", "o"), ("iu", "u"), ("v", "u"), ("ü", "u"))
_VOWELS = frozenset("aeiou")



def _syllable_key(syllable: str) -> str:
    initial, final = _INITIAL.match(syllable).groups()
    for old, new in _FINAL:
        if final.endswith(old):
            final = final[: len(final) - len(old)] + new
            break
    if syllable == "er":
        return ""  # 尔 is written or left out at will: 蕭茲/蕭爾茨, 默茨/梅尔茨
    if initial in ("j", "q", "x", "y") and final[:1] == "i" and final[1:2] in _VOWELS:
        final = final[1:]
    return _INITIAL_CLASS.get(initial or "", "") + final


@lru_cache(maxsize=65536)
def readings(form: str) -> tuple[str, ...]:
    """Toneless pinyin of the Han characters of ``form``, one per character, as names read them.

    A character's commonest reading in the foreign names of the lexicon
    (什 shí in 比什凯克, not shén) wins over its ordinary reading.
    """
    from .lexicon import lexicon

    name_readings = lexicon().readings
    return tuple(name_readings.get(c) or _char_reading(c) for c in to_simplified(form)
                 if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff")


@lru_cache(maxsize=None)
def _char_reading(char: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(char, style=Style.NORMAL, errors="ignore", v_to_u=False))


@lru_cache(maxsize=65536)
def sound_key(form: str) -> str:
    """The transliteration sound of ``form``: 托加耶夫 and 托卡耶夫 share ``ToKaYeFu``."""
    return "".join(_syllable_key(s) for s in readings(form))


def _cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    return 0.5 if a in _VOWELS and b in _VOWELS else 1.0


def _weight(c: str) -> float:
    return 0.5 if c in _VOWELS else 1.0


def distance(a: str, b: str) -> float:
    """Weighted edit distance between two sound keys (a vowel costs half a consonant)."""
    prev = [0.0]
    for c in b:
        prev.append(prev[-1] + _weight(c))
    for ca in a:
        row = [prev[0] + _weight(ca)]
        for j, cb in enumerate(b, 1):
            row.append(min(prev[j] + _weight(ca), row[j - 1] + _weight(cb), prev[j - 1] + _cost(ca, cb)))
        prev = row
    return prev[-1]


@lru_cache(maxsize=65536)
def similarity(a: str, b: str) -> float:
    """1.0 for forms that sound alike by transliteration habits, falling towards 0 as they differ."""
    ka, kb = sound_key(a), sound_key(b)
    if not ka or not kb:
        return 0.0
    longest = max(sum(map(_weight, ka)), sum(map(_weight, kb)))
    return max(0.0, 1.0 - distance(ka, kb) / longest)
