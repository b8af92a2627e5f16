"""Resident memory after visiting every page (DESIGN.md budget: ≤ 250 MB).

A fresh process builds the app, shows each page in turn (lessons, quizzes, calculator with its
charts, planner with its plan, classroom, settings) in both languages, and reports its resident
set size (``VmRSS``) and its peak (``VmHWM``). Run with ``make bench``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

VISIT_EVERY_PAGE = """
import json, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from PySide6.QtWidgets import QApplication
from duewise.app import build
from duewise.ui.shell.main_window import PAGE_IDS

app = QApplication(sys.argv)
context, window = build(app, Path(sys.argv[1]), "en")
window.resize(1280, 820)
window.show()
for language in ("zh_CN", "en"):
    context.set_language(language, remember=False)
    for page_id in PAGE_IDS:
        page = window.show_page(page_id)
        loaded = getattr(page, "ensure_loaded", None)
        if callable(loaded):
            loaded()
        for _ in range(20):
            app.processEvents()
            time.sleep(0.01)
status = dict(
    line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line
)
print(json.dumps({k: int(status[k].split()[0]) // 1024 for k in ("VmRSS", "VmHWM")}))
"""

BUDGET_MB = 250


def _measure(data_dir: Path) -> dict[str, int]:
    out = subprocess.run(
        [sys.executable, "-c", VISIT_EVERY_PAGE, str(data_dir)],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_memory_after_visiting_every_page(benchmark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    results: list[dict[str, int]] = []
    benchmark.pedantic(lambda: results.append(_measure(tmp_path)), rounds=3, iterations=1)
    rss = max(r["VmRSS"] for r in results)
    peak = max(r["VmHWM"] for r in results)
    print(
        f"\nresident memory after visiting every page in both languages: {rss} MB "
        f"(peak {peak} MB; budget {BUDGET_MB} MB)"
    )
