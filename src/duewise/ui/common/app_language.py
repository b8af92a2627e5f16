"""The one mapping between the app's interface language (``zh_CN`` / ``en``, Qt's catalogues) and
the language of lesson packs (:class:`duewise.content.language.Language`)."""

from __future__ import annotations

from duewise.content.language import Language

#: The interface languages, in the order the settings list them.
APP_LANGUAGES = ("zh_CN", "en")


def lesson_language(app_language: str) -> Language:
    """The lesson-pack language for an interface language code (Chinese for ``zh_CN``)."""
    return Language.ZH if app_language == "zh_CN" else Language.EN


def app_language(language: Language) -> str:
    """The interface language code for a lesson-pack language."""
    return "zh_CN" if language is Language.ZH else "en"
