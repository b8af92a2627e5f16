"""Standard output for the command-line tools when the reader stops reading (``| head``)."""

from __future__ import annotations

import os
import sys


def silence_stdout() -> None:
    """Point standard output at the null device, so that the interpreter's own flush at exit
    stays quiet after a ``BrokenPipeError`` (the reader closed the pipe: not an error of ours)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    finally:
        os.close(devnull)
