"""Checking corpora past one machine with Dask: the same work as ``tilmash check FOLDER``.

Nothing here distributes anything itself: Dask does (``pip install "tilmash[dask]"``). A bag
of :class:`~toolkit.project.DocumentSpec` values (from a manifest, or built by hand with paths
every worker can read) is mapped with :func:`~toolkit.project.check_document`, each worker
loading the glossary once; the document results come back to the client, which runs the
cross-document :func:`~toolkit.project.consistency` pass::

    import dask.bag as db
    from dask.distributed import Client
    from toolkit.distributed import check_bag
    from toolkit.project import discover

    client = Client("scheduler:8786")              # or Client() for a local cluster
    docs = db.from_sequence(discover("project.tsv"), npartitions=64)
    result = check_bag(docs, glossary_path="glossary/").compute()   # a ProjectResult

Per partition, the glossary is read from ``glossary_path`` (or the bundled one) once per worker
process and cached there, so a partition of many documents pays for it once.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from toolkit.glossary import load_glossary
from toolkit.glossary.model import Glossary
from toolkit.project import DocumentResult, DocumentSpec, ProjectResult, check_document, consistency
from toolkit.resources import bundled_glossary_dir

__all__ = ["check_bag", "check_partition"]


@functools.cache
def _glossary(path: str | None) -> Glossary:
    return load_glossary(Path(path) if path else bundled_glossary_dir())


def check_partition(specs: Iterable[DocumentSpec], glossary_path: str | None = None,
                    by_line: bool = False, document: bool = False) -> list[DocumentResult]:
    """Check the documents of one partition with the glossary at ``glossary_path``."""
    glossary = _glossary(glossary_path)
    return [check_document(glossary, spec, by_line, document) for spec in specs]


def check_bag(bag: Any, glossary_path: str | None = None, by_line: bool = False,
              document: bool = False) -> Any:
    """A Dask delayed :class:`~toolkit.project.ProjectResult` of a bag of document specs."""
    from dask.delayed import delayed

    results = bag.map_partitions(check_partition, glossary_path, by_line, document)

    def finish(documents: list[DocumentResult]) -> ProjectResult:
        return ProjectResult(documents, consistency(_glossary(glossary_path), documents))

    return delayed(finish)(results)
