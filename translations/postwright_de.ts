<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Postwright</name>
    <message>
        <location filename="../app/site/outputwriter.cpp" line="46"/>
        <location filename="../app/site/outputwriter.cpp" line="56"/>
        <location filename="../app/site/outputwriter.cpp" line="63"/>
        <source>Could not write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="203"/>
        <source>This tag is never closed: its closing braces are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="205"/>
        <source>This set-delimiter tag is not valid; it should look like {{=&lt;% %&gt;=}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="207"/>
        <source>{{/%1}} closes a section that was never opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="209"/>
        <source>The section “%1” opened here is never closed with {{/%1}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/theme.cpp" line="53"/>
        <source>This is not a readable file (is it a broken link?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/theme.cpp" line="64"/>
        <location filename="../app/site/theme.cpp" line="67"/>
        <location filename="../app/site/theme.cpp" line="89"/>
        <location filename="../app/site/theme.cpp" line="92"/>
        <source>Cannot read this file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/theme.cpp" line="79"/>
        <source>This template is not UTF-8 text. Save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="77"/>
        <source>The front matter is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="87"/>
        <source>Invalid YAML: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="92"/>
        <source>The front matter is not a list of keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="108"/>
        <source>Front matter keys must be plain names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="113"/>
        <source>The key “%1” appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="123"/>
        <source>Each key should start its own line, with no indentation, to be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/postbundle.cpp" line="413"/>
        <source>This is not an image Postwright can add. Use a PNG, JPEG, GIF, WebP, AVIF, SVG, BMP or ICO file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/postbundle.cpp" line="433"/>
        <source>Could not copy the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="120"/>
        <source>The front matter cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="144"/>
        <source>The file could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="160"/>
        <source>The folder could not be copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="182"/>
        <source>The file could not be moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="210"/>
        <source>A post needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="250"/>
        <source>Another post is already called “%1”. Choose another title, or rename that post first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::AltTextDialog</name>
    <message>
        <location filename="../ui/editor/alttextdialog.cpp" line="17"/>
        <source>Describe the Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/alttextdialog.cpp" line="19"/>
        <source>What should readers who cannot see the pasted image know about it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/alttextdialog.cpp" line="20"/>
        <source>What should readers who cannot see “%1” know about it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/alttextdialog.cpp" line="25"/>
        <source>Leave it empty for an image that is only decoration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/alttextdialog.cpp" line="36"/>
        <source>Insert Image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::AtomicFile</name>
    <message>
        <location filename="../app/util/atomicfile.cpp" line="22"/>
        <source>Could not save the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/util/atomicfile.cpp" line="29"/>
        <source>Could not read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::Blog</name>
    <message>
        <location filename="../app/blog/blog.cpp" line="72"/>
        <source>The folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/blog.cpp" line="79"/>
        <source>This folder is not a Postwright blog: it has no blog.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::BlogSettings</name>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="18"/>
        <source>Invalid YAML: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="23"/>
        <source>blog.yaml should be a list of “key: value” lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="33"/>
        <source>“%1” should be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="57"/>
        <source>“%1” should be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="67"/>
        <source>“markdown” should hold settings such as “math: true”, one per indented line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::CliCommands</name>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="36"/>
        <source>Print a post&apos;s body as HTML (the front matter is not rendered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="40"/>
        <source>Build the blog&apos;s static site (default output: BLOG/public), rewriting only what changed; with --watch, build again whenever a file changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="45"/>
        <source>Read every post of a blog (default: this folder) and list their errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="49"/>
        <source>Show the commands, or how to use one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="75"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="78"/>
        <location filename="../app/cli/clicommands.cpp" line="89"/>
        <source>Example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="81"/>
        <source>Exit codes: 0 success, 1 errors in the blog&apos;s files, 2 wrong usage or a missing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="88"/>
        <source>Usage: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="100"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="124"/>
        <source>Run &quot;%1 help&quot; to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="136"/>
        <source>There is no command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="144"/>
        <source>The render command takes one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="170"/>
        <source>The check command takes at most one BLOG folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="188"/>
        <source>1 post, %1 with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="189"/>
        <source>%1 posts, %2 with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="37"/>
        <source>Write the site to DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="38"/>
        <source>Include drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="39"/>
        <source>Include posts dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="40"/>
        <source>Forget the build cache and render everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="41"/>
        <source>Fail (exit code 1) when any post has an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="43"/>
        <source>Keep running and build again whenever a file of the blog changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="48"/>
        <source>The build command takes at most one BLOG folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="67"/>
        <location filename="../app/cli/buildcommand.cpp" line="80"/>
        <location filename="../app/cli/buildcommand.cpp" line="128"/>
        <location filename="../app/cli/buildcommand.cpp" line="161"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="82"/>
        <source>Nothing was built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="87"/>
        <source>Built %1 posts into %2: %3 files written, %4 unchanged, %5 removed, %6 errors (%7 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="108"/>
        <source>warning: the system would not watch every file of the blog (see fs.inotify.max_user_watches); some changes may need another save to be seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="131"/>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/buildcommand.cpp" line="132"/>
        <source>%n files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/buildcommand.cpp" line="150"/>
        <source>Watching %1 for changes (%n files and folders); press Ctrl+C to stop.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="162"/>
        <source>Stopped watching.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::ConflictBar</name>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="36"/>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="37"/>
        <source>Close Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="38"/>
        <source>Close the post without saving; your text is discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="63"/>
        <source>“%1” was changed by another program, and you have unsaved changes. Nothing is saved until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="65"/>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="66"/>
        <source>Save your text over the other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="67"/>
        <source>Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="68"/>
        <source>Load the other version; Undo brings your text back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="74"/>
        <source>“%1” was deleted or moved by another program. Your text is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="75"/>
        <source>Save Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="76"/>
        <source>Write your text to the file again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::CredentialStore</name>
    <message>
        <location filename="../app/publish/credentialstore.cpp" line="21"/>
        <source>No system keychain is running (the Secret Service, e.g. GNOME Keyring or KWallet). Start one, or enter the secret each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/credentialstore.cpp" line="25"/>
        <source>No secret is stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/credentialstore.cpp" line="28"/>
        <source>Access to the secret for %1 was refused in the keychain prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/credentialstore.cpp" line="32"/>
        <source>The keychain refused access to the secret for %1. It may be locked: unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/credentialstore.cpp" line="37"/>
        <source>Could not remove the secret for %1 from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/credentialstore.cpp" line="42"/>
        <source>The system keychain reported a problem with the secret for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::DiffView</name>
    <message>
        <location filename="../ui/dialogs/diffview.cpp" line="49"/>
        <source>The two versions are the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::EditorPane</name>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="38"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="41"/>
        <source>R&amp;eplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="42"/>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="55"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="57"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="60"/>
        <source>&amp;Go to Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="60"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::Expansion</name>
    <message>
        <location filename="../app/site/templateengine.cpp" line="324"/>
        <source>There is no partial “%1”: the theme needs templates/partials/%1.mustache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="329"/>
        <source>Templates include each other in a loop: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="335"/>
        <source>Partials are nested more than %1 levels deep here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="362"/>
        <source>The partials included here add up to more than 32 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::FindBar</name>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="42"/>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="43"/>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="44"/>
        <source>Whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="49"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="52"/>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="60"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="60"/>
        <source>Find the previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="62"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="62"/>
        <source>Find the next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="64"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="66"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="66"/>
        <source>Replace this match and find the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="68"/>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="68"/>
        <source>Replace every match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="370"/>
        <source>Replaced 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="370"/>
        <source>Replaced %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="385"/>
        <source>Invalid regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="389"/>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="392"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="394"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="396"/>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="396"/>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="398"/>
        <source>%1, wrapped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::FrontMatter</name>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="219"/>
        <source>The front matter that starts on line 1 is never closed: add a line with --- after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="232"/>
        <source>A tab is used for indentation; YAML needs spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="252"/>
        <location filename="../app/blog/frontmatter.cpp" line="268"/>
        <source>Invalid YAML: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="258"/>
        <source>The front matter should be a list of “key: value” lines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::FrontMatterPanel</name>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="52"/>
        <source>Front Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="77"/>
        <source>Show or hide the post&apos;s title, date, status, categories and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="91"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="98"/>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="109"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="110"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="111"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="112"/>
        <source>Scheduled: not a draft, dated in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="116"/>
        <source>First one places the post, e.g. Design, Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="119"/>
        <source>Comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="124"/>
        <source>One or two sentences for lists and feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="134"/>
        <source>Keys this form does not show; edit them in the text, they are kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="139"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="140"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="141"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="142"/>
        <source>&amp;Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="143"/>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="144"/>
        <source>Su&amp;mmary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="248"/>
        <source>Front matter line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="287"/>
        <source>Other keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::GoToLineDialog</name>
    <message>
        <location filename="../ui/editor/gotolinedialog.cpp" line="17"/>
        <source>Go to Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/gotolinedialog.cpp" line="18"/>
        <source>&amp;Line (1–%1), optionally followed by :column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/gotolinedialog.cpp" line="24"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::ImageInserter</name>
    <message>
        <location filename="../ui/editor/imageinserter.cpp" line="69"/>
        <source>Images go into a post&apos;s folder, and no post is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/imageinserter.cpp" line="74"/>
        <source>The post could not get a folder for its images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/imageinserter.cpp" line="96"/>
        <source>The image could not be added to the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/imageinserter.cpp" line="148"/>
        <source>Could Not Add Image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="36"/>
        <source>&amp;Open Blog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="38"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="40"/>
        <source>&amp;Close Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="42"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="46"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="47"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="48"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="49"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="50"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="51"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="53"/>
        <source>&amp;Post List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="53"/>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="56"/>
        <source>&amp;Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="56"/>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="59"/>
        <source>Show the post&apos;s headings; click one to go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="60"/>
        <source>P&amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="60"/>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="64"/>
        <source>&amp;Synchronize Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="67"/>
        <source>Keep the preview at the part of the post you are editing, and the other way round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="69"/>
        <source>Show &amp;Web Images in Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="72"/>
        <source>Load images that posts link from the web; off, the preview shows their addresses and contacts no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="79"/>
        <source>&amp;Next Open Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="81"/>
        <source>P&amp;revious Open Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="84"/>
        <source>&amp;Focus Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="86"/>
        <source>Only the text, full screen; Esc or F11 to come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="91"/>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="91"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="91"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="103"/>
        <source>&amp;Build Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="103"/>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="104"/>
        <source>Build the blog&apos;s static site into its public/ folder, rewriting only what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="107"/>
        <source>&amp;About Postwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="110"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="121"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="129"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="144"/>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="147"/>
        <source>&amp;Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="154"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="167"/>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="172"/>
        <source>&amp;Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="175"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="243"/>
        <source>Building %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="170"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="333"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="371"/>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="45"/>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="98"/>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="121"/>
        <source>Could Not Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="160"/>
        <source>Reloaded: another program changed the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="163"/>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="111"/>
        <source>Autosave failed: %1 — your text is kept in the recovery journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="166"/>
        <source>Could not write the recovery journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="170"/>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="98"/>
        <source>Your text could not be saved. It is still in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="333"/>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="45"/>
        <source>The open post could not be saved, so it stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="343"/>
        <source>Could Not Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="343"/>
        <source>The post could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="355"/>
        <source>Write your post in Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="371"/>
        <source>The post could not be saved. Your text is still in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="408"/>
        <source>Choose a post from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="482"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="498"/>
        <source>1 word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="482"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="498"/>
        <source>%L1 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="483"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="499"/>
        <source>1 character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="483"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="499"/>
        <source>%L1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="484"/>
        <source>%1 · %2 · %3 min read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="497"/>
        <source>Selection: %1, %2 — Post: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="507"/>
        <source>Postwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="507"/>
        <source>%1 — Postwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="510"/>
        <source>%1[*] — %2 — Postwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="183"/>
        <source>Open Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="187"/>
        <source>Could Not Open Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="187"/>
        <source>This folder could not be opened as a blog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="193"/>
        <source>About Postwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="194"/>
        <source>&lt;h3&gt;Postwright %1&lt;/h3&gt;&lt;p&gt;Write in Markdown, preview in your blog&apos;s own theme, publish anywhere.&lt;/p&gt;&lt;p&gt;Your posts stay plain files you can keep in git.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="543"/>
        <source>Building the site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="552"/>
        <source>Site built into %1 in %2 ms: %3 files written, %4 unchanged, %5 removed, %6 errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="565"/>
        <source>Site built with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="566"/>
        <source>The site could not be built completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="567"/>
        <source>Some posts were left out of the site. Fix them and build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="54"/>
        <source>Could Not Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="54"/>
        <source>The recovered text could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="58"/>
        <source>Recovered text restored. It is saved like any edit; Undo shows the file&apos;s own text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="78"/>
        <source>Compare Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="79"/>
        <source>Lines marked − are in the version on disk, lines marked + in yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="83"/>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="85"/>
        <source>Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="122"/>
        <source>The open post could not be saved. Quit anyway and lose the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowposts.cpp" line="64"/>
        <source>Your personal dictionary could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowposts.cpp" line="71"/>
        <source>Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowposts.cpp" line="112"/>
        <source>Open a post before adding images.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::MarkdownEditor</name>
    <message>
        <location filename="../ui/editor/markdowneditor.cpp" line="56"/>
        <source>Write your post in Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="54"/>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="56"/>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="58"/>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="58"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="60"/>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="60"/>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="67"/>
        <source>I&amp;ndent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="67"/>
        <source>Ctrl+]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="69"/>
        <source>&amp;Outdent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="69"/>
        <source>Ctrl+[</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="74"/>
        <source>Ctrl+=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="75"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="78"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="80"/>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="80"/>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::MetadataReader</name>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="44"/>
        <source>Front matter keys must be plain names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="48"/>
        <source>The key “%1” appears twice (first on line %2); keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="107"/>
        <source>“%1” should be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="120"/>
        <source>“%1” should be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="132"/>
        <source>“%1” should be a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="136"/>
        <source>“%1” is not a date: write it as 2024-05-01 or 2024-05-01T09:30:00+02:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="156"/>
        <source>“%1” should be a list, like [one, two].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="159"/>
        <source>Each entry of “%1” should be text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::NewPostDialog</name>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="23"/>
        <source>New Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="27"/>
        <source>What is the post about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="37"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="40"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="41"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="42"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::OutlinePanel</name>
    <message>
        <location filename="../ui/outline/outlinepanel.cpp" line="15"/>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outline/outlinepanel.cpp" line="16"/>
        <source>No headings yet. Lines starting with # become headings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outline/outlinepanel.cpp" line="69"/>
        <source>(untitled heading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/outline/outlinepanel.cpp" line="70"/>
        <source>Line %L1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::OutputWriter</name>
    <message>
        <location filename="../app/site/outputwriter.cpp" line="131"/>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/outputwriter.cpp" line="154"/>
        <source>Could not read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::PersonalDictionary</name>
    <message>
        <location filename="../app/spell/personaldictionary.cpp" line="91"/>
        <source>“%1” cannot be added to the dictionary: add one word at a time, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::PostActions</name>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="46"/>
        <source>&amp;New Post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="50"/>
        <source>&amp;Rename Post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="54"/>
        <source>D&amp;uplicate Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="59"/>
        <source>Move Post to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="64"/>
        <source>&amp;Undo Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="67"/>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="192"/>
        <source>Could Not Create the Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="206"/>
        <source>Could Not Rename the Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="227"/>
        <source>Could Not Change the Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="241"/>
        <source>Could Not Duplicate the Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="256"/>
        <source>Could Not Move the Post to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="264"/>
        <source>“%1” moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="276"/>
        <source>Could Not Restore the Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="311"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="363"/>
        <source>New Post in “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::PostBundle</name>
    <message>
        <location filename="../app/blog/postbundle.cpp" line="465"/>
        <source>This post is already a bundle: its files go into its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/postbundle.cpp" line="471"/>
        <source>The post cannot become a bundle because “%1” already exists beside it. Rename or move that folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/postbundle.cpp" line="496"/>
        <source>Could not move the post into its bundle folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/postbundle.cpp" line="545"/>
        <source>the folder could not be created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::PostDocument</name>
    <message>
        <location filename="../app/blog/postdocument.cpp" line="27"/>
        <source>The file is not valid UTF-8 text; unreadable bytes are shown as �. Saving keeps the original bytes until you edit the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/postdocument.cpp" line="36"/>
        <source>The file is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::PostFiles</name>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="330"/>
        <source>A post needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="345"/>
        <source>The folder could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="349"/>
        <source>The post&apos;s folder could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="431"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="474"/>
        <source>The copy could not be put in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="486"/>
        <source>The post no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="497"/>
        <source>The post could not be moved to the trash. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="508"/>
        <source>Something else is at the post&apos;s place now, so the post stays in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="511"/>
        <source>The post is no longer in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::PostFilterProxyModel</name>
    <message>
        <location filename="../app/blog/postfilterproxymodel.cpp" line="69"/>
        <source>%1 of %2</source>
        <comment>matching posts of a category&apos;s posts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/postfilterproxymodel.cpp" line="71"/>
        <source>%1 (%2 of %3)</source>
        <comment>category (matching posts of its posts)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::PostItemDelegate</name>
    <message>
        <location filename="../ui/posttree/postitemdelegate.cpp" line="59"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/postitemdelegate.cpp" line="61"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/postitemdelegate.cpp" line="65"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/postitemdelegate.cpp" line="170"/>
        <source>Front matter problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::PostPreview</name>
    <message>
        <location filename="../app/site/postpreview.cpp" line="47"/>
        <source>The theme has no article partial for the preview.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::PostSession</name>
    <message>
        <location filename="../ui/mainwindow/postsession.cpp" line="151"/>
        <location filename="../ui/mainwindow/postsession.cpp" line="172"/>
        <source>The file was changed by another program. Choose which version to keep first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::PostTreeModel</name>
    <message>
        <location filename="../app/blog/posttreemodel.cpp" line="112"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/posttreemodel.cpp" line="182"/>
        <source>Uncategorized</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::PostTreePanel</name>
    <message>
        <location filename="../ui/posttree/posttreepanel.cpp" line="21"/>
        <source>Clear Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/posttreepanel.cpp" line="34"/>
        <source>Search posts — tag:, category:, status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/posttreepanel.cpp" line="36"/>
        <source>&lt;p&gt;Words and &quot;quoted phrases&quot; match titles and file names, ignoring case and accents. Narrow further with &lt;b&gt;tag:&lt;/b&gt;&lt;i&gt;name&lt;/i&gt;, &lt;b&gt;category:&lt;/b&gt;&lt;i&gt;name&lt;/i&gt; (or &lt;b&gt;cat:&lt;/b&gt;) and &lt;b&gt;status:&lt;/b&gt;draft, scheduled or published. Every part must match.&lt;/p&gt;&lt;p&gt;Esc clears the search.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::ProblemBar</name>
    <message>
        <location filename="../ui/editor/problembar.cpp" line="32"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/problembar.cpp" line="33"/>
        <source>Move the cursor to the problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::RecoveryDialog</name>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="29"/>
        <source>Recover Unsaved Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="34"/>
        <source>Postwright was closed before it could save everything. This text was kept for you. Restore it to continue where you left off, or discard it to keep the file as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="57"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="59"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="61"/>
        <source>Decide &amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="103"/>
        <source>%1 — kept %2. The file is no longer on disk; restoring writes it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="108"/>
        <source>%1 — kept %2. Lines marked + are the recovered text, lines marked − what the file says now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::RenamePostDialog</name>
    <message>
        <location filename="../ui/posttree/renamepostdialog.cpp" line="23"/>
        <source>Rename Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/renamepostdialog.cpp" line="31"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/renamepostdialog.cpp" line="34"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/renamepostdialog.cpp" line="35"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/renamepostdialog.cpp" line="57"/>
        <source>%1 (unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::SiteBuilder</name>
    <message>
        <location filename="../app/site/sitebuilder.cpp" line="94"/>
        <source>The output folder must not be the blog folder itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/sitebuilder.cpp" line="125"/>
        <source>Could not create the output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/sitebuilder.cpp" line="155"/>
        <source>Math is on, but KaTeX was not found in %1 (Debian package libjs-katex): pages show math as TeX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/sitebuilder.cpp" line="264"/>
        <source>(while building %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/sitebuilder.cpp" line="495"/>
        <source>The build was cancelled; run it again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::SiteContent</name>
    <message>
        <location filename="../app/site/sitecontent.cpp" line="221"/>
        <source>It has the same address %1 as %2; give one of them another slug.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::SpellChecker</name>
    <message>
        <location filename="../app/spell/spellchecker.cpp" line="25"/>
        <source>The %1 spelling dictionary cannot be used: %2. Reinstall it or choose another language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/spell/spellchecker.cpp" line="62"/>
        <source>its word list does not start with the number of words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/spell/spellchecker.cpp" line="84"/>
        <source>No spelling dictionary is installed for this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/spell/spellchecker.cpp" line="98"/>
        <source>its character encoding %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::SpellController</name>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="56"/>
        <source>Check Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="57"/>
        <source>Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="173"/>
        <source>Spelling not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="197"/>
        <source>Spelling not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="199"/>
        <source>Loading the %1 dictionary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="203"/>
        <source>Spelling: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="205"/>
        <source>No %1 dictionary installed — spelling not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="417"/>
        <source>No dictionaries installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="468"/>
        <source>No Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="472"/>
        <source>Add “%1” to Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="475"/>
        <source>Ignore “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="504"/>
        <source>“%1” is accepted until Postwright quits, but could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::TemplateEngine</name>
    <message>
        <location filename="../app/site/templateengine.cpp" line="576"/>
        <source>The theme has no template “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::TextSearch</name>
    <message>
        <location filename="../ui/editor/textsearch.cpp" line="26"/>
        <source>%1 (at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::Theme</name>
    <message>
        <location filename="../app/site/theme.cpp" line="109"/>
        <source>built-in theme: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/theme.cpp" line="181"/>
        <source>The theme has no template “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/theme.cpp" line="204"/>
        <source>The theme has no asset “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::ThemeLabels</name>
    <message>
        <location filename="../app/site/sitebuilder.cpp" line="172"/>
        <location filename="../app/site/themelabels.cpp" line="17"/>
        <source>Read more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="11"/>
        <source>Skip to content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="12"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="13"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="14"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="15"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="16"/>
        <source>Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="18"/>
        <source>min read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="19"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="20"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="21"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="22"/>
        <source>Previous post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="23"/>
        <source>Next post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="24"/>
        <source>Newer posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="25"/>
        <source>Older posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="26"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="27"/>
        <source>of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="28"/>
        <source>Posts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="29"/>
        <source>Tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="30"/>
        <source>Posts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="31"/>
        <source>Page not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="32"/>
        <source>There is nothing at this address. It may have moved, or the link may be mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="33"/>
        <source>Back to the home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="34"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="35"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="36"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="37"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="38"/>
        <source>More posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="39"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="40"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::UndoBar</name>
    <message>
        <location filename="../ui/posttree/undobar.cpp" line="27"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/undobar.cpp" line="34"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleBlog</name>
    <message>
        <location filename="../ui/mainwindow/sampleblog.cpp" line="33"/>
        <source>The bundled sample blog is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/sampleblog.cpp" line="51"/>
        <source>The folder exists but holds no blog; move it away to get the sample blog back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/sampleblog.cpp" line="63"/>
        <source>Could not create the sample blog folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/cli/main.cpp" line="20"/>
        <source>Work with a Postwright blog from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="27"/>
        <source>Show the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="29"/>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="32"/>
        <source>The command to run, see below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="37"/>
        <source>Write blog posts in Markdown and preview them in the blog&apos;s theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="43"/>
        <source>The blog folder to open (default: the last one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="47"/>
        <source>A post in that blog to open (default: the newest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="85"/>
        <source>Postwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="86"/>
        <source>The sample blog could not be created:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="142"/>
        <location filename="../ui/main.cpp" line="153"/>
        <source>Could Not Open Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="143"/>
        <source>The blog at %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="145"/>
        <source>The last blog you used could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="148"/>
        <source>%1

Postwright opens the sample blog instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
