"""Missed-payment calculator (逾期计算器)."""

from __future__ import annotations

from duewise.ui.pages.base import PlaceholderPage


class CalculatorPage(PlaceholderPage):
    """What a missed payment costs now and later (not available yet)."""

    page_id = "calculator"

    def status_text(self) -> str:
        """The "not available yet" line."""
        return self.tr("Not available yet")

    def texts(self) -> tuple[str, str, str, list[str]]:
        """The page's texts in the current language."""
        return (
            self.tr("Missed-payment calculator"),
            self.tr("See what one missed payment costs now, and what it costs the next loan."),
            self.tr("The calculator is not in this version of DueWise yet."),
            [
                self.tr("JD Baitiao, Huabei, bank cards, US cards and loans"),
                self.tr("Penalties, fees and interest on interest, month by month"),
                self.tr("The credit-report record and how long it stays"),
            ],
        )
