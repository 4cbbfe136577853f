"""Confidence of an extracted assertion from the confidences of its parts.

A noisy-AND: both the type (or name) and the role rule must be right, but they are not
independent, so the geometric mean is used rather than the product. `calibration.json`
(written by `litgraph eval --calibrate`) can map raw scores to measured precision.
"""

from __future__ import annotations


def combine(type_conf: float, role_conf: float) -> float:
    value = (type_conf * role_conf) ** 0.5
    return round(min(1.0, max(0.0, value)), 3)
