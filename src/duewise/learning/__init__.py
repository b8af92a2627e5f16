"""Quiz sessions, grading, mastery, spaced review and assessments (no Qt).

Modules: ``grading`` (scoring rules, reading numbers as people write them), ``quiz`` (drawing
lesson quizzes, the diagnostic/final split, reports, mastery, streaks), ``review`` (Leitner-box
spaced review), ``bank`` (the shared, cached question bank). Persistence is
``duewise.storage.quiz_store``.

    pack = bank.load_bank()
    items = quiz.draw_lesson_quiz(pack.lessons[0], seed=7)
    result = grading.grade(question, grading.parse_number("¥1,000"))
"""
