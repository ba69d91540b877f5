"""Shared test fixtures (the paths of source files live in ``source_files``)."""

import pytest
from source_files import seeds_dir


@pytest.fixture
def seeds():
    return seeds_dir()
