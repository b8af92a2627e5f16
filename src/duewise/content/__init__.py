"""Lesson and question model, loader and validator for lesson packs (no Qt).

Modules: ``model`` (frozen dataclasses), ``loader`` (``load_pack``, ``stats``), ``problems``
(``Problem`` with path, line, code, params, message). The format is ``lessons/README.md``.

    result = loader.load_pack(paths.lessons_dir())
    for lesson in result.pack.lessons: ...          # only the lessons without problems
    for problem in result.problems: ...             # path, line, code, params, message

May import ``finance`` (the engine that checks computed answers) and ``paths``; no Qt.
"""
