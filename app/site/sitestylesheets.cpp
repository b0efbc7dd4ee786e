#include "site/sitestylesheets.h"

#include "site/externalbuild.h"
#include "util/gumbodocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <gumbo.h>
#include <toml++/toml.h>
#include <yaml-cpp/yaml.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::SiteStyleSheets", text);
}

constexpr qint64 maxPageBytes = 4 * 1024 * 1024; // a built page larger than this is not read

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *found = gumbo_get_attribute(&element.attributes, name);
    return found ? QString::fromUtf8(found->value) : QString();
}

bool hasToken(const QString &value, QStringView wanted)
{
    const QStringList tokens = value.simplified().split(u' ', Qt::SkipEmptyParts);
    return std::any_of(tokens.begin(), tokens.end(), [wanted](const QString &token) {
        return token.compare(wanted, Qt::CaseInsensitive) == 0;
    });
}

// A stylesheet for print only does not shape the page on screen.
bool appliesOnScreen(const QString &media)
{
    if (media.trimmed().isEmpty())
        return true;
    const QStringList queries = media.split(u',');
    return std::any_of(queries.begin(), queries.end(), [](const QString &query) {
        const QString q = query.trimmed().toLower();
        return !q.startsWith(u"print"_s) && !q.startsWith(u"speech"_s);
    });
}

QString canonicalPath(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

bool isInside(const QString &canonicalFile, const QString &canonicalFolder)
{
    return !canonicalFolder.isEmpty() && canonicalFile.startsWith(canonicalFolder + u'/');
}

// CSS the browser can use as it is. SCSS, Sass and Less need the generator to become CSS (Jekyll's
// assets/main.scss, a Hugo theme's assets/*.scss): after a build, the page that links the result
// is read instead. A Jekyll .css file that starts with front matter goes through Liquid first.
bool isPlainCss(const QString &path)
{
    if (QFileInfo(path).suffix().compare(u"css"_s, Qt::CaseInsensitive) != 0)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return !file.read(4).startsWith("---");
}

QStringList toStrings(const QStringList &values)
{
    QStringList names;
    for (const QString &value : values) {
        const QString name = value.trimmed();
        // A theme is a folder name in themes/: nothing that could leave it.
        if (!name.isEmpty() && !name.contains(u'/') && !name.contains(u'\\') && name != u"."_s &&
            name != u".."_s)
            names.append(name);
    }
    return names;
}

// The theme (or list of theme components) a Hugo config names, in its order. Keys are compared
// without case, as Hugo does. A config that does not parse names none: Hugo reports it itself.
QStringList hugoThemes(const QString &configPath)
{
    QFile file(configPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    const QString suffix = QFileInfo(configPath).suffix().toLower();
    QStringList values;
    try {
        if (suffix == u"toml"_s) {
            const toml::table table = toml::parse(std::string_view(bytes.constData(), size_t(bytes.size())));
            for (auto &&[key, node] : table) {
                if (QString::fromUtf8(key.str()).compare(u"theme"_s, Qt::CaseInsensitive) != 0)
                    continue;
                if (const auto text = node.value<std::string>())
                    values.append(QString::fromStdString(*text));
                else if (const toml::array *array = node.as_array())
                    for (const toml::node &item : *array)
                        if (const auto text = item.value<std::string>())
                            values.append(QString::fromStdString(*text));
            }
        } else if (suffix == u"json"_s) {
            const QJsonObject object = QJsonDocument::fromJson(bytes).object();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (it.key().compare(u"theme"_s, Qt::CaseInsensitive) != 0)
                    continue;
                if (it.value().isString())
                    values.append(it.value().toString());
                for (const QJsonValue &item : it.value().toArray())
                    values.append(item.toString());
            }
        } else {
            const YAML::Node root = YAML::Load(bytes.toStdString());
            if (root && root.IsMap()) {
                for (const auto &entry : root) {
                    if (QString::fromStdString(entry.first.as<std::string>())
                            .compare(u"theme"_s, Qt::CaseInsensitive) != 0)
                        continue;
                    if (entry.second.IsScalar())
                        values.append(QString::fromStdString(entry.second.Scalar()));
                    else if (entry.second.IsSequence())
                        for (const YAML::Node &item : entry.second)
                            if (item.IsScalar())
                                values.append(QString::fromStdString(item.Scalar()));
                }
            }
        }
    } catch (const std::exception &) {
        return {};
    }
    return toStrings(values);
}

// The built page whose stylesheets the preview takes, relative to the output folder: a post's
// page when one can be told apart (Hugo's posts/<slug>/index.html, Jekyll's dated folders), since a
// theme may link more on posts (syntax colours) than on the home page; else the home page.
QStringList builtPages(const QString &output)
{
    QStringList pages;
    const QDir dir(output);
    for (const QString &section : {u"posts"_s, u"post"_s, u"blog"_s, u"articles"_s}) {
        const QStringList entries =
            QDir(dir.filePath(section)).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &entry : entries) {
            const QString page = section + u'/' + entry + u"/index.html"_s;
            if (QFileInfo(dir.filePath(page)).isFile()) {
                pages.append(page);
                break;
            }
        }
        if (!pages.isEmpty())
            break;
    }
    if (pages.isEmpty()) {
        static const QRegularExpression year(u"^(19|20)\\d\\d$"_s);
        const QStringList entries = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &entry : entries) {
            if (!year.match(entry).hasMatch())
                continue;
            QDirIterator it(dir.filePath(entry), {u"*.html"_s}, QDir::Files, QDirIterator::Subdirectories);
            if (it.hasNext()) {
                pages.append(dir.relativeFilePath(it.next()));
                break;
            }
        }
    }
    pages.append(u"index.html"_s);
    return pages;
}

QByteArray readPage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(maxPageBytes);
}

} // namespace

QStringList SiteStyleSheets::linkedStyleSheets(const QByteArray &html)
{
    const GumboDocument page(html);
    QStringList hrefs;
    if (!page.root())
        return hrefs;
    // Depth first in document order, without recursion (a page may nest deeply).
    std::vector<const GumboNode *> stack{page.root()};
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
            continue;
        const GumboElement &element = node->v.element;
        if (element.tag == GUMBO_TAG_LINK) {
            const QString rel = attribute(element, "rel");
            const QString href = attribute(element, "href").trimmed();
            if (hasToken(rel, u"stylesheet") && !hasToken(rel, u"alternate") && !href.isEmpty() &&
                appliesOnScreen(attribute(element, "media")))
                hrefs.append(href);
        }
        for (unsigned int i = element.children.length; i > 0; --i)
            stack.push_back(static_cast<const GumboNode *>(element.children.data[i - 1]));
    }
    return hrefs;
}

QString SiteStyleSheets::outputPathFor(const QString &href, const QString &pagePath, const QString &baseUrl)
{
    const QUrl url(href.trimmed());
    if (!url.isValid())
        return {};
    const QUrl base(baseUrl.trimmed());
    const QString scheme = url.scheme().toLower();
    QString path;
    if (!scheme.isEmpty() || href.trimmed().startsWith(u"//"_s)) {
        // Absolute: on the site only when it names the site's own host ({{ "css/x.css" | absURL }}).
        if (!scheme.isEmpty() && scheme != u"http"_s && scheme != u"https"_s)
            return {};
        if (base.host().isEmpty() || url.host().compare(base.host(), Qt::CaseInsensitive) != 0)
            return {};
        path = url.path(QUrl::FullyDecoded);
    } else if (url.path().startsWith(u'/')) {
        path = url.path(QUrl::FullyDecoded);
    } else {
        // Relative to the page (Hugo's relativeURLs): the page's own place in the output folder.
        const QUrl page(u"http://site.invalid/"_s + pagePath);
        return outputPathFor(page.resolved(url).path(QUrl::FullyEncoded), {}, {});
    }
    // A site under a path (baseURL https://example.org/blog/) has its files at the output
    // folder's root: /blog/css/x.css is css/x.css there.
    QString prefix = base.path(QUrl::FullyDecoded);
    if (!prefix.endsWith(u'/'))
        prefix.append(u'/');
    if (prefix != u"/"_s && path.startsWith(prefix))
        path = path.mid(prefix.size() - 1);
    path = QDir::cleanPath(path);
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    if (path.isEmpty() || path == u".."_s || path.startsWith(u"../"_s))
        return {};
    return path;
}

SiteStyleSheets SiteStyleSheets::find(const SiteLayout &layout, const QString &baseUrl,
                                      const SiteToolSettings &tools)
{
    if (tools.previewStyle == SiteToolSettings::PreviewStyle::BuiltIn)
        return {};
    return discover(layout, baseUrl, tools.previewCss);
}

SiteStyleSheets SiteStyleSheets::discover(const SiteLayout &layout, const QString &baseUrl,
                                          const QStringList &configured)
{
    SiteStyleSheets found;
    found.m_root = canonicalPath(layout.root);
    if (found.m_root.isEmpty() || !layout.isValid())
        return found;
    const QString output =
        layout.kind == SiteKind::Hugo
            ? ExternalBuild::detectOutputPath(ExternalBuild::Generator::Hugo, layout.root)
        : layout.kind == SiteKind::Jekyll
            ? ExternalBuild::detectOutputPath(ExternalBuild::Generator::Jekyll, layout.root)
            : layout.path(layout.outputFolder);
    found.m_output = canonicalPath(output);

    if (!configured.isEmpty()) {
        found.findConfigured(layout, configured);
        return found;
    }
    // A native blog's theme is its site's style already: the built-in preview shows it.
    if (layout.kind != SiteKind::Hugo && layout.kind != SiteKind::Jekyll)
        return found;
    if (!found.findInBuild(baseUrl))
        found.findPlain(layout);
    return found;
}

bool SiteStyleSheets::isServable(const QString &canonicalFolder) const
{
    return !canonicalFolder.isEmpty() && (canonicalFolder == m_root || isInside(canonicalFolder, m_root) ||
                                          canonicalFolder == m_output || isInside(canonicalFolder, m_output));
}

QString SiteStyleSheets::relativeToSite(const QString &path) const
{
    const QString relative = QDir(m_root).relativeFilePath(path);
    return relative.isEmpty() ? u"."_s : relative;
}

void SiteStyleSheets::addFolder(const QString &folder)
{
    if (!m_folders.contains(folder))
        m_folders.append(folder);
}

bool SiteStyleSheets::add(const QString &folder, const QString &urlPath, Origin origin,
                          const QString &foundIn)
{
    const QString canonicalFolder = canonicalPath(folder);
    if (!isServable(canonicalFolder))
        return false;
    const QString file = canonicalPath(QDir(canonicalFolder).filePath(urlPath));
    // Links resolved: a stylesheet that is a link to a file out of its folder is not the site's.
    if (file.isEmpty() || !QFileInfo(file).isFile() || !isInside(file, canonicalFolder))
        return false;
    const bool known = std::any_of(m_sheets.begin(), m_sheets.end(), [&](const Sheet &sheet) {
        return sheet.filePath == file || (sheet.folder == canonicalFolder && sheet.urlPath == urlPath);
    });
    if (!known)
        m_sheets.append({file, urlPath, canonicalFolder, origin, foundIn});
    addFolder(canonicalFolder);
    return true;
}

void SiteStyleSheets::findConfigured(const SiteLayout &layout, const QStringList &configured)
{
    // Where a path written in postwright.yaml may point: the site's own files, the files served at
    // its root (Hugo's and a native blog's static/; Jekyll's assets/ is served as /assets/, so it
    // is under the root already), then what the last build wrote.
    QStringList folders{m_root};
    if (layout.kind == SiteKind::Hugo || layout.kind == SiteKind::Native)
        folders.append(canonicalPath(layout.path(layout.staticFolder)));
    folders.append(m_output);
    folders.removeAll(QString());
    const QString settingsFile = QFileInfo(SiteToolSettings::filePath(layout)).fileName();
    for (const QString &written : configured) {
        const QString path = QDir::cleanPath(QString(written).replace(u'\\', u'/'));
        if (QDir::isAbsolutePath(path) || path == u".."_s || path.startsWith(u"../"_s)) {
            m_notes.append(tr("%1 is not inside the site: not used.").arg(written));
            continue;
        }
        const bool added = std::any_of(folders.begin(), folders.end(), [&](const QString &folder) {
            return QFileInfo(path).suffix().compare(u"css"_s, Qt::CaseInsensitive) == 0 &&
                   add(folder, path, Origin::Configured, settingsFile);
        });
        if (!added)
            m_notes.append(tr("%1 was not found in the site (or is not a CSS file).").arg(written));
    }
    // Fonts and images the sheets use may come from any of these, as on the site; in the order
    // the paths were looked up, so that the preview finds the same files.
    m_folders.clear();
    if (m_sheets.isEmpty())
        return;
    for (const QString &folder : std::as_const(folders))
        if (isServable(folder))
            addFolder(folder);
}

bool SiteStyleSheets::findInBuild(const QString &baseUrl)
{
    if (m_output.isEmpty())
        return false;
    const QDir output(m_output);
    const QStringList pages = builtPages(m_output);
    for (const QString &page : pages) {
        const QString pageFile = output.filePath(page);
        if (!QFileInfo(pageFile).isFile())
            continue;
        const QString foundIn = relativeToSite(pageFile);
        QStringList remote;
        bool any = false;
        for (const QString &href : linkedStyleSheets(readPage(pageFile))) {
            const QString path = outputPathFor(href, page, baseUrl);
            if (path.isEmpty()) {
                // The preview never reaches the network: a web font service's stylesheet stays out.
                remote.append(href);
                continue;
            }
            if (QFileInfo(path).suffix().compare(u"css"_s, Qt::CaseInsensitive) == 0 &&
                add(m_output, path, Origin::BuiltPage, foundIn))
                any = true;
        }
        if (any) {
            for (const QString &href : std::as_const(remote))
                m_notes.append(tr("%1 is not on the site: not loaded in the preview.").arg(href));
            return true;
        }
    }
    return false;
}

void SiteStyleSheets::addFolderSheets(const QString &folder, const QString &cssFolder, Origin origin)
{
    const QDir dir(QDir(folder).filePath(cssFolder));
    const QStringList names = dir.entryList({u"*.css"_s, u"*.CSS"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (isPlainCss(dir.filePath(name)))
            add(folder, cssFolder + u'/' + name, origin, relativeToSite(dir.path()));
    }
}

void SiteStyleSheets::findPlain(const SiteLayout &layout)
{
    const QString root = layout.root;
    if (layout.kind == SiteKind::Hugo) {
        // The theme's stylesheets first and the site's own after them, so that the site's
        // overrides win as they do on its pages. Hugo serves static/ over each theme's static/:
        // the preview looks files up in that order too (folders()).
        const QString siteStatic = layout.path(layout.staticFolder);
        const QStringList themes = hugoThemes(QDir(root).filePath(layout.configFile));
        QStringList themeStatics;
        for (const QString &theme : themes) {
            const QString themeRoot = QDir(root).filePath(u"themes/"_s + theme);
            themeStatics.append(QDir(themeRoot).filePath(u"static"_s));
            addFolderSheets(themeStatics.last(), u"css"_s, Origin::Theme);
            addFolderSheets(root, u"themes/"_s + theme + u"/assets/css"_s, Origin::Theme);
        }
        addFolderSheets(root, u"assets/css"_s, Origin::Assets);
        addFolderSheets(siteStatic, u"css"_s, Origin::StaticFolder);
        if (m_sheets.isEmpty())
            return;
        // A theme's sheet that static/ replaces under the same path is the site's.
        QList<Sheet> kept;
        const QString canonicalStatic = canonicalPath(siteStatic);
        for (const Sheet &sheet : std::as_const(m_sheets)) {
            const bool shadowed = sheet.origin == Origin::Theme && sheet.folder != m_root &&
                                  !canonicalStatic.isEmpty() &&
                                  QFileInfo(QDir(canonicalStatic).filePath(sheet.urlPath)).isFile();
            if (!shadowed)
                kept.append(sheet);
        }
        m_sheets = kept;
        m_folders.clear();
        for (const QString &folder : QStringList{siteStatic} + themeStatics + QStringList{root}) {
            const QString canonical = canonicalPath(folder);
            if (isServable(canonical))
                addFolder(canonical);
        }
        return;
    }
    // Jekyll copies plain CSS as it is: assets/css/ (the usual place) and css/ (older sites).
    addFolderSheets(root, u"assets/css"_s, Origin::Assets);
    addFolderSheets(root, u"css"_s, Origin::SiteFolder);
}

} // namespace Postwright
