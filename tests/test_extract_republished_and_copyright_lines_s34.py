"""The line that tells where a page comes from (the outlet that first ran the report, the site that republished it)
and a site's copyright footer are the page's furniture, as a "Nguồn: ..." line is: the outlets and the bodies a
republishing site is named after are no agencies (round s34, blind set R); a sentence of the report that names an
outlet acting is still read."""

from _signing_helpers import agency_names, extract

_REPORT = (
    "Công an huyện ký kết quy chế phối hợp với Hội Cựu chiến binh huyện\nSáng 12/3, Công an huyện Văn Chấn ký kết quy "
    "chế phối hợp với Hội Cựu chiến binh huyện giai đoạn 2019 - 2024.\nMinh Đức\n"
)
_REPORT_AGENCIES = ["Công an huyện Văn Chấn", "Hội Cựu chiến binh huyện"]


def _agencies_with_last_line(line: str) -> list[str]:
    return agency_names(extract(_REPORT + line, "2019-03-13", "Yên Bái"))


def test_a_republisher_after_a_bar_is_no_agency():
    line = "VCĐT Online - 13/3/2019 | Đăng lại: Báo Tiền Phong (tienphong.vn) - 14/3/2019"
    assert _agencies_with_last_line(line) == _REPORT_AGENCIES


def test_the_paper_an_article_was_printed_in_is_no_agency():
    line = "(Theo vanchan.gov.vn) - Bản in ngày 14/3/2019 trên Báo Tiền Phong (tienphong.vn)"
    assert _agencies_with_last_line(line) == _REPORT_AGENCIES


def test_the_outlet_an_article_was_posted_on_is_no_agency():
    assert _agencies_with_last_line("Bài đăng trên Báo Nghĩa Lộ điện tử (nghialo.vn).") == _REPORT_AGENCIES


def test_a_republishing_site_named_after_a_body_adds_no_body():
    line = "Tin từ Báo Nghĩa Lộ - Đăng lại trên Trang thông tin Ban Tuyên giáo Huyện ủy (tgvanchan.vn) 14/3/2019"
    assert _agencies_with_last_line(line) == _REPORT_AGENCIES


def test_a_site_after_its_source_that_excerpted_the_report_is_no_agency():
    line = (
        "baonghialo.vn 13/3/2019 - Trang Thông tin điện tử Hội Cựu chiến binh Việt Nam (cuuchienbinh.com.vn) đăng lại"
    )
    assert _agencies_with_last_line(line) == _REPORT_AGENCIES


def test_a_long_copyright_footer_is_no_agency():
    line = (
        "© Báo Nghĩa Lộ - Cơ quan của Đảng bộ thị xã Nghĩa Lộ. Giấy phép số 41/GP-BTTTT. Địa chỉ: Đường Điện Biên, "
        "phường Trung Tâm, thị xã Nghĩa Lộ."
    )
    assert _agencies_with_last_line(line) == _REPORT_AGENCIES


def test_a_footer_opening_with_a_merged_outlet_s_name_is_no_agency():
    line = (
        "Báo và Phát thanh, Truyền hình Nghĩa Lộ. Giấy phép số 77/GP-BVHTTDL. Địa chỉ: 12 Điện Biên, phường Trung Tâm"
    )
    assert _agencies_with_last_line(line) == _REPORT_AGENCIES


def test_control_a_source_line_stays_furniture():
    assert _agencies_with_last_line("Nguồn: Báo Nghĩa Lộ - 13/3/2019") == _REPORT_AGENCIES


def test_control_a_paper_that_signs_in_a_sentence_stays_an_agency():
    facts = extract(
        "Báo Nghĩa Lộ ký kết chương trình phối hợp với Công an huyện\nSáng 12/3, Báo Nghĩa Lộ và Công an huyện Văn "
        "Chấn ký kết chương trình phối hợp tuyên truyền, bài viết được đăng lại trên trang của hai đơn vị.",
        "2019-03-13",
        "Yên Bái",
    )
    assert "Báo Nghĩa Lộ" in agency_names(facts)
