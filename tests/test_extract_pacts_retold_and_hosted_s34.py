"""Emulation pacts and twinnings as round s34's blind helper E printed them (made-up sentences in the image of its
pages): a pact told as done at a part of the year, on a review's page, is no act of the page; a command that hosts the
pact's conference for a cluster is no party; an ethnic boarding school's youth union branch twins with a border post;
a writer's office credited above the site's counter is no body."""

from _signing_helpers import agency_names, extract, party_sets, signing_tuples


def _facts(text, province="Gia Lai", published="2025-08-14"):
    return extract(f"Tin\n\n{text}", published, province)


def test_a_pact_told_as_done_early_in_the_year_on_a_review_s_page_is_no_signing():
    facts = _facts(
        "Chiều 13-8, Khối thi đua các cơ quan Đảng tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2025. Đầu năm 2025, "
        "Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy và Ủy ban Kiểm tra Tỉnh ủy đã ký kết giao ước thi đua."
    )
    assert party_sets(facts) == []


def test_control_a_pact_signed_early_in_the_year_told_as_the_page_s_act_stays():
    facts = _facts(
        "Đầu năm 2025, Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy và Ủy ban Kiểm tra Tỉnh ủy ký kết giao ước thi đua năm "
        "2025.",
        published="2025-01-14",
    )
    assert party_sets(facts) == [("Ban Tổ chức Tỉnh ủy", "Văn phòng Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy")]


def test_the_command_hosting_a_cluster_s_pact_conference_is_no_party():
    facts = _facts(
        "Ngày 19/2, Bộ Chỉ huy BĐBP tỉnh tổ chức hội nghị ký kết giao ước thi đua năm 2020 cho Cụm thi đua các đồn "
        "biên phòng. Đồn Biên phòng Đăk Plô và Đồn Biên phòng Mô Rai cùng ký kết giao ước thi đua “Quyết thắng”.",
        "Kon Tum",
        "2020-02-20",
    )
    assert signing_tuples(facts) == [(("Đồn Biên phòng Mô Rai", "Đồn Biên phòng Đăk Plô"), "2020-02-19", "2020-2020")]


def test_an_ethnic_boarding_school_s_youth_branch_twins_with_a_border_post():
    facts = _facts(
        "Ngày 19/2, Đồn Biên phòng Mô Rai ký kết kết nghĩa với Chi đoàn thanh niên Trường THPT Dân tộc nội trú huyện "
        "Sa Thầy.",
        "Kon Tum",
        "2020-02-20",
    )
    assert party_sets(facts) == [
        ("Chi đoàn thanh niên Trường THPT Dân tộc nội trú huyện Sa Thầy", "Đồn Biên phòng Mô Rai")
    ]


def test_a_writer_s_office_credited_above_the_site_s_counter_is_no_body():
    facts = _facts(
        "Ngày 01/3/2018, Công an huyện Krông Pắc và Viện KSND huyện Krông Pắc họp bàn công tác thi đua.\n\nQuang cảnh "
        "hội nghị. Ảnh: Ngọc Lan\n\nNgọc Lan - Văn phòng HĐND và UBND huyện\n\nLượt truy cập: 1.204.557",
        "Đắk Lắk",
        "2018-03-02",
    )
    assert agency_names(facts) == ["Công an huyện Krông Pắc", "Viện Kiểm sát nhân dân huyện Krông Pắc"]
