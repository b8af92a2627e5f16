"""Learn (课程): the lesson list and reader (``page``) and the lesson's interactive blocks
(``calculator_block``, ``choice_block``, ``record_block``).

May import ``ui.common``, ``content``, ``learning``, ``finance``, ``storage``; no other screen.
"""
