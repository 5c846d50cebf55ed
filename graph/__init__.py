"""Facts as RDF: the graph model, and below it what is done with the graph.

This package's own modules are the model: IRIs (``iris``), facts -> RDF
(``rdf_mapping``), the research-query library (``queries`` and its
``.rq`` files), SHACL validation (``validate``); ``commands`` holds the
``load``/``delete``/``export``/``query``/``validate`` subcommands.
Subpackages: ``store`` (where the graph is kept), ``serve`` (the SPARQL
endpoint) and ``explore`` (network, analytics, map).

Layers (``[tool.importlinter]`` in pyproject.toml): the model imports only
core and ``phoihop.ontology``; ``store`` may import the model; ``serve``,
``explore`` and ``commands`` may import ``store`` and the model, not each
other. Nothing here imports ``phoihop.extract`` or ``phoihop.batch``.
"""
