"""The languages every lesson is written in (kept apart from :mod:`duewise.content.model` so that
the interface can name a language without importing the whole lesson model at start-up)."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    """A language every lesson is written in; the value is the file stem (``zh.md``)."""

    ZH = "zh"  # 简体中文
    EN = "en"


LANGUAGES: tuple[Language, ...] = (Language.ZH, Language.EN)
