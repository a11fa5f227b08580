"""Attributions (PARC 3.0: source, cue, content): who said, wrote or thinks what.

`component` is the spaCy component; `quotes`, `cues`, `content` and `sources`
find and describe candidates; `model` scores them with weights learned on
PolNeAR (`tools/train_attribution.py`); `lexicon` holds hand-written word classes.
"""

from newsgraph.nlp.attribution.component import AttributionFinder

__all__ = ["AttributionFinder"]
