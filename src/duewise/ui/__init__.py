"""PySide6 user interface: main window, pages, widgets and charts."""
