"""Pinyin for the words of one sentence, each polyphone read in context.

Each character gets its dictionary readings (:mod:`bitext.pinyin.lexicon`)
and, in a listed word, the readings the word gives it.  Then, in order:

1. a proper name is read as a name (:mod:`bitext.pinyin.names`);
2. the word's role settles 地/得/过/还/为/数 …, a final 吧, adjectives
   after 很, 东西 the directions and a surname before a title
   (:mod:`bitext.pinyin.particles`);
3. a reading pypinyin and CC-CEDICT agree on is settled;
4. the polyphones g2pM was trained on are scored by its BiLSTM
   (:mod:`bitext.pinyin.polyphone`) in the context of the whole sentence,
   the word's dictionary readings getting a bonus of ``PHRASE_BONUS``
   (log-probability); the best total wins;
5. any other character takes the word's reading, else its most common one.

A Traditional character as written keeps only the readings it shares with
its Simplified form (乾 → 干: gān).

A neutral 儿 after another syllable of the same word becomes erhua, and
一/不 change tone on request.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from bitext.model import NameType
from bitext.script import to_traditional
from bitext.pinyin.lexicon import (
    agreed_in_parts,
    agreed_readings,
    char_readings,
    name_readings,
    readings_in_word,
    word_readings,
)
from bitext.pinyin.names import TRANSLITERATION_READINGS, surname_readings
from bitext.pinyin.particles import adjective_in_word, complement_de, role_readings
from bitext.pinyin.polyphone import polyphone_model
from bitext.pinyin.syllable import convert_syllable, tone, with_tone

# How much a dictionary word reading weighs against the context model, in
# natural-log units: the model must be about 99.75% sure to overrule it.
# Chosen on the CPP dev split (97.6-97.7% for any value from 5 to 8).
PHRASE_BONUS = 6.0
BATCH = 32  # sentences stepped through the model together (64: OpenBLAS starts threads, slower)
NUMERALS = set("〇零一二三四五六七八九十两")


def sentence_pinyin(
    words: Sequence[str],
    *,
    names: Sequence[NameType | None] | None = None,
    style: str = "marks",
    tone_change: bool = False,
    text: str | None = None,
    written: Sequence[str] | None = None,
) -> list[tuple[str, ...]]:
    """Pinyin for the Han words of one sentence, in order; one syllable per character of each word.

    ``words`` are Simplified Han words (non-Han tokens removed); ``names[i]``
    is the name type of word ``i`` when it is a proper name.  ``style`` is
    ``"marks"`` (nǎr, NFC), ``"numbers"`` (nar3, lü3, de5) or ``"zhuyin"``.
    Erhua: a 儿 merged into the syllable before it is returned as ``""``
    and that syllable ends in ``r`` (哪儿 → ``("nǎr", "")``).  The handful
    of characters no table reads (兙) get ``""`` too.
    ``tone_change`` marks the spoken tones of 一 and 不 (一个 yí gè, 不是 bú shì).
    ``text``, when given, is the whole sentence (normalised, punctuation,
    digits and Latin included) holding the words in order: the context model
    reads it instead of the bare words and is a little more accurate.
    ``written``, when given, holds the words as the input spells them (same
    lengths, Traditional characters, say): a character's readings are then
    those its written form can have (吹乾 chuī gān).
    """
    return sentences_pinyin(
        [words], names=[names], style=style, tone_change=tone_change, texts=[text], written=[written]
    )[0]


def sentences_pinyin(
    sentences: Sequence[Sequence[str]],
    *,
    names: Sequence[Sequence[NameType | None] | None] | None = None,
    style: str = "marks",
    tone_change: bool = False,
    texts: Sequence[str | None] | None = None,
    written: Sequence[Sequence[str] | None] | None = None,
) -> list[list[tuple[str, ...]]]:
    """:func:`sentence_pinyin` for several sentences (a paragraph, say) in one go.

    Same result as one call per sentence, several times faster: the context
    model steps through all the sentences together.
    """
    plans = [
        _Plan(
            words,
            names[i] if names is not None else None,
            texts[i] if texts is not None else None,
            written[i] if written is not None else None,
        )
        for i, words in enumerate(sentences)
    ]
    scores = _batched_scores(plans)
    convert = _converted(style).__getitem__
    result = []
    for plan, logp in zip(plans, scores):
        syllables = plan.resolve(logp)
        if tone_change:
            syllables = spoken_yi_bu(plan.words, syllables)
        result.append([tuple(map(convert, word)) for word in syllables])
    return result


class _Converted(dict):
    """Syllable → :func:`convert_syllable` in one style, filled on first use (a plain dict look-up after)."""

    def __init__(self, style: str) -> None:
        super().__init__()
        self.style = style

    def __missing__(self, syllable: str) -> str:
        converted = self[syllable] = convert_syllable(syllable, self.style)
        return converted


@lru_cache(maxsize=None)
def _converted(style: str) -> _Converted:
    return _Converted(style)


def _batched_scores(plans: Sequence[_Plan]) -> list[dict]:
    """Model scores for every plan, in batches of sentences of similar length (less padding)."""
    model = polyphone_model()
    order = sorted((i for i, plan in enumerate(plans) if plan.targets), key=lambda i: len(plans[i].context))
    scores: list[dict] = [{} for _ in plans]
    for first in range(0, len(order), BATCH):
        chunk = order[first : first + BATCH]
        batch = [(plans[i].context, {plans[i].at[k]: c for k, (c, _) in plans[i].targets.items()}) for i in chunk]
        for i, result in zip(chunk, model.batch_scores(batch)):
            scores[i] = {k: result[plans[i].at[k]] for k in plans[i].targets}
    return scores


def _is_listed(word: str) -> bool:
    return word_readings(word) is not None


class _Choice(NamedTuple):
    """What is known about one character of a word before the model runs."""

    candidates: tuple[str, ...]  # every reading it may have here
    in_word: tuple[str, ...]  # the readings a dictionary (or a cue) gives it in this word
    default: str  # the reading if the model is not asked
    ask_model: bool


def _word_choices(word: str, cues: tuple[str | None, ...] | None, written: str) -> tuple[_Choice, ...]:
    """The choices for each character of ``word``.

    ``cues[k]`` is the reading the word's role gives character ``k`` (or
    ``None``); ``written`` is the word as the input spells it.  Where one
    Simplified character stands for several Traditional ones, a Traditional
    character other than the usual one (乾 and 幹 → 干, the usual 幹) keeps
    only the readings it shares with its Simplified form (乾 gān, never
    gàn), or its own when they share none (閤 gé).  The usual form is left
    alone: pypinyin lists too few readings for some (剎 without chà).
    """
    model = polyphone_model()
    entry = readings_in_word(word)
    listed = len(word) > 1 and _is_listed(word)
    settled = agreed_readings(word) if listed else agreed_in_parts(word)
    choices = []
    for k, char in enumerate(word):
        in_word = entry[k]
        cue = cues[k] if cues else None
        adjective = adjective_in_word(word, k, listed)
        if cue or complement_de(word, k, listed) or adjective:
            in_word, fixed = ((cue or adjective or "de5"),), True
        else:
            erhua = k > 0 and char == "儿" and in_word == ("er5",)  # a listed erhua word
            fixed = erhua
        candidates = tuple(dict.fromkeys((*char_readings(char), *in_word)))
        if written[k] != char and written[k] != to_traditional(char) and char_readings(written[k]):
            own = char_readings(written[k])
            shared = tuple(c for c in candidates if c in own)
            in_word = tuple(r for r in in_word if r in shared)
            # With no reading in common the Simplified form's context means nothing: take the written one's first.
            fixed = (fixed and bool(in_word)) or not shared
            candidates = shared or own
        default = in_word[0] if in_word else candidates[0] if candidates else ""
        polyphone = model.is_polyphone(char) or model.is_polyphone(written[k])
        if settled[k] is not None and not fixed and settled[k] in candidates:
            fixed = True
            default = settled[k]
        ask = len(candidates) > 1 and polyphone and not fixed
        choices.append(_Choice(candidates, in_word, default, ask))
    return tuple(choices)


class _WordPlan(NamedTuple):
    """:func:`_word_choices` as :class:`_Plan` uses it, remembered per word."""

    defaults: tuple[str, ...]  # each character's reading if the model is not asked
    asked: tuple[tuple[int, tuple[str, ...], tuple[str, ...]], ...]  # (k, candidates, in_word) the model decides


@lru_cache(maxsize=65536)
def _word_plan(word: str, cues: tuple[str | None, ...] | None, written: str) -> _WordPlan:
    choices = _word_choices(word, cues, written)
    return _WordPlan(
        tuple(choice.default for choice in choices),
        tuple((k, choice.candidates, choice.in_word) for k, choice in enumerate(choices) if choice.ask_model),
    )


def _context(words: Sequence[str], text: str | None) -> tuple[str, list[int]]:
    """``text`` and the index in it of each character of ``words``; the joined words if they are not all in it."""
    at: list[int] = []
    if text is not None:
        position = 0
        for word in words:
            found = text.find(word, position)
            if found < 0:
                break
            at.extend(range(found, found + len(word)))
            position = found + len(word)
        else:
            return text, at
    joined = "".join(words)
    return joined, list(range(len(joined)))


class _Plan:
    """The dictionary readings of one sentence and the polyphones left to the model."""

    def __init__(
        self,
        words: Sequence[str],
        names: Sequence[NameType | None] | None,
        text: str | None,
        written: Sequence[str] | None,
    ) -> None:
        self.words = words
        self.sentence = "".join(words)
        # What the model reads, and where each character of the words stands in it.
        self.context, self.at = _context(words, text)
        self.readings: list[list[str]] = []
        # index in sentence -> (candidate readings, readings the word's entry gives)
        self.targets: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self.where: dict[int, tuple[int, int]] = {}
        offset = 0
        for i, word in enumerate(words):
            kind = names[i] if names is not None else None
            fixed = _name_syllables(word, kind) if kind is not None else None
            if fixed is not None:
                self.readings.append(list(fixed))
                offset += len(word)
                continue
            end = offset + len(word)
            # The Han word right after this one in the text, None if anything else comes between.
            following = words[i + 1] if i + 1 < len(words) and self.at[end] == self.at[end - 1] + 1 else None
            as_written = written[i] if written is not None and len(written[i]) == len(word) else word
            defaults, asked = _word_plan(word, role_readings(words, i, following, _is_listed), as_written)
            for k, candidates, in_word in asked:
                self.targets[offset + k] = (candidates, in_word)
                self.where[offset + k] = (i, k)
            self.readings.append(list(defaults))
            offset = end

    def resolve(self, logp: dict) -> list[list[str]]:
        """Pick each polyphone's reading from the model's scores plus the dictionary bonus."""
        readings = [list(word) for word in self.readings]
        for index, (candidates, in_word) in self.targets.items():
            w, k = self.where[index]
            readings[w][k] = combined_reading(candidates, in_word, logp[index])
        for word, chosen in zip(self.words, readings):
            if "儿" in word:
                merge_erhua(word, chosen)
        return readings


def combined_reading(
    candidates: Sequence[str], in_word: Sequence[str], scores: Sequence[float], bonus: float = PHRASE_BONUS
) -> str:
    """The candidate with the best model log-probability, a reading the word's dictionary entry gives getting ``bonus``.

    Confidence-gated and longest-dictionary-match variants of this rule and
    a back-off to the character's most common reading were measured against
    it on held-out halves of CPP dev (``benchmarks/pinyin_combination.py``)
    and gained nothing.
    """
    backed = [s for s in in_word if scores[candidates.index(s)] > -math.inf]
    if in_word and not backed:
        # The dictionary's reading is one the model has no class for (a
        # neutral tone): keep to its syllable, let the model pick the tone.
        syllables = {s[:-1] for s in in_word}
        in_word = [c for c, score in zip(candidates, scores) if c[:-1] in syllables and score > -math.inf]
    best = max(range(len(candidates)), key=lambda j: scores[j] + (bonus if candidates[j] in in_word else 0.0))
    return candidates[best]


def name_syllables(word: str, kind: NameType) -> list[str] | None:
    """Readings of a proper name, or ``None`` to read it as an ordinary word."""
    fixed = _name_syllables(word, kind)
    return None if fixed is None else list(fixed)


@lru_cache(maxsize=65536)
def _name_syllables(word: str, kind: NameType) -> tuple[str, ...] | None:
    """:func:`name_syllables`, once per name and type: an article names the same people again and again."""
    if kind is NameType.PERSON:
        surname = surname_readings(word)
        if surname:
            rest = word[len(surname) :]
            return (*surname, *_plain_syllables(rest))
    if kind is NameType.TERM:
        return None
    entry = name_readings(word)
    if entry is not None:
        return entry
    if kind is NameType.PERSON or all(c in TRANSLITERATION_READINGS or len(char_readings(c)) == 1 for c in word):
        return tuple(TRANSLITERATION_READINGS.get(c) or _first_reading(c) for c in word)
    return None


def _plain_syllables(text: str) -> list[str]:
    """Readings of a given name: the dictionary word if listed, else each character's first."""
    entry = word_readings(text) if len(text) > 1 else None
    if entry is not None:
        return [options[0] for options in entry]
    return [_first_reading(c) for c in text]


def _first_reading(char: str) -> str:
    readings = char_readings(char)
    return readings[0] if readings else ""


def merge_erhua(word: str, syllables: list[str]) -> None:
    """Merge a neutral-tone 儿 into the syllable before it, in place (哪儿 → nar3, "")."""
    for k in range(1, len(word)):
        if word[k] == "儿" and syllables[k] in ("er5", "r5") and syllables[k - 1]:
            before = syllables[k - 1]
            syllables[k - 1] = f"{before[:-1]}r{before[-1]}"
            syllables[k] = ""


def spoken_yi_bu(words: Sequence[str], syllables: list[list[str]]) -> list[list[str]]:
    """The spoken tones of 一 and 不 before another syllable (一个 yi2 ge4, 一起 yi4 qi3, 不是 bu2 shi4).

    一 keeps tone 1 in numbers and ordinals (十一, 第一, 一九), at the end of
    a longer word (统一, 唯一) or of the sentence, and before a neutral
    syllable (看一看 keeps its dictionary reading).  不 between a verb and
    its repetition (去不去, 好不好) is light: neutral tone.
    """
    chars = "".join(words)
    flat = [s for word in syllables for s in word]
    ends = set()
    position = 0
    for word in words:
        position += len(word)
        if len(word) > 1:
            ends.add(position - 1)
    result = list(flat)
    for i, (char, syllable) in enumerate(zip(chars, flat)):
        if char not in "一不" or i + 1 >= len(chars) or not flat[i + 1]:
            continue
        following = tone(flat[i + 1])
        if following == 5:
            continue
        if char == "不" and syllable == "bu4" and i > 0 and chars[i - 1] == chars[i + 1]:
            result[i] = with_tone(syllable, 5)  # the question form 去不去: a light 不
        elif char == "不" and syllable == "bu4" and following == 4:
            result[i] = with_tone(syllable, 2)
        elif char == "一" and syllable == "yi1":
            before = chars[i - 1] if i else ""
            if i in ends or before in NUMERALS or before == "第" or chars[i + 1] in NUMERALS:
                continue
            result[i] = with_tone(syllable, 2 if following == 4 else 4)
    changed = iter(result)
    return [[next(changed) for _ in word] for word in syllables]
