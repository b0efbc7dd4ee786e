#include "sitebuilder.h"

#include "blog/postdocument.h"
#include "markdown/markdownrenderer.h"
#include "site/htmlsummary.h"
#include "site/outputkey.h"
#include "site/permalink.h"
#include "site/sitebuilder_p.h"
#include "site/sitehtml.h"
#include "util/atomicfile.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <limits>
#include <numeric>

namespace Postwright {

namespace {

// Bump when the builder changes what it writes for the same inputs: every output is remade.
constexpr char builderVersion[] = "postwright-site-1";

QString stripParagraph(QString html)
{
    html = html.trimmed();
    if (html.startsWith(u"<p>") && html.endsWith(u"</p>"))
        return html.mid(3, html.size() - 7);
    return html;
}

} // namespace

using namespace SiteBuilderPrivate;

SiteBuilder::SiteBuilder(Blog blog, BuildOptions options, BuildCache *cache)
    : m_blog(std::move(blog))
    , m_options(std::move(options))
    , m_cache(cache ? cache : &m_ownCache)
    , m_sessionCache(cache != nullptr)
{
    m_outputRoot = m_options.outputPath.isEmpty() ? m_blog.outputPath()
                                                  : QFileInfo(m_options.outputPath).absoluteFilePath();
}

SiteBuilder::~SiteBuilder() = default;

BuildReport SiteBuilder::build()
{
    QElapsedTimer timer;
    timer.start();
    // Each phase's time goes to the log (QT_LOGGING_RULES="postwright.build.debug=true").
    QElapsedTimer phaseTimer;
    phaseTimer.start();
    const auto phase = [&](const char *name, auto &&run) {
        if (cancelled())
            return;
        run();
        qCDebug(lcBuild) << name << phaseTimer.restart() << "ms";
    };
    if (prepare()) {
        qCDebug(lcBuild) << "prepare" << phaseTimer.restart() << "ms";
        phase("posts", [this] { buildPosts(); });
        phase("pages", [this] { buildPages(); });
        phase("lists", [this] { buildLists(); });
        phase("feeds", [this] { buildFeeds(); });
        phase("extras", [this] { buildExtras(); });
        phase("files", [this] { copyFiles(); });
        finish();
        qCDebug(lcBuild) << "finish" << phaseTimer.restart() << "ms";
    }
    m_report.outputPath = m_outputRoot;
    m_report.elapsedMs = timer.elapsed();
    qCInfo(lcBuild).noquote() << "built" << m_report.posts << "posts:" << m_report.written.size()
                              << "written," << m_report.unchanged << "unchanged," << m_report.removed.size()
                              << "removed," << m_report.errors.size() << "errors in" << m_report.elapsedMs
                              << "ms";
    return m_report;
}

bool SiteBuilder::prepare()
{
    const QString outputInfo = QFileInfo(m_outputRoot).absoluteFilePath();
    if (QDir(m_blog.rootPath()).absolutePath() == outputInfo || QDir(outputInfo).exists(str("blog.yaml"))) {
        m_report.fatal = true;
        addError({m_outputRoot, 0, 0, tr("The output folder must not be the blog folder itself.")});
        return false;
    }
    Result<Theme> theme = Theme::load(QDir(m_blog.rootPath()).filePath(str("theme")));
    if (!theme) {
        m_report.fatal = true;
        addError(theme.error());
        return false;
    }
    m_theme = std::move(theme).value();
    Result<std::shared_ptr<const TemplateEngine>> engine = TemplateEngine::create(*m_theme);
    if (!engine) {
        m_report.fatal = true;
        addError(engine.error());
        return false;
    }
    m_engine = engine.value();

    if (m_options.clean)
        *m_cache = {};
    else if (!m_sessionCache)
        *m_cache = BuildCache::load(m_blog.statePath());
    if (m_cache->outputRoot != m_outputRoot) {
        // Another output folder: nothing there is ours to keep or delete.
        m_cache->outputs.clear();
        m_cache->outputRoot = m_outputRoot;
    }
    m_writer = std::make_unique<OutputWriter>(m_outputRoot, m_cache->outputs);
    m_writer->setTrustPrevious(m_trustOutputs && !m_options.clean);
    if (!QDir().mkpath(m_outputRoot)) {
        m_report.fatal = true;
        addError({m_outputRoot, 0, 0, tr("Could not create the output folder.")});
        return false;
    }

    QElapsedTimer collectTimer;
    collectTimer.start();
    m_site = SiteContent::collect(m_blog, m_options, *m_cache, m_hints);
    qCDebug(lcBuild) << "collect" << collectTimer.elapsed() << "ms," << m_site.parsedSources
                     << "sources read";
    for (const SourceError &error : std::as_const(m_site.errors))
        addError(error);
    m_report.posts = int(m_site.posts.size());

    const BlogSettings &s = m_blog.settings();
    const Result<QByteArray> css = m_theme->assetContent(str("style.css"));
    const QString cssVersion =
        css ? QString::fromLatin1(
                  QCryptographicHash::hash(css.value(), QCryptographicHash::Sha256).toHex().left(10))
            : QString();
    const bool highlight = QFileInfo::exists(m_options.highlightJsPath);
    m_context = std::make_unique<PageContext>(s, m_site, str("/assets/style.css?v=") + cssVersion,
                                              highlight ? str("/assets/highlight.min.js") : QString());

    if (s.math) {
        const QDir katex(m_options.katexPath);
        m_katex = katex.exists(str("katex.min.js")) && katex.exists(str("katex.min.css"));
        if (m_katex) {
            m_context->setKatex(str("/assets/katex/"));
        } else {
            m_report.warnings.append({str("blog.yaml"), 0, 0,
                                      tr("Math is on, but KaTeX was not found in %1 (Debian package "
                                         "libjs-katex): pages show math as TeX.")
                                          .arg(QDir::toNativeSeparators(m_options.katexPath))});
        }
    }

    // What the site copies as it is (static/; a Jekyll site's files without front matter at their
    // own paths), except what lies in this build's own output folder.
    const QMap<QString, QString> statics = m_blog.staticFiles();
    const QString outputPrefix = m_outputRoot + u'/';
    for (auto it = statics.cbegin(); it != statics.cend(); ++it) {
        if (!it.value().startsWith(outputPrefix))
            m_staticFiles.insert(it.key());
    }
    for (const char *icon : {"favicon.svg", "favicon.ico", "favicon.png"}) {
        if (m_staticFiles.contains(str(icon))) {
            m_context->setFavicon(u'/' + str(icon));
            break;
        }
    }

    OutputKey base(builderVersion);
    base << s.title << s.description << s.author << s.baseUrl << s.language << s.permalink
         << m_theme->fingerprint() << qint64(m_options.includeDrafts) << qint64(m_options.includeFuture)
         << qint64(m_options.postsPerPage) << qint64(m_options.feedSize)
         << m_context->siteKey() // the site's navigation, and the theme's labels in its language
         << qint64(highlight) << qint64(s.math) << qint64(s.rawHtml) << qint64(m_katex);
    m_baseKey = base.result();

    // Posts in any feed keep their rendered body for it.
    for (int i = 0; i < std::min<int>(m_options.feedSize, int(m_site.posts.size())); ++i)
        m_feedSources.insert(m_site.posts.at(i).sourcePath);
    for (const SiteTaxonomy &category : std::as_const(m_site.categories)) {
        for (int i = 0; i < std::min<int>(m_options.feedSize, int(category.posts.size())); ++i)
            m_feedSources.insert(m_site.posts.at(category.posts.at(i)).sourcePath);
    }
    m_total = int(m_site.posts.size() + m_site.pages.size()) + 1;
    return true;
}

void SiteBuilder::step()
{
    const int done = ++m_done;
    if (m_progress)
        m_progress(std::min(done, m_total), m_total);
}

void SiteBuilder::addError(const SourceError &error)
{
    const QMutexLocker locker(&m_mutex);
    m_report.errors.append(error);
}

SiteBuilder::Body SiteBuilder::renderBody(const SitePost &post, BuildCache::Source *learn)
{
    {
        const QMutexLocker locker(&m_mutex);
        const auto it = m_bodies.constFind(post.sourcePath);
        if (it != m_bodies.cend())
            return *it;
    }
    Body body;
    Result<QByteArray> bytes = AtomicFile::read(post.sourcePath);
    if (!bytes) {
        SourceError error = bytes.error();
        error.file = post.relativePath;
        addError(error);
        return body;
    }
    const PostDocument doc = PostDocument::fromBytes(bytes.value(), post.relativePath);
    MarkdownRenderer::Options options;
    options.sourcePositions = false;
    options.math = m_blog.settings().math;
    // The writer's own site: raw HTML is published as written (like Hugo's `unsafe: true`).
    options.rawHtml = m_blog.settings().rawHtml;
    options.sanitize = false;
    body.html = HtmlSummary::addHeadingIds(MarkdownRenderer::postBodyToHtml(doc.text(), options), &body.toc);
    SiteHtml::finishBody(body.html, m_context->label("task_done"), m_context->label("task_open"));

    if (learn) {
        // Facts for list pages and feeds; the cache keeps them until the file changes.
        const QString &summary = post.metadata.summary;
        learn->summaryHtml = summary.isEmpty() ? stripParagraph(HtmlSummary::firstParagraphHtml(body.html))
                                               : stripParagraph(MarkdownRenderer::toHtml(summary, options));
        learn->summaryText = HtmlSummary::truncate(HtmlSummary::plainText(learn->summaryHtml), 200);
        learn->wordCount = HtmlSummary::wordCount(HtmlSummary::plainText(body.html));
        learn->hasCode = body.html.contains(u"<pre");
        learn->hasMath = options.math && body.html.contains(u"class=\"math math-");
        learn->hasSummary = true;
    }
    if (m_feedSources.contains(post.sourcePath)) {
        const QMutexLocker locker(&m_mutex);
        m_bodies.insert(post.sourcePath, body);
    }
    return body;
}

void SiteBuilder::writeOutput(const QString &outputFile, const QByteArray &bytes, const QByteArray &key)
{
    if (m_staticFiles.contains(outputFile))
        return; // static/ has its own file at this path, and it wins
    const Result<void> written = m_writer->write(outputFile, bytes, key);
    if (!written)
        addError(written.error());
}

void SiteBuilder::render(const QString &templateName, const QString &outputFile, const QVariantMap &context,
                         const QByteArray &key, const QString &source)
{
    Result<QByteArray> html = m_engine->render(templateName, context);
    if (!html) {
        SourceError error = html.error();
        if (!source.isEmpty())
            error.message += u' ' + tr("(while building %1)").arg(source);
        addError(error);
        return;
    }
    writeOutput(outputFile, html.value(), key);
}

void SiteBuilder::buildPosts()
{
    QList<int> indexes(m_site.posts.size());
    std::iota(indexes.begin(), indexes.end(), 0);
    QtConcurrent::blockingMap(indexes, [this](int index) {
        if (!cancelled())
            buildPost(index);
        step();
    });
}

void SiteBuilder::buildPost(int index)
{
    const SitePost &post = m_site.posts.at(index);
    const SitePost *older = index + 1 < m_site.posts.size() ? &m_site.posts.at(index + 1) : nullptr;
    const SitePost *newer = index > 0 ? &m_site.posts.at(index - 1) : nullptr;
    OutputKey key(m_baseKey);
    key << str("post") << post.source->contentHash << post.url << post.title << qint64(post.isDraft)
        << qint64(post.isScheduled);
    for (const SitePost *neighbour : {older, newer})
        key << (neighbour ? neighbour->title + u'\n' + neighbour->url : QString());
    const QByteArray outputKey = key.result();

    if (!post.bundleDir.isEmpty())
        publishBundle(post);

    if (post.source->hasSummary && m_writer->keep(post.outputFile, outputKey))
        return;
    const Body body = renderBody(post, post.source);
    QVariantMap context = m_context->base({post.title, post.source->summaryText, post.url, str("post"),
                                           PageContext::coverPath(post), QString()});
    context.insert(str("post"), m_context->postObject(post, body.html, body.toc, older, newer));
    if (post.source->hasMath)
        m_context->addMath(context);
    render(str("post"), post.outputFile, context, outputKey, post.relativePath);
}

// A bundle's files are published beside its page; registering them every build keeps them.
void SiteBuilder::publishBundle(const SitePost &post)
{
    BuildCache::Source &source = *post.source; // this post's own: safe on this worker thread
    if (!m_hints || !source.bundleListed || m_hints->touches(post.bundleDir)) {
        source.bundleFiles.clear();
        QDirIterator files(post.bundleDir, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString relative = QDir(post.bundleDir).relativeFilePath(files.next());
            if (relative != u"index.md")
                source.bundleFiles.append({relative, fileKey(files.fileInfo())});
        }
        source.bundleListed = true;
    }
    const QString folder = QFileInfo(post.outputFile).path() + u'/';
    for (const BuildCache::Source::BundleFile &file : std::as_const(source.bundleFiles)) {
        const Result<void> copied =
            m_writer->copy(folder + file.relativePath, post.bundleDir + u'/' + file.relativePath, file.key);
        if (!copied)
            addError(copied.error());
    }
}

void SiteBuilder::buildPages()
{
    for (const SitePost &page : std::as_const(m_site.pages)) {
        OutputKey key(m_baseKey);
        key << str("page") << page.source->contentHash << page.url << page.title;
        const QByteArray outputKey = key.result();
        if (!page.source->hasSummary || !m_writer->keep(page.outputFile, outputKey)) {
            const Body body = renderBody(page, page.source);
            QVariantMap context = m_context->base(
                {page.title, page.source->summaryText, page.url, str("page"), QString(), QString()});
            context.insert(str("content"),
                           QVariantMap{{str("title"), page.title}, {str("content_html"), body.html}});
            if (page.source->hasMath)
                m_context->addMath(context);
            render(str("page"), page.outputFile, context, outputKey, page.relativePath);
        }
        step();
    }
}

void SiteBuilder::buildLists()
{
    // What a list shows of each post, hashed once: a post is listed on several pages.
    m_itemKeys = QtConcurrent::blockingMapped(m_site.posts, [](const SitePost &post) {
        OutputKey item(QByteArray("item"));
        item << post.url << post.title << post.metadata.date << post.source->summaryHtml
             << qint64(HtmlSummary::readingMinutes(post.source->wordCount)) << post.metadata.categories
             << qint64(post.isDraft) << qint64(post.isScheduled);
        return item.result();
    });
    m_allPosts.resize(m_site.posts.size());
    std::iota(m_allPosts.begin(), m_allPosts.end(), 0);

    // Every page of every list, rendered on all cores.
    QList<ListPage> pages;
    const int perPage = std::max(1, m_options.postsPerPage);
    const auto add = [&](const QString &kind, const QString &title, const QString &base,
                         const QList<int> &posts, const QString &feedBase) {
        const int pageCount = std::max<int>(1, int((posts.size() + perPage - 1) / perPage));
        for (int page = 1; page <= pageCount; ++page)
            pages.append({kind, title, base, &posts, feedBase, page, pageCount});
    };
    add(str("home"), QString(), str("/"), m_allPosts, QString());
    for (const SiteTaxonomy &category : std::as_const(m_site.categories))
        add(str("category"), category.name, category.url, category.posts, category.url);
    for (const SiteTaxonomy &tag : std::as_const(m_site.tags))
        add(str("tag"), tag.name, tag.url, tag.posts, QString());
    for (const SiteTaxonomy &year : std::as_const(m_site.years))
        add(str("year"), year.name, year.url, year.posts, QString());
    QtConcurrent::blockingMap(pages, [this](const ListPage &page) {
        if (!cancelled())
            buildListPage(page);
    });
    buildArchive();
}

void SiteBuilder::buildListPage(const ListPage &list)
{
    const QString &kind = list.kind;
    const QString &title = list.title;
    const QString &base = list.base;
    const int page = list.page;
    const int pageCount = list.pageCount;
    const int perPage = std::max(1, m_options.postsPerPage);
    const QString path = Permalink::pagePath(base, page);
    const QList<int> slice = list.posts->mid((page - 1) * perPage, perPage);
    OutputKey key(m_baseKey);
    key << str("list") << kind << title << path << qint64(page) << qint64(pageCount);
    for (int index : slice)
        key << m_itemKeys.at(index);
    const QString outputFile = Permalink::outputFile(path);
    if (m_writer->keep(outputFile, key.result()))
        return;
    QVariantList items;
    for (int index : slice)
        items.append(m_context->listItem(m_site.posts.at(index)));
    QString heading = title;
    if (kind == u"category")
        heading = m_context->label("posts_in") + u' ' + title;
    else if (kind == u"tag")
        heading = m_context->label("tagged") + u' ' + title;
    else if (kind == u"year")
        heading = m_context->label("posts_from") + u' ' + title;
    QVariantMap object{
        {str("title"), heading},
        {str("kind"), kind},
        {str("is_") + kind, true},
        {str("items"), items},
    };
    if (kind == u"home" && page == 1)
        object.insert(str("intro_html"), m_context->siteDescriptionHtml());
    if (pageCount > 1) {
        object.insert(
            str("pagination"),
            QVariantMap{
                {str("current"), page},
                {str("total"), pageCount},
                {str("has_prev"), page > 1},
                {str("prev_url"), page > 1 ? Permalink::pagePath(base, page - 1) : QString()},
                {str("has_next"), page < pageCount},
                {str("next_url"), page < pageCount ? Permalink::pagePath(base, page + 1) : QString()}});
    }
    QString pageTitle = heading;
    if (page > 1)
        pageTitle = (heading.isEmpty() ? QString() : heading + u" \u00B7 ") + m_context->label("page_of") +
                    u' ' + QString::number(page);
    QVariantMap context = m_context->base(
        {pageTitle, QString(), path, kind == u"home" ? str("home") : str("list"), QString(), list.feedBase});
    if (!list.feedBase.isEmpty())
        object.insert(str("feed_url"), m_context->absolute(list.feedBase + u"index.xml"));
    context.insert(str("list"), object);
    // A summary is the post's first paragraph, math included: typeset it on the list too.
    if (std::any_of(slice.cbegin(), slice.cend(), [this](int index) {
            return m_site.posts.at(index).source->summaryHtml.contains(u"class=\"math math-");
        }))
        m_context->addMath(context);
    render(str("list"), outputFile, context, key.result(), QString());
}

void SiteBuilder::buildArchive()
{
    OutputKey key(m_baseKey);
    key << str("archive");
    for (const SiteTaxonomy &year : std::as_const(m_site.years)) {
        key << year.name;
        for (int index : year.posts) {
            const SitePost &post = m_site.posts.at(index);
            key << post.url << post.title << post.metadata.date;
        }
    }
    const QString outputFile = str("archive/index.html");
    if (m_writer->keep(outputFile, key.result()))
        return;

    QVariantList years;
    for (const SiteTaxonomy &year : std::as_const(m_site.years)) {
        QVariantList posts;
        for (int index : year.posts) {
            const SitePost &post = m_site.posts.at(index);
            posts.append(QVariantMap{{str("title"), post.title},
                                     {str("url"), post.url},
                                     {str("date_iso"), post.metadata.date.toString(Qt::ISODate)},
                                     {str("date_display"), m_context->displayDate(post.metadata.date)}});
        }
        years.append(QVariantMap{{str("year"), year.name},
                                 {str("url"), year.url},
                                 {str("count"), int(year.posts.size())},
                                 {str("posts"), posts}});
    }
    const QString title = m_context->label("archive");
    QVariantMap context =
        m_context->base({title, QString(), str("/archive/"), str("list"), QString(), QString()});
    context.insert(str("archive"), QVariantMap{{str("title"), title}, {str("years"), years}});
    render(str("archive"), outputFile, context, key.result(), QString());
}

void SiteBuilder::finish()
{
    if (cancelled()) {
        // Outputs not visited yet are still there and still ours: keep knowing them.
        QHash<QString, OutputWriter::Entry> outputs = m_cache->outputs;
        outputs.insert(m_writer->entries());
        m_cache->outputs = outputs;
        m_report.fatal = true;
        addError({QString(), 0, 0, tr("The build was cancelled; run it again to finish.")});
    } else {
        m_report.removed = m_writer->removeStale();
        m_cache->outputs = m_writer->entries();
    }
    m_report.written = m_writer->written();
    m_report.unchanged = m_writer->unchanged();
    m_report.outputComplete = !cancelled() && m_writer->failures() == 0;

    if (!m_sessionCache) {
        const Result<void> saved = m_cache->save(m_blog.statePath());
        if (!saved)
            m_report.warnings.append(saved.error());
    }
    step();
}

} // namespace Postwright
