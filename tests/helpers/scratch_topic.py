"""A topic a test makes in its own copy of the site, so that an import never meets
an article an editor added to a shipped topic (a draft titled like a new article
would then be a retelling, and the test would break on the editor's change)."""

from __future__ import annotations

from pathlib import Path

#: the topic the blind-draft tests import into
SCRATCH_TOPIC = "imported-drafts"

_INDEX = """# Imported drafts

Drafts imported by a test.

```{{article-list}}
:topic: {topic}
```

```{{toctree}}
:hidden:
:glob:

*
```
"""


def make_topic(site: Path, topic: str = SCRATCH_TOPIC) -> str:
    """Give *site* an empty topic folder with an index page like the shipped
    topics'; returns the topic's name."""
    folder = site / "articles" / topic
    folder.mkdir(parents=True, exist_ok=False)
    (folder / "index.md").write_text(_INDEX.format(topic=topic), "utf-8")
    return topic
