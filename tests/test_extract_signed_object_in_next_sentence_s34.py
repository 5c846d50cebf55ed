"""A signing verb that closes its sentence, its object in the next one (round s34, agent P's class 6): "A tổ chức
hội nghị ký kết. Chương trình phối hợp giữa A với B, C nhằm ... giai đoạn X - Y." (a stray full stop, or a caption's
lead broken off) is one act; the next sentence, opened by the signed kind and its "giữa", names the parties and the
term."""

from _signing_helpers import extract, signing_tuples


def _facts(text):
    return extract(f"Tin\n\n{text}", "2025-06-06", "Bắc Ninh")


def test_the_next_sentence_s_between_names_the_pairs_and_the_term():
    facts = _facts(
        "Chiều 5/6, Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị ký kết. Quy chế phối hợp giữa Ủy ban Kiểm tra Tỉnh ủy với "
        "Thanh tra tỉnh, Sở Nội vụ nhằm nâng cao hiệu quả kiểm tra, giám sát giai đoạn 2025 - 2030."
    )
    assert sorted(signing_tuples(facts)) == [
        (("Sở Nội vụ", "Ủy ban Kiểm tra Tỉnh ủy"), "2025-06-05", "2025-2030"),
        (("Thanh tra tỉnh", "Ủy ban Kiểm tra Tỉnh ủy"), "2025-06-05", "2025-2030"),
    ]


def test_control_a_joint_subject_before_a_bare_verb_signs_jointly():
    facts = _facts(
        "Sáng 5/6, Sở Tư pháp, Công an tỉnh và Tỉnh đoàn đã ký kết. Chương trình phối hợp giữa Sở Tư pháp, Công an "
        "tỉnh và Tỉnh đoàn tập trung tuyên truyền pháp luật cho thanh niên."
    )
    assert [s[0] for s in signing_tuples(facts)] == [("Công an tỉnh", "Sở Tư pháp", "Tỉnh đoàn")]


def test_control_a_next_sentence_on_another_topic_adds_nobody():
    facts = _facts(
        "Chiều 5/6, Ủy ban Kiểm tra Tỉnh ủy và Thanh tra tỉnh tổ chức hội nghị ký kết. Hội nghị có sự tham dự của "
        "lãnh đạo Sở Nội vụ."
    )
    assert [s[0] for s in signing_tuples(facts)] == [("Thanh tra tỉnh", "Ủy ban Kiểm tra Tỉnh ủy")]
