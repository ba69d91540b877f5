"""Shared test fixtures.

Tests that need the owner's real source files read them from
``../shared/seeds/`` (beside the repository) and skip, saying so, when the
folder is absent. Nothing from those files is copied into the repository.
"""

from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parent.parent
SEEDS = REPOSITORY.parent / "shared" / "seeds"
SAMPLES = REPOSITORY / "samples"


def seeds_dir():
    if not SEEDS.is_dir() or not any(SEEDS.glob("*.txt")):
        pytest.skip(f"the owner's seed files are not available at {SEEDS}")
    return SEEDS


@pytest.fixture
def seeds():
    return seeds_dir()
