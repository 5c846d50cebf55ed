"""The spaCy side: factories, spans and extensions, evidence offsets, metadata from the text."""

import json
import unicodedata
from pathlib import Path

import spacy

import phoihop.extract.factories  # noqa: F401  (registers the factories)
from phoihop.extract.article import Article
from phoihop.extract.pipeline import COMPONENTS, extract_article, extract_articles, load_pipeline

TEXT = """Quảng Trị: Bộ đội Biên phòng tỉnh ký kết chương trình phối hợp với Hội Nông dân

18/06/2020 - 17:40

Ngày 18/6, Bộ Chỉ huy Bộ đội Biên phòng tỉnh ký kết Chương trình phối hợp số 215/CTrPH-BCH-HND với Hội Nông dân tỉnh Quảng Trị giai đoạn 2020 - 2025. Đại tá Phạm Quang Thuận, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh phát biểu.

Tin, ảnh: Thanh Hải"""


def test_components_are_factories_on_any_vietnamese_pipeline():
    nlp = spacy.blank("vi")
    nlp.add_pipe("phoihop_documents")
    nlp.add_pipe("phoihop_agencies", config={"spans_key": "orgs"})
    doc = nlp("Theo Kế hoạch số 42/KH-UBND của UBND tỉnh Sơn La và Bộ CHQS tỉnh.")
    assert [(s.text, s._.phoihop_symbol, s._.phoihop_kind) for s in doc.spans["phoihop_documents"]] == [
        ("42/KH-UBND", "42/KH-UBND", "kế hoạch")
    ]
    orgs = [(s.text, s._.phoihop_canonical, s._.phoihop_sector) for s in doc.spans["orgs"]]
    assert orgs == [
        ("UBND tỉnh Sơn La", "Ủy ban nhân dân tỉnh Sơn La", "state"),
        ("Bộ CHQS tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "military"),
    ]
    assert [e.label_ for e in doc.ents] == ["ORG", "ORG"]


def test_full_pipeline_sets_doc_facts_and_spans():
    nlp = load_pipeline()
    assert nlp.pipe_names == list(COMPONENTS)
    doc = nlp(TEXT)
    assert doc._.phoihop_facts is not None
    assert [s.text for s in doc.spans["phoihop_persons"]] == ["Phạm Quang Thuận"]
    assert doc.spans["phoihop_persons"][0]._.phoihop_positions == ["Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]
    assert any(s._.phoihop_period == (2020, 2025) for s in doc.spans["phoihop_dates"])
    assert len(list(doc.sents)) >= 4


def test_metadata_from_text_and_evidence_offsets():
    facts = extract_article(Article("qt", TEXT))
    assert facts.province == "Quảng Trị" and facts.published == "2020-06-18"
    (signing,) = facts.signings
    assert signing.parties == ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Hội Nông dân tỉnh Quảng Trị"]
    assert (signing.date, signing.period, signing.document) == ("2020-06-18", (2020, 2025), "215/CTrPH-BCH-HND")
    assert [p.name for p in facts.persons] == ["Phạm Quang Thuận"]  # not the byline
    everything = facts.agencies + facts.documents + facts.signings + facts.persons
    for fact in everything:
        assert fact.evidence
        for ev in fact.evidence:
            assert ev.article == "qt" and TEXT[ev.start : ev.end] == ev.sentence


def test_offsets_point_into_an_nfd_original():
    text = unicodedata.normalize("NFD", TEXT.replace("Bộ Chỉ huy", "Bộ Chỉ huy"))
    facts = extract_article(Article("nfd", text))
    assert facts.signings and facts.persons
    for fact in facts.agencies + facts.persons:
        for ev in fact.evidence:
            assert text[ev.start : ev.end] == ev.sentence


def test_many_articles_stream_in_order_and_empty_text_is_fine():
    arts = [Article("a", TEXT), Article("b", ""), Article("c", "Không có cơ quan nào.", province="Huế")]
    out = list(extract_articles(arts))
    assert [f.id for f in out] == ["a", "b", "c"]
    assert out[1].agencies == [] and out[2].province == "Huế"


def test_a_short_form_defined_in_brackets_is_reused_later():
    nlp = spacy.blank("vi")
    nlp.add_pipe("phoihop_normalizer")
    nlp.add_pipe("phoihop_agencies")
    doc = nlp("Văn phòng Đoàn Đại biểu Quốc hội (ĐĐBQH) tỉnh dự họp. Sau đó ĐĐBQH tỉnh Bình Định phát biểu.")
    assert doc._.phoihop_abbreviations == {"ĐĐBQH": "Đoàn Đại biểu Quốc hội"}
    assert [(s.text, s._.phoihop_canonical) for s in doc.spans["phoihop_agencies"]] == [
        ("Văn phòng Đoàn Đại biểu Quốc hội (ĐĐBQH) tỉnh", "Văn phòng Đoàn Đại biểu Quốc hội tỉnh"),
        ("ĐĐBQH tỉnh Bình Định", "Đoàn Đại biểu Quốc hội tỉnh Bình Định"),
    ]


def test_factories_load_through_entry_points_without_importing_phoihop():
    """``[project.entry-points.spacy_factories]``: spaCy finds every component on its own."""
    import subprocess
    import sys

    script = (
        "import sys, spacy\n"
        "assert not any(m.startswith('phoihop') for m in sys.modules)\n"
        "nlp = spacy.blank('vi')   # spaCy itself loads the entry points\n"
        f"for name in {list(COMPONENTS)!r}:\n"
        "    nlp.add_pipe(name)\n"
        "doc = nlp('Ngày 3/4, Ban Dân vận Huyện ủy Gio Linh ký kết với Công an huyện Gio Linh.')\n"
        "print('|'.join(s._.phoihop_canonical for s in doc.spans['phoihop_agencies']))\n"
        "print(len(doc._.phoihop_facts.signings))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == [
        "Ban",
        "Dân",
        "vận",
        "Huyện",
        "ủy",
        "Gio",
        "Linh|Công",
        "an",
        "huyện",
        "Gio",
        "Linh",
        "1",
    ]


def test_syllable_tokens_by_default_and_the_same_facts_with_word_segmentation():
    syllables, words = load_pipeline(), load_pipeline(word_segmentation=True)
    doc = syllables("Sáng 3/4, Ban Dân vận Tỉnh ủy ký kết với Công an tỉnh.")
    assert [t.text for t in doc][:6] == ["Sáng", "3/4", ",", "Ban", "Dân", "vận"]
    assert [e.text for e in doc.ents] == ["Ban Dân vận Tỉnh ủy", "Công an tỉnh"]
    assert "Dân vận" in [t.text for t in words("Sáng 3/4, Ban Dân vận Tỉnh ủy ký kết với Công an tỉnh.")]
    folder = Path(__file__).parent / "fixtures" / "unseen4" / "articles"
    articles = []
    for path in sorted(folder.glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        articles.append(Article(d["id"], d["text"], d.get("title"), d.get("published"), d.get("province")))
    by_syllables = [f.to_dict() for f in extract_articles(articles, syllables)]
    assert by_syllables == [f.to_dict() for f in extract_articles(articles, words)]
    assert sum(len(f["signings"]) for f in by_syllables) > 10  # (the fixtures sign: the comparison is not empty)
