"""Other renderings a text says a name has: 新华社把博励治译作波利埃夫尔, 英伦银行（新华社译作英格兰银行）,
新华社称她为弗里兰, 内地媒体一般译作波切蒂诺.

Wire reports compiled from several presses say outright how another press
writes a name.  What the verb introduces is then the same referent as the name
the statement is about, however differently it sounds (a Hong Kong chosen name
beside Xinhua's transliteration): the name after 把/将, or else the one of the
sentence, or of the sentence before, whose sound is nearest (他的姓氏 "his
surname" is compared with the end of a full name).  The press itself (新华社,
德国之声中文网) is never the referent.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..model import Document, NameType
from .glosses import LATIN, QUOTE_PAIRS
from .context import (AFTER_NAME, BESIDE, PARTICLES, PLACE_NOUNS, PRESS_REGIONS, TITLE, TITLE_BEFORE, all_han,
                      context_type, cue_follows, known_place, name_parts)
from .lexicon import Lexicon, lexicon
from .listed import word_spans
from .phonetic import similar, similarity
from .short_forms import BODY_ENDS, Short

#: A rendering noted in parentheses right after a name with a bare 译 (夏蘭特（內地譯哈蘭德）, 居里（台譯柯瑞、內地譯
#: 庫里）, 哈利卡尼（又譯哈里·凱恩）, 本-格维尔（又译本-吉维尔）) or 又作 "also written" (崔允範（又作崔潤範）), not
#: 译作/译为 (a statement of its own, :data:`_RENDERED`), or with 称 after who calls it so (沙地阿美（內地稱沙特阿美）, 沃夫昌斯克（俄方称沃尔昌斯克）, 古利艾波列（俄语音译古利亚伊波列）): who renders it
#: (a region, its one-character short form, a press, a side or a language; none before 译) and the rendering, each
#: item of the parentheses.
_NOTED = re.compile(r"(?P<who>[\u3400-\u9fff]{0,6}?)(?:(?:又|亦|也|或|另)?译(?![作为成])|(?:又|亦|也|或)作|(?P<called>称))"
                    r"[“「『]?(?P<name>[\u3400-\u9fff·][\u3400-\u9fff·\-－]{1,12})[”」』]?")
_NOTE = re.compile(r"[（(](?P<inside>[^（）()\n]{3,60})[）)]")
#: Another name of the referent noted in parentheses after its name, or stated right after it: its former, full,
#: official, legal or common name (世界和平统一家庭联合会（原统一教会）, 富士康（正式名称为鸿海精密）, 成龙本名陈港生), or
#: the Chinese name a foreigner goes by (克里斯托弗·韦伯（中文名卫博科）).
_OTHER_NAME = "(?:中文名[为是叫]?|原名|原称|旧称|旧名|正式名称为|正式名称|全称|本名|俗称|又称|亦称|通称|原)"
_NOTED_OTHER_NAME = re.compile(_OTHER_NAME + r"[“「『]?(?P<name>[\u3400-\u9fff·]{2,12})[”」』]?")
_STATED_OTHER_NAME = re.compile(r"(?:本名|原名)(?:为|是|叫)?[“「『]?(?P<name>[\u3400-\u9fff]{2,6}|[\u3400-\u9fff]{1,8}(?:·[\u3400-\u9fff]{1,10}){1,2})"
                                r"(?=[，。、；）)」』”（(])")
_NOTE_ITEMS = re.compile(r"[，,、；;]")
#: One-character short forms of the regions whose press a note names (台译, 港译, 陆译).
_REGION_INITIALS = ("台", "港", "陆", "澳")
#: What introduces another rendering of a name, and the name up to the punctuation after it, in quotes or not
#: (把泰米尔纳德邦称为“坦米尔那都省”, 将谦比希误写为“尚比西”, 译皮采为「皮查伊」, 称其“惠恕仁”).
_RENDERED = re.compile(r"(?P<verb>译作|译为|译成|称为|称作|称他为|称她为|称其为|称[他她其](?=[“「『])|写作|[误译]?写为|[误译]?写成|[称译](?P<called>[^，。；！？为他她其]{2,10}?)为)"
                       r"[“「『]?(?P<name>[\u3400-\u9fff·]{2,16})(?=[，。、；）)」』”])")
#: A rendering in quotes that goes on from the statement before it in the sentence: another press's (译作「美国国家航空
#: 航天局」，台湾则称「美国国家航空暨太空总署」) or the short form of the rendering just given (称为「欧洲航天局」，简称「欧空局」).
_CONTINUED = re.compile(r"[，,；;](?P<press>[\u3400-\u9fff]{0,6}?)(?:则称|则作|则译作|则写作|简称)[“「『]"
                        r"(?P<name>[\u3400-\u9fff·]{2,16})[”」』]")
#: What stands between 称 and 为 when it points back at a name of the text: a demonstrative and a noun (称这位意大利
#: 教头为孔蒂, 称该市为…), not a name.
_DEMONSTRATIVE = ("这", "该", "此")
#: Two renderings a statement gives at once, in the order of the names it is about (新华社把这两人分别译作阿莱格里和
#: 莫德里奇): 分别 "respectively" pairs the first with the first of two names just written, the second with the second.
_RESPECTIVELY = re.compile(r"[把将](?P<object>[^，。；！？把将]{0,8}?)分别(?:译作|译为|译成|称为|称作|写作)"
                           r"[“「『]?(?P<first>[\u3400-\u9fff·]{2,8}?)[”」』]?[和与及、][“「『]?(?P<second>[\u3400-\u9fff·]{2,8}?)"
                           r"(?=[，。、；）)」』”])")
#: A renaming right after a name, a time or 曾 between (首都阿斯塔纳|更名为|努尔苏丹, 阿斯塔纳|2019年3月曾更名为|“努尔苏丹”),
#: or its former name (努克|的前身|戈特霍布): the other name, up to the punctuation after it, is the same referent's.
_RENAMED = re.compile(r"(?:(?:[0-9０-９]{1,4}[年月日]|曾|已|后来|正式){0,4}(?:更名|改名|易名|改称)为?|的?前身(?:为|是)?)"
                      r"(?P<quote>[“「『])?"
                      r"(?P<name>[\u3400-\u9fff·\-－]{2,16}?)(?=[”」』，。、；（()）\n])")
#: How many sentences, the statement's own first, may hold the two names a 分别 statement renders.
_RESPECTIVE_SENTENCES = 3
_REGNAL_NUMBER = re.compile("[一二三四五六七八九十]{1,3}世$")
#: Words of the object that say the two are people (这两人, 这两名中场, 两位总统): places and bodies are left aside.
_PEOPLE_WORDS = re.compile("[人名位]")
#: A parenthesis opened right before a statement's verb, with who renders so (（港台译作…）).
_OPEN_NOTE = re.compile(r"[（(][\u3400-\u9fff]{0,6}$")
#: The object of 把/将 right before the verb: the name the statement renders (把博励治|译作).
_OBJECT = re.compile(r"[把将](?P<object>[^，。；！？把将]{2,12})$")
#: Sentence ends: the referent is named in the sentence of the statement or the one before.
_SENTENCE_END = re.compile(r"[。！？\n]")
#: Last characters of a press's name: an agency, a site, a broadcaster, a paper (新华社, 中文网, 美国之音).
_PRESS_ENDS = ("社", "网", "台", "报", "之声", "之音", "媒体")
#: Similarity of sound from which a name of the sentence is the one rendered, when it leads the next nearest
#: by :data:`MARGIN`: the statement vouches for the pair, so it may sound further apart than variants the
#: review groups unprompted (弗里兰/方慧兰 .65, 阿莫林/鲁宾艾摩廉 .47).
NEAREST_SOUND = 0.45
MARGIN = 0.1
#: Similarity of sound from which each of the two names of a 分别 statement may be the one its rendering renders:
#: the order of the statement vouches for each pair, so less than :data:`NEAREST_SOUND` (艾历尼/阿莱格里 .45,
#: 迪布尼/德布劳内 .46 as their tails).
RESPECTIVE_SOUND = 0.4
#: How far back a sentence may begin, and the longest name looked for in it.
_REACH = 300
_LONGEST = 12


def rendered_spans(norm: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Names introduced as another rendering: no function word inside, not one ordinary word; after 写作,
    which also means "writing", only a run of name characters; without a title after it (称他为梭利|总统); and
    what a statement renders where it says so (称|安华|为「安瓦尔」, a clause's subject after 将X译作Y); a rendering
    noted in parentheses, and the name before them that sounds like it (:func:`_noted_unfound`)."""
    rendered = [m for m in _RENDERED.finditer(norm) if _is_rendering(m, lex)]
    noted = noted_renderings(norm) + _stated_in_parentheses(norm, rendered)
    return [_without_title(m) for m in rendered] + [m.span("name") for m in _continued(norm, rendered)] + [
        m.span(part) for m in _RESPECTIVELY.finditer(norm) for part in ("first", "second")
        if _is_respective_rendering(m.group(part), lex)] + [
        span for m in rendered if (span := _rendered_unfound(norm, m, lex)) is not None] + nicknamed_people(
        norm, lex) + [
        m.span("alias") for m in stage_names(norm, lex)] + [
        span for m in rendered if (span := _clause_subject(norm, m)) is not None] + [
        m.span("called") for m in rendered if m.group("called") and not m.group("called").startswith(_DEMONSTRATIVE)] + [
        span for m in rendered if (span := _named_object(norm, m, lex)) is not None] + [
        (s, e) for _, s, e in noted] + [span for paren, s, e in noted if (span := _noted_unfound(norm, paren, norm[s:e], lex))]


def _stated_in_parentheses(norm: str, rendered: list[re.Match]) -> list[tuple[int, int, int]]:
    """(where the parenthesis opens, rendering start, rendering end) for each rendering statement inside parentheses
    right after a name (盈拉（Yingluck Shinawatra，大陆译作英拉）): the name before them is the one rendered."""
    found, starts = [], [m.start() for m in rendered]  # in text order, as finditer gave them
    for paren in _NOTE.finditer(norm):
        for m in rendered[bisect_left(starts, paren.start("inside")):bisect_left(starts, paren.end("inside"))]:
            if m.end("name") <= paren.end("inside"):
                found.append((paren.start(), *_without_title(m)))
    return found


def _noted_unfound(norm: str, paren: int, rendering: str, lex: Lexicon) -> tuple[int, int] | None:
    """The name right before a parenthesis that notes its other rendering (法希尔（又译法舍尔）), when the finder did
    not take it (法 is rare in names): the stretch ending there, as long as the rendering or one character either
    way, Han characters that hold no function word and make no ordinary word, that sounds most like it, at least
    :data:`UNFOUND_SOUND`; None otherwise."""
    best, found = 0.0, None
    for n in (len(rendering), len(rendering) - 1, len(rendering) + 1):
        stretch = norm[max(0, paren - n):paren]
        if n < 2 or len(stretch) < n or stretch == rendering or not all_han(stretch) or any(
                c in BESIDE for c in stretch) or stretch in lex.words:
            continue
        if (sound := similar(rendering, stretch, max(UNFOUND_SOUND, best))) > best:
            best, found = sound, (paren - n, paren)
    return found


#: A name in Latin letters in the running text, its Chinese rendering in parentheses right after it: Darryl
#: Sterk（石岱崙）, Rosé（朴彩英）, Telegram（电报）. Text in Latin letters is a name there, and what the parentheses
#: hold is the same referent in Chinese, whole: the parentheses say where it begins and ends.
_LATIN_RENDERED = re.compile(rf"(?<![{LATIN}0-9])(?P<latin>[{LATIN}][{LATIN}0-9.'’&\-]*"
                             rf"(?: [{LATIN}0-9][{LATIN}0-9.'’&\-]*){{0,4}})"
                             r"[(（](?P<name>[\u3400-\u9fff][\u3400-\u9fff·]{1,15})[)）]")


def latin_renderings(norm: str, lex: Lexicon) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(Latin name, Chinese rendering) spans of the Latin names with a Chinese rendering in parentheses
    (:data:`_LATIN_RENDERED`), the rendering without the note that introduces it (MBK Partners（内地译|安博凯）); not
    an acronym beside the ordinary words it stands for (GDP（国内生产总值）, a term), nor a name beside what it is
    (Netflix（平台）), nor a press's statement of its rendering (:func:`_latin_before`)."""
    found = []
    for m in _LATIN_RENDERED.finditer(norm):
        name, start = m.group("name"), m.start("name")
        if (noted := _NOTED.fullmatch(name)) is not None:
            name, start = noted.group("name"), start + noted.start("name")
        if m.group("latin")[0].isupper() and (name not in lex.words or name in lex.names or not m.group(
                "latin").isupper()) and not TITLE.fullmatch(name) and not any(c in BESIDE for c in name) and not (
                _RENDERED.search(norm, m.start("name"), m.end())):  # Al Hilal（新华社译作利雅得新月）: a statement
            found.append((m.span("latin"), (start, start + len(name))))
    return found


def _without_title(m: re.Match) -> tuple[int, int]:
    """The rendering without a title after it (梭利|总统) or before it (“王储|宾萨尔曼”)."""
    start, end = _without_title_after(m.string, *m.span("name"))
    leading = TITLE.match(m.string, start, end)
    return (leading.end(), end) if leading and end - leading.end() >= 2 else (start, end)


def _without_title_after(norm: str, start: int, end: int) -> tuple[int, int]:
    """The rendering at [start, end) without a title after it that leaves two characters or more (梭利|总统,
    内地译菲利普|国王)."""
    title = TITLE_BEFORE.search(norm, start, end)
    return (start, end - len(title.group())) if title and title.start() - start >= 2 else (start, end)


#: A pronoun the statement renders (称她为, 将其译作, 将他的名字译作): the person is named just before.
_PRONOUN = re.compile(r"[把将](?:他|她|其)(?:的名字|的姓氏)?$")
#: Similarity of sound from which a stretch of the sentences before a statement about "her" is the name it renders,
#: though the finder did not take it (民盟领导人昂山素季, 素 and 季 rare in names; 台湾媒体称她为翁山苏姬): as alike as
#: the spellings the review groups unprompted.
UNFOUND_SOUND = 0.82


def _rendered_unfound(norm: str, m: re.Match, lex: Lexicon) -> tuple[int, int] | None:
    """The stretch of the statement's sentence or the one before that a statement about a pronoun renders, when it
    sounds like the rendering (:data:`UNFOUND_SOUND`): as long as the rendering, or one character either way, Han
    characters that hold no function word and make no ordinary word; the nearest in sound, else None."""
    verb_start = m.start("verb")
    if not (m.group("verb").removesuffix("为") in _CALLS_IT or _PRONOUN.search(norm, max(0, verb_start - 6), verb_start)):
        return None
    rendering = norm[slice(*_without_title(m))]
    before = _window_start(norm, verb_start, 2)
    best, found = 0.0, None
    for n in range(max(2, len(rendering) - 1), len(rendering) + 2):
        for i in range(before, verb_start - n + 1):
            stretch = norm[i:i + n]
            if stretch == rendering or not all_han(stretch) or any(c in BESIDE for c in stretch) or stretch in lex.words:
                continue
            if (sound := similar(rendering, stretch, max(UNFOUND_SOUND, best))) > best:
                best, found = sound, (i, i + n)
    return found


def noted_renderings(norm: str) -> list[tuple[int, int, int]]:
    """(where the parenthesis opens, rendering start, rendering end) for each rendering noted in parentheses with
    a bare 译 (:data:`_NOTED`) or another name of the referent noted or stated after it (:data:`_OTHER_NAME`): the
    name the parenthesis (or the statement) stands right after is the one rendered."""
    found = []
    for paren in _NOTE.finditer(norm):
        pos = paren.start("inside")
        for item in _NOTE_ITEMS.split(paren.group("inside")):
            m = _NOTED.fullmatch(item)
            who = m and m.group("who")
            if m and (not who and not m.group("called") or _renderer(who)):
                found.append((paren.start(), *_without_title_after(norm, pos + m.start("name"), pos + m.end("name"))))
            elif m := _NOTED_OTHER_NAME.fullmatch(item):
                found.append((paren.start(), pos + m.start("name"), pos + m.end("name")))
            pos += len(item) + 1
    return found + [(m.start(), *m.span("name")) for m in _STATED_OTHER_NAME.finditer(norm)]


def _continued(norm: str, rendered: list[re.Match]) -> list[re.Match]:
    """The renderings that go on from a rendering statement earlier in their sentence (:data:`_CONTINUED`)."""
    return [m for m in _CONTINUED.finditer(norm) if _by_a_press(m.group("press")) and any(
        r.end() <= m.start() and not _SENTENCE_END.search(norm, r.end(), m.start()) for r in rendered)]


def _by_a_press(subject: str) -> bool:
    """The subject of a continued rendering is none, a press or the region whose press it means (台湾, 香港媒体)."""
    return not subject or _press(subject) or subject in PRESS_REGIONS


def _is_respective_rendering(name: str, lex: Lexicon) -> bool:
    """One of the renderings a 分别 statement gives: a run of name characters (a monarch's with the regnal number
    after it, 哈拉德五世), not one ordinary word."""
    return name not in lex.words and not any(c in BESIDE for c in name) and all(
        lex.is_name_char(c) or c == "·" for c in _REGNAL_NUMBER.sub("", name))


def _is_rendering(m: re.Match, lex: Lexicon) -> bool:
    """The name a statement introduces is a rendering: no function word inside, not one ordinary word; after 写作
    ("writing") or 称X为 (X a name or a phrase pointing back at one, 称这位教头为孔蒂) only a run of name characters."""
    name, called = m.group("name"), m.group("called")
    quoted = m.string[m.start("name") - 1] in "“「『"  # the quotes say where it begins and ends: 坦米尔那都省
    translated = m.group("verb").startswith("译")
    if (any(c in BESIDE for c in name) and not quoted) or "的" in name or name in lex.words and not (
            translated and all(map(lex.is_name_char, name))):
        return False  # 大陸譯作瓦特 (watt), 譯為「哈拉」: a word of name characters a name is translated into
    if m.group("verb") in ("称为", "称作") and not _OBJECT.search(m.string, max(0, m.start("verb") - 14), m.start("verb")):
        return False  # 被粉丝称为“霉霉”: a nickname, unless 把X称为Y says whose rendering it is
    if called is not None and called.startswith(_DEMONSTRATIVE):
        return quoted or not _ordinary_phrase(name, lex)  # 称这位意大利教头为孔蒂: the phrase says a name follows,
        # whatever its characters (称该活动为「世界空间周」, in quotes); not 称此举是为|保障国民储蓄安全 ("said the move was to
        # protect savings"), a phrase of words
    if called is not None and quoted and called.endswith(BODY_ENDS) and name.endswith(BODY_ENDS):
        return True  # 称欧洲太空总署为「欧洲航天局」: a body's translated name, which sounds like nothing of it
    if called is not None and name in lex.names and all_han(called) and called not in lex.words and not any(
            c in BESIDE for c in called):
        return True  # 內地稱|沙地阿拉伯|為沙特阿拉伯: a name the lexicon knows renders the one called so, whatever its characters
    if called is not None and translated and all_han(called) and not any(c in BESIDE for c in called) and not (
            called in lex.words or _ordinary_phrase(called, lex)):
        return quoted or all(lex.is_name_char(c) or c == "·" for c in name)  # 譯|皮采|為「皮查伊」: only a name is
        # translated, whatever its characters
    if called is not None:
        return (called in lex.names or all(map(lex.is_name_char, called))) and (quoted or all(
            lex.is_name_char(c) or c == "·" for c in name)) and not _ordinary_phrase(
            name, lex)  # 称东盟为「东协」: the quotes hold the name whole; not 称佩特罗为“非法毒品头目”, what he is called
    if m.group("verb") in _CALLS_IT:
        return not any(e - s >= 2 and name[s:e] not in lex.names for s, e in word_spans(name, 0))  # 称其“惠恕仁”,
        # no word of jieba's in it; not 称其“脱离现实” ("called it out of touch")
    return m.group("verb") != "写作" or all(lex.is_name_char(c) or c == "·" for c in name)


#: 称 and a pronoun right before a quotation: the quotation may be a rendering (称其“惠恕仁”) or what was said of
#: it (称其“偏袒叛军”, "called it biased").
_CALLS_IT = ("称他", "称她", "称其")


def _ordinary_phrase(name: str, lex: Lexicon) -> bool:
    """``name`` is a phrase of ordinary words, two or more of them (非法|毒品|头目 "an illegal drug leader"): a
    label a statement gives someone, not a rendering of the name."""
    return sum(name[s:e] in lex.words for s, e in word_spans(name, 0) if e - s >= 2) >= 2


def find_renderings(doc: Document, norm: str, names: list[tuple[int, int]],
                    listed: set[tuple[int, int]]) -> list[Short]:
    """Each mention of a rendering the text introduces, made a mention of the name it renders: the one the
    statement introduces, and those the finder found elsewhere.

    ``names`` are the spans of every name found (listed and unlisted); ``listed`` those of the glossary's,
    which stay as they are.  The name rendered may stand in the statement's sentence where the finder did not
    take it again (新华社把博励治译作…, after 博励治（Pierre Poilievre） further up): its form is enough.
    """
    lex = lexicon()
    by_form: dict[str, list[tuple[int, int]]] = {}
    for s, e in sorted(names):
        by_form.setdefault(norm[s:e], []).append((s, e))
    shorts = []
    rendered = [m for m in _RENDERED.finditer(norm) if _is_rendering(m, lex)]
    for m in _continued(norm, rendered):  # the long form is the rendering before it, chained to its name later
        statement = max((r for r in rendered if r.end() <= m.start()), key=lambda r: r.end())
        rendering = doc.text[slice(*m.span("name"))]
        shorts.append(Short(*m.span("name"), rendering, doc.text[slice(*_without_title(statement))]))
    for m in _RENDERED.finditer(norm):
        span = _without_title(m)
        mentions = by_form.get(norm[span[0]:span[1]], [span])  # what the verb introduces is a name, found or not
        if mentions[0] != span or not _is_rendering(m, lex):
            continue  # a name the text used before (写作鲁比奥 after 鲁比奥): no new rendering
        if (latin := _latin_before(norm, m)) is not None:  # the name rendered is the one in Latin letters
            shorts.append(Short(*latin, doc.text[latin[0]:latin[1]], doc.text[m.start("name"):m.end("name")]))
            continue
        referent = _referent(norm, m, by_form)
        if referent is None:
            continue
        long = doc.text[by_form[referent][0][0]:by_form[referent][0][1]]
        shorts += [Short(s, e, doc.text[s:e], long) for s, e in mentions if (s, e) not in listed]
    ends = {e: (s, e) for s, e in names}
    for paren, s, e in noted_renderings(norm):  # 居里（台譯柯瑞）: the name right before the parenthesis, or its quotes
        named = ends.get(paren) or (ends.get(paren - 1) if norm[paren - 1:paren] in QUOTE_PAIRS else None)
        if named is not None and norm[s:e] != norm[slice(*named)]:  # (「新未來城」（NEOM，內地稱尼奧姆新城）)
            if named not in listed and (s, e) in listed:  # 蒲亭（大陸譯普京）: the glossary's name is the rendering
                shorts += [Short(a, b, doc.text[a:b], doc.text[s:e]) for a, b in by_form[norm[slice(*named)]]]
                continue
            long = doc.text[slice(*named)]
            shorts += [Short(a, b, doc.text[a:b], long) for a, b in by_form.get(norm[s:e], [(s, e)]) if (a, b) not in listed]
    for m in _RENAMED.finditer(norm):  # 阿斯塔纳更名为努尔苏丹: the name found right before, renamed
        right_before = ends.get(m.start())
        if (old := right_before or _renamed_subject(norm, m, names)) is None or old in listed or norm[slice(*old)] in m.group(
                "name"):  # not 安德鲁|改称安德鲁·蒙巴顿-温莎, his name as another part of the review joins it
            continue
        if (new := by_form.get(m.group("name"))) is None and right_before:
            new = [m.span("name")] if m.group("quote") else []  # a quoted new name, found or not
        elif new is None:  # a body's new name, which the finder may miss (能源转型矿产公司), wherever it is written
            new = [(i.start(), i.end()) for i in re.finditer(re.escape(m.group("name")), norm)]
        long = doc.text[slice(*old)]
        shorts += [Short(a, b, doc.text[a:b], long) for a, b in new if (a, b) not in listed]
    shorts += [Short(*latin, doc.text[slice(*latin)], doc.text[slice(*name)]) for latin, name in latin_renderings(norm, lex)]
    shorts += _quoted_from_a_press(doc, norm, by_form, listed, lex)
    shorts += nicknames(doc, norm, names)
    shorts += [Short(a, b, doc.text[a:b], doc.text[slice(*m.span("alias"))]) for m in stage_names(norm, lex)
               for a, b in by_form.get(m.group("name"), [m.span("name")]) if (a, b) not in listed]  # 吳青峰 where
    # the finder found it again (吳青峰說), one person with 青峰, not a second group holding the same form
    for m in _RESPECTIVELY.finditer(norm):
        for part, referent in zip(("first", "second"), _respective_referents(norm, m, by_form, lex)):
            mentions = by_form.get(m.group(part), [m.span(part)])
            if mentions[0] == m.span(part) and (m.group(part) in by_form or _is_respective_rendering(m.group(part), lex)):
                long = doc.text[by_form[referent][0][0]:by_form[referent][0][1]]
                shorts += [Short(s, e, doc.text[s:e], long) for s, e in mentions if (s, e) not in listed]
    return shorts


def _renamed_subject(norm: str, m: re.Match, names: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The body a renaming later in its sentence is about (格陵兰矿业公司（…）在澳大利亚上市，…，后更名为能源转型矿产公司):
    the first name of the sentence with the new name's head (公司, 党, 银行: its last character), none between."""
    new = m.group("name")
    if not new.endswith(_BODY_LAST):
        return None
    start = _sentence_start(norm, m.start())
    before = sorted((s, e) for s, e in names if start <= s and e <= m.start())
    return next(((s, e) for s, e in before if norm[e - 1] == new[-1] and e - s > 2), None)


#: The last characters of a body's head (公司, 集团, 党, 银行, 协会, 管理局, 研究所, 学院, 联盟, 教育部, 通讯社).
_BODY_LAST = tuple("司团党行会局所院盟部社")


#: A press quoted, its verb, and the rest of the clause that says what it wrote (新华社形容…的利特勒是…, 路透社报道指，赖特…):
#: a compiled report quotes another press in that press's spelling of a name. The press is a named one (:data:`_PRESS_ENDS`
#: without 媒体): "the media say" quotes no spelling of its own, and taking it lost fresh4 two pairs of 咸美顿.
_QUOTED_PRESS = re.compile(r"(?P<press>[\u3400-\u9fff]{1,6}(?:社|网|台|报|之声|之音))[^，。；！？]{0,4}?"
                           r"(?:报道|报导|引述|援引|形容|称|指|写道)(?P<clause>[^。；！？\n]{1,40})")
#: How alike a name in a quoted press's clause must sound to the surname of a full name of the text, leading the next
#: by :data:`MARGIN`, to be that person in the press's spelling (利特勒/列特拿 .61, 赖特/韦特 .67, 普莱斯/派斯 .67).
QUOTED_SOUND = 0.6
#: How far before the quote the full name may be named first: in the same report, not anywhere in a long file.
_QUOTED_REACH = 2000
#: A last character of a Slavic surname's feminine form besides grouping's feminine endings (欧维奇金娜, Ovechkina, the
#: mother of 奥韦奇金).
_FEMININE_SURNAME_END = "娜"


def _quoted_from_a_press(doc: Document, norm: str, by_form: dict[str, list[tuple[int, int]]],
                         listed: set[tuple[int, int]], lex: Lexicon) -> list[Short]:
    """A person named in the clause that quotes another press, in that press's spelling (新华社形容来自沃灵顿的|利特勒|,
    after 路克·列特拿): a name of no dot, all of name characters, which no full name of the text ends in, is the full
    name named before the quote (within :data:`_QUOTED_REACH`) whose surname sounds most like it, of its gender
    (泽伦斯基 is not 奥莱娜·泽伦斯卡, 奥韦奇金 not 塔蒂亚娜·欧维奇金娜), when that leads the next by :data:`MARGIN`; not a
    place or body the lexicon or the context says (来自|沃灵顿)."""
    from .grouping import FEMININE_ENDINGS, feminine_mismatch, surname  # grouping reads the finder, which reads this module

    feminine = FEMININE_ENDINGS + _FEMININE_SURNAME_END

    mentions = sorted((s, e, form) for form, spans in by_form.items() for s, e in spans)
    starts = [s for s, _, _ in mentions]
    first_full = {form: spans[0][0] for form, spans in by_form.items() if surname(form)}  # any dot: 路克．列特拿
    surnames = {surname(form) for form in first_full}
    quoted: dict[str, int] = {}  # each name quoted, and where the first clause that quotes it begins
    for m in _QUOTED_PRESS.finditer(norm):
        start, end = m.span("clause")
        for s, e, form in mentions[bisect_left(starts, start):bisect_left(starts, end)]:
            if e <= end:
                quoted.setdefault(form, start)
    shorts = []
    for form, at in quoted.items():
        spans = by_form[form]
        if surname(form) or form in surnames or _press(form) or not all(map(lex.is_name_char, form)) or (
                (known := lex.names.get(form)) is not None and known.type is not NameType.PERSON) or known_place(form, lex) or any(
                context_type(norm, s, e, 0) not in (None, NameType.PERSON) for s, e in spans):
            continue  # 来自|沃灵顿 is a place, whatever it sounds like
        scored = sorted(((similar(form, last, QUOTED_SOUND - MARGIN), full) for full, first in first_full.items()
                         if at - _QUOTED_REACH <= first < at and not feminine_mismatch(form, last := surname(full))
                         and (form[-1] in feminine) == (last[-1] in feminine)), reverse=True)
        if scored and scored[0][0] >= QUOTED_SOUND and (len(scored) == 1 or scored[0][0] - scored[1][0] >= MARGIN):
            long = doc.text[slice(*by_form[scored[0][1]][0])]
            shorts += [Short(s, e, doc.text[s:e], long) for s, e in spans if (s, e) not in listed]
    return shorts


#: A nickname the text gives a person it names right after or right before (有“华仔”之称的|刘德华, 被歌迷称为“周董”的|
#: 周杰伦, 达加洛|（绰号“赫梅蒂”）, 泰勒·斯威夫特|被粉丝称为“霉霉”): the quotes delimit it.
_NICKNAME_GIVEN = (r"(?:有[“「『](?P<a>[^”」』，。]{2,8})[”」』]之称|被[^，。；“「『]{0,6}?(?:昵称|称|封|誉)(?:为|作)"
                   r"[“「『](?P<b>[^”」』，。]{2,8})[”」』]|(?:人称|号称)[“「『](?P<c>[^”」』，。]{2,8})[”」』])的")
NICKNAME_STATEMENT = re.compile(_NICKNAME_GIVEN)
_NICKNAME_BEFORE = re.compile(_NICKNAME_GIVEN + "$")
_NICKNAME_AFTER = re.compile(r"^(?:[（(](?:绰号|外号|人称|昵称|艺名)[“「『]?(?P<a>[^”」』，。()（）]{2,8})[”」』]?[）)]"
                             r"|被[^，。；“「『]{0,6}?(?:昵称|称|封|誉)(?:为|作)[“「『](?P<b>[^”」』，。]{2,8})[”」』])")
#: A nickname in quotes right before a person's name, in apposition (「歌神」張學友, “发哥”周润发): the quotes mark a
#: name the person goes by, and the name after them says whose.
_EPITHET_BEFORE = re.compile(r"[“「『](?P<a>[^“「『”」』，。、；\s]{2,4})[”」』]$")
#: Pronouns and markers of an object right before quotes (呼吁其“完全赦免”, 把“去风险”): what is quoted is said or
#: done, no nickname of the name after it.
_OBJECT_BEFORE_QUOTE = frozenset("其他她它将把对向给")
#: The characters :data:`_NICKNAME_AFTER` begins with, and those :data:`_EPITHET_BEFORE` ends with (as
#: :data:`_NICKNAME_BEFORE` ends with 的).
_NICKNAME_AFTER_OPENERS, _EPITHET_CLOSERS = ("（", "(", "被"), ("”", "」", "』")
#: How far before a name a statement of its nickname may begin.
_NICKNAME_REACH = 24


#: A name after a title with a Chinese name in parentheses (主唱阿信（陈信宏）): the stage name, then the legal name;
#: looked for at each character, as the title ends where the stage name begins.
_STAGE_NAME = re.compile(r"(?=(?P<alias>[\u3400-\u9fff]{2,3})[（(](?P<name>[\u3400-\u9fff]{2,4})[）)])")


def stage_names(norm: str, lex: Lexicon) -> list[re.Match]:
    """The stage names a title introduces with the legal name in parentheses (:data:`_STAGE_NAME`): the title
    says a person follows, and a legal name written the Chinese way (a surname, a given name of one or two
    characters, no ordinary word) says the parentheses hold the same person, not a place or a body's short form."""
    return [m for m in _STAGE_NAME.finditer(norm) if TITLE_BEFORE.search(norm, max(0, m.start() - 4), m.start())
            and any(m.group("name")[:n] in lex.surnames and 1 <= len(m.group("name")) - n <= 2 for n in (1, 2))
            and not any(part in lex.words for part in (m.group("alias"), m.group("name")))
            and not any(c in BESIDE for c in m.group("alias") + m.group("name"))]


def nicknamed_people(norm: str, lex: Lexicon) -> list[tuple[int, int]]:
    """The people the lexicon knows that a statement of a nickname is about (被影迷昵称为“小震”的|张震|说): the statement
    says a person follows, so a name of two characters needs no other context there; the longest, ending where a
    name ends."""
    found = []
    for m in NICKNAME_STATEMENT.finditer(norm):
        start = m.end()
        for end in range(min(len(norm), start + 4), start + 1, -1):
            known = lex.names.get(norm[start:end])
            if known is not None and known.type is NameType.PERSON and (
                    end == len(norm) or norm[end] in AFTER_NAME or norm[end] in BESIDE or cue_follows(norm, end)):
                found.append((start, end))
                break
    return found


def nicknames(doc: Document, norm: str, names: list[tuple[int, int]]) -> list[Short]:
    """Each mention of a nickname the text gives a name it found (:data:`_NICKNAME_BEFORE`, :data:`_NICKNAME_AFTER`),
    made a mention of that name: where the text defines it and wherever it uses it again (华仔在台上…), found as a
    name of its own or not, never inside a longer name."""
    given: dict[str, str] = {}
    lex = lexicon()
    for s, e in names:  # each pattern tried only where the character it needs is: most names have none around them
        before = _NICKNAME_BEFORE.search(norm, max(0, s - _NICKNAME_REACH), s) if norm[s - 1:s] == "的" else None
        after = _NICKNAME_AFTER.match(norm[e:e + _NICKNAME_REACH]) if norm[e:e + 1] in _NICKNAME_AFTER_OPENERS else None
        epithet = _EPITHET_BEFORE.search(norm, max(0, s - _NICKNAME_REACH), s) if (
            norm[s - 1:s] in _EPITHET_CLOSERS and _person_like(norm[s:e], lex)) else None
        for m in (before, after, epithet):
            nickname = m and next((g for g in m.groups() if g), None)
            if nickname and all_han(nickname.replace("·", "")) and not any(c in PARTICLES for c in nickname) and not (
                    m is epithet and (TITLE.fullmatch(nickname) or norm[m.start() - 1:m.start()] in _OBJECT_BEFORE_QUOTE)) and not (
                    _honorific(nickname)):
                # 科索沃“总统”|维约萨·奥斯马尼: a title in scare quotes; 呼吁其“完全赦免”|内塔尼亚胡: a quoted verb
                given.setdefault(nickname, doc.text[s:e])
    taken = sorted(names)
    starts = [s for s, _ in taken]
    longest = max((e - s for s, e in taken), default=0)
    return [Short(m.start(), m.end(), doc.text[m.start():m.end()], long) for nickname, long in given.items()
            for m in re.finditer(re.escape(nickname), norm)
            if not any(s < m.end() and m.start() < e and (s, e) != m.span() for s, e in taken[
                bisect_left(starts, m.start() - longest):bisect_left(starts, m.end())])]  # the names near it only


def _honorific(nickname: str) -> bool:
    """An epithet of praise, not a name a translator files: a father or an emperor of something (国父 "father of the
    nation", 独立之父, 秘鲁美食教父, 冰球大帝); a pet name (霉霉, 华仔, 老黄) or a byname (超人, 歌神) is none."""
    return nickname.endswith(_HONORIFIC_ENDS)


#: Last characters of an epithet of praise: a father, an emperor (国父, 秘鲁美食教父, 冰球大帝).
_HONORIFIC_ENDS = tuple("父帝")


def _respective_referents(norm: str, m: re.Match, by_form: dict[str, list[tuple[int, int]]],
                          lex: Lexicon) -> tuple[str, ...]:
    """The two names a 分别 statement renders (:data:`_RESPECTIVELY`), in the order the text first wrote them, in
    its sentence or the two before (the two may have been named apart): of the pairs in that order, the one whose sounds are nearest together, when
    each is at least :data:`RESPECTIVE_SOUND` and it leads the next pair by :data:`MARGIN`; else none.  Names
    the lexicon knows as a place or a body stand aside when the object says the two are people (这两人)."""
    before = _window_start(norm, m.start(), _RESPECTIVE_SENTENCES)
    window = norm[before:m.start()]
    people = bool(_PEOPLE_WORDS.search(m.group("object")))
    named = _standing_alone({window[i:i + n] for n in range(2, _LONGEST + 1) for i in range(len(window) - n + 1)}
                            & by_form.keys(), window)
    renderings = (m.group("first"), m.group("second"))
    named = sorted((form for form in named if form not in renderings and not _press(form) and all_han(
        form.replace("·", "")) and not (people and _not_a_person(form, lex))), key=window.find)
    scored = sorted(((_sound(renderings[0], a), _sound(renderings[1], b), a, b)
                     for i, a in enumerate(named) for b in named[i + 1:]), key=lambda t: -(t[0] + t[1]))
    if not scored or min(scored[0][:2]) < RESPECTIVE_SOUND or (
            len(scored) > 1 and sum(scored[0][:2]) - sum(scored[1][:2]) < MARGIN):
        return ()
    return scored[0][2], scored[0][3]


def _person_like(form: str, lex: Lexicon) -> bool:
    """A person the lexicon knows, a full name written with a dot, or a name written the Chinese way (a surname,
    a given name of one or two characters, no ordinary word): what a nickname in apposition may stand before."""
    known = lex.names.get(form)
    if known is not None:
        return known.type is NameType.PERSON
    return "·" in form or (form not in lex.words and all_han(form) and any(
        form[:n] in lex.surnames and 1 <= len(form) - n <= 2 for n in (1, 2)))


def _not_a_person(form: str, lex: Lexicon) -> bool:
    known = lex.names.get(form)
    return known is not None and known.type is not NameType.PERSON


#: A name in Latin letters right before the parenthesis that holds the statement: Al Hilal（新华社译作利雅得新月）.
_LATIN_NAME = re.compile(r"(?P<latin>[A-Z][A-Za-z.'’&-]*(?: [A-Z][A-Za-z.'’&-]*){0,4})[(（][^()（）]{0,10}$")


def _latin_before(norm: str, m: re.Match) -> tuple[int, int] | None:
    """The span of a name the text writes in Latin letters, when the statement at ``m`` stands in parentheses
    right after it (沙特球会Al Hilal（新华社译作利雅得新月）): the rendering is that name's, as the Chinese rendering
    of a club or firm the text names in its own script."""
    start = max(0, m.start("verb") - 60)
    found = _LATIN_NAME.search(norm, start, m.start("verb"))
    return found.span("latin") if found else None


def _referent(norm: str, m: re.Match, by_form: dict[str, list[tuple[int, int]]]) -> str | None:
    """The form of the name the statement at ``m`` renders, or None when no name is clearly it."""
    rendering, verb_start = norm[slice(*_without_title(m))], m.start("verb")
    if (paren := _OPEN_NOTE.search(norm, max(0, verb_start - 8), verb_start)) is not None and (named := next(
            (form for form, spans in by_form.items() if form != rendering and any(e == paren.start() for _, e in spans)),
            None)) is not None:
        return named  # 肯尼迪航天中心（港台译作甘迺迪太空中心）: the name the parenthesis follows
    if (obj := _OBJECT.search(norm, max(0, verb_start - 14), verb_start)) and obj.group("object") in by_form:
        return obj.group("object")  # 把博励治|译作
    if obj and (titled := _titled_before(norm, obj.group("object"), verb_start, by_form)):
        return titled  # 将哥哥译作祖德·贝林厄姆, after 他的哥哥裘德·贝林厄姆
    if (called := m.group("called")) is not None and not called.startswith(_DEMONSTRATIVE):
        return called if called in by_form else None  # 称佐科|为佐科威
    if (subject := _clause_subject(norm, m)) is not None and norm[slice(*subject)] in by_form:
        return norm[slice(*subject)]  # 将桑傑士譯為「桑切斯」，社會勞工黨|譯作「工人社會黨」
    before = _window_start(norm, verb_start, 2)
    window = norm[before:verb_start]
    named = _standing_alone({window[i:i + n] for n in range(2, _LONGEST + 1) for i in range(len(window) - n + 1)}
                            & by_form.keys(), window)
    person, lex = _of_him_or_her(norm, m), lexicon()
    named = {form for form in named if form != rendering and not _press(form) and all_han(form.replace("·", ""))
             and not (person and _not_a_person(form, lex))}  # 称他为: a person, not the place named last
    if (called := m.group("called")) and called[1:].endswith(_KINDS_OF_BODY):
        named = {form for form in named if not known_place(form, lex)}  # 称该俱乐部为: a club's name, not 俄罗斯's
    scored = sorted(((_sound(rendering, form), form) for form in named), reverse=True)
    if scored and scored[0][0] >= NEAREST_SOUND and (len(scored) == 1 or scored[0][0] - scored[1][0] >= MARGIN):
        return scored[0][1]
    if person and m.string[m.start("name") - 1] in "“「『" and not TITLE_BEFORE.search(m.group("name")):
        return _named_last(norm, before, verb_start, by_form, lex)  # 球迷稱他為「小蠻牛」: a nickname in quotes
    return None


#: What a demonstrative points back at when it names a body (称该俱乐部为, 称该公司为): no place's name is rendered.
_KINDS_OF_BODY = BODY_ENDS + ("俱乐部", "球会", "乐队", "联盟")


#: Prepositions of place: a name right after one is where something happens (在达累斯萨拉姆街头), not a person.
_LOCATIVE = "在于从赴抵到"


def _named_last(norm: str, start: int, end: int, by_form: dict[str, list[tuple[int, int]]], lex: Lexicon) -> str | None:
    """The name written last between ``start`` and ``end`` that may be a person: "him" or "her" points back at the
    person the text has just named; not a press, not a place or body the lexicon knows (unless the text writes it
    as the end of someone's full name), not a name after a preposition of place; None when a name in Latin letters
    comes after it (导演Kleber Mendonça Filho…称他为…)."""
    surnames = {form.rsplit("·", 1)[-1] for form in by_form if "·" in form}  # 哈桑 of 萨米娅·苏卢胡·哈桑: a person
    last = max(((e, form) for form, spans in by_form.items() for s, e in spans if start <= s and e <= end
                and not _press(form) and (form in surnames or not _not_a_person(form, lex))
                and norm[s - 1:s] not in _LOCATIVE), default=None)
    if last is None or _LATIN_WORD.search(norm, last[0], end):
        return None  # 导演Kleber Mendonça Filho…称他为: the person named last is one the finder did not take
    return last[1]


_LATIN_WORD = re.compile(rf"[A-Z][{LATIN}]+")


def _of_him_or_her(norm: str, m: re.Match) -> bool:
    """The statement renders "him" or "her" (称他为, 把她译作): its name is a person's."""
    verb_start = m.start("verb")
    return m.group("verb").removesuffix("为") in ("称他", "称她") or bool(
        (pronoun := _PRONOUN.search(norm, max(0, verb_start - 6), verb_start)) and "其" not in pronoun.group())


#: Where a clause begins inside a sentence.
_CLAUSE_START = "，,；;"
def _named_object(norm: str, m: re.Match, lex: Lexicon) -> tuple[int, int] | None:
    """The object of 把/将 a statement renders, when it is a name whether the finder took it or not (将卡韦略|译作,
    把素辇府|译作): Han characters, no function word, no ordinary word, no pronoun, title, place noun (将缅甸首都|称为,
    a description of a name written before) or demonstrative."""
    verb_start = m.start("verb")
    obj = _OBJECT.search(norm, max(0, verb_start - 14), verb_start)
    if obj is None:
        return None
    name = obj.group("object")
    if not 2 <= len(name) <= 8 or not all_han(name.replace("·", "")) or name.startswith(_NOT_NAMED) or (
            name in lex.words) or _DESCRIBED.search(name) or _press(name) or any(
            e - s == 1 and name[s] in BESIDE for s, e in word_spans(name, 0)):
        return None
    return obj.span("object")


#: What begins an object that points back at a name rather than naming it (将其, 把这座机场, 将他的名字).
_NOT_NAMED = ("他", "她", "其", "这", "该", "此", "两")
#: A place noun or a title inside a clause: the name it renders comes after it (索马里首都|摩加迪沙则写作…).
_DESCRIBED = re.compile("|".join(PLACE_NOUNS) + "|" + TITLE.pattern)
#: Verbs of a statement that says nothing of what it renders but for the object of 把/将.
_PLAIN_VERBS = ("译作", "译为", "译成", "写作", "称为", "称作")
#: What may stand between the name a clause renders and its verb: "in turn" (葛梅茲|則|譯作).
_THEN = "则"


def _clause_subject(norm: str, m: re.Match) -> tuple[int, int] | None:
    """The name a statement renders when it opens its clause and goes on from a statement of 把/将 earlier in its
    sentence (将桑傑士譯為「桑切斯」，社會勞工黨|譯作「工人社會黨」，民聲黨|譯作「呼聲黨」): 把/将 is left out once said,
    and what stands between the comma and the verb is the name, whatever its characters; None otherwise, or when
    that is no run of Han characters without a function word (a word of its own: 社会 is none), an ordinary word,
    or who renders it (台湾球迷则称…, 内地则译作…)."""
    verb_start = m.start("verb")
    if m.group("verb") not in _PLAIN_VERBS:
        return None  # 称他为, 称X为: the statement names what it renders
    end = verb_start - 1 if norm[verb_start - 1:verb_start] == _THEN else verb_start
    start = max((norm.rfind(c, max(0, end - _LONGEST - 1), end) for c in _CLAUSE_START), default=-1) + 1
    if not start:
        return None  # no comma within reach: the clause is longer than a name (not the whole text before it)
    sentence = _sentence_start(norm, verb_start)
    clause = norm[start:end]
    start += max((n.end() for n in _DESCRIBED.finditer(clause) if n.end() < len(clause)), default=0)  # 首都|摩加迪沙
    subject = norm[start:end]
    if start <= sentence or not 2 <= len(subject) <= _LONGEST or not all_han(subject.replace("·", "")) or any(
            e - s == 1 and subject[s] in BESIDE for s, e in word_spans(subject, 0)) or _press(subject) or (
            subject.startswith(PRESS_REGIONS)) or subject in lexicon().words:
        return None  # 台湾球迷|则称…, 内地|则译作…: who renders it, not what
    earlier = [r for r in _RENDERED.finditer(norm, sentence, start)
               if _OBJECT.search(norm, max(0, r.start("verb") - 14), r.start("verb"))]
    return (start, end) if earlier else None


def _standing_alone(named: set[str], window: str) -> set[str]:
    """The names of ``window`` written there on their own at least once, not only inside a longer name of it: the
    surname 恩沙基 inside the full name 施蒙尼恩沙基 is no second person the statement may be about."""
    return {form for form in named if window.count(form) > sum(
        window.count(longer) for longer in named if longer != form and form in longer)}


#: What may stand before a title or kinship word that a statement renders (将这位主帅, 将其哥哥, 将他的弟弟).
_POINTING = re.compile(r"^(?:这位|这名|该|其|他的|她的)?")


def _titled_before(norm: str, obj: str, before: int, by_form: dict[str, list[tuple[int, int]]]) -> str | None:
    """The name the text last wrote right after the title or kinship word that a statement renders (将哥哥译作…
    after 他的哥哥裘德·贝林厄姆; 将这位主帅译作… after 主帅干地): news names a relative or an office holder once
    so, then refers back by the word alone.  None when the object is no title, or no name followed it."""
    word = _POINTING.sub("", obj)
    if not word or not TITLE.fullmatch(word):
        return None
    last = max(((s, form) for form, spans in by_form.items() for s, e in spans
                if e <= before and norm.endswith(word, 0, s)), default=None)
    return last[1] if last else None


def _window_start(norm: str, pos: int, sentences: int) -> int:
    """Where the sentence holding ``pos`` and the ``sentences`` - 1 before it begin."""
    start = pos
    for _ in range(sentences):
        start = _sentence_start(norm, max(0, start - 1)) if start else 0
    return start


def _sentence_start(norm: str, pos: int) -> int:
    ends = [e.end() for e in _SENTENCE_END.finditer(norm, max(0, pos - _REACH), pos)]
    return ends[-1] if ends else max(0, pos - _REACH)


def _press(form: str) -> bool:
    return form.endswith(_PRESS_ENDS)


#: Last characters of a side or a language that renders a name its own way (俄方, 乌方, 俄语, 俄语音, 英文).
_SIDE_ENDS = ("方", "语", "语音", "文")


def _renderer(who: str) -> bool:
    """``who`` names who renders a name its own way: a region or its one-character short form, a press, a side."""
    return who in PRESS_REGIONS or who in _REGION_INITIALS or _press(who) or _side(who)


def _side(who: str) -> bool:
    """``who`` is a side of a conflict or a language, in a word or two (俄方, 俄语音 of 俄语音译), no longer phrase."""
    return len(who) <= 3 and who.endswith(_SIDE_ENDS)


def _sound(rendering: str, name: str) -> float:
    """How alike a rendering sounds to a name: to the whole, or to its last part (his surname: 恰斯科夫斯基 of
    佐萨斯科斯基; 阿莫林 of 鲁宾艾摩廉, written without the dot)."""
    parts = name_parts(name)
    tails = {parts[-1], name[-len(rendering):]} if len(name) > len(rendering) else set()
    return max([similarity(rendering, name)] + [similarity(rendering, tail) for tail in tails])
