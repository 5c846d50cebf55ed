"""Classes of round s33's third batch of helpers (the COVID-19 years, elections and councils, women and children,
older pages), as made-up sentences: the epidemic's steering committee and its head's post, the election councils and
boards, a Mông family name, a political officer by his initials, a code's hyphen kept."""

import pytest
from _signing_helpers import agency_names, extract, named_sectors, positions_by_name

from phoihop.text import spaced_dashes


def _facts(text, province="Hà Tĩnh", published="2021-05-05"):
    return extract(f"Tin\n\n{text}", published, province)


def test_the_epidemic_s_steering_committee_and_its_head_s_post():
    facts = _facts(
        "Ông Lê Văn An, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh phát biểu. Ban Chỉ "
        "đạo phòng, chống dịch COVID-19 tỉnh họp."
    )
    assert positions_by_name(facts)["Lê Văn An"] == [
        "Chủ tịch Ủy ban nhân dân tỉnh",
        "Trưởng Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh",
    ]
    assert ("Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh", "state") in named_sectors(facts)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Hội đồng Bầu cử quốc gia ban hành nghị quyết.", "Hội đồng Bầu cử quốc gia"),
        (
            "Ban Bầu cử đại biểu HĐND tỉnh khu vực số 3 họp phiên thứ nhất.",
            "Ban Bầu cử đại biểu Hội đồng nhân dân tỉnh khu vực số 3",
        ),
    ],
)
def test_election_councils_and_boards_are_bodies(text, name):
    assert (name, "state") in named_sectors(_facts(text))


def test_a_mong_family_name_opens_the_name():
    facts = _facts("Ông Xồng Bá Dình, Phó Chủ tịch UBND huyện Kỳ Sơn dự.", province="Nghệ An")
    assert positions_by_name(facts) == {"Xồng Bá Dình": ["Phó Chủ tịch Ủy ban nhân dân huyện Kỳ Sơn"]}


def test_a_political_officer_by_his_initials():
    facts = _facts("Đại úy Nguyễn Văn Trường, CTV Ban CHQS huyện dự.", province="Nghệ An")
    assert positions_by_name(facts) == {"Nguyễn Văn Trường": ["Chính trị viên Ban Chỉ huy Quân sự huyện"]}
    assert agency_names(facts) == []


@pytest.mark.parametrize("printed, spaced", [("COVID-19", "COVID-19"), ("Sư đoàn 5-Sở Y tế", "Sư đoàn 5 - Sở Y tế")])
def test_a_code_s_hyphen_before_its_number_is_kept(printed, spaced):
    assert spaced_dashes(printed) == spaced


def test_a_council_s_boards_listed_before_the_last_named_with_the_council():
    facts = _facts(
        "Thường trực HĐND tỉnh phối hợp với Ban Pháp chế, Ban Văn hóa - Xã hội và Ban Dân tộc HĐND tỉnh giám sát."
    )
    assert {
        "Ban Pháp chế Hội đồng nhân dân tỉnh",
        "Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh",
        "Ban Dân tộc Hội đồng nhân dân tỉnh",
    } <= set(agency_names(facts))


def test_a_symbol_joining_two_short_forms_by_a_dot_is_read_whole():
    facts = _facts(
        "Ngày 5/3, Ủy ban MTTQ tỉnh ký kết chương trình phối hợp số 12/CTrPH-MTTQ-CT.XH với Hội Nông dân tỉnh. Thực "
        "hiện Quyết định số 45/QĐ-UBND.Theo đó, các đơn vị họp."
    )
    assert sorted(d.symbol for d in facts.documents) == ["12/CTrPH-MTTQ-CT.XH", "45/QĐ-UBND"]


def test_kinh_family_names_the_list_lacked_open_a_name():
    facts = _facts(
        "Dự lễ ký kết có các đồng chí: Chử Xuân Dương, Thành ủy viên, Phó Chủ tịch UBND thành phố; Trần Thị Phương "
        "Hoa, Giám đốc Sở Y tế.",
        province="Hà Nội",
    )
    assert positions_by_name(facts)["Chử Xuân Dương"] == ["Thành ủy viên", "Phó Chủ tịch Ủy ban nhân dân thành phố"]


def test_the_national_aids_drugs_and_prostitution_committee_is_read_whole():
    facts = _facts("Ủy ban Quốc gia phòng, chống AIDS, ma túy, mại dâm họp trực tuyến.", province=None)
    assert ("Ủy ban Quốc gia phòng, chống AIDS, ma túy, mại dâm", "state") in named_sectors(facts)
