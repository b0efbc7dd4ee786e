#include "sitelayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::SiteLayout", text);
}

// In the order Hugo itself looks for them: hugo.* since 0.110, config.* before.
const QStringList &hugoConfigNames()
{
    static const QStringList names{QStringLiteral("hugo.toml"),   QStringLiteral("hugo.yaml"),
                                   QStringLiteral("hugo.json"),   QStringLiteral("config.toml"),
                                   QStringLiteral("config.yaml"), QStringLiteral("config.json")};
    return names;
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

} // namespace

SiteLayout SiteLayout::detect(const QString &rootPath)
{
    SiteLayout layout;
    layout.root = QFileInfo(rootPath).absoluteFilePath();
    const QDir root(layout.root);

    const QString hugoConfig = firstExisting(root, hugoConfigNames());
    const QString jekyllConfig = firstExisting(root, jekyllConfigNames());
    const bool hasContent = QFileInfo(root.filePath(QStringLiteral("content"))).isDir();
    const bool hasPosts = QFileInfo(root.filePath(QStringLiteral("_posts"))).isDir();
    // config.* are common names; only a content/ folder beside one makes the folder a Hugo site.
    // hugo.* and _config.* say it themselves (a new site may have no posts yet).
    const bool hugo = !hugoConfig.isEmpty() && (hasContent || hugoConfig.startsWith(u"hugo."));
    const bool jekyll = !jekyllConfig.isEmpty();

    if (QFileInfo(root.filePath(QStringLiteral("blog.yaml"))).isFile()) {
        layout.kind = SiteKind::Native;
        layout.configFile = QStringLiteral("blog.yaml");
        layout.postsFolder = QStringLiteral("posts");
        layout.pagesFolder = QStringLiteral("pages");
        layout.staticFolder = QStringLiteral("static");
        layout.outputFolder = QStringLiteral("public");
    } else if (jekyll && (hasPosts || !hugo)) {
        layout.kind = SiteKind::Jekyll;
        layout.configFile = jekyllConfig;
        layout.postsFolder = QStringLiteral("_posts");
        layout.draftsFolder = QStringLiteral("_drafts");
        layout.pagesFolder = QString(); // about.md beside _config.yml
        // Jekyll copies every folder without a leading underscore; assets/ is where its themes
        // and its docs put images, styles and scripts.
        layout.staticFolder = QStringLiteral("assets");
        layout.outputFolder = QStringLiteral("_site");
    } else if (hugo) {
        layout.kind = SiteKind::Hugo;
        layout.configFile = hugoConfig;
        layout.postsFolder = QStringLiteral("content");
        layout.pagesFolder = QStringLiteral("content");
        layout.staticFolder = QStringLiteral("static");
        layout.outputFolder = QStringLiteral("public");
    } else {
        const QString folder = QDir::toNativeSeparators(layout.root);
        if (!hugoConfig.isEmpty()) {
            layout.explanation = tr("%1 has a %2 but no content/ folder beside it, so it is not a Hugo site; "
                                    "and there is no blog.yaml (Postwright) or _config.yml (Jekyll).")
                                     .arg(folder, hugoConfig);
        } else {
            layout.explanation = tr("This folder is not a blog Postwright can open: there is no blog.yaml, "
                                    "hugo.toml, config.toml or _config.yml in %1. Choose the folder that "
                                    "holds one of them (a Postwright blog, a Hugo site or a Jekyll site).")
                                     .arg(folder);
        }
    }
    return layout;
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
