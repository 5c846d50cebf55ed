"""phoihop: a knowledge graph of cooperation between Vietnamese Party, State,
armed-forces and Fatherland Front bodies, read from news articles.

Stages (each a subpackage):

- ``phoihop.extract``: article -> facts (a spaCy pipeline for Vietnamese);
- ``phoihop.batch``: the pipeline over a corpus (readers, runner, resume, sharding, Dask);
- ``phoihop.graph``: facts -> RDF, queries, validation; ``.store``, ``.serve``, ``.explore``;
- ``phoihop.ontology``: the Turtle ontology and SHACL shapes;
- ``phoihop.cli``: the ``phoihop`` command, which joins the stages' subcommands.
"""

__version__ = "0.1.0"
