"""One MT progress bar per article, though annotation translates it chunk by chunk."""

from __future__ import annotations

import io

import pytest
import tqdm

from bitext import pipeline
from bitext.model import MTInfo, Translation
from bitext.mt.stage import TRANSLATED_KINDS


class LengthTranslator:
    """A translator that answers with the length of each source: the MT stage's contract, no model."""

    identity = "length"
    batch_size = 4
    inter_threads = 1
    info = MTInfo(engine="length", engine_version="1", package="none", package_version="1")

    def __init__(self):
        self.sentences = 0

    def translate(self, sources, terms=None):
        self.sentences += len(sources)
        return [Translation(text=f"{len(source)} characters") for source in sources]


@pytest.fixture
def bars(monkeypatch) -> list:
    """Every tqdm bar created while the test runs."""
    created = []

    class RecordedBar(tqdm.tqdm):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            created.append(self)

    monkeypatch.setattr(tqdm, "tqdm", RecordedBar)
    return created


@pytest.fixture
def long_article(tmp_path, seed_path):
    """The seed article numbered line by line, repeated past three chunks (with repeated lines too)."""
    lines = seed_path.read_text(encoding="utf-8").splitlines()
    text = "".join(f"第{n}段。{line}\n" for n in range(30) for line in lines[:40])
    text += "".join(line + "\n" for line in lines[:40])  # the same again: each sentence translated once
    assert len(text) > 3 * pipeline.CHUNK_CHARS
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    return path


def translated_sentences(path) -> int:
    doc = pipeline.annotate_file(path, translator=LengthTranslator())
    return sum(len(p.sentences) for p in doc.paragraphs() if p.kind in TRANSLATED_KINDS)


def test_one_bar_for_an_article_of_many_chunks(long_article, bars, capsys):
    total = translated_sentences(long_article)
    bars.clear()
    translator = LengthTranslator()
    pipeline.annotate_to_tei(long_article, io.BytesIO(), translator=translator, progress=True)
    assert len(bars) == 1
    [bar] = bars
    assert bar.total == total and bar.n == total
    assert 0 < translator.sentences < total  # repeated lines counted on the bar, not translated again
    assert "translating" in capsys.readouterr().err


def test_no_bar_shown_unless_asked(long_article, bars, capsys):
    pipeline.annotate_to_tei(long_article, io.BytesIO(), translator=LengthTranslator())
    assert bars and all(bar.disable for bar in bars)
    assert capsys.readouterr().err == ""
