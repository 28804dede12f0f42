"""Every keyboard shortcut in one place (Qt maps Ctrl to Cmd on macOS).

The window builds its menu actions from :data:`COMMANDS`, and Help ▸ Keyboard
Shortcuts lists them, so a shortcut is defined, shown and documented here only.
Live-call commands use function keys and Ctrl+Shift chords that no text editing
needs, so they work while the caret is in the note.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication


class Command(NamedTuple):
    menu: str  # the menu it lives in
    title: str  # the menu text, with "&" before its accelerator letter
    keys: str  # the shortcut (empty: none)
    help: str  # one line for the shortcut reference
    # Where the shortcut works: "" for the whole window, else the one widget it belongs to
    # (two widgets may share a key; a window-wide key is never shared).
    scope: str = ""


# Keys only the zoom commands may take (Ctrl+= / Ctrl++ in, Ctrl+- out, Ctrl+0 back to the
# set font size), which every editor and browser has, and users press by habit.
RESERVED: dict[str, str] = {
    "Ctrl+=": "zoom_in",
    "Ctrl++": "zoom_in",
    "Ctrl+-": "zoom_out",
    "Ctrl+0": "zoom_reset",
}


# fmt: off  (one command per entry, aligned for reading)
COMMANDS: dict[str, Command] = {
    # -- File
    "new": Command("File", "&New", "Ctrl+N", "New empty note"),
    "new_meeting": Command(
        "File", "New &Meeting…", "Ctrl+Shift+N", "The next meeting of a series, from its template"
    ),
    "open": Command("File", "&Open…", "Ctrl+O", "Open a note"),
    "save": Command("File", "&Save", "Ctrl+S", "Save (atomic, in the note's own format)"),
    "save_as": Command("File", "Save &As…", "Ctrl+Shift+S", "Save under another name"),
    "export_markdown": Command(
        "File", "Export as &Markdown (GitHub, site)…", "", "HackMD-only syntax made plain Markdown"
    ),
    "export_hackmd": Command(
        "File", "Export for Hack&MD…", "", "HackMD metadata (title, tags, description) and the body"
    ),
    "export_html": Command("File", "Export as &HTML…", "", "One printable page with its own style"),
    "autosave": Command(
        "File", "A&utosave", "", "Save the note to its file after a pause in typing"
    ),
    "quit": Command("File", "&Quit", "Ctrl+Q", "Quit"),
    # -- Edit (Undo … Select All take the platform's standard keys: QKeySequence.StandardKey)
    "undo": Command("Edit", "&Undo", "Ctrl+Z", "Undo typing or a panel action, from any panel"),
    "redo": Command("Edit", "&Redo", "Ctrl+Shift+Z", "Redo what Undo undid (also Ctrl+Y)"),
    "cut": Command("Edit", "Cu&t", "Ctrl+X", "Cut the selection"),
    "copy": Command("Edit", "&Copy", "Ctrl+C", "Copy the selection"),
    "paste": Command("Edit", "&Paste", "Ctrl+V", "Paste at the caret"),
    "select_all": Command("Edit", "Select &All", "Ctrl+A", "Select the whole note (or field)"),
    "find": Command("Edit", "&Find…", "Ctrl+F", "Find in the note"),
    "replace": Command("Edit", "&Replace…", "Ctrl+H", "Find and replace"),
    "find_next": Command("Edit", "Find &Next", "F3", "Next match"),
    "find_previous": Command("Edit", "Find Pre&vious", "Shift+F3", "Previous match"),
    "toggle_task": Command(
        "Edit",
        "&Toggle Checkbox",
        "Ctrl+Return",
        "Tick or untick the task item on the caret's line",
    ),
    "copy_markdown": Command(
        "Edit",
        "Copy as Mar&kdown",
        "Ctrl+Alt+C",
        "The note as plain Markdown, for a chat or an e-mail",
    ),
    "copy_html": Command(
        "Edit", "Copy as HT&ML", "", "The note rendered, for pasting into a rich-text e-mail"
    ),
    "repair_mojibake": Command(
        "Edit",
        "Repair Mis-&decoded Text…",
        "",
        "Repair names decoded through the wrong code page (asks first; one undo step)",
    ),
    "word_wrap": Command("Edit", "&Word Wrap", "Alt+Z", "Wrap long lines"),
    "continue_lists": Command(
        "Edit",
        "Continue &Lists on Return",
        "",
        "Return in a list item starts the next one; on an empty item it ends the list",
    ),
    # -- Meeting (live-call helpers)
    "timer": Command("Meeting", "Start/Stop &Timer", "F5", "Start or stop the meeting timer"),
    "next_agenda": Command(
        "Meeting",
        "&Next Agenda Item",
        "F6",
        "Tick the item discussed, discuss the next (started in minutes grouped by topic)",
    ),
    "go_to_minutes": Command(
        "Meeting",
        "&Go to Minutes",
        "F7",
        "The caret to the end of the minutes of the topic being discussed",
    ),
    "insert_time": Command(
        "Meeting", "Insert Current T&ime", "Ctrl+Shift+T", "Insert the time of day (HH:MM)"
    ),
    "speaker": Command(
        "Meeting",
        "Insert &Speaker…",
        "Ctrl+Shift+K",
        "Start a minute line with a speaker's initials",
    ),
    "add_attendee": Command(
        "Meeting", "Add &Attendee…", "Ctrl+Shift+P", "Add a person (completion from earlier notes)"
    ),
    "add_agenda": Command("Meeting", "Add A&genda Item…", "Ctrl+Shift+G", "Add an agenda item"),
    "add_action": Command(
        "Meeting", "Add A&ction Item…", "Ctrl+Shift+A", "Add an action item for an attendee"
    ),
    # In the agenda panel only (the editor keeps Alt+Up/Down for itself)
    "agenda_up": Command(
        "Meeting",
        "Move Agenda Item &Up",
        "Alt+Up",
        "In the agenda panel: move the item above the one before it",
        "agenda panel",
    ),
    "agenda_down": Command(
        "Meeting",
        "Move Agenda Item &Down",
        "Alt+Down",
        "In the agenda panel: move the item below the one after it",
        "agenda panel",
    ),
    # In the attendee table only (also its context menu)
    "attendee_present": Command(
        "Meeting",
        "Toggle &Present",
        "Space",
        "In the attendee table: present or absent in the note's style (Delete removes)",
        "attendee table",
    ),
    "attendee_up": Command(
        "Meeting",
        "Move Attendee &Up",
        "Alt+Up",
        "In the attendee table: move the person up",
        "attendee table",
    ),
    "attendee_down": Command(
        "Meeting",
        "Move Attendee &Down",
        "Alt+Down",
        "In the attendee table: move the person down",
        "attendee table",
    ),
    "attendee_remove": Command(
        "Meeting",
        "&Remove Attendee",
        "Delete",
        "In the attendee table: remove the person",
        "attendee table",
    ),
    # Alt+1 … Alt+9: speaker prefix for the first nine attendees (built by the attendees panel)
    "speaker_n": Command(
        "Meeting", "Speaker &N", "Alt+1…Alt+9", "Start a minute line with attendee N's initials"
    ),
    # -- Publish (network and git work runs in the background, with Cancel)
    "publish_hackmd": Command(
        "Publish", "Push to &HackMD", "Ctrl+Shift+U", "Create or update this note's HackMD note"
    ),
    "pull_hackmd": Command(
        "Publish",
        "&Pull from HackMD",
        "",
        "HackMD's text into the note (front matter kept; one undo step)",
    ),
    "publish_git": Command(
        "Publish", "&Commit to Git", "", "Commit this file alone, with a message from its series"
    ),
    "publish_git_push": Command(
        "Publish", "Commit and P&ush", "", "Commit this file alone, then push"
    ),
    "publish_pr": Command(
        "Publish",
        "Open Pull &Request",
        "Ctrl+Shift+R",
        "This note alone on a branch of the site's GitHub repository, as a pull request",
    ),
    "comment_issues": Command(
        "Publish",
        "Comment on &Discussed Issues",
        "",
        "A link to the notes on each ticked GitHub issue of the agenda",
    ),
    "follow_hackmd": Command(
        "Publish",
        "&Follow HackMD Live",
        "",
        "Merge HackMD's edits into the note every few seconds, and push yours",
    ),
    "accounts": Command("Publish", "&Accounts…", "", "The HackMD and GitHub tokens (keyring)"),
    # -- Workspace: across meetings (the workspace index)
    "search_workspace": Command(
        "Workspace", "&Search Notes…", "Ctrl+Shift+F", "Full-text search over every note"
    ),
    "previous_meeting": Command(
        "Workspace", "&Previous Meeting", "Ctrl+PgUp", "Open the series' meeting before this one"
    ),
    "next_meeting": Command(
        "Workspace", "&Next Meeting", "Ctrl+PgDown", "Open the series' meeting after this one"
    ),
    "open_workspace": Command(
        "Workspace", "Open &Workspace Folder…", "", "Index another folder or git work tree"
    ),
    # In the action tracker only
    "tracker_done": Command(
        "Workspace",
        "Mark Action Item &Done",
        "Space",
        "In the action tracker: tick the item where it is open now (one undo step there)",
        "action tracker",
    ),
    "focus_meetings": Command("View", "&Meetings", "Ctrl+8", "The series' meetings by date"),
    "focus_tracker": Command(
        "View", "Action &Tracker", "Ctrl+9", "Every action item of the series, open or done"
    ),
    "focus_people": Command(
        "View", "Pe&ople", "Ctrl+Shift+O", "Attendance over time, name variants"
    ),
    # -- View: move the keyboard focus between the editor and the panels
    "focus_editor": Command("View", "&Editor", "Ctrl+1", "Focus the note"),
    "focus_attendees": Command("View", "&Attendees", "Ctrl+2", "Focus the attendee table"),
    "focus_agenda": Command("View", "A&genda", "Ctrl+3", "Focus the agenda"),
    "focus_actions": Command("View", "A&ction Items", "Ctrl+4", "Focus the action items"),
    "focus_properties": Command("View", "&Properties", "Ctrl+5", "Focus the front matter"),
    "focus_preview": Command("View", "Pre&view", "Ctrl+6", "Show the rendered note"),
    "focus_schedule": Command(
        "View", "&Schedule", "Ctrl+7", "A series' times in every member's zone, DST warnings, links"
    ),
    "focus_outline": Command(
        "View", "&Outline", "Ctrl+Shift+L", "The note's headings and sections; Enter goes there"
    ),
    "focus_mode": Command(
        "View", "Focus &Mode", "F11", "The note alone, centred: no panels or toolbar (again: back)"
    ),
    "font": Command("View", "&Font…", "", "Choose the editor's font"),
    "teach_section": Command(
        "View",
        "This Section &Is…",
        "Ctrl+Shift+I",
        "Say what the section at the caret is (attendees, agenda, actions...) for its series",
    ),
    "zoom_in": Command("View", "Zoom &In", "Ctrl+=", "Larger text in the editor"),
    "zoom_out": Command("View", "Zoom O&ut", "Ctrl+-", "Smaller text in the editor"),
    "zoom_reset": Command("View", "&Reset Zoom", "Ctrl+0", "The editor font's own size"),
    "theme_system": Command("View", "&System", "", "Light or dark as the desktop is"),
    "theme_light": Command("View", "&Light", "", "Dark text on a light background"),
    "theme_dark": Command("View", "&Dark", "", "Light text on a dark background"),
    # -- Help
    "shortcuts": Command("Help", "&Keyboard Shortcuts", "F1", "This list"),
}
# fmt: on

# Kept for the first window's code and tests.
NEW = COMMANDS["new"].keys
OPEN = COMMANDS["open"].keys
SAVE = COMMANDS["save"].keys
SAVE_AS = COMMANDS["save_as"].keys
QUIT = COMMANDS["quit"].keys


def title(name: str) -> str:
    """Command ``name``'s menu text in the user's language (the .ts files hold the
    COMMANDS strings: ``make translations``, noteapp.ui.i18n)."""

    return QCoreApplication.translate("hotkeys", COMMANDS[name].title)


def help_text(name: str) -> str:
    """Command ``name``'s one-line help in the user's language."""

    return QCoreApplication.translate("hotkeys", COMMANDS[name].help)


MENUS = ("File", "Edit", "Meeting", "Publish", "Workspace", "View", "Help")
