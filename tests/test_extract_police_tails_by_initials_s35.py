"""A city's police written by its initials at the end of a list of its departments ("Phòng An ninh kinh tế, Phòng
Cảnh sát kinh tế CATP"): the tail is every listed department's, as "Công an thành phố" is (round s35, from a
black-box tester's pages)."""

from _signing_helpers import extract, named_sectors


def _facts(text, province="Đà Nẵng", published="2019-03-06"):
    return extract(f"Tin ngắn\n\n{text}", published, province)


def test_a_city_police_by_initials_is_shared_by_the_departments_listed_before():
    facts = _facts(
        "Công an thành phố làm việc với Cục Hải quan. Dự có Phòng An ninh kinh tế, Phòng Cảnh sát môi trường CATP."
    )
    assert {
        ("Phòng An ninh kinh tế Công an thành phố", "police"),
        ("Phòng Cảnh sát môi trường Công an thành phố", "police"),
    } <= named_sectors(facts)


def test_control_a_department_by_initials_alone_and_the_tail_in_full():
    facts = _facts("Dự có Phòng Cảnh sát môi trường CATP.")
    assert ("Phòng Cảnh sát môi trường Công an thành phố", "police") in named_sectors(facts)
    facts = _facts("Dự có Phòng An ninh kinh tế, Phòng Cảnh sát môi trường Công an thành phố.")
    assert ("Phòng An ninh kinh tế Công an thành phố", "police") in named_sectors(facts)


def test_control_another_body_before_the_department_takes_no_police():
    facts = _facts("Dự có Sở Tài chính, Phòng Cảnh sát môi trường CATP.")
    assert ("Sở Tài chính", "state") in named_sectors(facts)
