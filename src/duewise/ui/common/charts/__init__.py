"""Chart plumbing shared by every screen's charts: the lazily imported matplotlib canvas with
painted tick labels (``base``) and the blitted, rescaling chart (``blit``).

May import matplotlib (only when a chart is first built) and ``ui.common``; no screen package.
"""
