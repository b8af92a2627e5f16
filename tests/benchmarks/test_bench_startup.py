"""Start-up time: process start to first paint of the main window, next to a bare PySide6 window.

Budget (DESIGN.md): DueWise within 1.5x a bare window started the same way. Run with
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

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, app.quit)

app = QApplication(sys.argv)
window = Window()
window.setCentralWidget(QLabel("bare"))
window.resize(1200, 780)
window.show()
sys.exit(app.exec())
"""

ROUNDS = 15


def _time(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - start


def test_startup_against_bare_window(benchmark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # An installed app runs from cached bytecode; with PYTHONDONTWRITEBYTECODE set (as on the CI
    # machines) an editable install would recompile every module at every start instead.
    compileall.compile_dir(str(Path(duewise.__file__).parent), quiet=1)
    bare = [sys.executable, "-c", BARE_WINDOW]
    app = [sys.executable, "-m", "duewise", "--exit-after-startup", "--data-dir", str(tmp_path)]
    _time(app)  # first run creates the database; not what a returning user waits for
    bare_times: list[float] = []
    app_times: list[float] = []
    for _ in range(ROUNDS):  # interleaved so both see the same machine load
        bare_times.append(_time(bare))
        app_times.append(_time(app))
    benchmark.pedantic(_time, args=(app,), rounds=3, iterations=1)
    bare_median = statistics.median(bare_times)
    app_median = statistics.median(app_times)
    ratio = app_median / bare_median
    print(
        f"\nstartup to first paint (median of {ROUNDS}): "
        f"bare PySide6 window {bare_median * 1000:.0f} ms, "
        f"DueWise {app_median * 1000:.0f} ms, ratio {ratio:.2f} (budget 1.5)"
    )
    benchmark.extra_info.update(
        bare_ms=round(bare_median * 1000), app_ms=round(app_median * 1000), ratio=round(ratio, 2)
    )
