#include "sitelayout.h"

#include "blog/jekyllfiles.h"
#include "blog/siteconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::SiteLayout", text);
}

const QStringList &jekyllConfigNames()
{
    static const QStringList names{QStringLiteral("_config.yml"), QStringLiteral("_config.yaml")};
    return names;
}

QString firstExisting(const QDir &root, const QStringList &names)
{
    for (const QString &name : names) {
        if (QFileInfo(root.filePath(name)).isFile())
            return name;
    }
    return {};
}

// A folder named in a config, relative to the root: "public", "../out", "/srv/www" -> "../../srv/www".
QString relativeFolder(const QDir &root, const QString &configured, const QString &fallback)
{
    if (configured.isEmpty())
        return fallback;
    const QString relative = root.relativeFilePath(QDir::cleanPath(root.absoluteFilePath(configured)));
    return relative == u"." ? QString() : relative;
}

struct HugoFolders
{
    QString content = QStringLiteral("content");
    QString output = QStringLiteral("public");
    QString staticDir = QStringLiteral("static");
};

HugoFolders hugoFolders(const QDir &root)
{
    HugoFolders folders;
    const Result<SiteConfig> config = SiteConfig::loadHugo(root.absolutePath());
    if (!config)
        return folders; // reported when the settings are read
    folders.content =
        relativeFolder(root, config.value().text({QStringLiteral("contentDir")}), folders.content);
    folders.output =
        relativeFolder(root, config.value().text({QStringLiteral("publishDir")}), folders.output);
    // staticDir may be a list (several folders merged); the first is the site's own.
    const QStringList statics = config.value().list({QStringLiteral("staticDir")});
    folders.staticDir = relativeFolder(root, statics.value(0), folders.staticDir);
    return folders;
}

struct JekyllFolders
{
    QString output = QStringLiteral("_site");
    QStringList read; // the root's folders Jekyll reads
};

JekyllFolders jekyllFolders(const QDir &root, const QString &configFile)
{
    JekyllFolders folders;
    const Result<SiteConfig> config = SiteConfig::loadFile(root.filePath(configFile), false);
    const SiteConfig empty;
    const SiteConfig &values = config ? config.value() : empty;
    folders.output = relativeFolder(root, values.text({QStringLiteral("destination")}), folders.output);
    const JekyllFiles files(root.absolutePath(), JekyllFiles::excludes(values), JekyllFiles::includes(values),
                            QDir::cleanPath(root.absoluteFilePath(folders.output)));
    folders.read = files.topFolders();
    return folders;
}

} // namespace

SiteLayout SiteLayout::detect(const QString &rootPath)
{
    SiteLayout layout;
    layout.root = QFileInfo(rootPath).absoluteFilePath();
    const QDir root(layout.root);

    const QList<SiteConfig::HugoFile> hugoFiles = SiteConfig::hugoFiles(layout.root);
    const QString jekyllConfig = firstExisting(root, jekyllConfigNames());
    const bool hasPosts = QFileInfo(root.filePath(QStringLiteral("_posts"))).isDir();
    // The file a person edits: the root's, else the config folder's main file, else its first
    // (a config/_default/ may hold only params.toml, menus.toml…).
    QString hugoConfig = hugoFiles.isEmpty() ? QString() : hugoFiles.constFirst().path;
    bool hugoConfigFolder = false;
    for (const SiteConfig::HugoFile &file : hugoFiles)
        hugoConfigFolder = hugoConfigFolder || file.path.startsWith(u"config/");
    for (const SiteConfig::HugoFile &file : hugoFiles) {
        if (file.key.isEmpty()) {
            hugoConfig = file.path;
            break;
        }
    }
    HugoFolders folders;
    if (!hugoFiles.isEmpty())
        folders = hugoFolders(root);
    const bool hasContent = QFileInfo(root.filePath(folders.content)).isDir();
    // config.* are common names; only a content folder beside one makes the folder a Hugo site.
    // hugo.* and config/_default/ say it themselves (a new site may have no posts yet).
    const bool hugo =
        !hugoConfig.isEmpty() && (hasContent || hugoConfig.startsWith(u"hugo.") || hugoConfigFolder);
    const bool jekyll = !jekyllConfig.isEmpty();

    if (QFileInfo(root.filePath(QStringLiteral("blog.yaml"))).isFile()) {
        layout.kind = SiteKind::Native;
        layout.configFile = QStringLiteral("blog.yaml");
        layout.configFiles = {layout.configFile};
        layout.postsFolder = QStringLiteral("posts");
        layout.pagesFolder = QStringLiteral("pages");
        layout.staticFolder = QStringLiteral("static");
        layout.outputFolder = QStringLiteral("public");
        layout.readFolders = {layout.postsFolder, layout.pagesFolder, layout.staticFolder};
    } else if (jekyll && (hasPosts || !hugo)) {
        layout.kind = SiteKind::Jekyll;
        layout.configFile = jekyllConfig;
        layout.configFiles = {layout.configFile};
        layout.postsFolder = QStringLiteral("_posts");
        layout.draftsFolder = QStringLiteral("_drafts");
        layout.pagesFolder = QString(); // about.md beside _config.yml, docs/guide.md
        // Jekyll copies every file without front matter outside _folders to the same path, so
        // /assets/css/site.css is the root's assets/css/site.css.
        layout.staticFolder = QString();
        const JekyllFolders folders = jekyllFolders(root, jekyllConfig);
        layout.outputFolder = folders.output;
        layout.readFolders = QStringList{layout.postsFolder, layout.draftsFolder} + folders.read;
    } else if (hugo) {
        layout.kind = SiteKind::Hugo;
        layout.configFile = hugoConfig;
        for (const SiteConfig::HugoFile &file : hugoFiles)
            layout.configFiles.append(file.path);
        layout.postsFolder = folders.content;
        layout.pagesFolder = folders.content;
        layout.staticFolder = folders.staticDir;
        layout.outputFolder = folders.output;
        layout.readFolders = {layout.postsFolder, layout.staticFolder};
    } else {
        const QString folder = QDir::toNativeSeparators(layout.root);
        if (!hugoConfig.isEmpty()) {
            // The content folder the config names (contentDir), content/ by default.
            layout.explanation = tr("%1 has a %2 but no %3/ folder beside it, so it is not a Hugo site; "
                                    "and there is no blog.yaml (Postwright) or _config.yml (Jekyll).")
                                     .arg(folder, hugoConfig, folders.content);
        } else {
            layout.explanation = tr("This folder is not a blog Postwright can open: there is no blog.yaml, "
                                    "hugo.toml, config.toml or _config.yml in %1. Choose the folder that "
                                    "holds one of them (a Postwright blog, a Hugo site or a Jekyll site).")
                                     .arg(folder);
        }
    }
    return layout;
}

QString SiteLayout::configuredOutputFolder(SiteKind kind, const QString &rootPath)
{
    const QDir root(QFileInfo(rootPath).absoluteFilePath());
    if (kind == SiteKind::Hugo)
        return hugoFolders(root).output;
    if (kind == SiteKind::Jekyll) {
        const QString config = firstExisting(root, jekyllConfigNames());
        return config.isEmpty() ? QStringLiteral("_site") : jekyllFolders(root, config).output;
    }
    return QStringLiteral("public");
}

SiteKind SiteLayout::conventionsOf(const QString &relativePath) const
{
    if (kind == SiteKind::Hugo && !postsFolder.isEmpty())
        return relativePath.startsWith(postsFolder + u'/') ? SiteKind::Hugo : SiteKind::Native;
    return conventionsFor(relativePath);
}

SiteKind SiteLayout::conventionsFor(const QString &relativePath)
{
    if (relativePath.startsWith(u"content/"))
        return SiteKind::Hugo;
    if (relativePath.startsWith(u"_posts/") || relativePath.startsWith(u"_drafts/"))
        return SiteKind::Jekyll;
    return SiteKind::Native;
}

QString SiteLayout::kindName(SiteKind kind)
{
    switch (kind) {
    case SiteKind::Native:
        return QStringLiteral("Postwright");
    case SiteKind::Hugo:
        return QStringLiteral("Hugo");
    case SiteKind::Jekyll:
        return QStringLiteral("Jekyll");
    case SiteKind::Unknown:
        break;
    }
    return tr("unknown");
}

QString SiteLayout::path(const QString &folder) const
{
    return folder.isEmpty() ? root : root + u'/' + folder;
}

} // namespace Postwright
