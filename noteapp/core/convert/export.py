"""A note in another flavour: site Markdown, HackMD Markdown or a standalone HTML page.

The window's File > Export and copy-as-Markdown/HTML call :func:`export_text`, and so does
``noteapp export``.  The body of the note is never rewritten beyond what the flavour
needs: the HackMD flavour only puts HackMD's metadata block in front of it, the Markdown
flavour only rewrites HackMD-only lines (see :mod:`noteapp.core.convert.hackmd_syntax`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from noteapp.core.convert.hackmd_meta import (
    hackmd_metadata,
    metadata_block,
    tags_list,
    yaml_flow_list,
)
from noteapp.core.convert.hackmd_syntax import TOC_LINE, to_plain_markdown
from noteapp.core.errors import FrontMatterError, PublishError
from noteapp.core.text.frontmatter import FrontMatter, parse_front_matter
from noteapp.core.text.frontmatter_edit import set_key

FORMATS = ("markdown", "hackmd", "html")
TagsPlace = Literal["front-matter", "remove", "keep"]


@dataclass(frozen=True)
class ExportProfile:
    """How a note is exported; one per site or series (the defaults suit most)."""

    keep_site_keys: bool = False  # HackMD: also send layout, parent, nav_order...
    toc: bool = False  # HackMD: put a [TOC] line at the top
    breaks: bool | None = None  # HackMD: "breaks: false" renders newlines as the site does
    tags: TagsPlace = "front-matter"  # Markdown: where "###### tags:" lines go
    metadata: Mapping[str, Any] = field(default_factory=dict)  # HackMD: more keys (robots...)


class NoteParts(NamedTuple):
    """A note as the part that stays the site's own and the body that travels."""

    head: str  # the front matter block, byte for byte ("" when none or unreadable)
    body: str
    front_matter: FrontMatter


def split_note(text: str) -> NoteParts:
    """``text`` as head and body.  A broken front matter stays in the body, as text."""
    fm = parse_front_matter(text)
    if fm.kind in ("yaml", "toml", "pelican"):
        return NoteParts(text[: fm.end], text[fm.end :], fm)
    return NoteParts("", text, fm)


def export_text(
    source_text: str,
    to: str,
    *,
    profile: ExportProfile | None = None,
    title_hint: str | None = None,
) -> str:
    """The note ``source_text`` (``\\n`` newlines) in the flavour ``to``."""
    profile = profile or ExportProfile()
    if to == "hackmd":
        return to_hackmd(source_text, profile=profile, title_hint=title_hint)
    if to == "markdown":
        return to_site_markdown(source_text, profile=profile)
    if to == "html":
        from noteapp.core.convert.export_html import html_document

        return html_document(source_text, title_hint=title_hint)
    raise PublishError(f"Cannot export to {to!r}; choose one of: {', '.join(FORMATS)}.")


def to_hackmd(
    text: str, *, profile: ExportProfile | None = None, title_hint: str | None = None
) -> str:
    """HackMD Markdown: HackMD's metadata block, then the body byte for byte."""
    profile = profile or ExportProfile()
    _head, body, fm = split_note(text)
    meta = hackmd_metadata(
        fm,
        text,
        title_hint=title_hint,
        keep_site_keys=profile.keep_site_keys,
        breaks=profile.breaks,
        extra=profile.metadata,
    )
    block = metadata_block(meta)
    toc = ""
    if profile.toc and not any(TOC_LINE.fullmatch(line) for line in body.split("\n")):
        toc = "[TOC]\n\n"
    if not block and (toc or parse_front_matter(body).kind != "none"):
        block = "---\n---\n"  # so the body's first lines are never read as metadata
    return block + toc + body


def to_site_markdown(text: str, *, profile: ExportProfile | None = None) -> str:
    """Markdown for GitHub and Jekyll: HackMD-only lines made plain, all else unchanged."""
    profile = profile or ExportProfile()
    fm = parse_front_matter(text)
    head, body = text[: fm.end], text[fm.end :]
    keep_tags = profile.tags == "keep" or (profile.tags == "front-matter" and fm.kind == "invalid")
    plain = to_plain_markdown(body, keep_tags_lines=keep_tags)
    out = head + plain.text
    if plain.tags and profile.tags == "front-matter":
        try:
            return add_tags(out, plain.tags)
        except FrontMatterError:  # cannot be written safely: keep the tags lines instead
            return head + to_plain_markdown(body, keep_tags_lines=True).text
    return out


def add_tags(text: str, tags: tuple[str, ...] | list[str]) -> str:
    """``text`` with ``tags`` merged into its front matter's tags, in the file's style."""

    fm = parse_front_matter(text)
    if fm.kind == "none":
        return f"---\ntags: {yaml_flow_list(list(tags))}\n---\n" + text
    if fm.kind == "invalid":
        raise FrontMatterError(f"The front matter is broken ({fm.error}).")
    data = fm.data or {}
    key = next((str(k) for k in data if str(k).lower() == "tags"), "tags")
    current = data.get(key)
    merged = list(dict.fromkeys([*tags_list(current), *tags]))
    value: Any = ", ".join(merged) if isinstance(current, str) else merged
    if current is not None and tags_list(current) == merged:
        return text
    return set_key(text, key, value).apply(text)
