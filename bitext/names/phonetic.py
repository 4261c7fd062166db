"""How alike two Chinese transliterations sound, by transliteration habits rather than spelling.

Translators render one foreign sound with several characters (韦/维 both
*wei*) and freely swap voiced and voiceless consonants (托卡耶夫/托加耶夫,
卡泽诺娃/卡塞诺娃, 德/特).  A form's *sound key* reads it with pypinyin
(no tones), folds each consonant into its transliteration class and each
final into its vowel core; :func:`similarity` compares two keys by an edit
distance in which vowels weigh half as much as consonants.

A Hong Kong form may also be read in Cantonese (:mod:`.cantonese`): the
caller says which side of a pair may be, and the pair is then as alike as
the better of its Mandarin/Mandarin and Cantonese/Mandarin keys.
"""

from __future__ import annotations

import math
import re
import string
from collections import defaultdict
from collections.abc import Sequence
from functools import cache, lru_cache
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

from ..builtcache import built
from ..glossary import NAME_JOINERS
from ..script import to_simplified
from .cantonese import CANTONESE_LENGTH, HAN_RANGES, cantonese_readings, syllable_key

if TYPE_CHECKING:
    import numpy as np

#: Initials that transliterate the same foreign consonant: voiced/voiceless pairs merged.
_INITIAL_CLASS = {
    "b": "P", "p": "P", "d": "T", "t": "T", "g": "K", "k": "K", "j": "J", "q": "J",
    "z": "S", "c": "S", "s": "S", "zh": "S", "ch": "S", "sh": "S", "x": "S",
    "f": "F", "h": "H", "l": "L", "r": "L", "m": "M", "n": "N", "w": "W", "y": "Y",
}
_INITIAL = re.compile(r"^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(.*)$")
#: Finals folded to the vowel core a transliterator hears (诺 nuo = "no", 涅 nie = "ne", 加 jia = "ga").
_FINAL = (("iang", "an"), ("uang", "an"), ("ian", "en"), ("uan", "an"), ("ong", "on"), ("eng", "en"), ("ing", "in"), ("ang", "an"),
          ("uo", "o"), ("ie", "e"), ("ia", "a"), ("ai", "e"), ("ei", "e"), ("ui", "e"), ("ao", "o"),
          ("ou", "o"), ("iu", "u"), ("v", "u"), ("ü", "u"))
_VOWELS = frozenset("aeiou")



@lru_cache(maxsize=4096)
def _syllable_key(syllable: str) -> str:
    """A syllable's consonant class and vowel core; kept per syllable (Mandarin has about 400), as every form's
    sounds are read from them again."""
    initial, final = _INITIAL.match(syllable).groups()
    for old, new in _FINAL:
        if final.endswith(old):
            final = final[: len(final) - len(old)] + new
            break
    if syllable == "er":
        return "l"  # 尔 is written or left out at will (蕭茲/蕭爾茨, 默茨/梅尔茨), or written 林 (布尔诺/布林诺)
    if initial in ("j", "q", "x", "y") and final[:1] == "i" and final[1:2] in _VOWELS:
        final = final[1:]
    if initial == "h" and final[:1] == "u" and final[1:2] in _VOWELS:
        return "W" + final[1:]  # 华 hua, 惠 hui, 怀 huai write a foreign w (华盛顿, 怀特); 霍 huo keeps its h
    return _INITIAL_CLASS.get(initial or "", "") + final


@lru_cache(maxsize=65536)
def readings(form: str) -> tuple[str, ...]:
    """Toneless pinyin of the Han characters of ``form``, one per character, as names read them.

    A character's commonest reading in the foreign names of the lexicon
    (什 shí in 比什凯克, not shén) wins over its ordinary reading.
    """
    from .lexicon import lexicon

    name_readings, ordinary = lexicon().readings, mandarin_table()
    return tuple(name_readings.get(c) or ordinary.get(c, "") for c in to_simplified(form)
                 if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff")


@cache
def mandarin_table() -> dict[str, str]:
    """Each Han character's ordinary toneless pinyin (pypinyin's), kept by :mod:`bitext.builtcache`: importing
    pypinyin's tables for the few characters of a text's names that no foreign name of the lexicon holds was a
    fifth of a second of every ``review``."""
    return built("mandarin", _build_mandarin_table)


def _build_mandarin_table() -> dict[str, str]:
    from pypinyin import Style, lazy_pinyin

    return {char: reading for start, end in HAN_RANGES for char in map(chr, range(start, end))
            if (reading := "".join(lazy_pinyin(char, style=Style.NORMAL, errors="ignore", v_to_u=False)))}


@lru_cache(maxsize=65536)
def sound_key(form: str) -> str:
    """The transliteration sound of ``form``: 托加耶夫 and 托卡耶夫 share ``ToKaYeFu``."""
    return "".join(_syllable_key(s) for s in readings(form))


def block(form: str) -> str:
    """The first two consonant classes of a form's sound, glides and h aside (亚瑟/阿瑟, 华/瓦) and j with k
    (佐治亚/乔治亚 aside): the forms worth comparing share it."""
    return block_of(sound_key(form))


def blocks(form: str) -> tuple[str, ...]:
    """The blocks a form is filed under: its :func:`block`, and for a form with 尔 (a syllable-final r or l)
    also the block of 尔 written as a syllable of its own, as other regions do (纳瓦尔尼/纳瓦利内 Navalny,
    艾尔段/埃尔多安), for a palatal its :func:`_sibilant_block`, and for a w its blocks with the w read as an f or a
    b (a foreign v: 纳瓦罗茨基/纳夫罗茨基 Nawrocki; a Spanish v, which Xinhua writes with a b: 维尔希略/比尔希略 Virgilio,
    瓦尔加斯/巴尔加斯 Vargas): a form looked up by its own block meets the forms filed under any."""
    key = sound_key(form)
    home, written = block_of(key), block_of(key.replace("l", "L"))
    filed = (home,) if written == home else (home, written)
    if not _transliteration(form):
        return filed
    voiced = (key.replace("W", "F"), key.replace("W", "P")) if "W" in key else ()  # a v written with w, f or b
    return filed + tuple(dict.fromkeys(b for b in (*map(_sibilant_block, (key, key.replace("l", "L"))),
                                                   *map(block_of, voiced)) if b not in filed))


#: Mean log odds (:meth:`.lexicon.Lexicon.odds`) from which a form of three or more characters reads as a
#: transliteration (卡臣斯基 2.2), not a Chinese or Korean name whose characters mean something (金正淑 0.2).
TRANSLITERATION_ODDS = 1.5


def _transliteration(form: str) -> bool:
    from .lexicon import lexicon

    odds, han = lexicon().odds, form.translate(_NO_JOINERS)  # a full name's dot is no character of its sound
    return len(han) >= 3 and sum(map(odds, to_simplified(han))) >= TRANSLITERATION_ODDS * len(han)


_NO_JOINERS = str.maketrans("", "", NAME_JOINERS)


def _sibilant_block(key: str) -> str:
    """The block of a sound key with its palatal j/q/x read as the sibilant z/c/s/zh/ch/sh they alternate with across
    regions for one foreign ch, ts or cz (卡钦斯基/卡臣斯基 Kaczyński, 乔治亚/佐治亚): a transliteration with a palatal is
    also filed there, so that one looked up by its sibilant block meets it (not a Korean name: 金正淑, 金建希)."""
    return "".join(c for c in key if c.isupper() and c not in "YWH")[:2].replace("J", "S")


@lru_cache(maxsize=65536)
def block_of(key: str) -> str:
    """:func:`block` of a sound key; kept per key, as every form is filed under its blocks again and again (the
    finder's vouching, grouping's clusters, the glossary's index)."""
    return "".join(c for c in key if c.isupper() and c not in "YWH").replace("J", "K")[:2]


#: Consonant classes a transliterator swaps: 乔治亚/佐治亚 (j/z), 哥吉拉/哥斯拉, 福特/霍德 (Cantonese f/h),
#: 德拉瓦/特拉华 (w/hua), 维尔希略/比尔希略 (a Spanish v, w/b), an n that ends one syllable or begins the next
#: (吉尼斯/金氏, 罗纳河/隆河).  Any other two consonants cost 1.
_NEAR_CONSONANTS = {frozenset("lL"): 0.25, frozenset("nN"): 0.25, frozenset("pP"): 0.25, frozenset("tT"): 0.25,
                    frozenset("kK"): 0.25, frozenset("JK"): 0.25, frozenset("JS"): 0.5, frozenset("FH"): 0.5, frozenset("WH"): 0.5,
                    frozenset("WF"): 0.5, frozenset("WP"): 0.5}
#: Vowel cores a region writes for one foreign vowel: 米莱/米雷伊 (e/i), 多多马/杜笃玛 (o/u).
_NEAR_VOWELS = {frozenset("ei"): 0.25, frozenset("ou"): 0.25}
#: What adding or dropping a sound costs: a vowel, a glide (亚/阿, 耶/埃), an h (哈摩辣/蛾摩拉) or a nasal
#: coda (万那杜/瓦努阿图) half a consonant.
NASAL_CODA = 0.75
#: What a Cantonese stop coda (迪 dik, 特 dak) costs added or dropped: it writes a foreign consonant as often as
#: not (麥 Mac, 列治文 Richmond).
STOP_CODA = 0.5
_WEIGHT = {**dict.fromkeys("aeiou", 0.5), "Y": 0.5, "W": 0.5, "H": 0.5, "n": NASAL_CODA, "l": 0.0,
           **dict.fromkeys("ptk", STOP_CODA)}
#: How much less the sounds of the last syllable weigh when added or dropped, between names of three or more:
#: a final consonant is written or not (贝尔格勒/贝尔格莱德, 巴巴多斯/巴贝多, 米莱/米雷伊).
END_WEIGHT = 0.5
#: A syllable that writes a bare consonant (德 de, 斯 si, 夫 fu) or a final glide (伊 yi, 耶 ye, light in
#: names of two as well: 米莱/米雷伊): a consonant and a short vowel.
_BARE_CONSONANT = re.compile(r"^[A-Z][ieu]$")


def _cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if a in _VOWELS and b in _VOWELS:
        return _NEAR_VOWELS.get(frozenset((a, b)), 0.5)
    return _NEAR_CONSONANTS.get(frozenset((a, b)), 1.0)


def _weight(c: str) -> float:
    return _WEIGHT.get(c, 1.0)


@lru_cache(maxsize=65536)
def sounds(form: str, light_end: bool = False, cantonese: bool = False) -> tuple[tuple[str, float], ...]:
    """The sound key of ``form`` (read in Cantonese if ``cantonese``) as (sound, weight when added or
    dropped), the last syllable's lighter if ``light_end``."""
    if cantonese:
        keys = [syllable_key(s) for s in cantonese_readings(form)]
    else:
        keys = [_syllable_key(s) for s in readings(form)]
    light = keys and _BARE_CONSONANT.match(keys[-1]) and (light_end or keys[-1][0] == "Y")
    last = len(keys) - 1 if light else len(keys)
    return tuple((c, _weight(c) * (END_WEIGHT if i == last else 1.0)) for i, key in enumerate(keys) for c in key)


def distance(a: tuple[tuple[str, float], ...], b: tuple[tuple[str, float], ...], limit: float = math.inf) -> float:
    """Weighted edit distance between two :func:`sounds` (a vowel costs half a consonant); past ``limit``
    it stops early and returns infinity."""
    prev = [0.0]
    for _, w in b:
        prev.append(prev[-1] + w)
    for ca, wa in a:  # comparisons, not min(), and the cell to the left kept: grouping asks thousands of these
        costs = _cost_row(ca)
        left = prev[0] + wa
        row = [left]
        for j, (cb, wb) in enumerate(b):
            cell = prev[j + 1] + wa
            if left + wb < cell:
                cell = left + wb
            if prev[j] + costs[cb] < cell:
                cell = prev[j] + costs[cb]
            row.append(cell)
            left = cell
        if min(row) > limit:
            return math.inf
        prev = row
    return prev[-1]


@lru_cache(maxsize=None)
def _cost_row(a: str) -> dict[str, float]:
    return {b: _cost(a, b) for b in _SYMBOLS}


_SYMBOLS = frozenset(string.ascii_letters)
#: Only the Mandarin readings (:func:`similar`'s default).
MANDARIN = ((False, False),)


def _length(key: tuple[tuple[str, float], ...]) -> float:
    """How much sound a key holds, a vowel half a consonant: what the distance is measured against (cheap
    glides and codas count in full, so that one cheap difference is not a large share of a short name)."""
    return sum(0.5 if c in _VOWELS else 0.0 if c == "l" else 1.0 for c, _ in key)


@lru_cache(maxsize=65536)
def similarity(a: str, b: str) -> float:
    """1.0 for forms that sound alike by transliteration habits, falling towards 0 as they differ."""
    return similar(a, b, 0.0)


def similar(a: str, b: str, at_least: float, keys: tuple[tuple[bool, bool], ...] = MANDARIN) -> float:
    """:func:`similarity` when it is ``at_least``, else 0.0 (found sooner: the distance stops early).

    ``keys`` are the pairs of readings compared, (Cantonese for ``a``, Cantonese for ``b``): the best counts
    (:func:`key_pairs`); a Cantonese reading only against a form of :data:`.cantonese.CANTONESE_LENGTH` or more
    characters (玛丽亚, maa lai aa, is not 马拉).
    """
    shortest = min(len(readings(a)), len(readings(b)))
    light_end = shortest >= 3  # 默茨 is not 莫斯科 without its 科
    best = 0.0
    for cantonese_a, cantonese_b in keys:
        if (cantonese_a or cantonese_b) and shortest < CANTONESE_LENGTH:
            continue
        ka, kb = sounds(a, light_end, cantonese_a), sounds(b, light_end, cantonese_b)
        (length_a, heard_a), (length_b, heard_b) = _measure(a, light_end, cantonese_a), _measure(b, light_end, cantonese_b)
        longest = max(length_a, length_b)
        floor = max(at_least, best)
        if longest and not (floor and _surely_beyond(ka, heard_b, kb, heard_a, (1.0 - floor) * longest)):
            best = max(best, 1.0 - distance(ka, kb, (1.0 - floor) * longest if floor else math.inf) / longest)
    return best if best >= at_least and best > 0 else 0.0


@lru_cache(maxsize=65536)
def _measure(form: str, light_end: bool, cantonese: bool) -> tuple[float, frozenset[str]]:
    """The :func:`_length` of a form's :func:`sounds` and the sounds it holds."""
    key = sounds(form, light_end, cantonese)
    return _length(key), frozenset(c for c, _ in key)


def _surely_beyond(a: tuple[tuple[str, float], ...], heard_in_b: frozenset[str], b: tuple[tuple[str, float], ...],
                   heard_in_a: frozenset[str], limit: float) -> bool:
    """The :func:`distance` of ``a`` and ``b`` is more than ``limit``, told without its table: each sound of one that
    the other lacks is dropped (its weight) or changed into one the other has (half the cheapest change counted
    on each side), and these alone cost more.  Most pairs a text's names are compared in end here."""
    total = 0.0
    for key, other in ((a, heard_in_b), (b, heard_in_a)):
        for c, weight in key:
            if c not in other:
                change = _half_change(c, other)
                total += weight if weight < change else change
                if total > limit:
                    return True
    return False


@lru_cache(maxsize=65536)
def _half_change(sound: str, into: frozenset[str]) -> float:
    """Half the cheapest :func:`_cost` of changing ``sound`` into one of ``into``."""
    costs = _cost_row(sound)
    return min((costs[c] for c in into), default=math.inf) / 2


#: The sounds of :func:`sounds` in the order of :func:`similar_all`'s arrays.
_SOUND_ORDER = string.ascii_letters
_SOUND_INDEX = {c: i for i, c in enumerate(_SOUND_ORDER)}
#: :func:`_cost` between every two sounds in that order.
_COSTS = tuple(tuple(_cost(a, b) for b in _SOUND_ORDER) for a in _SOUND_ORDER)


@cache
def cost_tables() -> tuple[np.ndarray, np.ndarray]:
    """:data:`_COSTS` as an array, with a row of zeros after it (from a sound past the end of a form, never read), and
    half of each cost with a sound's change into itself left out (infinite): built once, as :func:`similar_all` is
    asked thousands of times, for a block of a few forms as much as for one of hundreds."""
    import numpy as np

    costs = np.array(_COSTS + ((0.0,) * len(_SOUND_ORDER),))
    return costs, np.where(np.eye(len(_SOUND_ORDER), dtype=bool), math.inf, costs[:-1] / 2)


def similar_all(forms: Sequence[str] | SoundArrays, at_least: float, pairs: tuple[np.ndarray, np.ndarray] | None = None,
                others: SoundArrays | None = None) -> np.ndarray:
    """:func:`similar` of pairs of forms by their Mandarin readings, the same values, all pairs at once in arrays:
    grouping compares every two forms of a sound block, about 100,000 pairs in a long text of many names.  The
    ``pairs`` are two arrays of indexes, the first form of each pair into ``forms``, the second into ``others``
    (``forms`` again by default); by default every two forms, in the order of a loop over each and those after it.

    Two lower bounds of :func:`distance` rule most pairs out: :func:`_surely_beyond`'s, and the same counted per
    sound (a sound one form has three times and the other once is dropped or changed twice; a pair it rules out is
    as surely below ``at_least``, the margin aside); the rest take :func:`distance`'s table a row of every pair at a
    time (a row's insertions as a running minimum), stopping a pair where it would.  Every weight and cost is a
    multiple of an eighth, so that sums in another order are the same numbers.  The pairs are compared
    :data:`PAIRS_AT_ONCE` at a time, those of the shortest forms together, each pair's arrays as wide as the longest
    forms among them (not the longest of all the forms: padding weighs nothing, and costs as much as a sound)."""
    import numpy as np

    left = forms if isinstance(forms, SoundArrays) else SoundArrays(forms)
    right = left if others is None else others
    first, second = np.triu_indices(len(left.length), 1) if pairs is None else pairs
    sizes = left.size[first], right.size[second]
    if len(first) <= PAIRS_AT_ONCE:
        return _similar_pairs(left, right, first, second, at_least, (int(sizes[0].max(initial=0)),
                                                                     int(sizes[1].max(initial=0))))
    order, found = np.argsort(np.maximum(*sizes), kind="stable"), np.empty(len(first))
    for n in range(0, len(first), PAIRS_AT_ONCE):
        part = order[n:n + PAIRS_AT_ONCE]
        found[part] = _similar_pairs(left, right, first[part], second[part], at_least,
                                     (int(sizes[0][part].max()), int(sizes[1][part].max())))
    return found


#: How many pairs :func:`similar_all` compares at a time: its arrays of a pair's sounds stay a few megabytes at
#: most (the 137,000 pairs of an end of a name and a surname in 0.34 MB of news made each a hundred megabytes or so,
#: and the whole took from a quarter of a second to a second, by how the memory came).
PAIRS_AT_ONCE = 4096


def _similar_pairs(left: SoundArrays, right: SoundArrays, first: np.ndarray, second: np.ndarray,
                   at_least: float, widths: tuple[int, int]) -> np.ndarray:
    """:func:`similar_all` of the pairs (``first``, ``second``) of ``left`` and ``right``, whose forms have at most
    ``widths`` sounds each."""
    import numpy as np

    longest = np.maximum(left.length[first], right.length[second])
    short = np.minimum(left.syllables[first], right.syllables[second]) >= 3  # the last syllable lighter (light_end)
    sides = ((left, first, widths[0]), (right, second, widths[1]))
    weights = [np.where(short[:, None], of.light[side, :w], of.full[side, :w]) for of, side, w in sides]
    limit = (1.0 - at_least) * longest if at_least else np.full(len(first), math.inf)
    compared = longest > 0
    if at_least:  # what the sounds of each that the other lacks cost, dropped or changed into another of its sounds
        lacking, excess = np.zeros(len(first)), np.zeros(len(first))
        for (of, side, w), (their, other, _), weight in zip(sides, sides[::-1], weights):
            sound, other = np.maximum(of.sound[side, :w], 0), other[:, None]  # past a form's end, any sound, of weight 0
            theirs = their.count[other, sound]
            cost = np.minimum(weight, their.change[other, sound])
            lacking += np.where(theirs == 0, cost, 0.0).sum(axis=1)
            rank = np.where(short[:, None], of.light_rank[side, :w], of.full_rank[side, :w])
            excess += np.where(rank < of.count[side[:, None], sound] - theirs, cost, 0.0).sum(axis=1)
        compared &= ~(lacking > limit) & ~(excess > limit + 1e-9 * longest)
    table = np.flatnonzero(compared)
    distance = np.full(len(first), math.inf)
    distance[table] = _distances(left.sound[first[table], :widths[0]], weights[0][table],
                                 right.sound[second[table], :widths[1]], weights[1][table], limit[table])
    with np.errstate(divide="ignore", invalid="ignore"):
        best = np.maximum(0.0, np.where(compared, 1.0 - distance / np.where(compared, longest, 1.0), 0.0))
    return np.where((best >= at_least) & (best > 0), best, 0.0)


def indexed_pairs(pairs: Sequence[tuple[str, ...]]) -> tuple[list[str], tuple[np.ndarray, np.ndarray]]:
    """The distinct forms of ``pairs`` (their first two items) and each pair as two indexes into them, as
    :func:`similar_all` takes pairs."""
    import numpy as np

    forms = list(dict.fromkeys(form for pair in pairs for form in pair[:2]))
    row = {form: n for n, form in enumerate(forms)}
    return forms, tuple(np.fromiter((row[pair[n]] for pair in pairs), dtype=np.intp, count=len(pairs)) for n in (0, 1))


class SoundArrays:
    """What :func:`similar_all` reads of forms, built once for forms compared again and again (a glossary's sound
    block, with every name of a text).  Of each form: its syllables, its :func:`_length`, how often it has each
    sound, half the cheapest change of each sound into another it has, its sounds (indexes, -1 after the last),
    their weights (0 after the last) and their rank by weight among its sounds of one kind, the last syllable full
    and lighter."""

    def __init__(self, forms: Sequence[str]) -> None:
        import numpy as np

        profiles = [_sound_profile(f) for f in forms]
        sizes = np.fromiter(map(len, map(attrgetter("sounds"), profiles)), dtype=np.intp, count=len(forms))
        width, kinds, total = int(sizes.max(initial=0)), len(_SOUND_ORDER), int(sizes.sum())
        row = np.repeat(np.arange(len(forms)), sizes)  # each sound of each form, in a row of its form
        column = np.arange(total) - np.repeat(np.cumsum(sizes) - sizes, sizes)
        flat = {name: np.fromiter(chain.from_iterable(map(attrgetter(name), profiles)), dtype=dtype, count=total)
                for name, dtype in (("sounds", np.intp), ("full", float), ("light", float), ("full_rank", np.intp),
                                    ("light_rank", np.intp))}
        self.size = sizes  # how many sounds each form has (the rest of its row is padding)
        self.syllables = np.fromiter((p.syllables for p in profiles), dtype=np.intp, count=len(forms))
        self.length = np.fromiter((p.length for p in profiles), dtype=float, count=len(forms))
        self.sound = np.full((len(forms), width), -1, dtype=np.intp)
        self.full, self.light = np.zeros((len(forms), width)), np.zeros((len(forms), width))
        self.full_rank, self.light_rank = (np.zeros((len(forms), width), dtype=np.intp) for _ in range(2))
        for name, array in (("sounds", self.sound), ("full", self.full), ("light", self.light),
                            ("full_rank", self.full_rank), ("light_rank", self.light_rank)):
            array[row, column] = flat[name]
        self.count = np.bincount(row * kinds + flat["sounds"], minlength=len(forms) * kinds).reshape(len(forms), kinds)
        # the cheapest change of each sound into one the form has depends only on which sounds it has: found once
        # per distinct set of them (a bit each; thousands of forms hold a few thousand sets), over the sounds of
        # the set alone (the changes of each sound it has, reduced together), not over every two of the 52 sounds
        sets, one, of_set = np.unique((self.count > 0) @ (1 << np.arange(kinds, dtype=np.int64)), return_index=True,
                                      return_inverse=True)
        which, held = np.nonzero(self.count[one])
        change = np.full((len(sets), kinds), math.inf)
        if len(which):
            firsts = np.flatnonzero(np.r_[True, which[1:] != which[:-1]])
            change[which[firsts]] = np.minimum.reduceat(cost_tables()[1].T[held], firsts, axis=0)
        self.change = change[of_set.ravel()]


def _distances(a: np.ndarray, weight_a: np.ndarray, b: np.ndarray, weight_b: np.ndarray,
               limit: np.ndarray) -> np.ndarray:
    """:func:`distance` of each pair of rows (sound indexes padded with -1, weights with 0), infinity where a row of
    its table is all past ``limit``; the rows of the longest ``a`` first, so that each row of the table is
    computed only for the pairs whose ``a`` reaches it."""
    import numpy as np

    length_a, length_b = (a >= 0).sum(axis=1), (b >= 0).sum(axis=1)
    order = np.argsort(-length_a, kind="stable")
    a, weight_a, b, weight_b, limit, length_a, length_b = (
        x[order] for x in (a, weight_a, b, weight_b, limit, length_a, length_b))
    cost = cost_tables()[0]
    inserted = np.zeros((len(a), b.shape[1] + 1))  # what inserting b's sounds up to each column costs
    np.cumsum(weight_b, axis=1, out=inserted[:, 1:])
    prev, beyond = inserted.copy(), np.zeros(len(a), dtype=bool)
    past_end = np.where(np.arange(b.shape[1] + 1)[None, :] > length_b[:, None], math.inf, 0.0)
    b = np.maximum(b, 0)  # past its end, any sound: those cells are not read
    for i in range(a.shape[1]):
        live = int(np.count_nonzero(length_a > i))  # the first ``live`` pairs, a's longest first
        above, dropped, steps = prev[:live], weight_a[:live, i:i + 1], inserted[:live]
        cell = np.empty_like(above)
        cell[:, :1] = above[:, :1] + dropped
        np.minimum(above[:, 1:] + dropped, above[:, :-1] + cost[a[:live, i:i + 1], b[:live]], out=cell[:, 1:])
        row = steps + np.minimum.accumulate(cell - steps, axis=1)  # the cell to the left, plus an insertion
        beyond[:live] |= (row + past_end[:live]).min(axis=1) > limit[:live]
        prev[:live] = row
    found = np.where(beyond, math.inf, prev[np.arange(len(a)), length_b])
    return found[np.argsort(order, kind="stable")]


class _Profile(NamedTuple):
    syllables: int
    length: float
    sounds: tuple[int, ...]
    full: tuple[float, ...]
    light: tuple[float, ...]
    full_rank: tuple[int, ...]
    light_rank: tuple[int, ...]


@lru_cache(maxsize=65536)
def _sound_profile(form: str) -> _Profile:
    """What :func:`similar_all` reads of a form: its number of syllables (a pair's shortest says whether the last
    syllable weighs less, as in :func:`similar`), its :func:`_length`, and its sounds (as indexes) with their
    weights, the last syllable's full and lighter, and the rank of each by weight among the form's sounds of its
    kind (the lightest 0)."""
    full, light = sounds(form, False, False), sounds(form, True, False)
    indexes = tuple(_SOUND_INDEX[c] for c, _ in full)
    return _Profile(len(readings(form)), _measure(form, False, False)[0], indexes, tuple(w for _, w in full),
                    tuple(w for _, w in light), _ranks(full), _ranks(light))


def _ranks(key: tuple[tuple[str, float], ...]) -> tuple[int, ...]:
    """Each sound's rank by weight among the sounds of its kind in ``key`` (the lightest 0)."""
    ranks, seen = [0] * len(key), defaultdict(int)
    for n in sorted(range(len(key)), key=lambda n: key[n][::-1]):
        ranks[n], seen[key[n][0]] = seen[key[n][0]], seen[key[n][0]] + 1
    return tuple(ranks)


def key_pairs(cantonese_a: bool, cantonese_b: bool, same_block: bool = True) -> tuple[tuple[bool, bool], ...]:
    """The readings to compare two forms by, given which may be read in Cantonese (a Hong Kong form).

    Within one Mandarin :func:`block`: both in Mandarin, and each Cantonese reading against the other's
    Mandarin one.  Across blocks (a Hong Kong form met in the block of its Cantonese reading), the Cantonese
    readings alone: the Mandarin ones were not worth comparing (金正淑 and 金建希 sound alike in Mandarin).
    """
    pairs = [(True, False)] * cantonese_a + [(False, True)] * cantonese_b
    return tuple(([(False, False)] if same_block else []) + pairs)
