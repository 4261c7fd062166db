"""Names the glossary lists, found in the text, and names of any kind turned into spans.

:func:`find_listed` looks every glossary form up in the Simplified text
(so Traditional input matches too), allowing or omitting the joiners of
transliterated names (弗拉基米尔·普京, 德米特里梅德韦杰夫), longest match
first, never across a word jieba keeps whole (俄罗斯 inside 白俄罗斯).
:func:`attach_names` turns the matches into :class:`~bitext.model.NameSpan`
on the tokens of a document segmented with the matches kept whole.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate
from dataclasses import dataclass

from ..glossary import NAME_JOINERS, Glossary, form_key
from ..model import Document, GlossaryEntry, NameSpan, NameType
from ..script import to_simplified, to_traditional
from ..segment import default_jieba
from .context import CLEAR, known_place
from .lexicon import lexicon
from .phonetic import similarity
from .spans import SortedSpans, beginnings

PREFERRED, SHORT, VARIANT = "preferred", "short", "variant"
_JOINERS = frozenset(NAME_JOINERS)


@dataclass(frozen=True)
class NameMatch:
    """One mention of a glossary entry in the text (offsets into ``Document.text``)."""

    start: int
    end: int
    entry: GlossaryEntry
    form: str  # as written in the text
    listed: str  # the glossary form it matched
    status: str  # preferred | short | variant
    preferred: str  # the accepted form a variant regularises to (the form itself otherwise)
    cert: str = ""  # "" listed form; "medium" probable variant of ``entry``; "low" unlisted, ``entry`` proposed
    similarity: float = 1.0  # for a probable variant: how much it sounds like ``listed``
    gloss: str = ""  # English the text gives for it in parentheses
    same_english: bool = False  # a probable variant because its English is the entry's (gloss or lexicon)

    @property
    def english(self) -> str:
        """The English for this mention: the full form for a full name, the short form for a short one."""
        return english_for(self.entry, self.preferred)


def english_for(entry: GlossaryEntry, accepted_form: str) -> str:
    if form_key(accepted_form) == form_key(entry.chinese) or not entry.short:
        return entry.english
    return entry.short


def form_status(entry: GlossaryEntry, listed: str) -> str:
    key = form_key(listed)
    if key == form_key(entry.chinese):
        return PREFERRED
    if key in {form_key(f) for f in entry.chinese_short}:
        return SHORT
    return VARIANT


def regularised_form(entry: GlossaryEntry, form: str) -> str:
    """The accepted form (preferred or short) a variant stands for: the one that sounds most like it."""
    accepted = (entry.chinese, *entry.chinese_short)
    return max(accepted, key=lambda a: (similarity(a, form), -abs(len(form_key(a)) - len(form_key(form)))))


@dataclass(frozen=True)
class _Matcher:
    firsts: re.Pattern  # the characters a listed form can start with
    listed: dict[str, tuple[GlossaryEntry, str]]  # form key → (entry, listed form)
    prefixes: frozenset[str]  # every beginning of a form key: a walk along the text stops where none goes on

    def longest_at(self, norm: str, pos: int, endpos: int) -> int:
        """Where the longest listed form written at ``pos`` ends (``pos`` if none), one joiner allowed
        between two of its characters (弗拉基米尔·普京 for 弗拉基米尔普京): a walk through the forms'
        beginnings, so that a glossary of ten thousand forms costs what one of ten does (an alternation
        of every form is tried form by form at each position)."""
        best, key, i = pos, "", pos
        while i < endpos:
            char = norm[i]
            if char in _JOINERS:
                if not key or i + 1 >= endpos or norm[i + 1] in _JOINERS:
                    break
                i += 1
                char = norm[i]
            key += char
            if key not in self.prefixes:
                break
            i += 1
            if key in self.listed:
                best = i
        return best


def _matcher(glossary: Glossary) -> _Matcher:
    listed: dict[str, tuple[GlossaryEntry, str]] = {}
    for entry in glossary.entries.values():
        for form in entry.forms:
            listed.setdefault(form_key(form), (entry, form))
    if not listed:
        return _Matcher(re.compile(r"(?!)"), listed, frozenset())
    firsts = re.compile("[" + re.escape("".join(sorted({k[0] for k in listed}))) + "]")
    return _Matcher(firsts, listed, beginnings(listed))


def word_spans(text: str, start: int, guess: bool = False) -> list[tuple[int, int]]:
    """Spans of the words jieba cuts ``text`` into (offset by ``start``).

    By default dictionary words only: jieba's guesses for unknown words (its
    HMM, ``guess=True``) glue a name to its neighbour (而托/卡耶夫) where the
    dictionary alone leaves 而/托/卡耶夫.
    """
    words = default_jieba().cut(text, guess)
    if any(len(word) >= 3 and word[0] in _CONJUNCTIONS or word[0] == _PARTICLE and len(word) == 2 for word in words):
        lengths = [n for word, following in zip(words, words[1:] + [""]) for n in (
            (1, len(word) - 1) if _glued_conjunction(word) or _glued_particle(word, following[:1]) else (len(word),))]
    else:
        lengths = map(len, words)
    edges = list(accumulate(lengths, initial=start))
    return list(zip(edges, edges[1:]))


#: Conjunctions jieba's dictionary glues to the start of a name (和|努尔).
_CONJUNCTIONS = frozenset("和与及")
#: The particle jieba's dictionary glues to a name's first character in a word of two (的哥 "cab driver" of
#: 的|哥多华, Córdoba).
_PARTICLE = "的"


def _glued_particle(word: str, after: str) -> bool:
    """``word`` is 的 and a character clearly a name's, and one such follows it (的哥|多华): the particle is a word of
    its own, and the name begins after it.  Not 的士|司机 (taxi driver), whose next character is no clear name's."""
    if len(word) != 2 or word[0] != _PARTICLE or not after:
        return False
    lex = lexicon()
    return word not in lex.names and lex.odds(word[1]) >= CLEAR and lex.odds(after) >= CLEAR


def _glued_conjunction(word: str) -> bool:
    """A word of jieba's dictionary that is "and" and the start of a transliteration (和|努尔, before 沙姆斯难民营):
    the conjunction is a word of its own, and the name begins after it.  Not 和田玉 or 与会者, whose characters after
    the first are not clearly a name's."""
    if len(word) < 3 or word[0] not in _CONJUNCTIONS:
        return False
    lex = lexicon()
    return word not in lex.words and word not in lex.names and all(lex.odds(c) >= CLEAR for c in word[1:])


#: What is known of the text whose names are being found (:func:`paragraph_words`, :func:`occurrences`): the
#: text, and each paragraph's span → its words, each string looked for → how often the text writes it, each
#: paragraph's text → where it was first cut.
_known: tuple[str | None, dict[tuple[int, int], SortedSpans], dict[str, int], dict[str, int]] = (None, {}, {}, {})


def _known_of(norm: str) -> tuple[str | None, dict[tuple[int, int], SortedSpans], dict[str, int], dict[str, int]]:
    global _known
    if _known[0] is not norm:
        _known = (norm, {}, {}, {})
    return _known


def paragraph_words(norm: str, start: int, end: int) -> SortedSpans:
    """:func:`word_spans` of the paragraph [start, end) of ``norm``, cut once per text: the glossary's matcher, the
    finder and the short forms each go over every paragraph (cutting them again was half of jieba's time on 1 MB of
    news), and a paragraph the text repeats is cut once.  Shared: never changed by a caller; :func:`forget_text`
    lets them go."""
    known = _known_of(norm)
    cut, by_text = known[1], known[3]
    if (start, end) not in cut:
        text = norm[start:end]
        if (first := by_text.get(text)) is None:
            cut[(start, end)] = SortedSpans(word_spans(text, start))
            by_text[text] = start
        else:
            cut[(start, end)] = SortedSpans([(s + start - first, e + start - first)
                                             for s, e in cut[(first, first + len(text))].spans])
    return cut[(start, end)]


def occurrences(norm: str, form: str) -> int:
    """``norm.count(form)``, counted once per form and text: a scan of the whole text, asked again at every
    mention of a place a nickname follows."""
    counts = _known_of(norm)[2]
    if form not in counts:
        counts[form] = norm.count(form)
    return counts[form]


def forget_text() -> None:
    """Let what is known of the last text go once its names are found (a long text's words are many megabytes)."""
    global _known
    _known = (None, {}, {}, {})


def _inside_longer_word(norm: str, words: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when one word holds the match and begins before it: 俄罗斯 in 白俄罗斯 (not in 俄罗斯政府), unless
    the word begins with a place, in which the listed name stands (jieba's 美国哈佛大学 is 美国|哈佛大学)."""
    i = bisect_right(words, (start, float("inf"))) - 1
    if i < 0 or not words[i][0] < start <= end <= words[i][1]:
        return False
    return not known_place(norm[words[i][0]:start], lexicon())


def find_listed(doc: Document, norm: str, glossary: Glossary) -> list[NameMatch]:
    """Glossary forms in ``doc`` (``norm`` is its Simplified text, same length), longest first."""
    matcher = _matcher(glossary)
    found: list[NameMatch] = []
    decided: dict[tuple[str, str], tuple[GlossaryEntry, str, str, str]] = {}
    spans_of: dict[str, list[tuple[int, int]]] = {}  # by a paragraph's text and the character after it: its matches
    for paragraph in doc.paragraphs():
        if (key := norm[paragraph.start:paragraph.end + 1]) not in spans_of:  # a paragraph the text repeats: once
            spans_of[key] = [(s - paragraph.start, e - paragraph.start) for s, e in _listed_in(norm, paragraph, matcher)]
        found += [_name_match(doc, norm, matcher, paragraph.start + s, paragraph.start + e, decided)
                  for s, e in spans_of[key]]
    return sorted(found, key=lambda m: m.start)


def _listed_in(norm: str, paragraph, matcher: _Matcher) -> list[tuple[int, int]]:
    """The spans of the glossary's forms in one paragraph, longest first, none inside a longer word."""
    candidates = []
    for first in matcher.firsts.finditer(norm, paragraph.start, paragraph.end):
        if (end := matcher.longest_at(norm, first.start(), paragraph.end)) > first.start():
            candidates.append((first.start(), end))
    if not candidates:
        return []
    words = paragraph_words(norm, paragraph.start, paragraph.end).spans
    taken = bytearray(paragraph.end - paragraph.start)
    found = []
    for start, end in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if any(taken[start - paragraph.start:end - paragraph.start]) or _inside_longer_word(norm, words, start, end) or (
                _feminine_after(norm, start, end, matcher)):
            continue
        taken[start - paragraph.start:end - paragraph.start] = b"\x01" * (end - start)
        found.append((start, end))
    return found


#: Endings of a Russian or Slavic woman's surname written after the man's (普京|娜 Putina, 纳扎尔巴耶|娃): she
#: is another person, whom the man's entry must not claim.
_FEMININE_AFTER = "娃娜娅"


def _feminine_after(norm: str, start: int, end: int, matcher: _Matcher) -> bool:
    """A listed person's surname that a feminine ending follows (普京娜): the woman's name, not his."""
    entry, _ = matcher.listed[form_key(norm[start:end])]
    return entry.type is NameType.PERSON and norm[end:end + 1] in _FEMININE_AFTER and norm[end - 1] not in _FEMININE_AFTER


def _name_match(doc: Document, norm: str, matcher: _Matcher, start: int, end: int,
                decided: dict[tuple[str, str], tuple[GlossaryEntry, str, str, str]]) -> NameMatch:
    """The match at [start, end); its entry, status and preferred form are worked out once per form as written
    (``decided``), not once per mention: a text names the same people again and again."""
    written = doc.text[start:end]
    if (key := (norm[start:end], written)) not in decided:
        entry, listed = matcher.listed[form_key(norm[start:end])]
        status = form_status(entry, listed)
        if status is VARIANT:
            preferred = regularised_form(entry, listed)
        elif to_simplified(written) != to_simplified(listed):
            status, preferred = VARIANT, listed  # the same form with other joiners: 德米特里梅德韦杰夫
        else:
            preferred = written
        if preferred != written and doc.script == "zh-Hant":
            preferred = to_traditional(preferred)
        decided[key] = (entry, listed, status, preferred)
    entry, listed, status, preferred = decided[key]
    return NameMatch(start, end, entry, written, listed, status, preferred)


def keep_whole_spans(matches: Iterable[NameMatch]) -> list[tuple[int, int]]:
    """The character spans segmentation must not split."""
    return [(m.start, m.end) for m in matches]


def attach_names(doc: Document, matches: list[NameMatch]) -> None:
    """Set ``Sentence.names`` from character matches and list the entries named in ``doc.entries``.

    Unlisted names bring their proposed entry (``GlossaryEntry.proposed``).
    """
    by_start = {m.start: m for m in matches}
    starts = sorted(by_start)
    for sentence in doc.sentences():
        sentence.names = []
        if not sentence.tokens or (after := bisect_left(starts, sentence.tokens[0].start)) == len(starts) or (
                starts[after] > sentence.tokens[-1].start):
            continue  # no name begins where a token of the sentence does (tokens are in text order)
        token_starts = [token.start for token in sentence.tokens]
        for start in starts[after:bisect_right(starts, token_starts[-1], after)]:  # the names begun in the sentence
            i = bisect_left(token_starts, start)  # the token it begins at, if any: not a walk over every token
            match = by_start[start]
            if token_starts[i] != start or match.end > sentence.end:
                continue
            last = i
            while last < len(sentence.tokens) and sentence.tokens[last].end <= match.end:
                last += 1
            if sentence.tokens[last - 1].end != match.end:
                continue  # segmentation did not keep the name whole; leave it untagged
            sentence.names.append(NameSpan(
                i, last, entry_id=match.entry.id, type=match.entry.type, form=match.form, preferred=match.preferred,
                cert=match.cert,
            ))
            doc.entries[match.entry.id] = match.entry
