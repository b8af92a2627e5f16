"""Check yourself (自测): ``page`` assembles the panels and runs the quizzes (starting,
resuming, finishing, the accommodations' settings); one module per panel: ``overview_panel``
(quizzes, review, progress, accommodations), ``quiz_panel`` (answering one question at a time)
and ``report_panel`` (results, what to study next); ``progress`` what the panels read (the
learner's quizzes over the pack in use, and their words), ``certificate`` the final test's
certificate, ``charts`` the progress charts, ``parts`` shared constants and the certificate's
HTML. One question on screen is ``ui.common.question_panel`` (Learn's practice items show it too).

May import ``ui.common``, ``learning``, ``content``, ``storage``, ``reports``; no other screen.
"""
