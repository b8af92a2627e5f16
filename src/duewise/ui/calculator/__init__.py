"""Missed-payment calculator (逾期计算器). ``page`` assembles the panels and asks the domain one
question (``finance.calculator.evaluate``); one module per panel:

- ``terms_form``: product, amount, first statement, the terms (typed values, one unit each);
- ``scenario_editor``: what happens each month, as a ``missed.Scenario``;
- ``cost_panel``: the cost and the chart of the amount owed; ``statement_panel``: the table;
- ``record_panel``: the 24-month record, lender rules, visibility; ``consequences_panel``;
- ``next_loan_panel``: the price of the next loan;
- ``saved_scenarios`` (save, open, a lesson's pre-fill) and ``export`` (PNG, SVG, CSV, PDF);
- ``charts``, ``widgets`` (table model, timeline bar, ⓘ button) and ``parts`` (shared helpers).

The remedies compared side by side (#18) get their own ``remedies_panel.py``, added to the page's
``result_panels``.

May import ``ui.common``, ``finance``, ``storage``, ``reports``; no other screen.
"""
