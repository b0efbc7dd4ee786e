<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Postwright</name>
    <message>
        <location filename="../app/site/outputwriter.cpp" line="46"/>
        <location filename="../app/site/outputwriter.cpp" line="56"/>
        <location filename="../app/site/outputwriter.cpp" line="63"/>
        <source>Could not write the file: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="203"/>
        <source>This tag is never closed: its closing braces are missing.</source>
        <translation>Esta etiqueta nunca se cierra: faltan las llaves de cierre.</translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="205"/>
        <source>This set-delimiter tag is not valid; it should look like {{=&lt;% %&gt;=}}.</source>
        <translation>Esta etiqueta de cambio de delimitadores no es válida; debería tener la forma {{=&lt;% %&gt;=}}.</translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="207"/>
        <source>{{/%1}} closes a section that was never opened.</source>
        <translation>{{/%1}} cierra una sección que nunca se abrió.</translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="209"/>
        <source>The section “%1” opened here is never closed with {{/%1}}.</source>
        <translation>La sección «%1» que se abre aquí nunca se cierra con {{/%1}}.</translation>
    </message>
    <message>
        <location filename="../app/site/theme.cpp" line="53"/>
        <source>This is not a readable file (is it a broken link?).</source>
        <translation>Este no es un archivo legible (¿es un enlace roto?).</translation>
    </message>
    <message>
        <location filename="../app/site/theme.cpp" line="64"/>
        <location filename="../app/site/theme.cpp" line="67"/>
        <location filename="../app/site/theme.cpp" line="89"/>
        <location filename="../app/site/theme.cpp" line="92"/>
        <source>Cannot read this file: %1</source>
        <translation>No se puede leer este archivo: %1</translation>
    </message>
    <message>
        <location filename="../app/site/theme.cpp" line="79"/>
        <source>This template is not UTF-8 text. Save it as UTF-8.</source>
        <translation>Esta plantilla no es texto UTF-8. Guárdela como UTF-8.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="81"/>
        <source>The front matter is never closed.</source>
        <translation>El front matter nunca se cierra.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="91"/>
        <source>Invalid YAML: %1.</source>
        <translation>YAML no válido: %1.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="96"/>
        <source>The front matter is not a list of keys.</source>
        <translation>El front matter no es una lista de claves.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="112"/>
        <source>Front matter keys must be plain names.</source>
        <translation>Las claves del front matter deben ser nombres simples.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="117"/>
        <source>The key “%1” appears twice.</source>
        <translation>La clave «%1» aparece dos veces.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatteredit.cpp" line="127"/>
        <source>Each key should start its own line, with no indentation, to be edited here.</source>
        <translation>Para poder editarse aquí, cada clave debe empezar en su propia línea, sin sangría.</translation>
    </message>
    <message>
        <location filename="../app/blog/postbundle.cpp" line="413"/>
        <source>This is not an image Postwright can add. Use a PNG, JPEG, GIF, WebP, AVIF, SVG, BMP or ICO file.</source>
        <translation>Esta no es una imagen que Postwright pueda añadir. Use un archivo PNG, JPEG, GIF, WebP, AVIF, SVG, BMP o ICO.</translation>
    </message>
    <message>
        <location filename="../app/blog/postbundle.cpp" line="433"/>
        <source>Could not copy the image: %1</source>
        <translation>No se pudo copiar la imagen: %1</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="121"/>
        <source>The front matter cannot be edited.</source>
        <translation>No se puede editar el front matter.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="84"/>
        <source>The file could not be created: %1</source>
        <translation>No se pudo crear el archivo: %1</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="145"/>
        <source>The folder could not be copied: %1</source>
        <translation>No se pudo copiar la carpeta: %1</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="167"/>
        <source>The file could not be moved: %1</source>
        <translation>No se pudo mover el archivo: %1</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="201"/>
        <source>A post needs a title.</source>
        <translation>Una entrada necesita un título.</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="241"/>
        <source>Another post is already called “%1”. Choose another title, or rename that post first.</source>
        <translation>Ya hay otra entrada llamada «%1». Elija otro título o cambie antes el nombre de esa entrada.</translation>
    </message>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="30"/>
        <source>No space left in the target folder while writing %1.</source>
        <translation>No queda espacio en la carpeta de destino al escribir %1.</translation>
    </message>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="31"/>
        <location filename="../app/publish/zipdeploy.cpp" line="59"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="92"/>
        <source>Netlify answered %1 with something Postwright does not understand.</source>
        <translation>Netlify respondió a %1 con algo que Postwright no entiende.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="64"/>
        <source>keep secrets out of blog.yaml; Postwright keeps them in the system keychain.</source>
        <translation>no guarde secretos en blog.yaml; Postwright los guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="113"/>
        <source>Each publish target should be a group of “key: value” lines starting with “name:” and “type:”.</source>
        <translation>Cada destino de publicación debe ser un grupo de líneas «clave: valor» que empiece por «name:» y «type:».</translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="36"/>
        <location filename="../app/publish/publishtargets.cpp" line="121"/>
        <source>“%1” should be text.</source>
        <translation>«%1» debe ser texto.</translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="72"/>
        <source>“permalinks.%1.%2” should be text.</source>
        <translation>«permalinks.%1.%2» debe ser texto.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="128"/>
        <source>This publish target needs a “name:”.</source>
        <translation>Este destino de publicación necesita un «name:».</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="144"/>
        <source>Publish target “%1” needs a “type:”, one of %2.</source>
        <translation>El destino de publicación «%1» necesita un «type:», uno de estos: %2.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="146"/>
        <source>Publish target “%1” has the unknown type “%2”; use one of %3.</source>
        <translation>El destino de publicación «%1» tiene el tipo desconocido «%2»; use uno de estos: %3.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="163"/>
        <source>A %1 target has no setting “%2”; it knows %3.</source>
        <translation>Un destino %1 no tiene el ajuste «%2»; los que admite son: %3.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="171"/>
        <source>Publish target “%1” (%2) needs “%3:”.</source>
        <translation>El destino de publicación «%1» (%2) necesita «%3:».</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="189"/>
        <source>“port” should be a number from 1 to 65535.</source>
        <translation>«port» debe ser un número del 1 al 65535.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="198"/>
        <source>“%1” should be true or false.</source>
        <translation>«%1» debe ser true o false.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="205"/>
        <source>“url” should be the blog&apos;s address, starting with https://.</source>
        <translation>«url» debe ser la dirección del blog, empezando por https://.</translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="28"/>
        <source>The deploy record on the server (%1) is damaged: %2. Delete %1 and the folder %3 on the server to upload everything again.</source>
        <translation>El registro de despliegue del servidor (%1) está dañado: %2. Elimine %1 y la carpeta %3 del servidor para volver a subirlo todo.</translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="52"/>
        <source>Cannot write a temporary file: %1</source>
        <translation>No se puede escribir un archivo temporal: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/zipdeploy.cpp" line="54"/>
        <source>No space left on the disk while writing %1.</source>
        <translation>No queda espacio en el disco al escribir %1.</translation>
    </message>
    <message>
        <location filename="../app/publish/zipdeploy.cpp" line="55"/>
        <source>No space left on the disk while writing %1 (at %2).</source>
        <translation>No queda espacio en el disco al escribir %1 (en %2).</translation>
    </message>
    <message>
        <location filename="../app/publish/zipdeploy.cpp" line="60"/>
        <source>Cannot write %1 (at %2): %3</source>
        <translation>No se puede escribir %1 (en %2): %3</translation>
    </message>
    <message>
        <location filename="../app/publish/blogapis.cpp" line="25"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="81"/>
        <source>The folder could not be created.</source>
        <translation>No se pudo crear la carpeta.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="59"/>
        <location filename="../app/publish/micropubclient.cpp" line="71"/>
        <source>no explanation given</source>
        <translation>no se dio ninguna explicación</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="79"/>
        <source>%1 (line %2, column %3)</source>
        <translation>%1 (línea %2, columna %3)</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="79"/>
        <source>The file could not be read: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="96"/>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="38"/>
        <source>“build” should hold “command:” and “generator:”.</source>
        <translation>«build» debe contener «command:» y «generator:».</translation>
    </message>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="42"/>
        <source>“command” should be one line, such as “hugo --minify”.</source>
        <translation>«command» debe ocupar una sola línea, por ejemplo «hugo --minify».</translation>
    </message>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="47"/>
        <source>“generator” should be true or false.</source>
        <translation>«generator» debe ser true o false.</translation>
    </message>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="57"/>
        <source>“preview” should hold “style:” and “css:”.</source>
        <translation>«preview» debe contener «style:» y «css:».</translation>
    </message>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="76"/>
        <source>Each stylesheet in “css” should be a path.</source>
        <translation>Cada hoja de estilo de «css» debe ser una ruta.</translation>
    </message>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="80"/>
        <source>“css” should be a path or a list of paths.</source>
        <translation>«css» debe ser una ruta o una lista de rutas.</translation>
    </message>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="67"/>
        <source>“style” should be auto, site or builtin.</source>
        <translation>«style» debe ser auto, site o builtin.</translation>
    </message>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="86"/>
        <source>The stylesheet “%1” is not inside the site.</source>
        <translation>La hoja de estilo «%1» no está dentro del sitio.</translation>
    </message>
    <message>
        <location filename="../app/blog/tomlfrontmatteredit.cpp" line="189"/>
        <source>The front matter is not TOML between +++ lines.</source>
        <translation>El front matter no es TOML entre líneas +++.</translation>
    </message>
    <message>
        <location filename="../app/blog/tomlfrontmatteredit.cpp" line="205"/>
        <source>Invalid TOML: %1.</source>
        <translation>TOML no válido: %1.</translation>
    </message>
</context>
<context>
    <name>Postwright::AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="44"/>
        <source>About Postwright</source>
        <translation>Acerca de Postwright</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="49"/>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="50"/>
        <source>L&amp;ibraries</source>
        <translation>&amp;Bibliotecas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="51"/>
        <source>&amp;Licence</source>
        <translation>&amp;Licencia</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="54"/>
        <source>&amp;Copy Version Information</source>
        <translation>&amp;Copiar información de versión</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="56"/>
        <source>Copy Postwright&apos;s version and the libraries&apos; versions, for a bug report</source>
        <translation>Copiar la versión de Postwright y las de las bibliotecas, para un informe de error</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="82"/>
        <source>The live preview</source>
        <translation>La vista previa en directo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="85"/>
        <source>The browser engine inside Qt WebEngine</source>
        <translation>El motor de navegador de Qt WebEngine</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="120"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="125"/>
        <source>Write blog posts in Markdown, preview them in your blog&apos;s own theme, and publish them anywhere. Your posts stay plain files that you can keep in git.</source>
        <translation>Escriba entradas de blog en Markdown, previsualícelas con el propio tema de su blog y publíquelas en cualquier parte. Sus entradas siguen siendo archivos normales que puede guardar en git.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="131"/>
        <source>Postwright is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with absolutely no warranty; see the Licence tab for the details.</source>
        <translation>Postwright es software libre: puede redistribuirlo y/o modificarlo según los términos de la Licencia Pública General de GNU publicada por la Free Software Foundation, ya sea la versión 3 de la licencia o (a su elección) cualquier versión posterior. Se ofrece sin ninguna garantía; consulte la pestaña Licencia para más detalles.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="138"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Website&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Report a problem&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Sitio web&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Informar de un problema&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="143"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado con Qt %1, ejecutándose con Qt %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="172"/>
        <source>Postwright is built on these libraries. Thank you to their authors.</source>
        <translation>Postwright se basa en estas bibliotecas. Gracias a sus autores.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="179"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="179"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="179"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="179"/>
        <source>Used for</source>
        <translation>Se usa para</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="181"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="183"/>
        <source>not installed</source>
        <translation>no instalada</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="214"/>
        <source>GNU General Public License, version 3 or later: https://www.gnu.org/licenses/gpl-3.0.html</source>
        <translation>Licencia Pública General de GNU, versión 3 o posterior: https://www.gnu.org/licenses/gpl-3.0.html</translation>
    </message>
</context>
<context>
    <name>Postwright::AltTextDialog</name>
    <message>
        <location filename="../ui/editor/alttextdialog.cpp" line="17"/>
        <source>Describe the Image</source>
        <translation>Describir la imagen</translation>
    </message>
    <message>
        <location filename="../ui/editor/alttextdialog.cpp" line="19"/>
        <source>What should readers who cannot see the pasted image know about it?</source>
        <translation>¿Qué deberían saber de la imagen pegada los lectores que no pueden verla?</translation>
    </message>
    <message>
        <location filename="../ui/editor/alttextdialog.cpp" line="20"/>
        <source>What should readers who cannot see “%1” know about it?</source>
        <translation>¿Qué deberían saber de «%1» los lectores que no pueden verla?</translation>
    </message>
    <message>
        <location filename="../ui/editor/alttextdialog.cpp" line="25"/>
        <source>Leave it empty for an image that is only decoration.</source>
        <translation>Déjelo vacío si la imagen es solo decorativa.</translation>
    </message>
    <message>
        <location filename="../ui/editor/alttextdialog.cpp" line="36"/>
        <source>Insert Image</source>
        <translation>Insertar imagen</translation>
    </message>
</context>
<context>
    <name>Postwright::AtomicFile</name>
    <message>
        <location filename="../app/util/atomicfile.cpp" line="22"/>
        <source>Could not save the file: %1</source>
        <translation>No se pudo guardar el archivo: %1</translation>
    </message>
    <message>
        <location filename="../app/util/atomicfile.cpp" line="29"/>
        <source>Could not read the file: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <location filename="../app/util/atomicfile.cpp" line="76"/>
        <source>The file could not be created: %1</source>
        <translation>No se pudo crear el archivo: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::Blog</name>
    <message>
        <location filename="../app/blog/blog.cpp" line="98"/>
        <source>The folder does not exist.</source>
        <translation>La carpeta no existe.</translation>
    </message>
</context>
<context>
    <name>Postwright::BlogApiHttp</name>
    <message>
        <location filename="../app/publish/blogapihttp.cpp" line="155"/>
        <source>“%1” is not an address for %2. Use the blog&apos;s address, starting with https://.</source>
        <translation>«%1» no es una dirección para %2. Use la dirección del blog, empezando por https://.</translation>
    </message>
    <message>
        <location filename="../app/publish/blogapihttp.cpp" line="166"/>
        <source>Postwright does not send the %1 password to %2 over plain http://: anyone on the way could read it. Use https://, or allow insecure connections for this target if you trust the network.</source>
        <translation>Postwright no envía la contraseña de %1 a %2 por http:// sin cifrar: cualquiera en el camino podría leerla. Use https://, o permita conexiones inseguras para este destino si confía en la red.</translation>
    </message>
</context>
<context>
    <name>Postwright::BlogCreator</name>
    <message>
        <location filename="../app/blog/blogcreator.cpp" line="51"/>
        <source>This is a file, not a folder.</source>
        <translation>Esto es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location filename="../app/blog/blogcreator.cpp" line="54"/>
        <source>The folder is not empty: a new blog needs an empty or new folder.</source>
        <translation>La carpeta no está vacía: un blog nuevo necesita una carpeta vacía o nueva.</translation>
    </message>
    <message>
        <location filename="../app/blog/blogcreator.cpp" line="61"/>
        <location filename="../app/blog/blogcreator.cpp" line="65"/>
        <source>The folder could not be created.</source>
        <translation>No se pudo crear la carpeta.</translation>
    </message>
</context>
<context>
    <name>Postwright::BlogFolderChooser</name>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="33"/>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="43"/>
        <source>my-blog</source>
        <translation>mi-blog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="65"/>
        <source>Parent f&amp;older:</source>
        <translation>Carpeta &amp;principal:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="74"/>
        <source>Folder na&amp;me:</source>
        <translation>Nom&amp;bre de la carpeta:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="109"/>
        <source>Choose the folder the blog&apos;s folder goes into.</source>
        <translation>Elija la carpeta en la que irá la carpeta del blog.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="111"/>
        <source>There is no folder %1.</source>
        <translation>No existe la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="114"/>
        <source>The blog&apos;s folder needs a name.</source>
        <translation>La carpeta del blog necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="116"/>
        <source>A folder name cannot contain / or \, or be . or ..</source>
        <translation>Un nombre de carpeta no puede contener / ni \, ni ser . o ..</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="136"/>
        <source>Choose Where the Blog&apos;s Folder Goes</source>
        <translation>Elegir dónde irá la carpeta del blog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="147"/>
        <source>The blog goes into the existing folder %1</source>
        <translation>El blog irá en la carpeta existente %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/blogfolderchooser.cpp" line="148"/>
        <source>The blog goes into the new folder %1</source>
        <translation>El blog irá en la nueva carpeta %1</translation>
    </message>
</context>
<context>
    <name>Postwright::BlogImportController</name>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="57"/>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="73"/>
        <source>Import Posts</source>
        <translation>Importar entradas</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="58"/>
        <source>This blog has no WordPress or Ghost target to import from.</source>
        <translation>Este blog no tiene ningún destino WordPress o Ghost desde el que importar.</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="59"/>
        <source>The publish targets in blog.yaml could not be read.</source>
        <translation>No se pudieron leer los destinos de publicación de blog.yaml.</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="63"/>
        <source>Add one to blog.yaml under publish:, for example:

    - name: blog
      type: wordpress
      url: https://example.com
      user: me</source>
        <translation>Añada uno en blog.yaml, bajo publish:, por ejemplo:

    - name: blog
      type: wordpress
      url: https://example.com
      user: me</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="74"/>
        <source>Copy the posts of a hosted blog into this blog as Markdown. Posts that are already here are left alone.

Import from:</source>
        <translation>Copia las entradas de un blog alojado en este blog como Markdown. Las entradas que ya están aquí no se tocan.

Importar desde:</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="77"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="129"/>
        <source>Importing from %1 cancelled. Nothing was written.</source>
        <translation>Se canceló la importación desde %1. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="142"/>
        <source>Importing posts from %1…</source>
        <translation>Importando entradas desde %1…</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="166"/>
        <source>Could not log in to %1: %2</source>
        <translation>No se pudo iniciar sesión en %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="169"/>
        <source>Could not connect to %1: %2</source>
        <translation>No se pudo conectar con %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="177"/>
        <source>Could not read the posts of %1: %2. Nothing was written.</source>
        <translation>No se pudieron leer las entradas de %1: %2. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="186"/>
        <source>Imported %1 from %2.</source>
        <translation>Importación desde %2: %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="187"/>
        <source>Imported %1 (%L2 skipped) from %3.</source>
        <translation>Importación desde %3: %1 (%L2 omitidas).</translation>
    </message>
    <message>
        <location filename="../ui/publish/blogimportcontroller.cpp" line="192"/>
        <source>%L1 could not be written.</source>
        <translation>No se pudieron escribir: %L1.</translation>
    </message>
</context>
<context>
    <name>Postwright::BlogPublisher</name>
    <message>
        <location filename="../app/publish/blogpublisher.cpp" line="231"/>
        <source>“%1” (%2): %3</source>
        <translation>«%1» (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/publish/blogpublisher.cpp" line="247"/>
        <source>image %1: %2</source>
        <translation>imagen %1: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/blogpublisher.cpp" line="394"/>
        <source>%1 The blog may have made the post anyway; look at it before publishing again.</source>
        <translation>%1 Puede que el blog haya creado la entrada de todos modos; compruébelo antes de volver a publicar.</translation>
    </message>
</context>
<context>
    <name>Postwright::BlogPull</name>
    <message>
        <location filename="../app/publish/blogpull.cpp" line="111"/>
        <source>The front matter made for “%1” does not read back: %2</source>
        <translation>El front matter generado para «%1» no se puede volver a leer: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/blogpull.cpp" line="130"/>
        <source>Postwright cannot list the posts of %1.</source>
        <translation>Postwright no puede obtener la lista de entradas de %1.</translation>
    </message>
    <message>
        <location filename="../app/publish/blogpull.cpp" line="141"/>
        <source>%1 keeps announcing more pages of posts after %2 pages.</source>
        <translation>%1 sigue anunciando más páginas de entradas después de %2 páginas.</translation>
    </message>
    <message>
        <location filename="../app/publish/blogpull.cpp" line="193"/>
        <source>Skipped “%1”: %2 already exists.</source>
        <translation>Se omitió «%1»: %2 ya existe.</translation>
    </message>
    <message>
        <location filename="../app/publish/blogpull.cpp" line="271"/>
        <source>pandoc is not installed, so the posts keep their HTML, which the blog shows only with “markdown: raw_html: true” in blog.yaml. Install pandoc and pull again, replacing the posts, to get Markdown.</source>
        <translation>pandoc no está instalado, así que las entradas conservan su HTML, que el blog solo muestra con «markdown: raw_html: true» en blog.yaml. Instale pandoc y vuelva a descargarlas, reemplazando las entradas, para obtener Markdown.</translation>
    </message>
</context>
<context>
    <name>Postwright::BlogSettings</name>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="151"/>
        <source>blog.yaml should be a list of “key: value” lines.</source>
        <translation>blog.yaml debe ser una lista de líneas «clave: valor».</translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="161"/>
        <source>“%1” should be text.</source>
        <translation>«%1» debe ser texto.</translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="185"/>
        <source>“%1” should be true or false.</source>
        <translation>«%1» debe ser true o false.</translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="195"/>
        <source>“markdown” should hold settings such as “math: true”, one per indented line.</source>
        <translation>«markdown» debe contener ajustes como «math: true», uno por línea con sangría.</translation>
    </message>
    <message>
        <location filename="../app/blog/blogsettings.cpp" line="259"/>
        <source>The file cannot be read.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
</context>
<context>
    <name>Postwright::BuildController</name>
    <message>
        <location filename="../ui/mainwindow/buildcontroller.cpp" line="51"/>
        <source>Postwright’s theme</source>
        <translation>Tema de Postwright</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildcontroller.cpp" line="64"/>
        <source>Building with Postwright’s theme: %1</source>
        <translation>Generando con el tema de Postwright: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::BuildPanel</name>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="29"/>
        <source>1 file</source>
        <translation>1 archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="29"/>
        <source>%L1 files</source>
        <translation>%L1 archivos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="35"/>
        <source>Build</source>
        <translation>Generación</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="42"/>
        <source>&amp;Build Panel</source>
        <translation>&amp;Panel de generación</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="43"/>
        <source>The last build: the generator&apos;s output and the problems it found</source>
        <translation>La última generación: la salida del generador y los problemas que encontró</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="55"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="58"/>
        <source>Open Output Folder</source>
        <translation>Abrir la carpeta de salida</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="68"/>
        <source>The generator&apos;s output appears here while it builds.</source>
        <translation>La salida del generador aparece aquí mientras genera.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="72"/>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="72"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="77"/>
        <source>Double-click a problem, or press Enter, to open its file at the line</source>
        <translation>Haga doble clic en un problema, o pulse Intro, para abrir su archivo en esa línea</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="102"/>
        <source>Cancelling the build…</source>
        <translation>Cancelando la generación…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="126"/>
        <source>Postwright’s built-in builder</source>
        <translation>El generador integrado de Postwright</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="136"/>
        <source>Building with %1… %2</source>
        <translation>Generando con %1… %2</translation>
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
        <translation>Generación cancelada después de %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="176"/>
        <source>The build with %1 failed after %2: 1 problem.</source>
        <translation>La generación con %1 falló después de %2: 1 problema.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="178"/>
        <source>The build with %1 failed after %2: %L3 problems.</source>
        <translation>La generación con %1 falló después de %2: %L3 problemas.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="182"/>
        <source>Built with %1 in %2: %3 written, %L4 unchanged, %L5 removed.</source>
        <translation>Generado con %1 en %2: %3 escritos, %L4 sin cambios, %L5 eliminados.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="187"/>
        <source>1 post was left out.</source>
        <translation>Se omitió 1 entrada.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/buildpanel.cpp" line="188"/>
        <source>%L1 posts were left out.</source>
        <translation>Se omitieron %L1 entradas.</translation>
    </message>
</context>
<context>
    <name>Postwright::BuildSettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="38"/>
        <source>Build Settings</source>
        <translation>Ajustes de generación</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="51"/>
        <source>This blog is built by Postwright’s theme, into %1. It has no build command to set.</source>
        <translation>Este blog se genera con el tema de Postwright, en %1. No tiene ningún comando de generación que configurar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="62"/>
        <source>How Postwright builds this %1 site, for Build and for Publish. Saved in %2 at the site’s root; %3 does not read that file.</source>
        <translation>Cómo genera Postwright este sitio %1, para Generar y para Publicar. Se guarda en %2, en la raíz del sitio; %3 no lee ese archivo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="66"/>
        <source>%1 has a problem, so saving would not be safe until it is fixed:
%2</source>
        <translation>%1 tiene un problema, así que guardar no sería seguro hasta que se corrija:
%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="71"/>
        <source>Build with %1 when it is installed</source>
        <translation>Generar con %1 cuando esté instalado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="75"/>
        <source>Off: Postwright’s own theme builds the site, as when %1 is missing</source>
        <translation>Desactivado: el tema propio de Postwright genera el sitio, como cuando falta %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="83"/>
        <source>Empty: “%1”. Runs in the site’s folder without a shell; Postwright adds --destination with the output folder below.</source>
        <translation>Vacío: «%1». Se ejecuta en la carpeta del sitio sin shell; Postwright añade --destination con la carpeta de salida de abajo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="91"/>
        <source>Where %1’s configuration sends the site (publishDir, destination); publishing sends this folder</source>
        <translation>Dónde envía el sitio la configuración de %1 (publishDir, destination); al publicar se envía esta carpeta</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="97"/>
        <source>Command:</source>
        <translation>Comando:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="100"/>
        <source>Output folder:</source>
        <translation>Carpeta de salida:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="128"/>
        <source>Found %1 at %2.</source>
        <translation>%1 encontrado en %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="131"/>
        <source>%1 is not installed, so Postwright’s theme builds the site. %2</source>
        <translation>%1 no está instalado, así que el tema de Postwright genera el sitio. %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="136"/>
        <source>%1 is not on PATH (or not executable): the build will fail until it is installed. %2</source>
        <translation>%1 no está en el PATH (o no es ejecutable): la generación fallará hasta que se instale. %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/buildsettingsdialog.cpp" line="149"/>
        <source>The settings were not saved: %1</source>
        <translation>No se guardaron los ajustes: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::CliCommands</name>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="134"/>
        <source>Print a post&apos;s body as HTML (the front matter is not rendered).</source>
        <translation>Muestra el cuerpo de una entrada como HTML (el front matter no se procesa).</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="143"/>
        <source>Build the blog&apos;s static site (default output: BLOG/public), rewriting only what changed; with --watch, build again whenever a file changes.</source>
        <translation>Genera el sitio estático del blog (salida predeterminada: BLOG/public), reescribiendo solo lo que ha cambiado; con --watch, vuelve a generarlo cada vez que cambia un archivo.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="211"/>
        <source>Show the commands, or how to use one of them.</source>
        <translation>Muestra los comandos, o cómo usar uno de ellos.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="362"/>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="367"/>
        <location filename="../app/cli/clicommands.cpp" line="396"/>
        <source>Example: %1</source>
        <translation>Ejemplo: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="156"/>
        <source>Build the blog, then upload what changed to a publish target of blog.yaml (default: its default target); with --dry-run, only show what would change. To a hosted blog (WordPress, MetaWeblog, Ghost, Micropub) it sends the new and changed posts; a post edited on the blog is left alone unless --keep-mine or --keep-web says which version wins. The secret comes from POSTWRIGHT_SECRET_&lt;TARGET&gt;, POSTWRIGHT_SECRET or the system keychain.</source>
        <translation>Genera el blog y después sube lo que ha cambiado a un destino de publicación de blog.yaml (predeterminado: su destino predeterminado); con --dry-run, solo muestra lo que cambiaría. A un blog alojado (WordPress, MetaWeblog, Ghost, Micropub) le envía las entradas nuevas y modificadas; una entrada editada en el blog no se toca a menos que --keep-mine o --keep-web indique qué versión prevalece. El secreto se obtiene de POSTWRIGHT_SECRET_&lt;TARGET&gt;, de POSTWRIGHT_SECRET o del llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="136"/>
        <source>0 rendered; 1 the front matter has errors or the file is not UTF-8 (the body is printed all the same); 2 wrong usage, or the file does not exist.</source>
        <translation>0 generado; 1 el front matter tiene errores o el archivo no es UTF-8 (el cuerpo se imprime de todos modos); 2 uso incorrecto, o el archivo no existe.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="146"/>
        <source>0 built (posts with errors are left out and reported); 1 the site could not be built, or with --strict a post has errors; 2 wrong usage, or the folder is no blog.</source>
        <translation>0 generado (las entradas con errores se omiten y se informan); 1 no se pudo generar el sitio, o con --strict una entrada tiene errores; 2 uso incorrecto, o la carpeta no es un blog.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="163"/>
        <source>0 published (with --dry-run: planned); 1 the blog has errors (its settings, or the build failed), or a hosted blog refused a post or has newer edits of it; 2 wrong usage, no blog, no publish target or no such target; 3 the target could not be reached, refused the login or has an unknown host key, or no secret was found.</source>
        <translation>0 publicado (con --dry-run: planificado); 1 el blog tiene errores (sus ajustes, o la generación falló), o un blog alojado rechazó una entrada o tiene ediciones más recientes de ella; 2 uso incorrecto, ningún blog, ningún destino de publicación o no existe ese destino; 3 no se pudo contactar con el destino, rechazó el inicio de sesión o tiene una clave de host desconocida, o no se encontró ningún secreto.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="173"/>
        <source>Download the posts of a WordPress or Ghost target into the blog as Markdown posts (drafts included), so that a later publish updates them. Posts already here are skipped unless --overwrite. The secret comes from POSTWRIGHT_SECRET_&lt;TARGET&gt;, POSTWRIGHT_SECRET or the system keychain.</source>
        <translation>Descarga las entradas de un destino WordPress o Ghost en el blog como entradas Markdown (borradores incluidos), para que una publicación posterior las actualice. Las entradas que ya están aquí se omiten salvo con --overwrite. El secreto se obtiene de POSTWRIGHT_SECRET_&lt;TARGET&gt;, de POSTWRIGHT_SECRET o del llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="178"/>
        <source>0 pulled; 1 some posts could not be written, or the blog&apos;s settings have errors; 2 wrong usage, no blog, or no target to pull from; 3 the blog could not be reached or read, refused the login, or no secret was found.</source>
        <translation>0 descargado; 1 algunas entradas no se pudieron escribir, o los ajustes del blog tienen errores; 2 uso incorrecto, ningún blog, o ningún destino del que descargar; 3 no se pudo contactar con el blog ni leerlo, rechazó el inicio de sesión, o no se encontró ningún secreto.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="186"/>
        <source>Import a WordPress export (Tools → Export) into the blog (default: this folder) as Markdown posts and pages; a new or empty folder becomes a new blog. Images are copied from an uploads/ folder beside the export. Posts already here are skipped.</source>
        <translation>Importa una exportación de WordPress (Herramientas → Exportar) en el blog (predeterminado: esta carpeta) como entradas y páginas Markdown; una carpeta nueva o vacía se convierte en un blog nuevo. Las imágenes se copian de una carpeta uploads/ junto a la exportación. Las entradas que ya están aquí se omiten.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="190"/>
        <source>0 imported; 1 some posts could not be written, or the blog&apos;s settings have errors; 2 wrong usage, or the export does not exist or cannot be read.</source>
        <translation>0 importado; 1 algunas entradas no se pudieron escribir, o los ajustes del blog tienen errores; 2 uso incorrecto, o la exportación no existe o no se puede leer.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="197"/>
        <source>Read every post and page of a blog (default: this folder) without building it, and list their errors: front matter, and links and images that lead nowhere (other posts and pages, .md files, site paths such as /2026/my-post/, files in static/ or beside the post). Web links are not fetched. For a Hugo or Jekyll site, site paths and pages only its generator makes are not checked.</source>
        <translation>Leer cada entrada y cada página de un blog (por defecto: esta carpeta) sin generarlo, y listar sus errores: front matter, y enlaces e imágenes que no llevan a ninguna parte (otras entradas y páginas, archivos .md, rutas del sitio como /2026/mi-entrada/, archivos en static/ o junto a la entrada). Los enlaces web no se consultan. En un sitio Hugo o Jekyll no se comprueban las rutas del sitio ni las páginas que solo genera su generador.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="203"/>
        <source>0 no errors; 1 a post or page has front matter errors or a broken link or image, or the blog&apos;s settings have errors; 2 wrong usage, or the folder is no blog.</source>
        <translation>0 sin errores; 1 una entrada o página tiene errores de front matter o un enlace o imagen rotos, o los ajustes del blog tienen errores; 2 uso incorrecto, o la carpeta no es un blog.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="212"/>
        <source>0 shown; 2 there is no such command.</source>
        <translation>0 mostrado; 2 no existe ese comando.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="252"/>
        <source>Print no progress and no summary; errors still go to standard error, and the exit code is the same.</source>
        <translation>No mostrar ni progreso ni resumen; los errores siguen yendo a la salida de error estándar y el código de salida es el mismo.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="256"/>
        <source>Print one JSON document on standard output instead of the text (see below); progress goes to standard error.</source>
        <translation>Escribir un documento JSON en la salida estándar en lugar del texto (ver abajo); el progreso va a la salida de error estándar.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="279"/>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="370"/>
        <source>Run &quot;%1 help COMMAND&quot; for a command&apos;s options, exit codes and JSON output.</source>
        <translation>Ejecute &quot;%1 help COMANDO&quot; para ver las opciones, los códigos de salida y la salida JSON de un comando.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="374"/>
        <source>Exit codes: 0 success, 1 errors in the blog&apos;s files, 2 wrong usage or a missing file, 3 publishing or pulling failed (network, login, host key, missing secret).</source>
        <translation>Códigos de salida: 0 éxito, 1 errores en los archivos del blog, 2 uso incorrecto o falta un archivo, 3 falló la publicación o la descarga (red, inicio de sesión, clave de host, falta el secreto).</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="383"/>
        <source>Usage: %1 %2</source>
        <translation>Uso: %1 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="384"/>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="386"/>
        <source>Exit codes: %1</source>
        <translation>Códigos de salida: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="389"/>
        <source>With --json, standard output holds one JSON document (indented, keys in alphabetical order), also on failure:</source>
        <translation>Con --json, la salida estándar contiene un documento JSON (con sangría, claves en orden alfabético), también en caso de fallo:</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="408"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="410"/>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>¿Quiso decir &quot;%1&quot;?</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="420"/>
        <source>The %1 command has no --json output.</source>
        <translation>El comando %1 no tiene salida --json.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="445"/>
        <source>Run &quot;%1 help&quot; to see the commands.</source>
        <translation>Ejecute «%1 help» para ver los comandos.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="457"/>
        <source>There is no command &quot;%1&quot;.</source>
        <translation>No existe el comando «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="465"/>
        <source>The render command takes one FILE.</source>
        <translation>El comando render admite un único FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="18"/>
        <source>The check command takes at most one BLOG folder.</source>
        <translation>El comando check admite como máximo una carpeta BLOG.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="56"/>
        <source>Posts: %1, pages: %2, with errors: %3; links: %4, broken: %5.</source>
        <translation>Entradas: %1, páginas: %2, con errores: %3; enlaces: %4, rotos: %5.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="43"/>
        <source>Write the site to DIR.</source>
        <translation>Escribe el sitio en DIR.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="44"/>
        <source>Include drafts.</source>
        <translation>Incluye los borradores.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="45"/>
        <source>Include posts dated in the future.</source>
        <translation>Incluye las entradas con fecha futura.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="46"/>
        <source>Forget the build cache and render everything.</source>
        <translation>Olvida la caché de generación y lo procesa todo.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="47"/>
        <source>Fail (exit code 1) when any post has an error.</source>
        <translation>Falla (código de salida 1) cuando alguna entrada tiene un error.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="48"/>
        <source>Keep running and build again whenever a file of the blog changes.</source>
        <translation>Sigue en ejecución y vuelve a generar cada vez que cambia un archivo del blog.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="59"/>
        <source>The build command takes at most one BLOG folder.</source>
        <translation>El comando build admite como máximo una carpeta BLOG.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="67"/>
        <source>--json and --watch cannot be combined: --watch never ends.</source>
        <translation>--json y --watch no se pueden combinar: --watch nunca termina.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="91"/>
        <source>note: building the %1 site with Postwright&apos;s own builder: %2</source>
        <translation>nota: el sitio %1 se genera con el generador propio de Postwright: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="111"/>
        <location filename="../app/cli/buildcommand.cpp" line="150"/>
        <location filename="../app/cli/buildcommand.cpp" line="253"/>
        <location filename="../app/cli/buildcommand.cpp" line="286"/>
        <location filename="../app/cli/pullcommand.cpp" line="57"/>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="152"/>
        <source>Nothing was built.</source>
        <translation>No se generó nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="157"/>
        <source>Built %1 posts into %2: %3 files written, %4 unchanged, %5 removed, %6 errors (%7 ms).</source>
        <translation>Se generaron %1 entradas en %2: %3 archivos escritos, %4 sin cambios, %5 eliminados, %6 errores (%7 ms).</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="210"/>
        <source>%1 could not build the site.</source>
        <translation>%1 no pudo generar el sitio.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="212"/>
        <source>Built with %1 into %2: %3 files written, %4 unchanged, %5 removed, %6 errors (%7 ms).</source>
        <translation>Generado con %1 en %2: %3 archivos escritos, %4 sin cambios, %5 eliminados, %6 errores (%7 ms).</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="233"/>
        <source>warning: the system would not watch every file of the blog (see fs.inotify.max_user_watches); some changes may need another save to be seen.</source>
        <translation>aviso: el sistema no vigilará todos los archivos del blog (consulte fs.inotify.max_user_watches); puede que algunos cambios necesiten guardarse otra vez para detectarse.</translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="256"/>
        <source>Changed: %1</source>
        <translation>Cambiado: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/buildcommand.cpp" line="257"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/buildcommand.cpp" line="275"/>
        <source>Watching %1 for changes (%n files and folders); press Ctrl+C to stop.</source>
        <translation>
            <numerusform>Vigilando los cambios en %1 (%n archivo o carpeta); pulse Ctrl+C para detener.</numerusform>
            <numerusform>Vigilando los cambios en %1 (%n archivos y carpetas); pulse Ctrl+C para detener.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/buildcommand.cpp" line="287"/>
        <source>Stopped watching.</source>
        <translation>Se dejó de vigilar.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="60"/>
        <source>Show what would change; change nothing.</source>
        <translation>Muestra lo que cambiaría; no cambia nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="61"/>
        <source>Also remove files that are no longer part of the site.</source>
        <translation>Elimina también los archivos que ya no forman parte del sitio.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="63"/>
        <source>Trust an SFTP server this computer has not seen before, and remember its key.</source>
        <translation>Confía en un servidor SFTP que este equipo no ha visto antes y recuerda su clave.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="85"/>
        <source>The publish command takes at most one BLOG folder.</source>
        <translation>El comando publish admite como máximo una carpeta BLOG.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="108"/>
        <source>%1 has no publish targets. Add a “publish:” section with “targets:” to it.</source>
        <translation>%1 no tiene destinos de publicación. Añádale una sección «publish:» con «targets:».</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="296"/>
        <source>The %1 for %2 could not be read from the keychain: %3</source>
        <translation>No se pudo leer del llavero la credencial de %2 (%1): %3</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="298"/>
        <source>If no keychain is available here, set %1 (or POSTWRIGHT_SECRET) instead.</source>
        <translation>Si aquí no hay ningún llavero disponible, defina %1 (o POSTWRIGHT_SECRET) en su lugar.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="155"/>
        <source>Trusting the key of %1 (%2) from now on.</source>
        <translation>A partir de ahora se confía en la clave de %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="58"/>
        <source>Publish to the target called NAME in blog.yaml (postwright.yaml for a Hugo or Jekyll site).</source>
        <translation>Publicar en el destino llamado NAME en blog.yaml (postwright.yaml en un sitio Hugo o Jekyll).</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="65"/>
        <source>Blog APIs: publish posts that were edited on the blog too, replacing the web versions.</source>
        <translation>API de blogs: publica también las entradas que se editaron en el blog, reemplazando las versiones web.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="67"/>
        <source>Blog APIs: for posts edited on the blog, take the web versions into the local files instead.</source>
        <translation>API de blogs: para las entradas editadas en el blog, pasa las versiones web a los archivos locales.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="87"/>
        <source>--keep-mine and --keep-web contradict each other; choose one.</source>
        <translation>--keep-mine y --keep-web se contradicen; elija uno.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="116"/>
        <source>%1 has no publish target “%2”; its targets are: %3.</source>
        <translation>%1 no tiene el destino de publicación «%2»; sus destinos son: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="122"/>
        <source>%1 names no default publish target; choose one with --target NAME: %2.</source>
        <translation>%1 no indica ningún destino de publicación predeterminado; elija uno con --target NAME: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="183"/>
        <location filename="../app/cli/publishcommand.cpp" line="383"/>
        <source>Publishing to %1 failed: %2</source>
        <translation>Falló la publicación en %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="185"/>
        <source>The server&apos;s key (%1) is not known yet. If it is the right one, run again with --trust-host-key to remember it.</source>
        <translation>La clave del servidor (%1) todavía no es conocida. Si es la correcta, vuelva a ejecutar con --trust-host-key para recordarla.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="205"/>
        <source>Plan for %1 (%2): %3 new (%4), %5 changed (%6), %7 deleted (%8), %9 unchanged.</source>
        <translation>Plan para %1 (%2): %3 nuevos (%4), %5 modificados (%6), %7 eliminados (%8), %9 sin cambios.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="218"/>
        <source>The archive is written whole: every file of the site goes in, and files no longer in the site are left out.</source>
        <translation>El archivo comprimido se escribe entero: entran todos los archivos del sitio y se dejan fuera los que ya no están en el sitio.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="222"/>
        <source>Deletions skipped: pass --delete to remove %1 files.</source>
        <translation>Se omitieron las eliminaciones: use --delete para eliminar %1 archivos.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="226"/>
        <source>Dry run: nothing was uploaded or deleted.</source>
        <translation>Simulación: no se subió ni se eliminó nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="250"/>
        <location filename="../app/cli/publishcommand.cpp" line="319"/>
        <location filename="../app/cli/publishcommand.cpp" line="380"/>
        <source>not published: %1</source>
        <translation>no publicado: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="252"/>
        <source>Run the command again to finish; only what is left will be sent.</source>
        <translation>Vuelva a ejecutar el comando para terminar; solo se enviará lo que falte.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="256"/>
        <source>Published to %1: %2 files (%3) written to %4.</source>
        <translation>Publicado en %1: %2 archivos (%3) escritos en %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="264"/>
        <source>Published to %1: %2 files uploaded (%3), %4 deleted, %5 retries.</source>
        <translation>Publicado en %1: %2 archivos subidos (%3), %4 eliminados, %5 reintentos.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="311"/>
        <source>Plan for %1 (%2): %3 new posts, %4 changed, %5 unchanged.</source>
        <translation>Plan para %1 (%2): %3 entradas nuevas, %4 modificadas, %5 sin cambios.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="335"/>
        <source>changed on the blog since the last publish: %1 (%2)</source>
        <translation>modificada en el blog desde la última publicación: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="343"/>
        <source>Nothing to publish: the blog has every post as it is here.</source>
        <translation>Nada que publicar: el blog tiene todas las entradas tal como están aquí.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="374"/>
        <source>left alone: %1 was edited on the blog since it was published.</source>
        <translation>sin tocar: %1 se editó en el blog después de publicarse.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="385"/>
        <source>Run the command again to finish; posts already published are not sent twice.</source>
        <translation>Vuelva a ejecutar el comando para terminar; las entradas ya publicadas no se envían dos veces.</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="388"/>
        <source>Published to %1: %2 posts sent (%3 with images).</source>
        <translation>Publicado en %1: %2 entradas enviadas (%3 con imágenes).</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="395"/>
        <source>%1 posts were edited on the blog and were not overwritten. Run again with --keep-mine to publish yours over them, or --keep-web to take the web versions into your files.</source>
        <translation>%1 entradas se editaron en el blog y no se sobrescribieron. Vuelva a ejecutar con --keep-mine para publicar las suyas encima, o con --keep-web para pasar las versiones web a sus archivos.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="40"/>
        <source>Pull from the target called NAME in blog.yaml.</source>
        <translation>Descarga del destino llamado NAME de blog.yaml.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="13"/>
        <location filename="../app/cli/pullcommand.cpp" line="41"/>
        <source>Show which files would be written; write none.</source>
        <translation>Muestra qué archivos se escribirían; no escribe ninguno.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="42"/>
        <source>Replace local posts that are already there with the blog&apos;s version.</source>
        <translation>Reemplaza las entradas locales que ya existen con la versión del blog.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="70"/>
        <source>The pull command takes at most one BLOG folder.</source>
        <translation>El comando pull admite como máximo una carpeta BLOG.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="87"/>
        <source>blog.yaml has no publish target “%1”.</source>
        <translation>blog.yaml no tiene el destino de publicación «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="100"/>
        <source>blog.yaml has several blogs to pull from; choose one with --target NAME: %1.</source>
        <translation>blog.yaml tiene varios blogs de los que descargar; elija uno con --target NAME: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="106"/>
        <source>%1 has no WordPress or Ghost publish target to pull from. Add one to its “publish:” section.</source>
        <translation>%1 no tiene ningún destino de publicación WordPress o Ghost del que descargar. Añada uno a su sección «publish:».</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="113"/>
        <source>Posts can be pulled from WordPress and Ghost targets only; “%1” is a %2 target.</source>
        <translation>Solo se pueden descargar entradas de destinos WordPress y Ghost; «%1» es un destino %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="128"/>
        <source>Pulling from %1 failed: %2</source>
        <translation>Falló la descarga desde %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="27"/>
        <source>The import-wxr command takes one EXPORT.xml file and at most one BLOG folder.</source>
        <translation>El comando import-wxr admite un archivo EXPORT.xml y como máximo una carpeta BLOG.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="31"/>
        <source>%1: the file does not exist.</source>
        <translation>%1: el archivo no existe.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="39"/>
        <location filename="../app/cli/pullcommand.cpp" line="129"/>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="51"/>
        <source>would write %1</source>
        <translation>se escribiría %1</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="51"/>
        <source>wrote %1</source>
        <translation>se escribió %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="50"/>
        <source>Dry run: %1 posts and pages and %2 images would be written, %3 skipped; nothing was written.</source>
        <translation>Simulación: se escribirían %1 entradas y páginas y %2 imágenes, %3 omitidas; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="57"/>
        <source>Imported %1: %2 posts and pages and %3 images written, %4 skipped.</source>
        <translation>Importado %1: %2 entradas y páginas y %3 imágenes escritas, %4 omitidas.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="136"/>
        <source>Pass --overwrite to replace the skipped posts with the blog&apos;s version.</source>
        <translation>Use --overwrite para reemplazar las entradas omitidas con la versión del blog.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="139"/>
        <source>Dry run: %1 posts would be written, %2 skipped; nothing was written.</source>
        <translation>Simulación: se escribirían %1 entradas, %2 omitidas; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/pullcommand.cpp" line="144"/>
        <source>Pulled from %1: %2 posts written, %3 skipped.</source>
        <translation>Descargado de %1: %2 entradas escritas, %3 omitidas.</translation>
    </message>
</context>
<context>
    <name>Postwright::ConflictBar</name>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="36"/>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="37"/>
        <source>Close Post</source>
        <translation>Cerrar entrada</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="38"/>
        <source>Close the post without saving; your text is discarded</source>
        <translation>Cerrar la entrada sin guardar; su texto se descarta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="63"/>
        <source>“%1” was changed by another program, and you have unsaved changes. Nothing is saved until you choose.</source>
        <translation>Otro programa cambió «%1» y usted tiene cambios sin guardar. No se guarda nada hasta que elija.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="65"/>
        <source>Keep Mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="66"/>
        <source>Save your text over the other version</source>
        <translation>Guardar su texto encima de la otra versión</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="67"/>
        <source>Take Theirs</source>
        <translation>Usar la otra</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="68"/>
        <source>Load the other version; Undo brings your text back</source>
        <translation>Cargar la otra versión; Deshacer recupera su texto</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="74"/>
        <source>“%1” was deleted or moved by another program. Your text is still here.</source>
        <translation>Otro programa eliminó o movió «%1». Su texto sigue aquí.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="75"/>
        <source>Save Again</source>
        <translation>Guardar de nuevo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/conflictbar.cpp" line="76"/>
        <source>Write your text to the file again</source>
        <translation>Volver a escribir su texto en el archivo</translation>
    </message>
</context>
<context>
    <name>Postwright::ConflictDialog</name>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="59"/>
        <source>Changed on %1</source>
        <translation>Cambios en %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="72"/>
        <source>“%1” was changed on “%2” since you last published it.</source>
        <translation>«%1» se cambió en «%2» desde la última vez que la publicó.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="74"/>
        <source>%L1 posts were changed on “%2” since you last published them.</source>
        <translation>%L1 entradas se cambiaron en «%2» desde la última vez que las publicó.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="75"/>
        <source>Nothing has been replaced yet. Compare the two versions of each post and choose which one to keep.</source>
        <translation>Todavía no se ha reemplazado nada. Compare las dos versiones de cada entrada y elija cuál conservar.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="84"/>
        <source>Changed posts</source>
        <translation>Entradas modificadas</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="109"/>
        <location filename="../ui/publish/conflictdialog.cpp" line="249"/>
        <source>On your computer</source>
        <translation>En su equipo</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="110"/>
        <location filename="../ui/publish/conflictdialog.cpp" line="248"/>
        <source>On the blog</source>
        <translation>En el blog</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="111"/>
        <source>Show HTML &amp;source</source>
        <translation>Mostrar el código &amp;fuente HTML</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="113"/>
        <source>Compare the HTML itself instead of its text.</source>
        <translation>Comparar el propio HTML en lugar de su texto.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="116"/>
        <source>Keep which version?</source>
        <translation>¿Qué versión conservar?</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="117"/>
        <location filename="../ui/publish/conflictdialog.cpp" line="221"/>
        <source>&amp;Publish mine (replace the web version)</source>
        <translation>&amp;Publicar la mía (reemplazar la versión web)</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="119"/>
        <source>&amp;Keep the web version (replace my file)</source>
        <translation>&amp;Conservar la versión web (reemplazar mi archivo)</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="121"/>
        <source>The post file on this computer is rewritten from the blog&apos;s version, converted to Markdown. Its old text stays in the undo history of an open editor only.</source>
        <translation>El archivo de la entrada en este equipo se reescribe a partir de la versión del blog, convertida a Markdown. Su texto anterior solo queda en el historial para deshacer de un editor abierto.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="123"/>
        <source>&amp;Decide later (leave both)</source>
        <translation>&amp;Decidir más tarde (dejar ambas)</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="125"/>
        <source>Nothing is sent or replaced. The next publish asks again.</source>
        <translation>No se envía ni se reemplaza nada. La próxima publicación volverá a preguntar.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="136"/>
        <source>&amp;Apply to All %L1 Posts</source>
        <translation>&amp;Aplicar a las %L1 entradas</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="138"/>
        <source>Make this post&apos;s choice for every post listed.</source>
        <translation>Aplicar la elección de esta entrada a todas las entradas de la lista.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="152"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="218"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="220"/>
        <source>&amp;Publish it as a new post</source>
        <translation>&amp;Publicarla como entrada nueva</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="245"/>
        <source>On the blog (not found)</source>
        <translation>En el blog (no encontrada)</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="246"/>
        <source>On the blog (changed %1)</source>
        <translation>En el blog (cambiada el %1)</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="256"/>
        <source>A publish of this post was cut off before the blog answered, and the blog cannot be searched for it. Check the blog: publishing it again may make a second copy.</source>
        <translation>La publicación de esta entrada se interrumpió antes de que el blog respondiera, y no se puede buscar en el blog. Compruebe el blog: volver a publicarla podría crear una segunda copia.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="259"/>
        <source>The HTML is the same.</source>
        <translation>El HTML es idéntico.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="259"/>
        <source>The text is the same.</source>
        <translation>El texto es idéntico.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="261"/>
        <source>1 line differs.</source>
        <translation>Difiere 1 línea.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="261"/>
        <source>%L1 lines differ.</source>
        <translation>Difieren %L1 líneas.</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="265"/>
        <source>The title on the blog is “%1”.</source>
        <translation>El título en el blog es «%1».</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="308"/>
        <source>→ publish mine</source>
        <translation>→ publicar la mía</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="310"/>
        <source>← keep the web version</source>
        <translation>← conservar la versión web</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="312"/>
        <source>→ publish as a new post</source>
        <translation>→ publicar como entrada nueva</translation>
    </message>
    <message>
        <location filename="../ui/publish/conflictdialog.cpp" line="316"/>
        <source>decide later</source>
        <translation>decidir más tarde</translation>
    </message>
</context>
<context>
    <name>Postwright::CredentialStore</name>
    <message>
        <location filename="../app/publish/credentialstore.cpp" line="21"/>
        <source>No system keychain is running (the Secret Service, e.g. GNOME Keyring or KWallet). Start one, or enter the secret each time.</source>
        <translation>No hay ningún llavero del sistema en ejecución (el Secret Service, p. ej. GNOME Keyring o KWallet). Inicie uno o introduzca el secreto cada vez.</translation>
    </message>
    <message>
        <location filename="../app/publish/credentialstore.cpp" line="25"/>
        <location filename="../ui/publish/publishtext.cpp" line="264"/>
        <source>No secret is stored for %1.</source>
        <translation>No hay ningún secreto guardado para %1.</translation>
    </message>
    <message>
        <location filename="../app/publish/credentialstore.cpp" line="28"/>
        <source>Access to the secret for %1 was refused in the keychain prompt.</source>
        <translation>Se denegó el acceso al secreto de %1 en la petición del llavero.</translation>
    </message>
    <message>
        <location filename="../app/publish/credentialstore.cpp" line="32"/>
        <source>The keychain refused access to the secret for %1. It may be locked: unlock it and try again.</source>
        <translation>El llavero denegó el acceso al secreto de %1. Puede que esté bloqueado: desbloquéelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/publish/credentialstore.cpp" line="37"/>
        <source>Could not remove the secret for %1 from the keychain: %2</source>
        <translation>No se pudo quitar del llavero el secreto de %1: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/credentialstore.cpp" line="42"/>
        <source>The system keychain reported a problem with the secret for %1: %2</source>
        <translation>El llavero del sistema informó de un problema con el secreto de %1: %2</translation>
    </message>
</context>
<context>
    <name>Postwright::DeployEngine</name>
    <message>
        <location filename="../app/publish/deployengine.cpp" line="231"/>
        <source>Cannot record the deploy: %1</source>
        <translation>No se puede registrar el despliegue: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::DeployManifest</name>
    <message>
        <location filename="../app/publish/deploymanifest.cpp" line="102"/>
        <source>The deploy record is damaged (%1). Delete it to upload everything again.</source>
        <translation>El registro de despliegue está dañado (%1). Elimínelo para volver a subirlo todo.</translation>
    </message>
    <message>
        <location filename="../app/publish/deploymanifest.cpp" line="114"/>
        <source>The deploy record has format version %1, which this version of Postwright does not know. Update Postwright, or delete the record to upload everything again.</source>
        <translation>El registro de despliegue tiene la versión de formato %1, que esta versión de Postwright no conoce. Actualice Postwright o elimine el registro para volver a subirlo todo.</translation>
    </message>
    <message>
        <location filename="../app/publish/deploymanifest.cpp" line="127"/>
        <source>The deploy record has a broken entry. Delete it to upload everything again.</source>
        <translation>El registro de despliegue tiene una entrada dañada. Elimínelo para volver a subirlo todo.</translation>
    </message>
    <message>
        <location filename="../app/publish/deploymanifest.cpp" line="138"/>
        <source>The output folder does not exist. Build the site first.</source>
        <translation>La carpeta de salida no existe. Genere primero el sitio.</translation>
    </message>
    <message>
        <location filename="../app/publish/deploymanifest.cpp" line="152"/>
        <source>Cannot read the file: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::DiffView</name>
    <message>
        <location filename="../ui/dialogs/diffview.cpp" line="49"/>
        <source>The two versions are the same.</source>
        <translation>Las dos versiones son idénticas.</translation>
    </message>
</context>
<context>
    <name>Postwright::EditorPane</name>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="36"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="39"/>
        <source>R&amp;eplace…</source>
        <translation>R&amp;eemplazar…</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="40"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="53"/>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="55"/>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar a&amp;nterior</translation>
    </message>
    <message>
        <location filename="../ui/editor/editorpane.cpp" line="58"/>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Ir a la línea…</translation>
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
        <translation>No existe el parcial «%1»: el tema necesita templates/partials/%1.mustache.</translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="329"/>
        <source>Templates include each other in a loop: %1.</source>
        <translation>Las plantillas se incluyen unas a otras en un bucle: %1.</translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="335"/>
        <source>Partials are nested more than %1 levels deep here.</source>
        <translation>Aquí los parciales están anidados a más de %1 niveles de profundidad.</translation>
    </message>
    <message>
        <location filename="../app/site/templateengine.cpp" line="362"/>
        <source>The partials included here add up to more than 32 MB.</source>
        <translation>Los parciales incluidos aquí suman más de 32 MB.</translation>
    </message>
</context>
<context>
    <name>Postwright::ExternalBuild</name>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="89"/>
        <source>The site folder %1 does not exist.</source>
        <translation>La carpeta del sitio %1 no existe.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="91"/>
        <source>The build command is empty.</source>
        <translation>El comando de generación está vacío.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="99"/>
        <source>%1 is not installed; install the Debian package %1 (apt-get install %1), or set the site&apos;s build command to the generator you use.</source>
        <translation>%1 no está instalado; instale el paquete de Debian %1 (apt-get install %1) o configure como comando de generación del sitio el generador que use.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="102"/>
        <source>The build command &quot;%1&quot; cannot run: %2 is not installed or not on PATH.</source>
        <translation>El comando de generación «%1» no se puede ejecutar: %2 no está instalado o no está en el PATH.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="162"/>
        <source>A build of this site is already running.</source>
        <translation>Ya se está generando este sitio.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="246"/>
        <source>%1 could not be started: %2</source>
        <translation>No se pudo iniciar %1: %2</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="265"/>
        <source>The build was cancelled; run it again to finish.</source>
        <translation>Se canceló la generación; vuelva a ejecutarla para terminar.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="269"/>
        <source>%1 did not finish within %2 seconds and was stopped.</source>
        <translation>%1 no terminó en %2 segundos y se detuvo.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="274"/>
        <source>%1 crashed.</source>
        <translation>%1 se bloqueó.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuild.cpp" line="280"/>
        <source>%1 failed with exit code %2; see its output.</source>
        <translation>%1 falló con el código de salida %2; consulte su salida.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuildparsing.cpp" line="188"/>
        <source>%1 could not convert the file.</source>
        <translation>%1 no pudo convertir el archivo.</translation>
    </message>
</context>
<context>
    <name>Postwright::ExternalBuildSettings</name>
    <message>
        <location filename="../app/site/externalbuildsettings.cpp" line="189"/>
        <source>Install it with “sudo apt install %1”.</source>
        <translation>Instálelo con «sudo apt install %1».</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuildsettings.cpp" line="241"/>
        <source>%1 is not installed. %2</source>
        <translation>%1 no está instalado. %2</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuildsettings.cpp" line="238"/>
        <source>%1 sets “generator: false” under “build:”.</source>
        <translation>%1 establece «generator: false» bajo «build:».</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuildsettings.cpp" line="265"/>
        <source>“build:” is written on one line; write its settings on lines of their own below it, or change them by hand.</source>
        <translation>«build:» está escrito en una sola línea; escriba sus ajustes en líneas propias debajo o cámbielos a mano.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuildsettings.cpp" line="307"/>
        <source>The build settings could not be written into this file without changing its other settings; change them by hand.</source>
        <translation>Los ajustes de generación no se pudieron escribir en este archivo sin cambiar sus otros ajustes; cámbielos a mano.</translation>
    </message>
    <message>
        <location filename="../app/site/externalbuildsettings.cpp" line="323"/>
        <source># Postwright&apos;s settings for this site: how it is built and previewed, and where it is
# published. Hugo and Jekyll do not read this file.
</source>
        <translation># Los ajustes de Postwright para este sitio: cómo se genera y se previsualiza, y dónde se
# publica. Hugo y Jekyll no leen este archivo.
</translation>
    </message>
</context>
<context>
    <name>Postwright::FindBar</name>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="42"/>
        <source>Match case</source>
        <translation>Distinguir mayúsculas</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="43"/>
        <source>Regular expression</source>
        <translation>Expresión regular</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="44"/>
        <source>Whole words</source>
        <translation>Palabras completas</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="49"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="52"/>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="60"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="60"/>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Buscar la coincidencia anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="62"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="62"/>
        <source>Find the next match (Enter)</source>
        <translation>Buscar la coincidencia siguiente (Intro)</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="64"/>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="66"/>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="66"/>
        <source>Replace this match and find the next</source>
        <translation>Reemplazar esta coincidencia y buscar la siguiente</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="68"/>
        <source>Replace All</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="68"/>
        <source>Replace every match</source>
        <translation>Reemplazar todas las coincidencias</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="370"/>
        <source>Replaced 1</source>
        <translation>1 reemplazo</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="370"/>
        <source>Replaced %L1</source>
        <translation>%L1 reemplazos</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="385"/>
        <source>Invalid regular expression</source>
        <translation>Expresión regular no válida</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="389"/>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="392"/>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="394"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="396"/>
        <source>1 match</source>
        <translation>1 coincidencia</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="396"/>
        <source>%1 matches</source>
        <translation>%1 coincidencias</translation>
    </message>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="398"/>
        <source>%1, wrapped</source>
        <translation>%1, tras dar la vuelta</translation>
    </message>
</context>
<context>
    <name>Postwright::FolderTransport</name>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="44"/>
        <source>Cannot create the target folder %1.</source>
        <translation>No se puede crear la carpeta de destino %1.</translation>
    </message>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="54"/>
        <source>Cannot create the folder for %1.</source>
        <translation>No se puede crear la carpeta para %1.</translation>
    </message>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="58"/>
        <location filename="../app/publish/foldertransport.cpp" line="67"/>
        <location filename="../app/publish/foldertransport.cpp" line="108"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="84"/>
        <source>Cannot replace %1: %2</source>
        <translation>No se puede reemplazar %1: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/foldertransport.cpp" line="96"/>
        <source>Cannot delete %1: %2</source>
        <translation>No se puede eliminar %1: %2</translation>
    </message>
</context>
<context>
    <name>Postwright::FrontMatter</name>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="237"/>
        <source>The front matter that starts on line 1 is never closed: add a line with +++ after it.</source>
        <translation>El front matter que empieza en la línea 1 nunca se cierra: añada después una línea con +++.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="239"/>
        <source>The front matter that starts on line 1 is never closed: add a line with --- after it.</source>
        <translation>El front matter que empieza en la línea 1 nunca se cierra: añada después una línea con ---.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="259"/>
        <source>A tab is used for indentation; YAML needs spaces.</source>
        <translation>Se usa un tabulador para la sangría; YAML necesita espacios.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="279"/>
        <location filename="../app/blog/frontmatter.cpp" line="295"/>
        <source>Invalid YAML: %1.</source>
        <translation>YAML no válido: %1.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="285"/>
        <source>The front matter should be a list of “key: value” lines.</source>
        <translation>El front matter debe ser una lista de líneas «clave: valor».</translation>
    </message>
</context>
<context>
    <name>Postwright::FrontMatterPanel</name>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="52"/>
        <source>Front Matter</source>
        <translation>Front matter</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="77"/>
        <source>Show or hide the post&apos;s title, date, status, categories and tags</source>
        <translation>Mostrar u ocultar el título, la fecha, el estado, las categorías y las etiquetas de la entrada</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="91"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="98"/>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="109"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="110"/>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="111"/>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="112"/>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="325"/>
        <source>Scheduled: not a draft, dated in the future</source>
        <translation>Programada: no es un borrador y tiene fecha futura</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="116"/>
        <source>First one places the post, e.g. Design, Backend</source>
        <translation>La primera determina dónde va la entrada, p. ej. Diseño, Backend</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="119"/>
        <source>Comma separated</source>
        <translation>Separadas por comas</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="124"/>
        <source>One or two sentences for lists and feeds</source>
        <translation>Una o dos frases para listas y feeds</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="134"/>
        <source>Keys this form does not show; edit them in the text, they are kept as they are.</source>
        <translation>Claves que este formulario no muestra; edítelas en el texto, se conservan tal como están.</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="139"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="140"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="141"/>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="142"/>
        <source>&amp;Categories</source>
        <translation>&amp;Categorías</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="143"/>
        <source>Ta&amp;gs</source>
        <translation>Eti&amp;quetas</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="144"/>
        <source>Su&amp;mmary</source>
        <translation>Res&amp;umen</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="270"/>
        <source>Front matter line %1: %2</source>
        <translation>Línea %1 del front matter: %2</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="311"/>
        <source>Other keys: %1</source>
        <translation>Otras claves: %1</translation>
    </message>
    <message>
        <location filename="../ui/frontmatter/frontmatterpanel.cpp" line="323"/>
        <source>Move to _posts to publish: this draft is in _drafts/ (Post ▸ Publish Draft moves it).</source>
        <translation>Mover a _posts para publicar: este borrador está en _drafts/ (Entrada ▸ Publicar borrador lo mueve).</translation>
    </message>
</context>
<context>
    <name>Postwright::FtpTransport</name>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="81"/>
        <source>%1 “%2” on %3 failed: FTP cannot handle line breaks in file names.</source>
        <translation>Falló %1 «%2» en %3: FTP no admite saltos de línea en los nombres de archivo.</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="157"/>
        <location filename="../app/publish/ftptransport.cpp" line="249"/>
        <source>“%1” on %2</source>
        <comment>a file on a server, %2 in &quot;%1 %2 failed: %3&quot;</comment>
        <translation>«%1» en %2</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="159"/>
        <location filename="../app/publish/ftptransport.cpp" line="247"/>
        <source>%1 %2 failed: %3</source>
        <translation>Falló %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="163"/>
        <source>the server has no space left.</source>
        <translation>el servidor no tiene espacio libre.</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="167"/>
        <source>the server did not accept the password for “%1”.</source>
        <translation>el servidor no aceptó la contraseña de «%1».</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="173"/>
        <source>the server&apos;s TLS certificate is not trusted (it may be self-signed, expired or made for another host name). If you trust this server, give its certificate file to Postwright.</source>
        <translation>el certificado TLS del servidor no es de confianza (puede estar autofirmado, caducado o emitido para otro nombre de host). Si confía en este servidor, proporcione su archivo de certificado a Postwright.</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="176"/>
        <source>the server&apos;s TLS certificate is not trusted: it is neither signed by a known authority nor by %1, or it is expired or made for another host name.</source>
        <translation>el certificado TLS del servidor no es de confianza: no está firmado ni por una autoridad conocida ni por %1, o está caducado o emitido para otro nombre de host.</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="181"/>
        <source>the certificate file %1 cannot be read.</source>
        <translation>no se puede leer el archivo de certificado %1.</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="184"/>
        <source>the server does not offer TLS, so Postwright did not send the password. Use an ftp target if an unencrypted connection is acceptable.</source>
        <translation>el servidor no ofrece TLS, así que Postwright no envió la contraseña. Use un destino ftp si una conexión sin cifrar es aceptable.</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="189"/>
        <location filename="../app/publish/ftptransport.cpp" line="194"/>
        <source>the connection failed or was lost.</source>
        <translation>la conexión falló o se perdió.</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="197"/>
        <source>the server is busy or shutting down.</source>
        <translation>el servidor está ocupado o apagándose.</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="209"/>
        <source>Connecting to</source>
        <translation>la conexión con</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="214"/>
        <location filename="../app/publish/ftptransport.cpp" line="240"/>
        <location filename="../app/publish/ftptransport.cpp" line="248"/>
        <source>Uploading</source>
        <translation>la subida de</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="219"/>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="251"/>
        <source>the server could not write the file, most likely because it has no space left (or the account is over its quota).</source>
        <translation>el servidor no pudo escribir el archivo, probablemente porque no le queda espacio (o la cuenta ha superado su cuota).</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="272"/>
        <location filename="../app/publish/ftptransport.cpp" line="283"/>
        <source>Removing</source>
        <translation>la eliminación de</translation>
    </message>
    <message>
        <location filename="../app/publish/ftptransport.cpp" line="293"/>
        <location filename="../app/publish/ftptransport.cpp" line="300"/>
        <source>Reading</source>
        <translation>la lectura de</translation>
    </message>
</context>
<context>
    <name>Postwright::GhostApi</name>
    <message>
        <location filename="../app/publish/blogapis.cpp" line="180"/>
        <source>Ghost at %1</source>
        <translation>Ghost en %1</translation>
    </message>
</context>
<context>
    <name>Postwright::GhostClient</name>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="135"/>
        <source>The stored Ghost Admin API key has the wrong shape (it should be an ID, a colon and a hexadecimal secret). Copy the Admin API key of a custom integration from Ghost Admin (Settings, Integrations) and store it again.</source>
        <translation>La clave de la API de administración de Ghost guardada tiene un formato incorrecto (debería ser un ID, dos puntos y un secreto hexadecimal). Copie la clave de la API de administración de una integración personalizada desde Ghost Admin (Settings, Integrations) y vuelva a guardarla.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="158"/>
        <source>Ghost at %1 refused the Admin API key (HTTP %2: %3). Copy the Admin API key of a custom integration from Ghost Admin (Settings, Integrations) and store it for this target.</source>
        <translation>Ghost en %1 rechazó la clave de la API de administración (HTTP %2: %3). Copie la clave de la API de administración de una integración personalizada desde Ghost Admin (Settings, Integrations) y guárdela para este destino.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="165"/>
        <source>Cannot reach Ghost at %1 for %2: %3. Publish again later.</source>
        <translation>No se puede contactar con Ghost en %1 para %2: %3. Vuelva a publicar más tarde.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="169"/>
        <source>Ghost at %1 could not take %2 (HTTP %3: %4). Publish again later.</source>
        <translation>Ghost en %1 no pudo aceptar %2 (HTTP %3: %4). Vuelva a publicar más tarde.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="176"/>
        <source>%1 was changed in Ghost after Postwright last read it, so Ghost refused to overwrite it. Look at the changes in Ghost Admin, then publish again to replace them.</source>
        <translation>%1 se cambió en Ghost después de que Postwright la leyera por última vez, así que Ghost se negó a sobrescribirla. Revise los cambios en Ghost Admin y vuelva a publicar para reemplazarlos.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="180"/>
        <source>Ghost at %1 refused %2 (HTTP %3): %4</source>
        <translation>Ghost en %1 rechazó %2 (HTTP %3): %4</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="195"/>
        <source>Ghost&apos;s answer to %1 is not a post (%2). Check that the target&apos;s URL is the Ghost site&apos;s address.</source>
        <translation>La respuesta de Ghost a %1 no es una entrada (%2). Compruebe que la URL del destino es la dirección del sitio Ghost.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="198"/>
        <location filename="../app/publish/ghostclient.cpp" line="303"/>
        <location filename="../app/publish/ghostclient.cpp" line="346"/>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formado: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="199"/>
        <source>no post in it</source>
        <translation>no contiene ninguna entrada</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="212"/>
        <source>the new post “%1”</source>
        <translation>la entrada nueva «%1»</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="226"/>
        <source>the post “%1”</source>
        <translation>la entrada «%1»</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="230"/>
        <source>Cannot update %1 in Ghost without its ID and the time of its last change.</source>
        <translation>No se puede actualizar %1 en Ghost sin su ID y la hora de su último cambio.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="269"/>
        <source>the post with the ID “%1”</source>
        <translation>la entrada con el ID «%1»</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="275"/>
        <source>the post with the slug “%1”</source>
        <translation>la entrada con el slug «%1»</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="285"/>
        <source>the list of posts (page %1)</source>
        <translation>la lista de entradas (página %1)</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="300"/>
        <source>Ghost&apos;s answer to %1 is not a list of posts (%2). Check that the target&apos;s URL is the Ghost site&apos;s address.</source>
        <translation>La respuesta de Ghost a %1 no es una lista de entradas (%2). Compruebe que la URL del destino es la dirección del sitio Ghost.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="304"/>
        <source>no posts in it</source>
        <translation>no contiene entradas</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="309"/>
        <source>Ghost&apos;s answer to %1 holds a post without an ID.</source>
        <translation>La respuesta de Ghost a %1 contiene una entrada sin ID.</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="326"/>
        <source>the image “%1”</source>
        <translation>la imagen «%1»</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="344"/>
        <source>Ghost&apos;s answer to %1 names no URL for it (%2).</source>
        <translation>La respuesta de Ghost a %1 no indica ninguna URL para ella (%2).</translation>
    </message>
    <message>
        <location filename="../app/publish/ghostclient.cpp" line="347"/>
        <source>no image in it</source>
        <translation>no contiene ninguna imagen</translation>
    </message>
</context>
<context>
    <name>Postwright::GitRemote</name>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="157"/>
        <source>branch “%1” of %2</source>
        <translation>la rama «%1» de %2</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="192"/>
        <source>%1 %2 failed: “%3” is not an address git can use (%4).</source>
        <translation>Falló %1 %2: «%3» no es una dirección que git pueda usar (%4).</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="202"/>
        <source>Fetching</source>
        <translation>la descarga de</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="235"/>
        <source>Pushing to</source>
        <translation>el envío a</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="257"/>
        <source>%1 %2 failed: %3</source>
        <translation>Falló %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="260"/>
        <source>the branch changed on the server since Postwright read it (someone else published, or pushed to it). Nothing was published; publish again.</source>
        <translation>la rama cambió en el servidor después de que Postwright la leyera (otra persona publicó o envió cambios a ella). No se publicó nada; vuelva a publicar.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="264"/>
        <source>the server did not accept the key %1 for “%2” (or its passphrase is wrong).</source>
        <translation>el servidor no aceptó la clave %1 para «%2» (o su frase de contraseña es incorrecta).</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="266"/>
        <source>the server did not accept the token or password for “%1”. Check that it is right, has not expired, and may write to the repository.</source>
        <translation>el servidor no aceptó el token o la contraseña de «%1». Compruebe que es correcto, que no ha caducado y que puede escribir en el repositorio.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="272"/>
        <source>the host key of %1 has changed since it was trusted. The server may have been reinstalled, or someone may be intercepting the connection, so Postwright refused to connect. If the change is expected, remove the old key for %1 from %2.</source>
        <translation>la clave de host de %1 ha cambiado desde que se confió en ella. Puede que el servidor se haya reinstalado o que alguien esté interceptando la conexión, así que Postwright se negó a conectarse. Si el cambio es esperado, elimine la clave antigua de %1 de %2.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="277"/>
        <source>%1 is not a known host and its key was not accepted.</source>
        <translation>%1 no es un host conocido y su clave no se aceptó.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="280"/>
        <source>the server&apos;s host key could not be read.</source>
        <translation>no se pudo leer la clave de host del servidor.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="286"/>
        <source>the server asks for an SSH key, and the target names no key_file.</source>
        <translation>el servidor pide una clave SSH y el destino no indica ningún key_file.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="288"/>
        <source>the server asks for a login, and no token or password was given.</source>
        <translation>el servidor pide iniciar sesión y no se proporcionó ningún token ni contraseña.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="296"/>
        <source>the server refused to update the branch: %1</source>
        <translation>el servidor se negó a actualizar la rama: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="307"/>
        <source>the server&apos;s certificate could not be verified (%1).</source>
        <translation>no se pudo verificar el certificado del servidor (%1).</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="317"/>
        <location filename="../app/publish/gitremote.cpp" line="326"/>
        <source>the repository was not found (%1).</source>
        <translation>no se encontró el repositorio (%1).</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="320"/>
        <source>the server is busy or failing (%1).</source>
        <translation>el servidor está ocupado o fallando (%1).</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="330"/>
        <source>the connection failed or was lost (%1).</source>
        <translation>la conexión falló o se perdió (%1).</translation>
    </message>
    <message>
        <location filename="../app/publish/gitremote.cpp" line="331"/>
        <source>unknown error %1</source>
        <translation>error desconocido %1</translation>
    </message>
</context>
<context>
    <name>Postwright::GitStage</name>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="38"/>
        <source>“%1” is not a valid branch name.</source>
        <translation>«%1» no es un nombre de rama válido.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="43"/>
        <source>the path “%1” leaves the branch.</source>
        <translation>la ruta «%1» sale de la rama.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="46"/>
        <source>the path “%1” is not allowed in git.</source>
        <translation>la ruta «%1» no está permitida en git.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="65"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="74"/>
        <source>Publishing to %1 failed: the branch was not fetched first.</source>
        <translation>Falló la publicación en %1: no se descargó antes la rama.</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="100"/>
        <source>Cannot prepare the local copy of the branch in %1</source>
        <translation>No se puede preparar la copia local de la rama en %1</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="111"/>
        <source>Publishing to %1 failed: %2</source>
        <translation>Falló la publicación en %1: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="125"/>
        <source>The branch on %1 does not end in a commit</source>
        <translation>La rama en %1 no termina en un commit</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="146"/>
        <location filename="../app/publish/gitstage.cpp" line="176"/>
        <location filename="../app/publish/gitstage.cpp" line="179"/>
        <location filename="../app/publish/gitstage.cpp" line="186"/>
        <location filename="../app/publish/gitstage.cpp" line="195"/>
        <source>Cannot read “%1”</source>
        <translation>No se puede leer «%1»</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="279"/>
        <source>Publish: 1 file changed</source>
        <translation>Publicación: 1 archivo modificado</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="280"/>
        <source>Publish: %1 files changed</source>
        <translation>Publicación: %1 archivos modificados</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="283"/>
        <source>Publish: 1 file removed</source>
        <translation>Publicación: 1 archivo eliminado</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="284"/>
        <source>Publish: %1 files removed</source>
        <translation>Publicación: %1 archivos eliminados</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="286"/>
        <source>, %1 removed</source>
        <translation>, %1 eliminados</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="289"/>
        <source>Publish: no file changed</source>
        <translation>Publicación: ningún archivo modificado</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="298"/>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <location filename="../app/publish/gitstage.cpp" line="311"/>
        <source>Cannot make the commit for %1</source>
        <translation>No se puede crear el commit para %1</translation>
    </message>
</context>
<context>
    <name>Postwright::GoToLineDialog</name>
    <message>
        <location filename="../ui/editor/gotolinedialog.cpp" line="17"/>
        <source>Go to Line</source>
        <translation>Ir a la línea</translation>
    </message>
    <message>
        <location filename="../ui/editor/gotolinedialog.cpp" line="18"/>
        <source>&amp;Line (1–%1), optionally followed by :column:</source>
        <translation>&amp;Línea (1–%1), seguida opcionalmente de :columna:</translation>
    </message>
    <message>
        <location filename="../ui/editor/gotolinedialog.cpp" line="24"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
</context>
<context>
    <name>Postwright::HostKeyDialog</name>
    <message>
        <location filename="../ui/publish/hostkeydialog.cpp" line="15"/>
        <source>Unknown Server</source>
        <translation>Servidor desconocido</translation>
    </message>
    <message>
        <location filename="../ui/publish/hostkeydialog.cpp" line="18"/>
        <source>&lt;b&gt;Postwright has not connected to %1 before.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Postwright no se ha conectado antes a %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/publish/hostkeydialog.cpp" line="20"/>
        <source>Check that this is the fingerprint of the server&apos;s key before you trust it. Your hosting provider lists it, or run &lt;tt&gt;ssh-keygen -lf&lt;/tt&gt; on the server&apos;s host key. Postwright will remember the key and refuse to connect if it ever changes.</source>
        <translation>Compruebe que esta es la huella digital de la clave del servidor antes de confiar en ella. Su proveedor de alojamiento la publica, o ejecute &lt;tt&gt;ssh-keygen -lf&lt;/tt&gt; sobre la clave de host del servidor. Postwright recordará la clave y se negará a conectarse si alguna vez cambia.</translation>
    </message>
    <message>
        <location filename="../ui/publish/hostkeydialog.cpp" line="32"/>
        <source>Trust and Connect</source>
        <translation>Confiar y conectar</translation>
    </message>
</context>
<context>
    <name>Postwright::ImageInserter</name>
    <message>
        <location filename="../ui/editor/imageinserter.cpp" line="69"/>
        <source>Images go into a post&apos;s folder, and no post is open.</source>
        <translation>Las imágenes van en la carpeta de una entrada y no hay ninguna entrada abierta.</translation>
    </message>
    <message>
        <location filename="../ui/editor/imageinserter.cpp" line="74"/>
        <source>The post could not get a folder for its images.</source>
        <translation>La entrada no pudo obtener una carpeta para sus imágenes.</translation>
    </message>
    <message>
        <location filename="../ui/editor/imageinserter.cpp" line="96"/>
        <source>The image could not be added to the post.</source>
        <translation>No se pudo añadir la imagen a la entrada.</translation>
    </message>
    <message>
        <location filename="../ui/editor/imageinserter.cpp" line="148"/>
        <source>Could Not Add Image</source>
        <translation>No se pudo añadir la imagen</translation>
    </message>
</context>
<context>
    <name>Postwright::Importer</name>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="178"/>
        <source>This folder is neither a Postwright blog (it has no blog.yaml) nor empty. Import into a blog, or into a new or empty folder to make one.</source>
        <translation>Esta carpeta no es un blog de Postwright (no tiene blog.yaml) ni está vacía. Importe en un blog, o en una carpeta nueva o vacía para crear uno.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="230"/>
        <source>Skipped %1 item(s) of type “%2”: only posts, pages and their images are imported.</source>
        <translation>Elementos omitidos del tipo «%2»: %1; solo se importan entradas, páginas y sus imágenes.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="236"/>
        <source>pandoc is not installed, so the posts keep their HTML, which the blog shows only with “markdown: raw_html: true” in blog.yaml. Install pandoc and import again into a new folder to get Markdown.</source>
        <translation>pandoc no está instalado, así que las entradas conservan su HTML, que el blog solo muestra con «markdown: raw_html: true» en blog.yaml. Instale pandoc y vuelva a importar en una carpeta nueva para obtener Markdown.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="265"/>
        <source>“%1” links to %2, which is not in the export&apos;s folder (looked for uploads/%2 and wp-content/uploads/%2): the link stays on the old site.</source>
        <translation>«%1» enlaza a %2, que no está en la carpeta de la exportación (se buscó uploads/%2 y wp-content/uploads/%2): el enlace sigue apuntando al sitio antiguo.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="347"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="353"/>
        <source>Skipped “%1”: it is in WordPress&apos;s trash.</source>
        <translation>Se omitió «%1»: está en la papelera de WordPress.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="354"/>
        <source>Skipped “%1”: it is an automatic draft WordPress kept.</source>
        <translation>Se omitió «%1»: es un borrador automático que guardó WordPress.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="364"/>
        <source>Skipped “%1”: %2 already exists.</source>
        <translation>Se omitió «%1»: %2 ya existe.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="397"/>
        <source>“%1”: %2 already exists with other content and was left alone; the page links to the old site instead.</source>
        <translation>«%1»: %2 ya existe con otro contenido y no se tocó; la página enlaza en su lugar al sitio antiguo.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrimport.cpp" line="473"/>
        <source>The post&apos;s folder could not be created.</source>
        <translation>No se pudo crear la carpeta de la entrada.</translation>
    </message>
</context>
<context>
    <name>Postwright::LibraryVersions</name>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="78"/>
        <source>SFTP and FTP publishing</source>
        <translation>Publicación por SFTP y FTP</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="81"/>
        <location filename="../app/util/libraryversions.cpp" line="85"/>
        <source>SSH for SFTP publishing (through libcurl)</source>
        <translation>SSH para publicar por SFTP (mediante libcurl)</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="94"/>
        <location filename="../app/util/libraryversions.cpp" line="98"/>
        <source>Encrypted connections (through libcurl)</source>
        <translation>Conexiones cifradas (mediante libcurl)</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="111"/>
        <source>Math in the preview and the built site</source>
        <translation>Matemáticas en la vista previa y en el sitio generado</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="124"/>
        <source>Code highlighting in the preview and the built site</source>
        <translation>Resaltado de código en la vista previa y en el sitio generado</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="135"/>
        <source>Application framework</source>
        <translation>Marco de la aplicación</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="137"/>
        <source>Markdown to HTML, with GitHub&apos;s extensions</source>
        <translation>Markdown a HTML, con las extensiones de GitHub</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="140"/>
        <source>Front matter and blog settings in YAML</source>
        <translation>Front matter y ajustes del blog en YAML</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="144"/>
        <source>Hugo&apos;s TOML configuration and front matter</source>
        <translation>La configuración TOML y el front matter de Hugo</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="147"/>
        <source>The built-in theme&apos;s templates</source>
        <translation>Las plantillas del tema integrado</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="150"/>
        <source>Reading HTML: the sanitiser and imported posts</source>
        <translation>Lectura de HTML: el saneador y las entradas importadas</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="153"/>
        <source>Comparing two versions of a post</source>
        <translation>Comparación de dos versiones de una entrada</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="157"/>
        <source>Spell checking</source>
        <translation>Corrección ortográfica</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="159"/>
        <source>Publishing to git branches</source>
        <translation>Publicación en ramas de git</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="163"/>
        <source>Zip archives of the built site</source>
        <translation>Archivos zip del sitio generado</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="165"/>
        <source>Passwords in the system keychain</source>
        <translation>Contraseñas en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="175"/>
        <source>version unknown</source>
        <translation>versión desconocida</translation>
    </message>
    <message>
        <location filename="../app/util/libraryversions.cpp" line="177"/>
        <source>not installed</source>
        <translation>no instalada</translation>
    </message>
</context>
<context>
    <name>Postwright::LinkCheck</name>
    <message>
        <location filename="../app/site/linkcheck.cpp" line="266"/>
        <source>The image %1 is not a file of the site.</source>
        <translation>La imagen %1 no es un archivo del sitio.</translation>
    </message>
    <message>
        <location filename="../app/site/linkcheck.cpp" line="267"/>
        <source>The link %1 leads to no page or file of the site.</source>
        <translation>El enlace %1 no lleva a ninguna página ni archivo del sitio.</translation>
    </message>
    <message>
        <location filename="../app/site/linkcheck.cpp" line="291"/>
        <source>The image %1 does not exist (no file %2).</source>
        <translation>La imagen %1 no existe (no hay ningún archivo %2).</translation>
    </message>
    <message>
        <location filename="../app/site/linkcheck.cpp" line="293"/>
        <source>The link %1 leads to no post or page (no file %2).</source>
        <translation>El enlace %1 no lleva a ninguna entrada ni página (no hay ningún archivo %2).</translation>
    </message>
    <message>
        <location filename="../app/site/linkcheck.cpp" line="295"/>
        <source>The link %1 leads to no page or file (no file %2).</source>
        <translation>El enlace %1 no lleva a ninguna página ni archivo (no hay ningún archivo %2).</translation>
    </message>
</context>
<context>
    <name>Postwright::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="40"/>
        <source>&amp;New Blog…</source>
        <translation>&amp;Nuevo blog…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="40"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="41"/>
        <source>Create a blog, open a Hugo or Jekyll site, or import a WordPress export</source>
        <translation>Crear un blog, abrir un sitio Hugo o Jekyll, o importar una exportación de WordPress</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="43"/>
        <source>&amp;Open Blog…</source>
        <translation>&amp;Abrir blog…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="45"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="47"/>
        <source>&amp;Close Post</source>
        <translation>&amp;Cerrar entrada</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="49"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="53"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="54"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="55"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="56"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="57"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="58"/>
        <source>Select &amp;All</source>
        <translation>Seleccion&amp;ar todo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="59"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="61"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="63"/>
        <source>Editor font, autosave, spelling, preview, publish target, theme and language</source>
        <translation>Fuente del editor, guardado automático, ortografía, vista previa, destino de publicación, tema e idioma</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="66"/>
        <source>&amp;Post List</source>
        <translation>&amp;Lista de entradas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="66"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="69"/>
        <source>&amp;Outline</source>
        <translation>&amp;Esquema</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="69"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="72"/>
        <source>Show the post&apos;s headings; click one to go there</source>
        <translation>Mostrar los encabezados de la entrada; pulse uno para ir a él</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="73"/>
        <source>P&amp;review</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="73"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="77"/>
        <source>&amp;Synchronize Scrolling</source>
        <translation>&amp;Sincronizar desplazamiento</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="80"/>
        <source>Keep the preview at the part of the post you are editing, and the other way round</source>
        <translation>Mantener la vista previa en la parte de la entrada que está editando, y viceversa</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="82"/>
        <source>Show &amp;Web Images in Preview</source>
        <translation>Mostrar imágenes &amp;web en la vista previa</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="85"/>
        <source>Load images that posts link from the web; off, the preview shows their addresses and contacts no server</source>
        <translation>Cargar las imágenes que las entradas enlazan desde la web; si está desactivado, la vista previa muestra sus direcciones y no contacta con ningún servidor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="89"/>
        <source>Preview in the Site&apos;s &amp;Style</source>
        <translation>Vista previa con el est&amp;ilo del sitio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="93"/>
        <source>&amp;Next Open Post</source>
        <translation>Entrada abierta si&amp;guiente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="95"/>
        <source>P&amp;revious Open Post</source>
        <translation>Entrada abierta a&amp;nterior</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="98"/>
        <source>&amp;Focus Mode</source>
        <translation>Modo &amp;concentración</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="100"/>
        <source>Only the text, full screen; Esc or F11 to come back</source>
        <translation>Solo el texto, a pantalla completa; Esc o F11 para volver</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="105"/>
        <source>Follow the &amp;System</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="105"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="105"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="115"/>
        <source>&amp;Build Site</source>
        <translation>&amp;Generar sitio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="115"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="116"/>
        <source>Build the blog&apos;s static site into its public/ folder, rewriting only what changed</source>
        <translation>Generar el sitio estático del blog en su carpeta public/, reescribiendo solo lo que ha cambiado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="118"/>
        <source>Build &amp;Settings…</source>
        <translation>A&amp;justes de generación…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="120"/>
        <source>Whether a Hugo or Jekyll site is built by its own generator, and with which command</source>
        <translation>Si un sitio Hugo o Jekyll se genera con su propio generador, y con qué comando</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="122"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="122"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="123"/>
        <source>Build the site and send what changed to the blog&apos;s default publish target</source>
        <translation>Generar el sitio y enviar lo que ha cambiado al destino de publicación predeterminado del blog</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="124"/>
        <source>Publish the blog to its default target (%1)</source>
        <translation>Publicar el blog en su destino predeterminado (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="128"/>
        <source>Publish Tar&amp;gets…</source>
        <translation>&amp;Destinos de publicación…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="129"/>
        <source>The places this blog publishes to, their passwords and a connection test</source>
        <translation>Los lugares donde publica este blog, sus contraseñas y una prueba de conexión</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="131"/>
        <source>&amp;Import Posts from Blog…</source>
        <translation>&amp;Importar entradas de un blog…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="132"/>
        <source>Copy the posts of a WordPress or Ghost blog into this blog as Markdown</source>
        <translation>Copiar las entradas de un blog WordPress o Ghost en este blog como Markdown</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="145"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="154"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="171"/>
        <source>F&amp;ormat</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="174"/>
        <source>&amp;Post</source>
        <translation>E&amp;ntrada</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="181"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="197"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="202"/>
        <source>&amp;Site</source>
        <translation>&amp;Sitio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="213"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="248"/>
        <source>Building %p%</source>
        <translation>Generando %p%</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="175"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="339"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="377"/>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="45"/>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="98"/>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="121"/>
        <source>Could Not Save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="165"/>
        <source>Reloaded: another program changed the file.</source>
        <translation>Recargado: otro programa cambió el archivo.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="168"/>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="111"/>
        <source>Autosave failed: %1 — your text is kept in the recovery journal.</source>
        <translation>Falló el guardado automático: %1 — su texto se conserva en el diario de recuperación.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="171"/>
        <source>Could not write the recovery journal: %1</source>
        <translation>No se pudo escribir el diario de recuperación: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="175"/>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="98"/>
        <source>Your text could not be saved. It is still in the editor.</source>
        <translation>No se pudo guardar su texto. Sigue en el editor.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="339"/>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="45"/>
        <source>The open post could not be saved, so it stays open.</source>
        <translation>No se pudo guardar la entrada abierta, así que sigue abierta.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="349"/>
        <source>Could Not Open</source>
        <translation>No se pudo abrir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="349"/>
        <source>The post could not be read.</source>
        <translation>No se pudo leer la entrada.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="361"/>
        <source>Write your post in Markdown…</source>
        <translation>Escriba su entrada en Markdown…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="377"/>
        <source>The post could not be saved. Your text is still in the editor.</source>
        <translation>No se pudo guardar la entrada. Su texto sigue en el editor.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="414"/>
        <source>Choose a post from the list.</source>
        <translation>Elija una entrada de la lista.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="488"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="504"/>
        <source>1 word</source>
        <translation>1 palabra</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="488"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="504"/>
        <source>%L1 words</source>
        <translation>%L1 palabras</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="489"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="505"/>
        <source>1 character</source>
        <translation>1 carácter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="489"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="505"/>
        <source>%L1 characters</source>
        <translation>%L1 caracteres</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="490"/>
        <source>%1 · %2 · %3 min read</source>
        <translation>%1 · %2 · %3 min de lectura</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="503"/>
        <source>Selection: %1, %2 — Post: %3</source>
        <translation>Selección: %1, %2 — Entrada: %3</translation>
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
        <translation>Abrir blog</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="228"/>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="267"/>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="103"/>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="124"/>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="128"/>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="139"/>
        <source>Could Not Open Blog</source>
        <translation>No se pudo abrir el blog</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="228"/>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="267"/>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="103"/>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="128"/>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="140"/>
        <source>This folder could not be opened as a blog.</source>
        <translation>No se pudo abrir esta carpeta como blog.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowbuild.cpp" line="56"/>
        <source>Postwright’s theme</source>
        <translation>Tema de Postwright</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowbuild.cpp" line="76"/>
        <source>Building the site…</source>
        <translation>Generando el sitio…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowbuild.cpp" line="106"/>
        <source>Could not open %1.</source>
        <translation>No se pudo abrir %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowbuild.cpp" line="112"/>
        <source>Open a blog to see how it is built.</source>
        <translation>Abra un blog para ver cómo se genera.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="54"/>
        <source>Could Not Restore</source>
        <translation>No se pudo restaurar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="54"/>
        <source>The recovered text could not be opened.</source>
        <translation>No se pudo abrir el texto recuperado.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="58"/>
        <source>Recovered text restored. It is saved like any edit; Undo shows the file&apos;s own text.</source>
        <translation>Se restauró el texto recuperado. Se guarda como cualquier edición; Deshacer muestra el texto propio del archivo.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="78"/>
        <source>Compare Versions</source>
        <translation>Comparar versiones</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="79"/>
        <source>Lines marked − are in the version on disk, lines marked + in yours.</source>
        <translation>Las líneas marcadas con − están en la versión del disco; las marcadas con +, en la suya.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="83"/>
        <source>Keep Mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="85"/>
        <source>Take Theirs</source>
        <translation>Usar la otra</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowrecovery.cpp" line="122"/>
        <source>The open post could not be saved. Quit anyway and lose the changes?</source>
        <translation>No se pudo guardar la entrada abierta. ¿Salir de todos modos y perder los cambios?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowposts.cpp" line="64"/>
        <source>Your personal dictionary could not be read: %1</source>
        <translation>No se pudo leer su diccionario personal: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowposts.cpp" line="71"/>
        <source>Spelling</source>
        <translation>Ortografía</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowposts.cpp" line="112"/>
        <source>Open a post before adding images.</source>
        <translation>Abra una entrada antes de añadir imágenes.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="36"/>
        <source>This blog has no publish targets yet. Add one to blog.yaml under publish:.</source>
        <translation>Este blog todavía no tiene destinos de publicación. Añada uno en blog.yaml, bajo publish:.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="49"/>
        <source>Publish &amp;To</source>
        <translation>Publicar &amp;en</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="56"/>
        <source>Toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="90"/>
        <source>Open a blog to publish it.</source>
        <translation>Abra un blog para publicarlo.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="94"/>
        <source>The site is being built; publish when the build is done.</source>
        <translation>Se está generando el sitio; publique cuando termine la generación.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="121"/>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="124"/>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="122"/>
        <source>Publish to:</source>
        <translation>Publicar en:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="132"/>
        <source>Open a blog to see its publish targets.</source>
        <translation>Abra un blog para ver sus destinos de publicación.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="148"/>
        <source>blog.yaml’s publish section has a problem</source>
        <translation>La sección publish de blog.yaml tiene un problema</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="150"/>
        <source>No publish targets yet</source>
        <translation>Todavía no hay destinos de publicación</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="154"/>
        <source>%1 (default)</source>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpublish.cpp" line="176"/>
        <source>Open a blog to import posts into it.</source>
        <translation>Abra un blog para importar entradas en él.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="64"/>
        <source>&amp;Welcome</source>
        <translation>&amp;Bienvenida</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="66"/>
        <source>Open a blog or site, create one, import from WordPress or explore the sample blog</source>
        <translation>Abrir un blog o un sitio, crear uno, importar desde WordPress o explorar el blog de ejemplo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="69"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="72"/>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="75"/>
        <source>Every command that has a keyboard shortcut, with a filter</source>
        <translation>Todos los comandos que tienen un atajo de teclado, con un filtro</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="78"/>
        <source>&amp;About Postwright</source>
        <translation>&amp;Acerca de Postwright</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="80"/>
        <source>Postwright&apos;s version, licence and the libraries it is built on</source>
        <translation>La versión de Postwright, su licencia y las bibliotecas en las que se basa</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="82"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowhelp.cpp" line="124"/>
        <source>The sample blog could not be created.</source>
        <translation>No se pudo crear el blog de ejemplo.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowview.cpp" line="190"/>
        <source>No stylesheets of the site were found, so the preview uses the built-in theme. Build the site, or name them in %1 (preview: css:).</source>
        <translation>No se encontró ninguna hoja de estilo del sitio, así que la vista previa usa el tema integrado. Genere el sitio o indíquelas en %1 (preview: css:).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowview.cpp" line="201"/>
        <source>Show posts with the site&apos;s own stylesheets instead of the built-in theme: %1 (from %2)</source>
        <translation>Mostrar las entradas con las hojas de estilo del propio sitio en lugar del tema integrado: %1 (de %2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowview.cpp" line="207"/>
        <source>The preview settings could not be read: %1</source>
        <translation>No se pudieron leer los ajustes de la vista previa: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::MarkdownEditor</name>
    <message>
        <location filename="../ui/editor/markdowneditor.cpp" line="56"/>
        <source>Write your post in Markdown…</source>
        <translation>Escriba su entrada en Markdown…</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="54"/>
        <source>&amp;Bold</source>
        <translation>&amp;Negrita</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="56"/>
        <source>&amp;Italic</source>
        <translation>&amp;Cursiva</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="58"/>
        <source>&amp;Code</source>
        <translation>Có&amp;digo</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="58"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="60"/>
        <source>&amp;Link</source>
        <translation>&amp;Enlace</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="60"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="67"/>
        <source>I&amp;ndent</source>
        <translation>&amp;Aumentar sangría</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="67"/>
        <source>Ctrl+]</source>
        <translation>Ctrl+]</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="69"/>
        <source>&amp;Outdent</source>
        <translation>&amp;Reducir sangría</translation>
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
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="78"/>
        <source>Zoom &amp;Out</source>
        <translation>Re&amp;ducir</translation>
    </message>
    <message>
        <location filename="../ui/editor/markdowneditoractions.cpp" line="80"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Restablecer zoom</translation>
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
        <translation>Blog XML-RPC en %1</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="107"/>
        <source>The XML-RPC blog at %1 answered something that is not XML-RPC when asked for %2 (%3). Check that the target&apos;s address is the blog&apos;s XML-RPC endpoint (for WordPress, the site&apos;s address followed by /xmlrpc.php).</source>
        <translation>El blog XML-RPC en %1 respondió algo que no es XML-RPC al pedirle %2 (%3). Compruebe que la dirección del destino es el punto de acceso XML-RPC del blog (en WordPress, la dirección del sitio seguida de /xmlrpc.php).</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="121"/>
        <source>The XML-RPC blog at %1 refused the password for %2 (%3). Check the user name and the password stored for this target (WordPress also takes an application password here).</source>
        <translation>El blog XML-RPC en %1 rechazó la contraseña de %2 (%3). Compruebe el nombre de usuario y la contraseña guardada para este destino (WordPress también acepta aquí una contraseña de aplicación).</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="127"/>
        <source>The XML-RPC blog at %1 does not offer %2, which Postwright needs for %3 (%4).</source>
        <translation>El blog XML-RPC en %1 no ofrece %2, que Postwright necesita para %3 (%4).</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="130"/>
        <source>The XML-RPC blog at %1 refused %2: %3 (fault %4).</source>
        <translation>El blog XML-RPC en %1 rechazó %2: %3 (error %4).</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="159"/>
        <source>Cannot reach the XML-RPC blog at %1 for %2: %3. Publish again later.</source>
        <translation>No se puede contactar con el blog XML-RPC en %1 para %2: %3. Vuelva a publicar más tarde.</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="167"/>
        <source>The XML-RPC blog at %1 could not take %2 (HTTP %3%4). Publish again later.</source>
        <translation>El blog XML-RPC en %1 no pudo aceptar %2 (HTTP %3%4). Vuelva a publicar más tarde.</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="173"/>
        <source>The XML-RPC blog at %1 sent %2 elsewhere (%3). Postwright does not follow: set the target&apos;s address to where the endpoint now is.</source>
        <translation>El blog XML-RPC en %1 redirigió %2 a otro lugar (%3). Postwright no sigue redirecciones: configure como dirección del destino la ubicación actual del punto de acceso.</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="180"/>
        <source>The XML-RPC blog at %1 asks for a login before XML-RPC (HTTP 401). Postwright logs in with XML-RPC&apos;s own user name and password only.</source>
        <translation>El blog XML-RPC en %1 pide iniciar sesión antes de XML-RPC (HTTP 401). Postwright solo inicia sesión con el nombre de usuario y la contraseña del propio XML-RPC.</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="187"/>
        <source>The XML-RPC blog at %1 refused access to its XML-RPC endpoint (HTTP 403). Some hosts and security plugins block xmlrpc.php: allow it there, or use the WordPress REST API instead.</source>
        <translation>El blog XML-RPC en %1 denegó el acceso a su punto de acceso XML-RPC (HTTP 403). Algunos alojamientos y complementos de seguridad bloquean xmlrpc.php: permítalo allí o use en su lugar la API REST de WordPress.</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="195"/>
        <source>There is no XML-RPC endpoint at %1 (HTTP %2). For WordPress it is the site&apos;s address followed by /xmlrpc.php.</source>
        <translation>No hay ningún punto de acceso XML-RPC en %1 (HTTP %2). En WordPress es la dirección del sitio seguida de /xmlrpc.php.</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="200"/>
        <source>The XML-RPC blog at %1 refused %2 (HTTP %3).</source>
        <translation>El blog XML-RPC en %1 rechazó %2 (HTTP %3).</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="219"/>
        <source>the list of your blogs</source>
        <translation>la lista de sus blogs</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="227"/>
        <source>the newest post</source>
        <translation>la entrada más reciente</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="239"/>
        <location filename="../app/publish/metaweblogapi.cpp" line="242"/>
        <source>the list of categories</source>
        <translation>la lista de categorías</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="242"/>
        <source>no list in the answer</source>
        <translation>no hay ninguna lista en la respuesta</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="250"/>
        <source>the category “%1”</source>
        <translation>la categoría «%1»</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="267"/>
        <source>The XML-RPC blog at %1 has no category “%2” and cannot create one over XML-RPC. Create it on the blog, or take it out of the post.</source>
        <translation>El blog XML-RPC en %1 no tiene la categoría «%2» y no puede crearla mediante XML-RPC. Créela en el blog o quítela de la entrada.</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="274"/>
        <source>no id for the new category</source>
        <translation>no hay ningún ID para la categoría nueva</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="320"/>
        <source>the categories of %1</source>
        <translation>las categorías de %1</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="368"/>
        <location filename="../app/publish/metaweblogapi.cpp" line="439"/>
        <source>no post in the answer</source>
        <translation>no hay ninguna entrada en la respuesta</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="377"/>
        <location filename="../app/publish/metaweblogapi.cpp" line="405"/>
        <location filename="../app/publish/metaweblogapi.cpp" line="467"/>
        <source>the post “%1”</source>
        <translation>la entrada «%1»</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="390"/>
        <source>no post id in the answer</source>
        <translation>no hay ningún ID de entrada en la respuesta</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="408"/>
        <source>Cannot update %1 on the XML-RPC blog at %2 without its id.</source>
        <translation>No se puede actualizar %1 en el blog XML-RPC en %2 sin su ID.</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="429"/>
        <source>the post with id %1</source>
        <translation>la entrada con el ID %1</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="454"/>
        <source>no list of posts in the answer</source>
        <translation>no hay ninguna lista de entradas en la respuesta</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="457"/>
        <source>something else than a post in the list</source>
        <translation>algo que no es una entrada en la lista</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="490"/>
        <source>the file “%1”</source>
        <translation>el archivo «%1»</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="494"/>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="504"/>
        <source>no URL for the file in the answer</source>
        <translation>no hay ninguna URL para el archivo en la respuesta</translation>
    </message>
    <message>
        <location filename="../app/publish/metaweblogapi.cpp" line="521"/>
        <source>the list of posts</source>
        <translation>la lista de entradas</translation>
    </message>
</context>
<context>
    <name>Postwright::MetadataReader</name>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="45"/>
        <source>Front matter keys must be plain names.</source>
        <translation>Las claves del front matter deben ser nombres simples.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="49"/>
        <source>The key “%1” appears twice (first on line %2); keep one.</source>
        <translation>La clave «%1» aparece dos veces (la primera en la línea %2); deje solo una.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="100"/>
        <source>“%1” should be text.</source>
        <translation>«%1» debe ser texto.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="113"/>
        <source>“%1” should be true or false.</source>
        <translation>«%1» debe ser true o false.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="125"/>
        <source>“%1” should be a date.</source>
        <translation>«%1» debe ser una fecha.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="129"/>
        <source>“%1” is not a date: write it as 2024-05-01 or 2024-05-01T09:30:00+02:00.</source>
        <translation>«%1» no es una fecha: escríbala como 2024-05-01 o 2024-05-01T09:30:00+02:00.</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="152"/>
        <source>“%1” should be a list, like [one, two].</source>
        <translation>«%1» debe ser una lista, como [uno, dos].</translation>
    </message>
    <message>
        <location filename="../app/blog/frontmatter.cpp" line="155"/>
        <source>Each entry of “%1” should be text.</source>
        <translation>Cada elemento de «%1» debe ser texto.</translation>
    </message>
</context>
<context>
    <name>Postwright::MicropubApi</name>
    <message>
        <location filename="../app/publish/blogapis.cpp" line="344"/>
        <source>Micropub at %1</source>
        <translation>Micropub en %1</translation>
    </message>
</context>
<context>
    <name>Postwright::MicropubClient</name>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="164"/>
        <source>The Micropub endpoint %1 refused the access token for %2 (HTTP %3: %4). Sign in to the site again with the create, update and media scopes and store the new token for this target.</source>
        <translation>El punto de acceso Micropub %1 rechazó el token de acceso para %2 (HTTP %3: %4). Vuelva a iniciar sesión en el sitio con los ámbitos create, update y media y guarde el token nuevo para este destino.</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="173"/>
        <source>Cannot reach %1 for %2: %3. Publish again later.</source>
        <translation>No se puede contactar con %1 para %2: %3. Vuelva a publicar más tarde.</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="176"/>
        <source>%1 could not take %2 (HTTP %3: %4). Publish again later.</source>
        <translation>%1 no pudo aceptar %2 (HTTP %3: %4). Vuelva a publicar más tarde.</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="183"/>
        <source>%1 refused %2 (HTTP %3): %4</source>
        <translation>%1 rechazó %2 (HTTP %3): %4</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="189"/>
        <source>the site&apos;s home page</source>
        <translation>la página de inicio del sitio</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="213"/>
        <source>%1 names no Micropub endpoint (no &lt;link rel=&quot;micropub&quot;&gt;). Check the site&apos;s address, or turn on Micropub in the site&apos;s software.</source>
        <translation>%1 no indica ningún punto de acceso Micropub (no hay &lt;link rel=&quot;micropub&quot;&gt;). Compruebe la dirección del sitio o active Micropub en el software del sitio.</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="229"/>
        <source>the question for its configuration (q=config)</source>
        <translation>la consulta de su configuración (q=config)</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="238"/>
        <source>The answer of %1 to %2 is not a JSON object (%3). Check that it is a Micropub endpoint.</source>
        <translation>La respuesta de %1 a %2 no es un objeto JSON (%3). Compruebe que es un punto de acceso Micropub.</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="242"/>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formado: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="243"/>
        <source>JSON, but not an object</source>
        <translation>JSON, pero no un objeto</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="257"/>
        <source>%1 accepted %2 (HTTP %3) but did not say where it is (no Location header).</source>
        <translation>%1 aceptó %2 (HTTP %3), pero no indicó dónde está (no hay cabecera Location).</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="269"/>
        <source>the new post “%1”</source>
        <translation>la entrada nueva «%1»</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="278"/>
        <source>%1 answered %2 with HTTP %3 instead of 201 Created.</source>
        <translation>%1 respondió a %2 con HTTP %3 en lugar de 201 Created.</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="288"/>
        <source>the post %1</source>
        <translation>la entrada %1</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="313"/>
        <source>the file “%1”</source>
        <translation>el archivo «%1»</translation>
    </message>
    <message>
        <location filename="../app/publish/micropubclient.cpp" line="316"/>
        <source>Cannot upload %1: %2 has no media endpoint.</source>
        <translation>No se puede subir %1: %2 no tiene punto de acceso para medios.</translation>
    </message>
</context>
<context>
    <name>Postwright::NetlifyDeploy</name>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="151"/>
        <source>The site is live, but Postwright cannot record the deploy: %1</source>
        <translation>El sitio está publicado, pero Postwright no puede registrar el despliegue: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="196"/>
        <location filename="../app/publish/netlifydeploy.cpp" line="282"/>
        <source>the new deploy</source>
        <translation>el despliegue nuevo</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="229"/>
        <source>the state of the deploy</source>
        <translation>el estado del despliegue</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="249"/>
        <source>Netlify could not process the deploy: %1</source>
        <translation>Netlify no pudo procesar el despliegue: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/publish/netlifydeploy.cpp" line="254"/>
        <source>Netlify has not finished the deploy after %n minute(s). Publish again later.</source>
        <translation>
            <numerusform>Netlify no ha terminado el despliegue después de %n minuto. Vuelva a publicar más tarde.</numerusform>
            <numerusform>Netlify no ha terminado el despliegue después de %n minutos. Vuelva a publicar más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="284"/>
        <source>Netlify no longer has “%1”, which is gone from the output folder, so it cannot stay online. Publish with deletions on to remove it from the site.</source>
        <translation>Netlify ya no tiene «%1», que ha desaparecido de la carpeta de salida, así que no puede seguir en línea. Publique con las eliminaciones activadas para quitarlo del sitio.</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="335"/>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="343"/>
        <source>“%1” changed after the publish was planned. Publish again.</source>
        <translation>«%1» cambió después de planificar la publicación. Vuelva a publicar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/publish/netlifydeploy.cpp" line="370"/>
        <source>Netlify still waits for %n file(s) that were sent. Publish again.</source>
        <translation>
            <numerusform>Netlify todavía espera %n archivo que se envió. Vuelva a publicar.</numerusform>
            <numerusform>Netlify todavía espera %n archivos que se enviaron. Vuelva a publicar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="427"/>
        <source>the site</source>
        <translation>el sitio</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="442"/>
        <location filename="../app/publish/netlifydeploy.cpp" line="447"/>
        <source>the list of files</source>
        <translation>la lista de archivos</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="493"/>
        <source>The output folder does not exist. Build the site first.</source>
        <translation>La carpeta de salida no existe. Genere primero el sitio.</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifydeploy.cpp" line="512"/>
        <source>Cannot read the file: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::NetlifyReply</name>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="66"/>
        <source>no explanation given</source>
        <translation>no se dio ninguna explicación</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="79"/>
        <source>Netlify refused the access token (HTTP %1). Create a personal access token in Netlify (User settings, Applications) and store it for this target.</source>
        <translation>Netlify rechazó el token de acceso (HTTP %1). Cree un token de acceso personal en Netlify (User settings, Applications) y guárdelo para este destino.</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="85"/>
        <source>Cannot reach Netlify for %1: %2. Publish again later.</source>
        <translation>No se puede contactar con Netlify para %1: %2. Vuelva a publicar más tarde.</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="88"/>
        <source>Netlify is limiting requests and still refused %1 after several tries. Publish again in a few minutes.</source>
        <translation>Netlify está limitando las peticiones y siguió rechazando %1 después de varios intentos. Vuelva a publicar dentro de unos minutos.</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="93"/>
        <source>Netlify could not take %1 (HTTP %2: %3). Publish again later.</source>
        <translation>Netlify no pudo aceptar %1 (HTTP %2: %3). Vuelva a publicar más tarde.</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="100"/>
        <source>Netlify has no site with the ID “%1”, or the access token cannot see it. Check site_id in blog.yaml.</source>
        <translation>Netlify no tiene ningún sitio con el ID «%1», o el token de acceso no puede verlo. Compruebe site_id en blog.yaml.</translation>
    </message>
    <message>
        <location filename="../app/publish/netlifyapi.cpp" line="105"/>
        <source>Netlify refused %1 (HTTP %2): %3</source>
        <translation>Netlify rechazó %1 (HTTP %2): %3</translation>
    </message>
</context>
<context>
    <name>Postwright::NewBlogCreatePage</name>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="89"/>
        <source>Hello, world</source>
        <translation>Hola, mundo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="94"/>
        <source>Create a New Blog</source>
        <translation>Crear un blog nuevo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="95"/>
        <source>Everything but the title can be changed later in the blog&apos;s blog.yaml.</source>
        <translation>Todo salvo el título se puede cambiar más adelante en el blog.yaml del blog.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="96"/>
        <source>C&amp;reate</source>
        <translation>C&amp;rear</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="99"/>
        <source>The name shown at the top of every page</source>
        <translation>El nombre que aparece arriba en cada página</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="101"/>
        <source>Your name, shown on posts</source>
        <translation>Su nombre, que aparece en las entradas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="103"/>
        <source>https://example.com/ — where it will be published; can wait</source>
        <translation>https://example.com/ — dónde se publicará; puede esperar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="109"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="113"/>
        <source>Leave empty to start without a post</source>
        <translation>Déjelo vacío para empezar sin ninguna entrada</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="117"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="118"/>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="119"/>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="121"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="123"/>
        <source>F&amp;irst post:</source>
        <translation>Primera e&amp;ntrada:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="210"/>
        <source>The blog could not be created in %1: %2</source>
        <translation>No se pudo crear el blog en %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="222"/>
        <source>&amp;Open Blog</source>
        <translation>&amp;Abrir blog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="224"/>
        <source>The blog was created in %1, but its first post could not be written: %2
Click Open Blog to start writing; Post → New Post adds posts.</source>
        <translation>El blog se creó en %1, pero no se pudo escribir su primera entrada: %2
Pulse Abrir blog para empezar a escribir; Entrada → Nueva entrada añade entradas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="238"/>
        <source>A blog needs a title.</source>
        <translation>Un blog necesita un título.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="253"/>
        <source>Plain http: browsers mark such sites “not secure”. Use https:// if your host offers it (most do).</source>
        <translation>http sin cifrar: los navegadores marcan esos sitios como «no seguros». Use https:// si su proveedor lo ofrece (casi todos lo hacen).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogcreatepage.cpp" line="258"/>
        <source>The address must start with https:// or http:// and name a host, like https://example.com/</source>
        <translation>La dirección debe empezar por https:// o http:// e indicar un host, por ejemplo https://example.com/</translation>
    </message>
</context>
<context>
    <name>Postwright::NewBlogImportDonePage</name>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="49"/>
        <source>Import Done</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="50"/>
        <source>The new blog is ready: Open Blog starts writing in it.</source>
        <translation>El blog nuevo está listo: Abrir blog empieza a escribir en él.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="51"/>
        <source>&amp;Open Blog</source>
        <translation>&amp;Abrir blog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="59"/>
        <source>Posts:</source>
        <translation>Entradas:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="60"/>
        <source>Pages:</source>
        <translation>Páginas:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="61"/>
        <source>Attachments copied:</source>
        <translation>Adjuntos copiados:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="62"/>
        <source>Skipped:</source>
        <translation>Omitidos:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="63"/>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="64"/>
        <source>&amp;Details:</source>
        <translation>&amp;Detalles:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="76"/>
        <source>%1 was imported into %2.</source>
        <translation>%1 se importó en %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="90"/>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportdonepage.cpp" line="92"/>
        <source>Nothing to report: everything was imported.</source>
        <translation>Nada que señalar: se importó todo.</translation>
    </message>
</context>
<context>
    <name>Postwright::NewBlogImportPage</name>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="26"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="35"/>
        <source>Import a WordPress Export</source>
        <translation>Importar una exportación de WordPress</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="36"/>
        <source>In WordPress: Tools → Export → All content. Put the uploads folder beside the file to bring the images along.</source>
        <translation>En WordPress: Herramientas → Exportar → Todo el contenido. Ponga la carpeta uploads junto al archivo para traer también las imágenes.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="40"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="44"/>
        <source>sitename.WordPress.2024-03-05.xml</source>
        <translation>nombredelsitio.WordPress.2024-03-05.xml</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="62"/>
        <source>&amp;Export file:</source>
        <translation>Archivo de e&amp;xportación:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="125"/>
        <source>Choose a WordPress Export</source>
        <translation>Elegir una exportación de WordPress</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="126"/>
        <source>WordPress exports (*.xml);;All files (*)</source>
        <translation>Exportaciones de WordPress (*.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="138"/>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="158"/>
        <source>Importing %1… This cannot be stopped once started; large exports take a while.</source>
        <translation>Importando %1… Una vez iniciada no se puede detener; las exportaciones grandes tardan un rato.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogimportpage.cpp" line="185"/>
        <source>The export could not be imported: %1
Nothing was written.</source>
        <translation>No se pudo importar la exportación: %1
No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>Postwright::NewBlogOpenPage</name>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="31"/>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="36"/>
        <source>Open a Blog or Site</source>
        <translation>Abrir un blog o un sitio</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="37"/>
        <source>Choose the folder that holds blog.yaml (Postwright), hugo.toml or config.toml (Hugo), or _config.yml (Jekyll).</source>
        <translation>Elija la carpeta que contiene blog.yaml (Postwright), hugo.toml o config.toml (Hugo), o _config.yml (Jekyll).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="39"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="43"/>
        <source>The blog&apos;s folder</source>
        <translation>La carpeta del blog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="50"/>
        <source>Hugo and Jekyll sites are opened in place: Postwright never rewrites the site&apos;s config and keeps its own settings (build command, publish targets) in postwright.yaml beside it.</source>
        <translation>Los sitios Hugo y Jekyll se abren donde están: Postwright nunca reescribe la configuración del sitio y guarda sus propios ajustes (comando de generación, destinos de publicación) en postwright.yaml, junto a ella.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="61"/>
        <source>Fol&amp;der:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="81"/>
        <source>%1 blog — settings in %2, posts in %3, pages in %4, output %5</source>
        <translation>Blog %1 — ajustes en %2, entradas en %3, páginas en %4, salida %5</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="85"/>
        <source>%1 site — config %2, posts in %3, output %4</source>
        <translation>Sitio %1 — configuración %2, entradas en %3, salida %4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="88"/>
        <source>%1 site — config %2, posts in %3, drafts in %4, output %5</source>
        <translation>Sitio %1 — configuración %2, entradas en %3, borradores en %4, salida %5</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="106"/>
        <source>Open Blog</source>
        <translation>Abrir blog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="124"/>
        <source>There is no folder %1.</source>
        <translation>No existe la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="140"/>
        <source>%1
Its settings cannot be read: %2</source>
        <translation>%1
No se pueden leer sus ajustes: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogopenpage.cpp" line="144"/>
        <source>%1
Title: %2</source>
        <translation>%1
Título: %2</translation>
    </message>
</context>
<context>
    <name>Postwright::NewBlogStartPage</name>
    <message>
        <location filename="../ui/dialogs/newblogstartpage.cpp" line="16"/>
        <source>Start a Blog</source>
        <translation>Empezar un blog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogstartpage.cpp" line="17"/>
        <source>Write in a new blog, or bring the one you already have.</source>
        <translation>Escriba en un blog nuevo o traiga el que ya tiene.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogstartpage.cpp" line="27"/>
        <source>&amp;Create a new blog</source>
        <translation>&amp;Crear un blog nuevo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogstartpage.cpp" line="28"/>
        <source>An empty Postwright blog in a new folder, with its title, author, address and a first post.</source>
        <translation>Un blog de Postwright vacío en una carpeta nueva, con su título, autor, dirección y una primera entrada.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogstartpage.cpp" line="30"/>
        <source>&amp;Open an existing blog or site folder (Postwright, Hugo, Jekyll)</source>
        <translation>&amp;Abrir una carpeta de blog o sitio existente (Postwright, Hugo, Jekyll)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogstartpage.cpp" line="31"/>
        <source>Hugo and Jekyll sites open in place: their files stay where and as they are.</source>
        <translation>Los sitios Hugo y Jekyll se abren donde están: sus archivos se quedan donde y como están.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogstartpage.cpp" line="32"/>
        <source>&amp;Import a WordPress export (WXR) into a new blog</source>
        <translation>&amp;Importar una exportación de WordPress (WXR) en un blog nuevo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/newblogstartpage.cpp" line="33"/>
        <source>Posts, pages, categories, tags, drafts and the images found beside the export become Markdown files in a new Postwright blog.</source>
        <translation>Las entradas, páginas, categorías, etiquetas, borradores y las imágenes encontradas junto a la exportación se convierten en archivos Markdown en un blog nuevo de Postwright.</translation>
    </message>
</context>
<context>
    <name>Postwright::NewBlogWizard</name>
    <message>
        <location filename="../ui/dialogs/newblogwizard.cpp" line="33"/>
        <source>New Blog</source>
        <translation>Blog nuevo</translation>
    </message>
</context>
<context>
    <name>Postwright::NewPost</name>
    <message>
        <location filename="../app/blog/newpost.cpp" line="247"/>
        <source>A post needs a title.</source>
        <translation>Una entrada necesita un título.</translation>
    </message>
</context>
<context>
    <name>Postwright::NewPostDialog</name>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="20"/>
        <source>Start as a &amp;draft</source>
        <translation>Empezar como &amp;borrador</translation>
    </message>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="25"/>
        <source>New Post</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="29"/>
        <source>What is the post about?</source>
        <translation>¿De qué trata la entrada?</translation>
    </message>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="37"/>
        <source>A draft is not published until you say so. In a Jekyll site, drafts wait in _drafts/.</source>
        <translation>Un borrador no se publica hasta que usted lo diga. En un sitio Jekyll, los borradores esperan en _drafts/.</translation>
    </message>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="43"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="46"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="47"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <location filename="../ui/posttree/newpostdialog.cpp" line="49"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
</context>
<context>
    <name>Postwright::OutlinePanel</name>
    <message>
        <location filename="../ui/outline/outlinepanel.cpp" line="15"/>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location filename="../ui/outline/outlinepanel.cpp" line="16"/>
        <source>No headings yet. Lines starting with # become headings.</source>
        <translation>Todavía no hay encabezados. Las líneas que empiezan por # se convierten en encabezados.</translation>
    </message>
    <message>
        <location filename="../ui/outline/outlinepanel.cpp" line="69"/>
        <source>(untitled heading)</source>
        <translation>(encabezado sin título)</translation>
    </message>
    <message>
        <location filename="../ui/outline/outlinepanel.cpp" line="70"/>
        <source>Line %L1</source>
        <translation>Línea %L1</translation>
    </message>
</context>
<context>
    <name>Postwright::OutputWriter</name>
    <message>
        <location filename="../app/site/outputwriter.cpp" line="131"/>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../app/site/outputwriter.cpp" line="154"/>
        <source>Could not read the file: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::Parser</name>
    <message>
        <location filename="../app/publish/wxrreader.cpp" line="66"/>
        <source>This is not a WordPress export: it starts with &lt;%1&gt;, not &lt;rss&gt;.</source>
        <translation>Esto no es una exportación de WordPress: empieza por &lt;%1&gt;, no por &lt;rss&gt;.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrreader.cpp" line="82"/>
        <source>This is an RSS feed, not a WordPress export: it has no wp: elements. Export with Tools → Export in WordPress.</source>
        <translation>Esto es un feed RSS, no una exportación de WordPress: no tiene elementos wp:. Exporte con Herramientas → Exportar en WordPress.</translation>
    </message>
    <message>
        <location filename="../app/publish/wxrreader.cpp" line="95"/>
        <source>The export is not well-formed XML: %1</source>
        <translation>La exportación no es XML bien formado: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::PersonalDictionary</name>
    <message>
        <location filename="../app/spell/personaldictionary.cpp" line="91"/>
        <source>“%1” cannot be added to the dictionary: add one word at a time, without spaces.</source>
        <translation>«%1» no se puede añadir al diccionario: añada las palabras de una en una, sin espacios.</translation>
    </message>
</context>
<context>
    <name>Postwright::PostActions</name>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="46"/>
        <source>&amp;New Post…</source>
        <translation>&amp;Nueva entrada…</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="50"/>
        <source>&amp;Rename Post…</source>
        <translation>&amp;Renombrar entrada…</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="54"/>
        <source>D&amp;uplicate Post</source>
        <translation>D&amp;uplicar entrada</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="59"/>
        <source>Move Post to &amp;Trash</source>
        <translation>Mover entrada a la &amp;papelera</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="64"/>
        <source>&amp;Undo Move to Trash</source>
        <translation>&amp;Deshacer el envío a la papelera</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="67"/>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="71"/>
        <source>&amp;Publish Draft</source>
        <translation>Publicar &amp;borrador</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="72"/>
        <source>Move this Jekyll draft to _posts/, named with its date, so that Jekyll publishes it</source>
        <translation>Mover este borrador de Jekyll a _posts/, con su fecha en el nombre, para que Jekyll lo publique</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="202"/>
        <source>Could Not Create the Post</source>
        <translation>No se pudo crear la entrada</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="216"/>
        <source>Could Not Rename the Post</source>
        <translation>No se pudo renombrar la entrada</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="237"/>
        <source>Could Not Change the Category</source>
        <translation>No se pudo cambiar la categoría</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="251"/>
        <source>Could Not Duplicate the Post</source>
        <translation>No se pudo duplicar la entrada</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="266"/>
        <source>Could Not Move the Post to the Trash</source>
        <translation>No se pudo mover la entrada a la papelera</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="274"/>
        <source>“%1” moved to the trash.</source>
        <translation>«%1» se movió a la papelera.</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="286"/>
        <source>Could Not Restore the Post</source>
        <translation>No se pudo restaurar la entrada</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="303"/>
        <source>Could Not Publish the Draft</source>
        <translation>No se pudo publicar el borrador</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="340"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postactions.cpp" line="394"/>
        <source>New Post in “%1”…</source>
        <translation>Nueva entrada en «%1»…</translation>
    </message>
</context>
<context>
    <name>Postwright::PostBundle</name>
    <message>
        <location filename="../app/blog/postbundle.cpp" line="465"/>
        <source>This post is already a bundle: its files go into its folder.</source>
        <translation>Esta entrada ya es un paquete: sus archivos van en su carpeta.</translation>
    </message>
    <message>
        <location filename="../app/blog/postbundle.cpp" line="471"/>
        <source>The post cannot become a bundle because “%1” already exists beside it. Rename or move that folder, then try again.</source>
        <translation>La entrada no puede convertirse en un paquete porque ya existe «%1» junto a ella. Cambie el nombre de esa carpeta o muévala e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/blog/postbundle.cpp" line="496"/>
        <source>Could not move the post into its bundle folder: %1</source>
        <translation>No se pudo mover la entrada a la carpeta de su paquete: %1</translation>
    </message>
    <message>
        <location filename="../app/blog/postbundle.cpp" line="545"/>
        <source>the folder could not be created</source>
        <translation>no se pudo crear la carpeta</translation>
    </message>
</context>
<context>
    <name>Postwright::PostDocument</name>
    <message>
        <location filename="../app/blog/postdocument.cpp" line="27"/>
        <source>The file is not valid UTF-8 text; unreadable bytes are shown as �. Saving keeps the original bytes until you edit the post.</source>
        <translation>El archivo no es texto UTF-8 válido; los bytes ilegibles se muestran como �. Al guardar se conservan los bytes originales hasta que edite la entrada.</translation>
    </message>
    <message>
        <location filename="../app/blog/postdocument.cpp" line="36"/>
        <source>The file is not valid UTF-8 text.</source>
        <translation>El archivo no es texto UTF-8 válido.</translation>
    </message>
</context>
<context>
    <name>Postwright::PostFiles</name>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="328"/>
        <location filename="../app/blog/postfiles.cpp" line="365"/>
        <source>The folder could not be created.</source>
        <translation>No se pudo crear la carpeta.</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="332"/>
        <source>The post&apos;s folder could not be created.</source>
        <translation>No se pudo crear la carpeta de la entrada.</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="353"/>
        <source>Only a Jekyll draft in _drafts/ is published by moving it.</source>
        <translation>Solo un borrador de Jekyll en _drafts/ se publica moviéndolo.</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="369"/>
        <source>The draft could not be moved: %1</source>
        <translation>No se pudo mover el borrador: %1</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="443"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="492"/>
        <source>The copy could not be put in place.</source>
        <translation>No se pudo colocar la copia en su sitio.</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="504"/>
        <source>The post no longer exists.</source>
        <translation>La entrada ya no existe.</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="515"/>
        <source>The post could not be moved to the trash. Nothing was deleted.</source>
        <translation>No se pudo mover la entrada a la papelera. No se eliminó nada.</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="526"/>
        <source>Something else is at the post&apos;s place now, so the post stays in the trash.</source>
        <translation>Ahora hay otra cosa en el lugar de la entrada, así que la entrada se queda en la papelera.</translation>
    </message>
    <message>
        <location filename="../app/blog/postfiles.cpp" line="529"/>
        <source>The post is no longer in the trash.</source>
        <translation>La entrada ya no está en la papelera.</translation>
    </message>
</context>
<context>
    <name>Postwright::PostFilterProxyModel</name>
    <message>
        <location filename="../app/blog/postfilterproxymodel.cpp" line="69"/>
        <source>%1 of %2</source>
        <comment>matching posts of a category&apos;s posts</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../app/blog/postfilterproxymodel.cpp" line="71"/>
        <source>%1 (%2 of %3)</source>
        <comment>category (matching posts of its posts)</comment>
        <translation>%1 (%2 de %3)</translation>
    </message>
</context>
<context>
    <name>Postwright::PostItemDelegate</name>
    <message>
        <location filename="../ui/posttree/postitemdelegate.cpp" line="119"/>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postitemdelegate.cpp" line="121"/>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postitemdelegate.cpp" line="125"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../ui/posttree/postitemdelegate.cpp" line="238"/>
        <source>Front matter problem</source>
        <translation>Problema en el front matter</translation>
    </message>
</context>
<context>
    <name>Postwright::PostPreview</name>
    <message>
        <location filename="../app/site/postpreview.cpp" line="48"/>
        <source>The theme has no article partial for the preview.</source>
        <translation>El tema no tiene un parcial article para la vista previa.</translation>
    </message>
</context>
<context>
    <name>Postwright::PostPublishState</name>
    <message>
        <location filename="../app/publish/postpublishstate.cpp" line="118"/>
        <source>This record of published posts is damaged or from another version of Postwright (%1). Move it away to start a new record.</source>
        <translation>Este registro de entradas publicadas está dañado o es de otra versión de Postwright (%1). Muévalo a otro lugar para empezar un registro nuevo.</translation>
    </message>
    <message>
        <location filename="../app/publish/postpublishstate.cpp" line="122"/>
        <source>unknown format</source>
        <translation>formato desconocido</translation>
    </message>
    <message>
        <location filename="../app/publish/postpublishstate.cpp" line="140"/>
        <source>Cannot read the journal of published posts: %1</source>
        <translation>No se puede leer el diario de entradas publicadas: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/postpublishstate.cpp" line="176"/>
        <location filename="../app/publish/postpublishstate.cpp" line="181"/>
        <source>Cannot record the published post: %1</source>
        <translation>No se puede registrar la entrada publicada: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/postpublishstate.cpp" line="229"/>
        <source>Cannot clear the journal of published posts.</source>
        <translation>No se puede vaciar el diario de entradas publicadas.</translation>
    </message>
</context>
<context>
    <name>Postwright::PostSession</name>
    <message>
        <location filename="../ui/mainwindow/postsession.cpp" line="151"/>
        <location filename="../ui/mainwindow/postsession.cpp" line="172"/>
        <source>The file was changed by another program. Choose which version to keep first.</source>
        <translation>Otro programa cambió el archivo. Elija primero qué versión conservar.</translation>
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
        <translation>Sin categoría</translation>
    </message>
</context>
<context>
    <name>Postwright::PostTreePanel</name>
    <message>
        <location filename="../ui/posttree/posttreepanel.cpp" line="21"/>
        <source>Clear Filter</source>
        <translation>Borrar filtro</translation>
    </message>
    <message>
        <location filename="../ui/posttree/posttreepanel.cpp" line="34"/>
        <source>Search posts — tag:, category:, status:</source>
        <translation>Buscar entradas — tag:, category:, status:</translation>
    </message>
    <message>
        <location filename="../ui/posttree/posttreepanel.cpp" line="36"/>
        <source>&lt;p&gt;Words and &quot;quoted phrases&quot; match titles and file names, ignoring case and accents. Narrow further with &lt;b&gt;tag:&lt;/b&gt;&lt;i&gt;name&lt;/i&gt;, &lt;b&gt;category:&lt;/b&gt;&lt;i&gt;name&lt;/i&gt; (or &lt;b&gt;cat:&lt;/b&gt;) and &lt;b&gt;status:&lt;/b&gt;draft, scheduled or published. Every part must match.&lt;/p&gt;&lt;p&gt;Esc clears the search.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Las palabras y las &quot;frases entre comillas&quot; coinciden con títulos y nombres de archivo, sin distinguir mayúsculas ni acentos. Afine más con &lt;b&gt;tag:&lt;/b&gt;&lt;i&gt;nombre&lt;/i&gt;, &lt;b&gt;category:&lt;/b&gt;&lt;i&gt;nombre&lt;/i&gt; (o &lt;b&gt;cat:&lt;/b&gt;) y &lt;b&gt;status:&lt;/b&gt;draft, scheduled o published. Deben coincidir todas las partes.&lt;/p&gt;&lt;p&gt;Esc borra la búsqueda.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Postwright::ProblemBar</name>
    <message>
        <location filename="../ui/editor/problembar.cpp" line="32"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../ui/editor/problembar.cpp" line="33"/>
        <source>Move the cursor to the problem</source>
        <translation>Mover el cursor al problema</translation>
    </message>
</context>
<context>
    <name>Postwright::PublishController</name>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="34"/>
        <source>Publish again to finish — posts already published are not sent again.</source>
        <translation>Vuelva a publicar para terminar — las entradas ya publicadas no se vuelven a enviar.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="36"/>
        <source>Publish again to finish — files already uploaded are not sent again.</source>
        <translation>Vuelva a publicar para terminar — los archivos ya subidos no se vuelven a enviar.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="66"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="129"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="132"/>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="94"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="109"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="114"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="301"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="317"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="326"/>
        <source>Cannot Publish</source>
        <translation>No se puede publicar</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="130"/>
        <source>This blog has several publish targets and none is the default.
Publish to:</source>
        <translation>Este blog tiene varios destinos de publicación y ninguno es el predeterminado.
Publicar en:</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="171"/>
        <source>Publishing cancelled. Nothing was sent.</source>
        <translation>Se canceló la publicación. No se envió nada.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="94"/>
        <source>The publish targets in %1 could not be read.</source>
        <translation>No se pudieron leer los destinos de publicación de %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="110"/>
        <source>%1 has no publish target “%2” any more.</source>
        <translation>%1 ya no tiene el destino de publicación «%2».</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="203"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="288"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="368"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="477"/>
        <source>Publishing to %1 cancelled. Nothing was sent.</source>
        <translation>Se canceló la publicación en %1. No se envió nada.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="218"/>
        <source>Building the site with %1…</source>
        <translation>Generando el sitio con %1…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="219"/>
        <source>Building the site…</source>
        <translation>Generando el sitio…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="247"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="251"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="267"/>
        <source>Comparing the posts with %1…</source>
        <translation>Comparando las entradas con %1…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="252"/>
        <source>Comparing the site with %1…</source>
        <translation>Comparando el sitio con %1…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="297"/>
        <source>The site could not be built, so nothing was published.</source>
        <translation>No se pudo generar el sitio, así que no se publicó nada.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="298"/>
        <source>Some posts have errors, so nothing was published. Fix them and publish again.</source>
        <translation>Algunas entradas tienen errores, así que no se publicó nada. Corríjalas y vuelva a publicar.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="312"/>
        <source>Could not log in to %1: %2</source>
        <translation>No se pudo iniciar sesión en %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="315"/>
        <source>Could not connect to %1: %2</source>
        <translation>No se pudo conectar con %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="324"/>
        <source>Could not compare the site with %1: %2</source>
        <translation>No se pudo comparar el sitio con %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="340"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="387"/>
        <source>Everything is already published to %1.</source>
        <translation>Ya está todo publicado en %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="341"/>
        <source>Everything is already published to %1; %2 no longer part of the site stay there.</source>
        <translation>Ya está todo publicado en %1; siguen allí archivos que ya no forman parte del sitio: %2.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="389"/>
        <source>Nothing was published to %1: the post changed on the blog is left as it is.</source>
        <translation>No se publicó nada en %1: la entrada modificada en el blog se deja como está.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="391"/>
        <source>Nothing was published to %1: the %L2 posts changed on the blog are left as they are.</source>
        <translation>No se publicó nada en %1: las %L2 entradas modificadas en el blog se dejan como están.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="406"/>
        <source>Waiting for you to choose a version of a post changed on the blog…</source>
        <translation>Esperando a que elija una versión de una entrada modificada en el blog…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="407"/>
        <source>Waiting for you to choose versions of posts changed on the blog…</source>
        <translation>Esperando a que elija las versiones de las entradas modificadas en el blog…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="411"/>
        <source>Publish Again</source>
        <translation>Volver a publicar</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="460"/>
        <source>The password for %1 was not saved: %2</source>
        <translation>No se guardó la contraseña de %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="466"/>
        <source>Waiting for you to review the publish…</source>
        <translation>Esperando a que revise la publicación…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="516"/>
        <source>Published %1 (%2) to %3.</source>
        <translation>Publicado en %3: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="519"/>
        <source>Removed %1 from %2.</source>
        <translation>Eliminado de %2: %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="521"/>
        <source>Removed %1.</source>
        <translation>Eliminado: %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="526"/>
        <source>Publishing to %1 cancelled after %2 (%3). %4</source>
        <translation>Se canceló la publicación en %1 tras enviar %2 (%3). %4</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="534"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="542"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="581"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="589"/>
        <source>Publishing to %1 stopped: %2</source>
        <translation>Se detuvo la publicación en %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="536"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="583"/>
        <source>Not published: %1</source>
        <translation>No publicado: %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="538"/>
        <source>%1 (%2) were published before it stopped.</source>
        <translation>Antes de detenerse se publicaron: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="544"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="591"/>
        <source>Publishing Stopped</source>
        <translation>Publicación detenida</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="587"/>
        <source>%1 were published before it stopped.</source>
        <translation>Antes de detenerse se publicaron: %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="595"/>
        <source>Publishing to %1 cancelled after %2. %3</source>
        <translation>Se canceló la publicación en %1 tras enviar %2. %3</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="601"/>
        <location filename="../ui/publish/publishcontroller.cpp" line="654"/>
        <source>Open Blog</source>
        <translation>Abrir blog</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="614"/>
        <source>Open Post</source>
        <translation>Abrir entrada</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="632"/>
        <source>Published %1 to %2.</source>
        <translation>Publicado en %2: %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="634"/>
        <source>Nothing was published to %1.</source>
        <translation>No se publicó nada en %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="638"/>
        <source>1 post was replaced by its version from %1.</source>
        <translation>1 entrada se reemplazó por su versión de %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="639"/>
        <source>%L1 posts were replaced by their versions from %2.</source>
        <translation>%L1 entradas se reemplazaron por sus versiones de %2.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="641"/>
        <source>1 post changed on the blog was left as it is.</source>
        <translation>1 entrada modificada en el blog se dejó como estaba.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="643"/>
        <source>%L1 posts changed on the blog were left as they are.</source>
        <translation>%L1 entradas modificadas en el blog se dejaron como estaban.</translation>
    </message>
</context>
<context>
    <name>Postwright::PublishReviewDialog</name>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="43"/>
        <source>Publish to %1</source>
        <translation>Publicar en %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="168"/>
        <source>Ready to publish %1 (%2) to %3.</source>
        <translation>Listo para publicar %1 (%2) en %3.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="172"/>
        <source>Everything is already published to %1.</source>
        <translation>Ya está todo publicado en %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="83"/>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="84"/>
        <source>Changed</source>
        <translation>Modificados</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="86"/>
        <source>No longer part of the site</source>
        <translation>Ya no forman parte del sitio</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="91"/>
        <source>%1 already on the server and unchanged.</source>
        <translation>Ya en el servidor y sin cambios: %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="98"/>
        <source>Show files</source>
        <translation>Mostrar archivos</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="107"/>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="108"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="107"/>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="108"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="108"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="99"/>
        <source>Hide files</source>
        <translation>Ocultar archivos</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="90"/>
        <source>%1 already on the blog and unchanged.</source>
        <translation>Ya en el blog y sin cambios: %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="98"/>
        <source>Show posts</source>
        <translation>Mostrar entradas</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="99"/>
        <source>Hide posts</source>
        <translation>Ocultar entradas</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="107"/>
        <source>Post</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="126"/>
        <source>Also remove 1 file that is no longer part of the site</source>
        <translation>Eliminar también 1 archivo que ya no forma parte del sitio</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="127"/>
        <source>Also remove %L1 files that are no longer part of the site</source>
        <translation>Eliminar también %L1 archivos que ya no forman parte del sitio</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="128"/>
        <source>Off, they stay on the server: other sites may still link to them.</source>
        <translation>Si está desactivado, se quedan en el servidor: puede que otros sitios aún enlacen a ellos.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="132"/>
        <source>Don&apos;t show this again for %1</source>
        <translation>No volver a mostrar esto para %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="135"/>
        <source>Publish straight away next time. Turn the review back on in Site ▸ Publish Targets…</source>
        <translation>Publicar directamente la próxima vez. Vuelva a activar la revisión en Sitio ▸ Destinos de publicación…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="139"/>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="196"/>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="261"/>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="281"/>
        <source>new</source>
        <translation>por primera vez</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="198"/>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="261"/>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="282"/>
        <source>changed</source>
        <translation>con cambios</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="199"/>
        <source>Ready to publish %1 to %2.</source>
        <translation>Listo para publicar %1 en %2.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="199"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="201"/>
        <source>Nothing to publish to %1.</source>
        <translation>Nada que publicar en %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="205"/>
        <source>1 post on this computer is replaced by its version from %1.</source>
        <translation>1 entrada de este equipo se reemplaza por su versión de %1.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="206"/>
        <source>%L1 posts on this computer are replaced by their versions from %2.</source>
        <translation>%L1 entradas de este equipo se reemplazan por sus versiones de %2.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="211"/>
        <source>1 post changed on the blog is left as it is.</source>
        <translation>1 entrada modificada en el blog se deja como está.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="212"/>
        <source>%L1 posts changed on the blog are left as they are.</source>
        <translation>%L1 entradas modificadas en el blog se dejan como están.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="229"/>
        <source>changed on the blog: yours replaces it</source>
        <translation>modificada en el blog: la suya la reemplaza</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="231"/>
        <source>changed on the blog: the web version replaces your file</source>
        <translation>modificada en el blog: la versión web reemplaza su archivo</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="233"/>
        <source>sent again as a new post</source>
        <translation>se envía de nuevo como entrada nueva</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="237"/>
        <source>changed on the blog: left alone</source>
        <translation>modificada en el blog: no se toca</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishreviewdialog.cpp" line="283"/>
        <source>not in the site any more</source>
        <translation>ya no está en el sitio</translation>
    </message>
</context>
<context>
    <name>Postwright::PublishSession</name>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="95"/>
        <source>Publishing to a %1 target (“%2”) is not supported by this version of Postwright.</source>
        <translation>Esta versión de Postwright no admite publicar en un destino %1 («%2»).</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="130"/>
        <location filename="../app/publish/publishsession.cpp" line="149"/>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="130"/>
        <location filename="../app/publish/publishsession.cpp" line="134"/>
        <source>key passphrase</source>
        <translation>frase de contraseña de la clave</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="132"/>
        <source>secret access key</source>
        <translation>clave de acceso secreta</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="134"/>
        <source>password or token</source>
        <translation>contraseña o token</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="137"/>
        <source>access token</source>
        <translation>token de acceso</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="139"/>
        <source>application password</source>
        <translation>contraseña de aplicación</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="141"/>
        <source>Admin API key</source>
        <translation>clave de la API de administración</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="347"/>
        <source>The build was cancelled; run it again to finish.</source>
        <translation>Se canceló la generación; vuelva a ejecutarla para terminarla.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="368"/>
        <source>The generator copied postwright.yaml into the site, and it is not published: add “exclude: [postwright.yaml]” to _config.yml.</source>
        <translation>El generador copió postwright.yaml en el sitio, así que no se publica: añada «exclude: [postwright.yaml]» a _config.yml.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishsession.cpp" line="458"/>
        <source>Cannot record the deploy: %1</source>
        <translation>No se puede registrar el despliegue: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::PublishStateCache</name>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="100"/>
        <source>published %1</source>
        <translation>publicada el %1</translation>
    </message>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="102"/>
        <source>%1 “%2”: %3</source>
        <translation>%1 «%2»: %3</translation>
    </message>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="112"/>
        <source>not published yet</source>
        <translation>aún no publicada</translation>
    </message>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="114"/>
        <source>published</source>
        <translation>publicada</translation>
    </message>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="116"/>
        <source>published, changed here since</source>
        <translation>publicada, modificada aquí desde entonces</translation>
    </message>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="118"/>
        <source>changed on the blog since it was published</source>
        <translation>modificada en el blog desde que se publicó</translation>
    </message>
    <message>
        <location filename="../ui/posttree/publishstatecache.cpp" line="120"/>
        <source>publish cut off; checked at the next publish</source>
        <translation>publicación interrumpida; se comprobará en la próxima publicación</translation>
    </message>
</context>
<context>
    <name>Postwright::PublishStatus</name>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="38"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="40"/>
        <source>Stop after the files being sent now. Publish again later to send the rest.</source>
        <translation>Detenerse después de los archivos que se están enviando ahora. Vuelva a publicar más tarde para enviar el resto.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="41"/>
        <location filename="../ui/publish/publishstatus.cpp" line="147"/>
        <source>Open Site</source>
        <translation>Abrir sitio</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="43"/>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="49"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="106"/>
        <location filename="../ui/publish/publishstatus.cpp" line="110"/>
        <source>%L1 of %L2 posts</source>
        <translation>%L1 de %L2 entradas</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="119"/>
        <location filename="../ui/publish/publishstatus.cpp" line="127"/>
        <source>%L1 of %L2 files · %3 of %4</source>
        <translation>%L1 de %L2 archivos · %3 de %4</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="140"/>
        <source>Cancelling after the post being sent…</source>
        <translation>Cancelando después de la entrada que se está enviando…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishstatus.cpp" line="141"/>
        <source>Cancelling after the files in flight…</source>
        <translation>Cancelando después de los archivos en curso…</translation>
    </message>
</context>
<context>
    <name>Postwright::PublishTargets</name>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="271"/>
        <source>“publish” should hold “default:” and a list of “targets:”.</source>
        <translation>«publish» debe contener «default:» y una lista «targets:».</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="278"/>
        <source>“targets” should be a list, each target starting with “- name:”.</source>
        <translation>«targets» debe ser una lista en la que cada destino empiece por «- name:».</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="289"/>
        <source>There are two publish targets named “%1”; give each its own name.</source>
        <translation>Hay dos destinos de publicación llamados «%1»; dé a cada uno su propio nombre.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="297"/>
        <source>“default” should be the name of a target.</source>
        <translation>«default» debe ser el nombre de un destino.</translation>
    </message>
    <message>
        <location filename="../app/publish/publishtargets.cpp" line="301"/>
        <source>The default publish target “%1” is not among the targets.</source>
        <translation>El destino de publicación predeterminado «%1» no está entre los destinos.</translation>
    </message>
</context>
<context>
    <name>Postwright::PublishText</name>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="39"/>
        <source>%1, folder %2</source>
        <translation>%1, carpeta %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="46"/>
        <source> at %1</source>
        <translation> en %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="51"/>
        <source>%1, branch %2</source>
        <translation>%1, rama %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="53"/>
        <source>Netlify site %1</source>
        <translation>Sitio de Netlify %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="56"/>
        <source>%1 as %2</source>
        <translation>%1 como %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="105"/>
        <source>Reading the password for %1 from the keychain…</source>
        <translation>Leyendo del llavero la contraseña para %1…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="106"/>
        <source>Waiting for the password…</source>
        <translation>Esperando la contraseña…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="107"/>
        <source>A password is stored in the system keychain.</source>
        <translation>Hay una contraseña guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="108"/>
        <source>No password is stored; Postwright will ask when it needs one.</source>
        <translation>No hay ninguna contraseña guardada; Postwright la pedirá cuando la necesite.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="110"/>
        <source>Type the password first: none is stored.</source>
        <translation>Escriba primero la contraseña: no hay ninguna guardada.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="111"/>
        <source>Reading the key passphrase for %1 from the keychain…</source>
        <translation>Leyendo del llavero la frase de contraseña de la clave para %1…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="113"/>
        <source>Waiting for the key passphrase…</source>
        <translation>Esperando la frase de contraseña de la clave…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="114"/>
        <source>A key passphrase is stored in the system keychain.</source>
        <translation>Hay una frase de contraseña de la clave guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="115"/>
        <source>No key passphrase is stored; Postwright will ask when it needs one.</source>
        <translation>No hay ninguna frase de contraseña de la clave guardada; Postwright la pedirá cuando la necesite.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="117"/>
        <source>Type the key passphrase first: none is stored.</source>
        <translation>Escriba primero la frase de contraseña de la clave: no hay ninguna guardada.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="118"/>
        <source>Reading the secret access key for %1 from the keychain…</source>
        <translation>Leyendo del llavero la clave de acceso secreta para %1…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="120"/>
        <source>Waiting for the secret access key…</source>
        <translation>Esperando la clave de acceso secreta…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="121"/>
        <source>A secret access key is stored in the system keychain.</source>
        <translation>Hay una clave de acceso secreta guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="122"/>
        <source>No secret access key is stored; Postwright will ask when it needs one.</source>
        <translation>No hay ninguna clave de acceso secreta guardada; Postwright la pedirá cuando la necesite.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="124"/>
        <source>Type the secret access key first: none is stored.</source>
        <translation>Escriba primero la clave de acceso secreta: no hay ninguna guardada.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="125"/>
        <source>Reading the access token for %1 from the keychain…</source>
        <translation>Leyendo del llavero el token de acceso para %1…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="126"/>
        <source>Waiting for the access token…</source>
        <translation>Esperando el token de acceso…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="127"/>
        <source>An access token is stored in the system keychain.</source>
        <translation>Hay un token de acceso guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="128"/>
        <source>No access token is stored; Postwright will ask when it needs one.</source>
        <translation>No hay ningún token de acceso guardado; Postwright lo pedirá cuando lo necesite.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="130"/>
        <source>Type the access token first: none is stored.</source>
        <translation>Escriba primero el token de acceso: no hay ninguno guardado.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="131"/>
        <source>Reading the application password for %1 from the keychain…</source>
        <translation>Leyendo del llavero la contraseña de aplicación para %1…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="133"/>
        <source>Waiting for the application password…</source>
        <translation>Esperando la contraseña de aplicación…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="134"/>
        <source>An application password is stored in the system keychain.</source>
        <translation>Hay una contraseña de aplicación guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="136"/>
        <source>No application password is stored; Postwright will ask when it needs one.</source>
        <translation>No hay ninguna contraseña de aplicación guardada; Postwright la pedirá cuando la necesite.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="138"/>
        <source>Type the application password first: none is stored.</source>
        <translation>Escriba primero la contraseña de aplicación: no hay ninguna guardada.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="139"/>
        <source>Reading the Admin API key for %1 from the keychain…</source>
        <translation>Leyendo del llavero la clave de la API de administración para %1…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="140"/>
        <source>Waiting for the Admin API key…</source>
        <translation>Esperando la clave de la API de administración…</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="141"/>
        <source>An Admin API key is stored in the system keychain.</source>
        <translation>Hay una clave de la API de administración guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="142"/>
        <source>No Admin API key is stored; Postwright will ask when it needs one.</source>
        <translation>No hay ninguna clave de la API de administración guardada; Postwright la pedirá cuando la necesite.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="144"/>
        <source>Type the Admin API key first: none is stored.</source>
        <translation>Escriba primero la clave de la API de administración: no hay ninguna guardada.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="155"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="157"/>
        <source>Key passphrase</source>
        <translation>Frase de contraseña de la clave</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="159"/>
        <source>Secret access key</source>
        <translation>Clave de acceso secreta</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="161"/>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="163"/>
        <source>Application password</source>
        <translation>Contraseña de aplicación</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="165"/>
        <source>Admin API key</source>
        <translation>Clave de la API de administración</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="183"/>
        <source>Create one in WordPress under Users ▸ Profile ▸ Application Passwords; your login password does not work here.</source>
        <translation>Cree una en WordPress, en Usuarios ▸ Perfil ▸ Contraseñas de aplicación; su contraseña de inicio de sesión no sirve aquí.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="186"/>
        <source>In Ghost Admin, Settings ▸ Integrations ▸ Add custom integration, copy the Admin API key (it looks like id:secret).</source>
        <translation>En Ghost Admin, vaya a Settings ▸ Integrations ▸ Add custom integration y copie la clave de la API de administración (Admin API key; tiene la forma id:secret).</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="190"/>
        <source>A token from your site&apos;s token endpoint (IndieAuth) with the create, update and media scopes.</source>
        <translation>Un token del punto de acceso de tokens de su sitio (IndieAuth) con los ámbitos create, update y media.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="193"/>
        <source>The password of %1 on the blog.</source>
        <translation>La contraseña de %1 en el blog.</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="202"/>
        <source>1 file</source>
        <translation>1 archivo</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="202"/>
        <source>%L1 files</source>
        <translation>%L1 archivos</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="207"/>
        <source>1 post</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="207"/>
        <source>%L1 posts</source>
        <translation>%L1 entradas</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="212"/>
        <source>1 %1 post</source>
        <translation>1 entrada %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/publishtext.cpp" line="212"/>
        <source>%L1 %2 posts</source>
        <translation>%L1 entradas %2</translation>
    </message>
</context>
<context>
    <name>Postwright::RecoveryDialog</name>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="29"/>
        <source>Recover Unsaved Text</source>
        <translation>Recuperar texto sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="34"/>
        <source>Postwright was closed before it could save everything. This text was kept for you. Restore it to continue where you left off, or discard it to keep the file as it is.</source>
        <translation>Postwright se cerró antes de poder guardarlo todo. Este texto se conservó para usted. Restáurelo para continuar donde lo dejó, o descártelo para mantener el archivo tal como está.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="57"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="59"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="61"/>
        <source>Decide &amp;Later</source>
        <translation>Decidir &amp;más tarde</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="103"/>
        <source>%1 — kept %2. The file is no longer on disk; restoring writes it again.</source>
        <translation>%1 — guardado el %2. El archivo ya no está en el disco; al restaurarlo se vuelve a escribir.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/recoverydialog.cpp" line="108"/>
        <source>%1 — kept %2. Lines marked + are the recovered text, lines marked − what the file says now.</source>
        <translation>%1 — guardado el %2. Las líneas marcadas con + son el texto recuperado; las marcadas con −, lo que dice ahora el archivo.</translation>
    </message>
</context>
<context>
    <name>Postwright::RemoteManifest</name>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="113"/>
        <source>Cannot create the folder for the deploy record.</source>
        <translation>No se puede crear la carpeta para el registro de despliegue.</translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="147"/>
        <source>The deploy record on the server (%1) has format version %2, which this version of Postwright does not know. Update Postwright.</source>
        <translation>El registro de despliegue del servidor (%1) tiene la versión de formato %2, que esta versión de Postwright no conoce. Actualice Postwright.</translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="156"/>
        <source>the head names no valid base</source>
        <translation>la cabecera no indica una base válida</translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="161"/>
        <location filename="../app/publish/remotemanifest.cpp" line="178"/>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="172"/>
        <source>the head names an invalid file</source>
        <translation>la cabecera indica un archivo no válido</translation>
    </message>
    <message>
        <location filename="../app/publish/remotemanifest.cpp" line="192"/>
        <source>%1 has a broken entry</source>
        <translation>%1 tiene una entrada dañada</translation>
    </message>
</context>
<context>
    <name>Postwright::RenamePostDialog</name>
    <message>
        <location filename="../ui/posttree/renamepostdialog.cpp" line="23"/>
        <source>Rename Post</source>
        <translation>Renombrar entrada</translation>
    </message>
    <message>
        <location filename="../ui/posttree/renamepostdialog.cpp" line="31"/>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <location filename="../ui/posttree/renamepostdialog.cpp" line="34"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../ui/posttree/renamepostdialog.cpp" line="35"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../ui/posttree/renamepostdialog.cpp" line="57"/>
        <source>%1 (unchanged)</source>
        <translation>%1 (sin cambios)</translation>
    </message>
</context>
<context>
    <name>Postwright::S3Transport</name>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="209"/>
        <source>“%1” in %2</source>
        <comment>a file in a bucket, %2 in &quot;%1 %2 failed: %3&quot;</comment>
        <translation>«%1» en %2</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="270"/>
        <location filename="../app/publish/s3transport.cpp" line="319"/>
        <source>%1 %2 failed: %3</source>
        <translation>Falló %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="275"/>
        <source>the TLS certificate of %1 could not be verified.</source>
        <translation>no se pudo verificar el certificado TLS de %1.</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="277"/>
        <location filename="../app/publish/s3transport.cpp" line="282"/>
        <source>the connection failed or was lost.</source>
        <translation>la conexión falló o se perdió.</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="293"/>
        <source>the service does not know the access key ID “%1”.</source>
        <translation>el servicio no conoce el ID de clave de acceso «%1».</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="295"/>
        <source>the secret access key does not belong to the access key ID “%1”.</source>
        <translation>la clave de acceso secreta no corresponde al ID de clave de acceso «%1».</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="298"/>
        <source>the service did not accept the access keys (%1).</source>
        <translation>el servicio no aceptó las claves de acceso (%1).</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="300"/>
        <source>the bucket “%1” does not exist. Check the bucket name, the endpoint and the region in blog.yaml.</source>
        <translation>el bucket «%1» no existe. Compruebe el nombre del bucket, el endpoint y la región en blog.yaml.</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="305"/>
        <source>access denied: the access key “%1” may not do this in the bucket “%2”.</source>
        <translation>acceso denegado: puede que la clave de acceso «%1» no tenga permiso para hacer esto en el bucket «%2».</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="308"/>
        <source>the file is larger than the service accepts.</source>
        <translation>el archivo es más grande de lo que admite el servicio.</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="311"/>
        <source>the bucket “%1” is in another region or needs another endpoint (%2).</source>
        <translation>el bucket «%1» está en otra región o necesita otro endpoint (%2).</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="314"/>
        <source>the service is busy or had a problem (HTTP %1 %2).</source>
        <translation>el servicio está ocupado o tuvo un problema (HTTP %1 %2).</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="317"/>
        <source>the service answered HTTP %1 %2</source>
        <translation>el servicio respondió HTTP %1 %2</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="328"/>
        <source>Publishing to S3 needs a bucket, an access key ID and a secret access key.</source>
        <translation>Para publicar en S3 se necesita un bucket, un ID de clave de acceso y una clave de acceso secreta.</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="343"/>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="361"/>
        <location filename="../app/publish/s3transport.cpp" line="366"/>
        <source>Uploading</source>
        <translation>la subida de</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="379"/>
        <location filename="../app/publish/s3transport.cpp" line="387"/>
        <source>Removing</source>
        <translation>la eliminación de</translation>
    </message>
    <message>
        <location filename="../app/publish/s3transport.cpp" line="399"/>
        <location filename="../app/publish/s3transport.cpp" line="410"/>
        <source>Reading</source>
        <translation>la lectura de</translation>
    </message>
</context>
<context>
    <name>Postwright::SecretPrompt</name>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="20"/>
        <source>Publish to %1</source>
        <translation>Publicar en %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="24"/>
        <source>Enter the password for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Introduzca la contraseña de &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="25"/>
        <source>Enter the passphrase of the key %1 for &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Introduzca la frase de contraseña de la clave %1 para &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="40"/>
        <source>Remember in the system keychain</source>
        <translation>Recordar en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="43"/>
        <source>Stored only after the server accepted it. It never goes into blog.yaml.</source>
        <translation>Se guarda solo después de que el servidor la acepte. Nunca se escribe en blog.yaml.</translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="51"/>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="55"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../ui/publish/secretprompt.cpp" line="80"/>
        <source>%1
Postwright will keep what you enter in memory until you quit, and ask again next time.</source>
        <translation>%1
Postwright conservará lo que introduzca en memoria hasta que salga, y volverá a preguntar la próxima vez.</translation>
    </message>
</context>
<context>
    <name>Postwright::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="55"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="60"/>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="61"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="62"/>
        <source>&amp;Publishing</source>
        <translation>&amp;Publicación</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="63"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="73"/>
        <source>Show the default settings; OK or Apply keeps them</source>
        <translation>Mostrar los ajustes predeterminados; Aceptar o Aplicar los conserva</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="116"/>
        <source>Use a font of my choice</source>
        <translation>Usar una fuente de mi elección</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="123"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="135"/>
        <source>Font:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="138"/>
        <source>Off: a typeface made for reading code and prose at small sizes (%1). Zooming with Ctrl+wheel or Ctrl++ still works on top of the size.</source>
        <translation>Desactivado: una fuente pensada para leer código y prosa en tamaños pequeños (%1). El zoom con Ctrl+rueda o Ctrl++ sigue funcionando sobre el tamaño.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="146"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="147"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="148"/>
        <source>Auto&amp;save after:</source>
        <translation>Guardado au&amp;tomático tras:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="150"/>
        <source>Seconds after you stop typing. Off: the post is saved when you save it, switch posts or quit; unsaved text is kept in the recovery journal either way.</source>
        <translation>Segundos después de dejar de escribir. Desactivado: la entrada se guarda cuando usted la guarda, cambia de entrada o sale; el texto sin guardar se conserva en el diario de recuperación en cualquier caso.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="154"/>
        <source>Check spelling as you &amp;type</source>
        <translation>Revisar la &amp;ortografía al escribir</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="156"/>
        <source>Spelling:</source>
        <translation>Ortografía:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="161"/>
        <source>The blog’s language (%1)</source>
        <translation>El idioma del blog (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="162"/>
        <source>The blog’s language (no dictionary installed)</source>
        <translation>El idioma del blog (ningún diccionario instalado)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="166"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="170"/>
        <source>Open a blog to choose its spelling language.</source>
        <translation>Abra un blog para elegir el idioma de su ortografía.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="175"/>
        <source>No Hunspell dictionaries are installed; install one (hunspell-en-us, say) to check spelling.</source>
        <translation>No hay diccionarios de Hunspell instalados; instale uno (hunspell-es, por ejemplo) para revisar la ortografía.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="177"/>
        <source>For %1 only; each blog keeps its own.</source>
        <translation>Solo para %1; cada blog conserva el suyo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="188"/>
        <source>Show &amp;images from the web</source>
        <translation>Mostrar &amp;imágenes de la web</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="191"/>
        <source>A post’s image on another server tells that server the post is being edited. Off, the preview shows the image’s address and contacts no server.</source>
        <translation>Una imagen de una entrada en otro servidor le indica a ese servidor que la entrada se está editando. Desactivado, la vista previa muestra la dirección de la imagen y no contacta con ningún servidor.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="195"/>
        <source>&amp;Synchronize scrolling of the editor and the preview</source>
        <translation>&amp;Sincronizar el desplazamiento del editor y la vista previa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="199"/>
        <source>Show posts in the site’s own &amp;style</source>
        <translation>Mostrar las entradas en el estilo propio del si&amp;tio</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="204"/>
        <source>For %1 only: its own stylesheets instead of the built-in theme. Postwright keeps this choice itself; the site’s files are not changed.</source>
        <translation>Solo para %1: sus propias hojas de estilo en lugar del tema integrado. Postwright guarda esta elección por su cuenta; los archivos del sitio no se modifican.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="207"/>
        <source>Only for a Hugo or Jekyll site whose stylesheets Postwright found (build it first, or name them in postwright.yaml).</source>
        <translation>Solo para un sitio Hugo o Jekyll cuyas hojas de estilo haya encontrado Postwright (genérelo primero, o nómbrelas en postwright.yaml).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="220"/>
        <source>The blog’s default (none set: ask)</source>
        <translation>El destino predeterminado del blog (ninguno: preguntar)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="221"/>
        <source>The blog’s default (%1)</source>
        <translation>El destino predeterminado del blog (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="225"/>
        <source>Ask each time</source>
        <translation>Preguntar cada vez</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="226"/>
        <source>&amp;Publish sends to:</source>
        <translation>Publicar e&amp;nvía a:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="231"/>
        <source>Open a blog to choose where its Publish button sends it.</source>
        <translation>Abra un blog para elegir adónde lo envía su botón Publicar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="233"/>
        <source>The publish targets could not be read: %1</source>
        <translation>No se pudieron leer los destinos de publicación: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="235"/>
        <source>This blog has no publish targets yet: add them in Site ▸ Publish Targets.</source>
        <translation>Este blog aún no tiene destinos de publicación: añádalos en Sitio ▸ Destinos de publicación.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="237"/>
        <source>For %1 only. Site ▸ Publish To still sends to any target.</source>
        <translation>Solo para %1. Sitio ▸ Publicar en sigue enviando a cualquier destino.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="249"/>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="250"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="251"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="252"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="258"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="331"/>
        <source>%1 (not installed)</source>
        <translation>%1 (no instalado)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="336"/>
        <source>%1 (no longer in the blog’s targets)</source>
        <translation>%1 (ya no está entre los destinos del blog)</translation>
    </message>
</context>
<context>
    <name>Postwright::SftpTransport</name>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="170"/>
        <location filename="../app/publish/sftptransport.cpp" line="301"/>
        <location filename="../app/publish/sftptransport.cpp" line="319"/>
        <source>%1 %2 failed: %3</source>
        <translation>Falló %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="174"/>
        <source>the host key of %1 has changed since it was trusted. The server may have been reinstalled, or someone may be intercepting the connection, so Postwright refused to connect. If the change is expected, remove the old key for %1 from %2.</source>
        <translation>la clave de host de %1 ha cambiado desde que se confió en ella. Puede que el servidor se haya reinstalado o que alguien esté interceptando la conexión, así que Postwright se negó a conectarse. Si el cambio es esperado, elimine la clave antigua de %1 de %2.</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="181"/>
        <source>%1 is not a known host and its key was not accepted.</source>
        <translation>%1 no es un host conocido y su clave no se aceptó.</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="188"/>
        <source>the server did not accept the password for “%1”.</source>
        <translation>el servidor no aceptó la contraseña de «%1».</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="189"/>
        <source>the server did not accept the key %1 for “%2” (or its passphrase is wrong).</source>
        <translation>el servidor no aceptó la clave %1 para «%2» (o su frase de contraseña es incorrecta).</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="193"/>
        <source>the server&apos;s host key could not be verified.</source>
        <translation>no se pudo verificar la clave de host del servidor.</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="195"/>
        <source>the server has no space left.</source>
        <translation>el servidor no tiene espacio libre.</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="199"/>
        <location filename="../app/publish/sftptransport.cpp" line="204"/>
        <location filename="../app/publish/sftptransport.cpp" line="301"/>
        <source>the connection failed or was lost.</source>
        <translation>la conexión falló o se perdió.</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="168"/>
        <location filename="../app/publish/sftptransport.cpp" line="297"/>
        <source>“%1” on %2</source>
        <comment>a file on a server, %2 in &quot;%1 %2 failed: %3&quot;</comment>
        <translation>«%1» en %2</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="221"/>
        <source>Connecting to</source>
        <translation>la conexión con</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="229"/>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="251"/>
        <location filename="../app/publish/sftptransport.cpp" line="301"/>
        <location filename="../app/publish/sftptransport.cpp" line="320"/>
        <source>Uploading</source>
        <translation>la subida de</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="321"/>
        <source>the server has no space left (%1 bytes free, the file needs %2).</source>
        <translation>el servidor no tiene espacio libre (%1 bytes libres, el archivo necesita %2).</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="338"/>
        <source>Removing</source>
        <translation>la eliminación de</translation>
    </message>
    <message>
        <location filename="../app/publish/sftptransport.cpp" line="353"/>
        <source>Reading</source>
        <translation>la lectura de</translation>
    </message>
</context>
<context>
    <name>Postwright::ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="96"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="100"/>
        <source>Filter by command or key, e.g. “save” or “Ctrl+Shift”</source>
        <translation>Filtrar por comando o tecla, por ejemplo «guardar» o «Ctrl+Shift»</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="108"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="108"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="124"/>
        <source>&amp;Copy List</source>
        <translation>&amp;Copiar lista</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="126"/>
        <source>Copy the shortcuts shown, to paste into a document or print</source>
        <translation>Copiar los atajos mostrados, para pegarlos en un documento o imprimirlos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="153"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="207"/>
        <source>No command matches “%1”.</source>
        <translation>Ningún comando coincide con «%1».</translation>
    </message>
</context>
<context>
    <name>Postwright::SiteBuilder</name>
    <message>
        <location filename="../app/site/sitebuilder.cpp" line="94"/>
        <source>The output folder must not be the blog folder itself.</source>
        <translation>La carpeta de salida no puede ser la propia carpeta del blog.</translation>
    </message>
    <message>
        <location filename="../app/site/sitebuilder.cpp" line="125"/>
        <source>Could not create the output folder.</source>
        <translation>No se pudo crear la carpeta de salida.</translation>
    </message>
    <message>
        <location filename="../app/site/sitebuilder.cpp" line="155"/>
        <source>Math is on, but KaTeX was not found in %1 (Debian package libjs-katex): pages show math as TeX.</source>
        <translation>Las matemáticas están activadas, pero no se encontró KaTeX en %1 (paquete de Debian libjs-katex): las páginas muestran las fórmulas como TeX.</translation>
    </message>
    <message>
        <location filename="../app/site/sitebuilder.cpp" line="268"/>
        <source>(while building %1)</source>
        <translation>(al generar %1)</translation>
    </message>
    <message>
        <location filename="../app/site/sitebuilder.cpp" line="499"/>
        <source>The build was cancelled; run it again to finish.</source>
        <translation>Se canceló la generación; vuelva a ejecutarla para terminar.</translation>
    </message>
</context>
<context>
    <name>Postwright::SiteConfig</name>
    <message>
        <location filename="../app/blog/siteconfig.cpp" line="227"/>
        <source>Invalid TOML: %1.</source>
        <translation>TOML no válido: %1.</translation>
    </message>
    <message>
        <location filename="../app/blog/siteconfig.cpp" line="239"/>
        <source>Invalid JSON: %1.</source>
        <translation>JSON no válido: %1.</translation>
    </message>
    <message>
        <location filename="../app/blog/siteconfig.cpp" line="240"/>
        <source>The config should be a JSON object: { &quot;title&quot;: &quot;…&quot; }.</source>
        <translation>La configuración debe ser un objeto JSON: { &quot;title&quot;: &quot;…&quot; }.</translation>
    </message>
    <message>
        <location filename="../app/blog/siteconfig.cpp" line="250"/>
        <source>The config should be a list of “key: value” lines.</source>
        <translation>La configuración debe ser una lista de líneas «clave: valor».</translation>
    </message>
</context>
<context>
    <name>Postwright::SiteContent</name>
    <message>
        <location filename="../app/site/sitecontent.cpp" line="263"/>
        <source>It has the same address %1 as %2; give one of them another slug.</source>
        <translation>Tiene la misma dirección %1 que %2; dé otro slug a una de ellas.</translation>
    </message>
</context>
<context>
    <name>Postwright::SiteLayout</name>
    <message>
        <location filename="../app/blog/sitelayout.cpp" line="154"/>
        <source>%1 has a %2 but no %3/ folder beside it, so it is not a Hugo site; and there is no blog.yaml (Postwright) or _config.yml (Jekyll).</source>
        <translation>%1 tiene un %2 pero ninguna carpeta %3/ junto a él, así que no es un sitio Hugo; y no hay ningún blog.yaml (Postwright) ni _config.yml (Jekyll).</translation>
    </message>
    <message>
        <location filename="../app/blog/sitelayout.cpp" line="158"/>
        <source>This folder is not a blog Postwright can open: there is no blog.yaml, hugo.toml, config.toml or _config.yml in %1. Choose the folder that holds one of them (a Postwright blog, a Hugo site or a Jekyll site).</source>
        <translation>Esta carpeta no es un blog que Postwright pueda abrir: no hay ningún blog.yaml, hugo.toml, config.toml ni _config.yml en %1. Elija la carpeta que contiene uno de ellos (un blog de Postwright, un sitio Hugo o un sitio Jekyll).</translation>
    </message>
    <message>
        <location filename="../app/blog/sitelayout.cpp" line="207"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>Postwright::SiteStyleSheets</name>
    <message>
        <location filename="../app/site/sitestylesheets.cpp" line="350"/>
        <source>%1 is not inside the site: not used.</source>
        <translation>%1 no está dentro del sitio: no se usa.</translation>
    </message>
    <message>
        <location filename="../app/site/sitestylesheets.cpp" line="358"/>
        <source>%1 was not found in the site (or is not a CSS file).</source>
        <translation>%1 no se encontró en el sitio (o no es un archivo CSS).</translation>
    </message>
    <message>
        <location filename="../app/site/sitestylesheets.cpp" line="396"/>
        <source>%1 is not on the site: not loaded in the preview.</source>
        <translation>%1 no está en el sitio: no se carga en la vista previa.</translation>
    </message>
</context>
<context>
    <name>Postwright::SiteToolSettings</name>
    <message>
        <location filename="../app/blog/sitetoolsettings.cpp" line="105"/>
        <source>The file should be a list of settings such as “build:”.</source>
        <translation>El archivo debe ser una lista de ajustes como «build:».</translation>
    </message>
</context>
<context>
    <name>Postwright::SpellChecker</name>
    <message>
        <location filename="../app/spell/spellchecker.cpp" line="25"/>
        <source>The %1 spelling dictionary cannot be used: %2. Reinstall it or choose another language.</source>
        <translation>No se puede usar el diccionario ortográfico de %1: %2. Vuelva a instalarlo o elija otro idioma.</translation>
    </message>
    <message>
        <location filename="../app/spell/spellchecker.cpp" line="62"/>
        <source>its word list does not start with the number of words</source>
        <translation>su lista de palabras no empieza con el número de palabras</translation>
    </message>
    <message>
        <location filename="../app/spell/spellchecker.cpp" line="84"/>
        <source>No spelling dictionary is installed for this language.</source>
        <translation>No hay ningún diccionario ortográfico instalado para este idioma.</translation>
    </message>
    <message>
        <location filename="../app/spell/spellchecker.cpp" line="98"/>
        <source>its character encoding %1 is not supported</source>
        <translation>no se admite su codificación de caracteres %1</translation>
    </message>
</context>
<context>
    <name>Postwright::SpellController</name>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="56"/>
        <source>Check Spelling</source>
        <translation>Revisar la ortografía</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="57"/>
        <source>Spelling</source>
        <translation>Ortografía</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="173"/>
        <source>Spelling not checked: %1</source>
        <translation>Ortografía sin revisar: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="197"/>
        <source>Spelling not checked</source>
        <translation>Ortografía sin revisar</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="199"/>
        <source>Loading the %1 dictionary…</source>
        <translation>Cargando el diccionario de %1…</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="203"/>
        <source>Spelling: %1</source>
        <translation>Ortografía: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="205"/>
        <source>No %1 dictionary installed — spelling not checked</source>
        <translation>No hay ningún diccionario de %1 instalado — ortografía sin revisar</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="417"/>
        <source>No dictionaries installed</source>
        <translation>No hay diccionarios instalados</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="468"/>
        <source>No Suggestions</source>
        <translation>Sin sugerencias</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="472"/>
        <source>Add “%1” to Dictionary</source>
        <translation>Añadir «%1» al diccionario</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="475"/>
        <source>Ignore “%1”</source>
        <translation>Ignorar «%1»</translation>
    </message>
    <message>
        <location filename="../ui/editor/spellcontroller.cpp" line="504"/>
        <source>“%1” is accepted until Postwright quits, but could not be saved: %2</source>
        <translation>«%1» se acepta hasta que salga de Postwright, pero no se pudo guardar: %2</translation>
    </message>
</context>
<context>
    <name>Postwright::TargetsDialog</name>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="49"/>
        <source>Publish Targets</source>
        <translation>Destinos de publicación</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="61"/>
        <source>Postwright publishes to the targets listed in &lt;b&gt;blog.yaml&lt;/b&gt; under &lt;tt&gt;publish:&lt;/tt&gt;. Passwords and tokens never go there: save them here, in the system keychain.</source>
        <translation>Postwright publica en los destinos que aparecen en &lt;b&gt;blog.yaml&lt;/b&gt;, bajo &lt;tt&gt;publish:&lt;/tt&gt;. Las contraseñas y los tokens nunca van ahí: guárdelos aquí, en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="64"/>
        <source>Postwright publishes this %1 site to the targets listed in &lt;b&gt;%2&lt;/b&gt; under &lt;tt&gt;publish:&lt;/tt&gt;, at the site’s root (not in blog.yaml: a %1 site has none, and %3 does not read %2). What %3 builds is what is sent. Passwords and tokens never go there: save them here, in the system keychain.</source>
        <translation>Postwright publica este sitio %1 en los destinos que aparecen en &lt;b&gt;%2&lt;/b&gt;, bajo &lt;tt&gt;publish:&lt;/tt&gt;, en la raíz del sitio (no en blog.yaml: un sitio %1 no lo tiene, y %3 no lee %2). Se envía lo que genera %3. Las contraseñas y los tokens nunca van ahí: guárdelos aquí, en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="80"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="80"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="80"/>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="93"/>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="98"/>
        <source>Save to Keychain</source>
        <translation>Guardar en el llavero</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="100"/>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="111"/>
        <source>Test Connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="118"/>
        <source>Show the review before publishing to this target</source>
        <translation>Mostrar la revisión antes de publicar en este destino</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="129"/>
        <source>Where:</source>
        <translation>Ubicación:</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="151"/>
        <source>How to add a target</source>
        <translation>Cómo añadir un destino</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="178"/>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="243"/>
        <source># Postwright&apos;s settings for this %1 site: where it is published and how it is
# built. %2 does not read this file. Passwords and tokens never go here:
# save them in Site &gt; Publish Targets, in the system keychain.
#
# Publish sends what %2 builds. Uncomment a target and adapt it:
</source>
        <translation># Los ajustes de Postwright para este sitio %1: dónde se publica y cómo se
# genera. %2 no lee este archivo. Las contraseñas y los tokens nunca van aquí:
# guárdelos en Sitio &gt; Destinos de publicación, en el llavero del sistema.
#
# Publicar envía lo que genera %2. Descomente un destino y adáptelo:
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
        <translation>Añada a %2 una sección como esta (tipos: folder, zip, sftp, ftp, ftps, s3, git,
netlify para el sitio generado; wordpress, ghost, metaweblog, micropub para enviar
las entradas a un blog alojado):

%1
Después guarde aquí la contraseña del destino sftp, la contraseña de aplicación
de WordPress y la clave de la API de administración de Ghost.</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="175"/>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="203"/>
        <source>The publish section of %1 has a problem:
%2</source>
        <translation>La sección publish de %1 tiene un problema:
%2</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="211"/>
        <source>%1 (default)</source>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="227"/>
        <source>This blog has no publish targets yet.</source>
        <translation>Este blog todavía no tiene destinos de publicación.</translation>
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
# Cómo se genera el sitio (Sitio &gt; Ajustes de generación): el comando, o generator: false
# para el tema propio de Postwright.
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
# Jekyll copia en el sitio los archivos que no conoce: deje este fuera con
# &quot;exclude: [postwright.yaml]&quot; en _config.yml.
</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="271"/>
        <source>%1 could not be created: %2</source>
        <translation>No se pudo crear %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="311"/>
        <source>Secret:</source>
        <translation>Secreto:</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="313"/>
        <source>Type it to save or test it</source>
        <translation>Escríbalo para guardarlo o probarlo</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="313"/>
        <source>This target needs none</source>
        <translation>Este destino no necesita ninguno</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="338"/>
        <source>Looking in the keychain…</source>
        <translation>Buscando en el llavero…</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="366"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="400"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="446"/>
        <source>Could not log in: %1</source>
        <translation>No se pudo iniciar sesión: %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="447"/>
        <source>Could not connect: %1</source>
        <translation>No se pudo conectar: %1</translation>
    </message>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="450"/>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
</context>
<context>
    <name>Postwright::TemplateEngine</name>
    <message>
        <location filename="../app/site/templateengine.cpp" line="576"/>
        <source>The theme has no template “%1”.</source>
        <translation>El tema no tiene la plantilla «%1».</translation>
    </message>
</context>
<context>
    <name>Postwright::TextSearch</name>
    <message>
        <location filename="../ui/editor/textsearch.cpp" line="26"/>
        <source>%1 (at character %2)</source>
        <translation>%1 (en el carácter %2)</translation>
    </message>
</context>
<context>
    <name>Postwright::Theme</name>
    <message>
        <location filename="../app/site/theme.cpp" line="109"/>
        <source>built-in theme: </source>
        <translation>tema integrado: </translation>
    </message>
    <message>
        <location filename="../app/site/theme.cpp" line="181"/>
        <source>The theme has no template “%1”.</source>
        <translation>El tema no tiene la plantilla «%1».</translation>
    </message>
    <message>
        <location filename="../app/site/theme.cpp" line="204"/>
        <source>The theme has no asset “%1”.</source>
        <translation>El tema no tiene el recurso «%1».</translation>
    </message>
</context>
<context>
    <name>Postwright::ThemeLabels</name>
    <message>
        <location filename="../app/site/themelabels.cpp" line="26"/>
        <source>Read more</source>
        <translation>Leer más</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="20"/>
        <source>Skip to content</source>
        <translation>Saltar al contenido</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="21"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="22"/>
        <source>Archive</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="23"/>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="24"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="25"/>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="27"/>
        <source>min read</source>
        <translation>min de lectura</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="28"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="29"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="30"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="31"/>
        <source>Previous post</source>
        <translation>Entrada anterior</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="32"/>
        <source>Next post</source>
        <translation>Entrada siguiente</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="33"/>
        <source>Newer posts</source>
        <translation>Entradas más recientes</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="34"/>
        <source>Older posts</source>
        <translation>Entradas más antiguas</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="35"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="36"/>
        <source>of</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="37"/>
        <source>Posts in</source>
        <translation>Entradas en</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="38"/>
        <source>Tagged</source>
        <translation>Etiquetadas con</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="39"/>
        <source>Posts from</source>
        <translation>Entradas de</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="40"/>
        <source>Page not found</source>
        <translation>Página no encontrada</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="41"/>
        <source>There is nothing at this address. It may have moved, or the link may be mistyped.</source>
        <translation>No hay nada en esta dirección. Puede que se haya movido o que el enlace esté mal escrito.</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="43"/>
        <source>Back to the home page</source>
        <translation>Volver a la página de inicio</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="44"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="45"/>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="46"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="47"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="48"/>
        <source>More posts</source>
        <translation>Más entradas</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="49"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../app/site/themelabels.cpp" line="50"/>
        <source>Not done</source>
        <translation>Pendiente</translation>
    </message>
</context>
<context>
    <name>Postwright::TomlFrontMatter</name>
    <message>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="177"/>
        <source>Invalid TOML: %1.</source>
        <translation>TOML no válido: %1.</translation>
    </message>
</context>
<context>
    <name>Postwright::TomlReader</name>
    <message>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="93"/>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="132"/>
        <source>“%1” should be text.</source>
        <translation>«%1» debe ser texto.</translation>
    </message>
    <message>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="101"/>
        <source>“%1” is not a date: write it as 2024-05-01 or 2024-05-01T09:30:00+02:00.</source>
        <translation>«%1» no es una fecha: escríbala como 2024-05-01 o 2024-05-01T09:30:00+02:00.</translation>
    </message>
    <message>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="108"/>
        <source>“%1” should be true or false.</source>
        <translation>«%1» debe ser true o false.</translation>
    </message>
    <message>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="151"/>
        <source>“%1” should be a list, like [one, two].</source>
        <translation>«%1» debe ser una lista, como [uno, dos].</translation>
    </message>
    <message>
        <location filename="../app/blog/tomlfrontmatter.cpp" line="155"/>
        <source>Each entry of “%1” should be text.</source>
        <translation>Cada elemento de «%1» debe ser texto.</translation>
    </message>
</context>
<context>
    <name>Postwright::Translations</name>
    <message>
        <location filename="../app/util/translations.cpp" line="24"/>
        <source>English</source>
        <comment>The name of this translation&apos;s language in that language, as a list of languages shows it: Deutsch, Français, Español</comment>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>Postwright::UiLanguage</name>
    <message>
        <location filename="../ui/mainwindow/uilanguage.cpp" line="44"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/uilanguage.cpp" line="50"/>
        <source>The new language takes effect the next time Postwright starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Postwright.</translation>
    </message>
</context>
<context>
    <name>Postwright::UndoBar</name>
    <message>
        <location filename="../ui/posttree/undobar.cpp" line="27"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/posttree/undobar.cpp" line="34"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>Postwright::WelcomeDialog</name>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="107"/>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="175"/>
        <source>Welcome to Postwright</source>
        <translation>Bienvenido a Postwright</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="116"/>
        <source>&amp;Show this at start-up</source>
        <translation>&amp;Mostrar al iniciar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="121"/>
        <source>Help ▸ Welcome opens it again.</source>
        <translation>Ayuda ▸ Bienvenida lo vuelve a abrir.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="183"/>
        <source>Write blog posts in Markdown, preview them in your blog&apos;s own theme, and publish anywhere.</source>
        <translation>Escriba entradas de blog en Markdown, previsualícelas con el propio tema de su blog y publíquelas en cualquier parte.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="209"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="217"/>
        <source>&amp;Open a blog or site folder</source>
        <translation>&amp;Abrir una carpeta de blog o de sitio</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="218"/>
        <source>A Postwright blog, or a Hugo or Jekyll site that Postwright edits in place.</source>
        <translation>Un blog de Postwright, o un sitio Hugo o Jekyll que Postwright edita donde está.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="220"/>
        <source>&amp;Create a new blog</source>
        <translation>&amp;Crear un blog nuevo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="221"/>
        <source>An empty blog in a new folder, with the built-in theme and a first post.</source>
        <translation>Un blog vacío en una carpeta nueva, con el tema integrado y una primera entrada.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="223"/>
        <source>&amp;Import from WordPress</source>
        <translation>&amp;Importar desde WordPress</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="224"/>
        <source>Turn a WordPress export (WXR) into a new blog: posts, pages, categories, tags and images.</source>
        <translation>Convertir una exportación de WordPress (WXR) en un blog nuevo: entradas, páginas, categorías, etiquetas e imágenes.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="228"/>
        <source>&amp;Explore the sample blog</source>
        <translation>&amp;Explorar el blog de ejemplo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="229"/>
        <source>A few example posts to look around: edit them, try the preview, build the site.</source>
        <translation>Unas cuantas entradas de ejemplo para echar un vistazo: edítelas, pruebe la vista previa, genere el sitio.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/welcomedialog.cpp" line="263"/>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
</context>
<context>
    <name>Postwright::WordPressApi</name>
    <message>
        <location filename="../app/publish/blogapis.cpp" line="42"/>
        <source>WordPress at %1</source>
        <translation>WordPress en %1</translation>
    </message>
</context>
<context>
    <name>Postwright::WordPressClient</name>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="149"/>
        <source>“%1” is not a WordPress site address. Use the address of the blog, starting with https://.</source>
        <translation>«%1» no es la dirección de un sitio WordPress. Use la dirección del blog, empezando por https://.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="156"/>
        <source>Postwright does not send the application password to %1 over plain http://: anyone on the way could read it. Use https://, or allow insecure connections for this target if you trust the network.</source>
        <translation>Postwright no envía la contraseña de aplicación a %1 por http:// sin cifrar: cualquiera en el camino podría leerla. Use https://, o permita conexiones inseguras para este destino si confía en la red.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="281"/>
        <source>no explanation given</source>
        <translation>no se dio ninguna explicación</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="287"/>
        <source>WordPress refused the application password for %1 at %2 (%3). Create an application password under Users, Profile in WordPress and store it for this target.</source>
        <translation>WordPress rechazó la contraseña de aplicación de %1 en %2 (%3). Cree una contraseña de aplicación en Usuarios, Perfil en WordPress y guárdela para este destino.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="292"/>
        <source>WordPress does not let %1 at %2 do %3: %4. Check the user&apos;s role.</source>
        <translation>WordPress no permite a %1 en %2 esta operación sobre %3: %4. Compruebe el rol del usuario.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="296"/>
        <source>Cannot reach WordPress at %1 for %2: %3. Publish again later.</source>
        <translation>No se puede contactar con WordPress en %1 para %2: %3. Vuelva a publicar más tarde.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="300"/>
        <source>WordPress at %1 could not take %2 (HTTP %3: %4). Publish again later.</source>
        <translation>WordPress en %1 no pudo aceptar %2 (HTTP %3: %4). Vuelva a publicar más tarde.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="307"/>
        <source>WordPress at %1 sent %2 elsewhere (%3). Set the target&apos;s address to where the blog now is.</source>
        <translation>WordPress en %1 redirigió %2 a otro lugar (%3). Configure como dirección del destino la ubicación actual del blog.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="312"/>
        <source>WordPress at %1 refused %2 (HTTP %3): %4</source>
        <translation>WordPress en %1 rechazó %2 (HTTP %3): %4</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="318"/>
        <source>WordPress at %1 answered %2 with something Postwright does not understand (expected %3). A plugin or the server may be changing the answer.</source>
        <translation>WordPress en %1 respondió a %2 con algo que Postwright no entiende (se esperaba %3). Puede que un complemento o el servidor estén modificando la respuesta.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="327"/>
        <source>the REST API</source>
        <translation>la API REST</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="348"/>
        <source>%1 has no WordPress REST API (neither /wp-json/wp/v2/ nor ?rest_route=/wp/v2/ answers). Check the address, and that no plugin switches the API off.</source>
        <translation>%1 no tiene API REST de WordPress (no responde ni /wp-json/wp/v2/ ni ?rest_route=/wp/v2/). Compruebe la dirección y que ningún complemento desactive la API.</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="375"/>
        <source>the tag “%1”</source>
        <translation>la etiqueta «%1»</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="375"/>
        <source>the category “%1”</source>
        <translation>la categoría «%1»</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="386"/>
        <source>a list of terms</source>
        <translation>una lista de términos</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="399"/>
        <source>the new term&apos;s id</source>
        <translation>el ID del término nuevo</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="442"/>
        <source>a post with an id</source>
        <translation>una entrada con ID</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="447"/>
        <source>the post&apos;s modified_gmt</source>
        <translation>el modified_gmt de la entrada</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="464"/>
        <location filename="../app/publish/wordpressclient.cpp" line="479"/>
        <location filename="../app/publish/wordpressclient.cpp" line="532"/>
        <source>the post “%1”</source>
        <translation>la entrada «%1»</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="495"/>
        <source>the post with id %1</source>
        <translation>la entrada con el ID %1</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="524"/>
        <source>the login of %1</source>
        <translation>el inicio de sesión de %1</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="549"/>
        <location filename="../app/publish/wordpressclient.cpp" line="592"/>
        <source>a list of posts</source>
        <translation>una lista de entradas</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="566"/>
        <source>the list of posts (page %1)</source>
        <translation>la lista de entradas (página %1)</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="622"/>
        <source>the posts&apos; featured images</source>
        <translation>las imágenes destacadas de las entradas</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="623"/>
        <source>the posts&apos; tags</source>
        <translation>las etiquetas de las entradas</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="624"/>
        <source>the posts&apos; categories</source>
        <translation>las categorías de las entradas</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="634"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="686"/>
        <source>the file “%1”</source>
        <translation>el archivo «%1»</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="692"/>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <location filename="../app/publish/wordpressclient.cpp" line="699"/>
        <source>a media item with an id and a source_url</source>
        <translation>un elemento multimedia con ID y source_url</translation>
    </message>
</context>
<context>
    <name>Postwright::WxrReader</name>
    <message>
        <location filename="../app/publish/wxrreader.cpp" line="256"/>
        <source>The export could not be read: %1</source>
        <translation>No se pudo leer la exportación: %1</translation>
    </message>
</context>
<context>
    <name>Postwright::XmlRpc</name>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="227"/>
        <source>two values in one &lt;value&gt;</source>
        <translation>dos valores en un mismo &lt;value&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="238"/>
        <source>text beside a typed value</source>
        <translation>texto junto a un valor con tipo</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="253"/>
        <source>“%1” is not a valid &lt;%2&gt;</source>
        <translation>«%1» no es un &lt;%2&gt; válido</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="260"/>
        <source>&lt;%1&gt; in a &lt;struct&gt;</source>
        <translation>&lt;%1&gt; en un &lt;struct&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="273"/>
        <source>&lt;%1&gt; in a struct &lt;member&gt;</source>
        <translation>&lt;%1&gt; en un &lt;member&gt; de struct</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="280"/>
        <source>a struct &lt;member&gt; without a &lt;name&gt; and a &lt;value&gt;</source>
        <translation>un &lt;member&gt; de struct sin &lt;name&gt; y &lt;value&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="293"/>
        <source>an &lt;array&gt; without &lt;data&gt;</source>
        <translation>un &lt;array&gt; sin &lt;data&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="298"/>
        <source>&lt;%1&gt; in an array&apos;s &lt;data&gt;</source>
        <translation>&lt;%1&gt; en el &lt;data&gt; de un array</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="308"/>
        <source>&lt;%1&gt; after an array&apos;s &lt;data&gt;</source>
        <translation>&lt;%1&gt; después del &lt;data&gt; de un array</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="357"/>
        <source>the unknown type &lt;%1&gt;</source>
        <translation>el tipo desconocido &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="365"/>
        <source>an empty answer</source>
        <translation>una respuesta vacía</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="372"/>
        <source>a web page, not an XML-RPC answer</source>
        <translation>una página web, no una respuesta XML-RPC</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="374"/>
        <source>an answer that ends too early (cut off?)</source>
        <translation>una respuesta que termina demasiado pronto (¿cortada?)</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="376"/>
        <source>not XML: %1</source>
        <translation>no es XML: %1</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="388"/>
        <source>&lt;%1&gt; where &lt;methodResponse&gt; belongs</source>
        <translation>&lt;%1&gt; donde corresponde &lt;methodResponse&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="392"/>
        <source>a &lt;methodResponse&gt; with neither &lt;params&gt; nor &lt;fault&gt;</source>
        <translation>un &lt;methodResponse&gt; sin &lt;params&gt; ni &lt;fault&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="400"/>
        <source>&lt;%1&gt; where &lt;param&gt;&lt;value&gt; belongs</source>
        <translation>&lt;%1&gt; donde corresponde &lt;param&gt;&lt;value&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="409"/>
        <source>more than one value in a &lt;param&gt;</source>
        <translation>más de un valor en un &lt;param&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="414"/>
        <source>more than one &lt;param&gt; in an answer</source>
        <translation>más de un &lt;param&gt; en una respuesta</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="424"/>
        <source>a &lt;fault&gt; without a &lt;value&gt;</source>
        <translation>un &lt;fault&gt; sin &lt;value&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="433"/>
        <source>a &lt;fault&gt; without faultCode and faultString</source>
        <translation>un &lt;fault&gt; sin faultCode ni faultString</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="440"/>
        <source>more than one value in a &lt;fault&gt;</source>
        <translation>más de un valor en un &lt;fault&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="445"/>
        <source>&lt;%1&gt; where &lt;params&gt; or &lt;fault&gt; belongs</source>
        <translation>&lt;%1&gt; donde corresponde &lt;params&gt; o &lt;fault&gt;</translation>
    </message>
    <message>
        <location filename="../app/publish/xmlrpc.cpp" line="450"/>
        <source>&lt;%1&gt; after the answer</source>
        <translation>&lt;%1&gt; después de la respuesta</translation>
    </message>
</context>
<context>
    <name>Postwright::YamlDocument</name>
    <message>
        <location filename="../app/blog/yamldocument.cpp" line="16"/>
        <source>Invalid YAML: %1.</source>
        <translation>YAML no válido: %1.</translation>
    </message>
</context>
<context>
    <name>Postwright::ZipDeploy</name>
    <message>
        <location filename="../app/publish/zipdeploy.cpp" line="89"/>
        <source>Cannot create the folder %1 for %2.</source>
        <translation>No se puede crear la carpeta %1 para %2.</translation>
    </message>
    <message>
        <location filename="../app/publish/zipdeploy.cpp" line="94"/>
        <source>Cannot write into %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
</context>
<context>
    <name>SampleBlog</name>
    <message>
        <location filename="../ui/mainwindow/sampleblog.cpp" line="33"/>
        <source>The bundled sample blog is missing.</source>
        <translation>Falta el blog de ejemplo incluido.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/sampleblog.cpp" line="51"/>
        <source>The folder exists but holds no blog; move it away to get the sample blog back.</source>
        <translation>La carpeta existe pero no contiene ningún blog; muévala a otro lugar para recuperar el blog de ejemplo.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/sampleblog.cpp" line="63"/>
        <source>Could not create the sample blog folder.</source>
        <translation>No se pudo crear la carpeta del blog de ejemplo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/cli/main.cpp" line="23"/>
        <source>Work with a Postwright blog from the command line.</source>
        <translation>Trabaje con un blog de Postwright desde la línea de comandos.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="30"/>
        <source>Show the commands and options.</source>
        <translation>Muestra los comandos y las opciones.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="32"/>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="35"/>
        <source>Print no progress and no summary; errors still go to standard error.</source>
        <translation>No mostrar ni progreso ni resumen; los errores siguen yendo a la salida de error estándar.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="38"/>
        <source>build, check, publish: print one JSON document on standard output (see &quot;help COMMAND&quot;).</source>
        <translation>build, check, publish: escribir un documento JSON en la salida estándar (ver &quot;help COMANDO&quot;).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="42"/>
        <source>The command to run, see below.</source>
        <translation>El comando que se ejecutará; consulte más abajo.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="40"/>
        <source>Write blog posts in Markdown and preview them in the blog&apos;s theme.</source>
        <translation>Escriba entradas de blog en Markdown y obtenga una vista previa con el tema del blog.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="46"/>
        <source>The blog folder to open (default: the last one).</source>
        <translation>La carpeta del blog que se abrirá (predeterminada: la última).</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="50"/>
        <source>A post in that blog to open (default: the newest).</source>
        <translation>Una entrada de ese blog que se abrirá (predeterminada: la más reciente).</translation>
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
        <translation>No se pudo crear el blog de ejemplo:

%1</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="146"/>
        <location filename="../ui/main.cpp" line="157"/>
        <source>Could Not Open Blog</source>
        <translation>No se pudo abrir el blog</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="147"/>
        <source>The blog at %1 could not be opened.</source>
        <translation>No se pudo abrir el blog de %1.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="149"/>
        <source>The last blog you used could not be opened.</source>
        <translation>No se pudo abrir el último blog que usó.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="152"/>
        <source>%1

Postwright opens the sample blog instead.</source>
        <translation>%1

Postwright abre en su lugar el blog de ejemplo.</translation>
    </message>
</context>
</TS>
