"""Readings of proper names: Chinese surnames and transliterated foreign names.

A surname often has a reading of its own (曾 Zēng, 单 Shàn); a foreign name
is a string of sounds, each character read in the reading that the Xinhua
transliteration tables use (什 shí in 布什, 卡 kǎ and 耶 yē in 托卡耶夫).
"""

from __future__ import annotations

from collections.abc import Sequence

# Surnames whose reading differs from the character's most common reading.
SURNAME_READINGS = {
    "曾": "zeng1", "单": "shan4", "翟": "zhai2", "朴": "piao2", "查": "zha1",
    "仇": "qiu2", "区": "ou1", "解": "xie4", "乐": "yue4", "盖": "ge3",
    "缪": "miao4", "召": "shao4", "繁": "po2", "员": "yun4", "种": "chong2",
    "秘": "bi4", "宿": "su4", "折": "she2", "句": "gou1", "纪": "ji3",
    "祭": "zhai4", "那": "na1", "过": "guo1", "曲": "qu1",
    "朝": "chao2", "乜": "nie4", "相": "xiang4", "柏": "bai3", "薄": "bo2",
    "覃": "qin2", "尉": "wei4", "隗": "wei3", "谌": "chen2", "华": "hua4",
    "任": "ren2", "燕": "yan1", "都": "du1",
    "贲": "ben1", "卜": "bu3", "臧": "zang1", "阚": "kan4", "肖": "xiao1",
}
COMPOUND_SURNAME_READINGS = {
    "尉迟": ("yu4", "chi2"), "万俟": ("mo4", "qi2"), "长孙": ("zhang3", "sun1"),
    "单于": ("chan2", "yu2"), "澹台": ("tan2", "tai2"), "令狐": ("ling2", "hu2"),
}
# Characters that mark a transliterated (foreign) name, so that 盖茨 (Gates)
# is not read as the Chinese surname 盖 Gě.
TRANSLITERATION_MARKERS = set("尔斯茨夫基娃耶诺维奇克汉姆森顿格特德伊丝莉娜莎亚拉罗兹普")
# Readings the Xinhua transliteration tables give polyphonic characters.
TRANSLITERATION_READINGS = {
    "什": "shi2", "卡": "ka3", "耶": "ye1", "夫": "fu1", "伽": "jia1",
    "阿": "a1", "哈": "ha1", "查": "cha2", "奇": "qi2", "那": "na4",
    "扎": "za1", "喀": "ka1", "约": "yue1", "莎": "sha1", "娜": "na4",
    "得": "de2", "塞": "sai4", "伯": "bo2", "和": "he2", "尉": "wei4",
    "贾": "jia3", "万": "wan4", "区": "qu1", "提": "ti2", "拓": "tuo4",
    "叶": "ye4", "蔓": "man4", "会": "hui4", "格": "ge2", "露": "lu4",
    "落": "luo4", "薄": "bo2", "大": "da4", "都": "du1", "佛": "fo2",
    "南": "nan2", "科": "ke1", "给": "gei3", "咖": "ka1", "茄": "jia1",
    "乐": "le4", "朴": "pu3", "盖": "gai4", "单": "dan1", "仇": "chou2",
    "曾": "zeng1", "长": "chang2", "重": "zhong4", "弗": "fu2", "匹": "pi3",
}


# Words after which a lone surname character is a surname: titles and terms of address (曾 老师, 单 先生).
TITLES = frozenset(
    "老师 先生 女士 小姐 太太 夫人 教授 医生 大夫 经理 总 总经理 校长 主任 局长 部长 市长 县长 省长 书记 同学 "
    "师傅 阿姨 叔叔 老板 董事长 总统 主席 将军 老 某 家 氏 律师 记者 导演 队长 处长 科长 院长 厂长 同志".split()
)


def surname_before_title(words: Sequence[str], i: int, following: str | None) -> str | None:
    """The surname reading of the one-character word ``words[i]`` when a title follows or 姓 precedes it."""
    word = words[i]
    if len(word) != 1 or word not in SURNAME_READINGS:
        return None
    if following in TITLES or (i > 0 and words[i - 1] == "姓"):
        return SURNAME_READINGS[word]
    return None


def surname_readings(name: str) -> tuple[str, ...]:
    """Readings of the surname at the start of a Chinese person name, or ``()``.

    ``()`` too when the name does not look Chinese (too long, or a
    transliteration character after the first).
    """
    if len(name) > 4 or any(c in TRANSLITERATION_MARKERS for c in name[1:]):
        return ()
    if name[:2] in COMPOUND_SURNAME_READINGS:
        return COMPOUND_SURNAME_READINGS[name[:2]]
    if name[0] in SURNAME_READINGS and 2 <= len(name) <= 3:
        return (SURNAME_READINGS[name[0]],)
    return ()
