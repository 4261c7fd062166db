"""Names found in a text as spans of it, and ordered sets of spans searched by bisection."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter


@dataclass(slots=True)  # tens of thousands made and read per long text
class Candidate:
    """A name in the text no glossary entry lists (offsets into ``Document.text``)."""

    form: str  # as written
    start: int
    end: int
    gloss: str = ""


class SortedSpans:
    """Disjoint spans in order; the ones overlapping a range are found by bisection."""

    __slots__ = ("spans", "starts")  # asked hundreds of thousands of times on a long text: no instance dict

    def __init__(self, spans):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans from the last one starting at or before ``start`` (if it ends after ``start``) to the last
        one starting before ``end``: every later span starts after ``start``, so it ends after it too, and the
        answer is one slice between two bisections."""
        starts, spans = self.starts, self.spans
        i = bisect_right(starts, start) - 1
        if i < 0 or spans[i][1] <= start:
            i += 1
        return spans[i:bisect_left(starts, end, i)]

    def starting_at(self, pos: int) -> tuple[int, int] | None:
        """The span that starts at ``pos``, else None: the next word when spans are a paragraph's words."""
        return next((span for span in self.overlapping(pos, pos + 1) if span[0] == pos), None)

    def holding(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that hold [start, end) and are longer."""
        return [(s, e) for s, e in self.overlapping(start, end) if s <= start and end <= e and (s, e) != (start, end)]

    def only_inside(self, start: int, end: int) -> bool:
        """Every span that overlaps [start, end) lies inside it and is shorter (or none overlaps)."""
        return all(start <= s and e <= end and (s, e) != (start, end) for s, e in self.overlapping(start, end))

    def add(self, start: int, end: int) -> None:
        """Put one more span in its place: a loop that finds spans one by one and must not find one twice adds
        each so, not by sorting them all again (a hundred places after places in 1 MB of news, each a sort of
        25,000 spans)."""
        i = bisect_left(self.spans, (start, end))
        self.spans.insert(i, (start, end))
        self.starts.insert(i, start)

    def mask(self, length: int) -> bytearray:
        """1 at each position of a text of ``length`` characters where ``overlapping(pos, pos + 1)`` finds a span:
        a loop over many positions reads a byte instead of bisecting.  Each position is the last span's that
        starts at or before it, as :meth:`overlapping` answers where spans nest."""
        held = bytearray(length)
        for (start, end), following in zip(self.spans, self.starts[1:] + [length]):
            if (stop := min(end, following)) > start:
                held[start:stop] = b"\x01" * (stop - start)
        return held

    def next_start(self, pos: int, default: int) -> int:
        """Where the first span that ends after ``pos`` starts (``default`` if none): the next one, by bisection."""
        i = max(bisect_right(self.starts, pos) - 1, 0)
        while i < len(self.spans) and self.spans[i][1] <= pos:
            i += 1
        return self.spans[i][0] if i < len(self.spans) else default


def beginnings(forms) -> frozenset[str]:
    """Every beginning of every form (卡, 卡泽, 卡泽诺, 卡泽诺娃): a walk along the text tries the forms written at
    a place character by character and stops where no form goes on, whatever the number of forms."""
    return frozenset(form[:n] for form in forms for n in range(1, len(form) + 1))


_START = attrgetter("start")


def disjoint(candidates: list[Candidate]) -> list[Candidate]:
    """Longest first, no overlaps; of two of one span, the one with a gloss (柯克（Charlie Kirk）, found again as
    艾莉卡·柯克's surname, keeps its English)."""
    if not candidates:
        return []
    ordered = sorted(candidates, key=_START)
    if all(a.start < a.end <= b.start for a, b in zip(ordered, ordered[1:])) and ordered[-1].start < ordered[-1].end:
        return ordered  # none overlaps another, as after most of the finder's steps: all are kept, in text order
    kept: list[Candidate] = []
    first = min(c.start for c in candidates)
    used = bytearray(max(c.end for c in candidates) - first)  # 1 where a kept candidate stands
    for c in sorted(candidates, key=lambda c: (c.start - c.end, c.start, not c.gloss)):
        if used.find(1, c.start - first, c.end - first) == -1:
            used[c.start - first:c.end - first] = b"\x01" * (c.end - c.start)
            kept.append(c)
    return sorted(kept, key=_START)


def outside_spans(start: int, end: int, spans: SortedSpans) -> list[tuple[int, int]]:
    pieces, pos = [], start
    for s, e in spans.overlapping(start, end):
        if s > pos:
            pieces.append((pos, s))
        pos = max(pos, e)
    if pos < end:
        pieces.append((pos, end))
    return pieces


def any_of(forms: Iterable[str]) -> re.Pattern:
    """A pattern that matches the longest of ``forms`` at each place, as a trie (阿(?:布扎比|富汗)?): the regular
    expression engine then follows the text's characters instead of trying each of thousands of forms in turn."""
    trie: dict = {}
    for form in filter(None, forms):
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}
    return re.compile(_branch(trie))


def _branch(node: dict) -> str:
    alternatives = [re.escape(char) + _branch(child) for char, child in sorted(node.items()) if char]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return f"(?:{body})?" if "" in node else body
