"""Characters whose reading the word's role shows: 地, 得, 过, 还, 为, 数, 东西, adjectives after 很 …

(also 撒 before a place, counted 处 and 行, 应 before a predicate, 觉 after 睡, 地方 after a
determiner, 涌 in place names, surnames before titles, and the words jieba glues wrongly: 事得, 他教).

The context model learnt from encyclopaedia text, where 地 is nearly always
dì (土地, 地区) and 得 mostly dé (获得); it misreads the adverbial 地 of
everyday prose (慢慢地走), the noun 地 of 这块地, the complement 得 after a
verb (跑得快, 过得很好), the modal 得 děi before one (我得走了), the
benefactive 为 wèi of 为乌克兰着想 and 长 after 很 (头发很长 cháng).
Word order and the part of speech jieba's dictionary gives a word (``v``
verb, ``a`` adjective, ``r`` pronoun ...) settle those regardless of
vocabulary.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from bitext.pinyin.lexicon import cedict_names, listed_parts, word_readings
from bitext.pinyin.names import SURNAME_READINGS, TITLES, surname_before_title, surname_readings
from bitext.segment import default_jieba

# Characters that open a complement of degree or result after 得 (跑得快, 说得很好).
COMPLEMENT_OPENERS = set("很太更非真不好快慢多少越特挺极那这满够清")


# Verbs that take a benefactive 为 wèi before them: 为人民服务, 为他担心.
BENEFACTIVE_VERBS = frozenset(
    "着想 服务 效力 效劳 操心 担心 祈祷 加油 骄傲 自豪 报仇 辩护 牺牲 奋斗 高兴 难过 买单 出力".split()
)
BENEFACTIVE_REACH = 5  # words between 为 and its verb


@lru_cache(maxsize=65536)
def word_tags(word: str) -> tuple[str, ...]:
    """The part-of-speech tags jieba's dictionary gives ``word`` (one per piece it cuts it into)."""
    return tuple(tag for _, tag in default_jieba().tag(word))


def _is_verb_or_adjective(word: str) -> bool:
    return word_tags(word)[-1][:1] in ("v", "a")


# Measure words and demonstratives after which 地 is the noun "land, ground" (一块地, 这片地).
LAND_MEASURES = set("块片亩垄畦这那哪每")
# Localizers: 地 glued to one is the noun "ground, field" (地里, 地上), never the adverbial 地 before a verb.
LOCALIZERS = set("里上下中边旁头面")


def adverbial_de(words: Sequence[str], i: int, is_listed: Callable[[str], bool], following: str | None) -> bool:
    """True when 地 opening ``words[i]`` marks an adverbial (慢慢地, 合乎逻辑地, 高兴 地说).

    Either 地 stands alone after a word of two or more characters and
    before the verb it modifies (``following`` is the Han word right after
    it, ``None`` when punctuation or the end follows), or the segmenter glued
    it to that verb into a word no table lists (地说, 地走了; not to a
    localizer: 地里 is "in the field"): the segmenter
    joins a nominal 地 to its neighbours in listed words (土地, 当地, 地区,
    目的地).  After a measure word (一块地, 这片地) 地 is the noun dì.
    """
    word = words[i]
    if not word.startswith("地") or i == 0 or words[i - 1][-1] in LAND_MEASURES:
        return False
    if len(word) > 1:
        return not is_listed(word) and word[1] not in LOCALIZERS
    return len(words[i - 1]) >= 2 and following is not None


def noun_di(words: Sequence[str], i: int, following: str | None) -> bool:
    """True when 地 opening ``words[i]`` is the noun "land, ground" (这块地, 种了地。).

    After a measure word (also when the segmenter glued it to the verb after
    it: 这块 地种 了), or alone with no word after it in its clause (an
    adverbial 地 always has its verb after it).
    """
    word = words[i]
    if not word.startswith("地") or i == 0:
        return False
    return words[i - 1][-1] in LAND_MEASURES or (word == "地" and following is None)


# Words that open a complement after 得 when they stand alone (过得很好, 说得不错).
DEGREE_OPENERS = frozenset("很 太 真 挺 非常 特别 十分 相当 比较 怎么 怎样 怎么样 这么 那么 不错 不好 不太".split())


def role_of_de(words: Sequence[str], i: int, following: str | None, is_listed: Callable[[str], bool]) -> str | None:
    """The reading of 得 standing alone at ``words[i]``, or of a final 得 in a listed word, when its role shows.

    After a verb or an adjective 得 links it to its complement (跑 得 很快,
    高兴 得 跳起来: de); after a pronoun, noun or adverb and before a verb it
    is the modal "must" (我 得 走了, 还 得 等: děi).  A listed word ending
    in 得 that the tables read dé (过得) is the verb and the complement
    marker when a degree word follows (过得 很 好) and no 的 makes the rest
    a noun phrase (获得 很大 的 成功 keeps dé).  The segmenter glues a modal
    得 to the noun or pronoun before it into a word no table lists (这件 事得
    马上 办): děi before a predicate there too.
    """
    word = words[i]
    if word != "得":
        if len(word) == 2 and word[1] == "得" and following in DEGREE_OPENERS and "的" not in words[i + 1 : i + 4]:
            return "de5"
        if len(word) == 2 and word[1] == "得" and not is_listed(word) and following is not None:
            subject = word_tags(word[0])[0][:1] in ("n", "r", "t")
            return "dei3" if subject and word_tags(following)[0][:1] in ("v", "d", "p", "i", "l") else None
        return None
    if following is not None and following[0] == "了":
        return "de2"  # 得了第一名: the verb "obtain"
    if i > 0 and _is_verb_or_adjective(words[i - 1]):
        return "de5"
    if following is None or following[0] in "到着过":
        return None
    if following[0] in COMPLEMENT_OPENERS and following not in ("多少",):
        return "de5"
    # A predicate follows: a verb, an adverb, a preposition, an adjective, a set phrase (想一想;
    # jieba tags some of them nouns: 小心, 回家), not the one-character object of 得 "obtain" (得奖, 得分).
    tag = word_tags(following)[0][:1]
    predicate = tag in ("v", "d", "p", "a", "i", "l") or (tag == "n" and len(following) > 1) or following[0] in "等去来"
    if i > 0 and word_tags(words[i - 1])[-1][:1] in ("r", "t", "d") and predicate:
        return "dei3"  # after a pronoun, a time word or an adverb (我得, 今天得, 还得)
    if i > 0 and len(words[i - 1]) == 1 and tag == "v":
        return "de5"  # a one-character verb or adjective jieba tags a noun: 气 得 说不出话
    return None


def aspect_guo(words: Sequence[str], i: int, following: str | None, is_listed: Callable[[str], bool]) -> bool:
    """True when the 过 ending ``words[i]`` marks experience after a verb (去过, 见 过): neutral guo.

    Either 过 stands alone after a verb and no 来/去 follows (走过来 keeps
    guò), or the segmenter glued it to its verb into a word no table lists;
    listed words (经过, 通过, 难过) keep their own reading.
    """
    word = words[i]
    if word == "过":
        if i == 0 or (following is not None and following[0] in "来去"):
            return False
        return word_tags(words[i - 1])[-1][:1] == "v"
    return len(word) > 1 and word[-1] == "过" and not is_listed(word) and word_tags(word[:-1])[-1][:1] == "v"


def potential_liao(words: Sequence[str], i: int, following: str | None) -> bool:
    """True for 不了 closing a clause after a verb (吃不了, 去不了): liǎo "be able to finish"."""
    return words[i] == "不了" and i > 0 and following is None and _is_verb_or_adjective(words[i - 1])


# Personal pronouns: 还 before one is the verb huán (还我书), a teaching verb takes one (教我们).
PRONOUNS = frozenset("我 你 您 他 她 它 我们 你们 他们 她们 它们 大家 人家".split())
# Words after which a verb, not a noun, comes (不会数钱, 能教我).
MODALS = frozenset("会 能 要 想 可以 应该 不会 不能 不要 不想 别 在 正在 得 去 来 帮 帮忙".split())


def verb_huan(words: Sequence[str], i: int, following: str | None) -> bool:
    """True when 还 at ``words[i]`` is the verb "give back" (还 我 的 书, 按时 还。, 还给).

    The adverb hái always has a predicate after it; the verb huán takes a
    person or nothing at the end of its clause.
    """
    if words[i] != "还" or i == 0:
        return False
    return following is None or following in PRONOUNS or following.startswith("给")


def verb_reading(words: Sequence[str], i: int, following: str | None, is_listed: Callable[[str], bool]) -> str | None:
    """The verb reading of 数/教/弄/撒 … opening ``words[i]`` when its role shows a verb.

    A modal precedes it (不会 数钱: an unlisted word glued to its object
    counts too), or a person (教 我们) or a complement follows it: standing
    alone (弄 干, 刨 出) or glued to it into a word no table lists (铺上,
    弄清楚).  Which complements count is the verb's own
    (:data:`VERB_COMPLEMENTS`).
    """
    word = words[i]
    verb = VERB_READINGS.get(word[0])
    if verb is None or (len(word) > 1 and is_listed(word)):
        return None
    if i > 0 and words[i - 1] in MODALS:
        return verb
    complements = VERB_COMPLEMENTS.get(word[0], RESULT_COMPLEMENTS)
    if len(word) > 1:
        return verb if word[1] in complements else None
    if len(word) == 1 and following is not None:
        if following in PRONOUNS or following[0] in complements:
            return verb
    return None


def verb_after_subject(words: Sequence[str], i: int, following: str | None, is_listed: Callable[[str], bool]) -> str | None:
    """:func:`verb_reading` of a verb the segmenter glued to the pronoun before it into an unlisted word (他教 我们)."""
    word = words[i]
    if len(word) != 2 or word[0] not in PRONOUNS or word[1] not in VERB_READINGS or is_listed(word) or following is None:
        return None
    complements = VERB_COMPLEMENTS.get(word[1], RESULT_COMPLEMENTS)
    return VERB_READINGS[word[1]] if following in PRONOUNS or following[0] in complements else None


# Verbs whose reading differs from the character's most common one (数 shǔ "count", not shù "number").
VERB_READINGS = {
    "数": "shu3", "教": "jiao1", "钻": "zuan1", "扇": "shan1", "称": "cheng1", "量": "liang2", "背": "bei1",
    "弄": "nong4", "刨": "pao2", "钉": "ding4", "铺": "pu1", "撒": "sa3", "藏": "cang2",
}
# What follows only a verb: an aspect particle, a complement of result or direction (弄 干, 数 不清, 刨 出)
# or the 在 of the place the action puts something (铺 在 桌上, 背 在 背上).
RESULT_COMPLEMENTS = set("了着过得干完好坏清出进起开到成上下来去塌破断死不在")
# A place or goal after it (撒在湖里, 撒上糖, 撒满, 撒到地里) makes 撒 sǎ "scatter, sprinkle";
# sā "let go, cast" takes an object or a result (撒网, 撒谎, 撒了个谎, 撒开腿), which aspect
# particles and 开/出 follow just as well: those settle nothing.
VERB_COMPLEMENTS = {"撒": set("在上到满入遍进落向于")}


def reduplicated_verb(word: str) -> tuple[str, ...] | None:
    """Readings of a reduplicated verb (数一数, 数了数, 数数): only a verb takes AA, A一A, A了A."""
    verb = word[0]
    if verb not in VERB_READINGS:
        return None
    if word in (verb * 2, f"{verb}一{verb}", f"{verb}了{verb}"):
        middle = {"一": "yi1", "了": "le5"}.get(word[1]) if len(word) == 3 else None
        return (VERB_READINGS[verb], middle, VERB_READINGS[verb]) if middle else (VERB_READINGS[verb],) * 2
    return None


# Words after 东西 that make it the two directions "east and west" (东西 两侧, 东西 长 约): dōngxī.
EAST_WEST_AFTER = frozenset(
    "两 两侧 两边 两岸 两端 两面 两个 两座 方向 走向 向 长 宽 长约 宽约 相距 距离 之间 各 横贯 贯穿 对峙 分布 延伸 排列 宽度 长度 跨度".split()
)
EAST_WEST_BEFORE = frozenset("横贯 贯穿 贯通 连接 横跨 南北 分隔".split())


def east_and_west(words: Sequence[str], i: int, following: str | None) -> bool:
    """True when 东西 at ``words[i]`` names the two directions, not "a thing" (dōngxi)."""
    if words[i] != "东西":
        return False
    return following in EAST_WEST_AFTER or (i > 0 and words[i - 1] in EAST_WEST_BEFORE)


def benefactive_wei(words: Sequence[str], i: int) -> bool:
    """True when the word 为 at ``words[i]`` means "for" (为乌克兰着想 wèi)."""
    return words[i] == "为" and any(w in BENEFACTIVE_VERBS for w in words[i + 1 : i + 1 + BENEFACTIVE_REACH])


def complement_de(word: str, k: int, listed: bool) -> bool:
    """True when 得 at ``word[k]`` links a verb to its complement (跑得快, 死得).

    Only inside a word neither table lists: listed words (获得, 得到) carry
    their own reading.
    """
    if listed or word[k] != "得" or k == 0:
        return False
    return k + 1 == len(word) or word[k + 1] in COMPLEMENT_OPENERS


# Degree adverbs; an adjective follows them (很长, 太少, 非常重).
DEGREE_ADVERBS = frozenset("很 太 更 最 挺 极 绝 好 非常 特别 比较 相当 十分 多么 这么 那么 越来越 有点 有些".split())
# The adjective reading of characters that are also verbs or nouns.
ADJECTIVE_READINGS = {
    "长": "chang2", "好": "hao3", "难": "nan2", "重": "zhong4", "少": "shao3",
    "空": "kong1", "累": "lei4", "薄": "bao2", "干": "gan1", "强": "qiang2",
}


# Words whose adjective sense has a reading of its own (便宜 piányi "cheap", not biànyí "advantage").
ADJECTIVE_WORD_READINGS = {"便宜": ("pian2", "yi5")}


def adjective_after_degree(words: Sequence[str], i: int) -> tuple[str, ...] | None:
    """The adjective reading of ``words[i]`` (its first character, or the whole word) after a degree adverb.

    The adverb may end the word before (很 长) or open the same word when
    the segmenter glued them into a word no table lists (很长).
    """
    word = words[i]
    if i == 0 or words[i - 1] not in DEGREE_ADVERBS:
        return None
    if word in ADJECTIVE_WORD_READINGS:
        return ADJECTIVE_WORD_READINGS[word]
    if len(word) == 1 and word in ADJECTIVE_READINGS:
        return (ADJECTIVE_READINGS[word],)
    return None


def adjective_in_word(word: str, k: int, listed: bool) -> str | None:
    """The adjective reading of ``word[k]`` when a degree adverb opens the unlisted ``word`` (很长)."""
    if listed or k == 0 or word[k] not in ADJECTIVE_READINGS or word[:k] not in DEGREE_ADVERBS:
        return None
    return ADJECTIVE_READINGS[word[k]]


def given_name_surname(word: str, is_listed: Callable[[str], bool], following: str | None = None) -> tuple[str, ...]:
    """The surname readings opening ``word`` when jieba's dictionary takes it for a person's name (曾志伟 Zēng).

    Only for a word of two or three characters no table lists: listed words
    carry their own reading (曾经 céng, 单位 dān, 曾几何时).  任 only before a
    title (任弼时 同志): the verb "hold office" opens posts and companies
    jieba takes for names (任武钢…).
    """
    if word[0] not in SURNAME_READINGS or len(word) not in (2, 3) or is_listed(word):
        return ()
    if word[0] == "任" and following not in TITLES:
        return ()
    return surname_readings(word) if word_tags(word)[0].startswith("nr") else ()


def waterway_chong(word: str, is_listed: Callable[[str], bool]) -> tuple[str | None, ...] | None:
    """涌 read chōng in a place name (麻涌, 葵涌, 凤安涌): the Cantonese "stream" of Guangdong and Hong Kong.

    The word must be one jieba's dictionary tags a name (``nr``, ``ns``) and
    no table lists as a common word, and the 涌 must stand outside every
    common word listed inside it (涌泉寺 keeps the 涌泉 "gushing spring" of
    yǒng): every common word with 涌 yǒng "surge" (汹涌, 涌现, 泉涌, 涌入) is
    listed, the place names are not, or only in CC-CEDICT as proper names
    (葵涌 Kuí chōng).
    """
    if "涌" not in word or len(word) < 2 or (is_listed(word) and word not in cedict_names()):
        return None
    if not word_tags(word)[0].startswith(("nr", "ns")):
        return None
    readings: list[str | None] = [None] * len(word)
    for start, end in ((0, len(word)),) if is_listed(word) else listed_parts(word):
        if word[start:end] == "涌" or (end - start > 1 and word[start:end] in cedict_names()):
            readings[start:end] = ["chong1" if c == "涌" else None for c in word[start:end]]
    return tuple(readings) if "chong1" in readings else None


# Numerals, demonstratives and quantifiers: 处 after one is the noun chù "place" (一处, 几处), not chǔ "deal with".
PLACE_COUNTERS = set("一二三四五六七八九十两几多每各这那某哪")


def counted_chu(words: Sequence[str], i: int, is_listed: Callable[[str], bool]) -> bool:
    """True when the 处 ending ``words[i]`` is counted (一处 寺庙, 两 处): the noun chù."""
    word = words[i]
    if word == "处":
        return i > 0 and len(words[i - 1]) == 1 and words[i - 1] in PLACE_COUNTERS
    return len(word) == 2 and word[1] == "处" and word[0] in PLACE_COUNTERS and not is_listed(word)


def counted_hang(words: Sequence[str], i: int, is_listed: Callable[[str], bool]) -> bool:
    """True when the 行 ending ``words[i]`` is counted: the measure word or noun háng "row, line, trade".

    After a numeral (三行字, 第一行) or in 一行 after a demonstrative (这一行 "this trade",
    哪一行).  The listed 一行 "a party (of travellers)" (代表团一行) keeps xíng.
    """
    word = words[i]
    if word == "一行":
        return i > 0 and words[i - 1] in ("这", "那", "哪", "每")
    count = word[:-1].removeprefix("第")
    if len(word) < 2 or word[-1] != "行" or not count or any(c not in COUNTING_NUMERALS for c in count):
        return False
    return not is_listed(word) or word_readings(word)[-1] == ("xing2",)


COUNTING_NUMERALS = set("一二三四五六七八九十百两几")


def sleep_jiao(words: Sequence[str], i: int, is_listed: Callable[[str], bool]) -> bool:
    """True when the 觉 ending ``words[i]`` is the noun jiào "a sleep" (睡 了 一个 好觉, 睡 个 午觉).

    jué "feel, wake" lives in listed words (觉得, 感觉, 发觉); a 觉 alone or
    ending an unlisted word with 睡 shortly before it is what one sleeps.
    """
    word = words[i]
    if len(word) > 1 and is_listed(word):
        return False
    return any("睡" in w for w in words[max(0, i - SLEEP_REACH) : i])


SLEEP_REACH = 4  # words between 睡 and the 觉 it takes (睡 了 一个 好觉)


def adjective_before_er(word: str, is_listed: Callable[[str], bool]) -> str | None:
    """The adjective reading of the first character of an unlisted ``X而`` (长而窄, 存续期长而磨损).

    而 joins predicates: the character before it is the adjective, not the verb (长 cháng, not zhǎng).
    """
    if len(word) == 2 and word[1] == "而" and word[0] in ADJECTIVE_READINGS and not is_listed(word):
        return ADJECTIVE_READINGS[word[0]]
    return None


def modal_ying(words: Sequence[str], i: int, following: str | None) -> bool:
    """True when 应 standing alone at ``words[i]`` is the modal yīng "should": a predicate follows.

    A verb, an adverb, a preposition or a set phrase (应 追溯, 应 按时 完成, 应 从 实际 出发,
    应 认真听讲); the verb yìng "answer" takes 了/声 or stands in its listed words (答应, 应邀, 反应).
    """
    if words[i] != "应" or following is None:
        return False
    return word_tags(following)[0][:1] in ("v", "d", "p", "i", "l")


# Characters whose other reading lives only in words the tables list: standing alone, or opening a
# word no table lists, they take this one.  尽 jǐn: 尽管, 尽量, 尽快, 尽早, 尽可能 (else jìn "all, to
# the end": 耗尽, 尽交); 好 hào: 爱好, 好奇, 好客, 好学 (else hǎo: 好觉, 好人).  Not 削 (literary xuē
# stands alone too: 削亲王品级) nor 镐 (hào in given names).
OUTSIDE_LISTED_WORDS = {"尽": "jin4", "好": "hao3"}


def reading_outside_words(word: str) -> str | None:
    """:data:`OUTSIDE_LISTED_WORDS`'s reading of the first character of ``word`` when no listed word holds it."""
    reading = OUTSIDE_LISTED_WORDS.get(word[0])
    if reading is None or (len(word) > 1 and listed_parts(word)[0] != (0, 1)):
        return None
    return reading


# What ends a word that makes the next noun a counted or described thing (这个, 有些, 什么, 的, 好).
DETERMINER_ENDS = set("个些这那哪么的多好每几处")


def place_difang(words: Sequence[str], i: int, following: str | None) -> bool:
    """True when 地方 at ``words[i]`` is "place" (这个地方, 好地方, 去过的地方: dìfang), not "local" (dìfāng).

    The place is counted, pointed at or described by the word before it; the
    local sense modifies the noun after it (地方政府) or stands opposite 中央.
    """
    if i == 0 or (following is not None and _modified_noun(following)):
        return False
    before = words[i - 1]
    return before[-1] in DETERMINER_ENDS or word_tags(before)[-1][:1] == "a"


def _modified_noun(word: str) -> bool:
    """True for a noun after a word that may modify it; not for a predicate opening with a degree adverb (很漂亮, which jieba tags a noun)."""
    if word[:1] in DEGREE_ADVERBS or word[:2] in DEGREE_ADVERBS:
        return False
    return word_tags(word)[0].startswith("n")


# Words a role rule may read: the one-character words, the first and last characters
# and the whole words that :func:`role_readings` looks at.  Every other word skips it (speed).
CUED_WORDS = frozenset(SURNAME_READINGS).union(
    ADJECTIVE_READINGS, VERB_READINGS, ADJECTIVE_WORD_READINGS, OUTSIDE_LISTED_WORDS, {"东西", "地方"}
)
CUED_FIRST = frozenset("地还为吧涌应所").union(VERB_READINGS, SURNAME_READINGS, OUTSIDE_LISTED_WORDS)
CUED_LAST = frozenset("得过了涌处而行觉吧").union(VERB_READINGS)


def role_readings(
    words: Sequence[str], i: int, following: str | None, is_listed: Callable[[str], bool]
) -> tuple[str | None, ...] | None:
    """The readings the role of ``words[i]`` gives its characters (``None`` where it gives none).

    ``following`` is the Han word right after it in the text (``None`` when
    punctuation or the end comes first); ``is_listed`` tells a word the
    dictionaries list.
    """
    word = words[i]
    if word not in CUED_WORDS and word[0] not in CUED_FIRST and word[-1] not in CUED_LAST:
        return None
    last: str | None = None
    first: str | None = None
    surname = given_name_surname(word, is_listed, following)
    if surname:
        return (*surname, *(None,) * (len(word) - len(surname)))
    place = waterway_chong(word, is_listed)
    if place:
        return place
    if word == "地方":
        return ("di4", "fang5") if place_difang(words, i, following) else None
    if word[0] == "地":
        if adverbial_de(words, i, is_listed, following):
            first = "de5"
        elif noun_di(words, i, following):
            first = "di4"
    elif word[-1] == "得":
        last = role_of_de(words, i, following, is_listed)
    elif word[-1] == "过":
        last = "guo5" if aspect_guo(words, i, following, is_listed) else None
    elif word == "不了":
        last = "liao3" if potential_liao(words, i, following) else None
    elif word == "还":
        first = "huan2" if verb_huan(words, i, following) else None
    elif word == "为":
        first = "wei4" if benefactive_wei(words, i) else None
    elif word == "应":
        first = "ying1" if modal_ying(words, i, following) else None
    elif word[-1] == "处":
        last = "chu4" if counted_chu(words, i, is_listed) else None
    elif word[-1] == "觉":
        last = "jiao4" if sleep_jiao(words, i, is_listed) else None
    elif word[-1] == "行" and len(word) > 1:
        last = "hang2" if counted_hang(words, i, is_listed) else None
    elif word[0] == "所" and len(word) == 2:
        # 所 turns the verb after it into "what is …" (所藏 "what is kept": cáng)
        last = VERB_READINGS.get(word[1]) if not is_listed(word) else None
    elif word[-1] == "吧" and (word == "吧" or not is_listed(word)):
        # the sentence-final particle (好吧, and glued to the word before it: 看 电影吧), not 酒吧 bā
        last = "ba5" if following is None and i + 1 == len(words) else None
    elif east_and_west(words, i, following):
        return ("dong1", "xi1")
    else:
        adjective = adjective_after_degree(words, i)
        if adjective:
            return adjective
        first = (
            adjective_before_er(word, is_listed)
            or surname_before_title(words, i, following)
            or verb_reading(words, i, following, is_listed)
        )
        if first is None and len(word) > 1 and (reduplicated := reduplicated_verb(word)):
            return reduplicated
        last = verb_after_subject(words, i, following, is_listed) if first is None else None
    first = first or reading_outside_words(word)
    if not first and not last:
        return None
    if len(word) == 1:
        return (first or last,)
    return (first, *(None,) * (len(word) - 2), last)
