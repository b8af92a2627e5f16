"""Check yourself (自测): ``page`` (starting, resuming, the views) with its parts ``overview_part``
(quizzes, review, progress, accommodations), ``quiz_part`` (answering one question at a time)
and ``report_part`` (results and certificate); ``charts`` the progress charts, ``parts`` the
shared constants and the certificate's HTML. One question on screen is
``ui.common.question_panel`` (Learn's practice items show it too).

May import ``ui.common``, ``learning``, ``content``, ``storage``, ``reports``; no other screen.
"""
