"""Keep the Qt translation catalogues in step with the source: ``python -m duewise.i18n.build``.

Commands:
  update (default)   pyside6-lupdate every UI source into ``duewise_zh_CN.ts``, then
                     pyside6-lrelease it into ``duewise_zh_CN.qm``
  missing            list strings that still lack a Chinese translation (exit 1 if any)
  fill FILE          set translations from a UTF-8 file of ``context<TAB>source<TAB>translation``
                     lines (``\\n`` in a field stands for a newline), then update

The ``.ts`` file is the source of truth for translations; the ``.qm`` is built from it and committed
so that a fresh install needs no build step. Tests fail when either is out of date.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent
TS_FILE = HERE / "duewise_zh_CN.ts"
QM_FILE = HERE / "duewise_zh_CN.qm"


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def sources() -> list[Path]:
    """Every Python file whose strings are translated with Qt (the UI and the app shell)."""
    files = sorted((PACKAGE / "ui").rglob("*.py"))
    return [f for f in files if "__pycache__" not in f.parts]


def lupdate(ts_file: Path = TS_FILE) -> None:
    """Extract the UI strings into ``ts_file``, keeping existing translations."""
    args = [_tool("pyside6-lupdate"), *map(str, sources()), "-no-obsolete", "-ts", str(ts_file)]
    subprocess.run(args, check=True, capture_output=True)


def lrelease(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> None:
    """Compile ``ts_file`` into ``qm_file``.

    Written to a temporary file and renamed over the old one: a running app maps the ``.qm``
    into memory, and rewriting it in place made such a process die with a bus error (a test run
    did, while the catalogue was rebuilt).
    """
    tmp = qm_file.with_name(f".{qm_file.name}.tmp")
    args = [_tool("pyside6-lrelease"), str(ts_file), "-qm", str(tmp)]
    try:
        subprocess.run(args, check=True, capture_output=True)
        tmp.replace(qm_file)
    finally:
        tmp.unlink(missing_ok=True)


def messages(ts_file: Path = TS_FILE) -> list[tuple[str, str, str, bool]]:
    """``(context, source, translation, finished)`` for every message in ``ts_file``."""
    root = ET.parse(ts_file).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = "" if translation is None else (translation.text or "")
            unfinished = translation is None or translation.get("type") in {
                "unfinished",
                "vanished",
                "obsolete",
            }
            found.append((name, source, text, bool(text) and not unfinished))
    return found


def fill(ts_file: Path, rows: dict[tuple[str, str], str]) -> int:
    """Write translations for ``(context, source)`` keys into ``ts_file``; returns how many."""
    tree = ET.parse(ts_file)
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            if key in rows:
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                translation.text = rows[key]
                translation.attrib.pop("type", None)
                count += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return count


def _read_fill_file(path: Path) -> dict[tuple[str, str], str]:
    rows: dict[tuple[str, str], str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise SystemExit(f"{path}:{number}: expected context<TAB>source<TAB>translation")
        context, source, text = (p.replace("\\n", "\n") for p in parts)
        rows[(context, source)] = text
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point (serialised with a lock file: several people may run it)."""
    import fcntl

    with open(HERE / ".build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args[0] if args else "update"
    if command == "update":
        lupdate()
        lrelease()
        return 0
    if command == "missing":
        lupdate()
        missing = [(c, s) for c, s, _, done in messages() if not done]
        for context, source in missing:
            print(f"{context}\t{source!r}")
        return 1 if missing else 0
    if command == "fill" and len(args) == 2:
        lupdate()
        count = fill(TS_FILE, _read_fill_file(Path(args[1])))
        lupdate()  # back to lupdate's own layout, so diffs stay small
        lrelease()
        print(f"filled {count} translations")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
