"""The one catalogue (``ui/common/errors.py``) words every error code the storage, content and
finance layers can raise, in English and in Chinese: no raw code, no English-only text, no
"something went wrong" in place of the reason.

The codes are collected from the source, not listed here, so a new ``FileWriteError("…")`` or
``MoneyError("…")`` without its words fails this test.
"""

from __future__ import annotations

import ast
import errno
import importlib
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from duewise.content import problems
from duewise.storage import files
from duewise.ui.common import errors
from duewise.ui.common.language import LanguageManager

SOURCE = Path(__file__).resolve().parents[3] / "src" / "duewise"
LAYERS = ("storage", "content", "finance")
CJK = re.compile(r"[\u4e00-\u9fff]")


def _modules() -> Iterator[tuple[str, ast.Module]]:
    for layer in LAYERS:
        for path in sorted((SOURCE / layer).rglob("*.py")):
            parts = path.relative_to(SOURCE.parent).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            yield name, ast.parse(path.read_text(encoding="utf-8"))


def _error_classes() -> dict[str, type[BaseException]]:
    """The public exception classes the three layers define, by name."""
    found: dict[str, type[BaseException]] = {}
    for name, _ in _modules():
        module = importlib.import_module(name)
        for attribute, value in vars(module).items():
            if (
                isinstance(value, type)
                and issubclass(value, BaseException)
                and value.__module__ == name
                and not attribute.startswith("_")
            ):
                assert found.get(attribute, value) is value, f"two classes named {attribute}"
                found[attribute] = value
    return found


def _literals(node: ast.expr, local_functions: dict[str, ast.FunctionDef]) -> set[str]:
    """The codes an argument can be: a literal, either side of ``a if c else b``, or what a
    function of the same module returns (``files._code(...)``)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _literals(node.body, local_functions) | _literals(node.orelse, local_functions)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        function = local_functions.get(node.func.id)
        if function is not None:
            return {
                code
                for ret in ast.walk(function)
                if isinstance(ret, ast.Return) and ret.value is not None
                for code in _literals(ret.value, {})
            }
    return set()


def _callee(node: ast.Call) -> str:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return ""


def _annotation(node: ast.expr | None) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def raised_codes() -> dict[tuple[str, str], type[BaseException]]:
    """``(class name, code)`` → class, for every code the layers can raise."""
    classes = _error_classes()
    codes: dict[tuple[str, str], type[BaseException]] = {}
    for _, tree in _modules():
        functions = {n.name: n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
        # Factories: ``def _refuse(code: str, …) -> MoneyError`` build the error from a code.
        factories = {
            name: _annotation(f.returns)
            for name, f in functions.items()
            if _annotation(f.returns) in classes and f.args.args and f.args.args[0].arg == "code"
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and node.args:
                kind = _callee(node)
                kind = factories.get(kind, kind)
                if kind in classes:
                    for code in _literals(node.args[0], functions):
                        codes[(kind, code)] = classes[kind]
            # ``self.code = "invalid_text"`` in an error class's own ``__init__``.
            if isinstance(node, ast.ClassDef) and node.name in classes:
                for assign in ast.walk(node):
                    if (
                        isinstance(assign, ast.Assign)
                        and isinstance(assign.value, ast.Constant)
                        and isinstance(assign.value.value, str)
                        and any(
                            isinstance(t, ast.Attribute) and t.attr == "code"
                            for t in assign.targets
                        )
                    ):
                        codes[(node.name, assign.value.value)] = classes[node.name]
    return codes


CODES = raised_codes()


def _error(kind: type[BaseException], code: str) -> BaseException:
    """An instance carrying ``code`` with no parameters (whatever the class's constructor)."""
    error = kind.__new__(kind)
    error.code = code  # type: ignore[attr-defined]
    error.params = {}  # type: ignore[attr-defined]
    error.path = Path("/home/teacher/report.csv")  # type: ignore[attr-defined]
    return error


@pytest.fixture
def languages(qapp) -> Iterator[LanguageManager]:  # type: ignore[no-untyped-def]
    manager = LanguageManager(qapp)
    yield manager
    manager.set_language("en")


def test_the_collector_finds_the_codes_it_must() -> None:
    """A guard on the collection itself: literals, factories, helper functions, ``self.code``."""
    expected = {
        ("FileWriteError", "disk_full"),  # files._code(...)
        ("FileWriteError", "read_only"),
        ("FileReadError", "not_a_file"),
        ("ProfileError", "name_invalid"),
        ("DatabaseBusyError", "locked"),
        ("DatabaseReadOnlyError", "read_only"),
        ("DatabaseOpenError", "cannot_move_aside"),
        ("MoneyError", "not_ascii_digits"),  # numbers._refuse(...)
        ("MoneyError", "ambiguous_comma"),  # "…" if … else "…"
        ("InvalidTextError", "invalid_text"),  # self.code = …
        ("PackPathError", "too_many_entries"),
        ("PinError", "pin_mismatch"),
        ("ProductError", "preset_syntax"),
        ("BorrowingError", "borrowing_rules_invalid"),
        ("DebtImportError", "field_too_long"),
        ("ResultsFileError", "truncated"),
    }
    assert expected <= set(CODES), sorted(expected - set(CODES))
    assert set(files.FileWriteError.MESSAGES) <= {c for k, c in CODES if k == "FileWriteError"}


@pytest.mark.parametrize(("kind", "code"), sorted(CODES), ids=str)
def test_every_raised_code_is_worded_in_both_languages(
    languages: LanguageManager, kind: str, code: str
) -> None:
    cls = CODES[(kind, code)]
    languages.set_language("en")
    english = errors.describe(_error(cls, code))
    fallback = errors.describe(_error(cls, "no_such_code_anywhere"))
    assert english.strip()
    assert english != fallback, f"{kind}({code!r}) gets the catch-all words: {english!r}"
    assert "%1" not in english and "%2" not in english
    if "_" in code:
        assert code not in english, english
    languages.set_language("zh_CN")
    chinese = errors.describe(_error(cls, code))
    assert CJK.search(chinese), f"{kind}({code!r}) has no Chinese words: {chinese!r}"
    assert chinese != english


def _problem(code: str) -> problems.Problem:
    fields = {f for _, f, _, _ in string.Formatter().parse(problems.MESSAGES[code]) if f}
    return problems.make(
        code, Path("lessons/01-x/lesson.toml"), 3, "", **dict.fromkeys(fields, "x")
    )


@pytest.mark.parametrize("code", sorted(problems.MESSAGES))
def test_every_lesson_problem_is_worded_in_both_languages(
    languages: LanguageManager, code: str
) -> None:
    """What the Learn page lists for a broken lesson (the loader's ``Problem`` codes)."""
    languages.set_language("en")
    english = errors.lesson_problem(_problem(code))
    languages.set_language("zh_CN")
    chinese = errors.lesson_problem(_problem(code))
    assert CJK.search(chinese), f"{code!r} has no Chinese words: {chinese!r}"
    assert chinese != english


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (errno.ENOSPC, "The disk is full"),
        (errno.EACCES, "You may not write"),
        (errno.EROFS, "read-only"),
    ],
)
def test_a_plain_os_error_is_worded_like_a_file_write_error(
    languages: LanguageManager, number: int, words: str
) -> None:
    """A writer that fails outside ``write_atomic`` (a PDF library, a chart backend)."""
    languages.set_language("en")
    text = errors.describe(OSError(number, "system words"))
    assert words in text and "system words" not in text
    languages.set_language("zh_CN")
    assert CJK.search(errors.describe(OSError(number, "system words")))


def test_an_unexpected_error_never_shows_its_english_text(languages: LanguageManager) -> None:
    languages.set_language("zh_CN")
    text = errors.describe(RuntimeError("internal detail in English"))
    assert CJK.search(text) and "internal detail" not in text


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (errno.EACCES, "no permission"),
        (errno.EIO, "the disk reported an error"),
        (errno.ELOOP, "too many links"),
        (errno.ESTALE, "ESTALE"),  # no words of its own: its symbolic name, never the C text
    ],
)
def test_a_file_the_system_will_not_read_is_worded_by_its_errno(
    languages: LanguageManager,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    number: int,
    words: str,
) -> None:
    """The system's own reason (``strerror``) is English whatever the interface language."""
    from duewise.storage import results_files

    target = tmp_path / "results.json"
    target.write_text("{}", encoding="utf-8")

    def refuse(*_args: object, **_kwargs: object) -> int:
        raise OSError(number, "system words")

    monkeypatch.setattr(files.os, "open", refuse)
    with pytest.raises(files.FileReadError) as read:
        files.read_regular_file(target, 1000)
    with pytest.raises(results_files.ResultsFileError) as results:
        results_files.read_results_file(target)
    for language in ("en", "zh_CN"):
        languages.set_language(language)
        for text in (
            errors.describe(read.value),
            errors.file_problem(
                results_files.FileProblem("results.json", results.value.code, results.value.params)
            ),
        ):
            assert "system words" not in text, text
            if language == "en" or number == errno.ESTALE:
                assert words in text, text
            else:
                assert CJK.search(text) and words not in text, text
