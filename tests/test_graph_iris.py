"""Identity rules: normalisation, agency scoping, document keys, IRIs."""

from __future__ import annotations

from phoihop.graph import iris


def test_normalisation_folds_tone_placement_abbreviations_case_and_spacing():
    assert iris.display_name("Tỉnh uỷ Khánh Hoà") == "Tỉnh ủy Khánh Hòa"
    assert iris.display_name("UBND  tỉnh") == "Ủy ban nhân dân tỉnh"
    assert iris.display_name("Bộ CHQS tỉnh") == "Bộ Chỉ huy Quân sự tỉnh"
    assert iris.display_name("Đài PT-TH tỉnh") == "Đài Phát thanh - Truyền hình tỉnh"
    assert iris.name_key("BAN DÂN VẬN TỈNH UỶ") == iris.name_key("Ban Dân vận Tỉnh ủy")
    # the look-alike Ð (U+00D0) is Đ
    assert iris.name_key("\u00d0oàn Thanh niên") == iris.name_key("Đoàn Thanh niên")


def test_tone_placement_leaves_qu_and_closed_syllables_alone():
    assert iris.modern_tone_placement("quý hoàn thuyết") == "quý hoàn thuyết"
    assert iris.modern_tone_placement("khoẻ thuỷ") == "khỏe thủy"


def test_same_agency_in_one_province_is_one_node_across_spellings():
    a = iris.agency_identity("Ban Dân vận Tỉnh uỷ", "Hà Nam")
    b = iris.agency_identity("Ban Dân vận Tỉnh ủy Hà Nam", "Hà Nam")
    c = iris.agency_identity("BDVTU", "Hà Nam")
    assert a.iri == b.iri == c.iri
    assert a.label == b.label == "Ban Dân vận Tỉnh ủy Hà Nam"


def test_same_name_in_two_provinces_is_two_nodes():
    hanam = iris.agency_identity("Công an tỉnh", "Hà Nam")
    bentre = iris.agency_identity("Công an tỉnh", "Bến Tre")
    assert hanam.iri != bentre.iri
    assert hanam.iri.endswith("/ha-nam/công-an-tỉnh") and bentre.iri.endswith("/ben-tre/công-an-tỉnh")


def test_central_bodies_and_named_places_ignore_the_article_province():
    for name in (
        "Bộ Chính trị",
        "Bộ Công an",
        "Ban Dân vận Trung ương",
        "Chính phủ",
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    ):
        assert iris.agency_identity(name, "Hà Nam").iri == iris.agency_identity(name, "Bến Tre").iri
        assert iris.agency_identity(name, "Hà Nam").scope == "vn"
    # a body named with its own province, reported by another province's paper
    hcm = iris.agency_identity("Ban Dân vận Thành ủy Thành phố Hồ Chí Minh", "An Giang")
    assert hcm.scope == "ho-chi-minh"
    assert hcm.iri == iris.agency_identity("Ban Dân vận Thành ủy", "Thành phố Hồ Chí Minh").iri
    # but a Bộ Chỉ huy of a province is provincial
    assert iris.agency_identity("Bộ Chỉ huy Quân sự tỉnh", "Hà Nam").scope == "ha-nam"


def test_district_bodies_stay_distinct_from_province_bodies():
    assert (
        iris.agency_identity("Công an huyện Đất Đỏ", "Bà Rịa - Vũng Tàu").iri
        != iris.agency_identity("Công an tỉnh", "Bà Rịa - Vũng Tàu").iri
    )
    # a district name that is not a province is not stripped
    assert iris.agency_identity("Huyện ủy Châu Thành", "An Giang").key == "huyện ủy châu thành"


def test_persons_by_name_within_province_and_tones_matter():
    assert iris.person_iri("Trần Thị Hạ", "Hà Nam") == iris.person_iri("Trần  Thị Hạ", "tỉnh Hà Nam")
    assert iris.person_iri("Trần Thị Hạ", "Hà Nam") != iris.person_iri("Trần Thị Hà", "Hà Nam")
    assert iris.person_iri("Trần Thị Hạ", "Hà Nam") != iris.person_iri("Trần Thị Hạ", "Bến Tre")


def test_symbols_parse_by_party_and_state_grammar():
    p = iris.parse_symbol("150-CTr/BCSĐUBND-BDVTU")
    assert (p.system, p.number, p.type_code, p.issuers) == ("party", 150, "CTr", ("BCSĐUBND", "BDVTU"))
    s = iris.parse_symbol("19/2008/NQLT/CP-UBTUMTTQVN")
    assert (s.system, s.number, s.year, s.type_code, s.issuers) == ("state", 19, 2008, "NQLT", ("CP", "UBTUMTTQVN"))
    cv = iris.parse_symbol("Số: 238 /UBND-KGVX")
    assert (cv.type_code, cv.issuers, cv.text) == (None, ("UBND", "KGVX"), "238/UBND-KGVX")


def test_document_identity_uses_issuers_year_and_province_for_local_codes():
    a = iris.document_iri("91-KH/BDVTU-CAT", "2014-12-22", "2021-10-29", "Bến Tre")
    b = iris.document_iri("91 - KH/BDVTU-CAT", "2014-12-22", "2022-01-01", "Bến Tre")
    assert a == b
    # the same local number in another province, or another year, is another document
    assert a != iris.document_iri("91-KH/BDVTU-CAT", "2014-12-22", "2021-10-29", "Hà Nam")
    assert a != iris.document_iri("91-KH/BDVTU-CAT", "2015-12-22", "2021-10-29", "Bến Tre")
    # central documents are national; the article year stands in for an unknown issue date
    assert iris.document_iri("25-NQ/TW", "2013-06-03", None, "Hà Nam") == iris.document_iri(
        "25-NQ/TW", "2013-06-03", None, "Bến Tre"
    )
    assert "/2020/" in iris.document_iri("42/KH-UBND", None, "2020-05-01", "Hà Nam")
    # a year printed in the symbol wins
    assert "/2019/" in iris.document_iri("03/2019/NĐ-CP", "2020-01-01", None, None)


def test_graph_iri_round_trips_odd_article_ids():
    for aid in ("bentre-2021-10-29-dan-van", "a b/c", "bài-báo-ư"):
        assert iris.article_id_of_graph(iris.graph_iri(aid)) == aid
    assert iris.article_id_of_graph("https://example.org/other") is None
