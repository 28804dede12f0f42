"""Property: load then save is the identity, whatever the text and newline choices."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from noteapp.core.text.source import decode

# Lines hold any character but the three newline forms and NUL (a NUL marks a binary
# file, refused on purpose); NBSP, U+2028, U+2029, tabs, emoji and controls included.
line = st.text(
    alphabet=st.characters(blacklist_characters="\r\n\x00", blacklist_categories=("Cs",)),
    max_size=40,
)


@st.composite
def documents(draw):
    lines = draw(st.lists(line, max_size=30))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r", "mixed"]))
    final = draw(st.booleans())
    endings = [
        draw(st.sampled_from(["\n", "\r\n", "\r"])) if newline == "mixed" else newline
        for _ in lines
    ]
    text = "".join(body + end for body, end in zip(lines, endings, strict=True))
    if not final and text:
        text = text[: -len(endings[-1])] if endings else text
    bom = draw(st.booleans())
    encoding = draw(st.sampled_from(["utf-8", "utf-16-le", "utf-8"]))
    return text, encoding, bom


@settings(max_examples=300, deadline=None)
@given(documents())
def test_load_then_save_is_the_identity(doc):
    text, encoding, bom = doc
    from noteapp.core.text.source import _BOM_FOR

    data = text.encode(encoding)
    if bom or encoding != "utf-8":  # UTF-16 without a BOM is not guessed: always mark it
        data = _BOM_FOR[encoding] + data
    source = decode(data)
    assert "\r" not in source.text
    assert source.encode() == data


@settings(max_examples=200, deadline=None)
@given(
    st.lists(line, min_size=2, max_size=20),
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.booleans(),
    line,
)
def test_an_appended_line_takes_the_files_newline_style(lines, newline, final, extra):
    text = newline.join(lines) + (newline if final else "")
    source = decode(text.encode())
    edited = source.text + extra + "\n"
    assert source.encode(edited) == (text + extra + newline).encode()
