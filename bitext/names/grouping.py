"""Which spellings are one referent: a glossary entry's probable variants, and clusters of unlisted names.

Two forms are one name when the lexicon pairs them (特朗普/川普, 哈萨克/哈萨克斯坦),
when a full name ends in the other (安东尼·布林肯 ~ 布林肯, unless two full
names share that surname), when the text glosses them with one English, or
when they sound alike by transliteration habits (:mod:`.phonetic`).  A
feminine form (-娃, -娅; Slavic -斯卡 against -斯基) is someone else (纳扎尔巴耶娃 is not
纳扎尔巴耶夫, 泽伦斯卡 Zelenska is not 泽伦斯基 Zelensky).

Comparisons are made within blocks of forms that begin with the same two
consonant classes, so a glossary of 10,000 entries costs no more per name
than one of 100.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache
from os.path import commonprefix
from typing import TYPE_CHECKING

from ..builtcache import built
from ..glossary import Glossary, form_key, slug
from ..model import GlossaryEntry, NameType
from ..script import to_simplified
from .english import normalise_english
from .context import (CITY_COMPANY_HEADS, COMPANY_WORDS, DASHES, DIVISIONS, DOT_RUN, DOTS, EVENT_HEADS, FEATURE_HEADS, FIRM_HEADS, HYPHENS, INDUSTRY_HEADS, INSTITUTION_HEADS, INSTITUTION_VENUES, LENIENT, NAME_PARTS, NAMED_BODY_HEADS, ONE_LATIN_WORD, PATRONYMIC_WORDS, PRESS_ENDS, REGION_WORDS, SITE_HEADS,
                      STRUCTURE_HEADS, TEAM_HEADS, TITLE, VENUE_HEADS, all_han, brand_named,
                      jieba_tag, known_organisation, known_place, name_parts, patronymic, qualified, transliteration)
from .extents import REGNAL
from .finder import latin_body, written_chinese
from .spans import Candidate
from .lexicon import Lexicon, LexName, english_key, folded, lexicon
from .listed import NameMatch
from .cantonese import cantonese_block, reads_in_cantonese
from .people import chosen_name, family_name_first, may_be_given_name, surname_by_english, surname_lengths
from .phonetic import (MANDARIN, SoundArrays, block, indexed_pairs, key_pairs, readings, similar, similar_all, similarity,
                       sound_key)
from .phonetic import blocks as blocks_of_form
from .glosses import COMPANY_HEADS, PLACE_WORDS, city_sense, company_filed_as_place, sense_texts, spells_english_start, type_of_english
from .short_forms import BODY_ENDS, BRAND_HEADS, abbreviates

if TYPE_CHECKING:
    import numpy as np

#: Similarity of sound from which an unlisted name is proposed as a spelling of an entry.
PROBABLE = 0.82
#: Similarity of sound from which unlisted names are clustered together.
CLUSTER = 0.82
FEMININE_ENDINGS = "娃娅"
#: Slavic surnames that take -ska for a woman and -ski for a man (Zelenska/Zelensky, Tsikhanouska/-ski).
_SKA, _SKI = re.compile(r"[斯丝茨]卡$"), re.compile(r"[斯丝茨]基$")
_SLAVIC_PAIRS = (("ska", "ski"), ("ski", "ska"))
_PLACE_ENDINGS = re.compile(r"(?:斯坦|斯克|堡|格勒|州|省|县|区|镇|乡|村|城|岛|港|市|湾|河|湖|山|邦|府|郡)$")
#: Generic words news puts after a place's name (墨西哥市, 科威特城, 纽约州): the name is the part before.
_GENERIC_PLACE = re.compile(r"(?:市|城|州|省|县|都|府|岛|群岛|半岛|河|湖|山|山脉)$")
#: The words after a town's and an Indian state's name (达沃市, 比哈尔邦), which news leaves out when it names them
#: again; a country's city (墨西哥/墨西哥市) is another place, and the lexicon knows the country.
_TOWN_OR_STATE = ("市", "邦")
#: The words after a state's or a province's name (瓜纳华托州): the bare name the text says is a place and the lexicon
#: does not know (新莱昂、瓜纳华托、哈利斯科|等州) is the state, no city of its own the text would tell apart.
_STATE = ("州", "省")
#: The first characters of a surname's particle, which news drops when it names the person by surname (德 de, 达 da,
#: 冯 von, 范 van: 亚历山大·德莫赖斯 … 莫赖斯).
_SURNAME_PARTICLE_CHARACTERS = frozenset("德达冯范")
#: Words after a region's name that name the same region (加泰罗尼亚自治区, 澳门特区, 库德斯坦地区), unlike a division's
#: word, which may name another place of one name (纽约州, 纽约市).
_REGION_OWN_WORDS = REGION_WORDS + ("特别行政区", "特区", "地区")
#: Last characters of a natural feature's or a town's name (仙宾礁 a reef, 仁爱礁, 黄岩岛, 达沃市): no person's.
_FEATURE_CHARACTERS = tuple("礁岛湾峡")
_FEATURE_ENDS = _FEATURE_CHARACTERS + tuple("滩沙市省县") + FEATURE_HEADS
#: Words after a place's own name that news drops when it names the place again: an island's, an archipelago's or a
#: peninsula's, a village's or a town's, a sports ground's, a border crossing's (兰佩杜萨岛 … 兰佩杜萨, 查戈斯群岛 …
#: 查戈斯, 诺坎普球场 … 诺坎普, 托尔哈姆口岸 … 托尔哈姆); not a plain's or a basin's, which is named after the place and
#: is another (亚拉拉特平原, 鲁伍马盆地).
_OWN_NAME_HEADS = ("群岛", "半岛", "岛", "村", "镇", "球场", "体育场", "口岸")


#: The joiners inside a double surname or given name (-); :data:`.context.DOT_RUN` those between a given name and a
#: surname (·).
_HYPHEN = re.compile(f"[{re.escape(HYPHENS + DASHES)}]")


@lru_cache(maxsize=65536)
def surname(form: str) -> str:
    """The last part of a full name (安东尼·布林肯 → 布林肯); "" for a name of one part."""
    parts = name_parts(to_simplified(form).strip())
    return parts[-1] if len(parts) > 1 else ""


def _double_surname(form: str) -> str:
    """What a dotted full name has after its last dot when hyphens join it (瓦伦丁·帕雷-潘特尔 → 帕雷-潘特尔), a
    surname of two parts; "" otherwise."""
    last = DOT_RUN.split(to_simplified(form).strip())[-1]
    return last if DOT_RUN.search(form) and _HYPHEN.search(last) else ""


@lru_cache(maxsize=65536)
def given_names(form: str) -> str:
    """What a full name has before its surname (萨拉·内塔尼亚胡 → 萨拉); an Arabic name's own given name, without
    the father's (哈立德 of 哈立德·本·塔拉勒, not his brother 阿尔瓦利德·本·塔拉勒)."""
    if patronymic(form):
        return name_parts(to_simplified(form).strip())[0]
    last = surname(form)
    return to_simplified(form).strip()[: -len(last)] if last else ""


def feminine_mismatch(a: str, b: str) -> bool:
    """One of two forms is feminine and the other not: different people (纳扎尔巴耶娃/纳扎尔巴耶夫,
    泽伦斯卡/泽伦斯基; only against -斯基, as -斯卡 also ends 奥斯卡 Oscar and 阿拉斯卡 Alaska)."""
    ending_a, ending_b = _gender_ending(a), _gender_ending(b)
    return (ending_a, ending_b) in _SLAVIC_PAIRS or (ending_a == "feminine") != (ending_b == "feminine")


@lru_cache(maxsize=65536)
def _gender_ending(form: str) -> str:
    """The ending :func:`feminine_mismatch` reads in ``form``: "ska", "ski", "feminine" (娃, 娅) or "": looked up
    once per form, as grouping compares every form with many."""
    key = form_key(form)
    return "ska" if _SKA.search(key) else "ski" if _SKI.search(key) else "feminine" if key[-1:] in FEMININE_ENDINGS else ""


def known_name(form: str) -> LexName | None:
    """The lexicon's name for ``form`` (Simplified key), or for its place name before a generic word (墨西哥市 →
    墨西哥 Mexico), or for the club before 队 (马德里竞技|队 → Atlético Madrid)."""
    names = lexicon().names
    if (name := names.get(form)) is not None:
        return name
    if (club := club_of_team(form)) is not None:
        return club
    stem = _GENERIC_PLACE.sub("", form)
    name = names.get(stem) if len(stem) >= 2 and stem != form else None
    return name if name is not None and name.type is NameType.PLACE else None


def club_of_team(form: str) -> LexName | None:
    """The club the lexicon knows that ``form`` names with 队 after it (马德里竞技|队 Atlético Madrid): one referent."""
    club = lexicon().names.get(form[:-1]) if form.endswith("队") else None
    return club if club is not None and club.type is NameType.ORGANISATION else None


def club_town(form: str) -> LexName | None:
    """The foreign town whose club ``form`` is, as "United" (联) after the town's name writes it (纽卡斯尔联
    Newcastle United, 利兹联 Leeds United): sport news, Hong Kong's above all, names the club by its town alone
    (纽卡素), so the two are one referent."""
    if not form.endswith("联") or len(form) < 3:
        return None
    town = lexicon().names.get(form[:-1])
    return town if town is not None and town.foreign and town.type is NameType.PLACE else None


def city_and_united(a: str, b: str) -> bool:
    """One is a town's "United" (曼彻斯特联) and the other its "City" (曼城, 城 its last character): two clubs of one
    town, though the lexicon gives both the town's English."""
    return any(club_town(form_key(x)) is not None and form_key(y).endswith("城") for x, y in ((a, b), (b, a)))


def other_towns(a: str, b: str) -> bool:
    """Two bodies named by two towns the lexicon knows and one name after each (莫斯科|迪纳摩队, 明斯克|迪纳摩队): the
    clubs or branches of two towns, alike as the towns' names sound alike."""
    a, b = form_key(a), form_key(b)
    tail = len(commonprefix((a[::-1], b[::-1])))
    if tail < 2 or tail in (len(a), len(b)):
        return False
    names = lexicon().names
    towns = names.get(a[:-tail]), names.get(b[:-tail])
    return all(t is not None and t.type is NameType.PLACE for t in towns) and towns[0].key != towns[1].key


#: What CC-CEDICT calls a province (省) or a federal state (州, India's 邦) in a place's first sense ("Sabah, state of
#: Malaysia", "Texas, US state"; not Niger, "African state").
_STATE_SENSE = re.compile(
    r"\b(?:us|australian|indian|german|malaysian|mexican|brazilian|nigerian|austrian) state\b|\bstate (?:of|in)\b|bundesland")
_DIVISION_SENSES = {"省": re.compile(r"\bprovince\b"), "州": _STATE_SENSE, "邦": _STATE_SENSE,
                    "县": re.compile(r"\bprefecture\b")}  # 熊本县 … 熊本 "Kumamoto city and prefecture": Japan's


def _division_named(bare: str, form: str) -> bool:
    """``form`` is ``bare`` and its word for a province or a state, and CC-CEDICT says they are one place: the bare
    name's first sense is that province, state or prefecture (魁北克 "Quebec province", 沙巴 "Sabah, state of Malaysia",
    熊本 "Kumamoto city and prefecture"), or the lexicon knows only the full form, as that division (安大略省
    "Ontario province").  Not 纽约州 and 纽约 (New York,
    the city), nor 坎大哈省 and 坎大哈 (a town), nor 华盛顿州 and 华盛顿, whose first sense is a person's name."""
    senses = _DIVISION_SENSES.get(form[-1:])
    if senses is None:
        return False
    table = _division_senses()
    return bool(senses.search(table.get(bare, "")) or (
        lexicon().names.get(bare) is None and senses.search(table.get(form, ""))))


@cache
def _division_senses() -> dict[str, str]:
    """CC-CEDICT's words whose first sense names a province or a state, with that sense in lower case: a small
    table kept on disk (:mod:`bitext.builtcache`), not CC-CEDICT itself, which costs a second to read."""
    return built("division_senses", _build_division_senses)


def _build_division_senses() -> dict[str, str]:
    any_division = re.compile("|".join(p.pattern for p in _DIVISION_SENSES.values()))
    return {word: first for word, senses in sense_texts().items()
            if any_division.search(first := senses.split("/")[0])}


def other_division(a: str, b: str) -> bool:
    """One place's name with two divisions' or features' suffixes (纽约州 the state, 纽约市 the city; 拉普拉塔市 the
    city, 拉普拉塔河 the river): two places."""
    a, b = form_key(a), form_key(b)
    return len(a) == len(b) >= 3 and a[:-1] == b[:-1] and a[-1] != b[-1] and a[-1] in _PLACE_KINDS and (
        b[-1] in _PLACE_KINDS)


#: Last characters that say what kind of place a name is: a division's (州, 市) or a natural feature's (河, 湖).
_PLACE_KINDS = frozenset(DIVISIONS) | frozenset("河湖江山湾峡")


#: Below this sound similarity the surnames of two full names are two families' (尼基京, 科斯京 at .68), not two
#: spellings of one (普京, 蒲亭).
_OTHER_SURNAME = 0.75


def other_surnames(a: str, b: str) -> bool:
    """Two full names joined by a dot whose surnames neither match nor sound alike: two people, however alike
    their given names (安德烈·尼基京, 安德烈·科斯京)."""
    if not (DOT_RUN.search(a) and DOT_RUN.search(b)):
        return False  # not 萨克森-安哈特邦, a place's parts a hyphen joins
    last_a, last_b = (form_key(NAME_PARTS.split(f)[-1]) for f in (a, b))
    return last_a != last_b and similarity(last_a, last_b) < _OTHER_SURNAME


def other_monarch(a: str, b: str) -> bool:
    """A monarch's name with its regnal number and a longer name that holds the monarch's (国王弗雷德里克十世 and
    弗雷德里克森, the prime minister; 阿卜杜拉二世 and 阿卜杜拉·奥贾兰), or two regnal numbers: two people.  Not 查尔斯三世
    and 查尔斯, nor a pope and his own name (良十四世, 普雷沃斯特)."""
    numbers = [(m, key) for key in (form_key(a), form_key(b)) for m in [REGNAL.search(key)]]
    (number_a, key_a), (number_b, key_b) = numbers
    if number_a and number_b:
        return number_a.group() != number_b.group()
    if not (number_a or number_b):
        return False
    number, key, other = (number_a, key_a, key_b) if number_a else (number_b, key_b, key_a)
    name = key[:number.start()]
    return len(name) >= 2 and name in other and name != other  # not 良十四世 and 普雷沃斯特, the pope's own name


def more_given_names(a: str, b: str) -> bool:
    """Two full names joined by dots, one surname, and the given names of one are those of the other and more
    (法兰索瓦·皮诺 and his son 法兰索瓦－亨利·皮诺): two people, a father and a son named after him, not one name
    spelt twice; an initial is no given name of its own (约翰·F·肯尼迪 is 约翰·肯尼迪)."""
    if not (DOT_RUN.search(a) and DOT_RUN.search(b)):
        return False
    parts_a, parts_b = ([form_key(p) for p in NAME_PARTS.split(f) if len(p) >= 2] for f in (a, b))
    if len(parts_a) < 2 or len(parts_b) < 2 or parts_a[-1] != parts_b[-1] or len(parts_a) == len(parts_b):
        return False
    fewer, more = sorted((parts_a[:-1], parts_b[:-1]), key=len)
    return more[:len(fewer)] == fewer


def named_otherwise(form: str, entry: GlossaryEntry) -> bool:
    """The lexicon knows ``form`` as a name whose English is not ``entry``'s (墨西哥, 墨西哥市 Mexico against
    莫斯科 Moscow): a spelling of another name, however alike it sounds."""
    name = known_name(form_key(form))
    if name is None or not name.key:
        return False
    keys = {english_key(english, entry.type) for english in (entry.english, entry.short) if english}
    keys |= {known.key for f in entry.forms if (known := known_name(form_key(f)))}
    return name.key not in keys


def person_gloss_key(gloss: str) -> str:
    """The surname key of a gloss that names a person in full (two or more capitalised words: Aleksandar Vucic),
    else ""."""
    return english_key(gloss, NameType.PERSON) if len(gloss.split()) >= 2 and gloss.istitle() else ""


def glossed_otherwise(gloss_key: str, entry: GlossaryEntry, initial: str = "") -> bool:
    """The text glosses the form as a person (``gloss_key``, :func:`person_gloss_key`) whose surname is not the
    person ``entry``'s (武契奇（Aleksandar Vucic） against 默克尔 Angela Merkel, alike in a Cantonese reading), or
    whose given name (its ``initial``, :func:`_given_initial`) is not (麦维迪夫（Daniil Medvedev） against Dmitry
    Medvedev): another person, however alike the sounds."""
    if not gloss_key or entry.type is not NameType.PERSON or not entry.english:
        return False
    return gloss_key not in {english_key(english, NameType.PERSON) for english in (entry.english, entry.short) if english} or (
        bool(initial) and bool(given := entry.english.split()[:-1]) and initial not in {
            _initial(word) for word in given})  # Sir Keir Starmer: any word before the surname


def _said_to_be_another(key: str, gloss: str, gloss_key: str, initial: str, entry: GlossaryEntry) -> bool:
    """The lexicon, the text's gloss as a person (``gloss_key``, ``initial``) or its gloss in Latin letters says the
    form of ``key`` names another than ``entry``, however alike they sound: asked of a variant and of a form like a
    variant alike."""
    return named_otherwise(key, entry) or glossed_otherwise(gloss_key, entry, initial) or spelt_otherwise(gloss, entry)


def spelt_otherwise(gloss: str, entry: GlossaryEntry) -> bool:
    """The text spells the form in one Latin word unlike every word of ``entry``'s English (馬士基（Maersk）
    against 莫斯科 Moscow, alike in sound): another name.  A spelling of the same name stays alike (Kazenova
    against Nargis Kassenova)."""
    if not ONE_LATIN_WORD.fullmatch(gloss) or not entry.english:
        return False
    words = {w.lower() for english in (entry.english, entry.short) if english for w in re.findall(r"[A-Za-z]+", english)}
    return bool(words) and max(SequenceMatcher(None, gloss.lower(), w).ratio() for w in words) < _LATIN_ALIKE


#: How alike a one-word Latin gloss and a word of an entry's English must be to spell one name (Kazenova,
#: Kassenova: .82; Maersk, Moscow: .33).
_LATIN_ALIKE = 0.5


def place_within_place(a: str, b: str) -> bool:
    """One form is the other with a generic word for a city, province or island after it (墨西哥/墨西哥城,
    纽约/纽约州), or with a team's word (阿根廷/阿根廷队, 纽卡斯尔/纽卡斯尔联队): news writes the word to name the
    smaller place or the team, not as a spelling of the larger place; or a port or a city and the body that runs it,
    named after it (比雷埃夫斯港/比雷埃夫斯港务局, the Piraeus Port Authority); or an event or a season named after it
    (利雅得/利雅得季, Riyadh Season; 戛纳/戛纳电影节)."""
    a, b = form_key(a), form_key(b)
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    rest = long[len(short):]
    return long.startswith(short) and (bool(_GENERIC_PLACE.fullmatch(rest)) or rest in TEAM_HEADS or (
        rest in EVENT_HEADS or rest in _SEASONS) or (
        short[-1:] in _PORT_OR_CITY and len(rest) >= 2 and rest.endswith(BODY_ENDS))) or _city_and_firm(a, b)


#: A season or a festival after the name of the place it is held in (利雅得季 Riyadh Season).
_SEASONS = ("季", "节")


def _city_and_firm(a: str, b: str) -> bool:
    """A city or a division and a firm named after the same word (丰田市/丰田汽车, Toyota City and Toyota Motor):
    two referents, whatever their shared word sounds like."""
    for place, firm in ((a, b), (b, a)):
        stem = place[:-1]
        if len(stem) >= 2 and place[-1] in DIVISIONS and firm.startswith(stem) and firm[len(stem):] in COMPANY_HEADS:
            return True
    return False


#: Last characters of a port's or a city's name, which a body that runs it is named after (比雷埃夫斯港|务局).
_PORT_OR_CITY = frozenset("港市")


@lru_cache(maxsize=65536)
def lexicon_key(form: str) -> str:
    """:meth:`.Lexicon.key` of ``form``, looked up once per form, as grouping compares every form with many."""
    return lexicon().key(form_key(form))


def alike(a: str, b: str, keys: tuple[tuple[bool, bool], ...] = MANDARIN) -> float:
    """How surely two forms are one name: 1.0 for a known pair, 0.0 across genders or for two names the
    lexicon tells apart (波兰/柏林), else their sound (over the readings ``keys``, :func:`.phonetic.key_pairs`)."""
    return alike_at_least(a, b, 0.0, keys)


def alike_given(a: str, b: str, keys: tuple[tuple[bool, bool], ...] = MANDARIN, at_least: float = 0.0) -> float:
    """:func:`alike` for two given names: -娅 and -亚 both write a woman's "ya" there (达莉娅/达莉亚 Darya); only a
    Slavic surname's ending tells a woman from a man.  Below ``at_least``, 0.0 (:func:`alike_at_least`)."""
    return alike_at_least(a, b, at_least, keys, given=True)


@lru_cache(maxsize=65536)
def alike_at_least(a: str, b: str, at_least: float, keys: tuple[tuple[bool, bool], ...] = MANDARIN,
                   given: bool = False, foreign: bool = False) -> float:
    """:func:`alike` when it is ``at_least``, else 0.0 (found sooner); ``given`` names take no gender from
    their ending (:func:`alike_given`); ``foreign`` names are no Chinese ones, whatever their characters (the text
    writes one as a dotted full name's surname: 约纳斯·温格高).  Kept per pair: grouping asks one pair again from
    several loops (a full name's parts against each surname, a form against each given name)."""
    if (not given and feminine_mismatch(a, b)) or place_within_place(a, b) or (not foreign and _two_chinese_names(a, b)):
        return 0.0
    key_a, key_b = lexicon_key(a), lexicon_key(b)
    if key_a and key_b:
        return 1.0 if key_a == key_b else 0.0  # one name by the lexicon (川普/特朗普), or two it tells apart (波兰/柏林)
    if not foreign and _chinese_name_of_another_surname(a, b):
        return 0.0
    if tail := _shared_word_tail(a, b):
        a, b = a[:-tail], b[:-tail]  # 卡塔尔|航空, 国泰|航空: two airlines, which the word they share does not make one
    return similar(a, b, at_least, keys) if at_least or keys != MANDARIN else similarity(a, b)  # the latter cached


class _Forms:
    """Forms with what :func:`_may_be_alike` reads of them (sounds, lexicon keys, word tails) as arrays, built once
    for forms compared again and again (a glossary's sound block, with every name of a text)."""

    def __init__(self, forms: list[str]) -> None:
        import numpy as np

        self.sounds = SoundArrays(forms)
        self.name = np.array([lexicon_key(f) for f in forms], dtype=object)  # "" for a form the lexicon does not know
        self.tail = np.fromiter(map(_word_tail, forms), dtype=bool, count=len(forms))
        self.end = np.array([f[-2:] for f in forms], dtype=object)  # a word tail two forms share ends both alike


def _may_be_alike(forms: list[str] | _Forms, at_least: float, mandarin: np.ndarray,
                  pairs: tuple[np.ndarray, np.ndarray] | None = None, others: _Forms | None = None) -> np.ndarray:
    """For pairs of forms (as :func:`.phonetic.similar_all` takes them), whether :func:`alike_at_least` may find
    them alike from ``at_least`` (by Mandarin readings alone where ``mandarin`` says so, else with the Cantonese ones
    too): when the lexicon knows both, the same name by it; else when their Mandarin sounds are alike (every pair at
    once), they are compared in Cantonese too, or both may end in one word (compared without it: 卡塔尔|航空,
    国泰|航空).  The others are surely not alike."""
    import numpy as np

    left = forms if isinstance(forms, _Forms) else _Forms(forms)
    right = left if others is None else others
    first, second = np.triu_indices(len(left.tail), 1) if pairs is None else pairs
    names = left.name[first], right.name[second]
    known = (names[0] != "") & (names[1] != "")
    return np.where(known, names[0] == names[1], (similar_all(left.sounds, at_least, (first, second), right.sounds) > 0)
                    | ~mandarin | (left.tail[first] & right.tail[second] & (left.end[first] == right.end[second])))


@lru_cache(maxsize=65536)
def _word_tail(form: str) -> bool:
    """``form`` ends in an ordinary word that :func:`_shared_word_tail` may take off, before two characters or more."""
    lex = lexicon()
    return any(form[-n:] in lex.words and form[-n:] not in lex.names for n in range(2, len(form) - 1))


def _two_chinese_names(a: str, b: str) -> bool:
    """Two names written like Chinese ones, a surname they share and a given name of two characters each, that read
    differently: two people, however alike they sound (李泽钜 and his brother 李泽楷 share the family's generation
    name); only a homophone spelling is one (顾绮慧/顾绮惠).  Shorter names may be transliterations (安华, 韩森).
    Longer ones: :func:`_two_given_names`."""
    lex = lexicon()
    if len(a) != 3 or len(b) != 3:
        return _two_given_names(a, b, lex)
    return a[0] == b[0] and written_chinese(a, lex) and written_chinese(b, lex) and readings(a) != readings(b) and not (
        _transliterated_person(a) or _transliterated_person(b))


def _two_given_names(a: str, b: str, lex: Lexicon) -> bool:
    """Two names of four characters or more, no transliteration either, that share a family name of two or three
    that CC-CEDICT knows (a surname, or a person of one word: 藤森 Fujimori, 小泉 Koizumi) and read differently after
    it (藤森谦也 and his son 藤森健二): a Japanese or a Chinese family's two members, whose names every region writes
    in the same characters.  Not two spellings of one transliteration that begin alike (亚历山大宫/亚历山德拉宫)."""
    if len(a) < 4 or len(b) < 4:
        return False  # asked of every pair clustering compares: the lengths first (a key is never longer)
    a, b = form_key(a), form_key(b)
    return len(a) >= 4 and len(b) >= 4 and all_han(a + b) and any(
        a[:n] == b[:n] and a[n:] != b[n:] and len(a) - n <= 3 and len(b) - n <= 3 and _family_name(a[:n], lex)
        for n in (2, 3)) and readings(a) != readings(b) and not (
        transliteration(a, lex) or transliteration(b, lex) or _transliterated_person(a) or _transliterated_person(b))


def _family_name(form: str, lex: Lexicon) -> bool:
    """CC-CEDICT has ``form`` as a surname (欧阳, 安倍) or as a person named by one word (小泉 Koizumi)."""
    known = lex.names.get(form)
    return form in lex.surnames or known is not None and known.type is NameType.PERSON and len(known.english.split()) == 1


def _transliterated_person(form: str) -> bool:
    """The lexicon knows ``form`` as a foreign person whose family name in English has two syllables or more
    (费德勒 Roger Federer, 莫里森 Scott Morrison), which three characters transliterate; a Chinese family name
    is one syllable in any romanisation (刘德华 Andy Lau, 李泽楷 Richard Li), so such a form, which begins as its
    English family name does, is no Chinese name, whatever surname its first character is (费); nor is one the
    lexicon gives as an English family name alone (司各特 Scott), as it gives every Chinese person a given name."""
    known = lexicon().names.get(form)
    if known is None or known.type is not NameType.PERSON or not (words := folded(known.english).lower().split()):
        return False
    family = words[-1]
    return len(words) == 1 or "-" not in family and len(_VOWEL_GROUPS.findall(family)) >= 2 and (
        family[0] == readings(form)[0][:1])  # 司各特 Scott, 辛普森 Simpson: a family name alone is no Chinese person's
    # not 金正恩 (Kim Jong-un) nor 石破茂 (Shigeru Ishiba): an East Asian given name last, or a family name that
    # begins otherwise than the form


#: Runs of vowels, which count the syllables of a romanised name roughly (Fe-de-rer, Lau, Cheung).
_VOWEL_GROUPS = re.compile("[aeiouy]+")


def _chinese_name_of_another_surname(a: str, b: str) -> bool:
    """One is a Chinese name of three characters (a surname, and a given name not all transliteration: 何鸿燊, not
    柯林顿 nor Hong Kong's 夏里逊) and the other does not begin with its surname: two people, however alike they
    sound (何鸿燊 he hong shen, 洪森 Hun Sen); a Chinese name is spelt with the same characters everywhere."""
    lex, a, b = lexicon(), form_key(a), form_key(b)
    return any(len(x) == 3 and x[0] in lex.surnames and min(map(lex.odds, x[1:])) < _CHINESE_GIVEN_ODDS and (
        y[:1] != x[0]) for x, y in ((a, b), (b, a)))


#: Log odds of being in a foreign name below which a character of a given name is read as Chinese (燊, 超, 正, 泽钜's
#: 钜 at 0.05), not a transliteration's (夏里逊 Harrison: 里 2.6, 逊 3.2).
_CHINESE_GIVEN_ODDS = 0.5


def _another_transliterated_name(short: str, full: str) -> bool:
    """``full`` is a transliteration, and ``short`` no country's short form (瓜国) nor one the lexicon knows (印尼):
    two unknown names whose characters go in order are two names (萨克森邦 Saxony, 萨克森安哈特邦 Saxony-Anhalt;
    a father's name in his son's), not a name and its short form, as 世卫 is of 世界卫生组织."""
    return transliteration(form_key(full), lexicon()) and not short.endswith("国") and (
        lexicon().names.get(form_key(short)) is None)


def _a_body(bare: str, people: frozenset[str]) -> bool:
    """CC-CEDICT knows ``bare`` as a body (保时捷 Porsche, 香奈儿 Chanel) and the text never says it is a person: the
    brand, not the bare surname of 费迪南·保时捷, who founded it.  Not a place CC-CEDICT knows, which may be a
    surname's other sense (法兰克, "the Franks" to CC-CEDICT, is the bare surname of 汤马士法兰克, Thomas Frank)."""
    return known_organisation(form_key(bare), lexicon()) and bare not in people


def _given_apart(a: str, b: str) -> bool:
    """The lexicon gives both a full English whose first names differ (李政道 Tsung-Dao Lee, 李远哲 Yuan T. Lee): two
    people who share a surname, not one name's two spellings (川普 Trump, 特朗普 Donald Trump)."""
    firsts = set()
    for form in (a, b):
        known = lexicon().names.get(form_key(form))
        words = [w for w in folded(known.english).casefold().split() if w not in _HONOURS] if known is not None else []
        if len(words) < 2:
            return False
        firsts.add(words[0])
    return len(firsts) == 2


#: Honours before a name in the lexicon's English (Sir Li Ka-shing), no first name.
_HONOURS = frozenset(("sir", "dame", "lord", "lady", "dr", "king", "queen", "prince", "princess", "pope", "saint", "st"))


def _shared_word_tail(a: str, b: str) -> int:
    """How many last characters ``a`` and ``b`` share that are an ordinary word (航空, 银行), leaving two or more of
    each: the names are compared without it; 0 when they share none."""
    lex = lexicon()
    for n in range(min(len(a), len(b)) - 2, 1, -1):
        tail = a[-n:]
        if b.endswith(tail) and tail in lex.words and tail not in lex.names:
            return n
    return 0


def _english_keys(english: str) -> set[str]:
    norm = normalise_english(english)
    return {norm, norm.split(" ")[-1]} if norm else set()


@dataclass
class _Best:
    entry: GlossaryEntry | None = None
    similar_to: str = ""
    score: float = 0.0
    same_english: bool = False


class GlossaryIndex:
    """The glossary's forms by sound block, by surname and by English, built once per review."""

    def __init__(self, glossary: Glossary):
        self.entries = glossary.entries
        self.rejected: dict[str, set[str]] = defaultdict(set)
        for row in glossary.rows:
            self.rejected[row.entry.id].update(form_key(f) for f in row.distinct)
        self.by_block: dict[str, list[tuple[str, GlossaryEntry]]] = defaultdict(list)
        self.by_form: dict[str, GlossaryEntry] = {}
        self.by_english: dict[str, GlossaryEntry] = {}
        self._forms: dict[str, _Forms] = {}  # the forms of a block of by_block, as arrays, once asked
        self._near: dict[tuple[str, bool], list[bool]] = {}  # (form, Hong Kong) → :func:`_may_be_near`, foreseen
        for entry in self.entries.values():
            for form in entry.forms:
                self.by_form.setdefault(form_key(form), entry)
                for part in {form, surname(form)} - {""}:
                    for filed in blocks_of_form(part):
                        self.by_block[filed].append((part, entry))
            for english in (entry.english, entry.short):
                for key in _english_keys(english) if entry.type is NameType.PERSON else {normalise_english(english)}:
                    self.by_english.setdefault(key, entry)
        #: Each entry's English, normalised: what a name the lexicon knows by the same English is a spelling of.
        self.english_names = frozenset(normalise_english(entry.english) for entry in self.entries.values())

    def best(self, form: str, gloss: str, hong_kong: bool = False) -> _Best:
        """The entry ``form`` is most probably a spelling of (rejected forms aside); a form of a Hong Kong
        text is also read in Cantonese (:func:`_sound_neighbours`).  By sound, only an entry alike from
        :data:`PROBABLE`: a lesser score links nothing, and stops the comparison early."""
        key = form_key(form)
        ok = lambda entry: key not in self.rejected.get(entry.id, ())  # noqa: E731
        last = surname(form)
        if last and (entry := self.by_form.get(form_key(last))) and ok(entry):
            return _Best(entry, last, 1.0)  # 铁木尔·乌马罗夫: the full name of 乌马罗夫
        lex = lexicon().names.get(key)
        for english in filter(None, (gloss, lex.english if lex else "")):
            entry = self.by_english.get(normalise_english(english))
            if entry is None and (lex is None or lex.type is NameType.PERSON):
                entry = self.by_english.get(normalise_english(english).split(" ")[-1])
            if entry and ok(entry) and not feminine_mismatch(form, entry.chinese) and not glossed_otherwise(
                    person_gloss_key(english), entry, _given_initial(english)):  # not Daniil for Dmitry Medvedev
                return _Best(entry, entry.chinese, round(max(alike(form, f) for f in entry.forms), 3), True)
        best = _Best()
        gloss_key, initial = person_gloss_key(gloss), _given_initial(gloss)  # once, not per entry compared
        trade = key.endswith(COMPANY_HEADS)  # 奇瑞汽车 sounds like 吉尔吉斯 with its trade: a company, no person nor place
        neighbours = _sound_neighbours(form, hong_kong, self.by_block)
        if (near := self._near.get((form, hong_kong))) is not None:
            near = near + [True] * (len(neighbours) - len(near))  # the Cantonese block's items, compared one by one
        else:
            near = _may_be_near(form, self._block_forms(block(form)), len(neighbours), hong_kong, PROBABLE)
        for ((listed, entry), keys), maybe in zip(neighbours, near):
            if not maybe:
                continue  # surely below PROBABLE
            if len(key) == 2 and len(listed) == 2 and not set(key) & set(form_key(listed)):
                continue  # 泰克 (Teck) is not 德国: two characters that share none are too short to tell by sound
            score = alike_at_least(form, listed, max(PROBABLE, best.score), keys)  # a lesser one links nothing
            if score > best.score and ok(entry) and not (trade and entry.type is not NameType.ORGANISATION) and not (
                    _said_to_be_another(key, gloss, gloss_key, initial, entry)):
                best = _Best(entry, listed, score)
        return best

    def foresee(self, forms: list[str], hong_kong: bool = False) -> None:
        """:func:`_may_be_near` of each of ``forms`` that :meth:`best` will be asked, against its block, the forms of
        one block all at once: a text's thousands of forms each against a block of hundreds of items in a glossary
        of 10,000 entries were as many small comparisons, each costing more to set up than to compute."""
        import numpy as np

        by_home: dict[str, list[str]] = defaultdict(list)
        for form in dict.fromkeys(forms):
            by_home[block(form)].append(form)
        for filed, members in by_home.items():
            if (home := self._block_forms(filed)) is None or (items := len(home.tail)) < _FEW:
                continue  # compared one by one in best
            mandarin = np.repeat([not (hong_kong and reads_in_cantonese(f)) for f in members], items)
            pairs = np.repeat(np.arange(len(members)), items), np.tile(np.arange(items), len(members))
            near = _may_be_alike(members, PROBABLE, mandarin, pairs, home).reshape(len(members), items).tolist()
            self._near.update(((form, hong_kong), row) for form, row in zip(members, near))

    def _block_forms(self, filed: str) -> _Forms | None:
        """The forms of a block of :attr:`by_block` as arrays, built when a form first asks for them (not for a
        block of fewer than :data:`_FEW`)."""
        if filed not in self._forms and len(self.by_block.get(filed, ())) >= _FEW:
            self._forms[filed] = _Forms([listed for listed, _ in self.by_block[filed]])
        return self._forms.get(filed)


#: Items of a block below which :func:`_may_be_near` leaves the comparisons one by one: the arrays cost more than
#: they spare (a seed glossary's blocks hold a few items each).
_FEW = 16


def _may_be_near(form: str, home: _Forms | None, neighbours: int, hong_kong: bool, at_least: float) -> list[bool]:
    """For each of the ``neighbours`` of ``form`` (:func:`_sound_neighbours`: the items of its block, whose forms
    ``home`` holds, then those of its Cantonese reading's block), whether it may be alike from ``at_least``
    (:func:`_may_be_alike`, against the whole block at once: every form of a text is compared with its block,
    hundreds of items in a glossary of 10,000 entries); the others score 0.0 at any threshold from ``at_least``."""
    import numpy as np

    if home is None or (items := len(home.tail)) < _FEW:
        return [True] * neighbours
    mandarin = np.full(items, not (hong_kong and reads_in_cantonese(form)))  # as _sound_neighbours' keys
    maybe = _may_be_alike([form], at_least, mandarin, (np.zeros(items, dtype=np.intp), np.arange(items)), home)
    return maybe.tolist() + [True] * (neighbours - items)


def _sound_neighbours(form: str, hong_kong: bool, by_block: dict[str, list]) -> list[tuple[object, tuple]]:
    """The items of ``by_block`` worth comparing with ``form``, each with the readings to compare by.

    Those of its Mandarin block; and for a Hong Kong form (:func:`.cantonese.reads_in_cantonese`), the
    items of the block its Cantonese reading falls in too, compared by that reading only (夏蘭特 haa laan
    dak is 哈兰德 Haaland, though 夏 xia starts another Mandarin block).
    """
    cantonese = hong_kong and reads_in_cantonese(form)
    home = block(form)
    found = [(item, key_pairs(cantonese, False)) for item in by_block.get(home, ())]
    if cantonese and (other := cantonese_block(form)) != home:
        found += [(item, key_pairs(True, False, same_block=False)) for item in by_block.get(other, ())]
    return found


def _other_given_name(full: str, english: str) -> bool:
    """The bare surname's English (its gloss, else the lexicon's) gives a given name that the full name's
    given name is not: 杜特尔特 (Rodrigo Duterte) is not 莎拉·杜特尔特 (莎拉 Sara), his daughter.  When the lexicon
    knows the given name only as a place, its English spells the place (基尔 Kiel, not Keir of 基尔·斯塔默), and only
    another initial says another given name (查尔斯 Charles·库什纳 is not 库什纳 Jared Kushner)."""
    lex = lexicon().names
    given = name_parts(given_names(full))
    words = english.split()
    if len(words) < 2 or not given or not all(p in lex for p in given):
        return False
    known = lex[given[0]]
    letters = 3 if known.type is NameType.PERSON else 1  # 基尔 Kiel, a city: the English of a homograph, its initial alone
    first = lambda name: re.sub(r"[^a-z]", "", folded(name).lower().replace("h", ""))[:letters]  # noqa: E731 Sara/Sarah, Sébastien
    return first(known.english) != first(words[0])


def _fathers_names_alone(dotted: list[str]) -> list[tuple[str, str]]:
    """(short, full) for each dotted name that begins with "son of" (本·蘇萊耶姆) and ends the one longer name that
    has it (穆罕默德·本·蘇萊耶姆); two brothers of one father leave it to neither."""
    parts = {f: tuple(name_parts(to_simplified(f).strip())) for f in dotted}
    by_tail: dict[tuple[str, ...], list[str]] = defaultdict(list)  # longer names by their last two parts
    for f, whole in parts.items():
        if len(whole) > 2:
            by_tail[whole[-2:]].append(f)
    return [(short, full[0]) for short, said in parts.items()
            if len(said) == 2 and said[0] in PATRONYMIC_WORDS and len(full := by_tail.get(said, ())) == 1]


def _given_initial(english: str) -> str:
    """The first letters of an English name's given name, spelling aside (Sara/Sarah, Antony/Anthony); "" for a
    name of one word."""
    words = english.split()
    return _initial(words[0]) if len(words) > 1 else ""


def _initial(word: str) -> str:
    """The first letters of one word of an English name, spelling aside (Sara/Sarah)."""
    return re.sub(r"[^a-z]", "", word.lower().replace("h", ""))[:3]


def glossed_apart(bare: str, full: str, english: dict[str, str], glossed: frozenset[str] = frozenset()) -> bool:
    """The text glosses the ``bare`` surname with a person's full English, and the ``full`` name's English (gloss
    or lexicon) has another given name: two people of one surname, the bare surname glossed as the brother
    (恩沙基 (Filippo Inzaghi)) of the full name before it (施蒙尼恩沙基 (Simone Inzaghi)).  The lexicon's English for
    a bare surname names whoever it names there (卡尼 Mark Carney), not the text's person, unless the text's own
    gloss (a form in ``glossed``) says the same (杜特蒂 (Rodrigo Duterte), not his son 塞巴斯汀·杜特蒂)."""
    known = lexicon().names.get(form_key(bare))
    if known is not None and known.english == english.get(bare) and bare not in glossed:
        return False
    first_bare, first_full = _given_initial(english.get(bare, "")), _given_initial(english.get(full, ""))
    return bool(first_bare and first_full) and first_bare != first_full


#: The word that ends a republic's full name.
_REPUBLIC = "共和国"


def _named_after(form: str, bare: str) -> bool:
    """The lexicon's English of ``form`` begins with that of ``bare``, a word of its own: one place by both
    (巴尔干半岛 Balkan Peninsula, 巴尔干 Balkan; 克里米亚半岛 Crimean Peninsula, 克里米亚 Crimea)."""
    names = lexicon().names
    long, short = names.get(form_key(form)), names.get(form_key(bare))
    return long is not None and short is not None and short.type is NameType.PLACE and (
        re.match(rf"{re.escape(short.english)}\w*\b", long.english) is not None)


def _body_bare(form: str, known: set[str]) -> str:
    """The longest of the ``known`` forms that ``form`` is, with a body's kind or its trade after it (维也纳爱乐|乐团,
    迪尔玛|茶业公司, 戴比尔斯|集团), of two characters or more; else ""."""
    return next((form[:i] for i in range(len(form) - 1, 1, -1) if form[:i] in known and _BODY_TAIL.fullmatch(form, i)), "")


#: What follows a body's own name in its full name: a club's or an orchestra's word, a team's, a company's trade with
#: or without its company word (矿业, 汽车公司), or up to two characters of its trade before one (茶业公司).
_BODY_TAIL = re.compile(f"(?:{'|'.join(sorted(BRAND_HEADS + ('足球俱乐部', '乐团', '队'), key=len, reverse=True))})"
                        f"(?:{COMPANY_WORDS})?|[\u4e00-\u9fff]{{0,2}}(?:{COMPANY_WORDS})")


def _without_word(form: str, words: tuple[str, ...]) -> str:
    """``form`` without the first of ``words`` it ends in (兰佩杜萨岛 → 兰佩杜萨), if two characters or more are left;
    else ""."""
    word = next((w for w in words if form.endswith(w)), "")
    return form[:-len(word)] if word and len(form) - len(word) >= 2 else ""


def _letters(form: str) -> str:
    """The Latin letters and digits of ``form``: two bodies' Latin names before one Chinese head (ACT党, DEM党) sound
    alike only in the head, which says nothing of which body it is."""
    return "".join(_LETTER.findall(form)).casefold()


_LETTER = re.compile(r"[A-Za-z0-9]")


def _clusters(forms: list[str], english: dict[str, str] | None = None,
              cantonese: frozenset[str] = frozenset(), places: frozenset[str] = frozenset(),
              people: frozenset[str] = frozenset(), kin: frozenset[frozenset[str]] = frozenset(),
              glossed: frozenset[str] = frozenset(), held: tuple[tuple[str, str], ...] = (),
              generations: tuple[tuple[str, str], ...] = ()) -> list[list[str]]:
    """Single-link clusters of unlisted forms (Simplified keys), in order of first appearance; a form that sounds
    like the short form of a long form (pairs in ``held``, the short form attached later) joins the long form; the forms in
    ``cantonese`` are also compared by their Cantonese reading (Hong Kong forms); those in ``places`` the text
    only ever says are places, never a person's given name (努尔苏丹 the city, not 努尔苏丹·纳扎尔巴耶夫); those in
    ``people`` it only ever says are people, never a place the lexicon knows by sound alone (赵显, not 朝鲜);
    those in ``glossed`` the text glosses itself (:func:`glossed_apart`); each pair in ``generations`` is a full name
    and the surname after 小 or 老 that names it (:func:`_generation_holders`).

    A bare surname belongs to the full name that has it; when two full names
    share it (本雅明·内塔尼亚胡, his wife 萨拉·内塔尼亚胡), to the one the text
    names first, as news introduces its main person first; never to a full name
    whose given name is not the one its ``english`` (gloss or lexicon) gives.  A
    bare form the lexicon pairs with the surname (a region's spelling, 柯林顿 of
    比尔·克林顿) joins it as the surname does when the lexicon's English names one
    person (米雷伊 Javier Milei), else only a full name alone in having it (not 柯林顿
    with Bill and Hillary); one that only sounds like it, a full name alone in having it.
    """
    import numpy as np

    english = english or {}
    parent = {f: f for f in forms}
    cluster_of = {f: [f] for f in forms}

    def root(f: str) -> str:
        while parent[f] != f:
            parent[f] = parent[parent[f]]
            f = parent[f]
        return f

    def join(a: str, b: str) -> None:
        """One cluster of ``a``'s and ``b``'s, unless their English says two of their forms are two people: an
        unglossed spelling alike to both (洪瑪奈) does not chain 洪馬尼 (Hun Many) to 洪瑪尼特 (Hun Manith); nor a
        relative the text introduces by kinship and the person named before the kinship word (``kin``, form keys:
        马斯克的胞弟|金博尔·马斯克); nor a state and its city (纽约州, 纽约市), nor two towns' clubs (:func:`other_towns`);
        nor two full names whose surnames differ (安德烈·尼基京, 安德烈·科斯京), chained by the given name they share; nor a
        monarch and another (弗雷德里克十世, 弗雷德里克森)."""
        ra, rb = root(a), root(b)
        if ra != rb and not any(english_apart(x, y) or frozenset((form_key(x), form_key(y))) in kin
                                or other_division(x, y) or other_surnames(x, y) or more_given_names(x, y)
                                or other_towns(x, y) or other_monarch(x, y) for x in cluster_of[ra] for y in cluster_of[rb]):
            parent[rb] = ra
            cluster_of[ra] += cluster_of.pop(rb)

    by_block: dict[str, list[str]] = defaultdict(list)
    owners: dict[str, list[str]] = defaultdict(list)
    written = set(forms)
    dotted_surnames = {last for f in forms if (last := surname(f))}  # 温格高 of 约纳斯·温格高: a transliteration's
    for f in forms:
        for filed in blocks_of_form(f):
            by_block[filed].append(f)
        if patronymic(f):
            continue  # 萨勒曼 alone is no 穆罕默德·本·萨勒曼: his father (its given name alone is short_forms')
        if last := surname(f) or lexicon().family_name(form_key(f)) or (f in people and family_name_first(f)) or (
                _personal(f, english) and surname_by_english(f, english.get(f, ""), lexicon())):
            # 布林肯 of 安东尼·布林肯, 高市 of 高市早苗, 桥本 of 会长|桥本英二, 卡尼 of 哈利卡尼 (Harry Kane)
            owners[last].append(f)
            if (double := _double_surname(f)) in written:
                owners[double].append(f)  # 帕雷-潘特尔 of 瓦伦丁·帕雷-潘特尔, whose last part alone is 潘特尔
            if surname(f) and len(last) >= 4 and last[0] in _SURNAME_PARTICLE_CHARACTERS and last[1:] in written and (
                    DOT_RUN.search(f) and f not in places and _personal(f, english)):
                owners[last[1:]].append(f)  # 莫赖斯 of 亚历山大·德莫赖斯 (Alexandre de Moraes): without its "de"
    def one_name(a: str, b: str, keys: tuple[tuple[bool, bool], ...]) -> bool:
        # a surname joins a full name only below, when one person has it
        least = KNOWN_PLACE_RESPELT if _known_place_and_unknown(a, b) else CLUSTER
        return bool(surname(a)) == bool(surname(b)) and alike_at_least(
            a, b, least, keys, foreign=a in dotted_surnames or b in dotted_surnames) >= least and (
            not surname(a) or alike_given(given_names(a), given_names(b), keys, CLUSTER) >= CLUSTER) and not english_apart(a, b) and (
            not person_and_place(a, b)) and not _divisions_apart(a, b, keys) and _letters(a) == _letters(b)

    def person_and_place(a: str, b: str) -> bool:
        """The text says one is a person (外长|赵显, 总裁|黄仁勋) and the lexicon knows the other as a place (朝鲜) or a
        body (韩联社 Yonhap, huang ren xun and han lian she), or one a place and the other a body it knows, or its head
        says one (记者|陈品洁, 仙宾|礁 (a reef)) or it ends in an ordinary word (开罗|协议, an agreement), however
        alike they sound (zhao xian, chao xian)."""
        return any(x in people and ((known := lexicon().names.get(form_key(y))) is not None
                                    and known.type is not NameType.PERSON or y.endswith(_FEATURE_ENDS) or _word_tail(y))
                   or x in places and (known := lexicon().names.get(form_key(y))) is not None and (
                       known.type is NameType.ORGANISATION)
                   for x, y in ((a, b), (b, a)))  # 格罗西 (Rafael Grossi) and 开罗|协议 (kai luo xie); 南部城市|科克 (Cork)
        # and 谷歌 (Google), ke ke and gu ge

    def english_apart(a: str, b: str) -> bool:
        """The surname each English gives differs: 凯尔西 (Travis Kelce) is not 盖茨 (Gates), however alike they
        sound.  Only the text's gloss or a one-word lexicon English (Gates) gives a surname: the lexicon's
        longer English may be a name taken (Pope Leo XIV for 普雷沃斯特, glossed Robert Prevost); a pair the
        lexicon knows (哈萨克/哈萨克斯坦) stays one."""
        ends = set()
        for f, other in ((a, b), (b, a)):  # not the lexicon's English of a bare surname the other, a full name, is
            said = normalise_english(english.get(f, ""))  # written with (罗斯 "Roth", 贾斯汀·罗斯 (Justin Rose)): the
            known = lexicon().names.get(form_key(f))  # text's gloss says whose it is
            if not said or (known is not None and known.english == english[f] and (
                    " " in said or surname(other) == f)):
                return False
            ends.add(said.split(" ")[-1])
        return len(ends) == 2 and not (lexicon_key(a) and lexicon_key(a) == lexicon_key(b))

    arrays, row = _Forms(forms), {f: n for n, f in enumerate(forms)}  # every form's sounds once, not once per block
    for members in by_block.values():
        first, second = np.triu_indices(len(members), 1)
        mandarin = np.fromiter((f not in cantonese for f in members), dtype=bool, count=len(members))
        at = np.fromiter(map(row.__getitem__, members), dtype=np.intp, count=len(members))
        maybe = _may_be_alike(arrays, CLUSTER, mandarin[first] & mandarin[second], (at[first], at[second]))
        for i, j in zip(first[maybe].tolist(), second[maybe].tolist()):  # the others are surely not one name
            a, b = members[i], members[j]
            if one_name(a, b, key_pairs(a in cantonese, b in cantonese)):
                join(a, b)
    for long, short in held:  # 克鲁日 is 克卢日-纳波卡, whose short form 克卢日 (attached later) it sounds like
        for b in {b for filed in blocks_of_form(short) for b in by_block.get(filed, ())}:
            if b != long and b not in people and one_name(short, b, key_pairs(long in cantonese, b in cantonese)):
                join(long, b)
    for a in (f for f in forms if f in cantonese):
        if (other := cantonese_block(a)) != block(a):
            for b in by_block.get(other, ()):
                if one_name(a, b, key_pairs(True, False, same_block=False)):
                    join(a, b)  # 夏兰特 (haa laan dak) and 哈兰德, of two Mandarin blocks
    for full, elder_or_younger in generations:
        join(full, elder_or_younger)
    dotted = [f for f in forms if surname(f)]
    for short, full in _fathers_names_alone(dotted):
        join(full, short)  # 本·蘇萊耶姆 is 穆罕默德·本·蘇萊耶姆: "son of" and the father's name, his name in news
    by_first_sound: dict[str, list[str]] = defaultdict(list)  # dotted full names by their surname's first consonant
    for d in dotted:
        for sound in {b[:1] for b in blocks_of_form(surname(d))}:
            by_first_sound[sound].append(d)
    by_given_english: dict[str, set[str]] = defaultdict(set)  # dotted full names by their given name's English
    for d in dotted:
        by_given_english[_given_english(d)].add(d)
    sounding = {a: _surname_sounds(a, a in cantonese, dotted, by_first_sound) if all(
        lexicon().odds(c) > LENIENT for c in a) else set() for a in forms if not surname(a) and len(a) >= 4}
    parts_of: dict[str, set[str]] = defaultdict(set)
    for a, d in _parts_alike_among(sounding, cantonese):
        parts_of[a].add(d)
    place_of = {d: n for n, d in enumerate(dotted)}
    for a in sounding:  # each with the dotted names that may be it, in the text's order, not every dotted name
        keys = key_pairs(a in cantonese, False)
        given = by_given_english.get(first, set()) if (first := _given_initial(english.get(a, ""))) else set()
        for b in sorted(parts_of[a] | given, key=place_of.__getitem__):
            if b in parts_of[a] or _same_given_by_english(a, b, english, keys):
                join(a, b)  # 勒邦占士 is 勒布朗·詹姆斯: Hong Kong writes a full name without the dot
    by_lexicon_key: dict[str, list[tuple[str, NameType]]] = defaultdict(list)
    for f in forms:
        key = form_key(f)
        if (name := lexicon().name_or_state(key) or club_town(key) or club_of_team(key)) and name.key:
            by_lexicon_key[name.key].append((f, name.type))
    for (first, first_type), *rest in by_lexicon_key.values():
        for f, f_type in rest:
            if not feminine_mismatch(f, first) and not city_and_united(f, first) and not _given_apart(f, first) and not (
                    f_type is not first_type and place_within_place(f, first)):
                join(first, f)  # 特朗普/川普: one name by the lexicon, whatever the sound; not 李政道/李远哲, two people of
                # one surname, Lee; nor 华盛顿州 and 华盛顿, a state named after a person (the lexicon's 华盛顿), so
                # that the text's 华盛顿 is another place, the capital
    by_first: dict[str, list[str]] = defaultdict(list)  # a short form begins as its long form does
    for f in forms:
        by_first[f[:1]].append(f)
    known_forms = set(forms)
    places_by_key = {key: f for f in reversed(forms) if f not in people and (key := lexicon_key(f))}
    for f in forms:
        if f[-1:] in DIVISIONS and (bare := f[:-1]) not in known_forms and (key := lexicon_key(bare)) and (
                other := places_by_key.get(key)) and other != f and _division_named(form_key(bare), form_key(f)):
            join(f, other)  # 艾伯塔省 … 亞伯達: the province, written bare only in another region's spelling
        elif f[-1:] in DIVISIONS and (bare := f[:-1]) in known_forms and bare not in people and len(bare) >= 2 and (
                lexicon().names.get(form_key(bare)) is None and (
                    f.endswith(_TOWN_OR_STATE) or (f.endswith(_STATE) and bare in places))
                or _division_named(bare, f) or (f.endswith("邦") and known_place(form_key(bare), lexicon()))):
            join(f, bare)  # 达沃市 … 达沃, 比哈尔邦 … 比哈尔: a town or a state the lexicon does not know, named without
            # its word, as is 瓜纳华托州 … 瓜纳华托 when the text says the bare name is a place; 魁北克省 … 魁北克,
            # 沙巴州 … 沙巴: CC-CEDICT says one place (not 纽约州, New York State, and 纽约);
            # 坦米尔那都邦 … 坦米尔那都: 邦 names a state of India or Malaysia, and no city shares a state's name there
        elif (bare := _without_word(f, _REGION_OWN_WORDS)) and bare in known_forms and bare not in people and not (
                city_sense(bare)):
            join(f, bare)  # 加泰罗尼亚自治区 … 加泰罗尼亚, 澳门特区 … 澳门, 库德斯坦地区 … 库德斯坦: the region's word, one
            # place; not 马德里自治区 and 马德里 "capital of Spain", the city
        elif (bare := _without_word(f, _OWN_NAME_HEADS)) and bare in known_forms and bare not in people and (
                bare not in owners and (form_key(bare) not in lexicon().names or _named_after(f, bare))):
            join(f, bare)  # 兰佩杜萨岛 … 兰佩杜萨, 查戈斯群岛 … 查戈斯, 马拉莫科村 … 马拉莫科, 诺坎普球场 … 诺坎普: an
            # island, a village or a ground named again without its word is the same place, unless the text says the
            # bare name is a person's or the lexicon knows it as a place of its own (威尼斯 and 珀斯体育场, Perth and its
            # stadium), whose English the long form's does not begin with (巴尔干半岛 "Balkan Peninsula" is 巴尔干
            # "Balkan"; 朝鲜半岛 "Korean Peninsula" is not 朝鲜 "North Korea")
        elif (bare := _body_bare(f, known_forms)) and bare not in people and bare not in places and bare not in owners and (
                lexicon().names.get(form_key(bare)) is None and not known_place(form_key(bare), lexicon())):
            join(f, bare)  # 维也纳爱乐乐团 … 维也纳爱乐, 迪尔玛茶业公司 … 迪尔玛: a body named again without its kind or
            # its trade, whose bare name is no place nor a name the lexicon knows (维也纳, Vienna, stays the city)
    for short in (f for f in forms if f not in owners):  # 沙阿 of 杰伊·沙阿 is his surname, not 沙特阿拉伯's short form
        if not short.endswith(_REPUBLIC) and len(full := [f for f in by_first[short[:1]] if abbreviates(short, f)]) == 1 and (
                not _another_transliterated_name(short, full[0])):
            join(full[0], short)  # 瓜国 is 瓜地马拉 when the text names one country in 瓜; 刚果共和国 is a state's full
            # name, no short form of 刚果民主共和国
    order = {f: i for i, f in enumerate(forms)}
    by_key: dict[str, list[str]] = defaultdict(list)
    for f in forms:
        if key := lexicon_key(f):
            by_key[key].append(f)
    filed_with = {last: {g for b in blocks_of_form(last) for g in by_block.get(b, ())} if len(full) == 1 else set()
                  for last, full in owners.items()}
    alike = _alike_pairs([(f, last) for last, filed in filed_with.items() for f in filed
                          if f not in owners and not surname(f)], CLUSTER, foreign=frozenset(dotted_surnames))
    # 康明斯 of 帕特·甘明斯: a dotted surname is a transliteration, and its respelling at the first character one too
    by_ends: dict[tuple[str, str, int], list[str]] = defaultdict(list)  # forms by first and last character and length
    for f in order:
        by_ends[(f[0], f[-1], len(f))].append(f)
    for last, full in owners.items():
        filed = filed_with[last] | ({f for f in by_ends.get((last[0], last[-1], len(last) - 1), ())
                                     if _one_syllable_less(f, last)} if len(full) == 1 else set())  # 麦罗伊 of 麦克罗伊
        named = ({last} & order.keys()) | set(by_key.get(lexicon_key(last), ()) if lexicon_key(last) else ()) | filed
        for f in sorted(named, key=order.__getitem__):  # the forms it may be: itself, the lexicon's pair, its sound block
            if surname(f) and f != last:  # a double surname (帕雷-潘特尔) has parts of its own
                continue
            paired = bool(lexicon_key(last)) and lexicon_key(f) == lexicon_key(last)
            near = f in filed and f not in owners and ((f, last) in alike or _one_syllable_less(f, last) or (
                _first_syllable_apart(f, last))) and (
                not written_chinese(f, lexicon()) or (f[1:] == last[1:] or f[0] == last[0] and sound_key(f) == sound_key(
                    last) or len(f) == len(last) >= 3 and f[:-1] == last[:-1]) and (f, last) in alike) and not known_place(
                form_key(f), lexicon()) and f not in places  # 藍格 of 伯恩哈德·蘭格: one first sound, however Chinese;
            # 穆伊祖 of 穆罕默德·穆伊兹: all but the last character
            # 勒庞 has its own full names; 米雷 is 哈维尔·米莱, one sound after one first character, though it reads as
            # a Chinese name; 黄一宸 (a reporter) is no 汉森, nor 开罗 (Cairo) 伊斯梅尔·奥马尔·盖莱, nor
            # 城市|布尔加斯 塔德伊·波加查
            if not (f == last or paired or near):
                continue
            if f == last and _a_body(f, people):
                continue  # 保时捷 is the brand, not 费迪南·保时捷's bare surname
            holders = [g for g in full if not _other_given_name(g, english.get(f, "")) and not glossed_apart(
                f, g, english, glossed) and frozenset((form_key(f), form_key(g))) not in kin]  # not 其子|尼古拉斯·佩特罗
            one_person = len(holders) == 1 or len(english.get(f, "").split()) > 1  # its English names someone
            if holders and (f == last or paired and one_person or near):
                join(holders[0], f)  # 布林肯 is 安东尼·布林肯; of two full names, the one named first
    by_english_surname: dict[str, list[str]] = defaultdict(list)  # glossed full names by their English surname
    for d in dotted:
        if len(said := folded(english.get(d, "")).casefold().split()) > 1:
            by_english_surname[said[-1]].append(d)
    glossed_initials = {surname(d)[:1] for full in by_english_surname.values() for d in full}
    for f in forms if by_english_surname else ():
        if surname(f) or f in owners or f in places:
            continue
        if (known := lexicon().names.get(form_key(f))) is not None:
            said, said_type = known.english, known.type
        elif f[:1] in glossed_initials:  # a lexicon name it sounds like, asked only of a form that begins as a glossed
            said, said_type = _cluster_english((f,), (), f in cantonese)  # surname does (湯姆森, 湯遜): sound is dear
        else:
            continue
        if said_type is not NameType.PERSON or " " in said:
            continue
        if len(full := by_english_surname.get(folded(said).casefold(), [])) == 1 and not glossed_apart(
                f, full[0], english, glossed) and frozenset((form_key(f), form_key(full[0]))) not in kin:
            join(full[0], f)  # 马丁 (Martin) is 米高·马田 (Micheál Martin): Hong Kong spells his surname its own way,
            # the lexicon's English says the mainland's is the same; 湯姆森, like the lexicon's Thomson, is 佐治·湯遜
            # (George Thomson)
    clipped: dict[str, set[str]] = defaultdict(set)  # the first two or three characters of a long surname → its holders
    for last, full in owners.items():
        for n in (2, 3):
            if len(last) - n >= _CLIPPED_AT_LEAST and all(map(lexicon().is_name_char, last)) and not (
                    last.endswith(_PATRONYMIC_ENDS)):
                clipped[last[:n]].update(full)  # not 莫迪 of 纳伦德拉·莫迪体育场, a stadium named after him
    for f in forms:
        if f in clipped and len(clipped[f]) == 1 and not surname(f) and f not in owners and f not in places and (
                f in people or not known_place(form_key(f), lexicon())) and (
                (known := lexicon().names.get(form_key(f))) is None or known.type is not NameType.PERSON):
            join(next(iter(clipped[f])), f)  # 涅波 is 伊恩·涅波姆尼亚奇, 普拉格 (said a person) 拉梅什巴布·普拉格南南达:
            # sport clips a long surname to its first syllables (Nepo, Pragg); not a person the lexicon knows, nor
            # the father a patronymic names (苏卡诺 of 梅加瓦蒂·苏卡诺普特丽, Sukarno's daughter)
    by_last_part: dict[str, list[str]] = defaultdict(list)
    for g in forms:
        by_last_part[DOT_RUN.split(g)[-1]].append(g)
    for f in (f for f in forms if not DOT_RUN.search(f) and _HYPHEN.search(f)):
        if len(full := [g for g in by_last_part.get(f, ()) if g != f]) == 1:
            join(full[0], f)  # 奥孔乔-伊韦阿拉 is 恩戈齐·奥孔乔-伊韦阿拉: a double surname alone
    for f, full in _by_double_surname(forms, owners).items():
        if len(full) == 1:
            join(full[0], f)  # 乌里韦·图尔瓦伊 and 赫茨 are 米格尔·乌里韦·图尔瓦伊 and 亚历杭德罗·赫茨·马内罗
    ending: dict[str, list[str]] = defaultdict(list)  # an end of two characters or more → the longer forms with it
    for f in forms:
        for n in range(2, len(f) - 1):
            ending[f[-n:]].append(f)
    for f in forms:
        if f not in owners and (full := sorted(_undotted_full_names(f, ending.get(f, [])), key=order.__getitem__)) and (
                not glossed_apart(f, full[0], english)):
            join(full[0], f)  # 賴斯 is 迪格蘭賴斯 (Declan Rice), a Hong Kong full name without a dot; of two (基伦韦逊,
            # 加利韦逊), the one named first, as of two dotted ones
    givens: dict[str, list[tuple[str, str]]] = defaultdict(list)  # sound block of a given name → (full name, given)
    for full in (f for f in forms if surname(f)):
        if len(given := NAME_PARTS.sub("", given_names(full))) >= 2:
            givens[block(given)].append((full, given))
    joining = [f for f in forms if not surname(f) and f not in places and not _common_noun(form_key(f)) and (
        (known := lexicon().names.get(form_key(f))) is None or known.type is NameType.PERSON)]  # the sound compared only
    # for a form that may join: no common noun (基地 "base", like 凯蒂·佩芮's 凯蒂 in sound; 安华 is a name to jieba)
    alike = _alike_pairs([(f, given) for f in joining for _, given in givens.get(block(f), ())], CLUSTER, given=True)
    for f in joining:
        near = [(full, given) for full, given in givens.get(block(f), ()) if (f, given) in alike and not (
            f != given and len(f) == 2 and written_chinese(f, lexicon()) and not written_chinese(given, lexicon()))]  # 刘杰 (a
        # reporter) is not 罗杰·威克's given name 罗杰: a Chinese name, however alike a transliteration it sounds
        if len(near) == 1 and not (f in owners and (near[0][1] != f or any(order[g] < order[near[0][0]] for g in owners[f]))):
            join(near[0][0], f)  # 贝东塔 is 贝东丹·钦那瓦: a Thai premier goes by her given name; but a full name's surname
            # is not another's given name that sounds like it (巴尔扎尼, 巴沙尔·阿萨德), nor the same when the text names
            # the surname's bearer first (纳辛贝 is 福雷·纳辛贝, named before his father 纳辛贝·埃亚德马)
    guessed: dict[str, list[str]] = defaultdict(list)  # the possible surnames of glossed undotted full names
    for full in (f for f in forms if not surname(f) and _personal(f, english)
                 and not surname_by_english(f, english.get(f, ""), lexicon())):
        for n in surname_lengths(full, english.get(full, "")):
            if may_be_given_name(full[:-n], lexicon()):  # not 团结为|智利
                guessed[full[-n:]].append(full)
    for full in (f for f in forms if not surname(f) and len(f) >= _UNDOTTED_FULL and _personal(f, english)
                 and f not in places and not english.get(f)):
        for f in (full[-n:] for n in range(len(full) - 2, 1, -1) if full[-n:] in order):
            if f not in places and (
                    f not in owners) and (
                    all_han(full[:-len(f)]) and not TITLE.search(full[:-len(f)])):
                guessed[f].append(full)  # 狄卡比奥 of 里安纳度狄卡比奥, unless a dotted full name has it (鲍里斯·约翰逊, not 凯莉约翰逊)
    for f in forms:
        if len(full := guessed.get(f, [])) == 1 and not glossed_apart(f, full[0], english):
            join(full[0], f)  # 路兰 is 基斯杜化路兰 (Christopher Nolan), named so alone later
    chosen_names: dict[str, list[str]] = defaultdict(list)  # 温彼得 → 彼得·温宁克
    for full in dotted:
        if chosen := chosen_name(full):
            chosen_names[chosen].append(full)
    for f in (f for f in forms if len(f) == 3 and not surname(f)):
        if len(chosen := chosen_names.get(f, [])) == 1:
            join(chosen[0], f)  # 温彼得 is 彼得·温宁克: his chosen name, surname's first character first
    clusters: dict[str, list[str]] = defaultdict(list)
    for f in forms:
        clusters[root(f)].append(f)
    return list(clusters.values())


#: How many characters a surname clipped to its first two or three keeps out at least (涅波 of 涅波姆尼亚奇: four).
_CLIPPED_AT_LEAST = 3
#: Endings of a surname made of a father's name: Indonesian -putri/-putra, Slavic -vich, Nordic -son, -dóttir.
_PATRONYMIC_ENDS = ("普特丽", "普特拉", "维奇", "松", "森", "多蒂尔", "多提尔")


def _divisions_apart(a: str, b: str, keys: tuple[tuple[bool, bool], ...]) -> bool:
    """Two divisions of one kind whose names sound apart without the kind's word (乌里州 and 瓦莱州, two Swiss
    cantons: wu li and wa lai): the shared 州 made them sound alike."""
    return a[-1] == b[-1] and a[-1] in DIVISIONS and min(len(a), len(b)) >= 3 and alike_at_least(
        a[:-1], b[:-1], CLUSTER, keys) < CLUSTER


def _first_syllable_apart(bare: str, last: str) -> bool:
    """``bare`` is a full name's surname ``last`` of four characters or more with another first character of the same
    sound block (扬内斯库 of 拉杜·约内斯库, Ionescu, yang and yue): presses render a name's first vowel each its own way,
    which scores below grouping (.79) on a name this long."""
    return len(bare) == len(last) >= 4 and bare[1:] == last[1:] and bare[0] != last[0]


def _one_syllable_less(bare: str, last: str) -> bool:
    """``bare`` is a full name's surname ``last`` of four characters or more without one character inside it, first
    and last kept, the others read alike (麦罗伊 of 罗瑞·麦克罗伊, McIlroy; 斯皮西尔 of 吉米·斯皮特希尔, Spithill, 希 and 西
    both xi): one press drops a cluster's vowel another writes out, which sound alone scores below grouping (.75)."""
    return len(bare) >= 3 and len(last) == len(bare) + 1 and bare[0] == last[0] and bare[-1] == last[-1] and any(
        readings(last[:i] + last[i + 1:]) == readings(bare) for i in range(1, len(last) - 1))


def _by_double_surname(forms: list[str], owners: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each form that is the double surname (乌里韦·图尔瓦伊) or the father's surname (赫茨, 洛佩斯) of full names of
    three parts or more, with them: Spanish names a person by both surnames or by the first, which comes before
    the last part (安德烈斯·曼努埃尔·洛佩斯·奥夫拉多尔).  Not a father's name: an Arabic one's (本·萨勒曼), or one
    the text leaves out elsewhere (穆罕默德·代比 beside 穆罕默德·伊德里斯·代比, whose father is 伊德里斯·代比); nor a
    part that is another full name's surname, nor places listed with dots (土库曼斯坦·阿富汗·巴基斯坦·印度), though one
    part may spell a place too (维拉 of 卡洛斯·维拉·诺瓦) where dots join the parts, not hyphens (巴庫－提比里西－傑伊漢輸油管)."""
    parts_of = {f: tuple(name_parts(to_simplified(f).strip())) for f in forms}
    wanted = {parts: f for f, parts in parts_of.items()}
    found: dict[str, list[str]] = defaultdict(list)
    for full, parts in parts_of.items():
        places = sum(known_place(part, lexicon()) for part in parts)
        if len(parts) < 3 or patronymic(full) or len(parts[-2]) < 2 or (parts[0], parts[-1]) in wanted or places >= 2 or (
                places and not any(c in DOTS for c in full)):
            continue
        for double in (parts[-2:], parts[-2:-1]):
            if (f := wanted.get(double)) is not None and f != full and not (len(double) == 1 and f in owners):
                found[f].append(full)
    return found


def _common_noun(key: str) -> bool:
    """A word of the dictionary that jieba tags a common noun (基地 "base"), not a proper one (安华)."""
    return key in lexicon().words and jieba_tag(key) == "n"


def _surname_sounds(undotted: str, cantonese: bool, dotted: list[str], by_first_sound: dict[str, list[str]]) -> set[str]:
    """The dotted full names whose surname begins with the consonant an end of ``undotted`` begins with (in Mandarin,
    or in Cantonese for a Hong Kong form): the only ones :func:`_parts_alike` may find alike, looked up rather than
    all compared (a text of many names has hundreds of each); all of them for an end that begins with no consonant."""
    ends = [undotted[k:] for k in range(2, len(undotted) - 1)]
    sounds = {block(e)[:1] for e in ends} | ({cantonese_block(e)[:1] for e in ends} if cantonese else set())
    if "" in sounds:
        return set(dotted)
    return {d for sound in sounds for d in by_first_sound.get(sound, ())}


#: Similarity of sound from which each part of two full names, given name and surname, says one person: two
#: parts alike are more than one alone (:data:`CLUSTER`).
PARTS_ALIKE = 0.7


def _parts_alike(undotted: str, dotted: str, keys: tuple[tuple[bool, bool], ...]) -> bool:
    """A full name written without the dot (勒邦占士, as Hong Kong writes one) is a dotted full name of another
    region (勒布朗·詹姆斯) when, cut somewhere into a given name and a surname of two characters or more, both
    parts sound like the other's; two regions' spellings of each part differ more than one spelling of a
    single name does (勒邦/勒布朗, 占士/詹姆斯).  The caller has checked that every character of ``undotted`` may
    stand in a transliteration."""
    last, given = surname(dotted), NAME_PARTS.sub("", given_names(dotted))
    if len(given) < 2 or len(last) < 2 or feminine_mismatch(undotted, dotted):
        return False
    return any(alike_at_least(undotted[k:], last, PARTS_ALIKE, keys) and alike_at_least(
        undotted[:k], given, PARTS_ALIKE, keys, given=True) for k in range(2, len(undotted) - 1))


def _alike_pairs(pairs: list[tuple[str, str]], at_least: float, given: bool = False,
                 foreign: frozenset[str] = frozenset()) -> set[tuple[str, str]]:
    """The ``pairs`` that :func:`alike_at_least` (Mandarin readings; of ``given`` names; a second item in
    ``foreign`` no Chinese name) finds alike from ``at_least``, asked only of those :func:`_may_be_alike` leaves
    (every pair at once)."""
    import numpy as np

    forms, indexes = indexed_pairs(pairs)
    maybe = _may_be_alike(forms, at_least, np.ones(len(pairs), dtype=bool), indexes).tolist() if pairs else []
    return {(a, b) for (a, b), kept in zip(pairs, maybe)
            if kept and alike_at_least(a, b, at_least, MANDARIN, given, foreign=b in foreign) >= at_least}


def _parts_alike_among(sounding: dict[str, set[str]], cantonese: frozenset[str]) -> set[tuple[str, str]]:
    """The pairs of an undotted form and a dotted full name worth comparing with it (``sounding``) that are
    :func:`_parts_alike`; asked only of a pair where some end of the undotted form may sound like the surname
    (:func:`_may_be_alike`, every end against every surname at once): a text of many names has thousands of these
    pairs, and few of them are alike."""
    import numpy as np

    ends: dict[tuple[str, bool], int] = {}  # (an end of an undotted form, Mandarin alone) → its number
    lasts: dict[str, int] = {}  # a surname → its number
    asked = [(a, list(dotted), np.array([ends.setdefault((a[k:], a not in cantonese), len(ends))
                                         for k in range(2, len(a) - 1)], dtype=np.int64),
              np.array([lasts.setdefault(surname(d), len(lasts)) for d in dotted], dtype=np.int64))
             for a, dotted in sounding.items()]
    # each end of each undotted form against each surname of its dotted names, as one number: the distinct ones
    # compared at once, each answer then read back per pair (numbers, not a tuple per end of every pair)
    codes = [(own[None, :] * len(lasts) + theirs[:, None]).ravel() for _, _, own, theirs in asked]
    distinct, rows = np.unique(np.concatenate(codes or [np.zeros(0, dtype=np.int64)]), return_inverse=True)
    if not len(distinct):
        return set()
    end_forms, surnames = list(ends), list(lasts)
    of_end, of_last = (n.tolist() for n in np.divmod(distinct, len(lasts)))
    forms, indexes = indexed_pairs([(end_forms[e][0], surnames[last]) for e, last in zip(of_end, of_last)])
    mandarin = np.fromiter((end_forms[e][1] for e in of_end), dtype=bool, count=len(distinct))
    maybe = _may_be_alike(forms, PARTS_ALIKE, mandarin, indexes)[rows]
    found, at = set(), 0
    for (a, dotted, own, _), code in zip(asked, codes):
        some = maybe[at:at + len(code)].reshape(len(dotted), len(own)).any(axis=1)
        at += len(code)
        found |= {(a, d) for d, kept in zip(dotted, some.tolist())
                  if kept and _parts_alike(a, d, key_pairs(a in cantonese, False))}
    return found


#: Similarity of sound from which the surnames of two full names whose given names the English makes one are one
#: person's: Hong Kong's n/l merger (路兰 lou laan for Nolan) puts them further apart than :data:`PARTS_ALIKE`.
SURNAME_AFTER_GIVEN = 0.6


def _same_given_by_english(undotted: str, dotted: str, english: dict[str, str],
                           keys: tuple[tuple[bool, bool], ...]) -> bool:
    """A glossed full name written without the dot (基斯杜化路兰 (Christopher Nolan)) is a dotted full name of another
    region (克里斯托弗·诺兰) when the lexicon's English for the dotted given name is the gloss's first word
    (克里斯托弗 Christopher) and the surnames sound somewhat alike (路兰/诺兰 .69, :data:`SURNAME_AFTER_GIVEN`): regions
    render a given name each their own way (基斯杜化, Cantonese), and the given name's English already says who."""
    first = _given_initial(english.get(undotted, ""))
    if not first or _given_english(dotted) != first:
        return False
    last = surname(dotted)
    return any(alike_at_least(undotted[-n:], last, SURNAME_AFTER_GIVEN, keys) for n in range(2, len(undotted) - 1))


def _given_english(dotted: str) -> str:
    """:func:`_given_initial` of the lexicon's English for the given name of a dotted full name (克里斯托弗 Christopher),
    "" when the lexicon does not know it."""
    given = name_parts(given_names(dotted))
    known = lexicon().names.get(given[0]) if given else None
    return _english_first_word(known.english) if known is not None else ""


def _english_first_word(english: str) -> str:
    """:func:`_given_initial` of a one-word English too (Christopher)."""
    return _given_initial(english + " _")


#: Similarity of sound from which a form the lexicon does not know is a respelling of a place it knows: higher than
#: :data:`CLUSTER`, as a known place's regional spellings are in the lexicon already, and two places alike at .83
#: (巴黎 Paris and 伯里 Bury, 加沙 Gaza and 吉萨 Giza) are two places.
KNOWN_PLACE_RESPELT = 0.86


def _known_place_and_unknown(a: str, b: str) -> bool:
    """One of ``a``, ``b`` is a place the lexicon knows, and jieba too (``ns``), and the lexicon knows nothing by the
    other; not a name CC-CEDICT files bare, as a place for want of a type (萨博 Saab, here 亚当·萨博's surname, 绍博
    in Hungarian), which jieba tags otherwise."""
    return {_place_standing(a), _place_standing(b)} == {"known place", "unknown"}


@lru_cache(maxsize=65536)
def _place_standing(form: str) -> str:
    """What the lexicon and jieba say ``form`` is, for :func:`_known_place_and_unknown`, asked once per form rather
    than once per pair of forms compared."""
    key = form_key(form)
    if lexicon().names.get(key) is None:
        return "unknown"
    return "known place" if known_place(key, lexicon()) and jieba_tag(key) == "ns" else "other"


def _undotted_full_names(last: str, forms: list[str]) -> list[str]:
    """The ``forms`` (those that end in ``last``) that are ``last`` with a transliterated given name of two or more characters before it and no
    dot: Hong Kong (and often Taiwan) writes a full name so (基斯坦奴朗拿度, 迪格蘭賴斯, 約翰甘迺迪), and its
    bare end is the surname.  Not for a place or an organisation, the end's (皇家马德里 ends in 马德里, a city) or
    the whole's (欧洲联盟 ends in 联盟, whatever 联盟 is), nor for an end that is a body's name by its head
    (塞浦路斯国际象棋联合会 is no 国际象棋联合会's full name: that is FIDE, the country's federation another body)."""
    known = lexicon().names.get(form_key(last))
    if len(last) < 2 or surname(last) or (known is not None and known.type is not NameType.PERSON) or (
            last.endswith(BODY_ENDS)):
        return []
    odds = lexicon().odds
    return [f for f in forms if len(f) >= len(last) + 2 and f.endswith(last) and not surname(f)
            and all(odds(c) > LENIENT for c in f[: -len(last)]) and not _institution(f)]


#: The fewest characters of a Hong Kong full name written without a dot and unglossed whose end, written alone
#: elsewhere, is its surname (里安纳度狄卡比奥 … 狄卡比奥): a given name and a surname of two characters or more,
#: one of them longer.
_UNDOTTED_FULL = 5


def _personal(form: str, english: dict[str, str]) -> bool:
    """``form`` may be a person's full name by what the lexicon and its English say: not a place or an
    organisation the lexicon knows (国际米兰 FC Internazionale Milano ends in 米兰, Milan; 沙特阿拉伯 in 阿拉伯),
    nor a gloss that names one (Liberal Party of Canada)."""
    known = lexicon().names.get(form_key(form))
    return (known is None or known.type is NameType.PERSON) and type_of_english(english.get(form, "")) is None


def _institution(form: str) -> bool:
    """The lexicon knows ``form`` as an organisation (欧洲联盟 European Union)."""
    known = lexicon().names.get(form_key(form))
    return known is not None and known.type is NameType.ORGANISATION


def _one_per_full_english(clusters: list[list[str]], by_key: dict[str, list[Candidate]],
                          hong_kong: bool) -> list[list[str]]:
    """The clusters, those whose English is one person's full name joined (欧尔班·维克托 … 奥尔班 and 欧尔班, whose
    CC-CEDICT English is Viktor Orbán): two proposed entries for one person, the second named viktor-orban-2; and
    those whose English is one place's, written from different first characters (那不勒斯 and 拿波里, Naples, by the
    lexicon and by sound): one place in two regions' spellings, however unlike they sound; not 纽约 and 纽约州, nor
    尼罗河 and 尼罗州, which share their English only without their generic words."""
    by_english: dict[str, tuple[list[str], NameType | None]] = {}
    joined: list[list[str]] = []
    for cluster in clusters:
        glosses = [c.gloss for f in cluster for c in by_key[form_key(f)] if c.gloss]
        english, name_type = _english_of(cluster, glosses, hong_kong)
        if name_type in (NameType.PERSON, None) and len(english.split()) > 1 or name_type is NameType.PLACE and english:
            same, same_type = by_english.get(english, (None, None))
            if same is not None and (NameType.PERSON in (name_type, same_type) or name_type is same_type is NameType.PLACE
                                     and not {f[:2] for f in same} & {f[:2] for f in cluster}):
                same += cluster  # a gloss gives no type: the lexicon's side says person
                continue
            by_english.setdefault(english, (cluster := list(cluster), name_type))
        joined.append(cluster)
    return joined


def _english_of(forms: list[str], glosses: list[str], hong_kong: bool = False) -> tuple[str, NameType | None]:
    """English and type for a cluster: the text's gloss (with the lexicon's type only if it names the same),
    else the lexicon's (a full name from its parts), else that of a lexicon name it sounds like (read in
    Cantonese too in a Hong Kong text).  Asked twice of each cluster (joining and proposing), answered once."""
    return _cluster_english(tuple(forms), tuple(glosses), hong_kong)


@lru_cache(maxsize=4096)
def _cluster_english(forms: tuple[str, ...], glosses: tuple[str, ...], hong_kong: bool) -> tuple[str, NameType | None]:
    lex, lex_odds = lexicon().names, lexicon().name_odds
    known = [n for f in forms if (n := known_name(f)) is not None]  # 卑诗省: British Columbia
    name_type = known[0].type if known else None
    if glosses:  # the lexicon's type is another referent's when the gloss is another English (奥特曼 Ultraman)
        return glosses[0], next((n.type for n in known if english_key(glosses[0], n.type) == n.key),
                                type_of_english(glosses[0]) or _type_by_lexicon_english(glosses[0]))
    for form in sorted(forms, key=lambda f: -len(f)):
        parts = name_parts(form)
        if len(parts) > 1 and all(p in lex for p in parts):
            if len(parts) == 2 and _surname_first(lex[parts[0]], lex[parts[1]]):
                return lex[parts[0]].english, NameType.PERSON  # 欧尔班·维克托: Orbán Viktor, in Hungarian order
            given, last = " ".join(lex[p].english for p in parts[:-1]), lex[parts[-1]].english
            return (last if last.startswith(given + " ") else f"{given} {last.split()[-1]}"), NameType.PERSON
    dotted = [f for f in forms if NAME_PARTS.search(f.strip("·")) and known_name(f) is None]
    if dotted and known and all(n.type is not NameType.PERSON and any(n.form in f for f in dotted) for n in known):
        return "", NameType.PERSON  # 萨米娅·苏卢胡·哈桑: a full name joined by dots, whatever 哈桑 alone names
    if known:
        return max(known, key=lambda n: len(n.english)).english, name_type
    for form in forms:
        if not surname(form) and len(form) >= 3 and all(lex_odds.get(c, -9) > LENIENT for c in form) and (
                near := sounds_like(form, hong_kong)) and _shares_most(form, near.form) and not (
                dotted and near.type is not NameType.PERSON) and not (
                near.type is NameType.PERSON and near.form in form and near.form != form):
            return near.english, near.type  # 卢卡申柯 sounds like the lexicon's 卢卡申科 (金建希 is no transliteration);
            # not 阿尔宾·库尔蒂 … 库尔蒂, a person's surname, like 库尔德 (Kurd), a people; nor 奥沙利文 (O'Sullivan),
            # a longer name than the 沙利文 it holds (Jake Sullivan)
    return "", None


def _surname_first(first: LexName, second: LexName) -> bool:
    """The first part of a dotted name is a person the lexicon knows by a full English name whose first name is the
    second part's English, spelt alike (欧尔班 Viktor Orbán, 维克托 Victor): the name is written surname first, as
    Hungarian names are, not a given name and a surname to put together."""
    words = folded(first.english).casefold().split()
    given = folded(second.english).casefold()
    return first.type is NameType.PERSON and len(words) >= 2 and " " not in given and given[:1] == words[0][:1] and (
        SequenceMatcher(None, words[0], given).ratio() >= _SPELT_ALIKE)


#: How alike two spellings of one first name are (Viktor, Victor: .83).
_SPELT_ALIKE = 0.8


#: Heads of a structure, a site or a venue, often named after a person (西蒙·玻利瓦尔国际大桥, 阿米尔·卡比尔大坝):
#: the head says it is a place, whatever the name before it is.
_NAMED_AFTER_HEADS = STRUCTURE_HEADS + FEATURE_HEADS + VENUE_HEADS + SITE_HEADS
def _type_by_lexicon_english(english: str) -> NameType | None:
    """A place when the lexicon's names of that English are all places (Dresden, Nagorno-Karabakh): a gloss
    the lexicon knows by other characters (德勒斯登, Taiwan's Dresden) still says what the name is."""
    lex = lexicon()
    known = [lex.names[f] for f in lex.pairs.get(english_key(english, NameType.PLACE), ()) if f in lex.names]
    return NameType.PLACE if known and all(n.type is NameType.PLACE for n in known) else None


#: Similarity of sound from which a name takes the English of a lexicon name it sounds like.
SOUNDS_LIKE = 0.9


@lru_cache(maxsize=1)
def lexicon_blocks() -> dict[str, list[LexName]]:
    """The lexicon's foreign names by sound block (:func:`.phonetic.blocks`), for :func:`sounds_like`; which forms
    each block holds is kept on disk (:mod:`bitext.builtcache`): the sounds of 3,000 names were a fifth of a second
    of every review that proposes an English."""
    names = lexicon().names
    return {filed: [names[form] for form in forms] for filed, forms in built("lexicon_blocks", _build_blocks).items()}


def lexicon_block_forms(filed: str) -> _Forms:
    """The forms of a block of :func:`lexicon_blocks` as arrays, for :func:`sounds_like`."""
    return lexicon_block_arrays()[filed]


@lru_cache(maxsize=1)
def lexicon_block_arrays() -> dict[str, _Forms]:
    """Every block of :func:`lexicon_blocks` as arrays, kept on disk (:mod:`bitext.builtcache`): reading them back
    costs a few milliseconds, while the sounds of the blocks one ``review`` of 1 MB asks for took a third of a second
    (the batch warm-up loads them)."""
    return built("lexicon_block_forms", lambda: {filed: _Forms([name.form for name in names])
                                                 for filed, names in lexicon_blocks().items()})


def _build_blocks() -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for name in lexicon().names.values():
        if name.foreign and name.type is not NameType.ORGANISATION and len(name.form) >= 3 and all(
                lexicon().odds(c) > LENIENT for c in name.form):  # a transliteration, not 士师记 "Book of Judges"
            for filed in blocks_of_form(name.form):
                found[filed].append(name.form)
    return dict(found)


def sounds_like(form: str, hong_kong: bool = False):
    """The foreign lexicon name that sounds most like ``form`` (at least :data:`SOUNDS_LIKE`), or None; only
    ``form`` is read in Cantonese, as most lexicon names are mainland forms (兔斯基 tou si gei is not 圖斯克)."""
    neighbours = _sound_neighbours(form, hong_kong, lexicon_blocks())
    home = lexicon_block_forms(block(form)) if block(form) in lexicon_blocks() else None
    scored = [(alike_at_least(form, n.form, SOUNDS_LIKE, keys), n.form, n)  # the others score 0.0
              for (n, keys), near in zip(neighbours, _may_be_near(form, home, len(neighbours), hong_kong, SOUNDS_LIKE))
              if near]
    best = max(scored, default=None, key=lambda t: t[:2])
    return best[2] if best and best[0] >= SOUNDS_LIKE else None


def _shares_most(form: str, other: str) -> bool:
    """More than half the characters of ``form`` stand in ``other``: a regional spelling of the same name changes
    a character or two (卢卡申柯/卢卡申科), while a short name that only sounds alike is someone else (马科斯
    Marcos is not 马克思 Marx)."""
    return sum(1 for c in form if c in other) * 2 > len(form)


def _province_of_known_place(form: str) -> bool:
    """A place the lexicon knows with a word for a province, city or county after it (艾伯塔省, 纽约州): a place,
    whatever a title after it says (艾伯塔省保守党议员 is a member from Alberta, not a person)."""
    key = form_key(form)
    return bool(_GENERIC_PLACE.search(key)) and (known := known_name(key)) is not None and known.type is NameType.PLACE


def propose(forms: list[str], glosses: list[str], contexts: set[NameType], taken_ids: set[str],
            hong_kong: bool = False, titled: bool = False, officered: bool = False) -> GlossaryEntry:
    """A proposed glossary entry for a cluster of unlisted forms (most frequent or fullest first).

    ``contexts`` are the types the words around its mentions say (:func:`.context.context_type`):
    a name only ever said to be a place is one, whatever the lexicon's first sense (华盛顿 Washington), unless
    its English names an organisation (加拿大|自由党, Liberal Party of Canada); one ending in an institution's
    head noun is an organisation; one a title stands before (``titled``) and nothing says is a place is a person,
    whatever minor place CC-CEDICT knows by the name (副总理|诺瓦克, Novak); one a company's own officers or board
    follow or a body's kind stands before, glossed in one Latin word (``officered``: 雀巢|首席执行官, 特斯拉|董事会,
    军工企业|绅宝（Saab）), and nothing calls a place or a person is a company, whatever
    CC-CEDICT's bare entry (Nestlé) left it as.
    """
    english, name_type = _english_of(forms, glosses, hong_kong)
    main = max(forms, key=lambda f: (bool(surname(f)), len(f)))
    if len(main) > 3 and main.endswith(_LEAGUE_ENDS) or latin_body(form_key(main)) or (
            len(main) >= 3 and form_key(main).endswith(PRESS_ENDS + INSTITUTION_VENUES + _AWARD_ENDS)) or (
            len(main) > 3 and form_key(main).endswith(_FIRM_ENDS) and not any(
                form_key(f).endswith(_PLACE_NAME_ENDS) for f in forms)):
        name_type = NameType.ORGANISATION  # LIV高尔夫联赛 (LIV Golf), DP世界巡回赛: a league or a tour, whatever its gloss;
        # 马卡报 (Marca), 日德兰邮报 (Jyllands-Posten): a paper; 银湖资本 (Silver Lake), 撒拉逊人队 (Saracens): a firm or
        # a team, whatever its gloss or the words around (回到|撒拉逊人队) say, unless a form of it ends as a place's
        # (丰田市 grouped with 丰田汽车); MVP田径会: a Latin name and a body's kind; 格莱美奖: an award
    elif len(main) > 3 and main.endswith(_NAMED_AFTER_HEADS) and not main.endswith(_BODY_ENDS):
        name_type = NameType.PLACE  # 西蒙·玻利瓦尔国际大桥: a bridge, whoever it is named after
    elif name_type is None and _named_with_its_trade(main, glosses):
        name_type = NameType.ORGANISATION  # 瓦尔特拉铂业 (Valterra Platinum), 克拉克森研究 (Clarksons Research), whatever
        # place the words around say it is in
    elif name_type is NameType.PLACE and contexts == {NameType.ORGANISATION} and city_sense(form_key(main)):
        name_type = NameType.ORGANISATION  # 多特蒙德|中场 (Dortmund "city in the Ruhr"): a city's club, where the text
        # only speaks of the club; not a country's name, which the same words after it make its national side
    elif name_type is NameType.PLACE and NameType.PERSON not in contexts and _glossed_as_filed_brand(main, glosses):
        name_type = NameType.ORGANISATION  # 雀巢（Nestlé）, 德国|奥迪（Audi）: a brand CC-CEDICT files bare, glossed by that
        # word, whatever place the country before it says
    elif (contexts == {NameType.PLACE} and (not DOT_RUN.search(main) or main.endswith(VENUE_HEADS))
            and name_type is not NameType.ORGANISATION and not main.endswith("会")) or (  # 香港赛马会, a club
            name_type is None and (_province_of_known_place(main) or _qualified_place(main) or _part_of_known_place(main))):
        name_type = NameType.PLACE  # 薇拉·鲁宾|天文台; 在|姆拉达-博莱斯拉夫: without a dot, a hyphen joins a place's words too
    elif name_type is None and (NameType.ORGANISATION in contexts or main.endswith(_BODY_ENDS) or (
            any(brand_named(gloss, main) for gloss in glosses))):
        name_type = NameType.ORGANISATION  # 欧盟委员会: its head noun says so, though 欧 is a surname; 贝莱德 (BlackRock)
    elif (officered or glosses and contexts == {NameType.ORGANISATION}) and (
            name_type in (None, NameType.PLACE)) and not contexts & {NameType.PLACE, NameType.PERSON}:
        name_type = NameType.ORGANISATION  # 雀巢|首席执行官; 环保组织|绿色和平（Greenpeace）: glossed, and only said to be a group
    elif name_type is NameType.PLACE and titled and not glosses and NameType.PLACE not in contexts and (
            jieba_tag(form_key(main)) != "ns"):
        name_type = NameType.PERSON  # not 秘书长|苏丹|问题特使 (the envoy on Sudan): jieba's dictionary tags it a place
    elif name_type is None and len(main) >= 3 and not DOT_RUN.search(main) and main.endswith(_PLACE_NAME_ENDS):
        name_type = NameType.PLACE  # 萨克森邦|总理, 仁爱暗沙: a division's or a feature's word, whatever title follows
    elif name_type is None:
        name_type = NameType.PERSON if NameType.PERSON in contexts or surname(main) else (
            NameType.PLACE if _PLACE_ENDINGS.search(main) or lexicon().place_odds(form_key(main)) > _PLACE_ODDS
            else NameType.ORGANISATION if _translated_name(main, glosses) or _country_and_word(main)
            else NameType.PERSON)
    base = slug(folded(english)) if english else "-".join(readings(main)) or "name"  # António → antonio
    entry_id, n = base, 2
    while entry_id in taken_ids:
        entry_id, n = f"{base}-{n}", n + 1
    taken_ids.add(entry_id)
    short = english.split()[-1] if name_type is NameType.PERSON and len(english.split()) > 1 else ""
    variants = tuple(f for f in forms if f != main)
    return GlossaryEntry(entry_id, english, name_type, main, variants=variants, short=short, proposed=True)


def _country_and_word(form: str) -> bool:
    """``form`` is a place the lexicon knows, then one noun of jieba's (加拿大|央行, 埃及|足协, an abbreviation's tag
    ``j``): a country's body, as no person's name begins with a country's.  Not a direction (智利|北部, ``f``), which
    names a region, nor a verb (非洲|节拍).  Unlike :func:`.short_forms._country_prefix`'s, the place need not be
    tagged ``ns`` by jieba, and any place that leaves a noun counts (asked so, held-out typed four bodies fewer)."""
    key, lex = form_key(form), lexicon()
    return any(known_place(key[:n], lex) and jieba_tag(key[n:]) in ("n", "nt", "j")
               for n in (4, 3, 2) if len(key) - n >= 2)


def _translated_name(form: str, glosses: list[str]) -> bool:
    """``form`` is ordinary words, glossed by a Latin name it does not sound like (蓝色起源 Blue Origin, 世界田径 World
    Athletics, 透明国际 Transparency International): a body named in translation, as no person is and a place nothing
    calls one seldom is.  Not one word alone: a nickname (矮子 "Shorty")."""
    key, words = form_key(form), lexicon().words
    return bool(glosses) and all_han(key) and key not in words and _in_words(key, words) and not any(
        spells_english_start(key, g) for g in glosses)


def _named_with_its_trade(form: str, glosses: list[str]) -> bool:
    """``form`` is a transliterated name and a word of what the company does, glossed by two words or more whose
    last that word translates (瓦尔特拉|铂业 Valterra Platinum, 克拉克森|研究 Clarksons Research): no person's name
    holds a translated noun, and a place's that does names a feature (Lake, River), which the tests before this one
    type already.  The word is two characters no name holds (not 甘地 Gandhi, 布朗 Brown, whose CC-CEDICT senses
    spell the English)."""
    key, lex = form_key(form), lexicon()
    name, trade = key[:-2], key[-2:]
    if len(name) < 2 or DOT_RUN.search(form) or not all_han(key) or trade in lex.names or _in_words(name, lex.words) or (
            trade not in lex.words and any(lex.name_odds.get(c, -9) > 0 for c in trade)):
        return False
    senses = set(re.findall(r"[a-z]+", sense_texts().get(trade, "") or " ".join(sense_texts().get(c, "") for c in trade)))
    return any(len(english := gloss.split()) >= 2 and _PROPER_NAME_WORD.match(english[-1]) and (
        (last := english[-1].lower()) not in _NOT_A_TRADE) and senses & _singular_or_not(last) for gloss in glosses)


def _singular_or_not(word: str) -> set[str]:
    """``word`` and what its singular may be, as CC-CEDICT's senses are singular (Commodities: commodity)."""
    return {word, word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word}


#: A capitalised English word of letters only (Platinum, Research).
_PROPER_NAME_WORD = re.compile(r"^[A-Z][a-z]{2,}$")
#: Last English words that make a name a place's (Orange River, Kruger Park, New Afrika Shrine: the words a gloss
#: is typed a place by, :data:`.glosses.PLACE_WORDS`, and more) or a person's or people's (Burna Boy, Dardenne
#: Brothers), not a company's.
_NOT_A_TRADE = PLACE_WORDS | frozenset(
    "mountain islands gulf park street road avenue forest plain plains plateau cape falls glacier reef town village "
    "hill fjord canyon gorge beach dam oasis atoll wetland wetlands reserve heights highland highlands shrine temple "
    "church mosque palace castle brothers sisters family twins boy girl man woman kid king queen prince princess lady "
    "junior".split())


def _in_words(text: str, words: frozenset[str]) -> bool:
    """Whether ``text`` is a run of words of two characters or more that the lexicon knows."""
    ends = {0}
    for end in range(2, len(text) + 1):
        if any(text[start:end] in words for start in ends if end - start >= 2):
            ends.add(end)
    return len(text) in ends


def _glossed_as_filed_brand(form: str, glosses: list[str]) -> bool:
    """The text glosses ``form`` by the one word CC-CEDICT gives it bare, as it gives a brand (雀巢（Nestlé）,
    奥迪（Audi）: :func:`.glosses.company_filed_as_place`), not by a person's full name (欧斯华 (Lee Harvey Oswald))."""
    known = lexicon().names.get(form_key(form))
    return known is not None and " " not in known.english and any(
        folded(g).lower() == folded(known.english).lower() for g in glosses) and company_filed_as_place(
        known.form, lexicon())


#: Heads of a league's, a tour's, a conference's or a contest's name, which the gloss may spell as a person's (LIV
#: Golf) or a place's, and CC-CEDICT may file as a person (联合国大会: "General Assembly" read as a general's title).
_LEAGUE_ENDS = ("联赛", "巡回赛", "锦标赛", "大会", "拉力赛", "比赛")
#: The end of an award's name (格莱美奖, 国际布克奖): the gold files awards with bodies, and no person's name ends so.
_AWARD_ENDS = ("奖",)
#: Heads that end a company's or a team's name and no place's: its trade (汽车; 资本 "capital", 银湖资本 Silver Lake;
#: 石油 "oil", 卢克石油 Lukoil, after 俄罗斯, which had made it a place in Russia), 公司, 集团, 队.
_FIRM_ENDS = INDUSTRY_HEADS + ("资本", "石油", "能源", "电信", "航空", "银行") + FIRM_HEADS + TEAM_HEADS
#: The :meth:`.lexicon.Lexicon.place_odds` above which a name nothing else types is proposed as a place: odds of
#: about 7 to 1 (at 1 and at 3 the held-out names were typed right less often than at 2).
_PLACE_ODDS = 2.0
#: Words that end a place's name and no person's: a division, a natural feature, a reef, an island or a street.
_PLACE_NAME_ENDS = tuple(DIVISIONS) + FEATURE_HEADS + _FEATURE_CHARACTERS + ("街", "大道")  # 勒皮克街 (Rue Lepic)


def _part_of_known_place(form: str) -> bool:
    """A direction before a place the lexicon knows (东伦敦 East London, the South African city): a place, though
    the direction is also a surname (东)."""
    key = form_key(form)
    return len(key) >= 3 and key[0] in _DIRECTIONS and known_place(key[1:], lexicon())


#: The directions that name a part of a place before it.
_DIRECTIONS = frozenset("东西南北中")


def _qualified_place(form: str) -> bool:
    """A place the lexicon knows with a one-character qualifier after it (刚果（金）): a place, whatever title
    follows it (刚果（金）|总统)."""
    return qualified(form) and known_place(form_key(form[:-3]), lexicon())


#: Last words of a body's name: a party, a front, a union, a committee (共同民主党, 人民党), a movement, a gang, a network
#: (阿迈勒运动, 大格里夫帮, 哈卡尼网络), an agency (宫内厅, 警察厅; a hall, 音乐厅, is a venue and typed before): not a person's.
_BODY_ENDS = ("阵线", "同盟", "共同体", "联合体", "部队", "法庭", "办公室", "处", "运动", "帮", "网络", "厅") + CITY_COMPANY_HEADS + TEAM_HEADS + BODY_ENDS + BRAND_HEADS + INSTITUTION_HEADS + NAMED_BODY_HEADS + EVENT_HEADS


def _variant_of_variant(form: str, group: list[Candidate], variants: dict[str, dict[str, NameMatch]],
                        index: GlossaryIndex, found: list[NameMatch], alike: set[tuple[str, str]],
                        said: set[NameType]) -> bool:
    """Link ``form`` (appending to ``found``) to the entry of a probable variant of the same text it sounds like
    (蒲亭 like 普丁, a variant of 普京): a third regional spelling is as much the entry's as the second.  ``alike``
    holds the pairs of a form and a variant alike from :data:`PROBABLE` (:func:`_alike_pairs`); the others score 0.
    Not when the context (``said``) or the text's gloss says another name, as for a variant itself (总理|德鲁（Terrance
    Drew） is no variant of 大陆, China's, however alike)."""
    key = form_key(form)
    gloss = next((c.gloss for c in group if c.gloss), "")
    gloss_key, initial = person_gloss_key(gloss), _given_initial(gloss)
    best = max(((alike_at_least(form, m.form, PROBABLE) if (form, m.form) in alike else 0.0, m)
                for m in variants.get(block(form), {}).values()
                if key not in index.rejected.get(m.entry.id, ()) and not _said_otherwise(said, m.entry.type) and not (
                    _said_to_be_another(key, gloss, gloss_key, initial, m.entry))), default=(0.0, None), key=lambda t: t[0])
    score, variant = best
    if variant is None or score < PROBABLE:
        return False
    found.extend(NameMatch(c.start, c.end, variant.entry, c.form, variant.form, "probable", c.form, "medium", score)
                 for c in group)
    return True


def _said_otherwise(said: set[NameType], listed: NameType) -> bool:
    """The context says a person where the entry is a place, or a place where it is a person (总书记|苏林 is no
    variant of 苏联, the Soviet Union, however alike they sound)."""
    kinds = {NameType.PERSON, NameType.PLACE}
    return len(said) == 1 and said <= kinds and listed in kinds and listed not in said


def _held_short_forms(short_forms: dict[str, str], written: dict[str, str], unlisted: list[str]) -> tuple[tuple[str, str], ...]:
    """(long form, short form) for the transliterated short forms of three characters or more (克卢日 of 克卢日-纳波卡)
    whose long form is an unlisted name other than a person's full name (its surname is the person's, not a short
    form's)."""
    surnames = {form_key(last) for f in unlisted if (last := surname(f))}
    return tuple((written[long], short) for short, long in ((s, form_key(long)) for s, long in short_forms.items())
                 if long in written and written[long] in unlisted and not DOT_RUN.search(written[long])
                 and short not in written and short not in surnames and len(short) >= 3
                 and all(lexicon().odds(c) > LENIENT for c in short))


def _generation_holders(unlisted: list[str], by_key: dict[str, list[Candidate]]) -> tuple[tuple[str, str], ...]:
    """(full name, 小 or 老 and its surname) pairs: 小特鲁多 (the son) and 老特鲁多 (the father) are each the full name
    with that surname the text wrote last before them (贾斯廷·特鲁多 … 小特鲁多, then 皮埃尔·埃利奥特·特鲁多 …
    老特鲁多), as news names a relative in full and then tells the two apart by generation.  Where one of them is
    written before any full name with the surname (总统|小马科斯 … 桑德罗·马科斯 … 老马科斯), the text names the
    generations so and no other: its full names are other relatives."""
    holders: dict[str, list[str]] = defaultdict(list)
    for f in unlisted:
        if last := surname(f):
            holders[last].append(f)
    generational = [f for f in unlisted if len(f) >= 3 and f[0] in "小老" and f[1:] in holders]
    first = {f: by_key[form_key(f)][0].start for f in generational}
    alone = {f[1:] for f in generational if all(first[f] < by_key[form_key(g)][0].start for g in holders[f[1:]])}
    pairs = []
    for f in generational:
        before = [(c.start, g) for g in holders[f[1:]] for c in by_key[form_key(g)] if c.start < first[f]]
        if before and f[1:] not in alone:
            pairs.append((max(before)[1], f))
    return tuple(pairs)


def link_candidates(candidates: list[Candidate], index: GlossaryIndex,
                    contexts: dict[str, set[NameType]], hong_kong: bool = False,
                    kin: frozenset[frozenset[str]] = frozenset(), titled: frozenset[str] = frozenset(),
                    companies: frozenset[str] = frozenset(), officered: frozenset[str] = frozenset(),
                    short_forms: dict[str, str] | None = None) -> list[NameMatch]:
    """Probable variants of glossary entries (cert medium) and unlisted names with proposed entries (cert low);
    ``short_forms`` maps the key of a short form attached later (:func:`.short_forms.attach_short_forms`) to its
    long form's, so that a spelling alike to the short form joins the long form's cluster;
    ``contexts`` maps a form key to the types its context says (person, place), ``titled`` holds the form keys a
    title stands right before (:func:`propose`), ``companies`` those a company's officer follows (no variant of a
    place or a person: 马士基|行政总裁 is not 莫斯科, however alike in Cantonese), ``officered`` those a company's
    own officers or board follow, or a body's kind stands before where the text glosses them in one Latin word
    (:func:`propose`).  In a ``hong_kong`` text
    (Traditional characters) a transliteration is also compared by its Cantonese reading."""
    by_key: dict[str, list[Candidate]] = defaultdict(list)
    for c in sorted(candidates, key=lambda c: c.start):  # forms in order of first appearance
        by_key[form_key(c.form)].append(c)
    found: list[NameMatch] = []
    unlisted: list[str] = []
    written: dict[str, str] = {}  # form key → the Simplified form with its joiners (for surnames)
    english: dict[str, str] = {}  # that form → its gloss, else its lexicon English
    index.foresee([group[0].form for group in by_key.values()], hong_kong)
    for key, group in by_key.items():
        written[key] = to_simplified(max((c.form for c in group), key=len))
        gloss = next((c.gloss for c in group if c.gloss), "")
        english[written[key]] = gloss or (known.english if (known := lexicon().names.get(key)) else "")
        best = index.best(group[0].form, gloss, hong_kong)
        if best.entry is not None and (best.same_english or (
                best.score >= PROBABLE and not _said_otherwise(contexts.get(key, set()), best.entry.type) and not (
                    key in companies and best.entry.type is not NameType.ORGANISATION))):
            for c in group:
                found.append(NameMatch(c.start, c.end, best.entry, c.form, best.similar_to, "probable", c.form,
                                       "medium", best.score, gloss, best.same_english))
        else:
            unlisted.append(written[key])
    variants: dict[str, dict[str, NameMatch]] = defaultdict(dict)  # sound block → form → a mention of it
    for m in found:
        for filed in blocks_of_form(m.form):
            variants[filed].setdefault(m.form, m)
    alike = _alike_pairs([(f, m.form) for f in unlisted for m in variants.get(block(f), {}).values()], PROBABLE)
    unlisted = [f for f in unlisted if not _variant_of_variant(f, by_key[form_key(f)], variants, index, found, alike,
                                                               contexts.get(form_key(f), set()))]
    taken_ids = set(index.entries)
    cantonese = frozenset(f for f in unlisted if hong_kong and reads_in_cantonese(f))
    places = frozenset(written[k] for k, said in contexts.items() if said == {NameType.PLACE} and k in written)
    people = frozenset(written[k] for k, said in contexts.items() if said == {NameType.PERSON} and k in written)
    glossed = frozenset(written[k] for k, group in by_key.items() if any(c.gloss for c in group))
    clusters = _clusters(unlisted, english, cantonese, places, people, kin, glossed,
                         _held_short_forms(short_forms or {}, written, unlisted), _generation_holders(unlisted, by_key))
    for cluster in _one_per_full_english(clusters, by_key, hong_kong):
        cluster = [form_key(f) for f in cluster]
        glosses = [c.gloss for k in cluster for c in by_key[k] if c.gloss]
        said = set().union(*(contexts.get(k, set()) for k in cluster))
        entry = propose([written[k] for k in cluster], glosses, said, taken_ids, hong_kong,
                        titled=any(k in titled for k in cluster), officered=any(k in officered for k in cluster))
        for k in cluster:
            for c in by_key[k]:
                found.append(NameMatch(c.start, c.end, entry, c.form, entry.chinese, "unlisted", c.form, "low",
                                       0.0, c.gloss))
    return found
