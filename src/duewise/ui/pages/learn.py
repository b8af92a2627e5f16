"""Learn (课程): the bilingual lessons."""

from __future__ import annotations

from duewise.ui.pages.base import PlaceholderPage


class LearnPage(PlaceholderPage):
    """The lesson list and reader (not available yet)."""

    page_id = "learn"

    def status_text(self) -> str:
        """The "not available yet" line."""
        return self.tr("Not available yet")

    def texts(self) -> tuple[str, str, str, list[str]]:
        """The page's texts in the current language."""
        return (
            self.tr("Learn"),
            self.tr("Short lessons on consumer credit, in Chinese and English."),
            self.tr("The lessons are not in this version of DueWise yet."),
            [
                self.tr("Twelve lessons: from what credit is to getting back on track"),
                self.tr("Live calculators inside the lessons"),
                self.tr("A glossary with definitions in both languages"),
            ],
        )
