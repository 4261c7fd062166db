"""Split paragraphs into sentences and sentences into typed tokens.

Tokens partition the paragraph exactly (whitespace included), so the text
of the tokens of a paragraph is the paragraph.  Han runs are cut into words
by jieba (rjieba, its Rust port) on the OpenCC-normalised Simplified text;
spans that must stay whole (glossary names) are cut out first.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache

from .model import LATIN_LETTERS, Document, ForeignSpan, Paragraph, Sentence, Token, TokenKind
from .script import to_simplified

_HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_LATIN = LATIN_LETTERS
_DIGIT = "0-9０-９"

_TOKEN = re.compile(
    rf"(?P<invalid>[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff])"
    rf"|(?P<han>[{_HAN}]+)"
    rf"|(?P<number>[{_DIGIT}]+(?:[.,．，][{_DIGIT}]+)*[%％‰]?)"
    rf"|(?P<latin>[{_LATIN}][{_LATIN}{_DIGIT}]*(?:['’\-][{_LATIN}{_DIGIT}]+)*)"
    rf"|(?P<space>[^\S\x0b\x0c\x1c-\x1f]+)"  # whitespace XML allows; \x0b \x0c \x1c-\x1f are invalid
    rf"|(?P<other>.)",
    re.DOTALL,
)

#: A sentence ends at a run of final punctuation, the closing quotes or
#: brackets after it, and the whitespace after those.  A half-width full stop
#: ends a sentence only after Chinese text or a digit and before a space,
#: Chinese text or the end (so 3.5, U.S. and Mr. Smith are left alone); a
#: full-width one not before Chinese text, where it joins the parts of a
#: foreign name as Taiwan's press writes them (卡琳娜．米雷).
_SENTENCE_END = re.compile(
    rf"(?:[。！？!?；;]+|…+|\.{{3,}}|(?<=[{_HAN}{_DIGIT}”」）)])(?:\.(?=\s|[{_HAN}“「]|$)|．(?=\s|[“「]|$)))"
    r"[”’」』）)】》〉\"'\]］]*\s*"
)

_FOREIGN_INNER = frozenset(" \t'’-.,:;&")


@lru_cache(maxsize=1)
def default_jieba():
    """The one jieba (rjieba) word segmenter, its dictionary with :func:`with_word_fixes`, shared by every module.

    rjieba builds a segmenter of its dictionary as it is imported (``rjieba.cut`` and the other functions are its
    methods), which nothing else uses: that one is taken, not a second built (0.15 s of CPU at every start)."""
    import rjieba

    built = getattr(rjieba.cut, "__self__", None)
    return with_word_fixes(built if isinstance(built, rjieba.Jieba) else rjieba.Jieba())


def with_word_fixes(jieba):
    """``jieba`` with the frequencies of words its dictionary undercounts, which made false words.

    两国 is listed with frequency 22 against 3483 for 国有, so 两国有 became 两|国有
    ("state-owned"); at 1000 the numeral phrase wins (两国|有) and 国有企业 stays whole.
    """
    for word, frequency, tag in (("两国", 1000, "n"),):
        jieba.add_word(word, frequency, tag)
    return jieba


#: The longest sentence the later stages get: a longer run without sentence-final punctuation
#: (a 5 MB line, a list glued together) is cut at a comma or a space, else at this length,
#: so the context model and the MT never see more than this many characters at once.
MAX_SENTENCE_CHARS = 1000
_SOFT_BREAK = re.compile(r"[，、,：:）)」”\s]")


def split_sentences(text: str, limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """Spans of the sentences of one paragraph; trailing whitespace stays with its sentence.

    No span is longer than ``limit`` characters (see :data:`MAX_SENTENCE_CHARS`).
    """
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.end() > start and text[start:match.start()].strip():
            spans.append((start, match.end()))
            start = match.end()
    if start < len(text):
        if spans and not text[start:].strip():
            spans[-1] = (spans[-1][0], len(text))
        else:
            spans.append((start, len(text)))
    if any(e - s > limit for s, e in spans):
        return [piece for s, e in spans for piece in _cut_long(text, s, e, limit)]
    return spans


def _cut_long(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """Cut [start, end) into pieces of at most ``limit``, after the last comma or space in each when there is one."""
    pieces = []
    while end - start > limit:
        cut = start + limit
        for match in _SOFT_BREAK.finditer(text, start + limit // 2, cut):
            cut = match.end()
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


#: Each kind by its name, the group of :data:`_TOKEN` that matched: looked up once per token of the text.
_KINDS = {kind.value: kind for kind in TokenKind}


def _kind(group: str, char: str) -> TokenKind:
    if group == "other":
        return TokenKind.PUNCT if unicodedata.category(char).startswith("P") else TokenKind.SYMBOL
    return _KINDS[group]


def tokenize(
    text: str,
    norm: str,
    offset: int = 0,
    keep_whole: Sequence[tuple[int, int]] = (),
    jieba=None,
) -> list[Token]:
    """Tokens of ``text`` (which starts at ``offset`` in the document).

    ``norm`` is the Simplified form of ``text`` (same length).  ``keep_whole``
    lists document spans, sorted and disjoint, whose Han characters must not
    be split (names); each Han run inside one becomes a single word.  Pass
    only the spans that meet ``text`` (:func:`spans_within`): the list is
    scanned once per call.
    """
    cut = (jieba or default_jieba()).cut
    starts = [s for s, _ in keep_whole]
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        group = match.lastgroup
        s, e = match.span()
        if group != "han":
            tokens.append(Token(offset + s, offset + e, match.group(), _kind(group, match.group()), norm[s:e]))
            continue
        for ws, we in _han_pieces(offset + s, offset + e, keep_whole, starts) if keep_whole else ((offset + s, offset + e),):
            piece = norm[ws - offset:we - offset]
            i = bisect_right(starts, ws) - 1
            words = [piece] if i >= 0 and keep_whole[i][1] >= we else cut(piece)
            pos = ws
            for word in words:
                tokens.append(Token(pos, pos + len(word), text[pos - offset:pos - offset + len(word)], TokenKind.HAN, word))
                pos += len(word)
    return tokens


def spans_within(spans: Sequence[tuple[int, int]], starts: Sequence[int], start: int, end: int) -> Sequence[tuple[int, int]]:
    """The spans (sorted, disjoint; ``starts`` their starts) that overlap [start, end), found by bisection."""
    first = max(bisect_right(starts, start) - 1, 0)
    if first < len(spans) and spans[first][1] <= start:
        first += 1
    return spans[first:bisect_left(starts, end, first)]


def _han_pieces(start: int, end: int, spans: Sequence[tuple[int, int]], starts: list[int]) -> list[tuple[int, int]]:
    """Cut the Han run [start, end) at every boundary of a keep-whole span inside it."""
    cuts = {start, end}
    i = max(bisect_right(starts, start) - 1, 0)
    while i < len(spans) and spans[i][0] < end:
        cuts.update(b for b in spans[i] if start < b < end)
        i += 1
    points = sorted(cuts)
    return list(zip(points, points[1:]))


def foreign_spans(tokens: Sequence[Token]) -> list[ForeignSpan]:
    """Runs of Latin words (with spaces, digits and light punctuation between) marked as English."""
    spans = []
    i = 0
    while i < len(tokens):
        if tokens[i].kind is not TokenKind.LATIN:
            i += 1
            continue
        last = i
        j = i + 1
        while j < len(tokens) and (
            tokens[j].kind in (TokenKind.LATIN, TokenKind.NUMBER, TokenKind.SPACE)
            or (tokens[j].kind is TokenKind.PUNCT and tokens[j].text in _FOREIGN_INNER)
        ):
            if tokens[j].kind in (TokenKind.LATIN, TokenKind.NUMBER):
                last = j
            j += 1
        spans.append(ForeignSpan(i, last + 1, lang="en"))
        i = last + 1
    return spans


def segment_sentences(
    doc: Document,
    paragraph: Paragraph,
    spans: Sequence[tuple[int, int]],
    norm: str,
    keep_whole: Sequence[tuple[int, int]] = (),
    jieba=None,
    first_number: int = 1,
    memo: SentenceMemo | None = None,
) -> list[Sentence]:
    """The sentences at ``spans`` (document offsets) of ``paragraph``, tokenised, numbered from ``first_number``.

    ``norm`` is the Simplified form of the whole document text; ``keep_whole``
    the sorted, disjoint spans that must stay whole; ``memo`` the sentences of
    the text cut before (none: this paragraph's only).
    """
    starts = [s for s, _ in keep_whole]
    memo = SentenceMemo() if memo is None else memo
    sentences = []
    for n, (start, end) in enumerate(spans, first_number):
        tokens, foreign = memo.tokens(doc.text[start:end], norm[start:end], start,
                                      spans_within(keep_whole, starts, start, end), jieba)
        sentences.append(Sentence(start, end, tokens, id=f"{paragraph.id}-s{n}", foreign=foreign))
    return sentences


class SentenceMemo:
    """The tokens of the sentences of one text met before, by the sentence and the names kept whole in it: a long
    text repeats sentences (datelines, credit lines, an article quoted again), which are cut once.  At most
    :data:`MEMO_SENTENCES` are kept, so that a text annotated chunk by chunk stays in bounded memory."""

    def __init__(self) -> None:
        self.known: dict[tuple, tuple[list[tuple[int, int, str, TokenKind, str]], list[tuple[int, int, str]]]] = {}

    def tokens(self, text: str, norm: str, offset: int, keep_whole: Sequence[tuple[int, int]],
               jieba=None) -> tuple[list[Token], list[ForeignSpan]]:
        """:func:`tokenize` and :func:`foreign_spans` of one sentence, new objects each time (later stages
        change them)."""
        key = (text, norm, tuple((s - offset, e - offset) for s, e in keep_whole))
        if (known := self.known.get(key)) is None:
            tokens = tokenize(text, norm, offset, keep_whole, jieba)
            foreign = foreign_spans(tokens)
            if len(self.known) >= MEMO_SENTENCES:
                self.known.clear()
            self.known[key] = ([(t.start - offset, t.end - offset, t.text, t.kind, t.norm) for t in tokens],
                               [(f.first, f.last, f.lang) for f in foreign])
            return tokens, foreign
        cut, foreign = known
        return ([Token(s + offset, e + offset, written, kind, simplified) for s, e, written, kind, simplified in cut],
                [ForeignSpan(first, last, lang=lang) for first, last, lang in foreign])


#: The most sentences a :class:`SentenceMemo` keeps: a few megabytes of tokens.
MEMO_SENTENCES = 20_000


def sentence_spans(doc: Document, paragraph: Paragraph) -> list[tuple[int, int]]:
    """Document offsets of the sentences of ``paragraph``."""
    return [(paragraph.start + s, paragraph.start + e) for s, e in split_sentences(doc.text[paragraph.start:paragraph.end])]


def segment_paragraph(
    doc: Document, paragraph: Paragraph, norm: str, keep_whole: Sequence[tuple[int, int]] = (), jieba=None
) -> None:
    """Fill ``paragraph.sentences``; ``norm`` is the Simplified form of the whole document text."""
    paragraph.sentences = segment_sentences(doc, paragraph, sentence_spans(doc, paragraph), norm, keep_whole, jieba)


def segment_document(
    doc: Document, norm: str | None = None, keep_whole: Sequence[tuple[int, int]] = (), jieba=None
) -> None:
    """Split every paragraph into sentences and tokens.

    ``norm`` is the Simplified form of ``doc.text`` (computed when not given).
    """
    if norm is None:
        norm = to_simplified(doc.text)
    spans = sorted(keep_whole)
    starts = [s for s, _ in spans]
    for paragraph in doc.paragraphs():
        segment_paragraph(doc, paragraph, norm, spans_within(spans, starts, paragraph.start, paragraph.end), jieba)
