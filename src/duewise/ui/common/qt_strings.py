"""Qt's own words that ``qtbase_zh_CN.qm`` leaves untranslated, translated in DueWise's catalogue.

Qt's Chinese catalogue (installed by :mod:`duewise.ui.common.language`) lacks a few strings of
the file dialog, so a Chinese "Save as" dialog showed "Look in:", "Files of type:" and "Folder" in
English. These entries put them in ``duewise_zh_CN.ts`` under Qt's own contexts; the DueWise
translator is installed after Qt's, so Qt finds them there. Nothing imports this module: it exists
for ``pyside6-lupdate`` (``python -m duewise.i18n.build``), which reads every file under ``ui/``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Computer"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "%1 KB"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "%1 MB"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "%1 GB"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "%1 bytes"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
)
