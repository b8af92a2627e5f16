"""What a live session accepts and how it tells students apart: limits, join codes, tokens, rates.

No Qt and no networking here, so the rules are easy to read and to test on their own; the server
(:mod:`.server`) enforces them.

A classroom often reaches the teacher's laptop through one address: guest Wi-Fi behind NAT gives
every phone the router's address. So nothing that a whole class does together is limited per
address below what a full class needs:

- **Connections** (WebSockets and waiting long polls): :data:`duewise.learning.live.MAX_STUDENTS`
  (200) from one address, ``2 × MAX_STUDENTS`` (400) in all. One student (one token) holds at
  most :attr:`Limits.max_connections_per_student` (3); a newer one replaces the oldest, so a
  phone that slept and woke up is never refused, and one device cannot hold the room's share.
  A WebSocket that names no valid token within 10 s is closed.
- **Wrong join codes** are counted per *page*: every student page makes a random id when it
  loads and sends it (``X-Live-Client``) with the code. A page may try 5 wrong codes per 60 s,
  then waits (429 with ``Retry-After``); its right code clears its own count. All pages behind
  one address together may try ``MAX_STUDENTS // 2`` (100) wrong codes per 60 s, enough for a
  full room's slips and far too few to guess a 6-digit code (1 in 10 000 per minute). A client
  that sends no page id counts by its address alone (5 per 60 s), as before.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from duewise.learning import live


@dataclass(frozen=True, slots=True)
class Limits:
    """What the server accepts (see the module docstring)."""

    max_body: int = 4096
    max_line: int = 4096
    max_ws_message: int = 1024
    max_connections: int = 2 * live.MAX_STUDENTS
    max_connections_per_client: int = live.MAX_STUDENTS  # per address: a class behind one NAT
    max_connections_per_student: int = 3  # per token; the newest replaces the oldest
    wrong_codes: int = 5  # per page (its X-Live-Client id), else per address
    wrong_codes_per_address: int = live.MAX_STUDENTS // 2
    wrong_code_window_s: float = 60.0
    long_poll_s: float = 25.0
    hello_timeout_s: float = 10.0


def hash_token(token: str) -> str:
    """What is stored of a token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_code() -> str:
    """A random 6-digit join code."""
    return "".join(secrets.choice("0123456789") for _ in range(live.CODE_LENGTH))


class RateLimiter:
    """At most ``count`` failures per ``window`` seconds per client; remembers 10 000 clients."""

    def __init__(self, count: int, window: float, clock: Callable[[], float] = time.monotonic):
        self.count = count
        self.window = window
        self.clock = clock
        self._failures: dict[str, deque[float]] = {}

    def _recent(self, client: str) -> deque[float]:
        failures = self._failures.get(client, deque())
        cutoff = self.clock() - self.window
        while failures and failures[0] <= cutoff:
            failures.popleft()
        return failures

    def retry_after(self, client: str) -> float:
        """Seconds until ``client`` may try again (0: now)."""
        failures = self._recent(client)
        if len(failures) < self.count:
            return 0.0
        return max(0.0, failures[0] + self.window - self.clock())

    def forget(self, client: str) -> None:
        """Drop a client's failures (it gave the right code)."""
        self._failures.pop(client, None)

    def fail(self, client: str) -> None:
        """Count a failure."""
        failures = self._recent(client)
        failures.append(self.clock())
        self._failures[client] = failures
        if len(self._failures) > 10_000:
            self._failures.pop(next(iter(self._failures)))
