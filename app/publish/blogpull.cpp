#include "publish/blogpull.h"

#include "blog/blog.h"
#include "blog/frontmatter.h"
#include "blog/frontmatteredit.h"
#include "blog/postfiles.h"
#include "blog/postlayout.h"
#include "publish/blogpublisher.h"
#include "publish/postpublishstate.h"
#include "util/atomicfile.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Postwright {

namespace {

// A blog that keeps answering "more" must not keep a pull going for ever.
constexpr int kMaxPages = 10000;

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::BlogPull", text);
}

// WordPress files posts without a category under its default one; locally that is no category.
bool isDefaultCategory(const QString &name)
{
    return name.compare(u"Uncategorized"_s, Qt::CaseInsensitive) == 0;
}

// WordPress keeps non-ASCII slugs percent-encoded ("caf%c3%a9"); the writer reads and types "café".
QString readableSlug(const QString &slug)
{
    return QUrl::fromPercentEncoding(slug.toUtf8()).trimmed();
}

// An excerpt is a one-line summary; an excerpt written with markup keeps only its words.
QString plainSummary(const QString &excerpt)
{
    static const QRegularExpression tag(u"<[^>]*>"_s);
    return QString(excerpt).remove(tag).simplified();
}

} // namespace

BlogPull::BlogPull(HtmlToMarkdown converter)
    : m_converter(std::move(converter))
{}

bool BlogPull::isDraftStatus(const QString &status)
{
    // "private" (WordPress) is published for its author only: a draft keeps it from going public when
    // the post is published again.
    static const QSet<QString> drafts{u"draft"_s, u"pending"_s, u"auto-draft"_s, u"private"_s};
    return drafts.contains(status.toLower());
}

Result<QString> BlogPull::postText(const RemotePost &post, const HtmlToMarkdown &converter)
{
    // FrontMatterEdit writes each value the way YAML reads it back (quoted only when needed), in the
    // usual key order.
    FrontMatterEdit edit{QString()};
    if (const QString title = post.title.trimmed(); !title.isEmpty())
        edit.setString(u"title"_s, title);
    if (post.date.isValid())
        edit.setDateTime(u"date"_s, post.date.toUTC());
    if (isDraftStatus(post.status))
        edit.setBool(u"draft"_s, true);
    QStringList categories;
    for (const QString &category : post.categories) {
        if (!category.trimmed().isEmpty() && !isDefaultCategory(category))
            categories.append(category.trimmed());
    }
    if (!categories.isEmpty())
        edit.setList(u"categories"_s, categories);
    QStringList tags;
    for (const QString &tag : post.tags) {
        if (!tag.trimmed().isEmpty())
            tags.append(tag.trimmed());
    }
    if (!tags.isEmpty())
        edit.setList(u"tags"_s, tags);
    if (const QString summary = plainSummary(post.excerpt); !summary.isEmpty())
        edit.setString(u"summary"_s, summary);
    if (const QString slug = readableSlug(post.slug); !slug.isEmpty())
        edit.setString(u"slug"_s, slug);
    if (post.coverUrl.isValid() && !post.coverUrl.isEmpty())
        edit.setString(u"cover"_s, post.coverUrl.toString(QUrl::FullyEncoded));
    if (std::optional<SourceError> problem = edit.error())
        return *problem;

    QString text = edit.text();
    if (!text.endsWith(u'\n'))
        text += u'\n';
    if (const QString body = converter.convert(post.html); !body.isEmpty())
        text += u'\n' + body;
    // Checked here rather than trusted: a post whose front matter does not read back must not land.
    if (Result<ParsedFrontMatter> parsed = FrontMatter::parse(text); !parsed) {
        SourceError error = parsed.error();
        error.message = tr("The front matter made for \u201c%1\u201d does not read back: %2")
                            .arg(post.title, error.message);
        return error;
    }
    return text;
}

PullReport BlogPull::pull(BlogApi &api, const QString &blogRoot, const PublishTarget &target,
                          const PullOptions &options) const
{
    PullReport report;
    const Result<Blog> opened = Blog::open(blogRoot);
    if (!opened) {
        report.problems.append(opened.error());
        return report;
    }
    const Blog &blog = opened.value();
    if (!api.canList()) {
        report.error = TransportError{TransportError::Kind::Permanent,
                                      tr("Postwright cannot list the posts of %1.").arg(api.displayName())};
        return report;
    }

    // Every page first: a listing that fails halfway leaves nothing half-pulled.
    QList<RemotePost> remote;
    QSet<QString> seen; // a post published while listing shifts the pages: each post once
    bool more = true;
    for (int page = 1; more; ++page) {
        if (page > kMaxPages) {
            report.error = TransportError{TransportError::Kind::Permanent,
                                          tr("%1 keeps announcing more pages of posts after %2 pages.")
                                              .arg(api.displayName())
                                              .arg(kMaxPages)};
            return report;
        }
        QList<RemotePost> posts;
        if (std::optional<TransportError> error = api.list(page, true, posts, more)) {
            report.error = error;
            return report;
        }
        for (const RemotePost &post : std::as_const(posts)) {
            if (!seen.contains(post.id)) {
                seen.insert(post.id);
                remote.append(post);
            }
        }
        if (posts.isEmpty())
            break;
    }
    qCInfo(lcPublish) << "pull: listed" << remote.size() << "posts of" << api.displayName();

    Result<PostPublishState> loaded = PostPublishState::load(blog.rootPath(), target.id());
    if (!loaded) {
        report.problems.append(loaded.error());
        return report;
    }
    PostPublishState &state = loaded.value();

    // The local post that already is a remote one: by the id on record, else by slug.
    QHash<QString, QString> pathById;
    for (auto it = state.posts().cbegin(); it != state.posts().cend(); ++it) {
        if (!it.value().id.isEmpty() && QFileInfo::exists(QDir(blog.rootPath()).filePath(it.key())))
            pathById.insert(it.value().id, it.key());
    }
    QHash<QString, QString> pathBySlug;
    for (const Post &post : blog.scanPosts())
        pathBySlug.insert(post.slug(), post.relativePath);

    const PostLayout layout = PostLayout::detect(blog);
    const QDir root(blog.rootPath());
    QSet<QString> planned; // a dry run writes nothing, so the layout cannot see its own choices
    bool recorded = false;
    // The oldest first: when two posts want one name, the older one keeps it.
    for (auto it = remote.crbegin(); it != remote.crend(); ++it) {
        const RemotePost &post = *it;
        const QString slug = readableSlug(post.slug);
        QString existing = pathById.value(post.id);
        if (existing.isEmpty() && !slug.isEmpty())
            existing = pathBySlug.value(slug);
        if (!existing.isEmpty() && !options.overwrite) {
            ++report.skipped;
            report.skippedReasons.append(
                tr("Skipped \u201c%1\u201d: %2 already exists.").arg(post.title, existing));
            continue;
        }

        const Result<QString> text = postText(post, m_converter);
        if (!text) {
            report.problems.append(text.error());
            continue;
        }
        QString relativePath = existing;
        if (relativePath.isEmpty()) {
            const QString name = PostFiles::slugify(slug.isEmpty() ? post.title : slug);
            QString category;
            for (const QString &candidate : post.categories) {
                if (!isDefaultCategory(candidate)) {
                    category = candidate;
                    break;
                }
            }
            const QDate date =
                (post.date.isValid() ? post.date : QDateTime::currentDateTimeUtc()).toUTC().date();
            QString path = layout.newPostPath(name, category, date);
            for (int n = 2; planned.contains(path); ++n)
                path = layout.newPostPath(u"%1-%2"_s.arg(name).arg(n), category, date);
            planned.insert(path);
            relativePath = root.relativeFilePath(path);
        }
        if (options.dryRun) {
            ++report.created;
            report.files.append(relativePath);
            continue;
        }

        const QString filePath = root.filePath(relativePath);
        const QByteArray bytes = text.value().toUtf8();
        // A new post never overwrites one that appeared meanwhile (PostFiles::writeNewPost reserves
        // its name, and a bundle's folder, by an exclusive create).
        Result<void> written;
        if (existing.isEmpty()) {
            if (Result<QString> created = PostFiles::writeNewPost(filePath, bytes); !created)
                written = created.error();
        } else {
            written = AtomicFile::write(filePath, bytes);
        }
        if (!written) {
            report.problems.append(written.error());
            continue;
        }
        ++report.created;
        report.files.append(relativePath);
        pathById.insert(post.id, relativePath);

        PostRemoteRecord record;
        record.id = post.id;
        record.url = post.url.toString();
        record.slug = post.slug;
        record.version = post.version;
        record.seenVersion = post.version;
        if (const Result<QString> hash = BlogPublisher::currentHash(blog.rootPath(), relativePath))
            record.hash = hash.value();
        else
            report.warnings.append(hash.error().toString());
        const QFileInfo info(filePath);
        record.sourceSize = info.size();
        record.sourceModified = info.lastModified();
        record.publishedAt = QDateTime::currentDateTimeUtc();
        if (const Result<void> saved = state.setPost(relativePath, record); !saved)
            report.problems.append(saved.error());
        else
            recorded = true;
    }
    if (recorded) {
        if (const Result<void> compacted = state.compact(); !compacted)
            report.problems.append(compacted.error());
    }

    if (report.created > 0 && !m_converter.usesPandoc() && !blog.settings().rawHtml) {
        report.warnings.append(
            tr("pandoc is not installed, so the posts keep their HTML, which the blog shows only with "
               "\u201cmarkdown: raw_html: true\u201d in blog.yaml. Install pandoc and pull again, "
               "replacing the posts, to get Markdown."));
    }
    return report;
}

} // namespace Postwright
