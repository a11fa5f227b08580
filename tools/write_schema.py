"""Write the versioned JSON Schema of the output document to schema/."""

from __future__ import annotations

from pathlib import Path

from newsgraph.document import SCHEMA_VERSION, json_schema_text

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schema"

if __name__ == "__main__":
    path = SCHEMA_DIR / f"document.v{SCHEMA_VERSION}.json"
    path.write_text(json_schema_text(), encoding="utf-8")
    print(f"wrote {path}")
