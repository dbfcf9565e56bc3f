"""The command line's one error type (a module of its own, so the commands can
import it without importing the command line that imports them)."""


class UserError(Exception):
    """A problem the user can fix; printed without a traceback, exit status 2."""
