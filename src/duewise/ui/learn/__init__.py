"""Learn (课程): ``page`` (loading the pack, choosing a teacher's pack, the language) with its parts
``lesson_list`` (the lessons, reading progress, quiz mastery) and ``reader`` (a lesson's sections
and blocks), ``overview_block`` (objectives and hook), ``practice_block`` (an ungraded practice
item) and ``parts`` (shared constants). The interactive blocks themselves live in
``ui.common`` (the classroom presenter shows them too).

May import ``ui.common``, ``content``, ``learning``, ``finance``, ``storage``; no other screen.
"""
