<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Postwright</name>
    <message>
        <location filename="../app/site/outputwriter.cpp" line="46"/>
        <location filename="../app/site/outputwriter.cpp" line="56"/>
        <location filename="../app/site/outputwriter.cpp" line="63"/>
        <source>Could not write the file: %1</source>
        <translation>Impossible d’écrire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="203"/>
        <source>This tag is never closed: its closing braces are missing.</source>
        <translation>Cette balise n’est jamais fermée&#xa0;: il manque ses accolades fermantes.</translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="205"/>
        <source>This set-delimiter tag is not valid; it should look like {{=&lt;% %&gt;=}}.</source>
        <translation>Cette balise de changement de délimiteurs n’est pas valide&#xa0;; elle devrait ressembler à {{=&lt;% %&gt;=}}.</translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="207"/>
        <source>{{/%1}} closes a section that was never opened.</source>
        <translation>{{/%1}} ferme une section qui n’a jamais été ouverte.</translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="209"/>
        <source>The section “%1” opened here is never closed with {{/%1}}.</source>
        <translation>La section «&#xa0;%1&#xa0;» ouverte ici n’est jamais fermée par {{/%1}}.</translation>
    </message>
    <message>
        <location filename="../app/site/theme.cpp" line="53"/>
        <source>This is not a readable file (is it a broken link?).</source>
        <translation>Ce n’est pas un fichier lisible (s’agit-il d’un lien cassé&#xa0;?).</translation>
    </message>
    <message>
        <location filename="../app/site/theme.cpp" line="64"/>
        <location filename="../app/site/theme.cpp" line="67"/>
        <location filename="../app/site/theme.cpp" line="89"/>
        <location filename="../app/site/theme.cpp" line="92"/>
        <source>Cannot read this file: %1</source>
        <translation>Impossible de lire ce fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/site/theme.cpp" line="79"/>
        <source>This template is not UTF-8 text. Save it as UTF-8.</source>
        <translation>Ce modèle n’est pas du texte UTF-8. Enregistrez-le en UTF-8.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="81"/>
        <source>The front matter is never closed.</source>
        <translation>L’en-tête n’est jamais fermé.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="91"/>
        <source>Invalid YAML: %1.</source>
        <translation>YAML non valide&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="96"/>
        <source>The front matter is not a list of keys.</source>
        <translation>L’en-tête n’est pas une liste de clés.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="112"/>
        <source>Front matter keys must be plain names.</source>
        <translation>Les clés de l’en-tête doivent être de simples noms.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="117"/>
        <source>The key “%1” appears twice.</source>
        <translation>La clé «&#xa0;%1&#xa0;» apparaît deux fois.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="127"/>
        <source>Each key should start its own line, with no indentation, to be edited here.</source>
        <translation>Pour pouvoir être modifiée ici, chaque clé doit commencer sa propre ligne, sans indentation.</translation>
    </message>
    <message>
        <location filename="../app/blog/postbundle.cpp" line="413"/>
        <source>This is not an image Postwright can add. Use a PNG, JPEG, GIF, WebP, AVIF, SVG, BMP or ICO file.</source>
        <translation>Postwright ne peut pas ajouter cette image. Utilisez un fichier PNG, JPEG, GIF, WebP, AVIF, SVG, BMP ou ICO.</translation>
    </message>
    <message>
        <location filename="../app/blog/postbundle.cpp" line="433"/>
        <source>Could not copy the image: %1</source>
        <translation>Impossible de copier l’image&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="121"/>
        <source>The front matter cannot be edited.</source>
        <translation>L’en-tête ne peut pas être modifié.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="84"/>
        <source>The file could not be created: %1</source>
        <translation>Le fichier n’a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="145"/>
        <source>The folder could not be copied: %1</source>
        <translation>Le dossier n’a pas pu être copié&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="167"/>
        <source>The file could not be moved: %1</source>
        <translation>Le fichier n’a pas pu être déplacé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="201"/>
        <source>A post needs a title.</source>
        <translation>Un article doit avoir un titre.</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="241"/>
        <source>Another post is already called “%1”. Choose another title, or rename that post first.</source>
        <translation>Un autre article s’appelle déjà «&#xa0;%1&#xa0;». Choisissez un autre titre ou renommez d’abord cet article.</translation>
    </message>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="30"/>
        <source>No space left in the target folder while writing %1.</source>
        <translation>Plus d’espace libre dans le dossier cible lors de l’écriture de %1.</translation>
    </message>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="31"/>
        <location filename="../app/publish/zipdeploy.cpp" line="59"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="92"/>
        <source>Netlify answered %1 with something Postwright does not understand.</source>
        <translation>Netlify a répondu à %1 par quelque chose que Postwright ne comprend pas.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="64"/>
        <source>keep secrets out of blog.yaml; Postwright keeps them in the system keychain.</source>
        <translation>ne mettez pas de secrets dans blog.yaml&#xa0;; Postwright les conserve dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="113"/>
        <source>Each publish target should be a group of “key: value” lines starting with “name:” and “type:”.</source>
        <translation>Chaque cible de publication doit être un groupe de lignes «&#xa0;clé: valeur&#xa0;» commençant par «&#xa0;name:&#xa0;» et «&#xa0;type:&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="36"/>
        <location filename="../app/publish/publishtargets.cpp" line="121"/>
        <source>“%1” should be text.</source>
        <translation>«&#xa0;%1&#xa0;» doit être du texte.</translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="72"/>
        <source>“permalinks.%1.%2” should be text.</source>
        <translation>«&#xa0;permalinks.%1.%2&#xa0;» doit être du texte.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="128"/>
        <source>This publish target needs a “name:”.</source>
        <translation>Cette cible de publication nécessite un «&#xa0;name:&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="144"/>
        <source>Publish target “%1” needs a “type:”, one of %2.</source>
        <translation>La cible de publication «&#xa0;%1&#xa0;» nécessite un «&#xa0;type:&#xa0;», parmi %2.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="146"/>
        <source>Publish target “%1” has the unknown type “%2”; use one of %3.</source>
        <translation>La cible de publication «&#xa0;%1&#xa0;» a le type inconnu «&#xa0;%2&#xa0;»&#xa0;; utilisez l’un des types suivants&#xa0;: %3.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="163"/>
        <source>A %1 target has no setting “%2”; it knows %3.</source>
        <translation>Une cible %1 n’a pas de réglage «&#xa0;%2&#xa0;»&#xa0;; ses réglages sont&#xa0;: %3.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="171"/>
        <source>Publish target “%1” (%2) needs “%3:”.</source>
        <translation>La cible de publication «&#xa0;%1&#xa0;» (%2) nécessite «&#xa0;%3:&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="189"/>
        <source>“port” should be a number from 1 to 65535.</source>
        <translation>«&#xa0;port&#xa0;» doit être un nombre compris entre 1 et 65535.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="198"/>
        <source>“%1” should be true or false.</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir true ou false.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="205"/>
        <source>“url” should be the blog&apos;s address, starting with https://.</source>
        <translation>«&#xa0;url&#xa0;» doit être l’adresse du blog, commençant par https://.</translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="28"/>
        <source>The deploy record on the server (%1) is damaged: %2. Delete %1 and the folder %3 on the server to upload everything again.</source>
        <translation>Le registre de déploiement sur le serveur (%1) est endommagé&#xa0;: %2. Supprimez %1 et le dossier %3 sur le serveur pour tout envoyer à nouveau.</translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="52"/>
        <source>Cannot write a temporary file: %1</source>
        <translation>Impossible d’écrire un fichier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/zipdeploy.cpp" line="54"/>
        <source>No space left on the disk while writing %1.</source>
        <translation>Plus d’espace libre sur le disque lors de l’écriture de %1.</translation>
    </message>
    <message>
        <location filename="../app/publish/zipdeploy.cpp" line="55"/>
        <source>No space left on the disk while writing %1 (at %2).</source>
        <translation>Plus d’espace libre sur le disque lors de l’écriture de %1 (à %2).</translation>
    </message>
    <message>
        <location filename="../app/publish/zipdeploy.cpp" line="60"/>
        <source>Cannot write %1 (at %2): %3</source>
        <translation>Impossible d’écrire %1 (à %2)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/publish/blogapis.cpp" line="25"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="81"/>
        <source>The folder could not be created.</source>
        <translation>Le dossier n’a pas pu être créé.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="59"/>
        <location filename="../app/publish/micropubclient.cpp" line="71"/>
        <source>no explanation given</source>
        <translation>aucune explication fournie</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="79"/>
        <source>%1 (line %2, column %3)</source>
        <translation>%1 (ligne %2, colonne %3)</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="79"/>
        <source>The file could not be read: %1</source>
        <translation>Le fichier n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="96"/>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="38"/>
        <source>“build” should hold “command:” and “generator:”.</source>
        <translation>«&#xa0;build&#xa0;» doit contenir «&#xa0;command:&#xa0;» et «&#xa0;generator:&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="42"/>
        <source>“command” should be one line, such as “hugo --minify”.</source>
        <translation>«&#xa0;command&#xa0;» doit tenir sur une ligne, par exemple «&#xa0;hugo --minify&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="47"/>
        <source>“generator” should be true or false.</source>
        <translation>«&#xa0;generator&#xa0;» doit valoir true ou false.</translation>
    </message>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="57"/>
        <source>“preview” should hold “style:” and “css:”.</source>
        <translation>«&#xa0;preview&#xa0;» doit contenir «&#xa0;style:&#xa0;» et «&#xa0;css:&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="76"/>
        <source>Each stylesheet in “css” should be a path.</source>
        <translation>Chaque feuille de style de «&#xa0;css&#xa0;» doit être un chemin.</translation>
    </message>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="80"/>
        <source>“css” should be a path or a list of paths.</source>
        <translation>«&#xa0;css&#xa0;» doit être un chemin ou une liste de chemins.</translation>
    </message>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="67"/>
        <source>“style” should be auto, site or builtin.</source>
        <translation>«&#xa0;style&#xa0;» doit valoir auto, site ou builtin.</translation>
    </message>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="86"/>
        <source>The stylesheet “%1” is not inside the site.</source>
        <translation>La feuille de style «&#xa0;%1&#xa0;» ne se trouve pas dans le site.</translation>
    </message>
    <message>
        <location filename="../app/blog/tomlfrontmatteredit.cpp" line="189"/>
        <source>The front matter is not TOML between +++ lines.</source>
        <translation>Le front matter n’est pas du TOML entre des lignes +++.</translation>
    </message>
    <message>
        <location filename="../app/blog/tomlfrontmatteredit.cpp" line="205"/>
        <source>Invalid TOML: %1.</source>
        <translation>TOML non valide&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Postwright::AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="44"/>
        <source>About Postwright</source>
        <translation>À propos de Postwright</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="49"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="50"/>
        <source>L&amp;ibraries</source>
        <translation>&amp;Bibliothèques</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="51"/>
        <source>&amp;Licence</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="54"/>
        <source>&amp;Copy Version Information</source>
        <translation>&amp;Copier les informations de version</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="56"/>
        <source>Copy Postwright&apos;s version and the libraries&apos; versions, for a bug report</source>
        <translation>Copier la version de Postwright et celles des bibliothèques, pour un rapport de bogue</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="82"/>
        <source>The live preview</source>
        <translation>L’aperçu en direct</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="85"/>
        <source>The browser engine inside Qt WebEngine</source>
        <translation>Le moteur de navigateur de Qt WebEngine</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="120"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="125"/>
        <source>Write blog posts in Markdown, preview them in your blog&apos;s own theme, and publish them anywhere. Your posts stay plain files that you can keep in git.</source>
        <translation>Rédigez vos articles de blog en Markdown, prévisualisez-les avec le thème de votre blog et publiez-les où vous voulez. Vos articles restent de simples fichiers que vous pouvez garder dans git.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="131"/>
        <source>Postwright is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with absolutely no warranty; see the Licence tab for the details.</source>
        <translation>Postwright est un logiciel libre&#xa0;: vous pouvez le redistribuer et/ou le modifier selon les termes de la licence publique générale GNU telle que publiée par la Free Software Foundation, soit la version 3 de la licence, soit (à votre choix) toute version ultérieure. Il est fourni sans aucune garantie&#xa0;; consultez l’onglet Licence pour les détails.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="138"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Website&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Report a problem&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Site web&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Signaler un problème&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="143"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="172"/>
        <source>Postwright is built on these libraries. Thank you to their authors.</source>
        <translation>Postwright repose sur ces bibliothèques. Merci à leurs auteurs.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="179"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="179"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="179"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="179"/>
        <source>Used for</source>
        <translation>Utilisée pour</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="181"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="183"/>
        <source>not installed</source>
        <translation>non installée</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="214"/>
        <source>GNU General Public License, version 3 or later: https://www.gnu.org/licenses/gpl-3.0.html</source>
        <translation>Licence publique générale GNU, version 3 ou ultérieure&#xa0;: https://www.gnu.org/licenses/gpl-3.0.html</translation>
    </message>
</context>
<context>
    <name>Postwright::AltTextDialog</name>
    <message>
        <location filename="../ui/editor/alttextdialog.cpp" line="17"/>
        <source>Describe the Image</source>
        <translation>Décrire l’image</translation>
    </message>
    <message>
        <location filename="../ui/editor/alttextdialog.cpp" line="19"/>
        <source>What should readers who cannot see the pasted image know about it?</source>
        <translation>Que doivent savoir de l’image collée les lecteurs qui ne peuvent pas la voir&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/editor/alttextdialog.cpp" line="20"/>
        <source>What should readers who cannot see “%1” know about it?</source>
        <translation>Que doivent savoir de «&#xa0;%1&#xa0;» les lecteurs qui ne peuvent pas voir cette image&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/editor/alttextdialog.cpp" line="25"/>
        <source>Leave it empty for an image that is only decoration.</source>
        <translation>Laissez vide pour une image purement décorative.</translation>
    </message>
    <message>
        <location filename="../ui/editor/alttextdialog.cpp" line="36"/>
        <source>Insert Image</source>
        <translation>Insérer l’image</translation>
    </message>
</context>
<context>
    <name>Postwright::AtomicFile</name>
    <message>
        <location filename="../app/util/atomicfile.cpp" line="22"/>
        <source>Could not save the file: %1</source>
        <translation>Impossible d’enregistrer le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/util/atomicfile.cpp" line="29"/>
        <source>Could not read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/util/atomicfile.cpp" line="76"/>
        <source>The file could not be created: %1</source>
        <translation>Le fichier n’a pas pu être créé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::Blog</name>
    <message>
        <location filename="../app/blog/blog.cpp" line="98"/>
        <source>The folder does not exist.</source>
        <translation>Le dossier n’existe pas.</translation>
    </message>
</context>
<context>
    <name>Postwright::BlogApiHttp</name>
    <message>
        <location filename="../app/publish/blogapihttp.cpp" line="155"/>
        <source>“%1” is not an address for %2. Use the blog&apos;s address, starting with https://.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse pour %2. Utilisez l’adresse du blog, commençant par https://.</translation>
    </message>
    <message>
        <location filename="../app/publish/blogapihttp.cpp" line="166"/>
        <source>Postwright does not send the %1 password to %2 over plain http://: anyone on the way could read it. Use https://, or allow insecure connections for this target if you trust the network.</source>
        <translation>Postwright n’envoie pas le mot de passe %1 à %2 en http:// non chiffré&#xa0;: n’importe qui sur le trajet pourrait le lire. Utilisez https://, ou autorisez les connexions non sécurisées pour cette cible si vous faites confiance au réseau.</translation>
    </message>
</context>
<context>
    <name>Postwright::BlogCreator</name>
    <message>
        <location filename="../app/blog/blogcreator.cpp" line="51"/>
        <source>This is a file, not a folder.</source>
        <translation>Ceci est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <location filename="../app/blog/blogcreator.cpp" line="54"/>
        <source>The folder is not empty: a new blog needs an empty or new folder.</source>
        <translation>Le dossier n’est pas vide&#xa0;: un nouveau blog nécessite un dossier vide ou nouveau.</translation>
    </message>
    <message>
        <location filename="../app/blog/blogcreator.cpp" line="61"/>
        <location filename="../app/blog/blogcreator.cpp" line="65"/>
        <source>The folder could not be created.</source>
        <translation>Le dossier n’a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>Postwright::BlogFolderChooser</name>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="33"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="43"/>
        <source>my-blog</source>
        <translation>mon-blog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="65"/>
        <source>Parent f&amp;older:</source>
        <translation>Dossier pa&amp;rent&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="74"/>
        <source>Folder na&amp;me:</source>
        <translation>&amp;Nom du dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="109"/>
        <source>Choose the folder the blog&apos;s folder goes into.</source>
        <translation>Choisissez le dossier dans lequel placer le dossier du blog.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="111"/>
        <source>There is no folder %1.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="114"/>
        <source>The blog&apos;s folder needs a name.</source>
        <translation>Le dossier du blog doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="116"/>
        <source>A folder name cannot contain / or \, or be . or ..</source>
        <translation>Un nom de dossier ne peut pas contenir / ou \, ni être . ou ..</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="136"/>
        <source>Choose Where the Blog&apos;s Folder Goes</source>
        <translation>Choisir où placer le dossier du blog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="147"/>
        <source>The blog goes into the existing folder %1</source>
        <translation>Le blog sera placé dans le dossier existant %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="148"/>
        <source>The blog goes into the new folder %1</source>
        <translation>Le blog sera placé dans le nouveau dossier %1</translation>
    </message>
</context>
<context>
    <name>Postwright::BlogImportController</name>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="57"/>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="73"/>
        <source>Import Posts</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="58"/>
        <source>This blog has no WordPress or Ghost target to import from.</source>
        <translation>Ce blog n’a aucune cible WordPress ou Ghost depuis laquelle importer.</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="59"/>
        <source>The publish targets in blog.yaml could not be read.</source>
        <translation>Les cibles de publication de blog.yaml n’ont pas pu être lues.</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="63"/>
        <source>Add one to blog.yaml under publish:, for example:

    - name: blog
      type: wordpress
      url: https://example.com
      user: me</source>
        <translation>Ajoutez-en une dans blog.yaml sous publish:, par exemple&#xa0;:

    - name: blog
      type: wordpress
      url: https://example.com
      user: me</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="74"/>
        <source>Copy the posts of a hosted blog into this blog as Markdown. Posts that are already here are left alone.

Import from:</source>
        <translation>Copier les articles d’un blog hébergé dans ce blog, au format Markdown. Les articles déjà présents ne sont pas modifiés.

Importer depuis&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="77"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="129"/>
        <source>Importing from %1 cancelled. Nothing was written.</source>
        <translation>Importation depuis %1 annulée. Rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="142"/>
        <source>Importing posts from %1…</source>
        <translation>Importation des articles depuis %1…</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="166"/>
        <source>Could not log in to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="169"/>
        <source>Could not connect to %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="177"/>
        <source>Could not read the posts of %1: %2. Nothing was written.</source>
        <translation>Impossible de lire les articles de %1&#xa0;: %2. Rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="186"/>
        <source>Imported %1 from %2.</source>
        <translation>Importation depuis %2&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="187"/>
        <source>Imported %1 (%L2 skipped) from %3.</source>
        <translation>Importation depuis %3&#xa0;: %1 (%L2 ignorés).</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="192"/>
        <source>%L1 could not be written.</source>
        <translation>Éléments non écrits&#xa0;: %L1.</translation>
    </message>
</context>
<context>
    <name>Postwright::BlogPublisher</name>
    <message>
        <location filename="../app/publish/blogpublisher.cpp" line="231"/>
        <source>“%1” (%2): %3</source>
        <translation>«&#xa0;%1&#xa0;» (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/publish/blogpublisher.cpp" line="247"/>
        <source>image %1: %2</source>
        <translation>image %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/blogpublisher.cpp" line="394"/>
        <source>%1 The blog may have made the post anyway; look at it before publishing again.</source>
        <translation>%1 Le blog a peut-être créé l’article malgré tout&#xa0;; vérifiez-le avant de publier à nouveau.</translation>
    </message>
</context>
<context>
    <name>Postwright::BlogPull</name>
    <message>
        <location filename="../app/publish/blogpull.cpp" line="111"/>
        <source>The front matter made for “%1” does not read back: %2</source>
        <translation>L’en-tête créé pour «&#xa0;%1&#xa0;» ne se relit pas correctement&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/blogpull.cpp" line="130"/>
        <source>Postwright cannot list the posts of %1.</source>
        <translation>Postwright ne peut pas lister les articles de %1.</translation>
    </message>
    <message>
        <location filename="../app/publish/blogpull.cpp" line="141"/>
        <source>%1 keeps announcing more pages of posts after %2 pages.</source>
        <translation>%1 continue d’annoncer d’autres pages d’articles après %2 pages.</translation>
    </message>
    <message>
        <location filename="../app/publish/blogpull.cpp" line="193"/>
        <source>Skipped “%1”: %2 already exists.</source>
        <translation>«&#xa0;%1&#xa0;» ignoré&#xa0;: %2 existe déjà.</translation>
    </message>
    <message>
        <location filename="../app/publish/blogpull.cpp" line="271"/>
        <source>pandoc is not installed, so the posts keep their HTML, which the blog shows only with “markdown: raw_html: true” in blog.yaml. Install pandoc and pull again, replacing the posts, to get Markdown.</source>
        <translation>pandoc n’est pas installé&#xa0;: les articles gardent donc leur HTML, que le blog n’affiche qu’avec «&#xa0;markdown: raw_html: true&#xa0;» dans blog.yaml. Installez pandoc et récupérez à nouveau les articles en les remplaçant pour obtenir du Markdown.</translation>
    </message>
</context>
<context>
    <name>Postwright::BlogSettings</name>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="151"/>
        <source>blog.yaml should be a list of “key: value” lines.</source>
        <translation>blog.yaml doit être une liste de lignes «&#xa0;clé: valeur&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="161"/>
        <source>“%1” should be text.</source>
        <translation>«&#xa0;%1&#xa0;» doit être du texte.</translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="185"/>
        <source>“%1” should be true or false.</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir true ou false.</translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="195"/>
        <source>“markdown” should hold settings such as “math: true”, one per indented line.</source>
        <translation>«&#xa0;markdown&#xa0;» doit contenir des réglages tels que «&#xa0;math: true&#xa0;», un par ligne indentée.</translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="259"/>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>Postwright::BuildController</name>
    <message>
        <location filename="../ui/mainwindow/buildcontroller.cpp" line="51"/>
        <source>Postwright’s theme</source>
        <translation>Thème de Postwright</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildcontroller.cpp" line="64"/>
        <source>Building with Postwright’s theme: %1</source>
        <translation>Génération avec le thème de Postwright&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::BuildPanel</name>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="29"/>
        <source>1 file</source>
        <translation>1 fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="29"/>
        <source>%L1 files</source>
        <translation>%L1 fichiers</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="35"/>
        <source>Build</source>
        <translation>Génération</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="42"/>
        <source>&amp;Build Panel</source>
        <translation>Panneau de &amp;génération</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="43"/>
        <source>The last build: the generator&apos;s output and the problems it found</source>
        <translation>La dernière génération&#xa0;: la sortie du générateur et les problèmes trouvés</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="55"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="58"/>
        <source>Open Output Folder</source>
        <translation>Ouvrir le dossier de sortie</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="68"/>
        <source>The generator&apos;s output appears here while it builds.</source>
        <translation>La sortie du générateur s’affiche ici pendant la génération.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="72"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="72"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="77"/>
        <source>Double-click a problem, or press Enter, to open its file at the line</source>
        <translation>Double-cliquez sur un problème, ou appuyez sur Entrée, pour ouvrir son fichier à la ligne</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="102"/>
        <source>Cancelling the build…</source>
        <translation>Annulation de la génération…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="126"/>
        <source>Postwright’s built-in builder</source>
        <translation>Le générateur intégré de Postwright</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="136"/>
        <source>Building with %1… %2</source>
        <translation>Génération avec %1… %2</translation>
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
        <translation>Génération annulée après %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="176"/>
        <source>The build with %1 failed after %2: 1 problem.</source>
        <translation>La génération avec %1 a échoué après %2&#xa0;: 1 problème.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="178"/>
        <source>The build with %1 failed after %2: %L3 problems.</source>
        <translation>La génération avec %1 a échoué après %2&#xa0;: %L3 problèmes.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="182"/>
        <source>Built with %1 in %2: %3 written, %L4 unchanged, %L5 removed.</source>
        <translation>Généré avec %1 en %2&#xa0;: %3 écrits, %L4 inchangés, %L5 supprimés.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="187"/>
        <source>1 post was left out.</source>
        <translation>1 article a été laissé de côté.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="188"/>
        <source>%L1 posts were left out.</source>
        <translation>%L1 articles ont été laissés de côté.</translation>
    </message>
</context>
<context>
    <name>Postwright::BuildSettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="38"/>
        <source>Build Settings</source>
        <translation>Réglages de génération</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="51"/>
        <source>This blog is built by Postwright’s theme, into %1. It has no build command to set.</source>
        <translation>Ce blog est généré avec le thème de Postwright, dans %1. Il n’a pas de commande de génération à régler.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="62"/>
        <source>How Postwright builds this %1 site, for Build and for Publish. Saved in %2 at the site’s root; %3 does not read that file.</source>
        <translation>Comment Postwright génère ce site %1, pour Générer et pour Publier. Enregistré dans %2 à la racine du site&#xa0;; %3 ne lit pas ce fichier.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="66"/>
        <source>%1 has a problem, so saving would not be safe until it is fixed:
%2</source>
        <translation>%1 comporte un problème&#xa0;: l’enregistrement ne serait pas sûr tant qu’il n’est pas corrigé&#xa0;:
%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="71"/>
        <source>Build with %1 when it is installed</source>
        <translation>Générer avec %1 s’il est installé</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="75"/>
        <source>Off: Postwright’s own theme builds the site, as when %1 is missing</source>
        <translation>Désactivé&#xa0;: le thème propre à Postwright génère le site, comme quand %1 est absent</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="83"/>
        <source>Empty: “%1”. Runs in the site’s folder without a shell; Postwright adds --destination with the output folder below.</source>
        <translation>Vide&#xa0;: «&#xa0;%1&#xa0;». S’exécute dans le dossier du site sans shell&#xa0;; Postwright ajoute --destination avec le dossier de sortie ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="91"/>
        <source>Where %1’s configuration sends the site (publishDir, destination); publishing sends this folder</source>
        <translation>L’endroit où la configuration de %1 envoie le site (publishDir, destination)&#xa0;; la publication envoie ce dossier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="97"/>
        <source>Command:</source>
        <translation>Commande&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="100"/>
        <source>Output folder:</source>
        <translation>Dossier de sortie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="128"/>
        <source>Found %1 at %2.</source>
        <translation>%1 trouvé dans %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="131"/>
        <source>%1 is not installed, so Postwright’s theme builds the site. %2</source>
        <translation>%1 n’est pas installé&#xa0;: c’est donc le thème de Postwright qui génère le site. %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="136"/>
        <source>%1 is not on PATH (or not executable): the build will fail until it is installed. %2</source>
        <translation>%1 n’est pas dans le PATH (ou n’est pas exécutable)&#xa0;: la génération échouera tant qu’il ne sera pas installé. %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="149"/>
        <source>The settings were not saved: %1</source>
        <translation>Les réglages n’ont pas été enregistrés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::CliCommands</name>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="134"/>
        <source>Print a post&apos;s body as HTML (the front matter is not rendered).</source>
        <translation>Afficher le corps d’un article en HTML (l’en-tête n’est pas rendu).</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="143"/>
        <source>Build the blog&apos;s static site (default output: BLOG/public), rewriting only what changed; with --watch, build again whenever a file changes.</source>
        <translation>Générer le site statique du blog (sortie par défaut&#xa0;: BLOG/public) en ne réécrivant que ce qui a changé&#xa0;; avec --watch, générer à nouveau dès qu’un fichier change.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="211"/>
        <source>Show the commands, or how to use one of them.</source>
        <translation>Afficher les commandes, ou l’utilisation de l’une d’elles.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="362"/>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="367"/>
        <location filename="../app/cli/clicommands.cpp" line="396"/>
        <source>Example: %1</source>
        <translation>Exemple&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="156"/>
        <source>Build the blog, then upload what changed to a publish target of blog.yaml (default: its default target); with --dry-run, only show what would change. To a hosted blog (WordPress, MetaWeblog, Ghost, Micropub) it sends the new and changed posts; a post edited on the blog is left alone unless --keep-mine or --keep-web says which version wins. The secret comes from POSTWRIGHT_SECRET_&lt;TARGET&gt;, POSTWRIGHT_SECRET or the system keychain.</source>
        <translation>Générer le blog, puis envoyer ce qui a changé vers une cible de publication de blog.yaml (par défaut&#xa0;: sa cible par défaut)&#xa0;; avec --dry-run, afficher seulement ce qui changerait. Vers un blog hébergé (WordPress, MetaWeblog, Ghost, Micropub), la commande envoie les articles nouveaux et modifiés&#xa0;; un article modifié sur le blog n’est pas touché, sauf si --keep-mine ou --keep-web indique quelle version l’emporte. Le secret provient de POSTWRIGHT_SECRET_&lt;TARGET&gt;, de POSTWRIGHT_SECRET ou du trousseau du système.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="136"/>
        <source>0 rendered; 1 the front matter has errors or the file is not UTF-8 (the body is printed all the same); 2 wrong usage, or the file does not exist.</source>
        <translation>0 rendu&#xa0;; 1 le front matter a des erreurs ou le fichier n’est pas en UTF-8 (le corps est affiché quand même)&#xa0;; 2 mauvaise utilisation, ou le fichier n’existe pas.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="146"/>
        <source>0 built (posts with errors are left out and reported); 1 the site could not be built, or with --strict a post has errors; 2 wrong usage, or the folder is no blog.</source>
        <translation>0 généré (les articles en erreur sont laissés de côté et signalés)&#xa0;; 1 le site n’a pas pu être généré, ou avec --strict un article a des erreurs&#xa0;; 2 mauvaise utilisation, ou le dossier n’est pas un blog.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="163"/>
        <source>0 published (with --dry-run: planned); 1 the blog has errors (its settings, or the build failed), or a hosted blog refused a post or has newer edits of it; 2 wrong usage, no blog, no publish target or no such target; 3 the target could not be reached, refused the login or has an unknown host key, or no secret was found.</source>
        <translation>0 publié (avec --dry-run&#xa0;: planifié)&#xa0;; 1 le blog a des erreurs (ses réglages, ou la génération a échoué), ou un blog hébergé a refusé un article ou en a des modifications plus récentes&#xa0;; 2 mauvaise utilisation, aucun blog, aucune cible de publication ou pas de cible de ce nom&#xa0;; 3 la cible n’a pas pu être jointe, a refusé la connexion ou a une clé d’hôte inconnue, ou aucun secret n’a été trouvé.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="173"/>
        <source>Download the posts of a WordPress or Ghost target into the blog as Markdown posts (drafts included), so that a later publish updates them. Posts already here are skipped unless --overwrite. The secret comes from POSTWRIGHT_SECRET_&lt;TARGET&gt;, POSTWRIGHT_SECRET or the system keychain.</source>
        <translation>Télécharger les articles d’une cible WordPress ou Ghost dans le blog sous forme d’articles Markdown (brouillons compris), afin qu’une publication ultérieure les mette à jour. Les articles déjà présents sont ignorés, sauf avec --overwrite. Le secret provient de POSTWRIGHT_SECRET_&lt;TARGET&gt;, de POSTWRIGHT_SECRET ou du trousseau du système.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="178"/>
        <source>0 pulled; 1 some posts could not be written, or the blog&apos;s settings have errors; 2 wrong usage, no blog, or no target to pull from; 3 the blog could not be reached or read, refused the login, or no secret was found.</source>
        <translation>0 téléchargé&#xa0;; 1 certains articles n’ont pas pu être écrits, ou les réglages du blog ont des erreurs&#xa0;; 2 mauvaise utilisation, aucun blog, ou aucune cible d’où télécharger&#xa0;; 3 le blog n’a pas pu être joint ou lu, a refusé la connexion, ou aucun secret n’a été trouvé.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="186"/>
        <source>Import a WordPress export (Tools → Export) into the blog (default: this folder) as Markdown posts and pages; a new or empty folder becomes a new blog. Images are copied from an uploads/ folder beside the export. Posts already here are skipped.</source>
        <translation>Importer un export WordPress (Outils → Exporter) dans le blog (par défaut&#xa0;: ce dossier) sous forme d’articles et de pages Markdown&#xa0;; un dossier nouveau ou vide devient un nouveau blog. Les images sont copiées depuis un dossier uploads/ situé à côté de l’export. Les articles déjà présents sont ignorés.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="190"/>
        <source>0 imported; 1 some posts could not be written, or the blog&apos;s settings have errors; 2 wrong usage, or the export does not exist or cannot be read.</source>
        <translation>0 importé&#xa0;; 1 certains articles n’ont pas pu être écrits, ou les réglages du blog ont des erreurs&#xa0;; 2 mauvaise utilisation, ou l’export n’existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="197"/>
        <source>Read every post and page of a blog (default: this folder) without building it, and list their errors: front matter, and links and images that lead nowhere (other posts and pages, .md files, site paths such as /2026/my-post/, files in static/ or beside the post). Web links are not fetched. For a Hugo or Jekyll site, site paths and pages only its generator makes are not checked.</source>
        <translation>Lire chaque article et chaque page d’un blog (par défaut&#xa0;: ce dossier) sans le générer, et lister leurs erreurs&#xa0;: front matter, ainsi que les liens et images qui ne mènent nulle part (autres articles et pages, fichiers .md, chemins du site comme /2026/mon-article/, fichiers dans static/ ou à côté de l’article). Les liens web ne sont pas consultés. Pour un site Hugo ou Jekyll, les chemins du site et les pages que seul son générateur produit ne sont pas vérifiés.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="203"/>
        <source>0 no errors; 1 a post or page has front matter errors or a broken link or image, or the blog&apos;s settings have errors; 2 wrong usage, or the folder is no blog.</source>
        <translation>0 aucune erreur&#xa0;; 1 un article ou une page a des erreurs de front matter ou un lien ou une image cassés, ou les réglages du blog ont des erreurs&#xa0;; 2 mauvaise utilisation, ou le dossier n’est pas un blog.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="212"/>
        <source>0 shown; 2 there is no such command.</source>
        <translation>0 affiché&#xa0;; 2 cette commande n’existe pas.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="252"/>
        <source>Print no progress and no summary; errors still go to standard error, and the exit code is the same.</source>
        <translation>N’afficher ni progression ni résumé&#xa0;; les erreurs vont toujours sur la sortie d’erreur standard, et le code de sortie est le même.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="256"/>
        <source>Print one JSON document on standard output instead of the text (see below); progress goes to standard error.</source>
        <translation>Écrire un document JSON sur la sortie standard au lieu du texte (voir ci-dessous)&#xa0;; la progression va sur la sortie d’erreur standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="279"/>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="370"/>
        <source>Run &quot;%1 help COMMAND&quot; for a command&apos;s options, exit codes and JSON output.</source>
        <translation>Lancez &quot;%1 help COMMANDE&quot; pour les options, les codes de sortie et la sortie JSON d’une commande.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="374"/>
        <source>Exit codes: 0 success, 1 errors in the blog&apos;s files, 2 wrong usage or a missing file, 3 publishing or pulling failed (network, login, host key, missing secret).</source>
        <translation>Codes de sortie&#xa0;: 0 succès, 1 erreurs dans les fichiers du blog, 2 mauvaise utilisation ou fichier manquant, 3 échec de la publication ou de la récupération (réseau, connexion, clé d’hôte, secret manquant).</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="383"/>
        <source>Usage: %1 %2</source>
        <translation>Utilisation&#xa0;: %1 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="384"/>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="386"/>
        <source>Exit codes: %1</source>
        <translation>Codes de sortie&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="389"/>
        <source>With --json, standard output holds one JSON document (indented, keys in alphabetical order), also on failure:</source>
        <translation>Avec --json, la sortie standard contient un document JSON (indenté, clés par ordre alphabétique), même en cas d’échec&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="408"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="410"/>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>Vouliez-vous dire &quot;%1&quot;&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="420"/>
        <source>The %1 command has no --json output.</source>
        <translation>La commande %1 n’a pas de sortie --json.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="445"/>
        <source>Run &quot;%1 help&quot; to see the commands.</source>
        <translation>Exécutez «&#xa0;%1 help&#xa0;» pour voir les commandes.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="457"/>
        <source>There is no command &quot;%1&quot;.</source>
        <translation>La commande «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="465"/>
        <source>The render command takes one FILE.</source>
        <translation>La commande render accepte un seul FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="18"/>
        <source>The check command takes at most one BLOG folder.</source>
        <translation>La commande check accepte au plus un dossier BLOG.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="56"/>
        <source>Posts: %1, pages: %2, with errors: %3; links: %4, broken: %5.</source>
        <translation>Articles&#xa0;: %1, pages&#xa0;: %2, avec erreurs&#xa0;: %3&#xa0;; liens&#xa0;: %4, cassés&#xa0;: %5.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="43"/>
        <source>Write the site to DIR.</source>
        <translation>Écrire le site dans DIR.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="44"/>
        <source>Include drafts.</source>
        <translation>Inclure les brouillons.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="45"/>
        <source>Include posts dated in the future.</source>
        <translation>Inclure les articles datés dans le futur.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="46"/>
        <source>Forget the build cache and render everything.</source>
        <translation>Oublier le cache de génération et tout rendre à nouveau.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="47"/>
        <source>Fail (exit code 1) when any post has an error.</source>
        <translation>Échouer (code de sortie 1) si un article comporte une erreur.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="48"/>
        <source>Keep running and build again whenever a file of the blog changes.</source>
        <translation>Continuer à s’exécuter et générer à nouveau dès qu’un fichier du blog change.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="59"/>
        <source>The build command takes at most one BLOG folder.</source>
        <translation>La commande build accepte au plus un dossier BLOG.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="67"/>
        <source>--json and --watch cannot be combined: --watch never ends.</source>
        <translation>--json et --watch ne peuvent pas être combinés&#xa0;: --watch ne se termine jamais.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="91"/>
        <source>note: building the %1 site with Postwright&apos;s own builder: %2</source>
        <translation>remarque&#xa0;: le site %1 est généré avec le générateur propre à Postwright&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="111"/>
        <location filename="../app/cli/buildcommand.cpp" line="150"/>
        <location filename="../app/cli/buildcommand.cpp" line="253"/>
        <location filename="../app/cli/buildcommand.cpp" line="286"/>
        <location filename="../app/cli/pullcommand.cpp" line="57"/>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="152"/>
        <source>Nothing was built.</source>
        <translation>Rien n’a été généré.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="157"/>
        <source>Built %1 posts into %2: %3 files written, %4 unchanged, %5 removed, %6 errors (%7 ms).</source>
        <translation>%1 articles générés dans %2&#xa0;: %3 fichiers écrits, %4 inchangés, %5 supprimés, %6 erreurs (%7 ms).</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="210"/>
        <source>%1 could not build the site.</source>
        <translation>%1 n’a pas pu générer le site.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="212"/>
        <source>Built with %1 into %2: %3 files written, %4 unchanged, %5 removed, %6 errors (%7 ms).</source>
        <translation>Généré avec %1 dans %2&#xa0;: %3 fichiers écrits, %4 inchangés, %5 supprimés, %6 erreurs (%7 ms).</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="233"/>
        <source>warning: the system would not watch every file of the blog (see fs.inotify.max_user_watches); some changes may need another save to be seen.</source>
        <translation>avertissement&#xa0;: le système ne surveillera pas tous les fichiers du blog (voir fs.inotify.max_user_watches)&#xa0;; certaines modifications pourraient nécessiter un nouvel enregistrement pour être prises en compte.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="256"/>
        <source>Changed: %1</source>
        <translation>Modifié&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/buildcommand.cpp" line="257"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/buildcommand.cpp" line="275"/>
        <source>Watching %1 for changes (%n files and folders); press Ctrl+C to stop.</source>
        <translation>
            <numerusform>Surveillance des modifications de %1 (%n fichier ou dossier)&#xa0;; appuyez sur Ctrl+C pour arrêter.</numerusform>
            <numerusform>Surveillance des modifications de %1 (%n fichiers et dossiers)&#xa0;; appuyez sur Ctrl+C pour arrêter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="287"/>
        <source>Stopped watching.</source>
        <translation>Surveillance arrêtée.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="60"/>
        <source>Show what would change; change nothing.</source>
        <translation>Afficher ce qui changerait, sans rien modifier.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="61"/>
        <source>Also remove files that are no longer part of the site.</source>
        <translation>Supprimer aussi les fichiers qui ne font plus partie du site.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="63"/>
        <source>Trust an SFTP server this computer has not seen before, and remember its key.</source>
        <translation>Faire confiance à un serveur SFTP que cet ordinateur n’a jamais vu, et mémoriser sa clé.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="85"/>
        <source>The publish command takes at most one BLOG folder.</source>
        <translation>La commande publish accepte au plus un dossier BLOG.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="108"/>
        <source>%1 has no publish targets. Add a “publish:” section with “targets:” to it.</source>
        <translation>%1 n’a aucune cible de publication. Ajoutez-y une section «&#xa0;publish:&#xa0;» contenant «&#xa0;targets:&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="296"/>
        <source>The %1 for %2 could not be read from the keychain: %3</source>
        <translation>Le secret de %2 (%1) n’a pas pu être lu dans le trousseau&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="298"/>
        <source>If no keychain is available here, set %1 (or POSTWRIGHT_SECRET) instead.</source>
        <translation>Si aucun trousseau n’est disponible ici, définissez plutôt %1 (ou POSTWRIGHT_SECRET).</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="155"/>
        <source>Trusting the key of %1 (%2) from now on.</source>
        <translation>La clé de %1 (%2) est désormais approuvée.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="58"/>
        <source>Publish to the target called NAME in blog.yaml (postwright.yaml for a Hugo or Jekyll site).</source>
        <translation>Publier vers la cible nommée NAME dans blog.yaml (postwright.yaml pour un site Hugo ou Jekyll).</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="65"/>
        <source>Blog APIs: publish posts that were edited on the blog too, replacing the web versions.</source>
        <translation>API de blog&#xa0;: publier aussi les articles modifiés sur le blog, en remplaçant les versions web.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="67"/>
        <source>Blog APIs: for posts edited on the blog, take the web versions into the local files instead.</source>
        <translation>API de blog&#xa0;: pour les articles modifiés sur le blog, reprendre plutôt les versions web dans les fichiers locaux.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="87"/>
        <source>--keep-mine and --keep-web contradict each other; choose one.</source>
        <translation>--keep-mine et --keep-web se contredisent&#xa0;; choisissez-en un seul.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="116"/>
        <source>%1 has no publish target “%2”; its targets are: %3.</source>
        <translation>%1 n’a pas de cible de publication «&#xa0;%2&#xa0;»&#xa0;; ses cibles sont&#xa0;: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="122"/>
        <source>%1 names no default publish target; choose one with --target NAME: %2.</source>
        <translation>%1 n’indique aucune cible de publication par défaut&#xa0;; choisissez-en une avec --target NAME&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="183"/>
        <location filename="../app/cli/publishcommand.cpp" line="383"/>
        <source>Publishing to %1 failed: %2</source>
        <translation>La publication vers %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="185"/>
        <source>The server&apos;s key (%1) is not known yet. If it is the right one, run again with --trust-host-key to remember it.</source>
        <translation>La clé du serveur (%1) n’est pas encore connue. Si c’est la bonne, relancez avec --trust-host-key pour la mémoriser.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="205"/>
        <source>Plan for %1 (%2): %3 new (%4), %5 changed (%6), %7 deleted (%8), %9 unchanged.</source>
        <translation>Plan pour %1 (%2)&#xa0;: %3 nouveaux (%4), %5 modifiés (%6), %7 supprimés (%8), %9 inchangés.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="218"/>
        <source>The archive is written whole: every file of the site goes in, and files no longer in the site are left out.</source>
        <translation>L’archive est écrite en entier&#xa0;: tous les fichiers du site y figurent, et ceux qui ne font plus partie du site en sont exclus.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="222"/>
        <source>Deletions skipped: pass --delete to remove %1 files.</source>
        <translation>Suppressions ignorées&#xa0;: ajoutez --delete pour supprimer %1 fichiers.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="226"/>
        <source>Dry run: nothing was uploaded or deleted.</source>
        <translation>Simulation&#xa0;: rien n’a été envoyé ni supprimé.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="250"/>
        <location filename="../app/cli/publishcommand.cpp" line="319"/>
        <location filename="../app/cli/publishcommand.cpp" line="380"/>
        <source>not published: %1</source>
        <translation>non publié&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="252"/>
        <source>Run the command again to finish; only what is left will be sent.</source>
        <translation>Relancez la commande pour terminer&#xa0;; seul ce qui reste sera envoyé.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="256"/>
        <source>Published to %1: %2 files (%3) written to %4.</source>
        <translation>Publié vers %1&#xa0;: %2 fichiers (%3) écrits dans %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="264"/>
        <source>Published to %1: %2 files uploaded (%3), %4 deleted, %5 retries.</source>
        <translation>Publié vers %1&#xa0;: %2 fichiers envoyés (%3), %4 supprimés, %5 nouvelles tentatives.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="311"/>
        <source>Plan for %1 (%2): %3 new posts, %4 changed, %5 unchanged.</source>
        <translation>Plan pour %1 (%2)&#xa0;: %3 nouveaux articles, %4 modifiés, %5 inchangés.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="335"/>
        <source>changed on the blog since the last publish: %1 (%2)</source>
        <translation>modifié sur le blog depuis la dernière publication&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="343"/>
        <source>Nothing to publish: the blog has every post as it is here.</source>
        <translation>Rien à publier&#xa0;: le blog contient chaque article tel qu’il est ici.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="374"/>
        <source>left alone: %1 was edited on the blog since it was published.</source>
        <translation>non modifié&#xa0;: %1 a été modifié sur le blog depuis sa publication.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="385"/>
        <source>Run the command again to finish; posts already published are not sent twice.</source>
        <translation>Relancez la commande pour terminer&#xa0;; les articles déjà publiés ne sont pas envoyés deux fois.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="388"/>
        <source>Published to %1: %2 posts sent (%3 with images).</source>
        <translation>Publié vers %1&#xa0;: %2 articles envoyés (%3 avec les images).</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="395"/>
        <source>%1 posts were edited on the blog and were not overwritten. Run again with --keep-mine to publish yours over them, or --keep-web to take the web versions into your files.</source>
        <translation>%1 articles ont été modifiés sur le blog et n’ont pas été écrasés. Relancez avec --keep-mine pour publier les vôtres par-dessus, ou avec --keep-web pour reprendre les versions web dans vos fichiers.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="40"/>
        <source>Pull from the target called NAME in blog.yaml.</source>
        <translation>Récupérer depuis la cible nommée NAME dans blog.yaml.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="13"/>
        <location filename="../app/cli/pullcommand.cpp" line="41"/>
        <source>Show which files would be written; write none.</source>
        <translation>Afficher les fichiers qui seraient écrits, sans en écrire aucun.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="42"/>
        <source>Replace local posts that are already there with the blog&apos;s version.</source>
        <translation>Remplacer les articles locaux déjà présents par la version du blog.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="70"/>
        <source>The pull command takes at most one BLOG folder.</source>
        <translation>La commande pull accepte au plus un dossier BLOG.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="87"/>
        <source>blog.yaml has no publish target “%1”.</source>
        <translation>blog.yaml n’a pas de cible de publication «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="100"/>
        <source>blog.yaml has several blogs to pull from; choose one with --target NAME: %1.</source>
        <translation>blog.yaml contient plusieurs blogs depuis lesquels récupérer&#xa0;; choisissez-en un avec --target NAME&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="106"/>
        <source>%1 has no WordPress or Ghost publish target to pull from. Add one to its “publish:” section.</source>
        <translation>%1 n’a aucune cible de publication WordPress ou Ghost depuis laquelle récupérer. Ajoutez-en une à sa section «&#xa0;publish:&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="113"/>
        <source>Posts can be pulled from WordPress and Ghost targets only; “%1” is a %2 target.</source>
        <translation>Les articles ne peuvent être récupérés que depuis des cibles WordPress et Ghost&#xa0;; «&#xa0;%1&#xa0;» est une cible %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="128"/>
        <source>Pulling from %1 failed: %2</source>
        <translation>La récupération depuis %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="27"/>
        <source>The import-wxr command takes one EXPORT.xml file and at most one BLOG folder.</source>
        <translation>La commande import-wxr accepte un fichier EXPORT.xml et au plus un dossier BLOG.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="31"/>
        <source>%1: the file does not exist.</source>
        <translation>%1&#xa0;: le fichier n’existe pas.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="39"/>
        <location filename="../app/cli/pullcommand.cpp" line="129"/>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="51"/>
        <source>would write %1</source>
        <translation>serait écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="51"/>
        <source>wrote %1</source>
        <translation>écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="50"/>
        <source>Dry run: %1 posts and pages and %2 images would be written, %3 skipped; nothing was written.</source>
        <translation>Simulation&#xa0;: %1 articles et pages et %2 images seraient écrits, %3 ignorés&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="57"/>
        <source>Imported %1: %2 posts and pages and %3 images written, %4 skipped.</source>
        <translation>%1 importé&#xa0;: %2 articles et pages et %3 images écrits, %4 ignorés.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="136"/>
        <source>Pass --overwrite to replace the skipped posts with the blog&apos;s version.</source>
        <translation>Ajoutez --overwrite pour remplacer les articles ignorés par la version du blog.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="139"/>
        <source>Dry run: %1 posts would be written, %2 skipped; nothing was written.</source>
        <translation>Simulation&#xa0;: %1 articles seraient écrits, %2 ignorés&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="144"/>
        <source>Pulled from %1: %2 posts written, %3 skipped.</source>
        <translation>Récupéré depuis %1&#xa0;: %2 articles écrits, %3 ignorés.</translation>
    </message>
</context>
<context>
    <name>Postwright::ConflictBar</name>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="36"/>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="37"/>
        <source>Close Post</source>
        <translation>Fermer l’article</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="38"/>
        <source>Close the post without saving; your text is discarded</source>
        <translation>Fermer l’article sans l’enregistrer&#xa0;; votre texte sera perdu</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="63"/>
        <source>“%1” was changed by another program, and you have unsaved changes. Nothing is saved until you choose.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié par un autre programme, et vous avez des modifications non enregistrées. Rien ne sera enregistré tant que vous n’aurez pas choisi.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="65"/>
        <source>Keep Mine</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="66"/>
        <source>Save your text over the other version</source>
        <translation>Enregistrer votre texte par-dessus l’autre version</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="67"/>
        <source>Take Theirs</source>
        <translation>Prendre l’autre version</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="68"/>
        <source>Load the other version; Undo brings your text back</source>
        <translation>Charger l’autre version&#xa0;; Annuler permet de récupérer votre texte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="74"/>
        <source>“%1” was deleted or moved by another program. Your text is still here.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé ou déplacé par un autre programme. Votre texte est toujours là.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="75"/>
        <source>Save Again</source>
        <translation>Enregistrer à nouveau</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="76"/>
        <source>Write your text to the file again</source>
        <translation>Écrire à nouveau votre texte dans le fichier</translation>
    </message>
</context>
<context>
    <name>Postwright::ConflictDialog</name>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="59"/>
        <source>Changed on %1</source>
        <translation>Articles modifiés sur %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="72"/>
        <source>“%1” was changed on “%2” since you last published it.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié sur «&#xa0;%2&#xa0;» depuis votre dernière publication.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="74"/>
        <source>%L1 posts were changed on “%2” since you last published them.</source>
        <translation>%L1 articles ont été modifiés sur «&#xa0;%2&#xa0;» depuis votre dernière publication.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="75"/>
        <source>Nothing has been replaced yet. Compare the two versions of each post and choose which one to keep.</source>
        <translation>Rien n’a encore été remplacé. Comparez les deux versions de chaque article et choisissez celle à conserver.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="84"/>
        <source>Changed posts</source>
        <translation>Articles modifiés</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="109"/>
        <location filename="../ui/publish/conflictdialog.cpp" line="249"/>
        <source>On your computer</source>
        <translation>Sur votre ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="110"/>
        <location filename="../ui/publish/conflictdialog.cpp" line="248"/>
        <source>On the blog</source>
        <translation>Sur le blog</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="111"/>
        <source>Show HTML &amp;source</source>
        <translation>Afficher la &amp;source HTML</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="113"/>
        <source>Compare the HTML itself instead of its text.</source>
        <translation>Comparer le HTML lui-même plutôt que son texte.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="116"/>
        <source>Keep which version?</source>
        <translation>Quelle version conserver&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="117"/>
        <location filename="../ui/publish/conflictdialog.cpp" line="221"/>
        <source>&amp;Publish mine (replace the web version)</source>
        <translation>&amp;Publier la mienne (remplacer la version web)</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="119"/>
        <source>&amp;Keep the web version (replace my file)</source>
        <translation>&amp;Garder la version web (remplacer mon fichier)</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="121"/>
        <source>The post file on this computer is rewritten from the blog&apos;s version, converted to Markdown. Its old text stays in the undo history of an open editor only.</source>
        <translation>Le fichier de l’article sur cet ordinateur est réécrit à partir de la version du blog, convertie en Markdown. Son ancien texte ne reste que dans l’historique d’annulation d’un éditeur ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="123"/>
        <source>&amp;Decide later (leave both)</source>
        <translation>&amp;Décider plus tard (garder les deux)</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="125"/>
        <source>Nothing is sent or replaced. The next publish asks again.</source>
        <translation>Rien n’est envoyé ni remplacé. La prochaine publication posera à nouveau la question.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="136"/>
        <source>&amp;Apply to All %L1 Posts</source>
        <translation>&amp;Appliquer aux %L1 articles</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="138"/>
        <source>Make this post&apos;s choice for every post listed.</source>
        <translation>Appliquer le choix fait pour cet article à tous les articles de la liste.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="152"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="218"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="220"/>
        <source>&amp;Publish it as a new post</source>
        <translation>&amp;Publier comme nouvel article</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="245"/>
        <source>On the blog (not found)</source>
        <translation>Sur le blog (introuvable)</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="246"/>
        <source>On the blog (changed %1)</source>
        <translation>Sur le blog (modifié le %1)</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="256"/>
        <source>A publish of this post was cut off before the blog answered, and the blog cannot be searched for it. Check the blog: publishing it again may make a second copy.</source>
        <translation>La publication de cet article a été interrompue avant la réponse du blog, et il est impossible de le rechercher sur le blog. Vérifiez le blog&#xa0;: le publier à nouveau risque d’en créer un second exemplaire.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="259"/>
        <source>The HTML is the same.</source>
        <translation>Le HTML est identique.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="259"/>
        <source>The text is the same.</source>
        <translation>Le texte est identique.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="261"/>
        <source>1 line differs.</source>
        <translation>1 ligne diffère.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="261"/>
        <source>%L1 lines differ.</source>
        <translation>%L1 lignes diffèrent.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="265"/>
        <source>The title on the blog is “%1”.</source>
        <translation>Le titre sur le blog est «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="308"/>
        <source>→ publish mine</source>
        <translation>→ publier la mienne</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="310"/>
        <source>← keep the web version</source>
        <translation>← garder la version web</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="312"/>
        <source>→ publish as a new post</source>
        <translation>→ publier comme nouvel article</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="316"/>
        <source>decide later</source>
        <translation>décider plus tard</translation>
    </message>
</context>
<context>
    <name>Postwright::CredentialStore</name>
    <message>
        <location filename="../app/publish/credentialstore.cpp" line="21"/>
        <source>No system keychain is running (the Secret Service, e.g. GNOME Keyring or KWallet). Start one, or enter the secret each time.</source>
        <translation>Aucun trousseau système n’est en cours d’exécution (le Secret Service, par exemple GNOME Keyring ou KWallet). Démarrez-en un, ou saisissez le secret à chaque fois.</translation>
    </message>
    <message>
        <location filename="../app/publish/credentialstore.cpp" line="25"/>
        <location filename="../ui/publish/publishtext.cpp" line="264"/>
        <source>No secret is stored for %1.</source>
        <translation>Aucun secret n’est enregistré pour %1.</translation>
    </message>
    <message>
        <location filename="../app/publish/credentialstore.cpp" line="28"/>
        <source>Access to the secret for %1 was refused in the keychain prompt.</source>
        <translation>L’accès au secret de %1 a été refusé dans la fenêtre du trousseau.</translation>
    </message>
    <message>
        <location filename="../app/publish/credentialstore.cpp" line="32"/>
        <source>The keychain refused access to the secret for %1. It may be locked: unlock it and try again.</source>
        <translation>Le trousseau a refusé l’accès au secret de %1. Il est peut-être verrouillé&#xa0;: déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <location filename="../app/publish/credentialstore.cpp" line="37"/>
        <source>Could not remove the secret for %1 from the keychain: %2</source>
        <translation>Impossible de supprimer le secret de %1 du trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/credentialstore.cpp" line="42"/>
        <source>The system keychain reported a problem with the secret for %1: %2</source>
        <translation>Le trousseau du système a signalé un problème avec le secret de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Postwright::DeployEngine</name>
    <message>
        <location filename="../app/publish/deployengine.cpp" line="231"/>
        <source>Cannot record the deploy: %1</source>
        <translation>Impossible d’enregistrer le déploiement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::DeployManifest</name>
    <message>
        <location filename="../app/publish/deploymanifest.cpp" line="102"/>
        <source>The deploy record is damaged (%1). Delete it to upload everything again.</source>
        <translation>Le registre de déploiement est endommagé (%1). Supprimez-le pour tout envoyer à nouveau.</translation>
    </message>
    <message>
        <location filename="../app/publish/deploymanifest.cpp" line="114"/>
        <source>The deploy record has format version %1, which this version of Postwright does not know. Update Postwright, or delete the record to upload everything again.</source>
        <translation>Le registre de déploiement est au format version %1, que cette version de Postwright ne connaît pas. Mettez à jour Postwright, ou supprimez le registre pour tout envoyer à nouveau.</translation>
    </message>
    <message>
        <location filename="../app/publish/deploymanifest.cpp" line="127"/>
        <source>The deploy record has a broken entry. Delete it to upload everything again.</source>
        <translation>Le registre de déploiement contient une entrée corrompue. Supprimez-le pour tout envoyer à nouveau.</translation>
    </message>
    <message>
        <location filename="../app/publish/deploymanifest.cpp" line="138"/>
        <source>The output folder does not exist. Build the site first.</source>
        <translation>Le dossier de sortie n’existe pas. Générez d’abord le site.</translation>
    </message>
    <message>
        <location filename="../app/publish/deploymanifest.cpp" line="152"/>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::DiffView</name>
    <message>
        <location filename="../ui/dialogs/diffview.cpp" line="49"/>
        <source>The two versions are the same.</source>
        <translation>Les deux versions sont identiques.</translation>
    </message>
</context>
<context>
    <name>Postwright::EditorPane</name>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="36"/>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="39"/>
        <source>R&amp;eplace…</source>
        <translation>Re&amp;mplacer…</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="40"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="53"/>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="55"/>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="58"/>
        <source>&amp;Go to Line…</source>
        <translation>A&amp;ller à la ligne…</translation>
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
        <translation>Il n’existe pas de partiel «&#xa0;%1&#xa0;»&#xa0;: le thème nécessite templates/partials/%1.mustache.</translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="329"/>
        <source>Templates include each other in a loop: %1.</source>
        <translation>Les modèles s’incluent mutuellement en boucle&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="335"/>
        <source>Partials are nested more than %1 levels deep here.</source>
        <translation>Les partiels sont imbriqués sur plus de %1 niveaux ici.</translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="362"/>
        <source>The partials included here add up to more than 32 MB.</source>
        <translation>Les partiels inclus ici dépassent au total 32 Mo.</translation>
    </message>
</context>
<context>
    <name>Postwright::ExternalBuild</name>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="89"/>
        <source>The site folder %1 does not exist.</source>
        <translation>Le dossier du site %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="91"/>
        <source>The build command is empty.</source>
        <translation>La commande de génération est vide.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="99"/>
        <source>%1 is not installed; install the Debian package %1 (apt-get install %1), or set the site&apos;s build command to the generator you use.</source>
        <translation>%1 n’est pas installé&#xa0;; installez le paquet Debian %1 (apt-get install %1), ou définissez comme commande de génération du site le générateur que vous utilisez.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="102"/>
        <source>The build command &quot;%1&quot; cannot run: %2 is not installed or not on PATH.</source>
        <translation>La commande de génération «&#xa0;%1&#xa0;» ne peut pas s’exécuter&#xa0;: %2 n’est pas installé ou ne se trouve pas dans le PATH.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="162"/>
        <source>A build of this site is already running.</source>
        <translation>Une génération de ce site est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="246"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 n’a pas pu être démarré&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="265"/>
        <source>The build was cancelled; run it again to finish.</source>
        <translation>La génération a été annulée&#xa0;; relancez-la pour la terminer.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="269"/>
        <source>%1 did not finish within %2 seconds and was stopped.</source>
        <translation>%1 ne s’est pas terminé en %2 secondes et a été arrêté.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="274"/>
        <source>%1 crashed.</source>
        <translation>%1 s’est arrêté de manière inattendue.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="280"/>
        <source>%1 failed with exit code %2; see its output.</source>
        <translation>%1 a échoué avec le code de sortie %2&#xa0;; consultez sa sortie.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuildparsing.cpp" line="188"/>
        <source>%1 could not convert the file.</source>
        <translation>%1 n’a pas pu convertir le fichier.</translation>
    </message>
</context>
<context>
    <name>Postwright::ExternalBuildSettings</name>
    <message>
        <location filename="../app/site/externalbuildsettings.cpp" line="189"/>
        <source>Install it with “sudo apt install %1”.</source>
        <translation>Installez-le avec «&#xa0;sudo apt install %1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuildsettings.cpp" line="241"/>
        <source>%1 is not installed. %2</source>
        <translation>%1 n’est pas installé. %2</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuildsettings.cpp" line="238"/>
        <source>%1 sets “generator: false” under “build:”.</source>
        <translation>%1 définit «&#xa0;generator: false&#xa0;» sous «&#xa0;build:&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuildsettings.cpp" line="265"/>
        <source>“build:” is written on one line; write its settings on lines of their own below it, or change them by hand.</source>
        <translation>«&#xa0;build:&#xa0;» est écrit sur une seule ligne&#xa0;; écrivez ses réglages sur des lignes à part en dessous, ou modifiez-les à la main.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuildsettings.cpp" line="307"/>
        <source>The build settings could not be written into this file without changing its other settings; change them by hand.</source>
        <translation>Les réglages de génération n’ont pas pu être écrits dans ce fichier sans modifier ses autres réglages&#xa0;; modifiez-les à la main.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuildsettings.cpp" line="323"/>
        <source># Postwright&apos;s settings for this site: how it is built and previewed, and where it is
# published. Hugo and Jekyll do not read this file.
</source>
        <translation># Les réglages de Postwright pour ce site&#xa0;: comment il est généré et prévisualisé, et où il est
# publié. Hugo et Jekyll ne lisent pas ce fichier.
</translation>
    </message>
</context>
<context>
    <name>Postwright::FindBar</name>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="42"/>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="43"/>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="44"/>
        <source>Whole words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="49"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="52"/>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="60"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="60"/>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Rechercher l’occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="62"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="62"/>
        <source>Find the next match (Enter)</source>
        <translation>Rechercher l’occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="64"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="66"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="66"/>
        <source>Replace this match and find the next</source>
        <translation>Remplacer cette occurrence et rechercher la suivante</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="68"/>
        <source>Replace All</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="68"/>
        <source>Replace every match</source>
        <translation>Remplacer toutes les occurrences</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="370"/>
        <source>Replaced 1</source>
        <translation>1 remplacement</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="370"/>
        <source>Replaced %L1</source>
        <translation>%L1 remplacements</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="385"/>
        <source>Invalid regular expression</source>
        <translation>Expression régulière non valide</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="389"/>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="392"/>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="394"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="396"/>
        <source>1 match</source>
        <translation>1 occurrence</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="396"/>
        <source>%1 matches</source>
        <translation>%1 occurrences</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="398"/>
        <source>%1, wrapped</source>
        <translation>%1, recherche reprise à l’autre bout</translation>
    </message>
</context>
<context>
    <name>Postwright::FolderTransport</name>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="44"/>
        <source>Cannot create the target folder %1.</source>
        <translation>Impossible de créer le dossier cible %1.</translation>
    </message>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="54"/>
        <source>Cannot create the folder for %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="58"/>
        <location filename="../app/publish/foldertransport.cpp" line="67"/>
        <location filename="../app/publish/foldertransport.cpp" line="108"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="84"/>
        <source>Cannot replace %1: %2</source>
        <translation>Impossible de remplacer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="96"/>
        <source>Cannot delete %1: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Postwright::FrontMatter</name>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="237"/>
        <source>The front matter that starts on line 1 is never closed: add a line with +++ after it.</source>
        <translation>L’en-tête qui commence à la ligne 1 n’est jamais fermé&#xa0;: ajoutez une ligne +++ après celui-ci.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="239"/>
        <source>The front matter that starts on line 1 is never closed: add a line with --- after it.</source>
        <translation>L’en-tête qui commence à la ligne 1 n’est jamais fermé&#xa0;: ajoutez une ligne --- après celui-ci.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="259"/>
        <source>A tab is used for indentation; YAML needs spaces.</source>
        <translation>Une tabulation est utilisée pour l’indentation&#xa0;; YAML exige des espaces.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="279"/>
        <location filename="../app/blog/frontmatter.cpp" line="295"/>
        <source>Invalid YAML: %1.</source>
        <translation>YAML non valide&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="285"/>
        <source>The front matter should be a list of “key: value” lines.</source>
        <translation>L’en-tête doit être une liste de lignes «&#xa0;clé: valeur&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Postwright::FrontMatterPanel</name>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="52"/>
        <source>Front Matter</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="77"/>
        <source>Show or hide the post&apos;s title, date, status, categories and tags</source>
        <translation>Afficher ou masquer le titre, la date, le statut, les catégories et les étiquettes de l’article</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="91"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="98"/>
        <source>No date</source>
        <translation>Aucune date</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="109"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="110"/>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="111"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="112"/>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="325"/>
        <source>Scheduled: not a draft, dated in the future</source>
        <translation>Planifié&#xa0;: pas un brouillon, daté dans le futur</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="116"/>
        <source>First one places the post, e.g. Design, Backend</source>
        <translation>La première détermine l’emplacement de l’article, par ex. Design, Backend</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="119"/>
        <source>Comma separated</source>
        <translation>Séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="124"/>
        <source>One or two sentences for lists and feeds</source>
        <translation>Une ou deux phrases pour les listes et les flux</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="134"/>
        <source>Keys this form does not show; edit them in the text, they are kept as they are.</source>
        <translation>Clés que ce formulaire n’affiche pas&#xa0;; modifiez-les dans le texte, elles sont conservées telles quelles.</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="139"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="140"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="141"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="142"/>
        <source>&amp;Categories</source>
        <translation>&amp;Catégories</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="143"/>
        <source>Ta&amp;gs</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="144"/>
        <source>Su&amp;mmary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="270"/>
        <source>Front matter line %1: %2</source>
        <translation>Ligne %1 de l’en-tête&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="311"/>
        <source>Other keys: %1</source>
        <translation>Autres clés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="323"/>
        <source>Move to _posts to publish: this draft is in _drafts/ (Post ▸ Publish Draft moves it).</source>
        <translation>Déplacer dans _posts pour publier&#xa0;: ce brouillon est dans _drafts/ (Article ▸ Publier le brouillon le déplace).</translation>
    </message>
</context>
<context>
    <name>Postwright::FtpTransport</name>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="81"/>
        <source>%1 “%2” on %3 failed: FTP cannot handle line breaks in file names.</source>
        <translation>Échec de %1 «&#xa0;%2&#xa0;» sur %3&#xa0;: FTP ne gère pas les sauts de ligne dans les noms de fichiers.</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="157"/>
        <location filename="../app/publish/ftptransport.cpp" line="249"/>
        <source>“%1” on %2</source>
        <comment>a file on a server, %2 in &quot;%1 %2 failed: %3&quot;</comment>
        <translation>«&#xa0;%1&#xa0;» sur %2</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="159"/>
        <location filename="../app/publish/ftptransport.cpp" line="247"/>
        <source>%1 %2 failed: %3</source>
        <translation>Échec de %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="163"/>
        <source>the server has no space left.</source>
        <translation>le serveur n’a plus d’espace libre.</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="167"/>
        <source>the server did not accept the password for “%1”.</source>
        <translation>le serveur n’a pas accepté le mot de passe de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="173"/>
        <source>the server&apos;s TLS certificate is not trusted (it may be self-signed, expired or made for another host name). If you trust this server, give its certificate file to Postwright.</source>
        <translation>le certificat TLS du serveur n’est pas approuvé (il est peut-être autosigné, expiré ou émis pour un autre nom d’hôte). Si vous faites confiance à ce serveur, indiquez son fichier de certificat à Postwright.</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="176"/>
        <source>the server&apos;s TLS certificate is not trusted: it is neither signed by a known authority nor by %1, or it is expired or made for another host name.</source>
        <translation>le certificat TLS du serveur n’est pas approuvé&#xa0;: il n’est signé ni par une autorité connue ni par %1, ou bien il est expiré ou émis pour un autre nom d’hôte.</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="181"/>
        <source>the certificate file %1 cannot be read.</source>
        <translation>le fichier de certificat %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="184"/>
        <source>the server does not offer TLS, so Postwright did not send the password. Use an ftp target if an unencrypted connection is acceptable.</source>
        <translation>le serveur ne propose pas TLS, Postwright n’a donc pas envoyé le mot de passe. Utilisez une cible ftp si une connexion non chiffrée est acceptable.</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="189"/>
        <location filename="../app/publish/ftptransport.cpp" line="194"/>
        <source>the connection failed or was lost.</source>
        <translation>la connexion a échoué ou a été perdue.</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="197"/>
        <source>the server is busy or shutting down.</source>
        <translation>le serveur est occupé ou en cours d’arrêt.</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="209"/>
        <source>Connecting to</source>
        <translation>la connexion à</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="214"/>
        <location filename="../app/publish/ftptransport.cpp" line="240"/>
        <location filename="../app/publish/ftptransport.cpp" line="248"/>
        <source>Uploading</source>
        <translation>l’envoi de</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="219"/>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="251"/>
        <source>the server could not write the file, most likely because it has no space left (or the account is over its quota).</source>
        <translation>le serveur n’a pas pu écrire le fichier, très probablement parce qu’il n’a plus d’espace libre (ou que le compte a dépassé son quota).</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="272"/>
        <location filename="../app/publish/ftptransport.cpp" line="283"/>
        <source>Removing</source>
        <translation>la suppression de</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="293"/>
        <location filename="../app/publish/ftptransport.cpp" line="300"/>
        <source>Reading</source>
        <translation>la lecture de</translation>
    </message>
</context>
<context>
    <name>Postwright::GhostApi</name>
    <message>
        <location filename="../app/publish/blogapis.cpp" line="180"/>
        <source>Ghost at %1</source>
        <translation>Ghost sur %1</translation>
    </message>
</context>
<context>
    <name>Postwright::GhostClient</name>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="135"/>
        <source>The stored Ghost Admin API key has the wrong shape (it should be an ID, a colon and a hexadecimal secret). Copy the Admin API key of a custom integration from Ghost Admin (Settings, Integrations) and store it again.</source>
        <translation>La clé d’API Admin Ghost enregistrée n’a pas la bonne forme (elle devrait être composée d’un identifiant, de deux-points et d’un secret hexadécimal). Copiez la clé d’API Admin d’une intégration personnalisée depuis Ghost Admin (Settings, Integrations) et enregistrez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="158"/>
        <source>Ghost at %1 refused the Admin API key (HTTP %2: %3). Copy the Admin API key of a custom integration from Ghost Admin (Settings, Integrations) and store it for this target.</source>
        <translation>Ghost sur %1 a refusé la clé d’API Admin (HTTP %2&#xa0;: %3). Copiez la clé d’API Admin d’une intégration personnalisée depuis Ghost Admin (Settings, Integrations) et enregistrez-la pour cette cible.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="165"/>
        <source>Cannot reach Ghost at %1 for %2: %3. Publish again later.</source>
        <translation>Impossible de joindre Ghost sur %1 pour %2&#xa0;: %3. Publiez à nouveau plus tard.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="169"/>
        <source>Ghost at %1 could not take %2 (HTTP %3: %4). Publish again later.</source>
        <translation>Ghost sur %1 n’a pas pu traiter %2 (HTTP %3&#xa0;: %4). Publiez à nouveau plus tard.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="176"/>
        <source>%1 was changed in Ghost after Postwright last read it, so Ghost refused to overwrite it. Look at the changes in Ghost Admin, then publish again to replace them.</source>
        <translation>%1 a été modifié dans Ghost depuis la dernière lecture par Postwright&#xa0;; Ghost a donc refusé de l’écraser. Examinez les modifications dans Ghost Admin, puis publiez à nouveau pour les remplacer.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="180"/>
        <source>Ghost at %1 refused %2 (HTTP %3): %4</source>
        <translation>Ghost sur %1 a refusé %2 (HTTP %3)&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="195"/>
        <source>Ghost&apos;s answer to %1 is not a post (%2). Check that the target&apos;s URL is the Ghost site&apos;s address.</source>
        <translation>La réponse de Ghost à %1 n’est pas un article (%2). Vérifiez que l’URL de la cible est bien l’adresse du site Ghost.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="198"/>
        <location filename="../app/publish/ghostclient.cpp" line="303"/>
        <location filename="../app/publish/ghostclient.cpp" line="346"/>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="199"/>
        <source>no post in it</source>
        <translation>aucun article</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="212"/>
        <source>the new post “%1”</source>
        <translation>le nouvel article «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="226"/>
        <source>the post “%1”</source>
        <translation>l’article «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="230"/>
        <source>Cannot update %1 in Ghost without its ID and the time of its last change.</source>
        <translation>Impossible de mettre à jour %1 dans Ghost sans son identifiant et l’heure de sa dernière modification.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="269"/>
        <source>the post with the ID “%1”</source>
        <translation>l’article d’identifiant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="275"/>
        <source>the post with the slug “%1”</source>
        <translation>l’article de slug «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="285"/>
        <source>the list of posts (page %1)</source>
        <translation>la liste des articles (page %1)</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="300"/>
        <source>Ghost&apos;s answer to %1 is not a list of posts (%2). Check that the target&apos;s URL is the Ghost site&apos;s address.</source>
        <translation>La réponse de Ghost à %1 n’est pas une liste d’articles (%2). Vérifiez que l’URL de la cible est bien l’adresse du site Ghost.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="304"/>
        <source>no posts in it</source>
        <translation>aucun article</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="309"/>
        <source>Ghost&apos;s answer to %1 holds a post without an ID.</source>
        <translation>La réponse de Ghost à %1 contient un article sans identifiant.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="326"/>
        <source>the image “%1”</source>
        <translation>l’image «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="344"/>
        <source>Ghost&apos;s answer to %1 names no URL for it (%2).</source>
        <translation>La réponse de Ghost à %1 n’indique aucune URL pour celle-ci (%2).</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="347"/>
        <source>no image in it</source>
        <translation>aucune image</translation>
    </message>
</context>
<context>
    <name>Postwright::GitRemote</name>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="157"/>
        <source>branch “%1” of %2</source>
        <translation>la branche «&#xa0;%1&#xa0;» de %2</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="192"/>
        <source>%1 %2 failed: “%3” is not an address git can use (%4).</source>
        <translation>Échec de %1 %2&#xa0;: «&#xa0;%3&#xa0;» n’est pas une adresse utilisable par git (%4).</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="202"/>
        <source>Fetching</source>
        <translation>la récupération de</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="235"/>
        <source>Pushing to</source>
        <translation>l’envoi vers</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="257"/>
        <source>%1 %2 failed: %3</source>
        <translation>Échec de %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="260"/>
        <source>the branch changed on the server since Postwright read it (someone else published, or pushed to it). Nothing was published; publish again.</source>
        <translation>la branche a changé sur le serveur depuis sa lecture par Postwright (quelqu’un d’autre a publié ou y a poussé des modifications). Rien n’a été publié&#xa0;; publiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="264"/>
        <source>the server did not accept the key %1 for “%2” (or its passphrase is wrong).</source>
        <translation>le serveur n’a pas accepté la clé %1 pour «&#xa0;%2&#xa0;» (ou sa phrase secrète est incorrecte).</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="266"/>
        <source>the server did not accept the token or password for “%1”. Check that it is right, has not expired, and may write to the repository.</source>
        <translation>le serveur n’a pas accepté le jeton ou le mot de passe pour «&#xa0;%1&#xa0;». Vérifiez qu’il est correct, qu’il n’a pas expiré et qu’il peut écrire dans le dépôt.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="272"/>
        <source>the host key of %1 has changed since it was trusted. The server may have been reinstalled, or someone may be intercepting the connection, so Postwright refused to connect. If the change is expected, remove the old key for %1 from %2.</source>
        <translation>la clé d’hôte de %1 a changé depuis qu’elle a été approuvée. Le serveur a peut-être été réinstallé, ou quelqu’un intercepte peut-être la connexion&#xa0;: Postwright a donc refusé de se connecter. Si ce changement est attendu, supprimez l’ancienne clé de %1 dans %2.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="277"/>
        <source>%1 is not a known host and its key was not accepted.</source>
        <translation>%1 n’est pas un hôte connu et sa clé n’a pas été acceptée.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="280"/>
        <source>the server&apos;s host key could not be read.</source>
        <translation>la clé d’hôte du serveur n’a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="286"/>
        <source>the server asks for an SSH key, and the target names no key_file.</source>
        <translation>le serveur demande une clé SSH, et la cible n’indique aucun key_file.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="288"/>
        <source>the server asks for a login, and no token or password was given.</source>
        <translation>le serveur demande une connexion, et aucun jeton ni mot de passe n’a été fourni.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="296"/>
        <source>the server refused to update the branch: %1</source>
        <translation>le serveur a refusé de mettre à jour la branche&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="307"/>
        <source>the server&apos;s certificate could not be verified (%1).</source>
        <translation>le certificat du serveur n’a pas pu être vérifié (%1).</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="317"/>
        <location filename="../app/publish/gitremote.cpp" line="326"/>
        <source>the repository was not found (%1).</source>
        <translation>le dépôt est introuvable (%1).</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="320"/>
        <source>the server is busy or failing (%1).</source>
        <translation>le serveur est occupé ou défaillant (%1).</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="330"/>
        <source>the connection failed or was lost (%1).</source>
        <translation>la connexion a échoué ou a été perdue (%1).</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="331"/>
        <source>unknown error %1</source>
        <translation>erreur inconnue %1</translation>
    </message>
</context>
<context>
    <name>Postwright::GitStage</name>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="38"/>
        <source>“%1” is not a valid branch name.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de branche valide.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="43"/>
        <source>the path “%1” leaves the branch.</source>
        <translation>le chemin «&#xa0;%1&#xa0;» sort de la branche.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="46"/>
        <source>the path “%1” is not allowed in git.</source>
        <translation>le chemin «&#xa0;%1&#xa0;» n’est pas autorisé dans git.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="65"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="74"/>
        <source>Publishing to %1 failed: the branch was not fetched first.</source>
        <translation>La publication vers %1 a échoué&#xa0;: la branche n’a pas été récupérée au préalable.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="100"/>
        <source>Cannot prepare the local copy of the branch in %1</source>
        <translation>Impossible de préparer la copie locale de la branche dans %1</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="111"/>
        <source>Publishing to %1 failed: %2</source>
        <translation>La publication vers %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="125"/>
        <source>The branch on %1 does not end in a commit</source>
        <translation>La branche sur %1 ne se termine pas par un commit</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="146"/>
        <location filename="../app/publish/gitstage.cpp" line="176"/>
        <location filename="../app/publish/gitstage.cpp" line="179"/>
        <location filename="../app/publish/gitstage.cpp" line="186"/>
        <location filename="../app/publish/gitstage.cpp" line="195"/>
        <source>Cannot read “%1”</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="279"/>
        <source>Publish: 1 file changed</source>
        <translation>Publication&#xa0;: 1 fichier modifié</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="280"/>
        <source>Publish: %1 files changed</source>
        <translation>Publication&#xa0;: %1 fichiers modifiés</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="283"/>
        <source>Publish: 1 file removed</source>
        <translation>Publication&#xa0;: 1 fichier supprimé</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="284"/>
        <source>Publish: %1 files removed</source>
        <translation>Publication&#xa0;: %1 fichiers supprimés</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="286"/>
        <source>, %1 removed</source>
        <translation>, %1 supprimés</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="289"/>
        <source>Publish: no file changed</source>
        <translation>Publication&#xa0;: aucun fichier modifié</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="298"/>
        <source>… and %1 more</source>
        <translation>… et %1 autres</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="311"/>
        <source>Cannot make the commit for %1</source>
        <translation>Impossible de créer le commit pour %1</translation>
    </message>
</context>
<context>
    <name>Postwright::GoToLineDialog</name>
    <message>
        <location filename="../ui/editor/gotolinedialog.cpp" line="17"/>
        <source>Go to Line</source>
        <translation>Aller à la ligne</translation>
    </message>
    <message>
        <location filename="../ui/editor/gotolinedialog.cpp" line="18"/>
        <source>&amp;Line (1–%1), optionally followed by :column:</source>
        <translation>&amp;Ligne (1–%1), éventuellement suivie de :colonne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/editor/gotolinedialog.cpp" line="24"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
</context>
<context>
    <name>Postwright::HostKeyDialog</name>
    <message>
        <location filename="../ui/publish/hostkeydialog.cpp" line="15"/>
        <source>Unknown Server</source>
        <translation>Serveur inconnu</translation>
    </message>
    <message>
        <location filename="../ui/publish/hostkeydialog.cpp" line="18"/>
        <source>&lt;b&gt;Postwright has not connected to %1 before.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Postwright ne s’est encore jamais connecté à %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/publish/hostkeydialog.cpp" line="20"/>
        <source>Check that this is the fingerprint of the server&apos;s key before you trust it. Your hosting provider lists it, or run &lt;tt&gt;ssh-keygen -lf&lt;/tt&gt; on the server&apos;s host key. Postwright will remember the key and refuse to connect if it ever changes.</source>
        <translation>Vérifiez qu’il s’agit bien de l’empreinte de la clé du serveur avant de lui faire confiance. Votre hébergeur l’indique, ou exécutez &lt;tt&gt;ssh-keygen -lf&lt;/tt&gt; sur la clé d’hôte du serveur. Postwright mémorisera la clé et refusera de se connecter si elle change un jour.</translation>
    </message>
    <message>
        <location filename="../ui/publish/hostkeydialog.cpp" line="32"/>
        <source>Trust and Connect</source>
        <translation>Faire confiance et se connecter</translation>
    </message>
</context>
<context>
    <name>Postwright::ImageInserter</name>
    <message>
        <location filename="../ui/editor/imageinserter.cpp" line="69"/>
        <source>Images go into a post&apos;s folder, and no post is open.</source>
        <translation>Les images sont placées dans le dossier d’un article, et aucun article n’est ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/editor/imageinserter.cpp" line="74"/>
        <source>The post could not get a folder for its images.</source>
        <translation>Impossible de créer un dossier pour les images de l’article.</translation>
    </message>
    <message>
        <location filename="../ui/editor/imageinserter.cpp" line="96"/>
        <source>The image could not be added to the post.</source>
        <translation>L’image n’a pas pu être ajoutée à l’article.</translation>
    </message>
    <message>
        <location filename="../ui/editor/imageinserter.cpp" line="148"/>
        <source>Could Not Add Image</source>
        <translation>Impossible d’ajouter l’image</translation>
    </message>
</context>
<context>
    <name>Postwright::Importer</name>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="178"/>
        <source>This folder is neither a Postwright blog (it has no blog.yaml) nor empty. Import into a blog, or into a new or empty folder to make one.</source>
        <translation>Ce dossier n’est ni un blog Postwright (il n’a pas de blog.yaml) ni un dossier vide. Importez dans un blog, ou dans un dossier nouveau ou vide pour en créer un.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="230"/>
        <source>Skipped %1 item(s) of type “%2”: only posts, pages and their images are imported.</source>
        <translation>%1 élément(s) de type «&#xa0;%2&#xa0;» ignoré(s)&#xa0;: seuls les articles, les pages et leurs images sont importés.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="236"/>
        <source>pandoc is not installed, so the posts keep their HTML, which the blog shows only with “markdown: raw_html: true” in blog.yaml. Install pandoc and import again into a new folder to get Markdown.</source>
        <translation>pandoc n’est pas installé&#xa0;: les articles gardent donc leur HTML, que le blog n’affiche qu’avec «&#xa0;markdown: raw_html: true&#xa0;» dans blog.yaml. Installez pandoc et importez à nouveau dans un nouveau dossier pour obtenir du Markdown.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="265"/>
        <source>“%1” links to %2, which is not in the export&apos;s folder (looked for uploads/%2 and wp-content/uploads/%2): the link stays on the old site.</source>
        <translation>«&#xa0;%1&#xa0;» contient un lien vers %2, qui ne se trouve pas dans le dossier de l’export (recherché dans uploads/%2 et wp-content/uploads/%2)&#xa0;: le lien continue de pointer vers l’ancien site.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="347"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="353"/>
        <source>Skipped “%1”: it is in WordPress&apos;s trash.</source>
        <translation>«&#xa0;%1&#xa0;» ignoré&#xa0;: il se trouve dans la corbeille de WordPress.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="354"/>
        <source>Skipped “%1”: it is an automatic draft WordPress kept.</source>
        <translation>«&#xa0;%1&#xa0;» ignoré&#xa0;: il s’agit d’un brouillon automatique conservé par WordPress.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="364"/>
        <source>Skipped “%1”: %2 already exists.</source>
        <translation>«&#xa0;%1&#xa0;» ignoré&#xa0;: %2 existe déjà.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="397"/>
        <source>“%1”: %2 already exists with other content and was left alone; the page links to the old site instead.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2 existe déjà avec un autre contenu et n’a pas été modifié&#xa0;; la page pointe plutôt vers l’ancien site.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="473"/>
        <source>The post&apos;s folder could not be created.</source>
        <translation>Le dossier de l’article n’a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>Postwright::LibraryVersions</name>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="78"/>
        <source>SFTP and FTP publishing</source>
        <translation>Publication par SFTP et FTP</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="81"/>
        <location filename="../app/util/libraryversions.cpp" line="85"/>
        <source>SSH for SFTP publishing (through libcurl)</source>
        <translation>SSH pour la publication par SFTP (via libcurl)</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="94"/>
        <location filename="../app/util/libraryversions.cpp" line="98"/>
        <source>Encrypted connections (through libcurl)</source>
        <translation>Connexions chiffrées (via libcurl)</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="111"/>
        <source>Math in the preview and the built site</source>
        <translation>Les mathématiques dans l’aperçu et le site généré</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="124"/>
        <source>Code highlighting in the preview and the built site</source>
        <translation>La coloration du code dans l’aperçu et le site généré</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="135"/>
        <source>Application framework</source>
        <translation>Cadre d’application</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="137"/>
        <source>Markdown to HTML, with GitHub&apos;s extensions</source>
        <translation>Markdown vers HTML, avec les extensions de GitHub</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="140"/>
        <source>Front matter and blog settings in YAML</source>
        <translation>Front matter et réglages du blog en YAML</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="144"/>
        <source>Hugo&apos;s TOML configuration and front matter</source>
        <translation>La configuration TOML et le front matter de Hugo</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="147"/>
        <source>The built-in theme&apos;s templates</source>
        <translation>Les modèles du thème intégré</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="150"/>
        <source>Reading HTML: the sanitiser and imported posts</source>
        <translation>Lecture du HTML&#xa0;: le nettoyeur et les articles importés</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="153"/>
        <source>Comparing two versions of a post</source>
        <translation>Comparaison de deux versions d’un article</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="157"/>
        <source>Spell checking</source>
        <translation>Vérification orthographique</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="159"/>
        <source>Publishing to git branches</source>
        <translation>Publication vers des branches git</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="163"/>
        <source>Zip archives of the built site</source>
        <translation>Archives zip du site généré</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="165"/>
        <source>Passwords in the system keychain</source>
        <translation>Mots de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="175"/>
        <source>version unknown</source>
        <translation>version inconnue</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="177"/>
        <source>not installed</source>
        <translation>non installée</translation>
    </message>
</context>
<context>
    <name>Postwright::LinkCheck</name>
    <message>
        <location filename="../app/site/linkcheck.cpp" line="266"/>
        <source>The image %1 is not a file of the site.</source>
        <translation>L’image %1 n’est pas un fichier du site.</translation>
    </message>
    <message>
        <location filename="../app/site/linkcheck.cpp" line="267"/>
        <source>The link %1 leads to no page or file of the site.</source>
        <translation>Le lien %1 ne mène à aucune page ni aucun fichier du site.</translation>
    </message>
    <message>
        <location filename="../app/site/linkcheck.cpp" line="291"/>
        <source>The image %1 does not exist (no file %2).</source>
        <translation>L’image %1 n’existe pas (aucun fichier %2).</translation>
    </message>
    <message>
        <location filename="../app/site/linkcheck.cpp" line="293"/>
        <source>The link %1 leads to no post or page (no file %2).</source>
        <translation>Le lien %1 ne mène à aucun article ni aucune page (aucun fichier %2).</translation>
    </message>
    <message>
        <location filename="../app/site/linkcheck.cpp" line="295"/>
        <source>The link %1 leads to no page or file (no file %2).</source>
        <translation>Le lien %1 ne mène à aucune page ni aucun fichier (aucun fichier %2).</translation>
    </message>
</context>
<context>
    <name>Postwright::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="40"/>
        <source>&amp;New Blog…</source>
        <translation>&amp;Nouveau blog…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="40"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="41"/>
        <source>Create a blog, open a Hugo or Jekyll site, or import a WordPress export</source>
        <translation>Créer un blog, ouvrir un site Hugo ou Jekyll, ou importer un export WordPress</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="43"/>
        <source>&amp;Open Blog…</source>
        <translation>&amp;Ouvrir un blog…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="45"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="47"/>
        <source>&amp;Close Post</source>
        <translation>&amp;Fermer l’article</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="49"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="53"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="54"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="55"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="56"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="57"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="58"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="59"/>
        <source>Pre&amp;ferences…</source>
        <translation>Préfére&amp;nces…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="61"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="63"/>
        <source>Editor font, autosave, spelling, preview, publish target, theme and language</source>
        <translation>Police de l’éditeur, enregistrement automatique, orthographe, aperçu, cible de publication, thème et langue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="66"/>
        <source>&amp;Post List</source>
        <translation>&amp;Liste des articles</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="66"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="69"/>
        <source>&amp;Outline</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="69"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="72"/>
        <source>Show the post&apos;s headings; click one to go there</source>
        <translation>Afficher les titres de l’article&#xa0;; cliquez sur l’un d’eux pour y accéder</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="73"/>
        <source>P&amp;review</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="73"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="77"/>
        <source>&amp;Synchronize Scrolling</source>
        <translation>&amp;Synchroniser le défilement</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="80"/>
        <source>Keep the preview at the part of the post you are editing, and the other way round</source>
        <translation>Maintenir l’aperçu sur la partie de l’article en cours de modification, et inversement</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="82"/>
        <source>Show &amp;Web Images in Preview</source>
        <translation>Afficher les images &amp;web dans l’aperçu</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="85"/>
        <source>Load images that posts link from the web; off, the preview shows their addresses and contacts no server</source>
        <translation>Charger les images que les articles lient depuis le web&#xa0;; désactivé, l’aperçu affiche leurs adresses et ne contacte aucun serveur</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="89"/>
        <source>Preview in the Site&apos;s &amp;Style</source>
        <translation>Aperçu dans le st&amp;yle du site</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="93"/>
        <source>&amp;Next Open Post</source>
        <translation>Article ouvert suiva&amp;nt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="95"/>
        <source>P&amp;revious Open Post</source>
        <translation>Article ouvert pré&amp;cédent</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="98"/>
        <source>&amp;Focus Mode</source>
        <translation>&amp;Mode concentration</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="100"/>
        <source>Only the text, full screen; Esc or F11 to come back</source>
        <translation>Uniquement le texte, en plein écran&#xa0;; Échap ou F11 pour revenir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="105"/>
        <source>Follow the &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="105"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="105"/>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="115"/>
        <source>&amp;Build Site</source>
        <translation>&amp;Générer le site</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="115"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="116"/>
        <source>Build the blog&apos;s static site into its public/ folder, rewriting only what changed</source>
        <translation>Générer le site statique du blog dans son dossier public/, en ne réécrivant que ce qui a changé</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="118"/>
        <source>Build &amp;Settings…</source>
        <translation>&amp;Réglages de génération…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="120"/>
        <source>Whether a Hugo or Jekyll site is built by its own generator, and with which command</source>
        <translation>Si un site Hugo ou Jekyll est généré par son propre générateur, et avec quelle commande</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="122"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="122"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="123"/>
        <source>Build the site and send what changed to the blog&apos;s default publish target</source>
        <translation>Générer le site et envoyer ce qui a changé vers la cible de publication par défaut du blog</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="124"/>
        <source>Publish the blog to its default target (%1)</source>
        <translation>Publier le blog vers sa cible par défaut (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="128"/>
        <source>Publish Tar&amp;gets…</source>
        <translation>&amp;Cibles de publication…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="129"/>
        <source>The places this blog publishes to, their passwords and a connection test</source>
        <translation>Les destinations de publication de ce blog, leurs mots de passe et un test de connexion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="131"/>
        <source>&amp;Import Posts from Blog…</source>
        <translation>&amp;Importer des articles depuis un blog…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="132"/>
        <source>Copy the posts of a WordPress or Ghost blog into this blog as Markdown</source>
        <translation>Copier les articles d’un blog WordPress ou Ghost dans ce blog, au format Markdown</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="145"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="154"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="171"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="174"/>
        <source>&amp;Post</source>
        <translation>Ar&amp;ticle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="181"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="197"/>
        <source>&amp;Appearance</source>
        <translation>Appar&amp;ence</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="202"/>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="213"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="248"/>
        <source>Building %p%</source>
        <translation>Génération&#xa0;: %p %</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="175"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="339"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="377"/>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="45"/>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="98"/>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="121"/>
        <source>Could Not Save</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="165"/>
        <source>Reloaded: another program changed the file.</source>
        <translation>Rechargé&#xa0;: un autre programme a modifié le fichier.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="168"/>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="111"/>
        <source>Autosave failed: %1 — your text is kept in the recovery journal.</source>
        <translation>Échec de l’enregistrement automatique&#xa0;: %1 — votre texte est conservé dans le journal de récupération.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="171"/>
        <source>Could not write the recovery journal: %1</source>
        <translation>Impossible d’écrire le journal de récupération&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="175"/>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="98"/>
        <source>Your text could not be saved. It is still in the editor.</source>
        <translation>Votre texte n’a pas pu être enregistré. Il se trouve toujours dans l’éditeur.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="339"/>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="45"/>
        <source>The open post could not be saved, so it stays open.</source>
        <translation>L’article ouvert n’a pas pu être enregistré&#xa0;; il reste donc ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="349"/>
        <source>Could Not Open</source>
        <translation>Impossible d’ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="349"/>
        <source>The post could not be read.</source>
        <translation>L’article n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="361"/>
        <source>Write your post in Markdown…</source>
        <translation>Rédigez votre article en Markdown…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="377"/>
        <source>The post could not be saved. Your text is still in the editor.</source>
        <translation>L’article n’a pas pu être enregistré. Votre texte se trouve toujours dans l’éditeur.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="414"/>
        <source>Choose a post from the list.</source>
        <translation>Choisissez un article dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="488"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="504"/>
        <source>1 word</source>
        <translation>1 mot</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="488"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="504"/>
        <source>%L1 words</source>
        <translation>%L1 mots</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="489"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="505"/>
        <source>1 character</source>
        <translation>1 caractère</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="489"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="505"/>
        <source>%L1 characters</source>
        <translation>%L1 caractères</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="490"/>
        <source>%1 · %2 · %3 min read</source>
        <translation>%1 · %2 · %3 min de lecture</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="503"/>
        <source>Selection: %1, %2 — Post: %3</source>
        <translation>Sélection&#xa0;: %1, %2 — Article&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="513"/>
        <source>Postwright</source>
        <translation>Postwright</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="513"/>
        <source>%1 — Postwright</source>
        <translation>%1 — Postwright</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="516"/>
        <source>%1[*] — %2 — Postwright</source>
        <translation>%1[*] — %2 — Postwright</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="224"/>
        <source>Open Blog</source>
        <translation>Ouvrir un blog</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="228"/>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="267"/>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="103"/>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="124"/>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="128"/>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="139"/>
        <source>Could Not Open Blog</source>
        <translation>Impossible d’ouvrir le blog</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="228"/>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="267"/>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="103"/>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="128"/>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="140"/>
        <source>This folder could not be opened as a blog.</source>
        <translation>Ce dossier n’a pas pu être ouvert en tant que blog.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowbuild.cpp" line="56"/>
        <source>Postwright’s theme</source>
        <translation>Thème de Postwright</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowbuild.cpp" line="76"/>
        <source>Building the site…</source>
        <translation>Génération du site…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowbuild.cpp" line="106"/>
        <source>Could not open %1.</source>
        <translation>Impossible d’ouvrir %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowbuild.cpp" line="112"/>
        <source>Open a blog to see how it is built.</source>
        <translation>Ouvrez un blog pour voir comment il est généré.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="54"/>
        <source>Could Not Restore</source>
        <translation>Impossible de restaurer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="54"/>
        <source>The recovered text could not be opened.</source>
        <translation>Le texte récupéré n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="58"/>
        <source>Recovered text restored. It is saved like any edit; Undo shows the file&apos;s own text.</source>
        <translation>Texte récupéré restauré. Il est enregistré comme toute modification&#xa0;; Annuler affiche le texte du fichier lui-même.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="78"/>
        <source>Compare Versions</source>
        <translation>Comparer les versions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="79"/>
        <source>Lines marked − are in the version on disk, lines marked + in yours.</source>
        <translation>Les lignes marquées − proviennent de la version sur le disque, les lignes marquées + de la vôtre.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="83"/>
        <source>Keep Mine</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="85"/>
        <source>Take Theirs</source>
        <translation>Prendre l’autre version</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="122"/>
        <source>The open post could not be saved. Quit anyway and lose the changes?</source>
        <translation>L’article ouvert n’a pas pu être enregistré. Quitter quand même et perdre les modifications&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowposts.cpp" line="64"/>
        <source>Your personal dictionary could not be read: %1</source>
        <translation>Votre dictionnaire personnel n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowposts.cpp" line="71"/>
        <source>Spelling</source>
        <translation>Orthographe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowposts.cpp" line="112"/>
        <source>Open a post before adding images.</source>
        <translation>Ouvrez un article avant d’ajouter des images.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="36"/>
        <source>This blog has no publish targets yet. Add one to blog.yaml under publish:.</source>
        <translation>Ce blog n’a pas encore de cible de publication. Ajoutez-en une dans blog.yaml sous publish:.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="49"/>
        <source>Publish &amp;To</source>
        <translation>Publier &amp;vers</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="56"/>
        <source>Toolbar</source>
        <translation>Barre d’outils</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="90"/>
        <source>Open a blog to publish it.</source>
        <translation>Ouvrez un blog pour le publier.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="94"/>
        <source>The site is being built; publish when the build is done.</source>
        <translation>Le site est en cours de génération&#xa0;; publiez une fois la génération terminée.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="121"/>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="124"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="122"/>
        <source>Publish to:</source>
        <translation>Publier vers&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="132"/>
        <source>Open a blog to see its publish targets.</source>
        <translation>Ouvrez un blog pour voir ses cibles de publication.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="148"/>
        <source>blog.yaml’s publish section has a problem</source>
        <translation>La section publish de blog.yaml comporte un problème</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="150"/>
        <source>No publish targets yet</source>
        <translation>Aucune cible de publication pour l’instant</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="154"/>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="176"/>
        <source>Open a blog to import posts into it.</source>
        <translation>Ouvrez un blog pour y importer des articles.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="64"/>
        <source>&amp;Welcome</source>
        <translation>&amp;Bienvenue</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="66"/>
        <source>Open a blog or site, create one, import from WordPress or explore the sample blog</source>
        <translation>Ouvrir un blog ou un site, en créer un, importer depuis WordPress ou explorer le blog d’exemple</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="69"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="72"/>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="75"/>
        <source>Every command that has a keyboard shortcut, with a filter</source>
        <translation>Toutes les commandes qui ont un raccourci clavier, avec un filtre</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="78"/>
        <source>&amp;About Postwright</source>
        <translation>À &amp;propos de Postwright</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="80"/>
        <source>Postwright&apos;s version, licence and the libraries it is built on</source>
        <translation>La version de Postwright, sa licence et les bibliothèques sur lesquelles il repose</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="82"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="124"/>
        <source>The sample blog could not be created.</source>
        <translation>Le blog d’exemple n’a pas pu être créé.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowview.cpp" line="190"/>
        <source>No stylesheets of the site were found, so the preview uses the built-in theme. Build the site, or name them in %1 (preview: css:).</source>
        <translation>Aucune feuille de style du site n’a été trouvée&#xa0;: l’aperçu utilise donc le thème intégré. Générez le site, ou indiquez-les dans %1 (preview: css:).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowview.cpp" line="201"/>
        <source>Show posts with the site&apos;s own stylesheets instead of the built-in theme: %1 (from %2)</source>
        <translation>Afficher les articles avec les feuilles de style du site au lieu du thème intégré&#xa0;: %1 (depuis %2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowview.cpp" line="207"/>
        <source>The preview settings could not be read: %1</source>
        <translation>Les réglages de l’aperçu n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::MarkdownEditor</name>
    <message>
        <location filename="../ui/editor/markdowneditor.cpp" line="56"/>
        <source>Write your post in Markdown…</source>
        <translation>Rédigez votre article en Markdown…</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="54"/>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="56"/>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
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
        <translation>&amp;Lien</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="60"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="67"/>
        <source>I&amp;ndent</source>
        <translation>&amp;Augmenter le retrait</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="67"/>
        <source>Ctrl+]</source>
        <translation>Ctrl+]</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="69"/>
        <source>&amp;Outdent</source>
        <translation>&amp;Diminuer le retrait</translation>
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
        <translation>&amp;Zoom avant</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="78"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="80"/>
        <source>&amp;Reset Zoom</source>
        <translation>Réin&amp;itialiser le zoom</translation>
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
        <translation>Blog XML-RPC sur %1</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="107"/>
        <source>The XML-RPC blog at %1 answered something that is not XML-RPC when asked for %2 (%3). Check that the target&apos;s address is the blog&apos;s XML-RPC endpoint (for WordPress, the site&apos;s address followed by /xmlrpc.php).</source>
        <translation>Le blog XML-RPC sur %1 a répondu par autre chose que du XML-RPC à la demande de %2 (%3). Vérifiez que l’adresse de la cible est bien le point d’accès XML-RPC du blog (pour WordPress, l’adresse du site suivie de /xmlrpc.php).</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="121"/>
        <source>The XML-RPC blog at %1 refused the password for %2 (%3). Check the user name and the password stored for this target (WordPress also takes an application password here).</source>
        <translation>Le blog XML-RPC sur %1 a refusé le mot de passe pour %2 (%3). Vérifiez le nom d’utilisateur et le mot de passe enregistrés pour cette cible (WordPress accepte aussi un mot de passe d’application ici).</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="127"/>
        <source>The XML-RPC blog at %1 does not offer %2, which Postwright needs for %3 (%4).</source>
        <translation>Le blog XML-RPC sur %1 ne propose pas %2, dont Postwright a besoin pour %3 (%4).</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="130"/>
        <source>The XML-RPC blog at %1 refused %2: %3 (fault %4).</source>
        <translation>Le blog XML-RPC sur %1 a refusé %2&#xa0;: %3 (erreur %4).</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="159"/>
        <source>Cannot reach the XML-RPC blog at %1 for %2: %3. Publish again later.</source>
        <translation>Impossible de joindre le blog XML-RPC sur %1 pour %2&#xa0;: %3. Publiez à nouveau plus tard.</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="167"/>
        <source>The XML-RPC blog at %1 could not take %2 (HTTP %3%4). Publish again later.</source>
        <translation>Le blog XML-RPC sur %1 n’a pas pu traiter %2 (HTTP %3%4). Publiez à nouveau plus tard.</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="173"/>
        <source>The XML-RPC blog at %1 sent %2 elsewhere (%3). Postwright does not follow: set the target&apos;s address to where the endpoint now is.</source>
        <translation>Le blog XML-RPC sur %1 a redirigé %2 ailleurs (%3). Postwright ne suit pas les redirections&#xa0;: indiquez comme adresse de la cible le nouvel emplacement du point d’accès.</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="180"/>
        <source>The XML-RPC blog at %1 asks for a login before XML-RPC (HTTP 401). Postwright logs in with XML-RPC&apos;s own user name and password only.</source>
        <translation>Le blog XML-RPC sur %1 demande une connexion avant XML-RPC (HTTP 401). Postwright se connecte uniquement avec le nom d’utilisateur et le mot de passe propres à XML-RPC.</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="187"/>
        <source>The XML-RPC blog at %1 refused access to its XML-RPC endpoint (HTTP 403). Some hosts and security plugins block xmlrpc.php: allow it there, or use the WordPress REST API instead.</source>
        <translation>Le blog XML-RPC sur %1 a refusé l’accès à son point d’accès XML-RPC (HTTP 403). Certains hébergeurs et extensions de sécurité bloquent xmlrpc.php&#xa0;: autorisez-le à cet endroit, ou utilisez plutôt l’API REST de WordPress.</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="195"/>
        <source>There is no XML-RPC endpoint at %1 (HTTP %2). For WordPress it is the site&apos;s address followed by /xmlrpc.php.</source>
        <translation>Il n’y a pas de point d’accès XML-RPC à %1 (HTTP %2). Pour WordPress, il s’agit de l’adresse du site suivie de /xmlrpc.php.</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="200"/>
        <source>The XML-RPC blog at %1 refused %2 (HTTP %3).</source>
        <translation>Le blog XML-RPC sur %1 a refusé %2 (HTTP %3).</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="219"/>
        <source>the list of your blogs</source>
        <translation>la liste de vos blogs</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="227"/>
        <source>the newest post</source>
        <translation>l’article le plus récent</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="239"/>
        <location filename="../app/publish/metaweblogapi.cpp" line="242"/>
        <source>the list of categories</source>
        <translation>la liste des catégories</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="242"/>
        <source>no list in the answer</source>
        <translation>aucune liste dans la réponse</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="250"/>
        <source>the category “%1”</source>
        <translation>la catégorie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="267"/>
        <source>The XML-RPC blog at %1 has no category “%2” and cannot create one over XML-RPC. Create it on the blog, or take it out of the post.</source>
        <translation>Le blog XML-RPC sur %1 n’a pas de catégorie «&#xa0;%2&#xa0;» et ne peut pas en créer via XML-RPC. Créez-la sur le blog, ou retirez-la de l’article.</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="274"/>
        <source>no id for the new category</source>
        <translation>aucun identifiant pour la nouvelle catégorie</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="320"/>
        <source>the categories of %1</source>
        <translation>les catégories de %1</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="368"/>
        <location filename="../app/publish/metaweblogapi.cpp" line="439"/>
        <source>no post in the answer</source>
        <translation>aucun article dans la réponse</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="377"/>
        <location filename="../app/publish/metaweblogapi.cpp" line="405"/>
        <location filename="../app/publish/metaweblogapi.cpp" line="467"/>
        <source>the post “%1”</source>
        <translation>l’article «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="390"/>
        <source>no post id in the answer</source>
        <translation>aucun identifiant d’article dans la réponse</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="408"/>
        <source>Cannot update %1 on the XML-RPC blog at %2 without its id.</source>
        <translation>Impossible de mettre à jour %1 sur le blog XML-RPC sur %2 sans son identifiant.</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="429"/>
        <source>the post with id %1</source>
        <translation>l’article d’identifiant %1</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="454"/>
        <source>no list of posts in the answer</source>
        <translation>aucune liste d’articles dans la réponse</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="457"/>
        <source>something else than a post in the list</source>
        <translation>autre chose qu’un article dans la liste</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="490"/>
        <source>the file “%1”</source>
        <translation>le fichier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="494"/>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="504"/>
        <source>no URL for the file in the answer</source>
        <translation>aucune URL pour le fichier dans la réponse</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="521"/>
        <source>the list of posts</source>
        <translation>la liste des articles</translation>
    </message>
</context>
<context>
    <name>Postwright::MetadataReader</name>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="45"/>
        <source>Front matter keys must be plain names.</source>
        <translation>Les clés de l’en-tête doivent être de simples noms.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="49"/>
        <source>The key “%1” appears twice (first on line %2); keep one.</source>
        <translation>La clé «&#xa0;%1&#xa0;» apparaît deux fois (la première fois à la ligne %2)&#xa0;; n’en gardez qu’une.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="100"/>
        <source>“%1” should be text.</source>
        <translation>«&#xa0;%1&#xa0;» doit être du texte.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="113"/>
        <source>“%1” should be true or false.</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir true ou false.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="125"/>
        <source>“%1” should be a date.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une date.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="129"/>
        <source>“%1” is not a date: write it as 2024-05-01 or 2024-05-01T09:30:00+02:00.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: écrivez-la sous la forme 2024-05-01 ou 2024-05-01T09:30:00+02:00.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="152"/>
        <source>“%1” should be a list, like [one, two].</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste, comme [un, deux].</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="155"/>
        <source>Each entry of “%1” should be text.</source>
        <translation>Chaque élément de «&#xa0;%1&#xa0;» doit être du texte.</translation>
    </message>
</context>
<context>
    <name>Postwright::MicropubApi</name>
    <message>
        <location filename="../app/publish/blogapis.cpp" line="344"/>
        <source>Micropub at %1</source>
        <translation>Micropub sur %1</translation>
    </message>
</context>
<context>
    <name>Postwright::MicropubClient</name>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="164"/>
        <source>The Micropub endpoint %1 refused the access token for %2 (HTTP %3: %4). Sign in to the site again with the create, update and media scopes and store the new token for this target.</source>
        <translation>Le point d’accès Micropub %1 a refusé le jeton d’accès pour %2 (HTTP %3&#xa0;: %4). Reconnectez-vous au site avec les portées create, update et media, puis enregistrez le nouveau jeton pour cette cible.</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="173"/>
        <source>Cannot reach %1 for %2: %3. Publish again later.</source>
        <translation>Impossible de joindre %1 pour %2&#xa0;: %3. Publiez à nouveau plus tard.</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="176"/>
        <source>%1 could not take %2 (HTTP %3: %4). Publish again later.</source>
        <translation>%1 n’a pas pu traiter %2 (HTTP %3&#xa0;: %4). Publiez à nouveau plus tard.</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="183"/>
        <source>%1 refused %2 (HTTP %3): %4</source>
        <translation>%1 a refusé %2 (HTTP %3)&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="189"/>
        <source>the site&apos;s home page</source>
        <translation>la page d’accueil du site</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="213"/>
        <source>%1 names no Micropub endpoint (no &lt;link rel=&quot;micropub&quot;&gt;). Check the site&apos;s address, or turn on Micropub in the site&apos;s software.</source>
        <translation>%1 n’indique aucun point d’accès Micropub (pas de &lt;link rel=&quot;micropub&quot;&gt;). Vérifiez l’adresse du site, ou activez Micropub dans le logiciel du site.</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="229"/>
        <source>the question for its configuration (q=config)</source>
        <translation>la demande de sa configuration (q=config)</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="238"/>
        <source>The answer of %1 to %2 is not a JSON object (%3). Check that it is a Micropub endpoint.</source>
        <translation>La réponse de %1 à %2 n’est pas un objet JSON (%3). Vérifiez qu’il s’agit bien d’un point d’accès Micropub.</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="242"/>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="243"/>
        <source>JSON, but not an object</source>
        <translation>du JSON, mais pas un objet</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="257"/>
        <source>%1 accepted %2 (HTTP %3) but did not say where it is (no Location header).</source>
        <translation>%1 a accepté %2 (HTTP %3) mais n’a pas indiqué son emplacement (pas d’en-tête Location).</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="269"/>
        <source>the new post “%1”</source>
        <translation>le nouvel article «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="278"/>
        <source>%1 answered %2 with HTTP %3 instead of 201 Created.</source>
        <translation>%1 a répondu à %2 par HTTP %3 au lieu de 201 Created.</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="288"/>
        <source>the post %1</source>
        <translation>l’article %1</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="313"/>
        <source>the file “%1”</source>
        <translation>le fichier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="316"/>
        <source>Cannot upload %1: %2 has no media endpoint.</source>
        <translation>Impossible d’envoyer %1&#xa0;: %2 n’a pas de point d’accès pour les médias.</translation>
    </message>
</context>
<context>
    <name>Postwright::NetlifyDeploy</name>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="151"/>
        <source>The site is live, but Postwright cannot record the deploy: %1</source>
        <translation>Le site est en ligne, mais Postwright ne peut pas enregistrer le déploiement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="196"/>
        <location filename="../app/publish/netlifydeploy.cpp" line="282"/>
        <source>the new deploy</source>
        <translation>le nouveau déploiement</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="229"/>
        <source>the state of the deploy</source>
        <translation>l’état du déploiement</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="249"/>
        <source>Netlify could not process the deploy: %1</source>
        <translation>Netlify n’a pas pu traiter le déploiement&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/publish/netlifydeploy.cpp" line="254"/>
        <source>Netlify has not finished the deploy after %n minute(s). Publish again later.</source>
        <translation>
            <numerusform>Netlify n’a pas terminé le déploiement au bout de %n minute. Publiez à nouveau plus tard.</numerusform>
            <numerusform>Netlify n’a pas terminé le déploiement au bout de %n minutes. Publiez à nouveau plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="284"/>
        <source>Netlify no longer has “%1”, which is gone from the output folder, so it cannot stay online. Publish with deletions on to remove it from the site.</source>
        <translation>Netlify n’a plus «&#xa0;%1&#xa0;», qui a disparu du dossier de sortie&#xa0;: ce fichier ne peut donc pas rester en ligne. Publiez avec les suppressions activées pour le retirer du site.</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="335"/>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="343"/>
        <source>“%1” changed after the publish was planned. Publish again.</source>
        <translation>«&#xa0;%1&#xa0;» a changé après la planification de la publication. Publiez à nouveau.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/publish/netlifydeploy.cpp" line="370"/>
        <source>Netlify still waits for %n file(s) that were sent. Publish again.</source>
        <translation>
            <numerusform>Netlify attend toujours %n fichier qui a été envoyé. Publiez à nouveau.</numerusform>
            <numerusform>Netlify attend toujours %n fichiers qui ont été envoyés. Publiez à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="427"/>
        <source>the site</source>
        <translation>le site</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="442"/>
        <location filename="../app/publish/netlifydeploy.cpp" line="447"/>
        <source>the list of files</source>
        <translation>la liste des fichiers</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="493"/>
        <source>The output folder does not exist. Build the site first.</source>
        <translation>Le dossier de sortie n’existe pas. Générez d’abord le site.</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="512"/>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::NetlifyReply</name>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="66"/>
        <source>no explanation given</source>
        <translation>aucune explication fournie</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="79"/>
        <source>Netlify refused the access token (HTTP %1). Create a personal access token in Netlify (User settings, Applications) and store it for this target.</source>
        <translation>Netlify a refusé le jeton d’accès (HTTP %1). Créez un jeton d’accès personnel dans Netlify (User settings, Applications) et enregistrez-le pour cette cible.</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="85"/>
        <source>Cannot reach Netlify for %1: %2. Publish again later.</source>
        <translation>Impossible de joindre Netlify pour %1&#xa0;: %2. Publiez à nouveau plus tard.</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="88"/>
        <source>Netlify is limiting requests and still refused %1 after several tries. Publish again in a few minutes.</source>
        <translation>Netlify limite les requêtes et a encore refusé %1 après plusieurs tentatives. Publiez à nouveau dans quelques minutes.</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="93"/>
        <source>Netlify could not take %1 (HTTP %2: %3). Publish again later.</source>
        <translation>Netlify n’a pas pu traiter %1 (HTTP %2&#xa0;: %3). Publiez à nouveau plus tard.</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="100"/>
        <source>Netlify has no site with the ID “%1”, or the access token cannot see it. Check site_id in blog.yaml.</source>
        <translation>Netlify n’a aucun site avec l’identifiant «&#xa0;%1&#xa0;», ou le jeton d’accès ne permet pas de le voir. Vérifiez site_id dans blog.yaml.</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="105"/>
        <source>Netlify refused %1 (HTTP %2): %3</source>
        <translation>Netlify a refusé %1 (HTTP %2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Postwright::NewBlogCreatePage</name>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="89"/>
        <source>Hello, world</source>
        <translation>Bonjour le monde</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="94"/>
        <source>Create a New Blog</source>
        <translation>Créer un nouveau blog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="95"/>
        <source>Everything but the title can be changed later in the blog&apos;s blog.yaml.</source>
        <translation>Tout, sauf le titre, pourra être modifié plus tard dans le blog.yaml du blog.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="96"/>
        <source>C&amp;reate</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="99"/>
        <source>The name shown at the top of every page</source>
        <translation>Le nom affiché en haut de chaque page</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="101"/>
        <source>Your name, shown on posts</source>
        <translation>Votre nom, affiché sur les articles</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="103"/>
        <source>https://example.com/ — where it will be published; can wait</source>
        <translation>https://example.com/ — là où il sera publié&#xa0;; peut attendre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="109"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="113"/>
        <source>Leave empty to start without a post</source>
        <translation>Laisser vide pour commencer sans article</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="117"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="118"/>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="119"/>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL de base&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="121"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="123"/>
        <source>F&amp;irst post:</source>
        <translation>Pre&amp;mier article&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="210"/>
        <source>The blog could not be created in %1: %2</source>
        <translation>Le blog n’a pas pu être créé dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="222"/>
        <source>&amp;Open Blog</source>
        <translation>&amp;Ouvrir le blog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="224"/>
        <source>The blog was created in %1, but its first post could not be written: %2
Click Open Blog to start writing; Post → New Post adds posts.</source>
        <translation>Le blog a été créé dans %1, mais son premier article n’a pas pu être écrit&#xa0;: %2
Cliquez sur Ouvrir le blog pour commencer à écrire&#xa0;; Article → Nouvel article ajoute des articles.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="238"/>
        <source>A blog needs a title.</source>
        <translation>Un blog doit avoir un titre.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="253"/>
        <source>Plain http: browsers mark such sites “not secure”. Use https:// if your host offers it (most do).</source>
        <translation>http simple&#xa0;: les navigateurs signalent ces sites comme «&#xa0;non sécurisés&#xa0;». Utilisez https:// si votre hébergeur le propose (c’est le cas de la plupart).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="258"/>
        <source>The address must start with https:// or http:// and name a host, like https://example.com/</source>
        <translation>L’adresse doit commencer par https:// ou http:// et indiquer un hôte, par exemple https://example.com/</translation>
    </message>
</context>
<context>
    <name>Postwright::NewBlogImportDonePage</name>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="49"/>
        <source>Import Done</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="50"/>
        <source>The new blog is ready: Open Blog starts writing in it.</source>
        <translation>Le nouveau blog est prêt&#xa0;: Ouvrir le blog permet d’y commencer à écrire.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="51"/>
        <source>&amp;Open Blog</source>
        <translation>&amp;Ouvrir le blog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="59"/>
        <source>Posts:</source>
        <translation>Articles&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="60"/>
        <source>Pages:</source>
        <translation>Pages&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="61"/>
        <source>Attachments copied:</source>
        <translation>Pièces jointes copiées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="62"/>
        <source>Skipped:</source>
        <translation>Ignorés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="63"/>
        <source>Problems:</source>
        <translation>Problèmes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="64"/>
        <source>&amp;Details:</source>
        <translation>&amp;Détails&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="76"/>
        <source>%1 was imported into %2.</source>
        <translation>%1 a été importé dans %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="90"/>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="92"/>
        <source>Nothing to report: everything was imported.</source>
        <translation>Rien à signaler&#xa0;: tout a été importé.</translation>
    </message>
</context>
<context>
    <name>Postwright::NewBlogImportPage</name>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="26"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="35"/>
        <source>Import a WordPress Export</source>
        <translation>Importer un export WordPress</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="36"/>
        <source>In WordPress: Tools → Export → All content. Put the uploads folder beside the file to bring the images along.</source>
        <translation>Dans WordPress&#xa0;: Outils → Exporter → Tout le contenu. Placez le dossier uploads à côté du fichier pour emporter aussi les images.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="40"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="44"/>
        <source>sitename.WordPress.2024-03-05.xml</source>
        <translation>nomdusite.WordPress.2024-03-05.xml</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="62"/>
        <source>&amp;Export file:</source>
        <translation>Fichier d’&amp;export&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="125"/>
        <source>Choose a WordPress Export</source>
        <translation>Choisir un export WordPress</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="126"/>
        <source>WordPress exports (*.xml);;All files (*)</source>
        <translation>Exports WordPress (*.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="138"/>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="158"/>
        <source>Importing %1… This cannot be stopped once started; large exports take a while.</source>
        <translation>Importation de %1… Elle ne peut pas être interrompue une fois lancée&#xa0;; les gros exports prennent un moment.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="185"/>
        <source>The export could not be imported: %1
Nothing was written.</source>
        <translation>L’export n’a pas pu être importé&#xa0;: %1
Rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>Postwright::NewBlogOpenPage</name>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="31"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="36"/>
        <source>Open a Blog or Site</source>
        <translation>Ouvrir un blog ou un site</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="37"/>
        <source>Choose the folder that holds blog.yaml (Postwright), hugo.toml or config.toml (Hugo), or _config.yml (Jekyll).</source>
        <translation>Choisissez le dossier qui contient blog.yaml (Postwright), hugo.toml ou config.toml (Hugo), ou _config.yml (Jekyll).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="39"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="43"/>
        <source>The blog&apos;s folder</source>
        <translation>Le dossier du blog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="50"/>
        <source>Hugo and Jekyll sites are opened in place: Postwright never rewrites the site&apos;s config and keeps its own settings (build command, publish targets) in postwright.yaml beside it.</source>
        <translation>Les sites Hugo et Jekyll sont ouverts sur place&#xa0;: Postwright ne réécrit jamais la configuration du site et garde ses propres réglages (commande de génération, cibles de publication) dans postwright.yaml, à côté.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="61"/>
        <source>Fol&amp;der:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="81"/>
        <source>%1 blog — settings in %2, posts in %3, pages in %4, output %5</source>
        <translation>Blog %1 — réglages dans %2, articles dans %3, pages dans %4, sortie %5</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="85"/>
        <source>%1 site — config %2, posts in %3, output %4</source>
        <translation>Site %1 — configuration %2, articles dans %3, sortie %4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="88"/>
        <source>%1 site — config %2, posts in %3, drafts in %4, output %5</source>
        <translation>Site %1 — configuration %2, articles dans %3, brouillons dans %4, sortie %5</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="106"/>
        <source>Open Blog</source>
        <translation>Ouvrir le blog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="124"/>
        <source>There is no folder %1.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="140"/>
        <source>%1
Its settings cannot be read: %2</source>
        <translation>%1
Ses réglages ne peuvent pas être lus&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="144"/>
        <source>%1
Title: %2</source>
        <translation>%1
Titre&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Postwright::NewBlogStartPage</name>
    <message>
        <location filename="../ui/dialogs/newblogstartpage.cpp" line="16"/>
        <source>Start a Blog</source>
        <translation>Commencer un blog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogstartpage.cpp" line="17"/>
        <source>Write in a new blog, or bring the one you already have.</source>
        <translation>Écrivez dans un nouveau blog, ou apportez celui que vous avez déjà.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogstartpage.cpp" line="27"/>
        <source>&amp;Create a new blog</source>
        <translation>&amp;Créer un nouveau blog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogstartpage.cpp" line="28"/>
        <source>An empty Postwright blog in a new folder, with its title, author, address and a first post.</source>
        <translation>Un blog Postwright vide dans un nouveau dossier, avec son titre, son auteur, son adresse et un premier article.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogstartpage.cpp" line="30"/>
        <source>&amp;Open an existing blog or site folder (Postwright, Hugo, Jekyll)</source>
        <translation>&amp;Ouvrir un dossier de blog ou de site existant (Postwright, Hugo, Jekyll)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogstartpage.cpp" line="31"/>
        <source>Hugo and Jekyll sites open in place: their files stay where and as they are.</source>
        <translation>Les sites Hugo et Jekyll s’ouvrent sur place&#xa0;: leurs fichiers restent où ils sont, tels qu’ils sont.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogstartpage.cpp" line="32"/>
        <source>&amp;Import a WordPress export (WXR) into a new blog</source>
        <translation>&amp;Importer un export WordPress (WXR) dans un nouveau blog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogstartpage.cpp" line="33"/>
        <source>Posts, pages, categories, tags, drafts and the images found beside the export become Markdown files in a new Postwright blog.</source>
        <translation>Les articles, pages, catégories, étiquettes, brouillons et les images trouvées à côté de l’export deviennent des fichiers Markdown dans un nouveau blog Postwright.</translation>
    </message>
</context>
<context>
    <name>Postwright::NewBlogWizard</name>
    <message>
        <location filename="../ui/dialogs/newblogwizard.cpp" line="33"/>
        <source>New Blog</source>
        <translation>Nouveau blog</translation>
    </message>
</context>
<context>
    <name>Postwright::NewPost</name>
    <message>
        <location filename="../app/blog/newpost.cpp" line="247"/>
        <source>A post needs a title.</source>
        <translation>Un article doit avoir un titre.</translation>
    </message>
</context>
<context>
    <name>Postwright::NewPostDialog</name>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="20"/>
        <source>Start as a &amp;draft</source>
        <translation>Commencer comme &amp;brouillon</translation>
    </message>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="25"/>
        <source>New Post</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="29"/>
        <source>What is the post about?</source>
        <translation>De quoi parle l’article&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="37"/>
        <source>A draft is not published until you say so. In a Jekyll site, drafts wait in _drafts/.</source>
        <translation>Un brouillon n’est publié que lorsque vous le décidez. Dans un site Jekyll, les brouillons attendent dans _drafts/.</translation>
    </message>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="43"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="46"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="47"/>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="49"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Postwright::OutlinePanel</name>
    <message>
        <location filename="../ui/outline/outlinepanel.cpp" line="15"/>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../ui/outline/outlinepanel.cpp" line="16"/>
        <source>No headings yet. Lines starting with # become headings.</source>
        <translation>Aucun titre pour l’instant. Les lignes commençant par # deviennent des titres.</translation>
    </message>
    <message>
        <location filename="../ui/outline/outlinepanel.cpp" line="69"/>
        <source>(untitled heading)</source>
        <translation>(titre sans texte)</translation>
    </message>
    <message>
        <location filename="../ui/outline/outlinepanel.cpp" line="70"/>
        <source>Line %L1</source>
        <translation>Ligne %L1</translation>
    </message>
</context>
<context>
    <name>Postwright::OutputWriter</name>
    <message>
        <location filename="../app/site/outputwriter.cpp" line="131"/>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../app/site/outputwriter.cpp" line="154"/>
        <source>Could not read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::Parser</name>
    <message>
        <location filename="../app/publish/wxrreader.cpp" line="66"/>
        <source>This is not a WordPress export: it starts with &lt;%1&gt;, not &lt;rss&gt;.</source>
        <translation>Ce n’est pas un export WordPress&#xa0;: il commence par &lt;%1&gt;, et non par &lt;rss&gt;.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrreader.cpp" line="82"/>
        <source>This is an RSS feed, not a WordPress export: it has no wp: elements. Export with Tools → Export in WordPress.</source>
        <translation>Il s’agit d’un flux RSS, pas d’un export WordPress&#xa0;: il ne contient aucun élément wp:. Exportez avec Outils → Exporter dans WordPress.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrreader.cpp" line="95"/>
        <source>The export is not well-formed XML: %1</source>
        <translation>L’export n’est pas du XML bien formé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::PersonalDictionary</name>
    <message>
        <location filename="../app/spell/personaldictionary.cpp" line="91"/>
        <source>“%1” cannot be added to the dictionary: add one word at a time, without spaces.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être ajouté au dictionnaire&#xa0;: ajoutez un mot à la fois, sans espaces.</translation>
    </message>
</context>
<context>
    <name>Postwright::PostActions</name>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="46"/>
        <source>&amp;New Post…</source>
        <translation>&amp;Nouvel article…</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="50"/>
        <source>&amp;Rename Post…</source>
        <translation>&amp;Renommer l’article…</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="54"/>
        <source>D&amp;uplicate Post</source>
        <translation>D&amp;upliquer l’article</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="59"/>
        <source>Move Post to &amp;Trash</source>
        <translation>Mettre l’article à la &amp;corbeille</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="64"/>
        <source>&amp;Undo Move to Trash</source>
        <translation>&amp;Annuler la mise à la corbeille</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="67"/>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="71"/>
        <source>&amp;Publish Draft</source>
        <translation>&amp;Publier le brouillon</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="72"/>
        <source>Move this Jekyll draft to _posts/, named with its date, so that Jekyll publishes it</source>
        <translation>Déplacer ce brouillon Jekyll dans _posts/, nommé d’après sa date, pour que Jekyll le publie</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="202"/>
        <source>Could Not Create the Post</source>
        <translation>Impossible de créer l’article</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="216"/>
        <source>Could Not Rename the Post</source>
        <translation>Impossible de renommer l’article</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="237"/>
        <source>Could Not Change the Category</source>
        <translation>Impossible de changer la catégorie</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="251"/>
        <source>Could Not Duplicate the Post</source>
        <translation>Impossible de dupliquer l’article</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="266"/>
        <source>Could Not Move the Post to the Trash</source>
        <translation>Impossible de mettre l’article à la corbeille</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="274"/>
        <source>“%1” moved to the trash.</source>
        <translation>«&#xa0;%1&#xa0;» a été mis à la corbeille.</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="286"/>
        <source>Could Not Restore the Post</source>
        <translation>Impossible de restaurer l’article</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="303"/>
        <source>Could Not Publish the Draft</source>
        <translation>Impossible de publier le brouillon</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="340"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="394"/>
        <source>New Post in “%1”…</source>
        <translation>Nouvel article dans «&#xa0;%1&#xa0;»…</translation>
    </message>
</context>
<context>
    <name>Postwright::PostBundle</name>
    <message>
        <location filename="../app/blog/postbundle.cpp" line="465"/>
        <source>This post is already a bundle: its files go into its folder.</source>
        <translation>Cet article possède déjà son propre dossier&#xa0;: ses fichiers y sont placés.</translation>
    </message>
    <message>
        <location filename="../app/blog/postbundle.cpp" line="471"/>
        <source>The post cannot become a bundle because “%1” already exists beside it. Rename or move that folder, then try again.</source>
        <translation>L’article ne peut pas être placé dans son propre dossier, car «&#xa0;%1&#xa0;» existe déjà à côté de lui. Renommez ou déplacez ce dossier, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../app/blog/postbundle.cpp" line="496"/>
        <source>Could not move the post into its bundle folder: %1</source>
        <translation>Impossible de déplacer l’article dans son dossier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/blog/postbundle.cpp" line="545"/>
        <source>the folder could not be created</source>
        <translation>le dossier n’a pas pu être créé</translation>
    </message>
</context>
<context>
    <name>Postwright::PostDocument</name>
    <message>
        <location filename="../app/blog/postdocument.cpp" line="27"/>
        <source>The file is not valid UTF-8 text; unreadable bytes are shown as �. Saving keeps the original bytes until you edit the post.</source>
        <translation>Le fichier n’est pas du texte UTF-8 valide&#xa0;; les octets illisibles sont affichés sous la forme �. L’enregistrement conserve les octets d’origine tant que vous ne modifiez pas l’article.</translation>
    </message>
    <message>
        <location filename="../app/blog/postdocument.cpp" line="36"/>
        <source>The file is not valid UTF-8 text.</source>
        <translation>Le fichier n’est pas du texte UTF-8 valide.</translation>
    </message>
</context>
<context>
    <name>Postwright::PostFiles</name>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="328"/>
        <location filename="../app/blog/postfiles.cpp" line="365"/>
        <source>The folder could not be created.</source>
        <translation>Le dossier n’a pas pu être créé.</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="332"/>
        <source>The post&apos;s folder could not be created.</source>
        <translation>Le dossier de l’article n’a pas pu être créé.</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="353"/>
        <source>Only a Jekyll draft in _drafts/ is published by moving it.</source>
        <translation>Seul un brouillon Jekyll dans _drafts/ est publié en le déplaçant.</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="369"/>
        <source>The draft could not be moved: %1</source>
        <translation>Le brouillon n’a pas pu être déplacé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="443"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="492"/>
        <source>The copy could not be put in place.</source>
        <translation>La copie n’a pas pu être mise en place.</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="504"/>
        <source>The post no longer exists.</source>
        <translation>L’article n’existe plus.</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="515"/>
        <source>The post could not be moved to the trash. Nothing was deleted.</source>
        <translation>L’article n’a pas pu être mis à la corbeille. Rien n’a été supprimé.</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="526"/>
        <source>Something else is at the post&apos;s place now, so the post stays in the trash.</source>
        <translation>Autre chose occupe désormais l’emplacement de l’article&#xa0;; l’article reste donc dans la corbeille.</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="529"/>
        <source>The post is no longer in the trash.</source>
        <translation>L’article ne se trouve plus dans la corbeille.</translation>
    </message>
</context>
<context>
    <name>Postwright::PostFilterProxyModel</name>
    <message>
        <location filename="../app/blog/postfilterproxymodel.cpp" line="69"/>
        <source>%1 of %2</source>
        <comment>matching posts of a category&apos;s posts</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/blog/postfilterproxymodel.cpp" line="71"/>
        <source>%1 (%2 of %3)</source>
        <comment>category (matching posts of its posts)</comment>
        <translation>%1 (%2 sur %3)</translation>
    </message>
</context>
<context>
    <name>Postwright::PostItemDelegate</name>
    <message>
        <location filename="../ui/posttree/postitemdelegate.cpp" line="119"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postitemdelegate.cpp" line="121"/>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postitemdelegate.cpp" line="125"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postitemdelegate.cpp" line="238"/>
        <source>Front matter problem</source>
        <translation>Problème d’en-tête</translation>
    </message>
</context>
<context>
    <name>Postwright::PostPreview</name>
    <message>
        <location filename="../app/site/postpreview.cpp" line="48"/>
        <source>The theme has no article partial for the preview.</source>
        <translation>Le thème n’a pas de partiel article pour l’aperçu.</translation>
    </message>
</context>
<context>
    <name>Postwright::PostPublishState</name>
    <message>
        <location filename="../app/publish/postpublishstate.cpp" line="118"/>
        <source>This record of published posts is damaged or from another version of Postwright (%1). Move it away to start a new record.</source>
        <translation>Ce registre des articles publiés est endommagé ou provient d’une autre version de Postwright (%1). Déplacez-le ailleurs pour commencer un nouveau registre.</translation>
    </message>
    <message>
        <location filename="../app/publish/postpublishstate.cpp" line="122"/>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <location filename="../app/publish/postpublishstate.cpp" line="140"/>
        <source>Cannot read the journal of published posts: %1</source>
        <translation>Impossible de lire le journal des articles publiés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/postpublishstate.cpp" line="176"/>
        <location filename="../app/publish/postpublishstate.cpp" line="181"/>
        <source>Cannot record the published post: %1</source>
        <translation>Impossible d’enregistrer l’article publié&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/postpublishstate.cpp" line="229"/>
        <source>Cannot clear the journal of published posts.</source>
        <translation>Impossible d’effacer le journal des articles publiés.</translation>
    </message>
</context>
<context>
    <name>Postwright::PostSession</name>
    <message>
        <location filename="../ui/mainwindow/postsession.cpp" line="151"/>
        <location filename="../ui/mainwindow/postsession.cpp" line="172"/>
        <source>The file was changed by another program. Choose which version to keep first.</source>
        <translation>Le fichier a été modifié par un autre programme. Choisissez d’abord la version à conserver.</translation>
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
        <translation>Sans catégorie</translation>
    </message>
</context>
<context>
    <name>Postwright::PostTreePanel</name>
    <message>
        <location filename="../ui/posttree/posttreepanel.cpp" line="21"/>
        <source>Clear Filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <location filename="../ui/posttree/posttreepanel.cpp" line="34"/>
        <source>Search posts — tag:, category:, status:</source>
        <translation>Rechercher des articles — tag:, category:, status:</translation>
    </message>
    <message>
        <location filename="../ui/posttree/posttreepanel.cpp" line="36"/>
        <source>&lt;p&gt;Words and &quot;quoted phrases&quot; match titles and file names, ignoring case and accents. Narrow further with &lt;b&gt;tag:&lt;/b&gt;&lt;i&gt;name&lt;/i&gt;, &lt;b&gt;category:&lt;/b&gt;&lt;i&gt;name&lt;/i&gt; (or &lt;b&gt;cat:&lt;/b&gt;) and &lt;b&gt;status:&lt;/b&gt;draft, scheduled or published. Every part must match.&lt;/p&gt;&lt;p&gt;Esc clears the search.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les mots et les &quot;expressions entre guillemets&quot; sont recherchés dans les titres et les noms de fichiers, sans tenir compte de la casse ni des accents. Affinez avec &lt;b&gt;tag:&lt;/b&gt;&lt;i&gt;nom&lt;/i&gt;, &lt;b&gt;category:&lt;/b&gt;&lt;i&gt;nom&lt;/i&gt; (ou &lt;b&gt;cat:&lt;/b&gt;) et &lt;b&gt;status:&lt;/b&gt;draft, scheduled ou published. Toutes les parties doivent correspondre.&lt;/p&gt;&lt;p&gt;Échap efface la recherche.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Postwright::ProblemBar</name>
    <message>
        <location filename="../ui/editor/problembar.cpp" line="32"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../ui/editor/problembar.cpp" line="33"/>
        <source>Move the cursor to the problem</source>
        <translation>Placer le curseur sur le problème</translation>
    </message>
</context>
<context>
    <name>Postwright::PublishController</name>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="34"/>
        <source>Publish again to finish — posts already published are not sent again.</source>
        <translation>Publiez à nouveau pour terminer — les articles déjà publiés ne seront pas renvoyés.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="36"/>
        <source>Publish again to finish — files already uploaded are not sent again.</source>
        <translation>Publiez à nouveau pour terminer — les fichiers déjà envoyés ne seront pas renvoyés.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="66"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="129"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="132"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="94"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="109"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="114"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="301"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="317"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="326"/>
        <source>Cannot Publish</source>
        <translation>Publication impossible</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="130"/>
        <source>This blog has several publish targets and none is the default.
Publish to:</source>
        <translation>Ce blog a plusieurs cibles de publication et aucune n’est définie par défaut.
Publier vers&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="171"/>
        <source>Publishing cancelled. Nothing was sent.</source>
        <translation>Publication annulée. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="94"/>
        <source>The publish targets in %1 could not be read.</source>
        <translation>Les cibles de publication de %1 n’ont pas pu être lues.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="110"/>
        <source>%1 has no publish target “%2” any more.</source>
        <translation>%1 n’a plus de cible de publication «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="203"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="288"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="368"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="477"/>
        <source>Publishing to %1 cancelled. Nothing was sent.</source>
        <translation>Publication vers %1 annulée. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="218"/>
        <source>Building the site with %1…</source>
        <translation>Génération du site avec %1…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="219"/>
        <source>Building the site…</source>
        <translation>Génération du site…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="247"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="251"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="267"/>
        <source>Comparing the posts with %1…</source>
        <translation>Comparaison des articles avec %1…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="252"/>
        <source>Comparing the site with %1…</source>
        <translation>Comparaison du site avec %1…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="297"/>
        <source>The site could not be built, so nothing was published.</source>
        <translation>Le site n’a pas pu être généré&#xa0;; rien n’a donc été publié.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="298"/>
        <source>Some posts have errors, so nothing was published. Fix them and publish again.</source>
        <translation>Certains articles comportent des erreurs&#xa0;; rien n’a donc été publié. Corrigez-les et publiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="312"/>
        <source>Could not log in to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="315"/>
        <source>Could not connect to %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="324"/>
        <source>Could not compare the site with %1: %2</source>
        <translation>Impossible de comparer le site avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="340"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="387"/>
        <source>Everything is already published to %1.</source>
        <translation>Tout est déjà publié vers %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="341"/>
        <source>Everything is already published to %1; %2 no longer part of the site stay there.</source>
        <translation>Tout est déjà publié vers %1&#xa0;; les fichiers qui ne font plus partie du site y restent (%2).</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="389"/>
        <source>Nothing was published to %1: the post changed on the blog is left as it is.</source>
        <translation>Rien n’a été publié vers %1&#xa0;: l’article modifié sur le blog est laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="391"/>
        <source>Nothing was published to %1: the %L2 posts changed on the blog are left as they are.</source>
        <translation>Rien n’a été publié vers %1&#xa0;: les %L2 articles modifiés sur le blog sont laissés tels quels.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="406"/>
        <source>Waiting for you to choose a version of a post changed on the blog…</source>
        <translation>En attente de votre choix de version pour un article modifié sur le blog…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="407"/>
        <source>Waiting for you to choose versions of posts changed on the blog…</source>
        <translation>En attente de votre choix de versions pour des articles modifiés sur le blog…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="411"/>
        <source>Publish Again</source>
        <translation>Publier à nouveau</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="460"/>
        <source>The password for %1 was not saved: %2</source>
        <translation>Le mot de passe de %1 n’a pas été enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="466"/>
        <source>Waiting for you to review the publish…</source>
        <translation>En attente de votre vérification de la publication…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="516"/>
        <source>Published %1 (%2) to %3.</source>
        <translation>Publié vers %3&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="519"/>
        <source>Removed %1 from %2.</source>
        <translation>Supprimé de %2&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="521"/>
        <source>Removed %1.</source>
        <translation>Supprimé&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="526"/>
        <source>Publishing to %1 cancelled after %2 (%3). %4</source>
        <translation>Publication vers %1 annulée après %2 (%3). %4</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="534"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="542"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="581"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="589"/>
        <source>Publishing to %1 stopped: %2</source>
        <translation>Publication vers %1 interrompue&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="536"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="583"/>
        <source>Not published: %1</source>
        <translation>Non publié&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="538"/>
        <source>%1 (%2) were published before it stopped.</source>
        <translation>Publication effectuée avant l’interruption&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="544"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="591"/>
        <source>Publishing Stopped</source>
        <translation>Publication interrompue</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="587"/>
        <source>%1 were published before it stopped.</source>
        <translation>Publication effectuée avant l’interruption&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="595"/>
        <source>Publishing to %1 cancelled after %2. %3</source>
        <translation>Publication vers %1 annulée après %2. %3</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="601"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="654"/>
        <source>Open Blog</source>
        <translation>Ouvrir le blog</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="614"/>
        <source>Open Post</source>
        <translation>Ouvrir l’article</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="632"/>
        <source>Published %1 to %2.</source>
        <translation>Publié vers %2&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="634"/>
        <source>Nothing was published to %1.</source>
        <translation>Rien n’a été publié vers %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="638"/>
        <source>1 post was replaced by its version from %1.</source>
        <translation>1 article a été remplacé par sa version provenant de %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="639"/>
        <source>%L1 posts were replaced by their versions from %2.</source>
        <translation>%L1 articles ont été remplacés par leurs versions provenant de %2.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="641"/>
        <source>1 post changed on the blog was left as it is.</source>
        <translation>1 article modifié sur le blog a été laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="643"/>
        <source>%L1 posts changed on the blog were left as they are.</source>
        <translation>%L1 articles modifiés sur le blog ont été laissés tels quels.</translation>
    </message>
</context>
<context>
    <name>Postwright::PublishReviewDialog</name>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="43"/>
        <source>Publish to %1</source>
        <translation>Publier vers %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="168"/>
        <source>Ready to publish %1 (%2) to %3.</source>
        <translation>Prêt à publier vers %3&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="172"/>
        <source>Everything is already published to %1.</source>
        <translation>Tout est déjà publié vers %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="83"/>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="84"/>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="86"/>
        <source>No longer part of the site</source>
        <translation>Ne font plus partie du site</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="91"/>
        <source>%1 already on the server and unchanged.</source>
        <translation>Déjà à jour sur le serveur&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="98"/>
        <source>Show files</source>
        <translation>Afficher les fichiers</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="107"/>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="108"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="107"/>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="108"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="108"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="99"/>
        <source>Hide files</source>
        <translation>Masquer les fichiers</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="90"/>
        <source>%1 already on the blog and unchanged.</source>
        <translation>Déjà à jour sur le blog&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="98"/>
        <source>Show posts</source>
        <translation>Afficher les articles</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="99"/>
        <source>Hide posts</source>
        <translation>Masquer les articles</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="107"/>
        <source>Post</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="126"/>
        <source>Also remove 1 file that is no longer part of the site</source>
        <translation>Supprimer aussi 1 fichier qui ne fait plus partie du site</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="127"/>
        <source>Also remove %L1 files that are no longer part of the site</source>
        <translation>Supprimer aussi %L1 fichiers qui ne font plus partie du site</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="128"/>
        <source>Off, they stay on the server: other sites may still link to them.</source>
        <translation>Si cette case est décochée, ils restent sur le serveur&#xa0;: d’autres sites peuvent encore pointer vers eux.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="132"/>
        <source>Don&apos;t show this again for %1</source>
        <translation>Ne plus afficher ceci pour %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="135"/>
        <source>Publish straight away next time. Turn the review back on in Site ▸ Publish Targets…</source>
        <translation>Publier directement la prochaine fois. Réactivez la vérification dans Site ▸ Cibles de publication…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="139"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="196"/>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="261"/>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="281"/>
        <source>new</source>
        <translation>à créer</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="198"/>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="261"/>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="282"/>
        <source>changed</source>
        <translation>à mettre à jour</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="199"/>
        <source>Ready to publish %1 to %2.</source>
        <translation>Prêt à publier vers %2&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="199"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="201"/>
        <source>Nothing to publish to %1.</source>
        <translation>Rien à publier vers %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="205"/>
        <source>1 post on this computer is replaced by its version from %1.</source>
        <translation>1 article sur cet ordinateur est remplacé par sa version provenant de %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="206"/>
        <source>%L1 posts on this computer are replaced by their versions from %2.</source>
        <translation>%L1 articles sur cet ordinateur sont remplacés par leurs versions provenant de %2.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="211"/>
        <source>1 post changed on the blog is left as it is.</source>
        <translation>1 article modifié sur le blog est laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="212"/>
        <source>%L1 posts changed on the blog are left as they are.</source>
        <translation>%L1 articles modifiés sur le blog sont laissés tels quels.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="229"/>
        <source>changed on the blog: yours replaces it</source>
        <translation>modifié sur le blog&#xa0;: votre version le remplace</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="231"/>
        <source>changed on the blog: the web version replaces your file</source>
        <translation>modifié sur le blog&#xa0;: la version web remplace votre fichier</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="233"/>
        <source>sent again as a new post</source>
        <translation>renvoyé en tant que nouvel article</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="237"/>
        <source>changed on the blog: left alone</source>
        <translation>modifié sur le blog&#xa0;: laissé tel quel</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="283"/>
        <source>not in the site any more</source>
        <translation>ne fait plus partie du site</translation>
    </message>
</context>
<context>
    <name>Postwright::PublishSession</name>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="95"/>
        <source>Publishing to a %1 target (“%2”) is not supported by this version of Postwright.</source>
        <translation>La publication vers une cible %1 («&#xa0;%2&#xa0;») n’est pas prise en charge par cette version de Postwright.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="130"/>
        <location filename="../app/publish/publishsession.cpp" line="149"/>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="130"/>
        <location filename="../app/publish/publishsession.cpp" line="134"/>
        <source>key passphrase</source>
        <translation>phrase secrète de la clé</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="132"/>
        <source>secret access key</source>
        <translation>clé d’accès secrète</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="134"/>
        <source>password or token</source>
        <translation>mot de passe ou jeton</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="137"/>
        <source>access token</source>
        <translation>jeton d’accès</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="139"/>
        <source>application password</source>
        <translation>mot de passe d’application</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="141"/>
        <source>Admin API key</source>
        <translation>clé d’API Admin</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="347"/>
        <source>The build was cancelled; run it again to finish.</source>
        <translation>La génération a été annulée&#xa0;; relancez-la pour la terminer.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="368"/>
        <source>The generator copied postwright.yaml into the site, and it is not published: add “exclude: [postwright.yaml]” to _config.yml.</source>
        <translation>Le générateur a copié postwright.yaml dans le site, qui n’est donc pas publié&#xa0;: ajoutez «&#xa0;exclude: [postwright.yaml]&#xa0;» à _config.yml.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="458"/>
        <source>Cannot record the deploy: %1</source>
        <translation>Impossible d’enregistrer le déploiement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::PublishStateCache</name>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="100"/>
        <source>published %1</source>
        <translation>publié le %1</translation>
    </message>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="102"/>
        <source>%1 “%2”: %3</source>
        <translation>%1 «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="112"/>
        <source>not published yet</source>
        <translation>pas encore publié</translation>
    </message>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="114"/>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="116"/>
        <source>published, changed here since</source>
        <translation>publié, modifié ici depuis</translation>
    </message>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="118"/>
        <source>changed on the blog since it was published</source>
        <translation>modifié sur le blog depuis sa publication</translation>
    </message>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="120"/>
        <source>publish cut off; checked at the next publish</source>
        <translation>publication interrompue&#xa0;; vérification lors de la prochaine publication</translation>
    </message>
</context>
<context>
    <name>Postwright::PublishStatus</name>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="38"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="40"/>
        <source>Stop after the files being sent now. Publish again later to send the rest.</source>
        <translation>Arrêter après les fichiers en cours d’envoi. Publiez à nouveau plus tard pour envoyer le reste.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="41"/>
        <location filename="../ui/publish/publishstatus.cpp" line="147"/>
        <source>Open Site</source>
        <translation>Ouvrir le site</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="43"/>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="49"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="106"/>
        <location filename="../ui/publish/publishstatus.cpp" line="110"/>
        <source>%L1 of %L2 posts</source>
        <translation>%L1 articles sur %L2</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="119"/>
        <location filename="../ui/publish/publishstatus.cpp" line="127"/>
        <source>%L1 of %L2 files · %3 of %4</source>
        <translation>%L1 fichiers sur %L2 · %3 sur %4</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="140"/>
        <source>Cancelling after the post being sent…</source>
        <translation>Annulation après l’article en cours d’envoi…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="141"/>
        <source>Cancelling after the files in flight…</source>
        <translation>Annulation après les fichiers en cours d’envoi…</translation>
    </message>
</context>
<context>
    <name>Postwright::PublishTargets</name>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="271"/>
        <source>“publish” should hold “default:” and a list of “targets:”.</source>
        <translation>«&#xa0;publish&#xa0;» doit contenir «&#xa0;default:&#xa0;» et une liste «&#xa0;targets:&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="278"/>
        <source>“targets” should be a list, each target starting with “- name:”.</source>
        <translation>«&#xa0;targets&#xa0;» doit être une liste, chaque cible commençant par «&#xa0;- name:&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="289"/>
        <source>There are two publish targets named “%1”; give each its own name.</source>
        <translation>Il existe deux cibles de publication nommées «&#xa0;%1&#xa0;»&#xa0;; donnez à chacune son propre nom.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="297"/>
        <source>“default” should be the name of a target.</source>
        <translation>«&#xa0;default&#xa0;» doit être le nom d’une cible.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="301"/>
        <source>The default publish target “%1” is not among the targets.</source>
        <translation>La cible de publication par défaut «&#xa0;%1&#xa0;» ne fait pas partie des cibles.</translation>
    </message>
</context>
<context>
    <name>Postwright::PublishText</name>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="39"/>
        <source>%1, folder %2</source>
        <translation>%1, dossier %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="46"/>
        <source> at %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="51"/>
        <source>%1, branch %2</source>
        <translation>%1, branche %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="53"/>
        <source>Netlify site %1</source>
        <translation>site Netlify %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="56"/>
        <source>%1 as %2</source>
        <translation>%1 en tant que %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="105"/>
        <source>Reading the password for %1 from the keychain…</source>
        <translation>Lecture du mot de passe pour %1 dans le trousseau…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="106"/>
        <source>Waiting for the password…</source>
        <translation>En attente du mot de passe…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="107"/>
        <source>A password is stored in the system keychain.</source>
        <translation>Un mot de passe est enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="108"/>
        <source>No password is stored; Postwright will ask when it needs one.</source>
        <translation>Aucun mot de passe n’est enregistré&#xa0;; Postwright le demandera quand il en aura besoin.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="110"/>
        <source>Type the password first: none is stored.</source>
        <translation>Saisissez d’abord le mot de passe&#xa0;: aucun n’est enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="111"/>
        <source>Reading the key passphrase for %1 from the keychain…</source>
        <translation>Lecture de la phrase secrète de la clé pour %1 dans le trousseau…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="113"/>
        <source>Waiting for the key passphrase…</source>
        <translation>En attente de la phrase secrète de la clé…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="114"/>
        <source>A key passphrase is stored in the system keychain.</source>
        <translation>Une phrase secrète de clé est enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="115"/>
        <source>No key passphrase is stored; Postwright will ask when it needs one.</source>
        <translation>Aucune phrase secrète de clé n’est enregistrée&#xa0;; Postwright la demandera quand il en aura besoin.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="117"/>
        <source>Type the key passphrase first: none is stored.</source>
        <translation>Saisissez d’abord la phrase secrète de la clé&#xa0;: aucune n’est enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="118"/>
        <source>Reading the secret access key for %1 from the keychain…</source>
        <translation>Lecture de la clé d’accès secrète pour %1 dans le trousseau…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="120"/>
        <source>Waiting for the secret access key…</source>
        <translation>En attente de la clé d’accès secrète…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="121"/>
        <source>A secret access key is stored in the system keychain.</source>
        <translation>Une clé d’accès secrète est enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="122"/>
        <source>No secret access key is stored; Postwright will ask when it needs one.</source>
        <translation>Aucune clé d’accès secrète n’est enregistrée&#xa0;; Postwright la demandera quand il en aura besoin.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="124"/>
        <source>Type the secret access key first: none is stored.</source>
        <translation>Saisissez d’abord la clé d’accès secrète&#xa0;: aucune n’est enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="125"/>
        <source>Reading the access token for %1 from the keychain…</source>
        <translation>Lecture du jeton d’accès pour %1 dans le trousseau…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="126"/>
        <source>Waiting for the access token…</source>
        <translation>En attente du jeton d’accès…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="127"/>
        <source>An access token is stored in the system keychain.</source>
        <translation>Un jeton d’accès est enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="128"/>
        <source>No access token is stored; Postwright will ask when it needs one.</source>
        <translation>Aucun jeton d’accès n’est enregistré&#xa0;; Postwright le demandera quand il en aura besoin.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="130"/>
        <source>Type the access token first: none is stored.</source>
        <translation>Saisissez d’abord le jeton d’accès&#xa0;: aucun n’est enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="131"/>
        <source>Reading the application password for %1 from the keychain…</source>
        <translation>Lecture du mot de passe d’application pour %1 dans le trousseau…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="133"/>
        <source>Waiting for the application password…</source>
        <translation>En attente du mot de passe d’application…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="134"/>
        <source>An application password is stored in the system keychain.</source>
        <translation>Un mot de passe d’application est enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="136"/>
        <source>No application password is stored; Postwright will ask when it needs one.</source>
        <translation>Aucun mot de passe d’application n’est enregistré&#xa0;; Postwright le demandera quand il en aura besoin.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="138"/>
        <source>Type the application password first: none is stored.</source>
        <translation>Saisissez d’abord le mot de passe d’application&#xa0;: aucun n’est enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="139"/>
        <source>Reading the Admin API key for %1 from the keychain…</source>
        <translation>Lecture de la clé d’API Admin pour %1 dans le trousseau…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="140"/>
        <source>Waiting for the Admin API key…</source>
        <translation>En attente de la clé d’API Admin…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="141"/>
        <source>An Admin API key is stored in the system keychain.</source>
        <translation>Une clé d’API Admin est enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="142"/>
        <source>No Admin API key is stored; Postwright will ask when it needs one.</source>
        <translation>Aucune clé d’API Admin n’est enregistrée&#xa0;; Postwright la demandera quand il en aura besoin.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="144"/>
        <source>Type the Admin API key first: none is stored.</source>
        <translation>Saisissez d’abord la clé d’API Admin&#xa0;: aucune n’est enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="155"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="157"/>
        <source>Key passphrase</source>
        <translation>Phrase secrète de la clé</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="159"/>
        <source>Secret access key</source>
        <translation>Clé d’accès secrète</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="161"/>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="163"/>
        <source>Application password</source>
        <translation>Mot de passe d’application</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="165"/>
        <source>Admin API key</source>
        <translation>Clé d’API Admin</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="183"/>
        <source>Create one in WordPress under Users ▸ Profile ▸ Application Passwords; your login password does not work here.</source>
        <translation>Créez-en un dans WordPress, sous Comptes ▸ Profil ▸ Mots de passe d’application&#xa0;; votre mot de passe de connexion ne fonctionne pas ici.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="186"/>
        <source>In Ghost Admin, Settings ▸ Integrations ▸ Add custom integration, copy the Admin API key (it looks like id:secret).</source>
        <translation>Dans Ghost Admin, sous Settings ▸ Integrations ▸ Add custom integration, copiez la clé d’API Admin (elle ressemble à id:secret).</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="190"/>
        <source>A token from your site&apos;s token endpoint (IndieAuth) with the create, update and media scopes.</source>
        <translation>Un jeton obtenu auprès du point d’accès à jetons de votre site (IndieAuth), avec les portées create, update et media.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="193"/>
        <source>The password of %1 on the blog.</source>
        <translation>Le mot de passe de %1 sur le blog.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="202"/>
        <source>1 file</source>
        <translation>1 fichier</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="202"/>
        <source>%L1 files</source>
        <translation>%L1 fichiers</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="207"/>
        <source>1 post</source>
        <translation>1 article</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="207"/>
        <source>%L1 posts</source>
        <translation>%L1 articles</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="212"/>
        <source>1 %1 post</source>
        <translation>1 article %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="212"/>
        <source>%L1 %2 posts</source>
        <translation>%L1 articles %2</translation>
    </message>
</context>
<context>
    <name>Postwright::RecoveryDialog</name>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="29"/>
        <source>Recover Unsaved Text</source>
        <translation>Récupérer le texte non enregistré</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="34"/>
        <source>Postwright was closed before it could save everything. This text was kept for you. Restore it to continue where you left off, or discard it to keep the file as it is.</source>
        <translation>Postwright a été fermé avant d’avoir pu tout enregistrer. Ce texte a été conservé pour vous. Restaurez-le pour reprendre là où vous en étiez, ou abandonnez-le pour garder le fichier tel quel.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="57"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="59"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="61"/>
        <source>Decide &amp;Later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="103"/>
        <source>%1 — kept %2. The file is no longer on disk; restoring writes it again.</source>
        <translation>%1 — conservé le %2. Le fichier n’est plus sur le disque&#xa0;; la restauration l’écrira à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="108"/>
        <source>%1 — kept %2. Lines marked + are the recovered text, lines marked − what the file says now.</source>
        <translation>%1 — conservé le %2. Les lignes marquées + sont le texte récupéré, les lignes marquées − le contenu actuel du fichier.</translation>
    </message>
</context>
<context>
    <name>Postwright::RemoteManifest</name>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="113"/>
        <source>Cannot create the folder for the deploy record.</source>
        <translation>Impossible de créer le dossier du registre de déploiement.</translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="147"/>
        <source>The deploy record on the server (%1) has format version %2, which this version of Postwright does not know. Update Postwright.</source>
        <translation>Le registre de déploiement sur le serveur (%1) est au format version %2, que cette version de Postwright ne connaît pas. Mettez à jour Postwright.</translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="156"/>
        <source>the head names no valid base</source>
        <translation>l’en-tête du registre ne désigne aucune base valide</translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="161"/>
        <location filename="../app/publish/remotemanifest.cpp" line="178"/>
        <source>%1 is missing</source>
        <translation>%1 est manquant</translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="172"/>
        <source>the head names an invalid file</source>
        <translation>l’en-tête du registre désigne un fichier non valide</translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="192"/>
        <source>%1 has a broken entry</source>
        <translation>%1 contient une entrée corrompue</translation>
    </message>
</context>
<context>
    <name>Postwright::RenamePostDialog</name>
    <message>
        <location filename="../ui/posttree/renamepostdialog.cpp" line="23"/>
        <source>Rename Post</source>
        <translation>Renommer l’article</translation>
    </message>
    <message>
        <location filename="../ui/posttree/renamepostdialog.cpp" line="31"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../ui/posttree/renamepostdialog.cpp" line="34"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/posttree/renamepostdialog.cpp" line="35"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/posttree/renamepostdialog.cpp" line="57"/>
        <source>%1 (unchanged)</source>
        <translation>%1 (inchangé)</translation>
    </message>
</context>
<context>
    <name>Postwright::S3Transport</name>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="209"/>
        <source>“%1” in %2</source>
        <comment>a file in a bucket, %2 in &quot;%1 %2 failed: %3&quot;</comment>
        <translation>«&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="270"/>
        <location filename="../app/publish/s3transport.cpp" line="319"/>
        <source>%1 %2 failed: %3</source>
        <translation>Échec de %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="275"/>
        <source>the TLS certificate of %1 could not be verified.</source>
        <translation>le certificat TLS de %1 n’a pas pu être vérifié.</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="277"/>
        <location filename="../app/publish/s3transport.cpp" line="282"/>
        <source>the connection failed or was lost.</source>
        <translation>la connexion a échoué ou a été perdue.</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="293"/>
        <source>the service does not know the access key ID “%1”.</source>
        <translation>le service ne connaît pas l’identifiant de clé d’accès «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="295"/>
        <source>the secret access key does not belong to the access key ID “%1”.</source>
        <translation>la clé d’accès secrète ne correspond pas à l’identifiant de clé d’accès «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="298"/>
        <source>the service did not accept the access keys (%1).</source>
        <translation>le service n’a pas accepté les clés d’accès (%1).</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="300"/>
        <source>the bucket “%1” does not exist. Check the bucket name, the endpoint and the region in blog.yaml.</source>
        <translation>le compartiment «&#xa0;%1&#xa0;» n’existe pas. Vérifiez le nom du compartiment, le point d’accès et la région dans blog.yaml.</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="305"/>
        <source>access denied: the access key “%1” may not do this in the bucket “%2”.</source>
        <translation>accès refusé&#xa0;: la clé d’accès «&#xa0;%1&#xa0;» n’a peut-être pas le droit de faire ceci dans le compartiment «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="308"/>
        <source>the file is larger than the service accepts.</source>
        <translation>le fichier dépasse la taille acceptée par le service.</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="311"/>
        <source>the bucket “%1” is in another region or needs another endpoint (%2).</source>
        <translation>le compartiment «&#xa0;%1&#xa0;» se trouve dans une autre région ou nécessite un autre point d’accès (%2).</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="314"/>
        <source>the service is busy or had a problem (HTTP %1 %2).</source>
        <translation>le service est occupé ou a rencontré un problème (HTTP %1 %2).</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="317"/>
        <source>the service answered HTTP %1 %2</source>
        <translation>le service a répondu HTTP %1 %2</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="328"/>
        <source>Publishing to S3 needs a bucket, an access key ID and a secret access key.</source>
        <translation>La publication vers S3 nécessite un compartiment, un identifiant de clé d’accès et une clé d’accès secrète.</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="343"/>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="361"/>
        <location filename="../app/publish/s3transport.cpp" line="366"/>
        <source>Uploading</source>
        <translation>l’envoi de</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="379"/>
        <location filename="../app/publish/s3transport.cpp" line="387"/>
        <source>Removing</source>
        <translation>la suppression de</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="399"/>
        <location filename="../app/publish/s3transport.cpp" line="410"/>
        <source>Reading</source>
        <translation>la lecture de</translation>
    </message>
</context>
<context>
    <name>Postwright::SecretPrompt</name>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="20"/>
        <source>Publish to %1</source>
        <translation>Publier vers %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="24"/>
        <source>Enter the password for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Saisissez le mot de passe pour &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="25"/>
        <source>Enter the passphrase of the key %1 for &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Saisissez la phrase secrète de la clé %1 pour &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="40"/>
        <source>Remember in the system keychain</source>
        <translation>Mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="43"/>
        <source>Stored only after the server accepted it. It never goes into blog.yaml.</source>
        <translation>Enregistré uniquement après acceptation par le serveur. Il n’est jamais placé dans blog.yaml.</translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="51"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="55"/>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="80"/>
        <source>%1
Postwright will keep what you enter in memory until you quit, and ask again next time.</source>
        <translation>%1
Postwright gardera ce que vous saisissez en mémoire jusqu’à ce que vous quittiez, et le redemandera la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>Postwright::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="55"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="60"/>
        <source>&amp;Editor</source>
        <translation>&amp;Éditeur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="61"/>
        <source>Pre&amp;view</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="62"/>
        <source>&amp;Publishing</source>
        <translation>P&amp;ublication</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="63"/>
        <source>&amp;Appearance</source>
        <translation>Appar&amp;ence</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="73"/>
        <source>Show the default settings; OK or Apply keeps them</source>
        <translation>Afficher les réglages par défaut&#xa0;; OK ou Appliquer les conserve</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="116"/>
        <source>Use a font of my choice</source>
        <translation>Utiliser une police de mon choix</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="123"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="135"/>
        <source>Font:</source>
        <translation>Police&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="138"/>
        <source>Off: a typeface made for reading code and prose at small sizes (%1). Zooming with Ctrl+wheel or Ctrl++ still works on top of the size.</source>
        <translation>Désactivé&#xa0;: une police conçue pour lire le code et la prose en petite taille (%1). Le zoom avec Ctrl+molette ou Ctrl++ s’applique toujours en plus de la taille.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="146"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="147"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="148"/>
        <source>Auto&amp;save after:</source>
        <translation>Enre&amp;gistrement automatique après&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="150"/>
        <source>Seconds after you stop typing. Off: the post is saved when you save it, switch posts or quit; unsaved text is kept in the recovery journal either way.</source>
        <translation>Secondes après l’arrêt de la frappe. Désactivé&#xa0;: l’article est enregistré quand vous l’enregistrez, changez d’article ou quittez&#xa0;; le texte non enregistré reste de toute façon dans le journal de récupération.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="154"/>
        <source>Check spelling as you &amp;type</source>
        <translation>Vérifier l’orthographe pendant la &amp;saisie</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="156"/>
        <source>Spelling:</source>
        <translation>Orthographe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="161"/>
        <source>The blog’s language (%1)</source>
        <translation>La langue du blog (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="162"/>
        <source>The blog’s language (no dictionary installed)</source>
        <translation>La langue du blog (aucun dictionnaire installé)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="166"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="170"/>
        <source>Open a blog to choose its spelling language.</source>
        <translation>Ouvrez un blog pour choisir la langue de son orthographe.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="175"/>
        <source>No Hunspell dictionaries are installed; install one (hunspell-en-us, say) to check spelling.</source>
        <translation>Aucun dictionnaire Hunspell n’est installé&#xa0;; installez-en un (hunspell-fr, par exemple) pour vérifier l’orthographe.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="177"/>
        <source>For %1 only; each blog keeps its own.</source>
        <translation>Pour %1 seulement&#xa0;; chaque blog garde la sienne.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="188"/>
        <source>Show &amp;images from the web</source>
        <translation>Afficher les &amp;images du Web</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="191"/>
        <source>A post’s image on another server tells that server the post is being edited. Off, the preview shows the image’s address and contacts no server.</source>
        <translation>Une image d’un article sur un autre serveur indique à ce serveur que l’article est en cours de modification. Désactivé, l’aperçu affiche l’adresse de l’image et ne contacte aucun serveur.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="195"/>
        <source>&amp;Synchronize scrolling of the editor and the preview</source>
        <translation>&amp;Synchroniser le défilement de l’éditeur et de l’aperçu</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="199"/>
        <source>Show posts in the site’s own &amp;style</source>
        <translation>Afficher les articles dans le st&amp;yle du site</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="204"/>
        <source>For %1 only: its own stylesheets instead of the built-in theme. Postwright keeps this choice itself; the site’s files are not changed.</source>
        <translation>Pour %1 seulement&#xa0;: ses propres feuilles de style au lieu du thème intégré. Postwright retient ce choix lui-même&#xa0;; les fichiers du site ne sont pas modifiés.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="207"/>
        <source>Only for a Hugo or Jekyll site whose stylesheets Postwright found (build it first, or name them in postwright.yaml).</source>
        <translation>Uniquement pour un site Hugo ou Jekyll dont Postwright a trouvé les feuilles de style (générez-le d’abord, ou nommez-les dans postwright.yaml).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="220"/>
        <source>The blog’s default (none set: ask)</source>
        <translation>La cible par défaut du blog (aucune&#xa0;: demander)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="221"/>
        <source>The blog’s default (%1)</source>
        <translation>La cible par défaut du blog (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="225"/>
        <source>Ask each time</source>
        <translation>Demander à chaque fois</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="226"/>
        <source>&amp;Publish sends to:</source>
        <translation>&amp;Publier envoie vers&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="231"/>
        <source>Open a blog to choose where its Publish button sends it.</source>
        <translation>Ouvrez un blog pour choisir où son bouton Publier l’envoie.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="233"/>
        <source>The publish targets could not be read: %1</source>
        <translation>Les cibles de publication n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="235"/>
        <source>This blog has no publish targets yet: add them in Site ▸ Publish Targets.</source>
        <translation>Ce blog n’a pas encore de cible de publication&#xa0;: ajoutez-en dans Site ▸ Cibles de publication.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="237"/>
        <source>For %1 only. Site ▸ Publish To still sends to any target.</source>
        <translation>Pour %1 seulement. Site ▸ Publier vers envoie toujours vers n’importe quelle cible.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="249"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="250"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="251"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="252"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="258"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Langue de l’interface&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="331"/>
        <source>%1 (not installed)</source>
        <translation>%1 (non installé)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="336"/>
        <source>%1 (no longer in the blog’s targets)</source>
        <translation>%1 (ne fait plus partie des cibles du blog)</translation>
    </message>
</context>
<context>
    <name>Postwright::SftpTransport</name>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="170"/>
        <location filename="../app/publish/sftptransport.cpp" line="301"/>
        <location filename="../app/publish/sftptransport.cpp" line="319"/>
        <source>%1 %2 failed: %3</source>
        <translation>Échec de %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="174"/>
        <source>the host key of %1 has changed since it was trusted. The server may have been reinstalled, or someone may be intercepting the connection, so Postwright refused to connect. If the change is expected, remove the old key for %1 from %2.</source>
        <translation>la clé d’hôte de %1 a changé depuis qu’elle a été approuvée. Le serveur a peut-être été réinstallé, ou quelqu’un intercepte peut-être la connexion&#xa0;: Postwright a donc refusé de se connecter. Si ce changement est attendu, supprimez l’ancienne clé de %1 dans %2.</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="181"/>
        <source>%1 is not a known host and its key was not accepted.</source>
        <translation>%1 n’est pas un hôte connu et sa clé n’a pas été acceptée.</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="188"/>
        <source>the server did not accept the password for “%1”.</source>
        <translation>le serveur n’a pas accepté le mot de passe de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="189"/>
        <source>the server did not accept the key %1 for “%2” (or its passphrase is wrong).</source>
        <translation>le serveur n’a pas accepté la clé %1 pour «&#xa0;%2&#xa0;» (ou sa phrase secrète est incorrecte).</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="193"/>
        <source>the server&apos;s host key could not be verified.</source>
        <translation>la clé d’hôte du serveur n’a pas pu être vérifiée.</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="195"/>
        <source>the server has no space left.</source>
        <translation>le serveur n’a plus d’espace libre.</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="199"/>
        <location filename="../app/publish/sftptransport.cpp" line="204"/>
        <location filename="../app/publish/sftptransport.cpp" line="301"/>
        <source>the connection failed or was lost.</source>
        <translation>la connexion a échoué ou a été perdue.</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="168"/>
        <location filename="../app/publish/sftptransport.cpp" line="297"/>
        <source>“%1” on %2</source>
        <comment>a file on a server, %2 in &quot;%1 %2 failed: %3&quot;</comment>
        <translation>«&#xa0;%1&#xa0;» sur %2</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="221"/>
        <source>Connecting to</source>
        <translation>la connexion à</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="229"/>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="251"/>
        <location filename="../app/publish/sftptransport.cpp" line="301"/>
        <location filename="../app/publish/sftptransport.cpp" line="320"/>
        <source>Uploading</source>
        <translation>l’envoi de</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="321"/>
        <source>the server has no space left (%1 bytes free, the file needs %2).</source>
        <translation>le serveur n’a plus d’espace libre (%1 octets libres, le fichier en nécessite %2).</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="338"/>
        <source>Removing</source>
        <translation>la suppression de</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="353"/>
        <source>Reading</source>
        <translation>la lecture de</translation>
    </message>
</context>
<context>
    <name>Postwright::ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="96"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="100"/>
        <source>Filter by command or key, e.g. “save” or “Ctrl+Shift”</source>
        <translation>Filtrer par commande ou par touche, par exemple «&#xa0;enregistrer&#xa0;» ou «&#xa0;Ctrl+Shift&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="108"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="108"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="124"/>
        <source>&amp;Copy List</source>
        <translation>&amp;Copier la liste</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="126"/>
        <source>Copy the shortcuts shown, to paste into a document or print</source>
        <translation>Copier les raccourcis affichés, pour les coller dans un document ou les imprimer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="153"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="207"/>
        <source>No command matches “%1”.</source>
        <translation>Aucune commande ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Postwright::SiteBuilder</name>
    <message>
        <location filename="../app/site/sitebuilder.cpp" line="94"/>
        <source>The output folder must not be the blog folder itself.</source>
        <translation>Le dossier de sortie ne doit pas être le dossier du blog lui-même.</translation>
    </message>
    <message>
        <location filename="../app/site/sitebuilder.cpp" line="125"/>
        <source>Could not create the output folder.</source>
        <translation>Impossible de créer le dossier de sortie.</translation>
    </message>
    <message>
        <location filename="../app/site/sitebuilder.cpp" line="155"/>
        <source>Math is on, but KaTeX was not found in %1 (Debian package libjs-katex): pages show math as TeX.</source>
        <translation>Les formules mathématiques sont activées, mais KaTeX est introuvable dans %1 (paquet Debian libjs-katex)&#xa0;: les pages affichent les formules en TeX.</translation>
    </message>
    <message>
        <location filename="../app/site/sitebuilder.cpp" line="268"/>
        <source>(while building %1)</source>
        <translation>(lors de la génération de %1)</translation>
    </message>
    <message>
        <location filename="../app/site/sitebuilder.cpp" line="499"/>
        <source>The build was cancelled; run it again to finish.</source>
        <translation>La génération a été annulée&#xa0;; relancez-la pour la terminer.</translation>
    </message>
</context>
<context>
    <name>Postwright::SiteConfig</name>
    <message>
        <location filename="../app/blog/siteconfig.cpp" line="227"/>
        <source>Invalid TOML: %1.</source>
        <translation>TOML non valide&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/blog/siteconfig.cpp" line="239"/>
        <source>Invalid JSON: %1.</source>
        <translation>JSON non valide&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/blog/siteconfig.cpp" line="240"/>
        <source>The config should be a JSON object: { &quot;title&quot;: &quot;…&quot; }.</source>
        <translation>La configuration doit être un objet JSON&#xa0;: { &quot;title&quot;: &quot;…&quot; }.</translation>
    </message>
    <message>
        <location filename="../app/blog/siteconfig.cpp" line="250"/>
        <source>The config should be a list of “key: value” lines.</source>
        <translation>La configuration doit être une liste de lignes «&#xa0;clé: valeur&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Postwright::SiteContent</name>
    <message>
        <location filename="../app/site/sitecontent.cpp" line="263"/>
        <source>It has the same address %1 as %2; give one of them another slug.</source>
        <translation>Cet article a la même adresse %1 que %2&#xa0;; donnez un autre slug à l’un des deux.</translation>
    </message>
</context>
<context>
    <name>Postwright::SiteLayout</name>
    <message>
        <location filename="../app/blog/sitelayout.cpp" line="154"/>
        <source>%1 has a %2 but no %3/ folder beside it, so it is not a Hugo site; and there is no blog.yaml (Postwright) or _config.yml (Jekyll).</source>
        <translation>%1 contient un %2 mais aucun dossier %3/ à côté&#xa0;; ce n’est donc pas un site Hugo, et il n’y a ni blog.yaml (Postwright) ni _config.yml (Jekyll).</translation>
    </message>
    <message>
        <location filename="../app/blog/sitelayout.cpp" line="158"/>
        <source>This folder is not a blog Postwright can open: there is no blog.yaml, hugo.toml, config.toml or _config.yml in %1. Choose the folder that holds one of them (a Postwright blog, a Hugo site or a Jekyll site).</source>
        <translation>Ce dossier n’est pas un blog que Postwright peut ouvrir&#xa0;: il n’y a ni blog.yaml, ni hugo.toml, ni config.toml, ni _config.yml dans %1. Choisissez le dossier qui contient l’un d’eux (un blog Postwright, un site Hugo ou un site Jekyll).</translation>
    </message>
    <message>
        <location filename="../app/blog/sitelayout.cpp" line="207"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>Postwright::SiteStyleSheets</name>
    <message>
        <location filename="../app/site/sitestylesheets.cpp" line="350"/>
        <source>%1 is not inside the site: not used.</source>
        <translation>%1 ne se trouve pas dans le site&#xa0;: non utilisé.</translation>
    </message>
    <message>
        <location filename="../app/site/sitestylesheets.cpp" line="358"/>
        <source>%1 was not found in the site (or is not a CSS file).</source>
        <translation>%1 est introuvable dans le site (ou n’est pas un fichier CSS).</translation>
    </message>
    <message>
        <location filename="../app/site/sitestylesheets.cpp" line="396"/>
        <source>%1 is not on the site: not loaded in the preview.</source>
        <translation>%1 n’est pas sur le site&#xa0;: non chargé dans l’aperçu.</translation>
    </message>
</context>
<context>
    <name>Postwright::SiteToolSettings</name>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="105"/>
        <source>The file should be a list of settings such as “build:”.</source>
        <translation>Le fichier doit être une liste de réglages comme «&#xa0;build:&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Postwright::SpellChecker</name>
    <message>
        <location filename="../app/spell/spellchecker.cpp" line="25"/>
        <source>The %1 spelling dictionary cannot be used: %2. Reinstall it or choose another language.</source>
        <translation>Le dictionnaire orthographique %1 ne peut pas être utilisé&#xa0;: %2. Réinstallez-le ou choisissez une autre langue.</translation>
    </message>
    <message>
        <location filename="../app/spell/spellchecker.cpp" line="62"/>
        <source>its word list does not start with the number of words</source>
        <translation>sa liste de mots ne commence pas par le nombre de mots</translation>
    </message>
    <message>
        <location filename="../app/spell/spellchecker.cpp" line="84"/>
        <source>No spelling dictionary is installed for this language.</source>
        <translation>Aucun dictionnaire orthographique n’est installé pour cette langue.</translation>
    </message>
    <message>
        <location filename="../app/spell/spellchecker.cpp" line="98"/>
        <source>its character encoding %1 is not supported</source>
        <translation>son encodage de caractères %1 n’est pas pris en charge</translation>
    </message>
</context>
<context>
    <name>Postwright::SpellController</name>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="56"/>
        <source>Check Spelling</source>
        <translation>Vérifier l’orthographe</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="57"/>
        <source>Spelling</source>
        <translation>Orthographe</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="173"/>
        <source>Spelling not checked: %1</source>
        <translation>Orthographe non vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="197"/>
        <source>Spelling not checked</source>
        <translation>Orthographe non vérifiée</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="199"/>
        <source>Loading the %1 dictionary…</source>
        <translation>Chargement du dictionnaire %1…</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="203"/>
        <source>Spelling: %1</source>
        <translation>Orthographe&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="205"/>
        <source>No %1 dictionary installed — spelling not checked</source>
        <translation>Aucun dictionnaire %1 installé — orthographe non vérifiée</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="417"/>
        <source>No dictionaries installed</source>
        <translation>Aucun dictionnaire installé</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="468"/>
        <source>No Suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="472"/>
        <source>Add “%1” to Dictionary</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» au dictionnaire</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="475"/>
        <source>Ignore “%1”</source>
        <translation>Ignorer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="504"/>
        <source>“%1” is accepted until Postwright quits, but could not be saved: %2</source>
        <translation>«&#xa0;%1&#xa0;» est accepté jusqu’à la fermeture de Postwright, mais n’a pas pu être enregistré&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Postwright::TargetsDialog</name>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="49"/>
        <source>Publish Targets</source>
        <translation>Cibles de publication</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="61"/>
        <source>Postwright publishes to the targets listed in &lt;b&gt;blog.yaml&lt;/b&gt; under &lt;tt&gt;publish:&lt;/tt&gt;. Passwords and tokens never go there: save them here, in the system keychain.</source>
        <translation>Postwright publie vers les cibles indiquées dans &lt;b&gt;blog.yaml&lt;/b&gt; sous &lt;tt&gt;publish:&lt;/tt&gt;. Les mots de passe et les jetons n’y figurent jamais&#xa0;: enregistrez-les ici, dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="64"/>
        <source>Postwright publishes this %1 site to the targets listed in &lt;b&gt;%2&lt;/b&gt; under &lt;tt&gt;publish:&lt;/tt&gt;, at the site’s root (not in blog.yaml: a %1 site has none, and %3 does not read %2). What %3 builds is what is sent. Passwords and tokens never go there: save them here, in the system keychain.</source>
        <translation>Postwright publie ce site %1 vers les cibles indiquées dans &lt;b&gt;%2&lt;/b&gt; sous &lt;tt&gt;publish:&lt;/tt&gt;, à la racine du site (pas dans blog.yaml&#xa0;: un site %1 n’en a pas, et %3 ne lit pas %2). C’est ce que %3 génère qui est envoyé. Les mots de passe et les jetons n’y figurent jamais&#xa0;: enregistrez-les ici, dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="80"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="80"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="80"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="93"/>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="98"/>
        <source>Save to Keychain</source>
        <translation>Enregistrer dans le trousseau</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="100"/>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="111"/>
        <source>Test Connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="118"/>
        <source>Show the review before publishing to this target</source>
        <translation>Afficher la vérification avant de publier vers cette cible</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="129"/>
        <source>Where:</source>
        <translation>Emplacement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="151"/>
        <source>How to add a target</source>
        <translation>Comment ajouter une cible</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="178"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="243"/>
        <source># Postwright&apos;s settings for this %1 site: where it is published and how it is
# built. %2 does not read this file. Passwords and tokens never go here:
# save them in Site &gt; Publish Targets, in the system keychain.
#
# Publish sends what %2 builds. Uncomment a target and adapt it:
</source>
        <translation># Les réglages de Postwright pour ce site %1&#xa0;: où il est publié et comment il est
# généré. %2 ne lit pas ce fichier. Les mots de passe et jetons n’y vont jamais&#xa0;:
# enregistrez-les dans Site &gt; Cibles de publication, dans le trousseau du système.
#
# Publier envoie ce que %2 génère. Décommentez une cible et adaptez-la&#xa0;:
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
        <translation>Ajoutez une section comme celle-ci à %2 (types&#xa0;: folder, zip, sftp, ftp,
ftps, s3, git, netlify pour le site généré&#xa0;; wordpress, ghost, metaweblog,
micropub pour envoyer les articles vers un blog hébergé)&#xa0;:

%1
Enregistrez ensuite ici le mot de passe de la cible sftp, le mot de passe
d’application WordPress et la clé d’API Admin Ghost.</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="175"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="203"/>
        <source>The publish section of %1 has a problem:
%2</source>
        <translation>La section publish de %1 comporte un problème&#xa0;:
%2</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="211"/>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="227"/>
        <source>This blog has no publish targets yet.</source>
        <translation>Ce blog n’a pas encore de cible de publication.</translation>
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
# Comment le site est généré (Site &gt; Réglages de génération)&#xa0;: la commande, ou generator: false
# pour le thème propre à Postwright.
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
# Jekyll copie dans le site les fichiers qu’il ne connaît pas&#xa0;: excluez celui-ci avec
# &quot;exclude: [postwright.yaml]&quot; dans _config.yml.
</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="271"/>
        <source>%1 could not be created: %2</source>
        <translation>%1 n’a pas pu être créé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="311"/>
        <source>Secret:</source>
        <translation>Secret&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="313"/>
        <source>Type it to save or test it</source>
        <translation>Saisissez-le pour l’enregistrer ou le tester</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="313"/>
        <source>This target needs none</source>
        <translation>Cette cible n’en a pas besoin</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="338"/>
        <source>Looking in the keychain…</source>
        <translation>Recherche dans le trousseau…</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="366"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="400"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="446"/>
        <source>Could not log in: %1</source>
        <translation>Impossible de se connecter&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="447"/>
        <source>Could not connect: %1</source>
        <translation>Impossible de joindre la cible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="450"/>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
</context>
<context>
    <name>Postwright::TemplateEngine</name>
    <message>
        <location filename="../app/site/templateengine.cpp" line="576"/>
        <source>The theme has no template “%1”.</source>
        <translation>Le thème n’a pas de modèle «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Postwright::TextSearch</name>
    <message>
        <location filename="../ui/editor/textsearch.cpp" line="26"/>
        <source>%1 (at character %2)</source>
        <translation>%1 (au caractère %2)</translation>
    </message>
</context>
<context>
    <name>Postwright::Theme</name>
    <message>
        <location filename="../app/site/theme.cpp" line="109"/>
        <source>built-in theme: </source>
        <translation>thème intégré&#xa0;: </translation>
    </message>
    <message>
        <location filename="../app/site/theme.cpp" line="181"/>
        <source>The theme has no template “%1”.</source>
        <translation>Le thème n’a pas de modèle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/site/theme.cpp" line="204"/>
        <source>The theme has no asset “%1”.</source>
        <translation>Le thème n’a pas de ressource «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Postwright::ThemeLabels</name>
    <message>
        <location filename="../app/site/themelabels.cpp" line="26"/>
        <source>Read more</source>
        <translation>Lire la suite</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="20"/>
        <source>Skip to content</source>
        <translation>Aller au contenu</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="21"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="22"/>
        <source>Archive</source>
        <translation>Archives</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="23"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="24"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="25"/>
        <source>Feeds</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="27"/>
        <source>min read</source>
        <translation>min de lecture</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="28"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="29"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="30"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="31"/>
        <source>Previous post</source>
        <translation>Article précédent</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="32"/>
        <source>Next post</source>
        <translation>Article suivant</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="33"/>
        <source>Newer posts</source>
        <translation>Articles plus récents</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="34"/>
        <source>Older posts</source>
        <translation>Articles plus anciens</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="35"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="36"/>
        <source>of</source>
        <translation>sur</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="37"/>
        <source>Posts in</source>
        <translation>Articles de la catégorie</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="38"/>
        <source>Tagged</source>
        <translation>Articles avec l’étiquette</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="39"/>
        <source>Posts from</source>
        <translation>Articles de</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="40"/>
        <source>Page not found</source>
        <translation>Page introuvable</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="41"/>
        <source>There is nothing at this address. It may have moved, or the link may be mistyped.</source>
        <translation>Il n’y a rien à cette adresse. La page a peut-être été déplacée, ou le lien contient une faute de frappe.</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="43"/>
        <source>Back to the home page</source>
        <translation>Retour à la page d’accueil</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="44"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="45"/>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="46"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="47"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="48"/>
        <source>More posts</source>
        <translation>Autres articles</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="49"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="50"/>
        <source>Not done</source>
        <translation>Non terminé</translation>
    </message>
</context>
<context>
    <name>Postwright::TomlFrontMatter</name>
    <message>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="177"/>
        <source>Invalid TOML: %1.</source>
        <translation>TOML non valide&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Postwright::TomlReader</name>
    <message>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="93"/>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="132"/>
        <source>“%1” should be text.</source>
        <translation>«&#xa0;%1&#xa0;» doit être du texte.</translation>
    </message>
    <message>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="101"/>
        <source>“%1” is not a date: write it as 2024-05-01 or 2024-05-01T09:30:00+02:00.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: écrivez-la sous la forme 2024-05-01 ou 2024-05-01T09:30:00+02:00.</translation>
    </message>
    <message>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="108"/>
        <source>“%1” should be true or false.</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir true ou false.</translation>
    </message>
    <message>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="151"/>
        <source>“%1” should be a list, like [one, two].</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste, comme [un, deux].</translation>
    </message>
    <message>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="155"/>
        <source>Each entry of “%1” should be text.</source>
        <translation>Chaque élément de «&#xa0;%1&#xa0;» doit être du texte.</translation>
    </message>
</context>
<context>
    <name>Postwright::Translations</name>
    <message>
        <location filename="../app/util/translations.cpp" line="24"/>
        <source>English</source>
        <comment>The name of this translation&apos;s language in that language, as a list of languages shows it: Deutsch, Français, Español</comment>
        <translation>Français</translation>
    </message>
</context>
<context>
    <name>Postwright::UiLanguage</name>
    <message>
        <location filename="../ui/mainwindow/uilanguage.cpp" line="44"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/uilanguage.cpp" line="50"/>
        <source>The new language takes effect the next time Postwright starts.</source>
        <translation>La nouvelle langue prendra effet au prochain démarrage de Postwright.</translation>
    </message>
</context>
<context>
    <name>Postwright::UndoBar</name>
    <message>
        <location filename="../ui/posttree/undobar.cpp" line="27"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/posttree/undobar.cpp" line="34"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Postwright::WelcomeDialog</name>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="107"/>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="175"/>
        <source>Welcome to Postwright</source>
        <translation>Bienvenue dans Postwright</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="116"/>
        <source>&amp;Show this at start-up</source>
        <translation>&amp;Afficher au démarrage</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="121"/>
        <source>Help ▸ Welcome opens it again.</source>
        <translation>Aide ▸ Bienvenue l’ouvre à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="183"/>
        <source>Write blog posts in Markdown, preview them in your blog&apos;s own theme, and publish anywhere.</source>
        <translation>Rédigez vos articles de blog en Markdown, prévisualisez-les avec le thème de votre blog et publiez-les où vous voulez.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="209"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="217"/>
        <source>&amp;Open a blog or site folder</source>
        <translation>&amp;Ouvrir un dossier de blog ou de site</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="218"/>
        <source>A Postwright blog, or a Hugo or Jekyll site that Postwright edits in place.</source>
        <translation>Un blog Postwright, ou un site Hugo ou Jekyll que Postwright modifie sur place.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="220"/>
        <source>&amp;Create a new blog</source>
        <translation>&amp;Créer un nouveau blog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="221"/>
        <source>An empty blog in a new folder, with the built-in theme and a first post.</source>
        <translation>Un blog vide dans un nouveau dossier, avec le thème intégré et un premier article.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="223"/>
        <source>&amp;Import from WordPress</source>
        <translation>&amp;Importer depuis WordPress</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="224"/>
        <source>Turn a WordPress export (WXR) into a new blog: posts, pages, categories, tags and images.</source>
        <translation>Transformer un export WordPress (WXR) en nouveau blog&#xa0;: articles, pages, catégories, étiquettes et images.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="228"/>
        <source>&amp;Explore the sample blog</source>
        <translation>&amp;Explorer le blog d’exemple</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="229"/>
        <source>A few example posts to look around: edit them, try the preview, build the site.</source>
        <translation>Quelques articles d’exemple pour faire le tour&#xa0;: modifiez-les, essayez l’aperçu, générez le site.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="263"/>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
</context>
<context>
    <name>Postwright::WordPressApi</name>
    <message>
        <location filename="../app/publish/blogapis.cpp" line="42"/>
        <source>WordPress at %1</source>
        <translation>WordPress sur %1</translation>
    </message>
</context>
<context>
    <name>Postwright::WordPressClient</name>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="149"/>
        <source>“%1” is not a WordPress site address. Use the address of the blog, starting with https://.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’adresse d’un site WordPress. Utilisez l’adresse du blog, commençant par https://.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="156"/>
        <source>Postwright does not send the application password to %1 over plain http://: anyone on the way could read it. Use https://, or allow insecure connections for this target if you trust the network.</source>
        <translation>Postwright n’envoie pas le mot de passe d’application à %1 en http:// non chiffré&#xa0;: n’importe qui sur le trajet pourrait le lire. Utilisez https://, ou autorisez les connexions non sécurisées pour cette cible si vous faites confiance au réseau.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="281"/>
        <source>no explanation given</source>
        <translation>aucune explication fournie</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="287"/>
        <source>WordPress refused the application password for %1 at %2 (%3). Create an application password under Users, Profile in WordPress and store it for this target.</source>
        <translation>WordPress a refusé le mot de passe d’application de %1 sur %2 (%3). Créez un mot de passe d’application dans WordPress, sous Comptes, Profil, et enregistrez-le pour cette cible.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="292"/>
        <source>WordPress does not let %1 at %2 do %3: %4. Check the user&apos;s role.</source>
        <translation>WordPress refuse à %1 sur %2 l’accès à %3&#xa0;: %4. Vérifiez le rôle de l’utilisateur.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="296"/>
        <source>Cannot reach WordPress at %1 for %2: %3. Publish again later.</source>
        <translation>Impossible de joindre WordPress sur %1 pour %2&#xa0;: %3. Publiez à nouveau plus tard.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="300"/>
        <source>WordPress at %1 could not take %2 (HTTP %3: %4). Publish again later.</source>
        <translation>WordPress sur %1 n’a pas pu traiter %2 (HTTP %3&#xa0;: %4). Publiez à nouveau plus tard.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="307"/>
        <source>WordPress at %1 sent %2 elsewhere (%3). Set the target&apos;s address to where the blog now is.</source>
        <translation>WordPress sur %1 a redirigé %2 ailleurs (%3). Indiquez comme adresse de la cible le nouvel emplacement du blog.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="312"/>
        <source>WordPress at %1 refused %2 (HTTP %3): %4</source>
        <translation>WordPress sur %1 a refusé %2 (HTTP %3)&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="318"/>
        <source>WordPress at %1 answered %2 with something Postwright does not understand (expected %3). A plugin or the server may be changing the answer.</source>
        <translation>WordPress sur %1 a répondu à %2 par quelque chose que Postwright ne comprend pas (attendu&#xa0;: %3). Une extension ou le serveur modifie peut-être la réponse.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="327"/>
        <source>the REST API</source>
        <translation>l’API REST</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="348"/>
        <source>%1 has no WordPress REST API (neither /wp-json/wp/v2/ nor ?rest_route=/wp/v2/ answers). Check the address, and that no plugin switches the API off.</source>
        <translation>%1 n’a pas d’API REST WordPress (ni /wp-json/wp/v2/ ni ?rest_route=/wp/v2/ ne répondent). Vérifiez l’adresse, et qu’aucune extension ne désactive l’API.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="375"/>
        <source>the tag “%1”</source>
        <translation>l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="375"/>
        <source>the category “%1”</source>
        <translation>la catégorie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="386"/>
        <source>a list of terms</source>
        <translation>une liste de termes</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="399"/>
        <source>the new term&apos;s id</source>
        <translation>l’identifiant du nouveau terme</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="442"/>
        <source>a post with an id</source>
        <translation>un article avec un identifiant</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="447"/>
        <source>the post&apos;s modified_gmt</source>
        <translation>le modified_gmt de l’article</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="464"/>
        <location filename="../app/publish/wordpressclient.cpp" line="479"/>
        <location filename="../app/publish/wordpressclient.cpp" line="532"/>
        <source>the post “%1”</source>
        <translation>l’article «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="495"/>
        <source>the post with id %1</source>
        <translation>l’article d’identifiant %1</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="524"/>
        <source>the login of %1</source>
        <translation>la connexion de %1</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="549"/>
        <location filename="../app/publish/wordpressclient.cpp" line="592"/>
        <source>a list of posts</source>
        <translation>une liste d’articles</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="566"/>
        <source>the list of posts (page %1)</source>
        <translation>la liste des articles (page %1)</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="622"/>
        <source>the posts&apos; featured images</source>
        <translation>les images mises en avant des articles</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="623"/>
        <source>the posts&apos; tags</source>
        <translation>les étiquettes des articles</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="624"/>
        <source>the posts&apos; categories</source>
        <translation>les catégories des articles</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="634"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="686"/>
        <source>the file “%1”</source>
        <translation>le fichier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="692"/>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="699"/>
        <source>a media item with an id and a source_url</source>
        <translation>un média avec un identifiant et une source_url</translation>
    </message>
</context>
<context>
    <name>Postwright::WxrReader</name>
    <message>
        <location filename="../app/publish/wxrreader.cpp" line="256"/>
        <source>The export could not be read: %1</source>
        <translation>L’export n’a pas pu être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::XmlRpc</name>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="227"/>
        <source>two values in one &lt;value&gt;</source>
        <translation>deux valeurs dans une seule &lt;value&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="238"/>
        <source>text beside a typed value</source>
        <translation>du texte à côté d’une valeur typée</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="253"/>
        <source>“%1” is not a valid &lt;%2&gt;</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un &lt;%2&gt; valide</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="260"/>
        <source>&lt;%1&gt; in a &lt;struct&gt;</source>
        <translation>&lt;%1&gt; dans une &lt;struct&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="273"/>
        <source>&lt;%1&gt; in a struct &lt;member&gt;</source>
        <translation>&lt;%1&gt; dans un &lt;member&gt; de struct</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="280"/>
        <source>a struct &lt;member&gt; without a &lt;name&gt; and a &lt;value&gt;</source>
        <translation>un &lt;member&gt; de struct sans &lt;name&gt; ni &lt;value&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="293"/>
        <source>an &lt;array&gt; without &lt;data&gt;</source>
        <translation>un &lt;array&gt; sans &lt;data&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="298"/>
        <source>&lt;%1&gt; in an array&apos;s &lt;data&gt;</source>
        <translation>&lt;%1&gt; dans le &lt;data&gt; d’un tableau</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="308"/>
        <source>&lt;%1&gt; after an array&apos;s &lt;data&gt;</source>
        <translation>&lt;%1&gt; après le &lt;data&gt; d’un tableau</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="357"/>
        <source>the unknown type &lt;%1&gt;</source>
        <translation>le type inconnu &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="365"/>
        <source>an empty answer</source>
        <translation>une réponse vide</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="372"/>
        <source>a web page, not an XML-RPC answer</source>
        <translation>une page web, et non une réponse XML-RPC</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="374"/>
        <source>an answer that ends too early (cut off?)</source>
        <translation>une réponse qui se termine trop tôt (tronquée&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="376"/>
        <source>not XML: %1</source>
        <translation>pas du XML&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="388"/>
        <source>&lt;%1&gt; where &lt;methodResponse&gt; belongs</source>
        <translation>&lt;%1&gt; à la place de &lt;methodResponse&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="392"/>
        <source>a &lt;methodResponse&gt; with neither &lt;params&gt; nor &lt;fault&gt;</source>
        <translation>une &lt;methodResponse&gt; sans &lt;params&gt; ni &lt;fault&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="400"/>
        <source>&lt;%1&gt; where &lt;param&gt;&lt;value&gt; belongs</source>
        <translation>&lt;%1&gt; à la place de &lt;param&gt;&lt;value&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="409"/>
        <source>more than one value in a &lt;param&gt;</source>
        <translation>plus d’une valeur dans un &lt;param&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="414"/>
        <source>more than one &lt;param&gt; in an answer</source>
        <translation>plus d’un &lt;param&gt; dans une réponse</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="424"/>
        <source>a &lt;fault&gt; without a &lt;value&gt;</source>
        <translation>un &lt;fault&gt; sans &lt;value&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="433"/>
        <source>a &lt;fault&gt; without faultCode and faultString</source>
        <translation>un &lt;fault&gt; sans faultCode ni faultString</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="440"/>
        <source>more than one value in a &lt;fault&gt;</source>
        <translation>plus d’une valeur dans un &lt;fault&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="445"/>
        <source>&lt;%1&gt; where &lt;params&gt; or &lt;fault&gt; belongs</source>
        <translation>&lt;%1&gt; à la place de &lt;params&gt; ou &lt;fault&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="450"/>
        <source>&lt;%1&gt; after the answer</source>
        <translation>&lt;%1&gt; après la réponse</translation>
    </message>
</context>
<context>
    <name>Postwright::YamlDocument</name>
    <message>
        <location filename="../app/blog/yamldocument.cpp" line="16"/>
        <source>Invalid YAML: %1.</source>
        <translation>YAML non valide&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Postwright::ZipDeploy</name>
    <message>
        <location filename="../app/publish/zipdeploy.cpp" line="89"/>
        <source>Cannot create the folder %1 for %2.</source>
        <translation>Impossible de créer le dossier %1 pour %2.</translation>
    </message>
    <message>
        <location filename="../app/publish/zipdeploy.cpp" line="94"/>
        <source>Cannot write into %1: %2</source>
        <translation>Impossible d’écrire dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SampleBlog</name>
    <message>
        <location filename="../ui/mainwindow/sampleblog.cpp" line="33"/>
        <source>The bundled sample blog is missing.</source>
        <translation>Le blog d’exemple fourni est manquant.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/sampleblog.cpp" line="51"/>
        <source>The folder exists but holds no blog; move it away to get the sample blog back.</source>
        <translation>Le dossier existe mais ne contient aucun blog&#xa0;; déplacez-le ailleurs pour retrouver le blog d’exemple.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/sampleblog.cpp" line="63"/>
        <source>Could not create the sample blog folder.</source>
        <translation>Impossible de créer le dossier du blog d’exemple.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/cli/main.cpp" line="23"/>
        <source>Work with a Postwright blog from the command line.</source>
        <translation>Travailler avec un blog Postwright en ligne de commande.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="30"/>
        <source>Show the commands and options.</source>
        <translation>Afficher les commandes et les options.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="32"/>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="35"/>
        <source>Print no progress and no summary; errors still go to standard error.</source>
        <translation>N’afficher ni progression ni résumé&#xa0;; les erreurs vont toujours sur la sortie d’erreur standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="38"/>
        <source>build, check, publish: print one JSON document on standard output (see &quot;help COMMAND&quot;).</source>
        <translation>build, check, publish&#xa0;: écrire un document JSON sur la sortie standard (voir &quot;help COMMANDE&quot;).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="42"/>
        <source>The command to run, see below.</source>
        <translation>La commande à exécuter, voir ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="40"/>
        <source>Write blog posts in Markdown and preview them in the blog&apos;s theme.</source>
        <translation>Rédiger des articles de blog en Markdown et les prévisualiser avec le thème du blog.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="46"/>
        <source>The blog folder to open (default: the last one).</source>
        <translation>Le dossier du blog à ouvrir (par défaut&#xa0;: le dernier utilisé).</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="50"/>
        <source>A post in that blog to open (default: the newest).</source>
        <translation>Un article de ce blog à ouvrir (par défaut&#xa0;: le plus récent).</translation>
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
        <translation>Le blog d’exemple n’a pas pu être créé&#xa0;:

%1</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="146"/>
        <location filename="../ui/main.cpp" line="157"/>
        <source>Could Not Open Blog</source>
        <translation>Impossible d’ouvrir le blog</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="147"/>
        <source>The blog at %1 could not be opened.</source>
        <translation>Le blog situé dans %1 n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="149"/>
        <source>The last blog you used could not be opened.</source>
        <translation>Le dernier blog que vous avez utilisé n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="152"/>
        <source>%1

Postwright opens the sample blog instead.</source>
        <translation>%1

Postwright ouvre le blog d’exemple à la place.</translation>
    </message>
</context>
</TS>
