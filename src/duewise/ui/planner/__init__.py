"""Repayment planner (还款计划): ``page``, the debts/schedule models (``models``), the import
and record-payments dialogs (``dialogs``) and the balance chart (``charts``).

May import ``ui.common``, ``finance``, ``storage``, ``reports``; no other screen.
"""
