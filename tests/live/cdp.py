"""A very small Chrome DevTools Protocol driver for headless Chromium (Debian's package).

No extra dependency: Chromium is started with ``--remote-debugging-port=0``, its port is read
from ``DevToolsActivePort`` in a fresh profile folder, and the page is driven over aiohttp's
WebSocket client: navigate, evaluate, tap at an element's centre (real mouse events), type,
screenshot at a phone's size.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-extensions",
    "--remote-debugging-port=0",
    "--remote-allow-origins=*",
)


#: key → (virtual key code, physical key name, text it types)
KEYS = {
    "Tab": (9, "Tab", ""),
    "Enter": (13, "Enter", "\r"),
    " ": (32, "Space", " "),
    "ArrowUp": (38, "ArrowUp", ""),
    "ArrowDown": (40, "ArrowDown", ""),
    "ArrowLeft": (37, "ArrowLeft", ""),
    "ArrowRight": (39, "ArrowRight", ""),
    "Home": (36, "Home", ""),
    "End": (35, "End", ""),
}


def find_chromium() -> str | None:
    """The Chromium binary, if installed."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


class Browser:
    """One headless Chromium with one page."""

    def __init__(self, binary: str) -> None:
        self.profile = Path(tempfile.mkdtemp(prefix="duewise-chromium-"))
        self.proc = subprocess.Popen(
            [binary, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._ids = itertools.count(1)
        self._client: aiohttp.ClientSession | None = None
        self._ws: aiohttp.ClientWebSocketResponse | None = None

    async def open(self, timeout: float = 30.0) -> None:
        port_file = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + timeout
        while not port_file.exists() or not port_file.read_text().strip():
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise RuntimeError("Chromium did not start")
            await asyncio.sleep(0.05)
        port = int(port_file.read_text().split()[0])
        self._client = aiohttp.ClientSession()
        targets: list[dict[str, Any]] = []
        while not any(t.get("type") == "page" for t in targets):
            async with self._client.get(f"http://127.0.0.1:{port}/json/list") as response:
                targets = await response.json()
            await asyncio.sleep(0.05)
        page = next(t for t in targets if t["type"] == "page")
        self._ws = await self._client.ws_connect(page["webSocketDebuggerUrl"], max_msg_size=0)
        await self.send("Page.enable")
        await self.send("Runtime.enable")
        # Collect script errors of every page (window.__errors), whatever its CSP says.
        await self.send(
            "Page.addScriptToEvaluateOnNewDocument",
            source="window.__errors = []; window.addEventListener('error', "
            "(e) => window.__errors.push(String(e.message)));",
        )

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        assert self._ws is not None
        call_id = next(self._ids)
        await self._ws.send_str(json.dumps({"id": call_id, "method": method, "params": params}))
        while True:
            message = await self._ws.receive_json(timeout=30)
            if message.get("id") == call_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    async def evaluate(self, expression: str) -> Any:
        result = await self.send(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    async def wait_for(self, expression: str, timeout: float = 10.0) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            value = await self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {expression}")
            await asyncio.sleep(0.05)

    async def phone(self, width: int = 360, height: int = 740) -> None:
        await self.send(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=2,
            mobile=True,
        )

    async def goto(self, url: str) -> None:
        await self.send("Page.navigate", url=url)
        await self.wait_for("document.readyState === 'complete' && !!window.fetch")

    async def reload(self) -> None:
        await self.evaluate("location.reload(), true")
        await asyncio.sleep(0.2)
        await self.wait_for("document.readyState === 'complete'")

    async def tap(self, selector: str) -> None:
        """Click the element's centre with real mouse events (it must be visible and on top)."""
        box = await self.wait_for(
            f"""(() => {{
                const el = document.querySelector({json.dumps(selector)});
                if (!el || el.disabled || el.offsetParent === null) return null;
                el.scrollIntoView({{block: 'center'}});
                const r = el.getBoundingClientRect();
                const x = r.left + r.width / 2, y = r.top + r.height / 2;
                const top = document.elementFromPoint(x, y);
                if (!top || !(top === el || el.contains(top))) return null;
                return [x, y, r.width, r.height];
            }})()"""
        )
        x, y = box[0], box[1]
        for kind in ("mousePressed", "mouseReleased"):
            await self.send(
                "Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1
            )

    async def press(self, key: str) -> None:
        """Press and release one key on whatever has the focus (real key events: Tab moves the
        focus, Enter and Space activate a button, as on a keyboard)."""
        code, name, text = KEYS[key]
        down = "keyDown" if text else "rawKeyDown"
        for kind in (down, "keyUp"):
            await self.send(
                "Input.dispatchKeyEvent",
                type=kind,
                key=key,
                code=name,
                windowsVirtualKeyCode=code,
                nativeVirtualKeyCode=code,
                **({"text": text, "unmodifiedText": text} if text and kind == down else {}),
            )

    async def type(self, selector: str, text: str) -> None:
        await self.tap(selector)
        await self.send("Input.insertText", text=text)

    async def text(self, selector: str) -> str:
        return str(
            await self.evaluate(
                f"(document.querySelector({json.dumps(selector)}) || {{}}).textContent || ''"
            )
        )

    async def screenshot(self, path: Path) -> None:
        shot = await self.send("Page.captureScreenshot", format="png", captureBeyondViewport=False)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(shot["data"]))

    async def full_screenshot(self, path: Path) -> None:
        """The whole page at the phone's width (taller than the screen when it scrolls)."""
        height = await self.evaluate("document.documentElement.scrollHeight")
        shot = await self.send(
            "Page.captureScreenshot",
            format="png",
            captureBeyondViewport=True,
            clip={"x": 0, "y": 0, "width": 360, "height": max(740, int(height)), "scale": 1},
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(shot["data"]))

    async def close(self) -> None:
        if self._ws is not None:
            with contextlib.suppress(Exception):
                await self._ws.close()
        if self._client is not None:
            await self._client.close()
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)
        shutil.rmtree(self.profile, ignore_errors=True)
