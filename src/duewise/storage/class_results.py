"""The class results the teacher sees: results kept from imports (files, a live class quiz) and the
learners on this computer, merged by one rule.

Two sources, one merge (:func:`duewise.storage.results_files.merge`: by learner id, an attempt id
counted once per learner):

- **kept** results: what was imported from learners' files, or saved by a live class quiz "as if
  each learner had imported a file". They are stored as one teacher item
  (:mod:`duewise.storage.classroom_store`, kind ``class_results``) so they survive a restart.
  :func:`add` merges new learners into them and saves; it is the only way in, for files
  (:func:`import_files`) and for any other source of :class:`~results_files.LearnerResults`.
- **local** learners: every profile on this computer that answered a scored quiz
  (:func:`local_learners`), read from the quiz tables each time, so they appear with no export
  and import, and always as they are now. They are never written into the kept results.

:func:`combined` merges both for the report and the gradebook. A learner on this computer whose
file was also imported is one learner (same learner id; the same attempt ids count once).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from duewise.storage import classroom_store, profiles, results_files
from duewise.storage.db import Database
from duewise.storage.results_files import LearnerResults


@dataclass(frozen=True, slots=True)
class Kept:
    """The kept class results.

    Attributes:
        learners: merged by learner id (empty when none, or when damaged).
        updated_at: when they last changed (ISO 8601 with offset), ``None`` when none are kept.
        damaged: the stored results could not be read (they are left as they are until cleared).
    """

    learners: tuple[LearnerResults, ...] = ()
    updated_at: str | None = None
    damaged: bool = False


def load(database: Database) -> Kept:
    """The kept class results (never raises: damaged ones are reported as ``damaged``)."""
    text = classroom_store.load(
        database, classroom_store.RESULTS_KIND, classroom_store.RESULTS_NAME
    )
    if text is None:
        return Kept()
    try:
        kept = results_files.load_kept(text)
    except results_files.ResultsFileError:
        return Kept(damaged=True)
    return Kept(kept.learners, kept.updated_at)


def _save(database: Database, learners: Sequence[LearnerResults], now: dt.datetime) -> str | None:
    if not learners:
        classroom_store.delete(database, classroom_store.RESULTS_KIND, classroom_store.RESULTS_NAME)
        return None
    stamp = now.isoformat(timespec="seconds")
    classroom_store.save(
        database,
        classroom_store.RESULTS_KIND,
        classroom_store.RESULTS_NAME,
        results_files.dump_kept(results_files.KeptResults(tuple(learners), stamp)),
    )
    return stamp


@dataclass(frozen=True, slots=True)
class Added:
    """What :func:`add` did: the kept learners now, and attempts already there (counted once)."""

    learners: tuple[LearnerResults, ...]
    duplicates: int
    updated_at: str | None


def add(database: Database, learners: Iterable[LearnerResults], *, now: dt.datetime) -> Added:
    """Merge ``learners`` into the kept class results and save them (files, a live quiz …).

    Damaged kept results are replaced only by what is added (the teacher was told they could not
    be read); otherwise nothing kept is lost.
    """
    previous = load(database).learners
    merged, duplicates = results_files.merge([*previous, *learners])
    return Added(merged, duplicates, _save(database, merged, now))


def clear(database: Database) -> None:
    """Forget the kept results (the learners on this computer stay: they are not kept)."""
    classroom_store.delete(database, classroom_store.RESULTS_KIND, classroom_store.RESULTS_NAME)


def import_files(
    database: Database, paths: Iterable[Path], *, now: dt.datetime
) -> results_files.ImportResult:
    """Read results files (bad ones skipped and reported by name) and :func:`add` the good ones.

    ``ImportResult.learners`` are the kept learners after the import; ``duplicates`` counts the
    attempts that were already kept or came twice.
    """
    good: list[LearnerResults] = []
    problems: list[results_files.FileProblem] = []
    for path in paths:
        try:
            good.append(results_files.read_results_file(Path(path)))
        except results_files.ResultsFileError as exc:
            problems.append(results_files.FileProblem(Path(path).name, exc.code, dict(exc.params)))
    if not good:
        kept = load(database).learners
        return results_files.ImportResult(kept, tuple(problems), 0, 0)
    added = add(database, good, now=now)
    return results_files.ImportResult(added.learners, tuple(problems), len(good), added.duplicates)


def local_learners(database: Database, *, now: dt.datetime) -> tuple[LearnerResults, ...]:
    """Every profile on this computer with at least one scored answer, as its results file would
    hold it (same learner id, attempt ids and quizzes), stamped ``now``."""
    learners = []
    for profile in profiles.list_profiles(database):
        attempts = results_files.profile_attempts(database, profile.id)
        if not attempts:
            continue
        learners.append(
            LearnerResults(
                uid=profiles.learner_uid(database, profile.id),
                name=profile.name,
                exported_at=now.isoformat(timespec="seconds"),
                attempts=attempts,
                quizzes=results_files.profile_quizzes(database, profile.id),
            )
        )
    return tuple(learners)


@dataclass(frozen=True, slots=True)
class ClassResults:
    """Everything the report and the gradebook show.

    Attributes:
        learners: kept and local learners merged (by name, then learner id).
        kept: the kept results as loaded.
        local_uids: the learner ids of this computer's learners (to mark them in the UI).
    """

    learners: tuple[LearnerResults, ...]
    kept: Kept
    local_uids: frozenset[str]


def combined(database: Database, *, now: dt.datetime) -> ClassResults:
    """The kept results merged with this computer's learners (the one merge rule)."""
    kept = load(database)
    local = local_learners(database, now=now)
    merged, _ = results_files.merge([*kept.learners, *local])
    return ClassResults(merged, kept, frozenset(learner.uid for learner in local))
