<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder, not a project file.</source>
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
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a Counterpoint project (not an SQLite database file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: you can read and export it, but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in a read-only folder: you can read and export it, but not change it.</source>
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
        <source>Cannot open %1: the project file is damaged (%2).</source>
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
        <source>Cannot open %1: it is empty and read-only.</source>
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
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
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
</context>
<context>
    <name>counterpoint::ArticleCommands</name>
    <message>
        <source>Update “%1”</source>
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
        <source>
Run “counterpoint COMMAND --help” for a command&apos;s arguments.

Options:
  -h, --help     Show this help.
  -v, --version  Show the version.
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
        <source>jsonld, csv, md, html, pdf, qdpx or aif.</source>
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
        <source>--format must be jsonld, csv, md, html, pdf, qdpx or aif.</source>
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
        <source>Export annotations: W3C Web Annotation, CSV, a report, REFI-QDA or AIF.</source>
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
        <source>no actor</source>
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
        <source>“%1” must be an AnnotationPage object or its IRI.</source>
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
        <source>%1 is larger than %2 MiB</source>
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
        <source>Cannot draw the relations</source>
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
    <name>counterpoint::ui::ArticleView</name>
    <message>
        <source>Ctrl+drag onto another passage to link them</source>
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
        <source>Counterpoint projects (*.counterpoint)</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>&amp;Find in Annotations</source>
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
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Counterpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the articles</source>
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
        <source>Open Project</source>
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
        <source>Link shared passage as the same claim</source>
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
</context>
</TS>
