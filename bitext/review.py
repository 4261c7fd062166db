"""The glossary review: every place where the text, the glossary and the MT disagree.

Like Xbench or Okapi CheckMate, but aware of Chinese transliteration: forms
are compared by sound (:mod:`bitext.names.phonetic`), so 卡塞诺娃 is proposed as a
spelling of 卡泽诺娃 and never merged without a translator's say-so.  What is a
name is :func:`bitext.names.find_names`'s answer, the same one ``annotate`` tags.

Conflict kinds, in report order:

``glossary_conflict``  one Chinese form with two English forms, or one id defined twice
``variant``            several listed forms of one entry in the same text (托卡耶夫 and 托加耶夫)
``probable_variant``   an unlisted name that sounds like an entry's form (卡塞诺娃 ~ 卡泽诺娃)
``unlisted_name``      names no entry lists, clustered, each with a proposed entry
``gloss_mismatch``     the text's own English in parentheses differs from the entry
``mt_term_missing``    the English of a name is missing from the MT of its sentence
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .glossary import Glossary, form_key
from .model import Document
from .names import VARIANT, NameMatch, find_names, normalise_english
from .names.glosses import glossed_names

KINDS = ("glossary_conflict", "variant", "probable_variant", "unlisted_name", "gloss_mismatch", "mt_term_missing")
CONTEXT_CHARS = 12


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
        if (form := forms.get(text)) is None:  # a new Form only for a new text, not at each of its mentions
            form = forms[text] = Form(text, status=status)
        form.locations.append(loc)
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


def gloss_conflicts(doc: Document, norm: str, matches: Sequence[NameMatch], locate: _Locator) -> list[Conflict]:
    """Glosses that differ from the entry of the listed name they follow."""
    by_end = {m.end: m for m in matches if not m.cert}
    mismatched: dict[str, list] = {}
    for start, end, english, en_start, en_end in glossed_names(doc, norm):
        match = by_end.get(end)
        if match is None or match.start > start:
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
    return conflicts


def probable_conflicts(matches: Sequence[NameMatch], locate: _Locator) -> list[Conflict]:
    """One ``probable_variant`` per unlisted spelling that sounds like (or is glossed as) an entry."""
    groups: dict[tuple[str, str], list[NameMatch]] = {}
    for m in matches:
        if m.cert == "medium":
            groups.setdefault((m.entry.id, form_key(m.form)), []).append(m)
    conflicts = []
    for (entry_id, _), group in groups.items():
        first = group[0]
        gloss = next((m.gloss for m in group if m.gloss), "")
        conflicts.append(Conflict(
            "probable_variant", entry_id, first.entry.english, _forms((m.form, locate(m.start, m.end), "") for m in group),
            f"if {first.form} is {first.entry.english}: bitext glossary accept {entry_id} {first.form}; "
            f"if not: bitext glossary reject {entry_id} {first.form}",
            {"similar_to": first.listed, "similarity": round(first.similarity, 3), **({"gloss": gloss} if gloss else {}),
             **({"same_english": True} if first.same_english else {})},
        ))
    return sorted(conflicts, key=lambda c: (-c.details["similarity"], c.entry, c.forms[0].text))


def unlisted_conflicts(matches: Sequence[NameMatch], locate: _Locator) -> list[Conflict]:
    """One ``unlisted_name`` per cluster of spellings no entry lists, with the entry proposed for it."""
    groups: dict[str, list[NameMatch]] = {}
    for m in matches:
        if m.cert == "low":
            groups.setdefault(m.entry.id, []).append(m)
    conflicts = []
    for group in groups.values():
        entry = group[0].entry
        forms = _forms((m.form, locate(m.start, m.end), "") for m in group)
        others = [f.text for f in forms if f.text != forms[0].text]
        proposed = {"id": entry.id, "english": entry.english, "type": entry.type.value, "chinese": entry.chinese,
                    "variants": list(entry.variants)}
        conflicts.append(Conflict(
            "unlisted_name", None, entry.english or None, forms,
            f"add an entry: bitext glossary add {entry.id} {entry.type.value} {entry.english or 'ENGLISH'!r} "
            f"{forms[0].text}" + (f" --variant {'|'.join(others)}" if others else ""),
            {"proposed": proposed},
        ))
    return conflicts


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
    norm = doc.simplified
    if matches is None:
        matches = find_names(doc, norm, glossary)
    locate = _Locator(doc)
    conflicts = [
        *glossary_conflicts(glossary),
        *variant_conflicts([m for m in matches if not m.cert], locate),
        *probable_conflicts(matches, locate),
        *unlisted_conflicts(matches, locate),
        *gloss_conflicts(doc, norm, matches, locate),
        *mt_conflicts(doc, locate),
    ]
    return sorted(conflicts, key=lambda c: KINDS.index(c.kind))
