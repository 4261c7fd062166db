"""Names glossed in English in parentheses (纳尔吉斯·卡泽诺娃(Nargis Kazenova)): where the Chinese name
begins, and which glosses name no one there (a byline, an acronym of a term)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..glossary import NAME_JOINERS
from ..model import Document, NameType
from ..segment import default_jieba
from .context import (BESIDE, CLEAR, DASHES, DATE_UNITS, DIVISIONS, DOTS, FEATURE_HEADS, FIRM_DESCRIPTORS, GENERATION, HYPHENS, JOINERS, KIN_CHARACTERS, LEADING, LENIENT, MAX_NAME_CHARS,
                      NAME_TAGS, NEVER_IN_NAMES, PARTY_OPENERS, PLACE_NOUNS, PRESS_ENDS,
                      RULER_TITLES, SITE_HEADS, TEAM_HEADS, TITLE, TITLE_BEFORE, VENUE_HEADS, all_han, bridges, clause_preposition, jieba_tag, known_place, ordinary_word, past_title,
                      ruler_title)
from .dotted import LONGEST_PART, given_name_start
from .lexicon import Lexicon, folded, lexicon
from .listed import word_spans
from .phonetic import sound_key
from .spans import SortedSpans


#: Letters of the Latin script, with the accented ones of Latin-1 and Latin Extended (Sławomir, Erdoğan, Nguyễn):
#: a gloss may be in any language written with them.
LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
#: Its capitals of ASCII, Latin-1 and Latin Extended-A, which acronyms and names are written in (BBC, ÖVP, ČEZ, Łódź).
CAPITALS = "A-Z\u00c0-\u00d6\u00d8-\u00de" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
#: Heads of a body's name before a gloss that other forms follow (信实工业公司（Reliance Industries，又译瑞莱斯工业）,
#: 够了党（Chega，又译切加党）): the body's head says where the glossed name ends, and its gloss where it begins.
_LISTED_BODY_ENDS = ("公司", "集团", "党", "银行", "基金会", "协会", "联盟", "委员会")
#: Who renders a name, then 译, 作 or 称, right after a gloss and a comma (，又译, ，台湾称, ，大陆译作).
_RENDERING_NOTE = re.compile(r"\s*[\u3400-\u9fff]{0,6}?[译作称]")
#: Particles no name begins with, nor follows when it stands in another name (塔塔之|子公司).
_NO_NAME_OPENERS = frozenset("之的")
#: English (or another Latin-script language) in parentheses right after Chinese text: 纳尔吉斯·卡泽诺娃(Nargis Kazenova),
#: or, an acronym, first in them before a comma: 快速支援部队（RSF，又称快速反应部队）.
_GLOSS = re.compile(rf"[(（]\s*(?P<en>[{LATIN}][{LATIN}0-9 .'’\-]*[{LATIN}0-9.])\s*(?:[)）]|(?P<listed>[，,])(?=[^()（）]{{0,40}}[)）]))")
#: A gloss that names the writer, not the name before it: (By Anna Schmidt), (Von Christian Esch).
BYLINE = re.compile(r"^(?:(?i:by|von|par|from|via|photo|reporting by)|de)\s+")  # "de" lower case only: De Beers
#: Words that end a company's or a party's name and are no name alone: glossed by one English word (闻泰科技
#: (Wingtech), 安世半导体 (Nexperia), 法律与正义党 (PiS)) the name is the brand or the words before them too.
COMPANY_HEADS = ("科技", "半导体", "集团", "公司", "电子", "银行", "汽车", "航空", "能源", "电信", "通信", "制药",
                 "控股", "证券", "保险", "传媒", "软件", "化工", "钢铁", "石油", "电力", "电脑")
#: Words that end a party's or a coalition's name; cut as a word of their own, the word before is the party's
#: own (右翼|联盟 (Konfederacja), 国民|阵线), whatever it means alone.
_PARTY_HEADS = ("党", "联盟", "阵线", "共同体")
#: Heads of a region's body, whose name holds the region (加勒比|共同体 CARICOM, 东非|共同体).
_REGIONAL_HEADS = ("共同体",)
_NAME_HEADS = COMPANY_HEADS + _PARTY_HEADS
#: jieba's tags of words that are no part of a body's name: adverbs, function words, numerals, directions; and of
#: verbs, which are only after the body's country (美国|太空|探索|技术|公司).
_NOT_IN_BODY_NAMES = frozenset("d p c u r m q f".split())
#: Words of when that open a clause's predicate, no body's name (德国|正在|兴建|台积电（TSMC）), though jieba tags
#: them time nouns as it does 现代 and 未来, which names hold.
_CLAUSE_TIMES = frozenset(("正在", "目前", "今年", "去年", "明年", "近日", "日前", "当时", "此前", "随后", "如今", "现在"))
_VERB_TAGS = frozenset(("v", "vd"))
#: jieba's tags of a function word alone: a preposition, a conjunction, a particle, a pronoun.
_FUNCTION_TAGS = frozenset(("p", "c", "u", "uj", "r"))
#: Last characters of words that describe a body rather than name it: a party, a camp, a maker (芯片制造商), a
#: giant (科技巨头), a member (联盟成员).
_NOT_BODY_ENDS = ("党", "派", "商", "企", "成员") + FIRM_DESCRIPTORS
#: Heads of a body's name that an acronym glosses, jieba's last word: the body's name is the words before it
#: too (宇宙航空研究开发|机构（JAXA）, 中央|情报局（CIA）, 亚太|经济|合作|会议（APEC）, 全国|人民|力量（NPP）,
#: 国际|紧急|经济|权力|法（IEEPA）), where a term's last word would be a piece of it (国内生产|毛额（GDP）).
_ACRONYM_BODY_HEADS = ("机构", "组织", "局", "署", "委员会", "理事会", "公司", "集团", "银行", "中心", "协会", "联合会", "基金",
                       "办事处", "办公室", "会议", "力量", "运动", "协定", "条约", "法", "协", "联会", "联", "组")
# 协: 协会's short form, a sport's association (亚洲|足协（AFC）, 尼日利亚|足协（NFF）); 联 a federation's (国际|棋联（FIDE）),
# 组 a unit's (田径|诚信组（AIU）).  Not 团 nor 军, which end the words before them as often (…和稳定|索马里|特派团, 马哈拉什|特拉|重建军)
#: Heads of a common noun that says what a body is before its name (主权基金 "sovereign fund", 母公司 "parent company").
_DESCRIBING_HEADS = ("基金", "公司", "集团", "银行", "机构", "组织", "智库", "政党", "媒体", "企业")
#: "Parties", before a coalition's head (砂拉越|政党|联盟): the coalition's name.
_PARTIES = "政党"
#: Heads that name nothing alone (公司, 机构, 部队): a gloss reaching only one goes back over the body's words.
_LONE_HEADS = frozenset(COMPANY_HEADS + _ACRONYM_BODY_HEADS + ("部队", "厅", "电视台", "电台", "通讯社", "新闻社", "报社", "总会", "巡回赛", "联赛", "锦标赛"))
#: Heads of a body or a party whose whole name an acronym glosses.
_GLOSSED_BODY_HEADS = _ACRONYM_BODY_HEADS + _PARTY_HEADS
#: Words for a team after a maker's or a club's name (索伯车队（Sauber）), and English words of a gloss that name the
#: team too (Red Bull Racing): else the gloss names what is before them.
_SQUAD_WORDS = ("车队", "球队")
_SQUAD_ENGLISH = re.compile(r"\b(?:team|racing|club|squad|fc|f1)\b", re.I)
#: Heads of a venue, a site or a natural feature, no name alone: a gloss right after one names the place they end.
_PLACE_HEADS = frozenset(VENUE_HEADS + SITE_HEADS + FEATURE_HEADS)


def _place_before_head(norm: str, words: list[tuple[int, int]], end: int, lex: Lexicon) -> int:
    """Where the name begins of a place whose longest head ends at ``end`` (奥尔索普|庄园, 西敏|主教座堂): back over
    the characters common in names before the head and one weaker one with such a character before it (桑德|令|罕,
    西|敏), up to a word of jieba's dictionary not clearly a name's or a place (家族|世居|, 米兰|), at least two;
    else where the head begins."""
    head = end - max(len(h) for h in _PLACE_HEADS if norm.endswith(h, 0, end))
    stops = {i for s, e in words if e - s >= 2 and e <= head - 2 and (
        default_jieba().has_word(word := norm[s:e]) and word not in lex.names and not all(
            lex.odds(c) > CLEAR for c in word) or known_place(word, lex)) for i in range(s, e)}
    start, bridged = head, False
    while start > max(0, head - MAX_NAME_CHARS) and start - 1 not in stops:  # not 世居|奥尔索普, 米兰|蒙特拿破仑
        if lex.odds(norm[start - 1]) > LENIENT:
            start -= 1
        elif not bridged and start >= 2 and lex.odds(norm[start - 1]) > NEVER_IN_NAMES and lex.odds(norm[start - 2]) > LENIENT:
            start, bridged = start - 1, True
        else:
            break
    return start if head - start >= 2 else head


#: Prefixes of a work's or a body's name before the place it spans ("trans-", "pan-", "circum-"), and the English
#: that translates them.
_ACROSS = frozenset("跨泛环")
_ACROSS_ENGLISH = re.compile(r"(?i)(?:trans|pan|circum)[- ]?[a-z]")


def _own_start(norm: str, start: int, end: int, english: str, lex: Lexicon) -> int:
    """Where a glossed name found at [start, end) begins by what its gloss names: past a country the gloss leaves out
    (:func:`_past_country`), back over a prefix it translates (:func:`_across`) or the United Nations its acronym
    opens with (:func:`_of_the_united_nations`)."""
    return _of_the_united_nations(norm, _across(norm, _past_country(norm, start, end, english, lex), english, lex),
                                  english, lex)


#: The United Nations before a mission or a force it sends, and 驻 "stationed in" before the place it is sent to.
_UNITED_NATIONS = re.compile("联合国驻?$")


def _of_the_united_nations(norm: str, start: int, english: str, lex: Lexicon) -> int:
    """``start`` back over 联合国 (and 驻 or a place after it) when the gloss is an acronym that opens with UN:
    联合国驻|黎巴嫩临时部队 (UNIFIL), 联合国|伊拉克|援助团 (UNAMI) are the United Nations' own, not a place's."""
    if not (english.startswith("UN") and _ACRONYM.match(english)):
        return start
    if (m := _UNITED_NATIONS.search(norm, max(0, start - 4), start)) is None and (place := next(
            (n for n in range(4, 1, -1) if known_place(norm[start - n:start], lex)), 0)):
        m = _UNITED_NATIONS.search(norm, max(0, start - place - 4), start - place)  # 联合国|伊拉克|援助团
    return start if m is None else m.start()


def _across(norm: str, start: int, english: str, lex: Lexicon) -> int:
    """``start`` back over 跨, 泛 or 环 before a glossed name that begins with a place (跨|安纳托利亚天然气管道 (TANAP),
    跨|亚得里亚海管道 (TAP)), when the gloss is an acronym or translates the prefix: the work spans the place."""
    if start and norm[start - 1] in _ACROSS and (_ACRONYM.match(english) or _ACROSS_ENGLISH.match(english)) and any(
            known_place(norm[start:start + n], lex) for n in range(2, 6)):
        return start - 1
    return start


#: Demonstratives a gloss may follow (该联盟 (Alliance) "the alliance"): cut as a word of their own, they are no
#: part of the name.
_DEMONSTRATIVES = set("该此")
#: An English gloss in capitals, an acronym: it stands for a term or an organisation of several words, each
#: written in Chinese with a word of two characters or so; a last word no longer than the acronym (情报局 for
#: CIA) is one of them, not the whole (联邦调查局 for FBI).
_ACRONYM = re.compile(r"^[A-Z]{2,9}$")


#: The last answer of :func:`glossed_names` and :func:`listed_glosses`: (the text object, its Simplified text, the
#: glossed names, the listed glosses), as ``review`` asks again for the text whose names it has just found.
_last: tuple[str, str, list[tuple[int, int, str, int, int]], dict[int, str]] | None = None


def _answers(doc: Document, norm: str) -> tuple[list[tuple[int, int, str, int, int]], dict[int, str]]:
    """:func:`_glossed_names` of the text, from memory when asked again for the same text object."""
    global _last
    if _last is None or _last[0] is not doc.text or _last[1] != norm:
        _last = (doc.text, norm, *_glossed_names(doc, norm))
    return _last[2], _last[3]


#: Words for a kind of body that stand before its name, never in it (品牌 "brand", 企业 "enterprise", 厂商 "maker").
_KIND_WORDS = ("品牌", "企业", "厂商")


def glossed_names(doc: Document, norm: str) -> list[tuple[int, int, str, int, int]]:
    """(name start, name end, English, gloss start, gloss end) for each 名字(English) in the text.

    The name is the run of name characters that ends at the parenthesis, or
    else the last word jieba cuts before it (习近平(Xi Jinping)).  A byline's
    "By"/"Von" is not part of the English.  Asked again for the same text object, it answers from memory.
    """
    return list(_answers(doc, norm)[0])


def listed_glosses(doc: Document, norm: str) -> dict[int, str]:
    """Where a name ends → the English of a proper name glossing it before a comma and more notes (杜特蒂
    （Rodrigo Duterte，大陸譯作杜特爾特）, 亞伯達省（Alberta，中國大陸譯為艾伯塔省）): such a gloss says nothing sure
    about where the name begins, which the finder finds otherwise, but a person's full name still tells the person
    from namesakes (塞巴斯汀·杜特蒂, his son)."""
    return dict(_answers(doc, norm)[1])


def _glossed_names(doc: Document, norm: str) -> tuple[list[tuple[int, int, str, int, int]], dict[int, str]]:
    """The glossed names (:func:`glossed_names`) and the listed glosses (:func:`listed_glosses`), in one pass."""
    lex = lexicon()
    found, listed = [], {}
    for m in _GLOSS.finditer(doc.text):
        zh_end = m.start()
        while zh_end > 0 and doc.text[zh_end - 1].isspace():
            zh_end -= 1
        english = BYLINE.sub("", m.group("en"))
        if norm.endswith(_SQUAD_WORDS, 0, zh_end) and not _SQUAD_ENGLISH.search(english):
            zh_end -= 2  # 索伯|车队（Sauber）: the gloss names the maker, not its team
        elif (title := next((t for t in _TITLES_AFTER_NAME if norm.endswith(t, 0, zh_end)), "")) and (
                _TITLES_AFTER_NAME[title] not in re.findall(r"[a-z]+", english.lower())) and (
                lex.name_odds.get(norm[zh_end - len(title) - 1:zh_end - len(title)], -9) > 0 or (
                    lex.name_odds.get(title[0], -9) <= NEVER_IN_NAMES)):
            zh_end -= len(title)  # 戴安娜|王妃（Diana）: a rank the gloss leaves out follows the name; 祖皮|枢机 (Matteo
            # Zuppi): one no name holds, whatever the name's last character
        listed_only = bool(m.group("listed")) and not _CODE.match(english)
        if listed_only and _PROPER_NAME.match(english.strip()):
            listed[zh_end] = english.strip()
        if listed_only and not (norm.endswith(_LISTED_BODY_ENDS, 0, zh_end) and _RENDERING_NOTE.match(norm, m.end())):
            continue  # 丹麦马士基（Maersk，台湾译…）: a name's gloss before a comma says where the name begins no better,
            # unless the name ends in a body's head and another rendering follows (信实工业公司（Reliance Industries，
            # 又译瑞莱斯工业）), as a body's gloss alone does
        if (quoted := _quoted_before(norm, zh_end, bool(_PROPER_NAME.match(english)))) is not None:
            found.append((*quoted, english, m.start("en"), m.end("en")))
            continue
        if zh_end and norm[zh_end - 1] in QUOTE_PAIRS:
            continue  # “去风险”（de-risking）: quotes that hold a term, which the gloss translates
        words = word_spans(norm[max(0, zh_end - MAX_NAME_CHARS):zh_end], max(0, zh_end - MAX_NAME_CHARS), guess=True)
        zh_start, bridged, several = zh_end, False, " " in english.strip()  # a full name glossed: 里安纳度狄卡比奥 (Leonardo DiCaprio)
        while zh_start > max(0, zh_end - MAX_NAME_CHARS) and (
                lex.name_odds.get(norm[zh_start - 1], -9) > 0 or norm[zh_start - 1] in JOINERS or (
                    several and not bridged and zh_start < zh_end and bridges(norm, zh_start - 1, lex))) and not (
                _title_before(norm, zh_start, lex)) and not (
                norm.endswith(PLACE_NOUNS, 0, zh_start)) and not (  # 南部城市|特木科（Temuco）: what the place is
                clause_preposition(norm[zh_start - 1]) and (zh_start - 1, zh_start) in words):
            bridged = bridged or not (lex.name_odds.get(norm[zh_start - 1], -9) > 0 or norm[zh_start - 1] in JOINERS)
            zh_start -= 1  # back to a title at most: 国王|菲利佩六世（Felipe VI）; over one weak character: 里安纳|度|狄卡比奥;
            # never over a preposition jieba cuts alone (独行侠|以|安东尼·戴维斯 "in exchange for Anthony Davis")
        if (body := _calque_start(norm, words, zh_end, english, lex)) is not None or (
                body := _glossed_body(norm, words, zh_end, english, lex)) is not None:
            body = _past_clause_words(norm, words, _own_start(norm, body, zh_end, english, lex), zh_end, lex,
                                      verb_alone=False)  # a body's name may begin with a verb (联合|劳工党 ULP)
            body = _latin_start(norm, _transliteration_before(norm, words, body, english, lex), english)
            if (kind := next((w for w in _KIND_WORDS if norm.startswith(w, body)), "")) and zh_end - body > 4:
                body += len(kind)  # 茶叶品牌|迪尔玛茶业公司（Dilmah）: what kind of body, not its name
            body = _coordinated_start(norm, words, body, zh_end, english, lex)
            if not (listed_only and _inside_name(norm, body, zh_end, lex)):
                end = zh_end - _title_after(norm[body:zh_end], english)
                found.append((_over_zhi(norm, words, body), end, english, m.start("en"), m.end("en")))
            continue
        if any(c.isdigit() for c in english):
            continue  # 英法德三国（E3）: a code glosses a body's name whole, or nothing here
        if zh_start == zh_end or not words:
            clause = _clause_name(norm, words, lex) if _ACRONYM.match(english) else None
            if clause is not None:
                zh_start = clause  # ，台积电（TSMC）
            elif words and _ACRONYM.match(english) and norm.endswith(
                    _ACRONYM_BODY_HEADS + TEAM_HEADS, 0, zh_end) and (
                    (body := _body_start(norm, words, lex, len(english))) < words[-1][0]) and (
                    _begins_clearly(norm, words, body, lex) or sum(s >= body for s, _ in words) == len(english)):
                zh_start = body  # 日本|宇宙航空|研究|开发|机构（JAXA）
            elif words and (body := _acronym_body(norm, words, english, lex)) is not None:
                zh_start = body  # 无国界|医生（MSF）, 日本|造船|联合（JMU）: a name whose last word is no body's head
            else:
                if words and _ACRONYM.match(english) and words[-1][1] - words[-1][0] <= len(english) and (
                        norm[words[-1][0]:zh_end] not in lex.names):
                    continue  # 国内生产|毛额(GDP): the last word is a piece of the term
                zh_start = words[-1][0] if words else zh_end
                if len(words) >= 2 and words[-2][1] - words[-2][0] >= 2 and norm[zh_start:zh_end] in lex.words and (
                        len(spelt := _SPELT_WORDS.findall(english)) >= 2 and _PROPER_NAME.match(english.strip())):
                    zh_start = _translated_start(norm, words, len(spelt), lex)  # 拳头|游戏 (Riot Games)
                if zh_end - (past := past_title(norm, zh_start)) >= 2:
                    zh_start = past  # 魁北克省|长勒高: a title ends inside jieba's word
                if words and " " not in english.strip():
                    zh_start = _brand_before_head(norm, words, lex, _letters(english))
        elif _ACRONYM.match(english) and norm.endswith(_GLOSSED_BODY_HEADS + TEAM_HEADS, 0, zh_end) and (
                (body := _body_start(norm, words, lex, _letters(english))) < zh_start) and (
                _begins_clearly(norm, words, body, lex) and sum(s >= body for s, _ in words) <= len(english) + 1 or (
                    sum(s >= body for s, _ in words) == len(english))):
            zh_start = body  # 执政的|喀麦隆|人民|民主联盟（RDPC）: name characters reached only part of the body's name; 与|哈利斯|
            # 科|新一代|贩毒集团（CJNG）: after a conjunction, as many words as the acronym's letters
        if not _title_before(norm, zh_start, lex):
            zh_start = _trim_start(norm, words, zh_start, zh_end)  # not 部长|卢特尼克, which jieba cuts 部|长卢特|尼克
        if words and words[-1] == (zh_start, zh_end) and (
                " " not in english.strip() or norm[zh_start:zh_end] in _PARTY_HEADS):
            zh_start = _brand_before_head(norm, words, lex, _letters(english))  # 右翼|联盟 (Konfederacja), 公民|联盟 (Civic Coalition)
        if words and norm[zh_start] in _DEMONSTRATIVES and (zh_start, zh_start + 1) in words and zh_end - zh_start > 2:
            zh_start += 1  # 该|联盟 (Alliance): "this alliance", not its name
            if norm[zh_start:zh_end] in lex.words:
                continue
        if " " in english.strip():
            zh_start = _given_name_before(norm, words, zh_start, zh_end, lex, english)
            zh_start = _dotted_given_name_start(norm, zh_start, zh_end, english, lex)
            while zh_start > 0 and lex.is_name_char(norm[zh_start - 1]) and not (
                    default_jieba().has_word(norm[zh_start - 2:zh_start]) and not lex.is_name_char(norm[zh_start - 2])) \
                    and not _title_before(norm, zh_start, lex):
                zh_start -= 1  # 基斯|杜化路兰 (Christopher Nolan), not 球王|费达拿 nor 国王|菲利佩六世: a full name glossed in full
            if norm[zh_end - 2:zh_end] in _LONE_HEADS and (inside := next(((s, e) for s, e in words if s < zh_start < e
                                                                           and norm[s:e] in lex.words), None)):
                zh_start = inside[1]  # not 实验|室公司 (Rocket Lab): a body's name begins where an ordinary word ends
        if " " in english.strip() and (titled := _after_title(norm, zh_start, zh_end)) is not None:
            zh_start = titled  # 導演|約化巴納希 (Jafar Panahi): 化 and 約 too weak to step over, the title says where
        while zh_start < zh_end and norm[zh_start] in NAME_JOINERS:
            zh_start += 1
        if zh_end - zh_start >= 3 and norm[zh_start] in _JOINING_CONJUNCTIONS:
            zh_start += 1  # 亨里克（Henrik）|及|菲利普（Filip）, 基金會|及|英特宜家（Inter IKEA）: the name after "and"
        if " " in english.strip() and zh_end - zh_start > 3 and jieba_tag(norm[zh_start]) in ("p", "c") and (
                zh_start == 0 or not all_han(norm[zh_start - 1])):
            zh_start += 1  # ，由|納華迪 (Philipp Navratil): a preposition opening the clause, glued to the name
        if zh_end - zh_start < 3 and " " in english.strip() and not any(
                s < (chosen := _chosen_name_before(norm, words, zh_end, lex, zh_end - zh_start < 2)) < e for s, e in words):
            zh_start = min(zh_start, chosen)  # but not 实验|室公司 (Rocket Lab), from inside a word
        if _COMPOUND.match(english):
            zh_start = _compound_start(norm, words, zh_start, lex)  # 摩根|大通 (JPMorgan), 埃克森|美孚 (ExxonMobil)
        if words and norm[zh_start:zh_end] in _PLACE_HEADS:
            zh_start = _place_before_head(norm, words, zh_end, lex)  # 奥尔索普|庄园 (Althorp): the head's own place
        if words and norm[zh_start:zh_end] in _LONE_HEADS:
            zh_start = _body_start(norm, words, lex, _letters(english))  # 美国|公理|太空|公司 (Axiom Space), not 公司
        zh_start = _latin_start(norm, _sounded_start(norm, _own_start(norm, zh_start, zh_end, english, lex), zh_end,
                                                     english, lex), english)
        if zh_end - zh_start >= 3 and _trade_glued(norm, zh_start, zh_end, lex):
            zh_start += 1  # 制药|商礼|来, 药|企礼来 (Eli Lilly): the trade's word ends in the name's first character
        if zh_end - zh_start < 2 and (back := _sounded_back(norm, zh_start, zh_end, english, lex)) < zh_start and (
                back == 0 or norm[back - 1] in LEADING or not all_han(norm[back - 1]) or any(
                    e == back and e - s >= 2 for s, e in words)):
            zh_start = back  # 南缘|里|皮（Llipi）: jieba left one character; the sounds reach back to a word's end
        if zh_end - zh_start < 2 or not any("\u3400" <= c <= "\u9fff" for c in norm[zh_start:zh_end]) or (
                norm[zh_start:zh_end] in _LONE_HEADS or norm[zh_start:zh_end] in _PARTY_HEADS):
            continue  # 新弗拉芒|联盟（N-VA）: a party's head alone names nothing
        if _ACRONYM.match(english) and norm[zh_start:zh_end] in lex.words and norm[zh_start:zh_end] not in lex.names or (
                _CODE.match(english) and (zh_start, zh_end) in words and _term_of_words(
                    [norm[zh_start:zh_end]], lex)) or (
                len(english) == 2 and english.isupper() and not norm.endswith(_GLOSSED_BODY_HEADS, 0, zh_end) and (
                    _term_of_words([norm[s:e] for s, e in words if s >= zh_start], lex))):
            continue  # 人工智能（AI）, 公共投资|基金（PIF）, 电动汽车（EV）: a term, or the last word of a body's name, not a name;
            # 推广|电动|汽车（EV）: two letters after ordinary words, and no body's head, gloss a term
        if norm[zh_end - 1] in DIVISIONS and any(s < zh_start < e for s, e in words):
            continue  # 圣地牙|哥省（Santiago de Cuba）: no name begins inside jieba's word; the finder names the province
        if not any(c in DOTS for c in norm[zh_start:zh_end]) and (
                dotted := _dotted_parts_start(norm, zh_end, english, lex)) is not None and dotted < zh_start:
            zh_start = dotted  # 辛蒂·伍德豪斯·内皮|纳克 (Cindy Woodhouse Nepinak): 皮 too weak to step over, only the
            # last part's end was found
        zh_start = _past_clause_words(norm, words, zh_start, zh_end, lex)
        zh_start = _transliteration_before(norm, words, zh_start, english, lex)
        if " " in english.strip() and norm[zh_start - 1:zh_start] in DOTS:
            zh_start = _dotted_start(norm, zh_start, lex)  # 保有|麦可·寇斯 (Michael Kors): the given name a dot joins
        zh_end -= _title_after(norm[zh_start:zh_end], english)
        zh_start = _country_of_plain_body(norm, _sounded_back(norm, _brand_before_words(norm, zh_start, english, lex),
                                                              zh_end, english, lex), zh_end, english, lex)
        zh_start = _translated_before(norm, words, _coordinated_start(norm, words, zh_start, zh_end, english, lex), zh_end,
                                      english)
        if listed_only and _inside_name(norm, zh_start, zh_end, lex):
            continue  # 塔塔之|子公司（Tata Sons，又译…）: the walk stopped inside the name
        zh_start = _family_name_start(norm, zh_start, zh_end, english, lex)
        found.append((_over_zhi(norm, words, zh_start), zh_end, english, m.start("en"), m.end("en")))
    return [f for f in found if not country_glued_to_acronym(norm, *f[:3], lex)], listed


def _over_zhi(norm: str, words: list[tuple[int, int]], start: int) -> int:
    """Where a glossed name begins that the walk back from its gloss began at or after 之 (月之|暗面 (Moonshot AI),
    天空|之舞公司 (Skydance)): at the word before 之, as no name begins with 之 nor right after it."""
    zhi = start if norm[start:start + 1] == "之" else start - 1
    if zhi >= 1 and norm[zhi] == "之" and all_han(norm[zhi - 1]):
        return next((s for s, e in words if e == zhi), start)
    return start


def _inside_name(norm: str, start: int, end: int, lex: Lexicon) -> bool:
    """What a walk back from a gloss found at [start, end) is part of a name, not one: it begins or follows a
    particle (塔塔之|子公司), or it is an ordinary word (子公司 "subsidiary")."""
    form = norm[start:end]
    return norm[start] in _NO_NAME_OPENERS or norm[start - 1:start] in _NO_NAME_OPENERS or (
        form in lex.words and form not in lex.names)


#: Conjunctions between the things a body's name says it oversees (矿业、石油和天然气委员会); not 与, which joins
#: two parties as often (刚果（金）政府与|刚果河联盟).
_NAME_CONJUNCTIONS = "和、及"
#: Last characters of a noun that names a party, not a thing overseen (政府, 军方, 议会); a body's heads too
#: (欧洲投资银行和|德国复兴信贷银行 (KfW)).
_PARTY_ENDS = tuple("府方局部会院军党")
#: jieba's tags of a common noun, and of a noun of where (海岸 "coast").
_NOUN_TAGS = frozenset(("n", "vn", "nz", "s"))


def _coordinated_start(norm: str, words: list[tuple[int, int]], start: int, end: int, english: str,
                       lex: Lexicon) -> int:
    """Where a body's name begins, glossed by its acronym or its one-word name, that coordinates common nouns after
    its place (委内瑞拉|难民和|移民区域协调平台 (R4V), 卢旺达|矿业、石油和|天然气委员会 (RMB), 欧洲|边境和|海岸警卫局
    (Frontex)): back over each noun and its conjunction to the place before them, which the name holds; ``start``
    when no place is there (中国和|世界卫生组织 is two parties, 中国 no noun)."""
    if end - start < 3 or norm[start:end] in lex.names or not (_CODE.match(english) or _ONE_WORD.match(english)):
        return start

    def noun_before(at: int) -> int | None:
        noun = next((s for s, e in words if e == at and e - s >= 2), None)
        return noun if noun is not None and jieba_tag(word := norm[noun:at]) in _NOUN_TAGS and (
            word not in lex.names and not word.endswith(_PARTY_ENDS + _GLOSSED_BODY_HEADS) and not any(
                word.endswith(h) and len(word) > len(h) for h in COMPANY_HEADS)) else None  # 石油 a trade, 投资银行 a bank

    begin = start
    while begin >= 3:
        if norm[begin - 1] in _NAME_CONJUNCTIONS and (noun := noun_before(begin - 1)) is not None:
            begin = noun  # 石油|和|天然气委员会
        elif (noun := noun_before(begin)) is not None and noun and norm[noun - 1] in _NAME_CONJUNCTIONS:
            begin = noun  # 难民和|移民|区域协调平台: jieba cut the last noun from the body
        else:
            break
    if begin == start:
        return start
    if norm[begin - 2:begin] in _STATE_WORDS:
        begin -= 2  # 安哥拉|国家|石油、天然气和生物燃料管理局 (ANPG): the state's, after its place
    place = next((n for n in range(5, 1, -1) if begin >= n and known_place(norm[begin - n:begin], lex)), 0)
    return begin - place if place else start


def _sounded_back(norm: str, start: int, end: int, english: str, lex: Lexicon) -> int:
    """``start`` back over up to four characters when with them more of the name's first sounds are the first
    consonants of its one-word gloss or of its gloss's last word, each of theirs among them (撒拉|逊人队 (Saracens),
    道|达尔能源 (TotalEnergies), 英力士不列|颠|尼亚队 (INEOS Britannia)): the steps above stopped inside the
    transliteration, at a character jieba glued to the one before, the lexicon knows alone or that is rare in
    names."""
    if _ACRONYM.match(english) or not _PROPER_NAME.match(english):
        return start
    best, words = start, re.findall(r"[a-z]+", _CAMEL.sub(" ", folded(english)).lower())
    one = bool(_ONE_WORD.match(english) or _COMPOUND.match(english))
    for word in words[:1] if one else words[-1:]:
        if len(word) < 4:
            continue  # a name of several words: its last, which a transliteration ends with (英力士|不列颠尼亚队), and
            # all of that word's consonants; not a given name, which a title's last character may sound like
            # (太空人|戈尔布诺夫, Aleksandr Gorbunov)
        wanted = _consonants(word)
        most, rare = _opening_met(norm[start:start + 2], wanted), not one
        for back in range(1, 5):
            char = norm[start - back:start - back + 1]
            if not char or not all_han(char) or char in BESIDE or char in LEADING or _title_before(
                    norm, start - back + 1, lex):
                break
            rare = rare or lex.name_odds.get(char, -9) < _WEAK_NAME_ODDS  # 颠 of 不列颠尼亚: then the whole word's
            met = _opening_met(norm[start - back:start + 2], wanted)  # consonants, three at least, must be met
            if met > most and met > len(_classes(norm[start - back:start])) and (
                    not rare or met == len(wanted) >= 3):
                best, most = min(best, start - back), met
    return best


def _brand_before_words(norm: str, start: int, english: str, lex: Lexicon) -> int:
    """Where a glossed name of several words begins that transliterates its first word and translates the others
    (纳维奥斯|海运|控股公司 (Navios Maritime Holdings)), when the steps above found only the translated words: back over
    up to two ordinary words to the name characters whose consonants are every one of the first word's, three at
    least, and no name character before them; ``start`` when there are none."""
    words = re.findall(r"[a-z]+", _CAMEL.sub(" ", folded(english)).lower())
    if len(words) < 2 or len(words[0]) < 4 or _ONE_WORD.match(english) or len(wanted := _consonants(words[0])) < 3:
        return start
    before = default_jieba().cut(norm[max(0, start - 12):start], False)
    pos = start
    for _ in range(3):
        for size in range(2, 7):
            found = pos - size
            if found < 0 or not all(map(lex.is_name_char, norm[found:pos])):
                break
            if _classes(norm[found:pos]) == wanted and not (found and lex.is_name_char(norm[found - 1])):
                return found
        if not before or len(word := before.pop()) > 2 or not ordinary_word(word, lex):
            break
        pos -= len(word)  # 海运 "shipping", which Maritime's sense in the dictionary does not give
    return start


def _consonants(word: str) -> list[str]:
    """The consonant classes of an English word in order, as :data:`_LETTER_CLASS` classes them (a doubled letter
    once, a digraph as :data:`_DIGRAPH_CLASSES` first sounds it, a silent h left out, a v as the w transliterations
    write it with: 维 of Navios)."""
    classes, i = [], 0
    while i < len(word):
        pair = word[i:i + 2]
        if pair in _DIGRAPH_SOUNDS:
            cls, i = _DIGRAPH_SOUNDS[pair], i + 2
        else:
            cls = ("W" if word[i] == "v" else _LETTER_CLASS.get(word[i], "")) if word[i] != "h" or not classes else ""
            if word[i] == "c" and word[i + 1:i + 2] in ("e", "i", "y"):
                cls = "S"
            i += 1 + (word[i + 1:i + 2] == word[i])
        if cls:
            classes.append(cls)
    return classes


#: The consonant class a transliteration most often gives a digraph inside an English word.
_DIGRAPH_SOUNDS = {"ch": "J", "sh": "S", "zh": "J", "th": "T", "ph": "F", "kh": "K", "wh": "W", "ck": "K"}


def _classes(form: str) -> list[str]:
    """The consonant classes of ``form``'s sound in order, 尔's l among them."""
    return [c.upper() for c in sound_key(form) if c.isupper() or c == "l"]


def _opening_met(form: str, wanted: list[str]) -> int:
    """How many of ``form``'s first consonant classes are the first of ``wanted``."""
    met = 0
    for own, theirs in zip(_classes(form), wanted):
        if own != theirs:
            break
        met += 1
    return met


def _country_of_plain_body(norm: str, start: int, end: int, english: str, lex: Lexicon) -> int:
    """``start`` back over the country before a glossed body's name of ordinary words that do not translate its
    gloss (哈萨克斯坦|国家天然气公司 (QazaqGaz)): "National Gas Company" names a body only with its country, which
    the gloss spells in its own way; not 美国|公理太空公司 (Axiom Space), whose words are the gloss's."""
    form = norm[start:end]
    if len(form) < 4 or not form.endswith(COMPANY_HEADS) or " " in english.strip() or _ACRONYM.match(english):
        return start
    words = default_jieba().cut(form, False)
    wanted = _calque_words(english)
    if not all(ordinary_word(w, lex) or w in lex.words and w not in lex.names for w in words) or any(
            _senses(w) & wanted for w in words):
        return start
    country = next((n for n in range(5, 1, -1) if start >= n and known_place(norm[start - n:start], lex)), 0)
    if not country or start - country > 0 and lex.is_name_char(norm[start - country - 1]) and all_han(
            norm[start - country - 1]):
        return start
    return start - country


def _latin_start(norm: str, start: int, english: str) -> int:
    """Where a name begins that opens with the Latin letters its gloss opens with (PGA|巡回赛（PGA Tour）,
    LIV|高尔夫联赛（LIV Golf）, DP|世界巡回赛（DP World Tour）): the letters are the name's first word, not a
    neighbour's; else ``start``."""
    begin = start
    while begin > 0 and (norm[begin - 1].isascii() and norm[begin - 1].isalnum() or norm[begin - 1] == "&"):
        begin -= 1
    letters = norm[begin:start]
    return begin if letters and re.sub(r"\s", "", english).casefold().startswith(letters.casefold()) else start


def _transliteration_before(norm: str, words: list[tuple[int, int]], start: int, english: str, lex: Lexicon) -> int:
    """Where a body's name begins that an acronym ``english`` glosses with more letters than the words from ``start``
    spell, when a transliteration no dictionary knows is glued before them (阿莫里|体育|组织（ASO）, Amaury Sport
    Organisation): the words of name characters back to a known name (法国) or anything else; else ``start``."""
    if not _ACRONYM.match(english) or sum(s >= start for s, _ in words) >= len(english):
        return start
    begin = _name_words_before(norm, words, start, lex)  # not 沙地阿美|及|阿布扎比国家石油公司（ADNOC）
    return begin if start - begin >= 2 else start


def _name_words_before(norm: str, words: list[tuple[int, int]], end: int, lex: Lexicon, guessed: bool = False) -> int:
    """Where the words of name characters right before ``end`` begin, no dictionary's word or name among them and
    no function character (a conjunction joins another name).  With ``guessed``, a character jieba tags a name's
    counts too (恩盖塔|胡), and so does the last character of a word jieba guessed with them (矿商卢|卡拉)."""
    begin = end
    for s, e in reversed([(s, e) for s, e in words if e <= end]):
        word = norm[s:e]
        if e != begin:
            break
        if not (all(map(lex.is_name_char, word)) or guessed and len(word) == 1 and jieba_tag(word) in NAME_TAGS) or (
                word in lex.names or word in lex.words or any(c in BESIDE for c in word)):
            if guessed and len(word) >= 3 and lex.is_name_char(word[-1]) and not lex.is_name_char(word[-2]) and not (
                    default_jieba().has_word(word)):
                begin = e - 1
            break
        begin = s
    return begin


def _past_clause_words(norm: str, words: list[tuple[int, int]], start: int, end: int, lex: Lexicon,
                       verb_alone: bool = True) -> int:
    """Where a glossed name begins past the clause's words that the walk back took: its verb (加盟|索伯车队（Sauber）;
    unless not ``verb_alone``), an adverb and its verb (成功|取得|中期银行（Mediobanca）, "succeeded in buying"), a
    joining word (加上|女子网球协会（WTA）, "and").  Not a verb after a place, which begins a body's name there
    (义大利|联合信贷银行)."""
    while (word := next(((s, e) for s, e in words if s == start and e - s >= 2), None)) and word[1] <= end - 2:
        text = norm[word[0]:word[1]]
        after = next(((s, e) for s, e in words if s == word[1] and e - s >= 2), None)
        if text in _JOINING_WORDS:
            start = word[1]
        elif known_place(norm[next((s for s, e in words if e == start), start):start], lex):
            break
        elif verb_alone and _verb(text):
            start = word[1]
        elif jieba_tag(text) in ("a", "d") and after and after[1] <= end - 2 and _verb(norm[after[0]:after[1]]):
            start = after[1]
        else:
            break
    return start


#: Words that join a name to another, as 及 and 与 do (加上|女子网球协会（WTA）, "and the WTA").
_JOINING_WORDS = frozenset(("加上", "以及", "连同", "联同"))


def _translated_start(norm: str, words: list[tuple[int, int]], english_words: int, lex: Lexicon) -> int:
    """Where a name glossed in ``english_words`` words begins whose last word is an ordinary one that translates
    the gloss's last (南希·格雷丝·罗曼|太空|望远镜 Nancy Grace Roman Space Telescope, 拳头|游戏 Riot Games): back over
    as many words of the name's as the gloss has, dots not counted; not over punctuation, a function word, a verb,
    a title or a number.  Without it the last word alone (望远镜, 游戏) was proposed with the whole English."""
    start, taken = words[-1][0], 1
    for s, e in reversed(words[:-1]):
        if taken >= english_words:
            break
        word = norm[s:e]
        if word in NAME_JOINERS:
            continue
        if not all_han(word) or any(c in BESIDE for c in word) or TITLE.search(word) or jieba_tag(word)[:1] in (
                "v", "p", "c", "d", "u", "r", "m", "q", "f", "t"):
            break
        start, taken = s, taken + 1
    return _dotted_start(norm, start, lex)


def _dotted_start(norm: str, start: int, lex: Lexicon) -> int:
    """Where the name a dot joins begins that ``start`` is in or right after (南希·格雷|丝·|罗曼: its first part, by
    the walk :func:`.dotted.given_name_start` makes), else ``start``: such a name is whole, however many words jieba
    cut it in."""
    while True:
        dot = start - 1
        while dot >= 0 and start - dot <= _LONGEST_DOTTED_PART and lex.is_name_char(norm[dot]):
            dot -= 1  # over the characters of the part before ``start`` (格雷|丝), not over a clause (米拉·穆拉蒂|创办的)
        reach = max(0, dot - _LONGEST_DOTTED_PART)
        if dot < 1 or norm[dot] not in DOTS:
            return start
        if (begin := given_name_start(norm, SortedSpans(word_spans(norm[reach:dot], reach)), dot, reach, lex)) < 0 or (
                begin >= dot):
            titled = next((dot - k for k in range(2, 5)
                           if all_han(norm[dot - k:dot]) and _title_before(norm, dot - k, lex)), None)
            return titled if titled is not None else start  # 老板|活地·莊遜 (Woody Johnson): a title says where the
            # given name begins, whatever its characters
        start = begin


#: The words of a gloss that Chinese words translate or spell, initials aside (A.P. of A.P. Moller Holding).
_SPELT_WORDS = re.compile(r"(?<!\S)(?![A-Z]\.)[^\s]{2,}")
#: The most characters of a part of a name a dot joins that :func:`_dotted_start` walks over.
_LONGEST_DOTTED_PART = 6


#: Titles written right after a person's name (阿尔瓦利德·本·塔拉勒|王子, 马斯克|先生), with the English words that
#: translate them: a gloss that has none of them names the person alone.
_TITLES_AFTER_NAME = {"王子": "prince", "公主": "princess", "亲王": "prince", "王储": "crown", "国王": "king",
                      "女王": "queen", "王后": "queen", "王妃": "princess", "先生": "mr", "女士": "ms", "夫人": "mrs",
                      "博士": "dr", "爵士": "sir", "勋爵": "lord", "枢机": "cardinal"}


def _title_after(form: str, english: str) -> int:
    """How many characters of a title end ``form``, a full name glossed in English (阿尔瓦利德·本·塔拉勒王子
    (Alwaleed bin Talal), 法兰克·威廉斯爵士 (Sir Frank Williams), 洛朗亲王 (Prince Laurent)); 0 when it has none,
    when too little would be left, or when no dot says a person's name ends before it and its gloss translates the
    title into no rank before a name: then the title is the name's (威尔士亲王 (Prince of Wales))."""
    title = next((t for t in _TITLES_AFTER_NAME if form.endswith(t)), "")
    if not title or len(form) - len(title) < 2 or " " not in english.strip():
        return 0
    words = re.findall(r"[a-z]+", english.lower())
    if words[:1] == [_TITLES_AFTER_NAME[title]] and words[1:2] != ["of"]:
        return len(title)  # 伊利莎伯公主 (Princess Elisabeth), 洛朗亲王 (Prince Laurent): the rank, then the name
    dotted = any(j in form for j in JOINERS)
    return len(title) if len(form) - len(title) >= 3 and (dotted or _TITLES_AFTER_NAME[title] not in words) else 0


#: A dotted initial before another (U.S., U.K.): read together, they spell the country's short name.
_INITIALS_DOTTED = re.compile(r"\b([A-Za-z])\.(?=[A-Za-z]\.)")
#: Words of an English gloss that name a country other than by the words of its name (Bank of America, Deutsche Bank).
_DEMONYMS = {"united states": ("america", "american", "us"), "united kingdom": ("british", "britain", "uk", "english"),
             "netherlands": ("dutch", "holland"), "france": ("french",), "switzerland": ("swiss",), "spain": ("spanish",),
             "germany": ("german", "deutsche", "deutsch"), "denmark": ("danish",), "finland": ("finnish",),
             "poland": ("polish",), "turkey": ("turkish",), "greece": ("greek",), "ireland": ("irish",),
             "thailand": ("thai",), "philippines": ("philippine", "filipino"), "sweden": ("swedish",)}


def _past_country(norm: str, start: int, end: int, english: str, lex: Lexicon) -> int:
    """Where a glossed name begins that the text writes after its country (美国|礼来 (Eli Lilly), 澳洲|桑托斯
    (Santos), 英国人|洛登 (Graeme Lowdon)): past the country, and 人 after it, when the gloss does not name the country
    (中国银行 (Bank of China)), and what is left begins with no place (法国|巴黎银行 (BNP Paribas)) nor an ordinary
    word the gloss does not translate (中国|石化 (Sinopec)), and the whole is no name the lexicon knows; ``start``
    otherwise."""
    form = norm[start:end]
    if form in lex.names or not all_han(form) or english.isupper() and " " not in english.strip():
        return start  # 巴基斯坦人民党 (PPP), 捷克电力集团 (ČEZ): an acronym spells the country's part too
    glossed = set(re.findall(r"[a-z]+", _INITIALS_DOTTED.sub(r"\1", folded(english)).lower())) | _calque_words(
        english)  # U.S. Steel: us; Afro Nation: africa
    for cut in range(min(_LONGEST_COUNTRY, len(form) - 2), 1, -1):  # the longest first: 乌兹别克斯坦, not 乌兹别克
        country = lex.names.get(form[:cut])
        if country is None or country.type is not NameType.PLACE or jieba_tag(form[:cut]) != "ns":
            continue
        words = country.key.split()
        if glossed & set(words + [w for w in _DEMONYMS.get(country.key, ())]) or any(
                g[:4] == w[:4] for g in glossed for w in words if len(w) >= 4 and len(g) >= 4):
            return start  # 中国银行 (Bank of China), 日本经济新闻 (Japanese…), 德国电信 (Deutsche Telekom)
        if _opens_alike(form[:cut], english) and _standing(norm, form[:cut], lex) <= norm.count(form) and not (
                form[cut - 1] == "国"):  # 美国|洛克希德马丁 (Lockheed Martin): no transliteration's sounds end in 国
            return start  # 波斯皮席尔 (Vasek Pospisil), 马里乌波尔 (Mariupol): a transliteration's first sounds
        rest = cut + (form[cut] == "人")
        if len(form) - rest < 2:
            return start
        first = form[rest:rest + next(e for s, e in word_spans(form[rest:], 0) if s == 0)]
        if len(first) >= 2 and (jieba_tag(first) == "ns" or ordinary_word(first, lex) and not (
                _senses(first) & _calque_words(english))):  # not 美国|公理太空公司 (Axiom Space): it translates the gloss
            return start
        return start + rest
    return start


#: The most characters of a country's name before a glossed body's (乌兹别克斯坦, 阿拉伯联合酋长国).
_LONGEST_COUNTRY = 8


def _standing(norm: str, name: str, lex: Lexicon) -> int:
    """How often ``name`` is written not as the end of a longer transliteration (比亚 of 埃塞俄比亚 is no mention of
    a place 比亚)."""
    return sum(1 for m in re.finditer(re.escape(name), norm) if not (m.start() and lex.is_name_char(norm[m.start() - 1])))


#: Consonant classes of English first letters, as :mod:`.phonetic` classes pinyin initials (voiced and voiceless
#: together); a vowel opens with none.
_LETTER_CLASS = dict(zip("bpdtgkqjszxcfvhlrmnwy", "PPTTKKKJSSSKFFHLLMNWY"))


#: 尔, which renders an l or an r after a vowel (皮尔巴拉 Pilbara), not a vowel that opens a name.
_CODA_L = "尔"


def _sound_opening(form: str) -> str:
    """The consonant class ``form``'s sound opens with ("" for a vowel), as :data:`_LETTER_CLASS` classes letters."""
    key = sound_key(form)
    return key[:1] if key[:1].isupper() else ""


def _opens_alike(country: str, english: str) -> bool:
    """Whether ``country`` sounds like the start of a word of ``english`` (波斯 / Vasek Pospisil, 马里 / Mariupol):
    then it may be the first syllables of the name's transliteration, not a country before it."""
    opening = _sound_opening(country)
    return any(_LETTER_CLASS.get(word[:1], "") == opening for word in folded(english).lower().split())


def spells_english_start(head: str, english: str) -> bool:
    """Whether the first two sounds of ``head`` are the first two consonants of a word of ``english`` (泽连 / Zelensky,
    特朗 / Trump): a transliteration's opening, not a family name that reads otherwise (野田 / Yoshihiko Noda)."""
    opening = [_sound_opening(c) for c in head[:2]]
    for word in folded(english).lower().split():
        consonants = ([""] if word[:1] in "aeiou" else []) + [_LETTER_CLASS[c] for c in word if c in _LETTER_CLASS]
        if consonants[:2] == opening:
            return True
    return False


#: CC-CEDICT's words for a company in the sense of a brand (起亚 "Kia (motors)", 丰田 "Japanese car make").
_COMPANY_SENSE = re.compile(r"\b(?:company|car make|car maker|manufacturer|motors|brand|corporation)\b")


def company_filed_as_place(form: str, lex: Lexicon) -> bool:
    """A company the lexicon files as a place for want of a type (CC-CEDICT's bare "Honda"): jieba tags it another
    proper noun (本田, 三菱), or CC-CEDICT's senses call it a company (起亚 "Kia (motors)")."""
    return jieba_tag(form) == "nz" or bool(_COMPANY_SENSE.search(sense_texts().get(form, "")))


def _sounded_start(norm: str, start: int, end: int, english: str, lex: Lexicon) -> int:
    """Where a glossed transliteration begins that the steps above found short of its first sounds (科|思创
    (Covestro), 考|夫霍尔德 (Ann-Katrin Kaufhold), 利普列克|山口 (Lipulekh), 艾马尔|地产 (Emaar)): back to the farthest
    character whose sound opens like a word of the gloss (:func:`_opening_before`), when the span found opens like
    none but sounds like the inside of one (思 as the s of Covestro) or is an ordinary word the gloss does not
    translate (山口 "mountain pass")."""
    form = norm[start:end]
    if len(form) < 2 or form in _LONE_HEADS or any(j in form for j in JOINERS) or not _PROPER_NAME.match(english) or (
            _ACRONYM.match(english)) or _title_before(norm, start, lex):
        return start  # 休·格罗夫纳 (Hugh Grosvenor): a dot says where a full name begins
    opening = _sound_opening(form) or ("L" if form[0] == _CODA_L else "")  # 皮|尔巴拉矿业 (Pilbara Minerals)
    words = [w.lower() for w in _CAPITALISED_PARTS.findall(folded(english)) if len(w) >= 3]  # JP|Morgan
    if not opening or any(_LETTER_CLASS.get(w[0], "") == opening for w in words):
        return start  # it opens like a word of the gloss (or with a vowel, as many do): where it begins is no surprise
    ordinary = form not in lex.names and (form in lex.words or all(
        w in lex.words for w in default_jieba().cut(form, False)))  # 矿业|公司 of 皮尔巴拉矿业公司: words the gloss translates
    for word in words:
        if (ordinary or opening in [_LETTER_CLASS[c] for c in word[1:] if c in _LETTER_CLASS]) and (
                found := _opening_before(norm, start, word, lex, most=1, glued_name_chars=True, spelt=False)) is not None:
            return found
    return start


#: The parts of a Latin name, a compound's too (JP|Morgan, Exxon|Mobil): each may open the Chinese name (摩根大通).
_CAPITALISED_PARTS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")


def name_before_by_sound(norm: str, end: int, english: str, lex: Lexicon) -> int | None:
    """Where a full name glossed before a comma and more notes begins (高雲地利（Kirsty Coventry，內地譯考文垂）)
    when nothing found ends there: back from the parenthesis over Han characters, at most as many as the last
    English word has syllables and two more (a transliteration gives a consonant cluster syllables of its own:
    車普吉蒂治 Chepngetich), to the farthest whose sound opens like that word; None when none does, or when the
    stretch is an ordinary word."""
    words = re.findall(r"[a-z]+", folded(english).lower())
    if not words or len(words[-1]) < 3:
        return None
    best = _opening_before(norm, end, words[-1], lex, shortest=2)
    if best is None or (norm[best:end] in lex.words and norm[best:end] not in lex.names):
        return None
    for word in reversed(words[:-1]):  # 杨|立昆 (Yann LeCun): the given name before the surname, undotted
        if (given := _opening_before(norm, best, word, lex)) is None:
            break
        best = given
    return best


def _opening_before(norm: str, end: int, word: str, lex: Lexicon, shortest: int = 1, most: int = 2,
                    glued_name_chars: bool = False, spelt: bool = True) -> int | None:
    """The farthest start, from ``shortest`` characters before ``end`` to as many as ``word`` has syllables and
    ``most`` more (a transliteration gives a consonant cluster syllables of its own), whose character's sound opens
    like the English ``word``, over Han characters that are no function word, punctuation or title.  A character
    too rare in names ends the walk, though it may open the name itself; one that makes a word with the character
    before it opens none (发源|地燕豪芬, 邻|国迦纳), unless ``glued_name_chars`` and it is a name's (商|科思创).  With
    ``spelt``, the sound may open as the word's spelling sounds (a digraph: Ch of Chepngetich; a vowel as a glide:
    亞 of Alberta), else only as its first letter's class."""
    openings = _spelt_openings(word) if spelt else {_LETTER_CLASS.get(word[0], "")}
    best = None
    for back in range(1, len(_VOWEL_GROUPS.findall(word)) + most + 1):
        pos = end - back
        if pos < 0 or not all_han(char := norm[pos]) or char in BESIDE or char in LEADING or (
                _title_before(norm, pos + 1, lex)):
            break
        if back >= shortest and _sound_opening(char) in openings and (
                glued_name_chars and lex.is_name_char(char) or not default_jieba().has_word(norm[pos - 1:pos + 1])):
            best = pos  # 保持者|車普吉蒂治, 首席部长|席达拉迈亚: a weak name character may open the name when the sound says so
        if lex.name_odds.get(char, -9) < _WEAK_NAME_ODDS:
            break
    return best


def _spelt_openings(word: str) -> set[str]:
    """The sound classes a transliteration of the English ``word`` may open with, as its spelling sounds: a
    digraph's (Ch of Chepngetich), a vowel's as a glide too (亞 of Alberta), a soft c's (辛 of Cindy, 塞 of Cecilia),
    else its first letter's class."""
    if word[:1] == "c" and word[1:2] in ("e", "i", "y"):
        return {"S"}
    return _DIGRAPH_CLASSES.get(word[:2]) or ({"", "Y", "W"} if word[0] in "aeiou" else {_LETTER_CLASS.get(word[0], "")})


#: Consonant classes of English digraphs at a word's start, as transliterations render them (Ch: 切, 车, 奇).
_DIGRAPH_CLASSES = {"ch": {"J", "S", "K"}, "sh": {"S"}, "zh": {"J", "S"}, "th": {"T"}, "ph": {"F"}, "kh": {"K", "H"},
                    "wh": {"W", "H"}}
#: Name odds from which a character may stand inside a transliteration the gloss's sound calls for (法 in 拉法基).
_WEAK_NAME_ODDS = -1.0
#: Conjunctions that join two names and begin none (及, 与, 暨; not 和, which begins 和田).
_JOINING_CONJUNCTIONS = frozenset("及与暨")
#: The vowels of one syllable of an English word (Co|ve|stro).
_VOWEL_GROUPS = re.compile("[aeiouy]+")


#: Heads of a body's Chinese name that its English name often leaves out (World Rugby 世界橄榄球|总会).
_UNGLOSSED_HEADS = frozenset(("总会", "公司", "集团", "协会", "联合会", "基金会", "音乐节", "艺术节", "电影节"))
#: English words a name's translation leaves out or that name nothing alone.
_CALQUE_SKIPS = frozenset(("the", "of", "and", "for", "a", "an", "de", "la", "del", "inc", "ltd", "co", "corp"))
#: A capital inside a word that starts another (DeepSeek, OpenAI).
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
#: One word of two names run together, a company's (JPMorgan, ExxonMobil, BlackRock): two capitals and lower case.
_COMPOUND = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})(?=.*[a-z])[A-Za-z]+$")


def _calque_start(norm: str, words: list[tuple[int, int]], zh_end: int, english: str, lex: Lexicon) -> int | None:
    """Where a name begins that translates its gloss word for word (蓝色|起源 (Blue Origin), 游戏|科学 (Game Science)):
    the words before the gloss back to where each English word has one Chinese word that CC-CEDICT gives it as
    a sense; None unless the gloss is a proper name of two words or more, all of them met, and the Chinese is no
    word of its own (人工智能 (Artificial Intelligence) is a term)."""
    if not _PROPER_NAME.match(english):
        return None
    wanted = set(_calque_words(english))
    if len(wanted) < 2:
        return None
    headed = False
    for s, e in reversed(words):
        senses = _senses(norm[s:e])
        met = _met(wanted, senses)
        if not met and e == zh_end and norm[s:e] in _UNGLOSSED_HEADS:
            headed = True
            continue  # 世界|橄榄球|总会 (World Rugby): the body's head, which its English name leaves out
        if not met and headed and e == words[-1][0] and len(wanted) == 2 and norm[s:e] in lex.words and (
                norm[s:e] not in lex.names) and (begin := _name_words_before(norm, words, s, lex, guessed=True)) < s and (
                spells_english_start(norm[begin:s], english)):
            return begin  # 卡马拉|冷冻|公司 (Camara Froid): a founder's name, sounding like the gloss's first word, and
            # the trade in a word the gloss says in another language
        if not met and (ending := _compound_ending(wanted, senses)):
            wanted = wanted - {ending[0]} | {ending[0][:-len(ending[1])]}  # 星|男孩|娱乐 (Starboy Entertainment)
            continue
        if not met or not all_han(norm[s:e]):
            return _named_start(norm, words, e, wanted, english, lex) if e < zh_end else None
        wanted -= met
        if not wanted:
            return s if norm[s:zh_end] not in lex.words and zh_end - s <= MAX_NAME_CHARS else None
    return None


def _met(wanted: set[str] | frozenset[str], senses: frozenset[str]) -> set[str]:
    """The words of ``wanted`` that a word's ``senses`` give, or an adjective or an agent noun of (national of
    nation, manager of manage)."""
    return {w for w in wanted if w in senses or any(
        len(sense) >= 4 and w.startswith(sense) and w[len(sense):] in _DERIVED_ENDINGS for sense in senses)}


#: Endings that make an adjective of a noun a sense names (nation → national, Africa → African), or the doer of a
#: verb (manage → manager, 管理 of Climate Fund Managers; build → builder).
_DERIVED_ENDINGS = frozenset(("al", "n", "an", "ic", "r", "er"))


def _translated_before(norm: str, words: list[tuple[int, int]], start: int, end: int, english: str) -> int:
    """Where a body's name glossed in Latin letters begins when the words right before ``start`` translate words of
    the gloss that the name's own words leave untranslated (开放|人工智能研究中心 (OpenAI), 第一|量子矿业公司 (First
    Quantum Minerals), 环球|港务集团 (DP World)): a verb, an ordinal or an adjective that stopped the walk back is the
    name's when the gloss says it; a word for the body's kind is not (控股公司|穆勒控股, "the holding company Moller
    Holding").  Only for a name that ends in a body's head."""
    if not norm.endswith(_GLOSSED_BODY_HEADS + COMPANY_HEADS, start, end):
        return start
    wanted = {w for w in _calque_words(english) if len(w) >= 3}  # not the s of U.S. Steel, which 的 gives
    for s, e in words:
        if start <= s < end:
            wanted -= _met(wanted, _senses(norm[s:e]))
    while wanted and (word := next(((s, e) for s, e in words if e == start), None)) is not None and all_han(
            before := norm[word[0]:word[1]]) and before not in BESIDE and not before.endswith(
            _GLOSSED_BODY_HEADS + COMPANY_HEADS) and (met := _met(wanted, _senses(before))):  # not 控股公司|穆勒控股
        wanted -= met
        start = word[0]
    return start


def _named_start(norm: str, words: list[tuple[int, int]], end: int, wanted: set[str], english: str,
                 lex: Lexicon) -> int | None:
    """Where a name begins whose gloss the words from ``end`` translate but for its first words, a proper name the text
    transliterates (艾托夏|国家|公园, Etosha National Park; 恩盖塔胡|控股公司, Ngāi Tahu Holdings): back over the words of
    name characters before ``end`` (:func:`_name_words_before`, 矿商卢|卡拉|钻石公司 included, Lucara Diamond); three
    characters or more, or two that open as the English does; else None."""
    opening = english.split()[:len(wanted)]
    if not opening or wanted != set(_calque_words(" ".join(opening))):
        return None
    begin = _name_words_before(norm, words, end, lex, guessed=True)
    return begin if end - begin >= 3 or end - begin == 2 and _opens_alike(norm[begin:end], opening[0]) else None


def _compound_ending(wanted: frozenset[str], senses: frozenset[str]) -> tuple[str, str] | None:
    """A gloss word that ends in a sense of a Chinese word, and that sense (starboy, boy): English writes as one word
    what Chinese translates in two (星|男孩)."""
    return next(((word, sense) for word in sorted(wanted) for sense in sorted(senses)
                 if len(sense) >= 3 and len(word) - len(sense) >= 3 and word.endswith(sense)), None)


@lru_cache(maxsize=4096)
def _calque_words(english: str) -> frozenset[str]:
    """The words of a gloss that :func:`_calque_start` looks for, read once per gloss: a long text glosses the same
    names again and again."""
    return frozenset({_COMBINING_FORMS.get(w, w) for w in (
        _singular(w) for w in re.findall(r"[a-z]+", _CAMEL.sub(" ", folded(english)).lower()))} - _CALQUE_SKIPS)


#: English combining forms and the word for the place they stand for (Afro Nation: 非洲|国度|音乐节).
_COMBINING_FORMS = {"afro": "africa", "euro": "europe", "indo": "india", "sino": "china", "anglo": "england",
                    "franco": "france", "russo": "russia"}


def _compound_start(norm: str, words: list[tuple[int, int]], zh_start: int, lex: Lexicon) -> int:
    """Where a company's name begins that a compound of two words glosses (JPMorgan, ExxonMobil, TotalEnergies): at
    the start of the word ``zh_start`` falls in (道|达尔能源, jieba's 道达尔), and over one name right before it that the
    lexicon knows (摩根|大通) or whose characters all read as a transliteration's (埃克森|美孚)."""
    start = next((s for s, e in words if s < zh_start < e), zh_start)
    before = next(((s, e) for s, e in words if e == start), None)
    if before is not None and all_han(word := norm[before[0]:before[1]]) and len(word) >= 2 and (
            word in lex.names or not ordinary_word(word, lex) and all(lex.odds(c) > LENIENT for c in word)):
        return before[0]
    return start


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=4096)
def _senses(word: str) -> frozenset[str]:
    """The English words of CC-CEDICT's senses of ``word``, or of its characters when it lists no such word (银|湖)."""
    texts = sense_texts()
    return frozenset(_singular(w) for piece in ([word] if word in texts else word)
                     for w in re.findall(r"[a-z]+", texts.get(piece, "")))


#: CC-CEDICT's sense of a city (:func:`sense_texts`).
_CITY_SENSE = re.compile(r"\b(?:capital|city|town)\b")


def city_sense(word: str) -> bool:
    """CC-CEDICT calls ``word`` (Simplified) a city, a town or a capital: a place a region may be named after
    (马德里 of 马德里自治区), a club named after (多特蒙德), or a body meets in (庆州), and no body belongs to."""
    return bool(_CITY_SENSE.search(sense_texts().get(word, "")))


@cache
def sense_texts() -> dict[str, str]:
    """CC-CEDICT's senses of each word of four characters or fewer, in lower case, kept on disk
    (:mod:`bitext.builtcache`): reading CC-CEDICT itself cost a second of the first ``review`` that met a gloss."""
    from ..builtcache import built

    return built("cedict_senses", _build_sense_texts)


def _build_sense_texts() -> dict[str, str]:
    from ..dictionary import cedict

    return {word: " ".join(line.split("/", 1)[1].lower() for line in lines if "/" in line)
            for word, lines in cedict().simplified.items() if len(word) <= 4}


#: Heads of a body's name that its acronym or its own one-word name glosses (沙姆解放组织（HTS）, 库尔德自治区政府
#: （KRG）, 俄罗斯国家原子能公司（Rosatom）, 中央咖啡合作社（Coocentral）, 柔佛新山足球俱乐部（JDT）, 意大利主教团（CEI）).
_BODY_NAME_HEADS = _GLOSSED_BODY_HEADS + ("政府", "办公室", "法院", "军", "部队", "厅", "平台", "管道", "大会", "联合会",
                                           "议会", "合作社", "工会", "研究所", "研究院", "博物馆", "大学", "学院", "医院",
                                           "俱乐部", "乐团", "学会", "商会", "交易所", "主教团")
#: An acronym or a code, capitals with digits (HTS, D66, M23) or accents (ÖVP) and a hyphen's end (SPLM-N), and a
#: body's own name in one word (Rosatom, Fidesz).
_CODE = re.compile(rf"^[{CAPITALS}][{CAPITALS}0-9]{{1,6}}(?:-[A-Z0-9]{{1,2}})?$")
_ONE_WORD = re.compile(r"^[A-Z][a-z\u00df-\u00f6\u00f8-\u00ff]{3,}[A-Z]?$")
#: Verbs news puts right before a body it names, which are the clause's, not the name's (领导|民主进步党, 击败|…联盟):
#: what stands before them is the subject (朱拉尼|领导|沙姆解放组织; 伊比|同属|新民主党, which jieba tags a noun).
CLAUSE_VERBS = frozenset(("领导", "击败", "执行", "主持", "加入", "退出", "支持", "批评", "指责", "率领", "执掌",
                           "出任", "宣布", "起诉", "制裁", "指示", "要求", "呼吁", "会见", "访问", "成立", "组建", "控制", "终结",
                           "挑战", "反对", "接管", "收购", "领衔", "带领", "参加", "出席", "曾任", "担任", "现任", "历任",
                           "兼任", "代表", "同属", "隶属", "属于", "包括", "包含", "涉及", "取代", "邀请", "携手", "联手",
                           "资助", "赞助", "游说", "警告", "谴责", "敦促", "任命", "解散"))
#: The most words of a body's name that a one-word name glosses (青年|民主主义者|联盟 (Fidesz)).
_MOST_WORDS_FOR_ONE = 4


#: An ordinal (第一 "first"), which begins a body's name before its other words (第一民族议会).
_ORDINAL = re.compile("第[一二三四五六七八九十]")


#: jieba's tags of a word of its dictionary that says what a company does, not its brand (广播电视 nt "radio and
#: television", 电信 n).
_TRADE_TAGS = ("n", "nt", "nz", "vn")


def _glossed_body(norm: str, words: list[tuple[int, int]], zh_end: int, english: str, lex: Lexicon) -> int | None:
    """Where a body's name begins that an acronym (HTS, D66), its own one-word name (Rosatom) or a proper name of a
    few words (Hancock Prospecting) glosses, when jieba's last word ends in a body's head; None otherwise, or when
    only a head that names nothing alone (公司) is there.  The name runs back over the body's own words, at most one more than the acronym's characters, and stops
    at punctuation, a function word (的, 与, 被), a title, a descriptor or another party (执政党|革命党, 反对派|公民革命运动,
    左派联盟|广泛阵线), or with the country that begins it (柬埔寨|人民党, 欧洲|人权法院); a verb at its left edge is
    the clause's (领导|民主进步党, 化名朱拉尼领导|沙姆解放组织)."""
    if not words or words[-1][1] != zh_end or not norm.endswith(_BODY_NAME_HEADS, words[-1][0], zh_end):
        return None
    several = False
    if _CODE.match(english):
        most = min(len(english) + 1, _MOST_WORDS_BEFORE_HEAD + 1)
    elif _ONE_WORD.match(english):
        most = _MOST_WORDS_FOR_ONE
    elif _PROPER_NAME.match(english) and 2 <= (spelt := len(english.split())) <= _MOST_WORDS_FOR_ONE:
        most, several = spelt + 1, True  # 汉考克|探勘|公司（Hancock Prospecting）: a word or so a word of the name
    else:
        return None
    if len(head := norm[words[-1][0]:zh_end]) >= 5 and (known := lex.names.get(head)) is not None and (
            known.type is NameType.ORGANISATION):
        before = norm[slice(*words[-2])] if len(words) > 1 else ""
        return words[-2][0] if known_place(before, lex) else words[-1][0]  # 处理|国际货币基金组织（IMF）: a body
        # the lexicon knows whole is its name, with its country before it at most (美国|联邦调查局)
    numbered = any(c.isdigit() for c in english)
    party = norm.endswith(_PARTY_HEADS, words[-1][0], zh_end)
    taken = len(words) - 1
    while taken > 0 and len(words) - taken < most:
        step = next((k for k in (4, 3, 2) if taken >= k and norm[words[taken - k][0]:words[taken - 1][1]] in lex.names), 1)
        word = norm[words[taken - step][0]:words[taken - 1][1]]  # 马哈拉|什|特拉|重建军: a place jieba cut in pieces
        if numbered and (word.isdigit() or jieba_tag(word) == "m"):
            taken -= 1  # 民主|66|党 (D66), 二十|国|集团 (G20)
            continue
        if word in "与和及" and (joined := _joined_by_and(norm, words, taken - 1, lex)) is not None and (
                len(words) - joined <= most):
            taken = joined  # 自由|与|直接|民主党（SPD）: the acronym spells the words on both sides
            break
        if word in "与和及" or (len(word) == 1 and lex.is_name_char(word) and all(
                lex.is_name_char(c) for c in norm[slice(*words[taken])])):
            return None  # 马哈拉|什|特拉: the name goes on past a word that stops the walk
        if _ORDINAL.fullmatch(word):
            taken -= 1  # 第一|民族|议会 (AFN, the Assembly of First Nations): "first" begins the name
            break
        known = lex.names.get(word)
        place = known is not None and known.type is NameType.PLACE
        if "-" in english and word in DASHES + HYPHENS:
            taken -= 1  # 苏丹人民解放运动|－|北方局 (SPLM-N)
            continue
        after = norm[slice(*words[taken])]
        if not _body_word(word, after) and not (word.endswith("党") and after == "人") and not (
                word == _PARTIES and after in _PARTY_HEADS) or (
                word in _PARTY_HEADS or (place and party and not _CODE.match(english))) or describes_body(
                word, taken, words) and not (
                taken - step >= 1 and _spelt_first(norm[slice(*words[taken - step - 1])], english, lex)):
            break  # 澳大利亚|工党（Labor）: a party its own word glosses is named without its country; not
            # 挪威|银行|投资管理公司 (NBIM, Norges Bank Investment Management), a body's word after the place the
            # acronym opens with; but 社会民主党|人|联盟, 砂拉越|政党|联盟 (GPS): a coalition of parties
        taken -= step
        if place:
            taken = _before_place(norm, words, taken, most, english, lex)
            break
    else:
        if several and taken > 0 and _body_word(norm[slice(*words[taken - 1])], norm[slice(*words[taken])]):
            return None  # 俄罗斯天然气工业|石油公司（Gazprom Neft）: a name's words are not counted by its English words
    if len(words) - taken >= most and taken > 0 and _CODE.match(english) and known_place(
            norm[slice(*words[taken - 1])], lex):
        taken -= 1  # 美国|职业|足球|大|联盟（MLS）: the country begins the name, though the acronym spells it not
    if taken > 0 and _stationed_at(norm, words, taken - 1, lex):
        taken -= 1  # 驻|科索沃|部队（KFOR）: a force or an office kept abroad is named with where it is stationed
    edge = words[taken][0]
    if taken < len(words) - 1 and _verb(first := norm[slice(*words[taken])]) and first not in PARTY_OPENERS and (
            several or edge > 0 and all_han(norm[edge - 1]) and norm[edge - 1] != "的") and not (
            _stationed_at(norm, words, taken, lex)):
        taken += 1  # 接受|世界反兴奋剂机构 (WADA), 共同推动|西非国家经济共同体: the clause's verb (not 执政的|联合民族机构),
        # wherever it stands before a name its English words count (。身陷|万盛发集团（Van Thinh Phat）)
    elif taken < len(words) - 1 and taken > 0 and jieba_tag(norm[slice(*words[taken])]) == "d" and (
            jieba_tag(norm[slice(*words[taken - 1])]) in _VERB_TAGS):
        taken += 1  # 是|已故|新民主党 (NDP): an adverb after the clause's verb, though 全体|进步|大会党 (APC) holds one
    if taken < len(words) - 1 and verb_after_adverb(norm, words, taken):
        taken += 1
    taken = max([taken] + [i + 1 for i in range(taken, len(words) - 1) if norm[slice(*words[i])] in CLAUSE_VERBS or (
        taken < i < len(words) - 2 and jieba_tag(norm[slice(*words[i])]) in _VERB_TAGS and _locative(
            norm[slice(*words[i - 1])], lex) and not _spelt_first(norm[slice(*words[i - 1])], english, lex))])
    # not 塞尔维亚|前进|党 (SNS): a verb right before the head is the name's; nor 赞比亚|联合|铜矿…公司 (ZCCM-IH), whose
    # acronym begins with the place's initial: the place begins the name, and the verb after it is the name's too
    if norm[slice(*words[taken])] in _STATE_WORDS and taken < len(words) - 2 and known_place(
            norm[slice(*words[taken + 1])], lex):
        taken += 1  # 国营|土耳其石油公司 "the state's"
    elif norm.endswith(COMPANY_HEADS, words[-1][0], zh_end) and taken < len(words) - 2 and known_place(
            norm[slice(*words[taken])], lex) and not _spelt_first(norm[slice(*words[taken])], english, lex) and (
            brand := norm[slice(*words[taken + 1])]) not in lex.words and not (
            brand.startswith(tuple(_STATE_WORDS))) and not (
            default_jieba().has_word(brand) and jieba_tag(brand) in _TRADE_TAGS):
        taken += 1  # 法国|欧安诺集团: the country of a brand, not one the acronym spells first (以色列|航太工业公司 IAI;
        # but 智利|国家|铜业公司, 土耳其|石油公司, 乌克兰|国家电网|公司,
        # 意大利|广播电视|公司 (RAI): named so)
    elif taken > 0 and norm[slice(*words[taken])] in _STATE_WORDS and known_place(norm[slice(*words[taken - 1])], lex):
        taken -= 1  # 乌克兰|国家|石油|天然气|公司 (Naftogaz): the state whose company it is, past the words counted
    start = words[taken][0]
    if several:
        start = max([start] + [s + 1 for s, e in words[taken:-1] if _party_word_glued(norm, s, e)])
        # 运营|方蓝湖|公司（Blue Lagoon）: 运营方 "the operator", whatever jieba read
        if start > 0 and lex.is_name_char(norm[start - 1]):
            return None  # 纳|维奥斯|海运控股公司（Navios Maritime Holdings）: words counted stop inside a
            # transliteration, which the walk by name characters finds whole
    return start if taken < len(words) - 1 or (zh_end - start >= 2 and norm[start:zh_end] not in _LONE_HEADS) else None
    # not 因纽特人共同体|党（IA）: a head of one character alone names nothing


def _stationed_at(norm: str, words: list[tuple[int, int]], i: int, lex: Lexicon) -> bool:
    """``words[i]`` is 驻 "stationed in" and a place the lexicon knows follows it: the opening of the name of a force
    or an office kept abroad (驻|科索沃|部队, 驻|美国|台北经济文化代表处), no verb of the clause."""
    return i + 1 < len(words) and norm[slice(*words[i])] == "驻" and known_place(norm[slice(*words[i + 1])], lex)


def _before_place(norm: str, words: list[tuple[int, int]], taken: int, most: int, english: str, lex: Lexicon) -> int:
    """The index of the word a body's name begins with whose walk back reached a place at ``words[taken]``: the
    place, or the words before it that are the name's too."""
    before = lambda k: norm[slice(*words[taken - k])] if taken >= k else ""  # noqa: E731 the k-th word before the place
    taken -= before(1) in ("新", "全")  # 新|奥地利|党 (NEOS), 全|印度|国际象棋联合会 (AICF, the All India Chess Federation)
    taken -= len(words) - taken < most and known_place(before(1), lex)  # 因纽特|北极圈|理事会 (ICC): another place
    taken -= bool(before(1)) and english[:1] in _DIRECTION_INITIALS.get(before(1), "")  # 北|德意志|广播公司 (NDR,
    # Norddeutscher Rundfunk): the direction the acronym opens with
    if before(1) in ("和", "及") and known_place(before(2), lex) and len(words) - taken < sum(map(str.isupper, english)):
        taken -= 2  # 丹麦|和|格陵兰|地质|调查局 (GEUS): two places, fewer words from the second than the acronym's letters;
        # not 美国和|英国广播公司 (BBC)
    return taken


#: The initials of the words for a direction in the languages bodies are named in (North, Nord, Norte; Est, Ost).
_DIRECTION_INITIALS = {"北": "N", "南": "S", "东": "EO", "西": "WO"}


def _spelt_first(word: str, english: str, lex: Lexicon) -> bool:
    """An acronym ``english`` begins with the initial of the place the lexicon names ``word`` (Zambia, ZCCM)."""
    known = lex.names.get(word)
    return known is not None and bool(known.english) and _CODE.match(english) is not None and (
        known.english[0].upper() == english[0])


def _joined_by_and(norm: str, words: list[tuple[int, int]], conjunction: int, lex: Lexicon) -> int | None:
    """The index of the word a body's name begins with when "and" at ``conjunction`` is inside it (法律|与|正义党 PiS,
    市长|与|独立人士运动 STAN): one ordinary word before it, which names nothing and is no body of its own, with
    punctuation, a function word or a verb before that; None when "and" joins two names (工党|与|保守党, 美国|与|北约,
    前一天与|绿党, a name of its own after it).  Only a plain noun: a word jieba tags a name, a time or a number, or
    a verb, is no body's word."""
    if conjunction < 1:
        return None
    word = norm[slice(*words[conjunction - 1])]
    if len(word) < 2 or not all_han(word) or word in lex.names or jieba_tag(word) not in _PLAIN_TAGS or (
            word.endswith(_BODY_NAME_HEADS + _PARTY_HEADS)) or word not in lex.words or _verb(word) or (
            norm[slice(*words[conjunction + 1])] in lex.names):
        return None  # not 前一天|与|绿党, a time, nor 移民|及|海关执法局, whose walk a verb would stop
    if conjunction == 1:
        return 0
    before = norm[slice(*words[conjunction - 2])]
    return conjunction - 1 if not all_han(before) or before in BESIDE or before in CLAUSE_VERBS or _verb(before) else None


#: jieba's tags of a plain noun or adjective, the words a body's name may hold before its "and" (市长, 自由).
_PLAIN_TAGS = frozenset(("n", "a", "an", "vn"))


def _locative(word: str, lex: Lexicon) -> bool:
    """``word`` names where something happens, a verb's subject before it (卡塔通博|地区|爆发|民族解放军 "in the
    Catatumbo region broke out"): a place the lexicon knows or a word for a region."""
    return known_place(word, lex) or word.endswith(_REGION_NOUNS)


#: Words for a region that a clause's verb may follow (地区|爆发).
_REGION_NOUNS = ("地区", "地带", "边境", "一带")
#: Words that make a company the state's (国营|土耳其石油公司 "the state's Turkish Petroleum").
_STATE_WORDS = frozenset(("国家", "国营", "国有"))


#: "One of" after a title (创办人之一), which the name after it does not begin with.
_ONE_OF = "之一"


def _after_title(norm: str, zh_start: int, zh_end: int) -> int | None:
    """Where the nearest title before ``zh_start`` ends (导演|约化巴纳希), when only characters that may be in a name
    stand between it and the gloss: a full name glossed in full begins right after its title, however weak its
    first characters are in names.  None when the title ends at ``zh_start`` already or none stands near."""
    for start in range(zh_start, max(0, zh_end - MAX_NAME_CHARS) - 1, -1):
        if TITLE_BEFORE.search(norm, max(0, start - 4), start):
            stretch = norm[start:zh_end]
            return start if start < zh_start and all_han(stretch) and not any(c in BESIDE for c in stretch) and not (
                stretch.startswith(_ONE_OF)) else None  # not 创办人|之一|赞巴达: "one of the founders"
    return None


#: What says the quotes after it hold a name (称她为, 昵称, 绰号, 人称, 名为, 叫做): not a project's name
#: (“星际之门阿联酋”（Stargate UAE）), which a gloss names in its own words.
_NAMING = re.compile("称|叫|号|名为|名叫")
#: Closing quotes and the opening quote of each.
QUOTE_PAIRS = {"”": "“", "」": "「", "』": "『"}
#: A title's marks, which hold a newspaper's or a magazine's name as they hold a book's: a name when it ends as a
#: paper's does (《马卡报》（Marca）, 《日德兰邮报》（Jyllands-Posten）); a book's or a film's title is no name.
_PRESS_TITLE = {"》": "《"}
#: The closing marks a name may stand in right before its gloss, and the opening mark of each.
CLOSING_MARKS = QUOTE_PAIRS | _PRESS_TITLE


def _quoted_before(norm: str, end: int, proper: bool) -> tuple[int, int] | None:
    """The span of a name in quotes (or a paper's in a title's marks) that ends right before a gloss: after a naming
    word (:data:`_NAMING`) the quotes delimit a nickname or a rendering, whatever its characters (称她为“妈妈萨米娅”（Mama Samia）); glossed by
    a ``proper`` name in the language of origin, they delimit a body's, a project's or a law's name, whatever
    words it holds (“失踪者与暴力受害者委员会”（KontraS）, 「數位市場法」（DMA）, “太阳卡特尔”（Cartel de los Soles）).
    None when no quote closes there or the quotes hold no name (no Han, a clause)."""
    opening = CLOSING_MARKS.get(norm[end - 1:end]) if end else None
    start = norm.rfind(opening, max(0, end - MAX_NAME_CHARS), end - 1) + 1 if opening else 0
    if not start:
        return None
    name = norm[start:end - 1]
    if opening in _PRESS_TITLE.values():
        return (start, end - 1) if proper and all_han(name) and name.endswith(PRESS_ENDS) else None
    if proper and 2 <= len(name) and any(c.isalpha() and not c.isascii() for c in name) and not _CLAUSE.search(name):
        return start, end - 1
    return (start, end - 1) if len(name) >= 2 and all_han(name.replace("·", "")) and not any(
        c in BESIDE for c in name) and _NAMING.search(norm, max(0, start - 5), start - 1) else None


#: A name in the language of origin, as a gloss gives it: an acronym (KontraS, DMA) or capitalised words, with the
#: small words names keep (Cartel de los Soles, Stargate UAE, The Lodge); not a term's translation (de-risking).
_PROPER_NAME = re.compile(r"^[A-Z][\w.'’-]*(?: (?:[A-Z0-9][\w.'’-]*|de|del|la|las|los|da|do|dos|por|para|of|the|and|for))*$")
#: What a clause holds and a name in quotes does not: punctuation and spaces.
_CLAUSE = re.compile(r"[\s，。、；：！？,.;:!?]")


#: The most characters of a name an acronym glosses that stands alone in its clause (，台积电（TSMC）).
_SHORT_NAME = 4


def _clause_name(norm: str, words: list[tuple[int, int]], lex: Lexicon) -> int | None:
    """Where a short name glossed by an acronym begins when it is all its clause holds before the gloss, after
    punctuation, a function word or a verb before words jieba guessed (，台|积|电（TSMC）, 兴建|台积|电（TSMC）: jieba
    knows no 台积电), or None: not a term of ordinary words (的|电动汽车（EV）, 的|液化|天然气（LNG）)."""
    start, end = words[-1][1] if words else 0, words[-1][1] if words else 0
    for s, e in reversed(words):
        word = norm[s:e]
        if not all_han(word) or word in BESIDE or (len(word) == 1 and jieba_tag(word) in _FUNCTION_TAGS):
            break  # a function word, not 能 of 人工智能
        if len(word) >= 2 and jieba_tag(word).startswith("v") and end - start >= 2 and not any(
                e2 - s2 > 1 and default_jieba().has_word(norm[s2:e2]) for s2, e2 in words if s2 >= start):
            break  # 兴建|台积|电（TSMC）: a verb before a name jieba does not know, in single characters or guessed words
        start = s
    else:
        if start > 0 and all_han(norm[start - 1]):
            return None  # the words looked at end inside the clause
    name = norm[start:end]
    return start if 2 <= len(name) <= _SHORT_NAME and name not in lex.words and not TITLE.search(name) and not (
        _term_of_words([norm[s:e] for s, e in words if s >= start], lex)) else None


def _term_of_words(words: list[str], lex: Lexicon) -> bool:
    """Every one of ``words`` is a word of jieba's dictionary that it tags no proper noun and that begins with no
    name the lexicon knows, and together they are no such name: a term (液化|天然气, 电动汽车), not a name (台|积|电,
    中巴|经济|走廊, 无国界|医生, 阿联|通讯社, 哥伦比亚革命武装力量)."""
    return "".join(words) not in lex.names and all(
        default_jieba().has_word(w) and jieba_tag(w) not in _PROPER_TAGS and not any(
            w[:n] in lex.names for n in range(2, len(w) + 1)) for w in words)


#: The most characters of a transliterated brand before its head (斯特兰蒂斯|集团).
_LONGEST_BRAND = 6


def country_glued_to_acronym(norm: str, start: int, end: int, english: str, lex: Lexicon) -> bool:
    """A country the lexicon knows, glued to the characters before it and glossed by an acronym that does not
    spell its English (不屈|法国（LFI）, not 阿联酋（UAE）): the gloss is a longer name's, one that ends in the
    country's, and the country is no organisation whatever the gloss says."""
    known = lex.names.get(norm[start:end])
    return bool(_ACRONYM.match(english)) and known is not None and known.type is NameType.PLACE and start > 0 and (
        all_han(norm[start - 1])) and norm[start - 1] not in LEADING and not "".join(
        w[0] for w in re.findall(r"[A-Za-z]+", known.english)).upper().startswith(english[:2])


def _letters(english: str) -> int:
    """How many words an acronym's capitals spell (LLA: 自由|前进|党), 0 for an English that is no acronym."""
    return len(english) if _ACRONYM.match(english) else 0


def _brand_before_head(norm: str, words: list[tuple[int, int]], lex: Lexicon, letters: int = 0) -> int:
    """Where a name glossed by one English word begins when jieba's last word is a head (科技) or ends in one.

    The word before it is taken when it holds a character seen in names
    (闻泰|科技) or the head is a party's cut alone (右翼|联盟); two
    two-character words joined by 与/和 are taken both (法律|与|正义党).
    """
    start = words[-1][0]
    last = norm[start:words[-1][1]]
    if not last.endswith(_NAME_HEADS) or len(words) < 2:
        return start
    before = [norm[s:e] for s, e in words[-3:-1]]
    if len(before) == 2 and before[1] in ("与", "和") and len(before[0]) == 2 and all_han(before[0]) and (
            before[0] not in lex.names):
        return words[-3][0]  # 法律|与|正义党 (PiS), whatever party 正义党 alone is (Justicialist Party)
    joined = [norm[s:e] for s, e in words[-4:-1]]
    if last in _PARTY_HEADS and len(joined) == 3 and joined[1] in ("与", "和") and all(
            len(word) == 2 and all_han(word) and word not in lex.names for word in (joined[0], joined[2])):
        return words[-4][0]  # 民主|与|发展|党 (Chadema): the same, with the head cut alone
    if last in lex.names:
        return start
    if any(lex.name_odds.get(c, -9) > 0 for c in before[-1]) and len(before[-1]) <= 3 and not before[-1].isdigit() and (
            last not in _PARTY_HEADS):
        brand, i = words[-2][0], len(words) - 3
        while i >= 0 and words[i][1] == brand and start - words[i][0] <= _LONGEST_BRAND and all(
                lex.name_odds.get(c, -9) > 0 for c in norm[words[i][0]:words[i][1]]) and (
                norm[words[i][0]:words[i][1]] not in lex.names) and (  # not 中国|闻泰科技, the country before it
                norm[words[i][0]:words[i][1]] not in BESIDE):  # nor 及|国际控股公司, a conjunction
            brand, i = words[i][0], i - 1  # 斯特|兰蒂斯|集团 (Stellantis): a transliterated brand jieba cuts in two
        if norm[brand] in _GLUED_PREPOSITIONS and start - brand >= 3:
            brand += 1  # 出售|给莱雅|集团 (L'Oréal): a preposition jieba's guess glued to the brand
        return brand  # 闻泰|科技: a brand before the head
    if last in _PARTY_HEADS or last in COMPANY_HEADS:
        return _body_start(norm, words, lex, letters)
    return start


#: Prepositions that jieba's guesses glue to the name after them (给莱雅, 向莱雅): no brand begins with one.
_GLUED_PREPOSITIONS = frozenset("给向对从被把由将在于跟")
#: The most words of a body's name before its head: 太空|探索|技术|公司, 宇宙|航空|研究|开发|机构.
_MOST_WORDS_BEFORE_HEAD = 5


def _body_start(norm: str, words: list[tuple[int, int]], lex: Lexicon, letters: int = 0) -> int:
    """Where the name of a body begins whose head jieba cut as the last of ``words`` (联盟, 公司, 机构): the words
    before it that are the body's own, back to a function word, a verb, a title, another party or a camp
    (青年|民主主义|者|联盟 (Fidesz), not 反对党|公民联盟 nor 中间派|公民联盟).  A place before a party is no part of
    its name (波兰|右翼联盟); another body's name begins with its country, and may hold verbs after it
    (美国|太空|探索|技术|公司, 日本|宇宙航空|研究|开发|机构, 加勒比|共同体), never going further back.  An acronym of
    ``letters`` letters glossing the body spells one initial a word: when the words back to that edge are as many,
    a verb among them is the name's too (世界|反|兴奋剂|机构 (WADA), "World Anti-Doping Agency")."""
    head = norm[words[-1][0]:words[-1][1]]
    party = head in _PARTY_HEADS and head not in _REGIONAL_HEADS
    taken, verbs_from = len(words) - 1, None
    while len(words) - taken <= _MOST_WORDS_BEFORE_HEAD and taken > 0:
        if _party_word_glued(norm, *words[taken]):
            return words[taken][0] + 1  # 运营|方蓝湖|公司: 运营方 "the operator", then the company, whatever jieba read
        word = norm[slice(*words[taken - 1])]
        known = lex.names.get(word)
        if known is not None and known.type is NameType.PLACE and verbs_from == taken + 1:
            return words[verbs_from][0]  # 庆州|出席|亚太经济合作会议: a place, then the verb of the clause
        if known is not None and known.type is NameType.PLACE:
            if party and taken >= 2 and norm[slice(*words[taken - 2])] == _GREATER:
                return words[taken - 2][0]  # 大|印尼|运动党 (Gerindra): "Greater Indonesia" names the party
            return words[taken][0] if party else words[taken - 1][0]
        if not _body_word(word, norm[slice(*words[taken])]) or describes_body(word, taken, words):
            break
        if verbs_from is None and ((_verb(word) and jieba_tag(word) != "vn") or jieba_tag(word) in _VERB_TAGS):
            verbs_from = taken  # a verb (not 合作, a verb's noun): the name's only if a country begins it further back
        taken -= 1
    if verbs_from is not None and len(words) - taken == letters and (
            verbs_from != taken + 1 or norm[slice(*words[taken])] in PARTY_OPENERS):
        return words[taken][0]  # not 指示|国家|调查局（NIA）: a name begins with no verb but 争取 (for)
    return words[taken if verbs_from is None else verbs_from][0]


def _party_word_ends(norm: str, pos: int) -> bool:
    """A word for a party to something ends at ``pos`` (投资方 "the investor"), or a verb and 方 (运营方 "the operator",
    组织方), which jieba's dictionary lacks and its guesses glue to the name after it (运营|方蓝湖, a person's name to
    it): no name begins before ``pos``."""
    if norm[pos - 1:pos] != _PARTY_TO:
        return False
    word = norm[max(0, pos - 3):pos]
    return default_jieba().has_word(word) and _party_to(word) or jieba_tag(norm[max(0, pos - 3):pos - 1]) in ("v", "vn")


def _party_word_glued(norm: str, s: int, e: int) -> bool:
    """jieba's word at [s, e) is the 方 of a party word before it and the start of the name after (运营|方蓝湖|公司):
    the name begins one character into it (:func:`_party_word_ends`)."""
    return e - s >= 2 and _party_word_ends(norm, s + 1)


#: "Greater", before a country a party is named after (大印尼运动党, Gerindra).
_GREATER = "大"


def _acronym_body(norm: str, words: list[tuple[int, int]], english: str, lex: Lexicon) -> int | None:
    """Where a name begins that an acronym glosses when its last word is no body's head (无国界|医生（MSF）,
    日本|造船|联合（JMU）, 南韩|综合|股价指数（KOSPI）), or None: the body's words back to a clear start
    (:func:`_body_start`, :func:`_begins_clearly`), two of them at least and no more than the acronym's letters and
    one, a proper noun among them to jieba or the lexicon (not 电动|汽车（EV）, 液化|天然气（LNG）, terms of ordinary
    words); never for an acronym that CC-CEDICT gives a term (IPO "initial public offering")."""
    letters = sum(c.isalpha() for c in english)
    if not _CODE.match(english) or letters < 2 or english in lex.term_acronyms or len(words) < 2:
        return None
    body = _body_start(norm, words, lex, letters)
    first_end = next(e for s, e in words if s == body)
    if norm[body - 1:body] in _AT and known_place(norm[body:first_end], lex):
        body = first_end  # 在庆州|亚太经济合作（APEC）: where it meets, not its name
    own = [norm[s:e] for s, e in words if s >= body]
    name = norm[body:words[-1][1]]
    if not 2 <= len(own) <= letters + 1 or not _begins_clearly(norm, words, body, lex) or (
            name in lex.words and name not in lex.names):
        return None
    return body if name in lex.names or any(w in lex.names or jieba_tag(w) in _PROPER_TAGS for w in own) else None


#: Prepositions of place: a place after one is where something is.
_AT = frozenset("在于赴到")
#: jieba's tags of proper nouns (:data:`.context.NAME_TAGS`) and of abbreviations (阿联, 欧盟).
_PROPER_TAGS = NAME_TAGS | {"j"}


def _begins_clearly(norm: str, words: list[tuple[int, int]], start: int, lex: Lexicon) -> bool:
    """A body's name found back to ``start`` begins there for certain: with its country, or after punctuation, a
    function word or a name and its verb (庆州|出席|亚太经济合作会议) (not in the middle of 美国国土安全部移民|与|海关执法局, longer than the words looked at)."""
    first = next(norm[s:e] for s, e in words if s == start)
    verb = next(((s, e) for s, e in words if e == start), None)
    subject = verb and next((norm[s:e] for s, e in words if e == verb[0]), "")
    known = lex.names.get(first)
    return (known is not None and known.type is NameType.PLACE) or start == 0 or not all_han(norm[start - 1]) or (
        norm[start - 1] in BESIDE and norm[start - 1] not in "与和及") or bool(verb and (
            subject in lex.names or len(subject) == 0 or not all_han(subject)) and jieba_tag(
            norm[verb[0]:verb[1]]) in _VERB_TAGS)  # 夏阿（Amit Shah）|指示|国家调查局（NIA）


def verb_after_adverb(norm: str, words: list[tuple[int, int]], i: int) -> bool:
    """``words[i]``, first of a body's name so far, is one character right after an adverb: the clause's verb, not
    the name's (又|指|国家反贪局 "also said the National Anti-Corruption Bureau"), though jieba tags 指 "finger"."""
    return words[i][1] - words[i][0] == 1 and i > 0 and jieba_tag(norm[slice(*words[i - 1])]) == "d"


def describes_body(word: str, taken: int, words: list[tuple[int, int]]) -> bool:
    """``word``, met walking back from a body's head at ``words[-1]`` past its own words (``taken`` is the index
    after it), ends in a body's head itself: it says what the body is (主权基金|公共|投资|基金（PIF）, "the sovereign
    fund Public Investment Fund") or is a party to something (投资方|黑石|集团, "the investor Blackstone"), while one
    right before the head is the name's (世界银行|集团, 缔约方|大会)."""
    return taken < len(words) - 1 and (word.endswith(_DESCRIBING_HEADS) or _party_to(word))


def _body_word(word: str, after: str = "") -> bool:
    """A word that may stand in a body's own name before the word ``after``: no function word (nor 或经 "or via"),
    title, party or camp (中间派); a word jieba tags an adverb only when it is no verb's adverb (全体|进步|大会党 (APC), not
    加纳|共同|推动|西非国家经济共同体)."""
    tag = jieba_tag(word)
    return all_han(word) and word not in BESIDE and word not in _CLAUSE_TIMES and not TITLE.search(word) and (
        not word.startswith(_OR)) and word not in HELD_BY and (
        not word.endswith(_NOT_BODY_ENDS)) and (
        tag not in _NOT_IN_BODY_NAMES or tag == "d" and len(word) >= 2 and not _verb(word) and (
            jieba_tag(after) not in _VERB_TAGS and not _verb(after)))


#: Words before a body that say whose it is (旗下 "under", 下属 "subordinate"), never its name's.
HELD_BY = frozenset(("旗下", "下属", "所属"))
#: "Or", which begins a clause's word before a body's name (或经|坦赞铁路局 "or via TAZARA"), never a name's.
_OR = "或"


def _party_to(word: str) -> bool:
    """``word`` is a party to something, a word ending in 方 (投资方 "the investor", 主办方 "the organiser"): it says
    what the body after it is, as a trade does; a direction's 方 is a name's (南方|铜业公司, Southern Copper)."""
    return len(word) >= 2 and word.endswith(_PARTY_TO) and word[-2] not in _DIRECTIONS


#: The character that ends a word for a party to a deal or an event (投资方, 运营方, 主办方).
_PARTY_TO = "方"
#: The four directions, before 方 in a name's words (东方, 南方).
_DIRECTIONS = frozenset("东南西北")


def _verb(word: str) -> bool:
    """CC-CEDICT's first sense of ``word`` is a verb's ("to meet with": 会见, which jieba tags a noun)."""
    return word in verbs()


@cache
def verbs() -> frozenset[str]:
    """The words whose first CC-CEDICT sense is a verb's, kept on disk (:mod:`bitext.builtcache`): reading
    CC-CEDICT itself for them was a third of a second of every ``review`` that met a body's name."""
    from ..builtcache import built

    return built("cedict_verbs", _build_verbs)


def _build_verbs() -> frozenset[str]:
    from ..dictionary import cedict

    return frozenset(word for word, lines in cedict().simplified.items() if lines[0].split("/")[1].startswith("to "))


def _title_before(norm: str, pos: int, lex: Lexicon) -> bool:
    """A title ends at ``pos``: a title word (部长, 国王) or a ruler's title after its country (卡塔尔埃米尔|塔米姆)."""
    return bool(TITLE_BEFORE.search(norm[max(0, pos - 4):pos])) or any(
        ruler_title(norm, pos - len(title), pos, lex) for title in RULER_TITLES if norm.endswith(title, 0, pos))


def _family_name_start(norm: str, start: int, end: int, english: str, lex: Lexicon) -> int:
    """Where a person's name glossed in full as ``english`` begins when a family name the lexicon knows by one of
    its words stands right before the part found, one or two characters of the given name between: 小泉|进|次郎
    (Shinjiro Koizumi), of which only 次郎 was found, 进 being weak in names.  Else ``start``."""
    said = {w.lower() for w in re.findall(r"[A-Za-z]+", english)}
    if len(said) < 2:
        return start
    for n, between in ((3, 2), (3, 1), (2, 2), (2, 1)):  # a family name of three or two characters, the earliest first
        s = start - between - n
        known = lex.names.get(norm[s:s + n]) if s >= 0 else None
        if known is not None and known.type is NameType.PERSON and known.english.lower() in said and all_han(
                norm[s:end]) and not set(norm[s + n:start]) & (BESIDE | KIN_CHARACTERS | {"之"}):
            return s
    return start


def _trade_glued(norm: str, start: int, end: int, lex: Lexicon) -> bool:
    """The character at ``start`` ends the trade's word before it (制药商, 药企), not the name after it: it is one of
    :data:`_TRADE_ENDS`, after a Chinese character, no title ends before it (部长|商鹏飞, whose surname is 商), and the
    whole is no name the lexicon knows (商汤, SenseTime)."""
    return _ends_trade_word(norm, start) and not lex.is_name_char(norm[start]) and norm[start:end] not in lex.names and (
        not _title_before(norm, start, lex))


def _ends_trade_word(norm: str, pos: int) -> bool:
    """The character at ``pos`` is one of :data:`_TRADE_ENDS` after a Chinese character: it may end a trade's word
    (制药|商, 药|企) that jieba glued to the name after it."""
    return norm[pos] in _TRADE_ENDS and pos > 0 and all_han(norm[pos - 1])


def _trim_start(norm: str, words: list[tuple[int, int]], start: int, end: int) -> int:
    """Move ``start`` past a word that begins before it (人士铁木尔 → 铁木尔), or back to the start of the word
    before the gloss that it stands in (甘迺|迪: 迺 is no name character, yet the word is the name) or before a
    dot, the given name's (路|易莎．冈萨雷斯, 路 rare in names as it is), unless a title or kin word ends there
    (侄子|萨加尔．阿达尼)."""
    for s, e in words:
        if s < start < e:
            if start - s == 1 and _ends_trade_word(norm, s):
                return start  # 芯片|商英|伟达（Nvidia）: "chipmaker" ends in the character jieba glued to the name
            if e == end:
                while s < start and (norm[s] in BESIDE or (norm[s] in DATE_UNITS and s and norm[s - 1].isdigit())):
                    s += 1  # 24|日由康特: jieba glued a date's unit and 由 ("by") to the name
                return s
            if norm[e:e + 1] in JOINERS:  # not 省|长道格·福特: a title's last character glued to the given name
                return start if TITLE_BEFORE.search(norm[max(0, s - 2):start]) or norm[start - 1] in _KIN_ENDS else (
                    past_title(norm, s))
            return e
    return start


#: Last characters of a trade's word for a firm (制药商 "drugmaker", 药企 "drug firm", 药厂), which jieba may glue
#: to the name after them (制药|商礼|来, 药|企礼来).
_TRADE_ENDS = frozenset("商企厂")
#: Last characters of kin words (侄子, 长女, 妻), which jieba may glue to the name after them.
_KIN_ENDS = frozenset("子女妻夫")


def _chosen_name_before(norm: str, words: list[tuple[int, int]], end: int, lex: Lexicon, two: bool) -> int:
    """Where a full name glossed in English begins that is written like a Chinese one, a chosen name (博励治
    (Pierre Poilievre) in Hong Kong) whose characters read as no transliteration: three characters after a
    title (党魁|博励治, 党领|驵勉诚) or beginning with a surname, else (``two``) two after punctuation or a
    function word; ``end`` when none fits."""
    starts = {s for s, _ in words} | {end - 3}  # jieba may glue an unknown first character to the title
    for size in (3, 2) if two else (3,):
        start = end - size
        piece, before = norm[start:end], norm[max(0, start - 4):start]
        if start < 0 or start not in starts or not all_han(piece) or piece in lex.words or TITLE.search(piece) or any(
                c in LEADING for c in piece) or past_title(norm, start) != start:
            continue  # not 首席执行|官富凯: a title ends inside it
        if TITLE_BEFORE.search(before) or (size == 3 and piece[0] in lex.surnames) or (
                not before or not all_han(before[-1]) or before[-1] in BESIDE and norm[start - 1:start + 1] not in lex.words):
            return start  # not 击败|同胞|汉比: 同 ("with") begins the word "compatriot" there
    return end


def _given_name_before(norm: str, words: list[tuple[int, int]], start: int, end: int, lex: Lexicon,
                       english: str = "") -> int:
    """Where a full name glossed by several English words begins: a surname found alone (甘迺迪, 翔平 of
    大谷翔平) takes the word before it when that word is a given name the lexicon knows (约翰), one that translates
    the gloss's first word (老虎|伍兹 (Tiger Woods)) or, for a name of two characters, a word no dictionary knows as
    an ordinary one (大谷, a Japanese family name): the gloss names the whole person, and its first part alone would
    be a fragment."""
    before = [(s, e) for s, e in words if e == start]
    if not before or any(c in JOINERS for c in norm[start:end]) or _title_before(norm, start, lex):
        return start  # 外送员|阿凡 (Affan Kurniawan): a title says where the name begins, whatever jieba cut
    s, e = before[0]
    word = norm[s:e]
    if len(word) == 3 and word[0] in GENERATION:
        word = word[1:]  # 小|罗勃 甘迺迪: the junior's given name
    given = lex.names.get(word)
    first = re.findall(r"[a-z]+", folded(english).lower())[:1]
    if 2 <= len(word) <= 3 and not TITLE.search(word) and not any(c in BESIDE for c in word) and not (
            _party_word_ends(norm, s + 1)) and (
            (given is not None and given.type is NameType.PERSON) or (first and len(first[0]) >= 3 and (
                first[0] in _senses(word))) or (word not in lex.words and word not in lex.names and (
                end - start == 2 or all(map(lex.is_name_char, word))))):
        return s
    return start


def _dotted_parts_start(norm: str, end: int, english: str, lex: Lexicon) -> int | None:
    """Where a full name glossed in full begins when the text writes a dot between each two of the gloss's words
    (辛蒂·伍德豪斯·内皮纳克 (Cindy Woodhouse Nepinak)): back from the gloss over parts of Han characters no function
    word nor character never seen in names, to the given name's start as :func:`_dotted_given_name_start` finds
    it; None when the dots are fewer or another character stands between them."""
    words = re.findall(r"[a-z]+", folded(english).lower())
    pos, dots, part = end, 0, 0
    while len(words) >= 2 and pos > 0 and dots < len(words) - 1:
        char = norm[pos - 1]
        if char in DOTS and part:
            dots, part = dots + 1, 0
        elif not all_han(char) or (char in LEADING or lex.odds(char) <= NEVER_IN_NAMES) and not (
                part and char in _GIVEN_NAME_FUNCTION_CHARS) or part >= LONGEST_PART or (
                _title_before(norm, pos, lex)):
            return None
        else:
            part += 1
        pos -= 1
    if len(words) < 2 or dots < len(words) - 1:
        return None
    start = _dotted_given_name_start(norm, pos + 1, end, english, lex)
    return start if start <= pos else None


def _dotted_given_name_start(norm: str, start: int, end: int, english: str, lex: Lexicon) -> int:
    """Where a dotted full name glossed in full begins when the given name before its dot was found short of its
    first sounds (維格|·奧柏格 of 路德維格·奧柏格 Ludvig Åberg, 拉|·霍高 of 尼可拉·霍高 Nicolai, 屈克|·康特雷 of 派屈克
    Patrick: 路, 可, 屈 had ended the run): back from the dot over Han characters, no function word but 可 (尼可拉),
    no punctuation and no title, at most as many as the gloss's first word has syllables and two more, to the
    farthest whose sound opens like that word."""
    dot = next((i for i in range(max(0, start - 1), end) if norm[i] in JOINERS), None)  # 尼可拉|·|霍高: the
    first = re.findall(r"[a-z]+", folded(english).lower())[:1]  # walk back stopped at the dot
    if dot is None or not first or len(first[0]) < 3:
        return start
    word = first[0]
    openings = _spelt_openings(word)
    given = start if start < dot else dot  # where the given name found begins (none yet: at the dot)
    if given < dot and _sound_opening(norm[given]) in openings:
        return start  # 沃夫冈|·保时捷 (Wolfgang): it opens as the gloss does, so it is whole (not 孙|沃夫冈)
    best, stop, most = start, -1, len(_VOWEL_GROUPS.findall(word)) + 2
    for pos in range(dot - 1, max(-1, dot - 2 - most), -1):  # one past the farthest, to see what stands before it
        char = norm[pos]
        if not all_han(char) or char in LEADING and char not in _GIVEN_NAME_FUNCTION_CHARS or (
                char in KIN_CHARACTERS or _title_before(norm, pos + 1, lex)):
            stop = pos
            break
        if pos < best and dot - pos <= most and _sound_opening(char) in openings:
            best = pos
    return best if best == 0 or best - 1 == stop or _word_ends_at(norm, best, lex) else start  # right after the word
    # before it (的|路德維格, 兄弟|尼可拉, 渔民|西于尔聚尔),
    # not inside a name the walk went past (队长|沙|欣·阿夫里迪: 长沙 is a city, 欣 opens like Shaheen)


def _word_ends_at(norm: str, pos: int, lex: Lexicon) -> bool:
    """An ordinary word of two characters, no name's, ends at ``pos`` (渔民|西于尔聚尔 "the fisherman Sigurður")."""
    word = norm[max(0, pos - 2):pos]
    return len(word) == 2 and word in lex.words and not all(map(lex.is_name_char, word))


#: Function words' characters that transliterations also use inside a given name (尼可拉 Nicolai, 可妮莉雅; 于尔根
#: Jürgen, 西于尔聚尔 Sigurður).
_GIVEN_NAME_FUNCTION_CHARS = frozenset("可于")


#: Words of an English name that make it an organisation's, wherever they stand (Liberal Party of Canada, Bank
#: of England), or a place's after its first word (Burlington City, Gulf of Guinea is another rule's).
_ORGANISATION_WORDS = frozenset(
    "party coalition alliance front union league movement committee commission council institute foundation bank "
    "agency bureau ministry department corporation company group association federation organisation organization "
    "university college parliament assembly congress church club authority board fund network broadcasting community "
    "inc ltd plc games studio studios pictures records lab labs laboratories holding holdings partners capital "
    "ventures technologies systems industries entertainment media motors airlines airways energy team racing fc "
    "court tribunal police army navy forces service services office society academy school orchestra "
    "mining resources steel pharmaceuticals pharma retailing insurance securities logistics electronics chemicals "
    "shipyard shipbuilding exchange cartel summit festival awards award prize prizes "
    "ab ag asa nv bv spa gmbh oyj llc corp limited".split())  # a trade, a company's legal form (Investor AB)
PLACE_WORDS = frozenset(
    "city province state county district region island islands river lake mountains sea ocean bay strait peninsula "
    "airport station square stadium arena bridge harbour harbor valley desert cemetery cathedral tower port field "
    "mount hills coast canal basin delta".split())
#: First words of a place's English that say where it lies (Western Australia, Upper Austria, Greater Manchester).
_PLACE_OPENERS = frozenset("north south east west northern southern eastern western central upper lower greater".split())


def type_of_english(english: str) -> NameType | None:
    """What an English gloss names by its words: an organisation (Liberal Party of Canada, Civic Coalition, an
    acronym), a place (Kowloon City, Western Australia), else None (a person's name, or a word alone such as Konfederacja)."""
    if re.fullmatch(r"[A-Z][A-Za-z]?[A-Z]{1,4}", english.strip()):
        return NameType.ORGANISATION  # BBC, WHO, PiS: an acronym names a body
    words = re.findall(r"[a-z]+", english.lower())
    if len(words) < 2:
        return None
    if _ORGANISATION_WORDS.intersection(words) or re.search(r"\b(?![IVXLC]+\b)[A-Z]{3,}\b", english):
        return NameType.ORGANISATION  # Stargate UAE: no one's name holds an acronym, but a regnal number (Leo XIV)
    if PLACE_WORDS.intersection(words[1:]) or words[0] in _PLACE_OPENERS:
        return NameType.PLACE
    return None
