"""The wheel a user installs is the whole app: build it, install it outside the checkout, run it.

``python -m build`` makes the sdist and then the wheel *from the sdist* (so both carry the course,
the presets and the translations). The wheel goes into a fresh virtual environment in a temporary
folder. To keep this fast and offline, that environment reuses the test environment's installed
packages (Qt, matplotlib, …) instead of downloading them: it is made with
``--system-site-packages`` and a ``.pth`` file that appends the test environment's site-packages
(a venv made from inside a venv sees the *base* interpreter's packages, not the outer venv's), and
the wheel is installed with ``--no-deps --no-index``. The ``.pth`` line is a plain path, so the
test environment's own ``.pth`` files, among them the editable install pointing at ``src/``, are
not processed: only the installed copy of ``duewise`` can be imported, which the first test checks.
Every command runs with its working directory outside the checkout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from duewise.content import loader

CHECKOUT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@dataclass(frozen=True)
class Installed:
    venv: Path
    wheel: Path
    sdist: Path
    cwd: Path
    env: dict[str, str]

    @property
    def python(self) -> Path:
        return self.venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")

    @property
    def duewise(self) -> Path:
        return self.venv / ("Scripts/duewise.exe" if os.name == "nt" else "bin/duewise")

    def run(self, *args: str | Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(a) for a in args],
            cwd=self.cwd,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )


def _check(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, f"{result.args}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    """sdist + wheel built from the checkout, the wheel installed into a fresh venv elsewhere."""
    top = tmp_path_factory.mktemp("wheel-install")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "DUEWISE_LESSONS_DIR", "DUEWISE_ASSETS_DIR", "MPLBACKEND"}
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        DUEWISE_DATA_DIR=str(top / "data"),
        MPLCONFIGDIR=str(top / "mpl"),  # a cache of its own, built from the fonts installed now
        PYTHONDONTWRITEBYTECODE="1",
    )
    dist = top / "dist"
    _check(
        subprocess.run(
            [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(CHECKOUT)],
            capture_output=True,
            text=True,
            timeout=300,
            env=env,
            check=False,
        )
    )
    (wheel,) = dist.glob("duewise-*.whl")
    (sdist,) = dist.glob("duewise-*.tar.gz")
    venv = top / "venv"
    _check(
        subprocess.run(
            [sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    )
    made = Installed(venv, wheel, sdist, top, env)
    site = _check(
        made.run(made.python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])")
    ).stdout.strip()
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(site) / "_duewise_test_environment.pth").write_text("\n".join(sorted(ours)) + "\n")
    _check(
        made.run(
            made.python,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            "--ignore-installed",
            "--no-cache-dir",
            "--disable-pip-version-check",
            wheel,
        )
    )
    yield made


def test_the_installed_copy_is_the_one_that_runs(installed: Installed) -> None:
    script = (
        "import json, duewise, duewise.paths as p;"
        "print(json.dumps([duewise.__file__, str(p.lessons_dir()), str(p.products_dir()),"
        " str(p.catalogue_dir())]))"
    )
    result = _check(installed.run(installed.python, "-c", script))
    module, lessons, products, catalogues = (Path(p) for p in json.loads(result.stdout))
    for path in (module, lessons, products, catalogues):
        assert path.is_relative_to(installed.venv), path
        assert not path.is_relative_to(CHECKOUT), path
    assert (catalogues / "duewise_zh_CN.qm").is_file()
    presets = sorted(p.name for p in products.glob("*.toml"))
    assert presets == sorted(p.name for p in (CHECKOUT / "assets" / "products").glob("*.toml"))
    assert len(presets) >= 7


def test_wheel_and_sdist_carry_the_data_and_not_the_screenshots(installed: Installed) -> None:
    names = zipfile.ZipFile(installed.wheel).namelist()
    # Whole folders: every file the authors keep under lessons/ and assets/ (but the README
    # pictures) is in the wheel under duewise/data/.
    for folder in ("lessons", "assets"):
        for path in sorted((CHECKOUT / folder).rglob("*")):
            relative = path.relative_to(CHECKOUT).as_posix()
            if path.is_file() and not relative.startswith("assets/screenshots/"):
                assert f"duewise/data/{relative}" in names, relative
    assert "duewise/i18n/duewise_zh_CN.qm" in names
    assert "duewise/data/assets/icons/duewise.svg" in names
    assert not [n for n in names if "data/assets/screenshots" in n or "__pycache__" in n]
    with tarfile.open(installed.sdist) as sdist:
        members = {m.name.split("/", 1)[1] for m in sdist.getmembers() if "/" in m.name}
    assert {"lessons/README.md", "assets/products/cn_jd_baitiao.toml", "pyproject.toml"} <= members


def test_lessons_stats_counts_the_shipped_course(installed: Installed) -> None:
    result = _check(installed.run(installed.duewise, "lessons", "stats", "--json"))
    counts = json.loads(result.stdout)
    assert counts == loader.stats(loader.load_pack(CHECKOUT / "lessons").pack)
    assert counts["lessons"] >= 12
    assert counts["languages"] == ["en", "zh"]


def test_calc_late_reads_a_preset(installed: Installed) -> None:
    result = _check(
        installed.run(
            installed.duewise,
            "calc",
            "late",
            "--product",
            "cn_jd_baitiao",
            "--amount",
            "1000",
            "--days-late",
            "30",
            "--json",
        )
    )
    answer = json.loads(result.stdout)
    assert answer["product"] == "cn_jd_baitiao"
    assert answer["currency"] == "CNY"
    assert float(answer["total"]) > 0


def test_the_app_starts(installed: Installed) -> None:
    _check(installed.run(installed.duewise, "--exit-after-startup", "--lang", "zh_CN"))


def test_screenshot_in_chinese_draws_every_glyph(installed: Installed) -> None:
    shots = installed.cwd / "shots"
    result = _check(installed.run(installed.duewise, "--screenshot", shots, "--lang", "zh_CN"))
    assert (shots / "calculator-zh_CN.png").stat().st_size > 10_000
    assert "missing from font" not in result.stderr, result.stderr
    assert "findfont" not in result.stderr, result.stderr


def test_the_data_is_read_from_a_zip(installed: Installed) -> None:
    """A wheel is a zip: imported straight from it (zipimport), the course and the presets are
    extracted once to a temporary folder that is gone when the process ends."""
    script = """
import json, sys
from importlib import resources
from pathlib import Path
import duewise
from duewise import paths
from duewise.content import loader
from duewise.finance import products
assert not isinstance(resources.files("duewise"), Path), resources.files("duewise")
pack = loader.load_pack(paths.lessons_dir())
print(json.dumps({
    "module": duewise.__file__,
    "lessons_dir": str(paths.lessons_dir()),
    "lessons": len(pack.pack.lessons),
    "presets": sorted(products.load_presets()),
    "catalogue": (paths.catalogue_dir() / "duewise_zh_CN.qm").is_file(),
    "icon": paths.icon_file().is_file(),
}))
"""
    env = dict(installed.env, PYTHONPATH=str(installed.wheel))
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=installed.cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    answer = json.loads(_check(result).stdout)
    assert answer["module"].startswith(str(installed.wheel))
    assert answer["lessons"] == len(loader.load_pack(CHECKOUT / "lessons").pack.lessons)
    shipped = sorted(p.stem for p in (CHECKOUT / "assets" / "products").glob("*.toml"))
    assert answer["presets"] == shipped
    assert answer["catalogue"] and answer["icon"]
    assert not Path(answer["lessons_dir"]).exists()  # the extracted copy is removed at exit
