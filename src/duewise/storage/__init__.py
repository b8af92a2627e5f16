"""Local SQLite database: profiles, settings, attempts, plans; migrations, import/export (no Qt).

Storage persists what the other layers compute: ``quiz_store`` keeps answers (``learning``
computes mastery from them), ``classroom_store`` keeps the teacher area's payloads, ``settings``
declares every setting with its type and default and validates it on read.

May import ``learning``, ``content``, ``finance`` (the values it stores) and ``paths``; never the
UI, ``reports`` or Qt, and never ``learning``'s computations (bank, mastery, reports).
"""
