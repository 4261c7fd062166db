"""Reading TEI back: annotate → to_tei → read_tei → to_tei gives the same bytes."""

from __future__ import annotations

import pytest
from lxml import etree
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bitext.io import InputError
from bitext.model import (
    AlignmentLink,
    GlossaryEntry,
    MTInfo,
    NameSpan,
    NameType,
    ParagraphKind,
    TargetParagraph,
    TargetSentence,
    Translation,
)
from bitext.pipeline import annotate_file, annotate_text
from bitext.tei import TEI_NS, XML_NS, to_tei
from bitext.teiread import is_tei, read_tei

ARTICLE = (
    "哈萨克斯坦总统托卡耶夫访问莫斯科\n"
    "托卡耶夫说,俄罗斯人可以留在哈萨克斯坦。普京(Vladimir Putin)没有回答!\n"
    "他们在“上海合作组织”开会\x07,投票率达到12.5%。\n"
    "More Stories\n"
    "俄罗斯经济的另一个迹象\n"
)


def _span(sentence, text: str) -> tuple[int, int]:
    """Token indices of the first run of tokens whose text is ``text``."""
    tokens = sentence.tokens
    for i in range(len(tokens)):
        joined = ""
        for j in range(i, len(tokens)):
            joined += tokens[j].text
            if joined == text:
                return i, j + 1
            if not text.startswith(joined):
                break
    raise AssertionError(f"{text!r} not in sentence")


def _enriched_document(regularize: bool = False):
    """A document with every field the TEI writer shows: names, entries, English, MT record, guards."""
    doc = annotate_text(ARTICLE, "sample.txt")
    doc.entries = {
        "tokayev": GlossaryEntry("tokayev", "Kassym-Jomart Tokayev", NameType.PERSON, "托卡耶夫",
                                 variants=("托加耶夫",), short="Tokayev", note="President of Kazakhstan"),
        "putin": GlossaryEntry("putin", "Vladimir Putin", NameType.PERSON, "普京"),
        "kazakhstan": GlossaryEntry("kazakhstan", "Kazakhstan", NameType.PLACE, "哈萨克斯坦"),
        "sco": GlossaryEntry("sco", "Shanghai Cooperation Organisation", NameType.ORGANISATION, "上海合作组织"),
        "moscow": GlossaryEntry("moscow", "Moscow", NameType.PLACE, "莫斯科", proposed=True),
        "mobilisation": GlossaryEntry("mobilisation", "partial mobilisation", NameType.TERM, "部分动员",
                                      variants=("局部动员",), note="Sept 2022"),
    }
    sentences = list(doc.sentences())
    for sentence in sentences:
        text = doc.text[sentence.start:sentence.end]
        for form, entry_id, cert in (("托卡耶夫", "tokayev", ""), ("哈萨克斯坦", "kazakhstan", ""),
                                     ("普京", "putin", "medium"), ("上海合作组织", "sco", ""), ("莫斯科", "moscow", "low")):
            if form in text:
                first, last = _span(sentence, form)
                entry = doc.entries[entry_id]
                sentence.names.append(NameSpan(first, last, entry_id=entry_id, type=entry.type, form=form, cert=cert,
                                               preferred="托加耶夫" if regularize and entry_id == "tokayev" else form))
    for n, sentence in enumerate(sentences):
        if doc.sections[-1].paragraphs[0].start <= sentence.start:
            continue  # the boilerplate is not translated
        sentence.translation = Translation(f"English sentence {n}.", resp="human" if n == 2 else "mt",
                                           guards=("repetition",) if n == 1 else ())
    doc.mt = MTInfo("argostranslate", "1.11.0", "translate-zh_en", "1.9", {"beam_size": "4", "max_length": "256"})
    if regularize:
        doc.options["regularize"] = "yes"
    return doc


def test_seed_round_trips_to_identical_bytes(seed_path):
    first = to_tei(annotate_file(seed_path))
    assert to_tei(read_tei(first)) == first


@pytest.mark.parametrize("regularize", [False, True])
def test_names_english_and_header_round_trip(regularize):
    doc = _enriched_document(regularize)
    first = to_tei(doc)
    again = read_tei(first)
    assert to_tei(again) == first
    unwritten = {"source": "", "chinese_short": ()}  # not in the TEI
    assert again.entries == {k: GlossaryEntry(**{**vars(e), **unwritten}) for k, e in doc.entries.items()}
    assert again.mt == doc.mt
    assert [s.translation for s in again.sentences()] == [s.translation for s in doc.sentences()]
    def names(d):
        return [sorted((n.first, n.last, n.entry_id, n.type, n.form, n.cert) for n in s.names) for s in d.sentences()]

    assert names(again) == names(doc)
    assert again.entries["moscow"].proposed and not again.entries["putin"].proposed
    assert {n.cert for s in again.sentences() for n in s.names} == {"", "medium", "low"}


def test_structure_text_and_offsets_are_rebuilt(seed_path):
    doc = annotate_file(seed_path)
    again = read_tei(to_tei(doc))
    assert [p.id for p in again.paragraphs()] == [p.id for p in doc.paragraphs()]
    assert [p.kind for p in again.paragraphs()] == [p.kind for p in doc.paragraphs()]
    assert [s.kind for s in again.sections] == [s.kind for s in doc.sections]
    assert ParagraphKind.HEADING in {p.kind for p in again.paragraphs()}
    for old, new in zip(doc.paragraphs(), again.paragraphs()):
        assert again.text[new.start:new.end] == doc.text[old.start:old.end]
    for old, new in zip(doc.tokens(), again.tokens()):
        assert (new.text, new.kind, new.pinyin, new.norm) == (old.text, old.kind, old.pinyin, old.norm)
        assert again.text[new.start:new.end] == new.text
    assert (again.sha256, again.source_name, again.encoding, again.tools, again.options) == (
        doc.sha256, doc.source_name, doc.encoding, doc.tools, doc.options)


def test_existing_translation_and_alignment_units_round_trip():
    doc = annotate_text("他来了。她走了。\n没有对应的句子。\n")
    doc.target = [TargetParagraph("en-p1", [TargetSentence("en-s1", "He came and she left."),
                                            TargetSentence("en-s2", "An extra sentence.")])]
    doc.links = [
        AlignmentLink(("p1-s1", "p1-s2"), ("en-s1",), score=0.8),
        AlignmentLink(("p2-s1",), (), flagged=True),
        AlignmentLink((), ("en-s2",), flagged=True),
    ]
    first = to_tei(doc)
    again = read_tei(first)
    assert to_tei(again) == first
    assert again.target == doc.target
    assert again.links == doc.links


def test_forbidden_character_comes_back_from_its_gap():
    doc = read_tei(to_tei(annotate_text("投票率\x07达到。")))
    assert "\x07" in doc.text


_CHARS = st.sampled_from(list("中国人說話的了一不儿哪是，。！？“”（）() abcXYZ-'.,0123456789%\u00e9\U00020000\x07😀\n"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_CHARS, min_size=1, max_size=60).map("".join))
def test_any_annotated_text_round_trips(text):
    if not text.strip():
        return
    first = to_tei(annotate_text(text))
    assert to_tei(read_tei(first)) == first


def test_is_tei_tells_tei_from_text(seed_path):
    assert is_tei(to_tei(annotate_text("你好。")))
    assert not is_tei(seed_path.read_bytes())
    assert not is_tei(b"<p>not TEI</p>")


def test_refuses_other_xml_and_entities():
    with pytest.raises(InputError):
        read_tei(b"<html xmlns='http://www.w3.org/1999/xhtml'/>")
    with pytest.raises(InputError):
        read_tei(b'<!DOCTYPE TEI [<!ENTITY x "boom">]><TEI xmlns="http://www.tei-c.org/ns/1.0">&x;</TEI>')


_PARAGRAPH_CHARS = st.sampled_from(list("中国人說話一不。，abc 12\x07\x01\x0b"))
_BREAKS = st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n", "\n \n", "\r", "  \n\t"])


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_BREAKS, st.lists(_PARAGRAPH_CHARS, min_size=1, max_size=12).map("".join)),
                min_size=1, max_size=5))
def test_forbidden_characters_keep_their_offsets_across_any_paragraph_breaks(parts):
    """The offset a <gap/> note gives is the one read back, so writing again gives the same bytes (issue 15)."""
    text = "".join(gap + paragraph for gap, paragraph in parts)
    try:
        doc = annotate_text(text)
    except InputError:
        return  # only whitespace
    first = to_tei(doc)
    again = read_tei(first)
    assert to_tei(again) == first
    offsets = [t.start for t in doc.tokens() if t.kind.value == "invalid"]
    assert [t.start for t in again.tokens() if t.kind.value == "invalid"] == offsets
    assert all(again.text[t.start:t.end] == t.text for t in again.tokens())


def test_the_offset_of_a_forbidden_character_after_leading_space_reads_back():
    doc = read_tei(to_tei(annotate_text(" \x07")))
    assert [(t.start, t.text) for t in doc.tokens()] == [(1, "\x07")]


def _first(root, tag: str):
    return next(root.iter(f"{{{TEI_NS}}}{tag}"))


def _set_text(node, text):
    node.text = text


def _replace_content(node, text):
    for child in list(node):
        node.remove(child)
    node.text = text


#: Hand-made changes a TEI editor may make to a bitext file, each still TEI (issue 15).
VARIANTS = {
    "application without @ident": lambda r: _first(r, "application").attrib.pop("ident"),
    "application without @version": lambda r: _first(r, "application").attrib.pop("version"),
    "gap naming U+D800": lambda r: _set_text(_first(r, "gap")[0], "U+D800 at offset 3"),
    "gap without desc": lambda r: _first(r, "gap").remove(_first(r, "gap")[0]),
    "choice without orig": lambda r: _first(r, "choice").remove(_first(r, "orig")),
    "name without @ref": lambda r: _first(r, "persName").attrib.pop("ref"),
    "ruby without rt": lambda r: _first(r, "ruby").remove(_first(r, "rt")),
    "paragraph text without s": lambda r: _replace_content(r.find(f".//{{{TEI_NS}}}p[@{{{XML_NS}}}id='p2']"), "一些文字。"),
    "unknown element in s": lambda r: _set_text(etree.SubElement(_first(r, "s"), f"{{{TEI_NS}}}hi"), "强调"),
    "list item without xml:id": lambda r: _first(r, "person").attrib.pop(f"{{{XML_NS}}}id"),
    "link with one end": lambda r: _first(r, "link").set("target", "#p1"),
    "s without xml:id": lambda r: _first(r, "s").attrib.pop(f"{{{XML_NS}}}id"),
    "English s with a child": lambda r: _set_text(etree.SubElement(
        r.find(f".//{{{TEI_NS}}}text[@type='translation']//{{{TEI_NS}}}s"), f"{{{TEI_NS}}}hi"), "more"),
}


@pytest.mark.parametrize("change", VARIANTS, ids=list(VARIANTS))
def test_hand_made_variants_are_read_and_render(change):
    from bitext.html import to_html

    root = etree.fromstring(to_tei(_enriched_document(regularize=True)))
    VARIANTS[change](root)
    doc = read_tei(etree.tostring(root), "variant.xml")
    assert to_html(doc, "as-written")
    assert all(doc.text[t.start:t.end] == t.text for t in doc.tokens())
    if change == "paragraph text without s":
        second = list(doc.paragraphs())[1]
        assert doc.text[second.start:second.end] == "一些文字。" and second.sentences[0].id == "p2-s1"
    if change == "choice without orig":
        assert "托加耶夫" in doc.text
    if change == "English s with a child":
        assert any(s.translation and s.translation.text.endswith("more") for s in doc.sentences())
    if change == "gap naming U+D800":
        assert "\ud800" not in doc.text


@pytest.mark.parametrize("cert", ["high", "low", "7", "nan"])
def test_alignment_certainty_in_words_reads_as_no_score(cert):
    doc = annotate_text("他来了。\n")
    doc.target = [TargetParagraph("en-p1", [TargetSentence("en-s1", "He came.")])]
    doc.links = [AlignmentLink(("p1-s1",), ("en-s1",), score=0.8)]
    root = etree.fromstring(to_tei(doc))
    _first(root, "link").set("cert", cert)
    assert [link.score for link in read_tei(etree.tostring(root)).links] == [None]
