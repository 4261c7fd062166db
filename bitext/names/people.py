"""People named in full and then by one part of the name, as news writes them.

News introduces a person once in full, often with an English gloss, and then
by the surname alone (亚历山大·杜金 … 杜金说; Hong Kong's 哈利卡尼 (Harry Kane)
… 卡尼; Japan's 安倍晋三 … 安倍), by another region's spelling (梅利/穆雷, 卡斯楚/
卡蕬楚) or by a chosen Chinese name (温彼得 of 彼得·温宁克).  The finder must see
the whole name and then find the other forms wherever they stand whole;
:mod:`.grouping` links them.  These rules run over the finder's candidates
(:func:`full_names_and_surnames`, called from :func:`bitext.names.find_names`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict

from ..glossary import form_key
from ..model import Document, NameType
from .context import (BODY_HEADS, DOT_RUN, FEATURE_HEADS, HYPHENS, JOINERS, KIN_AFTER_NAME, KIN_BEFORE_NAME, KIN_OF_HIS, KIN_OF_HIS_BEFORE_OFFICE,
                      LENIENT, SITE_HEADS, STRUCTURE_HEADS, TITLE, VENUE_HEADS, all_han, name_parts, ordinary_word, patronymic)
from .dotted import LONGEST_PART, given_name_start
from .extents import PARTY_HEADS, with_party_opener
from .finder import found_again
from .lexicon import Lexicon, lexicon
from .listed import word_spans
from .phonetic import readings, similar
from .spans import Candidate, SortedSpans, disjoint

#: How many characters before a middot may hold the given name it joins (亚历山大, 克里斯托弗).
_GIVEN_NAME_CHARS = 5


def given_name_before_dot(norm: str, start: int, taken: SortedSpans, lex: Lexicon) -> int:
    """Where a name that a middot precedes, or holds, really begins: the words before the dot are its given name
    (亚历山大·杜金), as a middot joins the parts of one foreign name and no name begins right after one.  They are
    the words :mod:`.dotted`'s walk takes; else, right before the dot, the one word the lexicon knows as a person
    or whose characters are all at home in transliterations; else ``start`` stands."""
    dot = start - 1 if start and norm[start - 1] in JOINERS else next(
        (i for i in range(start, min(len(norm), start + LONGEST_PART)) if norm[i] in JOINERS), -1)
    if dot < 1:
        return start
    reach = max(0, dot - 2 * LONGEST_PART)
    walked = given_name_start(norm, SortedSpans(word_spans(norm[reach:dot], reach)), dot, reach, lex)
    if reach < walked < start and not taken.overlapping(walked, start):
        return walked  # 之女|卡蜜儿·维拉尔 (Camille Villar), 高|塔姆·阿达尼: a given name that holds a character rare in names
    if dot >= start:
        return start
    window = max(0, dot - _GIVEN_NAME_CHARS)
    words = word_spans(norm[window:dot], window)
    if not words:
        return start
    s, e = words[-1]
    given = norm[s:e]
    known = lex.names.get(given)
    if len(given) < 2 or not all_han(given) or taken.overlapping(s, e) or not (
            (known is not None and known.type is NameType.PERSON) or all(lex.odds(c) > LENIENT for c in given)):
        return start
    return s


def _english_first(english: str) -> str:
    """The first five letters of an English word, lower case (Frank ~ Franks, Harry ~ Harry)."""
    return re.sub(r"[^a-z]", "", english.lower())[:5]


def family_name_first(form: str) -> str:
    """The family name of a person's full name in East Asian order that the lexicon does not know (桥本英二, 小泉进次郎):
    its first two characters when the lexicon knows them as a family name alone (one English word: Hashimoto) and
    the given name after them is no word, no name and not all transliteration (not 安德|烈斯); else ""."""
    lex = lexicon()
    known, given = lex.names.get(form[:2]), form[2:]
    if not 1 <= len(given) <= 3 or known is None or known.type is not NameType.PERSON or " " in known.english or (
            given in lex.words or given in lex.names or all(map(lex.is_name_char, given))):
        return ""
    return form[:2]


def undotted_surname(form: str, gloss: str, lex: Lexicon) -> str:
    """The surname of a full name written without a dot (Hong Kong's 哈利卡尼, 迪格兰赖斯, 汤马士法兰克) and glossed by
    its English (Harry Kane): the end after a given name the lexicon reads as the gloss's first word (哈利
    Harry), or the end the lexicon reads as the gloss's last word (赖斯 Rice, 法兰克 Franks for Frank); "" when
    neither says where the given name ends.  Not where the end alone is read and the rest has two characters weak
    in names (团结为|智利, Unidad por Chile: a coalition named with its country, no given name)."""
    words = gloss.split()
    if len(words) < 2 or len(form) < 4 or not all_han(form):
        return ""
    first, last = _english_first(words[0]), _english_first(words[-1])
    for cut in range(2, len(form) - 1):
        given, surname = lex.names.get(form[:cut]), lex.names.get(form[cut:])
        if (given is not None and _english_first(given.english.split()[0]) == first) or (
                surname is not None and _english_first(surname.english.split()[-1]) == last and (
                    may_be_given_name(form[:cut], lex))):
            return form[cut:]
    return ""


def may_be_given_name(part: str, lex: Lexicon) -> bool:
    """``part``, before a surname, may be a transliterated given name: at most one of its characters is weak in names
    (Hong Kong's 里安纳度 and 基斯杜化 have one), not ordinary words (团结为 of 团结为智利, Unidad por Chile, has two)."""
    return sum(lex.odds(c) <= LENIENT for c in part) < 2


def surname_lengths(form: str, gloss: str) -> range:
    """How many characters the surname of a glossed full name written without a dot may have, when the lexicon
    cannot say (基斯杜化路兰 Christopher Nolan): its share of the gloss's letters, give or take one, leaving a given
    name of two characters or more; empty for a gloss of one word."""
    words = [re.sub(r"[^a-z]", "", w.lower()) for w in gloss.split()]
    if len(words) < 2 or not words[-1] or len(form) < 4 or not all_han(form):
        return range(0)
    share = round(len(form) * len(words[-1]) / sum(map(len, words)))
    return range(max(2, share - 1), min(len(form) - 2, share + 1) + 1)


def east_asian_family_name(form: str, gloss: str, lex: Lexicon) -> str:
    """The family name of a Japanese full name glossed in English (山上彻也 (Tetsuya Yamagami) → 山上), or whose
    first two characters CC-CEDICT gives as a family name (木村拓哉 → 木村, unglossed): four characters written in
    the native order, family name first, two and two, and no transliteration (at most two characters at home in
    foreign names, the given half no word of its own), no place or body the lexicon knows; "" otherwise."""
    known = lex.names.get(form)
    if len(form) != 4 or (len(gloss.split()) != 2 and form[:2] not in lex.surnames) or not all_han(form) or sum(
            map(lex.is_name_char, form)) > 2 or form[2:] in lex.words or (known is not None and known.type is not NameType.PERSON):
        return ""
    return form[:2]


def surname_by_english(form: str, english: str, lex: Lexicon) -> str:
    """The surname of a full name written without a dot, by its English (the text's gloss or the lexicon's):
    :func:`undotted_surname`, else :func:`east_asian_family_name`; "" when neither finds one."""
    return undotted_surname(form, english, lex) or east_asian_family_name(form, english, lex)


def _english(c: Candidate, form: str, lex: Lexicon) -> str:
    """A candidate's gloss, else the lexicon's English when it names a person."""
    known = lex.names.get(form)
    return c.gloss or (known.english if known is not None and known.type is NameType.PERSON else "")


def lexicon_partners(forms: set[str], lex: Lexicon) -> set[str]:
    """The lexicon's other spellings of the people among ``forms`` (Simplified), those with the same English
    (梅利 Andy Murray → 穆雷, 莫瑞; 米雷伊 → 米莱): compiled wire reports mix the regions' spellings of one person,
    and once the text names him each spelling is a name wherever it stands whole."""
    found = set()
    for form in forms:
        name = lex.names.get(form)
        if name is not None and name.type is NameType.PERSON and name.foreign and name.key:
            found |= {other for other in lex.pairs.get(name.key, ()) if other != form
                      and (partner := lex.names.get(other)) is not None and partner.english == name.english}
    return found


#: A foreigner's chosen Chinese name, introduced as such (以中文名温彼得为人熟知): two or three
#: characters, the Chinese way, up to a function word or punctuation.
_CHOSEN = re.compile(r"(?:中文名字?|汉名|华文名)(?:为|是|叫|叫做)?(?P<name>[\u3400-\u9fff]{2,3}?)(?=[为是在而也的，。、；）)」』\s]|$)")


def chosen_names(doc: Document, norm: str, taken: SortedSpans) -> list[Candidate]:
    """The chosen Chinese names the text introduces (:data:`_CHOSEN`): names whole, though their characters are
    Chinese ones (温彼得, whose 彼得 alone would be a fragment of 彼得·温宁克)."""
    spans = [m.span("name") for m in _CHOSEN.finditer(norm)]
    return [Candidate(doc.text[s:e], s, e) for s, e in spans if not taken.overlapping(s, e)]


def chosen_name(full: str) -> str:
    """The chosen Chinese name of the person named ``full`` in the common way, else "": the first character of the
    surname, then the given name (温彼得 of 彼得·温宁克 Peter Wennink)."""
    parts = name_parts(full)
    return parts[1][:1] + parts[0] if len(parts) == 2 and len(parts[0]) >= 2 else ""


#: Lengths of the names whose homophone spellings are looked for (:func:`homophone_spellings`).
_HOMOPHONE_LENGTHS = range(2, 5)
#: How alike a spelling must sound to a glossed dotted surname, one character changed, to be its (古凯什 of 古克什).
_NEAR_SOUND = 0.9


def homophone_spellings(norm: str, forms: set[str], lex: Lexicon, near: frozenset[str] = frozenset()) -> set[str]:
    """Spellings in ``norm`` of the people among ``forms`` that write one character after the first with another of
    the same sound (赖莎/赖沙 Raisa, 卡斯楚/卡蕬楚 Castro, 顾绮慧/顾绮惠), or of a ``near`` sound for the surnames of
    glossed dotted names, transliterations for sure (古克什/古凯什 Gukesh): Taiwan, Hong Kong and the mainland pick
    different characters for one syllable, and reports mix them.  Only names the lexicon does not know as a
    place or an organisation; one pass over each distinct line of the text (a long text repeats its lines), from the
    characters those names begin with."""
    skeletons: dict[tuple[int, int, str], list[str]] = defaultdict(list)  # every name of a skeleton, not the last
    for form in forms:  # one the set's order happens to give (马可仕 and 马可思 share 马可_)
        known = lex.names.get(form)
        if len(form) in _HOMOPHONE_LENGTHS and all_han(form) and form not in lex.words and (
                known is None or known.type is NameType.PERSON):
            for i in range(1, len(form)):
                skeletons[(len(form), i, form[:i] + form[i + 1:])].append(form)
    if not skeletons:
        return set()
    lengths: dict[str, set[int]] = defaultdict(set)  # the lengths of the names by their first character
    for (length, _, skeleton) in skeletons:
        lengths[skeleton[0]].add(length)
    firsts = re.compile("[" + re.escape("".join(lengths)) + "]")
    found = set()
    tried = set(forms)  # a spelling is tried once, however often the text writes it
    for line in dict.fromkeys(norm.splitlines()):  # a spelling is Han, within one line: each distinct line once
        for m in firsts.finditer(line):
            p = m.start()
            for n in lengths[line[p]]:  # a spelling is as long as the name it spells, which it begins as
                spelling = line[p:p + n]
                if len(spelling) < n or spelling in tried:
                    continue
                tried.add(spelling)
                for i in range(1, n):
                    names = skeletons.get((n, i, spelling[:i] + spelling[i + 1:]), ())
                    if names and all_han(spelling) and spelling not in lex.words and spelling not in lex.names and any(
                            readings(spelling[i]) == readings(form[i]) or form in near and lex.is_name_char(spelling[i])
                            and similar(spelling, form, _NEAR_SOUND) for form in names):
                        found.add(spelling)
    return found


def first_homophones(norm: str, surnames: set[str], lex: Lexicon) -> set[str]:
    """Spellings in ``norm`` of the ``surnames`` (of dotted full names the text glosses) with another first character
    of the same sound (藍格 of 伯恩哈德·蘭格, Bernhard Langer): :func:`homophone_spellings` keeps the first character,
    which a bare mention may change too.  One pass over the text, at every place the rest of a surname stands."""
    rests: dict[str, list[str]] = defaultdict(list)
    for last in surnames:
        if 2 <= len(last) <= 4 and all_han(last):
            rests[last[1:]].append(last)
    if not rests:
        return set()
    found = set()
    for m in re.finditer("(?=(" + "|".join(map(re.escape, sorted(rests, key=len, reverse=True))) + "))", norm):
        rest, p = m.group(1), m.start()
        spelling = norm[p - 1:p] + rest
        if p and spelling not in surnames and all_han(spelling) and spelling not in lex.words and (
                spelling not in lex.names) and any(readings(spelling[0]) == readings(last[0]) for last in rests[rest]):
            found.add(spelling)
    return found


#: A monarch's or a pope's name: a transliteration, then the regnal number (哈拉尔五世, 腓力六世), not a century
#: (五世纪) nor 二世祖 (a rich man's son).
_REGNAL_NAME = re.compile(r"(?P<name>[\u3400-\u9fff]{2,5}?)(?P<number>[一二三四五六七八九十]{1,3}世)(?![纪祖])")


#: Titles after which a monarch's or a pope's name may be one character (教宗|良十三世, Leo XIII).
_ONE_CHARACTER_RULER = re.compile("(?:教宗|教皇)$")


def regnal_names(doc: Document, norm: str, taken: SortedSpans, lex: Lexicon) -> list[Candidate]:
    """Names with a regnal number after them outside the ``taken`` spans: a number of 世 follows only a monarch's
    name, so the transliteration before it is one whole, found however little context there is (国王哈拉尔五世与王后)."""
    found = []
    for m in _REGNAL_NAME.finditer(norm):
        start = m.end("name")
        while start > m.start("name") and lex.is_name_char(norm[start - 1]):
            start -= 1  # 国王|哈拉尔: the name is the run of name characters next to the number
        if titles := list(TITLE.finditer(norm, start, m.end("name"))):
            start = titles[-1].end()  # 国王|哈拉尔: a title before the name is no part of it
        pope = m.end("name") - start < 2 and bool(_ONE_CHARACTER_RULER.search(norm, max(0, m.end("name") - 3),
                                                                              m.end("name") - 1))
        if pope:
            start = m.end("name") - 1  # 教宗|良|十三世 (Leo XIII): a pope's name of one character after his title
        name = norm[start:m.end("name")]
        known = lex.names.get(name)
        if (len(name) >= 2 or pope) and not taken.overlapping(start, m.end()) and (
                known is None or known.type is NameType.PERSON):
            found.append(Candidate(doc.text[start:m.end()], start, m.end()))
    return found


#: The dots that join the parts of one foreign name (not the hyphens and dashes that also join two places).
_DOTS = "·•‧・･"


def dotted_full_names(doc: Document, norm: str, found: list[Candidate], taken: SortedSpans,
                      lex: Lexicon) -> list[Candidate]:
    """Full names written with a dot whose surname the text also names alone (帕维尔·杜罗夫仍在… 杜罗夫说):
    news introduces a person in full and then by the surname, so the surname found alone vouches for where the
    full name ends, though a character that may stand in names follows it (仍); the given name before the dot
    is taken as :func:`given_name_before_dot` takes it."""
    bare = sorted({form for c in found if len(form := norm[c.start:c.end]) >= 2 and all_han(form)}, key=len, reverse=True)
    if not bare:
        return []
    dotted = re.compile(f"[{_DOTS}](?:{'|'.join(map(re.escape, bare))})")
    names = SortedSpans([(c.start, c.end) for c in found])
    full = []
    for m in dotted.finditer(norm):
        surname_start, end = m.start() + 1, m.end()
        near = names.overlapping(max(0, m.start() - _GIVEN_NAME_CHARS - 1), end)
        if (end < len(norm) and lex.is_name_char(norm[end])) or taken.overlapping(m.start(), end) or any(
                s < surname_start and e >= end for s, e in near):
            continue  # a name goes on, or the full name was found whole
        cut_short = [(s, e) for s, e in near if s < surname_start and m.start() < e < end]
        spans = SortedSpans(taken.overlapping(max(0, m.start() - _GIVEN_NAME_CHARS - 1), m.start()) + [
            span for span in near if span not in cut_short])
        start = given_name_before_dot(norm, surname_start, spans, lex)  # 安德烈·科瓦|连科: the run cut at 连 is no name
        if start < surname_start:
            full.append(Candidate(doc.text[start:end], start, end))
    return full


#: Conjunctions between two people (麦汤米尼及卢卡古): 及 and 与 are common enough in transliterations to join the
#: run of name characters, though no foreign name holds them between two parts of two characters or more.
_CONJUNCTIONS = "及与和"


def split_at_conjunction(doc: Document, norm: str, found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """The names a run joined across a conjunction (麦汤米尼及卢卡古各入一球): two people, each of two characters
    or more and both transliterations, as news writes two names with 及, 和 or 与 between them; a name the lexicon
    knows whole (特立尼达和多巴哥) stays, as does one whose gloss holds its "and" (Marks & Spencer); a gloss without
    one is the second name's (阿斯利康及科普兰（Copland Works）).  A part that runs on past a name the text writes alone
    elsewhere (卢卡古|各) ends where that name does."""
    forms = {norm[c.start:c.end] for c in found}
    split = []
    for c in found:
        form = norm[c.start:c.end]
        cut = next((i for i, ch in enumerate(form) if ch in _CONJUNCTIONS and 2 <= i <= len(form) - 3), None)
        if cut is None or _GLOSSED_AND.search(c.gloss) or form in lex.names or not all_han(form) or any(
                j in form for j in JOINERS):
            split.append(c)
            continue
        second_end = c.end
        if form[cut + 1:-1] in forms:
            second_end -= 1  # 卢卡古|各, after 卢卡古 alone elsewhere
        if not all(map(lex.is_name_char, form[:cut] + norm[c.start + cut + 1:second_end])):
            split.append(c)  # 近铁大和西大寺站: 大和 (Yamato) inside a station's name, no two transliterations
            continue
        split += [Candidate(doc.text[c.start:c.start + cut], c.start, c.start + cut),
                  Candidate(doc.text[c.start + cut + 1:second_end], c.start + cut + 1, second_end, c.gloss)]
    return split


#: A conjunction in a gloss (Trinidad and Tobago, Marks & Spencer): the name it glosses holds its 和 or 及.
_GLOSSED_AND = re.compile(r"(?i)(?:\band\b|&|\bet\b|\by\b|\bund\b|\be\b)")


def without_country_title(doc: Document, norm: str, c: Candidate) -> Candidate:
    """A monarch's name without the title before it that a country's one-character short form and 王 or 后 make
    (史王|恩史瓦帝三世 "the Eswatini king", 泰王|…): Taiwan's press names a king so, after the country's short form
    with 国 (史国), and the title is no part of the name the regnal number ends."""
    form = norm[c.start:c.end]
    if len(form) > 5 and form[1] in "王后" and _REGNAL_NAME.fullmatch(form[2:]) and form[0] + "国" in norm:
        return Candidate(doc.text[c.start + 2:c.end], c.start + 2, c.end, c.gloss)
    return c


def full_names_and_surnames(doc: Document, norm: str, candidates: list[Candidate], taken: SortedSpans) -> list[Candidate]:
    """The finder's ``candidates`` with each glossed name a middot cuts short made whole (:func:`given_name_before_dot`),
    chosen Chinese names (:func:`chosen_names`) and monarchs' names (:func:`regnal_names`) added; then the surnames
    of full names written without a dot (:func:`surname_by_english`, :func:`surname_lengths`), the lexicon's other
    spellings of the people found (:func:`lexicon_partners`) and their homophone spellings
    (:func:`homophone_spellings`) found wherever they stand whole."""
    lex = lexicon()
    spans = SortedSpans([(c.start, c.end) for c in candidates] + taken.spans)
    whole = []
    for c in candidates:
        start = given_name_before_dot(norm, c.start, taken, lex) if c.gloss else c.start
        if start < c.start and not any(s < c.start for s, _ in spans.overlapping(start, c.start)):
            c = Candidate(doc.text[start:c.end], start, c.end, c.gloss)
        whole.append(c)
    whole = [with_party_opener(doc, norm, without_country_title(doc, norm, c), taken)
             for c in split_at_conjunction(doc, norm, whole, lex)]
    whole = disjoint(whole + chosen_names(doc, norm, taken))
    whole = disjoint(whole + regnal_names(doc, norm, SortedSpans(taken.spans + [(c.start, c.end) for c in whole]), lex))
    whole = disjoint(whole + dotted_full_names(doc, norm, whole, taken, lex))
    surnames, dotted = set(), set()  # the surnames of dotted full names the text glosses among them
    for c in {(norm[c.start:c.end], c.gloss): c for c in whole}.values():  # once per form and gloss, not per mention
        form = norm[c.start:c.end]
        if form.endswith(_NO_SURNAME_HEADS):
            continue  # 全力为加泰隆尼亚党 (Junts per Catalunya): a party, glossed in Catalan, has no surname, nor 印度航空,
            # nor a site or a feature (乌尤尼盐沼, Salar de Uyuni: 盐沼 "the salt flat" alone is a common noun)
        if not any(j in form for j in JOINERS):
            surnames.add(last := surname_by_english(form, _english(c, form, lex), lex))
            if not last and c.gloss and not any(ordinary_word(form[-n:], lex) for n in (2, 3)):
                surnames |= {form[-n:] for n in surname_lengths(form, c.gloss)}  # the text's bare mention decides where
                # the surname begins (路兰 of 基斯杜化路兰); not in a name that ends in an ordinary word (世界|实验室
                # World Labs): a body translated word for word, whose last characters (验室) are no one's surname
        elif c.gloss and (parts := name_parts(form)) and len(parts) > 1 and not patronymic(form):
            surnames.add(parts[-1])
            dotted.add(parts[-1])
        if not patronymic(form):
            surnames |= _parts_named_alone(form)
        if family := family_name_first(form_key(form)):
            surnames.add(family)  # 小泉 of 小泉进次郎 … 小泉随后祝贺, whatever follows it
    surnames = {last for last in surnames if last and not ordinary_word(last, lex)}  # not 田径 of 世界田径 (World Athletics)
    forms = {norm[c.start:c.end] for c in whole}
    glossed_surnames = frozenset(dotted & surnames)  # transliterations for sure: a near respelling is theirs too
    again = surnames | lexicon_partners(forms, lex) | homophone_spellings(
        norm, forms | glossed_surnames, lex, glossed_surnames) | first_homophones(norm, glossed_surnames, lex)
    return disjoint(whole + found_again(doc, norm, again, whole, taken, lex))


def _parts_named_alone(form: str) -> set[str]:
    """The parts of a dotted full name besides its last that news names the person by: a double surname a hyphen joins
    (奈图姆博·南迪-恩代特瓦 … 南迪-恩代特瓦强调) and the last two parts of a name of three (卡洛斯·维拉·诺瓦 …
    维拉·诺瓦解除, the Portuguese and Spanish surname of two words), and the middle one of three (亚历杭德罗·赫茨·马内罗 …
    赫茨将被提名: the father's surname, which Spanish names a person by); and a given name (比拉瓦尔·布托·扎尔达里 …
    比拉瓦尔的母亲, 费拉·库蒂 … 费拉), which South Asian and West African news names a person by."""
    parts = DOT_RUN.split(form)
    if len(parts) < 2 or not all(parts):
        return set()
    found = {parts[-1]} if any(h in parts[-1] for h in HYPHENS) and len(parts[-1]) >= 4 else set()
    if len(parts) >= 3:
        found.add(form[form.index(parts[-2], len(parts[0])):])
        if len(parts) == 3 and len(parts[1]) >= 2:
            found.add(parts[1])
    if len(parts[0]) >= 2:
        found.add(parts[0])
    return found


#: Heads of a name that has no surname: a party's, a body's, a site's, a feature's, a structure's or a venue's.
_NO_SURNAME_HEADS = PARTY_HEADS + BODY_HEADS + SITE_HEADS + FEATURE_HEADS + STRUCTURE_HEADS + VENUE_HEADS


#: Most characters back from a relative 其子 introduces to the person (a sentence or two of news).
_KIN_OF_HIS_REACH = 200
#: Most characters between a kinship word and the relative it introduces, over an apposition (马科斯之子、众议院多数党
#: 领袖|桑德罗·马科斯; 苏哈托的女儿、普拉博沃的前妻|蒂蒂耶克·苏哈托).
_KIN_REACH = 20
#: What ends the clause a kinship word introduces its relative in.
_CLAUSE_END = re.compile("[，。；：！？,;:!?]")


def kin_pairs(norm: str, candidates: list[Candidate]) -> frozenset[frozenset[str]]:
    """The form keys of each person named right before a kinship word and of the relative named after it
    (古莫的父亲|马利欧·古莫): two people, however alike their names, whom grouping keeps apart.  The relative
    stands right after the kinship word, or further on in its clause when an apposition stands between and the
    relative's name holds the person's (马科斯之子、众议院多数党领袖|桑德罗·马科斯)."""
    by_end = {c.end: c for c in candidates}
    ordered = sorted(candidates, key=lambda c: c.start)
    starts = [c.start for c in ordered]
    pairs = set()
    for c in candidates:
        kin = KIN_BEFORE_NAME.search(norm, max(0, c.start - 4), c.start)
        if kin is not None and (named := by_end.get(kin.start())) is not None:
            pairs.add(frozenset((form_key(named.form), form_key(c.form))))
        elif KIN_OF_HIS.search(norm, max(0, c.start - 4), c.start) and (named := _named_before(
                norm, ordered[:bisect_left(starts, c.start)], c)) is not None:
            pairs.add(frozenset((form_key(named.form), form_key(c.form))))
        elif (his := KIN_OF_HIS_BEFORE_OFFICE.search(norm, max(0, c.start - _KIN_REACH), c.start)) and (
                named := _named_before(norm, ordered[:bisect_left(starts, his.start())], c)) is not None:
            pairs.add(frozenset((form_key(named.form), form_key(c.form))))  # 其子、联邦众议员|爱德华多·博索纳罗
        if (after := KIN_AFTER_NAME.match(norm, c.end)) is None:
            continue
        clause = _CLAUSE_END.search(norm, after.end(), after.end() + _KIN_REACH)
        reach = clause.start() if clause else after.end() + _KIN_REACH
        key = form_key(c.form)
        relative = next((r for r in ordered[bisect_left(starts, after.end()):bisect_right(starts, reach)]
                         if (r.end <= reach if clause else r.start < reach) and key in form_key(r.form)
                         and form_key(r.form) != key), None)  # 达菲的妻子、福斯新闻（Fox News）主持人|瑞秋·坎波斯－达菲:
        # a relative who begins within reach, whatever the length of her name
        if relative is not None:
            pairs.add(frozenset((key, form_key(relative.form))))
    return frozenset(pairs)


def _named_before(norm: str, before: list[Candidate], relative: Candidate) -> Candidate | None:
    """The person whose relative a pronoun's kinship word introduces (佩特罗 … 。其子|尼古拉斯·佩特罗): the last name
    before it in its paragraph that the relative's name holds."""
    key = form_key(relative.form)
    for c in reversed(before):
        if relative.start - c.end > _KIN_OF_HIS_REACH or "\n" in norm[c.end:relative.start]:
            return None
        if (named := form_key(c.form)) in key and named != key:
            return c
    return None


def surnames_alone(candidates: list[Candidate], contexts: dict[str, set[NameType]]) -> set[str]:
    """The form keys of names found alone that are the surname of a full name the text gives (松科 of 奥斯曼·松科,
    帕兹 of 罗德里哥·帕兹), unless their context says a place: a person's, however alike they sound to a country
    (中国, 巴西)."""
    lasts = set()
    for c in candidates:
        if len(parts := name_parts(c.form)) > 1 and not patronymic(c.form) and NameType.PLACE not in contexts.get(
                form_key(c.form), ()):
            lasts.add(form_key(parts[-1]))
    return {key for c in candidates if (key := form_key(c.form)) in lasts and NameType.PLACE not in contexts.get(key, ())}


#: What follows a surname that names a family, not one of its people (华伦堡|家族, 卢克西奇|家族控股).
_FAMILY = "家族"


def family_mentions(norm: str, names: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Of the ``names`` found, the mentions of a full name's surname that the text writes only before 家族 ("the
    family": 由卢克西奇家族控股 beside 让-保罗·卢克西奇): the family, which is no mention of the person, so no short
    form of the full name."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for s, e in names:
        spans[norm[s:e]].append((s, e))
    surnames = {parts[-1] for form in spans if len(parts := name_parts(form)) > 1}
    return {span for form, at in spans.items() if form in surnames and all(
        norm.startswith(_FAMILY, e) for _, e in at) for span in at}
