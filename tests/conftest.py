"""Shared fixtures: real store files in tmp dirs, the bundled seed article."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "drone-attack-ain-al-asad-2024-01-24.txt"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A folder holding only the seed article."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / SEED.name).write_bytes(SEED.read_bytes())
    return folder
