"""Learn (课程): ``page`` assembles the panels (reading the pack, choosing a teacher's pack,
sending the learner to the calculator, the quiz or the browser); one module per panel:
``lesson_list`` (the pack shown, the lessons, reading progress, quiz mastery, problems) and
``reader`` (a lesson's sections and blocks); ``reading`` what they read and write (the
learner's reading progress, quiz mastery), ``overview_block`` (objectives and hook),
``practice_block`` (an ungraded practice item) and ``parts`` (shared constants and words). The
interactive blocks themselves live in ``ui.common`` (the classroom presenter shows them too).

May import ``ui.common``, ``content``, ``learning``, ``finance``, ``storage``; no other screen.
"""
