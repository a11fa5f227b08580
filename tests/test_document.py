import json
from pathlib import Path

import jsonschema

from newsgraph.document import SCHEMA_VERSION, Document, ErrorRecord, json_schema, json_schema_text

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schema" / f"document.v{SCHEMA_VERSION}.json"


def test_checked_in_schema_is_current() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == json_schema_text(), "run `make schema`"


def test_schema_accepts_documents_and_error_records_and_rejects_junk() -> None:
    validator = jsonschema.Draft202012Validator(json_schema())
    doc = Document(id="d1", text="Port reopens.", published=None)
    validator.validate(json.loads(doc.model_dump_json()))
    validator.validate(ErrorRecord(id="d2", error="empty document").model_dump())
    assert not validator.is_valid({"id": "d3", "text": 5})
