"""Pure finance domain: money, rates, schedules, products, missed payments, records, planner.

``calculator.evaluate`` is the one question the calculator page asks; ``planner`` and
``planner_tools`` answer the planner's. May import only ``paths`` (and the standard library):
no other DueWise package, no Qt.
"""
