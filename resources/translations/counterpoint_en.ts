<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActorEdits</name>
    <message numerus="yes">
        <source>%n more annotation(s) name “%1” since the change was asked for; look again and repeat it.</source>
        <translation>
            <numerusform>%n more annotation names “%1” since the change was asked for; look again and repeat it.</numerusform>
            <numerusform>%n more annotations name “%1” since the change was asked for; look again and repeat it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The actor is no longer in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the actor “%1”: it was changed elsewhere since (now “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no actor named “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An actor needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is an actor named “%1” already: merge “%2” into it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actor is called “%1” already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename actor “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has that description already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe actor “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete actor “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An actor cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge actor “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: it is not a Counterpoint project (not an SQLite database file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s SQLite driver is missing (install libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it is an SQLite database of another program, not a Counterpoint project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it was written by a newer version of Counterpoint (project format %2; this version reads up to %3). Please update Counterpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it was written by an older version of Counterpoint and must be upgraded, but it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade %1: migration %2 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change %1: it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1 (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds this (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused a change (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error in %1 while %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: there is a file there already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save to %1: another file has replaced it since it was opened, so the last change is not in it. Open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save to %1: it was moved or deleted, or its disk was removed, since it was opened, so the last change is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it is an empty SQLite database, not a Counterpoint project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade %1: migration %2 would leave rows of %3 referring to nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error in %1: a statement that takes values cannot be prepared (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: the project file is damaged; open a backup copy of it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver is missing (install libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make %1 a new project: it is one already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1; the change was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it is a database of another program, not a Counterpoint project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the database is empty. Make it a project with “counterpoint server-init %2 --owner NAME”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2 is not a member of this project. Its owner can add them with “counterpoint members %3 add %2 --role coder”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it was written by an older version of Counterpoint and must be upgraded, but it is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it must be upgraded to this version of Counterpoint, and %2 may not change its tables. Ask the project&apos;s owner to open it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: the server asks for a password and none was found (in ~/.pgpass, PGPASSFILE or a service file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: the server refused the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused this: %2 may not do it in this project (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy with another analyst&apos;s change; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: there is no such database on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: the server does not let %2 in (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Nothing since the last saved change was lost; edits are refused until the server answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the project file is damaged (it was cut short); open a backup copy of it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoEdits</name>
    <message>
        <source>Cannot change the memo: it was changed elsewhere since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memo says that already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the project memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the memo on the article “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the memo on the actor “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectBackup</name>
    <message>
        <source>Cannot copy “%1”: there is no such project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy “%1” to “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace “%1”: the file cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectCheck</name>
    <message>
        <source>Cannot check %1: there is no such project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is sound: all %n page(s) checked, no damage found.</source>
        <translation>
            <numerusform>%1 is sound: its %n page checked, no damage found.</numerusform>
            <numerusform>%1 is sound: all %n pages checked, no damage found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged (%n problem(s) found); open a backup copy of it instead, or File › Restore from Backup.</source>
        <translation>
            <numerusform>%1 is damaged (%n problem found); open a backup copy of it instead, or File › Restore from Backup.</numerusform>
            <numerusform>%1 is damaged (%n problems found); open a backup copy of it instead, or File › Restore from Backup.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectCopy</name>
    <message>
        <source>Cannot copy %1 to %2: they are at different project formats (%3 and %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy into %1: it holds a project already (articles or annotations). Copy into a new file, or a database fresh from server-init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %2 has no table %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectLocation</name>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the server address: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use a server address that holds a password: it would be kept in the recent list and the shell&apos;s history. Put the password in ~/.pgpass (or the file PGPASSFILE names), or leave it out to be asked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the server address: Qt&apos;s PostgreSQL driver cannot pass a “;” in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the server address: “%1” is not a port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectSearch</name>
    <message>
        <source>Project memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo on the actor “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectSnapshot</name>
    <message>
        <source>Cannot open %1: changes kept in its log (%2) can only be read from a copy, and the copy failed (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program kept changing it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Waiting for Another Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is writing to %1. Your change is saved as soon as it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>The search is empty: type what to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search “%1” opens a quotation mark it does not close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search “%1” puts * after a phrase: only a word can be a prefix (word*).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search “%1” has a * on its own: put it after the beginning of a word (clim*).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search “%1” opens NEAR( without closing it with “)”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search “%1” has NEAR(…, N) without a number of words as N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search “%1” has a NEAR(…) with fewer than two terms in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regular expression “%1” is not valid: %2 (at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetEdits</name>
    <message numerus="yes">
        <source>%n annotation(s) went into the set “%1” since the deletion was asked for; look again and repeat it.</source>
        <translation>
            <numerusform>%n annotation went into the set “%1” since the deletion was asked for; look again and repeat it.</numerusform>
            <numerusform>%n annotations went into the set “%1” since the deletion was asked for; look again and repeat it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The annotation set is no longer in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New set “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename the set “%1”: it was renamed elsewhere since (now “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete set “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no annotation set named “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation set needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is an annotation set named “%1” already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set is called “%1” already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename set “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the project&apos;s default set: it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteFileHeader</name>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a Counterpoint project (not an SQLite database file).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteReader</name>
    <message>
        <source>opening it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagEdits</name>
    <message>
        <source>The tag is no longer in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a tag named “%1” already: merge “%2” into it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename tag “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recolour tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge tag “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag “%1” is not under another tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move tag “%1” to the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag “%1” cannot go under itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot go under “%2”: “%2” is under “%3”, and tags have one level of parents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot go under “%2”: tags are under “%1” (such as “%3”), and tags have one level of parents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag “%1” is under “%2” already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put tag “%1” under “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint</name>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterclaim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same claim as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuzzy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::AnnotationCommands</name>
    <message>
        <source>Tag as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 “%2”: the annotation was changed elsewhere since; doing it would erase that change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 “%2”: %3 changed the annotation since, at %4; doing it would erase their change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::Article</name>
    <message>
        <source>p. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pp. %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ArticleCommands</name>
    <message>
        <source>Update “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ArticleEditCommands</name>
    <message>
        <source>Remove from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split “%1” from “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete article “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the details of “%1”: they were changed elsewhere since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept version(s)</source>
        <translation>
            <numerusform>%n kept version</numerusform>
            <numerusform>%n kept versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>counterpoint::ArticleEdits</name>
    <message>
        <source>Cannot change “%1”: its new text would not read back the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change “%1”: the project already holds that text as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to remove from “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove from “%1”: the passage ends inside a character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the whole text of “%1”; remove the article instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text to remove is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not occur in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot split “%1”: the passage %2–%3 is not in its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot split “%1”: the passage holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot split “%1”: the passage is the whole article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot split “%1”: the project already holds that passage as an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no version %2 (versions kept: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of “%2” reads the same as its current text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ArticleImporter</name>
    <message>
        <source>Cannot import %1: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: it is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: it is too large (%2 MB; articles can be up to %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: it is too large (articles can be up to %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: it holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: it is named as a PDF but does not hold one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: it is not an article but %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: it is not a PDF that can be read (the file is damaged or incomplete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: the PDF is protected by a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cannot import %1: its %n page(s) hold no text, only images (a scan?); Counterpoint reads a PDF&apos;s text and does not recognise text in images.</source>
        <translation>
            <numerusform>Cannot import %1: its %n page holds no text, only images (a scan?); Counterpoint reads a PDF&apos;s text and does not recognise text in images.</numerusform>
            <numerusform>Cannot import %1: its %n pages hold no text, only images (a scan?); Counterpoint reads a PDF&apos;s text and does not recognise text in images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>counterpoint::ArticleUpdater</name>
    <message>
        <source>Cannot update “%1” from %2: it holds the same text as the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update “%1” from %2: the project already holds that text as “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::BulkEdit</name>
    <message>
        <source>Cannot change the annotations: %1 changed “%2” at %3, after it was read here. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the annotations: “%1” was changed after it was read here. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Edit %n Annotation(s)</source>
        <translation>
            <numerusform>Edit %n Annotation</numerusform>
            <numerusform>Edit %n Annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Annotation(s)</source>
        <translation>
            <numerusform>Delete %n Annotation</numerusform>
            <numerusform>Delete %n Annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>counterpoint::CleanupSuggester</name>
    <message>
        <source>Advertisement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share, comment or navigation prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related articles block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line repeated in other articles of the publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line repeated in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short line after the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very short line between paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::Database</name>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder, not a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a Counterpoint project (empty file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in a read-only folder: you can read and export it, but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: you can read and export it, but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::NameCommands</name>
    <message>
        <source>New actor “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::PassageCommands</name>
    <message>
        <source>Dismiss shared passage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::Project</name>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change %1: it is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The annotation set “%1” in %2 still holds %n annotation(s); move or remove them first.</source>
        <translation>
            <numerusform>The annotation set “%1” in %2 still holds %n annotation; move or remove it first.</numerusform>
            <numerusform>The annotation set “%1” in %2 still holds %n annotations; move or remove them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no annotation %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no relation %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new version of “%1” is already in %2 as another article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation set in %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an annotation set called “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no annotation set %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An actor in %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an actor called “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no actor %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag in %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a tag called “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation %1 does not belong to “%2” in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every annotation of “%1” in %2 must be placed on its new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default annotation set of %1 cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation in %1 cannot move to another article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation in %1 cannot be linked to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two annotations in %1 are already linked that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range %1–%2 splits a character of “%3” in %4 in two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range %1–%2 does not lie inside the text of “%3” in %4 (0–%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server-init makes a database on a PostgreSQL server a project; “%1” is not a server&apos;s address (postgresql://HOST/DATABASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file: members and roles belong to a project on a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may read and export %2, but not change it (role: reader).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a reader of this project: readers may read and export, not annotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a coder in this project: coders change and delete only their own annotations and relations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a reader of this project: readers may not add tags or actors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the project&apos;s owner and curators manage its sets, tags and actors; %1 is a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the project&apos;s owner and curators add, change and remove articles; %1 is a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the project&apos;s owner manages its members; %1 is a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change %1 by %2: %3 is a coder in %4, and coders change only their own work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such annotation set in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default annotation set of %1 already holds annotations; it keeps its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an annotation set with the id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a claim or a counterclaim can be given a verdict; this is a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change %1 in %2: %3 changed it at %4, after it was read here. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change %1 in %2: it was changed after it was read here. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A memo on an article needs its article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A memo on an actor needs its actor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such article in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such actor in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag “%1” cannot be its own parent (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag %1 in %2 to put “%3” under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag “%1” cannot go under “%2”: “%2” is under “%3”, and tags have one level of parents (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag “%1” cannot go under “%2”: tags are under “%1” (such as “%3”), and tags have one level of parents (%4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ProjectSession</name>
    <message>
        <source>No annotation is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the passage to re-attach the annotation to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That link is no longer in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link shared passage as the same claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no refused edit to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my change as a copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ServerAccess</name>
    <message>
        <source>%1 has no project_info table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a user name: it is empty or starts or ends with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is longer than PostgreSQL&apos;s 63 bytes for a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up %1: its database name is longer than %2 bytes, too long to name its members&apos; roles after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2 is not a member of this project. Its owner can add them with “counterpoint members … add %2 --role coder”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project has one owner, named by server-init; give %1 the role curator, coder or reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set up for a team yet: run “counterpoint server-init %2 --owner NAME” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 owns %2 and may already do everything in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add %1: there is no such user on the server, and %2 may not create one. Ask the server&apos;s administrator to run “createuser %1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 owns %2 and cannot be removed from it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::TextDecoding</name>
    <message>
        <source>Cannot import “%1”: it is not text (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it starts like UTF-8 but holds bytes that are not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it starts like UTF-16 but is not valid UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds binary data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is neither UTF-8, UTF-16 nor Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds the control character U+%1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::Transaction</name>
    <message>
        <source>Nothing was changed in %1: waiting for another program to finish writing to it was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::Verdict</name>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly accurate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accurate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verdict needs a rating, such as False or Accurate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating scale from %1 to %2 has no room: the worst rating must be below the best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating %1 is off its scale, which runs from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not the address of a published review (http or https).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::VerdictCommands</name>
    <message>
        <source>Remove verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict on this claim was changed elsewhere in the meantime; it is left as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::VersionHistory</name>
    <message>
        <source>%1 exact, %2 moved, %3 fuzzy, %4 orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::analysis</name>
    <message>
        <source>Agreement of %1 by %2. Articles: %3; characters: %4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures: uα Krippendorff&apos;s unitizing alpha (2004); α Krippendorff&apos;s alpha, nominal, per character (uncoded a category); %1; % percent agreement per character.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>κ Cohen&apos;s kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>κ Fleiss&apos; kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs (all codes): uα, α, Cohen&apos;s κ, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per article (all codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 – %2: only %1 %3, only %2 %4, boundaries %5, kind or tags %6, both %7
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement needs at least two annotation sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each annotation set can be one coder only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no annotation set %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” matched by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article “%1” is another version in each project; it and its annotations were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation %1 is on another article in each project; this project&apos;s was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of annotation %1 (%2, %3) not kept when merging %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this project&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions not kept in merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1: articles %2 added, %3 already here; annotations %4 added, %5 unchanged, %6 replaced by a newer version; links %7 added, %8 already here; sets %9 added; tags %10 added; actors %11 added.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two versions of annotation %1: kept %2 (%3), the other version (%4) is annotation %5 in the set “%6”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other project&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new: the project already had all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no version to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version to take does not exist: that coder did not code this passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage of the consensus annotation is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curation record of %1 names “%2”, which is not an annotation id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no consensus set to settle the disagreements into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consensus set cannot be one of the sets it settles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation %1 has another verdict in each project (here “%2”, there “%3”); this project&apos;s was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict on annotation %1 was not kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts added: %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions are of different articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coded by %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not coded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boundaries differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind or tags differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boundaries and kind differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curation needs two or more different annotation sets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::analysis::StoryCharts</name>
    <message>
        <source>No actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::cli</name>
    <message>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article: its id or a unique beginning of its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new version of the article: .txt, .md or .html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated “%1” from “%2”; the previous text is kept as version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations: %1 exact, %2 moved, %3 fuzzy, %4 orphaned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned (kept with their quotes; re-attach them by selecting text):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fewest words a passage must share (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-words must be a number from 2 up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passage of %1 words or more occurs in two articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” %2–%3 and “%4” %5–%6: %7 words, similarity %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotations %1 and %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked as the same claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an article with a newer version from FILE, re-anchoring its annotations; the previous version is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List passages that occur in more than one article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: counterpoint [PROJECT | ARTICLE]
       counterpoint COMMAND [ARGUMENTS]

Counterpoint maps the claims, counterclaims and sources of articles read side by side.
With no command, or with a project or article file, the window opens.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command or option “%1”; see “counterpoint --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try “counterpoint %1 --help”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: counterpoint </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: a project&apos;s file name ends in .%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this annotation set; may be repeated (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o must name the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no annotation set called “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON (.json, .jsonld) or a REFI-QDA project (.qdpx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import annotations from W3C Web Annotation JSON or a REFI-QDA project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles to import: .txt, .md or .html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the project: “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLAIMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COUNTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim, counterclaim, source or note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage, exactly as the article has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which occurrence of TEXT, counting from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who makes the claim (created if new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag (created if new); may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation set (created if new; default: Default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be claim, counterclaim, source or note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--exact must give the passage to annotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--occurrence must be a number from 1 up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not occur in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” occurs %2 times in “%3”; choose one with --occurrence 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation the link starts from (id or unique id prefix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation it points to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuts, supports, cites or same-claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be rebuts, supports, cites or same-claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this article (id or unique beginning of its title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no annotations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import articles (.txt, .md, .html) into PROJECT, creating it if missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the articles with their annotation counts by kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag a passage of an article; prints the new annotation&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link two annotations: rebuts, supports, cites or same-claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the annotations with id, kind, actor, tags and quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 and %2 from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged; %5 added; %6 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” occurs only %n time(s) in “%2”.</source>
        <translation>
            <numerusform>“%1” occurs only %n time in “%2”.</numerusform>
            <numerusform>“%1” occurs only %n times in “%2”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV only: begin with a UTF-8 byte order mark, so that Excel reads it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bom is for --format csv only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article of %1 was named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names more than one article of %2 (%3); give more of the title or the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article in %1 has the id or title “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too short to name an annotation of %2: give at least 4 characters of its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annotation in %1 has the id “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names more than one annotation of %2; give more of its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage stored in %1 is not “%2”; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A set to compare, one coder (--sets A B … names several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare kinds (default) or tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind|tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this article (id, id prefix or title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARTICLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default), csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by must be kind or tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sets must name two or more annotation sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure how far annotation sets (coders) agree, and list where they differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead when annotations sit in the text that goes: they are kept, orphaned, with their quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) of “%1” sit in the text to remove; give --orphan-annotations to remove it anyway (they are kept, orphaned, with their quotes).</source>
        <translation>
            <numerusform>%n annotation of “%1” sits in the text to remove; give --orphan-annotations to remove it anyway (it is kept, orphaned, with its quote).</numerusform>
            <numerusform>%n annotations of “%1” sit in the text to remove; give --orphan-annotations to remove it anyway (they are kept, orphaned, with their quotes).</numerusform>
        </translation>
    </message>
    <message>
        <source>List the likely debris (advertisements, prompts, hashtags, related articles, repeated and stray lines); with --apply, remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove what --suggest lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every occurrence of TEXT (may be given more than once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clean-up: give --suggest or --remove-exact TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clean-up: --apply goes with --suggest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in “%1” looks like debris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n character(s) from “%1”; the previous text is kept as a version.</source>
        <translation>
            <numerusform>Removed %n character from “%1”; the previous text is kept as a version.</numerusform>
            <numerusform>Removed %n characters from “%1”; the previous text is kept as a version.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the new article begins: its first words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it ends: its last words (default: the end of the article).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split: give --from TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” occurs more than once in “%2”; give more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not occur in “%2” after “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Split “%1” (%2 characters, %n annotation(s)) from “%3”.</source>
        <translation>
            <numerusform>Split “%1” (%2 characters, %n annotation) from “%3”.</numerusform>
            <numerusform>Split “%1” (%2 characters, %n annotations) from “%3”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put version N back as the current text (the current one is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--restore needs a version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored version %1 of “%2”; the text it replaced is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotations then: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The older version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff: V1 and V2 are version numbers (see `counterpoint versions`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has versions 1 to %2; there is no version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions %1 and %2 of “%3” read the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the debris of a scraped article, or remove it or given text; the previous text is kept as a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a passage an article of its own; its annotations go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the kept versions of an article, or restore one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a set to an analyst (empty: nobody&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SET=ANALYST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a set the consensus set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind coding on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--blind must be on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--owner takes SET=ANALYST, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind coding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or set whose reading each annotation set is, the consensus set and blind coding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run “counterpoint COMMAND --help” for a command&apos;s arguments.

Options:
  -h, --help     Show this help.
  -v, --version  Show the version.
  --author NAME  Before a command: record NAME as the author of new annotations and relations in a local project.

PROJECT is a file, or a project on a PostgreSQL server named as postgresql://USER@HOST:PORT/DATABASE (or a libpq conninfo such as “service=team”); the password comes from ~/.pgpass, PGPASSFILE or a service file, never from the address.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--author needs a name and a command: counterpoint --author NAME COMMAND …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLOUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a colour: give #RRGGBB or a name such as “teal”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file to merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague&apos;s project file (only read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a colleague&apos;s project file&apos;s articles, annotations, links, tags, actors and sets into a project, without duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The empty database, as postgresql://HOST/DATABASE or a libpq conninfo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server role that owns the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server-init needs --owner NAME: the role that will own the project and manage its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Counterpoint project now, owned by %2. Add its members with “counterpoint members %3 add NAME --role ROLE”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project to copy: a file or a server&apos;s URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to: a new file, or a server project fresh from server-init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy to “%1”: there is a file there already; copy to a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n article(s),</source>
        <translation>
            <numerusform>Copied %n article,</numerusform>
            <numerusform>Copied %n articles,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n relation(s) to %1.</source>
        <translation>
            <numerusform> and %n relation to %1.</numerusform>
            <numerusform> and %n relations to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, add NAME or remove NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s role name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With add: curator, coder or reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members add needs --role curator, coder or reader (not “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a file: members and roles belong to a project on a server (postgresql://HOST/DATABASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 of %3 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a member of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an empty PostgreSQL database a team project owned by NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a whole project, file to server or server to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, add or remove the members of a server project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also check that every index matches its table (slower).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what SQLite found, line by line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a project on a server: the server keeps its own data sound; check is for project files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every page of a project file and say whether it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jsonld, csv, md, html, pdf, qdpx, aif or claimreview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the consensus set (as --set with its name; see coders, curate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be jsonld, csv, md, html, pdf, qdpx, aif or claimreview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no consensus set: make one with “counterpoint coders PROJECT --consensus SET”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the verdicts on %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export annotations: W3C Web Annotation, CSV, a report, REFI-QDA, AIF or ClaimReview fact checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 settled; agreed passages taken: %4 of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed passages taken: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List how many disagreements are settled per article, and the open ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this version (annotation id or prefix) into the consensus set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANNOTATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this version out of the consensus set (settles its disagreement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disagreement of annotation %1 is settled already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left %1 out of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted %1 into %2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Took %n agreed passage(s) into %1.</source>
        <translation>
            <numerusform>Took %n agreed passage into %1.</numerusform>
            <numerusform>Took %n agreed passages into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 on a scale from %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim or counterclaim (id or unique id prefix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict: False, Misleading, Mixed, Mostly accurate or Accurate (1 to 5), or a rating of your own scale with --value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating&apos;s place on its scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worst rating of the scale (1 unless given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best rating of the scale (5 unless given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who reviewed the claim (a new verdict: the project&apos;s author).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was reviewed (a new verdict: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the published review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the verdict away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--clear takes the verdict away; it goes with no other option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date must be a date as YYYY-MM-DD, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no verdict to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This claim has no verdict yet: give one with --rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of False, Misleading, Mixed, Mostly accurate and Accurate: give its place on your scale with --value (and --worst and --best unless 1 to 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show, give, change or clear a claim&apos;s verdict (a fact check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n hit(s))</source>
        <translation>
            <numerusform>%1 (%n hit)</numerusform>
            <numerusform>%1 (%n hits)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n article(s)</source>
        <translation>
            <numerusform> in %n article</numerusform>
            <numerusform> in %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) changed</source>
        <translation>
            <numerusform>%n annotation changed</numerusform>
            <numerusform>%n annotations changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) deleted</source>
        <translation>
            <numerusform>%n annotation deleted</numerusform>
            <numerusform>%n annotations deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s)</source>
        <translation>
            <numerusform>%n verdict</numerusform>
            <numerusform>%n verdicts</numerusform>
        </translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename OLD NEW, merge FROM INTO, describe NAME TEXT or delete NAME; without one, the actors are listed with how many annotations name each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counterpoint actors: expected rename OLD NEW, merge FROM INTO, describe NAME TEXT or delete NAME after the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHOSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create NAME, rename OLD NEW or delete NAME (with its annotations, their links and verdicts); without one, the sets are listed with how many annotations each holds and whose they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counterpoint sets: expected create NAME, rename OLD NEW or delete NAME after the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the actors with their use, or rename, merge, describe or delete one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the annotation sets with their use, or create, rename or delete one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for: words, &quot;phrases&quot;, prefix*, NEAR(a b, N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query is one regular expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits are whole words only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper and lower case differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words of context each side of a hit (5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (one line a hit, by article), csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--context takes a number of words from 0 to 100, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text, csv or json, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find words, phrases, prefixes or a regular expression in every article and annotation, with the words around each hit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its title (default: the title line of the passage&apos;s heading, else its first line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its publisher (default: the one the passage&apos;s heading names, else the source&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its date (default: the date line of the passage&apos;s heading, else the source&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher: %1 · Author: %2 · Date: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1” with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an article with its annotations, their links and its kept versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what changed between two versions of an article, as a unified diff of their lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: it is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memo on this article (its id, or the beginning of its id or title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memo on the actor of this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the memo with TEXT; an empty TEXT removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the memo with the text of FILE (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counterpoint memo: give --article or --actor, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counterpoint memo: give --set or --from-file, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the project&apos;s, an article&apos;s or an actor&apos;s memo, or replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curating %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A set to curate (--sets A B [C…] names two or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every passage all the sets annotated alike into the consensus set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sets must name different annotation sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation %1 is not a version of any disagreement between %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle the disagreements of two or more sets into the consensus set: how many are settled, accept or leave out a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched approximately (old → new):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved (the same words elsewhere):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(orphaned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphan the annotations only matched approximately (kept with their quotes, to re-attach) rather than re-attaching them to other words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what the update would do to the annotations; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating “%1” from “%2” would leave:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename OLD NEW, recolor NAME #RRGGBB, merge FROM INTO, delete NAME, set-parent CHILD PARENT or clear-parent CHILD; without one, the tags are listed with how many annotations carry each, each parent followed by the tags under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counterpoint tags: expected rename OLD NEW, recolor NAME COLOUR, merge FROM INTO, delete NAME, set-parent CHILD PARENT or clear-parent CHILD after the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the tags with their use, or rename, recolour, merge or delete one, or file one under a parent tag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::export</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip library reported error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project XML could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpoint report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no actor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebutted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts by actor and kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full (no space left on the device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device took only part of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s write-ahead log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s shared-memory file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: it is %2 (%3); choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The argument map is left out: %1 annotations are more than one figure can show (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same claim as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved: found again at another place in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fuzzy: found again in a changed wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphaned: no longer in the article&apos;s text; quoted as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The argument map: one column per actor; claims at the top, what answers them below, sources last. Numbers are those of the passages below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims and what answers them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages no claim leads to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who claims what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterclaim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The argument map is in the HTML and PDF reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews without a URL, which Google requires of a ClaimReview: %1 (give one with “review … --url”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews that name no reviewer (the ClaimReview&apos;s author): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews without a date (datePublished): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations by kind and actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations by kind and actor: who says how much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags used together: how many annotations carry both tags (the diagonal: each tag alone); %1 less-used tags left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags used together: how many annotations carry both tags (the diagonal: each tag alone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who rebuts whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who rebuts whom: the rows rebut the columns, so many times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who supports whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who supports whom: the rows support the columns, so many times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Who said what, when: claims, counterclaims and sources by their article&apos;s date; %n annotation(s) of articles without a date left out.</source>
        <translation>
            <numerusform>Who said what, when: claims, counterclaims and sources by their article&apos;s date; %n annotation of articles without a date left out.</numerusform>
            <numerusform>Who said what, when: claims, counterclaims and sources by their article&apos;s date; %n annotations of articles without a date left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who said what, when: claims, counterclaims and sources by their article&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1 (%2 on a scale of %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo on the actor “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The argument map is on the page after the text; the charts follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::import</name>
    <message>
        <source>Cannot import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a W3C Web Annotation, collection or page (no “type” of Annotation, AnnotationCollection or AnnotationPage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“items” must be a list of annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” must be a whole number from 0 up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” must be an object with an id and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“cp:articles” must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of “cp:articles” is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an article&apos;s id “%1” is not a urn:uuid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not of type Annotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a body must be an object or an IRI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “body” must be an object, a list or an IRI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “target” is missing or of the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its target is a whole resource, not a text passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the target&apos;s “source” must be an IRI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a TextPositionSelector needs a start and an end that is not before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it has no text quote or text position selector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its target names no source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “creator” must be an agent or an IRI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a link Counterpoint does not know (it needs a relation kind and two annotations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds %1 files; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a file whose path “%1” leads outside the project (absolute, “..” or a backslash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a symbolic link, “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it would unpack to more than %1 MiB: refused as a possible zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is compressed more than %2 to 1: refused as a possible zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged (its size or checksum is wrong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project.qde declares a DOCTYPE, which could pull in external entities; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project.qde uses an undeclared entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PlainTextSelection in “%1” has no valid guid, startPosition and endPosition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project.qde is not well-formed XML (%1, line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source path “%1” leads outside the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text of “%1” is not UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its text is outside the project file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selection %1 in “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link “%1”: not a relation Counterpoint knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its article “%2” is not in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its passage is not in the article&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project has an annotation with this id on another article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it links an annotation that is not in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 holds articles but no annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” must be a name or a list of names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds two files named “%1” and “%2” (entries %3 and %4), so which one to read is ambiguous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a zip archive, so not a REFI-QDA project (a .qdpx is a zip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its pages are only linked (“%1”) and %2; Counterpoint never fetches anything from the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the collection: its page “%1” and those after it were not read (%2); %3 of its %4 annotations were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the collection: its page “%1” and those after it were not read (%2); %3 annotations were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no folder to find them in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an AnnotationPage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file for it beside %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article “%1” has a “cp:original” that is not base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untyped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its position counts from a “%2” fragment Counterpoint cannot find in the text, and it has no quote to place it by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 KiB would unpack to %2 MiB, more than %3 to 1: refused as a possible zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” has line breaks or characters that tools count differently, and its selections do not show which way it counts; read as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” counts its positions in %3 (as its selections&apos; texts show); read that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its range %2–%3 lies outside the text or inside a character (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its range %2–%3 shows “%4”, not its text “%5”, and that text is not in the source just once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its range %2–%3 did not show its text; placed where that text is, at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR LF as one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR LF as two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its quote “%2” begins or ends inside a word of the article; not placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypothesis: Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypothesis group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no Hypothesis annotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Hypothesis file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypothesis annotation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Hypothesis annotation (no id, uri, target or user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a reply to another annotation, with no passage of its own; not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a page note, with no quoted passage; not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its description “%2” is not kept (Counterpoint keeps an article&apos;s address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code “%1”: no selection uses it, and Counterpoint keeps tags only on passages; not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user “%1”: made no selection in the file; not kept (Counterpoint records who made each annotation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note “%1”: attached to no passage; not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its verdict was not kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article “%1” has a “cp:pageStarts” that is not a list of ascending positions in its text from 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “cp:verdict” must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” of “cp:verdict” must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annotation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annotation “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annotations from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON: it ends at line %1 (byte %2) before its JSON does; the file may have been cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON: it is nested more than %1 levels deep at line %2 (byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at line %2, byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“first” must be an AnnotationPage object or its IRI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“next” must be an AnnotationPage object or its IRI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the actor “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the memo on %2 differs from the project&apos;s, which is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the memo on %2 was not kept: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code “%1”: nested more than one level deep under “%2”; filed directly under it, since tags have one level of parents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::search::TagHits</name>
    <message numerus="yes">
        <source>Tag %n Hit(s) as %1</source>
        <translation>
            <numerusform>Tag %n Hit as %1</numerusform>
            <numerusform>Tag %n Hits as %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::ActorManagerDialog</name>
    <message numerus="yes">
        <source>Delete the actor “%1”? %n annotation(s) name it and will name nobody. Edit › Undo puts it back.</source>
        <translation>
            <numerusform>Delete the actor “%1”? %n annotation names it and will name nobody. Edit › Undo puts it back.</numerusform>
            <numerusform>Delete the actor “%1”? %n annotations name it and will name nobody. Edit › Undo puts it back.</numerusform>
        </translation>
    </message>
    <message>
        <source>De&amp;scribe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename an actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 renames the selected actor; Ctrl+Z undoes the last change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the actor “%1”? No annotation names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who or what is “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into (its annotations will name that actor):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;emo on the selected actor:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::AgreementDialog</name>
    <message>
        <source>coded by one only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boundaries differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind or tags differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boundaries and kind differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal other analysts&apos; sets (blind coding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation sets to compare: each one coder&apos;s reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α (nominal, per character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s κ (per character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent agreement (per character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unitizing α (Krippendorff 2004)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coders × coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes × pairs of coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets (coders):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles: %1; characters: %2. Unitizing α %3; Krippendorff&apos;s α %4; %5 %6; percent agreement %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleiss&apos; κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2–%3: %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disagreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: did not code this passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle the disagreements of the chosen pair of sets (or of every set compared, when no cell is chosen) into the consensus set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::AnnotationListPanel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter passages, comments, actors, tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Selected Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Selected Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor: how each annotation&apos;s passage was found in its article&apos;s latest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the kind, actor, tags or set of the selected annotations, or delete them, in one undo step (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n row(s) selected</source>
        <translation>
            <numerusform>%1 · %n row selected</numerusform>
            <numerusform>%1 · %n rows selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s)</source>
        <translation>
            <numerusform>%1 of %n annotation</numerusform>
            <numerusform>%1 of %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Edit %n Annotation(s)…</source>
        <translation>
            <numerusform>&amp;Edit %n Annotation…</numerusform>
            <numerusform>&amp;Edit %n Annotations…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n Annotation(s)</source>
        <translation>
            <numerusform>&amp;Delete %n Annotation</numerusform>
            <numerusform>&amp;Delete %n Annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot edit the annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cannot delete the %n annotation(s)</source>
        <translation>
            <numerusform>Cannot delete the %n annotation</numerusform>
            <numerusform>Cannot delete the %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot change the %n annotation(s)</source>
        <translation>
            <numerusform>Cannot change the %n annotation</numerusform>
            <numerusform>Cannot change the %n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete the annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (with %n sub-tag(s))</source>
        <translation>
            <numerusform>%1 (with %n sub-tag)</numerusform>
            <numerusform>%1 (with %n sub-tags)</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows the annotations tagged “%1” or any tag under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the annotations with this tag; a parent tag takes in the annotations of the tags under it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::AnnotationTableModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::ArgumentMapView</name>
    <message>
        <source>Cannot write the map to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow the List&apos;s Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the annotations the annotation list shows, as its filter changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actor named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument map of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot draw the map as SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encode the map as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument-map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::ArticleActions</name>
    <message>
        <source>A&amp;rticle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split into New Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest &amp;Clean-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected passage out of the article (a new version; Undo puts it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected passage an article of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find advertisements, prompts, hashtags and related-article blocks to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s kept versions, compared side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article in a pane first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the passage to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an annotated passage?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) sit in the passage to remove:</source>
        <translation>
            <numerusform>%n annotation sits in the passage to remove:</numerusform>
            <numerusform>%n annotations sit in the passage to remove:</numerusform>
        </translation>
    </message>
    <message>
        <source>They will lose their passage (kept, orphaned, with their quotes; Undo puts them back). Remove it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot split the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split into New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the passage that is an article of its own first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split across annotations?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) begin or end inside the passage but not both:</source>
        <translation>
            <numerusform>%n annotation begins or ends inside the passage but not both:</numerusform>
            <numerusform>%n annotations begin or end inside the passage but not both:</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay with “%1” and may lose their passage. Split anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot suggest a clean-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot clean up the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove annotated passages?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) sit in the checked passages:</source>
        <translation>
            <numerusform>%n annotation sits in the checked passages:</numerusform>
            <numerusform>%n annotations sit in the checked passages:</numerusform>
        </translation>
    </message>
    <message>
        <source>They will lose their passage (kept, orphaned, with their quotes; Undo puts them back). Remove the passages anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the article&apos;s title, publisher, author, date and URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the article with its annotations, their links and its kept versions (Undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With it go %1. Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article &amp;Memo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes on the article in the active pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the memo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::ArticleDetailsDialog</name>
    <message>
        <source>Details of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who published it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who wrote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the article gives it, e.g. 2025-06-14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an ISO 8601 date: shown as typed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::ArticleListModel</name>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>The header of the column of annotation counts, kept narrow for a narrow dock; its tooltip says what it counts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::ArticlePane</name>
    <message>
        <source>Move pane left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move pane right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close pane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::ArticlePrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::ArticleView</name>
    <message>
        <source>Ctrl+drag onto another passage to link them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::BackupFlow</name>
    <message>
        <source> copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpoint projects (*.counterpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the open project itself: choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of “%1” in “%2” yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this backup in the place of “%1”? The project as it is now is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project as it was is in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of %1; the project as it was is in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n Annotation(s)</source>
        <translation>
            <numerusform>Edit %n Annotation</numerusform>
            <numerusform>Edit %n Annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>(keep each one&apos;s kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(keep each one&apos;s actor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(keep each one&apos;s set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is left at “keep”, and a tag left half checked, stays as each annotation has it. One undo step undoes it all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n Annotation(s)</source>
        <translation>
            <numerusform>&amp;Delete %n Annotation</numerusform>
            <numerusform>&amp;Delete %n Annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::ChartsView</name>
    <message>
        <source>Cannot write the chart to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which chart to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys go from bar to bar, cell to cell or point to point; Enter lists the annotations of the one reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations of the chosen part of the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow the List&apos;s Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count only the annotations the annotation list shows, as its filter changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as an SVG or PNG image (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar, a cell or a point (or reach it with the arrow keys and press Enter) to list its annotations here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot draw the chart as SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encode the chart as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::CleanupDialog</name>
    <message>
        <source>Clean Up “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These passages look like page furniture rather than the story. Uncheck what should stay; the article keeps its current text as a version, and Undo puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) checked, </source>
        <translation>
            <numerusform>%n passage checked, </numerusform>
            <numerusform>%n passages checked, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) to remove.</source>
        <translation>
            <numerusform>%n character to remove.</numerusform>
            <numerusform>%n characters to remove.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) sit in them and will lose their passage.</source>
        <translation>
            <numerusform>%n annotation sits in them and will lose its passage.</numerusform>
            <numerusform>%n annotations sit in them and will lose their passage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this article looks like debris.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::CodingMargin</name>
    <message>
        <source>Coding stripes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The coding stripes: a bar beside the lines of every annotation, in its kind&apos;s colour, with its actor and tags where the pane is wide enough. Passages that overlap stand side by side.&lt;/p&gt;&lt;p&gt;Hover a bar to see what it says, click it to inspect it, Ctrl+drag it onto another passage to link them. &lt;i&gt;View › Coding Stripes&lt;/i&gt; hides them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::ConnectDialog</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from ~/.pgpass or the keyring when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not remembered: the system keyring: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::CurationDialog</name>
    <message>
        <source>Curate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no consensus set to settle the disagreements into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate Consensus Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take A&amp;greed Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous disagreement (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next disagreement (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curate: Next Disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curate: Previous Disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or take the &amp;boundaries of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and the &amp;kind of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Consensus Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consensus set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settling into: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consensus set needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take A&amp;greed Passages (%1 of %2 taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 of %3 settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not settled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, characters %2–%3 · actor: %4 · tags: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text selected above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my own: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled: in the consensus set as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled: left out of the consensus set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not settled yet (%1 of %2 in this article).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put an annotation made of the chosen boundaries and kind into the consensus set (select text above for boundaries of your own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept %1&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle a disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Take %n agreed passage(s)</source>
        <translation>
            <numerusform>Take %n agreed passage</numerusform>
            <numerusform>Take %n agreed passages</numerusform>
        </translation>
    </message>
    <message>
        <source>The annotation sets to curate, two or more: each one coder&apos;s reading (Space checks or unchecks one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oders (sets):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disagreements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every passage all the coders annotated alike into the consensus set, as one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curate: Accept the Version of Coder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two or more annotation sets to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this coder&apos;s version into the consensus set as it is (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not code this passage (the others&apos; versions are underlined).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s version (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s version: %2 (with actor and tags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept %1: %2 (leave out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %1: %2 (%n passage(s))</source>
        <translation>
            <numerusform>Accept %1: %2 (%n passage)</numerusform>
            <numerusform>Accept %1: %2 (%n passages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sets do not disagree anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out a passage %1 did not code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept %1&apos;s versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::DockFocus</name>
    <message>
        <source>Next Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::ExportDialog</name>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument Interchange Format (AIF JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF report to print or share: for each article, its claims with their actors and quotes, the counterclaims that rebut them and the sources that support them; then counts by actor and kind.

It holds the same text as the Markdown and HTML reports: choose one of those to preview it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A REFI-QDA project for qualitative analysis tools such as ATLAS.ti, MAXQDA and NVivo: a zip file holding the text of each article and every annotation as a coded passage, with its kind and tags as codes, its actor as a case and its comment as a memo.

File › Import Annotations reads it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen annotation &amp;sets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Whole project (%Ln annotation(s))</source>
        <translation>
            <numerusform>&amp;Whole project (%Ln annotation)</numerusform>
            <numerusform>&amp;Whole project (%Ln annotations)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What the annotation &amp;list shows (%Ln annotation(s))</source>
        <translation>
            <numerusform>What the annotation &amp;list shows (%Ln annotation)</numerusform>
            <numerusform>What the annotation &amp;list shows (%Ln annotations)</numerusform>
        </translation>
    </message>
    <message>
        <source>The annotations left by the filters of the annotation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation sets to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln annotation(s))</source>
        <translation>
            <numerusform>%1 (%Ln annotation)</numerusform>
            <numerusform>%1 (%Ln annotations)</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: no annotations are chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview of the export&apos;s beginning, made from the first %1 of %Ln annotation(s):</source>
        <translation>
            <numerusform>Preview of the export&apos;s beginning, made from the first %1 of %Ln annotation:</numerusform>
            <numerusform>Preview of the export&apos;s beginning, made from the first %1 of %Ln annotations:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview of the export of %Ln annotation(s):</source>
        <translation>
            <numerusform>Preview of the export of %Ln annotation:</numerusform>
            <numerusform>Preview of the export of %Ln annotations:</numerusform>
        </translation>
    </message>
    <message>
        <source>(the first %1 lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln annotation(s) to “%1”…</source>
        <translation>
            <numerusform>Exporting %Ln annotation to “%1”…</numerusform>
            <numerusform>Exporting %Ln annotations to “%1”…</numerusform>
        </translation>
    </message>
    <message>
        <source>Fact checks (schema.org ClaimReview JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::FindBar</name>
    <message>
        <source>Aa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::Inspector</name>
    <message>
        <source>Link to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a highlight or a row of the list to inspect it, or select a passage and press 1–4 to tag it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who says it? Type a new name or pick one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passage is no longer in the article. Select where it is now and re-attach the annotation to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%2” %1 this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ver&amp;dict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 on a scale from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fact-checker&apos;s verdict on this claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload shows their change and drops yours. Apply Mine on Top makes your change again on their version. Keep Mine as a Copy leaves theirs and makes a copy of the annotation with your change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Mine on Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Mine as a Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::IntegrityCheckFlow</name>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::LinkDialog</name>
    <message>
        <source>Link Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the other passage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::MainWindow</name>
    <message>
        <source>Counterpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project (Ctrl+O) or import articles (Ctrl+I), then double-click an article to read it here. Open several to read them side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selected passage as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update Article from File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the active pane&apos;s article with a newer version and re-anchor its annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;attach to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor the current annotation on the selected passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Synchronized Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Pane &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Pane &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Counterpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Counterpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Counterpoint %1&lt;/h3&gt;&lt;p&gt;Map the claims, counterclaims and sources of articles read side by side.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New annotations go into this annotation set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation set for new annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of %1 annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Counterpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article and select a passage to tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage in the article to tag it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tag the passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update “%1” from File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.html *.htm *.md *.markdown *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: every annotation found its passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Updated: %Ln annotation(s) lost their passage and wait to be re-attached.</source>
        <translation>
            <numerusform>Updated: %Ln annotation lost its passage and waits to be re-attached.</numerusform>
            <numerusform>Updated: %Ln annotations lost their passage and wait to be re-attached.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the passage in the annotation&apos;s own article to re-attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot re-attach the annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attached to the selected passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot link the annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a project first, then import “%1” into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln article(s).</source>
        <translation>
            <numerusform>Imported %Ln article.</numerusform>
            <numerusform>Imported %Ln articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln annotation(s), %1 and %2 to “%3”.</source>
        <translation>
            <numerusform>Exported %Ln annotation, %1 and %2 to “%3”.</numerusform>
            <numerusform>Exported %Ln annotations, %1 and %2 to “%3”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln link</numerusform>
            <numerusform>%Ln links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: “%1” was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web annotations and REFI-QDA projects (*.jsonld *.json *.qdpx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing annotations from “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: the project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added: %Ln annotation(s)</source>
        <translation>
            <numerusform>Added: %Ln annotation</numerusform>
            <numerusform>Added: %Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated: %Ln annotation(s)</source>
        <translation>
            <numerusform>Updated: %Ln annotation</numerusform>
            <numerusform>Updated: %Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %Ln annotation(s)</source>
        <translation>
            <numerusform>Unchanged: %Ln annotation</numerusform>
            <numerusform>Unchanged: %Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %Ln item(s), listed under Show Details</source>
        <translation>
            <numerusform>Skipped: %Ln item, listed under Show Details</numerusform>
            <numerusform>Skipped: %Ln items, listed under Show Details</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln annotation(s) from “%1”.</source>
        <translation>
            <numerusform>Imported %Ln annotation from “%1”.</numerusform>
            <numerusform>Imported %Ln annotations from “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot show the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits made before the import can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage &amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an article in the Articles list to read it here, or import articles (Ctrl+I). Open several to read them side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — %2 — Counterpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the annotation and its links? Edit › Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Reader panes&lt;/b&gt;&lt;p&gt;Each pane shows one article with its annotations highlighted. Select a passage and press 1 (claim), 2 (counterclaim), 3 (source) or 4 (note) to tag it; Ctrl+drag a highlight onto another to link them. Ctrl+Tab goes to the next pane, F6 to the docks. When the panes do not fit, the area scrolls sideways.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Articles&lt;/b&gt;&lt;p&gt;The project&apos;s articles. Double-click one, or press Enter, to read it in a pane of its own.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Annotations&lt;/b&gt;&lt;p&gt;Every annotation of the project. Filter by text, kind, actor, tag, set or article; click a row to go to its passage.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Inspector&lt;/b&gt;&lt;p&gt;The current annotation: its kind, who says it (Alt+A), its tags, set, comment and links. Every change is saved at once and can be undone.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared Passages&lt;/b&gt;&lt;p&gt;Passages that two articles share word for word, offered as the same claim: link or dismiss each.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Argument Map&lt;/b&gt;&lt;p&gt;The annotations as cards in lanes by kind, with their links between them. Click a card to inspect it, double-click to go to its passage.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every page of the project file and say whether it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported, with gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is written, but:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage &amp;Actors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Annotation &amp;Sets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the annotation set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in &amp;Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the project; shown here as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date again with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n annotation(s) and their links? Edit › Undo brings them back.</source>
        <translation>
            <numerusform>Delete the %n annotation and their links? Edit › Undo brings them back.</numerusform>
            <numerusform>Delete the %n annotations and their links? Edit › Undo brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Charts&lt;/b&gt;&lt;p&gt;What the annotation list shows, counted: kinds by actor and by article, the tags used together, who rebuts or supports whom, and a timeline of who said what, when. Click a bar, a cell or a point (or reach it with the arrow keys and press Enter) to list its annotations.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding S&amp;tripes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a bar beside the text for every annotation, with its actor and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the active pane&apos;s article with its highlights and coding stripes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printed %Ln page(s).</source>
        <translation>
            <numerusform>Printed %Ln page.</numerusform>
            <numerusform>Printed %Ln pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Project &amp;Memo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::MemoDialog</name>
    <message>
        <source>Project Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as you close this window or leave the text; Edit › Undo takes a save back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::MemoEditor</name>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an actor to read its memo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the project as a whole: its questions, its sampling, what to look at next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes, saved when you leave this field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::MergeFlow</name>
    <message>
        <source>Merge Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpoint projects (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the open project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits made before the merge can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::PreferencesDialog</name>
    <message>
        <source>your login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before deleting an annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as the author of the annotations and links you make in a local project. Empty: your login name. On a server, your server role is recorded instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For annotations and links made in local projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of the articles&apos; text in the reader panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::ProjectLifecycle</name>
    <message>
        <source>Counterpoint projects (*.counterpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Open it with File › Open Project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::ProjectPanes</name>
    <message>
        <source>Cannot show the article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::SearchPanel</name>
    <message numerus="yes">
        <source>%1 — %n hit(s)</source>
        <translation>
            <numerusform>%1 — %n hit</numerusform>
            <numerusform>%1 — %n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n article(s)</source>
        <translation>
            <numerusform> in %n article</numerusform>
            <numerusform> in %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Aa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every article and annotation: words, &quot;phrases&quot;, prefix*, NEAR(a b, 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit in context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate the selected hits with a kind, actor, tags and set, in one undo step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in text, %2 in annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an annotation&apos;s quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an annotation&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tag the hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in text, %2 in annotations, %3 in its memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::SetManagerDialog</name>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) from or to them</source>
        <translation>
            <numerusform>%n link from or to them</numerusform>
            <numerusform>%n links from or to them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s)</source>
        <translation>
            <numerusform>%n verdict</numerusform>
            <numerusform>%n verdicts</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use for New Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Annotation Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename a set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 renames the selected set; the set in bold takes new annotations; Ctrl+Z undoes the last change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes new annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s default set cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the annotation set “%1”? It holds no annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the annotation set “%1” and what is in it: %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit › Undo puts it all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Annotation Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new set (one analyst&apos;s pass, one question):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Annotation Set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::SharedPassagesPanel</name>
    <message>
        <source>&amp;Find Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link as &amp;Same Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortest passage worth suggesting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest shared passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the two passages as the same claim, annotating them where needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop suggesting this passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look for shared passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for passages that occur in two articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotated in both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotated in one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not annotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1”
%2 ↔ %3 · %Ln word(s) · %4</source>
        <translation>
            <numerusform>“%1”
%2 ↔ %3 · %Ln word · %4</numerusform>
            <numerusform>“%1”
%2 ↔ %3 · %Ln words · %4</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;%3&lt;/b&gt;&lt;br&gt;%4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passage occurs in two articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shared passage is linked (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s) to review</source>
        <translation>
            <numerusform>%Ln passage to review</numerusform>
            <numerusform>%Ln passages to review</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 linked already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot link the passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot dismiss the passage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::SourceViewer</name>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original file of this article is not in the project; this is its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::SplitDialog</name>
    <message>
        <source>Split into New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who published it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the article gives it, e.g. 2025-06-14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage becomes an article of its own and leaves “%1”; Undo puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) in the passage move with it.</source>
        <translation>
            <numerusform>%n annotation in the passage moves with it.</numerusform>
            <numerusform>%n annotations in the passage move with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>No annotation sits in the passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::StoryChart</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds by actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds by article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who rebuts whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who supports whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline: who said what, when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tagged “%1”: %n annotation(s)</source>
        <translation>
            <numerusform>Tagged “%1”: %n annotation</numerusform>
            <numerusform>Tagged “%1”: %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged both “%1” and “%2”: %n annotation(s)</source>
        <translation>
            <numerusform>Tagged both “%1” and “%2”: %n annotation</numerusform>
            <numerusform>Tagged both “%1” and “%2”: %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n less-used tag(s) left out</source>
        <translation>
            <numerusform>%n less-used tag left out</numerusform>
            <numerusform>%n less-used tags left out</numerusform>
        </translation>
    </message>
    <message>
        <source>Who rebuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 rebuts %2: %n time(s)</source>
        <translation>
            <numerusform>%1 rebuts %2: %n time</numerusform>
            <numerusform>%1 rebuts %2: %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 supports %2: %n time(s)</source>
        <translation>
            <numerusform>%1 supports %2: %n time</numerusform>
            <numerusform>%1 supports %2: %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2: %n annotation(s)</source>
        <translation>
            <numerusform>%1 of %2: %n annotation</numerusform>
            <numerusform>%1 of %2: %n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no annotations to count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tagged annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no relations of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) of articles without a date left out</source>
        <translation>
            <numerusform>%n annotation of articles without a date left out</numerusform>
            <numerusform>%n annotations of articles without a date left out</numerusform>
        </translation>
    </message>
    <message>
        <source>no claims, counterclaims or sources to place</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n annotation(s), %3</source>
        <translation>
            <numerusform>%1, %2: %n annotation, %3</numerusform>
            <numerusform>%1, %2: %n annotations, %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::TagHitsDialog</name>
    <message numerus="yes">
        <source>Tag %n Hit(s) as</source>
        <translation>
            <numerusform>Tag %n Hit as</numerusform>
            <numerusform>Tag %n Hits as</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set (new annotations):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hit in an article&apos;s text becomes an annotation of its passage; an annotation found by its quote or comment takes the kind, the actor and the tags. One undo step undoes them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::TagManagerDialog</name>
    <message>
        <source>&amp;Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the tag “%1”? No annotation carries it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the tag “%1”? Annotations that carry it and will lose it: %2. Edit › Undo puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has tags under it, and tags have one level of parents: it stays at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag the selected one is filed under; filtering the list by a parent shows its children&apos;s annotations too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n tag(s) under it (%1) move to the top level and keep their annotations.</source>
        <translation>
            <numerusform>The %n tag under it (%1) move to the top level and keep their annotations.</numerusform>
            <numerusform>The %n tags under it (%1) move to the top level and keep their annotations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::UpdateArticleDialog</name>
    <message>
        <source>Update Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” replaces the text of “%2”. The current text stays in the article&apos;s history, and Undo puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage is where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same words, found elsewhere in the new text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched approximately:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slightly different words near where the passage was; worth a look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage is gone; the annotation keeps its quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These annotations lose their passage. They stay in the annotation list with their quote: select the passage in the new text and choose Edit ▸ Re-attach to Selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved and approximate matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that each is the same passage. Untick (Space) those that are not: they are orphaned instead and keep their quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before (the old text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After (the new text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orphan All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::UserGuide</name>
    <message>
        <source>Counterpoint User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide could not be read from the program&apos;s resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the guide (Enter: next, Shift+Enter: previous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counterpoint::ui::VersionsDialog</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations after the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected version back as the article&apos;s text; the current text is kept as a version and Undo puts it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two read the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s): removed text marked red on the left, added text green on the right.</source>
        <translation>
            <numerusform>%n change: removed text marked red on the left, added text green on the right.</numerusform>
            <numerusform>%n changes: removed text marked red on the left, added text green on the right.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot restore the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) lose their passage on version %1 (they are kept, orphaned, with their quotes). Restore it anyway?</source>
        <translation>
            <numerusform>%n annotation loses its passage on version %1 (it is kept, orphaned, with its quote). Restore it anyway?</numerusform>
            <numerusform>%n annotations lose their passage on version %1 (they are kept, orphaned, with their quotes). Restore it anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy Changes as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the changes between the two versions compared on the clipboard as a unified diff (as counterpoint diff prints them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The changes are on the clipboard as a unified diff (%n line(s)).</source>
        <translation>
            <numerusform>The changes are on the clipboard as a unified diff (%n line).</numerusform>
            <numerusform>The changes are on the clipboard as a unified diff (%n lines).</numerusform>
        </translation>
    </message>
</context>
</TS>
