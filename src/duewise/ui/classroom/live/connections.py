"""Who is connected to the live-quiz server: long-lived connections counted against the limits,
and each student's open WebSockets and waiting long polls (no Qt; used on the server's thread).

- :meth:`Connections.slot` counts a WebSocket or a waiting long poll per client address and in
  all (:class:`.limits.Limits`: ``max_connections_per_client``, ``max_connections``).
- Per student, at most ``max_connections_per_student`` are kept, oldest first: a newer one
  replaces the oldest (a long poll then answers at once, a WebSocket closes with **4409**), so a
  phone that woke up is never refused and one token cannot hold the room's share.
- A waiting long poll is a future: it is set to ``False`` when something changed and to
  ``True`` when a newer poll of the same student replaced it.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from typing import Any

from aiohttp import web

from duewise.ui.classroom.live.limits import Limits

REPLACED = 4409  # WebSocket close code: a newer connection of the same student took its place


class Connections:
    """The server's open connections (see the module docstring)."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        # Per student, oldest first (dicts as ordered sets).
        self.sockets: dict[str, dict[web.WebSocketResponse, None]] = {}
        self.waiters: dict[str, dict[asyncio.Future[bool], None]] = {}
        self._open = 0
        self._by_address: dict[str, int] = {}
        self._tasks: set[asyncio.Future[None]] = set()

    @contextlib.contextmanager
    def slot(self, address: str) -> Iterator[bool]:
        """Count a long-lived connection from ``address``; yields whether the limits allow it."""
        mine = self._by_address.get(address, 0)
        if self._open >= self.limits.max_connections or (
            mine >= self.limits.max_connections_per_client
        ):
            yield False
            return
        self._open += 1
        self._by_address[address] = mine + 1
        try:
            yield True
        finally:
            self._open -= 1
            left = self._by_address.get(address, 1) - 1
            if left > 0:
                self._by_address[address] = left
            else:
                self._by_address.pop(address, None)

    def students(self) -> set[str]:
        """Every student with an open WebSocket or a waiting long poll."""
        return {*self.sockets, *self.waiters}

    def sockets_of(self, student_id: str) -> list[web.WebSocketResponse]:
        """One student's open WebSockets."""
        return list(self.sockets.get(student_id, ()))

    def add(self, table: dict[str, dict[Any, None]], student_id: str, item: Any) -> None:
        """Keep one of a student's connections (``table``: :attr:`sockets` or :attr:`waiters`),
        replacing the oldest beyond the per-student limit."""
        mine = table.setdefault(student_id, {})
        while len(mine) >= self.limits.max_connections_per_student:
            oldest = next(iter(mine))
            del mine[oldest]
            if isinstance(oldest, web.WebSocketResponse):
                task = asyncio.ensure_future(oldest.close(code=REPLACED, message=b"replaced"))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
            elif not oldest.done():
                oldest.set_result(True)
        mine[item] = None

    @staticmethod
    def remove(table: dict[str, dict[Any, None]], student_id: str, item: Any) -> None:
        """Forget a connection that ended."""
        mine = table.get(student_id)
        if mine is not None:
            mine.pop(item, None)
            if not mine:
                table.pop(student_id, None)

    def wake(self, student_id: str) -> None:
        """Answer a student's waiting long polls (something changed)."""
        for waiter in list(self.waiters.get(student_id, ())):
            if not waiter.done():
                waiter.set_result(False)

    async def close_all(self) -> None:
        """Answer every long poll and close every WebSocket (the server stops)."""
        for student_id in list(self.waiters):
            self.wake(student_id)
        for sockets in list(self.sockets.values()):
            for ws in list(sockets):
                with contextlib.suppress(Exception):
                    await ws.close(code=1001, message=b"session over")
