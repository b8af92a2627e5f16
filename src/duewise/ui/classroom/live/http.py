"""The HTTP edges of the live-quiz server: the student page's files, refusals, and one guard.

The guard (:func:`guard`) runs before every request: it refuses while the server stops, refuses a
body over the limit from its ``Content-Length``, refuses another Host (DNS rebinding) or Origin,
and adds the security headers (a strict Content-Security-Policy, ``nosniff``, ``no-referrer``,
``no-store``) to every reply.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Awaitable, Callable, Mapping
from importlib import resources
from typing import Any

from aiohttp import web

from duewise.learning import live
from duewise.ui.classroom.live.limits import Limits


def static_file(name: str) -> bytes:
    """A file of the student page, from the package."""
    return resources.files("duewise.ui.classroom.live").joinpath("static", name).read_bytes()


STATIC_FILES: Mapping[str, tuple[str, str]] = {
    "/": ("index.html", "text/html; charset=utf-8"),
    "/app.js": ("app.js", "text/javascript; charset=utf-8"),
    "/app.css": ("app.css", "text/css; charset=utf-8"),
}
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self' ws: wss:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


def etag(view: Mapping[str, Any]) -> str:
    """A short fingerprint of a view: a long poll waits until it changes."""
    text = json.dumps(view, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def error(status: int, code: str, **params: object) -> web.Response:
    """The JSON reply of every refusal: an error code and its parameters."""
    return web.json_response({"error": code, **params}, status=status)


def client(request: web.Request) -> str:
    """The address a request came from (what connection limits count by)."""
    return request.remote or "?"


_PAGE_ID = re.compile(r"^[0-9a-f]{32}$")


def page_key(request: web.Request) -> str:
    """What wrong join codes are counted by: the address and the page's own random id
    (``X-Live-Client``), or the address alone when the client sends none."""
    page = request.headers.get("X-Live-Client", "")
    address = client(request)
    return f"{address} {page}" if _PAGE_ID.match(page) else address


async def json_body(request: web.Request) -> dict[str, Any]:
    try:
        data = await request.json()
    except web.HTTPRequestEntityTooLarge:
        raise
    except (ValueError, UnicodeDecodeError) as exc:
        raise live.LiveError("bad_request") from exc
    if not isinstance(data, dict):
        raise live.LiveError("bad_request")
    return data


def guard(
    stopping: Callable[[], bool], limits: Limits, hosts: Callable[[], set[str]]
) -> Callable[..., Awaitable[web.StreamResponse]]:
    """The middleware that checks every request (see the module docstring)."""

    @web.middleware
    async def middleware(
        request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        if stopping():
            return error(503, "stopped")
        length = request.content_length
        if length is not None and length > limits.max_body:
            return error(413, "too_large", limit=limits.max_body)
        if request.host not in hosts():  # a DNS-rebinding page names another host
            return error(403, "bad_host")
        origin = request.headers.get("Origin")
        if origin is not None and origin != f"http://{request.host}":
            return error(403, "bad_origin")
        try:
            response = await handler(request)
        except web.HTTPRequestEntityTooLarge:
            response = error(413, "too_large", limit=limits.max_body)
        except web.HTTPException as exc:
            response = error(exc.status, "not_found" if exc.status == 404 else "refused")
        if response.prepared:  # a WebSocket, already answered
            return response
        headers = response.headers
        headers["Content-Security-Policy"] = CSP
        headers["X-Content-Type-Options"] = "nosniff"
        headers["Referrer-Policy"] = "no-referrer"
        headers["Cache-Control"] = "no-store"
        return response

    return middleware


def plain(params: Mapping[str, object]) -> dict[str, object]:
    """Error parameters as JSON-ready values."""
    return {k: v if isinstance(v, int | str) else str(v) for k, v in params.items()}
