"""The research query the README leads with: partners of a named agency in a period.

Expected rows are computed from the facts (gold files and the project's own
fixtures) with the same programme rules as the other query tests.
"""

from __future__ import annotations

import pytest
from _graph_helpers import expected_programmes, fixture_facts, gold_dicts

from phoihop.graph import queries
from phoihop.graph.store import open_store


def _expected(dicts: list[dict], name_part: str, first: int, last: int) -> set[tuple[str, str]]:
    """(agency, partner) label pairs: both parties to a programme whose period overlaps [first, last]."""
    pairs = set()
    for programme in expected_programmes(dicts).values():
        if not any(a <= last and first <= b for a, b in programme["periods"]):
            continue
        for agency in programme["parties"]:
            if name_part.casefold() in agency.casefold():
                pairs |= {(agency, partner) for partner in programme["parties"] - {agency}}
    return pairs


def _rows(store, **params):
    return store.select(queries.load_query("partners-of-agency", **params)).dicts()


@pytest.mark.parametrize(
    "name_part,first,last",
    [
        ("Ban Dân vận Tỉnh ủy", 2021, 2025),
        ("ban dân vận tỉnh ủy", 2015, 2020),  # case does not matter
        ("Công an tỉnh", 2013, 2030),
        ("Bộ Chỉ huy Quân sự", 2021, 2021),
    ],
)
def test_partners_of_agency_on_the_dev_gold(tmp_path, name_part, first, last):
    from phoihop.facts import ArticleFacts

    dicts = gold_dicts()
    with open_store(tmp_path / "store") as store:
        store.replace_articles(ArticleFacts.from_dict(d) for d in dicts)
        rows = _rows(store, agency=name_part, firstYear=first, lastYear=last)
    expected = _expected(dicts, name_part, first, last)
    assert expected, "the case should have answers in the gold"
    assert {(r["agencyName"], r["partnerName"]) for r in rows} == expected
    for r in rows:
        assert r["startYear"] <= last and first <= r["endYear"]
        assert r["partnerSector"], r


def test_partner_rows_carry_the_sentence_that_says_so(tmp_path):
    facts = fixture_facts()
    with open_store(tmp_path / "store") as store:
        store.replace_articles(facts)
        rows = _rows(store, agency="Ban Dân vận Tỉnh ủy", firstYear=2000, lastYear=2100)
    assert rows
    with_evidence = {f.id for f in facts if any(s.evidence for s in f.signings)}
    for r in rows:
        if r["article"].rsplit("/", 1)[-1] in with_evidence:
            assert r["sentence"] and "Ban Dân vận" in r["sentence"], r


def test_the_name_parameter_is_data_not_query_text(tmp_path):
    text = queries.load_query("partners-of-agency", agency='x") } DROP ALL #')
    assert 'VALUES ?agency { "x\\") } DROP ALL #" }' in text
    with open_store(tmp_path / "store") as store:
        store.replace_articles(fixture_facts())
        before = store.quad_count()
        assert store.select(text).rows == []
        assert store.quad_count() == before
