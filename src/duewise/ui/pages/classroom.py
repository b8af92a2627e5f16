"""Classroom (课堂): presenter mode, class quizzes and results."""

from __future__ import annotations

from duewise.ui.pages.base import PlaceholderPage


class ClassroomPage(PlaceholderPage):
    """Tools for teachers (not available yet)."""

    page_id = "classroom"

    def status_text(self) -> str:
        """The "not available yet" line."""
        return self.tr("Not available yet")

    def texts(self) -> tuple[str, str, str, list[str]]:
        """The page's texts in the current language."""
        return (
            self.tr("Classroom"),
            self.tr("Teach with a projector and collect results, all offline."),
            self.tr("Classroom tools are not in this version of DueWise yet."),
            [
                self.tr("Presenter mode with very large type"),
                self.tr("Class quizzes with tallies and answer charts"),
                self.tr("Learner profiles, results files and class reports"),
            ],
        )
