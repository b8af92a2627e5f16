"""Check yourself (自测): quizzes, diagnostic and final tests, spaced review."""

from __future__ import annotations

from duewise.ui.pages.base import PlaceholderPage


class CheckPage(PlaceholderPage):
    """Quizzes and self-assessment (not available yet)."""

    page_id = "check"

    def status_text(self) -> str:
        """The "not available yet" line."""
        return self.tr("Not available yet")

    def texts(self) -> tuple[str, str, str, list[str]]:
        """The page's texts in the current language."""
        return (
            self.tr("Check yourself"),
            self.tr("Find out what you already know and what to study next."),
            self.tr("Quizzes are not in this version of DueWise yet."),
            [
                self.tr("A diagnostic test and a final test on the same objectives"),
                self.tr("Quizzes at the end of every lesson"),
                self.tr("Review of missed questions, spaced over days"),
            ],
        )
