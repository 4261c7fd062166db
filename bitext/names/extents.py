"""A name found, grown to the whole name it stands in.

The finder finds a name by its characters; news often writes more of the same
name around them: a regnal number (查尔斯三世), an institution's head
(欧盟委员会), a club's word (利雅得胜利俱乐部), a Japanese given name
(田中伸一), a state's organ (俄联邦安全局), the country of a party
(苏联共产党).  Alone, the shorter name would be a fragment of the longer one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from ..model import Document, NameType
from ..segment import default_jieba
from .context import (AFTER_NAME, BESIDE, BODY_HEADS, CITY_COMPANY_HEADS, COMPANY_WORDS, CUE_AFTER, DASHES, DIVISIONS, DOTS, HYPHENS, INDUSTRY_HEADS,
                      INSTITUTION_HEADS, LEADING,
                      MAX_NAME_CHARS, NAME_JOINER, NAMED_BODY_HEADS, ORDINARY_TAGS, PARTY_OPENERS, PHRASE_BREAKS,
                      FEATURE_HEADS, FIRM_DESCRIPTORS, PLACE_BEFORE, PLACE_ENDS, PLACE_HEADS, SITE_HEADS, STRUCTURE_HEADS, TEAM_HEADS, TITLE, CLUB, CLUB_WORDS, all_han, generation_before,
                      head_at, jieba_tag, known_place, past_gloss, qualified)
from .glosses import company_filed_as_place
from .lexicon import LexName, Lexicon, lexicon
from .listed import occurrences, word_spans
from .spans import Candidate, SortedSpans


def with_generation(doc: Document, norm: str, found: Candidate, taken: SortedSpans, para_start: int,
                    lex: Lexicon) -> Candidate:
    """``found`` with 老/小/大 before it when it is a person's name (老布殊, 小罗勃甘迺迪), else itself."""
    name = lex.names.get(norm[found.start:found.end])
    if (name is not None and name.type is not NameType.PERSON) or not generation_before(
            norm, found.start, para_start, lex) or taken.overlapping(found.start - 1, found.start):
        return found
    return Candidate(doc.text[found.start - 1:found.end], found.start - 1, found.end, found.gloss)


def with_head(doc: Document, norm: str, found: Candidate, taken: SortedSpans, lex: Lexicon) -> Candidate:
    """``found`` with the institution head after it when it is an organisation (欧盟委员会), else itself."""
    name = lex.names.get(norm[found.start:found.end])
    if name is not None and name.type is NameType.PLACE and _COUNTED_BEFORE.search(norm, max(0, found.start - 2), found.start):
        return found  # 一家|英国|财团 "a British consortium": a body the text counts, named by no place
    if qualified(norm[found.start:found.end]):
        return found  # 刚果（金）|铜矿 "the DRC's copper mines": a state told from its namesake names no site
    district = _COURT_DISTRICT.match(norm, found.end)
    between = district or _SITE_NUMBER.match(norm, found.end)
    at = between.end() if between else found.end
    head = head_at(norm, at, _FACILITY_HEADS) or ("联邦法院" if district and norm.startswith("联邦法院", at) else "") or (
        "法院" if norm.startswith("联邦法院", at - 2) else "")
    if head == _STATION and _mainland_place(norm[found.start:found.end], lex):
        head = ""  # 南京|火车站: a mainland station is named 南京站; "Nanjing's train station" describes it
    if head and (name is None or name.type is NameType.PLACE) and not taken.overlapping(found.end, at + len(head)):
        end = at + len(head)  # 奈良|地方法院, 圣马梅斯|球场, 弗吉尼亚州|东区|联邦地区法院, 澳大利亚联邦|法院: the court
        # or the ground is the name (a district alone, 东区, is none)
        return Candidate(doc.text[found.start:end], found.start, end, found.gloss)
    if (water := head_at(norm, found.end, _NAMED_BY_UNKNOWN_PLACE)) and not norm.endswith(
            _NAMED_BY_UNKNOWN_PLACE, found.start, found.end) and (  # 瓜达鲁佩河|河水 "its water": one river's 河
            name is None or norm[found.start:found.end + len(water)] in lex.names) and not (
            known_place(norm[found.end:found.end + 2], lex) or taken.overlapping(found.end, found.end + len(water))):
        end = found.end + len(water)  # 苏恰特|河畔, 基伍|湖: a river or a lake, not 河内 Hanoi
        return Candidate(doc.text[found.start:end], found.start, end, found.gloss)
    form = norm[found.start:found.end]
    industry = head_at(norm, found.end, INDUSTRY_HEADS) if _brand(form, lex) else head_at(
        norm, found.end, CITY_COMPANY_HEADS) if _mainland_place(form, lex) else ""
    if industry and not norm.startswith(_NOT_A_COMPANY, found.end + len(industry)) and not (
            taken.overlapping(found.end, found.end + len(industry))):
        end = found.end + len(industry)  # 沃尔沃|汽车, 三菱|重工业, 艾芬豪|矿业: a maker named by its brand and its trade;
        # 洛阳|钼业 (CMOC), 宁德|时代 (CATL): a mainland company named after its city
        if company := _COMPANY_WORD.match(norm, end):
            end = company.end()  # 韦丹塔|资源|公司, 沃尔沃|汽车|公司: and the company's word after them
        return Candidate(doc.text[found.start:end], found.start, end, found.gloss)
    if norm.startswith(_MOVEMENT, found.end) and norm[found.end + 2:found.end + 3] not in _NOT_MOVEMENT and (
            name is None or name.type is not NameType.PLACE) and not taken.overlapping(found.end, found.end + 2):
        end = found.end + len(_MOVEMENT)  # 阿迈勒|运动, 萨德尔|运动: a movement named after a person or a faith
        return Candidate(doc.text[found.start:end], found.start, end, found.gloss)
    body = head_at(norm, found.end, NAMED_BODY_HEADS)
    if body and (name is None or name.type is not NameType.ORGANISATION) and not (
            taken.overlapping(found.end, found.end + len(body))):
        end = found.end + len(body)  # 盖兹|基金会, 挪威诺贝尔|委员会: the body takes its founder's or prize's name
        return Candidate(doc.text[found.start:end], found.start, end, found.gloss)
    if (name is None or name.type is not NameType.ORGANISATION) and (
            end := body_end(norm, found.end, _GROWN_BODY_WORDS)) and not (
            taken.overlapping(found.end, end) or _after_route_dash(norm, found.start)) and not (
            norm[found.end:end] in _ANY_COMPANY and jieba_tag(norm[found.start:found.end]) == "ns") and not (
            any(s == end and past_gloss(norm, e) > e for s, e in taken.overlapping(end, end + 1)) or (
                norm[end:end + 1].isascii() and norm[end:end + 1].isalpha())):  # not 巴西|公司 "a Brazilian company";
        # nor 意大利|国防|集团|莱昂纳多（Leonardo） "the Italian defence group Leonardo", 美国|新药|公司|Metsera: a glossed or a
        # Latin name right after says the words describe it (not 中吉乌铁路|吉尔吉斯斯坦段, a listed name's stretch)
        if not norm.endswith(_OFFICE_HEADS, 0, end):
            return Candidate(doc.text[found.start:end], found.start, end, found.gloss)  # 卡塔尔|航空, 里海|管道|财团
        if (start := _stationed_start(norm, found.start, lex)) != found.start:
            return Candidate(doc.text[start:end], start, end, found.gloss)  # 驻|越南|台北经济文化办事处
    if _racing_team(norm, found, taken):
        end = found.end + len(RACING_TEAM)  # 利德尔-崔克|车队 (Lidl-Trek), 威廉斯|车队: the team, never written without
        return Candidate(doc.text[found.start:end], found.start, end, found.gloss)
    if (team := _team_head(norm, found.end)) and (name is None or name.type is not NameType.PERSON) and not (
            taken.overlapping(found.end, found.end + len(team))) and not (
            team.endswith(CLUB) and name is not None and name.type is NameType.PLACE):
        end = found.end + len(team)  # 雷恩|队, 阿根廷|队, 纽卡斯尔|联队: the team, which the place alone is not; a
        # club's word after a name no place's (扎马雷克|俱乐部), not after a city (马德里|俱乐部 "a Madrid club")
        return Candidate(doc.text[found.start:end], found.start, end, found.gloss)
    if _port_after(norm, found.end, name) and not taken.overlapping(found.end, found.end + 1):
        return Candidate(doc.text[found.start:found.end + 1], found.start, found.end + 1, found.gloss)  # 鹿特丹|港
    if name is not None and name.type is NameType.PLACE:
        return _club_name(doc, norm, found, taken, lex)
    if name is None or name.type is not NameType.ORGANISATION:
        return found
    for head in INSTITUTION_HEADS:
        end = found.end + len(head)
        if norm.startswith(head, found.end) and not taken.overlapping(found.end, end):
            return Candidate(doc.text[found.start:end], found.start, end, found.gloss)
    return found


def _port_after(norm: str, end: int, name: LexName | None) -> bool:
    """A city the lexicon knows stands before 港 as a word of its own (鹿特丹|港经营, the Port of Rotterdam): the port
    is named by the city, as 蒙巴萨港 and 汉班托塔港 are.  Not after a sea, an ocean, a state or a country (黑海|港,
    印度洋|港 "a Black Sea port"), nor 港口, 港人, 港股 ("port", Hong Kong's people and shares: a word of its own)."""
    if norm[end:end + 1] != "港" or name is None or name.type is not NameType.PLACE or not name.foreign or (
            name.form[-1] in PLACE_ENDS + "海洋"):
        return False
    return (end, end + 1) in word_spans(norm[end:end + 4], end)


#: Heads of an office a government keeps abroad, whose name says where it stands (驻越南|台北经济文化办事处, the
#: Taipei Economic and Cultural Office in Vietnam).
_OFFICE_HEADS = ("办事处", "代表处")


def _stationed_start(norm: str, start: int, lex: Lexicon) -> int:
    """Where an office's name begins that 驻 opens, before its place (布鲁塞尔|经济贸易办事处) or before a place the
    lexicon knows before ``start`` (驻|越南|台北经济文化办事处), and the place of the government that keeps it
    before 驻 (香港|驻|布鲁塞尔经济贸易办事处, Hong Kong's office in Brussels): both places are part of the office's
    name, no mention of the country or the city; else ``start``.  Without 驻 the office is an organisation's branch
    in its city (美国在台协会|台北|办事处, AIT's Taipei office), described, not named."""
    at = next((start - size - 1 for size in range(0, 6) if norm[start - size - 1:start - size] == "驻" and (
        size == 0 or known_place(norm[start - size:start], lex))), None)
    if at is None:
        return start
    return next((at - size for size in range(2, 6) if known_place(norm[at - size:at], lex)), at)


#: Heads of a river and a lake named by the name before them, when the lexicon knows no place of that name (a
#: country's 河流 are its rivers).  A border crossing's 口岸 is a site's head (:data:`.context.SITE_HEADS`).
_NAMED_BY_UNKNOWN_PLACE = ("河", "湖")


#: What after a trade makes the words a park, a school or a market (士林科技|园区, 香港科技|大学), not a company.
_NOT_A_COMPANY = ("园", "大学", "学院", "市场", "产业", "行业", "工业")
def _brand(form: str, lex: Lexicon) -> bool:
    """``form`` may name a maker: no place the lexicon knows (麦拉伦, 艾芬豪), or a company it files as a place
    (三菱, 本田: :func:`.glosses.company_filed_as_place`); not a country or a city (日本汽车 "Japanese cars",
    寮国电力, 卢旺达矿业), nor a division the lexicon does not know (铜带省|矿业, the Copperbelt's mining)."""
    return not known_place(form, lex) and not (len(form) >= 3 and form[-1] in DIVISIONS) or company_filed_as_place(
        form, lex)


def _mainland_place(form: str, lex: Lexicon) -> bool:
    """``form`` is a mainland Chinese city or province the lexicon knows by its pinyin (洛阳 Luoyang, 宁德 Ningde): a
    trade after it names a company (洛阳钼业, 北京汽车), as a trade after a country (日本汽车) or after 台湾 describes
    an industry."""
    name = lex.names.get(form)
    return name is not None and name.type is NameType.PLACE and (not name.foreign or name.english.endswith(
        " China")) and form != "台湾"  # 华东 East China (华东|医药)


#: A movement's head: after a place it is the place's motion or sport (银河系|运动), no body's name.
_MOVEMENT = "运动"
#: What after 运动 makes it games, an athlete or a ground (英联邦|运动会, 运动员, 运动场).
_NOT_MOVEMENT = frozenset("会员场")
#: The most words between a name and the head of the body named after it (加拿大|理论|天体|物理|研究所); the name
#: is grown into the body across fewer (宁德|时代|新能源|科技股份|有限公司 is left to its gloss, which gives it whole).
_BODY_WORDS = 3
_GROWN_BODY_WORDS = 2
#: Heads of a pact named after a place or a person right before them (亚伯拉罕|协议, 美墨加|协定); with words between,
#: a pact is described, not named (加沙|停火|协议 "the Gaza ceasefire deal").
_PACT_HEADS = ("协议", "协定")
#: A dash before a place that joins it to another, a route between them (雅加达—万隆|高速铁路).
_ROUTE_DASHES = HYPHENS + DASHES
#: jieba's tags of the words that may stand between: nouns and a verb's noun (合作), no name: before a name the
#: place only locates a body of that name's (日本|丰田汽车公司 "Japan's Toyota").
_BODY_WORD_TAGS = frozenset("n vn j l".split())
#: A company with no name of its own after a place: 巴西|公司 "a Brazilian company", 日本|企业.
_ANY_COMPANY = frozenset(("公司", "企业", "集团"))
#: A company's word (:data:`.context.COMPANY_WORDS`).
_COMPANY_WORD = re.compile(COMPANY_WORDS)
#: A number or a demonstrative and a measure word, or a word for many or other, before a place: what follows is a body
#: the text counts or points at (一家|英国财团 "a British consortium", 这家|德国银行, 许多|亚洲联赛 "many Asian
#: leagues"), not one it names.
_COUNTED_BEFORE = re.compile("(?:[一两几多某这那该每][家间所个座]|许多|很多|不少|一些|其他|其它)$")
#: Words that say a body belongs to the name before it, not that it bears it: 马哈马|旗下|工程公司 "Mahama's
#: engineering firm", 美国|子公司 "the US subsidiary"; or that the words before describe the company named after
#: them (美国|科技|巨头|苹果公司 "the US tech giant Apple").
_NOT_NAMING = frozenset(("旗下", "下属", "所属", "子公司", "分公司", "母公司") + FIRM_DESCRIPTORS)
#: Every head :func:`body_end` looks for: without one in reach it cuts nothing into words.
_ALL_BODY_HEADS = BODY_HEADS + STRUCTURE_HEADS + _PACT_HEADS
#: Any of them, and where the reach of :func:`body_end` ends (a character that is no Han one, or a phrase break), as
#: two searches: it is asked at every end of a name, twenty thousand in the distinct news texts.
_ANY_BODY_HEAD = re.compile("|".join(map(re.escape, _ALL_BODY_HEADS)))
_BODY_REACH_END = re.compile("[^\u3400-\u9fff]|[" + re.escape("".join(sorted(PHRASE_BREAKS))) + "]")


def body_end(norm: str, pos: int, most_words: int = _BODY_WORDS) -> int | None:
    """Where the body named after the name ending at ``pos`` ends (:data:`BODY_HEADS`: 卡塔尔|航空, 里海|管道|财团),
    or None: a head right after the name, or after a few nouns, none a title (总统) or a name.  Not after a dash:
    雅加达—万隆|高速铁路 is a route between two places, both its own."""
    if head := head_at(norm, pos, STRUCTURE_HEADS):
        return pos + len(head)  # 阿斯旺|高坝, which jieba cuts 高|坝
    window = norm[pos:pos + MAX_NAME_CHARS]
    stop = found.start() if (found := _BODY_REACH_END.search(window)) else len(window)
    if not _ANY_BODY_HEAD.search(window, 0, stop):
        return None  # most names: no head within reach, nothing to cut into words
    end = pos
    for n, word in enumerate(default_jieba().cut(window[:stop], False)):
        end += len(word)
        if word in _NOT_NAMING:
            return None
        if word.endswith(BODY_HEADS + STRUCTURE_HEADS) or (n == 0 and word in _PACT_HEADS):
            return None if len(word) > 2 and word not in BODY_HEADS and jieba_tag(word) in ("nt", "nz", "nr", "ns") or (
                window.startswith(FIRM_DESCRIPTORS, end - pos)) else end
            # not 日本|丰田汽车公司, a company's name of its own, but 首尔|爱乐乐团; not 丹麦|航运|巨头 "the Danish
            # shipping giant", which describes the company named after it
        if (head := head_at(word, 0, BODY_HEADS)) and TITLE.fullmatch(word[len(head):]):
            return end - len(word) + len(head)  # 大阪|大学教授: jieba glues the head to the title after it
        if n >= most_words or TITLE.fullmatch(word) or (
                jieba_tag(word) not in _BODY_WORD_TAGS and word not in _TRADE_VERBS):
            return None
    return None


#: Verbs that name a company's trade as a noun would (索诺玛|生物|治疗|公司, Sonoma Biotherapeutics; 开采, 冶炼).
_TRADE_VERBS = frozenset(("治疗", "诊断", "制造", "开采", "冶炼", "开发"))


#: A railway station's head: after a foreign city the station's name (诺维萨德|火车站), after a mainland one a
#: description (:func:`with_head`).
_STATION = "火车站"
#: Heads of a court, a ground, a broadcaster's centre or a league named after its place (奈良地方法院, 圣马梅斯球场,
#: 欧罗巴联赛 the Europa League), and of a mine, a field or a prison (西芒杜铁矿, 田吉兹油田, 阿迪亚拉监狱): with them
#: the place is part of the name, and alone it would be a fragment.
_FACILITY_HEADS = ("地方法院", "中央地方法院", "地区法院", "联邦地区法院", "高等法院", "行政法院", "地院",
                   "联邦检察官办公室", "球场", "体育场", "电视中心", "机场", "联赛", _STATION) + SITE_HEADS + FEATURE_HEADS
#: The district of a state or a city a federal court or prosecutor's office serves (纽约|南区|联邦法院, the Southern
#: District of New York): part of the court's name, and no place of its own.  Without one, 联邦法院 after a city is
#: "the federal court in Chicago", described, not named.
_COURT_DISTRICT = re.compile("[东西南北中]区(?=联邦|地方|地区|中央)")
#: A site's number or phase between its place and its head (芬拉哈内斯|二号|监狱, 西古尔纳|2号|油田, 普纳昌楚|二期|水力发电厂),
#: or the service that runs it (伊斯坦布尔|海军|造船厂): part of the site's name, as a court's district is.
_SITE_NUMBER = re.compile("(?:(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})[号期]|海军|陆军|空军)(?=" + "|".join(SITE_HEADS) + ")")
#: A regnal number right after a monarch's or pope's name: 查尔斯|三世, 伊丽莎白|二世, 利奥|十四世.
REGNAL = re.compile(r"[一二三四五六七八九十]{1,3}世")


def with_regnal_number(doc: Document, norm: str, found: Candidate, taken: SortedSpans, lex: Lexicon) -> Candidate:
    """``found`` with the regnal number after it (查尔斯三世), which is part of the name: without it the
    monarch is a fragment 查尔斯 grouped with every other Charles.  CC-CEDICT types 查尔斯 a place (a
    river), so only organisations and countries or regions (美国, 欧洲) take none, nor 二世祖 (a rich man's son)."""
    name = lex.names.get(norm[found.start:found.end])
    number = REGNAL.match(norm, found.end)
    if number is None or taken.overlapping(found.end, number.end()) or norm[number.end():number.end() + 1] == "祖" or (
            name is not None and (name.type is NameType.ORGANISATION or norm[found.end - 1] in PLACE_ENDS)):
        return found
    return Candidate(doc.text[found.start:number.end()], found.start, number.end(), found.gloss)


#: "Royal", "Real" before a club's, a company's or a body's name (皇家苏斯达 Real Sociedad, 皇家贝蒂斯 Real Betis):
#: part of the name, which without it is a place's or a fragment.
_ROYAL = "皇家"


def whole_place(doc: Document, norm: str, found: Candidate, taken: SortedSpans, lex: Lexicon) -> Candidate:
    """``found`` as part of the longer name it stands in, else itself: a name the lexicon knows that holds it
    and a word beside it (皇家|马德里 Real Madrid), a place head noun after it (索罗门|群岛, whatever CC-CEDICT
    says 索罗门 alone is), or a team's nickname beside its city (洛杉矶|道奇, 拜仁|慕尼黑).  Alone, the
    shorter name is a fragment of the longer one."""
    name = lex.names.get(norm[found.start:found.end])
    if name is not None and name.type is NameType.ORGANISATION or qualified(norm[found.start:found.end]):
        return found  # 刚果（金）|队: the state's team, said with the state's name
    if (joined := _joined_state(norm, found.start, found.end, lex) or _longer_place(norm, found.start, found.end, lex)
            or _club_designator(norm, found.start, found.end, name)
            ) and not (taken.overlapping(joined[0], found.start) or taken.overlapping(found.end, joined[1])):
        return Candidate(doc.text[joined[0]:joined[1]], *joined, found.gloss)
    start, end = found.start, found.end
    if norm.endswith(_ROYAL, 0, start) and not taken.overlapping(start - len(_ROYAL), start) and (
            name is None or name.type is not NameType.PERSON):
        return Candidate(doc.text[start - len(_ROYAL):end], start - len(_ROYAL), end, found.gloss)  # 皇家|苏斯达
    for size in (2, 3):
        if norm[start - size:end] in lex.names and default_jieba().has_word(norm[start - size:start]):
            start -= size  # 皇家|马德里
            break
        if norm[start:end + size] in lex.names and default_jieba().has_word(norm[end:end + size]) or (
                _named_after(lex.names.get(norm[end:end + size]), name)):
            end += size  # 洛杉矶|湖人 "Los Angeles Lakers": the team takes the city's name
            break
    else:
        head = head_at(norm, end, PLACE_HEADS)
        if head:
            end += len(head)
        elif name is not None and name.type is NameType.PLACE:
            start, end = _with_nickname(norm, start, end, lex)
            if (start, end) == (found.start, found.end):
                end = with_region_suffix(norm, SortedSpans(word_spans(norm[start:end + 4], start)), start, end, lex)[1]
        if (start, end) == (found.start, found.end) and (name is None or name.type is NameType.PLACE):
            end = _team_after_result(norm, start, end, lex)
    if (start, end) == (found.start, found.end) or taken.overlapping(start, found.start) or taken.overlapping(found.end, end):
        return found
    return Candidate(doc.text[start:end], start, end, found.gloss)


#: The "and" a state's name writes between the two names it joins (特立尼达和多巴哥, 圣文森及格瑞那丁, 波士尼亚与赫塞哥维纳).
_STATE_AND = "和及与"


def _joined_state(norm: str, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The state whose name joins two names, when the name at [start, end) is one of them and the text writes the
    other after or before it with the "and" between (波士尼亚|与赫塞哥维纳, 圣文森特和|格林纳丁斯): one name the
    lexicon knows, never two places."""
    after, before = norm[end:end + 1] in _STATE_AND, start >= 1 and norm[start - 1] in _STATE_AND
    if not (after or before):
        return None
    for size in range(2, lex.max_length - (end - start)):
        if after and _joins(lex.names.get(norm[start:end + 1 + size])):
            return start, end + 1 + size
        if before and start - 1 - size >= 0 and _joins(lex.names.get(norm[start - 1 - size:end])):
            return start - 1 - size, end
    return None


def _longer_place(norm: str, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The longest place the lexicon knows that the name the lexicon knows at [start, end) begins, written whole
    in the text (阿拉伯|联合大公国 United Arab Emirates, not Arabia; 澳大利亚|首都特区): the shorter name there is a
    fragment of it.  The longer name must end where a word of jieba's ends, not inside one."""
    for size in lex.longer_places.get(norm[start:end], ()):
        if norm[start:start + size] in lex.names and start + size in {
                e for _, e in word_spans(norm[start:start + size + 4], start)}:
            return start, start + size
    return None


#: A club's designator in Latin capitals written onto its town's name (AC米兰, RB莱比锡, PSV埃因霍温), and
#: what may not stand right before it (a longer Latin word: the designator is all of it).
_DESIGNATOR_BEFORE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,4}$")


def _club_designator(norm: str, start: int, end: int, name: LexName | None) -> tuple[int, int] | None:
    """A town the lexicon knows with a club's designator in Latin capitals right before it (AC|米兰, RB|莱比锡):
    sport news names the club so, and the town alone there is a fragment of the club's name."""
    if name is None or name.type is not NameType.PLACE or not (m := _DESIGNATOR_BEFORE.search(norm, max(0, start - 5),
                                                                                            start)):
        return None
    return m.start(), end


def _joins(name: LexName | None) -> bool:
    return name is not None and name.type is NameType.PLACE and " and " in name.english


def named_structure(doc: Document, norm: str, found: Candidate, taken: SortedSpans, lex: Lexicon) -> Candidate | None:
    """A structure's head noun found as a name: with the name before it (克赤大桥), the structure; alone, none."""
    if norm[found.start:found.end] not in STRUCTURE_HEADS:
        return found
    start = found.start
    while found.start - start < 4 and start > 0 and "\u3400" <= norm[start - 1] <= "\u9fff" and (
            norm[start - 1] not in LEADING) and not taken.overlapping(start - 1, start):
        start -= 1  # 半岛的|克赤: back to the function word before the name
    if found.start - start < 2 or norm[start:found.start] in lex.words:
        return None
    return Candidate(doc.text[start:found.end], start, found.end, found.gloss)


def _named_after(team: LexName | None, place: LexName | None) -> bool:
    """The lexicon's ``team`` has the English of ``place`` before its own (湖人 "Los Angeles Lakers" after 洛杉矶)."""
    return team is not None and place is not None and place.type is NameType.PLACE and team.english.startswith(
        place.english + " ")


def _with_nickname(norm: str, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """A city with the team's nickname after or before it (洛杉矶|道奇, 多伦多|蓝鸟, 拜仁|慕尼黑) when the text also
    calls the team by the nickname alone, as sports news does after naming it once in full (道奇连霸)."""
    place = norm[start:end]
    for size in (2, 3):
        after = norm[end:end + size]
        if _nickname(after, lex) and (cut := default_jieba().cut(norm[end:end + size + 4], False))[0] == after and (
                _alone(norm, after) > occurrences(norm, place + after)) and not (
                len(cut) > 1 and len(cut[1]) == 1 and lex.is_name_char(cut[1])):
            return start, end + size  # a word of its own, not the start of a longer one (南非|约翰内|斯堡), nor one
            # a name character jieba leaves single goes on (得克萨斯州|拉雷|多, Laredo)
    before = norm[max(0, start - 2):start]
    if _nickname(before, lex) and sum(map(lex.odds, before)) > 0 and not default_jieba().has_word(
            norm[max(0, start - 3):start - 1]) and occurrences(norm, before) > occurrences(norm, before + place):  # not 新|华社
        return start - 2, end  # a nickname before the city is a transliteration (拜仁, Bayern)
    return start, end


def _alone(norm: str, word: str) -> int:
    """How often ``word`` stands as a word of its own in the text, where jieba cuts it so: 道奇 of 道奇连霸, not 奥克 of
    奥克兰丘, the start of another name (宾州|奥克蒙特球场 is no team 宾州奥克)."""
    size = len(word)
    return sum(default_jieba().cut(norm[m.start():m.start() + size + 4], False)[0] == word
               for m in re.finditer(re.escape(word), norm))


#: A score and a result verb of sports news: what follows is a team (4比3击败|南非的|马梅洛迪日落,
#: 以110比103战胜|明尼苏达森林狼), not any army (俄军击败了乌克兰|军队, no score).
_RESULT_VERB = re.compile(r"\d+(?:比|:|：)\d+[^，。；！？]{0,8}?(?:击败|战胜|打败|不敌|负于|输给|力克|击溃|淘汰)了?"
                          r"(?:[^，。；、！？]{1,6}的)?$")
_CLAUSE_END = set("，。；、！？,;")


def _team_after_result(norm: str, start: int, end: int, lex: Lexicon) -> int:
    """Where a team's name ends that a place or a transliteration begins, after a result verb and before the
    clause ends: the word after the city is the team's nickname (明尼苏达|森林狼, 马梅洛迪|日落, 洛杉矶|湖人), and
    the city alone would be a fragment of the team; a verb there ends the clause (战胜切尔西|夺冠).  Else ``end``."""
    if not _RESULT_VERB.search(norm[max(0, start - 30):start]):
        return end
    nickname = default_jieba().cut(norm[end:end + 6], False)[0]
    after = end + len(nickname)
    if 2 <= len(nickname) <= 3 and norm[after:after + 1] in _CLAUSE_END and jieba_tag(nickname)[:1] in ("n", "") and not (
            any(c in BESIDE for c in nickname) or TITLE.search(nickname) or nickname in lex.names):
        return after
    return end


def _nickname(word: str, lex: Lexicon) -> bool:
    """A word that may be a team's nickname: one jieba's dictionary tags a name (道奇, 蓝鸟, 拜仁; not 警方,
    金靴), and no ordinary word, function word, title, person, place or organisation of several English
    words (not 拜登, 中央社 Central News Agency)."""
    name = lex.names.get(word)
    return len(word) >= 2 and jieba_tag(word) in ("nr", "nrt") and word not in lex.words and not (
        any(c in BESIDE for c in word) or TITLE.search(word) or PLACE_BEFORE.search(word)) and (
        name is None or (name.type is NameType.ORGANISATION and " " not in name.english.strip()))


#: Head nouns of a club or team named by a place and a word (利雅得|胜利|俱乐部).
_CLUB_HEADS = ("俱乐部", "足球队", "球队", "队")


#: A racing or cycling team after its sponsors' or its maker's name.
RACING_TEAM = "车队"


def _racing_team(norm: str, found: Candidate, taken: SortedSpans) -> bool:
    """``found`` is followed by 车队 wherever the text writes it (利德尔-崔克|车队, 阿联酋航空|车队): the team's name,
    of which the sponsors' names alone are a fragment.  Not when a gloss follows (索伯车队（Sauber）: the gloss
    names the maker, :func:`.glosses.glossed_names`), nor where the text writes the name alone too (红牛, the drinks
    maker as well as its team)."""
    end = found.end + len(RACING_TEAM)
    form = norm[found.start:found.end]
    return norm.startswith(RACING_TEAM, found.end) and norm[end:end + 1] not in "（(" and not taken.overlapping(
        found.end, end) and occurrences(norm, form) == occurrences(norm, form + RACING_TEAM)


def _team_head(norm: str, pos: int) -> str:
    """The word for a team at ``pos`` (:data:`.context.TEAM_HEADS`), as jieba cuts the text there, or a club's, its
    sport before it or not (扎马雷克|俱乐部, 扎马雷克|足球俱乐部), or ""."""
    if (club := head_at(norm, pos, CLUB_WORDS)):
        return club
    if not norm.startswith(TEAM_HEADS, pos):
        return ""  # most names are followed by no such word: jieba is asked only where one may be
    word = default_jieba().cut(norm[pos:pos + 4], False)[0]
    return word if word in TEAM_HEADS else ""


def _club_name(doc: Document, norm: str, found: Candidate, taken: SortedSpans, lex: Lexicon) -> Candidate:
    """A place and the ordinary word after it when a club's head noun follows (利雅得|胜利|俱乐部 Al Nassr): the
    place alone would be a fragment of the club's name.  Not when the word and the head are one ordinary word
    (美国|国家队 "the US national team", 中国|女足队) or the word is 国家 (迦纳|国家|足球队): a national team is named
    by its country alone."""
    word = next((norm[found.end:found.end + n] for n in (1, 2, 3) if (
        norm[found.end:found.end + n] in lex.words if n > 1 else _team_nickname(norm, found.end, lex))
                 and norm.startswith(_CLUB_HEADS, found.end + n) and not norm.startswith("国家", found.end) and not any(
                     norm[found.end:found.end + n + len(h)] in lex.words for h in _CLUB_HEADS)), "")
    end = found.end + len(word)
    head = head_at(norm, end, _CLUB_HEADS)
    if word and default_jieba().cut(norm[end:end + len(head) + 2], False)[0] == head:
        end += len(head)  # 切尔西|足球|俱乐部 (Chelsea Football Club), 利雅得|胜利|队: the name ends with the head (not
        # the 队 of 队长, captain)
    if word and not taken.overlapping(found.end, end):
        return Candidate(doc.text[found.start:end], found.start, end, found.gloss)
    return found


def _team_nickname(norm: str, pos: int, lex: Lexicon) -> bool:
    """One character at ``pos`` that is a noun of its own and makes no word with 队 after it (亚特兰大|鹰|队 the
    Atlanta Hawks; not 女|队 "the women's team", 车|队 "a racing team")."""
    piece = norm[pos:pos + 2]
    return piece[1:] == "队" and jieba_tag(piece[0]) == "n" and not default_jieba().has_word(piece) and (
        piece not in lex.words)


def with_given_name(doc: Document, norm: str, found: Candidate, taken: SortedSpans, lex: Lexicon) -> Candidate:
    """A Japanese family name the lexicon knows (田中, 安倍: a surname of two characters CC-CEDICT gives a
    foreign English) with the given name written right after it (审判长田中|伸一|宣读, 安倍|昭惠|曾): two
    characters that make no word (和彦 too: 和 begins many Japanese given names), then a clause break.  Japanese
    names are written family name first with no
    joiner, so the family name alone would be a fragment of the person, and another person's name too."""
    end = given_name_end(norm, found.start, found.end, taken, lex)
    return found if end is None else Candidate(doc.text[found.start:end], found.start, end, found.gloss)


def given_name_end(norm: str, start: int, end: int, taken: SortedSpans, lex: Lexicon) -> int | None:
    """Where the given name ends that follows the Japanese family name ``norm[start:end]`` (:func:`with_given_name`),
    or None when none does."""
    form = norm[start:end]
    name = lex.names.get(form)
    if len(form) != 2 or form not in lex.surnames or name is None or name.type is not NameType.PERSON or not name.foreign:
        return None
    given_end = end + 2
    given, after = norm[end:given_end], norm[given_end:given_end + 6]
    if len(given) < 2 or not all_han(given) or given[0] in LEADING - BESIDE or (
            given[1] in LEADING and not (given[1] == "也" and after[:1] in _PUNCTUATION)) or (
            given in lex.words or default_jieba().has_word(given) or given in lex.names or TITLE.search(given)
            or any(norm[end + 1:end + n] in lex.words for n in (3, 4))) or taken.overlapping(end, given_end):
        return None
    next_word = default_jieba().cut(after, False)[0] if after else ""
    if after and not (after[0] in AFTER_NAME or after[0] in BESIDE or CUE_AFTER.match(after) or (
            len(next_word) >= 2 and next_word in lex.words) or after[:2] in lex.words):  # 拓哉|下月, which jieba cuts 下|月
        return None
    return given_end


#: Punctuation after a given name: 也 before it ends a given name (藤森|谦也|（Alberto Fujimori）, 哲也, 拓也), not
#: "also", which a verb follows.
_PUNCTUATION = frozenset("（(，,。、；：！？」』”")
#: A state named by a one-character abbreviation and 联邦/国家 (俄联邦 the Russian Federation, 美国家): news
#: writes it so before one of the state's organs (俄联邦安全局, 俄联邦侦查委员会), and the organ is the name.
_ABBREVIATED_STATE = re.compile(r"[俄美英法德日韩朝中](?:联邦|国家)")
#: Last characters of an organ of state: a bureau, committee, council, service, ministry, court.
_ORGAN_HEADS = ("局", "委员会", "理事会", "会议", "署", "部", "院", "法院", "中心", "总局")


def state_organ(doc: Document, norm: str, found: Candidate, taken: SortedSpans) -> Candidate:
    """``found`` with the organ after it when it is an abbreviated state (:data:`_ABBREVIATED_STATE`) and one to
    three words end in an organ's head right after it (俄联邦|侦查|委员会, 俄联邦安全局 cut as one word): the state
    alone would be a fragment of the organ's name."""
    if not _ABBREVIATED_STATE.fullmatch(norm[found.start:found.end]):
        return found
    words = default_jieba().cut(norm[found.end:found.end + 8], False)
    end = found.end
    for word in words[:3]:
        if not all("\u3400" <= c <= "\u9fff" and c not in PHRASE_BREAKS for c in word):
            break
        end += len(word)
        if word.endswith(_ORGAN_HEADS) and not taken.overlapping(found.end, end):
            return Candidate(doc.text[found.start:end], found.start, end, found.gloss)
    return found


#: Heads of a party's or a movement's name, and the words for "for" and "independent" that open the names
#: Spanish and Latin American parties translate to (争取民主党 Party for Democracy, 争取社会主义运动党 Movement for
#: Socialism, 独立民主联盟 Independent Democratic Union, 全力为加泰隆尼亚党 Together for Catalonia).
PARTY_HEADS = ("党", "联盟", "阵线", "运动")
#: Most characters between such a word and the party's name found (争取|社会主义|运动党).
_PARTY_WORDS = 4


def with_party_opener(doc: Document, norm: str, c: Candidate, taken: SortedSpans) -> Candidate:
    """``c``, a party's name, with the word for "for" or "independent" before it that opens the party's own name,
    and the words between (争取|社会主义|运动党), where that word cannot be a verb of the sentence: after a list's
    comma or other punctuation (社会党、|争取|民主党), or before the party's acronym or name in its language
    (结束|争取|社会主义运动党（MAS）)."""
    between = next((k for k in range(_PARTY_WORDS + 1) if norm.endswith(PARTY_OPENERS, 0, c.start - k)), None)
    if between is None and (start := _party_words_start(norm, c, taken)) is not None:
        return Candidate(doc.text[start:c.end], start, c.end, c.gloss)  # 光明|道路|民主党, 共同|民主党
    if between is None or not norm.endswith(PARTY_HEADS, c.start, c.end):
        return c
    start = c.start - between - next(len(o) for o in PARTY_OPENERS if norm.endswith(o, 0, c.start - between))
    if not all_han(norm[start:c.end]) or any(ch in "的和与及" for ch in norm[start:c.end]) or taken.overlapping(
            start, c.start):
        return c  # not across 的 or a conjunction: 争取民主党和|共产党 is two parties
    if start == 0 or not all_han(norm[start - 1]) or norm.startswith(("（", "("), c.end):
        return Candidate(doc.text[start:c.end], start, c.end, c.gloss)
    return c


#: jieba's tags of the words of a party's own name before a generic one (光明|道路|民主党, 共同|民主党): nouns,
#: adjectives, adverbs, other names; not verbs (执政|民主党 "the ruling Democrats").
_PARTY_WORD_TAGS = frozenset("n a an ad d b nz l".split())
#: What may stand right before a party's own name: the clause's edge, 的, a conjunction.
_PARTY_EDGES = set("的和与及、，。；：（(“「")


def _party_words_start(norm: str, c: Candidate, taken: SortedSpans) -> int | None:
    """Where the name begins of a party found only as a generic party the lexicon knows (民主党, 共和党) after one or
    two words of its own (光明道路民主党, 共同民主党: Kazakhstan's Ak Zhol, Korea's Democratic Party), back to the
    clause's edge, 的 or a conjunction; None when a place, a verb or a title stands there (瑞典民主党 is the state's
    party, found as such; 执政|民主党 "the ruling Democrats")."""
    form, names = norm[c.start:c.end], lexicon().names
    if not form.endswith("党") or form not in names or names[form].type is not NameType.ORGANISATION:
        return None
    words = list(default_jieba().cut(norm[max(0, c.start - _PARTY_WORDS * 2):c.start], False))
    start = c.start
    for word in reversed(words[-2:]):
        if len(word) < 2 or not all_han(word) or jieba_tag(word) not in _PARTY_WORD_TAGS or TITLE.search(word) or (
                word in names) or word.endswith(("党", "派", "院")):  # 反对党|, 极右派|, 参院|民主党
            break
        start -= len(word)
    if start == c.start or taken.overlapping(start, c.start):
        return None
    return start if start == 0 or norm[start - 1] in _PARTY_EDGES else None


def without_factions(norm: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` without a faction's word right before a party found (民粹派|人民党, 保守派|人民党): it says what kind
    of party follows, though the lexicon knows some such words as a movement's name (民粹派 the Narodniks)."""
    party_starts = {c.start for c in found if norm.endswith(PARTY_HEADS, c.start, c.end)}
    return [c for c in found if not (norm[c.end - 1] == "派" and c.end in party_starts)]


#: A place's suffix for the region named after it: 莫斯科州 Moscow Oblast, 河内省; the city alone is another place.
REGION_SUFFIXES = "州省邦县郡"


def with_region_suffix(norm: str, words: SortedSpans, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """(start, end) of a place the lexicon knows with 州/省 after it when jieba cuts the two as one word
    (莫斯科州, not 莫斯科|州长): the region named after the city is a place of its own, of which the city's name
    alone is a fragment."""
    if norm[end:end + 1] in REGION_SUFFIXES and known_place(norm[start:end], lex) and (
            start, end + 1) in words.overlapping(start, end + 1):
        return start, end + 1
    return start, end


#: Places whose associations and clubs bear the place's name as part of their own (香港赛马会 the Hong Kong Jockey
#: Club, 香港中东商会, 澳门基金会): there the place and the body after it are one name.
_BODY_NAMING_PLACES = ("香港", "澳门")


def territory_bodies(doc: Document, norm: str, found: list[Candidate]) -> list[Candidate]:
    """Hong Kong or Macau and an association or club found right after it (a name ending in 会: 赛马会, 中东商会,
    船东会), as one organisation: a body of the territory named by it, not the place and a body of its own."""
    joined: list[Candidate] = []
    for c in found:
        if joined and joined[-1].end == c.start and norm[joined[-1].start:joined[-1].end] in _BODY_NAMING_PLACES and (
                c.end - c.start >= 3 and norm[c.end - 1] == "会"):
            place = joined.pop()
            c = Candidate(doc.text[place.start:c.end], place.start, c.end, c.gloss)
        joined.append(c)
    return joined


def joined_organisations(doc: Document, norm: str, found: list[Candidate], taken: SortedSpans,
                         lex: Lexicon) -> list[Candidate]:
    """A country and the party written right after it are one organisation (苏联|共产党 the CPSU: the country's
    party, not the country and "the Communist Party", which every country may have), whether the country is
    listed or found; an organisation right after that is one of the party's organs (苏联共产党|中央委员会), no
    name of its own."""
    def named(start: int, end: int) -> LexName | None:
        return lex.names.get(norm[start:end])

    joined: list[Candidate] = []
    party_end = -1  # where the last country-and-party ends
    for c in found:
        name = named(c.start, c.end)
        if name is None or name.type is not NameType.ORGANISATION:
            joined.append(c)
            continue
        if c.start == party_end:
            continue  # 中央委员会 after 苏联共产党
        before = [(joined[-1].start, joined[-1].end)] if joined and joined[-1].end == c.start else []
        before += [span for span in taken.overlapping(c.start - 1, c.start) if span[1] == c.start]
        owner = next((span for span in before if (n := named(*span)) and n.type is not NameType.PERSON
                      and not n.english.endswith("Party")), None)
        if owner is None or not name.english.endswith("Party"):
            joined.append(c)
            continue
        if joined and (joined[-1].start, joined[-1].end) == owner:
            joined.pop()
        joined.append(Candidate(doc.text[owner[0]:c.end], owner[0], c.end, c.gloss))
        party_end = c.end
    return joined


#: Conjunctions a name-character run may swallow: 乔布|因累积黄牌停赛 "Jobe, because of his yellow cards".
_CONJUNCTIONS = set("因")


def before_conjunction(doc: Document, norm: str, found: list[Candidate]) -> list[Candidate]:
    """A name that ends in 因 is the name before the conjunction when the text names it without 因 elsewhere,
    alone or as part of a joined full name (乔布·贝林厄姆 … 乔布因累积): 因凡蒂诺 or 斯坦因 stand as they are."""
    parts = {part for c in found for part in NAME_JOINER.split(norm[c.start:c.end])}
    return [Candidate(doc.text[c.start:c.end - 1], c.start, c.end - 1, c.gloss)
            if c.end - c.start >= 3 and norm[c.end - 1] in _CONJUNCTIONS and norm[c.start:c.end - 1] in parts else c
            for c in found]


#: "And": between two names, never inside one but a state's the lexicon knows (特立尼达和多巴哥) or a quoted one.
_AND = "和及与"


def split_at_and(doc: Document, norm: str, found: list[Candidate]) -> list[Candidate]:
    """Each name a run of name characters joined over 和, 及 or 与 (納坦茲|及|伊斯法罕, 加鲁阿|和|经济中心): 及 and 和
    stand in transliterations (埃及, 和田), so the run went on, but standing alone as a word between two names they
    join two things, when each side is a name or ordinary words (not 近铁|大和|西大寺站, a station).  The sides that
    are names stay; ordinary words (经济中心) do not."""
    lex = lexicon()
    kept: list[Candidate] = []
    for c in found:
        form = norm[c.start:c.end]
        cut = next((i for i, ch in enumerate(form) if ch in _AND and 2 <= i <= len(form) - 3
                    and form[i - 1:i + 1] not in lex.words and form[i:i + 2] not in lex.words), None)
        sides = [(c.start, c.start + cut), (c.start + cut + 1, c.end)] if cut is not None else []
        if not sides or form in lex.names or (c.start and norm[c.start - 1] in _QUOTES) or NAME_JOINER.search(form) or (
                not all(_a_name(norm[s:e], lex) or _ordinary_words(norm[s:e], lex) for s, e in sides)):
            kept.append(c)
            continue
        kept += [Candidate(doc.text[s:e], s, e, c.gloss if e == c.end else "") for s, e in sides
                 if _a_name(norm[s:e], lex)]
    return kept


def split_at_dashes(doc: Document, norm: str, found: list[Candidate]) -> list[Candidate]:
    """Each name of a run that a dash strings together (巴拉圭—巴拉那河, 巴库—第比利斯—杰伊汉, 中国—东盟), when each
    part is a name (:func:`_a_name`, or one and its river's 河) and one at least a place or a body the lexicon
    knows: a dash between places names a route or a relation (a waterway, a pipeline, a trade area), not one
    place, and a person's double name takes a hyphen (奥孔乔-伊韦阿拉).  A route's head after the run
    (巴拉圭—巴拉那河|航道) makes the whole one name: that is no part, and the run stays whole."""
    lex = lexicon()
    kept: list[Candidate] = []
    for c in found:
        form = norm[c.start:c.end]
        parts = re.split(f"[{DASHES}]", form)
        if len(parts) < 2 or form in lex.names or not all(
                _a_name(p, lex) or (p[-1:] in _WATERS and _a_name(p[:-1], lex)) for p in parts) or not any(
                (known := lex.names.get(p)) is not None and known.type is not NameType.PERSON for p in parts):
            kept.append(c)
            continue
        start = c.start
        for part in parts:
            kept.append(Candidate(doc.text[start:start + len(part)], start, start + len(part)))
            start += len(part) + 1
    return kept


#: A river's, a lake's or a sea's last character after its name (巴拉那|河).
_WATERS = frozenset("河江湖海")


def _a_name(part: str, lex: Lexicon) -> bool:
    """The lexicon's name, or characters of names that are no word (納坦茲), none a function word at its end (卢卡古|各)."""
    return part in lex.names or (part not in lex.words and all(map(lex.is_name_char, part)) and not (
        jieba_tag(part[-1]) in ORDINARY_TAGS))


def _ordinary_words(part: str, lex: Lexicon) -> bool:
    """Words of two characters or more that are no names: 经济|中心."""
    words = [part[s:e] for s, e in word_spans(part, 0)]
    return all(len(w) >= 2 and w in lex.words and w not in lex.names for w in words)


def full_names(doc: Document, norm: str, found: list[Candidate]) -> list[Candidate]:
    """Two people the lexicon knows written side by side are one person's given name and surname (約翰甘迺迪,
    唐纳川普): Taiwan and Hong Kong write a full name without the middot, and two people are never written
    without 和, 与 or 、 between them."""
    lex = lexicon()
    joined: list[Candidate] = []
    for c in found:
        last = joined[-1] if joined else None
        if last is not None and last.end == c.start and all(
                (name := lex.names.get(norm[x.start:x.end])) is not None and name.type is NameType.PERSON
                for x in (last, c)):
            joined[-1] = Candidate(doc.text[last.start:c.end], last.start, c.end, last.gloss or c.gloss)
        else:
            joined.append(c)
    return joined



#: Quotation marks, opening → closing.
_QUOTES = {"“": "”", "「": "」", "『": "』"}
#: The function characters a quoted name may hold: conjunctions between its nouns (国际和平与繁荣之路).
_NAME_CONJUNCTIONS = frozenset("和与及")
#: jieba's tags of a last word that makes a quotation a clause or a phrase, not a name (“台湾有事”, “美国优先”): a verb,
#: an adverb, an adjective, a pronoun, a particle, a preposition or a conjunction.
_CLAUSE_ENDS = frozenset("v vd d a ad r u p c".split())
#: jieba's tags of a word anywhere in a quotation that makes it a clause (“罗兴亚人|必须|有尊严地安全返回家园”): a
#: verb or an adverb of two characters or more, which a quoted name holds none of.
_CLAUSE_WORDS = frozenset("v vd d".split())


def quoted_whole(doc: Document, norm: str, found: Candidate, taken: SortedSpans) -> Candidate:
    """``found`` grown to the closing quote when a quotation begins with it and names a longer thing (“赞格祖尔走廊”,
    「川普國際和平與繁榮之路」, “西伯利亚力量2号”): the quotes hold one name, and the person or place at its start is
    a part of it, mentioned only as the whole is.  A quoted clause or phrase (“台湾有事”, “普丁的大脑”, “总理洪马内”:
    a verb or an adverb at its end, a function character or a title inside) is no name, and ``found`` stays."""
    if found.start == 0 or norm[found.start - 1] not in _QUOTES:
        return found
    close = norm.find(_QUOTES[norm[found.start - 1]], found.end, found.start + MAX_NAME_CHARS)
    rest = norm[found.end:close]
    if close <= found.end or not all(all_han(c) or c.isdigit() for c in rest) or any(
            c in BESIDE and c not in _NAME_CONJUNCTIONS for c in rest) or TITLE.search(rest) or taken.overlapping(
            found.end, close) or jieba_tag((words := default_jieba().cut(rest, False))[-1]) in _CLAUSE_ENDS or any(
            len(word) >= 2 and jieba_tag(word) in _CLAUSE_WORDS for word in words) or (
            norm.startswith(_EPITHET_AFTER, close + 1)):
        return found  # 素有「波希米亚水晶」美誉: a reputation, what the thing is called, not a name
    return Candidate(doc.text[found.start:close], found.start, close, found.gloss)


#: Words after a quotation that make it an epithet ("known as …"): 美誉 "fine name", 之称 "the name of".
_EPITHET_AFTER = ("美誉", "的美誉", "之称", "的称号", "称号", "美名", "的美名", "雅号", "之誉")

#: The dots and hyphens that join the parts of one name (约翰·F·肯尼迪, 让-马里); not the dashes of a route or a
#: pairing (巴库—第比利斯, 柔佛—新加坡), which join whole names.
_PART_JOINERS = DOTS + HYPHENS
#: How far before a name's start a longer name written over it may begin (努尔苏丹·|纳扎尔巴耶夫), and its most characters.
_LONGER_REACH = 8
#: The fewest characters of a name the lexicon knows that shows a cut (亚塞拜然, 立陶宛); shorter ones are written
#: over ordinary edges by chance too often (拉|美国|家, 木村|上).
_CUTTING_CHARS = 3


def cut_occurrences(norm: str, found: list[tuple[int, int]], whole: list[tuple[int, int]],
                    glossed_from: frozenset[int] = frozenset()) -> set[tuple[int, int]]:
    """The spans of ``found`` that the text writes as part of a longer name.

    An edge of a name that cuts through a name written at that very place, one
    the lexicon knows or the text gives elsewhere (亚塞|拜然, 立|陶宛台湾,
    圣地牙|哥·潘尼亚, 普拉|博沃·苏比安托, 民声|党), or a dot or hyphen that joins
    more of the name (约翰·|F·肯尼迪), shows that a longer name was cut short,
    whichever rule found the piece: proposed alone, it is a fragment that a
    translator would accept into the glossary and that would then tag every
    later article.  The text's own names count only where some occurrence of
    theirs is uncut (a fragment found in one place cuts no name in another);
    the ``whole`` spans (the listed names) always count.  A name right before a body's name the text glosses
    (``glossed_from``: where such names begin) begins no body: the gloss said where the body's name begins
    (英国|基准矿物情报公司（Benchmark Mineral Intelligence）, a British firm).
    """
    lex = lexicon()
    long_names = long_names_by_beginning()
    cut = _holding(norm, found, lambda s, e: _cut(norm, s, e, long_names, lambda w: _known_long(w, lex), lex) or (
        e not in glossed_from and _names_body(norm, s, e)))
    forms = {norm[s:e] for s, e in found if (s, e) not in cut} | {norm[s:e] for s, e in whole}
    text_forms = _by_beginning(forms, 2)  # the lexicon's names were tried above, so only the text's are left to try
    return cut | _holding(norm, [(s, e) for s, e in found if (s, e) not in cut],
                          lambda s, e: _cut(norm, s, e, text_forms, forms.__contains__, lex))


#: How far before and after a name :func:`_cut` and :func:`_names_body` read: a longer name over its start and an
#: ordinary word before that one, a known name or a body's head after its end and a word after that.
_CUT_READS = (_LONGER_REACH + 4, MAX_NAME_CHARS + 4)


def _holding(norm: str, spans: list[tuple[int, int]], test) -> set[tuple[int, int]]:
    """The ``spans`` for which ``test(start, end)`` holds, tried once per distinct stretch of text that the test
    reads (:data:`_CUT_READS`): a long text names the same people in the same words again and again."""
    known: dict[tuple[str, int, int], bool] = {}
    held = set()
    for s, e in spans:
        low, high = max(0, s - _CUT_READS[0]), min(len(norm), e + _CUT_READS[1])
        key = (norm[low:high], s - low, e - low)
        if key not in known:
            known[key] = test(s, e)
        if known[key]:
            held.add((s, e))
    return held


def _names_body(norm: str, start: int, end: int) -> bool:
    """The name at ``start``–``end`` begins the name of a body (:func:`body_end`: 大阪|大学, 卡塔尔|航空)."""
    return body_end(norm, end) is not None and not _after_route_dash(norm, start)


def _after_route_dash(norm: str, start: int) -> bool:
    return start > 0 and norm[start - 1] in _ROUTE_DASHES  # not "" at the text's start, which any string holds


def _known_long(form: str, lex: Lexicon) -> bool:
    return len(form) >= _CUTTING_CHARS and form in lex.names


@cache
def long_names_by_beginning() -> dict[str, tuple[int, ...]]:
    """The lengths of the lexicon's names of :data:`_CUTTING_CHARS` or more, by their first two characters: the
    names that may be written at a place are looked up, not every stretch of text tried against all of them."""
    return _by_beginning((form for form in lexicon().names if len(form) >= _CUTTING_CHARS), _CUTTING_CHARS)


def _by_beginning(forms, fewest: int) -> dict[str, tuple[int, ...]]:
    lengths: dict[str, set[int]] = defaultdict(set)
    for form in forms:
        if len(form) >= fewest:
            lengths[form[:2]].add(len(form))
    return {beginning: tuple(sorted(n)) for beginning, n in lengths.items()}


def _cut(norm: str, start: int, end: int, lengths: dict[str, tuple[int, ...]], known, lex: Lexicon) -> bool:
    """Whether the name at ``start``–``end`` goes on past a joiner, or a ``known`` name written over it crosses an
    edge of it or holds it, unless that name's last (first) character begins (ends) an ordinary word further out
    (拉美|国家: 美国 is written over 拉美's end, but 国家 is the word there).  Only the stretches as long as a known
    name that begins there (``lengths``, by its first two characters) are tried."""
    if (start >= 2 and norm[start - 1] in _PART_JOINERS and _name_part(norm[start - 2], lex)) or (
            end + 1 < len(norm) and norm[end] in _PART_JOINERS and _name_part(norm[end + 1], lex)):
        return True
    size = len(norm)
    for i in range(max(0, start - _LONGER_REACH), end):
        if not (sizes := lengths.get(norm[i:i + 2])):
            continue  # most places: no known name begins there (a tenth of the time of a review went here)
        shortest, longest = max(i + 2, start + 1), min(size, i + MAX_NAME_CHARS)
        for j in (i + n for n in sizes):
            if j < shortest or j > longest or (start <= i and j <= end) or not known(norm[i:j]):
                continue
            if j > end and (_word_from(norm, j - 1, j, lex) or norm[end:j] in _RANKS_AFTER and norm[i:j] in lex.names):
                continue  # 占士·庫克|船長: CC-CEDICT's 库克船长 (Captain Cook) is the name and a rank after it
            if i < start and _word_to(norm, i + 1, i, lex):
                continue
            if _shares_one_with_a_known_name(norm, start, end, i, j, lex):
                continue
            return True
    return False


#: A ship's or a plane's captain after a name, which CC-CEDICT holds with it (库克船长 Captain Cook).
_RANKS_AFTER = ("船长", "舰长", "机长")


def _shares_one_with_a_known_name(norm: str, start: int, end: int, i: int, j: int, lex: Lexicon) -> bool:
    """The name written over at [i, j) shares only one character with a place or name the lexicon knows whole at the
    edge it crosses (意大|利|比亚乔: 利比亚 Libya over Italy's last character and Piaggio's first): the text reads the
    known name first, so neither it (意大利) nor the name after it (比亚乔航空航天公司) is cut."""
    if j > end and i == end - 1:
        return norm[start:end] in lex.names and end - start >= 3  # 意大利 itself
    if i < start and i == start - 1:
        return any(norm[k:start] in lex.names for k in range(max(0, start - 5), start - 2))  # 比亚乔… after 意大利
    return False


def _name_part(char: str, lex: Lexicon) -> bool:
    """A character that may go on a name past a joiner: a name character or a Latin initial (约翰·F·肯尼迪)."""
    return lex.is_name_char(char) or ("A" <= char <= "Z")


def _word_from(norm: str, pos: int, beyond: int, lex: Lexicon) -> bool:
    """An ordinary word begins at ``pos`` and runs past ``beyond``."""
    return any(_ordinary(norm[pos:k], lex) for k in range(beyond + 1, min(len(norm), pos + 4) + 1))


def _word_to(norm: str, pos: int, before: int, lex: Lexicon) -> bool:
    """An ordinary word ends at ``pos`` and begins before ``before``."""
    return any(_ordinary(norm[k:pos], lex) for k in range(max(0, pos - 4), before))


def _ordinary(word: str, lex: Lexicon) -> bool:
    return word in lex.words and word not in lex.names


#: A university's school, campus or institute named after it (加州大学|伯克利分校, 四川大学|华西药学院, 新加坡国立大学|
#: 南亚研究所): a few characters, no function word or punctuation, then the unit's head.
_UNIT = re.compile("[\u4e00-\u9fff]{1,8}?(?:分校|学院|研究所|研究院)")
_UNIVERSITY = "大学"


def university_units(doc: Document, norm: str, found: list[Candidate], taken: SortedSpans) -> list[Candidate]:
    """``found`` with a university's unit named whole with the university (加州大学伯克利分校), in place of the
    university or the unit found apart: news names the unit so, and either part alone is a fragment of it.  The
    university begins where a name found ends it, or where jieba's word for it begins (四川大学)."""
    starts = {c.end: c.start for c in found}
    grown: list[Candidate] = []
    for m in re.finditer(_UNIVERSITY, norm):
        unit = _UNIT.match(norm, m.end())
        if unit is None or any(c in BESIDE or c in PHRASE_BREAKS for c in unit.group()):
            continue
        start = starts.get(m.end()) if m.end() in starts else next(
            (s for s, e in word_spans(norm[max(0, m.start() - 6):m.end()], max(0, m.start() - 6))
             if e == m.end() and e - s >= 4), None)  # 四川大学, one word of jieba's
        if start is None or taken.overlapping(start, unit.end()):
            continue
        grown.append(Candidate(doc.text[start:unit.end()], start, unit.end()))
    if not grown:
        return found
    spans = SortedSpans((c.start, c.end) for c in grown)
    return sorted([c for c in found if not spans.overlapping(c.start, c.end)] + grown, key=lambda c: c.start)
