"""The one exit-code enum shared by every command (docs/decisions.md « Codes and exit codes »)."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    INTERNAL_ERROR = 1
    USAGE = 2
    INVALID_INPUT = 3
    LAW_DATA_MISSING = 4
    RENDER_FAILURE = 5
    BLOCKING_FINDING = 6
