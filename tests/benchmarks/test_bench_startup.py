"""Start-up time: process start to first paint of the main window, next to a bare PySide6 window.

Budget (DESIGN.md): DueWise within 1.5x a bare window started the same way, "start to a usable
main window". Each process prints the wall-clock time of its first paint; the parent took the time
just before starting it. The time to the process's exit is printed too: it adds Python's
teardown and the work done after the first paint, which nobody waits for at start-up. Run with
``make bench`` (or ``pytest tests/benchmarks --benchmark-enable --benchmark-only -s``).
"""

from __future__ import annotations

import compileall
import statistics
import subprocess
import sys
import time
from pathlib import Path

import duewise
import first_paint

#: Each prints the wall-clock time of its first paint from its paint event.
BARE_WINDOW = first_paint.bare_window(
    """
    print(time.time(), flush=True)
    QTimer.singleShot(0, app.quit)
    """,
    "import time\n",
)
DUEWISE = first_paint.duewise("print(time.time(), flush=True)", "import time\n")

ROUNDS = 15


def _time(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - start


def _paint_and_exit(args: list[str]) -> tuple[float, float]:
    """Seconds from starting ``args`` to its first paint, and to its exit."""
    start = time.time()
    done = subprocess.run(args, check=True, capture_output=True, text=True, timeout=120)
    end = time.time()
    return float(done.stdout.split()[0]) - start, end - start


def _welcome_answered(data_dir: Path) -> None:
    from duewise.storage import db, settings

    database, _ = db.open_database(data_dir)
    try:
        settings.write(database, settings.WELCOME, "done")
    finally:
        database.close()


def _medians(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(p for p, _ in runs), statistics.median(e for _, e in runs)


def test_startup_against_bare_window(benchmark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # An installed app runs from cached bytecode; with PYTHONDONTWRITEBYTECODE set (as on the CI
    # machines) an editable install would recompile every module at every start instead.
    compileall.compile_dir(str(Path(duewise.__file__).parent), quiet=1)
    bare = [sys.executable, "-c", BARE_WINDOW]
    app = [sys.executable, "-c", DUEWISE, str(tmp_path)]
    _time(app)  # first run creates the database; not what a returning user waits for
    _welcome_answered(tmp_path)  # a returning user has closed the first-start welcome once
    bare_runs: list[tuple[float, float]] = []
    app_runs: list[tuple[float, float]] = []
    for _ in range(ROUNDS):  # interleaved so both see the same machine load
        bare_runs.append(_paint_and_exit(bare))
        app_runs.append(_paint_and_exit(app))
    benchmark.pedantic(_time, args=(app,), rounds=3, iterations=1)
    bare_paint, bare_exit = _medians(bare_runs)
    app_paint, app_exit = _medians(app_runs)
    ratio = app_paint / bare_paint
    print(
        f"\nstartup to first paint (median of {ROUNDS}): "
        f"bare PySide6 window {bare_paint * 1000:.0f} ms, "
        f"DueWise {app_paint * 1000:.0f} ms, ratio {ratio:.2f} (budget 1.5); "
        f"to the process's exit: {bare_exit * 1000:.0f} ms and {app_exit * 1000:.0f} ms, "
        f"ratio {app_exit / bare_exit:.2f}"
    )
    benchmark.extra_info.update(
        bare_ms=round(bare_paint * 1000),
        app_ms=round(app_paint * 1000),
        ratio=round(ratio, 2),
        bare_exit_ms=round(bare_exit * 1000),
        app_exit_ms=round(app_exit * 1000),
    )


REOPEN_CHART_PAGE = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from duewise.app import build, create_application

app = create_application()
context, window = build(app, Path(sys.argv[1]), None)
window.restore_state()
window.first_painted.connect(lambda: print("window", flush=True))
window.page_changed.connect(lambda page_id: QTimer.singleShot(0, app.quit))
window.show()
sys.exit(app.exec())
"""


def test_startup_with_a_chart_page_last_used(benchmark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A returning user whose last page was the calculator: the window is painted first (the
    page says it is opening), then the page is built (matplotlib, first draws)."""
    compileall.compile_dir(str(Path(duewise.__file__).parent), quiet=1)
    data = tmp_path / "data"
    first = [sys.executable, "-m", "duewise", "--exit-after-startup", "--data-dir", str(data)]
    _time(first)
    from duewise.storage import db as storage_db

    _welcome_answered(data)
    database, _ = storage_db.open_database(data)
    database.set_setting("last_page", "calculator")
    database.close()
    to_window = [_time(first) for _ in range(7)]
    to_page = [_time([sys.executable, "-c", REOPEN_CHART_PAGE, str(data)]) for _ in range(7)]
    benchmark.pedantic(_time, args=(first,), rounds=1, iterations=1)
    print(
        f"\nstartup with the calculator as the last page (median of 7): window painted "
        f"{statistics.median(to_window) * 1000:.0f} ms, calculator built "
        f"{statistics.median(to_page) * 1000:.0f} ms"
    )
