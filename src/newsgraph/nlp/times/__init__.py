"""Time expressions: recognition (`recognize`) and TIMEX3 normalisation (`normalize`)."""

from newsgraph.nlp.times.component import TimeTagger

__all__ = ["TimeTagger"]
