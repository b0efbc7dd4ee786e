#include "blog/blog.h"
#include "blog/frontmatter.h"
#include "blog/frontmatteredit.h"
#include "markdown/markdownrenderer.h"
#include "publish/blogpublisher_p.h"
#include "publish/blogpull.h"
#include "publish/htmltomarkdown.h"
#include "site/postpreview.h"
#include "util/atomicfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QRegularExpression>

// What BlogPublisher sends for a post: its HTML from our renderer, the local images it shows (only
// images inside the blog), and the hash of all of it that tells a changed post; plus the two texts a
// conflict shows and the writer for "keep the web version".

namespace Postwright {

namespace {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString decodeEntities(QString text)
{
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

QString statusName(BlogApiPost::Status status)
{
    switch (status) {
    case BlogApiPost::Status::Draft:
        return QStringLiteral("draft");
    case BlogApiPost::Status::Publish:
        return QStringLiteral("publish");
    case BlogApiPost::Status::Future:
        return QStringLiteral("future");
    }
    return {};
}

// <img src="…"> and <img src='…'> in our renderer's HTML (raw HTML in a post included).
const QRegularExpression &imageSource()
{
    static const QRegularExpression pattern(
        QStringLiteral("(<img\\b[^>]*?\\bsrc\\s*=\\s*)(?:\"([^\"]*)\"|'([^']*)')"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

namespace {

// The file a post's image or cover names, when it is a local image inside the blog: relative to the
// post's folder, or from the site root (/images/a.png → static/images/a.png). Never a file outside the
// blog, and never anything but an image: a post is untrusted, and its links must not send the writer's
// other files to a server.
std::optional<LocalMedia> localMedia(const Blog &blog, const QString &postFile, const QString &reference)
{
    if (reference.isEmpty() || reference.contains(QStringLiteral("://")) || reference.startsWith(u'#') ||
        reference.startsWith(QStringLiteral("//")) || reference.startsWith(QStringLiteral("data:")) ||
        reference.startsWith(QStringLiteral("mailto:"))) {
        return std::nullopt;
    }
    QString path = QUrl::fromPercentEncoding(reference.section(u'?', 0, 0).section(u'#', 0, 0).toUtf8());
    const QString file = path.startsWith(u'/') ? QDir(blog.staticPath()).filePath(path.mid(1))
                                               : QFileInfo(postFile).dir().filePath(path);
    const QString canonical = QFileInfo(file).canonicalFilePath();
    const QString root = QFileInfo(blog.rootPath()).canonicalFilePath() + u'/';
    const QString state = QFileInfo(blog.statePath()).canonicalFilePath(); // empty while there is none
    if (canonical.isEmpty() || !canonical.startsWith(root) ||
        (!state.isEmpty() && canonical.startsWith(state + u'/')))
        return std::nullopt;
    static const QMimeDatabase mimes;
    const QString mime = mimes.mimeTypeForFile(canonical).name();
    if (!mime.startsWith(QStringLiteral("image/")))
        return std::nullopt;
    QFile in(canonical);
    if (!in.open(QIODevice::ReadOnly))
        return std::nullopt;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&in);
    return LocalMedia{canonical, QString::fromLatin1(hash.result().toHex()), mime, in.size()};
}

} // namespace

Result<BlogPublisher::Prepared> BlogPublisher::prepareWith(const Blog &blog, const PublishTarget &target,
                                                           const QString &relativePath)
{
    const QString filePath = QDir(blog.rootPath()).filePath(relativePath);
    const Result<QByteArray> bytes = AtomicFile::read(filePath);
    if (!bytes)
        return bytes.error();
    const Post post = Post::fromBytes(bytes.value(), filePath, blog.rootPath());
    if (post.error)
        return *post.error;
    const QFileInfo info(filePath);

    Prepared prepared;
    prepared.title = post.displayTitle();
    prepared.sourceSize = info.size();
    prepared.sourceModified = info.lastModified();
    const PostMetadata &meta = post.metadata;
    BlogApiPost &out = prepared.post;
    out.title = prepared.title;
    out.slug = post.slug();
    out.excerpt = meta.summary;
    out.categories = meta.categories;
    out.tags = meta.tags;
    out.date = meta.date.isValid() ? meta.date.toUTC() : QDateTime();
    switch (post.status()) {
    case Post::Status::Draft:
        out.status = BlogApiPost::Status::Draft;
        prepared.include = target.sendDrafts;
        break;
    case Post::Status::Scheduled:
        out.status = BlogApiPost::Status::Future;
        break;
    case Post::Status::Published:
        out.status = BlogApiPost::Status::Publish;
        break;
    }
    MarkdownRenderer::Options options = PostPreview::bodyOptions(blog.settings());
    options.sourcePositions = false;
    out.html = MarkdownRenderer::postBodyToHtml(QString::fromUtf8(bytes.value()), options);

    QJsonObject images;
    QRegularExpressionMatchIterator matches = imageSource().globalMatch(out.html);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QString src = match.captured(2).isEmpty() ? match.captured(3) : match.captured(2);
        if (prepared.images.contains(src))
            continue;
        if (std::optional<LocalMedia> media = localMedia(blog, filePath, decodeEntities(src))) {
            images.insert(src, media->sha256);
            prepared.images.insert(src, *media);
        }
    }
    QString coverRef = meta.cover;
    if (!meta.cover.isEmpty()) {
        prepared.cover = localMedia(blog, filePath, meta.cover);
        if (prepared.cover)
            coverRef = prepared.cover->sha256;
        else if (meta.cover.startsWith(QStringLiteral("https://")) ||
                 meta.cover.startsWith(QStringLiteral("http://")))
            out.coverUrl = QUrl(meta.cover);
    }
    // Everything a publish sends, so that any change to it (an image's bytes included) is a change.
    const QJsonObject sent{
        {QStringLiteral("title"), out.title},
        {QStringLiteral("html"), out.html},
        {QStringLiteral("status"), statusName(out.status)},
        {QStringLiteral("date"), out.date.toString(Qt::ISODate)},
        {QStringLiteral("slug"), out.slug},
        {QStringLiteral("excerpt"), out.excerpt},
        {QStringLiteral("categories"), QJsonArray::fromStringList(out.categories)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(out.tags)},
        {QStringLiteral("cover"), coverRef},
        {QStringLiteral("images"), images},
    };
    prepared.hash = sha256Hex(QJsonDocument(sent).toJson(QJsonDocument::Compact));
    return prepared;
}

// Both versions as Markdown, so the writer compares text with text: the file's own body, and the blog's
// HTML converted the way a pull converts it (on this worker thread: pandoc may take a moment).
BlogConflict BlogPublisher::makeConflict(const QString &path, const QString &title, const QString &localHtml,
                                         const RemotePost &remote) const
{
    BlogConflict conflict{path, title, localHtml, remote, {}, {}};
    if (const Result<QByteArray> bytes = AtomicFile::read(QDir(m_blogRoot).filePath(path))) {
        const QString text = QString::fromUtf8(bytes.value());
        conflict.localText = text.mid(FrontMatter::split(text).bodyOffset).trimmed();
    }
    if (!remote.html.isEmpty())
        conflict.remoteText = HtmlToMarkdown().convert(remote.html).trimmed();
    return conflict;
}

Result<QString> BlogPublisher::currentHash(const QString &blogRoot, const QString &relativePath)
{
    Result<Blog> blog = Blog::open(blogRoot);
    if (!blog)
        return blog.error();
    PublishTarget target;
    target.sendDrafts = true; // the hash does not depend on it
    Result<Prepared> prepared = prepareWith(blog.value(), target, relativePath);
    if (!prepared)
        return prepared.error();
    return prepared.value().hash;
}

// The writer chose the blog's copy: its title and body go into the file. The rest of the front matter
// (date, categories, cover, keys only this blog knows) stays as the writer had it.
std::optional<QString> BlogPublisher::writeWebVersion(const QString &filePath, const RemotePost &remote)
{
    const Result<QByteArray> bytes = AtomicFile::read(filePath);
    if (!bytes)
        return bytes.error().toString();
    const HtmlToMarkdown converter;
    QString text;
    FrontMatterEdit edit(QString::fromUtf8(bytes.value()));
    if (edit.isValid()) {
        if (!remote.title.isEmpty())
            edit.setString(QStringLiteral("title"), remote.title);
        const QString head = edit.text();
        text = head.left(FrontMatter::split(head).bodyOffset) + converter.convert(remote.html);
    } else {
        Result<QString> whole = BlogPull::postText(remote, converter);
        if (!whole)
            return whole.error().toString();
        text = whole.value();
    }
    if (!text.endsWith(u'\n'))
        text += u'\n';
    if (Result<void> written = AtomicFile::write(filePath, text.toUtf8()); !written)
        return written.error().toString();
    return std::nullopt;
}

} // namespace Postwright
