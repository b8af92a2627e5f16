"""``duewise lessons check`` on the biggest packs the limits allow, and the scanners' worst cases.

Prints, for issue #15: the time and peak memory of checking (a) a pack ten times the shipped
course (it must pass) and (b) the largest pack within every limit (200 lessons, 8 MiB of lesson
files, every computed answer distinct so the engine's cache cannot help); and the slowest input
found for any scanner at the longest line allowed and at 1 MB. Run with
``pytest tests/benchmarks/test_bench_pack_limits.py --benchmark-enable --benchmark-only -s``.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import bigpacks
import pytest

from duewise.content import limits, loader

sys.path.insert(0, str(Path(__file__).parents[1] / "content"))
from scanner_cases import WORST_CASES

CHECK_AND_REPORT_PEAK = """
import sys
from duewise import cli
code = cli.main(["lessons", "check", sys.argv[1]])
with open("/proc/self/status", encoding="ascii") as status:
    peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
print("VmHWM", peak, file=sys.stderr)
"""


def _peak_rss_mb(pack: Path) -> tuple[float, str]:
    """Peak resident memory (VmHWM) of a fresh ``duewise lessons check PATH``, and its summary."""
    done = subprocess.run(
        [sys.executable, "-c", CHECK_AND_REPORT_PEAK, str(pack)],
        capture_output=True,
        text=True,
        check=False,
    )
    lines = done.stderr.strip().splitlines()
    peak_kb = next(int(line.split()[1]) for line in lines if line.startswith("VmHWM"))
    summary = (done.stdout.strip().splitlines() or [""])[-1]
    others = [line for line in lines if not line.startswith("VmHWM")]
    return peak_kb / 1024, (others[-1] if others else summary)


def _measure(benchmark, pack: Path, label: str) -> loader.LoadResult:  # type: ignore[no-untyped-def]
    loader.load_pack(pack)  # warm: imports, presets
    result = benchmark.pedantic(loader.load_pack, args=(pack,), rounds=3, iterations=1)
    median_s = statistics.median(benchmark.stats.stats.data)
    cpu_start = time.process_time()
    loader.load_pack(pack)
    cpu_s = time.process_time() - cpu_start  # less disturbed than wall time on a busy machine
    tracemalloc.start()
    loader.load_pack(pack)
    peak_mb = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    rss_mb, summary = _peak_rss_mb(pack)
    size_mb = bigpacks.pack_bytes(pack) / 1024 / 1024
    print(
        f"\n{label}: {len(result.pack.lessons) + len(result.skipped)} lessons, "
        f"{size_mb:.1f} MiB: check median {median_s:.2f} s (CPU {cpu_s:.2f} s), "
        f"peak traced {peak_mb:.0f} MB, "
        f"peak RSS of `duewise lessons check` {rss_mb:.0f} MB\n  {summary}"
    )
    benchmark.extra_info.update(median_s=round(median_s, 2), peak_mb=round(peak_mb), rss_mb=rss_mb)
    return result


def test_check_a_pack_ten_times_the_course(benchmark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pack = bigpacks.build(tmp_path / "ten", 10)
    result = _measure(benchmark, pack, "10x the shipped course")
    assert result.ok


def test_check_the_largest_pack_within_the_limits(benchmark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    per_md = (limits.MAX_PACK_BYTES - 200 * 21_000) // 400  # room left after the lesson.toml files
    pack = bigpacks.build(tmp_path / "max", 17, pad_to=per_md, distinct_computes=True)
    for extra in sorted(pack.iterdir())[limits.MAX_LESSONS :]:
        shutil.rmtree(extra)
    assert bigpacks.pack_bytes(pack) <= limits.MAX_PACK_BYTES
    result = _measure(benchmark, pack, "largest pack within the limits")
    assert not {p.code for p in result.problems} & {"pack_too_large", "too_many_lessons"}


def test_check_the_most_hostile_pack_within_the_limits(benchmark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """As many 1 MiB Markdown files as the pack budget allows, every line the slowest input
    found for the link scanner ("[a](" repeated to the longest line allowed)."""
    pack = bigpacks.build(tmp_path / "hostile", 1)
    line = "[a](" * (limits.MAX_LINE_CHARS // 4) + "\n"
    body = "## Hostile {#hostile}\n\n" + line * ((limits.MAX_FILE_BYTES - 100) // len(line))
    for folder in sorted(pack.iterdir()):
        if bigpacks.pack_bytes(pack) + 2 * len(body) > limits.MAX_PACK_BYTES:
            break
        for name in ("zh.md", "en.md"):
            (folder / name).write_text(body, encoding="utf-8")
    assert bigpacks.pack_bytes(pack) <= limits.MAX_PACK_BYTES
    _measure(benchmark, pack, "most hostile pack within the limits")


@pytest.mark.parametrize("size", [limits.MAX_LINE_CHARS, 1_000_000])
def test_scanner_worst_cases(benchmark, size: int) -> None:  # type: ignore[no-untyped-def]
    timings: dict[str, float] = {}
    for case, (make, run) in WORST_CASES.items():
        text = make(size)
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            run(text)
            best = min(best, time.perf_counter() - start)
        timings[case] = best
    worst = max(timings, key=timings.__getitem__)
    benchmark.pedantic(WORST_CASES[worst][1], args=(WORST_CASES[worst][0](size),), rounds=1)
    print(f"\nscanners on {size:,} characters: worst '{worst}' {timings[worst] * 1000:.1f} ms")
    for case in sorted(timings, key=timings.__getitem__, reverse=True)[:5]:
        print(f"  {case}: {timings[case] * 1000:.1f} ms")
