"""The ontology and shapes files: they parse, every term has Vietnamese and English labels, and the
graph builder uses only terms the ontology declares (and the MODEL.md contract names)."""

from __future__ import annotations

import re

import rdflib
from _graph_helpers import fixture_facts
from rdflib import OWL, RDF, RDFS

from phoihop.graph.rdf_mapping import article_quads
from phoihop.ontology import HERE, ONTOLOGY_PATH, SHAPES_PATH

TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


def _ontology():
    return rdflib.Graph().parse(ONTOLOGY_PATH, format="turtle")


def test_every_class_and_property_has_vi_and_en_labels():
    g = _ontology()
    terms = {s for t in TERM_TYPES for s in g.subjects(RDF.type, t)}
    assert len(terms) > 40
    for term in terms:
        langs = {label.language for label in g.objects(term, RDFS.label)}
        assert {"vi", "en"} <= langs, f"{term} lacks a label in { ({'vi', 'en'} - langs) }"


def test_the_builder_writes_only_declared_terms():
    g = _ontology()
    declared = {s for t in TERM_TYPES for s in g.subjects(RDF.type, t)}
    used_predicates, used_classes = set(), set()
    for facts in fixture_facts():
        for q in article_quads(facts):
            used_predicates.add(rdflib.URIRef(q.predicate.value))
            if q.predicate.value == str(RDF.type):
                used_classes.add(rdflib.URIRef(q.object.value))
    used_predicates.discard(RDF.type)
    assert used_predicates <= declared, used_predicates - declared
    assert used_classes <= declared, used_classes - declared


def test_model_contract_terms_are_declared():
    model = (HERE / "MODEL.md").read_text(encoding="utf-8")
    g = _ontology()
    declared = {str(s) for t in TERM_TYPES for s in g.subjects(RDF.type, t)}
    own = set(re.findall(r"\bph:([A-Za-z]+)", model))
    assert own, "MODEL.md names ph: terms"
    missing = {f"ph:{t}" for t in own if f"https://w3id.org/phoihop/ontology#{t}" not in declared}
    assert not missing


def test_shapes_parse_and_cover_every_class_the_builder_writes():
    shapes = rdflib.Graph().parse(SHAPES_PATH, format="turtle")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    targeted = set(shapes.objects(None, sh.targetClass))
    written = set()
    for facts in fixture_facts():
        for q in article_quads(facts):
            if q.predicate.value == str(RDF.type):
                written.add(rdflib.URIRef(q.object.value))
    # every kind of node the builder writes has a shape (through one of its types)
    nodes_types = {
        "Agency",
        "Sector",
        "DocumentKind",
        "Province",
        "Document",
        "CooperationProgramme",
        "Signing",
        "Period",
        "Evidence",
    }
    for local in nodes_types:
        assert rdflib.URIRef("https://w3id.org/phoihop/ontology#" + local) in targeted
    for iri in (
        "http://xmlns.com/foaf/0.1/Person",
        "http://www.w3.org/ns/org#Membership",
        "https://schema.org/NewsArticle",
        "http://www.w3.org/2006/time#Instant",
        "http://www.w3.org/ns/oa#SpecificResource",
    ):
        assert rdflib.URIRef(iri) in targeted and rdflib.URIRef(iri) in written
