"""The review as files people open: CSV for spreadsheets, HTML, and JSON checked against its published schema."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest
from lxml import html

from bitext.cli import main
from bitext.glossary import load_glossary
from bitext.pipeline import annotate_file
from bitext.review import review
from bitext.review_report import CSV_COLUMNS, JSON_VERSION, read_decisions, render
from review_cases import HEADER, mt_drops_a_name

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "docs" / "review-report.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_conflicts(seed_path):
    glossary = load_glossary([ROOT / "glossary"])
    doc = annotate_file(seed_path, glossary=glossary)
    return doc, review(doc, glossary)


@pytest.fixture(scope="module")
def mt_missing(tmp_path_factory):
    """A two-sentence text whose MT drops a glossary name in the first sentence (with a guard fired)."""
    doc, glossary = mt_drops_a_name(tmp_path_factory.mktemp("mt"), "Togayev gave a <b>speech</b>.")
    return doc, review(doc, glossary)


def test_seed_json_report_matches_the_published_schema(seed_conflicts):
    doc, conflicts = seed_conflicts
    report = json.loads(render(conflicts, "json", doc.source_name, ["glossary/seed.tsv"]))
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.validate(report, SCHEMA, cls=jsonschema.Draft202012Validator)
    assert report["version"] == JSON_VERSION
    assert len(report["conflicts"]) == len(conflicts) == sum(report["summary"].values())


def test_json_for_mt_term_missing_carries_the_mt_and_the_guards(mt_missing):
    doc, conflicts = mt_missing
    report = json.loads(render(conflicts, "json", doc.source_name, ["g.tsv"]))
    jsonschema.validate(report, SCHEMA, cls=jsonschema.Draft202012Validator)
    (missing,) = [c for c in report["conflicts"] if c["kind"] == "mt_term_missing"]
    assert missing["guards"] == ["repetition"]
    (location,) = missing["forms"][0]["locations"]
    assert location["sentence"] == next(doc.sentences()).id
    assert location["translation"] == "Togayev gave a <b>speech</b>." and location["guards"] == ["repetition"]


def test_schema_refuses_what_a_reader_could_not_use(mt_missing):
    doc, conflicts = mt_missing
    report = json.loads(render(conflicts, "json", doc.source_name, []))
    missing = next(c for c in report["conflicts"] if c["kind"] == "mt_term_missing")
    del missing["forms"][0]["locations"][0]["translation"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(report, SCHEMA, cls=jsonschema.Draft202012Validator)
    del report["version"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(report, SCHEMA, cls=jsonschema.Draft202012Validator)


def test_csv_starts_with_a_bom_and_shows_context_and_mt(mt_missing):
    doc, conflicts = mt_missing
    text = render(conflicts, "csv", doc.source_name, [])
    assert text.startswith("\ufeff") and text.count("\ufeff") == 1
    rows = list(csv.DictReader(io.StringIO(text[1:], newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    (row,) = [r for r in rows if r["kind"] == "mt_term_missing"]
    sentence = next(doc.sentences()).id
    assert row["translation"] == f"{sentence}: Togayev gave a <b>speech</b>."
    assert "托加耶夫发表讲话" in row["context"]


def test_csv_cells_never_start_a_formula_and_read_back_unchanged(tmp_path):
    """A glossary or text field that looks like a formula is shown as text; the apply loop gets it back."""
    glossary_file = tmp_path / "g.tsv"
    glossary_file.write_text(HEADER, encoding="utf-8")
    text = tmp_path / "t.txt"
    text.write_text("总理蕭茲(Olaf Scholz)说。\n", encoding="utf-8")
    glossary = load_glossary([glossary_file])
    conflicts = review(annotate_file(text, glossary=glossary), glossary)
    (unlisted,) = [c for c in conflicts if c.kind == "unlisted_name"]
    hostile = ("=HYPERLINK(\"http://x\",\"y\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx")
    rows_read = []
    for value in hostile:
        unlisted.english = value
        data = render([unlisted], "csv", "t.txt", [])
        cells = [cell for row in csv.reader(io.StringIO(data[1:], newline="")) for cell in row]
        assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")], cells
        assert f"'{value}" in cells
        rows = list(csv.DictReader(io.StringIO(data[1:], newline="")))
        rows[0]["decision"] = "accept"
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
        ((_, row),) = read_decisions(("\ufeff" + out.getvalue()).encode("utf-8"), "r.csv")
        rows_read.append(row["english"])
    assert rows_read == [v.strip() for v in hostile]


def test_csv_written_by_the_command_is_what_excel_needs(tmp_path, seed_path):
    report = tmp_path / "r.csv"
    assert main(["review", str(seed_path), "--glossary", str(ROOT / "glossary"), "--mt", "none",
                 "--format", "csv", "-o", str(report)]) == 0
    data = report.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert {r["kind"] for r in rows} >= {"variant", "probable_variant", "gloss_mismatch"}
    assert all(r["context"] for r in rows)


def test_html_shows_context_and_mt_as_text(mt_missing, seed_conflicts):
    doc, conflicts = mt_missing
    page = html.fromstring(render(conflicts, "html", doc.source_name, []))
    row = page.xpath("//tr[@class='mt_term_missing']")[0]
    shown = row.text_content()
    assert "MT: Togayev gave a <b>speech</b>." in shown  # escaped, visible, not a tooltip
    assert "托加耶夫发表讲话" in shown and "repetition" in shown
    assert not page.xpath("//*[@title]") and not page.xpath("//b[text()='speech']")
    seed_doc, seed = seed_conflicts
    page = html.fromstring(render(seed, "html", seed_doc.source_name, []))
    contexts = page.xpath("//ul[@class='locations']/li/q")
    text_locations = sum(1 for c in seed for f in c.forms for loc in f.locations if not loc.file)
    assert len(contexts) == text_locations


def test_html_policy_allows_its_own_style_and_no_script(mt_missing):
    """The review page carries a Content-Security-Policy: its one style by hash, no script, no inline handler."""
    import base64
    import hashlib

    doc, conflicts = mt_missing
    page = html.fromstring(render(conflicts, "html", "<script>alert(1)</script>.txt", []))
    policy = page.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy and "script-src" not in policy
    style = page.xpath("//style")[0].text
    assert f"'sha256-{base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()}'" in policy
    assert not page.xpath("//script") and "<script>alert(1)</script>.txt" in page.findtext(".//h1")


@pytest.mark.parametrize("fmt", ["json", "html", "csv", "table"])
def test_a_file_name_that_is_not_utf8_is_reported_in_every_format(tmp_path, seed_path, fmt):
    """Bytes a file system allows but UTF-8 does not (caf\\xe9.txt) become U+FFFD in the report, not a crash."""
    import os

    article = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9.txt"))
    article.write_bytes(seed_path.read_bytes())
    out = tmp_path / f"report.{fmt}"
    assert main(["review", str(article), "--mt", "none", "--format", fmt, "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8-sig")
    if fmt in ("json", "html"):
        assert "caf\ufffd.txt" in text
