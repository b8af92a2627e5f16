"""The class quiz on the projector: the question and its answers in very large type, the countdown,
then the reveal (right answer, answer-distribution chart, explanation) and the scoreboard.

The window is a :class:`~duewise.ui.classroom.presenter.PresenterBase` (the same full-screen,
white-on-black window as presenter mode: B blanks, Esc leaves). It holds no quiz state of its own:
it draws what the teacher's panel (a :class:`~duewise.ui.classroom.quiz_view.QuizView`) holds
whenever the panel says ``state_changed``, and its keys call the panel's methods, so the teacher
can type the tallies on the main window or on the projector. Only the quiz is shown — no
learner's name, progress or answers.

Projector discipline: until the answer is revealed the projector shows the question and its
choices only — no tallies, no team points, no frame on the option being typed for (a frame on the
right option gave it away). The counts typed meanwhile show on the teacher's window. After the
reveal come the right answer, the tallies and the chart; in team mode the points of this question
and the running totals, each labelled.

Keys on the projector:

- →, Space, Enter, PageDown: reveal the answer, then the next question (then the end);
- ←, PageUp: back to the previous question, as it was entered;
- ↑ / ↓: choose the answer (or team) whose count to type; 0–9 type it, Backspace deletes a digit,
  + / − add or take away one;
- R: reveal; T: start or pause the countdown;
- B or . : blank the screen (any key brings it back); Esc: leave.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from duewise import formatting
from duewise.content.model import QuestionType
from duewise.learning import classroom
from duewise.ui.classroom import quiz_words
from duewise.ui.classroom.presenter import ACCENT, BACKGROUND, FOREGROUND, MUTED, PresenterBase

if TYPE_CHECKING:
    from duewise.ui.classroom.charts import BarsChart
    from duewise.ui.classroom.quiz_view import QuizView

OTHER_BAR = "#8c8c8c"  # wrong answers: grey and hatched, 6:1 on black


def _label(parent: QWidget, name: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    return label


def _presenter_chart(parent: QWidget) -> BarsChart:
    """A bar chart drawn white on black with yellow right answers, whatever the app's theme
    (the presenter's style sheet hides its palette from matplotlib)."""
    from duewise.ui.classroom.charts import BarsChart

    class PresenterBarsChart(BarsChart):
        def text_colour(self) -> str:
            return FOREGROUND

        def background_colour(self) -> str:
            return BACKGROUND

    chart = PresenterBarsChart(parent, height_in=3.2)
    chart.right_colour = ACCENT
    chart.other_colour = OTHER_BAR
    chart.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    chart.offers_table = False  # the class sees the bars; the teacher's screen has the table
    return chart


class OptionRow(QFrame):
    """One answer (or team) on the projector: a mark, its words, under them what the reveal says
    of it (``✓ Correct answer``: a symbol and words, not colour alone), and the count typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quizOption")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.setSpacing(18)
        self.mark = _label(self, "quizMark", wrap=False)
        self.text = _label(self, "quizOptionText")
        self.words = _label(self, "quizMarkWords")
        self.words.hide()
        self.count = _label(self, "quizCount", wrap=False)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(self.text)
        column.addWidget(self.words)
        layout.addWidget(self.mark)
        layout.addLayout(column, 1)
        layout.addWidget(self.count)

    def set_words(self, text: str) -> None:
        """What the reveal says of this answer (empty: nothing, and no line for it)."""
        self.words.setText(text)
        self.words.setVisible(bool(text))

    def set_state(self, *, selected: bool, right: bool | None, winner: bool = False) -> None:
        """Frame the row being typed into; after the reveal, light the right answers up (or the
        winning teams on the scoreboard)."""
        state = "winner" if winner else "" if right is None else ("right" if right else "wrong")
        changed = self.property("selected") != selected or self.property("answer") != state
        self.setProperty("selected", selected)
        self.setProperty("answer", state)
        if changed:
            for widget in (self, self.mark, self.text, self.words, self.count):
                widget.style().unpolish(widget)
                widget.style().polish(widget)


class QuizPresenterWindow(PresenterBase):
    """The class quiz full screen (see the module docstring for the keys).

    Signals:
        closed(): presenter mode was left.
    """

    def __init__(self, panel: QuizView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.selected = 0
        self._typing = False  # the next digit is appended (else it replaces the count)
        self._built_for: tuple[object, ...] | None = None
        self.rows: list[OptionRow] = []

        layout = self.page_layout
        top = QHBoxLayout()
        self.status_label = _label(self.page, "presenterStatus", wrap=False)
        self.countdown_label = _label(self.page, "quizCountdown", wrap=False)
        top.addWidget(self.status_label, 1)
        top.addWidget(self.countdown_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.prompt = _label(self.page, "quizPrompt")
        layout.addWidget(self.prompt)

        middle = self.middle = QHBoxLayout()
        middle.setSpacing(32)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(10)
        left = QVBoxLayout()
        left.addLayout(self.rows_box)
        left.addStretch(1)
        middle.addLayout(left, 5)
        self.chart = _presenter_chart(self.page)
        self.chart.hide()
        middle.addWidget(self.chart, 4)
        layout.addLayout(middle, 1)
        self.teams_line = QLabel(self.page)
        self.teams_line.setObjectName("quizTeams")
        self.teams_line.setTextFormat(Qt.TextFormat.RichText)
        self.teams_line.setWordWrap(True)
        layout.addWidget(self.teams_line)
        self.answer_label = _label(self.page, "quizAnswer")
        self.explanation = _label(self.page, "quizExplanation")
        layout.addWidget(self.answer_label)
        layout.addWidget(self.explanation)
        self.hint = _label(self.page, "presenterHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.hint)

        # Clicker keys: PageDown steps on, PageUp goes back a question.
        self.add_shortcut(Qt.Key.Key_PageDown, self.panel.advance)
        self.add_shortcut(Qt.Key.Key_PageUp, self.panel.go_back)
        self.panel.state_changed.connect(self.refresh)
        self.apply_size()
        self.refresh()

    # --- size -------------------------------------------------------------------------------

    def extra_stylesheet(self, pt: float) -> str:
        """The quiz's own type: a huge prompt and options, a yellow countdown."""
        return f"""
        QLabel#quizPrompt {{ font-size: {pt * 1.5:.0f}pt; font-weight: 700; }}
        QLabel#quizCountdown {{ font-size: {pt * 1.6:.0f}pt; font-weight: 700;
            color: {ACCENT}; }}
        QLabel#quizOptionText, QLabel#quizMark {{ font-size: {pt * 1.25:.0f}pt; }}
        QLabel#quizCount {{ font-size: {pt * 1.25:.0f}pt; font-weight: 700; color: {MUTED};
            min-width: {pt * 2.6:.0f}pt; }}
        QLabel#quizMark {{ min-width: {pt * 1.3:.0f}pt; color: {ACCENT}; font-weight: 700; }}
        QLabel#quizMarkWords {{ color: {ACCENT}; font-weight: 700; }}
        QLabel#quizAnswer {{ font-size: {pt * 1.1:.0f}pt; font-weight: 700; color: {ACCENT}; }}
        QLabel#quizExplanation {{ font-size: {pt * 0.85:.0f}pt; }}
        QLabel#quizEndRow {{ font-size: {pt * 1.25:.0f}pt; }}
        QFrame#quizOption {{ border: 3px solid #333333; border-radius: 10px; }}
        QFrame#quizOption[selected="true"] {{ border-color: {FOREGROUND}; }}
        QFrame#quizOption[answer="right"] {{ border-color: {ACCENT}; background: #262100; }}
        QFrame#quizOption[answer="right"] QLabel {{ color: {ACCENT}; font-weight: 700; }}
        QFrame#quizOption[answer="wrong"] QLabel#quizOptionText {{ color: {MUTED}; }}
        QFrame#quizOption[answer="right"] QLabel, QFrame#quizOption[answer="wrong"] QLabel {{
            font-size: {pt:.0f}pt; }}
        QFrame#quizOption[answer="winner"] {{ border-color: {ACCENT}; background: #262100; }}
        QFrame#quizOption[answer="winner"] QLabel {{ color: {ACCENT}; font-weight: 700; }}
        QLabel#quizTeams {{ font-size: {pt:.0f}pt; }}
        """

    def fit_content(self) -> None:
        """The chart's type follows the presenter's (about 20 pt on a 1080-line screen)."""
        self.chart.font_scale = round(230 * self.base_point_size() / 30)
        self._built_for = None  # rows are rebuilt with the new type
        if hasattr(self, "rows"):
            self.refresh()

    # --- drawing ----------------------------------------------------------------------------

    def _clear_rows(self) -> None:
        while self.rows_box.count():
            item = self.rows_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.rows = []

    def _ensure_rows(self, key: tuple[object, ...], count: int) -> None:
        if key == self._built_for and len(self.rows) == count:
            return
        self._clear_rows()
        for _ in range(count):
            row = OptionRow(self.page)
            self.rows_box.addWidget(row)
            self.rows.append(row)
        self._built_for = key
        self.selected = min(self.selected, max(count - 1, 0))
        self._typing = False

    def refresh(self) -> None:
        """Draw what the quiz panel holds now."""
        panel = self.panel
        view = panel.stack.currentWidget()
        session = panel.session
        question = panel.current_question()
        if session is not None and view is panel.end_view:
            self._show_end()
        elif session is not None and question is not None and view is panel.run_view:
            self._show_question()
        else:
            self._show_waiting()
        self.retranslate_ui()

    def _show_waiting(self) -> None:
        self._ensure_rows(("waiting",), 0)
        for widget in (
            self.chart,
            self.answer_label,
            self.explanation,
            self.countdown_label,
            self.teams_line,
        ):
            widget.hide()

    def _show_question(self) -> None:
        self.middle.setStretch(0, 5)
        panel = self.panel
        session = panel.session
        question = panel.current_question()
        assert session is not None and question is not None
        teams = session.mode is classroom.QuizMode.TEAMS
        revealed = panel.revealed
        lang = panel._language()
        options = [option for _, option in panel.shown_options(question)]
        self._ensure_rows((id(session), panel.index, teams), len(options))
        values = [spin.value() for spin in panel.spins]  # row by row, as the rows below
        for i, (row, option) in enumerate(zip(self.rows, options, strict=True)):
            right = option.correct if revealed else None
            # Before the reveal nothing marks an option: no count, no frame (it gave answers away).
            row.set_state(selected=revealed and not teams and i == self.selected, right=right)
            row.mark.setText("✓" if right else "")
            row.text.setText(panel.option_text(question, option, i))
            row.set_words(quiz_words.option_mark(option, revealed))
            shown = revealed and not teams and i < len(values)
            row.count.setText(formatting.number(values[i], lang) if shown else "")
            row.count.setVisible(shown)
        # Team mode, after the reveal: this question's points per team (labelled), the chart
        # shows the running totals (labelled too).
        self.teams_line.setVisible(teams and revealed)
        if teams and revealed:
            parts = []
            for i, (team, value) in enumerate(zip(session.teams, values, strict=False)):
                points = formatting.number(value, lang)
                text = html.escape(self.tr("%1: %2").replace("%1", team).replace("%2", points))
                if i == self.selected:
                    text = f"<b style='color:{ACCENT}'>[{text}]</b>"
                parts.append(text)
            label = html.escape(self.tr("Points for this question:"))
            self.teams_line.setText(f"{label}&nbsp;&nbsp; " + "&nbsp;&nbsp;&nbsp; ".join(parts))
        self.prompt.setText(question.prompt.get(panel.language))
        if revealed:
            data = panel.reveal_chart_data()
            if data is not None:
                data.show(self.chart)
            self.chart.show()
            self.answer_label.setText(
                self.tr("Answer: %1").replace("%1", panel.answer_text(question))
            )
            self.explanation.setText(question.explanation.get(panel.language))
        for widget in (self.chart, self.explanation):
            widget.setVisible(revealed)
        # A ticked option says the answer already; numbers and orderings need it in words.
        in_words = question.type in (QuestionType.NUMERIC, QuestionType.ORDERING)
        self.answer_label.setVisible(revealed and in_words)

    def _show_end(self) -> None:
        panel = self.panel
        session = panel.session
        assert session is not None
        lang = panel._language()
        self.answer_label.hide()
        self.explanation.hide()
        self.countdown_label.hide()
        self.teams_line.hide()
        if session.mode is classroom.QuizMode.TEAMS:
            board = classroom.scoreboard(session)
            self._ensure_rows((id(session), "end", "teams"), len(board))
            for row, standing in zip(self.rows, board, strict=True):
                row.mark.setText(str(standing.rank))
                row.text.setText(standing.team)
                row.set_words("")
                row.count.setText(formatting.number(standing.points, lang))
                row.set_state(selected=False, right=None, winner=standing.rank == 1)
            data = panel.scoreboard_chart_data()
        else:
            summaries = panel.question_summaries()
            self._ensure_rows((id(session), "end", "class"), 0)
            data = None
            if summaries:
                values = [
                    int(classroom.percent(s.share_right, 0)) if s.share_right is not None else 0
                    for _, _, s in summaries
                ]
                data = quiz_words.ChartData(
                    [str(number) for number, _, _ in summaries],
                    values,
                    [True] * len(values),
                    [
                        formatting.pct(classroom.percent(s.share_right, 0), lang, 0)
                        if s.share_right is not None
                        else "—"
                        for _, _, s in summaries
                    ],
                    self.tr("Right (%)"),
                )
        if data is not None:
            data.show(self.chart)
            if session.mode is classroom.QuizMode.CLASS:
                self.chart.axes.set_xlabel(self.tr("Question"))
                self.chart.axes.set_ylim(0, 115)
                self.chart.apply_palette()
                self.chart.redraw()
        self.chart.setVisible(data is not None)
        # Class mode ends with the chart alone: let it use the whole width.
        self.middle.setStretch(0, 5 if self.rows else 0)

    # --- keys -------------------------------------------------------------------------------

    def handle_key(self, event: QKeyEvent) -> bool:
        """The quiz's keys (module docstring)."""
        panel = self.panel
        key = event.key()
        running = panel.stack.currentWidget() is panel.run_view and panel.session is not None
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            panel.advance()
        elif not running:
            return False
        elif key == Qt.Key.Key_Left:
            panel.go_back()
        elif key == Qt.Key.Key_R:
            if not panel.revealed:
                panel.reveal()
        elif key == Qt.Key.Key_T:
            panel.toggle_countdown()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.select(self.selected + (1 if key == Qt.Key.Key_Down else -1))
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.type_digit(key - Qt.Key.Key_0)
        elif key == Qt.Key.Key_Backspace:
            self._set_selected_count(self._selected_count() // 10)
            self._typing = True
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            step = -1 if key == Qt.Key.Key_Minus else 1
            self._set_selected_count(self._selected_count() + step)
            self._typing = False
        else:
            return False
        return True

    def select(self, index: int) -> None:
        """Choose the answer (or team) whose count the digit keys type."""
        if not self.panel.spins:
            return
        self.selected = max(0, min(index, len(self.panel.spins) - 1))
        self._typing = False
        self.refresh()

    def type_digit(self, digit: int) -> None:
        """Type one digit of the chosen answer's count (the first digit replaces the count)."""
        value = self._selected_count() * 10 + digit if self._typing else digit
        if value <= classroom.MAX_COUNT:
            self._set_selected_count(value)
        self._typing = True

    def _selected_count(self) -> int:
        spins = self.panel.spins
        return spins[self.selected].value() if 0 <= self.selected < len(spins) else 0

    def _set_selected_count(self, value: int) -> None:
        spins = self.panel.spins
        if 0 <= self.selected < len(spins):
            spins[self.selected].setValue(max(0, min(value, classroom.MAX_COUNT)))
            self.refresh()  # the selection frame, even when the value did not change

    # --- texts ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text of the presenter's own."""
        panel = self.panel
        self.setWindowTitle(self.tr("DueWise class quiz"))
        self.setAccessibleName(self.tr("Class quiz on the projector"))
        session = panel.session
        view = panel.stack.currentWidget()
        lesson = panel.pack.lesson(session.lesson_id) if session is not None else None
        lesson_title = lesson.title.get(panel.language) if lesson is not None else ""
        if session is None or view is panel.setup_view:
            self.status_label.setText(self.tr("Class quiz"))
            self.prompt.setText(self.tr("The quiz starts in a moment."))
            self.hint.setText(self.tr("B blank    Esc leave"))
            return
        if view is panel.end_view:
            self.status_label.setText(self.tr("Class quiz · %1").replace("%1", lesson_title))
            teams = session.mode is classroom.QuizMode.TEAMS
            self.prompt.setText(
                self.tr("Final scores") if teams else self.tr("Quiz finished: share right")
            )
            self.chart.setAccessibleName(
                self.tr("Team points") if teams else self.tr("Share right per question")
            )
            self.hint.setText(self.tr("B blank    Esc leave"))
            return
        self.status_label.setText(
            self.tr("Question %1 of %2 · %3")
            .replace("%1", str(panel.index + 1))
            .replace("%2", str(len(panel.questions)))
            .replace("%3", lesson_title)
        )
        counting = bool(session.countdown_seconds) and not panel.revealed
        self.countdown_label.setVisible(counting)
        if counting:
            self.countdown_label.setText(
                self.tr("Time's up!")
                if panel.remaining == 0
                else self.tr("%1 s").replace("%1", str(panel.remaining))
            )
        self.chart.setAccessibleName(
            self.tr("Points so far per team")
            if session.mode is classroom.QuizMode.TEAMS
            else self.tr("How the class answered")
        )
        self.hint.setText(
            self.tr(
                "→ reveal / next    ← back    ↑↓ choose    0–9 count    T countdown    "
                "B blank    Esc leave"
            )
        )
