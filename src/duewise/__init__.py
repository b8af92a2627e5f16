"""DueWise (明白账): learn to use consumer credit responsibly."""

__version__ = "0.1.0"
