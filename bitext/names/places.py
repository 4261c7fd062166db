"""Places named inside a larger place, as Chinese writes an address: from the largest to the smallest.

News writes the country or province right before the city or town (德国汉堡, 广东东莞黄江镇, 荷兰奈梅亨,
安大略省伯灵顿): what follows a place the text names, with no word between, is a smaller place in it.  So a
place word jieba's dictionary knows (汉堡 "ns", though also "hamburger") is found there; a name the finder
glued to the country before it (荷兰奈梅亨) is two places; and a name right after a place is one itself,
not a person (:func:`after_places`).

A place is also said by what stands around it: a region word after it (阿雷基帕|大区, whatever jieba cut before
it: :func:`regions_by_their_word`), and a list of places it is an item of (马来西亚及|汶莱|均:
:func:`places_in_lists`).
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from ..glossary import form_key
from ..model import Document, NameType
from ..script import to_simplified
from ..segment import default_jieba
from .context import (CITY_COMPANY_HEADS, CLUB, DIVISIONS, EVENT_HEADS, FEATURE_HEADS, FIRM_HEADS, LEADING, NAME_PARTS, NAME_TAGS, NUMERALS, PLACE_ENDS, REGION_WORDS,
                      TEAM_HEADS, all_han, context_type, jieba_tag, known_place, past_gloss, ruler_title)
from .extents import PARTY_HEADS
from .finder import place_word_start, written_chinese
from .glosses import COMPANY_HEADS
from .lexicon import Lexicon, lexicon
from .listed import paragraph_words, word_spans
from .short_forms import BODY_ENDS, Short, company_brand
from .spans import Candidate, SortedSpans, disjoint

#: Characters a place ends in that name the kind of place (广东省, 东莞市, 黄江镇, 伯灵顿县).
_PLACE_KINDS = set("省市州邦县镇区")
#: Heads that make a name an organisation, a building or a venue, named after its place as one name (德国另类选择党,
#: 南海难波站), never a place inside a place.
_NOT_PLACE_HEADS = ("党", "部", "局", "会", "院", "署", "厅", "馆", "园", "队", "社", "司", "行", "团", "所", "台", "报", "桥",
                    "站", "场", "宫", "室", "堂", "寺", "墓", "楼", "境", "村") + CITY_COMPANY_HEADS
#: How far after a place the word that may be a smaller place is looked for.
_WINDOW = 6


def is_place(form: str) -> bool:
    """A form (Simplified) the lexicon knows as a place, or one that ends in a kind of place (卑诗省, 东莞市)."""
    name = lexicon().names.get(form)
    if name is not None:
        return name.type is NameType.PLACE
    return len(form) >= 3 and form[-1] in _PLACE_KINDS and all_han(form)


#: Aspect particles, which follow verbs: a word before them is no place (新建|了).
_ASPECT = frozenset("了着过")


@lru_cache(maxsize=8192)
def _place_word_at(text: str) -> int:
    """The length of the place word jieba's dictionary tags "ns" at the start of ``text`` (汉堡, 黄江镇), else 0; an
    ordinary word jieba tags so too (城市 "city") is none."""
    words = word_spans(text, 0)
    if not words:
        return 0
    s, e = words[0]
    word = text[s:e]
    if not (e >= 2 and all_han(word) and jieba_tag(word) == "ns" and word not in lexicon().words and not (
            word.endswith(_NOT_PLACE_HEADS)) and word[0] not in NUMERALS and not _QUARTER.fullmatch(word)) or (
            text[e:e + 1] in _ASPECT):
        return 0  # not 远东|城市 (a city), 克里米亚|大桥, 欧洲|三国, 利马|北郊 (Lima's northern suburbs, which jieba tags a place),
        # nor 克赖斯特彻奇|新建|了 "newly built", a verb its aspect particle follows, though 新建 is a county too
    return e + 1 if len(words) > 1 and words[1] == (e, e + 1) and text[e] == "市" else e  # 神奈川县|横须贺|市: the city's
    # own word goes with it


#: A quarter of the place before it: its suburbs, its part or its side toward a direction (北郊, 东南郊, 西部).
_QUARTER = re.compile("[东西南北]{1,2}(?:郊|部|边|侧|面|郊区|城区)")


#: Mean log odds of the characters of a foreign name that make a run of them a transliteration whatever words it
#: holds (迈|亚美, 亚美 "Asia and America"), and the least odds of one of them.
_STRONG_MEAN_ODDS = 1.5
_WEAKEST_ODDS = -0.5


def _strong_transliteration(rest: str, lex: Lexicon) -> bool:
    """Three or more characters no dictionary knows, likelier in a foreign name than in words (迈亚美 Miami,
    马拉舍维奇 Małaszewicze): laxer than the finder's run of strong characters, as a place the text writes alone
    already says where the rest begins."""
    odds = [lex.odds(ch) for ch in rest]
    return len(rest) >= 3 and rest not in lex.names and rest not in lex.words and not default_jieba().has_word(
        rest) and min(odds) > _WEAKEST_ODDS and sum(odds) >= _STRONG_MEAN_ODDS * len(rest)  # not 森林狼, a team


def _jieba_foreign_name(rest: str, lex: Lexicon) -> bool:
    """``rest`` is a foreign name jieba's dictionary holds as one word (沙姆沙伊赫, nrt), no ordinary word nor a name
    the lexicon knows: after a country, a place of its own (埃及|沙姆沙伊赫), as a transliteration no dictionary knows is;
    not before 人, a club's or a people's word (格拉斯哥凯尔特|人, Celtic, is the caller's to judge)."""
    return rest not in lex.words and rest not in lex.names and default_jieba().has_word(rest) and (
        jieba_tag(rest) in ("nrt", "ns"))


def split_after_country(norm: str, c: Candidate, text: str, alone: Container[str] = ()) -> list[Candidate]:
    """``c`` cut after a place it begins with (荷兰|奈梅亨), when the rest is a transliteration no dictionary knows (jieba
    cuts it into single characters: not 洛杉矶|道奇, a club, nor 克里米亚|大桥), a place word (德国|汉堡) or a name the
    text writes ``alone`` elsewhere (塞尔维亚|诺维萨德, after 前往诺维萨德), and the whole is no name the lexicon knows,
    nor a place it knows and its division's word, nor an organisation (德国另类选择党): else ``[c]``.  A glossed name is
    cut only after a country before a company's transliterated name (:func:`_country_before_glossed_company`)."""
    form = norm[c.start:c.end]
    lex = lexicon()
    if c.gloss and (cut := _country_before_glossed_company(form, c.gloss, lex)):
        mid = c.start + cut  # 德国|纽曼咖啡集团 (Neumann Kaffee Gruppe)
        return [Candidate(text[c.start:mid], c.start, mid), Candidate(text[mid:c.end], mid, c.end, c.gloss)]
    if form in lex.names or c.gloss or not all_han(form) or _one_place_of_jieba(form, lex):
        return [c]
    if form.endswith(COMPANY_HEADS) and (cut := _country_before_brand(form, norm, lex)):
        mid = c.start + cut  # 印度|巴|贾|杰|汽车公司 (Bajaj Auto), 英国|伯|福德|资本公司: a country, then a brand
        return [Candidate(text[c.start:mid], c.start, mid), Candidate(text[mid:c.end], mid, c.end)]
    if form.endswith(_NOT_PLACE_HEADS) or form[-1] in DIVISIONS and (
            (whole := lex.names.get(form[:-1])) is not None and whole.type is NameType.PLACE):
        return [c]  # 亚伯达|省 (Alberta), not 亚伯 (Abe) and 达省
    for cut in range(len(form) - 2, 1, -1):
        head, rest = form[:cut], form[cut:]
        known = lex.names.get(head)
        if known is None or known.type is not NameType.PLACE:
            continue
        written_alone = rest in alone and rest not in lex.words  # 塞尔维亚|诺维萨德 (not 戛纳|电影节)
        divided = rest[-1] in DIVISIONS + "郡" and len(rest) >= 3
        core = rest[:-1] if divided else rest  # 巴西|伊瓜苏|市
        if written_alone or (jieba_tag(head) == "ns" or rest[-1] == "郡" and cut >= 3) and (
                all(e - s == 1 for s, e in word_spans(core, 0)) or _place_word_at(core) == len(core)
                or _division_named(core, rest, lex) or (_strong_transliteration(rest, lex) or _jieba_foreign_name(rest, lex) and norm[c.end:c.end + 1] != "人") and (
                    head in alone or len(rest) >= _LONG_REST and not _said_person(norm, c))):
            # 爱尔兰|利默里克郡: a country of three characters before a county, though jieba tags 爱尔兰 a person's
            # name (not 萨克森|安哈特邦, one state); 奈|梅|亨; 墨西哥|奇瓦瓦州, a division's name; 美国|迈|亚美 (Miami,
            # 亚美 a word inside) where 美国 stands alone too, or 伦敦|特威克纳姆, long enough and no person's; not 德里斯科尔 (Driscoll, not Delhi); not 洛杉矶|道奇 (a
            # club) nor 克里米亚|大桥
            mid = c.start + cut
            return [Candidate(text[c.start:mid], c.start, mid), Candidate(text[mid:c.end], mid, c.end)]
    return [c]


def _one_place_of_jieba(form: str, lex: Lexicon) -> bool:
    """``form`` is a place jieba's dictionary holds whole, and no place the lexicon knows ends it (哈利斯科州, Jalisco:
    not 哈利, Harry, and a state; but 埃及|西奈半岛, two places jieba holds as one word)."""
    return default_jieba().has_word(form) and jieba_tag(form) == "ns" and not any(
        known_place(form[k:], lex) for k in range(1, len(form) - 1))


#: Characters of a transliteration after a place that make it a name of its own though the text writes the place
#: nowhere alone (伦敦|特威克纳姆); a shorter one may end a person's name (德里斯科尔, Driscoll).
_LONG_REST = 4


def _division_named(core: str, rest: str, lex: Lexicon) -> bool:
    """``rest`` is a division's name, ``core`` and its word (奇瓦瓦|州), not a word before one (内蒙古|自治区)."""
    return core != rest and core not in lex.words and all(lex.odds(ch) > _WEAKEST_ODDS for ch in core)


def _said_person(norm: str, c: Candidate) -> bool:
    """The words around ``c`` say a person (罗马诺夫斯基|表示): a name that only begins like a place."""
    return context_type(norm, c.start, c.end, norm.rfind("\n", 0, c.start) + 1) is NameType.PERSON


def _country_before_glossed_company(form: str, gloss: str, lex: Lexicon) -> int:
    """Where a country in 国 ends that begins a glossed company's name going on in a transliteration (德国|纽曼咖啡集团
    (Neumann Kaffee Gruppe), "Germany's Neumann"): news writes where a foreign company is from before its name, and a
    gloss without the country says so; 0 when the rest begins with an ordinary word (英国|石油公司 BP), when the gloss
    names the country (German, Germany), or for a name the lexicon knows.  A country's name in 国 only, as a city may
    name the company (拉斯维加斯|金沙集团, Las Vegas Sands); :func:`_country_before_brand` judges unglossed names."""
    if not form.endswith(FIRM_HEADS) or form in lex.names or len(words := default_jieba().cut(form, False)) < 3:
        return 0
    country, first = words[0], words[1]  # 德国|纽曼|咖啡|集团, not 美国|铝业|公司
    if not known_place(country, lex) or not country.endswith("国") or first in lex.words or first in lex.names or not (
            all(map(lex.is_name_char, first))) or lex.names[country].english[:5].casefold() in gloss.casefold():
        return 0
    return len(country)


def _country_before_brand(form: str, norm: str, lex: Lexicon) -> int:
    """Where a country a company's name begins with ends, when a brand jieba knows no word of or knows as a name
    follows it (印度|巴贾杰|汽车公司, 瑞士|托克|集团) or one the text writes without the country
    (:func:`_brand_written_alone`): the country says where the company is, not what it is called (but 中国|银行,
    美国|铝业公司 are named so); 0 otherwise."""
    for cut in range(min(5, len(form) - 3), 1, -1):
        known = lex.names.get(form[:cut])
        if known is None or known.type is not NameType.PLACE or jieba_tag(form[:cut]) != "ns":
            continue
        first = word_spans(form[cut:], 0)[0]
        if first[1] - first[0] == 1 and lex.is_name_char(form[cut]) and lex.is_name_char(form[cut + 1]):
            return cut
        if first[1] - first[0] >= 2 and (brand := form[cut:cut + first[1]]) not in lex.words and jieba_tag(
                brand) in _BRAND_NAME_TAGS:
            return cut  # 瑞士|托克|集团 (Trafigura): a transliteration jieba knows as a name
        return cut if _brand_written_alone(form, cut, norm, lex) else 0
    return 0


#: jieba's tags of a transliterated name (托克 nrt): a company's brand after its country, not an ordinary word.
_BRAND_NAME_TAGS = ("nr", "nrt", "nrfg")


def _brand_written_alone(form: str, cut: int, norm: str, lex: Lexicon) -> bool:
    """The company's name after the country ``form`` begins with (``form[cut:]``), or its brand, is written elsewhere
    without the country (日本|软银集团 … 软银表示): the text names the company so, its country said once; but not a
    brand of ordinary words (美国|钢铁公司, U.S. Steel: 钢铁 "steel" alone names nothing)."""
    rest = form[cut:]
    brand = company_brand(rest) if rest.endswith(COMPANY_HEADS) else rest
    if len(brand) < 2 or not any(word not in lex.words for word in default_jieba().cut(brand, False)) or (
            brand.endswith(EVENT_HEADS) or jieba_tag(brand) == "j"):
        return False  # nor an event (新加坡|大奖赛公司, the Singapore Grand Prix's) or a word's short form (纽约|联储银行)
    return norm.count(brand) > norm.count(form)


def _country_before_company(norm: str, c: Candidate, spans: SortedSpans) -> int | None:
    """Where the place begins that the finder left out right before the company ``c`` (印度|韦丹塔资源公司, "India's
    Vedanta Resources"): news says where a firm is from before its name, and the place is a mention of its own,
    whatever the firm is called; None when no place the lexicon knows, a whole word of jieba's, ends there."""
    if not norm[c.start:c.end].endswith(COMPANY_HEADS) or spans.overlapping(c.start - 1, c.start):
        return None
    low = max(0, c.start - _LONGEST_PLACE - 4)  # the place and a few characters before it, for jieba to cut it whole
    start = place_word_start(norm, SortedSpans(word_spans(norm[low:c.start], low)), c.start, lexicon())
    return start if start is not None and c.start - start <= _LONGEST_PLACE and jieba_tag(norm[start:c.start]) == "ns" else None


#: The most characters of a place :func:`_country_before_company` looks for (乌兹别克斯坦).
_LONGEST_PLACE = 6


def places_inside_places(doc: Document, norm: str, candidates: list[Candidate], taken: SortedSpans) -> list[Candidate]:
    """The finder's ``candidates`` with a place glued to the country before it cut in two (:func:`split_after_country`),
    the place it left out before a company (:func:`_country_before_company`), and the place words right after a place
    found (德国|汉堡, 东莞|黄江镇), again after each place found so."""
    alone = {norm[c.start:c.end] for c in candidates}
    found = [part for c in candidates for part in split_after_country(norm, c, doc.text, alone)
             if part == c or not taken.overlapping(part.start, part.end)]  # a country the glossary lists stays listed
    # (德国 of 德国纽曼咖啡集团, which a body glossed whole had held)
    spans = SortedSpans([(c.start, c.end) for c in found] + taken.spans)
    for c in list(found):
        if (country := _country_before_company(norm, c, spans)) is not None:
            found.append(Candidate(doc.text[country:c.start], country, c.start))
            spans.add(country, c.start)
    todo = [(c.end, norm[c.start:c.end]) for c in found]
    todo += [(e, norm[s:e]) for s, e in taken.spans]
    while todo:
        end, form = todo.pop()
        if not is_place(form) or end >= len(norm):
            continue
        length = _place_word_at(norm[end:end + _WINDOW])
        if length and not spans.overlapping(end, end + length) and not ruler_title(norm, end, end + length, lexicon()):
            new = Candidate(doc.text[end:end + length], end, end + length)
            found.append(new)
            spans.add(new.start, new.end)
            todo.append((new.end, norm[new.start:new.end]))
    return disjoint(found)


def after_places(norm: str, candidates: list[Candidate], taken: SortedSpans) -> set[str]:
    """The form keys of the candidates that stand right after a place (安大略省|伯灵顿, 荷兰|奈梅亨): places, not
    people, by the order of a Chinese address; not a person's full name nor a person the lexicon knows."""
    ends = {c.end: norm[c.start:c.end] for c in candidates}
    ends.update({e: norm[s:e] for s, e in taken.spans})
    lex = lexicon()
    return {form_key(c.form) for c in candidates
            if (before := ends.get(c.start)) is not None and is_place(to_simplified(before))
            and not NAME_PARTS.search(form := norm[c.start:c.end])
            and ((known := lex.names.get(form)) is None or known.type is NameType.PLACE)}  # not 美国|拜登政府


def listed_with_places(norm: str, candidates: list[Candidate]) -> set[str]:
    """The form keys of the unknown names in a list of places (达累斯萨拉姆、阿鲁沙和姆万扎|等地, 埃姆登和萨尔茨吉特|等地;
    德累斯顿、莱比锡和开姆尼茨): a list names things of one kind, so its items are places when it ends in "and other
    places" (等地) or its other items are places the lexicon knows.  Not an item that ends in a body's head: a list
    of states may name an alliance (美国、英国和|奥库斯联盟), nor a name written like a Chinese one (赵显, 宋雨萌): a
    list of places and people names a delegation.  A surname the lexicon knows among two places or more is one too
    (华盛顿、哥本哈根或北京: CC-CEDICT's first sense of 华盛顿 is George Washington)."""
    lex = lexicon()
    keys = set()
    for items in _lists(norm, candidates):
        forms = [norm[c.start:c.end] for c in items]
        unknown = [f for f in forms if f not in lex.names and not f.endswith(_BODY_WORDS) and not NAME_PARTS.search(f)
                   and not written_chinese(f, lex)]
        if unknown and (_PLACES_AFTER.match(norm, items[-1].end) or (
                len(unknown) < len(forms) and all(is_place(f) for f in forms if f not in unknown))):
            keys.update(form_key(f) for f in unknown)
        people = [f for f in forms if (known := lex.names.get(f)) is not None and known.type is NameType.PERSON]
        if len(people) == 1 and len(forms) >= 3 and all(is_place(f) for f in forms if f not in people):
            keys.add(form_key(people[0]))  # 华盛顿、哥本哈根或北京: a surname the lexicon knows, among places
    return keys


def team_towns(candidates: list[Candidate]) -> set[str]:
    """The form keys of the unknown names a team of the text is named after (雷克瑟姆队 … 雷克瑟姆2022年获得城市地位):
    a team or a club bears its town's name, and its name alone (Wrexham) is the town's where nothing else says."""
    lex = lexicon()
    forms = {form_key(c.form) for c in candidates}
    return {town for form in forms for head in (*TEAM_HEADS, CLUB) if form.endswith(head) and (
        town := form[:-len(head)]) in forms and len(town) >= 2 and town not in lex.names}


def listed_with_companies(norm: str, candidates: list[Candidate]) -> set[str]:
    """The form keys of the glossed names in a list with a company (奥兰集团（Olam）、路易达孚（Louis Dreyfus）和德国纽曼咖啡集团):
    a list names things of one kind, and a gloss of a person's name's shape says nothing against it.  Only 公司, 集团
    or a company the lexicon knows (爱立信、…) says a company (a list with a party names its leaders), and not of a
    name written with a joiner or like a Chinese one, which names a person (a firm and its founder)."""
    lex = lexicon()
    keys = set()
    for items in _lists(norm, candidates, over_glosses=True):
        forms = [norm[c.start:c.end] for c in items]
        if any(f.endswith(FIRM_HEADS) or ((known := lex.names.get(f)) is not None and (
                known.type is NameType.ORGANISATION) and not f.endswith(PARTY_HEADS)) for f in forms):
            keys.update(form_key(f) for c, f in zip(items, forms) if c.gloss and not f.endswith(FIRM_HEADS) and (
                not written_chinese(f, lex)) and not NAME_PARTS.search(f) and f not in lex.names)
    return keys


def _lists(norm: str, candidates: list[Candidate], over_glosses: bool = False) -> list[list[Candidate]]:
    """The lists of two names or more that ``candidates`` stand in, each item joined to the next by a separator (and,
    ``over_glosses``, past the gloss between)."""
    lists: list[list[Candidate]] = []
    for c in sorted(candidates, key=lambda c: c.start):
        if lists:
            end = lists[-1][-1].end
            between = norm[past_gloss(norm, end) if over_glosses else end:c.start]
            if between in _LIST_SEPARATORS or _SEPARATOR_AND_REGION.fullmatch(between):
                lists[-1].append(c)
                continue
        lists.append([c])
    return [items for items in lists if len(items) >= 2]


#: "And other places" after a list (等地, 等国, 等城市): its items are places; after more items the finder found
#: none in, or in pieces (新莱昂、瓜纳华托、哈利|斯科|等州).
_PLACES_AFTER = re.compile("(?:(?:、|以及|及|和|与)[\u3400-\u9fff]{2,8}?)*等(?:地|国|城市|省|州|市|县|地区|国家)")
#: Last words of a body's name, which a list of places may hold (奥库斯联盟, 北约组织): a body's, a team's, any
#: association's (会) and an army's (军).
_BODY_WORDS = BODY_ENDS + TEAM_HEADS + ("会", "军")


#: What separates the items of a list (越南、菲律宾、马来西亚及文莱).
_LIST_SEPARATORS = ("、", "以及", "及", "和", "与", "或")
#: A separator and the part of a country the next item lies in (布吉、芭堤雅及|北部|清迈, "and Chiang Mai in the north").
_SEPARATOR_AND_REGION = re.compile(f"(?:{'|'.join(_LIST_SEPARATORS)})(?:[东西][南北]|[东南西北中])部")
#: What may end the last item of a list: punctuation, 等 "and others", or an adverb of the predicate (文莱|均, 都).
_LIST_ENDS = set("、，。；：！？（(“”「」等均都也皆亦")
#: Directions after a noun and adverbs before a verb, which end a phrase and no name (决赛中 "in the final",
#: 威胁下 "under threat", 叙方|正在 "the Syrian side is …").
_PHRASE_ENDS = set("中下上内外后前里间正")
#: Characters an item of a list of places has, at least and at most.
_ITEM_LENGTHS = (2, 4)


def places_in_lists(doc: Document, norm: str, candidates: list[Candidate], taken: SortedSpans) -> list[Candidate]:
    """Items of a list beside a place found that were found as nothing (越南、菲律宾、马来西亚及|汶莱|均, 柏礁、|毕生礁|与南威岛):
    a list names things of one kind, so a short item no dictionary knows as a word, whole, between a separator and
    the next separator or the list's end, is a place too; and so is a name of jieba's dictionary that "and other"
    and a kind of place follow (科希策|等城市).  Items the finder or the glossary found stay as they are."""
    found = [(c.start, c.end) for c in candidates] + taken.spans
    spans = SortedSpans(found)
    lex = lexicon()
    added = []
    for paragraph in doc.paragraphs():
        words = None
        for s, e in spans.overlapping(paragraph.start, paragraph.end):
            for start, end in _counted_items(norm, e, paragraph.end, lex):
                if not spans.overlapping(start, end):
                    added.append(Candidate(doc.text[start:end], start, end))  # 萨尔塔、|胡胡伊|和|卡塔马卡|三省
                    spans.add(start, end)
            if not (is_place(form := norm[s:e]) or (len(form) >= 3 and form[-1] in PLACE_ENDS + "礁")
                    or form.endswith(FEATURE_HEADS)):
                continue  # 南威岛, 马辛洛克浅滩: a place by its head too
            words = words or paragraph_words(norm, paragraph.start, paragraph.end)
            for pos, outward, limit in ((e, 1, paragraph.end), (s, -1, paragraph.start)):  # the item after, before
                if not (sep := _separator(norm, words, pos, outward)):
                    continue
                near = pos + outward * sep
                if (far := _item_edge(norm, words, near, limit, outward)) is None:
                    continue
                start, end = sorted((near, far))
                if _unknown_item(norm[start:end], lex) and not spans.overlapping(start, end):
                    added.append(Candidate(doc.text[start:end], start, end))
                    spans.add(start, end)
        for m in _BEFORE_ITS_KIND.finditer(norm, paragraph.start, paragraph.end):
            words = words or paragraph_words(norm, paragraph.start, paragraph.end)
            start, end = m.span("place")
            if (start, end) in words.overlapping(start, end) and jieba_tag(m["place"]) in NAME_TAGS and (
                    m["place"] not in lex.words) and not spans.overlapping(start, end):
                added.append(Candidate(doc.text[start:end], start, end))  # 在|俄斯特拉发|等工业城市
                spans.add(start, end)
    return added


#: A name of jieba's dictionary that "and other" and a kind of place follow (在|俄斯特拉发|等工业城市, 科希策|等城市):
#: the first of the places of that kind the clause means, at its clause's start or after 在.
_BEFORE_ITS_KIND = re.compile(r"(?:^|(?<=[在于到赴、，。；：\n]))(?P<place>(?![在于到赴])[\u4e00-\u9fff]{2,6}?)等"
                              r"(?:[\u4e00-\u9fff]{0,2})(?:城市|城镇|地区|省份|港口|州|国)")


def _separator(norm: str, words: SortedSpans, pos: int, outward: int) -> int:
    """The length of the list's separator that begins at ``pos`` (``outward`` 1) or ends there (-1), a word of its
    own (及, not 和平 "peace"), else 0."""
    for sep in _LIST_SEPARATORS:
        s, e = (pos, pos + len(sep)) if outward > 0 else (pos - len(sep), pos)
        if s >= 0 and norm[s:e] == sep and (sep == "、" or (s, e) in words.overlapping(s, e)):
            return len(sep)
    return 0


def _edge(words: SortedSpans, pos: int) -> bool:
    """No word jieba cuts crosses ``pos``."""
    return not any(s < pos < e for s, e in words.overlapping(pos, pos + 1))


def _item_edge(norm: str, words: SortedSpans, pos: int, limit: int, outward: int) -> int | None:
    """Where an item that begins at ``pos`` ends (``outward`` 1), or that ends there begins (-1): the first separator,
    punctuation or end of the list two to four characters away, within ``limit`` and on a word's edge; else None."""
    low, high = _ITEM_LENGTHS
    for n in range(low, high + 1):
        edge = pos + outward * n
        if edge > limit if outward > 0 else edge < limit:
            return None
        beside = norm[edge] if outward > 0 and edge < len(norm) else norm[edge - 1] if edge > 0 else ""
        if edge == limit or beside in _LIST_ENDS or _separator(norm, words, edge, outward):
            return edge if _edge(words, pos) and _edge(words, edge) else None
    return None


#: The items after a name found, then their count and their kind (萨尔塔|、胡胡伊和卡塔马卡|三省): "the three
#: provinces" says how many places the list names, so each item is one.
_COUNTED_LIST = re.compile(r"((?:[、和及与][\u4e00-\u9fff]{2,5}?){1,5})([两二三四五六七])(?:个国家|国|省|州|市|岛|县|邦)")
#: The counts :data:`_COUNTED_LIST` reads.
_COUNTS = {c: n for n, c in enumerate("二三四五六七", 2)} | {"两": 2}


def _counted_items(norm: str, pos: int, limit: int, lex: Lexicon) -> list[tuple[int, int]]:
    """The items of a list that begins after a name ending at ``pos`` and that its count and kind end (萨尔塔、|胡胡伊|
    和|卡塔马卡|三省): each a place when the count is the items' number with the name's, and each item may be a
    place's name (:func:`_unknown_item`)."""
    m = _COUNTED_LIST.match(norm, pos, limit)
    if m is None:
        return []
    items = [(pos + i.start() + 1, pos + i.end()) for i in re.finditer("[、和及与][^、和及与]+", m.group(1))]
    if _COUNTS[m.group(2)] != len(items) + 1 or not all(_unknown_item(norm[s:e], lex) for s, e in items):
        return []
    return items


def _unknown_item(item: str, lex: Lexicon) -> bool:
    """An item that may be a place's name: Chinese characters, no function word or pronoun, not a number nor a
    phrase (决赛中, 叙方正), no ordinary word (爵士、|放克 "funk"), and no word of the dictionaries in it but a place's (not
    地方|社区, 他|团聚, 毕生 "lifetime"); a name the lexicon knows counts only as a place."""
    if not all_han(item) or set(item) & LEADING or item[0] in NUMERALS or item[-1] in _PHRASE_ENDS:
        return False
    known = lex.names.get(item)
    if known is not None:
        return known.type is NameType.PLACE
    return item not in lex.words and not any(e - s >= 2 and (item[s:e] in lex.words or jieba_tag(item[s:e]) not in NAME_TAGS)
                   for s, e in word_spans(item, 0))


#: Any region word, looked for in one pass over the text.
_REGION_WORD = re.compile("|".join(REGION_WORDS))
#: The most characters of a region's own name before its region word (克拉斯诺亚尔斯克|边疆区).
_REGION_NAME_CHARS = 8


def regions_by_their_word(doc: Document, norm: str, candidates: list[Candidate], taken: SortedSpans) -> list[Candidate]:
    """``candidates`` with each region named before a region word (阿雷基帕|大区, 胡|宁|大区, 伊卡|大区) found whole: the
    word says a region's name stands before it, however jieba cut that name or whatever its characters, back to the
    nearest edge (punctuation, a function word, a place or a direction word such as 南部); what the finder found
    inside it gives way."""
    found = list(_REGION_WORD.finditer(norm))
    if not found:
        return candidates  # most texts: no region word, nothing to read
    spans = SortedSpans([(c.start, c.end) for c in candidates] + taken.spans)
    paragraphs = SortedSpans((p.start, p.end) for p in doc.paragraphs())
    lex, added, covered = lexicon(), [], set()
    for m in found:
        if spans.overlapping(m.start(), m.end()):
            continue
        if not (paragraph := paragraphs.overlapping(m.start(), m.end())):
            continue  # outside every paragraph (a title the reader keeps apart)
        para_start, para_end = paragraph[0]
        words = paragraph_words(norm, para_start, para_end)
        start = _region_start(norm, words, m.start(), para_start, lex)
        if start is None:
            continue
        inside = spans.overlapping(start, m.start())
        if m.start() - start < 2 or any(s < start for s, _ in inside) or taken.overlapping(start, m.start()):
            continue  # too short, or a name found reaches out of it, or the glossary lists a name inside
        covered.update(inside)
        added.append(Candidate(doc.text[start:m.end()], start, m.end()))
    return [c for c in candidates if (c.start, c.end) not in covered] + added


def prefectures_by_their_governor(doc: Document, norm: str, candidates: list[Candidate],
                                  taken: SortedSpans) -> list[Candidate]:
    """``candidates`` with each Japanese prefecture before 知事 "governor" named whole with its word (冲绳县|知事,
    东京都|知事, 大分县|知事), as Japan writes it: jieba glues the word to the title (县知事) or cuts the name (东|京都),
    so the finder found the bare name (冲绳), a piece, or nothing.  The name is a candidate ending at the word, or
    a place the lexicon knows (东京, 大分县)."""
    found = list(_PREFECTURE_BEFORE_GOVERNOR.finditer(norm))
    if not found:
        return candidates  # most texts: no Japanese governor
    lex, ending = lexicon(), {c.end: c for c in candidates}
    spans = SortedSpans([(c.start, c.end) for c in candidates] + taken.spans)
    replaced, added = set(), []
    for m in found:
        word = m.start()
        if (c := ending.get(word)) is not None:
            start = c.start
        else:
            start = next((word - n for n in (4, 3, 2) if n <= word and (known_place(norm[word - n:word + 1], lex) or (
                known_place(norm[word - n:word], lex)))), None)
            if start is None or spans.overlapping(start, word + 1):
                continue
        replaced.add((start, word))
        added.append(Candidate(doc.text[start:word + 1], start, word + 1))
    return [c for c in candidates if (c.start, c.end) not in replaced] + added


#: A Japanese prefecture's word (都道府县) right before 知事 "governor".
_PREFECTURE_BEFORE_GOVERNOR = re.compile("[都道府县](?=知事)")


def _region_start(norm: str, words: SortedSpans, end: int, limit: int, lex: Lexicon) -> int | None:
    """Where the region's own name ending at ``end`` begins: back over the words before it to a clear edge (the
    paragraph's start, punctuation, a function word, a place, a direction such as 南部, or an ordinary word not
    spelt in name characters: 运营的|胡宁, 俄罗斯|克拉斯诺达尔, whose 克拉 "carat" is the name's), within
    :data:`_REGION_NAME_CHARS`; None when no such edge is near (外|贝加尔: 外 "outer" is the name's first)."""
    start = end
    for s, e in reversed(words.overlapping(max(limit, end - _REGION_NAME_CHARS - 1), end)):
        if e > start:
            continue
        word = norm[s:e]
        if not all_han(word) or set(word) & LEADING or known_place(word, lex) or (len(word) >= 2 and (
                jieba_tag(word) in ("f", "s") or word in lex.words and not all(map(lex.is_name_char, word)))):
            return start
        if end - s > _REGION_NAME_CHARS:
            return None
        start = s
    return start if start == limit else None


def events_of_one_place(norm: str, candidates: list[Candidate], shorts: list[Short]) -> list[Short]:
    """Festivals and fairs the text names after one place under its several renderings (康城影展, 戛纳国际电影节 and
    坎城影展, once the text says 康城 is rendered 戛纳 and 坎城): the same event, each press writing the city its own
    way and the event with its own word; each is a mention of the one the text names first."""
    long_of = {form_key(s.form): form_key(s.long) for s in shorts}
    first: dict[str, str] = {}
    found = []
    for c in sorted(candidates, key=lambda c: c.start):
        form = norm[c.start:c.end]
        if not form.endswith(EVENT_HEADS):
            continue  # most names: one test against every head at once, not one per head
        head = next((h for h in EVENT_HEADS if form.endswith(h) and len(form) > len(h) + 1), "")
        if not head:
            continue
        place = form_key(form[:-len(head)].removesuffix("国际"))
        key = long_of.get(place, place)
        if key in first and first[key] != form_key(form):
            found.append(Short(c.start, c.end, c.form, first[key]))
        first.setdefault(key, form_key(form))
    return found
