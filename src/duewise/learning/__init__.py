"""Quiz sessions, grading, mastery, spaced review and assessments (no Qt)."""
