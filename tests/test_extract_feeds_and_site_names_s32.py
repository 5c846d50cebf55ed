"""Pages as round s32's helper saved them (made-up pages): an RSS or Atom feed kept under an ``.html`` name, a page
whose <title> is the site's name alone, a comment box's disclaimer naming the paper, and regional units of 2025 named
without their seat after their full names."""

from __future__ import annotations

import pytest
from _signing_helpers import agency_names, extract, facts_of_folder

from phoihop.batch.readers import InputProblem, read_file

BODY = (
    "&lt;p&gt;Sáng 12/9, Hội Liên hiệp Phụ nữ tỉnh Vĩnh Long và Bộ Chỉ huy Quân sự tỉnh tổ chức ký kết chương trình "
    "phối hợp giai đoạn 2012 - 2017.&lt;/p&gt;"
)
RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Báo Vĩnh Long - Chính trị</title><link>http://baovinhlong.com.vn/</link>
{items}
</channel></rss>"""
ITEM = """<item><title>Hội LHPN tỉnh và Bộ CHQS tỉnh ký kết chương trình phối hợp</title>
<link>http://baovinhlong.com.vn/a-{n}/</link><pubDate>Thu, 13 Sep 2012 08:20:00 +0700</pubDate>
<description>{body}</description></item>"""
ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Báo Vĩnh Long</title>
<entry><title>Ký kết phối hợp</title><link href="http://baovinhlong.com.vn/b/"/>
<published>2012-09-13T08:20:00+07:00</published><summary>Tóm tắt ngắn.</summary>
<content type="html">{BODY}</content></entry></feed>"""


def _facts_of(folder, tmp_path) -> dict[str, dict]:
    return facts_of_folder(folder, tmp_path / "facts")


@pytest.mark.parametrize("feed", [RSS.format(items=ITEM.format(n=1, body=BODY)), ATOM])
def test_a_saved_feed_item_is_an_article_with_its_headline_date_and_body(feed, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bai.html").write_text(feed, encoding="utf-8")
    facts = _facts_of(folder, tmp_path)["bai"]
    assert facts["published"] == "2012-09-13"
    assert [(sorted(s["parties"]), s["date"], s["period"]) for s in facts["signings"]] == [
        (["Bộ Chỉ huy Quân sự tỉnh", "Hội Liên hiệp Phụ nữ tỉnh Vĩnh Long"], "2012-09-12", [2012, 2017])
    ]
    assert not any(a["name"].startswith("Báo") for a in facts["agencies"])  # (the feed's title is the site's)


def test_a_feed_of_several_items_gives_an_article_each_and_a_broken_feed_is_named(tmp_path):
    path = tmp_path / "kenh.html"
    path.write_text(RSS.format(items="\n".join(ITEM.format(n=n, body=BODY) for n in (1, 2))), encoding="utf-8")
    read = list(read_file(path))
    assert [r.article.id for r in read] == ["kenh-1", "kenh-2"]
    broken = tmp_path / "hong.html"
    broken.write_text('<?xml version="1.0"?><rss><channel><item><title>x</title>', encoding="utf-8")
    (problem,) = list(read_file(broken))
    assert isinstance(problem, InputProblem) and "not a well-formed feed" in problem.message


def test_a_title_of_the_site_s_name_alone_is_no_headline_and_a_disclaimer_names_no_body(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "trang.html").write_text(
        "<html><head><title>::: Báo Nghệ An :::</title></head><body><div><font>Ký kết chương trình phối "
        "hợp</font></div><p>Ngày 16/11/2011, Công an tỉnh Nghệ An và Liên đoàn Lao động tỉnh đã ký kết chương trình "
        "phối hợp về bảo đảm an ninh trật tự trong các doanh nghiệp giai đoạn 2011 - 2015, với nhiều nội dung cụ "
        "thể.</p><p>Hai bên thống nhất tuyên truyền, vận động công nhân lao động chấp hành pháp luật.</p><p>Các bình "
        "luận thể hiện quan điểm của bạn đọc, không nhất thiết phản ánh quan điểm của Báo Nghệ An.</p></body></html>",
        encoding="utf-8",
    )
    facts = _facts_of(folder, tmp_path)["trang"]
    assert sorted(a["name"] for a in facts["agencies"]) == ["Công an tỉnh Nghệ An", "Liên đoàn Lao động tỉnh"]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Chiều 14-10, Ban Chỉ huy Phòng thủ khu vực 2 - Trùng Khánh tổ chức hội nghị. Quy chế quy định trách "
            "nhiệm của Ban CHPTKV 2 trong tham mưu.",
            "Ban Chỉ huy Phòng thủ khu vực 2 - Trùng Khánh",
        ),
        (
            "Ngày 5/8, Viện KSND khu vực 3 - Huế tổ chức hội nghị. Viện KSND khu vực 3 đã giải quyết 120 vụ án.",
            "Viện Kiểm sát nhân dân khu vực 3 - Huế",
        ),
    ],
)
def test_a_regional_unit_named_without_its_seat_is_the_seated_one(text, name):
    assert agency_names(extract(f"Tin\n\n{text}", "2025-10-10", "Cao Bằng")) == [name]


def test_an_outlet_in_brackets_opening_the_lead_credits_it_without_a_dash():
    facts = extract(
        "Tin\n\n(Báo Thái Bình) Sáng 13/3, Công an huyện Đông Hưng tổ chức hội nghị tổng kết.",
        "2021-03-14",
        "Thái Bình",
    )
    assert agency_names(facts) == ["Công an huyện Đông Hưng"]


def test_a_broadcaster_s_name_with_its_hyphen_is_cut_from_the_title(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "trang.html").write_text(
        "<html><head><title>Hội Nông dân tỉnh ký kết với Sở Tư pháp - Đài PT-TH Yên "
        "Bái</title></head><body><div><p>Sáng 5/3/2021, Hội Nông dân tỉnh và Sở Tư pháp tỉnh Yên Bái ký kết chương "
        "trình phối hợp giai đoạn 2021 - 2025, với nhiều nội dung về phổ biến, giáo dục pháp luật cho hội viên nông "
        "dân.</p><p>Hai bên thống nhất tuyên truyền, vận động hội viên chấp hành pháp luật.</p></div></body></html>",
        encoding="utf-8",
    )
    facts = _facts_of(folder, tmp_path)["trang"]
    assert facts["title"] == "Hội Nông dân tỉnh ký kết với Sở Tư pháp"
    assert not any(a["name"].startswith("Đài") for a in facts["agencies"])
