"""Names in the machine translation: the English a sentence must carry, and the source the MT reads.

:func:`check_translation_terms` checks that each English sentence carries the
glossary's English for every firmly linked name of its Chinese sentence;
:func:`sentence_terms` gives the MT those pairs. Names the finder only
proposes (``NameSpan.cert`` set) are left to the translator.
"""

from __future__ import annotations

import re

from ..model import Document, GlossaryEntry, NameSpan, NameType, Sentence
from ..script import to_simplified
from .listed import english_for

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})
_PLACE_SUFFIXES = r"(?:'s|s|n|ns|an|ans|ian|ians|ese|i|is)?"


def normalise_english(text: str) -> str:
    """Case, apostrophes, dashes, spacing and British/American -ise/-ize aside."""
    text = re.sub(r"\s+", " ", text.translate(_APOSTROPHES)).casefold()
    return re.sub(r"(?<=\w)iz(?=(?:e|ed|es|ing|ation|ations)\b)", "is", text)


def _english_pattern(entry: GlossaryEntry) -> re.Pattern:
    """The entry's English or short form; for places also their adjectives (Russia → Russian, China → Chinese)."""
    alternatives = []
    for form in dict.fromkeys(f for f in (entry.english, entry.short) if f):
        base = normalise_english(form)
        alternatives.append(r"[\s\-]*".join(re.escape(part) for part in re.split(r"[\s\-]+", base)))
        if entry.type is NameType.PLACE:
            for cut, suffix in ((r"[ae]$", "(?:an|ans|ian|ians|ese)"), (r"y$", "(?:an|ans)"), (r"i?stan$", "(?:s|i|is)?")):
                if re.search(cut, base):
                    alternatives.append(re.escape(re.sub(cut, "", base)) + suffix)
    suffix = _PLACE_SUFFIXES if entry.type is NameType.PLACE else "(?:'s)?"
    return re.compile(r"(?<![\w'])(?:" + "|".join(alternatives) + ")" + suffix + r"(?![\w])")


def english_present(entry: GlossaryEntry, english_text: str) -> bool:
    return bool(_english_pattern(entry).search(normalise_english(english_text)))


def mt_form(name: NameSpan, sentence: Sentence) -> str:
    """The Simplified form the MT reads for a name: a variant is read as its preferred form.

    A model knows 托卡耶夫 far better than the respelling 托加耶夫; the text and
    its pinyin keep the spelling as written.
    """
    if name.preferred and name.preferred != name.form:
        return to_simplified(name.preferred)
    return "".join(t.norm or t.text for t in sentence.tokens[name.first:name.last])


def mt_source(sentence: Sentence) -> str:
    """The Simplified sentence the MT reads, with variant names in their preferred form."""
    parts, i = [], 0
    for name in sorted(sentence.names, key=lambda n: n.first):
        parts.extend(t.norm or t.text for t in sentence.tokens[i:name.first])
        parts.append(mt_form(name, sentence))
        i = name.last
    parts.extend(t.norm or t.text for t in sentence.tokens[i:])
    return "".join(parts)


def sentence_terms(sentence: Sentence, doc: Document) -> list[tuple[str, str]]:
    """(Chinese form as the MT reads it, English form) for each name of the sentence, in order, once each."""
    pairs: list[tuple[str, str]] = []
    for name in sentence.names:
        entry = doc.entries.get(name.entry_id)
        if entry is None or name.cert:
            continue
        pair = (mt_form(name, sentence), english_for(entry, name.preferred or name.form))
        if pair not in pairs:
            pairs.append(pair)
    return pairs


def check_translation_terms(doc: Document) -> None:
    """Set ``Translation.missing_terms`` to the entries whose English the translation lacks."""
    for sentence in doc.sentences():
        if sentence.translation is None:
            continue
        missing = []
        for name in sentence.names:
            entry = None if name.cert else doc.entries.get(name.entry_id)
            if entry and entry.id not in missing and not english_present(entry, sentence.translation.text):
                missing.append(entry.id)
        sentence.translation.missing_terms = tuple(missing)
