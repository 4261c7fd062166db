"""Every Han token's pinyin for a text file, one sentence per line: the gate for pinyin speed work.

A change meant only to make the pinyin stage faster must leave this output
byte for byte the same.  Each input line is a paragraph, annotated as one
document through ``bitext.pipeline.annotate_text`` (the path of ``bitext
annotate``); U+2581 markers (CPP's target marks) are removed first.  Write
the snapshot before the change, again after, and compare:

    python benchmarks/pinyin_snapshot.py FILE... > before.txt
    (change)
    python benchmarks/pinyin_snapshot.py FILE... | cmp - before.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bitext.model import TokenKind  # noqa: E402
from bitext.pipeline import annotate_text  # noqa: E402


def snapshot(text: str) -> list[str]:
    """One line per sentence: its Han tokens as ``word=syllable syllable``, tab-separated."""
    doc = annotate_text(text.replace("\u2581", ""))
    return [
        "\t".join(f"{t.text}={' '.join(t.pinyin)}" for t in sentence.tokens if t.kind is TokenKind.HAN)
        for sentence in doc.sentences()
    ]


def main() -> None:
    for name in sys.argv[1:]:
        print(f"# {name}")
        for line in snapshot(Path(name).read_text(encoding="utf-8")):
            print(line)


if __name__ == "__main__":
    main()
