"""Saving the final test's certificate: the learner's name (asked once, kept as the profile's
name), where to save it, and the PDF (its HTML is :func:`~duewise.ui.check.parts.certificate_html`).

The page calls :func:`save_certificate` with its dialogs (classmethods that tests replace) and
shows the outcome it returns; texts are translated in the ``CheckPage`` context.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from duewise import formatting
from duewise.reports import pdf
from duewise.storage import profiles
from duewise.storage.db import DEFAULT_PROFILE_NAME
from duewise.ui.check.parts import certificate_html, percent_value
from duewise.ui.check.progress import Progress
from duewise.ui.common import errors
from duewise.ui.common.context import AppContext

AskName = Callable[[QWidget, str, str], "str | None"]
AskPath = Callable[[QWidget, Path, str], "Path | None"]


def learner_name(
    parent: QWidget, context: AppContext, ask_name: AskName, show_status: Callable[[str], None]
) -> str | None:
    """The learner's name for the certificate, asked once when the profile has none (the
    default learner): it is saved as the profile's name. ``None``: the learner cancelled."""
    names = dict(context.database.profiles())
    name = names.get(context.profile_id, "").strip()
    if name and name != DEFAULT_PROFILE_NAME:
        return name
    while True:
        given = ask_name(
            parent,
            QCoreApplication.translate("CheckPage", "Your name on the certificate"),
            QCoreApplication.translate(
                "CheckPage", "Your name, as it should appear on the certificate:"
            ),
        )
        if given is None:
            return None
        try:
            profile = profiles.update_profile(context.database, context.profile_id, name=given)
        except profiles.ProfileError as exc:
            show_status(errors.profile_message(exc.code, exc.params))
            if exc.code in ("name_empty", "name_too_long", "name_taken", "name_invalid"):
                continue
            return None
        context.profiles_changed.emit()  # e.g. the learner switcher shows the name
        return profile.name


def save_certificate(
    parent: QWidget,
    context: AppContext,
    progress: Progress,
    *,
    ask_name: AskName,
    ask_path: AskPath,
    show_status: Callable[[str], None],
) -> None:
    """Ask the name and the file, write the certificate of the passed final test, and say how
    it went with ``show_status`` (nothing when the learner cancels)."""
    passed = progress.passed_final()
    if passed is None:
        return
    attempt, report = passed
    name = learner_name(parent, context, ask_name, show_status)
    if name is None:
        return
    suggested = Path.home() / "DueWise-certificate.pdf"
    path = ask_path(parent, suggested, QCoreApplication.translate("CheckPage", "Save certificate"))
    if path is None:
        return
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    finished = (attempt.finished_at or attempt.started_at).date()
    html = certificate_html(
        name=name,
        score_zh=formatting.pct(percent_value(report.total.fraction), "zh_CN", 0),
        score_en=formatting.pct(percent_value(report.total.fraction), "en", 0),
        objectives=len(report.by_objective),
        lessons=len(report.by_lesson),
        date_zh=formatting.day(finished, "zh_CN"),
        date_en=formatting.day(finished, "en"),
    )
    try:
        pdf.write_pdf(path, html, title="明白账 DueWise — 结业证书 Certificate")
    except OSError as error:
        show_status(
            QCoreApplication.translate("CheckPage", "Could not save the certificate: %1").replace(
                "%1", errors.describe(error)
            )
        )
    else:
        show_status(QCoreApplication.translate("CheckPage", "Saved: %1").replace("%1", str(path)))
