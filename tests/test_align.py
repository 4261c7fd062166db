"""Sentence alignment on small hand-made Chinese–English pairs with known answers."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bitext.align.dynamic import best_path
from bitext.align import SHAPES, AlignmentUnit, AlignParams, align_paragraphs, align_segments, split_english_sentences

# (Chinese, a literal translation standing in for MT) and the published-style English,
# with the alignment a reader would draw.  Each unit shape the DP must handle occurs.
STORY = [
    ("王先生早上七点起床。", "Mr. Wang got up at seven in the morning."),
    ("他喝了一杯热咖啡。", "He drank a cup of hot coffee."),
    ("然后他骑自行车去火车站，买了一张去上海的车票，又给妻子打了电话。",
     "Then he rode his bicycle to the railway station, bought a ticket to Shanghai and called his wife."),
    ("火车晚点了。", "The train was late."),
    ("站台上挤满了背着书包、吵吵闹闹的中学生。", "The platform was crowded with noisy middle school students carrying schoolbags."),
    ("他等了45分钟。", "He waited 45 minutes."),
    ("天很冷。", "It was cold."),
    ("风很大。", "The wind was strong."),
    ("还下着雨。", "And it was raining."),
    ("窗边坐着一个戴眼镜的老朋友。", "An old friend with glasses was sitting by the window."),
    ("他打开车门的时候一眼就认出了他。", "When he opened the door, he recognized him at a glance."),
    ("两个人高兴地聊了一路。", "The two chatted happily all the way."),
]
ENGLISH = [
    "Mr. Wang rose at seven and drank a cup of hot coffee.",  # 0-1 → 0
    "Then he cycled to the railway station.",  # 2 → 1,2,3
    "He bought a ticket to Shanghai.",
    "He also called his wife.",
    "The train was late.",  # 3 → 4
    # 4 (the crowded platform) is left out by the translator
    "He waited 45 minutes.",  # 5 → 5
    "It was cold and windy and raining.",  # 6,7,8 → 6
    "When he opened the carriage door he recognized at once",  # 9,10 → 7,8 (order swapped)
    "an old friend in glasses, sitting by the window.",
    "They chatted happily all the way.",  # 11 → 9
    "Nobody in the whole village had ever believed such a coincidence could happen.",  # added: → 10
]
GOLD = [
    ((0, 1), (0,)),
    ((2,), (1, 2, 3)),
    ((3,), (4,)),
    ((4,), ()),
    ((5,), (5,)),
    ((6, 7, 8), (6,)),
    ((9, 10), (7, 8)),
    ((11,), (9,)),
    ((), (10,)),
]
ZH = [zh for zh, _ in STORY]
MT = [mt for _, mt in STORY]


def _pairs(units: list[AlignmentUnit]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(u.zh, u.en) for u in units]


def _covers_everything_once(units: list[AlignmentUnit], n_zh: int, n_en: int) -> bool:
    zh = [i for u in units for i in u.zh]
    en = [j for u in units for j in u.en]
    return zh == list(range(n_zh)) and en == list(range(n_en))


def test_story_is_aligned_as_a_reader_would():
    units = align_segments(ZH, MT, ENGLISH)
    assert _pairs(units) == GOLD


def test_every_required_shape_occurs_in_the_story():
    shapes = {(len(u.zh), len(u.en)) for u in align_segments(ZH, MT, ENGLISH)}
    assert {(1, 1), (2, 1), (1, 3), (3, 1), (2, 2), (1, 0), (0, 1)} <= shapes


def test_split_sentence_one_to_two():
    zh = ["他关上窗户，然后去厨房做晚饭。", "晚饭后他看书。"]
    mt = ["He closed the window and then went to the kitchen to cook dinner.", "After dinner he read a book."]
    en = ["He shut the window.", "Then he went to the kitchen to cook dinner.", "After dinner he read a book."]
    assert _pairs(align_segments(zh, mt, en)) == [((0,), (0, 1)), ((1,), (2,))]


def test_nothing_is_dropped_and_one_sided_units_score_nothing():
    units = align_segments(ZH, MT, ENGLISH)
    assert _covers_everything_once(units, len(ZH), len(ENGLISH))
    assert all(u.score == 0.0 for u in units if not u.zh or not u.en)
    assert sum(1 for u in units if u.zh and u.en) >= 7
    assert max(u.score for u in units) > 0.5


def _numbered(a: int, b: int, start: int) -> tuple[list[str], list[str]]:
    """A unit of shape a-b from distinct words: a translations, the same words dealt over b English sentences.

    The English breaks fall between the translations' breaks, as when a translator
    regroups two sentences into two others: no smaller units fit.
    """
    words = [f"{WORDS[(start + k) % len(WORDS)]}{start}x{k}" for k in range(12)]
    mt = [" ".join(chunk) + "." for chunk in _deal(words, a, 0)]
    en = [" ".join(chunk) + "." for chunk in _deal(words, b, 1 if a > 1 and b > 1 else 0)]
    return mt, en


def _deal(words: list[str], parts: int, shift: int) -> list[list[str]]:
    cuts = [0] + [len(words) * k // parts + shift for k in range(1, parts)] + [len(words)]
    return [words[lo:hi] for lo, hi in zip(cuts, cuts[1:])]


#: Shapes the score does not yet prefer when they are right (issue 14): two units of
#: half the evidence outscore one unit of all of it (here each part matches 5 of its 6
#: words, and the joining pass wants a clearer gain than that), and a pair with nothing
#: in common still outscores two skips.  Strict: the day they pass, this list must shrink.
_NOT_YET = {(2, 2), (2, 3), (3, 2), (3, 3), (2, 4), (4, 2), (1, 0), (0, 1)}


#: The shapes the README and ``bitext align --help`` promise (written out, not read from SHAPES).
DOCUMENTED_SHAPES = [(1, 2), (2, 1), (1, 3), (3, 1), (1, 4), (4, 1), (1, 5), (5, 1), (1, 6), (6, 1),
                     (2, 2), (2, 3), (3, 2), (3, 3), (2, 4), (4, 2), (1, 0), (0, 1)]


def test_the_aligner_offers_every_documented_shape():
    assert set(DOCUMENTED_SHAPES) | {(1, 1)} == set(SHAPES)


@pytest.mark.parametrize("shape", [
    pytest.param(s, marks=pytest.mark.xfail(strict=True, reason="known limitation, see _NOT_YET")) if s in _NOT_YET
    else s for s in DOCUMENTED_SHAPES], ids=lambda s: f"{s[0]}-{s[1]}")
def test_every_documented_shape_is_found_between_one_to_one_units(shape):
    mt, en, gold = [], [], []
    for n, (a, b) in enumerate([(1, 1), (1, 1), shape, (1, 1), (1, 1)]):
        unit_mt, unit_en = _numbered(a, b, 10 * n) if (a, b) != (1, 1) else ([f"Lemon {n} orchard {n}."], [f"Lemon {n} orchard {n}."])
        if not a:  # an added sentence: nothing in the MT matches it
            unit_en = ["Meanwhile the whole village slept soundly under heavy snow."]
        if not b:  # an untranslated sentence
            unit_mt = ["Zebras quietly juggle purple umbrellas beside frozen volcanoes."]
        gold.append((tuple(range(len(mt), len(mt) + a)), tuple(range(len(en), len(en) + b))))
        mt += unit_mt
        en += unit_en
    units = align_segments(["中" * (len(t) // 3) for t in mt], mt, en)
    assert _pairs(units) == gold


def test_a_passage_whose_content_crosses_a_sentence_break_becomes_one_two_two_unit():
    # Three of five words of each translation land in the other English sentence: as two 1-1
    # units each half matches, as one 2-2 unit everything does (the second pass joins them).
    mt = ["Lemon one orchard one.", "Lemon two orchard two.", "Alpha beta gamma delta kappa.",
          "Epsilon zeta eta theta lambda.", "Lemon five orchard five.", "Lemon six orchard six."]
    en = mt[:2] + ["Alpha beta gamma epsilon zeta.", "Delta kappa eta theta lambda."] + mt[4:]
    units = align_segments(["中" * (len(t) // 3) for t in mt], mt, en)
    assert _pairs(units) == [((0,), (0,)), ((1,), (1,)), ((2, 3), (2, 3)), ((4,), (4,)), ((5,), (5,))]


def test_numbers_written_in_another_order_still_anchor():
    zh = ["会议于2021年7月4日举行。", "共有350人参加。"]
    mt = ["The meeting will be held.", "A total of people participated."]  # an MT that lost the numbers
    en = ["About 350 people came.", "The meeting was on 4 July 2021."]
    anchored = align_segments(zh, mt, en)
    assert _covers_everything_once(anchored, 2, 2)
    # the numbers cross, so no monotone 1-1 path exists: the crossing pair stays together or is skipped
    assert ((0,), (0,)) not in _pairs(anchored)


def test_glossary_anchor_raises_the_score_of_a_name_the_mt_garbled():
    zh = ["托卡耶夫发表了讲话。", "普京回应了。"]
    mt = ["Tuokayefu gave a speech.", "Pujing responded."]  # names the MT rendered literally
    en = ["Tokayev gave a talk.", "Putin replied."]
    glossary = [("托卡耶夫", "Tokayev"), ("普京", "Vladimir Putin")]
    plain = align_segments(zh, mt, en)
    anchored = align_segments(zh, mt, en, anchors=glossary)
    assert _pairs(anchored) == [((0,), (0,)), ((1,), (1,))]
    assert anchored[1].score > plain[1].score


@pytest.mark.parametrize("n_zh, n_en", [(0, 0), (0, 3), (2, 0), (1, 1)])
def test_empty_and_tiny_inputs_cover_every_segment(n_zh, n_en):
    units = align_segments(ZH[:n_zh], MT[:n_zh], ENGLISH[:n_en])
    assert _covers_everything_once(units, n_zh, n_en)


def test_mt_must_match_the_chinese():
    with pytest.raises(ValueError):
        align_segments(ZH, MT[:-1], ENGLISH)


def test_paragraph_mode_keeps_sentences_inside_their_paragraphs():
    zh = [ZH[:6], ZH[6:]]
    mt = [MT[:6], MT[6:]]
    en = [ENGLISH[:6], ENGLISH[6:]]
    units = align_paragraphs(zh, mt, en)
    assert _covers_everything_once(units, len(ZH), len(ENGLISH))
    assert _pairs(units) == GOLD
    for unit in units:
        assert all(i < 6 for i in unit.zh) == all(j < 6 for j in unit.en) or not unit.zh or not unit.en


@pytest.mark.xfail(strict=True, reason="known limitation: a short untranslated paragraph is absorbed into its "
                   "neighbour (2-1) because one merged unit scores more than a match plus a skip")
def test_paragraph_missing_on_one_side_becomes_unaligned_sentences():
    cut = ["这一段讲的是他小时候在农村养鸭子的往事。", "译者觉得它离题太远，把它删掉了。"]
    zh = [ZH[:3], cut, ZH[3:6]]
    mt = [MT[:3], ["This paragraph tells of raising ducks in the countryside as a child.",
                   "The translator found it a digression and deleted it."], MT[3:6]]
    en = [ENGLISH[:4], ENGLISH[4:6]]
    units = align_paragraphs(zh, mt, en)
    assert _covers_everything_once(units, 8, 6)
    assert ((3,), ()) in _pairs(units) and ((4,), ()) in _pairs(units)
    assert ((5,), (4,)) in _pairs(units)  # the sentences after the gap are back in step


@pytest.mark.parametrize("breaks", [[4, 3, 4], [11], [2, 2, 2, 2, 3], [5, 3, 3], [3, 4, 4]],
                         ids=["as-is", "merged", "split", "moved-back", "moved-forward"])
def test_paragraph_breaks_the_translator_moved_do_not_derail_the_sentences(breaks):
    zh = [ZH[:3], ZH[3:9], ZH[9:]]  # Chinese breaks after the 3rd and 9th sentences; English as-is: [4, 3, 4]
    mt = [MT[:3], MT[3:9], MT[9:]]
    en, start = [], 0
    for size in breaks:
        en.append(ENGLISH[start:start + size])
        start += size
    assert _pairs(align_paragraphs(zh, mt, en)) == GOLD


def test_dictionary_only_and_length_only_modes_still_cover_everything_in_order():
    glosses = [mt.lower() for mt in MT]  # stands in for dictionary glosses
    by_glosses = align_segments(ZH, None, ENGLISH, glosses=glosses)
    assert _covers_everything_once(by_glosses, len(ZH), len(ENGLISH))
    assert len(set(_pairs(by_glosses)) & set(GOLD)) >= 6
    by_length = align_segments(ZH, None, ENGLISH)
    assert _covers_everything_once(by_length, len(ZH), len(ENGLISH))
    assert sum(1 for u in by_length if u.zh and u.en) >= 6  # lengths alone still pair most sentences


def test_a_blank_translation_falls_back_on_length_instead_of_being_skipped():
    mt = list(MT)
    mt[3] = ""  # the MT dropped "The train was late."
    units = align_segments(ZH, mt, ENGLISH)
    assert ((3,), (4,)) in _pairs(units)


def _all_paths(n: int, m: int, prefix=()):
    """Every monotone cover of n × m segments by SHAPES, as (shape index, end row, end column) steps."""
    i, j = (prefix[-1][1], prefix[-1][2]) if prefix else (0, 0)
    if (i, j) == (n, m):
        yield prefix
    for k, (a, b) in enumerate(SHAPES):
        if i + a <= n and j + b <= m and (a or b):
            yield from _all_paths(n, m, prefix + ((k, i + a, j + b),))


@pytest.mark.parametrize("seed", range(6))
def test_best_path_and_margins_agree_with_brute_force(seed):
    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(1, 4)), int(rng.integers(1, 5))
    skip = -0.1
    values = np.full((len(SHAPES), n + 1, m + 1), -np.inf)
    for k, (a, b) in enumerate(SHAPES):
        if a <= n and b <= m:
            values[k, a:, b:] = skip if not a or not b else rng.random((n + 1 - a, m + 1 - b))
    totals = {path: sum(values[step] for step in path) for path in _all_paths(n, m)}
    best = max(totals, key=totals.get)
    found = best_path(values, skip)
    assert tuple((u.shape, u.zh_end, u.en_end) for u in found) == best
    for unit in found:
        rival = max((t for p, t in totals.items() if (unit.shape, unit.zh_end, unit.en_end) not in p), default=-np.inf)
        assert unit.margin == pytest.approx(totals[best] - rival) or (rival == -np.inf and unit.margin == np.inf)


def test_flags_mark_units_with_a_close_rival_and_only_those():
    units = align_segments(ZH, MT, ENGLISH)
    assert all(u.flagged == (u.margin < AlignParams().flag_margin) for u in units)
    assert {u.zh: u for u in units}[(5,)].margin > 0.1  # "He waited 45 minutes." has no rival
    twins = align_segments(["他笑了。", "他走了。", "他笑了。"], ["He laughed.", "He left.", "He laughed."],
                           ["He laughed.", "He left.", "He laughed.", "He laughed."])
    # whether the last "He laughed." is the second English one's pair or left unpaired is nearly a coin toss
    assert twins[-1].margin < 0.1 < twins[0].margin


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("Mr. Smith met Dr. Jones in the U.S. Army camp. They talked.",
         ["Mr. Smith met Dr. Jones in the U.S. Army camp.", "They talked."]),
        ("Prices rose 3.5 percent. Nobody knew why!", ["Prices rose 3.5 percent.", "Nobody knew why!"]),
        ('"Are you coming?" she asked. "Yes." He left.', ['"Are you coming?" she asked.', '"Yes."', "He left."]),
        ("It was J. R. R. Tolkien. Really.", ["It was J. R. R. Tolkien.", "Really."]),
        ("He waited... Then it came. (It was late.) Fine.", ["He waited...", "Then it came.", "(It was late.)", "Fine."]),
        ("no final stop", ["no final stop"]),
    ],
)
def test_english_sentence_splitter(text, sentences):
    assert split_english_sentences(text) == sentences


WORDS = "river mountain lantern copper violin harbour meadow thunder orchard saddle lemon glacier".split()


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6), max_size=14),
    st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6), max_size=14),
)
def test_any_input_gives_a_monotone_cover_with_allowed_shapes(source, target):
    mt = [" ".join(words) for words in source]
    en = [" ".join(words) for words in target]
    units = align_segments(["中文"] * len(mt), mt, en)
    assert _covers_everything_once(units, len(mt), len(en))
    assert {(len(u.zh), len(u.en)) for u in units} <= set(SHAPES)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(1, 4), min_size=1, max_size=5), st.lists(st.integers(1, 4), min_size=1, max_size=5),
       st.data())
def test_paragraph_mode_puts_every_sentence_in_exactly_one_unit(zh_sizes, en_sizes, data):
    words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=5).map(" ".join)
    mt = [[data.draw(words) for _ in range(size)] for size in zh_sizes]
    en = [[data.draw(words) for _ in range(size)] for size in en_sizes]
    zh = [["中文"] * size for size in zh_sizes]
    units = align_paragraphs(zh, mt, en)
    assert _covers_everything_once(units, sum(zh_sizes), sum(en_sizes))


def test_long_text_with_merges_and_an_omission_beyond_one_block_of_rows():
    # 400 distinct numbered sentences; the translation merges every tenth pair and drops one
    mt = [f"Sentence {n} tells of the {WORDS[n % len(WORDS)]} number {n}." for n in range(400)]
    en, gold = [], []
    n = 0
    while n < len(mt):
        if n == 205:
            gold.append(((n,), ()))
            n += 1
        elif n % 10 == 3:
            gold.append(((n, n + 1), (len(en),)))
            en.append(mt[n] + " " + mt[n + 1])
            n += 2
        else:
            gold.append(((n,), (len(en),)))
            en.append(mt[n])
            n += 1
    assert _pairs(align_segments(["中文"] * len(mt), mt, en)) == gold


@pytest.mark.parametrize(
    "english, change",
    [("'All right.'", +0.05), ("All right.", -0.05), ("'All right?'", +0.05 - 0.03), ("All right?", -0.05 - 0.03)],
)
def test_units_ending_alike_on_both_sides_score_higher(english, change):
    zh, mt = ["“好吧。”"], ['"All right."']
    cued = align_segments(zh, mt, [english])[0].score
    plain = align_segments(zh, mt, [english], params=AlignParams(quote_weight=0, mark_weight=0))[0].score
    assert cued - plain == pytest.approx(change, abs=1e-3)


def test_a_reply_inside_the_same_quotation_stays_with_its_speech():
    zh = ["他问：“你还会回来吗？不会了。”", "他转身走进了雨里。"]
    mt = ['He asked, "Will you come back? No more."', "He turned and walked into the rain."]
    en = ["'Will you ever come back?' he asked.", "'Never.'", "He turned and walked off into the rain."]
    assert _pairs(align_segments(zh, mt, en)) == [((0,), (0, 1)), ((1,), (2,))]


def test_a_text_too_large_for_one_table_is_cut_into_windows_at_confident_paragraphs(monkeypatch):
    from bitext.align import paragraphs

    # the long numbered text of the test above, in paragraphs of ten sentences on both sides
    mt = [f"Sentence {n} tells of the {WORDS[n % len(WORDS)]} number {n}." for n in range(120)]
    en = [mt[n] + " " + mt[n + 1] if n % 10 == 3 else mt[n] for n in range(120) if n % 10 != 4]
    zh_paragraphs = [mt[k:k + 10] for k in range(0, 120, 10)]
    en_paragraphs = [en[k:k + 9] for k in range(0, len(en), 9)]
    whole = align_paragraphs([["中文"] * 10] * 12, zh_paragraphs, en_paragraphs)
    calls = []
    original = paragraphs.align_segments
    monkeypatch.setattr(paragraphs, "WINDOW_CELLS", 2000)
    monkeypatch.setattr(paragraphs, "align_segments",
                        lambda zh, mt, en, **k: calls.append(len(zh) * len(en)) or original(zh, mt, en, **k))
    windowed = align_paragraphs([["中文"] * 10] * 12, zh_paragraphs, en_paragraphs)
    assert calls[0] == 12 * 12 and len(calls) > 3 and max(calls[1:]) <= 2000  # paragraphs first, then small windows
    assert _pairs(windowed) == _pairs(whole)
    assert _covers_everything_once(windowed, 120, len(en))


def test_one_long_paragraph_is_cut_into_pieces_for_the_windows(monkeypatch):
    from bitext.align import paragraphs

    mt = [f"Sentence {n} tells of the {WORDS[n % len(WORDS)]} number {n}." for n in range(150)]
    en = [mt[n] + " " + mt[n + 1] if n % 10 == 3 else mt[n] for n in range(150) if n % 10 != 4]
    monkeypatch.setattr(paragraphs, "WINDOW_CELLS", 3000)
    units = align_paragraphs([["中文"] * 150], [mt], [en])  # sentence mode: one paragraph a side
    assert _covers_everything_once(units, 150, len(en))
    assert sum(len(u.zh) == 2 for u in units) >= 14  # the merges are found in every window


def test_a_joined_chinese_sentence_with_nothing_in_the_english_costs_the_unit():
    zh = ["他打开了窗户。", "译者删掉了这一句。", "然后他坐下来喝茶。"]
    mt = ["He opened the window.", "Zebras juggle purple umbrellas.", "Then he sat down to drink tea."]
    en = ["He opened the window.", "Then he sat down and drank some tea."]
    params = AlignParams()
    plain = AlignParams(member_weight=0.0)
    sims = {p: {(u.zh, u.en): u.score for u in align_segments(zh, mt, en, params=p)} for p in (params, plain)}
    assert ((1, 2), (1,)) in sims[params]  # absorbed all the same (see _NOT_YET), but it paid for it
    for unit, score in sims[params].items():
        if unit[0] and unit[1]:
            expected = params.member_weight * params.member_floor if unit[0] == (1, 2) else 0.0
            assert sims[plain][unit] - score == pytest.approx(expected, abs=1e-3)
