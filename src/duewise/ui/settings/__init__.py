"""Settings (设置): language, theme, text size, data folder and deleting data (``page``).

May import ``ui.common`` and ``storage``; no other screen.
"""
