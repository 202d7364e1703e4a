"""Named exceptions of the casefile library; the CLI turns each into one clean line."""


class CasefileError(Exception):
    """Base class of every error casefile raises on purpose."""


class InputError(CasefileError):
    """An input could not be read: names the source (and line) and what is wrong."""

    def __init__(self, source: str, message: str, line: int | None = None):
        self.source = source
        self.line = line
        self.message = message
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")


class ModelError(CasefileError):
    """The configured spaCy model cannot be loaded."""


class StoreError(CasefileError):
    """The database cannot be opened, migrated or written."""


class NotFoundError(CasefileError):
    """A record asked for by id does not exist."""


class GoldDataError(CasefileError):
    """An evaluation directory is missing files or has malformed lines."""
