"""The gazetteer of bases shipped inside the package (``store/data/gazetteer.csv``).

Loading is I/O, so it lives here and not in ``store/extract``; extraction receives the
loaded :class:`Gazetteer` as an argument.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class BaseRecord:
    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str
    admin1: str | None
    nearest_town: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class Gazetteer:
    bases: tuple[BaseRecord, ...]

    def by_name(self, name: str) -> BaseRecord | None:
        for base in self.bases:
            if base.name == name:
                return base
        return None


def _float(value: str) -> float | None:
    return float(value) if value.strip() else None


def parse_gazetteer(text: str) -> Gazetteer:
    """Parse the CSV text of a gazetteer (name, aliases separated by ``|``, ...)."""
    rows = csv.DictReader(io.StringIO(text))
    bases = tuple(
        BaseRecord(
            name=row["name"].strip(),
            aliases=tuple(a.strip() for a in row["aliases"].split("|") if a.strip()),
            kind=row["kind"].strip(),
            country=row["country"].strip(),
            admin1=row["admin1"].strip() or None,
            nearest_town=row.get("nearest_town", "").strip() or None,
            lat=_float(row["lat"]),
            lon=_float(row["lon"]),
        )
        for row in rows
    )
    return Gazetteer(bases)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer bundled with the package."""
    text = resources.files("store").joinpath("data/gazetteer.csv").read_text(encoding="utf-8")
    return parse_gazetteer(text)
