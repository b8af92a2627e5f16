"""Quiz sessions, grading, mastery, spaced review and assessments (no Qt).

Modules: ``grading`` (scoring rules, reading numbers as people write them), ``quiz`` (drawing
lesson quizzes, the diagnostic/final split, reports, mastery rules, streaks), ``mastery``
(per-objective and per-lesson mastery from scored answers, for the pages), ``review``
(Leitner-box spaced review), ``bank`` (the shared, cached question bank), ``classroom`` (class
quiz tallies, scoreboard and the running quiz), ``class_report`` (the class report from results).

May import ``content``, ``finance`` and ``paths``; never ``storage`` (which persists what this
package computes: ``storage.quiz_store`` keeps the answers) nor Qt.

    pack = bank.load_bank()
    items = quiz.draw_lesson_quiz(pack.lessons[0], seed=7)
    result = grading.grade(question, grading.parse_number("¥1,000"))
"""
