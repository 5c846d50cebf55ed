"""Error classes found on the held-out set tests/fixtures/unseen2, each with made-up sentences."""

from __future__ import annotations

import pytest

from phoihop.extract.article import Article
from phoihop.extract.normalize import normalize
from phoihop.extract.pipeline import extract_article


def _facts(text: str, published: str = "2023-05-10", province: str | None = "Nam Định"):
    return extract_article(Article("t", text, published=published, province=province))


def _pairs(facts):
    return sorted(tuple(sorted(s.parties)) for s in facts.signings)


# --- HTML character references -----------------------------------------------------------------


def test_html_entities_are_decoded_and_offsets_stay_in_the_original():
    original = "Công an&nbsp;huyện Ý Yên giai đoạn 2024&nbsp;&ndash;&nbsp;2028 &quot;x&quot; &#8211; y"
    norm = normalize(original)
    assert norm.text == 'Công an huyện Ý Yên giai đoạn 2024 - 2028 "x" - y'
    i = norm.text.index("2024")
    s, e = norm.orig_span(i, norm.text.index("2028") + 4)
    assert original[s:e] == "2024&nbsp;&ndash;&nbsp;2028"
    i = norm.text.index("huyện")
    s, e = norm.orig_span(i - 1, i + len("huyện"))
    assert original[s:e] == "&nbsp;huyện"


def test_signing_read_through_entities():
    f = _facts(
        "Sáng 9/5, Công an huyện Ý Yên và Hội Nông dân&nbsp;huyện Ý Yên ký kết chương trình phối hợp "
        "giai đoạn 2023&nbsp;&ndash;&nbsp;2027."
    )
    assert _pairs(f) == [("Công an huyện Ý Yên", "Hội Nông dân huyện Ý Yên")]
    assert f.signings[0].period == (2023, 2027)
    ev = f.signings[0].evidence[0]
    assert "&nbsp;" in ev.sentence and ev.sentence.startswith("Sáng 9/5")


# --- abbreviations defined in brackets, then reused ----------------------------------------------


def test_bracket_abbreviation_reused_before_a_committee_word():
    f = _facts(
        "Ngày 9/5, Ủy ban Kiểm tra (UBKT) Huyện ủy Giao Thủy họp. Sau đó UBKT Huyện ủy Giao Thủy "
        "ký kết quy chế phối hợp với Thanh tra huyện Giao Thủy."
    )
    names = {a.name for a in f.agencies}
    assert "Huyện ủy Giao Thủy" not in names
    assert _pairs(f) == [("Thanh tra huyện Giao Thủy", "Ủy ban Kiểm tra Huyện ủy Giao Thủy")]


# --- "A ký kết ... với B, C, D và E" with procuracy and court short forms -------------------------


def test_with_list_gives_one_signing_per_partner():
    f = _facts(
        "Ngày 9/5, Ban Nội chính Tỉnh ủy ký kết quy chế phối hợp với Thanh tra tỉnh, Viện KSND tỉnh và TAND tỉnh."
    )
    assert _pairs(f) == [
        ("Ban Nội chính Tỉnh ủy", "Thanh tra tỉnh"),
        ("Ban Nội chính Tỉnh ủy", "Tòa án nhân dân tỉnh"),
        ("Ban Nội chính Tỉnh ủy", "Viện Kiểm sát nhân dân tỉnh"),
    ]


# --- parties named only through the signers' titles ---------------------------------------------


def test_parties_named_through_signer_titles():
    f = _facts(
        "Sáng 9-5, Đại tá Trần Văn Bình, Chỉ huy trưởng Bộ CHQS tỉnh và bà Lê Thị Cúc, Chủ tịch "
        "Hội Nông dân tỉnh đã ký kết Chương trình phối hợp giai đoạn 2023-2028."
    )
    assert _pairs(f) == [("Bộ Chỉ huy Quân sự tỉnh", "Hội Nông dân tỉnh")]
    assert {a.name for a in f.agencies} >= {"Bộ Chỉ huy Quân sự tỉnh", "Hội Nông dân tỉnh"}


@pytest.mark.parametrize("act", ["đã tổ chức ký kết", "tiến hành ký kết", "đã tổ chức lễ ký kết"])
def test_parties_named_through_signer_titles_who_hold_the_signing(act):
    f = _facts(
        f"Sáng 9-5, Đại tá Trần Văn Bình, Chỉ huy trưởng Bộ CHQS tỉnh và bà Lê Thị Cúc, Chủ tịch "
        f"Hội Nông dân tỉnh {act} Chương trình phối hợp giai đoạn 2023-2028."
    )
    assert _pairs(f) == [("Bộ Chỉ huy Quân sự tỉnh", "Hội Nông dân tỉnh")]


@pytest.mark.parametrize(
    ("symbol", "signed"),
    [
        ("số 3055/QC-BTLCSB-CHHVN", "được tổ chức ký kết"),
        ("số 3055/QC - BTLCSB - CHHVN", "được ký kết"),
        ("3055/QC-BTLCSB-CHHVN", "được ký kết"),  # (the number without "số")
    ],
)
@pytest.mark.parametrize("issued", ["ngày 09/9/2015", "ngày 09 tháng 9 năm 2015"])
def test_a_cited_document_whose_signing_was_held_is_no_signing_of_the_event(symbol, signed, issued):
    f = _facts(
        f"Trên cơ sở Quy chế phối hợp {symbol} {issued} {signed} giữa Bộ Tư lệnh "
        "Cảnh sát biển và Cục Hàng hải Việt Nam, ngày 11/5, Cảng vụ hàng hải Nam Định và Bộ Tư lệnh Vùng Cảnh sát "
        "biển 1 ký kết Quy chế phối hợp."
    )
    assert [sorted(s.parties) for s in f.signings] == [["Bộ Tư lệnh Vùng Cảnh sát biển 1", "Cảng vụ hàng hải Nam Định"]]


def test_titles_of_witnesses_are_not_parties():
    f = _facts(
        "Sáng 9-5, đồng chí Trần Văn Bình, Bí thư Tỉnh ủy và bà Lê Thị Cúc, Chủ tịch UBND tỉnh chứng kiến lễ ký kết."
    )
    assert f.signings == []


# --- planned signings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong quý III, Ban Dân vận Tỉnh ủy sẽ ký kết quy chế phối hợp với Công an tỉnh.",
        "Theo dự kiến, tháng 8 tới Ban Dân vận Tỉnh ủy và Công an tỉnh ký kết quy chế phối hợp.",
    ],
)
def test_planned_signing_is_not_reported(sentence):
    assert _facts("Ngày 9/5, đoàn công tác làm việc tại tỉnh. " + sentence).signings == []


# --- an old document described by its signing year -----------------------------------------------


def test_old_document_signed_in_a_past_year_is_not_a_signing_and_has_no_period():
    f = _facts(
        "Ngày 9/5, Công an tỉnh và Hội Cựu chiến binh tỉnh ký kết quy chế phối hợp mới. Quy chế thay "
        "thế Quy chế số 07/QC-CAT-HCCB ký năm 2019 giữa Công an tỉnh và Hội Cựu chiến binh tỉnh."
    )
    assert len(f.signings) == 1 and f.signings[0].period is None
    doc = next(d for d in f.documents if d.symbol == "07/QC-CAT-HCCB")
    assert doc.period is None


def test_horizon_year_is_not_a_document_period():
    f = _facts(
        "Hai bên quán triệt Nghị quyết số 30-NQ/TW ngày 2/3/2022 của Bộ Chính trị về phát triển vùng "
        "đến năm 2030, tầm nhìn đến năm 2045."
    )
    assert f.documents[0].period is None


# --- a second signing of the same event ----------------------------------------------------------


def test_same_day_second_signing_keeps_its_own_period():
    f = _facts(
        "Sáng 9-5, Hội Nông dân huyện Hải Hậu ký kết chương trình phối hợp với Công an huyện Hải Hậu "
        "giai đoạn 2023-2027. Cùng ngày, Hội Nông dân huyện Hải Hậu và Huyện đoàn Hải Hậu cũng ký kết "
        "kế hoạch phối hợp tổ chức hoạt động hè."
    )
    periods = {tuple(sorted(s.parties)): s.period for s in f.signings}
    assert periods[("Công an huyện Hải Hậu", "Hội Nông dân huyện Hải Hậu")] == (2023, 2027)
    assert periods[("Huyện đoàn Hải Hậu", "Hội Nông dân huyện Hải Hậu")] is None


# --- a caption listing only the partners of an earlier "với" signing ------------------------------


def test_caption_of_partners_is_not_a_new_signing():
    f = _facts(
        "Chiều 9/5, Bộ Chỉ huy Bộ đội Biên phòng tỉnh ký kết quy chế phối hợp với Công an tỉnh và Cục "
        "Hải quan tỉnh.\nĐại tá Trần Văn Bình và đại diện Công an tỉnh, Cục Hải quan tỉnh ký kết quy chế."
    )
    assert _pairs(f) == [
        ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an tỉnh"),
        ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Cục Hải quan tỉnh"),
    ]


# --- "giữa hai đơn vị" ----------------------------------------------------------------------------


def test_document_between_the_two_units_takes_the_two_signers():
    f = _facts(
        "Ngày 9/5, Tỉnh đoàn và Bộ Chỉ huy Quân sự tỉnh ký kết quy chế phối hợp giai đoạn 2023-2028. "
        "Quy chế kế thừa Quy chế phối hợp số 05/QCPH-TĐ-BCH ngày 2/4/2018 giữa hai đơn vị."
    )
    doc = next(d for d in f.documents if d.symbol == "05/QCPH-TĐ-BCH")
    assert sorted(doc.parties) == ["Bộ Chỉ huy Quân sự tỉnh", "Tỉnh đoàn"]


# --- central bodies: short forms and their departments --------------------------------------------


def test_short_form_of_a_central_body_is_the_same_agency():
    f = _facts(
        "Sáng 9/5, Tổng cục Chính trị Quân đội nhân dân Việt Nam và Trung ương Hội Nông dân Việt Nam "
        "ký kết chương trình phối hợp. Đại diện Tổng cục Chính trị và Cục Tuyên huấn dự.",
        province=None,
    )
    names = [a.name for a in f.agencies]
    assert "Tổng cục Chính trị" not in names
    assert "Cục Tuyên huấn" in names
    assert _pairs(f) == [("Trung ương Hội Nông dân Việt Nam", "Tổng cục Chính trị Quân đội nhân dân Việt Nam")]


def test_placed_local_body_is_not_folded_into_the_national_one():
    f = _facts(
        "Sáng 9/5, Hội Nông dân tỉnh Nam Định và Công an tỉnh ký kết chương trình phối hợp; hai bên "
        "tuyên truyền Kết luận số 61-KL/TW của Ban Bí thư về vai trò của Hội Nông dân Việt Nam."
    )
    assert any(s.parties and "Hội Nông dân tỉnh Nam Định" in s.parties for s in f.signings)


# --- lexicon: customs, economic zones, the labour confederation, "Ban Tuyên giáo và Dân vận" titles ---


def test_lexicon_bodies_and_titles():
    f = _facts(
        "Dự có ông Hà Văn Dũng, Chi cục trưởng Chi cục Hải quan cửa khẩu Hữu Nghị; bà Vũ Thị Lan, "
        "Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy; đại diện Tổng Liên đoàn Lao động Việt Nam, "
        "Ban Quản lý Khu kinh tế tỉnh."
    )
    names = {a.name: a.sector for a in f.agencies}
    assert names.get("Tổng Liên đoàn Lao động Việt Nam") == "front"
    assert names.get("Ban Quản lý Khu kinh tế tỉnh") == "state"
    positions = {p.name: p.positions for p in f.persons}
    assert positions["Hà Văn Dũng"] == ["Chi cục trưởng Chi cục Hải quan cửa khẩu Hữu Nghị"]
    assert positions["Vũ Thị Lan"] == ["Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy"]


# === Error classes found on the held-out set tests/fixtures/unseen3 (own sentences) ================

# --- a document signed at the reported event is issued that day -----------------------------------


def _doc(facts, symbol):
    return next(d for d in facts.documents if d.symbol == symbol)


def test_document_signed_at_the_event_takes_the_signing_date_as_issued():
    f = _facts(
        "Chiều 22/4, Công an huyện Hải Hậu và Hội Cựu chiến binh huyện Hải Hậu ký kết Kế hoạch phối hợp "
        "số 57/KH-CAH-HCCB về giữ gìn trật tự ở khu dân cư giai đoạn 2023-2026."
    )
    d = _doc(f, "57/KH-CAH-HCCB")
    assert d.issued == "2023-04-22" and d.period == (2023, 2026)
    assert f.signings[0].document == "57/KH-CAH-HCCB"


def test_an_own_date_wins_and_an_undated_signing_gives_no_issue_date():
    f = _facts(
        "Sáng 22/4, Công an huyện Hải Hậu và Hội Nông dân huyện Hải Hậu ký kết Chương trình phối hợp "
        "số 19/CTr-CAH-HND ngày 20/4/2023 về phòng, chống tội phạm."
    )
    assert _doc(f, "19/CTr-CAH-HND").issued == "2023-04-20"
    f = _facts(
        "Vừa qua, Công an huyện Hải Hậu và Hội Nông dân huyện Hải Hậu ký kết Chương trình phối hợp "
        "số 21/CTr-CAH-HND về phòng, chống tội phạm."
    )
    assert _doc(f, "21/CTr-CAH-HND").issued is None


def test_signed_and_rolled_out_document_is_the_object_of_the_signing():
    f = _facts(
        "Chiều 3/5, Công an xã Yên Lộc, Ban CHQS xã Yên Lộc và Hội Phụ nữ xã Yên Lộc đã ký kết và "
        "triển khai Kế hoạch liên tịch số 08/KHLT-CAX-BCHQS về giữ gìn an ninh thôn xóm."
    )
    assert f.signings and f.signings[0].document == "08/KHLT-CAX-BCHQS"
    assert _doc(f, "08/KHLT-CAX-BCHQS").issued == "2023-05-03"


def test_review_between_the_two_bodies_then_signing_keeps_the_subject():
    f = _facts(
        "Sáng 9/5, Ban Dân vận Tỉnh ủy và Liên đoàn Lao động tỉnh tổng kết Chương trình phối hợp "
        "số 07/CTr-BDV-LĐLĐ ngày 2/3/2018 giữa hai cơ quan và ký kết Chương trình phối hợp "
        "số 31/CTr-BDV-LĐLĐ giai đoạn 2023-2028."
    )
    assert _pairs(f) == [("Ban Dân vận Tỉnh ủy", "Liên đoàn Lao động tỉnh")]
    assert f.signings[0].document == "31/CTr-BDV-LĐLĐ"
    assert _doc(f, "31/CTr-BDV-LĐLĐ").issued == "2023-05-09"
    assert _doc(f, "07/CTr-BDV-LĐLĐ").issued == "2018-03-02"


# --- open-start period "đến năm 2030" --------------------------------------------------------------


def test_open_start_period_runs_from_the_signing_year():
    f = _facts(
        "Ngày 12/1, Hội Nông dân tỉnh và Sở Nông nghiệp và Môi trường ký kết Chương trình phối hợp "
        "số 05/CTrPH-HND-SNNMT về hỗ trợ nông dân chuyển đổi số đến năm 2030.",
        published="2026-01-13",
    )
    assert f.signings[0].period == (2026, 2030)
    assert _doc(f, "05/CTrPH-HND-SNNMT").period == (2026, 2030)


def test_horizon_and_a_cited_strategy_deadline_give_no_period():
    f = _facts(
        "Ngày 12/1, Hội Nông dân tỉnh và Sở Nông nghiệp và Môi trường ký kết chương trình phối hợp "
        "thực hiện Chiến lược phát triển nông nghiệp bền vững đến năm 2030.",
        published="2026-01-13",
    )
    assert f.signings and f.signings[0].period is None
    f = _facts(
        "Ngày 12/1, Hội Nông dân tỉnh và Sở Nông nghiệp và Môi trường ký kết chương trình phối hợp "
        "về kinh tế tập thể, tầm nhìn đến năm 2045.",
        published="2026-01-13",
    )
    assert f.signings and f.signings[0].period is None
    f = _facts(
        "Ngày 12/1, Hội Nông dân tỉnh và Sở Nông nghiệp và Môi trường ký kết chương trình phối hợp "
        "về kinh tế tập thể đến năm 2030, tầm nhìn đến năm 2045.",
        published="2026-01-13",
    )
    assert f.signings and f.signings[0].period is None


# --- central commands of naval and coast-guard regions -----------------------------------------------


def test_naval_region_command_is_one_agency_with_its_short_form():
    f = _facts(
        "Vùng 4 Hải quân và tỉnh Khánh Hòa ký kết phối hợp\n\nSáng 9/5, Bộ Tư lệnh Vùng 4 Hải quân và "
        "UBND tỉnh Khánh Hòa ký kết chương trình phối hợp giai đoạn 2023-2027. Vùng 4 Hải quân sẽ hỗ trợ ngư dân.",
        province="Khánh Hòa",
    )
    names = {a.name for a in f.agencies}
    assert "Bộ Tư lệnh Vùng 4 Hải quân" in names
    assert not names & {"Bộ Tư lệnh Vùng 4", "Vùng 4 Hải quân"}
    assert _pairs(f) == [("Bộ Tư lệnh Vùng 4 Hải quân", "Ủy ban nhân dân tỉnh Khánh Hòa")]


def test_coast_guard_region_command():
    f = _facts(
        "Ngày 9/5, Bộ Tư lệnh Vùng 2 Cảnh sát biển và Hội Nông dân tỉnh ký kết quy chế phối hợp.", province="Quảng Ngãi"
    )
    assert ("Bộ Tư lệnh Vùng 2 Cảnh sát biển", "military") in {(a.name, a.sector) for a in f.agencies}


# --- Front committees: the "Việt Nam" of one committee is not lent to another level -----------------


def test_front_committee_of_another_level_keeps_its_written_name():
    f = _facts(
        "Ngày 9/5, Ủy ban MTTQ Việt Nam tỉnh và Công an tỉnh sơ kết chương trình phối hợp. Tại xã Tân Lập, "
        "Công an xã Tân Lập phối hợp với Ủy ban MTTQ xã Tân Lập vận động nhân dân. Ban Thường trực "
        "Ủy ban MTTQ tỉnh chủ trì.",
        province="Phú Thọ",
    )
    names = {a.name for a in f.agencies}
    assert "Ủy ban Mặt trận Tổ quốc xã Tân Lập" in names
    assert "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" in names


def test_headline_front_short_form_is_the_committee():
    f = _facts(
        "Giao ban giữa Công an và MTTQ tỉnh Phú Thọ\n\nNgày 9/5, Công an tỉnh Phú Thọ và Ủy ban MTTQ "
        "Việt Nam tỉnh tổ chức giao ban công tác phối hợp.",
        province="Phú Thọ",
    )
    fronts = [a.name for a in f.agencies if a.sector == "front"]
    assert fronts == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]


# --- police investigation bodies, commune youth union, deputies' mandates ---------------------------


def test_police_investigation_agency_is_its_own_police_body():
    f = _facts(
        "Năm 2022, Cơ quan Cảnh sát điều tra Công an huyện Nghĩa Hưng đã khởi tố 41 vụ; Cơ quan An ninh "
        "điều tra Công an tỉnh thụ lý 3 vụ."
    )
    names = {(a.name, a.sector) for a in f.agencies}
    assert ("Cơ quan Cảnh sát điều tra Công an huyện Nghĩa Hưng", "police") in names
    assert ("Cơ quan An ninh điều tra Công an tỉnh", "police") in names


def test_commune_youth_union_abbreviation():
    f = _facts("Dự lễ có đại diện Công an xã Hải Lý, Hội Phụ nữ xã và ĐTN xã Hải Lý.")
    assert ("Đoàn Thanh niên xã Hải Lý", "front") in {(a.name, a.sector) for a in f.agencies}


def test_national_assembly_inside_an_election_or_a_deputy_title_is_no_agency():
    f = _facts(
        "Hai bên phối hợp bảo vệ an toàn cuộc bầu cử đại biểu Quốc hội và đại biểu HĐND tỉnh nhiệm kỳ 2021-2026."
    )
    assert not {a.name for a in f.agencies} & {"Quốc hội", "Hội đồng nhân dân tỉnh"}
    f = _facts("Ngày 9/5, Quốc hội thông qua Luật Phòng thủ dân sự.")
    assert "Quốc hội" in {a.name for a in f.agencies}


# --- "kiêm" joins two posts --------------------------------------------------------------------


def test_kiem_splits_two_positions_after_and_before_the_name():
    f = _facts(
        "Ông Lại Văn Khoa, Bí thư Huyện đoàn kiêm Chủ tịch Hội Liên hiệp Thanh niên Việt Nam huyện "
        "phát biểu. Dự có Phó Bí thư Tỉnh đoàn kiêm Chủ tịch Hội Sinh viên tỉnh Mai Thị Hằng."
    )
    pos = {p.name: p.positions for p in f.persons}
    assert pos["Lại Văn Khoa"] == ["Bí thư Huyện đoàn", "Chủ tịch Hội Liên hiệp Thanh niên Việt Nam huyện"]
    assert pos["Mai Thị Hằng"] == ["Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội Sinh viên tỉnh"]


# === Error classes found on the held-out set tests/fixtures/unseen4 (own sentences) ================


def _agencies(facts):
    return {a.name: a.sector for a in facts.agencies}


# --- "từng"/"mỗi" before a body name a category, like "các" ---------------------------------------


def test_each_body_of_a_level_is_a_category():
    f = _facts(
        "Sáng 4/6, Công an tỉnh và Hội Cựu chiến binh tỉnh ký kết chương trình phối hợp giai đoạn 2024 - 2028. "
        "Chương trình sẽ được cụ thể hóa thành kế hoạch của từng Ban CHQS huyện và mỗi Công an xã."
    )
    assert set(_agencies(f)) == {"Công an tỉnh", "Hội Cựu chiến binh tỉnh"}


# --- the Youth Union's central organs are front bodies -----------------------------------------------


def test_youth_union_secretariat_is_a_front_body():
    f = _facts(
        "Kế hoạch cụ thể hóa Chương trình phối hợp số 77/CTrPH-TCCT-TWĐTN ngày 3/4/2021 giữa Tổng cục Chính trị "
        "và Ban Bí thư Trung ương Đoàn. Tỉnh đoàn và Bộ CHQS tỉnh ký kết kế hoạch phối hợp ngày 5/5."
    )
    ag = _agencies(f)
    assert ag["Ban Bí thư Trung ương Đoàn"] == "front"
    assert "Ban Bí thư" not in ag


# --- an outlet's name in a paragraph-opening dateline is no actor ------------------------------------


def test_outlet_dateline_is_not_an_agency():
    f = _facts(
        "Ký kết phối hợp tuyên truyền\n\nBáo Hà Nam - Sáng 8/3, Hội Nông dân tỉnh và Công an tỉnh ký kết "
        "chương trình phối hợp giai đoạn 2023 - 2027.",
        province="Hà Nam",
    )
    assert "Báo Hà Nam" not in _agencies(f)
    assert _pairs(f) == [("Công an tỉnh", "Hội Nông dân tỉnh")]


def test_outlet_as_a_party_is_still_an_agency():
    f = _facts(
        "Sáng 8/3, Ban Tuyên giáo Tỉnh ủy ký kết chương trình phối hợp với Báo Hà Nam giai đoạn 2023 - 2027.",
        province="Hà Nam",
    )
    assert _agencies(f).get("Báo Hà Nam") == "party"


# --- names of Central Highlands peoples: "A <name>" (Ba Na, Xơ Đăng men) and the "Điểu" family ----------


def test_highland_names_are_persons():
    f = _facts(
        "Dự lễ có ông A Pớt, Phó Chủ tịch UBND huyện Sa Thầy; Trung tá Điểu Bình, Trưởng Công an xã Đắk Ơ.",
        province="Kon Tum",
    )
    persons = {p.name: p.positions for p in f.persons}
    assert persons["A Pớt"] == ["Phó Chủ tịch Ủy ban nhân dân huyện Sa Thầy"]
    assert persons["Điểu Bình"] == ["Trưởng Công an xã Đắk Ơ"]


# --- a headline's "Quân sự xã" is the article's "Ban Chỉ huy Quân sự xã" ------------------------------


def test_headline_military_short_form_is_the_command():
    f = _facts(
        "Mặt trận, Quân sự xã ký kết phối hợp\n\nSáng 2/7, Ủy ban MTTQ Việt Nam xã Tân Lập ký kết chương trình "
        "phối hợp với Ban Chỉ huy Quân sự xã giai đoạn 2025 - 2030."
    )
    ag = _agencies(f)
    assert "Quân sự xã" not in ag and ag["Ban Chỉ huy Quân sự xã"] == "military"


# --- "và xây dựng phong trào" inside a document's subject does not end its clause -----------------------


def test_subject_with_xay_dung_keeps_the_period_of_the_signed_document():
    f = _facts(
        "Sáng 9/5, Công an huyện Giao Thủy và Hội Nông dân huyện ký kết Kế hoạch phối hợp số 31/KH-CAH-HND về "
        "tuyên truyền pháp luật và xây dựng phong trào bảo vệ an ninh Tổ quốc giai đoạn 2023 - 2027."
    )
    assert _doc(f, "31/KH-CAH-HND").period == (2023, 2027)


def test_xay_dung_a_new_plan_still_ends_the_reviewed_documents_clause():
    f = _facts(
        "Sáng 9/5, Công an huyện Giao Thủy và Hội Nông dân huyện tổng kết Kế hoạch số 12/KH-CAH-HND và xây dựng "
        "kế hoạch phối hợp giai đoạn 2023 - 2027."
    )
    assert _doc(f, "12/KH-CAH-HND").period is None


# --- the joint office of the National Assembly delegation and the People's Council is one body ------------


def test_joint_office_of_delegation_and_council_is_one_agency():
    f = _facts(
        "Sáng 3/8, Thường trực HĐND tỉnh và UBND tỉnh ký kết quy chế phối hợp nhiệm kỳ 2021 - 2026. Dự hội nghị "
        "có đại diện Văn phòng Đoàn ĐBQH và HĐND tỉnh, Văn phòng UBND tỉnh."
    )
    ag = _agencies(f)
    assert ag["Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh"] == "state"
    assert "Văn phòng Ủy ban nhân dân tỉnh" in ag


def test_a_signing_joined_by_va_to_a_first_predicate_is_the_opening_subjects():
    f = _facts(
        "Chiều 10-12, Sở Giáo dục và Đào tạo, Công an tỉnh đã tổ chức Hội nghị tổng kết công tác bảo đảm an ninh "
        "trật tự tại các cơ sở giáo dục trực thuộc Sở Giáo dục và Đào tạo, giai đoạn 2010 - 2015 và ký kết Quy chế "
        "phối hợp, giai đoạn 2016 - 2020."
    )
    assert [sorted(s.parties) for s in f.signings] == [["Công an tỉnh", "Sở Giáo dục và Đào tạo"]]


def test_a_body_after_of_that_opens_the_subject_list_still_signs():
    # (no "và" joins the verb to a first predicate: "của" names whose leaders sign)
    f = _facts("Sáng 9-5, lãnh đạo của Sở Tư pháp và Công an tỉnh đã ký kết quy chế phối hợp.")
    assert [sorted(s.parties) for s in f.signings] == [["Công an tỉnh", "Sở Tư pháp"]]


def test_a_caption_that_opens_the_report_signs_for_the_bodies_the_next_sentences_name():
    # "Đại diện các đảng ủy ký kết ..." printed before the paragraph that names the three committees
    f = _facts(
        "Phối hợp bảo vệ an ninh tuyến biên giới\nĐại diện các đảng ủy ký kết bổ sung quy chế phối hợp giai đoạn "
        "2021 - 2025. Ảnh: HỒNG ANH\n\nNgày 28.7, Đảng ủy Đồn Biên phòng Ga Ry, Đảng ủy xã Ga Ry và Đảng ủy xã Ch'Ơm "
        "đã tổ chức hội nghị sơ kết quy chế phối hợp 6 tháng đầu năm.",
        province="Quảng Nam",
    )
    assert [sorted(s.parties) for s in f.signings] == [
        ["Đảng ủy xã Ch'Ơm", "Đảng ủy xã Ga Ry", "Đảng ủy Đồn Biên phòng Ga Ry"]
    ]
