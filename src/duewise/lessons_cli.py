"""``duewise lessons``: check a lesson pack (every problem as ``path:line: message``) and count it.

``check`` also prints warnings (``path:line: warning: …``: non-standard terms, guessable answer
keys, near-duplicate test items); they do not change the exit code.

Exit codes: 0 all good (warnings allowed), 1 the pack has problems, 2 the path is not a lesson pack
(or bad usage).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from duewise import paths, pipes
from duewise.content import audit, loader, terms


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="duewise lessons",
        description="Check or count a lesson pack (format: lessons/README.md).",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check = commands.add_parser(
        "check",
        help="print every problem as path:line: message; exit 1 if there is any",
        description="Validate a lesson pack. Exit 0 if clean (warnings do not count), 1 with "
        "problems, 2 if PATH is not a pack.",
    )
    check.add_argument("path", nargs="?", metavar="PATH", help="pack folder (default: shipped)")
    stats = commands.add_parser("stats", help="count lessons, questions and objectives")
    stats.add_argument("path", nargs="?", metavar="PATH", help="pack folder (default: shipped)")
    stats.add_argument("--json", action="store_true", help="print JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``duewise lessons …`` with ``argv`` (without ``lessons``); returns the exit code."""
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader stopped reading (``| head``): that is not an error of ours.
        pipes.silence_stdout()
        return 0


def _main(argv: Sequence[str] | None) -> int:
    try:
        args = _parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exit_:  # argparse: 0 for --help, 2 for bad usage
        return int(exit_.code or 0)
    path = Path(args.path) if args.path else paths.lessons_dir()
    try:
        result = loader.load_pack(path)
    except loader.PackPathError as error:
        print(f"duewise lessons: {error}", file=sys.stderr)
        return 2
    if args.command == "stats":
        counts = loader.stats(result.pack)
        if args.json:
            print(json.dumps(counts, ensure_ascii=False))
        else:
            for key, value in counts.items():
                print(f"{key}: {value}")
        if result.problems:
            print(
                f"duewise lessons: {len(result.problems)} problem(s); "
                f"{len(result.skipped)} lesson(s) not counted; run `duewise lessons check`",
                file=sys.stderr,
            )
        return 0
    advice = audit.audit(result)
    failures = (*result.problems, *advice.problems)
    for problem in (*failures, *advice.warnings, *result.notes):
        print(problem.format(Path.cwd()))  # relative when inside it
    if failures:
        lessons = len({p.path.parent for p in result.problems})
        also = f" and {terms.TERMS_FILE}" if advice.problems else ""
        print(
            f"{len(failures)} problem(s) in {lessons} lesson folder(s){also}; "
            f"{len(result.pack.lessons)} of {len(result.pack.lessons) + len(result.skipped)} "
            "lessons load",
            file=sys.stderr,
        )
        return 1
    counts = loader.stats(result.pack)
    extras = [
        f"{len(advice.warnings)} warning(s)" if advice.warnings else "",
        f"{len(result.notes)} note(s)" if result.notes else "",
    ]
    extra = ", ".join(e for e in extras if e)
    print(
        f"OK: {counts['lessons']} lessons, {counts['questions']} questions, "
        f"{counts['objectives']} objectives, languages {', '.join(result.pack.languages)}"
        + (f" ({extra})" if extra else "")
    )
    return 0
