"""Write a file a command creates in the site (an article, a topic page), with the
messages an editor sees: what was created and what to do next, or why not."""

from __future__ import annotations

import sys
from pathlib import Path

from healthkb.cli.errors import UserError
from healthkb.model.site import Site
from healthkb.safe_write import TargetExists, write_text_atomic


def create_site_file(
    site: Site, path: Path, text: str, *, overwrite: bool, exists: str, next_step: str
) -> None:
    """Write *text* to *path* in one step; *exists* says why an existing file is
    not overwritten, *next_step* what the editor does after it is created."""
    try:
        write_text_atomic(path, text, overwrite=overwrite)
    except TargetExists:
        raise UserError(f"{site.relpath(path)} {exists}") from None
    except OSError as exc:
        raise UserError(f"could not write {site.relpath(path)}: {exc}") from None
    sys.stdout.write(f"created {site.relpath(path)}: {next_step}\n")
