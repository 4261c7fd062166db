"""The conflict review: each kind on the seed or on small texts, the formats, and the translator's loop."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from bitext.cli import main
from bitext.glossary import load_glossary
from bitext.pipeline import annotate_file, annotate_text
from bitext.review import review
from bitext.review_report import render
from review_cases import HEADER, mt_drops_a_name

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"


def by_kind(conflicts, kind):
    return [c for c in conflicts if c.kind == kind]


def forms(conflict):
    return {f.text: f.count for f in conflict.forms}


@pytest.fixture(scope="module")
def seed_review(seed_path):
    glossary = load_glossary([ROOT / "glossary"])
    doc = annotate_file(seed_path, glossary=glossary)
    return doc, review(doc, glossary)


@pytest.fixture
def seed_glossary_copy(tmp_path):
    folder = tmp_path / "glossary"
    shutil.copytree(ROOT / "glossary", folder)
    return folder


def test_seed_variants(seed_review, seed_path):
    _, conflicts = seed_review
    variants = {c.entry: c for c in by_kind(conflicts, "variant")}
    text = seed_path.read_text(encoding="utf-8")
    assert forms(variants["tokayev"])["托加耶夫"] == text.count("托加耶夫")
    assert forms(variants["tokayev"])["托卡耶夫"] == 2
    assert forms(variants["medvedev"]) == {"德米特里梅德韦杰夫": 1, "梅德韦杰夫": 1}
    assert "putin" not in variants  # full and short forms are not variants of each other
    location = variants["tokayev"].forms[0].locations[0]
    assert text[location.offset:location.offset + 4] == "托加耶夫"
    assert location.sentence.startswith(location.paragraph + "-")


def test_seed_probable_variants_ranked_by_sound(seed_review):
    _, conflicts = seed_review
    probable = by_kind(conflicts, "probable_variant")
    assert [(c.entry, c.forms[0].text, c.details["similar_to"]) for c in probable] == [
        ("kassenova", "卡塞诺娃", "卡泽诺娃"), ("danieri", "达涅利", "德阿涅利")]
    assert probable[0].details["similarity"] >= probable[1].details["similarity"]
    assert probable[1].forms[0].count == 2


def test_seed_gloss_mismatch(seed_review):
    _, conflicts = seed_review
    (mismatch,) = by_kind(conflicts, "gloss_mismatch")
    assert mismatch.entry == "kassenova" and mismatch.english == "Nargis Kassenova"
    assert forms(mismatch) == {"Nargis Kazenova": 1}
    # Putin's gloss (Vladimir Putin) agrees with the glossary and is not reported
    assert not any(c.entry == "putin" for c in conflicts)


def test_seed_unlisted_names_are_whole_and_come_with_english(seed_review, seed_glossary):
    """With the seed glossary the seed's own names are all listed: what remains is known to the lexicon, but for
    a Chinese person after a title (人权律师|徐雄), whose English the review cannot know (pinyin, a Cantonese
    spelling or a chosen English name)."""
    from bitext.names.finder import written_chinese
    from bitext.names.lexicon import lexicon

    _, conflicts = seed_review
    listed = [f for e in seed_glossary.entries.values() for f in e.forms]
    for conflict in by_kind(conflicts, "unlisted_name"):
        assert conflict.details["proposed"]["english"] == (conflict.english or "")
        assert conflict.english or all(written_chinese(f.text, lexicon()) for f in conflict.forms)
        assert not any(f.text in form for f in conflict.forms for form in listed)
    assert "徐雄" in {f.text for c in by_kind(conflicts, "unlisted_name") for f in c.forms}


def test_without_glossary_seed_names_are_unlisted_and_clustered(seed_path):
    glossary = load_glossary([])
    doc = annotate_file(seed_path, glossary=glossary)
    unlisted = by_kind(review(doc, glossary), "unlisted_name")
    clusters = [set(forms(c)) for c in unlisted]
    assert {"托卡耶夫", "托加耶夫"} <= next(c for c in clusters if "托加耶夫" in c)
    assert any(c.english == "Vladimir Putin" for c in unlisted)  # the text's own gloss
    assert not any("万富翁" in c for c in clusters)  # part of the word 亿万富翁


def test_traditional_text_each_kind(tmp_path):
    glossary = load_glossary([DATA / "glossary_hant.tsv"])
    doc = annotate_file(DATA / "names_hant.zh.txt", glossary=glossary)
    conflicts = review(doc, glossary)
    (variant,) = by_kind(conflicts, "variant")
    assert variant.entry == "macron" and forms(variant) == {"馬克宏": 2, "馬克龍": 1}
    (probable,) = by_kind(conflicts, "probable_variant")
    assert probable.entry == "zelensky" and forms(probable) == {"澤倫斯基": 1}
    unlisted = {c.english: c for c in by_kind(conflicts, "unlisted_name")}
    assert forms(unlisted["Olaf Scholz"]) == {"蕭茲": 1}  # the text's gloss
    assert forms(unlisted["Warsaw"]) == {"華沙": 1}  # the lexicon's English
    assert unlisted["Warsaw"].details["proposed"] == {
        "id": "warsaw", "english": "Warsaw", "type": "place", "chinese": "华沙", "variants": []}


def test_glossary_conflicts_across_files(tmp_path):
    (tmp_path / "a.tsv").write_text(HEADER + "kyiv\tplace\tKyiv\t基辅\t\t\t\n", encoding="utf-8")
    (tmp_path / "b.tsv").write_text(HEADER + "kiev\tplace\tKiev\t基辅\t\t\t\nkyiv\tplace\tKyiv\t基輔\t\t\t\n",
                                    encoding="utf-8")
    glossary = load_glossary([tmp_path])
    doc = annotate_text("他去了基辅。", glossary=glossary)
    conflicts = by_kind(review(doc, glossary), "glossary_conflict")
    reasons = {c.details["reason"]: c for c in conflicts}
    assert set(reasons) == {"duplicate_id", "form_with_two_english"}
    assert reasons["duplicate_id"].entry == "kyiv"
    two = reasons["form_with_two_english"]
    assert two.details["english_forms"] == ["Kiev", "Kyiv"]
    files = {loc.file.rsplit("/", 1)[-1] for f in two.forms for loc in f.locations}
    assert files == {"a.tsv", "b.tsv"}


def test_mt_term_missing_names_the_guards(tmp_path):
    doc, glossary = mt_drops_a_name(tmp_path, "Togayev gave a speech.")
    (missing,) = by_kind(review(doc, glossary), "mt_term_missing")
    assert missing.entry == "tok" and forms(missing) == {"托加耶夫": 1}
    location = missing.forms[0].locations[0]
    assert location.translation == "Togayev gave a speech." and location.guards == ("repetition",)
    assert missing.details["guards"] == ["repetition"]


def test_json_report_schema(seed_review):
    doc, conflicts = seed_review
    report = json.loads(render(conflicts, "json", doc.source_name, ["glossary/seed.tsv"]))
    assert report["summary"]["variant"] == 2
    for conflict in report["conflicts"]:
        assert {"kind", "entry", "english", "forms", "action", "id"} <= set(conflict)
        for form in conflict["forms"]:
            assert set(form) >= {"text", "count", "locations"} and form["count"] == len(form["locations"])
            for loc in form["locations"]:
                assert {"paragraph", "sentence", "offset", "context"} <= set(loc) or {"file", "line"} <= set(loc)


def test_html_and_table_reports(seed_review):
    from lxml import html

    doc, conflicts = seed_review
    page = html.fromstring(render(conflicts, "html", doc.source_name, []))
    assert len(page.xpath("//tbody/tr")) == len(conflicts)
    table = render(conflicts, "table", doc.source_name, [])
    assert "托加耶夫 ×3" in table and table.rstrip().endswith("gloss_mismatch 1")


def test_strict_exit_status(tmp_path, seed_path, seed_glossary_copy, capsys):
    assert main(["review", str(seed_path), "--glossary", str(seed_glossary_copy), "--mt", "none", "--strict"]) == 1
    assert main(["review", str(seed_path), "--glossary", str(seed_glossary_copy), "--mt", "none"]) == 0
    clean = tmp_path / "clean.txt"
    clean.write_text("普京说。\n", encoding="utf-8")
    assert main(["review", str(clean), "--glossary", str(seed_glossary_copy), "--mt", "none", "--strict"]) == 0


def test_csv_report_loop_round_trips(tmp_path, seed_path, seed_glossary_copy, capsys):
    report = tmp_path / "report.csv"
    args = ["--glossary", str(seed_glossary_copy)]
    assert main(["review", str(seed_path), *args, "--mt", "none", "--format", "csv", "-o", str(report)]) == 0
    rows = list(csv.DictReader(io.StringIO(report.read_text(encoding="utf-8"))))
    for row in rows:
        if row["kind"] == "probable_variant":
            row["decision"] = "accept" if row["entry"] == "kassenova" else "reject"
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\r\n")  # as a spreadsheet saves it
    writer.writeheader()
    writer.writerows(rows)
    report.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    assert main(["glossary", "apply", str(report), *args]) == 0
    glossary = load_glossary([seed_glossary_copy])
    assert "卡塞诺娃" in glossary.entries["kassenova"].variants
    assert "达涅利" not in glossary.entries["danieri"].forms
    doc = annotate_file(seed_path, glossary=glossary)
    conflicts = review(doc, glossary)
    assert by_kind(conflicts, "probable_variant") == []
    kassenova = next(c for c in by_kind(conflicts, "variant") if c.entry == "kassenova")
    assert forms(kassenova)["卡塞诺娃"] == 1  # now a listed variant, so reported as one


def test_accepting_an_unlisted_name_creates_an_entry(tmp_path, capsys):
    glossary_file = tmp_path / "g.tsv"
    glossary_file.write_text(HEADER, encoding="utf-8")
    text = tmp_path / "t.txt"
    text.write_text("总理蕭茲(Olaf Scholz)说。泽伦斯基会见了泽连斯基的顾问。\n", encoding="utf-8")
    report = tmp_path / "r.csv"
    assert main(["review", str(text), "--glossary", str(glossary_file), "--mt", "none", "--format", "csv",
                 "-o", str(report)]) == 0
    rows = list(csv.DictReader(io.StringIO(report.read_text(encoding="utf-8"))))
    assert {r["form"] for r in rows if r["kind"] == "unlisted_name"} == {"蕭茲", "泽伦斯基", "泽连斯基"}
    for row in rows:
        row["decision"] = "accept"
        if row["form"].startswith("泽"):
            row.update(english="Volodymyr Zelensky", new_id="zelensky")
    with report.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert main(["glossary", "apply", str(report), "--glossary", str(glossary_file)]) == 0
    entries = load_glossary([glossary_file]).entries
    assert entries["olaf-scholz"].chinese == "蕭茲"
    assert set(entries["zelensky"].forms) == {"泽伦斯基", "泽连斯基"}


def test_accept_and_reject_commands(tmp_path, seed_path, seed_glossary_copy, capsys):
    args = ["--glossary", str(seed_glossary_copy)]
    assert main(["glossary", "accept", "danieri", "达涅利", *args]) == 0
    assert main(["glossary", "reject", "kassenova", "卡塞诺娃", *args]) == 0
    glossary = load_glossary([seed_glossary_copy])
    conflicts = review(annotate_file(seed_path, glossary=glossary), glossary)
    assert by_kind(conflicts, "probable_variant") == []
    unlisted = by_kind(conflicts, "unlisted_name")
    assert {"卡塞诺娃": 1} in [forms(c) for c in unlisted]  # rejected as Kassenova: now just an unknown name


def test_bad_decision_is_reported_with_its_line(tmp_path, seed_glossary_copy, capsys):
    report = tmp_path / "r.csv"
    report.write_text("kind,entry,english,form,decision\nprobable_variant,danieri,,达涅利,maybe\n", encoding="utf-8")
    assert main(["glossary", "apply", str(report), "--glossary", str(seed_glossary_copy)]) == 65
    assert "r.csv:2: decision 'maybe'" in capsys.readouterr().err


def test_ordinary_words_and_sound_words_are_not_names(tmp_path):
    glossary = load_glossary([])
    doc = annotate_text("他买了很多东西，哈哈哈地笑。马路西边站着威尔金森，身旁是亿万富翁。", glossary=glossary)
    unlisted = by_kind(review(doc, glossary), "unlisted_name")
    assert [forms(c) for c in unlisted] == [{"威尔金森": 1}]


def test_a_name_glossed_with_an_entrys_english_is_a_probable_variant_whatever_its_sound(tmp_path):
    (tmp_path / "g.tsv").write_text(HEADER + "scholz\tperson\tOlaf Scholz\t奥拉夫·朔尔茨\tScholz\t朔尔茨\t\n",
                                    encoding="utf-8")
    glossary = load_glossary([tmp_path / "g.tsv"])
    doc = annotate_text("德國總理蕭茲(Olaf Scholz)沒有同行。", glossary=glossary)
    (probable,) = by_kind(review(doc, glossary), "probable_variant")
    assert probable.entry == "scholz" and forms(probable) == {"蕭茲": 1}
    assert probable.details["same_english"] is True and probable.details["similar_to"] == "奥拉夫·朔尔茨"


def test_review_without_mt_option_checks_with_no_model_and_says_so(tmp_path, seed_path, seed_glossary_copy, capsys,
                                                                    argos_packages):
    out = tmp_path / "r.json"
    assert main(["review", str(seed_path), "--glossary", str(seed_glossary_copy), "--format", "json",
                 "-o", str(out)]) == 0
    assert "no MT checked" in capsys.readouterr().err
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["summary"]["variant"] == 2 and report["summary"]["mt_term_missing"] == 0


def test_csv_carries_the_proposed_entry_for_an_unlisted_name(tmp_path):
    glossary = load_glossary([DATA / "glossary_hant.tsv"])
    conflicts = review(annotate_file(DATA / "names_hant.zh.txt", glossary=glossary), glossary)
    rows = list(csv.DictReader(io.StringIO(render(conflicts, "csv", "names_hant.zh.txt", []))))
    warsaw = next(r for r in rows if r["form"] == "華沙")
    assert (warsaw["kind"], warsaw["english"], warsaw["new_id"], warsaw["new_type"]) == (
        "unlisted_name", "Warsaw", "warsaw", "place")


def test_a_big_glossary_does_not_multiply_the_comparisons(tmp_path, monkeypatch, seed_path):
    """Each unlisted name is compared with the glossary forms of its sound block only: 20 times the
    entries is not 20 times the comparisons (main compared every name with every entry)."""
    import bitext.names.grouping as grouping
    from bitext.names.lexicon import lexicon

    calls = []
    real = grouping.alike
    monkeypatch.setattr(grouping, "alike", lambda *args: calls.append(1) or real(*args))  # (a, b[, keys])
    names = sorted(n.form for n in lexicon().names.values() if n.foreign and len(n.form) >= 3)
    text = seed_path.read_text(encoding="utf-8")

    def comparisons(size: int) -> int:
        path = tmp_path / f"g{size}.tsv"
        path.write_text(HEADER + "".join(f"e{i}\tperson\tName {i}\t{form}\t\t\t\n"
                                         for i, form in enumerate(names[:size])), encoding="utf-8")
        glossary = load_glossary([path])
        calls.clear()
        review(annotate_text(text, glossary=glossary), glossary)
        return len(calls)

    small, big = comparisons(200), comparisons(4000)
    assert big < 5 * max(small, 50), (small, big)


def review_of(text: str, glossary):
    return review(annotate_text(text, glossary=glossary), glossary)


def test_whole_names_only_never_a_fragment(seed_glossary):
    """The issue's fragments: 宏 for 马克宏, 葉夫 for 托卡葉夫, 爾茨 for 蕭爾茨; 哈萨克 is Kazakhstan's short form."""
    conflicts = review_of("法國總統馬克宏與德國總理蕭爾茨通電話。哈薩克總統托卡葉夫表示歡迎更多哈萨克企业。", seed_glossary)
    reported = {f.text: c for c in conflicts if c.kind in ("probable_variant", "unlisted_name") for f in c.forms}
    assert {"馬克宏", "蕭爾茨", "托卡葉夫", "哈薩克", "哈萨克"} <= set(reported)
    assert not [a for a in reported for b in reported if a != b and a in b]  # no form inside another
    assert reported["托卡葉夫"].entry == "tokayev" and reported["哈薩克"].entry == "kazakhstan"
    assert reported["哈薩克"].details["same_english"] is True


def test_full_names_join_their_surname_and_a_listed_surname_its_entry(seed_glossary):
    conflicts = review_of("国务卿安东尼·布林肯周一抵达伦敦。布林肯在会后表示满意。分析人士铁木尔·乌马罗夫认为如此。",
                          seed_glossary)
    groups = [{f.text for f in c.forms} for c in by_kind(conflicts, "unlisted_name")]
    assert {"安东尼·布林肯", "布林肯"} in groups
    (umarov,) = [c for c in by_kind(conflicts, "probable_variant") if c.entry == "umarov"]
    assert forms(umarov) == {"铁木尔·乌马罗夫": 1}


def test_a_byline_gloss_is_not_the_english_of_the_name():
    glossary = load_glossary([])
    (unlisted,) = by_kind(review_of("本报记者 克里斯蒂安·埃施(Von Christian Esch)", glossary), "unlisted_name")
    assert unlisted.english == "Christian Esch" and unlisted.details["proposed"]["id"] == "christian-esch"


def test_review_computes_no_pinyin(seed_path, seed_glossary_copy, tmp_path, monkeypatch):
    """The review shows names, glosses and MT, never pinyin: `bitext review` skips the pinyin stage (about a sixth
    of its CPU time on 1 MB of news) and reports what the full annotation would."""
    import bitext.pinyin

    glossary = load_glossary([seed_glossary_copy])
    expected = render(review(annotate_file(seed_path, glossary=glossary), glossary), "json", "seed", [])

    def no_pinyin(*args, **kwargs):
        raise AssertionError("the review read pinyin")

    monkeypatch.setattr(bitext.pinyin, "add_document_pinyin", no_pinyin)  # the pipeline imports it when it asks for pinyin
    out = tmp_path / "review.json"
    assert main(["review", str(seed_path), "--glossary", str(seed_glossary_copy), "--mt", "none", "--format", "json",
                 "-q", "-o", str(out)]) in (0, 1)
    assert json.loads(out.read_text(encoding="utf-8"))["conflicts"] == json.loads(expected)["conflicts"]
