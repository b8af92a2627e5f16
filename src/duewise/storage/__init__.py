"""Local SQLite database: profiles, settings, attempts, plans; migrations, import/export (no Qt)."""
