"""The shortcuts the extraction takes for speed return what the plain ways return (made-up sentences)."""

from __future__ import annotations

import pytest

from phoihop.extract import agencies
from phoihop.extract.normalize import normalize

TEXTS = [
    "Sáng 12/4, Công an tỉnh Yên Bái và Ủy ban MTTQ Việt Nam tỉnh ký kết chương trình phối hợp.",
    "Công an các huyện Văn Yên, Lục Yên và thị xã Nghĩa Lộ; Ban Dân vận Huyện ủy Trạm Tấu cùng dự.",
    "Đồn Biên phòng Pha Long, Đồn Biên phòng Bản Lầu (BĐBP Lào Cai) và Hội Nông dân 3 xã biên giới gồm: A Mú Sung, Y Tý và Bát Xát.",
    "Phòng An ninh kinh tế Công an 2 tỉnh gồm: Hà Giang, Tuyên Quang. Bộ Chỉ huy BĐBP 2 tỉnh cũng tham gia.",
    "Cảng vụ Hàng hải các tỉnh, thành: Quảng Ninh, Hải Phòng ký với Sở Giao thông vận tải.",
    "(TW Hội LHPN Việt Nam) Đảng ủy xã Tà Xùa,Bí thư Huyện ủy, Chủ tịch UBND huyện Bắc Yên phát biểu.",
    "ĐOÀN THANH NIÊN phường Đông Kinh: tuổi trẻ Lạng Sơn; Tỉnh đoàn, Huyện đoàn Cao Lộc.",
]
SCANNED = ("agency", "spread", "listed", "unit_of_counted")  # the patterns find_agencies reads with _head_scan


@pytest.mark.parametrize("key", SCANNED)
def test_head_scan_finds_what_finditer_finds(key):
    """_head_scan tries a pattern only where a head may start: the matches are those of a full scan."""
    rx = agencies.grammar()[key]
    for raw in TEXTS:
        text = normalize(raw).text
        expected = [(m.span(), m.groupdict()) for m in rx.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in agencies._head_scan(rx, text)] == expected

