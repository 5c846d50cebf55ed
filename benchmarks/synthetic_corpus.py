"""A seeded generator of realistic Vietnamese news-article TEXTS about cooperation programmes.

For scale benchmarks and tests of the extraction path (``benchmarks/synthetic_facts.py``
makes FACTS for the loading path; the name lists here come from it, so the two
stay alike). Each article reads like a provincial news item: a headline, a
dateline, a lead sentence reporting a signing or a review conference between
Party, State, armed-forces and Front bodies (names written in full or with the
usual abbreviations: UBND, HĐND, MTTQ, BCH Quân sự ...), the numbered documents
it cites (``số 150-CTr/BDVTU-CAT, ngày 21-4-2017``), periods (``giai đoạn 2021 -
2025``), named officials with their posts, and filler paragraphs in the register
of such articles.

Determinism: article ``i`` is drawn from its own ``random.Random`` seeded with
``(seed, i)``, so it is the same whatever ``n`` is (the first 1,000 articles of
a 100,000 corpus are the 1,000 corpus) and the same on every machine.

    python benchmarks/synthetic_corpus.py 1000 corpus.jsonl            # JSON Lines
    python benchmarks/synthetic_corpus.py 1000 corpus/ --seed 7        # one .json per article
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def _facts_lists():
    """The name lists of benchmarks/synthetic_facts.py (benchmarks/ is not a package: load it by path)."""
    path = Path(__file__).resolve().with_name("synthetic_facts.py")
    spec = importlib.util.spec_from_file_location("phoihop_bench_synthetic_facts", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_F = _facts_lists()
PROVINCES: list[str] = _F.PROVINCES
AGENCIES: list[tuple[str, str]] = _F.AGENCIES
KINDS: list[tuple[str, str]] = _F.KINDS
CODES: dict[str, str] = _F.CODES
SURNAMES: list[str] = _F.SURNAMES
MIDDLE: list[str] = _F.MIDDLE
GIVEN: list[str] = _F.GIVEN
POSTS: list[str] = _F.POSTS

# Agencies only named at the lower level, to vary names beyond the provincial list.
DISTRICT_AGENCIES = [
    ("Huyện ủy", "party"),
    ("Ủy ban nhân dân huyện", "state"),
    ("Công an huyện", "police"),
    ("Ban Chỉ huy Quân sự huyện", "military"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "front"),
    ("Hội Nông dân huyện", "front"),
    ("Huyện đoàn", "front"),
]
DISTRICTS = [
    "Châu Thành",
    "Mỏ Cày Nam",
    "Ba Tri",
    "Thạnh Phú",
    "Chợ Lách",
    "Bình Đại",
    "Giồng Trôm",
    "Phú Tân",
    "Tân Châu",
    "Tri Tôn",
    "Kim Bảng",
    "Thanh Liêm",
    "Lý Nhân",
    "Duy Tiên",
    "Đất Đỏ",
    "Long Điền",
]
# How articles shorten names: each pair is (full form, abbreviation).
ABBREVIATIONS = [
    ("Ủy ban nhân dân", "UBND"),
    ("Hội đồng nhân dân", "HĐND"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban MTTQ Việt Nam"),
    ("Mặt trận Tổ quốc", "MTTQ"),
    ("Bộ Chỉ huy Quân sự", "Bộ CHQS"),
    ("Bộ Chỉ huy Bộ đội Biên phòng", "Bộ CH BĐBP"),
    ("Ban Chỉ huy Quân sự", "Ban CHQS"),
    ("Hội Liên hiệp Phụ nữ", "Hội LHPN"),
    ("Liên đoàn Lao động", "LĐLĐ"),
    ("Hội Cựu chiến binh", "Hội CCB"),
]
KIND_TITLES = {
    "chương trình": "Chương trình phối hợp",
    "kế hoạch": "Kế hoạch liên tịch",
    "quy chế": "Quy chế phối hợp",
    "nghị quyết": "Nghị quyết",
}
TOPICS = [
    "công tác dân vận",
    "bảo đảm an ninh, trật tự",
    "xây dựng khối đại đoàn kết toàn dân tộc",
    "phòng, chống tội phạm và tệ nạn xã hội",
    "xây dựng nông thôn mới",
    "giám sát và phản biện xã hội",
    "tuyên truyền, phổ biến, giáo dục pháp luật",
    "bảo vệ chủ quyền, an ninh biên giới",
    "chăm lo đời sống đoàn viên, hội viên",
    "phát triển kinh tế, giảm nghèo bền vững",
]
LEADS_SIGNING = [
    "Ngày {date}, {all} tổ chức hội nghị ký kết chương trình phối hợp {topic} giai đoạn {p0} - {p1}.",
    "Sáng {date}, tại hội trường {a}, {a} ký kết chương trình phối hợp với {b} về {topic}, giai đoạn {p0}-{p1}.",
    "Chiều {date}, {a} cùng {b} đã ký kết kế hoạch phối hợp thực hiện {topic} giai đoạn {p0} đến {p1}.",
    "Ngày {date}, {a} phối hợp {b} tổ chức lễ ký kết quy chế phối hợp {topic} nhiệm kỳ {p0} - {p1}.",
]
LEADS_REVIEW = [
    "Ngày {date}, {all} tổ chức hội nghị tổng kết {n} năm thực hiện {doc}.",
    "Sáng {date}, {a} phối hợp với {b} tổ chức hội nghị sơ kết việc thực hiện {doc}.",
    "Ngày {date}, {a} tổ chức hội nghị đánh giá kết quả thực hiện {doc} với {b}.",
]
CITES = [
    "Thực hiện {doc}, thời gian qua các bên đã phối hợp chặt chẽ trong {topic}.",
    "Theo {doc}, hai bên thống nhất trao đổi thông tin định kỳ và phối hợp giải quyết những vấn đề phát sinh.",
    "Triển khai {doc}, các đơn vị đã tổ chức nhiều hoạt động thiết thực, hiệu quả.",
]
ATTENDANCE = [
    "Tham dự hội nghị có {persons}.",
    "Dự và chủ trì hội nghị có {persons}.",
    "{persons} chủ trì hội nghị.",
]
FILLER = [
    "Qua {n} năm thực hiện, công tác phối hợp giữa các bên ngày càng đi vào chiều sâu, đạt nhiều kết quả quan trọng.",
    "Các bên đã phối hợp tổ chức {n} đợt tuyên truyền với hơn {m} lượt người tham dự.",
    "Hội nghị cũng chỉ ra một số hạn chế như việc trao đổi thông tin có lúc chưa kịp thời, sự phối hợp ở cơ sở chưa đồng bộ.",
    "Nhân dịp này, {n} tập thể và {m} cá nhân có thành tích xuất sắc được khen thưởng.",
    "Từ đầu năm đến nay, lực lượng chức năng đã tiếp nhận, giải quyết {m} đơn thư khiếu nại, tố cáo của công dân.",
    "Các đơn vị đã vận động nhân dân hiến hơn {m} m2 đất để làm đường giao thông nông thôn.",
    "Phát biểu tại hội nghị, các đại biểu đánh giá cao những kết quả đạt được và đề xuất nhiều giải pháp cụ thể.",
    "Thời gian tới, các bên tiếp tục đổi mới nội dung, phương thức phối hợp, hướng mạnh về cơ sở.",
    "Hằng năm, các bên xây dựng kế hoạch cụ thể, định kỳ 6 tháng, 1 năm sơ kết, đánh giá kết quả thực hiện.",
    "Công tác nắm tình hình tư tưởng của cán bộ, đảng viên và nhân dân được thực hiện thường xuyên.",
    "Các mô hình dân vận khéo tiếp tục được nhân rộng, góp phần thực hiện thắng lợi các nhiệm vụ chính trị của địa phương.",
    "Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn cơ bản ổn định.",
]
CLOSINGS = [
    "Tin, ảnh: {author}",
    "{author}",
    "Theo Báo {province}",
]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _join(names: list[str]) -> str:
    """ "A", "A và B", "A, B và C" as Vietnamese lists them."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " và " + names[-1]


def _abbreviate(name: str, rng: random.Random) -> str:
    """Half the time, write the name as articles often do, with the usual abbreviation."""
    if rng.random() < 0.5:
        for full, short in ABBREVIATIONS:
            if full in name:
                return name.replace(full, short, 1)
    return name


def _date_text(rng: random.Random, year: int, month: int, day: int) -> str:
    return rng.choice(
        [
            f"{day}-{month}-{year}",
            f"{day}/{month}/{year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day} tháng {month} năm {year}",
        ]
    )


def synthetic_article(i: int, seed: int = 1) -> dict[str, Any]:
    """Article ``i`` of the corpus for ``seed``: ``{id, title, published, province, url, text}``."""
    rng = random.Random(f"phoihop-corpus:{seed}:{i}")
    province = rng.choice(PROVINCES)
    year = rng.randint(2014, 2026)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    published = f"{year}-{month:02d}-{day:02d}"
    aid = f"synth-{seed}-{i:06d}"
    if rng.random() < 0.25:  # a district-level article
        district = rng.choice(DISTRICTS)
        pool = [(f"{name} {district}", sector) for name, sector in DISTRICT_AGENCIES]
    else:
        pool = list(AGENCIES)
    chosen = rng.sample(pool, min(len(pool), rng.randint(2, 5)))
    lead_agency = chosen[0][0]
    partners = [name for name, _ in chosen[1:]]
    written = {name: _abbreviate(name, rng) for name, _ in chosen}
    topic = rng.choice(TOPICS)
    date = _date_text(rng, year, month, day)

    documents = []
    for _ in range(rng.randint(1, 3)):
        kind, code = rng.choice(KINDS)
        a, b = rng.sample(chosen, 2)
        first = rng.randint(max(2010, year - 8), year)
        number = rng.randint(1, 1999)
        symbol = rng.choice(
            [
                f"{number}-{code}/{CODES[a[1]]}-{CODES[b[1]]}",
                f"{number}/{code}-{CODES[a[1]]}",
                f"{number}-{code}/{CODES[a[1]]}",
            ]
        )
        issued = _date_text(rng, first, rng.randint(1, 12), rng.randint(1, 28))
        period = f" giai đoạn {first} - {first + rng.randint(1, 5)}" if rng.random() < 0.7 else ""
        documents.append(
            f"{KIND_TITLES[kind]} số {symbol}, ngày {issued} giữa {written[a[0]]} và {written[b[0]]}{period}"
        )

    persons = []
    for _ in range(rng.randint(1, 4)):
        posts = rng.sample(POSTS, rng.randint(1, 2))
        persons.append(f"{rng.choice(['đồng chí ', ''])}{', '.join(posts)} {_name(rng)}")

    p0 = rng.randint(max(2014, year - 1), year + 1)
    p1 = p0 + rng.choice([2, 3, 4, 5])
    paragraphs = []
    review = rng.random() >= 0.6  # a review conference of an old document, else a new signing
    if not review:
        signers = partners if rng.random() < 0.4 else [rng.choice(partners)]
        partner = _join([written[p] for p in signers])
        paragraphs.append(
            rng.choice(LEADS_SIGNING).format(
                date=date,
                a=written[lead_agency],
                b=partner,
                all=_join([written[lead_agency]] + [written[p] for p in signers]),
                topic=topic,
                p0=p0,
                p1=p1,
            )
        )
        title = rng.choice(
            [
                f"{written[lead_agency]} ký kết chương trình phối hợp với {partner}",
                f"Ký kết phối hợp {topic} giai đoạn {p0} - {p1}",
                f"Phối hợp {topic} giữa {written[lead_agency]} và {partner}",
            ]
        )
    else:
        other = written[rng.choice(partners)]
        paragraphs.append(
            rng.choice(LEADS_REVIEW).format(
                date=date,
                a=written[lead_agency],
                b=other,
                all=_join([written[lead_agency], other]),
                n=rng.randint(1, 10),
                doc=documents[0],
            )
        )
        title = rng.choice(
            [
                f"Tổng kết {documents[0].split(',')[0]}",
                f"Sơ kết công tác phối hợp {topic}",
                f"Nâng cao hiệu quả phối hợp {topic}",
            ]
        )
    paragraphs.append(rng.choice(ATTENDANCE).format(persons="; ".join(persons)))
    for doc in documents[1:] if review else documents:  # the review's lead already cites the first
        paragraphs.append(rng.choice(CITES).format(doc=doc, topic=topic))
    fillers = rng.sample(FILLER, rng.randint(3, 7))
    paragraphs += [f.format(n=rng.randint(2, 12), m=rng.randint(50, 9000)) for f in fillers]
    if rng.random() < 0.5:
        speaker = persons[0]
        paragraphs.append(
            f"Phát biểu chỉ đạo hội nghị, {speaker} đề nghị các bên tiếp tục quán triệt, "
            f"thực hiện tốt nội dung đã ký kết, phát huy vai trò của từng cơ quan trong {topic}."
        )
    paragraphs.append(rng.choice(CLOSINGS).format(author=_name(rng), province=province))
    dateline = f"{day:02d}/{month:02d}/{year} - {rng.randint(6, 21):02d}:{rng.randint(0, 59):02d}"
    text = "\n\n".join([title, dateline, *paragraphs])
    return {
        "id": aid,
        "title": title,
        "published": published,
        "province": province,
        "url": f"https://example.org/tin-tuc/{aid}.html",
        "text": text,
    }


def synthetic_articles(n: int, seed: int = 1, start: int = 0) -> Iterator[dict[str, Any]]:
    """Articles ``start`` .. ``start + n - 1`` of the corpus for ``seed``."""
    for i in range(start, start + n):
        yield synthetic_article(i, seed)


def write_corpus(n: int, out: Path, seed: int = 1) -> Path:
    """Write ``n`` articles to ``out``: a ``.jsonl`` file, or else a folder of ``<id>.json`` files."""
    out = Path(out)
    if out.suffix == ".jsonl":
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8") as handle:
            for article in synthetic_articles(n, seed):
                handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    else:
        out.mkdir(parents=True, exist_ok=True)
        for article in synthetic_articles(n, seed):
            (out / f"{article['id']}.json").write_text(
                json.dumps(article, ensure_ascii=False, indent=1), encoding="utf-8"
            )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out", type=Path, help="a .jsonl file, or a folder for one .json per article")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    write_corpus(args.n, args.out, args.seed)
    print(f"wrote {args.n} synthetic articles to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
