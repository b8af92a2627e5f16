"""The ``duewise`` command: version, start-up smoke test, screenshots, no-display hint."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import duewise
from duewise import cli


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "duewise", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert duewise.__version__ in capsys.readouterr().out


def test_bad_language_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--lang", "fr"])
    assert exit_info.value.code == 2
    assert "--lang" in capsys.readouterr().err


def test_exit_after_startup(tmp_path: Path) -> None:
    result = _run("--exit-after-startup", "--data-dir", str(tmp_path / "d"), "--lang", "zh_CN")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "d" / "duewise.sqlite3").exists()


def test_screenshot_writes_every_page_in_both_languages(tmp_path: Path) -> None:
    from duewise.ui.shell.main_window import PAGE_IDS

    result = _run("--screenshot", str(tmp_path / "shots"), "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 0, result.stderr
    names = {p.name for p in (tmp_path / "shots").glob("*.png")}
    assert names == {f"{page}-{lang}.png" for page in PAGE_IDS for lang in ("zh_CN", "en")}
    # The user's own data folder is never photographed (or even created).
    assert not (tmp_path / "d").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the hint is for Linux")
def test_no_display_gives_a_hint_not_a_crash(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("QT_QPA_PLATFORM", None)
    result = _run("--data-dir", str(tmp_path), env=env)
    assert result.returncode == 1
    assert "no display" in result.stderr
