"""Kill -9 the process serving a live session mid-quiz, start it again: nothing acknowledged is
lost, students keep their identity, and the quiz carries on."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import aiohttp

from duewise.storage import classroom_store, db, live_store, results_files

SCRIPT = Path(__file__).with_name("live_session_process.py")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Process:
    def __init__(self, data_dir: Path, port: int) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(SCRIPT), str(data_dir), str(port)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.info = json.loads(self.proc.stdout.readline())

    def step(self, step: str) -> str:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(step + "\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        assert self.proc.wait(10) == -signal.SIGKILL
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                stream.close()

    def quit(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(10)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


def test_kill_minus_nine_mid_session_then_resume_with_nothing_lost(tmp_path: Path):
    data_dir = tmp_path / "data"
    port = _free_port()
    first = Process(data_dir, port)
    assert first.info["resumed"] is False
    base, code = first.info["url"].rstrip("/"), first.info["code"]
    tokens: dict[str, str] = {}
    acknowledged: list[str] = []

    async def before_the_crash() -> None:
        async with aiohttp.ClientSession() as client:
            for name in ("Lin", "Wang", "Zhou"):
                async with client.post(
                    base + "/api/join", json={"code": code, "name": name}
                ) as response:
                    tokens[name] = (await response.json())["token"]
            assert first.step("open") == "ok open"
            for name in ("Lin", "Wang"):
                async with client.post(
                    base + "/api/answer",
                    json={"question": "q-single", "answer": {"choice": 1}},
                    headers={"X-Live-Token": tokens[name]},
                ) as response:
                    assert response.status == 200
                    acknowledged.append(name)

    asyncio.run(before_the_crash())
    first.kill()  # no shutdown, no flush, no goodbye
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0  # the port is gone with it

    second = Process(data_dir, port)
    try:
        assert second.info["resumed"] is True and second.info["url"] == first.info["url"]
        assert second.info["phase"] == "open" and second.info["code"] == code

        async def after_the_restart() -> None:
            async with aiohttp.ClientSession() as client:
                for name in ("Lin", "Wang", "Zhou"):
                    async with client.get(
                        base + "/api/state", headers={"X-Live-Token": tokens[name]}
                    ) as response:
                        view = await response.json()
                    assert view["me"]["name"] == name  # same identity, from the same token
                    assert (view["mine"] is not None) == (name in acknowledged)
                async with client.post(
                    base + "/api/answer",
                    json={"question": "q-single", "answer": {"choice": 0}},
                    headers={"X-Live-Token": tokens["Lin"]},
                ) as response:
                    assert (await response.json())["error"] == "already_answered"
                async with client.post(
                    base + "/api/answer",
                    json={"question": "q-single", "answer": {"choice": 0}},
                    headers={"X-Live-Token": tokens["Zhou"]},
                ) as response:
                    assert response.status == 200
                assert second.step("reveal") == "ok revealed"
                assert second.step("end") == "ok ended"

        asyncio.run(after_the_restart())
    finally:
        second.quit()

    database, _ = db.open_database(data_dir)
    store = live_store.LiveStore(database.path)
    try:
        events = store.events(second.info["session"])
        answered = [e for e in events if e["event"] == "answered"]
        assert len(answered) == 3
        assert store.unfinished() == []
        kept = results_files.load_kept(
            classroom_store.load(database, classroom_store.RESULTS_KIND, "current") or ""
        )
        assert sorted(learner.name for learner in kept.learners) == ["Lin", "Wang", "Zhou"]
    finally:
        store.close()
        database.close()
