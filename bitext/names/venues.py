"""Venues, buildings, stations and cemeteries: a head noun and the words that name it (啟德體育園,
新聖女公墓, 近鐵大和西大寺站)."""

from __future__ import annotations

import re

from ..model import Document
from ..segment import default_jieba
from .context import (BESIDE, DOTS, HYPHENS, LEADING, NAME_TAGS, PHRASE_BREAKS, PLACE_BEFORE, PLACE_ENDS, STRAY_TAGS, TITLE, TITLE_BEFORE,
                      VENUE_HEADS, ends_word_before, jieba_place, jieba_tag, known_place, transliteration)
from .lexicon import Lexicon
from .spans import Candidate, SortedSpans


#: An oasis or a pyramid is named by the words before its head as a venue is (锡瓦|绿洲, 胡夫|金字塔).  Not a mine's
#: or a base's head: after a city the venue takes the city's name, and 巴黎|桑特监狱 is a prison in Paris.
_VENUE = re.compile("|".join(sorted(VENUE_HEADS + ("绿洲", "金字塔"), key=len, reverse=True)))
#: What follows 站 when it is the verb "stand" (站在, 站着, 站起来), not a station.
_STAND_AFTER = set("在着了起住到出立满")
#: What says which leg of a tour 站 is (今站, 本站 "this round", 上站, 下站, 首站, 分站 "a round"), never a name.
_THIS_LEG = set("今本该此每上下首末分")
#: Verbs of going that stand before a venue, never in its name (总统奥恩|到|机场迎接).
_GOING = set("到赴往抵")
#: Ordinary words between a venue's name and its head (特里布万|国际|机场, 圣詹姆斯|公园|球场 St James' Park,
#: 萨勒曼|国王|体育场): what stands before them names it still.
_BETWEEN_NAME_AND_HEAD = frozenset(("国际", "公园", "国王", "王子", "纪念"))
#: How many characters may name a venue before its head.
_VENUE_NAME_CHARS = 8


def _name_end(norm: str, head: int, para_start: int) -> int:
    """Where the words naming the venue whose head begins at ``head`` end: before the ordinary words and titles
    that stand between them and the head (特里布万|国际|机场, 萨勒曼|国王|国际|体育场)."""
    end = head
    while (modifier := next((w for w in _BETWEEN_NAME_AND_HEAD if norm.endswith(w, para_start, end)), "")):
        end -= len(modifier)
    return end


def venues(norm: str, words: SortedSpans, para_start: int, para_end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Venues in a paragraph: a head noun (:data:`VENUE_HEADS`) that stands as a word of its own, and the words
    before it back to a place the lexicon or jieba knows (奈良市|近鐵大和西大寺站: any words, 和 too) or else to
    punctuation or a function word (的|啟德體育園).  What names it must be no single ordinary word (not 火车|站,
    学校|礼堂): an ordinary word and a head are a common noun."""
    found: list[tuple[int, int]] = []
    starts = {s for s, _ in words.overlapping(para_start, para_end)}
    ends = {e for _, e in words.overlapping(para_start, para_end)}
    for m in _VENUE.finditer(norm, para_start, para_end):
        if m.start() not in starts or m.end() not in ends:
            word = next(((s, e) for s, e in words.overlapping(m.start(), m.end()) if e == m.end() and e - s >= 5), None)
            place = word and next((word[0] + n for n in (4, 3, 2) if known_place(norm[word[0]:word[0] + n], lex)), None)
            if place and word[1] - place >= 3 and jieba_tag(norm[place:word[1]]) in NAME_TAGS:
                found.append((place, word[1]))  # 北京|人民大会堂: a venue jieba glues to its city
            elif whole := _venue_word(norm, words, m.start(), m.end(), lex):
                found.append(whole)  # 圣彼得大教堂: a venue jieba's dictionary holds whole
            continue  # 食堂, 天堂, 市场: the head is part of a word
        if m.group() == "站" and (norm[m.end():m.end() + 1] in _STAND_AFTER or (
                norm[m.start() - 1:m.start()] in _THIS_LEG)):
            continue  # 小玄子站在门口: 站 "stand", a verb; 比安奇|今站 "this round", 分站 "a round": no station's name
        name_end = _name_end(norm, m.start(), para_start)
        begin = _venue_start(norm, words, m.start(), name_end, para_start, lex)
        if begin is None:
            continue
        if found and found[-1][0] < begin < found[-1][1] and not _VENUE.match(norm, begin):
            continue  # 维拉纳国际机场|新客运大楼: begun inside the name of the venue before it, a building that venue
            # holds, described, not named (but 柏林市政厅|白色大厅, begun at its head, is the hall's name)
        if found and found[-1][1] == begin:
            begin = found.pop()[0]  # 工會大廈|圓柱大廳: a hall inside a building is named by both
        if name_end - begin < 2 and (
                place := place_start_before(norm, words, begin, para_start, lex)) is not None:
            begin = place  # 维拉|纳国际机场 (Velana): one character names no venue, the "place" before it begins the name
        lead = next((e for s, e in words.overlapping(begin, begin + 1) if s == begin and e - s >= 2
                     and jieba_tag(norm[s:e]) == "t"), begin)
        if m.start() - lead >= 2:
            begin = lead  # 本季|斯卡拉歌剧院 "this season, La Scala": a time before the venue's name
        named = norm[begin:m.start()]
        if m.group() == "站" and known_place(named, lex):
            continue  # 华伦西亚|站, 布达佩斯|站: a city's 站 is the leg of a tour held there as often as a station
        if any(named[:k] in lex.names and named[:k].endswith(VENUE_HEADS) for k in range(2, len(named) + 1)):
            continue  # 西敏寺|大教堂: a venue the lexicon names, then what it is ("the great church")
        if len(named) < 2 or named in lex.words or (default_jieba().has_word(named) and jieba_tag(named) not in NAME_TAGS) or any(
                not ("\u3400" <= c <= "\u9fff" or c in DOTS + HYPHENS) or c in "一二三四五六七八九十百千两几这那该此其每某各"
                for c in named) or named[0] in DOTS + HYPHENS:
            continue
        found.append((begin, m.end() + (2 if norm.startswith("乐团", m.end()) else 0)))  # 苏黎世音乐厅|乐团: an orchestra
        # named after its hall (the Tonhalle, the Concertgebouw, the Gewandhaus)
    return found


#: Words for a sponsor's trade that an arena's name holds after the sponsor's own (阿美兰特|银行|体育馆, Amerant Bank
#: Arena; 丰业|银行|体育馆, Scotiabank Arena; 阿提哈德|航空|球场).
_SPONSORS = frozenset(("银行", "航空", "保险", "能源", "电信", "汽车"))


def _venue_word(norm: str, words: SortedSpans, head: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The word ending with the head at [head, end) when jieba's dictionary tags it a name (圣彼得大教堂, 天安门广场),
    or None: not a common noun (商业|中心), nor a country and a venue the lexicon knows (美国|白宫) or a city's 站."""
    whole = next(((s, e) for s, e in words.overlapping(head, end) if e == end and e - s >= end - head + 2), None)
    if whole is None or jieba_tag(norm[whole[0]:end]) not in NAME_TAGS or norm[whole[0]:head] in lex.words:
        return None
    if any(known_place(norm[whole[0]:whole[0] + n], lex) and (norm[whole[0] + n:end] in lex.names or (
            norm[whole[0] + n:end] == "站")) for n in (2, 3, 4)):
        return None  # 美国|白宫; 香港|站, the Hong Kong leg of a tour as often as a station
    return whole


def _venue_start(norm: str, words: SortedSpans, head: int, end: int, para_start: int, lex: Lexicon) -> int | None:
    """Where the words naming the venue whose head begins at ``head`` begin, or None; they end at ``end``
    (:func:`_name_end`)."""
    begin = _named_start(norm, words, head, end, para_start, lex)
    if begin is None and end < head:
        return place_start_before(norm, words, end, para_start, lex)  # 仁川|国际|机场: a city and ordinary words
    return begin


def _named_start(norm: str, words: SortedSpans, head: int, end: int, para_start: int, lex: Lexicon) -> int | None:
    """:func:`_venue_start` by the words before the venue's name: a city, or an edge within reach."""
    city = place_start_before(norm, words, head, para_start, lex)
    if city is not None and norm[head:head + 2] != "中心":
        return city - (city > para_start and norm[city - 1] == "圣")  # 奥斯陆|市政厅, 仁川|机场: a venue named by its
        # city alone takes the city's name; 圣|伯多禄广场 (St Peter's Square): with the saint's 圣 before it
    low = max(para_start, end - _VENUE_NAME_CHARS)
    for pos in range(low, end - 1):
        if all("\u3400" <= c <= "\u9fff" and c not in PHRASE_BREAKS and c not in _GOING for c in norm[pos:end]) and (
                not TITLE.search(norm, pos, end)) and (
                place_start_before(norm, words, pos, para_start, lex) is not None) and not _place_cue_at(norm, words, pos) and (
                not _verb_between(norm, words, pos, end, lex)):
            return _past_inner_place(norm, words, pos, end, lex)  # the furthest city within reach (大阪市|南海难波站,
            # not 南海 "South China Sea"); no word between that ends a phrase (九龍東的|啟德), though 和 and 会 may
    pos = end - 2 if norm[end - 2:end] in _SPONSORS and _in_name_before(norm, end - 2, low) else end  # 阿美兰特|银行|
    # 体育馆: past the sponsor's trade to its name
    while pos > low and (_in_name_before(norm, pos, low) or _in_name_word(norm, words, pos)) and not (
            PLACE_BEFORE.search(norm, max(low, pos - 3), pos) or TITLE_BEFORE.search(norm, max(para_start, pos - 4), pos)
            or _verb_ends_at(norm, words, pos, lex)):
        pos -= 1  # 薇拉·鲁宾|天文台, 布拉姆利-摩尔|码头: a person the venue is named after, dot or hyphen and all; not
        # 奥恩到|机场, 总统|…, nor 推动|老特拉福德球场: the clause's verb
    if pos == low and pos > para_start and "\u3400" <= norm[pos - 1] <= "\u9fff" and norm[pos - 1] not in LEADING:
        return None  # no edge within reach: a clause, not a name
    if pos > low and _verb_ends_at(norm, words, pos, lex) and not any(c in DOTS for c in norm[pos:end]) and not any(
            transliteration(norm[i:i + 3], lex) for i in range(pos, end - 2)):
        return None  # 召|两车入|站 "call both cars into the pit": after a verb, a transliteration or a dotted name
        # says a venue is named (推动|老特拉福德球场, 参与|乔莫·肯雅塔国际机场)
    pos = max([pos] + [e for s, e in words.overlapping(pos, pos + 1) if s < pos < e])  # 天主教堂|圣家堂: a word's edge
    while end - pos > 2 and (pos, pos + 1) in words.overlapping(pos, pos + 1) and jieba_tag(
            norm[pos]) in STRAY_TAGS and lex.odds(norm[pos]) < 0:
        pos += 1  # 令|啟德體育園成為…: a verb of the clause, seldom in names, before the venue's name
    if any(norm[s:e] in lex.words and not (norm[s:e] in _SPONSORS and s - pos >= 2) for s, e in words.overlapping(
            pos, end) if e - s >= 2):
        return None  # 去|学校|礼堂: ordinary words, with no place before them to say they name one (but 阿美兰特|银行|
        # 体育馆, an arena named after its sponsor, a bank)
    return pos if pos < end else None


def _in_name_before(norm: str, pos: int, low: int) -> bool:
    """The character before ``pos`` may belong to a venue's name: a Han character that begins no clause, or a dot or
    hyphen between Han characters (not one at ``low``, the reach's edge)."""
    c = norm[pos - 1]
    return c not in LEADING and ("\u3400" <= c <= "\u9fff" or (
        c in DOTS + HYPHENS and pos - 1 > low and "\u3400" <= norm[pos - 2] <= "\u9fff"))


def _in_name_word(norm: str, words: SortedSpans, pos: int) -> bool:
    """The character before ``pos`` is inside a word jieba tags a name, after its first character (the 可 of 圣马可,
    St Mark), though the character alone may begin a clause (可 "but")."""
    return any(e >= pos and s < pos - 1 and jieba_tag(norm[s:e]) in NAME_TAGS for s, e in words.overlapping(pos - 1, pos))


def _verb_between(norm: str, words: SortedSpans, start: int, end: int, lex: Lexicon) -> bool:
    """An ordinary verb (:func:`_ordinary_verb`) stands in [start, end) (鹿特丹港|经营|欧洲货柜码头 "operates the
    terminal at the port"): the words after the city are a clause, not a venue's name."""
    return any(_ordinary_verb(norm, s, e, lex) for s, e in words.overlapping(start, end))


def _verb_ends_at(norm: str, words: SortedSpans, pos: int, lex: Lexicon) -> bool:
    """An ordinary verb (:func:`_ordinary_verb`) ends right before ``pos`` (推动|老特拉福德球场)."""
    return any(e == pos and _ordinary_verb(norm, s, e, lex) for s, e in words.overlapping(pos - 1, pos))


def _ordinary_verb(norm: str, start: int, end: int, lex: Lexicon) -> bool:
    """A word of two characters or more that CC-CEDICT knows and jieba tags a verb (but 圣|依纳|爵, which jieba tags
    a verb, is a transliteration: no word the lexicon knows)."""
    return end - start >= 2 and norm[start:end] in lex.words and jieba_tag(norm[start:end]) in ("v", "vn")


def _past_inner_place(norm: str, words: SortedSpans, pos: int, head: int, lex: Lexicon) -> int:
    """Where a venue's own name begins after the place at ``pos`` when a city of three or more characters follows the
    country there (德国|慕尼黑|安联球场): the city locates the venue as the country does, and is no part of its name."""
    for size in (5, 4, 3):
        if head - (pos + size) >= 2 and (pos, pos + size) in words.overlapping(pos, pos + 1) and known_place(
                norm[pos:pos + size], lex):
            return pos + size
    return pos


def place_start_before(norm: str, words: SortedSpans, pos: int, para_start: int, lex: Lexicon) -> int | None:
    """Where a place the lexicon knows, or a city or region jieba tags a place (奈良市, 高雄市), begins that ends
    right before ``pos``, where a word begins and no function word does (not 西敏|寺, 长眠|于); else None."""
    if norm[pos] in BESIDE or not any(s == pos for s, _ in words.overlapping(pos, pos + 1)):
        return None
    for size in (5, 4, 3, 2):
        if pos - size < para_start:
            continue
        form = norm[pos - size:pos]
        one_word = (pos - size, pos) in words.overlapping(pos - 1, pos)
        if known_place(form, lex) or (one_word and form[-1] in PLACE_ENDS + "区" and jieba_place(form)):
            return pos - size
    return None


def _place_cue_at(norm: str, words: SortedSpans, pos: int) -> bool:
    """A word that introduces a place begins at ``pos`` (挪威|首都|奥斯陆): the venue's name begins after it."""
    return any(s == pos and PLACE_BEFORE.fullmatch(norm[s:e]) for s, e in words.overlapping(pos, pos + 1))


def before_venues(doc: Document, norm: str, found: list[Candidate], places: list[tuple[int, int]],
                  lex: Lexicon) -> list[Candidate]:
    """The names found, each cut where a venue begins inside it (莫斯科|新 of 莫斯科|新圣女公墓; 巴黎|夏特莱剧院, the
    whole venue grown onto its city) when what stays is a name the lexicon knows: the venue's first characters are
    its own, not the end of the city before it; a name that begins a character before a venue, with a character
    that ends a word before it (总统|府|拉莫内达宫, "the presidential palace, La Moneda"), is the venue's alone."""
    spans = SortedSpans(places)
    cut = []
    for c in found:
        inside = [s for s, e in spans.overlapping(c.start, c.end) if c.start < s < c.end <= e]
        if inside and inside[0] - c.start == 1 and ends_word_before(norm, c.start):
            continue  # 总统|府|拉莫内达宫: the character before the venue ends a word (总统府), the venue alone is named
        if inside and norm[c.start:inside[0]] in lex.names:
            c = Candidate(doc.text[c.start:inside[0]], c.start, inside[0], c.gloss)
        cut.append(c)
    return cut
