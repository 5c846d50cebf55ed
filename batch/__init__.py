"""The pipeline over a corpus: reading input files, running batches, scaling out.

Holds the readers (``readers``, ``pages``: HTML pages, shared with ``collect``), the batch runner
(``runner``, ``worker_preload``), resumable runs (``resume``), sharding
(``sharding``), Dask (``distributed``), the three combined for the
commands (``scaled``) and the ``extract`` and ``build`` subcommands
(``commands``), the one place where extraction and loading meet.

May import: ``phoihop.extract``, ``phoihop.graph`` (``build`` loads into a
store) and core. Never ``phoihop.cli``; nothing below it imports it.
"""
