"""Controls and services shared by the screens: ``page`` (the page base), ``context`` (what every
page receives), ``language`` and ``theme``, ``errors`` (the one catalogue that words domain error
codes), ``record_grid``, ``wrap_label``, ``flow``, ``basics`` (headings, cards), ``jobs`` (work off
the GUI thread), ``lesson_text`` and ``lesson_figure`` (lesson prose for Learn and Classroom),
``charts`` (the canvas base and blitting).

May import the domain packages and ``reports``; never a screen package or ``shell``.
"""
