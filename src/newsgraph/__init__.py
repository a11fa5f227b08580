"""newsgraph: who said what, about whom, when, how many, and according to whom."""

from newsgraph.analyze import Analyzer, analyze, analyze_many, pipeline
from newsgraph.document import Document, ErrorRecord
from newsgraph.settings import Settings

__all__ = ["Analyzer", "Document", "ErrorRecord", "Settings", "analyze", "analyze_many", "pipeline"]
__version__ = "0.1.0"
