"""A seeded generator of plausible article facts, for load benchmarks and crash tests.

``synthetic_facts(n, seed)`` yields ``n`` :class:`ArticleFacts` shaped like
what the extractor writes (agencies with sectors, numbered documents,
signings with periods, persons with posts, and evidence sentences with
offsets). The same ``n`` and ``seed`` always give the same facts.

Run it to write them: ``python benchmarks/synthetic_facts.py 20000 out.jsonl``.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

from phoihop.facts import Agency, ArticleFacts, Document, Evidence, Person, Signing

PROVINCES = [
    "Bến Tre",
    "Hà Nam",
    "An Giang",
    "Đà Nẵng",
    "Quảng Nam",
    "Tây Ninh",
    "Đồng Nai",
    "Nghệ An",
    "Thanh Hóa",
    "Khánh Hòa",
    "Cà Mau",
    "Lào Cai",
    "Sơn La",
    "Bình Dương",
    "Hà Tĩnh",
    "Gia Lai",
]
AGENCIES = [  # (name as an article writes it, sector)
    ("Ban Dân vận Tỉnh ủy", "party"),
    ("Ban Tuyên giáo Tỉnh ủy", "party"),
    ("Ban Thường vụ Tỉnh ủy", "party"),
    ("Ủy ban Kiểm tra Tỉnh ủy", "party"),
    ("Ban cán sự Đảng Ủy ban nhân dân tỉnh", "party"),
    ("Ủy ban nhân dân tỉnh", "state"),
    ("Hội đồng nhân dân tỉnh", "state"),
    ("Sở Nội vụ", "state"),
    ("Sở Tư pháp", "state"),
    ("Sở Y tế", "state"),
    ("Bộ Chỉ huy Quân sự tỉnh", "military"),
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "military"),
    ("Công an tỉnh", "police"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "front"),
    ("Hội Nông dân tỉnh", "front"),
    ("Hội Liên hiệp Phụ nữ tỉnh", "front"),
    ("Tỉnh đoàn", "front"),
    ("Liên đoàn Lao động tỉnh", "front"),
    ("Hội Cựu chiến binh tỉnh", "front"),
    ("Bộ Công an", "police"),
    ("Bộ Chính trị", "party"),
]
KINDS = [("chương trình", "CTr"), ("kế hoạch", "KH"), ("quy chế", "QC"), ("nghị quyết", "NQ")]
CODES = {"party": "BDVTU", "state": "UBND", "military": "BCHQS", "police": "CAT", "front": "UBMTTQ"}
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Quốc", "Ngọc"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Hùng", "Lan", "Long", "Minh", "Nam", "Sơn", "Tâm", "Yến"]
POSTS = [
    "Phó Bí thư Thường trực Tỉnh ủy",
    "Chủ tịch Hội đồng nhân dân tỉnh",
    "Trưởng Ban Dân vận Tỉnh ủy",
    "Giám đốc Công an tỉnh",
    "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh",
    "Phó Chủ tịch Ủy ban nhân dân tỉnh",
]


def _article(i: int, rng: random.Random) -> ArticleFacts:
    province = rng.choice(PROVINCES)
    year = rng.randint(2014, 2026)
    published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    aid = f"synthetic-{i:06d}"
    text_pos = 0

    def evidence(sentence: str) -> list[Evidence]:
        nonlocal text_pos
        start = text_pos
        text_pos += len(sentence) + 1
        return [Evidence(aid, sentence, start, start + len(sentence))]

    chosen = rng.sample(AGENCIES, rng.randint(3, 7))
    agencies = [Agency(name, sector, evidence(f"{name} tham dự hội nghị.")) for name, sector in chosen]
    documents, signings = [], []
    for _ in range(rng.randint(0, 3)):
        kind, code = rng.choice(KINDS)
        parties = rng.sample(chosen, 2)
        symbol = f"{rng.randint(1, 999)}-{code}/{CODES[parties[0][1]]}-{CODES[parties[1][1]]}"
        start = rng.randint(2010, year)
        documents.append(
            Document(
                symbol,
                kind,
                f"{start}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                (start, start + rng.randint(0, 5)),
                [p[0] for p in parties],
                evidence(f"Theo {kind} số {symbol} giữa các bên."),
            )
        )
    lead = chosen[0][0]
    for name, _sector in chosen[1 : 1 + rng.randint(0, 3)]:
        signings.append(
            Signing(
                published,
                (year, year + rng.randint(0, 5)),
                None,
                [lead, name],
                evidence(f"{lead} ký kết chương trình phối hợp với {name}."),
            )
        )
    persons = []
    for _ in range(rng.randint(0, 3)):
        name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        posts = rng.sample(POSTS, rng.randint(1, 2))
        persons.append(Person(name, posts, evidence(f"Đồng chí {name}, {', '.join(posts)} phát biểu.")))
    return ArticleFacts(
        aid,
        province,
        published,
        f"Bài báo tổng hợp số {i}",
        f"https://example.org/tin/{aid}",
        agencies,
        documents,
        signings,
        persons,
    )


def synthetic_facts(n: int, seed: int = 1) -> Iterator[ArticleFacts]:
    """``n`` articles' facts, the same for the same seed."""
    rng = random.Random(seed)
    for i in range(n):
        yield _article(i, rng)


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("synthetic-facts.jsonl")
    with out.open("w", encoding="utf-8") as handle:
        for facts in synthetic_facts(count):
            handle.write(json.dumps(facts.to_dict(), ensure_ascii=False) + "\n")
    print(f"wrote {count} articles' facts to {out}")
