"""Review cases shared by the review tests: a glossary and a text whose MT drops a listed name."""

from __future__ import annotations

from pathlib import Path

from bitext.glossary import load_glossary
from bitext.model import Document, Translation
from bitext.names import check_translation_terms
from bitext.pipeline import annotate_text

HEADER = "id\ttype\tenglish\tchinese\tshort\tchinese_short\tvariants\n"


def mt_drops_a_name(folder: Path, first_english: str):
    """``托加耶夫发表讲话。托卡耶夫说。`` with the first sentence's MT ``first_english`` (a guard fired)
    and the second's "Tokayev said."; returns (document, glossary), the MT already checked."""
    (folder / "g.tsv").write_text(
        HEADER + "tok\tperson\tKassym-Jomart Tokayev\t卡西姆-乔马尔特·托卡耶夫\tTokayev\t托卡耶夫\t托加耶夫\n",
        encoding="utf-8")
    glossary = load_glossary([folder / "g.tsv"])
    doc: Document = annotate_text("托加耶夫发表讲话。托卡耶夫说。", glossary=glossary)
    first, second = doc.sentences()
    first.translation = Translation(first_english, guards=("repetition",))
    second.translation = Translation("Tokayev said.")
    check_translation_terms(doc)
    return doc, glossary
