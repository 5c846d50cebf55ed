"""The spaCy Doc contract: a Doc from the phoihop pipeline serialises (to_bytes, DocBin, n_process)
and keeps its facts, spans and extension values; the extensions carry the ``phoihop_`` prefix."""

import spacy
from spacy.tokens import Doc, DocBin, Span

from phoihop.extract.assemble import Mentions
from phoihop.extract.pipeline import load_pipeline

TEXTS = [
    "Ban Dân vận Tỉnh ủy ký kết quy chế phối hợp với Công an tỉnh\n\n"
    "Chiều 14/3/2023, Ban Dân vận Tỉnh ủy và Công an tỉnh ký kết Quy chế phối hợp số 07/QCPH-BDVTU-CAT "
    "giai đoạn 2023 - 2027. Đồng chí Lê Văn Minh, Trưởng Ban Dân vận Tỉnh ủy phát biểu.",
    "Ngày 2/6/2021, Hội Cựu chiến binh tỉnh (CCB) ký kết chương trình phối hợp với Bộ Chỉ huy Quân sự tỉnh "
    "thực hiện Đề án 04 về an ninh biên giới.",
    "Sáng 9/10/2024, Đảng ủy xã Tân Mỹ và Đồn Biên phòng Hòa Bình ký kết kết nghĩa.",
]


def _facts(docs):
    return [doc._.phoihop_facts.to_dict() for doc in docs]


def _spans(doc):
    return {key: [(s.start_char, s.end_char, s.label_) for s in group] for key, group in doc.spans.items()}


def test_extensions_carry_the_phoihop_prefix():
    load_pipeline()
    for name in ("canonical", "sector", "symbol", "kind", "positions", "date_value", "period"):
        assert Span.has_extension("phoihop_" + name)
        assert not Span.has_extension(name)
    assert Doc.has_extension("phoihop_abbreviations") and not Doc.has_extension("abbreviations")


def test_to_bytes_roundtrip_keeps_facts_spans_and_mentions():
    nlp = load_pipeline()
    doc = nlp(TEXTS[0])
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert _facts([back]) == _facts([doc])
    assert _spans(back) == _spans(doc)
    orgs = [(s.text, s._.phoihop_canonical) for s in back.spans["phoihop_agencies"]]
    assert ("Công an tỉnh", "Công an tỉnh") in orgs
    (period,) = [s._.phoihop_period for s in back.spans["phoihop_dates"] if s.label_ == "PERIOD"]
    assert tuple(period) == (2023, 2027)  # msgpack gives plain values back as lists
    mentions = back._.phoihop_mentions
    assert isinstance(mentions, Mentions)
    assert [d.symbol for d in mentions.documents] == ["07/QCPH-BDVTU-CAT"]
    assert mentions.persons[0].position_spans == doc._.phoihop_mentions.persons[0].position_spans


def test_docbin_roundtrip_keeps_the_facts():
    nlp = load_pipeline()
    docs = list(nlp.pipe(TEXTS))
    stored = DocBin(store_user_data=True, docs=docs).to_bytes()
    back = list(DocBin().from_bytes(stored).get_docs(nlp.vocab))
    assert _facts(back) == _facts(docs)
    assert back[1]._.phoihop_abbreviations == docs[1]._.phoihop_abbreviations
    assert "CCB" in back[1]._.phoihop_abbreviations


def test_two_processes_give_the_facts_of_one():
    nlp = load_pipeline()
    one = _facts(nlp.pipe(TEXTS))
    two = _facts(nlp.pipe(TEXTS, n_process=2, batch_size=1))
    assert two == one
    assert any(f["signings"] for f in two)


def test_a_doc_of_a_partial_pipeline_serialises_too():
    nlp = spacy.blank("vi")
    nlp.add_pipe("phoihop_documents")
    doc = nlp("Theo Kế hoạch số 42/KH-UBND của tỉnh.")
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [s._.phoihop_symbol for s in back.spans["phoihop_documents"]] == ["42/KH-UBND"]
