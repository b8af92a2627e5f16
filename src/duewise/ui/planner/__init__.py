"""Repayment planner (还款计划). ``page`` assembles the screen and runs the comparison; one module
per part of it: ``debts_part`` (the debts table), ``money_part`` (budget, currency, one-offs),
``shortfall_part`` (when the budget falls short), ``strategies_part`` (strategies side by side),
``plan_part`` (the schedule, chart and minimum-payment warnings), ``saved_plans`` (keep, open,
record payments) and ``plan_exports`` (CSV, .ics, PDF); ``models`` and ``schedule_model`` are the
tables' models, ``dialogs`` the import preview and payment recorder, ``charts`` the balance chart,
``parts`` the shared constants.

The parts are mixins of ``PlannerPage`` (the page holds the widgets and the plan). The UI reads
only the planner's public results (``PlanResult.schedule``, ``month_in_cents``,
``balance_cents``) and checks a debt's cells with ``planner_tools.read_debt``.

May import ``ui.common``, ``finance``, ``storage``, ``reports``; no other screen.
"""
