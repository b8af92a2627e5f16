"""Controls and services shared by the screens: ``page`` (the page base), ``context`` (what every
page receives), ``language``, ``app_language`` and ``theme``, ``errors`` (the one catalogue that
words domain error codes), ``record_grid``, ``wrap_label``, ``flow``, ``basics`` (headings,
cards), ``jobs`` (work off the GUI thread), the lesson parts that Learn and the classroom's
presenter both show (``lesson_text``, ``lesson_figure``, ``calculator_block``, ``choice_block``,
``record_block``), ``question_panel`` (one quiz question, for Check's quizzes and Learn's practice
items) and ``charts`` (the canvas base and blitting).

May import the domain packages and ``reports``; never a screen package or ``shell``.
"""
