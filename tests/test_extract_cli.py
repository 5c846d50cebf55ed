"""``phoihop extract`` end to end: real files in, facts files out, exit statuses and messages."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from phoihop.cli import main
from phoihop.facts import ArticleFacts

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "articles"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "extract_inputs"
GOOD, BAD = FIXTURES / "good", FIXTURES / "bad"

SAMPLE_IDS = {
    "hanam-2023-03-15-dan-van-bchqs-ky-ket",
    "hatinh-2024-07-09-so-ket-quy-che-mttq-cong-an",
    "nghean-2022-09-08-cong-an-mttq-ke-hoach-lien-tich",
    "nghean-2024-05-21-hoi-nong-dan-bien-phong",
    "langson-2021-07-02-hdnd-ubnd-mttq-quy-che",
    "quangtri-2020-06-18-bien-phong-ky-ket-ba-doan-the",
    "kiengiang-2022-11-24-ubnd-mttq-quy-che-phoi-hop",
    "gialai-2023-08-10-dan-van-cong-an-quan-su",
}
GOOD_IDS = {"tin-ky-ket", "mot-doan", "khong-dia-danh", "mot-bai", "bai-mot", "bai-hai", "trang-tin", "windows-1258"}


def run_cli(*args: str | Path, timeout: float = 180, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "phoihop", "extract", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        **kwargs,
    )


def facts_in(folder: Path) -> dict[str, dict]:
    """Every facts file in ``folder`` by id, checked to be a complete facts object named after its id."""
    found = {}
    for path in folder.iterdir():
        assert not path.name.endswith(".tmp"), f"temporary file left behind: {path.name}"
        if path.name.startswith("."):  # bookkeeping of the run (the resume journal), not facts
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        assert ArticleFacts.from_dict(data).id == data["id"] == path.stem
        found[data["id"]] = data
    return found


@pytest.mark.slow
def test_samples_extract_cleanly_one_file_per_article(tmp_path):
    out = tmp_path / "facts"
    result = run_cli(SAMPLES, "--facts", out)
    assert result.returncode == 0, result.stderr
    facts = facts_in(out)
    assert set(facts) == SAMPLE_IDS
    assert "wrote 8 facts files" in result.stderr and "error" not in result.stderr
    # Metadata the article objects and pages carry reaches the facts.
    hanam = facts["hanam-2023-03-15-dan-van-bchqs-ky-ket"]
    assert (hanam["province"], hanam["published"]) == ("Hà Nam", "2023-03-15")
    assert hanam["url"] == "https://example.org/ha-nam/2023/03/15/dan-van-bchqs-ky-ket"
    kiengiang = facts["kiengiang-2022-11-24-ubnd-mttq-quy-che-phoi-hop"]
    assert kiengiang["published"] == "2022-11-24"
    assert kiengiang["title"] == "Kiên Giang: UBND tỉnh và Ủy ban MTTQ tỉnh ký quy chế phối hợp công tác"
    assert facts["hatinh-2024-07-09-so-ket-quy-che-mttq-cong-an"]["url"].startswith("https://example.org/ha-tinh/")
    assert facts["quangtri-2020-06-18-bien-phong-ky-ket-ba-doan-the"]["title"].startswith("Bộ đội Biên phòng")


@pytest.mark.slow
def test_bad_inputs_are_named_on_stderr_and_the_rest_of_the_batch_is_written(tmp_path):
    out = tmp_path / "facts"
    result = run_cli(GOOD, BAD, "--facts", out)
    assert result.returncode == 1
    err = result.stderr
    for message in (
        f"error: {BAD / 'binary.txt'}: binary file",
        f"error: {BAD / 'empty.txt'}: empty file",
        f"error: {BAD / 'blank.json'}: empty file",
        f"error: {BAD / 'broken.json'}:3: not valid JSON",
        f"error: {BAD / 'no-text.json'}: article 'khong-noi-dung' has no 'text'",
        f"error: {BAD / 'empty-page.html'}: no article text found in the page",
        f"error: {BAD / 'lines.jsonl'}:2: not valid JSON",
        f"error: {BAD / 'lines.jsonl'}:3: article 'dong-ba' has no 'text'",
        f"error: {BAD / 'lines.jsonl'}:5: article has no 'id'",
        f"error: {BAD / 'lines.jsonl'}:6: expected an article object",
        f"warning: {BAD / 'lines.jsonl'}:7: article 'etc_Bài_viết_số_7': 'published'",
        f"warning: {GOOD / 'windows-1258.txt'}: not UTF-8; read as Windows-1258",
    ):
        assert message in err, message
    assert "10 inputs skipped" in err
    assert set(facts_in(out)) == GOOD_IDS | {"dong-mot", "etc_Bài_viết_số_7"}


def test_no_input_found_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "readme.md").write_text("x", encoding="utf-8")
    out = tmp_path / "facts"
    assert (
        main(
            [
                "extract",
                str(tmp_path / "empty"),
                str(tmp_path / "notes"),
                str(tmp_path / "missing"),
                "--facts",
                str(out),
            ]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert f"{tmp_path / 'missing'}: no such file or folder" in err
    assert "no input files" in err
    assert not out.exists()


def test_facts_path_that_is_a_file_is_a_usage_error(tmp_path, capsys):
    target = tmp_path / "facts"
    target.write_text("occupied", encoding="utf-8")
    assert main(["extract", str(GOOD / "mot-doan.txt"), "--facts", str(target)]) == 2
    assert "is not a folder" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "occupied"
    assert main(["extract", str(GOOD / "mot-doan.txt"), "--facts", str(tmp_path), "--format", "jsonl"]) == 2
    assert "--format jsonl writes one file" in capsys.readouterr().err


def test_bad_option_values_are_usage_errors(tmp_path, capsys):
    for bad in (["--jobs", "-1"], ["--jobs", "two"], ["--published", "hôm qua"]):
        with pytest.raises(SystemExit) as stop:
            main(["extract", str(GOOD), "--facts", str(tmp_path / "f"), *bad])
        assert stop.value.code == 2
    assert "not a date" in capsys.readouterr().err


def test_jsonl_output_holds_every_article_in_input_order(tmp_path, capsys):
    out = tmp_path / "all.jsonl"
    assert main(["extract", str(GOOD / "hai-bai.json"), str(GOOD / "mot-doan.txt"), "--facts", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [ArticleFacts.from_dict(json.loads(line)).id for line in lines] == ["bai-mot", "bai-hai", "mot-doan"]
    assert [p.name for p in tmp_path.iterdir()] == ["all.jsonl"]
    assert "facts in" in capsys.readouterr().err


def test_cli_defaults_fill_only_what_the_article_and_its_text_leave_open(tmp_path, capsys):
    out = tmp_path / "facts"
    assert (
        main(
            [
                "extract",
                str(GOOD / "hai-bai.json"),
                str(GOOD / "khong-dia-danh.txt"),
                str(GOOD / "nested"),
                "--facts",
                str(out),
                "--province",
                "Hà Nam",
                "--published",
                "02/01/2024",
            ]
        )
        == 0
    )
    facts = facts_in(out)
    meta = {aid: (f["province"], f["published"]) for aid, f in facts.items()}
    assert meta == {
        "khong-dia-danh": ("Hà Nam", "2024-01-02"),  # nothing in the file: both defaults
        "bai-mot": ("Nghệ An", "2024-01-02"),  # province from the object wins
        "bai-hai": ("Hà Nam", "2023-05-02"),  # date from the object wins
        "mot-bai": ("Hà Nam", "2024-03-12"),  # both from the object
    }
    assert "--province" not in capsys.readouterr().err


def test_province_read_in_the_text_beats_the_cli_default(tmp_path, capsys):
    out = tmp_path / "facts"
    sample = SAMPLES / "langson-2021-07-02-hdnd-ubnd-mttq-quy-che.txt"
    assert main(["extract", str(sample), "--facts", str(out), "--province", "Hà Nam"]) == 0
    assert facts_in(out)[sample.stem]["province"] == "Lạng Sơn"


def test_duplicate_ids_keep_the_later_article(tmp_path, capsys):
    first = tmp_path / "a" / "trung.json"
    first.parent.mkdir()
    first.write_text(
        json.dumps({"title": "bản cũ", "text": "Công an tỉnh ký kết."}, ensure_ascii=False), encoding="utf-8"
    )
    second = tmp_path / "b.jsonl"
    second.write_text(
        json.dumps({"id": "trung", "title": "bản mới", "text": "Công an tỉnh ký kết."}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "facts"
    assert main(["extract", str(tmp_path / "a"), str(second), "--facts", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"error: {first}: duplicate article id 'trung': skipped in favour of the later one at {second}:1" in err
    assert facts_in(out)["trung"]["title"] == "bản mới"


@pytest.mark.slow
def test_two_jobs_write_the_same_facts_as_one(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    first = run_cli(SAMPLES, GOOD, "--facts", one, "--jobs", "1")
    second = run_cli(SAMPLES, GOOD, "--facts", two, "--jobs", "2")
    assert first.returncode == second.returncode == 0, second.stderr
    facts_one, facts_two = facts_in(one), facts_in(two)
    assert set(facts_one) == SAMPLE_IDS | GOOD_IDS
    assert facts_two == facts_one


@pytest.mark.slow
def test_a_killed_run_leaves_only_complete_facts_files(tmp_path):
    texts = [json.loads(line)["text"] for line in (SAMPLES / "nghean-articles.jsonl").read_text("utf-8").splitlines()]
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        "".join(
            json.dumps({"id": f"bai-{n:05d}", "text": texts[n % len(texts)]}, ensure_ascii=False) + "\n"
            for n in range(3000)
        ),
        encoding="utf-8",
    )
    out = tmp_path / "facts"
    process = subprocess.Popen(
        [sys.executable, "-m", "phoihop", "extract", str(batch), "--facts", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not (out.is_dir() and len(list(out.glob("*.json"))) >= 5):
            time.sleep(0.005)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL, "the run ended before it could be interrupted"
    written = list(out.glob("*.json"))
    assert 5 <= len(written) < 3000
    for path in written:  # every facts file is whole; only hidden temporary files may be cut short
        assert ArticleFacts.from_dict(json.loads(path.read_text(encoding="utf-8"))).id == path.stem


def _run_on_terminal(*args: str | Path) -> tuple[int, str]:
    """Run the CLI with stderr on a pseudo-terminal; return its exit status and what the terminal showed."""
    leader, follower = pty.openpty()
    # A fresh pseudo-terminal is 0 columns wide; give it a real terminal's size.
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "phoihop", "extract", *map(str, args)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=follower,
    )
    os.close(follower)
    shown = b""
    while True:
        ready, _, _ = select.select([leader], [], [], 1)
        if ready:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            shown += chunk
        elif process.poll() is not None:
            break
    os.close(leader)
    return process.wait(timeout=60), shown.decode("utf-8", "replace")


@pytest.mark.slow
def test_progress_bar_on_a_terminal_only(tmp_path):
    status, shown = _run_on_terminal(SAMPLES, "--facts", tmp_path / "a")
    assert status == 0
    assert "8/8" in shown and "article/s" in shown
    status, shown = _run_on_terminal(SAMPLES, "--facts", tmp_path / "b", "--no-progress")
    assert status == 0 and "article/s" not in shown and "wrote 8 facts files" in shown
    piped = run_cli(SAMPLES, "--facts", tmp_path / "c")
    assert piped.returncode == 0 and "article/s" not in piped.stderr


def test_help_documents_precedence_duplicates_and_exit_statuses(capsys):
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "from its own object (or page) first, then from its text" in text
    assert "the later one is kept" in text
    assert "1 some input was skipped" in text and "2 usage error" in text


@pytest.mark.slow
def test_workers_also_run_under_spawn(monkeypatch):
    """The worker side needs nothing inherited from the parent: it runs under spawn (Windows, macOS) too."""
    import multiprocessing

    from phoihop.batch import runner
    from phoihop.batch.readers import read_inputs

    articles, problems = runner.settle_duplicates(read_inputs([GOOD / "hai-bai.json", GOOD / "tin-ky-ket.txt"]))
    assert problems == []

    class Collect:
        def __init__(self):
            self.facts = {}

        def add(self, index, facts):
            self.facts[index] = facts

        def close(self):
            pass

    in_process, spawned = Collect(), Collect()
    runner.run_batch(articles, in_process, jobs=1, progress=False)
    monkeypatch.setattr(runner, "_pool_context", lambda: multiprocessing.get_context("spawn"))
    result = runner.run_batch(articles, spawned, jobs=2, progress=False, chunk_size=1)
    assert result.failed == [] and result.written == 3
    assert spawned.facts == in_process.facts


# --- HTML: news pages and fragments (trafilatura, batch/pages.py) ---------------------------------

NEWS_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Báo Hà Nam điện tử - Tin tức</title></head>
<body>
<div class="top-bar">BÁO HÀ NAM ĐIỆN TỬ - Thứ Hai, 20/05/2024</div>
<ul class="main-menu"><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li>
<li><a href="/chinh-tri">Chính trị</a></li><li><a href="/quoc-phong">Quốc phòng - An ninh</a></li></ul>
<div class="path"><a href="/">Trang chủ</a> &gt; <a href="/chinh-tri">Chính trị</a></div>
<div class="detail">
<div class="title-detail">Ban Dân vận Tỉnh ủy và Công an tỉnh ký kết chương trình phối hợp</div>
<div class="date-detail">Thứ Ba, 12/09/2023 08:30 | Lượt xem: 1024</div>
<div class="content-detail">Ngày 12/9, Ban Dân vận Tỉnh ủy Hà Nam và Công an tỉnh Hà Nam ký kết chương trình phối hợp
về công tác dân vận giai đoạn 2023 - 2026.<br><br>Theo chương trình, hai bên phối hợp tuyên truyền, vận động
nhân dân chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước và tham gia bảo vệ an ninh trật tự
ở cơ sở.<br><br>Hằng năm, hai bên sơ kết, đánh giá kết quả thực hiện chương trình phối hợp và đề ra nhiệm vụ
cho năm tiếp theo.<br><br>Dự lễ ký có đồng chí Trần Văn Mẫu, Trưởng Ban Dân vận Tỉnh ủy.</div>
<div class="share"><a href="#">Chia sẻ Facebook</a> | <a href="#">Zalo</a> | <a href="#">In bài</a></div>
</div>
<div class="tin-lien-quan"><div class="head">Tin liên quan</div><ul>
<li><a href="/x/1">Hội Nông dân tỉnh ký kết quy chế phối hợp với Bộ Chỉ huy Quân sự tỉnh</a> (15/08/2023)</li>
<li><a href="/x/2">Diễn tập khu vực phòng thủ huyện năm 2022</a> (08/09/2022)</li></ul></div>
<div class="banner"><a href="/qc"><img src="/qc.png" alt="Quảng cáo"></a></div>
<div class="footer">Cơ quan chủ quản: Tỉnh ủy Hà Nam. Tổng Biên tập: Nguyễn Văn Hùng. Giấy phép số 245/GP-BTTTT.</div>
</body></html>
"""


def _evidence_spans(facts: dict):
    for key in ("agencies", "documents", "signings", "persons"):
        for fact in facts.get(key) or []:
            yield from fact.get("evidence") or []


def test_html_news_page_gives_the_body_without_furniture_and_its_date(tmp_path, capsys):
    from phoihop.batch.readers import read_file

    page = tmp_path / "ky-ket-dan-van.html"
    page.write_text(NEWS_PAGE, encoding="utf-8")
    out = tmp_path / "facts"
    assert main(["extract", str(page), "--facts", str(out)]) == 0, capsys.readouterr().err
    facts = facts_in(out)["ky-ket-dan-van"]
    # The byline's date, not the masthead's (20/05/2024) nor a "Tin liên quan" item's.
    assert facts["published"] == "2023-09-12"
    assert facts["title"] == "Ban Dân vận Tỉnh ủy và Công an tỉnh ký kết chương trình phối hợp"
    (signing,) = facts["signings"]
    assert signing["date"] == "2023-09-12" and signing["period"] == [2023, 2026]
    assert set(signing["parties"]) == {"Ban Dân vận Tỉnh ủy Hà Nam", "Công an tỉnh Hà Nam"}

    # The text the pipeline saw: every <br><br> paragraph of the body, none of the furniture ...
    (item,) = list(read_file(page))
    text = item.article.text
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == facts["title"]
    assert any(p.startswith("Ngày 12/9, Ban Dân vận Tỉnh ủy Hà Nam") for p in paragraphs)
    assert paragraphs[-1] == "Dự lễ ký có đồng chí Trần Văn Mẫu, Trưởng Ban Dân vận Tỉnh ủy."
    for furniture in (
        "Trang chủ",
        "Thời sự",
        "Quốc phòng - An ninh",
        "20/05/2024",
        "Tin liên quan",
        "Hội Nông dân tỉnh",
        "Diễn tập",
        "Chia sẻ",
        "Zalo",
        "Quảng cáo",
        "Tổng Biên tập",
    ):
        assert furniture not in text, furniture
    # ... and the evidence offsets index into it.
    spans = list(_evidence_spans(facts))
    assert spans
    for span in spans:
        assert text[span["start"] : span["end"]] == span["sentence"]


def test_html_fragment_in_a_jsonl_record_gives_its_text(tmp_path, capsys):
    from phoihop.batch.readers import read_file

    records = tmp_path / "records.jsonl"
    fragment = (
        "<p>Ngày 12/9/2023, <b>Ban Dân vận Tỉnh ủy Hà Nam</b> ký kết&nbsp;chương trình phối hợp với "
        "Công an tỉnh Hà Nam giai đoạn 2023 - 2026.</p><script>track()</script>"
        "<p>Hai bên phối hợp tuyên truyền, vận động nhân dân.</p>"
    )
    plain = "Công an tỉnh Hà Nam ký kết quy chế phối hợp với Hội Cựu chiến binh tỉnh, tỷ lệ <5% vi phạm."
    records.write_text(
        "\n".join(
            json.dumps(r, ensure_ascii=False)
            for r in ({"id": "manh", "text": fragment, "province": "Hà Nam"}, {"id": "tron", "text": plain})
        )
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "facts"
    assert main(["extract", str(records), "--facts", str(out)]) == 0, capsys.readouterr().err
    facts = facts_in(out)
    items = {i.article.id: i.article for i in read_file(records)}
    assert items["manh"].text == (
        "Ngày 12/9/2023, Ban Dân vận Tỉnh ủy Hà Nam ký kết chương trình phối hợp với "
        "Công an tỉnh Hà Nam giai đoạn 2023 - 2026.\n\n"
        "Hai bên phối hợp tuyên truyền, vận động nhân dân."
    )
    assert items["tron"].text == plain  # text with a "<" in it is not markup
    assert {a["name"] for a in facts["manh"]["agencies"]} >= {"Ban Dân vận Tỉnh ủy Hà Nam", "Công an tỉnh Hà Nam"}
    for aid in ("manh", "tron"):
        for span in _evidence_spans(facts[aid]):
            assert items[aid].text[span["start"] : span["end"]] == span["sentence"]
