"""The student page's files: nothing external, no HTML built from strings, both languages whole."""

from __future__ import annotations

import json
import re
from importlib import resources

STATIC = resources.files("duewise.ui.classroom.live").joinpath("static")


def _read(name: str) -> str:
    return STATIC.joinpath(name).read_text(encoding="utf-8")


def test_the_page_loads_nothing_from_elsewhere():
    for name in ("index.html", "app.js", "app.css"):
        text = _read(name)
        assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", text), name
        assert "@import" not in text and "url(" not in text, name


def test_the_script_never_turns_text_into_html():
    script = _read("app.js")
    for sink in (
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "new Function",
    ):
        assert sink not in script, sink


def _table(script: str, language: str) -> dict[str, object]:
    start = script.index(f"    {language}: {{")
    depth, end = 0, start
    for end in range(script.index("{", start), len(script)):
        depth += {"{": 1, "}": -1}.get(script[end], 0)
        if depth == 0:
            break
    body = script[script.index("{", start) : end + 1]
    keys = re.findall(r"^\s+(\w+):", body, flags=re.MULTILINE)
    return dict.fromkeys(keys)


def test_both_languages_have_every_text():
    script = _read("app.js")
    zh, en = _table(script, "zh_CN"), _table(script, "en")
    assert zh.keys() == en.keys()
    assert len(zh) > 60


def test_every_server_error_code_has_words():
    script = _read("app.js")
    for code in (
        "wrong_code",
        "too_many_tries",
        "name_taken",
        "already_answered",
        "not_open",
        "unreadable_number",
        "too_large",
        "full",
        "unknown_token",
        "not_saved",
        "busy",
    ):
        assert script.count(f"{code}:") == 2, code


def test_the_page_is_labelled_for_screen_readers():
    page = _read("index.html")
    # One live region tells what changed ("answer saved", the feedback); errors are alerts.
    assert re.search(r'id="announce"[^>]*role="status"[^>]*aria-live="polite"', page)
    assert page.count('role="alert"') >= 3
    for field in ("code-input", "name-input"):
        assert f'for="{field}"' in page
    assert json.dumps("viewport")[1:-1] in page
