"""Exploring the graph: the cooperation network, its measures and the map.

Holds the network projection (``network``), analytics on it
(``analytics``), the offline HTML map (``viz``, its template in
``assets/``), the headless-browser helpers that check the map
(``browser``) and the ``network`` and ``viz`` subcommands (``commands``).

May import: ``phoihop.graph.store`` and the graph model, core. Never
``phoihop.graph.serve``, ``phoihop.extract`` or ``phoihop.batch``.
"""
