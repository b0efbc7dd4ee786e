#include "postlayout.h"

#include "blog/blog.h"
#include "blog/postfiles.h"
#include "blog/posttreemodel.h"
#include "blog/siteconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <array>

namespace Postwright {

namespace {

bool isYear(const QString &segment)
{
    static const QRegularExpression pattern(QStringLiteral("^(19|20|21)\\d\\d$"));
    return pattern.match(segment).hasMatch();
}

bool isMonth(const QString &segment)
{
    static const QRegularExpression pattern(QStringLiteral("^(0[1-9]|1[0-2])$"));
    return pattern.match(segment).hasMatch();
}

PostLayout::Folders classify(const QString &container)
{
    if (container.isEmpty())
        return PostLayout::Folders::Flat;
    const QStringList segments = container.split(u'/');
    if (!isYear(segments.constFirst()))
        return PostLayout::Folders::ByCategory;
    return segments.size() > 1 && isMonth(segments.at(1)) ? PostLayout::Folders::ByYearMonth
                                                          : PostLayout::Folders::ByYear;
}

bool isUncategorized(const QString &category)
{
    return category.isEmpty() || category == PostTreeModel::uncategorizedName();
}

} // namespace

PostLayout PostLayout::detect(const Blog &blog)
{
    switch (blog.kind()) {
    case SiteKind::Hugo:
        return detectHugoSection(blog, hugoMainSection(blog));
    case SiteKind::Jekyll: {
        // Jekyll publishes only _posts/YYYY-MM-DD-slug.md files; drafts live apart.
        QStringList posts = blog.postFiles();
        const QString postsRoot = blog.postsPath() + u'/';
        posts.removeIf([&postsRoot](const QString &file) { return !file.startsWith(postsRoot); });
        PostLayout layout = detect(blog.postsPath(), posts);
        layout.m_datePrefix = true;
        layout.m_bundles = false;
        return layout;
    }
    case SiteKind::Native:
    case SiteKind::Unknown:
        break;
    }
    return detect(blog.postsPath(), blog.postFiles());
}

PostLayout PostLayout::detectHugoSection(const Blog &blog, const QString &section)
{
    const QString folder = blog.postsPath() + u'/' + section;
    QStringList inSection = blog.postFiles();
    inSection.removeIf([&](const QString &file) { return !file.startsWith(folder + u'/'); });
    return detect(folder, inSection);
}

QStringList PostLayout::hugoSections(const Blog &blog)
{
    const QString content = blog.postsPath() + u'/';
    QStringList sections;
    for (const QString &file : blog.postFiles()) {
        const QString section = file.mid(content.size()).section(u'/', 0, 0);
        if (!sections.contains(section))
            sections.append(section);
    }
    sections.sort();
    return sections;
}

QString PostLayout::hugoMainSection(const Blog &blog)
{
    // The writer's own choice first: themes read it as params.mainSections.
    if (const Result<SiteConfig> config = SiteConfig::loadHugo(blog.rootPath())) {
        const QStringList configured =
            config.value().list({QStringLiteral("params"), QStringLiteral("mainSections")});
        if (!configured.isEmpty() && !configured.constFirst().isEmpty())
            return configured.constFirst();
    }
    // Else Hugo's own default: the section with the most posts ("posts" when there are none yet).
    const QString content = blog.postsPath() + u'/';
    QHash<QString, int> perSection;
    for (const QString &file : blog.postFiles())
        ++perSection[file.mid(content.size()).section(u'/', 0, 0)];
    const QString posts = QStringLiteral("posts");
    QString section;
    int best = 0;
    for (auto it = perSection.cbegin(); it != perSection.cend(); ++it) {
        const bool tieWon =
            it.value() == best && (it.key() == posts || (section != posts && it.key() < section));
        if (it.value() > best || tieWon) {
            section = it.key();
            best = it.value();
        }
    }
    return section.isEmpty() ? posts : section;
}

PostLayout PostLayout::detect(const QString &postsPath, const QStringList &postFiles)
{
    PostLayout layout;
    layout.m_postsPath = QDir(postsPath).absolutePath();
    const QDir posts(layout.m_postsPath);

    std::array<int, 4> folderVotes{};
    int prefixed = 0;
    int bundles = 0;
    QHash<QString, int> postsPerFolder;
    for (const QString &file : postFiles) {
        QString relative = posts.relativeFilePath(file);
        const bool bundle = relative == u"index.md" || relative.endsWith(u"/index.md");
        if (bundle)
            relative.chop(int(qstrlen("/index.md")));
        const int slash = relative.lastIndexOf(u'/');
        const QString container = slash < 0 ? QString() : relative.left(slash);
        const QString name = relative.mid(slash + 1);

        ++folderVotes[size_t(classify(container))];
        bundles += bundle ? 1 : 0;
        prefixed += datePrefix(name).isEmpty() ? 0 : 1;
        if (!container.isEmpty())
            ++postsPerFolder[container];
    }

    // Ties go to the simpler layout (the enum's order): an empty blog is flat.
    auto best = folderVotes.begin();
    for (auto it = folderVotes.begin(); it != folderVotes.end(); ++it)
        best = *it > *best ? it : best;
    layout.m_folders = Folders(best - folderVotes.begin());
    layout.m_datePrefix = prefixed * 2 > int(postFiles.size());
    layout.m_bundles = bundles * 2 > int(postFiles.size());

    // "DevOps" goes to posts/devops/ when that folder exists, whatever the blog's main layout;
    // when two folders have the same name, to the one with more posts.
    for (auto it = postsPerFolder.cbegin(); it != postsPerFolder.cend(); ++it) {
        if (classify(it.key()) != Folders::ByCategory)
            continue;
        const QString key = PostFiles::slugify(it.key().section(u'/', -1));
        const QString current = layout.m_categoryFolders.value(key);
        if (current.isEmpty() || postsPerFolder.value(current) < it.value())
            layout.m_categoryFolders.insert(key, it.key());
    }
    return layout;
}

QString PostLayout::datePrefix(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}-"));
    return pattern.match(name).captured();
}

QString PostLayout::folderFor(const QString &category, const QDate &date) const
{
    if (!isUncategorized(category)) {
        const QString slug = PostFiles::slugify(category);
        if (const QString existing = m_categoryFolders.value(slug); !existing.isEmpty())
            return existing;
        if (m_folders == Folders::ByCategory)
            return slug;
    }
    switch (m_folders) {
    case Folders::ByYear:
        return date.toString(QStringLiteral("yyyy"));
    case Folders::ByYearMonth:
        return date.toString(QStringLiteral("yyyy/MM"));
    case Folders::Flat:
    case Folders::ByCategory: // a post without a category in a blog of category folders
        break;
    }
    return {};
}

QString PostLayout::newPostPath(const QString &slug, const QString &category, const QDate &date) const
{
    const QString folder = folderFor(category, date);
    const QDir dir(folder.isEmpty() ? m_postsPath : m_postsPath + u'/' + folder);
    const QString stem = (m_datePrefix ? date.toString(QStringLiteral("yyyy-MM-dd-")) : QString()) + slug;
    for (int n = 1;; ++n) {
        const QString name = n == 1 ? stem : QStringLiteral("%1-%2").arg(stem).arg(n);
        // NAME.md and NAME/ would both be the post NAME: neither may exist.
        if (QFileInfo::exists(dir.filePath(name + u".md")) || QFileInfo::exists(dir.filePath(name)))
            continue;
        return m_bundles ? dir.filePath(name + u"/index.md") : dir.filePath(name + u".md");
    }
}

} // namespace Postwright
