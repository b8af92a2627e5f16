"""PDF jobs run on worker threads while the GUI thread keeps working, and report back."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


def test_many_pdf_jobs_on_workers_while_the_gui_draws(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from duewise.reports import pdf
    from duewise.ui.common import jobs
    from duewise.ui.common.charts.base import ChartCanvas

    chart = ChartCanvas()
    qtbot.addWidget(chart)
    axes = chart.figure.add_subplot()
    (line,) = axes.plot([0, 1, 2], [0, 1, 4])
    axes.set_title("逾期三个月的代价")
    chart.show()
    images = jobs.decode_images({"chart": chart.png_bytes(dpi=80)})
    done: list[object] = []
    failed: list[str] = []
    started = []
    for i in range(12):
        body = f"<h1>第 {i} 份 · copy {i}</h1><p>按时还款</p><img src='chart'>"
        started.append(
            jobs.start(
                tmp_path / f"{i}.pdf",
                lambda target, body=body: pdf.write_pdf(target, body, title="t", images=images),
                done.append,
                failed.append,
            )
        )
    # Meanwhile the GUI thread draws (the jobs must not need it, nor block it).
    for step in range(30):
        line.set_ydata([0, step % 5, 4])
        chart.canvas.draw()
        qtbot.wait(5)
    qtbot.waitUntil(lambda: len(done) + len(failed) == 12, timeout=60_000)
    assert failed == []
    assert sorted(Path(str(p)).name for p in done) == sorted(f"{i}.pdf" for i in range(12))
    text = " ".join(PdfReader(tmp_path / "7.pdf").pages[0].extract_text().split())
    assert "第 7 份" in text and "copy 7" in text and "按时还款" in text


def test_a_failing_job_reports_why(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from duewise.ui.common import jobs

    def work(target: Path) -> None:
        raise PermissionError(13, "Permission denied", str(target))

    failed: list[str] = []
    job = jobs.start(tmp_path / "x.pdf", work, lambda _p: None, failed.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=10_000)
    assert failed == [  # the catalogue's words, not the system's English "Permission denied"
        "You may not write in this folder. Nothing was changed: a file that was there is as it was."
    ]
    del job


def test_a_failed_job_reports_its_reason_in_the_catalogues_words(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A PDF export that fails on the worker (a full disk) is worded by ``errors.describe``,
    never the system's English ``strerror``."""
    import errno

    from duewise.storage import files
    from duewise.ui.common import jobs

    def full_disk(target: Path) -> None:
        raise files.FileWriteError("disk_full", target, "No space left on device", errno.ENOSPC)

    def crash(target: Path) -> None:
        raise RuntimeError("internal detail")

    failed: list[str] = []
    kept = [
        jobs.start(tmp_path / "a.pdf", full_disk, lambda _p: None, failed.append),
        jobs.start(tmp_path / "b.pdf", crash, lambda _p: None, failed.append),
    ]
    qtbot.waitUntil(lambda: len(failed) == 2, timeout=20_000)
    assert kept
    assert "The disk is full. Nothing was changed: a file that was there is as it was." in failed
    assert "An unexpected problem stopped this (RuntimeError). Nothing was changed." in failed
