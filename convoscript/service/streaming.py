"""A blocking iterator streamed from one thread of its own: a store's export cursor may only be
used from the thread that opened it (SQLite's is), while Starlette's `iterate_in_threadpool`
would resume the iterator on any pool thread. A bounded queue keeps memory constant and stops
the producer when the client goes away."""

from __future__ import annotations

import queue
import threading
from collections.abc import AsyncIterator, Callable, Iterator

from starlette.concurrency import run_in_threadpool

_DONE = object()
_QUEUE_SIZE = 16


async def pumped(make: Callable[[], Iterator[str]]) -> AsyncIterator[str]:
    """The pieces `make()` yields, produced on one thread started for this stream."""
    pieces: queue.Queue = queue.Queue(_QUEUE_SIZE)
    stop = threading.Event()

    def produce() -> None:
        try:
            for piece in make():
                while not stop.is_set():
                    try:
                        pieces.put(piece, timeout=0.5)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            pieces.put(_DONE)
        except BaseException as exc:  # handed to the response, which ends the stream
            pieces.put(exc)

    threading.Thread(target=produce, name="convoscript-export", daemon=True).start()
    try:
        while True:
            piece = await run_in_threadpool(pieces.get)
            if piece is _DONE:
                return
            if isinstance(piece, BaseException):
                raise piece
            yield piece
    finally:
        stop.set()
