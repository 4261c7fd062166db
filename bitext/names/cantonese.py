"""Cantonese readings of names, for the Hong Kong transliterations that Mandarin readings cannot link.

Hong Kong transliterates from Cantonese sounds: 夏蘭特 (haa laan dak) is the
mainland's 哈蘭德 Haaland, 列治文 (lit zi man) its 里奇蒙 Richmond.
Read in Mandarin they fall below the threshold.  Each Han character's
toneless Jyutping comes from ToJyutping (its reading of the character alone)
and is folded into the Mandarin sound classes of :mod:`.phonetic`, so that a
Hong Kong form read in Cantonese can be compared with a mainland form read in
Mandarin.

Cantonese is used only where it belongs: in a text written in Traditional
characters (never in mainland news, whose forms come from Mandarin), for a
form of three or more characters none of which names avoid
(:func:`reads_in_cantonese`; not 李家超).  Between forms of two Mandarin
sound blocks only the Cantonese reading counts: 金正淑 read gam zing suk
falls in 金建希's block, and their Mandarin sounds, alike enough, must not
merge two Korean first ladies.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..builtcache import built
from ..script import to_simplified

#: Characters from which a form is also read in Cantonese: two hold too few sounds to tell a Hong Kong
#: spelling from a chance match (玛丽/墨累, mak leoi).
CANTONESE_LENGTH = 3
#: Log odds (:meth:`.lexicon.Lexicon.odds`) above which every character of a form must be to be read in
#: Cantonese: the finder's "never in names", since Hong Kong writes foreign sounds with characters the
#: mainland rarely does (度 dou in 朗拿度 Ronaldo, 素 sou in 卡度素 Cardoso).
CANTONESE_ODDS = -2.0
HAN_RANGES = ((0x3400, 0xA000), (0xF900, 0xFB00))


@lru_cache(maxsize=1)
def jyutping_table() -> dict[str, str]:
    """Each Han character's toneless Jyutping, kept by :mod:`bitext.builtcache`.

    Importing ToJyutping builds a trie of about 100,000 objects (0.6 s of CPU, and every later garbage
    collection walks it); the plain table of 27,000 characters loads in a few milliseconds.
    """
    return built("jyutping", _build_table)


def _build_table() -> dict[str, str]:
    import ToJyutping

    table = {}
    for start, end in HAN_RANGES:
        for char in map(chr, range(start, end)):
            if (found := ToJyutping.get_jyutping_list(char)) and found[0][1]:
                table[char] = found[0][1].rstrip("123456")
    return table


@lru_cache(maxsize=65536)
def cantonese_readings(form: str) -> tuple[str, ...]:
    """Toneless Jyutping of the Han characters of ``form`` (夏蘭特 → haa, laan, dak)."""
    table = jyutping_table()
    return tuple(table[c] for c in form if c in table)


#: Jyutping initials in the Mandarin classes: z/c write a foreign j, ch or ts (佐治 George, 祖高維治 Djokovic).
_INITIAL_CLASS = {
    "b": "P", "p": "P", "d": "T", "t": "T", "g": "K", "k": "K", "gw": "K", "kw": "K", "z": "J", "c": "J",
    "s": "S", "f": "F", "h": "H", "l": "L", "m": "M", "n": "N", "ng": "", "w": "W", "j": "Y",
}
_SYLLABLE = re.compile(r"^(gw|kw|ng|[bpdtgkzcsfhlmnwj])?(aa|oe|eo|yu|[aeiou])?(i|u|ng|[mnptk])?$")
#: Nuclei and diphthongs folded as the Mandarin finals are (麥 mak ~ 麦 mai: "ma"; 高 gou: "go").
_NUCLEUS = {"aa": "a", "oe": "e", "eo": "e", "yu": "u"}
_DIPHTHONG = {"ai": "e", "ei": "e", "oi": "o", "ui": "e", "au": "o", "ou": "o", "iu": "u", "eu": "e"}


def syllable_key(syllable: str) -> str:
    """One Jyutping syllable in :mod:`.phonetic`'s sound classes (拿 naa → "Na", 迪 dik → "Tik").

    A stop coda (迪 dik, 特 dak) stays, in lower case: it may write a foreign consonant (麥 Mac) or nothing.
    """
    match = _SYLLABLE.match(syllable)
    if not match:
        return ""
    initial, nucleus, coda = match.groups()
    if not nucleus:  # syllabic m, ng (唔, 吳 Ng)
        return "n" if initial is None else _INITIAL_CLASS.get(initial, "")
    vowel = _NUCLEUS.get(nucleus, nucleus)
    if coda in ("i", "u"):
        vowel = _DIPHTHONG.get(vowel + coda, vowel)
    elif coda in ("m", "n", "ng"):
        vowel += "n"
    elif coda:
        vowel += coda
    if initial in ("gw", "kw") and vowel[0] != "u":
        vowel = "u" + vowel
    return _INITIAL_CLASS.get(initial or "", "") + vowel


def reads_in_cantonese(form: str) -> bool:
    """Whether a form of a Traditional text may be a Hong Kong transliteration: three or more characters
    (two hold too few sounds), none of them one that names avoid (李家超's 超)."""
    from .lexicon import lexicon

    odds = lexicon().odds
    return len(cantonese_readings(form)) >= CANTONESE_LENGTH and all(
        odds(c) > CANTONESE_ODDS for c in to_simplified(form) if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff")


def cantonese_block(form: str) -> str:
    """The :func:`.phonetic.block` of ``form`` read in Cantonese: where its mainland spelling may stand."""
    from .phonetic import block_of

    return block_of("".join(syllable_key(s) for s in cantonese_readings(form)))
