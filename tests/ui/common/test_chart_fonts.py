"""Chinese in charts: a stale matplotlib font list is completed; no Chinese font at all is told."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from matplotlib import font_manager

from duewise.ui.common.charts import fonts

CJK_FILES = fonts.fontconfig_files()
needs_cjk_font = pytest.mark.skipif(
    not CJK_FILES, reason="needs fontconfig and a Chinese font (.ci/system-deps.sh installs them)"
)

# Writes a font list without any Chinese font into $MPLCONFIGDIR: what a machine has whose
# matplotlib cache was built before fonts-noto-cjk was installed.
STALE_CACHE = """
from matplotlib import font_manager
from duewise.ui.common.charts import fonts
cjk = set(fonts.fontconfig_files())
font_manager.fontManager.ttflist = [
    e for e in font_manager.fontManager.ttflist if e.fname not in cjk]
font_manager.json_dump(font_manager.fontManager, fonts.cache_file())
"""

# Draws the calculator's balance chart with Chinese labels on the app's own canvas, with every
# warning an error (a missing glyph is a UserWarning).
CHINESE_CHART = """
import json, sys, warnings
warnings.simplefilter("error")
from matplotlib import font_manager
from duewise.ui.common.charts import fonts
known = {e.name for e in font_manager.fontManager.ttflist}
before = sorted(known & set(fonts.preferred_families()))
from PySide6.QtWidgets import QApplication
app = QApplication([])
from duewise.ui.common.charts.base import ChartCanvas
chart = ChartCanvas()
axes = chart.figure.add_subplot()
axes.plot([0, 1, 2], [3, 2, 1], label="按时还款")
axes.set_title("逾期还款的代价：罚息与违约金")
axes.set_xlabel("月份")
axes.legend()
chart.figure.savefig(sys.argv[1], dpi=80)
used = font_manager.findfont(font_manager.FontProperties(family=fonts.chart_families()[1:]))
print(json.dumps({"before": before, "families": fonts.chart_families(), "used": used,
                  "added": list(fonts._check.added)}))
"""


def _python(code: str, *args: str, mplconfig: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, MPLCONFIGDIR=str(mplconfig), QT_QPA_PLATFORM="offscreen")
    env.pop("MPLBACKEND", None)
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@needs_cjk_font
def test_a_stale_font_list_is_completed_and_a_chinese_chart_draws_every_glyph(
    tmp_path: Path,
) -> None:
    mplconfig = tmp_path / "mpl"
    made = _python(STALE_CACHE, mplconfig=mplconfig)
    assert made.returncode == 0, made.stderr

    first = _python(CHINESE_CHART, str(tmp_path / "first.png"), mplconfig=mplconfig)
    assert first.returncode == 0, first.stderr
    assert "missing from font" not in first.stderr
    assert "findfont" not in first.stderr
    report = json.loads(first.stdout)
    assert report["before"] == []  # the cache really lacked every Chinese font
    assert report["added"]  # ... and the files fontconfig knows were added
    assert report["used"] in CJK_FILES  # the Chinese text was drawn with one of them
    assert (tmp_path / "first.png").stat().st_size > 5_000

    # Once: the completed list was saved, so the next start finds the font in the cache.
    second = _python(CHINESE_CHART, str(tmp_path / "second.png"), mplconfig=mplconfig)
    assert second.returncode == 0, second.stderr
    again = json.loads(second.stdout)
    assert again["before"] and again["added"] == []
    assert again["families"] == report["families"]


def _manager_without_chinese() -> font_manager.FontManager:
    manager = copy.copy(font_manager.fontManager)
    cjk = set(fonts.preferred_families())
    manager.ttflist = [
        e
        for e in font_manager.fontManager.ttflist
        if e.name not in cjk and e.fname not in CJK_FILES
    ]
    return manager


@needs_cjk_font
def test_the_files_fontconfig_knows_are_added_and_saved(tmp_path: Path) -> None:
    manager = _manager_without_chinese()
    check = fonts.ensure_cjk_font(
        manager, system_files=fonts.system_cjk_files, cache=tmp_path / "fontlist.json"
    )
    assert check.families[0] in fonts.preferred_families()
    assert set(check.added) <= set(CJK_FILES)
    assert check.cache_written
    saved = font_manager.json_load(tmp_path / "fontlist.json")
    assert check.families[0] in {e.name for e in saved.ttflist}


def test_no_chinese_font_at_all_is_reported_with_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    manager = _manager_without_chinese()
    check = fonts.ensure_cjk_font(manager, system_files=list, rescan=list, cache=None)
    assert check == fonts.FontCheck(())

    fonts.reset_for_tests()
    monkeypatch.setattr(fonts, "ensure_cjk_font", lambda: check)
    heard: list[fonts.InstallHint] = []
    fonts.on_missing_font(heard.append)
    try:
        # Only families matplotlib knows are listed (an unknown one floods the log).
        assert fonts.chart_families() == ["DejaVu Sans"]
        assert fonts.chart_families() == ["DejaVu Sans"]
        assert heard == [fonts.install_hint()]  # told once
        late: list[fonts.InstallHint] = []
        fonts.on_missing_font(late.append)  # a window built after the search hears it too
        assert late == heard
    finally:
        fonts.reset_for_tests()


def test_a_font_file_whose_entry_is_stale_does_not_count(tmp_path: Path) -> None:
    manager = _manager_without_chinese()
    gone = font_manager.FontEntry(fname=str(tmp_path / "removed.ttc"), name="Noto Sans CJK SC")
    manager.ttflist = [*manager.ttflist, gone]
    check = fonts.ensure_cjk_font(manager, system_files=list, rescan=list, cache=None)
    assert check.families == ()


def test_install_hints_name_each_systems_font(tmp_path: Path) -> None:
    release = tmp_path / "os-release"
    release.write_text('NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n', encoding="utf-8")
    assert fonts.install_hint("linux", release).how == "sudo apt-get install fonts-noto-cjk"
    release.write_text("ID=fedora\n", encoding="utf-8")
    assert "google-noto-sans-cjk-fonts" in fonts.install_hint("linux", release).how
    assert "fonts-noto-cjk" in fonts.install_hint("linux", tmp_path / "none").how
    assert fonts.install_hint("win32").what == "Microsoft YaHei"
    assert fonts.install_hint("darwin").what == "PingFang SC"
    assert fonts.preferred_families("win32")[:3] == ("Microsoft YaHei", "DengXian", "SimHei")
    assert fonts.preferred_families("darwin")[:2] == ("PingFang SC", "Hiragino Sans GB")
