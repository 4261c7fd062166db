"""Why a batch run stops before or while it works, each with the exit code the README's table gives it."""

from __future__ import annotations

from ..io import BitextError, OutputError, UsageError


class BatchUsageError(UsageError):
    """The command asks for something impossible (an unknown format, OUT_DIR equal to IN_DIR)."""


class FolderBusy(OutputError):
    """Another ``bitext batch`` holds the output folder's lock: this one cannot write there."""


class SchedulerUnreachable(BitextError):
    """No Dask scheduler answered at the address (EX_UNAVAILABLE, like a missing model)."""

    exit_code = 69


class BatchInterrupted(BitextError):
    """The run was stopped by SIGINT/SIGTERM; finished files are recorded."""

    exit_code = 130
