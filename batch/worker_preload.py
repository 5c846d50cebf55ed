"""Imported once by the multiprocessing fork server before it forks ``extract`` workers.

Loading the pipeline here means every worker forked from the server starts
with it already in memory (``load_pipeline`` is cached per process), instead
of each worker paying for the load again. Workers still load it themselves
when this did not happen (spawn, or a fork server started earlier), so a
failure here is only a lost speed-up: it is left to the workers to report.
"""

import gc

try:
    from phoihop.extract.pipeline import load_pipeline

    load_pipeline()
    # What the load left (~90,000 objects the collector tracks) is moved out of the collector's reach before any
    # worker is forked: otherwise each worker's first full collection walks it again (~60 ms) and writes to the
    # headers of its objects, which copies the pages that hold them into every worker (the gc module's advice
    # for processes that fork without exec).
    gc.collect()
    gc.freeze()
except Exception:
    pass
