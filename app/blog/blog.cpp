#include "blog.h"

#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
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

// Markdown files below dir. A folder with an index.md is a bundle: it counts once, by its index,
// and other Markdown files inside it are its resources, not posts.
QStringList markdownFilesBelow(const QString &dir)
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
        if (name == "index.md")
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

} // namespace

Result<Blog> Blog::open(const QString &rootPath)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Postwright::Blog", text); };
    const QFileInfo rootInfo(rootPath);
    if (!rootInfo.isDir())
        return SourceError{rootPath, 0, 0, tr("The folder does not exist.")};

    Blog blog;
    blog.m_root = rootInfo.absoluteFilePath();
    const QString settingsPath = QDir(blog.m_root).filePath(QStringLiteral("blog.yaml"));
    if (!QFileInfo::exists(settingsPath)) {
        return SourceError{blog.m_root, 0, 0,
                           tr("This folder is not a Postwright blog: it has no blog.yaml.")};
    }
    Result<QByteArray> bytes = AtomicFile::read(settingsPath);
    if (!bytes)
        return bytes.error();
    Result<BlogSettings> settings = BlogSettings::parse(QString::fromUtf8(bytes.value()), settingsPath);
    if (!settings)
        return settings.error();
    blog.m_settings = std::move(settings).value();
    if (blog.m_settings.title.isEmpty())
        blog.m_settings.title = rootInfo.fileName();
    return blog;
}

QString Blog::postsPath() const
{
    return QDir(m_root).filePath(QStringLiteral("posts"));
}

QString Blog::pagesPath() const
{
    return QDir(m_root).filePath(QStringLiteral("pages"));
}

QString Blog::staticPath() const
{
    return QDir(m_root).filePath(QStringLiteral("static"));
}

QString Blog::statePath() const
{
    return QDir(m_root).filePath(QStringLiteral(".postwright"));
}

QStringList Blog::postFiles() const
{
    return markdownFilesBelow(postsPath());
}

QStringList Blog::pageFiles() const
{
    return markdownFilesBelow(pagesPath());
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
    const QString postsRoot = postsPath() + u'/';
    if (!absolute.startsWith(postsRoot) || !isMarkdownFile(info.fileName()))
        return false;
    if (isHiddenPath(absolute.mid(postsRoot.size())))
        return false;
    return info.fileName() == u"index.md" || !QFileInfo::exists(info.dir().filePath(QStringLiteral("index.md")));
}

} // namespace Postwright
