"""A learner's edited product preset as a file: finance writes the TOML text, storage the file.

``finance.products.to_toml`` turns a :class:`~duewise.finance.products.Product` into preset TOML
(which ``products.parse_preset`` reads back); :func:`save_preset` writes it through the one
atomic writer (:func:`duewise.storage.files.write_atomic`): a unique temporary file made with
``O_EXCL`` in the target folder, ``fsync``-ed, then renamed, so a link planted in a shared folder
is never followed and a failed write leaves the old file as it was.
"""

from __future__ import annotations

from pathlib import Path

from duewise.finance import products
from duewise.storage import files


def save_preset(product: products.Product, path: Path) -> None:
    """Write ``product`` as a preset file at ``path``, all of it or nothing.

    Raises:
        FileWriteError: with a code (``disk_full``, ``permission_denied``, ``read_only``, …);
            whatever was at ``path`` is unchanged.
    """
    files.write_text_atomic(path, products.to_toml(product))
