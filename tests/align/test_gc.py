"""The aligner pauses Python's cyclic garbage collector while it works, and restores it.

Lines: NTREX-128 document 009 (tests/fixtures/ntrex-align, CC BY-SA 4.0).
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO
from toolkit.glossary import load_glossary
from toolkit.lang import Lang


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(REPO / "glossary")


def test_aligning_leaves_the_garbage_collector_as_it_found_it(glossary):
    import gc

    from tests.align.test_deletions import side
    from toolkit.align.aligner import align_documents

    source, target = side("009", Lang.RU, [0, 1, 2, 3]), side("009", Lang.EN, [0, 1, 2, 3])
    assert gc.isenabled()
    assert len(align_documents(source, target, Lang.RU, Lang.EN, glossary).beads) == 4
    assert gc.isenabled()
    gc.disable()
    try:
        align_documents(source, target, Lang.RU, Lang.EN, glossary)
        assert not gc.isenabled()
    finally:
        gc.enable()
