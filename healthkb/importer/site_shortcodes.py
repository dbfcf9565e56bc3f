"""A static site generator's shortcodes in a Markdown draft (Hugo's ``{{< name >}}``
and ``{{% name %}}``, Jekyll's and Eleventy's Liquid ``{% name %}``): the site
builder's markup, not text.

- a box around the article's words (``{{< callout >}}…{{< /callout >}}``, an
  alert, a note, a tip): its tags go, its text stays;
- a picture (``{{< figure src="x.jpg" alt="…" >}}``, ``{% include image.html
  file="x.jpg" %}``): the picture is not supplied with the draft, so the tag goes
  and the picture is named for the editor to add, with its alt text;
- any other (``{{< related-posts >}}``, ``{% include newsletter.html %}``): the
  site's own widget, removed;
- Liquid's ``{% comment %}…{% endcomment %}``: the writer's note to the editors,
  never published: its lines go with its tags (listed, so nothing is lost);
- a link to the site's own post (``[Title]({% post_url 2026-11-20-slug %})``,
  ``{% link _posts/x.md %}``): the builder's address is not the site's, so the
  link's words stay as text and the post it names is reported to link by hand;
- MkDocs' admonition (``!!! tip "Good to know"`` over indented lines, ``???``
  for a folded one): the marker goes, its title leads its text as a bold label
  and the text is no longer indented (it would read as code).

Each removed tag is listed in the report. A shortcode inside a line of text is
left to the template-placeholder rule (unsafe_markup).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from healthkb.importer.drop_chatter import Removed

Line = tuple[int, str]

#: a whole line that is one shortcode tag: Hugo's two forms, then Liquid's
_TAG = re.compile(
    r"^[ \t]*(?:\{\{<[ \t]*(?P<h1>/?)[ \t]*(?P<n1>[\w.-]{1,60})(?P<a1>[^{}\n]{0,600}?)"
    r"[ \t]*/?>\}\}|\{\{%[ \t]*(?P<h2>/?)[ \t]*(?P<n2>[\w.-]{1,60})(?P<a2>[^{}\n]{0,600}?)"
    r"[ \t]*/?%\}\}|\{%-?[ \t]*(?P<n3>[\w.-]{1,60})(?P<a3>[^{}\n]{0,600}?)[ \t]*-?%\})"
    r"[ \t]*$"
)
#: MkDocs' admonition: "!!! note", '??? tip "Title"', "???+ warning"
_ADMONITION = re.compile(
    r"^(?:!!!|\?\?\?\+?)[ \t]+[\w-]{1,30}(?:[ \t]+[\w-]{1,30})*"
    r"(?:[ \t]+\"(?P<title>[^\"\n]{0,120})\")?[ \t]*$"
)
#: boxes whose text is the article's
_BOXES = frozenset(
    [
        "admonition",
        "alert",
        "aside",
        "box",
        "callout",
        "caution",
        "danger",
        "details",
        "hint",
        "important",
        "info",
        "notice",
        "note",
        "panel",
        "tip",
        "warning",
    ]
)
#: a picture's shortcode, or an include of a picture template
_PICTURE_NAME = re.compile(r"^(?:figure|img|image|picture|photo|gallery)\b", re.I)
_ARGUMENT = re.compile(
    r"(?P<key>[\w-]{1,30})[ \t]*=[ \t]*(?P<q>[\"'])(?P<value>.*?)(?P=q)"
)
#: Liquid's link to the site's own page inside a Markdown link: its target
_SITE_LINK = re.compile(
    r"\[(?P<words>[^\[\]\n]{1,200})\]\(\{%-?[ \t]*(?:post_url|link)[ \t]+"
    r"(?P<target>[^{}\s]{1,200})[ \t]*-?%\}\)"
)
_PICTURE_FILE = re.compile(r"\S+\.(?:png|jpe?g|gif|webp|svg|avif)\b", re.I)


@dataclass
class Shortcodes:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    #: (draft line, file name, alt text) of each picture a shortcode names
    pictures: list[tuple[int, str, str]] = field(default_factory=list)
    #: (draft line, words, target) of each link to the site's own post
    site_links: list[tuple[int, str, str]] = field(default_factory=list)


def is_shortcode_tag(text: str) -> bool:
    """Whether *text* is one whole shortcode tag (``{% comment %}``, ``{{< x >}}``)."""
    return _TAG.match(text) is not None


def read_shortcodes(lines: list[Line]) -> Shortcodes:
    """*lines* without their shortcode tags (a box's text kept), and the pictures
    those tags name."""
    found = Shortcodes([])
    inside = False  # in an admonition's indented text
    titled = ""  # its title, to lead its first line
    noting = False  # inside a Liquid comment
    for number, text in lines:
        if noting:
            tag = _TAG.match(text)
            if tag is not None and (tag["n3"] or "").lower() == "endcomment":
                noting = False
                kind = "a Liquid comment's tag (the writer's note is not published)"
            elif not text.strip():
                found.lines.append((number, text))
                continue
            else:
                kind = "the writer's note in a Liquid comment (not published)"
            found.lines.append((number, ""))
            found.removed.append(Removed(number, text.strip(), kind))
            continue
        if "post_url" in text or "{% link" in text or "{%- link" in text:
            for link in _SITE_LINK.finditer(text):
                found.site_links.append((number, link["words"], link["target"]))
            text = _SITE_LINK.sub(lambda m: m["words"], text)
        if inside and (text.startswith(("    ", "\t")) or not text.strip()):
            words = text.strip()
            if words and titled:
                words, titled = f"**{titled}:** {words}", ""
            found.lines.append((number, words))
            continue
        inside = False
        admonition = _ADMONITION.match(text)
        if admonition is not None:
            inside, titled = True, (admonition["title"] or "").strip()
            found.lines.append((number, ""))
            found.removed.append(
                Removed(
                    number, text.strip(), "an admonition's marker (its text is kept)"
                )
            )
            continue
        tag = _TAG.match(text)
        if tag is None:
            found.lines.append((number, text))
            continue
        closing = bool(tag["h1"] or tag["h2"])
        name = (tag["n1"] or tag["n2"] or tag["n3"]).lower()
        if tag["n3"] and name == "comment":
            noting = True
            found.lines.append((number, ""))
            found.removed.append(
                Removed(
                    number,
                    text.strip(),
                    "a Liquid comment's tag (the writer's note is not published)",
                )
            )
            continue
        arguments = tag["a1"] or tag["a2"] or tag["a3"] or ""
        if tag["n3"] and name.startswith("end"):
            name, closing = name[3:], True
        values = {m["key"].lower(): m["value"] for m in _ARGUMENT.finditer(arguments)}
        if name == "include":
            # Liquid's "{% include image.html file="x.jpg" %}": the template names it
            name = arguments.split()[0].lower() if arguments.split() else name
        source = next(
            (values[k] for k in ("src", "file", "image", "url", "path") if k in values),
            "",
        ) or next(iter(_PICTURE_FILE.findall(arguments)), "")
        found.lines.append((number, ""))
        if not closing and (_PICTURE_NAME.match(name) and source):
            alt = values.get("alt") or values.get("caption") or values.get("title", "")
            found.pictures.append((number, source, alt))
            kind = "a picture's shortcode (the picture is not supplied: add it)"
        elif name in _BOXES:
            kind = "a box's shortcode tag (its text is kept)"
        else:
            kind = "the site builder's shortcode (its widget is not imported)"
        found.removed.append(Removed(number, text.strip(), kind))
    return found
