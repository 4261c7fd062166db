"""Short forms of the names a text gives in full, made mentions of the same referent.

Chinese news names an organisation, a place or a person in full once and then
shortens it, by conventions each a rule here:

* an organisation or place by characters of its long form in order, first
  character first (世卫 of 世界卫生组织, 国际奥会 of 国际奥林匹克委员会, 美联储 of
  美国联邦储备委员会), often introduced in parentheses right after it
  (美国联邦储备委员会（美联储）);
* a place by the head of its transliteration (里约 of 里约热内卢, 沙特 of 沙特阿拉伯);
* a company by its brand, without the word for its trade (闻泰 of 闻泰科技, 安世 of 安世半导体);
* a body named with a word for "national" without it (民盟 of 全国民主联盟);
* in Taiwan, a country by its first character and 国 (巴国 of 巴拉圭), for the
  country last named in the paragraph (its two regions' spellings are one country); its first
  character and 王 is its king, no short form (史王);
* a state whose name joins two names by its first (圣文森 of 圣文森及格瑞那丁);
* a team by its nickname once named with its city (道奇 of 洛杉矶道奇, 拜仁 of 拜仁慕尼黑), in sports
  writing, when the nickname is no ordinary word;
* a person by the given name alone when one full name of the text has it (卡琳娜
  of 卡琳娜·米莱, 凯莉 of 凯莉约翰逊), a Japanese one by the family name (石破 of 石破茂).

老/小 (大) before a name found is the senior or junior, a person of their own
(老布殊 beside 小布殊, 小马可斯 beside 马科斯), never the bare name's referent.

A short form must stand where the text uses it, whole (not inside the long form
or another name, not across a word jieba keeps), must not be a word or a name
of its own (美国 is not 美国联邦储备委员会, 国际 not 国际奥林匹克委员会) and must fit one
long form of the text only.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import accumulate

from ..builtcache import built
from ..glossary import NAME_JOINERS, form_key
from ..model import Document, NameType
from ..script import to_simplified
from ..segment import default_jieba
from .context import (BESIDE, BODY_HEADS, CLUB, CLUB_WORDS, CUE_AFTER, DASHES, DIVISIONS, FIRM_HEADS, HYPHENS, KIN_AFTER_NAME, LEADING, NAMING_BEFORE, NUMERALS, PARTICLES, PATRONYMIC_WORDS, PRESS_ENDS, PRESS_REGIONS,
                      TITLE, after_kinship_word, all_han, beside_kana, context_type, jieba_tag, kin_said_before, known_organisation, known_place,
                      body_noun_before, brand_named, company_after, constant_first, name_parts, officers_after, shares_after_gloss, title_before, trade_before, transliteration)
from .english import normalise_english
from .extents import RACING_TEAM, with_party_opener
from .glosses import (CAPITALS, CLAUSE_VERBS, CLOSING_MARKS, COMPANY_HEADS, QUOTE_PAIRS, city_sense, company_filed_as_place,
                      country_glued_to_acronym, describes_body, spells_english_start, type_of_english, verb_after_adverb,
                      verbs)
from .lexicon import Lexicon, lexicon
from .listed import NameMatch, paragraph_words
from .phonetic import block, similarity
from .spans import Candidate, SortedSpans, disjoint
from .spelling import spelt_from

#: Fewest characters of a long form that is shortened by taking some of them (世界卫生组织 → 世卫).
MIN_LONG = 4
#: Prefixes for the elder and the younger of two relatives of one name (老布什, 小布什; 大威廉丝, 小威廉丝).
SENIORITY = "老小大"
#: The prefixes that make a name found the junior or senior (小马可斯, 老布什); 大 before a name is as often "big".
JUNIOR_SENIOR = "小老"
#: Similarity of sound from which a name after 小/老 is a spelling of a name found (马可斯/马科斯), as
#: :data:`.grouping.CLUSTER` clusters names.
SAME_SOUND = 0.82
#: Words that say a sentence is about sport: a city and a nickname there is a team (洛杉矶道奇).
_SPORT = re.compile(r"球星|球队|球员|球季|赛季|比赛|联赛|决赛|季后赛|冠军|主场|客场|击败|战胜|棒球|篮球|足球|冰球|"
                    r"NBA|MLB|NFL|NHL")
#: jieba's tags of a word that may be a team's nickname: nouns and names (勇士 n, 道奇 nr), not 举行 v.
_NOUN_TAGS = {"n", "nr", "nrt", "nz", "nt", "j"}
#: Words after a province's or a state's name, which its short form keeps after the name's first character (曼省).
_PROVINCE_WORDS = ("省", "州")
#: jieba's tags of a short form of two characters its dictionary holds (德铁 n, 英航 j, 德银 nz): nouns, not a person's
#: name (印超 nr, the Indian Super League, is no short form of 印度板球超级联赛).
_SHORT_WORD_TAGS = _NOUN_TAGS - {"nr", "nrt"}
#: Parentheses right after a name, and the separators of the forms they list (（宁德时代，CATL）, （FII，工业富联）).
_PAREN = re.compile(r"[(（](?P<inside>[^()（）\n]{1,60})[)）]")
_PAREN_ITEMS = re.compile(r"\s*[，,、；;]\s*")
#: A short form of Latin letters and the head of the name it shortens (民族之矛党（MK党）, 土耳其技术团队基金会（T3基金会）).
_LATIN_LED = re.compile(r"([A-Z][A-Za-z0-9]{0,7})([\u3400-\u9fff]{1,3})")
#: Chinese in parentheses right after a long form, or letters and its head: its short form (美国联邦储备委员会（美联储）).
_PAREN_SHORT = re.compile(rf"[\u3400-\u9fff]{{2,6}}|{_LATIN_LED.pattern}")
#: Letters of ASCII, Latin-1 and Latin Extended-A (ÖVP, SPÖ, Ngāi Tahu, Łódź).
_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f"
#: An acronym in parentheses right after a name: the organisation's English short form (英国广播公司（BBC）), or in
#: its own language (人民党（ÖVP）), with a hyphen's end (SPLM-N) or after one capital (N-VA); a long one in capitals only
#: (FENCOMIN, PENGASSAN).
_PAREN_ACRONYM = re.compile(rf"[A-Z]{{7,9}}|[{CAPITALS}][{_LETTERS}0-9]{{1,6}}(?:-[A-Z0-9]{{1,2}})?|[A-Z]-[A-Z]{{2,3}}")
#: What an acronym standing alone has on neither side (FSB公布, not FSBX).
_LETTER_OR_DIGIT = re.compile(f"[{_LETTERS}0-9]")


#: An organisation's name in Latin letters, of a few capitalised words (Equinor, Rocket Lab, Treasury Wine Estates).
_PAREN_LATIN_NAME = re.compile(
    rf"[{CAPITALS}][{_LETTERS}&'’.-]*(?: (?:[{CAPITALS}][{_LETTERS}&'’.-]*|&|of|and|de|du|la)){{0,4}}")
_PAREN_LATIN = re.compile(f"{_PAREN_ACRONYM.pattern}|{_PAREN_LATIN_NAME.pattern}")


def _acronym(latin: str) -> bool:
    """Two capitals or digits or more (FSB, PiS, G20, COP30): an acronym, not a name spelt out (赖莎（Raisa）)."""
    return sum(c.isupper() or c.isdigit() for c in latin) >= 2


#: Quotation marks around a short form in parentheses.
_QUOTES = "“”「」『』\"'"


def _in_parentheses(norm: str, item: re.Pattern) -> Iterator[tuple[int, str]]:
    """(where a parenthesis opens, each form it lists that ``item`` matches whole): a name's short forms may
    come alone (美国联邦储备委员会（美联储）) or listed, with an acronym or the full name in the language of origin
    (宁德时代新能源科技股份有限公司（宁德时代，CATL）, 人民党（Partido de la Gente，PDG）)."""
    for m in _PAREN.finditer(norm):
        for part in _PAREN_ITEMS.split(m.group("inside").strip()):
            if (naming := NAMING_BEFORE.match(part)) is not None:
                part = part[naming.end():]  # （SEC，简称|证交会）: the short form the statement gives
            part = part.strip(_QUOTES)  # （Petrobras，简称“巴油”）: in quotes or not
            if item.fullmatch(part):
                yield m.start(), part


def abbreviates(short: str, full: str) -> bool:
    """``short`` is the usual Chinese short form of ``full``: it takes characters of ``full`` in order,
    beginning with its first (世卫/世界卫生组织, 欧洲央行/欧洲中央银行, 皇马/皇家马德里), or is Taiwan's first
    character plus 国 for a country (瓜国/瓜地马拉).  A piece of ``full`` (美国 of 美国联邦储备委员会) is a modifier
    or a fragment, not a short form, and a name the lexicon knows (中国, 英国) is a name of its own."""
    short, full = form_key(short), form_key(full)
    if len(short) < 2 or len(full) <= len(short) or short[0] != _first_kept(short, full) or short in full \
            or short in lexicon().names:
        return False
    if short[1:] == "国" and len(short) == 2:
        return _country(full)
    return _takes_in_order(short, full) and not _monarch(short, full) and not _place_and_kind(short, full) and not (
        _without_head(short, full))


def _without_head(short: str, full: str) -> bool:
    """``full`` ends in the head of a court, an assembly or a bank and ``short`` holds none of its characters (欧盟 of
    欧洲联盟法院): the short form is that of the body the head belongs to (the European Union), not of the court."""
    head = next((h for h in _KEPT_HEADS if full.endswith(h)), "")
    return bool(head) and not any(c in short for c in head)


#: Heads a short form keeps a character of (欧盟法院, 欧委会, 安理会, 欧洲央行).
_KEPT_HEADS = ("法院", "法庭", "议会", "委员会", "理事会", "银行")


def _place_and_kind(short: str, full: str) -> bool:
    """A place and a head that says what kind of body, not which (欧洲|银行 "European banks", taken in order from
    欧洲中央银行), or a place and one character not the body's last (澳洲|马 "Australian horses", from 澳洲赛马会): no
    short form, whatever its characters."""
    return short.endswith(_GENERIC_HEADS) and _kind(short[:-2]) is NameType.PLACE or len(short) == 3 and (
        short[-1] != full[-1:]) and _kind(short[:2]) is NameType.PLACE


#: Heads that after a place say what kind of body, not which (欧洲银行 "European banks", 日本企业); 央行 "central
#: bank" says which (欧洲央行 of 欧洲中央银行).
_GENERIC_HEADS = ("银行", "公司", "集团", "企业", "政府", "大学", "机构", "组织")


def _in_order(short: str, full: str) -> bool:
    rest = iter(full)
    return all(c in rest for c in short)


def _takes_in_order(short: str, long: str) -> bool:
    """``short`` takes characters of ``long`` in order, its first first (or the first after a national word,
    :data:`NATIONAL`), and is not a piece of it (世卫 of 世界卫生组织, 民盟 of 全国民主联盟), whatever the lexicon says
    of it (北约 NATO): :func:`_own_name` judges that."""
    if long.startswith(NATIONAL) and short[:1] == long[2:3]:
        return _takes_in_order(short, long[2:]) and short not in long
    if (country := _country_prefix(long)) and short[:1] == long[country:country + 1]:
        lex = lexicon()
        return _takes_in_order(short, long[country:]) and short not in long and short[-1] == long[-1] and (
            len(short) >= 3 and short[:-1] not in lex.words) and not short.startswith(NATIONAL) and (
            short not in lex.names)  # nor 国会 of 斯洛伐克|国民议会: a body of its own
        # 金管局 of 新加坡|金融管理局, keeping its head; not 旅游局 of 香港|旅游发展局, a word and a head (the short form is
        # 旅发局), nor 国家航天局 of 美国|国家航空航天局, China's
    return len(long) >= MIN_LONG and len(short) >= 2 and short[0] == long[0] and short not in long and _in_order(
        short, long)


#: Words for "national" a body's name begins with and its short form drops (全国民主联盟 → 民盟, 全国人民代表大会 →
#: 人大, 国家发展和改革委员会 → 发改委).
NATIONAL = ("全国", "国家")


#: Words for "international", "world", "federal", "superior" a body's name begins with and news drops when it names
#: the body again (国际原子能机构 → 原子能机构, 国际货币基金组织 → 基金组织, 高等选举法院 → 选举法院): the rest still names one
#: body.  Not a country, which the rest of the name may need (美国国务院 → 国务院, another country's too).
SCOPES = ("国际", "世界", "全球", "联邦", "高等")
#: Words a body's name begins with that the short form a parenthesis gives may leave out (世界|粮食计划署（粮食署）,
#: 联合国|开发计划署（开发署）, 国际|农业发展基金（农发基金）); news shortens UN agencies so.
_DROPPED_SCOPES = SCOPES + ("联合国",)


def _defines(short: str, long: str) -> bool:
    """The parenthesis after ``long`` gives ``short`` as its short form by its characters (:func:`_takes_in_order`),
    with or without the words the long form begins with that a short form leaves out (:func:`_left_out`), or any of
    its characters in order that keep its last (its head): the text says what it stands for, which a short form met
    alone (合作基金) does not."""
    if latin_led := _LATIN_LED.fullmatch(short):
        return long.endswith(latin_led.group(2)) and len(long) > len(latin_led.group(2))
    return _takes_in_order(short, long) or short not in long and (any(
        _takes_in_order(short, rest) for rest in _left_out(long)) or (
        (short[-1] == long[-1] or long.endswith(_HEADS_SHORTENED_TO_FIRST) and short[-1] == long[-3]) and _in_order(
            short, long)))  # 争取|安|哥拉…联|盟（安盟）: a verb begins UNITA's name; 国家|互联|网|信息|办公室（网信办）


#: Heads of three characters a short form keeps the first of (办公室 → 办, 委员会 → 委).
_HEADS_SHORTENED_TO_FIRST = ("办公室", "委员会")


def _left_out(long: str) -> Iterator[str]:
    """``long`` without the world or UN word it begins with (世界|粮食计划署), or without its parents' words
    (:func:`_parent_start`): what its short form may be taken from."""
    yield from (long[len(scope):] for scope in _DROPPED_SCOPES if long.startswith(scope))
    if (rest := _without_parents(long)) != long:
        yield rest


def _without_scope(short: str, long: str) -> bool:
    """``short`` ends ``long`` after the scope word it begins with (:data:`SCOPES`) and maybe a word more (国际|货币|
    基金组织), itself a body's name: its head and at least :data:`MIN_LONG` characters (基金组织, not 组织)."""
    return long.startswith(SCOPES) and long.endswith(short) and len(long) - len(short) >= 2 and (
        len(short) >= MIN_LONG and short.endswith(BODY_ENDS))


def _without_country(short: str, long: str) -> bool:
    """``short`` is ``long`` without the country or city its name begins with (:func:`_country_prefix`), itself a
    body's name by its head (国家铜业公司 of 智利国家铜业公司, 斯卡拉歌剧院 of 米兰斯卡拉歌剧院) and no common noun
    phrase (石油公司 of 英国石油公司, 板球总会 of 香港板球总会): what stands before its head is no run of words
    the lexicon knows (铜业, 斯卡拉)."""
    if not ((country := _country_prefix(long)) > 0 and long[country:] == short and short.endswith(_BODY_NAME_ENDS)):
        return False
    words = lexicon().words
    own = _words_before_head(short)
    return bool(own) and not all(w in words for w in own)


def _words_before_head(body: str) -> list[str]:
    """jieba's words of what stands before the longest body's head ``body`` ends in (铜业 of 国家铜业公司, 篮球 of
    篮球联赛); none without such a head or words before it."""
    head = max((len(h) for h in _BODY_NAME_ENDS if body.endswith(h)), default=0)
    return default_jieba().cut(body[:-head], False) if head and len(body) > head else []


def _without_gathering(short: str, long: str) -> bool:
    """``short`` is ``long``, a gathering's name, without its last character 会 (大阪世博会 → 大阪世博, 巴黎奥运会 →
    巴黎奥运): news names an expo, games or a congress so once it has named it whole."""
    return long.endswith("会") and short == long[:-1] and len(short) >= 3


def _without_party_head(short: str, long: str) -> bool:
    """``short`` is ``long``, a party's name of three, without its 党, and no word or name of its own (自民 of 自民党,
    民进 of 民进党, as in 自民维新联手): news pairs parties so.  Not 民主 of 民主党 nor 共和 of 共和党, ordinary
    words, nor a longer name's words (全国人民 of 全国人民党).  A party's Latin name is one too (FAST of FAST党)."""
    if short.isascii() and long == short + "党":
        return True
    if not (len(long) == 3 and long.endswith("党") and short == long[:-1]):
        return False
    lex = lexicon()
    return short not in lex.words and short not in lex.names


def _gatherings_around_places(text: _Text, taken: SortedSpans, forms: dict[str, tuple[int, int]]) -> list[Short]:
    """A gathering named whole, then without its 会 where the finder found the place it begins with (大阪世博会 …
    大阪|世博闭幕前): the short form holds the place, which :func:`_abbreviations` skips as a name found."""
    found, norm = [], text.norm
    for long in forms:
        if not _without_gathering(long[:-1], long):
            continue
        for m in re.finditer(re.escape(long[:-1]), norm):
            inside = taken.overlapping(*m.span())
            if len(inside) == 1 and inside[0][0] == m.start() and inside[0][1] < m.end() and (
                    norm[m.end():m.end() + 1] != "会" and known_place(norm[slice(*inside[0])], lexicon())
                    and text.whole(*m.span())):
                found.append(Short(m.start(), m.end(), text.doc.text[m.start():m.end()], long))
    return found


def _first_kept(short: str, long: str) -> str:
    """The character of ``long`` a short form of it begins with: its first, or the first after a national word or
    the country the body's name begins with."""
    if long.startswith(NATIONAL) and len(long) > 2 and short[:1] == long[2]:
        return long[2]
    country = _country_prefix(long)
    return long[country] if country and short[:1] == long[country] else long[:1]


#: A country's name this long the lexicon knows is one whatever jieba tags it (沙乌地阿拉伯, 吉尔吉斯斯坦: no tag, or
#: a person's); a shorter one must be jieba's place too.
_LONG_COUNTRY = 5


@lru_cache(maxsize=4096)
def _country_prefix(long: str) -> int:
    """How many characters of ``long`` name the country or city a body's name begins with (新加坡|金融管理局, 美国|证券
    交易委员会), when four or more follow: its short form drops the place (金管局, 证交会) as it drops 国家; else 0."""
    lex = lexicon()
    return next((n for n in (6, 5, 4, 3, 2) if len(long) - n >= MIN_LONG and known_place(long[:n], lex) and (
        n >= _LONG_COUNTRY or jieba_tag(long[:n]) == "ns")), 0)


def _country(full: str) -> bool:
    known = lexicon().names.get(full)
    return not full.endswith("国") and known is not None and known.type is NameType.PLACE


@lru_cache(maxsize=4096)
@dataclass(frozen=True)
class Short:
    """A short form in the text (offsets into ``Document.text``) and the key of its long form."""

    start: int
    end: int
    form: str
    long: str


@dataclass
class ShortForms:
    """What :func:`find_short_forms` found: long forms the finder had missed, and the short forms."""

    long_forms: list[Candidate]
    shorts: list[Short]

    def spans(self) -> list[tuple[int, int]]:
        return [(c.start, c.end) for c in self.long_forms] + [(s.start, s.end) for s in self.shorts]


class _Text:
    """The text with its paragraphs' words, cut on demand."""

    def __init__(self, doc: Document, norm: str):
        self.doc, self.norm = doc, norm
        self.paragraphs = SortedSpans((p.start, p.end) for p in doc.paragraphs())
        self._last = (0, 0)

    def paragraph(self, pos: int) -> tuple[int, int]:
        last = self._last
        if last[0] <= pos < last[1]:
            return last  # asked mostly about places of the paragraph asked about before
        found = self.paragraphs.overlapping(pos, pos + 1)
        if not found:
            return (0, len(self.norm))
        self._last = found[0]
        return found[0]

    def words(self, pos: int) -> SortedSpans:
        return paragraph_words(self.norm, *self.paragraph(pos))

    def whole(self, start: int, end: int) -> bool:
        """No word of two or more characters crosses either edge of [start, end), and no kana stands beside it."""
        return not beside_kana(self.norm, start, end) and not any((s < start < e or s < end < e) and e - s >= 2
                       for s, e in self.words(start).overlapping(start, end))

    def sentence(self, pos: int) -> str:
        """The sentence around ``pos``, within its paragraph."""
        start, end = self.paragraph(pos)
        before = max(self.norm.rfind(c, start, pos) for c in "。！？；") + 1
        after = min((i for c in "。！？；" if (i := self.norm.find(c, pos, end)) != -1), default=end)
        return self.norm[max(start, before):after]

    def one_word(self, start: int, end: int) -> bool:
        return (start, end) in self.words(start).overlapping(start, end)


def _own_name(short: str, long: str) -> bool:
    """``short`` is a word, or a name the lexicon gives another referent than ``long`` (美国, 约翰, 国际); a body's
    name of three characters or more that CC-CEDICT files as a word (国际棋联 "International Chess Federation",
    疾控中心 "Center for Disease Control") is no word of its own, but a party's is its own party (自由党, the
    Liberal Party, is no short form of 自由与直接民主党)."""
    lex = lexicon()
    if short in lex.words:
        return len(short) < 3 or short not in _named_in_capitals() or short.endswith("党")
    known, full = lex.names.get(short), lex.names.get(long)
    if known is None:
        return False
    if full is not None:
        return known.key != full.key
    return known.type is not NameType.ORGANISATION  # 北约 NATO of 北大西洋公约组织, not 美国 of 美国联邦储备委员会


@lru_cache(maxsize=65536)
def _kind(form: str, tag: str = "") -> NameType | None:
    """Whether a long form is a place or an organisation (the lexicon's type, else jieba's tag); None otherwise.
    Asked for every short word of the text (:func:`_vouched_long_forms`): answered once per form."""
    known = lexicon().names.get(form)
    if known is not None:
        return known.type if known.type is not NameType.PERSON else None
    kind = {"ns": NameType.PLACE, "nt": NameType.ORGANISATION}.get(tag or jieba_tag(form))
    if kind is None and not tag and (pair := _place_then_body(form)):
        return pair
    if kind is None and len(form) >= MIN_LONG and form.endswith(_BODY_NAME_ENDS):
        return NameType.ORGANISATION  # 全国民主联盟, 西非国家经济共同体: a body by its head noun, a name jieba does not know whole
    if kind is None and form[-1:] in _PROVINCE_WORDS and (stem := lexicon().names.get(form[:-1])) is not None and (
            stem.type is NameType.PLACE):
        return NameType.PLACE  # 曼尼托巴省: a province the lexicon knows without its word, shortened 曼省
    return kind


@lru_cache(maxsize=4096)
def _place_then_body(form: str) -> NameType | None:
    """An organisation for a place or state (the lexicon files 苏联 as either) and the organisation word jieba
    cuts after it (俄罗斯|新闻社, 苏联|共产党): a country's agency or party."""
    words = [w for w, _ in default_jieba().tag(form)]
    if len(words) == 2 and _kind(words[0]) is not None and _kind(words[1]) is NameType.ORGANISATION:
        return NameType.ORGANISATION
    return None


def find_short_forms(doc: Document, norm: str, listed: Iterable[tuple[int, int]],
                     found: Iterable[tuple[int, int]], listed_english: frozenset[str] = frozenset()) -> ShortForms:
    """The short forms in ``doc`` (``norm`` its Simplified text) of the names found whole: the glossary's
    (``listed``, which stay as they are) and the finder's candidates (``found``); and the long forms the
    parentheses or a short form vouch for that the finder missed.  ``listed_english`` holds the glossary's English
    names (normalised): a state found by another spelling of one keeps its link to it."""
    text = _Text(doc, norm)
    listed, found = sorted(set(listed)), sorted(set(found))
    spans = sorted(set(listed) | set(found))
    teams, team_shorts = _teams(text, spans)
    squads, squad_shorts = _makers_squads(text, spans)
    teams, team_shorts = teams + squads, team_shorts + squad_shorts
    ended, ending_shorts = _defined_by_their_end(text)
    named = SortedSpans(spans)
    brands, brand_shorts = _brands(text, named)
    others = (_defined_in_parentheses(text, spans) + ended + brands + teams + _vouched_long_forms(text, spans)
              + _known_around(text, found) + _known_organisations(text) + _before_acronyms(text, spans)
              + _offices_of_short_forms(text, spans)
              + _named_organs(text, found, named, listed_english) + _organs_by_their_fields(text, named))
    organs, organ_shorts = _state_organs(text, sorted(set(found) | {(c.start, c.end) for c in others}))
    listed_taken = SortedSpans(listed)
    found_taken = SortedSpans(found)
    long_forms = disjoint([c for c in (with_party_opener(doc, norm, c, listed_taken) for c in others + organs)
                           if not found_taken.holding(c.start, c.end)])  # not 史克公司 of 英国葛兰素史克公司
    taken = SortedSpans(_without_inner(spans, long_forms) + [(c.start, c.end) for c in long_forms])
    forms = {norm[s:e]: (s, e) for s, e in taken.spans}
    kept = {norm[c.start:c.end] for c in long_forms} | {norm[c.start:c.end] for c in brands if found_taken.holding(
        c.start, c.end)} | {norm[s:e] for s, e in found}  # 微软公司 … 微软: the finder found the company whole, its
    # brand alone is still its short form; 露娜罗莎队（Luna Rossa）, found whole, is the team its name alone names
    shorts = [s for s in team_shorts + ending_shorts + brand_shorts if s.long in kept] + organ_shorts
    relatives = disjoint(_seniors(text, taken, forms) + _juniors(text, taken, forms))
    shorts += _abbreviations(text, taken, forms) + _gatherings_around_places(text, taken, forms)
    shorts += _defined_shorts(text, taken)
    shorts += _titled_juniors(text, taken, relatives)
    shorts += _given_names(text, taken, forms)
    shorts += _family_names(text, taken, forms)
    shorts += _acronyms(text, taken, shorts)
    shorts += _home_city(text, taken, forms)
    shorts += _venues_by_their_name(text, taken, forms)
    shorts += _without_division_word(text, taken, forms)
    shorts += _bodies_without_words(text, taken, forms)
    shorts += _bodies_without_country(text, taken, forms)
    long_forms += relatives
    shortened = {(s.start, s.end) for s in shorts if text.norm[s.start:s.end] != s.long}
    long_forms = [c for c in long_forms if (c.start, c.end) not in shortened]  # 葛兰素史克 of 葛兰素史克公司, written
    # before: the short form of a name found, though the lexicon knows the organisation too
    longs, listed_spans = SortedSpans((c.start, c.end) for c in long_forms), set(listed)
    shorts, own_names = _glossed_apart_shorts(text, taken, shorts)
    long_forms += own_names
    kept_shorts: dict[int, Short] = {}
    surnames = {parts[-1] for name in forms if len(parts := name_parts(name)) > 1}
    longest = {}
    for short in shorts:
        longest[short.start, short.long] = max(longest.get((short.start, short.long), short), short, key=_length)
    for short in (s for s in shorts if longest[s.start, s.long] is s):  # one short form per place, of a long form the
        # longest there (尤苏波夫纺织 of 尤苏波夫纺织公司, not 尤苏波夫 in it), outside the long forms and the glossary's names
        if (short.start, short.end) not in listed_spans and not longs.overlapping(short.start, short.end) and not (
                short.form.isdigit() or short.form.endswith("族")) and not (
                norm[short.start:short.end] in surnames and _founder_meant(text, short)) and not any(
                norm[s:e] != short.long and norm.endswith(BODY_ENDS, s, e)
                for s, e in found_taken.holding(short.start, short.end)):  # not 18 of 「18街帮」（Barrio 18）: a number alone
            # names nothing; nor 塞族 (the Serbs) of 塞族共和国: a people is not its republic; nor 塔塔 of 塔塔集团
            # inside 塔塔之子公司, another body found whole (but 俄国 inside 俄国因, a name found too long, is one)
            kept_shorts.setdefault(short.start, short)
    return ShortForms(long_forms, _one_long_form(sorted(kept_shorts.values(), key=lambda s: s.start)))


def _length(short: Short) -> int:
    """How many characters ``short`` spans."""
    return short.end - short.start


def _founder_meant(text: _Text, short: Short) -> bool:
    """``short`` is a company's name cut to the surname of a person the text names in full, and there it is the
    person's: he speaks or is "the elder" (科瓦尔斯基船舶设计公司 … 耶日·科瓦尔斯基 … 科瓦尔斯基表示, 老科瓦尔斯基), not the
    company named after him; elsewhere it stays the company's (亚曼尼集团 … 亚曼尼)."""
    norm, start = text.norm, short.start
    elder = start > 0 and norm[start - 1] in "老小"
    return short.long.startswith(norm[start:short.end]) and not any(c in NAME_JOINERS for c in short.long) and (
        elder or said_type(norm, start, short.end, text.paragraph(start)[0]) is NameType.PERSON)


#: Head nouns of a state's organ or party (外交部, 联邦安全局, 侦查委员会, 自由党, 宪法法庭, 武装部队): named after the
#: state's name (俄|联邦安全局, 加拿大|自由党), then without it.
_ORGAN_HEADS = ("党", "部", "局", "署", "委员会", "理事会", "议会", "国会", "法院", "法庭", "银行", "院", "部队")
#: Houses that end in 院 as organs do (参议院, 法院) but are theatres and cinemas, named by their own name, and the
#: club that ends in 部 as a ministry does (巴塞罗那|俱乐部, FC Barcelona, no organ of the city's).
_NO_ORGANS = ("剧院", "戏院", "影院", CLUB)
#: Most characters of a state's name before its organ (俄, 加拿大, 俄罗斯联邦, 乌兹别克斯坦, 阿拉伯联合酋长国); past five,
#: a state's name ends in no division's word (路易斯安那州|共和党 is a party's branch in a US state, no state's organ).
_STATE_LENGTH = 8
_SHORT_STATE_LENGTH = 5


def _state_organs(text: _Text, found: list[tuple[int, int]]) -> tuple[list[Candidate], list[Short]]:
    """A state's organ or party named after the state (俄联邦安全局, 加拿大自由党, 中国商务部: the state's name
    or the one character that stands for it), whole, and the organ without it elsewhere (联邦安全局, 自由党,
    商务部): Chinese news names the state once and drops it after, so the bare organ is the prefixed one's
    short form, when the text prefixes it with one state only.  Found from the names found, whether the finder
    kept the state (俄联邦安全局) or not (自由党 of 加拿大自由党)."""
    norm = text.norm
    organs = set()
    for name in {norm[s:e] for s, e in found}:  # once per name, not per mention
        after_state = {name[k:] for k in range(1, min(_STATE_LENGTH, len(name) - 2) + 1)
                       if _state(name[:k]) and _organ(name[k:], found_alone=False)}
        organs |= after_state or ({name} if _organ(name, found_alone=True) else set())
        organs |= {tail for organ in after_state for tail in _organ_tails(organ) | _field_organs(organ)}
    if not organs:
        return [], []
    prefixed: list[tuple[int, int]] = []
    bare: dict[str, list[tuple[int, int]]] = defaultdict(list)
    ordered = sorted(organs, key=lambda o: (-len(o), o))  # 联邦安全局 before the 安全局 inside it
    for m in re.finditer("|".join(map(re.escape, ordered)), norm):  # one pass over the text
        s, e = m.span()
        if _sub_organ_follows(text, e):
            continue
        para_start = text.paragraph(s)[0]
        k = next((k for k in range(min(_STATE_LENGTH, s - para_start), 0, -1)
                  if _state(norm[s - k:s]) and text.whole(s - k, e) and (
                      k <= _SHORT_STATE_LENGTH or norm[s - 1] not in DIVISIONS)), 0)
        if k:
            prefixed.append((s - k, e))
        elif text.whole(s, e):
            bare[m.group()].append((s, e))
    exact, named = set(found), {norm[s:e] for s, e in prefixed}
    places = SortedSpans(sorted({(s, e) for s, e in found if e - s >= 2 and _state(norm[s:e])} | set(prefixed)))
    first = {}
    for s, e in prefixed:
        first.setdefault(norm[s:e], s)
    longs = [Candidate(text.doc.text[s:e], s, e) for s, e in prefixed if (s, e) not in exact]
    shorts = []
    of_one_field: dict[str, list[str]] = defaultdict(list)  # 渔业部 → 冰岛食品、渔业和农业部
    for f in named:
        for field in {field for k in range(1, min(_STATE_LENGTH, len(f)) + 1) if _state(f[:k])
                      for field in _field_organs(f[k:])}:
            of_one_field[field].append(f)
    for organ, spans in bare.items():  # 侦查委员会 of 俄联邦侦查委员会, when one state prefixes it
        if len(full := [f for f in named if f.endswith(organ) and _after_state(f[:-len(organ)]) or (
                f in of_one_field.get(organ, ()))]) == 1:
            shorts += [Short(s, e, text.doc.text[s:e], full[0]) for s, e in spans
                       if s > first[full[0]] and not _other_place_before(text, places, s, full[0])]
            # not Germany's 社会民主党, named before 奥地利社会民主党; nor 伊拉克方面，国会 after 美国国会
        else:  # 美国太空总署 … 把太空总署译作…, 欧洲太空总署 in another paragraph: the one its paragraph names
            for s, e in spans:
                para_start = text.paragraph(s)[0]
                if len(here := {norm[ps:pe] for ps, pe in prefixed if para_start <= ps and pe <= s} & set(full)) == 1:
                    shorts.append(Short(s, e, text.doc.text[s:e], here.pop()))
    return longs, shorts


def _other_place_before(text: _Text, places: SortedSpans, pos: int, organ: str) -> bool:
    """The last place (or prefixed organ) its paragraph names before ``pos`` is none in ``organ`` (美国国会 …
    伊拉克方面，|国会选举): the bare organ there is that place's.  Another organ of the organ's own state is no other
    place (苏丹主权委员会主席、|武装部队 is Sudan's).  Not a place in brackets or whose press is quoted (默克尔（台湾译梅克尔）,
    台湾媒体将普京…译作)."""
    norm, start = text.norm, text.paragraph(pos)[0]
    before = [(s, e) for s, e in places.overlapping(start, pos) if e <= pos and norm.rfind("（", start, s) <= norm.rfind(
        "）", start, s) and not norm.startswith(_PRESS_WORDS, e)]
    last = norm[before[-1][0]:before[-1][1]] if before else ""
    return bool(before) and last not in organ and not any(
        organ.startswith(last[:k]) and _state(last[:k]) for k in range(2, min(_STATE_LENGTH, len(last)) + 1))


#: Words after a place that quote its press, no state acting (台湾|媒体, 大陆|译作).
_PRESS_WORDS = ("媒体", "译", "翻译", "称")


#: A state's organs that news names by the state and the organ's common noun, and a glossary keeps as names
#: (伊拉克|中央银行 the Central Bank of Iraq, 中国|外交部, 秘鲁|国会, 以色列|国防军).
_NAMED_ORGANS = ("中央银行", "央行", "外交部", "国会", "最高法院", "宪法法院", "宪法法庭", "大法院", "武装部队",
                 "选举委员会", "国防军", "商务部", "财政部", "司法部")
_NAMED_ORGAN = re.compile("|".join(sorted(_NAMED_ORGANS, key=len, reverse=True)))


def _named_organs(text: _Text, found: list[tuple[int, int]], names: SortedSpans,
                  listed_english: frozenset[str]) -> list[Candidate]:
    """A state's organ named by the state the finder found right before it and the organ's common noun (伊拉克中央银行,
    中国外交部), or by the fields it answers for (意大利|基础设施和交通部), whole: not the start of a sub-organ's name
    (美国商务部|工业与安全局).  A state the glossary lists keeps its firm link, and so does one whose English the
    glossary lists (中國大陸, China): its organ is left alone.  ``found`` holds the finder's names, ``names`` the
    glossary's too."""
    organs = []
    for s, e in found:
        end = m.end() if (m := _NAMED_ORGAN.match(text.norm, e)) else _conjoined_organ_end(text, e, names) or (
            _worded_body_end(text, e) if _nation(text.norm[s:e]) else None)
        if end and _state(state := text.norm[s:e]) and text.whole(s, end) and not _sub_organ_follows(text, end) and not (
                (known := lexicon().names.get(state)) and normalise_english(known.english) in listed_english):
            organs.append(Candidate(text.doc.text[s:end], s, end))
    return organs


#: An organ named by the fields it answers for, joined by conjunctions (食品、渔业和农业部, 环境及气候变迁部,
#: 国家地质和矿业局): two to eight characters a field, "national" or "federal" before the first.
_CONJOINED_ORGAN = re.compile(r"(?:国家|联邦)?(?:[\u4e00-\u9fff]{2,8}?[、和与及]){1,3}[\u4e00-\u9fff]{2,8}?"
                              r"(?P<head>委员会|总局|部|局|署)")
#: The conjunctions between an organ's fields.
_FIELD_JOINERS = re.compile("[、和与及]")


def _conjoined_organ_end(text: _Text, pos: int, names: SortedSpans) -> int | None:
    """The end of an organ named by its fields right at ``pos`` (after its state), else None.  Each field is
    common words (jieba's nouns, verbs and places), none an organ of its own (商务部|和|财政部: two organs), a
    title (总理|和|欧盟委员会), a government nor a name found (中国|和|美国外交部: two states); the organ's head ends a
    word (not 部|署, 部|门) and no club's (足球俱乐部)."""
    norm = text.norm
    if not (m := _CONJOINED_ORGAN.match(norm, pos)) or not (text.whole(pos, m.end()) or norm.startswith(
            m["head"] + "长", m.end()) and text.whole(pos, m.start("head"))):  # jieba's 物流|局局长
        return None
    fields = _FIELD_JOINERS.split(m.group())
    if any(field.endswith(_ORGAN_HEADS) or len(field) < 2 for field in fields[:-1]) or m.group().endswith(
            _NO_ORGANS) or any(_GOVERNMENT in field for field in fields):
        return None
    last_field = m.end() - len(fields[-1])
    if any(s < last_field or e != m.end() for s, e in names.overlapping(pos, m.end())):
        return None  # but the finder may have found the organ's last field and head (农业部 of 渔业和农业部)
    words = text.words(pos).overlapping(pos, m.end())
    if not all(_FIELD_WORD_TAG.match(jieba_tag(word) or "n") and not TITLE.fullmatch(word) for s, e in words
               if not _FIELD_JOINERS.fullmatch(word := norm[s:e]) and e < m.end()):  # the head's word as it may be
        # tagged (发展局, an idiom to jieba)
        return None
    if any(norm[e:e + 1] == _WITH and jieba_tag(norm[s:e]) in _BEFORE_WITH for s, e in words) or (
            words and jieba_tag(norm[words[0][0]:words[0][1]]) in _BEFORE_WITH):
        return None  # 持续|与|美国贸易代表署 "went on with": 与 after a verb is "with", no field's joiner; nor does a
        # verb begin the fields (政府|派遣|移民及海关执法局 "sent")
    return m.end()


def _worded_body_end(text: _Text, pos: int) -> int | None:
    """The end of a national body's name of common nouns right at ``pos`` (after its state: 菲律宾|篮球联合会,
    印度|板球管理委员会), else None: common nouns jieba knows, then a word that ends in an association's or a
    council's head.  Not a name among the nouns (美国|智库|布鲁金斯学会, 以色列|沃尔夫基金会: the country describes a
    body named otherwise), nor one whose first word is 国际 or 世界 (an international body, which a country only
    hosts)."""
    words, first = text.words(pos), pos
    for _ in range(_MOST_BODY_WORDS):
        if (word := words.starting_at(pos)) is None:
            return None
        piece = text.norm[word[0]:word[1]]
        if piece in _ASSOCIATION_HEADS and pos > first or piece.endswith(_ASSOCIATION_HEADS) and len(piece) > 2 and (
                _COMMON_NOUN_TAG.match(jieba_tag(piece))):  # not 布鲁金斯学会, one word to jieba
            return word[1]
        if not _COMMON_NOUN_TAG.match(jieba_tag(piece)) or TITLE.fullmatch(piece) or len(piece) < 2 or (
                piece in _DESCRIBING or pos == first and piece in SCOPES):
            return None
        pos = word[1]
    return None


#: jieba's tags of a common noun: a noun, a verbal, adjectival or attributive one, an abbreviation.
_COMMON_NOUN_TAG = re.compile(r"^(?:n|vn|an|b|j)$")
#: A noun before a body's own name that says what kind of body it is (美国|智库|大西洋理事会).
_DESCRIBING = frozenset(("智库",))


def _nation(form: str) -> bool:
    """A state's name that a national body is named after: no city (东京) and no building or street that stands for
    a government (白宫, 克里姆林宫, 唐宁街)."""
    return _state(form) and not city_sense(form) and not form.endswith(_SEATS)


#: Last characters of a seat of government's name.
_SEATS = ("宫", "街", "府", "楼")


#: Heads of a national association's or council's name, which news names by its country and its sport or trade.
_ASSOCIATION_HEADS = ("联合会", "委员会", "协会", "总会", "理事会", "基金会", "工会", "商会", "学会")
#: Most words of a body's name between its state and its head.
_MOST_BODY_WORDS = 4


def _organs_by_their_fields(text: _Text, names: SortedSpans) -> list[Candidate]:
    """An organ named by its fields with no state before it, at a clause's start (运输及物流局局长, 下属的|工业与安全局):
    a city's bureau or a ministry of the country the text is about.  Not a list of bodies (发展改革委、工业和信息化部:
    the 、 may join two), nor a short one (研发部)."""
    organs = []
    for m in _ORGAN_OPENING.finditer(text.norm):
        pos = m.end()
        if (end := _conjoined_organ_end(text, pos, names)) and end - pos >= _LEAST_FIELDS_ORGAN and (
                "、" not in text.norm[pos:end]) and not _sub_organ_follows(text, end):
            organs.append(Candidate(text.doc.text[pos:end], pos, end))
    return organs


#: Where an organ's name may begin with no state before it: a paragraph's or a clause's start, after 的 or a
#: government (特区政府|商务及经济发展局).
_ORGAN_OPENING = re.compile("^|(?<=[。，；：！？「“『（\n的])|(?<=政府)")
#: "Government", which stands before an organ's fields, never among them.
_GOVERNMENT = "政府"
#: Fewest characters of an organ named by its fields alone (运输及物流局).
_LEAST_FIELDS_ORGAN = 6


def _field_organs(organ: str) -> set[str]:
    """The organs of one field each that an organ named by its fields is shortened to (渔业部 of 食品、渔业和农业部,
    环境部 of 环境及气候变迁部)."""
    if not (m := _CONJOINED_ORGAN.fullmatch(organ)):
        return set()
    head = m.group("head")
    return {field.removeprefix("国家").removeprefix("联邦") + head
            for field in _FIELD_JOINERS.split(organ[:-len(head)]) if len(field) >= 2}


#: "And" or "with", which joins fields (渔业与海洋经济部) but after a verb says with whom.
_WITH = "与"
#: jieba's tags of a verb or an adverb, after which 与 is "with".
_BEFORE_WITH = frozenset(("v", "vd", "d", "ad"))
#: jieba's tags of a field's words: nouns, places, verbal and adjectival nouns, verbs (研究、创新和数字化部).
_FIELD_WORD_TAG = re.compile(r"^(?:n|s|vn|an|v|b|j)")


#: Conjunctions of one character, which join two bodies' names after a whole one.
_CONJUNCTIONS = frozenset("和与及同或")
#: Most characters of a sub-organ's own words after its ministry's name (财政部|海外资产控制办公室).
_SUB_ORGAN_LENGTH = 10


def _sub_organ_follows(text: _Text, end: int) -> bool:
    """Nouns after ``end`` that end in a body's head (美国财政部|海外资产控制|办公室, 商务部|工业与安全局): the organ is
    a piece of its sub-organ's name; a verb after no noun, a cue or a time (国防军|周三|袭击|真主党, 央行|宣布|收紧|银行,
    国会|随后|成立|委员会) says it is not."""
    words = text.words(end)
    if text.norm[end:end + 1] in _CONJUNCTIONS:
        return False  # 美国国防部|与|英国国防部: two organs, whatever joins words inside a sub-organ's name
    pos, after_noun = end, False
    while pos - end < _SUB_ORGAN_LENGTH and (word := words.starting_at(pos)) is not None:
        piece = text.norm[word[0]:word[1]]
        noun = bool(_NAME_WORD_TAG.match(tag := jieba_tag(piece))) or tag == "s" or piece in _JOINING_WORDS  # 海外
        if not noun and not (tag == "v" and after_noun and not CUE_AFTER.match(piece)):  # 资产|控制, a noun's verb
            return False
        pos, after_noun = word[1], noun
        if text.norm[end:pos].endswith(BODY_ENDS + ("办公室",)) and pos - end >= 2:
            return True
    return False


#: What the name of a body ends with: an organ's head (局, 部, 党), or a word for an institution (研究所, 组织).
BODY_ENDS = _ORGAN_HEADS + ("所", "组织", "联盟", "公司", "集团", "机构", "协会", "联合会", "联会", "基金会", "基金", "中心", "社")
#: jieba's tags of the words of a body's name: nouns, places, organisations, abbreviations, adjectival nouns,
#: attributives (波兰|国家|纪念|研究所, 国家|安全|研究所, 公共|投资|基金).
_NAME_WORD_TAG = re.compile(r"^(?:n|j|vn|an|b)")


#: Last characters of a noun that says what kind of body a name is, said before the name: a faction or a trade
#: (民粹派, 保守派, 制造商, 运营商, 投资者, 联盟成员).
_DESCRIPTOR_ENDS = ("派", "商", "者", "成员")


def _before_acronyms(text: _Text, spans: list[tuple[int, int]]) -> list[Candidate]:
    """The body an acronym in parentheses names, when no name found ends before it, or the one found begins with
    an ordinary word (经济|共同体, 篮球|联赛): the nouns right before the parenthesis, the last ending as a body's
    name does (波兰|国家|纪念|研究所（IPN）, 美国商务部|工业|与|安全局（BIS）, 西非|国家|经济|共同体（ECOWAS）); news
    writes a body's full Chinese name once with its Latin acronym.  A term (国内生产毛额（GDP）) ends otherwise."""
    norm, found, lex = text.norm, [], lexicon()
    ends, named = {e: s for s, e in spans}, SortedSpans(spans)
    for end, acronym in _in_parentheses(norm, _PAREN_ACRONYM):
        if not _acronym(acronym):
            continue
        letters = sum(c.isupper() for c in acronym)
        words = [w for w in text.words(max(end - 1, 0)).spans if w[1] <= end]
        if end in ends and not _begins_with_a_word(text, ends[end], end, lex):
            if (start := _noun_short_of_letters(norm, words, ends[end], end, letters)) is not None:
                found.append(Candidate(text.doc.text[start:end], start, end))
            elif (spelt := _spelt_body(text, words, end, acronym)) is not None and spelt.start < ends[end]:
                found.append(spelt)  # 拯救|罗马尼亚联盟（USR）, 联合|工人党（UWP）: it spells more words than found
            continue
        if not words or words[-1][1] != end or not (norm[words[-1][0]:end].endswith(_BODY_NAME_ENDS) or (
                jieba_tag(norm[words[-1][0]:end]) == "nt")):
            if end not in ends and (spelt := _spelt_body(text, words, end, acronym)) is not None:
                found.append(spelt)  # 卡塔尔|体育|投资（QSI）, 大埃塞俄比亚复兴大坝（GERD）: no head, the acronym
                # says where the name begins
            continue  # 快速支援部队（RSF）
        start, i, described = words[-1][0], len(words) - 2, False
        word_starts = {s for s, _ in words}
        while i >= 0 and words[i][1] == start:
            if ends.get(start) in word_starts and _kind(norm[ends[start]:start]) is NameType.PLACE:
                start = ends[start]  # 沙乌地|通讯社（SPA）: the place found, however jieba cut it, begins the name (not
                break  # 非洲 found inside jieba's word 南部非洲: that word is the name's, and the walk takes it)
            word = norm[words[i][0]:words[i][1]]
            if described := len(word) >= 2 and (word.endswith(_DESCRIPTOR_ENDS) or describes_body(word, i + 1, words)):
                break  # 民粹派|人民党（PDG）, 电池制造商|宁德时代…公司（CATL）, 联盟成员|…, 主权基金|公共投资基金（PIF）:
                # what the body is, not its name (but 世界银行|集团, the head right after)
            if word in _BOUND_PREFIXES:
                start, i = words[i][0], i - 1  # 世界|反|兴奋剂|机构（WADA）: "anti-" binds to the noun after it
                continue
            if word in CLAUSE_VERBS:
                break  # 领导|民主进步党（DPP）, 会见|中非合作论坛（FOCAC）: the clause's verb, though jieba tags it a noun
            if end in ends and words[i][1] <= ends[end] and (word.endswith(_ORGAN_HEADS) or not (
                    all_han(word) and _ACRONYM_WORD_TAG.match(jieba_tag(word)) or _kind(word) is NameType.PLACE
                    or word in _JOINING_WORDS)):
                break  # before a name found, nouns and places only: not 在野党|法律与正义党, 推动|西非国家经济共同体
            if word in _JOINING_WORDS and i >= 1 and _joined_in_name(
                    before := norm[words[i - 1][0]:words[i - 1][1]], word, len(words) - 1 - i, letters) and (
                    before not in BODY_ENDS) and not any(
                    e == words[i - 1][1] and _kind(norm[s:e]) is not NameType.PLACE for s, e in named.overlapping(
                        *words[i - 1])):
                start, i = words[i - 1][0], i - 2  # 工业|与|安全局, 疾病|控制|和|预防|中心（CDC）; not 国际奥委会|与|
                # 世界反兴奋剂机构, two bodies, nor 马丁·马卡里|和|国立卫生研究院（NIH）, a person and a body, nor
                # 联盟|与|国际冰球总会（IIHF）, "the league", a body named before
            elif len(words) - 1 - i >= letters and jieba_tag(word).startswith("v") and word in verbs():
                break  # 重组|疾病控制和预防中心（CDC）: a verb before as many words as the acronym spells is the clause's
            elif all_han(word) and _ACRONYM_WORD_TAG.match(jieba_tag(word)) or (_kind(word) is NameType.PLACE) or (
                    _spelt_by_acronym(word, len(words) - 1 - i, letters)):
                start, i = words[i][0], i - 1
                if _kind(word) is not NameType.PLACE and any(_kind(word[:n]) is NameType.PLACE for n in (2, 3)):
                    break  # 西非国家|经济|共同体: the place the body is named after begins its name, not 推动 before it
            elif _COUNT.fullmatch(word):
                start = words[i][0]  # 二十|国|集团（G20）: how many members, where the name begins
                break
            elif word in _NEW_OR_GRAND:
                start = words[i][0]  # 政党|新|弗拉芒联盟（N-VA）: "new" begins the name (and spells its N)
                break
            else:
                break
        first = next(j for j, w in enumerate(words) if w[0] == start)
        if first < len(words) - 1 and verb_after_adverb(norm, words, first):
            start = words[first + 1][0]
        if end in ends and start >= ends[end]:
            continue  # the name found is as long: 柬埔寨人民党（CPP）
        if (start < words[-1][0] and end - start >= MIN_LONG) or (described and end - start >= 3):
            found.append(Candidate(text.doc.text[start:end], start, end))  # 保守派|人民党（PP）: one word will do
        elif end not in ends and (spelt := _spelt_body(text, words, end, acronym)) is not None:
            found.append(spelt)  # the walk took one word or none (澳洲|首都|领地（ACT）): the acronym's words
    return found


#: Adjectives of one character that begin a body's name and spell a capital of its acronym (大|埃塞俄比亚|复兴|大坝
#: (GERD), 新|民主党 (NDP)).
_NEW_OR_GRAND = ("大", "新")


def _spelt_body(text: _Text, words: list[tuple[int, int]], end: int, acronym: str) -> Candidate | None:
    """The body whose words before the acronym spell its capitals (:func:`.spelling.spelt_from`), with the state
    right before them, when it is a body's name: of three capitals or more, or with a place or a body's head in
    it; not a term (人工|智能（AI）, 生产总值（GDP）)."""
    if not words or words[-1][1] != end:
        return None
    run = [text.norm[s:e] for s, e in words]
    first = spelt_from(run, acronym)
    if first is None or first == len(run) - 1 and len(run[first]) < 4 or not all(map(all_han, run[first:])):
        return None
    if len(run[first]) == 1 and _kind(run[first]) is not NameType.PLACE and run[first] not in _NEW_OR_GRAND or (
            run[first].endswith(COMPANY_HEADS)):
        return None  # 经|东非原油管道（EACOP）, 在|东南亚国家协会, 公司|地中海航运（MSC）: a word of the clause
    if first > 0 and _kind(run[first - 1]) is NameType.PLACE and not city_sense(run[first - 1]):
        first -= 1  # 加纳|特别|检察官|办公室（OSP）: the state whose body it is begins its name, as the walk takes it
        # (not 在|庆州|亚太经济合作（APEC）, the city where it meets)
    start, named = words[first][0], run[first:]
    if run[first] in _BY_A_SIDE:
        start += 1  # 以|西印度大学（UWI）为基地: jieba's 以西 "west of"; the preposition is the clause's, the side the name's
    if sum(c.isupper() for c in acronym) < 3 and not (
            any(_kind(w) is NameType.PLACE for w in named) or text.norm[start:end].endswith(_BODY_NAME_ENDS)):
        return None
    return None if text.norm[start:end] in lexicon().words else Candidate(text.doc.text[start:end], start, end)


#: jieba's words of 以 "by, with" and a side, "to the west of" (以西): before a name that begins with the side
#: (西印度), the preposition is no part of it.
_BY_A_SIDE = ("以东", "以西", "以南", "以北")
#: The words for "and" inside a body's name (工业|与|安全局, 公共工程|及|公路部, 体育协会|暨|奥林匹克委员会).
_JOINING_WORDS = ("与", "和", "及", "暨")
#: A number written in Chinese, which may begin a body's name (二十国集团, 七国集团).
_COUNT = re.compile("[一二三四五六七八九十百]+")


def _noun_short_of_letters(norm: str, words: list[tuple[int, int]], start: int, end: int,
                           letters: int) -> int | None:
    """Where the body's name begins when the name found at [start, end) before its acronym spells fewer words
    than the acronym has capitals and a noun comes right before it (橙色|民主运动（ODM）, 民族|解放军（ELN）): that
    noun's start; not a verb's (兼任|阿布扎比投资局（ADIA）), nor before a brand (巨头|阿斯麦（ASML）) or a name that
    begins with its place (国营|土耳其石油公司（TPAO）)."""
    before = next(((s, e) for s, e in words if e == start), None)
    name = norm[start:end]
    if before is None or _spelt_words(name) >= letters or not (
            name.endswith(_BODY_NAME_ENDS + _SHORT_BODY_ENDS) or jieba_tag(name) == "nt") or any(
            _kind(name[:n]) is NameType.PLACE for n in range(2, len(name))):
        return None
    word = norm[slice(*before)]
    return before[0] if len(word) == 2 and all_han(word) and _NAME_WORD_TAG.match(jieba_tag(word)) else None


#: Ends of a body's name that are short (羽联 of 世界|羽联（BWF）) or common words (民主运动), which only a
#: body's name found before its acronym ends with.
_SHORT_BODY_ENDS = ("运动", "联")


def _spelt_words(piece: str) -> int:
    """How many words of a body's name in English ``piece`` spells at most: one for a place the lexicon knows
    (罗马尼亚), one for every two characters of another word (民主|运动, 解放|军)."""
    return sum(1 if _kind(w) is NameType.PLACE else (len(w) + 1) // 2 for w in default_jieba().cut(piece, False))


def _joined_in_name(before: str, joining: str, taken: int, letters: int) -> bool:
    """``before``, the word before a ``joining`` word (与, 和), is one of the body's name, ``taken`` words of it after
    the joining word: a noun (工业|与|安全局), or a verb while the acronym still spells more words (疾病|控制|和|预防|中心
    (CDC)); not a body's own name (国际奥委会|与|…): the subject and its partner."""
    if joining not in "及暨" and _body_named(before):
        return False
    return bool(_NAME_WORD_TAG.match(jieba_tag(before))) or _spelt_by_acronym(before, taken, letters)


def _begins_with_a_word(text: _Text, start: int, end: int, lex: Lexicon) -> bool:
    """The name at [start, end) begins with a common noun that names nothing (经济 of 经济|共同体, 篮球联赛 whole)
    or a verb (预防|中心 of 疾病控制和预防中心): the name may begin before it."""
    first = next((e for s, e in text.words(start).overlapping(start, start + 1) if s == start), end)
    word = text.norm[start:min(first, end)]
    return len(word) >= 2 and jieba_tag(word) in ("n", "vn", "v") and word not in lex.names


#: Prefixes jieba cuts as words of their own that bind to the noun after them: anti-, non-, pan-, pro-.
_BOUND_PREFIXES = frozenset("反非泛亲")
#: jieba's tags of the words of a name an acronym stands for: a name's (:data:`_NAME_WORD_TAG`) and a fixed
#: phrase's (西非国家 of 西非国家经济共同体（ECOWAS）).
_ACRONYM_WORD_TAG = re.compile(r"^(?:n|j|vn|an|b|l$)")
#: Last words of a body's name: an organisation's, and a community's, forum's, league's or congress's (西非国家经济
#: 共同体（ECOWAS）, 中非合作论坛（FOCAC）, 美国职业篮球联赛（NBA）), whose short forms take its characters in order
#: (西共体), forces and tribunals (快速支援部队（RSF）, 国际体育仲裁法庭（CAS）) and federations and turf clubs (国际冰球总会（IIHF）,
#: 澳洲赛马会（ATC）), universities and colleges (加查马达大学（UGM）); a term ends otherwise.
_BODY_NAME_ENDS = BODY_ENDS + ("共同体", "论坛", "联赛", "大会", "博会", "运会", "办事处", "部队", "法庭", "国防军", "总会",
                                "赛马会", "大学", "学院", "学会")


def _body_named(word: str) -> bool:
    """``word`` names a body of its own (国际奥委会, which jieba tags an organisation, not the common noun 大学): one
    of two bodies 与 or 和 joins, a clause's subject and its partner; 及 and 暨 join the words of one name more
    often (英国大学|及|学院招生服务中心)."""
    return len(word) >= 3 and (jieba_tag(word) == "nt" or word.endswith(_BODY_NAME_ENDS + ("会",)))


def _spelt_by_acronym(word: str, taken: int, letters: int) -> bool:
    """A word of two characters jieba reads as a verb, an adjective or an adverb (联合 "unite", 统一, 快速 "rapid") is
    one more word of the body's name while the words taken are fewer than the acronym's capitals: 联合|劳工|党（ULP）,
    快速|支援|部队（RSF）, one word a letter."""
    return len(word) == 2 and all_han(word) and taken < letters and bool(re.match(r"^[vad]", jieba_tag(word)))


def _organ_tails(organ: str) -> set[str]:
    """The shorter organs an organ's name ends with, from a word of it on (国家|反腐败局 → 反腐败局): news names the
    organ in full with its state once (乌克兰国家反腐败局), then by its last words."""
    edges = list(accumulate(len(w) for w in default_jieba().cut(organ, False)))[:-1]
    words = lexicon().words
    return {organ[k:] for k in edges if _organ(organ[k:], found_alone=False) and organ[k:] not in words}  # not 委员会


def _after_state(prefix: str) -> bool:
    """``prefix`` is a state's name and the words of the organ's name before its tail (乌克兰|国家)."""
    return any(_state(prefix[:k]) for k in range(1, min(_STATE_LENGTH, len(prefix)) + 1))


def _state(form: str) -> bool:
    """A state's or a place's name, or the one character that stands for it (俄 Russia, 加 Canada), and a
    federation's (俄联邦, 俄罗斯联邦)."""
    if form.endswith("联邦") and len(form) > 2:
        return _state(form[:-2])
    if len(form) == 1:  # not a preposition or a conjunction first (以|自由党为首 "with the Liberals at its head")
        return form in lexicon().place_abbreviations and not re.match(r"[pcudr]", jieba_tag(form))
    known = lexicon().names.get(form)
    return known is not None and known.type is NameType.PLACE


def _organ(form: str, found_alone: bool) -> bool:
    """An organ's or a party's name by its head noun (联邦安全局, 自由党), not a person's; the lexicon files some
    ministries as places (商务部 "Department of Trade"), which their head noun corrects.  Of two characters
    (工党 Labour) only when the finder found it a name by itself, it is one that news names by its state (国会) or
    the lexicon knows it an organisation."""
    known = lexicon().names.get(form)
    if form.endswith(_NO_ORGANS):
        return False  # 夏特莱剧院: a theatre, no organ of the city before it (巴黎|夏特莱剧院)
    if len(form) == 2:
        return form.endswith(_ORGAN_HEADS) and (found_alone or form in _NAMED_ORGANS or (
            known is not None and known.type is NameType.ORGANISATION))
    return len(form) >= 3 and all_han(form.replace("、", "")) and form.endswith(_ORGAN_HEADS) and (
        known is None or known.type is not NameType.PERSON)


def _without_inner(spans: list[tuple[int, int]], outer: list[Candidate]) -> list[tuple[int, int]]:
    covering = SortedSpans((c.start, c.end) for c in outer)
    return [(s, e) for s, e in spans if not covering.overlapping(s, e)]


def _defined_in_parentheses(text: _Text, spans: list[tuple[int, int]]) -> list[Candidate]:
    """Long forms followed by their short form in parentheses (美国联邦储备委员会（美联储）, 世界卫生组织（世卫）):
    from the nearest place before the parenthesis where a word begins, so that the short form takes characters
    of it in order, with the place the body is named after (中国|证券监督管理委员会（证监会）, 香港大学（港大）), or
    is the brand that begins a company's name (隆基绿能科技股份有限公司（隆基绿能）)."""
    norm, found = text.norm, []
    for end, short in _in_parentheses(norm, _PAREN_SHORT):
        para_start = text.paragraph(end - 1)[0] if end else 0
        if _LATIN_LED.fullmatch(short):
            start = _clause_start(text, end, max(para_start, end - 16))
            if _defines(short, norm[start:end]) and end - start >= MIN_LONG and text.whole(start, end):
                found.append(Candidate(text.doc.text[start:end], start, end))
            continue
        for start in range(end - 2, max(para_start, end - 16) - 1, -1):
            long = norm[start:end]
            if not all_han(_HYPHENS.sub("", long)) or not all_han(long[0]) or "的" in long or not text.whole(
                    start, end) or _own_name(short, long):
                continue  # 方向-社会民主党（方向党）: a hyphen joins a party's two names
            if _defines(short, long) or _after_place(short, long) or _defined_brand(short, long):
                start -= _place_before(text, start, end) or next(  # 国际|农业发展基金（农发基金）
                    (len(w) for w in _DROPPED_SCOPES if norm.endswith(w, para_start, start)), 0)
                start = _parent_start(text, start, para_start)
                found.append(Candidate(text.doc.text[start:end], start, end))
                break
    taken = SortedSpans(spans)
    return [c for c in found if not any(s <= c.start and c.end <= e for s, e in taken.overlapping(c.start, c.end))]


def latin_letters(short: str) -> str:
    """The Latin letters that gloss a long form in a short form of them (FSB, and DEM of DEM党), "" for a short
    form in Chinese characters."""
    if short.isascii():
        return short
    return latin_led.group(1) if (latin_led := _LATIN_LED.fullmatch(short)) else ""


def _clause_start(text: _Text, end: int, limit: int) -> int:
    """Where the Chinese characters before ``end`` begin, back to a mark, a letter or 的 (祖马之女、|民族之矛党,
    库尔德的|人民平等与民主党) and past the verbs and function words that open them (出任|土耳其技术团队基金会), no
    further than ``limit``: a short form of letters says nothing of where its long form begins, and news writes a
    party's or a foundation's name whole after such a break."""
    norm, start = text.norm, end
    while start > limit and all_han(norm[start - 1]) and norm[start - 1] != "的":
        start -= 1
    for s, e in text.words(start).overlapping(start, end):
        if s < start or jieba_tag(norm[s:e])[:1] not in _OPENING_TAG_KINDS:
            break
        start = e
    return start


#: The first letters of jieba's tags of words that open a clause before a name: verb, adverb, preposition,
#: conjunction, pronoun.
_OPENING_TAG_KINDS = frozenset("vdpcr")


#: A hyphen inside a body's name (方向-社会民主党, Smer-SD).
_HYPHENS = re.compile(rf"(?<=[\u4e00-\u9fff])[{re.escape(HYPHENS + DASHES)}](?=[\u4e00-\u9fff])")
#: Words a body's name begins with that its short form leaves out, as it leaves out a parent ministry's name
#: (国家|市场监督管理总局（市场监管总局）, 国务院|港澳事务办公室（港澳办）, 联邦|巩固与发展党（巩发党）).
_PARENT_WORDS = frozenset(("国家", "国务院", "联邦", "高级"))
#: Last characters of a ministry's or a department's name, which the name of a body under it begins with
#: (警务处|国家安全处（国安处）).
_MINISTRY_ENDS = ("部", "处")


def _parent_start(text: _Text, start: int, para_start: int) -> int:
    """Where a body's name begins whose short form in parentheses takes characters from ``start`` on: before the
    words of the state or the ministry it belongs to, at most two (警务处|国家|安全处): news names a sub-body in full
    once, with them, and its short form leaves them out."""
    norm, words = text.norm, text.words(start)
    for _ in range(2):
        word = next(((s, e) for s, e in words.overlapping(max(start - 1, para_start), start) if e == start), None)
        if word is None:
            break
        if not _parent_word(norm[word[0]:word[1]]):
            break
        start = word[0]
    return start


def _parent_word(word: str) -> bool:
    """``word`` names the state or the ministry a body belongs to (:data:`_PARENT_WORDS`, 警务处, 财政部)."""
    return word in _PARENT_WORDS or (2 <= len(word) <= 4 and word.endswith(_MINISTRY_ENDS) and default_jieba().has_word(
        word) and jieba_tag(word)[:1] == "n")


def _without_parents(long: str) -> str:
    """``long`` without the words of its parents it begins with (:func:`_parent_start`), at most two."""
    for _ in range(2):
        k = next((k for k in (2, 3, 4) if _parent_word(long[:k])), 0)
        if not k or len(long) - k < MIN_LONG:
            break
        long = long[k:]
    return long


def _defined_shorts(text: _Text, taken: SortedSpans) -> list[Short]:
    """Short forms a parenthesis right after a name gives: a company's brand (宁德时代新能源科技股份有限公司（宁德时代）),
    a body's short form after the place it is named after (香港大学（港大）), or characters of the name in order
    whatever the name is (曼徹斯特聯（曼聯）, a club no rule of kinds knows), there and wherever it stands whole
    outside a longer name: the text says what it stands for."""
    norm, lex, found = text.norm, lexicon(), []
    ends = {e: norm[s:e] for s, e in taken.spans}
    done = set()
    for paren, short in _in_parentheses(norm, _PAREN_SHORT):
        long = ends.get(paren)
        if short in done or long is None or short in lex.words or not (
                _defined_brand(short, long) or _after_place(short, long) or _defines(short, long)):
            continue  # once per short form: its first definition names every place it stands, which keeps it
        done.add(short)
        for i in (m.start() for m in re.finditer(re.escape(short), norm)):
            end = i + len(short)
            if text.whole(i, end) and not any(
                    s <= i and end <= e and e - s > end - i for s, e in taken.overlapping(i, end)):
                found.append(Short(i, end, text.doc.text[i:end], long))
    return found


def _defined_brand(short: str, long: str) -> bool:
    """``short`` begins ``long``, a company's name, and names no place or person of its own (宁德时代 of
    宁德时代新能源科技股份有限公司, 比亚迪 of 比亚迪股份有限公司)."""
    known = lexicon().names.get(short)
    return long.startswith(short) and long.endswith(COMPANY_HEADS) and len(long) - len(short) >= 2 and (
        known is None or known.type is NameType.ORGANISATION)


def _after_place(short: str, long: str) -> bool:
    """``short`` takes characters of ``long`` in order from the body's name after the place it begins with,
    or from that place's last characters on (证监会 of 中国证券监督管理委员会, 港大 of 香港大学, 港交所 of
    香港交易及结算所有限公司): Hong Kong and mainland news shorten a body so, giving the short form once in
    parentheses."""
    for k in (4, 3, 2):
        place, body = long[:k], long[k:]
        if len(body) >= 2 and known_place(place, lexicon()):
            begin = k if short[0] == body[0] else place.rfind(short[0])
            return begin >= 0 and short[-1] in body and _in_order(short, long[begin:]) and short not in (place, body)
    return False


def _place_before(text: _Text, start: int, end: int) -> int:
    """How many characters of a place's name, one word, end at ``start`` and begin with it a body's name the
    lexicon knows (中国|证券监督管理委员会): 0 if none (台湾|力晶积成电子制造, Taiwan's company)."""
    lex = lexicon()
    for s, e in text.words(max(start - 1, 0)).overlapping(max(start - 1, 0), start):
        if e == start and known_place(text.norm[s:e], lex) and text.norm[s:end] in lex.names:
            return e - s
    return 0


#: The most characters a long form may have before the short form that ends it (共同|民主党（民主党）) or before
#: its head (美国联邦储备|委员会（联储局）).
_LONGEST_BEFORE_END = 8
#: Heads of a body's name after which a short form in parentheses is the body's, whatever characters it takes
#: (美国联邦储备委员会（联储局）, as Hong Kong calls the Federal Reserve).
_DEFINED_BODY_HEADS = ("委员会", "理事会", "组织", "机构", "联盟", "协会", "银行", "公司", "集团", "基金")


def _defined_by_their_end(text: _Text) -> tuple[list[Candidate], list[Short]]:
    """Long forms whose last words are the short form in parentheses after them (共同民主党（民主党）, 柬埔寨人民党
    （人民党）), or that end in a body's head before a short form no dictionary knows (美国联邦储备委员会（联储局）):
    the words before it back to a function word, a title or punctuation, and the short form wherever it
    stands alone (not inside 美国民主党, another party)."""
    norm, found, shorts = text.norm, [], []
    lex = lexicon()
    alone: dict[str, list[int]] = {}  # a short form → where the text writes it standing alone
    for end, short in _in_parentheses(norm, _PAREN_SHORT):
        head = end - len(short)
        ended = norm[head:end] == short
        if not ended:
            if not norm.endswith(_DEFINED_BODY_HEADS, 0, end) or short in lex.words or short in lex.names:
                continue
            head = next(end - len(h) for h in _DEFINED_BODY_HEADS if norm.endswith(h, 0, end))  # 联邦储备|委员会（联储局）
            head = next((s for s, e in text.words(head).overlapping(head, head + 1) if e == end), head)  # jieba's one word
        start = head
        for s, e in reversed(text.words(head).overlapping(max(text.paragraph(head)[0], head - _LONGEST_BEFORE_END), head)):
            word = norm[s:e]
            if e > start or not all_han(word) or word in BESIDE or TITLE.search(word) or (
                    head - s > _LONGEST_BEFORE_END) or _takes_in_order(short, norm[start:end]):
                break  # 包括|中国石油化工集团（中国石化）: the name begins where its short form does
            start = s
        if (start == head and ended) or end - start < MIN_LONG or not text.whole(start, end):
            continue
        found.append(Candidate(text.doc.text[start:end], start, end))
        if short not in alone:  # looked for once, though a long text defines a short form again and again
            alone[short] = [i for i in (x.start() for x in re.finditer(re.escape(short), norm)) if text.whole(
                i, i + len(short)) and (i == 0 or not all_han(norm[i - 1]) or norm[i - 1] in BESIDE)]
        shorts += [Short(i, i + len(short), text.doc.text[i:i + len(short)], norm[start:end]) for i in alone[short] if i != head]
    return found, shorts


#: Words after a company's or a club's brand in its full name: 纬创|资通, 鸿海|精密, 和硕|联合科技, 美光|科技, 塔塔|集团, 阿赫利|俱乐部.
BRAND_HEADS = COMPANY_HEADS + ("资通", "精密", "精密工业", "工业", "联合科技", "光电", "重工", "重工业", "实业", "投资", "技术", "俱乐部",
                               "医药", "药业", "药品工业", "生物", "生物科技", "矿业", "钻石", "铜业", "铝业", "锂业", "黄金",
                               "航运", "物流", "食品", "体育", "媒体", "娱乐")
_BRAND_HEAD = "|".join(sorted(BRAND_HEADS, key=len, reverse=True))
#: The word for a company after its trade: 公司, 集团, 有限公司 (华为|技术|有限公司).
_COMPANY_WORD = "股份有限公司|有限公司|公司|集团"
#: What makes a head a longer word (体育|馆 an arena, 体育|联合会, 体育|总会 a federation): no brand's trade.
_HEAD_GOES_ON = "[馆场联协]|总[会局]"
#: A brand and its head (丰田|汽车|公司, 穆巴达拉|投资公司): the shortest brand before a head, of two characters, or of
#: up to five when a transliteration.
_BRAND = re.compile(f"(?=(?P<brand>[\u3400-\u9fff]{{2,5}}?)(?P<head>(?:{_BRAND_HEAD})(?:{_COMPANY_WORD})?)(?!{_HEAD_GOES_ON}))")


def _brands(text: _Text, names: SortedSpans) -> tuple[list[Candidate], list[Short]]:
    """Companies named by a brand of two characters and a head (美光科技, 纬创资通, 苹果公司, 丰田汽车公司) whose brand
    the text also writes alone (美光表示, 纬创和和硕退出): business news names a company in full once, then by its
    brand.  The brand begins a word and is no place and no ordinary word (unless CC-CEDICT knows the full name,
    苹果公司); a brand that is a person's name too (福特, 丰田) is the company's when the text names the company
    before it writes the brand alone, and never inside a person's name (比尔·福特, the chairman named after it);
    a brand with two full names in the text (塔塔电子, 塔塔集团), or one of no type the surname of a full name the
    text writes (乔治·阿玛尼), is left alone: whose would it be?"""
    norm, lex = text.norm, lexicon()
    longs: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for m in _BRAND.finditer(norm):
        start, brand = m.start(), m.group("brand")
        end = start + len(brand) + len(m.group("head"))
        if _word_starts(text, start) and _brand_word(brand, norm[start:end], lex) and (
                len(brand) == 2 or transliteration(brand, lex) or jieba_tag(brand) in _BRAND_TAGS or (
                    known_organisation(brand, lex) and m.group("head").endswith(("公司", "集团")))):
            # 穆巴达拉|投资公司, 英伟达|公司, not 他表示|石油公司 nor 英伟达|投资 "Nvidia's investment"
            longs[brand].add((start, end))
    found, shorts = [], []
    for brand, spans in longs.items():
        at = [x.start() for x in re.finditer(brand, norm)]
        if first := constant_first(norm, brand, at, names, lex):  # 法国|道|达尔能源公司 … 。|道|达尔能源
            brand, spans, at = first + brand, {(s - 1, e) for s, e in spans}, [i - 1 for i in at]
        if len(_full_names(norm[s:e] for s, e in spans)) > 1 or _filed_as_place(brand, lex) and any(
                norm[i - 1:i] in NAME_JOINERS for i in at if i):
            continue  # 乔治·阿玛尼 … 阿玛尼集团 … 阿玛尼: CC-CEDICT's bare "Armani", the surname of a person the
            # text names, his as much as the group's
        n = len(brand)
        alone = [i for i in at if not any(s == i for s, _ in spans) and _whole_brand(text, i, i + n) and not (
                 _TEAM_AFTER.match(norm, i + n)) and not any(s < i or i + n < e for s, e in names.overlapping(i, i + n))]
        if _person_named(brand, lex):  # not 会长|丰田章男, a person of the brand's name
            alone = [i for i in alone if i > min(spans)[0] and not title_before(norm, i, text.paragraph(i)[0])]
        if alone or len({norm[s:e] for s, e in spans}) > 1:  # 美光 alone, or 达索航空公司 then 达索航空
            long = norm[slice(*min(spans))]
            found += [Candidate(text.doc.text[s:e], s, e) for s, e in spans if norm[s:e] == long]
            shorts += [Short(s, e, text.doc.text[s:e], long) for s, e in spans if norm[s:e] != long]  # 丰田汽车
            shorts += [Short(i, i + n, text.doc.text[i:i + n], long) for i in alone]
    return found, shorts


def _full_names(longs: Iterable[str]) -> set[str]:
    """The different companies a brand's full names name: 丰田汽车公司 and 丰田汽车 one, 三菱重工业公司 and 三菱重工
    (its trade cut short) one, 塔塔电子 and 塔塔集团 two."""
    names = {_without_company_word(long) for long in longs}
    return {name for name in names if not any(other != name and other.startswith(name) for other in names)}


def _without_company_word(long: str) -> str:
    """A company's name without 公司, 集团 or 有限公司 after its trade: 丰田汽车公司 and 丰田汽车 are one company's names."""
    trade = re.sub(f"(?:{_COMPANY_WORD})$", "", long)
    return trade if trade != long and trade.endswith(BRAND_HEADS) else long


def _person_named(brand: str, lex: Lexicon) -> bool:
    return (known := lex.names.get(brand)) is not None and known.type is NameType.PERSON


#: jieba's tags of a word it knows as a proper noun of no person or place (诺和诺德, 恒瑞): a brand of any length.
_BRAND_TAGS = frozenset(("nz", "nt"))
#: jieba's tags of a numeral with its measure word (一位, 两家), a pronoun (这家, 其), a time (五年), an adjective
#: (最大) and an adverb (最新): no brand's.
_COUNTING_TAGS = frozenset(("m", "mq", "q", "r", "t", "a", "d"))
#: jieba's tags of a preposition and an adverb alone (在, 将): a brand jieba does not know holds neither.
_FUNCTION_TAGS = frozenset(("p", "d"))


def _filed_as_place(brand: str, lex: Lexicon) -> bool:
    """CC-CEDICT gives ``brand`` as a bare English name, which the lexicon files as a place (索尼 "Sony", 阿玛尼)."""
    return (known := lex.names.get(brand)) is not None and known.type is NameType.PLACE and not company_filed_as_place(
        brand, lex)


#: A bank: one an ordinary word names (世界|银行, the World Bank) is not that word alone (世界 "the world").
_BANK = "银行"


def _brand_word(brand: str, long: str, lex: Lexicon) -> bool:
    """Not a place, an ordinary word (unless CC-CEDICT knows the full name, 苹果公司, and it is no bank, 世界银行),
    nor a preposition before a place's one character (对俄|能源 "energy towards
    Russia"; but 开云 Kering, a verb and 云 Yunnan).  A name CC-CEDICT files as a place for want of a type is a
    brand before 集团, or right before 公司, when jieba does not tag it a place either (索尼集团: CC-CEDICT's bare
    "Sony"; 亚马逊公司, "Amazon"; not 巴西公司 "a Brazilian company", nor 卡塔尔|能源公司, Qatar's)."""
    known, tag = lex.names.get(brand), jieba_tag(brand)
    if known_organisation(brand, lex):
        return True  # 微软 (Microsoft), whatever jieba's tag
    if tag in _COUNTING_TAGS or any(c in PARTICLES for c in brand) or (
            not tag and any(jieba_tag(c) in _FUNCTION_TAGS for c in brand)):
        return False  # 一位|能源专家, 这家|投资公司, 新的|投资法, 五年|投资, 将在|软件: a count, a pointer, a time, a
        # particle or a function word before a trade (not 华为, a word of jieba's though 为 is a preposition)
    return all_han(brand) and (not _filed_as_place(brand, lex) or (
        (long.endswith("集团") or long == brand + "公司") and jieba_tag(brand) != "ns" and " " not in known.english)) and (
        brand not in lex.words or long in lex.names and not long.endswith(_BANK)) and not (
        brand[1] in lex.place_abbreviations and jieba_tag(brand[0]) == "p") and not (
        len(brand) == 2 and tag == "ns" and all(c in lex.place_abbreviations for c in brand))  # not 中哈|物流, China
    # and Kazakhstan (but 卢克|石油, Lukoil)


def _word_starts(text: _Text, pos: int) -> bool:
    """A word of the text begins at ``pos``: no word runs across it, or only one that begins with a place's name
    ending there (日本|丰田汽车公司, which jieba cuts as one word)."""
    return not any(s < pos < e and not known_place(text.norm[s:pos], lexicon())
                   for s, e in text.words(pos).overlapping(pos, pos + 1))


#: A league's short name, a country's first character and its division (英超, 西甲, 中超, 英冠): before a club it
#: says where the club plays (英超|利物浦), it is no part of the club's name.
_LEAGUE = re.compile("[\u3400-\u9fff][超甲乙冠]")


def _teams(text: _Text, spans: list[tuple[int, int]]) -> tuple[list[Candidate], list[Short]]:
    """A city and a nickname right after it, in a sentence about sport, when the nickname also stands alone
    in the text: a team (洛杉矶|道奇 … 道奇), of which the city alone would be a fragment; and the nickname
    alone, its short form.  A nickname that is an ordinary word (勇士 warrior, 时间 of 北京时间) or a title (西班牙|球手
    "player") is left alone: it says nothing of a team; so is a noun after two places or more (亚洲|车迷, 日本|车迷
    "fans"): a team has one city, though each country has its own body (埃及|足协, 约旦|足协, an abbreviation)."""
    norm, found, shorts = text.norm, [], []
    lex = lexicon()
    names = {norm[s:e] for s, e in spans}
    ending = {e: norm[s:e] for s, e in spans}  # the name found that ends at each place
    held = "\n".join(names)  # a nickname in none of them is ruled out by one search, not one per name
    alone: dict[str, list[tuple[int, int]]] = {}
    sporty = {p for p in text.paragraphs.spans if _SPORT.search(norm, *p)}
    headed: dict[tuple[int, int], str] = {}
    for start, end in spans:
        if text.paragraph(start) not in sporty or norm[start:end] in PRESS_REGIONS:
            continue  # 内地|译作: the mainland names a press, no team's city
        if team := _headed_team(text, start, end, lex):
            headed[team[0]] = team[1]
            continue
        for nickname in _nicknames(text, start, end):
            nick = norm[nickname[0]:nickname[1]]
            if nick not in alone:
                known = lex.names.get(nick)
                plain = jieba_tag(nick) in _NOUN_TAGS and nick not in lex.words and not TITLE.fullmatch(nick) and not (
                    nick.startswith(_NOT_NICKNAMES)) and not (
                    known and known.type is NameType.PERSON) and not _LEAGUE.fullmatch(nick) and not (
                        nick in held and any(nick in name for name in names if name != norm[start:end])) and (
                    jieba_tag(nick) == "j" or len(_names_before(norm, nick, ending)) < 2)
                alone[nick] = [m.span() for m in re.finditer(nick, norm) if text.whole(*m.span())] if plain else []
            elsewhere = [(s, e) for s, e in alone[nick] if s != nickname[0]]
            if elsewhere and _SPORT.search(text.sentence(start)):
                team = (min(start, nickname[0]), max(end, nickname[1]))
                found.append(Candidate(text.doc.text[team[0]:team[1]], *team))
                shorts += [Short(s, e, text.doc.text[s:e], norm[team[0]:team[1]]) for s, e in elsewhere]
                break
    teams, ends, nicknames = SortedSpans(set(headed)), {e for _, e in spans}, Counter(headed.values())
    for team, nick in headed.items():
        found.append(Candidate(text.doc.text[team[0]:team[1]], *team))
        if nicknames[nick] == 1:  # 莫斯科迪纳摩队, 明斯克迪纳摩队: 迪纳摩队 alone names neither
            shorts += [Short(s, e, text.doc.text[s:e], norm[team[0]:team[1]])
                       for s, e in _nickname_alone(text, nick, team, teams, ends, lex)]
    return found, shorts


def _makers_squads(text: _Text, spans: list[tuple[int, int]]) -> tuple[list[Candidate], list[Short]]:
    """A racing team named by its maker or sponsor and 车队 (法拉利|车队, 红牛|车队), or a team found with 队 and
    glossed by its own Latin name (露娜罗莎队（Luna Rossa）), when the text writes the name alone elsewhere too: the
    team, and the name alone its short form (news calls the team 法拉利, 露娜罗莎).  Not a country's or a city's
    squad (阿联酋|车队 … 阿联酋 is the country; 雷克瑟姆队, unglossed, and the town 雷克瑟姆), nor a person's."""
    norm, lex = text.norm, lexicon()
    found, shorts = [], []
    for start, end in spans:
        if norm.startswith(RACING_TEAM, end) and text.whole(start, end + len(RACING_TEAM)):
            name, team_end = norm[start:end], end + len(RACING_TEAM)
        elif norm[end - 1] == "队" and not norm.endswith(RACING_TEAM, start, end) and _LATIN_GLOSS_AFTER.match(norm, end):
            name, team_end = norm[start:end - 1], end
        else:
            continue
        known = lex.names.get(name)
        if len(name) < 2 or name in lex.words or known is not None and (known.type is NameType.PERSON or (
                known.type is NameType.PLACE and not company_filed_as_place(name, lex))):
            continue
        alone = [m.span() for m in re.finditer(re.escape(name), norm)
                 if not norm.startswith("队", m.end()) and not norm.startswith(RACING_TEAM, m.end()) and text.whole(
                     *m.span()) and not any(s <= m.start() and m.end() <= e and e - s > len(name) for s, e in spans)]
        if alone:  # not 麦拉伦 of 布鲁斯·麦拉伦, a full name found
            if team_end > end:
                found.append(Candidate(text.doc.text[start:team_end], start, team_end))
            shorts += [Short(s, e, text.doc.text[s:e], norm[start:team_end]) for s, e in alone]
    return found, shorts


#: A Latin name in parentheses right after a name (露娜罗莎队（Luna Rossa）).
_LATIN_GLOSS_AFTER = re.compile(r"\s*[(（]\s*[A-Za-z]")


def _names_before(norm: str, nick: str, ending: dict[int, str]) -> set[str]:
    """The names found right before ``nick`` wherever the text writes it (亚洲|车迷, 日本|车迷)."""
    return {ending[m.start()] for m in re.finditer(re.escape(nick), norm) if m.start() in ending}


def _headed_team(text: _Text, start: int, end: int, lex: Lexicon) -> tuple[tuple[int, int], str] | None:
    """A team named by its city, a nickname and 队 (卡罗莱纳|飓风|队, 艾德蒙顿|油人|队 found as 艾德蒙顿油人,
    蒙特娄|加拿大人|队 found as 蒙特娄加拿, 多伦多|枫叶|队 found whole): its span and its nickname.  The city is the
    name found, or the longest place the lexicon knows that it begins with; the nickname is one to four characters
    of dictionary words or plain nouns, and 队 is a word of its own (not 队长, 队员).  Not a national side (德国|队,
    中国|女|队, 日本|国奥|队): a country's team is named by the country alone, or with a word for its kind."""
    norm = text.norm
    team_at = end - 1 if norm[end - 1] == "队" else norm.find("队", end, end + _NICKNAME_MOST + 1)
    if team_at < 0 or norm[start:team_at] in lex.names:
        return None  # 巴黎圣日耳曼|队: a club the lexicon knows, grown by the finder
    inside = 0 if team_at >= end and _kind(norm[start:end]) is NameType.PLACE else next((
        p for p in range(min(end, team_at) - 1, start, -1) if (
            city := lex.names.get(norm[start:p])) and city.type is NameType.PLACE), 0)
    city = inside or (end if team_at >= end else 0)
    nick = norm[city:team_at]
    if not city or not 1 <= len(nick) <= _NICKNAME_MOST or not all_han(nick) or nick.startswith(_NOT_NICKNAMES) or (
            TITLE.search(nick) or nick in lex.names):
        return None
    words = default_jieba().cut(norm[city:team_at + 3], False)
    ends = list(accumulate(map(len, words)))
    head = next(w for w, e in zip(words, ends) if e > len(nick))
    if not (head == "队" or len(head) >= 3 and head.endswith("队")) or not all(  # 金|骑士队: a nickname jieba knows
            _nickname_word(w, lex) for w in default_jieba().cut(nick, False)):
        return None  # 担任|球队, 率队, 车队, 乐队, 领队: 队 in a word; 随|葡萄牙|队, 阿根廷|拉努斯|队: no nickname
    return (start, team_at + 1), nick


def _nickname_word(word: str, lex: Lexicon) -> bool:
    """A word of a team's nickname: one of jieba's dictionary (油|人, 飓风, 迪纳摩, 中央|陆军), a noun of one
    character no transliteration favours (星, 金|骑士; not 拉|努|斯), and no place (随|葡萄牙)."""
    if len(word) == 1:
        return jieba_tag(word).startswith("n") and lex.odds(word) < _NICKNAME_CHAR_ODDS
    return default_jieba().has_word(word) and jieba_tag(word) not in ("ns", "nt", "v", "p", "c") and not (
        (known := lex.names.get(word)) and known.type is NameType.PLACE)


#: How clearly a character alone may favour names and still be a word of a team's nickname (金 Kim .55, 星 .71;
#: not 斯 4.75, 拉 3.21).
_NICKNAME_CHAR_ODDS = 1.0


#: Most characters of a team's nickname between its city and 队 (蒙特娄|加拿大人|队).
_NICKNAME_MOST = 4
#: Words that begin a national side's kind, not a nickname (中国|女足|队, 日本|国奥|队, 巴西|青年|队), a demonym's
#: 人 (坎特伯雷|人|队, "the Canterbury side") and a count (阿根廷|七人|队, the sevens side).
_NOT_NICKNAMES = ("国", "女", "男", "青", "少", "奥", "代表", "全明星", "人") + tuple(NUMERALS)


def _nickname_alone(text: _Text, nick: str, team: tuple[int, int], teams: SortedSpans, ends: Container[int],
                    lex: Lexicon) -> list[tuple[int, int]]:
    """The team's short forms elsewhere in the text: its nickname and 队 (油人|队), or the nickname alone when it
    is no ordinary word (油人; not 飓风 "hurricane") nor a nationality (加拿大人 "Canadians").  Not inside another
    team's name, nor right after a name (中央|陆军队 of 莫斯科中央陆军队, 明斯克|迪纳摩队)."""
    norm, spans = text.norm, []
    people = nick.endswith("人") and (place := lex.names.get(nick[:-1])) and place.type is NameType.PLACE
    for m in re.finditer(re.escape(nick), norm):
        if m.start() == team[1] - len(nick) - 1 or not text.whole(m.start(), m.end()) or m.start() in ends or (
                teams.overlapping(m.start(), m.end())):
            continue
        with_head = norm.startswith("队", m.end()) and text.whole(m.start(), m.end() + 1)
        if with_head or (len(nick) >= 2 and nick not in lex.words and not people and not norm.startswith("队", m.end())):
            spans.append((m.start(), m.end() + with_head))
    return spans


def _nicknames(text: _Text, start: int, end: int) -> list[tuple[int, int]]:
    """Where a team's nickname may stand around the name found at ``start:end``: after a city or before it
    (洛杉矶|道奇, 拜仁|慕尼黑), or inside a name the finder found whole, a city plus two characters
    (洛杉矶道奇 found as one name, or 洛杉矶湖人 that CC-CEDICT files as a place)."""
    norm = text.norm
    around = [span for span in (_word_after(text, end), _word_before(text, start)) if span] if _kind(
        norm[start:end]) is NameType.PLACE else []
    if end - start < 4:
        return around
    return around + [span for span, city in (((end - 2, end), (start, end - 2)), ((start, start + 2), (start + 2, end)))
                     if _kind(norm[city[0]:city[1]]) is NameType.PLACE]


def _word_after(text: _Text, end: int) -> tuple[int, int] | None:
    """Two characters right after a city that no longer word holds: the nickname, a word of jieba's (道奇) or
    cut in two, as jieba cuts a nickname it does not know (洛杉矶|湖|人)."""
    after = end + 2
    if after > text.paragraph(end)[1] or not all_han(text.norm[end:after]):
        return None
    return (end, after) if text.whole(end, after) else None


def _word_before(text: _Text, start: int) -> tuple[int, int] | None:
    """Two characters right before ``start`` that no longer word holds: a club's word before its city
    (拜仁|慕尼黑, which jieba cuts 拜|仁)."""
    begin = start - 2
    if begin < text.paragraph(start)[0] or not all_han(text.norm[begin:start]):
        return None
    return (begin, start) if text.whole(begin, start) else None


def _abbreviations(text: _Text, taken: SortedSpans, forms: dict[str, tuple[int, int]]) -> list[Short]:
    """Short forms of the organisations and places named whole: characters of the long form in order (世卫),
    a place's head (里约 of 里约热内卢), Taiwan's first character and 国 (巴国 of 巴拉圭); found in the text
    or among the names found (the finder's 北约)."""
    norm = text.norm
    by_first: dict[str, list[str]] = defaultdict(list)
    for long in forms:
        if (len(long) >= MIN_LONG and _kind(long) is not None) or _country(long) or company_brand(long) or (
                _without_party_head(long[:-1], long)):  # 自民 of 自民党
            by_first[long[0]].append(long)
            if long.startswith(NATIONAL) and len(long) > 2:
                by_first[long[2]].append(long)  # 民盟 of 全国民主联盟
            if country := _country_prefix(long):
                by_first[long[country]].append(long)  # 金管局 of 新加坡金融管理局
            if long.startswith(SCOPES):
                for i in range(2, len(long) - MIN_LONG + 1):
                    by_first[long[i]].append(long)  # 原子能机构 of 国际原子能机构, 基金组织 of 国际货币基金组织
    if not by_first:
        return []
    found = []
    first_at: dict[str, int] = {}
    for start, end in taken.spans:
        first_at.setdefault(norm[start:end], start)
    tries = {form: _tries_of_name(form, by_first) for form in first_at}  # read once per form, not per mention
    lex = lexicon()
    keys = Counter(key for form in forms if (key := lex.key(form)))
    brands = {long: brand for long in forms if (brand := company_brand(long))}
    for start, end in taken.spans:  # names found that are short forms of others, or begin with one (宏国|新)
        for long, whole, head in tries[norm[start:end]]:
            if first_at[long] > start:
                continue  # 美国太空总署 before the rendering 美国国家航空暨太空总署: a name shortens one written before it
            if whole and _short_of(text, start, end, long, forms, by_first, keys):
                found.append(Short(start, end, text.doc.text[start:end], long))
            elif head and _short_of(text, start, start + head, long, forms, by_first, keys):
                found.append(Short(start, start + head, text.doc.text[start:start + head], long))
        found.extend(_brands_begun(text, start, end, by_first, brands, forms))
    named = taken.mask(len(norm))  # tens of thousands of characters are tried
    # each long form with where its characters after the first one go on, and whether it is a country: read once
    # per form, not at each of the characters tried
    after_first = {first: [(long, long.find(first) + 1, _country(long)) for long in longs]
                   for first, longs in by_first.items()}
    for m in _first_two(after_first).finditer(norm):
        start = m.start()
        if named[start]:
            continue
        following = norm[start + 1:start + 2]
        for long, after, is_country in after_first[m.group()]:
            country = is_country and following == "国"
            if not country and long.find(following, after) < 0:
                continue  # the next character is none of the long form's after this one: no short form of two
            end = start + 2 if country else _short_end(norm, start, long, taken)
            if _short_of(text, start, end, long, forms, by_first, keys):
                found.append(Short(start, end, text.doc.text[start:end], long))
    return found


def _brands_begun(text: _Text, start: int, end: int, by_first: dict[str, list[str]], brands: dict[str, str],
                  forms: dict[str, tuple[int, int]]) -> list[Short]:
    """A company named whole before, written again as its brand (``brands``, by long form), which begins with a name
    found (银河|娱乐 of 银河娱乐集团, 银河 the Milky Way to the lexicon; 美国|钢铁 of 美国钢铁公司): the brand, not the
    name inside it."""
    norm, form = text.norm, text.norm[start:end]
    shorts = []
    for long in by_first.get(form[0], ()):
        brand = brands.get(long, "")
        if len(brand) > len(form) and brand.startswith(form) and norm.startswith(brand, start) and (
                not norm.startswith(long, start)) and forms[long][0] < start and text.whole(start, start + len(brand)):
            shorts.append(Short(start, start + len(brand), text.doc.text[start:start + len(brand)], long))
    return shorts


def _tries_of_name(form: str, by_first: dict[str, list[str]]) -> list[tuple[str, bool, int]]:
    """The long forms a name found may shorten, whole or by its first characters (宏国 of 宏都拉斯, in 宏国新总统):
    (long form, whether the name may be its short form, how many characters of it may be one, 0 for none), as
    the characters alone say (:func:`_may_shorten`); the text around each mention decides the rest.  A full name
    a dot joins begins with no short form (阿尔|宾·库尔蒂, not Albania's 阿尔)."""
    lex = lexicon()
    tries = []
    for long in by_first.get(form[0], ()):
        whole = len(form) >= 2 and _may_shorten(form, long)
        head = 0
        if form not in lex.names and not any(c in NAME_JOINERS for c in form) and (
                end := _head_end(form, 0, len(form), long)) and (
                form[end - 1] == "国" or not all(map(lex.is_name_char, form[end:]))) and (
                end >= 2 and _may_shorten(form[:end], long)):  # 墨国|国, but not 阿斯|麦 (ASML) of 阿姆斯特丹
            head = end
        if whole or head:
            tries.append((long, whole, head))
    return tries


def _first_two(after_first: dict[str, list[tuple[str, int, bool]]]) -> re.Pattern:
    """The characters that may begin a short form of two or more, where the next one may go on it (a long form's
    character after the first one, or 国 after a country's first): most characters of a text are of none."""
    pairs = []
    for first, longs in sorted(after_first.items()):
        nexts = {ch for long, after, _ in longs for ch in long[after:]} | (
            {"国"} if any(is_country for *_, is_country in longs) else set())
        pairs.append(re.escape(first) + "(?=[" + re.escape("".join(sorted(nexts))) + "])")
    return re.compile("|".join(pairs))


def _short_of(text: _Text, start: int, end: int, long: str, forms: dict[str, tuple[int, int]],
              by_first: dict[str, list[str]], keys: Counter) -> bool:
    """The text at [start, end) is a short form of ``long`` (an organisation or place the text names; ``keys``
    counts the lexicon's keys of the names the text names)."""
    short = text.norm[start:end]
    if end - start < 2 or not _may_shorten(short, long):
        return False  # the characters first, the words around last: most characters tried are of no short form
    if short == long[0] + "国" and _country(long):
        return text.whole(start, end) and _last_named(text, start, long, by_first)  # 巴国 of 巴拉圭
    if not _whole_brand(text, start, end):
        return False
    if short in long:  # 里约 of 里约热内卢, a place jieba keeps whole; 闻泰 of 闻泰科技, a company's brand
        if short == company_brand(long) or _first_of_joined(short, long) or _without_scope(short, long) or (
                _without_country(short, long) and sum(f.endswith(short) for f in forms) == 1) or (
                _without_gathering(short, long)) or _without_party_head(short, long) or (
                _brand_before_trade(short, long) and sum(
                    f.startswith(short) and f != short for f in forms) == 1):  # not 塔塔 of 塔塔之子公司 beside
            # 塔塔咨询服务公司: whose would it be?
            return True
        return long.startswith(short) and _kind(long) is NameType.PLACE and text.one_word(*forms[long]) and (
            len(long) - len(short) >= 2)
    return (end - start >= 3 or text.one_word(start, end) or _first_and_head(short, long) or (
        jieba_tag(short) in _SHORT_WORD_TAGS) or _initials_cut_apart(text, start, end, long)) and not (
        shortened_transliteration(short, long)) and not (
        _another_bodys(short, long, keys, forms))  # its characters in order; 德铁 of 德国铁路公司, a noun to jieba's
    # dictionary, though the text's words cut it 德|铁


def _initials_cut_apart(text: _Text, start: int, end: int, long: str) -> bool:
    """The two characters at [start, end) begin the first two words of ``long`` (马竞 of 马德里|竞技, 日经 of
    日本|经济|新闻), and jieba, not knowing the pair, cut them one by one, neither a function word: news shortens a
    name so.  Not a state's first character and 国 (秘|国 of 秘鲁|国会): that is the state's own short form."""
    short = text.norm[start:end]
    return len(short) == 2 and short[1] != "国" and _word_initials(long)[:2] == short and all(
        (s, s + 1) in text.words(s).overlapping(s, s + 1) and short[s - start] not in BESIDE for s in (start, start + 1))


@lru_cache(maxsize=4096)
def _word_initials(long: str) -> str:
    """The first character of each of jieba's words of ``long``."""
    return "".join(w[0] for w in default_jieba().cut(long, False))


def _whole_brand(text: _Text, start: int, end: int) -> bool:
    """The text at [start, end) is whole, and a Latin brand there names nothing further (:func:`_named_further`)."""
    return text.whole(start, end) and not (text.norm[start:end].isascii() and _named_further(text, start, end))


def _named_further(text: _Text, start: int, end: int) -> bool:
    """A word of a name's kind right after a Latin brand (SK|海力士, LG|电子, CJ|第一制糖), or another Latin word
    either side (Swatch Group, Mario Prada): the brand is part of another name there, not the one named with the
    brand and a head (SK集团, Swatch集团); a verb, an adverb or a particle (FAST|内部, MVP|培养, Racers|的) leaves the
    brand alone."""
    norm = text.norm
    if _LATIN_WORD_AFTER.match(norm, end) or (start >= 2 and _LATIN_WORD_BEFORE.match(norm, start - 2)):
        return True
    word = next(((s, e) for s, e in text.words(end).overlapping(end, end + 1) if s == end), None)
    return word is not None and all_han(text.norm[word[0]:word[1]]) and not (
        jieba_tag(text.norm[word[0]:word[1]])[:1] in _ORDINARY_TAG_KINDS or text.norm[end] in BESIDE or (
            company_after(text.norm, end)))  # Vingroup|旗下: the company's holdings, not a longer name


#: The first letters of jieba's tags of words that go on no name: time, verb, adverb, preposition, conjunction,
#: particle, pronoun, direction, adjective.  Not a numeral (CJ|第一|制糖).
_ORDINARY_TAG_KINDS = frozenset("tvdpcurfa")
_LATIN_WORD_AFTER = re.compile(r" [A-Z]")
_LATIN_WORD_BEFORE = re.compile(r"[A-Za-z] ")


def _another_bodys(short: str, long: str, keys: Counter, forms: dict[str, tuple[int, int]]) -> bool:
    """The text names another form that the lexicon knows as ``short``'s (``keys`` counts the lexicon's keys of the
    names the text names, ``forms``): 欧盟 of 欧洲联盟, the European Union, not of 欧亚经济联盟, the Eurasian Economic
    Union, though its characters are in order; or the lexicon knows ``short`` as an institution's common name, one
    word and no acronym, and ``long`` as none or another (国会, Parliament, is no short form of 国际商会, the ICC,
    nor of 国际合作发展基金会).  A specific body's name the lexicon gives ``short`` says less: 民盟 is China's
    Democratic League to CC-CEDICT and Myanmar's 全国民主联盟 in news of Myanmar."""
    lex = lexicon()
    key = lex.key(short)
    if not key or key == lex.key(long):
        return False
    known = lex.names.get(short)
    return keys[key] > (short in forms) or (known is not None and _ONE_COMMON_WORD.fullmatch(known.english) is not None)


#: An English of one capitalised word, no acronym (Parliament): an institution's common name.
_ONE_COMMON_WORD = re.compile(r"[A-Z][a-z]+")


#: A team's word after a short form, right after it or after a word of up to three characters (生力|啤酒队).
_TEAM_AFTER = re.compile("[\u3400-\u9fff]{0,3}?队(?![长员])")


def shortened_transliteration(short: str, long: str) -> bool:
    """``short`` is the first and the last character of ``long``, a transliteration or a foreign place, the last no
    head (克宫, 维州, 危国) and the two no short form the lexicon knows: Chinese does not shorten a foreign city's name
    so (亚巴, a district of Lagos, is no 亚的斯亚贝巴), though it does a name of two words (巴新, 巴布亚新几内亚)."""
    if len(short) != 2 or short != long[0] + long[-1] or long[-1] in _PLACE_HEAD_CHARACTERS:
        return False  # the characters first: _short_of asks this of every short form it keeps
    lex, key = lexicon(), form_key(long)
    return lex.names.get(form_key(short)) is None and (transliteration(key, lex) or (
        (known := lex.names.get(key)) is not None and known.foreign and known.type is NameType.PLACE))


#: Last characters of a place's name that its short form keeps after the first (克宫, 维州, 安省, 危国).
_PLACE_HEAD_CHARACTERS = frozenset("国州省市县区邦宫岛港湾河湖山")


@lru_cache(maxsize=65536)
def _may_shorten(short: str, long: str) -> bool:
    """What the characters alone say of ``short`` as a short form of ``long`` (:func:`_short_of`), asked once per
    pair: a text tries the same few pairs at every mention of a name."""
    if _army_of(short, long):
        return True  # 以军, a word of its own
    if short == long or (_own_name(short, long) and not _first_of_joined(short, long)):
        return False  # 波士尼亚 Bosnia of 波士尼亚与赫塞哥维纳 is a short form
    if short == long[0] + "国" and _country(long):
        return True
    return not _monarch(short, long) and (short in long or _takes_in_order(short, long)) and not (
        _place_and_kind(short, long)) and not _without_head(short, long)


def _army_of(short: str, long: str) -> bool:
    """``short`` is a state's first character and 军, as news names the state's army (以军 of 以色列国防军, 德军 of
    德国联邦国防军): a word of CC-CEDICT's, but the same referent."""
    return len(short) == 2 and short == long[0] + "军" and long.endswith(_ARMIES) and (
        short[0] in lexicon().place_abbreviations)


#: How a state's army is named after the state (以色列|国防军, 黎巴嫩|军队).
_ARMIES = ("国防军", "军队")


def _monarch(short: str, long: str) -> bool:
    """``short`` is a state's first character and 王, as Taiwan's press names the state's king (史王 of 史瓦帝尼王国,
    泰王 of 泰国): a person, never a short form of the state."""
    return len(short) == 2 and short[1] == "王" and lexicon().name_or_state(long) is not None


def _first_of_joined(short: str, long: str) -> bool:
    """``short`` is the first of the names a state's name joins (圣文森 of 圣文森及格瑞那丁, 千里达 of 千里达及托巴哥,
    波士尼亚 of 波士尼亚与赫塞哥维纳): news shortens such a state to its first name once it has named it whole."""
    known = lexicon().names.get(long)
    return (known is not None and known.type is NameType.PLACE and " and " in known.english
            and long.startswith(short) and long[len(short):len(short) + 1] in ("和", "及", "与"))


def company_brand(long: str) -> str:
    """The brand of a company named with its trade (闻泰 of 闻泰科技), "" for other names."""
    head = next((h for h in COMPANY_HEADS if long.endswith(h)), "")
    return long[:-len(head)] if head and len(long) - len(head) >= 2 else ""


@lru_cache(maxsize=4096)
def _brand_before_trade(short: str, long: str) -> bool:
    """``short`` begins a company's name that goes on in ordinary words and 集团 or 公司 (富邑|葡萄酒|集团 Treasury Wine
    Estates, 恒天然|合作社|集团 Fonterra): its brand, no word and no place, which news names it by once named whole."""
    lex = lexicon()
    company = re.search(f"(?:{_COMPANY_WORD})$", long)
    if company is None or not long.startswith(short) or not 2 <= len(short) <= 4 or short in lex.words or (
            (known := lex.names.get(short)) is not None and known.type is not NameType.ORGANISATION):
        return False
    trade = long[len(short):company.start()]
    words = default_jieba().cut(trade, False) if trade else []
    return len(trade) >= 2 and all(len(w) >= 2 and w in lex.words for w in words)


def _first_and_head(short: str, long: str) -> bool:
    """``short`` is the first character of ``long`` and its last, the head noun that says what it is (克宫 of
    克里姆林宫), or an airline's 航 (阿航 of 阿根廷航空公司, 肯航 of 肯亚航空): news shortens so, and jieba, not knowing
    the pair, cuts it in two."""
    return len(short) == 2 and long[0] not in _ADJECTIVES_BEFORE_HEADS and (short == long[0] + long[-1] or (
        short == long[0] + "航" and long.endswith(_AIRLINE_ENDS)))


#: The ends of an airline's name, which news shortens to its first character and 航.
_AIRLINE_ENDS = ("航空公司", "航空")


#: First characters that make an ordinary phrase with a head (大党 "a big party", 新党 "a new party"), no short form
#: of the name they begin (大印尼运动党).
_ADJECTIVES_BEFORE_HEADS = frozenset("大小新老")


def _vouched_long_forms(text: _Text, spans: list[tuple[int, int]]) -> list[Candidate]:
    """Organisations and places jieba cuts as one word (中国新闻社, 北大西洋公约组织) of which a name found is a
    short form (中新社, 北约): the finder, which knows no such word, had left them out, or kept a piece."""
    norm = text.norm
    shorts: dict[str, set[str]] = defaultdict(set)
    for s, e in spans:
        if 2 <= e - s <= 4:
            shorts[norm[s]].add(norm[s:e])
    for para in {norm[start:end]: start for start, end in text.paragraphs.spans}.values():  # a repeated one once
        for s, e in text.words(para).spans:
            if 2 <= e - s <= 4 and _kind(norm[s:e]) is NameType.ORGANISATION:
                shorts[norm[s]].add(norm[s:e])  # 俄新社, 苏共: jieba's organisations, which the finder may leave
    if not shorts:
        return []
    taken = SortedSpans(spans)
    exact = set(spans)
    vouched: dict[str, bool] = {}
    found = []
    firsts = re.compile("[" + re.escape("".join(sorted(shorts))) + "]")
    bodies: dict[str, tuple[int, list[tuple[int, int]]]] = {}  # a paragraph's text → where first read, its pairs
    for para_start, para_end in text.paragraphs.spans:
        if not firsts.search(norm, para_start, para_end):
            continue
        words = text.words(para_start).spans
        if (paragraph := norm[para_start:para_end]) not in bodies:
            bodies[paragraph] = (para_start, _place_and_body(text, words, shorts))
        first, pairs = bodies[paragraph]
        for word in words + [(s + para_start - first, e + para_start - first) for s, e in pairs]:
            start = word[0]
            if word[1] - start < MIN_LONG or norm[start] not in shorts or word in exact:
                continue
            long = norm[start:word[1]]
            if long not in vouched:
                vouched[long] = _kind(long) is not None and not _kind_of_body(long) and any(
                    _takes_in_order(short, long) and not _own_name(short, long) for short in shorts[long[0]])
            if vouched[long] and not any(s < start or e > word[1] for s, e in taken.overlapping(*word)):
                found.append(Candidate(text.doc.text[start:word[1]], *word))
    return found


def _kind_of_body(long: str) -> bool:
    """``long`` says what kind of body, not which: ordinary words before a body's head, no place among them
    (篮球|联赛 "a basketball league", which the short form 篮联 of 国际篮联 seemed to vouch for; not 中国|新闻社)."""
    lex, words = lexicon(), _words_before_head(long)
    return bool(words) and all(w in lex.words and w not in lex.names for w in words)


def _offices_of_short_forms(text: _Text, spans: list[tuple[int, int]]) -> list[Candidate]:
    """An office or a body named in Chinese words, which the finder has no characters to find by (康乐及文化事务署,
    香港|金融管理局, 工业技术研究院, 深圳证券交易所), when the text later writes its short form (康文署, 金管局, 工研院, 深交所):
    three characters ending in a body's head (:data:`_OFFICE_SHORT`), no word nor a character and a word, whose
    characters a run before it takes in order, first with first and head with head.  The run begins where a
    clause or a place does (，|康乐…, 香港|金融…), holds no punctuation and is named by no name found; the place before it
    is the office's (Hong Kong's monetary authority), as :func:`_country_prefix` reads it."""
    norm, lex, found = text.norm, lexicon(), []
    named = SortedSpans(spans)
    seen: set[str] = set()
    for m in _OFFICE_SHORT.finditer(norm):
        short = m.group()
        if short in seen or short in lex.words or short[1:] in lex.words or short in lex.names or not text.whole(
                *m.span()):  # not 到|医院 "to the hospital" after 到农场医院, whose last two characters are a word
            continue
        seen.add(short)
        long = _office_before(text, m.start(), short, lex)
        if long is not None and not named.overlapping(*long):
            found.append(Candidate(text.doc.text[long[0]:long[1]], *long))
    return found


def _office_before(text: _Text, before: int, short: str, lex: Lexicon) -> tuple[int, int] | None:
    """The span of the nearest run before ``before`` that ``short`` shortens (:func:`_offices_of_short_forms`), or
    None."""
    norm = text.norm
    low, end = max(0, before - _OFFICE_REACH), before
    while (head := norm.rfind(short[-1], low, end)) >= 0:
        end = head  # the nearest head first, then the ones before it
        for start in range(head + 1 - len(short) - 2, max(-1, head - _LONGEST_OFFICE), -1):
            run = norm[start:head + 1]
            if not all_han(run):
                break
            if run[0] != short[0] or not _takes_in_order(short, run):
                continue
            place = next((n for n in (3, 2) if start >= n and known_place(norm[start - n:start], lex) and (
                jieba_tag(norm[start - n:start]) == "ns")), 0)
            if text.whole(start - place, head + 1) and (  # not 工业|局局长, whose head a title's word takes
                    place or start == 0 or not all_han(norm[start - 1]) or norm[start - 1] in LEADING):
                return start - place, head + 1
    return None


#: A short form of an office or a body: two characters and its head, an office's, an institute's, a commission's, a
#: party's, an exchange's (康文署, 金管局, 工研院, 工社党, 深交所).  Not 会, a council's but also "will" (…们会):
#: it found 金管会 but made two wrong groups on unread news.
_OFFICE_SHORT = re.compile("[\u4e00-\u9fff]{2}[署局院委党所]")
#: How far before its short form an office's full name is looked for, and its most characters.
_OFFICE_REACH, _LONGEST_OFFICE = 3000, 12


def _place_and_body(text: _Text, words: list[tuple[int, int]], firsts: Container[str]) -> list[tuple[int, int]]:
    """A place and the organisation word right after it, which jieba cuts in two (:func:`_place_then_body`),
    named in full before its short form (俄新社, 苏共).  Only pairs long enough and beginning with a character a
    short form found begins with (``firsts``) are cut again: jieba on every pair of words was over a quarter of the
    short forms' time."""
    norm = text.norm
    return [(a[0], b[1]) for a, b in zip(words, words[1:]) if a[1] == b[0] and b[1] - a[0] >= MIN_LONG
            and norm[a[0]] in firsts and _place_then_body(norm[a[0]:b[1]])]


def _known_organisations(text: _Text) -> list[Candidate]:
    """Organisations the lexicon knows that jieba cuts into two or three words (中央|情报局 the CIA, 日本|放送|协会
    NHK): the finder, which goes by jieba's words, misses them or keeps a piece."""
    names, norm, found = lexicon().names, text.norm, []
    firsts = {f[:2] for f, n in names.items() if n.type is NameType.ORGANISATION and len(f) >= MIN_LONG}
    done: dict[str, tuple[int, list[tuple[int, int]]]] = {}  # a paragraph's text → where first read, what it holds
    for para_start, para_end in text.paragraphs.spans:
        if (paragraph := norm[para_start:para_end]) not in done:  # what a paragraph holds depends on its text alone
            done[paragraph] = (para_start, [])
            words = text.words(para_start).spans
            for i, (start, _) in enumerate(words):
                if norm[start:start + 2] not in firsts:
                    continue
                for run in (words[i:i + n] for n in (2, 3) if i + n <= len(words)):
                    end = run[-1][1]
                    if end - start >= MIN_LONG and all(a[1] == b[0] for a, b in zip(run, run[1:])) and (
                            (known := names.get(norm[start:end])) is not None) and (
                            known.type is NameType.ORGANISATION) and _stands_alone(text, words, i):
                        done[paragraph][1].append((start, end))
        first, spans = done[paragraph]
        found += [Candidate(text.doc.text[s + para_start - first:e + para_start - first], s + para_start - first,
                            e + para_start - first) for s, e in spans]
    return found


#: jieba's tags of a word after which a name begins rather than goes on: verbs, prepositions, conjunctions,
#: particles, adverbs, pronouns (据|日本放送协会, 与|中央情报局), not a modifier (全国|选举委员会).
_BEFORE_A_NAME = re.compile(r"^(?:v|p|c|u|d|r|vn|ul|uj|m|t)")


def _stands_alone(text: _Text, words: list[tuple[int, int]], i: int) -> bool:
    """Nothing before the ``i``-th word that a name of its own would go on from: the paragraph's start, punctuation
    or a word that no name holds (一个|选举委员会 is one, 全国|选举委员会 a piece of another)."""
    if i == 0 or words[i - 1][1] != words[i][0]:
        return True
    before = text.norm[words[i - 1][0]:words[i - 1][1]]
    return not all_han(before) or bool(_BEFORE_A_NAME.match(jieba_tag(before)))


def _known_around(text: _Text, spans: list[tuple[int, int]]) -> list[Candidate]:
    """The organisation or place the lexicon knows that a name the finder found ends (皇家|马德里 Real Madrid,
    which jieba cuts in two): its whole name, which its short form (皇马) takes characters of.  Not a name
    that goes on after it (俄罗斯|联邦 of 俄罗斯联邦安全会议)."""
    norm = text.norm
    exact, found = set(spans), []
    for start, end in spans:
        for s, e in [(start - k, end) for k in _known_heads(norm[max(start - 3, 0):start], norm[start:end])]:
            if (s, e) not in exact and text.whole(s, e) and _inside(text.paragraph(start), s, e):
                found.append(Candidate(text.doc.text[s:e], s, e))
                break
    return found


@lru_cache(maxsize=65536)
def _known_heads(before: str, name: str) -> tuple[int, ...]:
    """How many of the (up to 3) characters ``before`` a name make with it a place or body the lexicon knows
    (:func:`_known_around`), fewest first: what the characters alone say, asked once per name and the characters
    before it rather than at every mention."""
    lex = lexicon()
    return tuple(k for k in (1, 2, 3) if k <= len(before) and len(name) + k >= MIN_LONG and (
        (known := lex.names.get(before[len(before) - k:] + name)) is not None and known.type is not NameType.PERSON))


def _inside(paragraph: tuple[int, int], start: int, end: int) -> bool:
    return paragraph[0] <= start and end <= paragraph[1]


def _head_end(norm: str, start: int, end: int, long: str) -> int:
    """Where the short form of ``long`` that a name found at [start, end) begins with ends (0 if none)."""
    if _country(long) and norm.startswith("国", start + 1):
        return start + 2
    head = _short_end(norm, start, long, _NO_SPANS)
    return head if head < end else 0


#: No spans: what :func:`_head_end` reads a short form's end past (made once, not at each of the names it is asked of).
_NO_SPANS = SortedSpans([])


def _short_end(norm: str, start: int, long: str, taken: SortedSpans) -> int:
    """Where the longest run from ``start`` of characters of ``long`` in order ends (before any name found)."""
    end, i = start, 0
    limit = taken.next_start(start, len(norm))
    while end < limit and end < len(norm):
        j = long.find(norm[end], i)
        if j < 0:
            break
        i, end = j + 1, end + 1
    return end


def _last_named(text: _Text, pos: int, long: str, by_first: dict[str, list[str]]) -> bool:
    """``long`` is the only country of its first character the paragraph names before ``pos`` (巴国 after
    巴拉圭, not after 巴拉圭 and 巴西), or the only one in the text; two spellings of one country (Taiwan's
    圣文森及格瑞那丁 and the mainland's 圣文森特和格林纳丁斯, quoted side by side) are one country."""
    key = lexicon().names[long].key
    same = [f for f in by_first[long[0]] if _country(f) and lexicon().names[f].key == key]
    rivals = [f for f in by_first[long[0]] if _country(f) and f not in same and not (
        lexicon().names[f].english.endswith(" City"))]  # 墨西哥城 (Mexico City) is no country 墨国 could be
    if not rivals:
        return True
    start = text.paragraph(pos)[0]
    before = text.norm[start:pos]
    return any(f in before for f in same) and not any(f in before for f in rivals)


#: The words for a province, a state or a county that end a division's name (安大略|省, 熊本|县), and for a club or a
#: team that end its name (吉达联合|俱乐部, 奥林匹亚科斯|足球俱乐部, 利雅得胜利|队).
_DIVISION_WORDS = ("省", "州", "邦", "县")
_CLUB_WORDS = CLUB_WORDS + ("队",)
_NAME_WORDS = _DIVISION_WORDS + _CLUB_WORDS


def _without_division_word(text: _Text, taken: SortedSpans, forms: dict[str, tuple[int, int]]) -> list[Short]:
    """A division or a club named with its word (安大略省, 吉达联合俱乐部), then without it (在安大略|政坛, 效力吉达联合|的):
    the bare name, standing whole where the text names nothing else, is its short form, when the lexicon knows no
    place of its own by it (not 纽约 of 纽约州, the city; not 埃及 of 埃及队, the country)."""
    lex, found = lexicon(), []
    for long in forms:
        word = next((w for w in _NAME_WORDS if long.endswith(w)), "")
        if not word or len(bare := long[:-len(word)]) < 2 or bare in lex.names or (
                bare in lex.words) or bare in forms:
            continue
        found += _standing_alone(text, taken, bare, long, over_inner=word in _CLUB_WORDS,  # 吉达 inside 吉达联合
                                 over_pieces=True)  # 哈利|斯科 of 哈利斯科州, cut where the lexicon knows 哈利 (Harry)
    return found


#: What the Hong Kong press calls its own city ("this port"), and the city.
_HOME_CITY = ("本港", "香港")


def _home_city(text: _Text, taken: SortedSpans, forms: dict[str, tuple[int, int]]) -> list[Short]:
    """本港, as a Hong Kong paper (a text in Traditional characters) that names 香港 calls the city: its short form
    wherever it stands whole outside a longer name.  Elsewhere 本港 is "this port"."""
    home, city = _HOME_CITY
    if text.doc.script != "zh-Hant" or city not in forms:
        return []
    return _standing_alone(text, taken, home, city)


def _venues_by_their_name(text: _Text, taken: SortedSpans, forms: dict[str, tuple[int, int]]) -> list[Short]:
    """普若尔 of 普若尔餐厅 (Pujol), 古斯图 of 古斯图餐厅: a restaurant, a hotel or a theatre named by its own name and
    its kind once, then by the name alone, wherever it stands whole; not a place's name before the kind
    (斯德哥尔摩|音乐厅, the city), an ordinary word, nor a name the text titles as a person's anywhere (製作人|阿維奇
    of 阿維奇劇院, the theatre named after him)."""
    lex, norm, shorts = lexicon(), text.norm, []
    for long in forms:
        kind = next((k for k in _NAMED_VENUES if long.endswith(k)), "")
        name = long[:-len(kind)] if kind else ""
        if len(name) < 2 or not all_han(name) or name in lex.words or known_place(name, lex):
            continue
        alone = [m.span() for m in re.finditer(re.escape(name), norm) if text.whole(*m.span()) and (
            taken.overlapping(*m.span()) in ([], [m.span()]))]
        if any(title_before(norm, s, text.paragraph(s)[0]) for s, _ in alone):
            continue
        shorts += [Short(s, e, text.doc.text[s:e], long) for s, e in alone]
    return shorts


#: Kinds of business a venue is named with (普若尔|餐厅, 克鲁斯堡|剧院), then left out; a desert's too (阿塔卡玛|沙漠).
_NAMED_VENUES = ("餐厅", "餐馆", "酒店", "酒吧", "歌剧院", "剧院", "剧场", "沙漠")


def _bodies_without_words(text: _Text, taken: SortedSpans, forms: dict[str, tuple[int, int]]) -> list[Short]:
    """A company's name said again with some of its words left out (特兰西瓦尼亚数字防务公司 … 特兰西瓦尼亚|防务, 纽曼咖啡集团 …
    纽曼|集团, 格陵兰矿业公司 … 格陵兰|矿业): its own name (the words before its first ordinary word), then words of
    the long form in order, up to its head or to words a short form drops (贸易, 控股, 有限公司), is its short form;
    not after a place the lexicon knows, whose name and a word name its industry (智利|矿业)."""
    lex, found, norm = lexicon(), [], text.norm
    for long in forms:
        if len(long) < 5 or not long.endswith(FIRM_HEADS):
            continue
        words = list(default_jieba().cut(long, False))
        own = next((i for i, w in enumerate(words) if w in lex.words), 0)
        if not own or own == len(words) - 1:
            continue
        name, rest = "".join(words[:own]), words[own:]
        if known_place(name, lex):
            continue  # 智利|矿业, 越南|集团: a country's industry, no short form of 智利化工矿业公司
        for m in re.finditer(re.escape(name), norm):
            at, i, said = m.end(), 0, 0
            while i < len(rest) and (word := next((norm[s:e] for s, e in text.words(at).overlapping(at, at + 1) if s == at), "")):
                if word not in rest[i:]:
                    break
                i, at, said = rest.index(word, i) + 1, at + len(word), said + 1
            if said and at - m.start() < len(long) and all(w in _DROPPED_WORDS for w in rest[i:]) and (
                    norm[m.start():at] != long and text.whole(m.start(), at) and taken.only_inside(m.start(), at)):
                found.append(Short(m.start(), at, text.doc.text[m.start():at], long))
    return found


def _bodies_without_country(text: _Text, taken: SortedSpans, forms: dict[str, tuple[int, int]]) -> list[Short]:
    """A body named with its country first (冰岛|渔业企业协会, 意大利|基础设施和交通部), then without it (渔业企业协会已委托…),
    and without the national word after the country too (哥伦比亚|全国|咖啡种植者协会 … 咖啡种植者协会): the rest, five
    characters or more standing whole after punctuation or a function word, is its short form when no other body of
    the text ends so (not 外交部 beside 俄罗斯外交部 and 乌克兰外交部, which of them it names is not said)."""
    rests = defaultdict(list)
    for long in forms:
        if (country := _country_prefix(long)) and long.endswith(BODY_ENDS) and all_han(long[country:]):
            national = long.startswith(NATIONAL, country)  # 哥伦比亚|全国|…: the rest without 全国 too
            for rest in (long[country:], long[country + 2:]) if national else (long[country:],):
                if len(rest) >= 5:
                    rests[rest].append(long)
    return [short for rest, longs in rests.items() if len(longs) == 1 and rest not in forms
            for short in _standing_alone(text, taken, rest, longs[0], over_inner=True)
            if short.start == 0 or not all_han(before := text.norm[short.start - 1]) or before in LEADING]
    # not 中国|半导体行业协会 beside 美国半导体行业协会, nor 国家|选举委员会 beside 乌干达选举委员会: what stands right before
    # the rest may name another country's body


#: Words a company's short form may leave off its end (长城钻探|工程公司, 盛和资源|控股股份有限公司).
_DROPPED_WORDS = frozenset("公司 集团 集团公司 有限公司 股份有限公司 有限责任公司 股份 有限 控股 贸易 工程 实业 国际".split())


def _standing_alone(text: _Text, taken: SortedSpans, short: str, long: str, over_inner: bool = False,
                    over_pieces: bool = False) -> list[Short]:
    """``short`` as a short form of ``long`` wherever it stands whole outside the names found (or, ``over_inner``,
    over shorter names found inside it; ``over_pieces``, over names found that are its pieces end to end)."""
    return [Short(m.start(), m.end(), text.doc.text[m.start():m.end()], long) for m in re.finditer(
        re.escape(short), text.norm) if text.whole(m.start(), m.end()) and (
            taken.only_inside(m.start(), m.end()) if over_inner else (
                not taken.overlapping(m.start(), m.end()) or (over_pieces and _in_pieces(taken, m.start(), m.end()))))]


def _in_pieces(taken: SortedSpans, start: int, end: int) -> bool:
    """Two names found or more fill [start, end) end to end: the finder cut one name in pieces."""
    spans = taken.overlapping(start, end)
    return len(spans) >= 2 and spans[0][0] == start and spans[-1][1] == end and all(
        a[1] == b[0] for a, b in zip(spans, spans[1:]))


def _given_names(text: _Text, taken: SortedSpans, forms: dict[str, tuple[int, int]]) -> list[Short]:
    """The given name of a full name (卡琳娜 of 卡琳娜·米莱, or of 卡琳娜米莱 written without the dot as Taiwan
    does, when the lexicon knows 米莱 as a person) where it stands alone, found or not, when no other full
    name of the text has it and it is no word or place of its own, nor the surname of a full name the text names
    first (纳辛贝 of 福雷·纳辛贝, the son, named before his father 纳辛贝·埃亚德马 whose given name it is)."""
    lex = lexicon()
    owners: dict[str, list[str]] = defaultdict(list)
    first: dict[str, int] = {}  # a name → where the text first names it
    for s, e in taken.spans:
        first.setdefault(text.norm[s:e], s)
    surnamed: dict[str, int] = {}  # a surname → where the text first names a full name with it
    relatives = {text.norm[s:e] for s, e in taken.spans if kin_said_before(text.norm, s, text.paragraph(s)[0])}
    for long in forms:
        for given in _given_names_of(long, long not in relatives):
            owners[given].append(long)
        if len(parts := name_parts(long)) > 1:
            surnamed[parts[-1]] = min(surnamed.get(parts[-1], first[long]), first[long])
    starts: dict[str, list[int]] = defaultdict(list)  # each name found → where it stands, read once per name
    for s, e in taken.spans:
        starts[text.norm[s:e]].append(s)
    mentions: dict[str, list[tuple[int, bool]]] = defaultdict(list)  # a given name → (where, whether the name there
    # has it as its surname) of each full name that has it
    for name, at in starts.items():
        for given in _given_names_of(name, name not in relatives):
            mentions[given] += [(s, False) for s in at]
        if len(parts := name_parts(name)) > 1 and parts[-1] in owners:
            mentions[parts[-1]] += [(s, True) for s in at if not after_kinship_word(text.norm, s)]  # not 夏巴兹之子|
            # 哈姆扎·夏巴兹, a relative the text introduces
    for at in mentions.values():
        at.sort()
    found = []
    for given, longs in owners.items():
        known = lex.names.get(given)
        if not _one_person(longs) or given in lex.words or surnamed.get(given, len(text.norm)) < first[longs[0]] or (
                known is not None and known.type is not NameType.PERSON):
            continue
        for m in re.finditer(re.escape(given), text.norm):
            s, e = m.span()
            if (last := bisect_left(mentions[given], (s, False))) and mentions[given][last - 1][1]:
                continue  # 阿萨德·希巴尼 … 巴沙尔·阿萨德 … 阿萨德: the surname of the full name named last before it
            if (not taken.overlapping(s, e) or taken.overlapping(s, e) == [(s, e)]) and text.whole(s, e) and (
                    text.norm[e:e + 1] not in NAME_JOINERS) and said_type(
                        text.norm, s, e, text.paragraph(s)[0]) is not NameType.PLACE:
                found.append(Short(s, e, text.doc.text[s:e], longs[0]))
    return found


#: Words right before a name that make it a place's: a renaming (更名为努尔苏丹) or a capital's.
_PLACE_SAID = re.compile(r"(?:更名为|改名为|易名为|改称|首都|首府)$")


def said_type(norm: str, start: int, end: int, para_start: int) -> NameType | None:
    """What the words around the name at [start, end) say it is (:func:`.context.context_type`), and a place
    after a renaming or 首都: the city named after a leader (首都更名为努尔苏丹) is not the leader (努尔苏丹·纳扎尔巴耶夫),
    though it is his given name; a company where its shares or brand follow its gloss (:func:`.context.shares_after_gloss`)."""
    if _PLACE_SAID.search(norm, max(para_start, start - 3), start):
        return NameType.PLACE
    if shares_after_gloss(norm, end):
        return NameType.ORGANISATION  # 戴比尔斯（De Beers）|各持股: a glossed name whose shares, price or brand follow
    return context_type(norm, start, end, para_start)


def _one_person(longs: list[str]) -> bool:
    """The full names that have one given name are one person's: one name, or spellings of one surname (莎拉·杜特蒂
    and 莎拉·杜特尔特, Taiwan's and the mainland's)."""
    lasts = {name_parts(long)[-1] for long in longs}
    first = next(iter(lasts))
    return all(block(last) == block(first) and similarity(last, first) >= SAME_SOUND for last in lasts)


def _given_names_of(full: str, two_parts: bool = True) -> list[str]:
    """The given names of a full name: before its joiner (卡琳娜·米莱), a hyphened one whole (让-马里 of 让-马里·勒庞),
    both of two (汉斯 and 汉斯·米歇尔 of 汉斯·米歇尔·皮耶希) unless not ``two_parts``: a relative's first two
    parts are as often the parent's whole name (马杜罗之子尼古拉斯·马杜罗·格拉); or before a surname the lexicon knows
    as a person's (卡琳娜|米莱, 凯莉|约翰逊); none for a name of one part."""
    parts = name_parts(full)
    if len(parts) >= 3 and (hyphened := _HYPHENED_GIVEN.match(full)):
        return [hyphened.group()]
    if len(parts) >= 2:
        two = [m.group()] if two_parts and len(parts) >= 3 and (m := _TWO_GIVEN.match(full)) and not (
            PATRONYMIC_WORDS & set(parts[:2])) else []
        return ([parts[0]] if len(parts[0]) >= 2 else []) + two
    lex = lexicon()
    if full in lex.names:
        return []
    return next(([full[:k]] for k in range(2, len(full) - 1) if (known := lex.names.get(full[k:])) is not None
                 and known.type is NameType.PERSON and len(known.english.split()) <= 2), [])


#: A given name of two parts joined by a hyphen (让-马里, 汉斯-米歇尔), up to the joiner before the surname.
_HYPHENED_GIVEN = re.compile(r"[^·•‧・･．\s‐‑‒–—\-－]+[‐‑‒\-－][^·•‧・･．\s‐‑‒–—\-－]+(?=[·•‧・･．])")
#: Two given names joined by a dot, each of two characters or more, before the surname (汉斯·米歇尔 of 汉斯·米歇尔·皮耶希).
_TWO_GIVEN = re.compile(r"[^·•‧・･．]{2,}[·•‧・･．][^·•‧・･．]{2,}(?=[·•‧・･．])")


def _family_names(text: _Text, taken: SortedSpans, forms: dict[str, tuple[int, int]]) -> list[Short]:
    """The family name of a person named in East Asian order, its first two characters (石破 of 石破茂, 大谷 of
    大谷翔平), where it stands alone: Japanese news names a person by family name after the full name.  Only a
    name with at most one transliteration character (not 泽连|斯基, 咸美|顿), or a full name of four the lexicon
    knows whose first two characters do not sound like its English (野田 of 野田佳彦, Yoshihiko Noda; 麻生 of
    麻生太郎, whose characters also write transliterations), and a family name that is no word
    or other name of its own; two people of the text with
    that head leave it alone (whose would it be?)."""
    lex = lexicon()
    owners: dict[str, list[str]] = defaultdict(list)
    for long in forms:
        known = lex.names.get(long)
        if 3 <= len(long) <= 4 and all_han(long) and (
                known is None or known.type is NameType.PERSON) and (sum(map(lex.is_name_char, long)) <= 1 or (
                len(long) == 4 and known is not None and len(known.english.split()) == 2 and not (
                    spells_english_start(long[:2], known.english)))):  # 野田佳彦 (Yoshihiko Noda), 麻生太郎 (ASŌ Tarō)
            owners[long[:2]].append(long)
    found = []
    for family, longs in owners.items():
        known = lex.names.get(family)
        if len(longs) != 1 or family in lex.words or family in forms or (
                known is not None and known.type is not NameType.PERSON):
            continue
        for m in re.finditer(re.escape(family), text.norm):
            s, e = m.span()
            if not taken.overlapping(s, e) and text.whole(s, e) and not _another_given_name(text.norm, e, lex):
                found.append(Short(s, e, text.doc.text[s:e], longs[0]))
    return found


def _another_given_name(norm: str, pos: int, lex: Lexicon) -> bool:
    """A Han character at ``pos`` that begins no word and is no function word nor a cue: the two characters before
    it begin another name of three (李在|镕, Lee Jae-yong, beside 李在明), not the family name alone (石破|表示)."""
    char = norm[pos:pos + 1]
    return all_han(char) and char not in BESIDE and norm[pos:pos + 2] not in lex.words and not (
        CUE_AFTER.match(norm[pos:pos + 3]))


def _acronyms(text: _Text, taken: SortedSpans, shorts: list[Short]) -> list[Short]:
    """An acronym given in parentheses right after a name found or a short form (联邦安全局（FSB）, 日本放送协会（NHK）,
    法律与正义党（PiS）), or an organisation's Latin name (挪威国家石油公司（Equinor）, :func:`_a_bodys_latin`), there
    and where it stands alone later in the text (FSB公布): Chinese news keeps an
    organisation's Latin short form as it is, and it names the organisation as the Chinese short form would; a
    translator meets it as one more form of the entry.  Not after an ordinary word (生产总值（GDP）), nor a person's
    name spelt out (赖莎（Raisa）)."""
    norm, found = text.norm, []
    longs = {(s, e): norm[s:e] for s, e in taken.spans} | {(short.start, short.end): short.long for short in shorts}
    ends = {e: long for (s, e), long in sorted(longs.items(), reverse=True)}  # the longest name ending there (英伟达,
    # not a piece 伟达 inside it)
    done = set()
    for paren, acronym in _in_parentheses(norm, _PAREN_LATIN):
        if acronym in done:
            continue  # its first definition already named every place it stands, and a place keeps its first
        before = _end_before(norm, paren)
        if norm[before - 1:before] in QUOTE_PAIRS:
            before -= 1  # “失踪者与暴力受害者委员会”（KontraS）: the name the quotes hold
        long = ends.get(before)
        if long is None or (_term(long) and not long.endswith(_ORGAN_HEADS)) or not _a_bodys_latin(
                norm, before, long, acronym, norm.find(")" if norm[paren] == "(" else "）", paren) + 1):
            continue  # 生产总值（GDP）: a term, whatever found it, not 人民党（PP）; 赖莎（Raisa）: a name spelt out
        done.add(acronym)
        found += _latin_mentions(text.doc.text, norm, acronym, long, taken)
    return found


def _term(word: str) -> bool:
    """``word`` is an ordinary word, whose English in CC-CEDICT begins in lower case (生产总值, "gross domestic
    production"); not a body's name CC-CEDICT files without a capital in its pinyin (国际棋联, "International Chess
    Federation")."""
    return word in lexicon().words and word not in _named_in_capitals()


@cache
def _named_in_capitals() -> frozenset[str]:
    """CC-CEDICT's words with a sense that begins with a capital, kept on disk (:mod:`bitext.builtcache`): reading
    CC-CEDICT itself costs a second."""
    return built("cedict_capitalised", _build_named_in_capitals)


def _build_named_in_capitals() -> frozenset[str]:
    from ..dictionary import cedict

    return frozenset(word for word, lines in cedict().simplified.items() if any(
        line.split("/", 2)[1][:1].isupper() for line in lines if "/" in line))


def _end_before(norm: str, paren: int) -> int:
    """Where the text before the parenthesis at ``paren`` ends, past the spaces and a closing quote before it
    (“海上观察”（Sea-Watch）, 《马卡报》（Marca）), without a copy of all of it."""
    while paren and (norm[paren - 1].isspace() or norm[paren - 1] in CLOSING_MARKS):
        paren -= 1
    return paren


def _latin_mentions(text: str, norm: str, latin: str, long: str, taken: SortedSpans) -> list[Short]:
    """Each place ``latin`` stands whole, no letter or digit either side nor a capitalised word after it (Booker Prize
    of Booker Prize Foundation, another body's name), outside the ``taken`` spans: a short form of ``long`` there."""
    found = []
    for alone in re.finditer(rf"{re.escape(latin)}(?!{_LETTER_OR_DIGIT.pattern})", norm):  # the letters first: a
        s, e = alone.span()  # lookbehind first made the engine try every character of the text
        if not (s and _LETTER_OR_DIGIT.match(norm, s - 1)) and not taken.overlapping(s, e) and not (
                _LATIN_WORD_AFTER.match(norm, e)):
            found.append(Short(s, e, text[s:e], long))
    return found


def latin_names_of_bodies(text: str, norm: str, matches: list[NameMatch], shorts: list[Short]) -> list[Short]:
    """The Latin name in parentheses right after a proposed organisation (特斯拉（Tesla）, 雀巢（Nestlé）), there and
    where it stands alone: news keeps a body's Latin name as it is, so it is one more form of the body, as an acronym
    is (:func:`_acronyms`).  Only once names are typed is it known that 特斯拉 is a company and 赖莎（Raisa）
    a person, whose Latin name stays a gloss; so this runs after linking, on what linking made a body.  Not after
    an ordinary word (求索（DeepSeek）, a piece the finder cut from 深度求索)."""
    taken = SortedSpans([(m.start, m.end) for m in matches] + [(s.start, s.end) for s in shorts])
    known = {form_key(m.form) for m in matches} | {form_key(s.form) for s in shorts}
    words = lexicon().words
    bodies = {m.end: m.form for m in matches if m.cert == "low" and m.entry.type is NameType.ORGANISATION and (
        form_key(m.form) not in words)}  # not 求索（DeepSeek）: a word the finder cut from the body's name
    found = []
    for paren, latin in _in_parentheses(norm, _PAREN_LATIN):
        long = bodies.get(_end_before(norm, paren))
        if long is None or form_key(latin) in known:
            continue
        known.add(form_key(latin))
        found += _latin_mentions(text, norm, latin, long, taken)
    return found


def _a_bodys_latin(norm: str, before: int, long: str, latin: str, after: int) -> bool:
    """``latin`` in parentheses after ``long`` (ending at ``before``; the parentheses end at ``after``) is a body's
    Latin form: an acronym, or a name after one whose head, trade (化工商|科思创（Covestro）), officers (英特尔（Intel）|
    执行长), kind before it (投资公司|银瑞达) or the lexicon says it is a body, or spelt as a brand is (贝莱德（BlackRock）),
    or a Latin name whose words say so (诺和控股（Novo Holdings）); not a person's name spelt out (赖莎（Raisa）), nor
    a country's that the characters before run into (不屈|法国（LFI）, :func:`.glosses.country_glued_to_acronym`)."""
    if country_glued_to_acronym(norm, before - len(long), before, latin, lexicon()):
        return False
    return bool(_acronym(latin) and _PAREN_ACRONYM.fullmatch(latin)) or long.endswith(_LATIN_NAMED_ENDS) or (
        known_organisation(long, lexicon())) or type_of_english(latin) is NameType.ORGANISATION or (
        norm.endswith(long, 0, before) and (trade_before(norm, before - len(long), long) or body_noun_before(
            norm, before - len(long), long))) or brand_named(
        latin, long) or officers_after(norm, after)


#: Ends of a body's Chinese name after which a Latin name in parentheses is the body's own (巴西环球电视台（TV Globo）).
_LATIN_NAMED_ENDS = BODY_ENDS + BRAND_HEADS + BODY_HEADS + PRESS_ENDS  # 马卡报（Marca）


def _seniors(text: _Text, taken: SortedSpans, forms: dict[str, tuple[int, int]]) -> list[Candidate]:
    """老/小/大 + a name found (小布什) or another of its forms (布殊): the elder or younger relative, each prefix
    its own person, found wherever it stands whole (老布殊)."""
    lex = lexicon()
    bases = set()
    for long in forms:
        known = lex.names.get(long)
        if long[0] in SENIORITY and len(long) >= 3 and (known is None or known.type is NameType.PERSON):  # not 大西洋
            base = long[1:]
            bases.add(base)
            known = lex.names.get(base)
            if known is not None and known.type is NameType.PERSON and known.key in lex.pairs:
                bases |= lex.pairs[known.key]
    if not bases:
        return []
    pattern = re.compile(f"[{SENIORITY}](?:" + "|".join(map(re.escape, sorted(bases, key=len, reverse=True))) + ")")
    found = []
    for m in pattern.finditer(text.norm):
        s, e = m.span()
        if not taken.overlapping(s, e) and text.whole(s, e):
            found.append(Candidate(text.doc.text[s:e], s, e))
    return found


def _juniors(text: _Text, taken: SortedSpans, forms: dict[str, tuple[int, int]]) -> list[Candidate]:
    """小 or 老 before a spelling of a transliterated name found (小马可斯 beside 马科斯, 小特朗普 beside 特朗普): the
    junior or the senior, a person of their own.  The bare name stays apart: it is the father as often as the
    son (特朗普 and 小特朗普 Donald Trump Jr., 甘迺迪 and 小罗勃甘迺迪)."""
    lex = lexicon()
    bases: dict[str, list[str]] = defaultdict(list)
    for form in forms:
        known = lex.names.get(form)
        if 2 <= len(form) <= 4 and form[0] not in SENIORITY and (known is None or known.type is NameType.PERSON) and (
                sum(map(lex.is_name_char, form)) >= 2) and not any(c in NAME_JOINERS for c in form):
            bases[block(form)].append(form)
    if not bases:
        return []
    lengths = sorted({len(f) for fs in bases.values() for f in fs}, reverse=True)
    found = []
    for m in re.finditer(f"[{JUNIOR_SENIOR}]", text.norm):
        s = m.start()
        for length in lengths:
            e = s + 1 + length
            name = text.norm[s + 1:e]
            inside = taken.overlapping(s, e)
            if len(name) < length or not all_han(name) or sum(map(lex.is_name_char, name)) < length - 1 or inside not in (
                    [], [(s + 1, e)]) or not any(similarity(name, f) >= SAME_SOUND for f in bases.get(block(name), ())):
                continue
            if text.whole(s, e):
                found.append(Candidate(text.doc.text[s:e], s, e))
            break
    return found


def _titled_juniors(text: _Text, taken: SortedSpans, relatives: list[Candidate]) -> list[Short]:
    """The bare name (马科斯) of a junior the text names by his office (总统|小马科斯, 部长|小罗伯特·肯尼迪): news
    calls the office holder by it; not when the text says the junior is the bare name's relative (甘迺迪|的侄子、部长
    小罗勃·甘迺迪; but 马科斯之子、…桑德罗·马科斯 is the junior's son), nor when two titled juniors could own it."""
    norm, owners = text.norm, defaultdict(set)
    juniors = {(s, e) for s, e in taken.spans if e - s >= 3 and norm[s] == "小"} | {
        (c.start, c.end) for c in relatives if norm[c.start] == "小"}
    for s, e in juniors:
        if title_before(norm, s, text.paragraph(s)[0]) and not after_kinship_word(norm, s):  # not 长子|小川普
            owners[name_parts(norm[s + 1:e])[-1]].add(norm[s:e])
    if not owners:
        return []
    shorts = []
    bare: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for s, e in taken.spans:
        if 2 <= e - s <= 4 and norm[s] not in JUNIOR_SENIOR:
            bare[norm[s:e]].append((s, e))
    for surname in owners:  # 马可斯 where the finder did not find it (议长、马可斯的表弟)
        bare[surname] += [(s.start, s.end) for s in _standing_alone(text, taken, surname, "")
                          if (s.start, s.end) not in bare[surname] and norm[s.start - 1:s.start] not in SENIORITY]
    for form, spans in bare.items():
        juniors_of = {j for surname, js in owners.items() if block(surname) == block(form) and (
            similarity(surname, form) >= SAME_SOUND) for j in js}
        if len(juniors_of) == 1 and not any(KIN_AFTER_NAME.match(norm, e) and _next_name_is(
                text, taken, juniors, e) for _, e in spans):
            shorts += [Short(s, e, text.doc.text[s:e], next(iter(juniors_of))) for s, e in spans]
    return shorts


def _next_name_is(text: _Text, taken: SortedSpans, names: set[tuple[int, int]], pos: int) -> bool:
    """The first name after ``pos`` in its sentence, of those found and ``names``, is one of ``names``."""
    end = text.paragraph(pos)[1]
    after = min((span for span in [*taken.overlapping(pos, end), *names] if pos <= span[0] < end), default=None)
    return after in names and not re.search("[。！？；]", text.norm[pos:after[0]])


def _glossed_apart_shorts(text: _Text, taken: SortedSpans, shorts: list[Short]) -> tuple[list[Short], list[Candidate]]:
    """``shorts`` without those whose form a Latin name glosses apart from their long form's (:func:`_glossed_apart`:
    超微（AMD）, Taiwan's AMD, is not 超微电脑（Supermicro）), each then a name of its own (with its gloss where one
    follows it), and the Latin name glossing it its short form."""
    glossing: dict[str, set[str]] = defaultdict(set)  # a form → the Latin names after it
    after: dict[int, str] = {}  # where a form ends → the Latin name right after it
    ends = {e: text.norm[s:e] for s, e in taken.spans + [(s.start, s.end) for s in shorts]}
    for paren, latin in _in_parentheses(text.norm, _PAREN_LATIN):
        if (form := ends.get(paren)) is not None:
            glossing[form].add(latin)
            after.setdefault(paren, latin)
    longs_of: dict[str, set[str]] = defaultdict(set)  # a glossed short form → its long forms
    for short in shorts:
        if (form := text.norm[short.start:short.end]) in glossing and not short.form.isascii():
            longs_of[form].add(short.long)
    apart = {form for form, longs in longs_of.items()
             if any(_glossed_apart(glossing[form], glossing.get(long, set())) for long in longs)}
    if not apart:
        return shorts, []
    own = {latin: form for form in apart for latin in glossing[form]}
    kept, names = [], []
    for short in shorts:
        if (form := text.norm[short.start:short.end]) in apart:
            names.append(Candidate(short.form, short.start, short.end, after.get(short.end, "")))
        elif short.form.isascii() and short.form in own:
            kept.append(replace(short, long=own[short.form]))  # AMD of 超微, no longer of 超微电脑
        else:
            kept.append(short)
    return kept, names


def _glossed_apart(short: set[str], long: set[str]) -> bool:
    """The Latin names glossing a short form and its long form share no word, and none spells another's initials:
    two bodies of like Chinese names (超微（AMD）, Taiwan's AMD, and 超微电脑（Supermicro）), not one glossed twice
    (沃尔沃（Volvo）, 沃尔沃汽车（Volvo Cars）; 汇丰（HSBC）, 汇丰控股（HSBC Holdings））."""
    words = lambda latin: set(re.findall(r"[a-z0-9]+", latin.casefold()))  # noqa: E731
    initials = lambda latin: "".join(w[0] for w in re.findall(r"[A-Za-z0-9]+", latin)).casefold()  # noqa: E731
    return bool(short and long) and not any(
        words(a) & words(b) or a.replace(" ", "").casefold() in (initials(b), b.replace(" ", "").casefold())
        or b.replace(" ", "").casefold() == initials(a) for a in short for b in long)


def _one_long_form(shorts: list[Short]) -> list[Short]:
    """The short forms that fit one long form of the text only (巴国 of 巴拉圭 and of 巴西 fits none)."""
    longs: dict[str, set[str]] = defaultdict(set)
    for s in shorts:
        longs[form_key(s.form)].add(s.long)
    return [s for s in shorts if len(longs[form_key(s.form)]) == 1]


def to_first_long_forms(shorts: list[Short]) -> list[Short]:
    """``shorts`` with a long form that is itself a short form replaced by that one's long form: 台湾媒体把沙特译作
    沙乌地阿拉伯 renders 沙特, which the text uses as the short form of 沙特阿拉伯, so the rendering is 沙特阿拉伯's too."""
    long_of = {form_key(s.form): s.long for s in shorts}
    chained = []
    for s in shorts:
        long, seen = s.long, {form_key(s.form)}
        while (key := form_key(long)) in long_of and key not in seen:
            seen.add(key)
            long = long_of[key]
        chained.append(s if long == s.long else replace(s, long=long))
    return chained


def attach_short_forms(shorts: list[Short], matches: list[NameMatch]) -> list[NameMatch]:
    """``matches`` with each short form a mention of its long form's entry: a listed entry's (cert medium, a
    probable variant to accept) or the proposed one, which lists it among its forms (cert low)."""
    by_form: dict[str, NameMatch] = {}
    for m in sorted(matches, key=lambda m: m.start):
        by_form.setdefault(form_key(m.form), m)
    added: dict[str, list[str]] = defaultdict(list)
    extra = []
    for s in shorts:
        long = by_form.get(form_key(s.long))
        if long is None:
            continue
        cert = long.cert or "medium"
        status = "probable" if cert == "medium" else "unlisted"
        extra.append(NameMatch(s.start, s.end, long.entry, s.form, long.form, status, s.form, cert, 0.0))
        if cert == "low" and form_key(s.form) not in {form_key(f) for f in (*long.entry.forms, *added[long.entry.id])}:
            added[long.entry.id].append(to_simplified(s.form))  # a proposed entry's forms are Simplified
    last = {m.entry.id: m.entry for m in matches + extra if m.entry.id in added}  # once per entry, not per mention
    entries = {entry_id: replace(entry, variants=(*entry.variants, *added[entry_id])) for entry_id, entry in last.items()}
    return sorted((replace(m, entry=entries[m.entry.id]) if m.entry.id in entries else m for m in matches + extra),
                  key=lambda m: m.start)
