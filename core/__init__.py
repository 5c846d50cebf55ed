"""phoihop: a knowledge graph of cooperation between Vietnamese Party, State,
armed-forces and Fatherland Front bodies, read from news articles.

Stages (each a subpackage):

- ``phoihop.extract``: articles -> facts (a spaCy pipeline for Vietnamese);
- ``phoihop.graph``: facts -> RDF in a store, queries, network, serving;
- ``phoihop.ontology``: the Turtle ontology and SHACL shapes.
"""

__version__ = "0.1.0"
