"""Bodies' names printed in Title Case ("Viện Kiểm Sát Nhân Dân", "Ủy Ban Kiểm Tra Tỉnh Ủy"), as some sites print
them, give the facts of the usual print (made-up sentences)."""

from __future__ import annotations

from phoihop.extract.article import Article
from phoihop.extract.pipeline import extract_article


def _facts(text: str):
    return extract_article(Article("t", text, published="2024-05-14", province="Điện Biên"))


def _positions(text: str) -> dict[str, list[str]]:
    return {p.name: [t.casefold() for t in p.positions] for p in _facts(text).persons}


def test_a_procuracy_in_title_case_after_its_head_s_title_is_no_person():
    # ("Kiểm Sát Nhân Dân" after "Viện trưởng Viện" was read as a person's name)
    text = (
        "Sáng 14/5, Viện Kiểm Sát Nhân Dân khu vực 4 và Công an huyện Mường Nhé ký kết quy chế phối hợp. Dự lễ có "
        "đồng chí Viện trưởng Viện Kiểm Sát Nhân Dân khu vực 4 Lò Văn Quý."
    )
    assert _positions(text) == {"Lò Văn Quý": ["viện trưởng viện kiểm sát nhân dân khu vực 4"]}


def test_a_party_inspection_committee_in_title_case_is_no_person():
    # (a title after the name and a dash: "Kiểm Tra Tỉnh Ủy" was read as the next person of the list)
    text = (
        "Ngày 2/6, Ủy ban nhân dân huyện Tủa Chùa ký kết quy chế phối hợp với Hội Nông Dân huyện. Tham dự có đồng chí "
        "Giàng A Dế - Phó Chủ nhiệm Ủy Ban Kiểm Tra Tỉnh Ủy; Lò Văn Sơn - Phó Trưởng Ban Dân Vận Huyện Ủy."
    )
    assert _positions(text) == {
        "Giàng A Dế": ["phó chủ nhiệm ủy ban kiểm tra tỉnh ủy"],
        "Lò Văn Sơn": ["phó trưởng ban dân vận huyện ủy"],
    }


def _signed(text: str) -> list[list[str]]:
    return sorted(sorted(p.casefold() for p in s.parties) for s in _facts(text).signings)


def test_title_cased_heads_spread_over_their_list_as_printed_the_usual_way():
    # ("Đồn Biên Phòng" spread as "Đồn Biên" over the posts after the first; "Công An" over none of the communes)
    posts = "ký kết chương trình phối hợp với Ban Chỉ {} các Đồn Biên {} Na Sang, Mường Nhé, Sín Thầu."
    assert _signed("Sáng 14/5, Công an huyện Mường Chà " + posts.format("Huy", "Phòng")) == _signed(
        "Sáng 14/5, Công an huyện Mường Chà " + posts.format("huy", "phòng")
    )
    communes = "Sáng 14/5, Công an huyện Mường Chà ký kết quy chế phối hợp với Công {} các xã: Na Sang, Ma Thì Hồ."
    assert (
        _signed(communes.format("An"))
        == _signed(communes.format("an"))
        == [
            ["công an huyện mường chà", "công an xã ma thì hồ"],
            ["công an huyện mường chà", "công an xã na sang"],
        ]
    )


def test_title_cased_bodies_sign_as_printed_the_usual_way():
    usual = (
        "Sáng 14/5, Bộ Chỉ huy Quân sự tỉnh, Hội Liên hiệp Phụ nữ tỉnh và Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh "
        "Điện Biên ký kết chương trình phối hợp giai đoạn 2024 - 2029."
    )
    title = (
        "Sáng 14/5, Bộ Chỉ Huy Quân Sự tỉnh, Hội Liên Hiệp Phụ Nữ tỉnh và Đoàn Thanh Niên Cộng Sản Hồ Chí Minh tỉnh "
        "Điện Biên ký kết chương trình phối hợp giai đoạn 2024 - 2029."
    )
    assert _signed(title) == _signed(usual) and _signed(usual)


def test_a_signing_spelled_with_i_is_read_as_one_spelled_with_y():
    # ("kí kết", "nhiệm kì": the signing verb and the term of the school spelling read nothing)
    text = (
        "Sáng 14/5, Ban Quản lí Khu kinh tế tỉnh và Công an tỉnh Điện Biên kí kết quy chế phối hợp trong công tác "
        "bảo đảm an ninh, trật tự nhiệm kì 2024 - 2029."
    )
    facts = _facts(text)
    assert [(sorted(s.parties), s.period) for s in facts.signings] == [
        (["Ban Quản lí Khu kinh tế tỉnh Điện Biên", "Công an tỉnh Điện Biên"], (2024, 2029))
    ]  # (the body named as its page writes it, as the gold copies it)


def test_a_party_committee_in_title_case_shares_the_communes_of_the_body_after_it():
    # ("Đảng Ủy, UBND các xã A, B": a bare committee before a spread list takes every place)
    usual = (
        "Sáng 14/5, Đồn Biên phòng Mường Nhé ký kết quy chế phối hợp với Đảng ủy, UBND các xã biên giới Sín Thầu, "
        "Chung Chải, Leng Su Sìn."
    )

    def agencies(text: str) -> list[str]:
        return sorted(a.name.casefold() for a in _facts(text).agencies)

    assert agencies(usual.replace("Đảng ủy,", "Đảng Ủy,")) == agencies(usual)
    assert "đảng ủy xã sín thầu" in agencies(usual)


def test_a_name_after_words_of_a_body_the_tables_do_not_hold_opens_at_its_family_name():
    # ("Cục Thú Y Phạm Văn Đông" was read as the Ê Đê name "Y Phạm Văn Đông", "Kiểm Lâm Trương Thanh Hà" as "Lâm
    # Trương Thanh Hà")
    text = (
        "Sáng 3/4, Công an tỉnh Gia Lai ký kết quy chế phối hợp với Sở Y tế. Dự có Cục trưởng Cục Thú Y Phạm Văn "
        "Đông và Quyền Chi cục trưởng Chi Cục Kiểm Lâm Trương Thanh Hà."
    )
    assert sorted(_positions(text)) == ["Phạm Văn Đông", "Trương Thanh Hà"]


def test_a_hospital_in_title_case_after_a_director_is_no_person():
    text = (
        "Sáng 3/4, Bệnh viện tỉnh ký kết quy chế phối hợp với Sở Y tế.\nÔng Lê Văn Hùng, Giám đốc Bệnh Viện Bạch Mai "
        "(Hà Nội), khám bệnh cho người dân."
    )
    assert _positions(text) == {"Lê Văn Hùng": ["giám đốc bệnh viện bạch mai"]}


def test_a_port_authority_in_title_case_spreads_over_its_provinces():
    # ("Cảng Vụ Hàng Hải Quảng Ninh, Hải Phòng": the spread head was cut at "Hàng", and "Hải Phòng" lost its "Hải")
    usual = (
        "Ngày 11/5, Cảng vụ hàng hải Hải Phòng tổ chức ký kết quy chế phối hợp giữa Cảng vụ hàng hải Quảng Ninh, Hải "
        "Phòng, Thái Bình và Bộ Tư lệnh Vùng Cảnh sát biển 1."
    )
    title = usual.replace("Cảng vụ hàng hải", "Cảng Vụ Hàng Hải")

    def agencies(text: str) -> list[str]:
        return sorted(a.name.casefold() for a in _facts(text).agencies)

    assert agencies(title) == agencies(usual)
    assert "cảng vụ hàng hải thái bình" in agencies(usual)


def test_a_headline_spelled_with_i_is_the_given_title():
    # (the headline was told from the given title by "kí" against the text's "ký", and its "với" made the partners
    # pairs of the hub, per real/dc03 a headline's "với" does not)
    title = "Bộ Tư lệnh Vùng Cảnh sát biển 3 kí kết quy chế phối hợp với 3 tỉnh miền Nam Trung Bộ."
    text = (
        title + "\n\nChiều 28/10/2022, Bộ Tư lệnh Vùng Cảnh sát biển 3 cùng các tỉnh ven biển từ Bình Thuận đến Khánh "
        "Hòa tổ chức hội nghị kí kết quy chế phối hợp.\n\nTại hội nghị, Bộ Tư lệnh Vùng Cảnh sát biển 3 và lãnh đạo "
        "UBND 3 tỉnh gồm Bình Thuận, Ninh Thuận, Khánh Hòa đã thống nhất kí kết quy chế phối hợp."
    )

    def signed(title: str, text: str) -> list:
        facts = extract_article(Article("t", text, title=title, published="2022-10-28", province="Khánh Hòa"))
        return sorted(len(s.parties) for s in facts.signings)

    assert signed(title, text) == signed(title.replace("kí", "ký"), text.replace("kí", "ký")) == [4]
