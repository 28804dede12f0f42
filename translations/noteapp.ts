<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
    <context>
        <name>AttendeeModel</name>
        <message>
            <location filename="../noteapp/ui/panels/attendee_model.py" line="+115" />
            <source>Expected (a regular of the series): Space or Enter checks them in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditorView</name>
        <message>
            <location filename="../noteapp/ui/editing.py" line="+201" />
            <source>Text size {0} pt</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../noteapp/ui/main_window.py" line="+153" />
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+281" />
            <source>No recent files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NarrowLayout</name>
        <message>
            <location filename="../noteapp/ui/narrow_layout.py" line="+111" />
            <source>Narrow window: panels below the note.</source>
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
            <source>Outline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The note's headings and sections; Enter puts the caret there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
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
        <name>accounts</name>
        <message>
            <location filename="../noteapp/ui/accounts.py" line="+46" />
            <source>Accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>paste a new token to store it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>{0} token:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+44" />
            <source>Looking in the keyring…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>Stored the {0} token.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source> and </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Removed the stored {0} token.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>archive.common</name>
        <message>
            <location filename="../noteapp/ui/archive/common.py" line="+26" />
            <source>All series</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>archive.feature</name>
        <message>
            <location filename="../noteapp/ui/archive/feature.py" line="+140" />
            <source>Indexing notes {0:,}/{1:,}</source>
            <extracomment>The index has new answers (an update finished, or another folder is shown).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Index unavailable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+6" />
            <source>Could not update the workspace index: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>The workspace index is not ready yet (or this note is not in it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>earlier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No {0} meeting in this series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Open a folder of notes as the workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Workspace: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>archive.panel</name>
        <message>
            <location filename="../noteapp/ui/archive/panel.py" line="+21" />
            <source>The workspace index is being built…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>Could not read the workspace index: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>archive.people</name>
        <message>
            <location filename="../noteapp/ui/archive/people.py" line="+84" />
            <source>&amp;Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Probably the same person:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>archive.plot</name>
        <message>
            <location filename="../noteapp/ui/archive/plot.py" line="+19" />
            <source>The attendance plot needs pyqtgraph and numpy ({error}); install them with: pip install pyqtgraph numpy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>Present per meeting; ● {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Present per meeting</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>archive.rename_dialog</name>
        <message>
            <location filename="../noteapp/ui/archive/rename_dialog.py" line="+42" />
            <source>Rename a person across notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Rename “{0}” ({1}) to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+71" />
            <source>Renamed “{0}” to “{1}” in {2} notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>archive.search</name>
        <message>
            <location filename="../noteapp/ui/archive/search.py" line="+44" />
            <source>Search notes: words, "a phrase", pre*, OR, NOT</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>archive.tracker</name>
        <message>
            <location filename="../noteapp/ui/archive/tracker.py" line="+83" />
            <source>Already done in {0}; untick it there (Enter opens it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Open only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Stale: open &gt; </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source> meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Stale: any age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+54" />
            <source>Ticked in {0}: Ctrl+Z undoes it, Ctrl+S saves it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>caret_actions</name>
        <message>
            <location filename="../noteapp/ui/caret_actions.py" line="+47" />
            <source>No task item (- [ ] …) on this line</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>conflict_dialog</name>
        <message>
            <location filename="../noteapp/ui/conflict_dialog.py" line="+34" />
            <source>Edited here and on HackMD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source> ({0} of {1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source> by {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Line {0} was changed both here and on HackMD{1}{2}. Which version goes on?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>On HackMD ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>On HackMD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>In noteapp (yours)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>(nothing)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Before either change: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Keep &amp;Mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Take &amp;Theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Keep &amp;Both</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>disk_watch</name>
        <message>
            <location filename="../noteapp/ui/disk_watch.py" line="+171" />
            <source>{0} changed on disk; your version is kept. Saving will ask before replacing the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>You have unsaved changes here. Reload shows the file on disk (after asking whether to discard your changes); Keep Mine keeps your text, and saving will ask before replacing the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Reload shows the new version; Keep Mine keeps this one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+23" />
            <source>&amp;Reload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-22" />
            <location line="+23" />
            <source>&amp;Keep Mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-22" />
            <source>&amp;Compare…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{0} has changed on disk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>{0} changed on disk. Lines with - are on disk, + are yours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Compare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Reload {0} and discard your unsaved changes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{0} was deleted or moved on disk. Your text is kept here: Save writes it back, Save As puts it elsewhere.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>editing</name>
        <message>
            <location filename="../noteapp/ui/editing.py" line="+8" />
            <source>Editor font</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>large note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{0:,} word{1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>find_replace</name>
        <message>
            <location filename="../noteapp/ui/find_replace.py" line="+96" />
            <source>Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Replace with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Match &amp;case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Whole words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Rege&amp;x</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Replace All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Close (Escape)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+83" />
            <source>Bad expression: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <location line="+30" />
            <source>No matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-24" />
            <source>{0} of {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source> (wrapped)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>{0} matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <location line="+27" />
            <source>Cannot replace: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-12" />
            <source>Replaced {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Nothing to replace</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>focus_mode</name>
        <message>
            <location filename="../noteapp/ui/focus_mode.py" line="+53" />
            <source>Focus mode: {0} brings the panels back.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>headers</name>
        <message>
            <location filename="../noteapp/ui/archive/meetings.py" line="+41" />
            <location filename="../noteapp/ui/archive/search.py" line="+21" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../noteapp/ui/panels/attendee_model.py" line="-72" />
            <source>Present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../noteapp/ui/archive/people.py" line="-26" />
            <location filename="../noteapp/ui/panels/attendee_model.py" line="-4" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>First</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Last</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../noteapp/ui/archive/search.py" line="+1" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../noteapp/ui/archive/tracker.py" line="-126" />
            <location filename="../noteapp/ui/panels/actions.py" line="+70" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../noteapp/ui/panels/actions.py" line="-2" />
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../noteapp/ui/panels/actions.py" line="+1" />
            <source>Action item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>First written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Carried</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../noteapp/ui/panels/agenda.py" line="+96" />
            <source>Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../noteapp/ui/panels/attendee_model.py" line="+1" />
            <source>Initials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Handle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Affiliation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../noteapp/ui/panels/outline.py" line="+69" />
            <source>Outline</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>jobs</name>
        <message>
            <location filename="../noteapp/ui/jobs.py" line="+51" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>large_note</name>
        <message>
            <location filename="../noteapp/ui/large_note.py" line="+47" />
            <source>Opening {0} ({1})…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Opening a large note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>live_hackmd</name>
        <message>
            <location filename="../noteapp/ui/live_hackmd.py" line="+79" />
            <source>Following HackMD live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Stopped following HackMD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+45" />
            <source>Merged HackMD's edits{0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Stopped following HackMD: the conflicting lines are as you left them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+57" />
            <source>HackMD's rate limit is used up; following again in {0:.0f} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>HackMD cannot be reached ({0}); trying again in {1:.0f} s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <location filename="../noteapp/ui/main_window.py" line="-394" />
            <source>Untitled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+188" />
            <source>Opening {0} was cancelled; nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>A large note ({0}): the panels, colours and preview are off for it; editing, find and saving work as usual.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>This note contains {0}; the editor shows it as a line break and saves it as it was, unless you delete that line break.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>New file {0}: it is created when you save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>{0}: cannot be read as {1!r} ({2}). Choose another encoding.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+44" />
            <source>{0}: no such file; removed it from the recent files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+41" />
            <source>Could not save {0}: {1}. Nothing was lost: the note is still open here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Saved {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+74" />
            <source>Could not save settings: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+58" />
            <source> with BOM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Ln {0}, Col {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>{0} is read-only: not saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>meeting_timer</name>
        <message>
            <location filename="../noteapp/ui/meeting_timer.py" line="+118" />
            <source>The item now discussed is over its time box</source>
            <extracomment>Once a second while running, and whenever what it shows changes. The clock started (True) or stopped (False).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Meeting time · time of the item now discussed (F5 starts/stops)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>menus</name>
        <message>
            <location filename="../noteapp/ui/main_window.py" line="-448" />
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
        <name>new_meeting</name>
        <message>
            <location filename="../noteapp/ui/new_meeting.py" line="+60" />
            <source>New Meeting</source>
            <extracomment>The note was written: its path.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Agenda from &amp;GitHub issues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Series:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>The open issues and pull requests of {0} labelled {1!r}, as agenda items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+81" />
            <source>GitHub issues not added: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>outline</name>
        <message>
            <location filename="../noteapp/ui/panels/outline.py" line="-37" />
            <source>Front matter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+61" />
            <source>Line {0} · {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>panels.actions</name>
        <message>
            <location filename="../noteapp/ui/panels/actions.py" line="-10" />
            <source>This item has no check box in the note: it counts as done when its whole text is struck through (~~…~~). Edit the text to change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+41" />
            <source>{0}
Line {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Carried over from an earlier meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>Owner (initials)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>New action item ⏎</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>panels.agenda</name>
        <message>
            <location filename="../noteapp/ui/panels/agenda.py" line="+119" />
            <source>New agenda item, e.g. Release plan (10 min) ⏎</source>
            <extracomment>(dragged row, row it was dropped on)</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>panels.attendees</name>
        <message>
            <location filename="../noteapp/ui/panels/attendees.py" line="+115" />
            <source>Add attendee: name, or Name (XX)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+154" />
            <source>Checked in {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Removed {0}: Ctrl+Z brings them back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>Added {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+57" />
            <source>a new attendee block, written like the series' earlier notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>a new attendee block, written like the series' template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>a new attendee list (no earlier note or template to copy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{0}, in {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>panels.properties</name>
        <message>
            <location filename="../noteapp/ui/panels/properties.py" line="+232" />
            <source>{0}: a nested value; edit it in the note's text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+113" />
            <source>new key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <source>Read-only, the front matter is broken: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+46" />
            <source>Delete {0!r} from the front matter</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>panels.schedule</name>
        <message>
            <location filename="../noteapp/ui/panels/schedule.py" line="+75" />
            <source> meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Copy &amp;arewemeetingyet link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Copy &amp;timeanddate link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Export .&amp;ics…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+120" />
            <source>Copied {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Could not write {0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Wrote {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Export calendar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>prompts</name>
        <message>
            <location filename="../noteapp/ui/prompts.py" line="+60" />
            <source>Save the changes to {0}?</source>
            <extracomment>A button of :meth:`Prompts.choose`: its label and its role ("accept", "reject", "destructive", "action"; "cancel" is the platform's Cancel button, label unused).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>If you don't save, your changes will be lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>{0} has changed on disk since it was opened here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Save replaces the version on disk with yours. Cancel keeps both: save yours under another name with Save As.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Overwrite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>{0} is read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Save &amp;As…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Overwrite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Save a copy under another name, or overwrite it anyway (it stays read-only). Nothing is lost either way: the note is still open here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Choose the note's encoding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{0}

Open it as:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Open note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Save note as</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>publishing</name>
        <message>
            <location filename="../noteapp/ui/publishing.py" line="+97" />
            <source>Export into another file: this one is the note itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>{0}: cannot write the export ({1}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Exported to {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Copied the note as Markdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Copied the note as HTML</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>HackMD note {0}{1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Push to HackMD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>The note is the same as on HackMD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Pulled the HackMD note: Ctrl+Z undoes it, Ctrl+S saves it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Pull from HackMD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Nothing pushed: the HackMD note is as its last editor left it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Committed {0}{1}: {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Opened pull request #{0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Updated pull request #{0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Unchanged: pull request #{0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Open Pull Request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>No discussed issue: tick the agenda items that were discussed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Comment on Discussed Issues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Another publishing step is still running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>HackMD note {0} has no text below its front matter. Taking it would empty this note's body (Ctrl+Z would bring it back). Empty it anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Nothing pulled: the note keeps its text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Publishing failed unexpectedly: {0!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Empty the Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>HackMD's Note Is Empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Pull Theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Overwrite with Mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Changed on HackMD</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>recovery_dialog</name>
        <message>
            <location filename="../noteapp/ui/recovery_dialog.py" line="+127" />
            <source>It was never saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The file no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Lines with - are in the file on disk now, lines with + only in the recovery.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;{0}&lt;/b&gt; had unsaved changes when noteapp stopped unexpectedly.&lt;br&gt;Recovered text saved at {1}. {2}&lt;br&gt;&lt;br&gt;Restore opens it as an unsaved change (Save writes it); Discard deletes the recovered text; Later asks again at the next start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>untitled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Recover unsaved changes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>repair</name>
        <message>
            <location filename="../noteapp/ui/repair.py" line="+18" />
            <source>These words look decoded through the wrong code page:

{0}

Repair them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Repair mis-decoded text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>No mis-decoded text found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Repaired {0} mis-decoded passage(s)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>safety</name>
        <message>
            <location filename="../noteapp/ui/safety.py" line="+230" />
            <source>Could not write the recovery copy ({0}); retrying. Your text is still here: save it when you can.</source>
            <extracomment>After a note is loaded, when the journal's writer is made ready for the first edit.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Recovery copies are written again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+128" />
            <source>Could not lock {0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>{0} is also open in another window: each save checks the other's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Read-only: {0} is open in another noteapp ({1}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>It is open read-only here. Edit Anyway lets both copies change it: each save still asks before replacing what the other saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{0} is already open in another noteapp ({1}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Read-Only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit Anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Autosave paused: {0} is read-only. Save to choose what to do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Autosave paused: {0} changed on disk. Save to choose what to keep.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Autosave paused until the note is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Recovered the unsaved text from {0}: Save keeps it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>section_roles</name>
        <message>
            <location filename="../noteapp/ui/section_roles.py" line="+27" />
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
            <location line="+24" />
            <source>The caret is in no section with a heading or label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>'{0}' is {1} ({2}) in the notes of this folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>This Section &amp;Is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>This Section{label} &amp;Is</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>shortcut_help</name>
        <message>
            <location filename="../noteapp/ui/shortcut_help.py" line="+35" />
            <source>Keyboard Shortcuts — noteapp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Command</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What it does</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>speakers</name>
        <message>
            <location filename="../noteapp/ui/speakers.py" line="+90" />
            <location line="+25" />
            <source>Speaker &amp;{0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>The note lists {0} attendees: there is no number {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>No attendees yet: add them in the Attendees panel first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Initials or name…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>theme</name>
        <message>
            <location filename="../noteapp/ui/theme.py" line="+252" />
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
            <source>Continue &amp;Lists on Return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return in a list item starts the next one; on an empty item it ends the list</source>
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
            <source>&amp;Outline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note's headings and sections; Enter goes there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Focus &amp;Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note alone, centred: no panels or toolbar (again: back)</source>
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
            <source>Outline</source>
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
            <source>Action items</source>
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
    </context>
</TS>
