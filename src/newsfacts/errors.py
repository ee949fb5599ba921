"""The library raises these; the CLI turns them into one clear line and an exit code."""

from __future__ import annotations


class NewsfactsError(Exception):
    """Base of every error newsfacts raises on purpose."""

    exit_code = 1


class InputError(NewsfactsError, ValueError):
    """An input could not be read or understood; the message names the file (and line)."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


class UsageError(NewsfactsError):
    """The command line asks for something impossible (bad option value, no inputs)."""

    exit_code = 2


class ModelMissingError(NewsfactsError):
    """No usable spaCy pipeline is installed (a set-up problem, not a usage error: exit 3)."""

    exit_code = 3
