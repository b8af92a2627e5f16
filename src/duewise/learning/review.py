"""Spaced review of missed questions with Leitner boxes.

Algorithm: the **Leitner system** (Sebastian Leitner, *So lernt man lernen*, 1972) with five boxes
and doubling intervals, the schedule most Leitner apps publish:

=====  =================================
box    next review after a right answer
=====  =================================
1      1 day   (a question you just missed starts here, due at once)
2      2 days
3      4 days
4      8 days
5      16 days; right again → learned, leaves the queue
=====  =================================

- A **missed** question (in any quiz or review) goes to box 1 and is due the same day: box 1 is
  practised every session, and "Review (N due)" shows it straight after the quiz.
- A **right** answer moves the question up one box; the next review is ``interval(new box)`` days
  after the answer, and never earlier than the review already planned (so a right answer can
  never bring a review closer).

Why Leitner and not SM-2 or FSRS: the bank is small (about 175 questions, a few missed at a time)
and review is a side road, not a flash-card deck of thousands. Leitner needs no per-learner
parameters to fit (FSRS needs a review history to train its weights; SM-2 keeps a per-item
"ease" that drifts down after early misses, the "ease hell" its users report), it is
deterministic, and a learner or teacher can understand it in one sentence ("box 3: again in 4
days"). Those properties matter more here than squeezing out the last reviews.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

#: Days until the next review for a question in box 1…5.
INTERVAL_DAYS: tuple[int, ...] = (1, 2, 4, 8, 16)
BOXES = len(INTERVAL_DAYS)


@dataclass(frozen=True, slots=True)
class ReviewCard:
    """A question in the review queue.

    Attributes:
        question_id: the question.
        box: 1 (just missed) … 5 (nearly learned).
        due: the first day it should be reviewed again.
    """

    question_id: str
    box: int
    due: dt.date

    def is_due(self, as_of: dt.date) -> bool:
        """Whether the card should be reviewed on ``as_of``."""
        return self.due <= as_of


def interval(box: int) -> dt.timedelta:
    """How long a question waits in ``box`` (1-based) after a right answer."""
    if not 1 <= box <= BOXES:
        raise ValueError(f"box must be 1..{BOXES}, not {box}")
    return dt.timedelta(days=INTERVAL_DAYS[box - 1])


def after_answer(
    card: ReviewCard | None, question_id: str, correct: bool, as_of: dt.date
) -> ReviewCard | None:
    """The review state of a question after it was answered on ``as_of``.

    Args:
        card: its card, or ``None`` when it is not in the queue.
        question_id: the question answered.
        correct: whether the answer was fully right (partial credit counts as a miss).
        as_of: the day of the answer.

    Returns:
        The new card, or ``None`` when the question is not (or no longer) in the queue: right
        answers to questions outside the queue keep them out; a right answer in box 5 means
        learned.

    >>> day = dt.date(2026, 3, 1)
    >>> after_answer(None, "q1", False, day)
    ReviewCard(question_id='q1', box=1, due=datetime.date(2026, 3, 1))
    >>> after_answer(ReviewCard("q1", 1, day), "q1", True, day)
    ReviewCard(question_id='q1', box=2, due=datetime.date(2026, 3, 3))
    """
    if not correct:
        return ReviewCard(question_id, 1, as_of)
    if card is None or card.box >= BOXES:
        return None
    box = card.box + 1
    return ReviewCard(question_id, box, max(card.due, as_of + interval(box)))


def due_cards(cards: Iterable[ReviewCard], as_of: dt.date) -> tuple[ReviewCard, ...]:
    """The cards due on ``as_of``, longest overdue first, then the lowest box, then by id."""
    return tuple(
        sorted((c for c in cards if c.is_due(as_of)), key=lambda c: (c.due, c.box, c.question_id))
    )


def next_due(cards: Iterable[ReviewCard], as_of: dt.date) -> dt.date | None:
    """The first day after ``as_of`` on which a card falls due (``None`` if none)."""
    later = [c.due for c in cards if c.due > as_of]
    return min(later) if later else None
