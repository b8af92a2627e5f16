"""The main window: a left navigation bar and a stack of pages. It holds no logic of its own."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFontMetrics,
    QKeySequence,
    QPaintEvent,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from duewise.storage import settings
from duewise.storage.db import OpenProblem
from duewise.ui.common import errors, learner_name
from duewise.ui.common.context import AppContext
from duewise.ui.common.page import Page
from duewise.ui.shell import warm_up


# Pages are imported and built the first time they are shown, so start-up pays only for the page
# the user lands on. Each loader imports its page's module inside the function (plain imports, so
# type checkers and the import contracts see them).
def _learn() -> type[Page]:
    from duewise.ui.learn.page import LearnPage

    return LearnPage


def _check() -> type[Page]:
    from duewise.ui.check.page import CheckPage

    return CheckPage


def _calculator() -> type[Page]:
    from duewise.ui.calculator.page import CalculatorPage

    return CalculatorPage


def _planner() -> type[Page]:
    from duewise.ui.planner.page import PlannerPage

    return PlannerPage


def _classroom() -> type[Page]:
    from duewise.ui.classroom.page import ClassroomPage

    return ClassroomPage


def _settings() -> type[Page]:
    from duewise.ui.settings.page import SettingsPage

    return SettingsPage


#: (page id, loader of the page's class), in the order of the navigation bar.
PAGE_SPECS: tuple[tuple[str, Callable[[], type[Page]]], ...] = (
    ("learn", _learn),
    ("check", _check),
    ("calculator", _calculator),
    ("planner", _planner),
    ("classroom", _classroom),
    ("settings", _settings),
)
PAGE_IDS = tuple(spec[0] for spec in PAGE_SPECS)
#: The navigation panel is never narrower than this (pixels), nor wider than a quarter of the
#: window unless its labels fit in less.
NAV_MIN_WIDTH = 200


class MainWindow(QMainWindow):
    """Navigation plus pages.

    Signals:
        page_changed(str): the id of the page now shown.
        first_painted(): emitted once, after the window was first painted.
    """

    page_changed = Signal(str)
    first_painted = Signal()

    #: What is warmed in idle time after the first paint (tests and benchmarks may change it).
    warm_up_steps: tuple[warm_up.Step, ...] = warm_up.STEPS

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._painted = False
        #: Imports matplotlib and draws a first figure after the first paint (chart pages).
        self.warm_up = warm_up.WarmUp(self, self, self.warm_up_steps)
        self.setObjectName("mainWindow")
        self.resize(1200, 780)
        self.setMinimumSize(720, 480)

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)

        nav_panel = QWidget(central)
        nav_panel.setObjectName("navPanel")
        nav_layout = QVBoxLayout(nav_panel)
        nav_layout.setContentsMargins(0, 8, 0, 8)
        self.app_title = QLabel(nav_panel)
        self.app_title.setObjectName("appTitle")
        self.app_subtitle = QLabel(nav_panel)
        self.app_subtitle.setObjectName("appSubtitle")
        self.app_subtitle.setWordWrap(True)
        self.nav = QListWidget(nav_panel)
        self.nav.setObjectName("nav")
        self._nav_wraps = False
        self._nav_names: list[str] = []
        # Who is using the app, on a shared machine (shown only when there are several learners).
        self.learner_label = QLabel(nav_panel)
        self.learner_label.setObjectName("learnerLabel")
        self.learner_label.setWordWrap(True)
        self.learner_box = QComboBox(nav_panel)
        self.learner_box.setObjectName("learnerBox")
        self.learner_label.setBuddy(self.learner_box)
        nav_layout.addWidget(self.app_title)
        nav_layout.addWidget(self.app_subtitle)
        nav_layout.addWidget(self.nav, 1)
        learner_row = QVBoxLayout()
        learner_row.setContentsMargins(12, 8, 12, 0)
        learner_row.addWidget(self.learner_label)
        learner_row.addWidget(self.learner_box)
        nav_layout.addLayout(learner_row)
        row.addWidget(nav_panel)

        right = QWidget(central)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.banner, self.banner_text, self.banner_close = self._make_banner(right)
        # What the banner says, worded again when the language changes (None: the open report).
        self._banner_words: Callable[[], str] | None = None
        right_layout.addWidget(self.banner)
        self.stack = QStackedWidget(right)
        right_layout.addWidget(self.stack, 1)
        row.addWidget(right, 1)
        self.setCentralWidget(central)

        self.pages: dict[str, Page] = {}
        self._stand_ins: list[QLabel] = []
        for _ in PAGE_IDS:
            # A stand-in until the page is first shown (it says so if it is ever on screen).
            stand_in = QLabel(self.stack)
            stand_in.setObjectName("pageStandIn")
            self._stand_ins.append(stand_in)
            self.stack.addWidget(stand_in)
            QListWidgetItem(self.nav)
        self._deferred_page = ""
        self._shortcuts = [
            QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self, lambda i=i: self.nav.setCurrentRow(i))
            for i in range(len(PAGE_IDS))
        ]
        self.nav.setCurrentRow(0)  # before connecting, so start-up does not overwrite last_page
        self.page(PAGE_IDS[0])
        self._connect_signals()
        self.refresh_learners()
        self._update_nav_width()
        self.retranslate_ui()

    def _make_banner(self, parent: QWidget) -> tuple[QFrame, QLabel, QPushButton]:
        banner = QFrame(parent)
        banner.setObjectName("banner")
        layout = QHBoxLayout(banner)
        text = QLabel(banner)
        text.setWordWrap(True)
        close = QPushButton(banner)
        layout.addWidget(text, 1)
        layout.addWidget(close)
        banner.hide()
        return banner, text, close

    def _connect_signals(self) -> None:
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self.banner_close.clicked.connect(self.banner.hide)
        self.context.appearance_changed.connect(self._update_nav_width)
        self.context.navigate_requested.connect(self._on_context_navigate_requested)
        self.context.profile_changed.connect(self.refresh_learners)
        self.context.profiles_changed.connect(self.refresh_learners)
        self.context.data_deleted.connect(self.refresh_learners)
        self.context.lesson_pack_set_aside.connect(self._on_context_lesson_pack_set_aside)
        self.learner_box.activated.connect(self._on_learner_box_activated)

    # --- learners ---------------------------------------------------------------------------

    def refresh_learners(self, *_args: object) -> None:
        """List the learner profiles; the switcher shows only when there is a choice."""
        profiles = self.context.database.profiles()
        box = self.learner_box
        box.blockSignals(True)
        box.clear()
        self._learner_names = {profile_id: name for profile_id, name in profiles}
        for profile_id, name in profiles:
            box.addItem(learner_name.shown(name), profile_id)
        index = box.findData(self.context.profile_id)
        box.setCurrentIndex(max(index, 0))
        box.blockSignals(False)
        several = len(profiles) > 1
        box.setVisible(several)
        self.learner_label.setVisible(several)

    def _on_learner_box_activated(self, index: int) -> None:
        profile_id = self.learner_box.itemData(index)
        if isinstance(profile_id, int):
            self.context.set_profile(profile_id)

    # --- navigation -------------------------------------------------------------------------

    def current_page_id(self) -> str:
        """The id of the page shown."""
        return PAGE_IDS[self.stack.currentIndex()]

    def page(self, page_id: str) -> Page:
        """The page with this id, built on first use."""
        if page_id not in self.pages:
            _, load_class = PAGE_SPECS[PAGE_IDS.index(page_id)]
            cls = load_class()
            page: Page = cls(self.context, self.stack)
            index = PAGE_IDS.index(page_id)
            stand_in = self.stack.widget(index)
            showing = self.stack.currentIndex() == index
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(stand_in)
            if stand_in in self._stand_ins:
                self._stand_ins.remove(stand_in)
            stand_in.deleteLater()
            if showing:
                # Removing the shown stand-in makes the stack show its neighbour instead.
                self.stack.setCurrentIndex(index)
            self.pages[page_id] = page
        return self.pages[page_id]

    @contextlib.contextmanager
    def page_laid_out(self, page: QWidget) -> Iterator[None]:
        """Lay a hidden page out at its real size (shown in the stack with painting off, then
        the shown page back, with the keyboard focus where it was)."""
        shown, focus = self.stack.currentWidget(), QApplication.focusWidget()
        self.setUpdatesEnabled(False)
        try:
            self.stack.setCurrentWidget(page)
            QApplication.sendPostedEvents()  # the layout requests and deferred resizes
            yield
        finally:
            self.stack.setCurrentWidget(shown)
            if focus is not None:
                focus.setFocus()
            self.setUpdatesEnabled(True)

    def show_page(self, page_id: str) -> Page:
        """Show a page by id and return it."""
        self.nav.setCurrentRow(PAGE_IDS.index(page_id))
        return self.page(page_id)

    def _on_context_navigate_requested(self, page_id: str, params: object) -> None:
        page = self.show_page(page_id)
        if params is not None and hasattr(page, "open_with"):
            page.open_with(params)

    def _on_nav_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        if PAGE_IDS[row] not in self.pages and self.isVisible():
            # Building a chart page takes a second or two the first time (matplotlib): show its
            # "Opening…" place at once, so the click is seen to have worked.
            self.stack.setCurrentIndex(row)
            self.stack.currentWidget().repaint()
        self.page(PAGE_IDS[row])
        self.stack.setCurrentIndex(row)
        page_id = PAGE_IDS[row]
        settings.write(self.context.database, settings.LAST_PAGE, page_id)
        self.page_changed.emit(page_id)

    def _update_nav_width(self) -> None:
        # Wide enough for the longest label in either language at the current text size, but at
        # most a quarter of the window: at large text sizes long labels take two lines instead
        # of the room the page needs.
        metrics = self.nav.fontMetrics()
        allowance = 4 * metrics.height()  # the items' padding and margins, and some air
        longest = max(
            [metrics.horizontalAdvance(name) for name in self._nav_names]
            + [metrics.horizontalAdvance("Missed-payment calculator")]
        )
        natural = longest + allowance
        cap = max(NAV_MIN_WIDTH, self.width() // 4)
        if natural > cap and not self._nav_wraps:
            self._nav_wraps = True
            if self._painted:
                self._no_nav_scroll_bar()
            else:  # the labels are wrapped to fit already; the first paint need not wait
                self.first_painted.connect(self._no_nav_scroll_bar_after_paint)
        width = min(natural, cap)
        self.nav.parentWidget().setFixedWidth(width)
        for i, name in enumerate(self._nav_names):
            # The items' padding and margins take about 2.5 line heights of the width.
            room = width - int(2.5 * metrics.height())
            self.nav.item(i).setText(_wrap_words(name, metrics, room))

    def _no_nav_scroll_bar(self) -> None:
        # Not at once before the first paint: the first use of an enum of Qt's namespace costs
        # ~25 ms (PySide builds all ~95 of them), which a small screen or large text would add
        # to the start-up.
        from PySide6.QtCore import Qt

        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _no_nav_scroll_bar_after_paint(self) -> None:
        self.first_painted.disconnect(self._no_nav_scroll_bar_after_paint)
        self._no_nav_scroll_bar()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_nav_width()

    # --- state ------------------------------------------------------------------------------

    def restore_state(self) -> None:
        """Restore window geometry and the last page from the settings."""
        geometry = settings.read(self.context.database, settings.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)  # damaged bytes only cost the window position
        last = settings.read(self.context.database, settings.LAST_PAGE)
        if last not in PAGE_IDS or last == self.current_page_id():
            return
        if last in self.pages:
            self.show_page(last)
            return
        # The page is built just after the window is first painted, so the window comes up at
        # once: the chart pages import matplotlib and draw, which took 2.5 s before the window
        # appeared. Meanwhile the page's place says it is opening.
        index = PAGE_IDS.index(last)
        self._deferred_page = last
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(index)
        self.nav.blockSignals(False)
        self.stack.setCurrentIndex(index)
        if self._painted:
            self._build_deferred_page_soon()
        else:
            self.first_painted.connect(self._build_deferred_page_soon)

    def _build_deferred_page_soon(self) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.first_painted.disconnect(self._build_deferred_page_soon)
        # After the events already queued (the paint shows "Opening…" first).
        QTimer.singleShot(0, self._build_deferred_page)

    def _build_deferred_page(self) -> None:
        page_id, self._deferred_page = self._deferred_page, ""
        if page_id and self.current_page_id() == page_id:
            self.page(page_id)
            self.page_changed.emit(page_id)

    def save_state(self) -> None:
        """Store the window geometry (the page is stored whenever it changes)."""
        geometry = bytes(self.saveGeometry().data())
        settings.write(self.context.database, settings.WINDOW_GEOMETRY, geometry)

    def _on_context_lesson_pack_set_aside(self, folder: str, reason: str) -> None:
        self.show_message(self._set_aside_text(folder, reason))
        self._banner_words = lambda: self._set_aside_text(folder, reason)

    def _set_aside_text(self, folder: str, reason: str) -> str:
        if reason == "too_slow":
            why = self.tr("it took too long to open")
        else:  # a PackPathError code
            why = errors.pack_path_reason(reason)
        return (
            self.tr(
                "Your lesson pack in %1 was not opened (%2), so DueWise shows its own course for "
                "now. Your choice is kept for the next start; `duewise lessons check` lists any "
                "problems."
            )
            .replace("%1", folder)
            .replace("%2", why)
        )

    def show_message(self, text: str) -> None:
        """Show ``text`` in the banner above the page (until dismissed)."""
        self._banner_words = lambda: text
        self.banner_text.setText(text)
        self.banner.show()

    def _retranslate_banner(self) -> None:
        if self._banner_words is not None:
            self.banner_text.setText(self._banner_words())
        else:
            self.show_open_report()

    def show_open_report(self) -> None:
        """Tell the user what opening the database found: a file moved aside, a read-only
        session, another window using the same data."""
        report = self.context.open_report
        parts: list[str] = []
        if report.problem is not None:
            if report.problem is OpenProblem.NEWER_VERSION:
                reason = self.tr("It was written by a newer version of DueWise.")
            else:
                reason = self.tr("It could not be read (it may be damaged).")
            parts.append(
                self.tr(
                    "Your previous data file was set aside and a new one was started. %1 "
                ).replace("%1", reason)
                + self.tr("The old file was kept as: %1").replace("%1", str(report.moved_to))
            )
        if report.read_only:
            parts.append(
                self.tr(
                    "Your data folder is read-only (%1): you can use DueWise as usual, but "
                    "nothing you do in this session will be kept."
                ).replace("%1", str(report.path.parent))
            )
        if report.other_instance:
            parts.append(
                self.tr(
                    "Another DueWise window is open with the same data. Both can be used; "
                    "changes made in one show in the other after it is restarted."
                )
            )
        if not parts:
            self.banner.hide()
            return
        self.banner_text.setText("\n".join(parts))
        self.banner.show()

    # --- events -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the geometry on close."""
        self.save_state()
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Report the first paint (used by ``--exit-after-startup`` and the startup benchmark)."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
            # Work the first paint need not wait for: file dialogs that follow the language
            # (~40 ms, Qt's enum namespace), then the warm-up of the chart pages.
            QTimer.singleShot(0, self.context.follow_language_in_file_dialogs)
            self.warm_up.start()

    def changeEvent(self, event: QEvent) -> None:
        """Re-set the texts when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("DueWise — understand your credit"))
        self.app_title.setText(self.tr("DueWise"))
        self.app_subtitle.setText(self.tr("Use credit wisely"))
        names = {
            "learn": self.tr("Learn"),
            "check": self.tr("Check yourself"),
            "calculator": self.tr("Missed-payment calculator"),
            "planner": self.tr("Repayment planner"),
            "classroom": self.tr("Classroom"),
            "settings": self.tr("Settings"),
        }
        self._nav_names = [names[page_id] for page_id in PAGE_IDS]
        for i, page_id in enumerate(PAGE_IDS):
            item = self.nav.item(i)
            item.setText(names[page_id])
            item.setToolTip(f"{names[page_id]} (Ctrl+{i + 1})")
        self.nav.setAccessibleName(self.tr("Places"))
        for stand_in in self._stand_ins:
            stand_in.setText(self.tr("Opening…"))
        self.learner_label.setText(self.tr("Learner using the app:"))
        # The default learner's name is worded in the new language (from the names read last:
        # retranslating never reads the database, which may be closed by then).
        names = getattr(self, "_learner_names", {})
        for i in range(self.learner_box.count()):
            stored = names.get(self.learner_box.itemData(i))
            if stored is not None:
                self.learner_box.setItemText(i, learner_name.shown(stored))
        self.learner_box.setToolTip(
            self.tr("Switch to another learner on this computer (add learners under Classroom)")
        )
        self.banner_close.setText(self.tr("Dismiss"))
        if self.banner.isVisible():
            self._retranslate_banner()
        self._update_nav_width()


def _wrap_words(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` with line breaks between words so that each line fits ``width`` pixels (a word
    longer than that keeps its own line)."""
    if metrics.horizontalAdvance(text) <= width or " " not in text:
        return text
    lines: list[str] = []
    for word in text.split(" "):
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and metrics.horizontalAdvance(candidate) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return "\n".join(lines)
