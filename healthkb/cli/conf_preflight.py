"""``python -m healthkb.cli.conf_preflight [site]``: run conf.py before Sphinx does.

Sphinx runs conf.py before any extension is loaded, so when conf.py itself is broken
(a typo, an unclosed quote) it prints its crash report with a Python traceback.
``make html`` runs this first: one line naming conf.py and the line, exit status 2.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from healthkb.model.settings import ConfError, read_conf


def main(argv: Sequence[str] = ()) -> int:
    root = Path(argv[0] if argv else ".")
    try:
        read_conf(root)
    except ConfError as exc:
        sys.stderr.write(
            f"{root / 'conf.py'}:{exc.line}: error: {exc}: fix this line\n"
        )
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
