"""The inputs that made DueWise's old text patterns run for seconds or minutes, and their
neighbours: shared by ``test_scanners.py`` (growth n vs 4n) and the scanner benchmark."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from duewise.content import limits, prose, scan, tomllines
from duewise.content.blocks import BlockContext
from duewise.content.model import Language


def _lines(text: str) -> object:
    return tomllines.TomlLines(text).table("x")


def _prose(text: str) -> object:
    """What the loader does with a lesson's Markdown file."""
    sink: list[object] = []
    return prose.parse_body(
        text, Path("en.md"), Language.EN, context=BlockContext(None), figures_dir=Path(), sink=sink
    )


WORST_CASES: dict[str, tuple[Callable[[int], str], Callable[[str], object]]] = {
    # The inputs of issue #15 and their neighbours.
    "backticks": (lambda n: "`" * n, scan.code_spans),
    "backtick runs of growing length": (
        lambda n: " ".join("`" * k for k in range(1, int(n**0.5))),
        scan.code_spans,
    ),
    "runs of [": (lambda n: "[" * n + "](", scan.inline_links),
    "[ then ](": (lambda n: "[a](" * n, scan.inline_links),
    "nested [ ] without a (": (lambda n: "[" + "[a]" * n + "](x" + "(y)" * n, scan.inline_links),
    "](( without a )": (lambda n: "[a](" + "(" * n, scan.inline_links),
    "spaces in a TOML header": (lambda n: "[a" + " " * n + "b", scan.toml_header),
    "spaces in a header line, indexed": (lambda n: "[a" + " " * n + "b\n", _lines),
    "spaces in a heading": (lambda n: "## a" + " " * n + "b", scan.h2_title),
    "{# in a heading": (lambda n: "a{#" * n, scan.heading_id),
    # The pre-scan that runs before tomllib (lines stay short: a long line is refused at once).
    "TOML pre-scan: short strings": (lambda n: 'a = "x"\n' * (n // 8), limits.toml_refusal),
    "TOML pre-scan: array items": (
        lambda n: "a = [\n" + "1,\n" * (n // 3) + "]",
        limits.toml_refusal,
    ),
    "TOML pre-scan: escaped quotes in a long string": (
        lambda n: 'a = """\n' + '\\"""\n' * (n // 5) + '"""',
        limits.toml_refusal,
    ),
    "TOML pre-scan: unclosed long string": (
        lambda n: "a = '''\n" + "x'\n" * (n // 3),
        limits.toml_refusal,
    ),
    # The same through the loader's Markdown parser.
    "prose: backticks": (lambda n: "a" + "`" * n + "]", _prose),
    "prose: runs of [": (lambda n: "[" * n + "](", _prose),
    "prose: <!-- without >": (lambda n: "<!--" * (n // 4), _prose),
    "prose: spaces in a heading": (lambda n: "## a" + " " * n + "b {#x}", _prose),
    "prose: {# in a heading": (lambda n: "## " + "a{#" * (n // 3), _prose),
}
