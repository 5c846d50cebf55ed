"""Imported once by the multiprocessing fork server before it forks ``extract`` workers.

Loading the pipeline here means every worker forked from the server starts
with it already in memory (``load_pipeline`` is cached per process), instead
of each worker paying for the load again. Workers still load it themselves
when this did not happen (spawn, or a fork server started earlier), so a
failure here is only a lost speed-up: it is left to the workers to report.
"""

try:
    from phoihop.extract.pipeline import load_pipeline

    load_pipeline()
except Exception:
    pass
