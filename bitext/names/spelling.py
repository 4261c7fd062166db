"""Whether the words before an acronym spell it: 卡塔尔|体育|投资（QSI）, Qatar Sports Investments.

News writes a body's Chinese name once with its Latin acronym.  Where no head noun says where the name ends
(投资, 医生, 棋联), the acronym still does: each of its capitals is the initial of an English word that one of the
Chinese words means, in CC-CEDICT's senses, or of a place's English name in the lexicon."""

from __future__ import annotations

import re
from functools import lru_cache

from .glosses import sense_texts
from .lexicon import lexicon

#: English words an acronym leaves out (Bank *of* Ghana).
_UNSPELT = frozenset("to the a an of and for in on at by with or be one's sb sth etc is as from into its it".split())
#: Senses that are no meaning of their own: a classifier, a cross-reference, a variant, a surname.
_NOT_MEANINGS = ("cl:", "see ", "variant of", "abbr. for", "old variant", "surname ", "also written", "used in")
#: Words inside a body's name that spell no capital of its acronym (工业|与|安全局, 世界|反|兴奋剂|机构).
_SILENT = frozenset(("和", "与", "及", "暨", "反"))
#: Most English words of one sense that one Chinese word may spell (检察官 "public prosecutor").
_MOST_PER_WORD = 3


@lru_cache(maxsize=8192)
def initials(word: str) -> tuple[str, ...]:
    """The initials ``word`` may spell, longest first: those of its senses' words (:func:`_sense_initials`) and each
    single letter of them."""
    spelt = _sense_initials(word)
    return tuple(sorted(spelt | {letter for s in spelt for letter in s}, key=lambda s: (-len(s), s)))


@lru_cache(maxsize=8192)
def _sense_initials(word: str) -> frozenset[str]:
    """The initials of each of ``word``'s senses (检察官 → "pp"; 体育 → "s", "pe"), a hyphenated word's by its parts
    too (亚太 "Asia-Pacific" → "ap"), and a place's English name's (沙特 → "sa"); of a word CC-CEDICT lacks, those
    of it read as two words it holds (亚太|经济 → "ape"), the left of two characters or more."""
    meanings = [m for m in sense_texts().get(word, "").split("/") if m.strip() and not m.startswith(_NOT_MEANINGS)]
    known = lexicon().names.get(word)
    if known is not None and known.english:
        meanings.append(known.english.lower())
    spelt = set()
    for meaning in meanings:
        words = [w for w in re.findall(r"[a-z][a-z'\-]*", re.sub(r"\([^)]*\)", " ", meaning)) if w not in _UNSPELT]
        if 1 <= len(words) <= _MOST_PER_WORD:
            spelt.add("".join(w[0] for w in words))
            spelt.add("".join(part[0] for w in words for part in w.split("-") if part))  # Asia-Pacific (APEC)
    if not meanings and len(word) >= 4:
        for cut in range(2, len(word) - 1):  # jieba's 亚太经济, which CC-CEDICT does not hold: 亚太 and 经济
            spelt |= {a + b for a in _sense_initials(word[:cut]) for b in _sense_initials(word[cut:])}
    return frozenset(spelt)


def spelt_from(words: list[str], acronym: str) -> int | None:
    """Where in ``words`` (those right before the acronym, in order) the words begin that spell all the acronym's
    capitals between them, each word at least one of them, in any order (中国|证券|监督|管理|委员会 and CSRC name
    their words in other orders); None when the words before it do not."""
    remaining = [c.lower() for c in acronym if c.isupper()]
    start = None
    for i in range(len(words) - 1, -1, -1):
        if not remaining:
            break
        if words[i] in _SILENT and i > 0:
            continue
        left = next((r for s in initials(words[i]) if (r := _without(remaining, s)) is not None), None)
        if left is None:
            break
        remaining, start = left, i
    return start if not remaining else None


def _without(letters: list[str], spelt: str) -> list[str] | None:
    """``letters`` without those ``spelt`` takes, or None when it takes one they lack."""
    left = list(letters)
    for letter in spelt:
        if letter not in left:
            return None
        left.remove(letter)
    return left
