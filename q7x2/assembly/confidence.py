"""Confidence: the probability that a record is a true event, from what the text states of it.

A logistic model over a few features of the attack (``features``); its weights are in
``assembly.yaml`` and are fitted on evaluation sets by ``tools/calibrate_confidence.py``, so
that among records of confidence about c, about c are true events (``q7x2 evaluate``
reports the Brier score and a reliability table).
"""
from __future__ import annotations

import math

from .arguments import Attack
from .coreference import specific_places
from .words import ConfidenceModel


def features(a: Attack) -> dict[str, float]:
    """What the text states of the attack, as 0/1 features named as in ``assembly.yaml``."""
    verbs = [t for t in a.triggers if not t.value.noun]
    return {
        "date": float(bool(a.dates)),
        "place": float(bool(specific_places(a))),
        "country_only": float(bool(a.places) and not specific_places(a)),
        "weapon": float(bool(a.weapons)),
        "target": float(bool(a.targets)),
        "casualties": float(any(m.value.n is not None for m in a.casualties)),
        "actor": float(bool(a.actors)),
        "verb": float(bool(verbs)),
        "several_mentions": float(len(a.mentions) > 1),
    }


def confidence(model: ConfidenceModel, a: Attack) -> float:
    z = model.intercept + sum(model.weights.get(k, 0.0) * v for k, v in features(a).items())
    return round(1.0 / (1.0 + math.exp(-z)), 2)
