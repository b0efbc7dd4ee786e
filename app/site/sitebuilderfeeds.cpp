#include "sitebuilder.h"

#include "site/feedwriter.h"
#include "site/htmlsummary.h"
#include "site/outputkey.h"
#include "site/permalink.h"
#include "site/sitebuilder_p.h"
#include "site/sitehtml.h"
#include "site/sitemapwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>

#include <numeric>

// SiteBuilder's last phases: feeds, sitemap, robots.txt, 404, alias redirects, and the files it
// copies (static/, theme assets, highlight.js, KaTeX).

namespace Postwright {

using namespace SiteBuilderPrivate;

void SiteBuilder::buildFeeds()
{
    QList<int> all(m_site.posts.size());
    std::iota(all.begin(), all.end(), 0);
    buildFeed(m_blog.settings().title, str("/"), all);
    for (const SiteTaxonomy &category : std::as_const(m_site.categories))
        buildFeed(m_blog.settings().title + u" \u00B7 " + category.name, category.url, category.posts);
}

void SiteBuilder::buildFeed(const QString &title, const QString &pageBase, const QList<int> &posts)
{
    const QList<int> newest = posts.mid(0, m_options.feedSize);
    OutputKey key(m_baseKey);
    key << str("feed") << title << pageBase;
    for (int index : newest) {
        const SitePost &post = m_site.posts.at(index);
        key << post.url << post.title << post.source->contentHash << post.metadata.date << post.metadata.updated;
    }
    const QByteArray feedKey = key.result();
    const QString rssFile = Permalink::outputFile(pageBase + u"index.xml");
    const QString atomFile = Permalink::outputFile(pageBase + u"atom.xml");
    const QString jsonFile = Permalink::outputFile(pageBase + u"feed.json");
    bool kept = true;
    for (const QString &file : {rssFile, atomFile, jsonFile})
        kept = m_writer->keep(file, feedKey) && kept;
    if (kept)
        return;

    FeedInfo info;
    info.title = title;
    info.description = HtmlSummary::plainText(m_context->siteDescriptionHtml());
    info.siteUrl = m_context->absolute(pageBase);
    info.language = m_blog.settings().language;
    info.author = m_blog.settings().author;
    QList<FeedEntry> entries;
    for (int index : newest) {
        const SitePost &post = m_site.posts.at(index);
        FeedEntry entry;
        entry.title = post.title;
        entry.url = entry.id = m_context->absolute(post.url);
        entry.published = post.metadata.date;
        entry.updated = post.metadata.updated;
        if (post.source->summaryText.isEmpty())
            post.source->summaryText = HtmlSummary::truncate(HtmlSummary::plainText(post.source->summaryHtml), 200);
        entry.summary = post.source->summaryText;
        entry.contentHtml = renderBody(post, nullptr).html;
        entry.categories = post.metadata.categories + post.metadata.tags;
        entry.author = m_blog.settings().author;
        entries.append(entry);
        const QDateTime changed = entry.updated.isValid() ? entry.updated : entry.published;
        if (changed.isValid() && (!info.updated.isValid() || changed > info.updated))
            info.updated = changed;
    }
    info.feedUrl = m_context->absolute(pageBase + u"index.xml");
    writeOutput(rssFile, FeedWriter::rss(info, entries), feedKey);
    info.feedUrl = m_context->absolute(pageBase + u"atom.xml");
    writeOutput(atomFile, FeedWriter::atom(info, entries), feedKey);
    info.feedUrl = m_context->absolute(pageBase + u"feed.json");
    writeOutput(jsonFile, FeedWriter::jsonFeed(info, entries), feedKey);
}

void SiteBuilder::buildExtras()
{
    // Sitemap: every page a search engine should know, with its last change.
    QList<SitemapEntry> entries;
    entries.append({m_context->absolute(str("/")), m_site.posts.isEmpty() ? QDateTime() : m_site.posts.first().metadata.date});
    for (const SitePost &post : std::as_const(m_site.posts)) {
        entries.append({m_context->absolute(post.url),
                        post.metadata.updated.isValid() ? post.metadata.updated : post.metadata.date});
    }
    for (const SitePost &page : std::as_const(m_site.pages))
        entries.append({m_context->absolute(page.url), page.metadata.updated.isValid() ? page.metadata.updated : page.metadata.date});
    for (const SiteTaxonomy &category : std::as_const(m_site.categories))
        entries.append({m_context->absolute(category.url), m_site.posts.at(category.posts.first()).metadata.date});
    entries.append({m_context->absolute(str("/archive/")), QDateTime()});
    OutputKey sitemapKey(m_baseKey);
    sitemapKey << str("sitemap");
    for (const SitemapEntry &entry : std::as_const(entries))
        sitemapKey << entry.url << entry.lastModified;
    if (!m_writer->keep(str("sitemap.xml"), sitemapKey.result()))
        writeOutput(str("sitemap.xml"), SitemapWriter::sitemap(entries), sitemapKey.result());

    const QString sitemapUrl = m_context->absolute(str("/sitemap.xml"));
    writeOutput(str("robots.txt"), SitemapWriter::robots(sitemapUrl), OutputKey(m_baseKey).operator<<(sitemapUrl).result());

    OutputKey notFoundKey(m_baseKey);
    notFoundKey << str("404");
    if (!m_writer->keep(str("404.html"), notFoundKey.result())) {
        const QString title = m_context->label("not_found_title");
        render(str("404"), str("404.html"), m_context->base({title, QString(), str("/404.html"), str("404"), QString(), QString()}),
               notFoundKey.result(), QString());
    }

    // Aliases: old addresses of a post redirect to its current one.
    for (const SitePost &post : std::as_const(m_site.posts)) {
        for (const QString &alias : post.metadata.aliases) {
            QString path = alias.trimmed();
            if (path.isEmpty() || path.contains(u"://"))
                continue;
            if (!path.startsWith(u'/'))
                path.prepend(u'/');
            const QString html =
                SiteHtml::redirectPage(post.title, m_context->absolute(post.url), m_blog.settings().language);
            writeOutput(Permalink::outputFile(path), html.toUtf8(), OutputKey(m_baseKey).operator<<(html).result());
        }
    }
}

void SiteBuilder::copyFiles()
{
    // Each static file at its own path below the static folder (for Jekyll the root, so that
    // assets/css/x.css stays /assets/css/x.css).
    const QDir statics(m_blog.staticPath());
    for (const QString &output : std::as_const(m_staticFiles)) {
        const QFileInfo source(statics.filePath(output));
        const Result<void> copied = m_writer->copy(output, source.filePath(), fileKey(source));
        if (!copied)
            addError(copied.error());
    }

    for (auto it = m_theme->assets().cbegin(); it != m_theme->assets().cend(); ++it) {
        const QString output = str("assets/") + it.key();
        if (m_staticFiles.contains(output))
            continue;
        const Result<QByteArray> content = m_theme->assetContent(it.key());
        if (!content) {
            addError(content.error());
            continue;
        }
        const QByteArray key = QCryptographicHash::hash(content.value(), QCryptographicHash::Sha1);
        if (!m_writer->keep(output, key))
            writeOutput(output, content.value(), key);
    }
    const QFileInfo highlight(m_options.highlightJsPath);
    if (highlight.isFile()) {
        const Result<void> copied = m_writer->copy(str("assets/highlight.min.js"), highlight.absoluteFilePath(),
                                                   fileKey(highlight));
        if (!copied)
            addError(copied.error());
    }
    if (m_katex) {
        // KaTeX's script, stylesheet and the fonts the stylesheet names, under assets/katex/.
        QDirIterator files(
            m_options.katexPath,
            {str("katex.min.js"), str("katex.min.css"), str("*.woff2"), str("*.woff"), str("*.ttf")},
            QDir::Files, QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (files.hasNext()) {
            const QString path = files.next();
            const QString relative = QDir(m_options.katexPath).relativeFilePath(path);
            if (relative.contains(u'/') && !relative.startsWith(u"fonts/"))
                continue; // contrib/ and the like
            const QString output = str("assets/katex/") + relative;
            if (m_staticFiles.contains(output))
                continue;
            const Result<void> copied = m_writer->copy(output, path, fileKey(files.fileInfo()));
            if (!copied)
                addError(copied.error());
        }
    }
}

} // namespace Postwright
