"""Repayment planner (还款计划)."""

from __future__ import annotations

from duewise.ui.pages.base import PlaceholderPage


class PlannerPage(PlaceholderPage):
    """A plan out of debt (not available yet)."""

    page_id = "planner"

    def status_text(self) -> str:
        """The "not available yet" line."""
        return self.tr("Not available yet")

    def texts(self) -> tuple[str, str, str, list[str]]:
        """The page's texts in the current language."""
        return (
            self.tr("Repayment planner"),
            self.tr("List your debts and get a month-by-month plan you can follow."),
            self.tr("The planner is not in this version of DueWise yet."),
            [
                self.tr("Avalanche, snowball and your own order, side by side"),
                self.tr("A clear warning when the budget cannot cover the minimums"),
                self.tr("Export to CSV, PDF and your calendar"),
            ],
        )
