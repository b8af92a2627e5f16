"""Pure finance domain: money, rates, schedules, products, missed payments, records, planner."""
