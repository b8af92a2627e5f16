"""PySide6 user interface: presents the domain packages, computes nothing itself.

Layout (one package per place of the app, as qutebrowser splits by feature):

- ``shell/``: the main window, navigation and start-up wiring (``bootstrap``), screenshots.
- ``common/``: what two or more screens share: page base, app context, language and theme,
  the error-message catalogue, the record grid, the wrapping label, flow layout, jobs, charts base.
- ``learn/``, ``check/``, ``calculator/``, ``planner/``, ``classroom/``, ``settings/``: one package
  per screen; ``page.py`` assembles the screen from one module per panel, its charts beside it.

May import: the domain packages (``finance``, ``content``, ``learning``, ``storage``), ``reports``,
``formatting``, ``paths``. Never imported by them (the import contracts in ``pyproject.toml``).
Screens do not import each other; they share code through ``common`` and talk through
``AppContext.navigate``.
"""
