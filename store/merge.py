"""Rules for merging incident mentions from many articles into one incident.

Pure functions over plain values: whether a mention and an existing incident are the same
attack, and what the incident says once all its articles are taken together. Fields are
recomputed from every article's own figures each time, so the result does not depend on
the order in which reports arrived, and a differing figure widens a range instead of
overwriting what an earlier report said.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from store.models import WEAPONS

# Families of weapons that different outlets confuse for the same attack
# ("rockets" in one report are "mortar rounds" or "missiles" in another).
_FAMILY = {
    "rocket": "indirect",
    "mortar": "indirect",
    "missile": "indirect",
    "ballistic missile": "indirect",
    "cruise missile": "indirect",
    "drone": "drone",
    "ied": "ied",
    "other": "other",
}


def split_weapons(text: str | None) -> tuple[str, ...]:
    return tuple(w for w in (text or "").split(",") if w)


def join_weapons(weapons: Iterable[str]) -> str:
    present = set(weapons)
    if present & {"ballistic missile", "cruise missile"}:
        present.discard("missile")
    return ",".join(w for w in WEAPONS if w in present)


def families(weapons: Iterable[str]) -> frozenset[str]:
    """The weapon families named; an empty set means the weapon is unknown."""
    return frozenset(_FAMILY.get(w, "other") for w in weapons)


@lru_cache(maxsize=1024)
def stored_families(text: str | None) -> frozenset[str]:
    """:func:`families` of a stored ``weapons`` column; few distinct values, so cached."""
    return families(split_weapons(text))


def families_compatible(fa: frozenset[str], fb: frozenset[str]) -> bool:
    return not fa or not fb or bool(fa & fb)


@lru_cache(maxsize=4096)
def window(day: str, precision: str) -> tuple[date, date]:
    """The days a dated mention may stand for: one day, the week up to it, or its month.

    Cached: merging compares every candidate incident's date again for each mention.
    """
    d = date.fromisoformat(day[:10])
    if precision == "week":
        return d - timedelta(days=7), d
    if precision == "month":
        first = d.replace(day=1)
        nxt = (first + timedelta(days=32)).replace(day=1)
        return first, nxt - timedelta(days=1)
    return d, d


def windows_overlap(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def day_distance(a: str, b: str) -> int:
    return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)


_PRECISION_RANK = {"day": 0, "week": 1, "month": 2}


def _most_common(values: Iterable[Any]) -> Any:
    """The most frequent known value, the least of them on a tie (so order does not matter)."""
    counts: dict[Any, int] = {}  # a Counter costs more than the counting for a few reports
    for v in values:
        if v is not None and v != "":
            counts[v] = counts.get(v, 0) + 1
    if len(counts) < 2:
        return next(iter(counts), None)
    best = max(counts.values())
    return min(v for v, n in counts.items() if n == best)


def combine(rows: list[Mapping[str, Any]]) -> dict[str, Any]:
    """The incident's fields from its per-article rows (``incident_articles``)."""
    best_rank = min(_PRECISION_RANK.get(r["date_precision"] or "day", 0) for r in rows)
    precise = [r for r in rows if _PRECISION_RANK.get(r["date_precision"] or "day", 0) == best_rank]
    killed = [r["killed"] for r in rows if r["killed"] is not None]
    injured = [r["injured"] for r in rows if r["injured"] is not None]
    intercepts = [r["intercepted"] for r in rows if r["intercepted"] is not None]
    weapons = [w for r in rows for w in split_weapons(r["weapons"])]
    counts = [r["attack_count"] for r in rows if r["attack_count"] is not None]
    return {
        "date": _most_common(r["date"] for r in precise),
        "date_precision": precise[0]["date_precision"] or "day",
        "weapons": join_weapons(weapons),
        "attack_count": max(counts) if counts else None,
        "killed": min(killed) if killed else None,
        "killed_max": max(killed) if killed else None,
        "injured": min(injured) if injured else None,
        "injured_max": max(injured) if injured else None,
        "injuries_reported": int(any(r["injuries_reported"] for r in rows) or bool(injured)),
        "damage": _most_common(r["damage"] for r in rows),
        "intercepted": (1 if any(intercepts) else 0) if intercepts else None,
        "claimed_by": _most_common(r["claimed_by"] for r in rows),
        "place_text": _most_common(r["place_text"] for r in rows),
    }


def summary(fields: Mapping[str, Any], base_name: str | None) -> str:
    """A one-line description such as "2 drone attacks on Ain al-Asad Air Base"."""
    weapons = split_weapons(fields.get("weapons"))
    what = " and ".join(weapons) if weapons else "unspecified"
    count = fields.get("attack_count")
    noun = f"{count} {what} attacks" if count and count > 1 else f"{what} attack"
    place = base_name or fields.get("place_text") or "an unnamed base"
    return f"{noun} on {place}"
