"""Reading attendees in every community's style, checked against the real notes.

Expected values come from reading the files (docs/meeting-structure.md, "Attendees").
"""

from __future__ import annotations

from pathlib import Path

from noteapp.core.meeting.attendees import reader as attendees_module
from noteapp.core.meeting.attendees.reader import parse_attendees, scan_attendees
from noteapp.core.meeting.structure import Attendee, AttendeeGroup
from noteapp.core.text.frontmatter import parse_front_matter
from noteapp.core.text.outline import Outline
from tests.conftest import FIXTURES, corpus_files, over_corpus

ATTENDEE_FIXTURES = FIXTURES / "attendees"


def read(text: str) -> tuple[tuple[Attendee, ...], tuple[AttendeeGroup, ...]]:
    fm = parse_front_matter(text)
    return parse_attendees(Outline(text, fm.end), fm)


def note(corpus: Path, name: str) -> str:
    return (corpus / name).read_text(encoding="utf-8")


def fixture(name: str) -> str:
    return (ATTENDEE_FIXTURES / name).read_text(encoding="utf-8")


def names(people: tuple[Attendee, ...]) -> list[str]:
    return [p.name for p in people]


def fields(person: Attendee) -> tuple[str, str | None, str | None, str | None, bool]:
    return (person.name, person.initials, person.handle, person.affiliation, person.present)


# ----------------------------------------------------------------------------- zarr


def test_zarr_bold_inline_list_with_initials(corpus):
    people, groups = read(note(corpus, "zarr/2024-01-24.md"))
    assert [(p.name, p.initials) for p in people] == [
        ("Ward Fisher", "WF"),
        ("Sanket Verma", "SV"),
        ("Davis Bennett", "DB"),
        ("Gābor Kovācs", "GB"),
        ("Joe Hamman", "JH"),
        ("Jeremy Maitin-Shepard", "JMS"),
    ]
    assert all(p.present and p.line == 11 and p.handle is None for p in people)
    assert len(groups) == 1
    assert (groups[0].style, groups[0].label) == ("inline", "Attending")
    assert groups[0].layout.label_text == "**Attending:**"


def test_zarr_initials_with_hobbies_and_a_bold_sub_label_on_the_wrapped_line(corpus):
    text = note(corpus, "zarr/2022-11-30.md")
    people, _ = read(text)
    assert len(people) == 12
    assert (people[0].name, people[0].initials) == ("Josh Moore", "JM")  # (JM; aikido/...)
    assert (people[7].name, people[7].initials) == ("Ward Fisher", "WF")
    assert (people[10].name, people[10].initials) == ("Brianna Pagán", "BP")
    # line 12: "**and welcoming**: Dieu My Nguyen (DMN; NASA, replacing Brianna; ...)"
    assert (people[11].name, people[11].initials, people[11].line) == ("Dieu My Nguyen", "DMN", 12)


def test_zarr_duplicate_initials_are_two_people(corpus):
    people, _ = read(note(corpus, "zarr/2023-11-15.md"))
    assert [(p.name, p.initials) for p in people[1:3]] == [
        ("Justus Magin", "JM"),
        ("Josh Moore", "JM"),
    ]
    assert len(people) == 8


def test_zarr_2019_intend_to_attend_and_arrival_times(corpus):
    people, groups = read(note(corpus, "zarr/2019-05-22.md"))
    assert [g.label for g in groups] == ["Intend to attend", "Attending"]
    assert [p.group for p in people] == [0, 0] + [1] * 8
    # "Intend to attend: Josh, Alistair, …": the ellipsis is nobody
    assert names(people[:2]) == ["Josh", "Alistair"]
    # "**Attending **:Josh, ..., RyanW (20:08),\nTony Tung (20:11), MartinD (20:19)"
    assert names(people[2:]) == [
        "Josh",
        "Stephan",
        "Dennis",
        "JohnK",
        "Alistair",
        "RyanW",
        "Tony Tung",
        "MartinD",
    ]
    assert all(p.initials is None for p in people)
    assert [p.line for p in people[-3:]] == [17, 18, 18]


def test_zarr_2019_plain_label_wrapped_onto_the_next_line(corpus):
    people, _ = read(note(corpus, "zarr/2019-02-13.md"))
    assert names(people) == [
        "Alistair",
        "John",
        "Josh",
        "RyanW",
        "RyanA",
        "martindurant",
        "Constantin",
        "Stephan",
        "Jan",
    ]
    assert [p.line for p in people[-2:]] == [19, 19]


def test_a_name_wrapped_over_two_lines_is_one_name(corpus):
    text = note(corpus, "seeds/000_a789c980b1867b20.txt")
    people, groups = read(text)
    assert names(people) == [
        "Ryan Williams",
        "Mathias Bussonnier",
        "Eric Perlman",
        "Martin Durant",
        "Josh Moore",
        "John Kirkham",
    ]
    assert text[people[3].start : people[3].end] == "Martin\nDurant"
    assert groups[0].layout.label_text == "**Attending**:"


def test_zarr_irregular_forms(corpus):
    people, _ = read(fixture("zarr-irregular.md"))
    assert [(p.name, p.initials) for p in people] == [
        ("Ada Lovelace", "AL"),
        ("Alan Turing", "AT"),  # (AT; chess/tea, long walks)
        ("Grace Hopper", "GH"),  # "Grace Hopper GH)": the "(" is missing
        ("Kim Jones", "KJ"),
        ("Kate Jarvis", "KJ"),  # "(KJ) very late": a remark
        ("Alan", None),  # "Alan & the Sprint Crew"
        ("Edsger Dijkstra", "ED"),  # "... (ED) and Barbara Liskov (BL)"
        ("Barbara Liskov", "BL"),
        ("Donald Knuth", None),  # "(20:09)" is an arrival time
        ("Margaret Hamilton", "MH"),  # wrapped
    ]


def test_cancelled_and_index_pages_have_no_attendees(corpus):
    for name in (
        "zarr/2020-12-30.md",
        "zarr/meeting_notes_2024.md",
        "jupyterhub/meetings__index.md",
        "hsf/2018-11-26-generators.md",
    ):
        assert read(note(corpus, name)) == ((), ()), name


# ----------------------------------------------------------------------------- hsf


def test_hsf_present_and_apologies_with_a_duplicate_and_trailing_space(corpus):
    text = note(corpus, "hsf/2026-02-12-coordination.md")
    people, groups = read(text)
    present = [p for p in people if p.present]
    absent = [p for p in people if not p.present]
    assert len(present) == 19
    assert names(present).count("Stephen Mrenna") == 2
    assert present[5].name == "Inês Ochoa"
    assert present[-1].name == "Michel Villanueva"  # the line ends "Villanueva "
    assert text[present[-1].end] == " "
    assert names(absent) == ["Alexander Moreno", "Maarten van Veghel", "Stefan Roiser"]
    assert [(g.label, g.present) for g in groups] == [
        ("Present/Contributing", True),
        ("Apologies/Contributing", False),
    ]


def test_hsf_hard_wrapped_participants(corpus):
    people, groups = read(note(corpus, "hsf/2018-02-21-packaging.md"))
    assert names(people) == [
        "Ben Morgan",
        "Chris Green",
        "Guilherme Amadio",
        "Jim Amundson",
        "Oana Boeriu",
        "Patrick Gartung",
        "Graeme Stewart",
        "Emil Obreshkov",
        "Giulio Eulisse",
        "Marco Clemencic",
        "Javier Cervantes Villanueva",
        "Shahzad Malik Muzaffar",
        "Geri Ganis",
    ]
    assert groups[0].label == "Participants"


def test_hsf_present_contributors_and_apologies(corpus):
    people, _ = read(note(corpus, "hsf/2020-07-16-coordination.md"))
    assert len(people) == 18
    assert names(people).count("Pere Mato") == 2
    assert fields(people[-1]) == ("Eduardo Rodrigues", None, None, None, False)
    people, _ = read(note(corpus, "hsf/2021-02-18-coordination.md"))
    assert [p.name for p in people if not p.present] == ["Graeme Stewart"]
    assert "Dorothea vom Bruch" in names(people)


# ----------------------------------------------------------------------------- jupyterhub


def test_jupyterhub_hpc_roll_call(corpus):
    people, groups = read(note(corpus, "jupyterhub/2022-04-06.md"))
    assert [fields(p) for p in people] == [
        ("Rollin Thomas", None, "rcthomas", "NERSC", True),
        ("Michael Milligan", None, "mbmilligan", "MSI @ UMN", True),
        ("Erik Sundell", None, "consideRatio", "Fernando Perez research group", True),
        ("Félix-Antoine Fortin", None, "cmd-ntrf", "Université Laval - Compute Canada", True),
        ("Simon Li", None, "manics", "University of Dundee", True),
        ("Jeff Edwards", None, "JeffEdwardsTech", "Environmental Protection Agency", True),
        # an e-mail address instead of a handle
        ("Monica Ihli", None, None, "ORNL - Arm Data Science & Integrations Group", True),
    ]
    group = groups[0]
    assert (group.style, group.label) == ("bullets", "Roll call")
    assert group.layout.has_header  # "- **name** / **institution** / **GitHub handle**"
    assert group.layout.fields == ("name", "affiliation", "handle")
    assert group.layout.handle_format == "\\@{}"


def test_jupyterhub_team_roll_call_with_a_remark_after_the_handle(corpus):
    people, _ = read(note(corpus, "jupyterhub/2020-11-19.md"))
    assert len(people) == 9
    assert fields(people[1]) == ("Alex", None, "alex-treebeard", "Treebeard", True)
    assert fields(people[3]) == ("Simon", None, "manics", "OME, University of Dundee", True)
    assert [p.line for p in people] == list(range(19, 28))


def test_jupyterhub_placeholders_and_missing_fields(corpus):
    people, _ = read(note(corpus, "jupyterhub/2018-02-08.md"))
    # "* your name / affiliation / github" is the list's header, not a person
    assert names(people) == ["Tim", "J Forde", "Carol", "Erik Sundell", "Chris H", "M Pacer"]
    assert people[2].affiliation == "Cal Poly SLO - Project Jupyter"
    people, _ = read(note(corpus, "jupyterhub/2018-04-26.md"))
    assert fields(people[-1]) == ("Jessica Forde", None, "jzf2101", None, True)
    people, _ = read(note(corpus, "jupyterhub/2021-11-18.md"))
    assert fields(people[8]) == ("Mridul Seth", None, "MridulS", "GESIS", True)  # "Seth/ GESIS"
    assert len(people) == 10


def test_jupyterhub_unescaped_handles_on_main(corpus):
    people, _ = read(note(corpus, "jupyterhub/main__2022-04-21.md"))
    assert [(p.name, p.handle) for p in people] == [
        ("Simon Li", "manics"),
        ("Tim Head", "betatim"),
        ("Luke Hare", "lukehare"),
        ("Mridul Seth", "MridulS"),
    ]
    people, _ = read(note(corpus, "seeds/004_edacb7b5617ce40a.txt"))
    assert (people[0].name, people[0].handle, people[0].affiliation) == ("Tim", "betatim", "Binder")


def test_jupyterhub_template_has_a_roll_call_with_nobody(corpus):
    people, groups = read(note(corpus, "jupyterhub/monthly-meeting-template.md"))
    assert people == ()
    assert len(groups) == 1 and groups[0].layout.has_header


def test_collab_cafe_check_ins(corpus):
    text = note(corpus, "jupyterhub/2025.md")
    people, groups = read(text)
    first = [p for p in people if p.group == 0]
    assert [fields(p) for p in first] == [
        ("Kirstie Whitaker", None, "KirstieJane", "Berkeley Institute for Data Science", True),
        ("Anton Akhmerov", None, "akhmerov", "TU Delft", True),
        ("Brigitta Sipőcz", None, "bsipocz", "Caltech", True),
        ("Stéfan van der Walt", None, "stefanv", "BIDS, Scientific Python", True),
        ("Rowan Cockett", None, "rowanc1", "Curvenote & Continuous Science Foundation, 🇨🇦", True),
        ("Angus Hollands", None, "agoose77", "2i2c & Jupyter Book", True),
        ("Jake Diamond-Reivich", None, None, "Jupyter Media Strategy", True),
        ("Jason Grout", None, "jasongrout", "EC", True),
    ]
    second = [p for p in people if p.group == 1]
    assert len(second) == 28 and [second[0].line, second[-1].line] == [101, 128]
    by_line = {p.line: p for p in people}
    # a bare handle where the prompt line says the handle goes
    assert fields(by_line[111])[:4] == ("Robert Lanzafame", None, "rlanzafame", "GEI Consultants")
    assert fields(by_line[124])[:4] == ("Hazel Zheng", None, None, "BIDS Intern")
    assert fields(by_line[126])[:4] == ("Johanna", None, "likeajumprope", "Donders Institute")
    assert fields(by_line[523])[:4] == ("Freek", None, None, "Delft University of Technology")
    assert by_line[528].name == "Raniere Silva"  # "(he / him)"
    assert by_line[604].handle == "jduckles"  # [\@jduckles](https://github.com/jduckles)
    # 2025-01-21 has no prompt line: the escaped handles show where handles go
    assert (by_line[1510].handle, by_line[1510].affiliation) == ("KirstieJane", "UC Berkeley")
    assert (by_line[1516].handle, by_line[1516].affiliation) == (
        "fomightez",
        "Upstate Medical University",
    )
    inline = [g for g in groups if g.style == "inline"]
    assert [g.label for g in inline] == ["Attendees"]
    assert len([p for p in people if p.line == 216]) == 11
    assert len(groups) == 21


# ----------------------------------------------------------------------------- geojupyter


def test_geojupyter_escaped_handles_under_a_prompt_line(corpus):
    people, groups = read(note(corpus, "geojupyter/20250218-jupytergis-sync__index.md"))
    assert [(p.name, p.handle, p.affiliation) for p in people] == [
        ("Martin RENOU", "martinRenou", "QuantStack"),
        ("Matt Fisher", "mfisher87", "DSE"),
        ("Nicolas Brichet", "brichet", "QuantStack"),
        ("Arjun Verma", "arjxn-py", "QuantStack"),
        ("Nick Gondek", "gondeknp", "DSE"),
        ("Meriem Ben Ismail", "Meriem-BenIsmail", "QuantStack"),
    ]
    assert groups[0].layout.fields == ("name", "handle", "affiliation")


def test_geojupyter_backticked_handles_and_placeholder_rows(corpus):
    people, groups = read(note(corpus, "geojupyter/20260127-community__index.md"))
    assert [(p.name, p.handle, p.affiliation) for p in people] == [
        ("Matt Fisher", "mfisher87", "Schmidt DSE"),
        ("Martin Renou", "martinRenou", "QuantStack"),
    ]
    blocks = scan_attendees(
        *_outline_and_fm(note(corpus, "geojupyter/20260127-community__index.md"))
    )
    assert len(blocks[0].fillers) == 2  # "* Name / GitHub ID / affiliation" twice
    assert groups[0].layout.handle_format == "`@{}`"


def _outline_and_fm(text: str) -> tuple[Outline, object]:
    fm = parse_front_matter(text)
    return Outline(text, fm.end), fm


def test_geojupyter_name_and_affiliation_only(corpus):
    people, groups = read(note(corpus, "geojupyter/20250114-community__index.md"))
    assert len(people) == 10
    assert all(p.handle is None for p in people)
    assert (people[0].name, people[0].affiliation) == ("Ciera Martinez", "DSE")
    assert (people[-1].name, people[-1].affiliation) == ("Fernando Pérez", "DSE/BIDS/Berkeley")
    assert "handle" not in groups[0].layout.holds


def test_geojupyter_sign_in_section_keeps_a_nickname(corpus):
    people, _ = read(note(corpus, "geojupyter/20260204-collaboration-cafe__index.md"))
    assert [(p.name, p.handle) for p in people] == [
        ("Matt Fisher", "mfisher87"),
        ("Benjamin (Benny) Szeghy", "benjaminszeghy"),
        ("Esha Potharaju", "e5ha"),
    ]
    people, _ = read(note(corpus, "geojupyter/20260617-intern-collab__index.md"))
    assert [fields(p) for p in people] == [
        ("Benjamin szeghy", None, "benjaminszeghy", "DSE", True),
        ("Matt Fisher", None, "mfisher87", "Berkeley | DSE", True),
    ]


# ----------------------------------------------------------------------------- conda-forge


def test_conda_forge_indented_bullets(corpus):
    people, groups = read(note(corpus, "conda-forge/2020-05-13.md"))
    assert len(people) == 16
    assert (people[0].name, people[-1].name) == ("Jonathan Helmus", "Uwe Korn")
    assert groups[0].layout.indent == "    "
    people, _ = read(note(corpus, "conda-forge/2020-10-14.md"))
    assert names(people)[:3] == ["CJ", "Eric D", "Matt B"]
    assert "Michael S." in names(people) and len(people) == 15


def test_conda_forge_dash_bullets_and_a_parenthesised_affiliation(corpus):
    people, _ = read(note(corpus, "conda-forge/2020-11-18.md"))
    assert len(people) == 16 and people[0].name == "Filipe Fernandes"
    people, _ = read(note(corpus, "conda-forge/2021-06-16.md"))
    # "* Jannis Leidel (Anaconda/Conda)": not initials nor a handle: the organisation
    assert [fields(p) for p in people] == [
        ("Jannis Leidel", None, None, "Anaconda/Conda", True),
        ("Matt B", None, None, None, True),
    ]


def test_conda_forge_table_with_tabs_and_a_name_only_row(corpus):
    people, groups = read(note(corpus, "conda-forge/2022-07-27.md"))
    assert len(people) == 12
    assert fields(people[0]) == ("Marcelo Trevisani", "MDT", "marcelotrevisan", "conda-forge", True)
    assert fields(people[2]) == ("Jason McAllister", "JM", "Solid-Snake-Jay", "Anaconda", True)
    assert fields(people[-1]) == ("Axel", None, None, None, True)
    assert groups[0].layout.columns == ("name", "initials", "handle", "affiliation")


def test_conda_forge_table_ragged_rows_and_filler_rows(corpus):
    text = note(corpus, "conda-forge/2024-01-24.md")
    people, groups = read(text)
    assert [fields(p) for p in people] == [
        ("Jaime Rodríguez-Guerra", "JRG", "jaimergp", "Quansight/cf", True),
        ("Michael Sarahan", "MCS", "msarahan", "NVIDIA/CF", True),
        ("Marius van Niekerk", "MvN", "mariusvniekerk", "Voltron Data/CF", True),
        ("Cheng H. Lee", "CHL", "chenghlee", "Anaconda/CF", True),
    ]
    assert text[people[1].start : people[1].end] == text.split("\n")[16]  # its own row
    blocks = scan_attendees(*_outline_and_fm(text))
    assert len(blocks[0].fillers) == 5  # "12 people total" is not a row
    assert groups[0].layout.separator_style == "spaced"
    assert groups[0].layout.widths == (25, 10, 18, 29)


def test_hackmd_copy_with_page_chrome(corpus):
    people, _ = read(note(corpus, "seeds/002_6d4625b0c2990028.txt"))
    assert len(people) == 16
    assert [(p.name, p.initials) for p in people[:4]] == [
        ("Cheng H. Lee", "CHL"),
        ("Crystal Soja", "CAS"),
        ("Filipe", "FF"),
        ("John Kirkham", None),
    ]
    assert people[-1].name == "Marcel Bargull"


def test_several_initials_in_one_bullet():
    people, groups = read(fixture("initials-line.md"))
    assert names(people) == ["AB", "CD", "EFG", "HI"]  # "…" is nobody
    assert groups[0].layout.format == "multi"


# ----------------------------------------------------------------------------- conda community


def test_conda_community_2020_bullets_with_every_handle_form(corpus):
    people, groups = read(note(corpus, "conda-community/20201020_agenda_and_minutes.md"))
    assert len(people) == 20  # the "**Name (Initials) (githubid)**" header is not one
    by_name = {p.name: p for p in people}
    assert (by_name["Matthew R Becker"].initials, by_name["Matthew R Becker"].handle) == (
        "MRB",
        "beckermr",
    )
    assert by_name["Megan C. Yancy"].handle == "myancy-anaconda"  # bare, after initials
    assert by_name["Amy Williams"].handle == "awilliams-anaconda"  # (@awilliams-anaconda)
    assert by_name["Kale Franz"].handle == "kalefranz"  # @kalefranz
    assert by_name["Eric Dill"].handle == "ericdill"  # gh: ericdill
    assert (by_name["Michael Sarahan"].initials, by_name["Michael Sarahan"].handle) == ("MCS", None)
    assert by_name["Scopatz"].initials == "SPZ"
    assert groups[0].layout.has_header


def test_conda_community_tables(corpus):
    people, _ = read(note(corpus, "conda-community/20201201_agenda_and_minutes.md"))
    assert len(people) == 16
    assert fields(people[0]) == ("Gonzalo Peña-Castellanos", "GPC", "goanpeca", "Quansight", True)
    assert fields(people[11]) == (
        "Marcel Bargull",
        "MB",
        "mbargull",
        "Bioconda / conda-forge",
        True,
    )
    assert people[8].handle == "ocefpaf"  # no "@" in that row
    people, _ = read(note(corpus, "conda-community/20211208_agenda_and_minutes.md"))
    assert names(people) == [
        "Cheng H. Lee",
        "Jannis Leidel",
        "Matthew R. Becker.",
        "Jaime Rodríguez-G.",
    ]  # "| | | | |" rows are empty
    people, _ = read(note(corpus, "conda-community/20230118_agenda_and_minutes.md"))
    assert len(people) == 10 and people[3].affiliation == "VoltronData/cf"


def test_conda_community_broken_front_matter_still_has_its_table(corpus):
    people, _ = read(note(corpus, "conda-community/20250212_agenda_and_minutes.md"))
    assert len(people) == 7
    assert fields(people[5]) == ("Jonathan Helmus", "JJH", "jjhelmus", "Anaconda", True)


def test_conda_community_2026_numbered_list(corpus):
    people, groups = read(note(corpus, "conda-community/20260812-conda-ecosystem.md"))
    assert [fields(p) for p in people] == [
        ("Jaime Rodríguez-Guerra", "JRG", "jaimergp", "Quansight", True),
        ("Cheng H. Lee", "CHL", "chenghlee", "Anaconda", True),
        ("Wolf Vollprecht", "WV", "wolfv", "prefix.dev", True),
        ("Isuru Fernando", "IF", "isuruf", "OpenTeams", True),
        ("Daniel Ching", "DJC", "carterbox", "NVIDIA", True),
    ]
    assert (groups[0].style, groups[0].layout.numbering) == ("numbered", "same")


def test_numbered_list_under_an_html_comment_that_counts_up():
    people, groups = read(fixture("numbered-counting.md"))
    assert [fields(p) for p in people] == [
        ("Ada Lovelace", "AL", "ada", "Engines Ltd", True),
        ("Grace Hopper", "GH", "grace", "Navy", True),
        ("Alan Turing", "AT", "alan", "Bletchley", True),
    ]
    assert groups[0].layout.numbering == "increment"


# ----------------------------------------------------------------------------- czi


def test_czi_table_with_backticks_a_fourth_column_and_nbsp(corpus):
    text = note(corpus, "czi-conda-forge/2022-12-20.md")
    people, groups = read(text)
    assert len(people) == 8
    assert fields(people[0]) == ("Jaime Rodríguez-Guerra", None, "jaimergp", "Quansight", True)
    assert fields(people[4]) == ("Wolf Vollprecht", None, "wolfv", "prefix.dev :)", True)
    assert "\xa0" in text[people[1].start : people[1].end]
    assert groups[0].layout.columns == ("name", "handle", "affiliation", "other")
    assert groups[0].layout.separator_style == "tight"


def test_czi_placeholders(corpus):
    people, _ = read(note(corpus, "czi-conda-forge/2024-10-29.md"))
    assert [(p.name, p.handle, p.affiliation) for p in people] == [
        ("Jaime Rodríguez-Guerra", "jaimergp", None),
        ("Sylvain", None, None),
        ("Hind", None, None),
        ("Johan", None, None),
    ]
    text = note(corpus, "czi-conda-forge/TEMPLATE.md")
    people, groups = read(text)
    assert people == () and groups[0].layout.handle_format == "`{}`"
    assert len(scan_attendees(*_outline_and_fm(text))[0].fillers) == 8
    people, _ = read(note(corpus, "seeds/003_489f1719d0538db3.txt"))
    assert len(people) == 8 and people[4].handle == "Klaim"


def test_scikit_learn_notes_name_nobody(corpus):
    for path in corpus_files():
        if path.parent.name == "scikit-learn":
            assert read(path.read_text(encoding="utf-8"))[0] == (), path.name


# ----------------------------------------------------------------------------- other forms


def test_front_matter_lists_with_trailing_spaces():
    text = fixture("django-style.md")
    people, groups = read(text)
    assert names(people) == ["Alice", "Bruno", "Chiara", "Dmitri"]
    assert [g.label for g in groups] == ["members", "other_attendees"]
    assert [p.group for p in people] == [0, 0, 0, 1]
    assert text[people[0].start : people[0].end] == "  - Alice "
    people, groups = read(fixture("django-empty.md"))
    assert names(people) == ["Alice", "Bruno"] and len(groups) == 2  # other_attendees: null


def test_front_matter_flow_list():
    people, _ = read("---\nattendees: [Ada, 'Grace Hopper']\n---\n# Notes\n")
    assert names(people) == ["Ada", "Grace Hopper"]


def test_japanese_list_item_labels():
    people, groups = read(fixture("harima-style.md"))
    assert [(p.name, p.group) for p in people] == [
        ("佐藤", 0),
        ("鈴木", 0),
        ("高橋", 0),
        ("田中", 1),
    ]
    assert groups[0].layout.separator == "、"
    assert [g.label for g in groups] == ["参加者", "リモート"]  # 司会 (chair) is a role


def test_a_label_followed_by_a_list():
    people, groups = read(fixture("label-list.md"))
    assert [fields(p) for p in people] == [
        ("Ada Lovelace", "AL", None, None, True),
        ("Grace Hopper", "GH", None, None, True),
        ("Alan Turing", "AT", None, None, False),
    ]
    assert [(g.style, g.label) for g in groups] == [("bullets", "Present"), ("inline", "Apologies")]


def test_nothing_in_code_or_comments_is_an_attendee():
    text = (
        "# Notes\n\n```\nAttending: Not A Person\n```\n\n<!--\nPresent: Nobody Here\n-->\n\n"
        "## Attendees\n\n~~~\n- Not Listed\n~~~\n\nApologies: Real Person\n"
    )
    people, _ = read(text)
    assert [fields(p) for p in people] == [("Real Person", None, None, None, False)]


def test_other_labels_and_regrets():
    people, _ = read("# Call\n\nPresent (remote): Ada, Grace\nRegrets: Alan\n\nAbsent: Kim\n")
    assert [(p.name, p.present) for p in people] == [
        ("Ada", True),
        ("Grace", True),
        ("Alan", False),
        ("Kim", False),
    ]


# ----------------------------------------------------------------------------- places


@over_corpus("path", ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_entry_knows_its_place(path):
    text = path.read_text(encoding="utf-8")
    people, groups = read(text)
    lines = text.split("\n")
    for person in people:
        own = text[person.start : person.end]
        assert person.start < person.end and own.strip()
        assert person.name.split()[0] in " ".join(own.split()) or person.name in own
        assert lines[person.line - 1] in own or own in lines[person.line - 1] or "\n" in own
        group = groups[person.group]
        assert group.start <= person.start and person.end <= group.end
    assert [p.group for p in people] == sorted(p.group for p in people)
    assert [g.start for g in groups] == sorted(g.start for g in groups)


# ----------------------------------------------------------------------------- speed


def _long_note(corpus: Path, lines: int = 5000) -> str:
    parts = [p.read_text(encoding="utf-8") for p in corpus_files() if p.suffix == ".md"]
    return "\n".join("\n".join(parts).split("\n")[:lines])


def test_a_reparse_reuses_unchanged_blocks_and_agrees_with_a_fresh_read(corpus):
    text = _long_note(corpus)
    moved = "A new first line\nand another one\n" + text
    read(text)  # fills the block cache
    warm = read(moved)  # every block moved: taken from the cache and shifted
    attendees_module._BLOCK_CACHE.clear()
    fresh = read(moved)
    assert warm == fresh
    assert [(a.line, a.start, a.end, a.group) for a in warm[0]] == [
        (a.line, a.start, a.end, a.group) for a in fresh[0]
    ]
    assert len(fresh[0]) > 200


def test_a_later_parse_never_changes_an_earlier_snapshot():
    before, _ = read("# Call\n\nPresent: Ada\n\nApologies: Bob\n")
    after, _ = read("# Call\n\nPresant: Ada\n\nApologies: Bob\n")  # same length, one block
    assert [(a.name, a.group) for a in before] == [("Ada", 0), ("Bob", 1)]
    assert [(a.name, a.group) for a in after] == [("Bob", 0)]
    assert after[0].start == before[1].start  # the same block, read from the cache
