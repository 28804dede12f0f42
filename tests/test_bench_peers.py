"""bench/peers.py's own logic, without Xvfb or the peers: arguments, skipping, the
"text visible" criterion and the table of ratios."""

from __future__ import annotations

import pytest

from bench.peers import Results, Sample, available, edges, parse_args, read_ppm, settled_at, table


def ppm(rows: list[list[tuple[int, int, int]]], comment: bool = False) -> bytes:
    height, width = len(rows), len(rows[0])
    head = b"P6\n" + (b"# made by a test\n" if comment else b"") + b"%d %d\n255\n" % (width, height)
    return head + bytes(v for row in rows for pixel in row for v in pixel)


WHITE, BLACK = (255, 255, 255), (0, 0, 0)
BLANK = ppm([[WHITE] * 8 for _ in range(4)])
TEXT = ppm([[WHITE, BLACK] * 4 for _ in range(4)])  # glyph-like: an edge at every pixel


def test_arguments_default_to_both_lengths_and_shapes_and_all_programs():
    args = parse_args([])
    assert args.lines == [5000, 50000]
    assert set(args.shapes) == {"call", "core"}
    assert args.programs == ["noteapp", "ghostwriter", "retext"]


@pytest.mark.parametrize(
    "argv", [["--runs", "0"], ["--edges", "1.5"], ["--programs", "ghostwriter"]]
)
def test_bad_arguments_are_refused_with_a_message(argv, capsys):
    with pytest.raises(SystemExit):
        parse_args(argv)
    assert "error:" in capsys.readouterr().err


def test_a_peer_that_is_not_installed_is_skipped_and_said_so():
    def which(command: str) -> str | None:
        return "/usr/bin/retext" if command == "retext" else None

    found, skipped = available(["noteapp", "ghostwriter", "retext"], which=which)
    assert "ghostwriter" not in found and "retext" in found
    assert skipped == ["ghostwriter: not installed (ghostwriter not found), skipped"]


def test_a_ppm_is_read_with_its_size_and_comments():
    assert read_ppm(ppm([[BLACK, WHITE]], comment=True)) == (2, 1, bytes(BLACK + WHITE))
    with pytest.raises(ValueError):
        read_ppm(b"P5\n1 1\n255\n\x00")
    with pytest.raises(ValueError):
        read_ppm(b"P6\n4 4\n255\n\x00\x00")


def test_text_has_edges_an_empty_window_has_none():
    assert edges(BLANK) == 0
    assert edges(TEXT) > 0.8


def test_the_text_is_visible_at_the_first_settled_screenshot_with_text():
    other = ppm([[BLACK, WHITE, WHITE, BLACK] * 2 for _ in range(4)])
    shots = [(0.0, BLANK), (0.1, BLANK), (0.2, BLANK), (0.3, other), (0.4, TEXT), (0.5, TEXT)]
    assert settled_at(shots, 0.04, 2) is None  # TEXT is not repeated twice yet
    shots.append((0.6, TEXT))
    assert settled_at(shots, 0.04, 2) == 0.4  # a blank settled window does not count


def test_the_table_gives_each_peer_its_ratios_to_noteapp():
    results = Results()
    for ms, kib in ((100, 100 * 1024), (120, 100 * 1024), (110, 100 * 1024)):
        results.add("5,000-line call note", "noteapp", Sample(ms, kib))
    results.add("5,000-line call note", "retext", Sample(220, 400 * 1024))
    results.add("5,000-line call note", "retext", Sample(None, None))  # never showed it
    lines = table(results, ["5,000-line call note"], ["noteapp", "retext"])
    assert lines[0] == "5,000-line call note"
    assert "110 ms" in lines[1] and "100 MiB" in lines[1]
    assert "noteapp/retext 0.50x text, 0.25x RSS" in lines[2]
    assert "1 of 2 never showed the text" in lines[2]
