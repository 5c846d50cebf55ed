"""A labour department's service centres as round s35's helper K printed them (made-up texts in the image of its
pages): the province's job centre ("Trung tâm Dịch vụ việc làm tỉnh X") and the ministry's centre that sends workers
abroad ("Trung tâm Lao động ngoài nước") are state bodies, signers and the bodies of their heads' titles (the "làm" of
"việc làm", jobs, is no verb ending the title); a centre the grammar reads as no body is a partner that leaves a
signing its one named party."""

import pytest
from _signing_helpers import agency_names, extract, named_sectors, positions_by_name, signing_tuples


def _facts(text, published="2019-10-16", province="Nam Định"):
    return extract(f"Tin\n\n{text}", published, province)


def test_a_job_centre_signs_with_the_veterans():
    facts = _facts(
        "Sáng 14/10, Hội Cựu chiến binh tỉnh và Trung tâm Dịch vụ việc làm tỉnh ký kết chương trình phối hợp hỗ trợ "
        "việc làm giai đoạn 2019 - 2023."
    )
    assert ("Trung tâm Dịch vụ việc làm tỉnh", "state") in named_sectors(facts)
    assert signing_tuples(facts) == [
        (("Hội Cựu chiến binh tỉnh", "Trung tâm Dịch vụ việc làm tỉnh"), "2019-10-14", "2019-2023")
    ]


def test_a_job_centre_is_the_only_partner_of_the_youth_union():
    facts = _facts(
        "Ngày 14/10, Tỉnh đoàn ký kết chương trình phối hợp với Trung tâm Dịch vụ việc làm Nam Định về tư vấn nghề "
        "cho thanh niên."
    )
    assert [p for p, _, _ in signing_tuples(facts)] == [("Trung tâm Dịch vụ việc làm Nam Định", "Tỉnh đoàn")]


def test_the_ministry_s_centre_for_work_abroad_is_a_body():
    facts = _facts(
        "Tham dự có đại diện Trung tâm Lao động ngoài nước (Bộ LĐ-TB&XH) và Trung tâm Dịch vụ việc làm Hà Nội.",
        "2023-05-04",
        "Hà Nội",
    )
    names = agency_names(facts)
    assert "Trung tâm Lao động ngoài nước" in names
    assert "Trung tâm Dịch vụ việc làm Hà Nội" in names


def test_a_job_centre_s_director_keeps_the_whole_name():
    facts = _facts(
        "Phát biểu tại hội nghị, ông Đỗ Văn Hùng, Giám đốc Trung tâm Dịch vụ việc làm tỉnh Nam Định cho biết ..."
    )
    assert positions_by_name(facts)["Đỗ Văn Hùng"] == ["Giám đốc Trung tâm Dịch vụ việc làm tỉnh Nam Định"]


def test_a_vocational_centre_leaves_the_signing_its_one_body():
    facts = _facts(
        "Ngày 14/10, Hội Cựu chiến binh tỉnh ký kết chương trình phối hợp với Trung tâm Giáo dục nghề nghiệp huyện Ý "
        "Yên giai đoạn 2019 - 2023."
    )
    assert agency_names(facts) == ["Hội Cựu chiến binh tỉnh"]
    assert signing_tuples(facts) == [(("Hội Cựu chiến binh tỉnh",), "2019-10-14", "2019-2023")]


@pytest.mark.parametrize(
    "text, name, positions",
    [
        # a verb "làm" after a title still ends it
        (
            "Bà Trần Thị Lan, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh làm Trưởng đoàn.",
            "Trần Thị Lan",
            ["Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"],
        ),
        # the farmers' centre the grammar read before
        (
            "Dự có ông Vũ Văn Nam, Giám đốc Trung tâm Khuyến nông tỉnh.",
            "Vũ Văn Nam",
            ["Giám đốc Trung tâm Khuyến nông tỉnh"],
        ),
    ],
)
def test_controls_titles_stay(text, name, positions):
    assert positions_by_name(_facts(text))[name] == positions
