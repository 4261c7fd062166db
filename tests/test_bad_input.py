"""Every bad input ends in a valid result or a one-line error naming the file and the cause.

The small hostile files live in ``tests/bad_inputs/`` (see its README);
the big ones (a megabyte line, a million lines) are made here at run time.
"""

from __future__ import annotations

import cProfile
import re
from pathlib import Path

import pytest
from lxml import etree

from bitext.io import InputError
from bitext.model import TokenKind
from bitext.pipeline import annotate_bytes
from bitext.reader import read_document
from bitext.segment import segment_document
from bitext.tei import TEI_NS
from cli_runner import run_cli
from tei_text import zh_paragraphs

BAD = Path(__file__).parent / "bad_inputs"
TEI = {"t": TEI_NS}

#: file → (exit code, what the error line must say); exit 0 means a valid TEI is written.
OUTCOMES = {
    "empty.txt": (65, "empty file"),
    "only_whitespace.txt": (65, r"no text \(only whitespace\)"),
    "only_punctuation.txt": (0, ""),
    "no_chinese.txt": (0, ""),
    "image.png": (65, "binary file"),
    "archive.zip": (65, "binary file"),
    "truncated_multibyte.txt": (65, "truncated inside a UTF-8 character"),
    "mixed_encodings.txt": (65, "mixed encodings: line 2 is not UTF-8"),
    "lone_surrogate.txt": (65, "lone UTF-16 surrogate"),
    "xml_forbidden_chars.txt": (0, ""),
    "astral_chars.txt": (0, ""),
}


@pytest.mark.parametrize("name", sorted(OUTCOMES))
def test_annotate_bad_input(name, tmp_path, validate_tei):
    code, message = OUTCOMES[name]
    out = tmp_path / "out.xml"
    outcome = run_cli("annotate", "--mt", "none", BAD / name, "-o", out)
    assert outcome.code == code, outcome.stderr
    if code:
        line = outcome.error_line
        assert line.startswith(f"bitext: error: {name}: ")
        assert re.search(message, line), line
        assert not out.exists()
    else:
        assert outcome.stderr == ""
        validate_tei(out.read_bytes())


def test_forbidden_characters_become_recorded_gaps(tmp_path, validate_tei):
    data = (BAD / "xml_forbidden_chars.txt").read_bytes()
    doc = annotate_bytes(data, "xml_forbidden_chars.txt")
    invalid = [t for t in doc.tokens() if t.kind is TokenKind.INVALID]
    assert [t.text for t in invalid] == ["\x0b", "\x1f", "\ufffe", "\x01"]
    out = tmp_path / "out.xml"
    assert run_cli("annotate", "--mt", "none", BAD / "xml_forbidden_chars.txt", "-o", out).code == 0
    root = validate_tei(out.read_bytes())
    notes = [g.findtext("t:desc", namespaces=TEI) for g in root.iter(f"{{{TEI_NS}}}gap")]
    assert [g.get("reason") for g in root.iter(f"{{{TEI_NS}}}gap")] == ["forbidden-character"] * 4
    assert [n.split(" at ")[0] for n in notes] == ["U+000B", "U+001F", "U+FFFE", "U+0001"]
    # The TEI holds the input exactly, once each gap is put back.
    assert zh_paragraphs(root) == data.decode("utf-8").rstrip("\n").split("\n")


def test_characters_outside_the_bmp_kept_with_right_offsets(tmp_path):
    text = (BAD / "astral_chars.txt").read_text(encoding="utf-8")
    doc = annotate_bytes(text.encode(), "astral_chars.txt")
    for token in doc.tokens():
        assert doc.text[token.start:token.end] == token.text
    words = [t.text for t in doc.tokens()]
    assert "𠮷" in "".join(words) and "😀" in words
    emoji = next(t for t in doc.tokens() if t.text == "😀")
    assert text.index("😀") == emoji.start  # offsets count code points, not UTF-16 units or bytes
    out = tmp_path / "out.xml"
    assert run_cli("annotate", "--mt", "none", BAD / "astral_chars.txt", "-o", out).code == 0
    root = etree.fromstring(out.read_bytes())
    assert zh_paragraphs(root) == text.rstrip("\n").split("\n")


@pytest.mark.parametrize("name", ["xxe_file.xml", "billion_laughs.xml", "not_wellformed.xml"])
def test_hostile_xml_is_refused_quickly(name, tmp_path):
    outcomes = []
    calls = function_calls(lambda: outcomes.append(run_cli("html", "--mt", "none", BAD / name,
                                                           "-o", tmp_path / "out.html")))
    assert calls < 200_000, calls  # refused up front: nothing expanded, nothing annotated
    [outcome] = outcomes
    assert outcome.code == 65
    line = outcome.error_line
    assert line.startswith(f"bitext: error: {name}: ")
    assert "root:" not in line  # /etc/passwd was not read into anything
    assert not (tmp_path / "out.html").exists()


def test_partial_read_of_a_truncated_file_keeps_nothing():
    with pytest.raises(InputError, match="truncated_multibyte.txt: truncated"):
        read_document((BAD / "truncated_multibyte.txt").read_bytes(), "truncated_multibyte.txt")


def function_calls(work) -> int:
    """How many function calls (Python and C) ``work()`` makes: a count, steady under any load.

    The scaling tests compare counts, never seconds: ten times the input in
    at most 15 times the calls passes, a quadratic step (100 times) fails.
    The wall-clock figures are in ``benchmarks/input_scaling.py``.
    """
    profile = cProfile.Profile()
    profile.enable()
    try:
        work()
    finally:
        profile.disable()
    return sum(entry.callcount for entry in profile.getstats())


def linear(small: int, big: int, factor: int = 10) -> bool:
    return big <= 1.5 * factor * small


@pytest.mark.slow
def test_a_single_line_without_breaks_is_read_and_segmented_in_linear_work(seed_path):
    """A megabyte on one line: reader and segmenter do linear work (the full pipeline: see docs/batch.md)."""
    article = seed_path.read_text(encoding="utf-8").replace("\n", " ")
    line = (article * (1_000_000 // len(article.encode()) + 1)).encode()[:1_000_000]
    line = line.decode("utf-8", "ignore").encode()

    def read_and_segment(data: bytes) -> None:
        doc = read_document(data, "big.txt")
        segment_document(doc)
        paragraph = next(doc.paragraphs())
        assert len(doc.sections) == 1 and paragraph.end - paragraph.start == len(doc.text.strip())
        assert sum(t.end - t.start for t in doc.tokens()) == paragraph.end - paragraph.start

    read_and_segment(line[:10_000].decode("utf-8", "ignore").encode())  # warm up the dictionaries
    small = function_calls(lambda: read_and_segment(line[:100_000].decode("utf-8", "ignore").encode()))
    big = function_calls(lambda: read_and_segment(line))
    assert linear(small, big), (small, big)


@pytest.mark.slow
def test_long_line_of_words_full_pipeline_does_linear_work():
    """A sentence of 20,000 words used to take quadratic time to write as TEI."""
    from bitext.tei import to_tei

    words = " ".join(f"word{i % 97} 中{i % 7}" for i in range(10_000))

    def annotate_and_write(text: str) -> None:
        etree.fromstring(to_tei(annotate_bytes(text.encode(), "line.txt")))

    annotate_and_write("预热。")
    small = function_calls(lambda: annotate_and_write(words[: len(words) // 10]))
    big = function_calls(lambda: annotate_and_write(words))
    assert linear(small, big), (small, big)


@pytest.mark.slow
def test_a_million_short_lines():
    """A million one-line paragraphs are read; the whole pipeline does linear work in the number of lines."""
    from bitext.tei import to_tei

    lines = [b"line %d ok.\n" % i for i in range(1_000_000)]
    doc = read_document(b"".join(lines), "million.txt")
    assert sum(1 for _ in doc.paragraphs()) == 1_000_000

    def annotate_and_write(count: int) -> None:
        assert to_tei(annotate_bytes(b"".join(lines[:count]), "lines.txt")).count(b"<p ") == count

    annotate_and_write(10)
    assert linear(function_calls(lambda: annotate_and_write(2_000)), function_calls(lambda: annotate_and_write(20_000)))
