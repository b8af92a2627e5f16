"""The ``duewise`` command: starts the app, or runs a command-line tool (``calc``, ``lessons``).

The tools are dispatched before any Qt import so that ``duewise calc …`` stays fast and works on a
machine without a display.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import duewise

TOOLS = ("calc", "lessons")


def build_app_parser() -> argparse.ArgumentParser:
    """The options of the desktop app itself."""
    parser = argparse.ArgumentParser(
        prog="duewise",
        description=(
            "DueWise (明白账): lessons, quizzes and calculators on consumer credit. "
            "Command-line tools: `duewise calc --help`, `duewise lessons --help`."
        ),
    )
    parser.add_argument("--version", action="version", version=f"DueWise {duewise.__version__}")
    parser.add_argument(
        "--lang",
        choices=["zh_CN", "en"],
        help="interface language (default: the saved choice, else the system locale)",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for the database and settings (default: the platform's app-data folder)",
    )
    parser.add_argument(
        "--screenshot",
        metavar="DIR",
        help="render every page in both languages, save <page>-<lang>.png, and exit (on "
        "Linux on the display if there is one, e.g. under xvfb-run; else offscreen)",
    )
    parser.add_argument(
        "--text-scale",
        type=int,
        choices=[100, 125, 150, 200],
        help="with --screenshot: the text size in percent (default 100)",
    )
    parser.add_argument(
        "--theme",
        choices=["light", "dark", "high_contrast"],
        help="with --screenshot: the theme (default light); files get a -<theme> suffix",
    )
    parser.add_argument(
        "--exit-after-startup",
        action="store_true",
        help="exit with status 0 as soon as the main window has been painted",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``duewise`` console script and ``python -m duewise``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "calc":
        from duewise import calc_cli

        return calc_cli.main(args[1:])
    if args and args[0] == "lessons":
        from duewise import lessons_cli

        return lessons_cli.main(args[1:])
    options = build_app_parser().parse_args(args)
    from duewise import app

    return app.run(options)
