"""The learned part: three linear scorers over the sparse features of cues.py,
content.py and sources.py, stored together as gzipped JSON in the package.

`tools/train_attribution.py` writes the file (`make train-attribution`); the
model card next to it says what it was trained on. Scoring is a sum of dict
lookups, so the model adds little to spaCy's own parse time.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from itertools import repeat
from pathlib import Path
from typing import Any

MODEL_FILE = "attribution-model.json.gz"
FORMAT = 1


@dataclass
class LinearScorer:
    """A weight per feature name; unknown features weigh nothing."""

    weights: dict[str, float] = field(default_factory=dict)

    def score(self, features: Iterable[str]) -> float:
        return sum(map(self.weights.get, features, repeat(0.0)))

    def probability(self, features: Iterable[str]) -> float:
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, self.score(features)))))

    def best(self, options: Sequence[list[str]]) -> int:
        """Index of the highest-scoring option (the first on ties)."""
        return self.choose(options)[0]

    def choose(self, options: Sequence[list[str]]) -> tuple[int, float]:
        """The best option's index and the share of the softmax it takes."""
        scores = [self.score(f) for f in options]
        best = max(range(len(scores)), key=scores.__getitem__)
        top = scores[best]
        return best, 1.0 / sum(math.exp(s - top) for s in scores)


@dataclass
class AttributionModel:
    """Which tokens are cues, which span each attributes, and to whom."""

    cue: LinearScorer
    cue_in_context: LinearScorer
    content: LinearScorer
    source: LinearScorer
    threshold: float = 0.5
    meta: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "meta": self.meta,
            "threshold": self.threshold,
            "cue": _rounded(self.cue.weights),
            "cue_in_context": _rounded(self.cue_in_context.weights),
            "content": _rounded(self.content.weights),
            "source": _rounded(self.source.weights),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AttributionModel:
        if data.get("format") != FORMAT:
            raise ValueError(f"attribution model format {data.get('format')!r}, expected {FORMAT}")
        return cls(
            cue=LinearScorer(data["cue"]),
            cue_in_context=LinearScorer(data["cue_in_context"]),
            content=LinearScorer(data["content"]),
            source=LinearScorer(data["source"]),
            threshold=float(data["threshold"]),
            meta=data.get("meta", {}),
        )

    def save(self, path: Path) -> None:
        payload = json.dumps(self.to_json(), sort_keys=True, separators=(",", ":"))
        path.write_bytes(gzip.compress(payload.encode("utf-8"), mtime=0))

    @classmethod
    def load(cls, path: Path | None = None) -> AttributionModel:
        """The given model file, or the one shipped in the package."""
        if path is None:
            raw = resources.files("newsgraph").joinpath("data", MODEL_FILE).read_bytes()
        else:
            raw = path.read_bytes()
        return cls.from_json(json.loads(gzip.decompress(raw)))


def _rounded(weights: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 4) for k, v in sorted(weights.items()) if abs(v) >= 1e-4}
