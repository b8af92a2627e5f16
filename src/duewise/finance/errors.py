"""The one error type of the finance engine: a stable code plus the parameters its message names.

It lives apart from :mod:`duewise.finance.money` so that :mod:`duewise.finance.numbers` (reading
numbers) and ``money`` (amounts, rounding) can both raise it without importing each other.
``from duewise.finance.money import MoneyError`` keeps working.
"""

from __future__ import annotations


class MoneyError(ValueError):
    """A value that cannot be used as an amount of money or a rate.

    Attributes:
        code: a stable machine-readable code the UI turns into words (e.g. ``"not_a_number"``).
        params: the values the message names.
    """

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        detail = ", ".join(f"{k}={v!r}" for k, v in params.items())
        super().__init__(f"{code}({detail})" if detail else code)
