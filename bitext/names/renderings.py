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

from ..model import Document
from .context import BESIDE, NAME_PARTS, all_han
from .lexicon import Lexicon, lexicon
from .phonetic import similarity
from .short_forms import Short

#: What introduces another rendering of a name, and the name up to the punctuation after it.
_RENDERED = re.compile(r"(?P<verb>译作|译为|译成|称他为|称她为|称其为|写作)(?P<name>[\u3400-\u9fff·]{2,8})(?=[，。、；）)」』])")
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
#: How far back a sentence may begin, and the longest name looked for in it.
_REACH = 300
_LONGEST = 12


def rendered_spans(norm: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Names introduced as another rendering: no function word inside, not one ordinary word; after 写作,
    which also means "writing", only a run of name characters."""
    return [m.span("name") for m in _RENDERED.finditer(norm) if _is_rendering(m, lex)]


def _is_rendering(m: re.Match, lex: Lexicon) -> bool:
    name = m.group("name")
    if any(c in BESIDE for c in name) or name in lex.words:
        return False
    return m.group("verb") != "写作" or all(lex.is_name_char(c) or c == "·" for c in name)


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
    for m in _RENDERED.finditer(norm):
        mentions = by_form.get(m.group("name"), [m.span("name")])  # what the verb introduces is a name, found or not
        if mentions[0] != m.span("name") or not _is_rendering(m, lex):
            continue  # a name the text used before (写作鲁比奥 after 鲁比奥): no new rendering
        if (latin := _latin_before(norm, m)) is not None:  # the name rendered is the one in Latin letters
            shorts.append(Short(*latin, doc.text[latin[0]:latin[1]], doc.text[m.start("name"):m.end("name")]))
            continue
        referent = _referent(norm, m, by_form)
        if referent is None:
            continue
        long = doc.text[by_form[referent][0][0]:by_form[referent][0][1]]
        shorts += [Short(s, e, doc.text[s:e], long) for s, e in mentions if (s, e) not in listed]
    return shorts


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
    rendering, verb_start = m.group("name"), m.start("verb")
    if (obj := _OBJECT.search(norm, max(0, verb_start - 14), verb_start)) and obj.group("object") in by_form:
        return obj.group("object")  # 把博励治|译作
    sentence_start = _sentence_start(norm, verb_start)
    before = _sentence_start(norm, max(0, sentence_start - 1)) if sentence_start else 0
    window = norm[before:verb_start]
    named = {window[i:i + n] for n in range(2, _LONGEST + 1) for i in range(len(window) - n + 1)} & by_form.keys()
    scored = sorted(((_sound(rendering, form), form) for form in named
                     if form != rendering and not _press(form) and all_han(form.replace("·", ""))), reverse=True)
    if not scored or scored[0][0] < NEAREST_SOUND or (len(scored) > 1 and scored[0][0] - scored[1][0] < MARGIN):
        return None
    return scored[0][1]


def _sentence_start(norm: str, pos: int) -> int:
    ends = [e.end() for e in _SENTENCE_END.finditer(norm, max(0, pos - _REACH), pos)]
    return ends[-1] if ends else max(0, pos - _REACH)


def _press(form: str) -> bool:
    return form.endswith(_PRESS_ENDS)


def _sound(rendering: str, name: str) -> float:
    """How alike a rendering sounds to a name: to the whole, or to its last part (his surname: 恰斯科夫斯基 of
    佐萨斯科斯基; 阿莫林 of 鲁宾艾摩廉, written without the dot)."""
    parts = [p for p in NAME_PARTS.split(name) if p]
    tails = {parts[-1], name[-len(rendering):]} if len(name) > len(rendering) else set()
    return max([similarity(rendering, name)] + [similarity(rendering, tail) for tail in tails])
