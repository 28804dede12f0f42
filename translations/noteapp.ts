<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
    <context>
        <name>EditorView</name>
        <message>
            <location filename="../noteapp/ui/editing.py" line="+165" />
            <source>Text size {0} pt</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../noteapp/ui/main_window.py" line="+202" />
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+257" />
            <source>No recent files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NarrowLayout</name>
        <message>
            <location filename="../noteapp/ui/narrow_layout.py" line="+111" />
            <source>Narrow window: the panels are tabbed below the note.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>accessibility</name>
        <message>
            <location filename="../noteapp/ui/accessibility.py" line="+53" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The meeting note's Markdown text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Note area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The note and its find bar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Find and replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Find in the note; Escape closes the bar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Find status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>How many matches, or why nothing matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Add attendee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A name, or Name (XX) with initials; Enter adds the person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Attendees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The people of the meeting, as the note lists them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The agenda items; Space ticks the current one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>New agenda item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Type an item, with an optional time box; Enter adds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Action items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Who owes what, and whether it is done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Action item owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The owner's initials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>New action item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What is to be done; Enter adds the item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Word count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Words in the note, front matter excluded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Meeting timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Meeting time and the current item's time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Main commands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The commands of a call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The meeting series whose times are shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Number of meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>How many of the next meetings are shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Meeting times by zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>One row per meeting; highlighted rows change a local time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Schedule summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The series and its rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Schedule warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Daylight-saving changes and zones not understood</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The note rendered as the site shows it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Text to find in the note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Replace with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The replacement text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Search notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Words to find in every note of the workspace</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>menus</name>
        <message>
            <location filename="../noteapp/ui/main_window.py" line="-331" />
            <source>&amp;{name}</source>
            <extracomment>A note is about to replace the editor's text (features may pause costly work). A note was shown: its path (None for a new note). The note was written to this path. The window is closing with the user's consent (changes saved or discarded).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Publish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>section_roles</name>
        <message>
            <location filename="../noteapp/ui/section_roles.py" line="+26" />
            <source>&amp;Attendees (who came)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;pologies (who could not come)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;genda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;ction Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Not a Meeting Section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>noteapp's &amp;Guess</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+40" />
            <source>This Section &amp;Is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>This Section{label} &amp;Is</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>speakers</name>
        <message>
            <location filename="../noteapp/ui/speakers.py" line="+86" />
            <source>Speaker &amp;{0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>theme</name>
        <message>
            <location filename="../noteapp/ui/theme.py" line="+158" />
            <source>&amp;Theme</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>toolbar</name>
        <message>
            <location filename="../noteapp/ui/toolbar.py" line="+45" />
            <source>Toolbar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Main commands</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>hotkeys</name>
        <message>
            <source>&amp;New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New empty note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;Meeting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The next meeting of a series, from its template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save (atomic, in the note's own format)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save under another name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as &amp;Markdown (GitHub, site)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HackMD-only syntax made plain Markdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export for Hack&amp;MD…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HackMD metadata (title, tags, description) and the body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as &amp;HTML…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One printable page with its own style</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;utosave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the note to its file after a pause in typing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo typing or a panel action, from any panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redo what Undo undid (also Ctrl+Y)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cut the selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste at the caret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the whole note (or field)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find in the note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Replace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find and replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Toggle Checkbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick or untick the task item on the caret's line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy as Mar&amp;kdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note as plain Markdown, for a chat or an e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy as HT&amp;ML</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note rendered, for pasting into a rich-text e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repair Mis-&amp;decoded Text…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repair names decoded through the wrong code page (asks first; one undo step)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Word Wrap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrap long lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start/Stop &amp;Timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start or stop the meeting timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next Agenda Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick the item discussed, discuss the next (started in minutes grouped by topic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Go to Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The caret to the end of the minutes of the topic being discussed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert Current T&amp;ime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert the time of day (HH:MM)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert &amp;Speaker…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a minute line with a speaker's initials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;Attendee…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a person (completion from earlier notes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add A&amp;genda Item…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an agenda item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add A&amp;ction Item…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an action item for an attendee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move Agenda Item &amp;Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the agenda panel: move the item above the one before it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move Agenda Item &amp;Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the agenda panel: move the item below the one after it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Toggle &amp;Present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the attendee table: present or absent in the note's style (Delete removes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move Attendee &amp;Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the attendee table: move the person up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move Attendee &amp;Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the attendee table: move the person down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove Attendee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the attendee table: remove the person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speaker &amp;N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a minute line with attendee N's initials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Push to &amp;HackMD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create or update this note's HackMD note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Pull from HackMD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HackMD's text into the note (front matter kept; one undo step)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Commit to Git</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Commit this file alone, with a message from its series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Commit and P&amp;ush</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Commit this file alone, then push</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Pull &amp;Request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This note alone on a branch of the site's GitHub repository, as a pull request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment on &amp;Discussed Issues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A link to the notes on each ticked GitHub issue of the agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Follow HackMD Live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge HackMD's edits into the note every few seconds, and push yours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Accounts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The HackMD and GitHub tokens (keyring)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Search Notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full-text search over every note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Previous Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the series' meeting before this one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the series' meeting after this one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;Workspace Folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Index another folder or git work tree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark Action Item &amp;Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the action tracker: tick the item where it is open now (one undo step there)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The series' meetings by date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action &amp;Tracker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every action item of the series, open or done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pe&amp;ople</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance over time, name variants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Focus the note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Attendees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Focus the attendee table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;genda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Focus the agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;ction Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Focus the action items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Properties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Focus the front matter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the rendered note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A series' times in every member's zone, DST warnings, links</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Font…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the editor's font</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This Section &amp;Is…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what the section at the caret is (attendees, agenda, actions...) for its series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Larger text in the editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom O&amp;ut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Smaller text in the editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reset Zoom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The editor font's own size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;System</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light or dark as the desktop is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark text on a light background</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light text on a dark background</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This list</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>panels</name>
        <message>
            <source>Properties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action tracker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action items</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
