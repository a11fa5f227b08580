"""`newsgraph serve`: an HTTP API and server-rendered pages over a corpus from `ingest`.

`create_app(settings)` builds the FastAPI application; nothing happens at import.
"""

from newsgraph.web.app import create_app
from newsgraph.web.settings import ServeSettings

__all__ = ["ServeSettings", "create_app"]
