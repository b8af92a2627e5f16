"""The one atomic writer and the defensive reader (``storage.files``): a full disk, a refused
rename, a planted link, a killed export, a pipe or /dev/zero chosen as an import."""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest

from duewise.storage import files

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions, links and pipes")


@pytest.fixture
def umask() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".duewise-tmp-"))


def test_writes_bytes_or_a_stream_and_replaces_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    files.write_atomic(target, b"old")
    files.write_atomic(target, lambda stream: stream.write(b"new"))
    assert target.read_bytes() == b"new"
    assert _leftovers(tmp_path) == []


def _full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", no_space)


@pytest.mark.parametrize("how", ["bytes", "stream"])
def test_a_full_disk_keeps_the_old_file_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"the good old file")
    if how == "bytes":
        _full_disk(monkeypatch)
        content: files.Content = b"x" * 1000
    else:

        def content(stream: BinaryIO) -> None:
            stream.write(b"half a file")
            raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(files.FileWriteError) as caught:
        files.write_atomic(target, content)
    assert caught.value.code == "disk_full"
    assert str(caught.value) == "the disk is full (No space left on device); nothing was changed"
    assert target.read_bytes() == b"the good old file"
    assert _leftovers(tmp_path) == []


def test_a_refused_rename_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.csv"
    target.write_bytes(b"good")

    def refuse(src: str, dst: Path) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(files.FileWriteError) as caught:
        files.write_atomic(target, b"new")
    assert caught.value.code == "rename_failed"
    assert target.read_bytes() == b"good"
    assert _leftovers(tmp_path) == []


def test_a_folder_in_the_way_is_reported(tmp_path: Path) -> None:
    (tmp_path / "report.csv").mkdir()
    (tmp_path / "report.csv" / "inside").write_text("x", encoding="utf-8")
    with pytest.raises(files.FileWriteError) as caught:
        files.write_atomic(tmp_path / "report.csv", b"new")
    assert caught.value.code == "is_a_folder"
    assert _leftovers(tmp_path) == []


def test_a_folder_that_cannot_be_made_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_bytes(b"x")
    with pytest.raises(files.FileWriteError) as caught:
        files.write_atomic(tmp_path / "a-file" / "report.csv", b"new")
    assert caught.value.code == "folder_missing"


@POSIX
def test_a_link_planted_at_the_temporary_name_is_never_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    folder = tmp_path / "shared"
    folder.mkdir()
    planted = folder / f"{files.TEMP_PREFIX}report.csv.guessed{files.TEMP_SUFFIX}"
    planted.symlink_to(victim)
    names = iter(["guessed", "fresh"])
    monkeypatch.setattr(tempfile, "_get_candidate_names", lambda: names)
    files.write_atomic(folder / "report.csv", b"data")
    assert victim.read_text(encoding="utf-8") == "precious"
    assert (folder / "report.csv").read_bytes() == b"data"
    assert planted.is_symlink()


@POSIX
def test_a_link_at_the_target_is_replaced_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    (tmp_path / "report.csv").symlink_to(victim)
    files.write_atomic(tmp_path / "report.csv", b"data")
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not (tmp_path / "report.csv").is_symlink()


@POSIX
@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_new_files_follow_the_umask(tmp_path: Path, mask: int, mode: int) -> None:
    old = os.umask(mask)
    try:
        files.write_atomic(tmp_path / "out.ics", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "out.ics").stat().st_mode) == mode


@POSIX
def test_a_replaced_file_keeps_its_permissions(tmp_path: Path, umask: None) -> None:
    target = tmp_path / "shared.csv"
    target.write_bytes(b"old")
    target.chmod(0o640)
    files.write_atomic(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@POSIX
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mounts need root")
def test_a_really_full_disk(tmp_path: Path) -> None:
    """A 64 KiB tmpfs: the write fails for real, the old file stays, nothing is left behind."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], check=False
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        target = mount / "plan.pdf"
        files.write_atomic(target, b"good" * 1000)
        with pytest.raises(files.FileWriteError) as caught:
            files.write_atomic(target, b"x" * 200_000)
        assert caught.value.code == "disk_full"
        assert target.read_bytes() == b"good" * 1000
        assert _leftovers(mount) == []
    finally:
        subprocess.run(["umount", str(mount)], check=True)


# ---- stale temporaries ------------------------------------------------------------------------


@POSIX
def test_stale_temporaries_of_a_killed_export_are_cleaned(tmp_path: Path) -> None:
    now = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
    old = (now - dt.timedelta(hours=1)).timestamp()

    def made(name: str, *, age: float = old) -> Path:
        path = tmp_path / name
        path.write_bytes(b"x" * 100)
        os.utime(path, (age, age))
        return path

    stale = made(f"{files.TEMP_PREFIX}plan.pdf.abc123{files.TEMP_SUFFIX}")
    legacy = made(".worksheet.pdf.tmp")
    running = made(f"{files.TEMP_PREFIX}plan.pdf.def456{files.TEMP_SUFFIX}", age=now.timestamp())
    other = made("notes.part")
    folder = tmp_path / f"{files.TEMP_PREFIX}folder{files.TEMP_SUFFIX}"
    folder.mkdir()
    link = tmp_path / f"{files.TEMP_PREFIX}link{files.TEMP_SUFFIX}"
    link.symlink_to(other)
    removed = files.clean_stale_temporaries([tmp_path, tmp_path / "missing"], now=now)
    assert sorted(removed) == sorted([stale, legacy])
    assert running.exists() and other.exists() and folder.exists() and link.is_symlink()


@POSIX
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown needs root")
def test_another_users_temporaries_are_left_alone(tmp_path: Path) -> None:
    path = tmp_path / f"{files.TEMP_PREFIX}theirs{files.TEMP_SUFFIX}"
    path.write_bytes(b"x")
    os.utime(path, (0, 0))
    os.chown(path, 65534, 65534)
    assert files.clean_stale_temporaries([tmp_path]) == []
    assert path.exists()


def test_a_write_cleans_stale_temporaries_in_its_folder(tmp_path: Path) -> None:
    stale = tmp_path / f"{files.TEMP_PREFIX}plan.pdf.zzz{files.TEMP_SUFFIX}"
    stale.write_bytes(b"x" * 1000)
    os.utime(stale, (0, 0))
    files.write_atomic(tmp_path / "plan.pdf", b"pdf")
    assert not stale.exists()


# ---- reading ----------------------------------------------------------------------------------


def _read_in_thread(path: Path) -> BaseException | bytes:
    """Read ``path`` on a thread; fail instead of hanging when it blocks (a pipe)."""
    done = threading.Event()
    box: list[BaseException | bytes] = []

    def work() -> None:
        try:
            box.append(files.read_regular_file(path, 1000))
        except BaseException as error:  # handed back to the test
            box.append(error)
        done.set()

    threading.Thread(target=work, daemon=True).start()
    if not done.wait(30):
        with open(path, "wb"):  # let a reader blocked on the pipe go
            pass
        done.wait(30)
        pytest.fail(f"reading {path} blocked")
    return box[0]


@POSIX
def test_a_pipe_is_refused_at_once(tmp_path: Path) -> None:
    pipe = tmp_path / "results.json"
    os.mkfifo(pipe)
    error = _read_in_thread(pipe)
    assert isinstance(error, files.FileReadError) and error.code == "not_a_file"


@POSIX
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_is_refused(device: str) -> None:
    error = _read_in_thread(Path(device))
    assert isinstance(error, files.FileReadError) and error.code == "not_a_file"


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(files.FileReadError) as caught:
        files.read_regular_file(tmp_path, 1000)
    assert caught.value.code == "not_a_file"


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(files.FileReadError) as caught:
        files.read_regular_file(tmp_path / "nope.json", 1000)
    assert caught.value.code == "not_found"


def test_the_size_is_checked_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # 50 MB, sparse: costs no disk

    def no_reading(fd: int, size: int) -> bytes:
        raise AssertionError("read before the size was checked")

    monkeypatch.setattr(files.os, "read", no_reading)
    with pytest.raises(files.FileReadError) as caught:
        files.read_regular_file(big, 1024 * 1024)
    assert caught.value.code == "too_large"
    assert caught.value.params == {"size": 50 * 1024 * 1024, "limit": 1024 * 1024}


def test_a_small_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "ok.json"
    path.write_bytes(b"{}")
    assert files.read_regular_file(path, 10) == b"{}"
    shutil.rmtree(tmp_path)
