"""Names in the text: the glossary's, their probable variants, and names no glossary lists.

:func:`find_names` is the one answer to "what is a name here" that both
``annotate`` (TEI tags with ``@cert``) and ``review`` use:

* :mod:`.listed` the glossary's forms (a firm link);
* :mod:`.finder` whole names no glossary lists, found with the background
  :mod:`.lexicon` (CC-CEDICT, OpenCC's regional forms and the package's
  table of regional and recent forms, ``regional_names.tsv``), the words
  around them (:mod:`.context`), English glosses (:mod:`.glosses`) and
  venues (:mod:`.venues`), each grown to the whole name it stands in
  (:mod:`.extents`) and dropped where the text writes it as a piece of a
  longer name (:func:`.extents.cut_occurrences`);
* :mod:`.grouping` probable variants of entries and clusters of unlisted
  names with a proposed entry each, compared by :mod:`.phonetic` sound;
* :mod:`.short_forms` the short forms of names the text gives in full
  (世卫 of 世界卫生组织, 道奇 of 洛杉矶道奇, 卡琳娜 of 卡琳娜·米莱), mentions of the same referent;
* :mod:`.renderings` the other renderings the text says a name has (新华社把博励治译作波利埃夫尔),
  mentions of the same referent too;
* :mod:`.english` the names' English in the MT.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from ..glossary import Glossary, form_key
from ..model import Document, NameType
from .context import body_named_in_latin, common_noun, company_after, officered_forms, title_before
from .english import check_translation_terms, english_present, mt_form, mt_source, normalise_english, sentence_terms
from .extents import cut_occurrences, without_factions
from .finder import find_candidates
from .grouping import GlossaryIndex, link_candidates
from .listed import (PREFERRED, SHORT, VARIANT, NameMatch, attach_names, english_for, find_listed, forget_text,
                     form_status, keep_whole_spans, regularised_form, word_spans)
from .people import family_mentions, full_names_and_surnames, kin_pairs, surnames_alone
from .places import (after_places, events_of_one_place, listed_with_companies, listed_with_places, places_in_lists, places_inside_places,
                     prefectures_by_their_governor, regions_by_their_word, team_towns)
from .renderings import find_renderings
from .short_forms import (attach_short_forms, find_short_forms, latin_letters, latin_names_of_bodies, said_type,
                          to_first_long_forms)
from .spans import SortedSpans

__all__ = [
    "PREFERRED", "SHORT", "VARIANT", "NameMatch", "attach_names", "check_translation_terms", "english_for",
    "english_present", "find_listed", "find_names", "form_status", "keep_whole_spans", "mt_form", "mt_source",
    "normalise_english", "regularised_form", "sentence_terms", "word_spans",
]


#: The last answer of :func:`find_names`, so that ``review`` after ``annotate`` does not find the same
#: names twice: (the text object, the glossary's rows as values, the answer).
_last: tuple[str, tuple, list[NameMatch]] | None = None


def find_names(doc: Document, norm: str, glossary: Glossary) -> list[NameMatch]:
    """Every name of ``doc`` (``norm`` is its Simplified text): listed (cert ""), probable variants
    ("medium") and unlisted names with a proposed entry ("low"), whole and disjoint, in text order.

    Asked again for the same text object and a glossary with the same rows, it answers from memory.
    """
    global _last
    rows = tuple((row.entry, row.distinct) for row in glossary.rows)
    if _last is not None and _last[0] is doc.text and _last[1] == rows:
        return list(_last[2])
    try:
        found = _find_names(doc, norm, glossary)
    finally:
        forget_text()
    _last = (doc.text, rows, found)
    return list(found)


def _find_names(doc: Document, norm: str, glossary: Glossary) -> list[NameMatch]:
    listed = find_listed(doc, norm, glossary)
    taken = SortedSpans((m.start, m.end) for m in listed)
    candidates = places_inside_places(doc, norm, full_names_and_surnames(doc, norm, find_candidates(doc, norm, taken),
                                                                         taken), taken)
    candidates = prefectures_by_their_governor(doc, norm, regions_by_their_word(doc, norm, candidates, taken), taken)
    in_lists = places_in_lists(doc, norm, candidates, taken)
    candidates += in_lists
    index = GlossaryIndex(glossary)
    short = find_short_forms(doc, norm, [(m.start, m.end) for m in listed], [(c.start, c.end) for c in candidates],
                             index.english_names)
    replaced = SortedSpans(short.spans())
    glossed = [c for c in candidates if c.gloss and replaced.overlapping(c.start, c.end)]
    acronyms = {s.start: letters for s in short.shorts if (letters := latin_letters(s.form))}
    long_forms = [replace(f, gloss=next((c.gloss for c in glossed if f.start <= c.start and c.end <= f.end), f.gloss)
                          or (acronyms.get(f.end + 1, "") if norm[f.end:f.end + 1] in "（(" else ""))
                  for f in short.long_forms]  # 加拿大|自由黨（Liberal Party of Canada）: the long form keeps the gloss, and
    # its acronym glosses it (FMOQ, FMSQ: two federations however alike their names; DEM of DEM党, not HDP's 人民民主党)
    candidates = [c for c in candidates if not replaced.overlapping(c.start, c.end)] + long_forms
    listed_spans = {(m.start, m.end) for m in listed}
    names = [(c.start, c.end) for c in candidates] + [(s.start, s.end) for s in short.shorts] + list(listed_spans)
    renderings = find_renderings(doc, norm, names, listed_spans)
    rendered = SortedSpans((r.start, r.end) for r in renderings)
    candidates = without_factions(norm, [c for c in candidates if not rendered.overlapping(c.start, c.end)])
    spans = SortedSpans([(c.start, c.end) for c in candidates] + [(s.start, s.end) for s in short.shorts])
    listed = [m for m in listed if not spans.overlapping(m.start, m.end)]  # now inside a full name or a short form
    paragraph_starts = SortedSpans((p.start, p.end) for p in doc.paragraphs())
    contexts: dict[str, set[NameType]] = defaultdict(set)
    titled: set[str] = set()
    for c in candidates:
        para_start = (paragraph_starts.overlapping(c.start, c.end) or [(0, 0)])[0][0]
        if (said := said_type(norm, c.start, c.end, para_start)) is not None:
            contexts[form_key(c.form)].add(said)
        if said is NameType.PERSON and title_before(norm, c.start, para_start):
            titled.add(form_key(c.form))
    for key in after_places(norm, candidates, SortedSpans((m.start, m.end) for m in listed)) | {
            form_key(c.form) for c in in_lists} | listed_with_places(norm, candidates) | team_towns(candidates):
        contexts[key].add(NameType.PLACE)
    for key in listed_with_companies(norm, candidates):
        contexts[key].add(NameType.ORGANISATION)
    for key in surnames_alone(candidates, contexts):
        contexts[key].add(NameType.PERSON)
    shorts = to_first_long_forms(short.shorts + renderings)
    events = events_of_one_place(norm, candidates, shorts)
    named = [(c.start, c.end) for c in candidates] + [(s.start, s.end) for s in shorts]
    pieces = cut_occurrences(norm, named, [(m.start, m.end) for m in listed],
                             frozenset(c.start for c in candidates if c.gloss)) | family_mentions(norm, named)
    dropped = pieces | {(e.start, e.end) for e in events}
    candidates = [c for c in candidates if (c.start, c.end) not in dropped and not common_noun(norm[c.start:c.end])]
    shorts = [s for s in shorts if (s.start, s.end) not in pieces and not common_noun(norm[s.start:s.end])]
    found = link_candidates(candidates, index, contexts, hong_kong=doc.script == "zh-Hant",
                            kin=kin_pairs(norm, candidates), titled=frozenset(titled),
                            companies=frozenset(form_key(c.form) for c in candidates if company_after(norm, c.end)),
                            officered=frozenset(map(form_key, officered_forms(
                                norm, {norm[c.start:c.end] for c in candidates}, spans))) | {
                                form_key(c.form) for c in candidates
                                if body_named_in_latin(norm, c.start, c.form, c.gloss)},
                            short_forms={form_key(s.form): s.long for s in short.shorts})
    shorts += latin_names_of_bodies(doc.text, norm, listed + found, shorts + events)
    return attach_short_forms(shorts + events, listed + found)
