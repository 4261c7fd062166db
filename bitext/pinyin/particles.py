"""Characters whose reading word order shows: 地, 得, 为, adjectives after 很.

The context model learnt from encyclopaedia text, where 地 is nearly always
dì (土地, 地区); it misreads the adverbial 地 of everyday prose (慢慢地走,
断断续续地关闭), the complement 得 after a verb (跑得快) and the
benefactive 为 wèi of 为乌克兰着想 and 长 after 很 (头发很长 cháng).
Word-order cues that hold regardless of vocabulary settle those.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

# Characters that open a complement of degree or result after 得 (跑得快, 说得很好).
COMPLEMENT_OPENERS = set("很太更非真不好快慢多少越特挺极那这满够清")


# Verbs that take a benefactive 为 wèi before them: 为人民服务, 为他担心.
BENEFACTIVE_VERBS = frozenset(
    "着想 服务 效力 效劳 操心 担心 祈祷 加油 骄傲 自豪 报仇 辩护 牺牲 奋斗 高兴 难过 买单 出力".split()
)
BENEFACTIVE_REACH = 5  # words between 为 and its verb


def adverbial_de(words: Sequence[str], i: int, is_listed: Callable[[str], bool]) -> bool:
    """True when 地 opening ``words[i]`` marks an adverbial (慢慢地, 合乎逻辑地, 高兴 地说).

    Either 地 stands alone after a word of two or more characters, or the
    segmenter glued it to the verb that follows into a word no table lists
    (地说, 地走了): the segmenter joins a nominal 地 to its neighbours in
    listed words (土地, 当地, 地区, 目的地).
    """
    word = words[i]
    if not word.startswith("地") or i == 0:
        return False
    if len(word) > 1:
        return not is_listed(word)
    return len(words[i - 1]) >= 2


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
DEGREE_ADVERBS = frozenset("很 太 更 最 挺 极 好 非常 特别 比较 相当 十分 多么 这么 那么 越来越 有点 有些".split())
# The adjective reading of characters that are also verbs or nouns.
ADJECTIVE_READINGS = {
    "长": "chang2", "好": "hao3", "难": "nan2", "重": "zhong4", "少": "shao3",
    "空": "kong1", "累": "lei4", "薄": "bao2", "干": "gan1", "强": "qiang2",
}


def adjective_after_degree(words: Sequence[str], i: int) -> str | None:
    """The adjective reading of the first character of ``words[i]`` when a degree adverb precedes it.

    The adverb may end the word before (很 长) or open the same word when
    the segmenter glued them into a word no table lists (很长).
    """
    word = words[i]
    if word[0] in ADJECTIVE_READINGS and i > 0 and words[i - 1] in DEGREE_ADVERBS:
        return ADJECTIVE_READINGS[word[0]]
    return None


def adjective_in_word(word: str, k: int, listed: bool) -> str | None:
    """The adjective reading of ``word[k]`` when a degree adverb opens the unlisted ``word`` (很长)."""
    if listed or k == 0 or word[k] not in ADJECTIVE_READINGS or word[:k] not in DEGREE_ADVERBS:
        return None
    return ADJECTIVE_READINGS[word[k]]
