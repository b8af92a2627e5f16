"""Check yourself (自测): quizzes, review and progress (``page``), one question's view
(``question``) and the progress charts (``charts``).

May import ``ui.common``, ``learning``, ``content``, ``storage``, ``reports``; no other screen.
"""
