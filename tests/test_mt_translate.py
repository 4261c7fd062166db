"""Translating with a real (tiny) Argos package: output, guards, terms, script, stage."""

from __future__ import annotations

import pytest

from argos_fixture import template_pairs
from bitext.model import ParagraphKind
from bitext.mt import load_translator
from bitext.mt.stage import translate_document
from bitext.pipeline import AnnotateOptions, annotate_text

NO_MT = AnnotateOptions()


def test_template_sentences_translate(tiny_translator):
    pairs = template_pairs()[::7]
    results = tiny_translator.translate([zh for zh, _ in pairs])
    correct = sum(r.text == en for r, (_, en) in zip(results, pairs))
    assert correct >= 0.9 * len(pairs), [(r.text, en) for r, (_, en) in zip(results, pairs) if r.text != en]
    assert tiny_translator.translate(["普京说。"])[0].text == "Putin said."
    assert all(r.guards == () for r in results)


def test_batching_does_not_change_the_english(tiny_translator):
    sources = [zh for zh, _ in template_pairs()[:40]]
    one_by_one = [tiny_translator.translate([s])[0].text for s in sources]
    assert [r.text for r in tiny_translator.translate(sources)] == one_by_one


def test_traditional_input_reaches_the_model_as_simplified(tiny_translator):
    doc = annotate_text("普京說。\n托卡耶夫訪問了俄羅斯。\n", options=NO_MT, translator=tiny_translator)
    assert [s.translation.text for s in doc.sentences()] == ["Putin said.", "Tokayev visited Russia."]


def test_every_sentence_of_headings_and_paragraphs_gets_one_translation(tiny_translator):
    text = "普京会见了拜登。\n\n普京说。托卡耶夫说。\n习近平访问了中国。"
    doc = annotate_text(text, options=NO_MT)
    translated = translate_document(doc, tiny_translator)
    expected = [s for p in doc.paragraphs() if p.kind is not ParagraphKind.BOILERPLATE for s in p.sentences]
    assert translated == len(expected) >= 4
    assert all(s.translation and s.translation.text and s.translation.resp == "mt" for s in expected)
    assert doc.mt.engine == "argostranslate" and doc.mt.package == "translate-zh_en-tiny"
    assert doc.mt.options["beam_size"] == "4"


def test_boilerplate_is_not_translated(tiny_translator, seed_path):
    doc = annotate_text(seed_path.read_text(encoding="utf-8"), options=NO_MT)
    boiler = [s for p in doc.paragraphs() if p.kind is ParagraphKind.BOILERPLATE for s in p.sentences]
    assert boiler, "the seed ends with a 'More Stories' block"
    translate_document(doc, tiny_translator)
    assert all(s.translation is None for s in boiler)


def test_terms_present_and_missing(tiny_translator):
    [found, missing] = tiny_translator.translate(
        ["普京说。", "普京说。"],
        terms=[[("普京", "Putin", "putin")], [("普京", "Vladimir Putin", "putin")]],
    )
    assert found.missing_terms == () and missing.missing_terms == ("putin",)


def test_nbest_prefers_the_hypothesis_with_the_glossary_english(tiny_translator):
    """The beam's best hypothesis that has the glossary's English wins over a 1-best without it."""
    source = "习近平访问了乌克兰。"
    beam = [tiny_translator._detok(tokens) for tokens, _ in
            tiny_translator._run([tiny_translator._sp.encode(source, out_type=str)], 256, n_best=True)[0]]
    first = beam[0]
    word, wanted = next((w, h) for h in beam[1:] for w in h.rstrip(".").split() if w not in first.split())
    [plain] = tiny_translator.translate([source])
    [chosen] = tiny_translator.translate([source], terms=[[("习近平", word, "entry")]])
    assert plain.text == first and plain.missing_terms == ()
    assert chosen.text == wanted and chosen.missing_terms == ()
    [hopeless] = tiny_translator.translate([source], terms=[[("习近平", "Zhou Enlai", "zhou")]])
    assert hopeless.text == first and hopeless.missing_terms == ("zhou",)


def test_split_guard_cuts_long_sources_at_commas(tiny_package_dir):
    translator = load_translator(tiny_package_dir, max_source_tokens=6)
    [result] = translator.translate(["普京表示，中国是朋友，托卡耶夫说。"])
    assert "split_long_input" in result.guards
    assert "Tokayev" in result.text and "Putin" in result.text
    [short] = translator.translate(["普京说。"])
    assert short.guards == ()
    pieces = translator._split("普京表示，中国是朋友，托卡耶夫说。", [""] * 99)
    assert all(0 < len(p) <= 6 for p in pieces) and "".join("".join(p) for p in pieces).count("▁") == len(pieces)


def test_runaway_output_is_caught_and_capped(looping_package_dir):
    guarded = load_translator(looping_package_dir)
    unguarded = load_translator(looping_package_dir, guards=False)
    source = "普京访问了哈萨克斯坦。"
    [loose] = unguarded.translate([source])
    [result] = guarded.translate([source])
    assert loose.guards == () and len(loose.text) > 3 * len(result.text)
    assert "repetition" in result.guards
    pieces = guarded._sp.encode(result.text, out_type=str)
    assert len(pieces) <= guarded._cap(len(guarded._sp.encode(source)) + 1)


def test_empty_output_is_retried(empty_package_dir):
    [loose] = load_translator(empty_package_dir, guards=False).translate(["普京说。"])
    assert loose.text == ""
    [result] = load_translator(empty_package_dir).translate(["普京说。"])
    assert result.guards == ("empty_output",) and result.text


@pytest.mark.parametrize("options", [{"beam_size": 1}, {"batch_size": 2, "inter_threads": 1}])
def test_options_are_in_the_identity(tiny_package_dir, tiny_translator, options):
    other = load_translator(tiny_package_dir, **options)
    assert (other.identity != tiny_translator.identity) == ("beam_size" in options)


def test_progress_bar_goes_to_stderr_only_when_asked(tiny_translator, capsys):
    for progress in (False, True):
        translate_document(annotate_text("普京说。\n拜登说。", options=NO_MT), tiny_translator, progress=progress)
        captured = capsys.readouterr()
        assert captured.out == "" and ("translating" in captured.err) == progress
