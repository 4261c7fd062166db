"""Names no glossary lists, found whole in unseen text.

A name is found by what the background lexicon (:mod:`.lexicon`) knows: a
form it lists (拜登, 撒马尔罕, 美国; a form of its regional table, 施紀賢, however
Chinese it looks), or a run of transliteration characters
(沙夫卡特·米尔济约耶夫) kept whole across its joiners and cut at the words
jieba knows around it (更多/哈萨克).  A run that holds an ordinary word
(东西, 金丝) is prose, not a name; two characters count only when the
context says so (a title before, 说/表示 after, a joiner, a gloss).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from ..glossary import NAME_JOINERS
from ..model import Document, NameType
from ..segment import default_jieba
from .context import (AFTER_NAME, BEFORE_OR_AFTER, BESIDE, BODY_HEADS, CLEAR, COMPANY_WORDS, CUE_AFTER, QUALIFIER, clause_preposition, DASHES, DATE_UNITS, DATELINE_DAY, DIVISIONS, EVENT_HEADS, FIRM_HEADS, HYPHENS, JOINER, JOINERS,
                      KIN_CHARACTERS, LEADING, LENIENT, NAME_TITLE, PLACE_ENDS, REGION_WORDS, MIN_NAME_CHARS, NAME_JOINER, NAME_TAGS, NAMING_BEFORE, NEVER_IN_NAMES, NUMERALS, ORDINARY_TAGS, PLACE_HEADS, PLACE_NOUNS,
                      RULER_TITLES, SITE_HEADS, STRAY_TAGS, STRONG, STRONG_RUN, TIME_AFTER, TIME_OPENING, TITLE, TITLE_BEFORE, all_han, beside_kana, body_noun_before, bridges, constant_first,
                      cue_follows, edge_at, generation_before, has_context, head_at, jieba_place, jieba_tag, known_place, name_parts,
                      ordinary_word, past_title, place_cue_before, ruler_before_name, ruler_title, title_before, trade_before,
                      transliteration, VIA)
from .dotted import dotted_names, member_word
from .extents import (REGION_SUFFIXES, before_conjunction, full_names, given_name_end, joined_organisations,
                      named_structure, quoted_whole, split_at_and, split_at_dashes, state_organ, territory_bodies, university_units,
                      whole_place, with_generation, with_given_name, with_head, with_party_opener, with_region_suffix,
                      with_regnal_number)
from .glosses import (COMPANY_HEADS, HELD_BY, LATIN, QUOTE_PAIRS, city_sense, glossed_names, listed_glosses,
                      name_before_by_sound, type_of_english, verbs)
from .lexicon import Lexicon, lexicon
from .listed import paragraph_words
from .phonetic import block, indexed_pairs, similar_all
from .renderings import NICKNAME_STATEMENT, latin_renderings, rendered_spans
from .short_forms import BODY_ENDS
from .spans import Candidate, SortedSpans, any_of, beginnings, disjoint, outside_spans
from .venues import before_venues, place_start_before, venues

#: Characters after a country that say a person's nationality or descent (加拿大籍, 匈牙利裔): no name begins with
#: them, and the country before them is a place of its own.
ORIGIN_SUFFIXES = ("籍", "裔")
#: Similarity of sound from which another name in the text vouches for a run that holds a word (卢比欧/鲁比奥).
VOUCHING_SOUND = 0.82


def _trim(norm: str, words: SortedSpans, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """Drop the ends of a piece that belong to words reaching outside it (更多哈萨克 → 哈萨克),
    but not a name jieba glued to a title (日本首相), and a country or a state a demonstrative points at (该国|约,
    各州: "the country", "each state"), whose characters stand in names too (约旦, 波多黎各)."""
    if _POINTED_DIVISION.match(norm, start, end):
        start += 2
    for s, e in words.overlapping(start, end):
        if _compound(norm, s, e, max(s, start), min(e, end), lex):
            continue
        if s < start < e and start - s == 1 and e <= end and _jieba_name(norm[s:e], lex) and not (
                norm[s] in LEADING or norm[s] in BESIDE or norm[s] in NUMERALS or jieba_tag(norm[s]) in _NO_NAME_OPENING):
            start = s  # 怀|卡托 (Waikato): jieba's dictionary has the name whole, though 怀 is rare in names
        elif s < start < e:
            start = e
        if s < end < e and end - s == 1 and _watered(norm[s:e], lex):
            end = e  # 沃尔维|斯湾 (Walvis Bay): jieba glued the name's last character to the bay's word
        elif norm[s:e] == _AS_FOR_END and s == end - 1 and _AS_FOR.search(norm, max(0, start - _AS_FOR_REACH), start):
            end = s  # 对于…的|穆松达|来说 "for Musonda": the frame's end, not the name's
        elif s < end < e and not (end - s == 1 and e - end == 1 and norm[end] in BESIDE) and not (
                end - s == 1 and any(norm[end - n:end] in lex.names for n in (2, 3, 4) if end - n >= start) and not (
                    norm[s] == "国" and norm[s:e] in lex.words)):
            end = s  # but not 纳瓦利|内在 or 拜|登出: jieba glued a name's last character to the word after it (but
            # 埃托沙|国家|公园: 国 begins "national", whatever short form of a country, 沙国, it ends)
    if _KING_AFTER.match(norm, end - 1) and end - 1 - start >= 2 and norm[start:end] not in lex.names:
        end -= 1  # 萨勒曼|国王|之子 "King Salman's son", jieba's 国|王之子 notwithstanding: 国王 is the title after a name
    return start, max(start, end)


#: "As for …" around a name (对于|穆松达|来说): the end of the frame, which jieba cuts as one word, and its start.
_AS_FOR_END = "来说"
_AS_FOR = re.compile("对于?[^。！？，；]*$")
_AS_FOR_REACH = 20
#: Water a name's last character and it may make a word of jieba's (斯湾, 沃尔维斯湾 Walvis Bay).
_WATER_ENDS = "湾湖河"


def _watered(word: str, lex: Lexicon) -> bool:
    """``word`` is a name's last character and its water (斯|湾 of 沃尔维斯湾), which jieba cuts as one word: no ordinary
    word to cut off the name's end."""
    return len(word) == 2 and word[1] in _WATER_ENDS and lex.is_name_char(word[0]) and word not in lex.words


#: 国王 "king" after a name, not 国 ending a country before a royal word (英国|王室, 英国|王储, 英国|王子).
_KING_AFTER = re.compile("国王(?![室储子妃后朝位冠宫府族权国])")


#: A demonstrative or "each" and a word for a country or a division: no name (该国, 各州, 本市).
_POINTED_DIVISION = re.compile("[该各本此每][国州省市县邦]")


#: jieba's tags of a character that opens no name jieba glued it to: a preposition, a conjunction, an adverb, a
#: locative, a numeral (向|普京, 于|本周, 下|萨克森邦, 两|匹马).
_NO_NAME_OPENING = frozenset(("p", "c", "d", "f", "m", "zg", "r", "u"))


def _jieba_name(word: str, lex: Lexicon, tags: frozenset[str] = NAME_TAGS) -> bool:
    """``word`` is a name jieba's dictionary holds whole, tagged one of ``tags`` (怀卡托, 斯法克斯), of three characters
    or more: no ordinary word of CC-CEDICT's (芬太尼 fentanyl, 罗曼蒂克, which jieba tags so too), and none the lexicon
    knows (保加利亚, found as such)."""
    return len(word) >= MIN_NAME_CHARS and jieba_tag(word) in tags and default_jieba().has_word(word) and (
        word not in lex.words) and word not in lex.names and all_han(word)


def _counted(norm: str, start: int) -> bool:
    """A number's unit at ``start``, after its digits (15万|罗兴亚人, 2亿|卢比 "200 million rupees"): a quantity
    begins there, no name."""
    return norm[start] in _NUMBER_UNITS and start > 0 and (norm[start - 1].isdigit() or norm[start - 1] in NUMERALS)


def _after_number(norm: str, start: int) -> bool:
    """``start`` is right after a number's digits or after its unit (5000|阿里亚里, 数十万|谢克尔): what stands there
    is what the number counts; "several" counts too (数万|谢克尔)."""
    return norm[start - 1:start].isdigit() or start > 1 and (_counted(norm, start - 1) or (
        norm[start - 2] == _SEVERAL and norm[start - 1] in _NUMBER_UNITS))


#: "Several", before a number's unit (数万, 数亿).
_SEVERAL = "数"


def _after_preposition(norm: str, words: SortedSpans, start: int, end: int, lex: Lexicon) -> int:
    """Past a preposition or a conjunction of one character that jieba cuts alone before a clear transliteration of
    four characters or more (因|加泰隆尼亚, "because of Catalonia"); not 因扎吉, whose rest is short, unless 而 soon
    after says "because of … (then)" (关系因|吉布兰参选而破裂, not 主席|因凡蒂诺表示)."""
    if (end - start >= 5 or end - start >= 4 and _cause_around(norm, start, end)) and (
            start, start + 1) in words.overlapping(start, start + 1) and jieba_tag(norm[start]) in (
            "p", "c") and all(map(lex.is_name_char, norm[start + 1:end])):
        return start + 1
    return start


def _cause_around(norm: str, before: int, end: int) -> bool:
    """因 at ``before`` and 而 soon after ``end``: "because of … (then)", 因 a preposition, whatever its odds in names."""
    return norm[before:before + 1] == "因" and "而" in norm[end:end + _CAUSE_REACH]


#: How far after a name 而 may close the 因…而 ("because of … then") around it: a verb or two (参选而).
_CAUSE_REACH = 6


def _compound(norm: str, word_start: int, word_end: int, start: int, end: int, lex: Lexicon) -> bool:
    """True when the word is the name [start, end) plus ordinary words: 日本|首相, 德国|总理 (not 白|俄罗斯, and not
    锦标|赛|及英国: a word's last character is no name's first; but 耶罗尼莫|斯|二世, a name's last and a regnal number)."""
    outside = (norm[word_start:start], norm[end:word_end])
    if outside[0] and min(word_end, end) - start < 2:
        return False
    return any(outside) and all(not part or (len(part) >= 2 and part in lex.words) for part in outside)


#: Characters of a clear transliteration from which a word of jieba's at its start is the name's (克拉|马托尔斯克,
#: 克拉 "carat"): a run so long and strong is one name, where a shorter one may be a word and a name (卢比|欧).
_LONG_RUN = 6


def _drop_word_ends(norm: str, words: SortedSpans, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """Cut ordinary words off the ends of a piece (卡塞诺娃|女士, 东西|里), but not a whole part of a joined
    name (艾哈迈德·沙拉, whatever 沙拉 means on its own) nor a word of its last part (卢拉·达|席尔瓦), nor the last
    word before a site's head (潘|切沃|炼油厂: the site's name, whatever its characters), nor the first word of a
    long clear transliteration (:data:`_LONG_RUN`) or of one right after a title."""
    inside = [(s, e) for s, e in words.overlapping(start, end) if start <= s and e <= end and e - s >= 2]
    long_run = (end - start >= _LONG_RUN or bool(TITLE_BEFORE.search(norm, max(0, start - 4), start))) and (
        transliteration(norm[start:end], lex))  # or one a title introduces (主席|拉比耶, 拉比 "rabbi")
    for s, e in inside:
        if s == start and norm[s:e] in lex.words and e < end and norm[e] not in JOINERS and not (
                long_run and not (jieba_tag(norm[s:e]).startswith("v") or norm[s:e] in verbs())):
            start = e  # 东西|里; 加盟|索伯, a verb, however long the transliteration after it
    if norm.startswith(SITE_HEADS, end):
        return start, end
    last_joiner = max((i for i in range(start, end) if norm[i] in JOINERS), default=-_LONGEST_PART - 1)
    for s, e in reversed(inside):
        if e == end and _common_word(norm[s:e], lex) and s > start and norm[s - 1] not in JOINERS and not _watered(
                norm[s:e], lex) and not (
                end - last_joiner <= _LONGEST_PART + 1 and not ordinary_word(norm[s:e], lex)) or (
                e == end and norm[s:e] in _ERA and start <= last_joiner < s - 1):
            end = s  # 乔莫·肯雅塔|时代: a person's era (宁德|时代 is a company's name, whose name has no dot)
    if end - start >= 3 and norm[end - 1] == _NEW and norm[start:end - 1] in lex.names and norm[start:end] not in lex.names:
        end -= 1  # 欧盟|新的, 鸿海|新投资: "new" after a name the lexicon knows begins what follows
    return start, end


#: "New", which a name the lexicon knows does not end in (欧盟|新规), though it is a name character (维新, 张立新).
_NEW = "新"


#: "Era" and "period" after a person's name (乔莫·肯雅塔|时代).
_ERA = ("时代", "时期")


def _common_word(word: str, lex: Lexicon) -> bool:
    """An ordinary word a name may not end in: CC-CEDICT's (女士, 东西), or a word of jieba's dictionary that is
    no name and holds a character never in transliterations (阿尔卡拉斯|赛后, not 泽|伦斯|卡)."""
    return word in lex.words or bool(_TIME_WORD.fullmatch(word)) or (
        word not in lex.names and not all(map(lex.is_name_char, word)) and not jieba_tag(word).startswith("nr"))
    # not 拉姆斯|代尔, a name's end jieba tags a name, nor 港口城市|斯法克斯, one it tags a transliterated name


#: Times a name may run into, which CC-CEDICT lacks and whose characters occur in names (勒克莱尔|本周).
_TIME_WORD = re.compile(f"{TIME_OPENING.pattern}|本年")


def _after_title(norm: str, start: int, end: int, lex: Lexicon) -> int:
    """Where a name begins after a title or kinship word that opens the piece (第一夫人|欧伦娜·泽伦斯卡), or follows
    the place that opens a piece a cue ends (日本马主|藤田晋|表示; not 威尔斯王妃|凯特英文|名字): jieba glues the
    title to the words before it, so the title is no word reaching out of the name, yet not part of it."""
    title = TITLE.match(norm, start, end)
    if title is None and _cue_at(norm, end):
        title = next((t for k in (2, 3, 4) if known_place(norm[start:start + k], lex) and (
            t := TITLE.match(norm, start + k, end))), None)
    if title and end - title.end() >= 2 and norm[start:end] not in lex.names:
        return title.end()
    if (ruler := _after_ruler(norm, start, end, lex)) is not None:
        return ruler
    if end - (past := past_title(norm, start)) >= 2 and norm[start:end] not in lex.names:
        return past  # 首席执行|官西蒙·特罗特: jieba glued the title's last character to the name
    return start


def _sides_of_inner_title(norm: str, words: SortedSpans, start: int, end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """The runs either side of a title jieba cuts whole inside a run of name characters (希俄斯岛|船王|斯塔夫罗斯·
    利瓦诺斯: the island, then the shipowner's name), each of two characters or more, where the name after the title
    is a full one or a cue ends it (not 威尔斯王妃|凯特英文|名字); none where the run is a name the lexicon knows."""
    if norm[start:end] in lex.names or not (NAME_JOINER.search(norm, start, end) or _cue_at(norm, end)):
        return []
    for s, e in words.overlapping(start + 2, end - 2):
        if s >= start + 2 and e <= end - 2 and e - s >= 2 and TITLE.fullmatch(norm, s, e):
            return [(start, s), (e, end)]
    return []


def _after_ruler(norm: str, start: int, end: int, lex: Lexicon) -> int | None:
    """Where a name begins after a ruler's title that opens the piece or follows the country it rules there
    (科威特埃米尔|米沙勒), or None."""
    for k in (0, 2, 3, 4):
        pos = start + k
        if k and not known_place(norm[start:pos], lex):
            continue
        ruler = head_at(norm, pos, RULER_TITLES)
        if ruler and end - pos - len(ruler) >= 2 and ruler_before_name(norm, pos, pos + len(ruler), end, lex):
            return pos + len(ruler)
    return None


#: Postpositions after a place noun (墓园|内, 宫|外, 城|里) and the last characters of such nouns: a garden,
#: hall, palace, ground, room, temple, tomb, town, district, village, building, border, station.
_POSTPOSITIONS = set("内外里")
_PLACE_NOUN_ENDS = set("园馆院宫场厅室堂寺墓城区村楼境站")


def _after_postposition(norm: str, start: int, end: int, lex: Lexicon) -> int:
    """Where a name begins after 内/外/里 that follows a place noun (墓园内|赖沙 "in the cemetery, Raisa"):
    the postposition ends the place phrase; after a title (总理|内塔尼亚胡) 内 begins the name.  中 "during, in" after
    a word ends its phrase when a person the lexicon knows follows (会谈中|川普, not the surname 中川)."""
    if end - start >= 3 and norm[start] in _POSTPOSITIONS and start > 0 and norm[start - 1] in _PLACE_NOUN_ENDS:
        return start + 1
    if end - start >= 3 and norm[start] == _DURING and start >= 2 and default_jieba().has_word(norm[start - 2:start]) and (
            (known := lex.names.get(norm[start + 1:end])) is not None and known.type is NameType.PERSON and known.foreign):
        return start + 1
    return start


#: "During, in", after the word of an event or a text (会谈中, 声明中).
_DURING = "中"


#: Words that stand before a title, not after a name: 宏国|新总统, 美国|前总统, 法国|副总理.
_TITLE_MODIFIERS = set("新前副代原现")


def _before_title_modifier(norm: str, start: int, end: int, lex: Lexicon) -> int:
    """Where a name ends before 新/前/副 that a title follows (宏国新|总统 is 宏国 + 新总统)."""
    if end - start > 2 and norm[end - 1] in _TITLE_MODIFIERS and TITLE.match(norm, end) \
            and norm[start:end] not in lex.names:
        return end - 1
    return end


@cache
def name_characters_class() -> re.Pattern:
    """The lexicon's name characters as one class, by which :func:`_runs` jumps to the next run's start; built once
    per process, as the lexicon is."""
    lex = lexicon()
    return re.compile("[" + re.escape("".join(sorted(c for c in lex.name_odds if lex.is_name_char(c)))) + "]")


def _foreign_place(form: str, lex: Lexicon) -> bool:
    """The lexicon knows ``form`` as a foreign place (首尔 Seoul, not 中山)."""
    return known_place(form, lex) and lex.names[form].foreign


def _runs(text: str, lex: Lexicon, name_characters: re.Pattern) -> list[tuple[int, int]]:
    """Runs of name characters (``name_characters``, :func:`name_characters_class`); across a joiner the parts of one
    name join, with a lenient ear; a run ends at a character of nationality or descent (尼日利亚|裔|英国)."""
    runs = []
    i, n = 0, len(text)
    while i < n:
        if not lex.is_name_char(text[i]) or text[i] in ORIGIN_SUFFIXES or (
                text[i] in DATE_UNITS and i and text[i - 1].isdigit()):  # 10月26|日|东盟峰会: a date's, no name's
            found = name_characters.search(text, i + 1)  # most characters are none: skip them at once
            i = found.start() if found else n
            continue
        j, bridged = i, False
        while j < n and text[j] not in ORIGIN_SUFFIXES and (lex.is_name_char(text[j]) or (
                not bridged and j > i and bridges(text, j, lex))):
            bridged = bridged or not lex.is_name_char(text[j])  # one weak character inside: 泽|连|斯基
            j += 1
        start = i - 1 if i and text[i - 1] not in BESIDE and (any(
            text[i - 1:i + k] in lex.names for k in range(max(2, j - i), _KNOWN_FROM_BEFORE)) or (
                j - i == 1 and _foreign_place(text[i - 1:j], lex))) else i  # 查|戈斯群岛: a name the lexicon knows, as
        # long as the run at least, begins with a character too weak to begin one; 首|尔后 (Seoul, "thereafter"): a
        # foreign place of two, its last character the run
        if j < n - 1 and text[j] in JOINERS:
            while start > 0 and _lenient(text[start - 1], lex):
                start -= 1  # the given name before a joiner: 铁木|尔·乌马罗夫
            if start > 0 and _weak_ok(text[start - 1], lex) and (start == 1 or text[start - 2] in BESIDE or not (
                    "\u3400" <= text[start - 2] <= "\u9fff")):
                start -= 1  # 着|扬尼克·辛纳: a given name's first character rare in names, after a function word
        while j < n - 1 and text[j] in JOINERS and _part_start(text, j + 1, lex):
            k = j + 2
            while k < n and _lenient(text[k], lex):
                k += 1
            j = k
        while start > 1 and text[start - 1] in JOINERS and _lenient(text[start - 2], lex):
            k = start - 1
            while k > 0 and _lenient(text[k - 1], lex):
                k -= 1
            start = k
        if start > 1 and text[start - 1] in HYPHENS and not _lenient(text[start - 2], lex) and _weak_ok(
                text[start - 2], lex):
            start -= 2  # 让-马里·勒庞: a one-character given name (Jean-) rare in names, joined by a hyphen
        if any(c in JOINERS for c in text[start:j]):
            while j < n and _lenient(text[j], lex):
                j += 1  # the surname of a joined name is as lenient as its given name: 本雅明·内塔尼亚|胡
        runs.append((start, j))
        i = j
    return runs


#: How far past a run's first character a name the lexicon knows that begins one character before it is looked
#: for (查|戈斯群岛, Chagos Archipelago).
_KNOWN_FROM_BEFORE = 8


def _given_name_word(norm: str, words: SortedSpans, start: int, end: int, lex: Lexicon) -> int:
    """Where a joined run begins when jieba cuts its given name as a person's name whose first character is rare
    in transliterations (柳德米拉·普京娜 Lyudmila Putina: 柳 is no name character), or as one that ends where the run
    begins (妮可|拉·佛瑞斯特 Nicola Forrest: 可 is a function word's character): the word's start."""
    joiner = next((i for i in range(start, end) if norm[i] in JOINERS), None)
    if joiner is None or end - joiner <= 2:
        return start  # no joiner, or a surname of one character so far (娜·泽|连斯卡娅): the run is cut short
    word = next(((s, e) for s, e in words.overlapping(start - 1, start + 1) if s < start < e <= joiner), None) or next(
        ((s, e) for s, e in words.overlapping(start - 1, start) if e == start and s == start - 2 and all_han(
            norm[s:e]) and lex.is_name_char(norm[s])), None)  # 妮可|拉·佛瑞斯特: a name word of jieba's right before the run
    if word is None or norm[word[0]:word[1]] in lex.words or jieba_tag(norm[word[0]:word[1]]) not in ("nr", "nrt") or (
            clause_preposition(norm[word[0]])):
        return start  # not 由易卜|拉辛·卡马拉: jieba's person begins with a preposition, the clause's
    return word[0]


#: A run of characters that are no joiner: the parts of a joined run.
_NO_JOINER = re.compile(f"[^{re.escape(JOINERS)}]+")
#: The most characters of the last part of a joined name (达席尔瓦, 阿卜杜拉希).
_LONGEST_PART = 6


def _joined_edges(norm: str, words: SortedSpans, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """Where a name joined by dots begins and ends: at jieba's word edges, however rare its characters.

    The dot joins the parts of one foreign name, so the words next to it are
    the name's, whatever else they mean (易卜拉欣|·|穆罕默德|·|索利赫, though 欣 is
    rare in names; 艾哈迈德·沙拉, though 沙拉 is "salad"), and the name stops at
    the first ordinary word further out (沙特|王储|穆罕默德·本·萨勒曼|本周).
    """
    inside = [s for s, _ in words.overlapping(start, start + 1) if s < start]
    if inside and inside[0] >= 1 and norm[inside[0] - 1] in JOINERS:
        start = inside[0]  # N·|钱德拉塞卡|兰: the run began inside the word after the dot
    elif any(c in JOINERS for c in norm[start:end]) and (
            part := [s for s, e in words.overlapping(start - 1, start) if e == start]) and (
            part[0] >= 1 and norm[part[0] - 1] in JOINERS and all_han(norm[part[0]:start])):
        start = part[0]  # 玛丽-|萝|尔·方丹 (Marie-Laure): a word between two joiners is the name's, though 萝 is rare in names
    while start >= 2 and norm[start - 1] in JOINERS:
        before = [(s, e) for s, e in words.overlapping(start - 2, start - 1) if e == start - 1]
        if not before or not all_han(norm[before[0][0]:before[0][1]]):
            break
        start = before[0][0]  # 易卜拉欣|·穆罕默德: the part before the dot is one word jieba cut
    joiners = [i for i in range(start, end) if norm[i] in JOINERS]
    if not joiners:
        return start, end
    start = next((e for s, e in words.overlapping(start, start + 1) if s < start < e < joiners[0] and not any(
        map(lex.is_name_char, norm[start:e]))), start)  # 伊斯兰大会|党|埃米尔沙菲古尔·拉赫曼: the end of the word before
    start = next((e for s, e in words.overlapping(start, start + 1) if s == start and e - s >= 2
                  and e <= joiners[0] - 2 and known_place(norm[s:e], lex)), start)  # 巴库|盖达尔·阿利耶夫国际机场
    for s, e in words.overlapping(end, end + _LONGEST_PART):
        word = norm[s:e]
        if len(word) == 1 and s == end and _last_weak_character(norm, words, s, lex) and e - joiners[-1] <= _LONGEST_PART:
            end = e  # 沙比·阿朗|素|上任: a last character rare in names, then the clause
            break
        if e - joiners[-1] > _LONGEST_PART or not all_han(word) or any(c in BESIDE for c in word) or (
                ordinary_word(word, lex) or (len(word) == 1 and not _lenient(word, lex))):
            break
        end = e  # 卢拉·达|席尔瓦: the last part goes on over words jieba cut, though 席 is rare in names
    for s, e in reversed(words.overlapping(start, joiners[0] - 1)):
        if start <= s and e < joiners[0] and (ordinary_word(norm[s:e], lex) or member_word(norm[s:e])):
            start = e  # 支持者|…, 棉农|绍基尔·拉希莫夫 "the cotton farmer": who the name is, before it
            break
    for s, e in words.overlapping(joiners[-1] + 2, end):
        if joiners[-1] + 1 < s and e <= end and ordinary_word(norm[s:e], lex):
            end = s + 1 if TIME_AFTER.match(norm, s + 1) else s  # 梅西|周日, which jieba cuts 梅|西周|日
            break
    if end - 2 > joiners[-1] and (time := TIME_AFTER.match(norm, end - 1)) and time.end() > end:
        end -= 1  # 佩列格里尼|日前, which jieba cuts 尼日|前 (Niger)
    return start, end


def _part_start(text: str, pos: int, lex: Lexicon) -> bool:
    """A part of a joined name may begin at ``pos``: a lenient character, or one merely rare in names
    that more of the part or another joiner follows (卡琳·让-皮埃尔)."""
    if _lenient(text[pos], lex):
        return True
    return pos + 1 < len(text) and (text[pos + 1] in JOINERS or _lenient(text[pos + 1], lex)) and _weak_ok(text[pos], lex)


def _last_weak_character(norm: str, words: SortedSpans, pos: int, lex: Lexicon) -> bool:
    """The character at ``pos``, which jieba cuts alone right after a name a dot joins, ends it though it is rare in
    names (沙比·阿朗|素 Xabi Alonso): a noun's character, not one never seen in names nor a verb's or a function
    word's (说, 称, 到, 已, 经 "via"), and a word of two or more, punctuation or a function word after it."""
    char = norm[pos]
    if _lenient(char, lex) or char in LEADING or lex.odds(char) <= NEVER_IN_NAMES or jieba_tag(char) not in _NOUN_TAGS:
        return False
    after = next(((s, e) for s, e in words.overlapping(pos + 1, pos + 2) if s == pos + 1), None)
    return pos + 1 >= len(norm) or not all_han(norm[pos + 1]) or norm[pos + 1] in BESIDE or (
        after is not None and after[1] - after[0] >= 2)


#: jieba's tags of a noun's character, which may end a transliteration (素 of 阿朗素).
_NOUN_TAGS = frozenset(("n", "ng", "nr", "nz"))


def _lenient(char: str, lex: Lexicon) -> bool:
    """A character that may stand inside a name whose other part is clearly one (米尔济约耶夫), not a function
    word beside it (阿利耶夫|的|夫人梅赫丽班·阿利耶娃)."""
    return lex.name_odds.get(char, -9) > LENIENT and char not in BESIDE


def _in_outside_word(norm: str, pos: int, inside: int, lex: Lexicon) -> bool:
    """The character at ``pos`` ends (or begins) an ordinary word away from the name: 更多|哈萨克."""
    if pos < inside:
        return any(norm[max(0, pos + 1 - n):pos + 1] in lex.words for n in (2, 3) if pos + 1 - n >= 0)
    return any(norm[pos:pos + n] in lex.words for n in (2, 3))


#: A date right before a name (10月|阿里耶夫与普京会面, 3日|马克龙表示): news dates what the subject did before naming it.
_DATE_BEFORE = re.compile(r"(?:\d{1,4}|[一二三四五六七八九十]{1,3})[年月日]$")


#: Characters of a name the lexicon knows from which it is whole beside any character that is no name character,
#: however jieba cuts it (伊斯兰马巴德 Islamabad, 伊斯兰|马|巴德).
_LONG_KNOWN = 5


def _whole(norm: str, words: SortedSpans, start: int, end: int, lex: Lexicon, known: bool = False) -> bool:
    """A name found by its characters alone must end where a word, a function word or the text ends.

    A ``known`` name (the lexicon lists it) may also end beside a character
    never seen in names (特朗普|称), or, when jieba cuts it as one word of three
    or more or as a place, beside any character that is no name character
    (埃里温|后, 非洲|籍); any
    name beside a title, a place noun or a speech verb (发言人|佩斯科夫|称, 港市|格但斯克).

    Otherwise it is part of a longer name whose other characters are not
    transliteration characters (辛伟|诚, 呼|日勒苏赫, 卡琳·|让): no fragment is proposed.
    """
    if beside_kana(norm, start, end):
        return False  # 片山|さつき: part of a name written in Japanese
    if end - start == 2 and start and norm[start - 1:start + 1] in lex.words and not any(
            e == start and e - s >= 2 for s, e in words.overlapping(start - 1, start)) and (norm[end - 1:end + 1] in lex.words or (
            norm[end - 1] in _ABOUT and (norm[end:end + 1].isdigit() or norm[end:end + 1] in "一二三四五六七八九十两"))):
        return False  # 藜|麦加|工厂: two characters that each make a word with the one beside them (藜麦 quinoa, 加工);
        # 以|北约|20公里 "about 20 km north of": 以北, then 约 "about" before a number (but 返回|首尔|后: jieba's word
        # before is 返回, not 回首 "look back")
    title_after = bool(TITLE.match(norm, end))  # 卡杜纳州|州长, a region's or a body's officer after its name
    cues = (bool(TITLE_BEFORE.search(norm[max(0, start - 4):start])) or place_cue_before(norm, start, 0) or (
                _after_division(norm, words, start)) or bool(_DATE_BEFORE.search(norm, max(0, start - 5), start)) or (
                title_after and norm[start - 1:start] in _TITLE_MODIFIERS) or (  # 前|卡杜纳州|州长 "former governor of"
                trade_before(norm, start, norm[start:end])),  # 芯片|商|腾讯: a company's trade
            bool(CUE_AFTER.match(norm[end:end + 3])) or title_after)
    long_run = end - start > MIN_NAME_CHARS and sum(map(lex.odds, norm[start:end])) >= STRONG_RUN * (end - start)
    joined = any(c in JOINERS for c in norm[start:end])
    jieba_word = known and (end - start >= MIN_NAME_CHARS or (
        known_place(norm[start:end], lex) and norm[start:end + 1] not in lex.words
        and norm[start:end + 1] not in lex.names)) and (
        start, end) in words.overlapping(start, end) or known and end - start >= _LONG_KNOWN  # 埃里温|后, 非洲|籍 (not
    # 美国人, a word); 赛前|伊斯兰马巴德|发生, a long name the lexicon knows, though jieba cuts it 伊斯兰|马|巴德
    for (pos, inside), cue in zip(((start - 1, start), (end, end - 1)), cues):
        if pos < 0 or pos >= len(norm) or not "\u3400" <= norm[pos] <= "\u9fff" or norm[pos] in BESIDE or cue or (
                pos < start and _cause_around(norm, pos, end)) or (
                known and lex.name_odds.get(norm[pos], -9) <= NEVER_IN_NAMES) or (
                pos == end and norm[pos] in BEFORE_OR_AFTER and known_place(norm[start:end], lex)) or (  # 返回首尔|后 "after
                # returning to Seoul", though jieba glues 尔后 "thereafter"
                jieba_word and not lex.is_name_char(norm[pos])) or (  # 埃里温|后: jieba's word, no name character beside
                jieba_word and pos == end and end - start >= 4 and known_place(norm[start:end], lex) and (
                    norm[pos] not in DIVISIONS)) or (  # (not 扎波罗热|州, the oblast)
                # 法属圭亚那|库鲁: a long place jieba's dictionary holds whole, then another (a town in it)
                jieba_word and pos == end and _alone_word(norm, words, pos, _STRAY_OR_PRONOUN)) or (  # 加拿大|因麻疹,
                # 英国|各主要政党: or a preposition or a pronoun after it
                long_run and pos == end and lex.odds(norm[pos]) < WEAK and norm[end - 1:end + 1] not in lex.words) or (
                # 基斯甸普列锡|先: a long transliteration, then a character seldom in names (not 奥廷加|国葬, whose 国 begins
                # the word "state funeral")
                joined and lex.odds(norm[pos]) < WEAK) or (  # 继|泰格·伍兹: a name the dot holds together, beside a character seldom in names
                joined and _alone_word(norm, words, pos, ORDINARY_TAGS) and norm[pos] in lex.rare_odds) or (  # 佩通坦‧钦那瓦|遭: or beside a verb or an adverb jieba cuts alone
                pos == end and _verb_after(norm[pos], lex) and transliteration(norm[start:end], lex)) or (  # 麦艾莱|追平: a verb begins the predicate
                pos < start and norm[pos] in _SAID_BEFORE and _alone_word(norm, words, pos, _VERB_TAGS)) or (  # 则称|埃弗里特
                pos == end and norm[pos] in _ABOUT and norm[pos + 1:pos + 2].isdigit()) or (  # 索马里兰|约20公里
                pos == end and _COUNT_AFTER.match(norm, pos)) or (  # 贝克|一人拿下
                known and pos == end and norm[pos] in BEFORE_OR_AFTER and _alone_word(norm, words, pos, ORDINARY_TAGS)) or (
                # 输给古克什|后 "after losing to Gukesh" (not 在国情咨文|中, "in the State of the Union address")
                known and pos == end and norm[pos] == VIA and known_place(norm[start:end], lex)):
            # 从拉姆安拉|经|开罗: a place the lexicon knows, then "via" the next place on the route
            if 0 <= pos < len(norm) and norm[pos] in JOINERS and not (
                    pos < start and _INITIALS.search(norm, max(0, pos - 10), pos + 1)):
                return False  # the name goes on past the dot (but N·|钱德拉塞卡兰: initials before it; not past the
                # glossary's other joiner, a space, which sets names apart: 记者：马斯喀特 姚兵 大马士革 刘宗亚)
            continue
        if not any((s <= pos < e) and (e - s >= 2) and not (s <= inside < e) for s, e in words.overlapping(pos, pos + 1)) \
                and not _in_outside_word(norm, pos, inside, lex):
            return False
    return True


#: jieba's tag of a preposition (因, 向).
_PREPOSITION = frozenset("p")
#: jieba's tag of a pronoun or a determiner (英国|各主要政党 "each of Britain's main parties", 美国|该项政策).
_PRONOUN = frozenset("r")
#: jieba's tags of a character alone after a name jieba cuts whole that is no part of it.
_STRAY_OR_PRONOUN = STRAY_TAGS | _PRONOUN


#: Verbs of saying that jieba cuts alone before what is said, whose subject may begin it (新华社的报导则称|埃弗里特…).
_SAID_BEFORE = frozenset("称说")
#: jieba's tag of a verb.
_VERB_TAGS = frozenset("v")


def _alone_word(norm: str, words: SortedSpans, pos: int, tags: frozenset[str]) -> bool:
    """jieba cuts the character at ``pos`` as a word alone, and tags it one of ``tags``."""
    return (pos, pos + 1) in words.overlapping(pos, pos + 1) and jieba_tag(norm[pos]) in tags


def _verb_after(char: str, lex: Lexicon) -> bool:
    """A character after a clear transliteration (:func:`.context.transliteration`) that jieba's dictionary tags a verb and
    names do not hold (追, 击, 赢): the predicate begins there, so the name ends before it (麦艾莱|追平了纪录)."""
    return not lex.is_name_char(char) and jieba_tag(char) == "v"


#: Titles of the people a report credits: a dateline may follow their names (记者彭维楀|华沙2日专电).
_REPORTERS = ("记者", "编辑", "编译", "核稿", "撰稿", "摄影")


#: The spaces between a byline's names: a plain one or, in Xinhua's copy, an ideographic one (记者林晶\u3000郭爽).
_BYLINE_SPACES = " \u3000"

#: What ends a credited name for certain, whatever words its given name makes (编译：林文雅／核稿：…）, and a
#: byline's space: 记者 冯启迪 杨舒雯).
_CREDIT_ENDS = "／/）)、" + _BYLINE_SPACES


#: Last characters of a verb or a preposition with the press as its object (见记者, 对记者, 向记者, 告诉记者, 接受记者).
_TO_THE_PRESS = frozenset("见对向诉受")


def titled_names(norm: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Names written like Chinese ones right after a title (首相石破茂, 外长朴振, 妻子金建希, 记者 郑伟).

    Japanese and Korean names in Chinese characters have no transliteration
    characters to find them by: a CC-CEDICT surname (金, 朴, 佐藤), a given
    name of one or two characters, and a title before it say it is a name; it
    is the shortest such run that a cue ends (说, 表示, 则, 同日, punctuation)
    and holds no ordinary word (not 首相|表示, 总统|周四).  A function word may
    stand inside the given name, not at its end (文在寅, 李在明).  A statement of a nickname says a name follows as
    a title does.
    """
    found = [(m.end(), name_end) for m in NICKNAME_STATEMENT.finditer(norm, start, end)
             if (name_end := _chinese_name_at(norm, m.end(), end, False, lex)) is not None]  # 有「小超人」之称的|李泽钜
    found += [(m.start(), name_end) for m in _BEFORE_KIN_OF.finditer(norm, start, end)
              if (name_end := _chinese_name_at(norm, m.start(), end, False, lex)) is not None and _kin_of(norm, name_end)
              and name_end - m.start() >= 3 and not default_jieba().has_word(norm[m.start():name_end])]
    # 「赌王」|何鸿燊|之子: "the son of" says whose name of three characters ends there (not 王者|之子, "a king's son")
    found += [m.span("name") for m in _SPEAKER.finditer(norm, start, end)
              if _chinese_name_at(norm, m.start("name"), end, False, lex) == m.end("name") and _speaker_name(m, lex)]
    for title in NAME_TITLE.finditer(norm, start, end):
        if title.group() in _REPORTERS and norm[title.start() - 1:title.start()] in _TO_THE_PRESS:
            continue  # 见记者时指, 对记者说: the press spoken to, no byline's title
        begin = title.end()
        while begin < end and norm[begin] in " ：:":
            begin += 1  # 编辑：陈政伟, a credit
        reporter = title.group() in _REPORTERS
        japanese = title.group() in _JAPANESE_TITLES or bool(_JAPANESE_BEFORE.search(
            norm, max(start, title.start() - 8), title.start()))
        after_of = begin + (japanese and norm[begin:begin + 1] == "的")  # 党魁|的|山口那津男: "the party's leader"
        if japanese and (name_end := _japanese_name_at(norm, after_of, end, lex, True)) is not None and (
                _listed_family(norm, after_of, lex) or _chinese_name_at(norm, after_of, end, False, lex) is None or (
                    _cue_at(norm, name_end))):
            # 知事|吉村洋文|表示: a cue right after four characters says they are the name, though 吉 is a Chinese
            # surname and 吉村 could be read as a Chinese name of two
            found.append((after_of, name_end))
            continue
        if not reporter and _chinese_name_at(norm, begin, end, reporter, lex) is None and (
                name_end := _framed_name_end(norm, begin, end, lex)) is not None:
            found.append((begin, name_end))
            continue
        while (name_end := _chinese_name_at(norm, begin, end, reporter, lex)) is not None:
            found.append((begin, name_end))
            if norm[name_end:name_end + 1] != "、" and not (reporter and norm[name_end:name_end + 1] in _BYLINE_SPACES):
                break
            begin = name_end + 1  # 记者黄靖媗、苏永耀, 记者周欣 刘阳: the title is each name's in a list (a byline's by a space)
    return found


#: A clause that a name of three characters opens and a verb of speech follows (。林志强说，…, ，张立新表示：), or a
#: noun phrase it ends (从事咖啡贸易二十年的|林志强说): news names a speaker so, or after introducing them by trade
#: (茶商林志强), which no title list can hold.
_SPEAKER = re.compile(r"(?:(?<=[，。！？；：“”」「『』\n的])|^)(?P<name>[\u4e00-\u9fff]{3})"
                      r"(?=(?:说|表示|指出|认为|透露|坦言|直言|笑说|补充说|强调|介绍|说道)[，。：:“「])", re.M)
#: Last characters of a clause's first three that are its adverb, not a given name's (辛纳|则说, 马会|亦表示).
_ADVERB_ENDS = frozenset("则亦又也还就都便却再忙才曾仍更即")


def _speaker_name(m: re.Match, lex: Lexicon) -> bool:
    """The three characters before a verb of speech are a Chinese name (:data:`_SPEAKER`): no word of CC-CEDICT in
    them, nor an adverb or a verb that makes a word with the verb after it (贾蓉|听说 "heard")."""
    name, verb = m.group("name"), m.string[m.end("name"):m.end("name") + 2]
    return name not in lex.words and name[:2] not in lex.words and name[1:] not in lex.words and (
        name[-1] not in _ADVERB_ENDS) and name[-1] + verb[:1] not in lex.words


#: A Japanese city whose name begins with 长 (长滨市, 长野市, 长冈市), which jieba reads with the prefecture's 县 before it
#: as 县长 "county head".
_CITY_OF_CHANG = re.compile("长[\u4e00-\u9fff]{1,2}?[市町村]")


def _city_after_prefecture(norm: str, start: int, para_start: int, lex: Lexicon) -> tuple[int, int] | None:
    """The span of a city beginning with 长 at ``start``, or after the 县 at ``start``, right after a prefecture the
    lexicon knows and its 县 (滋贺县|长滨市: the run of name characters may begin at 县), or None."""
    start += norm[start:start + 1] == "县"
    if norm[start - 1:start] != "县" or not (city := _CITY_OF_CHANG.match(norm, start)):
        return None
    return city.span() if any(known_place(norm[start - 1 - k:start - 1], lex) for k in (2, 3, 4)
                              if start - 1 - k >= para_start) else None


#: Where a name may begin that 之 and a kinship character end (「赌王」|何鸿燊之子, 是|李嘉诚之女): after punctuation,
#: quotes or 是 "is", which begin a noun phrase.
_BEFORE_KIN_OF = re.compile(r"(?:(?<=[」”』，。、；：:（(\s是])|^)(?=[\u4e00-\u9fff]{2,4}之[子女妻夫孙弟兄姐妹])", re.M)


def _framed_name_end(norm: str, begin: int, end: int, lex: Lexicon) -> int | None:
    """Where a name ends that a title before it and a speech verb after it frame (发言人|佐敏吞|说, 外长|丹穗|，),
    whatever its characters (Burmese names are written in characters rare in other transliterations): two to four
    characters, no word of jieba's or CC-CEDICT's dictionary, no function character or title among them, and no
    surname first (邓炳强|另指 is :func:`_chinese_name_at`'s to read)."""
    if norm[begin:begin + 1] in lex.surnames or norm[begin:begin + 2] in lex.surnames or norm[begin:begin + 1] in (
            NUMERALS | _OF) or any(default_jieba().has_word(norm[max(0, begin - n):begin + 1]) for n in (1, 2)):
        return None  # 主席|一职 "the post of chair", 之子 "son of", 党领|导人: no name's start
    for length in (2, 3, 4):
        name_end = begin + length
        name = norm[begin:name_end]
        if name_end > end or not all_han(name) or any(c in BESIDE or c in LEADING for c in name) or TITLE.search(name):
            return None
        if any(name[i:i + n] in lex.words or default_jieba().has_word(name[i:i + n])
               for n in (2, 3) for i in range(len(name) - n + 1)) or TIME_AFTER.match(name):
            return None
        if _cue_at(norm, name_end):
            return None if norm[name_end - 1:name_end + 1] in lex.words else name_end  # not 诗人|暨小|说家: 小说 "novel"
    return None


#: The particle "of" (之子 "son of"), no name's first character.
_OF = frozenset("之")
#: Punctuation that ends a clause or an item, as a speech verb does a name before it (会见外长丹穗|，).
_CLAUSE_PUNCTUATION = frozenset("，。、；：！？")


#: A film's or a song's credit after the names it credits (由麦浚龙|执导, 舒淇和易烊千玺|主演), and what may stand
#: right before the last of them.
_CREDIT = re.compile("执导|主演|监制|编剧|领衔主演|作曲|填词")
_BEFORE_CREDITED = "由，、和与及"


def _credited_names(norm: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Names written like Chinese ones that a credit follows (由麦浚龙执导): a credit names people, as a title does,
    so a surname and a given name of one or two characters right before it, after 由, punctuation or another
    name of the list, are a person (:func:`_chinese_name_at`)."""
    found = []
    for m in _CREDIT.finditer(norm):
        for size in (3, 2):
            start = m.start() - size
            if start > 0 and norm[start - 1] in _BEFORE_CREDITED and _chinese_name_at(
                    norm, start, m.start(), False, lex) == m.start():
                found.append((start, m.start()))
                break
    return found


#: What joins the names of a list: 梁朝伟、刘德华和舒淇.
_LIST_JOINERS = "、和与及"


def _listed_with(doc: Document, norm: str, found: list[Candidate], taken: SortedSpans, lex: Lexicon) -> list[Candidate]:
    """Names written like Chinese ones in a list with a person written so that was found (梁朝伟、刘德华|和|舒淇,
    金城武|、|刘青云、梁家辉): a list names people of one kind, so a surname and a given name beside such a person,
    ending where a name ends (:func:`_chinese_name_at`), are a person too, as after a title; the list is followed
    either way from each person it gains."""
    para = SortedSpans((p.start, p.end) for p in doc.paragraphs())
    people = [(c.start, c.end) for c in found if written_chinese(norm[c.start:c.end], lex)]
    spans, added = SortedSpans(taken.spans), []
    while people:
        start, end = people.pop()
        para_start, para_end = para.overlapping(start, end)[0]
        beside = []
        if norm[end:end + 1] in _LIST_JOINERS and (after := _chinese_name_at(norm, end + 1, para_end, False, lex) or (
                _list_item(norm, end + 1, lex))):
            beside.append((end + 1, after))
        for size in (2, 3):
            begin = start - 1 - size
            if begin >= para_start and norm[start - 1] in _LIST_JOINERS and edge_at(
                    norm, begin - 1, para_start, para_end) and _chinese_name_at(norm, begin, start - 1, False, lex) == start - 1:
                beside.append((begin, start - 1))
                break
        for s, e in beside:
            if not spans.overlapping(s, e):
                spans.add(s, e)
                added.append(Candidate(doc.text[s:e], s, e))
                people.append((s, e))
    return added


def _list_item(norm: str, begin: int, lex: Lexicon) -> int | None:
    """The end of a name of three characters written like a Chinese one that the list's joiners frame on both sides
    (伍鹏志、|沈集成|、姚本辉): the frame says where it ends, though its given name is a word (集成), so the list goes on."""
    end = begin + 3
    return end if norm[begin:begin + 1] in lex.surnames and norm[end:end + 1] in _LIST_JOINERS and all_han(
        norm[begin:end]) and not any(c in BESIDE for c in norm[begin:end]) and norm[begin:end] not in lex.words else None


def written_chinese(form: str, lex: Lexicon) -> bool:
    """A person's name written like a Chinese one: a surname, then one or two characters, no joiner; a person the
    lexicon knows (刘德华, whose characters also spell transliterations), or no transliteration (not 马克龙)."""
    known = lex.names.get(form)
    return 2 <= len(form) <= 4 and all_han(form) and any(
        form[:n] in lex.surnames and 1 <= len(form) - n <= 2 for n in (1, 2)) and (
        known.type is NameType.PERSON if known is not None else not transliteration(form, lex))


def _chinese_name_at(norm: str, begin: int, end: int, reporter: bool, lex: Lexicon) -> int | None:
    """Where a name written like a Chinese one that begins at ``begin`` ends (:func:`titled_names`), or None: a
    given name of one character, unless one of two ends where a word begins (李家超|出席, jieba's 超出 notwithstanding;
    郭毅可|领导) and its second character is no cue (王毅|称)."""
    for size in (1, 2, 3):
        family = norm[begin:begin + size]
        if family not in lex.surnames or (family in LEADING and family not in _CLAUSE_WORD_SURNAMES):
            continue
        lengths = (size + 1, size + 2)
        if not _known_then_word(norm, begin, begin + size + 1, lex) and (
                norm[begin + size + 2:begin + size + 4] in lex.words or _kin_of(norm, begin + size + 2) or _WHEN_AFTER.match(
                norm, begin + size + 2)) and not CUE_AFTER.match(
                norm[begin + size + 1:begin + size + 4]) and _chinese_name_end(
                    norm, begin, begin + size + 2, end, reporter, lex) == "end":
            lengths = (size + 2,)
        for length in lengths:  # a given name of one or two characters
            if length == size + 1 and family in _CLAUSE_WORD_SURNAMES and _verb_at(norm, begin + size):
                continue  # 秘书长应|来自 "should come from", 总统曾|来到: the function word, and a verb after it
            said = _chinese_name_end(norm, begin, begin + length, end, reporter, lex)
            if said == "end":
                return begin + length
            if said == "stop" and not reporter:
                break  # a byline's name may hold a word in its first two characters and end at a space (记者 杜宇|航)
    return None


def _known_then_word(norm: str, begin: int, name_end: int, lex: Lexicon) -> bool:
    """The two characters at [``begin``, ``name_end``) are a name the lexicon knows and a word begins right after
    them that the second does not make with the first after (韦德|通电话 "phoned"): the name ends there."""
    return name_end - begin == 2 and norm[begin:name_end] in lex.names and norm[name_end - 1:name_end + 1] not in (
        lex.words) and any(norm[name_end:name_end + n] in lex.words for n in (3, 2))


def _chinese_name_end(norm: str, begin: int, name_end: int, end: int, reporter: bool, lex: Lexicon) -> str:
    """Whether a name written like a Chinese one ends at ``name_end``: "end" it does, "longer" it may go on a
    character, "stop" it cannot go on."""
    if name_end > end:
        return "stop"
    name = norm[begin:name_end]
    if name[-1] in _CONJUNCTIONS and len(name) == 3 and (_adverb_at(norm, name_end) or _WHEN_AFTER.match(norm, name_end)):
        return "end"  # 郑京和|同样, 吕志和|年届九旬 ("aged ninety"): no "and" before an adverb or a time, so 和 ends the name
    if name[-1] in BESIDE and not _kin_of(norm, name_end):
        return "longer"  # 文在|寅 (but 吕志和|之子)
    if name[-1] == "某":
        return "stop"  # 徐某 "a certain Xu": a name withheld
    if len(name) == 2 and _known_then_word(norm, begin, name_end, lex):
        return "end"  # 总统|韦德|通电话: not 韦德通, 通 read as a given name's
    if name[-1] in _PRONOUNS:
        return "stop"  # 父亲|教我|怎么: "father taught me", a verb and its object after a kinship word, no name
    if len(name) == 2 and norm[name_end - 1:name_end + 1] in lex.words and not _kin_of(norm, name_end) and (
            norm[name_end:name_end + 1] not in BESIDE):
        return "longer"  # 丈夫|时|抵御: a word crosses the end of a surname and one character, so it ends no name
        # (but 创办人|何一|则主导: 则 "then" may stand beside a name, whatever word 一则 is)
    if not all_han(name) or (any(name[i:i + n] in lex.words for n in (2, 3) for i in range(len(name) - n + 1))
                             and not (reporter and norm[name_end:name_end + 1] in _CREDIT_ENDS)
                             and not _word_given_name(name, norm, name_end, reporter, lex)
                             and not _said_by(name, norm, name_end, lex)):
        if len(name) == 2 and _said_by(norm[begin:name_end + 1], norm, name_end + 1, lex):
            return "longer"  # 黄柏|钧说: the word is the surname's and the given name's first character
        return "stop"  # 首相|表示, but a credit's 林文雅|／ (文雅 "elegant"), whose name the slash ends
    if any(c in JOINERS for c in norm[name_end:name_end + 3]):
        return "stop"  # the start of a joined foreign name: 外长侯赛因·阿米尔, not 侯赛
    if any(norm[name_end - a:name_end + b] in lex.names for a in (1, 2) for b in (1, 2, 3)):
        return "longer"  # 夫人吉儿拜|登: a name the lexicon knows goes on past the end
    return "end" if _ends_name(norm, name_end, end, not any(c in BESIDE for c in name), reporter, lex) else "longer"


#: Conjunctions that also end given names (郑京和, 吕志和).
_CONJUNCTIONS = frozenset("和与及")
#: Personal pronouns, which end no given name (教我 "taught me", 对他).
_PRONOUNS = frozenset("我你您他她它们")


def _adverb_at(norm: str, pos: int) -> bool:
    """A word of two characters that jieba tags an adverb begins at ``pos`` (同样, 一直): a predicate follows."""
    return jieba_tag(word := norm[pos:pos + 2]) == "d" and len(word) == 2 and default_jieba().has_word(word)


def _said_by(name: str, norm: str, name_end: int, lex: Lexicon) -> bool:
    """A surname and a given name of two, a speech verb right after them (研究员|黄柏钧|说, though 黄柏 is a plant):
    after a title, the three characters are the speaker's name whatever words they hold; not a time (周一)."""
    return len(name) == 3 and name[0] in lex.surnames and bool(CUE_AFTER.match(norm[name_end:name_end + 3])) and not (
        TIME_AFTER.search(name)) and jieba_tag(name[1:]) not in _VERB_OR_TIME_TAGS


#: jieba's tags of two characters after a surname that say a clause, not a given name (将|出席, 周|一).
_VERB_OR_TIME_TAGS = STRAY_TAGS | frozenset(("vd", "vn", "t", "m"))


def _word_given_name(name: str, norm: str, name_end: int, reporter: bool, lex: Lexicon) -> bool:
    """A surname and a given name of two characters that is a noun or an adjective (董事长海英俊|表示, 英俊
    "handsome"; 谢国民, 国民 "citizen"; 创办人王明星|今年, 明星 "star"; 记者黄自强|新加坡1日专电, 自强 a verb), which a cue,
    a time or a reporter's dateline ends: not a surname glued to a word (马上 "at once")."""
    tag = jieba_tag(name[1:])[:1]
    return len(name) == 3 and name[:2] not in lex.words and (tag in ("n", "a") or (
        tag == "v" and name[0] not in _POSITIONS)) and bool(
        CUE_AFTER.match(norm[name_end:name_end + 3]) or TIME_AFTER.match(norm, name_end) or _WHEN_AFTER.match(norm, name_end)
        or _DAY_AFTER.match(norm, name_end) or (reporter and _dateline_at(norm, name_end, lex)))


#: Common surnames that are also a clause's function words (曾 "once", 于 "at", 应 "should"): after a title, a name
#: when the rest is no word and a cue or punctuation ends it (董事长曾毓群|说, 检察长应勇|表示), not 部长曾|多次, 总统于|周一
#: or 秘书长应|来自.
_CLAUSE_WORD_SURNAMES = frozenset("曾于应")


def _verb_at(norm: str, pos: int) -> bool:
    """A verb of two characters in jieba's dictionary begins at ``pos`` (来自, 来到): no one-character given name."""
    return len(word := norm[pos:pos + 2]) == 2 and jieba_tag(word).startswith("v") and default_jieba().has_word(word)


#: Surnames that are also words for "after", "before", "above"…: before a verb they end a clause (选出新领袖后|辞去).
_POSITIONS = frozenset("后前上下中内外")
#: Times and adverbs of time that open a predicate right after its subject (王明星|今年8月承认, 安华|上周表示, 李显扬|目前旅居,
#: 孙正义|多次前往, 马云|近月现身), "by means of" (赵婷|凭新作), and a match's time in sports news (赵心童|赛后说,
#: 赵心童|首圈以10比6过关).
_MATCH_TIMES = ("赛后", "赛前")  # "after, before the match": 赵心童|赛后说, and a transliteration's end (卡斯迪奥|赛后)
_WHEN_AFTER = re.compile("今年|去年|明年|上周|本周|上月|本月|近月|近日|日前|昨日|昨天|今日|今天|早前|此前|稍早|近年|随后|目前|现年|"
                         "多次|再次|再度|首度|首次|一度|一直|曾经|上世纪|当年|早年|晚年|生前|也|亦|则|年届|年逾|年近|年过|凭借|凭|首圈|首轮|"
                         + "|".join(_MATCH_TIMES))


def _ends_name(norm: str, name_end: int, end: int, plain: bool, reporter: bool, lex: Lexicon) -> bool:
    """A name written like a Chinese one may end at ``name_end``: the text, punctuation, a cue, a day or a word
    follows; a function word or a word only after a ``plain`` name, one without a function word inside
    (王夫人|随在京|的 is no name, 文在寅当天 is)."""
    return name_end == end or norm[name_end] in AFTER_NAME or (plain and norm[name_end] in BESIDE) \
        or bool(CUE_AFTER.match(norm[name_end:name_end + 3])) or (
            norm[name_end] in _ONE_WORD_BEFORE_CUE and bool(CUE_AFTER.match(norm[name_end + 1:name_end + 4]))) or bool(_DAY_AFTER.match(norm, name_end)) or (
            plain and norm[name_end:name_end + 2] in lex.words) or (  # 总统赖清德|邀请, 部长邱泰源|日前
            reporter and _dateline_at(norm, name_end, lex)) or (  # 记者彭维楀|华沙2日专电
            _kin_of(norm, name_end)) or bool(_WHEN_AFTER.match(norm, name_end)) or (  # 吕志和|之子: "son of"; 会长李在镕|近年
            norm[name_end] == "任" and TITLE.search(norm, name_end + 1, name_end + 8) is not None) or (
            # 研究员赵晟佳|任|首席科学家: "serves as" an office
            norm[name_end] in _ADVERBS_BEFORE_VERB and default_jieba().has_word(verb := norm[name_end + 1:name_end + 3])
            and jieba_tag(verb)[:1] == "v") or bool(  # 会长赵源泰|正|推动, 总统李在明|将|访问: an adverb, then its verb
            _SAID_AT.match(norm, name_end))  # 董事长尹同跃|在上市仪式上说: where the person spoke


def _kin_of(norm: str, pos: int) -> bool:
    """之 and a kin word at ``pos`` (之子 "son of"): the name before it ends there."""
    return norm[pos:pos + 1] == "之" and norm[pos + 1:pos + 2] in KIN_CHARACTERS


#: Adverbs of one character between a subject and its verb (正 "is …ing", 将 "will", 已 "has", 仍 "still").
_ADVERBS_BEFORE_VERB = frozenset("正将已仍")
#: Where a person spoke, then the speech verb, in one clause (尹同跃|在上市仪式上说).
_SAID_AT = re.compile("在[^，。；！？、,;!?]{1,16}?(?:上|中|时|后)?(?:说|表示|称|指出)")
#: One character between a name and its speech verb: an adverb (邓炳强|另|表示, 郭基煇|亦|指) or "when" (会见郭海燕|时|说).
_ONE_WORD_BEFORE_CUE = frozenset("另又还亦也曾均再则时")


#: Titles of Japan's cabinet, prefectures, parties and firms (大臣|赤泽亮正, 党魁|神谷宗币, 社长|三部敏宏).
_JAPANESE_TITLES = frozenset(("大臣", "首相", "知事", "官房长官", "干事长", "党魁", "社长", "会长", "总裁"))
#: Japan named right before any title (日本球星|大谷翔平, 日本女将|大坂直美, 日籍投手), Japan's envoy to a
#: country (日本驻华大使|金杉宪治) or a Japanese university or company (日本京都大学教授|北川进): a Japanese name follows.
_JAPANESE_BEFORE = re.compile("(?:日本|日籍|日裔)(?:的|驻[\u3400-\u9fff]{1,2}|[\u3400-\u9fff]{1,4}(?:大学|公司))?$")
#: Last characters of a Japanese given name of three (雄一郎, 健太郎, 百合子, 那津男, 幸之助, 由纪夫).
_LONG_GIVEN_ENDS = ("郎", "一", "子", "男", "助", "介", "夫", "雄", "彦", "美")


def _japanese_relatives(doc: Document, norm: str, titled: list[Candidate], taken: SortedSpans,
                        heads: set[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    """Full names with the family name of a Japanese name found after a title, wherever they stand (大臣石原宏高 …
    其兄石原伸晃, 另一兄长石原良纯): a political family's members are named after kin words, no title, and a
    family name of two characters and two more no word holds is their name (:func:`_japanese_name_at`)."""
    families = {norm[c.start:c.start + 2] for c in titled
                if c.end - c.start >= 4 and _japanese_name_at(norm, c.start, c.end, lex) == c.end}
    found = []
    for family in families:
        for m in re.finditer(family, norm):
            if (end := _japanese_name_at(norm, m.start(), len(norm), lex)) is not None and all(
                    o in heads and o[0] == m.start() for o in taken.overlapping(m.start(), end)) and not any(
                    c.start < end and m.start() < c.end for c in titled):  # 铃木 the lexicon found is its family name
                found.append(Candidate(doc.text[m.start():end], m.start(), end))
    return found


def _japanese_name_at(norm: str, begin: int, end: int, lex: Lexicon, titled: bool = False) -> int | None:
    """Where a Japanese full name that begins at ``begin`` after a Japanese title ends, or None: a family name of
    two characters and a given name of two (赤泽亮正) or three ending 郎 (玉木雄一郎), in characters of which no two or
    three make a word or a name CC-CEDICT knows but the family name: CC-CEDICT lists few Japanese family names (not
    神谷, 片山, 赤泽), and those it lists (铃木, 松本) are people to it; after one, a given name may end in 和 (铃木宪和
    Norikazu).  After a title (``titled``) with a cue right after, the given name may be a word (:func:`_japanese_given_word`)."""
    family = 2 if _listed_family(norm, begin, lex) else 0
    if titled and (three := _japanese_three_at(norm, begin, end, family, lex)) is not None:
        return three
    for length in (4, 5):
        name = norm[begin:begin + length]
        if len(name) < length or begin + length > end or (length == 5 and (
                not name.endswith(_LONG_GIVEN_ENDS) or CUE_AFTER.match(name[3:]))):
            break  # not 会长|金升渊之子, "his son"
        framed = titled and _cue_at(norm, begin + length) and not any(_cue_at(norm, begin + i) for i in range(
            2, length))  # 骑师|川田将雅|说: 将 "will" is a given name's there (not 郭鲁正|说, the cue inside)
        if not all_han(name) or any(c in JOINERS for c in name) or any(
                c in BESIDE for c in name[:2 if framed else length - bool(family)]):
            break
        if any((name[i:i + n] in lex.words or name[i:i + n] in lex.names) and not (
                titled and _japanese_given_word(name, i, n) and _cue_at(norm, begin + length))
               for n in (2, 3) for i in range(length - n + 1) if i + n > family):
            continue  # 小池|百合: a word, yet 小池|百合子 before a cue is the name
        if _ends_name(norm, begin + length, end, True, False, lex):
            return begin + length
    return None


def _japanese_three_at(norm: str, begin: int, end: int, family: int, lex: Lexicon) -> int | None:
    """Where a Japanese full name of three characters that begins at ``begin`` after a Japanese title ends, or None:
    a family name of two and a given name of one (藤田晉, 北川进, 石破茂), framed by a cue right after them and by
    none after two; the family name one CC-CEDICT lists as a person's (藤田) or no word or name of its own, and
    the given name no function character."""
    name = norm[begin:begin + 3]
    if begin + 3 > end or len(name) < 3 or not all_han(name) or not _cue_at(norm, begin + 3) or _cue_at(
            norm, begin + 2) or any(c in JOINERS or c in BESIDE or c in LEADING for c in name):
        return None
    if not family and (name[:2] in lex.words or name[:2] in lex.names):
        return None  # jieba's words are not asked: it has Japanese family names as China's places (北川)
    if name[1:] in lex.words or default_jieba().has_word(name[1:]) or default_jieba().has_word(name):
        return None  # 日本首相|表示: no name; 党魁|的确 …
    return begin + 3


def _family_of_japanese(norm: str, found: tuple[int, int], end: int, lex: Lexicon) -> bool:
    """``found`` is two characters that begin a Japanese full name ending at ``end`` after a title (知事|吉村|洋文,
    吉村 found alone as a name of its own): its family name, which the whole name takes in."""
    return found[1] - found[0] == 2 and end - found[0] >= 4 and _japanese_name_at(norm, found[0], end, lex, True) == end


def _cue_at(norm: str, pos: int) -> bool:
    """A speech verb or a clause's punctuation begins at ``pos``: what a name before it ends at."""
    return bool(CUE_AFTER.match(norm[pos:pos + 3])) or norm[pos:pos + 1] in _CLAUSE_PUNCTUATION


def _japanese_given_word(name: str, i: int, n: int) -> bool:
    """The two characters after a family name of two are a word that is a noun or a name to jieba (吉村|洋文 "a
    foreign language", 藤田|文武 "civil and military"): after a Japanese title, and a cue after them, a given name
    (Hirofumi, Fumitake), or hold a word in a given name of three (小池|百合子, Yuriko); not a day, a verb or an adverb
    (铃木|周四|表示)."""
    if len(name) == 5:
        return i >= 2 and jieba_tag(name[2:]) in ("", "n", "nr", "nz")  # 小池|百合子: 百合 "lily" in a given name of three
    return i == 2 and n == 2 and len(name) == 4 and jieba_tag(name[2:]) in ("n", "nr", "nz")


def _listed_family(norm: str, begin: int, lex: Lexicon) -> bool:
    """The two characters at ``begin`` are a person to CC-CEDICT (铃木 Suzuki, 松本 Matsumoto): after a Japanese
    title, a family name, though 铃 is also a Chinese surname and 铃木宪 would read as a Chinese name."""
    known = lex.names.get(norm[begin:begin + 2])
    return known is not None and known.type is NameType.PERSON


#: A day, a month or a year right after a name (王杰|14日乘坐, 李在镕|7月获, 李家超|2023年首次): what the person did
#: then follows.
_DAY_AFTER = re.compile(r"\d{1,2}[日月]|\d{4}年")


def _dateline_at(norm: str, pos: int, lex: Lexicon, second: bool = False) -> bool:
    """A place the lexicon knows begins at ``pos`` and a dateline's day and 电 follow it, or Hong Kong's 报道
    "reports", right after it or after a city of up to four characters in it (记者梁凯晴|牙买加京士顿报道), or a
    slash and the second place of a compiled report (记者林忆如|里斯本/台北13日综合外电报导)."""
    return any(known_place(norm[pos:pos + n], lex) and (
        DATELINE_DAY.match(norm, pos + n) or _REPORTED_FROM.match(norm, pos + n) or not second and (
            norm[pos + n:pos + n + 1] in _SLASHES and _dateline_at(norm, pos + n + 1, lex, True))) for n in (2, 3, 4))


#: The slash between the two places of a dateline.
_SLASHES = ("/", "／")


#: What ends a Hong Kong paper's byline after the place it reports from, a city in it or not (记者黄家俊巴黎|报道,
#: 记者梁凯晴牙买加|京士顿报道).
_REPORTED_FROM = re.compile("[\u3400-\u9fff]{0,4}?报道")


def _split_datelines(doc: Document, norm: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A name that runs into the place of a dateline after it is the reporter and the place (记者林克伦东京5日专电:
    林克伦 and 东京), or the agency and the place (新华社贝伦22日电: 新华社 and 贝伦, a city the lexicon does not
    know): the run of name characters does not stop at the place."""
    split = []
    for c in found:
        if not DATELINE_DAY.match(norm, c.end):
            split.append(c)  # most names: no dateline after them, nothing to look up
            continue
        size = next((n for n in (4, 3, 2) if c.end - c.start - n >= 2 and known_place(norm[c.end - n:c.end], lex)), 0)
        agency = 0 if size else next((n for n in (3, 4, 2) if c.end - c.start - n >= 2 and (
            known := lex.names.get(norm[c.start:c.start + n])) is not None and known.type is NameType.ORGANISATION), 0)
        if size or agency:
            cut = c.end - size if size else c.start + agency
            split += [Candidate(doc.text[c.start:cut], c.start, cut), Candidate(doc.text[cut:c.end], cut, c.end)]
        else:
            split.append(c)
    return split


#: Smoothed log odds above which a character rarely seen in names may end one where the text says it does.
WEAK = -1.0


def _weak_ok(char: str, lex: Lexicon) -> bool:
    """A character too rare in CC-CEDICT's names to find one by (朔, 别, 杭, 齐扬) but not against it."""
    return "\u3400" <= char <= "\u9fff" and char not in LEADING and (
        lex.odds(char) > WEAK or (char not in lex.rare_odds and char not in lex.name_odds))


def _single_characters(words: SortedSpans, start: int, end: int) -> bool:
    """jieba's dictionary knows no word in the span: each character is a word of its own (帕/希/尼/扬), as in a
    transliteration it has never seen (not 阮玲玉, a word; not 周瑞|家, where 周瑞 is too short to vouch)."""
    return all(e - s == 1 for s, e in words.overlapping(start, end))


def _clause_break(norm: str, words: SortedSpans, pos: int, para_start: int, para_end: int) -> bool:
    """Punctuation, the paragraph's end, a function word or the start of a word of two or more characters at
    ``pos``: something after which a name may end (帕希尼扬|在, 帕什尼扬|回到)."""
    return edge_at(norm, pos, para_start, para_end) or any(s == pos and e - s >= 2 for s, e in words.overlapping(pos, pos + 1))


def _extend_edges(norm: str, start: int, end: int, para_start: int, para_end: int, lex: Lexicon,
                  words: SortedSpans) -> tuple[int, int]:
    """Take into a run of name characters cut off by characters rare in names (部长别|洛乌索夫, 佩泽希|齐扬说)
    one character before it or up to two after, when a title or a speech verb says a name stands there.

    Between a title and a speech verb, the characters jieba leaves single are the name's, however rare in
    names (主帅|沙比阿朗|素|赞扬: Xabi Alonso in Hong Kong).

    A run of three or more that jieba leaves in single characters takes one weak character more before a
    function word or a new word as well (总理帕希尼|扬在, ，尼坦雅|胡的, 帕什尼|扬回到): jieba knows
    no word there, so the weak character is the name's last syllable, not the start of the next word; but not an
    adverb (杜卡迪|正|与 "Ducati is now … with")."""
    if end - start < 2 or norm[start:end] in lex.names:
        if _feminine_ending(norm, start, end, lex):
            return start, end + 1
        return start, end  # a name the lexicon knows ends where it ends: 北京|人
    cue_after = cue_follows(norm, end) or edge_at(norm, end, para_start, para_end)
    if start - 1 > para_start and _weak_ok(norm[start - 1], lex) and (
            title_before(norm, start - 1, para_start)
            or (edge_at(norm, start - 2, para_start, para_end) and cue_follows(norm, end))):
        start -= 1  # 国防部长|别洛乌索夫, 儿子|杭特·拜登
    named = title_before(norm, start, para_start) or body_noun_before(norm, start, norm[start:end])  # 政党|阿克巴|扬
    if not cue_after and norm[end - 1] not in BESIDE and (named or edge_at(norm, start - 1, para_start, para_end)):
        for extra in (1, 2):
            tail = norm[end:end + extra]
            framed = named and cue_follows(norm, end + extra) and all(
                c not in BESIDE and (i, i + 1) in words.overlapping(i, i + 1) for i, c in enumerate(tail, end))
            if len(tail) < extra or not all(_weak_ok(c, lex) or framed for c in tail) or any(
                    norm[end + i:end + i + 2] in lex.words for i in range(extra)) or any(
                    c in lex.rare_odds and jieba_tag(c) in ORDINARY_TAGS for c in tail) or _for_whom(norm, start, end):
                break  # not a verb or an adverb never seen in names: 钦那瓦|遭|停职; nor 对霍拉科娃|来说's 来
            if cue_follows(norm, end + extra) or (
                    named and edge_at(norm, end + extra, para_start, para_end) and norm[end + extra] not in BESIDE):
                return start, end + extra  # 总统佩泽希|齐扬。, 。佩泽希|齐扬说
            if extra == 1 and end - start >= MIN_NAME_CHARS and _single_characters(words, start, end + 1) and (
                    _clause_break(norm, words, end + 1, para_start, para_end)) and jieba_tag(norm[end]) != "d":
                return start, end + 1  # 总理帕希尼|扬在
    return start, end


def _speaker(norm: str, start: int, end: int, lex: Lexicon) -> bool:
    """Three characters or more, name characters but perhaps the first and one more seen in names (皮 of 拉皮特, as
    in 皮特 Pitt), that a speech verb follows (。费拉利|说), held as a name the text may vouch for (:func:`_vouched`:
    it sounds like the surname of 朱塞佩·费拉里, or like 拉皮德) though jieba cuts a word from them (费拉, 拉皮)."""
    weak = [c for c in norm[start + 1:end] if not lex.is_name_char(c)]
    return end - start >= MIN_NAME_CHARS and bool(CUE_AFTER.match(norm[end:end + 3])) and (not weak or len(weak) == 1 and (
        lex.odds(weak[0]) > NEVER_IN_NAMES and weak[0] not in NUMERALS and not TIME_AFTER.search(norm, start, end)))
    # (not 克里姆林宫周五|发表: the day, however its characters read)


def _for_whom(norm: str, start: int, end: int) -> bool:
    """The name at [start, end) stands in 对…来说 "for …, as far as … is concerned" (对霍拉科娃|来说): 来 opens the
    frame's word, not the name's last syllable before 说 "says"."""
    return norm.startswith("来说", end) and norm[start - 1:start] == "对"


def _feminine_ending(norm: str, start: int, end: int, lex: Lexicon) -> bool:
    """丝 after a person's name the lexicon knows: Taiwan and Hong Kong end a woman's name in -s with it
    (泰勒丝 Taylor Swift, 威廉丝 Williams), unless 丝 begins a word (泰勒|丝毫不).  The name without it is
    a man's name (泰勒 Taylor), a fragment of hers."""
    name = lex.names.get(norm[start:end])
    return name is not None and name.type is NameType.PERSON and norm[end:end + 1] == "丝" and not (
        norm[end:end + 2] in lex.words or default_jieba().has_word(norm[end:end + 2]))


def _weak_start(norm: str, start: int, end: int, para_start: int, para_end: int,
                lex: Lexicon) -> tuple[int, int] | None:
    """A run with a character rare in names before it, function words or punctuation on both sides
    (与|朔|尔茨|还): the whole may be a name, if the text vouches for it (:func:`_vouched`)."""
    if end - start >= 2 and start - 1 > para_start and _weak_ok(norm[start - 1], lex) and edge_at(
            norm, start - 2, para_start, para_end) and edge_at(norm, end, para_start, para_end):
        return start - 1, end
    return None


def _weak_end(norm: str, start: int, end: int, para_start: int, para_end: int, lex: Lexicon) -> tuple[int, int] | None:
    """A run with a character rare in names after it, function words or punctuation on both sides (，布拉|齐|和), or a
    speech verb or a time word after it (，穆伊|祖|近日): the
    whole may be a name if another name of the text sounds like it (:func:`_vouched`: 布拉齐 beside 马修·布雷齐).  Not
    after a joined name or one that begins with a name the lexicon knows, which a credit's, a people's or a direction's
    word follows (·卡马拉|摄, 喀麦隆|籍, 安卡拉|集, 墨西哥中|部, whatever sounds like 安卡拉); nor a run the text
    writes as a joined name's last part (与|吉里|弈和 "drew with Giri", of 阿尼什·吉里): that name is the run alone."""
    if end - start >= 2 and end + 1 < para_end and _weak_ok(norm[end], lex) and not JOINER.search(
            norm, start, end) and not any(norm[start:k] in lex.names for k in range(start + 2, end + 1)) and not any(
            c in BESIDE for c in norm[start:end + 1]) and edge_at(norm, start - 1, para_start, para_end) and (edge_at(
            norm, end + 1, para_start, para_end) or CUE_AFTER.match(norm, end + 1) or TIME_OPENING.match(
            norm, end + 1)) and not _last_part_elsewhere(norm, start, end) and not (
            _for_whom(norm, start, end)):
        return start, end + 1
    return None


def _weak_middles(norm: str, runs: list[tuple[int, int]], para_start: int, para_end: int,
                  lex: Lexicon) -> list[tuple[int, int]]:
    """Two runs with one character rare in names between them (米尔|季|约耶夫, Mirziyoyev written with 季 for 济), a
    function word or punctuation before the first and one or a word after the second (政府), neither a name or a
    word the lexicon knows (not 新华|社|北京): the whole may be a name if another name of the text sounds like it
    (:func:`_vouched`)."""
    return [(first[0], second[1]) for first, second in zip(runs, runs[1:])
            if second[0] == first[1] + 1 and first[1] - first[0] >= 2 and second[1] - second[0] >= 2
            and _weak_ok(norm[first[1]], lex) and norm[first[1]] not in BESIDE and not JOINER.search(
                norm, first[0], second[1]) and edge_at(norm, first[0] - 1, para_start, para_end) and (
                edge_at(norm, second[1], para_start, para_end) or norm[second[1]:second[1] + 2] in lex.words) and not any(
                norm[s:e] in lex.names or norm[s:e] in lex.words for s, e in (first, second))]


def _last_part_elsewhere(norm: str, start: int, end: int) -> bool:
    """The text writes ``norm[start:end]`` somewhere as the last part of a joined name, a joiner before it and no
    name character after it (阿尼什·吉里（Anish Giri）)."""
    return norm[start:end] in _joined_last_parts(norm)


@lru_cache(maxsize=1)
def _joined_last_parts(norm: str) -> frozenset[str]:
    """Every stretch of Han characters right after a joiner that no name character follows: the last parts a
    joined name of the text may end with.  Read once per text, not once per run the finder asks about."""
    lex = lexicon()
    parts = set()
    for m in _AFTER_JOINER.finditer(norm):
        run = m.group(1)
        parts.update(run[:k] for k in range(1, len(run) + 1) if not lex.is_name_char(run[k:k + 1] or "。"))
    return frozenset(parts)


#: The Han characters right after a joiner.
_AFTER_JOINER = re.compile(f"[{re.escape(JOINERS)}]([\u3400-\u9fff]+)")


def _short_name(norm: str, words: SortedSpans, start: int, end: int, para_start: int, para_end: int,
                lex: Lexicon) -> tuple[int, int] | None:
    """A run of two name characters jieba knows no word in (美斯|和, 首相安华|在), or of one with a weak character
    and a speech verb after it (，蒲|亭表示), standing whole: a name only if another name of the text sounds
    like it (:func:`_vouched`: 梅西, 安瓦尔, 普丁), as two characters alone say little."""
    if end - start == 1 and end + 1 < para_end and _weak_ok(norm[end], lex) and cue_follows(norm, end + 1):
        end += 1
    if end - start == 2 and (_single_characters(words, start, end) or (
            head_at(norm, end, FIRM_HEADS) and norm[start:end] not in lex.words and not known_place(norm[start:end], lex))) and (
            _whole(norm, words, start, end, lex)):
        return start, end  # 纽曼|集团: a word jieba knows, no ordinary one nor a place (巴西|公司 "a Brazilian company"),
        # before a company's head (:func:`_firm_head`)
    return None


def place_word_start(norm: str, words: SortedSpans, end: int, lex: Lexicon) -> int | None:
    """Where the word of jieba's (in ``words``) begins that ends at ``end`` and that the lexicon knows as a place, or
    None: before a firm's name it says where the firm is from (意大利|埃尼|集团, "Italy's Eni"; 印度|韦丹塔资源公司),
    whatever run of name characters the place's last ones began (利埃尼)."""
    return next((s for s, e in words.overlapping(end - 1, end) if e == end and e - s >= 2 and known_place(norm[s:e], lex)),
                None)


def _firm_head(norm: str, start: int, pos: int) -> str:
    """公司 or 集团 as a word of its own at ``pos``, right after a name of two characters (埃尼|集团 Eni, 托克|集团):
    a company's head says the two characters are its name, as a title says a person's.  Not a brand the text
    writes before another company's words too (塔塔|集团, 塔塔|电子, 塔塔之子公司): which company it names alone is
    for the short forms to judge.  Read over the whole text, so asked of the text's names, not in a paragraph's
    pass, which sees the paragraph alone."""
    head = head_at(norm, pos, FIRM_HEADS)
    if not head or default_jieba().cut(norm[pos:pos + len(head) + 2], False)[0] != head:
        return ""
    others = {m.group(1) for m in re.finditer(re.escape(norm[start:pos]) + _OTHER_FIRM, norm)}
    return head if others <= {head} else ""


def _latin_bodies(doc: Document, norm: str, lex: Lexicon) -> list[Candidate]:
    """A Latin name and the word for a body's kind right after it (Vingroup集团, SK集团, ACT党, HS Orka公司,
    MVP田径会), or a company's with the nouns of its trade between (LBA系统公司, HD现代集团): news keeps a firm's or a
    party's Latin name as it is and writes its kind after it in Chinese, so they are the body's name.  Not a
    term's letters (AI公司 "AI companies"), nor a head that begins a longer word (DUP|党魁 "DUP's leader", where
    the name is the letters alone; WST|母公司 "WST's parent company"), nor words between that are no noun
    (FTC|与|亚马逊公司)."""
    found = []
    for m in _LATIN_BODY.finditer(norm):
        latin, middle, head = m.groups()
        if m.start() and _LATIN_BEFORE.match(norm, m.start() - 1) or latin in lex.term_acronyms or (
                latin in _TRADE_LETTERS) or any(norm[m.start(3):m.end(3) + n] in lex.words for n in (1, 2)) or (
                middle and not _trade_nouns(middle, head)):
            continue  # not the end of a longer Latin word (eVTOL公司)
        found.append(Candidate(doc.text[m.start():m.end()], m.start(), m.end()))
    return found


def _firms_named_bare(doc: Document, norm: str, lex: Lexicon) -> list[Candidate]:
    """A firm named with its head (蓝色起源公司) whose name the text also writes bare where a name clearly begins
    (，蓝色起源将…, 与蓝色起源合作): the bare mention says where the name begins, which the words before the head
    (旗下的|蓝色起源公司) do not; a firm's words are often ordinary ones (蓝色 "blue", 起源 "origin"), so nothing else
    finds it.  The longest such name; not a word of its own (小米 "millet") nor one that holds a function word, nor
    one the same character stands before bare and headed (和|记港口集团, 和|记港口: 和记 is the name's), nor a
    brand that begins other firms' names too (:func:`_other_firm_after`)."""
    heads = list(_FIRM_HEAD.finditer(norm))
    if not heads:
        return []
    head_starts = {h.start() for h in heads}
    name_ends = {h.start(): _before_trade_words(norm, h.start()) for h in heads}
    trades: dict[str, set[str]] = defaultdict(set)  # a name wanted → the words of its trade after it (空间科技), if any
    for head, ends in name_ends.items():
        for end in ends:
            for size in range(2, 7):
                trades[norm[max(0, end - size):end]].add(norm[end:head])
    bare: dict[str, set[str]] = defaultdict(set)  # a name wanted, written after a boundary, neither its trade nor a
    # head after it → the boundaries
    for p in [0] + [m.end() for m in _BARE_BEFORE.finditer(norm)]:
        for size in range(2, 7):
            if (name := norm[p:p + size]) in trades and p + size not in head_starts and not any(
                    trade and norm.startswith(trade, p + size) for trade in trades[name]):
                bare[name].add(norm[p - 1:p])  # not 美国科技巨头 of 美国科技巨头|苹果|公司, written so twice
    @cache
    def plain(name: str) -> bool:  # each name judged once, however often the text writes it
        return all_han(name) and name not in lex.words and name not in lex.names and not any(
            c in BESIDE or c in LEADING for c in name) and not TITLE.search(name) and not default_jieba().has_word(
            name) and not _other_firm_after(norm, name)

    found = []
    for head in heads:
        for end in name_ends[head.start()]:
            start = next((start for start in range(end - 6, end - 1)  # the longest name first
                          if start >= 0 and not (start and norm[start - 1] in JOINERS) and bare.get(
                              norm[start:end], set()) - {norm[start - 1:start]} and plain(
                              norm[start:end])), None)
            if start is not None:
                found.append(Candidate(doc.text[start:head.end()], start, head.end()))
                break
    return found


def _before_trade_words(norm: str, head: int) -> list[int]:
    """Where a firm's own name may end before its head at ``head``: right before it, or before one or two words of
    its trade (蓝箭航天|空间科技|股份有限公司, 长城钻探|工程|公司), nearest first."""
    ends, pos = [head], head
    words = default_jieba().cut(norm[max(0, head - 8):head], False)
    for word in reversed(words[1:]):
        if len(ends) > 2 or not all_han(word) or len(word) < 2 or jieba_tag(word)[:1] in _NOT_TRADE_TAGS or (
                word in HELD_BY):
            break
        pos -= len(word)
        ends.append(pos)
    return ends


def _other_firm_after(norm: str, name: str) -> bool:
    """``name`` also begins another firm's name (塔塔|电子 beside 塔塔|集团): a group's brand, which names none of them."""
    return any(norm.startswith(COMPANY_HEADS, m.end()) and not _FIRM_HEAD.match(norm, m.end())
               for m in re.finditer(re.escape(name), norm))


#: What stands right before a name that begins there: punctuation, "and", "with", a possessive.
_BARE_BEFORE = re.compile("[，。；：！？、\n「“（与和及同的]")
#: A firm's head after its name.
_FIRM_HEAD = re.compile("控股集团|" + COMPANY_WORDS)


def _trade_nouns(middle: str, head: str) -> bool:
    """``middle`` is nouns of a company's trade or name before its ``head`` (公司 or 集团), which jieba keeps a word
    of its own (系统|公司) or a company's name with it (现代集团, tagged ``nt``), not an ordinary noun (母公司)."""
    words = default_jieba().cut(middle + head, False)
    return (words[-1] == head or jieba_tag(words[-1]) == "nt") and all(
        jieba_tag(w)[:1] not in _NOT_TRADE_TAGS and w not in BESIDE for w in words[:-1])


#: The first letters of jieba's tags of words that name no company's trade: verb, adverb, preposition, conjunction,
#: particle, pronoun, numeral, measure word, direction.
_NOT_TRADE_TAGS = frozenset("vdpcurmqf")


def latin_body(form: str) -> bool:
    """``form`` (Simplified) is a Latin name and a body's kind after it (Vingroup集团, MVP田径会): an organisation's name,
    whatever its letters sound like (:func:`_latin_bodies`)."""
    return _LATIN_BODY.fullmatch(form) is not None


#: Heads of a body's or an event's name after Latin letters, besides :data:`.context.BODY_HEADS` (ACT党, MVP田径会,
#: ATP年终总决赛, LIV高尔夫联赛, Meta超级智能实验室).
_LATIN_LED_HEADS = ("党", "俱乐部", "田径会", "总决赛", "锦标赛", "巡回赛", "联赛", "实验室")
#: A Latin name (each word capitalised, up to four), up to four characters, and a body's kind.
_LATIN_BODY = re.compile(
    rf"([A-Z][{LATIN}0-9&'’-]*(?:[ .][A-Z][{LATIN}0-9&'’-]*){{0,3}})([\u4e00-\u9fff]{{0,4}}?)"
    f"({'|'.join(sorted(BODY_HEADS + _LATIN_LED_HEADS, key=len, reverse=True))})")
_LATIN_BEFORE = re.compile(f"[{LATIN}0-9&.'’-]")
#: Letters that name a trade, not a body (IT公司 "IT companies").
_TRADE_LETTERS = frozenset(("IT", "EV", "IC", "PC", "VR", "AR", "ICT", "OEM", "EDA"))


#: What follows a brand when it names a company: a company word, or words before 公司 or 集团 (之子公司).
_OTHER_FIRM = f"({'|'.join(COMPANY_HEADS)}|[\u4e00-\u9fff]{{1,4}}?(?:公司|集团))"
#: Divisions whose character never stands in a transliteration, which may end a region's name right before a
#: place in it (西北|省|勒斯滕堡).
_DIVISION_ENDS = "州省县"


def _after_division(norm: str, words: SortedSpans, start: int) -> bool:
    """A region's name ends right before ``start`` with its division, jieba's word of one character after a word
    of two or more (西北|省|勒斯滕堡, North West province, then Rustenburg in it)."""
    return start >= 3 and norm[start - 1] in _DIVISION_ENDS and (start - 1, start) in words.overlapping(
        start - 1, start) and any(e == start - 1 and e - s >= 2 for s, e in words.overlapping(start - 2, start - 1))


#: jieba's tag of a transliterated name: its own word for a run outweighs the words inside it (斯法克斯, Sfax).
_TRANSLITERATED = frozenset(("nrt",))


def _is_name(piece: str, lex: Lexicon, context: bool) -> bool:
    """Whether a run of name characters no lexicon lists is a name rather than prose."""
    joined = any(c in JOINERS for c in piece)
    han = [c for c in piece if c not in JOINERS]
    if len(set(han)) * 2 <= len(han):
        return False  # 哈哈哈, 哈达哈达
    if joined:
        parts = JOINER.split(piece)
        return all(parts) and any(_names_part(part, lex) for part in parts)  # not 运动－新 of 自由运动－新开端
    inside = [piece[i:i + n] for n in (2, 3, 4) for i in range(len(piece) - n + 1) if piece[i:i + n] in lex.words]
    long_run = len(han) >= _LONG_RUN and all(lex.odds(c) >= CLEAR for w in inside for c in w) and not any(
        c in PLACE_ENDS for c in piece[:-1]) and not TITLE.search(piece) and not any(
        piece[:n] in lex.names for n in (2, 3, 4))  # not 岛国|基里巴斯, 国王|穆罕默德六世, 俄罗斯|克拉斯诺达尔
    if inside and not ((context or long_run) and all(
            lex.is_name_char(c) for c in han) and sum(map(lex.odds, han)) >= STRONG_RUN * len(han)):
        return False  # 东西里, 戴金丝, 乌梅汤 (but 发言人扎哈罗娃说: 哈罗 "hello" inside a clear transliteration, and
        # 克拉马托尔斯克: 克拉 "carat", of characters clearly a name's, inside a run too long for prose; not 国王|穆罕默德六世)
    return len(han) >= MIN_NAME_CHARS or (len(han) == 2 and context)


def _names_part(part: str, lex: Lexicon) -> bool:
    """A part of a joined run that may be a name's: two characters or more, no ordinary word unless every character
    is a name's (沙拉 of 艾哈迈德·沙拉).  A run whose parts are all words like 运动 or 委员会, or single characters, is a
    body's name cut at its dash (委员会-保卫); 梅赛德斯-奔驰 has such a part, whatever 奔驰 means."""
    return len(part) >= 2 and (all(map(lex.is_name_char, part)) or not ordinary_word(part, lex))


def lexicon_spans(norm: str, start: int, end: int, limit: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Lexicon names beginning in ``norm[start:end]`` (ending by ``limit``), longest first, disjoint."""
    found = []
    for i in range(start, end):
        for j in range(min(limit, i + lex.max_length), i + 1, -1):
            if norm[i:j] in lex.names:
                found.append((i, j))
                break
    kept: list[tuple[int, int]] = []
    for s, e in sorted(found, key=lambda p: (p[0] - p[1], p[0])):
        if all(e <= ks or s >= ke for ks, ke in kept):
            kept.append((s, e))
    return sorted(kept)


#: A region's head, its division's character and 长 (州长, 省长): a title, never the start of the name after it.
_DIVISION_HEADS = frozenset(f"{d}长" for d in DIVISIONS)


def _division_cut(norm: str, words: SortedSpans, start: int, end: int, lex: Lexicon) -> int | None:
    """Where a division's name ends inside a run of name characters that goes on with another name (
    马坦萨斯省|安东尼奥·吉特拉斯): a division's last character (省, 州) after two or more, at a word's end (not
    州|长), with two or more characters after it and no joiner before it."""
    for k in range(start + 2, end - 2):
        if norm[k] in _CUT_DIVISIONS and not any(c in JOINERS for c in norm[start:k]) and not any(
                s <= k < e - 1 or s < k < e for s, e in words.overlapping(k, k + 1)) and not any(
                norm[s:e] in lex.words for s, e in words.overlapping(start, k) if e - s >= 2 and (
                    s <= start or lex.name_odds.get(norm[e - 1], -9) <= STRONG)):
            return k + 1  # not 南部|巴拉那州|伊瓜苏市: a direction before the division is another rule's; a word
            # inside the name that ends in a strong name character is a piece of it (塔|毛利|帕斯州|新拉雷多)
    return None


#: Divisions whose name a run of name characters may go on past (马坦萨斯省安东尼奥): 邦 also stands inside
#: transliterations (拉斯邦巴斯, 埃邦佩), 市 and 县 end a name less surely.
_CUT_DIVISIONS = "省州"


def _names_in_piece(norm: str, words: SortedSpans, start: int, end: int, paragraph, taken: SortedSpans,
                    lex: Lexicon) -> list[tuple[int, int]]:
    """The whole names in one run of name characters: the run itself, or the lexicon names that make it up.

    A lexicon name inside a longer run is a fragment (林肯 in 布林肯, 卢卡 in
    卢卡申柯) unless the lexicon's names cover the run: then the run is those
    names.  Every name ends where a word, a function word or the text does.
    """
    piece = norm[start:end]
    if _TIME_WORD.fullmatch(piece):
        return []  # 总理|本周|在 "the premier this week": a time, however a title before it reads
    if places := _joined_places(norm, start, end, lex) or _place_chain(piece, start, lex):
        return places
    if (cut := _division_cut(norm, words, start, end, lex)) is not None:
        return [(start, cut)] + _names_in_piece(norm, words, cut, end, paragraph, taken, lex)  # 波美拉尼亚省|卢比亚托沃
    if piece in lex.names or any(c in JOINERS for c in piece):
        return [(start, end)] if _whole(norm, words, start, end, lex, piece in lex.names) and (
            piece in lex.names or _is_name(piece, lex, True)) and not _unsaid(norm, start, end, paragraph.start, lex) else []
    limit = min(paragraph.end, taken.next_start(end, paragraph.end))
    known = [(s, e) for s, e in lexicon_spans(norm, start, end, limit, lex)
             if not _unsaid(norm, s, e, paragraph.start, lex)]
    if len(known) == 1 and (region := with_region_suffix(norm, words, *known[0], lex)) != known[0] and (
            region[1] < end):
        known = [region]  # 莫斯科州|奥金佐沃: the oblast, jieba's word, then a place in it
    rest = known[0][1] + (norm[known[0][1] - 1:known[0][1] + 1] in _DIVISION_HEADS) if len(known) == 1 else end
    if len(known) == 1 and known[0][0] == start and known[0][1] - start >= MIN_NAME_CHARS and (known_place(
            norm[start:known[0][1]], lex) or known_place(norm[start:known[0][1] - 1], lex)) and (
            start, known[0][1]) in words.overlapping(start, start + 1) and end - rest >= MIN_NAME_CHARS and (
            not lex.is_name_char(norm[end:end + 1] or "。")) and (
            _whole(norm, words, rest, end, lex) and _is_name(norm[rest:end], lex, True)):
        return [known[0], (rest, end)]  # 苏格兰|巴尔莫勒尔堡: a region, then a place in it; 巴伐利亚州|长|苏德尔: the
        # region, then its head (州长, the governor), then him
    covered = bool(known) and known[0][0] == start and all(a[1] == b[0] for a, b in zip(known, known[1:]))
    if transliteration(piece, lex) and not (covered and known[-1][1] >= end - 1):
        # 波斯|特科格鲁 (Postecoglou): a run of strong transliteration characters the lexicon's names do not
        # cover is one foreign name, and a lexicon name inside it (Persia) only a fragment of it.
        known = [(s, e) for s, e in known if e - s >= end - start - 1]
        covered = covered and bool(known)
    for s, e in known:
        if e - s >= 3 and (s, e) in words.overlapping(s, e) and (e - s == end - start - 1) and (
                _stray_outside(norm, words, start, end, s, e)):
            return [(s, e)]  # 内陆国|赞比亚, 索马里兰|约20公里: the stray character is another word's
    for s, e in known:
        if s == start + 1 and e == end and not any(ws < edge < we for edge in (s, e) for ws, we in words.overlapping(
                s - 1, e + 1)) and (tag := jieba_tag(norm[start])) in STRAY_TAGS and not (
                tag == "d" and start and jieba_tag(norm[start - 1]) == "p"):
            return [(s, e)]  # 因|欧盟, 依|川普, 持|英国: a preposition, conjunction, adverb or verb before it, whatever
            # its odds (not 纽卡斯尔|联, 阿诺|拉 after: a name goes on; nor 对|莫赖斯, where a preposition already
            # stands before the "adverb")
    if covered and _whole(norm, words, start, known[-1][1], lex) or (
            known == [(start, end - 1)] and _alone_word(norm, words, end - 1, _PRONOUN) and _whole(
                norm, words, start, end - 1, lex, True)):
        return known  # 英国|各主要政党: a name the lexicon knows, then "each" (not 波多黎各, one word)
    if _whole(norm, words, start, end, lex) and (_is_name(piece, lex, has_context(norm, start, end, paragraph.start) or (
            end - start == 2 and (_PLACE_NOUN_BEFORE.search(norm, max(paragraph.start, start - 4), start) is not None
                                  or head_at(norm, end, SITE_HEADS)) and not norm.startswith(PLACE_NOUNS, end)))
            # 丘比|国家公园 (Chobe); not 西部|温泉|小镇 "a spa town in the west", what kind of town it is
            or _jieba_name(piece, lex, _TRANSLITERATED)):  # 港口城市|斯法克斯 (Sfax), though CC-CEDICT has 法克
        return [(start, end)]
    for s, e in known:
        stray = norm[start:s] + norm[e:end]
        if e - s >= 3 and (s, e) in words.overlapping(s, e) and len(stray) <= 1 and lex.name_odds.get(stray, -9) <= STRONG:
            return [(s, e)]  # 多|哈萨克: a long lexicon name jieba agrees on, a weak stray character beside it
            # (not 阿卜杜拉|希: a strong name character says the name goes on)
    return [(s, e) for s, e in known if _whole(norm, words, s, e, lex)]



#: What says the two characters after it name a place, as a title does a person's (港市|高威, 南部|科克).
_PLACE_NOUN_BEFORE = re.compile("(?:" + "|".join(PLACE_NOUNS) + "|[东西南北中]部的?)$")


def _place_chain(piece: str, start: int, lex: Lexicon) -> list[tuple[int, int]]:
    """A run that is places one after another, country, then region, then city (澳大利亚|新南威尔士州|悉尼市): each
    a place the lexicon knows, with a suffix or without; the run is no name the lexicon knows itself."""
    if piece in lex.names or len(piece) < 4:
        return []

    def place(part: str) -> bool:
        for form in (part, part[:-1] if part[-1] in DIVISIONS else ""):
            known = lex.names.get(form) if len(form) >= 2 else None
            if known is not None and known.type is NameType.PLACE:
                return True
        return False

    best: dict[int, list[int]] = {0: []}  # where a chain of places reaches: the ends of its parts
    for i in range(len(piece)):
        if i in best:
            for j in range(i + 2, len(piece) + 1):
                if j not in best and place(piece[i:j]):
                    best[j] = best[i] + [j]
    ends = best.get(len(piece), [])
    return [(start + a, start + b) for a, b in zip([0] + ends, ends)] if len(ends) >= 2 else []


#: Words never in a name that end the one before them: the verb of a statement of another rendering, "in the
#: hands of" (从杰伊·沙阿|手中接过), "under" a teacher (教练格兰·米斯|门下) and "on suspicion of" (穆萨·马拉|因涉嫌).
_ENDS_NAMES = re.compile("译作|译为|译成|称为|称作|手中|手上|门下|因涉嫌")
#: Words for "about" and the ordinal prefix before a number, which a name never ends in before one (索马里兰|约20公里,
#: 巴特那|第10度).
_ABOUT = "约近逾第"
#: An ordinal with its counter (第四次, 第3届): after a name of two characters, it is not the name's third (伯林|第四次).
_ORDINAL_AFTER = re.compile("第(?:[0-9]+|[一二三四五六七八九十]+)[次届个位名场轮座天年季度号条]")
#: Units of a number written after its digits (15万, 3亿), or "-odd" (20多|匹马), which jieba may leave beside the name after them.
_NUMBER_UNITS = "万亿千百多余"
#: A count of people or times right after a name, its subject (贝克|一人拿下四座, 梅西|两度): a name ends before it.
_COUNT_AFTER = re.compile("[一两二三四五六七八九十][人个位名次度]")


def _stray_outside(norm: str, words: SortedSpans, start: int, end: int, s: int, e: int) -> bool:
    """The one character of the run [start, end) beside the lexicon name [s, e) belongs outside it: it ends a word
    that begins before the run (内陆|国), or it stands before a number (约|20)."""
    pos = start if s > start else end - 1
    word = words.overlapping(pos, pos + 1)
    return bool(word) and (word[0][0] < start or word[0][1] > end) or (pos == end - 1 and norm[end:end + 1].isdigit())


def _joined_places(norm: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """The parts of a joined run when each is a place the lexicon knows (柔佛—新加坡, 维也纳-布拉格): a dash or
    a dot between two places is a relation (a zone, a route), not one name; a person's parts are not all places."""
    parts, pos = [], start
    for m in _NO_JOINER.finditer(norm, start, end):
        parts.append((m.start(), m.end()))
        pos = m.end()
    if len(parts) < 2 or pos != end:
        return []
    known = [lex.names.get(norm[s:e]) for s, e in parts]
    return parts if all(n is not None and n.type is NameType.PLACE for n in known) else []


def _unsaid(norm: str, start: int, end: int, para_start: int, lex: Lexicon) -> bool:
    """A person of two characters new with the regional table (克里 Kerry, 卡尼 Carney) that no title or
    speech verb vouches for: not a name here, as any two-character name needs its context.  A form CC-CEDICT
    or OpenCC already gave (川普, 普丁, 拜登) is a name wherever it stands whole, as it was before the table."""
    form = norm[start:end]
    if end - start != 2 or form not in lex.regional or lex.regional[form] is not None:
        return False
    return lex.names[form].type is NameType.PERSON and not has_context(norm, start, end, para_start)


#: Heads of a school named by its city (墨尔本|大学), which jieba's dictionary holds as one word with it; a city of
#: three characters or more, as most countries' names are shorter or end in 国 (英国|大学, "British universities").
_SCHOOL_HEADS = ("大学", "学院")


def _standalone(norm: str, start: int, end: int, para_start: int, lex: Lexicon) -> bool:
    """A word jieba cuts that the lexicon knows as a foreign name (美国, 伦敦; 莫迪 after a title; not 山下, 人大), a
    university named by a foreign city the lexicon knows (墨尔本大学), or a Japanese full name whose family name it
    knows (木村拓哉)."""
    if end - start == 4 and given_name_end(norm, start, start + 2, SortedSpans([]), lex) == end:
        return True  # 木村拓哉, one word of jieba's: a family name the lexicon knows and the given name after it
    name = lex.names.get(norm[start:end]) if end - start >= 2 else None
    if name is None and end - start >= 5 and norm.endswith(_SCHOOL_HEADS, start, end) and norm[end - 3] not in "国洲" and (
            place := lex.names.get(norm[start:end - 2])) is not None and place.foreign and place.type is NameType.PLACE:
        return True  # 墨尔本大学, one word of jieba's: a university named by its city (not 英国大学 "British universities")
    if name is None or not name.foreign or ruler_title(norm, start, end, lex):
        return False
    return end - start >= 3 or name.type is NameType.PLACE or has_context(norm, start, end, para_start) or (
        name.type is NameType.PERSON and generation_before(norm, start, para_start, lexicon())) or (
        name.type is NameType.ORGANISATION and norm[start:end] in lex.regional)  # 热刺: a club the table names


def _names_in_single_characters(norm: str, words: SortedSpans, para_start: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Foreign names the lexicon knows that jieba's dictionary lacks and cuts into single characters (寮|国 Laos,
    the Taiwan form; 永|珍 Vientiane; 谷|歌 Google): two or three single-character words in a row that spell a place
    (two after a place noun or a visit, or ending in 国: 首都|马|累 Malé), or a person or a body after a title or a
    trade's word (芯片商|谷|歌; not a speech verb after: 大使黄亚|中|时|表示 is the end of a Chinese name)."""
    found = []
    spans = words.spans
    for i, (s, e) in enumerate(spans):
        if e - s != 1:
            continue
        for n in (2, 3):
            if i + n > len(spans) or any(b - a != 1 for a, b in spans[i:i + n]):
                break
            end = spans[i + n - 1][1]
            if (name := lex.names.get(norm[s:end])) is not None and name.foreign and (name.type is NameType.PLACE and (
                    n == 3 or norm[end - 1] == "国" or _STRONG_PLACE_CUE.search(norm, max(0, s - 4), s)) or (
                    name.type is not NameType.PLACE and (title_before(norm, s, para_start) or trade_before(
                        norm, s, norm[s:end])) and _whole(norm, words, s, end, lex, known=True))) and not (
                    _single_name_character(norm, spans, i - 1, lex) and _single_name_character(norm, spans, i + n, lex)):
                found.append((s, end))
                break
    return found


def _single_name_character(norm: str, spans: list[tuple[int, int]], i: int, lex: Lexicon) -> bool:
    """Whether jieba's word ``i`` is one character seen in names: a run of them may be a transliteration a place
    only begins (not 在|砂|拉|越|，, where a function word and a comma stand around Sarawak)."""
    return 0 <= i < len(spans) and spans[i][1] - spans[i][0] == 1 and lex.is_name_char(norm[spans[i][0]])


def _chinese_place(norm: str, start: int, end: int, para_start: int, lex: Lexicon) -> bool:
    """A word jieba cuts that CC-CEDICT gives as a place named by its own pinyin (台湾, 新疆), and jieba's
    dictionary tags a place too (not 布袋, a town in CC-CEDICT and "a sack" in prose), or a name of another kind
    or none (桂林 and 张家口, tagged a person's; 兰屿): a place of one word of English (not 李俊 "Li Jun", a person
    CC-CEDICT files as a place), not a title's first word (《哪吒之魔童闹海》), a numbered craft's (神舟二十号) or a
    part of a dotted name (戈哈尔·阿里·汗, not 阿里 Ngari).  After a place noun or a verb of travel to a place
    (:data:`_STRONG_PLACE_CUE`) or before a dateline's day (酒泉|12月3日电) jieba's tag of an ordinary word does not
    count either (大城|海法 Haifa, 访问|合肥): there the word names the place (but not after 在 or 搬到: 搬到|新屋 is
    "moved into the new house")."""
    name = lex.names.get(norm[start:end]) if end - start >= 2 else None
    if name is None or name.foreign or name.type is not NameType.PLACE:
        return False
    tag = jieba_tag(norm[start:end])
    if tag == "ns":
        return True
    dateline = DATELINE_DAY.match(norm, end) is not None  # 新华社酒泉|12月3日电: a dateline's place, whatever jieba's tag
    if tag not in _OTHER_NAME_TAGS and not (dateline or _STRONG_PLACE_CUE.search(norm, max(para_start, start - 4), start)):
        return False
    before, after = norm[start - 1:start], norm[end:end + 1]
    return (len(name.english.split()) == 1 or name.english.endswith(_PLACE_KIND_WORDS)) and (
        before not in ("《", *NAME_JOINERS)) and (dateline or not (
            after.isdigit() or after in NUMERALS or after in NAME_JOINERS))


#: What makes a place of the word after it, whatever jieba's tag: a place noun (大城, 首都) or a visit (访问, 抵达).
_STRONG_PLACE_CUE = re.compile("(?:" + "|".join(PLACE_NOUNS + ("访问", "抵达", "飞抵", "前往", "位于")) + ")$")
#: jieba's tags of a name that is not a place's (a person's, a transliteration's, another proper noun's) or of a
#: word its dictionary lacks: a place CC-CEDICT knows may stand for them (桂林 nr).
_OTHER_NAME_TAGS = NAME_TAGS - {"ns", "nt"} | {""}
#: The last words of the English of a place of more than one word (Huangyan Island, Zhangjiajie National Park).
_PLACE_KIND_WORDS = (" Island", " Islands", " County", " Lake", " Mountains", " Mountain", " River", " Park")


def _split_region(norm: str, words: SortedSpans, start: int, end: int, para_start: int,
                  lex: Lexicon) -> tuple[int, int] | None:
    """The province or state the single-character word 省/州 at [start, end) ends, when jieba left the place
    before it in single characters too (卑|詩|省 British Columbia) and a place noun, a function word,
    punctuation or another place stands before it: the lexicon knows the place, the suffix says it is one."""
    if end - start != 1 or norm[start] not in REGION_SUFFIXES:
        return None
    for size in (4, 3, 2):
        begin = start - size
        if begin >= para_start and known_place(norm[begin:start], lex) and all(
                e - s == 1 for s, e in words.overlapping(begin, start)) and (
                edge_at(norm, begin - 1, para_start, len(norm)) or place_cue_before(norm, begin, para_start)
                or place_start_before(norm, words, begin, para_start, lex) is not None):
            return begin, end
    return None


#: Heads of a place named by the words before them (奥多棉芷|省, 特里|洛尼|区 a parish, 蒙特哥|湾 a bay); the loose
#: ones also end common nouns (合作区, 矿区), so only name characters may name them.
_LOOSE_HEADS = "区湾"
_NAMED_HEADS = REGION_SUFFIXES + _LOOSE_HEADS
#: What after a division's head makes another word of it: 州长 governor, 州立 state-run, 省份 province (the noun).
_NOT_DIVISION_AFTER = set("长立份")
#: Characters that open a division's name as words of their own (北|基伍|省 North Kivu, 新|南威尔士|州).
_DIVISION_PREFIXES = set("东南西北新上下")
#: The most characters of a division's name before its head.
_DIVISION_NAME_CHARS = 8


def _named_division(norm: str, words: SortedSpans, start: int, end: int, para_start: int,
                    lex: Lexicon) -> tuple[int, int] | None:
    """The province, state, district or bay the single-character word 省/州/邦/区/湾 at [start, end) ends, named by the
    words before it back to an ordinary word, a title, punctuation or a place it lies in (柬埔寨|奥多棉芷省, 攻占|北基伍省,
    位于|实皆省, 开伯尔－普什图省, 西北部|特里|洛尼|区): news names a province with its head, and the names before it are
    no words of their own, whatever their characters when the province's governor follows (胡胡伊省|省长).  A place
    the lexicon knows right before the head is the whole name (圣地牙哥|省)."""
    if end - start != 1 or norm[start] not in _NAMED_HEADS or norm[end:end + 1] in _NOT_DIVISION_AFTER or (
            lex.odds(norm[end:end + 1] or "。") > STRONG and not TITLE.match(norm, end)):
        return None  # 下萨克森邦|沃夫斯堡: a town's name right after, which the run of its characters finds whole (but
        # 巴拉那|州|州长: the state's governor)
    begin = start
    headed = norm.startswith(norm[start] + "长", end)  # 胡胡伊省|省长: the province's own governor after it
    for s, e in reversed(words.overlapping(max(para_start, start - _DIVISION_NAME_CHARS), start)):
        word = norm[s:e]
        if e != begin:
            break
        if word in HYPHENS + DASHES and begin < start:
            begin = s  # 开伯尔|－|普什图省
            continue
        if not all_han(word) or ordinary_word(word, lex) or TITLE.search(word) or (
                len(word) == 1 and not (lex.is_name_char(word) or word in _DIVISION_PREFIXES or (
                    headed and jieba_tag(word) in NAME_TAGS))):  # 胡|胡|伊省|省长, not 前|卡杜纳州|州长 "former"
            break  # ordinary_word and TITLE hold only words of two characters or more
        if norm[start] in _LOOSE_HEADS and not all(map(lex.is_name_char, word)):
            break  # 度假胜地|蒙特哥湾, 经贸|合作区: a district's or a bay's name is a transliteration's characters
        if known_place(word, lex):
            begin = s if begin == start else begin  # 圣地牙哥|省, but 柬埔寨|奥多棉芷省
            break
        begin = s
    if start - begin < 2 or norm[begin] in HYPHENS + DASHES:
        return None
    return begin, end


def _inside_a_word(norm: str, words: SortedSpans, start: int, end: int, lex: Lexicon) -> bool:
    """The name stands inside a longer word jieba cuts that is neither a name nor a name plus a title."""
    return any(norm[ws:we] not in lex.names and not _compound(norm, ws, we, start, end, lex)
               for ws, we in words.holding(start, end))


@cache
def regional_matcher() -> RegionalForms:
    """The regional table's matcher, built once per process (the lexicon it reads is built once too)."""
    return RegionalForms(lexicon())


class RegionalForms:
    """The regional table's forms as a matcher: the characters they begin with, and every beginning of a form."""

    def __init__(self, lex: Lexicon):
        self.forms = lex.regional
        self.firsts = re.compile("[" + re.escape("".join(sorted({f[0] for f in self.forms}))) + "]" if self.forms
                                 else r"(?!)")
        self.prefixes = beginnings(self.forms)

    def spans(self, norm: str, para_start: int, para_end: int, words: SortedSpans,
              lex: Lexicon) -> list[tuple[int, int]]:
        """The table's forms in a paragraph (施纪贤, 卓慧思, 普丁), longest first, whole.

        A chosen Hong Kong name reads like a Chinese one, not a transliteration:
        the table, not its characters, says it is a name.  As for any lexicon
        name (:func:`_standalone`), two characters count for a place, or for a
        person where a title or speech verb says so; and it must end where a
        word, a function word or the text does (:func:`_whole`).
        """
        found: list[tuple[int, int]] = []
        for m in self.firsts.finditer(norm, para_start, para_end):
            start = m.start()
            if found and start < found[-1][1]:
                continue
            ends, end = [], start + 1
            while end <= para_end and norm[start:end] in self.prefixes:  # the forms written at start
                if norm[start:end] in self.forms:
                    ends.append(end)
                end += 1
            for end in reversed(ends):
                if _standalone(norm, start, end, para_start, lex) and _whole(norm, words, start, end, lex, known=True):
                    found.append((start, end))
                    break
        return found


class _Seen:
    """Spans found so far in a paragraph; whether one covers a range is answered without a scan of them all
    (a paragraph of a million characters has a hundred thousand)."""

    def __init__(self) -> None:
        self.ends: dict[int, int] = {}  # start -> the furthest end found from it
        self.longest = 0

    def add(self, span: tuple[int, int]) -> None:
        start, end = span
        self.ends[start] = max(self.ends.get(start, end), end)
        self.longest = max(self.longest, end - start)

    def covers(self, start: int, end: int) -> bool:
        return any(self.ends.get(s, -1) >= end for s in range(max(0, end - self.longest), start + 1))


#: How far past a paragraph's edges the finder's pass over it reads (a title before a name, a speech verb after it,
#: initials before a dot): the paragraph and this much text either side decide what the pass finds there.
REACH = 16


@dataclass
class _ParagraphFinds:
    """What the finder's pass over one paragraph found (spans into the text), each kind as
    :func:`find_candidates` keeps it."""

    found: list[tuple[int, int]]
    held: list[tuple[int, int]]
    heard: list[tuple[int, int]]
    places: list[tuple[int, int]]
    dotted: list[tuple[int, int]]
    titled: list[tuple[int, int]]  # names a title vouches for (:func:`titled_names`)

    def shifted(self, by: int) -> _ParagraphFinds:
        return _ParagraphFinds(*([(s + by, e + by) for s, e in spans] for spans in (
            self.found, self.held, self.heard, self.places, self.dotted, self.titled)))


class _ParagraphFinder:
    """The finder's pass over each paragraph, done once per distinct paragraph of a text: a long text repeats
    its paragraphs (a dateline, a credit line, an article quoted again), and what the pass finds depends only on
    the paragraph, :data:`REACH` characters either side and the ``taken`` spans among them."""

    def __init__(self, doc: Document, norm: str, taken: SortedSpans, lex: Lexicon) -> None:
        self.doc, self.norm, self.taken, self.lex = doc, norm, taken, lex
        self.written = _written_if_other(doc, norm)
        self.regional = regional_matcher()
        self.name_characters = name_characters_class()
        self.done: dict[tuple, tuple[int, _ParagraphFinds]] = {}

    def of(self, paragraph) -> _ParagraphFinds:
        key = _window_key(self.written, self.norm, self.taken, paragraph.start, paragraph.end, REACH)
        if key in self.done:
            start, finds = self.done[key]
            return finds.shifted(paragraph.start - start)
        finds = self._find(paragraph)
        self.done[key] = (paragraph.start, finds)
        return finds

    def _find(self, paragraph) -> _ParagraphFinds:
        """Names, and the spans kept for later tests, in one paragraph."""
        norm, taken, lex, regional, name_characters = self.norm, self.taken, self.lex, self.regional, self.name_characters
        found: list[tuple[int, int]] = []
        held: list[tuple[int, int]] = []
        heard: list[tuple[int, int]] = []
        places: list[tuple[int, int]] = []
        dotted: list[tuple[int, int]] = []
        text = norm[paragraph.start:paragraph.end]
        words = paragraph_words(norm, paragraph.start, paragraph.end)
        runs = [_joined_edges(norm, words, _given_name_word(norm, words, paragraph.start + s, paragraph.start + e, lex),
                              paragraph.start + e, lex) for s, e in _runs(text, lex, name_characters)]
        pieces = [_extend_edges(norm, s, e, paragraph.start, paragraph.end, lex, words) for s, e in runs]
        held += [span for run, piece in zip(runs, pieces) if run == piece
                 and (span := _weak_start(norm, *run, paragraph.start, paragraph.end, lex))
                 and not _counted(norm, span[0]) and _whole(norm, words, *span, lex)]  # not 2|亿卢比 "200 million rupees"
        heard += [span for run, piece in zip(runs, pieces) if run == piece
                  and (span := _weak_end(norm, *run, paragraph.start, paragraph.end, lex))]
        heard += [span for run, piece in zip(runs, pieces) if run == piece and run[1] - run[0] <= 2
                  and (span := _short_name(norm, words, *run, paragraph.start, paragraph.end, lex))]
        heard += [span for run, piece in zip(runs, pieces) if run == piece and run[1] - run[0] > 2
                  and head_at(norm, run[1], FIRM_HEADS) and place_word_start(norm, words, run[1] - 2, lex) is not None
                  and (span := _short_name(norm, words, run[1] - 2, run[1], paragraph.start, paragraph.end, lex))]
        heard += _weak_middles(norm, [run for run, piece in zip(runs, pieces) if run == piece], paragraph.start,
                               paragraph.end, lex)
        pieces = [side for s, e in pieces for side in _sides_of_inner_title(norm, words, s, e, lex) or [(s, e)]]
        pieces += [(s, e) for s, e in words.spans if _standalone(norm, s, e, paragraph.start, lex)]
        places += [span for span in venues(norm, words, paragraph.start, paragraph.end, lex) if not taken.overlapping(*span)]
        dotted += [span for span in dotted_names(norm, words, paragraph.start, paragraph.end, lex) if not taken.overlapping(*span)]
        seen = _Seen()
        for s, e in regional.spans(norm, paragraph.start, paragraph.end, words, lex):
            if taken.only_inside(s, e) and not _inside_a_word(norm, words, s, e, lex):  # 中國大陸 around the listed 中國
                seen.add((s, e))  # 施紀賢: a chosen name the table knows, however Chinese it looks
                found.append((s, e))
        for s, e in _names_in_single_characters(norm, words, paragraph.start, lex):
            if not (taken.overlapping(s, e) or seen.covers(s, e)):
                seen.add((s, e))  # 寮|国: a country the lexicon knows, in characters jieba left single
                found.append((s, e))
        for s, e in words.spans:
            if (e - s < 3 and norm[e - 1] not in _NAMED_HEADS and norm[s:e] not in lex.names) or ruler_title(
                    norm, s, e, lex):
                continue  # most words: none of the tests below can hold for a short word the lexicon does not know
            if (full := _titled_full_name(norm, words, s, e, paragraph.start, paragraph.end, lex)) and not (
                    taken.overlapping(*full) or seen.covers(*full)):
                seen.add(full)
                found.append(full)
            if with_region_suffix(norm, words, s, e - 1, lex) == (s, e) and not seen.covers(s, e) and all(
                    span == (s, e - 1) for span in taken.overlapping(s, e)):
                seen.add((s, e))  # 莫斯科州: the oblast, though the glossary lists the city
                found.append((s, e))
            if (region := _split_region(norm, words, s, e, paragraph.start, lex) or _named_division(
                    norm, words, s, e, paragraph.start, lex)) and not (
                    taken.overlapping(*region) or seen.covers(*region)):
                seen.add(region)  # 卑|詩|省: a province the lexicon knows, in characters jieba left single
                found.append(region)
            if (place := _place_in_word(norm, s, e, lex)) and not (taken.overlapping(*place) or seen.covers(*place)):
                seen.add(place)  # 太平洋|地区, 北京|人民大会堂: a place and a word jieba glued to it
                found.append(place)
            elif _name_word_holding_name(norm, s, e, lex) and not (taken.overlapping(s, e) or seen.covers(s, e)):
                seen.add((s, e))  # 拉瓦尔品第 (Rawalpindi), one word of jieba's, not the lexicon's 拉瓦尔 (Laval)
                found.append((s, e))
            if (river := _river_word(norm, s, e, lex)) and not (taken.overlapping(*river) or seen.covers(*river)):
                seen.add(river)  # 叶尼塞河|畔, 塞纳河畔: a river or a lake a transliteration names, which the lexicon lacks
                found.append(river)
            for place in _glued_places(norm, s, e, lex):
                if not (taken.overlapping(*place) or seen.covers(*place)):
                    seen.add(place)  # 福建|厦门: a province and its city, one word of jieba's
                    found.append(place)
            if (_chinese_place(norm, s, e, paragraph.start, lex) or _headed_place(norm, s, e) or _county_word(norm, s, e, lex) or _named_city(norm, s, e, lex) or (_generation_word(norm, s, e, paragraph.start, lex) and _clause_break(
                    norm, words, e, paragraph.start, paragraph.end))) and not (
                    taken.overlapping(s, e) or seen.covers(s, e)):
                seen.add((s, e))
                found.append((s, e))
        for run_start, run_end in sorted(pieces, key=lambda p: (p[0], -p[1])):
            for start, end in outside_spans(run_start, run_end, taken):
                start, end = _trim(norm, words, start, end, lex)
                if (city := _city_after_prefecture(norm, start, paragraph.start, lex)) and not seen.covers(*city):
                    seen.add(city)  # 滋贺县|长滨市, 长野县|长野市: a Japanese prefecture, then a city beginning with 长,
                    found.append(city)  # which jieba reads with the 县 before it as 县长 "county head"
                    continue
                start = _after_preposition(norm, words, start, end, lex)
                whole_run = (start, end)
                start, end = _drop_word_ends(norm, words, start, end, lex)
                start = _after_postposition(norm, _after_title(norm, start, end, lex), end, lex)
                if norm.startswith(PLACE_NOUNS, start) and end - start > 4:
                    start += 2  # 港市|格但斯克: "the port city", then its name
                end = _before_title_modifier(norm, start, end, lex)
                if (start, end) != whole_run and not _counted(norm, whole_run[0]) and (transliteration(
                        norm[whole_run[0]:whole_run[1]], lex) or _speaker(norm, *whole_run, lex)) and _whole(
                        norm, words, *whole_run, lex):
                    held.append(whole_run)  # 卢比|欧: a clear transliteration that holds a word (卢比 rupee); 。费拉|利|说:
                    # a speaker whose name jieba cuts as a word and a character
                after = taken.overlapping(end, end + 1)
                if end < run_end and norm[end - 1] in JOINERS and after and after[0][0] == end:
                    end = after[0][1]  # 铁木尔·乌马罗夫: the full name of the listed 乌马罗夫
                while start < end and (norm[start] in NAME_JOINERS or (
                        norm[start] in LEADING and norm[start + 1:start + 2] not in JOINERS
                        and not any(s == start and e - s >= 2 for s, e in words.overlapping(start, start + 1)))):
                    start += 1  # 但|叶文洁, 他|刚拿 (not 那不勒斯, one word)
                while end > start and (norm[end - 1] in NAME_JOINERS or (
                        norm[end - 1] in BESIDE and end - 1 > start and norm[end - 2] not in JOINERS
                        and not any(e == end and start <= s < e - 1 for s, e in words.overlapping(end - 1, end))) or (
                        end - start > 3 and not JOINER.search(norm, end - 3, end - 1)
                        and _alone_word(norm, words, end - 1, _PREPOSITION))):
                    end -= 1  # 乌沙科夫|也 (not 埃及, one word), 穆萨·马拉|因涉嫌: a preposition after a part of two or more
                if end - start > 2 and _counted(norm, start):
                    start += 1  # 15万|罗兴亚人: a number's unit, not a name's first character
                    if norm[end - 1] == "人":
                        continue  # 15万罗兴亚|人: a count of a people, no referent
                if _after_number(norm, start):
                    continue  # 5000|阿里亚里, 数十万|谢克尔: what a number counts (a currency), no name
                if (end - start > 3 or end - start == 3 and _ORDINAL_AFTER.match(norm, end - 1)) and norm[end - 1] in _ABOUT and (
                        norm[end:end + 1].isdigit() or norm[end:end + 1] in NUMERALS) and not DATELINE_DAY.match(norm, end):
                    end -= 1  # 索马里兰|约20公里, 英特尔|约一成: "about" before a number (not 记者林宏翰纽约|29日综合, a
                    # dateline's city)
                if end - start > 3 and norm[end - 1] == "后" and CUE_AFTER.match(norm[end:end + 3]):
                    end -= 1  # 会见穆罕默德·本·萨勒曼|后|表示: "after" meeting him, then what was said
                if (verb := _ENDS_NAMES.search(norm, start + 2, end + 2)) is not None and verb.start() < end:
                    end = verb.start()  # 将夏巴兹．夏立夫|译作「…」, 杰伊·沙阿|手中: a rendering's verb, "in the hands of";
                    # 埃梅菲莱|因涉嫌 "on suspicion of", however far the run went
                if (naming := NAMING_BEFORE.match(norm, start, end)) is not None and end - naming.end() >= 2:
                    start = naming.end()  # （SEC，简称|证交会）, 大陆称|美联储: the statement of a short form or a rendering
                piece = norm[start:end]
                if end - start < 2 or seen.covers(start, end) or (
                        taken.overlapping(start, end) and not any(c in JOINERS for c in piece)):
                    continue
                spans = _names_in_piece(norm, words, start, end, paragraph, taken, lex)
                if not spans and end in seen.ends and known_place(piece, lex) and (start, end) in words.overlapping(
                        start, end):
                    spans = [(start, end)]  # 西班牙|華倫西亞: a country jieba cuts whole, and a place found right after
                if not spans and end - start >= MIN_NAME_CHARS and all(map(lex.is_name_char, piece)) and _whole(
                        norm, words, start, end, lex):
                    heard.append((start, end))  # 波西米亚|工匠: a run an ordinary word makes prose (西米 "sago"), a name
                    # when it sounds like one the text names (波希米亚, Bohemia)
                for s, e in spans:
                    if not _inside_a_word(norm, words, s, e, lex):
                        seen.add((s, e))
                        found.append((s, e))
        return _ParagraphFinds(found, held, heard, places, dotted,
                               titled_names(norm, paragraph.start, paragraph.end, lex))


def _window_key(written: str | None, norm: str, taken: SortedSpans, start: int, end: int, reach: int) -> tuple:
    """What a rule reading [start, end) and ``reach`` characters either side sees: the text there (Simplified, and
    as written when ``written`` is the text and differs from it), where the span stands in it and the ``taken``
    spans in it, all relative to the window."""
    low, high = max(0, start - reach), min(len(norm), end + reach)
    inside = taken.overlapping(low, high)  # asked at every mention: a list, not a generator, and none made for none
    return (written[low:high] if written is not None else None, norm[low:high], start - low, end - low,
            tuple([(s - low, e - low) for s, e in inside]) if inside else ())


def _written_if_other(doc: Document, norm: str) -> str | None:
    """``doc``'s text where it differs from its Simplified text ``norm`` (Traditional), else None: a Simplified
    text's windows need not be read twice."""
    return None if doc.text == norm else doc.text


#: How far around a candidate the rules that grow, cut or drop it read (a head or a body's words after it, a
#: team's city, initials or a party's opening word before it): see :class:`_ByContext`.
RULE_REACH = 64


class _ByContext:
    """A rule over candidates applied once per distinct stretch of text around a candidate: what it makes of one
    depends only on the candidate, :data:`RULE_REACH` characters either side, the ``taken`` spans among them and
    what holds for the whole text (how often it writes a form), and a long text names the same people in the same
    words again and again."""

    def __init__(self, doc: Document, norm: str, taken: SortedSpans) -> None:
        self.doc, self.norm, self.taken = doc, norm, taken
        self.written = _written_if_other(doc, norm)

    def each(self, candidates: list[Candidate], rule) -> list[Candidate]:
        """What ``rule`` makes of each candidate (a list: grown, cut in two or dropped), in order."""
        doc, norm, done, made = self.doc, self.norm, {}, []
        for c in candidates:
            key = (_window_key(self.written, norm, self.taken, c.start, c.end, RULE_REACH), c.gloss)
            if key not in done:
                done[key] = (c.start, rule(c))
            start, out = done[key]
            made += out if start == c.start else [
                Candidate(doc.text[o.start + c.start - start:o.end + c.start - start], o.start + c.start - start,
                          o.end + c.start - start, o.gloss) for o in out]
        return made


def find_candidates(doc: Document, norm: str, taken: SortedSpans) -> list[Candidate]:
    """Whole names outside the ``taken`` spans (the glossary's names), glossed names first."""
    lex = lexicon()
    found: list[Candidate] = []
    glossed = [Candidate(doc.text[s:e], s, e, english) for s, e, english, *_ in glossed_names(doc, norm)
               if taken.only_inside(s, e)]
    # 俄罗斯|国家原子能公司（Rosatom）: a body glossed whole holds the listed country it is named after
    around = SortedSpans((c.start, c.end) for c in glossed)
    taken = SortedSpans([(s, e) for s, e in taken.spans if not any(gs <= s and e <= ge for gs, ge in around.overlapping(s, e))]
                        + around.spans)
    held: list[tuple[int, int]] = []  # transliterations that hold an ordinary word, kept only when vouched for
    places: list[tuple[int, int]] = []  # venues, buildings, stations: a head noun and the words that name it
    heard: list[tuple[int, int]] = []  # names of two characters, or a run and a weak character after it, kept only
    # when another name sounds like them
    dotted: list[tuple[int, int]] = []  # names a dot joins, whole whatever their characters
    titles: list[tuple[int, int]] = []  # names written like Chinese ones after a title
    finds = _ParagraphFinder(doc, norm, taken, lex)
    for paragraph in doc.paragraphs():
        f = finds.of(paragraph)
        found += [Candidate(doc.text[s:e], s, e) for s, e in f.found]
        held += f.held
        heard += f.heard
        places += f.places
        dotted += f.dotted
        titles += f.titled
    firms = {(s, e): head for s, e in heard if e - s == 2 and (head := _firm_head(norm, s, e))}
    heard = [span for span in heard if span not in firms]
    found += [Candidate(doc.text[s:e + len(head)], s, e + len(head)) for (s, e), head in firms.items()
              if not taken.overlapping(s, e + len(head))]
    found = before_venues(doc, norm, found, places, lex) + [Candidate(doc.text[s:e], s, e) for s, e in places + dotted]
    found += [Candidate(doc.text[s:e], s, e) for s, e in rendered_spans(norm, lex) + _quoted_events(norm, lex)
              if not taken.overlapping(s, e)]
    found += [Candidate(doc.text[s:e], s, e, latin if type_of_english(latin) is NameType.ORGANISATION else "")
              for (ls, le), (s, e) in latin_renderings(norm, lex) if not taken.overlapping(s, e)
              for latin in (doc.text[ls:le],)]  # Bruno Mars（火星哥）, MBK Partners（内地译安博凯）: whole as the
    # parentheses say, and glossed by the Latin name before them when its words name a body (Partners)
    by_context = _ByContext(doc, norm, taken)

    def grown(c: Candidate) -> list[Candidate]:
        headed = with_head(doc, norm, whole_place(doc, norm, c, taken, lex), taken, lex)
        if (c := with_regnal_number(doc, norm, headed, taken, lex)) is not headed:
            c = with_head(doc, norm, c, taken, lex)  # 哈桑二世|球场: a ground named after a monarch and his number
        if not (named := named_structure(doc, norm, c, taken, lex)):
            return []
        return [state_organ(doc, norm, with_given_name(doc, norm, quoted_whole(doc, norm, named, taken), taken, lex),
                            taken)]

    def placed(c: Candidate) -> list[Candidate]:
        if _category_word(norm[c.start:c.end], lex) or norm.endswith(_PEOPLE_ENDS, c.start, c.end) or _award_after(
                norm, c.end) or _work_title(
                norm, c) or _abbreviated_states(norm, c.start, c.end, lex):  # 波什尼亚克族 (the Bosniaks), 吉尔莫家族: a
            return []  # people or a family is no referent of its own; nor 中缅泰, three states
        return _regions(doc, norm, _event(doc, norm, with_party_opener(doc, norm, _with_initials(doc, norm, c, taken),
                                                                       taken), taken, lex), taken, lex)

    found = university_units(doc, norm, by_context.each(found, grown), taken)
    para_starts = SortedSpans((p.start, p.end) for p in doc.paragraphs())
    glossed = [with_generation(doc, norm, c, taken, para_starts.overlapping(c.start, c.end)[0][0], lex)
               for c in glossed]
    found = [with_generation(doc, norm, c, taken, para_starts.overlapping(c.start, c.end)[0][0], lex)
             for c in found]
    found = split_at_dashes(doc, norm, split_at_and(doc, norm, before_conjunction(doc, norm, full_names(
        doc, norm, joined_organisations(doc, norm, territory_bodies(doc, norm, disjoint(found)), taken, lex)))))
    found = disjoint(found + by_context.each(_vouched(doc, norm, held, found + glossed, taken)
                                             + _vouched(doc, norm, heard, found + glossed, taken, by_count=False), grown))
    found = disjoint(found + found_again(doc, norm, _surnames(norm, found + glossed), found + glossed, taken, lex))
    found = disjoint(_before_clause_openers(doc, norm, _written_in_full(
        doc, norm, _split_datelines(doc, norm, found, lex), glossed, taken), lex))
    found = _not_from_titles(norm, found, titles)
    spans = SortedSpans(taken.spans + [(c.start, c.end) for c in found + glossed])
    heads = {(c.start, c.end) for c in found if c.end - c.start == 2 and _listed_family(norm, c.start, lex)}
    titled = [with_regnal_number(doc, norm, Candidate(doc.text[s:e], s, e), spans, lex) for s, e in titles
              if all(o[0] == s and (o in heads or _family_of_japanese(norm, o, e, lex)) for o in spans.overlapping(s, e))]
    titled += _japanese_relatives(doc, norm, titled, spans, heads, lex)
    ends = {c.start: c.end for c in titled}  # 干事长|铃木俊一, not the family name 铃木 the lexicon found in it
    found = [c for c in found if c.end >= ends.get(c.start, 0)]
    titled += [Candidate(doc.text[s:e], s, e) for s, e in _credited_names(norm, lex)
               if not spans.overlapping(s, e) and not any(c.start < e and s < c.end for c in titled)]
    found += titled
    found += _listed_with(doc, norm, found, SortedSpans(spans.spans + [(c.start, c.end) for c in titled]), lex)
    again = _said_once(norm, found, lex) | _table_partners(norm, found, lex) | {
        family for form in {norm[c.start:c.end] for c in found} if (family := lex.family_name(form))}  # 高市早苗 … 高市则表示
    found = disjoint([state_organ(doc, norm, c, taken) for c in found + by_context.each(found_again(
        doc, norm, again, found + glossed, taken, lex), grown)] + glossed)
    found = _with_direction(doc, norm, _suffixes_to_regions(doc, norm, by_context.each(found, placed)), taken, lex)
    found = disjoint(found + [c for c in _latin_bodies(doc, norm, lex) + _firms_named_bare(doc, norm, lex)
                              if not taken.overlapping(c.start, c.end)])
    late = listed_glosses(doc, norm)  # 诺波亚（Daniel Noboa，大陆译作诺沃亚）: the English of a name found otherwise
    found = [Candidate(c.form, c.start, c.end, late[c.end]) if not c.gloss and c.end in late else c for c in found]
    found = _no_referents(norm, _not_genres(norm, _not_works(norm, _with_constant_first(
        doc, norm, _named_by_listed_gloss(doc, norm, found, late, taken, lex), taken, lex)), lex), lex)
    return _places_before_bodies(doc, norm, _bodies_in_pieces(doc, norm, found, lex), lex)


#: Last words of a public body's or a party's name that a country or a city before it belongs to (智利|天主教大学,
#: 奥地利|自由党, 苏丹|武装部队, 香港|故宫文化博物馆); not a company's, which news names after its country as a
#: description (美国|礼来公司).
_INSTITUTION_ENDS = ("党", "大学", "学院", "协会", "总会", "法院", "法庭", "部队", "博物馆", "局", "部", "社", "队",
                     "委员会", "研究所", "研究院", "乐团")


def _places_before_bodies(doc: Document, norm: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A country or a city found right before a public body found is the start of the body's name: 智利天主教大学,
    not 智利 and 天主教大学.  Not a state of a federation (德州|共和党, the party's state branch), a body named before
    its kind (:func:`_named_before_its_kind`), nor one CC-CEDICT knows by itself (日本|自民党).  A body of two
    characters (澳大利亚|工党) is :func:`.short_forms._state_organs`' to join to its state, which links it alone too."""
    def belong(place: Candidate, body: Candidate) -> bool:
        where, what = norm[place.start:place.end], norm[body.start:body.end]
        return not place.gloss and known_place(where, lex) and not where.endswith("州") and len(what) > 2 and (
            what.endswith(_INSTITUTION_ENDS)) and what not in lex.names and not _named_before_its_kind(what, lex) and (
            not JOINER.search(what))

    return _joined_end_to_end(doc, found, belong)


def _named_before_its_kind(body: str, lex: Lexicon) -> bool:
    """A body's name that begins with a name of its own: a city (首尔|中央地方法院, by CC-CEDICT's senses), a
    transliteration (墨尔本|大学, 奥林匹亚科斯|足球俱乐部) or the word "national" (国立|中央博物馆), after which a country
    only describes it (韩国|国立中央博物馆)."""
    return body.startswith(_NATIONAL) or all(map(lex.is_name_char, body[:3])) or any(
        city_sense(body[:n]) for n in range(2, min(5, len(body))))


#: "National", which a body's name begins with when its country goes without saying.
_NATIONAL = ("国立", "国家")


def _bodies_in_pieces(doc: Document, norm: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Two names found end to end, a transliteration no lexicon knows and a body's name after it, are one body's name
    (卡奥拉|巴萨水电公司（HCB）, Cahora Bassa: the gloss made a name of the words before it that jieba knows)."""
    def belong(name: Candidate, body: Candidate) -> bool:
        form = norm[name.start:name.end]
        return not name.gloss and transliteration(form, lex) and form not in lex.names and (
            norm.endswith(BODY_ENDS, body.start, body.end)) and not JOINER.search(norm[name.start:body.end])

    return _joined_end_to_end(doc, found, belong)


def _joined_end_to_end(doc: Document, found: list[Candidate],
                       belong: Callable[[Candidate, Candidate], bool]) -> list[Candidate]:
    """``found``, each name joined with the one found right after it when ``belong(name, after)`` says they are one
    name; the joined name keeps the gloss of the second."""
    by_start = {c.start: c for c in found}
    joined, skip = [], set()
    for c in sorted(found, key=lambda c: c.start):
        if c.start in skip:
            continue
        if (after := by_start.get(c.end)) is not None and belong(c, after):
            joined.append(Candidate(doc.text[c.start:after.end], c.start, after.end, after.gloss))
            skip.add(after.start)
        else:
            joined.append(c)
    return joined


def _not_genres(norm: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """``found`` without a transliteration the text writes before a dance's or a music's word anywhere (坎东贝|鼓点,
    哈巴涅拉|舞曲, 米隆加|舞会): a genre named by its own word, no referent, wherever else it stands alone.  Not a
    name the lexicon knows (非洲|音乐 "African music" is Africa's), nor a glossed one."""
    genres = {norm[c.start:c.end] for c in found if not c.gloss and _GENRE_AFTER.match(norm, c.end) and (
        norm[c.start:c.end] not in lex.names)}
    return [c for c in found if norm[c.start:c.end] not in genres] if genres else found


def _no_referents(norm: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """``found`` without a faith or a ruler's title the lexicon knows standing alone (伊斯兰|革命, 逊尼|派, 卡达|埃米尔):
    no referent, though the lexicon keeps them, as a faith begins a body's name (伊斯兰行动阵线) and a title ends a
    run before the ruler's name (埃米尔|塔米姆)."""
    return [c for c in found if ((known := lex.names.get(norm[c.start:c.end])) is None or not (
        _NO_REFERENT.match(known.english))) and not _mainland_not_meant(norm, c.start, c.end, lex)]


def _mainland_not_meant(norm: str, start: int, end: int, lex: Lexicon) -> bool:
    """大陆 ("the mainland") after a continent (欧洲大陆 "continental Europe"): no mention of China, which the
    lexicon files it under."""
    return norm[start:end] == "大陆" and any(
        s >= 0 and (known := lex.names.get(norm[s:start])) is not None and _CONTINENT.match(known.english)
        for s in (start - 2, start - 3))


#: The English of a continent, whose 大陆 is its mainland (欧洲大陆, 非洲大陆).
_CONTINENT = re.compile(r"^(?:Europe|Asia|Africa|(?:North |South |Latin )?America|the Americas|Eurasia|Australia|Antarctica)$")


#: The English of a faith or a branch of one (CC-CEDICT's 伊斯兰 "Islam", 锡克 "Sikh", 逊尼 "Sunni") and of a title
#: (埃米尔 "Emir").
_NO_REFERENT = re.compile(r"^(?:islam|sikh|sunni|shia|hinduism|buddhism|judaism|taoism|daoism|zoroastrianism|emir)$", re.I)


#: A dance's or a music's word after its name: a dance, its music, its ball, its beat (not 舞厅 "dance hall", 舞团 "dance
#: company", a venue or a troupe named so).
_GENRE_AFTER = re.compile("舞(?![厅团台者])|鼓点|鼓声|乐曲|曲风|节奏")


#: Ends of a people's name, alone or with "among, in" after it (艾马拉族|中): no referent of its own.
_PEOPLE_ENDS = ("族", "族中", "族里", "族内")


#: What stands before a title in quotes that names a work, not a referent: a possessive (作家X的|「詹姆斯」, Everett's
#: novel James) or a word for a work (小说|「轨道」, 专辑|“凯罗斯”).
_WORK_BEFORE = re.compile("(?:的|小说|新作|作品|著作|新书|专辑|单曲|歌曲|电影|影片|剧集)$")


def _not_works(norm: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` without the mentions of a name alone, unglossed, that fill quotes a work's title stands in (的「詹姆斯」):
    a book, an album or a film named after a person or a place is no mention of one; a body's longer name in quotes
    (捷克的“不满公民行动党”（ANO）) is the body's."""
    return [c for c in found if not (c.end - c.start <= _WORK_TITLE_LENGTH and not c.gloss and c.start and norm[c.start - 1] in _WORK_QUOTES and norm[
        c.end:c.end + 1] == _WORK_QUOTES[norm[c.start - 1]] and _WORK_BEFORE.search(norm, max(0, c.start - 3), c.start - 1))]


#: Quotes a work's title stands in, each opening one with its closing one (Taiwan and Hong Kong write titles in 「」,
#: the mainland in 《》, which the finder already leaves alone).
_WORK_QUOTES = {opening: closing for closing, opening in QUOTE_PAIRS.items()}
#: The longest name alone that such quotes hold as a work's title: a given name or a surname (詹姆斯, 凯罗斯).
_WORK_TITLE_LENGTH = 3


def _with_constant_first(doc: Document, norm: str, found: list[Candidate], taken: SortedSpans,
                         lex: Lexicon) -> list[Candidate]:
    """Each name found whose first two characters the text writes two times or more, every time after one character
    that may begin it (:func:`.context.constant_first`), grown by that character: 道|达尔 … 道达尔."""
    by_form: dict[str, list[Candidate]] = defaultdict(list)  # by their first two characters: 达尔, 达尔能源公司
    for c in found:
        if all_han(c.form) and c.end - c.start >= 2:
            by_form[norm[c.start:c.start + 2]].append(c)
    spans = SortedSpans(taken.spans + [(c.start, c.end) for c in found])
    written: dict[str, list[int]] = defaultdict(list)  # where each is written: one pass over the text, not one per name
    for i in range(len(norm) - 1):
        if norm[i:i + 2] in by_form:
            written[norm[i:i + 2]].append(i)
    grown: dict[int, Candidate] = {}
    for form, seen in by_form.items():
        if len(written[form]) < 2:
            continue  # written once: nothing says what stands before it every time
        at = [i for i in written[form] if not any(  # 道达尔 alone, a short form not yet found;
            s < i for s, _ in spans.overlapping(i, i + 1))]  # not 纳文·金|达尔, another name
        if not constant_first(norm, form, at, spans, lex):
            continue
        grown.update({c.start: Candidate(doc.text[c.start - 1:c.end], c.start - 1, c.end, c.gloss) for c in seen})
    return [grown.get(c.start, c) for c in found]


def _not_from_titles(norm: str, found: list[Candidate], titled: list[tuple[int, int]]) -> list[Candidate]:
    """``found`` without the names that begin inside the title before a titled name and end with it (日本名将|平野步梦
    found as 将平野步梦: 将 is a name character too): the title says where the name begins."""
    ends = {c.end: c for c in found}
    wrong = set()
    for s, e in titled:
        c = ends.get(e)
        if c is not None and c.start < s and (title := TITLE_BEFORE.search(norm, max(0, s - 4), s)) is not None and (
                title.start() <= c.start):
            wrong.add((c.start, c.end))
    return [c for c in found if (c.start, c.end) not in wrong] if wrong else found


def _named_by_listed_gloss(doc: Document, norm: str, found: list[Candidate], late: dict[int, str], taken: SortedSpans,
                           lex: Lexicon) -> list[Candidate]:
    """The names before a full name's gloss and a regional rendering (高雲地利（Kirsty Coventry，內地譯考文垂）) that
    the finder cut short (吉蒂治 of 車普吉蒂治 Chepngetich) or missed, begun where the English's sound says
    (:func:`.glosses.name_before_by_sound`): the rendering's sound is another region's and says nothing here."""
    spans = SortedSpans(taken.spans + [(c.start, c.end) for c in found])
    by_end = {c.end: c for c in found}
    grown = {}
    for end, english in late.items():
        if (start := name_before_by_sound(norm, end, english, lex)) is None:
            continue
        short = by_end.get(end)
        if short is not None and start < short.start and not spans.overlapping(start, short.start):
            grown[end] = Candidate(doc.text[start:end], start, end, short.gloss)  # 車|普吉蒂治
        elif short is None and not spans.overlapping(start, end):
            grown[end] = Candidate(doc.text[start:end], start, end, english)  # 高雲地利, which nothing found
    if not grown:
        return found
    return sorted([c for c in found if c.end not in grown] + list(grown.values()), key=lambda c: c.start)


#: Directions that begin the name of a province or a state (南戈壁省 South Gobi, 北达尔富尔州, 东开普省).
_DIRECTIONS = "东西南北上下"  # 上|奥地利州 (Upper Austria), 下|萨克森州: upper and lower too
#: The words that end a division's name a direction may begin (南戈壁省, 上法兰西大区 Hauts-de-France).
_DIRECTED_DIVISIONS = ("省", "州", "邦", "大区")


def _with_direction(doc: Document, norm: str, found: list[Candidate], taken: SortedSpans,
                    lex: Lexicon) -> list[Candidate]:
    """A province or a state found without the direction that begins its name (南|戈壁省: 戈壁 the Gobi is a
    place the lexicon knows, 南 no name character; 上|奥地利州): a direction right before a division's name, glued
    to no word before or after it, is the name's first word."""
    fixed = []
    for c in found:
        s = c.start
        if c.end - s >= 3 and norm.endswith(_DIRECTED_DIVISIONS, s, c.end) and s and norm[s - 1] in _DIRECTIONS and not (
                taken.overlapping(s - 1, s)) and not any(default_jieba().has_word(w) and w not in lex.names for w in (
                    norm[s - 2:s] if s >= 2 else "", norm[s - 1:s + 1], norm[s - 1:s + 2])):  # 东|加里曼丹省, though
                # jieba reads 东加 (Tonga) there
            c = Candidate(doc.text[s - 1:c.end], s - 1, c.end, c.gloss)
        fixed.append(c)
    return fixed


def _suffixes_to_regions(doc: Document, norm: str, found: list[Candidate]) -> list[Candidate]:
    """A name that begins with 州, 省 or 邦 right after Chinese text gives it to the region before it, found or not
    (顿涅茨克|州波克罗夫斯克 → 顿涅茨克州|波克罗夫斯克, 下萨克森|邦沃夫斯堡 → 沃夫斯堡): no town's name begins so.  Not
    after a function word: 和|邦特兰州 (Puntland) begins so."""
    ends = {c.end: n for n, c in enumerate(found)}
    fixed = list(found)
    for n, c in enumerate(found):
        if c.end - c.start < 3 or norm[c.start] not in REGION_SUFFIXES or not c.start or not all_han(norm[c.start - 1]) or (
                norm[c.start - 1] in BESIDE):
            continue
        fixed[n] = Candidate(doc.text[c.start + 1:c.end], c.start + 1, c.end, c.gloss)
        if (before := ends.get(c.start)) is not None:
            region = found[before]
            fixed[before] = Candidate(doc.text[region.start:c.start + 1], region.start, c.start + 1, region.gloss)
    return fixed


#: What ends the name of a paper or a magazine, which news writes in title marks as it does works (《北京晚报》).
_PRESS_HEADS = ("报", "刊", "志")


def _work_title(norm: str, c: Candidate) -> bool:
    """``c`` is the whole title of a work in title marks (《艾诺拉》, a film named after its heroine): a work is no
    person, place or organisation, though its title reads as one; a paper's name (《北京晚报》) is one."""
    return c.start > 0 and norm[c.start - 1] in "《〈" and norm[c.end:c.end + 1] in ("》", "〉") and (
        not norm.endswith(_PRESS_HEADS, c.start, c.end))


def _event(doc: Document, norm: str, c: Candidate, taken: SortedSpans, lex: Lexicon) -> Candidate:
    """``c`` with the word for a festival or fair after it, when ``c`` is a place's name (康城|影展 the Cannes Film
    Festival, 大阪|世博会 Expo 2025), or with the place before it when ``c`` is such a word the lexicon knows
    (世博会 World Expo): the event, not the city, is what the text names there."""
    if norm[c.start:c.end] in EVENT_HEADS and (place := next((k for k in (4, 3, 2) if c.start >= k and _place_word(
            norm[c.start - k:c.start], lex) and not taken.overlapping(c.start - k, c.start)), 0)):
        return Candidate(doc.text[c.start - place:c.end], c.start - place, c.end, c.gloss)  # 大阪|世博会
    if norm[c.end:c.end + 1] in _HEAD_TAIL_STARTS and (cut := next((len(tail) for begun, tail in _HEAD_SPLITS if (
            norm.startswith(tail, c.end) and norm.endswith(begun, c.start, c.end)
            and _place_word(norm[c.start:c.end - len(begun)], lex))), 0)):
        return Candidate(doc.text[c.start:c.end + cut], c.start, c.end + cut, c.gloss)  # 大阪世博|会: the event's name
        # written short elsewhere (「大阪世博」) and found again here, short of its head's last character
    after = c.end + len(between) if (between := head_at(norm, c.end, _BEFORE_EVENT_HEADS)) else c.end
    # 法兰克福|国际|书展, 澳洲|网球|公开赛
    head = head_at(norm, after, EVENT_HEADS)
    known = lex.names.get(norm[c.start:c.end])
    if not head or (known is not None and known.type is not NameType.PLACE and not (
            head == "杯" and known.type is NameType.ORGANISATION)) or taken.overlapping(c.end, after + len(head)):
        return c  # but 联邦快递|杯: a cup takes its sponsor's name
    start = c.start
    if between and between != "国际" and c.start >= 2 and jieba_tag(sponsor := norm[c.start - 2:c.start]) == "nz" and (
            default_jieba().has_word(sponsor)):
        start -= 2  # 中银|香港|网球|公开赛: the sponsor's name before the city's (BOC Hong Kong Tennis Open)
    return Candidate(doc.text[start:after + len(head)], start, after + len(head), c.gloss)


#: Each event head cut in two (世博|会, 世|博会): a name found again may end inside one (大阪世博|会); and the
#: characters its second part begins with, which most names are followed by none of.
_HEAD_SPLITS = tuple((head[:k], head[k:]) for head in EVENT_HEADS for k in range(1, len(head)))
_HEAD_TAIL_STARTS = frozenset(tail[0] for _, tail in _HEAD_SPLITS)
#: Words between a place and the head of the event it holds: 国际 "international", or the sport of a tournament.
_BEFORE_EVENT_HEADS = ("国际", "网球", "羽毛球", "高尔夫球", "高尔夫", "乒乓球", "斯诺克", "田径")


#: What a place's 新 "new" stands before: a plant, a seat or a campus built there (斯里城|新厂, 浦那|新总部).
_NEW_SITES = ("厂", "工厂", "总部", "基地", "园区", "校区", "港区", "城区", "市区", "街区", "机场")


def _before_new_site(norm: str, start: int, end: int) -> int:
    """Where a place ends when the name found swallowed 新 "new" or 老 "old" before a plant, a seat or a quarter
    (斯里城新|厂, 努克老|港区): before it."""
    return end - 1 if end - start >= 3 and norm[end - 1] in "新老" and norm.startswith(_NEW_SITES, end) else end


def _before_when(norm: str, start: int, end: int, lex: Lexicon) -> int:
    """Where a name ends that took 时 "when" after it, closing a clause of time that 在 or a verb of meeting opened
    in the clause before the name (在会见…安东尼奥·塔亚尼|时|重申): before it; not a name the lexicon knows whole
    with its 时 (在|比利时).  Likewise 赛 of 赛后, 赛前 "after, before the race" (卡斯迪奥|赛后|宣布), whatever opened the
    clause, after three characters or more."""
    if end - start >= 4 and norm.startswith(_MATCH_TIMES, end - 1) and norm[start:end] not in lex.names:
        return end - 1
    if end - start < 3 or norm[end - 1] != "时" or norm[start:end] in lex.names:
        return end
    clause = _CLAUSE_BREAKS.split(norm[max(0, start - 40):start])[-1]
    return end - 1 if _WHEN_OPENS.search(clause) else end


#: What opens a clause of time that 时 "when" closes: 在, or a verb of meeting.
_WHEN_OPENS = re.compile("在|会见|会晤|接见|会谈|访问|接受|出席")
#: Punctuation that ends a clause, looking back from a name.
_CLAUSE_BREAKS = re.compile("[。，；！？：、]")


def _before_stray_character(norm: str, start: int, end: int, lex: Lexicon) -> int:
    """Where a foreign place the lexicon knows ends when the name found took one character more, the first of a name
    the lexicon lacks that a weak character goes on (在格鲁吉亚|巴|统夺得, Batumi): before it; not a place's word
    (苏丹|港, 鹿特丹|港, 阿尔卑斯|山) nor a name the lexicon knows whole (印度尼西亚)."""
    place = lex.names.get(norm[start:end - 1]) if end - start >= 4 else None
    after = norm[end:end + 2]
    if place is None or place.type is not NameType.PLACE or not place.foreign or norm[start:end] in lex.names or (
            norm[end - 1] in _PLACE_CHARACTERS or not lex.is_name_char(norm[end - 1])) or len(after) < 2 or not (
            all_han(after)) or after[0] in LEADING:
        return end  # 索马里兰|是, 索马里兰|约20: a name the lexicon lacks, and a function word after it
    cut = default_jieba().cut(norm[end - 1:end + 3], False)
    return end - 1 if cut[:2] == [norm[end - 1], after[0]] else end


#: Characters that end a place's name after another place's (苏丹|港, 阿尔卑斯|山, 巴拉圭|河, 土耳其|溪).
_PLACE_CHARACTERS = frozenset(PLACE_ENDS + "港山河江湖海湾溪峰岭谷滩礁城镇村区站")


#: An event's name in quotes, as Hong Kong and Taiwan write it (「世界太空周」, 「创新科技嘉年华」): the quotes say where
#: it begins, the word for a week, a festival, a fair or a forum at its end that it is one.
_QUOTED_EVENT = re.compile(r"[「“『](?P<name>[\u3400-\u9fff]{2,10}(?:周|节|嘉年华|博览会|展|大会|论坛|峰会))[」”』]")


def _quoted_events(norm: str, lex: Lexicon) -> list[tuple[int, int]]:
    """The spans of events named in quotes (:data:`_QUOTED_EVENT`): no function character inside, not a word, and
    the head a noun, not the end of a verb's (“取得进展” "made progress": 进展, not 展 "exhibition")."""
    return [m.span("name") for m in _QUOTED_EVENT.finditer(norm)
            if not any(c in BESIDE for c in m.group("name")) and m.group("name") not in lex.words
            and not jieba_tag(default_jieba().cut(m.group("name"), False)[-1]).startswith("v")]


def _place_word(piece: str, lex: Lexicon) -> bool:
    """``piece`` is a place the lexicon knows, or one word jieba's dictionary tags a place (大阪)."""
    return known_place(piece, lex) or (list(default_jieba().cut(piece)) == [piece] and jieba_place(piece))


def _regions(doc: Document, norm: str, c: Candidate, taken: SortedSpans, lex: Lexicon) -> list[Candidate]:
    """``c`` as the places it names: a region's name goes on through 自治区/大区/边疆区 (阿拉贡自治区), a state's through the
    character in parentheses that tells it from its namesake (刚果（金）), and a region with its suffix and the town
    written right after it (图林根州|阿恩施塔特, 密歇根州|马歇尔市, as news locates a factory) are two places, the
    town's name no part of the region's."""
    start, end = c.start, c.end
    word = next((w for w in REGION_WORDS if norm.startswith(w, end)), "")
    if word and not taken.overlapping(end, end + len(word)) and (
            (known := lex.names.get(norm[start:end])) is None or known.type is NameType.PLACE):
        end += len(word)
    for i in range(start + 2, end - 2):
        if norm[i] in REGION_SUFFIXES and all_han(norm[start:end]) and norm[i - 1:i + 1] != "联邦" and (
                known_place(norm[start:i], lex) or known_place(norm[start:i + 1], lex) or transliteration(
                    norm[start:i], lex)):  # not 澳大利亚联邦|法院: a federation's court, no region and a town
            town_end = _before_new_site(norm, i + 1, end)
            if town_end == end and _region_in_acronym(norm[start:i], norm[start:i + 1], c.gloss, lex):
                break  # 萨斯喀彻温省公共安全局（SPSA）: the province's own agency, its initial the acronym's first
            glossed_town = town_end == end and bool(c.gloss)  # 坦米尔纳德邦|卡鲁尔（Karur）: the gloss is the town's
            region = Candidate(doc.text[start:i + 1], start, i + 1, "" if glossed_town else c.gloss)
            if ordinary_word(norm[i + 1:town_end], lex):
                return [region]  # 萨尔塔省|矿业|秘书 "the province's mining secretary": a trade, no town
            return [region, Candidate(doc.text[i + 1:town_end], i + 1, town_end, c.gloss if glossed_town else "")]
    new_end = min(_before_new_site(norm, start, end), _before_stray_character(norm, start, end, lex),
                  _before_when(norm, start, end, lex))
    if new_end < end:
        return [Candidate(doc.text[start:new_end], start, new_end, c.gloss)]
    if QUALIFIER.match(norm, end) and known_place(norm[start:end], lex):
        end += 3  # 刚果（金）, 刚果（布): the one character in parentheses says which of two states of one name
    return [c if end == c.end else Candidate(doc.text[start:end], start, end, c.gloss)]


def _region_in_acronym(name: str, with_suffix: str, gloss: str, lex: Lexicon) -> bool:
    """An acronym of three letters or more glosses a region's name and what follows it, and opens with the region's
    English initial (Saskatchewan of SPSA): the whole is one body's name, the region's, no region and a town."""
    region = lex.names.get(name) or lex.names.get(with_suffix)
    return region is not None and len(gloss) >= 3 and gloss.isupper() and gloss.isalpha() and (
        region.key[:1] == gloss[:1].lower())


#: Latin initials joined to a name by dots (N·钱德拉塞卡兰, J.R.D.塔塔): the given names an Indian or English name
#: abbreviates.
_INITIALS = re.compile(r"(?:[A-Z][.·．・‧] ?)+$")


def _with_initials(doc: Document, norm: str, c: Candidate, taken: SortedSpans) -> Candidate:
    """``c`` with the Latin initials written before it (董事长N·钱德拉塞卡兰): they are the person's given names."""
    initials = _INITIALS.search(norm, max(0, c.start - 12), c.start)
    if initials is None or taken.overlapping(initials.start(), c.start):
        return c
    return Candidate(doc.text[initials.start():c.end], initials.start(), c.end, c.gloss)


#: What follows an award's name: its category (奥斯卡|最佳导演) or the word for prize (格莱美|奖, 奥斯卡|金像奖).
#: An award is no person, place or organisation a name glossary keeps.
_AWARD_AFTER = ("最佳", "奖", "金像奖")


def _award_after(norm: str, end: int) -> bool:
    """An award's category or the word for prize follows, or a word jieba tags a name that ends in 奖
    (欧洲|金靴奖 the European Golden Shoe, 普利策|新闻奖): the name is the award's, not the verb 获奖 after a
    person (普京|获奖)."""
    if norm.startswith(_AWARD_AFTER, end):
        return True
    word = default_jieba().cut(norm[end:end + 6], False)[0] if end < len(norm) else ""
    return len(word) >= 3 and word.endswith("奖") and jieba_tag(word) == "nz"


def _abbreviated_states(norm: str, start: int, end: int, lex: Lexicon) -> bool:
    """The text at [start, end) strings states together by one character each (中缅泰 "China, Myanmar and
    Thailand", 美加墨): each is a character CC-CEDICT gives alone for a place or the first of a state the text names
    (缅 of 缅甸), the whole is no name the lexicon knows (巴西), and a word for what states share follows
    (缅泰|边境, 中缅泰|三国): names such as 塞西, 马哈马 and 诗丽吉 are spelt in such characters too."""
    form = norm[start:end]
    if len(form) == 2 and (known := lex.names.get(form)) is not None and known.type is NameType.PLACE and (
            _RELATION.fullmatch(known.english)) and any(c in lex.place_abbreviations for c in form):
        return True  # 中韩 "China-South Korea", 韩美, 亚太: CC-CEDICT's word for two places together, no referent
    return 2 <= len(form) <= 4 and _SHARED.match(norm, end) is not None and form not in lex.names and all(
        c in lex.place_abbreviations or _first_of_a_state_written(c, norm, lex) for c in form)


#: English of two states joined by a hyphen, as CC-CEDICT gives a pair's abbreviation (China-South Korea).
_RELATION = re.compile(r"(?!Al-)[A-Z][\w .]*-[A-Z][\w .]*")


#: What states share, after the characters that abbreviate them (缅泰|边境, 中缅泰|三国, 中俄|关系).
_SHARED = re.compile("边境|边界|关系|[两三四]国|合作|峰会|贸易|自贸|协定|协议|会谈|对话|战争|冲突|联合|世界杯")


def _first_of_a_state_written(char: str, norm: str, lex: Lexicon) -> bool:
    """The text writes a country whose name begins with ``char`` (缅甸 for 缅)."""
    return any(m.start() + 2 <= len(norm) and known_place(norm[m.start():m.start() + n], lex) and jieba_tag(
        norm[m.start():m.start() + n]) == "ns" for m in re.finditer(char, norm) for n in (2, 3))


def _category_word(form: str, lex: Lexicon) -> bool:
    """A word the lexicon capitalises that names a kind, not a person, place or organisation: a nationality
    or descent (美籍, 华裔: X籍, X裔), a religion (天主教, 伊斯兰教: X教), or a chamber every legislature has
    (众议院, 参议院; not 美国参议院, one country's), which no name glossary keeps on its own."""
    return len(form) >= 2 and form in lex.names and (form[-1] in "籍裔教" or (len(form) == 3 and form.endswith("议院")))


#: Nouns after a place that make a phrase of the area, whatever jieba tags it: 拉美|国家 "Latin American
#: countries", 中东|地区, 非洲|各国.
_AREA_NOUNS = ("国家", "地区", "各国", "大陆", "一带", "境内", "沿岸")
#: The people or the press of a place, which jieba's dictionary glues to a few (香港媒体, 香港市民).
_PEOPLE_NOUNS = ("媒体", "传媒", "市民", "民众", "居民")
#: A place's government, which jieba's dictionary glues to many countries (法国政府, 埃及政府 "the Egyptian
#: government"): the country is the name, the government no body of its own name.
_GOVERNMENT_NOUNS = ("政府", "当局")
_PLACE_PHRASE_NOUNS = frozenset(_AREA_NOUNS + _PEOPLE_NOUNS + _GOVERNMENT_NOUNS)


def _place_in_word(norm: str, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The place a word jieba cuts begins with, when the rest is an ordinary word and the whole a place phrase
    (太平洋|地区, 拉美|国家: "the Pacific region"; 香港|媒体 "the Hong Kong press"; 法国|政府), or the rest is a name of its own (北京|人民大会堂, a
    building in a city); not 北京|大学 or 纽约|时报, organisations named after their city."""
    if end - start < 3 or end - start > 12:
        return None
    for size in range(min(end - start - 1, lex.max_length), 1, -1):
        place = lex.names.get(norm[start:start + size])
        if place is None or place.type is not NameType.PLACE:
            continue
        if not place.foreign and not jieba_place(place.form):
            return None
        rest, tag = norm[start + size:end], jieba_tag(norm[start:end])
        if rest in ORIGIN_SUFFIXES or TITLE.fullmatch(rest):
            return start, start + size  # 加拿大|籍 "of Canadian nationality", 台湾|歌手: the country, whatever jieba glued
        if len(rest) < 2:
            continue
        if (tag == "ns" and rest in lex.words) or rest in _PLACE_PHRASE_NOUNS or (tag in ("nt", "ns") and jieba_tag(rest) in ("nt", "ns", "nz")
                                                   and jieba_place(place.form)):  # not 联合国|安理会, an organ
            return start, start + size
        return None
    return None


def _name_word_holding_name(norm: str, start: int, end: int, lex: Lexicon) -> bool:
    """A word jieba's dictionary holds and tags a place or another name, of four characters or more, that begins with
    a name the lexicon knows and goes on past it in characters of names, whatever they mean alone (拉瓦尔|品第
    Rawalpindi, not 拉瓦尔 Laval), not in a title, a name of its own (美国|白宫) or an ordinary word (台湾|当局): the
    word is the name, and the shorter one inside it a fragment."""
    if end - start < 4 or jieba_tag(norm[start:end]) not in ("ns", "nz") or not all_han(norm[start:end]):
        return False
    size = next((n for n in range(min(end - start - 2, lex.max_length), 1, -1) if norm[start:start + n] in lex.names), 0)
    rest = norm[start + size:end]
    return bool(size) and not TITLE.search(rest) and not any(c in BESIDE for c in rest) and rest not in lex.names and (
        rest not in lex.words or sum(map(lex.odds, rest)) > _ORDINARY_REST * len(rest)) and default_jieba().has_word(
            norm[start:end])


#: Mean log odds of its characters below which a word after a name is an ordinary one (台湾|当局 "the authorities",
#: 恒生|指数 "index"), not the rest of a transliteration that happens to make a word (品第 of 拉瓦尔品第).
_ORDINARY_REST = -0.5


def _glued_places(norm: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """The places in a word jieba cuts from two or more of them (福建厦门 "Xiamen, Fujian"), each one the lexicon
    and jieba's dictionary know as a place; none when the word is a name the lexicon knows."""
    parts = _place_chain(norm[start:end], start, lex) if end - start >= 4 else []
    return parts if parts and all(jieba_place(norm[s:e]) for s, e in parts) else []


def _headed_place(norm: str, start: int, end: int) -> bool:
    """A word jieba cuts and tags a place that ends in a place head noun (所罗门群岛, 马绍尔群岛)."""
    return end - start >= 4 and norm[end - 1] in "岛国" and any(
        end - start >= len(h) + 2 and norm.endswith(h, start, end) for h in PLACE_HEADS) and jieba_place(norm[start:end])


def _county_word(norm: str, start: int, end: int, lex: Lexicon) -> bool:
    """A word jieba cuts that ends in 县 or another division's head and that its dictionary tags a name (熊本县 and
    冲绳县, Japan's prefectures; a Chinese county; 开普省, the Cape Province): the county, prefecture or province,
    though the lexicon lacks it; not after an ordinary word (边境县 "a border county", tagged a person's) nor a
    pointer or an office of two characters (本县, 该县, 知县), nor after a country (a ministry: 朝鲜|外务省)."""
    return 3 <= end - start <= 5 and norm[end - 1] in "县省州郡" and jieba_tag(norm[start:end]) in NAME_TAGS and (
        norm[start:end - 1] not in lex.words) and not any(known_place(norm[start:start + n], lex) for n in (2, 3))
    # not 朝鲜|外务省 (a ministry), nor 美国|联邦


def _river_word(norm: str, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """A word jieba cuts that is a river or a lake named by a transliteration of two characters or more (叶尼塞河,
    塞纳河畔 less its 畔 "bank"): its span; not an ordinary word's (运河, 护城河), which one character or a word names."""
    if norm[end - 1] == "畔":
        end -= 1
    stem = norm[start:end - 1]
    if end - start >= 3 and norm[end - 1] in _WATERS and len(stem) >= 2 and stem not in lex.words and all(
            map(lex.is_name_char, stem)):
        return start, end
    return None


#: The last character of a river's or a lake's name (河 river, 江 river, 湖 lake).
_WATERS = "河江湖"


def _named_city(norm: str, start: int, end: int, lex: Lexicon) -> bool:
    """A word jieba cuts that is a foreign name the lexicon knows and 市 (胡志明市, which jieba tags a person's):
    a city, named after the person if it is one."""
    name = lex.names.get(norm[start:end - 1]) if end - start >= 3 and norm[end - 1] == "市" else None
    return name is not None and name.foreign


def _generation_word(norm: str, start: int, end: int, para_start: int, lex: Lexicon) -> bool:
    """A word jieba cuts that is 老/小/大 and a person the lexicon knows (小布什, 老布什)."""
    name = lex.names.get(norm[start + 1:end]) if end - start >= 3 else None
    return name is not None and name.type is NameType.PERSON and name.foreign and generation_before(
        norm, start + 1, para_start, lex)


def _vouched(doc: Document, norm: str, held: list[tuple[int, int]], found: list[Candidate],
             taken: SortedSpans, by_count: bool = True) -> list[Candidate]:
    """The held runs the text vouches for as names: written so twice or more (``by_count``), or sounding like
    a name found or listed in the same text or a full name's surname (卢比欧 beside 鲁比奥, 法拉杰 beside 奈杰尔·法拉奇), or
    a part of a full name found (卢拉 of 路易斯·伊纳西奥·卢拉·达席尔瓦, Lula, and 鲁拉, alike to it)."""
    counts = Counter(norm[s:e] for s, e in held) if by_count else Counter()
    lex = lexicon()
    others: dict[str, set[str]] = defaultdict(set)
    names = {norm[c.start:c.end] for c in found} | {norm[s:e] for s, e in taken.spans}
    parts = {part for name in names if len(split := name_parts(name)) > 1 for part in split if len(part) >= 2}
    for other in names | _surnames(norm, found) | parts:  # 法拉杰 beside 奈杰尔·法拉奇: a surname, spelt otherwise;
        others[block(other)].add(other)  # 鲁拉 beside 路易斯·伊纳西奥·卢拉·达席尔瓦: a part the name goes by
    pairs = [(form, other) for form in {norm[s:e] for s, e in held} if counts[form] < 2
             for other in others[block(form)] if other != form]
    # their similarity, all pairs at once, asked from a hair below the threshold: a pair the bounds rule out is
    # surely below it, and one they keep has its similarity exactly
    forms, indexes = indexed_pairs(pairs)
    alike = similar_all(forms, VOUCHING_SOUND - 1e-9, indexes).tolist() if pairs else []
    vouched = {norm[s:e] for s, e in held if counts[norm[s:e]] >= 2 or norm[s:e] in parts} | {
        form for (form, _), sound in zip(pairs, alike)
        if sound >= VOUCHING_SOUND and form[0] not in NUMERALS and not (
            form.endswith("国") and form in lex.words and form not in lex.names)}
    # not 多国 "many countries", nor the word 他国 "other countries", which sound like 德国
    return [Candidate(doc.text[s:e], s, e) for s, e in held if norm[s:e] in vouched]


def _written_in_full(doc: Document, norm: str, found: list[Candidate], glossed: list[Candidate],
                     taken: SortedSpans) -> list[Candidate]:
    """A name cut short where the text writes a longer form it names elsewhere is that form: after
    普斯迪高古（Ange Postecoglou）, 普斯迪|高古去年 is 普斯迪高古, not the fragment 普斯迪; after 法律与正义党（PiS）,
    出身法律与|正义党 and 法律|正义党 (its words without 与) are the party, not the lexicon's 正义党 (the Justicialist
    Party)."""
    by_start: dict[str, list[str]] = defaultdict(list)  # forms by their first two characters, longest first
    by_end: dict[str, list[str]] = defaultdict(list)  # and by their last two
    for form in sorted({norm[c.start:c.end] for c in found + glossed}, key=len, reverse=True):
        by_start[form[:2]].append(form)
        by_end[form[-2:]].append(form)
    whole = []
    for c in found:
        piece = norm[c.start:c.end]
        longer = next((f for f in by_start.get(piece[:2], ()) if len(f) > len(piece) and f.startswith(piece)
                       and norm.startswith(f, c.start) and not taken.overlapping(c.start, c.start + len(f))), "")
        earlier = next((norm[c.start - n:c.end] for f in by_end.get(piece[-2:], ()) if len(f) > len(piece)
                        and f.endswith(piece) and (n := _written_before(norm, c.start, f[:-len(piece)]))
                        and not taken.overlapping(c.start - n, c.start)), "")
        start, end = (c.end - len(earlier), c.end) if earlier and not longer else (c.start, c.start + len(longer))
        whole.append(Candidate(doc.text[start:end], start, end, c.gloss) if longer or earlier else c)
    return whole


#: Characters that end transliterations (施泰因 -stein, 艾尔段) and begin the clause's next word right after its
#: subject (因 "because of", 在, 将, 与, 和, 为, 以, 被, 对, 向, 把, 于, 约 "about").
_CLAUSE_OPENERS = frozenset("因在将与和为以被对向把于约")


def _before_clause_openers(doc: Document, norm: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A name that ends in a character that may begin the clause after it (多维莱·沙卡利涅内|因国防采购…辞职, 因 "because
    of") ends before it when the text names it without that character elsewhere (沙卡利涅内离任时说) and never with
    it alone (施莱因说: then 因 is the name's, 埃莉·施莱因), or when the lexicon knows it without it (川普|因遣返…,
    哥伦比亚|约有, "about"); one that begins with a verb's or a preposition's
    character (拿|纳尔萨克) begins after it when the text names it without it elsewhere and with it once."""
    forms = {norm[c.start:c.end] for c in found}
    counts = Counter(norm[c.start:c.end] for c in found)
    cut = []
    for c in found:
        form = norm[c.start:c.end]
        last = JOINER.split(form)[-1]
        if form[-1] in _CLAUSE_OPENERS and (len(last) >= 4 and last[:-1] in forms and last not in forms or (
                form[:-1] in lex.names and form not in lex.names and not JOINER.search(form))):
            c = Candidate(doc.text[c.start:c.end - 1], c.start, c.end - 1, c.gloss)
        elif len(form) >= 4 and form[1] not in JOINERS and form[1:] in forms and counts[form] == 1 and (
                jieba_tag(form[0]) in ("v", "p")):
            c = Candidate(doc.text[c.start + 1:c.end], c.start + 1, c.end, c.gloss)  # 不会拿|纳尔萨克居民: a verb
            # before a name the text writes without it, once with it
        cut.append(c)
    return cut


def _written_before(norm: str, pos: int, head: str) -> int:
    """How many characters right before ``pos`` write ``head`` whole or without its joining words (法律与, 法律),
    first character first; 0 if none."""
    for written in dict.fromkeys((head, re.sub("[与和的]", "", head))):
        if len(written) >= 2 and written[0] == head[0] and norm.endswith(written, 0, pos):
            return len(written)
    return 0


def found_again(doc: Document, norm: str, forms: set[str], found: list[Candidate], taken: SortedSpans,
                 lex: Lexicon) -> list[Candidate]:
    """Each of ``forms`` wherever it stands whole outside the names already found."""
    if not forms:
        return []
    spans = SortedSpans([(c.start, c.end) for c in found])
    exact = set(spans.spans)  # most mentions of a form found again were found already
    pattern = any_of(forms)
    extra = []
    for paragraph in doc.paragraphs():
        words = None
        for m in pattern.finditer(norm, paragraph.start, paragraph.end):
            s, e = m.span()
            if (s, e) in exact or taken.overlapping(s, e) or any(not (s <= fs and fe <= e) or (fs, fe) == (s, e)
                                              for fs, fe in spans.overlapping(s, e)):
                continue  # but 希奇|莱马说: the found piece of a form found again gives way to it
            words = words or paragraph_words(norm, paragraph.start, paragraph.end)
            known = _personal_form(m.group(), lex)
            if _whole(norm, words, s, e, lex, known=known) or (known and _between_clause_words(norm, words, s, e)):
                extra.append(Candidate(doc.text[s:e], s, e))
    return extra


#: jieba's tags of one character that stands between a name and the clause around it: a preposition, a
#: conjunction, an adverb (对|齐奥布罗, 尤努斯|因|创办).
_CLAUSE_CHARACTER_TAGS = ("p", "c", "d")


def _between_clause_words(norm: str, words: SortedSpans, start: int, end: int) -> bool:
    """A form the text named already stands at [start, end) between the clause's own words, though jieba glued a
    character of it to one of them (申请对|齐奥布罗 "to apply for … against Ziobro", jieba's 对齐 "to align";
    尤努斯|因|创办 "because he founded"): punctuation, a function word, a title or a cue on each side, or one
    character that is a preposition, conjunction or adverb before a word of two characters or more."""
    before, after = norm[start - 1:start], norm[end:end + 1]
    if before in JOINERS or after in JOINERS or beside_kana(norm, start, end):
        return False  # 亚历山大|-获加: the name goes on past a hyphen or a dot
    opens = not before or not all_han(before) or before in LEADING or jieba_tag(before) in _CLAUSE_CHARACTER_TAGS or (
        bool(TITLE_BEFORE.search(norm, max(0, start - 4), start)))
    follow = words.starting_at(end + 1)
    closes = not after or not all_han(after) or after in BESIDE or bool(CUE_AFTER.match(norm, end) or TIME_OPENING.match(norm, end)) or (
        jieba_tag(after) in _CLAUSE_CHARACTER_TAGS and follow is not None and follow[1] - follow[0] >= 2)
    return opens and closes


def _personal_form(form: str, lex: Lexicon) -> bool:
    """A form found again that may end beside a character never in names (米莱|常称), as a name the lexicon lists
    may: the text named the person already, and the lexicon knows the form as no place or body (欧洲|央行 stays
    inside its word)."""
    known = lex.names.get(form)
    return known is None or known.type is NameType.PERSON


def _surnames(norm: str, found: list[Candidate]) -> set[str]:
    """The surnames of the full names found: a name wherever they stand whole (米尔济约耶夫说).  Read once per
    form: a long text names the same people thousands of times."""
    return {part for form in {norm[c.start:c.end] for c in found} for part in [NAME_JOINER.split(form)[-1]]
            if len(part) >= 2 and any(j in form for j in NAME_JOINERS)}


def _said_once(norm: str, found: list[Candidate], lex: Lexicon) -> set[str]:
    """Names a title or speech verb had to vouch for: written like Chinese ones (石破茂, found by
    :func:`titled_names`) or of two characters (总理卡尼); found once, a name wherever they stand whole
    (石破茂表示, 卡尼此前)."""
    return {piece for piece, form in {(norm[c.start:c.end], c.form) for c in found}  # once per form
            if (len(piece) == 2 or not all(lex.is_name_char(ch) for ch in piece))
            and piece not in lex.words and not any(j in form for j in NAME_JOINERS)}


def _table_partners(norm: str, found: list[Candidate], lex: Lexicon) -> set[str]:
    """The regional table's other forms of a person found (副总统万斯 … 范斯还): introduced once, each is a name
    wherever it stands whole, as the form found is (:func:`_said_once`)."""
    keys = {name.key for c in found if (name := lex.names.get(norm[c.start:c.end])) and name.type is NameType.PERSON}
    return {form for form in lex.regional if lex.names[form].key in keys and lex.names[form].type is NameType.PERSON}


def _titled_full_name(norm: str, words: SortedSpans, start: int, end: int, para_start: int, para_end: int,
                      lex: Lexicon) -> tuple[int, int] | None:
    """A word jieba cuts that the lexicon knows as a person, with one or two characters between it and a title
    before it (夫人|吉儿|拜登): they are the given name, written without the middot, and the person is the whole."""
    name = lex.names.get(norm[start:end])
    if name is None or name.type is not NameType.PERSON or not name.foreign or not _clause_break(
            norm, words, end, para_start, para_end):
        return None
    for size in (2, 1):
        given = norm[max(para_start, start - size):start]
        if len(given) == size and TITLE_BEFORE.search(norm[max(para_start, start - size - 4):start - size]) and all(
                "\u3400" <= c <= "\u9fff" and c not in BESIDE for c in given) and given not in lex.words and not (
                TITLE.search(given)) and not any(s < start - size < e for s, e in words.overlapping(start - size, start)):
            return start - size, end
    return None

