"""The importer's one error type: a draft it cannot turn into an article."""

from __future__ import annotations


class DraftError(Exception):
    """A problem with the draft an editor can fix; names the file and line."""

    def __init__(self, path: str, line: int, message: str) -> None:
        # line 0: a converted draft (web page, Word), whose message says where
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")
        self.path, self.line, self.message = path, line, message
