"""matplotlib charts embedded in Qt (matplotlib is imported lazily)."""
