#include "publish/wxrimport.h"

#include "blog/blog.h"
#include "blog/frontmatteredit.h"
#include "blog/postfiles.h"
#include "blog/postlayout.h"
#include "publish/blogpull.h"
#include "publish/wordpresshtml.h"
#include "publish/wxruploads.h"
#include "site/permalink.h"
#include "util/atomicfile.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::WxrImport", text);
}

const QString kUploads = WxrUploads::folder();

bool isDefaultCategory(const QString &name)
{
    return name.compare(u"Uncategorized"_s, Qt::CaseInsensitive) == 0;
}

QString readableSlug(const QString &slug)
{
    return QUrl::fromPercentEncoding(slug.toUtf8()).trimmed();
}

// A file name that is the same in every file system and URL: ASCII letters, digits, '.', '-', '_'.
QString safeFileName(const QString &name)
{
    QString safe;
    for (const QChar c : name) {
        const bool plain = c.unicode() < 128 && (c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_');
        if (plain)
            safe += c;
        else if (!safe.endsWith(u'-'))
            safe += u'-';
    }
    while (safe.startsWith(u'.') || safe.startsWith(u'-'))
        safe.remove(0, 1);
    if (safe.isEmpty() || safe.startsWith(u'.'))
        safe.prepend(u"file"_s);
    return safe;
}

QString trimmedPath(QString path)
{
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

// Copies a file to a new name: reserved by an exclusive create (never overwriting what appeared
// meanwhile), then written through QSaveFile in pieces, so a large upload is never all in memory.
Result<void> copyNewFile(const QString &from, const QString &to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return SourceError{from, 0, 0, tr("The file could not be read: %1").arg(source.errorString())};
    if (!QDir().mkpath(QFileInfo(to).absolutePath()))
        return SourceError{to, 0, 0, tr("The folder could not be created.")};
    QFile reservation(to);
    if (!reservation.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return SourceError{to, 0, 0, tr("The file could not be created: %1").arg(reservation.errorString())};
    reservation.close();
    QSaveFile target(to);
    bool ok = target.open(QIODevice::WriteOnly);
    while (ok && !source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        ok = !chunk.isEmpty() && target.write(chunk) == chunk.size();
    }
    if (!ok || !target.commit()) {
        const QString reason = target.errorString().isEmpty() ? source.errorString() : target.errorString();
        target.cancelWriting();
        QFile::remove(to);
        return SourceError{to, 0, 0, tr("The file could not be written: %1").arg(reason)};
    }
    return {};
}

bool sameBytes(const QString &a, const QString &b)
{
    QFile first(a);
    QFile second(b);
    if (first.size() != second.size() || !first.open(QIODevice::ReadOnly) ||
        !second.open(QIODevice::ReadOnly))
        return false;
    while (!first.atEnd()) {
        if (first.read(1 << 20) != second.read(1 << 20))
            return false;
    }
    return true;
}

// One uploaded file a post shows, and where it goes.
struct Asset
{
    QStringList uploads; // the addresses below wp-content/uploads/ that show it ("2023/04/photo-300x200.jpg")
    QString file;        // the one it is, below uploads/ ("2023/04/photo.jpg")
    QString source;      // absolute, inside the export's folder
    QString target;      // absolute, inside the blog; empty when the link stays remote
    QString link;        // what the post links to instead
    bool copy = false;   // false: the target exists already with these bytes (a page's shared upload)
};

class Importer
{
public:
    Importer(const WxrExport &wxr, const HtmlToMarkdown &converter, const WxrImportOptions &options,
             WxrImportReport &report)
        : m_wxr(wxr)
        , m_converter(converter)
        , m_options(options)
        , m_report(report)
        , m_uploads(wxr)
    {
        m_basePath = trimmedPath(QUrl(wxr.link).path(QUrl::FullyDecoded));
    }

    bool open(const QString &exportDir, const QString &blogRoot);
    void importAll();

private:
    void importItem(const WxrItem &item);
    QList<Asset> planAssets(const WxrItem &item, const QString &title, QString &coverUpload);
    QString postPath(const WxrItem &item, const QString &name, bool bundle);
    QString pagePath(const QString &name);
    QString alias(const RemotePost &post, const QString &slug) const;
    QString relative(const QString &absolute) const { return QDir(m_root).relativeFilePath(absolute); }
    bool write(const QString &path, const QString &text, const QList<Asset> &assets, bool bundle);

    const WxrExport &m_wxr;
    const HtmlToMarkdown &m_converter;
    const WxrImportOptions &m_options;
    WxrImportReport &m_report;
    WxrUploads m_uploads;
    QString m_basePath; // the site's path below its host ("/blog"), empty at the root
    QString m_root;
    BlogSettings m_settings;
    PostLayout m_layout;
    QHash<QString, QString> m_existingPosts; // slug -> blog-relative path, as the blog was before
    QHash<QString, QString> m_existingPages;
    QSet<QString> m_planned;       // post and page paths without ".md" / "/index.md" taken by this import
    QSet<QString> m_plannedStatic; // static files this import writes
};

bool Importer::open(const QString &exportDir, const QString &blogRoot)
{
    m_uploads.setExportFolder(exportDir);
    m_root = QFileInfo(blogRoot).absoluteFilePath();
    const QString settingsPath = QDir(m_root).filePath(u"blog.yaml"_s);
    if (!QFileInfo::exists(settingsPath)) {
        const QFileInfo info(m_root);
        if (info.exists() &&
            (!info.isDir() || !QDir(m_root).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot))) {
            m_report.error = SourceError{
                m_root, 0, 0,
                tr("This folder is neither a Postwright blog (it has no blog.yaml) nor empty. Import into "
                   "a blog, or into a new or empty folder to make one.")};
            return false;
        }
        const NewBlogSettings settings = WxrImport::blogSettings(m_wxr);
        if (!m_options.dryRun) {
            if (Result<void> created = BlogCreator::create(m_root, settings); !created) {
                m_report.error = created.error();
                return false;
            }
        }
        m_report.createdBlog = true;
        m_report.files.append(u"blog.yaml"_s);
        if (m_options.dryRun) {
            Result<BlogSettings> parsed =
                BlogSettings::parse(QString::fromUtf8(BlogCreator::blogYaml(settings)));
            if (parsed)
                m_settings = parsed.value();
            m_layout = PostLayout::detect(QDir(m_root).filePath(u"posts"_s), {});
            return true;
        }
    }
    const Result<Blog> blog = Blog::open(m_root);
    if (!blog) {
        m_report.error = blog.error();
        return false;
    }
    m_settings = blog.value().settings();
    m_layout = PostLayout::detect(blog.value());
    for (const Post &post : blog.value().scanPosts())
        m_existingPosts.insert(post.slug(), post.relativePath);
    for (const Post &page : blog.value().scanPages())
        m_existingPages.insert(page.slug(), page.relativePath);
    return true;
}

void Importer::importAll()
{
    // The oldest first: when two posts want one name, the older one keeps it.
    QList<const WxrItem *> items;
    for (const WxrItem &item : m_wxr.items)
        items.append(&item);
    std::stable_sort(items.begin(), items.end(), [](const WxrItem *a, const WxrItem *b) {
        if (a->post.date.isValid() != b->post.date.isValid())
            return a->post.date.isValid();
        return a->post.date < b->post.date;
    });
    for (const WxrItem *item : std::as_const(items))
        importItem(*item);

    for (auto it = m_wxr.otherTypes.cbegin(); it != m_wxr.otherTypes.cend(); ++it) {
        m_report.skippedReasons.append(
            tr("Skipped %1 item(s) of type \u201c%2\u201d: only posts, pages and their images are imported.")
                .arg(it.value())
                .arg(it.key()));
    }
    if (m_report.created > 0 && !m_converter.usesPandoc() && !m_settings.rawHtml) {
        m_report.warnings.append(
            tr("pandoc is not installed, so the posts keep their HTML, which the blog shows only with "
               "\u201cmarkdown: raw_html: true\u201d in blog.yaml. Install pandoc and import again into a "
               "new folder to get Markdown."));
    }
}

QList<Asset> Importer::planAssets(const WxrItem &item, const QString &title, QString &coverUpload)
{
    QStringList uploads;
    WordPressHtml::rewriteUrlAttributes(item.post.html, [&](const QString &name, const QString &value) {
        if (name != u"srcset"_s) {
            if (const QString upload = m_uploads.uploadPath(value);
                !upload.isEmpty() && !uploads.contains(upload))
                uploads.append(upload);
        }
        return std::optional<QString>();
    });
    if (const WxrAttachment cover = m_wxr.attachments.value(item.thumbnailId); !cover.id.isEmpty()) {
        coverUpload = m_uploads.uploadPath(cover.url.toString());
        if (!coverUpload.isEmpty() && !uploads.contains(coverUpload))
            uploads.append(coverUpload);
    }

    // One asset per file: a resized copy that is missing shows its original, which may be linked too.
    QList<Asset> assets;
    for (const QString &upload : std::as_const(uploads)) {
        const std::optional<WxrUploads::File> file = m_uploads.find(upload);
        if (!file) {
            m_report.warnings.append(
                tr("\u201c%1\u201d links to %2, which is not in the export's folder (looked for "
                   "uploads/%2 and wp-content/uploads/%2): the link stays on the old site.")
                    .arg(title, upload));
            continue;
        }
        const auto same = std::find_if(assets.begin(), assets.end(),
                                       [&file](const Asset &asset) { return asset.source == file->source; });
        if (same != assets.end()) {
            same->uploads.append(upload);
            continue;
        }
        Asset asset;
        asset.uploads = {upload};
        asset.file = file->name;
        asset.source = file->source;
        assets.append(asset);
    }
    return assets;
}

QString Importer::postPath(const WxrItem &item, const QString &name, bool bundle)
{
    QString category;
    for (const QString &candidate : item.post.categories) {
        if (!isDefaultCategory(candidate)) {
            category = candidate;
            break;
        }
    }
    const QDate date = (item.post.date.isValid() ? item.post.date : QDateTime::currentDateTimeUtc()).date();
    const auto stem = [](QString path) {
        if (path.endsWith(u"/index.md"_s))
            path.chop(9);
        else if (path.endsWith(u".md"_s))
            path.chop(3);
        return path;
    };
    QString path = stem(m_layout.newPostPath(name, category, date));
    for (int n = 2; m_planned.contains(path); ++n)
        path = stem(m_layout.newPostPath(u"%1-%2"_s.arg(name).arg(n), category, date));
    m_planned.insert(path);
    return bundle ? path + u"/index.md"_s : path + u".md"_s;
}

QString Importer::pagePath(const QString &name)
{
    const QDir pages(QDir(m_root).filePath(u"pages"_s));
    for (int n = 1;; ++n) {
        const QString stem = pages.filePath(n == 1 ? name : u"%1-%2"_s.arg(name).arg(n));
        if (m_planned.contains(stem) || QFileInfo::exists(stem + u".md"_s) || QFileInfo::exists(stem))
            continue;
        m_planned.insert(stem);
        return stem + u".md"_s;
    }
}

// The post's address on the old site, when the new one differs: the builder redirects it, so links
// to the old site keep working once the blog is published at its address.
QString Importer::alias(const RemotePost &post, const QString &slug) const
{
    const QUrl url = post.url;
    if (!url.isValid() || url.hasQuery() || !m_uploads.isSiteHost(url.host()))
        return {};
    QString path = url.path(QUrl::FullyDecoded);
    if (!m_basePath.isEmpty()) {
        if (!path.startsWith(m_basePath + u'/'))
            return {};
        path = path.mid(m_basePath.size());
    }
    if (trimmedPath(path).isEmpty() || path.contains(u"/../"_s))
        return {};
    QString category;
    if (!post.categories.isEmpty() && !isDefaultCategory(post.categories.constFirst()))
        category = post.categories.constFirst();
    const QString current = Permalink::expand(m_settings.permalink, post.date.toUTC(),
                                              Permalink::slugify(slug), category, post.title);
    return trimmedPath(current) == trimmedPath(path) ? QString() : path;
}

void Importer::importItem(const WxrItem &item)
{
    const bool isPage = item.type == WxrItem::Type::Page;
    const QString title = item.post.title.isEmpty() ? tr("(untitled)") : item.post.title;
    const QString status = item.post.status.toLower();
    if (status == u"trash"_s || status == u"auto-draft"_s || status == u"inherit"_s) {
        ++m_report.skipped;
        m_report.skippedReasons.append(
            status == u"trash"_s
                ? tr("Skipped \u201c%1\u201d: it is in WordPress's trash.").arg(title)
                : tr("Skipped \u201c%1\u201d: it is an automatic draft WordPress kept.").arg(title));
        return;
    }
    const QString slug = readableSlug(item.post.slug);
    const QString name = PostFiles::slugify(slug.isEmpty() ? item.post.title : slug);
    const QString existing = (isPage ? m_existingPages : m_existingPosts).value(name);
    const QString existingBySlug =
        slug.isEmpty() ? QString() : (isPage ? m_existingPages : m_existingPosts).value(slug);
    if (!existing.isEmpty() || !existingBySlug.isEmpty()) {
        ++m_report.skipped;
        m_report.skippedReasons.append(tr("Skipped \u201c%1\u201d: %2 already exists.")
                                           .arg(title, existingBySlug.isEmpty() ? existing : existingBySlug));
        return;
    }

    QString coverUpload;
    QList<Asset> assets = planAssets(item, title, coverUpload);
    const bool bundle = !isPage && !assets.isEmpty();
    const QString path = isPage ? pagePath(name) : postPath(item, name, bundle);

    // Where each file goes, and the link that replaces the old address.
    QSet<QString> usedNames{u"index.md"_s};
    for (Asset &asset : assets) {
        if (!isPage) {
            const QString fileName = safeFileName(asset.file.section(u'/', -1));
            QString local = fileName;
            const int dot = int(fileName.lastIndexOf(u'.'));
            for (int n = 2; usedNames.contains(local.toLower()); ++n) {
                local = dot > 0 ? fileName.left(dot) + u"-%1"_s.arg(n) + fileName.mid(dot)
                                : u"%1-%2"_s.arg(fileName).arg(n);
            }
            usedNames.insert(local.toLower());
            asset.target = QFileInfo(path).absolutePath() + u'/' + local;
            asset.link = local;
            asset.copy = true;
            continue;
        }
        // A page's upload keeps its old address below static/, shared by every page that shows it.
        const QString target = QDir(m_root).filePath(u"static/"_s + kUploads + asset.file);
        if (m_plannedStatic.contains(target) ||
            (QFileInfo::exists(target) && sameBytes(target, asset.source))) {
            asset.copy = false;
        } else if (QFileInfo::exists(target)) {
            m_report.warnings.append(tr("\u201c%1\u201d: %2 already exists with other content and was left "
                                        "alone; the page links to the old site instead.")
                                         .arg(title, relative(target)));
            continue;
        } else {
            asset.copy = true;
        }
        m_plannedStatic.insert(target);
        asset.target = target;
        asset.link = u'/' + kUploads + asset.file;
    }
    const auto linkOf = [&assets](const QString &upload) {
        for (const Asset &asset : assets) {
            if (asset.uploads.contains(upload) && !asset.link.isEmpty())
                return asset.link;
        }
        return QString();
    };

    RemotePost post = item.post;
    post.html = WordPressHtml::rewriteUrlAttributes(
        WordPressHtml::captions(WordPressHtml::autoParagraphs(item.post.html)),
        [&](const QString &attribute, const QString &value) -> std::optional<QString> {
            if (attribute == u"srcset"_s) // the resized copies of an image: its src is enough
                return value.contains(kUploads) ? std::optional<QString>(QString()) : std::nullopt;
            if (const QString link = linkOf(m_uploads.uploadPath(value)); !link.isEmpty())
                return link;
            return std::nullopt;
        });
    post.excerpt = WxrReader::decodeHtmlEntities(post.excerpt);
    if (const WxrAttachment cover = m_wxr.attachments.value(item.thumbnailId); !cover.id.isEmpty()) {
        const QString local = coverUpload.isEmpty() ? QString() : linkOf(coverUpload);
        post.coverUrl = local.isEmpty() ? cover.url : QUrl(local);
    }

    Result<QString> text = BlogPull::postText(post, m_converter);
    if (!text) {
        SourceError problem = text.error();
        problem.line = item.line;
        m_report.problems.append(problem);
        return;
    }
    if (const QString old =
            isPage || BlogPull::isDraftStatus(status) || status == u"future"_s || slug.isEmpty()
                ? QString()
                : alias(item.post, slug);
        !old.isEmpty()) {
        FrontMatterEdit edit(text.value());
        edit.setList(u"aliases"_s, {old});
        if (!edit.error())
            text = edit.text();
    }
    write(path, text.value(), assets, bundle);
}

bool Importer::write(const QString &path, const QString &text, const QList<Asset> &assets, bool bundle)
{
    QStringList copied;
    for (const Asset &asset : assets) {
        if (asset.copy && !asset.target.isEmpty())
            copied.append(asset.target);
    }
    if (m_options.dryRun) {
        for (const QString &file : std::as_const(copied))
            m_report.files.append(relative(file));
        m_report.files.append(relative(path));
        m_report.images += int(copied.size());
        ++m_report.created;
        return true;
    }

    // A bundle's folder is reserved first, so an import never adds files to another post's bundle.
    const QString bundleDir = QFileInfo(path).absolutePath();
    if (bundle) {
        if (!QDir().mkpath(QFileInfo(bundleDir).absolutePath()) || !QDir().mkdir(bundleDir)) {
            m_report.problems.append(
                SourceError{relative(bundleDir), 0, 0, tr("The post's folder could not be created.")});
            return false;
        }
    }
    QStringList written;
    const auto undo = [&] {
        for (const QString &file : std::as_const(written))
            QFile::remove(file);
        if (bundle)
            QDir().rmdir(bundleDir);
    };
    for (const Asset &asset : assets) {
        if (!asset.copy || asset.target.isEmpty())
            continue;
        if (Result<void> done = copyNewFile(asset.source, asset.target); !done) {
            SourceError problem = done.error();
            problem.file = relative(problem.file);
            m_report.problems.append(problem);
            undo();
            return false;
        }
        written.append(asset.target);
    }
    if (Result<void> done = AtomicFile::writeNew(path, text.toUtf8()); !done) {
        SourceError problem = done.error();
        problem.file = relative(problem.file);
        m_report.problems.append(problem);
        undo();
        return false;
    }
    for (const QString &file : std::as_const(written))
        m_report.files.append(relative(file));
    m_report.files.append(relative(path));
    m_report.images += int(written.size());
    ++m_report.created;
    qCDebug(lcPublish) << "wxr import: wrote" << relative(path) << "with" << written.size() << "files";
    return true;
}

} // namespace

WxrImport::WxrImport(HtmlToMarkdown converter)
    : m_converter(std::move(converter))
{}

NewBlogSettings WxrImport::blogSettings(const WxrExport &wxr)
{
    NewBlogSettings settings;
    settings.title = wxr.title;
    settings.description = wxr.description;
    settings.author = wxr.author;
    const QUrl link(wxr.link);
    if (link.isValid() && (link.scheme() == u"http"_s || link.scheme() == u"https"_s)) {
        settings.baseUrl = link.toString();
        if (!settings.baseUrl.endsWith(u'/'))
            settings.baseUrl += u'/';
    }
    settings.language = wxr.language;
    return settings;
}

WxrImportReport WxrImport::import(const WxrExport &wxr, const QString &exportDir, const QString &blogRoot,
                                  const WxrImportOptions &options) const
{
    WxrImportReport report;
    Importer importer(wxr, m_converter, options, report);
    if (importer.open(exportDir, blogRoot))
        importer.importAll();
    return report;
}

WxrImportReport WxrImport::importFile(const QString &exportPath, const QString &blogRoot,
                                      const WxrImportOptions &options) const
{
    const Result<WxrExport> wxr = WxrReader::readFile(exportPath);
    if (!wxr) {
        WxrImportReport report;
        report.error = wxr.error();
        return report;
    }
    return import(wxr.value(), QFileInfo(exportPath).absolutePath(), blogRoot, options);
}

} // namespace Postwright
