"""The digest of what an entry shows: what the incremental build and the
bibliography cache compare to know an entry changed."""

from __future__ import annotations

import hashlib

from pybtex.database import Entry


def entry_fingerprint(entry: Entry) -> str:
    """A stable digest of everything that can change how an entry is shown."""
    parts = [entry.type.lower()]
    parts += [
        f"{name.lower()}={value}"
        for name, value in sorted(entry.fields.items(), key=lambda i: i[0].lower())
    ]
    parts += [
        f"{role}:{'; '.join(str(p) for p in people)}"
        for role, people in sorted(entry.persons.items())
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:20]
