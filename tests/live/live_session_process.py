"""A process that runs a live session the way the app does, for the kill -9 test.

Usage: ``python live_session_process.py DATA_DIR PORT`` starts a new session, or resumes the
unfinished one in ``DATA_DIR``. It prints one JSON line (url, code, session id, phase), then
takes teacher steps (``open``, ``close``, ``reveal``, ``next``, ``end``) one per line on stdin
and answers ``ok PHASE`` or ``error CODE``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from live_helpers import ORDER, QUESTIONS

from duewise.learning import live
from duewise.storage import db
from duewise.ui.classroom.live import controller as live_controller


def main() -> None:
    data_dir, port = Path(sys.argv[1]), int(sys.argv[2])
    database, _ = db.open_database(data_dir)
    control = live_controller.LiveController(database.path, QUESTIONS)
    unfinished = control.resumable()
    if unfinished:
        server = control.resume(unfinished[0].session_id, port=port)
    else:
        server = control.start(ORDER, source=live.QuizSource.CUSTOM, port=port)
    session = server.session
    print(
        json.dumps(
            {
                "url": server.url,
                "code": session.setup.code,
                "session": session.setup.session_id,
                "phase": session.phase.value,
                "resumed": bool(unfinished),
            }
        ),
        flush=True,
    )
    for line in sys.stdin:
        try:
            view = server.step(live.Step(line.strip())).result(10)
        except live.LiveError as exc:
            print(f"error {exc.code}", flush=True)
            continue
        print(f"ok {view.phase.value}", flush=True)
    control.close()
    database.close()


if __name__ == "__main__":
    main()
