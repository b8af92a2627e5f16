"""First visit of a chart page: the calculator's and the planner's build times, next to the
start-up ratio.

Budget (issue #17): the first visit of a chart page under 0.3 s, with matplotlib warmed in idle
time after the first paint, and start-up still within 1.5x a bare PySide6 window. Each visit is
timed in a fresh process (a first visit happens once per process): after the warm-up has
finished (a learner clicking a moment after start), and without it for comparison. Run with
``make bench``.
"""

from __future__ import annotations

import compileall
import statistics
import subprocess
import sys
from pathlib import Path

from test_bench_startup import (
    BARE_WINDOW,
    DUEWISE,
    _medians,
    _paint_and_exit,
    _time,
    _welcome_answered,
)

import duewise

VISIT = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from duewise.app import build, create_application
from duewise.ui.shell import main_window

page_id, warm = sys.argv[2], sys.argv[3] == "1"
if not warm:
    main_window.MainWindow.warm_up_steps = ()
app = create_application()
context, window = build(app, Path(sys.argv[1]), "en")
window.resize(1280, 820)

def visit():
    start = time.perf_counter()
    window.show_page(page_id)  # built (or switched to) and laid out
    app.processEvents()  # painted: charts drawn or their kept image shown
    app.processEvents()
    print(f"{time.perf_counter() - start:.4f}", flush=True)
    app.quit()

def after_first_paint():
    if warm:
        window.warm_up.finished.connect(lambda: QTimer.singleShot(0, visit))
    else:
        QTimer.singleShot(700, visit)  # the Learn page has loaded, as in the warm case

window.first_painted.connect(after_first_paint)
window.show()
sys.exit(app.exec())
"""

ROUNDS = 5
STARTUP_ROUNDS = 7


def _visit(data: Path, page_id: str, warm: bool) -> float:
    result = subprocess.run(
        [sys.executable, "-c", VISIT, str(data), page_id, "1" if warm else "0"],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return float(result.stdout.strip().splitlines()[-1])


def test_first_visit_of_chart_pages(benchmark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    compileall.compile_dir(str(Path(duewise.__file__).parent), quiet=1)
    data = tmp_path / "data"
    app = [sys.executable, "-c", DUEWISE, str(data)]
    _time(app)  # creates the database
    _welcome_answered(data)  # a returning user, as in the start-up benchmark
    bare = [sys.executable, "-c", BARE_WINDOW]
    bare_runs, app_runs = [], []
    for _ in range(STARTUP_ROUNDS):  # interleaved so both see the same machine load
        bare_runs.append(_paint_and_exit(bare))
        app_runs.append(_paint_and_exit(app))
    ratio = _medians(app_runs)[0] / _medians(bare_runs)[0]  # to the first paint
    times: dict[tuple[str, bool], list[float]] = {}
    for _ in range(ROUNDS):
        for page_id in ("calculator", "planner"):
            for warm in (True, False):
                times.setdefault((page_id, warm), []).append(_visit(data, page_id, warm))
    benchmark.pedantic(_visit, args=(data, "calculator", True), rounds=1, iterations=1)
    median = {key: statistics.median(values) * 1000 for key, values in times.items()}
    print(
        f"\nfirst visit, median of {ROUNDS} fresh processes: calculator "
        f"{median['calculator', True]:.0f} ms (without the warm-up "
        f"{median['calculator', False]:.0f} ms), planner {median['planner', True]:.0f} ms "
        f"(without {median['planner', False]:.0f} ms); start-up ratio to the first paint "
        f"{ratio:.2f} (median of {STARTUP_ROUNDS}, budget 1.5)"
    )
    benchmark.extra_info.update(
        calculator_ms=round(median["calculator", True]),
        planner_ms=round(median["planner", True]),
        calculator_cold_ms=round(median["calculator", False]),
        planner_cold_ms=round(median["planner", False]),
        startup_ratio=round(ratio, 2),
    )
