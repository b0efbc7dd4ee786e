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
        <location filename="../app/blog/frontmatteredit.cpp" line="82"/>
        <source>This front matter is TOML (between +++ lines), which cannot be changed here yet: edit it in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="86"/>
        <source>The front matter is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="96"/>
        <source>Invalid YAML: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="101"/>
        <source>The front matter is not a list of keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="117"/>
        <source>Front matter keys must be plain names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="122"/>
        <source>The key “%1” appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="132"/>
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
        <location filename="../app/publish/blogpull.cpp" line="71"/>
        <location filename="../app/publish/wxrimport.cpp" line="84"/>
        <location filename="../app/publish/wxrimport.cpp" line="108"/>
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
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="30"/>
        <source>No space left in the target folder while writing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="31"/>
        <location filename="../app/publish/zipdeploy.cpp" line="59"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="92"/>
        <source>Netlify answered %1 with something Postwright does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="62"/>
        <source>keep secrets out of blog.yaml; Postwright keeps them in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="111"/>
        <source>Each publish target should be a group of “key: value” lines starting with “name:” and “type:”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="162"/>
        <location filename="../app/publish/publishtargets.cpp" line="119"/>
        <source>“%1” should be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="126"/>
        <source>This publish target needs a “name:”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="142"/>
        <source>Publish target “%1” needs a “type:”, one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="144"/>
        <source>Publish target “%1” has the unknown type “%2”; use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="161"/>
        <source>A %1 target has no setting “%2”; it knows %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="169"/>
        <source>Publish target “%1” (%2) needs “%3:”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="187"/>
        <source>“port” should be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="196"/>
        <source>“%1” should be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="203"/>
        <source>“url” should be the blog&apos;s address, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="28"/>
        <source>The deploy record on the server (%1) is damaged: %2. Delete %1 and the folder %3 on the server to upload everything again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="52"/>
        <source>Cannot write a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/zipdeploy.cpp" line="54"/>
        <source>No space left on the disk while writing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/zipdeploy.cpp" line="55"/>
        <source>No space left on the disk while writing %1 (at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/zipdeploy.cpp" line="60"/>
        <source>Cannot write %1 (at %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/blogapis.cpp" line="25"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/blogpull.cpp" line="63"/>
        <location filename="../app/publish/wxrimport.cpp" line="81"/>
        <location filename="../app/publish/wxrimport.cpp" line="104"/>
        <source>The folder could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/blogpull.cpp" line="65"/>
        <source>The post&apos;s folder could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="59"/>
        <location filename="../app/publish/micropubclient.cpp" line="93"/>
        <source>no explanation given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="79"/>
        <source>%1 (line %2, column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="79"/>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="96"/>
        <source>The file could not be written: %1</source>
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
        <location filename="../app/blog/blog.cpp" line="109"/>
        <source>The folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::BlogApiHttp</name>
    <message>
        <location filename="../app/publish/blogapihttp.cpp" line="155"/>
        <source>“%1” is not an address for %2. Use the blog&apos;s address, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/blogapihttp.cpp" line="166"/>
        <source>Postwright does not send the %1 password to %2 over plain http://: anyone on the way could read it. Use https://, or allow insecure connections for this target if you trust the network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::BlogCreator</name>
    <message>
        <location filename="../app/blog/blogcreator.cpp" line="34"/>
        <source>The file could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/blogcreator.cpp" line="67"/>
        <source>This is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/blogcreator.cpp" line="70"/>
        <source>The folder is not empty: a new blog needs an empty or new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/blogcreator.cpp" line="77"/>
        <location filename="../app/blog/blogcreator.cpp" line="81"/>
        <source>The folder could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::BlogImportController</name>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="57"/>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="73"/>
        <source>Import Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="58"/>
        <source>This blog has no WordPress or Ghost target to import from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="59"/>
        <source>The publish targets in blog.yaml could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="63"/>
        <source>Add one to blog.yaml under publish:, for example:

    - name: blog
      type: wordpress
      url: https://example.com
      user: me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="74"/>
        <source>Copy the posts of a hosted blog into this blog as Markdown. Posts that are already here are left alone.

Import from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="77"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="99"/>
        <source>Reading the %1 for %2 from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="118"/>
        <source>Waiting for the %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="129"/>
        <source>Importing from %1 cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="142"/>
        <source>Importing posts from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="166"/>
        <source>Could not log in to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="169"/>
        <source>Could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="177"/>
        <source>Could not read the posts of %1: %2. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="186"/>
        <source>Imported %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="187"/>
        <source>Imported %1 (%L2 skipped) from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="192"/>
        <source>%L1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::BlogPublisher</name>
    <message>
        <location filename="../app/publish/blogpublisher.cpp" line="231"/>
        <source>“%1” (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/blogpublisher.cpp" line="247"/>
        <source>image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/blogpublisher.cpp" line="394"/>
        <source>%1 The blog may have made the post anyway; look at it before publishing again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::BlogPull</name>
    <message>
        <location filename="../app/publish/blogpull.cpp" line="139"/>
        <source>The front matter made for “%1” does not read back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/blogpull.cpp" line="158"/>
        <source>Postwright cannot list the posts of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/blogpull.cpp" line="169"/>
        <source>%1 keeps announcing more pages of posts after %2 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/blogpull.cpp" line="221"/>
        <source>Skipped “%1”: %2 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/blogpull.cpp" line="292"/>
        <source>pandoc is not installed, so the posts keep their HTML, which the blog shows only with “markdown: raw_html: true” in blog.yaml. Install pandoc and pull again, replacing the posts, to get Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::BlogSettings</name>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="216"/>
        <location filename="../app/blog/blogsettings.cpp" line="311"/>
        <location filename="../app/blog/blogsettings.cpp" line="326"/>
        <source>Invalid YAML: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="221"/>
        <source>blog.yaml should be a list of “key: value” lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="231"/>
        <source>“%1” should be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="255"/>
        <source>“%1” should be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="265"/>
        <source>“markdown” should hold settings such as “math: true”, one per indented line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="288"/>
        <source>Invalid TOML: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="301"/>
        <source>Invalid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="302"/>
        <source>The config should be a JSON object: { &quot;title&quot;: &quot;…&quot; }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="315"/>
        <source>The config should be a list of “key: value” lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="330"/>
        <source>_config.yml should be a list of “key: value” lines.</source>
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
        <location filename="../app/cli/clicommands.cpp" line="67"/>
        <source>Read every post of a blog (default: this folder) and list their errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="71"/>
        <source>Show the commands, or how to use one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="97"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="100"/>
        <location filename="../app/cli/clicommands.cpp" line="112"/>
        <source>Example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="45"/>
        <source>Build the blog, then upload what changed to a publish target of blog.yaml (default: its default target); with --dry-run, only show what would change. To a hosted blog (WordPress, MetaWeblog, Ghost, Micropub) it sends the new and changed posts; a post edited on the blog is left alone unless --keep-mine or --keep-web says which version wins. The secret comes from POSTWRIGHT_SECRET_&lt;TARGET&gt;, POSTWRIGHT_SECRET or the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="54"/>
        <source>Download the posts of a WordPress or Ghost target into the blog as Markdown posts (drafts included), so that a later publish updates them. Posts already here are skipped unless --overwrite. The secret comes from POSTWRIGHT_SECRET_&lt;TARGET&gt;, POSTWRIGHT_SECRET or the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="61"/>
        <source>Import a WordPress export (Tools → Export) into the blog (default: this folder) as Markdown posts and pages; a new or empty folder becomes a new blog. Images are copied from an uploads/ folder beside the export. Posts already here are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="103"/>
        <source>Exit codes: 0 success, 1 errors in the blog&apos;s files, 2 wrong usage or a missing file, 3 publishing or pulling failed (network, login, host key, missing secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="111"/>
        <source>Usage: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="123"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="147"/>
        <source>Run &quot;%1 help&quot; to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="159"/>
        <source>There is no command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="167"/>
        <source>The render command takes one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="193"/>
        <source>The check command takes at most one BLOG folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="211"/>
        <source>1 post, %1 with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="212"/>
        <source>%1 posts, %2 with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="40"/>
        <source>Write the site to DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="41"/>
        <source>Include drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="42"/>
        <source>Include posts dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="43"/>
        <source>Forget the build cache and render everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="44"/>
        <source>Fail (exit code 1) when any post has an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="46"/>
        <source>Keep running and build again whenever a file of the blog changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="51"/>
        <source>The build command takes at most one BLOG folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="71"/>
        <source>note: %1 is not installed; building the %2 site with Postwright&apos;s own builder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="91"/>
        <location filename="../app/cli/buildcommand.cpp" line="104"/>
        <location filename="../app/cli/buildcommand.cpp" line="200"/>
        <location filename="../app/cli/buildcommand.cpp" line="233"/>
        <location filename="../app/cli/importcommand.cpp" line="51"/>
        <location filename="../app/cli/pullcommand.cpp" line="126"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="106"/>
        <source>Nothing was built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="111"/>
        <source>Built %1 posts into %2: %3 files written, %4 unchanged, %5 removed, %6 errors (%7 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="156"/>
        <source>%1 could not build the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="158"/>
        <source>Built with %1 into %2: %3 files written, %4 unchanged, %5 removed, %6 errors (%7 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="180"/>
        <source>warning: the system would not watch every file of the blog (see fs.inotify.max_user_watches); some changes may need another save to be seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="203"/>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/buildcommand.cpp" line="204"/>
        <source>%n files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/buildcommand.cpp" line="222"/>
        <source>Watching %1 for changes (%n files and folders); press Ctrl+C to stop.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="234"/>
        <source>Stopped watching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="36"/>
        <source>Publish to the target called NAME in blog.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="38"/>
        <source>Show what would change; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="40"/>
        <source>Also remove files that are no longer part of the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="43"/>
        <source>Trust an SFTP server this computer has not seen before, and remember its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="54"/>
        <source>The publish command takes at most one BLOG folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="68"/>
        <source>%1 has no publish targets. Add a “publish:” section with “targets:” to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="78"/>
        <source>blog.yaml has no publish target “%1”; its targets are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="86"/>
        <source>blog.yaml names no default publish target; choose one with --target NAME: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="229"/>
        <source>The %1 for %2 could not be read from the keychain: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="232"/>
        <source>If no keychain is available here, set %1 (or POSTWRIGHT_SECRET) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="117"/>
        <source>Trusting the key of %1 (%2) from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="46"/>
        <source>Blog APIs: publish posts that were edited on the blog too, replacing the web versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="49"/>
        <source>Blog APIs: for posts edited on the blog, take the web versions into the local files instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="56"/>
        <source>--keep-mine and --keep-web contradict each other; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="132"/>
        <location filename="../app/cli/publishcommand.cpp" line="308"/>
        <source>Publishing to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="134"/>
        <source>The server&apos;s key (%1) is not known yet. If it is the right one, run again with --trust-host-key to remember it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="153"/>
        <source>Plan for %1 (%2): %3 new (%4), %5 changed (%6), %7 deleted (%8), %9 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="166"/>
        <source>The archive is written whole: every file of the site goes in, and files no longer in the site are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="170"/>
        <source>Deletions skipped: pass --delete to remove %1 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="174"/>
        <source>Dry run: nothing was uploaded or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="197"/>
        <location filename="../app/cli/publishcommand.cpp" line="252"/>
        <location filename="../app/cli/publishcommand.cpp" line="303"/>
        <source>not published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="199"/>
        <source>Run the command again to finish; only what is left will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="203"/>
        <source>Published to %1: %2 files (%3) written to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="211"/>
        <source>Published to %1: %2 files uploaded (%3), %4 deleted, %5 retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="245"/>
        <source>Plan for %1 (%2): %3 new posts, %4 changed, %5 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="264"/>
        <source>changed on the blog since the last publish: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="269"/>
        <source>Nothing to publish: the blog has every post as it is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="299"/>
        <source>left alone: %1 was edited on the blog since it was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="309"/>
        <source>Run the command again to finish; posts already published are not sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="312"/>
        <source>Published to %1: %2 posts sent (%3 with images).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="319"/>
        <source>%1 posts were edited on the blog and were not overwritten. Run again with --keep-mine to publish yours over them, or --keep-web to take the web versions into your files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="41"/>
        <source>Pull from the target called NAME in blog.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="14"/>
        <location filename="../app/cli/pullcommand.cpp" line="44"/>
        <source>Show which files would be written; write none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="47"/>
        <source>Replace local posts that are already there with the blog&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="52"/>
        <source>The pull command takes at most one BLOG folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="69"/>
        <source>blog.yaml has no publish target “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="82"/>
        <source>blog.yaml has several blogs to pull from; choose one with --target NAME: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="88"/>
        <source>%1 has no WordPress or Ghost publish target to pull from. Add one to its “publish:” section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="95"/>
        <source>Posts can be pulled from WordPress and Ghost targets only; “%1” is a %2 target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="110"/>
        <source>Pulling from %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="21"/>
        <source>The import-wxr command takes one EXPORT.xml file and at most one BLOG folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="25"/>
        <source>%1: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="33"/>
        <location filename="../app/cli/pullcommand.cpp" line="111"/>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="41"/>
        <location filename="../app/cli/pullcommand.cpp" line="116"/>
        <source>would write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="41"/>
        <location filename="../app/cli/pullcommand.cpp" line="116"/>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="54"/>
        <source>Dry run: %1 posts and pages and %2 images would be written, %3 skipped; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="61"/>
        <source>Imported %1: %2 posts and pages and %3 images written, %4 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="128"/>
        <source>Pass --overwrite to replace the skipped posts with the blog&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="131"/>
        <source>Dry run: %1 posts would be written, %2 skipped; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="136"/>
        <source>Pulled from %1: %2 posts written, %3 skipped.</source>
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
    <name>Postwright::ConflictDialog</name>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="59"/>
        <source>Changed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="72"/>
        <source>“%1” was changed on “%2” since you last published it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="74"/>
        <source>%L1 posts were changed on “%2” since you last published them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="75"/>
        <source>Nothing has been replaced yet. Compare the two versions of each post and choose which one to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="84"/>
        <source>Changed posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="109"/>
        <location filename="../ui/publish/conflictdialog.cpp" line="249"/>
        <source>On your computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="110"/>
        <location filename="../ui/publish/conflictdialog.cpp" line="248"/>
        <source>On the blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="111"/>
        <source>Show HTML &amp;source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="113"/>
        <source>Compare the HTML itself instead of its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="116"/>
        <source>Keep which version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="117"/>
        <location filename="../ui/publish/conflictdialog.cpp" line="221"/>
        <source>&amp;Publish mine (replace the web version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="119"/>
        <source>&amp;Keep the web version (replace my file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="121"/>
        <source>The post file on this computer is rewritten from the blog&apos;s version, converted to Markdown. Its old text stays in the undo history of an open editor only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="123"/>
        <source>&amp;Decide later (leave both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="125"/>
        <source>Nothing is sent or replaced. The next publish asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="136"/>
        <source>&amp;Apply to All %L1 Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="138"/>
        <source>Make this post&apos;s choice for every post listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="152"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="218"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="220"/>
        <source>&amp;Publish it as a new post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="245"/>
        <source>On the blog (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="246"/>
        <source>On the blog (changed %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="256"/>
        <source>A publish of this post was cut off before the blog answered, and the blog cannot be searched for it. Check the blog: publishing it again may make a second copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="259"/>
        <source>The HTML is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="259"/>
        <source>The text is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="261"/>
        <source>1 line differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="261"/>
        <source>%L1 lines differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="265"/>
        <source>The title on the blog is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="308"/>
        <source>→ publish mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="310"/>
        <source>← keep the web version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="312"/>
        <source>→ publish as a new post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="316"/>
        <source>decide later</source>
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
        <location filename="../ui/publish/publishtext.cpp" line="177"/>
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
    <name>Postwright::DeployEngine</name>
    <message>
        <location filename="../app/publish/deployengine.cpp" line="220"/>
        <source>Cannot record the deploy: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::DeployManifest</name>
    <message>
        <location filename="../app/publish/deploymanifest.cpp" line="102"/>
        <source>The deploy record is damaged (%1). Delete it to upload everything again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/deploymanifest.cpp" line="114"/>
        <source>The deploy record has format version %1, which this version of Postwright does not know. Update Postwright, or delete the record to upload everything again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/deploymanifest.cpp" line="127"/>
        <source>The deploy record has a broken entry. Delete it to upload everything again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/deploymanifest.cpp" line="138"/>
        <source>The output folder does not exist. Build the site first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/deploymanifest.cpp" line="152"/>
        <source>Cannot read the file: %1</source>
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
        <location filename="../ui/editor/editorpane.cpp" line="36"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="39"/>
        <source>R&amp;eplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="40"/>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="53"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="55"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="58"/>
        <source>&amp;Go to Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="58"/>
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
    <name>Postwright::ExternalBuild</name>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="88"/>
        <source>The site folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="90"/>
        <source>The build command is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="98"/>
        <source>%1 is not installed; install the Debian package %1 (apt-get install %1), or set the site&apos;s build command to the generator you use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="101"/>
        <source>The build command &quot;%1&quot; cannot run: %2 is not installed or not on PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="157"/>
        <source>A build of this site is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="241"/>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="260"/>
        <source>The build was cancelled; run it again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="264"/>
        <source>%1 did not finish within %2 seconds and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="269"/>
        <source>%1 crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="275"/>
        <source>%1 failed with exit code %2; see its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/site/externalbuildparsing.cpp" line="188"/>
        <source>%1 could not convert the file.</source>
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
    <name>Postwright::FolderTransport</name>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="44"/>
        <source>Cannot create the target folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="54"/>
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="58"/>
        <location filename="../app/publish/foldertransport.cpp" line="67"/>
        <location filename="../app/publish/foldertransport.cpp" line="108"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="84"/>
        <source>Cannot replace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="96"/>
        <source>Cannot delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::FrontMatter</name>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="237"/>
        <source>The front matter that starts on line 1 is never closed: add a line with +++ after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="239"/>
        <source>The front matter that starts on line 1 is never closed: add a line with --- after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="259"/>
        <source>A tab is used for indentation; YAML needs spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="279"/>
        <location filename="../app/blog/frontmatter.cpp" line="295"/>
        <source>Invalid YAML: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="285"/>
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
    <name>Postwright::FtpTransport</name>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="81"/>
        <source>%1 “%2” on %3 failed: FTP cannot handle line breaks in file names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="157"/>
        <location filename="../app/publish/ftptransport.cpp" line="244"/>
        <source>%1 %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="161"/>
        <source>the server has no space left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="165"/>
        <source>the server did not accept the password for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="171"/>
        <source>the server&apos;s TLS certificate is not trusted (it may be self-signed, expired or made for another host name). If you trust this server, give its certificate file to Postwright.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="174"/>
        <source>the server&apos;s TLS certificate is not trusted: it is neither signed by a known authority nor by %1, or it is expired or made for another host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="179"/>
        <source>the certificate file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="182"/>
        <source>the server does not offer TLS, so Postwright did not send the password. Use an ftp target if an unencrypted connection is acceptable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="187"/>
        <location filename="../app/publish/ftptransport.cpp" line="192"/>
        <source>the connection failed or was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="195"/>
        <source>the server is busy or shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="207"/>
        <source>Connecting to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="212"/>
        <location filename="../app/publish/ftptransport.cpp" line="238"/>
        <location filename="../app/publish/ftptransport.cpp" line="245"/>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="217"/>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="247"/>
        <source>the server could not write the file, most likely because it has no space left (or the account is over its quota).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="269"/>
        <location filename="../app/publish/ftptransport.cpp" line="280"/>
        <source>Removing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="290"/>
        <location filename="../app/publish/ftptransport.cpp" line="297"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::GhostApi</name>
    <message>
        <location filename="../app/publish/blogapis.cpp" line="180"/>
        <source>Ghost at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::GhostClient</name>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="135"/>
        <source>The stored Ghost Admin API key has the wrong shape (it should be an ID, a colon and a hexadecimal secret). Copy the Admin API key of a custom integration from Ghost Admin (Settings, Integrations) and store it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="158"/>
        <source>Ghost at %1 refused the Admin API key (HTTP %2: %3). Copy the Admin API key of a custom integration from Ghost Admin (Settings, Integrations) and store it for this target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="165"/>
        <source>Cannot reach Ghost at %1 for %2: %3. Publish again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="169"/>
        <source>Ghost at %1 could not take %2 (HTTP %3: %4). Publish again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="176"/>
        <source>%1 was changed in Ghost after Postwright last read it, so Ghost refused to overwrite it. Look at the changes in Ghost Admin, then publish again to replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="180"/>
        <source>Ghost at %1 refused %2 (HTTP %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="195"/>
        <source>Ghost&apos;s answer to %1 is not a post (%2). Check that the target&apos;s URL is the Ghost site&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="198"/>
        <location filename="../app/publish/ghostclient.cpp" line="303"/>
        <location filename="../app/publish/ghostclient.cpp" line="346"/>
        <source>malformed JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="199"/>
        <source>no post in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="212"/>
        <source>the new post “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="226"/>
        <source>the post “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="230"/>
        <source>Cannot update %1 in Ghost without its ID and the time of its last change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="269"/>
        <source>the post with the ID “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="275"/>
        <source>the post with the slug “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="285"/>
        <source>the list of posts (page %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="300"/>
        <source>Ghost&apos;s answer to %1 is not a list of posts (%2). Check that the target&apos;s URL is the Ghost site&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="304"/>
        <source>no posts in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="309"/>
        <source>Ghost&apos;s answer to %1 holds a post without an ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="326"/>
        <source>the image “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="344"/>
        <source>Ghost&apos;s answer to %1 names no URL for it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="347"/>
        <source>no image in it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::GitRemote</name>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="157"/>
        <source>branch “%1” of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="192"/>
        <source>%1 %2 failed: “%3” is not an address git can use (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="202"/>
        <source>Fetching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="235"/>
        <source>Pushing to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="257"/>
        <source>%1 %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="260"/>
        <source>the branch changed on the server since Postwright read it (someone else published, or pushed to it). Nothing was published; publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="264"/>
        <source>the server did not accept the key %1 for “%2” (or its passphrase is wrong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="266"/>
        <source>the server did not accept the token or password for “%1”. Check that it is right, has not expired, and may write to the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="272"/>
        <source>the host key of %1 has changed since it was trusted. The server may have been reinstalled, or someone may be intercepting the connection, so Postwright refused to connect. If the change is expected, remove the old key for %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="277"/>
        <source>%1 is not a known host and its key was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="280"/>
        <source>the server&apos;s host key could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="286"/>
        <source>the server asks for an SSH key, and the target names no key_file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="288"/>
        <source>the server asks for a login, and no token or password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="296"/>
        <source>the server refused to update the branch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="307"/>
        <source>the server&apos;s certificate could not be verified (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="317"/>
        <location filename="../app/publish/gitremote.cpp" line="326"/>
        <source>the repository was not found (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="320"/>
        <source>the server is busy or failing (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="330"/>
        <source>the connection failed or was lost (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="331"/>
        <source>unknown error %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::GitStage</name>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="38"/>
        <source>“%1” is not a valid branch name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="43"/>
        <source>the path “%1” leaves the branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="46"/>
        <source>the path “%1” is not allowed in git.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="65"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="74"/>
        <source>Publishing to %1 failed: the branch was not fetched first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="100"/>
        <source>Cannot prepare the local copy of the branch in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="111"/>
        <source>Publishing to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="125"/>
        <source>The branch on %1 does not end in a commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="146"/>
        <location filename="../app/publish/gitstage.cpp" line="176"/>
        <location filename="../app/publish/gitstage.cpp" line="179"/>
        <location filename="../app/publish/gitstage.cpp" line="186"/>
        <location filename="../app/publish/gitstage.cpp" line="195"/>
        <source>Cannot read “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="279"/>
        <source>Publish: 1 file changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="280"/>
        <source>Publish: %1 files changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="283"/>
        <source>Publish: 1 file removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="284"/>
        <source>Publish: %1 files removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="286"/>
        <source>, %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="289"/>
        <source>Publish: no file changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="298"/>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="311"/>
        <source>Cannot make the commit for %1</source>
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
    <name>Postwright::HostKeyDialog</name>
    <message>
        <location filename="../ui/publish/hostkeydialog.cpp" line="15"/>
        <source>Unknown Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/hostkeydialog.cpp" line="18"/>
        <source>&lt;b&gt;Postwright has not connected to %1 before.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/hostkeydialog.cpp" line="20"/>
        <source>Check that this is the fingerprint of the server&apos;s key before you trust it. Your hosting provider lists it, or run &lt;tt&gt;ssh-keygen -lf&lt;/tt&gt; on the server&apos;s host key. Postwright will remember the key and refuse to connect if it ever changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/hostkeydialog.cpp" line="32"/>
        <source>Trust and Connect</source>
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
    <name>Postwright::Importer</name>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="194"/>
        <source>This folder is neither a Postwright blog (it has no blog.yaml) nor empty. Import into a blog, or into a new or empty folder to make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="246"/>
        <source>Skipped %1 item(s) of type “%2”: only posts, pages and their images are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="252"/>
        <source>pandoc is not installed, so the posts keep their HTML, which the blog shows only with “markdown: raw_html: true” in blog.yaml. Install pandoc and import again into a new folder to get Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="281"/>
        <source>“%1” links to %2, which is not in the export&apos;s folder (looked for uploads/%2 and wp-content/uploads/%2): the link stays on the old site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="363"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="369"/>
        <source>Skipped “%1”: it is in WordPress&apos;s trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="370"/>
        <source>Skipped “%1”: it is an automatic draft WordPress kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="380"/>
        <source>Skipped “%1”: %2 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="413"/>
        <source>“%1”: %2 already exists with other content and was left alone; the page links to the old site instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="489"/>
        <source>The post&apos;s folder could not be created.</source>
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
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="106"/>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="106"/>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="107"/>
        <source>Build the site and send what changed to the blog&apos;s default publish target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="108"/>
        <source>Publish the blog to its default target (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="112"/>
        <source>Publish Tar&amp;gets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="113"/>
        <source>The places this blog publishes to, their passwords and a connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="115"/>
        <source>&amp;Import Posts from Blog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="116"/>
        <source>Copy the posts of a WordPress or Ghost blog into this blog as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="120"/>
        <source>&amp;About Postwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="123"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="134"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="142"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="157"/>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="160"/>
        <source>&amp;Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="167"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="180"/>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="185"/>
        <source>&amp;Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="195"/>
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
        <location filename="../ui/mainwindow/mainwindow.cpp" line="334"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="372"/>
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
        <location filename="../ui/mainwindow/mainwindow.cpp" line="334"/>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="45"/>
        <source>The open post could not be saved, so it stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="344"/>
        <source>Could Not Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="344"/>
        <source>The post could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="356"/>
        <source>Write your post in Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="372"/>
        <source>The post could not be saved. Your text is still in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="409"/>
        <source>Choose a post from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="483"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="499"/>
        <source>1 word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="483"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="499"/>
        <source>%L1 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="484"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="500"/>
        <source>1 character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="484"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="500"/>
        <source>%L1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="485"/>
        <source>%1 · %2 · %3 min read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="498"/>
        <source>Selection: %1, %2 — Post: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="508"/>
        <source>Postwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="508"/>
        <source>%1 — Postwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="511"/>
        <source>%1[*] — %2 — Postwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="203"/>
        <source>Open Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="207"/>
        <source>Could Not Open Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="207"/>
        <source>This folder could not be opened as a blog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="213"/>
        <source>About Postwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="214"/>
        <source>&lt;h3&gt;Postwright %1&lt;/h3&gt;&lt;p&gt;Write in Markdown, preview in your blog&apos;s own theme, publish anywhere.&lt;/p&gt;&lt;p&gt;Your posts stay plain files you can keep in git.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="544"/>
        <source>Building the site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="553"/>
        <source>Site built into %1 in %2 ms: %3 files written, %4 unchanged, %5 removed, %6 errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="566"/>
        <source>Site built with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="567"/>
        <source>The site could not be built completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="568"/>
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
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="35"/>
        <source>This blog has no publish targets yet. Add one to blog.yaml under publish:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="48"/>
        <source>Publish &amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="55"/>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="89"/>
        <source>Open a blog to publish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="93"/>
        <source>The site is being built; publish when the build is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="102"/>
        <source>Open a blog to see its publish targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="118"/>
        <source>blog.yaml’s publish section has a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="120"/>
        <source>No publish targets yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="124"/>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="146"/>
        <source>Open a blog to import posts into it.</source>
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
    <name>Postwright::MetaWeblogApi</name>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="84"/>
        <source>XML-RPC blog at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="107"/>
        <source>The XML-RPC blog at %1 answered something that is not XML-RPC when asked for %2 (%3). Check that the target&apos;s address is the blog&apos;s XML-RPC endpoint (for WordPress, the site&apos;s address followed by /xmlrpc.php).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="121"/>
        <source>The XML-RPC blog at %1 refused the password for %2 (%3). Check the user name and the password stored for this target (WordPress also takes an application password here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="127"/>
        <source>The XML-RPC blog at %1 does not offer %2, which Postwright needs for %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="130"/>
        <source>The XML-RPC blog at %1 refused %2: %3 (fault %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="159"/>
        <source>Cannot reach the XML-RPC blog at %1 for %2: %3. Publish again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="167"/>
        <source>The XML-RPC blog at %1 could not take %2 (HTTP %3%4). Publish again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="173"/>
        <source>The XML-RPC blog at %1 sent %2 elsewhere (%3). Postwright does not follow: set the target&apos;s address to where the endpoint now is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="180"/>
        <source>The XML-RPC blog at %1 asks for a login before XML-RPC (HTTP 401). Postwright logs in with XML-RPC&apos;s own user name and password only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="187"/>
        <source>The XML-RPC blog at %1 refused access to its XML-RPC endpoint (HTTP 403). Some hosts and security plugins block xmlrpc.php: allow it there, or use the WordPress REST API instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="195"/>
        <source>There is no XML-RPC endpoint at %1 (HTTP %2). For WordPress it is the site&apos;s address followed by /xmlrpc.php.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="200"/>
        <source>The XML-RPC blog at %1 refused %2 (HTTP %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="219"/>
        <source>the list of your blogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="227"/>
        <source>the newest post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="239"/>
        <location filename="../app/publish/metaweblogapi.cpp" line="242"/>
        <source>the list of categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="242"/>
        <source>no list in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="250"/>
        <source>the category “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="267"/>
        <source>The XML-RPC blog at %1 has no category “%2” and cannot create one over XML-RPC. Create it on the blog, or take it out of the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="274"/>
        <source>no id for the new category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="320"/>
        <source>the categories of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="368"/>
        <location filename="../app/publish/metaweblogapi.cpp" line="439"/>
        <source>no post in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="377"/>
        <location filename="../app/publish/metaweblogapi.cpp" line="405"/>
        <location filename="../app/publish/metaweblogapi.cpp" line="467"/>
        <source>the post “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="390"/>
        <source>no post id in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="408"/>
        <source>Cannot update %1 on the XML-RPC blog at %2 without its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="429"/>
        <source>the post with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="454"/>
        <source>no list of posts in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="457"/>
        <source>something else than a post in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="490"/>
        <source>the file “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="494"/>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="504"/>
        <source>no URL for the file in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="521"/>
        <source>the list of posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::MetadataReader</name>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="45"/>
        <source>Front matter keys must be plain names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="49"/>
        <source>The key “%1” appears twice (first on line %2); keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="100"/>
        <source>“%1” should be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="113"/>
        <source>“%1” should be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="125"/>
        <source>“%1” should be a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="129"/>
        <source>“%1” is not a date: write it as 2024-05-01 or 2024-05-01T09:30:00+02:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="152"/>
        <source>“%1” should be a list, like [one, two].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="155"/>
        <source>Each entry of “%1” should be text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::MicropubApi</name>
    <message>
        <location filename="../app/publish/blogapis.cpp" line="344"/>
        <source>Micropub at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::MicropubClient</name>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="193"/>
        <source>The Micropub endpoint %1 refused the access token for %2 (HTTP %3: %4). Sign in to the site again with the create, update and media scopes and store the new token for this target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="202"/>
        <source>Cannot reach %1 for %2: %3. Publish again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="205"/>
        <source>%1 could not take %2 (HTTP %3: %4). Publish again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="212"/>
        <source>%1 refused %2 (HTTP %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="218"/>
        <source>the site&apos;s home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="242"/>
        <source>%1 names no Micropub endpoint (no &lt;link rel=&quot;micropub&quot;&gt;). Check the site&apos;s address, or turn on Micropub in the site&apos;s software.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="258"/>
        <source>the question for its configuration (q=config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="267"/>
        <source>The answer of %1 to %2 is not a JSON object (%3). Check that it is a Micropub endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="271"/>
        <source>malformed JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="272"/>
        <source>JSON, but not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="286"/>
        <source>%1 accepted %2 (HTTP %3) but did not say where it is (no Location header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="298"/>
        <source>the new post “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="307"/>
        <source>%1 answered %2 with HTTP %3 instead of 201 Created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="317"/>
        <source>the post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="342"/>
        <source>the file “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="345"/>
        <source>Cannot upload %1: %2 has no media endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::NetlifyDeploy</name>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="151"/>
        <source>The site is live, but Postwright cannot record the deploy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="196"/>
        <location filename="../app/publish/netlifydeploy.cpp" line="282"/>
        <source>the new deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="229"/>
        <source>the state of the deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="249"/>
        <source>Netlify could not process the deploy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/publish/netlifydeploy.cpp" line="254"/>
        <source>Netlify has not finished the deploy after %n minute(s). Publish again later.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="284"/>
        <source>Netlify no longer has “%1”, which is gone from the output folder, so it cannot stay online. Publish with deletions on to remove it from the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="335"/>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="343"/>
        <source>“%1” changed after the publish was planned. Publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/publish/netlifydeploy.cpp" line="370"/>
        <source>Netlify still waits for %n file(s) that were sent. Publish again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="427"/>
        <source>the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="442"/>
        <location filename="../app/publish/netlifydeploy.cpp" line="447"/>
        <source>the list of files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="493"/>
        <source>The output folder does not exist. Build the site first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="512"/>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::NetlifyReply</name>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="66"/>
        <source>no explanation given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="79"/>
        <source>Netlify refused the access token (HTTP %1). Create a personal access token in Netlify (User settings, Applications) and store it for this target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="85"/>
        <source>Cannot reach Netlify for %1: %2. Publish again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="88"/>
        <source>Netlify is limiting requests and still refused %1 after several tries. Publish again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="93"/>
        <source>Netlify could not take %1 (HTTP %2: %3). Publish again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="100"/>
        <source>Netlify has no site with the ID “%1”, or the access token cannot see it. Check site_id in blog.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="105"/>
        <source>Netlify refused %1 (HTTP %2): %3</source>
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
    <name>Postwright::Parser</name>
    <message>
        <location filename="../app/publish/wxrreader.cpp" line="66"/>
        <source>This is not a WordPress export: it starts with &lt;%1&gt;, not &lt;rss&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wxrreader.cpp" line="82"/>
        <source>This is an RSS feed, not a WordPress export: it has no wp: elements. Export with Tools → Export in WordPress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wxrreader.cpp" line="95"/>
        <source>The export is not well-formed XML: %1</source>
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
        <location filename="../ui/posttree/postitemdelegate.cpp" line="119"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/postitemdelegate.cpp" line="121"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/postitemdelegate.cpp" line="125"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/postitemdelegate.cpp" line="238"/>
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
    <name>Postwright::PostPublishState</name>
    <message>
        <location filename="../app/publish/postpublishstate.cpp" line="118"/>
        <source>This record of published posts is damaged or from another version of Postwright (%1). Move it away to start a new record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/postpublishstate.cpp" line="122"/>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/postpublishstate.cpp" line="140"/>
        <source>Cannot read the journal of published posts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/postpublishstate.cpp" line="176"/>
        <location filename="../app/publish/postpublishstate.cpp" line="181"/>
        <source>Cannot record the published post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/postpublishstate.cpp" line="229"/>
        <source>Cannot clear the journal of published posts.</source>
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
        <location filename="../app/blog/posttreemodel.cpp" line="191"/>
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
    <name>Postwright::PublishController</name>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="31"/>
        <source>Publish again to finish — posts already published are not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="33"/>
        <source>Publish again to finish — files already uploaded are not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="63"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="123"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="126"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="88"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="103"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="108"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="289"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="305"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="314"/>
        <source>Cannot Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="88"/>
        <source>The publish targets in blog.yaml could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="104"/>
        <source>blog.yaml has no publish target “%1” any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="124"/>
        <source>This blog has several publish targets and none is the default.
Publish to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="160"/>
        <source>Reading the %1 for %2 from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="166"/>
        <source>Publishing cancelled. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="188"/>
        <source>Waiting for the %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="199"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="276"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="356"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="465"/>
        <source>Publishing to %1 cancelled. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="212"/>
        <source>Building the site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="236"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="240"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="256"/>
        <source>Comparing the posts with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="241"/>
        <source>Comparing the site with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="285"/>
        <source>The site could not be built, so nothing was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="286"/>
        <source>Some posts have errors, so nothing was published. Fix them and publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="300"/>
        <source>Could not log in to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="303"/>
        <source>Could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="312"/>
        <source>Could not compare the site with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="328"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="375"/>
        <source>Everything is already published to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="329"/>
        <source>Everything is already published to %1; %2 no longer part of the site stay there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="377"/>
        <source>Nothing was published to %1: the post changed on the blog is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="379"/>
        <source>Nothing was published to %1: the %L2 posts changed on the blog are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="394"/>
        <source>Waiting for you to choose a version of a post changed on the blog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="395"/>
        <source>Waiting for you to choose versions of posts changed on the blog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="399"/>
        <source>Publish Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="448"/>
        <source>The password for %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="454"/>
        <source>Waiting for you to review the publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="504"/>
        <source>Published %1 (%2) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="507"/>
        <source>Removed %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="509"/>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="514"/>
        <source>Publishing to %1 cancelled after %2 (%3). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="522"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="530"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="569"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="577"/>
        <source>Publishing to %1 stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="524"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="571"/>
        <source>Not published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="526"/>
        <source>%1 (%2) were published before it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="532"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="579"/>
        <source>Publishing Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="575"/>
        <source>%1 were published before it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="583"/>
        <source>Publishing to %1 cancelled after %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="589"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="642"/>
        <source>Open Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="602"/>
        <source>Open Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="620"/>
        <source>Published %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="622"/>
        <source>Nothing was published to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="626"/>
        <source>1 post was replaced by its version from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="627"/>
        <source>%L1 posts were replaced by their versions from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="629"/>
        <source>1 post changed on the blog was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="631"/>
        <source>%L1 posts changed on the blog were left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::PublishReviewDialog</name>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="43"/>
        <source>Publish to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="168"/>
        <source>Ready to publish %1 (%2) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="172"/>
        <source>Everything is already published to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="83"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="84"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="86"/>
        <source>No longer part of the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="91"/>
        <source>%1 already on the server and unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="98"/>
        <source>Show files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="107"/>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="108"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="107"/>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="108"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="108"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="99"/>
        <source>Hide files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="90"/>
        <source>%1 already on the blog and unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="98"/>
        <source>Show posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="99"/>
        <source>Hide posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="107"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="126"/>
        <source>Also remove 1 file that is no longer part of the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="127"/>
        <source>Also remove %L1 files that are no longer part of the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="128"/>
        <source>Off, they stay on the server: other sites may still link to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="132"/>
        <source>Don&apos;t show this again for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="135"/>
        <source>Publish straight away next time. Turn the review back on in Site ▸ Publish Targets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="139"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="196"/>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="261"/>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="281"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="198"/>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="261"/>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="282"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="199"/>
        <source>Ready to publish %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="199"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="201"/>
        <source>Nothing to publish to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="205"/>
        <source>1 post on this computer is replaced by its version from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="206"/>
        <source>%L1 posts on this computer are replaced by their versions from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="211"/>
        <source>1 post changed on the blog is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="212"/>
        <source>%L1 posts changed on the blog are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="229"/>
        <source>changed on the blog: yours replaces it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="231"/>
        <source>changed on the blog: the web version replaces your file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="233"/>
        <source>sent again as a new post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="237"/>
        <source>changed on the blog: left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="283"/>
        <source>not in the site any more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::PublishSession</name>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="89"/>
        <source>Publishing to a %1 target (“%2”) is not supported by this version of Postwright.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="124"/>
        <location filename="../app/publish/publishsession.cpp" line="143"/>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="124"/>
        <location filename="../app/publish/publishsession.cpp" line="128"/>
        <source>key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="126"/>
        <source>secret access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="128"/>
        <source>password or token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="131"/>
        <source>access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="133"/>
        <source>application password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="135"/>
        <source>Admin API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="385"/>
        <source>Cannot record the deploy: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::PublishStateCache</name>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="100"/>
        <source>published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="102"/>
        <source>%1 “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="112"/>
        <source>not published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="114"/>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="116"/>
        <source>published, changed here since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="118"/>
        <source>changed on the blog since it was published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="120"/>
        <source>publish cut off; checked at the next publish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::PublishStatus</name>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="38"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="40"/>
        <source>Stop after the files being sent now. Publish again later to send the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="41"/>
        <location filename="../ui/publish/publishstatus.cpp" line="147"/>
        <source>Open Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="43"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="49"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="106"/>
        <location filename="../ui/publish/publishstatus.cpp" line="110"/>
        <source>%L1 of %L2 posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="119"/>
        <location filename="../ui/publish/publishstatus.cpp" line="127"/>
        <source>%L1 of %L2 files · %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="140"/>
        <source>Cancelling after the post being sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="141"/>
        <source>Cancelling after the files in flight…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::PublishTargets</name>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="261"/>
        <source>Invalid YAML: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="272"/>
        <source>“publish” should hold ?ult:” and a list of “targets:”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="279"/>
        <source>“targets” should be a list, each target starting with “- name:”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="290"/>
        <source>There are two publish targets named “%1”; give each its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="298"/>
        <source>?ult” should be the name of a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="302"/>
        <source>The default publish target “%1” is not among the targets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::PublishText</name>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="39"/>
        <source>%1, folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="46"/>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="51"/>
        <source>%1, branch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="53"/>
        <source>Netlify site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="56"/>
        <source>%1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="71"/>
        <location filename="../ui/publish/publishtext.cpp" line="74"/>
        <location filename="../ui/publish/publishtext.cpp" line="85"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="71"/>
        <location filename="../ui/publish/publishtext.cpp" line="78"/>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="76"/>
        <source>Secret access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="78"/>
        <location filename="../ui/publish/publishtext.cpp" line="81"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="83"/>
        <source>Application password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="87"/>
        <source>Admin API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="96"/>
        <source>Create one in WordPress under Users ▸ Profile ▸ Application Passwords; your login password does not work here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="99"/>
        <source>In Ghost Admin, Settings ▸ Integrations ▸ Add custom integration, copy the Admin API key (it looks like id:secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="103"/>
        <source>A token from your site&apos;s token endpoint (IndieAuth) with the create, update and media scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="106"/>
        <source>The password of %1 on the blog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="115"/>
        <source>1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="115"/>
        <source>%L1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="120"/>
        <source>1 post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="120"/>
        <source>%L1 posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="125"/>
        <source>1 %1 post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="125"/>
        <source>%L1 %2 posts</source>
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
    <name>Postwright::RemoteManifest</name>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="113"/>
        <source>Cannot create the folder for the deploy record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="147"/>
        <source>The deploy record on the server (%1) has format version %2, which this version of Postwright does not know. Update Postwright.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="156"/>
        <source>the head names no valid base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="161"/>
        <location filename="../app/publish/remotemanifest.cpp" line="178"/>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="172"/>
        <source>the head names an invalid file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="192"/>
        <source>%1 has a broken entry</source>
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
    <name>Postwright::S3Transport</name>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="268"/>
        <location filename="../app/publish/s3transport.cpp" line="317"/>
        <source>%1 %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="273"/>
        <source>the TLS certificate of %1 could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="275"/>
        <location filename="../app/publish/s3transport.cpp" line="280"/>
        <source>the connection failed or was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="291"/>
        <source>the service does not know the access key ID “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="293"/>
        <source>the secret access key does not belong to the access key ID “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="296"/>
        <source>the service did not accept the access keys (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="298"/>
        <source>the bucket “%1” does not exist. Check the bucket name, the endpoint and the region in blog.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="303"/>
        <source>access denied: the access key “%1” may not do this in the bucket “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="306"/>
        <source>the file is larger than the service accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="309"/>
        <source>the bucket “%1” is in another region or needs another endpoint (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="312"/>
        <source>the service is busy or had a problem (HTTP %1 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="315"/>
        <source>the service answered HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="326"/>
        <source>Publishing to S3 needs a bucket, an access key ID and a secret access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="341"/>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="359"/>
        <location filename="../app/publish/s3transport.cpp" line="364"/>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="377"/>
        <location filename="../app/publish/s3transport.cpp" line="385"/>
        <source>Removing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="397"/>
        <location filename="../app/publish/s3transport.cpp" line="408"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::SecretPrompt</name>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="20"/>
        <source>Publish to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="24"/>
        <source>Enter the password for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="25"/>
        <source>Enter the passphrase of the key %1 for &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="40"/>
        <source>Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="43"/>
        <source>Stored only after the server accepted it. It never goes into blog.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="51"/>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="55"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="80"/>
        <source>%1
Postwright will keep what you enter in memory until you quit, and ask again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::SftpTransport</name>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="168"/>
        <location filename="../app/publish/sftptransport.cpp" line="298"/>
        <location filename="../app/publish/sftptransport.cpp" line="316"/>
        <source>%1 %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="172"/>
        <source>the host key of %1 has changed since it was trusted. The server may have been reinstalled, or someone may be intercepting the connection, so Postwright refused to connect. If the change is expected, remove the old key for %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="179"/>
        <source>%1 is not a known host and its key was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="186"/>
        <source>the server did not accept the password for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="187"/>
        <source>the server did not accept the key %1 for “%2” (or its passphrase is wrong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="191"/>
        <source>the server&apos;s host key could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="193"/>
        <source>the server has no space left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="197"/>
        <location filename="../app/publish/sftptransport.cpp" line="202"/>
        <location filename="../app/publish/sftptransport.cpp" line="298"/>
        <source>the connection failed or was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="219"/>
        <source>Connecting to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="227"/>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="249"/>
        <location filename="../app/publish/sftptransport.cpp" line="298"/>
        <location filename="../app/publish/sftptransport.cpp" line="317"/>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="318"/>
        <source>the server has no space left (%1 bytes free, the file needs %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="335"/>
        <source>Removing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="350"/>
        <source>Reading</source>
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
    <name>Postwright::SiteLayout</name>
    <message>
        <location filename="../app/blog/sitelayout.cpp" line="84"/>
        <source>%1 has a %2 but no content/ folder beside it, so it is not a Hugo site; and there is no blog.yaml (Postwright) or _config.yml (Jekyll).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/sitelayout.cpp" line="88"/>
        <source>This folder is not a blog Postwright can open: there is no blog.yaml, hugo.toml, config.toml or _config.yml in %1. Choose the folder that holds one of them (a Postwright blog, a Hugo site or a Jekyll site).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/sitelayout.cpp" line="118"/>
        <source>unknown</source>
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
    <name>Postwright::TargetsDialog</name>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="43"/>
        <source>Publish Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="45"/>
        <source>Postwright publishes to the targets listed in &lt;b&gt;blog.yaml&lt;/b&gt; under &lt;tt&gt;publish:&lt;/tt&gt;. Passwords and tokens never go there: save them here, in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="60"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="60"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="60"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="73"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="78"/>
        <source>Save to Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="80"/>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="91"/>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="98"/>
        <source>Show the review before publishing to this target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="109"/>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="131"/>
        <source>How to add a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="142"/>
        <source>Add a section like this to blog.yaml (types: folder, zip, sftp, ftp, ftps, s3, git,
netlify for the built site; wordpress, ghost, metaweblog, micropub to send the
posts to a hosted blog):

%1
Then save the sftp target&apos;s password here, the WordPress application password
and the Ghost Admin API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="155"/>
        <source>Open blog.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="157"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="185"/>
        <source>The publish section of blog.yaml has a problem:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="192"/>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="208"/>
        <source>This blog has no publish targets yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="247"/>
        <source>Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="249"/>
        <source>Type it to save or test it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="249"/>
        <source>This target needs none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="273"/>
        <source>Looking in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="280"/>
        <source>A %1 is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="283"/>
        <source>No %1 is stored; Postwright will ask when it needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="303"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="337"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="353"/>
        <source>Type the %1 first: none is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="383"/>
        <source>Could not log in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="384"/>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="387"/>
        <source>Connected.</source>
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
    <name>Postwright::TomlFrontMatter</name>
    <message>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="177"/>
        <source>Invalid TOML: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::TomlReader</name>
    <message>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="93"/>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="132"/>
        <source>“%1” should be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="101"/>
        <source>“%1” is not a date: write it as 2024-05-01 or 2024-05-01T09:30:00+02:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="108"/>
        <source>“%1” should be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="151"/>
        <source>“%1” should be a list, like [one, two].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="155"/>
        <source>Each entry of “%1” should be text.</source>
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
    <name>Postwright::WordPressApi</name>
    <message>
        <location filename="../app/publish/blogapis.cpp" line="42"/>
        <source>WordPress at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::WordPressClient</name>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="149"/>
        <source>“%1” is not a WordPress site address. Use the address of the blog, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="156"/>
        <source>Postwright does not send the application password to %1 over plain http://: anyone on the way could read it. Use https://, or allow insecure connections for this target if you trust the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="281"/>
        <source>no explanation given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="287"/>
        <source>WordPress refused the application password for %1 at %2 (%3). Create an application password under Users, Profile in WordPress and store it for this target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="292"/>
        <source>WordPress does not let %1 at %2 do %3: %4. Check the user&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="296"/>
        <source>Cannot reach WordPress at %1 for %2: %3. Publish again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="300"/>
        <source>WordPress at %1 could not take %2 (HTTP %3: %4). Publish again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="307"/>
        <source>WordPress at %1 sent %2 elsewhere (%3). Set the target&apos;s address to where the blog now is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="312"/>
        <source>WordPress at %1 refused %2 (HTTP %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="318"/>
        <source>WordPress at %1 answered %2 with something Postwright does not understand (expected %3). A plugin or the server may be changing the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="327"/>
        <source>the REST API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="348"/>
        <source>%1 has no WordPress REST API (neither /wp-json/wp/v2/ nor ?rest_route=/wp/v2/ answers). Check the address, and that no plugin switches the API off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="375"/>
        <source>the tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="375"/>
        <source>the category “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="386"/>
        <source>a list of terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="399"/>
        <source>the new term&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="442"/>
        <source>a post with an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="447"/>
        <source>the post&apos;s modified_gmt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="464"/>
        <location filename="../app/publish/wordpressclient.cpp" line="479"/>
        <location filename="../app/publish/wordpressclient.cpp" line="532"/>
        <source>the post “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="495"/>
        <source>the post with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="524"/>
        <source>the login of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="549"/>
        <location filename="../app/publish/wordpressclient.cpp" line="592"/>
        <source>a list of posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="566"/>
        <source>the list of posts (page %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="622"/>
        <source>the posts&apos; featured images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="623"/>
        <source>the posts&apos; tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="624"/>
        <source>the posts&apos; categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="634"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="686"/>
        <source>the file “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="692"/>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="699"/>
        <source>a media item with an id and a source_url</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::WxrReader</name>
    <message>
        <location filename="../app/publish/wxrreader.cpp" line="256"/>
        <source>The export could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::XmlRpc</name>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="227"/>
        <source>two values in one &lt;value&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="238"/>
        <source>text beside a typed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="253"/>
        <source>“%1” is not a valid &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="260"/>
        <source>&lt;%1&gt; in a &lt;struct&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="273"/>
        <source>&lt;%1&gt; in a struct &lt;member&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="280"/>
        <source>a struct &lt;member&gt; without a &lt;name&gt; and a &lt;value&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="293"/>
        <source>an &lt;array&gt; without &lt;data&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="298"/>
        <source>&lt;%1&gt; in an array&apos;s &lt;data&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="308"/>
        <source>&lt;%1&gt; after an array&apos;s &lt;data&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="357"/>
        <source>the unknown type &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="365"/>
        <source>an empty answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="372"/>
        <source>a web page, not an XML-RPC answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="374"/>
        <source>an answer that ends too early (cut off?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="376"/>
        <source>not XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="388"/>
        <source>&lt;%1&gt; where &lt;methodResponse&gt; belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="392"/>
        <source>a &lt;methodResponse&gt; with neither &lt;params&gt; nor &lt;fault&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="400"/>
        <source>&lt;%1&gt; where &lt;param&gt;&lt;value&gt; belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="409"/>
        <source>more than one value in a &lt;param&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="414"/>
        <source>more than one &lt;param&gt; in an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="424"/>
        <source>a &lt;fault&gt; without a &lt;value&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="433"/>
        <source>a &lt;fault&gt; without faultCode and faultString</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="440"/>
        <source>more than one value in a &lt;fault&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="445"/>
        <source>&lt;%1&gt; where &lt;params&gt; or &lt;fault&gt; belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="450"/>
        <source>&lt;%1&gt; after the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postwright::ZipDeploy</name>
    <message>
        <location filename="../app/publish/zipdeploy.cpp" line="89"/>
        <source>Cannot create the folder %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/publish/zipdeploy.cpp" line="94"/>
        <source>Cannot write into %1: %2</source>
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
