"""What the projector shows during a live quiz (issue #16's discipline: nothing that gives an
answer away, and no student's answer, before the reveal).

- **lobby**: the join address, the code and the QR code, large; how many have joined (a count,
  no names).
- **open / closed**: the question and its choices (in a shuffled order of the projector's own,
  without letters, since every phone has its own order); a small join strip for latecomers.
  **No count of answers** (that is on the teacher's window only).
- **revealed**: the right answer in words, the distribution of the class's answers (bars with
  count and share; the right options marked with a tick, not by colour alone) and the
  explanation; or the scoreboard when the teacher shows it.
- **ended**: the scoreboard (when shown) and a note that results can be downloaded on the phone.

Every name is set as plain text (``Qt.PlainText``), so a name like ``<img src=x>`` shows as text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from duewise import formatting
from duewise.content.model import Language, Question, QuestionType
from duewise.learning import classroom, live
from duewise.ui.classroom import quiz_words
from duewise.ui.classroom.live.qr import QrCode, join_link
from duewise.ui.classroom.presenter import ACCENT, MUTED, PresenterBase

RIGHT_COLOUR = ACCENT  # the presenter's accent: yellow on black
OTHER_COLOUR = "#8c8c8c"


@dataclass(frozen=True, slots=True)
class JoinInfo:
    """Where students join."""

    url: str
    code: str


def plain_label(parent: QWidget, name: str = "", *, wrap: bool = True) -> QLabel:
    """A label that never reads its text as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    return label


def spaced_code(code: str) -> str:
    """``482913`` as ``482 913`` (easier to read from the back of the room)."""
    return f"{code[:3]} {code[3:]}" if len(code) == 6 else code


class ShareBar(QWidget):
    """One bar of the distribution: filled to ``share`` (0–1), yellow for a right option."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.share = 0.0
        self.right = False
        self.setMinimumHeight(18)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_share(self, share: float, right: bool) -> None:
        self.share, self.right = share, right
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(300, 28)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(QColor(OTHER_COLOUR))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(0.5, 0.5, self.width() - 1, self.height() - 1))
        colour = QColor(RIGHT_COLOUR if self.right else OTHER_COLOUR)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRect(QRectF(0, 0, max(0.0, self.width() * self.share), self.height()))
        if not self.right:  # told apart without colour too: wrong answers are hatched
            painter.setBrush(QBrush(QColor(0, 0, 0, 140), Qt.BrushStyle.BDiagPattern))
            painter.drawRect(QRectF(0, 0, max(0.0, self.width() * self.share), self.height()))
        painter.end()


class ProjectorView(QWidget):
    """The live quiz for the class to see; :meth:`show_view` draws one teacher view."""

    def __init__(
        self,
        questions: Mapping[str, Question],
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.questions = questions
        self._language = language
        self.view: live.TeacherView | None = None
        self.join: JoinInfo | None = None
        self.seed = 0
        self.show_scoreboard = False
        self._drawn: tuple[object, ...] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.strip = plain_label(self, "liveJoinStrip", wrap=False)
        layout.addWidget(self.strip)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        self._build_lobby()
        self._build_question()
        self._build_board()

    # --- building ---------------------------------------------------------------------------

    def _build_lobby(self) -> None:
        self.lobby = QWidget(self.stack)
        row = QHBoxLayout(self.lobby)
        words = QVBoxLayout()
        self.lobby_title = plain_label(self.lobby, "presenterTitle")
        self.lobby_address_label = plain_label(self.lobby, "liveMuted")
        self.lobby_address = plain_label(self.lobby, "liveAddress")
        self.lobby_code_label = plain_label(self.lobby, "liveMuted")
        self.lobby_code = plain_label(self.lobby, "liveCode", wrap=False)
        self.lobby_joined = plain_label(self.lobby, "liveMuted")
        for widget in (
            self.lobby_title,
            self.lobby_address_label,
            self.lobby_address,
            self.lobby_code_label,
            self.lobby_code,
            self.lobby_joined,
        ):
            words.addWidget(widget)
        words.addStretch(1)
        row.addLayout(words, 3)
        self.qr = QrCode(self.lobby)
        row.addWidget(self.qr, 2)
        self.stack.addWidget(self.lobby)

    def _build_question(self) -> None:
        self.question_page = QWidget(self.stack)
        layout = QVBoxLayout(self.question_page)
        self.number = plain_label(self.question_page, "presenterStatus")
        self.prompt = plain_label(self.question_page, "presenterTitle")
        layout.addWidget(self.number)
        layout.addWidget(self.prompt)
        self.options = QGridLayout()
        self.options.setColumnStretch(1, 1)
        layout.addLayout(self.options)
        self.status = plain_label(self.question_page, "liveMuted")
        self.answer = plain_label(self.question_page, "liveAnswer")
        self.explanation = plain_label(self.question_page, "presenterText")
        layout.addWidget(self.status)
        layout.addWidget(self.answer)
        layout.addWidget(self.explanation)
        layout.addStretch(1)
        self.option_rows: list[tuple[QLabel, QLabel, ShareBar, QLabel]] = []
        self.stack.addWidget(self.question_page)

    def _build_board(self) -> None:
        self.board_page = QWidget(self.stack)
        layout = QVBoxLayout(self.board_page)
        self.board_title = plain_label(self.board_page, "presenterTitle")
        layout.addWidget(self.board_title)
        self.board_grid = QGridLayout()
        self.board_grid.setColumnStretch(1, 1)
        layout.addLayout(self.board_grid)
        self.board_note = plain_label(self.board_page, "liveMuted")
        layout.addWidget(self.board_note)
        layout.addStretch(1)
        self.stack.addWidget(self.board_page)

    # --- words ------------------------------------------------------------------------------

    @property
    def language(self) -> Language:
        """The lesson language shown (the interface language)."""
        return Language.ZH if self._language() == "zh_CN" else Language.EN

    def option_words(self, question: Question, option: classroom.TallyOption) -> str:
        """An option's words on the projector (no letter: phones have their own orders)."""
        if option.kind is classroom.OptionKind.CHOICE:
            return question.choices[option.index].get(self.language)
        return {
            classroom.OptionKind.TRUE: self.tr("True"),
            classroom.OptionKind.FALSE: self.tr("False"),
            classroom.OptionKind.RIGHT: self.tr("Right"),
            classroom.OptionKind.WRONG: self.tr("Not right"),
        }[option.kind]

    def answer_words(self, question: Question) -> str:
        """The right answer in words."""
        answer = question.answer
        if question.type is QuestionType.TRUE_FALSE:
            return self.tr("True") if answer is True else self.tr("False")
        if question.type is QuestionType.NUMERIC:
            unit = question.unit.get(self.language) if question.unit else ""
            value = formatting.number(answer, self._language()) if answer is not None else "?"  # type: ignore[arg-type]
            return f"{value} {unit}".strip()
        if question.type is QuestionType.SINGLE and isinstance(answer, int):
            return question.choices[answer].get(self.language)
        if isinstance(answer, tuple):
            separator = " → " if question.type is QuestionType.ORDERING else "; "
            return separator.join(question.choices[i].get(self.language) for i in answer)
        return "?"

    # --- drawing ----------------------------------------------------------------------------

    def set_join(self, join: JoinInfo, seed: int) -> None:
        """Where students join, and the seed of the projector's own choice order."""
        self.join, self.seed = join, seed
        self.qr.set_text(join_link(join.url, join.code))
        self.refresh()

    def set_scoreboard(self, shown: bool) -> None:
        """Show the scoreboard instead of the distribution (after a reveal and at the end)."""
        self.show_scoreboard = shown
        self.refresh()

    def show_view(self, view: live.TeacherView) -> None:
        """Draw ``view``."""
        self.view = view
        self.refresh()

    def refresh(self) -> None:
        """Redraw from what is held (also after a language change)."""
        view, join = self.view, self.join
        if join is not None:
            self.strip.setText(
                self.tr("Join: %1   Code: %2")
                .replace("%1", join.url)
                .replace("%2", spaced_code(join.code))
            )
            self.lobby_title.setText(self.tr("Join the class quiz on your phone"))
            self.lobby_address_label.setText(self.tr("Open this address on the classroom network:"))
            self.lobby_address.setText(join.url)
            self.lobby_code_label.setText(self.tr("Join code:"))
            self.lobby_code.setText(spaced_code(join.code))
        if view is None:
            self.stack.setCurrentWidget(self.lobby)
            self.strip.setVisible(False)
            self.lobby_joined.setText("")
            return
        joined = len(view.students)
        self.lobby_joined.setText(self.tr("Joined so far: %1").replace("%1", str(joined)))
        question = self.questions.get(view.question_id)
        board = self.show_scoreboard and view.phase in (live.Phase.REVEALED, live.Phase.ENDED)
        if view.phase is live.Phase.LOBBY or question is None:
            self.strip.setVisible(False)
            self.stack.setCurrentWidget(self.lobby)
        elif view.phase is live.Phase.ENDED or board:
            self.strip.setVisible(view.phase is not live.Phase.ENDED)
            self._draw_board(view)
            self.stack.setCurrentWidget(self.board_page)
        else:
            self.strip.setVisible(True)
            self._draw_question(view, question)
            self.stack.setCurrentWidget(self.question_page)

    def _clear(self, grid: QGridLayout) -> None:
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # out of the layout it would still paint until deleted
                widget.deleteLater()

    def _draw_question(self, view: live.TeacherView, question: Question) -> None:
        revealed = view.phase is live.Phase.REVEALED
        self.number.setText(
            self.tr("Question %1 of %2")
            .replace("%1", str(view.index + 1))
            .replace("%2", str(view.total))
        )
        self.prompt.setText(question.prompt.get(self.language))
        self._draw_status(view)
        key = (question.id, revealed, view.counts if revealed else (), self._language(), self.seed)
        if key == self._drawn:
            return  # an answer came in: the projector shows no count, nothing else changes
        self._drawn = key
        options = list(classroom.tally_options(question))
        counts = list(view.counts) if revealed else [0] * len(options)
        if question.type in (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.ORDERING):
            order = live.choice_order(self.seed, "projector", question)
        else:
            order = tuple(range(len(options)))
        if question.type is QuestionType.ORDERING:
            # The class ordered the choices; the projector lists them, then the right order.
            shown = [
                (classroom.TallyOption(classroom.OptionKind.CHOICE, False, i), 0) for i in order
            ]
            if revealed:
                shown = [(o, c) for o, c in zip(options, counts, strict=True)]
        elif question.type is QuestionType.NUMERIC:
            shown = [(o, c) for o, c in zip(options, counts, strict=True)] if revealed else []
        else:
            by_index = {o.index: (o, c) for o, c in zip(options, counts, strict=True)}
            shown = (
                [by_index[i] for i in order]
                if question.type is not QuestionType.TRUE_FALSE
                else list(zip(options, counts, strict=True))
            )
        total = sum(counts) if question.type is not QuestionType.MULTIPLE else view.answered
        for row, (option, count) in enumerate(shown):
            mark, words, bar, figure = self._option_row(row)
            right = revealed and option.correct
            mark.setText("✓" if right else "•")
            said = quiz_words.option_mark(option, revealed)  # words too, not colour alone
            text = self.option_words(question, option)
            words.setText(f"{text} — {said}" if said else text)
            share = count / total if total else 0.0
            bar.set_share(share, right)
            figure.setText(
                self.tr("%1 (%2 %)")
                .replace("%1", str(count))
                .replace("%2", formatting.number(round(share * 100), self._language()))
            )
            for widget in (mark, words):
                widget.setVisible(True)
            for widget in (bar, figure):
                widget.setVisible(revealed)
        for row in self.option_rows[len(shown) :]:
            for widget in row:
                widget.setVisible(False)
        self.answer.setVisible(revealed)
        self.explanation.setVisible(revealed)
        if revealed:
            self.answer.setText(self.tr("Answer: %1").replace("%1", self.answer_words(question)))
            self.explanation.setText(question.explanation.get(self.language))

    def _option_row(self, row: int) -> tuple[QLabel, QLabel, ShareBar, QLabel]:
        """The widgets of option ``row``, made once and reused (making and styling new ones at
        every reveal is what a projector-sized window spends its time on)."""
        while len(self.option_rows) <= row:
            index = len(self.option_rows)
            mark = plain_label(self.question_page, "quizMark", wrap=False)
            words = plain_label(self.question_page, "quizOptionText")
            bar = ShareBar(self.question_page)
            figure = plain_label(self.question_page, "quizCount", wrap=False)
            self.options.addWidget(mark, index * 2, 0, Qt.AlignmentFlag.AlignTop)
            self.options.addWidget(words, index * 2, 1)
            self.options.addWidget(bar, index * 2 + 1, 1)
            self.options.addWidget(figure, index * 2 + 1, 2)
            self.option_rows.append((mark, words, bar, figure))
        return self.option_rows[row]

    def _draw_status(self, view: live.TeacherView) -> None:
        if view.phase is live.Phase.OPEN:
            self.status.setText(self.tr("Answer on your phone."))
        elif view.phase is live.Phase.CLOSED:
            self.status.setText(self.tr("Answers are closed."))
        else:
            self.status.setText(
                self.tr("%1 of %2 answered; %3 fully right.")
                .replace("%1", str(view.answered))
                .replace("%2", str(len(view.students)))
                .replace("%3", str(view.right))
            )

    def _draw_board(self, view: live.TeacherView) -> None:
        self._drawn = None
        ended = view.phase is live.Phase.ENDED
        self.board_title.setText(self.tr("The quiz is over") if ended else self.tr("Scoreboard"))
        self._clear(self.board_grid)
        rows = view.team_standings or view.standings
        if self.show_scoreboard:
            for row, standing in enumerate(rows[:10]):
                rank = plain_label(self.board_page, "quizMark", wrap=False)
                name = plain_label(self.board_page, "quizOptionText")
                points = plain_label(self.board_page, "quizCount", wrap=False)
                rank.setText(f"{standing.rank}.")
                name.setText(standing.name)
                points.setText(
                    self.tr("%1 points").replace(
                        "%1", formatting.number(standing.points, self._language())
                    )
                )
                self.board_grid.addWidget(rank, row, 0)
                self.board_grid.addWidget(name, row, 1)
                self.board_grid.addWidget(points, row, 2)
        self.board_note.setText(
            self.tr("Thank you! Each of you can download your own results file on your phone.")
            if ended
            else ""
        )


class LiveProjectorWindow(PresenterBase):
    """The live quiz full screen: the presenter's window (white on black, B blanks, Esc leaves)
    around a :class:`ProjectorView`.

    →, Space, Enter or PageDown (a clicker) takes the next natural step: open the first
    question, close it, reveal it, open the next one.

    Signals:
        step_requested(object): a :class:`live.Step` asked for from the projector's keys.
    """

    step_requested = Signal(object)

    def __init__(self, view: ProjectorView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        view.setParent(self.page)
        self.page_layout.addWidget(view)
        for key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_PageDown):
            self.add_shortcut(key, self._on_forward)

    def next_step(self) -> live.Step | None:
        """What the forward key does now."""
        current = self.view.view
        if current is None:
            return None
        last = current.index >= current.total - 1
        return {
            live.Phase.LOBBY: live.Step.OPEN,
            live.Phase.OPEN: live.Step.CLOSE,
            live.Phase.CLOSED: live.Step.REVEAL,
            live.Phase.REVEALED: None if last else live.Step.NEXT,
        }.get(current.phase)

    def _on_forward(self) -> None:
        if self.is_blank():
            self.set_blank(False)
            return
        step = self.next_step()
        if step is not None:
            self.step_requested.emit(step)

    def extra_stylesheet(self, pt: float) -> str:
        return f"""
        QLabel#liveCode {{ font-size: {pt * 3.2:.0f}pt; font-weight: 700; color: {ACCENT}; }}
        QLabel#liveAddress {{ font-size: {pt * 1.3:.0f}pt; font-weight: 700; }}
        QLabel#liveMuted, QLabel#liveJoinStrip {{ color: {MUTED}; font-size: {pt * 0.7:.0f}pt; }}
        QLabel#liveAnswer {{ font-size: {pt * 1.1:.0f}pt; font-weight: 700; color: {ACCENT}; }}
        QLabel#quizMark {{ font-weight: 700; color: {ACCENT}; }}
        QLabel#quizCount {{ color: {MUTED}; }}
        """

    def retranslate_ui(self) -> None:
        self.view.refresh()
