"""Which community's conventions a note follows, to write new sections its way."""

from __future__ import annotations

import re

from noteapp.core.text.frontmatter import FrontMatter
from noteapp.core.text.outline import Outline

COMMUNITIES = (
    "zarr",
    "jupyterhub",
    "conda-forge",
    "czi-conda-forge",
    "conda-community",
    "geojupyter",
    "hsf",
    "scikit-learn",
    "plain",
)


def detect_community(outline: Outline, fm: FrontMatter) -> str:
    """A best guess from the front matter's keys and the first heading; "plain" if none."""
    data = fm.data or {}
    keys = set(data)
    head = outline.first_heading()
    title = " ".join(str(x) for x in (data.get("title", ""), head.text if head else ""))
    if {"layout", "parent", "nav_order"} <= keys:
        return "zarr"
    if "CZI EOSS" in title or "👥 Attendees" in outline.text:
        return "czi-conda-forge"
    if re.search(r"conda[- ]forge", title, re.I) and "conda-forge grant" not in title:
        return "conda-forge"
    if re.search(r"conda (community|ecosystem)|conda-tools", title, re.I):
        return "conda-community"
    if ({"author", "categories"} & keys and "image" in keys) or "geojupyter" in title.lower():
        return "geojupyter"
    if title.startswith("HSF") or data.get("layout") in ("meetings", "plain_toc", "plain"):
        return "hsf"
    if re.search(r"jupyterhub|binderhub|roll call", title + outline.text[:3000], re.I):
        return "jupyterhub"
    if "scikit-learn" in title.lower():
        return "scikit-learn"
    return "plain"
