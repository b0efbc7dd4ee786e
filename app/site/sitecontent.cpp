#include "sitecontent.h"

#include "blog/postdocument.h"
#include "blog/siteconfig.h"
#include "site/permalink.h"
#include "site/siteurls.h"
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QtConcurrent/QtConcurrentMap>

#include <limits>

#include <sys/stat.h>

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::SiteContent", text);
}

struct FileStamp
{
    qint64 size = -1;
    qint64 modifiedMs = 0;
};

// stat() directly: QFileInfo's QDateTime conversion cost more than the rest of checking a
// 5,000-post blog for changes.
FileStamp fileStamp(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {qint64(st.st_size), qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000};
}

BuildCache::Source readSource(const QString &path, const QString &blogRoot)
{
    BuildCache::Source source;
    const FileStamp stamp = fileStamp(path);
    source.size = stamp.size;
    source.modifiedMs = stamp.modifiedMs;
    Result<QByteArray> bytes = AtomicFile::read(path);
    if (!bytes) {
        source.error = bytes.error();
        source.error->file = QDir(blogRoot).relativeFilePath(path);
        return source;
    }
    // MD5: to notice a change, not to resist an attacker; SHA-256 cost a tenth of a cold build.
    source.contentHash = QCryptographicHash::hash(bytes.value(), QCryptographicHash::Md5);
    // The same reading as the post tree's, so both report the same problems.
    const Post post = Post::fromBytes(bytes.value(), path, blogRoot);
    source.metadata = post.metadata;
    source.error = post.error;
    return source;
}

// Reads the sources the cache does not know in their current state, in parallel.
int refreshSources(const Blog &blog, const QStringList &files, BuildCache &cache, const SourceHints *hints)
{
    QStringList stale;
    for (const QString &path : files) {
        const auto it = cache.sources.constFind(path);
        if (it != cache.sources.cend()) {
            if (hints && hints->changedFiles.contains(path)) {
                stale.append(path); // even if size and mtime look the same: the watcher saw a write
                continue;
            }
            if (hints
                && (hints->changedFolders.isEmpty()
                    || !hints->changedFolders.contains(path.left(path.lastIndexOf(u'/')))))
                continue; // the watcher saw nothing happen to it
            const FileStamp stamp = fileStamp(path);
            if (stamp.size == it->size && stamp.modifiedMs == it->modifiedMs)
                continue;
        }
        stale.append(path);
    }
    const QString root = blog.rootPath();
    const QList<BuildCache::Source> fresh =
        QtConcurrent::blockingMapped(stale, [&root](const QString &path) { return readSource(path, root); });
    for (qsizetype i = 0; i < stale.size(); ++i)
        cache.sources.insert(stale.at(i), fresh.at(i));
    return int(stale.size());
}

QList<SiteTaxonomy> groupBy(const QList<SitePost> &posts, const QString &base,
                            const std::function<QStringList(const SitePost &)> &namesOf,
                            QHash<QString, QString> &slugs)
{
    QMap<QString, SiteTaxonomy> bySlug; // sorted by slug, which sorts by name case-insensitively
    for (int i = 0; i < posts.size(); ++i) {
        for (const QString &name : namesOf(posts.at(i))) {
            auto known = slugs.constFind(name);
            if (known == slugs.cend())
                known = slugs.insert(name, Permalink::slugify(name));
            const QString &slug = *known;
            if (slug.isEmpty())
                continue;
            SiteTaxonomy &group = bySlug[slug];
            if (group.name.isEmpty()) {
                group.name = name;
                group.slug = slug;
                group.url = base + slug + u'/';
            }
            if (group.posts.isEmpty() || group.posts.constLast() != i)
                group.posts.append(i);
        }
    }
    return bySlug.values();
}

// The address a Hugo (`url`) or Jekyll (`permalink`) post or page gives itself in its front
// matter. PostMetadata lists such keys among the unknown ones without their values, so the file's
// front matter is read again; only for the few files that have one, and only when their address
// is not cached.
QString frontMatterAddress(const QString &path, const PostMetadata &metadata, const QString &key,
                           bool anyCase)
{
    if (key.isEmpty() ||
        !metadata.unknownKeys.contains(key, anyCase ? Qt::CaseInsensitive : Qt::CaseSensitive))
        return {};
    const Result<QByteArray> bytes = AtomicFile::read(path);
    if (!bytes)
        return {};
    const FrontMatterSplit split = FrontMatter::split(PostDocument::fromBytes(bytes.value()).text());
    if (!split.hasFrontMatter || split.unclosed)
        return {};
    const bool toml = split.format == FrontMatterSplit::Format::Toml;
    const Result<SiteConfig> frontMatter =
        SiteConfig::parse(split.yaml, toml ? QStringLiteral("toml") : QStringLiteral("yaml"), path, anyCase);
    return frontMatter ? frontMatter.value().text({key}) : QString();
}

} // namespace

bool SourceHints::touches(const QString &folder) const
{
    const auto below = [&folder](const QString &path) {
        return path.startsWith(folder) && (path.size() == folder.size() || path.at(folder.size()) == u'/');
    };
    return std::any_of(changedFiles.cbegin(), changedFiles.cend(), below)
           || std::any_of(changedFolders.cbegin(), changedFolders.cend(), below);
}

SiteContent SiteContent::collect(const Blog &blog, const BuildOptions &options, BuildCache &cache,
                                 const SourceHints *hints)
{
    SiteContent site;
    // Files come and go only with a folder change: without one, the last listing still holds.
    const bool relist = !hints || !hints->changedFolders.isEmpty();
    site.postFiles = relist ? blog.postFiles() : hints->postFiles;
    site.pageFiles = relist ? blog.pageFiles() : hints->pageFiles;
    const QStringList &postFiles = site.postFiles;
    const QStringList &pageFiles = site.pageFiles;
    site.parsedSources = refreshSources(blog, postFiles + pageFiles, cache, hints);

    // Forget sources that are gone, so the cache does not grow forever.
    if (relist) {
        const QSet<QString> present(postFiles.cbegin(), postFiles.cend());
        const QSet<QString> pagesPresent(pageFiles.cbegin(), pageFiles.cend());
        for (auto it = cache.sources.begin(); it != cache.sources.end();) {
            if (present.contains(it.key()) || pagesPresent.contains(it.key()))
                ++it;
            else
                it = cache.sources.erase(it);
        }
    }

    const QString root = blog.rootPath() + u'/';
    // Addresses as the site's own generator gives them (Hugo, Jekyll), or Postwright's pattern.
    const SiteUrls urls(blog.layout(), blog.settings());
    const QString urlKey = urls.settingsKey();
    const auto makePost = [&](const QString &path, Post::Kind kind) -> std::optional<SitePost> {
        BuildCache::Source &source = cache.sources[path];
        if (source.error) {
            site.errors.append(*source.error);
            return std::nullopt;
        }
        // Post's rules for titles, slugs and status, applied to the cached metadata.
        Post post;
        post.filePath = path;
        post.relativePath = path.mid(root.size());
        post.kind = kind;
        post.metadata = source.metadata;
        post.isBundle = QFileInfo(path).fileName() == u"index.md";

        SitePost out;
        out.sourcePath = path;
        out.relativePath = post.relativePath;
        out.kind = kind;
        out.metadata = source.metadata;
        out.title = post.displayTitle();
        // Slug and address only change with the file (cached with it) or the permalink settings.
        if (source.permalinkPattern != urlKey || source.slug.isEmpty()) {
            source.slug = Permalink::slugify(post.slug());
            if (source.slug.isEmpty())
                source.slug = Permalink::slugify(out.title);
            source.url.clear();
            source.outputFile.clear();
        }
        out.slug = source.slug;
        const Post::Status status = post.status(options.now);
        out.isDraft = status == Post::Status::Draft;
        out.isScheduled = status == Post::Status::Scheduled;
        if (post.isBundle)
            out.bundleDir = QFileInfo(path).absolutePath();
        out.source = &source;
        out.sortTime = out.metadata.date.isValid() ? out.metadata.date.toMSecsSinceEpoch()
                                                   : std::numeric_limits<qint64>::min();
        if ((out.isDraft && !options.includeDrafts) || (out.isScheduled && !options.includeFuture))
            return std::nullopt;
        return out;
    };

    site.posts.reserve(postFiles.size());
    for (const QString &path : postFiles) {
        if (std::optional<SitePost> post = makePost(path, Post::Kind::Post))
            site.posts.append(std::move(*post));
    }
    for (const QString &path : pageFiles) {
        if (std::optional<SitePost> page = makePost(path, Post::Kind::Page))
            site.pages.append(std::move(*page));
    }

    std::sort(site.posts.begin(), site.posts.end(), [](const SitePost &a, const SitePost &b) {
        if (a.sortTime != b.sortTime)
            return a.sortTime > b.sortTime; // newest first; undated (min) last
        if (a.title != b.title)
            return a.title < b.title;
        return a.relativePath < b.relativePath;
    });

    // Addresses: two sources at one address would overwrite each other; the first (newest) wins.
    QHash<QString, QString> taken; // url -> relative path
    const bool anyCase = blog.kind() == SiteKind::Hugo;
    const auto claim = [&](SitePost &post) {
        BuildCache::Source &source = *post.source;
        if (source.permalinkPattern != urlKey || source.url.isEmpty()) {
            const SiteUrls::Address address = urls.address(
                {post.relativePath, post.kind, post.metadata, post.title, post.slug,
                 frontMatterAddress(post.sourcePath, post.metadata, urls.overrideKey(), anyCase)});
            source.url = address.url;
            source.outputFile = address.outputFile;
            source.permalinkPattern = urlKey;
        } else if (source.outputFile.isEmpty()) {
            source.outputFile = urls.outputFile(source.url); // not kept in the cache file
        }
        post.url = source.url;
        post.outputFile = source.outputFile;
        const auto other = taken.constFind(post.url);
        if (other != taken.cend()) {
            site.errors.append({post.relativePath, 0, 0,
                                tr("It has the same address %1 as %2; give one of them another slug.")
                                    .arg(post.url, *other)});
            return false;
        }
        taken.insert(post.url, post.relativePath);
        return true;
    };
    for (QList<SitePost> *list : {&site.posts, &site.pages}) {
        QList<SitePost> placed;
        placed.reserve(list->size());
        for (SitePost &post : *list) {
            if (claim(post))
                placed.append(std::move(post));
        }
        *list = std::move(placed);
    }

    site.categories = groupBy(site.posts, QStringLiteral("/categories/"),
                              [](const SitePost &p) { return p.metadata.categories; }, site.slugs);
    site.tags = groupBy(site.posts, QStringLiteral("/tags/"), [](const SitePost &p) { return p.metadata.tags; },
                        site.slugs);
    QMap<int, SiteTaxonomy> years;
    for (int i = 0; i < site.posts.size(); ++i) {
        const QDateTime &date = site.posts.at(i).metadata.date;
        if (!date.isValid())
            continue;
        SiteTaxonomy &year = years[date.date().year()];
        year.name = year.slug = QString::number(date.date().year());
        year.url = u'/' + year.slug + u'/';
        year.posts.append(i);
    }
    site.years = years.values();
    std::reverse(site.years.begin(), site.years.end());
    return site;
}

} // namespace Postwright
