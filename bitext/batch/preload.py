"""Imported once by the batch forkserver: every worker forked from it starts with annotation warm.

The forkserver imports this module before it forks any worker, so the
modules, dictionaries, segmenter and polyphone model are loaded once per run
instead of once per worker (and their pages are shared between workers).
Nothing here starts a thread: forking a threaded process is unsafe.  The MT
model is not loaded here for that reason (CTranslate2 runs threads); each
worker loads its own once.
"""

from __future__ import annotations

import gc

from .work import warm_up

try:
    warm_up(("tei",))
except Exception:  # a failure here must not kill the forkserver: each worker then warms itself
    pass
# The dictionaries and models are millions of long-lived objects: moved out of the collector's reach, a
# worker's garbage collections never walk them (nor copy their pages, which reference counts would not).
gc.freeze()
