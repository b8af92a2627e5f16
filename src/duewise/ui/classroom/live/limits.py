"""What a live session accepts and how it tells students apart: limits, join codes, tokens, rates.

No Qt and no networking here, so the rules are easy to read and to test on their own; the server
(:mod:`.server`) enforces them.
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
    max_connections: int = 400
    max_connections_per_client: int = 12
    wrong_codes: int = 5
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

    def fail(self, client: str) -> None:
        """Count a failure."""
        failures = self._recent(client)
        failures.append(self.clock())
        self._failures[client] = failures
        if len(self._failures) > 10_000:
            self._failures.pop(next(iter(self._failures)))
