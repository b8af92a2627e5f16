"""Serve a live class quiz from the standalone app's own modules, and use it as a phone would.

    python3 -I -S .ci/bundle-live-smoke.py dist/DueWise DATA_DIR

PyInstaller gives a bundle no Python interpreter of its own to run a script with, so this runs
the interpreter it was built for (same version: the byte-code's magic number must match) on the
bundle's *contents only*: ``-I -S`` keep every site-packages folder and PYTHON* variable out, the
modules are read from the frozen app's archive (the PYZ inside the executable, which is what the
app imports) and the compiled extensions and data files from its ``_internal`` folder. Nothing of
the checkout or of a virtual environment can stand in for a missing piece.

Then it does what Classroom → Live quiz does (``LiveController.start`` on 127.0.0.1 with a
question of the shipped course), and a phone's part over real HTTP and a WebSocket: the page and
its script and style sheet, the join code, joining, the pushed question, an answer, the end, the
class results saved and the student's own results file. It also draws the join QR code's modules
with segno. Prints one JSON line of what it saw; exit status 0 when everything worked, 1 when not,
3 when this Python cannot run the bundle's byte-code (a different version).

Uses only the standard library (and, from the bundle, what the app uses).
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import json
import marshal
import os
import struct
import sys
import zlib
from pathlib import Path
from typing import Any

COOKIE_MAGIC = b"MEI\014\013\012\013\016"
COOKIE = "!8sIIII64s"
TOC_ENTRY = "!IIIIBc"
PYZ_MAGIC = b"PYZ\0"
PYZ_PACKAGE, PYZ_NAMESPACE = 1, 3


def read_pyz(executable: Path) -> tuple[int, dict[str, tuple[int, int, int]], bytes]:
    """The PYZ archive inside the executable's PKG: (its offset, its table, its Python magic)."""
    data = executable.read_bytes()
    cookie_at = data.rfind(COOKIE_MAGIC)
    if cookie_at < 0:
        raise SystemExit(f"no PyInstaller archive in {executable}")
    _, length, toc_offset, toc_length, _, _ = struct.unpack_from(COOKIE, data, cookie_at)
    start = cookie_at + struct.calcsize(COOKIE) - length
    toc = data[start + toc_offset : start + toc_offset + toc_length]
    at = 0
    while at < len(toc):
        size, offset, _, _, _, kind = struct.unpack_from(TOC_ENTRY, toc, at)
        if kind == b"z":  # the PYZ: every module the app imports
            pyz = start + offset
            if data[pyz : pyz + 4] != PYZ_MAGIC:
                raise SystemExit("the PYZ archive is damaged")
            magic = data[pyz + 4 : pyz + 8]
            (table_at,) = struct.unpack_from("!i", data, pyz + 8)
            table = dict(marshal.loads(data[pyz + table_at :]))
            return pyz, table, magic
        at += size
    raise SystemExit(f"no PYZ archive in {executable}")


class BundleImporter(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Imports the frozen app's modules from its PYZ, as PyInstaller's own importer does.

    A package's ``__path__`` is its folder in ``_internal`` (where its compiled extensions and
    data files are), and its resources are read from there (importlib.resources).
    """

    def __init__(self, executable: Path, internal: Path) -> None:
        self.executable = executable
        self.internal = internal
        self.offset, self.toc, self.magic = read_pyz(executable)
        self._data = executable.read_bytes()
        self.loaded: set[str] = set()

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        entry = self.toc.get(name)
        if entry is None:
            return None
        package = entry[0] in (PYZ_PACKAGE, PYZ_NAMESPACE)
        folder = self.internal.joinpath(*name.split("."))
        origin = folder / "__init__.pyc" if package else folder.with_suffix(".pyc")
        spec = importlib.machinery.ModuleSpec(name, self, origin=str(origin), is_package=package)
        spec.has_location = True  # __file__, as PyInstaller sets it
        if package:
            spec.submodule_search_locations = [str(folder)]
        return spec

    def create_module(self, spec: Any) -> None:
        return None

    def exec_module(self, module: Any) -> None:
        kind, offset, length = self.toc[module.__name__]
        self.loaded.add(module.__name__)
        if kind == PYZ_NAMESPACE:
            return
        start = self.offset + offset
        code = marshal.loads(zlib.decompress(self._data[start : start + length]))
        exec(code, module.__dict__)

    def get_resource_reader(self, name: str) -> Any:
        folder = self.internal.joinpath(*name.split("."))

        class Reader:
            def files(self) -> Path:
                return folder

        return Reader()


def main() -> int:
    bundle, data_dir = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    executable = bundle / ("duewise.exe" if os.name == "nt" else "duewise")
    internal = bundle / "_internal"
    importer = BundleImporter(executable, internal)
    if importer.magic != importlib.util.MAGIC_NUMBER:
        print(
            json.dumps({"skipped": f"this Python ({sys.version.split()[0]}) is not the bundle's"})
        )
        return 3
    sys.meta_path.insert(0, importer)
    sys.path.insert(0, str(internal))  # the compiled extension modules at the top level
    report: dict[str, Any] = {
        "in_archive": {
            name: name in importer.toc
            for name in (
                "aiohttp",
                "aiohttp.web",
                "aiohttp.web_ws",
                "segno",
                "duewise.ui.classroom.live.server",
                "duewise.ui.classroom.live.controller",
                "duewise.storage.class_results",
            )
        }
    }
    try:
        report.update(run(data_dir))
    finally:
        outside = sorted(
            name
            for name, module in list(sys.modules.items())
            if "site-packages" in str(getattr(module, "__file__", "") or "")
        )
        report["from_site_packages"] = outside
        report["aiohttp_from_bundle"] = "aiohttp" in importer.loaded
        print(json.dumps(report, ensure_ascii=False))
    ok = (
        all(report["in_archive"].values())
        and not outside
        and report["aiohttp_from_bundle"]
        and report.get("ok") is True
    )
    return 0 if ok else 1


def run(data_dir: Path) -> dict[str, Any]:
    import asyncio
    import datetime as dt

    import aiohttp
    import segno

    from duewise.content.model import QuestionType
    from duewise.learning import bank, live
    from duewise.storage import class_results, db
    from duewise.ui.classroom.live import controller as live_controller

    database, _ = db.open_database(data_dir)
    pack = bank.load_bank()
    question = next(
        q for q in pack.questions if q.type is QuestionType.SINGLE and q.answer is not None
    )
    control = live_controller.LiveController(database.path, {q.id: q for q in pack.questions})
    server = control.start([question.id], source=live.QuizSource.CUSTOM, host="127.0.0.1", port=0)
    code, url = server.session.setup.code, server.url
    seen: dict[str, Any] = {"url": url, "lessons": len(pack.lessons)}

    async def phone() -> None:
        async with aiohttp.ClientSession() as client:
            for path, marker in (
                ("", b'src="/app.js"'),
                ("app.js", b"X-Live-Client"),
                ("app.css", b":root"),
            ):
                async with client.get(url + path) as response:
                    body = await response.read()
                    seen[f"GET /{path}"] = response.status == 200 and marker in body
            async with client.post(url + "api/hello", json={"code": code}) as response:
                seen["hello"] = response.status
            async with client.post(
                url + "api/join", json={"code": code, "name": "Lin 林"}
            ) as response:
                token = (await response.json())["token"]
            async with client.ws_connect(url + "ws") as ws:
                await ws.send_str(json.dumps({"token": token}))
                seen["ws lobby"] = (await ws.receive_json(timeout=10))["phase"]
                await asyncio.to_thread(lambda: server.step(live.Step.OPEN).result(10))
                pushed = await ws.receive_json(timeout=10)
                seen["ws pushed"] = pushed["question"]["id"] == question.id
            body = {"question": question.id, "answer": {"choice": 0}, "language": "zh_CN"}
            headers = {"X-Live-Token": token}
            async with client.post(url + "api/answer", json=body, headers=headers) as response:
                seen["answer"] = (await response.json()).get("accepted") is True
            await asyncio.to_thread(lambda: server.step(live.Step.END).result(10))
            async with client.get(url + "api/results", headers=headers) as response:
                seen["results file"] = (
                    response.status == 200 and b"duewise-results" in await response.read()
                )

    try:
        asyncio.run(phone())
        kept = class_results.load(database).learners
        seen["class results"] = [learner.name for learner in kept]
        seen["qr modules"] = len(segno.make_qr(f"{url}#{code}", error="m").matrix)
    finally:
        control.close()
        database.close()
    seen["server stopped"] = not server.running
    seen["at"] = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    seen["ok"] = (
        all(
            seen[key] is True
            for key in (
                "GET /",
                "GET /app.js",
                "GET /app.css",
                "ws pushed",
                "answer",
                "results file",
                "server stopped",
            )
        )
        and seen["hello"] == 200
        and seen["ws lobby"] == "lobby"
        and seen["class results"] == ["Lin 林"]
        and seen["qr modules"] > 20
    )
    return seen


if __name__ == "__main__":
    sys.exit(main())
