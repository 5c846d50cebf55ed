"""A bare "Đảng ủy" listed before a place's Front committee (round s34, blind set D): it is the place's Party
committee, as before the place's people's committee ("Đảng ủy, UBND xã A" is "Đảng ủy xã A"), not a committee
inside the Front's (made-up sentences)."""

from __future__ import annotations

from _signing_helpers import extract, named_sectors


def _agencies(sentence: str) -> set[tuple[str, str]]:
    return named_sectors(extract("Tổ công tác về cơ sở\n\n" + sentence, "2025-11-20", "Lào Cai"))


def test_party_committee_before_the_front_committee_of_one_commune():
    # (it gave "Đảng ủy Ủy ban Mặt trận Tổ quốc Việt Nam xã Bản Lầu")
    assert _agencies("Đoàn công tác làm việc với Đảng ủy, Ủy ban MTTQ Việt Nam xã Bản Lầu về công tác dân vận.") == {
        ("Đảng ủy xã Bản Lầu", "party"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam xã Bản Lầu", "front"),
    }


def test_party_committee_before_the_front_committees_of_listed_communes():
    assert _agencies("Đoàn công tác làm việc với Đảng ủy, Ủy ban MTTQ các xã Bản Lầu, Mường Khương.") == {
        ("Đảng ủy xã Bản Lầu", "party"),
        ("Đảng ủy xã Mường Khương", "party"),
        ("Ủy ban Mặt trận Tổ quốc xã Bản Lầu", "front"),
        ("Ủy ban Mặt trận Tổ quốc xã Mường Khương", "front"),
    }


def test_control_party_committee_before_the_peoples_committees():
    assert _agencies("Đoàn công tác làm việc với Đảng ủy, UBND các xã Bản Lầu, Mường Khương.") == {
        ("Đảng ủy xã Bản Lầu", "party"),
        ("Đảng ủy xã Mường Khương", "party"),
        ("Ủy ban nhân dân xã Bản Lầu", "state"),
        ("Ủy ban nhân dân xã Mường Khương", "state"),
    }


def test_control_party_committee_before_a_command_is_the_command_s():
    assert ("Đảng ủy Bộ Chỉ huy Quân sự tỉnh", "party") in _agencies(
        "Đoàn công tác làm việc với Đảng ủy, Bộ CHQS tỉnh về công tác dân vận."
    )
