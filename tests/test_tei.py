"""TEI P5 output: validity, text fidelity, ruby, names, translations, determinism."""

from __future__ import annotations

import unicodedata

import pytest
from lxml import etree

from bitext.model import GlossaryEntry, MTInfo, NameSpan, NameType, Translation
from bitext.pipeline import annotate_file, annotate_text
from bitext.tei import to_tei

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def text_without(element, skip=("rt", "reg", "desc")) -> str:
    copy = etree.fromstring(etree.tostring(element))
    for tag in skip:
        for node in copy.iter(f"{TEI}{tag}"):
            node.text = ""
            for child in list(node):
                node.remove(child)
    return "".join(copy.itertext())


@pytest.fixture(scope="module")
def seed_doc(seed_path):
    return annotate_file(seed_path)


def test_seed_tei_is_valid_and_keeps_the_text(seed_doc, validate_tei):
    root = validate_tei(to_tei(seed_doc))
    paragraphs = {p.id: seed_doc.text[p.start:p.end] for p in seed_doc.paragraphs()}
    body = root.find(f"{TEI}text")
    written = {el.get(XML_ID): text_without(el) for el in body.iter(f"{TEI}p", f"{TEI}head")}
    assert written == paragraphs
    assert len(root.findall(f".//{TEI}div[@type='boilerplate']")) == 1
    assert [h.get(XML_ID) for h in root.iter(f"{TEI}head")] == ["p10", "p27", "p35", "p47"]
    header = root.find(f"{TEI}teiHeader")
    assert header.find(f".//{TEI}idno[@type='sha256']").text == seed_doc.sha256
    assert {a.get("ident") for a in header.iter(f"{TEI}application")} >= {"bitext", "pypinyin", "opencc", "rjieba"}
    assert [lang.get("ident") for lang in header.iter(f"{TEI}language")] == ["zh-Hans", "en"]


def test_ruby_has_one_nfc_syllable_per_character(seed_doc, validate_tei):
    root = validate_tei(to_tei(seed_doc))
    rubies = list(root.iter(f"{TEI}ruby"))
    assert len(rubies) > 1000
    for ruby in rubies:
        word = ruby.find(f"{TEI}rb/{TEI}w").text
        rt = ruby.find(f"{TEI}rt").text
        assert rt == unicodedata.normalize("NFC", rt)
        assert len(rt.split(" ")) == len(word), (word, rt)


def test_english_runs_are_foreign(seed_doc, validate_tei):
    root = validate_tei(to_tei(seed_doc))
    foreign = ["".join(f.itertext()) for f in root.iter(f"{TEI}foreign")]
    for run in ("Vladimir Putin", "in Ukraine", "Washington DC", "Nargis Kazenova", "Temur Umarov"):
        assert run in foreign


def test_same_input_same_bytes(seed_path):
    assert to_tei(annotate_file(seed_path)) == to_tei(annotate_file(seed_path))


def test_bilingual_names_guards_and_gaps_validate(validate_tei):
    doc = annotate_text("托加耶夫说。\n第二句\x0b话。普京和𠮷😀。\n")
    tokayev = GlossaryEntry("tokayev", "Kassym-Jomart Tokayev", NameType.PERSON, "托卡耶夫", ("托加耶夫",), short="Tokayev")
    bri = GlossaryEntry("bri", "Belt and Road Initiative", NameType.TERM, "一带一路")
    doc.entries = {"tokayev": tokayev, "bri": bri}
    first = next(doc.sentences())
    first.names = [NameSpan(0, 1, entry_id="tokayev", type=NameType.PERSON, form="托加", preferred="托卡耶夫")]
    doc.mt = MTInfo("argostranslate", "1.11.0", "translate-zh_en", "1.9", {"beam_size": "4"})
    for n, sentence in enumerate(doc.sentences()):
        sentence.translation = Translation(f"English {n}.", guards=("repetition",) if n == 1 else ())
    doc.options["regularize"] = "yes"
    root = validate_tei(to_tei(doc))
    links = [link.get("target") for link in root.iter(f"{TEI}link")]
    assert "#p1-s1 #en-p1-s1" in links and "#p2 #en-p2" in links
    assert len(links) == 2 + 3  # two paragraphs, three sentences
    assert root.find(f".//{TEI}persName[@ref='#tokayev']/{TEI}choice/{TEI}reg").text == "托卡耶夫"
    assert root.find(f".//{TEI}gap[@reason='forbidden-character']") is not None
    assert root.find(f".//{TEI}s[@ana='#guard-repetition']").text == "English 1."
    assert root.find(f".//{TEI}application[@ident='argostranslate']/{TEI}desc").text.endswith("beam_size=4")


def test_traditional_input_gets_the_pinyin_of_its_simplified_form():
    simplified = annotate_text("哈萨克斯坦总统将逃亡者的处境描述为绝望,并为乌克兰着想。")
    traditional = annotate_text("哈薩克斯坦總統將逃亡者的處境描述為絕望,並為烏克蘭著想。")
    assert traditional.script == "zh-Hant"
    assert [t.pinyin for t in traditional.tokens()] == [t.pinyin for t in simplified.tokens()]
    assert "".join(t.text for t in traditional.tokens()).startswith("哈薩克斯坦總統")


def test_existing_translation_with_n_to_m_units(validate_tei):
    from bitext.model import AlignmentLink, TargetParagraph, TargetSentence

    doc = annotate_text("他来了。她走了。\n没有对应的句子。\n")
    doc.target = [TargetParagraph("en-p1", [TargetSentence("en-s1", "He came and she left.")])]
    doc.links = [
        AlignmentLink(("p1-s1", "p1-s2"), ("en-s1",), score=0.8),
        AlignmentLink(("p2-s1",), (), score=None, flagged=True),
    ]
    root = validate_tei(to_tei(doc))
    assert [link.get("target") for link in root.iter(f"{TEI}link")] == ["#p1-s1 #p1-s2 #en-s1"]
    assert root.find(f".//{TEI}link").get("cert") == "0.800"
    assert root.find(f".//{TEI}s[@resp='#translator']").text == "He came and she left."


def test_entries_list_every_chinese_form_and_read_back(validate_tei, seed_path):
    from bitext.glossary import load_glossary
    from bitext.teiread import read_tei

    glossary = load_glossary([seed_path.parents[1] / "glossary"])
    doc = annotate_file(seed_path, glossary=glossary)
    data = to_tei(doc)
    root = validate_tei(data)
    person = root.find(f".//{TEI}person[@{XML_ID}='tokayev']")
    forms = {(n.get("type"), n.get("{http://www.w3.org/XML/1998/namespace}lang"), n.text) for n in person}
    assert {("preferred", "zh-Hans", "卡西姆-乔马尔特·托卡耶夫"), ("short", "zh-Hans", "托卡耶夫"),
            ("variant", "zh-Hans", "托加耶夫"), ("short", "en", "Tokayev")} <= forms
    back = read_tei(data, seed_path.name)
    assert back.entries["tokayev"].chinese_short == doc.entries["tokayev"].chinese_short == ("托卡耶夫",)


def test_name_certainty_and_proposed_entries_are_marked(validate_tei):
    """A probable variant or an unlisted name carries @cert; a proposed entry is marked in its list (issue 11)."""
    doc = annotate_text("托加耶夫和卡塞诺娃说。")
    doc.entries = {
        "tokayev": GlossaryEntry("tokayev", "Tokayev", NameType.PERSON, "托卡耶夫"),
        "kazenova": GlossaryEntry("kazenova", "Kazenova", NameType.PERSON, "卡塞诺娃", proposed=True),
    }
    sentence = next(doc.sentences())
    assert "".join(t.text for t in sentence.tokens[:2]) == "托加耶夫"
    assert "".join(t.text for t in sentence.tokens[3:5]) == "卡塞诺娃"
    sentence.names = [
        NameSpan(0, 2, entry_id="tokayev", type=NameType.PERSON, form="托加耶夫", cert="medium"),
        NameSpan(3, 5, entry_id="kazenova", type=NameType.PERSON, form="卡塞诺娃", cert="low"),
    ]
    root = validate_tei(to_tei(doc))
    assert [(n.get("ref"), n.get("cert")) for n in root.iter(f"{TEI}persName") if n.get("ref")] == [
        ("#tokayev", "medium"), ("#kazenova", "low")]
    proposed = root.find(f".//{TEI}person[@{XML_ID}='kazenova']")
    assert proposed.get("cert") == "low" and proposed.find(f"{TEI}note[@type='proposed']") is not None
    assert root.find(f".//{TEI}person[@{XML_ID}='tokayev']").get("cert") is None


def test_streaming_writes_the_same_bytes_in_any_chunk_size(seed_path, seed_glossary, monkeypatch):
    """annotate_to_tei (chunk by chunk, long paragraphs cut between sentences) == to_tei of the whole document."""
    import io

    import bitext.pipeline as pipeline

    whole = to_tei(annotate_file(seed_path, glossary=seed_glossary))
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 60)  # many chunks, most paragraphs cut
    out = io.BytesIO()
    doc = pipeline.annotate_to_tei(seed_path, out, glossary=seed_glossary)
    assert out.getvalue() == whole
    assert not any(p.sentences for p in doc.paragraphs())  # nothing kept once written
    assert "tokayev" in doc.entries


def test_same_shape_with_and_without_english(validate_tei):
    """The Chinese is at text/group/text[@type='source'] whether or not there is English (issue 12)."""
    bare = validate_tei(to_tei(annotate_text("他来了。")))
    english = annotate_text("他来了。")
    next(english.sentences()).translation = Translation("He came.")
    english.mt = MTInfo("argostranslate", "1.11.0", "translate-zh_en", "1.9")
    bilingual = validate_tei(to_tei(english))
    shape = f"{TEI}text/{TEI}group/{TEI}text"
    for root in (bare, bilingual):
        assert [t.get("type") for t in root.findall(shape)] == ["source", "translation"]
        assert root.find(f"{shape}[@type='source']//{TEI}s").get(XML_ID) == "p1-s1"
    assert bilingual.find(f"{shape}[@type='translation']//{TEI}s").text == "He came."


def test_paragraphs_declare_their_whitespace_as_data(validate_tei):
    """xml:space="preserve" on every paragraph, where the spaces between words are the article's (issue 12).

    A pretty-printer that honours it (Oxygen, Saxon's indent) adds no space between Chinese words.
    """
    doc = annotate_text("他 说 Vladimir Putin 来了。\n第二 段。")
    english = doc.sections[0].paragraphs[0].sentences[0]
    english.translation = Translation("He said.")
    doc.mt = MTInfo("argostranslate", "1.11.0", "translate-zh_en", "1.9")
    root = validate_tei(to_tei(doc))
    paragraphs = [p for p in root.iter(f"{TEI}p", f"{TEI}head") if p.get(XML_ID)]
    assert [p.get(XML_ID) for p in paragraphs] == ["p1", "p2", "en-p1"]
    assert {p.get("{http://www.w3.org/XML/1998/namespace}space") for p in paragraphs} == {"preserve"}
    assert [text_without(p) for p in paragraphs[:2]] == ["他 说 Vladimir Putin 来了。", "第二 段。"]


def test_header_names_the_file_not_its_folders_and_tags_traditional_forms(validate_tei):
    doc = annotate_text("他来了。", "/home/someone/secret/article.txt")
    doc.entries = {"taiwan": GlossaryEntry("taiwan", "Taiwan", NameType.PLACE, "台湾", variants=("臺灣",))}
    data = to_tei(doc)
    assert b"/home/someone" not in data
    root = validate_tei(data)
    assert root.find(f".//{TEI}idno[@type='filename']").text == "article.txt"
    langs = {n.text: n.get("{http://www.w3.org/XML/1998/namespace}lang") for n in root.iter(f"{TEI}placeName")}
    assert langs["台湾"] == "zh-Hans" and langs["臺灣"] == "zh-Hant"


def test_the_shipped_stylesheet_renders_ruby_english_and_names(seed_path, seed_glossary):
    """bitext/xslt/tei-to-html.xsl (XSLT 1.0, run by lxml): every word with its pinyin, the English, the names."""
    import lxml.html

    from bitext.tei import render_html

    doc = annotate_file(seed_path, glossary=seed_glossary)
    for n, sentence in enumerate(doc.sentences()):
        sentence.translation = Translation(f"English <b>{n}</b> & more.")
    doc.mt = MTInfo("argostranslate", "1.11.0", "translate-zh_en", "1.9")
    tei = to_tei(doc)
    page = lxml.html.fromstring(render_html(tei))
    root = etree.fromstring(tei)
    assert len(page.findall(".//ruby")) == len(list(root.iter(f"{TEI}ruby"))) > 1000
    first = page.get_element_by_id("p2")
    for rt in first.findall(".//rt"):
        rt.drop_tree()
    assert first.text_content() == seed_doc_text(doc, "p2")
    english = first.getnext()
    assert english.get("lang") == "en" and english.text_content().startswith("English <b>")
    names = page.find_class("persName")
    assert names and all(n.get("href").startswith("#") for n in names)
    english_of = {p.get(XML_ID): p.findtext(f"{TEI}persName[@type='full']") for p in root.iter(f"{TEI}person")}
    assert all(n.get("title") == english_of[n.get("href")[1:]] for n in names if english_of[n.get("href")[1:]])
    assert all(n.get("title") is None for n in names if not english_of[n.get("href")[1:]])  # 徐雄: no English yet
    assert page.get_element_by_id("tokayev").text_content() == "Kassym-Jomart Tokayev"
    assert not page.findall(".//b")  # the English is text, not markup


def seed_doc_text(doc, paragraph_id: str) -> str:
    paragraph = next(p for p in doc.paragraphs() if p.id == paragraph_id)
    return doc.text[paragraph.start:paragraph.end]


def test_the_stylesheet_keeps_a_hostile_ref_out_of_the_link():
    from bitext.tei import render_html

    tei = to_tei(annotate_text("普京说。")).replace(
        b"<ruby><rb><w>\xe6\x99\xae\xe4\xba\xac", b'<persName ref="javascript:alert(1)#x"><ruby><rb><w>\xe6\x99\xae\xe4\xba\xac', 1
    ).replace(b"</ruby><ruby><rb><w>\xe8\xaf\xb4", b"</ruby></persName><ruby><rb><w>\xe8\xaf\xb4", 1)
    assert b"persName" in tei
    assert b"javascript" not in render_html(tei)


@pytest.mark.slow
def test_streaming_memory_does_not_grow_with_the_article(tmp_path, monkeypatch, seed_path):
    """Four times the text, about the same peak: only a chunk of sentences is alive (issue 16).

    Counted in bytes allocated (tracemalloc), not time; the whole-document path needs about
    350 bytes per character, the streaming one a few (the text itself and one small object per paragraph).
    """
    import tracemalloc

    import bitext.pipeline as pipeline

    lines = [line for line in seed_path.read_text(encoding="utf-8").splitlines()[:55] if line]
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 2000)
    annotate_text("".join(lines[:5]))  # load dictionaries and models before counting
    peaks = {}
    for copies in (8, 32):
        path = tmp_path / f"article-{copies}.txt"
        path.write_text("\n".join(lines * copies), encoding="utf-8")
        with open(tmp_path / "out.xml", "wb") as out:
            tracemalloc.start()
            pipeline.annotate_to_tei(path, out)
        peaks[copies] = (tracemalloc.get_traced_memory()[1], len(path.read_text(encoding="utf-8")))
        tracemalloc.stop()
    (small, small_chars), (large, large_chars) = peaks[8], peaks[32]
    assert large - small < 40 * (large_chars - small_chars), peaks


def test_the_header_says_which_glossary_names_were_checked_against(seed_path, seed_glossary):
    """With no glossary the header says so, rather than staying silent about an unchecked article."""
    def editorial(doc) -> list[str]:
        root = etree.fromstring(to_tei(doc))
        return [p.text for p in root.iterfind(f".//{TEI}editorialDecl/{TEI}p") if p.text.startswith("glossary:")]

    assert editorial(annotate_file(seed_path)) == ["glossary: none"]
    assert editorial(annotate_file(seed_path, glossary=seed_glossary))[0].startswith("glossary: seed.tsv (")
