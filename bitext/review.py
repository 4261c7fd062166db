"""The glossary review: every place where the text, the glossary and the MT disagree.

Like Xbench or Okapi CheckMate, but aware of Chinese transliteration: forms
are compared by sound (:mod:`bitext.phonetic`), so 卡塞诺娃 is proposed as a
spelling of 卡泽诺娃 and never merged without a translator's say-so.

Conflict kinds, in report order:

``glossary_conflict``  one Chinese form with two English forms, or one id defined twice
``variant``            several listed forms of one entry in the same text (托卡耶夫 and 托加耶夫)
``probable_variant``   an unlisted name that sounds like an entry's form (卡塞诺娃 ~ 卡泽诺娃)
``unlisted_name``      names that look transliterated or are glossed in English but match no entry
``gloss_mismatch``     the text's own English in parentheses differs from the entry
``mt_term_missing``    the English of a name is missing from the MT of its sentence
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .glossary import NAME_JOINERS, Glossary, form_key
from .model import Document, GlossaryEntry
from .names import VARIANT, NameMatch, find_names, normalise_english, word_spans
from .phonetic import TRANSLITERATION_CHARS, similarity
from .script import to_simplified

KINDS = ("glossary_conflict", "variant", "probable_variant", "unlisted_name", "gloss_mismatch", "mt_term_missing")
#: Similarity of sound from which an unlisted name is proposed as a spelling of an entry.
PROBABLE = 0.8
#: Similarity of sound from which unlisted names are clustered together.
CLUSTER = 0.8
MIN_NAME_CHARS = 3
CONTEXT_CHARS = 12

#: English in parentheses right after Chinese text: 纳尔吉斯·卡泽诺娃(Nargis Kazenova).
_GLOSS = re.compile(r"[(（]\s*(?P<en>[A-Za-z][A-Za-z .'’\-]*[A-Za-z.])\s*[)）]")
_GLOSSED_CHARS = re.compile(r"[\u3400-\u9fff\uf900-\ufaff" + re.escape(NAME_JOINERS.replace(" ", "")) + "]")
#: How far before the parenthesis a glossed name may begin.
MAX_NAME_CHARS = 24


@dataclass
class Location:
    """Where a form occurs: a sentence of the text, or a line of a glossary file."""

    paragraph: str = ""
    sentence: str = ""
    offset: int = -1
    context: str = ""
    file: str = ""
    line: int = 0
    translation: str | None = None  # mt_term_missing: the MT of the sentence
    guards: tuple[str, ...] = ()  # mt_term_missing: MT guards that fired on it

    def as_dict(self) -> dict:
        if self.file:
            return {"file": self.file, "line": self.line}
        out = {"paragraph": self.paragraph, "sentence": self.sentence, "offset": self.offset, "context": self.context}
        if self.translation is not None:
            out["translation"] = self.translation
            out["guards"] = list(self.guards)
        return out

    def short(self) -> str:
        return f"{self.file}:{self.line}" if self.file else f"{self.sentence}@{self.offset}"


@dataclass
class Form:
    text: str
    locations: list[Location] = field(default_factory=list)
    status: str = ""  # for names of an entry: preferred | short | variant

    @property
    def count(self) -> int:
        return len(self.locations)

    def as_dict(self) -> dict:
        out = {"text": self.text, "count": self.count, "locations": [loc.as_dict() for loc in self.locations]}
        if self.status:
            out["status"] = self.status
        return out


@dataclass
class Conflict:
    kind: str
    entry: str | None
    english: str | None
    forms: list[Form]
    action: str
    details: dict = field(default_factory=dict)

    @property
    def id(self) -> str:
        """Stable within a report: kind, entry and first form."""
        return f"{self.kind}:{self.entry or '-'}:{self.forms[0].text if self.forms else '-'}"

    def as_dict(self) -> dict:
        return {
            "id": self.id, "kind": self.kind, "entry": self.entry, "english": self.english,
            "forms": [f.as_dict() for f in self.forms], "action": self.action, **self.details,
        }


class _Locator:
    """Offsets → paragraph and sentence ids, with a context snippet."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.sentences = [(s.start, s.end, p.id, s.id, s) for p in doc.paragraphs() for s in p.sentences]
        self.starts = [s[0] for s in self.sentences]

    def sentence(self, offset: int):
        i = bisect_right(self.starts, offset) - 1
        return self.sentences[i] if i >= 0 and offset < self.sentences[i][1] else None

    def __call__(self, start: int, end: int) -> Location:
        found = self.sentence(start)
        text = self.doc.text
        context = text[max(0, start - CONTEXT_CHARS):end + CONTEXT_CHARS].replace("\n", " ").strip()
        return Location(found[2] if found else "", found[3] if found else "", start, context)


def _forms(items: Iterable[tuple[str, Location, str]]) -> list[Form]:
    """Group (text, location, status) into forms, most frequent first."""
    forms: dict[str, Form] = {}
    for text, loc, status in items:
        forms.setdefault(text, Form(text, status=status)).locations.append(loc)
    return sorted(forms.values(), key=lambda f: (-f.count, f.text))


# -- conflicts of the glossary with itself ----------------------------------------


def glossary_conflicts(glossary: Glossary) -> list[Conflict]:
    conflicts = []
    by_id: dict[str, list] = {}
    by_form: dict[str, list] = {}
    for row in glossary.rows:
        by_id.setdefault(row.entry.id, []).append(row)
        for form in row.entry.forms:
            by_form.setdefault(form_key(form), []).append((form, row))
    for entry_id, rows in by_id.items():
        if len(rows) > 1:
            forms = _forms((f"{r.entry.english} / {r.entry.chinese}", Location(file=str(r.path), line=r.line), "")
                           for r in rows)
            conflicts.append(Conflict(
                "glossary_conflict", entry_id, rows[0].entry.english, forms,
                f"id {entry_id!r} is defined {len(rows)} times; keep one row (the first, "
                f"{rows[0].location}, is the one used)",
                {"reason": "duplicate_id"},
            ))
    for key, pairs in by_form.items():
        englishes = sorted({normalise_english(r.entry.english) for _, r in pairs})
        if len(englishes) < 2:
            continue
        forms = _forms((form, Location(file=str(r.path), line=r.line), "") for form, r in pairs)
        ids = sorted({r.entry.id for _, r in pairs})
        conflicts.append(Conflict(
            "glossary_conflict", ids[0], None, forms,
            f"{pairs[0][0]} is listed for {len(englishes)} English forms ({', '.join(r.entry.english for _, r in pairs)}); "
            "keep it in one entry",
            {"reason": "form_with_two_english", "entries": ids,
             "english_forms": sorted({r.entry.english for _, r in pairs})},
        ))
    return conflicts


# -- names of the text ------------------------------------------------------------


def variant_conflicts(matches: Sequence[NameMatch], locate: _Locator) -> list[Conflict]:
    by_entry: dict[str, list[NameMatch]] = {}
    for m in matches:
        by_entry.setdefault(m.entry.id, []).append(m)
    conflicts = []
    for entry_id, group in by_entry.items():
        variants = [m for m in group if m.status == VARIANT]
        if not variants:
            continue
        entry = group[0].entry
        forms = _forms((m.form, locate(m.start, m.end), m.status) for m in group)
        fixes = sorted({f"{m.form} → {m.preferred}" for m in variants})
        conflicts.append(Conflict(
            "variant", entry_id, entry.english, forms,
            f"write the preferred form ({'; '.join(fixes)}) or annotate with --regularize",
        ))
    return conflicts


@dataclass
class Candidate:
    """A name in the text that no entry lists."""

    form: str  # as written
    start: int
    end: int
    gloss: str = ""  # English the text gives for it in parentheses


class _SortedSpans:
    """Disjoint spans in order; the ones overlapping a range are found by bisection."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        i = max(bisect_right(self.starts, start) - 1, 0)
        found = []
        while i < len(self.spans) and self.spans[i][0] < end:
            if self.spans[i][1] > start:
                found.append(self.spans[i])
            i += 1
        return found


def transliteration_candidates(doc: Document, norm: str, matches: Sequence[NameMatch]) -> list[Candidate]:
    """Runs of transliteration characters outside glossary names (and not the given names of one)."""
    spans = _SortedSpans((m.start, m.end) for m in matches)
    found = []
    for paragraph in doc.paragraphs():
        text = norm[paragraph.start:paragraph.end]
        words = _SortedSpans(word_spans(text, paragraph.start))
        for run in _run_pattern().finditer(text):
            start, end = paragraph.start + run.start(), paragraph.start + run.end()
            for piece_start, piece_end in _outside(start, end, spans):
                piece_start, piece_end = _trim_to_words(words, piece_start, piece_end)
                while piece_start < piece_end and norm[piece_start] in NAME_JOINERS:
                    piece_start += 1
                while piece_end > piece_start and norm[piece_end - 1] in NAME_JOINERS:
                    piece_end -= 1
                joined = (piece_end < end and norm[piece_end] in NAME_JOINERS) or (
                    piece_start > start and norm[piece_start - 1] in NAME_JOINERS)
                han = sum(1 for c in norm[piece_start:piece_end] if c not in NAME_JOINERS)
                if (han >= MIN_NAME_CHARS and not joined and not _part_of_word(words, piece_start, piece_end)
                        and not _reduplicated(norm[piece_start:piece_end])):
                    found.append(Candidate(doc.text[piece_start:piece_end], piece_start, piece_end))
    return found


def _trim_to_words(words: _SortedSpans, start: int, end: int) -> tuple[int, int]:
    """Drop the ends of a piece that belong to words reaching outside it (很多东西 → 东西)."""
    for s, e in words.overlapping(start, end):
        if s < start < e:
            start = e
        if s < end < e:
            end = s
    return start, max(start, end)


def _reduplicated(text: str) -> bool:
    """Laughter and sound words (哈哈哈, 哈达哈达), not names: half the characters or fewer are distinct."""
    return len(set(text)) * 2 <= len(text)


def _part_of_word(words: _SortedSpans, start: int, end: int) -> bool:
    """True when one word jieba knows holds the piece and more: 万富翁 in 亿万富翁."""
    return any(s <= start and end <= e and (s, e) != (start, end) for s, e in words.overlapping(start, end))


@lru_cache(maxsize=1)
def _run_pattern() -> re.Pattern:
    chars = "".join(sorted(TRANSLITERATION_CHARS))
    joiners = re.escape(NAME_JOINERS.replace(" ", ""))
    return re.compile(f"[{chars}]+(?:[{joiners}][{chars}]+)*")


def _outside(start: int, end: int, spans: _SortedSpans) -> list[tuple[int, int]]:
    pieces, pos = [], start
    for s, e in spans.overlapping(start, end):
        if s > pos:
            pieces.append((pos, s))
        pos = max(pos, e)
    if pos < end:
        pieces.append((pos, end))
    return pieces


def glossed_names(doc: Document, norm: str) -> list[tuple[int, int, str, int, int]]:
    """(name start, name end, English, gloss start, gloss end) for each 名字(English) in the text.

    The name is the transliteration run that ends at the parenthesis, or else
    the last word jieba cuts before it (习近平(Xi Jinping)).
    """
    found = []
    for m in _GLOSS.finditer(doc.text):
        zh_end = m.start()
        while zh_end > 0 and doc.text[zh_end - 1].isspace():
            zh_end -= 1
        zh_start = zh_end
        while zh_start > max(0, zh_end - MAX_NAME_CHARS) and _GLOSSED_CHARS.match(norm, zh_start - 1):
            zh_start -= 1
        if zh_start == zh_end:
            continue
        run = None
        for r in _run_pattern().finditer(norm, zh_start, zh_end):
            if r.end() == zh_end:
                run = r.span()
        if run is None or run[1] - run[0] < 2:
            run = word_spans(norm[zh_start:zh_end], zh_start, guess=True)[-1]
        found.append((run[0], run[1], m.group("en"), m.start("en"), m.end("en")))
    return found


def gloss_conflicts(doc: Document, norm: str, matches: Sequence[NameMatch], locate: _Locator) -> tuple[list[Conflict], list[Candidate]]:
    """Glosses that differ from their entry, and glossed names no entry lists."""
    by_end = {m.end: m for m in matches}
    spans = _SortedSpans((m.start, m.end) for m in matches)
    mismatched: dict[str, list] = {}
    unlisted = []
    for start, end, english, en_start, en_end in glossed_names(doc, norm):
        match = by_end.get(end)
        if match is None or match.start > start:
            if not spans.overlapping(start, end):
                unlisted.append(Candidate(doc.text[start:end], start, end, english))
            continue
        accepted = {normalise_english(f) for f in (match.entry.english, match.entry.short) if f}
        if normalise_english(english) not in accepted:
            mismatched.setdefault(match.entry.id, []).append((match, english, en_start, en_end))
    conflicts = []
    for entry_id, items in mismatched.items():
        entry = items[0][0].entry
        forms = _forms((english, locate(s, e), "") for _, english, s, e in items)
        conflicts.append(Conflict(
            "gloss_mismatch", entry_id, entry.english, forms,
            f"the text glosses {items[0][0].form} as {items[0][1]!r}, the glossary says {entry.english!r}: "
            "correct the text, or the glossary if the text is right",
            {"chinese": sorted({m.form for m, *_ in items})},
        ))
    return conflicts, unlisted


def _best_entry(form: str, gloss: str, glossary: Glossary) -> tuple[GlossaryEntry | None, str, float, bool]:
    """The entry whose form sounds most like ``form``, or the entry whose English is its gloss.

    Returns (entry, its most similar form, similarity, whether the gloss is the entry's English).
    """
    best: tuple[GlossaryEntry | None, str, float, bool] = (None, "", 0.0, False)
    key = form_key(form)
    for entry in glossary.entries.values():
        if key in glossary.rejected(entry.id):
            continue
        score, listed = max((similarity(form, listed), listed) for listed in entry.forms)
        if gloss and normalise_english(gloss) in {normalise_english(e) for e in (entry.english, entry.short) if e}:
            return entry, listed, score, True
        if score > best[2]:
            best = (entry, listed, score, False)
    return best


def name_conflicts(doc: Document, norm: str, glossary: Glossary, candidates: Sequence[Candidate],
                   locate: _Locator) -> list[Conflict]:
    """probable_variant for unlisted names that sound like an entry, unlisted_name clusters for the rest."""
    by_key: dict[str, list[Candidate]] = {}
    for c in candidates:
        by_key.setdefault(form_key(c.form), []).append(c)
    probable: list[Conflict] = []
    unlisted: list[list[Candidate]] = []
    for key, group in by_key.items():
        gloss = next((c.gloss for c in group if c.gloss), "")
        entry, listed, score, same_english = _best_entry(group[0].form, gloss, glossary)
        if entry is not None and (score >= PROBABLE or same_english):
            forms = _forms((c.form, locate(c.start, c.end), "") for c in group)
            probable.append(Conflict(
                "probable_variant", entry.id, entry.english, forms,
                f"if {group[0].form} is {entry.english}: bitext glossary accept {entry.id} {group[0].form}; "
                f"if not: bitext glossary reject {entry.id} {group[0].form}",
                {"similar_to": listed, "similarity": round(score, 3), **({"gloss": gloss} if gloss else {}),
                 **({"same_english": True} if same_english else {})},
            ))
        else:
            unlisted.append(group)
    probable.sort(key=lambda c: (-c.details["similarity"], c.entry, c.forms[0].text))
    conflicts = []
    for cluster in _clusters(unlisted):
        members = [c for group in cluster for c in group]
        gloss = next((c.gloss for c in members if c.gloss), None)
        forms = _forms((c.form, locate(c.start, c.end), "") for c in members)
        conflicts.append(Conflict(
            "unlisted_name", None, gloss, forms,
            f"add an entry: bitext glossary add ID TYPE {gloss or 'ENGLISH'!r} {forms[0].text}"
            + (f" --variant {'|'.join(f.text for f in forms[1:])}" if len(forms) > 1 else ""),
        ))
    return probable + conflicts


def _clusters(groups: list[list[Candidate]]) -> list[list[list[Candidate]]]:
    """Single-link clusters of candidate groups whose forms sound alike."""
    clusters: list[list[list[Candidate]]] = []
    for group in groups:
        joined = [c for c in clusters if any(similarity(group[0].form, g[0].form) >= CLUSTER for g in c)]
        merged = [group] + [g for c in joined for g in c]
        clusters = [c for c in clusters if c not in joined] + [merged]
    return sorted(clusters, key=lambda c: min(cand.start for g in c for cand in g))


# -- names in the MT ----------------------------------------------------------------


def mt_conflicts(doc: Document, locate: _Locator) -> list[Conflict]:
    items: dict[str, list] = {}
    for sentence in doc.sentences():
        if not sentence.translation or not sentence.translation.missing_terms:
            continue
        for name in sentence.names:
            if name.entry_id not in sentence.translation.missing_terms:
                continue
            start = sentence.tokens[name.first].start
            end = sentence.tokens[name.last - 1].end
            loc = locate(start, end)
            loc.translation = sentence.translation.text
            loc.guards = tuple(sentence.translation.guards)
            items.setdefault(name.entry_id, []).append((name.form, loc))
    conflicts = []
    for entry_id, pairs in items.items():
        entry = doc.entries[entry_id]
        guards = sorted({g for _, loc in pairs for g in loc.guards})
        conflicts.append(Conflict(
            "mt_term_missing", entry_id, entry.english, _forms((f, loc, "") for f, loc in pairs),
            f"put {entry.english!r}" + (f" (or {entry.short!r})" if entry.short else "")
            + " into the English of these sentences" + (f"; MT guards fired: {', '.join(guards)}" if guards else ""),
            {"guards": guards},
        ))
    return conflicts


def review(doc: Document, glossary: Glossary, matches: Sequence[NameMatch] | None = None) -> list[Conflict]:
    """Every conflict between ``doc`` (annotated, possibly translated) and ``glossary``."""
    norm = to_simplified(doc.text)
    if matches is None:
        matches = find_names(doc, norm, glossary)
    locate = _Locator(doc)
    gloss, glossed = gloss_conflicts(doc, norm, matches, locate)
    spoken = transliteration_candidates(doc, norm, matches)
    glossed_spans = _SortedSpans((c.start, c.end) for c in glossed)
    candidates = glossed + [c for c in spoken if not glossed_spans.overlapping(c.start, c.end)]
    conflicts = [
        *glossary_conflicts(glossary),
        *variant_conflicts(matches, locate),
        *name_conflicts(doc, norm, glossary, candidates, locate),
        *gloss,
        *mt_conflicts(doc, locate),
    ]
    return sorted(conflicts, key=lambda c: KINDS.index(c.kind))
