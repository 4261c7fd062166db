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
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache

from ..glossary import NAME_JOINERS
from ..model import Document, NameType
from ..segment import default_jieba
from .lexicon import LexName, Lexicon, lexicon
from .listed import word_spans
from .phonetic import block, similarity

#: English in parentheses right after Chinese text: 纳尔吉斯·卡泽诺娃(Nargis Kazenova).
_GLOSS = re.compile(r"[(（]\s*(?P<en>[A-Za-z][A-Za-z .'’\-]*[A-Za-z.])\s*[)）]")
#: A gloss that names the writer, not the name before it: (By Anna Schmidt), (Von Christian Esch).
BYLINE = re.compile(r"^(?:by|von|par|de|from|via|photo|reporting by)\s+", re.I)
_JOINERS = NAME_JOINERS.replace(" ", "")
#: A run of joiners between the parts of a full name (安东尼·布林肯).
NAME_PARTS = re.compile(f"[{re.escape(NAME_JOINERS)}]+")
#: Hyphens (not the middot, not the dash of 柔佛—新加坡): inside Chinese text they join the parts of a given name.
_HYPHENS = "‐‑‒-－"
#: Words before a name that say it is one: titles and forms of address.
_TITLES = (r"总统|总理|首相|外长|部长|主席|议长|国务卿|秘书长|发言人|大使|领袖|国王|女王|王储|将军|教授|博士|记者|议员|"
           r"市长|州长|总书记|CEO|教练|球员|主教|先生|女士|领导人|长官|特使|妻子|夫人|丈夫|遗孀|妹妹|姐姐|哥哥|弟弟|"
           r"女儿|儿子|父亲|母亲|执行长|执行官|董事长|王后|王妃|王子|公主|亲王|总裁|创办人|创始人|名将|球星|好手|选手|投手|前锋|门将|主帅|教宗")
_TITLE_BEFORE = re.compile(f"(?:{_TITLES})$")
_TITLE = re.compile(_TITLES)
#: What may follow a name written like a Chinese one (李在明同日, 金与正随即, 岸田文雄则, 郑伟 报道).
_AFTER_NAME = set("则其随同本因周当今昨也亦再均等、，。；：！？“”「」『』（）() \n")
#: Words after a name that say it is one: speech verbs and forms of address.
_CUE_AFTER = re.compile(r"^(?:说|表示|称|指出|认为|强调|补充|回应|宣布|先生|女士|夫人|总统|总理|博士)")
MIN_NAME_CHARS = 3
#: Log odds from which a character may stand in a part of a joined name (米尔济约耶夫, 阿卜杜拉希扬).
LENIENT = -0.1
#: Log odds at or below which a character is never part of a name (称, 在): a name may end beside it.
NEVER_IN_NAMES = -2.0
#: Log odds of the characters on both sides of a weak one a name may hold (泽|连|斯基, not 比韦|小|宝).
STRONG = 1.5
MAX_NAME_CHARS = 24
#: Mean log odds from which a run said to be a name by its context may hold an ordinary word (扎|哈罗|娃).
STRONG_RUN = 2.0
#: Similarity of sound from which another name in the text vouches for a run that holds a word (卢比欧/鲁比奥).
VOUCHING_SOUND = 0.82


@dataclass
class Candidate:
    """A name in the text no glossary entry lists (offsets into ``Document.text``)."""

    form: str  # as written
    start: int
    end: int
    gloss: str = ""


class SortedSpans:
    """Disjoint spans in order; the ones overlapping a range are found by bisection."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        i = max(bisect_right(self.starts, start) - 1, 0)
        found = []
        while i < len(self.spans) and self.spans[i][0] < end:
            if self.spans[i][1] > start:
                found.append(self.spans[i])
            i += 1
        return found

    def next_start(self, pos: int, default: int) -> int:
        """Where the first span that ends after ``pos`` starts (``default`` if none): the next one, by bisection."""
        i = max(bisect_right(self.starts, pos) - 1, 0)
        while i < len(self.spans) and self.spans[i][1] <= pos:
            i += 1
        return self.spans[i][0] if i < len(self.spans) else default


def glossed_names(doc: Document, norm: str) -> list[tuple[int, int, str, int, int]]:
    """(name start, name end, English, gloss start, gloss end) for each 名字(English) in the text.

    The name is the run of name characters that ends at the parenthesis, or
    else the last word jieba cuts before it (习近平(Xi Jinping)).  A byline's
    "By"/"Von" is not part of the English.
    """
    lex = lexicon()
    found = []
    for m in _GLOSS.finditer(doc.text):
        zh_end = m.start()
        while zh_end > 0 and doc.text[zh_end - 1].isspace():
            zh_end -= 1
        zh_start = zh_end
        while zh_start > max(0, zh_end - MAX_NAME_CHARS) and (
                lex.name_odds.get(norm[zh_start - 1], -9) > 0 or norm[zh_start - 1] in _JOINERS):
            zh_start -= 1
        words = word_spans(norm[max(0, zh_end - MAX_NAME_CHARS):zh_end], max(0, zh_end - MAX_NAME_CHARS), guess=True)
        english = BYLINE.sub("", m.group("en"))
        if zh_start == zh_end or not words:
            if words and _ACRONYM.match(english) and words[-1][1] - words[-1][0] <= len(english) and (
                    norm[words[-1][0]:zh_end] not in lex.names):
                continue  # 中央|情报局(CIA), 国内生产|毛额(GDP): the last word is a piece of the term
            zh_start = words[-1][0] if words else zh_end
            if words and " " not in english.strip():
                zh_start = _brand_before_head(norm, words, lex)
        zh_start = _trim_start(words, zh_start, zh_end)
        if " " in english.strip():
            zh_start = _given_name_before(norm, words, zh_start, zh_end, lex)
            while zh_start > 0 and lex.is_name_char(norm[zh_start - 1]) and not (
                    default_jieba().has_word(norm[zh_start - 2:zh_start]) and not lex.is_name_char(norm[zh_start - 2])):
                zh_start -= 1  # 基斯|杜化路兰 (Christopher Nolan), not 球王|费达拿: a full name glossed in full
        while zh_start < zh_end and norm[zh_start] in NAME_JOINERS:
            zh_start += 1
        if zh_end - zh_start < 2 or not any("\u3400" <= c <= "\u9fff" for c in norm[zh_start:zh_end]):
            continue
        found.append((zh_start, zh_end, english, m.start("en"), m.end("en")))
    return found


#: Words that end a company's or a party's name and are no name alone: glossed by one English word (闻泰科技
#: (Wingtech), 安世半导体 (Nexperia), 法律与正义党 (PiS)) the name is the brand or the words before them too.
COMPANY_HEADS = ("科技", "半导体", "集团", "公司", "电子", "银行", "汽车", "航空", "能源", "电信", "通信", "制药",
                 "控股", "证券", "保险", "传媒", "软件", "化工", "钢铁", "石油", "电力")
_NAME_HEADS = COMPANY_HEADS + ("党",)


def _brand_before_head(norm: str, words: list[tuple[int, int]], lex: Lexicon) -> int:
    """Where a name glossed by one English word begins when jieba's last word is a head (科技) or ends in one.

    The word before it is taken when it holds a character seen in names
    (闻泰|科技); two two-character words joined by 与/和 are taken both
    (法律|与|正义党).
    """
    start = words[-1][0]
    last = norm[start:words[-1][1]]
    if last in lex.names or not last.endswith(_NAME_HEADS) or len(words) < 2:
        return start
    before = [norm[s:e] for s, e in words[-3:-1]]
    if len(before) == 2 and before[1] in ("与", "和") and len(before[0]) == 2 and all_han(before[0]):
        return words[-3][0]
    if any(lex.name_odds.get(c, -9) > 0 for c in before[-1]) and len(before[-1]) <= 3 and not before[-1].isdigit():
        return words[-2][0]
    return start


#: An English gloss in capitals, an acronym: it stands for a term or an organisation of several words, each
#: written in Chinese with a word of two characters or so; a last word no longer than the acronym (情报局 for
#: CIA) is one of them, not the whole (联邦调查局 for FBI).
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


def _trim_start(words: list[tuple[int, int]], start: int, end: int) -> int:
    """Move ``start`` past a word that begins before it (人士铁木尔 → 铁木尔), or back to the start of the word
    before the gloss that it stands in (甘迺|迪: 迺 is no name character, yet the word is the name)."""
    for s, e in words:
        if s < start < e:
            return s if e == end else e
    return start


def _given_name_before(norm: str, words: list[tuple[int, int]], start: int, end: int, lex: Lexicon) -> int:
    """Where a full name glossed by several English words begins: a surname found alone (甘迺迪, 翔平 of
    大谷翔平) takes the word before it when that word is a given name the lexicon knows (约翰) or, for a
    name of two characters, a word no dictionary knows as an ordinary one (大谷, a Japanese family name):
    the gloss names the whole person, and its first part alone would be a fragment."""
    before = [(s, e) for s, e in words if e == start]
    if not before or any(c in _JOINERS for c in norm[start:end]):
        return start
    s, e = before[0]
    word = norm[s:e]
    if len(word) == 3 and word[0] in _GENERATION:
        word = word[1:]  # 小|罗勃 甘迺迪: the junior's given name
    given = lex.names.get(word)
    if 2 <= len(word) <= 3 and not _TITLE.search(word) and not any(c in _BESIDE for c in word) and (
            (given is not None and given.type is NameType.PERSON) or (word not in lex.words and word not in lex.names and (
                end - start == 2 or all(map(lex.is_name_char, word))))):
        return s
    return start


def _trim(norm: str, words: SortedSpans, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """Drop the ends of a piece that belong to words reaching outside it (更多哈萨克 → 哈萨克),
    but not a name jieba glued to a title (日本首相)."""
    for s, e in words.overlapping(start, end):
        if _compound(norm, s, e, max(s, start), min(e, end), lex):
            continue
        if s < start < e:
            start = e
        if s < end < e and not (end - s == 1 and e - end == 1 and norm[end] in _BESIDE) and not (
                end - s == 1 and any(norm[end - n:end] in lex.names for n in (2, 3, 4) if end - n >= start)):
            end = s  # but not 纳瓦利|内在 or 拜|登出: jieba glued a name's last character to the word after it
    return start, max(start, end)


def _compound(norm: str, word_start: int, word_end: int, start: int, end: int, lex: Lexicon) -> bool:
    """True when the word is the name [start, end) plus ordinary words: 日本|首相, 德国|总理 (not 白|俄罗斯)."""
    outside = (norm[word_start:start], norm[end:word_end])
    return any(outside) and all(not part or (len(part) >= 2 and part in lex.words) for part in outside)


def _drop_word_ends(norm: str, words: SortedSpans, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """Cut ordinary words off the ends of a piece (卡塞诺娃|女士, 东西|里), but not a whole part of a joined
    name (艾哈迈德·沙拉, whatever 沙拉 means on its own)."""
    inside = [(s, e) for s, e in words.overlapping(start, end) if start <= s and e <= end and e - s >= 2]
    for s, e in inside:
        if s == start and norm[s:e] in lex.words and e < end and norm[e] not in _JOINERS:
            start = e
    for s, e in reversed(inside):
        if e == end and _common_word(norm[s:e], lex) and s > start and norm[s - 1] not in _JOINERS:
            end = s
    return start, end


def _common_word(word: str, lex: Lexicon) -> bool:
    """An ordinary word a name may not end in: CC-CEDICT's (女士, 东西), or a word of jieba's dictionary that is
    no name and holds a character never in transliterations (阿尔卡拉斯|赛后, not 泽|伦斯|卡)."""
    return word in lex.words or (word not in lex.names and not all(map(lex.is_name_char, word)))


def _after_title(norm: str, start: int, end: int, lex: Lexicon) -> int:
    """Where a name begins after a title or kinship word that opens the piece (第一夫人|欧伦娜·泽伦斯卡): jieba
    glues the title to the words before it, so the title is no word reaching out of the name, yet not part of it."""
    title = _TITLE.match(norm, start, end)
    if title and end - title.end() >= 2 and norm[start:end] not in lex.names:
        return title.end()
    return start


#: Postpositions after a place noun (墓园|内, 宫|外, 城|里) and the last characters of such nouns: a garden,
#: hall, palace, ground, room, temple, tomb, town, district, village, building, border, station.
_POSTPOSITIONS = set("内外里")
_PLACE_NOUN_ENDS = set("园馆院宫场厅室堂寺墓城区村楼境站")


def _after_postposition(norm: str, start: int, end: int) -> int:
    """Where a name begins after 内/外/里 that follows a place noun (墓园内|赖沙 "in the cemetery, Raisa"):
    the postposition ends the place phrase; after a title (总理|内塔尼亚胡) 内 begins the name."""
    if end - start >= 3 and norm[start] in _POSTPOSITIONS and start > 0 and norm[start - 1] in _PLACE_NOUN_ENDS:
        return start + 1
    return start


#: Words that stand before a title, not after a name: 宏国|新总统, 美国|前总统, 法国|副总理.
_TITLE_MODIFIERS = set("新前副代原现")


def _before_title_modifier(norm: str, start: int, end: int, lex: Lexicon) -> int:
    """Where a name ends before 新/前/副 that a title follows (宏国新|总统 is 宏国 + 新总统)."""
    if end - start > 2 and norm[end - 1] in _TITLE_MODIFIERS and _TITLE.match(norm, end) \
            and norm[start:end] not in lex.names:
        return end - 1
    return end


def _runs(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Runs of name characters; across a joiner the parts of one name join, with a lenient ear."""
    runs = []
    i, n = 0, len(text)
    while i < n:
        if not lex.is_name_char(text[i]):
            i += 1
            continue
        j, bridged = i, False
        while j < n and (lex.is_name_char(text[j]) or (
                not bridged and j > i and j + 1 < n and _bridge(text[j], lex)
                and min(lex.name_odds.get(text[j - 1], -9), lex.name_odds.get(text[j + 1], -9)) > STRONG)):
            bridged = bridged or not lex.is_name_char(text[j])  # one weak character inside: 泽|连|斯基
            j += 1
        start = i
        if j < n - 1 and text[j] in _JOINERS:
            while start > 0 and _lenient(text[start - 1], lex):
                start -= 1  # the given name before a joiner: 铁木|尔·乌马罗夫
        while j < n - 1 and text[j] in _JOINERS and _part_start(text, j + 1, lex):
            k = j + 2
            while k < n and _lenient(text[k], lex):
                k += 1
            j = k
        while start > 1 and text[start - 1] in _JOINERS and _lenient(text[start - 2], lex):
            k = start - 1
            while k > 0 and _lenient(text[k - 1], lex):
                k -= 1
            start = k
        if start > 1 and text[start - 1] in _HYPHENS and not _lenient(text[start - 2], lex) and _weak_ok(
                text[start - 2], lex):
            start -= 2  # 让-马里·勒庞: a one-character given name (Jean-) rare in names, joined by a hyphen
        if any(c in _JOINERS for c in text[start:j]):
            while j < n and _lenient(text[j], lex):
                j += 1  # the surname of a joined name is as lenient as its given name: 本雅明·内塔尼亚|胡
        runs.append((start, j))
        i = j
    return runs


def _part_start(text: str, pos: int, lex: Lexicon) -> bool:
    """A part of a joined name may begin at ``pos``: a lenient character, or one merely rare in names
    that more of the part or another joiner follows (卡琳·让-皮埃尔)."""
    if _lenient(text[pos], lex):
        return True
    return pos + 1 < len(text) and (text[pos + 1] in _JOINERS or _lenient(text[pos + 1], lex)) and _weak_ok(text[pos], lex)


def _bridge(char: str, lex: Lexicon) -> bool:
    return char not in _BESIDE and lex.odds(char) > NEVER_IN_NAMES  # smoothed: 史托|腾|柏格


def _lenient(char: str, lex: Lexicon) -> bool:
    """A character that may stand inside a name whose other part is clearly one (米尔济约耶夫), not a function
    word beside it (阿利耶夫|的|夫人梅赫丽班·阿利耶娃)."""
    return lex.name_odds.get(char, -9) > LENIENT and char not in _BESIDE


#: Characters that may stand right beside a name: function words, not the rest of a longer name.
_BESIDE = set("的在和与同及跟说是将已对向从自等也则又还就都被把给为了于以曾会能可要并但而或且着过由据替")


#: Words that begin a clause before a name: 但叶文洁 is 但 + 叶文洁.
_LEADING = set("但他她它我你那这其") | _BESIDE


def _in_outside_word(norm: str, pos: int, inside: int, lex: Lexicon) -> bool:
    """The character at ``pos`` ends (or begins) an ordinary word away from the name: 更多|哈萨克."""
    if pos < inside:
        return any(norm[max(0, pos + 1 - n):pos + 1] in lex.words for n in (2, 3) if pos + 1 - n >= 0)
    return any(norm[pos:pos + n] in lex.words for n in (2, 3))


def _whole(norm: str, words: SortedSpans, start: int, end: int, lex: Lexicon, known: bool = False) -> bool:
    """A name found by its characters alone must end where a word, a function word or the text ends.

    A ``known`` name (the lexicon lists it) may also end beside a character
    never seen in names (特朗普|称), or, when jieba cuts it as one word of three
    or more or as a place, beside any character that is no name character
    (埃里温|后, 非洲|籍); any
    name beside a title or a speech verb (发言人|佩斯科夫|称).

    Otherwise it is part of a longer name whose other characters are not
    transliteration characters (辛伟|诚, 呼|日勒苏赫, 卡琳·|让): no fragment is proposed.
    """
    cues = (bool(_TITLE_BEFORE.search(norm[max(0, start - 4):start])), bool(_CUE_AFTER.match(norm[end:end + 3])))
    long_run = end - start > MIN_NAME_CHARS and sum(map(lex.odds, norm[start:end])) >= STRONG_RUN * (end - start)
    joined = any(c in _JOINERS for c in norm[start:end])
    jieba_word = known and (end - start >= MIN_NAME_CHARS or (
        _known_place(norm[start:end], lex) and norm[start:end + 1] not in lex.words
        and norm[start:end + 1] not in lex.names)) and (
        start, end) in words.overlapping(start, end)  # 埃里温|后, 非洲|籍 (not 美国人, a word)
    for (pos, inside), cue in zip(((start - 1, start), (end, end - 1)), cues):
        if pos < 0 or pos >= len(norm) or not "\u3400" <= norm[pos] <= "\u9fff" or norm[pos] in _BESIDE or cue or (
                known and lex.name_odds.get(norm[pos], -9) <= NEVER_IN_NAMES) or (
                jieba_word and not lex.is_name_char(norm[pos])) or (  # 埃里温|后: jieba's word, no name character beside
                long_run and pos == end and lex.odds(norm[pos]) < WEAK) or (  # 基斯甸普列锡|先: a long transliteration, then a character seldom in names
                joined and lex.odds(norm[pos]) < WEAK):  # 继|泰格·伍兹: a name the dot holds together, beside a character seldom in names
            if 0 <= pos < len(norm) and norm[pos] in NAME_JOINERS:
                return False
            continue
        if not any((s <= pos < e) and (e - s >= 2) and not (s <= inside < e) for s, e in words.overlapping(pos, pos + 1)) \
                and not _in_outside_word(norm, pos, inside, lex):
            return False
    return True


def _known_place(form: str, lex: Lexicon) -> bool:
    name = lex.names.get(form)
    return name is not None and name.type is NameType.PLACE


def titled_names(norm: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Names written like Chinese ones right after a title (首相石破茂, 外长朴振, 妻子金建希, 记者 郑伟).

    Japanese and Korean names in Chinese characters have no transliteration
    characters to find them by: a CC-CEDICT surname (金, 朴, 佐藤), a given
    name of one or two characters, and a title before it say it is a name; it
    is the shortest such run that a cue ends (说, 表示, 则, 同日, punctuation)
    and holds no ordinary word (not 首相|表示, 总统|周四).  A function word may
    stand inside the given name, not at its end (文在寅, 李在明).
    """
    found = []
    for title in _TITLE.finditer(norm, start, end):
        begin = title.end()
        while begin < end and norm[begin] == " ":
            begin += 1
        for size in (1, 2, 3):
            family = norm[begin:begin + size]
            if family not in lex.surnames or family in _LEADING:
                continue
            for length in (size + 1, size + 2):  # a given name of one or two characters
                name_end = begin + length
                if name_end > end:
                    break
                name = norm[begin:name_end]
                if name[-1] in _BESIDE:
                    continue  # 文在|寅
                if not all_han(name) or any(
                        name[i:i + n] in lex.words for n in (2, 3) for i in range(len(name) - n + 1)):
                    break
                if any(c in _JOINERS for c in norm[name_end:name_end + 3]):
                    break  # the start of a joined foreign name: 外长侯赛因·阿米尔, not 侯赛
                if any(norm[name_end - a:name_end + b] in lex.names for a in (1, 2) for b in (1, 2, 3)):
                    continue  # 夫人吉儿拜|登: a name the lexicon knows goes on past the end
                plain = not any(c in _BESIDE for c in name)  # 王夫人|随在京|的 is no name, 文在寅当天 is
                if name_end == end or norm[name_end] in _AFTER_NAME or (plain and norm[name_end] in _BESIDE) \
                        or _CUE_AFTER.match(norm[name_end:name_end + 3]) or (
                            plain and norm[name_end:name_end + 2] in lex.words):  # 总统赖清德|邀请, 部长邱泰源|日前
                    found.append((begin, name_end))
                    break
    return found


#: Smoothed log odds above which a character rarely seen in names may end one where the text says it does.
WEAK = -1.0


def _weak_ok(char: str, lex: Lexicon) -> bool:
    """A character too rare in CC-CEDICT's names to find one by (朔, 别, 杭, 齐扬) but not against it."""
    return "\u3400" <= char <= "\u9fff" and char not in _LEADING and (
        lex.odds(char) > WEAK or (char not in lex.rare_odds and char not in lex.name_odds))


def _titled(norm: str, pos: int, para_start: int) -> bool:
    return bool(_TITLE_BEFORE.search(norm[max(para_start, pos - 4):pos]))


def _cued(norm: str, pos: int, para_end: int) -> bool:
    return bool(_CUE_AFTER.match(norm[pos:pos + 3]))


def _edge(norm: str, pos: int, para_start: int, para_end: int) -> bool:
    """Punctuation, the paragraph's edge or a function word at ``pos``."""
    return not para_start <= pos < para_end or not "\u3400" <= norm[pos] <= "\u9fff" or norm[pos] in _BESIDE


def _single_characters(words: SortedSpans, start: int, end: int) -> bool:
    """jieba's dictionary knows no word in the span: each character is a word of its own (帕/希/尼/扬), as in a
    transliteration it has never seen (not 阮玲玉, a word; not 周瑞|家, where 周瑞 is too short to vouch)."""
    return all(e - s == 1 for s, e in words.overlapping(start, end))


def _clause_break(norm: str, words: SortedSpans, pos: int, para_start: int, para_end: int) -> bool:
    """Punctuation, the paragraph's end, a function word or the start of a word of two or more characters at
    ``pos``: something after which a name may end (帕希尼扬|在, 帕什尼扬|回到)."""
    return _edge(norm, pos, para_start, para_end) or any(s == pos and e - s >= 2 for s, e in words.overlapping(pos, pos + 1))


def _extend_edges(norm: str, start: int, end: int, para_start: int, para_end: int, lex: Lexicon,
                  words: SortedSpans) -> tuple[int, int]:
    """Take into a run of name characters cut off by characters rare in names (部长别|洛乌索夫, 佩泽希|齐扬说)
    one character before it or up to two after, when a title or a speech verb says a name stands there.

    A run of three or more that jieba leaves in single characters takes one weak character more before a
    function word or a new word as well (总理帕希尼|扬在, ，尼坦雅|胡的, 帕什尼|扬回到): jieba knows
    no word there, so the weak character is the name's last syllable, not the start of the next word."""
    if end - start < 2 or norm[start:end] in lex.names:
        if _feminine_ending(norm, start, end, lex):
            return start, end + 1
        return start, end  # a name the lexicon knows ends where it ends: 北京|人
    cue_after = _cued(norm, end, para_end) or _edge(norm, end, para_start, para_end)
    if start - 1 > para_start and _weak_ok(norm[start - 1], lex) and (
            _titled(norm, start - 1, para_start) or (_edge(norm, start - 2, para_start, para_end)
                                                      and _cued(norm, end, para_end))):
        start -= 1  # 国防部长|别洛乌索夫, 儿子|杭特·拜登
    if not cue_after and norm[end - 1] not in _BESIDE and (
            _titled(norm, start, para_start) or _edge(norm, start - 1, para_start, para_end)):
        for extra in (1, 2):
            tail = norm[end:end + extra]
            if len(tail) < extra or not all(_weak_ok(c, lex) for c in tail) or any(
                    norm[end + i:end + i + 2] in lex.words for i in range(extra)):
                break
            if _cued(norm, end + extra, para_end) or (
                    _titled(norm, start, para_start) and _edge(norm, end + extra, para_start, para_end)
                    and norm[end + extra] not in _BESIDE):
                return start, end + extra  # 总统佩泽希|齐扬。, 。佩泽希|齐扬说
            if extra == 1 and end - start >= MIN_NAME_CHARS and _single_characters(words, start, end + 1) and (
                    _clause_break(norm, words, end + 1, para_start, para_end)):
                return start, end + 1  # 总理帕希尼|扬在
    return start, end


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
    if end - start >= 2 and start - 1 > para_start and _weak_ok(norm[start - 1], lex) and _edge(
            norm, start - 2, para_start, para_end) and _edge(norm, end, para_start, para_end):
        return start - 1, end
    return None


def _short_name(norm: str, words: SortedSpans, start: int, end: int, para_start: int, para_end: int,
                lex: Lexicon) -> tuple[int, int] | None:
    """A run of two name characters jieba knows no word in (美斯|和, 首相安华|在), or of one with a weak character
    and a speech verb after it (，蒲|亭表示), standing whole: a name only if another name of the text sounds
    like it (:func:`_vouched`: 梅西, 安瓦尔, 普丁), as two characters alone say little."""
    if end - start == 1 and end + 1 < para_end and _weak_ok(norm[end], lex) and _cued(norm, end + 1, para_end):
        end += 1
    if end - start == 2 and _single_characters(words, start, end) and _whole(norm, words, start, end, lex):
        return start, end
    return None


#: Words right before a place (在华盛顿, 抵达首尔, 控制了库拉霍沃) and right after one (华盛顿特区).
_PLACE_BEFORE = re.compile(r"(?:[在到赴驻往]|前往|抵达|飞抵|访问|返回|位于|来自|(?:控制|占领|攻占)了?|首都|首府|城市|小城|小镇|"
                           r"港口|港市|古城)$")
_PLACE_AFTER = re.compile(r"^(?:特区|州政府|市政府|市长|口岸|机场|大桥|港口|地区)")  # 霍尔果斯|口岸: a border crossing


#: Head nouns that make an organisation's name of the organisation before them: 欧盟|委员会 is the European
#: Commission, not the EU; proposed alone, 欧盟 would be a fragment of the longer name, as 宏 is of 马克宏.
_INSTITUTION_HEADS = ("委员会", "理事会", "议会", "秘书处", "法院", "银行")


def context_type(norm: str, start: int, end: int, para_start: int) -> NameType | None:
    """What the words around a name say it is: an institution's head noun ending it, an organisation
    (欧盟委员会), a place head noun, a place (所罗门群岛); a title before it, a person (总统华盛顿); 在/抵达 before it or 特区 after it, a place, even
    before 说 (普京在莫斯科说); a speech verb alone, a person."""
    if end - start > 3 and norm.endswith(_INSTITUTION_HEADS + ("局", "署", _FOUNDATION), start, end):
        return NameType.ORGANISATION  # 欧盟委员会, 俄联邦安全局: a committee, a bureau, a service
    if end - start > 3 and norm.endswith(_PLACE_HEADS + _STRUCTURE_HEADS, start, end):
        return NameType.PLACE  # 所罗门群岛, 克赤大桥, whatever 所罗门 alone is
    if end - start >= 3 and norm.endswith(_VENUE_HEADS, start, end):
        return NameType.PLACE  # 圣马梅斯球场, 新圣女公墓: a ground, a cemetery, whatever the words before it are
    if _TITLE_BEFORE.search(norm[max(para_start, start - 4):start]):
        return NameType.PERSON
    if _place_before(norm, start, para_start) or _PLACE_AFTER.match(norm[end:end + 3]):
        return NameType.PLACE
    return NameType.PERSON if _CUE_AFTER.match(norm[end:end + 3]) else None


def _place_before(norm: str, start: int, para_start: int) -> bool:
    """在/到/抵达 … right before ``start``, not the end of an ordinary word (达到|美斯, 现在, 正在)."""
    cue = _PLACE_BEFORE.search(norm[max(para_start, start - 3):start])
    return bool(cue) and not (len(cue.group()) == 1 and start - 2 >= para_start and norm[start - 2:start] in lexicon().words)


def has_context(norm: str, start: int, end: int, para_start: int) -> bool:
    return bool(_TITLE_BEFORE.search(norm[max(para_start, start - 4):start]) or _CUE_AFTER.match(norm[end:end + 3]))


def _is_name(piece: str, lex: Lexicon, context: bool) -> bool:
    """Whether a run of name characters no lexicon lists is a name rather than prose."""
    joined = any(c in _JOINERS for c in piece)
    han = [c for c in piece if c not in _JOINERS]
    if len(set(han)) * 2 <= len(han):
        return False  # 哈哈哈, 哈达哈达
    if joined:
        return all(len(part) >= 1 for part in re.split(f"[{re.escape(_JOINERS)}]", piece))
    if any(piece[i:i + n] in lex.words for n in (2, 3, 4) for i in range(len(piece) - n + 1)) and not (
            context and all(lex.is_name_char(c) for c in han) and sum(map(lex.odds, han)) >= STRONG_RUN * len(han)):
        return False  # 东西里, 戴金丝, 乌梅汤 (but 发言人扎哈罗娃说: 哈罗 "hello" inside a clear transliteration)
    return len(han) >= MIN_NAME_CHARS or (len(han) == 2 and context)


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


def _names_in_piece(norm: str, words: SortedSpans, start: int, end: int, paragraph, taken: SortedSpans,
                    lex: Lexicon) -> list[tuple[int, int]]:
    """The whole names in one run of name characters: the run itself, or the lexicon names that make it up.

    A lexicon name inside a longer run is a fragment (林肯 in 布林肯, 卢卡 in
    卢卡申柯) unless the lexicon's names cover the run: then the run is those
    names.  Every name ends where a word, a function word or the text does.
    """
    piece = norm[start:end]
    if places := _joined_places(norm, start, end, lex):
        return places
    if piece in lex.names or any(c in _JOINERS for c in piece):
        return [(start, end)] if _whole(norm, words, start, end, lex, piece in lex.names) and (
            piece in lex.names or _is_name(piece, lex, True)) and not _unsaid(norm, start, end, paragraph.start, lex) else []
    limit = min(paragraph.end, taken.next_start(end, paragraph.end))
    known = [(s, e) for s, e in lexicon_spans(norm, start, end, limit, lex)
             if not _unsaid(norm, s, e, paragraph.start, lex)]
    if len(known) == 1 and (region := _with_region_suffix(norm, words, *known[0], lex)) != known[0] and (
            region[1] < end):
        known = [region]  # 莫斯科州|奥金佐沃: the oblast, jieba's word, then a place in it
    if len(known) == 1 and known[0][0] == start and known[0][1] - start >= MIN_NAME_CHARS and (_known_place(
            norm[start:known[0][1]], lex) or _known_place(norm[start:known[0][1] - 1], lex)) and (
            start, known[0][1]) in words.overlapping(start, start + 1) and end - known[0][1] >= MIN_NAME_CHARS and (
            not lex.is_name_char(norm[end:end + 1] or "。")) and (
            _whole(norm, words, known[0][1], end, lex) and _is_name(norm[known[0][1]:end], lex, True)):
        return [known[0], (known[0][1], end)]  # 苏格兰|巴尔莫勒尔堡: a region, then a place in it
    covered = bool(known) and known[0][0] == start and all(a[1] == b[0] for a, b in zip(known, known[1:]))
    if _transliteration(piece, lex) and not (covered and known[-1][1] >= end - 1):
        # 波斯|特科格鲁 (Postecoglou): a run of strong transliteration characters the lexicon's names do not
        # cover is one foreign name, and a lexicon name inside it (Persia) only a fragment of it.
        known = [(s, e) for s, e in known if e - s >= end - start - 1]
        covered = covered and bool(known)
    if covered and _whole(norm, words, start, known[-1][1], lex):
        return known
    if _whole(norm, words, start, end, lex) and _is_name(piece, lex, has_context(norm, start, end, paragraph.start)):
        return [(start, end)]
    for s, e in known:
        stray = norm[start:s] + norm[e:end]
        if e - s >= 3 and (s, e) in words.overlapping(s, e) and len(stray) <= 1 and lex.name_odds.get(stray, -9) <= STRONG:
            return [(s, e)]  # 多|哈萨克: a long lexicon name jieba agrees on, a weak stray character beside it
            # (not 阿卜杜拉|希: a strong name character says the name goes on)
    return [(s, e) for s, e in known if _whole(norm, words, s, e, lex)]


def _joined_places(norm: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """The parts of a joined run when each is a place the lexicon knows (柔佛—新加坡, 维也纳-布拉格): a dash or
    a dot between two places is a relation (a zone, a route), not one name; a person's parts are not all places."""
    parts, pos = [], start
    for m in re.finditer(f"[^{re.escape(_JOINERS)}]+", norm[start:end]):
        parts.append((start + m.start(), start + m.end()))
        pos = start + m.end()
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


def _standalone(norm: str, start: int, end: int, para_start: int, lex: Lexicon) -> bool:
    """A word jieba cuts that the lexicon knows as a foreign name (美国, 伦敦; 莫迪 after a title; not 山下, 人大)."""
    name = lex.names.get(norm[start:end]) if end - start >= 2 else None
    if name is None or not name.foreign:
        return False
    return end - start >= 3 or name.type is NameType.PLACE or has_context(norm, start, end, para_start) or (
        name.type is NameType.PERSON and _generation_before(norm, start, para_start, lexicon()))


def _chinese_place(norm: str, start: int, end: int, lex: Lexicon) -> bool:
    """A word jieba cuts that CC-CEDICT gives as a place named by its own pinyin (台湾, 新疆), and jieba's
    dictionary tags a place too (not 布袋, a town in CC-CEDICT and "a sack" in prose)."""
    name = lex.names.get(norm[start:end]) if end - start >= 2 else None
    return name is not None and not name.foreign and name.type is NameType.PLACE and _jieba_place(norm[start:end])


@lru_cache(maxsize=4096)
def all_han(text: str) -> bool:
    """Every character of ``text`` is a Chinese character (CJK and Extension A): no digit, letter or punctuation."""
    return all("\u3400" <= c <= "\u9fff" for c in text)


def jieba_tag(word: str) -> str:
    """The tag jieba's dictionary gives ``word`` as one word ("ns" a place, "nr" a person), else "": its tags
    come from the word, not the context."""
    tags = default_jieba().tag(word)
    return tags[0][1] if len(tags) == 1 and tags[0][0] == word else ""


def _jieba_place(word: str) -> bool:
    """Whether jieba's dictionary tags ``word`` a place name (ns)."""
    return jieba_tag(word) == "ns"


def _inside_a_word(norm: str, words: SortedSpans, start: int, end: int, lex: Lexicon) -> bool:
    """The name stands inside a longer word jieba cuts that is neither a name nor a name plus a title."""
    return any(ws <= start and end <= we and (ws, we) != (start, end) for ws, we in words.overlapping(start, end)
               if norm[ws:we] not in lex.names and not _compound(norm, ws, we, start, end, lex))


@cache
def regional_matcher() -> RegionalForms:
    """The regional table's matcher, built once per process (the lexicon it reads is built once too)."""
    return RegionalForms(lexicon())


class RegionalForms:
    """The regional table's forms as a matcher: the characters they begin with, their lengths, longest first."""

    def __init__(self, lex: Lexicon):
        self.forms = lex.regional
        self.firsts = re.compile("[" + re.escape("".join(sorted({f[0] for f in self.forms}))) + "]" if self.forms
                                 else r"(?!)")
        self.lengths = sorted({len(f) for f in self.forms}, reverse=True)

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
            for length in self.lengths:
                end = start + length
                if end <= para_end and norm[start:end] in self.forms and _standalone(
                        norm, start, end, para_start, lex) and _whole(norm, words, start, end, lex, known=True):
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


def find_candidates(doc: Document, norm: str, taken: SortedSpans) -> list[Candidate]:
    """Whole names outside the ``taken`` spans (the glossary's names), glossed names first."""
    lex = lexicon()
    found: list[Candidate] = []
    glossed = [Candidate(doc.text[s:e], s, e, english) for s, e, english, *_ in glossed_names(doc, norm)
               if not taken.overlapping(s, e)]
    taken = SortedSpans(taken.spans + [(c.start, c.end) for c in glossed])
    held: list[tuple[int, int]] = []  # transliterations that hold an ordinary word, kept only when vouched for
    places: list[tuple[int, int]] = []  # venues, buildings, stations: a head noun and the words that name it
    heard: list[tuple[int, int]] = []  # names of two characters, kept only when another name sounds like them
    regional = regional_matcher()
    for paragraph in doc.paragraphs():
        text = norm[paragraph.start:paragraph.end]
        words = SortedSpans(word_spans(text, paragraph.start))
        runs = [(paragraph.start + s, paragraph.start + e) for s, e in _runs(text, lex)]
        pieces = [_extend_edges(norm, s, e, paragraph.start, paragraph.end, lex, words) for s, e in runs]
        held += [span for run, piece in zip(runs, pieces) if run == piece
                 and (span := _weak_start(norm, *run, paragraph.start, paragraph.end, lex)) and _whole(norm, words, *span, lex)]
        heard += [span for run, piece in zip(runs, pieces) if run == piece and run[1] - run[0] <= 2
                  and (span := _short_name(norm, words, *run, paragraph.start, paragraph.end, lex))]
        pieces += [(s, e) for s, e in words.spans if _standalone(norm, s, e, paragraph.start, lex)]
        places += [span for span in venues(norm, words, paragraph.start, paragraph.end, lex) if not taken.overlapping(*span)]
        seen = _Seen()
        for s, e in regional.spans(norm, paragraph.start, paragraph.end, words, lex):
            if not taken.overlapping(s, e) and not _inside_a_word(norm, words, s, e, lex):
                seen.add((s, e))  # 施紀賢: a chosen name the table knows, however Chinese it looks
                found.append(Candidate(doc.text[s:e], s, e))
        for s, e in words.spans:
            if (full := _titled_full_name(norm, words, s, e, paragraph.start, paragraph.end, lex)) and not (
                    taken.overlapping(*full) or seen.covers(*full)):
                seen.add(full)
                found.append(Candidate(doc.text[full[0]:full[1]], *full))
            if _with_region_suffix(norm, words, s, e - 1, lex) == (s, e) and not seen.covers(s, e) and all(
                    span == (s, e - 1) for span in taken.overlapping(s, e)):
                seen.add((s, e))  # 莫斯科州: the oblast, though the glossary lists the city
                found.append(Candidate(doc.text[s:e], s, e))
            if (place := _place_in_word(norm, s, e, lex)) and not (taken.overlapping(*place) or seen.covers(*place)):
                seen.add(place)  # 太平洋|地区, 北京|人民大会堂: a place and a word jieba glued to it
                found.append(Candidate(doc.text[place[0]:place[1]], *place))
            if (_chinese_place(norm, s, e, lex) or _headed_place(norm, s, e) or (_generation_word(norm, s, e, paragraph.start, lex) and _clause_break(
                    norm, words, e, paragraph.start, paragraph.end))) and not (
                    taken.overlapping(s, e) or seen.covers(s, e)):
                seen.add((s, e))
                found.append(Candidate(doc.text[s:e], s, e))
        for run_start, run_end in sorted(pieces, key=lambda p: (p[0], -p[1])):
            for start, end in _outside(run_start, run_end, taken):
                start, end = _trim(norm, words, start, end, lex)
                whole_run = (start, end)
                start, end = _drop_word_ends(norm, words, start, end, lex)
                start = _after_postposition(norm, _after_title(norm, start, end, lex), end)
                end = _before_title_modifier(norm, start, end, lex)
                if (start, end) != whole_run and _transliteration(norm[whole_run[0]:whole_run[1]], lex) and _whole(
                        norm, words, *whole_run, lex):
                    held.append(whole_run)  # 卢比|欧: a clear transliteration that holds a word (卢比 rupee)
                after = taken.overlapping(end, end + 1)
                if end < run_end and norm[end - 1] in _JOINERS and after and after[0][0] == end:
                    end = after[0][1]  # 铁木尔·乌马罗夫: the full name of the listed 乌马罗夫
                while start < end and (norm[start] in NAME_JOINERS or (
                        norm[start] in _LEADING and norm[start + 1:start + 2] not in _JOINERS
                        and not any(s == start and e - s >= 2 for s, e in words.overlapping(start, start + 1)))):
                    start += 1  # 但|叶文洁, 他|刚拿 (not 那不勒斯, one word)
                while end > start and (norm[end - 1] in NAME_JOINERS or (
                        norm[end - 1] in _BESIDE and end - 1 > start and norm[end - 2] not in _JOINERS)):
                    end -= 1  # 乌沙科夫|也
                piece = norm[start:end]
                if end - start < 2 or seen.covers(start, end) or (
                        taken.overlapping(start, end) and not any(c in _JOINERS for c in piece)):
                    continue
                spans = _names_in_piece(norm, words, start, end, paragraph, taken, lex)
                for s, e in spans:
                    if not _inside_a_word(norm, words, s, e, lex):
                        seen.add((s, e))
                        found.append(Candidate(doc.text[s:e], s, e))
    found = _before_venues(doc, norm, found, places, lex) + [Candidate(doc.text[s:e], s, e) for s, e in places]
    found += [Candidate(doc.text[s:e], s, e) for s, e in _rendered_names(norm, lex) if not taken.overlapping(s, e)]
    found = [_with_regnal_number(doc, norm, _with_head(doc, norm, _whole_place(doc, norm, c, taken, lex), taken, lex),
                                 taken, lex) for c in found]
    found = [named for c in found if (named := _named_structure(doc, norm, c, taken, lex))]
    found = [_state_organ(doc, norm, _with_given_name(doc, norm, c, taken, lex), taken) for c in found]
    para_starts = SortedSpans((p.start, p.end) for p in doc.paragraphs())
    glossed = [_with_generation(doc, norm, c, taken, para_starts.overlapping(c.start, c.end)[0][0], lex)
               for c in glossed]
    found = [_with_generation(doc, norm, c, taken, para_starts.overlapping(c.start, c.end)[0][0], lex)
             for c in found]
    found = _before_conjunction(doc, norm, _full_names(doc, norm, _joined_organisations(doc, norm, disjoint(found), taken, lex)))
    found = disjoint(found + _vouched(doc, norm, held, found + glossed, taken)
                      + _vouched(doc, norm, heard, found + glossed, taken, by_count=False))
    found = disjoint(found + _found_again(doc, norm, _surnames(norm, found + glossed), found + glossed, taken, lex))
    found = disjoint(_written_in_full(doc, norm, found, glossed, taken))
    spans = SortedSpans(taken.spans + [(c.start, c.end) for c in found + glossed])
    titled = [_with_regnal_number(doc, norm, Candidate(doc.text[s:e], s, e), spans, lex)
              for p in doc.paragraphs() for s, e in titled_names(norm, p.start, p.end, lex) if not spans.overlapping(s, e)]
    found += titled
    again = _said_once(norm, found, lex) | _table_partners(norm, found, lex) | {
        family for c in found if (family := lex.family_name(norm[c.start:c.end]))}  # 高市早苗 … 高市则表示
    return [c for c in disjoint([_state_organ(doc, norm, c, taken) for c in found + _found_again(
                doc, norm, again, found + glossed, taken, lex)] + glossed)
            if not _category_word(norm[c.start:c.end], lex) and not norm.startswith(_AWARD_AFTER, c.end)]


#: Conjunctions a name-character run may swallow: 乔布|因累积黄牌停赛 "Jobe, because of his yellow cards".
_CONJUNCTIONS = set("因")


def _before_conjunction(doc: Document, norm: str, found: list[Candidate]) -> list[Candidate]:
    """A name that ends in 因 is the name before the conjunction when the text names it without 因 elsewhere,
    alone or as part of a joined full name (乔布·贝林厄姆 … 乔布因累积): 因凡蒂诺 or 斯坦因 stand as they are."""
    parts = {part for c in found for part in re.split(f"[{re.escape(NAME_JOINERS)}]", norm[c.start:c.end])}
    return [Candidate(doc.text[c.start:c.end - 1], c.start, c.end - 1, c.gloss)
            if c.end - c.start >= 3 and norm[c.end - 1] in _CONJUNCTIONS and norm[c.start:c.end - 1] in parts else c
            for c in found]


def _joined_organisations(doc: Document, norm: str, found: list[Candidate], taken: SortedSpans,
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


#: What follows an award's name: its category (奥斯卡|最佳导演) or the word for prize (格莱美|奖, 奥斯卡|金像奖).
#: An award is no person, place or organisation a name glossary keeps.
_AWARD_AFTER = ("最佳", "奖", "金像奖")


def _category_word(form: str, lex: Lexicon) -> bool:
    """A word the lexicon capitalises that names a kind, not a person, place or organisation: a nationality
    or descent (美籍, 华裔: X籍, X裔), a religion (天主教, 伊斯兰教: X教), or a chamber every legislature has
    (众议院, 参议院; not 美国参议院, one country's), which no name glossary keeps on its own."""
    return len(form) >= 2 and form in lex.names and (form[-1] in "籍裔教" or (len(form) == 3 and form.endswith("议院")))


#: Characters before a person's name that tell two people of one name apart: 老布什/小布什 (father and son),
#: 大威廉丝/小威廉丝 (the elder and the younger sister).  They are part of the name, which without them is
#: the other person's too.
_GENERATION = set("老小大")


def _generation_before(norm: str, start: int, para_start: int, lex: Lexicon) -> bool:
    """老/小/大 right before ``start`` stands alone: after punctuation, a function word or a title (名将|大|威廉丝,
    妹妹|小|威廉丝), and it makes no ordinary word with the character before or after it (not 最小, 大卫)."""
    pos = start - 1
    if pos < para_start or norm[pos] not in _GENERATION:
        return False
    before = norm[pos - 1] if pos - 1 >= para_start else ""
    if norm[pos - 1:pos + 1] in lex.words or default_jieba().has_word(norm[pos - 1:pos + 1]):
        return False  # 从小|普京: the character is the end of a word
    return (not before or not "\u3400" <= before <= "\u9fff" or before in _BESIDE or before in _GENERATION
            or bool(_TITLE_BEFORE.search(norm[max(para_start, pos - 4):pos])) or (
                norm[pos - 2:pos] in lex.words and norm[pos - 1:pos + 1] not in lex.words)) and (
        norm[pos:start + 1] not in lex.words and norm[pos:start + 2] not in lex.words and before not in _GENERATION)


def _place_in_word(norm: str, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The place a word jieba cuts begins with, when the rest is an ordinary word and the whole a place phrase
    (太平洋|地区, 非洲|大陆: "the Pacific region"), or the rest is a name of its own (北京|人民大会堂, a
    building in a city); not 北京|大学 or 纽约|时报, organisations named after their city."""
    if end - start < 4 or end - start > 12:
        return None
    for size in range(min(end - start - 2, lex.max_length), 1, -1):
        place = lex.names.get(norm[start:start + size])
        if place is None or place.type is not NameType.PLACE:
            continue
        if not place.foreign and not _jieba_place(place.form):
            return None
        rest, tag = norm[start + size:end], jieba_tag(norm[start:end])
        if (tag == "ns" and rest in lex.words) or (tag in ("nt", "ns") and jieba_tag(rest) in ("nt", "ns", "nz")
                                                   and _jieba_place(place.form)):  # not 联合国|安理会, an organ
            return start, start + size
        return None
    return None


def _headed_place(norm: str, start: int, end: int) -> bool:
    """A word jieba cuts and tags a place that ends in a place head noun (所罗门群岛, 马绍尔群岛)."""
    return end - start >= 4 and norm[end - 1] in "岛国" and any(
        end - start >= len(h) + 2 and norm.endswith(h, start, end) for h in _PLACE_HEADS) and _jieba_place(norm[start:end])


def _generation_word(norm: str, start: int, end: int, para_start: int, lex: Lexicon) -> bool:
    """A word jieba cuts that is 老/小/大 and a person the lexicon knows (小布什, 老布什)."""
    name = lex.names.get(norm[start + 1:end]) if end - start >= 3 else None
    return name is not None and name.type is NameType.PERSON and name.foreign and _generation_before(
        norm, start + 1, para_start, lex)


def _with_generation(doc: Document, norm: str, found: Candidate, taken: SortedSpans, para_start: int,
                     lex: Lexicon) -> Candidate:
    """``found`` with 老/小/大 before it when it is a person's name (老布殊, 小罗勃甘迺迪), else itself."""
    name = lex.names.get(norm[found.start:found.end])
    if (name is not None and name.type is not NameType.PERSON) or not _generation_before(
            norm, found.start, para_start, lex) or taken.overlapping(found.start - 1, found.start):
        return found
    return Candidate(doc.text[found.start - 1:found.end], found.start - 1, found.end, found.gloss)


def _with_head(doc: Document, norm: str, found: Candidate, taken: SortedSpans, lex: Lexicon) -> Candidate:
    """``found`` with the institution head after it when it is an organisation (欧盟委员会), else itself."""
    name = lex.names.get(norm[found.start:found.end])
    head = next((h for h in _FACILITY_HEADS if norm.startswith(h, found.end)), "")
    if head and (name is None or name.type is NameType.PLACE) and not taken.overlapping(
            found.end, found.end + len(head)):
        end = found.end + len(head)  # 奈良|地方法院, 圣马梅斯|球场: the court or the ground is the name
        return Candidate(doc.text[found.start:end], found.start, end, found.gloss)
    if norm.startswith(_FOUNDATION, found.end) and (name is None or name.type is not NameType.ORGANISATION) and not (
            taken.overlapping(found.end, found.end + len(_FOUNDATION))):
        end = found.end + len(_FOUNDATION)  # 盖兹|基金会: the foundation takes its founder's name
        return Candidate(doc.text[found.start:end], found.start, end, found.gloss)
    if name is not None and name.type is NameType.PLACE:
        return _club_name(doc, norm, found, taken, lex)
    if name is None or name.type is not NameType.ORGANISATION:
        return found
    for head in _INSTITUTION_HEADS:
        end = found.end + len(head)
        if norm.startswith(head, found.end) and not taken.overlapping(found.end, end):
            return Candidate(doc.text[found.start:end], found.start, end, found.gloss)
    return found


#: A foundation is named after its founder or its place (盖茨基金会 the Gates Foundation): the name alone there is a fragment.
_FOUNDATION = "基金会"
#: Heads of a court, a ground, a broadcaster's centre or a league named after its place (奈良地方法院, 圣马梅斯球场,
#: 欧罗巴联赛 the Europa League): with them the place is part of the name, and alone it would be a fragment.
_FACILITY_HEADS = ("地方法院", "高等法院", "地院", "球场", "体育场", "电视中心", "联赛")


#: A regnal number right after a monarch's or pope's name: 查尔斯|三世, 伊丽莎白|二世, 利奥|十四世.
_REGNAL = re.compile(r"[一二三四五六七八九十]{1,3}世")
_PLACE_ENDS = "国洲州省市岛县"


def _with_regnal_number(doc: Document, norm: str, found: Candidate, taken: SortedSpans, lex: Lexicon) -> Candidate:
    """``found`` with the regnal number after it (查尔斯三世), which is part of the name: without it the
    monarch is a fragment 查尔斯 grouped with every other Charles.  CC-CEDICT types 查尔斯 a place (a
    river), so only organisations and countries or regions (美国, 欧洲) take none, nor 二世祖 (a rich man's son)."""
    name = lex.names.get(norm[found.start:found.end])
    number = _REGNAL.match(norm, found.end)
    if number is None or taken.overlapping(found.end, number.end()) or norm[number.end():number.end() + 1] == "祖" or (
            name is not None and (name.type is NameType.ORGANISATION or norm[found.end - 1] in _PLACE_ENDS)):
        return found
    return Candidate(doc.text[found.start:number.end()], found.start, number.end(), found.gloss)


#: Head nouns that make the name before them one country or one group of islands: 所罗门|群岛, 中非|共和国.
_PLACE_HEADS = ("群岛", "共和国", "王国", "半岛", "公国", "酋长国")


def _whole_place(doc: Document, norm: str, found: Candidate, taken: SortedSpans, lex: Lexicon) -> Candidate:
    """``found`` as part of the longer name it stands in, else itself: a name the lexicon knows that holds it
    and a word beside it (皇家|马德里 Real Madrid), a place head noun after it (索罗门|群岛, whatever CC-CEDICT
    says 索罗门 alone is), or a team's nickname beside its city (洛杉矶|道奇, 拜仁|慕尼黑).  Alone, the
    shorter name is a fragment of the longer one."""
    name = lex.names.get(norm[found.start:found.end])
    if name is not None and name.type is NameType.ORGANISATION:
        return found
    start, end = found.start, found.end
    for size in (2, 3):
        if norm[start - size:end] in lex.names and default_jieba().has_word(norm[start - size:start]):
            start -= size  # 皇家|马德里
            break
        if norm[start:end + size] in lex.names and default_jieba().has_word(norm[end:end + size]) or (
                _named_after(lex.names.get(norm[end:end + size]), name)):
            end += size  # 洛杉矶|湖人 "Los Angeles Lakers": the team takes the city's name
            break
    else:
        head = next((h for h in _PLACE_HEADS if norm.startswith(h, end)), "")
        if head:
            end += len(head)
        elif name is not None and name.type is NameType.PLACE:
            start, end = _with_nickname(norm, start, end, lex)
            if (start, end) == (found.start, found.end):
                end = _with_region_suffix(norm, SortedSpans(word_spans(norm[start:end + 4], start)), start, end, lex)[1]
        if (start, end) == (found.start, found.end) and (name is None or name.type is NameType.PLACE):
            end = _team_after_result(norm, start, end, lex)
    if (start, end) == (found.start, found.end) or taken.overlapping(start, found.start) or taken.overlapping(found.end, end):
        return found
    return Candidate(doc.text[start:end], start, end, found.gloss)


#: Structures news names by the place or name before them (克赤|大桥 the Kerch Bridge, 港珠澳|大桥): the head
#: alone is an ordinary noun ("the bridge"), though CC-CEDICT has 大桥 as a person of legend (Da Qiao).
_STRUCTURE_HEADS = ("大桥", "大坝", "隧道")


def _named_structure(doc: Document, norm: str, found: Candidate, taken: SortedSpans, lex: Lexicon) -> Candidate | None:
    """A structure's head noun found as a name: with the name before it (克赤大桥), the structure; alone, none."""
    if norm[found.start:found.end] not in _STRUCTURE_HEADS:
        return found
    start = found.start
    while found.start - start < 4 and start > 0 and "\u3400" <= norm[start - 1] <= "\u9fff" and (
            norm[start - 1] not in _LEADING) and not taken.overlapping(start - 1, start):
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
        if _nickname(after, lex) and default_jieba().cut(norm[end:end + size + 4], False)[0] == after and (
                norm.count(after) > norm.count(place + after)):
            return start, end + size  # a word of its own, not the start of a longer one (南非|约翰内|斯堡)
    before = norm[max(0, start - 2):start]
    if _nickname(before, lex) and sum(map(lex.odds, before)) > 0 and not default_jieba().has_word(
            norm[max(0, start - 3):start - 1]) and norm.count(before) > norm.count(before + place):  # not 新|华社
        return start - 2, end  # a nickname before the city is a transliteration (拜仁, Bayern)
    return start, end


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
            any(c in _BESIDE for c in nickname) or _TITLE.search(nickname) or nickname in lex.names):
        return after
    return end


def _nickname(word: str, lex: Lexicon) -> bool:
    """A word that may be a team's nickname: one jieba's dictionary tags a name (道奇, 蓝鸟, 拜仁; not 警方,
    金靴), and no ordinary word, function word, title, person, place or organisation of several English
    words (not 拜登, 中央社 Central News Agency)."""
    name = lex.names.get(word)
    return len(word) >= 2 and jieba_tag(word) in ("nr", "nrt") and word not in lex.words and not (
        any(c in _BESIDE for c in word) or _TITLE.search(word) or _PLACE_BEFORE.search(word)) and (
        name is None or (name.type is NameType.ORGANISATION and " " not in name.english.strip()))


#: Head nouns of a club or team named by a place and a word (利雅得胜利|俱乐部, 皇家马德里|队 aside: a place alone).
_CLUB_HEADS = ("俱乐部", "足球队", "球队", "队")


def _club_name(doc: Document, norm: str, found: Candidate, taken: SortedSpans, lex: Lexicon) -> Candidate:
    """A place and the ordinary word after it when a club's head noun follows (利雅得|胜利|俱乐部 Al Nassr): the
    place alone would be a fragment of the club's name.  Not when the word and the head are one ordinary word
    (美国|国家队 "the US national team", 中国|女足队): that team is named by its country alone."""
    word = next((norm[found.end:found.end + n] for n in (2, 3) if norm[found.end:found.end + n] in lex.words
                 and norm.startswith(_CLUB_HEADS, found.end + n) and not any(
                     norm[found.end:found.end + n + len(h)] in lex.words for h in _CLUB_HEADS)), "")
    end = found.end + len(word)
    if word and not taken.overlapping(found.end, end):
        return Candidate(doc.text[found.start:end], found.start, end, found.gloss)
    return found


def _transliteration(piece: str, lex: Lexicon) -> bool:
    """A run of three or more strong transliteration characters (卢比欧), whatever words it holds."""
    return len(piece) >= MIN_NAME_CHARS and all(lex.is_name_char(c) for c in piece) and (
        sum(map(lex.odds, piece)) >= STRONG_RUN * len(piece))


def _vouched(doc: Document, norm: str, held: list[tuple[int, int]], found: list[Candidate],
             taken: SortedSpans, by_count: bool = True) -> list[Candidate]:
    """The held runs the text vouches for as names: written so twice or more (``by_count``), or sounding like
    a name found or listed in the same text (卢比欧 beside 鲁比奥)."""
    counts = Counter(norm[s:e] for s, e in held) if by_count else Counter()
    others: dict[str, set[str]] = defaultdict(set)
    for other in {norm[c.start:c.end] for c in found} | {norm[s:e] for s, e in taken.spans}:
        others[block(other)].add(other)
    vouched = {form for form in {norm[s:e] for s, e in held} if counts[form] >= 2 or any(
        similarity(form, other) >= VOUCHING_SOUND for other in others[block(form)] if other != form)}
    return [Candidate(doc.text[s:e], s, e) for s, e in held if norm[s:e] in vouched]


def _written_in_full(doc: Document, norm: str, found: list[Candidate], glossed: list[Candidate],
                     taken: SortedSpans) -> list[Candidate]:
    """A name cut short where the text goes on with a longer form it names elsewhere is that form: after
    普斯迪高古（Ange Postecoglou）, 普斯迪|高古去年 is 普斯迪高古, not the fragment 普斯迪."""
    by_start: dict[str, list[str]] = defaultdict(list)  # forms by their first two characters, longest first
    for form in sorted({norm[c.start:c.end] for c in found + glossed}, key=len, reverse=True):
        by_start[form[:2]].append(form)
    whole = []
    for c in found:
        piece = norm[c.start:c.end]
        longer = next((f for f in by_start.get(piece[:2], ()) if len(f) > len(piece) and f.startswith(piece)
                       and norm.startswith(f, c.start) and not taken.overlapping(c.start, c.start + len(f))), "")
        end = c.start + len(longer)
        whole.append(Candidate(doc.text[c.start:end], c.start, end, c.gloss) if longer else c)
    return whole


def _found_again(doc: Document, norm: str, forms: set[str], found: list[Candidate], taken: SortedSpans,
                 lex: Lexicon) -> list[Candidate]:
    """Each of ``forms`` wherever it stands whole outside the names already found."""
    if not forms:
        return []
    spans = SortedSpans([(c.start, c.end) for c in found] + taken.spans)
    pattern = re.compile("|".join(map(re.escape, sorted(forms, key=len, reverse=True))))
    extra = []
    for paragraph in doc.paragraphs():
        words = None
        for m in pattern.finditer(norm, paragraph.start, paragraph.end):
            if spans.overlapping(m.start(), m.end()):
                continue
            words = words or SortedSpans(word_spans(norm[paragraph.start:paragraph.end], paragraph.start))
            if _whole(norm, words, m.start(), m.end(), lex):
                extra.append(Candidate(doc.text[m.start():m.end()], m.start(), m.end()))
    return extra


def _surnames(norm: str, found: list[Candidate]) -> set[str]:
    """The surnames of the full names found: a name wherever they stand whole (米尔济约耶夫说)."""
    return {part for c in found for part in [re.split(f"[{re.escape(NAME_JOINERS)}]", norm[c.start:c.end])[-1]]
            if len(part) >= 2 and any(j in norm[c.start:c.end] for j in NAME_JOINERS)}


def _said_once(norm: str, found: list[Candidate], lex: Lexicon) -> set[str]:
    """Names a title or speech verb had to vouch for: written like Chinese ones (石破茂, found by
    :func:`titled_names`) or of two characters (总理卡尼); found once, a name wherever they stand whole
    (石破茂表示, 卡尼此前)."""
    return {norm[c.start:c.end] for c in found
            if (c.end - c.start == 2 or not all(lex.is_name_char(ch) for ch in norm[c.start:c.end]))
            and norm[c.start:c.end] not in lex.words and not any(j in c.form for j in NAME_JOINERS)}


def _table_partners(norm: str, found: list[Candidate], lex: Lexicon) -> set[str]:
    """The regional table's other forms of a person found (副总统万斯 … 范斯还): introduced once, each is a name
    wherever it stands whole, as the form found is (:func:`_said_once`)."""
    keys = {name.key for c in found if (name := lex.names.get(norm[c.start:c.end])) and name.type is NameType.PERSON}
    return {form for form in lex.regional if lex.names[form].key in keys and lex.names[form].type is NameType.PERSON}


def _full_names(doc: Document, norm: str, found: list[Candidate]) -> list[Candidate]:
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
        if len(given) == size and _TITLE_BEFORE.search(norm[max(para_start, start - size - 4):start - size]) and all(
                "\u3400" <= c <= "\u9fff" and c not in _BESIDE for c in given) and given not in lex.words and not (
                _TITLE.search(given)) and not any(s < start - size < e for s, e in words.overlapping(start - size, start)):
            return start - size, end
    return None


def disjoint(candidates: list[Candidate]) -> list[Candidate]:
    """Longest first, no overlaps."""
    kept: list[Candidate] = []
    used: set[int] = set()
    for c in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if used.isdisjoint(range(c.start, c.end)):
            used.update(range(c.start, c.end))
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def _outside(start: int, end: int, spans: SortedSpans) -> list[tuple[int, int]]:
    pieces, pos = [], start
    for s, e in spans.overlapping(start, end):
        if s > pos:
            pieces.append((pos, s))
        pos = max(pos, e)
    if pos < end:
        pieces.append((pos, end))
    return pieces


#: Head nouns of a venue, a building, a station or a cemetery named by the words before it (啟德|體育園,
#: 新聖女|公墓, 大和西大寺|站, 保安|堂): with the head they are one place, named where news names any building,
#: right after its city (莫斯科|工會大廈圓柱大廳) or after 在/的 (位於九龍東的|啟德體育園).
_VENUE_HEADS = ("体育园", "体育馆", "体育场", "球场", "公墓", "墓园", "大厦", "大楼", "大厅", "礼堂", "广场",
                "电视中心", "中心", "车站", "站", "教堂", "堂", "宫", "寺", "机场", "码头")
_VENUE = re.compile("|".join(sorted(_VENUE_HEADS, key=len, reverse=True)))
#: What follows 站 when it is the verb "stand" (站在, 站着, 站起来), not a station.
_STAND_AFTER = set("在着了起住到出立满")
#: Characters that end a phrase: the words naming a venue or an organ stand after them (九龍東的|啟德體育園).
_PHRASE_BREAKS = set("的在于是把被了着过从向对为将及")
#: How many characters may name a venue before its head.
_VENUE_NAME_CHARS = 8


def venues(norm: str, words: SortedSpans, para_start: int, para_end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Venues in a paragraph: a head noun (:data:`_VENUE_HEADS`) that stands as a word of its own, and the words
    before it back to a place the lexicon or jieba knows (奈良市|近鐵大和西大寺站: any words, 和 too) or else to
    punctuation or a function word (的|啟德體育園).  What names it must be no single ordinary word (not 火车|站,
    学校|礼堂): an ordinary word and a head are a common noun."""
    found: list[tuple[int, int]] = []
    starts = {s for s, _ in words.overlapping(para_start, para_end)}
    ends = {e for _, e in words.overlapping(para_start, para_end)}
    for m in _VENUE.finditer(norm, para_start, para_end):
        if m.start() not in starts or m.end() not in ends:
            word = next(((s, e) for s, e in words.overlapping(m.start(), m.end()) if e == m.end() and e - s >= 5), None)
            place = word and next((word[0] + n for n in (4, 3, 2) if _known_place(norm[word[0]:word[0] + n], lex)), None)
            if place and word[1] - place >= 3 and jieba_tag(norm[place:word[1]]) in _NAME_TAGS:
                found.append((place, word[1]))  # 北京|人民大会堂: a venue jieba glues to its city
            continue  # 食堂, 天堂, 市场: the head is part of a word
        if m.group() == "站" and norm[m.end():m.end() + 1] in _STAND_AFTER:
            continue  # 小玄子站在门口: 站 "stand", a verb
        begin = _venue_start(norm, words, m.start(), para_start, lex)
        if begin is None:
            continue
        if found and found[-1][1] == begin:
            begin = found.pop()[0]  # 工會大廈|圓柱大廳: a hall inside a building is named by both
        named = norm[begin:m.start()]
        if any(named[:k] in lex.names and named[:k].endswith(_VENUE_HEADS) for k in range(2, len(named) + 1)):
            continue  # 西敏寺|大教堂: a venue the lexicon names, then what it is ("the great church")
        if len(named) < 2 or named in lex.words or (default_jieba().has_word(named) and jieba_tag(named) not in _NAME_TAGS) or any(
                not "\u3400" <= c <= "\u9fff" or c in "一二三四五六七八九十百千这那该此其每某各" for c in named):
            continue
        found.append((begin, m.end()))
    return found


def _venue_start(norm: str, words: SortedSpans, head: int, para_start: int, lex: Lexicon) -> int | None:
    """Where the words naming the venue whose head begins at ``head`` begin, or None."""
    low = max(para_start, head - _VENUE_NAME_CHARS)
    for pos in range(low, head - 1):
        if all("\u3400" <= c <= "\u9fff" and c not in _PHRASE_BREAKS for c in norm[pos:head]) and (
                _place_ends_at(norm, words, pos, para_start, lex)):
            return pos  # the furthest city within reach (大阪市|南海难波站, not 南海 "South China Sea"); no word
            # between that ends a phrase (九龍東的|啟德), though 和 and 会 may (大和, 工会)
    pos = head
    while pos > low and "\u3400" <= norm[pos - 1] <= "\u9fff" and norm[pos - 1] not in _LEADING:
        pos -= 1
    if pos == low and pos > para_start and "\u3400" <= norm[pos - 1] <= "\u9fff" and norm[pos - 1] not in _LEADING:
        return None  # no edge within reach: a clause, not a name
    if any(norm[s:e] in lex.words for s, e in words.overlapping(pos, head) if e - s >= 2):
        return None  # 去|学校|礼堂: ordinary words, with no place before them to say they name one
    return pos if pos < head else None


def _place_ends_at(norm: str, words: SortedSpans, pos: int, para_start: int, lex: Lexicon) -> bool:
    """A place the lexicon knows, or a city or region jieba tags a place (奈良市, 高雄市), ends right before
    ``pos``, where a word begins and no function word does (not 西敏|寺, 长眠|于)."""
    if norm[pos] in _BESIDE or not any(s == pos for s, _ in words.overlapping(pos, pos + 1)):
        return False
    for size in (5, 4, 3, 2):
        if pos - size < para_start:
            continue
        form = norm[pos - size:pos]
        if _known_place(form, lex) or ((pos - size, pos) in words.overlapping(pos - 1, pos) and _jieba_place(form)
                                        and form[-1] in _PLACE_ENDS + "区"):
            return True
    return False


def _before_venues(doc: Document, norm: str, found: list[Candidate], places: list[tuple[int, int]],
                   lex: Lexicon) -> list[Candidate]:
    """The names found, each cut where a venue begins inside it (莫斯科|新 of 莫斯科|新圣女公墓) when what stays is a
    name the lexicon knows: the venue's first characters are its own, not the end of the city before it."""
    spans = SortedSpans(places)
    cut = []
    for c in found:
        inside = [s for s, e in spans.overlapping(c.start, c.end) if c.start < s < c.end < e]
        if inside and norm[c.start:inside[0]] in lex.names:
            c = Candidate(doc.text[c.start:inside[0]], c.start, inside[0], c.gloss)
        cut.append(c)
    return cut


#: jieba's tags of proper names: a person (nr, nrt), a place (ns), an organisation (nt), another name (nz).
_NAME_TAGS = ("nr", "nrt", "ns", "nt", "nz")


def _with_given_name(doc: Document, norm: str, found: Candidate, taken: SortedSpans, lex: Lexicon) -> Candidate:
    """A Japanese family name the lexicon knows (田中, 安倍: a surname of two characters CC-CEDICT gives a
    foreign English) with the given name written right after it (审判长田中|伸一|宣读, 安倍|昭惠|曾): two
    characters that make no word (和彦 too: 和 begins many Japanese given names), then a clause break.  Japanese
    names are written family name first with no
    joiner, so the family name alone would be a fragment of the person, and another person's name too."""
    form = norm[found.start:found.end]
    name = lex.names.get(form)
    if len(form) != 2 or form not in lex.surnames or name is None or name.type is not NameType.PERSON or not name.foreign:
        return found
    end = found.end + 2
    given, after = norm[found.end:end], norm[end:end + 6]
    if len(given) < 2 or not all_han(given) or given[0] in _LEADING - _BESIDE or (
            given[1] in _LEADING) or (
            given in lex.words or default_jieba().has_word(given) or given in lex.names or _TITLE.search(given)
            or any(norm[found.end + 1:found.end + n] in lex.words for n in (3, 4))) or taken.overlapping(found.end, end):
        return found
    next_word = default_jieba().cut(after, False)[0] if after else ""
    if after and not (after[0] in _AFTER_NAME or after[0] in _BESIDE or _CUE_AFTER.match(after) or (
            len(next_word) >= 2 and next_word in lex.words)):
        return found
    return Candidate(doc.text[found.start:end], found.start, end, found.gloss)


#: A state named by a one-character abbreviation and 联邦/国家 (俄联邦 the Russian Federation, 美国家): news
#: writes it so before one of the state's organs (俄联邦安全局, 俄联邦侦查委员会), and the organ is the name.
_ABBREVIATED_STATE = re.compile(r"[俄美英法德日韩朝中](?:联邦|国家)")
#: Last characters of an organ of state: a bureau, committee, council, service, ministry, court.
_ORGAN_HEADS = ("局", "委员会", "理事会", "会议", "署", "部", "院", "法院", "中心", "总局")


def _state_organ(doc: Document, norm: str, found: Candidate, taken: SortedSpans) -> Candidate:
    """``found`` with the organ after it when it is an abbreviated state (:data:`_ABBREVIATED_STATE`) and one to
    three words end in an organ's head right after it (俄联邦|侦查|委员会, 俄联邦安全局 cut as one word): the state
    alone would be a fragment of the organ's name."""
    if not _ABBREVIATED_STATE.fullmatch(norm[found.start:found.end]):
        return found
    words = default_jieba().cut(norm[found.end:found.end + 8], False)
    end = found.end
    for word in words[:3]:
        if not all("\u3400" <= c <= "\u9fff" and c not in _PHRASE_BREAKS for c in word):
            break
        end += len(word)
        if word.endswith(_ORGAN_HEADS) and not taken.overlapping(found.end, end):
            return Candidate(doc.text[found.start:end], found.start, end, found.gloss)
    return found


#: A place's suffix for the region named after it: 莫斯科州 Moscow Oblast, 河内省; the city alone is another place.
_REGION_SUFFIXES = "州省"


def _with_region_suffix(norm: str, words: SortedSpans, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """(start, end) of a place the lexicon knows with 州/省 after it when jieba cuts the two as one word
    (莫斯科州, not 莫斯科|州长): the region named after the city is a place of its own, of which the city's name
    alone is a fragment."""
    if norm[end:end + 1] in _REGION_SUFFIXES and _known_place(norm[start:end], lex) and (
            start, end + 1) in words.overlapping(start, end + 1):
        return start, end + 1
    return start, end


#: News gives another rendering of a name it has just used: 新华社译作范德芬, 新华社称他为孙兴慜, 内地一般译为
#: 波切蒂诺.  What the verb introduces, up to the punctuation, is that name whole, whatever its characters.
_RENDERED = re.compile(r"(?:译作|译为|译成|称他为|称她为|称其为)(?P<name>[\u3400-\u9fff·]{2,8})(?=[，。、；）)」』])")


def _rendered_names(norm: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Names introduced as another rendering (:data:`_RENDERED`): no function word inside, not one ordinary word."""
    return [m.span("name") for m in _RENDERED.finditer(norm)
            if not any(c in _BESIDE for c in m.group("name")) and m.group("name") not in lex.words]
