#include "post.h"

#include "blog/postdocument.h"
#include "blog/postlayout.h"
#include "blog/sitelayout.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QFileInfo>

namespace Postwright {

namespace {

QString relativeTo(const QString &root, const QString &filePath)
{
    return root.isEmpty() ? filePath : QDir(root).relativeFilePath(filePath);
}

// "zero-downtime-deploys" -> "Zero downtime deploys": a readable title for posts without one.
QString titleFromName(const QString &name)
{
    QString title = name;
    title.replace(u'-', u' ').replace(u'_', u' ');
    title = title.simplified();
    if (!title.isEmpty())
        title[0] = title.at(0).toUpper();
    return title;
}

// What Hugo and Jekyll derive from a post's place when its front matter does not say: Jekyll's
// date and slug from a `2024-05-01-slug.md` name, its _drafts/ as drafts; a Hugo section
// (content/SECTION/…) as the category.
void applySiteConventions(Post &post)
{
    const QString &path = post.relativePath;
    PostMetadata &meta = post.metadata;
    switch (SiteLayout::conventionsFor(path)) {
    case SiteKind::Jekyll: {
        if (path.startsWith(u"_drafts/")) {
            meta.draft = true;
            return;
        }
        const QString name = QFileInfo(path).completeBaseName();
        const QString prefix = PostLayout::datePrefix(name);
        if (prefix.isEmpty())
            return;
        if (!meta.date.isValid())
            meta.date = FrontMatter::parseDate(prefix.chopped(1));
        if (meta.slug.isEmpty())
            meta.slug = name.mid(prefix.size());
        return;
    }
    case SiteKind::Hugo: {
        // content/about.md and content/about/index.md are pages, in no section.
        const QStringList parts = path.split(u'/');
        const bool inSection = parts.size() > 3 || (parts.size() == 3 && parts.at(2) != u"index.md");
        if (post.kind == Post::Kind::Post && inSection && meta.categories.isEmpty())
            meta.categories.append(parts.at(1));
        return;
    }
    case SiteKind::Native:
    case SiteKind::Unknown:
        break;
    }
}

} // namespace

Post Post::load(const QString &filePath, const QString &blogRoot, Kind kind)
{
    const QFileInfo info(filePath);
    Result<QByteArray> bytes = AtomicFile::read(filePath);
    Post post;
    if (!bytes) {
        post = fromText(QString(), info.absoluteFilePath(), blogRoot, kind);
        post.error = bytes.error();
        post.error->file = post.relativePath;
    } else {
        post = fromBytes(bytes.value(), info.absoluteFilePath(), blogRoot, kind);
    }
    post.fileSize = info.size();
    post.fileModified = info.lastModified();
    return post;
}

Post Post::fromBytes(const QByteArray &bytes, const QString &filePath, const QString &blogRoot, Kind kind)
{
    const PostDocument doc = PostDocument::fromBytes(bytes, relativeTo(blogRoot, filePath));
    Post post = fromText(doc.text(), filePath, blogRoot, kind);
    if (!post.error && doc.encodingError())
        post.error = doc.encodingError();
    return post;
}

Post Post::fromText(const QString &text, const QString &filePath, const QString &blogRoot, Kind kind)
{
    Post post;
    post.filePath = filePath;
    post.relativePath = relativeTo(blogRoot, filePath);
    post.kind = kind;
    post.isBundle = QFileInfo(filePath).fileName() == u"index.md";
    Result<ParsedFrontMatter> parsed =
        FrontMatter::parse(text, post.relativePath, SiteLayout::conventionsFor(post.relativePath));
    if (parsed)
        post.metadata = parsed.value().metadata;
    else
        post.error = parsed.error();
    applySiteConventions(post);
    return post;
}

Post::Status Post::status(const QDateTime &now) const
{
    if (metadata.draft)
        return Status::Draft;
    if (metadata.date.isValid() && metadata.date > now)
        return Status::Scheduled;
    if (metadata.publishDate.isValid() && metadata.publishDate > now)
        return Status::Scheduled;
    return Status::Published;
}

QString Post::category() const
{
    return metadata.categories.isEmpty() ? QString() : metadata.categories.constFirst();
}

QString Post::displayTitle() const
{
    if (!metadata.title.isEmpty())
        return metadata.title;
    return titleFromName(slug());
}

QString Post::slug() const
{
    if (!metadata.slug.isEmpty())
        return metadata.slug;
    const QFileInfo info(filePath);
    return isBundle ? info.dir().dirName() : info.completeBaseName();
}

} // namespace Postwright
