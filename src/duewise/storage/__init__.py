"""Local SQLite database: profiles, settings, attempts, plans; migrations and import/export (no Qt)."""
