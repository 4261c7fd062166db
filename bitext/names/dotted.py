"""A foreign name whose parts a dot joins, as whole as the dot says: 若昂·佩德罗, 迪奥斯达多·卡韦略, 叶连娜·泽连斯卡娅.

The finder grows names from characters common in transliterations, and a
given name or surname that holds a rare one (若, 略, 连, 朋) came out cut
(昂·佩德罗, 迪奥斯达多·卡韦) or not at all.  The dot itself says that the
words beside it are parts of one name, whatever their characters: a name
runs outwards from it over the words jieba cuts there, and stops at an
ordinary word (助攻, 当年), a title (内政部长, 夫人), a function word, a cue
(说, 摄), punctuation or a number.
"""

from __future__ import annotations

import re

from ..model import NameType
from ..segment import default_jieba
from .context import (AFTER_NAME, BEFORE_OR_AFTER, BESIDE, CLEAR, CUE_AFTER, DOTS, HYPHENS, KIN_CHARACTERS, LENIENT, NAME_TITLE, NEVER_IN_NAMES, ORDINARY_TAGS, TITLE,
                      TIME_OPENING, TITLE_BEFORE,
                      all_han, clause_preposition, jieba_tag, ordinary_word, past_title)
from .lexicon import Lexicon
from .spans import SortedSpans

# A chain is joined by dots only (hyphens and dashes also join places: 巴库－提比里西); a part that meets a hyphen
# goes on past it (让-皮埃尔).
#: The most characters of a part (别尔德穆哈梅多夫, 阿卜杜勒拉赫曼).
LONGEST_PART = 8
#: Parts joined by dots, Han characters on both sides of each dot, no function word inside a middle part (not
#: 辛纳与卡洛斯 in 扬尼克·辛纳与卡洛斯·阿尔卡拉斯); initials (N·钱德拉塞卡兰) are the finder's.
_HAN_PART = "[\u3400-\u9fff]"
_CHAIN = re.compile(f"{_HAN_PART}(?:[{DOTS}](?:(?![{''.join(sorted(BESIDE))}]){_HAN_PART}){{1,{LONGEST_PART}}})*[{DOTS}]{_HAN_PART}")
#: Mean log odds of the name's characters from which the chain reads as a transliteration, not Chinese words that a
#: dot sets side by side (and not all of them places or bodies the lexicon knows: 中国·东盟).
TRANSLITERATED = 0.5
#: Log odds above which a rare character may begin or end a part at a clause's edge (助攻|若|昂, 雷|朋|当年).
WEAK = -1.0
#: Punctuation that ends a clause or a parenthesis: a rare character right before it ends the name (卡韦|略。).
_CLAUSE_ENDS = frozenset("。，、；：！？）)」』”’")
#: Adverbs of one character that stand between a subject and its verb (施莱因|则|表示).
_ONE_WORD_AFTER = frozenset("则也亦均仍")
#: jieba's tags of a word that goes on a clause after its subject: a verb, an adverb, a preposition, a conjunction.
_CLAUSE_TAGS = frozenset("vdpc")
#: Verbs of saying that 因 ("because of") does not stand before (施莱因|表示), unlike a cue such as 批评 (马拉|因|批评).
_SAID = ("表示", "说", "称", "指出", "强调")
#: jieba's tags of a character that ends no name before a preposition: it is the clause's verb, adverb, pronoun,
#: particle or function word (约翰·史密斯|先|与, 史密斯|让|在).
_NOT_LAST = frozenset("v d r u p c".split())
#: Where a part's walk stopped: the edge of the name, or nothing certain (a cut word, a part too long).
_UNCERTAIN = -1


def dotted_names(norm: str, words: SortedSpans, start: int, end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """The spans of the names a dot joins between ``start`` and ``end`` (a paragraph of ``norm``, cut by ``words``)."""
    found = []
    for first, last, since, until in _chains(norm, words, start, end, lex):
        begin = _walk(norm, words, first, since, lex, outward=-1)
        finish = _walk(norm, words, last, until, lex, outward=1)
        if _UNCERTAIN in (begin, finish) or begin == first or finish == last:
            continue
        span = norm[begin:finish]
        han = re.sub(f"[{DOTS}]", "", span)
        if not all(_known_not_a_person(p, lex) and not jieba_tag(p).startswith("nr") for p in re.split(f"[{DOTS}]", span)) \
                and sum(max(lex.odds(c), NEVER_IN_NAMES) for c in han) >= TRANSLITERATED * len(han):  # 保罗 "Paul"
            # (a place to CC-CEDICT)·比亚; a character no name has (芮 of 凯蒂·佩芮) weighs as one never in names
            found.append((begin, finish))
    return found


def _chains(norm: str, words: SortedSpans, start: int, end: int, lex: Lexicon) -> list[tuple[int, int, int, int]]:
    """Each run of parts joined by dots: its first dot, its last part's first character, and the bounds its walks
    keep within; a middle part that holds a verb of two characters or more, of no name's characters, is two names
    and a verb between them (波西瓦·艾佛瑞特|改写|马克·吐温), not one name's middle part."""
    chains = []
    for chain in _CHAIN.finditer(norm, start, end):
        since, dots = start, [m.start() for m in re.finditer(f"[{DOTS}]", chain.group())]
        for a, b in zip(dots, dots[1:]):
            verb = next(((s, e) for s, e in words.overlapping(chain.start() + a + 1, chain.start() + b)
                         if chain.start() + a < s and e < chain.start() + b and e - s >= 2 and _a_verb(norm[s:e], lex)), None)
            if verb is not None:
                chains.append((chain.start() + dots[0], chain.start() + a + 1, since, verb[0]))
                since, dots = verb[1], [d for d in dots if d > b - 1]
        chains.append((chain.start() + dots[0], chain.end() - 1, since, end))
    return chains


def _a_verb(word: str, lex: Lexicon) -> bool:
    """A word jieba knows as a verb whose characters are not a transliteration's (改写 "rewrites", not 马克)."""
    return jieba_tag(word).startswith("v") and sum(lex.odds(c) for c in word) < TRANSLITERATED * len(word)


def given_name_start(norm: str, words: SortedSpans, dot: int, limit: int, lex: Lexicon) -> int:
    """Where the given name before the dot at ``dot`` begins, by the walk :func:`dotted_names` makes over ``words``
    (之女|卡蜜儿·维拉尔, 创办人|高塔姆·阿达尼), no further back than ``limit``; -1 where the walk is uncertain."""
    return _walk(norm, words, dot, limit, lex, outward=-1)


def _known_type(part: str, lex: Lexicon) -> NameType | None:
    """What the lexicon knows ``part`` as, None when it does not know it."""
    known = lex.names.get(part)
    return None if known is None else known.type


def _known_not_a_person(part: str, lex: Lexicon) -> bool:
    return _known_type(part, lex) not in (None, NameType.PERSON)


def _word_at(words: SortedSpans, pos: int, outward: int) -> tuple[int, int] | None:
    """The word that ends at ``pos`` (walking back) or begins there (walking on)."""
    if outward < 0:
        return next(((s, e) for s, e in words.overlapping(pos - 1, pos) if e == pos), None)
    return next(((s, e) for s, e in words.overlapping(pos, pos + 1) if s == pos), None)


def _stops(word: str) -> bool:
    """A word no part of a name holds: punctuation, digits or Latin letters, a function word, a title."""
    return not all_han(word) or any(c in BESIDE for c in word) or bool(TITLE.search(word))


def _walk(norm: str, words: SortedSpans, pos: int, limit: int, lex: Lexicon, outward: int) -> int:
    """Where the first part begins (``outward`` -1, from the first dot) or the last part ends (1, from the last part's
    first character): over the word beside the dot whatever it means (马力 in 尚马力·雷朋), then the words that
    :func:`_of_the_name` takes; :data:`_UNCERTAIN` where the part would grow past :data:`LONGEST_PART` or a single
    rare character cut it to one character (特 of 杭特·拜登)."""
    origin, beside = pos, True
    while pos != limit and (word := _word_at(words, pos, outward)) is not None:
        s, e = word
        text = norm[s:e]
        if (joined := _hyphened(norm, words, word, outward)) is not None and abs(joined - origin) <= LONGEST_PART:
            pos, beside = joined, False  # 让-|保罗·卢克西奇: a given name of two joined by a hyphen, title before it
            continue
        unknown = outward > 0 and _in_single_characters(words, origin, s) and e - s == 2 and all(
            lex.odds(c) >= _CLEARLY for c in text) and _edge(norm, words, e, limit, lex, outward)  # 巴|科|扬|尼斯|2019,
        # 阿|尔|科|伦|布雷|迟迟: the last word of a surname jieba knows no word of, whatever it means alone (Nice, "to
        # lay mines"), when its characters are clearly a name's (not 斯|霍|夫|内阁 "cabinet")
        if outward < 0 and e - s >= 3 and clause_preposition(norm[s]) and lex.odds(norm[s]) <= LENIENT and all(
                map(lex.is_name_char, text[1:])):
            return s + 1  # 由易卜|拉辛·卡马拉: jieba glued the clause's preposition to the given name's first characters
        if _stops(text) and not _function_character_of_given_name(norm, s, e, limit, lex, beside, outward) or (outward > 0 and (CUE_AFTER.match(norm[s:s + 3]) or TIME_OPENING.match(norm, s) or (
                text in BEFORE_OR_AFTER and norm[e:e + 1] in _CLAUSE_ENDS))) or (not beside and not unknown and not _of_the_name(
                norm, words, text, s, e, limit, lex, outward, abs(pos - origin) == 1)) or (abs(pos - origin) >= 2 and not unknown and _known_not_a_person(
                text, lex) and (outward < 0 or _edge(norm, words, e, limit, lex, outward)) and _known_type(
                norm[min(s, origin):max(e, origin)], lex) is not NameType.PERSON and not (
                outward < 0 and _titled(norm, words, s))):  # but 顾问|哈利|卢尔·拉赫曼: a title says where it begins
            # 巴库|盖达尔·阿利耶夫, but 阿曼|达·阿尼西莫娃: a part of one character goes on, and 普拉|博沃·苏比安托: Pula
            # is a place, and 普拉博沃 a person; 格布雷|梅斯|克尔: a place (Metz) inside a surname that goes on
            if outward < 0 and e - s == 2 and lex.odds(norm[s + 1]) > LENIENT and TITLE_BEFORE.search(
                    norm, max(limit, s - 5), s + 1):
                return s + 1  # 队|长沙|欣·阿夫里迪: jieba glued the given name's first character to a title's last
            if outward < 0 and (framed := _framed_by_title(norm, words, e, origin, limit, lex)) is not None:
                return framed  # 主席|亚历|杭|德罗·莫雷诺: a title, then no word but the name's, however rare 杭
            if outward > 0 and not beside and _split_word(norm, words, s, e, lex):
                return s + 1  # 法里奥|利率|队: 利 ends the name, 率队 "leads the team" is the word; 伦|古今|年: 今年
            if text[0] in HYPHENS or (abs(pos - origin) == 1 and all_han(text) and not _stops(text)):
                return _UNCERTAIN  # 让-皮埃尔 goes on past the hyphen; 特 of 杭特·拜登: a part of one character is a cut one
            break
        if abs((s if outward < 0 else e) - origin) > LONGEST_PART:
            return _UNCERTAIN
        if not beside and outward > 0 and _glued(norm, words, s, e, lex):
            return e - 1  # 西蒙|尼本|赛季: 本 begins 本赛季, the name ends at 尼 (not 其侄|内切|尔万·巴尔扎尼: 内切 is no
            # word before a name that a reader stops at)
        pos, beside = (s if outward < 0 else e), False
    if outward < 0 and origin - (past := past_title(norm, pos)) >= 1:
        return past  # 首席执行|官西蒙|·特罗特: jieba glued a title's last character to the given name
    return pos


#: The log odds from which each character of a word says a name's (布雷, 尼斯; not 内阁 at 0.9).
_CLEARLY = 2.0


def _function_character_of_given_name(norm: str, s: int, e: int, limit: int, lex: Lexicon, beside: bool,
                                       outward: int) -> bool:
    """The word beside the dot, walking back, is one function word's character with a name's character before it: the
    given name's last (麦|可·乔丹, Michael Jordan as Taiwan writes him), not a word of the clause before the name."""
    return beside and outward < 0 and e - s == 1 and norm[s] in BESIDE and s > limit and lex.is_name_char(norm[s - 1])


def _in_single_characters(words: SortedSpans, start: int, end: int) -> bool:
    """Two characters or more from ``start`` to ``end``, each a word of its own to jieba."""
    return end - start >= 2 and all(e - s == 1 for s, e in words.overlapping(start, end))


def _hyphened(norm: str, words: SortedSpans, word: tuple[int, int], outward: int) -> int | None:
    """Where the part goes on to over the hyphen ``word`` and the name's word beyond it (让|-|保罗, 玛丽|-|安娜): a
    word of Han characters, no function word or title, of at most three; None when ``word`` is no hyphen or
    nothing such is beyond it."""
    s, e = word
    if e - s != 1 or norm[s] not in HYPHENS or (beyond := _word_at(words, s if outward < 0 else e, outward)) is None:
        return None
    part = norm[beyond[0]:beyond[1]]
    return (beyond[0] if outward < 0 else beyond[1]) if len(part) <= 3 and not _stops(part) else None


def _split_word(norm: str, words: SortedSpans, s: int, e: int, lex: Lexicon) -> bool:
    """jieba's word of two at [s, e) after the name is its last character, clearly a name's, and the start of a
    verb of jieba's dictionary with the word after it (法里奥|利率|队: 利 and 率队 "leads the team"): jieba read the
    wrong word (not 莱因哈特|多年|来, "for many years")."""
    beyond = _word_at(words, e, 1)
    return e - s == 2 and beyond is not None and lex.odds(norm[s]) >= CLEAR and all_han(norm[s:beyond[1]]) and (
        default_jieba().has_word(rest := norm[s + 1:beyond[1]])) and jieba_tag(rest)[:1] in ("v", "t")  # not 哈特|多年|来


def _glued(norm: str, words: SortedSpans, s: int, e: int, lex: Lexicon) -> bool:
    """The last character of a word of two or more that jieba cut at the name's end makes an ordinary word with
    the next word (尼本|赛季: 本赛季): the word holds the name's end and that word's start.  A word spelt in name
    characters only (西奇, a rare word for overtone singing) is as likely the name's (卢|克西|奇)."""
    if e - s < 2 or (beyond := _word_at(words, e, 1)) is None:
        return False
    piece = norm[e - 1:beyond[1]]
    return piece in lex.words and piece not in lex.names and not all(map(lex.is_name_char, piece))


#: Characters that end a word for a member or a follower (党人, 支持者), cut alone before a name.
_MEMBER_ENDS = frozenset("人者")
#: Characters that end a word for a worker (棉农, 渔民, 矿工, 工匠, 小贩), cut before a name.
_WORKER_ENDS = frozenset("农民工匠贩")


def member_word(word: str) -> bool:
    """A word for a member, a follower or a national (党人, 支持者, 波兰人), or for one who works the land, the sea or a
    trade (棉农 "cotton farmer", 渔民, 矿工): it stands before a name, never in it."""
    return word[-1] in _MEMBER_ENDS or len(word) >= 2 and word[-1] in _WORKER_ENDS


def _said_before_name(norm: str, word: str, s: int) -> bool:
    """``word``, at ``s``, says who the name after it is, and is no part of it: a member or national word (社会民主党人|
    英加·鲁吉涅内), or a kinship word after 之 or 的 (之|孙|沃夫冈·保时捷, 西蒙尼|之子|朱利亚诺·西蒙尼)."""
    return member_word(word) or word[-1] in KIN_CHARACTERS and (word[0] in "之的" or norm[s - 1:s] in ("之", "的"))


def _name_spelt(word: str, lex: Lexicon) -> bool:
    """Each character of ``word`` common enough in names, or all of them clearly a name's on average with none
    rare (亚历山德: 历 is common in words, yet 亚, 山 and 德 say it is 亚历山德鲁's)."""
    odds = [lex.odds(c) for c in word]
    return min(odds) > LENIENT or (min(odds) > WEAK and sum(odds) >= CLEAR * len(odds))


def _of_the_name(norm: str, words: SortedSpans, word: str, s: int, e: int, limit: int, lex: Lexicon,
                 outward: int, after_one: bool = False) -> bool:
    """A word further out than the one beside the dot is the name's: two or more characters common enough in
    names (each of them) and no ordinary word, or after a part of one character so far (格|布雷 of 格布雷梅斯克尔)
    each of them clearly a name's, or at a clause's edge before the name (，|贡布|扎布·赞丹沙塔尔: 贡布 a word, yet
    nothing else for it to be); one character clearly a name's
    (达, 韦), or common in names and no function word; a rarer one at a clause's edge (助攻|若|昂, 雷|朋|当年), and
    after the dot before punctuation (卡韦|略。), more of the name (泽|连|斯卡娅) or a word jieba knows as a name's
    (奥|云|额尔登)."""
    odds = lex.odds(word[0])
    if outward < 0 and _said_before_name(norm, word, s):
        return False  # 社会民主党人|英加·鲁吉涅内: "a Social Democrat", before the name; 之|孙|沃夫冈·保时捷: his grandson
    if len(word) >= 2:
        return (not ordinary_word(word, lex) or after_one and (all(lex.odds(c) >= CLEAR for c in word) or (
            outward > 0 and _edge(norm, words, e, limit, lex, 1))) or (
            outward < 0 and _edge(norm, words, s, limit, lex, -1)) or (
            outward > 0 and all(lex.odds(c) >= CLEAR for c in word) and _edge(
                norm, words, _past_clear_characters(norm, words, e, limit, lex), limit, lex, 1))) and (
            _name_spelt(word, lex))  # 卢克|希奇|表示: a word of characters clearly a name's, then the clause's edge
    # (拉兰博|菲林|加|表示: or a character clearly a name's alone, then the edge)
    if word == "因" and outward > 0 and not after_one and (norm[e:e + 1] in _CLAUSE_ENDS or norm[e:e + 1] in _ONE_WORD_AFTER
                                                           or norm.startswith(_SAID, e)):
        return True  # 欣什泰|因|则, 施莱|因|表示: "because" begins no clause right before punctuation, 则 or a speech
        # verb (but 马拉|因|批评)
    if word in AFTER_NAME:
        return False
    if odds <= NEVER_IN_NAMES:  # 佩|芮|及: but the last character of a part cut to one, before a function word
        return outward > 0 and jieba_tag(word) not in ORDINARY_TAGS and (after_one and (
            e == limit or norm[e] in BESIDE or norm[e] in _CLAUSE_ENDS) or _last_character_next(
                norm, words, e, limit, lex))  # 利亚|廖|拉|和 (Llaryora): one clearly a name's after it ends the clause
    if odds >= CLEAR:
        return True
    ordinary = jieba_tag(word) in ORDINARY_TAGS
    edge = _edge(norm, words, s if outward < 0 else e, limit, lex, outward)
    if odds > LENIENT and not ordinary:
        return True
    if outward < 0:
        return (odds > LENIENT or (odds > WEAK or _titled(norm, words, s)) and edge) and edge or (
            odds > LENIENT and _more_of_name(norm, s, lex, -1)) or (  # 未婚妻|萝|伦·桑契斯: a title says where it begins
            odds > WEAK and _one_before_edge(norm, words, s, limit, lex))
    if (e == limit or norm[e] in _CLAUSE_ENDS) and jieba_tag(word) != "p":
        return True  # 卡韦|略。: the clause ends after it (not 肖恩·贝克|凭|《阿诺拉》, a preposition before a title)
    if odds > NEVER_IN_NAMES and _last_character_next(norm, words, e, limit, lex):
        return True  # 莱斯|屈|尔|负责, 马|柳|克|称: a rarer character, then one clearly a name's that ends the clause
    if not ordinary and odds > NEVER_IN_NAMES and (norm[e:e + 1] in BESIDE or CUE_AFTER.match(norm[e:e + 3])):
        return True  # 参威拉|功|在, 哇集拉隆|功|宣布: a noun seldom in names, then a function word or a cue
    if odds > LENIENT and (norm[e:e + 1] in BESIDE or jieba_tag(norm[e:e + 1]) in ("p", "c")):
        return True  # 马尔泰|齐|因: a character common enough in names, then a preposition or a conjunction
    if odds > WEAK and not after_one and jieba_tag(word) not in _NOT_LAST and jieba_tag(norm[e:e + 1]) in ("p", "c"):
        return True  # 贾木|许|凭: a rarer character that is no verb, adverb or function word, then a preposition
    if (after := _word_at(words, e, 1)) is not None and TITLE.fullmatch(norm[after[0]:after[1]]):
        return False  # 阿米特|经|法官遴选委员会: a rare character, then a title, which no name runs into
    if odds > WEAK and after is not None and len(next_word := norm[after[0]:after[1]]) >= 3 and jieba_tag(
            next_word).startswith("nr") and not ordinary_word(next_word, lex):
        return True  # 奥|云|额尔登 (Oyun-Erdene): a rarer character, then a word of three that jieba knows as a name's
    return (odds > WEAK and not ordinary and edge) or _more_of_name(norm, e, lex, 1)


def _last_character_next(norm: str, words: SortedSpans, pos: int, limit: int, lex: Lexicon) -> bool:
    """At ``pos`` stands one character clearly a name's, cut alone, and the clause goes on after it with what
    follows names (斯维里坚|科|承诺, 博尔热|斯|执教): it is the name's last, and so is everything before it."""
    beyond = _word_at(words, pos, 1)
    if beyond is None or beyond[1] - beyond[0] != 1 or lex.odds(norm[pos]) < CLEAR:
        return False
    if _edge(norm, words, beyond[1], limit, lex, 1) or CUE_AFTER.match(norm[beyond[1]:beyond[1] + 3]):
        return True
    after = _word_at(words, beyond[1], 1)
    return after is not None and jieba_tag(norm[after[0]:after[1]])[:1] in _CLAUSE_TAGS


def _one_before_edge(norm: str, words: SortedSpans, pos: int, limit: int, lex: Lexicon) -> bool:
    """Before ``pos`` stands one character common enough in names, cut alone and making no word with the one after
    it, and before that a title or the clause's edge (党魁|圣|皮|耶·普拉蒙东, 等待|费|代|丽卡): the given name begins
    there."""
    word = _word_at(words, pos, -1)
    if word is None or word[1] - word[0] != 1 or lex.odds(norm[word[0]]) <= LENIENT or norm[word[0]] in BESIDE or (
            norm[word[0]:pos + 1] in lex.words):
        return False
    return _titled(norm, words, word[0]) or _edge(norm, words, word[0], limit, lex, -1)


def _framed_by_title(norm: str, words: SortedSpans, pos: int, dot: int, limit: int, lex: Lexicon) -> int | None:
    """Where a given name begins that a title before it frames, walking back from ``pos`` to the dot at ``dot``: every
    word between the title and ``pos`` Chinese characters, none an ordinary word, a function word or a title, and
    one of two characters or more spelt as names are (检察长|亚历|杭|德罗·赫茨, Alejandro: 杭 is in no name of
    CC-CEDICT's, yet nothing else stands there); None where no
    title ends within :data:`LONGEST_PART` characters of the dot."""
    while dot - pos < LONGEST_PART and pos != limit and (word := _word_at(words, pos, -1)) is not None:
        if _titled(norm, words, pos):
            return pos
        text = norm[word[0]:word[1]]
        if _stops(text) or ordinary_word(text, lex) or jieba_tag(text)[:1] in _CLAUSE_TAGS or _said_before_name(
                norm, text, word[0]) or (len(text) >= 2 and not _name_spelt(text, lex)):
            return None  # not 总统|竞选人|米格尔·乌里韦: a word of characters seldom in names is no part of one
        pos = word[0]
    return None


def _titled(norm: str, words: SortedSpans, pos: int) -> bool:
    """A title or a kinship word ends at ``pos`` (未婚妻|萝伦, 高级代表|哈利卢尔·拉赫曼)."""
    word = _word_at(words, pos, -1)
    return word is not None and bool(NAME_TITLE.search(norm[word[0]:word[1]]))


def _past_clear_characters(norm: str, words: SortedSpans, pos: int, limit: int, lex: Lexicon) -> int:
    """``pos`` past one character after it that jieba cuts alone and that is clearly a name's (菲林|加|表示)."""
    word = _word_at(words, pos, 1) if pos != limit else None
    return word[1] if word is not None and word[1] - word[0] == 1 and lex.odds(norm[word[0]]) >= CLEAR else pos


def _edge(norm: str, words: SortedSpans, pos: int, limit: int, lex: Lexicon, outward: int) -> bool:
    """A clause's edge at ``pos``, looking ``outward``: the paragraph's, punctuation, a function word, a title or an
    ordinary word."""
    if pos == limit:
        return True
    word = _word_at(words, pos, outward)
    if word is None:
        return True
    text = norm[word[0]:word[1]]
    return _stops(text) or ordinary_word(text, lex) or (outward < 0 and len(text) >= 2 and member_word(text))


def _more_of_name(norm: str, pos: int, lex: Lexicon, outward: int) -> bool:
    """Two or more characters common in names follow ``pos`` (``outward`` 1) or precede it (-1): the name goes on
    past a rare one (泽|连|斯卡, 德布雷|齐|翁)."""
    run = 0
    at = pos if outward > 0 else pos - 1
    while 0 <= at < len(norm) and norm[at] not in BESIDE and lex.odds(norm[at]) > LENIENT:
        run, at = run + 1, at + outward
    return run >= 2
