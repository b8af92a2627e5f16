"""The app's frame: main window (navigation + page stack), start-up wiring, screenshots.

May import every screen package (it builds the pages, lazily) and ``common``; no screen imports it.
"""
