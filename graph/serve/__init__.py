"""``phoihop serve``: a store as a SPARQL 1.1 endpoint with a query page.

Holds the HTTP front (``front``), the Oxigraph server processes behind it
(``backend``), the pages and their static files (``pages``, ``assets/``)
and the subcommand (``commands``). See docs/serve.md.

May import: ``phoihop.graph.store`` and the graph model (``queries``), core.
Never ``phoihop.graph.explore``, ``phoihop.extract`` or ``phoihop.batch``.
"""
