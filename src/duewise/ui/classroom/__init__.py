"""Classroom (课堂): ``page`` assembles one module per panel (``lock_panel``, ``pin_panel``,
``profiles_panel``, ``present_panel``, ``quiz_panel``, ``printables_panel``, ``results_panel``),
the projector windows (``presenter``, ``quiz_presenter``), printable documents (``printing``, with
their words in ``paper_words``), small shared controls (``controls``), dialogs (``dialogs``) and
charts (``charts``).

May import ``ui.common``, ``content``, ``learning``, ``storage``, ``reports``; no other screen.
"""
