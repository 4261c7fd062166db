"""Property-based tests over random Unicode text: the annotate pipeline and its TEI hold their invariants.

For any text: the pipeline returns a document or refuses with an
:class:`InputError` (nothing to annotate, or binary); the TEI is well-formed
and valid, its ids unique and its pointers resolved; the Chinese text in it
is the input exactly (characters XML forbids come back from their <gap/>
notes), with only whitespace between paragraphs left out; every token's
offsets point at its text.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bitext.io import InputError
from bitext.pipeline import annotate_text
from bitext.tei import to_tei
from tei_text import zh_paragraphs

#: Characters chosen to hit every branch of the reader, segmenter and writer.
INTERESTING = (
    "中文汉字的是了我你他们发表演讲哈萨克斯坦總統發表演講一不行长重着"  # Han, Simplified and Traditional, polyphones
    "𠮷𪚥😀🇨🇳"  # outside the BMP
    "abcXYZéü0123456789０１２"  # Latin and digits, half and full width
    "。，、！？；：…—“”‘’《》（）[]().,!?;:'\"-%‰·"  # punctuation
    " \t\n\r\u3000\u00a0\u2028\u0085"  # whitespace
    "\x0b\x0c\x1c\x1f\x01\ufffe\uffff"  # XML 1.0 forbids these
    "\ufeff\u200b\u0301\u05d0"  # BOM, zero-width space, combining accent, Hebrew
)
#: Short pieces whose meeting points matter: whitespace next to forbidden characters, line ends
#: of every kind, a name-like run next to punctuation.
PIECES = (
    "中文", "發表演講", "𠮷", "😀", "abc", "U.S.", "3.5", "。", "！”", "……", "[in Ukraine]",
    " ", "\t", "\n", "\r\n", "\r", "\n\n", "\u3000", " \x1f", "\x0b\n", "\x0c", "\n\x1c", "\ufffe", "\x01 ",
)
texts = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
    st.text(alphabet=st.sampled_from(INTERESTING), max_size=120),
    st.text(max_size=60),  # any code point but surrogates
    st.lists(st.text(alphabet=st.sampled_from(INTERESTING[:60] + "。\n"), max_size=25), max_size=8).map("\n".join),
)
PROPERTY = settings(max_examples=200, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
#: Python's whitespace that XML also allows: what may lie between paragraphs.
FORBIDDEN_SPACE = set("\x0b\x0c\x1c\x1d\x1e\x1f")


def is_between_paragraphs(text: str) -> bool:
    return all(c.isspace() and c not in FORBIDDEN_SPACE for c in text)


def annotate_or_refuse(text: str):
    try:
        return annotate_text(text, "random.txt")
    except InputError as exc:
        message = str(exc)
        assert message.startswith("random.txt: ") and "\n" not in message
        stripped = text.lstrip("\ufeff")
        assert not stripped or "\x00" in text or is_between_paragraphs(stripped), message
        return None


@PROPERTY
@given(text=texts)
def test_annotate_never_crashes_and_the_tei_holds_the_text(text, validate_tei):
    doc = annotate_or_refuse(text)
    if doc is None:
        return
    for token in doc.tokens():
        assert doc.text[token.start:token.end] == token.text
    for paragraph in doc.paragraphs():
        assert "".join(t.text for s in paragraph.sentences for t in s.tokens) == doc.text[paragraph.start:paragraph.end]
    data = to_tei(doc)
    assert data == to_tei(doc)  # deterministic
    root = validate_tei(data)  # well-formed, valid, unique ids, pointers resolve
    expected = text[1:] if text.startswith("\ufeff") else text  # the reader drops a leading BOM
    position = 0
    for paragraph in zh_paragraphs(root):
        found = expected.find(paragraph, position)
        assert found >= 0 and is_between_paragraphs(expected[position:found]), (paragraph, expected)
        position = found + len(paragraph)
    assert is_between_paragraphs(expected[position:])


@PROPERTY
@given(st.text(alphabet=st.sampled_from(INTERESTING[:40] + "。\n"), min_size=1, max_size=40),
       st.sampled_from(["\ud800", "\udfff", "\udc00\ud800"]), st.integers(min_value=0, max_value=40))
def test_lone_surrogates_are_refused_with_an_input_error(text, surrogate, at):
    text = text[:at] + surrogate + text[at:]
    with pytest.raises(InputError, match="random.txt: lone UTF-16 surrogate"):
        annotate_text(text, "random.txt")


@settings(max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.lists(st.text(alphabet=st.sampled_from(INTERESTING[:40] + "。，"), min_size=1, max_size=30),
                     min_size=1, max_size=4).map("\n".join))
def test_bilingual_tei_links_resolve(text, tiny_translator, validate_tei):
    """With the tiny Argos model: English for each sentence, and every link has two resolving ends."""
    doc = annotate_or_refuse_with(text, tiny_translator)
    if doc is None:
        return
    root = validate_tei(to_tei(doc))
    xml_id = "{http://www.w3.org/XML/1998/namespace}id"
    translated = [s for s in doc.sentences() if s.translation]
    links = root.findall(".//{http://www.tei-c.org/ns/1.0}link")
    ids = {el.get(xml_id) for el in root.iter() if el.get(xml_id)}
    assert all(t.lstrip("#") in ids for link in links for t in link.get("target").split())
    assert len(links) >= len(translated)


def annotate_or_refuse_with(text: str, translator):
    try:
        return annotate_text(text, "random.txt", translator=translator)
    except InputError:
        assert is_between_paragraphs(text.lstrip("\ufeff"))
        return None


@settings(max_examples=50, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_streaming_in_tiny_chunks_writes_what_the_whole_document_writes(text):
    """Chunk boundaries anywhere between sentences change no byte of the TEI (issue 16)."""
    import io
    import tempfile
    from unittest import mock

    import bitext.pipeline as pipeline

    doc = annotate_or_refuse(text)
    if doc is None:
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = f"{tmp}/random.txt"
        with open(path, "wb") as handle:
            handle.write(text.encode("utf-8"))
        out = io.BytesIO()
        with mock.patch.object(pipeline, "CHUNK_CHARS", 7):
            pipeline.annotate_to_tei(path, out)
    assert out.getvalue() == to_tei(doc)
