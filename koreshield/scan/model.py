"""
The shipped linear model: loading it and scoring a feature set.

test-case-name: tests.test_scan_model

The weights are trained offline by C{scripts/train_scanner.py} and shipped as
C{koreshield/scan/model.json.gz}; nothing is downloaded at run time and no
numerical library is needed to score.  Scoring is a set intersection and a
sum: M{logit = bias + sum(weights of present features) / sqrt(number of
distinct features)}.
"""

from __future__ import annotations

import gzip
import json
import math
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Final

MODEL_RESOURCE: Final = "model.json.gz"
MODEL_FORMAT: Final = 1


@dataclass(frozen=True)
class LinearModel:
    """
    A logistic-regression model over binary, L2-normalised features.

    @ivar bias: the intercept.
    @ivar weights: feature -> weight; absent features weigh nothing.
    @ivar version: identifies the trained weights (part of cache keys).
    """

    bias: float
    weights: dict[str, float] = field(repr=False)
    version: str = "untrained"

    def logit(self, features: set[str]) -> float:
        """The model's log-odds that a text with C{features} is an attack."""
        return self.logit_of_parts((frozenset(features),))

    def logit_of_parts(self, parts: tuple[frozenset[str], ...]) -> float:
        """
        L{logit} of the union of disjoint feature sets, without building it
        (see L{koreshield.scan.features.feature_parts}).
        """
        count = sum(map(len, parts))
        if not count:
            return self.bias
        weights = self.weights
        keys = weights.keys()
        total = 0.0
        for part in parts:
            total += sum(map(weights.__getitem__, keys & part))
        return self.bias + total / math.sqrt(count)

    def probability(self, features: set[str]) -> float:
        """L{logit} squashed to 0..1."""
        return sigmoid(self.logit(features))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LinearModel:
        """
        Build from the model file's JSON.

        @raise ValueError: if the format is not one this code understands.
        """
        if data.get("format") != MODEL_FORMAT:
            raise ValueError(f"unsupported model format {data.get('format')!r}")
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        return cls(float(data["bias"]), weights, str(data["version"]))

    @classmethod
    def load_shipped(cls) -> LinearModel:
        """Load the model that ships inside the package."""
        raw = resources.files("koreshield.scan").joinpath(MODEL_RESOURCE).read_bytes()
        return cls.from_dict(json.loads(gzip.decompress(raw)))


def sigmoid(value: float) -> float:
    """The logistic function, safe for large magnitudes."""
    if value >= 0:
        return 1.0 / (1.0 + math.exp(-value))
    z = math.exp(value)
    return z / (1.0 + z)
