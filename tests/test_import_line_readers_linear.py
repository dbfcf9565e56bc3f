"""The line readers added for drafts set 10 (chat threads, note apps' leftovers,
draft names, bare bylines, inline citations) stay linear on pathological lines:
run in a child process, so that a regression fails (killed after a minute)
instead of hanging the suite; the real cost is milliseconds."""

from __future__ import annotations

import subprocess
import sys

CODE = """
from healthkb.importer.bare_byline import bare_byline, name_over_role
from healthkb.importer.chat_thread import drop_thread, without_reactions
from healthkb.importer.draft import Block
from healthkb.importer.draft_label import is_draft_label
from healthkb.importer.entry_links import cite_entry_links
from healthkb.importer.inline_title_citations import cite_quoted_titles
from healthkb.importer.note_leftovers import drop_note_leftovers

spaces = " " * 4000
lines = [
    ":a:" + spaces + "x", ":a: 1 " * 700 + "x", "Ann Lee" + spaces + "x",
    "Ann" + " Lee" * 1000 + " 10:00", "#a" + " b" * 2000 + "x", "#a " * 1500,
    "- [ ] " * 800, "::" * 2000 + "x", "==" * 2000 + "x", "Gout - draft" + spaces + "x",
    "Dr Ann Lee," + " Nurse" * 800 + ".", "[[a]]" * 800 + "x",
    '(Rush AJ et al., "' + "a " * 2000, "(Rush et al., " + '"a' * 1500,
    "See also " + "[[a]] " * 700 + "x", "[a](https://a.org/" + "b" * 3000,
    "[" * 2000 + "](https://a.org)",
]
for line in lines:
    drop_thread([(1, line), (2, line)])
    without_reactions(line)
    drop_note_leftovers([(1, line), (2, line)])
    is_draft_label(line)
    bare_byline(line)
    name_over_role(line, line)
    blocks = [Block("paragraph", 1, [line])]
    cite_quoted_titles(blocks, [], Block)
    cite_entry_links(blocks, [], {"https://a.org": "k"}, lambda url, n: (n, url))
print("done")
"""


def test_the_set_10_line_readers_are_linear():
    done = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "done"
