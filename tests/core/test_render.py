"""Markdown to HTML for the preview and export: real notes, and raw HTML kept harmless."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from noteapp.core.convert.render import (
    TASK_DONE,
    TASK_OPEN,
    html_page,
    markdown_chunks,
    markdown_html,
    render_note,
)
from tests.conftest import over_corpus
from tests.core.list_shape import commonmark_gfm_lists, html_lists


def read(corpus: Path, name: str) -> str:
    return (corpus / name).read_text(encoding="utf-8")


def test_front_matter_becomes_a_table_not_a_rule_and_heading(corpus: Path):
    html = render_note(read(corpus, "zarr/2024-01-24.md"))
    assert html.startswith('<table class="front-matter">')
    assert "<tr><th>title</th><td>24th January</td></tr>" in html
    assert "<tr><th>nav_order</th><td>2</td></tr>" in html
    assert "<hr" not in html and "layout: default" not in html
    assert "<h1>2024-01-24</h1>" in html


def test_block_scalars_and_nested_front_matter_values(corpus: Path):
    html = render_note(read(corpus, "geojupyter/20260127-community__index.md"))
    assert "<th>description</th><td>A monthly gathering of the GeoJupyter community. " in html
    assert "<th>author</th><td>name: The GeoJupyter community</td>" in html
    assert "<th>tags</th><td>meeting-notes</td>" in html


def test_a_broken_front_matter_is_shown_with_its_error(corpus: Path):
    html = render_note(read(corpus, "conda-community/20250212_agenda_and_minutes.md"))
    assert "Front matter not read:" in html
    assert "<pre>x---\ntags: [meeting-notes]\n---\n</pre>" in html
    assert "<h1>2025-02-12 Conda Community Meeting</h1>" in html


def test_tables(corpus: Path):
    html = render_note(read(corpus, "conda-forge/2022-11-16.md"))
    assert "<th>Initials</th>" in html
    assert "<td>Jaime Rodríguez-Guerra</td>" in html


def test_task_lists_in_both_cases_and_nested(corpus: Path):
    html = render_note(read(corpus, "conda-forge/2022-11-16.md"))
    loose = f'<li class="task done">\n<p>{TASK_DONE} intros for new folks on the call</p>'
    assert loose in html  # a loose list: the box is in the item's paragraph
    assert f'<li class="task done">{TASK_DONE} (JRG) Python 3.10.7' in html  # "[x]", nested
    assert f'<li class="task">{TASK_OPEN} <a href="https://github.com/orgs/conda-forge' in html
    assert "[x]" not in html and "[X]" not in html.split("<pre>")[0]


def test_done_items_with_strikethrough(corpus: Path):
    html = render_note(read(corpus, "geojupyter/20250114-community__index.md"))
    assert f"{TASK_DONE} <del>Matt: Create shared drive</del>" in html


def test_fenced_code_is_code_and_its_boxes_are_not_tasks():
    html = render_note("```python\n- [ ] not a task\nx = '<b>'\n```\n")
    assert "<pre><code class=\"language-python\">- [ ] not a task\nx = '&lt;b&gt;'\n" in html
    assert TASK_OPEN not in html


def test_fenced_code_in_a_real_note(corpus: Path):
    html = render_note(read(corpus, "conda-forge/2022-11-16.md"))
    assert "<pre><code>requirements:\n  run_constrained:\n    sdsl-lite &lt;0.a0\n" in html


def test_raw_html_is_shown_as_text_never_run():
    html = render_note(
        '<script>alert("x")</script>\n\n'
        'Hi <img src=x onerror="alert(1)"> and <span id="anchor-118"></span>\n\n'
        "[click](javascript:alert(1)) [ok](https://zarr.dev) [rel](../2023/index.md)\n"
    )
    assert "<script" not in html and "<img" not in html and "<span" not in html
    assert "&lt;script&gt;" in html and "&lt;span id=" in html
    assert "javascript:" not in html
    assert '<a href="https://zarr.dev">ok</a>' in html
    assert '<a href="../2023/index.md">rel</a>' in html


def test_bare_urls_are_links_and_lists_may_follow_a_line_of_text(corpus: Path):
    html = render_note(read(corpus, "conda-forge/2022-11-16.md"))
    assert "<p>2020-11-18</p>\n<ul>\n" in html  # "2020-11-18" then "* [ ] ..." on the next line
    zoom = "https://zoom.us/j/9138593505?pwd=SWh3dE1IK05LV01Qa0FJZ1ZpMzJLZz09"
    assert f'click this link: <a href="{zoom}">{zoom}</a></li>' in html
    html = render_note("See https://github.com/x/y/pull/1. (https://zarr.dev) `https://no.link`")
    assert '<a href="https://github.com/x/y/pull/1">https://github.com/x/y/pull/1</a>.' in html
    assert '(<a href="https://zarr.dev">https://zarr.dev</a>)' in html
    assert "<code>https://no.link</code>" in html


def test_comments_on_their_own_lines_are_dropped(corpus: Path):
    html = render_note(read(corpus, "conda-community/20260812-conda-ecosystem.md"))
    assert "New releases, upcoming changes" not in html
    assert "<h2>Announcements</h2>" in html


def test_a_page_wraps_the_body_with_its_style():
    page = html_page("<p>x</p>", title="A & B")
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>A &amp; B</title>" in page and "<p>x</p>" in page


def test_cmark_is_loaded_only_when_rendering():
    code = (
        "import sys\n"
        "import noteapp.core.convert.render as r\n"
        "assert 'cmarkgfm' not in sys.modules\n"
        "r.render_note('# x')\n"
        "assert 'cmarkgfm' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@over_corpus("path")
def test_every_corpus_note_renders(path: Path):
    text = path.read_bytes().decode("utf-8", errors="replace").replace("\r\n", "\n")
    html = render_note(text)
    assert "<script" not in html
    assert html.strip()


# -- as GitHub renders it ----------------------------------------------------------------


def test_lists_nest_under_two_spaces_and_hold_code():
    html = markdown_html("- JH: topic\n  - AL: reply\n    ```\n    x = 1\n    ```\n- next\n")
    assert html_lists(html) == ["ul", ["li", ["ul", ["li"]]], ["li"]]
    assert "<pre><code>x = 1\n</code></pre>" in html


def test_a_link_whose_text_is_its_url_is_one_link():
    html = markdown_html("[https://zarr.dev/a](https://zarr.dev/a) and www.zarr.dev\n")
    assert html.count("<a ") == 2
    assert '<a href="https://zarr.dev/a">https://zarr.dev/a</a>' in html
    assert '<a href="http://www.zarr.dev">www.zarr.dev</a>' in html


def test_angle_brackets_in_text_stay_text_and_autolinks_stay_links():
    html = markdown_html("Use `Vec<T>` or Vec<T> <https://zarr.dev> <a@b.org> ~gone~\n")
    assert "<code>Vec&lt;T&gt;</code> or Vec&lt;T&gt;" in html
    assert '<a href="https://zarr.dev">https://zarr.dev</a>' in html
    assert '<a href="mailto:a@b.org">a@b.org</a>' in html
    assert "<del>gone</del>" in html  # GFM: one tilde strikes too


def test_cmark_renders_in_many_threads_at_once():
    from concurrent.futures import ThreadPoolExecutor

    notes = [f"# Note {i}\n\n- [x] item {i}\n" for i in range(40)]
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(markdown_html, notes))
    assert results == [markdown_html(note) for note in notes]
    assert all(f"{TASK_DONE} item {i}" in html for i, html in enumerate(results))


@over_corpus("path")
def test_every_corpus_note_has_the_list_structure_of_commonmark_gfm(path: Path):
    """Nesting of ul/ol/li as markdown-it-py's CommonMark + GFM renderer has it."""
    text = path.read_bytes().decode("utf-8", errors="replace").replace("\r\n", "\n")
    assert html_lists(render_note(text)) == commonmark_gfm_lists(text)


@over_corpus("path")
def test_pieces_render_as_the_whole_note_does(path: Path):
    """The preview renders a note piece by piece (anchors between): the same HTML."""
    text = path.read_bytes().decode("utf-8", errors="replace").replace("\r\n", "\n")
    pieces = list(markdown_chunks(text))
    assert "".join(part for _, part in pieces) == text
    assert "".join(markdown_html(part) for _, part in pieces) == markdown_html(text)


def test_a_generated_long_note_is_cut_into_pieces_that_render_alike():
    from bench.notegen import generate_note

    text = generate_note(3000)
    pieces = list(markdown_chunks(text))
    assert len(pieces) > 10
    assert "".join(markdown_html(part) for _, part in pieces) == markdown_html(text)


@given(
    st.lists(
        st.sampled_from(["[a]: x", "[a]:", " [b c]: /u", "    [d]: y", "x [e]: z", "[f", "g]: h"])
        | st.sampled_from(["", "text", "]", "[", ":", " ", "- [x] done", "[t]: "]),
        max_size=12,
    ).map("\n".join)
)
def test_a_reference_definition_is_found_as_one_search_of_the_whole_text_finds_it(body):
    from noteapp.core.convert.render import _REFERENCE, _has_reference

    assert _has_reference(body) == bool(_REFERENCE.search(body))


def test_a_long_note_with_a_definition_at_its_end_is_one_piece():
    body = "".join(f"# Part {i}\n\nSee [the site][s].\n\n" for i in range(300))
    assert len(list(markdown_chunks(body))) > 1
    assert list(markdown_chunks(body + "[s]: https://example.org\n")) == [
        (0, body + "[s]: https://example.org\n")
    ]
