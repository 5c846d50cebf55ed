"""A body named inside the quoted title of a project, a programme, a plan or a campaign is a word of the title, no body
the page reports on (round s34, from a black-box tester's page of 2011); the bodies outside the quotes stay."""

import pytest
from _signing_helpers import extract, named_sectors, party_sets


def _facts(text, province="Thừa Thiên Huế", published="2011-04-05"):
    return extract(f"Tin ngắn\n\n{text}", published, province)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tỉnh ủy ban hành kế hoạch thực hiện Đề án "
            '"Nâng cao chất lượng hoạt động của Hội Cựu chiến binh Việt Nam".',
            {("Tỉnh ủy", "party")},
        ),
        (
            "Ủy ban MTTQ tỉnh phát động Cuộc vận động “Cùng Hội Nông dân Việt Nam chung tay vì người nghèo” trong toàn "
            "tỉnh.",
            {("Ủy ban Mặt trận Tổ quốc tỉnh", "front")},
        ),
    ],
)
def test_a_body_inside_a_quoted_title_is_no_agency(text, expected):
    assert named_sectors(_facts(text)) == expected


def test_signers_outside_a_quoted_title_stay():
    # (a control: the signers stand before the programme's quoted title)
    facts = _facts(
        'Hội Nông dân tỉnh và Công an tỉnh ký kết chương trình phối hợp "Nông dân tham gia bảo đảm an ninh trật tự".'
    )
    assert party_sets(facts) == [("Công an tỉnh", "Hội Nông dân tỉnh")]
