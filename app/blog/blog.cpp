#include "blog.h"

#include "blog/jekyllfiles.h"
#include "blog/postlayout.h"
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <filesystem>

namespace Postwright {

namespace {

bool isMarkdownFile(const QString &name)
{
    return name.endsWith(u".md", Qt::CaseInsensitive) || name.endsWith(u".markdown", Qt::CaseInsensitive);
}

bool isHiddenPath(const QString &relative)
{
    return relative.startsWith(u'.') || relative.contains(QLatin1String("/."));
}

// Markdown files below dir. With bundles, a folder with an index.md is a bundle: it counts once,
// by its index, and other Markdown files inside it are its resources, not posts.
QStringList markdownFilesBelow(const QString &dir, bool bundles = true)
{
    // std::filesystem rather than QDirIterator: it needs no stat() per file, and listing a large
    // blog happens on every build and every rescan.
    QStringList candidates;
    QSet<QString> bundleFolders;
    const QString root = QDir(dir).absolutePath();
    std::error_code error;
    namespace fs = std::filesystem;
    for (fs::recursive_directory_iterator it(QFile::encodeName(root).toStdString(), error), end; !error && it != end;
         it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (!name.empty() && name.front() == '.') {
            if (it->is_directory(error))
                it.disable_recursion_pending();
            continue;
        }
        if (!it->is_regular_file(error) || !isMarkdownFile(QString::fromStdString(name)))
            continue;
        const QString path = QFile::decodeName(it->path().c_str());
        if (bundles && name == "index.md")
            bundleFolders.insert(path.left(path.size() - 9));
        candidates.append(path);
    }
    QStringList files;
    files.reserve(candidates.size());
    for (const QString &path : std::as_const(candidates)) {
        const QString folder = path.left(path.lastIndexOf(u'/'));
        if (!path.endsWith(u"/index.md") && bundleFolders.contains(folder))
            continue;
        files.append(path);
    }
    files.sort();
    return files;
}

bool isHugoListPage(QStringView name)
{
    return name.startsWith(u"_index.");
}

// Hugo: content/SECTION/… is a post; content/NAME.md and content/NAME/index.md are pages;
// _index.md files are list pages, neither.
bool isHugoPostPath(const QString &relativeToContent)
{
    const qsizetype slash = relativeToContent.indexOf(u'/');
    if (slash < 0 ||
        isHugoListPage(QStringView(relativeToContent).sliced(relativeToContent.lastIndexOf(u'/') + 1)))
        return false;
    return relativeToContent.indexOf(u'/', slash + 1) >= 0 ||
           relativeToContent.sliced(slash + 1) != u"index.md";
}

// Jekyll only publishes _posts/ files named YYYY-MM-DD-slug.md.
bool isJekyllPostName(const QString &fileName)
{
    return !PostLayout::datePrefix(fileName).isEmpty();
}

} // namespace

Result<Blog> Blog::open(const QString &rootPath)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Postwright::Blog", text); };
    const QFileInfo rootInfo(rootPath);
    if (!rootInfo.isDir())
        return SourceError{rootPath, 0, 0, tr("The folder does not exist.")};

    Blog blog;
    blog.m_root = rootInfo.absoluteFilePath();
    blog.m_layout = SiteLayout::detect(blog.m_root);
    if (!blog.m_layout.isValid())
        return SourceError{blog.m_root, 0, 0, blog.m_layout.explanation};
    Result<BlogSettings> settings = BlogSettings::load(blog.m_layout);
    if (!settings)
        return settings.error();
    blog.m_settings = std::move(settings).value();
    if (blog.m_settings.title.isEmpty())
        blog.m_settings.title = rootInfo.fileName();
    return blog;
}

QString Blog::configPath() const
{
    return m_layout.path(m_layout.configFile);
}

QString Blog::postsPath() const
{
    return m_layout.path(m_layout.postsFolder);
}

QString Blog::draftsPath() const
{
    return m_layout.draftsFolder.isEmpty() ? QString() : m_layout.path(m_layout.draftsFolder);
}

QString Blog::pagesPath() const
{
    return m_layout.path(m_layout.pagesFolder);
}

QString Blog::staticPath() const
{
    return m_layout.path(m_layout.staticFolder);
}

QString Blog::outputPath() const
{
    return m_layout.path(m_layout.outputFolder);
}

QString Blog::statePath() const
{
    return QDir(m_root).filePath(QStringLiteral(".postwright"));
}

QStringList Blog::postFiles() const
{
    switch (m_layout.kind) {
    case SiteKind::Hugo: {
        QStringList files = markdownFilesBelow(postsPath());
        const qsizetype prefix = postsPath().size() + 1;
        files.removeIf([prefix](const QString &path) { return !isHugoPostPath(path.mid(prefix)); });
        return files;
    }
    case SiteKind::Jekyll: {
        QStringList files = markdownFilesBelow(postsPath(), false);
        files.removeIf([](const QString &path) { return !isJekyllPostName(path.section(u'/', -1)); });
        files += markdownFilesBelow(draftsPath(), false);
        files.sort();
        return files;
    }
    case SiteKind::Native:
    case SiteKind::Unknown:
        break;
    }
    return markdownFilesBelow(postsPath());
}

QStringList Blog::pageFiles() const
{
    if (m_layout.kind == SiteKind::Native)
        return markdownFilesBelow(pagesPath());
    if (m_layout.kind == SiteKind::Jekyll)
        return JekyllFiles(m_root, m_settings.exclude, m_settings.include, outputPath()).list().pages;
    // Hugo pages are the files at the top of contentDir, and its leaf bundles.
    const QDir dir(pagesPath());
    QStringList files;
    for (const QFileInfo &entry :
         dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString name = entry.fileName();
        if (name.startsWith(u'.'))
            continue;
        if (entry.isDir()) {
            const QString index = entry.absoluteFilePath() + QStringLiteral("/index.md");
            if (m_layout.kind == SiteKind::Hugo && QFileInfo(index).isFile())
                files.append(index);
            continue;
        }
        if (!isMarkdownFile(name))
            continue;
        if (m_layout.kind == SiteKind::Hugo && !isHugoListPage(name))
            files.append(entry.absoluteFilePath());
    }
    files.sort();
    return files;
}

QMap<QString, QString> Blog::staticFiles() const
{
    QMap<QString, QString> files;
    if (m_layout.kind == SiteKind::Jekyll) {
        const JekyllFiles jekyll(m_root, m_settings.exclude, m_settings.include, outputPath());
        for (const QString &relative : jekyll.list().staticFiles)
            files.insert(relative, m_root + u'/' + relative);
        return files;
    }
    // Hugo copies static/'s dotfiles too (.well-known/, .htaccess).
    const QString folder = staticPath();
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(path.mid(folder.size() + 1), path);
    }
    return files;
}

QList<Post> Blog::scanPosts() const
{
    QList<Post> posts;
    for (const QString &file : postFiles())
        posts.append(Post::load(file, m_root, Post::Kind::Post));
    return posts;
}

QList<Post> Blog::scanPages() const
{
    QList<Post> pages;
    for (const QString &file : pageFiles())
        pages.append(Post::load(file, m_root, Post::Kind::Page));
    return pages;
}

bool Blog::isPostFile(const QString &path) const
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (!isMarkdownFile(info.fileName()))
        return false;
    const auto below = [&absolute](const QString &folder) {
        return !folder.isEmpty() && absolute.startsWith(folder + u'/') &&
               !isHiddenPath(absolute.mid(folder.size() + 1));
    };
    const auto bundleRule = [&info] {
        return info.fileName() == u"index.md" ||
               !QFileInfo::exists(info.dir().filePath(QStringLiteral("index.md")));
    };
    switch (m_layout.kind) {
    case SiteKind::Hugo:
        return below(postsPath()) && isHugoPostPath(absolute.mid(postsPath().size() + 1)) && bundleRule();
    case SiteKind::Jekyll:
        return (below(postsPath()) && isJekyllPostName(info.fileName())) || below(draftsPath());
    case SiteKind::Native:
    case SiteKind::Unknown:
        break;
    }
    return below(postsPath()) && bundleRule();
}

} // namespace Postwright
