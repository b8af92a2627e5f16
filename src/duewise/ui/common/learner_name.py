"""How a learner's stored name is shown: the untouched default profile is "Default learner" in
the interface language (its stored name is a fixed key, ``storage.profiles.is_default_name``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from duewise.storage import profiles


def shown(name: str) -> str:
    """``name`` as the learner sees it (the default profile worded in the interface language)."""
    if profiles.is_default_name(name):
        return QCoreApplication.translate("LearnerName", "Default learner")
    return name
