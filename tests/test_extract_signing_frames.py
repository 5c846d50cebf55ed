# ruff: noqa: E501  (the catalogues are whole sentences, one per line)
"""A catalogue of the sentence frames that tell a signing (made-up sentences), each with the same two bodies: the
parties come out whatever the frame (joint lists, "với" hubs, "giữa" lists, passives, captions of a ceremony, signers
by title, a later sentence that says "hai bên"). Frames, not bodies, vary here; tests/test_extract_body_catalogue.py
varies the bodies."""

from __future__ import annotations

import pytest

from phoihop.extract.article import Article
from phoihop.extract.pipeline import extract_article

_BODIES = {"A": "Ban Dân vận Tỉnh ủy", "B": "Bộ Chỉ huy Quân sự tỉnh", "C": "Hội Nông dân tỉnh"}

# (frame, the signings' parties by letter: "AB" one signing of A and B, "AB,AC" two)
FRAMES = [
    ("Tin\n\nNgày 12/3, {A} & {B} ký kết chương trình phối hợp.", "AB"),
    ("Tin\n\nNgày 12/3, {A} phối kết hợp với {B} ký kết chương trình phối hợp.", "AB"),
    ("Tin\n\nNgày 12/3, {A} và {B} đã kí kết chương trình phối hợp.", "AB"),
    ("Tin\n\nNgày 12/3, lãnh đạo {A} và lãnh đạo {B} đã ký kết chương trình phối hợp .", "AB"),
    ("Tin\n\nNgày 12/3, {A} và {B} ký kết chương trình phối hợp giai đoạn 2024-2029.", "AB"),
    ("Tin\n\n{A} và {B} vừa tổ chức Hội nghị ký kết Quy chế phối hợp công tác dân vận.", "AB"),
    ("Tin\n\nSáng 12/3, tại trụ sở {A}, {A} tổ chức lễ ký kết chương trình phối hợp với {B}.", "AB"),
    (
        "Hội nghị ký kết chương trình phối hợp giữa {A} và {B}\n\nSáng 12/3, hội nghị diễn ra tại trụ sở Tỉnh ủy với sự tham dự của nhiều đại biểu.",
        "AB",
    ),
    ("Tin\n\nNgày 12/3, lễ ký kết chương trình phối hợp giữa {A} và {B} đã được tổ chức trang trọng.", "AB"),
    ("Tin\n\nNgày 12/3, {A} đã ký kết với {B} chương trình phối hợp thực hiện công tác dân vận.", "AB"),
    ("Tin\n\nChương trình phối hợp giữa {A} và {B} được ký kết ngày 12/3.", "AB"),
    ("Tin\n\nNgày 12/3, đại diện lãnh đạo {A} và {B} đã ký kết chương trình phối hợp.", "AB"),
    (
        "Tin\n\nNgày 12/3, thay mặt hai đơn vị, đồng chí Nguyễn Văn Hải, Trưởng {A} và Đại tá Trần Văn Nam, Chỉ huy trưởng {B} đã ký kết chương trình phối hợp.",
        "AB",
    ),
    ("Tin\n\nNgày 12/3, {A} ký kết Quy chế phối hợp số 01/QC-BDVTU-BCHQS với {B}.", "AB"),
    (
        "Tin\n\nNgày 12/3, {A} và {B} tổ chức hội nghị tổng kết công tác phối hợp năm 2023. Trên cơ sở đó, hai bên đã thống nhất ký kết chương trình phối hợp giai đoạn 2024-2029.",
        "AB",
    ),
    ("Tin\n\nNgày 12/3, {A} phối hợp với {B} tổ chức ký kết chương trình phối hợp.", "AB"),
    (
        "Tin\n\nSáng 12/3, {A} và {B} tổ chức hội nghị sơ kết. Tại buổi lễ, {A} và {B} đã ký kết Kế hoạch phối hợp năm 2024.",
        "AB",
    ),
    ("Tin\n\nNgày 12/3, quy chế phối hợp giữa {A} và {B} đã được ký kết.", "AB"),
    ("Tin\n\nChiều 12-3, {A} và {B} ký kết kế hoạch phối hợp thực hiện công tác dân vận.", "AB"),
    ("Tin\n\nNgày 12/3, {A} đã chủ trì, phối hợp với {B} tổ chức Hội nghị ký kết chương trình phối hợp.", "AB"),
    ("Tin\n\nNgày 12/3, {A} ký kết chương trình phối hợp với {B} và {C}.", "AB,AC"),
    ("Tin\n\nNgày 12/3, {A}, {B} và {C} ký kết chương trình phối hợp.", "ABC"),
    ("Tin\n\nNgày 12/3, {A} cùng {B} ký kết chương trình phối hợp.", "AB"),
    (
        "Tin\n\nNgày 12/3, tại Hội trường Tỉnh ủy, {A} và {B} ký Chương trình phối hợp số 05-CTr/BDVTU-BCHQS về thực hiện công tác dân vận giai đoạn 2024-2029.",
        "AB",
    ),
    ("Tin\n\nHôm nay (12/3), {A} và {B} đã ký kết chương trình phối hợp.", "AB"),
    ("Tin\n\n(GLO)- Ngày 12/3, {A} và {B} ký kết chương trình phối hợp.", "AB"),
    (
        "Tin\n\nNgày 12/3, {A} tổ chức ký kết chương trình phối hợp với {B} về công tác dân vận giai đoạn 2024-2029.",
        "AB",
    ),
    ("Tin\n\nNgày 12/3, {B} và {A} ký kết chương trình phối hợp số 12/CTr-BCH-BDV.", "AB"),
    ("Tin\n\nNgày 12/3, {A} và {B} ký kết kế hoạch liên tịch về công tác dân vận.", "AB"),
    ("Tin\n\nNgày 12/3, {A} và {B} ký thỏa thuận hợp tác.", "AB"),
    ("Tin\n\nNgày 12/3, {A} và {B} ký chương trình phối hợp.", "AB"),
    ("Tin\n\nNgày 12/3, {A} và {B} ký kết Nghị quyết liên tịch về công tác dân vận.", "AB"),
    ("Tin\n\nNgày 12/3, {A} và {B} tổ chức ký kết phối hợp thực hiện công tác dân vận.", "AB"),
    ("Tin\n\nNgày 12/3, {A} ký kết phối hợp với {B}.", "AB"),
    ("Tin\n\nNgày 12/3, {A} và {B} ký kết và triển khai chương trình phối hợp.", "AB"),
    ("Tin\n\nNgày 12/3, {A} ký kết nghĩa với {B}.", "AB"),
    # "cùng B" after the act; "giữa (3 / ba) đơn vị (là / :) A, B và C" (round s6)
    ("Tin\n\nNgày 12/3, {A} ký kết chương trình phối hợp cùng {B}.", "AB"),
    ("Tin\n\nNgày 12/3, {A} ký kết chương trình phối hợp cùng {B} và {C}.", "AB,AC"),
    ("Tin\n\nNgày 12/3, đã diễn ra lễ ký kết chương trình phối hợp giữa 3 đơn vị: {A}, {B} và {C}.", "ABC"),
    ("Tin\n\nNgày 12/3, đã diễn ra lễ ký kết chương trình phối hợp giữa ba cơ quan là {A}, {B} và {C}.", "ABC"),
    # a second predicate after a comma or "; đồng thời" shares the first's subject (round s6)
    ("Tin\n\nNgày 12/3, {A} ký kết chương trình phối hợp với {B}, ký kết quy chế phối hợp với {C}.", "AB,AC"),
    (
        "Tin\n\nNgày 12/3, {A} đã ký kết chương trình phối hợp với {B}; đồng thời ký kết quy chế phối hợp với {C}.",
        "AB,AC",
    ),
    # signers whose titles are written before their names; "hai bộ", "hai tỉnh" for the two sides named before (round s6)
    (
        "Tin\n\nNgày 12/3, Trưởng {A} Nguyễn Văn Hải và Chỉ huy trưởng {B} Trần Văn Nam ký kết chương trình phối hợp.",
        "AB",
    ),
    (
        "Tin\n\nSáng 12/3, {A} và {B} tổng kết chương trình phối hợp giai đoạn 2019-2023.\n\nLãnh đạo hai bộ ký thỏa thuận hợp tác giai đoạn 2024-2029.",
        "AB",
    ),
    # an all-caps headline that names the parties after "GIỮA" (round s6)
    (
        "KÝ KẾT CHƯƠNG TRÌNH PHỐI HỢP GIỮA BAN DÂN VẬN TỈNH ỦY VÀ BỘ CHỈ HUY QUÂN SỰ TỈNH\n\nSáng 12/3, hội nghị ký kết đã diễn ra tại Hội trường Tỉnh ủy với sự tham dự của nhiều đại biểu.",
        "AB",
    ),
    # signers named by their bare names after their titles were given; a presiding body before the subject; the
    # parties of a document the act carries out (round s6)
    (
        "Tin\n\nNgày 12/3, hội nghị ký kết chương trình phối hợp diễn ra tại Hội trường Tỉnh ủy. Dự hội nghị có đồng chí Nguyễn Văn Hải, Trưởng {A}; Đại tá Trần Văn Nam, Chỉ huy trưởng {B} - Quân khu 5.\n\nTại hội nghị, đồng chí Nguyễn Văn Hải và Đại tá Trần Văn Nam đã ký kết chương trình phối hợp.",
        "AB",
    ),
    ("Tin\n\nNgày 12/3, dưới sự chủ trì của Ban Thường vụ Tỉnh ủy, {A} và {B} ký kết chương trình phối hợp.", "AB"),
    (
        "Tin\n\nNgày 12/3, {A} ký kết chương trình phối hợp với {B} nhằm triển khai Nghị quyết liên tịch giữa Ban Dân vận Trung ương và Bộ Quốc phòng.",
        "AB",
    ),
    (
        "Tin\n\nNgày 12/3, {A} và {B} ký kết chương trình phối hợp thực hiện Nghị quyết liên tịch số 01 giữa Ban Dân vận Trung ương và Bộ Quốc phòng.",
        "AB",
    ),
]


def _text(frame: str) -> str:
    for letter, body in _BODIES.items():
        frame = frame.replace("{" + letter + "}", body)
    return frame


@pytest.mark.parametrize(("frame", "expected"), FRAMES)
def test_the_frame_tells_the_signing_of_its_bodies(frame, expected):
    facts = extract_article(Article("t", _text(frame), published="2024-03-13", province="Gia Lai"))
    wanted = sorted(sorted(_BODIES[letter] for letter in group) for group in expected.split(","))
    # (an all-caps headline keeps its capitals in the names it alone gives; the scorer folds case)
    assert sorted(sorted(p.casefold() for p in s.parties) for s in facts.signings) == [
        [n.casefold() for n in group] for group in wanted
    ]


# Lists of parties (made-up sentences): shared heads and levels spread, "với" hubs against joint lists, counted
# members, several acts in one sentence, regional bodies of 2025.
LISTS = [
    (
        "Ngày 5/4, ký kết quy chế phối hợp giữa Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh với Hội Nông dân tỉnh.",
        "Công an tỉnh|Hội Nông dân tỉnh ;; Bộ Chỉ huy Quân sự tỉnh|Hội Nông dân tỉnh",
    ),
    (
        "Ngày 31/12, các đồng chí đã ký quy chế phối hợp giữa HĐND, UBND tỉnh với đại diện kiểm toán Nhà nước khu vực 6.",
        "Hội đồng nhân dân tỉnh|Kiểm toán Nhà nước khu vực 6 ;; Ủy ban nhân dân tỉnh|Kiểm toán Nhà nước khu vực 6",
    ),
    (
        "Ngày 26/11, đã diễn ra lễ ký kết phối hợp công tác giữa Kiểm toán Nhà nước với thường trực HĐND và UBND tỉnh.",
        "Kiểm toán Nhà nước|Thường trực Hội đồng nhân dân tỉnh ;; Kiểm toán Nhà nước|Ủy ban nhân dân tỉnh",
    ),
    (
        "Ngày 12/3, Hội Nông dân, Hội Cựu chiến binh, Hội Liên hiệp Phụ nữ và Tỉnh đoàn ký kết chương trình phối hợp với Công an tỉnh.",
        # (the joint subject signs with each partner after "với": one signing of all five; two blind sets' writers)
        "Hội Nông dân|Hội Cựu chiến binh|Hội Liên hiệp Phụ nữ|Tỉnh đoàn|Công an tỉnh",
    ),
    (
        "Ngày 12/3, Công an tỉnh, Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh và Cục Thi hành án dân sự tỉnh ký kết quy chế phối hợp liên ngành.",
        "Công an tỉnh|Viện Kiểm sát nhân dân tỉnh|Tòa án nhân dân tỉnh|Cục Thi hành án dân sự tỉnh",
    ),
    (
        "Ngày 12/3, Đồn Biên phòng A Ngo ký kết kế hoạch phối hợp với Ủy ban nhân dân các xã A Ngo, A Bung và Húc Nghì.",
        "Đồn Biên phòng A Ngo|Ủy ban nhân dân xã A Ngo ;; Đồn Biên phòng A Ngo|Ủy ban nhân dân xã A Bung ;; Đồn Biên phòng A Ngo|Ủy ban nhân dân xã Húc Nghì",
    ),
    (
        "Ngày 12/3, Ban Chỉ huy Quân sự huyện Hướng Hóa ký kết quy chế phối hợp với Đảng ủy, Ủy ban nhân dân các xã Hướng Lập, Hướng Việt.",
        "Ban Chỉ huy Quân sự huyện Hướng Hóa|Đảng ủy xã Hướng Lập ;; Ban Chỉ huy Quân sự huyện Hướng Hóa|Đảng ủy xã Hướng Việt ;; Ban Chỉ huy Quân sự huyện Hướng Hóa|Ủy ban nhân dân xã Hướng Lập ;; Ban Chỉ huy Quân sự huyện Hướng Hóa|Ủy ban nhân dân xã Hướng Việt",
    ),
    (
        "Ngày 12/3, Công an 3 huyện Gio Linh, Vĩnh Linh và Cam Lộ ký kết quy chế phối hợp đảm bảo an ninh trật tự vùng giáp ranh.",
        "Công an huyện Gio Linh|Công an huyện Vĩnh Linh|Công an huyện Cam Lộ",
    ),
    (
        "Ngày 12/3, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh ký kết chương trình phối hợp với Công an tỉnh.",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh|Công an tỉnh",
    ),
    (
        "Ngày 12/3, Hội Cựu chiến binh tỉnh ký kết chương trình phối hợp với Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh.",
        "Hội Cựu chiến binh tỉnh|Bộ Chỉ huy Quân sự tỉnh ;; Hội Cựu chiến binh tỉnh|Công an tỉnh ;; Hội Cựu chiến binh tỉnh|Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
    ),
    (
        "Ngày 12/3, 5 đơn vị gồm Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Sở Tư pháp và Sở Nội vụ đã ký kết quy chế phối hợp.",
        "Công an tỉnh|Bộ Chỉ huy Quân sự tỉnh|Bộ Chỉ huy Bộ đội Biên phòng tỉnh|Sở Tư pháp|Sở Nội vụ",
    ),
    (
        "Ngày 12/3, Công an huyện Gio Linh ký kết quy chế phối hợp với Công an huyện Bến Hải, tỉnh Quảng Bình.",
        "Công an huyện Gio Linh|Công an huyện Bến Hải",
    ),
    (
        "Ngày 12/3, Khối thi đua các cơ quan Đảng tỉnh gồm Ban Tổ chức Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy, Ban Dân vận Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy và Văn phòng Tỉnh ủy ký kết giao ước thi đua năm 2024.",
        "Ban Tổ chức Tỉnh ủy|Ban Tuyên giáo Tỉnh ủy|Ban Dân vận Tỉnh ủy|Ủy ban Kiểm tra Tỉnh ủy|Văn phòng Tỉnh ủy",
    ),
    (
        "Ngày 12/3, Hội Liên hiệp Phụ nữ tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh ký kết chương trình phối hợp; đồng thời, Hội Liên hiệp Phụ nữ tỉnh ký kết kế hoạch phối hợp với Công an tỉnh.",
        "Hội Liên hiệp Phụ nữ tỉnh|Bộ Chỉ huy Bộ đội Biên phòng tỉnh ;; Hội Liên hiệp Phụ nữ tỉnh|Công an tỉnh",
    ),
    (
        "Ngày 12/3, Ban Thường vụ Tỉnh đoàn và Đảng ủy Bộ đội Biên phòng tỉnh ký kết chương trình phối hợp.",
        "Ban Thường vụ Tỉnh đoàn|Đảng ủy Bộ đội Biên phòng tỉnh",
    ),
    (
        "Ngày 12/3, Công an xã Vĩnh Giang và Công an xã Vĩnh Hiền ký kết quy chế phối hợp đảm bảo an ninh trật tự giáp ranh.",
        "Công an xã Vĩnh Giang|Công an xã Vĩnh Hiền",
    ),
    (
        "Ngày 12/3, UBND xã Hướng Phùng (mới) và Đồn Biên phòng Cù Bai ký kết kế hoạch phối hợp.",
        "Ủy ban nhân dân xã Hướng Phùng|Đồn Biên phòng Cù Bai",
    ),
    (
        "Ngày 12/3, Tỉnh đoàn Quảng Trị ký kết chương trình phối hợp với Tỉnh đoàn Quảng Bình và Tỉnh đoàn Thừa Thiên Huế.",
        "Tỉnh đoàn Quảng Trị|Tỉnh đoàn Quảng Bình ;; Tỉnh đoàn Quảng Trị|Tỉnh đoàn Thừa Thiên Huế",
    ),
    (
        "Ngày 12/3, Viện Kiểm sát nhân dân khu vực 2 - Quảng Trị và Tòa án nhân dân khu vực 2 - Quảng Trị ký kết quy chế phối hợp.",
        "Viện Kiểm sát nhân dân khu vực 2 - Quảng Trị|Tòa án nhân dân khu vực 2 - Quảng Trị",
    ),
    (
        "Ngày 12/3, Ban Chỉ huy Phòng thủ khu vực 1 - Vĩnh Linh ký kết quy chế phối hợp với Đảng ủy xã Vĩnh Linh.",
        "Ban Chỉ huy Phòng thủ khu vực 1 - Vĩnh Linh|Đảng ủy xã Vĩnh Linh",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), LISTS)
def test_a_list_of_parties_gives_the_signings_it_says(sentence, expected):
    facts = extract_article(Article("t", "Tin\n\n" + sentence, published="2024-03-13", province="Quảng Trị"))
    wanted = sorted(sorted(p.strip() for p in group.split("|")) for group in expected.split(" ;; "))
    assert sorted(sorted(s.parties) for s in facts.signings) == wanted


def test_signers_named_without_a_title_anywhere_give_no_parties():
    text = (
        "Tin\n\nNgày 12/3, hội nghị ký kết chương trình phối hợp diễn ra tại Hội trường Tỉnh ủy với sự tham dự của "
        "nhiều đại biểu.\n\nTại hội nghị, đồng chí Nguyễn Văn Hải và Đại tá Trần Văn Nam đã ký kết chương trình phối hợp."
    )
    facts = extract_article(Article("t", text, published="2024-03-13", province="Gia Lai"))
    assert facts.signings == []


def test_the_members_of_a_bloc_named_again_by_its_bare_head_sign_its_pact():
    text = (
        "Tin\n\nNgày 12/3, Cụm thi đua số 3 tổ chức hội nghị ký kết giao ước thi đua năm 2024. Cụm gồm 3 đơn vị: "
        "Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh và Hội Nông dân tỉnh."
    )
    facts = extract_article(Article("t", text, published="2024-03-13", province="Gia Lai"))
    assert [sorted(s.parties) for s in facts.signings] == [
        ["Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh", "Hội Nông dân tỉnh"]
    ]


@pytest.mark.parametrize(
    "partners",
    ["Hội Liên hiệp Phụ nữ các huyện, thị xã, thành phố", "Ban Thường vụ Hội Liên hiệp Phụ nữ 17 huyện, thị xã"],
)
def test_a_pact_with_partners_left_unnamed_keeps_its_named_party(partners):
    text = f"Tin\n\nNgày 12/3, Hội Liên hiệp Phụ nữ tỉnh ký kết giao ước thi đua với {partners}."
    facts = extract_article(Article("t", text, published="2024-03-13", province="Gia Lai"))
    assert [s.parties for s in facts.signings] == [["Hội Liên hiệp Phụ nữ tỉnh"]]


@pytest.mark.parametrize(
    "opening",
    [
        "Căn cứ Chỉ thị số 16-CT/TW ngày 5/10/2017 của Ban Bí thư",
        "Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy",
        "Được sự đồng ý của Ban Thường vụ Tỉnh ủy",
        "Nhằm triển khai Kết luận số 01-KL/TW của Bộ Chính trị",
        "Căn cứ Kế hoạch số 16/KH-UBND của UBND tỉnh",
    ],
)
def test_the_body_of_an_opening_adverbial_neither_signs_nor_shares_its_document(opening):
    # "Căn cứ <document> của X, A và B ký kết": X issued the basis; A and B sign, and are no issuers of it
    text = f"Tin\n\n{opening}, Công an tỉnh và Hội Nông dân tỉnh ký kết chương trình phối hợp."
    facts = extract_article(Article("t", text, published="2024-03-13", province="Gia Lai"))
    assert [sorted(s.parties) for s in facts.signings] == [["Công an tỉnh", "Hội Nông dân tỉnh"]]
    assert all("Công an tỉnh" not in d.parties for d in facts.documents)


def test_a_caption_naming_the_bodies_repeats_the_act_of_their_standing_boards():
    # the report names both sides by their standing boards, the caption by their bodies: one act
    text = (
        "Tin\n\nNgày 12/3, hội nghị ký kết chương trình phối hợp giai đoạn 2024 - 2029 giữa Ban Thường vụ Hội Nông dân "
        "tỉnh Gia Lai và Ban Thường vụ Hội Nông dân tỉnh Kon Tum diễn ra tại Pleiku.\n\nChủ tịch Hội Nông dân tỉnh Gia Lai "
        "- đồng chí Nguyễn Văn Hải và Chủ tịch Hội Nông dân tỉnh Kon Tum - đồng chí Trần Văn Nam ký kết chương trình."
    )
    facts = extract_article(Article("t", text, published="2024-03-13", province="Gia Lai"))
    assert [sorted(s.parties) for s in facts.signings] == [
        ["Ban Thường vụ Hội Nông dân tỉnh Gia Lai", "Ban Thường vụ Hội Nông dân tỉnh Kon Tum"]
    ]


@pytest.mark.parametrize("department", ["Bộ NN & PTNT - Cục Thú y", "Cục Thú y - Bộ NN & PTNT"])
def test_a_ministry_written_before_or_after_its_department_with_a_dash_is_no_party(department):
    text = (
        f"Tin\n\nNgày 14/8, {department} và Sở Nông nghiệp & Phát triển nông thôn tỉnh ký kết chương trình "
        "phối hợp giai đoạn 2019-2022."
    )
    facts = extract_article(Article("t", text, published="2019-08-15", province="Tây Ninh"))
    assert [sorted(s.parties) for s in facts.signings] == [["Cục Thú y", "Sở Nông nghiệp & Phát triển nông thôn tỉnh"]]


def test_a_ministry_after_its_department_in_a_list_between_parties_is_no_party():
    text = (
        "Tin\n\nCũng tại sự kiện đã diễn ra Lễ ký kết thỏa thuận hợp tác giữa UBND tỉnh Thái Bình, Cục Quản lý khám, "
        "chữa bệnh - Bộ Y tế và Bệnh viện Đa khoa tỉnh."
    )
    facts = extract_article(Article("t", text, published="2019-08-15", province="Thái Bình"))
    parties = [sorted(s.parties) for s in facts.signings]
    assert parties and all("Bộ Y tế" not in p and "Cục Quản lý khám, chữa bệnh" in p for p in parties)


@pytest.mark.parametrize("firm", ["Vietnam Airlines", "NutiFood", "EVN HANOI"])
def test_a_signing_with_a_firm_named_by_its_brand_keeps_its_named_party(firm):
    # a brand in Latin letters names a firm, no body the grammar missed: the body signs alone
    text = f"Tin\n\nNgày 12/3, UBND tỉnh Khánh Hòa ký kết thỏa thuận hợp tác với {firm}."
    facts = extract_article(Article("t", text, published="2024-03-13", province="Khánh Hòa"))
    assert [s.parties for s in facts.signings] == [["Ủy ban nhân dân tỉnh Khánh Hòa"]]


@pytest.mark.parametrize(
    "partner",
    [
        "Hiệp hội Bệnh viện tư nhân Việt Nam",
        "Quỹ Bảo trợ trẻ em tỉnh",
        "Viện Nghiên cứu phát triển tỉnh",
        "Học viện Nông nghiệp Việt Nam",
        "Tổ chức Tầm nhìn thế giới",
    ],
)
def test_a_signing_with_an_association_fund_or_institute_keeps_its_named_party(partner):
    # trade associations, funds, institutes and NGOs are no bodies of the four sectors: the body signs alone
    text = f"Tin\n\nNgày 12/3 diễn ra lễ ký kết Quy chế phối hợp giữa Ban Dân vận Tỉnh ủy và {partner}."
    facts = extract_article(Article("t", text, published="2024-03-13", province="Gia Lai"))
    assert [s.parties for s in facts.signings] == [["Ban Dân vận Tỉnh ủy"]]


def test_a_procuracy_is_a_partner_not_an_institute():
    text = "Tin\n\nNgày 12/3 diễn ra lễ ký kết Quy chế phối hợp giữa Công an tỉnh và Viện Kiểm sát nhân dân tỉnh."
    facts = extract_article(Article("t", text, published="2024-03-13", province="Gia Lai"))
    assert [sorted(s.parties) for s in facts.signings] == [["Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh"]]


@pytest.mark.parametrize("verb", ["ký hợp đồng", "ký kết hợp đồng"])
def test_a_contract_is_no_cooperation_document(verb):
    text = f"Tin\n\nNgày 12/3, Ban Dân vận Tỉnh ủy và Hội Nông dân tỉnh {verb} thuê hội trường."
    facts = extract_article(Article("t", text, published="2024-03-13", province="Gia Lai"))
    assert facts.signings == []


def test_a_year_in_what_a_speaker_says_after_the_act_is_no_term():
    text = (
        "Tin\n\nTại hội nghị ký kết Quy chế phối hợp giữa Ban Dân vận Tỉnh ủy và Hội Nông dân tỉnh diễn ra sáng 28/6, "
        "ông Nguyễn Văn Hải, Phó Trưởng ban cho biết, năm 2015, toàn tỉnh có 365 mô hình."
    )
    facts = extract_article(Article("t", text, published="2024-06-29", province="Gia Lai"))
    assert [(sorted(s.parties), s.period) for s in facts.signings] == [
        (["Ban Dân vận Tỉnh ủy", "Hội Nông dân tỉnh"], None)
    ]
    # a range there may be the programme's own, and is kept
    ranged = text.replace("năm 2015, toàn tỉnh có 365 mô hình", "chương trình giai đoạn 2024 - 2029 có 5 nội dung")
    facts = extract_article(Article("t", ranged, published="2024-06-29", province="Gia Lai"))
    assert [s.period for s in facts.signings] == [(2024, 2029)]


def test_a_stray_semicolon_before_the_verb_keeps_the_subject_list():
    text = (
        "Tin\n\nTại buổi lễ, đại diện Ban Chỉ huy Quân sự huyện, Đại đội bộ binh 6, Ban Chỉ huy Quân sự các xã, thị "
        "trấn; cùng ký kết giao ước thi đua năm 2024."
    )
    facts = extract_article(Article("t", text, published="2024-03-13", province="Gia Lai"))
    assert [sorted(s.parties) for s in facts.signings] == [["Ban Chỉ huy Quân sự huyện", "Đại đội bộ binh 6"]]
