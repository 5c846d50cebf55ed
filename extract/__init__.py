"""The language pipeline: one :class:`~phoihop.extract.article.Article` in, its facts out.

Holds the spaCy components (``factories``), the rules they run (normalize,
sentences, abbreviations, agencies, persons, dates, documents, relations,
assemble, metadata) and their lexicons (``data/``); ``pipeline`` is the
entry point (``load_pipeline``, ``extract_article``).

May import: ``phoihop`` core (``phoihop.facts``, ``phoihop.text``), spaCy
and pyvi. Never ``phoihop.batch``, ``phoihop.graph`` or ``phoihop.cli``
(``[tool.importlinter]`` in pyproject.toml; ``tests/test_import_contracts.py``).
"""
