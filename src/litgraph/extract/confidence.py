"""Confidence of an extracted assertion.

Rule confidences (how sure the name/type is, how sure the role cue is) are combined with a
geometric mean (both must be right, but they are not independent). For paper-entity links,
the raw score is then replaced by the measured precision of the same (name rule, role rule)
pair on the tuning parts of the dev sets, when `data/calibration.json` has it (written by
`tools/calibrate_confidence.py`; counts shrunk towards 0.5 so rare rules stay modest). So a
link with confidence >= 0.8 comes from rules that were right that often.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

_CALIBRATION = Path(__file__).resolve().parents[1] / "data" / "calibration.json"

_GROUPS = {
    "gazetteer": "known", "gazetteer-fold": "known", "abbreviation+gazetteer": "known",
    "abbreviation": "abbrev", "title-name": "title", "name": "bare",
    "coined": "coined", "title-term": "coined", "listed": "listed",
}


def name_group(name_rule: str) -> str:
    return _GROUPS.get(name_rule, "shaped")


def combine(type_conf: float, role_conf: float) -> float:
    value = (type_conf * role_conf) ** 0.5
    return round(min(1.0, max(0.0, value)), 3)


@lru_cache(maxsize=1)
def _table() -> dict[str, float]:
    if not _CALIBRATION.exists():
        return {}
    data = json.loads(_CALIBRATION.read_text(encoding="utf-8"))
    return {k: float(v["confidence"]) for k, v in data.items() if v.get("n", 0) >= 3}


@lru_cache(maxsize=1 << 12)  # a pure function of its arguments and the (cached) table
def link_confidence(name_rule: str, role_rule: str, type_conf: float, role_conf: float,
                    typ: str | None = None) -> float:
    """Calibrated confidence of "paper --role--> entity" from the rules that produced it
    (and the entity's type: "evaluated on X" is surer for a benchmark than for a task)."""
    table = _table()
    group = name_group(name_rule)
    keys = (f"{group}/{role_rule}/{typ}",) if typ else ()
    for key in (*keys, f"{group}/{role_rule}", group):
        if key in table:
            return table[key]
    return combine(type_conf, role_conf)
