"""Missed-payment calculator (逾期计算器): ``page`` assembles the panels; ``widgets`` holds its
table model, timeline and source button; ``charts`` the compounding and next-loan charts.

May import ``ui.common``, ``finance``, ``storage``, ``reports``; no other screen.
"""
