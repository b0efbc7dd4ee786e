#include "linkcheck.h"

#include "blog/frontmatter.h"
#include "blog/postdocument.h"
#include "site/buildcache.h"
#include "site/buildoptions.h"
#include "site/permalink.h"
#include "site/sitecontent.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <cmark-gfm.h>

#include <algorithm>
#include <memory>

namespace Postwright {

namespace {

struct NodeDeleter
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};
struct IterDeleter
{
    void operator()(cmark_iter *iter) const { cmark_iter_free(iter); }
};

bool isBlock(cmark_node *node)
{
    return (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
}

// cmark knows the lines of blocks reliably, not of the inlines within them: the destination is
// looked up in the block's own lines, after the previous link of the same block.
class Locator
{
public:
    explicit Locator(const QString &text)
        : m_lines(text.split(u'\n'))
    {}

    void locate(LinkCheck::Link &link, cmark_node *node)
    {
        while (node && !isBlock(node))
            node = cmark_node_parent(node);
        const int first = node ? cmark_node_get_start_line(node) : 0;
        const int last = node ? std::max(first, cmark_node_get_end_line(node)) : 0;
        if (first <= 0) {
            return;
        }
        const bool sameBlock = node == m_block;
        m_block = node;
        int line = sameBlock ? m_line : first;
        qsizetype from = sameBlock ? m_column : 0;
        for (; line <= last && line <= m_lines.size(); ++line, from = 0) {
            const qsizetype at = m_lines.at(line - 1).indexOf(link.destination, from);
            if (at >= 0) {
                link.line = line;
                link.column = int(at) + 1;
                m_line = line;
                m_column = at + link.destination.size();
                return;
            }
        }
        // A reference link's destination is on its definition's line ("[ref]: /path").
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            const QString &text = m_lines.at(i);
            const qsizetype at = text.indexOf(link.destination);
            if (at > 0 && text.trimmed().startsWith(u'[') && text.left(at).contains(u"]:")) {
                link.line = int(i) + 1;
                link.column = int(at) + 1;
                return;
            }
        }
        // Written differently from cmark's URL (escapes, entities): the block's first line.
        link.line = first;
    }

private:
    QStringList m_lines;
    cmark_node *m_block = nullptr;
    int m_line = 0;
    qsizetype m_column = 0;
};

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

// The page-like files a generator writes: a relative link to one of them may be a page Postwright
// does not know about (a Hugo section, a Jekyll collection).
bool isPageSuffix(const QString &suffix)
{
    static const QStringList pages = {str("html"), str("htm"), str("xml"),
                                      str("json"), str("php"), str("rss")};
    return suffix.isEmpty() || pages.contains(suffix);
}

} // namespace

LinkCheck::LinkCheck(const Blog &blog)
    : m_blog(blog)
    , m_urls(blog.layout(), blog.settings())
{
    const QUrl base(blog.settings().baseUrl);
    m_basePath = base.path();
    if (!m_basePath.endsWith(u'/'))
        m_basePath += u'/';

    // Drafts and future posts too: a link to a post that is not out yet is not a broken link.
    BuildOptions options;
    options.includeDrafts = true;
    options.includeFuture = true;
    BuildCache cache;
    const SiteContent site = SiteContent::collect(m_blog, options, cache);
    m_sources = site.postFiles + site.pageFiles;
    for (const QList<SitePost> *list : {&site.posts, &site.pages}) {
        for (const SitePost &post : *list) {
            m_outputs.insert(post.outputFile);
            m_pageUrl.insert(post.relativePath, post.url);
            for (const QString &alias : post.metadata.aliases) {
                if (!alias.contains(u"://"))
                    m_outputs.insert(Permalink::outputFile(alias.startsWith(u'/') ? alias : u'/' + alias));
            }
            if (post.bundleDir.isEmpty())
                continue;
            // A bundle's files are published beside its page.
            const QString folder = QFileInfo(post.outputFile).path() + u'/';
            QDirIterator files(post.bundleDir, QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString relative = QDir(post.bundleDir).relativeFilePath(files.next());
                if (relative != u"index.md")
                    m_outputs.insert(QDir::cleanPath(folder + relative));
            }
        }
    }
    const QMap<QString, QString> statics = m_blog.staticFiles();
    for (auto it = statics.cbegin(); it != statics.cend(); ++it)
        m_outputs.insert(it.key());

    m_listBases.append(QString());
    for (const QList<SiteTaxonomy> *list : {&site.categories, &site.tags, &site.years}) {
        for (const SiteTaxonomy &taxonomy : *list)
            m_listBases.append(QFileInfo(Permalink::outputFile(taxonomy.url)).path() + u'/');
    }
}

QList<LinkCheck::Link> LinkCheck::links(const QString &postText)
{
    // Empty lines in place of the front matter keep cmark's line numbers equal to the file's.
    const FrontMatterSplit split = FrontMatter::split(postText);
    const QString body = split.hasFrontMatter ? QString(split.bodyFirstLine - 1, u'\n') +
                                                    QStringView(postText).mid(split.bodyOffset)
                                              : postText;
    const QByteArray utf8 = body.toUtf8();
    // Plain CommonMark: the GFM extensions add no links a writer typed as links (autolinks are
    // external), and a parser without them leaves cmark-gfm's shared inline table alone.
    const std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parse_document(
        utf8.constData(), size_t(utf8.size()), CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES));
    if (!document)
        return {};

    static const QRegularExpression attribute(str(R"re(\b(src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'))re"),
                                              QRegularExpression::CaseInsensitiveOption);
    QList<Link> found;
    Locator locator(postText);
    const std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(document.get()));
    for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter.get());
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
            Link link{QString::fromUtf8(cmark_node_get_url(node)), 0, 0, type == CMARK_NODE_IMAGE};
            locator.locate(link, node);
            found.append(link);
        } else if (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE) {
            const QString html = QString::fromUtf8(cmark_node_get_literal(node));
            for (QRegularExpressionMatchIterator it = attribute.globalMatch(html); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                const QString value = match.captured(2).isNull() ? match.captured(3) : match.captured(2);
                Link link{value, 0, 0, match.captured(1).compare(u"src", Qt::CaseInsensitive) == 0};
                locator.locate(link, node);
                found.append(link);
            }
        }
    }
    return found;
}

LinkCheck::Report LinkCheck::run() const
{
    Report report;
    const QDir root(m_blog.rootPath());
    for (const QString &path : m_sources) {
        // A file that cannot be read is the front matter check's to report.
        const Result<QByteArray> bytes = AtomicFile::read(path);
        if (!bytes)
            continue;
        ++report.sources;
        const PostDocument document = PostDocument::fromBytes(bytes.value(), path);
        report.broken += checkSource(root.relativeFilePath(path), document.text(), &report.links);
    }
    std::ranges::sort(report.broken, [](const SourceError &a, const SourceError &b) {
        return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
    });
    return report;
}

QList<SourceError> LinkCheck::checkSource(const QString &relativePath, const QString &text, int *links) const
{
    QList<SourceError> broken;
    for (const Link &link : LinkCheck::links(text)) {
        QString message;
        const Verdict verdict = checkLink(relativePath, link, &message);
        if (verdict == Verdict::Skipped)
            continue;
        if (links)
            ++*links;
        if (verdict == Verdict::Broken)
            broken.append({relativePath, link.line, link.column, message});
    }
    return broken;
}

LinkCheck::Verdict LinkCheck::checkLink(const QString &relativePath, const Link &link, QString *message) const
{
    static const QRegularExpression scheme(str("^[A-Za-z][A-Za-z0-9+.-]*:"));
    static const QRegularExpression queryOrFragment(str("[?#]"));
    QString destination = link.destination.trimmed();
    // Hugo shortcodes ({{< ref >}}) and Liquid ({{ site.baseurl }}) are the generator's to resolve.
    if (destination.isEmpty() || destination.startsWith(u'#') || destination.contains(u"{{") ||
        destination.contains(u"{%"))
        return Verdict::Skipped;
    QString baseUrl = m_blog.settings().baseUrl;
    if (!baseUrl.isEmpty() && !baseUrl.endsWith(u'/'))
        baseUrl += u'/';
    if (baseUrl.contains(u"://") && destination.startsWith(baseUrl, Qt::CaseInsensitive))
        destination = m_basePath + destination.mid(baseUrl.size()); // the site's own address
    else if (destination.startsWith(u"//") || scheme.match(destination).hasMatch())
        return Verdict::Skipped; // external: never fetched
    if (const qsizetype cut = destination.indexOf(queryOrFragment); cut >= 0)
        destination.truncate(cut);
    if (destination.isEmpty())
        return Verdict::Skipped;
    const QString path = QUrl::fromPercentEncoding(destination.toUtf8());
    const bool native = m_blog.kind() == SiteKind::Native;

    if (path.startsWith(u'/')) {
        QString sitePath = path;
        if (m_basePath != u"/" && sitePath.startsWith(m_basePath))
            sitePath = sitePath.mid(m_basePath.size() - 1);
        if (isKnownPath(sitePath))
            return Verdict::Fine;
        // A Hugo or Jekyll theme makes pages and files that only its generator knows.
        if (!native)
            return Verdict::Skipped;
        *message = link.image ? tr("The image %1 is not a file of the site.").arg(link.destination)
                              : tr("The link %1 leads to no page or file of the site.").arg(link.destination);
        return Verdict::Broken;
    }

    const QDir root(m_blog.rootPath());
    const QString local =
        QDir::cleanPath(QFileInfo(root.filePath(relativePath)).absolutePath() + u'/' + path);
    if (QFileInfo::exists(local))
        return Verdict::Fine;
    // As a browser reads it on the built page: against the page's address.
    if (const auto url = m_pageUrl.constFind(relativePath); url != m_pageUrl.cend()) {
        const QString folder = url->left(url->lastIndexOf(u'/') + 1);
        QString sitePath = QDir::cleanPath(folder + path);
        if (path.endsWith(u'/') && !sitePath.endsWith(u'/'))
            sitePath += u'/';
        if (sitePath.startsWith(u'/') && isKnownPath(sitePath))
            return Verdict::Fine;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool markdown = suffix == u"md" || suffix == u"markdown";
    if (!native && !markdown && !link.image && isPageSuffix(suffix))
        return Verdict::Skipped;
    const QString shown = root.relativeFilePath(local);
    if (link.image)
        *message = tr("The image %1 does not exist (no file %2).").arg(link.destination, shown);
    else if (markdown)
        *message = tr("The link %1 leads to no post or page (no file %2).").arg(link.destination, shown);
    else
        *message = tr("The link %1 leads to no page or file (no file %2).").arg(link.destination, shown);
    return Verdict::Broken;
}

bool LinkCheck::isKnownPath(const QString &sitePath) const
{
    QStringList candidates = {Permalink::outputFile(sitePath)};
    if (!sitePath.endsWith(u'/')) {
        candidates.append(Permalink::outputFile(sitePath + u'/'));
        candidates.append(m_urls.outputFile(sitePath));
    }
    return std::ranges::any_of(candidates, [this](const QString &file) {
        return m_outputs.contains(file) || (m_blog.kind() == SiteKind::Native && isGenerated(file));
    });
}

// What Postwright's own builder writes besides the blog's files: list pages and their feeds, the
// archive, the sitemap, the theme's assets.
bool LinkCheck::isGenerated(const QString &outputFile) const
{
    static const QStringList fixed = {str("404.html"), str("sitemap.xml"), str("robots.txt"),
                                      str("archive/index.html")};
    static const QStringList listFiles = {str("index.html"), str("index.xml"), str("atom.xml"),
                                          str("feed.json")};
    static const QRegularExpression pageN(str("^page/\\d+/index\\.html$"));
    if (fixed.contains(outputFile) || outputFile.startsWith(u"assets/"))
        return true;
    return std::ranges::any_of(m_listBases, [&outputFile](const QString &base) {
        if (!outputFile.startsWith(base))
            return false;
        const QString rest = outputFile.mid(base.size());
        return listFiles.contains(rest) || pageN.match(rest).hasMatch();
    });
}

} // namespace Postwright
