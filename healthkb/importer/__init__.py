"""Turn an editor's plain-text or Markdown draft into an article and BibTeX entries.

Steps, each a small module: read the bytes (:mod:`.source_text`), drop chatter
(:mod:`.chatter`), parse the draft into a model (:mod:`.draft`, with sources in
:mod:`.vancouver`), render MyST and BibTeX (:mod:`.render`, :mod:`.bibtex`), and plan
the writes (:mod:`.plan`). Nothing is written until everything has parsed.
"""

from __future__ import annotations

from healthkb.importer.errors import DraftError

__all__ = ["DraftError"]
