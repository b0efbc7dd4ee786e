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
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="203"/>
        <source>This tag is never closed: its closing braces are missing.</source>
        <translation>Dieses Tag wird nie geschlossen: Die schließenden geschweiften Klammern fehlen.</translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="205"/>
        <source>This set-delimiter tag is not valid; it should look like {{=&lt;% %&gt;=}}.</source>
        <translation>Dieses Tag zum Ändern der Begrenzer ist ungültig; es sollte etwa so aussehen: {{=&lt;% %&gt;=}}.</translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="207"/>
        <source>{{/%1}} closes a section that was never opened.</source>
        <translation>{{/%1}} schließt einen Abschnitt, der nie geöffnet wurde.</translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="209"/>
        <source>The section “%1” opened here is never closed with {{/%1}}.</source>
        <translation>Der hier geöffnete Abschnitt „%1“ wird nie mit {{/%1}} geschlossen.</translation>
    </message>
    <message>
        <location filename="../app/site/theme.cpp" line="53"/>
        <source>This is not a readable file (is it a broken link?).</source>
        <translation>Dies ist keine lesbare Datei (vielleicht ein defekter Link?).</translation>
    </message>
    <message>
        <location filename="../app/site/theme.cpp" line="64"/>
        <location filename="../app/site/theme.cpp" line="67"/>
        <location filename="../app/site/theme.cpp" line="89"/>
        <location filename="../app/site/theme.cpp" line="92"/>
        <source>Cannot read this file: %1</source>
        <translation>Diese Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/site/theme.cpp" line="79"/>
        <source>This template is not UTF-8 text. Save it as UTF-8.</source>
        <translation>Diese Vorlage ist kein UTF-8-Text. Speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="81"/>
        <source>The front matter is never closed.</source>
        <translation>Das Front Matter wird nie geschlossen.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="91"/>
        <source>Invalid YAML: %1.</source>
        <translation>Ungültiges YAML: %1.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="96"/>
        <source>The front matter is not a list of keys.</source>
        <translation>Das Front Matter ist keine Liste von Schlüsseln.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="112"/>
        <source>Front matter keys must be plain names.</source>
        <translation>Schlüssel im Front Matter müssen einfache Namen sein.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="117"/>
        <source>The key “%1” appears twice.</source>
        <translation>Der Schlüssel „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="127"/>
        <source>Each key should start its own line, with no indentation, to be edited here.</source>
        <translation>Damit er hier bearbeitet werden kann, muss jeder Schlüssel in einer eigenen Zeile ohne Einrückung beginnen.</translation>
    </message>
    <message>
        <location filename="../app/blog/postbundle.cpp" line="413"/>
        <source>This is not an image Postwright can add. Use a PNG, JPEG, GIF, WebP, AVIF, SVG, BMP or ICO file.</source>
        <translation>Dies ist kein Bild, das Postwright hinzufügen kann. Verwenden Sie eine PNG-, JPEG-, GIF-, WebP-, AVIF-, SVG-, BMP- oder ICO-Datei.</translation>
    </message>
    <message>
        <location filename="../app/blog/postbundle.cpp" line="433"/>
        <source>Could not copy the image: %1</source>
        <translation>Das Bild konnte nicht kopiert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="121"/>
        <source>The front matter cannot be edited.</source>
        <translation>Das Front Matter kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="84"/>
        <source>The file could not be created: %1</source>
        <translation>Die Datei konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="145"/>
        <source>The folder could not be copied: %1</source>
        <translation>Der Ordner konnte nicht kopiert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="167"/>
        <source>The file could not be moved: %1</source>
        <translation>Die Datei konnte nicht verschoben werden: %1</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="201"/>
        <source>A post needs a title.</source>
        <translation>Ein Beitrag braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="241"/>
        <source>Another post is already called “%1”. Choose another title, or rename that post first.</source>
        <translation>Ein anderer Beitrag heißt bereits „%1“. Wählen Sie einen anderen Titel oder benennen Sie zuerst den anderen Beitrag um.</translation>
    </message>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="30"/>
        <source>No space left in the target folder while writing %1.</source>
        <translation>Kein Speicherplatz mehr im Zielordner beim Schreiben von %1.</translation>
    </message>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="31"/>
        <location filename="../app/publish/zipdeploy.cpp" line="59"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="92"/>
        <source>Netlify answered %1 with something Postwright does not understand.</source>
        <translation>Netlify hat auf %1 mit etwas geantwortet, das Postwright nicht versteht.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="64"/>
        <source>keep secrets out of blog.yaml; Postwright keeps them in the system keychain.</source>
        <translation>Zugangsdaten gehören nicht in blog.yaml; Postwright bewahrt sie im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="113"/>
        <source>Each publish target should be a group of “key: value” lines starting with “name:” and “type:”.</source>
        <translation>Jedes Veröffentlichungsziel sollte eine Gruppe von „Schlüssel: Wert“-Zeilen sein, die mit „name:“ und „type:“ beginnt.</translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="36"/>
        <location filename="../app/publish/publishtargets.cpp" line="121"/>
        <source>“%1” should be text.</source>
        <translation>„%1“ sollte Text sein.</translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="72"/>
        <source>“permalinks.%1.%2” should be text.</source>
        <translation>„permalinks.%1.%2“ sollte Text sein.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="128"/>
        <source>This publish target needs a “name:”.</source>
        <translation>Dieses Veröffentlichungsziel braucht einen Eintrag „name:“.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="144"/>
        <source>Publish target “%1” needs a “type:”, one of %2.</source>
        <translation>Das Veröffentlichungsziel „%1“ braucht einen Eintrag „type:“, einen von %2.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="146"/>
        <source>Publish target “%1” has the unknown type “%2”; use one of %3.</source>
        <translation>Das Veröffentlichungsziel „%1“ hat den unbekannten Typ „%2“; verwenden Sie einen von %3.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="163"/>
        <source>A %1 target has no setting “%2”; it knows %3.</source>
        <translation>Ein Ziel vom Typ %1 hat keine Einstellung „%2“; bekannt sind %3.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="171"/>
        <source>Publish target “%1” (%2) needs “%3:”.</source>
        <translation>Das Veröffentlichungsziel „%1“ (%2) braucht „%3:“.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="189"/>
        <source>“port” should be a number from 1 to 65535.</source>
        <translation>„port“ sollte eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="198"/>
        <source>“%1” should be true or false.</source>
        <translation>„%1“ sollte true oder false sein.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="205"/>
        <source>“url” should be the blog&apos;s address, starting with https://.</source>
        <translation>„url“ sollte die Adresse des Blogs sein und mit https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="28"/>
        <source>The deploy record on the server (%1) is damaged: %2. Delete %1 and the folder %3 on the server to upload everything again.</source>
        <translation>Das Bereitstellungsprotokoll auf dem Server (%1) ist beschädigt: %2. Löschen Sie %1 und den Ordner %3 auf dem Server, um alles neu hochzuladen.</translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="52"/>
        <source>Cannot write a temporary file: %1</source>
        <translation>Eine temporäre Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/zipdeploy.cpp" line="54"/>
        <source>No space left on the disk while writing %1.</source>
        <translation>Kein Speicherplatz mehr auf dem Datenträger beim Schreiben von %1.</translation>
    </message>
    <message>
        <location filename="../app/publish/zipdeploy.cpp" line="55"/>
        <source>No space left on the disk while writing %1 (at %2).</source>
        <translation>Kein Speicherplatz mehr auf dem Datenträger beim Schreiben von %1 (bei %2).</translation>
    </message>
    <message>
        <location filename="../app/publish/zipdeploy.cpp" line="60"/>
        <source>Cannot write %1 (at %2): %3</source>
        <translation>%1 kann nicht geschrieben werden (bei %2): %3</translation>
    </message>
    <message>
        <location filename="../app/publish/blogapis.cpp" line="25"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="81"/>
        <source>The folder could not be created.</source>
        <translation>Der Ordner konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="59"/>
        <location filename="../app/publish/micropubclient.cpp" line="71"/>
        <source>no explanation given</source>
        <translation>keine Begründung angegeben</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="79"/>
        <source>%1 (line %2, column %3)</source>
        <translation>%1 (Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="79"/>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="96"/>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="38"/>
        <source>“build” should hold “command:” and “generator:”.</source>
        <translation>„build“ sollte „command:“ und „generator:“ enthalten.</translation>
    </message>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="42"/>
        <source>“command” should be one line, such as “hugo --minify”.</source>
        <translation>„command“ sollte eine einzige Zeile sein, etwa „hugo --minify“.</translation>
    </message>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="47"/>
        <source>“generator” should be true or false.</source>
        <translation>„generator“ sollte true oder false sein.</translation>
    </message>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="57"/>
        <source>“preview” should hold “style:” and “css:”.</source>
        <translation>„preview“ sollte „style:“ und „css:“ enthalten.</translation>
    </message>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="76"/>
        <source>Each stylesheet in “css” should be a path.</source>
        <translation>Jedes Stylesheet in „css“ sollte ein Pfad sein.</translation>
    </message>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="80"/>
        <source>“css” should be a path or a list of paths.</source>
        <translation>„css“ sollte ein Pfad oder eine Liste von Pfaden sein.</translation>
    </message>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="67"/>
        <source>“style” should be auto, site or builtin.</source>
        <translation>„style“ sollte auto, site oder builtin sein.</translation>
    </message>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="86"/>
        <source>The stylesheet “%1” is not inside the site.</source>
        <translation>Das Stylesheet „%1“ liegt nicht innerhalb der Website.</translation>
    </message>
    <message>
        <location filename="../app/blog/tomlfrontmatteredit.cpp" line="189"/>
        <source>The front matter is not TOML between +++ lines.</source>
        <translation>Das Front Matter ist kein TOML zwischen +++-Zeilen.</translation>
    </message>
    <message>
        <location filename="../app/blog/tomlfrontmatteredit.cpp" line="205"/>
        <source>Invalid TOML: %1.</source>
        <translation>Ungültiges TOML: %1.</translation>
    </message>
</context>
<context>
    <name>Postwright::AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="44"/>
        <source>About Postwright</source>
        <translation>Über Postwright</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="49"/>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="50"/>
        <source>L&amp;ibraries</source>
        <translation>B&amp;ibliotheken</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="51"/>
        <source>&amp;Licence</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="54"/>
        <source>&amp;Copy Version Information</source>
        <translation>Versionsinformationen &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="56"/>
        <source>Copy Postwright&apos;s version and the libraries&apos; versions, for a bug report</source>
        <translation>Die Version von Postwright und die Versionen der Bibliotheken kopieren, für einen Fehlerbericht</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="82"/>
        <source>The live preview</source>
        <translation>Die Live-Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="85"/>
        <source>The browser engine inside Qt WebEngine</source>
        <translation>Die Browser-Engine in Qt WebEngine</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="120"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="125"/>
        <source>Write blog posts in Markdown, preview them in your blog&apos;s own theme, and publish them anywhere. Your posts stay plain files that you can keep in git.</source>
        <translation>Blogbeiträge in Markdown schreiben, im eigenen Theme des Blogs ansehen und überall veröffentlichen. Ihre Beiträge bleiben einfache Dateien, die Sie in git aufbewahren können.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="131"/>
        <source>Postwright is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with absolutely no warranty; see the Licence tab for the details.</source>
        <translation>Postwright ist freie Software: Sie können sie unter den Bedingungen der GNU General Public License, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version. Sie wird ohne jede Gewährleistung bereitgestellt; Einzelheiten finden Sie im Reiter „Lizenz“.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="138"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Website&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Report a problem&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Website&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Problem melden&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="143"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="172"/>
        <source>Postwright is built on these libraries. Thank you to their authors.</source>
        <translation>Postwright baut auf diesen Bibliotheken auf. Vielen Dank an ihre Autorinnen und Autoren.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="179"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="179"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="179"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="179"/>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="181"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="183"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="214"/>
        <source>GNU General Public License, version 3 or later: https://www.gnu.org/licenses/gpl-3.0.html</source>
        <translation>GNU General Public License, Version 3 oder später: https://www.gnu.org/licenses/gpl-3.0.html</translation>
    </message>
</context>
<context>
    <name>Postwright::AltTextDialog</name>
    <message>
        <location filename="../ui/editor/alttextdialog.cpp" line="17"/>
        <source>Describe the Image</source>
        <translation>Bild beschreiben</translation>
    </message>
    <message>
        <location filename="../ui/editor/alttextdialog.cpp" line="19"/>
        <source>What should readers who cannot see the pasted image know about it?</source>
        <translation>Was sollten Leser, die das eingefügte Bild nicht sehen können, darüber wissen?</translation>
    </message>
    <message>
        <location filename="../ui/editor/alttextdialog.cpp" line="20"/>
        <source>What should readers who cannot see “%1” know about it?</source>
        <translation>Was sollten Leser, die „%1“ nicht sehen können, darüber wissen?</translation>
    </message>
    <message>
        <location filename="../ui/editor/alttextdialog.cpp" line="25"/>
        <source>Leave it empty for an image that is only decoration.</source>
        <translation>Lassen Sie das Feld leer, wenn das Bild nur der Dekoration dient.</translation>
    </message>
    <message>
        <location filename="../ui/editor/alttextdialog.cpp" line="36"/>
        <source>Insert Image</source>
        <translation>Bild einfügen</translation>
    </message>
</context>
<context>
    <name>Postwright::AtomicFile</name>
    <message>
        <location filename="../app/util/atomicfile.cpp" line="22"/>
        <source>Could not save the file: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/util/atomicfile.cpp" line="29"/>
        <source>Could not read the file: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/util/atomicfile.cpp" line="76"/>
        <source>The file could not be created: %1</source>
        <translation>Die Datei konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::Blog</name>
    <message>
        <location filename="../app/blog/blog.cpp" line="98"/>
        <source>The folder does not exist.</source>
        <translation>Der Ordner existiert nicht.</translation>
    </message>
</context>
<context>
    <name>Postwright::BlogApiHttp</name>
    <message>
        <location filename="../app/publish/blogapihttp.cpp" line="155"/>
        <source>“%1” is not an address for %2. Use the blog&apos;s address, starting with https://.</source>
        <translation>„%1“ ist keine Adresse für %2. Verwenden Sie die Adresse des Blogs, beginnend mit https://.</translation>
    </message>
    <message>
        <location filename="../app/publish/blogapihttp.cpp" line="166"/>
        <source>Postwright does not send the %1 password to %2 over plain http://: anyone on the way could read it. Use https://, or allow insecure connections for this target if you trust the network.</source>
        <translation>Postwright sendet das %1-Passwort nicht über unverschlüsseltes http:// an %2: Jeder auf dem Übertragungsweg könnte es mitlesen. Verwenden Sie https:// oder erlauben Sie für dieses Ziel unsichere Verbindungen, wenn Sie dem Netzwerk vertrauen.</translation>
    </message>
</context>
<context>
    <name>Postwright::BlogCreator</name>
    <message>
        <location filename="../app/blog/blogcreator.cpp" line="51"/>
        <source>This is a file, not a folder.</source>
        <translation>Dies ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location filename="../app/blog/blogcreator.cpp" line="54"/>
        <source>The folder is not empty: a new blog needs an empty or new folder.</source>
        <translation>Der Ordner ist nicht leer: Ein neues Blog braucht einen leeren oder neuen Ordner.</translation>
    </message>
    <message>
        <location filename="../app/blog/blogcreator.cpp" line="61"/>
        <location filename="../app/blog/blogcreator.cpp" line="65"/>
        <source>The folder could not be created.</source>
        <translation>Der Ordner konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>Postwright::BlogFolderChooser</name>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="33"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="43"/>
        <source>my-blog</source>
        <translation>mein-blog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="65"/>
        <source>Parent f&amp;older:</source>
        <translation>Übergeordneter &amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="74"/>
        <source>Folder na&amp;me:</source>
        <translation>Ordner&amp;name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="109"/>
        <source>Choose the folder the blog&apos;s folder goes into.</source>
        <translation>Wählen Sie den Ordner, in den der Ordner des Blogs kommt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="111"/>
        <source>There is no folder %1.</source>
        <translation>Es gibt keinen Ordner %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="114"/>
        <source>The blog&apos;s folder needs a name.</source>
        <translation>Der Ordner des Blogs braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="116"/>
        <source>A folder name cannot contain / or \, or be . or ..</source>
        <translation>Ein Ordnername darf weder / noch \ enthalten und nicht . oder .. sein</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="136"/>
        <source>Choose Where the Blog&apos;s Folder Goes</source>
        <translation>Wählen, wohin der Ordner des Blogs kommt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="147"/>
        <source>The blog goes into the existing folder %1</source>
        <translation>Das Blog kommt in den vorhandenen Ordner %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="148"/>
        <source>The blog goes into the new folder %1</source>
        <translation>Das Blog kommt in den neuen Ordner %1</translation>
    </message>
</context>
<context>
    <name>Postwright::BlogImportController</name>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="57"/>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="73"/>
        <source>Import Posts</source>
        <translation>Beiträge importieren</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="58"/>
        <source>This blog has no WordPress or Ghost target to import from.</source>
        <translation>Dieses Blog hat kein WordPress- oder Ghost-Ziel, aus dem importiert werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="59"/>
        <source>The publish targets in blog.yaml could not be read.</source>
        <translation>Die Veröffentlichungsziele in blog.yaml konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="63"/>
        <source>Add one to blog.yaml under publish:, for example:

    - name: blog
      type: wordpress
      url: https://example.com
      user: me</source>
        <translation>Fügen Sie eines in blog.yaml unter publish: hinzu, zum Beispiel:

    - name: blog
      type: wordpress
      url: https://example.com
      user: me</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="74"/>
        <source>Copy the posts of a hosted blog into this blog as Markdown. Posts that are already here are left alone.

Import from:</source>
        <translation>Kopiert die Beiträge eines gehosteten Blogs als Markdown in dieses Blog. Bereits vorhandene Beiträge bleiben unverändert.

Importieren aus:</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="77"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="129"/>
        <source>Importing from %1 cancelled. Nothing was written.</source>
        <translation>Import aus %1 abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="142"/>
        <source>Importing posts from %1…</source>
        <translation>Beiträge werden aus %1 importiert …</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="166"/>
        <source>Could not log in to %1: %2</source>
        <translation>Anmeldung bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="169"/>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="177"/>
        <source>Could not read the posts of %1: %2. Nothing was written.</source>
        <translation>Die Beiträge von %1 konnten nicht gelesen werden: %2. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="186"/>
        <source>Imported %1 from %2.</source>
        <translation>%1 aus %2 importiert.</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="187"/>
        <source>Imported %1 (%L2 skipped) from %3.</source>
        <translation>%1 aus %3 importiert (%L2 übersprungen).</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="192"/>
        <source>%L1 could not be written.</source>
        <translation>Nicht geschrieben werden konnten: %L1.</translation>
    </message>
</context>
<context>
    <name>Postwright::BlogPublisher</name>
    <message>
        <location filename="../app/publish/blogpublisher.cpp" line="231"/>
        <source>“%1” (%2): %3</source>
        <translation>„%1“ (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/publish/blogpublisher.cpp" line="247"/>
        <source>image %1: %2</source>
        <translation>Bild %1: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/blogpublisher.cpp" line="394"/>
        <source>%1 The blog may have made the post anyway; look at it before publishing again.</source>
        <translation>%1 Möglicherweise hat das Blog den Beitrag trotzdem angelegt; sehen Sie nach, bevor Sie erneut veröffentlichen.</translation>
    </message>
</context>
<context>
    <name>Postwright::BlogPull</name>
    <message>
        <location filename="../app/publish/blogpull.cpp" line="111"/>
        <source>The front matter made for “%1” does not read back: %2</source>
        <translation>Das für „%1“ erzeugte Front Matter lässt sich nicht zurücklesen: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/blogpull.cpp" line="130"/>
        <source>Postwright cannot list the posts of %1.</source>
        <translation>Postwright kann die Beiträge von %1 nicht auflisten.</translation>
    </message>
    <message>
        <location filename="../app/publish/blogpull.cpp" line="141"/>
        <source>%1 keeps announcing more pages of posts after %2 pages.</source>
        <translation>%1 kündigt nach %2 Seiten immer noch weitere Seiten mit Beiträgen an.</translation>
    </message>
    <message>
        <location filename="../app/publish/blogpull.cpp" line="193"/>
        <source>Skipped “%1”: %2 already exists.</source>
        <translation>„%1“ übersprungen: %2 existiert bereits.</translation>
    </message>
    <message>
        <location filename="../app/publish/blogpull.cpp" line="271"/>
        <source>pandoc is not installed, so the posts keep their HTML, which the blog shows only with “markdown: raw_html: true” in blog.yaml. Install pandoc and pull again, replacing the posts, to get Markdown.</source>
        <translation>pandoc ist nicht installiert, daher behalten die Beiträge ihr HTML, das das Blog nur mit „markdown: raw_html: true“ in blog.yaml anzeigt. Installieren Sie pandoc und rufen Sie die Beiträge erneut ab (mit Ersetzen der vorhandenen), um Markdown zu erhalten.</translation>
    </message>
</context>
<context>
    <name>Postwright::BlogSettings</name>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="151"/>
        <source>blog.yaml should be a list of “key: value” lines.</source>
        <translation>blog.yaml sollte eine Liste von „Schlüssel: Wert“-Zeilen sein.</translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="161"/>
        <source>“%1” should be text.</source>
        <translation>„%1“ sollte Text sein.</translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="185"/>
        <source>“%1” should be true or false.</source>
        <translation>„%1“ sollte true oder false sein.</translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="195"/>
        <source>“markdown” should hold settings such as “math: true”, one per indented line.</source>
        <translation>„markdown“ sollte Einstellungen wie „math: true“ enthalten, eine pro eingerückter Zeile.</translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="259"/>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Postwright::BuildController</name>
    <message>
        <location filename="../ui/mainwindow/buildcontroller.cpp" line="51"/>
        <source>Postwright’s theme</source>
        <translation>Postwrights Theme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildcontroller.cpp" line="64"/>
        <source>Building with Postwright’s theme: %1</source>
        <translation>Erstellung mit Postwrights Theme: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::BuildPanel</name>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="29"/>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="29"/>
        <source>%L1 files</source>
        <translation>%L1 Dateien</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="35"/>
        <source>Build</source>
        <translation>Erstellung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="42"/>
        <source>&amp;Build Panel</source>
        <translation>Ers&amp;tellungsbereich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="43"/>
        <source>The last build: the generator&apos;s output and the problems it found</source>
        <translation>Die letzte Erstellung: die Ausgabe des Generators und die gefundenen Probleme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="55"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="58"/>
        <source>Open Output Folder</source>
        <translation>Ausgabeordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="68"/>
        <source>The generator&apos;s output appears here while it builds.</source>
        <translation>Die Ausgabe des Generators erscheint hier während der Erstellung.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="72"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="72"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="77"/>
        <source>Double-click a problem, or press Enter, to open its file at the line</source>
        <translation>Doppelklicken Sie auf ein Problem oder drücken Sie die Eingabetaste, um seine Datei an der Zeile zu öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="102"/>
        <source>Cancelling the build…</source>
        <translation>Die Erstellung wird abgebrochen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="126"/>
        <source>Postwright’s built-in builder</source>
        <translation>Postwrights eingebauter Generator</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="136"/>
        <source>Building with %1… %2</source>
        <translation>Erstellung mit %1 … %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="159"/>
        <source>%L1 ms</source>
        <translation>%L1 ms</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="160"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="174"/>
        <source>Build cancelled after %1.</source>
        <translation>Erstellung nach %1 abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="176"/>
        <source>The build with %1 failed after %2: 1 problem.</source>
        <translation>Die Erstellung mit %1 ist nach %2 fehlgeschlagen: 1 Problem.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="178"/>
        <source>The build with %1 failed after %2: %L3 problems.</source>
        <translation>Die Erstellung mit %1 ist nach %2 fehlgeschlagen: %L3 Probleme.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="182"/>
        <source>Built with %1 in %2: %3 written, %L4 unchanged, %L5 removed.</source>
        <translation>Mit %1 in %2 erstellt: %3 geschrieben, %L4 unverändert, %L5 entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="187"/>
        <source>1 post was left out.</source>
        <translation>1 Beitrag wurde ausgelassen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="188"/>
        <source>%L1 posts were left out.</source>
        <translation>%L1 Beiträge wurden ausgelassen.</translation>
    </message>
</context>
<context>
    <name>Postwright::BuildSettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="38"/>
        <source>Build Settings</source>
        <translation>Erstellungseinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="51"/>
        <source>This blog is built by Postwright’s theme, into %1. It has no build command to set.</source>
        <translation>Dieses Blog wird mit Postwrights Theme nach %1 erstellt. Es hat keinen Erstellungsbefehl, der sich einstellen ließe.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="62"/>
        <source>How Postwright builds this %1 site, for Build and for Publish. Saved in %2 at the site’s root; %3 does not read that file.</source>
        <translation>Wie Postwright diese %1-Website erstellt, für „Erstellen“ und „Veröffentlichen“. Gespeichert in %2 im Stammordner der Website; %3 liest diese Datei nicht.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="66"/>
        <source>%1 has a problem, so saving would not be safe until it is fixed:
%2</source>
        <translation>%1 enthält einen Fehler; Speichern wäre erst sicher, wenn er behoben ist:
%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="71"/>
        <source>Build with %1 when it is installed</source>
        <translation>Mit %1 erstellen, wenn es installiert ist</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="75"/>
        <source>Off: Postwright’s own theme builds the site, as when %1 is missing</source>
        <translation>Aus: Postwrights eigenes Theme erstellt die Website, wie wenn %1 fehlt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="83"/>
        <source>Empty: “%1”. Runs in the site’s folder without a shell; Postwright adds --destination with the output folder below.</source>
        <translation>Leer: „%1“. Läuft im Ordner der Website ohne Shell; Postwright hängt --destination mit dem Ausgabeordner unten an.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="91"/>
        <source>Where %1’s configuration sends the site (publishDir, destination); publishing sends this folder</source>
        <translation>Wohin die Konfiguration von %1 die Website schreibt (publishDir, destination); beim Veröffentlichen wird dieser Ordner gesendet</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="97"/>
        <source>Command:</source>
        <translation>Befehl:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="100"/>
        <source>Output folder:</source>
        <translation>Ausgabeordner:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="128"/>
        <source>Found %1 at %2.</source>
        <translation>%1 gefunden unter %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="131"/>
        <source>%1 is not installed, so Postwright’s theme builds the site. %2</source>
        <translation>%1 ist nicht installiert, daher erstellt Postwrights Theme die Website. %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="136"/>
        <source>%1 is not on PATH (or not executable): the build will fail until it is installed. %2</source>
        <translation>%1 ist nicht im PATH (oder nicht ausführbar): Die Erstellung schlägt fehl, bis es installiert ist. %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="149"/>
        <source>The settings were not saved: %1</source>
        <translation>Die Einstellungen wurden nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::CliCommands</name>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="134"/>
        <source>Print a post&apos;s body as HTML (the front matter is not rendered).</source>
        <translation>Den Inhalt eines Beitrags als HTML ausgeben (das Front Matter wird nicht gerendert).</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="143"/>
        <source>Build the blog&apos;s static site (default output: BLOG/public), rewriting only what changed; with --watch, build again whenever a file changes.</source>
        <translation>Die statische Website des Blogs erstellen (Standardausgabe: BLOG/public) und dabei nur Geändertes neu schreiben; mit --watch bei jeder Dateiänderung erneut erstellen.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="211"/>
        <source>Show the commands, or how to use one of them.</source>
        <translation>Die Befehle anzeigen oder die Verwendung eines Befehls erklären.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="362"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="367"/>
        <location filename="../app/cli/clicommands.cpp" line="396"/>
        <source>Example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="156"/>
        <source>Build the blog, then upload what changed to a publish target of blog.yaml (default: its default target); with --dry-run, only show what would change. To a hosted blog (WordPress, MetaWeblog, Ghost, Micropub) it sends the new and changed posts; a post edited on the blog is left alone unless --keep-mine or --keep-web says which version wins. The secret comes from POSTWRIGHT_SECRET_&lt;TARGET&gt;, POSTWRIGHT_SECRET or the system keychain.</source>
        <translation>Das Blog erstellen und dann die Änderungen zu einem Veröffentlichungsziel aus blog.yaml hochladen (Standard: das Standardziel); mit --dry-run nur anzeigen, was sich ändern würde. An ein gehostetes Blog (WordPress, MetaWeblog, Ghost, Micropub) werden die neuen und geänderten Beiträge gesendet; ein im Blog bearbeiteter Beitrag bleibt unverändert, sofern nicht --keep-mine oder --keep-web festlegt, welche Version gilt. Die Zugangsdaten stammen aus POSTWRIGHT_SECRET_&lt;TARGET&gt;, POSTWRIGHT_SECRET oder dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="136"/>
        <source>0 rendered; 1 the front matter has errors or the file is not UTF-8 (the body is printed all the same); 2 wrong usage, or the file does not exist.</source>
        <translation>0 gerendert; 1 die Front Matter hat Fehler oder die Datei ist kein UTF-8 (der Inhalt wird trotzdem ausgegeben); 2 falsche Verwendung, oder die Datei existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="146"/>
        <source>0 built (posts with errors are left out and reported); 1 the site could not be built, or with --strict a post has errors; 2 wrong usage, or the folder is no blog.</source>
        <translation>0 erstellt (Beiträge mit Fehlern werden ausgelassen und gemeldet); 1 die Website konnte nicht erstellt werden, oder mit --strict hat ein Beitrag Fehler; 2 falsche Verwendung, oder der Ordner ist kein Blog.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="163"/>
        <source>0 published (with --dry-run: planned); 1 the blog has errors (its settings, or the build failed), or a hosted blog refused a post or has newer edits of it; 2 wrong usage, no blog, no publish target or no such target; 3 the target could not be reached, refused the login or has an unknown host key, or no secret was found.</source>
        <translation>0 veröffentlicht (mit --dry-run: geplant); 1 der Blog hat Fehler (seine Einstellungen, oder die Erstellung schlug fehl), oder ein gehosteter Blog hat einen Beitrag abgelehnt oder hat neuere Bearbeitungen davon; 2 falsche Verwendung, kein Blog, kein Veröffentlichungsziel oder kein solches Ziel; 3 das Ziel war nicht erreichbar, hat die Anmeldung abgelehnt oder hat einen unbekannten Hostschlüssel, oder es wurde kein Geheimnis gefunden.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="173"/>
        <source>Download the posts of a WordPress or Ghost target into the blog as Markdown posts (drafts included), so that a later publish updates them. Posts already here are skipped unless --overwrite. The secret comes from POSTWRIGHT_SECRET_&lt;TARGET&gt;, POSTWRIGHT_SECRET or the system keychain.</source>
        <translation>Die Beiträge eines WordPress- oder Ghost-Ziels als Markdown-Beiträge in das Blog herunterladen (einschließlich Entwürfen), damit eine spätere Veröffentlichung sie aktualisiert. Bereits vorhandene Beiträge werden übersprungen, außer mit --overwrite. Die Zugangsdaten stammen aus POSTWRIGHT_SECRET_&lt;TARGET&gt;, POSTWRIGHT_SECRET oder dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="178"/>
        <source>0 pulled; 1 some posts could not be written, or the blog&apos;s settings have errors; 2 wrong usage, no blog, or no target to pull from; 3 the blog could not be reached or read, refused the login, or no secret was found.</source>
        <translation>0 heruntergeladen; 1 einige Beiträge konnten nicht geschrieben werden, oder die Einstellungen des Blogs haben Fehler; 2 falsche Verwendung, kein Blog, oder kein Ziel zum Herunterladen; 3 der Blog war nicht erreichbar oder lesbar, hat die Anmeldung abgelehnt, oder es wurde kein Geheimnis gefunden.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="186"/>
        <source>Import a WordPress export (Tools → Export) into the blog (default: this folder) as Markdown posts and pages; a new or empty folder becomes a new blog. Images are copied from an uploads/ folder beside the export. Posts already here are skipped.</source>
        <translation>Einen WordPress-Export (Werkzeuge → Daten exportieren) als Markdown-Beiträge und -Seiten in das Blog importieren (Standard: dieser Ordner); ein neuer oder leerer Ordner wird zu einem neuen Blog. Bilder werden aus einem Ordner uploads/ neben dem Export kopiert. Bereits vorhandene Beiträge werden übersprungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="190"/>
        <source>0 imported; 1 some posts could not be written, or the blog&apos;s settings have errors; 2 wrong usage, or the export does not exist or cannot be read.</source>
        <translation>0 importiert; 1 einige Beiträge konnten nicht geschrieben werden, oder die Einstellungen des Blogs haben Fehler; 2 falsche Verwendung, oder der Export existiert nicht oder ist nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="197"/>
        <source>Read every post and page of a blog (default: this folder) without building it, and list their errors: front matter, and links and images that lead nowhere (other posts and pages, .md files, site paths such as /2026/my-post/, files in static/ or beside the post). Web links are not fetched. For a Hugo or Jekyll site, site paths and pages only its generator makes are not checked.</source>
        <translation>Jeden Beitrag und jede Seite eines Blogs (Standard: dieser Ordner) lesen, ohne ihn zu erstellen, und ihre Fehler auflisten: Front Matter sowie Links und Bilder, die ins Leere führen (andere Beiträge und Seiten, .md-Dateien, Website-Pfade wie /2026/mein-beitrag/, Dateien in static/ oder neben dem Beitrag). Weblinks werden nicht abgerufen. Bei einer Hugo- oder Jekyll-Website werden Website-Pfade und Seiten, die nur ihr Generator erzeugt, nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="203"/>
        <source>0 no errors; 1 a post or page has front matter errors or a broken link or image, or the blog&apos;s settings have errors; 2 wrong usage, or the folder is no blog.</source>
        <translation>0 keine Fehler; 1 ein Beitrag oder eine Seite hat Fehler in der Front Matter oder einen defekten Link oder ein defektes Bild, oder die Einstellungen des Blogs haben Fehler; 2 falsche Verwendung, oder der Ordner ist kein Blog.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="212"/>
        <source>0 shown; 2 there is no such command.</source>
        <translation>0 angezeigt; 2 diesen Befehl gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="252"/>
        <source>Print no progress and no summary; errors still go to standard error, and the exit code is the same.</source>
        <translation>Keinen Fortschritt und keine Zusammenfassung ausgeben; Fehler gehen weiterhin auf die Standardfehlerausgabe, und der Exit-Code bleibt gleich.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="256"/>
        <source>Print one JSON document on standard output instead of the text (see below); progress goes to standard error.</source>
        <translation>Ein JSON-Dokument statt des Textes auf die Standardausgabe schreiben (siehe unten); der Fortschritt geht auf die Standardfehlerausgabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="279"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="370"/>
        <source>Run &quot;%1 help COMMAND&quot; for a command&apos;s options, exit codes and JSON output.</source>
        <translation>Führen Sie &quot;%1 help BEFEHL&quot; aus, um die Optionen, Exit-Codes und JSON-Ausgabe eines Befehls zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="374"/>
        <source>Exit codes: 0 success, 1 errors in the blog&apos;s files, 2 wrong usage or a missing file, 3 publishing or pulling failed (network, login, host key, missing secret).</source>
        <translation>Rückgabewerte: 0 Erfolg, 1 Fehler in den Dateien des Blogs, 2 falsche Verwendung oder fehlende Datei, 3 Veröffentlichen oder Abrufen fehlgeschlagen (Netzwerk, Anmeldung, Host-Schlüssel, fehlende Zugangsdaten).</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="383"/>
        <source>Usage: %1 %2</source>
        <translation>Verwendung: %1 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="384"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="386"/>
        <source>Exit codes: %1</source>
        <translation>Exit-Codes: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="389"/>
        <source>With --json, standard output holds one JSON document (indented, keys in alphabetical order), also on failure:</source>
        <translation>Mit --json enthält die Standardausgabe ein JSON-Dokument (eingerückt, Schlüssel alphabetisch sortiert), auch bei einem Fehlschlag:</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="408"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="410"/>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>Meinten Sie &quot;%1&quot;?</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="420"/>
        <source>The %1 command has no --json output.</source>
        <translation>Der Befehl %1 hat keine --json-Ausgabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="445"/>
        <source>Run &quot;%1 help&quot; to see the commands.</source>
        <translation>Führen Sie „%1 help“ aus, um die Befehle anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="457"/>
        <source>There is no command &quot;%1&quot;.</source>
        <translation>Es gibt keinen Befehl „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="465"/>
        <source>The render command takes one FILE.</source>
        <translation>Der Befehl „render“ erwartet genau eine Datei (FILE).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="18"/>
        <source>The check command takes at most one BLOG folder.</source>
        <translation>Der Befehl „check“ akzeptiert höchstens einen BLOG-Ordner.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="56"/>
        <source>Posts: %1, pages: %2, with errors: %3; links: %4, broken: %5.</source>
        <translation>Beiträge: %1, Seiten: %2, mit Fehlern: %3; Links: %4, defekt: %5.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="43"/>
        <source>Write the site to DIR.</source>
        <translation>Die Website nach DIR schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="44"/>
        <source>Include drafts.</source>
        <translation>Entwürfe einbeziehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="45"/>
        <source>Include posts dated in the future.</source>
        <translation>Beiträge mit einem Datum in der Zukunft einbeziehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="46"/>
        <source>Forget the build cache and render everything.</source>
        <translation>Den Erstellungs-Cache verwerfen und alles neu rendern.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="47"/>
        <source>Fail (exit code 1) when any post has an error.</source>
        <translation>Mit Fehler beenden (Rückgabewert 1), wenn ein Beitrag einen Fehler enthält.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="48"/>
        <source>Keep running and build again whenever a file of the blog changes.</source>
        <translation>Weiterlaufen und bei jeder Änderung einer Datei des Blogs erneut erstellen.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="59"/>
        <source>The build command takes at most one BLOG folder.</source>
        <translation>Der Befehl „build“ akzeptiert höchstens einen BLOG-Ordner.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="67"/>
        <source>--json and --watch cannot be combined: --watch never ends.</source>
        <translation>--json und --watch können nicht kombiniert werden: --watch endet nie.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="91"/>
        <source>note: building the %1 site with Postwright&apos;s own builder: %2</source>
        <translation>Hinweis: Die %1-Website wird mit Postwrights eigenem Generator erstellt: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="111"/>
        <location filename="../app/cli/buildcommand.cpp" line="150"/>
        <location filename="../app/cli/buildcommand.cpp" line="253"/>
        <location filename="../app/cli/buildcommand.cpp" line="286"/>
        <location filename="../app/cli/pullcommand.cpp" line="57"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="152"/>
        <source>Nothing was built.</source>
        <translation>Es wurde nichts erstellt.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="157"/>
        <source>Built %1 posts into %2: %3 files written, %4 unchanged, %5 removed, %6 errors (%7 ms).</source>
        <translation>%1 Beiträge nach %2 erstellt: %3 Dateien geschrieben, %4 unverändert, %5 entfernt, %6 Fehler (%7 ms).</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="210"/>
        <source>%1 could not build the site.</source>
        <translation>%1 konnte die Website nicht erstellen.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="212"/>
        <source>Built with %1 into %2: %3 files written, %4 unchanged, %5 removed, %6 errors (%7 ms).</source>
        <translation>Mit %1 nach %2 erstellt: %3 Dateien geschrieben, %4 unverändert, %5 entfernt, %6 Fehler (%7 ms).</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="233"/>
        <source>warning: the system would not watch every file of the blog (see fs.inotify.max_user_watches); some changes may need another save to be seen.</source>
        <translation>Warnung: Das System überwacht nicht jede Datei des Blogs (siehe fs.inotify.max_user_watches); manche Änderungen werden eventuell erst nach einem weiteren Speichern erkannt.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="256"/>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/buildcommand.cpp" line="257"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/buildcommand.cpp" line="275"/>
        <source>Watching %1 for changes (%n files and folders); press Ctrl+C to stop.</source>
        <translation>
            <numerusform>%1 wird auf Änderungen überwacht (%n Datei oder Ordner); beenden mit Strg+C.</numerusform>
            <numerusform>%1 wird auf Änderungen überwacht (%n Dateien und Ordner); beenden mit Strg+C.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="287"/>
        <source>Stopped watching.</source>
        <translation>Überwachung beendet.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="60"/>
        <source>Show what would change; change nothing.</source>
        <translation>Anzeigen, was sich ändern würde; nichts ändern.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="61"/>
        <source>Also remove files that are no longer part of the site.</source>
        <translation>Auch Dateien entfernen, die nicht mehr zur Website gehören.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="63"/>
        <source>Trust an SFTP server this computer has not seen before, and remember its key.</source>
        <translation>Einem SFTP-Server, den dieser Computer noch nicht kennt, vertrauen und seinen Schlüssel speichern.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="85"/>
        <source>The publish command takes at most one BLOG folder.</source>
        <translation>Der Befehl „publish“ akzeptiert höchstens einen BLOG-Ordner.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="108"/>
        <source>%1 has no publish targets. Add a “publish:” section with “targets:” to it.</source>
        <translation>%1 hat keine Veröffentlichungsziele. Fügen Sie einen Abschnitt „publish:“ mit „targets:“ hinzu.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="296"/>
        <source>The %1 for %2 could not be read from the keychain: %3</source>
        <translation>%1 für %2 konnte nicht aus dem Schlüsselbund gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="298"/>
        <source>If no keychain is available here, set %1 (or POSTWRIGHT_SECRET) instead.</source>
        <translation>Falls hier kein Schlüsselbund verfügbar ist, setzen Sie stattdessen %1 (oder POSTWRIGHT_SECRET).</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="155"/>
        <source>Trusting the key of %1 (%2) from now on.</source>
        <translation>Dem Schlüssel von %1 (%2) wird ab jetzt vertraut.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="58"/>
        <source>Publish to the target called NAME in blog.yaml (postwright.yaml for a Hugo or Jekyll site).</source>
        <translation>Auf dem Ziel namens NAME in blog.yaml veröffentlichen (postwright.yaml bei einer Hugo- oder Jekyll-Website).</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="65"/>
        <source>Blog APIs: publish posts that were edited on the blog too, replacing the web versions.</source>
        <translation>Blog-APIs: Auch im Blog bearbeitete Beiträge veröffentlichen und dabei die Webversionen ersetzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="67"/>
        <source>Blog APIs: for posts edited on the blog, take the web versions into the local files instead.</source>
        <translation>Blog-APIs: Bei im Blog bearbeiteten Beiträgen stattdessen die Webversionen in die lokalen Dateien übernehmen.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="87"/>
        <source>--keep-mine and --keep-web contradict each other; choose one.</source>
        <translation>--keep-mine und --keep-web widersprechen sich; wählen Sie eine der beiden Optionen.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="116"/>
        <source>%1 has no publish target “%2”; its targets are: %3.</source>
        <translation>%1 hat kein Veröffentlichungsziel „%2“; vorhandene Ziele: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="122"/>
        <source>%1 names no default publish target; choose one with --target NAME: %2.</source>
        <translation>%1 nennt kein Standard-Veröffentlichungsziel; wählen Sie eines mit --target NAME: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="183"/>
        <location filename="../app/cli/publishcommand.cpp" line="383"/>
        <source>Publishing to %1 failed: %2</source>
        <translation>Veröffentlichen auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="185"/>
        <source>The server&apos;s key (%1) is not known yet. If it is the right one, run again with --trust-host-key to remember it.</source>
        <translation>Der Schlüssel des Servers (%1) ist noch nicht bekannt. Wenn es der richtige ist, führen Sie den Befehl erneut mit --trust-host-key aus, um ihn zu speichern.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="205"/>
        <source>Plan for %1 (%2): %3 new (%4), %5 changed (%6), %7 deleted (%8), %9 unchanged.</source>
        <translation>Plan für %1 (%2): %3 neu (%4), %5 geändert (%6), %7 gelöscht (%8), %9 unverändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="218"/>
        <source>The archive is written whole: every file of the site goes in, and files no longer in the site are left out.</source>
        <translation>Das Archiv wird vollständig geschrieben: Jede Datei der Website kommt hinein, Dateien, die nicht mehr zur Website gehören, bleiben außen vor.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="222"/>
        <source>Deletions skipped: pass --delete to remove %1 files.</source>
        <translation>Löschen übersprungen: Geben Sie --delete an, um %1 Dateien zu entfernen.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="226"/>
        <source>Dry run: nothing was uploaded or deleted.</source>
        <translation>Probelauf: Es wurde nichts hochgeladen oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="250"/>
        <location filename="../app/cli/publishcommand.cpp" line="319"/>
        <location filename="../app/cli/publishcommand.cpp" line="380"/>
        <source>not published: %1</source>
        <translation>nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="252"/>
        <source>Run the command again to finish; only what is left will be sent.</source>
        <translation>Führen Sie den Befehl erneut aus, um den Vorgang abzuschließen; nur der Rest wird gesendet.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="256"/>
        <source>Published to %1: %2 files (%3) written to %4.</source>
        <translation>Auf %1 veröffentlicht: %2 Dateien (%3) nach %4 geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="264"/>
        <source>Published to %1: %2 files uploaded (%3), %4 deleted, %5 retries.</source>
        <translation>Auf %1 veröffentlicht: %2 Dateien hochgeladen (%3), %4 gelöscht, %5 Wiederholungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="311"/>
        <source>Plan for %1 (%2): %3 new posts, %4 changed, %5 unchanged.</source>
        <translation>Plan für %1 (%2): %3 neue Beiträge, %4 geändert, %5 unverändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="335"/>
        <source>changed on the blog since the last publish: %1 (%2)</source>
        <translation>seit der letzten Veröffentlichung im Blog geändert: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="343"/>
        <source>Nothing to publish: the blog has every post as it is here.</source>
        <translation>Nichts zu veröffentlichen: Das Blog enthält jeden Beitrag so, wie er hier ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="374"/>
        <source>left alone: %1 was edited on the blog since it was published.</source>
        <translation>unverändert gelassen: %1 wurde seit der Veröffentlichung im Blog bearbeitet.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="385"/>
        <source>Run the command again to finish; posts already published are not sent twice.</source>
        <translation>Führen Sie den Befehl erneut aus, um den Vorgang abzuschließen; bereits veröffentlichte Beiträge werden nicht doppelt gesendet.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="388"/>
        <source>Published to %1: %2 posts sent (%3 with images).</source>
        <translation>Auf %1 veröffentlicht: %2 Beiträge gesendet (%3 mit Bildern).</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="395"/>
        <source>%1 posts were edited on the blog and were not overwritten. Run again with --keep-mine to publish yours over them, or --keep-web to take the web versions into your files.</source>
        <translation>%1 Beiträge wurden im Blog bearbeitet und nicht überschrieben. Führen Sie den Befehl erneut mit --keep-mine aus, um Ihre Version darüber zu veröffentlichen, oder mit --keep-web, um die Webversionen in Ihre Dateien zu übernehmen.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="40"/>
        <source>Pull from the target called NAME in blog.yaml.</source>
        <translation>Vom Ziel namens NAME in blog.yaml abrufen.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="13"/>
        <location filename="../app/cli/pullcommand.cpp" line="41"/>
        <source>Show which files would be written; write none.</source>
        <translation>Anzeigen, welche Dateien geschrieben würden; keine schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="42"/>
        <source>Replace local posts that are already there with the blog&apos;s version.</source>
        <translation>Bereits vorhandene lokale Beiträge durch die Version aus dem Blog ersetzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="70"/>
        <source>The pull command takes at most one BLOG folder.</source>
        <translation>Der Befehl „pull“ akzeptiert höchstens einen BLOG-Ordner.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="87"/>
        <source>blog.yaml has no publish target “%1”.</source>
        <translation>blog.yaml hat kein Veröffentlichungsziel „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="100"/>
        <source>blog.yaml has several blogs to pull from; choose one with --target NAME: %1.</source>
        <translation>blog.yaml enthält mehrere Blogs, von denen abgerufen werden kann; wählen Sie eines mit --target NAME: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="106"/>
        <source>%1 has no WordPress or Ghost publish target to pull from. Add one to its “publish:” section.</source>
        <translation>%1 hat kein WordPress- oder Ghost-Veröffentlichungsziel, von dem abgerufen werden kann. Fügen Sie eines im Abschnitt „publish:“ hinzu.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="113"/>
        <source>Posts can be pulled from WordPress and Ghost targets only; “%1” is a %2 target.</source>
        <translation>Beiträge können nur von WordPress- und Ghost-Zielen abgerufen werden; „%1“ ist ein Ziel vom Typ %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="128"/>
        <source>Pulling from %1 failed: %2</source>
        <translation>Abrufen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="27"/>
        <source>The import-wxr command takes one EXPORT.xml file and at most one BLOG folder.</source>
        <translation>Der Befehl „import-wxr“ erwartet eine EXPORT.xml-Datei und höchstens einen BLOG-Ordner.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="31"/>
        <source>%1: the file does not exist.</source>
        <translation>%1: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="39"/>
        <location filename="../app/cli/pullcommand.cpp" line="129"/>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="51"/>
        <source>would write %1</source>
        <translation>würde %1 schreiben</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="51"/>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="50"/>
        <source>Dry run: %1 posts and pages and %2 images would be written, %3 skipped; nothing was written.</source>
        <translation>Probelauf: %1 Beiträge und Seiten sowie %2 Bilder würden geschrieben, %3 übersprungen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="57"/>
        <source>Imported %1: %2 posts and pages and %3 images written, %4 skipped.</source>
        <translation>%1 importiert: %2 Beiträge und Seiten sowie %3 Bilder geschrieben, %4 übersprungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="136"/>
        <source>Pass --overwrite to replace the skipped posts with the blog&apos;s version.</source>
        <translation>Geben Sie --overwrite an, um die übersprungenen Beiträge durch die Version aus dem Blog zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="139"/>
        <source>Dry run: %1 posts would be written, %2 skipped; nothing was written.</source>
        <translation>Probelauf: %1 Beiträge würden geschrieben, %2 übersprungen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="144"/>
        <source>Pulled from %1: %2 posts written, %3 skipped.</source>
        <translation>Von %1 abgerufen: %2 Beiträge geschrieben, %3 übersprungen.</translation>
    </message>
</context>
<context>
    <name>Postwright::ConflictBar</name>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="36"/>
        <source>Compare…</source>
        <translation>Vergleichen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="37"/>
        <source>Close Post</source>
        <translation>Beitrag schließen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="38"/>
        <source>Close the post without saving; your text is discarded</source>
        <translation>Den Beitrag ohne Speichern schließen; Ihr Text wird verworfen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="63"/>
        <source>“%1” was changed by another program, and you have unsaved changes. Nothing is saved until you choose.</source>
        <translation>„%1“ wurde von einem anderen Programm geändert, und Sie haben ungespeicherte Änderungen. Es wird nichts gespeichert, bis Sie sich entscheiden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="65"/>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="66"/>
        <source>Save your text over the other version</source>
        <translation>Ihren Text über die andere Version speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="67"/>
        <source>Take Theirs</source>
        <translation>Andere übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="68"/>
        <source>Load the other version; Undo brings your text back</source>
        <translation>Die andere Version laden; „Rückgängig“ bringt Ihren Text zurück</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="74"/>
        <source>“%1” was deleted or moved by another program. Your text is still here.</source>
        <translation>„%1“ wurde von einem anderen Programm gelöscht oder verschoben. Ihr Text ist noch vorhanden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="75"/>
        <source>Save Again</source>
        <translation>Erneut speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="76"/>
        <source>Write your text to the file again</source>
        <translation>Ihren Text erneut in die Datei schreiben</translation>
    </message>
</context>
<context>
    <name>Postwright::ConflictDialog</name>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="59"/>
        <source>Changed on %1</source>
        <translation>Geändert auf %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="72"/>
        <source>“%1” was changed on “%2” since you last published it.</source>
        <translation>„%1“ wurde auf „%2“ geändert, seit Sie den Beitrag zuletzt veröffentlicht haben.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="74"/>
        <source>%L1 posts were changed on “%2” since you last published them.</source>
        <translation>%L1 Beiträge wurden auf „%2“ geändert, seit Sie sie zuletzt veröffentlicht haben.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="75"/>
        <source>Nothing has been replaced yet. Compare the two versions of each post and choose which one to keep.</source>
        <translation>Noch wurde nichts ersetzt. Vergleichen Sie die beiden Versionen jedes Beitrags und wählen Sie, welche behalten werden soll.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="84"/>
        <source>Changed posts</source>
        <translation>Geänderte Beiträge</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="109"/>
        <location filename="../ui/publish/conflictdialog.cpp" line="249"/>
        <source>On your computer</source>
        <translation>Auf Ihrem Computer</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="110"/>
        <location filename="../ui/publish/conflictdialog.cpp" line="248"/>
        <source>On the blog</source>
        <translation>Im Blog</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="111"/>
        <source>Show HTML &amp;source</source>
        <translation>HTML-&amp;Quelltext anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="113"/>
        <source>Compare the HTML itself instead of its text.</source>
        <translation>Das HTML selbst statt seines Textes vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="116"/>
        <source>Keep which version?</source>
        <translation>Welche Version behalten?</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="117"/>
        <location filename="../ui/publish/conflictdialog.cpp" line="221"/>
        <source>&amp;Publish mine (replace the web version)</source>
        <translation>Meine Version &amp;veröffentlichen (Webversion ersetzen)</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="119"/>
        <source>&amp;Keep the web version (replace my file)</source>
        <translation>&amp;Webversion behalten (meine Datei ersetzen)</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="121"/>
        <source>The post file on this computer is rewritten from the blog&apos;s version, converted to Markdown. Its old text stays in the undo history of an open editor only.</source>
        <translation>Die Beitragsdatei auf diesem Computer wird aus der Version des Blogs neu geschrieben und in Markdown umgewandelt. Ihr alter Text bleibt nur im Rückgängig-Verlauf eines geöffneten Editors erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="123"/>
        <source>&amp;Decide later (leave both)</source>
        <translation>&amp;Später entscheiden (beide belassen)</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="125"/>
        <source>Nothing is sent or replaced. The next publish asks again.</source>
        <translation>Es wird nichts gesendet oder ersetzt. Bei der nächsten Veröffentlichung wird erneut gefragt.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="136"/>
        <source>&amp;Apply to All %L1 Posts</source>
        <translation>Auf alle %L1 Beiträge a&amp;nwenden</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="138"/>
        <source>Make this post&apos;s choice for every post listed.</source>
        <translation>Die Auswahl für diesen Beitrag für alle aufgelisteten Beiträge übernehmen.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="152"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="218"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="220"/>
        <source>&amp;Publish it as a new post</source>
        <translation>Als neuen Beitrag &amp;veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="245"/>
        <source>On the blog (not found)</source>
        <translation>Im Blog (nicht gefunden)</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="246"/>
        <source>On the blog (changed %1)</source>
        <translation>Im Blog (geändert %1)</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="256"/>
        <source>A publish of this post was cut off before the blog answered, and the blog cannot be searched for it. Check the blog: publishing it again may make a second copy.</source>
        <translation>Eine Veröffentlichung dieses Beitrags wurde abgebrochen, bevor das Blog geantwortet hat, und das Blog lässt sich nicht danach durchsuchen. Prüfen Sie das Blog: Eine erneute Veröffentlichung könnte eine zweite Kopie anlegen.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="259"/>
        <source>The HTML is the same.</source>
        <translation>Das HTML ist identisch.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="259"/>
        <source>The text is the same.</source>
        <translation>Der Text ist identisch.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="261"/>
        <source>1 line differs.</source>
        <translation>1 Zeile unterscheidet sich.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="261"/>
        <source>%L1 lines differ.</source>
        <translation>%L1 Zeilen unterscheiden sich.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="265"/>
        <source>The title on the blog is “%1”.</source>
        <translation>Der Titel im Blog lautet „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="308"/>
        <source>→ publish mine</source>
        <translation>→ meine Version veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="310"/>
        <source>← keep the web version</source>
        <translation>← Webversion behalten</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="312"/>
        <source>→ publish as a new post</source>
        <translation>→ als neuen Beitrag veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="316"/>
        <source>decide later</source>
        <translation>später entscheiden</translation>
    </message>
</context>
<context>
    <name>Postwright::CredentialStore</name>
    <message>
        <location filename="../app/publish/credentialstore.cpp" line="21"/>
        <source>No system keychain is running (the Secret Service, e.g. GNOME Keyring or KWallet). Start one, or enter the secret each time.</source>
        <translation>Es läuft kein Schlüsselbund des Systems (der Secret Service, z. B. GNOME Keyring oder KWallet). Starten Sie einen oder geben Sie die Zugangsdaten jedes Mal ein.</translation>
    </message>
    <message>
        <location filename="../app/publish/credentialstore.cpp" line="25"/>
        <location filename="../ui/publish/publishtext.cpp" line="264"/>
        <source>No secret is stored for %1.</source>
        <translation>Für %1 sind keine Zugangsdaten gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/publish/credentialstore.cpp" line="28"/>
        <source>Access to the secret for %1 was refused in the keychain prompt.</source>
        <translation>Der Zugriff auf die Zugangsdaten für %1 wurde in der Schlüsselbund-Abfrage verweigert.</translation>
    </message>
    <message>
        <location filename="../app/publish/credentialstore.cpp" line="32"/>
        <source>The keychain refused access to the secret for %1. It may be locked: unlock it and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf die Zugangsdaten für %1 verweigert. Möglicherweise ist er gesperrt: Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/publish/credentialstore.cpp" line="37"/>
        <source>Could not remove the secret for %1 from the keychain: %2</source>
        <translation>Die Zugangsdaten für %1 konnten nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/credentialstore.cpp" line="42"/>
        <source>The system keychain reported a problem with the secret for %1: %2</source>
        <translation>Der Schlüsselbund des Systems hat ein Problem mit den Zugangsdaten für %1 gemeldet: %2</translation>
    </message>
</context>
<context>
    <name>Postwright::DeployEngine</name>
    <message>
        <location filename="../app/publish/deployengine.cpp" line="231"/>
        <source>Cannot record the deploy: %1</source>
        <translation>Die Bereitstellung kann nicht protokolliert werden: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::DeployManifest</name>
    <message>
        <location filename="../app/publish/deploymanifest.cpp" line="102"/>
        <source>The deploy record is damaged (%1). Delete it to upload everything again.</source>
        <translation>Das Bereitstellungsprotokoll ist beschädigt (%1). Löschen Sie es, um alles neu hochzuladen.</translation>
    </message>
    <message>
        <location filename="../app/publish/deploymanifest.cpp" line="114"/>
        <source>The deploy record has format version %1, which this version of Postwright does not know. Update Postwright, or delete the record to upload everything again.</source>
        <translation>Das Bereitstellungsprotokoll hat die Formatversion %1, die diese Version von Postwright nicht kennt. Aktualisieren Sie Postwright oder löschen Sie das Protokoll, um alles neu hochzuladen.</translation>
    </message>
    <message>
        <location filename="../app/publish/deploymanifest.cpp" line="127"/>
        <source>The deploy record has a broken entry. Delete it to upload everything again.</source>
        <translation>Das Bereitstellungsprotokoll enthält einen fehlerhaften Eintrag. Löschen Sie es, um alles neu hochzuladen.</translation>
    </message>
    <message>
        <location filename="../app/publish/deploymanifest.cpp" line="138"/>
        <source>The output folder does not exist. Build the site first.</source>
        <translation>Der Ausgabeordner existiert nicht. Erstellen Sie zuerst die Website.</translation>
    </message>
    <message>
        <location filename="../app/publish/deploymanifest.cpp" line="152"/>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::DiffView</name>
    <message>
        <location filename="../ui/dialogs/diffview.cpp" line="49"/>
        <source>The two versions are the same.</source>
        <translation>Die beiden Versionen sind identisch.</translation>
    </message>
</context>
<context>
    <name>Postwright::EditorPane</name>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="36"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="39"/>
        <source>R&amp;eplace…</source>
        <translation>&amp;Ersetzen …</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="40"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="53"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächstes suchen</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="55"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="58"/>
        <source>&amp;Go to Line…</source>
        <translation>Gehe zu &amp;Zeile …</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="58"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
</context>
<context>
    <name>Postwright::Expansion</name>
    <message>
        <location filename="../app/site/templateengine.cpp" line="324"/>
        <source>There is no partial “%1”: the theme needs templates/partials/%1.mustache.</source>
        <translation>Es gibt keine Teilvorlage „%1“: Das Theme benötigt templates/partials/%1.mustache.</translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="329"/>
        <source>Templates include each other in a loop: %1.</source>
        <translation>Vorlagen binden sich gegenseitig in einer Schleife ein: %1.</translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="335"/>
        <source>Partials are nested more than %1 levels deep here.</source>
        <translation>Teilvorlagen sind hier tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="362"/>
        <source>The partials included here add up to more than 32 MB.</source>
        <translation>Die hier eingebundenen Teilvorlagen sind zusammen größer als 32 MB.</translation>
    </message>
</context>
<context>
    <name>Postwright::ExternalBuild</name>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="89"/>
        <source>The site folder %1 does not exist.</source>
        <translation>Der Website-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="91"/>
        <source>The build command is empty.</source>
        <translation>Der Erstellungsbefehl ist leer.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="99"/>
        <source>%1 is not installed; install the Debian package %1 (apt-get install %1), or set the site&apos;s build command to the generator you use.</source>
        <translation>%1 ist nicht installiert; installieren Sie das Debian-Paket %1 (apt-get install %1) oder stellen Sie als Erstellungsbefehl der Website den Generator ein, den Sie verwenden.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="102"/>
        <source>The build command &quot;%1&quot; cannot run: %2 is not installed or not on PATH.</source>
        <translation>Der Erstellungsbefehl „%1“ kann nicht ausgeführt werden: %2 ist nicht installiert oder nicht im PATH.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="162"/>
        <source>A build of this site is already running.</source>
        <translation>Für diese Website läuft bereits eine Erstellung.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="246"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="265"/>
        <source>The build was cancelled; run it again to finish.</source>
        <translation>Die Erstellung wurde abgebrochen; führen Sie sie erneut aus, um sie abzuschließen.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="269"/>
        <source>%1 did not finish within %2 seconds and was stopped.</source>
        <translation>%1 wurde nicht innerhalb von %2 Sekunden fertig und wurde beendet.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="274"/>
        <source>%1 crashed.</source>
        <translation>%1 ist abgestürzt.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="280"/>
        <source>%1 failed with exit code %2; see its output.</source>
        <translation>%1 ist mit Rückgabewert %2 fehlgeschlagen; siehe dessen Ausgabe.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuildparsing.cpp" line="188"/>
        <source>%1 could not convert the file.</source>
        <translation>%1 konnte die Datei nicht umwandeln.</translation>
    </message>
</context>
<context>
    <name>Postwright::ExternalBuildSettings</name>
    <message>
        <location filename="../app/site/externalbuildsettings.cpp" line="189"/>
        <source>Install it with “sudo apt install %1”.</source>
        <translation>Installieren Sie es mit „sudo apt install %1“.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuildsettings.cpp" line="241"/>
        <source>%1 is not installed. %2</source>
        <translation>%1 ist nicht installiert. %2</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuildsettings.cpp" line="238"/>
        <source>%1 sets “generator: false” under “build:”.</source>
        <translation>%1 setzt „generator: false“ unter „build:“.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuildsettings.cpp" line="265"/>
        <source>“build:” is written on one line; write its settings on lines of their own below it, or change them by hand.</source>
        <translation>„build:“ steht auf einer Zeile; schreiben Sie seine Einstellungen auf eigene Zeilen darunter, oder ändern Sie sie von Hand.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuildsettings.cpp" line="307"/>
        <source>The build settings could not be written into this file without changing its other settings; change them by hand.</source>
        <translation>Die Erstellungseinstellungen konnten nicht in diese Datei geschrieben werden, ohne ihre anderen Einstellungen zu ändern; ändern Sie sie von Hand.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuildsettings.cpp" line="323"/>
        <source># Postwright&apos;s settings for this site: how it is built and previewed, and where it is
# published. Hugo and Jekyll do not read this file.
</source>
        <translation># Postwrights Einstellungen für diese Website: wie sie erstellt und in der Vorschau angezeigt
# wird und wo sie veröffentlicht wird. Hugo und Jekyll lesen diese Datei nicht.
</translation>
    </message>
</context>
<context>
    <name>Postwright::FindBar</name>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="42"/>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="43"/>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="44"/>
        <source>Whole words</source>
        <translation>Ganze Wörter</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="49"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="52"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="60"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="60"/>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Vorherigen Treffer suchen (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="62"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="62"/>
        <source>Find the next match (Enter)</source>
        <translation>Nächsten Treffer suchen (Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="64"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="66"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="66"/>
        <source>Replace this match and find the next</source>
        <translation>Diesen Treffer ersetzen und den nächsten suchen</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="68"/>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="68"/>
        <source>Replace every match</source>
        <translation>Alle Treffer ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="370"/>
        <source>Replaced 1</source>
        <translation>1 ersetzt</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="370"/>
        <source>Replaced %L1</source>
        <translation>%L1 ersetzt</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="385"/>
        <source>Invalid regular expression</source>
        <translation>Ungültiger regulärer Ausdruck</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="389"/>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="392"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="394"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="396"/>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="396"/>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="398"/>
        <source>%1, wrapped</source>
        <translation>%1, Suche am anderen Ende fortgesetzt</translation>
    </message>
</context>
<context>
    <name>Postwright::FolderTransport</name>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="44"/>
        <source>Cannot create the target folder %1.</source>
        <translation>Der Zielordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="54"/>
        <source>Cannot create the folder for %1.</source>
        <translation>Der Ordner für %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="58"/>
        <location filename="../app/publish/foldertransport.cpp" line="67"/>
        <location filename="../app/publish/foldertransport.cpp" line="108"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="84"/>
        <source>Cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="96"/>
        <source>Cannot delete %1: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>Postwright::FrontMatter</name>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="237"/>
        <source>The front matter that starts on line 1 is never closed: add a line with +++ after it.</source>
        <translation>Das Front Matter, das in Zeile 1 beginnt, wird nie geschlossen: Fügen Sie danach eine Zeile mit +++ hinzu.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="239"/>
        <source>The front matter that starts on line 1 is never closed: add a line with --- after it.</source>
        <translation>Das Front Matter, das in Zeile 1 beginnt, wird nie geschlossen: Fügen Sie danach eine Zeile mit --- hinzu.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="259"/>
        <source>A tab is used for indentation; YAML needs spaces.</source>
        <translation>Zum Einrücken wird ein Tabulator verwendet; YAML benötigt Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="279"/>
        <location filename="../app/blog/frontmatter.cpp" line="295"/>
        <source>Invalid YAML: %1.</source>
        <translation>Ungültiges YAML: %1.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="285"/>
        <source>The front matter should be a list of “key: value” lines.</source>
        <translation>Das Front Matter sollte eine Liste von „Schlüssel: Wert“-Zeilen sein.</translation>
    </message>
</context>
<context>
    <name>Postwright::FrontMatterPanel</name>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="52"/>
        <source>Front Matter</source>
        <translation>Front Matter</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="77"/>
        <source>Show or hide the post&apos;s title, date, status, categories and tags</source>
        <translation>Titel, Datum, Status, Kategorien und Schlagwörter des Beitrags ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="91"/>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="98"/>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="109"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="110"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="111"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="112"/>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="325"/>
        <source>Scheduled: not a draft, dated in the future</source>
        <translation>Geplant: kein Entwurf, Datum in der Zukunft</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="116"/>
        <source>First one places the post, e.g. Design, Backend</source>
        <translation>Die erste bestimmt die Einordnung des Beitrags, z. B. Design, Backend</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="119"/>
        <source>Comma separated</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="124"/>
        <source>One or two sentences for lists and feeds</source>
        <translation>Ein oder zwei Sätze für Übersichten und Feeds</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="134"/>
        <source>Keys this form does not show; edit them in the text, they are kept as they are.</source>
        <translation>Schlüssel, die dieses Formular nicht anzeigt; bearbeiten Sie sie im Text, sie bleiben unverändert erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="139"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="140"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="141"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="142"/>
        <source>&amp;Categories</source>
        <translation>&amp;Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="143"/>
        <source>Ta&amp;gs</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="144"/>
        <source>Su&amp;mmary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="270"/>
        <source>Front matter line %1: %2</source>
        <translation>Front Matter, Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="311"/>
        <source>Other keys: %1</source>
        <translation>Weitere Schlüssel: %1</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="323"/>
        <source>Move to _posts to publish: this draft is in _drafts/ (Post ▸ Publish Draft moves it).</source>
        <translation>Zum Veröffentlichen nach _posts verschieben: Dieser Entwurf liegt in _drafts/ („Beitrag ▸ Entwurf veröffentlichen“ verschiebt ihn).</translation>
    </message>
</context>
<context>
    <name>Postwright::FtpTransport</name>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="81"/>
        <source>%1 “%2” on %3 failed: FTP cannot handle line breaks in file names.</source>
        <translation>%1 „%2“ auf %3 fehlgeschlagen: FTP kann keine Zeilenumbrüche in Dateinamen verarbeiten.</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="157"/>
        <location filename="../app/publish/ftptransport.cpp" line="249"/>
        <source>“%1” on %2</source>
        <comment>a file on a server, %2 in &quot;%1 %2 failed: %3&quot;</comment>
        <translation>„%1“ auf %2</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="159"/>
        <location filename="../app/publish/ftptransport.cpp" line="247"/>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="163"/>
        <source>the server has no space left.</source>
        <translation>Auf dem Server ist kein Speicherplatz mehr frei.</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="167"/>
        <source>the server did not accept the password for “%1”.</source>
        <translation>Der Server hat das Passwort für „%1“ nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="173"/>
        <source>the server&apos;s TLS certificate is not trusted (it may be self-signed, expired or made for another host name). If you trust this server, give its certificate file to Postwright.</source>
        <translation>Dem TLS-Zertifikat des Servers wird nicht vertraut (es ist eventuell selbst signiert, abgelaufen oder für einen anderen Hostnamen ausgestellt). Wenn Sie diesem Server vertrauen, geben Sie Postwright seine Zertifikatsdatei.</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="176"/>
        <source>the server&apos;s TLS certificate is not trusted: it is neither signed by a known authority nor by %1, or it is expired or made for another host name.</source>
        <translation>Dem TLS-Zertifikat des Servers wird nicht vertraut: Es ist weder von einer bekannten Zertifizierungsstelle noch von %1 signiert, oder es ist abgelaufen oder für einen anderen Hostnamen ausgestellt.</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="181"/>
        <source>the certificate file %1 cannot be read.</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="184"/>
        <source>the server does not offer TLS, so Postwright did not send the password. Use an ftp target if an unencrypted connection is acceptable.</source>
        <translation>Der Server bietet kein TLS an, daher hat Postwright das Passwort nicht gesendet. Verwenden Sie ein ftp-Ziel, wenn eine unverschlüsselte Verbindung akzeptabel ist.</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="189"/>
        <location filename="../app/publish/ftptransport.cpp" line="194"/>
        <source>the connection failed or was lost.</source>
        <translation>Die Verbindung ist fehlgeschlagen oder wurde unterbrochen.</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="197"/>
        <source>the server is busy or shutting down.</source>
        <translation>Der Server ist ausgelastet oder wird heruntergefahren.</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="209"/>
        <source>Connecting to</source>
        <translation>Verbindung mit</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="214"/>
        <location filename="../app/publish/ftptransport.cpp" line="240"/>
        <location filename="../app/publish/ftptransport.cpp" line="248"/>
        <source>Uploading</source>
        <translation>Hochladen von</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="219"/>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="251"/>
        <source>the server could not write the file, most likely because it has no space left (or the account is over its quota).</source>
        <translation>Der Server konnte die Datei nicht schreiben, höchstwahrscheinlich weil kein Speicherplatz mehr frei ist (oder das Konto sein Kontingent überschritten hat).</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="272"/>
        <location filename="../app/publish/ftptransport.cpp" line="283"/>
        <source>Removing</source>
        <translation>Entfernen von</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="293"/>
        <location filename="../app/publish/ftptransport.cpp" line="300"/>
        <source>Reading</source>
        <translation>Lesen von</translation>
    </message>
</context>
<context>
    <name>Postwright::GhostApi</name>
    <message>
        <location filename="../app/publish/blogapis.cpp" line="180"/>
        <source>Ghost at %1</source>
        <translation>Ghost unter %1</translation>
    </message>
</context>
<context>
    <name>Postwright::GhostClient</name>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="135"/>
        <source>The stored Ghost Admin API key has the wrong shape (it should be an ID, a colon and a hexadecimal secret). Copy the Admin API key of a custom integration from Ghost Admin (Settings, Integrations) and store it again.</source>
        <translation>Der gespeicherte Admin-API-Schlüssel für Ghost hat das falsche Format (erwartet werden eine ID, ein Doppelpunkt und ein hexadezimaler Geheimschlüssel). Kopieren Sie den Admin-API-Schlüssel einer benutzerdefinierten Integration aus Ghost Admin (Settings, Integrations) und speichern Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="158"/>
        <source>Ghost at %1 refused the Admin API key (HTTP %2: %3). Copy the Admin API key of a custom integration from Ghost Admin (Settings, Integrations) and store it for this target.</source>
        <translation>Ghost unter %1 hat den Admin-API-Schlüssel abgelehnt (HTTP %2: %3). Kopieren Sie den Admin-API-Schlüssel einer benutzerdefinierten Integration aus Ghost Admin (Settings, Integrations) und speichern Sie ihn für dieses Ziel.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="165"/>
        <source>Cannot reach Ghost at %1 for %2: %3. Publish again later.</source>
        <translation>Ghost unter %1 ist für %2 nicht erreichbar: %3. Veröffentlichen Sie später erneut.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="169"/>
        <source>Ghost at %1 could not take %2 (HTTP %3: %4). Publish again later.</source>
        <translation>Ghost unter %1 konnte %2 nicht annehmen (HTTP %3: %4). Veröffentlichen Sie später erneut.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="176"/>
        <source>%1 was changed in Ghost after Postwright last read it, so Ghost refused to overwrite it. Look at the changes in Ghost Admin, then publish again to replace them.</source>
        <translation>In Ghost wurde %1 geändert, nachdem Postwright den Stand zuletzt gelesen hat, daher hat Ghost das Überschreiben abgelehnt. Sehen Sie sich die Änderungen in Ghost Admin an und veröffentlichen Sie dann erneut, um sie zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="180"/>
        <source>Ghost at %1 refused %2 (HTTP %3): %4</source>
        <translation>Ghost unter %1 hat %2 abgelehnt (HTTP %3): %4</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="195"/>
        <source>Ghost&apos;s answer to %1 is not a post (%2). Check that the target&apos;s URL is the Ghost site&apos;s address.</source>
        <translation>Die Antwort von Ghost auf %1 ist kein Beitrag (%2). Prüfen Sie, ob die URL des Ziels die Adresse der Ghost-Website ist.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="198"/>
        <location filename="../app/publish/ghostclient.cpp" line="303"/>
        <location filename="../app/publish/ghostclient.cpp" line="346"/>
        <source>malformed JSON: %1</source>
        <translation>fehlerhaftes JSON: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="199"/>
        <source>no post in it</source>
        <translation>kein Beitrag enthalten</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="212"/>
        <source>the new post “%1”</source>
        <translation>den neuen Beitrag „%1“</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="226"/>
        <source>the post “%1”</source>
        <translation>den Beitrag „%1“</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="230"/>
        <source>Cannot update %1 in Ghost without its ID and the time of its last change.</source>
        <translation>Ohne seine ID und den Zeitpunkt der letzten Änderung kann Postwright %1 in Ghost nicht aktualisieren.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="269"/>
        <source>the post with the ID “%1”</source>
        <translation>den Beitrag mit der ID „%1“</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="275"/>
        <source>the post with the slug “%1”</source>
        <translation>den Beitrag mit dem Slug „%1“</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="285"/>
        <source>the list of posts (page %1)</source>
        <translation>die Liste der Beiträge (Seite %1)</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="300"/>
        <source>Ghost&apos;s answer to %1 is not a list of posts (%2). Check that the target&apos;s URL is the Ghost site&apos;s address.</source>
        <translation>Die Antwort von Ghost auf %1 ist keine Liste von Beiträgen (%2). Prüfen Sie, ob die URL des Ziels die Adresse der Ghost-Website ist.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="304"/>
        <source>no posts in it</source>
        <translation>keine Beiträge enthalten</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="309"/>
        <source>Ghost&apos;s answer to %1 holds a post without an ID.</source>
        <translation>Die Antwort von Ghost auf %1 enthält einen Beitrag ohne ID.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="326"/>
        <source>the image “%1”</source>
        <translation>das Bild „%1“</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="344"/>
        <source>Ghost&apos;s answer to %1 names no URL for it (%2).</source>
        <translation>Die Antwort von Ghost auf %1 nennt keine URL dafür (%2).</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="347"/>
        <source>no image in it</source>
        <translation>kein Bild enthalten</translation>
    </message>
</context>
<context>
    <name>Postwright::GitRemote</name>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="157"/>
        <source>branch “%1” of %2</source>
        <translation>Branch „%1“ von %2</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="192"/>
        <source>%1 %2 failed: “%3” is not an address git can use (%4).</source>
        <translation>%1 %2 fehlgeschlagen: „%3“ ist keine Adresse, die git verwenden kann (%4).</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="202"/>
        <source>Fetching</source>
        <translation>Abrufen von</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="235"/>
        <source>Pushing to</source>
        <translation>Push nach</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="257"/>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="260"/>
        <source>the branch changed on the server since Postwright read it (someone else published, or pushed to it). Nothing was published; publish again.</source>
        <translation>Der Branch hat sich auf dem Server geändert, seit Postwright ihn gelesen hat (jemand anderes hat veröffentlicht oder dorthin gepusht). Es wurde nichts veröffentlicht; veröffentlichen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="264"/>
        <source>the server did not accept the key %1 for “%2” (or its passphrase is wrong).</source>
        <translation>Der Server hat den Schlüssel %1 für „%2“ nicht akzeptiert (oder seine Passphrase ist falsch).</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="266"/>
        <source>the server did not accept the token or password for “%1”. Check that it is right, has not expired, and may write to the repository.</source>
        <translation>Der Server hat das Token oder Passwort für „%1“ nicht akzeptiert. Prüfen Sie, ob es stimmt, nicht abgelaufen ist und Schreibzugriff auf das Repository hat.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="272"/>
        <source>the host key of %1 has changed since it was trusted. The server may have been reinstalled, or someone may be intercepting the connection, so Postwright refused to connect. If the change is expected, remove the old key for %1 from %2.</source>
        <translation>Der Host-Schlüssel von %1 hat sich geändert, seit ihm vertraut wurde. Der Server wurde vielleicht neu installiert, oder jemand fängt die Verbindung ab, daher hat Postwright die Verbindung verweigert. Falls die Änderung erwartet ist, entfernen Sie den alten Schlüssel für %1 aus %2.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="277"/>
        <source>%1 is not a known host and its key was not accepted.</source>
        <translation>%1 ist kein bekannter Host, und sein Schlüssel wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="280"/>
        <source>the server&apos;s host key could not be read.</source>
        <translation>Der Host-Schlüssel des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="286"/>
        <source>the server asks for an SSH key, and the target names no key_file.</source>
        <translation>Der Server verlangt einen SSH-Schlüssel, aber das Ziel nennt keine key_file.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="288"/>
        <source>the server asks for a login, and no token or password was given.</source>
        <translation>Der Server verlangt eine Anmeldung, aber es wurde weder Token noch Passwort angegeben.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="296"/>
        <source>the server refused to update the branch: %1</source>
        <translation>Der Server hat die Aktualisierung des Branches abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="307"/>
        <source>the server&apos;s certificate could not be verified (%1).</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden (%1).</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="317"/>
        <location filename="../app/publish/gitremote.cpp" line="326"/>
        <source>the repository was not found (%1).</source>
        <translation>Das Repository wurde nicht gefunden (%1).</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="320"/>
        <source>the server is busy or failing (%1).</source>
        <translation>Der Server ist ausgelastet oder gestört (%1).</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="330"/>
        <source>the connection failed or was lost (%1).</source>
        <translation>Die Verbindung ist fehlgeschlagen oder wurde unterbrochen (%1).</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="331"/>
        <source>unknown error %1</source>
        <translation>unbekannter Fehler %1</translation>
    </message>
</context>
<context>
    <name>Postwright::GitStage</name>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="38"/>
        <source>“%1” is not a valid branch name.</source>
        <translation>„%1“ ist kein gültiger Branch-Name.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="43"/>
        <source>the path “%1” leaves the branch.</source>
        <translation>Der Pfad „%1“ führt aus dem Branch hinaus.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="46"/>
        <source>the path “%1” is not allowed in git.</source>
        <translation>Der Pfad „%1“ ist in git nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="65"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="74"/>
        <source>Publishing to %1 failed: the branch was not fetched first.</source>
        <translation>Veröffentlichen auf %1 fehlgeschlagen: Der Branch wurde nicht zuerst abgerufen.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="100"/>
        <source>Cannot prepare the local copy of the branch in %1</source>
        <translation>Die lokale Kopie des Branches in %1 kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="111"/>
        <source>Publishing to %1 failed: %2</source>
        <translation>Veröffentlichen auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="125"/>
        <source>The branch on %1 does not end in a commit</source>
        <translation>Der Branch auf %1 endet nicht mit einem Commit</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="146"/>
        <location filename="../app/publish/gitstage.cpp" line="176"/>
        <location filename="../app/publish/gitstage.cpp" line="179"/>
        <location filename="../app/publish/gitstage.cpp" line="186"/>
        <location filename="../app/publish/gitstage.cpp" line="195"/>
        <source>Cannot read “%1”</source>
        <translation>„%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="279"/>
        <source>Publish: 1 file changed</source>
        <translation>Veröffentlichung: 1 Datei geändert</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="280"/>
        <source>Publish: %1 files changed</source>
        <translation>Veröffentlichung: %1 Dateien geändert</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="283"/>
        <source>Publish: 1 file removed</source>
        <translation>Veröffentlichung: 1 Datei entfernt</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="284"/>
        <source>Publish: %1 files removed</source>
        <translation>Veröffentlichung: %1 Dateien entfernt</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="286"/>
        <source>, %1 removed</source>
        <translation>, %1 entfernt</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="289"/>
        <source>Publish: no file changed</source>
        <translation>Veröffentlichung: keine Datei geändert</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="298"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="311"/>
        <source>Cannot make the commit for %1</source>
        <translation>Der Commit für %1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>Postwright::GoToLineDialog</name>
    <message>
        <location filename="../ui/editor/gotolinedialog.cpp" line="17"/>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <location filename="../ui/editor/gotolinedialog.cpp" line="18"/>
        <source>&amp;Line (1–%1), optionally followed by :column:</source>
        <translation>&amp;Zeile (1–%1), optional gefolgt von :Spalte:</translation>
    </message>
    <message>
        <location filename="../ui/editor/gotolinedialog.cpp" line="24"/>
        <source>&amp;Go</source>
        <translation>&amp;Springen</translation>
    </message>
</context>
<context>
    <name>Postwright::HostKeyDialog</name>
    <message>
        <location filename="../ui/publish/hostkeydialog.cpp" line="15"/>
        <source>Unknown Server</source>
        <translation>Unbekannter Server</translation>
    </message>
    <message>
        <location filename="../ui/publish/hostkeydialog.cpp" line="18"/>
        <source>&lt;b&gt;Postwright has not connected to %1 before.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Postwright war noch nie mit %1 verbunden.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/publish/hostkeydialog.cpp" line="20"/>
        <source>Check that this is the fingerprint of the server&apos;s key before you trust it. Your hosting provider lists it, or run &lt;tt&gt;ssh-keygen -lf&lt;/tt&gt; on the server&apos;s host key. Postwright will remember the key and refuse to connect if it ever changes.</source>
        <translation>Prüfen Sie, ob dies der Fingerabdruck des Serverschlüssels ist, bevor Sie ihm vertrauen. Ihr Hosting-Anbieter nennt ihn, oder führen Sie &lt;tt&gt;ssh-keygen -lf&lt;/tt&gt; mit dem Host-Schlüssel auf dem Server aus. Postwright merkt sich den Schlüssel und verweigert die Verbindung, falls er sich jemals ändert.</translation>
    </message>
    <message>
        <location filename="../ui/publish/hostkeydialog.cpp" line="32"/>
        <source>Trust and Connect</source>
        <translation>Vertrauen und verbinden</translation>
    </message>
</context>
<context>
    <name>Postwright::ImageInserter</name>
    <message>
        <location filename="../ui/editor/imageinserter.cpp" line="69"/>
        <source>Images go into a post&apos;s folder, and no post is open.</source>
        <translation>Bilder kommen in den Ordner eines Beitrags, und es ist kein Beitrag geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/editor/imageinserter.cpp" line="74"/>
        <source>The post could not get a folder for its images.</source>
        <translation>Für die Bilder des Beitrags konnte kein Ordner angelegt werden.</translation>
    </message>
    <message>
        <location filename="../ui/editor/imageinserter.cpp" line="96"/>
        <source>The image could not be added to the post.</source>
        <translation>Das Bild konnte dem Beitrag nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../ui/editor/imageinserter.cpp" line="148"/>
        <source>Could Not Add Image</source>
        <translation>Bild konnte nicht hinzugefügt werden</translation>
    </message>
</context>
<context>
    <name>Postwright::Importer</name>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="178"/>
        <source>This folder is neither a Postwright blog (it has no blog.yaml) nor empty. Import into a blog, or into a new or empty folder to make one.</source>
        <translation>Dieser Ordner ist weder ein Postwright-Blog (er enthält keine blog.yaml) noch leer. Importieren Sie in ein Blog oder in einen neuen oder leeren Ordner, um eines anzulegen.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="230"/>
        <source>Skipped %1 item(s) of type “%2”: only posts, pages and their images are imported.</source>
        <translation>%1 Element(e) vom Typ „%2“ übersprungen: Importiert werden nur Beiträge, Seiten und ihre Bilder.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="236"/>
        <source>pandoc is not installed, so the posts keep their HTML, which the blog shows only with “markdown: raw_html: true” in blog.yaml. Install pandoc and import again into a new folder to get Markdown.</source>
        <translation>pandoc ist nicht installiert, daher behalten die Beiträge ihr HTML, das das Blog nur mit „markdown: raw_html: true“ in blog.yaml anzeigt. Installieren Sie pandoc und importieren Sie erneut in einen neuen Ordner, um Markdown zu erhalten.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="265"/>
        <source>“%1” links to %2, which is not in the export&apos;s folder (looked for uploads/%2 and wp-content/uploads/%2): the link stays on the old site.</source>
        <translation>„%1“ verweist auf %2, das nicht im Ordner des Exports liegt (gesucht wurde nach uploads/%2 und wp-content/uploads/%2): Der Link zeigt weiterhin auf die alte Website.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="347"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="353"/>
        <source>Skipped “%1”: it is in WordPress&apos;s trash.</source>
        <translation>„%1“ übersprungen: Das Element liegt im Papierkorb von WordPress.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="354"/>
        <source>Skipped “%1”: it is an automatic draft WordPress kept.</source>
        <translation>„%1“ übersprungen: Es ist ein automatischer Entwurf, den WordPress angelegt hat.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="364"/>
        <source>Skipped “%1”: %2 already exists.</source>
        <translation>„%1“ übersprungen: %2 existiert bereits.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="397"/>
        <source>“%1”: %2 already exists with other content and was left alone; the page links to the old site instead.</source>
        <translation>„%1“: %2 existiert bereits mit anderem Inhalt und wurde nicht verändert; die Seite verweist stattdessen auf die alte Website.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="473"/>
        <source>The post&apos;s folder could not be created.</source>
        <translation>Der Ordner des Beitrags konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>Postwright::LibraryVersions</name>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="78"/>
        <source>SFTP and FTP publishing</source>
        <translation>Veröffentlichen per SFTP und FTP</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="81"/>
        <location filename="../app/util/libraryversions.cpp" line="85"/>
        <source>SSH for SFTP publishing (through libcurl)</source>
        <translation>SSH für das Veröffentlichen per SFTP (über libcurl)</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="94"/>
        <location filename="../app/util/libraryversions.cpp" line="98"/>
        <source>Encrypted connections (through libcurl)</source>
        <translation>Verschlüsselte Verbindungen (über libcurl)</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="111"/>
        <source>Math in the preview and the built site</source>
        <translation>Mathematik in der Vorschau und auf der erstellten Website</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="124"/>
        <source>Code highlighting in the preview and the built site</source>
        <translation>Syntaxhervorhebung in der Vorschau und auf der erstellten Website</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="135"/>
        <source>Application framework</source>
        <translation>Anwendungs-Framework</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="137"/>
        <source>Markdown to HTML, with GitHub&apos;s extensions</source>
        <translation>Markdown zu HTML, mit den Erweiterungen von GitHub</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="140"/>
        <source>Front matter and blog settings in YAML</source>
        <translation>Front Matter und Blog-Einstellungen in YAML</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="144"/>
        <source>Hugo&apos;s TOML configuration and front matter</source>
        <translation>Hugos TOML-Konfiguration und Front Matter</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="147"/>
        <source>The built-in theme&apos;s templates</source>
        <translation>Die Vorlagen des eingebauten Themes</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="150"/>
        <source>Reading HTML: the sanitiser and imported posts</source>
        <translation>HTML lesen: der Bereiniger und importierte Beiträge</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="153"/>
        <source>Comparing two versions of a post</source>
        <translation>Zwei Versionen eines Beitrags vergleichen</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="157"/>
        <source>Spell checking</source>
        <translation>Rechtschreibprüfung</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="159"/>
        <source>Publishing to git branches</source>
        <translation>Veröffentlichen auf git-Branches</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="163"/>
        <source>Zip archives of the built site</source>
        <translation>Zip-Archive der erstellten Website</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="165"/>
        <source>Passwords in the system keychain</source>
        <translation>Passwörter im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="175"/>
        <source>version unknown</source>
        <translation>Version unbekannt</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="177"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
</context>
<context>
    <name>Postwright::LinkCheck</name>
    <message>
        <location filename="../app/site/linkcheck.cpp" line="266"/>
        <source>The image %1 is not a file of the site.</source>
        <translation>Das Bild %1 ist keine Datei der Website.</translation>
    </message>
    <message>
        <location filename="../app/site/linkcheck.cpp" line="267"/>
        <source>The link %1 leads to no page or file of the site.</source>
        <translation>Der Link %1 führt zu keiner Seite und keiner Datei der Website.</translation>
    </message>
    <message>
        <location filename="../app/site/linkcheck.cpp" line="291"/>
        <source>The image %1 does not exist (no file %2).</source>
        <translation>Das Bild %1 existiert nicht (keine Datei %2).</translation>
    </message>
    <message>
        <location filename="../app/site/linkcheck.cpp" line="293"/>
        <source>The link %1 leads to no post or page (no file %2).</source>
        <translation>Der Link %1 führt zu keinem Beitrag und keiner Seite (keine Datei %2).</translation>
    </message>
    <message>
        <location filename="../app/site/linkcheck.cpp" line="295"/>
        <source>The link %1 leads to no page or file (no file %2).</source>
        <translation>Der Link %1 führt zu keiner Seite und keiner Datei (keine Datei %2).</translation>
    </message>
</context>
<context>
    <name>Postwright::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="40"/>
        <source>&amp;New Blog…</source>
        <translation>&amp;Neues Blog …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="40"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="41"/>
        <source>Create a blog, open a Hugo or Jekyll site, or import a WordPress export</source>
        <translation>Ein Blog anlegen, eine Hugo- oder Jekyll-Website öffnen oder einen WordPress-Export importieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="43"/>
        <source>&amp;Open Blog…</source>
        <translation>Blog ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="45"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="47"/>
        <source>&amp;Close Post</source>
        <translation>Beitrag s&amp;chließen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="49"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="53"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="54"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="55"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="56"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="57"/>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="58"/>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="59"/>
        <source>Pre&amp;ferences…</source>
        <translation>Einste&amp;llungen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="61"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="63"/>
        <source>Editor font, autosave, spelling, preview, publish target, theme and language</source>
        <translation>Editor-Schrift, automatisches Speichern, Rechtschreibung, Vorschau, Veröffentlichungsziel, Design und Sprache</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="66"/>
        <source>&amp;Post List</source>
        <translation>&amp;Beitragsliste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="66"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="69"/>
        <source>&amp;Outline</source>
        <translation>&amp;Gliederung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="69"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="72"/>
        <source>Show the post&apos;s headings; click one to go there</source>
        <translation>Die Überschriften des Beitrags anzeigen; klicken Sie auf eine, um dorthin zu springen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="73"/>
        <source>P&amp;review</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="73"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="77"/>
        <source>&amp;Synchronize Scrolling</source>
        <translation>Bildlauf &amp;synchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="80"/>
        <source>Keep the preview at the part of the post you are editing, and the other way round</source>
        <translation>Die Vorschau an der Stelle des Beitrags halten, die Sie gerade bearbeiten, und umgekehrt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="82"/>
        <source>Show &amp;Web Images in Preview</source>
        <translation>&amp;Webbilder in der Vorschau anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="85"/>
        <source>Load images that posts link from the web; off, the preview shows their addresses and contacts no server</source>
        <translation>Bilder laden, die Beiträge aus dem Web einbinden; wenn deaktiviert, zeigt die Vorschau nur ihre Adressen und kontaktiert keinen Server</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="89"/>
        <source>Preview in the Site&apos;s &amp;Style</source>
        <translation>Vorschau im Stil der Webs&amp;ite</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="93"/>
        <source>&amp;Next Open Post</source>
        <translation>&amp;Nächster geöffneter Beitrag</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="95"/>
        <source>P&amp;revious Open Post</source>
        <translation>Vo&amp;rheriger geöffneter Beitrag</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="98"/>
        <source>&amp;Focus Mode</source>
        <translation>&amp;Fokusmodus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="100"/>
        <source>Only the text, full screen; Esc or F11 to come back</source>
        <translation>Nur der Text, im Vollbild; mit Esc oder F11 zurück</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="105"/>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="105"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="105"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="115"/>
        <source>&amp;Build Site</source>
        <translation>Website &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="115"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="116"/>
        <source>Build the blog&apos;s static site into its public/ folder, rewriting only what changed</source>
        <translation>Die statische Website des Blogs im Ordner public/ erstellen und dabei nur Geändertes neu schreiben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="118"/>
        <source>Build &amp;Settings…</source>
        <translation>Er&amp;stellungseinstellungen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="120"/>
        <source>Whether a Hugo or Jekyll site is built by its own generator, and with which command</source>
        <translation>Ob eine Hugo- oder Jekyll-Website mit ihrem eigenen Generator erstellt wird, und mit welchem Befehl</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="122"/>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="122"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="123"/>
        <source>Build the site and send what changed to the blog&apos;s default publish target</source>
        <translation>Die Website erstellen und die Änderungen an das Standard-Veröffentlichungsziel des Blogs senden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="124"/>
        <source>Publish the blog to its default target (%1)</source>
        <translation>Das Blog auf seinem Standardziel veröffentlichen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="128"/>
        <source>Publish Tar&amp;gets…</source>
        <translation>Veröffentlichungs&amp;ziele …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="129"/>
        <source>The places this blog publishes to, their passwords and a connection test</source>
        <translation>Die Orte, an denen dieses Blog veröffentlicht wird, ihre Passwörter und ein Verbindungstest</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="131"/>
        <source>&amp;Import Posts from Blog…</source>
        <translation>Beiträge aus Blog &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="132"/>
        <source>Copy the posts of a WordPress or Ghost blog into this blog as Markdown</source>
        <translation>Die Beiträge eines WordPress- oder Ghost-Blogs als Markdown in dieses Blog kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="145"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="154"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="171"/>
        <source>F&amp;ormat</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="174"/>
        <source>&amp;Post</source>
        <translation>Bei&amp;trag</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="181"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="197"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="202"/>
        <source>&amp;Site</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="213"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="248"/>
        <source>Building %p%</source>
        <translation>Erstellung: %p%</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="175"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="339"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="377"/>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="45"/>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="98"/>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="121"/>
        <source>Could Not Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="165"/>
        <source>Reloaded: another program changed the file.</source>
        <translation>Neu geladen: Ein anderes Programm hat die Datei geändert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="168"/>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="111"/>
        <source>Autosave failed: %1 — your text is kept in the recovery journal.</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1 – Ihr Text bleibt im Wiederherstellungsjournal erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="171"/>
        <source>Could not write the recovery journal: %1</source>
        <translation>Das Wiederherstellungsjournal konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="175"/>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="98"/>
        <source>Your text could not be saved. It is still in the editor.</source>
        <translation>Ihr Text konnte nicht gespeichert werden. Er ist noch im Editor.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="339"/>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="45"/>
        <source>The open post could not be saved, so it stays open.</source>
        <translation>Der geöffnete Beitrag konnte nicht gespeichert werden und bleibt daher geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="349"/>
        <source>Could Not Open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="349"/>
        <source>The post could not be read.</source>
        <translation>Der Beitrag konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="361"/>
        <source>Write your post in Markdown…</source>
        <translation>Schreiben Sie Ihren Beitrag in Markdown …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="377"/>
        <source>The post could not be saved. Your text is still in the editor.</source>
        <translation>Der Beitrag konnte nicht gespeichert werden. Ihr Text ist noch im Editor.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="414"/>
        <source>Choose a post from the list.</source>
        <translation>Wählen Sie einen Beitrag aus der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="488"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="504"/>
        <source>1 word</source>
        <translation>1 Wort</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="488"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="504"/>
        <source>%L1 words</source>
        <translation>%L1 Wörter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="489"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="505"/>
        <source>1 character</source>
        <translation>1 Zeichen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="489"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="505"/>
        <source>%L1 characters</source>
        <translation>%L1 Zeichen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="490"/>
        <source>%1 · %2 · %3 min read</source>
        <translation>%1 · %2 · %3 Min. Lesezeit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="503"/>
        <source>Selection: %1, %2 — Post: %3</source>
        <translation>Auswahl: %1, %2 – Beitrag: %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="513"/>
        <source>Postwright</source>
        <translation>Postwright</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="513"/>
        <source>%1 — Postwright</source>
        <translation>%1 – Postwright</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="516"/>
        <source>%1[*] — %2 — Postwright</source>
        <translation>%1[*] – %2 – Postwright</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="224"/>
        <source>Open Blog</source>
        <translation>Blog öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="228"/>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="267"/>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="103"/>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="124"/>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="128"/>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="139"/>
        <source>Could Not Open Blog</source>
        <translation>Blog konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="228"/>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="267"/>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="103"/>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="128"/>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="140"/>
        <source>This folder could not be opened as a blog.</source>
        <translation>Dieser Ordner konnte nicht als Blog geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowbuild.cpp" line="56"/>
        <source>Postwright’s theme</source>
        <translation>Postwrights Theme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowbuild.cpp" line="76"/>
        <source>Building the site…</source>
        <translation>Website wird erstellt …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowbuild.cpp" line="106"/>
        <source>Could not open %1.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowbuild.cpp" line="112"/>
        <source>Open a blog to see how it is built.</source>
        <translation>Öffnen Sie ein Blog, um zu sehen, wie es erstellt wird.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="54"/>
        <source>Could Not Restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="54"/>
        <source>The recovered text could not be opened.</source>
        <translation>Der wiederhergestellte Text konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="58"/>
        <source>Recovered text restored. It is saved like any edit; Undo shows the file&apos;s own text.</source>
        <translation>Wiederhergestellter Text übernommen. Er wird wie jede Bearbeitung gespeichert; „Rückgängig“ zeigt den eigenen Text der Datei.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="78"/>
        <source>Compare Versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="79"/>
        <source>Lines marked − are in the version on disk, lines marked + in yours.</source>
        <translation>Mit − markierte Zeilen stehen in der Version auf dem Datenträger, mit + markierte in Ihrer.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="83"/>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="85"/>
        <source>Take Theirs</source>
        <translation>Andere übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="122"/>
        <source>The open post could not be saved. Quit anyway and lose the changes?</source>
        <translation>Der geöffnete Beitrag konnte nicht gespeichert werden. Trotzdem beenden und die Änderungen verlieren?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowposts.cpp" line="64"/>
        <source>Your personal dictionary could not be read: %1</source>
        <translation>Ihr persönliches Wörterbuch konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowposts.cpp" line="71"/>
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowposts.cpp" line="112"/>
        <source>Open a post before adding images.</source>
        <translation>Öffnen Sie einen Beitrag, bevor Sie Bilder hinzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="36"/>
        <source>This blog has no publish targets yet. Add one to blog.yaml under publish:.</source>
        <translation>Dieses Blog hat noch keine Veröffentlichungsziele. Fügen Sie eines in blog.yaml unter publish: hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="49"/>
        <source>Publish &amp;To</source>
        <translation>Veröffentlichen &amp;auf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="56"/>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="90"/>
        <source>Open a blog to publish it.</source>
        <translation>Öffnen Sie ein Blog, um es zu veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="94"/>
        <source>The site is being built; publish when the build is done.</source>
        <translation>Die Website wird gerade erstellt; veröffentlichen Sie, wenn die Erstellung abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="121"/>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="124"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="122"/>
        <source>Publish to:</source>
        <translation>Veröffentlichen auf:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="132"/>
        <source>Open a blog to see its publish targets.</source>
        <translation>Öffnen Sie ein Blog, um seine Veröffentlichungsziele zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="148"/>
        <source>blog.yaml’s publish section has a problem</source>
        <translation>Der Abschnitt „publish“ in blog.yaml enthält einen Fehler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="150"/>
        <source>No publish targets yet</source>
        <translation>Noch keine Veröffentlichungsziele</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="154"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="176"/>
        <source>Open a blog to import posts into it.</source>
        <translation>Öffnen Sie ein Blog, um Beiträge hinein zu importieren.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="64"/>
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="66"/>
        <source>Open a blog or site, create one, import from WordPress or explore the sample blog</source>
        <translation>Ein Blog oder eine Website öffnen, eines anlegen, aus WordPress importieren oder das Beispiel-Blog erkunden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="69"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="72"/>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="75"/>
        <source>Every command that has a keyboard shortcut, with a filter</source>
        <translation>Jeder Befehl, der ein Tastenkürzel hat, mit einem Filter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="78"/>
        <source>&amp;About Postwright</source>
        <translation>&amp;Über Postwright</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="80"/>
        <source>Postwright&apos;s version, licence and the libraries it is built on</source>
        <translation>Die Version und Lizenz von Postwright und die Bibliotheken, auf denen es aufbaut</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="82"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="124"/>
        <source>The sample blog could not be created.</source>
        <translation>Das Beispiel-Blog konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowview.cpp" line="190"/>
        <source>No stylesheets of the site were found, so the preview uses the built-in theme. Build the site, or name them in %1 (preview: css:).</source>
        <translation>Es wurden keine Stylesheets der Website gefunden, daher verwendet die Vorschau das eingebaute Theme. Erstellen Sie die Website, oder nennen Sie sie in %1 (preview: css:).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowview.cpp" line="201"/>
        <source>Show posts with the site&apos;s own stylesheets instead of the built-in theme: %1 (from %2)</source>
        <translation>Beiträge mit den eigenen Stylesheets der Website statt mit dem eingebauten Theme anzeigen: %1 (aus %2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowview.cpp" line="207"/>
        <source>The preview settings could not be read: %1</source>
        <translation>Die Vorschau-Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::MarkdownEditor</name>
    <message>
        <location filename="../ui/editor/markdowneditor.cpp" line="56"/>
        <source>Write your post in Markdown…</source>
        <translation>Schreiben Sie Ihren Beitrag in Markdown …</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="54"/>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="56"/>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="58"/>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="58"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="60"/>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="60"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="67"/>
        <source>I&amp;ndent</source>
        <translation>&amp;Einrücken</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="67"/>
        <source>Ctrl+]</source>
        <translation>Ctrl+]</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="69"/>
        <source>&amp;Outdent</source>
        <translation>Einrückung &amp;verringern</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="69"/>
        <source>Ctrl+[</source>
        <translation>Ctrl+[</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="74"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="75"/>
        <source>Zoom &amp;In</source>
        <translation>V&amp;ergrößern</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="78"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="80"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="80"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
</context>
<context>
    <name>Postwright::MetaWeblogApi</name>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="84"/>
        <source>XML-RPC blog at %1</source>
        <translation>XML-RPC-Blog unter %1</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="107"/>
        <source>The XML-RPC blog at %1 answered something that is not XML-RPC when asked for %2 (%3). Check that the target&apos;s address is the blog&apos;s XML-RPC endpoint (for WordPress, the site&apos;s address followed by /xmlrpc.php).</source>
        <translation>Das XML-RPC-Blog unter %1 hat mit etwas geantwortet, das kein XML-RPC ist, als Postwright %2 angefordert hat (%3). Prüfen Sie, ob die Adresse des Ziels der XML-RPC-Endpunkt des Blogs ist (bei WordPress die Adresse der Website, gefolgt von /xmlrpc.php).</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="121"/>
        <source>The XML-RPC blog at %1 refused the password for %2 (%3). Check the user name and the password stored for this target (WordPress also takes an application password here).</source>
        <translation>Das XML-RPC-Blog unter %1 hat das Passwort für %2 abgelehnt (%3). Prüfen Sie den Benutzernamen und das für dieses Ziel gespeicherte Passwort (WordPress akzeptiert hier auch ein Anwendungspasswort).</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="127"/>
        <source>The XML-RPC blog at %1 does not offer %2, which Postwright needs for %3 (%4).</source>
        <translation>Das XML-RPC-Blog unter %1 bietet %2 nicht an, was Postwright für %3 benötigt (%4).</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="130"/>
        <source>The XML-RPC blog at %1 refused %2: %3 (fault %4).</source>
        <translation>Das XML-RPC-Blog unter %1 hat %2 abgelehnt: %3 (Fehler %4).</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="159"/>
        <source>Cannot reach the XML-RPC blog at %1 for %2: %3. Publish again later.</source>
        <translation>Das XML-RPC-Blog unter %1 ist für %2 nicht erreichbar: %3. Veröffentlichen Sie später erneut.</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="167"/>
        <source>The XML-RPC blog at %1 could not take %2 (HTTP %3%4). Publish again later.</source>
        <translation>Das XML-RPC-Blog unter %1 konnte %2 nicht annehmen (HTTP %3%4). Veröffentlichen Sie später erneut.</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="173"/>
        <source>The XML-RPC blog at %1 sent %2 elsewhere (%3). Postwright does not follow: set the target&apos;s address to where the endpoint now is.</source>
        <translation>Das XML-RPC-Blog unter %1 hat %2 an eine andere Adresse umgeleitet (%3). Postwright folgt dem nicht: Stellen Sie als Adresse des Ziels den neuen Ort des Endpunkts ein.</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="180"/>
        <source>The XML-RPC blog at %1 asks for a login before XML-RPC (HTTP 401). Postwright logs in with XML-RPC&apos;s own user name and password only.</source>
        <translation>Das XML-RPC-Blog unter %1 verlangt eine Anmeldung vor XML-RPC (HTTP 401). Postwright meldet sich nur mit dem Benutzernamen und Passwort von XML-RPC selbst an.</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="187"/>
        <source>The XML-RPC blog at %1 refused access to its XML-RPC endpoint (HTTP 403). Some hosts and security plugins block xmlrpc.php: allow it there, or use the WordPress REST API instead.</source>
        <translation>Das XML-RPC-Blog unter %1 hat den Zugriff auf seinen XML-RPC-Endpunkt verweigert (HTTP 403). Manche Hoster und Sicherheits-Plugins blockieren xmlrpc.php: Erlauben Sie es dort oder verwenden Sie stattdessen die WordPress-REST-API.</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="195"/>
        <source>There is no XML-RPC endpoint at %1 (HTTP %2). For WordPress it is the site&apos;s address followed by /xmlrpc.php.</source>
        <translation>Unter %1 gibt es keinen XML-RPC-Endpunkt (HTTP %2). Bei WordPress ist es die Adresse der Website, gefolgt von /xmlrpc.php.</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="200"/>
        <source>The XML-RPC blog at %1 refused %2 (HTTP %3).</source>
        <translation>Das XML-RPC-Blog unter %1 hat %2 abgelehnt (HTTP %3).</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="219"/>
        <source>the list of your blogs</source>
        <translation>die Liste Ihrer Blogs</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="227"/>
        <source>the newest post</source>
        <translation>den neuesten Beitrag</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="239"/>
        <location filename="../app/publish/metaweblogapi.cpp" line="242"/>
        <source>the list of categories</source>
        <translation>die Liste der Kategorien</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="242"/>
        <source>no list in the answer</source>
        <translation>keine Liste in der Antwort</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="250"/>
        <source>the category “%1”</source>
        <translation>die Kategorie „%1“</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="267"/>
        <source>The XML-RPC blog at %1 has no category “%2” and cannot create one over XML-RPC. Create it on the blog, or take it out of the post.</source>
        <translation>Das XML-RPC-Blog unter %1 hat keine Kategorie „%2“ und kann über XML-RPC keine anlegen. Legen Sie sie im Blog an oder entfernen Sie sie aus dem Beitrag.</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="274"/>
        <source>no id for the new category</source>
        <translation>keine ID für die neue Kategorie</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="320"/>
        <source>the categories of %1</source>
        <translation>die Kategorien von %1</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="368"/>
        <location filename="../app/publish/metaweblogapi.cpp" line="439"/>
        <source>no post in the answer</source>
        <translation>kein Beitrag in der Antwort</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="377"/>
        <location filename="../app/publish/metaweblogapi.cpp" line="405"/>
        <location filename="../app/publish/metaweblogapi.cpp" line="467"/>
        <source>the post “%1”</source>
        <translation>den Beitrag „%1“</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="390"/>
        <source>no post id in the answer</source>
        <translation>keine Beitrags-ID in der Antwort</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="408"/>
        <source>Cannot update %1 on the XML-RPC blog at %2 without its id.</source>
        <translation>Ohne seine ID kann Postwright %1 im XML-RPC-Blog unter %2 nicht aktualisieren.</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="429"/>
        <source>the post with id %1</source>
        <translation>den Beitrag mit der ID %1</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="454"/>
        <source>no list of posts in the answer</source>
        <translation>keine Liste von Beiträgen in der Antwort</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="457"/>
        <source>something else than a post in the list</source>
        <translation>etwas anderes als ein Beitrag in der Liste</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="490"/>
        <source>the file “%1”</source>
        <translation>die Datei „%1“</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="494"/>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="504"/>
        <source>no URL for the file in the answer</source>
        <translation>keine URL für die Datei in der Antwort</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="521"/>
        <source>the list of posts</source>
        <translation>die Liste der Beiträge</translation>
    </message>
</context>
<context>
    <name>Postwright::MetadataReader</name>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="45"/>
        <source>Front matter keys must be plain names.</source>
        <translation>Schlüssel im Front Matter müssen einfache Namen sein.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="49"/>
        <source>The key “%1” appears twice (first on line %2); keep one.</source>
        <translation>Der Schlüssel „%1“ kommt zweimal vor (zuerst in Zeile %2); behalten Sie nur einen.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="100"/>
        <source>“%1” should be text.</source>
        <translation>„%1“ sollte Text sein.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="113"/>
        <source>“%1” should be true or false.</source>
        <translation>„%1“ sollte true oder false sein.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="125"/>
        <source>“%1” should be a date.</source>
        <translation>„%1“ sollte ein Datum sein.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="129"/>
        <source>“%1” is not a date: write it as 2024-05-01 or 2024-05-01T09:30:00+02:00.</source>
        <translation>„%1“ ist kein Datum: Schreiben Sie es als 2024-05-01 oder 2024-05-01T09:30:00+02:00.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="152"/>
        <source>“%1” should be a list, like [one, two].</source>
        <translation>„%1“ sollte eine Liste sein, etwa [eins, zwei].</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="155"/>
        <source>Each entry of “%1” should be text.</source>
        <translation>Jeder Eintrag von „%1“ sollte Text sein.</translation>
    </message>
</context>
<context>
    <name>Postwright::MicropubApi</name>
    <message>
        <location filename="../app/publish/blogapis.cpp" line="344"/>
        <source>Micropub at %1</source>
        <translation>Micropub unter %1</translation>
    </message>
</context>
<context>
    <name>Postwright::MicropubClient</name>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="164"/>
        <source>The Micropub endpoint %1 refused the access token for %2 (HTTP %3: %4). Sign in to the site again with the create, update and media scopes and store the new token for this target.</source>
        <translation>Der Micropub-Endpunkt %1 hat das Zugriffstoken für %2 abgelehnt (HTTP %3: %4). Melden Sie sich mit den Berechtigungen (Scopes) create, update und media erneut bei der Website an und speichern Sie das neue Token für dieses Ziel.</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="173"/>
        <source>Cannot reach %1 for %2: %3. Publish again later.</source>
        <translation>%1 ist für %2 nicht erreichbar: %3. Veröffentlichen Sie später erneut.</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="176"/>
        <source>%1 could not take %2 (HTTP %3: %4). Publish again later.</source>
        <translation>%1 konnte %2 nicht annehmen (HTTP %3: %4). Veröffentlichen Sie später erneut.</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="183"/>
        <source>%1 refused %2 (HTTP %3): %4</source>
        <translation>%1 hat %2 abgelehnt (HTTP %3): %4</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="189"/>
        <source>the site&apos;s home page</source>
        <translation>die Startseite der Website</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="213"/>
        <source>%1 names no Micropub endpoint (no &lt;link rel=&quot;micropub&quot;&gt;). Check the site&apos;s address, or turn on Micropub in the site&apos;s software.</source>
        <translation>%1 nennt keinen Micropub-Endpunkt (kein &lt;link rel=&quot;micropub&quot;&gt;). Prüfen Sie die Adresse der Website oder aktivieren Sie Micropub in der Software der Website.</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="229"/>
        <source>the question for its configuration (q=config)</source>
        <translation>die Abfrage der Konfiguration (q=config)</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="238"/>
        <source>The answer of %1 to %2 is not a JSON object (%3). Check that it is a Micropub endpoint.</source>
        <translation>Die Antwort von %1 auf %2 ist kein JSON-Objekt (%3). Prüfen Sie, ob es ein Micropub-Endpunkt ist.</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="242"/>
        <source>malformed JSON: %1</source>
        <translation>fehlerhaftes JSON: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="243"/>
        <source>JSON, but not an object</source>
        <translation>JSON, aber kein Objekt</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="257"/>
        <source>%1 accepted %2 (HTTP %3) but did not say where it is (no Location header).</source>
        <translation>%1 hat %2 angenommen (HTTP %3), aber nicht mitgeteilt, wo das Ergebnis liegt (kein Location-Header).</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="269"/>
        <source>the new post “%1”</source>
        <translation>den neuen Beitrag „%1“</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="278"/>
        <source>%1 answered %2 with HTTP %3 instead of 201 Created.</source>
        <translation>%1 hat auf %2 mit HTTP %3 statt 201 Created geantwortet.</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="288"/>
        <source>the post %1</source>
        <translation>den Beitrag %1</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="313"/>
        <source>the file “%1”</source>
        <translation>die Datei „%1“</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="316"/>
        <source>Cannot upload %1: %2 has no media endpoint.</source>
        <translation>Postwright kann %1 nicht hochladen: %2 hat keinen Medien-Endpunkt.</translation>
    </message>
</context>
<context>
    <name>Postwright::NetlifyDeploy</name>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="151"/>
        <source>The site is live, but Postwright cannot record the deploy: %1</source>
        <translation>Die Website ist online, aber Postwright kann die Bereitstellung nicht protokollieren: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="196"/>
        <location filename="../app/publish/netlifydeploy.cpp" line="282"/>
        <source>the new deploy</source>
        <translation>die neue Bereitstellung</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="229"/>
        <source>the state of the deploy</source>
        <translation>den Status der Bereitstellung</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="249"/>
        <source>Netlify could not process the deploy: %1</source>
        <translation>Netlify konnte die Bereitstellung nicht verarbeiten: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/publish/netlifydeploy.cpp" line="254"/>
        <source>Netlify has not finished the deploy after %n minute(s). Publish again later.</source>
        <translation>
            <numerusform>Netlify hat die Bereitstellung nach %n Minute noch nicht abgeschlossen. Veröffentlichen Sie später erneut.</numerusform>
            <numerusform>Netlify hat die Bereitstellung nach %n Minuten noch nicht abgeschlossen. Veröffentlichen Sie später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="284"/>
        <source>Netlify no longer has “%1”, which is gone from the output folder, so it cannot stay online. Publish with deletions on to remove it from the site.</source>
        <translation>Netlify hat „%1“ nicht mehr, und die Datei fehlt im Ausgabeordner, daher kann sie nicht online bleiben. Veröffentlichen Sie mit aktiviertem Löschen, um sie von der Website zu entfernen.</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="335"/>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="343"/>
        <source>“%1” changed after the publish was planned. Publish again.</source>
        <translation>„%1“ hat sich geändert, nachdem die Veröffentlichung geplant wurde. Veröffentlichen Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/publish/netlifydeploy.cpp" line="370"/>
        <source>Netlify still waits for %n file(s) that were sent. Publish again.</source>
        <translation>
            <numerusform>Netlify wartet noch auf %n gesendete Datei. Veröffentlichen Sie erneut.</numerusform>
            <numerusform>Netlify wartet noch auf %n gesendete Dateien. Veröffentlichen Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="427"/>
        <source>the site</source>
        <translation>die Website</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="442"/>
        <location filename="../app/publish/netlifydeploy.cpp" line="447"/>
        <source>the list of files</source>
        <translation>die Dateiliste</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="493"/>
        <source>The output folder does not exist. Build the site first.</source>
        <translation>Der Ausgabeordner existiert nicht. Erstellen Sie zuerst die Website.</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="512"/>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::NetlifyReply</name>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="66"/>
        <source>no explanation given</source>
        <translation>keine Begründung angegeben</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="79"/>
        <source>Netlify refused the access token (HTTP %1). Create a personal access token in Netlify (User settings, Applications) and store it for this target.</source>
        <translation>Netlify hat das Zugriffstoken abgelehnt (HTTP %1). Erstellen Sie in Netlify ein persönliches Zugriffstoken (User settings, Applications) und speichern Sie es für dieses Ziel.</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="85"/>
        <source>Cannot reach Netlify for %1: %2. Publish again later.</source>
        <translation>Netlify ist für %1 nicht erreichbar: %2. Veröffentlichen Sie später erneut.</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="88"/>
        <source>Netlify is limiting requests and still refused %1 after several tries. Publish again in a few minutes.</source>
        <translation>Netlify begrenzt die Anfragen und hat %1 auch nach mehreren Versuchen abgelehnt. Veröffentlichen Sie in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="93"/>
        <source>Netlify could not take %1 (HTTP %2: %3). Publish again later.</source>
        <translation>Netlify konnte %1 nicht annehmen (HTTP %2: %3). Veröffentlichen Sie später erneut.</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="100"/>
        <source>Netlify has no site with the ID “%1”, or the access token cannot see it. Check site_id in blog.yaml.</source>
        <translation>Netlify hat keine Website mit der ID „%1“, oder das Zugriffstoken kann sie nicht sehen. Prüfen Sie site_id in blog.yaml.</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="105"/>
        <source>Netlify refused %1 (HTTP %2): %3</source>
        <translation>Netlify hat %1 abgelehnt (HTTP %2): %3</translation>
    </message>
</context>
<context>
    <name>Postwright::NewBlogCreatePage</name>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="89"/>
        <source>Hello, world</source>
        <translation>Hallo, Welt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="94"/>
        <source>Create a New Blog</source>
        <translation>Ein neues Blog anlegen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="95"/>
        <source>Everything but the title can be changed later in the blog&apos;s blog.yaml.</source>
        <translation>Alles außer dem Titel lässt sich später in der blog.yaml des Blogs ändern.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="96"/>
        <source>C&amp;reate</source>
        <translation>An&amp;legen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="99"/>
        <source>The name shown at the top of every page</source>
        <translation>Der Name oben auf jeder Seite</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="101"/>
        <source>Your name, shown on posts</source>
        <translation>Ihr Name, angezeigt bei den Beiträgen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="103"/>
        <source>https://example.com/ — where it will be published; can wait</source>
        <translation>https://example.com/ – wo es veröffentlicht wird; kann warten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="109"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="113"/>
        <source>Leave empty to start without a post</source>
        <translation>Leer lassen, um ohne Beitrag zu beginnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="117"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="118"/>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="119"/>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="121"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="123"/>
        <source>F&amp;irst post:</source>
        <translation>&amp;Erster Beitrag:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="210"/>
        <source>The blog could not be created in %1: %2</source>
        <translation>Das Blog konnte nicht in %1 angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="222"/>
        <source>&amp;Open Blog</source>
        <translation>Blog ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="224"/>
        <source>The blog was created in %1, but its first post could not be written: %2
Click Open Blog to start writing; Post → New Post adds posts.</source>
        <translation>Das Blog wurde in %1 angelegt, aber sein erster Beitrag konnte nicht geschrieben werden: %2
Klicken Sie auf „Blog öffnen“, um mit dem Schreiben zu beginnen; „Beitrag → Neuer Beitrag“ fügt Beiträge hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="238"/>
        <source>A blog needs a title.</source>
        <translation>Ein Blog braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="253"/>
        <source>Plain http: browsers mark such sites “not secure”. Use https:// if your host offers it (most do).</source>
        <translation>Reines http: Browser kennzeichnen solche Websites als „nicht sicher“. Verwenden Sie https://, wenn Ihr Anbieter es unterstützt (die meisten tun das).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="258"/>
        <source>The address must start with https:// or http:// and name a host, like https://example.com/</source>
        <translation>Die Adresse muss mit https:// oder http:// beginnen und einen Host nennen, etwa https://example.com/</translation>
    </message>
</context>
<context>
    <name>Postwright::NewBlogImportDonePage</name>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="49"/>
        <source>Import Done</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="50"/>
        <source>The new blog is ready: Open Blog starts writing in it.</source>
        <translation>Das neue Blog ist bereit: „Blog öffnen“ beginnt das Schreiben darin.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="51"/>
        <source>&amp;Open Blog</source>
        <translation>Blog ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="59"/>
        <source>Posts:</source>
        <translation>Beiträge:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="60"/>
        <source>Pages:</source>
        <translation>Seiten:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="61"/>
        <source>Attachments copied:</source>
        <translation>Kopierte Anhänge:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="62"/>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="63"/>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="64"/>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="76"/>
        <source>%1 was imported into %2.</source>
        <translation>%1 wurde in %2 importiert.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="90"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="92"/>
        <source>Nothing to report: everything was imported.</source>
        <translation>Nichts zu melden: Alles wurde importiert.</translation>
    </message>
</context>
<context>
    <name>Postwright::NewBlogImportPage</name>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="26"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="35"/>
        <source>Import a WordPress Export</source>
        <translation>Einen WordPress-Export importieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="36"/>
        <source>In WordPress: Tools → Export → All content. Put the uploads folder beside the file to bring the images along.</source>
        <translation>In WordPress: Werkzeuge → Daten exportieren → Alle Inhalte. Legen Sie den Ordner „uploads“ neben die Datei, damit die Bilder mitkommen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="40"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="44"/>
        <source>sitename.WordPress.2024-03-05.xml</source>
        <translation>website.WordPress.2024-03-05.xml</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="62"/>
        <source>&amp;Export file:</source>
        <translation>&amp;Exportdatei:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="125"/>
        <source>Choose a WordPress Export</source>
        <translation>WordPress-Export auswählen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="126"/>
        <source>WordPress exports (*.xml);;All files (*)</source>
        <translation>WordPress-Exporte (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="138"/>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="158"/>
        <source>Importing %1… This cannot be stopped once started; large exports take a while.</source>
        <translation>%1 wird importiert … Das lässt sich nach dem Start nicht abbrechen; große Exporte dauern eine Weile.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="185"/>
        <source>The export could not be imported: %1
Nothing was written.</source>
        <translation>Der Export konnte nicht importiert werden: %1
Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>Postwright::NewBlogOpenPage</name>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="31"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="36"/>
        <source>Open a Blog or Site</source>
        <translation>Ein Blog oder eine Website öffnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="37"/>
        <source>Choose the folder that holds blog.yaml (Postwright), hugo.toml or config.toml (Hugo), or _config.yml (Jekyll).</source>
        <translation>Wählen Sie den Ordner, der blog.yaml (Postwright), hugo.toml oder config.toml (Hugo) oder _config.yml (Jekyll) enthält.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="39"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="43"/>
        <source>The blog&apos;s folder</source>
        <translation>Der Ordner des Blogs</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="50"/>
        <source>Hugo and Jekyll sites are opened in place: Postwright never rewrites the site&apos;s config and keeps its own settings (build command, publish targets) in postwright.yaml beside it.</source>
        <translation>Hugo- und Jekyll-Websites werden an Ort und Stelle geöffnet: Postwright schreibt die Konfiguration der Website nie um und bewahrt seine eigenen Einstellungen (Erstellungsbefehl, Veröffentlichungsziele) in postwright.yaml daneben auf.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="61"/>
        <source>Fol&amp;der:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="81"/>
        <source>%1 blog — settings in %2, posts in %3, pages in %4, output %5</source>
        <translation>%1-Blog – Einstellungen in %2, Beiträge in %3, Seiten in %4, Ausgabe %5</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="85"/>
        <source>%1 site — config %2, posts in %3, output %4</source>
        <translation>%1-Website – Konfiguration %2, Beiträge in %3, Ausgabe %4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="88"/>
        <source>%1 site — config %2, posts in %3, drafts in %4, output %5</source>
        <translation>%1-Website – Konfiguration %2, Beiträge in %3, Entwürfe in %4, Ausgabe %5</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="106"/>
        <source>Open Blog</source>
        <translation>Blog öffnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="124"/>
        <source>There is no folder %1.</source>
        <translation>Es gibt keinen Ordner %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="140"/>
        <source>%1
Its settings cannot be read: %2</source>
        <translation>%1
Seine Einstellungen können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="144"/>
        <source>%1
Title: %2</source>
        <translation>%1
Titel: %2</translation>
    </message>
</context>
<context>
    <name>Postwright::NewBlogStartPage</name>
    <message>
        <location filename="../ui/dialogs/newblogstartpage.cpp" line="16"/>
        <source>Start a Blog</source>
        <translation>Ein Blog beginnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogstartpage.cpp" line="17"/>
        <source>Write in a new blog, or bring the one you already have.</source>
        <translation>Schreiben Sie in einem neuen Blog, oder bringen Sie Ihr vorhandenes mit.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogstartpage.cpp" line="27"/>
        <source>&amp;Create a new blog</source>
        <translation>Ein neues Blog &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogstartpage.cpp" line="28"/>
        <source>An empty Postwright blog in a new folder, with its title, author, address and a first post.</source>
        <translation>Ein leeres Postwright-Blog in einem neuen Ordner, mit Titel, Autor, Adresse und einem ersten Beitrag.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogstartpage.cpp" line="30"/>
        <source>&amp;Open an existing blog or site folder (Postwright, Hugo, Jekyll)</source>
        <translation>Einen vorhandenen Blog- oder Website-Ordner ö&amp;ffnen (Postwright, Hugo, Jekyll)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogstartpage.cpp" line="31"/>
        <source>Hugo and Jekyll sites open in place: their files stay where and as they are.</source>
        <translation>Hugo- und Jekyll-Websites werden an Ort und Stelle geöffnet: Ihre Dateien bleiben, wo und wie sie sind.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogstartpage.cpp" line="32"/>
        <source>&amp;Import a WordPress export (WXR) into a new blog</source>
        <translation>Einen WordPress-Export (WXR) in ein neues Blog &amp;importieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogstartpage.cpp" line="33"/>
        <source>Posts, pages, categories, tags, drafts and the images found beside the export become Markdown files in a new Postwright blog.</source>
        <translation>Beiträge, Seiten, Kategorien, Schlagwörter, Entwürfe und die neben dem Export gefundenen Bilder werden zu Markdown-Dateien in einem neuen Postwright-Blog.</translation>
    </message>
</context>
<context>
    <name>Postwright::NewBlogWizard</name>
    <message>
        <location filename="../ui/dialogs/newblogwizard.cpp" line="33"/>
        <source>New Blog</source>
        <translation>Neues Blog</translation>
    </message>
</context>
<context>
    <name>Postwright::NewPost</name>
    <message>
        <location filename="../app/blog/newpost.cpp" line="247"/>
        <source>A post needs a title.</source>
        <translation>Ein Beitrag braucht einen Titel.</translation>
    </message>
</context>
<context>
    <name>Postwright::NewPostDialog</name>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="20"/>
        <source>Start as a &amp;draft</source>
        <translation>Als &amp;Entwurf beginnen</translation>
    </message>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="25"/>
        <source>New Post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="29"/>
        <source>What is the post about?</source>
        <translation>Worum geht es in dem Beitrag?</translation>
    </message>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="37"/>
        <source>A draft is not published until you say so. In a Jekyll site, drafts wait in _drafts/.</source>
        <translation>Ein Entwurf wird erst veröffentlicht, wenn Sie es sagen. In einer Jekyll-Website warten Entwürfe in _drafts/.</translation>
    </message>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="43"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="46"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="47"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="49"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
</context>
<context>
    <name>Postwright::OutlinePanel</name>
    <message>
        <location filename="../ui/outline/outlinepanel.cpp" line="15"/>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <location filename="../ui/outline/outlinepanel.cpp" line="16"/>
        <source>No headings yet. Lines starting with # become headings.</source>
        <translation>Noch keine Überschriften. Zeilen, die mit # beginnen, werden zu Überschriften.</translation>
    </message>
    <message>
        <location filename="../ui/outline/outlinepanel.cpp" line="69"/>
        <source>(untitled heading)</source>
        <translation>(Überschrift ohne Titel)</translation>
    </message>
    <message>
        <location filename="../ui/outline/outlinepanel.cpp" line="70"/>
        <source>Line %L1</source>
        <translation>Zeile %L1</translation>
    </message>
</context>
<context>
    <name>Postwright::OutputWriter</name>
    <message>
        <location filename="../app/site/outputwriter.cpp" line="131"/>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../app/site/outputwriter.cpp" line="154"/>
        <source>Could not read the file: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::Parser</name>
    <message>
        <location filename="../app/publish/wxrreader.cpp" line="66"/>
        <source>This is not a WordPress export: it starts with &lt;%1&gt;, not &lt;rss&gt;.</source>
        <translation>Dies ist kein WordPress-Export: Er beginnt mit &lt;%1&gt;, nicht mit &lt;rss&gt;.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrreader.cpp" line="82"/>
        <source>This is an RSS feed, not a WordPress export: it has no wp: elements. Export with Tools → Export in WordPress.</source>
        <translation>Dies ist ein RSS-Feed, kein WordPress-Export: Er enthält keine wp:-Elemente. Exportieren Sie in WordPress über Werkzeuge → Daten exportieren.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrreader.cpp" line="95"/>
        <source>The export is not well-formed XML: %1</source>
        <translation>Der Export ist kein wohlgeformtes XML: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::PersonalDictionary</name>
    <message>
        <location filename="../app/spell/personaldictionary.cpp" line="91"/>
        <source>“%1” cannot be added to the dictionary: add one word at a time, without spaces.</source>
        <translation>„%1“ kann nicht zum Wörterbuch hinzugefügt werden: Fügen Sie immer nur ein Wort ohne Leerzeichen hinzu.</translation>
    </message>
</context>
<context>
    <name>Postwright::PostActions</name>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="46"/>
        <source>&amp;New Post…</source>
        <translation>&amp;Neuer Beitrag …</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="50"/>
        <source>&amp;Rename Post…</source>
        <translation>Beitrag &amp;umbenennen …</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="54"/>
        <source>D&amp;uplicate Post</source>
        <translation>Beitrag &amp;duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="59"/>
        <source>Move Post to &amp;Trash</source>
        <translation>Beitrag in den &amp;Papierkorb verschieben</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="64"/>
        <source>&amp;Undo Move to Trash</source>
        <translation>Verschieben in den Papierkorb &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="67"/>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="71"/>
        <source>&amp;Publish Draft</source>
        <translation>Entwurf &amp;veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="72"/>
        <source>Move this Jekyll draft to _posts/, named with its date, so that Jekyll publishes it</source>
        <translation>Diesen Jekyll-Entwurf nach _posts/ verschieben, mit seinem Datum benannt, damit Jekyll ihn veröffentlicht</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="202"/>
        <source>Could Not Create the Post</source>
        <translation>Beitrag konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="216"/>
        <source>Could Not Rename the Post</source>
        <translation>Beitrag konnte nicht umbenannt werden</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="237"/>
        <source>Could Not Change the Category</source>
        <translation>Kategorie konnte nicht geändert werden</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="251"/>
        <source>Could Not Duplicate the Post</source>
        <translation>Beitrag konnte nicht dupliziert werden</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="266"/>
        <source>Could Not Move the Post to the Trash</source>
        <translation>Beitrag konnte nicht in den Papierkorb verschoben werden</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="274"/>
        <source>“%1” moved to the trash.</source>
        <translation>„%1“ wurde in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="286"/>
        <source>Could Not Restore the Post</source>
        <translation>Beitrag konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="303"/>
        <source>Could Not Publish the Draft</source>
        <translation>Entwurf konnte nicht veröffentlicht werden</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="340"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="394"/>
        <source>New Post in “%1”…</source>
        <translation>Neuer Beitrag in „%1“ …</translation>
    </message>
</context>
<context>
    <name>Postwright::PostBundle</name>
    <message>
        <location filename="../app/blog/postbundle.cpp" line="465"/>
        <source>This post is already a bundle: its files go into its folder.</source>
        <translation>Dieser Beitrag ist bereits ein Bundle: Seine Dateien kommen in seinen Ordner.</translation>
    </message>
    <message>
        <location filename="../app/blog/postbundle.cpp" line="471"/>
        <source>The post cannot become a bundle because “%1” already exists beside it. Rename or move that folder, then try again.</source>
        <translation>Der Beitrag kann nicht zu einem Bundle werden, weil daneben bereits „%1“ existiert. Benennen Sie diesen Ordner um oder verschieben Sie ihn und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/blog/postbundle.cpp" line="496"/>
        <source>Could not move the post into its bundle folder: %1</source>
        <translation>Der Beitrag konnte nicht in seinen Bundle-Ordner verschoben werden: %1</translation>
    </message>
    <message>
        <location filename="../app/blog/postbundle.cpp" line="545"/>
        <source>the folder could not be created</source>
        <translation>Der Ordner konnte nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>Postwright::PostDocument</name>
    <message>
        <location filename="../app/blog/postdocument.cpp" line="27"/>
        <source>The file is not valid UTF-8 text; unreadable bytes are shown as �. Saving keeps the original bytes until you edit the post.</source>
        <translation>Die Datei ist kein gültiger UTF-8-Text; nicht lesbare Bytes werden als � angezeigt. Beim Speichern bleiben die ursprünglichen Bytes erhalten, bis Sie den Beitrag bearbeiten.</translation>
    </message>
    <message>
        <location filename="../app/blog/postdocument.cpp" line="36"/>
        <source>The file is not valid UTF-8 text.</source>
        <translation>Die Datei ist kein gültiger UTF-8-Text.</translation>
    </message>
</context>
<context>
    <name>Postwright::PostFiles</name>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="328"/>
        <location filename="../app/blog/postfiles.cpp" line="365"/>
        <source>The folder could not be created.</source>
        <translation>Der Ordner konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="332"/>
        <source>The post&apos;s folder could not be created.</source>
        <translation>Der Ordner des Beitrags konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="353"/>
        <source>Only a Jekyll draft in _drafts/ is published by moving it.</source>
        <translation>Nur ein Jekyll-Entwurf in _drafts/ wird durch Verschieben veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="369"/>
        <source>The draft could not be moved: %1</source>
        <translation>Der Entwurf konnte nicht verschoben werden: %1</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="443"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="492"/>
        <source>The copy could not be put in place.</source>
        <translation>Die Kopie konnte nicht an ihren Platz gebracht werden.</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="504"/>
        <source>The post no longer exists.</source>
        <translation>Der Beitrag existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="515"/>
        <source>The post could not be moved to the trash. Nothing was deleted.</source>
        <translation>Der Beitrag konnte nicht in den Papierkorb verschoben werden. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="526"/>
        <source>Something else is at the post&apos;s place now, so the post stays in the trash.</source>
        <translation>Am Platz des Beitrags befindet sich jetzt etwas anderes, daher bleibt der Beitrag im Papierkorb.</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="529"/>
        <source>The post is no longer in the trash.</source>
        <translation>Der Beitrag ist nicht mehr im Papierkorb.</translation>
    </message>
</context>
<context>
    <name>Postwright::PostFilterProxyModel</name>
    <message>
        <location filename="../app/blog/postfilterproxymodel.cpp" line="69"/>
        <source>%1 of %2</source>
        <comment>matching posts of a category&apos;s posts</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../app/blog/postfilterproxymodel.cpp" line="71"/>
        <source>%1 (%2 of %3)</source>
        <comment>category (matching posts of its posts)</comment>
        <translation>%1 (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>Postwright::PostItemDelegate</name>
    <message>
        <location filename="../ui/posttree/postitemdelegate.cpp" line="119"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postitemdelegate.cpp" line="121"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postitemdelegate.cpp" line="125"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postitemdelegate.cpp" line="238"/>
        <source>Front matter problem</source>
        <translation>Problem im Front Matter</translation>
    </message>
</context>
<context>
    <name>Postwright::PostPreview</name>
    <message>
        <location filename="../app/site/postpreview.cpp" line="48"/>
        <source>The theme has no article partial for the preview.</source>
        <translation>Das Theme hat keine Teilvorlage „article“ für die Vorschau.</translation>
    </message>
</context>
<context>
    <name>Postwright::PostPublishState</name>
    <message>
        <location filename="../app/publish/postpublishstate.cpp" line="118"/>
        <source>This record of published posts is damaged or from another version of Postwright (%1). Move it away to start a new record.</source>
        <translation>Diese Aufzeichnung der veröffentlichten Beiträge ist beschädigt oder stammt von einer anderen Version von Postwright (%1). Verschieben Sie sie an einen anderen Ort, um eine neue Aufzeichnung zu beginnen.</translation>
    </message>
    <message>
        <location filename="../app/publish/postpublishstate.cpp" line="122"/>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <location filename="../app/publish/postpublishstate.cpp" line="140"/>
        <source>Cannot read the journal of published posts: %1</source>
        <translation>Das Journal der veröffentlichten Beiträge kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/postpublishstate.cpp" line="176"/>
        <location filename="../app/publish/postpublishstate.cpp" line="181"/>
        <source>Cannot record the published post: %1</source>
        <translation>Der veröffentlichte Beitrag kann nicht protokolliert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/postpublishstate.cpp" line="229"/>
        <source>Cannot clear the journal of published posts.</source>
        <translation>Das Journal der veröffentlichten Beiträge kann nicht geleert werden.</translation>
    </message>
</context>
<context>
    <name>Postwright::PostSession</name>
    <message>
        <location filename="../ui/mainwindow/postsession.cpp" line="151"/>
        <location filename="../ui/mainwindow/postsession.cpp" line="172"/>
        <source>The file was changed by another program. Choose which version to keep first.</source>
        <translation>Die Datei wurde von einem anderen Programm geändert. Wählen Sie zuerst, welche Version behalten werden soll.</translation>
    </message>
</context>
<context>
    <name>Postwright::PostTreeModel</name>
    <message>
        <location filename="../app/blog/posttreemodel.cpp" line="112"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/blog/posttreemodel.cpp" line="191"/>
        <source>Uncategorized</source>
        <translation>Ohne Kategorie</translation>
    </message>
</context>
<context>
    <name>Postwright::PostTreePanel</name>
    <message>
        <location filename="../ui/posttree/posttreepanel.cpp" line="21"/>
        <source>Clear Filter</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <location filename="../ui/posttree/posttreepanel.cpp" line="34"/>
        <source>Search posts — tag:, category:, status:</source>
        <translation>Beiträge suchen – tag:, category:, status:</translation>
    </message>
    <message>
        <location filename="../ui/posttree/posttreepanel.cpp" line="36"/>
        <source>&lt;p&gt;Words and &quot;quoted phrases&quot; match titles and file names, ignoring case and accents. Narrow further with &lt;b&gt;tag:&lt;/b&gt;&lt;i&gt;name&lt;/i&gt;, &lt;b&gt;category:&lt;/b&gt;&lt;i&gt;name&lt;/i&gt; (or &lt;b&gt;cat:&lt;/b&gt;) and &lt;b&gt;status:&lt;/b&gt;draft, scheduled or published. Every part must match.&lt;/p&gt;&lt;p&gt;Esc clears the search.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wörter und &quot;Phrasen in Anführungszeichen&quot; passen auf Titel und Dateinamen, unabhängig von Groß-/Kleinschreibung und Akzenten. Weiter eingrenzen mit &lt;b&gt;tag:&lt;/b&gt;&lt;i&gt;Name&lt;/i&gt;, &lt;b&gt;category:&lt;/b&gt;&lt;i&gt;Name&lt;/i&gt; (oder &lt;b&gt;cat:&lt;/b&gt;) und &lt;b&gt;status:&lt;/b&gt;draft, scheduled oder published. Alle Teile müssen zutreffen.&lt;/p&gt;&lt;p&gt;Esc leert die Suche.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Postwright::ProblemBar</name>
    <message>
        <location filename="../ui/editor/problembar.cpp" line="32"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/editor/problembar.cpp" line="33"/>
        <source>Move the cursor to the problem</source>
        <translation>Den Cursor zum Problem bewegen</translation>
    </message>
</context>
<context>
    <name>Postwright::PublishController</name>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="34"/>
        <source>Publish again to finish — posts already published are not sent again.</source>
        <translation>Veröffentlichen Sie erneut, um den Vorgang abzuschließen – bereits veröffentlichte Beiträge werden nicht erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="36"/>
        <source>Publish again to finish — files already uploaded are not sent again.</source>
        <translation>Veröffentlichen Sie erneut, um den Vorgang abzuschließen – bereits hochgeladene Dateien werden nicht erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="66"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="129"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="132"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="94"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="109"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="114"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="301"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="317"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="326"/>
        <source>Cannot Publish</source>
        <translation>Veröffentlichen nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="130"/>
        <source>This blog has several publish targets and none is the default.
Publish to:</source>
        <translation>Dieses Blog hat mehrere Veröffentlichungsziele, und keines ist als Standard festgelegt.
Veröffentlichen auf:</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="171"/>
        <source>Publishing cancelled. Nothing was sent.</source>
        <translation>Veröffentlichen abgebrochen. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="94"/>
        <source>The publish targets in %1 could not be read.</source>
        <translation>Die Veröffentlichungsziele in %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="110"/>
        <source>%1 has no publish target “%2” any more.</source>
        <translation>%1 hat kein Veröffentlichungsziel „%2“ mehr.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="203"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="288"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="368"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="477"/>
        <source>Publishing to %1 cancelled. Nothing was sent.</source>
        <translation>Veröffentlichen auf %1 abgebrochen. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="218"/>
        <source>Building the site with %1…</source>
        <translation>Die Website wird mit %1 erstellt …</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="219"/>
        <source>Building the site…</source>
        <translation>Website wird erstellt …</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="247"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt …</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="251"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="267"/>
        <source>Comparing the posts with %1…</source>
        <translation>Beiträge werden mit %1 verglichen …</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="252"/>
        <source>Comparing the site with %1…</source>
        <translation>Website wird mit %1 verglichen …</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="297"/>
        <source>The site could not be built, so nothing was published.</source>
        <translation>Die Website konnte nicht erstellt werden, daher wurde nichts veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="298"/>
        <source>Some posts have errors, so nothing was published. Fix them and publish again.</source>
        <translation>Einige Beiträge enthalten Fehler, daher wurde nichts veröffentlicht. Beheben Sie die Fehler und veröffentlichen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="312"/>
        <source>Could not log in to %1: %2</source>
        <translation>Anmeldung bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="315"/>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="324"/>
        <source>Could not compare the site with %1: %2</source>
        <translation>Die Website konnte nicht mit %1 verglichen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="340"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="387"/>
        <source>Everything is already published to %1.</source>
        <translation>Alles ist bereits auf %1 veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="341"/>
        <source>Everything is already published to %1; %2 no longer part of the site stay there.</source>
        <translation>Alles ist bereits auf %1 veröffentlicht; dort belassen, obwohl nicht mehr Teil der Website: %2.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="389"/>
        <source>Nothing was published to %1: the post changed on the blog is left as it is.</source>
        <translation>Auf %1 wurde nichts veröffentlicht: Der im Blog geänderte Beitrag bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="391"/>
        <source>Nothing was published to %1: the %L2 posts changed on the blog are left as they are.</source>
        <translation>Auf %1 wurde nichts veröffentlicht: Die %L2 im Blog geänderten Beiträge bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="406"/>
        <source>Waiting for you to choose a version of a post changed on the blog…</source>
        <translation>Warten auf Ihre Auswahl einer Version eines im Blog geänderten Beitrags …</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="407"/>
        <source>Waiting for you to choose versions of posts changed on the blog…</source>
        <translation>Warten auf Ihre Auswahl der Versionen von im Blog geänderten Beiträgen …</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="411"/>
        <source>Publish Again</source>
        <translation>Erneut veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="460"/>
        <source>The password for %1 was not saved: %2</source>
        <translation>Das Passwort für %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="466"/>
        <source>Waiting for you to review the publish…</source>
        <translation>Warten auf Ihre Überprüfung der Veröffentlichung …</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="516"/>
        <source>Published %1 (%2) to %3.</source>
        <translation>%1 (%2) auf %3 veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="519"/>
        <source>Removed %1 from %2.</source>
        <translation>%1 von %2 entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="521"/>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="526"/>
        <source>Publishing to %1 cancelled after %2 (%3). %4</source>
        <translation>Veröffentlichen auf %1 nach %2 (%3) abgebrochen. %4</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="534"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="542"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="581"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="589"/>
        <source>Publishing to %1 stopped: %2</source>
        <translation>Veröffentlichen auf %1 gestoppt: %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="536"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="583"/>
        <source>Not published: %1</source>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="538"/>
        <source>%1 (%2) were published before it stopped.</source>
        <translation>Vor dem Stopp veröffentlicht: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="544"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="591"/>
        <source>Publishing Stopped</source>
        <translation>Veröffentlichung gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="587"/>
        <source>%1 were published before it stopped.</source>
        <translation>Vor dem Stopp veröffentlicht: %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="595"/>
        <source>Publishing to %1 cancelled after %2. %3</source>
        <translation>Veröffentlichen auf %1 nach %2 abgebrochen. %3</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="601"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="654"/>
        <source>Open Blog</source>
        <translation>Blog öffnen</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="614"/>
        <source>Open Post</source>
        <translation>Beitrag öffnen</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="632"/>
        <source>Published %1 to %2.</source>
        <translation>%1 auf %2 veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="634"/>
        <source>Nothing was published to %1.</source>
        <translation>Auf %1 wurde nichts veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="638"/>
        <source>1 post was replaced by its version from %1.</source>
        <translation>1 Beitrag wurde durch seine Version von %1 ersetzt.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="639"/>
        <source>%L1 posts were replaced by their versions from %2.</source>
        <translation>%L1 Beiträge wurden durch ihre Versionen von %2 ersetzt.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="641"/>
        <source>1 post changed on the blog was left as it is.</source>
        <translation>1 im Blog geänderter Beitrag wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="643"/>
        <source>%L1 posts changed on the blog were left as they are.</source>
        <translation>%L1 im Blog geänderte Beiträge wurden unverändert gelassen.</translation>
    </message>
</context>
<context>
    <name>Postwright::PublishReviewDialog</name>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="43"/>
        <source>Publish to %1</source>
        <translation>Auf %1 veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="168"/>
        <source>Ready to publish %1 (%2) to %3.</source>
        <translation>Bereit, %1 (%2) auf %3 zu veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="172"/>
        <source>Everything is already published to %1.</source>
        <translation>Alles ist bereits auf %1 veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="83"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="84"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="86"/>
        <source>No longer part of the site</source>
        <translation>Nicht mehr Teil der Website</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="91"/>
        <source>%1 already on the server and unchanged.</source>
        <translation>%1 bereits auf dem Server und unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="98"/>
        <source>Show files</source>
        <translation>Dateien anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="107"/>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="108"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="107"/>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="108"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="108"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="99"/>
        <source>Hide files</source>
        <translation>Dateien ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="90"/>
        <source>%1 already on the blog and unchanged.</source>
        <translation>%1 bereits im Blog und unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="98"/>
        <source>Show posts</source>
        <translation>Beiträge anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="99"/>
        <source>Hide posts</source>
        <translation>Beiträge ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="107"/>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="126"/>
        <source>Also remove 1 file that is no longer part of the site</source>
        <translation>Auch 1 Datei entfernen, die nicht mehr zur Website gehört</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="127"/>
        <source>Also remove %L1 files that are no longer part of the site</source>
        <translation>Auch %L1 Dateien entfernen, die nicht mehr zur Website gehören</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="128"/>
        <source>Off, they stay on the server: other sites may still link to them.</source>
        <translation>Wenn deaktiviert, bleiben sie auf dem Server: Andere Websites verweisen eventuell noch darauf.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="132"/>
        <source>Don&apos;t show this again for %1</source>
        <translation>Für %1 nicht mehr anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="135"/>
        <source>Publish straight away next time. Turn the review back on in Site ▸ Publish Targets…</source>
        <translation>Beim nächsten Mal sofort veröffentlichen. Wieder einschalten lässt sich die Überprüfung unter Website ▸ Veröffentlichungsziele …</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="139"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="196"/>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="261"/>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="281"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="198"/>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="261"/>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="282"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="199"/>
        <source>Ready to publish %1 to %2.</source>
        <translation>Bereit, %1 auf %2 zu veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="199"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="201"/>
        <source>Nothing to publish to %1.</source>
        <translation>Nichts auf %1 zu veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="205"/>
        <source>1 post on this computer is replaced by its version from %1.</source>
        <translation>1 Beitrag auf diesem Computer wird durch seine Version von %1 ersetzt.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="206"/>
        <source>%L1 posts on this computer are replaced by their versions from %2.</source>
        <translation>%L1 Beiträge auf diesem Computer werden durch ihre Versionen von %2 ersetzt.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="211"/>
        <source>1 post changed on the blog is left as it is.</source>
        <translation>1 im Blog geänderter Beitrag bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="212"/>
        <source>%L1 posts changed on the blog are left as they are.</source>
        <translation>%L1 im Blog geänderte Beiträge bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="229"/>
        <source>changed on the blog: yours replaces it</source>
        <translation>im Blog geändert: Ihre Version ersetzt die Webversion</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="231"/>
        <source>changed on the blog: the web version replaces your file</source>
        <translation>im Blog geändert: Die Webversion ersetzt Ihre Datei</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="233"/>
        <source>sent again as a new post</source>
        <translation>erneut als neuer Beitrag gesendet</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="237"/>
        <source>changed on the blog: left alone</source>
        <translation>im Blog geändert: unverändert gelassen</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="283"/>
        <source>not in the site any more</source>
        <translation>nicht mehr Teil der Website</translation>
    </message>
</context>
<context>
    <name>Postwright::PublishSession</name>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="95"/>
        <source>Publishing to a %1 target (“%2”) is not supported by this version of Postwright.</source>
        <translation>Das Veröffentlichen auf einem Ziel vom Typ %1 („%2“) wird von dieser Version von Postwright nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="130"/>
        <location filename="../app/publish/publishsession.cpp" line="149"/>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="130"/>
        <location filename="../app/publish/publishsession.cpp" line="134"/>
        <source>key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="132"/>
        <source>secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="134"/>
        <source>password or token</source>
        <translation>Passwort oder Token</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="137"/>
        <source>access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="139"/>
        <source>application password</source>
        <translation>Anwendungspasswort</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="141"/>
        <source>Admin API key</source>
        <translation>Admin-API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="347"/>
        <source>The build was cancelled; run it again to finish.</source>
        <translation>Die Erstellung wurde abgebrochen; führen Sie sie erneut aus, um sie abzuschließen.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="368"/>
        <source>The generator copied postwright.yaml into the site, and it is not published: add “exclude: [postwright.yaml]” to _config.yml.</source>
        <translation>Der Generator hat postwright.yaml in die Website kopiert, daher wird sie nicht veröffentlicht: Fügen Sie „exclude: [postwright.yaml]“ zu _config.yml hinzu.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="458"/>
        <source>Cannot record the deploy: %1</source>
        <translation>Die Bereitstellung kann nicht protokolliert werden: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::PublishStateCache</name>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="100"/>
        <source>published %1</source>
        <translation>veröffentlicht am %1</translation>
    </message>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="102"/>
        <source>%1 “%2”: %3</source>
        <translation>%1 „%2“: %3</translation>
    </message>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="112"/>
        <source>not published yet</source>
        <translation>noch nicht veröffentlicht</translation>
    </message>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="114"/>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="116"/>
        <source>published, changed here since</source>
        <translation>veröffentlicht, seitdem hier geändert</translation>
    </message>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="118"/>
        <source>changed on the blog since it was published</source>
        <translation>seit der Veröffentlichung im Blog geändert</translation>
    </message>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="120"/>
        <source>publish cut off; checked at the next publish</source>
        <translation>Veröffentlichung unterbrochen; wird bei der nächsten Veröffentlichung geprüft</translation>
    </message>
</context>
<context>
    <name>Postwright::PublishStatus</name>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="38"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="40"/>
        <source>Stop after the files being sent now. Publish again later to send the rest.</source>
        <translation>Nach den gerade gesendeten Dateien anhalten. Veröffentlichen Sie später erneut, um den Rest zu senden.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="41"/>
        <location filename="../ui/publish/publishstatus.cpp" line="147"/>
        <source>Open Site</source>
        <translation>Website öffnen</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="43"/>
        <source>Details…</source>
        <translation>Details …</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="49"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="106"/>
        <location filename="../ui/publish/publishstatus.cpp" line="110"/>
        <source>%L1 of %L2 posts</source>
        <translation>%L1 von %L2 Beiträgen</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="119"/>
        <location filename="../ui/publish/publishstatus.cpp" line="127"/>
        <source>%L1 of %L2 files · %3 of %4</source>
        <translation>%L1 von %L2 Dateien · %3 von %4</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="140"/>
        <source>Cancelling after the post being sent…</source>
        <translation>Abbruch nach dem gerade gesendeten Beitrag …</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="141"/>
        <source>Cancelling after the files in flight…</source>
        <translation>Abbruch nach den gerade übertragenen Dateien …</translation>
    </message>
</context>
<context>
    <name>Postwright::PublishTargets</name>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="271"/>
        <source>“publish” should hold “default:” and a list of “targets:”.</source>
        <translation>„publish“ sollte „default:“ und eine Liste „targets:“ enthalten.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="278"/>
        <source>“targets” should be a list, each target starting with “- name:”.</source>
        <translation>„targets“ sollte eine Liste sein, in der jedes Ziel mit „- name:“ beginnt.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="289"/>
        <source>There are two publish targets named “%1”; give each its own name.</source>
        <translation>Es gibt zwei Veröffentlichungsziele namens „%1“; geben Sie jedem einen eigenen Namen.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="297"/>
        <source>“default” should be the name of a target.</source>
        <translation>„default“ sollte der Name eines Ziels sein.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="301"/>
        <source>The default publish target “%1” is not among the targets.</source>
        <translation>Das Standard-Veröffentlichungsziel „%1“ ist nicht unter den Zielen.</translation>
    </message>
</context>
<context>
    <name>Postwright::PublishText</name>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="39"/>
        <source>%1, folder %2</source>
        <translation>%1, Ordner %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="46"/>
        <source> at %1</source>
        <translation> bei %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="51"/>
        <source>%1, branch %2</source>
        <translation>%1, Branch %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="53"/>
        <source>Netlify site %1</source>
        <translation>Netlify-Website %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="56"/>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="105"/>
        <source>Reading the password for %1 from the keychain…</source>
        <translation>Das Passwort für %1 wird aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="106"/>
        <source>Waiting for the password…</source>
        <translation>Warten auf das Passwort …</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="107"/>
        <source>A password is stored in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems ist ein Passwort gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="108"/>
        <source>No password is stored; Postwright will ask when it needs one.</source>
        <translation>Es ist kein Passwort gespeichert; Postwright fragt danach, wenn es eines braucht.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="110"/>
        <source>Type the password first: none is stored.</source>
        <translation>Geben Sie zuerst das Passwort ein: Es ist keines gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="111"/>
        <source>Reading the key passphrase for %1 from the keychain…</source>
        <translation>Die Schlüssel-Passphrase für %1 wird aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="113"/>
        <source>Waiting for the key passphrase…</source>
        <translation>Warten auf die Schlüssel-Passphrase …</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="114"/>
        <source>A key passphrase is stored in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems ist eine Schlüssel-Passphrase gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="115"/>
        <source>No key passphrase is stored; Postwright will ask when it needs one.</source>
        <translation>Es ist keine Schlüssel-Passphrase gespeichert; Postwright fragt danach, wenn es eine braucht.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="117"/>
        <source>Type the key passphrase first: none is stored.</source>
        <translation>Geben Sie zuerst die Schlüssel-Passphrase ein: Es ist keine gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="118"/>
        <source>Reading the secret access key for %1 from the keychain…</source>
        <translation>Der geheime Zugriffsschlüssel für %1 wird aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="120"/>
        <source>Waiting for the secret access key…</source>
        <translation>Warten auf den geheimen Zugriffsschlüssel …</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="121"/>
        <source>A secret access key is stored in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems ist ein geheimer Zugriffsschlüssel gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="122"/>
        <source>No secret access key is stored; Postwright will ask when it needs one.</source>
        <translation>Es ist kein geheimer Zugriffsschlüssel gespeichert; Postwright fragt danach, wenn es einen braucht.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="124"/>
        <source>Type the secret access key first: none is stored.</source>
        <translation>Geben Sie zuerst den geheimen Zugriffsschlüssel ein: Es ist keiner gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="125"/>
        <source>Reading the access token for %1 from the keychain…</source>
        <translation>Das Zugriffstoken für %1 wird aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="126"/>
        <source>Waiting for the access token…</source>
        <translation>Warten auf das Zugriffstoken …</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="127"/>
        <source>An access token is stored in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems ist ein Zugriffstoken gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="128"/>
        <source>No access token is stored; Postwright will ask when it needs one.</source>
        <translation>Es ist kein Zugriffstoken gespeichert; Postwright fragt danach, wenn es eines braucht.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="130"/>
        <source>Type the access token first: none is stored.</source>
        <translation>Geben Sie zuerst das Zugriffstoken ein: Es ist keines gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="131"/>
        <source>Reading the application password for %1 from the keychain…</source>
        <translation>Das Anwendungspasswort für %1 wird aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="133"/>
        <source>Waiting for the application password…</source>
        <translation>Warten auf das Anwendungspasswort …</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="134"/>
        <source>An application password is stored in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems ist ein Anwendungspasswort gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="136"/>
        <source>No application password is stored; Postwright will ask when it needs one.</source>
        <translation>Es ist kein Anwendungspasswort gespeichert; Postwright fragt danach, wenn es eines braucht.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="138"/>
        <source>Type the application password first: none is stored.</source>
        <translation>Geben Sie zuerst das Anwendungspasswort ein: Es ist keines gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="139"/>
        <source>Reading the Admin API key for %1 from the keychain…</source>
        <translation>Der Admin-API-Schlüssel für %1 wird aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="140"/>
        <source>Waiting for the Admin API key…</source>
        <translation>Warten auf den Admin-API-Schlüssel …</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="141"/>
        <source>An Admin API key is stored in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems ist ein Admin-API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="142"/>
        <source>No Admin API key is stored; Postwright will ask when it needs one.</source>
        <translation>Es ist kein Admin-API-Schlüssel gespeichert; Postwright fragt danach, wenn es einen braucht.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="144"/>
        <source>Type the Admin API key first: none is stored.</source>
        <translation>Geben Sie zuerst den Admin-API-Schlüssel ein: Es ist keiner gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="155"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="157"/>
        <source>Key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="159"/>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="161"/>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="163"/>
        <source>Application password</source>
        <translation>Anwendungspasswort</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="165"/>
        <source>Admin API key</source>
        <translation>Admin-API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="183"/>
        <source>Create one in WordPress under Users ▸ Profile ▸ Application Passwords; your login password does not work here.</source>
        <translation>Erstellen Sie eines in WordPress unter Benutzer ▸ Profil ▸ Anwendungspasswörter; Ihr Anmeldepasswort funktioniert hier nicht.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="186"/>
        <source>In Ghost Admin, Settings ▸ Integrations ▸ Add custom integration, copy the Admin API key (it looks like id:secret).</source>
        <translation>Fügen Sie in Ghost Admin unter Settings ▸ Integrations ▸ Add custom integration eine Integration hinzu und kopieren Sie den Admin-API-Schlüssel (er sieht aus wie id:secret).</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="190"/>
        <source>A token from your site&apos;s token endpoint (IndieAuth) with the create, update and media scopes.</source>
        <translation>Ein Token vom Token-Endpunkt Ihrer Website (IndieAuth) mit den Berechtigungen (Scopes) create, update und media.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="193"/>
        <source>The password of %1 on the blog.</source>
        <translation>Das Passwort von %1 im Blog.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="202"/>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="202"/>
        <source>%L1 files</source>
        <translation>%L1 Dateien</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="207"/>
        <source>1 post</source>
        <translation>1 Beitrag</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="207"/>
        <source>%L1 posts</source>
        <translation>%L1 Beiträge</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="212"/>
        <source>1 %1 post</source>
        <translation>1 Beitrag (%1)</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="212"/>
        <source>%L1 %2 posts</source>
        <translation>%L1 Beiträge (%2)</translation>
    </message>
</context>
<context>
    <name>Postwright::RecoveryDialog</name>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="29"/>
        <source>Recover Unsaved Text</source>
        <translation>Ungespeicherten Text wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="34"/>
        <source>Postwright was closed before it could save everything. This text was kept for you. Restore it to continue where you left off, or discard it to keep the file as it is.</source>
        <translation>Postwright wurde beendet, bevor alles gespeichert werden konnte. Dieser Text wurde für Sie aufbewahrt. Stellen Sie ihn wieder her, um dort weiterzumachen, wo Sie aufgehört haben, oder verwerfen Sie ihn, um die Datei so zu belassen, wie sie ist.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="57"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="59"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="61"/>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="103"/>
        <source>%1 — kept %2. The file is no longer on disk; restoring writes it again.</source>
        <translation>%1 – gesichert am %2. Die Datei ist nicht mehr auf dem Datenträger; beim Wiederherstellen wird sie neu geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="108"/>
        <source>%1 — kept %2. Lines marked + are the recovered text, lines marked − what the file says now.</source>
        <translation>%1 – gesichert am %2. Mit + markierte Zeilen sind der wiederhergestellte Text, mit − markierte Zeilen der aktuelle Inhalt der Datei.</translation>
    </message>
</context>
<context>
    <name>Postwright::RemoteManifest</name>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="113"/>
        <source>Cannot create the folder for the deploy record.</source>
        <translation>Der Ordner für das Bereitstellungsprotokoll kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="147"/>
        <source>The deploy record on the server (%1) has format version %2, which this version of Postwright does not know. Update Postwright.</source>
        <translation>Das Bereitstellungsprotokoll auf dem Server (%1) hat die Formatversion %2, die diese Version von Postwright nicht kennt. Aktualisieren Sie Postwright.</translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="156"/>
        <source>the head names no valid base</source>
        <translation>Der Kopf nennt keine gültige Basis</translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="161"/>
        <location filename="../app/publish/remotemanifest.cpp" line="178"/>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="172"/>
        <source>the head names an invalid file</source>
        <translation>Der Kopf nennt eine ungültige Datei</translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="192"/>
        <source>%1 has a broken entry</source>
        <translation>%1 enthält einen fehlerhaften Eintrag</translation>
    </message>
</context>
<context>
    <name>Postwright::RenamePostDialog</name>
    <message>
        <location filename="../ui/posttree/renamepostdialog.cpp" line="23"/>
        <source>Rename Post</source>
        <translation>Beitrag umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/posttree/renamepostdialog.cpp" line="31"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/posttree/renamepostdialog.cpp" line="34"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ui/posttree/renamepostdialog.cpp" line="35"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../ui/posttree/renamepostdialog.cpp" line="57"/>
        <source>%1 (unchanged)</source>
        <translation>%1 (unverändert)</translation>
    </message>
</context>
<context>
    <name>Postwright::S3Transport</name>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="209"/>
        <source>“%1” in %2</source>
        <comment>a file in a bucket, %2 in &quot;%1 %2 failed: %3&quot;</comment>
        <translation>„%1“ in %2</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="270"/>
        <location filename="../app/publish/s3transport.cpp" line="319"/>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="275"/>
        <source>the TLS certificate of %1 could not be verified.</source>
        <translation>Das TLS-Zertifikat von %1 konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="277"/>
        <location filename="../app/publish/s3transport.cpp" line="282"/>
        <source>the connection failed or was lost.</source>
        <translation>Die Verbindung ist fehlgeschlagen oder wurde unterbrochen.</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="293"/>
        <source>the service does not know the access key ID “%1”.</source>
        <translation>Der Dienst kennt die Zugriffsschlüssel-ID „%1“ nicht.</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="295"/>
        <source>the secret access key does not belong to the access key ID “%1”.</source>
        <translation>Der geheime Zugriffsschlüssel gehört nicht zur Zugriffsschlüssel-ID „%1“.</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="298"/>
        <source>the service did not accept the access keys (%1).</source>
        <translation>Der Dienst hat die Zugriffsschlüssel nicht akzeptiert (%1).</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="300"/>
        <source>the bucket “%1” does not exist. Check the bucket name, the endpoint and the region in blog.yaml.</source>
        <translation>Der Bucket „%1“ existiert nicht. Prüfen Sie den Bucket-Namen, den Endpunkt und die Region in blog.yaml.</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="305"/>
        <source>access denied: the access key “%1” may not do this in the bucket “%2”.</source>
        <translation>Zugriff verweigert: Der Zugriffsschlüssel „%1“ darf dies im Bucket „%2“ nicht tun.</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="308"/>
        <source>the file is larger than the service accepts.</source>
        <translation>Die Datei ist größer, als der Dienst akzeptiert.</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="311"/>
        <source>the bucket “%1” is in another region or needs another endpoint (%2).</source>
        <translation>Der Bucket „%1“ liegt in einer anderen Region oder benötigt einen anderen Endpunkt (%2).</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="314"/>
        <source>the service is busy or had a problem (HTTP %1 %2).</source>
        <translation>Der Dienst ist ausgelastet oder hatte ein Problem (HTTP %1 %2).</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="317"/>
        <source>the service answered HTTP %1 %2</source>
        <translation>Der Dienst hat mit HTTP %1 %2 geantwortet</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="328"/>
        <source>Publishing to S3 needs a bucket, an access key ID and a secret access key.</source>
        <translation>Zum Veröffentlichen auf S3 werden ein Bucket, eine Zugriffsschlüssel-ID und ein geheimer Zugriffsschlüssel benötigt.</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="343"/>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="361"/>
        <location filename="../app/publish/s3transport.cpp" line="366"/>
        <source>Uploading</source>
        <translation>Hochladen von</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="379"/>
        <location filename="../app/publish/s3transport.cpp" line="387"/>
        <source>Removing</source>
        <translation>Entfernen von</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="399"/>
        <location filename="../app/publish/s3transport.cpp" line="410"/>
        <source>Reading</source>
        <translation>Lesen von</translation>
    </message>
</context>
<context>
    <name>Postwright::SecretPrompt</name>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="20"/>
        <source>Publish to %1</source>
        <translation>Auf %1 veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="24"/>
        <source>Enter the password for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Geben Sie das Passwort für &lt;b&gt;%1&lt;/b&gt; ein.</translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="25"/>
        <source>Enter the passphrase of the key %1 for &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Geben Sie die Passphrase des Schlüssels %1 für &lt;b&gt;%2&lt;/b&gt; ein.</translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="40"/>
        <source>Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="43"/>
        <source>Stored only after the server accepted it. It never goes into blog.yaml.</source>
        <translation>Wird erst gespeichert, nachdem der Server es akzeptiert hat. Es gelangt nie in blog.yaml.</translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="51"/>
        <source>Secret</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="55"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="80"/>
        <source>%1
Postwright will keep what you enter in memory until you quit, and ask again next time.</source>
        <translation>%1
Postwright behält Ihre Eingabe bis zum Beenden im Speicher und fragt beim nächsten Mal erneut.</translation>
    </message>
</context>
<context>
    <name>Postwright::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="55"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="60"/>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="61"/>
        <source>Pre&amp;view</source>
        <translation>Vor&amp;schau</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="62"/>
        <source>&amp;Publishing</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="63"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="73"/>
        <source>Show the default settings; OK or Apply keeps them</source>
        <translation>Die Standardeinstellungen anzeigen; OK oder Anwenden übernimmt sie</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="116"/>
        <source>Use a font of my choice</source>
        <translation>Eine Schrift meiner Wahl verwenden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="123"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="135"/>
        <source>Font:</source>
        <translation>Schrift:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="138"/>
        <source>Off: a typeface made for reading code and prose at small sizes (%1). Zooming with Ctrl+wheel or Ctrl++ still works on top of the size.</source>
        <translation>Aus: eine Schrift, die zum Lesen von Code und Text in kleinen Größen gemacht ist (%1). Zoomen mit Strg+Mausrad oder Strg++ wirkt weiterhin zusätzlich zur Größe.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="146"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="147"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="148"/>
        <source>Auto&amp;save after:</source>
        <translation>&amp;Automatisch speichern nach:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="150"/>
        <source>Seconds after you stop typing. Off: the post is saved when you save it, switch posts or quit; unsaved text is kept in the recovery journal either way.</source>
        <translation>Sekunden, nachdem Sie aufhören zu tippen. Aus: Der Beitrag wird gespeichert, wenn Sie ihn speichern, den Beitrag wechseln oder Postwright beenden; ungespeicherter Text bleibt in jedem Fall im Wiederherstellungsjournal.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="154"/>
        <source>Check spelling as you &amp;type</source>
        <translation>Rechtschreibung beim &amp;Tippen prüfen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="156"/>
        <source>Spelling:</source>
        <translation>Rechtschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="161"/>
        <source>The blog’s language (%1)</source>
        <translation>Die Sprache des Blogs (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="162"/>
        <source>The blog’s language (no dictionary installed)</source>
        <translation>Die Sprache des Blogs (kein Wörterbuch installiert)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="166"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="170"/>
        <source>Open a blog to choose its spelling language.</source>
        <translation>Öffnen Sie einen Blog, um seine Rechtschreibsprache zu wählen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="175"/>
        <source>No Hunspell dictionaries are installed; install one (hunspell-en-us, say) to check spelling.</source>
        <translation>Es sind keine Hunspell-Wörterbücher installiert; installieren Sie eines (etwa hunspell-de-de), um die Rechtschreibung zu prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="177"/>
        <source>For %1 only; each blog keeps its own.</source>
        <translation>Nur für %1; jeder Blog behält seine eigene.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="188"/>
        <source>Show &amp;images from the web</source>
        <translation>&amp;Bilder aus dem Web anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="191"/>
        <source>A post’s image on another server tells that server the post is being edited. Off, the preview shows the image’s address and contacts no server.</source>
        <translation>Ein Bild eines Beitrags auf einem anderen Server verrät diesem Server, dass der Beitrag bearbeitet wird. Wenn aus, zeigt die Vorschau die Adresse des Bildes und kontaktiert keinen Server.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="195"/>
        <source>&amp;Synchronize scrolling of the editor and the preview</source>
        <translation>Scrollen von Editor und Vorschau s&amp;ynchronisieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="199"/>
        <source>Show posts in the site’s own &amp;style</source>
        <translation>Beiträge im eigenen &amp;Stil der Website zeigen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="204"/>
        <source>For %1 only: its own stylesheets instead of the built-in theme. Postwright keeps this choice itself; the site’s files are not changed.</source>
        <translation>Nur für %1: die eigenen Stylesheets statt des eingebauten Designs. Postwright merkt sich diese Wahl selbst; die Dateien der Website werden nicht geändert.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="207"/>
        <source>Only for a Hugo or Jekyll site whose stylesheets Postwright found (build it first, or name them in postwright.yaml).</source>
        <translation>Nur für eine Hugo- oder Jekyll-Website, deren Stylesheets Postwright gefunden hat (erstellen Sie sie zuerst, oder nennen Sie sie in postwright.yaml).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="220"/>
        <source>The blog’s default (none set: ask)</source>
        <translation>Das Standardziel des Blogs (keines festgelegt: fragen)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="221"/>
        <source>The blog’s default (%1)</source>
        <translation>Das Standardziel des Blogs (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="225"/>
        <source>Ask each time</source>
        <translation>Jedes Mal fragen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="226"/>
        <source>&amp;Publish sends to:</source>
        <translation>Veröffentlichen &amp;sendet an:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="231"/>
        <source>Open a blog to choose where its Publish button sends it.</source>
        <translation>Öffnen Sie einen Blog, um zu wählen, wohin seine Schaltfläche „Veröffentlichen“ sendet.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="233"/>
        <source>The publish targets could not be read: %1</source>
        <translation>Die Veröffentlichungsziele konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="235"/>
        <source>This blog has no publish targets yet: add them in Site ▸ Publish Targets.</source>
        <translation>Dieser Blog hat noch keine Veröffentlichungsziele: Fügen Sie sie unter Website ▸ Veröffentlichungsziele hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="237"/>
        <source>For %1 only. Site ▸ Publish To still sends to any target.</source>
        <translation>Nur für %1. Website ▸ Veröffentlichen auf sendet weiterhin an jedes Ziel.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="249"/>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="250"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="251"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="252"/>
        <source>&amp;Theme:</source>
        <translation>Desi&amp;gn:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="258"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Oberflächensprache:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="331"/>
        <source>%1 (not installed)</source>
        <translation>%1 (nicht installiert)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="336"/>
        <source>%1 (no longer in the blog’s targets)</source>
        <translation>%1 (nicht mehr unter den Zielen des Blogs)</translation>
    </message>
</context>
<context>
    <name>Postwright::SftpTransport</name>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="170"/>
        <location filename="../app/publish/sftptransport.cpp" line="301"/>
        <location filename="../app/publish/sftptransport.cpp" line="319"/>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="174"/>
        <source>the host key of %1 has changed since it was trusted. The server may have been reinstalled, or someone may be intercepting the connection, so Postwright refused to connect. If the change is expected, remove the old key for %1 from %2.</source>
        <translation>Der Host-Schlüssel von %1 hat sich geändert, seit ihm vertraut wurde. Der Server wurde vielleicht neu installiert, oder jemand fängt die Verbindung ab, daher hat Postwright die Verbindung verweigert. Falls die Änderung erwartet ist, entfernen Sie den alten Schlüssel für %1 aus %2.</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="181"/>
        <source>%1 is not a known host and its key was not accepted.</source>
        <translation>%1 ist kein bekannter Host, und sein Schlüssel wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="188"/>
        <source>the server did not accept the password for “%1”.</source>
        <translation>Der Server hat das Passwort für „%1“ nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="189"/>
        <source>the server did not accept the key %1 for “%2” (or its passphrase is wrong).</source>
        <translation>Der Server hat den Schlüssel %1 für „%2“ nicht akzeptiert (oder seine Passphrase ist falsch).</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="193"/>
        <source>the server&apos;s host key could not be verified.</source>
        <translation>Der Host-Schlüssel des Servers konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="195"/>
        <source>the server has no space left.</source>
        <translation>Auf dem Server ist kein Speicherplatz mehr frei.</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="199"/>
        <location filename="../app/publish/sftptransport.cpp" line="204"/>
        <location filename="../app/publish/sftptransport.cpp" line="301"/>
        <source>the connection failed or was lost.</source>
        <translation>Die Verbindung ist fehlgeschlagen oder wurde unterbrochen.</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="168"/>
        <location filename="../app/publish/sftptransport.cpp" line="297"/>
        <source>“%1” on %2</source>
        <comment>a file on a server, %2 in &quot;%1 %2 failed: %3&quot;</comment>
        <translation>„%1“ auf %2</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="221"/>
        <source>Connecting to</source>
        <translation>Verbindung mit</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="229"/>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="251"/>
        <location filename="../app/publish/sftptransport.cpp" line="301"/>
        <location filename="../app/publish/sftptransport.cpp" line="320"/>
        <source>Uploading</source>
        <translation>Hochladen von</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="321"/>
        <source>the server has no space left (%1 bytes free, the file needs %2).</source>
        <translation>Auf dem Server ist nicht genug Speicherplatz frei (%1 Bytes frei, die Datei benötigt %2).</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="338"/>
        <source>Removing</source>
        <translation>Entfernen von</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="353"/>
        <source>Reading</source>
        <translation>Lesen von</translation>
    </message>
</context>
<context>
    <name>Postwright::ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="96"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="100"/>
        <source>Filter by command or key, e.g. “save” or “Ctrl+Shift”</source>
        <translation>Nach Befehl oder Taste filtern, z. B. „speichern“ oder „Ctrl+Shift“</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="108"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="108"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="124"/>
        <source>&amp;Copy List</source>
        <translation>Liste &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="126"/>
        <source>Copy the shortcuts shown, to paste into a document or print</source>
        <translation>Die angezeigten Tastenkürzel kopieren, um sie in ein Dokument einzufügen oder zu drucken</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="153"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="207"/>
        <source>No command matches “%1”.</source>
        <translation>Kein Befehl passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>Postwright::SiteBuilder</name>
    <message>
        <location filename="../app/site/sitebuilder.cpp" line="94"/>
        <source>The output folder must not be the blog folder itself.</source>
        <translation>Der Ausgabeordner darf nicht der Blog-Ordner selbst sein.</translation>
    </message>
    <message>
        <location filename="../app/site/sitebuilder.cpp" line="125"/>
        <source>Could not create the output folder.</source>
        <translation>Der Ausgabeordner konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../app/site/sitebuilder.cpp" line="155"/>
        <source>Math is on, but KaTeX was not found in %1 (Debian package libjs-katex): pages show math as TeX.</source>
        <translation>Mathematik ist aktiviert, aber KaTeX wurde in %1 nicht gefunden (Debian-Paket libjs-katex): Seiten zeigen Formeln als TeX.</translation>
    </message>
    <message>
        <location filename="../app/site/sitebuilder.cpp" line="268"/>
        <source>(while building %1)</source>
        <translation>(beim Erstellen von %1)</translation>
    </message>
    <message>
        <location filename="../app/site/sitebuilder.cpp" line="499"/>
        <source>The build was cancelled; run it again to finish.</source>
        <translation>Die Erstellung wurde abgebrochen; führen Sie sie erneut aus, um sie abzuschließen.</translation>
    </message>
</context>
<context>
    <name>Postwright::SiteConfig</name>
    <message>
        <location filename="../app/blog/siteconfig.cpp" line="227"/>
        <source>Invalid TOML: %1.</source>
        <translation>Ungültiges TOML: %1.</translation>
    </message>
    <message>
        <location filename="../app/blog/siteconfig.cpp" line="239"/>
        <source>Invalid JSON: %1.</source>
        <translation>Ungültiges JSON: %1.</translation>
    </message>
    <message>
        <location filename="../app/blog/siteconfig.cpp" line="240"/>
        <source>The config should be a JSON object: { &quot;title&quot;: &quot;…&quot; }.</source>
        <translation>Die Konfiguration sollte ein JSON-Objekt sein: { &quot;title&quot;: &quot;…&quot; }.</translation>
    </message>
    <message>
        <location filename="../app/blog/siteconfig.cpp" line="250"/>
        <source>The config should be a list of “key: value” lines.</source>
        <translation>Die Konfiguration sollte eine Liste von „Schlüssel: Wert“-Zeilen sein.</translation>
    </message>
</context>
<context>
    <name>Postwright::SiteContent</name>
    <message>
        <location filename="../app/site/sitecontent.cpp" line="263"/>
        <source>It has the same address %1 as %2; give one of them another slug.</source>
        <translation>Diese Datei hat dieselbe Adresse %1 wie %2; geben Sie einem von beiden einen anderen Slug.</translation>
    </message>
</context>
<context>
    <name>Postwright::SiteLayout</name>
    <message>
        <location filename="../app/blog/sitelayout.cpp" line="154"/>
        <source>%1 has a %2 but no %3/ folder beside it, so it is not a Hugo site; and there is no blog.yaml (Postwright) or _config.yml (Jekyll).</source>
        <translation>%1 enthält %2, aber keinen Ordner %3/ daneben, ist also keine Hugo-Website; und es gibt weder blog.yaml (Postwright) noch _config.yml (Jekyll).</translation>
    </message>
    <message>
        <location filename="../app/blog/sitelayout.cpp" line="158"/>
        <source>This folder is not a blog Postwright can open: there is no blog.yaml, hugo.toml, config.toml or _config.yml in %1. Choose the folder that holds one of them (a Postwright blog, a Hugo site or a Jekyll site).</source>
        <translation>Dieser Ordner ist kein Blog, das Postwright öffnen kann: In %1 gibt es weder blog.yaml noch hugo.toml, config.toml oder _config.yml. Wählen Sie den Ordner, der eine dieser Dateien enthält (ein Postwright-Blog, eine Hugo-Website oder eine Jekyll-Website).</translation>
    </message>
    <message>
        <location filename="../app/blog/sitelayout.cpp" line="207"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Postwright::SiteStyleSheets</name>
    <message>
        <location filename="../app/site/sitestylesheets.cpp" line="350"/>
        <source>%1 is not inside the site: not used.</source>
        <translation>%1 liegt nicht innerhalb der Website: wird nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../app/site/sitestylesheets.cpp" line="358"/>
        <source>%1 was not found in the site (or is not a CSS file).</source>
        <translation>%1 wurde in der Website nicht gefunden (oder ist keine CSS-Datei).</translation>
    </message>
    <message>
        <location filename="../app/site/sitestylesheets.cpp" line="396"/>
        <source>%1 is not on the site: not loaded in the preview.</source>
        <translation>%1 ist nicht auf der Website: wird in der Vorschau nicht geladen.</translation>
    </message>
</context>
<context>
    <name>Postwright::SiteToolSettings</name>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="105"/>
        <source>The file should be a list of settings such as “build:”.</source>
        <translation>Die Datei sollte eine Liste von Einstellungen wie „build:“ sein.</translation>
    </message>
</context>
<context>
    <name>Postwright::SpellChecker</name>
    <message>
        <location filename="../app/spell/spellchecker.cpp" line="25"/>
        <source>The %1 spelling dictionary cannot be used: %2. Reinstall it or choose another language.</source>
        <translation>Das Rechtschreibwörterbuch für %1 kann nicht verwendet werden: %2. Installieren Sie es neu oder wählen Sie eine andere Sprache.</translation>
    </message>
    <message>
        <location filename="../app/spell/spellchecker.cpp" line="62"/>
        <source>its word list does not start with the number of words</source>
        <translation>Seine Wortliste beginnt nicht mit der Anzahl der Wörter</translation>
    </message>
    <message>
        <location filename="../app/spell/spellchecker.cpp" line="84"/>
        <source>No spelling dictionary is installed for this language.</source>
        <translation>Für diese Sprache ist kein Rechtschreibwörterbuch installiert.</translation>
    </message>
    <message>
        <location filename="../app/spell/spellchecker.cpp" line="98"/>
        <source>its character encoding %1 is not supported</source>
        <translation>Seine Zeichenkodierung %1 wird nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>Postwright::SpellController</name>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="56"/>
        <source>Check Spelling</source>
        <translation>Rechtschreibung prüfen</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="57"/>
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="173"/>
        <source>Spelling not checked: %1</source>
        <translation>Rechtschreibung nicht geprüft: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="197"/>
        <source>Spelling not checked</source>
        <translation>Rechtschreibung nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="199"/>
        <source>Loading the %1 dictionary…</source>
        <translation>Wörterbuch für %1 wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="203"/>
        <source>Spelling: %1</source>
        <translation>Rechtschreibung: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="205"/>
        <source>No %1 dictionary installed — spelling not checked</source>
        <translation>Kein Wörterbuch für %1 installiert – Rechtschreibung nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="417"/>
        <source>No dictionaries installed</source>
        <translation>Keine Wörterbücher installiert</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="468"/>
        <source>No Suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="472"/>
        <source>Add “%1” to Dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="475"/>
        <source>Ignore “%1”</source>
        <translation>„%1“ ignorieren</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="504"/>
        <source>“%1” is accepted until Postwright quits, but could not be saved: %2</source>
        <translation>„%1“ wird bis zum Beenden von Postwright akzeptiert, konnte aber nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Postwright::TargetsDialog</name>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="49"/>
        <source>Publish Targets</source>
        <translation>Veröffentlichungsziele</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="61"/>
        <source>Postwright publishes to the targets listed in &lt;b&gt;blog.yaml&lt;/b&gt; under &lt;tt&gt;publish:&lt;/tt&gt;. Passwords and tokens never go there: save them here, in the system keychain.</source>
        <translation>Postwright veröffentlicht auf den Zielen, die in &lt;b&gt;blog.yaml&lt;/b&gt; unter &lt;tt&gt;publish:&lt;/tt&gt; aufgeführt sind. Passwörter und Tokens gehören nie dorthin: Speichern Sie sie hier, im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="64"/>
        <source>Postwright publishes this %1 site to the targets listed in &lt;b&gt;%2&lt;/b&gt; under &lt;tt&gt;publish:&lt;/tt&gt;, at the site’s root (not in blog.yaml: a %1 site has none, and %3 does not read %2). What %3 builds is what is sent. Passwords and tokens never go there: save them here, in the system keychain.</source>
        <translation>Postwright veröffentlicht diese %1-Website auf den Zielen, die in &lt;b&gt;%2&lt;/b&gt; unter &lt;tt&gt;publish:&lt;/tt&gt; aufgeführt sind, im Stammordner der Website (nicht in blog.yaml: Eine %1-Website hat keine, und %3 liest %2 nicht). Gesendet wird, was %3 erstellt. Passwörter und Tokens gehören nie dorthin: Speichern Sie sie hier, im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="80"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="80"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="80"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="93"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="98"/>
        <source>Save to Keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="100"/>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="111"/>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="118"/>
        <source>Show the review before publishing to this target</source>
        <translation>Vor dem Veröffentlichen auf diesem Ziel die Überprüfung anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="129"/>
        <source>Where:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="151"/>
        <source>How to add a target</source>
        <translation>So fügen Sie ein Ziel hinzu</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="178"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="243"/>
        <source># Postwright&apos;s settings for this %1 site: where it is published and how it is
# built. %2 does not read this file. Passwords and tokens never go here:
# save them in Site &gt; Publish Targets, in the system keychain.
#
# Publish sends what %2 builds. Uncomment a target and adapt it:
</source>
        <translation># Postwrights Einstellungen für diese %1-Website: wohin sie veröffentlicht und wie sie
# erstellt wird. %2 liest diese Datei nicht. Passwörter und Token gehören nie hierher:
# Speichern Sie sie unter Website &gt; Veröffentlichungsziele, im Schlüsselbund des Systems.
#
# Veröffentlichen sendet, was %2 erstellt. Kommentieren Sie ein Ziel ein und passen Sie es an:
</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="162"/>
        <source>Add a section like this to %2 (types: folder, zip, sftp, ftp, ftps, s3, git,
netlify for the built site; wordpress, ghost, metaweblog, micropub to send the
posts to a hosted blog):

%1
Then save the sftp target&apos;s password here, the WordPress application password
and the Ghost Admin API key.</source>
        <translation>Fügen Sie %2 einen Abschnitt wie diesen hinzu (Typen: folder, zip, sftp,
ftp, ftps, s3, git, netlify für die erstellte Website; wordpress, ghost,
metaweblog, micropub, um die Beiträge an ein gehostetes Blog zu senden):

%1
Speichern Sie dann hier das Passwort des sftp-Ziels, das Anwendungspasswort
für WordPress und den Admin-API-Schlüssel für Ghost.</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="175"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="203"/>
        <source>The publish section of %1 has a problem:
%2</source>
        <translation>Der Abschnitt „publish“ in %1 enthält einen Fehler:
%2</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="211"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="227"/>
        <source>This blog has no publish targets yet.</source>
        <translation>Dieses Blog hat noch keine Veröffentlichungsziele.</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="251"/>
        <source>#
# How the site is built (Site &gt; Build Settings): the command, or generator: false
# for Postwright&apos;s own theme.
# build:
#   command: %1
</source>
        <translation>#
# Wie die Website erstellt wird (Website &gt; Erstellungseinstellungen): der Befehl, oder generator: false
# für Postwrights eigenes Theme.
# build:
#   command: %1
</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="259"/>
        <source>#
# Jekyll copies files it does not know into the site: keep this one out of it with
# &quot;exclude: [postwright.yaml]&quot; in _config.yml.
</source>
        <translation>#
# Jekyll kopiert Dateien, die es nicht kennt, in die Website: Halten Sie diese mit
# &quot;exclude: [postwright.yaml]&quot; in _config.yml heraus.
</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="271"/>
        <source>%1 could not be created: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="311"/>
        <source>Secret:</source>
        <translation>Zugangsdaten:</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="313"/>
        <source>Type it to save or test it</source>
        <translation>Eingeben, um zu speichern oder zu testen</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="313"/>
        <source>This target needs none</source>
        <translation>Dieses Ziel benötigt keine</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="338"/>
        <source>Looking in the keychain…</source>
        <translation>Schlüsselbund wird durchsucht …</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="366"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="400"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="446"/>
        <source>Could not log in: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="447"/>
        <source>Could not connect: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="450"/>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
</context>
<context>
    <name>Postwright::TemplateEngine</name>
    <message>
        <location filename="../app/site/templateengine.cpp" line="576"/>
        <source>The theme has no template “%1”.</source>
        <translation>Das Theme hat keine Vorlage „%1“.</translation>
    </message>
</context>
<context>
    <name>Postwright::TextSearch</name>
    <message>
        <location filename="../ui/editor/textsearch.cpp" line="26"/>
        <source>%1 (at character %2)</source>
        <translation>%1 (bei Zeichen %2)</translation>
    </message>
</context>
<context>
    <name>Postwright::Theme</name>
    <message>
        <location filename="../app/site/theme.cpp" line="109"/>
        <source>built-in theme: </source>
        <translation>eingebautes Theme: </translation>
    </message>
    <message>
        <location filename="../app/site/theme.cpp" line="181"/>
        <source>The theme has no template “%1”.</source>
        <translation>Das Theme hat keine Vorlage „%1“.</translation>
    </message>
    <message>
        <location filename="../app/site/theme.cpp" line="204"/>
        <source>The theme has no asset “%1”.</source>
        <translation>Das Theme hat keine Ressource „%1“.</translation>
    </message>
</context>
<context>
    <name>Postwright::ThemeLabels</name>
    <message>
        <location filename="../app/site/themelabels.cpp" line="26"/>
        <source>Read more</source>
        <translation>Weiterlesen</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="20"/>
        <source>Skip to content</source>
        <translation>Zum Inhalt springen</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="21"/>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="22"/>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="23"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="24"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="25"/>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="27"/>
        <source>min read</source>
        <translation>Min. Lesezeit</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="28"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="29"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="30"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="31"/>
        <source>Previous post</source>
        <translation>Vorheriger Beitrag</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="32"/>
        <source>Next post</source>
        <translation>Nächster Beitrag</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="33"/>
        <source>Newer posts</source>
        <translation>Neuere Beiträge</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="34"/>
        <source>Older posts</source>
        <translation>Ältere Beiträge</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="35"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="36"/>
        <source>of</source>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="37"/>
        <source>Posts in</source>
        <translation>Beiträge in</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="38"/>
        <source>Tagged</source>
        <translation>Verschlagwortet mit</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="39"/>
        <source>Posts from</source>
        <translation>Beiträge aus</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="40"/>
        <source>Page not found</source>
        <translation>Seite nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="41"/>
        <source>There is nothing at this address. It may have moved, or the link may be mistyped.</source>
        <translation>Unter dieser Adresse gibt es nichts. Vielleicht wurde die Seite verschoben, oder der Link enthält einen Tippfehler.</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="43"/>
        <source>Back to the home page</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="44"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="45"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="46"/>
        <source>Main</source>
        <translation>Hauptnavigation</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="47"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="48"/>
        <source>More posts</source>
        <translation>Weitere Beiträge</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="49"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="50"/>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
</context>
<context>
    <name>Postwright::TomlFrontMatter</name>
    <message>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="177"/>
        <source>Invalid TOML: %1.</source>
        <translation>Ungültiges TOML: %1.</translation>
    </message>
</context>
<context>
    <name>Postwright::TomlReader</name>
    <message>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="93"/>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="132"/>
        <source>“%1” should be text.</source>
        <translation>„%1“ sollte Text sein.</translation>
    </message>
    <message>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="101"/>
        <source>“%1” is not a date: write it as 2024-05-01 or 2024-05-01T09:30:00+02:00.</source>
        <translation>„%1“ ist kein Datum: Schreiben Sie es als 2024-05-01 oder 2024-05-01T09:30:00+02:00.</translation>
    </message>
    <message>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="108"/>
        <source>“%1” should be true or false.</source>
        <translation>„%1“ sollte true oder false sein.</translation>
    </message>
    <message>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="151"/>
        <source>“%1” should be a list, like [one, two].</source>
        <translation>„%1“ sollte eine Liste sein, etwa [eins, zwei].</translation>
    </message>
    <message>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="155"/>
        <source>Each entry of “%1” should be text.</source>
        <translation>Jeder Eintrag von „%1“ sollte Text sein.</translation>
    </message>
</context>
<context>
    <name>Postwright::Translations</name>
    <message>
        <location filename="../app/util/translations.cpp" line="24"/>
        <source>English</source>
        <comment>The name of this translation&apos;s language in that language, as a list of languages shows it: Deutsch, Français, Español</comment>
        <translation>Deutsch</translation>
    </message>
</context>
<context>
    <name>Postwright::UiLanguage</name>
    <message>
        <location filename="../ui/mainwindow/uilanguage.cpp" line="44"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/uilanguage.cpp" line="50"/>
        <source>The new language takes effect the next time Postwright starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Postwright.</translation>
    </message>
</context>
<context>
    <name>Postwright::UndoBar</name>
    <message>
        <location filename="../ui/posttree/undobar.cpp" line="27"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/posttree/undobar.cpp" line="34"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Postwright::WelcomeDialog</name>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="107"/>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="175"/>
        <source>Welcome to Postwright</source>
        <translation>Willkommen bei Postwright</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="116"/>
        <source>&amp;Show this at start-up</source>
        <translation>Beim &amp;Start anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="121"/>
        <source>Help ▸ Welcome opens it again.</source>
        <translation>„Hilfe ▸ Willkommen“ öffnet es wieder.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="183"/>
        <source>Write blog posts in Markdown, preview them in your blog&apos;s own theme, and publish anywhere.</source>
        <translation>Blogbeiträge in Markdown schreiben, im eigenen Theme des Blogs ansehen und überall veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="209"/>
        <source>Start</source>
        <translation>Loslegen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="217"/>
        <source>&amp;Open a blog or site folder</source>
        <translation>Blog- oder Website-Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="218"/>
        <source>A Postwright blog, or a Hugo or Jekyll site that Postwright edits in place.</source>
        <translation>Ein Postwright-Blog oder eine Hugo- oder Jekyll-Website, die Postwright an Ort und Stelle bearbeitet.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="220"/>
        <source>&amp;Create a new blog</source>
        <translation>Ein neues Blog &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="221"/>
        <source>An empty blog in a new folder, with the built-in theme and a first post.</source>
        <translation>Ein leeres Blog in einem neuen Ordner, mit dem eingebauten Theme und einem ersten Beitrag.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="223"/>
        <source>&amp;Import from WordPress</source>
        <translation>Aus WordPress &amp;importieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="224"/>
        <source>Turn a WordPress export (WXR) into a new blog: posts, pages, categories, tags and images.</source>
        <translation>Einen WordPress-Export (WXR) in ein neues Blog verwandeln: Beiträge, Seiten, Kategorien, Schlagwörter und Bilder.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="228"/>
        <source>&amp;Explore the sample blog</source>
        <translation>Das Beispiel-Blog &amp;erkunden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="229"/>
        <source>A few example posts to look around: edit them, try the preview, build the site.</source>
        <translation>Ein paar Beispielbeiträge zum Umsehen: Bearbeiten Sie sie, probieren Sie die Vorschau aus, erstellen Sie die Website.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="263"/>
        <source>Recent</source>
        <translation>Zuletzt verwendet</translation>
    </message>
</context>
<context>
    <name>Postwright::WordPressApi</name>
    <message>
        <location filename="../app/publish/blogapis.cpp" line="42"/>
        <source>WordPress at %1</source>
        <translation>WordPress unter %1</translation>
    </message>
</context>
<context>
    <name>Postwright::WordPressClient</name>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="149"/>
        <source>“%1” is not a WordPress site address. Use the address of the blog, starting with https://.</source>
        <translation>„%1“ ist keine WordPress-Adresse. Verwenden Sie die Adresse des Blogs, beginnend mit https://.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="156"/>
        <source>Postwright does not send the application password to %1 over plain http://: anyone on the way could read it. Use https://, or allow insecure connections for this target if you trust the network.</source>
        <translation>Postwright sendet das Anwendungspasswort nicht über unverschlüsseltes http:// an %1: Jeder auf dem Übertragungsweg könnte es mitlesen. Verwenden Sie https:// oder erlauben Sie für dieses Ziel unsichere Verbindungen, wenn Sie dem Netzwerk vertrauen.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="281"/>
        <source>no explanation given</source>
        <translation>keine Begründung angegeben</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="287"/>
        <source>WordPress refused the application password for %1 at %2 (%3). Create an application password under Users, Profile in WordPress and store it for this target.</source>
        <translation>WordPress unter %2 hat das Anwendungspasswort für %1 abgelehnt (%3). Erstellen Sie in WordPress unter Benutzer, Profil ein Anwendungspasswort und speichern Sie es für dieses Ziel.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="292"/>
        <source>WordPress does not let %1 at %2 do %3: %4. Check the user&apos;s role.</source>
        <translation>WordPress unter %2 erlaubt %1 keinen Zugriff auf %3: %4. Prüfen Sie die Rolle des Benutzers.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="296"/>
        <source>Cannot reach WordPress at %1 for %2: %3. Publish again later.</source>
        <translation>WordPress unter %1 ist für %2 nicht erreichbar: %3. Veröffentlichen Sie später erneut.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="300"/>
        <source>WordPress at %1 could not take %2 (HTTP %3: %4). Publish again later.</source>
        <translation>WordPress unter %1 konnte %2 nicht annehmen (HTTP %3: %4). Veröffentlichen Sie später erneut.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="307"/>
        <source>WordPress at %1 sent %2 elsewhere (%3). Set the target&apos;s address to where the blog now is.</source>
        <translation>WordPress unter %1 hat %2 an eine andere Adresse umgeleitet (%3). Stellen Sie als Adresse des Ziels den neuen Ort des Blogs ein.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="312"/>
        <source>WordPress at %1 refused %2 (HTTP %3): %4</source>
        <translation>WordPress unter %1 hat %2 abgelehnt (HTTP %3): %4</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="318"/>
        <source>WordPress at %1 answered %2 with something Postwright does not understand (expected %3). A plugin or the server may be changing the answer.</source>
        <translation>WordPress unter %1 hat auf %2 mit etwas geantwortet, das Postwright nicht versteht (erwartet: %3). Möglicherweise verändert ein Plugin oder der Server die Antwort.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="327"/>
        <source>the REST API</source>
        <translation>die REST-API</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="348"/>
        <source>%1 has no WordPress REST API (neither /wp-json/wp/v2/ nor ?rest_route=/wp/v2/ answers). Check the address, and that no plugin switches the API off.</source>
        <translation>%1 hat keine WordPress-REST-API (weder /wp-json/wp/v2/ noch ?rest_route=/wp/v2/ antwortet). Prüfen Sie die Adresse und ob ein Plugin die API abschaltet.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="375"/>
        <source>the tag “%1”</source>
        <translation>das Schlagwort „%1“</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="375"/>
        <source>the category “%1”</source>
        <translation>die Kategorie „%1“</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="386"/>
        <source>a list of terms</source>
        <translation>eine Liste von Begriffen</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="399"/>
        <source>the new term&apos;s id</source>
        <translation>die ID des neuen Begriffs</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="442"/>
        <source>a post with an id</source>
        <translation>ein Beitrag mit ID</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="447"/>
        <source>the post&apos;s modified_gmt</source>
        <translation>das Feld modified_gmt des Beitrags</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="464"/>
        <location filename="../app/publish/wordpressclient.cpp" line="479"/>
        <location filename="../app/publish/wordpressclient.cpp" line="532"/>
        <source>the post “%1”</source>
        <translation>den Beitrag „%1“</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="495"/>
        <source>the post with id %1</source>
        <translation>den Beitrag mit der ID %1</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="524"/>
        <source>the login of %1</source>
        <translation>die Anmeldung von %1</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="549"/>
        <location filename="../app/publish/wordpressclient.cpp" line="592"/>
        <source>a list of posts</source>
        <translation>eine Liste von Beiträgen</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="566"/>
        <source>the list of posts (page %1)</source>
        <translation>die Liste der Beiträge (Seite %1)</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="622"/>
        <source>the posts&apos; featured images</source>
        <translation>die Beitragsbilder der Beiträge</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="623"/>
        <source>the posts&apos; tags</source>
        <translation>die Schlagwörter der Beiträge</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="624"/>
        <source>the posts&apos; categories</source>
        <translation>die Kategorien der Beiträge</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="634"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="686"/>
        <source>the file “%1”</source>
        <translation>die Datei „%1“</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="692"/>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="699"/>
        <source>a media item with an id and a source_url</source>
        <translation>ein Medienelement mit ID und source_url</translation>
    </message>
</context>
<context>
    <name>Postwright::WxrReader</name>
    <message>
        <location filename="../app/publish/wxrreader.cpp" line="256"/>
        <source>The export could not be read: %1</source>
        <translation>Der Export konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::XmlRpc</name>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="227"/>
        <source>two values in one &lt;value&gt;</source>
        <translation>zwei Werte in einem &lt;value&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="238"/>
        <source>text beside a typed value</source>
        <translation>Text neben einem typisierten Wert</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="253"/>
        <source>“%1” is not a valid &lt;%2&gt;</source>
        <translation>„%1“ ist kein gültiges &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="260"/>
        <source>&lt;%1&gt; in a &lt;struct&gt;</source>
        <translation>&lt;%1&gt; in einem &lt;struct&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="273"/>
        <source>&lt;%1&gt; in a struct &lt;member&gt;</source>
        <translation>&lt;%1&gt; in einem struct-&lt;member&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="280"/>
        <source>a struct &lt;member&gt; without a &lt;name&gt; and a &lt;value&gt;</source>
        <translation>ein struct-&lt;member&gt; ohne &lt;name&gt; und &lt;value&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="293"/>
        <source>an &lt;array&gt; without &lt;data&gt;</source>
        <translation>ein &lt;array&gt; ohne &lt;data&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="298"/>
        <source>&lt;%1&gt; in an array&apos;s &lt;data&gt;</source>
        <translation>&lt;%1&gt; im &lt;data&gt; eines Arrays</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="308"/>
        <source>&lt;%1&gt; after an array&apos;s &lt;data&gt;</source>
        <translation>&lt;%1&gt; nach dem &lt;data&gt; eines Arrays</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="357"/>
        <source>the unknown type &lt;%1&gt;</source>
        <translation>der unbekannte Typ &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="365"/>
        <source>an empty answer</source>
        <translation>eine leere Antwort</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="372"/>
        <source>a web page, not an XML-RPC answer</source>
        <translation>eine Webseite, keine XML-RPC-Antwort</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="374"/>
        <source>an answer that ends too early (cut off?)</source>
        <translation>eine Antwort, die zu früh endet (abgeschnitten?)</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="376"/>
        <source>not XML: %1</source>
        <translation>kein XML: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="388"/>
        <source>&lt;%1&gt; where &lt;methodResponse&gt; belongs</source>
        <translation>&lt;%1&gt;, wo &lt;methodResponse&gt; stehen sollte</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="392"/>
        <source>a &lt;methodResponse&gt; with neither &lt;params&gt; nor &lt;fault&gt;</source>
        <translation>ein &lt;methodResponse&gt; ohne &lt;params&gt; und ohne &lt;fault&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="400"/>
        <source>&lt;%1&gt; where &lt;param&gt;&lt;value&gt; belongs</source>
        <translation>&lt;%1&gt;, wo &lt;param&gt;&lt;value&gt; stehen sollte</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="409"/>
        <source>more than one value in a &lt;param&gt;</source>
        <translation>mehr als ein Wert in einem &lt;param&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="414"/>
        <source>more than one &lt;param&gt; in an answer</source>
        <translation>mehr als ein &lt;param&gt; in einer Antwort</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="424"/>
        <source>a &lt;fault&gt; without a &lt;value&gt;</source>
        <translation>ein &lt;fault&gt; ohne &lt;value&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="433"/>
        <source>a &lt;fault&gt; without faultCode and faultString</source>
        <translation>ein &lt;fault&gt; ohne faultCode und faultString</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="440"/>
        <source>more than one value in a &lt;fault&gt;</source>
        <translation>mehr als ein Wert in einem &lt;fault&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="445"/>
        <source>&lt;%1&gt; where &lt;params&gt; or &lt;fault&gt; belongs</source>
        <translation>&lt;%1&gt;, wo &lt;params&gt; oder &lt;fault&gt; stehen sollte</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="450"/>
        <source>&lt;%1&gt; after the answer</source>
        <translation>&lt;%1&gt; nach der Antwort</translation>
    </message>
</context>
<context>
    <name>Postwright::YamlDocument</name>
    <message>
        <location filename="../app/blog/yamldocument.cpp" line="16"/>
        <source>Invalid YAML: %1.</source>
        <translation>Ungültiges YAML: %1.</translation>
    </message>
</context>
<context>
    <name>Postwright::ZipDeploy</name>
    <message>
        <location filename="../app/publish/zipdeploy.cpp" line="89"/>
        <source>Cannot create the folder %1 for %2.</source>
        <translation>Der Ordner %1 für %2 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../app/publish/zipdeploy.cpp" line="94"/>
        <source>Cannot write into %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SampleBlog</name>
    <message>
        <location filename="../ui/mainwindow/sampleblog.cpp" line="33"/>
        <source>The bundled sample blog is missing.</source>
        <translation>Das mitgelieferte Beispiel-Blog fehlt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/sampleblog.cpp" line="51"/>
        <source>The folder exists but holds no blog; move it away to get the sample blog back.</source>
        <translation>Der Ordner existiert, enthält aber kein Blog; verschieben Sie ihn an einen anderen Ort, um das Beispiel-Blog zurückzubekommen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/sampleblog.cpp" line="63"/>
        <source>Could not create the sample blog folder.</source>
        <translation>Der Ordner für das Beispiel-Blog konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/cli/main.cpp" line="23"/>
        <source>Work with a Postwright blog from the command line.</source>
        <translation>Mit einem Postwright-Blog auf der Kommandozeile arbeiten.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="30"/>
        <source>Show the commands and options.</source>
        <translation>Die Befehle und Optionen anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="32"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="35"/>
        <source>Print no progress and no summary; errors still go to standard error.</source>
        <translation>Keinen Fortschritt und keine Zusammenfassung ausgeben; Fehler gehen weiterhin auf die Standardfehlerausgabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="38"/>
        <source>build, check, publish: print one JSON document on standard output (see &quot;help COMMAND&quot;).</source>
        <translation>build, check, publish: ein JSON-Dokument auf die Standardausgabe schreiben (siehe &quot;help BEFEHL&quot;).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="42"/>
        <source>The command to run, see below.</source>
        <translation>Der auszuführende Befehl, siehe unten.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="40"/>
        <source>Write blog posts in Markdown and preview them in the blog&apos;s theme.</source>
        <translation>Blogbeiträge in Markdown schreiben und in der Vorschau im Theme des Blogs ansehen.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="46"/>
        <source>The blog folder to open (default: the last one).</source>
        <translation>Der zu öffnende Blog-Ordner (Standard: der zuletzt verwendete).</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="50"/>
        <source>A post in that blog to open (default: the newest).</source>
        <translation>Ein zu öffnender Beitrag in diesem Blog (Standard: der neueste).</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="89"/>
        <source>Postwright</source>
        <translation>Postwright</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="90"/>
        <source>The sample blog could not be created:

%1</source>
        <translation>Das Beispiel-Blog konnte nicht erstellt werden:

%1</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="146"/>
        <location filename="../ui/main.cpp" line="157"/>
        <source>Could Not Open Blog</source>
        <translation>Blog konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="147"/>
        <source>The blog at %1 could not be opened.</source>
        <translation>Das Blog unter %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="149"/>
        <source>The last blog you used could not be opened.</source>
        <translation>Das zuletzt verwendete Blog konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="152"/>
        <source>%1

Postwright opens the sample blog instead.</source>
        <translation>%1

Postwright öffnet stattdessen das Beispiel-Blog.</translation>
    </message>
</context>
</TS>
